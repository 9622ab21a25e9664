"""Round 33 of the explorer as a new user: c with nothing open says what to do first, a
search match stepped to keeps a line above it, the timeline's date mark goes with the
timeline, notices leave the reader's status line visible at 80x24, and Shift+Tab in the
timeline goes into the text the other way from Tab."""

from __future__ import annotations

from pathlib import Path

from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.main import MainScreen

from tests.test_tui_flows import SIZE, open_first_result, settle


def _footer_keys(screen: MainScreen) -> set[str]:
    """The descriptions the footer shows now."""
    return {
        active.binding.description
        for active in screen.active_bindings.values()
        if active.binding.show and active.enabled
    }


# -- c with nothing open -----------------------------------------------------------------------


async def test_c_with_nothing_open_says_to_open_an_article_first(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """c (copy a quote) with no article open did nothing and said nothing, while o, O, w,
    C and t said what to do first. It says so too; the footer still offers Quote only
    with something to quote, and c in an article still quotes or says how to select."""
    app = WartaApp(seeds_service, data_folder=tmp_path)

    async def said(key: str) -> list[str]:
        before = {note.identity for note in app._notifications}
        await pilot.press(key)
        await settle(pilot)
        return [str(note.message) for note in app._notifications if note.identity not in before]

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("escape")  # out of the search bar, where letters are typed
        await settle(pilot)
        assert await said("c") == ["Open an article first."]
        assert "Quote" not in _footer_keys(screen)
        titles = {command.title for command in app.get_system_commands(screen)}
        assert "Copy quote" not in titles

        await open_first_result(pilot, "musk")
        assert "Quote" in _footer_keys(screen)
        assert await said("c") == ["Select a mention (Tab) or find text (/) to quote its sentence."]


# -- a search match stepped to keeps a line above it -------------------------------------------


async def test_n_to_a_search_match_on_the_top_line_shows_the_line_above_it(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """n before any find steps through the words the search marked; a match on the reader's
    top line was left there, cut from the sentence it ends or begins. The reader scrolls so
    that the match's line and one line above it show."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        reader = screen.reader
        assert reader.document is not None
        matches = [start for start, _end, kind in reader.document.styles if kind == "match"]
        lines = [reader.line_of_offset(start) for start in matches]
        # A match well down the article, alone on its line, put on the top line.
        line = next(
            line for line in lines if line > 5 and lines.count(line) == 1 and line - 1 not in lines
        )
        reader.scroll_to(y=line, animate=False, immediate=True)
        await settle(pilot)
        assert round(reader.scroll_y) == line
        await pilot.press("n")
        await settle(pilot)
        assert reader.spot is not None and reader.line_of_offset(reader.spot[0]) == line
        top = round(reader.scroll_y)
        assert top <= line - 1 and line < top + reader.scrollable_content_region.height
