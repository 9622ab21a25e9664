"""Index build, incremental update, rebuild and swap: what a user sees after each step."""

from __future__ import annotations

import functools
import multiprocessing
import os
import signal
import threading
from pathlib import Path

import pytest
from warta.search import index as index_module
from warta.search.errors import IndexBusyError, UpdateCancelled
from warta.search.index import CURRENT_FILE, IndexLock, current_generation
from warta.search.service import SearchService


def _ids(service: SearchService, query: str) -> set[str]:
    return {hit.id for hit in service.search(query, limit=50).hits}


def test_first_build_indexes_every_seed(corpus: Path, tmp_path: Path) -> None:
    service = SearchService([corpus], tmp_path / "index")
    assert not service.has_index()
    report = service.update()
    assert service.has_index()
    assert (report.added, report.articles, report.rebuilt) == (5, 5, True)
    assert len(_ids(service, "musk")) == 5


def test_second_run_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    report = service.update()
    assert (report.added, report.changed, report.deleted, report.unchanged) == (0, 0, 0, 5)
    assert not report.rebuilt


def test_update_picks_up_added_changed_and_deleted_files(corpus: Path, tmp_path: Path) -> None:
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    (corpus / "baru.txt").write_text("Harga cabai melonjak\n\nHarga cabai rawit naik.\n", "utf-8")
    changed = corpus / "003_1e43ee1f4da0086e.txt"
    changed.write_text("Grok diperbarui\n\nKabar tentang durian montong.\n", "utf-8")
    os.utime(changed, ns=(1, 1))  # a different mtime even on coarse file systems
    (corpus / "004_5a1b6cf5f990128b.txt").unlink()

    report = service.update()

    assert (report.added, report.changed, report.deleted, report.unchanged) == (1, 1, 1, 3)
    assert report.articles == 5
    assert _ids(service, "cabai") == {"baru"}
    assert _ids(service, "durian") == {"003_1e43ee1f4da0086e"}
    assert "003_1e43ee1f4da0086e" not in _ids(service, "kolaboratif")
    assert service.article("004_5a1b6cf5f990128b") is None


def test_rebuild_swaps_generation_and_keeps_results(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "index"
    service = SearchService([corpus], folder)
    service.update()
    before = current_generation(folder)
    report = service.update(rebuild=True)
    after = current_generation(folder)
    assert report.rebuilt and before != after
    assert before is not None and not before.exists(), "the old generation is cleaned up"
    assert len(_ids(service, "musk")) == 5


def test_failed_rebuild_leaves_the_old_index_serving(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "index"
    service = SearchService([corpus], folder)
    service.update()
    live = current_generation(folder)

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed half-way")

    monkeypatch.setattr(index_module.Store, "put_article", crash)
    with pytest.raises(RuntimeError):
        service.update(rebuild=True)
    assert current_generation(folder) == live
    assert [p.name for p in folder.glob("gen-*")] == [live.name if live else ""]
    assert len(_ids(service, "musk")) == 5


def test_version_change_triggers_a_rebuild(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    monkeypatch.setattr(index_module, "FORMAT_VERSION", "older-or-newer")
    report = service.update()
    assert report.rebuilt and report.articles == 5


def _fake_extractor(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """The extractor's files as two copies in ``folder``, so a test may edit them."""
    folder.mkdir()
    for name, text in (("linking.py", "rules = 1\n"), ("model.crfsuite", "weights\n")):
        (folder / name).write_text(text, "utf-8")
    monkeypatch.setattr(index_module, "_extractor_files", lambda: sorted(folder.iterdir()))
    # Fresh caches for this test, dropped with the patch: what they hold of the fake files
    # must not be what later tests find.
    for name in ("extractor_signature", "_extractor_digest"):
        original = getattr(index_module, name)
        fresh = functools.lru_cache(maxsize=1)(original.__wrapped__)
        monkeypatch.setattr(index_module, name, fresh)
    return folder


def _forget_extractor_checks() -> None:
    """What a new process starts with: nothing about the extractor's files cached."""
    index_module.extractor_signature.cache_clear()
    index_module._extractor_digest.cache_clear()


def test_checking_an_index_does_not_read_the_extractor_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cold ``warta search`` spent ~0.2 s hashing the extractor's code and model."""
    _fake_extractor(monkeypatch, tmp_path / "extractor")
    SearchService([corpus], tmp_path / "index").update()
    _forget_extractor_checks()
    read: list[Path] = []
    original = Path.read_bytes

    def counted(path: Path) -> bytes:
        read.append(path)
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", counted)
    assert SearchService([corpus], tmp_path / "index").has_index()
    assert not [path for path in read if path.parent.name in {"extractor", "entities"}]


def test_a_new_extractor_still_makes_the_index_stale(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extractor = _fake_extractor(monkeypatch, tmp_path / "extractor")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    (extractor / "linking.py").write_text("rules = 2\n", "utf-8")
    os.utime(extractor / "linking.py", ns=(1, 1))
    _forget_extractor_checks()
    assert not service.has_index()
    assert service.update().rebuilt


def test_the_same_extractor_with_new_file_times_keeps_the_index(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reinstall copies the files anew: the index stays, and is not rebuilt."""
    extractor = _fake_extractor(monkeypatch, tmp_path / "extractor")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    os.utime(extractor / "model.crfsuite", ns=(1, 1))
    _forget_extractor_checks()
    assert service.has_index()
    assert not service.update().rebuilt


def test_damaged_current_pointer_gives_a_rebuild(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "index"
    service = SearchService([corpus], folder)
    service.update()
    (folder / CURRENT_FILE).write_text("gen-does-not-exist", "utf-8")
    assert not service.has_index()
    assert service.update().rebuilt
    assert len(_ids(service, "musk")) == 5


def test_second_writer_is_told_the_index_is_busy(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "index"
    folder.mkdir()
    holding = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with IndexLock(folder, timeout=0):
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(10)
    try:
        with pytest.raises(IndexBusyError, match="another warta process"):
            index_module.update_index(folder, [corpus], lock_timeout=0)
    finally:
        release.set()
        holder.join()


def test_search_without_index_says_so(tmp_path: Path, corpus: Path) -> None:
    result = SearchService([corpus], tmp_path / "nothing").search("musk")
    assert result.error is not None and "warta index" in result.error
    assert result.hits == ()


def test_missing_corpus_folder_is_a_clear_error(tmp_path: Path) -> None:
    service = SearchService([tmp_path / "absent"], tmp_path / "index")
    with pytest.raises(index_module.WartaError, match="corpus folder not found"):
        service.update()
    assert not service.has_index()


def test_editing_the_user_entities_file_rebuilds_on_next_update(
    corpus: Path, tmp_path: Path
) -> None:
    user_file = tmp_path / "entities.json"
    service = SearchService([corpus], tmp_path / "index", entities_file=user_file)
    service.update()
    assert service.entity("Penn Raya") is None
    user_file.write_text(
        '{"entities": [{"name": "Penn Raya", "kind": "person", "aliases": ["Mark Penn"]}]}',
        "utf-8",
    )
    assert service.has_index(), "searches keep using the index until the next update"
    report = service.update()
    assert report.rebuilt
    entity = service.entity("Mark Penn")
    assert entity is not None and entity.name == "Penn Raya"
    assert not service.update().rebuilt


def test_an_extractor_failure_costs_one_article_its_entities_not_the_build(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import warta.search.entities

    real = warta.search.entities.extract_mentions

    def fragile(title: str, body: str, gazetteer: object = None) -> list[object]:
        if "Grok Dibuka" in title:
            raise IndexError("tuple index out of range")
        return real(title, body, gazetteer)  # type: ignore[arg-type]

    monkeypatch.setattr(warta.search.entities, "extract_mentions", fragile)
    service = SearchService([corpus], tmp_path / "index")
    report = service.update()
    assert report.articles == 5
    assert any("003_1e43ee1f4da0086e" in str(w.message) for w in report.warnings)
    assert service.article_mentions("003_1e43ee1f4da0086e") == []
    assert service.article_mentions("002_c0de79780e8f4f90")
    assert "003_1e43ee1f4da0086e" in {hit.id for hit in service.search("grok").hits}


def test_entities_added_by_another_process_are_seen_without_restarting(
    corpus: Path, tmp_path: Path
) -> None:
    reader = SearchService([corpus], tmp_path / "index")
    writer = SearchService([corpus], tmp_path / "index")
    writer.update()
    assert reader.entity("Joko Widodo") is None
    (corpus / "jokowi.txt").write_text(
        "Presiden Joko Widodo meresmikan bendungan\n\n"
        "Presiden Joko Widodo meresmikan bendungan di Jawa Tengah pada Senin.\n",
        "utf-8",
    )
    assert not writer.update().rebuilt
    entity = reader.entity("Joko Widodo")
    assert entity is not None and entity.kind == "person"


def test_entity_counts_after_updates_match_a_fresh_build(corpus: Path, tmp_path: Path) -> None:
    # Updates count mentions in and out of the store instead of recounting the archive;
    # the entity list must come out as a rebuild from scratch would give it.
    updated = SearchService([corpus], tmp_path / "updated")
    updated.update()
    (corpus / "baru.txt").write_text(
        "Elon Musk di Jakarta\n\nElon Musk bertemu Sam Altman di Jakarta. Musk tertawa.\n", "utf-8"
    )
    (corpus / "004_5a1b6cf5f990128b.txt").unlink()
    changed = corpus / "003_1e43ee1f4da0086e.txt"
    changed.write_text("Grok diperbarui\n\nxAI milik Elon Musk merilis Grok.\n", "utf-8")
    os.utime(changed, ns=(1, 1))
    updated.update()

    fresh = SearchService([corpus], tmp_path / "fresh")
    fresh.update()

    def counts(service: SearchService) -> list[tuple[str, str, int, int]]:
        return sorted((e.id, e.kind, e.articles, e.mentions) for e in service.entities())

    assert counts(updated) == counts(fresh)
    musk = fresh.entity("elon_musk")
    assert musk is not None and musk.articles == 5


def test_a_parallel_build_with_fresh_workers_finds_the_same_entities(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Large builds extract in worker processes that are replaced every WORKER_TASKS tasks;
    # here every article gets its own task and every task a fresh worker.
    single = SearchService([corpus], tmp_path / "single")
    single.update()
    monkeypatch.setattr(index_module, "PARALLEL_MIN_ARTICLES", 0)
    monkeypatch.setattr(index_module, "BATCH_ARTICLES", 1)
    monkeypatch.setattr(index_module, "WORKER_TASKS", 1)
    parallel = SearchService([corpus], tmp_path / "parallel")
    report = parallel.update()

    assert report.articles == 5 and not report.warnings
    assert [(e.id, e.mentions) for e in parallel.entities()] == [
        (e.id, e.mentions) for e in single.entities()
    ]
    assert parallel.entity("Elon Musk") is not None


def test_a_cancelled_build_stops_its_workers_and_keeps_the_index(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting the explorer during a build cancels it: the extraction workers are stopped
    at once (waiting for every queued batch made quitting take 21 s at 3,000 articles) and
    the index stays the one that served."""
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    live = current_generation(tmp_path / "index")
    before = sorted((tmp_path / "index").iterdir())
    monkeypatch.setattr(index_module, "PARALLEL_MIN_ARTICLES", 0)
    monkeypatch.setattr(index_module, "BATCH_ARTICLES", 1)
    workers: list[multiprocessing.process.BaseProcess] = []

    def quit_now(done: int, total: int) -> None:
        workers.extend(multiprocessing.active_children())
        raise UpdateCancelled

    with pytest.raises(UpdateCancelled):
        service.update(rebuild=True, progress=quit_now)

    assert workers and all(w.exitcode == -signal.SIGTERM for w in workers)
    assert current_generation(tmp_path / "index") == live
    assert sorted((tmp_path / "index").iterdir()) == before
    assert _ids(service, "altman")


def test_entity_mentions_come_newest_first_across_merged_keys(corpus: Path, tmp_path: Path) -> None:
    # "Musk" alone is its own key in this article and is merged into Elon Musk corpus-wide;
    # the entity view reads each key's newest mentions from an index and merges them.
    (corpus / "baru.jsonl").write_text(
        '{"id": "musk-2024", "title": "Musk tertawa lagi", "date": "2024-05-01",'
        ' "text": "Musk tertawa. Kata Musk, semua baik-baik saja."}\n',
        "utf-8",
    )
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    every = service.mentions("elon_musk")
    first = service.mentions("elon_musk", limit=4)

    assert [m.article for m in first[:3]] == ["musk-2024"] * 3
    assert [(m.field, m.start) for m in first[:3]] == [("title", 0), ("body", 0), ("body", 19)]
    assert first == every[:4]
    dated = [m.date for m in every if m.date]
    assert dated == sorted(dated, reverse=True) and len(dated) < len(every)
    assert all(m.date is None for m in every[len(dated) :])


def test_notices_read_back_translatable_and_from_an_older_index() -> None:
    """An article's notices are stored as template and values, so that the explorer can say
    them in Indonesian; an index written before that holds English lines, still shown."""
    from warta.search.errors import Message
    from warta.search.index import article_from_fields

    notice = Message.of("{count} paragraphs after “{line}” left out", count=2, line="Komentar")
    article = index_module.Article(id="a", title="Judul", body="Isi.", notices=(notice,))
    document = index_module.article_fields(article, "a.txt", [])
    read = article_from_fields({"id": "a", "notices": document["notices"]})
    assert read.notices == (notice,)
    assert read.notices[0].translated(lambda _: "{count} paragraf setelah “{line}”") == (
        "2 paragraf setelah “Komentar”"
    )
    older = article_from_fields({"id": "a", "notices": ["date '12/3' is not an ISO date; ignored"]})
    assert [str(n) for n in older.notices] == ["date '12/3' is not an ISO date; ignored"]
