"""Did-you-mean: latency and accuracy of search/suggest.py beside Whoosh's own corrector.

Two measures, each with Whoosh's corrector timed in the same run as the reference:

* **Lexicon at scale** (a component figure, labelled so): a :class:`search.suggest.Lexicon`
  of ``--words`` words (default 250,000: what IndoSum's vocabulary growth, 46,000 words in
  3,463 articles with Heaps' beta ~0.5, gives at 100,000 articles), made of
  bench/synth.py's vocabulary with Zipf document frequencies over 100,000 articles. Typos
  (one substitution, deletion, insertion or swap, never the first letter) of words drawn
  by frequency are corrected by ``Lexicon.best`` and by Whoosh's ``ListCorrector`` (the
  Levenshtein automaton ``Searcher.suggest`` runs, over a sorted in-memory list).
* **Through the product** (when ``../shared/data/indosum`` exists): IndoSum's 3,463 real
  articles (or ``--tile`` copies with shuffled paragraphs) indexed by warta (without
  entities), typo queries run through ``SearchService.search`` as the CLI and the explorer
  run them (suggestion included),
  the correction alone (``Lexicon.best`` on the service's lexicon), and
  ``Searcher.suggest`` on the same index, word by word.

    python bench/bench_suggest.py [--words 250000] [--typos 300] [--seed 0] [--json OUT]
    python bench/bench_suggest.py --only product --tile 20000 --tile 100000
    python bench/bench_suggest.py --only product --reuse CORPUS INDEX   # an index built before
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import synth  # noqa: E402
from bench_index import percentile, real_corpus  # noqa: E402
from warta.search.analysis import stopwords  # noqa: E402
from warta.search.suggest import Lexicon, is_lexicon_word  # noqa: E402

INDOSUM = REPO.parent / "shared" / "data" / "indosum" / "articles.jsonl"
ARTICLES = 100_000
#: Two-word queries in the product measure: a typo beside a correct content word.
LETTERS = "aiueonrstkgmpl"


def typo(word: str, rng: random.Random) -> str:
    """One edit away from ``word``, never in its first letter."""
    position = rng.randrange(1, len(word))
    kind = rng.choice(("substitute", "delete", "insert", "swap"))
    if kind == "delete":
        return word[:position] + word[position + 1 :]
    if kind == "insert":
        return word[:position] + rng.choice(LETTERS) + word[position:]
    if kind == "swap" and position < len(word) - 1:
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    letter = rng.choice([c for c in LETTERS if c != word[position]])
    return word[:position] + letter + word[position + 1 :]


def typos_of(frequencies: dict[str, int], count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(intended word, typo) pairs: words of 5+ letters drawn by document frequency, the
    typo not itself a word of the lexicon."""
    stop = stopwords()
    words = [w for w, f in frequencies.items() if len(w) >= 5 and w not in stop and f >= 2]
    weights = [math.sqrt(frequencies[w]) for w in words]
    pairs: list[tuple[str, str]] = []
    while len(pairs) < count:
        word = rng.choices(words, weights)[0]
        typed = typo(word, rng)
        if typed not in frequencies and is_lexicon_word(typed):
            pairs.append((word, typed))
    return pairs


def timed(call: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    answer = call()
    return (time.perf_counter() - started) * 1000, answer


def measure_corrector(
    name: str, correct: Callable[[str], str | None], pairs: Sequence[tuple[str, str]]
) -> dict[str, Any]:
    """Latency (ms) per word and the share of typos corrected to the intended word."""
    correct(pairs[0][1])  # warm: imports and caches, as after the first search
    times, right = [], 0
    for intended, typed in pairs:
        elapsed, answer = timed(lambda typed=typed: correct(typed))
        times.append(elapsed)
        right += answer == intended
    return {"name": name, "ms": spread(times), "right": right / len(pairs)}


def spread(times: Sequence[float]) -> dict[str, float]:
    """Median and 95th percentile, in ms."""
    return {"p50": round(percentile(times, 0.5), 3), "p95": round(percentile(times, 0.95), 3)}


def whoosh_list_corrector(words: list[str]) -> Callable[[str], str | None]:
    from whoosh.spelling import ListCorrector

    corrector = ListCorrector(sorted(words))

    def correct(word: str) -> str | None:
        found = corrector.suggest(word, limit=1, maxdist=2)
        return found[0] if found else None

    return correct


def synthetic_frequencies(words: int, seed: int) -> dict[str, int]:
    """``words`` distinct words of bench/synth.py's open vocabulary, with Zipf document
    frequencies over ``ARTICLES`` articles (rank 1 in ~60% of them)."""
    vocabulary = synth.Lexicon(seed)
    frequencies: dict[str, int] = {}
    rank = 0
    while len(frequencies) < words:
        word = vocabulary.word(rank).lower()
        rank += 1
        if is_lexicon_word(word) and word not in frequencies:
            frequencies[word] = max(1, int(0.6 * ARTICLES / (1 + rank) ** 0.9))
    return frequencies


def bench_lexicon(args: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(args.seed)
    frequencies = synthetic_frequencies(args.words, args.seed)
    build_ms, built = timed(lambda: Lexicon(frequencies.items(), stopwords()))
    lexicon: Lexicon = built  # type: ignore[assignment]
    pairs = typos_of(frequencies, args.typos, rng)
    return {
        "section": f"lexicon of {len(lexicon):,} words (synthetic, ~{ARTICLES:,} articles)",
        "build_ms": round(build_ms, 1),
        "correctors": [
            measure_corrector("warta Lexicon.best", lexicon.best, pairs),
            measure_corrector(
                "Whoosh ListCorrector (reference)",
                whoosh_list_corrector(list(frequencies)),
                pairs[: args.reference_typos],
            ),
        ],
    }


def bench_product(
    args: argparse.Namespace, work: Path, tile: int | None = None
) -> dict[str, Any] | None:
    """IndoSum through SearchService (tiled to ``tile`` articles): what the CLI and the
    explorer get."""
    from warta.search.index import update_index
    from warta.search.service import SearchService

    corpus = real_corpus(work, args.indosum, tile, args.seed)
    if corpus is None:
        return None
    index_dir = work / f"index-indosum-{corpus.articles}"
    update_index(index_dir, [corpus.root], entities=False)
    service = SearchService([corpus.root], index_dir)
    return measure_service(args, service, f"IndoSum through SearchService ({corpus.articles:,}")


def measure_service(args: argparse.Namespace, service: Any, label: str) -> dict[str, Any]:
    """Typos of the index's own words searched through ``service`` (closed after), beside
    the lexicon alone and Whoosh's ``Searcher.suggest`` on the same index."""
    try:
        view = service._view()
        reader = view.searcher.reader()
        frequencies = {
            term.decode("utf-8"): info.doc_frequency() for term, info in reader.iter_field("exact")
        }
        build_ms, built = timed(lambda: service._lexicon(view.searcher))
        lexicon: Lexicon = built  # type: ignore[assignment]
        rng = random.Random(args.seed)
        pairs = typos_of(frequencies, args.typos, rng)
        common = [w for w, f in frequencies.items() if f >= 20 and w not in stopwords()]
        two_words = [
            (f"{intended} {word}", f"{typed} {word}")
            for (intended, typed), word in zip(
                pairs, rng.choices(common, k=len(pairs)), strict=True
            )
        ]

        def suggested(typed: str) -> str | None:
            return service.search(typed, limit=20).suggestion

        def whoosh(word: str) -> str | None:
            found = view.searcher.suggest("exact", word, limit=1)
            return found[0] if found else None

        searches = [
            measure_corrector("SearchService.search, one typo", suggested, pairs),
            measure_corrector("SearchService.search, typo + word", suggested, two_words),
        ]
        examples = [
            {"typed": typed, "warta": suggested(typed), "whoosh": whoosh(typed)}
            for _intended, typed in pairs[:12]
        ]
        return {
            "section": f"{label} articles, lexicon {len(lexicon):,} words)",
            "build_ms": round(build_ms, 1),
            "correctors": [
                *searches,
                measure_corrector("warta Lexicon.best (component)", lexicon.best, pairs),
                measure_corrector(
                    "Whoosh Searcher.suggest (reference)", whoosh, pairs[: args.reference_typos]
                ),
            ],
            "examples": examples,
        }
    finally:
        service.close()


def _cell(stats: dict[str, float]) -> str:
    return f"{stats['p50']:.2f} / {stats['p95']:.2f}"


def report(sections: Sequence[dict[str, Any]]) -> str:
    lines = []
    for section in sections:
        lines += [
            f"### {section['section']}",
            "",
            f"lexicon built in {section['build_ms']:,.0f} ms",
            "",
            "| corrector | p50 / p95 ms | typos corrected to the intended word |",
            "| --- | --- | --- |",
        ]
        lines += [
            f"| {c['name']} | {_cell(c['ms'])} | {c['right']:.0%} |" for c in section["correctors"]
        ]
        if section.get("examples"):
            lines += ["", "| typed | warta | Whoosh suggest |", "| --- | --- | --- |"]
            lines += [
                f"| {e['typed']} | {e['warta']} | {e['whoosh']} |" for e in section["examples"]
            ]
        lines.append("")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=250_000, help="words of the big lexicon")
    parser.add_argument("--typos", type=int, default=300, help="typos corrected per measure")
    parser.add_argument(
        "--reference-typos", type=int, default=100, help="typos Whoosh corrects (it is slow)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--indosum", type=Path, default=INDOSUM, help="IndoSum articles.jsonl")
    parser.add_argument("--work", type=Path, help="keep the corpus and index here")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument(
        "--only", choices=("lexicon", "product"), help="run one of the two measures"
    )
    parser.add_argument(
        "--tile",
        type=int,
        action="append",
        help="measure the product on IndoSum tiled to this many articles (repeatable: "
        "--tile 20000 --tile 100000); default: IndoSum as it is",
    )
    parser.add_argument(
        "--reuse",
        nargs=2,
        type=Path,
        metavar=("CORPUS", "INDEX"),
        help="measure the product on this corpus's existing index (bench_index.py --keep's)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sections = []
    if args.only != "product":
        sections.append(bench_lexicon(args))
        print(report(sections[-1:]), flush=True)
    if args.reuse:
        from warta.search.service import SearchService

        corpus, index = args.reuse
        service = SearchService([corpus], index)
        sections.append(measure_service(args, service, f"{corpus.name} through SearchService ("))
        print(report(sections[-1:]), flush=True)
    elif args.only != "lexicon":
        for tile in args.tile or [None]:
            with tempfile.TemporaryDirectory(prefix="warta-bench-suggest-") as scratch:
                product = bench_product(args, args.work or Path(scratch), tile)
            if product is not None:
                sections.append(product)
                print(report(sections[-1:]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(sections, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
