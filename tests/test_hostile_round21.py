"""Hostile input, round twenty-one: round twenty's leftovers (a corpus folder given as a
link to nothing or past the system's path limit, an interrupt after an export is done),
then new cases of the workspace, numbers, the environment and two warta at once. Each test
failed before its fix."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from warta.tui import cli
from warta.tui.cli import main

from tests.conftest import SEEDS
from tests.test_hostile_round19 import _common

FIRST = "000_57ce1d9c2516dadd"


# -- 1. the corpus folder as given -----------------------------------------------------------------


@pytest.mark.parametrize("how", ["flag", "variable", "below"])
def test_a_corpus_linked_to_nowhere_is_named_by_its_link(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    how: str,
) -> None:
    """``--corpus berita`` (or ``WARTA_CORPUS``), a symbolic link to a drive not mounted:
    "corpus folder not found: /mnt/arsip/berita", a folder the user never typed. Now the
    line names the link and where it points."""
    link = tmp_path / "berita"
    link.symlink_to(tmp_path / "mnt" / "arsip")
    given = str(link / "2023") if how == "below" else str(link)
    monkeypatch.chdir(tmp_path)
    if how == "variable":
        monkeypatch.setenv("WARTA_CORPUS", given)
        flags = []
    else:
        flags = ["--corpus", given]
    code = main([*flags, "--index-dir", str(tmp_path / "index"), "search", "banjir"])
    err = capsys.readouterr().err
    assert code == 2
    (line,) = err.splitlines()
    assert f"{link} is a symbolic link to {tmp_path / 'mnt' / 'arsip'}" in line, line
    assert not (tmp_path / "mnt").exists()


def test_a_missing_corpus_that_is_no_link_is_still_not_found(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--corpus", str(tmp_path / "tidak-ada"), "search", "banjir"]) == 2
    assert "corpus folder not found" in capsys.readouterr().err


def test_a_corpus_path_past_the_system_limit_says_why(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A corpus folder 4,200 characters deep (past the system's 4,096): "corpus folder not
    found", though the folder is there. Now its reason, "File name too long"."""
    deep = tmp_path.joinpath(*["d" * 200] * 21)
    code = main(["--corpus", str(deep), "--index-dir", str(tmp_path / "i"), "index"])
    (line,) = capsys.readouterr().err.splitlines()
    assert code == 2
    assert line.startswith("warta: cannot use the corpus folder") and "File name too long" in line


# -- 2. an interrupt once the work is done ---------------------------------------------------------


def test_an_interrupt_after_the_command_finished_keeps_its_result(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Ctrl+C (or SIGTERM) just after "Exported 600 rows": the KeyboardInterrupt came in
    ``main``'s last flush, a traceback and exit -2 (130 in a shell) for an export that was
    whole. Now the command's own exit code, and the interrupts ignored until the process
    ends (only the interpreter's exit is left)."""
    import sys

    out = tmp_path / "hasil.csv"
    monkeypatch.setattr(
        sys, "argv", ["warta", *_common(SEEDS.parent / "none", tmp_path), "config", "--path"]
    )
    flushes = iter([KeyboardInterrupt(), None, None, None])

    class Stdout:
        def write(self, text: str) -> int:
            return len(text)

        def flush(self) -> None:
            error = next(flushes, None)
            if error is not None:
                raise error

    monkeypatch.setattr(cli, "_main", lambda _args: (out.write_text("id\n"), 0)[1])
    monkeypatch.setattr(sys, "stdout", Stdout())
    # Every signal main may set ignored, restored after: a later test's child process
    # inherits an ignored signal (the explorer killed by SIGQUIT would never end).
    numbers = [
        signal.SIGINT,
        *(getattr(signal, name) for name in cli.TERMINATION_SIGNALS if hasattr(signal, name)),
    ]
    handlers = {number: signal.getsignal(number) for number in numbers}
    try:
        try:
            code = main()
        except KeyboardInterrupt:
            pytest.fail("the interrupt escaped main: a traceback, and exit -2")
        assert code == 0
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
    assert out.read_text() == "id\n"
    assert "interrupted" not in capsys.readouterr().err


def test_an_interrupt_inside_the_command_is_still_said(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only an interrupt after the command is past: one inside it says "interrupted",
    exit 2, and ``main([...])`` (a test, a caller in Python) leaves Ctrl+C as it was."""

    def interrupted(_args: list[str]) -> int:
        raise KeyboardInterrupt

    before = signal.getsignal(signal.SIGINT)
    monkeypatch.setattr(cli, "_main", interrupted)
    try:
        code = main(["search", "x"])
    except KeyboardInterrupt:
        pytest.fail("the interrupt escaped main")
    assert code == 2
    assert capsys.readouterr().err == "warta: interrupted\n"
    assert signal.getsignal(signal.SIGINT) is before


# -- 3. the workspace edited by hand ---------------------------------------------------------------


def test_a_history_numbered_to_the_largest_integer_still_records(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """A history row another program numbered 2^63-1 (SQLite's largest integer): every
    later search said "cannot use the workspace …: database or disk is full; the search
    is not remembered", on a disk with room, for ever. Now the history is numbered again
    from 1, its order kept, and the search recorded."""
    import sqlite3

    from warta.search.workspace import Workspace

    data = tmp_path / "data"
    with Workspace(data) as workspace:
        workspace.record_search("musk")
    with sqlite3.connect(data / "state.sqlite") as db:
        db.execute(
            "INSERT INTO history (seq, query, searched) VALUES (?, 'akhir', ?)",
            (2**63 - 1, "2026-12-06T10:00:00+00:00"),
        )
    common = _common(seeds_index, data)
    assert main([*common, "search", "tesla", "--json"]) == 0
    assert main([*common, "search", "elon", "--json"]) == 0
    assert "not remembered" not in capsys.readouterr().err
    with Workspace(data) as workspace:
        assert [entry.query for entry in workspace.history()] == ["elon", "tesla", "akhir", "musk"]


async def test_a_note_the_disk_had_no_room_for_is_offered_again(
    monkeypatch: pytest.MonkeyPatch, seeds_service: object, tmp_path: Path
) -> None:
    """``a`` in the explorer, a note typed, Enter, on a full disk (or a workspace another
    program held past the wait): a notice "cannot use the workspace …: No space left on
    device", and the text typed was gone. Now the prompt opens again with it and says
    why; Enter there tries again. (The write fails through its seam, as on a full tmpfs.)"""
    from warta.search.workspace import Workspace
    from warta.tui.app import WartaApp
    from warta.tui.screens import workspace as screens

    from tests.test_hostile_round22 import typed_on_a_full_disk
    from tests.test_tui_flows import SIZE, open_first_result, settle

    app = WartaApp(seeds_service, data_folder=tmp_path)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        article = screen.reader.document.article.id
        await pilot.press("a")
        await settle(pilot)
        await typed_on_a_full_disk(pilot, monkeypatch, (screens, "write_note"), "periksa sumber")
    with Workspace(tmp_path) as workspace:
        assert workspace.note(article) == "periksa sumber"


def test_a_workspace_on_a_disk_mounted_read_only_says_so(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    tmp_path: Path,
) -> None:
    """The data folder on a disk mounted read-only (a live USB, ``mount -o remount,ro``
    after errors): ``tag``, ``star``, ``note`` said "cannot use the workspace …: unable to
    open database file" (SQLite's words, no cause); ``search`` the same before "the search
    is not remembered". Now "Read-only file system". SQLite's refusal and the mount flag
    come through their seams, as a tmpfs remounted read-only gives them."""
    import os
    import sqlite3

    from warta.search import workspace

    def cannot_open(*_args: object, **_options: object) -> sqlite3.Connection:
        error = sqlite3.OperationalError("unable to open database file")
        error.sqlite_errorcode = 14  # SQLITE_CANTOPEN
        raise error

    real_statvfs = os.statvfs

    def read_only(path: object) -> os.statvfs_result:
        found = real_statvfs(path)  # type: ignore[arg-type]
        return os.statvfs_result((*found[:8], found.f_flag | os.ST_RDONLY, found.f_namemax))

    monkeypatch.setattr(workspace, "_connect", cannot_open)
    monkeypatch.setattr(workspace.os, "statvfs", read_only)
    common = _common(seeds_index, tmp_path / "data")
    assert main([*common, "tag", FIRST, "penting"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.endswith(": Read-only file system"), line


def test_a_saved_query_with_bytes_not_utf8_is_saved(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``warta search $'musk\\xff' --save nama`` (a byte from a shell of another encoding
    in the query, not the name): a UnicodeEncodeError traceback from SQLite, nothing
    saved. Now the query is stored cleaned, as the history stores it, and runs by name."""
    import json

    common = _common(seeds_index, tmp_path / "data")
    query = "musk\udcff\udced\udca0\udc80\x1b[31m"  # as Python reads those bytes from argv
    assert main([*common, "search", query, "--save", "nama", "--json"]) == 0
    capsys.readouterr()
    assert main([*common, "saved", "--json"]) == 0
    (saved,) = json.loads(capsys.readouterr().out)
    assert saved["name"] == "nama" and saved["query"] == "musk"
    assert main([*common, "saved", "nama", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 5


@pytest.mark.parametrize("version", ["-1", "0"])
def test_a_schema_version_below_one_is_said_as_such(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path, version: str
) -> None:
    """A workspace whose schema version another program set to -1 or 0: the first
    migration ran again and said "table notes already exists"."""
    import sqlite3

    from warta.search.workspace import Workspace

    data = tmp_path / "data"
    with Workspace(data) as workspace:
        workspace.tag(FIRST, "penting")
    with sqlite3.connect(data / "state.sqlite") as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
    assert main([*_common(seeds_index, data), "tags"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.endswith(f"its schema version {version} is not one warta writes"), line
    with sqlite3.connect(data / "state.sqlite") as db:
        assert db.execute("SELECT tag FROM tags").fetchall() == [("penting",)]
