"""The benchmark's corpus generator and report: deterministic, realistic, and runnable.

No figure is asserted: speed belongs to the benchmark's report, not to tests.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import bench_index  # noqa: E402
import synth  # noqa: E402
from warta.search.dates import publication_date  # noqa: E402
from warta.search.model import Article  # noqa: E402
from warta.search.reader import read_corpus  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+")


@pytest.fixture(scope="module")
def lexicon() -> synth.Lexicon:
    return synth.Lexicon(seed=0)


def _vocabulary(lexicon: synth.Lexicon, count: int) -> set[str]:
    return {
        word.lower()
        for index in range(count)
        for word in _WORD.findall(synth.article_text(lexicon, index))
    }


def test_same_seed_same_articles_other_seed_other_articles(lexicon: synth.Lexicon) -> None:
    again = synth.Lexicon(seed=0)
    other = synth.Lexicon(seed=1)
    for index in (0, 7, 123):
        assert synth.article_text(lexicon, index) == synth.article_text(again, index)
        assert synth.article_text(lexicon, index) != synth.article_text(other, index)


def test_generated_files_are_identical_across_runs(tmp_path: Path) -> None:
    first = list(synth.generate(tmp_path / "a", 12, seed=3))
    second = list(synth.generate(tmp_path / "b", 12, seed=3))
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert len({p.parent for p in first}) == 1  # a thousand to a folder


def test_vocabulary_keeps_growing_but_slower_than_the_corpus(lexicon: synth.Lexicon) -> None:
    small, large = _vocabulary(lexicon, 50), _vocabulary(lexicon, 200)
    assert len(large) > 1.5 * len(small)  # new words keep coming
    assert len(large) < 4 * len(small)  # ... but fewer than the articles (Heaps' law)


def test_word_frequencies_are_zipf_like(lexicon: synth.Lexicon) -> None:
    counts = Counter(
        word.lower()
        for index in range(100)
        for word in _WORD.findall(synth.article_text(lexicon, index))
    )
    ranked = [count for _, count in counts.most_common()]
    assert ranked[0] > 20 * ranked[99]
    assert sum(1 for count in ranked if count == 1) > len(ranked) / 4  # a long tail of rare words


def test_articles_have_names_numbers_and_a_dated_dateline(lexicon: synth.Lexicon) -> None:
    texts = [synth.article_text(lexicon, index) for index in range(20)]
    for index, text in enumerate(texts):
        assert re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", text)  # a multi-word name
        assert publication_date(text) == synth.article_date(0, index)
    later_paragraphs = " ".join(text.split("\n\n", 2)[2] for text in texts)
    assert re.search(r"Rp \d+,\d (juta|miliar|triliun)", later_paragraphs)
    assert re.search(r"\d+,\d persen", later_paragraphs)


def test_names_recur_across_articles(lexicon: synth.Lexicon) -> None:
    casts = Counter(
        name
        for index in range(100)
        for name in set(
            re.findall(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", synth.article_text(lexicon, index))
        )
    )
    assert casts.most_common(1)[0][1] >= 10  # a popular entity appears in many articles
    assert sum(1 for count in casts.values() if count == 1) > 10  # and many appear once


def test_warta_reads_generated_articles_with_their_titles(tmp_path: Path) -> None:
    paths = list(synth.generate(tmp_path, 5, seed=0))
    articles = [item for item in read_corpus([tmp_path]) if isinstance(item, Article)]
    assert len(articles) == 5
    for path, article in zip(paths, articles, strict=True):
        assert article.title == path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert article.date is not None


def test_percentile_interpolates_and_summary_reports_spread() -> None:
    assert bench_index.percentile([4.0, 1.0, 3.0, 2.0], 0.5) == 2.5
    assert bench_index.percentile([1.0, 2.0, 3.0], 1.0) == 3.0
    assert bench_index.summarise([3.0, 1.0, 2.0]) == {
        "median": 2.0,
        "min": 1.0,
        "max": 3.0,
        "runs": 3,
    }


def test_query_set_draws_every_class_from_the_articles(lexicon: synth.Lexicon) -> None:
    articles = [
        Article(id=str(i), title=text.split("\n", 1)[0], body=text.split("\n\n", 1)[1])
        for i, text in ((i, synth.article_text(lexicon, i)) for i in range(40))
    ]
    queries = bench_index.query_set(articles, ["Budi Santoso"], per_class=5, seed=0)
    title_words = {w.lower() for a in articles for w in _WORD.findall(a.title)}
    assert all(word in title_words for q in queries["two words"] for word in q.split())
    assert all(q.endswith("~") for q in queries["fuzzy"]) and queries["fuzzy"]
    assert all(q.endswith("*") for q in queries["prefix"]) and queries["prefix"]
    assert all(q.startswith('"') for q in queries["phrase"]) and queries["phrase"]
    assert queries["entity"] == ['entity:"Budi Santoso"']


def test_quick_benchmark_writes_json_and_markdown(tmp_path: Path) -> None:
    out = tmp_path / "out"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "bench_index.py"),
            "--quick",
            "--repeat",
            "1",
            "--no-tantivy",
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    (corpus,) = results["corpora"]
    assert corpus["articles"] == bench_index.QUICK_SIZE
    assert "error" not in corpus["build"], corpus["build"]
    assert corpus["build"]["articles"] == bench_index.QUICK_SIZE
    assert {"one word", "phrase", "entity (no snippets)"} <= set(corpus["queries"])
    report = (out / "report.md").read_text(encoding="utf-8")
    assert f"## synthetic {bench_index.QUICK_SIZE:,}" in report
    assert "| with entities |" in report


def test_snippet_spans_from_postings_equal_spans_from_analysis(tmp_path: Path) -> None:
    """The speed-up that reads snippet marks from the index must mark exactly the same words."""
    from warta.search.index import current_generation, open_generation, update_index
    from warta.search.query import match_spans, matched_terms, parse_query, posting_spans

    list(synth.generate(tmp_path / "corpus", 40, seed=5))
    update_index(tmp_path / "index", [tmp_path / "corpus"], entities=False)
    generation = current_generation(tmp_path / "index")
    assert generation is not None
    with open_generation(generation).searcher() as searcher:
        reader = searcher.reader()
        for text in ("data", "perusahaan model", '"model bahasa"', "peru*", "Jakarta", "hamzah"):
            query = parse_query(text, searcher.schema, lambda name: []).query
            hits = searcher.search(query, limit=20)
            terms = matched_terms(query, reader)
            indexed = posting_spans(reader, [hit.docnum for hit in hits], terms)
            assert indexed is not None
            for hit in hits:
                assert indexed[hit.docnum] == match_spans(hit["body"], terms)


def test_a_page_of_hits_is_the_best_scoring_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast collector must rank like an exhaustive search (whoosh3's skipping did not).

    Measured on the first stage alone: the second (search/rerank.py) reorders its best."""
    from warta.search import ranking
    from warta.search.index import current_generation, open_generation, update_index
    from warta.search.query import parse_query
    from warta.search.ranking import weighting
    from warta.search.service import SearchService

    monkeypatch.setattr(ranking, "RERANK_DEPTH", 0)

    lexicon = synth.Lexicon(seed=5)
    list(synth.generate(tmp_path / "corpus", 60, seed=5))
    update_index(tmp_path / "index", [tmp_path / "corpus"], entities=False)
    titles = [synth.article_text(lexicon, index).split("\n", 1)[0] for index in range(60)]
    pairs = {
        " ".join(words[:2])
        for words in ([w.lower() for w in _WORD.findall(t) if len(w) > 3][1:] for t in titles)
        if len(words) >= 2
    }
    service = SearchService([tmp_path / "corpus"], tmp_path / "index")
    generation = current_generation(tmp_path / "index")
    assert generation is not None
    with open_generation(generation).searcher(weighting=weighting()) as searcher:
        for text in sorted(pairs):
            page = [hit.score for hit in service.search(text, limit=5, snippets=False).hits]
            query = parse_query(text, searcher.schema, lambda name: []).query
            exhaustive = [round(hit.score, 4) for hit in searcher.search(query, limit=None)]
            # Partial matches follow the articles with every word when they are too few.
            assert page[: len(exhaustive)] == exhaustive[: len(page)], text
    service.close()


def test_the_benchmark_asks_for_as_many_results_as_the_explorer() -> None:
    from warta.tui.screens.main import RESULT_LIMIT

    assert bench_index.TUI_PAGE == RESULT_LIMIT
