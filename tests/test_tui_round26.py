"""Round 26 of the explorer as a new user: a keymap that moves a list's letter keys keeps
its arrows, Enter in the note prompt waits for the note it edits, and the rough edges met
on the seeds at 80x24."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static
from warta.search.service import SearchService
from warta.search.workspace import Workspace
from warta.tui import keys
from warta.tui.app import WartaApp
from warta.tui.config import Settings
from warta.tui.screens.workspace import Prompt

from tests.conftest import SEEDS
from tests.test_tui_flows import open_first_result, search, settle
from tests.test_tui_help import screen_text

SIZE = (80, 24)


# -- a keymap that moves j keeps Down ----------------------------------------------------------


async def test_a_keymap_giving_next_another_key_keeps_down_in_the_results(
    seeds_service: SearchService,
) -> None:
    """``"warta.results.next" = "ctrl+n"`` took Down away as well: the list answered
    only Ctrl+N, and help named no arrow. The arrows stay unless their own id moves."""
    settings = Settings(keys={"warta.results.next": "ctrl+n", "warta.reader.down": "ctrl+e"})
    app = WartaApp(seeds_service, settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        assert screen.results.highlighted == 0
        await pilot.press("down")
        await settle(pilot)
        assert screen.results.highlighted == 1
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert screen.results.highlighted == 2
        await pilot.press("j")  # moved to Ctrl+N
        await settle(pilot)
        assert screen.results.highlighted == 2
        await pilot.press("f1", "slash", *"next result")
        await settle(pilot)
        shown = screen_text(app)
        assert "^n" in shown and "↓" in shown


async def test_a_keymap_moving_the_arrow_id_moves_down_too(
    seeds_service: SearchService,
) -> None:
    settings = Settings(keys={"warta.results.next_nav": "ctrl+n"})
    app = WartaApp(seeds_service, settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("down")
        await settle(pilot)
        assert screen.results.highlighted == 0
        await pilot.press("ctrl+n", "j")
        await settle(pilot)
        assert screen.results.highlighted == 2


async def test_a_keymap_giving_a_lists_next_another_key_keeps_down_in_the_search_history(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """The same in the lists of searches: ``"warta.pick.down" = "ctrl+n"`` took Down."""
    from warta.tui.screens.workspace import SearchHistory

    with Workspace(tmp_path) as workspace:
        for number in range(5):
            workspace.record_search(f"kueri {number}")
    settings = Settings(keys={"warta.pick.down": "ctrl+n"})
    app = WartaApp(seeds_service, settings=settings, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, SearchHistory)
        await pilot.press("tab", "down", "ctrl+n")
        await settle(pilot)
        assert history.option_list.highlighted == 2


def test_a_keymap_naming_the_arrow_with_the_letter_is_no_clash() -> None:
    """A keymap written before the arrows had their own ids (``"n,down"``) still works:
    two ids of one move on one key do the same."""
    assert keys.keymap_clash({"warta.results.next": "n,down"}) is None
    assert keys.keymap_clash({"warta.results.next": "k"}) is not None


# -- Enter in the note prompt before the note has loaded ---------------------------------------


@pytest.fixture()
def slow_note(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Reading a note waits, once armed (``set`` on the event it yields releases it)."""
    release = threading.Event()
    armed = threading.Event()
    read = Workspace.note

    def note(self: Workspace, article_id: str) -> str | None:
        if armed.is_set():
            assert release.wait(timeout=60)
        return read(self, article_id)

    monkeypatch.setattr(Workspace, "note", note)
    release.armed = armed  # type: ignore[attr-defined]
    yield release
    release.set()


async def _prompt_open(pilot: Pilot[None]) -> Prompt:
    """The note prompt, once on screen (its load still waiting)."""
    for _ in range(200):
        if isinstance(pilot.app.screen, Prompt) and pilot.app.screen.is_mounted:
            await pilot.pause()
            return pilot.app.screen
        await pilot.pause()
    raise AssertionError("the note prompt did not open")


async def _note_with_a_slow_load(
    service: SearchService, data: Path, release: threading.Event, typed: tuple[str, ...]
) -> tuple[str | None, str, str]:
    """The note stored after ``a`` and ``typed`` pressed before the stored note "cek
    sumber" loaded, with the prompt's line and what it holds (or "" once closed)."""
    app = WartaApp(service, data_folder=data)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        document = screen.reader.document
        assert document is not None
        article = document.article.id
        await pilot.press("a", *"cek sumber", "enter")
        await settle(pilot)
        release.armed.set()  # type: ignore[attr-defined]
        await pilot.press("a")
        prompt = await _prompt_open(pilot)
        await pilot.press(*typed)
        await pilot.pause()
        release.set()
        await settle(pilot)
        line = value = ""
        if app.screen is prompt:
            line = str(prompt.query_one("#info", Static).render())
            value = prompt.query_one("#answer", Input).value
    with Workspace(data) as workspace:
        return workspace.note(article), line, value


async def test_enter_before_the_note_has_loaded_keeps_the_note(
    seeds_service: SearchService, tmp_path: Path, slow_note: threading.Event
) -> None:
    """``a`` Enter before the stored note reached the prompt saved the empty line: the
    note was removed. Enter waits for the note, so it saves it as it was."""
    note, _line, _value = await _note_with_a_slow_load(
        seeds_service, tmp_path, slow_note, ("enter",)
    )
    assert note == "cek sumber"


async def test_text_typed_before_the_note_has_loaded_does_not_replace_it_unseen(
    seeds_service: SearchService, tmp_path: Path, slow_note: threading.Event
) -> None:
    """``a`` then "baru" Enter before the note came replaced "cek sumber" with "baru",
    though the user never saw it. The prompt stays, says what the note is, and keeps the
    text typed; Enter again saves it."""
    note, line, value = await _note_with_a_slow_load(
        seeds_service, tmp_path, slow_note, (*"baru", "enter")
    )
    assert note == "cek sumber"
    assert "cek sumber" in line and value == "baru"


# -- help's find knows the footer's words ------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "row"),
    [
        ("sort", "Newest first / most relevant first"),
        ("timeline", "The dates the article mentions, earliest first"),
        ("quote", "Copy the sentence of the selected mention or find match"),
    ],
)
async def test_helps_find_finds_a_key_by_the_word_the_footer_shows(
    seeds_service: SearchService, words: str, row: str
) -> None:
    """The footer says "s Sort" and "c Quote"; ``/sort`` in help said "Nothing matches"
    and ``/timeline`` found only how to close it: a row shows the longer description,
    and find read only that and the keys."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "f1", "slash", *words)
        await settle(pilot)
        shown = screen_text(app)
        assert "Nothing matches" not in shown
        assert row in " ".join(shown.split())


# -- q with the timeline left open under the article -------------------------------------------


async def test_q_in_the_reader_closes_the_timeline_left_open_first(
    seeds_service: SearchService,
) -> None:
    """``t``, Enter on a date (read there: the timeline stays under the article), q: the
    reader went to the results with the timeline still open, and the next q quit warta
    with it shown. As Escape does, q puts the timeline away first."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("t", "j", "enter")
        await settle(pilot)
        assert app.focused is screen.reader and screen.timeline.has_class("-open")
        await pilot.press("q")
        await settle(pilot)
        assert not screen.timeline.has_class("-open")
        assert app.focused is screen.reader
        await pilot.press("q")
        await settle(pilot)
        assert app.focused is screen.results and app.is_running


# -- a reported quote is not shown or copied as the speaker's words ----------------------------


async def test_a_reported_quote_is_listed_and_copied_without_quotation_marks(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """ "Dia juga mengatakan bahwa Musk sangat peduli …" is the article's account of what
    Altman said; Q listed it as “Musk sangat peduli …” and Ctrl+Y copied it so, as if
    they were his words. It is said to be reported, without quotation marks; a direct
    quote keeps them."""
    from tests.test_tui_quotes import open_quotes
    from tests.test_tui_views import prompt_of

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        kinds = [row.kind for row in listing.rows]
        reported, direct = kinds.index("reported"), kinds.index("direct")
        said = listing.rows[reported].text
        shown = " ".join(prompt_of(listing, reported).split())
        assert "reported: " + said[:20] in shown and "“" + said[:20] not in shown
        assert "“" + listing.rows[direct].text[:20] in prompt_of(listing, direct)
        await pilot.press("tab", *["down"] * reported, "c")
        await settle(pilot)
        assert app.clipboard.startswith(said[:20]) and "“" not in app.clipboard[:5]
        assert "reported speech" in app.clipboard


def test_warta_quotes_prints_a_reported_quote_without_quotation_marks(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    from tests.test_cli import run

    code, out, _ = run(capsys, seeds_index, "quotes", "sam altman")
    lines = " ".join(out.split())
    assert code == 0
    assert "“Musk sangat peduli" not in lines and " Musk sangat peduli" in lines
    assert "“Sebagian besar itu tidak benar" in lines


# -- the empty pane says how to see every article, and what Enter does once hits show ----------


async def test_the_pane_beside_the_results_says_what_to_type_then_what_enter_does(
    seeds_service: SearchService,
) -> None:
    """The explorer opens on an empty list (newsboat and mutt open on every item) and
    nothing said that ``*`` lists every article; once "musk" showed its hits, the pane
    still said "Type a query above"."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        shown = " ".join(screen_text(app).split())
        assert "* for every article" in shown
        await pilot.press(*"musk")
        while screen.results.query_text != "musk":  # the search as you type shows its hits
            await pilot.pause()
        await settle(pilot)
        shown = " ".join(screen_text(app).split())
        assert "Type a query above" not in shown and "Enter opens the first result" in shown
        await pilot.press("ctrl+u", "asterisk", "down")
        await settle(pilot)
        assert screen.results.total == len(list(SEEDS.glob("*.txt")))


# -- Tab from the search bar into the results --------------------------------------------------


async def test_tab_from_the_search_bar_lands_on_the_first_result_that_enter_opens(
    seeds_service: SearchService,
) -> None:
    """Without a "did you mean" Tab moves from the search bar to the results, as Textual
    moves the focus: no row was highlighted, nothing previewed, and Enter (the footer's
    "Open article") did nothing. The first row is highlighted, as Down lands."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press(*"musk")
        while screen.results.query_text != "musk":  # the search as you type shows its hits
            await pilot.pause()
        await settle(pilot)
        assert screen.search_bar.suggestion is None
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is screen.results and screen.results.highlighted == 0
        await pilot.press("enter")
        await settle(pilot)
        document = screen.reader.document
        assert document is not None and document.article.id == screen.results.hits[0].id
        assert app.focused is screen.reader
