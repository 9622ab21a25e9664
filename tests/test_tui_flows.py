"""The explorer driven from the keyboard, on the real service over the seeds."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList
from warta.search.model import MentionInContext, SearchResult, UpdateReport
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.config import Settings
from warta.tui.screens.main import RESULT_LIMIT, MainScreen
from warta.tui.widgets.entity_view import EntityView
from warta.tui.widgets.reader import Reader
from warta.tui.widgets.sidebar import EntitySidebar
from warta.tui.widgets.timeline import Timeline

SIZE = (100, 30)


async def settle(pilot: Pilot[None]) -> None:
    """Wait until no worker has run for a few refreshes: a finished worker may schedule
    the next one (a search focuses its results after they are painted, which previews)."""
    quiet = 0
    for _ in range(100):
        await pilot.pause()
        if all(worker.is_finished for worker in pilot.app.workers):
            quiet += 1
            if quiet == 3:
                return
        else:
            quiet = 0
            await pilot.app.workers.wait_for_complete()
    raise AssertionError("workers kept running")


async def search(pilot: Pilot[None], query: str) -> MainScreen:
    """Type a query in the search bar and go down into its results."""
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    await settle(pilot)
    await pilot.press("ctrl+l", *query, "down")
    await settle(pilot)
    return screen


async def open_first_result(pilot: Pilot[None], query: str) -> MainScreen:
    screen = await search(pilot, query)
    await pilot.press("enter")
    await settle(pilot)
    return screen


async def open_timeline_at_end(pilot: Pilot[None], query: str) -> tuple[MainScreen, Timeline]:
    """Open the first result of ``query`` and its timeline, on its last date (End)."""
    screen = await open_first_result(pilot, query)
    await pilot.press("t", "end")
    await settle(pilot)
    timeline = screen.query_one(Timeline)
    assert timeline.has_class("-open") and timeline.highlighted is not None
    return screen, timeline


def highlighted_mention(view: EntityView) -> MentionInContext:
    option = view.option_list.highlighted_option
    assert option is not None and option.id is not None
    return view.mentions[int(option.id)]


def in_view(reader: Reader, offset: int) -> bool:
    line = reader.line_of_offset(offset)
    return reader.scroll_y <= line < reader.scroll_y + reader.scrollable_content_region.height


async def test_search_open_follow_mentions_entity_view_and_history(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        expected = seeds_service.search("musk", limit=RESULT_LIMIT)
        assert [hit.id for hit in screen.results.hits] == [hit.id for hit in expected.hits]
        assert app.focused is screen.results

        await pilot.press("enter")
        await settle(pilot)
        reader = screen.reader
        assert reader.document is not None
        first_article = reader.document.article.id
        assert first_article == expected.hits[0].id
        assert app.focused is reader

        await pilot.press("tab")
        assert reader.current == 0
        await pilot.press("right_square_bracket")
        assert reader.current == 1
        await pilot.press("left_square_bracket", "right_square_bracket")
        assert reader.current == 1

        link = reader.current_link
        assert link is not None
        same = reader.document.links_of(link.mention.key)
        assert len(same) > 2, "the seeds mention this entity often"
        await pilot.press("right_curly_bracket")
        assert reader.current == same[same.index(1) + 1]
        await pilot.press("right_curly_bracket")
        assert reader.current == same[same.index(1) + 2]
        assert in_view(reader, reader.document.links[reader.current].start)
        selected_before = reader.current
        key = link.mention.key

        await pilot.press("enter")
        await settle(pilot)
        assert screen.showing_entity
        view = screen.entity_view
        assert view.entity is not None and view.entity.id == key
        assert app.focused is view.option_list

        other = next(m for m in view.mentions if m.article != first_article)
        while highlighted_mention(view) is not other:
            await pilot.press("down")
        entity_option = view.highlighted
        await pilot.press("enter")
        await settle(pilot)
        assert not screen.showing_entity
        assert reader.document.article.id == other.article
        chosen = reader.current_link
        assert chosen is not None
        assert (chosen.mention.field, chosen.mention.start) == (other.field, other.start)
        assert in_view(reader, chosen.start)

        await pilot.press("backspace")
        await settle(pilot)
        assert screen.showing_entity and view.highlighted == entity_option

        await pilot.press("backspace")
        await settle(pilot)
        assert not screen.showing_entity
        assert reader.document.article.id == first_article
        assert reader.current == selected_before
        assert in_view(reader, reader.document.links[selected_before].start)

        await pilot.press("alt+right")
        await settle(pilot)
        assert screen.showing_entity
        await pilot.press("alt+right")
        await settle(pilot)
        assert reader.document.article.id == other.article
        assert reader.current_link == chosen


async def test_backspace_in_the_search_bar_deletes_a_character(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "muskx")
        await pilot.press("ctrl+l", "end", "backspace")
        assert screen.search_bar.value == "musk"


async def test_next_same_entity_continues_into_the_next_article(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        reader = screen.reader
        document = reader.document
        assert document is not None
        key = next(link.mention.key for link in document.links if link.mention.name == "OpenAI")
        reader.select(document.links_of(key)[-1])
        await pilot.press("right_curly_bracket")
        await settle(pilot)
        assert reader.document is not None
        assert reader.document.article.id != document.article.id
        link = reader.current_link
        assert link is not None and link.mention.key == key
        articles = list(dict.fromkeys(m.article for m in seeds_service.mentions(key)))
        assert reader.document.article.id == articles[articles.index(document.article.id) + 1]
        status = reader.status_line().fit(1000)  # whole: the notice says it at any width
        assert "continued in the next article" in status.plain

        await pilot.press("backspace")
        await settle(pilot)
        assert reader.document.article.id == document.article.id


async def test_sidebar_jumps_to_an_entity_then_to_its_next_mention(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await open_first_result(pilot, "musk")
        sidebar = app.screen.query_one(EntitySidebar)
        sidebar.focus()
        await pilot.press("down", "down")
        key = sidebar.highlighted_key
        assert key is not None
        reader = screen.reader
        assert reader.document is not None
        same = reader.document.links_of(key)
        assert reader.current == same[0]
        await pilot.press("space")
        assert reader.current == same[1 % len(same)]
        assert app.focused is sidebar

        await pilot.press("enter")
        await settle(pilot)
        assert screen.showing_entity
        assert screen.entity_view.entity is not None and screen.entity_view.entity.id == key


async def test_f4_then_enter_opens_the_first_entity_and_j_k_move_in_the_sidebar(
    seeds_service: SearchService,
) -> None:
    """Before any mention is selected, F4 lands on the first entity, not on nothing (Enter
    then said "Select a mention first"), and the sidebar moves like the other lists."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "altman")
        await pilot.press("f4")
        sidebar = screen.sidebar
        assert app.focused is sidebar
        first = sidebar.highlighted_key
        assert first is not None
        await pilot.press("j")
        second = sidebar.highlighted_key
        assert second not in (None, first)
        await pilot.press("k")
        assert sidebar.highlighted_key == first
        await pilot.press("G", "g")
        assert sidebar.highlighted_key == first
        await pilot.press("enter")
        await settle(pilot)
        assert screen.showing_entity
        assert screen.entity_view.entity is not None and screen.entity_view.entity.id == first
        assert not [note for note in app._notifications if "mention first" in note.message]


def _first_and_last_rows(listing: OptionList) -> tuple[int, int]:
    rows = [i for i, option in enumerate(listing.options) if not option.disabled]
    return rows[0], rows[-1]


async def test_g_and_shift_g_go_to_the_first_and_last_row_of_each_list(
    seeds_service: SearchService,
) -> None:
    """As in less and vim: the results, the article's timeline and the entity view's
    mentions (G and g did nothing in the last two, g nothing in the results)."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("G")
        await settle(pilot)
        first, last = _first_and_last_rows(screen.results)
        assert app.focused is screen.results and screen.results.highlighted == last
        await pilot.press("g")
        assert screen.results.highlighted == first
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("t")
        first, last = _first_and_last_rows(screen.timeline)
        assert app.focused is screen.timeline and first != last
        await pilot.press("G")
        assert screen.timeline.highlighted == last
        await pilot.press("g")
        assert screen.timeline.highlighted == first
        await pilot.press("escape", "tab", "e")
        await settle(pilot)
        mentions = screen.entity_view.option_list
        first, last = _first_and_last_rows(mentions)
        assert app.focused is mentions and first != last
        await pilot.press("G")
        assert mentions.highlighted == last
        await pilot.press("g")
        assert mentions.highlighted == first


async def test_find_in_the_article_counts_and_steps_through_matches(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        reader = screen.reader
        assert reader.document is not None
        expected = reader.document.plain.lower().count("openai")
        assert expected > 2

        await pilot.press("slash", *"openai")
        assert len(reader.find_matches) == expected
        count = str(screen.query_one("#find-count").render())
        assert count.endswith(f"/{expected}")
        await pilot.press("enter")
        assert app.focused is reader
        first = reader.find_index
        assert first is not None

        await pilot.press("n")
        assert reader.find_index == (first + 1) % expected
        await pilot.press("n", "N")
        assert reader.find_index == (first + 1) % expected
        span = reader.find_span
        assert span is not None and in_view(reader, span[0])
        assert reader.document.plain[span[0] : span[1]].lower() == "openai"

        await pilot.press("escape")
        assert reader.find_matches == []


async def test_copy_quote_and_citation(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "gpt-4")
        reader = screen.reader
        document = reader.document
        assert document is not None
        body_link = next(i for i, link in enumerate(document.links) if link.mention.field == "body")
        reader.select(body_link)
        await pilot.press("c")
        link = document.links[body_link]
        article = document.article
        sentence = document.sentence(link.start, link.end)
        assert document.plain[link.start : link.end] in sentence
        assert sentence in article.body
        assert app.clipboard.startswith(f"“{sentence}” (")
        assert document.title in app.clipboard
        assert article.date is not None and str(article.date.year) in app.clipboard

        await pilot.press("C")
        assert app.clipboard.startswith(document.title)
        assert "“" not in app.clipboard


async def test_a_query_that_cannot_run_shows_its_message_in_place(
    seeds_service: SearchService,
) -> None:
    too_long = "harga " * 400
    error = seeds_service.search(too_long).error
    assert error, "the service refuses very long queries"
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await settle(pilot)
        screen.search_bar.value = too_long
        await pilot.press("enter")
        await settle(pilot)
        assert error in str(screen.query_one("#status").render())
        assert app.is_running


async def test_a_narrowed_search_says_so_in_the_status_line(
    seeds_service: SearchService,
) -> None:
    """``musk~7`` runs as ``musk~2``: the status line says so beside the count."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk~7")
        status = str(screen.query_one("#status").render())
        assert "result" in status and "was searched as ~2" in status


async def test_a_question_says_when_results_hold_only_some_words(
    seeds_service: SearchService,
) -> None:
    """A typed question is no dead end: partial matches follow, and the status line says so."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "Siapakah pendiri Tesla dan durian?")
        status = str(screen.query_one("#status").render())
        assert "only some of the words" in status and screen.results.option_count > 0


async def test_panes_fold_and_resize_from_the_keyboard(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "musk")
        assert not screen.sidebar.display, "80 columns fold the sidebar"
        await pilot.press("f3")
        assert screen.sidebar.display
        await pilot.press("f2")
        assert not screen.results.display
        width = screen.reader.size.width
        await pilot.press("f2", "greater_than_sign")
        await pilot.pause()
        assert screen.results.display
        assert screen.reader.size.width < width


async def test_a_first_run_builds_the_index_then_searches(tmp_path: Path, corpus: Path) -> None:
    service = SearchService([corpus], tmp_path / "fresh-index")
    app = WartaApp(service, initial_query="musk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert service.has_index()
        assert screen.results.option_count > 0
    service.close()


async def test_a_first_run_builds_on_both_cores_from_inside_the_app(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Large corpora extract entities in spawned processes; under Textual, sys.stderr has no
    # file descriptor, which once made every spawn fail ("bad value(s) in fds_to_keep").
    import warta.search.index

    monkeypatch.setattr(warta.search.index, "PARALLEL_MIN_ARTICLES", 0)
    service = SearchService([corpus], tmp_path / "fresh-index")
    app = WartaApp(service, initial_query="musk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert service.has_index()
        assert screen.results.option_count > 0
        assert service.entity("Elon Musk") is not None
    service.close()


HOSTILE_TITLE = "[@click=app.quit]x[/] [/bar] Jakarta [Antara] - harga \x1b]52;c;SGVsbG8=\x07naik"
HOSTILE_BODY = (
    "Jakarta [Antara] - Harga beras [/bar] naik \x1b[2J lagi. "
    "Klik [@click=app.quit]di sini[/] untuk [link=https://x]tautan[/link] dan [$accent]warna.\n\n"
    "Paragraf kedua tentang Jakarta \x1b]0;judul\x07 dan harga."
)


@pytest.fixture()
def hostile_service(tmp_path: Path) -> SearchService:
    corpus = tmp_path / "hostile"
    corpus.mkdir()
    (corpus / "[bar]-berita.txt").write_text(f"{HOSTILE_TITLE}\n\n{HOSTILE_BODY}\n", "utf-8")
    service = SearchService([corpus], tmp_path / "hostile-index")
    service.update()
    return service


async def test_a_hostile_article_renders_literally_and_nothing_is_clickable(
    hostile_service: SearchService,
) -> None:
    app = WartaApp(hostile_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "jakarta")
        reader = screen.reader
        assert reader.document is not None
        plain = reader.document.plain
        for literal_text in ("[@click=app.quit]x[/]", "[/bar]", "[Antara]", "[link=https://x]"):
            assert literal_text in plain
        assert "\x1b" not in plain and "\x07" not in plain

        for widget in (reader, screen.results):
            for y in range(widget.size.height):
                for segment in widget.render_line(y):
                    assert "\x1b" not in segment.text
                    assert not (segment.style and segment.style.meta.get("@click"))
        hit_text = str(screen.results.get_option_at_index(0).prompt)
        assert "[Antara]" in hit_text and "[/bar]" in hit_text

        x_offset = plain.index("[@click")
        line = reader.line_of_offset(x_offset)
        column = x_offset - reader._lines[line][0]
        await pilot.click(Reader, offset=(column + 2, line))
        await pilot.click(OptionList, offset=(2, 0))
        await settle(pilot)
        assert app.is_running
    hostile_service.close()


async def test_back_returns_to_the_previous_search(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "grok")
        grok_hits = screen.results.hits
        await search(pilot, "altman")
        assert screen.results.hits != grok_hits
        await pilot.press("backspace")
        await settle(pilot)
        assert screen.search_bar.value == "grok"
        assert screen.results.hits == grok_hits
        await pilot.press("alt+right")
        await settle(pilot)
        assert screen.search_bar.value == "altman"


async def test_back_and_forward_are_offered_only_where_they_go_somewhere(
    seeds_service: SearchService,
) -> None:
    """The footer said "Back" at start, where it did nothing, as did the palette; as a
    browser's buttons, Back shows once there is a place behind, Forward (in the palette:
    the footer has no room for it at 80 columns) once back."""
    from textual.widgets._footer import FooterKey

    def offered(app: WartaApp) -> tuple[set[str], set[str]]:
        footer = {str(key.description) for key in app.screen.query(FooterKey)}
        commands = {command.title for command in app.get_system_commands(app.screen)}
        return footer & {"Back", "Forward"}, commands & {"Back", "Forward"}

    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "grok")
        assert offered(app) == (set(), set())
        await search(pilot, "altman")
        assert offered(app) == ({"Back"}, {"Back"})
        await pilot.press("backspace")
        await settle(pilot)
        assert offered(app) == (set(), {"Forward"})
        await pilot.press("backspace")  # nothing further back: the key does nothing
        await settle(pilot)
        assert app.screen.search_bar.value == "grok" and not app._notifications
        await pilot.press("alt+right")
        await settle(pilot)
        assert app.screen.search_bar.value == "altman"
        assert offered(app) == ({"Back"}, {"Back"})


class GatedService(SearchService):
    """The real service, except that searching for ``slow`` waits for a go-ahead."""

    slow = "musk"

    def __init__(self, corpus: Path, index_dir: Path) -> None:
        super().__init__([corpus], index_dir)
        self.release = threading.Event()

    def search(self, query: str, *args: Any, **kwargs: Any) -> SearchResult:
        if query == self.slow:
            assert self.release.wait(timeout=30)
        return super().search(query, *args, **kwargs)


async def test_a_slow_search_never_replaces_a_newer_one(seeds_index: Path) -> None:
    from warta.search.paths import bundled_seeds

    service = GatedService(bundled_seeds(), seeds_index)
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await settle(pilot)
        await pilot.press("ctrl+l", *service.slow, "enter")
        await pilot.press(*["backspace"] * len(service.slow), *"grok", "enter")
        while screen.results.query_text != "grok":
            await pilot.pause()
        service.release.set()
        await settle(pilot)
        assert screen.results.query_text == "grok"
        assert [hit.id for hit in screen.results.hits] == [
            hit.id for hit in service.search("grok", limit=RESULT_LIMIT).hits
        ]
    service.close()


async def test_enter_in_the_search_bar_opens_the_typed_querys_first_hit_however_fast(
    seeds_service: SearchService,
) -> None:
    """As in fzf: Enter typed before the as-you-type search ended waits for it and opens
    the same hit as Enter typed after, never a hit of the query shown before."""
    first_grok = seeds_service.search("grok", limit=RESULT_LIMIT).hits[0].id
    assert first_grok != seeds_service.search("musk", limit=RESULT_LIMIT).hits[0].id
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("ctrl+l", *"grok", "enter")  # faster than the typing pause
        await settle(pilot)
        reader = screen.reader
        assert reader.document is not None and reader.document.article.id == first_grok
        assert app.focused is reader
        assert screen.results.highlighted_hit is not None
        assert screen.results.highlighted_hit.id == first_grok

        await search(pilot, "musk")
        await pilot.press("ctrl+l", *"grok")
        while screen.results.query_text != "grok":  # the search as you type shows its hits
            await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert reader.document.article.id == first_grok and app.focused is reader


@pytest.mark.parametrize("key", ["down", "escape"])
async def test_down_or_escape_in_the_search_bar_goes_to_the_typed_querys_results(
    seeds_service: SearchService, key: str
) -> None:
    """Not into the hits of the query typed before, which the typed one's then replaced
    with nothing highlighted, the reader showing an article no longer listed."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("ctrl+l", *"grok", key)  # before the search as you type ran
        await settle(pilot)
        assert app.focused is screen.results and screen.results.query_text == "grok"
        first_grok = seeds_service.search("grok", limit=RESULT_LIMIT).hits[0].id
        highlighted = screen.results.highlighted_hit
        assert highlighted is not None and highlighted.id == first_grok
        document = screen.reader.document
        assert document is not None and document.article.id == first_grok, "previewed"


async def test_command_palette_offers_what_can_be_done_now(
    seeds_service: SearchService,
) -> None:
    """The commands on the open article once one is open (before, they only said to open
    one), as Back once there is somewhere to go back to (tested above); Export, Save and
    the coverage once there is a search, More like this on an article, the views of an
    entity once one is selected: before, they only said "Search first" (their keys still
    do, and help lists them all)."""
    app = WartaApp(seeds_service)

    def offered() -> set[str]:
        return {command.title for command in app.get_system_commands(app.screen)}

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        on_an_article = {"Copy quote", "Copy citation", "Open in pager", "Find in article"}
        on_a_search = {"Export the results", "Save the search", "Coverage over time"}
        on_an_entity = {"Entity view", "Named with", "Quotes"}
        titles = offered()
        assert {"Help", "Light/dark theme", "Saved searches", "Search history"} <= titles
        assert not (on_an_article | on_a_search | on_an_entity | {"More like this"}) & titles
        await pilot.press("escape", "x")  # out of the search bar; the key says what to do
        assert [str(note.message) for note in app._notifications][-1].startswith("Search first")
        assert "warta.screen.export" in {
            binding.id for section in screen.help_sections() for binding in section.bindings
        }

        await search(pilot, "musk")  # the first hit previewed
        titles = offered()
        assert on_a_search <= titles
        assert on_an_article | {"More like this"} <= titles
        assert not on_an_entity & titles
        await pilot.press("enter", "tab")  # into the reader; a mention selected
        await settle(pilot)
        assert on_an_entity <= offered()


async def test_the_palette_offers_no_maximize_for_a_line_to_type_in(
    seeds_service: SearchService,
) -> None:
    """Maximize from the search bar filled the screen with a hatched background around the
    one-line search bar: a line to type in shows nothing more maximized. A pane does."""
    app = WartaApp(seeds_service)

    def offered() -> set[str]:
        return {command.title for command in app.get_system_commands(app.screen)}

    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("ctrl+l")
        assert app.focused is screen.search_bar and "Maximize" not in offered()
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is screen.reader and "Maximize" in offered()
        await pilot.press("slash")  # the find bar
        assert "Maximize" not in offered()


async def test_ctrl_t_switches_between_light_and_dark(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dark = app.current_theme.dark
        await pilot.press("escape", "ctrl+t")
        assert app.current_theme.dark is not dark
        await pilot.press("ctrl+t")
        assert app.current_theme.dark is dark


async def test_back_restores_the_scroll_position_and_mention(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        reader = screen.reader
        assert reader.document is not None
        await pilot.press("shift+tab")
        last = len(reader.document.links) - 1
        assert reader.current == last
        scrolled = reader.scroll_y
        assert scrolled > 0, "the last mention is below the first screen"
        await pilot.press("enter")
        await settle(pilot)
        assert screen.showing_entity
        await pilot.press("backspace")
        await settle(pilot)
        assert not screen.showing_entity
        assert (reader.scroll_y, reader.current) == (scrolled, last)


async def test_f5_updates_the_index_with_a_new_article(tmp_path: Path, corpus: Path) -> None:
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "zamrud")
        assert not screen.results.hits
        (corpus / "baru.txt").write_text(
            "Kalung zamrud ditemukan di Bandung\n\nSebuah kalung zamrud kuno ditemukan warga.\n",
            "utf-8",
        )
        await pilot.press("f5")
        await settle(pilot)
        assert [hit.title for hit in screen.results.hits] == ["Kalung zamrud ditemukan di Bandung"]
        assert [n for n in app._notifications if "Index ready: 6 articles." in n.message]
    service.close()


async def test_an_update_that_changed_nothing_leaves_no_notice_over_the_reader(
    tmp_path: Path, corpus: Path
) -> None:
    """ "Index ready: 5 articles." covered the reader's last rows at 80x24 after an update
    that found nothing to do: the status line's "Ready" says it."""
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    app = WartaApp(service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("f5")
        await settle(pilot)
        assert screen.index_ready and screen.results.hits
        assert not app._notifications
    service.close()


async def test_a_file_changed_after_indexing_is_flagged_when_shown(
    tmp_path: Path, corpus: Path
) -> None:
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "zuckerberg")
        assert not [n for n in app._notifications if "F5" in str(n.message)]
        (corpus / "002_c0de79780e8f4f90.txt").write_text("Judul baru\n\nIsi baru.\n", "utf-8")
        await open_first_result(pilot, "zuckerberg")
        warnings = [str(n.message) for n in app._notifications if n.severity == "warning"]
        assert any("changed or was deleted" in message for message in warnings)
    service.close()


class BrokenIndexer(SearchService):
    """The real service whose indexing trips over a bug."""

    def update(self, *args: Any, **kwargs: Any) -> UpdateReport:
        raise RuntimeError("extractor bug")


async def test_an_indexing_bug_leaves_the_explorer_on_the_old_index(seeds_index: Path) -> None:
    from warta.search.paths import bundled_seeds

    service = BrokenIndexer([bundled_seeds()], seeds_index)
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("f5")
        await settle(pilot)
        assert app.is_running
        assert screen.index_ready
        await search(pilot, "grok")
        assert screen.results.hits
    service.close()


async def test_s_in_the_results_sorts_newest_first_and_back(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        by_score = [hit.id for hit in screen.results.hits]
        await pilot.press("s")
        await settle(pilot)
        dates = [hit.date for hit in screen.results.hits if hit.date]
        assert dates == sorted(dates, reverse=True)
        assert [hit.id for hit in screen.results.hits] != by_score
        assert "newest first" in str(screen.query_one("#status").render())
        await pilot.press("s")
        await settle(pilot)
        assert [hit.id for hit in screen.results.hits] == by_score


async def test_s_past_the_page_highlights_and_shows_the_first_hit(
    seeds_service: SearchService,
) -> None:
    """Sorted newest first, the highlighted hit may fall past the page: no row was then
    highlighted, Enter opened nothing and the reader kept an article the list no longer
    showed. The first hit is now highlighted and shown, as on a new search."""
    app = WartaApp(seeds_service, settings=Settings(page_size=2))
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        undated = screen.results.highlighted_hit
        assert undated is not None and undated.date is None
        await pilot.press("s")
        await settle(pilot)
        assert undated.id not in [hit.id for hit in screen.results.hits]
        first = screen.results.hits[0]
        assert screen.results.highlighted_hit == first
        assert screen.reader.document is not None
        assert screen.reader.document.article.id == first.id


async def test_the_entity_view_opens_at_the_mention_the_reader_had_selected(
    seeds_service: SearchService,
) -> None:
    """Enter on a mention opened the entity view at the first article's first mention, so
    Enter again read another article than the one the user came from. It now opens at the
    mention selected, as a list of links shows the one you came from."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("j", "enter")
        await settle(pilot)
        reader = screen.reader
        assert reader.document is not None
        opened = reader.document.article.id
        while reader.current_link is None or reader.current_link.mention.key != "elon_musk":
            await pilot.press("tab")
        link = reader.current_link
        await pilot.press("enter")
        await settle(pilot)
        mention = highlighted_mention(screen.entity_view)
        assert screen.entity_view.mentions[0].article != opened
        assert (mention.article, mention.field, mention.start) == (
            opened,
            link.mention.field,
            link.mention.start,
        )

        await pilot.press("enter")  # back in the same article, at that mention
        await settle(pilot)
        assert reader.document.article.id == opened and reader.current_link == link


async def test_the_entity_view_says_its_keys_once_with_the_sidebar_open(
    seeds_service: SearchService,
) -> None:
    """Under the entity view a hint said "Enter: open the article there · Backspace: back",
    cut at 100x30 with the sidebar open, above a footer saying the same: now the footer
    alone says them."""
    from .test_tui_help import screen_text

    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "altman")
        await pilot.press("f4", "enter")
        await settle(pilot)
        assert screen.showing_entity and screen.sidebar.display
        shown = screen_text(app).lower()
        assert "enter:" not in shown and "⏎ open at mention" in shown and "⌫ back" in shown


@pytest.mark.parametrize("opened", [True, False], ids=["article open", "previewed"])
async def test_back_from_the_entity_view_returns_to_the_sidebar_it_was_opened_from(
    seeds_service: SearchService, opened: bool
) -> None:
    """F4, j, Enter, then Backspace landed in the reader: back now puts the focus where
    it was, on the sidebar's entity that was opened."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await (open_first_result if opened else search)(pilot, "altman")
        await pilot.press("f4", "j")
        chosen = screen.sidebar.highlighted_key
        await pilot.press("enter")
        await settle(pilot)
        assert screen.showing_entity
        await pilot.press("backspace")
        await settle(pilot)
        assert not screen.showing_entity
        assert app.focused is screen.sidebar and screen.sidebar.highlighted_key == chosen
        await pilot.press("enter")  # Enter again opens the same entity
        await settle(pilot)
        assert screen.entity_view.entity is not None and screen.entity_view.entity.id == chosen


async def test_enter_typed_while_the_index_opens_opens_the_first_hit_once_ready(
    seeds_service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first run builds the index while the user types: Enter then is kept and done
    when the search can run, as Enter is on a search that has not answered yet."""
    opened = threading.Event()
    has_index = seeds_service.has_index
    monkeypatch.setattr(seeds_service, "has_index", lambda: opened.wait() and has_index())
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press(*"grok", "enter")
        assert not screen.index_ready
        opened.set()
        await settle(pilot)
        document = screen.reader.document
        first = seeds_service.search("grok", limit=RESULT_LIMIT).hits[0].id
        assert document is not None and document.article.id == first
        assert app.focused is screen.reader
