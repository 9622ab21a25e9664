"""Hostile input, round eight: the cases docs/hostile-input.md lists under round eight that
failed, each through the CLI's ``main`` (or the explorer's key check) as a user would meet
it, and each failing before its fix."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from warta.tui.cli import main

from tests.conftest import SEEDS

ALTMAN = "001_6e86bfa91c2c7f27"


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--corpus", str(SEEDS), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def workspace(seeds_index: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A data folder whose workspace has a saved search, a history entry and a note (the
    index folder, then the data folder)."""
    data = tmp_path / "data"
    base = ("--index-dir", str(seeds_index), "--data-dir", str(data))
    assert main(["--corpus", str(SEEDS), *base, "search", "musk", "--save", "s"]) == 0
    assert main(["--corpus", str(SEEDS), *base, "note", ALTMAN, "catatan"]) == 0
    return seeds_index, data


def _edit(data: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Change the workspace file as another program (or a hand with sqlite3) would."""
    with sqlite3.connect(data / "state.sqlite") as db:
        for sql, parameters in statements:
            db.execute(sql, parameters)
    db.close()


def test_a_workspace_whose_times_are_garbage_still_lists_every_row(
    capsys: pytest.CaptureFixture[str], workspace: tuple[Path, Path]
) -> None:
    """A history or saved search whose time is not a time (a file edited by hand) made
    ``history`` and ``saved`` fail with a ValueError traceback; the rows are listed."""
    index, data = workspace
    _edit(
        data,
        ("UPDATE history SET searched = 'garbage'", ()),
        ("UPDATE saved_searches SET opened = ?", (b"\xff",)),
    )
    capsys.readouterr()
    base = ("--index-dir", str(index), "--data-dir", str(data))
    code, out, err = _cli(capsys, *base, "history")
    assert (code, err) == (0, "") and "musk" in out
    code, out, err = _cli(capsys, *base, "saved")
    assert (code, err) == (0, "") and "musk" in out


def test_a_workspace_whose_schema_version_is_not_a_number_fails_in_one_line(
    capsys: pytest.CaptureFixture[str], workspace: tuple[Path, Path]
) -> None:
    index, data = workspace
    _edit(data, ("UPDATE meta SET value = 'abc' WHERE key = 'schema_version'", ()))
    capsys.readouterr()
    code, out, err = _cli(capsys, "--index-dir", str(index), "--data-dir", str(data), "tags")
    assert (code, out) == (2, "")
    assert err == (
        f"warta: cannot use the workspace {data / 'state.sqlite'}: its schema version is "
        "not a number (abc)\n"
    )


@pytest.mark.parametrize("tables", [("places",), ("meta", "places")])
def test_another_programs_database_as_the_workspace_is_left_untouched(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path, tables: tuple[str, ...]
) -> None:
    """A ``state.sqlite`` that warta did not make (a folder of another program's data
    given as ``--data-dir``) got warta's tables added to it, without a word; one with a
    table named ``meta`` of its own too."""
    data = tmp_path / "data"
    data.mkdir()
    _edit(data, *((f"CREATE TABLE {table} (key TEXT, value TEXT)", ()) for table in tables))
    before = (data / "state.sqlite").read_bytes()
    code, out, err = _cli(
        capsys, "--index-dir", str(seeds_index), "--data-dir", str(data), "star", ALTMAN
    )
    assert (code, out) == (2, "")
    assert err == (
        f"warta: {data / 'state.sqlite'} is a database that warta did not make; it is left "
        "as it is: move it away, or give another --data-dir\n"
    )
    assert (data / "state.sqlite").read_bytes() == before


def test_a_huge_note_put_in_the_workspace_by_hand_is_shown_cut_and_clean(
    capsys: pytest.CaptureFixture[str], workspace: tuple[Path, Path]
) -> None:
    """A note is at most 2,000 characters when written through warta; one of 1 MB with
    escape sequences put in the file otherwise was printed whole by ``note`` and ``show``."""
    index, data = workspace
    _edit(data, ("UPDATE notes SET text = ?", ("\x1b]52;c;QUJD\x07catatan " + "n" * 1_000_000,)))
    capsys.readouterr()
    code, out, err = _cli(
        capsys, "--index-dir", str(index), "--data-dir", str(data), "note", ALTMAN
    )
    assert (code, err) == (0, "")
    assert out.startswith("catatan nnn") and "QUJD" not in out and len(out) < 2_100


@pytest.mark.parametrize("option", ["--index-dir", "--data-dir", "--config"])
def test_an_empty_path_flag_is_refused_not_taken_for_the_default(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    tmp_path: Path,
    option: str,
) -> None:
    """``--data-dir "$UNSET"`` in a script meant the default folder: the script's stars
    went into the user's own workspace (``--index-dir ''``: the default index was built
    and used). It is refused as ``--corpus ''`` is; an empty variable still means unset."""
    home = tmp_path / "home"
    for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(variable, str(home / variable))
    monkeypatch.setenv("WARTA_INDEX_DIR", str(seeds_index))
    code, out, err = _cli(capsys, option, "", "star", ALTMAN)
    assert (code, out, err) == (2, "", f"warta: {option} needs a path, not an empty one\n")
    assert not (home / "XDG_DATA_HOME").exists()
    monkeypatch.setenv("WARTA_DATA_DIR", "")
    assert _cli(capsys, "star", ALTMAN)[0] == 0


@pytest.mark.parametrize("command", ["mentions", "quotes"])
def test_a_limit_past_sqlites_integers_lists_everything_not_damage(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, command: str
) -> None:
    """``mentions elon --limit 10**19`` said "the index is damaged (OverflowError); run
    `warta index --rebuild`": a rebuild for a number too large for SQLite."""
    base = ("--index-dir", str(seeds_index), command, "elon", "--json")
    code, small, err = _cli(capsys, *base, "--limit", "1000")
    assert (code, err) == (0, "")
    code, huge, err = _cli(capsys, *base, "--limit", str(10**30))
    assert (code, err, huge) == (0, "", small)


@pytest.mark.parametrize(
    ("keys", "said"),
    [
        (
            '"warta.app.quit" = "ctrl+b"',
            "keys.warta.app.quit and keys.warta.coverage.period both use ctrl+b; "
            "only one would work",
        ),
        (
            '"warta.reader.find" = "ctrl+q"',
            "keys.warta.reader.find and keys.warta.app.quit both use ctrl+q; only one would work",
        ),
        (
            '"warta.app.quit" = "ctrl+m"',
            "keys.warta.app.quit: ctrl+m reaches warta as enter in most terminals; "
            "choose another key",
        ),
    ],
)
def test_a_key_that_another_view_or_the_terminal_takes_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, keys: str, said: str
) -> None:
    """Quit runs before any view's keys: bound to ``ctrl+b`` it closed warta in the
    coverage view, where ``ctrl+b`` changes the period (and find on ``ctrl+q`` never ran).
    Only two keys of one view were compared. Quit on ``ctrl+m`` never ran: a terminal sends
    Enter's byte for it, and Ctrl+C said to press it. Each opened without a word."""
    settings = tmp_path / "config.toml"
    settings.write_text(f"[keys]\n{keys}\n")
    code, out, err = _cli(capsys, "--config", str(settings))
    assert (code, out, err) == (2, "", f"warta: {settings} line 2: {said}\n")


def test_a_tag_with_letters_beyond_ascii_is_found_in_any_case(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``tag:penting`` finds Penting, but ``tag:ékonomi`` did not find Ékonomi, nor
    ``tag:straße`` STRASSE: SQLite folds the case of ASCII letters only."""
    base = ("--index-dir", str(seeds_index), "--data-dir", str(tmp_path / "data"))
    for tag in ("Ékonomi", "STRASSE", "İstanbul"):
        assert _cli(capsys, *base, "tag", ALTMAN, tag)[0] == 0
    for query in ("tag:ékonomi", "tag:ÉKONOMI", "tag:straße", "tag:İSTANBUL"):
        code, out, err = _cli(capsys, *base, "search", query, "--json")
        assert (code, err) == (0, "") and ALTMAN in out, query


def test_a_search_short_of_file_descriptors_is_not_called_damage(seeds_index: Path) -> None:
    """Under ``ulimit -n 10`` a search said "the index is damaged (OSError); run `warta
    index --rebuild`": the system refused a file, the index was whole."""
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (10, 10))\n"
        "from warta.tui.cli import main\n"
        f"sys.exit(main(['--corpus', {str(SEEDS)!r}, '--index-dir', {str(seeds_index)!r},"
        " 'search', 'musk']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "warta: cannot read the index: Too many open files\n"


def test_rows_put_in_the_workspace_past_its_bounds_are_read_within_them(
    capsys: pytest.CaptureFixture[str], workspace: tuple[Path, Path]
) -> None:
    """The history keeps 500 queries of at most 1,000 characters, but read every row the
    file held: a million put there by another program cost ``history`` 1.3 GB and 9 s,
    and a saved search's 1 MB query was printed whole by ``saved``."""
    from warta.search.query import MAX_QUERY_CHARS
    from warta.search.workspace import HISTORY_LIMIT

    index, data = workspace
    rows = [(f"kata{number}", "2024-01-01T00:00:00+00:00") for number in range(HISTORY_LIMIT * 3)]
    with sqlite3.connect(data / "state.sqlite") as db:
        db.executemany("INSERT INTO history (query, searched) VALUES (?, ?)", rows)
        db.execute("UPDATE saved_searches SET query = ?", ("musk " * 200_000,))
    db.close()
    capsys.readouterr()
    base = ("--index-dir", str(index), "--data-dir", str(data))
    code, out, err = _cli(capsys, *base, "history", "--json", "--limit", "100000")
    assert (code, err) == (0, "") and out.count('"query"') == HISTORY_LIMIT
    code, out, err = _cli(capsys, *base, "saved", "--json")
    assert code == 0 and len(out) < 2 * MAX_QUERY_CHARS
    assert err == "warta: saved search s: the query is too long (at most 1000 characters)\n"
    code, out, err = _cli(capsys, *base, "saved", "s")
    assert (code, out) == (2, "") and "too long" in err


def test_a_write_the_disk_has_no_room_for_is_one_error_and_loses_nothing(tmp_path: Path) -> None:
    """A note, tag or star whose commit found the disk full raised sqlite3's
    OperationalError, a traceback in every command (the disk filling after the workspace
    was opened). SQLite's page limit makes the same failure here, without a disk."""
    from warta.search.errors import WartaError
    from warta.search.workspace import Workspace

    with Workspace(tmp_path) as workspace:
        workspace.star(ALTMAN)
        [(pages,)] = workspace._db.execute("PRAGMA page_count").fetchall()
        workspace._db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(WartaError, match="database or disk is full"):
            for number in range(100):
                workspace.set_note(f"artikel{number}", "catatan " * 200)
        workspace._db.execute("PRAGMA max_page_count = 1000000")
        assert workspace.starred() == [ALTMAN]
        workspace.tag(ALTMAN, "penting")
        assert workspace.tagged("penting") == [ALTMAN]


def test_a_workspace_on_a_full_disk_is_read_and_says_why_it_cannot_write(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """On a full disk the workspace could not even be opened (WAL mode needs room for its
    -shm file): ``show`` printed the article without its star and tags, and
    ``is:starred`` failed. It is read as on a read-only disk; writes say why."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)]).returncode:
        pytest.skip("no tmpfs here")
    try:
        data = disk / "data"
        base = ("--index-dir", str(seeds_index), "--data-dir", str(data))
        assert main(["--corpus", str(SEEDS), *base, "tag", ALTMAN, "penting"]) == 0
        with contextlib.suppress(OSError), (disk / "filler").open("wb") as filler:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        capsys.readouterr()
        code, out, err = _cli(capsys, *base, "show", ALTMAN, "--json")
        assert (code, err) == (0, "") and json.loads(out)["tags"] == ["penting"]
        code, out, err = _cli(capsys, *base, "star", ALTMAN)
        assert (code, out) == (2, "")
        assert (
            err
            == f"warta: cannot use the workspace {data / 'state.sqlite'}: No space left on device\n"
        )
    finally:
        subprocess.run(["umount", str(disk)], check=True)


@pytest.fixture()
def day_long_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``TZ=UTC+24``: an offset of a whole day, which the C library takes."""
    monkeypatch.setenv("TZ", "UTC+24")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_time_zone_a_day_off_shows_times_in_utc(
    capsys: pytest.CaptureFixture[str],
    workspace: tuple[Path, Path],
    tmp_path: Path,
    day_long_zone: None,
) -> None:
    """Python's ``datetime`` refuses an offset of a day: ``history``, ``saved`` and an
    update that lists more than ten skipped files in ``skipped.txt`` were ValueError
    tracebacks under ``TZ=UTC+24``."""
    index, data = workspace
    capsys.readouterr()
    base = ("--index-dir", str(index), "--data-dir", str(data))
    for command in ("history", "saved"):
        code, out, err = _cli(capsys, *base, command)
        assert (code, err) == (0, "") and "musk" in out, command
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(12):
        (corpus / f"kosong{number}.txt").write_text("")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "index"])
    assert code == 0 and "kosong11" in (tmp_path / "i" / "skipped.txt").read_text()


def test_one_row_of_text_that_is_not_utf8_spoils_no_list(
    capsys: pytest.CaptureFixture[str], workspace: tuple[Path, Path]
) -> None:
    """A tag, a query and a note stored as bytes that are not UTF-8 (another program's
    row) made ``tags``, every ``tag:`` search, ``history`` and ``note`` fail in one line
    ("Could not decode to UTF-8 column"): all of the user's tags out of reach for one."""
    index, data = workspace
    base = ("--index-dir", str(index), "--data-dir", str(data))
    assert main(["--corpus", str(SEEDS), *base, "tag", ALTMAN, "baik"]) == 0
    _edit(
        data,
        ("INSERT INTO tags VALUES (?, CAST(x'6a656c656bff' AS TEXT), 'z')", (ALTMAN,)),
        ("INSERT INTO history (query, searched) VALUES (CAST(x'ff61' AS TEXT), 'z')", ()),
        ("UPDATE notes SET text = CAST(x'ffff' AS TEXT)", ()),
    )
    capsys.readouterr()
    for command in (["tags"], ["search", "tag:baik"], ["history"], ["note", ALTMAN]):
        code, _, err = _cli(capsys, *base, *command)
        assert (code, err) == (0, ""), command
    assert "jelek\ufffd" in _cli(capsys, *base, "tags")[1]


@pytest.mark.parametrize("folder", ["/proc/self", "d" * 300], ids=["proc", "long-name"])
def test_a_data_folder_on_no_disk_or_named_too_long_is_one_line_not_a_full_disk(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path, folder: str
) -> None:
    """/proc has no free blocks and is no disk: its workspace must not be said to be on a
    full one; a name too long for the file system is one line, as before the full-disk
    check (which first looked at it with a call that raised)."""
    data = Path(folder) if folder.startswith("/") else tmp_path / folder
    if folder.startswith("/") and not data.exists():
        pytest.skip(f"no {folder} here")
    code, out, err = _cli(
        capsys, "--index-dir", str(seeds_index), "--data-dir", str(data), "star", ALTMAN
    )
    assert (code, out) == (2, "")
    # /proc/self: the folder and what to do (round 23), not SQLite's words
    said = ("warta: cannot use the workspace ", "warta: cannot make the workspace in ")
    assert err.startswith(said) and err.count("\n") == 1
    assert "No space left" not in err
