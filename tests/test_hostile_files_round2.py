"""Hostile corpus files, round two: files swapped between the scan and the read, and bad
lines or folders that must never stop a build (see docs/hostile-input.md)."""

from __future__ import annotations

import json
import os
import threading
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from warta.search import reader
from warta.search.model import ReadWarning
from warta.search.reader import CorpusFile, ReadResult, discover, read_file
from warta.search.service import SearchService
from warta.tui.cli import main

SECRET = "Rahasia\n\nKata sandi durian montong.\n"


def _scanned(root: Path, name: str) -> CorpusFile:
    """The file ``name`` as discover() found it."""
    (file,) = [
        item for item in discover([root]) if isinstance(item, CorpusFile) and item.rel_id == name
    ]
    return file


def _replace_with_symlink(path: Path, target: Path) -> None:
    """Swap ``path`` for a symlink to ``target`` atomically, as an attacker racing a build would."""
    temporary = path.with_name(f"{path.name}.tmp")
    temporary.symlink_to(target)
    os.replace(temporary, path)


def _corpus_and_secret(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "asli.txt").write_text("Asli\n\nKabar salak pondoh.\n", "utf-8")
    secret = tmp_path / "luar" / "rahasia.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET, "utf-8")
    return corpus, secret


def _assert_skipped(result: ReadResult) -> None:
    """Nothing read, one one-line warning, and the file marked for a retry."""
    assert result.articles == []
    (warning,) = result.warnings
    assert "\n" not in str(warning.message)
    assert result.failed


def test_file_swapped_for_a_symlink_after_the_scan_is_not_followed(tmp_path: Path) -> None:
    corpus, secret = _corpus_and_secret(tmp_path)
    file = _scanned(corpus, "asli")
    _replace_with_symlink(corpus / "asli.txt", secret)
    result = read_file(file)
    assert "durian" not in repr(result)
    _assert_skipped(result)


def test_accepted_symlink_is_read_through_the_target_the_scan_saw(tmp_path: Path) -> None:
    corpus, secret = _corpus_and_secret(tmp_path)
    (corpus / "salinan.txt").symlink_to(corpus / "asli.txt")
    file = _scanned(corpus, "salinan")
    (article,) = read_file(file).articles  # a link inside the corpus is indexed, as before
    assert "salak" in article.body
    _replace_with_symlink(corpus / "salinan.txt", secret)  # the link now leads outside
    result = read_file(file)
    assert "durian" not in repr(result)
    (article,) = result.articles
    assert "salak" in article.body and not result.failed


def test_target_of_an_accepted_symlink_swapped_for_a_symlink_is_not_followed(
    tmp_path: Path,
) -> None:
    corpus, secret = _corpus_and_secret(tmp_path)
    (corpus / "salinan.txt").symlink_to(corpus / "asli.txt")
    file = _scanned(corpus, "salinan")
    _replace_with_symlink(corpus / "asli.txt", secret)
    result = read_file(file)
    assert "durian" not in repr(result)
    _assert_skipped(result)


def test_folder_swapped_for_a_symlink_after_the_scan_is_not_followed(tmp_path: Path) -> None:
    corpus, secret = _corpus_and_secret(tmp_path)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "rahasia.txt").write_text("Judul\n\nKabar biasa.\n", "utf-8")
    file = _scanned(corpus, "sub/rahasia")
    (corpus / "sub").rename(corpus / "lama")
    (corpus / "sub").symlink_to(secret.parent, target_is_directory=True)
    result = read_file(file)
    assert "durian" not in repr(result)
    _assert_skipped(result)


def _read_guarded(file: CorpusFile, fifo: Path) -> tuple[ReadResult | None, bool]:
    """read_file in a thread; if it blocks on the FIFO, a writer releases it (no test hangs)."""
    results: list[ReadResult] = []
    reading = threading.Thread(target=lambda: results.append(read_file(file)), daemon=True)
    reading.start()
    reading.join(timeout=30)  # a generous bound: the fixed reader never waits at all
    hung = reading.is_alive()
    if hung:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reading.join()
    return (results[0] if results else None), hung


def test_file_swapped_for_a_fifo_after_the_scan_does_not_hang(tmp_path: Path) -> None:
    corpus, _ = _corpus_and_secret(tmp_path)
    file = _scanned(corpus, "asli")
    (corpus / "asli.txt").unlink()
    os.mkfifo(corpus / "asli.txt")
    result, hung = _read_guarded(file, corpus / "asli.txt")
    assert not hung
    assert result is not None
    _assert_skipped(result)
    assert "regular file" in str(result.warnings[0].message)


def test_file_changed_in_place_after_the_scan_is_read_as_it_is_now(tmp_path: Path) -> None:
    """Same file, new content: read it. The index records the scan's size and time, so the
    next update sees the change and reads it again; skipping would hide a live article."""
    corpus, _ = _corpus_and_secret(tmp_path)
    file = _scanned(corpus, "asli")
    with open(corpus / "asli.txt", "a", encoding="utf-8") as handle:
        handle.write("Tambahan nanas madu.\n")
    result = read_file(file)
    (article,) = result.articles
    assert "nanas" in article.body and not result.failed


def test_file_that_cannot_be_opened_is_marked_failed(tmp_path: Path) -> None:
    corpus, _ = _corpus_and_secret(tmp_path)
    file = _scanned(corpus, "asli")
    (corpus / "asli.txt").unlink()
    result = read_file(file)
    assert result.failed and "cannot read" in str(result.warnings[0].message)


def test_readable_and_skipped_files_are_not_marked_failed(tmp_path: Path) -> None:
    corpus, _ = _corpus_and_secret(tmp_path)
    (corpus / "kosong.txt").write_text("\n", "utf-8")
    assert not read_file(_scanned(corpus, "asli")).failed
    empty = read_file(_scanned(corpus, "kosong"))
    assert empty.warnings and not empty.failed  # no text: reading it again would not help


def test_swap_during_a_build_through_warta_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The race won inside a real build: the swapped file is skipped, the rest indexed."""
    import warta.search.index

    corpus, secret = _corpus_and_secret(tmp_path)
    (corpus / "zzz.txt").write_text("Judul\n\nKabar biasa.\n", "utf-8")
    scan = warta.search.index.scan

    def scan_then_swap(roots: list[Path]) -> tuple[list[CorpusFile], list[ReadWarning]]:
        found = scan(roots)
        _replace_with_symlink(corpus / "zzz.txt", secret)
        return found

    monkeypatch.setattr(warta.search.index, "scan", scan_then_swap)
    index = tmp_path / "index"
    code = main(["--corpus", str(corpus), "--index-dir", str(index), "index"])
    out, err = capsys.readouterr()
    assert code == 0 and "1 article indexed" in out
    assert len(err.splitlines()) == 1 and "zzz.txt" in err, err
    monkeypatch.undo()
    service = SearchService([corpus], index)
    assert [hit.id for hit in service.search("salak").hits] == ["asli"]
    assert not service.search("durian").hits
    service.close()


# --- §8: one bad line or folder never stops a build -----------------------------------------

#: A jsonl file whose bad lines each broke the whole build; the good lines must be indexed.
BAD_LINES = [
    json.dumps({"id": "awal", "text": "Kabar duku palembang."}),
    '{"text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}",  # RecursionError
    '{"id": ' + "9" * 5_000 + ', "text": "angka"}',  # ValueError: int digit limit
    json.dumps({"id": "akhir", "text": "Kabar kedondong bangkok."}),
]
DEPTH = 1_200


def _write_bad_jsonl(folder: Path) -> None:
    (folder / "rusak.jsonl").write_text("\n".join(BAD_LINES) + "\n", "utf-8")


def test_jsonl_lines_that_break_the_json_parser_are_skipped_one_by_one(tmp_path: Path) -> None:
    _write_bad_jsonl(tmp_path)
    result = read_file(_scanned(tmp_path, "rusak"))
    assert [article.id for article in result.articles] == ["awal", "akhir"]
    assert [str(warning.message).split(":")[0] for warning in result.warnings] == [
        "line 2",
        "line 3",
    ]
    assert all(len(str(warning.message)) < 200 for warning in result.warnings)
    assert not result.failed


def test_any_error_from_the_json_parser_costs_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads = json.loads

    def fragile(line: str) -> object:
        if "rapuh" in line:
            raise OverflowError("a parser failure nobody foresaw")
        return loads(line)

    monkeypatch.setattr(reader.json, "loads", fragile)
    lines = [{"text": "Kabar rapuh."}, {"text": "Kabar kokoh."}]
    (tmp_path / "p.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    result = read_file(_scanned(tmp_path, "p"))
    assert [article.body for article in result.articles] == ["Kabar kokoh."]
    (warning,) = result.warnings
    assert str(warning.message).startswith("line 1: ") and "OverflowError" in str(warning.message)


@pytest.fixture()
def deep_corpus(tmp_path: Path) -> Iterator[Path]:
    """A corpus with deep.txt under DEPTH nested folders (removed bottom-up afterwards:
    a recursive rmtree would itself hit the recursion limit)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "baik.txt").write_text("Judul\n\nHarga cabai naik.\n", "utf-8")
    folder = corpus
    for _ in range(DEPTH):
        folder = folder / "d"
        folder.mkdir()
    (folder / "deep.txt").write_text("Judul\n\nKabar jauh di dalam.\n", "utf-8")
    yield corpus
    (folder / "deep.txt").unlink()
    while folder != corpus:
        folder.rmdir()
        folder = folder.parent


def test_deeply_nested_folders_are_walked_without_recursion(
    deep_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FOLDER_DEPTH", 2 * DEPTH)
    found = list(discover([deep_corpus]))
    assert [item.rel_id for item in found if isinstance(item, CorpusFile)] == [
        "baik",
        "d/" * DEPTH + "deep",
    ]


def test_folders_nested_past_the_cap_are_skipped_with_one_warning(deep_corpus: Path) -> None:
    found = list(discover([deep_corpus]))
    assert [item.rel_id for item in found if isinstance(item, CorpusFile)] == ["baik"]
    (warning,) = [item for item in found if isinstance(item, ReadWarning)]
    assert f"{reader.MAX_FOLDER_DEPTH} levels" in str(warning.message)
    assert warning.path.count("/d") == reader.MAX_FOLDER_DEPTH + 1


def test_bad_lines_and_deep_folders_through_warta_index(
    deep_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_bad_jsonl(deep_corpus)
    code = main(["--corpus", str(deep_corpus), "--index-dir", str(tmp_path / "index"), "index"])
    out, err = capsys.readouterr()
    assert code == 0 and "3 articles indexed" in out
    assert len(err.splitlines()) == 3, err  # two bad lines, one folder too deep
    assert "Traceback" not in err


def test_bad_lines_added_to_an_existing_index_through_the_service(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "baik.txt").write_text("Judul\n\nHarga cabai naik.\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    _write_bad_jsonl(corpus)
    (corpus / "baru.txt").write_text("Judul\n\nKabar rambutan binjai.\n", "utf-8")
    report = service.update()
    assert len(report.warnings) == 2
    for word, found in [("cabai", "baik"), ("duku", "awal"), ("kedondong", "akhir")]:
        assert [hit.id for hit in service.search(word).hits] == [found]
    assert [hit.id for hit in service.search("rambutan").hits] == ["baru"]
    service.close()


# --- §15: a jsonl file is streamed ----------------------------------------------------------

JSONL_LINES = 2_000
JSONL_TEXT = "Kabar pasar induk hari ini. " * 200  # ~5.6 KB a line, ~11 MB in all


def _big_jsonl(folder: Path) -> CorpusFile:
    with open(folder / "besar.jsonl", "w", encoding="utf-8") as handle:
        for number in range(JSONL_LINES):
            handle.write(json.dumps({"id": f"b{number}", "text": JSONL_TEXT}) + "\n")
    return _scanned(folder, "besar")


def _peak_bytes(consume: Callable[[], int]) -> tuple[int, int]:
    """What ``consume`` returned, and the most memory Python held while it ran."""
    tracemalloc.start()
    try:
        counted = consume()
        return counted, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_jsonl_is_read_in_chunks_of_bounded_memory(tmp_path: Path) -> None:
    file = _big_jsonl(tmp_path)
    chunks = list(reader.read_chunks(file, 32))
    assert [len(chunk.articles) for chunk in chunks] == [32] * (JSONL_LINES // 32) + [16]
    counted, peak = _peak_bytes(
        lambda: sum(len(chunk.articles) for chunk in reader.read_chunks(file, 32))
    )
    assert counted == JSONL_LINES
    assert peak < 3 * 1024 * 1024  # all the articles at once are over 11 MB


def test_index_batches_hold_one_batch_of_a_jsonl_at_a_time(tmp_path: Path) -> None:
    import warta.search.index

    file = _big_jsonl(tmp_path)
    batches = list(warta.search.index._batches([file]))
    assert [batch.last for batch in batches] == [False] * (len(batches) - 1) + [True]
    counted, peak = _peak_bytes(
        lambda: sum(len(batch.articles) for batch in warta.search.index._batches([file]))
    )
    assert counted == JSONL_LINES
    assert peak < 3 * 1024 * 1024


def test_a_long_line_without_full_stops_reaches_the_tagger_in_bounded_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One 2 MiB line without a full stop cost 1 GB as one tagger sentence (§15)."""
    from warta.search.entities import extract_mentions
    from warta.search.entities.features import MAX_SENTENCE_TOKENS
    from warta.search.entities.tagger import Tagger

    lengths: list[int] = []
    tag = Tagger.tag

    def measured(self: Tagger, words: Sequence[str]) -> list[str]:
        lengths.append(len(words))
        return tag(self, words)

    monkeypatch.setattr(Tagger, "tag", measured)
    body = "kelapa sawit tumbuh subur di riau " * 500 + "kata Joko Widodo di Jakarta"
    mentions = extract_mentions("Sawit", body)
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert sum(lengths) == len(body.split())
    assert {"Joko Widodo", "Jakarta"} <= {mention.surface for mention in mentions}


# --- §19: nested or repeated corpus folders -------------------------------------------------


def _nested_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("Judul\n\nKabar kataatasunik.\n", "utf-8")
    (corpus / "sub" / "b.txt").write_text("Judul\n\nKabar katasubunik.\n", "utf-8")
    return corpus


def _ids_and_warnings(roots: list[Path]) -> tuple[list[str], list[ReadWarning]]:
    found = list(discover(roots))
    ids = [item.rel_id for item in found if isinstance(item, CorpusFile)]
    return ids, [item for item in found if isinstance(item, ReadWarning)]


@pytest.mark.parametrize("inner_first", [False, True])
def test_a_corpus_folder_inside_another_is_read_once_as_part_of_it(
    tmp_path: Path, inner_first: bool
) -> None:
    corpus = _nested_corpus(tmp_path)
    roots = [corpus / "sub", corpus] if inner_first else [corpus, corpus / "sub"]
    ids, warnings = _ids_and_warnings(roots)
    assert ids == ["a", "sub/b"]
    (warning,) = warnings
    assert warning.path == str(corpus / "sub") and "inside" in str(warning.message)
    assert str(corpus) in str(warning.message)


def test_the_same_corpus_folder_given_twice_is_read_once(tmp_path: Path) -> None:
    corpus = _nested_corpus(tmp_path)
    (tmp_path / "tautan").symlink_to(corpus, target_is_directory=True)
    for second in (corpus, tmp_path / "tautan", corpus / "sub" / ".."):
        ids, warnings = _ids_and_warnings([corpus, second])
        assert ids == ["a", "sub/b"]
        (warning,) = warnings
        assert warning.path == str(second) and "twice" in str(warning.message)


def test_a_hidden_folder_given_as_a_corpus_folder_is_still_read(tmp_path: Path) -> None:
    """The walk of the outer folder skips hidden folders, so it does not cover this one."""
    corpus = _nested_corpus(tmp_path)
    (corpus / ".arsip").mkdir()
    (corpus / ".arsip" / "c.txt").write_text("Judul\n\nKabar tersembunyi.\n", "utf-8")
    ids, warnings = _ids_and_warnings([corpus, corpus / ".arsip"])
    assert ids == ["a", "sub/b", "c"] and warnings == []


def test_nested_and_repeated_corpus_folders_through_warta_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _nested_corpus(tmp_path)
    index = tmp_path / "index"
    roots = [str(corpus), str(corpus / "sub"), str(corpus)]
    code = main(
        [arg for root in roots for arg in ("--corpus", root)] + ["--index-dir", str(index), "index"]
    )
    out, err = capsys.readouterr()
    assert code == 0 and "2 articles indexed" in out and "2 files added" in out
    assert len(err.splitlines()) == 2 and "duplicate" not in err, err
    service = SearchService([corpus, corpus / "sub"], index)
    assert [hit.id for hit in service.search("katasubunik").hits] == ["sub/b"]
    service.close()


# --- §20: form feed, vertical tab and NEL separate words ------------------------------------


def test_form_feed_vertical_tab_and_nel_separate_words(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "pemisah.txt").write_text("Judul\n\nkata\fform kata\vvt kata\x85nel\n", "utf-8")
    record = {"id": "j", "title": "Judul\fhalaman", "text": "isi\fjsonl\vbaris\x85baru"}
    (corpus / "j.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    for word, found in [("form", "pemisah"), ("vt", "pemisah"), ("nel", "pemisah")]:
        assert [hit.id for hit in service.search(word).hits] == [found], word
    for word in ("halaman", "jsonl", "baris", "baru"):
        assert [hit.id for hit in service.search(word).hits] == ["j"], word
    article = service.article("j")
    assert article is not None and article.title == "Judul halaman"
    service.close()
