"""Round 32 of the explorer as a new user: a saved search deleted from the J list can be
put back, a timeline left open by a date read there closes on Back, and the leftovers of
the keymap and of NO_COLOR."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.geometry import Region
from textual.pilot import Pilot
from warta.search.service import SearchService
from warta.search.workspace import FILE_NAME, Workspace
from warta.tui.app import WartaApp

from tests.test_tui_flows import SIZE, open_first_result, search, settle
from tests.test_tui_round31 import _app_with_saved, _listed
from tests.test_tui_workspace import notices, saved_list

# -- undoing the delete of a saved search ------------------------------------------------------


def _stored(data: Path) -> list[tuple[object, ...]]:
    """Every saved search as the workspace file holds it, with the ids it has seen."""
    with sqlite3.connect(data / FILE_NAME) as db:
        searches = db.execute("SELECT * FROM saved_searches ORDER BY name").fetchall()
        seen = db.execute("SELECT * FROM saved_seen ORDER BY name, article_id").fetchall()
    return [*searches, *seen]


@pytest.mark.parametrize(
    ("delete", "undo"),
    [(("ctrl+delete",), ("ctrl+z",)), (("tab", "d"), ("u",))],
    ids=["filter", "list"],
)
async def test_a_deleted_saved_search_is_put_back_as_it_was(
    seeds_service: SearchService,
    tmp_path: Path,
    delete: tuple[str, ...],
    undo: tuple[str, ...],
) -> None:
    """Ctrl+Delete (d in the list) deleted a saved search at once, with no way back but to
    search its query and save it again under its name (and its count of new articles
    started over). Ctrl+Z (u in the list) right after puts it back as it was: its name,
    query, place in the list, times and the articles it had seen; the notice says the key."""
    saved = {"banjir": "banjir jakarta", "mobil": "musk tesla", "zebra": "openai"}
    app = _app_with_saved(seeds_service, tmp_path, saved)
    with Workspace(tmp_path) as workspace:
        workspace.mark_opened("mobil", ["000", "001"])
    before = _stored(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        listing = await saved_list(app, pilot)
        await pilot.press("down")  # mobil
        await settle(pilot)
        await pilot.press(*delete)
        await settle(pilot)
        assert _listed(listing) == ["banjir", "zebra"]
        said = [text for _severity, text in notices(app)]
        assert any("mobil" in text and "puts it back" in text for text in said), said
        await pilot.press(*undo)
        await settle(pilot)
        assert app.screen is listing
        assert _listed(listing) == ["banjir", "mobil", "zebra"]
        highlighted = listing.option_list.highlighted_option
        assert highlighted is not None and highlighted.id == "mobil"
        await pilot.press(*undo)  # once: nothing more to put back, nothing else undone
        await settle(pilot)
        assert app.screen is listing
    assert _stored(tmp_path) == before


def test_a_search_saved_under_the_name_since_is_not_replaced_by_the_undo(
    tmp_path: Path,
) -> None:
    """Undo never overwrites: a search saved under the deleted one's name since stays."""
    with Workspace(tmp_path) as workspace:
        workspace.save_search("mobil", "musk tesla", [])
        forgotten = workspace.forget_search("mobil")
        assert forgotten is not None and forgotten.query == "musk tesla"
        workspace.save_search("mobil", "mobil listrik", [])
        assert not workspace.restore_search(forgotten)
        assert [(s.name, s.query) for s in workspace.saved_searches()] == [
            ("mobil", "mobil listrik")
        ]


# -- Back from a date read in the timeline ---------------------------------------------------


async def test_back_from_a_date_read_in_the_timeline_closes_the_timeline(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """t, j j, Enter (read there), then Backspace put the reader back where it was, but
    the timeline stayed open under it, as if Back had been to a place with it open. Back
    (and Forward) show the place as it was: the reader, no timeline, the focus there."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        timeline = screen.timeline
        await pilot.press("t", "j", "j", "enter")
        await settle(pilot)
        assert timeline.has_class("-open")
        await pilot.press("backspace")
        await settle(pilot)
        assert not timeline.has_class("-open")
        assert app.focused is screen.reader
        await pilot.press("alt+right")
        await settle(pilot)
        assert not timeline.has_class("-open")
        await pilot.press("t")  # it opens again as ever
        await settle(pilot)
        assert timeline.has_class("-open") and app.focused is timeline


# -- NO_COLOR: every highlight without colour --------------------------------------------------


def _drawn(app: WartaApp) -> list[list[Segment]]:
    """The screen's rows as they reach the terminal: through the app's filters (NO_COLOR's
    greys)."""
    rows = []
    for strip in app.screen._compositor.render_strips():
        segments = list(strip)
        for line_filter in app._filters:
            segments = line_filter.apply(segments, Color(0, 0, 0))
        rows.append(segments)
    return rows


def _look(segment: Segment) -> tuple[bool, bool, bool, bool, bool]:
    """How a segment stands out without colour: bold, italic, underline, reverse, and
    whether it is drawn light on dark or (as reverse video) dark on light."""
    style = segment.style or Style()
    ink = style.color.get_truecolor()[0] if style.color else 255
    paper = style.bgcolor.get_truecolor()[0] if style.bgcolor else 0
    flags = (style.bold, style.italic, style.underline, style.reverse)
    return (*map(bool, flags), paper > ink)


def _looks_of(app: WartaApp, word: str, within: Region | None = None) -> list[tuple[bool, ...]]:
    """The look of every drawn segment that holds ``word`` (inside ``within``, if given)."""
    looks = []
    for y, segments in enumerate(_drawn(app)):
        x = 0
        for segment in segments:
            inside = within is None or within.contains(x, y)
            if word in segment.text and inside:
                looks.append(_look(segment))
            x += segment.cell_length
    return looks


async def test_without_colour_a_query_match_in_the_title_stands_out(
    seeds_service: SearchService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A query match was bold on a coloured background: in the title, which is bold, it
    looked as the words around it once the colour went. It is italic too (not reversed:
    reverse marks the selected mention, and a match inside it keeps that look)."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "hubungan")
        document = screen.reader.document
        assert document is not None and document.article.title.startswith("Hubungan")
        (match,) = _looks_of(app, "Hubungan", screen.reader.region)
        (rest, *_below) = _looks_of(app, "dengan", screen.reader.region)
        assert match != rest and rest[0], (match, rest)
        await pilot.press("tab")  # the title's first mention: Sam Altman, selected
        await settle(pilot)
        (current,) = _looks_of(app, "Sam Altman", screen.reader.region)
        assert current[3] and current != match


async def test_without_colour_a_lists_highlighted_row_is_in_reverse_video(
    seeds_service: SearchService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the J list (and every list) with the focus in its filter, the row Enter takes
    was a shade of grey from the others without colour: nothing told which one it was.
    It is drawn dark on light, as reverse video."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = _app_with_saved(seeds_service, tmp_path, {"alpha": "musk", "beta": "altman"})
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        listing = await saved_list(app, pilot)
        assert listing.option_list.highlighted == 0
        (highlighted,) = {look[4] for look in _looks_of(app, "alpha")}
        (other,) = {look[4] for look in _looks_of(app, "beta")}
        assert highlighted and not other
        await pilot.press("down")
        await settle(pilot)
        assert {look[4] for look in _looks_of(app, "beta")} == {True}


# -- a key the user binds to two things at once ------------------------------------------------


@pytest.mark.parametrize(
    ("keys", "said"),
    [
        (
            '"warta.screen.timeline" = "n"',
            "keys.warta.screen.timeline and keys.warta.reader.find_next both use n; "
            "only one would work",
        ),
        (
            '"warta.app.suspend" = "ctrl+b"',
            "keys.warta.app.suspend and keys.warta.coverage.period both use ctrl+b; "
            "only one would work",
        ),
    ],
    ids=["screen-and-reader", "app-and-dialog"],
)
def test_a_key_bound_where_another_answers_first_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, keys: str, said: str
) -> None:
    """The clash check compared keys within one help section only: the timeline on ``n``
    (an "Everywhere" key) was taken, and never opened from the reader, where ``n`` finds
    the next match first. Keys of the screen (or, in a dialog, of the app) and those of
    the part the focus is in answer at the same time: one line says which two clash."""
    from tests.test_hostile_round6 import _cli

    settings = tmp_path / "config.toml"
    settings.write_text(f"[keys]\n{keys}\n")
    code, out, err = _cli(capsys, "--config", str(settings))
    assert (code, out, err) == (2, "", f"warta: {settings} line 2: {said}\n")


# -- e and Enter: one action, gated by key --------------------------------------------------------


async def test_e_and_enter_run_one_action_and_only_enter_is_gated_in_an_empty_reader(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``e`` ran an alias of Enter's action (``entity_key``), only so that it passed the
    gate that keeps Enter out of an empty reader's footer. Both keys run the one action;
    the gate is Enter's: in an empty reader the footer has no Enter, e says what to do
    first, and with a mention selected either key opens the entity view."""
    from warta.tui.keys import binding

    e, enter = binding("warta.screen.entity"), binding("warta.reader.entity")
    assert e.action.split("(")[0] == enter.action.removeprefix("screen.") == "open_entity"
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.set_focus(screen.reader)  # type: ignore[attr-defined]
        await settle(pilot)
        footer = {key for key, _binding in screen.active_bindings.items()}
        assert "enter" not in footer and "e" in footer
        await pilot.press("e")
        await settle(pilot)
        assert "Open an article first" in notices(app)[-1][1]
        for key in ("e", "enter"):
            screen = await open_first_result(pilot, "musk")
            await pilot.press("tab", key)
            await settle(pilot)
            assert screen.showing_entity, key
            await pilot.press("backspace")
            await settle(pilot)


# -- Tab in the timeline -----------------------------------------------------------------------


async def test_tab_in_the_timeline_goes_to_the_next_mention_as_the_status_says(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Under the timeline the status line says "Tab: next" (mention); Tab there moved the
    focus to the search bar, and the next letter typed went into the query. It goes into
    the text at the next mention from where the date is shown; the timeline stays open."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("t", "j", "j")
        await settle(pilot)
        assert "Tab" in str(screen.query_one("#reader-status").render())
        top = screen.reader.scroll_y
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is screen.reader
        link = screen.reader.current_link
        assert link is not None and screen.reader.line_of_offset(link.start) >= top
        assert screen.timeline.has_class("-open")
        assert screen.search_bar.value == "musk"


# -- m in the entity view ----------------------------------------------------------------------


async def test_m_in_the_entity_view_lists_articles_like_the_highlighted_mentions(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``m`` in the entity view said "Open an article first", with a mention highlighted
    whose article the view's star, note and tags keys take. It lists the articles like
    that one, as the palette's More like this does there."""
    from warta.tui.screens.views import MoreLikeThis

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab", "enter", "G")  # the entity view's last mention
        await settle(pilot)
        mention = screen.entity_view.highlighted_mention
        assert screen.showing_entity and mention is not None
        assert screen.offers("panes", ("more_like",))
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MoreLikeThis)
        assert app.screen.article == mention.article


# -- the keys on the article with none to act on -------------------------------------------------


async def said(pilot: Pilot[None], key: str) -> list[str]:
    """What pressing ``key`` said: the notices it added, by identity (a notice replaces the
    one shown, ``WartaApp._on_notify``)."""
    notices = pilot.app._notifications
    before = {note.identity for note in notices}
    await pilot.press(key)
    await settle(pilot)
    return [str(note.message) for note in notices if note.identity not in before]


async def test_the_keys_on_the_article_say_what_to_do_first_where_there_is_none(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """o, O, w, C and t with no article open (and o, O, w, C in the entity view) did
    nothing and said nothing: their gate, which keeps them out of the palette there, also
    stopped the keys. Each says what to do first; the palette still leaves them out."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    keys = ("o", "O", "w", "C", "t")

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("escape")  # out of the search bar, where letters are typed
        await settle(pilot)
        for key in keys:
            assert await said(pilot, key) == ["Open an article first."], key
        titles = {command.title for command in app.get_system_commands(screen)}
        assert not {"Copy citation", "Open in pager", "Open in editor", "Timeline"} & titles

        await open_first_result(pilot, "musk")
        await pilot.press("tab", "enter")
        await settle(pilot)
        in_view = "This is the entity view: Enter opens the article at the highlighted mention."
        for key in keys[:-1]:  # t there lists the mentions by date
            assert await said(pilot, key) == [in_view], key
