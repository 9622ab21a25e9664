"""The workspace in the explorer: stars, tags and saved searches, kept in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList
from warta.search.service import SearchService
from warta.search.workspace import Workspace, result_ids
from warta.tui.app import WartaApp
from warta.tui.screens.workspace import Prompt, SavedSearches, SearchHistory
from warta.tui.widgets import bars
from warta.tui.workspace import STAR

from tests.test_tui_flows import SIZE, open_first_result, search, settle
from tests.test_tui_snapshots import TODAY


def row_text(app: WartaApp, index: int) -> str:
    """What the results list shows for hit ``index``."""
    results = app.screen.query_one("#results", OptionList)
    return str(results.get_option_at_index(index).prompt)


async def saved_list(app: WartaApp, pilot: Pilot[None]) -> SavedSearches:
    """The list of saved searches, opened with J."""
    await pilot.press("J")
    await settle(pilot)
    listing = app.screen
    assert isinstance(listing, SavedSearches)
    return listing


async def test_star_in_the_results_marks_the_row_and_is_kept(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        first = screen.results.hits[0]
        assert not row_text(app, 0).startswith(STAR)

        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert row_text(app, 0).startswith(STAR)
        with Workspace(tmp_path) as workspace:
            assert workspace.starred() == [first.id]

        await pilot.press("exclamation_mark")  # again: the star goes
        await settle(pilot)
        assert not row_text(app, 0).startswith(STAR)
        with Workspace(tmp_path) as workspace:
            assert workspace.starred() == []


async def test_a_star_given_before_shows_in_a_new_search_and_in_the_reader_header(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    first = seeds_service.search("musk", limit=1).hits[0]
    with Workspace(tmp_path) as workspace:
        workspace.star(first.id)
        workspace.tag(first.id, "tesla")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        assert row_text(app, 0).startswith(STAR)
        await pilot.press("enter")
        await settle(pilot)
        header = screen.reader.border_title or ""
        assert STAR in header and "#tesla" in header

        await pilot.press("exclamation_mark")  # unstarred from the reader
        await settle(pilot)
        assert STAR not in (screen.reader.border_title or "")
        assert not row_text(app, 0).startswith(STAR)


async def test_tagging_completes_known_tags_and_minus_removes(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    hits = seeds_service.search("musk", limit=2).hits
    with Workspace(tmp_path) as workspace:
        workspace.tag(hits[1].id, "ekonomi")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        await pilot.press(*"eko", "tab", "space", *"+baru", "enter")
        await settle(pilot)
        with Workspace(tmp_path) as workspace:
            assert workspace.article_tags(hits[0].id) == ["baru", "ekonomi"]

        await pilot.press("l", *"-baru", "enter")
        await settle(pilot)
        with Workspace(tmp_path) as workspace:
            assert workspace.article_tags(hits[0].id) == ["ekonomi"]
        assert app.screen is screen


async def test_a_bad_tag_is_refused_in_the_prompt_and_nothing_is_written(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        await pilot.press("l", *("x" * 70), "enter")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        assert "at most 64" in str(app.screen.query_one("#problem").render())
        await pilot.press("escape")
        await settle(pilot)
        with Workspace(tmp_path) as workspace:
            assert workspace.tags() == []


async def test_save_a_search_then_run_it_from_the_list_with_its_new_count(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        await pilot.press("ctrl+s", *"elon", "enter")
        await settle(pilot)
        with Workspace(tmp_path) as workspace:
            saved = workspace.saved_search("elon")
            assert saved is not None and saved.query == "musk"
            # Pretend it was opened when it showed nothing: every hit is new now.
            workspace.mark_opened("elon", [])
        workspace_ids = result_ids(seeds_service, "musk")

        await pilot.press("ctrl+l", "ctrl+u", *"openai", "enter")
        await settle(pilot)
        listing = await saved_list(app, pilot)
        shown = str(listing.option_list.get_option_at_index(0).prompt)
        assert "elon" in shown and f"{len(workspace_ids)} new" in shown

        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert screen.query_one("#search", Input).value == "musk"
        with Workspace(tmp_path) as workspace:
            assert workspace.new_since_opened("elon", workspace_ids) == 0


async def test_ctrl_s_then_enter_saves_the_search_under_its_query(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """The name prompt was empty: Enter alone said "a name needs at least one visible
    character" and saved nothing. It now proposes the query, selected to type over."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "elon musk")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, Prompt)
        with Workspace(tmp_path) as workspace:
            saved = workspace.saved_search("elon musk")
            assert saved is not None and saved.query == "elon musk"
        # Listed once: "elon musk · 0 new · elon musk" said the query twice.
        listing = await saved_list(app, pilot)
        assert str(listing.option_list.get_option_at_index(0).prompt) == "elon musk · 0 new"


async def test_the_saved_list_filters_as_you_type(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    with Workspace(tmp_path) as workspace:
        workspace.save_search("elon", "musk", [])
        workspace.save_search("ai", "openai", [])
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "musk")
        listing = await saved_list(app, pilot)
        assert listing.option_list.option_count == 2
        await pilot.press(*"open")
        await settle(pilot)
        assert listing.option_list.option_count == 1
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one("#search", Input).value == "openai"


async def test_a_filter_that_matches_no_row_says_so(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """A filter typed past every row left a blank list, as if the list had failed to
    load: it says nothing matches (fzf shows 0/2), and Enter closes nothing by mistake."""
    with Workspace(tmp_path) as workspace:
        workspace.save_search("elon", "musk", [])
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "musk")
        listing = await saved_list(app, pilot)
        await pilot.press(*"elonx")
        await settle(pilot)
        options = listing.option_list
        assert options.option_count == 1
        assert str(options.get_option_at_index(0).prompt) == "Nothing matches “elonx”."
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is listing
        await pilot.press("backspace")
        await settle(pilot)
        assert str(options.get_option_at_index(0).prompt).startswith("elon · ")


async def test_in_a_list_j_k_move_and_q_closes_once_tab_left_the_filter(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """As in the results and the entity view; in the filter the same letters are typed."""
    with Workspace(tmp_path) as workspace:
        workspace.save_search("elon", "musk", [])
        workspace.save_search("ai", "openai", [])
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "musk")
        listing = await saved_list(app, pilot)
        await pilot.press("q")
        assert listing.query_one("#filter", Input).value == "q", "typed in the filter"
        await pilot.press("backspace", "tab")
        assert listing.option_list.has_focus and listing.option_list.highlighted == 0
        await pilot.press("j")
        assert listing.option_list.highlighted == 1
        await pilot.press("k")
        assert listing.option_list.highlighted == 0
        await pilot.press("q")
        await settle(pilot)
        assert app.screen is not listing and app.is_running


async def test_stars_and_tags_work_in_the_explorers_queries(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        second = screen.results.hits[1]
        await pilot.press("j", "exclamation_mark", "l", *"pilihan", "enter")
        await settle(pilot)
        for query in ("is:starred", "tag:pilihan"):
            await pilot.press("ctrl+l", *query, "enter")
            await settle(pilot)
            assert [hit.id for hit in screen.results.hits] == [second.id], query
            assert row_text(app, 0).startswith(STAR)


async def test_history_keeps_the_searches_stopped_at_not_each_keystroke(
    seeds_service: SearchService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bars, "SEARCH_DELAY", 0.001)  # what is typed runs at once
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        # Typed and left to run, never submitted nor entered: not a search stopped at.
        await pilot.press("ctrl+l", *"openai")
        await settle(pilot)
        assert screen.results.query_text == "openai"
        await pilot.press("ctrl+u", *"tesla", "enter")
        await settle(pilot)
        with Workspace(tmp_path) as workspace:
            assert [entry.query for entry in workspace.history()] == ["tesla", "musk"]

        await pilot.press("ctrl+r")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, SearchHistory)
        assert history.option_list.option_count == 2
        # Searched today: at what time ("musk · Dec 5, 2026" for each said nothing apart).
        from babel.dates import format_time

        with Workspace(tmp_path) as workspace:
            when = workspace.history()[1].searched.astimezone()
        shown = str(history.option_list.get_option_at_index(1).prompt)
        assert shown == f"musk · {format_time(when, 'short', locale='en')}"
        await pilot.press(*"mu")
        await settle(pilot)
        assert history.option_list.option_count == 1
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert screen.search_bar.value == "musk"
        assert screen.results.query_text == "musk" and screen.results.hits


def test_saved_searches_snapshot(
    snap_compare: Any, seeds_service: SearchService, tmp_path: Path
) -> None:
    """The saved-searches list at 80x24: names, new counts, queries; one not run yet."""
    with Workspace(tmp_path) as workspace:
        workspace.save_search("elon", "musk", [])
        workspace.save_search("openai", "openai", result_ids(seeds_service, "openai"))
        workspace.save_search("bank sentral", '"bank indonesia" suku bunga', [])

    async def open_saved(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("J")
        await settle(pilot)
        pilot.app.screen.query_one("#filter", Input).cursor_blink = False  # a steady cursor
        await pilot.pause()

    app = WartaApp(seeds_service, initial_query="musk", today=TODAY, data_folder=tmp_path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_saved)


async def test_history_keeps_a_search_whose_result_enter_opened_from_the_search_bar(
    seeds_service: SearchService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bars, "SEARCH_DELAY", 0.001)  # what is typed runs at once
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+l", *"openai")
        await settle(pilot)
        assert (
            app.screen.results.query_text == "openai"
        )  # the results are in: Enter opens the first
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one("#reader").document is not None
        with Workspace(tmp_path) as workspace:
            assert [entry.query for entry in workspace.history()] == ["openai"]


async def test_a_note_is_written_shown_in_the_header_edited_and_removed(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        article = screen.reader.document.article.id
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"cek sumber", "enter")
        await settle(pilot)
        assert "cek sumber" in (screen.reader.border_title or "")

        await pilot.press("a")
        await settle(pilot)
        assert app.screen.query_one("#answer", Input).value == "cek sumber"  # to edit
        await pilot.press("ctrl+u", "enter")  # emptied: the note goes
        await settle(pilot)
        with Workspace(tmp_path) as workspace:
            assert workspace.note(article) is None
        assert screen.reader.border_title is None

        await pilot.press("ctrl+l", *"has:note", "enter")
        await settle(pilot)
        assert screen.results.hits == ()


async def test_x_exports_every_hit_to_the_file_named_in_the_format_of_its_extension(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    target = tmp_path / "hasil.jsonl"
    app = WartaApp(seeds_service, data_folder=tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        await pilot.press("x")
        await settle(pilot)
        assert app.screen.query_one("#answer", Input).value.endswith("warta-musk.csv")
        await pilot.press("ctrl+u", *str(target), "enter")
        await settle(pilot)
        rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
        expected = seeds_service.search("musk", limit=100)
        assert sorted(row["id"] for row in rows) == sorted(hit.id for hit in expected.hits)

        # The same name again is refused in the prompt: nothing is replaced.
        before = target.read_bytes()
        await pilot.press("x", "ctrl+u", *str(target), "enter")
        await settle(pilot)
        assert "exists" in str(app.screen.query_one("#problem").render())
        assert target.read_bytes() == before


def notices(app: WartaApp) -> list[tuple[str, str]]:
    """The notices shown so far: (severity, text)."""
    return [(note.severity, str(note.message)) for note in app._notifications]


async def test_saving_and_exporting_say_what_was_done(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Workers tell the user through the app: the saved name, the rows written."""
    target = tmp_path / "hasil.csv"
    app = WartaApp(seeds_service, data_folder=tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        await pilot.press("ctrl+s", *"elon", "enter")
        await settle(pilot)
        assert ("information", "Saved as elon; J lists the saved searches.") in notices(app)
        await pilot.press("x", "ctrl+u", *str(target), "enter")
        await settle(pilot)
        count = len(seeds_service.search("musk", limit=100).hits)
        done = f"Exported {count} rows to {target.name} in {target.parent}"
        assert ("information", done) in notices(app)


async def test_a_workspace_that_cannot_be_opened_is_said_in_prompts_and_lists(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """A file where the workspace's folder should be: the prompt shows why, the lists and
    the star warn; the search itself still works."""
    blocked = tmp_path / "data"
    blocked.write_text("not a folder\n", "utf-8")
    app = WartaApp(seeds_service, data_folder=blocked)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        assert screen.results.hits
        await pilot.press("l")  # tags
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        assert "cannot use the workspace" in str(app.screen.query_one("#problem").render())
        await pilot.press("escape")
        await pilot.press("J")
        await settle(pilot)
        assert isinstance(app.screen, SavedSearches)
        await pilot.press("escape")
        await settle(pilot)
        for key in ("J", "exclamation_mark"):  # the list, then the star (the same warning)
            app.clear_notifications()
            await pilot.press(key)
            await settle(pilot)
            warnings = [text for severity, text in notices(app) if severity == "warning"]
            assert len(warnings) == 1 and "cannot use the workspace" in warnings[0], key
            await pilot.press("escape")


async def test_x_in_the_entity_view_exports_every_mention_with_its_sentence(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    target = tmp_path / "sebutan.jsonl"
    app = WartaApp(seeds_service, data_folder=tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab", "enter")  # the article's first mention: its entity view
        await settle(pilot)
        entity = screen.entity_view.entity
        assert screen.showing_entity and entity is not None
        await pilot.press("x")
        await settle(pilot)
        assert entity.name in str(app.screen.query_one(".heading").render())
        default = app.screen.query_one("#answer", Input).value
        assert default.endswith(".csv") and "mentions" in Path(default).name
        await pilot.press("ctrl+u", *str(target), "enter")
        await settle(pilot)
        rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    expected = seeds_service.mentions(entity.id, limit=10_000)
    assert len(rows) == len(expected) == entity.mentions
    assert {row["entity"] for row in rows} == {entity.name}
    assert sorted(row["id"] for row in rows) == sorted(mention.article for mention in expected)
    for row in rows:  # the quote is the sentence that names the entity
        assert row["quote"] and any(
            surface.casefold() in row["quote"].casefold()
            for surface in {mention.surface for mention in expected}
        )
