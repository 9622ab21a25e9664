"""Hostile input, round four: interruption, standard streams and the index folder.

Each test drives the product's entry points (the CLI's ``main`` or the ``warta`` process,
the explorer in a pseudo-terminal) and failed before its fix; docs/hostile-input.md lists
the cases.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warta.search.index import CURRENT_FILE, LOCK_FILE
from warta.search.paths import bundled_seeds
from warta.tui.cli import main

from .test_hostile_terminal import _read_until, warta_in_a_terminal

SAM = "002_c0de79780e8f4f90"
#: The ``warta`` command in a child process.
CLI = (sys.executable, "-m", "warta.tui.cli")

#: Runs ``main`` with a hook patched in: the hook sends warta a signal part way. SIGHUP
#: as a terminal session has it, even when the tests run under ``nohup``.
SIGNALLED = """
import os, signal, sys
from pathlib import Path
from warta.tui.cli import main
signal.signal(signal.SIGHUP, signal.SIG_DFL)
{patch}
sys.exit(main(sys.argv[1:]))
"""


def _cli(capsys: pytest.CaptureFixture[str], index: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--corpus", str(bundled_seeds()), "--index-dir", str(index), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _signalled(patch: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SIGNALLED.format(patch=patch), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting for its reaper does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_terminated_export_leaves_no_part_file(
    tmp_path: Path, seeds_index: Path, name: str
) -> None:
    """``kill`` (or a closed SSH session) during ``export -o FILE`` ended the process on the
    spot and left ``.FILE.XXXX.part`` with half the rows beside the file the user named."""
    patch = (
        "from warta.search import export\n"
        "write_rows = export.write_rows\n"
        "def interrupted(rows, stream, *args, **kwargs):\n"
        "    stream.write('id,title\\n')\n"
        f"    os.kill(os.getpid(), signal.{name})\n"
        "    return write_rows(rows, stream, *args, **kwargs)\n"
        "export.write_rows = interrupted\n"
    )
    target = tmp_path / "out" / "musk.csv"
    target.parent.mkdir()
    done = _signalled(
        patch,
        *("--corpus", str(bundled_seeds()), "--index-dir", str(seeds_index)),
        *("--data-dir", str(tmp_path / "data"), "export", "musk", "-o", str(target)),
    )
    assert (done.returncode, done.stderr) == (2, "warta: interrupted\n")
    assert list(target.parent.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="lists children in /proc")
@pytest.mark.parametrize("name", ["SIGTERM", "SIGKILL"])
def test_the_extraction_workers_end_with_warta(tmp_path: Path, name: str) -> None:
    """A build's extraction workers outlived a terminated or killed warta for ever (~70 MB
    each), holding the caller's stdout and stderr open: ``warta index | cat`` never ended."""
    children = tmp_path / "children"
    patch = (
        "from warta.search import index\n"
        "index.PARALLEL_MIN_ARTICLES = 0\n"
        "bounded_imap = index._bounded_imap\n"
        "def first_then_signal(*args, **kwargs):\n"
        "    for result in bounded_imap(*args, **kwargs):\n"
        "        pids = [pid for task in Path('/proc/self/task').iterdir()\n"
        "                for pid in (task / 'children').read_text().split()]\n"
        f"        Path({str(children)!r}).write_text(' '.join(pids))\n"
        f"        os.kill(os.getpid(), signal.{name})\n"
        "        yield result\n"
        "index._bounded_imap = first_then_signal\n"
    )
    index = tmp_path / "index"
    done = _signalled(patch, "--corpus", str(bundled_seeds()), "--index-dir", str(index), "index")
    pids = [int(pid) for pid in children.read_text().split()]
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in pids if _alive(pid)]
    for pid in left:  # never leave them behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert pids and left == []
    if name == "SIGTERM":
        assert (done.returncode, done.stderr) == (2, "warta: interrupted\n")
    code = main(["--corpus", str(bundled_seeds()), "--index-dir", str(index), "index"])
    assert code == 0


def test_a_terminated_explorer_gives_the_terminal_back(tmp_path: Path, seeds_index: Path) -> None:
    """``kill`` of the explorer left the terminal on its alternate screen, the mouse
    captured and the cursor hidden: the shell after it was unusable."""
    with warta_in_a_terminal(bundled_seeds(), seeds_index, "musk") as (master, seen, child):
        assert _read_until(master, seen, b"Musk", time.monotonic() + 60), "no results shown"
        child.send_signal(signal.SIGTERM)
        _read_until(master, seen, b"\x00never", time.monotonic() + 60)
        assert child.wait(timeout=60) == 2
    ending = seen[seen.rindex(b"\x1b[?1049h") :]
    assert b"\x1b[?1049l" in ending, "the alternate screen is left"
    assert b"\x1b[?1000l" in ending, "the mouse is released"


@pytest.mark.parametrize(
    ("closed", "args", "says"),
    [
        (1, ("search", "musk"), "warta: cannot write the output: Bad file descriptor\n"),
        (1, ("show", SAM, "--json"), "warta: cannot write the output: Bad file descriptor\n"),
        (0, ("musk",), "warta: the explorer needs a terminal; in a script, use: warta search"),
    ],
)
def test_a_closed_standard_stream_is_one_line(
    seeds_index: Path, closed: int, args: tuple[str, ...], says: str
) -> None:
    """``warta search musk >&-`` (or a job started without stdin) ended in an AttributeError
    traceback on ``None``."""
    done = subprocess.run(
        [*CLI, "--corpus", str(bundled_seeds()), "--index-dir", str(seeds_index), *args],
        stdout=None if closed == 1 else subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.close(closed),
    )
    assert done.returncode == 2
    assert done.stderr.startswith(says) and done.stderr.count("\n") == 1


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_stdout_that_is_not_utf8_loses_no_json_and_raises_nothing(
    seeds_index: Path, encoding: str
) -> None:
    """With a Latin-1 locale or ``PYTHONIOENCODING=ascii``, ``show`` ended in a
    UnicodeEncodeError traceback part way through the article."""
    command = [*CLI, "--corpus", str(bundled_seeds()), "--index-dir", str(seeds_index)]
    command += ["show", SAM]

    def run(*extra: str, env: str = "utf-8") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *extra],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=120,
            env={**os.environ, "PYTHONIOENCODING": env},
        )

    human = run(env=encoding)
    assert (human.returncode, human.stderr) == (0, "")
    assert "Hubungan Sam Altman dengan Elon Musk Retak" in human.stdout
    as_json = run("--json", env=encoding)
    assert as_json.returncode == 0
    assert json.loads(as_json.stdout) == json.loads(run("--json").stdout)


def test_a_current_file_naming_too_long_a_folder_is_damage_not_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """CURRENT holding a name longer than the system allows (ENAMETOOLONG) ended every
    command, ``index --rebuild`` too, in an OSError traceback."""
    index = tmp_path / "index"
    assert _cli(capsys, index, "index")[0] == 0
    (index / CURRENT_FILE).write_text("gen-" + "0" * 300)
    code, out, _ = _cli(capsys, index, "search", "altman")
    assert code == 0 and SAM in out
    (index / CURRENT_FILE).write_text("gen-" + "0" * 300)
    assert _cli(capsys, index, "index", "--rebuild")[0] == 0


def test_a_lock_file_that_is_a_symlink_writes_nothing_outside(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``warta.lock`` made a symlink created the file it named, anywhere (as root, in any
    folder), each time an update took the lock."""
    index = tmp_path / "index"
    assert _cli(capsys, index, "index")[0] == 0
    outside = tmp_path / "elsewhere"
    (index / LOCK_FILE).unlink()
    (index / LOCK_FILE).symlink_to(outside)
    code, _, err = _cli(capsys, index, "index", "--rebuild")
    assert code == 2 and err.count("\n") == 1
    assert "warta.lock" in err and "symbolic link" in err
    assert not outside.exists()


def test_an_export_to_dash_goes_to_stdout(
    capsys: pytest.CaptureFixture[str],
    seeds_index: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``export musk -o -`` wrote a file named ``-`` in the working folder, where every other
    tool that takes ``-o`` writes to stdout."""
    monkeypatch.chdir(tmp_path)
    code, out, err = _cli(
        capsys, seeds_index, "--data-dir", str(tmp_path / "data"), "export", "musk", "-o", "-"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "id,title,source,date,url,author" and SAM in out
    assert not (tmp_path / "-").exists()


def test_the_explorer_draws_on_the_terminal_when_stderr_is_redirected(
    tmp_path: Path, seeds_index: Path
) -> None:
    """``warta 2>log``: Textual draws on stderr, so the screen stayed blank and the log
    filled with the explorer's escape sequences."""
    log = tmp_path / "log"
    with (
        log.open("wb") as sink,
        warta_in_a_terminal(bundled_seeds(), seeds_index, "musk", stderr=sink.fileno()) as (
            master,
            seen,
            _,
        ),
    ):
        assert _read_until(master, seen, b"Musk", time.monotonic() + 60), "no results shown"
        os.write(master, b"q")
    assert b"\x1b" not in log.read_bytes()
