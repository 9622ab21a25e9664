"""The results pane: every hit drawn whole and reachable, however many a search finds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from textual.css.styles import RulesMap
from warta.search.model import Hit, Snippet
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.widgets.results import HitPrompt, ResultsList, hit_prompt

from .test_tui_flows import search, settle


def visible_text(results: ResultsList) -> list[str]:
    """What the results pane shows, one string per screen line."""
    return [
        "".join(segment.text for segment in results.render_line(y)).strip()
        for y in range(results.size.height)
    ]


def test_a_hit_takes_as_many_lines_as_its_wrapped_text_at_every_width(
    seeds_service: SearchService,
) -> None:
    """A hit measured short would lose its last lines under the next hit; measured tall,
    it would leave blank lines. The measure must be what drawing the prompt gives."""
    hits = list(seeds_service.search("musk openai").hits)
    hits.append(
        Hit(
            id="odd",
            title="Sebuah-judul-yang-sangat-panjang-tanpa-spasi-sama-sekali 東京の天気 ok",
            source="KOMPAS.COM",
            date=dt.date(2023, 4, 2),
            snippet=Snippet("kata  dengan   spasi ganda\tdan tab " * 5, ((0, 4),)),
            score=1.0,
        )
    )
    for hit in hits:
        drawn = hit_prompt(hit)
        for width in range(1, 90):
            assert HitPrompt(hit).get_height(RulesMap(), width) == drawn.get_height(
                RulesMap(), width
            ), (hit.title, width)


async def test_the_first_hits_title_shows_whole_at_80_columns(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await search(pilot, "musk openai")
        title = screen.results.hits[0].title
        assert title
        shown = " ".join(visible_text(screen.results)).split()
        words = title.split()
        assert shown[: len(words)] == words


@pytest.fixture()
def two_hundred_articles(tmp_path: Path) -> SearchService:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [
        json.dumps(
            {"id": f"a{number:03}", "title": f"Banjir nomor {number}", "text": "Banjir lagi."}
        )
        for number in range(200)
    ]
    (corpus / "many.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    return service


async def test_with_200_hits_every_hit_is_reached_and_shown(
    two_hundred_articles: SearchService,
) -> None:
    app = WartaApp(two_hundred_articles)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await search(pilot, "banjir")
        results = screen.results
        for _ in range(49):  # one by one to the end of the first page
            await pilot.press("j")
        assert results.highlighted == 49
        assert results.hits[49].title in visible_text(results)
        for _ in range(8):  # G goes to the last hit, G again there loads 50 more
            await pilot.press("G")
            await settle(pilot)
        assert len(results.hits) == results.total == 200
        assert results.option_count == 200
        assert results.highlighted == 199
        last = results.highlighted_hit
        assert last is not None
        assert last.title in visible_text(results)
        await pilot.press("k")
        await pilot.pause()
        before_last = results.highlighted_hit
        assert before_last is not None and before_last.title in visible_text(results)
    two_hundred_articles.close()


async def test_a_name_typed_alone_offers_every_article_naming_its_entity_on_tab(
    named_two_ways: SearchService,
) -> None:
    """The status line says when more articles name the person typed than have the word,
    and Tab in the search bar searches them, as it takes a "did you mean"."""
    app = WartaApp(named_two_ways)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await search(pilot, "jokowi")
        assert screen.results.total == 2
        assert "Tab: 3 articles name Joko Widodo" in str(screen.results.status())
        await pilot.press("ctrl+l", "tab")  # back in the search bar, as after typing
        await settle(pilot)
        assert screen.search_bar.value == "entity:joko_widodo"
        assert screen.results.total == 3
