"""Hostile input, round five: read-only and foreign folders, a corpus of mostly empty files,
and the cases docs/hostile-input.md lists under round five.

Each test drives the product's entry points (the CLI's ``main``, the ``warta`` process, the
explorer under Pilot) and failed before its fix. Tests that need a read-only file system
mount a tmpfs (root only) or take away write permission (anyone else), and skip where
neither works.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.search.workspace import Workspace
from warta.tui.cli import main

from tests.conftest import SEEDS
from tests.test_hostile_terminal import _read_until, warta_in_a_terminal

SAM = "002_c0de79780e8f4f90"


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--corpus", str(SEEDS), *args])
    out, err = capsys.readouterr()
    return code, out, err


@contextlib.contextmanager
def read_only_copy(folder: Path, where: Path) -> Iterator[Path]:
    """A copy of ``folder`` this process cannot write: on a read-only tmpfs for root (who
    writes through any permission), else without write permission; skips where neither."""
    mount = where / "read-only"
    if os.geteuid() != 0:
        copy = mount / folder.name
        shutil.copytree(folder, copy)
        for path in [copy, *copy.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield copy
        finally:
            for path in [copy, *copy.rglob("*")]:
                path.chmod(0o755 if path.is_dir() else 0o644)
        return
    mount.mkdir()
    if shutil.which("mount") is None or _run("mount", "-t", "tmpfs", "tmpfs", str(mount)):
        pytest.skip("cannot mount a tmpfs here")
    try:
        shutil.copytree(folder, mount / folder.name)
        if _run("mount", "-o", "remount,ro", str(mount)):
            pytest.skip("cannot remount a tmpfs read-only here")
        yield mount / folder.name
    finally:
        _run("umount", "--lazy", str(mount))  # files the test left open must not keep it


def _run(*command: str) -> int:
    return subprocess.run(command, capture_output=True, check=False).returncode


# -- a workspace this user cannot write ---------------------------------------------------------


@pytest.fixture()
def read_only_workspace(tmp_path: Path) -> Iterator[Path]:
    """A data folder with a star, a tag, a note, a saved search and a search in the
    history, then made read-only."""
    data = tmp_path / "data"
    with Workspace(data) as workspace:
        workspace.star(SAM)
        workspace.tag(SAM, "banjir")
        workspace.set_note(SAM, "dibaca")
        workspace.save_search("musk", "musk", [SAM])
        workspace.record_search("altman")
    with read_only_copy(data, tmp_path) as frozen:
        yield frozen


def test_a_read_only_workspace_still_lists_and_exports(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, read_only_workspace: Path
) -> None:
    """Another user's or a read-only disk's workspace: what only reads it works (every
    command failed with "attempt to write a readonly database"), and a write says why in
    one line."""
    common = ("--index-dir", str(seeds_index), "--data-dir", str(read_only_workspace))
    for command, shown in (
        (("saved",), "musk"),
        (("history",), "altman"),
        (("tags",), "banjir"),
        (("show", SAM), "dibaca"),
        (("export", "-o", "-", "tag:banjir"), SAM),
    ):
        code, out, err = _cli(capsys, *common, *command)
        assert (code, err) == (0, ""), command
        assert shown in out, command
    code, out, err = _cli(capsys, *common, "search", "tag:banjir")
    assert code == 0 and SAM in out
    assert err.count("\n") == 1 and err.endswith("the search is not remembered\n")
    code, _, err = _cli(capsys, *common, "star", SAM)
    assert code == 2 and err.count("\n") == 1 and err.startswith("warta: cannot use the workspace")


def test_a_workspace_that_cannot_be_created_reads_as_empty(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """A data folder under a read-only folder: nothing saved yet rather than an error."""
    empty = tmp_path / "empty"
    empty.mkdir()
    with read_only_copy(empty, tmp_path) as frozen:
        common = ("--index-dir", str(seeds_index), "--data-dir", str(frozen / "data"))
        code, out, err = _cli(capsys, *common, "saved")
        assert (code, err) == (0, "") and "No saved searches yet" in out
        code, _, err = _cli(capsys, *common, "tag", SAM, "banjir")
        assert code == 2 and err.count("\n") == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root looks into any folder")
def test_a_workspace_folder_this_user_cannot_look_into_is_one_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``umask 777`` (or chmod 000) on the data folder: one line, never a traceback."""
    data = tmp_path / "data"
    data.mkdir(mode=0)
    try:
        common = ("--index-dir", str(seeds_index), "--data-dir", str(data))
        code, out, err = _cli(capsys, *common, "search", "altman")
        assert code == 0 and SAM in out and err.endswith("the search is not remembered\n")
        code, _, err = _cli(capsys, *common, "star", SAM)
        assert code == 2 and err.count("\n") == 1
    finally:
        data.chmod(0o755)


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    saved = os.umask(mask)
    try:
        yield
    finally:
        os.umask(saved)


@pytest.mark.skipif(os.name != "posix", reason="a POSIX umask")
def test_a_umask_that_closes_the_users_own_folders_is_one_line_before_anything_is_made(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``umask 777`` as a user: warta made its index folder, mode 000, then said "cannot
    use the index folder …: Permission denied" about a folder the user owns; an update of
    an existing index left a generation folder of mode 000 that nothing could remove. It
    now says what is wrong before it makes anything; ``config`` still answers."""
    index, data = tmp_path / "index", tmp_path / "data"
    common = ("--index-dir", str(index), "--data-dir", str(data))
    with umask(0o777):
        for command in (["index"], ["search", "altman"], ["star", SAM], ["tags"], ["musk"]):
            code, out, err = _cli(capsys, *common, *command)
            assert code == 2 and out == "", command
            assert err == (
                "warta: the umask 0777 would make folders and files that you cannot use; "
                "set one such as 022 (umask 022) and try again\n"
            )
        assert not index.exists() and not data.exists()
        code, out, _ = _cli(capsys, *common, "config", "--show")
        assert code == 0 and "corpus" in out
    with umask(0o077):  # private files are fine
        code, _, err = _cli(capsys, *common, "index")
        assert code == 0 and err == ""


# -- an index or a workspace this user cannot read ------------------------------------------------

#: Root without the capabilities that let it read and write through any permission: file
#: modes then hold for it as for any user.
AS_A_USER = (
    "setpriv",
    "--inh-caps=-all",
    "--bounding-set=-dac_override,-dac_read_search,-fowner",
)


def warta_as_a_user(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``warta ARGS`` on the seeds, run so that file modes hold for it (skips where they
    cannot be made to for root)."""
    command = [sys.executable, "-m", "warta.tui.cli", "--corpus", str(SEEDS), *args]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None or _run(*AS_A_USER, "true"):
            pytest.skip("cannot drop root's capabilities here")
        command = [*AS_A_USER, *command]
    env = {**os.environ, "WARTA_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


@contextlib.contextmanager
def modes(*changes: tuple[Path, int]) -> Iterator[None]:
    """Paths with other modes for a while (their own given back after)."""
    saved = [(path, path.stat().st_mode & 0o777) for path, _mode in changes]
    for path, mode in changes:
        path.chmod(mode)
    try:
        yield
    finally:
        for path, mode in reversed(saved):
            path.chmod(mode)


def test_an_index_whose_store_this_user_cannot_read_says_so_not_cannot_write(
    tmp_path: Path,
) -> None:
    """Another user's index whose ``store.sqlite`` is mode 600: every command said "cannot
    write …" (warta took it for damage and tried to build it again where it may not write);
    a Whoosh file it may not read said "damaged (PermissionError); run `warta index
    --rebuild`", and `warta index` then "cannot write". Each now says what is wrong."""
    index = tmp_path / "index"
    assert main(["--corpus", str(SEEDS), "--index-dir", str(index), "index"]) == 0
    live = next(index.glob("gen-*"))
    store = live / "store.sqlite"
    closed = f"warta: cannot read the index: Permission denied: {store}\n"
    with modes((index, 0o555), (live, 0o555), (store, 0o000)):
        for command in (["search", "altman"], ["show", SAM], ["index"]):
            done = warta_as_a_user(tmp_path, "--index-dir", str(index), *command)
            assert (done.returncode, done.stdout, done.stderr) == (2, "", closed), command
    postings = next(live.glob("*.pst"))
    with modes((postings, 0o000)):  # in a folder the user may write
        for command in (["search", "altman"], ["index"]):
            done = warta_as_a_user(tmp_path, "--index-dir", str(index), *command)
            assert done.returncode == 2, command
            assert done.stderr == f"warta: cannot read the index: Permission denied: {postings}\n"
    done = warta_as_a_user(tmp_path, "--index-dir", str(index), "search", "altman")
    assert done.returncode == 0 and SAM in done.stdout


#: A search as the explorer's search bar runs it: the line its status shows.
SEARCH = """
import sys
from pathlib import Path
from warta.search.service import SearchService
print(SearchService([Path(sys.argv[1])], Path(sys.argv[2])).search("altman").error)
"""


def test_a_search_in_an_index_closed_to_this_user_says_it_cannot_read_it(tmp_path: Path) -> None:
    """The index's ``store.sqlite`` made mode 000 while the explorer runs: the search bar
    said "the index at … is damaged (unable to open database file)" (the command line
    said "cannot read the index"); rebuilding would not have cured it."""
    index = tmp_path / "index"
    assert main(["--corpus", str(SEEDS), "--index-dir", str(index), "index"]) == 0
    store = next(index.glob("gen-*")) / "store.sqlite"
    command = [sys.executable, "-c", SEARCH, str(SEEDS), str(index)]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None or _run(*AS_A_USER, "true"):
            pytest.skip("cannot drop root's capabilities here")
        command = [*AS_A_USER, *command]
    with modes((store, 0o000)):
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.stdout == f"cannot read the index: Permission denied: {store}\n", done.stderr


def test_a_workspace_file_this_user_cannot_read_says_so(tmp_path: Path, seeds_index: Path) -> None:
    """``state.sqlite`` of mode 000: "cannot use the workspace …: unable to open database
    file", SQLite's words, said nothing of why."""
    with Workspace(tmp_path / "data") as workspace:
        workspace.star(SAM)
    state = tmp_path / "data" / "state.sqlite"
    closed = f"warta: cannot read the workspace {state}: Permission denied"
    with modes((state, 0o000)):
        done = warta_as_a_user(tmp_path, "--index-dir", str(seeds_index), "tags")
        assert (done.returncode, done.stderr) == (2, closed + "\n")
        done = warta_as_a_user(tmp_path, "--index-dir", str(seeds_index), "search", "altman")
        assert done.returncode == 0 and SAM in done.stdout
        assert done.stderr == closed + "; the search is not remembered\n"


# -- an index this user cannot write -------------------------------------------------------------


@pytest.fixture()
def read_only_index(tmp_path: Path) -> Iterator[Path]:
    """An index of the seeds, made read-only."""
    built = tmp_path / "index"
    assert main(["--corpus", str(SEEDS), "--index-dir", str(built), "index"]) == 0
    with read_only_copy(built, tmp_path) as frozen:
        yield frozen


def test_a_read_only_index_serves_and_an_index_it_would_rebuild_is_one_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    read_only_index: Path,
    corpus: Path,
    tmp_path: Path,
) -> None:
    """Read-only: search, show and entities work; for other folders (a rebuild it cannot
    write), search, show and the explorer stop in one line (search and show said "building
    it again first" before the error; the explorer opened empty, "Indexing failed")."""
    capsys.readouterr()
    data = ("--data-dir", str(tmp_path / "data"))
    for command in (("search", "altman"), ("show", SAM), ("entities",)):
        code, out, err = _cli(capsys, "--index-dir", str(read_only_index), *data, *command)
        assert code == 0 and out, command
    code, _, err = _cli(capsys, "--index-dir", str(read_only_index), *data, "index")
    assert code == 2 and err.count("\n") == 1 and "cannot write" in err
    from warta.tui import cli
    from warta.tui.app import WartaApp

    opened: list[WartaApp] = []
    monkeypatch.setattr(cli, "_has_terminal", lambda: True)
    monkeypatch.setattr(WartaApp, "run", lambda app: opened.append(app))
    other = ("--corpus", str(corpus), "--index-dir", str(read_only_index), *data)
    for command in (("search", "altman"), ("show", SAM), ()):
        code = main([*other, *command])
        _, err = capsys.readouterr()
        assert code == 2 and err.count("\n") == 1, command
        assert err.startswith("warta: cannot write to the index folder"), command
    assert not opened


def test_the_explorer_refuses_a_folder_that_is_not_a_warta_index_before_it_opens(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``warta --index-dir ~`` by mistake: the CLI refused it, the explorer opened empty
    with "Indexing failed"."""
    from warta.tui import cli
    from warta.tui.app import WartaApp

    opened: list[WartaApp] = []
    monkeypatch.setattr(cli, "_has_terminal", lambda: True)
    monkeypatch.setattr(WartaApp, "run", lambda app: opened.append(app))
    home = tmp_path / "home"
    home.mkdir()
    (home / "notes.txt").write_text("mine", "utf-8")
    code = main(["--corpus", str(SEEDS), "--index-dir", str(home)])
    _, err = capsys.readouterr()
    assert code == 2 and not opened
    assert err.count("\n") == 1 and "is not empty and is not a warta index" in err
    assert [entry.name for entry in home.iterdir()] == ["notes.txt"]


# -- a corpus of mostly empty files ------------------------------------------------------------


def test_indexing_thousands_of_empty_files_prints_a_summary_not_a_line_each(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path
) -> None:
    """15,000 empty files printed 15,000 "no text; skipped" lines; now the first ten, how
    many more, and the file that lists them all (the next update, with nothing new to
    skip, leaves it)."""
    for number in range(300):
        (corpus / f"kosong-{number:03d}.txt").touch()
    index = tmp_path / "index"
    code = main(["--corpus", str(corpus), "--index-dir", str(index), "index"])
    out, err = capsys.readouterr()
    listed = index / "skipped.txt"
    assert code == 0 and out.startswith("5 articles indexed")
    lines = err.splitlines()
    assert len(lines) == 11
    assert lines[0] == f"warta: {corpus / 'kosong-000.txt'}: no text; skipped"
    assert lines[-1] == f"warta: … and 290 more; all 300 are listed in {listed}"
    whole = listed.read_text("utf-8").splitlines()
    assert whole[0].startswith("Skipped or changed while indexing on ")
    assert whole[0].endswith(": 300")
    assert whole[1:] == [f"{corpus / f'kosong-{n:03d}.txt'}: no text; skipped" for n in range(300)]
    assert main(["--corpus", str(corpus), "--index-dir", str(index), "index"]) == 0
    assert capsys.readouterr().err == "" and listed.read_text("utf-8").splitlines() == whole


def test_skipped_files_are_still_counted_when_their_list_cannot_be_written(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path
) -> None:
    """A folder where the list goes (or a full disk): the count stays, without a place."""
    for number in range(20):
        (corpus / f"kosong-{number:02d}.txt").touch()
    index = tmp_path / "index"
    assert main(["--corpus", str(SEEDS), "--index-dir", str(index), "index"]) == 0
    (index / "skipped.txt").mkdir()
    assert main(["--corpus", str(corpus), "--index-dir", str(index), "index"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 11 and lines[-1] == "warta: … and 10 more"


def test_an_index_kept_inside_its_corpus_is_never_read_as_articles(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    """``--index-dir corpus/index``: the list of skipped files in it was indexed as an
    article (``index/skipped``) by the next update, and watched for changes."""
    from warta.search.reader import folders_read

    for number in range(20):
        (corpus / f"kosong-{number:02d}.txt").touch()
    common = ("--corpus", str(corpus), "--index-dir", str(corpus / "index"))
    assert main([*common, "index"]) == 0 and (corpus / "index" / "skipped.txt").is_file()
    assert main([*common, "index"]) == 0
    out = capsys.readouterr().out.splitlines()[-1]
    assert out.startswith("Index up to date: 5 articles") and "0 files added" in out
    assert str(corpus / "index") not in folders_read([corpus])


# -- file names ----------------------------------------------------------------------------


def test_a_file_name_that_needs_cleaning_never_takes_a_plain_files_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`` a .txt``, ``d<ESC>[1m.txt`` and ``b<LF>c.txt`` were given the ids of ``a.txt``,
    ``d.txt`` and ``b c.txt``, which were then skipped as duplicates (again at every
    update). Now every file is an article; the plain ones keep their plain ids."""
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    for name in ("a.txt", " a .txt", "b\nc.txt", "b c.txt", "d\x1b[1m.txt", "d.txt"):
        (corpus / name).write_text("Banjir di kota\n\nBanjir melanda kota.\n", "utf-8")
    common = ("--corpus", str(corpus), "--index-dir", str(tmp_path / "index"))
    assert main([*common, "index"]) == 0
    assert capsys.readouterr().err == ""
    assert main([*common, "search", "--json", "--limit", "10", "banjir"]) == 0
    ids = sorted(hit["id"] for hit in json.loads(capsys.readouterr().out)["hits"])
    assert len(ids) == 6 and {"a", "b c", "d"} <= set(ids)
    assert all(found.isprintable() and found == found.strip() for found in ids)


# -- the terminal ----------------------------------------------------------------------------


def test_the_explorer_takes_its_size_from_the_terminal_not_columns_and_lines(
    seeds_index: Path,
) -> None:
    """``COLUMNS=1 LINES=1`` exported in a 100x30 terminal: the explorer drew a 1x1 screen
    (blank) and kept it through every resize."""
    with warta_in_a_terminal(
        SEEDS, seeds_index, "altman", window=(100, 30), size_variables=("1", "1")
    ) as (master, seen, _):
        assert _read_until(master, seen, b"most relevant first", time.monotonic() + 60)
        os.write(master, b"\x11")  # ctrl+q


# -- the environment -------------------------------------------------------------------------


def test_a_relative_path_in_a_deleted_working_folder_is_one_line(tmp_path: Path) -> None:
    """``cd d; rm -r ../d; warta --corpus . search x`` ended in a FileNotFoundError
    traceback (resolving ``.``)."""
    gone = tmp_path / "gone"
    gone.mkdir()
    script = f'cd "{gone}" && rmdir "{gone}" && exec "$@"'
    done = subprocess.run(
        [
            "sh",
            "-c",
            script,
            "sh",
            sys.executable,
            "-m",
            "warta.tui.cli",
            "--corpus",
            ".",
            "search",
            "x",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "WARTA_INDEX_DIR": str(tmp_path / "index")},
    )
    assert done.returncode == 2
    assert done.stderr == (
        "warta: the current folder no longer exists; change to another, or give full paths\n"
    )


@pytest.mark.parametrize("value", [" ", "\t", " : "])
def test_a_blank_corpus_variable_is_refused_not_taken_for_the_seeds(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    """``WARTA_CORPUS=" "`` quietly indexed the bundled seeds, while ``WARTA_CORPUS=::``
    was refused."""
    monkeypatch.setenv("WARTA_CORPUS", value)
    code = main(["--index-dir", str(tmp_path / "index"), "index"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "") and err.endswith("names no folder\n")
    assert not (tmp_path / "index").exists()


@pytest.mark.parametrize("flag", ["--corpus", "--index-dir"])
def test_a_folder_that_is_a_symbolic_link_loop_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, flag: str
) -> None:
    """``--corpus loop`` or ``--index-dir loop``, ``loop`` a link to itself: a
    RuntimeError traceback from resolving the path."""
    loop = tmp_path / "loop"
    loop.symlink_to("loop")
    code = main(["--index-dir", str(tmp_path / "index"), flag, str(loop), "search", "x"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"warta: cannot use {loop}: Too many levels of symbolic links\n"


# -- corpus files ----------------------------------------------------------------------------


def _record(number: int) -> str:
    text = f"Banjir melanda kampung {number}. Warga mengungsi ke posko."
    return json.dumps({"id": f"t{number}", "title": f"Banjir {number}", "text": text}) + "\n"


def test_a_jsonl_file_that_grows_while_indexed_is_read_as_scanned(tmp_path: Path) -> None:
    """A log another program appends to while warta reads it: the update read on to the
    end as it moved, so one that is appended to faster than warta reads never ended. Now
    the update reads what the scan saw, and the next update reads the rest."""
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    log = corpus / "tumbuh.jsonl"
    log.write_text("".join(_record(number) for number in range(100)), "utf-8")
    appended = 0

    def grow(done: int, total: int) -> None:  # called between batches of 32 articles
        nonlocal appended
        if appended < 1000:
            with log.open("a", encoding="utf-8") as stream:
                stream.writelines(_record(100 + appended + number) for number in range(100))
            appended += 100

    service = SearchService([corpus], tmp_path / "index")
    try:
        assert service.update(progress=grow).articles == 100
        report = service.update()
        assert (report.changed, report.articles) == (1, 100 + appended)
    finally:
        service.close()


# -- queries ---------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["elon^" + "9" * 40, "((((elon^1000)^1000)^1000)^1000)"])
def test_a_weight_past_any_use_is_refused_not_written_as_infinity(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, query: str
) -> None:
    """``elon^`` and 40 nines scored inf, which ``--json`` wrote as ``Infinity``: no JSON
    parser but Python's reads that."""
    code, out, err = _cli(capsys, "--index-dir", str(seeds_index), "search", "--json", query)
    assert (code, out) == (2, "")
    assert err == "warta: the weights after ^ come to more than 1000000\n"
    code, out, _ = _cli(capsys, "--index-dir", str(seeds_index), "search", "--json", "elon^1000")
    assert code == 0 and "Infinity" not in out and json.loads(out)["total"] == 5
