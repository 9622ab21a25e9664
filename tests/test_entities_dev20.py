"""Round 20's rules from idner dev's and NERGrit valid's errors: patterns the sidebar got
wrong, each on sentences written for it."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions, linking
from warta.search.entities.names import is_name_word


def _found(body: str) -> set[tuple[str, str]]:
    """Each mention as (surface, kind)."""
    return {(m.surface, m.kind) for m in extract_mentions("", body)}


def test_an_orchestra_or_a_choir_is_an_organisation_not_a_person() -> None:
    # NERGrit valid: a band leader's orchestra was a person in the sidebar.
    found = _found("Budi Karya Orchestra tampil di Jakarta malam ini.")
    assert ("Budi Karya Orchestra", "organisation") in found
    found = _found("Paduan suara Jakarta Youth Choir meraih medali emas.")
    assert ("Jakarta Youth Choir", "organisation") in found
    assert not any(kind == "person" for _, kind in found)


class _LumpingPlaceTagger:
    """Tags a sentence's words from its first name word to its last as one place, as a
    tagger that has not seen a news site's channels does (idner dev: a person,
    ``dihubungi`` and the channel in one place), and a name given alone as a person."""

    def tag(self, words: list[str]) -> list[str]:
        names = [index for index, word in enumerate(words) if is_name_word(word)]
        labels = ["O"] * len(words)
        if names:
            kind = "PER" if len(names) == len(words) else "LOC"
            labels[names[0] : names[-1] + 1] = [f"B-{kind}"] + [f"I-{kind}"] * (
                names[-1] - names[0]
            )
        return labels


def test_a_news_sites_channel_read_as_a_place_is_the_outlet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(linking, "packaged_tagger", _LumpingPlaceTagger)
    found = _found("Sumber itu dihubungi detikTravel kemarin.")
    assert ("detikTravel", "organisation") in found
    # A place is still a place, and a capital inside a short word is no channel.
    found = _found("Warga itu dihubungi dari Surabaya. Ia membeli iPhone kemarin.")
    assert ("Surabaya", "place") in found
    assert ("iPhone", "organisation") not in found


def test_the_character_an_actor_plays_in_a_film_is_a_person() -> None:
    # NERGrit valid: roles in films and series ("berperan sebagai ...") were left out as
    # nicknames, so the sidebar missed the characters the article is about.
    found = _found(
        "Dalam film itu Rina Kartika berperan sebagai Sekar Ayu, seorang guru muda. "
        'Ia juga tampil sebagai karakter "Tsukiko" dalam serial Jepang.'
    )
    assert {("Rina Kartika", "person"), ("Sekar Ayu", "person"), ("Tsukiko", "person")} <= found
    # Outside a film a role is still a nickname, and a film's title played as a role is
    # no person.
    found = _found("Budi Santoso pernah berperan sebagai Mr. Money Bags untuk perusahaan itu.")
    assert {surface for surface, kind in found if kind == "person"} == {"Budi Santoso"}
    found = _found("Di film itu ia kembali dengan peran sebagai Terminator.")
    assert not any(kind == "person" for _, kind in found)


def test_a_person_the_tagger_ran_into_a_place_over_a_common_word_is_a_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # idner dev: "Fanshurullah Asa dihubungi detikFinance" was one place, parted at
    # "dihubungi" into two places; the person's part is the person.
    monkeypatch.setattr(linking, "packaged_tagger", _LumpingPlaceTagger)
    found = _found("Hal itu dikatakan Rudi Hartono saat dihubungi detikTravel kemarin.")
    assert {("Rudi Hartono", "person"), ("detikTravel", "organisation")} <= found


def test_a_shortened_portfolio_after_a_ministers_title_is_no_organisation() -> None:
    # idner dev: "Menko Polhukam" (the minister) linked the ministry, known as Polhukam.
    found = _found("Menko Polhukam Budi Santoso meminta maaf. Menko PMK tiba kemudian.")
    assert found == {("Budi Santoso", "person")}
    # The ministry itself is still one.
    found = _found("Kemenko Polhukam menggelar rapat koordinasi di Jakarta.")
    assert ("Kemenko Polhukam", "organisation") in found
