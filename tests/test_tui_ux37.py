"""Rough edges in the explorer as a new user meets them at 80x24 (brief ux37)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from textual.widgets import Input
from warta.search.service import SearchService
from warta.search.workspace import Workspace
from warta.tui.app import WartaApp
from warta.tui.screens.workspace import Prompt

from tests.test_tui_dialogs import footer_keys
from tests.test_tui_flows import search, settle
from tests.test_tui_help import screen_text
from tests.test_tui_ux36 import accept_export, export_musk, export_to_home


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own (see ``test_tui_ux36.home``)."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


async def test_a_write_failing_after_the_export_prompt_names_the_file_with_a_tilde(
    seeds_service: SearchService, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The prompt and the notice of a written file say ``~`` for home; the errors of the
    write itself (a full disk, found once the prompt had closed) wrote the full path."""

    def link(source: str, path: str, **_options: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)

    shown = await export_to_home(seeds_service, home, monkeypatch, link)
    reason = os.strerror(errno.ENOSPC)
    assert ("warning", f"cannot write ~/hasil.csv: {reason}") in shown, shown
    assert not (home / "hasil.csv").exists()


async def test_the_tag_prompt_names_tab_where_it_completes_and_the_note_prompt_not(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """The tag prompt's placeholder said "Tab completes" while its footer and the line of
    keys under it named only Enter and Escape. With tags to complete both name Tab; the
    note prompt, which completes nothing, does not."""
    hits = seeds_service.search("musk", limit=2).hits
    with Workspace(tmp_path) as workspace:
        workspace.tag(hits[1].id, "ekonomi")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await search(pilot, "musk")
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        assert footer_keys(app) == sorted(["⏎ Confirm", "tab Complete", "esc Cancel", "f1 Help"])
        hint = str(app.screen.query_one(".hint").render())
        assert hint == "Enter: done · Tab: complete · Escape: cancel"
        await pilot.press(*"eko", "tab")
        assert app.screen.query_one("#answer", Input).value == "ekonomi"
        await pilot.press("escape", "a")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        assert footer_keys(app) == sorted(["⏎ Confirm", "esc Cancel", "f1 Help"])
        assert str(app.screen.query_one(".hint").render()) == "Enter: done · Escape: cancel"


async def test_the_export_notice_at_80_columns_keeps_the_files_name_whole(
    seeds_service: SearchService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A notice is 38 columns wide at 80: "Exported 5 rows to" then the path in the data
    folder cut inside the file's name ("…/warta-musk" and ".csv" on the next line). The
    name comes first, whole, then the folder."""
    monkeypatch.setenv("HOME", str(tmp_path))
    app = WartaApp(seeds_service, data_folder=tmp_path / ".local" / "share" / "warta")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await export_musk(pilot)
        await accept_export(pilot, seeds_service)
        await settle(pilot)
        shown = screen_text(app)
        assert "warta-musk.csv" in shown, shown
        assert "~/.local/share/warta/exports" in shown, shown
