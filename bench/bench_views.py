"""The investigation views measured (#16): how fast, how good, and what they cost to build.

* ``--synthetic N``: N synthetic articles (``bench/synth.py``) indexed with entities; the
  time of each view's first screenful through ``SearchService`` (median and max of
  ``--repeat`` runs): related entities of the most mentioned entity and of a median one,
  the shared sentences of its top pair, a query's and an entity's timeline, more like
  this, the same-story groups of a page of 20 hits, and the quotes of the most quoted
  entity (the explorer's list, ``tui.screens.views.QUOTE_LIMIT`` rows).
* ``--reuse CORPUS INDEX``: the same timings on an index built before (e.g. the 100,000
  articles ``bench_index.py --keep`` left), without updating it.
* ``--build-cost N``: the CPU of building N synthetic articles (serial, in this process)
  with and without the views' index-time work (``search.related.article_shape``: sentence
  numbers, the SimHash and the attributed quotes; ``search.store.article_pairs``: the
  co-occurrence counts): the extra share of CPU; and the share of the quotes alone (a
  build with the views but ``search.related.attributed_quotes`` finding none).
* ``--quotes-tiled K`` (with ``--synthetic N``): the quotes list of the most quoted entity
  on a copy of the synthetic index whose store holds its articles and quotes K times
  (N x K articles: 3,000 x 34 for 100,000), a build of that size being out of reach of a
  benchmark run.
* ``--data DIR``: IndoSum (``DIR/indosum/articles.jsonl``; skipped when absent), indexed
  without entities: more like this as the share of each article's top-10 neighbours in its
  own category (against chance, the sum of squared category shares), for several numbers
  of key terms; and near-duplicates on IndoSum tiled once (every article and a copy with
  its paragraphs shuffled, as bench_index tiles it): copies found, and false groups.

    python bench/bench_views.py --synthetic 3000 --build-cost 600 --data ../shared/data
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import bench_index  # noqa: E402
import synth  # noqa: E402
from warta.search import index as index_module  # noqa: E402
from warta.search import related  # noqa: E402
from warta.search import store as store_module  # noqa: E402
from warta.search.index import update_index  # noqa: E402
from warta.search.service import SearchService  # noqa: E402
from warta.tui.screens.views import QUOTE_LIMIT  # noqa: E402

LIKE_SAMPLE = 400
LIKE_TOP = 10
LIKE_TERMS = (10, 25, 50)
COST_ROUNDS = 2


def timed(call: Callable[[], Any], repeat: int) -> dict[str, float]:
    """Median and max milliseconds of ``repeat`` calls (the first, cold one included)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def synthetic_corpus(work: Path, count: int) -> Path:
    """The first ``count`` synthetic articles, written once (rewriting them in a kept
    ``--work`` folder would make the next run index them all again)."""
    root = work / f"synth-{count}"
    if not root.exists() or sum(1 for _ in root.rglob("*.txt")) != count:
        for _ in synth.generate(root, count):
            pass
    return root


def synthetic_timings(work: Path, count: int, repeat: int) -> dict[str, Any]:
    root = synthetic_corpus(work, count)
    service = SearchService([root], work / f"index-synth-{count}")
    started = time.perf_counter()
    service.update()
    build = time.perf_counter() - started
    return {"articles": count, "build_seconds": round(build, 1), **view_timings(service, repeat)}


def reused_timings(corpus: Path, index: Path, repeat: int) -> dict[str, Any]:
    """The views on an index built before (``bench_index.py --keep``), not updated: a
    100,000-article build is measured once, by bench_index."""
    service = SearchService([corpus], index)
    if not service.has_index():
        raise SystemExit(f"no index of this version in {index}")
    return view_timings(service, repeat)


def view_timings(service: SearchService, repeat: int) -> dict[str, Any]:
    """Each view's first screenful, for the most mentioned entity and a median one."""
    entities = service.entities()
    top, middle = entities[0], entities[len(entities) // 2]
    partner = service.related_entities(top.id, limit=1)
    pair = partner[0].entity.id if partner else top.id
    hits = service.search("pemerintah", limit=20, snippets=False).hits
    speaker, quoted = most_quoted(service, service.index_dir)
    article_id = hits[0].id
    word = "pemerintah"
    figures = {
        "entities": len(entities),
        "top_entity": {"name": top.name, "articles": top.articles, "mentions": top.mentions},
        "related_top": timed(lambda: service.related_entities(top.id, limit=30), repeat),
        "related_top_by_article": timed(
            lambda: service.related_entities(top.id, "article", limit=30), repeat
        ),
        "related_median": timed(lambda: service.related_entities(middle.id, limit=30), repeat),
        "shared_sentences_top_pair": timed(
            lambda: service.shared_sentences(top.id, pair, limit=50), repeat
        ),
        "timeline_query_month": timed(lambda: service.timeline(word, "month"), repeat),
        "timeline_query_day": timed(lambda: service.timeline(word, "day"), repeat),
        "timeline_top_entity_week": timed(lambda: service.entity_timeline(top.id, "week"), repeat),
        "more_like": timed(lambda: service.more_like(article_id, 10), repeat),
        "same_story_page_of_20": timed(
            lambda: service.same_story([hit.id for hit in hits]), repeat
        ),
        "most_quoted": {"name": speaker, "quotes": quoted},
        "quotes_most_quoted": timed(lambda: service.quotes(speaker, QUOTE_LIMIT), repeat),
        "quote_count_most_quoted": timed(lambda: service.quote_count(speaker), repeat),
    }
    service.close()
    return figures


def most_quoted(service: SearchService, index_dir: Path) -> tuple[str, int]:
    """The id of the entity with the most quotes, and how many it has."""
    generation = index_module.current_generation(index_dir)
    assert generation is not None
    store = store_module.Store(generation, read_only=True)
    try:
        counts = store._db.execute("SELECT speaker, COUNT(*) FROM quotes GROUP BY speaker")
        by_entity: Counter[str] = Counter()
        for key, quotes in counts:
            entity = service.entity(key)
            if entity is not None:
                by_entity[entity.id] += quotes
    finally:
        store.close()
    return by_entity.most_common(1)[0] if by_entity else ("", 0)


def build_cost(work: Path, count: int) -> dict[str, Any]:
    """CPU seconds of serial builds of the same articles (the least of ``COST_ROUNDS``):
    with the views' shapes; with them but no quotes; and with ``article_shape`` replaced by
    one that computes nothing and no co-occurrence counting (no sentence numbers, SimHash,
    quotes or pairs)."""
    root = synthetic_corpus(work, count)
    real_shape = related.article_shape
    real_quotes = related.attributed_quotes

    def no_shape(article: Any, mentions: Sequence[Any]) -> related.ArticleShape:
        return related.ArticleShape((0,) * len(mentions), 0, None)

    real_pairs = store_module.article_pairs
    spent_in = {"article_shape": 0.0, "attributed_quotes": 0.0, "article_pairs": 0.0}

    def timed_shape(article: Any, mentions: Sequence[Any]) -> related.ArticleShape:
        started = time.process_time()
        found = real_shape(article, mentions)
        spent_in["article_shape"] += time.process_time() - started
        return found

    def timed_quotes(body: str, mentions: Sequence[Any]) -> tuple[Any, ...]:
        started = time.process_time()
        found = real_quotes(body, mentions)
        spent_in["attributed_quotes"] += time.process_time() - started
        return found

    def no_quotes(body: str, mentions: Sequence[Any]) -> tuple[Any, ...]:
        return ()

    def timed_pairs(placed: Any, sign: int = 1) -> list[tuple[str, str, int, int]]:
        started = time.process_time()
        found = real_pairs(placed, sign)
        spent_in["article_pairs"] += time.process_time() - started
        return found

    def no_pairs(placed: Any, sign: int = 1) -> list[tuple[str, str, int, int]]:
        return []

    saved_parallel = index_module.PARALLEL_MIN_ARTICLES
    index_module.PARALLEL_MIN_ARTICLES = 10**12  # in this process, where the patch applies
    cpu: dict[str, float] = {}
    try:
        shutil.rmtree(work / "index-cost-warm-up", ignore_errors=True)
        update_index(work / "index-cost-warm-up", [root])  # the tagger and Sastrawi load once
        builds = (
            ("without_views", no_shape, no_quotes),
            ("views_without_quotes", timed_shape, no_quotes),
            ("with_views", timed_shape, timed_quotes),
        )
        for run in range(COST_ROUNDS):
            for name, shape, quotes in builds:
                related.article_shape = shape  # type: ignore[assignment]
                related.attributed_quotes = quotes  # type: ignore[assignment]
                store_module.article_pairs = timed_pairs if shape is timed_shape else no_pairs
                folder = work / f"index-cost-{name}-{run}"
                shutil.rmtree(folder, ignore_errors=True)  # built from nothing every time
                started = time.process_time()
                update_index(folder, [root])
                spent = round(time.process_time() - started, 2)
                cpu[name] = min(cpu.get(name, spent), spent)
    finally:
        related.article_shape = real_shape  # type: ignore[assignment]
        related.attributed_quotes = real_quotes  # type: ignore[assignment]
        store_module.article_pairs = real_pairs
        index_module.PARALLEL_MIN_ARTICLES = saved_parallel
    extra = cpu["with_views"] / cpu["without_views"] - 1
    quotes_extra = cpu["with_views"] / cpu["views_without_quotes"] - 1
    # A diagnostic less exposed to a busy machine: the CPU inside the functions, per build
    # with the views (article_shape ran in two builds; its own, without the quotes').
    shape_own = spent_in["article_shape"] - spent_in["attributed_quotes"]
    inside = {
        "article_shape": round(shape_own / (2 * COST_ROUNDS), 2),
        "attributed_quotes": round(spent_in["attributed_quotes"] / COST_ROUNDS, 2),
        "article_pairs": round(spent_in["article_pairs"] / (2 * COST_ROUNDS), 2),
    }
    views = inside["article_shape"] + inside["attributed_quotes"] + inside["article_pairs"]
    rest = cpu["with_views"] - views
    return {
        "articles": count,
        "cpu_seconds": cpu,
        "extra_cpu_share": round(extra, 3),
        "quotes_extra_cpu_share": round(quotes_extra, 3),
        "cpu_seconds_inside": inside,
        "inside_share_of_the_rest": round(views / rest, 3),
        "quotes_inside_share_of_the_rest": round(inside["attributed_quotes"] / rest, 3),
    }


def quotes_tiled(work: Path, count: int, times: int, repeat: int) -> dict[str, Any]:
    """The quotes list at ``times`` the scale of the ``--synthetic`` index: a copy whose
    articles and quotes are repeated ``times`` times under new ids (the same speakers, so
    the most quoted entity has ``times`` as many quotes), then its first screenful. The
    list reads the store alone, so tiling the store is enough."""
    copy = work / f"index-quotes-tiled-{count}x{times}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(work / f"index-synth-{count}", copy, ignore=shutil.ignore_patterns("*.lock"))
    generation = index_module.current_generation(copy)
    assert generation is not None
    store = store_module.Store(generation)
    columns = "file, title, date, source, sentences, simhash, band0, band1, band2, band3"
    try:
        for copy_number in range(1, times):
            suffix = f"~{copy_number}"
            store._db.execute(
                f"INSERT INTO articles (id, {columns}) SELECT id || ?, {columns}"
                " FROM articles WHERE id NOT LIKE '%~%'",
                (suffix,),
            )
            store._db.execute(
                "INSERT INTO quotes (article, speaker, kind, start, end, day, text)"
                " SELECT article || ?, speaker, kind, start, end, day, text FROM quotes"
                " WHERE article NOT LIKE '%~%'",
                (suffix,),
            )
        store.commit()
        articles = store.article_count()
        quotes = store._db.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
    finally:
        store.close()
    service = SearchService([work / f"synth-{count}"], copy)
    speaker, quoted = most_quoted(service, copy)
    figures = {
        "articles": articles,
        "quotes": quotes,
        "most_quoted": {"name": speaker, "quotes": quoted},
        "quotes_most_quoted": timed(lambda: service.quotes(speaker, QUOTE_LIMIT), repeat),
        "quote_count_most_quoted": timed(lambda: service.quote_count(speaker), repeat),
        "explorer_list_shown": asyncio.run(list_shown(service, speaker, work, repeat)),
        # The same way into another view's list, for reference: the named-with list (r).
        "explorer_named_with_shown": asyncio.run(
            list_shown(service, speaker, work, repeat, named_with=True)
        ),
    }
    service.close()
    return figures


async def list_shown(
    service: SearchService, entity_id: str, work: Path, repeat: int, named_with: bool = False
) -> dict[str, float]:
    """Milliseconds from opening the explorer's quotes list (as Q does; ``named_with``: the
    entities named with it, as r does) to its rows on an 80x24 screen, median and max of
    ``repeat`` (the registry already loaded, as it is once the explorer shows an article)."""
    from warta.tui.app import WartaApp
    from warta.tui.screens.views import EntityQuotes, RelatedEntities

    service.entity(entity_id)
    app = WartaApp(service, data_folder=work / "tui-data")
    times = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        main = app.screen
        for _ in range(repeat):
            started = time.perf_counter()
            view = RelatedEntities if named_with else EntityQuotes
            listing = view(main.workspace, service, lambda _choice: None, entity_id)
            await app.push_screen(listing)
            while not listing.rows:
                await pilot.pause()
            await pilot.pause()  # painted
            times.append((time.perf_counter() - started) * 1000)
            await pilot.press("escape")
            await pilot.pause()
    return {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def _indosum(data: Path) -> Path | None:
    source = data / "indosum" / "articles.jsonl"
    if not source.exists():
        print(f"{source} not found; IndoSum measures skipped", file=sys.stderr)
        return None
    return source


def more_like_quality(work: Path, source: Path) -> dict[str, Any]:
    """Share of same-category articles among each sampled article's top-10 neighbours."""
    from warta.search import service as service_module

    categories = {}
    for line in source.open(encoding="utf-8"):
        record = json.loads(line)
        categories[record["id"]] = record["category"]
    index_dir = work / "index-indosum"
    update_index(index_dir, [source.parent], entities=False)
    service = SearchService([source.parent], index_dir)
    shares = Counter(categories.values())
    chance = sum((n / len(categories)) ** 2 for n in shares.values())
    sample = random.Random(0).sample(sorted(categories), min(LIKE_SAMPLE, len(categories)))
    found: dict[str, Any] = {"articles": len(categories), "sample": len(sample)}
    found["chance"] = round(chance, 3)
    saved = service_module.LIKE_TERMS
    try:
        for terms in LIKE_TERMS:
            service_module.LIKE_TERMS = terms
            same = total = 0
            started = time.perf_counter()
            for article_id in sample:
                for hit in service.more_like(article_id, LIKE_TOP) or []:
                    total += 1
                    same += categories.get(hit.id) == categories[article_id]
            found[f"terms_{terms}"] = {
                "same_category_share": round(same / max(total, 1), 3),
                "ms_per_article": round((time.perf_counter() - started) * 1000 / len(sample), 1),
            }
    finally:
        service_module.LIKE_TERMS = saved
    service.close()
    return found


def near_duplicates(work: Path, source: Path) -> dict[str, Any]:
    """IndoSum tiled once: article i and its copy i + n (paragraphs shuffled)."""
    originals = sum(1 for _ in source.open(encoding="utf-8"))
    corpus = bench_index.real_corpus(work, source, 2 * originals, seed=0)
    assert corpus is not None
    index_dir = work / "index-indosum-tiled"
    update_index(index_dir, [corpus.root], entities=False)
    service = SearchService([corpus.root], index_dir)
    ids = [
        synth.article_path(corpus.root, i).relative_to(corpus.root) for i in range(corpus.articles)
    ]
    ids_text = [str(path.with_suffix("")) for path in ids]
    number = {article_id: i for i, article_id in enumerate(ids_text)}
    started = time.perf_counter()
    copies = {article_id: service.story_copies(article_id) for article_id in ids_text}
    seconds = time.perf_counter() - started
    found = sum(ids_text[i + originals] in copies[ids_text[i]] for i in range(originals))
    # A false group: an article grouped with one that is neither itself nor its copy.
    false_pairs = {
        tuple(sorted((a, b)))
        for a, others in copies.items()
        for b in others
        if number[a] % originals != number[b] % originals
    }
    wrong_originals = {number[a] % originals for pair in false_pairs for a in pair}
    service.close()
    return {
        "originals": originals,
        "copies_found": found,
        "copies_found_share": round(found / originals, 4),
        "false_pairs": len(false_pairs),
        "originals_in_false_pairs": len(wrong_originals),
        "lookup_ms_per_article": round(seconds * 1000 / len(ids_text), 2),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--synthetic", type=int, default=0, metavar="N")
    parser.add_argument("--build-cost", type=int, default=0, metavar="N")
    parser.add_argument("--quotes-tiled", type=int, default=0, metavar="K")
    parser.add_argument("--data", type=Path, default=None, metavar="DIR")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--work", type=Path, default=None, help="keep corpora and indexes here")
    parser.add_argument(
        "--reuse",
        nargs=2,
        type=Path,
        metavar=("CORPUS", "INDEX"),
        help="time the views on this corpus's existing index (e.g. bench_index.py --keep's)",
    )
    args = parser.parse_args(argv)
    results: dict[str, Any] = {}

    def report(name: str, value: dict[str, Any]) -> None:
        results[name] = value  # each part on stderr as it ends: a later failure loses none
        print(json.dumps({name: value}, ensure_ascii=False), file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="warta-views-") as temporary:
        work = args.work or Path(temporary)
        source = _indosum(args.data) if args.data else None
        if source is not None:
            report("near_duplicates", near_duplicates(work, source))
            report("more_like", more_like_quality(work, source))
        if args.synthetic:
            report("synthetic", synthetic_timings(work, args.synthetic, args.repeat))
        if args.reuse:
            report("reused", reused_timings(*args.reuse, args.repeat))
        if args.build_cost:
            report("build_cost", build_cost(work, args.build_cost))
        if args.synthetic and args.quotes_tiled:
            tiled = quotes_tiled(work, args.synthetic, args.quotes_tiled, args.repeat)
            report("quotes_tiled", tiled)
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
