"""What an entity said, in the explorer (#16): Q lists its quotes, newest first; Enter opens
the article at the quote; Ctrl+Y (c in the list) copies the quote with its citation."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.i18n import set_language
from warta.tui.keys import apply_keymap
from warta.tui.screens.views import EntityQuotes
from warta.tui.text import quotation
from warta.tui.widgets.reader import article_citation

from tests.test_tui_flows import SIZE, open_first_result, settle
from tests.test_tui_snapshots import TODAY, open_and_select
from tests.test_tui_views import open_entity_view, prompt_of


async def open_quotes(pilot: Pilot[None], entity_id: str) -> EntityQuotes:
    await open_entity_view(pilot, entity_id)
    await pilot.press("Q")
    await settle(pilot)
    listing = pilot.app.screen
    assert isinstance(listing, EntityQuotes)
    return listing


async def test_q_lists_what_the_entity_said_newest_first_and_enter_opens_it_there(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    said = seeds_service.quotes("sam_altman", 100)
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        screen = app.screen_stack[0]
        assert listing.rows == said and len(said) == 8
        assert "Quotes of Sam Altman" in str(listing.query_one(".heading").render())
        first = prompt_of(listing, 0)
        assert first.startswith("Mar 26, 2023")
        assert f"“{said[0].text}”" in first

        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.screen is screen and not screen.showing_entity
        assert screen.reader.document.article.id == said[1].article
        link = screen.reader.current_link
        assert link is not None and seeds_service.entity(link.mention.key).id == "sam_altman"
        # The speaker's mention nearest the quote ("Dia juga mengatakan bahwa ..." is
        # Altman's, named two sentences before).
        quote = said[1]

        def distance(start: int, end: int) -> int:
            return max(quote.start - end, start - quote.end, 0)

        mentions = seeds_service.article_mentions(quote.article)
        his = [m for m in mentions if m.field == "body" and m.key == "sam_altman"]
        nearest = min(distance(m.start, m.end) for m in his)
        assert distance(link.mention.start, link.mention.end) == nearest

        await pilot.press("backspace")  # Back returns to the entity view
        await settle(pilot)
        assert screen.showing_entity and screen.entity_view.entity.id == "sam_altman"


async def test_ctrl_y_copies_the_quote_with_its_citation_and_c_types_in_the_filter(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    said = seeds_service.quotes("sam_altman", 100)
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        await pilot.press("ctrl+y")
        await settle(pilot)
        article = seeds_service.article(said[0].article)
        assert article is not None
        assert app.clipboard == quotation(said[0].text, article_citation(article))
        assert any("Quote copied" in str(n.message) for n in app._notifications)

        await pilot.press("c")  # typed: the filter has the focus
        assert listing.query_one("#filter", Input).value == "c"
        await pilot.press("backspace", "tab", "down", "c")  # in the list, c copies
        await settle(pilot)
        article = seeds_service.article(said[1].article)
        assert article is not None
        assert app.clipboard == quotation(said[1].text, article_citation(article))


async def test_the_hint_names_the_copy_key_the_user_chose(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    assert apply_keymap(app, {"warta.quotes.copy": "f7,c"}) == []
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        hint = str(listing.query_one(".hint").render())
        assert "f7: copy with citation" in hint and "ctrl" not in hint.casefold()
        await pilot.press("f7")
        await settle(pilot)
        assert app.clipboard.startswith(quotation(listing.rows[0].text, "")[:20])


async def test_an_articles_quotes_are_listed_under_its_date_and_source_once(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Each of an article's quotes repeated "Mar 26, 2023 · TRIBUNMANADO.CO.ID" over it,
    which read as one more row; as the sentences naming two, the line heads the first."""
    said = seeds_service.quotes("sam_altman", 100)
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        assert said[0].article == said[1].article
        for index, (above, row) in enumerate(zip([None, *said], said, strict=False)):
            shown = prompt_of(listing, index)
            alone = above is not None and above.article == row.article
            # A reported quote is marked so, without quotation marks (round 26).
            assert shown.startswith(("  “", "  reported: ")) is alone, shown
        await pilot.press(*"frustrasi")  # the one row left heads itself
        await settle(pilot)
        # The heading names the title too since round 28.
        assert prompt_of(listing, 0).startswith(
            "TRIBUNMANADO.CO.ID · Hubungan Sam Altman dengan Elon Musk Retak\n"
            "  reported: Musk hanya"
        )


async def test_typing_filters_the_quotes(seeds_service: SearchService, tmp_path: Path) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        await pilot.press(*"frustrasi")
        await settle(pilot)
        assert listing.option_list.option_count == 1
        assert "Musk hanya merasa frustrasi" in prompt_of(listing, 0)


async def test_q_from_the_sidebar_lists_its_entity_and_needs_one(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("Q")
        await settle(pilot)
        assert app.screen is screen
        assert any("Select a mention first" in str(n.message) for n in app._notifications)
        await pilot.press("f4", "down")
        await settle(pilot)
        key = screen.sidebar.highlighted_key
        assert key is not None
        await pilot.press("Q")
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, EntityQuotes)
        name = seeds_service.entity(key).name
        assert name in str(listing.query_one(".heading").render())


async def test_the_quotes_list_speaks_indonesian(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    set_language("id")
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        assert "Kutipan Sam Altman" in str(listing.query_one(".heading").render())
        assert "Enter: baca di sana" in str(listing.query_one(".hint").render())
        assert prompt_of(listing, 0).startswith("26 Mar 2023")


def test_quotes_snapshot_at_80x24(
    snap_compare, seeds_service: SearchService, tmp_path: Path
) -> None:
    async def open_the_mentions_quotes(pilot: Pilot[None]) -> None:
        await open_and_select(pilot)
        await pilot.press("enter", "Q")  # the entity view of the mention, then its quotes
        await settle(pilot)
        pilot.app.screen.query_one("#filter", Input).cursor_blink = False  # a steady cursor

    app = WartaApp(seeds_service, initial_query="musk openai", today=TODAY, data_folder=tmp_path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_the_mentions_quotes)


def test_a_quote_is_shown_as_literal_text_cleaned_and_cut() -> None:
    """A quote is the archive's text: markup stays words, escape sequences go."""
    import datetime as dt

    from warta.search.model import QuoteInArticle
    from warta.tui.screens.views import QUOTE_SHOWN_CHARS

    hostile = "\x1b[31m[@click=app.quit]keluar[/] [bold]tebal\x1b]52;c;AAAA\x07 " + "kata " * 80
    row = QuoteInArticle(
        "a", "Judul", dt.date(2024, 1, 2), "Sumber", 0, 9, hostile, "budi", "direct"
    )
    listing = EntityQuotes(None, None, print, "budi")  # type: ignore[arg-type]
    shown = listing.row_prompt(row)
    plain = str(shown)
    assert "\x1b" not in plain and "\x07" not in plain
    assert "“[@click=app.quit]keluar[/] [bold]tebal" in plain
    spans = [span for line in shown.rows for part in line for span in part.spans]
    assert not [span for span in spans if "click" in str(span.style)]
    quote_line = plain.split("\n")[1].strip()
    assert quote_line.endswith("…”") and len(quote_line) <= QUOTE_SHOWN_CHARS + 3
