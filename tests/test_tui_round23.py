"""Round 23 of the explorer as a new user: the timeline opened beside the entity sidebar
on an 80-column terminal is wide enough to read."""

from __future__ import annotations

import pytest
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.widgets.panes import READER_CELLS
from warta.tui.widgets.timeline import Timeline

from tests.test_tui_flows import open_first_result, search, settle
from tests.test_tui_round19 import _burst

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


# -- keys typed while a view loads go to the view -----------------------------------------------


async def _entity_view_after(service: SearchService, burst: bool) -> tuple[int | None, bool]:
    """The entity view's highlighted mention after Enter j j in the sidebar, typed one by
    one or sent at once, and whether the sidebar stayed where it was."""
    app = WartaApp(service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("f4")
        await settle(pilot)
        before = screen.sidebar.highlighted
        if burst:
            _burst(app, "enter", "j", "j")
        else:
            for key in ("enter", "j", "j"):
                await pilot.press(key)
                await settle(pilot)
        await settle(pilot)
        listing = screen.entity_view.option_list
        assert app.focused is listing
        return listing.highlighted, screen.sidebar.highlighted == before


async def test_keys_typed_after_enter_in_the_sidebar_move_in_the_entity_view(
    seeds_service: SearchService,
) -> None:
    """``Enter j j`` sent at once in the sidebar (tmux, a fast typist over SSH) moved the
    sidebar two entities down: the entity view took the focus only once loaded."""
    typed = await _entity_view_after(seeds_service, burst=False)
    assert typed[0] is not None and typed[0] >= 2
    assert await _entity_view_after(seeds_service, burst=True) == typed


async def test_keys_typed_after_enter_in_the_results_move_in_the_reader(
    seeds_service: SearchService,
) -> None:
    """Enter then End sent at once in the results: End went to the results (their last
    hit) while the article opened at its top."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("down")
        await settle(pilot)
        assert app.focused is screen.results
        first = screen.results.highlighted
        _burst(app, "enter", "end")
        await settle(pilot)
        assert app.focused is screen.reader
        assert screen.results.highlighted == first
        assert screen.reader.scroll_y == screen.reader.max_scroll_y > 0


async def test_keys_typed_after_enter_in_the_entity_view_move_in_the_article(
    seeds_service: SearchService,
) -> None:
    """Enter then End sent at once on a mention: End went to the list of mentions (its
    last one), and the article opened at the first mention."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("f4", "enter")
        await settle(pilot)
        listing = screen.entity_view.option_list
        assert app.focused is listing
        chosen = listing.highlighted
        _burst(app, "enter", "end")
        await settle(pilot)
        assert app.focused is screen.reader
        assert listing.highlighted == chosen
        assert screen.reader.scroll_y == screen.reader.max_scroll_y > 0
