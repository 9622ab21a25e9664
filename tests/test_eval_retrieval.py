"""bench/eval_retrieval.py on a fixture set written for the project (no shared data needed).

The figures on FacQA belong to BENCHMARKS.md; here the script must run end to end through
the product and find a question whose every word is in one passage at rank 1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "bench" / "eval_retrieval.py"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "retrieval"


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # The script indexes into a temporary folder: keep it inside this test's tmp_path.
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def _figures(tmp_path: Path, split: str) -> dict[str, Any]:
    done = _run(tmp_path, "--set", str(FIXTURE), "--split", split, "--json")
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def test_every_variant_finds_a_typed_question_at_rank_1(
    tmp_path: Path,
) -> None:
    figures = _figures(tmp_path, "train")
    assert figures["questions"] == 1
    for variant in ("typed", "keywords", "bm25"):
        assert figures[variant]["recall_1"] == 1.0, variant
        assert figures[variant]["zero_share"] == 0.0, variant


def test_a_split_reads_only_its_own_questions(tmp_path: Path) -> None:
    assert _figures(tmp_path, "test")["questions"] == 2
    assert _figures(tmp_path, "all")["questions"] == 4


def test_by_a_column_gives_typed_and_bm25_figures_per_value(tmp_path: Path) -> None:
    done = _run(tmp_path, "--set", str(FIXTURE), "--split", "train,test", "--by", "split", "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert {key for key in figures if ", split " in key} == {
        *("typed, split train", "bm25, split train", "typed, split test", "bm25, split test")
    }
    assert figures["typed, split train"]["recall_1"] == 1.0
    whole = (figures["typed, split train"]["mrr"] + 2 * figures["typed, split test"]["mrr"]) / 3
    assert figures["typed"]["mrr"] == pytest.approx(whole)


def test_absent_data_is_a_message_and_exit_0(tmp_path: Path) -> None:
    done = _run(tmp_path, "--set", str(tmp_path / "nowhere"))
    assert done.returncode == 0
    assert "absent" in done.stderr
    assert done.stdout == ""
