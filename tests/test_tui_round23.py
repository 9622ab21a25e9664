"""Round 23 of the explorer as a new user: the timeline opened beside the entity sidebar
on an 80-column terminal is wide enough to read."""

from __future__ import annotations

import pytest
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.widgets.panes import READER_CELLS
from warta.tui.widgets.timeline import Timeline

from tests.test_tui_flows import open_first_result, settle

# -- the timeline beside the sidebar keeps a readable width -------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_timeline_beside_the_sidebar_is_wide_enough_to_read(
    seeds_service: SearchService, size: tuple[int, int]
) -> None:
    """At 80x24, F4 then ``t`` left the timeline (and the reader) 22 cells wide between
    the results and the sidebar: its lines said "…pada tahun 2…"."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=size) as pilot:
        screen = await open_first_result(pilot, "musk")
        results_before = screen.results.size.width
        await pilot.press("f4", "t")
        await settle(pilot)
        timeline = screen.query_one(Timeline)
        assert app.focused is timeline
        assert screen.sidebar.display and screen.results.display
        assert timeline.size.width >= READER_CELLS - 2, timeline.size.width
        assert screen.reader.size.width >= READER_CELLS - 2
        if size[0] >= 100:  # room for all three: the results keep their width
            assert screen.results.size.width == results_before
        await pilot.press("escape")  # back to the sidebar, the layout as it was
        await settle(pilot)
        assert app.focused is screen.sidebar
