"""Measure warta's search on known-item questions, beside a plain BM25 in the same run.

Reads a set of three files (default: FacQA in ``../shared/data/ir/facqa``):

* ``corpus.jsonl``: one passage a line, ``{"id": ..., "text": ...}`` (a ``title`` is kept);
* ``queries.tsv``: a header, then ``qid``, ``split`` (train/valid/test), ``question``, ...;
* ``qrels.tsv``: ``qid``, ``0``, passage id, relevance (the passages a question is about).

The passages are indexed through the product (a ``SearchService`` over a temporary corpus
folder holding them as one ``.jsonl``), and each question is searched three ways:

* **typed**: the question exactly as written, through ``SearchService.search``;
* **keywords**: the same without stopwords and question words (what a search-savvy user
  types), through ``SearchService.search``;
* **bm25**: a plain BM25 (k1 1.2, b 0.75) over Sastrawi stems of the passages, computed
  here: the floor warta's ranking must beat.

The typed and keyword questions are also searched without the second stage of ranking
(``warta.search.rerank``), to show what it adds in quality and latency. It prints MRR@10,
R@1, R@10, the share of questions with no result and the search latency (p50/p95,
milliseconds). Tune on ``--split train`` or ``valid`` only; ``test`` is for the
figures reported once. Without the data the script says so and exits 0.

``--evidence FILE`` writes, for each question as typed, the first stage's best articles and
the second stage's evidence for each (ids and numbers, no text), one JSON line a question:
``bench/fit_rerank.py`` replays the product's order from it and chooses the weights.

``--by COLUMN`` adds the typed and BM25 figures for each value of a column of the queries
file (``--by style`` on a set of lookups whose ``style`` says how each was typed: a name, a
misspelt name, keywords, a quoted phrase, ...).

``--tune`` indexes the passages once and measures the typed questions for each BM25 B and
K1 of a small grid (the constants of ``warta.search.ranking``), to choose them on train+valid.

    python bench/eval_retrieval.py --split valid [--set ../shared/data/ir/facqa]
    python bench/eval_retrieval.py --split train,valid --tune
    python bench/eval_retrieval.py --split train --evidence train.jsonl
    python bench/eval_retrieval.py --corpus c.jsonl --queries q.tsv --qrels r.tsv --split all
    python bench/eval_retrieval.py --corpus c.jsonl --queries q.tsv --qrels r.tsv --by style
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import math
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = REPO_ROOT.parent / "shared" / "data" / "ir" / "facqa"
DEPTH = 10
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")

#: Ranked passage ids for one question, and the seconds the search took.
Ranker = Callable[[str], tuple[list[str], float]]


@dataclass(frozen=True)
class Question:
    qid: str
    text: str
    relevant: frozenset[str]
    #: The value of the ``--by`` column ("" without it).
    group: str = ""


@dataclass(frozen=True)
class Figures:
    mrr: float
    recall_1: float
    recall_10: float
    zero_share: float
    p50_ms: float
    p95_ms: float


def read_questions(queries: Path, qrels: Path, split: str, by: str | None = None) -> list[Question]:
    """The questions of ``split`` (``all``: every one; ``train,valid``: both) that name at
    least one passage, each grouped by its value of the column ``by``."""
    relevant: dict[str, set[str]] = defaultdict(set)
    with qrels.open(encoding="utf-8") as rows:
        for row in csv.reader(rows, delimiter="\t"):
            if len(row) >= 4 and row[3].strip().lstrip("-").isdigit() and int(row[3]) > 0:
                relevant[row[0]].add(row[2])
    wanted = set(split.split(","))
    found = []
    with queries.open(encoding="utf-8", newline="") as rows:
        for record in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
            if split != "all" and record.get("split") not in wanted:
                continue
            if relevant.get(record["qid"]):
                found.append(
                    Question(
                        record["qid"],
                        record["question"],
                        frozenset(relevant[record["qid"]]),
                        (record.get(by) or "") if by else "",
                    )
                )
    return found


def read_passages(corpus: Path) -> list[dict[str, str]]:
    with corpus.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def measure(questions: Sequence[Question], ranker: Ranker) -> Figures:
    reciprocal, at_1, at_10, zero, seconds = [], [], [], 0, []
    for question in questions:
        ranked, took = ranker(question.text)
        seconds.append(took)
        zero += not ranked
        top = ranked[:DEPTH]
        rank = next((i for i, found in enumerate(top, 1) if found in question.relevant), None)
        reciprocal.append(1 / rank if rank else 0.0)
        at_1.append(len(question.relevant & set(top[:1])) / len(question.relevant))
        at_10.append(len(question.relevant & set(top)) / len(question.relevant))
    count = max(1, len(questions))
    millis = sorted(s * 1000 for s in seconds) or [0.0]
    return Figures(
        mrr=sum(reciprocal) / count,
        recall_1=sum(at_1) / count,
        recall_10=sum(at_10) / count,
        zero_share=zero / count,
        p50_ms=statistics.median(millis),
        p95_ms=millis[min(len(millis) - 1, math.ceil(0.95 * len(millis)) - 1)],
    )


# -- plain BM25 over Sastrawi stems -------------------------------------------------------------


@functools.cache
def _sastrawi_stem(word: str) -> str:
    return _sastrawi().stem(word) or word


@functools.cache
def _sastrawi() -> object:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def stems(text: str) -> list[str]:
    return [_sastrawi_stem(word) for word in _WORD.findall(text.lower())]


class PlainBM25:
    """Okapi BM25 over one bag of Sastrawi stems per passage: no fields, boosts or phrases."""

    def __init__(
        self, passages: Sequence[dict[str, str]], k1: float = 1.2, b: float = 0.75
    ) -> None:
        self.ids = [p["id"] for p in passages]
        self.bags = [Counter(stems(p.get("title", "") + " " + p["text"])) for p in passages]
        self.lengths = [sum(bag.values()) for bag in self.bags]
        self.average = sum(self.lengths) / max(1, len(self.lengths))
        frequency = Counter(term for bag in self.bags for term in bag)
        count = len(self.bags)
        self.idf = {t: math.log(1 + (count - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}
        self.k1, self.b = k1, b

    def rank(self, text: str) -> tuple[list[str], float]:
        start = time.perf_counter()
        terms = [t for t in set(stems(text)) if t in self.idf]
        scores: dict[int, float] = {}
        for index, bag in enumerate(self.bags):
            score = 0.0
            norm = self.k1 * (1 - self.b + self.b * self.lengths[index] / self.average)
            for term in terms:
                tf = bag.get(term, 0)
                if tf:
                    score += self.idf[term] * tf * (self.k1 + 1) / (tf + norm)
            if score:
                scores[index] = score
        best = sorted(scores, key=lambda i: -scores[i])[:DEPTH]
        return [self.ids[i] for i in best], time.perf_counter() - start


# -- warta ---------------------------------------------------------------------------------------


def keywords(text: str) -> str:
    """The question's words without stopwords and question words, as a search-savvy user
    would type it (no punctuation, so no operator either)."""
    from warta.search.analysis import stopwords

    dropped = stopwords()
    return " ".join(w for w in _WORD.findall(text) if w.lower() not in dropped)


def warta_ranker(
    service: object, rewrite: Callable[[str], str] = str, snippets: bool = True
) -> Ranker:
    """Search as the product does; ``snippets=False`` only where the latency is not reported."""

    def rank(text: str) -> tuple[list[str], float]:
        start = time.perf_counter()
        result = service.search(  # type: ignore[attr-defined]
            rewrite(text), limit=DEPTH, snippets=snippets
        )
        took = time.perf_counter() - start
        return [hit.id for hit in result.hits], took

    return rank


def build_service(passages: Sequence[dict[str, str]], folder: Path) -> object:
    """A SearchService over the passages written as one ``.jsonl`` in ``folder``."""
    from warta.search.service import SearchService

    corpus = folder / "corpus"
    corpus.mkdir()
    with (corpus / "passages.jsonl").open("w", encoding="utf-8") as out:
        for passage in passages:
            out.write(json.dumps(passage, ensure_ascii=False) + "\n")
    service = SearchService([corpus], folder / "index")
    service.update()
    return service


def evaluate(
    corpus: Path, queries: Path, qrels: Path, split: str, by: str | None = None
) -> dict[str, Figures]:
    """Every variant's figures; with ``by``, also the typed and BM25 ones per group."""
    passages = read_passages(corpus)
    questions = read_questions(queries, qrels, split, by)
    with tempfile.TemporaryDirectory(prefix="warta-eval-") as folder:
        service = build_service(passages, Path(folder))
        bm25 = PlainBM25(passages)
        try:
            found = {
                "typed": measure(questions, warta_ranker(service)),
                "typed, first stage only": first_stage_only(questions, service),
                "keywords": measure(questions, warta_ranker(service, keywords)),
                "keywords, first stage only": first_stage_only(questions, service, keywords),
                "bm25": measure(questions, bm25.rank),
            }
            for group in sorted({question.group for question in questions} if by else ()):
                members = [question for question in questions if question.group == group]
                found[f"typed, {by} {group}"] = measure(members, warta_ranker(service))
                found[f"bm25, {by} {group}"] = measure(members, bm25.rank)
            return found
        finally:
            service.close()  # type: ignore[attr-defined]


def first_stage_only(
    questions: Sequence[Question], service: object, rewrite: Callable[[str], str] = str
) -> Figures:
    """The figures without the second stage (``warta.search.rerank``): what it adds, in
    quality and in latency. Sets ``RERANK_DEPTH`` to 0 in this bench's process, restored after.
    """
    import warta.search.ranking as ranking

    depth = ranking.RERANK_DEPTH
    ranking.RERANK_DEPTH = 0
    try:
        return measure(questions, warta_ranker(service, rewrite))
    finally:
        ranking.RERANK_DEPTH = depth


def dump_evidence(corpus: Path, queries: Path, qrels: Path, split: str, out: Path) -> int:
    """Write each question's second-stage input as a JSON line (see ``fit_rerank.py``);
    the number of questions written."""
    passages = read_passages(corpus)
    questions = read_questions(queries, qrels, split)
    with tempfile.TemporaryDirectory(prefix="warta-evidence-") as folder:
        service = build_service(passages, Path(folder))
        try:
            with out.open("w", encoding="utf-8") as lines, _second_stage_inputs() as seen:
                for question in questions:
                    seen.clear()
                    service.search(question.text, limit=DEPTH, snippets=False)  # type: ignore[attr-defined]
                    record = {"qid": question.qid, "relevant": sorted(question.relevant)}
                    lines.write(json.dumps({**record, **seen}) + "\n")
        finally:
            service.close()  # type: ignore[attr-defined]
    return len(questions)


@contextmanager
def _second_stage_inputs() -> Iterator[dict[str, Any]]:
    """What the service hands its second stage, while the block runs: the pool's ids in
    the first stage's order, their scores, how many have every word, and the evidence of
    the best ``RERANK_DEPTH`` (``warta.search.rerank.evidence``) with whether each ranks
    among those with every word (``rerank.nearly_whole``)."""
    import warta.search.service as service
    from warta.search import ranking, rerank

    seen: dict[str, Any] = {}
    second_stage = service._second_stage

    def spy(
        searcher: Any, hits: list[Any], every_word: int, scores: dict[int, float], *rest: Any
    ) -> Any:
        docnums = [hit.docnum for hit in hits]
        found = rerank.evidence(searcher, docnums[: ranking.RERANK_DEPTH], rest[0])
        unheard = rerank.has_unheard_word(searcher.reader(), rest[0])
        seen.update(
            ids=[searcher.stored_fields(docnum)["id"] for docnum in docnums],
            first=[scores.get(docnum, 0.0) for docnum in docnums],
            every_word=every_word,
            evidence=[found[docnum] for docnum in docnums[: ranking.RERANK_DEPTH]],
            nearly_whole=[
                rerank.nearly_whole(found[docnum], rest[0], unheard)
                for docnum in docnums[: ranking.RERANK_DEPTH]
            ],
        )
        return second_stage(searcher, hits, every_word, scores, *rest)

    service._second_stage = spy  # type: ignore[assignment]
    try:
        yield seen
    finally:
        service._second_stage = second_stage  # type: ignore[assignment]


#: The (idf, B, K1) settings ``--tune`` tries (see ``warta.search.ranking``).
TUNING_GRID = (
    ("whoosh", 0.75, 1.2),
    *((idf, b, k1) for idf in ("bm25",) for b in (0.6, 0.75, 0.9) for k1 in (0.9, 1.2, 1.6)),
)


def tune(corpus: Path, queries: Path, qrels: Path, split: str) -> dict[str, Figures]:
    """The typed questions' figures for each setting of ``TUNING_GRID``, on one index.

    Sets ``warta.search.ranking``'s constants in turn (a bench's own process; restored after) and
    closes the service's searchers, so the next search opens one that scores with them.
    """
    import warta.search.ranking as ranking

    passages = read_passages(corpus)
    questions = read_questions(queries, qrels, split)
    chosen = (ranking.IDF, ranking.BM25_B, ranking.BM25_K1)
    found = {}
    with tempfile.TemporaryDirectory(prefix="warta-tune-") as folder:
        service = build_service(passages, Path(folder))
        try:
            for setting in TUNING_GRID:
                ranking.IDF, ranking.BM25_B, ranking.BM25_K1 = setting
                service.close()  # type: ignore[attr-defined]
                label = "idf {} B {} K1 {}".format(*setting)
                found[label] = measure(questions, warta_ranker(service, snippets=False))
                print(label, found[label], file=sys.stderr, flush=True)
        finally:
            ranking.IDF, ranking.BM25_B, ranking.BM25_K1 = chosen
            service.close()  # type: ignore[attr-defined]
    return found


def table(results: dict[str, Figures], questions: int, split: str) -> str:
    lines = [
        f"{questions} questions ({split})",
        "",
        "| variant | MRR@10 | R@1 | R@10 | zero results | p50 ms | p95 ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, f in results.items():
        lines.append(
            f"| {name} | {f.mrr:.3f} | {f.recall_1:.3f} | {f.recall_10:.3f} | "
            f"{f.zero_share:.1%} | {f.p50_ms:.1f} | {f.p95_ms:.1f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split",
        default="valid",
        help="train, valid, test, all, or several joined by commas (train,valid)",
    )
    parser.add_argument(
        "--set", type=Path, default=DEFAULT_SET, help="a folder holding the three files"
    )
    parser.add_argument("--corpus", type=Path, help="passages (default: SET/corpus.jsonl)")
    parser.add_argument("--queries", type=Path, help="questions (default: SET/queries.tsv)")
    parser.add_argument("--qrels", type=Path, help="judgements (default: SET/qrels.tsv)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--tune", action="store_true", help="typed questions for each BM25 B and K1 of a grid"
    )
    parser.add_argument(
        "--evidence", type=Path, help="write each question's second-stage input to this file"
    )
    parser.add_argument(
        "--by", metavar="COLUMN", help="also the typed and BM25 figures per value of this column"
    )
    args = parser.parse_args(argv)
    args.corpus = args.corpus or args.set / "corpus.jsonl"
    args.queries = args.queries or args.set / "queries.tsv"
    args.qrels = args.qrels or args.set / "qrels.tsv"
    missing = [p for p in (args.corpus, args.queries, args.qrels) if not p.is_file()]
    if missing:
        print(f"eval_retrieval: {missing[0]} is absent; nothing measured", file=sys.stderr)
        return 0
    count = len(read_questions(args.queries, args.qrels, args.split))
    if not count:
        print(f"eval_retrieval: no question in split {args.split!r}", file=sys.stderr)
        return 0
    if args.evidence:
        written = dump_evidence(args.corpus, args.queries, args.qrels, args.split, args.evidence)
        print(f"{written} questions' evidence in {args.evidence}")
        return 0
    if args.tune:
        results = tune(args.corpus, args.queries, args.qrels, args.split)
    else:
        results = evaluate(args.corpus, args.queries, args.qrels, args.split, args.by)
    if args.json:
        print(json.dumps({"questions": count, **{k: vars(v) for k, v in results.items()}}))
    else:
        print(table(results, count, args.split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
