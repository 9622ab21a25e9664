"""Hostile input, round twenty-two: round twenty-one's leftovers (a configured corpus
linked to nowhere, prompts that lost their text, ``warta saved`` parsing every query, two
lines for one unusable workspace), then a fresh pass. Each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from warta.tui.cli import main

from tests.conftest import SEEDS

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
