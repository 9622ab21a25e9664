"""How fast warta builds, updates, searches and starts, from 1,000 to 100,000 articles.

Corpora: synthetic articles from ``bench/synth.py`` (``--sizes``), and optionally a real
corpus (``--corpus``, a folder or a .jsonl file), tiled to ``--tile`` articles with shuffled
paragraphs. Every measure is repeated and reported as the median with its spread (min-max):

* full build with and without entity extraction: articles/s, wall time, peak RSS of the
  building process and its workers, index size on disk (each build in a fresh process,
  as ``warta index`` runs);
* incremental update after changing 1 and 100 files (time inside ``update_index`` and end
  to end in a fresh process, Python start-up included), and of 1 file told by the watcher
  in a long-lived process;
* query latency p50/p95 for one-, two-, three-word queries, a phrase, a fuzzy term, a
  prefix and an ``entity:`` filter, first page of 20, with and without snippets, in one
  process prepared as the explorer prepares its own (``SearchService.prepare``);
* entity view: the first screenful (50) of mentions of the most mentioned entity;
* TUI launch to the first frame with the index present, and the RSS of the running TUI;
* the same corpus and queries in tantivy-py, when it is installed (the practical ceiling).

Writes ``results.json`` and ``report.md`` into ``--out``. ``--quick`` is a small run for CI
(a few minutes on two cores, no shared data needed); its figures are not asserted anywhere.

    python bench/bench_index.py --quick --out /tmp/bench-quick
    python bench/bench_index.py --sizes 1000,10000 --out bench/results
    python bench/bench_index.py --sizes 0 --corpus ../shared/data/indosum/articles.jsonl \\
        --tile 10000 --out bench/results-real
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import importlib.metadata
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO))

import synth  # noqa: E402
from warta.search.model import Article  # noqa: E402

DEFAULT_SIZES = (1000, 10000)
QUICK_SIZE = 300
QUERIES_PER_CLASS = 20
QUICK_QUERIES_PER_CLASS = 6
PAGE = 20
#: How many results the TUI asks for (tui/screens/main.py RESULT_LIMIT).
TUI_PAGE = 50
ENTITY_SCREENFUL = 50
#: Builds over this many articles run once: a 100,000-article build takes many minutes.
REPEATED_BUILD_MAX = 10_000
RSS_SAMPLE_SECONDS = 0.05
TUI_SIZE = (160, 48)

#: Targets at 100,000 articles (issue 7), shown beside the figures.
TARGETS = {
    "build_entities_seconds": 300.0,
    "build_peak_rss_mb": 1024.0,
    "update_1_seconds": 1.0,
    "query_p95_ms": 100.0,
    "entity_view_ms": 200.0,
    "tui_first_frame_seconds": 0.5,
    "tui_rss_mb": 300.0,
}

Stats = dict[str, float]


# -- statistics ----------------------------------------------------------------------------------


def percentile(values: Sequence[float], share: float) -> float:
    """Linear-interpolated percentile (share in 0..1) of a non-empty sample."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summarise(values: Sequence[float], digits: int = 4) -> Stats:
    """Median and spread of repeated runs."""
    return {
        "median": round(statistics.median(values), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
        "runs": len(values),
    }


# -- processes and memory ------------------------------------------------------------------------


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as listing:
                found.extend(int(child) for child in listing.read().split())
    except OSError:
        pass
    return found


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc), in MB."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        total += _rss_kb(current)
        pending.extend(_children(current))
    return total / 1024


class PeakRss:
    """Samples the RSS of a process tree in a thread; ``peak_mb`` is the largest sum seen."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, tree_rss_mb(self.pid))
            self._stop.wait(RSS_SAMPLE_SECONDS)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass(frozen=True)
class ChildRun:
    """A measured run of a fresh Python process that printed one JSON object."""

    wall: float
    peak_mb: float
    output: dict[str, Any]


def run_child(code: str, payload: dict[str, Any]) -> ChildRun:
    """Run ``code`` in a fresh interpreter with ``payload`` as JSON argument; measure it."""
    paths = [str(REPO), str(BENCH), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths))}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, json.dumps(payload)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    with PeakRss(process.pid) as memory:
        stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({process.returncode}):\n{stderr[-3000:]}")
    return ChildRun(wall, memory.peak_mb, json.loads(stdout.strip().splitlines()[-1]))


#: Runs ``update_index`` as ``warta index`` would; prints what the report says.
UPDATE_CHILD = """
import json, resource, sys
from pathlib import Path
from warta.search.index import update_index
job = json.loads(sys.argv[1])
report = update_index(
    Path(job["index"]), [Path(job["root"])], rebuild=job["rebuild"], entities=job["entities"]
)
usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
print(json.dumps({"seconds": report.seconds, "articles": report.articles,
                  "cpu_seconds": sum(u.ru_utime + u.ru_stime for u in usage),
                  "changed": report.changed, "rebuilt": report.rebuilt,
                  "warnings": len(report.warnings)}))
"""

#: The explorer's watcher: one process keeps the service open and updates it with the path
#: that changed, after one unmeasured update has loaded what any update needs (the tagger).
#: The whole update (every file scanned) is timed in the same process beside it.
WATCHED_UPDATE_CHILD = """
import json, sys, time
from pathlib import Path
from warta.search.service import SearchService
job = json.loads(sys.argv[1])
path = Path(job["file"])
service = SearchService([Path(job["root"])], Path(job["index"]))
def touched(run):
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"\\nPembaruan ke-{run}: naskah ini diperbarui redaksi.\\n")
def timed(run, **how):
    touched(run)
    wall, cpu = time.perf_counter(), time.process_time()
    report = service.update(**how)
    assert report.changed == 1 and not report.rebuilt, report
    return time.perf_counter() - wall, time.process_time() - cpu
service.update()  # files an earlier measure restored
timed(0, changed=[str(path)])
watched = [timed(run, changed=[str(path)]) for run in range(1, job["repeats"] + 1)]
whole = [timed(run) for run in range(job["repeats"] + 1, 2 * job["repeats"] + 1)]
service.close()
print(json.dumps({"watched": watched, "whole": whole}))
"""

#: Starts the TUI headless and exits at its first frame, Textual's Ready event (as in
#: bench_tui.py). No auto-pilot here: with one, Ready came ~0.3 s later at 100,000 articles,
#: after the index worker the explorer starts once the first frame is drawn.
FIRST_FRAME_CHILD = """
import json, resource, sys, time
from pathlib import Path
job = json.loads(sys.argv[1])
from warta.search.service import SearchService
from warta.tui.app import WartaApp
figures = {}
class FirstFrame(WartaApp):
    def on_ready(self):
        figures["first_frame"] = time.time()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        figures["cpu_first_frame_seconds"] = usage.ru_utime + usage.ru_stime
        with open("/proc/self/status") as status:
            figures["rss_first_frame_mb"] = int(status.read().split("VmRSS:")[1].split()[0]) / 1024
        self.exit()
service = SearchService([Path(job["root"])], Path(job["index"]))
FirstFrame(service).run(headless=True, size=tuple(job["size"]))
print(json.dumps(figures))
"""

#: Starts the TUI headless; the auto-pilot notes its memory once settled and after a search.
TUI_CHILD = """
import json, sys
from pathlib import Path
job = json.loads(sys.argv[1])
from warta.search.service import SearchService
from warta.tui.app import WartaApp
figures = {}
def rss_mb():
    with open("/proc/self/status") as status:
        return int(status.read().split("VmRSS:")[1].split()[0]) / 1024
async def pilot(driver):
    await driver.pause()
    await driver.app.workers.wait_for_complete()
    await driver.pause()
    figures["rss_ready_mb"] = rss_mb()
    await driver.press(*job["query"], "enter")
    await driver.app.workers.wait_for_complete()
    await driver.pause()
    figures["rss_after_search_mb"] = rss_mb()
    driver.app.exit()
service = SearchService([Path(job["root"])], Path(job["index"]))
WartaApp(service).run(headless=True, size=tuple(job["size"]), auto_pilot=pilot)
print(json.dumps(figures))
"""


# -- corpora -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    """A folder of article files to index, and what it is."""

    name: str
    kind: str
    root: Path
    articles: int


def _marker_matches(root: Path, marker: dict[str, Any]) -> bool:
    try:
        return json.loads((root / ".bench.json").read_text(encoding="utf-8")) == marker
    except (OSError, ValueError):
        return False


def _write_marker(root: Path, marker: dict[str, Any]) -> None:
    (root / ".bench.json").write_text(json.dumps(marker), encoding="utf-8")


def synthetic_corpus(work: Path, count: int, seed: int) -> Corpus:
    """``count`` synthetic articles, generated once per work folder."""
    root = work / f"synthetic-{count}-seed{seed}"
    marker = {"generator": "synth", "count": count, "seed": seed}
    if not _marker_matches(root, marker):
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        for _ in synth.generate(root, count, seed):
            pass
        _write_marker(root, marker)
    return Corpus(f"synthetic {count:,}", "synthetic", root, count)


def _article_file_text(article: Article, paragraphs: Sequence[str]) -> str:
    return article.title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def real_corpus(work: Path, source: Path, tile: int | None, seed: int) -> Corpus | None:
    """A real corpus as one file per article; tiled copies get their paragraphs shuffled."""
    from warta.search.reader import read_corpus

    if not source.exists():
        print(f"corpus {source} not found; skipped", file=sys.stderr)
        return None
    roots = [source] if source.is_dir() else [source.parent]
    articles = [
        item
        for item in read_corpus(roots)
        if isinstance(item, Article) and (source.is_dir() or Path(item.path).name == source.name)
    ]
    if not articles:
        print(f"no articles in {source}; skipped", file=sys.stderr)
        return None
    count = tile or len(articles)
    root = work / f"real-{source.stem}-{count}"
    marker = {"source": str(source.resolve()), "count": count, "seed": seed}
    if not _marker_matches(root, marker):
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        for index in range(count):
            article = articles[index % len(articles)]
            paragraphs = article.body.split("\n\n")
            if index >= len(articles):
                random.Random(f"{seed}:tile:{index}").shuffle(paragraphs)
            path = synth.article_path(root, index)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_article_file_text(article, paragraphs), encoding="utf-8")
        _write_marker(root, marker)
    name = f"{source.stem} {count:,}" + (" (tiled)" if count > len(articles) else "")
    return Corpus(name, "real", root, count)


def corpus_files(corpus: Corpus) -> list[Path]:
    return sorted(corpus.root.rglob("*.txt"))


def folder_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 2**20


# -- builds and updates --------------------------------------------------------------------------


def measure_build(corpus: Corpus, index_dir: Path, entities: bool, repeats: int) -> dict[str, Any]:
    """Full builds from scratch in fresh processes."""
    runs = [
        run_child(
            UPDATE_CHILD,
            {
                "index": str(index_dir),
                "root": str(corpus.root),
                "rebuild": True,
                "entities": entities,
            },
        )
        for _ in range(repeats if corpus.articles <= REPEATED_BUILD_MAX else 1)
    ]
    articles = runs[-1].output["articles"]
    return {
        "entities": entities,
        "articles": articles,
        "wall_seconds": summarise([run.wall for run in runs], 2),
        "build_seconds": summarise([run.output["seconds"] for run in runs], 2),
        "cpu_seconds": summarise([run.output["cpu_seconds"] for run in runs], 2),
        "articles_per_second": summarise([articles / run.wall for run in runs], 1),
        "peak_rss_mb": summarise([run.peak_mb for run in runs], 1),
        "index_mb": round(folder_mb(index_dir), 1),
        "warnings": runs[-1].output["warnings"],
    }


def _touch_files(files: Sequence[Path], run: int) -> None:
    """Change each file's text (a new closing line), so the update must re-read it."""
    for path in files:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"\nPembaruan ke-{run}: naskah ini diperbarui redaksi.\n")


def measure_update(corpus: Corpus, index_dir: Path, changed: int, repeats: int) -> dict[str, Any]:
    """Incremental updates after changing ``changed`` files; the files are restored after.

    An unmeasured update runs first, so that files restored by an earlier measure (their
    modification time changed) are not counted in this one.
    """
    job = {"index": str(index_dir), "root": str(corpus.root), "rebuild": False, "entities": True}
    files = corpus_files(corpus)
    chosen = random.Random(changed).sample(files, min(changed, len(files)))
    originals = {path: path.read_bytes() for path in chosen}
    run_child(UPDATE_CHILD, job)
    runs = []
    try:
        for run in range(repeats):
            _touch_files(chosen, run)
            runs.append(run_child(UPDATE_CHILD, job))
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
    return {
        "changed_files": len(chosen),
        "files_reindexed": max(run.output["changed"] for run in runs),
        # True when the code or model changed under the run: a full build was timed instead.
        "rebuilt": any(run.output["rebuilt"] for run in runs),
        "update_seconds": summarise([run.output["seconds"] for run in runs], 3),
        "cpu_seconds": summarise([run.output["cpu_seconds"] for run in runs], 3),
        "end_to_end_seconds": summarise([run.wall for run in runs], 3),
        "peak_rss_mb": summarise([run.peak_mb for run in runs], 1),
    }


def measure_watched_update(corpus: Corpus, index_dir: Path, repeats: int) -> dict[str, Any]:
    """One changed file, updated as the explorer's watcher updates it (the path handed over,
    the process long-lived), beside a whole update in the same process. Unmeasured first:
    an update of what earlier measures restored, and one of the file. The file is restored
    after, and indexed again as it was."""
    files = corpus_files(corpus)
    path = files[len(files) // 2]
    original = path.read_bytes()
    job = {"index": str(index_dir), "root": str(corpus.root), "file": str(path)}
    try:
        output = run_child(WATCHED_UPDATE_CHILD, {**job, "repeats": repeats}).output
    finally:
        path.write_bytes(original)
        run_child(UPDATE_CHILD, {**job, "rebuild": False, "entities": True})
    return {
        name: {
            "seconds": summarise([wall for wall, _ in output[name]], 3),
            "cpu_seconds": summarise([cpu for _, cpu in output[name]], 3),
            "runs": output[name],
        }
        for name in ("watched", "whole")
    }


# -- queries -------------------------------------------------------------------------------------


def _sample_articles(corpus: Corpus, count: int, seed: int) -> list[Article]:
    from warta.search.reader import CorpusFile, read_file

    files = corpus_files(corpus)
    chosen = sorted(random.Random(seed).sample(files, min(count, len(files))))
    articles: list[Article] = []
    for path in chosen:
        status = path.stat()
        file = CorpusFile(corpus.root, str(path), path.stem, status.st_size, status.st_mtime_ns)
        articles.extend(read_file(file).articles)
    return articles


def _typo(word: str, rng: random.Random) -> str:
    position = rng.randrange(1, len(word) - 1)
    replacement = rng.choice([c for c in "aiueonrst" if c != word[position]])
    return word[:position] + replacement + word[position + 1 :]


def query_set(
    articles: Sequence[Article], entity_names: Sequence[str], per_class: int, seed: int
) -> dict[str, list[str]]:
    """Queries a user could type: words of real titles (content words), names, phrases."""
    from warta.search.analysis import stopwords

    rng = random.Random(seed)
    stop = stopwords()
    words_re = re.compile(r"[^\W\d_]{4,}")

    def content_words(text: str) -> list[str]:
        lowered = (word.lower() for word in words_re.findall(text))
        return list(dict.fromkeys(word for word in lowered if word not in stop))

    titles = [ws for ws in (content_words(a.title) for a in articles) if len(ws) >= 3]
    rng.shuffle(titles)
    bodies = [a.body for a in articles if a.body]
    phrases = []
    for body in rng.sample(bodies, min(len(bodies), per_class * 3)):
        pairs = re.findall(r"\b([^\W\d_]{4,}) ([^\W\d_]{4,})\b", body)
        if pairs:
            phrases.append('"{} {}"'.format(*rng.choice(pairs)))
    picked = titles[:per_class]
    long_words = [w for ws in picked for w in ws if len(w) >= 6]
    spread = Counter(word for body in bodies for word in set(content_words(body)))
    return {
        "one word": [rng.choice(ws) for ws in picked],
        "common word": [word for word, _ in spread.most_common(per_class)],
        "two words": [" ".join(rng.sample(ws, 2)) for ws in picked],
        "three words": [" ".join(rng.sample(ws, 3)) for ws in picked],
        "phrase": phrases[:per_class],
        "fuzzy": [_typo(w, rng) + "~" for w in long_words[:per_class]],
        "prefix": [w[:4] + "*" for w in long_words[:per_class]],
        "entity": [f'entity:"{name}"' for name in entity_names[:per_class]],
    }


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _latencies(
    service: Any, texts: Sequence[str], limit: int, snippets: bool, repeats: int
) -> dict[str, Any]:
    """p50/p95 over ``texts`` in each run, summarised over runs, after a warm-up run."""
    for text in texts:  # warm-up: caches, lazy imports, the searcher
        service.search(text, limit=limit, snippets=snippets)
    p50s, p95s = [], []
    for _ in range(repeats):
        times = [
            _timed(functools.partial(service.search, text, limit, snippets=snippets))
            for text in texts
        ]
        p50s.append(percentile(times, 0.5))
        p95s.append(percentile(times, 0.95))
    return {
        "queries": len(texts),
        "example": texts[0],
        "median_hits": statistics.median(service.search(text, limit=1).total for text in texts),
        "p50_ms": summarise(p50s, 2),
        "p95_ms": summarise(p95s, 2),
    }


def measure_queries(service: Any, queries: dict[str, list[str]], repeats: int) -> dict[str, Any]:
    """Each class with and without snippets, first page; and the page the TUI asks for."""
    figures: dict[str, Any] = {}
    for snippets in (True, False):
        for name, texts in queries.items():
            if texts:
                label = name if snippets else f"{name} (no snippets)"
                figures[label] = _latencies(service, texts, PAGE, snippets, repeats)
    if queries.get("two words"):
        figures[f"two words, {TUI_PAGE} results (as the TUI asks)"] = _latencies(
            service, queries["two words"], TUI_PAGE, True, repeats
        )
    return figures


def measure_stock_whoosh(
    service: Any, queries: dict[str, list[str]], repeats: int
) -> dict[str, Any]:
    """The same queries collected by Whoosh's default ``searcher.search``, in the same run.

    warta's parsed query (every word required, without the partial matches warta adds
    when too few articles have them all), no snippets, parsing not timed: whoosh3's own
    block-quality skipping and matcher replacement, which warta does not use because they
    give wrong pages for multi-word queries (see "Third round").
    """
    from warta.search.query import parse_query

    searcher = service._view().searcher
    figures: dict[str, Any] = {}
    for name, texts in queries.items():
        parsed = [parse_query(text, searcher.schema, service._entity_keys).query for text in texts]
        if not parsed:
            continue
        for query in parsed:  # warm-up
            searcher.search(query, limit=PAGE)
        p50s, p95s = [], []
        for _ in range(repeats):
            times = [
                _timed(functools.partial(searcher.search, query, limit=PAGE)) for query in parsed
            ]
            p50s.append(percentile(times, 0.5))
            p95s.append(percentile(times, 0.95))
        figures[f"{name} (stock Whoosh)"] = {
            "queries": len(parsed),
            "example": texts[0],
            "median_hits": statistics.median(service.search(text, limit=1).total for text in texts),
            "p50_ms": summarise(p50s, 2),
            "p95_ms": summarise(p95s, 2),
        }
    return figures


def measure_entity_view(service: Any, repeats: int) -> dict[str, Any] | None:
    entities = service.entities()
    if not entities:
        return None
    top = entities[0]
    service.mentions(top.id, limit=ENTITY_SCREENFUL)
    times = [
        _timed(lambda: service.mentions(top.id, limit=ENTITY_SCREENFUL)) for _ in range(repeats)
    ]
    return {
        "entity": top.name,
        "articles": top.articles,
        "mentions": top.mentions,
        "first_screenful_ms": summarise(times, 2),
        "entity_list_ms": summarise([_timed(service.entities) for _ in range(repeats)], 2),
        "all_mentions_ms": summarise(
            [_timed(functools.partial(service.mentions, top.id)) for _ in range(repeats)], 2
        ),
    }


def measure_tui(corpus: Corpus, index_dir: Path, query: str, repeats: int) -> dict[str, Any]:
    """Fresh process to first frame (Python start-up and imports included), and its RSS."""
    if not (REPO / "tui" / "app.py").exists():
        return {"skipped": "tui/app.py does not exist yet"}
    job = {"root": str(corpus.root), "index": str(index_dir), "query": query}
    job["size"] = list(TUI_SIZE)
    runs = []
    for _ in range(repeats):
        started = time.time()
        first = run_child(FIRST_FRAME_CHILD, job).output
        settled = run_child(TUI_CHILD, job).output
        runs.append((first["first_frame"] - started, {**first, **settled}))
    return {
        "first_frame_seconds": summarise([seconds for seconds, _ in runs], 3),
        "cpu_first_frame_seconds": summarise(
            [output["cpu_first_frame_seconds"] for _, output in runs], 3
        ),
        **{
            key: summarise([output[key] for _, output in runs], 1)
            for key in ("rss_first_frame_mb", "rss_ready_mb", "rss_after_search_mb")
        },
        "query": query,
    }


# -- tantivy, the practical ceiling --------------------------------------------------------------


def measure_tantivy(
    corpus: Corpus, work: Path, queries: dict[str, list[str]], repeats: int
) -> dict[str, Any] | None:
    """The same articles and word queries in tantivy-py, fed warta's stemmed tokens.

    tantivy has no Indonesian stemmer, so each field is analysed by warta's analyzer first
    (timed separately) and indexed with tantivy's whitespace tokenizer: the engine is what
    is compared, with the same terms on both sides.
    """
    try:
        import tantivy
    except ImportError:
        return None
    from warta.search.analysis import stemmed_analyzer
    from warta.search.reader import read_corpus

    analyzer = stemmed_analyzer()

    def analysed(text: str) -> str:
        return " ".join(token.text for token in analyzer(text))

    started = time.perf_counter()
    documents = [
        (item.id, analysed(item.title), analysed(item.body))
        for item in read_corpus([corpus.root])
        if isinstance(item, Article)
    ]
    analysis_seconds = time.perf_counter() - started
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", tokenizer_name="whitespace")
    builder.add_text_field("content", tokenizer_name="whitespace")
    schema = builder.build()
    folder = work / f"tantivy-{corpus.root.name}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    index = tantivy.Index(schema, path=str(folder))
    started = time.perf_counter()
    writer = index.writer(heap_size=256_000_000, num_threads=os.cpu_count() or 1)
    for identifier, title, content in documents:
        writer.add_document(tantivy.Document(id=identifier, title=title, content=content))
    writer.commit()
    writer.wait_merging_threads()
    engine_seconds = time.perf_counter() - started
    index.reload()
    searcher = index.searcher()
    figures: dict[str, Any] = {
        "articles": len(documents),
        "analysis_seconds": round(analysis_seconds, 2),
        "index_seconds": round(engine_seconds, 2),
        "articles_per_second_engine": round(len(documents) / engine_seconds, 1),
        "index_mb": round(folder_mb(folder), 1),
        "queries": {},
    }
    for name in ("one word", "common word", "two words", "three words", "phrase"):
        texts = [_tantivy_query(text, analysed) for text in queries.get(name, [])]
        parsed = [index.parse_query(text, ["title", "content"]) for text in texts if text]
        if not parsed:
            continue
        p50s, p95s = [], []
        for _ in range(repeats + 1):  # the first run warms up
            times = [_timed(functools.partial(searcher.search, query, PAGE)) for query in parsed]
            p50s.append(percentile(times, 0.5))
            p95s.append(percentile(times, 0.95))
        figures["queries"][name] = {
            "p50_ms": summarise(p50s[1:], 3),
            "p95_ms": summarise(p95s[1:], 3),
        }
    return figures


def _tantivy_query(text: str, analysed: Callable[[str], str]) -> str:
    """warta's default is AND of the analysed words; a quoted phrase stays a phrase."""
    if text.startswith('"'):
        return f'"{analysed(text.strip(chr(34)))}"'
    return " AND ".join(analysed(text).split())


# -- the run -------------------------------------------------------------------------------------


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def machine() -> dict[str, Any]:
    memory = ""
    with contextlib.suppress(OSError):
        memory = Path("/proc/meminfo").read_text(encoding="ascii").split("\n")[0]
    model = ""
    with contextlib.suppress(OSError):
        found = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text("ascii"))
        model = found.group(1) if found else ""
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "memory": " ".join(memory.split()[1:]),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": {
            name: _version(name)
            for name in ("whoosh3", "textual", "PySastrawi", "python-crfsuite", "tantivy")
        },
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def bench_corpus(corpus: Corpus, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Every measure on one corpus; the index with entities stays for the later ones.

    A stage that fails records its error and the run goes on: a long run keeps the rest.
    """
    from warta.search.index import CURRENT_FILE
    from warta.search.service import SearchService

    log = _logger(corpus.name)
    result: dict[str, Any] = {"name": corpus.name, "kind": corpus.kind, "articles": corpus.articles}

    def attempt(key: str, measure: Callable[[], Any]) -> bool:
        log(key.replace("_", " "))
        try:
            result[key] = measure()
        except (RuntimeError, OSError, ValueError) as error:
            result[key] = {"error": (str(error).strip().splitlines() or ["?"])[-1]}
            log(f"{key} failed: {result[key]['error']}")
            return False
        return True

    build_repeats = max(1, min(args.repeat, 3))
    if not args.no_entities and not args.entities_only:
        bare = work / f"index-{corpus.root.name}-no-entities"
        attempt("build_no_entities", lambda: measure_build(corpus, bare, False, build_repeats))
        shutil.rmtree(bare, ignore_errors=True)
    index_dir = work / f"index-{corpus.root.name}"
    entities = not args.no_entities
    key = "build" if entities else "build_no_entities"
    if args.reuse_index and (index_dir / CURRENT_FILE).exists():
        result[key] = {"skipped": f"reused the index in {index_dir} (--reuse-index)"}
    elif not attempt(key, lambda: measure_build(corpus, index_dir, entities, build_repeats)):
        return result
    if args.updates_only:
        _measure_updates(corpus, index_dir, build_repeats, attempt)
        return result
    service = SearchService([corpus.root], index_dir)
    try:
        service.prepare()  # as the explorer does once its index is ready
        top = [entity.name for entity in service.entities()[: args.queries]]
        sample = _sample_articles(corpus, 200, args.seed)
        queries = query_set(sample, top, args.queries, args.seed)
        result["queries_used"] = queries
        attempt("queries", lambda: measure_queries(service, queries, args.repeat))
        if args.stock_whoosh:
            attempt("stock_whoosh", lambda: measure_stock_whoosh(service, queries, args.repeat))
        if not args.queries_only:
            attempt("entity_view", lambda: measure_entity_view(service, args.repeat))
    finally:
        service.close()
    query = queries["two words"][0]
    if not args.queries_only:
        attempt("tui", lambda: measure_tui(corpus, index_dir, query, build_repeats))
    if entities and not args.queries_only:
        _measure_updates(corpus, index_dir, build_repeats, attempt)
    if not args.no_tantivy:
        attempt(
            "tantivy",
            lambda: (
                measure_tantivy(corpus, work, queries, args.repeat)
                or {"skipped": "tantivy is not installed (pip install tantivy)"}
            ),
        )
    if not args.keep:
        shutil.rmtree(index_dir, ignore_errors=True)
    result["load_average_after"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    return result


def _measure_updates(
    corpus: Corpus, index_dir: Path, repeats: int, attempt: Callable[[str, Callable[[], Any]], bool]
) -> None:
    for changed in (1, 100):
        attempt(
            f"update_{changed}",
            functools.partial(measure_update, corpus, index_dir, changed, repeats),
        )
    attempt("update_watched", lambda: measure_watched_update(corpus, index_dir, max(repeats, 3)))


def _logger(prefix: str) -> Callable[[str], None]:
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f}s] {prefix}: {message}", file=sys.stderr)

    return log


# -- the report ----------------------------------------------------------------------------------


def _cell(stats: Stats | None, unit: str = "") -> str:
    if not stats:
        return "–"
    if stats["runs"] == 1:
        return f"{stats['median']:g}{unit}"
    return f"{stats['median']:g}{unit} ({stats['min']:g}–{stats['max']:g})"


def report_markdown(results: dict[str, Any]) -> str:
    """The short human report: one section per corpus, medians with (min–max)."""
    info = results["machine"]
    lines = [
        "# warta benchmark",
        "",
        f"{results['started']} · {info['cpus']} CPUs ({info['cpu']}) · {info['memory']} · "
        f"Python {info['python']} · "
        + ", ".join(f"{name} {version}" for name, version in info["packages"].items()),
        "",
        f"Command: `{results['command']}`",
        "",
        "Figures are medians over repeated runs with the spread (min–max) in brackets.",
    ]
    for corpus in results["corpora"]:
        lines += ["", f"## {corpus['name']}", ""]
        lines += _build_table(corpus)
        lines += _query_table(corpus)
        lines += _other_table(corpus)
    return "\n".join(lines) + "\n"


def _build_table(corpus: dict[str, Any]) -> list[str]:
    lines = [
        "| build | articles/s | wall s | CPU s (all processes) | peak RSS MB | index MB |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for key, label in (("build", "with entities"), ("build_no_entities", "without entities")):
        build = corpus.get(key)
        if build and ("error" in build or "skipped" in build):
            lines.append(f"| {label} | {build.get('skipped') or 'failed: ' + build['error']} |")
        elif build:
            lines.append(
                f"| {label} | {_cell(build['articles_per_second'])} | "
                f"{_cell(build['wall_seconds'])} | {_cell(build['cpu_seconds'])} | "
                f"{_cell(build['peak_rss_mb'])} | {build['index_mb']} |"
            )
    for changed in (1, 100):
        update = corpus.get(f"update_{changed}")
        if update and "error" in update:
            lines.append(f"| update, {changed} changed | failed: {update['error']} | | | | |")
        elif update:
            rebuilt = (
                " (a full rebuild ran: code changed under the run)" if update["rebuilt"] else ""
            )
            lines.append(
                f"| update, {update['changed_files']} changed{rebuilt} | – | "
                f"{_cell(update['end_to_end_seconds'])} end to end, "
                f"{_cell(update['update_seconds'])} in update_index | "
                f"{_cell(update['cpu_seconds'])} | {_cell(update['peak_rss_mb'])} | – |"
            )
    watched = corpus.get("update_watched")
    if watched and "error" in watched:
        lines.append(f"| update, 1 changed, told by the watcher | failed: {watched['error']} |")
    elif watched:
        for name, label in (("watched", "told by the watcher"), ("whole", "whole scan")):
            lines.append(
                f"| update, 1 changed, {label}, long-lived process | – | "
                f"{_cell(watched[name]['seconds'])} in update | "
                f"{_cell(watched[name]['cpu_seconds'])} | – | – |"
            )
    return [*lines, ""]


def _query_table(corpus: dict[str, Any]) -> list[str]:
    queries = {**(corpus.get("queries") or {}), **(corpus.get("stock_whoosh") or {})}
    if "error" in queries:
        return [f"Queries failed: {queries['error']}", ""]
    tantivy = (corpus.get("tantivy") or {}).get("queries", {})
    lines = [
        "| query (first page of 20) | example | median hits | p50 ms | p95 ms | tantivy p95 ms |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, figures in queries.items():
        example = figures["example"].replace("|", "\\|")
        ceiling = tantivy.get(name, {}).get("p95_ms")
        lines.append(
            f"| {name} | `{example}` | {figures['median_hits']:g} | {_cell(figures['p50_ms'])} | "
            f"{_cell(figures['p95_ms'])} | {_cell(ceiling)} |"
        )
    return [*lines, ""]


def _other_table(corpus: dict[str, Any]) -> list[str]:
    lines = ["| measure | figure |", "| --- | --- |"]
    view = corpus.get("entity_view")
    if view and "error" in view:
        lines.append(f"| entity view | failed: {view['error']} |")
    elif view:
        lines.append(
            f"| entity view, first {ENTITY_SCREENFUL} mentions of {view['entity']} "
            f"({view['mentions']:,} mentions in {view['articles']:,} articles) | "
            f"{_cell(view['first_screenful_ms'], ' ms')} |"
        )
        lines.append(
            f"| every mention of it (no limit) | {_cell(view['all_mentions_ms'], ' ms')} |"
        )
        lines.append(f"| entity list (sidebar) | {_cell(view['entity_list_ms'], ' ms')} |")
    tui = corpus.get("tui") or {}
    if "skipped" in tui or "error" in tui:
        lines.append(f"| TUI | {tui.get('skipped') or 'failed: ' + tui['error']} |")
    elif tui:
        lines.append(f"| TUI launch to first frame | {_cell(tui['first_frame_seconds'], ' s')} |")
        cpu = _cell(tui["cpu_first_frame_seconds"], " s")
        lines.append(f"| TUI CPU time to first frame (start-up and imports included) | {cpu} |")
        for key, label in (
            ("rss_first_frame_mb", "at first frame"),
            ("rss_ready_mb", "index open, entities loaded"),
            ("rss_after_search_mb", "after a search"),
        ):
            lines.append(f"| TUI RSS, {label} | {_cell(tui[key], ' MB')} |")
    tantivy = corpus.get("tantivy") or {}
    if "skipped" in tantivy or "error" in tantivy:
        lines.append(f"| tantivy | {tantivy.get('skipped') or 'failed: ' + tantivy['error']} |")
    elif tantivy:
        lines.append(
            f"| tantivy build (engine only; warta's analysis took {tantivy['analysis_seconds']} s)"
            f" | {tantivy['articles_per_second_engine']:g} articles/s, {tantivy['index_mb']} MB |"
        )
    return [*lines, ""]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="synthetic corpus sizes, comma separated (0: none)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"one synthetic corpus of {QUICK_SIZE} articles, few repeats (CI)",
    )
    parser.add_argument("--corpus", type=Path, help="a real corpus: folder or .jsonl file")
    parser.add_argument("--tile", type=int, help="tile the real corpus to this many articles")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measure")
    parser.add_argument("--queries", type=int, default=QUERIES_PER_CLASS, help="queries per class")
    parser.add_argument("--out", type=Path, default=BENCH / "results")
    parser.add_argument("--work", type=Path, help="folder for corpora and indexes (reused)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--no-entities", action="store_true", help="build without entity extraction only"
    )
    parser.add_argument(
        "--entities-only",
        action="store_true",
        help="skip the comparison build without entities (saves a long build at 100k)",
    )
    parser.add_argument("--no-tantivy", action="store_true")
    parser.add_argument(
        "--reuse-index",
        action="store_true",
        help="measure on the index a --keep run left in --work instead of building it",
    )
    parser.add_argument("--keep", action="store_true", help="keep the indexes in --work")
    parser.add_argument(
        "--queries-only",
        action="store_true",
        help="measure queries only (no entity view, TUI or updates)",
    )
    parser.add_argument(
        "--updates-only",
        action="store_true",
        help="measure updates only (with --reuse-index: on a kept index)",
    )
    parser.add_argument(
        "--stock-whoosh",
        action="store_true",
        help="also time each query class collected by Whoosh's default search",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.repeat = str(QUICK_SIZE), min(args.repeat, 2)
        args.queries = min(args.queries, QUICK_QUERIES_PER_CLASS)
    return args


@contextlib.contextmanager
def _work_folder(chosen: Path | None) -> Iterator[Path]:
    if chosen is not None:
        chosen.mkdir(parents=True, exist_ok=True)
        yield chosen
        return
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as folder:
        yield Path(folder)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if int(size) > 0]
    results: dict[str, Any] = {
        "started": dt.datetime.now().isoformat(timespec="seconds"),
        "command": " ".join(["python bench/bench_index.py", *(argv or sys.argv[1:])]),
        "machine": machine(),
        "targets_at_100k": TARGETS,
        "corpora": [],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    with _work_folder(args.work) as work:
        corpora = [synthetic_corpus(work, size, args.seed) for size in sizes]
        if args.corpus is not None:
            real = real_corpus(work, args.corpus, args.tile, args.seed)
            corpora += [real] if real else []
        for corpus in corpora:
            results["corpora"].append(bench_corpus(corpus, work, args))
            _write(results, args.out)  # a long run keeps what it has measured so far
    _write(results, args.out)
    print(f"wrote {args.out / 'results.json'} and {args.out / 'report.md'}", file=sys.stderr)
    return 0


def _write(results: dict[str, Any], out: Path) -> None:
    (out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    (out / "report.md").write_text(report_markdown(results), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
