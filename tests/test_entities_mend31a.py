"""Round 31 (mend31a): the round's new rules narrowed where a reviewer found them wrong,
each read through ``extract_mentions``."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions


def _found(body: str) -> list[tuple[str, str]]:
    return [(mention.surface, mention.kind) for mention in extract_mentions("", body)]


def _kinds_of(body: str, surface: str) -> list[str]:
    return [kind for found, kind in _found(body) if found == surface]


@pytest.mark.parametrize(
    ("body", "team"),
    [
        # A club's nickname after ``gawang`` opens with an article or a team's word.
        ("Sundulan Hugo Marin masuk ke gawang The Swans.", "The Swans"),
        (
            "Tendangan itu menjebol gawang Tim Garuda Jaya. Tim Garuda Jaya tertinggal.",
            "Tim Garuda Jaya",
        ),
        # An unknown club that opens with a club's word.
        ("Gol itu menjebol gawang Racing Valdora. Racing Valdora bangkit.", "Racing Valdora"),
        # An unknown club the article names before a result's word.
        (
            "Gol itu menjebol gawang Castel Virenza. Castel Virenza tertinggal 0 - 1.",
            "Castel Virenza",
        ),
    ],
)
def test_a_team_after_gawang_is_no_keeper(body: str, team: str) -> None:
    assert "person" not in _kinds_of(body, team)


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Ia membeli Toyota Avanza: Budi Santosa mengaku puas. Budi Santosa warga Depok.",
            "Budi Santosa",
        ),
        (
            "Pemenang undian Honda Beat: Rina Lestari dari Bogor. Rina Lestari mengaku kaget.",
            "Rina Lestari",
        ),
        ("Pengguna Honda Beat: Dedi Kurniawan mengeluh remnya.", "Dedi Kurniawan"),
    ],
)
def test_a_person_after_a_product_and_a_colon_is_no_subtitle(body: str, person: str) -> None:
    # A clause or a winners' list opens after the colon: no work's noun names a work.
    assert "product" not in _kinds_of(body, person)


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("Presiden Direktur Lorvanne S.A. hadir.", "Lorvanne S.A."),
        ("Direktur Utama Lorvanne S.A. hadir.", "Lorvanne S.A."),
        ("Saat Itu Vantoria S.A. membuka kantor di Jakarta.", "Vantoria S.A."),
    ],
)
def test_a_title_or_a_common_word_is_no_part_of_a_dotted_company(body: str, company: str) -> None:
    companies = [surface for surface, kind in _found(body) if kind == "organisation"]
    assert companies == [company]


def test_a_known_person_before_a_dotted_company_stays_a_person() -> None:
    found = _found("Ia dan Jokowi Vantoria S.A. hadir dalam acara itu.")
    assert ("Jokowi", "person") in found
    assert ("Vantoria S.A.", "organisation") in found


@pytest.mark.parametrize("known", ["Indonesia", "PLN"])
def test_a_dotted_company_right_after_a_read_name_is_kept(known: str) -> None:
    # The walk back from the form ran one word into the name read before it, and the
    # company was lost where the two overlapped.
    found = _found(f"Kontrak diteken {known} Bouygues S.A. dan Pertamina.")
    assert ("Bouygues S.A.", "organisation") in found
    assert known in {surface for surface, _ in found}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Peritel Best Buy melaporkan laba naik.", "Best Buy"),
        ("Ia menginap di hotel Best Western Kemayoran.", "Best Western Kemayoran"),
        ("Ia bermain di klub Best United.", "Best United"),
    ],
)
def test_a_name_opening_with_best_and_no_award_is_kept(body: str, name: str) -> None:
    assert name in {surface for surface, _ in _found(body)}


def test_award_categories_of_an_article_about_awards_stay_no_entities() -> None:
    # The award is named a sentence before the categories, with no cue right before them.
    body = (
        "Penyanyi itu meraih enam nominasi tahun ini. Ia sudah mendapatkan Best Jazz "
        "Album, Best Jazz Song dan Best Vocal Duet."
    )
    assert not [surface for surface, _ in _found(body) if surface.startswith("Best")]


def test_a_person_s_own_name_hyphened_is_no_ticket() -> None:
    found = _found("Presiden Joko Widodo meresmikan tol Joko-Widodo.")
    assert ("Joko-Widodo", "person") not in found
