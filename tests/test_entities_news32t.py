"""Round 31 (news32t): entity faults seen on a tune sample of modern online news, each
read through ``extract_mentions`` on sentences written for the tests."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions


def _found(body: str, title: str = "") -> set[tuple[str, str]]:
    return {(mention.surface, mention.kind) for mention in extract_mentions(title, body)}


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("Pelabuhan Cirebon akan dikembangkan oleh Pelindo III menjadi pelabuhan.", "Pelindo III"),
        (
            "Bandara Kertajati akan dikelola oleh Angkasa Pura II mulai tahun depan.",
            "Angkasa Pura II",
        ),
    ],
)
def test_a_roman_number_after_an_organisation_is_its_number(body: str, company: str) -> None:
    # ``oleh Pelindo III`` gave the organisation ``Pelindo`` and a person ``III``.
    found = _found(body)
    assert (company, "organisation") in found, found
    assert not any(kind == "person" for _, kind in found), found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a person's number stays the person's
        ("Raja Charles III berkunjung ke Kanada.", ("Raja Charles III", "person")),
        # one letter after an organisation opens a Balinese name
        ("Pertemuan dengan KPK I Made Sudarta berlangsung tertutup.", ("I Made Sudarta", "person")),
        # a place with a number is no organisation
        ("Sejak Perang Dunia II berakhir, warga Surabaya membangun kembali kotanya.", None),
    ],
)
def test_a_roman_number_joins_no_person_nor_place(
    body: str, expected: tuple[str, str] | None
) -> None:
    found = _found(body)
    if expected is not None:
        assert expected in found, found
    assert not any(
        kind == "organisation" and surface.endswith(("II", "III", " I")) for surface, kind in found
    ), found


def test_a_known_acronym_spelt_out_after_it_is_one_mention() -> None:
    # The gazetteer knows ``BWF`` but not its full name: ``BWF (Badminton World
    # Federation)`` gave two organisations, where an unknown acronym gives one.
    body = "Gelar pemain terbaik versi BWF (Badminton World Federation) diumumkan di Dubai."
    found = _found(body)
    assert ("BWF (Badminton World Federation)", "organisation") in found, found
    assert ("BWF", "organisation") not in found, found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a person's short name and full name stay two persons
        ("Presiden Jokowi (Joko Widodo) meresmikan jalan tol itu.", ("Jokowi", "person")),
        # a province's short name and full name stay places
        ("Warga NTT (Nusa Tenggara Timur) menyambut bantuan itu.", ("NTT", "place")),
        # a seat in parentheses after a known body is no spelling of it
        ("Pengurus PSSI (Jakarta Selatan) menggelar rapat.", ("PSSI", "organisation")),
    ],
)
def test_a_known_short_name_joins_only_what_spells_it_out(
    body: str, expected: tuple[str, str]
) -> None:
    found = _found(body)
    assert expected in found, found
    assert not any("(" in surface for surface, _ in found), found


@pytest.mark.parametrize(
    "body",
    [
        "Umat Hindu di Bali merayakan Hari Raya Galungan pada Rabu.",
        "Hari Raya Kuningan jatuh sepuluh hari kemudian.",
    ],
)
def test_a_holy_day_after_hari_raya_is_no_place(body: str) -> None:
    # ``Hari Raya Galungan`` gave a place ``Galungan``; ``Kuningan`` is also a town.
    found = _found(body)
    assert not {surface for surface, _ in found} & {"Galungan", "Kuningan"}, found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a person right after the holy day's words stays
        ("Saat Hari Raya Jokowi mudik ke Solo.", ("Jokowi", "person")),
        # a place after the sentence that ends with them stays
        (
            "Macet panjang terjadi menjelang Hari Raya. Bandung dipadati pemudik.",
            ("Bandung", "place"),
        ),
        # the town before lowercase holy-day words stays
        ("Warga Kuningan merayakan hari raya di Cirebon.", ("Kuningan", "place")),
    ],
)
def test_only_the_name_right_after_hari_raya_is_dropped(
    body: str, expected: tuple[str, str]
) -> None:
    assert expected in _found(body), _found(body)


def test_titles_listed_after_a_game_noun_are_products() -> None:
    # ``game legendaris pun dirilis, seperti Super Mario, ...`` gave organisations and a
    # person.
    body = (
        "Beberapa game legendaris pun dirilis, seperti Super Mario, The Legend of Zelda "
        "dan Mario Kart."
    )
    found = _found(body)
    for title in ("Super Mario", "The Legend of Zelda", "Mario Kart"):
        assert (title, "product") in found, found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the friends a player plays with
        (
            "Ia bermain game bersama teman seperti Andi Wijaya dan Budi Santoso.",
            ("Andi Wijaya", "person"),
        ),
        # the players the game's noun qualifies
        (
            "Pemain game itu, seperti Andi Wijaya dan Budi Santoso, sudah profesional.",
            ("Budi Santoso", "person"),
        ),
        # brands after another clause's noun
        (
            "Untuk game skateboarding atau BMX, brand seperti Red Bull atau GoPro bisa ikut.",
            ("Red Bull", "organisation"),
        ),
        # places after a preposition's noun
        ("Pecinta game di kota seperti Bandung dan Bogor bertambah.", ("Bandung", "place")),
    ],
)
def test_a_list_after_a_game_noun_qualifying_another_is_no_game(
    body: str, expected: tuple[str, str]
) -> None:
    found = _found(body)
    assert expected in found, found
    assert not any(kind == "product" for _, kind in found), found
