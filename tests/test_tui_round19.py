"""Round 19 of the explorer as a new user: rough edges met reading a larger archive."""

from __future__ import annotations

import json
import os
import shlex
import signal
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.command import CommandList, CommandPalette
from warta.search.model import Article, Entity, Hit, Mention, SearchResult, Snippet
from warta.search.service import SearchService
from warta.tui import app as app_module
from warta.tui.app import WartaApp
from warta.tui.i18n import _
from warta.tui.screens.main import MainScreen
from warta.tui.watch import corpus_news
from warta.tui.widgets.document import build_document
from warta.tui.widgets.results import result_status

from tests.conftest import index_of
from tests.test_tui_flows import SIZE, highlighted_mention, open_first_result, search, settle
from tests.test_tui_tmux import TMUX, WARTA, Terminal
from tests.test_watch import settle_while_watching

# -- the reader shows prose, not the spacing of a detokenised body -------------------------


def test_the_reader_shows_a_run_of_spaces_as_one_with_mentions_and_hits_in_place() -> None:
    body = "Laga di kandang Persija   Jakarta berakhir   imbang.\n\nPenonton    pulang."
    jakarta = body.index("Jakarta")
    imbang = body.index("imbang")
    article = Article("a", "Judul   berita", body)
    mention = Mention("body", jakarta, jakarta + 7, "Jakarta", "jakarta", "Jakarta", "place")
    document = build_document(article, "", [mention], body_matches=[(imbang, imbang + 6)])
    shown = document.plain[document.body_start :]
    assert shown == "Laga di kandang Persija Jakarta berakhir imbang.\n\nPenonton pulang."
    assert document.title == "Judul berita"
    link = document.links[0]
    assert document.plain[link.start : link.end] == "Jakarta"
    (match,) = [(start, end) for start, end, role in document.styles if role == "match"]
    assert document.plain[slice(*match)] == "imbang"


def test_spaces_either_side_of_a_mention_cut_still_show_as_one() -> None:
    """The cleaning runs piece by piece between offsets: a run split by a cut is one run,
    and no-break spaces in a run (as IndoSum's bodies have) are part of it."""
    body = "Kata  \u00a0 di sini   Jakarta   lagi."
    jakarta = body.index("Jakarta")
    article = Article("a", "Judul", body)
    mention = Mention("body", jakarta, jakarta + 7, "Jakarta", "jakarta", "Jakarta", "place")
    cut_in_run = [(jakarta - 2, jakarta - 1)]  # a (bogus) hit on one of the spaces
    document = build_document(article, "", [mention], body_matches=cut_in_run)
    assert document.plain[document.body_start :] == "Kata di sini Jakarta lagi."


# -- the entity view: a mention in a dateline adds to the title above it ----------------------


def test_a_mention_in_the_dateline_of_an_untitled_article_does_not_repeat_its_title(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (
        "JAKARTA (Pos Kota) – Presiden Joko Widodo meresmikan jembatan baru di Kalimantan "
        "Timur pada Senin pagi. Jembatan itu menghubungkan dua kota di pesisir."
    )
    line = {"id": "jembatan", "text": text}
    (corpus / "berita.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    try:
        service.update()
        article = service.article("jembatan")
        assert article is not None and article.title_derived
        assert article.title.startswith("Presiden Joko Widodo meresmikan")
        (entity,) = [e for e in service.entities() if e.name.casefold() == "jakarta"]
        (mention,) = service.mentions(entity.id)
        assert mention.context.startswith("JAKARTA (Pos Kota) – …")
        assert "Presiden Joko Widodo" not in mention.context
        assert "Jembatan itu menghubungkan" in mention.context
        shown = mention.context[mention.context_start :]
        assert shown.startswith(mention.surface)
        (joko,) = [e for e in service.entities() if e.name == "Joko Widodo"]
        in_body = [m for m in service.mentions(joko.id) if m.field == "body"]
        assert "Presiden Joko Widodo meresmikan" in in_body[0].context, "not in the dateline"
    finally:
        service.close()


# -- the watcher counts articles, not files --------------------------------------------------


def _line(number: int) -> str:
    text = f"Berita ke-{number}\n\nHarga kopi di pasar naik untuk kali ke-{number}."
    return json.dumps({"id": f"kopi-{number}", "text": text}) + "\n"


async def test_lines_appended_to_a_jsonl_archive_are_announced_as_new_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    archive = corpus / "arsip.jsonl"
    archive.write_text(_line(1) + _line(2), "utf-8")
    appended = threading.Event()

    def one_change(roots: Sequence[Path], stop: threading.Event) -> Iterator[set[str]]:
        appended.wait()
        yield {str(archive)}

    monkeypatch.setattr(app_module, "corpus_changes", one_change)
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    app = WartaApp(service, watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle_while_watching(pilot)
        with archive.open("a", encoding="utf-8") as file:
            file.write(_line(3) + _line(4))
        appended.set()
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert [note.message for note in app._notifications][-1] == "2 new articles"
    service.close()


def test_an_archive_rewritten_says_which_articles_are_new_updated_or_gone(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    archive = corpus / "arsip.jsonl"
    archive.write_text(_line(1) + _line(2) + _line(3), "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    try:
        service.update()
        archive.write_text(_line(2) + _line(3) + _line(4) + _line(5), "utf-8")
        assert corpus_news(service.update(changed={str(archive)})) == (
            "2 new articles, 2 updated, 1 deleted"
        )
    finally:
        service.close()


# -- the entity hint fits the status line at 80 columns --------------------------------------


async def test_the_entity_hint_keeps_the_status_line_to_one_row_at_80_columns(
    named_two_ways: SearchService,
) -> None:
    app = WartaApp(named_two_ways)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await search(pilot, "jokowi")
        line = screen.status_line
        shown = "2 results · Tab: 3 articles name Joko Widodo · most relevant first"
        assert str(line.render()) == shown
        assert line.size.height == 1
        await pilot.press("ctrl+l", "tab")  # what the hint offers: the search bar shows it
        await settle(pilot)
        assert screen.search_bar.value == "entity:joko_widodo"


def test_a_long_name_in_the_entity_hint_is_cut_to_leave_the_line_one_row() -> None:
    """With three-digit counts, in the longer of the two languages' wordings."""
    hit = Hit(id="a", title="Judul", source=None, date=None, score=1.0, snippet=Snippet(""))
    result = SearchResult(query="kpk", total=999, hits=(hit,) * 999)
    name = "Komisi Pemberantasan Korupsi Republik Indonesia"
    entity = Entity("kpk", name, "organisation", articles=999)
    line = result_status(result, named=entity).plain
    assert line.startswith("999 results · Tab: 999 articles name Komisi Pemberanta…")
    assert len(line) <= 80 - 2  # the line's padding


# -- Ctrl+Z hands the terminal back to the shell, as less and vim do --------------------------


@pytest.mark.skipif(
    TMUX is None or WARTA is None or not hasattr(signal, "SIGTSTP"),
    reason="needs tmux, the warta console script and job control",
)
def test_ctrl_z_stops_warta_for_the_shell_and_fg_brings_its_screen_back(
    tmp_path: Path, corpus: Path
) -> None:
    terminal = Terminal(f"warta-test-suspend-{os.getpid()}")
    command = shlex.join(
        [str(WARTA), "--corpus", str(corpus), "--index-dir", str(tmp_path / "index"), "musk"]
    )
    shell = "env PS1='$ ' bash --norc --noprofile -i"
    terminal.tmux("new-session", "-d", "-s", "warta", "-x", "80", "-y", "24", shell)
    try:
        terminal.keys(f"WARTA_LANG=en {command}", "Enter")
        terminal.wait_for(lambda screen: "5 results" in screen, "the first search")
        terminal.keys("C-z")
        terminal.wait_for(lambda screen: "Stopped" in screen, "the shell to say warta stopped")
        terminal.keys("fg", "Enter")
        terminal.wait_for(lambda screen: "5 results" in screen, "fg to bring the screen back")
        terminal.keys("C-q")
        terminal.wait_for(lambda screen: screen.rstrip().endswith("$"), "warta to quit")
    finally:
        terminal.tmux("kill-server")


# -- keys that come in one burst are applied in the order they came ----------------------------


def _burst(app: WartaApp, *keys: str) -> None:
    """``keys`` queued at once, as a terminal delivers keys typed while the app is busy."""
    for name in keys:
        character = name if len(name) == 1 else None
        app.post_message(events.Key(name, character))


async def test_editing_keys_typed_in_a_burst_edit_the_search_bar_in_order(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service, initial_query="musk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("ctrl+l")  # the query selected, to type over
        _burst(app, "end", "x", "backspace")
        await settle(pilot)
        assert screen.search_bar.value == "musk"
        _burst(app, "ctrl+u", *"tesla")
        await settle(pilot)
        assert screen.search_bar.value == "tesla"
        _burst(app, *["backspace"] * 5, *"altman")
        await settle(pilot)
        assert screen.search_bar.value == "altman"
        await pilot.press("down")  # into the results of the query as typed
        await settle(pilot)
        assert screen.results.query_text == "altman"


# -- the entity view opened near the end of its list starts the view at a row of its own --------

LONGER = "panjang dan bendungan besar "
PLACES = ["Kalimantan", "Sulawesi", "Sumatra", "Papua", "Maluku", "Bali", "Lombok", "Flores"]


async def test_the_entity_view_never_opens_on_the_tail_of_a_cut_heading(tmp_path: Path) -> None:
    articles = {
        # Titles of one and two rows, the one opened of three: it cannot reach the top.
        f"berita{n}": f"Peresmian jembatan {LONGER * (2 if place == 'Lombok' else n % 2)}di {place}"
        f"\n\nPresiden Joko Widodo meresmikan jembatan di {place}. "
        f"Warga {place} menyambutnya.\n"
        for n, place in enumerate(PLACES)
    }
    service = index_of(tmp_path, articles)
    app = WartaApp(service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "Lombok")
        await pilot.press("tab", "tab", "e")  # past Lombok in the title, to Joko Widodo
        await settle(pilot)
        listing = screen.entity_view.option_list
        assert listing.max_scroll_y > 0, "the list is longer than the view"
        starts = listing._index_to_line
        assert listing.scroll_y in starts.values(), "the view starts at an option's first row"
        chosen = listing.highlighted
        assert chosen is not None
        assert highlighted_mention(screen.entity_view).article == "berita6"  # Lombok's
        top, bottom = listing.scroll_y, listing.scroll_y + listing.scrollable_content_region.height
        assert top <= starts[chosen] and starts[chosen] + listing._heights[chosen] <= bottom
    service.close()


# -- the palette's "nothing matches" is in the interface language -----------------------------


async def test_a_palette_search_that_matches_nothing_says_so_in_the_interface_language(
    seeds_service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual wrote "No matches found" in English in every interface (warta's own
    message is translated)."""
    countdown = CommandPalette._NO_MATCHES_COUNTDOWN
    set_timer = CommandPalette.set_timer

    def at_once(palette: CommandPalette, delay: float, callback: Any, **options: Any) -> Any:
        """The half-second wait before "no matches" shows, skipped (no sleep in tests); the
        timer the palette keeps then does nothing, or a loaded machine would show the
        message twice (DuplicateIds)."""
        if delay == countdown:
            palette.call_later(callback)
            return set_timer(palette, delay, lambda: None, **options)
        return set_timer(palette, delay, callback, **options)

    monkeypatch.setattr(CommandPalette, "set_timer", at_once)
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"zzqx")
        await settle(pilot)
        shown = [
            str(option.prompt.renderable) for option in app.screen.query_one(CommandList).options
        ]
        assert shown == [_("No matches.")]
