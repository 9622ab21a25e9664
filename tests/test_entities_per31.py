"""Round 31 (per31): persons' edges in older news of another source, read through
``extract_mentions``: initials spelling a form of address, degrees and ranks after a name."""

from __future__ import annotations

import pytest

from tests.test_entities_tidy29 import _found


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Menteri Perhubungan MS Siregar membeberkan penyelewengan izin trayek.", "MS Siregar"),
        ("Ketua Umum Kadin Jawa Barat MS Harahap hadir dalam acara itu.", "MS Harahap"),
        ("Menurut MR Tambunan, harga pupuk naik sejak bulan lalu.", "MR Tambunan"),
    ],
)
def test_initials_spelling_a_form_of_address_stay_in_the_name(body: str, person: str) -> None:
    # ``MS``/``MR`` in capitals before a name are its initials, not ``Ms``/``Mr``.
    assert (person, "person") in _found(body), _found(body)


def test_a_form_of_address_written_as_one_is_still_cut() -> None:
    found = _found("Menurut Ms Harahap, acara itu meriah sekali.")
    assert ("Harahap", "person") in found, found


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Kepala Bagian Sosial Budaya Provinsi Papua, Yonas Korwa S Sos, di Jayapura, "
            "Senin (22/8), mengatakan hal itu.",
            "Yonas Korwa",
        ),
        ("Kepala sekolah itu, Maria Yuliani S Pd, mengatakan hal itu.", "Maria Yuliani"),
        ("Sekretaris Umum LIPI Dr Hadi Sumarno APU mengemukakan hal itu.", "Hadi Sumarno"),
    ],
)
def test_a_degree_or_rank_after_a_name_is_no_part_of_it(body: str, person: str) -> None:
    # A bachelor's degree written apart (``S Sos``) and a researcher's rank (``APU``).
    found = _found(body)
    assert (person, "person") in found, found
    assert not any(kind == "person" and surface != person for surface, kind in found), found


def test_an_initial_s_inside_a_name_stays() -> None:
    found = _found("Pelatih Budi S Mulyono mengatakan hal itu.")
    assert ("Budi S Mulyono", "person") in found, found


@pytest.mark.parametrize(
    ("body", "person", "run_on"),
    [
        (
            "Acara itu dihadiri Ketua DPD KNPI Aceh Zulkarnain dan para pemuda.",
            "Zulkarnain",
            "Aceh Zulkarnain",
        ),
        (
            "Hadir pula Ketua Umum Kadin Aceh Armandez dalam pertemuan itu.",
            "Armandez",
            "Kadin Aceh Armandez",
        ),
    ],
)
def test_the_holder_after_a_titled_bodys_seat_is_a_person(
    body: str, person: str, run_on: str
) -> None:
    # The tagger ran the holder into the body's seat, a known place, after a title.
    found = _found(body)
    assert (person, "person") in found, found
    assert not any(surface == run_on for surface, _ in found), found


def test_a_name_apposed_to_a_long_titled_office_is_its_holder() -> None:
    # Six words between the title and the comma: the office with where it is.
    body = (
        "Penasihat koperasi tekstil di Kabupaten Majalaya, Sakti Natawijaya, mengutarakan, "
        "sebanyak 140 usaha sudah tutup."
    )
    found = _found(body)
    assert ("Sakti Natawijaya", "person") in found, found


@pytest.mark.parametrize(
    "body",
    [
        "Di nomor 1.500 meter, pelari muda Kolja Brandstetter (Jerman) menjadi yang tercepat.",
        "Di nomor 100 meter gaya bebas, perenang muda Kolja Brandstetter (Jerman) menang.",
    ],
)
def test_a_runner_or_swimmer_before_a_country_in_parentheses_is_a_person(body: str) -> None:
    found = _found(body)
    assert ("Kolja Brandstetter", "person") in found, found
    assert ("Jerman", "place") in found, found


def test_a_name_apposed_to_a_relative_is_a_person() -> None:
    body = (
        "Ia baru tahu bahwa perusahaan Belgia, Vantrex, yang mempekerjakan putranya, Kwame, "
        "memenangi kontrak itu."
    )
    found = _found(body)
    assert ("Kwame", "person") in found, found
    assert ("Vantrex", "organisation") in found, found
