"""Rough edges in the explorer as a new user meets them at 80x24 (brief ux36)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.workspace import Prompt

from tests.test_tui_flows import search, settle
from tests.test_tui_workspace import notices


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, beside its files: with HOME above pytest's
    folders (HOME=/tmp) the prompt wrote them ``~/pytest-of-…``, as it should."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


async def export_musk(pilot: Pilot[None]) -> str:
    """Search ``musk`` and press x: the file the export prompt proposes, as shown."""
    await search(pilot, "musk")
    await pilot.press("x")
    await settle(pilot)
    assert isinstance(pilot.app.screen, Prompt)
    return pilot.app.screen.query_one(Input).value


async def accept_export(pilot: Pilot[None], service: SearchService) -> int:
    """Enter in the export prompt, once written: how many rows ``musk`` exports."""
    await pilot.press("enter")
    await settle(pilot)
    await pilot.app.workers.wait_for_complete()
    await settle(pilot)
    return len(service.search("musk", limit=100).hits)


async def test_export_proposes_a_file_in_the_data_folder_not_where_warta_was_started(
    seeds_service: SearchService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """x proposed ``warta-musk.csv`` in the working folder: wherever the explorer was
    started (the corpus, /), where the file was lost or could not be written. It proposes
    ``exports`` in the user's data folder (``--data-dir``, WARTA_DATA_DIR), made when
    missing, and says in one notice where it wrote."""
    started = tmp_path / "started-here"
    started.mkdir()
    monkeypatch.chdir(started)
    data = tmp_path / "data"
    app = WartaApp(seeds_service, data_folder=data)
    async with app.run_test(size=(80, 24)) as pilot:
        proposed = Path(await export_musk(pilot))
        assert proposed == data / "exports" / "warta-musk.csv"
        count = await accept_export(pilot, seeds_service)
        assert proposed.is_file() and os.listdir(started) == []
        done = f"Exported {count} rows to warta-musk.csv in {proposed.parent}"
        assert ("information", done) in notices(app)


async def test_export_without_a_data_folder_given_uses_warta_data_dir(
    seeds_service: SearchService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder follows WARTA_DATA_DIR as the workspace does (``paths.data_dir``)."""
    monkeypatch.setenv("WARTA_DATA_DIR", str(tmp_path / "chosen"))
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        proposed = Path(await export_musk(pilot))
        assert proposed.parent == tmp_path / "chosen" / "exports"
        await accept_export(pilot, seeds_service)
        assert proposed.is_file()


async def test_export_prompt_cancelled_leaves_no_exports_folder(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """x made ``exports`` in the data folder as soon as the prompt opened: Escape left an
    empty folder the user never asked for. It is made only when a file is written."""
    data = tmp_path / "data"
    app = WartaApp(seeds_service, data_folder=data)
    async with app.run_test(size=(80, 24)) as pilot:
        proposed = Path(await export_musk(pilot))
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, Prompt)
        assert not proposed.parent.exists()


async def test_export_to_another_missing_folder_is_still_refused(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Only warta's own ``exports`` is made on writing: a missing folder the user types is
    refused in the prompt, as before, and nothing is made."""
    app = WartaApp(seeds_service, data_folder=tmp_path / "data")
    async with app.run_test(size=(80, 24)) as pilot:
        await export_musk(pilot)
        pilot.app.screen.query_one(Input).value = str(tmp_path / "nowhere" / "x.csv")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        assert not (tmp_path / "nowhere").exists()


async def test_export_names_a_file_under_home_with_a_tilde(
    seeds_service: SearchService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default data folder is under home: its full path took three lines of the
    notice at 80 columns, the file's name cut in two. ``~`` stands for home, in the
    prompt (which expands it) and in the notice."""
    monkeypatch.setenv("HOME", str(tmp_path))
    app = WartaApp(seeds_service, data_folder=tmp_path / ".local" / "share" / "warta")
    async with app.run_test(size=(80, 24)) as pilot:
        shown = "~/.local/share/warta/exports/warta-musk.csv"
        assert await export_musk(pilot) == shown
        count = await accept_export(pilot, seeds_service)
        assert (tmp_path / shown[2:]).is_file()
        done = f"Exported {count} rows to warta-musk.csv in ~/.local/share/warta/exports"
        assert ("information", done) in notices(app)


async def test_export_refused_in_the_prompt_names_the_folder_with_a_tilde(
    seeds_service: SearchService, home: Path
) -> None:
    """The prompt's own refusals wrote the home folder in full, as its notice no longer
    does: a folder that is not there, a file that is."""
    app = WartaApp(seeds_service, data_folder=home / "warta")
    async with app.run_test(size=(80, 24)) as pilot:
        await export_musk(pilot)
        await pilot.press("ctrl+u", *"~/tiada/hasil.csv", "enter")
        await settle(pilot)
        assert str(app.screen.query_one("#problem").render()) == "there is no folder ~/tiada"
        (home / "ada.csv").write_text("milik pengguna\n", encoding="utf-8")
        await pilot.press("ctrl+u", *"~/ada.csv", "enter")
        await settle(pilot)
        problem = str(app.screen.query_one("#problem").render())
        assert problem == "~/ada.csv exists: choose another name"


async def test_a_file_made_while_exporting_is_refused_without_a_cli_flag(
    seeds_service: SearchService, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file made at the name while the rows were written is kept, and the explorer,
    which replaces no file, said "--force replaces it", a flag of the command line."""
    target = home / "hasil.csv"

    def link(source: str, path: str, **_options: object) -> None:
        Path(path).write_text("milik pengguna\n", encoding="utf-8")
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), path)

    shown = await export_to_home(seeds_service, home, monkeypatch, link)
    assert target.read_text(encoding="utf-8") == "milik pengguna\n"
    assert ("warning", "~/hasil.csv exists: choose another name") in shown


async def export_to_home(
    service: SearchService,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    link: Callable[..., None],
) -> list[tuple[str, str]]:
    """Export ``musk`` to ``~/hasil.csv`` with ``os.link`` (which puts the written file
    in place) replaced by ``link`` once the prompt is open: the notices shown."""
    app = WartaApp(service, data_folder=home / "warta")
    async with app.run_test(size=(80, 24)) as pilot:
        await export_musk(pilot)
        monkeypatch.setattr(os, "link", link)
        await pilot.press("ctrl+u", *"~/hasil.csv")
        await accept_export(pilot, service)
    return notices(app)
