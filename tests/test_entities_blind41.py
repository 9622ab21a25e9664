"""Entity rules of the blind41 round (issue #14: older news from another source, FacQA
passages), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_a_police_command_spelt_out_with_its_short_form_in_parentheses_is_one_body() -> None:
    # Older news writes the command in full, its short form in parentheses, then the region.
    found = _found(
        "Kepala Kepolisian Daerah (Polda) Sulawesi Tengah Brigjen Anton Wirawan meninjau "
        "lokasi bentrokan, Selasa."
    )
    assert found.get("Kepolisian Daerah (Polda) Sulawesi Tengah") == "organisation"
    assert "Sulawesi Tengah" not in found
    assert found.get("Anton Wirawan") == "person"


def test_a_regional_office_is_one_mention_with_its_blend_and_its_seat() -> None:
    # A regional office's blend takes syllables of its words' roots (Perhubungan: hub,
    # Pendidikan: dik), so the parenthesis is its acronym; the seat after it is the office's,
    # as a regional office keeps its seat (round 32: FacQA's and IndoSum's samples mark it so).
    found = _found(
        "Hal itu dikatakan Joko, Kepala Dinas Perhubungan dan Pariwisata (Dishubpar) "
        "Temanggung, Kamis."
    )
    assert found.get("Dinas Perhubungan dan Pariwisata (Dishubpar) Temanggung") == "organisation"
    assert "Temanggung" not in found
    found = _found(
        "Menurut Kepala Dinas Pendidikan dan Kebudayaan (Disdikbud) Kabupaten Sleman, "
        "Wartono, sekolah itu segera diperbaiki."
    )
    assert (
        found.get("Dinas Pendidikan dan Kebudayaan (Disdikbud) Kabupaten Sleman") == "organisation"
    )
    assert found.get("Wartono") == "person"


def test_a_court_with_its_acronym_and_its_seat_is_one_body() -> None:
    # The tagger reads the court's name in full and leaves its acronym out: the city after
    # the acronym is the court's seat.
    found = _found("Terdakwa diadili di Pengadilan Tindak Pidana Korupsi (Tipikor) Semarang, Rabu.")
    assert found.get("Pengadilan Tindak Pidana Korupsi (Tipikor) Semarang") == "organisation"
    assert "Semarang" not in found


def test_a_company_and_the_airport_where_it_works_are_two_names() -> None:
    # Older news names a state company's branch by the airport after its name.
    found = _found(
        "Kepala Cabang PT Angkasa Pura I Bandara Sepinggan Rudi Hartawan mengatakan, "
        "landasan akan diperpanjang."
    )
    assert found.get("PT Angkasa Pura I") == "organisation"
    assert found.get("Bandara Sepinggan") == "place"
    # A company whose name opens with the head is no branch.
    assert _found("PT Pelabuhan Nusantara II menaikkan tarif.").get(
        "PT Pelabuhan Nusantara II"
    ) == ("organisation")


def test_a_noun_with_nya_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    # "Tumbangnya Gaddafi": the fall of Gaddafi; the sentence's capital is no first name.
    found = _found("Rezim itu runtuh. Tumbangnya Gaddafi mencairkan ikatan yang pernah terbentuk.")
    assert found.get("Gaddafi") == "person"
    assert "Tumbangnya Gaddafi" not in found
