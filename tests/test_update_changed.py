"""An update told which paths changed (the explorer's watcher) scans only their folders,
and leaves the index as a whole update would."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest
from warta.search import reader
from warta.search.index import current_generation, open_generation, update_index
from warta.search.store import Store


def _article(path: Path, word: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"Judul {word}\n\nIsi berita tentang {word} di pasar.\n", "utf-8")


def _recorded(index_dir: Path) -> tuple[dict[str, tuple[int, int]], set[str], list[str]]:
    """The files the index records, the ids of its articles, and the ids Whoosh searches."""
    generation = current_generation(index_dir)
    assert generation is not None
    store = Store(generation, read_only=True)
    try:
        files = {path: (state.size, state.mtime_ns) for path, state in store.files().items()}
        ids = {row[0] for row in store._db.execute("SELECT id FROM articles")}
    finally:
        store.close()
    with open_generation(generation).reader() as whoosh:
        searched = sorted(fields["id"] for _, fields in whoosh.iter_docs())
    return files, ids, searched


def _update(index_dir: Path, corpus: Path, changed: list[str] | None = None) -> None:
    update_index(index_dir, [corpus], entities=False, changed=changed)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    for year in ("2023", "2024"):
        for month in ("01", "02"):
            for day in range(3):
                _article(folder / year / month / f"a{day}.txt", f"kopi{year}{month}{day}")
    _article(folder / "lepas.txt", "teh")
    return folder


def test_a_change_in_one_folder_lists_only_that_folder(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    _update(index_dir, corpus)
    listed: list[str] = []
    listing = reader._listing
    monkeypatch.setattr(reader, "_listing", lambda folder: listed.append(folder) or listing(folder))
    _article(corpus / "2024" / "02" / "baru.txt", "gula")
    _update(index_dir, corpus, [str(corpus / "2024" / "02" / "baru.txt")])
    assert listed == [str(corpus / "2024" / "02")]
    assert "2024/02/baru" in _recorded(index_dir)[1]


def test_a_new_folder_told_by_its_own_path_lists_only_that_folder(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The watcher tells a folder that appeared by its own path: that folder is read, not
    its parent and every sibling."""
    index_dir = tmp_path / "index"
    _update(index_dir, corpus)
    listed: list[str] = []
    listing = reader._listing
    monkeypatch.setattr(reader, "_listing", lambda folder: listed.append(folder) or listing(folder))
    _article(corpus / "2024" / "03" / "baru.txt", "garam")
    _update(index_dir, corpus, [str(corpus / "2024" / "03")])
    assert listed == [str(corpus / "2024" / "03")]
    assert "2024/03/baru" in _recorded(index_dir)[1]


@pytest.mark.parametrize(
    "change",
    [
        "add",
        "edit",
        "delete",
        "delete folder",
        "move folder in",
        "move folder out",
        "hidden",
        "outside",
        "root file",
    ],
)
def test_each_change_leaves_what_a_whole_update_leaves(
    corpus: Path, tmp_path: Path, change: str
) -> None:
    watched, whole = tmp_path / "watched", tmp_path / "whole"
    _update(watched, corpus)
    elsewhere = tmp_path / "elsewhere"
    if change == "add":
        paths = [corpus / "2023" / "01" / "baru.txt"]
        _article(paths[0], "gula")
    elif change == "edit":
        paths = [corpus / "2023" / "02" / "a1.txt"]
        _article(paths[0], "garam yang lebih panjang")
    elif change == "delete":
        paths = [corpus / "2024" / "01" / "a0.txt"]
        paths[0].unlink()
    elif change == "delete folder":
        paths = [corpus / "2024" / "01" / "a0.txt", corpus / "2024" / "01"]
        shutil.rmtree(corpus / "2024" / "01")
    elif change == "move folder in":
        _article(elsewhere / "03" / "x.txt", "beras")
        paths = [corpus / "2024" / "03"]
        (elsewhere / "03").rename(paths[0])
    elif change == "move folder out":
        paths = [corpus / "2023"]
        (corpus / "2023").rename(elsewhere)
    elif change == "hidden":
        paths = [corpus / ".draft" / "x.txt"]
        _article(paths[0], "rahasia")
    elif change == "outside":
        paths = [elsewhere / "x.txt"]
        _article(paths[0], "luar")
    else:
        paths = [corpus / "kedua.txt"]
        _article(paths[0], "susu")
    _update(watched, corpus, [str(path) for path in paths])
    _update(whole, corpus)
    assert _recorded(watched) == _recorded(whole)


def test_random_changes_told_path_by_path_keep_the_index_equal_to_a_fresh_build(
    corpus: Path, tmp_path: Path
) -> None:
    chooser = random.Random(7)
    watched = tmp_path / "watched"
    _update(watched, corpus)
    for step in range(12):
        files = sorted(path for path in corpus.rglob("*.txt"))
        action = chooser.choice(["add", "edit", "delete"] if files else ["add"])
        if action == "add":
            path = corpus / chooser.choice(["2023", "2025", "2025/07"]) / f"n{step}.txt"
            _article(path, f"kata{step}")
        elif action == "edit":
            path = chooser.choice(files)
            _article(path, f"ubah{step} " * chooser.randint(1, 5))
        else:
            path = chooser.choice(files)
            path.unlink()
        _update(watched, corpus, [str(path)])
    fresh = tmp_path / "fresh"
    _update(fresh, corpus)
    assert _recorded(watched) == _recorded(fresh)


def test_a_root_given_through_a_symlink_is_updated_by_its_real_paths(
    corpus: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link"
    os.symlink(corpus, link)
    index_dir = tmp_path / "index"
    update_index(index_dir, [link], entities=False)
    _article(corpus / "2023" / "02" / "baru.txt", "gula")
    update_index(
        index_dir, [link], entities=False, changed=[str(corpus / "2023" / "02" / "baru.txt")]
    )
    assert "2023/02/baru" in _recorded(index_dir)[1]
