"""Investigation views (#16): who appears with whom, coverage over time, more like this and
the same story, on corpora written for these tests, through SearchService and the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from warta.search.coverage import Coverage, Gap, Period, coverage, with_gaps
from warta.search.errors import WartaError
from warta.search.related import log_likelihood
from warta.search.service import SearchService
from warta.tui.cli import main

ENTITIES = {
    "entities": [
        {"name": "Budi Santoso", "kind": "person"},
        {"name": "Ani Wijaya", "kind": "person"},
        {"name": "Citra Lestari", "kind": "person"},
        {"name": "Jakarta", "kind": "place"},
    ]
}

#: Jakarta is named in every article, twice in most: the most frequent name, and Budi's
#: most frequent companion; Ani is named only beside Budi.
EVERYDAY = "Pasar di Jakarta ramai hari ini.\nHarga beras di Jakarta naik lagi."
MEETING = (
    "Budi Santoso bertemu Ani Wijaya di kantor.\n"
    "Budi Santoso juga mengunjungi Jakarta pagi itu.\n"
    "Jakarta menyambut Budi Santoso dengan hujan."
)
QUAKE = (
    "Gempa bumi mengguncang pesisir selatan pada malam hari. Warga pesisir berlari ke bukit "
    "karena takut tsunami. Badan geofisika mencatat gempa bumi itu berkekuatan enam skala "
    "richter dan tidak berpotensi tsunami. Gempa susulan terasa hingga pagi."
)
STORY = [
    "Pemerintah kota membuka taman baru di tepi sungai pada akhir pekan lalu.",
    "Taman itu dilengkapi jalur sepeda, lapangan bermain anak dan perpustakaan kecil.",
    "Wali kota berharap warga menjaga kebersihan taman dan tidak membuang sampah ke sungai.",
    "Pembangunan taman menghabiskan waktu dua tahun dengan melibatkan pekerja setempat.",
]


def article(article_id: str, text: str, date: str | None = None) -> dict[str, str]:
    record = {"id": article_id, "title": f"Berita {article_id}", "text": text}
    if date:
        record["date"] = date
    return record


def corpus_articles() -> list[dict[str, str]]:
    found = []
    for number in range(12):
        parts = [EVERYDAY]
        if number < 4:
            parts.append(MEETING)
        else:
            parts.append("Warga lain membeli sayur di pasar.")
        if number == 0:
            parts.append("Budi Santoso menelepon Citra Lestari.")
        date = None if number == 11 else f"2023-{1 + number % 3:02d}-{1 + number:02d}"
        found.append(article(f"kota-{number:02d}", "\n".join(parts), date))
    for number in range(3):
        text = QUAKE + f" Laporan nomor {number} dari relawan lapangan."
        found.append(article(f"gempa-{number}", text, "2023-05-10"))
    found.append(article("taman-a", "\n\n".join(STORY), "2023-06-01"))
    # The same story re-published: paragraphs in another order, a dateline added.
    copy = "Kompas, Senin -\n\n" + "\n\n".join([STORY[2], STORY[0], STORY[3], STORY[1]])
    found.append(article("taman-b", copy, "2023-06-02"))
    return found


@pytest.fixture(scope="module")
def views_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(corpus, index, entities file) built once for this module; tests do not change them."""
    folder = tmp_path_factory.mktemp("views")
    corpus = folder / "corpus"
    corpus.mkdir()
    lines = (json.dumps(record, ensure_ascii=False) for record in corpus_articles())
    (corpus / "berita.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    entities = folder / "entities.json"
    entities.write_text(json.dumps(ENTITIES), encoding="utf-8")
    index = folder / "index"
    service = SearchService([corpus], index, entities)
    service.update()
    service.close()
    return corpus, index, entities


@pytest.fixture()
def service(views_index: tuple[Path, Path, Path]) -> Iterator[SearchService]:
    corpus, index, entities = views_index
    opened = SearchService([corpus], index, entities)
    yield opened
    opened.close()


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    views_index: tuple[Path, Path, Path],
    *args: str,
) -> tuple[int, str, str]:
    corpus, index, entities = views_index
    monkeypatch.setenv("WARTA_ENTITIES", str(entities))
    code = main(["--corpus", str(corpus), "--index-dir", str(index), *args])
    out, err = capsys.readouterr()
    return code, out, err


# -- co-occurrence -----------------------------------------------------------------------------


def test_related_ranks_a_close_companion_above_the_most_frequent_name(
    service: SearchService,
) -> None:
    related = service.related_entities("budi_santoso")
    names = [item.entity.name for item in related]
    assert names[0] == "Ani Wijaya"
    ani = related[0]
    assert (ani.sentences, ani.articles) == (4, 4)
    # Jakarta shares twice as many sentences with Budi, but is everywhere.
    jakarta = next(item for item in related if item.entity.name == "Jakarta")
    assert jakarta.sentences == 8 > ani.sentences and jakarta.score < ani.score


def test_related_drops_pairs_seen_once_unless_asked(service: SearchService) -> None:
    assert "Citra Lestari" not in [i.entity.name for i in service.related_entities("budi_santoso")]
    once = service.related_entities("budi_santoso", min_count=1)
    citra = next(item for item in once if item.entity.name == "Citra Lestari")
    assert (citra.sentences, citra.articles) == (1, 1)


def test_related_by_article_ranks_the_companion_above_the_everyday_name(
    service: SearchService,
) -> None:
    related = service.related_entities("budi_santoso", scope="article")
    assert [(item.entity.name, item.articles) for item in related] == [
        ("Ani Wijaya", 4),
        ("Jakarta", 4),  # in 12 of the 17 articles: less telling
    ]


def test_related_refuses_an_unknown_scope(service: SearchService) -> None:
    with pytest.raises(WartaError, match="unknown scope"):
        service.related_entities("budi_santoso", scope="paragraph")


def test_log_likelihood_is_zero_at_chance_and_signed() -> None:
    assert log_likelihood(5, 10, 50, 100) == pytest.approx(0.0)
    assert log_likelihood(9, 10, 10, 100) > 0 > log_likelihood(0, 10, 50, 100)


def test_log_likelihood_is_dunnings_g2() -> None:
    """Against the textbook sum over the four cells, 2 * sum(O * ln(O / E))."""
    import math
    import random

    rng = random.Random(3)
    for _ in range(200):
        total = rng.randint(1, 10_000)
        first, second = rng.randint(0, total), rng.randint(0, total)
        both = rng.randint(max(0, first + second - total), min(first, second))
        observed = (both, first - both, second - both, total - first - second + both)
        rows, columns = (first, total - first), (second, total - second)
        expected = [rows[i] * columns[j] / total for i in (0, 1) for j in (0, 1)]
        cells = zip(observed, expected, strict=True)
        g2 = 2 * sum(o * math.log(o / e) for o, e in cells if o > 0 and e > 0)
        sign = 1 if both * total >= first * second else -1
        assert log_likelihood(both, first, second, total) == pytest.approx(sign * g2, abs=1e-6)


def test_related_entities_limited_are_the_first_of_the_whole_list(
    service: SearchService,
) -> None:
    for scope in ("sentence", "article"):
        whole = service.related_entities("budi_santoso", scope, min_count=1)
        assert len(whole) >= 2
        assert service.related_entities("budi_santoso", scope, min_count=1, limit=1) == whole[:1]
        assert all(
            (item.sentences if scope == "sentence" else item.articles) >= 3
            for item in service.related_entities("budi_santoso", scope, min_count=3)
        )


def test_shared_sentences_mark_both_names_newest_first(service: SearchService) -> None:
    shared = service.shared_sentences("budi_santoso", "ani_wijaya")
    assert len(shared) == 4
    assert [item.date for item in shared] == sorted((item.date for item in shared), reverse=True)
    for item in shared:
        assert item.text == "Budi Santoso bertemu Ani Wijaya di kantor."
        assert sorted(item.text[a:b] for a, b in item.marks) == ["Ani Wijaya", "Budi Santoso"]
        body = service.article(item.article)
        assert body is not None and body.body[item.start : item.end] == item.text
    assert len(service.shared_sentences("budi_santoso", "ani_wijaya", limit=2)) == 2


def test_cli_related_entities_json_and_pair(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    views_index: tuple[Path, Path, Path],
) -> None:
    code, out, _ = run(
        capsys, monkeypatch, views_index, "related-entities", "Budi Santoso", "--json"
    )
    data = json.loads(out)
    assert code == 0 and data["entity"]["id"] == "budi_santoso"
    assert data["related"][0] == {
        "id": "ani_wijaya",
        "name": "Ani Wijaya",
        "kind": "person",
        "sentences": 4,
        "articles": 4,
        "score": data["related"][0]["score"],
    }
    code, out, _ = run(
        capsys, monkeypatch, views_index, "related-entities", "Budi Santoso", "--pair", "Ani Wijaya"
    )
    assert code == 0
    assert out.count("Budi Santoso bertemu Ani Wijaya di kantor.") == 4


@pytest.mark.parametrize("suffix", [".csv", ".graphml"])
def test_cli_related_entities_writes_edges_for_gephi(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    views_index: tuple[Path, Path, Path],
    tmp_path: Path,
    suffix: str,
) -> None:
    target = tmp_path / f"edges{suffix}"
    code, _, err = run(
        capsys, monkeypatch, views_index, "related-entities", "Budi Santoso", "--edges", str(target)
    )
    assert code == 0 and "edges" in err, err
    if suffix == ".csv":
        rows = list(csv.DictReader(target.open(encoding="utf-8")))
        assert rows[0]["Source"] == "Budi Santoso" and rows[0]["Target"] == "Ani Wijaya"
        assert rows[0]["Weight"] == "4"
    else:
        tree = ElementTree.parse(target)
        space = "{http://graphml.graphdrawing.org/xmlns}"
        edges = tree.findall(f".//{space}edge")
        assert edges[0].get("source") == "budi_santoso"
        assert edges[0].get("target") == "ani_wijaya"
    assert [path.name for path in tmp_path.iterdir()] == [target.name]  # no temporary left


def test_cli_related_entities_keeps_an_existing_file_and_its_temporary_name(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    views_index: tuple[Path, Path, Path],
    tmp_path: Path,
) -> None:
    """As export does: an existing file is replaced only with --force, and a file named
    like the temporary (``edges.csv.tmp``) is never written or removed (both were)."""
    target = tmp_path / "edges.csv"
    target.write_text("my notes\n", "utf-8")
    beside = tmp_path / "edges.csv.tmp"
    beside.write_text("also mine\n", "utf-8")
    args = ("related-entities", "Budi Santoso", "--edges", str(target))
    code, out, err = run(capsys, monkeypatch, views_index, *args)
    assert code == 2 and not out and "--force" in err and err.count("\n") == 1
    assert target.read_text("utf-8") == "my notes\n"
    code, _, err = run(capsys, monkeypatch, views_index, *args, "--force")
    assert code == 0 and "edges" in err, err
    assert target.read_text("utf-8").startswith("Source,Target")
    assert beside.read_text("utf-8") == "also mine\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == [target.name, beside.name]


def test_cli_related_entities_refuses_another_edge_format(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    views_index: tuple[Path, Path, Path],
    tmp_path: Path,
) -> None:
    target = tmp_path / "edges.xlsx"
    code, out, err = run(
        capsys, monkeypatch, views_index, "related-entities", "Budi Santoso", "--edges", str(target)
    )
    assert code == 2 and not out and ".csv or .graphml" in err and err.count("\n") == 1
    assert not target.exists()


# -- coverage over time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "timeline_of",
    [
        lambda service: service.timeline("beras", "month"),
        # Jakarta is named two to four times in each town article: each counts once.
        lambda service: service.entity_timeline("jakarta", "month"),
    ],
    ids=["query", "entity named several times an article"],
)
def test_timeline_counts_articles_per_month_with_undated_apart(
    service: SearchService, timeline_of: Callable[[SearchService], Coverage]
) -> None:
    """The twelve town articles (one undated) name beras and Jakarta."""
    found = timeline_of(service)
    months = {period.start: period.articles for period in found.periods}
    assert months == {
        dt.date(2023, 1, 1): 4,
        dt.date(2023, 2, 1): 4,
        dt.date(2023, 3, 1): 3,
    }
    assert found.undated == 1 and found.total == 12


def test_timeline_weeks_start_on_monday_and_gaps_are_listed(service: SearchService) -> None:
    found = service.entity_timeline("ani_wijaya", "week")
    # Ani's articles: 1 Jan (a Sunday), 2 Feb, 3 Mar, 4 Jan 2023.
    starts = [period.start for period in found.periods]
    assert starts[0] == dt.date(2022, 12, 26) and all(s.weekday() == 0 for s in starts)
    assert starts == sorted(starts) and len(starts) == 10  # the empty weeks between too
    assert sum(period.articles for period in found.periods) == 4 and found.undated == 0


def test_coverage_lists_only_filled_periods_over_a_huge_span() -> None:
    found = coverage([(dt.date(1900, 1, 1), 1), (dt.date(2023, 1, 1), 2), (None, 3)], "day")
    assert [period.articles for period in found.periods] == [1, 2] and found.undated == 3


def test_cli_timeline_json_by_month_in_indonesian(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    views_index: tuple[Path, Path, Path],
) -> None:
    code, out, _ = run(
        capsys,
        monkeypatch,
        views_index,
        "--lang",
        "id",
        "timeline",
        "--entity",
        "Ani Wijaya",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["entity"]["id"] == "ani_wijaya"
    assert [(p["period"], p["articles"]) for p in data["periods"]] == [
        ("2023-01", 2),
        ("2023-02", 1),
        ("2023-03", 1),
    ]
    assert data["periods"][1]["label"] == "Feb 2023" and data["periods"][2]["label"] == "Mar 2023"
    assert data["periods"][0]["start"] == "2023-01-01" and data["undated"] == 0


def test_a_list_of_periods_shows_a_run_of_empty_ones_as_one_line() -> None:
    """By day, a year of sparse news listed hundreds of empty days; by day over a century
    (periods not filled in) nothing marked the years between."""
    days = [(dt.date(2023, 1, 1), 1), (dt.date(2023, 1, 3), 2), (dt.date(2023, 2, 1), 1)]
    assert with_gaps(coverage(days, "day")) == [
        Period(dt.date(2023, 1, 1), 1),
        Period(dt.date(2023, 1, 2), 0),  # one empty day stays a day
        Period(dt.date(2023, 1, 3), 2),
        Gap(dt.date(2023, 1, 4), dt.date(2023, 1, 31), 28),
        Period(dt.date(2023, 2, 1), 1),
    ]
    months = coverage([(dt.date(2023, 1, 9), 1), (dt.date(2023, 6, 1), 1)], "month")
    assert with_gaps(months)[1] == Gap(dt.date(2023, 2, 1), dt.date(2023, 5, 1), 4)
    century = coverage([(dt.date(1900, 1, 1), 1), (dt.date(2023, 1, 1), 2)], "day")
    assert with_gaps(century)[1] == Gap(dt.date(1900, 1, 2), dt.date(2022, 12, 31), 44924)


def test_cli_timeline_by_day_lists_a_run_of_empty_days_as_one_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    views_index: tuple[Path, Path, Path],
) -> None:
    code, out, _ = run(
        capsys, monkeypatch, views_index, "timeline", "--entity", "Ani Wijaya", "--by", "day"
    )
    assert code == 0
    assert [line.split("  ")[0] for line in out.splitlines()[1:]] == [
        "Jan 1, 2023",
        "Jan 2, 2023",  # two empty days stay days
        "Jan 3, 2023",
        "Jan 4, 2023",
        "⋯ 28 days without articles",
        "Feb 2, 2023",
        "⋯ 28 days without articles",
        "Mar 3, 2023",
    ]


def test_cli_timeline_needs_a_query_or_an_entity(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    views_index: tuple[Path, Path, Path],
) -> None:
    code, out, err = run(capsys, monkeypatch, views_index, "timeline")
    assert code == 2 and not out and err.startswith("warta: ")
    code, out, err = run(capsys, monkeypatch, views_index, "timeline", "beras", "--by", "year")
    assert code == 2 and not out


# -- more like this and the same story ---------------------------------------------------------


def test_more_like_finds_the_articles_on_the_same_subject(service: SearchService) -> None:
    found = service.more_like("gempa-0")
    assert found is not None
    assert {hit.id for hit in found[:2]} == {"gempa-1", "gempa-2"}
    assert "gempa-0" not in {hit.id for hit in found}
    assert service.more_like("no-such-article") is None


def test_more_like_ranks_as_whooshs_own_more_like(
    service: SearchService, views_index: tuple[Path, Path, Path]
) -> None:
    """The same neighbours, order and scores as Whoosh's ``more_like`` (now collected as a
    search is, through the sidecar), for every article of the corpus."""
    import numpy  # noqa: F401  (loaded, so even these small queries go through the sidecar)
    from warta.search.index import current_generation, open_generation
    from warta.search.ranking import weighting
    from warta.search.service import LIKE_TERMS

    generation = current_generation(views_index[1])
    assert generation is not None
    with open_generation(generation).searcher(weighting=weighting()) as searcher:
        for docnum in searcher.reader().all_doc_ids():
            stored = searcher.stored_fields(docnum)
            expected = searcher.more_like(
                docnum, "content", text=stored["body"], top=5, numterms=LIKE_TERMS
            )
            found = service.more_like(stored["id"], limit=5)
            assert found is not None
            assert [(hit.id, hit.score) for hit in found] == [
                (hit["id"], round(hit.score, 4)) for hit in expected
            ]


def test_same_story_groups_a_republished_copy_only(service: SearchService) -> None:
    stories = service.same_story(["taman-a", "taman-b", "gempa-0", "kota-05"])
    assert stories["taman-a"] == stories["taman-b"] == "taman-a"
    assert stories["kota-05"] is None
    assert service.story_copies("taman-b") == ["taman-a"]


def test_cli_search_json_hits_carry_their_story(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    views_index: tuple[Path, Path, Path],
) -> None:
    code, out, _ = run(capsys, monkeypatch, views_index, "search", "taman", "sungai", "--json")
    hits = {hit["id"]: hit["same_story"] for hit in json.loads(out)["hits"]}
    assert code == 0 and hits["taman-a"] == hits["taman-b"] == "taman-a"


def test_cli_like_json_and_an_unknown_id(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    views_index: tuple[Path, Path, Path],
) -> None:
    code, out, _ = run(capsys, monkeypatch, views_index, "like", "taman-a", "--json")
    data = json.loads(out)
    assert code == 0 and data["same_story"] == ["taman-b"]
    assert data["like"][0]["id"] == "taman-b" and "snippet" not in data["like"][0]
    code, out, err = run(capsys, monkeypatch, views_index, "like", "nope")
    assert code == 2 and not out and "no article with id" in err


def _rows(index: Path, table: str) -> list[tuple[object, ...]]:
    from warta.search.index import current_generation
    from warta.search.store import Store

    generation = current_generation(index)
    assert generation is not None
    store = Store(generation, read_only=True)
    try:
        return sorted(store._db.execute(f"SELECT * FROM {table}").fetchall())
    finally:
        store.close()


def test_updates_count_co_occurrences_and_days_in_and_out_as_a_rebuild_would(
    corpus: Path, tmp_path: Path
) -> None:
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    before = {item.entity.id: item.sentences for item in service.related_entities("elon_musk")}
    seeds = sorted(corpus.glob("*.txt"))
    seeds[0].unlink()
    changed = seeds[1].read_text(encoding="utf-8")
    seeds[1].write_text(changed[: len(changed) // 2], encoding="utf-8")
    service.update()
    updated = service.related_entities("elon_musk", "article")
    after = {item.entity.id: item.sentences for item in service.related_entities("elon_musk")}
    service.close()
    assert after != before
    fresh = SearchService([corpus], tmp_path / "fresh")
    fresh.update()
    assert fresh.related_entities("elon_musk", "article") == updated
    fresh.close()
    for table in ("pairs", "key_days", "totals"):
        assert _rows(tmp_path / "index", table) == _rows(tmp_path / "fresh", table), table


def test_an_index_made_before_the_totals_were_kept_counts_them_when_next_written(
    corpus: Path, tmp_path: Path
) -> None:
    import sqlite3

    from warta.search.index import current_generation
    from warta.search.store import STORE_FILE

    service = SearchService([corpus], tmp_path / "index")
    service.update()
    ranked = service.related_entities("elon_musk")
    service.close()
    generation = current_generation(tmp_path / "index")
    assert generation is not None
    with sqlite3.connect(generation / STORE_FILE) as db:
        db.execute("DROP TABLE totals")
    reopened = SearchService([corpus], tmp_path / "index")
    assert reopened.related_entities("elon_musk") == ranked
    seeds = sorted(corpus.glob("*.txt"))
    seeds[0].unlink()
    reopened.update()
    reopened.close()
    fresh = SearchService([corpus], tmp_path / "fresh")
    fresh.update()
    fresh.close()
    assert _rows(tmp_path / "index", "totals") == _rows(tmp_path / "fresh", "totals")


def test_an_entity_of_several_keys_counts_an_article_naming_two_of_them_once(
    tmp_path: Path,
) -> None:
    from warta.search.model import Mention
    from warta.search.store import Store

    def named(*keys: str) -> list[Mention]:
        return [Mention("body", 10 * i, 10 * i + 5, k, k, k, "person") for i, k in enumerate(keys)]

    first, second = dt.date(2023, 1, 5), dt.date(2023, 2, 6)
    store = Store(tmp_path)
    store.put_article("a", "a.txt", "A", first, named("musk", "elon_musk", "musk"))
    store.put_article("b", "b.txt", "B", first, named("musk"))
    store.put_article("c", "c.txt", "C", second, named("elon_musk", "elon_musk"))
    store.put_article("d", "d.txt", "D", None, named("musk"))
    store.commit()
    for keys in (["musk", "elon_musk"], ["elon_musk", "musk"]):
        assert dict(store.days_of_keys(keys)) == {first: 2, second: 1, None: 1}
    store.forget_file("a.txt")
    store.commit()
    assert dict(store.days_of_keys(["elon_musk", "musk"])) == {first: 1, second: 1, None: 1}
    assert dict(store.days_of_keys(["elon_musk"])) == {second: 1}
    store.close()


def test_an_article_naming_thousands_of_entities_pairs_only_its_most_named(
    tmp_path: Path,
) -> None:
    from warta.search.model import Mention
    from warta.search.related import ArticleShape
    from warta.search.store import MAX_PAIRED_KEYS, Store

    names = [f"Nama{number:05d}" for number in range(3000)]
    mentions = [
        Mention("body", 10 * i, 10 * i + 9, name, name.lower(), name, "person")
        for i, name in enumerate(names)
    ]
    shape = ArticleShape((0,) * len(mentions), 1, None)  # one endless sentence
    store = Store(tmp_path)
    store.put_article("daftar", "daftar.txt", "Daftar", None, mentions, shape)
    rows = store._db.execute("SELECT COUNT(*) FROM pairs").fetchone()[0]
    store.forget_file("daftar.txt")
    store.commit()
    left = store._db.execute("SELECT COUNT(*) FROM pairs").fetchone()[0]
    store.close()
    assert rows == MAX_PAIRED_KEYS**2 and left == 0


def test_a_partner_named_under_two_spellings_is_counted_whole_against_the_minimum(
    tmp_path: Path,
) -> None:
    """Elon Musk shares 3 sentences with Budi Santoso as "Elon Musk" and 1 as a bare "Musk"
    (another key of the same entity): 4 together, listed at a minimum of 4."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = {
        "a": "Wali kota Bandung, Budi Santoso, bertemu Elon Musk di Bandung pada Senin. Budi"
        " Santoso mengatakan kerja sama itu penting.",
        "b": "Elon Musk kembali bertemu Budi Santoso di Surabaya. Menurut Musk, Budi Santoso"
        " senang.",
        "c": "Budi Santoso bertemu Musk lagi di Surabaya. Budi Santoso senang.",
    }
    for name, body in texts.items():
        (corpus / f"{name}.txt").write_text(f"Kunjungan {name}\n\n{body}\n", encoding="utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    assert service._entity_registry().keys_for("elon_musk") == ["elon_musk", "musk"]
    related = service.related_entities("budi_santoso", "sentence", min_count=4)
    service.close()
    assert [(item.entity.id, item.sentences, item.articles) for item in related] == [
        ("elon_musk", 4, 3)
    ]
