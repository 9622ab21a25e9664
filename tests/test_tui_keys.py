"""Keys a newcomer guesses, and the rough edges a new user hit (issue 13, report B1-B35):
each test drives the explorer from the keyboard and checks what the user would see."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest
from warta.search.errors import WartaError
from warta.search.model import MentionInContext, SearchResult
from warta.search.query import QueryError
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.i18n import set_language
from warta.tui.screens.help import HelpScreen, KeyTable
from warta.tui.screens.main import RESULT_LIMIT, MainScreen
from warta.tui.widgets.article_pane import ReaderStatus
from warta.tui.widgets.results import result_status

from .test_tui_dialogs import footer_keys
from .test_tui_flows import SIZE, highlighted_mention, open_first_result, search, settle


def reader_status(screen: MainScreen) -> str:
    """The reader's status line whole, as a screen wide enough draws it."""
    return screen.query_one("#reader-status", ReaderStatus).line.fit(1000).plain


def notices(app: WartaApp) -> list[str]:
    return [str(note.message) for note in app._notifications]


async def select_entity(pilot: Any, screen: MainScreen, name: str) -> None:
    """Tab through the reader's mentions to the first mention of ``name``."""
    for _ in range(100):
        await pilot.press("tab")
        link = screen.reader.current_link
        if link is not None and link.mention.name == name:
            return
    raise AssertionError(f"no mention of {name}")


async def highlight_another_articles_mention(
    pilot: Any, query: str, name: str
) -> tuple[MainScreen, MentionInContext]:
    """Open the first hit of ``query``, then the entity view of ``name``, and highlight one
    of its mentions in another article than the one open."""
    screen = await open_first_result(pilot, query)
    document = screen.reader.document
    assert document is not None
    await select_entity(pilot, screen, name)
    await pilot.press("enter")
    await settle(pilot)
    view = screen.entity_view
    other = next(m for m in view.mentions if m.article != document.article.id)
    while highlighted_mention(view) is not other:
        await pilot.press("down")
    return screen, other


async def test_b8_the_continued_note_says_which_way_and_goes_when_the_user_moves_on(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "source:republika")
        first = screen.reader.document
        assert first is not None
        await select_entity(pilot, screen, "Jakarta")
        await pilot.press("right_curly_bracket")
        await settle(pilot)
        second = screen.reader.document
        assert second is not None and second.article.id != first.article.id
        assert "continued in the next article" in reader_status(screen)

        await pilot.press("left_curly_bracket")
        await settle(pilot)
        assert screen.reader.document is not None
        assert screen.reader.document.article.id == first.article.id
        assert "continued in the previous article" in reader_status(screen)

        await pilot.press("tab")
        assert "continued" not in reader_status(screen)
        await open_first_result(pilot, "source:republika")
        assert "continued" not in reader_status(screen)


async def test_b9_c_in_the_entity_view_quotes_the_highlighted_mention(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen, other = await highlight_another_articles_mention(pilot, "musk", "Elon Musk")
        document = screen.reader.document
        assert document is not None
        await pilot.press("c")
        await settle(pilot)
        article = seeds_service.article(other.article)
        assert article is not None
        assert app.clipboard.startswith("“") and other.surface in app.clipboard
        assert f"{article.title}, {article.source}" in app.clipboard  # the citation
        assert document.title not in app.clipboard


async def test_b11_launched_on_a_search_q_and_question_mark_are_keys_not_text(
    seeds_service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The index is still opening (as over a slow SSH link): no result has arrived yet.
    opened = threading.Event()
    has_index = seeds_service.has_index
    monkeypatch.setattr(seeds_service, "has_index", lambda: opened.wait() and has_index())
    app = WartaApp(seeds_service, initial_query="musk")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert app.focused is screen.results
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert screen.search_bar.value == "musk"
        await pilot.press("q")
        await pilot.pause()
        opened.set()
    assert app.return_code is not None or not app.is_running


async def test_b11_escape_goes_from_the_search_bar_to_the_results_and_elsewhere_back(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("ctrl+l", "escape")
        assert app.focused is screen.results
        await pilot.press("enter")
        await settle(pilot)
        await select_entity(pilot, screen, "Elon Musk")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.showing_entity
        await pilot.press("escape")
        await settle(pilot)
        assert not screen.showing_entity and app.focused is screen.reader
        link = screen.reader.current_link
        assert link is not None and link.mention.name == "Elon Musk"


async def test_b12_f4_moves_into_the_entity_sidebar(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:  # narrow: the sidebar is folded
        screen = await open_first_result(pilot, "musk")
        await pilot.press("f4")
        assert app.focused is screen.sidebar and screen.sidebar.display
        help_keys = {binding.key for section in screen.help_sections() for binding in section[1]}
        assert any("f4" in key for key in help_keys)


async def test_b22_enter_in_the_search_bar_opens_the_highlighted_result_in_one_press(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "altman")
        await pilot.press("down")
        wanted = screen.results.highlighted_hit
        assert wanted is not None
        await pilot.press("ctrl+l", "enter")
        await settle(pilot)
        assert app.focused is screen.reader
        assert screen.reader.document is not None
        assert screen.reader.document.article.id == wanted.id


@pytest.fixture()
def many_articles(tmp_path: Path) -> SearchService:
    """More articles than one page of results, all about the same thing."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [
        json.dumps({"id": f"a{number:03}", "title": f"Banjir {number}", "text": "Banjir lagi."})
        for number in range(RESULT_LIMIT + 12)
    ]
    (corpus / "many.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    return service


async def test_b23_g_at_the_last_result_loads_the_next_page(many_articles: SearchService) -> None:
    app = WartaApp(many_articles)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "banjir")
        assert len(screen.results.hits) == RESULT_LIMIT
        await pilot.press("G")
        await settle(pilot)
        assert screen.results.highlighted == RESULT_LIMIT - 1
        await pilot.press("G")
        await settle(pilot)
        assert len(screen.results.hits) == RESULT_LIMIT + 12
        assert screen.results.highlighted == RESULT_LIMIT - 1
        await pilot.press("pagedown")
        assert screen.results.highlighted is not None
        assert screen.results.highlighted > RESULT_LIMIT - 1
        many_articles.close()


async def test_b25_t_in_the_entity_view_is_called_what_it_does(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await select_entity(pilot, screen, "Elon Musk")
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is screen.entity_view.option_list
        assert screen.active_bindings["t"].binding.description == "By date"


async def test_the_empty_readers_footer_offers_only_the_keys_that_work_there(
    seeds_service: SearchService,
) -> None:
    """With no article open, the reader's footer offered Tab, }, Enter, / and c, which
    only said "open an article first" (the sidebar's, Enter and Space). They are left out
    until an article opens, as Back is where there is no back, and help still lists them
    (c, left out too, says what to do first, as o, O, w, C and t do); Tab moves on to the
    next pane (Shift+Tab comes back) and / goes to the search bar."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("escape")
        assert app.focused is screen.reader
        assert footer_keys(app) == ["f1 Help"]
        said = len(app._notifications)
        await pilot.press("right_curly_bracket", "enter")
        assert len(app._notifications) == said  # nothing offered, nothing to refuse
        await pilot.press("c")  # not offered, but says what to do first, as o, O, w, C, t
        assert [str(note.message) for note in app._notifications][-1:] == ["Open an article first."]
        await pilot.press("tab")
        assert app.focused is not screen.reader
        await pilot.press("shift+tab")
        assert app.focused is screen.reader
        await pilot.press("f1")
        await pilot.pause()
        reader_keys = next(t for t in app.screen.query(KeyTable) if t.heading == "Reader")
        assert "Next mention, in reading order" in reader_keys.lines(200).plain
        await pilot.press("escape", "slash")
        assert app.focused is screen.search_bar
        await pilot.press("f4")  # the sidebar, empty too, offered Enter and Space
        assert app.focused is screen.sidebar
        assert footer_keys(app) == ["f1 Help"]

        await open_first_result(pilot, "musk")
        offered = {"tab Mention", "} Same entity", "⏎ Entity", "/ Find", "c Quote"}
        assert offered <= set(footer_keys(app))
        await pilot.press("f4")
        assert {"⏎ Entity view", "space Next mention"} <= set(footer_keys(app))


async def test_the_empty_results_footer_offers_no_open_or_sort(
    seeds_service: SearchService,
) -> None:
    """Tab from the search bar before any search went to the empty results, whose footer
    offered Enter "Open article" and s "Sort", with nothing to open or sort."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("tab")
        assert app.focused is screen.results
        assert footer_keys(app) == ["f1 Help"]
        titles = {command.title for command in app.get_system_commands(screen)}
        assert "Sort results" not in titles
        await search(pilot, "musk")
        assert {"⏎ Open article", "s Sort"} <= set(footer_keys(app))


async def test_a_title_made_of_the_first_words_is_not_cited_as_a_title(tmp_path: Path) -> None:
    """A JSON line without a title shows its first sentence, cut, as one; the citation c
    and C copy quoted that cut sentence as the article's title. It says it is untitled."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (
        "Presiden meresmikan jembatan baru di Kalimantan Timur pada hari Senin pagi bersama "
        "para menteri dan gubernur setempat yang hadir di sana.\n\nJembatan itu panjang."
    )
    line = {"id": "jembatan", "text": text, "source": "Contoh", "url": "https://contoh.id/j"}
    (corpus / "berita.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "jembatan")
        assert screen.results.hits[0].title.startswith("Presiden meresmikan")  # as listed
        await pilot.press("C")
        assert app.clipboard == "[untitled], Contoh, https://contoh.id/j"
        await pilot.press("slash", *"panjang", "enter", "c")
        assert app.clipboard == "“Jembatan itu panjang.” ([untitled], Contoh, https://contoh.id/j)"
    service.close()


async def test_b2_an_article_opened_from_the_entity_view_draws_no_line_breaks(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen, other = await highlight_another_articles_mention(pilot, "altman", "Sam Altman")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.reader.document is not None
        assert screen.reader.document.article.id == other.article
        for y in range(screen.reader.size.height):
            assert "\n" not in screen.reader.render_line(y).text


@pytest.fixture()
def linked_article(tmp_path: Path) -> SearchService:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    articles = [
        {"id": "web", "title": "Banjir", "text": "Banjir.", "url": "https://example.org/banjir"},
        {"id": "odd", "title": "Banjir lokal", "text": "Banjir.", "url": "file:///etc/passwd"},
    ]
    (corpus / "two.jsonl").write_text("\n".join(map(json.dumps, articles)) + "\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    return service


async def test_w_opens_the_web_address_with_the_system_opener_as_an_argument_list(
    linked_article: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[list[str]] = []

    def fake_popen(argv: list[str], **_kwargs: Any) -> None:
        started.append(argv)

    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(subprocess, "Popen", fake_popen)
    app = WartaApp(linked_article)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, 'title:"banjir lokal"')
        await pilot.press("w")
        assert not started and notices(app)[-1] == "This article has no web address."

        screen = await open_first_result(pilot, "title:banjir NOT lokal")
        assert screen.reader.document is not None
        assert "https://example.org/banjir" in screen.reader.document.plain
        await pilot.press("w")
        assert len(started) == 1
        assert started[0][-1] == "https://example.org/banjir" and len(started[0]) == 2
    linked_article.close()


def test_an_indonesian_interface_shows_library_problems_in_indonesian() -> None:
    from warta.search.service import TOO_LONG

    set_language("id")
    result = SearchResult(query="x", error=str(TOO_LONG), problem=TOO_LONG)
    status = result_status(result).plain
    assert "kueri terlalu lama" in status and "too long" not in status


def test_a_problem_with_the_index_is_not_said_to_be_the_querys() -> None:
    """An index made unreadable while the explorer runs showed "Query: cannot read the
    index: …", as though the words typed were wrong."""
    unreadable = WartaError("cannot read the index: Permission denied: /x/store.sqlite")
    result = SearchResult(query="musk", error=str(unreadable), problem=unreadable)
    assert result_status(result).plain == str(unreadable)
    wrong = QueryError("OR needs a word on each side")
    result = SearchResult(query="OR", error=str(wrong), problem=wrong)
    assert result_status(result).plain == "Query: OR needs a word on each side"


@pytest.mark.parametrize("query", ["zucker*", "pelatihan", "siapakah ceo openai?"])
async def test_the_reader_marks_the_words_the_snippet_marked(
    seeds_service: SearchService, query: str
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, query)
        hit = screen.results.hits[0]
        document = screen.reader.document
        assert document is not None and document.article.id == hit.id
        in_snippet = {hit.snippet.text[start:end].lower() for start, end in hit.snippet.marks}
        in_reader = {
            document.plain[start:end].lower()
            for start, end, role in document.styles
            if role == "match"
        }
        assert in_snippet and in_snippet <= in_reader


async def test_opening_the_previewed_result_does_not_load_it_again(
    seeds_service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded: list[str] = []
    article = seeds_service.article

    def counted(article_id: str) -> Any:
        loaded.append(article_id)
        return article(article_id)

    monkeypatch.setattr(seeds_service, "article", counted)
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "altman")
        previewed = screen.reader.document
        assert previewed is not None and loaded == [previewed.article.id]
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is screen.reader and screen.reader.document is previewed
        assert loaded == [previewed.article.id]


async def test_slash_in_the_results_goes_to_the_search_bar_to_type_over(
    seeds_service: SearchService,
) -> None:
    """/ in the results did nothing, and the letters typed after it ran commands (a
    opened the note prompt); newsboat and mutt search their lists with it. It now goes to
    the search bar with the query selected, as Ctrl+L does, from the entity view too; in
    the reader it still finds in the text."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        assert app.focused is screen.results
        await pilot.press("slash", *"altman")
        await settle(pilot)
        assert app.focused is screen.search_bar
        assert screen.search_bar.value == "altman"
        await pilot.press("slash", "backspace")  # in the bar, / is typed
        assert screen.search_bar.value == "altman"

        await pilot.press("enter", "enter", "tab", "enter")  # the entity view
        await settle(pilot)
        assert screen.showing_entity and app.focused is not screen.reader
        await pilot.press("slash")
        assert app.focused is screen.search_bar
        await pilot.press("escape", "escape", "slash")  # back in the reader: find
        assert app.focused is screen.article.find_bar.input


async def test_a_mentions_wrapped_lines_start_under_its_text_in_the_entity_view(
    seeds_service: SearchService,
) -> None:
    """A hanging indent: the lines a long mention wraps onto start under its first word,
    so only the article headings start at the left edge."""
    from warta.tui.widgets.entity_view import article_heading

    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "musk")
        await select_entity(pilot, screen, "Sam Altman")
        await pilot.press("enter")
        await settle(pilot)
        view = screen.entity_view
        headings = [str(article_heading(mention, 1)) for mention in view.mentions]
        listing = view.option_list
        listing.scroll_home(animate=False)  # the first article's heading in view
        await pilot.pause()
        height = listing.scrollable_content_region.height
        lines = [listing.render_line(y).text for y in range(height)]
        flush_left = [line.strip() for line in lines if line.strip() and line[0] != " "]
        assert flush_left and all(
            any(line.split(" (")[0] in heading for heading in headings) for line in flush_left
        ), flush_left


async def test_keys_that_need_a_mention_say_in_one_line_what_to_do_first(
    seeds_service: SearchService,
) -> None:
    """e, r, Q and the reader's Enter act on the selected mention; without one, each says
    what to do first, where the user is (B31 for the rest)."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await settle(pilot)

        async def said(*keys: str) -> list[str]:
            shown = []
            for key in keys:
                # By identity: an older notice may time out meanwhile on a slow machine.
                before = {note.identity for note in app._notifications}
                await pilot.press(key)
                await settle(pilot)
                assert app.screen is screen, f"{key} opened nothing"
                new = [note for note in app._notifications if note.identity not in before]
                shown += [str(note.message) for note in new]
            return shown

        # No article open yet: the reader's Enter is left out of the footer; e says too
        # (round 30: it said nothing).
        await pilot.press("escape")
        open_first = "Open an article first (Enter on a result), then Tab or ] selects a mention."
        assert await said("e", "r", "Q") == [open_first] * 3
        assert await said("exclamation_mark") == ["Open an article first."]

        await search(pilot, "musk")  # the first hit is previewed, no mention selected
        from_results = "Select a mention first: Enter opens the article, then Tab or ] selects one."
        assert await said("e", "r", "Q") == [from_results] * 3
        # In the results, Tab moves to the reader and / to the search bar.
        in_the_reader = "In the reader, select a mention (Tab) or find text (/) to quote it."
        assert await said("c") == [in_the_reader]

        await pilot.press("enter")
        await settle(pilot)
        in_reader = "Select a mention first: Tab or ] moves to the next one."
        assert await said("e", "r", "Q", "enter") == [in_reader] * 4
        quoting = "Select a mention (Tab) or find text (/) to quote its sentence."
        assert await said("c") == [quoting]

        await pilot.press("f4", "G")  # the sidebar's last row: a figure
        assert screen.sidebar.has_focus and screen.sidebar.highlighted_key is None
        on_a_figure = "Move to a name first (j/k): a figure has no entity view."
        assert await said("e", "r", "Q", "enter") == [on_a_figure] * 4
        await pilot.press("f3")  # the sidebar folds away, back into the reader
        assert app.focused is screen.reader

        await pilot.press("tab", "enter")
        await settle(pilot)
        assert screen.showing_entity
        in_view = "This is the entity view: Enter opens the article at the highlighted mention."
        assert await said("e") == [in_view]
