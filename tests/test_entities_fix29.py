"""Round 29b (fix29): wrong mentions the round's rules made, each read through
``extract_mentions`` on sentences written for the test."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions, linking


def _found(body: str, title: str = "") -> set[tuple[str, str, str]]:
    return {(m.surface, m.kind, m.key) for m in extract_mentions(title, body)}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marcus Ferdinand Gunawan", "Kevin Sanjaya Sukamuljo"),
        ("Marcus Fernaldi Gideon", "Kelvin Sanjoyo Suhandi"),
    ],
)
def test_a_doubles_pair_keeps_its_full_names_and_its_given_names_link_to_them(
    first: str, second: str
) -> None:
    # The tagger read the first player without his given name (``Fernaldi Gideon``); the
    # pair by given names later made ``Marcus`` a person apart, cut off the full name.
    body = (
        f"BOLA.NET, OSAKA - Pasangan ganda putra {first} / {second}, menembus babak perempat"
        " final turnamen Jepang Open 2017 setelah memenangi duel sengit.\n\nTiket diamankan"
        f" {first.split()[0]} / {second.split()[0]} setelah mengalahkan Takuro Hoki / Hugo"
        " Kobayashi (Jepang), 18 - 21, 21 - 13."
    )
    found = _found(body)
    key = "_".join(first.lower().split())
    assert (first, "person", key) in found
    assert (first.split()[0], "person", key) in found
    assert not any(surface == " ".join(first.split()[1:]) for surface, _, _ in found)


@pytest.mark.parametrize(
    ("left", "right"), [("Park Ha - ra", "Kong Min - yong"), ("Choi Su - na", "Kong Jae - yun")]
)
def test_a_korean_given_name_with_a_spaced_hyphen_stays_in_a_doubles_name(
    left: str, right: str
) -> None:
    body = (
        f"Pasangan ganda putri nomor satu dunia, Ayumi Sato / Rina Takeda, mengalahkan {left} /"
        f" {right} (Korea Selatan) pada laga final.\n\nMereka menundukkan {left.split()[0]} /"
        f" {right.split()[0]} dengan skor 21 - 18."
    )
    found = _found(body)
    key = "_".join(word.lower() for word in right.split() if word != "-")
    assert (right, "person", key) in found
    assert ("Kong", "person", "kong") not in found  # no person ``Kong`` apart
    assert ("Kong", "person", key) in found


@pytest.mark.parametrize(
    ("body", "medium"),
    [
        ("Survei yang dimuat di koran Journal du Soir itu menyebutkan hal itu.", "Journal du Soir"),
        ("Survei di harian Gazette de Paris juga menyebutkan hal itu.", "Gazette de Paris"),
    ],
)
def test_a_medium_s_name_runs_on_over_a_foreign_particle(body: str, medium: str) -> None:
    found = {(surface, kind) for surface, kind, _ in _found(body)}
    assert (medium, "organisation") in found
    assert (medium.split()[0], "organisation") not in found


@pytest.mark.parametrize(
    "body",
    [
        "Pada 2019 akan digelar Asean Games di Manila.",
        "Kontingen Indonesia tampil di Asean Para Games dan Asean Games.",
    ],
)
def test_a_name_before_games_is_the_event_not_the_body(body: str) -> None:
    assert not any(key == "asean" for _, _, key in _found(body))


def test_a_body_s_name_still_mentions_the_body_beside_its_games() -> None:
    found = _found("Menteri ASEAN bertemu di Manila. Asean Games digelar di Jakarta.")
    assert ("ASEAN", "organisation", "asean") in found


@pytest.mark.parametrize(
    ("body", "party", "person"),
    [
        (
            "Keputusan itu diserahkan oleh Sekjen Partai Nasdem Yohanes G. Platena.",
            "Partai Nasdem",
            "Yohanes G. Platena",
        ),
        (
            "Keputusan itu diserahkan oleh Ketua Umum Partai Hanura Oesman S. Sapta.",
            "Partai Hanura",
            "Oesman S. Sapta",
        ),
    ],
)
def test_a_party_ends_before_its_officer_with_a_middle_initial(
    body: str, party: str, person: str
) -> None:
    found = {(surface, kind) for surface, kind, _ in _found(body)}
    assert (party, "organisation") in found
    assert (person, "person") in found


def test_a_province_alias_does_not_cut_a_company_opening_with_pt() -> None:
    found = {
        (surface, kind)
        for surface, kind, _ in _found("PT Sinar Kendari Sultra menanam modal di sana.")
    }
    assert ("PT Sinar Kendari Sultra", "organisation") in found
    assert ("Sultra", "place") not in found


def test_a_dateline_city_in_capitals_after_the_publisher_is_a_place() -> None:
    found = {
        (surface, kind) for surface, kind, _ in _found("JUARA.NET, KOWLOON - Pasangan itu menang.")
    }
    assert ("KOWLOON", "place") in found
    assert ("KOWLOON", "organisation") not in found


# -- the second read of round 29 ---------------------------------------------------------------


def test_a_known_city_opening_a_dateline_keeps_its_link() -> None:
    # The dateline rules made a new unlinked place of a known one: "Jogja" linked as
    # Yogyakarta in the text but as "jogja" in its own dateline, two entities for one city.
    for body in ("Jogja, Kompas - Hujan turun di Jogja.", "Jogja, Senin - Hujan turun di Jogja."):
        keys = [(m.surface, m.key) for m in extract_mentions("", body)]
        assert keys == [("Jogja", "yogyakarta"), ("Jogja", "yogyakarta")]


def test_a_person_of_four_words_run_into_a_known_name_is_parted() -> None:
    # A second bound of three words, for an office's holder, had the name of the bound of
    # four for a person run into a known name, so the later one cut both.
    words = ["Google", "Indonesia", "Maria", "Wulandari", "Kusumastuti", "Hapsari", "hadir"]
    tagged = dict.fromkeys(range(6), (0, 6, "ORG"))
    assert linking._holder_after(words, tagged, 2) == (2, 6)


def test_a_verb_in_a_headline_before_an_event_keeps_the_body() -> None:
    # In a title in headline case every word is capitalised: "Siapkan" is no word of an
    # event's name, so the ministry before it is no event's.
    mentions = extract_mentions("Kemenpora Siapkan Asian Games", "")
    assert [(m.surface, m.kind) for m in mentions] == [("Kemenpora", "organisation")]
