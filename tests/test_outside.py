"""``O`` keeps what the editor saved (B26): the article's own file when it is one, else a
copy kept in warta's data folder, and warta says where. ``o`` reads a temporary copy."""

from __future__ import annotations

import json
import os
from contextlib import nullcontext
from pathlib import Path

import pytest
from warta.search.model import Article
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.outside import copy_name, edits_folder, for_editor, for_pager

from .test_tui_flows import SIZE, open_first_result

PLAIN = "Judul\n\nIsi artikel."


def article(path: Path, article_id: str = "a1") -> Article:
    return Article(id=article_id, title="Judul", body="Isi artikel.", path=str(path))


def save(path: Path, text: str) -> None:
    """What an editor does on save: new content, new modification time."""
    path.write_text(text, "utf-8")
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))


def test_a_whole_file_article_is_edited_in_place(tmp_path: Path) -> None:
    source = tmp_path / "corpus" / "berita.txt"
    source.parent.mkdir()
    source.write_text("Judul\n\nIsi artikel.\n", "utf-8")
    handover = for_editor(article(source), PLAIN, tmp_path / "edits")
    assert handover.path == source and handover.in_place
    assert not (tmp_path / "edits").exists(), "no copy made"
    assert handover.finish() is None, "nothing saved, nothing said"
    save(source, "Judul\n\nIsi artikel, diperbaiki.\n")
    message = handover.finish()
    assert message is not None and str(source) in message and "F5" in message


def test_a_jsonl_article_is_edited_in_a_kept_copy(tmp_path: Path) -> None:
    source = tmp_path / "berita.jsonl"
    source.write_text(json.dumps({"id": "a1", "text": "Isi artikel."}) + "\n", "utf-8")
    folder = tmp_path / "edits"
    handover = for_editor(article(source), PLAIN, folder)
    assert not handover.in_place and handover.path.parent == folder
    assert handover.path.read_text("utf-8") == PLAIN + "\n"
    save(handover.path, "Isi artikel, dengan catatan saya.\n")
    message = handover.finish()
    assert message is not None and str(handover.path) in message
    assert handover.path.exists(), "the copy is kept"
    assert json.loads(source.read_text("utf-8"))["text"] == "Isi artikel.", "source untouched"

    again = for_editor(article(source), PLAIN, folder)
    assert again.path == handover.path
    assert again.path.read_text("utf-8") == "Isi artikel, dengan catatan saya.\n", (
        "an earlier copy is opened again, never overwritten"
    )


def test_a_missing_file_is_edited_in_a_copy(tmp_path: Path) -> None:
    assert not for_editor(article(tmp_path / "gone.txt"), PLAIN, tmp_path / "edits").in_place


def test_a_read_only_file_is_edited_in_a_copy(tmp_path: Path) -> None:
    source = tmp_path / "berita.txt"
    source.write_text("Isi.\n", "utf-8")
    source.chmod(0o444)
    if os.access(source, os.W_OK):
        pytest.skip("running as a user who may write read-only files (root)")
    assert not for_editor(article(source), PLAIN, tmp_path / "edits").in_place


def test_copy_names_are_safe_and_distinct() -> None:
    hostile = copy_name("../../etc/passwd")
    assert "/" not in hostile and not hostile.startswith(".")
    assert copy_name("a/b") != copy_name("a_b")
    assert copy_name("\x1b]0;x\x07").endswith(".txt")


def test_the_pager_copy_is_removed(tmp_path: Path) -> None:
    handover = for_pager(PLAIN, 80)
    assert handover.path.read_text("utf-8") == PLAIN + "\n"
    assert handover.finish() is None
    assert not handover.path.exists()


def test_the_edits_folder_is_in_wartas_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert edits_folder() == tmp_path / "data" / "warta" / "edits"


async def test_editing_a_jsonl_article_says_where_the_edits_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    record = {"id": "j1", "title": "Harga beras naik", "text": "Harga beras naik lagi di pasar."}
    (corpus / "berita.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    editor = tmp_path / "bin" / "editor"
    editor.parent.mkdir()
    editor.write_text('#!/bin/sh\necho "catatan saya" >> "$1"\n', "utf-8")
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(WartaApp, "suspend", lambda app: nullcontext())  # no terminal here
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "beras")
        await pilot.press("O")
        await pilot.pause()
        (copy,) = (tmp_path / "data" / "warta" / "edits").iterdir()
        assert copy.read_text("utf-8").endswith("catatan saya\n")
        notes = [str(note.message) for note in app._notifications]
        assert any(str(copy) in note for note in notes), notes
    service.close()


def test_warta_data_dir_moves_the_edits_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARTA_DATA_DIR", str(tmp_path / "mine"))
    assert edits_folder() == tmp_path / "mine" / "edits"
