"""Round 23's wrong links and kinds (issue #14), found auditing 1,000 IndoSum articles:
a publication or a racing team read as a person, a venue named after an officer read as
the officer, an acronym the article defines linked to a known body of the same letters,
two names of one person joined by ``alias`` left apart."""

from __future__ import annotations

from pathlib import Path

from warta.search.service import SearchService


def _service(tmp_path: Path, articles: dict[str, str]) -> SearchService:
    """An index of ``articles`` (file name -> title and body), built."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in articles.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    return service


def _kinds(service: SearchService, name: str) -> set[str]:
    """The kinds of the entities named ``name``."""
    return {entity.kind for entity in service.entities() if entity.name == name}


def test_a_magazine_and_a_racing_team_are_organisations(tmp_path: Path) -> None:
    # "majalah France Football" and "tim Prema Racing" were persons, "Majalah Autocar" a place.
    service = _service(
        tmp_path,
        {
            "bola": "Pemain terbaik\n\nKante meraih 92 suara dalam pemilihan yang digelar "
            "majalah France Football. France Football mengumumkan hasilnya Senin malam.\n",
            "balap": "Insiden lap pertama\n\nSean tersingkir setelah ditabrak pebalap tim "
            "Prema Racing, Charles Leclerc, di tikungan ke - 19.\n",
        },
    )
    assert _kinds(service, "France Football") == {"organisation"}
    assert _kinds(service, "Prema Racing") == {"organisation"}
