"""Rules of round 26's branches that met on the merged main."""

from __future__ import annotations

from warta.search.entities.linking import extract_mentions


def _kinds(text: str) -> dict[str, str]:
    return {text[m.start : m.end]: m.kind for m in extract_mentions("", text)}


def test_a_group_named_before_its_members_stays_the_group() -> None:
    """blind34's list edge made a band a person where its members followed it."""
    text = (
        "Lagu itu ditulis bersama personel Langit Senja, Rudi Hartono dan Bayu Saputra. "
        "Lagu tersebut dirilis bulan depan."
    )
    kinds = _kinds(text)
    assert kinds.get("Langit Senja") != "person"
    assert kinds.get("Rudi Hartono") == "person"


def test_a_district_named_twice_after_its_city_stays_whole() -> None:
    """blind33's parting rule counted the district's second word inside the name itself."""
    text = (
        "Kafe itu berada di Bogor Tengah, tidak jauh dari Kebun Raya. "
        "Alamatnya di Jalan Halimun No. 6 Bogor Tengah dan buka setiap hari."
    )
    assert [text[m.start : m.end] for m in extract_mentions("", text)].count("Bogor Tengah") == 2


def test_a_body_run_into_its_officials_initialled_name_stays_no_person() -> None:
    """blind34's middle-initial rule made a directorate and its official one person."""
    text = (
        "Jaksa juga menuntut Sekretaris Direktorat Jenderal Bina Pelayanan Medik Departemen "
        "Kesehatan Mulya A. Hasjmy. Bekas Direktur Jenderal Bina Pelayanan Medik Kemenkes "
        "Ratna Dewi juga diperiksa."
    )
    kinds = _kinds(text)
    assert not any(kind == "person" and "Bina" in name for name, kind in kinds.items())
