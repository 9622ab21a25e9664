"""Span bounds: a holder's name the tagger ran into the organisation named after a title."""

import pytest
from warta.search.entities import extract_mentions


def _surfaces(body: str) -> list[tuple[str, str]]:
    return [(mention.surface, mention.kind) for mention in extract_mentions("", body)]


@pytest.mark.parametrize(
    ("body", "organisation", "person"),
    [
        (
            "Menurut Direktur PT Cahaya 88 Permai Yohanes Kewa Lamahoda, proyek itu selesai.",
            "PT Cahaya 88 Permai",
            "Yohanes Kewa Lamahoda",
        ),
        ("Cerpen itu karya wartawan Kompas BM Sudarsono.", "Kompas", "BM Sudarsono"),
    ],
)
def test_holder_after_a_title_is_parted_from_the_organisation(
    body: str, organisation: str, person: str
) -> None:
    mentions = _surfaces(body)
    assert (organisation, "organisation") in mentions
    assert (person, "person") in mentions


@pytest.mark.parametrize(
    ("body", "organisation"),
    [
        # a company ending in words of good omen: no holder named
        (
            "Direktur PT Tirta Kencana Jaya Lestari mengatakan harga naik.",
            "PT Tirta Kencana Jaya Lestari",
        ),
        ("Direktur PT Bumi Karya Sentosa Abadi menambahkan.", "PT Bumi Karya Sentosa Abadi"),
        # a company's last word the news never wrote, alone: the company's own
        (
            "Direktur PT Panca Gemilang Nusaraya mengatakan harga naik.",
            "PT Panca Gemilang Nusaraya",
        ),
        (
            "Ketua Koperasi Tani Makmur Sejati Wonokarto mengatakan panen gagal.",
            "Koperasi Tani Makmur Sejati Wonokarto",
        ),
        # a known name keeps its last words
        ("Kata Rektor Universitas Gadjah Mada kepada wartawan.", "Universitas Gadjah Mada"),
    ],
)
def test_organisation_after_a_title_keeps_its_own_words(body: str, organisation: str) -> None:
    mentions = _surfaces(body)
    assert (organisation, "organisation") in mentions
    assert not any(kind == "person" for _, kind in mentions)


def test_company_before_the_holder_the_tagger_read_keeps_its_last_word() -> None:
    mentions = _surfaces(
        "Direktur PT Panca Gemilang Nusaraya Hendrawiko Budi Santosa menilai aturan itu."
    )
    assert ("PT Panca Gemilang Nusaraya", "organisation") in mentions
    assert ("Hendrawiko Budi Santosa", "person") in mentions


@pytest.mark.parametrize(
    ("body", "organisation"),
    [
        (
            "Hal itu disampaikan pejabat Kementerian Negara Urusan Pemuda dan Olahraga kemarin.",
            "Kementerian Negara Urusan Pemuda dan Olahraga",
        ),
        ("Ketua Perhimpunan Advokasi Hukum dan HAM datang.", "Perhimpunan Advokasi Hukum dan HAM"),
        (
            "Kepala Bidang Sosial, Badan Perencanaan dan Pengendalian Pembangunan Daerah "
            "Provinsi Maluku, Yosef Latuheru, di Ambon.",
            "Badan Perencanaan dan Pengendalian Pembangunan Daerah Provinsi Maluku",
        ),
    ],
)
def test_body_cut_at_dan_runs_on_over_its_name_and_seat(body: str, organisation: str) -> None:
    mentions = _surfaces(body)
    assert (organisation, "organisation") in mentions
    assert not any(kind == "place" and "Maluku" in surface for surface, kind in mentions)


@pytest.mark.parametrize(
    ("body", "organisations"),
    [
        # a second body after dan, read or opening with a body's head
        (
            "Kerja sama Bank Muamalat dan Bank Syariah Mandiri diteken.",
            ["Bank Muamalat", "Bank Syariah Mandiri"],
        ),
        ("Dinas Sosial dan Dinas Kesehatan turun tangan.", ["Dinas Sosial"]),
        (
            "Kementerian Keuangan dan Bank Indonesia sepakat.",
            ["Kementerian Keuangan", "Bank Indonesia"],
        ),
        (
            "Balai Besar Wilayah Sungai dan Pemprov Jambi bekerja sama.",
            ["Pemprov Jambi"],
        ),
        # a body already ending in its seat's name: the initials after dan are a person's
        (
            "Ketua Komisi A DPRD Kabupaten Sleman dan SGW atau Sigit Wibowo ditangkap.",
            ["Komisi A DPRD Kabupaten Sleman"],
        ),
    ],
)
def test_body_before_dan_and_another_name_keeps_its_bounds(
    body: str, organisations: list[str]
) -> None:
    mentions = _surfaces(body)
    for organisation in organisations:
        assert (organisation, "organisation") in mentions
    assert not any(" dan " in surface for surface, _ in mentions)


@pytest.mark.parametrize(
    ("body", "airline"),
    [
        ("Pesawat Wings Air IW 1302 tergelincir di Kupang.", "Wings Air"),
        ("Penumpang pesawat Sriwijaya Air SJ - 182 sudah didata.", "Sriwijaya Air"),
        ("Pesawat Mandala Airlines RI - 020 rute Jakarta-Jambi tertunda.", "Mandala Airlines"),
    ],
)
def test_flight_code_is_no_part_of_the_airline_and_no_place(body: str, airline: str) -> None:
    mentions = _surfaces(body)
    assert (airline, "organisation") in mentions
    assert not any(surface in ("IW", "SJ", "RI") or " - " in surface for surface, _ in mentions)
    assert not any(surface.startswith(f"{airline} ") for surface, _ in mentions)


@pytest.mark.parametrize(
    ("body", "organisation"),
    [
        # a club before a score, a Roman number before a year: no flight
        ("Arema FC 2 - 1 Persib Bandung.", "Arema FC"),
        ("Skor akhir Bali United FC 3 - 0 Persija.", "Bali United FC"),
        ("Kinerja Pelindo II 2018 membaik.", "Pelindo II"),
    ],
)
def test_name_before_a_number_that_is_no_flight_keeps_its_last_word(
    body: str, organisation: str
) -> None:
    assert (organisation, "organisation") in _surfaces(body)


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Sidang Majelis Umum PBB di New York dibuka kemarin.", "Majelis Umum PBB"),
        ("Ia diadili Mahkamah Kejahatan Perang PBB di Den Haag.", "Mahkamah Kejahatan Perang PBB"),
    ],
)
def test_assembly_or_court_of_a_known_body_is_one_organisation(body: str, unit: str) -> None:
    mentions = _surfaces(body)
    assert (unit, "organisation") in mentions
    assert ("PBB", "organisation") not in mentions


@pytest.mark.parametrize(
    ("body", "organisations"),
    [
        # a party's council: the party is named alone
        ("Ketua Majelis Syuro PKS hadir.", ["PKS"]),
        # a court or an assembly that is a body of its own
        ("Putusan Mahkamah Konstitusi bersifat final.", ["Mahkamah Konstitusi"]),
        ("Kata Ketua Majelis Ulama Indonesia kemarin.", ["Majelis Ulama Indonesia"]),
    ],
)
def test_council_before_a_party_or_alone_keeps_its_bounds(
    body: str, organisations: list[str]
) -> None:
    mentions = _surfaces(body)
    for organisation in organisations:
        assert (organisation, "organisation") in mentions
    assert not any(surface.startswith("Majelis Syuro PKS") for surface, _ in mentions)
