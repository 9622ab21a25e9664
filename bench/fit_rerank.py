"""Choose the second stage's weights on one split's evidence, check them on another.

Reads the files ``eval_retrieval.py --evidence`` writes and replays the product's order
(``warta.search.service``: the first stage's best ``RERANK_DEPTH`` rescored by
``score * (1 + sum(weight * evidence))``, those with every word, or lacking only words of
little weight, first, the rest after), so a setting of weights is measured in
milliseconds instead of a search per question. The
figures are the product's for the weights in ``warta.search.ranking``; for others they are
a component measure, to be checked through ``eval_retrieval.py`` before they are kept.

    python bench/eval_retrieval.py --split train --evidence train.jsonl
    python bench/eval_retrieval.py --split valid --evidence valid.jsonl
    python bench/fit_rerank.py train.jsonl valid.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

DEPTH = 10
#: The values coordinate ascent tries for each weight.
GRID = (0.0, 0.1, 0.2, 0.3, 0.5, 0.8, 1.0, 1.5, 2.0)

Record = dict[str, Any]


def read(path: Path) -> list[Record]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def ranked(record: Record, weights: Mapping[str, float]) -> list[str]:
    """The ids the product shows for these weights, best first."""
    ids, evidence = record.get("ids", []), record.get("evidence", [])
    head = len(evidence)
    scores = [
        record["first"][at]
        * (1 + sum(weights.get(name, 0.0) * value for name, value in found.items()))
        for at, found in enumerate(evidence)
    ]
    every, nearly = record.get("every_word", 0), record.get("nearly_whole", [])
    groups: tuple[list[int], list[int]] = ([], [])
    for at in range(head):  # those lacking only light words join those with every word
        groups[not (at < every or (at < len(nearly) and nearly[at]))].append(at)
    order = [at for group in groups for at in sorted(group, key=lambda at: -scores[at])]
    return [ids[at] for at in order] + ids[head:]


def figures(records: Sequence[Record], weights: Mapping[str, float]) -> tuple[float, float, float]:
    """MRR@10, R@1 and R@10 (one relevant passage counts, as in FacQA)."""
    reciprocal = at_1 = at_10 = 0.0
    for record in records:
        top = ranked(record, weights)[:DEPTH]
        rank = next((i for i, found in enumerate(top, 1) if found in record["relevant"]), 0)
        reciprocal += 1 / rank if rank else 0.0
        at_1 += rank == 1
        at_10 += rank > 0
    count = max(1, len(records))
    return reciprocal / count, at_1 / count, at_10 / count


def ascend(
    records: Sequence[Record], weights: Mapping[str, float], rounds: int = 3
) -> dict[str, float]:
    """Coordinate ascent on MRR@10: each weight in turn set to the value of ``GRID`` that
    scores best with the others held, until a round changes none."""
    best = dict(weights)
    score = figures(records, best)[0]
    for _ in range(rounds):
        changed = False
        for name in best:
            for value in GRID:
                trial = {**best, name: value}
                found = figures(records, trial)[0]
                if found > score + 1e-9:
                    best, score, changed = trial, found, True
        if not changed:
            break
    return best


def main(argv: Sequence[str] | None = None) -> int:
    from warta.search import ranking

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("fit", type=Path, help="evidence to choose the weights on (train)")
    parser.add_argument("check", type=Path, help="evidence to check them on (valid)")
    args = parser.parse_args(argv)
    fit, check = read(args.fit), read(args.check)
    chosen = ranking.evidence_weights()
    rows = {
        "first stage only": {name: 0.0 for name in chosen},
        "warta.search.ranking": chosen,
        "fitted": ascend(fit, chosen),
    }
    print(f"| weights | {args.fit.name} MRR@10 / R@1 / R@10 | {args.check.name} |")
    print("| --- | ---: | ---: |")
    for label, weights in rows.items():
        cells = [
            " / ".join(f"{x:.3f}" for x in figures(records, weights)) for records in (fit, check)
        ]
        print(f"| {label} | {cells[0]} | {cells[1]} |")
    print("fitted:", json.dumps(rows["fitted"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
