"""Round 35 of the explorer and the CLI: last round's small leftovers."""

from __future__ import annotations

from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.cli import main

from tests.test_tui_flows import settle
from tests.test_tui_help import screen_text

# -- help's find and the spaces it skips ------------------------------------------------------


async def test_helps_find_skips_spaces_only_between_whole_words(
    seeds_service: SearchService,
) -> None:
    """``/oft`` listed "Start of the line" and every row with "of the": the spaces typed
    apart were skipped between any letters. They are skipped only where the words run
    together are whole ones (``linimasa``, "Lini masa"); inside a word find stays plain."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1", "slash", *"oft")
        await pilot.pause()
        shown = screen_text(app)
        assert "Nothing matches “oft”." in shown, shown
        await pilot.press("backspace", "backspace", "backspace", *"startofthe")
        await pilot.pause()
        shown = screen_text(app)
        assert "Start of the line" in shown and "Nothing matches" not in shown, shown


# -- a saved search's "nothing new" and the code that reads queries --------------------------


def test_an_upgrade_of_the_query_code_counts_saved_searches_again(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    tmp_path: Path,
) -> None:
    """A saved search's "nothing new" held while the index stayed as it was: a warta whose
    queries find other articles on the same index (an upgrade) kept counting 0 until the
    next update. The state names the query code too, so an upgrade counts again."""
    import json

    from warta.search import query
    from warta.search.workspace import Workspace

    from tests.test_hostile_round19 import _common

    # The older warta read "musk" as finding nothing, on this very index.
    monkeypatch.setattr(query, "query_code_version", lambda: "older", raising=False)
    service = SearchService.from_settings([], str(seeds_index))
    with Workspace(tmp_path / "data") as workspace:
        workspace.save_search("musk", "musk", [], service.index_state())
    service.close()
    monkeypatch.undo()
    assert main([*_common(seeds_index, tmp_path / "data"), "saved", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["new"] > 0, listed


# -- the first listing after an upgrade -------------------------------------------------------


def test_warta_saved_counts_within_a_budget_and_goes_on_at_the_next_listing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    tmp_path: Path,
) -> None:
    """After an update or an upgrade every saved search runs once: 2,000 made the first
    ``warta saved`` take 15 s. The table counts for ``SAVED_COUNT_SECONDS`` (at least one
    search) and says how many it left, which the next listing counts; ``--json`` counts
    every one, for a program."""
    import json

    from warta.search import query
    from warta.search.workspace import Workspace, result_ids
    from warta.tui import cli

    from tests.test_hostile_round19 import _common

    common = _common(seeds_index, tmp_path / "data")
    monkeypatch.setattr(query, "query_code_version", lambda: "older", raising=False)
    service = SearchService.from_settings([], str(seeds_index))
    with Workspace(tmp_path / "data") as workspace:
        for name in ("bank", "musk", "tesla"):
            workspace.save_search(name, name, result_ids(service, name), service.index_state())
    service.close()
    monkeypatch.undo()
    monkeypatch.setattr(cli, "SAVED_COUNT_SECONDS", 0.0, raising=False)
    assert main([*common, "saved", "--json"]) == 0
    assert [saved["new"] for saved in json.loads(capsys.readouterr().out)] == [0, 0, 0]
    # --json noted them all: made stale again for the table.
    monkeypatch.setattr(query, "query_code_version", lambda: "newer", raising=False)
    said = []
    for _ in range(3):
        assert main([*common, "saved"]) == 0
        said.append(capsys.readouterr().out)
    assert "2 saved searches not counted yet: warta saved again counts on" in said[0], said[0]
    assert said[0].count("not counted") == 3  # two rows and the line under them
    assert "1 saved search not counted yet" in said[1], said[1]
    assert "not counted" not in said[2], said[2]


# -- a dialog's notices over the open timeline ------------------------------------------------


async def test_a_dialogs_notice_leaves_the_open_timeline_in_sight_at_80x24(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Over the open timeline, a dialog's notices stood at the foot of the screen, on the
    timeline's last rows (Ctrl+S after End: the date selected was hidden). They stand above
    it, as the screen's own do; a dialog over a closed timeline keeps the usual place."""
    from textual.widgets._toast import Toast, ToastRack
    from warta.tui.screens.workspace import Dialog

    from tests.test_tui_flows import open_timeline_at_end

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        _screen, timeline = await open_timeline_at_end(pilot, "musk")
        await pilot.press("ctrl+s")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, Dialog)
        app.notify("Indexed 3 new articles.", markup=False)
        await settle(pilot)
        toasts = [toast.region for toast in dialog.get_child_by_type(ToastRack).query(Toast)]
        assert toasts
        for toast in toasts:
            assert not toast.overlaps(timeline.region), (toast, timeline.region)
        await pilot.press("escape", "escape")  # the dialog, then the timeline
        await settle(pilot)
        assert not timeline.has_class("-open")
        await pilot.press("ctrl+s")
        await settle(pilot)
        rack = app.screen.get_child_by_type(ToastRack)
        assert not rack.styles.inline.has_rule("margin")


# -- a notice's last line ---------------------------------------------------------------------


async def test_a_notice_of_three_lines_shows_its_last_line_at_80x24(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Deleting a saved search said "…; ^z in this list puts" and no more: the notice was
    laid out at half the screen and drawn at half its rack, a column narrower, so a line
    that fitted one went on a third, under the status line. Its width is half the screen's
    in both."""
    from textual.widgets._toast import Toast, ToastRack

    from tests.test_tui_flows import open_first_result

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_first_result(pilot, "musk")
        said = "Deleted the saved search musk (query: musk); ^z in this list puts it back"
        app.notify(said, markup=False)
        await settle(pilot)
        status = screen.query_one("#reader-status").region
        (toast,) = screen.get_child_by_type(ToastRack).query(Toast)
        assert toast.region.bottom <= status.y, (toast.region, status)
        shown = screen_text(app)
        assert "puts it back" in shown, shown


# -- a notice over the find bar ---------------------------------------------------------------


async def test_a_notice_leaves_the_find_bar_in_sight_at_80x24(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``c`` then ``/`` at once: the notice "Quote copied…" stood over the find bar for its
    five seconds, on the text being typed. Notices stand above the open find bar, as above
    the open timeline, and above the status line again once it is closed."""
    from textual.widgets._toast import Toast, ToastRack
    from warta.tui.widgets.bars import FindBar

    from tests.test_tui_flows import open_first_result

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab", "c", "slash", *"altman")
        await settle(pilot)
        bar = screen.query_one(FindBar)
        rack = screen.get_child_by_type(ToastRack)
        toasts = [toast.region for toast in rack.query(Toast)]
        assert toasts and bar.region
        for toast in toasts:
            assert not toast.overlaps(bar.region), (toast, bar.region)
        await pilot.press("escape")
        await settle(pilot)
        assert not bar.display
        status = screen.query_one("#reader-status").region
        for toast in [toast.region for toast in rack.query(Toast)]:
            assert toast.bottom == status.y, (toast, status)
