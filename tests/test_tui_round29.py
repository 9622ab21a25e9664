"""Round 29 of the explorer as a new user, in English and Indonesian: the footer at any
width, the entity view's marking keys, the starred articles' order, Escape in the entity
sidebar, help's find in the interface's language, and the rough edges met at 80x24."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Footer
from textual.widgets._footer import FooterKey
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.help import HelpFooter

from tests.test_tui_flows import open_first_result, settle

SIZE = (80, 24)


# -- the footer at any width -------------------------------------------------------------------


def _footer_keys_whole(app: WartaApp) -> list[str]:
    """The footer's keys in view, each asserted whole: left of the help key's corner."""
    footer = app.screen.query_one(HelpFooter)
    corner = footer.query_one(".-corner")
    keys = [key for key in footer.query(FooterKey) if key.display and not key.has_class("-help")]
    for key in keys:
        assert key.region.right <= corner.region.x, (key.description, key.region, corner.region)
    return [str(key.description) for key in keys]


async def test_the_footer_measured_before_its_keys_are_laid_out_cuts_none(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """100 columns, then 60: the footer ended in a lone "⌫" under the help key. The keys
    that fit were counted from their laid-out widths, which are 0 until the refresh after
    the footer is composed again, and a terminal resized at once often measured then, so
    every key showed and the help key covered the last ones. They are counted from what
    they show."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(100, 24)) as pilot:
        await open_first_result(pilot, "musk")
        assert "Back" in _footer_keys_whole(app)
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        footer = app.screen.query_one(HelpFooter)

        async def measured_early() -> None:
            """As a resize's refresh can: measured before the new keys' layout."""
            await Footer.recompose(footer)  # Textual's, without the measuring after it
            footer._leave_out_cut_keys()

        footer.call_next(measured_early)
        await pilot.pause()
        shown = _footer_keys_whole(app)
        assert shown[:2] == ["Mention", "Same entity"] and "Back" not in shown


# -- the entity view marks the highlighted mention's article -----------------------------------


async def test_star_tag_and_note_in_the_entity_view_mark_the_highlighted_article(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``!``, ``l`` and ``a`` in the entity view did nothing and said nothing (the keys
    that mark an article in the results and the reader). They mark the article of the
    highlighted mention, and ``!`` says which, as the view shows no star."""
    from warta.search.workspace import Workspace

    from tests.test_tui_flows import highlighted_mention
    from tests.test_tui_help import screen_text
    from tests.test_tui_round28 import _burst

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab", "enter", "j", "j")
        await settle(pilot)
        view = screen.query_one("#entity-view")
        assert view.display
        mention = highlighted_mention(view)  # type: ignore[arg-type]
        await pilot.press("exclamation_mark")
        await settle(pilot)
        said = [toast.message for toast in app._notifications]
        assert said and "Starred" in said[-1] and mention.title[:20] in said[-1]
        await pilot.press("f1", "slash", *"star")
        await pilot.pause()
        shown = " ".join(screen_text(app).replace("│", " ").split())
        assert "Star or unstar the highlighted mention's article" in shown
        await pilot.press("escape", "escape")
        await settle(pilot)
        _burst(app, "l", *"pinjol", "enter", "a", *"cek lagi", "enter")
        await settle(pilot)
        assert app.screen is screen and view.display
    with Workspace(tmp_path) as workspace:
        assert workspace.is_starred(mention.article)
        assert workspace.article_tags(mention.article) == ["pinjol"]
        assert workspace.note(mention.article) == "cek lagi"


# -- a search with no words to rank by lists the newest first, and says so ----------------------

#: Three articles whose datelines are not in the order of their files.
DATED = {
    "a_lama": "Pasar ikan dibuka\n\nJAKARTA, Senin (3/1/2022) - Pasar ikan baru dibuka di "
    "pelabuhan.\n",
    "b_baru": "Banjir surut\n\nSEMARANG, Kamis (7/3/2024) - Banjir di kota itu sudah surut "
    "pagi ini.\n",
    "c_tengah": "Jalan tol diresmikan\n\nMEDAN, Rabu (10/5/2023) - Jalan tol baru "
    "diresmikan gubernur.\n",
}


def test_a_query_with_no_words_to_rank_by_lists_the_newest_first(tmp_path: Path) -> None:
    """``*`` and a date alone score every article alike: "most relevant first" listed them
    in the index's order (the files' names). They come newest first, and say so."""
    from tests.conftest import index_of

    service = index_of(tmp_path, DATED)
    try:
        for query in ("*", "date:[2022 TO 2024]", "* -banjir"):
            result = service.search(query)
            dates = [hit.date for hit in result.hits]
            assert None not in dates and dates == sorted(dates, reverse=True), query  # type: ignore[type-var]
            assert result.order == "date"
        words = service.search("pasar OR banjir OR tol")
        assert words.order == "score"
    finally:
        service.close()


async def test_the_status_line_says_a_search_without_words_is_newest_first(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``*`` said "5 results · most relevant first": what relevance, without words?"""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        from tests.test_tui_flows import search

        screen = await search(pilot, "*")
        shown = str(screen.status_line.render())
        assert "newest first" in shown and "most relevant" not in shown
        await pilot.press("s")  # both orders are the same here: it says so
        await settle(pilot)
        said = [str(toast.message) for toast in app._notifications]
        assert said and "newest first" in said[-1]
        assert str(screen.status_line.render()) == shown


# -- Escape in the entity sidebar returns to the reader ------------------------------------------


async def test_escape_in_the_entity_sidebar_returns_to_the_reader_not_back(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """F4, j, Escape: the sidebar's j had selected a mention of the next entity in the
    text; Escape went back in history (to the article before, or the results), as if the
    sidebar were a page. Escape leaves a panel for the text it belongs to, as it closes
    less's and fzf's prompts; Backspace still goes back. Help says so."""
    from tests.test_tui_help import screen_text

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_first_result(pilot, "musk")
        document = screen.reader.document
        assert document is not None
        await pilot.press("f4", "j")
        await settle(pilot)
        link = screen.reader.current_link
        assert app.focused is screen.sidebar and link is not None
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is screen.reader and screen.reader.document is document
        assert screen.reader.current_link == link  # the mention the sidebar chose stays
        await pilot.press("f1", "slash", *"escape")
        await pilot.pause()
        shown = " ".join(screen_text(app).replace("│", " ").split())
        assert "from the entity sidebar to the reader" in shown


# -- help's find in Indonesian ------------------------------------------------------------------


def test_helps_find_knows_an_indonesian_words_other_forms(tmp_path: Path) -> None:
    """In Indonesian, ``/tandai`` ("mark") said nothing matches: the star's row says
    "menandai", the same word with its prefix, as "catatan" (a note) is "mencatat" and
    "kutipan" "kutip". Find matches the words typed by their stem too, as the search
    does."""
    from warta.search.paths import bundled_seeds

    from tests.screens_in_language import run_screens

    service = SearchService([bundled_seeds()], tmp_path / "index")
    service.update()
    service.close()
    (found,) = run_screens("id", tmp_path / "index", (80, 24), "f1 slash t a n d a i")
    assert "Tidak ada yang cocok" not in found
    assert "Beri atau hapus bintang artikel" in found


# -- the palette stars, tags and notes ----------------------------------------------------------


async def test_the_palette_stars_tags_and_notes_the_article(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Ctrl+P "tag" said "No matches" (as "star" and "note" found nothing of theirs): the
    palette, where a newcomer looks for what warta can do, had no command to mark an
    article. It has Star, Tags and Note, with their keys, on the article the focus is on."""
    from warta.search.workspace import Workspace

    app = WartaApp(seeds_service, data_folder=tmp_path)

    def offered() -> dict[str, str]:
        return {str(c.title): str(c.help) for c in app.get_system_commands(app.screen)}

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Star" not in offered()  # nothing to star yet
        screen = await open_first_result(pilot, "musk")
        document = screen.reader.document
        assert document is not None
        commands = offered()
        assert {"Star", "Tags", "Note"} <= set(commands) and commands["Star"].endswith("· !")
        await pilot.press("ctrl+p", *"star")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+p", *"tags")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"dibaca", "enter")
        await settle(pilot)
        assert app.screen is screen
    with Workspace(tmp_path) as workspace:
        assert workspace.is_starred(document.article.id)
        assert workspace.article_tags(document.article.id) == ["dibaca"]


async def test_escape_folds_the_sidebar_f4_unfolded_on_a_narrow_screen(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """At 80 columns F4 unfolds the sidebar; after Escape it stayed, the reader 40 cells
    wide (at 60 columns the names wrapped in 14). Escape leaves it as it was before F4;
    F3 (shown by choice) keeps it."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        width = screen.reader.size.width
        assert not screen.sidebar.display
        await pilot.press("f4", "j")
        await settle(pilot)
        assert screen.sidebar.display and screen.reader.size.width < width
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is screen.reader and not screen.sidebar.display
        assert screen.reader.size.width == width
        await pilot.press("f3", "f4", "escape")
        await settle(pilot)
        assert app.focused is screen.reader and screen.sidebar.display


async def test_a_workspace_filter_that_finds_nothing_gives_no_spelling_advice(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``is:starred`` with nothing starred: the status line said so, and the reader advised
    "Fewer words, other words or another spelling", which no spelling of it answers."""
    from tests.test_tui_flows import search
    from tests.test_tui_help import screen_text

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "is:starred")
        assert "starred" in str(screen.status_line.render())
        shown = screen_text(app)
        assert "No article matches “is:starred”" in shown and "spelling" not in shown
