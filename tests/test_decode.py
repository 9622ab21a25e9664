"""Decoding corpus bytes: every input gives text, and the text is normalised."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st
from warta.search.decode import decode_bytes, looks_binary, normalise_text


def test_plain_utf8_is_decoded_without_notices() -> None:
    decoded = decode_bytes("Harga naik 5% di Surabaya — kata pedagang".encode())
    assert decoded.text == "Harga naik 5% di Surabaya — kata pedagang"
    assert decoded.encoding == "utf-8"
    assert decoded.notices == ()


def test_utf8_bom_is_dropped() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + b"Judul berita")
    assert decoded.text == "Judul berita"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
    decoded = decode_bytes(bom + "Gubernur Jawa Timur “hadir”".encode(codec))
    assert decoded.text == "Gubernur Jawa Timur “hadir”"


def test_cp1252_smart_quotes_are_recognised() -> None:
    decoded = decode_bytes(b"Ia berkata \x93cukup\x94 kepada wartawan")
    assert decoded.text == "Ia berkata “cukup” kepada wartawan"
    assert decoded.encoding == "cp1252"
    assert decoded.notices


@pytest.mark.parametrize("byte", [0x81, 0x8D, 0x8F, 0x90, 0x9D])
def test_bytes_undefined_in_cp1252_become_replacement_characters(byte: int) -> None:
    decoded = decode_bytes(b"harga " + bytes([byte]) + b" naik")
    assert decoded.text == "harga \ufffd naik"


def test_invalid_utf8_in_the_middle_falls_back_without_losing_the_rest() -> None:
    data = b"Kota Medan " + b"\xff" + b" hujan deras"
    decoded = decode_bytes(data)
    assert decoded.text.startswith("Kota Medan ")
    assert decoded.text.endswith(" hujan deras")


def test_utf8_with_one_stray_byte_stays_utf8() -> None:
    decoded = decode_bytes("Presiden — “kata” café ".encode() + b"\xff" + b" lagi")
    assert decoded.text == "Presiden — “kata” café \ufffd lagi"
    assert decoded.encoding == "utf-8"
    assert tuple(map(str, decoded.notices)) == ("some bytes are not valid UTF-8 and were replaced",)


@pytest.mark.parametrize("wrong_codec", ["cp1252", "latin-1"])
def test_mojibake_is_repaired(wrong_codec: str) -> None:
    original = "Ia berkata ‘cukup’ di café — ½ harga"
    mangled = original.encode().decode(wrong_codec)
    assert normalise_text(mangled) == original


def test_mojibake_made_twice_is_repaired() -> None:
    twice = "‘kata’ é".encode().decode("cp1252").encode().decode("cp1252")
    assert normalise_text(twice) == "‘kata’ é"


@pytest.mark.parametrize("text", ["Café naïve São Paulo", "Ã la carte", "â€ lone", "½ ©"])
def test_real_latin_text_is_not_mistaken_for_mojibake(text: str) -> None:
    assert normalise_text(text) == text


def test_empty_input_is_empty_text() -> None:
    assert decode_bytes(b"").text == ""


def test_cut_at_the_limit_never_splits_a_character() -> None:
    data = ("é" * 10).encode()  # two bytes each
    decoded = decode_bytes(data, limit=5)
    assert decoded.text == "éé"
    assert any("limit" in str(notice) for notice in decoded.notices)


def test_cut_utf16_keeps_whole_code_units() -> None:
    data = codecs.BOM_UTF16_LE + "abcdef".encode("utf-16-le")
    assert decode_bytes(data, limit=7).text == "ab"


def test_nul_bytes_mean_binary_unless_utf16() -> None:
    assert looks_binary(b"PNG\x00\x00data")
    assert not looks_binary(codecs.BOM_UTF16_LE + "teks".encode("utf-16-le"))
    assert not looks_binary(b"teks biasa")


def test_nul_after_the_sniffed_prefix_is_not_looked_at() -> None:
    assert not looks_binary(b"a" * 8192 + b"\x00")


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n", "\u2028"])
def test_every_newline_convention_gives_lf(newline: str) -> None:
    assert normalise_text(f"satu{newline}{newline}dua") == "satu\n\ndua"


def test_decomposed_accents_are_composed() -> None:
    assert normalise_text("Cafe\u0301 di Bandung") == "Café di Bandung"


def test_invisible_characters_are_removed() -> None:
    text = "Ja\u200bkar\u200cta\u200d \u2060pe\u00admi\ufeffmpin"
    assert normalise_text(text) == "Jakarta pemimpin"


def test_normalised_text_passes_through_unchanged() -> None:
    text = "Sudah normal: Café, “kutipan”, 10%."
    assert normalise_text(text) == text


@given(st.binary(max_size=300), st.integers(min_value=0, max_value=300))
def test_any_bytes_decode_within_the_limit(data: bytes, limit: int) -> None:
    decoded = decode_bytes(data, limit=limit)
    assert len(decoded.text) <= limit
    assert "\r" not in normalise_text(decoded.text)
