"""The find bar (/) shows what is being found and where the current match is (B7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual._xterm_parser import XTermParser
from textual.pilot import Pilot
from textual.widgets import Input
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.main import MainScreen
from warta.tui.screens.workspace import Prompt, SearchHistory
from warta.tui.text import quotation
from warta.tui.widgets.bars import LINE_CHARS
from warta.tui.widgets.reader import article_citation

from .test_tui_flows import SIZE, open_first_result, settle
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


async def test_n_finds_the_last_text_again_after_escape_and_in_the_next_article(
    seeds_service: SearchService,
) -> None:
    """As in less, the text found is kept: n after Escape (which clears the marks) or in
    another article said "Press / to find text in the article." It now finds it again,
    and the bar shows it as the legend of the marks."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen, expected = await find_openai(pilot, "enter", "escape")
        first = screen.reader.document
        assert first is not None and screen.reader.find_matches == []
        await pilot.press("n")
        await settle(pilot)
        assert app.focused is screen.reader and screen.reader.find_index is not None
        line = find_line(screen_text(app))
        assert line is not None and "openai" in line and f"/{expected}" in line

        await pilot.press("escape", "escape", "j", "tab")  # the next hit, in the reader
        await settle(pilot)
        document = screen.reader.document
        assert document is not None and document.article.id != first.article.id
        assert app.focused is screen.reader and screen.reader.find_matches == []
        await pilot.press("n")
        await settle(pilot)
        count = document.plain.lower().count("openai")
        assert count and len(screen.reader.find_matches) == count
        line = find_line(screen_text(app))
        assert line is not None and "openai" in line and f"/{count}" in line


@pytest.mark.parametrize("keys", [[], ["enter", "n"]])
async def test_c_after_escape_quotes_the_match_the_reader_was_on_as_n_finds_it_again(
    seeds_service: SearchService, keys: list[str]
) -> None:
    """Escape (in the find bar, or after Enter in the reader) clears the marks: n found the
    text again, but c said "Select a mention (Tab) or find text (/)" though the user had.
    As less keeps its pattern, c quotes the match the user was on, marked again."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen, _count = await find_openai(pilot, *keys)
        reader, document = screen.reader, screen.reader.document
        on = reader.find_span
        assert document is not None and on is not None and reader.current_link is None
        await pilot.press("escape")
        assert reader.find_matches == []
        await pilot.press("c")
        await settle(pilot)
        cited = article_citation(document.article)
        assert app.clipboard == quotation(document.sentence(*on), cited)
        assert reader.find_span == on  # marked again: the user sees what was quoted


async def test_c_quotes_what_the_user_pointed_at_last_the_match_or_the_mention(
    seeds_service: SearchService,
) -> None:
    """A mention selected before finding gave way to the match once Escape had cleared
    the marks (the match was what the user last moved to); a mention selected after
    Escape is quoted."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        reader, document = screen.reader, screen.reader.document
        assert document is not None
        await pilot.press("tab")
        await pilot.press("slash", *"openai", "enter", "n")
        on = reader.find_span
        assert on is not None and reader.current_link is not None
        await pilot.press("escape", "c")
        await settle(pilot)
        cited = article_citation(document.article)
        assert app.clipboard == quotation(document.sentence(*on), cited)
        await pilot.press("escape", "tab", "c")  # marks cleared again, a mention selected
        await settle(pilot)
        link = reader.current_link
        assert link is not None and reader.find_span is None
        assert app.clipboard == quotation(document.sentence(link.start, link.end), cited)


async def test_a_long_paste_fills_the_find_bar_and_the_prompts_only_up_to_their_cap(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """A 100 KB paste of escape sequences in the find bar arrived as key presses that each
    searched the article for an ever longer text: the explorer froze for seconds, and the
    tag prompt and the lists' filters took it whole. Each line now stops at its cap, and a
    plain paste is cut there too."""
    hostile = ("musk \x1b]52;c;UEFTVEVE\x07 [bold]x[/bold] " * 400)[:5_000]
    pasted = list(XTermParser().feed(f"\x1b[200~{hostile}\x1b[201~"))
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("slash")
        for event in pasted:
            app.post_message(event)
        await settle(pilot)
        assert len(screen.article.find_bar.input.value) == LINE_CHARS

        await pilot.press("escape", "l")  # the tag prompt
        await settle(pilot)
        prompt = app.screen
        assert isinstance(prompt, Prompt)
        answer = prompt.query_one("#answer", Input)
        answer.post_message(events.Paste("musk " * 20_000))
        await settle(pilot)
        assert len(answer.value) == LINE_CHARS

        await pilot.press("escape", "ctrl+r")  # a list with a filter
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, SearchHistory)
        typed = listing.query_one("#filter", Input)
        typed.post_message(events.Paste("musk " * 20_000))
        await settle(pilot)
        assert len(typed.value) == LINE_CHARS


async def test_at_80x24_the_reader_status_keeps_the_mention_whole_while_finding(
    seeds_service: SearchService,
) -> None:
    """With a mention selected and text found, the status line said the find count again
    after the find bar's (“… 1 of 11 here · found 1 of”, cut at 80 columns): the count is
    the bar's alone, and the mention's line shows whole."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, expected = await find_openai(pilot, "enter", "tab")
        assert screen.reader.current_link is not None and screen.reader.find_index is not None
        shown = screen_text(app)
        assert shown.count(f"/{expected}") == 1  # the find bar's
        status = next(line for line in shown.splitlines() if " here" in line)
        assert status.split(" here")[1].strip(" │") == ""


async def test_c_on_a_match_in_the_source_line_says_so_instead_of_copying_empty_quotes(
    seeds_service: SearchService,
) -> None:
    """/ finds in the line of source, byline and address too, and c on such a match
    copied “” with the citation: nothing of the article's text is there to quote."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        document = screen.reader.document
        assert document is not None and document.plain.lower().count("tombeg") == 1
        await pilot.press("slash", *"tombeg", "enter", "c")
        await settle(pilot)
        assert app.clipboard == ""
        said = [str(note.message) for note in app._notifications]
        assert (
            said[-1]
            == "That match is in the article's details, not its text: C copies its citation."
        )
