"""Round 25 of the explorer as a new user: keys typed after Escape in a line go where
Escape sent the focus, the reader's status line names what ``c`` copies, and help lists
the keys that edit a line."""

from __future__ import annotations

import pytest
from textual import events
from textual.binding import Binding
from textual.widgets import Input
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.i18n import _
from warta.tui.screens.help import HelpFind, HelpScreen
from warta.tui.screens.main import MainScreen
from warta.tui.widgets.article_pane import ReaderStatus

from tests.test_tui_flows import open_first_result, search, settle
from tests.test_tui_help import screen_text
from tests.test_tui_round19 import _burst
from tests.test_tui_round24 import patient  # noqa: F401  (keys wait as long as need be)

SIZE = (80, 24)


# -- Escape q in help's find line ----------------------------------------------------------------


@pytest.mark.usefixtures("patient")
async def test_escape_and_q_sent_at_once_in_helps_find_line_close_help(
    seeds_service: SearchService,
) -> None:
    """``Escape q`` sent at once in help's find line typed the q ("pageq") instead of
    showing every key again and closing help."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        _burst(app, "question_mark", "slash", *"page")
        await settle(pilot)
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        find = help_screen.query_one(HelpFind)
        assert find.value == "page" and app.focused is find
        _burst(app, "escape", "q")
        await settle(pilot)
        assert find.value == ""
        assert app.screen is screen


@pytest.mark.usefixtures("patient")
async def test_escape_and_q_read_as_alt_q_in_helps_find_line_close_help(
    seeds_service: SearchService,
) -> None:
    """ESC and q that reach the terminal together (tmux, a burst over SSH) come as Alt+q:
    the find line typed "pageq"; as vim, they are Escape then q."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("question_mark", "slash", *"page")
        await settle(pilot)
        find = app.screen.query_one(HelpFind)
        app.post_message(events.Key("alt+q", "q"))
        await settle(pilot)
        assert find.value == ""
        assert app.screen is screen
        await pilot.press("ctrl+l")
        await settle(pilot)
        app.post_message(events.Key("alt+j", "j"))  # in the search bar: results, next hit
        await settle(pilot)
        assert screen.search_bar.value == "musk" and screen.results.highlighted == 1


@pytest.mark.usefixtures("patient")
async def test_escape_and_j_sent_at_once_in_the_search_bar_move_in_the_results(
    seeds_service: SearchService,
) -> None:
    """The same in the search bar: ``Escape j`` went "musk" + "j" into the query."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert app.focused is screen.search_bar and screen.results.highlighted == 0
        _burst(app, "end", "escape", "j")
        await settle(pilot)
        assert screen.search_bar.value == "musk"
        assert app.focused is screen.results and screen.results.highlighted == 1


# -- the status line names what c copies -------------------------------------------------------


def document_sentence(screen: MainScreen, start: int, end: int) -> str:
    document = screen.reader.document
    assert document is not None
    return document.sentence(start, end).strip()


def status_text(screen: MainScreen) -> str:
    return screen.query_one(ReaderStatus).line.fit(200).plain


async def test_the_status_line_names_the_find_match_c_copies_not_the_mention_before(
    seeds_service: SearchService,
) -> None:
    """Tab then ``/openai``: c copied the match's sentence while the line under the
    reader still named the mention selected before, as what c would quote; after Escape
    (c quotes the match again) too. Tab with the marks on: c quoted the match still."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        reader = screen.reader
        await pilot.press("tab")
        await settle(pilot)
        link = reader.current_link
        assert link is not None
        name = link.mention.name
        assert name in status_text(screen)
        await pilot.press("slash", *"openai", "enter")
        await settle(pilot)
        span = reader.find_span
        assert span is not None and reader.current_link is link
        assert name not in status_text(screen)
        assert "OpenAI" in status_text(screen) and "c" in status_text(screen).split()
        await pilot.press("tab")  # a mention selected, the marks still on: c quotes it
        await settle(pilot)
        selected = reader.current_link
        on = reader.find_span
        assert selected is not None and on is not None
        assert document_sentence(screen, *on) != document_sentence(
            screen, selected.start, selected.end
        )
        assert selected.mention.name in status_text(screen)
        await pilot.press("c")
        await settle(pilot)
        assert document_sentence(screen, selected.start, selected.end) in app.clipboard
        await pilot.press("n")  # the next match: c quotes it again
        await settle(pilot)
        assert "OpenAI" in status_text(screen)
        await pilot.press("escape")  # the marks cleared: c still quotes the match
        await settle(pilot)
        assert reader.find_span is None
        assert name not in status_text(screen) and "OpenAI" in status_text(screen)
        await pilot.press("tab")  # a mention selected since: c quotes it, the line names it
        await settle(pilot)
        following = reader.current_link
        assert following is not None and following.mention.name in status_text(screen)
        assert "OpenAI" not in status_text(screen) or following.mention.name == "OpenAI"


# -- help lists the keys that edit a line ------------------------------------------------------


def test_help_lists_the_line_editing_keys_textuals_input_answers() -> None:
    """Help named no key to edit the search bar (Ctrl+W, Ctrl+U, Home, …) though every
    line answers them; those it names are the ones Input binds, to what they do."""
    from warta.tui.keys import LINE_EDITING  # new in this round

    bound = {binding.key: binding.action for binding in Binding.make_bindings(Input.BINDINGS)}
    named = {
        name.strip(): binding.action for binding in LINE_EDITING for name in binding.key.split(",")
    }
    for wanted in ("ctrl+w", "ctrl+u", "ctrl+k", "ctrl+a", "ctrl+e", "left", "right"):
        assert wanted in named
    for wanted in ("delete", "home", "end", "ctrl+left", "ctrl+right"):
        assert wanted in named
    assert all(bound.get(name) == action for name, action in named.items())


async def test_help_shows_the_line_editing_keys_in_the_search_bar_section(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "f1", "slash", *"word")
        await settle(pilot)
        shown = screen_text(app)
        assert _("Search bar") in shown
        section = shown[shown.index(_("Search bar")) :]
        assert app.get_key_display(Binding("ctrl+w", "")) in section


async def test_help_finds_a_key_by_the_name_a_keymap_gives_it(seeds_service: SearchService) -> None:
    """Help shows Ctrl+W as "^w", and the README's keymap writes it ``ctrl+w``: ``/ctrl``
    found nothing ("Nothing matches"). The find matches the keys' names too."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("slash", *"ctrl+w")
        await pilot.pause()
        shown = screen_text(app)
        assert "Nothing matches" not in shown
        assert "Delete the word before the cursor" in shown
        assert "Scroll down" not in shown
