"""Hostile input, round nine: the cases docs/hostile-input.md lists under round nine that
failed, each through the CLI's ``main`` as a user would meet it, and each failing before
its fix."""

from __future__ import annotations

import sys

import pytest
from warta.tui.cli import main


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
