"""Round 22 of the explorer as a new user: the keys typed after one that moves into the
entity sidebar or the timeline move there, ..."""

from __future__ import annotations

from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.widgets.timeline import Timeline

from tests.test_tui_flows import open_first_result, settle
from tests.test_tui_round19 import _burst

# -- keys typed after F4 or t move in the pane they opened ------------------------------------


async def test_keys_typed_after_f4_move_in_the_sidebar(seeds_service: SearchService) -> None:
    """``F4 j j`` sent at once (tmux, a fast typist over SSH) scrolled the reader two
    lines and left the sidebar on its first entity: the focus moved after the j's."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("enter")  # into the reader
        await settle(pilot)
        assert app.focused is screen.reader
        _burst(app, "f4", "j", "j")
        await settle(pilot)
        assert app.focused is screen.sidebar
        first = screen.sidebar.get_option_at_index(0).disabled  # a kind's heading
        assert screen.sidebar.highlighted == (3 if first else 2)


async def test_keys_typed_after_t_move_in_the_timeline(seeds_service: SearchService) -> None:
    """``t j j`` from the sidebar opened the timeline on its first date and moved the
    sidebar two entities down instead."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("f4")
        await settle(pilot)
        before = screen.sidebar.highlighted
        _burst(app, "t", "j", "j")
        await settle(pilot)
        timeline = screen.query_one(Timeline)
        assert app.focused is timeline
        assert timeline.highlighted == 2
        assert screen.sidebar.highlighted == before
