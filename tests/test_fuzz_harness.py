"""The hostile-input fuzzing harness keeps working: every target runs a few examples.

Whether the examples break warta is the harness's report, not these tests' concern (a
fuzzing run is how the team checks that); here each target must run end to end, and a
planted defect must come back as a finding. Everything happens under ``tmp_path``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import fuzz_hostile  # noqa: E402

#: Examples per target: enough to pass through setup, a check and the bookkeeping.
EXAMPLES = 2


@pytest.fixture(autouse=True)
def _small_query_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """The query target's long repetitive article, made short: its snippets cost seconds."""
    monkeypatch.setattr(fuzz_hostile.QueriesTarget, "REPEATS", 50)


@pytest.mark.parametrize("target", fuzz_hostile.TARGET_NAMES)
def test_each_target_runs_its_examples(tmp_path: Path, target: str) -> None:
    fuzzer = fuzz_hostile.Fuzzer(target, 60.0, tmp_path, EXAMPLES, log=lambda line: None)
    report = fuzzer.run(base_seed=0)
    assert report.examples == EXAMPLES
    for finding in report.findings.values():
        assert finding.signature and finding.description
        json.dumps(fuzz_hostile.to_json(finding.example))  # every finding can be saved


def test_a_planted_defect_is_found_and_written_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from warta.search.service import SearchService

    def broken_update(self: SearchService, rebuild: bool = False, progress: object = None) -> None:
        raise RuntimeError("planted")

    monkeypatch.setattr(SearchService, "update", broken_update)  # the forked worker inherits it
    out = tmp_path / "out"
    status = fuzz_hostile.main(
        ["--target", "files", "--max-examples", "1", "--seed", "3", "--out", str(out)]
    )

    assert status == 1
    (finding_dir,) = (out / "findings").iterdir()
    finding = json.loads((finding_dir / "finding.json").read_text())
    where = "broken_update (tests/test_fuzz_harness.py)"
    assert finding["signature"] == f"update() raised: RuntimeError in {where}"
    assert "files" in (out / "summary.md").read_text()
    assert json.loads((out / "summary.json").read_text())[0]["examples"] == 1
    assert "1 failures" in capsys.readouterr().out


def test_examples_survive_the_json_round_trip() -> None:
    example = {"files": [{"ext": ".txt", "data": b"\xff\x00abc"}], "names": [b"\x1b", "\ud800"]}
    assert fuzz_hostile.from_json(json.loads(json.dumps(fuzz_hostile.to_json(example)))) == {
        "files": [{"ext": ".txt", "data": b"\xff\x00abc"}],
        "names": [b"\x1b", "\ud800"],
    }
