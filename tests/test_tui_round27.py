"""Round 27 of the explorer as a new user: a search that finds nothing empties the
reader, quotes are said by whom the sentence says, the results show an article's marks,
and the rough edges met on the seeds at 80x24."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input
from warta.search.entities import extract_mentions
from warta.search.quotes import extract_quotes
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.main import MainScreen

from tests.test_tui_flows import open_first_result, search, settle
from tests.test_tui_help import screen_text

SIZE = (80, 24)


# -- a search with no hits does not leave the old article in the reader ------------------------


async def test_a_search_that_finds_nothing_empties_the_reader_and_back_brings_it_again(
    seeds_service: SearchService,
) -> None:
    """With an article open, a query that matched nothing left that article in the
    reader (and its mentions in the sidebar) under "0 results", as if it answered the
    query. As a browser leaves the page on Enter, the reader says nothing matched (not
    while the query is typed); Back shows the article again."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(110, 30)) as pilot:
        screen = await open_first_result(pilot, "musk")
        document = screen.reader.document
        assert document is not None and screen.sidebar.option_count
        article = document.article.id
        await pilot.press("ctrl+l", *"qzxwvj")
        while screen.results.query_text != "qzxwvj":  # the search as you type shows it
            await pilot.pause()
        await settle(pilot)
        assert screen.reader.document is document  # still typing: the page stays
        await pilot.press("enter")
        await settle(pilot)
        assert screen.results.query_text == "qzxwvj" and not screen.results.hits
        assert screen.reader.document is None
        assert not screen.sidebar.option_count
        shown = " ".join(screen_text(app).split())
        assert "No article matches “qzxwvj”" in shown
        assert document.article.title[:20] not in shown
        await pilot.press("escape", "backspace")  # into the empty reader, then Back
        await settle(pilot)
        back = screen.reader.document
        assert back is not None and back.article.id == article
        assert screen.query_one("#search", Input).value == "musk"


# -- a quotation after "X menegaskan kembali klaim ... bahwa" is X's -------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "Dalam jumpa pers itu, Budi Santoso menegaskan kembali klaim partainya bahwa "
            '"koperasi desa harus dikelola warga sendiri."',
            "budi_santoso",
            "koperasi desa harus dikelola warga sendiri",
        ),
        (
            "Gubernur Anies Baswedan mengatakan pada Senin malam bahwa "
            '"banjir surut dalam dua hari."',
            "anies_baswedan",
            "banjir surut dalam dua hari",
        ),
    ],
)
def test_a_quotation_after_a_verb_a_few_words_before_bahwa_is_the_speakers(
    sentence: str, speaker: str, said: str
) -> None:
    """``X menegaskan kembali klaim partainya bahwa "…"``: the quotation had no cue (the
    verb had to come right before ``bahwa``), and the claim was read as reported speech
    from ``kembali`` on, quotation marks and all: Q listed "kembali klaim OpenAI bahwa …"
    as Altman's words. The words after ``bahwa`` are the quotation, the verb its cue."""
    quotes = extract_quotes(sentence, extract_mentions("Berita", sentence))
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [("direct", speaker, said)]


def test_altmans_quotes_in_the_seeds_start_at_the_quotation_not_after_the_verb(
    seeds_service: SearchService,
) -> None:
    """What Q and ``warta quotes`` list (``SearchService.quotes``): the seeds' ``Altman
    menegaskan kembali klaim OpenAI bahwa "Elon-lah …`` gave "kembali klaim OpenAI …"."""
    said = seeds_service.quotes("sam_altman", 100)
    assert not [quote for quote in said if quote.text.startswith("kembali")]
    elon = [quote for quote in said if quote.text.startswith("Elon-lah yang paling")]
    assert [quote.kind for quote in elon] == ["direct"]


# -- the note prompt says there is no note; the results show an article's marks ----------------


def _row(app: WartaApp, index: int) -> str:
    """The results row ``index`` as drawn, plain."""
    from warta.tui.screens.main import MainScreen

    screen = app.screen
    assert isinstance(screen, MainScreen)
    option = screen.results.get_option_at_index(index)
    return str(option.prompt)


async def test_the_note_prompt_says_there_is_no_note_and_the_results_show_the_marks(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``a`` on an article without a note opened on an empty info row; and the results
    showed a star only: notes and tags showed nowhere but in the reader's header, though
    newsboat and notmuch flag their lists. A row shows ★, ✎ and its tags, and keeps them
    when searched again."""
    from textual.widgets import Static
    from warta.tui.screens.workspace import Prompt

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        document = screen.reader.document
        assert document is not None
        title = document.article.title
        await pilot.press("a")
        await settle(pilot)
        prompt = app.screen
        assert isinstance(prompt, Prompt)
        info = str(prompt.query_one("#info", Static).render())
        assert "Write a short note on the article" in info
        await pilot.press(*"cek sumber", "enter", "l", *"penting", "enter", "exclamation_mark")
        await settle(pilot)
        row = _row(app, 0)
        assert title[:15] in row
        assert row.startswith("★✎ ") and "#penting" in row
        await pilot.press("ctrl+l", *"altman", "enter")  # a new search reads them again
        await settle(pilot)
        rows = [_row(app, index) for index in range(screen.results.option_count)]
        marked = [row for row in rows if title[:15] in row]
        assert marked and marked[0].startswith("★✎ ") and "#penting" in marked[0]
        unmarked = [row for row in rows if row and title[:15] not in row]
        assert unmarked and not any("✎" in row or "#penting" in row for row in unmarked)


# -- Escape in the reader puts the timeline away and stays in the reader -----------------------


@pytest.mark.parametrize("key", ["escape", "q"])
async def test_closing_the_timeline_from_the_reader_keeps_the_reader(
    seeds_service: SearchService, key: str
) -> None:
    """``t`` in the results opens the timeline; an article opened from the search bar
    then reads with the timeline still under it. Escape (or q) there closed the timeline
    and sent the focus to the results, where it had been opened for another article."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        await pilot.press("t")
        await settle(pilot)
        assert screen.timeline.has_class("-open")
        await pilot.press("ctrl+l", *"altman", "enter")
        await settle(pilot)
        assert app.focused is screen.reader and screen.timeline.has_class("-open")
        await pilot.press(key)
        await settle(pilot)
        assert not screen.timeline.has_class("-open")
        assert app.focused is screen.reader


# -- j past the last mention of the entity view shows the first article's heading --------------


async def test_j_past_the_last_mention_wraps_to_the_top_of_the_entity_view(
    seeds_service: SearchService,
) -> None:
    """G then j in the entity view wrapped to the first mention with its article's heading
    (title, date, count) scrolled out of view above it; g showed it. The wrap shows the
    top of the list, as g does."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab", "enter")
        await settle(pilot)
        mentions = screen.entity_view.option_list
        assert app.focused is mentions
        await pilot.press("G")
        await settle(pilot)
        assert mentions.scroll_y > 0
        await pilot.press("j")
        await settle(pilot)
        first = mentions.highlighted
        assert first is not None and mentions.get_option_at_index(first - 1).disabled
        assert mentions.scroll_y == 0


# -- More like this names the article it lists the like of --------------------------------------


async def test_more_like_this_names_the_article_it_is_about(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``m`` opened a list headed "More like this", over the reader it hides, listing
    every article but that one: nothing said which article the list was like."""
    from warta.tui.screens.views import MoreLikeThis

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        document = screen.reader.document
        assert document is not None
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MoreLikeThis)
        shown = " ".join(screen_text(app).split())
        assert f"More like this: “{document.article.title}”" in shown


# -- keys typed as warta starts go to the search bar -------------------------------------------


async def test_keys_typed_before_the_search_bar_has_the_focus_go_into_it(
    seeds_service: SearchService,
) -> None:
    """``warta`` then "musk" at once: the keys came while nothing had the focus yet (the
    search bar takes it once the screen is mounted, a second later on a busy machine);
    the screen dropped them, and warta opened on an empty search bar. As less and vim
    keep type-ahead, they go where the screen puts the focus, Enter too."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        screen.set_focus(None)  # as at start, before the search bar has the focus
        await pilot.press(*"musk", "enter")
        await settle(pilot)
        assert screen.search_bar.value == "musk"
        document = screen.reader.document
        assert document is not None and app.focused is screen.reader


async def test_keys_typed_as_warta_starts_on_a_query_go_to_the_results(
    seeds_service: SearchService,
) -> None:
    """``warta musk`` starts in the results: keys typed before they have the focus move
    in them, not into the query."""
    app = WartaApp(seeds_service, initial_query="musk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        screen.set_focus(None)
        await pilot.press("j")
        await settle(pilot)
        assert screen.search_bar.value == "musk"
        assert app.focused is screen.results and screen.results.highlighted == 1
