"""Discovering and reading corpus folders: stable ids, bounded reads, never a crash."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warta.search.decode import MAX_FILE_BYTES
from warta.search.errors import Message
from warta.search.model import Article, ReadWarning
from warta.search.paths import file_key, key_path
from warta.search.reader import (
    CorpusFile,
    ReadResult,
    discover,
    read_corpus,
    read_file,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reader" / "corpus"
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def files_in(root: Path) -> list[CorpusFile]:
    return [item for item in discover([root]) if isinstance(item, CorpusFile)]


def warnings_in(root: Path) -> list[ReadWarning]:
    return [item for item in discover([root]) if isinstance(item, ReadWarning)]


def read_one(root: Path, name: str) -> ReadResult:
    (file,) = [file for file in files_in(root) if file.path.name == name]
    return read_file(file)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# --- discovery ---------------------------------------------------------------------------


def test_discovery_is_sorted_and_skips_hidden_and_other_files() -> None:
    assert [file.rel_id for file in files_in(FIXTURES)] == ["arsip", "pendek", "topik/analisis"]
    assert warnings_in(FIXTURES) == []


def test_discovery_records_size_and_mtime() -> None:
    (file,) = [file for file in files_in(FIXTURES) if file.rel_id == "pendek"]
    status = (FIXTURES / "pendek.txt").stat()
    assert (file.root, file.size, file.mtime_ns) == (FIXTURES, status.st_size, status.st_mtime_ns)


def test_missing_corpus_folder_is_a_warning(tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada"
    not_folder = write(tmp_path / "berkas.txt", "Judul")
    assert list(discover([missing, not_folder])) == [
        ReadWarning(str(missing), Message.of("corpus folder not found")),
        ReadWarning(str(not_folder), Message.of("is not a folder")),
    ]


def test_hidden_folders_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / ".git" / "catatan.txt", "Judul\nIsi.")
    write(tmp_path / "a.TXT", "Judul\nIsi.")
    assert [file.rel_id for file in files_in(tmp_path)] == ["a"]


def test_symlinks_never_lead_out_of_the_corpus(tmp_path: Path) -> None:
    outside = write(tmp_path / "luar" / "rahasia.txt", "Rahasia\nJangan dibaca.")
    corpus = tmp_path / "corpus"
    inside = write(corpus / "asli.txt", "Asli\nBoleh dibaca.")
    (corpus / "ke-luar.txt").symlink_to(outside)
    (corpus / "salinan.txt").symlink_to(inside)
    (corpus / "folder-luar").symlink_to(outside.parent, target_is_directory=True)
    (corpus / "putar.txt").symlink_to(corpus / "putar.txt")
    assert [file.rel_id for file in files_in(corpus)] == ["asli", "salinan"]
    skipped = {Path(warning.path).name for warning in warnings_in(corpus)}
    assert skipped == {"ke-luar.txt", "folder-luar", "putar.txt"}


def test_fifo_is_skipped_with_a_warning(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipa.txt")
    os.mkfifo(tmp_path / "pipa-lain")  # not named like an article: ignored silently
    (warning,) = warnings_in(tmp_path)
    assert warning.path.endswith("pipa.txt")
    assert files_in(tmp_path) == []


def test_file_name_that_is_not_utf8_gets_a_display_safe_id(tmp_path: Path) -> None:
    name = os.fsdecode(b"berita-\xff\x1b[31m.txt")
    write(tmp_path / name, "Judul\nIsi berita.")
    (file,) = files_in(tmp_path)
    assert file.rel_id.startswith("berita-\ufffd~")  # cleaned, it could be another file's id
    (article,) = read_file(file).articles
    assert FORBIDDEN.search(article.path) is None
    article.path.encode("utf-8")  # no surrogates left


@pytest.mark.parametrize(
    "path",
    [b"/arsip/berita-\xff.txt", b"/arsip/caf\xc3\xa9.txt", b"/arsip/a\\u00ff\\\\b.txt"],
)
def test_file_key_is_storable_and_leads_back_to_the_file(path: bytes) -> None:
    key = file_key(Path(os.fsdecode(path)))
    key.encode("utf-8")  # SQLite and Whoosh store UTF-8
    assert os.fsencode(key_path(key)) == path


def test_file_keys_of_different_names_differ() -> None:
    names = [b"a\xff", b"a\\udcff", b"a\\\\udcff", b"a\xfe"]
    assert len({file_key(Path(os.fsdecode(name))) for name in names}) == len(names)


# --- text and markdown ---------------------------------------------------------------------


def test_text_fixture_is_read_with_its_metadata() -> None:
    result = read_one(FIXTURES, "pendek.txt")
    assert result.warnings == []
    (article,) = result.articles
    assert article.id == "pendek"
    assert article.title == "Harga Cabai Rawit di Pasar Kramat Naik Dua Kali Lipat"
    assert article.source == "KABARKITA.CO.ID"
    assert article.byline == "Editor: Budi Santoso"
    assert article.date == dt.date(2024, 5, 6)
    assert article.path == str(FIXTURES / "pendek.txt")
    assert article.body == (
        "KABARKITA.CO.ID, BOGOR - Harga cabai rawit di Pasar Kramat naik menjadi Rp80.000 per "
        "kilogram pada Senin (6/5/2024), kata seorang pedagang.\n\n"
        "Pedagang menyebut pasokan dari Garut berkurang karena hujan."
    )


def test_markdown_heading_is_the_title() -> None:
    (article,) = read_one(FIXTURES, "analisis.md").articles
    assert article.id == "topik/analisis"
    assert article.title == "Mengapa Pasar Tradisional Bertahan"
    assert article.body.split("\n\n") == [
        "Oleh tim redaksi.",
        "Harga",
        "Pasar tradisional tetap ramai meski belanja daring tumbuh.",
        "Pembeli datang karena bisa menawar.",
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_newline_convention_gives_paragraphs(tmp_path: Path, newline: str) -> None:
    write(tmp_path / "a.txt", newline.join(["Judul", "Satu.", "", "Dua."]).encode())
    (article,) = read_one(tmp_path, "a.txt").articles
    assert (article.title, article.body) == ("Judul", "Satu.\n\nDua.")


def test_encodings_and_invisible_characters(tmp_path: Path) -> None:
    write(
        tmp_path / "bom16.txt", codecs.BOM_UTF16_BE + "Judul\nKafe\u0301 baru".encode("utf-16-be")
    )
    write(tmp_path / "cp.txt", b"Judul\n\x93Kutipan\x94 pe\xadmimpin")
    write(tmp_path / "zw.txt", "Ju\u200bdul\nIsi\ufeff.")
    bodies = {file.rel_id: read_file(file).articles[0] for file in files_in(tmp_path)}
    assert bodies["bom16"].body == "Kafé baru"
    assert bodies["cp"].body == "“Kutipan” pemimpin"
    assert bodies["cp"].notices
    assert (bodies["zw"].title, bodies["zw"].body) == ("Judul", "Isi.")


def test_control_sequences_never_reach_an_article(tmp_path: Path) -> None:
    write(tmp_path / "jahat.txt", "Judul\x1b]0;palsu\x07 asli\nIsi \x1b[2J\u202ebaru\x9b1m.")
    record = {"text": "Isi\x1b[31m.", "title": "T\x07", "author": "\x1b]52;c;x\x07A", "id": "x\ny"}
    write(tmp_path / "jahat.jsonl", json.dumps(record) + "\n")
    articles = [item for item in read_corpus([tmp_path]) if isinstance(item, Article)]
    assert len(articles) == 2
    for article in articles:
        for value in (article.id, article.title, article.body, article.byline or "", article.path):
            assert "\x1b" not in value and FORBIDDEN.search(value) is None
    assert articles[1].title == "Judul asli"


def test_file_with_nul_bytes_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = read_one(tmp_path, "gambar.txt")
    assert result.articles == []
    (warning,) = result.warnings
    assert warning.path.endswith("gambar.txt") and "NUL" in str(warning.message)


def test_oversized_file_is_cut_with_a_notice(tmp_path: Path) -> None:
    paragraph = "Paragraf panjang tentang banjir di kota é.\n\n"
    content = "Judul\n\n" + paragraph * (MAX_FILE_BYTES // len(paragraph) + 10)
    write(tmp_path / "besar.txt", content)
    (article,) = read_one(tmp_path, "besar.txt").articles
    assert content.startswith(f"Judul\n\n{article.body}")
    assert len(article.body.encode()) <= MAX_FILE_BYTES
    assert "\ufffd" not in article.body
    assert any("limit" in str(notice) for notice in article.notices)


def test_empty_file_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "kosong.txt", "\n \n")
    assert read_one(tmp_path, "kosong.txt") == ReadResult(
        warnings=[ReadWarning(str(tmp_path / "kosong.txt"), Message.of("no text; skipped"))]
    )


def test_file_vanishing_after_discovery_is_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "hilang.txt", "Judul\nIsi.")
    (file,) = files_in(tmp_path)
    path.unlink()
    result = read_file(file)
    assert result.articles == []
    assert "cannot read" in str(result.warnings[0].message)


# --- jsonl ---------------------------------------------------------------------------------


def test_jsonl_fixture_fields_ids_and_bad_lines() -> None:
    result = read_one(FIXTURES, "arsip.jsonl")
    first, second = result.articles
    assert (first.id, first.title, first.source, first.byline, first.date, first.url) == (
        "a-1",
        "Jembatan Baru Dibuka",
        "Warta Lokal",
        "Sari Dewi",
        dt.date(2024, 5, 7),
        "https://contoh.id/jembatan",
    )
    assert (
        first.body
        == "Jembatan baru di Sungai Cisadane dibuka untuk umum.\n\nWarga menyambut gembira."
    )
    assert second.id == "arsip:3"
    assert (
        second.title
        == "Pemerintah kota meresmikan taman baca di Kecamatan Sukajadi pada pagi hari."
    )
    messages = [str(warning.message) for warning in result.warnings]
    assert [message.split(":")[0] for message in messages] == ["line 4", "line 5"]


def test_jsonl_duplicate_ids_and_bad_dates(tmp_path: Path) -> None:
    lines = [
        {"id": "sama", "text": "Satu."},
        {"id": "sama", "text": "Dua.", "date": "kemarin"},
    ]
    write(tmp_path / "d.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    result = read_one(tmp_path, "d.jsonl")
    assert [article.id for article in result.articles] == ["sama", "d:2"]
    assert "duplicate id" in str(result.warnings[0].message)
    assert result.articles[1].date is None
    assert any("kemarin" in str(notice) for notice in result.articles[1].notices)


def test_jsonl_lines_ended_by_a_lone_cr_are_each_an_article(tmp_path: Path) -> None:
    """Classic Mac line ends: the whole file was one line, skipped as "Extra data", and
    every article in it lost. A CR between tokens of one record stays whitespace."""
    records = ['{"id": "a", "text": "Satu."}', '{"id": "b",\r"text": "Dua."}']
    (tmp_path / "mac.jsonl").write_bytes("\r".join(records).encode() + b" \r")
    (tmp_path / "dos.jsonl").write_bytes("\r\n".join(records).encode() + b"\r\n")
    for name in ("mac.jsonl", "dos.jsonl"):
        result = read_one(tmp_path, name)
        assert [article.body for article in result.articles] == ["Satu.", "Dua."]
        assert not result.warnings


def test_a_date_in_the_web_address_is_the_publication_date(tmp_path: Path) -> None:
    """The text's first weekday-led date may be the event's, days before; the publisher's
    address says when the article went out. A stated ``date`` still wins."""
    text = "Presiden hadir pada Senin (31/10/2016) dan berpidato pada Kamis (24/11/2016)."
    address = "http://www.contoh.com/news/2016/11/24/113135/presiden-berpidato"
    lines = [
        {"id": "a", "text": text, "url": address},
        {"id": "b", "text": text, "url": address, "date": "2016-11-25"},
        {"id": "c", "text": text, "url": "https://contoh.com/read/presiden-berpidato"},
        {"id": "d", "text": text, "url": "https://contoh.com/2016/13/45/tanggal-mustahil"},
    ]
    write(tmp_path / "d.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    dates = [article.date for article in read_one(tmp_path, "d.jsonl").articles]
    assert dates == [
        dt.date(2016, 11, 24),
        dt.date(2016, 11, 25),
        dt.date(2016, 10, 31),
        dt.date(2016, 10, 31),
    ]


def test_a_title_has_one_space_between_words(tmp_path: Path) -> None:
    """Titles are shown on one line in lists; texts that space their tokens (IndoSum's
    "DKI   Jakarta") keep their spacing in the body only."""
    text = "Warga   DKI   Jakarta  mengungsi. Hujan turun."
    lines = [{"id": "a", "text": text}, {"id": "b", "title": "Banjir   di  Bekasi", "text": text}]
    write(tmp_path / "d.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    write(tmp_path / "c.txt", "Banjir   di  Bogor\n\n" + text)
    derived, stated = read_one(tmp_path, "d.jsonl").articles
    assert derived.title == "Warga DKI Jakarta mengungsi."
    assert stated.title == "Banjir di Bekasi" and stated.body == text
    assert read_one(tmp_path, "c.txt").articles[0].title == "Banjir di Bogor"


def test_jsonl_line_over_the_cap_is_skipped_and_the_next_is_read(tmp_path: Path) -> None:
    huge = json.dumps({"text": "x" * (MAX_FILE_BYTES + 10)})
    write(tmp_path / "h.jsonl", huge + "\n" + json.dumps({"text": "Berikutnya."}) + "\n")
    result = read_one(tmp_path, "h.jsonl")
    assert [article.id for article in result.articles] == ["h:2"]
    assert str(result.warnings[0].message).startswith("line 1: over the size limit")


def test_jsonl_in_utf16_and_cp1252(tmp_path: Path) -> None:
    record = json.dumps({"text": "Kafé “baru”."}, ensure_ascii=False) + "\n"
    write(tmp_path / "u16.jsonl", codecs.BOM_UTF16_LE + record.encode("utf-16-le"))
    write(tmp_path / "cp.jsonl", record.encode("cp1252"))
    bodies = [article.body for article in read_corpus([tmp_path]) if isinstance(article, Article)]
    assert bodies == ["Kafé “baru”.", "Kafé “baru”."]


def test_read_corpus_yields_warnings_and_articles_in_order(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Judul A\nIsi A.")
    write(tmp_path / "b.jsonl", "{rusak\n")
    items = list(read_corpus([tmp_path, tmp_path / "tidak-ada"]))
    assert [type(item).__name__ for item in items] == ["Article", "ReadWarning", "ReadWarning"]


@settings(max_examples=60)
@given(content=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".md", ".jsonl"]))
def test_any_bytes_in_any_format_read_without_raising(
    tmp_path_factory: pytest.TempPathFactory, content: bytes, suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("acak")
    write(folder / f"acak{suffix}", content)
    (file,) = files_in(folder)
    for article in read_file(file).articles:
        for value in (article.id, article.title, article.body, article.byline or ""):
            assert "\x1b" not in value and FORBIDDEN.search(value) is None
