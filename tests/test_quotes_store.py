"""Who said what, stored (#16): quotes attributed while indexing, kept in the store with the
speaker's key and offsets, replaced and removed with their article, and listed newest first
through SearchService and ``warta quotes``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from warta.search.errors import WartaError
from warta.search.index import current_generation
from warta.search.service import SearchService
from warta.search.store import Store
from warta.tui.cli import main

ENTITIES = {
    "entities": [
        {"name": "Budi Santoso", "kind": "person"},
        {"name": "Ani Wijaya", "kind": "person"},
        {"name": "Bank Sejahtera", "kind": "organisation"},
    ]
}

#: Budi speaks in three dated articles and one undated; Ani once; one quote is no one's.
ARTICLES = [
    ("harga-1", "2023-01-05", '"Harga beras akan turun bulan depan," kata Budi Santoso.'),
    ("harga-2", "2023-03-09", 'Budi Santoso mengatakan, "Stok beras aman sampai Lebaran"'),
    (
        "harga-3",
        "2023-02-14",
        'Ani Wijaya bertemu Budi Santoso di pasar.\n"Kami memantau harga setiap hari," kata '
        "Ani Wijaya.\nMenurut Budi Santoso, pasokan dari Jawa Timur lancar.",
    ),
    ("harga-4", None, '"Pasar tetap buka," kata Budi Santoso kepada wartawan.'),
    ("warga", "2023-04-01", 'Seorang warga berkata pelan: "Harga masih mahal."'),
]


def write_corpus(folder: Path, articles: list[tuple[str, str | None, str]]) -> None:
    records = []
    for article_id, date, text in articles:
        record = {"id": article_id, "title": f"Berita {article_id}", "text": text}
        record["source"] = "Kabar Pasar"
        if date:
            record["date"] = date
        records.append(json.dumps(record, ensure_ascii=False))
    (folder / "berita.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")


@pytest.fixture()
def quotes_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """(corpus, index, entities file), the index built."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_corpus(corpus, ARTICLES)
    entities = tmp_path / "entities.json"
    entities.write_text(json.dumps(ENTITIES), encoding="utf-8")
    monkeypatch.setenv("WARTA_ENTITIES", str(entities))
    index = tmp_path / "index"
    service = SearchService([corpus], index, entities)
    service.update()
    service.close()
    return corpus, index, entities


@pytest.fixture()
def service(quotes_corpus: tuple[Path, Path, Path]) -> Iterator[SearchService]:
    opened = SearchService([quotes_corpus[0]], quotes_corpus[1], quotes_corpus[2])
    yield opened
    opened.close()


def stored_quotes(index: Path) -> list[tuple[object, ...]]:
    generation = current_generation(index)
    assert generation is not None
    store = Store(generation, read_only=True)
    try:
        rows = store._db.execute("SELECT article, speaker, kind, start, end, day FROM quotes")
        return sorted(rows.fetchall())
    finally:
        store.close()


# -- the store --------------------------------------------------------------------------------


def test_quotes_are_stored_with_the_speakers_key_and_offsets_only_when_attributed(
    quotes_corpus: tuple[Path, Path, Path],
) -> None:
    rows = stored_quotes(quotes_corpus[1])
    assert {(article, speaker, kind) for article, speaker, kind, *_ in rows} == {
        ("harga-1", "budi_santoso", "direct"),
        ("harga-2", "budi_santoso", "direct"),
        ("harga-3", "ani_wijaya", "direct"),
        ("harga-3", "budi_santoso", "reported"),
        ("harga-4", "budi_santoso", "direct"),
    }
    assert "warga" not in {row[0] for row in rows}  # the citizen's quote is no one's


def test_an_update_replaces_an_articles_quotes_and_a_deletion_removes_them(
    quotes_corpus: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    corpus, index, entities = quotes_corpus
    changed = [
        ("harga-1", "2023-01-05", 'Ani Wijaya mengatakan, "Harga cabai naik"'),
        *ARTICLES[1:3],
    ]
    write_corpus(corpus, changed)
    service = SearchService([corpus], index, entities)
    service.update()
    said = [(quote.article, quote.text) for quote in service.quotes("Ani Wijaya", 10)]
    budi = {quote.article for quote in service.quotes("Budi Santoso", 10)}
    service.close()
    assert said == [
        ("harga-3", "Kami memantau harga setiap hari"),
        ("harga-1", "Harga cabai naik"),
    ]
    assert budi == {"harga-2", "harga-3"}  # harga-1 no longer his, harga-4 gone
    fresh = SearchService([corpus], tmp_path / "fresh", entities)
    fresh.update()
    fresh.close()
    assert stored_quotes(index) == stored_quotes(tmp_path / "fresh")
    (corpus / "berita.jsonl").unlink()
    service = SearchService([corpus], index, entities)
    service.update()
    service.close()
    assert stored_quotes(index) == []


def test_an_entitys_newest_quotes_are_an_index_scan_not_a_sort(
    quotes_corpus: tuple[Path, Path, Path],
) -> None:
    """LIMIT n reads n rows of the (speaker, day) index, however many quotes the entity has."""
    generation = current_generation(quotes_corpus[1])
    assert generation is not None
    store = Store(generation, read_only=True)
    plan = store._db.execute(
        "EXPLAIN QUERY PLAN SELECT q.day, q.article, q.start FROM quotes q"
        " JOIN articles a ON a.id = q.article WHERE q.speaker = ?"
        " ORDER BY q.day DESC, q.article, q.start LIMIT 10",
        ("budi_santoso",),
    ).fetchall()
    store.close()
    details = " | ".join(row[-1] for row in plan)
    assert "quotes_speaker_newest" in details and "TEMP B-TREE" not in details


# -- the service ------------------------------------------------------------------------------


def test_quotes_list_what_an_entity_said_newest_first_undated_last(
    service: SearchService,
) -> None:
    quotes = service.quotes("Budi Santoso", 10)
    assert [(quote.article, quote.kind) for quote in quotes] == [
        ("harga-2", "direct"),
        ("harga-3", "reported"),
        ("harga-1", "direct"),
        ("harga-4", "direct"),
    ]
    first = quotes[0]
    assert first.text == "Stok beras aman sampai Lebaran"
    assert (first.title, first.source, first.speaker) == (
        "Berita harga-2",
        "Kabar Pasar",
        "budi_santoso",
    )
    assert first.date is not None and first.date.isoformat() == "2023-03-09"
    body = service.article("harga-2")
    assert body is not None and body.body[first.start : first.end] == first.text
    assert service.quote_count("budi_santoso") == 4


def test_quotes_come_in_pages(service: SearchService) -> None:
    whole = service.quotes("budi_santoso", 4)
    pages = service.quotes("budi_santoso", 2) + service.quotes("budi_santoso", 2, offset=2)
    assert pages == whole and len(whole) == 4


def test_quotes_of_an_unknown_name_say_the_closest_in_one_line(service: SearchService) -> None:
    with pytest.raises(WartaError) as raised:
        service.quotes("Budi Santosa", 10)
    assert str(raised.value) == "no entity named Budi Santosa; closest: Budi Santoso"
    assert raised.value.template == "no entity named {name}; closest: {names}"


# -- warta quotes -------------------------------------------------------------------------------


def run(
    capsys: pytest.CaptureFixture[str], quotes_corpus: tuple[Path, Path, Path], *args: str
) -> tuple[int, str, str]:
    corpus, index, _ = quotes_corpus
    code = main(["--corpus", str(corpus), "--index-dir", str(index), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_quotes_json_reads_the_store_with_citations(
    capsys: pytest.CaptureFixture[str],
    quotes_corpus: tuple[Path, Path, Path],
) -> None:
    code, out, _ = run(capsys, quotes_corpus, "quotes", "budi", "santoso", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["entity"] == {"id": "budi_santoso", "name": "Budi Santoso", "kind": "person"}
    assert data["total"] == 4
    first = data["quotes"][0]
    assert first == {
        "article": "harga-2",
        "title": "Berita harga-2",
        "date": "2023-03-09",
        "kind": "direct",
        "start": first["start"],
        "end": first["end"],
        "quote": "Stok beras aman sampai Lebaran",
        "citation": "Berita harga-2, Kabar Pasar, Mar 9, 2023",
    }
    assert [quote["date"] for quote in data["quotes"]][-1] is None


def test_cli_quotes_say_when_only_the_newest_are_listed(
    capsys: pytest.CaptureFixture[str],
    quotes_corpus: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("warta.tui.cli.QUOTE_LIMIT", 2)
    code, out, _ = run(capsys, quotes_corpus, "quotes", "Budi Santoso")
    assert code == 0
    assert out.startswith("Budi Santoso (person) · 4 quotes\n")
    assert "“Stok beras aman sampai Lebaran” (Berita harga-2, Kabar Pasar" in out
    assert out.rstrip().endswith("the newest 2 of 4 quotes")
    code, out, _ = run(capsys, quotes_corpus, "--lang", "id", "quotes", "Budi Santoso")
    assert out.rstrip().endswith("2 kutipan terbaru dari 4")


# -- the cost of extracting quotes while indexing ------------------------------------------------


def test_a_body_tokenized_again_gives_equal_tokens_that_the_first_caller_cannot_change() -> None:
    """The quote rules re-tokenize the body the extractor just did, from memory."""
    from warta.search.entities.features import tokenize

    body = "Budi Santoso berkata, " + "harga beras naik lagi. " * 20
    first = tokenize(body)
    expected = list(first)
    first.clear()  # a caller's list is its own
    again = tokenize(body)
    assert again == expected and again is not tokenize(body)
    assert tokenize("".join(body)) == expected  # an equal string: tokenized anew, the same


def test_the_quote_rules_decide_whether_an_index_is_current() -> None:
    """Stored quotes come from search/quotes.py: a change to its rules rebuilds the index,
    as a change to the entity extractor does."""
    from warta.search import quotes
    from warta.search.index import _extractor_files

    assert Path(quotes.__file__).resolve() in [path.resolve() for path in _extractor_files()]


def test_the_registry_rules_do_not_decide_whether_an_index_is_current() -> None:
    """Entities are merged after extraction, from the stored counts: a change to how
    (search/entities/registry.py) builds the registry again, in seconds, where extracting
    100,000 articles again takes most of an hour."""
    from warta.search.entities import registry
    from warta.search.index import _extractor_files

    assert Path(registry.__file__).resolve() not in [p.resolve() for p in _extractor_files()]
