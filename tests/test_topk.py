"""The numpy top-k scorer (search.sidecar) against Whoosh's exhaustive scorer.

A few thousand generated articles in several segments with deletions; random queries of
every kind the parser builds. The top 50 must be the same documents with the same scores
(to 1e-4) in the same order, and the same number of matches.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy  # loaded, so top_k scores even the small queries of these tests
import pytest
from warta.search.index import current_generation, open_generation, update_index
from warta.search.query import parse_query, places_in
from warta.search.ranking import weighting
from warta.search.service import SearchService
from warta.search.sidecar import (
    PLACE_FIELDS,
    SIDECAR_FOLDER,
    SidecarLexicon,
    TopDocs,
    field_frequencies,
    segment_sidecar,
    sidecar_places,
    top_k,
)

REPO = Path(__file__).resolve().parent.parent
TOP = 50
QUERIES = 150
SHAPES = (
    *("one", "two", "three", "or", "not", "title", "date", "phrase", "and", "group"),
    *("prefix", "fuzzy", "lone phrase", "phrase or", "expansions", "slop", "long phrase"),
)
#: Invented words, so that the stemmer leaves most of them whole; a Zipf law over them
#: gives common, middling and rare words.
SYLLABLES = ("ba", "ri", "lu", "ma", "ko", "te", "si", "nu", "pa", "go", "de", "wa")


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: dict[str, None] = {}
    while len(words) < size:
        words["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))] = None
    return list(words)


def _write_articles(path: Path, first: int, count: int, seed: int) -> None:
    rng = random.Random(seed)
    words = _vocabulary(random.Random(0), 400)
    weights = [1 / (rank + 1) for rank in range(len(words))]

    def text(n: int) -> str:
        return " ".join(rng.choices(words, weights, k=n))

    lines = [
        json.dumps(
            {
                "id": f"a{first + number}",
                "title": text(rng.randint(2, 7)).capitalize(),
                "text": text(rng.randint(20, 150)) + ".",
                "date": f"{rng.randint(2020, 2024)}-{rng.randint(1, 12):02d}-01",
            }
        )
        for number in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def layered_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three updates: two segments at least, deletions in the older ones."""
    root = tmp_path_factory.mktemp("topk")
    corpus = root / "corpus"
    corpus.mkdir()
    for part in range(3):
        _write_articles(corpus / f"part{part}.jsonl", part * 700, 700, part)
    update_index(root / "index", [corpus], entities=False)
    for part in range(3, 5):
        _write_articles(corpus / f"part{part}.jsonl", part * 700, 700, part)
    update_index(root / "index", [corpus], entities=False)
    (corpus / "part1.jsonl").unlink()  # deletions in the first segment
    _write_articles(corpus / "part3.jsonl", 3 * 700, 300, 33)  # and in the second
    update_index(root / "index", [corpus], entities=False)
    return root


def _random_query(rng: random.Random, words: list[str]) -> str:
    def word() -> str:
        return words[min(int(rng.paretovariate(0.7)), len(words)) - 1]

    shape = rng.choice(SHAPES)
    if shape == "one":
        return word()
    if shape == "two":
        return f"{word()} {word()}"
    if shape == "three":
        return f"{word()} {word()} {word()}"
    if shape == "or":
        return f"{word()} OR {word()}"
    if shape == "not":
        return f"{word()} {word()} -{word()}"
    if shape == "title":
        return f"title:{word()} {word()}"
    if shape == "date":
        return f"{word()} date:[{rng.randint(2020, 2022)} TO {rng.randint(2022, 2024)}]"
    if shape == "phrase":
        return f'"{word()} {word()}" {word()}'
    if shape == "and":
        return f"{word()} AND {word()}"
    if shape == "prefix":
        return f"{word()[: rng.randint(2, 4)]}*"
    if shape == "fuzzy":
        typed = word()
        at = rng.randrange(1, len(typed))
        return f"{typed[:at]}{rng.choice('aiuxz')}{typed[at + 1 :]}~{rng.choice(['', '2'])}"
    if shape == "lone phrase":
        return f'"{word()} {word()}"'
    if shape == "phrase or":
        return f'"{word()} {word()}" OR {word()}'
    if shape == "slop":
        return f'"{word()} {word()} {word()}"~{rng.randint(2, 4)} {word()}'
    if shape == "long phrase":
        return f'"{word()} {word()} {word()}" OR "{word()} {word()}"'
    if shape == "expansions":
        return f"{word()[:3]}* -{word()}~ {word()}"
    return f"({word()} OR {word()}) {word()}"


#: The fields the sidecar scores: the stemmed pair, entities, and the exact pair that
#: phrases, prefixes and fuzzy words search.
IN_SIDECAR = ("title", "content", "entity", "title_exact", "exact")


def _in_sidecar(q: object) -> bool:
    """Words, phrases, prefixes and fuzzy words of the sidecar's fields, however combined
    (no date range)."""
    from whoosh import query

    return all(
        isinstance(leaf, (query.Term, query.Phrase, query.MultiTerm))
        and leaf.fieldname in IN_SIDECAR
        for leaf in q.leaves()  # type: ignore[attr-defined]
    )


def _whoosh_top(q: object, searcher: object, limit: int) -> tuple[list[tuple[int, float]], int]:
    from whoosh import collectors

    collector = collectors.TopCollector(limit, usequality=False, replace=0)
    searcher.search_with_collector(q, collector)  # type: ignore[attr-defined]
    results = collector.results()
    return [(hit.docnum, hit.score) for hit in results], len(results)


def _assert_same_ranking(
    ours: TopDocs, theirs: tuple[list[tuple[int, float]], int], label: str
) -> None:
    expected, total = theirs
    assert len(ours) == total, label
    got = [(hit.docnum, hit.score) for hit in ours]
    assert len(got) == len(expected), label
    for (_, score), (_, want) in zip(got, expected, strict=True):
        assert score == pytest.approx(want, abs=1e-4), label
    # Documents whose scores differ only in the last bits (sums added in another order)
    # may swap; every other place must hold the same document.
    assert _canonical(got) == _canonical(expected), label


def _canonical(ranking: list[tuple[int, float]]) -> list[int]:
    """The documents in order, ties (to 1e-9) by document number, the last tie dropped
    (which of its documents made the cut is arbitrary)."""
    if not ranking:
        return []
    last = ranking[-1][1]
    kept = [(docnum, score) for docnum, score in ranking if score > last + 1e-9]
    return [docnum for docnum, _ in sorted(kept, key=lambda hit: (-round(hit[1], 9), hit[0]))]


@pytest.fixture(scope="module")
def generation(layered_index: Path) -> Iterator[tuple[Path, object]]:
    folder = current_generation(layered_index / "index")
    assert folder is not None
    ix = open_generation(folder)
    searcher = ix.searcher(weighting=weighting())
    yield folder, searcher
    searcher.close()
    ix.close()


def test_the_fixture_has_segments_and_deletions(generation: tuple[Path, object]) -> None:
    _, searcher = generation
    leaves = searcher.leaf_searchers()  # type: ignore[attr-defined]
    assert len(leaves) >= 2
    assert any(sub.reader().has_deletions() for sub, _ in leaves)


def test_the_sidecars_count_each_word_as_whoosh_does(
    generation: tuple[Path, object], tmp_path: Path
) -> None:
    """Did-you-mean's lexicon, read from the sidecars over several segments with deletions,
    has Whoosh's words and document frequencies, and none when a sidecar is missing."""
    folder, searcher = generation
    reader = searcher.reader()  # type: ignore[attr-defined]
    for fieldname in ("exact", "content"):
        expected = {
            term.decode("utf-8"): info.doc_frequency()
            for term, info in reader.iter_field(fieldname)
        }
        assert field_frequencies(folder, searcher, fieldname) == expected
    moved = tmp_path / "one-sidecar-missing"
    shutil.copytree(folder, moved)
    next((moved / SIDECAR_FOLDER).iterdir()).unlink()
    assert field_frequencies(moved, searcher, "exact") is None


def test_top_50_equals_the_exhaustive_scorer_on_random_queries(
    generation: tuple[Path, object],
) -> None:
    folder, searcher = generation
    rng = random.Random(17)
    words = _vocabulary(random.Random(0), 400)
    served = 0
    for _ in range(QUERIES):
        text = _random_query(rng, words)
        parsed = parse_query(text, searcher.schema, lambda _: [])  # type: ignore[attr-defined]
        for q in (parsed.query, parsed.relaxed):
            if q is None:
                continue
            ours = top_k(q, searcher, folder, TOP, lambda: None)
            if ours is None:
                # Only a range outside an AND of words goes to Whoosh.
                assert not _in_sidecar(q), text
                continue
            served += 1
            _assert_same_ranking(ours, _whoosh_top(q, searcher, TOP), f"{text!r}: {q}")
    assert served > QUERIES


@pytest.mark.parametrize("segment_docs", ["small", "large"])
def test_prefixes_and_fuzzy_words_score_as_whoosh_in_any_segment(
    generation: tuple[Path, object], monkeypatch: pytest.MonkeyPatch, segment_docs: str
) -> None:
    """Whoosh scores an expansion of three words or more 1.0 a document in a segment of at
    most 5,000 documents, and adds its words' scores in a larger one: both are kept.
    The fixture's segments are small; "large" makes every searcher count a million."""
    from whoosh.searching import Searcher

    folder, searcher = generation
    if segment_docs == "large":
        monkeypatch.setattr(Searcher, "doc_count_all", lambda self: 1_000_000)
    words = _vocabulary(random.Random(0), 400)
    queries = [
        words[0][:2] + "*",
        words[3][:3] + "*",
        words[3] + "~",
        f"{words[5][:2]}* {words[1]}",
    ]
    constant = 0
    for text in queries:
        q = parse_query(text, searcher.schema, lambda _: []).query  # type: ignore[attr-defined]
        ours = top_k(q, searcher, folder, TOP, lambda: None)
        assert ours is not None, text
        constant += all(hit.score in (1.0, 2.0, 2.5, 3.8) for hit in ours)
        _assert_same_ranking(ours, _whoosh_top(q, searcher, TOP), text)
    assert constant == (2 if segment_docs == "small" else 0)


def test_the_sidecar_lexicon_expands_as_whoosh_reader(generation: tuple[Path, object]) -> None:
    """Prefixes, fuzzy words and their counts read from the sidecar: the same words in
    the same order as Whoosh's term files give, in every segment."""
    folder, searcher = generation
    words = _vocabulary(random.Random(0), 400)
    rng = random.Random(5)
    typed = [*words[:30], "zzzz", "a", *("".join(rng.sample(word, len(word))) for word in words)]
    for sub, _ in searcher.leaf_searchers():  # type: ignore[attr-defined]
        reader = sub.reader()
        lexicon = SidecarLexicon(reader, segment_sidecar(folder, reader))
        for fieldname in ("exact", "title_exact"):
            for text in typed:
                for prefix in (text[:1], text[:2], text[:3], text):
                    assert list(lexicon.expand_prefix(fieldname, prefix)) == list(
                        reader.expand_prefix(fieldname, prefix)
                    ), prefix
                for distance in (1, 2):
                    assert list(lexicon.terms_within(fieldname, text, distance, 1)) == list(
                        reader.terms_within(fieldname, text, distance, 1)
                    ), text
            for term in reader.lexicon(fieldname):
                assert lexicon.doc_frequency(fieldname, term) == reader.doc_frequency(
                    fieldname, term
                )
            assert lexicon.doc_frequency(fieldname, "zzzzq") == 0


def test_a_search_stops_while_the_sidecar_checks_a_phrase(seeds_service: SearchService) -> None:
    """A phrase's positions are read in the search's time: a caller that gives up there
    stops it, as it stopped Whoosh's phrase matcher."""
    import inspect

    def cancelled() -> bool:
        return "_in_order" in {frame.function for frame in inspect.stack()}

    whole = seeds_service.search('"kecerdasan buatan"', snippets=False)
    assert whole.total > 0 and not whole.cancelled
    result = seeds_service.search('"kecerdasan buatan"', cancelled=cancelled)
    assert result.cancelled and result.error is None and not result.hits


def test_the_sidecars_place_each_word_as_whoosh_postings_do(
    generation: tuple[Path, object],
) -> None:
    """Every word of the body fields stands at the same positions and characters in every
    live document, read from the sidecars (several segments, deletions) or from Whoosh."""
    folder, searcher = generation
    reader = searcher.reader()  # type: ignore[attr-defined]
    places_of = sidecar_places(folder, searcher)  # type: ignore[arg-type]
    assert places_of is not None
    live = list(reader.all_doc_ids())
    for fieldname in PLACE_FIELDS:
        words = [term.decode("utf-8") for term, _ in reader.iter_field(fieldname)]
        assert len(words) > 300
        for word in words:
            expected = list(places_in(reader, fieldname, word, live))
            assert expected and list(places_of(fieldname, word, live)) == expected


def _pages(service: SearchService, queries: list[str]) -> list[object]:
    return [
        [(hit.id, hit.score, hit.snippet) for hit in service.search(q, limit=TOP).hits]
        for q in queries
    ]


def test_a_page_of_snippets_reads_no_whoosh_postings(
    layered_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page's snippets and second stage read the sidecars' places, not Whoosh's postings
    blocks (~0.35 ms a block): the same hits, scores and marked snippets, words and
    phrases alike; an index whose sidecars predate the places gives them through Whoosh
    until its next update writes them."""
    from warta.search import query, sidecar

    words = _vocabulary(random.Random(0), 400)
    queries = [words[3], f"{words[7]} {words[40]}", f'"{words[0]} {words[1]}"', f"{words[9]}*"]
    copy = tmp_path / "index"
    shutil.copytree(layered_index / "index", copy)
    generation = current_generation(copy)
    assert generation is not None
    service = SearchService([layered_index / "corpus"], copy)
    expected = _pages(service, queries)
    service.close()
    assert all(page and any(snippet.marks for _, _, snippet in page) for page in expected)

    def whoosh_postings(*args: object) -> object:
        raise AssertionError("read Whoosh's postings")

    with monkeypatch.context() as patched:
        patched.setattr(query, "places_in", whoosh_postings)
        service = SearchService([layered_index / "corpus"], copy)
        assert _pages(service, queries) == expected
        service.close()
    shutil.rmtree(generation / SIDECAR_FOLDER)
    with monkeypatch.context() as patched:
        patched.setattr(sidecar, "PLACE_FIELDS", ())
        update_index(copy, [layered_index / "corpus"], entities=False)
    service = SearchService([layered_index / "corpus"], copy)
    assert sidecar_places(generation, service._view().searcher) is None
    assert _pages(service, queries) == expected
    service.close()
    update_index(copy, [layered_index / "corpus"], entities=False)
    service = SearchService([layered_index / "corpus"], copy)
    assert sidecar_places(generation, service._view().searcher) is not None
    service.close()


def test_a_phrase_reads_no_whoosh_positions(
    layered_index: Path, generation: tuple[Path, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A phrase is checked on the sidecars' positions in the title as in the body: the same
    hits without reading Whoosh's postings (a phrase of common words spent two thirds of its
    time on the titles' positions at 100,000 articles), and each title word stands where
    Whoosh's postings place it."""
    from warta.search import sidecar

    folder, searcher = generation
    reader = searcher.reader()  # type: ignore[attr-defined]
    for leaf, _ in reader.leaf_readers():
        segment = segment_sidecar(folder, leaf)
        assert segment is not None and segment.has_places("title_exact")
        for term, _ in list(leaf.iter_field("title_exact"))[:50]:
            postings = leaf.postings("title_exact", term)
            expected = {doc: postings.value_as("positions") for doc in postings.all_ids()}
            docs = numpy.array(sorted(expected), dtype=numpy.int64)
            keys = segment.placed_words("title_exact", term, docs)
            got: dict[int, list[int]] = {}
            for key in keys.tolist():
                got.setdefault(key >> 32, []).append(key & 0xFFFFFFFF)
            assert got == {doc: places for doc, places in expected.items() if places}
    words = _vocabulary(random.Random(0), 400)
    phrases = [f'"{words[a]} {words[b]}"' for a in range(4) for b in range(4) if a != b]
    service = SearchService([layered_index / "corpus"], layered_index / "index")
    expected_pages = _pages(service, phrases)
    assert sum(len(page) for page in expected_pages) > 50

    def whoosh_positions(*args: object) -> object:
        raise AssertionError("read Whoosh's positions")

    monkeypatch.setattr(sidecar, "_positions", whoosh_positions)
    assert _pages(service, phrases) == expected_pages
    service.close()


def test_an_update_completes_a_sidecar_written_without_the_exact_fields(
    layered_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sidecar from before the exact fields were added still scores plain words; a
    prefix beside it goes to Whoosh until the next update writes the sidecar again."""
    from warta.search import sidecar

    copy = tmp_path / "index"
    shutil.copytree(layered_index / "index", copy)
    generation = current_generation(copy)
    assert generation is not None
    shutil.rmtree(generation / SIDECAR_FOLDER)
    with monkeypatch.context() as patched:
        patched.setattr(sidecar, "SIDECAR_FIELDS", ("title", "content", "entity"))
        update_index(copy, [layered_index / "corpus"], entities=False)
    words = _vocabulary(random.Random(0), 400)

    def served(text: str) -> bool:
        ix = open_generation(generation)
        with ix.searcher(weighting=weighting()) as searcher:
            q = parse_query(text, searcher.schema, lambda _: []).query
            found = top_k(q, searcher, generation, TOP, lambda: None)
        ix.close()
        return found is not None

    assert served(words[0]) and not served(words[0][:3] + "*")
    update_index(copy, [layered_index / "corpus"], entities=False)
    assert served(words[0]) and served(words[0][:3] + "*")


def test_entity_filters_equal_the_exhaustive_scorer(seeds_service: SearchService) -> None:
    entities = [entity.name for entity in seeds_service.entities()[:8]]
    assert entities
    view = seeds_service._view()
    rng = random.Random(3)
    for name in entities:
        text = f'entity:"{name}" {rng.choice(["model", "data", "perusahaan", "ai"])}'
        parsed = parse_query(text, view.searcher.schema, seeds_service._entity_keys)
        for q in (parsed.query, parsed.relaxed):
            if q is None:
                continue
            ours = top_k(q, view.searcher, view.generation, TOP, lambda: None)
            assert ours is not None, text
            _assert_same_ranking(ours, _whoosh_top(q, view.searcher, TOP), text)


def test_a_missing_sidecar_gives_the_same_hits_through_whoosh(
    layered_index: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "index"
    shutil.copytree(layered_index / "index", copy)
    service = SearchService([layered_index / "corpus"], copy)
    words = _vocabulary(random.Random(0), 400)
    queries = [f"{words[3]} {words[40]}", words[7], f"{words[2]} -{words[5]}"]
    before = [service.search(q, limit=TOP, snippets=False) for q in queries]
    generation = current_generation(copy)
    assert generation is not None
    shutil.rmtree(generation / SIDECAR_FOLDER)
    service.close()
    service = SearchService([layered_index / "corpus"], copy)
    after = [service.search(q, limit=TOP, snippets=False) for q in queries]
    service.close()
    for old, new in zip(before, after, strict=True):
        assert new.total == old.total and new.total > 0
        assert [hit.id for hit in new.hits] == [hit.id for hit in old.hits]
        assert [hit.score for hit in new.hits] == pytest.approx([h.score for h in old.hits])


def test_an_update_writes_the_missing_sidecar_again(layered_index: Path, tmp_path: Path) -> None:
    copy = tmp_path / "index"
    shutil.copytree(layered_index / "index", copy)
    generation = current_generation(copy)
    assert generation is not None
    written = sorted(path.name for path in (generation / SIDECAR_FOLDER).iterdir())
    shutil.rmtree(generation / SIDECAR_FOLDER)
    update_index(copy, [layered_index / "corpus"], entities=False)
    assert sorted(path.name for path in (generation / SIDECAR_FOLDER).iterdir()) == written


def test_sidecars_follow_merges(layered_index: Path, tmp_path: Path) -> None:
    """A merge replaces segments: the merged one gets its sidecar, the old ones' go."""
    copy = tmp_path / "index"
    shutil.copytree(layered_index / "index", copy)
    generation = current_generation(copy)
    assert generation is not None
    ix = open_generation(generation)
    ix.optimize()  # one segment from all of them
    ix.close()
    update_index(copy, [layered_index / "corpus"], entities=False)
    ix = open_generation(generation)
    with ix.searcher(weighting=weighting()) as searcher:
        segments = [sub.reader().segment().segment_id() for sub, _ in searcher.leaf_searchers()]
        names = sorted(path.stem for path in (generation / SIDECAR_FOLDER).iterdir())
        assert names == sorted(segments) and len(segments) == 1
        words = _vocabulary(random.Random(0), 400)
        q = parse_query(f"{words[0]} OR {words[9]}", searcher.schema, lambda _: []).query
        ours = top_k(q, searcher, generation, TOP, lambda: None)
        assert ours is not None and len(ours) > 0
        _assert_same_ranking(ours, _whoosh_top(q, searcher, TOP), str(q))
    ix.close()


@pytest.mark.parametrize("damage", ["truncated", "garbled header", "empty"])
def test_a_damaged_sidecar_is_not_trusted(layered_index: Path, tmp_path: Path, damage: str) -> None:
    copy = tmp_path / "index"
    shutil.copytree(layered_index / "index", copy)
    service = SearchService([layered_index / "corpus"], copy)
    word = _vocabulary(random.Random(0), 400)[4]
    before = service.search(word, limit=TOP, snippets=False)
    service.close()
    generation = current_generation(copy)
    assert generation is not None
    for path in (generation / SIDECAR_FOLDER).iterdir():
        data = path.read_bytes()
        if damage == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif damage == "garbled header":
            path.write_bytes(data[:20] + b"\xff" * 20 + data[40:])
        else:
            path.write_bytes(b"")
    service = SearchService([layered_index / "corpus"], copy)
    after = service.search(word, limit=TOP, snippets=False)
    service.close()
    assert after.error is None and after.total == before.total > 0
    assert [hit.id for hit in after.hits] == [hit.id for hit in before.hits]


def _bench_topk() -> Any:
    sys.path.insert(0, str(REPO / "bench"))
    import bench_topk

    return bench_topk


def test_the_benchmark_skips_without_its_corpus(tmp_path: Path) -> None:
    bench = _bench_topk()
    assert bench.main(["--corpus", str(tmp_path / "absent.jsonl"), "--work", str(tmp_path)]) == 0
    assert list(tmp_path.iterdir()) == []


def test_the_benchmark_runs_and_both_scorers_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bench = _bench_topk()
    monkeypatch.setattr(bench, "QUERIES_PER_CLASS", 3)
    monkeypatch.setattr(bench, "REPEATS", 1)
    source = tmp_path / "source" / "articles.jsonl"
    source.parent.mkdir()
    _write_articles(source, 0, 120, 5)
    out = tmp_path / "out"
    assert (
        bench.main(["--corpus", str(source), "--work", str(tmp_path / "w"), "--out", str(out)]) == 0
    )
    figures = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert figures["warta"]["answers_differing"] == 0
    assert set(figures["warta"]["sidecar"]) == set(figures["queries"])


def _modules_after_a_search(index: Path, threshold: int | None, prepared: bool = False) -> set[str]:
    """The modules a fresh process loaded to search ``index`` for a word (after
    ``SearchService.prepare``, as the explorer calls it, when ``prepared``)."""
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from warta.search import sidecar\n"
        "from warta.search.paths import bundled_seeds\n"
        "from warta.search.service import SearchService\n"
        + (f"sidecar.NUMPY_IMPORT_POSTINGS = {threshold}\n" if threshold is not None else "")
        + f"service = SearchService([bundled_seeds()], Path({str(index)!r}))\n"
        + ("service.prepare()\n" if prepared else "")
        + "assert service.search('model').hits\n"
        "print(*sorted(sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=REPO.parent
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_a_small_cold_search_does_not_import_numpy(seeds_index: Path) -> None:
    """Importing numpy costs ~100 ms of CPU, more than Whoosh takes for a few postings:
    the cold command line stays fast."""
    assert "numpy" not in _modules_after_a_search(seeds_index, None)
    assert "numpy" in _modules_after_a_search(seeds_index, 1)


def test_the_explorer_scores_even_small_searches_with_numpy(seeds_index: Path) -> None:
    """Once prepared (the lexicon then read from its file), the explorer's searches never
    fall back to Whoosh's scorer for want of numpy: at 100,000 articles a word in 28,000 of
    them took Whoosh 200 ms of CPU and numpy 12."""
    _modules_after_a_search(seeds_index, None, prepared=True)  # the lexicon's file written
    assert "numpy" in _modules_after_a_search(seeds_index, None, prepared=True)


def test_a_full_disk_while_writing_sidecars_leaves_a_working_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.search import sidecar

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_articles(corpus / "part.jsonl", 0, 60, 8)

    class FullDisk:
        """The ``os`` the sidecar module sees: the disk fills as its file is synced."""

        def __getattr__(self, name: str) -> Any:
            return getattr(os, name)

        @staticmethod
        def fsync(descriptor: int) -> None:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sidecar, "os", FullDisk())
    update_index(tmp_path / "index", [corpus], entities=False)
    generation = current_generation(tmp_path / "index")
    assert generation is not None
    assert list((generation / SIDECAR_FOLDER).iterdir()) == []  # no sidecar, no leftovers
    service = SearchService([corpus], tmp_path / "index")
    word = _vocabulary(random.Random(0), 400)[0]
    found = service.search(word, limit=TOP, snippets=False)
    service.close()
    assert found.error is None and found.total > 0
