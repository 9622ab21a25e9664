"""Snapshots of the explorer on the seeds: an article open with a mention selected.

Regenerate with ``pytest tests/test_tui_snapshots.py --snapshot-update`` and look at
every changed SVG before committing it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.pilot import Pilot
from warta.search.service import SearchService
from warta.tui.app import WartaApp

from .test_tui_flows import settle

#: Ages in the reader ("2 years ago") count from this day, not the day the tests run.
TODAY = dt.date(2025, 4, 20)


async def open_and_select(pilot: Pilot[None]) -> None:
    """The initial query's first hit opened, its second mention selected."""
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("tab", "tab")
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_main_screen(snap_compare, seeds_service: SearchService, size: tuple[int, int]) -> None:
    app = WartaApp(seeds_service, initial_query="musk openai", today=TODAY)
    assert snap_compare(app, terminal_size=size, run_before=open_and_select)


def test_main_screen_without_colour(
    snap_compare, seeds_service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = WartaApp(seeds_service, initial_query="musk openai", today=TODAY)
    assert snap_compare(app, terminal_size=(100, 30), run_before=open_and_select)


def test_entity_view(snap_compare, seeds_service: SearchService) -> None:
    async def open_entity_view(pilot: Pilot[None]) -> None:
        await open_and_select(pilot)
        await pilot.press("enter")
        await settle(pilot)

    app = WartaApp(seeds_service, initial_query="musk openai", today=TODAY)
    assert snap_compare(app, terminal_size=(100, 30), run_before=open_entity_view)
