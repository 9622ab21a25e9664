"""A jsonl archive that a scraper appends to: an update reads the new lines only, and the
index it leaves is the one reading the whole file would give."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import warta.search.entities as entities
from warta.search import SearchService

FIRST = [
    {"id": "pagi", "title": "Banjir di Jakarta", "text": "Banjir melanda Jakarta pagi ini."},
    {"text": "Presiden Joko Widodo meninjau tanggul di Bekasi.", "date": "2024-01-02"},
    {"id": "sore", "title": "Harga beras", "text": "Harga beras naik di Pasar Induk Cipinang."},
]
MORE = [
    {"id": "pagi", "title": "Id yang sama", "text": "Elon Musk berkunjung ke Bali."},
    {"text": "Gubernur Bali Wayan Koster menyambut kunjungan itu."},
]


def jsonl(records: list[dict[str, str]]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def everything(service: SearchService) -> list[tuple[str, str, list[str]]]:
    """Each article's id, title and entity names, as the explorer would show them."""
    hits = service.search("*", limit=100).hits
    return sorted(
        (hit.id, hit.title, sorted(m.name for m in service.article_mentions(hit.id)))
        for hit in hits
    )


def indexed_archive(tmp_path: Path, text: str) -> tuple[Path, SearchService]:
    """A corpus of one jsonl archive holding ``text``, and its index, up to date."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    archive = corpus / "arsip.jsonl"
    archive.write_text(text, encoding="utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    return archive, service


@pytest.fixture()
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The bodies of the articles whose entities were extracted, as indexing reads them."""
    seen: list[str] = []
    real: Callable[..., object] = entities.extract_mentions

    def counting(title: str, body: str, *args: object, **kwargs: object) -> object:
        seen.append(body)
        return real(title, body, *args, **kwargs)

    monkeypatch.setattr(entities, "extract_mentions", counting)
    return seen


def test_lines_appended_are_read_alone_and_index_as_a_rebuild_would(
    tmp_path: Path, extracted: list[str]
) -> None:
    archive, service = indexed_archive(tmp_path, jsonl(FIRST))
    assert len(extracted) == 3

    with archive.open("a", encoding="utf-8") as handle:
        handle.write(jsonl(MORE))
    extracted.clear()
    report = service.update()
    assert extracted == [
        "Elon Musk berkunjung ke Bali.",
        "Gubernur Bali Wayan Koster menyambut kunjungan itu.",
    ]
    assert [dict(w.message.params) for w in report.warnings] == [
        {"line": 4, "id": "'pagi'", "new_id": "arsip:4"}
    ]

    rebuilt = SearchService([archive.parent], tmp_path / "rebuilt")
    rebuilt.update()
    assert everything(service) == everything(rebuilt)
    ids = [row[0] for row in everything(service)]
    assert ids == ["arsip:2", "arsip:4", "arsip:5", "pagi", "sore"]
    assert {hit.id for hit in service.search("koster").hits} == {"arsip:5"}
    service.close()
    rebuilt.close()


def test_a_line_changed_before_the_end_reads_the_whole_file_again(
    tmp_path: Path, extracted: list[str]
) -> None:
    archive, service = indexed_archive(tmp_path, jsonl(FIRST))

    longsor = {"id": "pagi", "title": "Longsor di Bogor", "text": "Longsor melanda Bogor pagi ini."}
    changed = [longsor, *FIRST[1:], *MORE]
    archive.write_text(jsonl(changed), encoding="utf-8")
    extracted.clear()
    service.update()
    assert len(extracted) == 5
    assert service.search("banjir").hits == ()
    assert [hit.id for hit in service.search("longsor").hits] == ["pagi"]
    service.close()


def test_a_line_cut_off_while_written_is_read_again_when_finished(
    tmp_path: Path, extracted: list[str]
) -> None:
    """A scraper's half-written last line was read as it stood (not JSON: skipped); once
    the line is finished, it is read whole, not from after the half."""
    whole = jsonl(FIRST)
    archive, service = indexed_archive(tmp_path, whole[: len(jsonl(FIRST[:2])) + 20])
    assert {hit.id for hit in service.search("*").hits} == {"arsip:2", "pagi"}

    archive.write_text(whole, encoding="utf-8")
    service.update()
    assert [hit.id for hit in service.search("cipinang").hits] == ["sore"]
    service.close()
