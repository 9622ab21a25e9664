"""Mentions as the entity view and `warta mentions` show them: once each, marked whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from warta.search.service import SearchService


def test_an_untitled_article_names_each_entity_once_where_its_body_does(
    tmp_path: Path,
) -> None:
    """The title derived from the opening sentence repeated that sentence's names: the
    entity view listed the opening twice and counted each of its names twice."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = (
        "Presiden Joko Widodo meresmikan bendungan baru di Kabupaten Bogor pada Senin.\n\n"
        "Bendungan itu menampung air untuk sawah di sekitarnya."
    )
    (corpus / "arsip.jsonl").write_text(json.dumps({"id": "a1", "text": body}) + "\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    try:
        service.update()
        article = service.article("a1")
        assert article is not None and article.title_derived
        mentions = service.article_mentions("a1")
        assert mentions and all(mention.field == "body" for mention in mentions)
        entity = service.entity("Joko Widodo")
        assert entity is not None
        assert len(service.mentions(entity.id)) == 1
    finally:
        service.close()


def test_a_mention_written_with_a_run_of_spaces_is_marked_whole_in_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line shows the run as one space: the mark ran two characters past the name
    (``Gubernur [DKI Jakarta D]jarot``) in `warta mentions` and the entity view."""
    from warta.tui.cli import main
    from warta.tui.widgets.entity_view import kwic_prompt

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = "Gubernur DKI   Jakarta Djarot Saiful Hidayat meninjau banjir di Kampung Melayu."
    (corpus / "banjir.txt").write_text(f"Banjir\n\n{body}\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    try:
        service.update()
        (mention,) = service.mentions("jakarta")
    finally:
        service.close()
    assert mention.context[mention.context_start : mention.context_end] == "DKI Jakarta"
    shown = kwic_prompt(mention)
    assert [shown.plain[span.start : span.end] for span in shown.spans] == ["DKI Jakarta"]

    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    argv = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*argv, "mentions", "Jakarta"]) == 0
    assert "\x1b[1;7mDKI Jakarta\x1b[0m Djarot" in capsys.readouterr().out
