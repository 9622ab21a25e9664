"""The find bar (/) shows what is being found and where the current match is (B7)."""

from __future__ import annotations

from textual.pilot import Pilot
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.main import MainScreen

from .test_tui_flows import SIZE, open_first_result
from .test_tui_help import screen_text


def find_line(shown: str) -> str | None:
    """The find bar's row on screen, None when it is hidden."""
    return next((line for line in shown.splitlines() if "Find:" in line), None)


async def find_openai(pilot: Pilot[None], *then: str) -> tuple[MainScreen, int]:
    """Open the first hit of ``musk``, type ``/openai`` and the keys ``then``; the screen
    and how many times the article says openai."""
    screen = await open_first_result(pilot, "musk")
    document = screen.reader.document
    assert document is not None
    await pilot.press("slash", *"openai", *then)
    await pilot.pause()
    return screen, document.plain.lower().count("openai")


async def test_the_find_bar_shows_the_typed_text_and_the_count(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        _, expected = await find_openai(pilot)
        line = find_line(screen_text(app))
        assert line is not None and "openai" in line and f"/{expected}" in line


async def test_after_enter_the_bar_stays_as_the_legend_of_n_and_n(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen, expected = await find_openai(pilot, "enter", "n")
        assert app.focused is screen.reader
        index = screen.reader.find_index
        assert index is not None
        line = find_line(screen_text(app))
        assert line is not None and "openai" in line and f"{index + 1}/{expected}" in line

        await pilot.press("escape")  # in the reader: clears the marks, and their legend
        await pilot.pause()
        assert screen.reader.find_matches == []
        assert find_line(screen_text(app)) is None
