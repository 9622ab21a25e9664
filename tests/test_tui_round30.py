"""Round 30 of the explorer as a new user, in English and Indonesian: the footer cut from
its least used key in every language, help's find by whole words with a count, notices
beside help's text, ``e`` with nothing to show, the entity sidebar at 60 columns, and the
rough edges met at 80x24."""

from __future__ import annotations

from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui.app import WartaApp

from tests.test_tui_flows import open_first_result, settle

SIZE = (80, 24)


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the seeds for the app started in another language."""
    from warta.search.paths import bundled_seeds

    folder = tmp_path_factory.mktemp("round30-index")
    service = SearchService([bundled_seeds()], folder)
    service.update()
    service.close()
    return folder


# -- the footer, cut from its least used key in every language ---------------------------------


def _footer_hints(screen: str, height: int) -> list[str]:
    """The key hints of the footer's line (left of the help key's corner)."""
    line = screen.splitlines()[height - 1]
    return [hint.strip() for hint in line.split("▏")[0].split("  ") if hint.strip()]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_narrow_footer_keeps_the_first_keys_and_cuts_from_the_last(
    index_dir: Path, lang: str
) -> None:
    """At 66 columns in Indonesian the reader's footer showed "c Kutip" (copy a quote)
    where "⌫ Kembali" (Back) did not fit: a key too long was skipped for a shorter one
    after it, so the footer's keys came in another order than in English and a less used
    key stayed while a more used one went. The keys come most used first, and a narrow
    footer leaves out the last ones, in every language."""
    from tests.screens_in_language import run_screens

    (wide,) = run_screens(lang, index_dir, (160, 24), "enter")
    (narrow,) = run_screens(lang, index_dir, (66, 24), "enter")
    every = _footer_hints(wide, 24)
    shown = _footer_hints(narrow, 24)
    assert len(every) >= 6 and 3 <= len(shown) < len(every)
    assert shown == every[: len(shown)], (shown, every)


# -- help's find: whole words first, and how many ----------------------------------------------


async def test_helps_find_prefers_whole_words_and_says_how_many(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``/star`` in help listed "Start of the line" and "Delete to the start of the line"
    beside the three star keys, and never said how many it found. Whole words come first
    (word starts when no whole word matches: ``/sta`` still finds both), and the box's
    title says how many keys are shown."""
    from tests.test_tui_help import screen_text

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f1", "slash", *"star")
        await pilot.pause()
        shown = screen_text(app)
        # Three star keys, and since round 34 the entity sidebar's.
        assert shown.count("Star or unstar") == 4 and "Start of the line" not in shown
        assert "4 keys found" in shown
        await pilot.press("backspace")
        await pilot.pause()
        shown = screen_text(app)
        assert "Start of the line" in shown and "Star or unstar" in shown
        assert "6 keys found" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert "keys found" not in screen_text(app)


# -- notices beside help's text; e with nothing to open ------------------------------------------


async def test_a_notice_in_help_leaves_its_text_uncovered(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """A notice raised while help was open (the index built, a copy made) was drawn over
    the keys' lower right, their descriptions hidden for seconds. Help's box makes room
    for it below."""
    from textual.widgets._toast import Toast
    from warta.tui.screens.help import HelpText

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        app.notify("Indeks diperbarui: 5 artikel ditambahkan, tidak ada yang dilewati")
        await settle(pilot)
        (toast,) = app.screen.query(Toast)
        keys = app.screen.query_one(HelpText)
        assert toast.region.height and not toast.region.overlaps(keys.region)
        assert keys.region.bottom <= toast.region.y < SIZE[1]


async def test_e_with_no_article_open_says_what_to_do_first(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``e`` in the reader before any article was open did nothing and said nothing (Enter
    there is left out of the footer, as it has nothing to open). It says what to do first,
    as in the results; with a mention selected it opens the entity view."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.set_focus(screen.reader)  # type: ignore[attr-defined]
        await pilot.press("e")
        await settle(pilot)
        said = [str(toast.message) for toast in app._notifications]
        assert said and "Open an article first" in said[-1]
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab", "e")
        await settle(pilot)
        assert screen.showing_entity


# -- the entity sidebar at 60 columns -----------------------------------------------------------


async def test_at_60_columns_the_sidebar_takes_the_results_place(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """F3 at 60x20 squeezed the sidebar between the results and the reader in 14 cells:
    "Mark" on one line, "Zuckerberg 2" on the next. Below 80 columns the sidebar takes the
    results' place while it is shown (help says so under F3); q back to the results folds
    it, and a wider screen shows all three."""
    from tests.test_tui_help import screen_text

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("f3")
        await settle(pilot)
        assert screen.sidebar.display and not screen.results.display
        assert "Mark Zuckerberg 2" in screen_text(app)
        assert screen.reader.size.width >= 34
        await pilot.press("q")  # the reader to the results: they come back, the sidebar goes
        await settle(pilot)
        assert screen.results.display and not screen.sidebar.display
        assert app.focused is screen.results
        await pilot.press("f3")
        await settle(pilot)
        await pilot.resize_terminal(90, 24)
        await settle(pilot)
        assert screen.results.display and screen.sidebar.display
        await pilot.press("f1", "slash", *"f3")
        await pilot.pause()
        shown = " ".join(screen_text(app).replace("│", " ").split())
        assert "below 80 columns it takes the results' place" in shown


# -- n before any find goes on to the words searched for ---------------------------------------


async def test_n_before_any_find_goes_to_the_words_searched_for(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """A search for "gugatan" opened its article at the top, the word marked far below,
    and n said "Press / to find text in the article". As ``less -p`` goes on from its
    pattern, n and N before any find go to the next and previous word the search marked,
    and the status line says which."""
    from tests.test_tui_flows import in_view
    from tests.test_tui_help import screen_text

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "gugatan")
        reader = screen.reader
        document = reader.document
        assert document is not None
        marked = [(start, end) for start, end, kind in document.styles if kind == "match"]
        assert len(marked) >= 2 and not in_view(reader, marked[-1][0])
        await pilot.press("n")
        await settle(pilot)
        said = [str(toast.message) for toast in app._notifications]
        assert not any("Press /" in message for message in said)
        first = reader.spot
        assert first in marked and in_view(reader, first[0])  # type: ignore[index]
        assert first == marked[0] and "(search match)" in screen_text(app)
        await pilot.press("N")  # before the first: round to the last, as find does
        await settle(pilot)
        assert reader.spot == marked[-1] and in_view(reader, marked[-1][0])


# -- Enter then a key sent at once in help's find ------------------------------------------------


async def test_keys_typed_after_enter_in_helps_find_scroll_the_keys_found(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``/ctrl Enter G`` sent at once (tmux, a fast typist): the G was typed into the find
    line, which then found nothing ("ctrlG"). Enter moves to the keys found at once, and
    G goes to their end, as after Enter in less's search."""
    from warta.tui.screens.help import HelpFind, HelpText

    from tests.test_tui_round28 import _burst

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1", "slash", *"ctrl")
        await pilot.pause()
        _burst(app, "enter", "G")
        await settle(pilot)
        keys = app.screen.query_one(HelpText)
        assert app.screen.query_one(HelpFind).value == "ctrl"
        assert app.focused is keys and keys.max_scroll_y > 0
        assert keys.scroll_y == keys.max_scroll_y


# -- the palette in the entity view ------------------------------------------------------------


async def test_the_palette_exports_the_entity_views_mentions(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Ctrl+P "export" in the entity view offered only "Export the results" (the search's
    hits), not the view's own x, which writes every mention with its sentence. It is
    offered there, with its key, and only there."""
    from warta.tui.screens.workspace import Prompt

    app = WartaApp(seeds_service, data_folder=tmp_path)

    def offered() -> dict[str, str]:
        return {str(c.title): str(c.help) for c in app.get_system_commands(app.screen)}

    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        assert "Export the mentions" not in offered()
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert screen.showing_entity
        assert offered()["Export the mentions"].endswith("· x")
        await pilot.press("ctrl+p", *"mentions")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        assert "Export every mention of" in str(app.screen.heading)
