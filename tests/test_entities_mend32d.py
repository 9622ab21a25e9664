"""Narrower rules of round 32: flight codes, titled holders, listed places, ``Limited``,
``negara bagian`` and a titled apposition before ``di``."""

import pytest
from warta.search.entities import extract_mentions


def _found(body: str, title: str = "") -> list[tuple[str, str]]:
    return [(mention.surface, mention.kind) for mention in extract_mentions(title, body)]


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Korban kecelakaan pesawat TNI AU 2015 di Medan mencapai 140 orang.", "TNI AU"),
        ("Dua pesawat TNI AU 1 jam kemudian mendarat di Halim.", "TNI AU"),
        ("Pesawat TNI AL 3 kali melintas di atas Natuna.", "TNI AL"),
    ],
)
def test_a_known_unit_after_pesawat_keeps_its_last_word(body: str, unit: str) -> None:
    # ``pesawat`` says whose plane it is; a year or a count after ``AU`` is no flight.
    found = _found(body)
    assert (unit, "organisation") in found, found
    assert ("TNI", "organisation") not in found, found


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Direktur PT Wahana Ottomitra Multiartha mengatakan harga naik.",
            "PT Wahana Ottomitra Multiartha",
        ),
        ("Komisaris PT Gunung Sewu Kencana mengatakan.", "PT Gunung Sewu Kencana"),
        (
            "Direktur CV Wahana Ottomitra Multiartha mengatakan harga naik.",
            "CV Wahana Ottomitra Multiartha",
        ),
        (
            "Ketua Koperasi Wahana Ottomitra Multiartha mengatakan harga naik.",
            "Koperasi Wahana Ottomitra Multiartha",
        ),
        # the good omen's word opens no holder's name
        ("Direktur PT Damai Jaya Lestari Sudirjo mengatakan harga naik.", None),
    ],
)
def test_a_company_s_rare_words_are_no_holder(body: str, company: str | None) -> None:
    found = _found(body)
    assert not any(kind == "person" for _, kind in found), found
    if company is not None:
        assert found == [(company, "organisation")]


def test_a_company_written_whole_elsewhere_keeps_its_words() -> None:
    # Only the mention after the title was parted: ``Bank Wahana`` + a person.
    found = _found(
        "Kantor Bank Wahana Ottomitra Multiartha dibuka. Direktur Bank Wahana Ottomitra Multiartha"
        " mengatakan harga naik."
    )
    assert found == [("Bank Wahana Ottomitra Multiartha", "organisation")] * 2


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Kedua korban berasal dari Bekasi, Jawa Barat, Andi Wijaya dan Depok, Jawa Barat,"
            " Siti Aminah.",
            "Andi Wijaya",
        ),
        (
            "Juara lomba adalah perwakilan Medan, Sumatera Utara, Rudi Hartanto, Makassar,"
            " Sulawesi Selatan, Yusuf Rahman.",
            "Rudi Hartanto",
        ),
    ],
)
def test_a_person_given_with_a_hometown_stays_a_person(body: str, person: str) -> None:
    assert (person, "person") in _found(body)


@pytest.mark.parametrize(
    "body",
    [
        "Member lainnya yakni Doyool, Woojoo, Rio, Luha, Hyungwoong, Jiho dan Yechan.",
        # no person closes this list: only the unknown places' count decides
        "Member lainnya yakni Doyool, Woojoo, Rio, Luha, Hyungwoong.",
    ],
)
def test_unknown_places_in_a_list_of_names_make_no_place(body: str) -> None:
    # The tagger's own misreadings of the neighbours were counted as places.
    found = _found(body)
    assert ("Rio", "person") in found, found


@pytest.mark.parametrize(
    ("body", "title", "product"),
    [
        ("Jeep meluncurkan Grand Cherokee Limited di Jakarta.", "", "Grand Cherokee Limited"),
        ("Toyota meluncurkan Fortuner TRD Limited di Jakarta.", "", "Fortuner"),
        (
            "PT Jeep Indonesia meluncurkan Grand Cherokee Limited di Jakarta.",
            "Jeep Luncurkan Grand Cherokee Limited di Jakarta",
            "Grand Cherokee Limited",
        ),
    ],
)
def test_a_trim_named_limited_is_no_company(body: str, title: str, product: str) -> None:
    found = _found(body, title)
    assert (product, "product") in found, found
    assert not any(kind == "organisation" and "Limited" in surface for surface, kind in found)


def test_negara_bagian_leaves_a_state_run_into_a_person_unretyped() -> None:
    found = _found("Kepolisian negara bagian Bavaria Joachim Herrmann hadir.")
    assert not any(kind == "place" for _, kind in found), found


def test_a_village_apposed_to_its_head_before_di_stays_a_place() -> None:
    assert ("Sukamaju", "place") in _found("kata Kepala Desa, Sukamaju di Garut.")


@pytest.mark.parametrize(
    ("body", "whole"),
    [
        # the body ends in a company's form: what follows is the company's name
        (
            "Dana itu berasal dari Komisaris PT Komisaris PT Adhiguna Perkasatama ( AGP ) .",
            "PT Komisaris PT Adhiguna Perkasatama",
        ),
        # the word before the holder makes a longer name of it
        (
            '"Kami siap," kata Kepala Kantor Imigrasi Kelas I Surabaya Tato J Hidyawan, melalui'
            " pesan singkat.",
            "Kantor Imigrasi Kelas I Surabaya Tato J Hidyawan",
        ),
        # an apostrophe joins the title Dato' to the name after it
        (
            '" Semua siap , " kata Sekretaris KLOC Sports & Technical Committee Dato \' Low Kim'
            " Hock dalam pernyataan .",
            "KLOC Sports & Technical Committee Dato ' Low Kim Hock",
        ),
    ],
)
def test_a_titled_organisation_is_parted_whole_or_not_at_all(body: str, whole: str) -> None:
    # Each of these was parted at a guard of ``_titled_holder_start`` switched off.
    found = _found(body)
    assert (whole, "organisation") in found, found
    assert not any(kind == "person" for _, kind in found), found


def test_a_holder_of_words_the_news_writes_is_no_holder() -> None:
    # ``Committee Dato`` is made of words the news writes: no rare person's name.
    found = _found(
        '" Semua siap , " kata Sekretaris KLOC Sports & Technical Committee Dato \' Lee Kim'
        " Choo dalam pernyataan ."
    )
    assert not any(surface.startswith("Committee") for surface, _ in found), found


def test_an_airline_s_one_word_name_after_pesawat_sheds_its_flight_code() -> None:
    found = _found(
        "Rombongan itu diterbangkan dengan pesawat Garuda GA - 171 Medan Jakarta pukul 09.15."
    )
    assert ("Garuda", "organisation") in found, found
    assert not any("GA" in surface for surface, _ in found), found


def test_a_company_s_acronym_after_its_form_is_parted_from_its_holder() -> None:
    found = _found(
        "Perjanjian itu diteken antara Direktur Utama PT Bank Sentosa, Hendra Wijaya dan"
        " Direktur Utama PT PKT Arman Tasrip di Jakarta, Rabu."
    )
    assert ("PT PKT", "organisation") in found, found
    assert ("Arman Tasrip", "person") in found, found


def test_unknown_places_beside_a_known_one_still_make_a_list_of_places() -> None:
    # Counting known places only lost this circuit (a person again).
    found = _found("Tim itu sudah berlaga di Sachsenring, Motorland, Phillip Island, dan Valencia.")
    assert ("Phillip Island", "place") in found, found
