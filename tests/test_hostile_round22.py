"""Hostile input, round twenty-two: round twenty-one's leftovers (a configured corpus
linked to nowhere, prompts that lost their text, ``warta saved`` parsing every query, two
lines for one unusable workspace), then a fresh pass. Each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from warta.tui.cli import main

from tests.conftest import SEEDS
from tests.test_hostile_round19 import _common

# -- 1. round twenty-one's leftovers ------------------------------------------------------------


def test_a_configured_corpus_linked_to_nowhere_is_named_by_its_link(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``corpus = "/home/me/berita"`` in config.toml, a symbolic link to a drive not
    mounted: "corpus folder not found: /mnt/arsip", a folder the file never names (the
    ``--corpus`` flag named the link). Now the line names the link and where it points."""
    link = tmp_path / "berita"
    link.symlink_to(tmp_path / "mnt" / "arsip")
    config = tmp_path / "config.toml"
    config.write_text(f"corpus = {json.dumps(str(link))}\n", encoding="utf-8")
    flags = ["--config", str(config), "--index-dir", str(tmp_path / "index")]
    assert main([*flags, "search", "banjir"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert f"{link} is a symbolic link to {tmp_path / 'mnt' / 'arsip'}" in line, line
    assert not (tmp_path / "mnt").exists()


def test_a_configured_corpus_through_a_link_is_the_folder_it_points_to(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The file's folders are kept as written now: ``warta config --show`` still shows the
    folder searched, its links followed, as for ``--corpus``."""
    link = tmp_path / "berita"
    link.symlink_to(SEEDS)
    config = tmp_path / "config.toml"
    config.write_text('corpus = "berita"\n', encoding="utf-8")
    assert main(["--config", str(config), "config", "--show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)["settings"]["corpus"]
    assert shown == {"value": [str(SEEDS.resolve())], "source": "config.toml"}


def _full_disk(*_args: object) -> object:
    from warta.search.errors import WartaError

    raise WartaError("cannot use the workspace {path}: {error}", path="x", error="No space")


async def typed_on_a_full_disk(
    pilot: Any, monkeypatch: pytest.MonkeyPatch, write: tuple[object, str], typed: str
) -> None:
    """Type ``typed`` in the prompt open on ``pilot``'s screen and press Enter while its
    ``write`` (an owner and the name of the function that writes) fails as on a full disk:
    the prompt must open again with the text and why; then Enter again, with room."""
    from textual.widgets import Input

    from tests.test_tui_flows import settle

    owner, name = write
    written = getattr(owner, name)
    monkeypatch.setattr(owner, name, _full_disk)
    await pilot.press(*typed, "enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert screen.query_one("#answer", Input).value == typed
    info = str(screen.query_one("#info").render())
    assert "not saved" in info and "No space" in info
    monkeypatch.setattr(owner, name, written)  # room again
    await pilot.press("enter")
    await settle(pilot)


@pytest.mark.parametrize("prompt", ["tags", "saved search"])
async def test_a_prompt_the_disk_had_no_room_for_is_offered_again(
    monkeypatch: pytest.MonkeyPatch, seeds_service: object, tmp_path: Path, prompt: str
) -> None:
    """``l`` (tags) or Ctrl+S (a saved search's name), text typed, Enter, on a full disk:
    a notice, and the text typed was gone (the note prompt opened again with its text).
    Now these prompts do the same: they open again with the text and why; Enter there
    tries again."""
    from warta.search.workspace import Workspace
    from warta.tui.app import WartaApp
    from warta.tui.screens import workspace as screens

    from tests.test_tui_flows import SIZE, search, settle

    app = WartaApp(seeds_service, data_folder=tmp_path)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        await pilot.press("l" if prompt == "tags" else "ctrl+s")
        await settle(pilot)
        if prompt == "tags":
            await typed_on_a_full_disk(pilot, monkeypatch, (screens, "retag"), "penting +sumber")
        else:
            await typed_on_a_full_disk(pilot, monkeypatch, (Workspace, "save_search"), "pilihan")
    with Workspace(tmp_path) as workspace:
        if prompt == "tags":
            assert [tag for tag, _count in workspace.tags()] == ["penting", "sumber"]
        else:
            saved = workspace.saved_search("pilihan")
            assert saved is not None and saved.query == "musk"


def test_tag_with_a_workspace_that_cannot_open_is_one_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``warta search tag:penting`` with a workspace file that is no database: "cannot use
    the workspace …; the search is not remembered", then "tag:, is:starred and has:note
    need your workspace, not open here", two lines for one problem. Now one line: why the
    workspace does not open, and that tag: needs it."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "state.sqlite").write_bytes(b"bukan basis data\n" * 100)
    common = _common(seeds_index, data)
    assert main([*common, "search", "musk", "tag:penting"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "file is not a database" in line and line.endswith("need it"), line
    # A search without tag: still runs, said unremembered once.
    assert main([*common, "search", "musk", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["total"] == 5
    (line,) = captured.err.splitlines()
    assert line.endswith("the search is not remembered"), line


# -- 2. a fresh pass ---------------------------------------------------------------------------


@pytest.mark.parametrize("force", [True, False])
def test_an_export_never_replaces_a_symbolic_link(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path, force: bool
) -> None:
    """``warta export musk -o /dev/stdout --force > hasil.csv`` as root: /dev/stdout is a
    link to the output, a regular file there, so the export was renamed over the link and
    the system's /dev/stdout became a regular file (without ``--force``, "exists; --force
    replaces it" invited it). Now a link is refused in one line, with or without
    ``--force``, and neither it nor what it names is touched."""
    target = tmp_path / "hasil.csv"
    target.write_text("lama\n", encoding="utf-8")
    link = tmp_path / "stdout"
    link.symlink_to(target)
    flags = ["--force"] if force else []
    common = _common(seeds_index, tmp_path / "data")
    assert main([*common, "export", "musk", "-o", str(link), *flags]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line == f"warta: {link} is a symbolic link; an export replaces only a file", line
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "lama\n"


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_a_folder_in_place_of_a_workspace_file_is_named(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path, suffix: str
) -> None:
    """A folder named ``state.sqlite`` (or ``state.sqlite-wal``: a backup restored wrong, a
    sync tool's conflict): "cannot use the workspace …: unable to open database file",
    SQLite's words with no cause. Now the line says which is a folder."""
    data = tmp_path / "data"
    (data / f"state.sqlite{suffix}").mkdir(parents=True)
    assert main([*_common(seeds_index, data), "tags"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    expected = "Is a directory" if not suffix else "state.sqlite-wal: Is a directory"
    assert line.endswith(f"state.sqlite: {expected}"), line


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["unsave", ""], "a name needs"),
        (["unsave", "\u200b "], "a name needs"),
        (["saved", " "], "a name needs"),
        (["untag", "000_57ce1d9c2516dadd", ""], "a tag needs"),
    ],
)
def test_a_blank_name_to_remove_or_run_is_refused(
    capsys: pytest.CaptureFixture[str],
    seeds_index: Path,
    tmp_path: Path,
    command: list[str],
    expected: str,
) -> None:
    """``warta unsave ''`` (a script's unset variable) said "No saved search named" with
    exit 0, naming nothing; ``untag ID ''`` "has no tag". Now refused as ``search --save
    ''`` and ``tag ID ''`` refuse it."""
    assert main([*_common(seeds_index, tmp_path / "data"), *command]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line == f"warta: {expected} at least one visible character", line


def test_a_blank_name_another_program_stored_is_still_removed(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """A saved search named "" by another program is still found, and deleted, by the
    commands that look it up first: only a blank name that finds nothing is refused."""
    import sqlite3

    from warta.search.workspace import Workspace

    data = tmp_path / "data"
    with Workspace(data) as workspace:
        workspace.save_search("biasa", "musk", [])
    with sqlite3.connect(data / "state.sqlite") as db:
        db.execute("UPDATE saved_searches SET name = ''")
    assert main([*_common(seeds_index, data), "unsave", ""]) == 0
    assert capsys.readouterr().err == ""
    with Workspace(data) as workspace:
        assert workspace.saved_searches() == []
