"""The explorer's dialogs (lists and prompts) as a newcomer meets them: what the footer
under them says, what help and Enter do there, and how their rows read."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets._footer import FooterKey
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.help import HelpScreen
from warta.tui.screens.views import MoreLikeThis, SharedSentences

from tests.test_tui_flows import SIZE, open_first_result, search, settle
from tests.test_tui_narrow import list_lines
from tests.test_tui_quotes import open_quotes
from tests.test_tui_views import open_coverage, open_entity_view, prompt_of


def footer_keys(app: App[None]) -> list[str]:
    """The footer's keys on the screen on top, as shown ("esc Cancel"), sorted."""
    return sorted(f"{key.key_display} {key.description}" for key in app.screen.query(FooterKey))


async def test_the_footer_under_a_list_says_the_lists_keys_and_f1_opens_help(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Under the quotes list the dimmed footer still said the reader's keys (``c Quote``,
    ``tab Mention``), which do nothing there, and F1, which it named, did nothing."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        keys = footer_keys(app)
        assert keys == sorted(["⏎ Confirm", "esc Cancel", "^y Copy the quote", "f1 Help"])
        await pilot.press("tab")  # into the list: Enter is said there too
        assert footer_keys(app) == keys
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert app.screen is listing


async def test_a_list_with_no_row_to_take_offers_no_enter_or_copy(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """With no quote listed (none said, or none left by the filter), the footer and the
    hint under the list still offered Enter and Ctrl+Y, which did nothing: Escape is what
    is left to do."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        hint = listing.query_one(".hint")
        await pilot.press(*"zzz")
        await settle(pilot)
        assert footer_keys(app) == sorted(["esc Cancel", "f1 Help"])
        assert not hint.display
        await pilot.press("backspace", "backspace", "backspace")
        await settle(pilot)
        assert "⏎ Confirm" in footer_keys(app) and hint.display


async def test_the_footer_under_a_prompt_says_enter_and_escape(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_entity_view(pilot, "elon_musk")
        await pilot.press("escape", "l")  # tag the article
        await settle(pilot)
        assert footer_keys(app) == sorted(["⏎ Confirm", "esc Cancel", "f1 Help"])


async def test_the_sentences_naming_two_show_each_articles_title_once(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """A title naming both was a row, and the heading of the next row again; every other
    sentence of an article repeated its title above it too. The title shows once, over
    its article's sentences, and again over the first one a filter leaves."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_entity_view(pilot, "sam_altman")
        await pilot.press("r", "enter")  # the sentences naming Altman and Musk
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, SharedSentences)
        rows = listing.rows
        titled = next(i for i, row in enumerate(rows) if row.field == "title")
        title = rows[titled].title
        assert rows[titled + 1].article == rows[titled].article
        assert prompt_of(listing, titled).count(title) == 1
        assert title not in prompt_of(listing, titled + 1)
        first = next(i for i, row in enumerate(rows) if row.article != rows[titled].article)
        again = first + 1
        assert rows[again].article == rows[first].article
        assert prompt_of(listing, first).startswith(rows[first].title)
        assert rows[first].title not in prompt_of(listing, again)

        words = rows[titled + 1].text.split()[:3]
        await pilot.press(*" ".join(words))  # the title row filtered out
        await pilot.pause()
        assert prompt_of(listing, 0).startswith(title)


async def test_an_article_heading_in_the_entity_view_keeps_its_count_by_its_title(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """At 80 columns "Hubungan Sam Altman dengan Elon Musk Retak · (14)" wrapped before
    its count, which stood alone on a line, as a row of its own."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_entity_view(pilot, "sam_altman")
        listing = screen.entity_view.option_list
        listing.scroll_home(animate=False)
        await pilot.pause()
        left, right = listing.region.x, listing.region.right
        lines = [strip.text[left:right].strip() for strip in app.screen._compositor.render_strips()]
        first = screen.entity_view.mentions[0]
        count = sum(mention.article == first.article for mention in screen.entity_view.mentions)
        assert f"({count})" not in lines
        ending = next(line for line in lines if line.endswith(f"({count})"))
        assert ending.startswith(first.title.split()[-1]), lines


async def test_g_in_the_entity_view_shows_the_first_articles_heading(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Opened from a later article, the entity view is scrolled to its mention; g then
    highlighted the first mention with the first article's title still out of view."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_entity_view(pilot, "openai")
        listing = screen.entity_view.option_list
        assert listing.scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert listing.highlighted == 1 and listing.scroll_y == 0
        left, right = listing.region.x, listing.region.right
        shown = " ".join(strip.text[left:right] for strip in app.screen._compositor.render_strips())
        assert screen.entity_view.mentions[0].title.split(",")[0] in shown


async def test_a_wrapped_title_in_more_like_this_takes_its_source_along(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """A title one word too long for the line left " ·" at its end and the source alone
    on the next line, read as a row of its own."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "musk")
        await pilot.press("m")
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, MoreLikeThis)
        lines = [line.strip() for line in list_lines(listing) if line.strip()]
        assert "Telset.id" not in lines and not any(line.endswith("·") for line in lines)
        assert any(line.endswith("AI · Telset.id") for line in lines), lines


async def test_coverage_by_week_keeps_each_bar_on_its_periods_line_at_80_columns(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """By week, "week of Mar 20, 2023", its count and a 40-cell bar did not fit the
    dialog at 80 columns: every bar went to a line of its own, read as another row."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        _screen, listing = await open_coverage(pilot, "musk")
        await pilot.press("ctrl+b")  # by week
        await settle(pilot)
        lines = [line for line in list_lines(listing) if line.strip()]
        assert len(lines) == len(listing.rows) and lines[0].startswith("week of")
        assert "█" in lines[0]


async def test_coverage_bars_fit_the_list_again_after_the_terminal_is_resized(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """The bars were measured once, when the rows were listed: in a terminal made
    narrower each bar went to a line of its own (read as another row)."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        _screen, listing = await open_coverage(pilot, "musk")
        wide = list_lines(listing)
        await pilot.resize_terminal(44, 16)
        await settle(pilot)
        narrow = list_lines(listing)
        assert len(narrow) == len(listing.rows) and all("█" in line for line in narrow)
        assert narrow[0].startswith(wide[0][:15]) and len(narrow[0]) < len(wide[0])
        await pilot.resize_terminal(*SIZE)
        await settle(pilot)
        assert list_lines(listing) == wide


async def test_f5_keeps_the_hit_and_the_article_open(tmp_path: Path, corpus: Path) -> None:
    """F5 put the reader back on the first hit and the focus in the results, whatever
    the user was reading."""
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    app = WartaApp(service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("down", "j", "enter")
        await settle(pilot)
        second = screen.results.highlighted_hit.id
        assert second != screen.results.hits[0].id
        assert screen.reader.document.article.id == second and screen.reader.has_focus
        await pilot.press("f5")
        await settle(pilot)
        assert screen.results.highlighted_hit.id == second
        assert screen.reader.document.article.id == second and screen.reader.has_focus
    service.close()


async def test_a_long_list_in_a_short_terminal_leaves_its_hint_in_view(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """At 60x20 the quotes list kept 16 rows: the dialog, cut at the screen's height,
    hid the hint and the list's last rows (under the hint, the highlight could go)."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        dialog, hint = listing.query_one(".dialog"), listing.query_one(".hint")
        assert dialog.content_region.contains_region(hint.region)
        assert dialog.content_region.contains_region(listing.option_list.region)


async def test_the_entity_view_opened_from_an_article_shows_that_articles_heading(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Opened from the reader, the list put the article's first mention at its top and
    the article's title (with its count) just out of view."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_entity_view(pilot, "openai")
        listing = screen.entity_view.option_list
        assert listing.scroll_y > 0, "the article is not the list's first"
        title = screen.reader.document.article.title
        count = sum(
            mention.article == screen.reader.document.article.id
            for mention in screen.entity_view.mentions
        )
        left, right = listing.region.x, listing.region.right
        lines = [strip.text[left:right].strip() for strip in app.screen._compositor.render_strips()]
        top = lines[listing.region.y]
        assert title.startswith(top) or top.startswith(title), (top, title)
        assert any(line.endswith(f"({count})") for line in lines[listing.region.y :])
