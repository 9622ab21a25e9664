"""Round 33 of the explorer as a new user: c with nothing open says what to do first, a
search match stepped to keeps a line above it, the timeline's date mark goes with the
timeline, notices leave the reader's status line visible at 80x24, and Shift+Tab in the
timeline goes into the text the other way from Tab."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast, ToastRack
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.main import MainScreen

from tests.test_tui_flows import SIZE, open_first_result, settle
from tests.test_tui_round32 import said


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
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("escape")  # out of the search bar, where letters are typed
        await settle(pilot)
        assert await said(pilot, "c") == ["Open an article first."]
        assert "Quote" not in _footer_keys(screen)
        titles = {command.title for command in app.get_system_commands(screen)}
        assert "Copy quote" not in titles

        await open_first_result(pilot, "musk")
        assert "Quote" in _footer_keys(screen)
        assert await said(pilot, "c") == [
            "Select a mention (Tab) or find text (/) to quote its sentence."
        ]


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


# -- the timeline's date mark --------------------------------------------------------------------


async def test_the_date_mark_goes_when_the_timeline_closes(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """t, j (a date marked in the text), q: the timeline closed, but the date stayed
    marked and the line under the reader still said "date 2 of 4". Closing the timeline
    unmarks it, from the reader as from the results; a figure marked is not the timeline's
    to unmark."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        reader = screen.reader
        for opened_from in (screen.reader, screen.results):
            opened_from.focus()
            await pilot.press("t", "j")
            await settle(pilot)
            assert reader.spot is not None
            assert "(date " in reader.status_line().fit(200).plain
            await pilot.press("q")
            await settle(pilot)
            assert not screen.timeline.has_class("-open")
            assert reader.spot is None, opened_from
            assert "date" not in reader.status_line().fit(200).plain
            assert app.focused is opened_from
        # Read there (Enter), then q in the reader: the date goes with the timeline too.
        await pilot.press("t", "j", "enter")
        await settle(pilot)
        assert app.focused is reader and reader.spot is not None
        await pilot.press("q")
        await settle(pilot)
        assert reader.spot is None


# -- Shift+Tab in the timeline ---------------------------------------------------------------------


async def test_shift_tab_in_the_timeline_goes_to_the_mention_before_the_date(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Tab in the timeline goes into the text at the next mention; Shift+Tab went to the
    pane before with no mention selected (the timeline left open over it). It goes into
    the text the other way: at the last mention before the date shown."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        reader = screen.reader
        assert reader.document is not None
        await pilot.press("t", "j", "j")
        await settle(pilot)
        assert reader.spot is not None
        date = reader.spot[0]
        await pilot.press("shift+tab")
        await settle(pilot)
        assert app.focused is reader
        link = reader.current_link
        assert link is not None and link.start < date
        assert not [other for other in reader.document.links if link.start < other.start < date]
        await pilot.press("q")  # the timeline, still open under the text, closes
        await settle(pilot)
        assert not screen.timeline.has_class("-open") and app.focused is reader


# -- notices at 80x24 -----------------------------------------------------------------------------


async def test_a_notice_leaves_the_readers_status_line_in_sight_at_80x24(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """At 80x24 a notice (three lines: a padded box) covered the line under the reader,
    which says where the user is (the mention selected, date 2 of 4, the match). Notices
    stand above it."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab", "C")  # a mention selected, then a notice
        await settle(pilot)
        status = screen.query_one("#reader-status").region
        toasts = list(screen.get_child_by_type(ToastRack).query(Toast))
        assert toasts
        for toast in toasts:
            assert not toast.region.overlaps(status), (toast.region, status)
        assert screen.reader.current_link is not None
        # A dialog opened over it shows the notice where the main screen does, not twice a
        # row apart (the main screen's shows under the dialog).
        await pilot.press("J")
        await settle(pilot)
        dialog = app.screen
        assert dialog is not screen
        in_dialog = [toast.region for toast in dialog.get_child_by_type(ToastRack).query(Toast)]
        assert in_dialog == [toast.region for toast in toasts]


# -- n and N with no article -------------------------------------------------------------------


async def test_n_with_no_article_open_says_to_open_one(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """n and N in the empty reader said "Press / to find text in the article", where / goes
    to the search bar. They say to open an article first, as the reader's other keys."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is screen.reader
        for key in ("n", "N"):
            assert await said(pilot, key) == ["Open an article first."], key


async def test_brackets_in_the_timeline_go_into_the_text_as_tab_and_shift_tab(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """The line under the reader, with the timeline open, says "Tab or ] selects the
    next"; ] there did nothing. ] and [ go into the text as Tab and Shift+Tab do, as they
    move between mentions in the reader."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        reader = screen.reader
        await pilot.press("t", "j")
        await settle(pilot)
        assert "] selects the next" in reader.status_line().fit(200).plain
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.focused is reader and reader.current_link is not None
        await pilot.press("t", "j")
        await settle(pilot)
        assert reader.spot is not None
        date = reader.spot[0]
        await pilot.press("left_square_bracket")
        await settle(pilot)
        link = reader.current_link
        assert app.focused is reader and link is not None and link.start < date
