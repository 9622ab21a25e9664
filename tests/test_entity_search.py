"""``entity:`` finds a user's entities whatever their ids look like."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from warta.search.service import SearchService

USER_ENTITIES = {
    "entities": [
        {"name": "Sawit Raya", "kind": "organisation", "aliases": ["Petani"], "id": "UPPER_ID"},
        {"name": "Kebun Lestari", "kind": "organisation", "id": "Bad Id With Spaces"},
    ]
}
ARTICLE = (
    "Kebun baru di Riau\n\n"
    "Sawit Raya membuka kebun baru di Riau bersama Kebun Lestari.\n"
    "Petani menyambut kabar itu dengan gembira.\n"
)
OTHER = "Hujan di Jakarta\n\nHujan deras turun di Jakarta sejak pagi.\n"


@pytest.fixture()
def user_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SearchService]:
    entities = tmp_path / "entities.json"
    entities.write_text(json.dumps(USER_ENTITIES), encoding="utf-8")
    monkeypatch.setenv("WARTA_ENTITIES", str(entities))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kebun.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "hujan.txt").write_text(OTHER, encoding="utf-8")
    service = SearchService.from_settings([str(corpus)], str(tmp_path / "index"))
    service.update()
    yield service
    service.close()


@pytest.mark.parametrize(
    "query",
    [
        'entity:"Sawit Raya"',
        "entity:Petani",
        "entity:UPPER_ID",
        "entity:upper_id",
        'entity:"Kebun Lestari"',
        'entity:"Bad Id With Spaces"',
    ],
)
def test_entity_search_finds_user_entities_by_name_alias_or_id(
    user_service: SearchService, query: str
) -> None:
    result = user_service.search(query)
    assert result.error is None
    assert [hit.id for hit in result.hits] == ["kebun"]


def test_a_name_typed_alone_offers_its_entity_when_more_articles_name_it(
    named_two_ways: SearchService,
) -> None:
    """``jokowi`` found the articles with that word, and nothing said that more name the
    same person in full: the entity is offered, as ``entity:ID``, which finds them all."""
    service = named_two_ways
    for typed in ("jokowi", "Jokowi", '"jokowi"', "joko widodo"):
        result = service.search(typed)
        named = service.entity_beyond_words(result)
        assert result.total == 2 and named is not None, typed
        assert (named.name, named.articles, named.query) == ("Joko Widodo", 3, "entity:joko_widodo")
        assert service.search(named.query).total == 3
    for typed in ("jokowi AND pasar", "entity:jokowi", "jembatan", "jokowi~", "title:jokowi"):
        assert service.entity_beyond_words(service.search(typed)) is None, typed
