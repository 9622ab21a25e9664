"""Hostile input, round nine: the cases docs/hostile-input.md lists under round nine that
failed, each through the CLI's ``main`` as a user would meet it, and each failing before
its fix."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui.cli import main

from tests.conftest import SEEDS
from tests.cpu_time import growth
from tests.test_hostile_terminal import _read_until, warta_in_a_terminal


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/dev/full is Linux's")
@pytest.mark.parametrize("command", [(), ("search",), ("export",)])
def test_help_on_a_full_disk_says_so_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    """``warta --help > file`` on a full disk ended with Python's "Exception ignored …
    OSError" lines and exit 120: the help was written after warta's own guard, at exit."""
    with open("/dev/full", "w", encoding="utf-8") as full:
        monkeypatch.setattr(sys, "stdout", full)
        code = main([*command, "--help"])
        monkeypatch.undo()
    _, err = capsys.readouterr()
    assert (code, err) == (2, "warta: cannot write the output: No space left on device\n")


#: A ``~user`` that no account on any test machine has.
NO_USER = "~warta-no-such-user-9"


@pytest.mark.parametrize(
    ("flags", "environ", "settings"),
    [
        (("--index-dir", f"{NO_USER}/i"), {}, ""),
        (("--data-dir", f"{NO_USER}/d"), {}, ""),
        (("--corpus", NO_USER), {}, ""),
        ((), {"WARTA_INDEX_DIR": f"{NO_USER}/i"}, ""),
        ((), {"WARTA_DATA_DIR": f"{NO_USER}/d"}, ""),
        ((), {"WARTA_CORPUS": NO_USER}, ""),
        ((), {"WARTA_ENTITIES": f"{NO_USER}/e.json"}, ""),
        ((), {"WARTA_CONFIG": f"{NO_USER}/c.toml"}, None),
        (("--config", f"{NO_USER}/c.toml"), {}, None),
        ((), {}, f'trusted = ["{NO_USER}/i"]\n'),
        ((), {}, f'corpus = ["{NO_USER}"]\n'),
    ],
)
def test_a_home_folder_of_no_user_is_one_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    flags: tuple[str, ...],
    environ: dict[str, str],
    settings: str | None,
) -> None:
    """``~nosuchuser/x`` in a path flag, variable or setting (quoted, so no shell expanded
    it) was pathlib's RuntimeError traceback ("Could not determine home directory")."""
    for name in ("WARTA_INDEX_DIR", "WARTA_DATA_DIR", "WARTA_CORPUS", "WARTA_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WARTA_ENTITIES", str(tmp_path / "none.json"))
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    if settings is not None:
        config = tmp_path / "config.toml"
        config.write_text(settings, encoding="utf-8")
        monkeypatch.setenv("WARTA_CONFIG", environ.get("WARTA_CONFIG", str(config)))
    # The workspace is opened first by ``tags``, the index and corpus by ``index``.
    command = ("tags",) if "DATA" in str(environ) or "--data-dir" in flags else ("index",)
    code = main([*flags, *command])
    _, err = capsys.readouterr()
    assert (code, err.count("\n")) == (2, 1)
    assert err.endswith(f": no home folder is known for {NO_USER}\n")


def test_the_explorer_export_prompt_refuses_a_home_folder_of_no_user() -> None:
    """The explorer's export prompt given ``~nosuchuser/x.csv`` crashed the explorer with
    the same RuntimeError; it is the prompt's one-line refusal."""
    from warta.search.errors import WartaError
    from warta.tui.screens.workspace import export_path

    with pytest.raises(WartaError, match="no home folder is known"):
        export_path(f"{NO_USER}/x.csv")


def test_a_file_dated_past_2262_is_indexed_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A corpus file whose time is past 2262 (a camera's clock, a tar's garbage) stopped
    every build of its corpus with OverflowError: its time in nanoseconds is past SQLite's
    64-bit integers. It is indexed, and the next update finds nothing changed."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "masa.txt").write_text("Masa depan\n\nKanarijauh dari masa depan.\n", "utf-8")
    os.utime(corpus / "masa.txt", ns=(0, 10**20))
    if (corpus / "masa.txt").stat().st_mtime_ns < 2**63:
        pytest.skip("this file system cannot date a file past 2262")
    where = ("--corpus", str(corpus), "--index-dir", str(tmp_path / "index"))
    assert main([*where, "index"]) == 0
    assert main([*where, "index"]) == 0
    assert "0 changed, 0 deleted, 1 unchanged" in capsys.readouterr().out
    assert main([*where, "search", "kanarijauh", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 1
    service = SearchService([corpus], tmp_path / "index")
    assert not service.source_changed("masa")  # the reader says it is up to date
    service.close()


def test_a_folder_another_warta_is_claiming_is_not_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Two ``warta index`` started at once on a new folder: the one that looked while the
    other was writing its marker (``WARTA-INDEX.<pid>.tmp``) said the folder "is not empty
    and is not a warta index". It builds the index."""
    index = tmp_path / "index"
    index.mkdir()
    (index / "WARTA-INDEX.4242.tmp").write_text("", encoding="utf-8")
    (index / "warta.lock").write_text("", encoding="utf-8")
    assert main(["--corpus", str(SEEDS), "--index-dir", str(index), "index"]) == 0, (
        capsys.readouterr().err
    )


def test_a_workspace_inside_an_index_generation_is_refused(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """``--data-dir INDEX/gen-…/ws`` kept the stars and notes inside a generation, and the
    next ``warta index --rebuild`` removed the generation with them. It is refused in one
    line before anything is written there."""
    generation = next(seeds_index.glob("gen-*"))
    data = generation / "ws"
    code = main(
        [
            "--corpus",
            str(SEEDS),
            "--index-dir",
            str(seeds_index),
            "--data-dir",
            str(data),
            "star",
            "001",
        ]
    )
    err = capsys.readouterr().err
    assert (code, err.count("\n")) == (2, 1)
    assert "inside the index generation" in err
    assert not data.exists()


def test_an_export_with_force_never_replaces_the_workspace(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seeds_index: Path
) -> None:
    """``warta export musk -o ~/.local/share/warta/state.sqlite --force`` replaced the
    workspace with a CSV: every star, tag and note lost. A database is never replaced."""
    where = ("--corpus", str(SEEDS), "--index-dir", str(seeds_index))
    data = ("--data-dir", str(tmp_path / "data"))
    assert main([*where, *data, "star", "001"]) == 0
    target = str(tmp_path / "data" / "state.sqlite")
    capsys.readouterr()
    assert main([*where, *data, "export", "musk", "-o", target, "--force"]) == 2
    assert capsys.readouterr().err.endswith("is a database; an export never replaces one\n")
    assert main([*where, *data, "search", "is:starred", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 1


def test_many_trusted_folders_cost_each_check_nothing_more(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``trusted`` with 50,000 folders (a generated settings file) made every command take
    26 s: each folder warta checked was compared with every trusted one."""
    from warta.search import paths

    def checks(count: int) -> Callable[[], None]:
        vouched = frozenset(Path(f"/vouched/{number}") for number in range(count))

        def run() -> None:
            monkeypatch.setattr(paths, "_vouched", vouched)
            for _ in range(200):
                paths.check_trusted(tmp_path)

        return run

    assert growth(checks(100), checks(10_000)) < 10


@pytest.mark.skipif(not hasattr(signal, "SIGUSR1"), reason="POSIX signals")
@pytest.mark.parametrize("name", ["SIGQUIT", "SIGUSR1", "SIGUSR2"])
def test_the_explorer_gives_the_terminal_back_on_other_signals(
    seeds_index: Path, name: str
) -> None:
    """``kill -QUIT`` (Ctrl+\\ in a shell), ``kill -USR1`` or ``-USR2`` ended the explorer on
    the spot: the terminal stayed on its alternate screen, without echo and line editing
    (SIGTERM and SIGHUP were handled already)."""
    with warta_in_a_terminal(SEEDS, seeds_index, "musk") as (master, seen, child):
        assert _read_until(master, seen, b"Musk", time.monotonic() + 60), "no results shown"
        child.send_signal(getattr(signal, name))
        _read_until(master, seen, b"\x00never", time.monotonic() + 60)
        assert child.wait(timeout=60) == 2
    ending = seen[seen.rindex(b"\x1b[?1049h") :]
    assert b"\x1b[?1049l" in ending, "the alternate screen is left"


#: ``warta index`` whose first extracted batch sends SIGUSR1 to warta's whole process
#: group, as Ctrl+\ in a terminal sends SIGQUIT to every process of the job.
GROUP_SIGNALLED = """
import os, signal, sys
from warta.search import index
from warta.tui.cli import main
index.PARALLEL_MIN_ARTICLES = 0
bounded_imap = index._bounded_imap
def first_then_signal(*args, **kwargs):
    for result in bounded_imap(*args, **kwargs):
        os.killpg(0, signal.SIGUSR1)
        yield result
index._bounded_imap = first_then_signal
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")
def test_a_signal_to_the_whole_job_is_one_line(tmp_path: Path) -> None:
    """SIGUSR1 (or SIGQUIT, SIGHUP) sent to the job of ``warta index`` killed
    multiprocessing's resource tracker too, and the relaunched one printed a KeyError
    traceback for each semaphore released after: five tracebacks below "interrupted"."""
    index = tmp_path / "index"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            GROUP_SIGNALLED,
            "--corpus",
            str(SEEDS),
            "--index-dir",
            str(index),
            "index",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        start_new_session=True,
    )
    assert (done.returncode, done.stderr) == (2, "warta: interrupted\n")


def test_a_jsonl_id_that_is_another_lines_own_loses_neither(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Line 1 of ``a.jsonl`` with the id ``a:2``, line 2 without one (so ``a:2`` too): line
    2 was said to be "using a:2", then skipped as a duplicate, and never found."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [{"id": "a:2", "text": "Pertama kanaridua satu."}, {"text": "Kedua kanaridua dua."}]
    (corpus / "a.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    where = ("--corpus", str(corpus), "--index-dir", str(tmp_path / "index"))
    assert main([*where, "index"]) == 0
    assert "line 2: duplicate id 'a:2'; using a:2~2\n" in capsys.readouterr().err
    assert main([*where, "search", "kanaridua", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert sorted(hit["id"] for hit in hits) == ["a:2", "a:2~2"]
