"""The explorer's pure helpers: cleaning with offsets, wrapping, sentences, citations,
snippets, entity grouping, help rows, history and the reader's document."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.binding import Binding
from warta.search import sentences  # the home of Sentences since #16
from warta.search.model import Article, Mention, Snippet
from warta.tui.screens.help import key_rows
from warta.tui.text import (
    Sentences,
    citation,
    clean_keeping_offsets,
    line_of,
    literal,
    marked,
    quotation,
    wrap_lines,
)
from warta.tui.widgets.document import Document, build_document
from warta.tui.widgets.results import trim_snippet
from warta.tui.widgets.sidebar import entity_rows

OSC52 = "\x1b]52;c;SGVsbG8=\x07"


def mention(start: int, end: int, key: str, kind: str = "person", field: str = "body") -> Mention:
    return Mention(field, start, end, "x" * (end - start), key, key.title(), kind)


# -- cleaning ----------------------------------------------------------------------------


def test_cleaning_in_pieces_keeps_offsets_after_a_removed_sequence() -> None:
    raw = f"Harga {OSC52}naik di Jakarta"
    start = raw.index("Jakarta")
    cleaned = clean_keeping_offsets(raw, [start, start + len("Jakarta")])
    assert cleaned.text == "Harga naik di Jakarta"
    begin, end = cleaned.span(start, start + len("Jakarta"))
    assert cleaned.text[begin:end] == "Jakarta"


def test_an_escape_sequence_cut_in_two_leaves_no_escape_character() -> None:
    raw = f"a{OSC52}b"
    cleaned = clean_keeping_offsets(raw, [4])
    assert "\x1b" not in cleaned.text and "\x07" not in cleaned.text


def test_one_line_cleaning_turns_line_breaks_into_spaces_one_for_one() -> None:
    cleaned = clean_keeping_offsets("satu\ndua\tTiga", [9], one_line=True)
    assert cleaned.text == "satu dua Tiga"
    assert cleaned.offsets[9] == 9


def test_literal_never_reads_markup() -> None:
    for hostile in ("[/bar]", "[@click=app.quit]x[/]", "Jakarta [Antara] - harga", "[$accent]x"):
        assert literal(hostile).plain == hostile
        assert not literal(hostile).spans


def test_literal_drops_control_sequences() -> None:
    assert literal(f"judul {OSC52}berita").plain == "judul berita"


def test_marked_styles_exactly_the_marked_words() -> None:
    content = marked("Elon Musk di [Antara]", [(5, 9)], "bold")
    assert content.plain == "Elon Musk di [Antara]"
    (span,) = content.spans
    assert content.plain[span.start : span.end] == "Musk"


def test_marked_ignores_marks_outside_the_text() -> None:
    assert not marked("pendek", [(3, 99), (4, 2)], "bold").spans


# -- wrapping ----------------------------------------------------------------------------


@given(st.text(alphabet="ab \n", max_size=80), st.integers(min_value=1, max_value=12))
def test_wrapped_lines_fit_cover_every_word_and_keep_order(text: str, width: int) -> None:
    lines = wrap_lines(text, width)
    assert len(lines) >= text.count("\n") + 1
    assert all(end - start <= width for start, end in lines)
    assert [start for start, _end in lines] == sorted(start for start, _end in lines)
    shown = "".join(text[start:end] for start, end in lines)
    assert shown.replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_wrap_breaks_at_spaces_and_keeps_blank_lines() -> None:
    text = "Elon Musk membeli\n\nTwitter"
    assert [text[s:e] for s, e in wrap_lines(text, 10)] == ["Elon Musk", "membeli", "", "Twitter"]


def test_wrap_folds_a_word_longer_than_the_line() -> None:
    assert [("abcdefgh")[s:e] for s, e in wrap_lines("abcdefgh", 3)] == ["abc", "def", "gh"]


def test_line_of_finds_the_line_holding_an_offset() -> None:
    starts = [0, 10, 20]
    assert [line_of(starts, offset) for offset in (0, 9, 10, 25)] == [0, 0, 1, 2]


# -- quoting -----------------------------------------------------------------------------


def test_sentences_span_is_the_sentence_around_the_words() -> None:
    text = "Musk datang. Dia bertemu Altman di San Francisco! Lalu pulang."
    start = text.index("Altman")
    begin, end = Sentences(text).span(start, start + 6)
    assert text[begin:end] == "Dia bertemu Altman di San Francisco!"


def test_sentences_span_stops_at_a_paragraph_break() -> None:
    text = "Judul tanpa titik\nKalimat pertama di sini."
    start = text.index("pertama")
    begin, end = Sentences(text).span(start, start + 7)
    assert text[begin:end] == "Kalimat pertama di sini."


def test_quotation_carries_its_citation() -> None:
    cited = citation("Judul", "Antara", "15 Apr 2023", None)
    assert cited == "Judul, Antara, 15 Apr 2023"
    assert quotation("Kalimat.", cited) == "“Kalimat.” (Judul, Antara, 15 Apr 2023)"


def test_citation_leaves_out_what_is_unknown() -> None:
    assert citation("Judul", None, "", "https://contoh.id/a") == "Judul, https://contoh.id/a"


# -- snippets, sidebar, help -------------------------------------------------------------


def test_trim_snippet_keeps_the_first_match_and_moves_the_marks() -> None:
    text = "kata " * 40 + "Musk " + "kata " * 40
    first = text.index("Musk")
    short = trim_snippet(Snippet(text, ((first, first + 4),)), limit=60)
    assert len(short.text) <= 62
    ((start, end),) = short.marks
    assert short.text[start:end] == "Musk"


def test_a_short_snippet_is_left_alone() -> None:
    snippet = Snippet("pendek sekali", ((0, 6),))
    assert trim_snippet(snippet) == snippet


def test_entity_rows_group_by_kind_and_count_mentions() -> None:
    mentions = [
        mention(0, 4, "musk"),
        mention(10, 16, "openai", "organisation"),
        mention(20, 24, "musk"),
        mention(30, 36, "altman"),
    ]
    assert entity_rows(mentions) == [
        ("person", [("musk", "Musk", 2), ("altman", "Altman", 1)]),
        ("organisation", [("openai", "Openai", 1)]),
    ]


def test_key_rows_join_the_keys_of_one_action_and_skip_undescribed_ones() -> None:
    rows = key_rows([Binding("j,down", "line_down", "Scroll down"), Binding("x", "hidden", "")])
    assert [([b.key for b in keys], text) for keys, text in rows] == [
        (["j", "down"], "Scroll down")
    ]


# -- the reader's document ---------------------------------------------------------------


def test_document_places_mentions_and_matches_on_the_cleaned_text() -> None:
    body = f"Kemarin {OSC52}Elon Musk bertemu [Antara] Sam Altman."
    title = "Musk [/bar] dan Altman"
    article = Article("a1", title, body, source="Antara", date=dt.date(2023, 4, 15))
    musk = body.index("Elon Musk")
    altman = body.index("Sam Altman")
    mentions = [
        mention(0, 4, "elon_musk", field="title"),
        mention(musk, musk + 9, "elon_musk"),
        mention(altman, altman + 10, "sam_altman"),
    ]
    document = build_document(article, "Antara", mentions, [(0, 4)], [(musk + 5, musk + 9)])
    assert "\x1b" not in document.plain
    assert document.title == title
    assert "[Antara]" in document.plain
    assert [document.plain[link.start : link.end] for link in document.links] == [
        "Musk",
        "Elon Musk",
        "Sam Altman",
    ]
    matches = [document.plain[s:e] for s, e, role in document.styles if role == "match"]
    assert matches == ["Musk", "Musk"]
    assert document.links_of("elon_musk") == [0, 1]
    assert document.link_at("body", altman) == 2


def test_document_drops_spans_that_do_not_fit_the_text() -> None:
    article = Article("a1", "Judul", "Isi pendek.")
    document = build_document(article, "", [mention(5, 500, "hantu")], [], [(40, 44)])
    assert document.links == ()
    assert all(role != "match" for _s, _e, role in document.styles)


def test_document_sentence_and_find() -> None:
    article = Article("a1", "Judul", "Satu kalimat. Musk bicara di sini. Akhir.")
    document = build_document(article, "Antara", [])
    start = document.plain.index("Musk")
    assert document.sentence(start, start + 4) == "Musk bicara di sini."
    assert document.sentence(0, 3) == "Judul"
    assert [document.plain[s:e] for s, e in document.find("MUSK")] == ["Musk"]
    assert document.find("") == []


class _CountingPattern:
    """Stands in for the sentence-end pattern and counts the scans of the text; fails
    fast past ``limit``, so quadratic code stops at once instead of running for hours."""

    def __init__(self, pattern: re.Pattern[str], limit: int) -> None:
        self.pattern = pattern
        self.limit = limit
        self.scans = 0

    def _scan(self) -> None:
        self.scans += 1
        assert self.scans <= self.limit, "the text is scanned again for each lookup"

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        self._scan()
        return self.pattern.finditer(*args)

    def search(self, *args: Any) -> re.Match[str] | None:
        self._scan()
        return self.pattern.search(*args)


def test_the_sentences_of_every_date_in_a_long_article_cost_one_scan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentence = "Pada 15 April 2023 ada rapat di kantor."
    body = f"{sentence} " * 25_000  # 1 MB, 25,000 dates
    step = len(sentence) + 1
    dates = [(index * step + 5, index * step + 18) for index in range(25_000)]
    document = Document(Article(id="a", title="", body=body), body, 0, 0, (), ())
    counting = _CountingPattern(sentences._SENTENCE_END, limit=10)
    monkeypatch.setattr(sentences, "_SENTENCE_END", counting)
    bounds = [document.sentence_bounds(start, end) for start, end in dates]
    assert counting.scans == 1
    assert bounds[0] == (0, len(sentence))
    assert bounds[-1] == (len(body) - step, len(body) - 1)
    assert all(body[start:end] == sentence for start, end in bounds[::997])
