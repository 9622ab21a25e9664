"""bench/eval_ner.py: the entity figures are taken from what users get."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import eval_ner  # noqa: E402

#: Two annotated sentences written for this test: a person, an organisation, a place.
CONLL = """\
Presiden O
Joko B-PER
Widodo I-PER
bertemu O
pimpinan O
Bank B-ORG
Mandiri I-ORG
di O
Surabaya B-LOC
. O

Joko B-PER
Widodo I-PER
kembali O
ke O
Surabaya B-LOC
pada O
Senin O
. O
"""


def test_realigned_finds_each_word_in_order_and_leaves_a_rewritten_word_empty() -> None:
    words = ["Ia", "berkata", "“", "halo", "”", "lagi"]
    body = 'Ia berkata "halo" lagi'
    assert eval_ner.realigned(words, body) == [
        (0, 2),
        (3, 10),
        (10, 10),
        (12, 16),
        (16, 16),
        (18, 22),
    ]


def test_through_the_index_scores_the_mentions_the_index_gives_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The sentences are indexed as one article and read back: every gold span is found
    with its kind, span-exact, and the index is kept for a second run."""
    dev = tmp_path / "data" / "ner" / "idner-news-2k" / "dev.txt"
    dev.parent.mkdir(parents=True)
    dev.write_text(CONLL, encoding="utf-8")
    units = eval_ner.indexed_units(dev, tmp_path / "work")
    exact = eval_ner.score_spans(units)
    assert (exact["ALL"].gold, exact["ALL"].predicted, exact["ALL"].correct) == (5, 5, 5)
    assert (
        eval_ner.main(
            [
                "--data",
                str(tmp_path / "data"),
                "--split",
                "dev",
                "--through-index",
                str(tmp_path / "work"),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "through the index" in out and "1.000" in out
