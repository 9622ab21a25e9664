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
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
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
