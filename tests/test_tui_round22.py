"""Round 22 of the explorer as a new user: the keys typed after one that moves into the
entity sidebar or the timeline move there; the reader of an ``entity:`` search says what
Enter opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.help import HelpScreen
from warta.tui.screens.main import MainScreen
from warta.tui.widgets.article_pane import ReaderStatus
from warta.tui.widgets.timeline import Timeline

from tests.test_tui_flows import open_first_result, search, settle
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


# -- the reader of an entity: search says what Enter opens --------------------------------------


def _reader_status(screen: MainScreen) -> str:
    return str(screen.query_one("#reader-status", ReaderStatus).render())


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_reader_of_an_entity_search_says_enter_opens_the_entity(
    seeds_service: SearchService, size: tuple[int, int]
) -> None:
    """After ``entity:sam_altman`` Enter in the reader lists Sam Altman's mentions, but
    its line said only "2 mentions · Tab or ] selects the next"."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=size) as pilot:
        screen = await open_first_result(pilot, "entity:sam_altman")
        assert screen.reader.current_link is None
        line = _reader_status(screen)
        assert "Enter" in line and "Sam Altman" in line, line


async def test_the_reader_of_a_word_search_has_no_enter_hint(
    seeds_service: SearchService,
) -> None:
    """A search for words names no entity: Enter there asks for a mention, so the line
    does not offer it."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "altman")
        line = _reader_status(screen)
        assert "Tab" in line and "Enter" not in line, line


# -- a query and Down sent at once go into its results --------------------------------------------


async def test_a_query_and_down_typed_at_once_go_into_its_results(
    seeds_service: SearchService,
) -> None:
    """``musk`` and Down sent at once (tmux send-keys, a fast typist over SSH) left the
    focus in the search bar: the edits of "m", "mu", ... came after Down, stopped its
    search and ran another. The ``?`` typed next went into the query as text."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        _burst(app, *"musk", "down")
        await settle(pilot)
        assert app.focused is screen.results
        assert screen.search_bar.value == "musk"
        assert screen.results.option_count
        await pilot.press("question_mark")
        await settle(pilot)
        assert screen.search_bar.value == "musk"
        assert isinstance(app.screen, HelpScreen)


async def test_ctrl_l_and_a_query_typed_at_once_replace_the_query(
    seeds_service: SearchService,
) -> None:
    """Ctrl+L selects the query to type over; sent at once with "altman" (tmux, SSH), it
    ran after the letters, so "altman" was added to the old query and the whole selected:
    "entity:joko_widodojokowi" was searched, and the next letter replaced it all."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press(*"musk")
        await settle(pilot)
        _burst(app, "ctrl+l", *"altman")
        await settle(pilot)
        assert screen.search_bar.value == "altman"
        await pilot.press("s")
        assert screen.search_bar.value == "altmans"


# -- "did you mean" an entity of several words searches that entity -----------------------------


@pytest.mark.parametrize("typed", ["entity:joko_widodox", 'entity:"joko widodox"'])
def test_did_you_mean_an_entity_of_two_words_finds_what_the_entity_does(
    named_two_ways: SearchService, typed: str
) -> None:
    """``entity:joko_widodox`` offered "did you mean: entity:Joko Widodo", which searched
    the entity Joko and the word Widodo: it left out the article that says only Jokowi."""
    suggestion = named_two_ways.search(typed).suggestion
    assert suggestion == 'entity:"Joko Widodo"'
    entity = named_two_ways.entity("joko_widodo")
    assert entity is not None
    expected = named_two_ways.search(entity.query).total
    assert expected == 3
    assert named_two_ways.search(suggestion).total == expected


# -- a second export proposes a free name ------------------------------------------------------


async def test_a_second_export_of_a_search_proposes_a_name_not_taken(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """x twice on one search proposed the file the first x wrote, and Enter then said
    "exists: choose another name": the user had to edit the name to export again."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await search(pilot, "musk")
        for _ in range(2):
            await pilot.press("x")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            await app.workers.wait_for_complete()
            await settle(pilot)
        assert sorted(path.name for path in (tmp_path / "exports").iterdir()) == [
            "warta-musk-2.csv",
            "warta-musk.csv",
        ]
        assert not [n for n in app._notifications if "exists" in str(n.message)]
