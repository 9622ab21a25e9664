"""Untrusted text must not be able to drive the terminal."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from warta.search.sanitize import clean_line, clean_text, shown_bytes

ESC = "\x1b"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
FORBIDDEN = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}]")


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        (f"{ESC}[31mMerah{ESC}[0m biasa", "Merah biasa"),
        (f"{ESC}[1;2;3 qkursor", "kursor"),
        (f"judul{ESC}]0;jendela palsu\x07 asli", "judul asli"),
        (f"salin{ESC}]52;c;ZXZpbA=={ESC}\\ aman", "salin aman"),
        (f"awal{ESC}]8;;http://x tanpa akhir\nbaris dua", "awal\nbaris dua"),
        (f"a{ESC}P1$r data{ESC}\\b", "ab"),
        (f"a{ESC}_apc{ESC}\\b{ESC}^pm{ESC}\\c{ESC}Xsos{ESC}\\d", "abcd"),
        (f"reset{ESC}c total{ESC}7", "reset total"),
        ("c1\x9b31mcsi \x9d0;judul\x9c selesai", "c1csi  selesai"),
        ("bel\x07 del\x7f nul\x00", "bel del nul"),
        ("kiri \u202eterbalik\u202c \u2066isol\u2069", "kiri terbalik isol"),
        ("tab\tdan\nbaris", "tab\tdan\nbaris"),
        ("[bold]markup[/bold] tetap", "[bold]markup[/bold] tetap"),
        ("lone \ud800 surrogate", "lone  surrogate"),
    ],
)
def test_control_sequences_are_removed(dirty: str, clean: str) -> None:
    assert clean_text(dirty) == clean


def test_clean_line_collapses_newlines_and_tabs() -> None:
    assert clean_line(" Judul\n\tbaru \r\n lagi ") == "Judul baru lagi"
    assert clean_line("Judul\u2028baru\u2029lagi") == "Judul baru lagi"


@given(st.text())
def test_any_text_comes_out_without_controls(text: str) -> None:
    cleaned = clean_text(text)
    assert ESC not in cleaned
    assert FORBIDDEN.search(cleaned) is None


@given(st.text())
def test_clean_line_is_one_line(text: str) -> None:
    line = clean_line(text)
    assert "\t" not in line and len(line.splitlines()) <= 1  # U+2028/9 end a line too
    assert FORBIDDEN.search(line) is None


@given(
    st.text(
        st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters=BIDI)
        | st.sampled_from("\n\t")
    )
)
def test_printable_text_passes_through_unchanged(text: str) -> None:
    assert clean_text(text) == text


@given(st.lists(st.sampled_from([ESC, "\x9b", "\x9d", "[", "]", "\\", "\x07", "1;", "m", "a"])))
def test_fragments_of_sequences_never_leave_an_escape(parts: list[str]) -> None:
    assert ESC not in clean_text("".join(parts))


@pytest.mark.parametrize("control", ["\f", "\v", "\x85", "\r", "\x1c", "\x1d", "\x1e"])
def test_line_ending_controls_become_line_breaks_not_glue(control: str) -> None:
    assert clean_text(f"kata{control}lain") == "kata\nlain"
    assert clean_line(f"kata{control}lain") == "kata lain"


def test_crlf_becomes_one_line_break() -> None:
    assert clean_text("satu\r\ndua") == "satu\ndua"


def test_warta_error_keeps_its_template_for_translation() -> None:
    from warta.search.errors import WartaError

    error = WartaError("no article with id {id}", id="x{y}")
    assert str(error) == "no article with id x{y}"
    catalog = {"no article with id {id}": "tidak ada artikel dengan id {id}"}
    assert error.translated(lambda m: catalog.get(m, m)) == "tidak ada artikel dengan id x{y}"
    # A broken translation falls back to the English line instead of raising.
    assert error.translated(lambda m: "rusak {nama}") == "no article with id x{y}"
    # A message without params keeps its braces.
    assert str(WartaError("a {literal} brace")) == "a {literal} brace"


def test_a_notice_is_translated_like_an_error_and_is_hashable() -> None:
    from warta.search.errors import Message

    notice = Message.of("only the {count} most common are searched", count=64)
    assert str(notice) == "only the 64 most common are searched"
    assert (
        notice.translated(lambda m: "hanya {count} yang paling umum") == "hanya 64 yang paling umum"
    )
    assert notice.translated(lambda m: "{rusak}") == str(notice)
    assert len({notice, Message.of("only the {count} most common are searched", count=64)}) == 1


def test_shown_bytes_marks_each_byte_that_is_not_utf8_and_leaves_the_rest() -> None:
    assert shown_bytes("a\udcff\udcfeb") == "a\ufffd\ufffdb"
    assert shown_bytes("kopi ☕ \ud800") == "kopi ☕ \ud800"  # not a byte: clean_text's to remove
