"""``warta unsave NAME``: a saved search can be deleted as it was saved, from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from warta.tui.cli import main

from tests.test_hostile_round19 import _common


def test_a_saved_search_is_deleted_by_name_and_its_runs_are_gone(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """Saved searches could only be added or replaced: an old one stayed in ``warta saved``
    and the explorer's J list for good."""
    common = _common(seeds_index, tmp_path / "data")
    assert main([*common, "search", "musk", "--save", "musk"]) == 0
    assert main([*common, "search", "bank", "--save", "bank"]) == 0
    capsys.readouterr()
    assert main([*common, "unsave", "musk"]) == 0
    assert capsys.readouterr().out.strip() == "Deleted the saved search musk"
    assert main([*common, "saved", "--json"]) == 0
    assert [saved["name"] for saved in json.loads(capsys.readouterr().out)] == ["bank"]
    assert main([*common, "unsave", "musk"]) == 0
    assert capsys.readouterr().out.strip() == "No saved search named musk"
    assert main([*common, "saved", "musk"]) == 2
