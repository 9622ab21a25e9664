"""Hostile index folders, round two: warta writes only in folders it made, repairs a half
update without a rebuild, survives a full disk, odd path characters and FIFOs, and never
forgets a file it could not index."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warta.search import index as index_module
from warta.search import reader as reader_module
from warta.search import store as store_module
from warta.search.errors import IndexBusyError, WartaError
from warta.search.index import CURRENT_FILE, current_generation
from warta.search.reader import CorpusFile
from warta.search.service import SearchService

from tests.conftest import SEEDS
from tests.cpu_time import growth
from tests.test_hostile_index import _cli

SAM = "002_c0de79780e8f4f90"


def _tree(folder: Path) -> dict[str, bytes | None]:
    """Every entry below ``folder`` with its bytes (None for a folder), to prove nothing moved."""
    return {
        str(path.relative_to(folder)): None if path.is_dir() else path.read_bytes()
        for path in sorted(folder.rglob("*"))
    }


# -- §1 warta writes only in an index folder it created ----------------------------------------


@pytest.fixture()
def decoy(tmp_path: Path) -> Path:
    """The report's decoy: a user's folder with a CURRENT file and a gen-* folder of photos."""
    folder = tmp_path / "decoy"
    (folder / "gen-photos").mkdir(parents=True)
    (folder / "gen-photos" / "holiday.jpg").write_text("precious\n")
    (folder / "CURRENT").write_text("my notes\n")
    return folder


@pytest.mark.parametrize("command", [("index",), ("index", "--rebuild"), ("search", "altman")])
def test_a_foreign_folder_is_refused_in_one_line_and_left_untouched(
    decoy: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    before = _tree(decoy)
    code, out, err = _cli(capsys, SEEDS, decoy, *command)
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert err.startswith("warta: ") and "not a warta index" in err
    assert _tree(decoy) == before


def test_the_service_refuses_a_foreign_folder(decoy: Path) -> None:
    before = _tree(decoy)
    service = SearchService([SEEDS], decoy)
    assert not service.has_index()
    with pytest.raises(WartaError, match="not a warta index"):
        service.update()
    assert service.search("altman").error is not None
    assert _tree(decoy) == before


@pytest.mark.parametrize("exists", [False, True])
def test_a_new_or_empty_folder_is_created_marked_and_used(tmp_path: Path, exists: bool) -> None:
    folder = tmp_path / "new" / "index"
    if exists:
        folder.mkdir(parents=True)
    service = SearchService([SEEDS], folder)
    service.update()
    assert (folder / index_module.INDEX_MARKER).is_file()
    assert service.search("altman").hits[0].id == SAM
    assert service.update(rebuild=True).rebuilt


def test_an_index_of_the_previous_version_is_adopted(tmp_path: Path) -> None:
    folder = tmp_path / "index"
    service = SearchService([SEEDS], folder)
    service.update()
    live = current_generation(folder)
    assert live is not None
    # What the previous version left: no markers at all.
    (folder / index_module.INDEX_MARKER).unlink()
    (live / index_module.GENERATION_MARKER).unlink()
    report = SearchService([SEEDS], folder).update()
    assert not report.rebuilt and report.unchanged == 5
    assert (folder / index_module.INDEX_MARKER).is_file()
    assert SearchService([SEEDS], folder).update(rebuild=True).rebuilt
    assert not live.exists(), "the adopted generation is warta's own, so it is replaced"


def test_only_warta_generations_are_removed_and_links_are_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "index"
    SearchService([SEEDS], folder).update()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep")
    (folder / "gen-mine").mkdir()
    (folder / "gen-mine" / "notes.txt").write_text("mine")
    (folder / "gen-link").symlink_to(elsewhere)
    (folder / "gen-file").write_text("a file")
    SearchService([SEEDS], folder).update(rebuild=True)
    assert (folder / "gen-mine" / "notes.txt").read_text() == "mine"
    assert (elsewhere / "keep.txt").read_text() == "keep" and (folder / "gen-link").is_symlink()
    assert (folder / "gen-file").read_text() == "a file"
    generations = [p for p in folder.glob("gen-*") if (p / index_module.GENERATION_MARKER).exists()]
    assert generations == [current_generation(folder)]
    assert (folder / CURRENT_FILE).read_text().startswith("gen-")


def test_a_home_folder_given_by_mistake_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "gen-2024").mkdir(parents=True)
    (home / "gen-2024" / "thesis.tex").write_text("years of work")
    before = _tree(home)
    with pytest.raises(WartaError, match="not a warta index"):
        SearchService([SEEDS], home).update()
    assert _tree(home) == before


# -- §11 an index path with URI characters ------------------------------------------------------


@pytest.mark.parametrize("name", ["idx#x", "idx?mode=rw", "idx%41"])
def test_an_index_path_with_uri_characters_is_searched_without_a_rebuild(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    parent = tmp_path / "parent"
    parent.mkdir()
    folder = parent / name
    code, _, err = _cli(capsys, SEEDS, folder, "index")
    assert code == 0, err
    built = (folder / CURRENT_FILE).read_bytes()
    for _ in range(2):
        code, out, err = _cli(capsys, SEEDS, folder, "search", "altman")
        assert code == 0 and SAM in out, err
    code, out, err = _cli(capsys, SEEDS, folder, "show", SAM)
    assert code == 0 and "Altman" in out, err
    assert (folder / CURRENT_FILE).read_bytes() == built, "a search must not rebuild the index"
    assert sorted(path.name for path in parent.iterdir()) == [name], "no stray file beside it"


# -- §18 a FIFO inside the index folder ---------------------------------------------------------


def _warta(corpus: Path, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process, so that a hang fails the test instead of stopping it."""
    options = ["--corpus", str(corpus), "--index-dir", str(folder)]
    return subprocess.run(
        [sys.executable, "-m", "warta.tui.cli", *options, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "WARTA_ENTITIES": str(folder.parent / "no-entities.json")},
    )


@pytest.mark.parametrize("victim", [CURRENT_FILE, "store.sqlite"])
def test_a_fifo_in_the_index_folder_hangs_no_command(tmp_path: Path, victim: str) -> None:
    folder = tmp_path / "index"
    assert _warta(SEEDS, folder, "index").returncode == 0
    live = current_generation(folder)
    assert live is not None
    target = folder / victim if victim == CURRENT_FILE else live / victim
    target.unlink()
    os.mkfifo(target)
    for command in (("show", SAM), ("entities",), ("search", "altman"), ("index",)):
        done = _warta(SEEDS, folder, *command)
        assert done.returncode in (0, 2) and "Traceback" not in done.stderr, done.stderr
        assert len(done.stderr.splitlines()) == (done.returncode == 2), done.stderr
    done = _warta(SEEDS, folder, "search", "altman")
    assert done.returncode == 0 and SAM in done.stdout


# -- §13 a file not fully indexed is tried again -------------------------------------------------


def test_a_file_that_could_not_be_read_is_indexed_once_it_can_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "open.txt").write_text("Terbuka\n\nKata terbuka.\n", "utf-8")
    secret = corpus / "secret.txt"
    secret.write_text("Rahasia\n\nKata rahasia.\n", "utf-8")
    real_open = reader_module._open

    def permission_denied(file: CorpusFile) -> Any:
        if file.path == secret:  # what opening a chmod 000 file gives a user who is not root
            raise PermissionError(errno.EACCES, "Permission denied", str(secret))
        return real_open(file)

    monkeypatch.setattr(reader_module, "_open", permission_denied)
    service = SearchService([corpus], tmp_path / "index")
    report = service.update()
    assert [str(w.message) for w in report.warnings] == ["cannot read: Permission denied"]
    assert service.update().warnings, "still unreadable: tried and reported again"
    monkeypatch.undo()  # the user fixes the permissions; mtime and size do not change
    service.update()
    assert [hit.id for hit in service.search("rahasia").hits] == ["secret"]
    assert not service.update().warnings


@pytest.mark.parametrize("unlisted", ["", "sub"])
def test_a_folder_that_cannot_be_listed_keeps_its_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unlisted: str
) -> None:
    """A folder (or the whole corpus) made unreadable for a moment is not a folder deleted:
    the update says so and forgets nothing (it used to delete all its articles)."""
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "atas.txt").write_text("Atas\n\nKata kataatas.\n", "utf-8")
    (corpus / "sub" / "bawah.txt").write_text("Bawah\n\nKata katabawah.\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    folder = corpus / unlisted
    real_scandir = os.scandir

    def permission_denied(path: Any) -> Any:
        if Path(path) == folder:  # what listing a chmod 000 folder gives a user who is not root
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(reader_module.os, "scandir", permission_denied)
    report = service.update()
    assert [str(w.message) for w in report.warnings] == ["cannot list folder: Permission denied"]
    assert report.deleted == 0
    assert [hit.id for hit in service.search("katabawah").hits] == ["sub/bawah"]
    assert [hit.id for hit in service.search("kataatas").hits] == ["atas"]
    monkeypatch.undo()
    shutil.rmtree(corpus / "sub")  # deleted for real: its article goes
    assert service.update().deleted == 1
    assert service.search("katabawah").hits == ()


def test_a_folder_gone_between_the_listings_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a folder that is there but unreadable keeps its articles: one deleted while the
    scan ran (listed in its parent, not found when opened) loses them."""
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "bawah.txt").write_text("Bawah\n\nKata katabawah.\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    real_scandir = os.scandir

    def deleted_meanwhile(path: Any) -> Any:
        if Path(path) == corpus / "sub":
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path))
        return real_scandir(path)

    monkeypatch.setattr(reader_module.os, "scandir", deleted_meanwhile)
    assert service.update().deleted == 1
    assert service.search("katabawah").hits == ()


def test_the_loser_of_an_id_collision_is_indexed_when_the_winner_goes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("# Markdown\n\nKatamd di sini.\n", "utf-8")
    (corpus / "a.txt").write_text("Teks\n\nKatatxt di sini.\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    for _ in range(2):  # every update says so, not only the first
        report = service.update()
        assert any("duplicate article id 'a'" in str(w.message) for w in report.warnings)
    assert [hit.id for hit in service.search("katamd").hits] == ["a"]
    assert service.search("katatxt").hits == ()
    (corpus / "a.md").unlink()
    report = service.update()
    assert not report.warnings
    article = service.article("a")
    assert article is not None and "Katatxt" in article.body
    assert [hit.id for hit in service.search("katatxt").hits] == ["a"]


def test_the_same_path_in_two_corpus_folders_is_not_forgotten(tmp_path: Path) -> None:
    roots = [tmp_path / "roots1", tmp_path / "roots2"]
    for number, root in enumerate(roots, 1):
        (root / "2024").mkdir(parents=True)
        (root / "2024" / "berita.txt").write_text(f"Berita\n\nKataroot{number}.\n", "utf-8")
    service = SearchService(roots, tmp_path / "index")
    for _ in range(2):
        assert any("duplicate" in str(w.message) for w in service.update().warnings)
    (roots[0] / "2024" / "berita.txt").unlink()
    service.update()
    assert [hit.id for hit in service.search("kataroot2").hits] == ["2024/berita"]
    assert service.search("kataroot1").hits == ()


# -- §9 one update: Whoosh and the store both count, or neither ---------------------------------


def _killed_update(corpus: Path, folder: Path, at: str) -> None:
    """Run an update in a child process that dies (os._exit, like kill -9) at ``at``."""
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from warta.search import index\n"
        f"{at} = lambda *args, **kwargs: os._exit(9)\n"
        "index.update_index(Path(sys.argv[1]), [Path(sys.argv[2])])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder), str(corpus)], capture_output=True, timeout=300
    )
    assert done.returncode == 9, done.stderr


def _seeds_but(tmp_path: Path, left_out: str) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    kept = tmp_path / left_out
    (corpus / left_out).rename(kept)
    return corpus, kept


def test_a_kill_between_the_whoosh_and_the_store_commits_leaves_no_duplicates(
    tmp_path: Path,
) -> None:
    corpus, kept = _seeds_but(tmp_path, f"{SAM}.txt")
    folder = tmp_path / "index"
    SearchService([corpus], folder).update()
    live = current_generation(folder)
    kept.rename(corpus / kept.name)
    _killed_update(corpus, folder, "index.Store.commit")
    service = SearchService([corpus], folder)
    report = service.update()
    assert not report.rebuilt and current_generation(folder) == live
    assert [hit.id for hit in service.search("altman", limit=50).hits].count(SAM) == 1
    assert service.search("musk", limit=50).total == report.articles == 5
    assert service.update().added == 0


def test_a_kill_before_the_entity_list_is_saved_rebuilds_it(tmp_path: Path) -> None:
    corpus, kept = _seeds_but(tmp_path, f"{SAM}.txt")
    folder = tmp_path / "index"
    SearchService([corpus], folder).update()
    kept.rename(corpus / kept.name)
    _killed_update(corpus, folder, "index._save_registry")
    service = SearchService([corpus], folder)
    assert not service.has_index(), "callers that build a missing index bring it up to date"
    report = service.update()
    assert (report.added, report.rebuilt) == (0, False)
    clean = SearchService([corpus], tmp_path / "clean")
    clean.update()
    assert service.entities() == clean.entities()
    assert len(service.search('entity:"Sam Altman"').hits) == 2
    assert service.articles_mentioning("sam_altman") == clean.articles_mentioning("sam_altman")


def test_a_reader_holding_the_store_makes_an_update_busy_not_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, kept = _seeds_but(tmp_path, f"{SAM}.txt")
    folder = tmp_path / "index"
    SearchService([corpus], folder).update()
    live = current_generation(folder)
    assert live is not None
    kept.rename(corpus / kept.name)
    monkeypatch.setattr(store_module, "BUSY_SECONDS", 0.2)
    reader = sqlite3.connect(live / store_module.STORE_FILE, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM files").fetchall()  # holds a shared lock
    try:
        with pytest.raises(IndexBusyError, match="another process"):
            SearchService([corpus], folder).update()
    finally:
        reader.close()
    assert current_generation(folder) == live, "no full rebuild"
    service = SearchService([corpus], folder)
    assert not service.update().rebuilt
    assert [hit.id for hit in service.search("altman", limit=50).hits].count(SAM) == 1
    assert service.search("musk", limit=50).total == 5


def killed_worker(task: object) -> object:
    """An extraction worker killed on the way, as the out-of-memory killer does."""
    os._exit(9)


def test_a_corpus_folder_given_relative_is_the_same_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A script that names the corpus ``corpus`` after a build from ``/…/corpus`` (or the
    other way round) updates nothing: it is not a corpus whose every file went and came."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    folder = tmp_path / "index"
    assert SearchService([corpus], folder).update().added == 5
    monkeypatch.chdir(tmp_path)
    report = SearchService([Path("corpus")], folder).update()
    assert (report.added, report.deleted, report.unchanged, report.rebuilt) == (0, 0, 5, False)
    report = index_module.update_index(Path("index"), [Path("./corpus")])
    assert (report.added, report.deleted, report.unchanged, report.rebuilt) == (0, 0, 5, False)


def test_a_killed_extraction_worker_fails_the_update_in_one_line_not_a_rebuild(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild needs the same workers for every article: it would be killed again, after
    far longer than the update."""
    corpus, kept = _seeds_but(tmp_path, f"{SAM}.txt")
    folder = tmp_path / "index"
    assert _cli(capsys, corpus, folder, "index")[0] == 0
    live = current_generation(folder)
    kept.rename(corpus / kept.name)
    monkeypatch.setattr(index_module, "PARALLEL_MIN_ARTICLES", 0)
    monkeypatch.setattr(index_module, "_extract_task", killed_worker)
    code, out, err = _cli(capsys, corpus, folder, "index")
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert "worker" in err and "unchanged" in err
    assert current_generation(folder) == live, "no full rebuild"
    monkeypatch.undo()
    assert _cli(capsys, corpus, folder, "index")[0] == 0
    code, out, _ = _cli(capsys, corpus, folder, "search", "altman")
    assert code == 0 and SAM in out


# -- §10 a full disk ----------------------------------------------------------------------------


def _no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _orphans(folder: Path) -> list[str]:
    """Segment files of the live generation that its table of contents does not name."""
    live = current_generation(folder)
    assert live is not None
    ix = index_module.open_generation(live)
    try:
        named = {segment.segment_id() for segment in ix._segments()}
    finally:
        ix.close()
    return [
        path.name
        for path in live.glob(f"{index_module.INDEX_NAME}_*.*")
        if path.name.split(".")[0] not in named
    ]


def test_a_full_disk_at_commit_gives_one_line_and_keeps_the_old_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from whoosh.writing import SegmentWriter

    folder = tmp_path / "index"
    assert _cli(capsys, SEEDS, folder, "index")[0] == 0
    live = current_generation(folder)
    monkeypatch.setattr(SegmentWriter, "_commit_toc", _no_space)
    code, _, err = _cli(capsys, SEEDS, folder, "index", "--rebuild")
    assert code == 2 and err.startswith("warta: ") and "No space left on device" in err
    assert len(err.splitlines()) == 1
    assert current_generation(folder) == live
    assert [path.name for path in folder.glob("gen-*")] == [live.name if live else ""]
    monkeypatch.undo()
    code, out, _ = _cli(capsys, SEEDS, folder, "search", "altman")
    assert code == 0 and SAM in out
    assert _cli(capsys, SEEDS, folder, "index", "--rebuild")[0] == 0


def test_a_full_disk_during_an_update_leaves_no_orphan_segments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from whoosh.writing import SegmentWriter

    corpus, kept = _seeds_but(tmp_path, f"{SAM}.txt")
    folder = tmp_path / "index"
    assert _cli(capsys, corpus, folder, "index")[0] == 0
    kept.rename(corpus / kept.name)
    monkeypatch.setattr(SegmentWriter, "_commit_toc", _no_space)
    code, _, err = _cli(capsys, corpus, folder, "index")
    assert code == 2 and "No space left on device" in err and len(err.splitlines()) == 1
    assert _orphans(folder) == [], "the failed segment must not keep the disk full"
    monkeypatch.undo()
    assert _cli(capsys, corpus, folder, "index")[0] == 0
    code, out, _ = _cli(capsys, corpus, folder, "search", "altman")
    assert code == 0 and SAM in out


def test_orphan_segments_left_by_a_crash_are_removed_by_the_next_update(tmp_path: Path) -> None:
    folder = tmp_path / "index"
    service = SearchService([SEEDS], folder)
    service.update()
    live = current_generation(folder)
    assert live is not None
    orphan = live / f"{index_module.INDEX_NAME}_zzzzorphan.pst"
    orphan.write_bytes(b"\0" * 100_000)
    assert service.update().unchanged == 5
    assert not orphan.exists()
    assert service.search("altman").hits[0].id == SAM


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB tmpfs inside tmp_path (needs root and mount; skipped otherwise)."""
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mountpoint)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", str(mountpoint)], check=True)


def test_a_real_full_disk_gives_one_line_and_a_rebuild_works_once_there_is_room(
    small_disk: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(40):  # distinct words: about 3 MiB of index
        words = " ".join(f"kata{number}x{word}" for word in range(600))
        (corpus / f"a{number:02d}.txt").write_text(f"Berita {number}\n\n{words}\n", "utf-8")
    folder = small_disk / "index"
    done = _warta(corpus, folder, "index")  # a child process: nothing stays open on the disk
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1
    assert "No space left on device" in done.stderr
    assert list(folder.glob("gen-*")) == [], "the half-built generation is removed"
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    assert _warta(corpus, folder, "index", "--rebuild").returncode == 0
    done = _warta(corpus, folder, "search", "kata7x5")
    assert done.returncode == 0 and "a07" in done.stdout


def test_only_what_could_not_be_read_keeps_its_articles() -> None:
    """A file is kept when it, or a folder above it, could not be read: not a neighbour
    whose name merely starts the same way."""
    keys = ["/c/a/1.txt", "/c/ab/2.txt", "/c/b/deep/3.txt", "/c/x.txt", "/c/y.txt"]
    unread = ["/c/a/", "/c/b", "/c/y.txt"]
    assert index_module.outside_unread(keys, unread) == ["/c/ab/2.txt", "/c/x.txt"]
    assert index_module.outside_unread(keys, []) == keys


def test_many_unreadable_folders_cost_time_linear_in_the_files() -> None:
    """Thousands of folders refusing to be listed (one per article) must not make an
    update compare every file with every folder."""

    def case(count: int) -> tuple[list[str], list[str]]:
        keys = [f"/corpus/gone-{n}/a.txt" for n in range(count)]
        return keys, [f"/corpus/locked-{n}" for n in range(count)]

    small, large = case(2_000), case(8_000)
    ratio = growth(
        lambda: index_module.outside_unread(*small), lambda: index_module.outside_unread(*large)
    )
    assert ratio < 8, f"4x the files and folders took {ratio:.1f}x the time"
