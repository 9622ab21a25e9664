"""Round 28: the entity pipeline's work bounded by the article, counted (not timed)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType

import pytest
from warta.search.entities import extract_mentions, linking

_STARTUPS = ["Korimbo", "Talesa", "Mubira", "Sanuwi", "Peranta", "Dolmika", "Hariwen", "Jotaka"]


def _calls(monkeypatch: pytest.MonkeyPatch, name: str, body: str, owner: object = linking) -> int:
    """How many times ``extract_mentions`` over ``body`` calls ``owner.<name>`` (a function
    of ``linking`` unless another owner, such as a class, is given)."""
    counted = getattr(owner, name)
    calls = 0

    def counting(*args: object) -> object:
        nonlocal calls
        calls += 1
        return counted(*args)

    monkeypatch.setattr(owner, name, counting)
    extract_mentions("", body)
    monkeypatch.setattr(owner, name, counted)
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


@pytest.mark.parametrize(
    ("sentence", "product"),
    [
        ("Kapal KM Sinar Bangun tiba di Jakarta. ", "KM Sinar Bangun"),
        ("Mobil Toyota Rush B 2826 DFL menabrak Budi Santoso. ", "Toyota Rush"),
        ("Ia memakai smartphone Nokia 3310 dan laptop Asus ROG. ", "Nokia 3310"),
        ("Ponsel Xiaomi Redmi 5, Oppo F5, dan Vivo V7 laris. ", "Oppo F5"),
    ],
)
def test_products_put_over_names_cost_work_linear_in_them(
    monkeypatch: pytest.MonkeyPatch, sentence: str, product: str
) -> None:
    # Each ship's prefix, plate, brand's model and listed model searched every span of
    # the article for those over the name: twice the products took four times the searches.
    found = {(mention.surface, mention.kind) for mention in extract_mentions("", sentence * 3)}
    assert (product, "product") in found
    few, many = (
        _calls(monkeypatch, "overlaps", sentence * count, linking._Span) for count in (100, 200)
    )
    assert many <= 2 * few + 10, (few, many)


def profiled(body: str, counts: Callable[[FrameType, str], bool]) -> int:
    """How many of the profiler's events (a frame and ``call``, ``c_call``, ...) that
    ``counts`` says count ``extract_mentions`` over ``body`` gives."""
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if counts(frame, event):
            count += 1

    sys.setprofile(profile)
    try:
        extract_mentions("", body)
    finally:
        sys.setprofile(None)
    return count


def _frames(name: str, body: str) -> int:
    """How many frames of code named ``name`` in ``linking`` (``<genexpr>``: the scans in
    ``any(...)`` and the like) ``extract_mentions`` over ``body`` runs."""
    return profiled(
        body,
        lambda frame, event: (
            event == "call"
            and frame.f_code.co_name == name
            and frame.f_code.co_filename == linking.__file__
        ),
    )


def test_headlines_linked_in_the_body_cost_work_linear_in_them() -> None:
    # Each sentence, and each person, was checked against every ``BACA JUGA`` line of the
    # article: twice the lines took nearly three times the scans.
    line = "BACA JUGA: Kirana Kini Incar Budi Santoso\n\n"
    few, many = (_frames("<genexpr>", line * count) for count in (100, 200))
    assert many <= 2.1 * few, (few, many)


def test_results_lines_cost_work_linear_in_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each result line looked for its teams' nicknames all through the article: twice the
    # lines of one league's results took four times the looks.
    line = "Denver Nuggets 91 - 100 Boston Celtics\n\n"
    found = {(mention.surface, mention.kind) for mention in extract_mentions("", line * 2)}
    assert ("Denver Nuggets", "organisation") in found
    few, many = (_calls(monkeypatch, "_goes_on_name", line * count) for count in (100, 200))
    assert many <= 2 * few, (few, many)


def test_names_parted_from_known_places_ask_only_the_cues_near_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each place parted from a name asked every organisation cue of the field whether it
    # named what follows: twice the startups took four times the questions.
    unit = "Startup di Asia Tenggara Korimbo tumbuh pesat. Korimbo mengumumkan pendanaan baru. "
    few, many = (_calls(monkeypatch, "_is_name_word_at", unit * count) for count in (50, 100))
    assert many <= 2 * few + 10, (few, many)
