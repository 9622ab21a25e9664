"""Round 32 (news33t): faults found on a tune sample of modern online news (IndoSum),
each read through ``extract_mentions`` on sentences written for the test."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions


def _found(body: str, title: str = "") -> set[tuple[str, str]]:
    return {(mention.surface, mention.kind) for mention in extract_mentions(title, body)}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Penggemar drama itu menyambut kedatangan aktor Lee Jung - Jin di Indonesia.",
            "Lee Jung - Jin",
        ),
        ("Kedatangan aktor Park Seo - Joon di Indonesia disambut meriah.", "Park Seo - Joon"),
    ],
)
def test_a_capitalised_syllable_after_a_spaced_hyphen_ends_the_name(body: str, person: str) -> None:
    # A double given name whose hyphen was spaced: the tagger cut it at the hyphen
    # (``Lee Jung`` and ``- Jin``, or nothing after the hyphen).
    found = _found(body)
    assert (person, "person") in found
    assert not any(surface.startswith("-") for surface, _ in found)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # a pair of candidates: a surname before the hyphen, a partner after it
        ("Sutradara Budi Santoso - Rudi di Jakarta.", ("Budi Santoso", "person")),
        # the partner written alone elsewhere in the article
        ("Pasangan Lee Jung - Ahn kalah. Ahn lalu pulang.", ("Ahn", "person")),
        # places joined by a hyphen: a route
        ("Kereta rute Jakarta Kota - Bogor berangkat pagi.", ("Bogor", "place")),
        # a name goes on after the syllable: two persons
        ("Laga Kim Min - Park Ji Sung berlangsung seru.", ("Park Ji Sung", "person")),
    ],
)
def test_a_syllable_rule_leaves_pairs_and_routes_apart(body: str, kept: tuple[str, str]) -> None:
    assert kept in _found(body)
