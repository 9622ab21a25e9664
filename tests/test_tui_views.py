"""The investigation views in the explorer: who is named with whom, and more like this."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.i18n import set_language
from warta.tui.screens.main import MainScreen
from warta.tui.screens.views import (
    CoverageOverTime,
    MoreLikeThis,
    RelatedEntities,
    SharedSentences,
)
from warta.tui.screens.workspace import PickList

from tests.test_tui_flows import SIZE, open_first_result, search, settle
from tests.test_tui_snapshots import TODAY, open_and_select


def prompt_of(listing: PickList[Any], index: int) -> str:
    return str(listing.option_list.get_option_at_index(index).prompt)


async def open_entity_view(pilot: Pilot[None], entity_id: str) -> MainScreen:
    """Open the first article about ``entity_id``, Tab to its mention, and press ``e``."""
    screen = await open_first_result(pilot, "musk")
    for _ in range(len(screen.reader.document.links) if screen.reader.document else 0):
        await pilot.press("tab")
        link = screen.reader.current_link
        if link is not None and screen.service.entity(link.mention.key).id == entity_id:
            break
    await pilot.press("e")
    await settle(pilot)
    assert screen.showing_entity and screen.entity_view.entity.id == entity_id
    return screen


async def test_named_with_lists_partners_ranked_then_their_sentences_then_the_article(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    related = seeds_service.related_entities("elon_musk")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_entity_view(pilot, "elon_musk")
        await pilot.press("r")
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, RelatedEntities)
        # Ranked as `warta related-entities` ranks them, with both counts.
        assert [row.entity.id for row in listing.rows] == [row.entity.id for row in related]
        first = prompt_of(listing, 0)
        assert related[0].entity.name in first
        assert f"{related[0].sentences} sentences" in first
        assert "Elon Musk" in str(listing.query_one(".heading").render())

        await pilot.press("enter")
        await settle(pilot)
        sentences = app.screen
        assert isinstance(sentences, SharedSentences)
        shared = seeds_service.shared_sentences("elon_musk", related[0].entity.id, limit=500)
        assert [row.text for row in sentences.rows] == [row.text for row in shared]

        await pilot.press("escape")  # back to the partners, to choose another
        await settle(pilot)
        assert app.screen is listing
        await pilot.press("enter", "enter")
        await settle(pilot)

        # The article opens at that sentence, its mention selected.
        assert app.screen is screen and not screen.showing_entity
        assert screen.reader.document.article.id == shared[0].article
        link = screen.reader.current_link
        assert link is not None and shared[0].start <= link.mention.start < shared[0].end
        named = seeds_service.entity(link.mention.key)
        assert named is not None and named.id in {"elon_musk", related[0].entity.id}

        await pilot.press("backspace")  # Back returns to the entity view
        await settle(pilot)
        assert screen.showing_entity and screen.entity_view.entity.id == "elon_musk"


async def test_named_with_from_the_sidebar_lists_the_sidebars_entity(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("f4", "down")
        await settle(pilot)
        key = screen.sidebar.highlighted_key
        assert key is not None
        await pilot.press("r")
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, RelatedEntities)
        name = seeds_service.entity(key).name
        assert name in str(listing.query_one(".heading").render())


async def test_named_with_needs_a_selected_entity(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("r")
        await settle(pilot)
        assert app.screen is screen
        assert any("Select a mention first" in str(n.message) for n in app._notifications)


async def test_more_like_this_lists_copies_then_like_articles_and_back_returns(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        opened = screen.reader.document.article.id
        like = [hit.id for hit in seeds_service.more_like(opened, limit=20) or []]
        copies = seeds_service.story_copies(opened)
        await pilot.press("m")
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, MoreLikeThis)
        shown = [row.article for row in listing.rows]
        assert shown == copies + [id for id in like if id not in {opened, *copies}]
        assert shown, "the seeds have articles like the first about Musk"

        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.screen is screen
        assert screen.reader.document.article.id == shown[min(1, len(shown) - 1)]

        await pilot.press("backspace")
        await settle(pilot)
        assert screen.reader.document.article.id == opened


async def test_views_speak_indonesian(seeds_service: SearchService, tmp_path: Path) -> None:
    set_language("id")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "musk")
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MoreLikeThis)
        assert "Artikel serupa" in str(app.screen.query_one(".heading").render())
        assert "Enter: buka" in str(app.screen.query_one(".hint").render())


def test_named_with_snapshot_at_80x24(
    snap_compare, seeds_service: SearchService, tmp_path: Path
) -> None:
    async def open_named_with(pilot: Pilot[None]) -> None:
        await open_and_select(pilot)
        await pilot.press("enter", "r")  # the entity view of the mention, then its partners
        await settle(pilot)
        pilot.app.screen.query_one("#filter", Input).cursor_blink = False  # a steady cursor
        await pilot.pause()

    app = WartaApp(seeds_service, initial_query="musk openai", today=TODAY, data_folder=tmp_path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_named_with)


async def open_coverage(pilot: Pilot[None], query: str) -> tuple[MainScreen, CoverageOverTime]:
    """Search for ``query``, then T: the screen and the coverage list over it."""
    screen = await search(pilot, query)
    await pilot.press("T")
    await settle(pilot)
    listing = pilot.app.screen
    assert isinstance(listing, CoverageOverTime)
    return screen, listing


async def test_coverage_over_time_lists_months_and_enter_narrows_the_search_to_one(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    coverage = seeds_service.timeline("musk", "month")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen, listing = await open_coverage(pilot, "musk")
        assert listing.rows == list(coverage.periods)
        heading = str(listing.query_one(".heading").render())
        assert f"{coverage.total} articles" in heading
        assert f"undated: {coverage.undated}" in heading
        last = coverage.periods[-1]
        assert "Apr 2023" in prompt_of(listing, len(coverage.periods) - 1)
        assert last.start == dt.date(2023, 4, 1) and last.articles

        await pilot.press(*["down"] * (len(coverage.periods) - 1), "enter")
        await settle(pilot)
        assert app.screen is screen
        narrowed = "(musk) date:[2023-04-01 TO 2023-04-30]"
        assert screen.search_bar.value == narrowed
        assert [hit.date.month for hit in screen.results.hits] == [4] * last.articles

        await pilot.press("backspace")  # Back: the whole search again
        await settle(pilot)
        assert screen.search_bar.value == "musk"


async def test_a_long_list_heading_wraps_at_80x24_in_indonesian(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """The coverage heading ends with the undated count: cut at 80 columns, it was lost."""
    from textual.geometry import Region

    coverage = seeds_service.timeline("musk", "month")
    set_language("id")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        _, listing = await open_coverage(pilot, "musk")
        heading = listing.query_one(".heading")
        dialog = listing.query_one(".dialog")
        assert heading.region.right <= dialog.content_region.right  # not clipped
        lines = heading.render_lines(Region(0, 0, *heading.size))
        shown = " ".join(" ".join(line.text for line in lines).split())
        assert shown.endswith(f"tanpa tanggal: {coverage.undated}"), shown
        assert shown.startswith("Liputan dari waktu ke waktu · musk")


async def test_coverage_over_time_counts_by_week_then_day_and_narrows_to_that_period(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    by_week = seeds_service.timeline("musk", "week")
    by_day = seeds_service.timeline("musk", "day")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen, listing = await open_coverage(pilot, "musk")
        assert "^b: day, week or month" in str(listing.query_one(".hint").render())

        await pilot.press("ctrl+b")
        await settle(pilot)
        assert listing.rows == list(by_week.periods)
        assert "by week" in str(listing.query_one(".heading").render())
        assert prompt_of(listing, 0).startswith("week of ")

        await pilot.press("ctrl+b")
        await settle(pilot)
        first, _gap, last = listing.rows
        assert (first, last) == (by_day.periods[0], by_day.periods[-1])
        await pilot.press("down", "enter")  # over the line of empty days
        await settle(pilot)
        assert app.screen is screen
        day = last.start.isoformat()
        assert screen.search_bar.value == f"(musk) date:[{day} TO {day}]"
        assert [hit.date for hit in screen.results.hits] == [last.start] * last.articles


async def test_coverage_by_day_lists_a_run_of_empty_days_as_one_line(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """By day, the two musk articles three weeks apart were listed as 21 days, 19 of them
    empty, and the cursor stopped on each: they are one line it passes over."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        _, listing = await open_coverage(pilot, "musk")
        await pilot.press("ctrl+b", "ctrl+b")
        await settle(pilot)
        assert "by day" in str(listing.query_one(".heading").render())
        assert listing.option_list.option_count == 3
        assert prompt_of(listing, 0).startswith("Mar 26, 2023")
        assert "19 days without articles" in prompt_of(listing, 1)
        assert prompt_of(listing, 2).startswith("Apr 15, 2023")
        await pilot.press("down")
        assert listing.option_list.highlighted == 2


async def test_a_list_that_cannot_load_says_why_in_a_notice(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        opened: list[object] = []
        listing = RelatedEntities(screen.workspace, seeds_service, opened.append, "no_such_name")
        await app.push_screen(listing)
        await settle(pilot)
        notices = [str(notice.message) for notice in app._notifications]
        assert "That entity is no longer in the index." in notices
        assert listing.rows == [] and opened == []


async def test_a_list_with_nothing_in_it_offers_no_filter(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """ "Type to filter" stood above "No entity is named with it...": there was nothing to
    filter. A list with rows keeps its filter."""
    lonely = next(e for e in seeds_service.entities() if not seeds_service.related_entities(e.id))
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        for key, rows in ((lonely.id, False), ("elon_musk", True)):
            listing = RelatedEntities(screen.workspace, seeds_service, [].append, key)
            await app.push_screen(listing)
            await settle(pilot)
            assert bool(listing.rows) is rows
            assert listing.query_one("#filter", Input).display is rows
            if not rows:
                assert "No entity is named with it" in prompt_of(listing, 0)
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is screen


async def test_a_title_naming_both_is_listed_once(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    shared = seeds_service.shared_sentences("elon_musk", "sam_altman")
    in_title = next(row for row in shared if row.field == "title")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        musk, altman = seeds_service.entity("elon_musk"), seeds_service.entity("sam_altman")
        assert musk is not None and altman is not None
        await app.push_screen(
            SharedSentences(screen.workspace, seeds_service, [].append, musk, altman)
        )
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, SharedSentences)
        shown = prompt_of(listing, listing.rows.index(in_title))
        assert shown.count(in_title.title) == 1 and "\n" not in shown


def _steady_filter(pilot: Pilot[None]) -> None:
    """A list's filter cursor that does not blink, for a snapshot."""
    pilot.app.screen.query_one("#filter", Input).cursor_blink = False


def test_sentences_naming_both_snapshot_at_80x24(
    snap_compare, seeds_service: SearchService, tmp_path: Path
) -> None:
    async def open_shared_sentences(pilot: Pilot[None]) -> None:
        await open_and_select(pilot)
        await pilot.press("enter", "r")  # the entity view of the mention, then its partners
        await settle(pilot)
        await pilot.press("enter")  # the sentences naming it and its first partner
        await settle(pilot)
        _steady_filter(pilot)
        await pilot.pause()

    app = WartaApp(seeds_service, initial_query="musk openai", today=TODAY, data_folder=tmp_path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_shared_sentences)


def test_coverage_over_time_snapshot_at_80x24_in_indonesian(
    snap_compare, seeds_service: SearchService, tmp_path: Path
) -> None:
    async def open_timeline(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        _steady_filter(pilot)
        await pilot.pause()

    set_language("id")
    app = WartaApp(seeds_service, initial_query="musk", today=TODAY, data_folder=tmp_path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_timeline)


def test_more_like_this_snapshot_at_80x24(
    snap_compare, seeds_service: SearchService, tmp_path: Path
) -> None:
    async def open_like(pilot: Pilot[None]) -> None:
        await open_and_select(pilot)
        await pilot.press("m")
        await settle(pilot)
        _steady_filter(pilot)
        await pilot.pause()

    app = WartaApp(seeds_service, initial_query="musk openai", today=TODAY, data_folder=tmp_path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_like)
