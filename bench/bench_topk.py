"""Top-k scoring through ``SearchService.search``: numpy sidecar against Whoosh (issue 17).

On real news text (IndoSum, optionally tiled with shuffled paragraphs), in one run:

* **warta, sidecar**: ``SearchService.search`` as the explorer calls it (page of 20, no
  snippets: the scorer is what is measured), the segments' sidecars present;
* **warta, Whoosh**: the same service and queries with the sidecars moved away, so Whoosh's
  exhaustive scorer runs (what warta did before); the hits of both are compared;
* **stock Whoosh**: a plain Whoosh index of the same articles (StandardAnalyzer, default
  BM25F, its own block-quality skipping, unbounded prefixes, ``word~`` through its
  FuzzyTermPlugin), ``searcher.search(q, limit=20)``;
* **plain BM25**: an in-memory numpy BM25 over the same tokens (OR of the words), the floor
  of vectorised scoring without any index format around it (a diagnostic, not a product;
  no prefix or fuzzy class).

Query classes: words (middling, common), OR, NOT, a lone phrase, a prefix ``abcd*``, a
misspelt word ``wxrd~``, and a phrase beside a word, drawn from the corpus.

Also the cost of writing the sidecars: CPU time to write them for the built index, beside the
build's own wall time. Query times are CPU times of this process (``time.process_time``): on
a machine shared with other jobs, wall times measure the other jobs. Skips cleanly when the
corpus is absent.

    python bench/bench_topk.py --corpus ../shared/data/indosum/articles.jsonl \\
        --tile 20000 --work /tmp/topk-bench --out /tmp/topk-bench/out
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import resource
import shutil
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from bench_index import Corpus, corpus_files, real_corpus  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "indosum" / "articles.jsonl"
QUERIES_PER_CLASS = 20
REPEATS = 3
LIMIT = 20
WORD = re.compile(r"[^\W\d_]{4,}")


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))]


def articles_text(corpus: Corpus) -> Iterator[tuple[str, str]]:
    """(title, body) of every article file, as bench_index writes them."""
    for path in corpus_files(corpus):
        title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        yield title, body


def make_queries(corpus: Corpus, seed: int) -> dict[str, list[str]]:
    """Queries by class, drawn from the corpus's own words by how many articles use them."""
    from warta.search.analysis import stopwords

    rng = random.Random(seed)
    frequency: Counter[str] = Counter()
    pairs: list[str] = []
    count = 0
    for _, body in articles_text(corpus):
        count += 1
        words = [w.lower() for w in WORD.findall(body)]
        frequency.update(set(words))
        if len(words) > 2 and rng.random() < 0.05:
            start = rng.randrange(len(words) - 1)
            pairs.append(f'"{words[start]} {words[start + 1]}"')
    content = [w for w in frequency if w not in stopwords()]

    def band(low: float, high: float) -> list[str]:
        found = sorted(w for w in content if low * count <= frequency[w] < high * count)
        return found or sorted(content)

    middling = band(0.005, 0.05)
    common = band(0.2, 0.6)

    def pick(words: list[str]) -> str:
        return rng.choice(words)

    def misspelt(word: str) -> str:
        at = rng.randrange(1, len(word))
        return f"{word[:at]}{rng.choice('aeiouknrst')}{word[at + 1 :]}~"

    n = QUERIES_PER_CLASS
    return {
        "one word": [pick(middling) for _ in range(n)],
        "two words": [f"{pick(middling)} {pick(middling)}" for _ in range(n)],
        "three words": [f"{pick(middling)} {pick(middling)} {pick(common)}" for _ in range(n)],
        "very common word": [pick(common) for _ in range(n)],
        "OR": [f"{pick(middling)} OR {pick(middling)}" for _ in range(n)],
        "NOT": [f"{pick(common)} -{pick(middling)}" for _ in range(n)],
        "phrase": rng.sample(pairs, min(n, len(pairs))),
        "prefix": [f"{pick(middling)[:4]}*" for _ in range(n)],
        "fuzzy": [misspelt(pick(middling)) for _ in range(n)],
        "phrase and word": [
            f"{phrase} {pick(middling)}" for phrase in rng.sample(pairs, min(n, len(pairs)))
        ],
    }


def timed(run: Callable[[str], Any], queries: Sequence[str]) -> tuple[list[float], list[Any]]:
    """Median CPU ms of ``REPEATS`` runs per query (after one warm-up run), and the answers."""
    answers = [run(q) for q in queries]
    medians = []
    for q in queries:
        times = []
        for _ in range(REPEATS):
            started = time.process_time()
            run(q)
            times.append((time.process_time() - started) * 1000)
        medians.append(statistics.median(times))
    return medians, answers


def summary(medians: Sequence[float]) -> dict[str, float]:
    return {"p50": round(percentile(medians, 0.5), 2), "p95": round(percentile(medians, 0.95), 2)}


# -- warta -------------------------------------------------------------------------------------


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the build's workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def build_warta(corpus: Corpus, index_dir: Path) -> dict[str, float]:
    """Build (or reuse) warta's index without entities; time writing its sidecars alone."""
    from warta.search.index import current_generation, open_generation, update_index
    from warta.search.sidecar import SIDECAR_FOLDER, write_sidecars

    figures: dict[str, float] = {}
    if current_generation(index_dir) is None:
        started, cpu = time.perf_counter(), _cpu_seconds()
        update_index(index_dir, [corpus.root], entities=False)
        figures["build_s"] = round(time.perf_counter() - started, 2)
        figures["build_cpu_s"] = round(_cpu_seconds() - cpu, 2)
    generation = current_generation(index_dir)
    assert generation is not None
    shutil.rmtree(generation / SIDECAR_FOLDER, ignore_errors=True)
    ix = open_generation(generation)
    reader = ix.reader()
    started = time.process_time()
    write_sidecars(generation, reader)
    figures["sidecar_write_s"] = round(time.process_time() - started, 2)
    figures["segments"] = len(reader.leaf_readers())
    reader.close()
    ix.close()
    size = sum(p.stat().st_size for p in (generation / SIDECAR_FOLDER).iterdir())
    whole = sum(p.stat().st_size for p in generation.rglob("*") if p.is_file())
    figures["sidecar_mb"] = round(size / 2**20, 1)
    figures["index_mb"] = round(whole / 2**20, 1)
    return figures


def warta_runs(corpus: Corpus, index_dir: Path, queries: dict[str, list[str]]) -> dict[str, Any]:
    """Each query through ``SearchService.search`` with the sidecars, then without (Whoosh's
    exhaustive scorer), alternating, so that a load that changes during the run weighs on
    both alike; and, as a diagnostic, the collecting step alone (``top_k`` against Whoosh's
    ``TopCollector`` on the parsed query)."""
    from unittest import mock

    from warta.search import sidecar
    from warta.search.query import parse_query
    from warta.search.service import SearchService
    from whoosh import collectors

    service = SearchService([corpus.root], index_dir)
    view = service._view()
    searcher, generation = view.searcher, view.generation
    without = mock.patch.object(sidecar, "segment_sidecar", lambda folder, reader: None)

    def search(q: str) -> tuple[float, tuple[int, list[Any]]]:
        started = time.process_time()
        found = service.search(q, limit=LIMIT, snippets=False)
        took = (time.process_time() - started) * 1000
        return took, (found.total, [(hit.id, hit.score) for hit in found.hits])

    def collect(q: Any, ours: bool) -> float:
        started = time.process_time()
        if ours:
            sidecar.top_k(q, searcher, generation, LIMIT, lambda: None)
        else:
            collector = collectors.TopCollector(LIMIT, usequality=False, replace=0)
            searcher.search_with_collector(q, collector)
        return (time.process_time() - started) * 1000

    modes = ("sidecar", "whoosh", "collect sidecar", "collect whoosh")
    results: dict[str, Any] = {mode: {} for mode in modes}
    differ = 0
    matches: dict[str, float] = {}
    try:
        for name, texts in queries.items():
            times: dict[str, list[float]] = {mode: [] for mode in modes}
            totals = []
            for text in texts:
                parsed = parse_query(text, searcher.schema, service._entity_keys).query
                runs: dict[str, list[float]] = {mode: [] for mode in modes}
                _, ours = search(text)  # warm-up, and the answers compared
                with without:
                    _, theirs = search(text)
                differ += ours != theirs
                totals.append(ours[0])
                for _ in range(REPEATS):
                    runs["sidecar"].append(search(text)[0])
                    runs["collect sidecar"].append(collect(parsed, True))
                    with without:
                        runs["whoosh"].append(search(text)[0])
                    runs["collect whoosh"].append(collect(parsed, False))
                for mode in modes:
                    times[mode].append(statistics.median(runs[mode]))
            for mode in modes:
                results[mode][name] = summary(times[mode])
            matches[name] = statistics.median(totals)
    finally:
        service.close()
    results["answers_differing"] = differ
    results["matches_median"] = matches
    return results


# -- baselines -----------------------------------------------------------------------------------


def stock_whoosh(corpus: Corpus, folder: Path, queries: dict[str, list[str]]) -> dict[str, Any]:
    """Whoosh as it comes: StandardAnalyzer, default BM25F, block-quality skipping."""
    from whoosh import fields, index, qparser

    schema = fields.Schema(title=fields.TEXT(stored=True), content=fields.TEXT)
    started = time.perf_counter()
    if not index.exists_in(str(folder)):
        folder.mkdir(parents=True, exist_ok=True)
        ix = index.create_in(str(folder), schema)
        writer = ix.writer(limitmb=256)
        for title, body in articles_text(corpus):
            writer.add_document(title=title, content=body)
        writer.commit()
    ix = index.open_dir(str(folder))
    build = round(time.perf_counter() - started, 2)
    parser = qparser.MultifieldParser(["title", "content"], ix.schema)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    results: dict[str, Any] = {"build_s": build}
    with ix.searcher() as searcher:

        def run(q: str) -> int:
            return len(searcher.search(parser.parse(q), limit=LIMIT).top_n)

        for name, texts in queries.items():
            medians, _ = timed(run, texts)
            results[name] = summary(medians)
    return results


def plain_bm25(corpus: Corpus, queries: dict[str, list[str]]) -> dict[str, Any]:
    """An in-memory numpy BM25 (K1 0.9, B 0.75, one field, OR of the words)."""
    import numpy as np

    postings: dict[str, tuple[list[int], list[int]]] = {}
    lengths = []
    for doc, (title, body) in enumerate(articles_text(corpus)):
        words = [w.lower() for w in WORD.findall(title + " " + body)]
        lengths.append(len(words))
        for word, tf in Counter(words).items():
            docs, tfs = postings.setdefault(word, ([], []))
            docs.append(doc)
            tfs.append(tf)
    arrays = {w: (np.array(d, np.int64), np.array(t, np.float64)) for w, (d, t) in postings.items()}
    length = np.array(lengths, np.float64)
    average = length.mean()
    n = len(lengths)

    def run(q: str) -> int:
        scores = np.zeros(n)
        for word in WORD.findall(q.lower()):
            if word not in arrays:
                continue
            docs, tf = arrays[word]
            idf = math.log(1 + (n - len(docs) + 0.5) / (len(docs) + 0.5))
            norm = 0.9 * (0.25 + 0.75 * length[docs] / average)
            scores[docs] += idf * tf * 1.9 / (tf + norm)
        top = np.argpartition(-scores, LIMIT)[:LIMIT]
        return len(top[np.argsort(-scores[top])])

    results: dict[str, Any] = {}
    for name, texts in queries.items():
        if any(mark in text for text in texts for mark in "*~"):
            continue  # no expansion in a plain bag of words
        medians, _ = timed(run, texts)
        results[name] = summary(medians)
    return results


def report(figures: dict[str, Any]) -> str:
    lines = [
        f"corpus: {figures['corpus']}; warta build {figures['warta_build']}; CPU ms per query",
        "",
        "| class (matches, median) | warta sidecar p50 / p95 | warta Whoosh p50 / p95 "
        "| p95 ratio | collect: sidecar / Whoosh p95 | stock Whoosh p50 / p95 "
        "| plain BM25 p50 / p95 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    warta = figures["warta"]
    for name in figures["queries"]:
        ours, theirs = warta["sidecar"][name], warta["whoosh"][name]
        stock = figures["stock_whoosh"][name]
        plain = figures["plain_bm25"].get(name, {"p50": "–", "p95": "–"})
        ratio = theirs["p95"] / ours["p95"] if ours["p95"] else float("inf")
        collected = warta["collect sidecar"][name]["p95"], warta["collect whoosh"][name]["p95"]
        lines.append(
            f"| {name} ({warta['matches_median'][name]:,.0f}) | {ours['p50']} / {ours['p95']} ms "
            f"| {theirs['p50']} / {theirs['p95']} ms | {ratio:.1f}x "
            f"| {collected[0]} / {collected[1]} ms "
            f"| {stock['p50']} / {stock['p95']} ms | {plain['p50']} / {plain['p95']} ms |"
        )
    lines.append("")
    lines.append(f"answers differing between the two warta scorers: {warta['answers_differing']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--tile", type=int, default=None)
    parser.add_argument("--work", type=Path, default=Path("/tmp/warta-topk-bench"))
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not found; skipped", file=sys.stderr)
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = real_corpus(args.work, args.corpus, args.tile, args.seed)
    if corpus is None:
        return 0
    queries = make_queries(corpus, args.seed)
    index_dir = args.work / f"index-{corpus.articles}"
    figures: dict[str, Any] = {"corpus": corpus.name, "queries": queries}
    figures["warta_build"] = build_warta(corpus, index_dir)
    print("warta built:", figures["warta_build"], file=sys.stderr)
    figures["warta"] = warta_runs(corpus, index_dir, queries)
    figures["stock_whoosh"] = stock_whoosh(corpus, args.work / f"stock-{corpus.articles}", queries)
    figures["plain_bm25"] = plain_bm25(corpus, queries)
    text = report(figures)
    print(text)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "results.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
        (args.out / "report.md").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
