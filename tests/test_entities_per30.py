"""Round 30 (per30): persons in older news of another source, read through ``extract_mentions``."""

from __future__ import annotations

import pytest

from tests.test_entities_tidy29 import _found


@pytest.mark.parametrize(
    ("body", "storm"),
    [
        ("Topan Longwang juga melanda Shanghai, menewaskan 14 orang.", "Longwang"),
        ("Topan Damrey melanda pesisir timur China.", "Damrey"),
        ("Badai Harvey menerjang Texas sejak Jumat pekan lalu.", "Harvey"),
        ("Pekan lalu topan Haiyan menghantam Filipina tengah.", "Haiyan"),
    ],
)
def test_a_storms_name_is_no_entity(body: str, storm: str) -> None:
    # The tagger read a storm's name after ``Topan``/``Badai`` as a person or a body.
    assert not any(storm in surface for surface, _ in _found(body)), _found(body)


def test_a_storms_name_alone_later_and_its_noun_are_no_person() -> None:
    body = (
        "Topan Lekima melanda pesisir timur China. Topan yang kecepatannya 155 kilometer "
        "per jam itu merusak rumah. Warga panik ketika Lekima mendekat."
    )
    found = _found(body)
    assert not any(kind == "person" for _, kind in found), found
    assert ("China", "place") in found


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Menteri Perdagangan Mari Elka Pangestu meninjau Pasar Sentral.", "Mari Elka Pangestu"),
        ("Menteri Luar Negeri Korea Selatan Ban Ki-Moon menyatakan optimistis.", "Ban Ki-Moon"),
        (
            "Menteri Pertanian Ban Hartono Sulistyo meninjau sawah di Karawang.",
            "Ban Hartono Sulistyo",
        ),
    ],
)
def test_a_common_word_opening_a_holders_name_is_its_first_name(body: str, person: str) -> None:
    # The tagger cut off a first name that is also a common word (``mari``, ``ban``).
    assert (person, "person") in _found(body)


def test_a_department_after_a_title_stays_out_of_the_name() -> None:
    # A guard of the rule above: after a title alone the common word is its department.
    found = _found("Di Paris, Menteri Transportasi Dominique Perben mengatakan pesawat aman.")
    assert ("Dominique Perben", "person") in found


@pytest.mark.parametrize(
    ("body", "genus"),
    [
        ("Warga minum ramuan kunyit (Curcuma longana Val) setiap pagi.", "Curcuma"),
        ("Di hutan itu tumbuh kayu pacet (Harpullia arborea) yang langka.", "Harpullia"),
        ("Petani membudidayakan kerang yang disebut Pinctada maxima di teluk.", "Pinctada"),
    ],
)
def test_a_species_scientific_name_is_no_person(body: str, genus: str) -> None:
    found = _found(body)
    assert not any(genus in surface or surface == "Val" for surface, _ in found), found


@pytest.mark.parametrize(
    ("body", "place", "person"),
    [
        (
            "Kecaman datang dari Presiden Belarusia Viktor Lukasenka di depan sidang.",
            "Belarusia",
            "Viktor Lukasenka",
        ),
        (
            "Pemerintah Kazakstan menyambut Presiden Papua Niugini Michael Somare.",
            "Papua Niugini",
            "Michael Somare",
        ),
    ],
)
def test_older_spellings_of_countries_are_the_countries(body: str, place: str, person: str) -> None:
    found = _found(body)
    assert (place, "place") in found, found
    assert (person, "person") in found, found


def test_a_holder_run_into_a_body_ending_in_a_portfolio_is_parted() -> None:
    # The tagger ran the head of the body into it; its first name is a common word.
    body = "Kepala Badan Karantina Pertanian Syukur Wiryanto di Jakarta, Rabu, mengatakan hal itu."
    found = _found(body)
    assert ("Syukur Wiryanto", "person") in found, found
    assert ("Badan Karantina Pertanian", "organisation") in found, found


def test_a_name_after_a_border_is_a_place() -> None:
    # The tagger read the border post's village as a person.
    body = (
        "Warga yang melintasi pos perbatasan Wutung semakin banyak. Setiap hari pos "
        "perbatasan Wutung dilintasi 200 warga."
    )
    found = _found(body)
    assert ("Wutung", "place") in found, found
    assert ("Wutung", "person") not in found, found


def test_a_mayor_of_a_known_world_city_is_parted_from_it() -> None:
    # The city was unknown, so the tagger's one place ran over the mayor's name.
    found = _found("Wali Kota New Orleans Ray Nagel mengatakan warga harus mengungsi.")
    assert ("New Orleans", "place") in found, found
    assert ("Ray Nagel", "person") in found, found
