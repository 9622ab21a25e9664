"""Hostile input, round eleven: the cases docs/hostile-input.md lists under round eleven
that failed, each as a user would meet it, and each failing before its fix."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.search.workspace import Workspace
from warta.tui.cli import main

from tests.conftest import SEEDS
from tests.cpu_time import growth


@pytest.mark.skipif(not os.path.exists(os.devnull), reason="needs a null device")
def test_a_device_as_the_workspace_folder_is_no_folder_not_a_mode_to_change(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """``--data-dir /dev/null`` (a script's way of saying "nowhere") was refused as a folder
    others can write, with the advice to ``chmod go-w /dev/null``: run as root, that breaks
    every program on the machine."""
    capsys.readouterr()
    assert main(["--index-dir", str(seeds_index), "--data-dir", os.devnull, "star", "001"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Not a directory" in err
    assert "chmod" not in err


def test_a_fifo_as_the_index_folder_is_said_to_be_no_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--index-dir`` naming a FIFO or a file said "File exists", which reads as if the
    folder were fine and warta were confused."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert main(["--index-dir", str(fifo), "index"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Not a directory" in err


def test_a_file_replaced_by_a_folder_of_its_name_is_gone_after_the_watchers_update(
    tmp_path: Path,
) -> None:
    """``a.txt`` deleted and a folder ``a.txt/`` made in its place while the explorer
    watches: the watcher's update scanned the new folder only, and the deleted article
    stayed found (and its reader failed) until a full update."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Lama\n\nBurung kanarilama berkicau.\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    try:
        service.update()
        (corpus / "a.txt").unlink()
        (corpus / "a.txt").mkdir()
        (corpus / "a.txt" / "baru.txt").write_text("Baru\n\nKanaribaru.\n", "utf-8")
        report = service.update(changed={str(corpus / "a.txt")})
        assert report.deleted_articles == 1
        assert not service.search("kanarilama").hits
        assert [hit.id for hit in service.search("kanaribaru").hits] == ["a.txt/baru"]
    finally:
        service.close()


@pytest.mark.parametrize("command", ["export", "related-entities"])
def test_an_export_into_the_index_folder_is_refused_and_the_index_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    """``export -o INDEX/gen-…/_MAIN_1.toc --force`` replaced a table of the index with a
    CSV (the next search rebuilt it), and an export or ``--edges`` file put in a
    generation was removed with it by the next ``--rebuild``."""
    index = tmp_path / "index"
    common = ["--corpus", str(SEEDS), "--index-dir", str(index)]
    assert main([*common, "index"]) == 0
    (generation,) = index.glob("gen-*")
    toc = next(generation.glob("_MAIN_*.toc"))
    before = toc.read_bytes()
    target = {"export": ["export", "musk", "-o"], "related-entities": [command, "elon", "--edges"]}
    capsys.readouterr()
    assert main([*common, *target[command], str(toc.with_suffix(".csv")), "--force"]) == 2
    assert main([*common, *target[command], str(toc), "--force"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2
    assert "is inside the index folder" in err
    assert toc.read_bytes() == before
    assert not toc.with_suffix(".csv").exists()


#: Titles a terminal draws as nothing, or as marks stacked on what comes before them.
UNSEEN_TITLES = {
    "marks": "\u0301\u0301\u0308",
    "fillers": "\u3164\u115f",
    "braille": "\u2800\u2800",
    "tags": "\U000e0041\U000e0042",
    "bidi": "\u202e\u2066\u200b",
}


@pytest.mark.parametrize("suffix", [".txt", ".md", ".jsonl"])
def test_a_title_of_nothing_visible_gives_way_to_the_first_sentence(
    tmp_path: Path, suffix: str
) -> None:
    """A title of combining marks, Hangul fillers, braille blanks or tag characters was the
    article's title, a blank line in every list; a Markdown heading whose text was only
    bidi controls was titled "#"."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, title in UNSEEN_TITLES.items():
        body = f"Burung kanaritajuk {name} berkicau di Jakarta."
        if suffix == ".jsonl":
            record = {"id": name, "title": title, "text": body}
            (corpus / f"{name}.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
        else:
            heading = "# " if suffix == ".md" else ""
            (corpus / f"{name}{suffix}").write_text(f"{heading}{title}\n\n{body}\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    try:
        service.update()
        hits = service.search("kanaritajuk", limit=20).hits
        assert sorted(hit.title for hit in hits) == sorted(
            f"Burung kanaritajuk {name} berkicau di Jakarta." for name in UNSEEN_TITLES
        )
    finally:
        service.close()


@pytest.mark.parametrize("name", ["\u200b", "\u0301", "\u2800", "\u200d\u3164"])
def test_a_tag_saved_search_or_note_of_nothing_visible_is_refused(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path, name: str
) -> None:
    """A zero-width space, a combining mark or a blank was stored as a tag, a saved
    search's name or a note: listed as a blank line (``has:note`` found the blank note),
    and only a copy of the invisible bytes could name the tag again."""
    common = ["--index-dir", str(seeds_index), "--data-dir", str(tmp_path / "data")]
    capsys.readouterr()
    assert main([*common, "tag", "001", name]) == 2
    assert main([*common, "search", "musk", "--save", name]) == 2
    assert main([*common, "note", "001", name]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "warta: a tag needs at least one visible character",
        "warta: a name needs at least one visible character",
        "warta: a note needs at least one visible character",
    ]


def test_an_invisible_name_is_echoed_so_that_it_shows(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """``warta mentions $'\\u200b'`` said "no entity named " and seemed cut off."""
    capsys.readouterr()
    assert main(["--index-dir", str(seeds_index), "mentions", "\u200b"]) == 2
    assert capsys.readouterr().err == 'warta: no entity named ""\n'


@pytest.mark.skipif(not hasattr(os, "umask") or os.name != "posix", reason="POSIX modes")
def test_an_export_under_a_private_umask_is_private(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """Under ``umask 077`` (a shared server, a reporter's sources) an export was made
    readable by everyone (``0644``): its private temporary file was opened up by a chmod."""
    out = tmp_path / "hasil.csv"
    saved = os.umask(0o077)
    try:
        assert main(["--index-dir", str(seeds_index), "export", "musk", "-o", str(out)]) == 0
    finally:
        os.umask(saved)
    assert out.stat().st_mode & 0o777 == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["hasil.csv"]


def test_a_list_of_thousands_of_tags_prints_at_the_cost_of_its_json(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``warta tags`` of 100,000 tags printed nothing for over a minute (Rich lays out each
    cell of a table as a wrapped paragraph, a millisecond a row), where ``--json`` took 8 s;
    ``entities``, ``saved`` and ``config --show`` print their tables the same way."""
    data = tmp_path / "data"
    data.mkdir()
    with Workspace(data) as workspace:
        for number in range(3000):
            workspace.tag("001_6e86bfa91c2c7f27", f"t{number}")
    common = ["--index-dir", str(seeds_index), "--data-dir", str(data), "tags"]

    def listed(*flags: str) -> Callable[[], None]:
        return lambda: (main([*common, *flags]), capsys.readouterr())

    assert growth(listed("--json"), listed()) < 8  # 16 before, 3 after
    main(common)  # a header, then one line a tag, the columns aligned
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3001
    assert lines[0].split() == ["tag", "articles"]
    assert lines[1:3] == ["t0     1", "t1     1"]


def test_an_export_never_replaces_the_workspaces_write_ahead_log(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``export -o DATA/state.sqlite-wal --force`` while the explorer had the workspace open
    replaced its log with a CSV: every other warta then said "disk I/O error" about the
    workspace until the explorer closed."""
    data = tmp_path / "data"
    common = ["--index-dir", str(seeds_index), "--data-dir", str(data)]
    with Workspace(data) as explorers:  # open, as the explorer holds it
        explorers.tag("001_6e86bfa91c2c7f27", "baca")
        log = data / "state.sqlite-wal"
        before = log.read_bytes()
        capsys.readouterr()
        assert main([*common, "export", "musk", "-o", str(log), "--force"]) == 2
        assert "is a database; an export never replaces one" in capsys.readouterr().err
        assert log.read_bytes() == before
        assert main([*common, "tags", "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == [{"tag": "baca", "articles": 1}]


def test_a_folder_in_place_of_current_is_named_not_a_temporary_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A folder named ``CURRENT`` in the index folder: "Is a directory: …/CURRENT.8138.tmp"
    sent the user looking for a file that was never there."""
    index = tmp_path / "index"
    common = ["--corpus", str(SEEDS), "--index-dir", str(index)]
    assert main([*common, "index"]) == 0
    (index / "CURRENT").unlink()
    (index / "CURRENT").mkdir()
    capsys.readouterr()
    assert main([*common, "index"]) == 2
    err = capsys.readouterr().err
    assert err.endswith(f"Is a directory: {index / 'CURRENT'}\n")
    assert err.count("\n") == 1
    assert sorted(path.name for path in index.iterdir() if path.name.endswith(".tmp")) == []


def test_a_fuzzy_word_of_nothing_visible_finds_nothing_and_damages_nothing(
    seeds_service: SearchService,
) -> None:
    """``\\u200b~0`` (a zero-width space, fuzzy): the word analysed to nothing and Whoosh's
    automaton read a first letter it did not have; the IndexError was told as a damaged
    index with advice to rebuild it. Found by the hypothesis test of match spans."""
    result = seeds_service.search("\u200b~0")
    assert result.error is None
    assert result.total == 0
    with_word = seeds_service.search("musk \u200b~1")
    assert with_word.error is None
    assert with_word.total == seeds_service.search("musk").total > 0
