"""Round 28 of the explorer as a new user, mostly in Indonesian: keys typed at once into
a dialog, one notice at a time, the timeline's "Read there" in the status line, the
quotes' headings, the status line at 60 columns, and the rough edges met at 80x24."""

from __future__ import annotations

from pathlib import Path

from textual import events
from warta.search.service import SearchService
from warta.search.workspace import Workspace
from warta.tui.app import WartaApp

from tests.test_tui_flows import open_first_result, settle

SIZE = (80, 24)


def _burst(app: WartaApp, *keys: str) -> None:
    """``keys`` queued at once, as tmux, a paste or a fast typist over SSH sends them."""
    for name in keys:
        character = name if len(name) == 1 else None
        app.post_message(events.Key(name, character))


# -- keys typed at once into a dialog ----------------------------------------------------------


async def test_a_tag_and_a_note_typed_at_once_reach_their_prompts(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``l tagz Enter a catatanku Enter`` sent at once in the reader: the keys typed
    before the tag prompt was built went to the reader (t opened the timeline, the tag
    was "agz"), and the note was lost, its c copying a quote; warta once stopped on
    "Can't pop screen" (the prompt dismissed twice). Keys typed ahead wait for the
    dialog they were typed for, as less and fzf keep type-ahead."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        document = screen.reader.document
        assert document is not None
        _burst(app, "l", *"tagz", "enter", "a", *"catatanku", "enter")
        await settle(pilot)
        assert app.screen is screen and app.is_running
        assert not screen.timeline.has_class("-open")
        article = document.article.id
    with Workspace(tmp_path) as workspace:
        assert workspace.article_tags(article) == ["tagz"]
        assert workspace.note(article) == "catatanku"


async def test_enter_twice_at_once_in_the_quotes_list_opens_the_article_once(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Enter Enter sent at once on a quote answered twice, and the second closed the
    screen under the list: warta stopped on "Can't pop screen"."""
    from tests.test_tui_quotes import open_quotes

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_quotes(pilot, "sam_altman")
        screen = app.screen_stack[0]
        await pilot.press("tab")
        await settle(pilot)
        _burst(app, "enter", "enter")
        await settle(pilot)
        assert app.is_running and app.screen is screen
        document = screen.reader.document
        assert document is not None and document.article.id == listing.rows[0].article


# -- one notice of a kind at a time ------------------------------------------------------------


async def test_keys_that_each_say_something_leave_one_notice_not_a_stack(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``C w c`` in the reader at 80x24: three toasts stacked over the reader (citation
    copied, no web address, select a mention first). The newest replaces the older of
    its kind, as less and fzf show one message line; a warning stays beside it."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "musk")
        _burst(app, "C", "w", "c")
        await settle(pilot)
        shown = [(toast.severity, toast.message) for toast in app._notifications]
        assert len(shown) == 1 and shown[0][0] == "information"
        assert "Tab" in shown[0][1]  # c's: select a mention first
        app.notify("peringatan", severity="warning")
        app.notify("informasi")
        await settle(pilot)
        shown = sorted((toast.severity, toast.message) for toast in app._notifications)
        assert shown == [("information", "informasi"), ("warning", "peringatan")]


# -- the status line says where the timeline or a figure took the reader -----------------------


def _status(app: WartaApp) -> str:
    """The reader's status line as drawn."""
    return str(app.screen.query_one("#reader-status").render())


async def test_reading_at_a_date_of_the_timeline_shows_the_date_not_the_old_mention(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Tab, then ``t``, j, Enter ("Read there"): the text scrolled to the date, and the
    status line still said "Elon Musk (person) 1 of 21 here", the mention out of view
    above, which c then quoted. It says the date read there; c quotes its sentence."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab")
        await settle(pilot)
        link = screen.reader.current_link
        document = screen.reader.document
        assert link is not None and document is not None
        assert link.mention.name in _status(app)
        await pilot.press("t", "j", "enter")
        await settle(pilot)
        spot = screen.reader.spot
        assert spot is not None and screen.timeline.has_class("-open")
        date = document.plain[slice(*spot)]
        count = len(screen.timeline.dates)
        shown = _status(app)
        assert link.mention.name not in shown
        assert shown.startswith(f"{date} (date 2 of {count})")
        await pilot.press("c")
        await settle(pilot)
        assert date in app.clipboard.split("”")[0]


async def test_a_figure_of_the_sidebar_shows_in_the_status_line(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """F4, G (the last figure): the text showed it marked, the status line named the
    mention selected before."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab", "f4", "G")
        await settle(pilot)
        spot = screen.reader.spot
        document = screen.reader.document
        assert spot is not None and document is not None
        assert _status(app).startswith(f"{document.plain[slice(*spot)]} (figure)")


# -- the quotes list names the article -----------------------------------------------------------


async def test_a_quotes_heading_names_the_article_cut_to_one_line(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Q listed "15 Apr 2023 · REPUBLIKA.CO.ID" over a quote: not which article. The
    heading names the title too, cut to the line with an ellipsis (wrapped, it read as
    another row)."""
    from tests.test_tui_help import screen_text
    from tests.test_tui_quotes import open_quotes
    from tests.test_tui_views import prompt_of

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_quotes(pilot, "elon_musk")
        sourced = [at for at, row in enumerate(listing.rows) if row.source and row.date]
        index = max(sourced, key=lambda at: len(listing.rows[at].title))
        row = listing.rows[index]
        assert prompt_of(listing, index).split("\n")[0].endswith(f" · {row.title}")
        await pilot.press("tab", *["down"] * index)
        await settle(pilot)
        lines = [line for line in screen_text(app).splitlines() if "│" in line]  # the dialog
        heading = [line for line in lines if f"{row.source} · {row.title[:15]}" in line]
        assert heading and ("…" in heading[0] or row.title in heading[0])
        wrapped = [line for line in lines if row.title[-12:] in line and line not in heading]
        assert not wrapped


def test_a_heading_cut_to_one_line_has_no_escape_sequences() -> None:
    from textual.content import Content
    from warta.tui.text import OneLine, literal

    line = OneLine(literal("Judul \x1b[31mmerah\x1b[0m [bold]x[/]"))
    assert "\x1b" not in str(line) and "[bold]x[/]" in str(line)
    assert line.get_height({}, 5) == 1  # type: ignore[arg-type]
    assert isinstance(line.content, Content)


# -- the status line at 60 columns -------------------------------------------------------------


def test_the_status_lines_note_is_cut_after_a_whole_word_or_left_out() -> None:
    """The note after the mention ("continued in the next article that mentions it") was
    cut mid-word at the line's end ("berlanjut di artikel beriku…" at 100 columns): it
    is cut after its last whole word, or left out when too little of it would show."""
    from textual.content import Content
    from warta.tui.text import FittedLine

    note = "berlanjut di artikel berikutnya yang menyebutnya (1 dari 2)"
    line = FittedLine(Content("Sam Altman"), (Content(" (tokoh) 1 dari 4 di sini"),), Content(note))
    words = note.split()
    for width in range(36, 110):
        shown = line.fit(width).plain
        assert len(shown) <= width
        said = shown.partition(" · ")[2].removesuffix("…").split()
        assert said == words[: len(said)], (width, shown)  # whole words only
        assert not said or len(said) == len(words) or shown.endswith("…")
