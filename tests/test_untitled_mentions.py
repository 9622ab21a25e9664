"""An untitled article's title is its opening words: its names are mentioned once."""

from __future__ import annotations

import json
from pathlib import Path

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
