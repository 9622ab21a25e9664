"""Dates and figures in the explorer: the article timeline, the sidebar's figures, mentions
by date, and dates and ages written in the interface language."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widget import Widget
from warta.search.dates import DateMention, find_dates
from warta.search.model import Article, MentionInContext
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.formatting import format_period
from warta.tui.i18n import set_language
from warta.tui.text import Sentences, wrap_lines
from warta.tui.widgets import document as document_module
from warta.tui.widgets import reader as reader_module
from warta.tui.widgets.document import build_document
from warta.tui.widgets.figures import FIGURE_ID_PREFIX
from warta.tui.widgets.reader import meta_line
from warta.tui.widgets.timeline import (
    ROW_LIMIT,
    MentionDate,
    chronological,
    in_context,
    mention_dates,
    nearest_date,
    timeline,
)

from .test_tui_flows import in_view, open_first_result, search, settle

#: The seed article 000 (dateline "Sabtu (15/4/2023)", "10.000 GPU"); only its title has "gpu".
GPU_ARTICLE = "000_57ce1d9c2516dadd"
#: A fixed "today", so ages on screen do not change with the calendar.
TODAY = dt.date(2025, 4, 20)


def shown(widget: Widget) -> str:
    """The text a widget shows on screen, its lines joined as the words they wrap."""
    lines = (
        "".join(segment.text for segment in widget.render_line(y))
        for y in range(widget.size.height)
    )
    return " ".join(" ".join(lines).split())


def article(title: str, body: str, date: dt.date | None = None, id: str = "a") -> Article:
    return Article(id=id, title=title, body=body, source="Antara", date=date)


# -- pure functions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "precision", "expected"),
    [
        ("id", "day", "15 Apr 2023"),
        ("en", "day", "Apr 15, 2023"),
        ("id", "month", "Mar 2023"),
        ("id", "year", "2023"),
    ],
)
def test_a_period_is_no_more_precise_than_the_text(
    locale: str, precision: str, expected: str
) -> None:
    value = dt.date(2023, 4 if precision == "day" else 3, 15 if precision == "day" else 1)
    assert format_period(value, precision, locale) == expected


def test_document_dates_and_amounts_index_the_shown_text_not_the_metadata() -> None:
    document = build_document(
        article(
            "Harga naik sejak Maret 2024",
            "Jakarta - Pada Senin (1/4/2024) harga beras Rp12.500 per kg.\n\n"
            "Impor 10.000 ton tiba tahun 2023.",
        ),
        "Antara · 2 Apr 2024",
        [],
    )
    dates = [(document.plain[d.start : d.end], d.value) for d in document.dates]
    assert dates == [
        ("Maret 2024", dt.date(2024, 3, 1)),
        ("1/4/2024", dt.date(2024, 4, 1)),
        ("2023", dt.date(2023, 1, 1)),
    ]
    assert [document.plain[a.start : a.end] for a in document.amounts] == [
        "Rp12.500", "10.000 ton",
    ]  # fmt: skip
    assert [d.value for d in timeline(document)] == [
        dt.date(2023, 1, 1), dt.date(2024, 3, 1), dt.date(2024, 4, 1),
    ]  # fmt: skip


def test_in_context_marks_the_span_and_trims_a_long_sentence() -> None:
    body = "Kata " * 30 + "pada 12 Mei 2022 dan " + "lagi " * 40 + "habis. Kalimat lain."
    document = build_document(article("Judul", body), "", [])
    date = document.dates[0]
    context = in_context(document, date.start, date.end)
    assert context.plain.startswith("…") and context.plain.endswith("…")
    assert "Kalimat lain" not in context.plain
    marked = [context.plain[span.start : span.end] for span in context.spans]
    assert marked == ["12 Mei 2022"]


def test_nearest_date_stays_in_the_mentions_sentence() -> None:
    text = "Ia pindah pada 2019. Budi lahir di Bandung jauh sebelum tahun 2021."
    dates = find_dates(text)
    budi = text.index("Budi")
    found = nearest_date(Sentences(text), dates, budi, budi + 4)
    assert found is not None and found.value == dt.date(2021, 1, 1)
    assert nearest_date(Sentences("Budi pergi. Pada 2019 ia pulang."), dates[:0], 0, 4) is None


def test_mentions_are_dated_by_their_sentence_else_their_article() -> None:
    articles = {
        "a": article("A", "Pada 3 Mei 2021 Budi datang. Budi lalu pulang.", dt.date(2022, 1, 2)),
        "b": article("Judul B", "Budi tidak disebut bertanggal.", None, id="b"),
    }

    def mention(article_id: str, start: int) -> MentionInContext:
        return MentionInContext(
            article_id, "", articles[article_id].date, "body", start, start + 4, "", 0, 0, "Budi"
        )

    body_a = articles["a"].body
    mentions = [
        mention("a", body_a.index("Budi")),
        mention("a", body_a.rindex("Budi")),
        mention("b", 0),
    ]
    dates = mention_dates(mentions, articles.get)
    assert dates == [
        MentionDate(dt.date(2021, 5, 3), "day", own=True),
        MentionDate(dt.date(2022, 1, 2), "day", own=False),
        None,
    ]
    assert chronological([dates[1], None, dates[0]]) == [2, 0, 1]


def test_the_reader_metadata_says_how_long_ago() -> None:
    dated = article("Judul", "Isi.", dt.date(2023, 4, 15))
    assert meta_line(dated, TODAY) == "Antara · Apr 15, 2023 · 2 years ago"
    set_language("id")
    assert meta_line(dated, TODAY) == "Antara · 15 Apr 2023 · 2 tahun yang lalu"
    assert meta_line(article("Judul", "Isi."), TODAY) == "Antara"


# -- the explorer -------------------------------------------------------------------------


async def test_the_explorer_in_indonesian_writes_dates_and_labels_in_indonesian(
    seeds_service: SearchService,
) -> None:
    set_language("id")
    app = WartaApp(seeds_service, today=TODAY)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await open_first_result(pilot, "gpu")
        assert "1 hasil" in shown(screen.query_one("#status"))
        assert "15 Apr 2023" in shown(screen.results)
        assert "15 Apr 2023 · 2 tahun yang lalu" in shown(screen.reader)
        sidebar = shown(screen.sidebar)
        assert "Tokoh" in sidebar and "Organisasi" in sidebar
        screen.sidebar.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        sidebar = shown(screen.sidebar)
        assert "Angka" in sidebar and "10.000 GPU" in sidebar

        await pilot.press("t")
        assert screen.timeline.border_title == "Linimasa"
        timeline_text = shown(screen.timeline)
        assert "15 Apr 2023" in timeline_text and "2015" in timeline_text


async def test_timeline_goes_to_each_date_in_time_order(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "gpu")
        reader = screen.reader
        document = reader.document
        assert document is not None and document.article.id == GPU_ARTICLE
        written = {document.plain[d.start : d.end]: d for d in document.dates}
        assert set(written) == {"15/4/2023", "2015"}
        later: DateMention = written["2015"]  # written last, listed first: it is earlier
        assert not in_view(reader, later.start), "the date is below the first screen"

        await pilot.press("t")
        assert app.focused is screen.timeline
        assert screen.timeline.highlighted == 0
        assert reader.spot == (later.start, later.end)
        assert in_view(reader, later.start)
        assert "2015" in shown(screen.timeline) and "Apr 15, 2023" in shown(screen.timeline)

        await pilot.press("j")
        dateline = written["15/4/2023"]
        assert reader.spot == (dateline.start, dateline.end)
        assert in_view(reader, dateline.start)
        await pilot.press("enter")
        assert app.focused is reader
        assert screen.timeline.display

        await pilot.press("t", "escape")
        assert not screen.timeline.display
        assert app.focused is reader


async def test_the_sidebar_lists_the_figures_and_goes_to_each(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service, today=TODAY)
    async with app.run_test(size=(140, 30)) as pilot:
        screen = await open_first_result(pilot, "gpu")
        reader = screen.reader
        document = reader.document
        assert document is not None
        sidebar = screen.sidebar
        figures = [
            option for option in sidebar.options if (option.id or "").startswith(FIGURE_ID_PREFIX)
        ]
        prompts = [str(option.prompt) for option in figures]
        assert len(prompts) == 2
        assert prompts[0].startswith("10,000 GPU") and "mengakuisisi 10.000 GPU" in prompts[0]
        assert prompts[1].startswith("$10,000")

        sidebar.focus()
        await pilot.press("end")
        await pilot.press("up")
        gpu = document.amounts[0]
        assert reader.spot == (gpu.start, gpu.end)
        assert document.plain[gpu.start : gpu.end] == "10.000 GPU"
        assert in_view(reader, gpu.start)
        assert app.focused is sidebar
        assert sidebar.highlighted_key is None, "a figure is not an entity to open"


async def test_the_entity_view_lists_mentions_by_date(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service, today=TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_first_result(pilot, "gpu")
        document = screen.reader.document
        assert document is not None
        musk = next(i for i, link in enumerate(document.links) if link.mention.name == "Elon Musk")
        screen.reader.select(musk)
        await pilot.press("enter")
        await settle(pilot)
        view = screen.entity_view
        assert view.entity is not None and view.entity.name == "Elon Musk"

        await pilot.press("t")
        await settle(pilot)
        assert view.by_date and view.dates is not None
        listing = view.option_list
        order = [int(option.id) for option in listing.options if option.id is not None]
        assert sorted(order) == list(range(len(view.mentions)))
        listed = [view.dates[index] for index in order]
        values = [date.value for date in listed if date is not None]
        assert values == sorted(values)
        assert all(date is not None for date in listed[: len(values)])
        after_dateline = next(
            index for index in order
            if view.mentions[index].article == GPU_ARTICLE
            and "(15/4/2023), Elon Musk" in view.mentions[index].context
        )  # fmt: skip
        assert view.dates[after_dateline] == MentionDate(dt.date(2023, 4, 15), "day", own=True)

        highlighted = listing.highlighted_option
        assert highlighted is not None
        await pilot.press("t")
        assert not view.by_date
        assert listing.highlighted_option is not None
        assert listing.highlighted_option.id == highlighted.id, "the same mention stays selected"


@pytest.fixture()
def many_dates(tmp_path: Path) -> Iterator[SearchService]:
    """One article with 4,000 dates (160 KB), indexed."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = "Pada 15 April 2023 ada rapat di kantor. " * 4000
    (corpus / "rapat.txt").write_text(f"Rapat demi rapat\n\n{body}\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    yield service
    service.close()


async def test_previewing_an_article_with_thousands_of_dates_lists_a_bounded_timeline(
    many_dates: SearchService,
) -> None:
    app = WartaApp(many_dates, today=TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await search(pilot, "rapat")  # moving onto the result previews it
        document = screen.reader.document
        assert document is not None and len(document.dates) == 4000
        timeline_list = screen.timeline
        assert timeline_list.option_count == ROW_LIMIT + 1
        last = timeline_list.get_option_at_index(ROW_LIMIT).prompt
        assert "3,500 more" in str(last)
        assert timeline_list.border_title == "Timeline (the first 500 of 4,000 dates)"
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0, "q quits"


async def test_a_long_article_is_laid_out_by_a_worker_not_the_ui_thread(
    many_dates: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_ui_thread: list[int] = []

    def recording(text: str, width: int) -> list[tuple[int, int]]:
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.append(len(text))
        return wrap_lines(text, width)

    monkeypatch.setattr(document_module, "wrap_lines", recording, raising=False)
    monkeypatch.setattr(reader_module, "wrap_lines", recording)
    app = WartaApp(many_dates, today=TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await search(pilot, "rapat")
        assert screen.reader.document is not None
        assert screen.reader.line_of_offset(len(screen.reader.document.plain)) > 1000
    assert [length for length in on_ui_thread if length > 10_000] == []
