"""The explorer at 80 columns on long names and long quotes: what a line cannot hold gives
way (a name is cut with an ellipsis, a wrapped line hangs under the text it continues), and
what says where the user is stays readable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.content import Content
from warta.search.errors import N_, WartaError
from warta.search.model import SearchResult
from warta.search.paths import bundled_seeds
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.main import MainScreen
from warta.tui.screens.views import MoreLikeThis, RelatedEntities, SharedSentences
from warta.tui.screens.workspace import PickList
from warta.tui.text import FittedLine

from .test_tui_flows import open_first_result, search, settle
from .test_tui_quotes import open_quotes
from .test_tui_views import open_entity_view

NARROW = (80, 24)
#: An organisation whose name is wider than the reader at 80 columns, twice in one article.
LONG_NAME = "Badan Pengusahaan Kawasan Perdagangan Bebas dan Pelabuhan Bebas Batam"

ARTICLES = {
    "rapat.txt": (
        "Rapat Pelabuhan di Jakarta\n"
        f"JAKARTA - Pemerintah mengundang {LONG_NAME} pada Senin (4/12/2023). "
        "Menteri Luhut Binsar Pandjaitan mengatakan rapat membahas pelabuhan.\n\n"
        f"{LONG_NAME} juga mengirim tim ke Jakarta.\n"
    ),
    "tinjau.txt": (
        "Luhut Tinjau Pelabuhan Batam\n"
        "BATAM - Menteri Luhut Binsar Pandjaitan meninjau pelabuhan bersama "
        f"{LONG_NAME} pada Selasa (5/12/2023).\n\n"
        '"Pelabuhan ini harus siap menerima kapal besar tahun depan, dan kami akan memantau '
        'setiap bulan sampai pekerjaan di dermaga baru benar-benar selesai," ujar Luhut '
        "Binsar Pandjaitan kepada wartawan di Batam.\n"
    ),
}


@pytest.fixture()
def long_names(tmp_path: Path) -> SearchService:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    return service


def status_shown(screen: MainScreen) -> str:
    """The reader's status line as drawn at the screen's width."""
    return str(screen.query_one("#reader-status").render())


async def select_mention(pilot: object, screen: MainScreen, name: str) -> None:
    for _ in range(20):
        await pilot.press("tab")  # type: ignore[attr-defined]
        link = screen.reader.current_link
        if link is not None and link.mention.name == name:
            return
    raise AssertionError(f"no mention of {name}")


async def test_a_long_name_is_cut_in_the_status_line_and_the_position_stays(
    long_names: SearchService,
) -> None:
    """At 80 columns the reader's line showed "Badan Pengusahaan Kawasan Perdagangan Bebas
    dan" and nothing of which mention it was: the name now gives way, with an ellipsis."""
    app = WartaApp(long_names)
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_first_result(pilot, "pelabuhan")
        await pilot.press("enter")  # into the reader
        await select_mention(pilot, screen, LONG_NAME)
        await settle(pilot)
        status = screen.query_one("#reader-status")
        shown = status_shown(screen)
        assert shown.startswith("Badan Pengusahaan")
        assert "…" in shown and LONG_NAME not in shown
        assert shown.endswith("(organisation) 1 of 2 here")
        assert len(shown) <= status.content_size.width

        # Wider, the whole name comes back (the line is fitted when drawn).
        await pilot.resize_terminal(240, 30)
        await settle(pilot)
        assert status_shown(screen).startswith(f"{LONG_NAME} (organisation) 1 of 2 here")


async def test_following_an_entity_into_the_next_article_keeps_the_position_in_view(
    long_names: SearchService,
) -> None:
    """The note "…: continued in the next article that mentions it" led the line and cut
    the position off; the position comes first, the note after it when there is room (the
    notice says it whole, with the entity's name)."""
    app = WartaApp(long_names)
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_first_result(pilot, "pelabuhan")
        await pilot.press("enter")
        await select_mention(pilot, screen, "Luhut Binsar Pandjaitan")
        first = screen.reader.document
        for _ in range(3):
            await pilot.press("right_curly_bracket")
            await settle(pilot)
            if screen.reader.document is not first:
                break
        assert screen.reader.document is not first
        assert status_shown(screen) == "Luhut Binsar Pandjaitan (person) 1 of 3 here"
        notices = [str(notice.message) for notice in app._notifications]
        assert any(
            notice.startswith("Luhut Binsar Pandjaitan: continued in the ") for notice in notices
        )
        await pilot.resize_terminal(240, 30)  # room for the note too, after the position
        await settle(pilot)
        assert status_shown(screen).startswith(
            "Luhut Binsar Pandjaitan (person) 1 of 3 here · continued in the next article"
        )


def list_lines(listing: PickList[Any]) -> list[str]:
    """The lines the list draws, as the user sees them."""
    options = listing.option_list
    return [options.render_line(y).text.rstrip() for y in range(options.size.height)]


def hangs(lines: list[str], start: str, indent: int) -> bool:
    """The line starting with ``start`` (after the indent) is followed by lines of the same
    text, each ``indent`` cells in, as far as the text goes."""
    first = next(index for index, line in enumerate(lines) if line.lstrip().startswith(start))
    following = lines[first + 1 : first + 3]
    return lines[first].startswith(" " * (indent - 1)) and all(
        line.startswith(" " * indent) and not line[indent].isspace() for line in following
    )


async def test_a_long_quote_wraps_under_its_own_text_not_flush_left(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """In the quotes list, a quote's second and third lines started at the left edge,
    level with the dates and sources between the quotes."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        listing = await open_quotes(pilot, "elon_musk")
        lines = list_lines(listing)
        assert any(line.startswith("Telset.id") for line in lines)  # the heading: flush left
        assert hangs(lines, "“Secara praktis", indent=3)
        # A reported quote (round 26) hangs under its words, past its label.
        first = next(i for i, line in enumerate(lines) if "reported: puncak data" in line)
        assert lines[first].startswith("  reported: ")
        assert all(line.startswith(" " * 12) for line in lines[first + 1 : first + 3])


async def test_a_long_sentence_naming_both_wraps_under_its_own_text(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """The same in the sentences naming two entities: under its article's title, a
    sentence is indented and its wrapped lines a step further, so that where the next
    sentence starts shows (its article's title is no longer over each)."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        await open_entity_view(pilot, "elon_musk")
        await pilot.press("r")
        await settle(pilot)
        related = app.screen
        assert isinstance(related, RelatedEntities)
        partner = next(
            index for index, row in enumerate(related.rows) if row.entity.id == "sam_altman"
        )
        related.option_list.highlighted = partner
        await pilot.press("enter")
        await settle(pilot)
        sentences = app.screen
        assert isinstance(sentences, SharedSentences)
        lines = list_lines(sentences)
        assert any(line.startswith("Popularitas OpenAI Meningkat") for line in lines)
        first = next(i for i, line in enumerate(lines) if line.startswith("  …beberapa sumber"))
        wrapped = lines[first + 1 : first + 3]
        assert all(line.startswith("    ") and line[4] != " " for line in wrapped)


async def test_a_long_row_of_a_list_wraps_indented_under_its_first_line(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """In "More like this" (and every list of rows), a long title's second line, or its
    source and date, started flush left: it read as another row."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        await open_first_result(pilot, "musk")
        await pilot.press("m")
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, MoreLikeThis)
        lines = list_lines(listing)
        first = next(index for index, line in enumerate(lines) if line.startswith("Source Code"))
        assert lines[first + 1].startswith("  ") and not lines[first + 1][2].isspace()
        assert all(line[:1] != "·" for line in lines)


async def test_a_long_name_in_the_sidebar_wraps_under_itself_with_its_count(
    long_names: SearchService, tmp_path: Path
) -> None:
    """At 100 columns "Luhut Binsar Pandjaitan" left its count alone on the next line, and
    a long name's wrapped lines started flush left: each read as an entity of its own."""
    app = WartaApp(long_names, data_folder=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_first_result(pilot, "pelabuhan")
        sidebar = screen.sidebar
        lines = [sidebar.render_line(y).text.rstrip() for y in range(sidebar.size.height)]
        lines = [line for line in lines if line]
        assert lines[:3] == ["People", "Luhut Binsar", "  Pandjaitan 1"], lines
        organisation = lines[lines.index("Organisations") + 1 : lines.index("Places")]
        assert organisation[0].startswith("Badan") and len(organisation) > 2
        assert all(line.startswith("  ") for line in organisation[1:])
        assert organisation[-1].endswith("Batam 2")


def test_a_line_too_narrow_for_the_position_still_names_the_entity() -> None:
    """With the sidebar shown at 80 columns the reader is 24 cells wide: the line read
    "… (organisation) 1 of…", naming no one."""
    where = tuple(map(Content, (" (organisation) 1 of 2 here", " 1 of 2 here", " 1/2")))
    line = FittedLine(Content(LONG_NAME), where)
    assert line.fit(22).plain == "Badan Pengusahaan… 1/2"  # round 20: a shorter position
    assert line.fit(60).plain == "Badan Pengusahaan Kawasan Perdag… (organisation) 1 of 2 here"
    short = FittedLine(Content("Tesla"), where)
    assert short.fit(22).plain == "Tesla 1 of 2 here"


class ClosedIndex(SearchService):
    """The seeds, whose index this user may no longer read while ``closed``: every search
    says why."""

    closed = True

    def search(self, query: str, *args: Any, **kwargs: Any) -> SearchResult:
        if not self.closed:
            return super().search(query, *args, **kwargs)
        store = self.index_dir / "gen-1796426643182367587" / "store.sqlite"
        error = WartaError(
            N_("cannot read the index: {reason}"), reason=f"Permission denied: {store}"
        )
        return SearchResult(query=query, error=str(error), problem=error)


async def test_why_the_index_cannot_be_read_is_shown_whole_at_80_columns(
    seeds_index: Path,
) -> None:
    """ "cannot read the index: Permission denied: …/store.sqlite" was cut at the line's
    end: the file the user must look at was never shown."""
    service = ClosedIndex([bundled_seeds()], seeds_index)
    app = WartaApp(service)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press(*"musk", "enter")
        await settle(pilot)
        status = app.screen.query_one("#status")
        shown = "".join(status.render_line(y).text.strip() for y in range(status.size.height))
        assert shown.endswith("store.sqlite") and shown.startswith("cannot read the index")
        service.closed = False  # a search that works: one line again
        await pilot.press("ctrl+l", *"altman", "enter")
        await settle(pilot)
        assert status.size.height == 1
    service.close()


def status_text(screen: MainScreen) -> str:
    """The search's status line as drawn, its lines joined."""
    status = screen.status_line
    return " ".join(status.render_line(y).text.strip() for y in range(status.size.height))


@pytest.mark.parametrize("size", [NARROW, (60, 20)])
async def test_a_long_search_notice_is_read_whole_with_its_did_you_mean(
    seeds_service: SearchService, size: tuple[int, int]
) -> None:
    """ "no article has pelatihn: pelatihan was searched too" was cut at 80 columns (and
    a did-you-mean after it, whose Tab the user never learnt of): the line wraps."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=size) as pilot:
        screen = await search(pilot, "pelatihn")
        shown = status_text(screen)
        assert shown.endswith("no article has pelatihn: pelatihan was searched too")
        await search(pilot, "musk")  # a short line: one row again
        assert screen.status_line.size.height == 1, status_text(screen)


async def test_at_60_columns_the_reader_is_wider_than_the_results(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """At 60x20 the results kept their 30 columns and the reader got 28, a few words a
    line; > still widens the results."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_first_result(pilot, "musk")
        assert screen.reader.size.width >= 38 > screen.results.size.width
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert screen.results.size.width > 20
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=NARROW) as pilot:  # 80 columns: as before
        screen = await open_first_result(pilot, "musk")
        assert screen.results.outer_size.width == 30
