"""Round 24 of the explorer as a new user: keys typed ahead wait for the pane they were
typed for, whichever way it opens, and help names every key each pane answers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.pilot import Pilot
from textual.widgets import Input, OptionList
from warta.search.service import SearchService
from warta.search.workspace import Workspace
from warta.tui.app import WartaApp
from warta.tui.cli import main
from warta.tui.i18n import _
from warta.tui.screens.help import HelpFind, HelpScreen, key_rows
from warta.tui.screens.main import MainScreen
from warta.tui.screens.workspace import SearchHistory
from warta.tui.widgets import routing

from tests.conftest import SEEDS
from tests.test_tui_flows import open_first_result, search, settle
from tests.test_tui_help import screen_text
from tests.test_tui_round19 import _burst
from tests.test_tui_round23 import (
    test_keys_typed_after_enter_in_the_results_move_in_the_reader as enter_end_moves_in_the_reader,
)

SIZE = (80, 24)


@pytest.fixture()
def patient(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys wait as long as what they wait for takes: the outcome does not depend on how
    fast this machine searches."""
    monkeypatch.setattr(routing, "HOLD_LIMIT", 600.0)


# -- musk Down j: the j moves in the results ---------------------------------------------------


@pytest.mark.usefixtures("patient")
async def test_a_query_down_and_j_typed_at_once_move_in_its_results(
    seeds_service: SearchService,
) -> None:
    """``musk`` Down j sent at once: the j went into the query ("muskj")."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        _burst(app, *"musk", "down", "j")
        await settle(pilot)
        assert screen.search_bar.value == "musk"
        assert app.focused is screen.results
        assert screen.results.highlighted == 1


# -- back and forward to the entity view -------------------------------------------------------


async def _type(pilot: Pilot[None], keys: tuple[str, ...], burst: bool) -> None:
    """``keys`` sent at once (``burst``), as tmux or a fast typist over SSH sends them, or
    one by one, each once the screen has caught up."""
    if burst:
        _burst(pilot.app, *keys)  # type: ignore[arg-type]
    else:
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
    await settle(pilot)


async def _back_to_the_entity_view(service: SearchService, burst: bool) -> tuple[int | None, int]:
    """The entity view's highlighted mention after Backspace j j from the article a mention
    opened, typed one by one or sent at once, and where the reader stood."""
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("f4", "enter")
        await settle(pilot)
        listing = screen.entity_view.option_list
        assert app.focused is listing
        await pilot.press("enter")  # the article at the first mention
        await settle(pilot)
        assert app.focused is screen.reader
        await _type(pilot, ("backspace", "j", "j"), burst)
        assert screen.showing_entity and app.focused is listing
        return listing.highlighted, screen.reader.scroll_y


@pytest.mark.usefixtures("patient")
async def test_keys_typed_after_back_move_in_the_entity_view_it_puts_back(
    seeds_service: SearchService,
) -> None:
    """Backspace j j sent at once in the article a mention opened: the j j scrolled the
    article, while the entity view came back where it was."""
    typed = await _back_to_the_entity_view(seeds_service, burst=False)
    assert typed[0] is not None and typed[0] >= 2
    assert await _back_to_the_entity_view(seeds_service, burst=True) == typed


# -- an article whose file changed since indexing ----------------------------------------------


@pytest.fixture()
def changed_service(tmp_path: Path) -> SearchService:
    """The seeds indexed, then every file edited: each article opens with a warning."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    for path in corpus.glob("*.txt"):
        path.write_text(path.read_text("utf-8") + "\nTambahan kalimat baru.\n", "utf-8")
    return service


@pytest.mark.usefixtures("patient")
async def test_keys_typed_after_enter_move_in_an_article_whose_file_changed(
    changed_service: SearchService,
) -> None:
    """Enter End sent at once on a hit whose file changed: the warning that says so let
    End go to the results (their last hit) before the article came."""
    await enter_end_moves_in_the_reader(changed_service)
    changed_service.close()


# -- help names every key each pane answers ----------------------------------------------------


async def test_help_names_every_key_each_pane_answers(seeds_service: SearchService) -> None:
    """Help listed PgUp and PgDn for the results and the reader only, while the sidebar,
    the timeline and the entity view's mentions paged on them too (Textual's own list
    keys, which no section named), and the results moved on Down and Up unsaid."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("t")  # the timeline
        await settle(pilot)
        await pilot.press("escape", "f4", "enter")  # the entity view
        await settle(pilot)
        assert screen.showing_entity
        titles = {
            screen.results: _("Results"),
            screen.reader: _("Reader"),
            screen.timeline: _("Timeline"),
            screen.sidebar: _("Entity sidebar"),
            screen.entity_view.option_list: _("Entity view"),
        }
        sections = {section.title: section for section in screen.help_sections()}
        for pane, title in titles.items():
            named = {
                name.strip()
                for keys, _description in key_rows(sections[title].bindings)
                for bound in keys
                for name in bound.key.split(",")
            }
            answered = set(pane._bindings.key_to_bindings)
            assert answered <= named, (title, answered - named)
            assert {"pageup", "pagedown", "up", "down"} <= named, title


async def _pages(pilot: Pilot[None], listing: OptionList) -> None:
    """PgDn moves ``listing`` down by more than a row, PgUp back where it was."""
    start = listing.highlighted or 0
    await pilot.press("pagedown")
    await settle(pilot)
    assert (listing.highlighted or 0) > start + 1
    await pilot.press("pageup")
    await settle(pilot)
    assert listing.highlighted == start


async def test_page_down_pages_the_sidebar_and_help_says_so(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("f4")
        await settle(pilot)
        sidebar = screen.sidebar
        assert sidebar.option_count > sidebar.scrollable_content_region.height
        await _pages(pilot, sidebar)
        await pilot.press("f1", "slash", *"page")  # help's find: the keys that page
        await settle(pilot)
        shown = screen_text(app)
        section = shown[shown.index(_("Entity sidebar")) : shown.index(_("Entity view"))]
        assert app.get_key_display(Binding("pagedown", "")) in section
        assert app.get_key_display(Binding("pageup", "")) in section


# -- / and the words typed at once in help -----------------------------------------------------


async def test_words_typed_at_once_after_slash_in_help_go_to_its_find_line(
    seeds_service: SearchService,
) -> None:
    """``/page`` sent at once in help (tmux, a fast typist): the find line stayed empty and
    the list took "page" as its keys (g went to its top)."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        _burst(app, "slash", *"page")
        await settle(pilot)
        find = app.screen.query_one(HelpFind)
        assert find.value == "page" and app.focused is find
        shown = screen_text(app)
        assert app.get_key_display(Binding("pagedown", "")) in shown
        assert _("Copy the article's citation") not in shown


# -- Escape in the reader puts the timeline away before going back -----------------------------


async def test_escape_in_the_reader_closes_the_timeline_left_open_before_going_back(
    seeds_service: SearchService,
) -> None:
    """After Enter on a date (read there), Escape in the reader went back to the place
    before, taking the article read with the timeline; as find's marks, the timeline goes
    first."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        document = screen.reader.document
        await pilot.press("t", "j", "enter")
        await settle(pilot)
        timeline = screen.timeline
        assert app.focused is screen.reader and timeline.display
        await pilot.press("escape")
        await settle(pilot)
        assert not timeline.display
        assert app.focused is screen.reader and screen.reader.document is document
        # Now back: to where the reader was before the date read there (round 31: it is a
        # visit), then to the results.
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is screen.reader and screen.reader.spot is None
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is screen.results


# -- a search that found nothing says so where the article would be ------------------------------


async def test_a_search_that_finds_nothing_says_so_in_the_article_pane(
    seeds_service: SearchService,
) -> None:
    """ "zzyzx" found nothing: the line said "0 results" and the pane beside it still said
    "Type a query above", as if nothing had been typed."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "zzyzx")
        assert screen.results.option_count == 0
        assert screen.reader.document is None
        shown = screen_text(app)
        assert "zzyzx" in shown.split("\n", 2)[2]  # below the search bar and the line
        assert _("Type a query above.").split(".")[0] not in shown
        await pilot.press("ctrl+l", *"musk")
        while screen.results.query_text != "musk":  # the search as you type shows its hits
            await pilot.pause()
        await settle(pilot)
        shown = screen_text(app)
        assert screen.results.option_count and "zzyzx" not in shown


# -- warta config alone shows the settings -----------------------------------------------------


def test_config_alone_shows_the_settings_in_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``warta config`` said "usage error: one of the arguments --path --show is required",
    though the command is described as where the settings file is and what is in force."""
    config = tmp_path / "config.toml"
    config.write_text('theme = "nord"\n', "utf-8")
    assert main(["--config", str(config), "config"]) == 0
    alone = capsys.readouterr()
    assert alone.err == ""
    assert main(["--config", str(config), "config", "--show"]) == 0
    assert alone.out == capsys.readouterr().out
    assert alone.out.splitlines()[0] == _("Settings file: {path}").format(path=config)
    assert any(line.split()[:2] == ["theme", "nord"] for line in alone.out.splitlines())


async def test_page_down_pages_a_pick_list_from_its_filter(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """PgDn in the search history's filter did nothing (the line's own paging), and help
    named no paging key for the lists of searches."""
    with Workspace(tmp_path) as workspace:
        for number in range(40):
            workspace.record_search(f"kueri {number}")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, SearchHistory)
        listing = history.option_list
        assert listing.option_count == 40 and isinstance(app.focused, Input)
        await _pages(pilot, listing)


async def test_help_and_words_to_find_typed_at_once_find_them(
    seeds_service: SearchService,
) -> None:
    """``?/page`` sent at once: / ran before help was built, and warta stopped with
    "NoMatches: No nodes match 'HelpFind'"."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        _burst(app, "question_mark", "slash", *"page")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        find = app.screen.query_one(HelpFind)
        assert find.value == "page" and app.focused is find
        await pilot.press("escape", "q")  # every key again, then out of help
        await settle(pilot)
        assert app.screen is screen
