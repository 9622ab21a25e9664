"""Round 27's rules from idner dev's and NERGrit valid's errors: patterns the sidebar got
wrong, each on sentences written for it."""

from __future__ import annotations

import pytest
from warta.search.entities import linking

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.test_entities_dev22 import _WordTagger


def test_a_village_named_after_a_rivers_reach_keeps_the_reach(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "desa Petuaran Hulu" gave the place "desa Petuaran" (the tagger read
    # the village alone after the lowercase head).
    labels = {"Sukamaju": "B-LOC", "Cikande": "B-LOC", "Musi": "B-LOC"}
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger(labels))
    found = _kinds("Banjir merendam desa Sukamaju Hulu dan desa Cikande Hilir sejak Senin.")
    assert found == {"desa Sukamaju Hulu": {"place"}, "desa Cikande Hilir": {"place"}}
    # In lowercase the word is the river's upper reach, no part of the name.
    found = _kinds("Warga bantaran Musi hulu mengungsi ke tempat yang lebih tinggi.")
    assert found == {"Musi": {"place"}}


def test_the_faith_of_the_people_of_a_place_is_no_part_of_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "di lingkungan Muslim Mumbai" gave a place "Muslim Mumbai".
    labels = {"Muslim": "B-LOC", "Kristen": "B-LOC", "Mumbai": "I-LOC", "Sukamaju": "I-LOC"}
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger(labels))
    found = _kinds("Acara itu disiarkan untuk lingkungan Muslim Mumbai setiap pekan.")
    assert found == {"Mumbai": {"place"}}
    found = _kinds("Gereja tua berdiri di kampung Kristen Sukamaju sejak 1890.")
    assert found == {"Sukamaju": {"place"}}
    # A faith inside a body's name, or a person named after it, stays.
    labels.update({"Universitas": "B-ORG", "Indonesia": "I-ORG", "Abdurrahman": "I-PER"})
    labels["Kristen"] = "I-ORG"
    found = _kinds("Ia kuliah di Universitas Kristen Indonesia sejak 2010.")
    assert found == {"Universitas Kristen Indonesia": {"organisation"}}
    labels["Muslim"] = "B-PER"
    assert _kinds("Muslim Abdurrahman membuka acara itu.") == {"Muslim Abdurrahman": {"person"}}


def test_the_team_after_a_score_written_as_one_word_or_after_a_draw_is_the_opponent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "Chelsea ditahan Tottenham 3-3" missed Tottenham; "menang 2-0 atas
    # Tottenham" missed it too (only a score written "2 - 0" named the opponent).
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger({}))
    found = _kinds("Persikabo menang 2-0 atas Perserang di kandang sendiri.")
    assert found.get("Perserang") == {"organisation"}
    found = _kinds("Persikabo ditahan Perserang 1-1 di kandang sendiri.")
    assert found.get("Perserang") == {"organisation"}
    found = _kinds("Persikabo ditahan Perserang 1 - 1 di kandang sendiri.")
    assert found.get("Perserang") == {"organisation"}
    # Without a score after the name, "ditahan" is being detained: it names no team.
    assert "Perserang" not in _kinds("Pelaku ditahan Perserang selama sepekan.")


def test_a_title_dated_in_a_filmography_is_no_place_person_or_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "tampil di Underworld (2003)" gave a place, "Ghost Whisperer (2005)" a
    # person, "Album keduanya, The Fame Monster (2009)" an organisation.
    labels = {"Bayangan": "B-LOC", "Senja": "B-PER", "Merah": "I-PER", "Rina": "B-PER"}
    labels.update({"Lestari": "I-PER", "The": "B-ORG", "Long": "I-ORG", "Road": "I-ORG"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger(labels))
    body = (
        "Rina Lestari tampil di Bayangan (2015) dan menjadi bintang tamu di Senja Merah "
        "(2017). Album keduanya, The Long Road (2019), laris di pasaran."
    )
    # A work's title, then, if anything: a product since round 32 (``_mark_dated_titles``).
    assert _kinds(body) == {
        "Rina Lestari": {"person"},
        "Bayangan": {"product"},
        "Senja Merah": {"product"},
        "The Long Road": {"product"},
    }
    # Away from films and albums, or opening with a head, a dated name stays.
    labels.update({"SMA": "B-LOC", "Negeri": "I-LOC", "Sukamaju": "I-LOC"})
    body = "Rina Lestari lulus dari SMA Negeri Sukamaju (2005) lalu pindah ke Bayangan (2007)."
    assert _kinds(body) == {
        "Rina Lestari": {"person"},
        "SMA Negeri Sukamaju": {"place"},
        "Bayangan": {"place"},
    }


def test_the_team_after_a_score_and_dengan_melawan_or_kontra_is_the_opponent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The same reading as "menang 2-0 atas": a draw or a defeat names the other team with
    # dengan, melawan or kontra after the score.
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger({}))
    for body in (
        "Persikabo bermain imbang 1-1 dengan Perserang di kandang sendiri.",
        "Persikabo bermain imbang 2 - 2 melawan Perserang di kandang sendiri.",
        "Persikabo menang 3-1 kontra Perserang di kandang sendiri.",
    ):
        assert _kinds(body).get("Perserang") == {"organisation"}
    # A lowercase word there names no team: the goal that won it.
    assert "Budi" not in _kinds("Persikabo menang 2-1 dengan gol Budi pada menit akhir.")
