"""Round 21's wrong links (issue #14): a first name alone is not the only person of the
corpus with that first name unless articles name that person in full far more often."""

from __future__ import annotations

from warta.search.entities import EntityRegistry, KeyStat, extract_mentions


def _person(key: str, name: str, articles: int, surface: str = "") -> KeyStat:
    return KeyStat(key, name, "person", surface or name, articles, articles * 2)


def test_a_first_name_alone_stays_apart_from_someone_rarely_named_in_full() -> None:
    # "Kata Rendra" in two articles about a village head; a painter Rendra Wiguna named in
    # full in two others: nothing says the village head is the painter.
    registry = EntityRegistry.build(
        [_person("rendra_wiguna", "Rendra Wiguna", 2), _person("rendra", "Rendra", 2)]
    )
    assert registry.resolve("rendra") == "rendra"
    assert registry.entity("rendra_wiguna").articles == 2  # type: ignore[union-attr]


def test_a_first_name_alone_stays_apart_though_another_article_called_them_so() -> None:
    # One article writes "Rendra Wiguna ... kata Rendra": linked there, yet elsewhere a
    # bare Rendra in two articles is still more likely another Rendra.
    registry = EntityRegistry.build(
        [
            _person("rendra_wiguna", "Rendra Wiguna", 2),
            _person("rendra_wiguna", "Rendra Wiguna", 0, surface="Rendra"),
            _person("rendra", "Rendra", 2),
        ]
    )
    assert registry.resolve("rendra") == "rendra"


def test_a_first_name_alone_joins_someone_named_in_full_in_many_articles() -> None:
    registry = EntityRegistry.build(
        [_person("arsene_wenger", "Arsene Wenger", 23), _person("arsene", "Arsene", 2)]
    )
    assert registry.resolve("arsene") == "arsene_wenger"


def test_a_surname_alone_still_joins_the_only_person_with_it() -> None:
    # Line-ups name players by surname: Lacazette in one article is Alexandre Lacazette.
    registry = EntityRegistry.build(
        [
            _person("alexandre_lacazette", "Alexandre Lacazette", 1),
            _person("lacazette", "Lacazette", 1),
        ]
    )
    assert registry.resolve("lacazette") == "alexandre_lacazette"


def test_a_club_named_before_its_manager_in_a_football_report_is_the_club() -> None:
    body = (
        "Manajer Liverpool Juergen Klopp menilai timnya layak menang. Klopp kecewa dengan "
        "gol yang dicetak lawan pada menit akhir pertandingan."
    )
    kinds = {m.key: m.kind for m in extract_mentions("Klopp kecewa", body)}
    assert kinds.get("liverpool_fc") == "organisation"
    assert "liverpool" not in kinds


def test_a_city_before_a_name_outside_football_stays_the_city() -> None:
    body = "Roker asal Liverpool Paul McCartney tampil dalam 37 konser tahun ini."
    kinds = {m.key: m.kind for m in extract_mentions("Konser", body)}
    assert "liverpool_fc" not in kinds
