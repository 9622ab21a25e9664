"""A search that runs long never holds the explorer: a new keystroke or Escape abandons
it, ``q`` quits at once, and nothing is left running after the app is gone. ``q`` backs
out of what is open first, as in mutt and newsboat, and quits from the results."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from warta.search.model import SearchResult
from warta.search.paths import bundled_seeds
from warta.search.service import SearchService
from warta.tui.app import WartaApp

from .test_tui_flows import SIZE, open_first_result, search, settle

#: Far longer than any test may take: a search that was not cancelled gives up after this.
GIVE_UP_SECONDS = 60


class EndlessService(SearchService):
    """The real service, except that a query with ``lambat`` scores until it is cancelled
    (like a huge fuzzy query or a snippet over 60,000 matches), polling ``cancelled``;
    with ``deaf`` it ignores that, as a phase that cannot poll would, until ``release``."""

    def __init__(self, corpus: Path, index_dir: Path, deaf: bool = False) -> None:
        super().__init__([corpus], index_dir)
        self.deaf = deaf
        self.started = threading.Event()
        self.saw_cancel = threading.Event()
        self.release = threading.Event()

    def search(self, query: str, *args: Any, **kwargs: Any) -> SearchResult:
        if "lambat" not in query:
            return super().search(query, *args, **kwargs)
        cancelled = kwargs["cancelled"]
        self.started.set()
        # Each wait stands for the work between two polls; a search nobody stops gives up.
        for _ in range(GIVE_UP_SECONDS * 100):
            if not self.deaf and cancelled():
                self.saw_cancel.set()
                return SearchResult(query=query, cancelled=True)
            if self.release.wait(0.01):
                break
        return SearchResult(query=query, error="never cancelled")


async def _wait_until_started(pilot: Any, service: EndlessService) -> None:
    while not service.started.is_set():
        await pilot.pause()


async def _quit_during_an_endless_search(service: EndlessService) -> WartaApp:
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        assert screen.results.has_focus
        screen.results.query_text = "musk lambat"
        await pilot.press("s")  # sorting runs the (now endless) query again
        await _wait_until_started(pilot, service)
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0, "q quits while the search runs"
    return app


async def test_q_quits_during_an_endless_search_and_the_search_is_cancelled(
    seeds_index: Path,
) -> None:
    service = EndlessService(bundled_seeds(), seeds_index)
    await _quit_during_an_endless_search(service)
    assert service.saw_cancel.wait(timeout=GIVE_UP_SECONDS), "the search saw it was cancelled"
    service.close()


async def test_quitting_never_waits_for_a_search_that_cannot_stop(seeds_index: Path) -> None:
    service = EndlessService(bundled_seeds(), seeds_index, deaf=True)
    await _quit_during_an_endless_search(service)
    try:
        # What asyncio.run does once the app is gone, before the process may end: it used
        # to wait for the busy worker thread (the report's 100 % CPU after q).
        await asyncio.wait_for(asyncio.get_running_loop().shutdown_default_executor(), 10)
    finally:
        service.release.set()
    service.close()


async def _start_an_endless_search(pilot: Pilot[None], service: EndlessService) -> None:
    """Type a query in the search bar and wait until its search is running."""
    await settle(pilot)
    await pilot.press("ctrl+l", *"lambat", "enter")
    await _wait_until_started(pilot, service)


async def test_escape_abandons_a_running_search(seeds_index: Path) -> None:
    service = EndlessService(bundled_seeds(), seeds_index)
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        await _start_an_endless_search(pilot, service)
        await pilot.press("escape")
        assert service.saw_cancel.wait(timeout=GIVE_UP_SECONDS), "Escape abandons the search"
        await pilot.pause()
        assert "Search stopped." in str(app.screen.query_one("#status").render())
    service.close()


async def test_typing_on_abandons_a_running_search(seeds_index: Path) -> None:
    service = EndlessService(bundled_seeds(), seeds_index)
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        await _start_an_endless_search(pilot, service)
        # At once, not after the typing pause: the running search answers an old query.
        await pilot.press("x")
        assert service.saw_cancel.wait(timeout=GIVE_UP_SECONDS), "a keystroke abandons it"
    service.close()


async def test_q_backs_out_one_level_at_a_time_and_quits_from_the_results(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        reader = screen.reader
        assert reader.document is not None
        article = reader.document.article.id
        await pilot.press("tab", "enter")  # the entity view of the first mention
        await settle(pilot)
        assert screen.showing_entity
        await pilot.press("q")
        await settle(pilot)
        assert not screen.showing_entity, "q closes the entity view"
        assert reader.document.article.id == article and app.focused is reader
        await pilot.press("t")
        assert app.focused is screen.timeline
        await pilot.press("q")
        assert app.focused is reader, "q closes the timeline"
        await pilot.press("f4", "q")
        assert app.focused is screen.results, "q goes from the entity sidebar to the results"
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is reader
        await pilot.press("q")
        await settle(pilot)
        assert app.focused is screen.results, "q goes from the reader to the results"
        assert app.is_running
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0, "q in the results quits"


async def test_ctrl_q_quits_at_once_from_the_entity_view(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert screen.showing_entity
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0


async def test_q_after_a_search_that_found_nothing_goes_to_the_results_before_quitting(
    seeds_service: SearchService,
) -> None:
    """q in the reader, emptied by the search (round 27: the article read before no
    longer stays), goes up to the (empty) results as anywhere else, rather than
    quitting from the reader."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("ctrl+l", *"xyzzyq", "enter")
        await settle(pilot)
        assert screen.results.option_count == 0 and screen.reader.document is None
        await pilot.press("escape")  # from the search bar with nothing found: the reader
        assert app.focused is screen.reader
        await pilot.press("q")
        await pilot.pause()
        assert app.focused is screen.results and app.is_running
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0


@pytest.mark.parametrize("key", ["q", "escape", "t"])
async def test_the_timeline_closes_back_to_where_it_was_opened(
    seeds_service: SearchService, key: str
) -> None:
    """Opened from the results, closing it goes back to the results, not into the reader
    (so q then quits, as from the results)."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")  # the first hit is previewed
        await pilot.press("t")
        assert app.focused is screen.timeline
        await pilot.press(key)
        await pilot.pause()
        assert app.focused is screen.results
        await pilot.press("f4", "t")
        assert app.focused is screen.timeline
        await pilot.press(key)
        await pilot.pause()
        assert app.focused is screen.sidebar
