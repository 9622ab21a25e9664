"""Round 21 of the explorer as a new user: a count shown while it waits for its move, the
reader of an ``entity:`` search acting on the entity searched, dialog hints that wrap
between their items."""

from __future__ import annotations

from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.i18n import set_language
from warta.tui.screens.help import HelpScreen, HelpText, PendingCount

from tests.test_tui_flows import open_first_result, search, settle
from tests.test_tui_quotes import open_quotes
from tests.test_tui_round19 import _burst

# -- a count typed before a move shows until it is spent ---------------------------------------


async def test_a_count_shows_in_the_footer_until_its_move_or_escape(
    seeds_service: SearchService,
) -> None:
    """``5`` before ``j`` showed nothing anywhere, as if the key had been lost; vim shows
    it in its corner, less on its prompt line."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("enter")  # into the reader
        await settle(pilot)

        def shown() -> str:
            counts = [count for count in screen.query(PendingCount) if count.display]
            return "".join(str(count.render()) for count in counts)

        assert shown() == ""
        await pilot.press("1", "2")
        await settle(pilot)
        assert shown() == "12"
        await pilot.press("j")
        await settle(pilot)
        assert shown() == ""
        await pilot.press("3", "escape")
        await settle(pilot)
        assert shown() == ""


async def test_a_count_shows_on_the_help_box(seeds_service: SearchService) -> None:
    """Help scrolls by a count too, and has no footer: the box's edge shows it. ``4j``
    scrolled help one line, and ``2 space`` one page (Textual's scroll waited for the next
    frame, from where it was)."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one(HelpText)
        await pilot.press("4")
        await settle(pilot)
        assert box.border_subtitle == "4"
        await pilot.press("j")
        await settle(pilot)
        assert not box.border_subtitle and box.scroll_y == 4
        await pilot.press("2", "space")
        await settle(pilot)
        assert box.scroll_y == 4 + 2 * box.scrollable_content_region.height


# -- Enter in the reader of an entity: search opens the entity searched ---------------------------


async def test_enter_in_the_reader_of_an_entity_search_opens_the_entity_searched(
    seeds_service: SearchService,
) -> None:
    """After ``entity:sam_altman``, Enter and e in the reader said "select a mention
    first": the search had said which entity was meant."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_first_result(pilot, "entity:sam_altman")
        assert app.focused is screen.reader and screen.reader.current_link is None
        await pilot.press("enter")
        await settle(pilot)
        assert screen.showing_entity
        entity = screen.entity_view.entity
        assert entity is not None and entity.id == "sam_altman"
        assert not [n for n in app._notifications if "mention" in str(n.message)]
        await pilot.press("backspace")  # back to the article; e does the same
        await settle(pilot)
        assert not screen.showing_entity
        await pilot.press("e")
        await settle(pilot)
        assert screen.showing_entity and screen.entity_view.entity == entity


async def test_enter_in_the_reader_of_a_word_search_still_asks_for_a_mention(
    seeds_service: SearchService,
) -> None:
    """A search for words names no entity: Enter with no mention selected says how to
    select one, as before."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_first_result(pilot, "altman")
        assert app.focused is screen.reader and screen.reader.current_link is None
        await pilot.press("enter")
        await settle(pilot)
        assert not screen.showing_entity
        assert [n for n in app._notifications if "Select a mention first" in str(n.message)]


# -- a dialog's keys wrap between items, never inside one -------------------------------------


@pytest.mark.parametrize("lang", ["en", "id"])
async def test_a_dialogs_key_hint_wraps_between_its_items(
    seeds_service: SearchService, tmp_path: Path, lang: str
) -> None:
    """At 60 columns the quotes list's hint ended a line in "Escape:" and began the next
    with "tutup" (close): a key apart from what it does."""
    set_language(lang)
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        hint = listing.query_one(".hint")
        lines = [hint.render_line(y).text.strip() for y in range(hint.size.height)]
        assert len(lines) > 1, lines  # it does wrap at this width
        items = str(hint.render()).split(" · ")
        for line in lines:
            assert not line.endswith(":") and not line.endswith("·"), lines
            pieces = line.removeprefix("· ").split(" · ")
            assert all(piece in items for piece in pieces), (lines, items)


# -- a burst of keys after / goes to the find bar ------------------------------------------------


async def test_words_typed_right_after_slash_are_found(seeds_service: SearchService) -> None:
    """``/musk`` sent in one go (tmux send-keys, a fast typist over SSH) left the find bar
    empty: the letters reached the reader, as its keys, before the bar had the focus."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "altman")
        assert app.focused is screen.reader
        _burst(app, "slash", *"musk", "enter")
        await settle(pilot)
        assert screen.reader.find_text == "musk" and screen.reader.find_matches
        assert app.focused is screen.reader  # Enter went back to the reader


async def test_words_typed_right_after_slash_in_the_results_are_searched(
    seeds_service: SearchService,
) -> None:
    """From the results, ``/tesla`` in one go: "s" sorted the results and "tesla" never
    reached the search bar."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await search(pilot, "altman")
        assert app.focused is screen.results
        _burst(app, "slash", *"tesla")
        await settle(pilot)
        assert screen.search_bar.value == "tesla" and screen.results.sort == "score"
