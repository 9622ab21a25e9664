"""Hostile corpus files: each one is indexed correctly or skipped with a one-line warning,
and the rest of the corpus is always indexed (through the service and through `warta index`)."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from warta.search import reader
from warta.search.model import Article
from warta.search.reader import discover, read_file
from warta.search.service import SearchService
from warta.tui.cli import main

#: The well-behaved article every corpus holds; it must always be found.
GOOD = ("baik.txt", "Harga cabai naik\n\nHarga cabai rawit naik di pasar induk.\n")


def _write(folder: Path, name: str | bytes, data: bytes) -> None:
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), os.fsencode(name))))
    path.write_bytes(data)


#: name -> (file name, bytes, a word that must find it, or None when it must be skipped)
CASES: dict[str, tuple[str | bytes, bytes, str | None]] = {
    "utf8_bom": ("bom.txt", codecs.BOM_UTF8 + b"Judul BOM\n\nKabar durian.\n", "durian"),
    "utf16_le": (
        "le.txt",
        codecs.BOM_UTF16_LE + "Judul\n\nKabar manggis.\n".encode("utf-16-le"),
        "manggis",
    ),
    "utf16_be": (
        "be.txt",
        codecs.BOM_UTF16_BE + "Judul\n\nKabar rambutan.\n".encode("utf-16-be"),
        "rambutan",
    ),
    "cp1252_quotes": ("cp.txt", b"Judul\n\nIa berkata \x93salak\x94 enak.\n", "salak"),
    "cp1252_undefined": ("undef.txt", b"Judul\n\nKabar \x81\x8d\x8f\x90\x9d nangka.\n", "nangka"),
    "invalid_utf8_middle": (
        "bad.txt",
        "Judul\n\nKabar café \xff sukun.\n".encode("latin-1"),
        "sukun",
    ),
    "mojibake": (
        "moji.txt",
        "Judul\n\nKabar “duku” café.\n".encode().decode("cp1252", "replace").encode(),
        "café",
    ),
    "nul_bytes": ("biner.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR jeruk", None),
    "cr_only": ("mac.txt", b"Judul\r\rKabar kedondong.\r", "kedondong"),
    "zero_width_soft_hyphen": (
        "zw.txt",
        "Judul\n\nKabar bel\u200bim\u00adbing.\n".encode(),
        "belimbing",
    ),
    "decomposed_accents": ("nfd.txt", "Judul\n\nKabar cafe\u0301 sirsak.\n".encode(), "café"),
    "empty": ("kosong.txt", b"", None),
    "whitespace_only": ("spasi.txt", b" \n\t\r\n", None),
    "name_not_utf8": (b"berita-\xff\xfe.txt", b"Judul\n\nKabar kelengkeng.\n", "kelengkeng"),
    "name_with_escape": ("\x1b]52;c;ZXZpbA==\x07jambu.txt", b"Judul\n\nKabar jambu.\n", "jambu"),
}


def _corpus(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, GOOD[0], GOOD[1].encode())
    for name in names:
        file_name, data, _ = CASES[name]
        _write(folder, file_name, data)
    return folder


def _found(service: SearchService, word: str) -> list[str]:
    result = service.search(word)
    assert result.error is None, result.error
    return [hit.id for hit in result.hits]


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_hostile_file_is_indexed_or_skipped_with_one_line(case: str, tmp_path: Path) -> None:
    service = SearchService([_corpus(tmp_path, case)], tmp_path / "index")
    report = service.update()
    word = CASES[case][2]
    assert _found(service, "cabai") == ["baik"], "the rest of the corpus is indexed"
    for warning in report.warnings:
        assert "\n" not in str(warning.message) and "\x1b" not in warning.path
    if word is None:
        assert report.articles == 1 and len(report.warnings) == 1
    else:
        assert report.articles == 2 and len(_found(service, word)) == 1


def test_every_hostile_file_at_once_through_warta_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path, *CASES)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "index"), "index"])
    out, err = capsys.readouterr()
    skipped = sum(1 for _, _, word in CASES.values() if word is None)
    assert code == 0
    assert f"{len(CASES) - skipped + 1} articles indexed" in out
    assert len(err.splitlines()) == skipped, err  # one line per skipped file
    assert "\x1b" not in out + err


def test_symlink_out_of_the_corpus_and_fifo_are_skipped(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    secret = tmp_path / "rahasia.txt"
    secret.write_text("Rahasia\n\nKata sandi durian.\n", "utf-8")
    (corpus / "tautan.txt").symlink_to(secret)
    os.mkfifo(corpus / "pipa.txt")
    service = SearchService([corpus], tmp_path / "index")
    report = service.update()  # would hang forever if the FIFO were opened
    assert _found(service, "cabai") == ["baik"]
    assert _found(service, "durian") == []
    messages = sorted(str(warning.message) for warning in report.warnings)
    assert len(messages) == 2
    assert "outside the corpus" in messages[1] and "FIFO" in messages[0]


def test_oversized_files_are_cut_and_still_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 64 * 1024)  # keeps entity extraction short
    corpus = _corpus(tmp_path)
    (corpus / "satu-baris.txt").write_text("kabar pepaya " * 400_000, "utf-8")  # 5 MB, one line
    with open(corpus / "besar.txt", "wb") as handle:  # 50 MB, sparse: only the start is text
        handle.write(b"Judul besar\n\nKabar alpukat.\n")
        handle.truncate(50 * 1024 * 1024)
    service = SearchService([corpus], tmp_path / "index")
    report = service.update()
    assert _found(service, "cabai") == ["baik"]
    assert _found(service, "pepaya") == ["satu-baris"]
    article = service.article("satu-baris")
    assert article is not None and len(article.title) <= 101 and len(article.body) <= 64 * 1024
    skipped = [w for w in report.warnings if "besar" in w.path]
    assert skipped and "NUL" in str(skipped[0].message)  # the zeroed tail is binary


@pytest.mark.parametrize(("megabytes", "line"), [(5, b"kabar "), (50, b"kabar\n")])
def test_reading_a_huge_file_is_bounded(tmp_path: Path, megabytes: int, line: bytes) -> None:
    (tmp_path / "besar.txt").write_bytes(line * (megabytes * 1024 * 1024 // len(line)))
    (file,) = [item for item in discover([tmp_path]) if not isinstance(item, reader.ReadWarning)]
    result = read_file(file)
    (article,) = result.articles
    assert isinstance(article, Article)
    assert len(article.body) <= reader.MAX_FILE_BYTES
    assert any("limit" in str(notice) for notice in article.notices)
