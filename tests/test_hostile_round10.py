"""Hostile input, round ten: the cases docs/hostile-input.md lists under round ten that
failed, each as a user would meet it, and each failing before its fix."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest
from warta.tui.cli import main

from tests.conftest import SEEDS
from tests.test_hostile_round5 import SAM, read_only_workspace  # noqa: F401  (a fixture)


def _line(text: str, article_id: str | None = None) -> bytes:
    record = {"text": text} if article_id is None else {"id": article_id, "text": text}
    return (json.dumps(record) + "\n").encode()


def _found(capsys: pytest.CaptureFixture[str], where: tuple[str, ...], query: str) -> list[str]:
    capsys.readouterr()
    assert main([*where, "search", query, "--json"]) == 0
    return sorted(hit["id"] for hit in json.loads(capsys.readouterr().out)["hits"])


def test_lines_appended_to_a_jsonl_get_the_ids_a_rebuild_gives(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Line 1 holds the id ``a:2``, so line 2 became ``a:2~2``; line 4, appended later,
    lost its id to line 3's. Read on from where the last update stopped, line 4 was
    ``a:4~2``, read whole (``--rebuild``) ``a:4~3``: a star or note on it was lost."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    archive = corpus / "a.jsonl"
    archive.write_bytes(_line("Satu kanaritiga.", "a:2") + _line("Dua kanaritiga."))
    where = ("--corpus", str(corpus), "--index-dir", str(tmp_path / "index"))
    assert main([*where, "index"]) == 0
    with archive.open("ab") as appending:
        appending.write(_line("Tiga kanaritiga.", "a:4") + _line("Empat kanaritiga."))
    assert main([*where, "index"]) == 0
    appended = _found(capsys, where, "kanaritiga")
    assert main([*where, "index", "--rebuild"]) == 0
    assert appended == _found(capsys, where, "kanaritiga") == ["a:2", "a:2~2", "a:4", "a:4~2"]


def test_nul_bytes_appended_to_a_jsonl_drop_its_earlier_articles_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A small jsonl file that NUL bytes are appended to is binary, and a whole read skips
    it; read on from where the last update stopped, its earlier articles stayed found
    until a ``--rebuild``."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    archive = corpus / "a.jsonl"
    archive.write_bytes(_line("Satu kanarinul.") + _line("Dua kanarinul."))
    where = ("--corpus", str(corpus), "--index-dir", str(tmp_path / "index"))
    assert main([*where, "index"]) == 0
    with archive.open("ab") as appending:
        appending.write(b"\x00\x00" + _line("Tiga kanarinul."))
    assert main([*where, "index"]) == 0
    assert "contains NUL bytes (binary?); skipped" in capsys.readouterr().err
    assert _found(capsys, where, "kanarinul") == []


def test_a_saved_search_runs_from_a_read_only_workspace(
    capsys: pytest.CaptureFixture[str],
    seeds_index: Path,
    read_only_workspace: Path,  # noqa: F811
) -> None:
    """``warta saved NAME`` on a read-only disk's workspace failed with "attempt to write a
    readonly database" (marking it opened), where ``warta search`` runs and says the search
    is not remembered."""
    common = ("--index-dir", str(seeds_index), "--data-dir", str(read_only_workspace))
    capsys.readouterr()
    assert main([*common, "saved", "musk"]) == 0
    out, err = capsys.readouterr()
    assert SAM in out
    assert err.count("\n") == 1 and err.endswith("the search is not remembered\n")


def test_a_search_runs_while_another_program_writes_the_workspace(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    tmp_path: Path,
) -> None:
    """Another warta (or ``sqlite3``) in the middle of a write to ``state.sqlite``: ``warta
    search`` waited out the busy timeout, then printed "database is locked" and no hits,
    exit 2. It searches all the same, and says the search is not remembered."""
    from warta.search import workspace

    common = ("--index-dir", str(seeds_index), "--data-dir", str(tmp_path / "data"))
    assert main([*common, "tag", SAM, "awal"]) == 0
    monkeypatch.setattr(workspace, "BUSY_SECONDS", 0.1)
    holder = sqlite3.connect(tmp_path / "data" / "state.sqlite", isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        capsys.readouterr()
        assert main([*common, "search", "musk"]) == 0
        out, err = capsys.readouterr()
    finally:
        holder.close()
    assert SAM in out
    assert err == (
        f"warta: cannot use the workspace {tmp_path / 'data' / 'state.sqlite'}: "
        "database is locked; the search is not remembered\n"
    )


def test_a_saved_search_runs_while_another_program_writes_the_workspace(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    tmp_path: Path,
) -> None:
    """``warta saved NAME`` while the workspace is being written by another program: it
    failed with "database is locked" and no hits, marking the search opened."""
    from warta.search import workspace

    common = ("--index-dir", str(seeds_index), "--data-dir", str(tmp_path / "data"))
    assert main([*common, "search", "--save", "musk", "musk"]) == 0
    monkeypatch.setattr(workspace, "BUSY_SECONDS", 0.1)
    holder = sqlite3.connect(tmp_path / "data" / "state.sqlite", isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        capsys.readouterr()
        assert main([*common, "saved", "musk"]) == 0
        out, err = capsys.readouterr()
    finally:
        holder.close()
    assert SAM in out
    assert err.count("\n") == 1 and err.endswith("locked; the search is not remembered\n")


def test_an_index_store_without_its_files_table_is_rebuilt_not_doubled(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The store of the live generation lost its ``files`` table (dropped by hand, a bad
    restore): SQLite made it again, empty, so the next update added every file once more
    beside its articles, and every hit came twice until a ``--rebuild``."""
    where = ("--corpus", str(SEEDS), "--index-dir", str(tmp_path / "index"))
    assert main([*where, "index"]) == 0
    live = tmp_path / "index" / (tmp_path / "index" / "CURRENT").read_text().strip()
    with contextlib.closing(sqlite3.connect(live / "store.sqlite")) as store:
        store.execute("DROP TABLE files")
    capsys.readouterr()
    assert main([*where, "index"]) == 0
    assert "the store has no table files); rebuilt it" in capsys.readouterr().err
    found = _found(capsys, where, "musk")
    assert len(found) == len(set(found)) == 5


def test_a_jsonl_of_many_bad_lines_lists_a_thousand_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A 3 MB file of a million lines ``{}`` took 89 s and 1.5 GB to index: each line's
    warning was held to the end (and sent to a worker and back), then listed one by one."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bad = 1_005
    (corpus / "a.jsonl").write_bytes(b"{}\n" * bad + _line("Satu kanaribanyak."))
    where = ("--corpus", str(corpus), "--index-dir", str(tmp_path / "index"))
    assert main([*where, "index"]) == 0
    listed = (tmp_path / "index" / "skipped.txt").read_text("utf-8").splitlines()[1:]
    assert len(listed) == 1_001
    assert listed[-1].endswith("a.jsonl: 5 more lines with a problem, not listed one by one")
    assert _found(capsys, where, "kanaribanyak") == [f"a:{bad + 1}"]


def test_a_missing_corpus_named_in_bytes_not_utf8_is_named_with_a_mark(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--corpus /tmp/x/\\xff`` (no such folder) was "corpus folder not found: /tmp/x/":
    the byte was dropped, naming a folder that is there."""
    missing = f"{tmp_path}/\udcff"
    assert main(["--corpus", missing, "--index-dir", str(tmp_path / "i"), "search", "x"]) == 2
    assert capsys.readouterr().err == f"warta: corpus folder not found: {tmp_path}/\ufffd\n"
