"""Hostile input, round eleven: the cases docs/hostile-input.md lists under round eleven
that failed, each as a user would meet it, and each failing before its fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from warta.tui.cli import main


@pytest.mark.skipif(not os.path.exists(os.devnull), reason="needs a null device")
def test_a_device_as_the_workspace_folder_is_no_folder_not_a_mode_to_change(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """``--data-dir /dev/null`` (a script's way of saying "nowhere") was refused as a folder
    others can write, with the advice to ``chmod go-w /dev/null``: run as root, that breaks
    every program on the machine."""
    capsys.readouterr()
    assert main(["--index-dir", str(seeds_index), "--data-dir", os.devnull, "star", "001"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Not a directory" in err
    assert "chmod" not in err


def test_a_fifo_as_the_index_folder_is_said_to_be_no_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--index-dir`` naming a FIFO or a file said "File exists", which reads as if the
    folder were fine and warta were confused."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert main(["--index-dir", str(fifo), "index"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Not a directory" in err
