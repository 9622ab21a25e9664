"""Round 28: the entity pipeline's work bounded by the article, counted (not timed)."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions, linking

_STARTUPS = ["Korimbo", "Talesa", "Mubira", "Sanuwi", "Peranta", "Dolmika", "Hariwen", "Jotaka"]


def _calls(monkeypatch: pytest.MonkeyPatch, name: str, body: str) -> int:
    """How many times ``extract_mentions`` over ``body`` calls ``linking.<name>``."""
    counted = getattr(linking, name)
    calls = 0

    def counting(*args: object) -> object:
        nonlocal calls
        calls += 1
        return counted(*args)

    monkeypatch.setattr(linking, name, counting)
    extract_mentions("", body)
    monkeypatch.setattr(linking, name, counted)
    return calls


def _parted_places(startups: int) -> str:
    return " ".join(
        f"Startup di Asia Tenggara {name} tumbuh pesat. {name} mengumumkan pendanaan baru."
        for name in _STARTUPS[:startups]
    )


def test_names_parted_from_known_places_read_the_cues_once_a_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each place parted from a name (``Asia Tenggara Korimbo``) read the field's cues and
    # every span again: work that grew with the places times the spans.
    found = {(mention.surface, mention.kind) for mention in extract_mentions("", _parted_places(2))}
    assert {("Korimbo", "organisation"), ("Asia Tenggara", "place")} <= found
    assert _calls(monkeypatch, "_cue_ends", _parted_places(8)) == _calls(
        monkeypatch, "_cue_ends", _parted_places(2)
    )
