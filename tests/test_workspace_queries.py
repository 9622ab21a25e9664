"""Tags, stars and notes inside queries (``tag:``, ``is:starred``, ``has:note``), notes on
articles, the search history, and a workspace file of the first schema brought up to date."""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from warta.search import workspace as workspace_module
from warta.search.service import SearchService
from warta.search.workspace import FILE_NAME, MIGRATIONS, NOTE_LIMIT, Workspace
from warta.tui.cli import main

SAM = "002_c0de79780e8f4f90"
MUSK = "001_6e86bfa91c2c7f27"
BAHAYA = "000_57ce1d9c2516dadd"
DAY = "2026-01-01T00:00:00+00:00"


def ids(service: SearchService, query: str, limit: int = 20) -> list[str]:
    result = service.search(query, limit=limit)
    assert result.error is None, result.error
    return [hit.id for hit in result.hits]


def run(
    capsys: pytest.CaptureFixture[str], index: Path, data: Path, *args: str
) -> tuple[int, str, str]:
    code = main(["--index-dir", str(index), "--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


# -- in queries -------------------------------------------------------------------------------


def test_workspace_words_combine_with_everything_else(
    service: SearchService, workspace: Workspace
) -> None:
    every = set(ids(service, "*"))
    assert {SAM, MUSK, BAHAYA} <= every
    workspace.tag(SAM, "baca")
    workspace.tag(MUSK, "Baca")
    workspace.star(MUSK)
    workspace.set_note(BAHAYA, "cek angka investasi")

    assert set(ids(service, "tag:baca")) == {SAM, MUSK}  # in any case
    assert ids(service, "tag:baca -is:starred") == [SAM]
    assert ids(service, "is:starred") == [MUSK]
    assert set(ids(service, "has:note OR is:starred")) == {BAHAYA, MUSK}
    assert set(ids(service, "-tag:baca")) == every - {SAM, MUSK}
    assert set(ids(service, "altman tag:baca")) == set(ids(service, "altman")) & {SAM, MUSK}


def test_a_filter_is_part_of_the_query_not_of_a_page(
    service: SearchService, workspace: Workspace
) -> None:
    """The total counts every tagged article, though the page holds one: the filter ran in
    Whoosh, not over the hits a page showed."""
    for article in (SAM, MUSK, BAHAYA):
        workspace.tag(article, "ai")
    result = service.search("musk tag:ai", limit=1)
    assert result.total == 3 and len(result.hits) == 1


def test_a_filter_does_not_change_the_ranking_of_the_words(
    service: SearchService, workspace: Workspace
) -> None:
    """``musk OR tag:x``: the tag adds articles, not score (Whoosh's constant-score filter
    added 1.0, ranking every tagged article above the ones about Musk)."""
    plain = {hit.id: hit.score for hit in service.search("musk").hits}
    workspace.tag(SAM, "x")
    filtered = {hit.id: hit.score for hit in service.search("musk tag:x").hits}
    assert filtered == {SAM: plain[SAM]}


def test_an_unknown_tag_says_so(service: SearchService) -> None:
    result = service.search("musk tag:tidakada")
    assert result.hits == () and result.notice == "no article has the tag tidakada"
    assert set(ids(service, "musk OR tag:tidakada")) == set(ids(service, "musk"))
    assert set(ids(service, "-tag:tidakada")) == set(ids(service, "*"))
    assert service.search("is:starred").notice == "no article is starred yet"
    assert service.search("has:note").notice == "no article has a note yet"


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("is:bintang", "is:bintang means nothing: write tag:NAME, is:starred or has:note"),
        ("tag:ba*", "write one word after tag: (tag:NAME, is:starred, has:note)"),
        ("tag:*", "write one word after tag: (tag:NAME, is:starred, has:note)"),
        ("musk tag:", "type what to search after tag:"),
    ],
)
def test_a_workspace_word_that_means_nothing_is_one_line(
    service: SearchService, query: str, says: str
) -> None:
    result = service.search(query)
    assert result.hits == () and result.error == says


def test_without_a_workspace_the_words_are_refused_with_a_message(
    seeds_service: SearchService,
) -> None:
    result = seeds_service.search("musk is:starred")
    assert result.hits == ()
    assert result.error == "tag:, is:starred and has:note need your workspace, not open here"


def test_the_cli_searches_with_the_workspace(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert run(capsys, seeds_index, data, "star", SAM)[0] == 0
    code, out, err = run(capsys, seeds_index, data, "search", "--json", "is:starred")
    assert code == 0, err
    assert [hit["id"] for hit in json.loads(out)["hits"]] == [SAM]


# -- notes ------------------------------------------------------------------------------------


def test_a_note_is_written_printed_found_and_cleared(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    code, out, err = run(capsys, seeds_index, data, "note", SAM)
    assert code == 0 and out == "" and "has no note" in err

    code, out, _ = run(capsys, seeds_index, data, "note", SAM, "cek", "\x1b[31mangka\x07")
    assert code == 0 and "Noted on" in out
    code, out, _ = run(capsys, seeds_index, data, "note", SAM)
    assert code == 0 and out == "cek angka\n"
    code, out, _ = run(capsys, seeds_index, data, "note", SAM, "--json")
    assert json.loads(out) == {"id": SAM, "note": "cek angka"}
    code, out, _ = run(capsys, seeds_index, data, "search", "--json", "has:note")
    assert [hit["id"] for hit in json.loads(out)["hits"]] == [SAM]

    code, out, _ = run(capsys, seeds_index, data, "note", SAM, "--clear")
    assert code == 0 and "Removed the note" in out
    code, out, _ = run(capsys, seeds_index, data, "note", SAM, "--clear")
    assert code == 0 and "has no note" in out


@pytest.mark.parametrize(
    ("words", "says"),
    [
        (("nope", "teks"), "warta: no article with id nope\n"),
        ((SAM, "\x1b[2J"), "warta: a note needs at least one visible character\n"),
        ((SAM, "x" * (NOTE_LIMIT + 1)), f"warta: a note has at most {NOTE_LIMIT} characters\n"),
        ((SAM, "teks", "--clear"), "warta: usage error: --clear takes no TEXT\n"),
    ],
)
def test_a_bad_note_is_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    seeds_index: Path,
    tmp_path: Path,
    words: tuple[str, ...],
    says: str,
) -> None:
    data = tmp_path / "data"
    code, out, err = run(capsys, seeds_index, data, "note", *words)
    assert code == 2 and out == "" and err == says
    with Workspace(data) as workspace:
        assert workspace.noted() == []


def test_a_first_schema_workspace_is_brought_up_to_date_keeping_everything(
    tmp_path: Path,
) -> None:
    """A state.sqlite written by the warta of last session (schema 1, no notes) opens, and
    its saved searches, tags and stars are all still there."""
    data = tmp_path / "data"
    data.mkdir()
    with sqlite3.connect(data / FILE_NAME) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.executescript(MIGRATIONS[0])
        db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        db.execute("INSERT INTO saved_searches VALUES ('ai', 'grok', ?, ?)", (DAY, DAY))
        db.execute("INSERT INTO tags VALUES (?, 'baca', ?)", (SAM, DAY))
        db.execute("INSERT INTO stars VALUES (?, ?)", (MUSK, DAY))
    db.close()

    with Workspace(data) as workspace:
        assert workspace.schema_version == len(MIGRATIONS) == 2
        assert [saved.query for saved in workspace.saved_searches()] == ["grok"]
        assert workspace.tags() == [("baca", 1)] and workspace.starred() == [MUSK]
        workspace.set_note(SAM, "baru")
        workspace.record_search("grok")
    with Workspace(data) as reopened:
        assert reopened.note(SAM) == "baru"
        assert [entry.query for entry in reopened.history()] == ["grok"]


# -- history ----------------------------------------------------------------------------------


def test_searches_are_remembered_most_recent_first_once_each(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    for query in ("musk", "altman", "grok", "musk"):
        assert run(capsys, seeds_index, data, "search", query)[0] == 0
    code, out, _ = run(capsys, seeds_index, data, "history", "--json")
    assert code == 0
    assert [entry["query"] for entry in json.loads(out)] == ["musk", "grok", "altman"]
    code, out, _ = run(capsys, seeds_index, data, "history", "ALT")
    assert code == 0 and [line.split()[-1] for line in out.splitlines()] == ["altman"]
    code, out, _ = run(capsys, seeds_index, data, "history", "--limit", "1")
    assert code == 0 and len(out.splitlines()) == 1


def test_the_history_keeps_the_last_queries_only(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspace_module, "HISTORY_LIMIT", 5)
    for number in range(12):
        workspace.record_search(f"kata{number}")
    workspace.record_search("  \x1b[2J ")  # nothing visible: not a search
    workspace.record_search("x" * 100_000)  # refused by the search: not kept either
    assert [entry.query for entry in workspace.history()] == [
        f"kata{number}" for number in range(11, 6, -1)
    ]
    assert [entry.query for entry in workspace.history("KATA1", limit=1)] == ["kata11"]


def test_the_explorer_searches_its_workspace_from_worker_threads(
    service: SearchService, workspace: Workspace
) -> None:
    """The explorer opens the workspace on its main thread and searches in workers:
    sqlite3 refused a connection used from another thread (ProgrammingError)."""
    workspace.star(SAM)
    with ThreadPoolExecutor(max_workers=2) as workers:
        found = list(workers.map(lambda query: ids(service, query), ["is:starred"] * 4))
        workers.submit(workspace.star, MUSK).result()
    assert found == [[SAM]] * 4 and set(workspace.starred()) == {SAM, MUSK}


def test_a_tagged_article_changed_and_reindexed_is_found_once_as_it_is_now(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path
) -> None:
    """The filter reads ids from the index's term entries: the old copy of a changed
    article is deleted there, and must not come back."""
    index, data = tmp_path / "index", tmp_path / "data"
    on_corpus = ("--corpus", str(corpus))
    assert run(capsys, index, data, *on_corpus, "tag", SAM, "simpan")[0] == 0
    path = corpus / f"{SAM}.txt"
    path.write_text("Judul yang baru\n\n" + path.read_text("utf-8"), "utf-8")
    assert run(capsys, index, data, *on_corpus, "index")[0] == 0
    code, out, err = run(capsys, index, data, *on_corpus, "search", "--json", "tag:simpan")
    assert code == 0, err
    assert [(hit["id"], hit["title"]) for hit in json.loads(out)["hits"]] == [
        (SAM, "Judul yang baru")
    ]


def test_a_search_runs_when_the_workspace_cannot_open(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """A read-only or broken data folder costs the history, not the search."""
    data = tmp_path / "data"
    data.write_text("a file where the folder should be", "utf-8")
    code, out, err = run(capsys, seeds_index, data, "search", "--json", "altman")
    assert code == 0 and json.loads(out)["total"] == 2
    assert err.count("\n") == 1 and err.endswith("the search is not remembered\n")
