"""Measure whether word associations let the second stage credit words a passage does not use.

A question often asks with words its passage does not use (a synonym, a derivation the
stemmer keeps apart, a paraphrase). This bench adds one evidence to the dumps that
``eval_retrieval.py --evidence`` writes, ``association``: the idf-weighted share of the
question's words (stopwords and numbers left out) that a candidate lacks, each weighed by
how strongly it is associated with a word the candidate has. Two sources of association:

* ``--vectors-from FILE ...``: PPMI over a window co-occurrence matrix of stems, reduced by a
  randomized truncated SVD (numpy only); a lacking word weighs its best cosine with the
  candidate's words (0 below ``--threshold``). FILE is a ``.jsonl`` with a ``text`` per line
  (FacQA's ``corpus.jsonl``, IndoSum's ``articles.jsonl``): learnt from the user's kind of text.
* ``--translation``: an IBM model 1 table, t(question word | passage word), learnt by EM
  from the fit split's questions and their relevant passages (FacQA-trained: check it on
  the other split only).

It then prints ``fit_rerank.py``'s figures (a component measure over the first stage's
best ``RERANK_DEPTH``) for a few weights of the new evidence beside the product's weights,
and the weights coordinate ascent picks on the fit split. Nothing here changes the product:
it keeps a negative result repeatable (figures: BENCHMARKS.md, typed questions).

    python bench/eval_retrieval.py --split train --evidence train.jsonl
    python bench/eval_retrieval.py --split valid --evidence valid.jsonl
    python bench/eval_associations.py train.jsonl valid.jsonl \\
        --vectors-from ../shared/data/ir/facqa/corpus.jsonl ../shared/data/indosum/articles.jsonl
    python bench/eval_associations.py train.jsonl valid.jsonl --translation
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import fit_rerank
import numpy as np
from eval_retrieval import DEFAULT_SET, read_passages

#: The weights of ``association`` tried beside the product's.
WEIGHTS = (0.3, 0.5, 1.0, 2.0)
NULL = "<null>"
#: How strongly a question word lacking from a passage is matched by that passage's words.
Association = Callable[[str, frozenset[str]], float]


def content_stems(text: str) -> list[str]:
    """The stems the index gives ``text``'s words, without stopwords and bare numbers."""
    from warta.search.analysis import stem, stopwords, tokenize

    stop = stopwords()
    found = []
    for word, _, _ in tokenize(text):
        if word in stop or word.isdigit():
            continue
        stemmed = stem(word)
        if stemmed and stemmed not in stop:
            found.append(stemmed)
    return found


def association_vectors(
    texts: Iterable[str],
    dimensions: int = 100,
    window: int = 5,
    vocabulary: int = 20_000,
    min_count: int = 3,
    seed: int = 0,
) -> tuple[dict[str, int], np.ndarray]:
    """A unit vector per frequent stem: PPMI of stems within ``window`` words of each other
    (context counts smoothed by the power 0.75), reduced to ``dimensions`` by a randomized SVD."""
    documents = [content_stems(text) for text in texts]
    counts = Counter(word for words in documents for word in words)
    kept = [word for word, count in counts.most_common(vocabulary) if count >= min_count]
    index = {word: at for at, word in enumerate(kept)}
    size = len(kept)
    together = np.zeros((size, size), dtype=np.float32)
    for words in documents:
        ids = [index.get(word, -1) for word in words]
        for at, first in enumerate(ids):
            for second in ids[max(0, at - window) : at]:
                if first >= 0 and second >= 0 and first != second:
                    together[first, second] += 1
                    together[second, first] += 1
    total = float(together.sum()) or 1.0
    rows = together.sum(axis=1) / total
    contexts = together.sum(axis=0) ** 0.75
    contexts /= contexts.sum() or 1.0
    pmi = together  # in place: one vocabulary-squared matrix (1.6 GB at 20,000 stems)
    pmi /= total
    pmi /= rows[:, None] + 1e-12
    pmi /= contexts[None, :] + 1e-12
    with np.errstate(divide="ignore"):
        np.log(pmi, out=pmi)
    np.maximum(pmi, 0.0, out=pmi)
    rank = min(dimensions, max(1, size - 1))
    probe = np.random.default_rng(seed).standard_normal((size, rank + 10)).astype(np.float32)
    basis, _ = np.linalg.qr(pmi @ (pmi.T @ (pmi @ probe)))
    small, values, _ = np.linalg.svd(basis.T @ pmi, full_matrices=False)
    vectors = (basis @ small)[:, :rank] * np.sqrt(values[:rank])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return index, vectors


def cosine_association(
    index: Mapping[str, int], vectors: np.ndarray, threshold: float = 0.0
) -> Association:
    """A lacking word's best cosine with the passage's words (0 at or below ``threshold``)."""

    def associate(word: str, passage: frozenset[str]) -> float:
        others = [index[other] for other in passage if other in index]
        if word not in index or not others:
            return 0.0
        best = float((vectors[others] @ vectors[index[word]]).max())
        return best if best > threshold else 0.0

    return associate


def translation_table(
    pairs: Sequence[tuple[Sequence[str], Sequence[str]]], iterations: int = 8
) -> dict[tuple[str, str], float]:
    """IBM model 1: t(question word | passage word) by EM over (question, passage) stems,
    a NULL word on the passage's side absorbing the question's own words."""
    start = 1.0 / max(1, len({word for question, _ in pairs for word in question}))
    table: dict[tuple[str, str], float] = {}
    for _ in range(iterations):
        counts: dict[tuple[str, str], float] = defaultdict(float)
        totals: dict[str, float] = defaultdict(float)
        for question, passage in pairs:
            sources = [*dict.fromkeys(passage), NULL]
            for word in set(question):
                shares = [table.get((word, source), start) for source in sources]
                norm = sum(shares)
                for source, share in zip(sources, shares, strict=True):
                    counts[word, source] += share / norm
                    totals[source] += share / norm
        table = {(word, source): c / totals[source] for (word, source), c in counts.items()}
    return table


def translation_association(table: Mapping[tuple[str, str], float]) -> Association:
    """A lacking word's best translation probability from one of the passage's words."""

    def associate(word: str, passage: frozenset[str]) -> float:
        return max((table.get((word, other), 0.0) for other in passage), default=0.0)

    return associate


def add_association(
    records: Sequence[fit_rerank.Record],
    questions: Mapping[str, str],
    passages: Mapping[str, str],
    associate: Association,
) -> None:
    """Add ``association`` to each candidate's evidence in ``records`` (in place)."""
    words = {pid: frozenset(content_stems(text)) for pid, text in passages.items()}
    frequency = Counter(word for found in words.values() for word in found)
    count = len(words)
    idf = {word: math.log(1 + (count - n + 0.5) / (n + 0.5)) for word, n in frequency.items()}
    for record in records:
        asked = list(dict.fromkeys(content_stems(questions[record["qid"]])))
        total = sum(idf.get(word, 0.0) for word in asked)
        for pid, found in zip(record["ids"], record["evidence"], strict=False):
            has = words.get(pid, frozenset())
            credit = sum(
                idf.get(word, 0.0) * associate(word, has) for word in asked if word not in has
            )
            found["association"] = credit / total if total else 0.0


def read_questions(queries: Path) -> dict[str, str]:
    """Each question's text, by qid."""
    with queries.open(encoding="utf-8", newline="") as rows:
        records = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {record["qid"]: record["question"] for record in records}


def report(fit: Sequence[fit_rerank.Record], check: Sequence[fit_rerank.Record]) -> list[str]:
    """Rows of MRR@10 / R@1 / R@10 on both files, for the product's weights, each weight of
    ``association`` beside them, and the weights coordinate ascent picks on ``fit``."""
    from warta.search import ranking

    chosen = {**ranking.evidence_weights(), "association": 0.0}
    rows = {"warta.search.ranking": chosen}
    rows.update({f"association {weight}": {**chosen, "association": weight} for weight in WEIGHTS})
    rows["fitted"] = fit_rerank.ascend(fit, chosen)
    lines = ["| weights | fit MRR@10 / R@1 / R@10 | check |", "| --- | ---: | ---: |"]
    for label, weights in rows.items():
        cells = [
            " / ".join(f"{x:.3f}" for x in fit_rerank.figures(records, weights))
            for records in (fit, check)
        ]
        lines.append(f"| {label} | {cells[0]} | {cells[1]} |")
    lines.append("fitted: " + json.dumps(rows["fitted"]))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("fit", type=Path, help="evidence to choose the weights on (train)")
    parser.add_argument("check", type=Path, help="evidence to check them on (valid)")
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="corpus.jsonl, queries.tsv")
    parser.add_argument("--vectors-from", type=Path, nargs="+", help=".jsonl files to learn from")
    parser.add_argument("--dimensions", type=int, default=100)
    parser.add_argument("--window", type=int, default=5)
    parser.add_argument("--threshold", type=float, default=0.0)
    parser.add_argument("--translation", action="store_true", help="IBM model 1 on fit's pairs")
    args = parser.parse_args(argv)
    corpus, queries = args.set / "corpus.jsonl", args.set / "queries.tsv"
    if not corpus.is_file() or not queries.is_file():
        print(f"eval_associations: {args.set} lacks its files; nothing measured", file=sys.stderr)
        return 0
    passages = {p["id"]: f"{p.get('title', '')} {p['text']}" for p in read_passages(corpus)}
    questions = read_questions(queries)
    fit, check = fit_rerank.read(args.fit), fit_rerank.read(args.check)
    if args.translation:
        pairs = [
            (content_stems(questions[record["qid"]]), content_stems(passages[pid]))
            for record in fit
            for pid in record["relevant"]
        ]
        associate = translation_association(translation_table(pairs))
    elif args.vectors_from:
        texts = [p["text"] for path in args.vectors_from for p in read_passages(path)]
        index, vectors = association_vectors(texts, args.dimensions, args.window)
        associate = cosine_association(index, vectors, args.threshold)
    else:
        parser.error("give --vectors-from FILE ... or --translation")
    for records in (fit, check):
        add_association(records, questions, passages, associate)
    print("\n".join(report(fit, check)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
