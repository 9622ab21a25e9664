"""Turning the bytes of a corpus file into normalised text, without ever raising.

Archives come from scrapers, old Windows tools and copy-paste: a file may carry a
byte-order mark, be UTF-16, be cp1252 with smart quotes, or hold a stray invalid byte.
Every case decodes to *some* text (with U+FFFD where nothing better exists), so one bad
file never stops an index build.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from warta.search.errors import N_, Message

#: Files (and jsonl lines) larger than this are cut; keeps memory bounded on huge dumps.
MAX_FILE_BYTES = 2 * 1024 * 1024

#: How much of a file is checked for NUL bytes before deciding it is binary.
NUL_SNIFF_BYTES = 8192

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

#: Line breaks other than LF, each to become one LF so every platform's files give paragraphs.
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029]")
#: Invisible characters (zero-width, word joiner, BOM, soft hyphen), dropped because they
#: split words for the tokenizer without showing on screen.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")


def _byte_views() -> dict[str, int]:
    """Each byte 0x80-0xFF as latin-1 and as cp1252 show it: the decoders that make mojibake."""
    views = {chr(byte): byte for byte in range(0x80, 0x100)}
    for byte in range(0x80, 0xA0):
        shown = bytes([byte]).decode("cp1252", errors="ignore")
        if shown:  # five bytes are undefined in cp1252
            views[shown] = byte
    return views


_BYTE_VIEWS = _byte_views()


def _shown_as(first: int, last: int) -> str:
    """A regex class body matching how the bytes first..last look after a wrong decode."""
    return re.escape("".join(ch for ch, byte in _BYTE_VIEWS.items() if first <= byte <= last))


_CONTINUATION = f"[{_shown_as(0x80, 0xBF)}]"
#: Text can be mangled more than once ("Ã¢â‚¬Å“" is "“" after two rounds).
_MOJIBAKE_ROUNDS = 3
#: A UTF-8 sequence read as cp1252 and saved again ("Ã©" for "é", "â€œ" for "“"): a lead
#: byte followed by exactly as many continuation bytes as it announces.
_MOJIBAKE = re.compile(
    f"[{_shown_as(0xC2, 0xDF)}]{_CONTINUATION}"
    f"|[{_shown_as(0xE0, 0xEF)}]{_CONTINUATION}{{2}}"
    f"|[{_shown_as(0xF0, 0xF4)}]{_CONTINUATION}{{3}}"
)


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding that produced it, and what had to be changed."""

    text: str
    encoding: str
    notices: tuple[Message, ...] = ()


def looks_binary(head: bytes) -> bool:
    """True when the first bytes hold a NUL and no UTF-16 BOM explains it.

    UTF-16 text is full of NULs, so its BOM is the one excuse we accept.
    """
    if head.startswith(_UTF16_BOMS):
        return False
    return b"\0" in head[:NUL_SNIFF_BYTES]


def _utf8_boundary(data: bytes, limit: int) -> int:
    """The largest cut point <= limit that does not split a UTF-8 sequence."""
    cut = limit
    # A UTF-8 character is at most 4 bytes, so at most 3 continuation bytes to back over.
    while cut > max(limit - 3, 0) and 0x80 <= data[cut] <= 0xBF:
        cut -= 1
    return cut


def decode_bytes(data: bytes, limit: int = MAX_FILE_BYTES) -> Decoded:
    """Decode ``data`` (at most ``limit`` bytes of it, cut on a character boundary).

    Order: BOM (UTF-8, UTF-16 LE/BE), strict UTF-8, else cp1252 where the five bytes cp1252
    leaves undefined become U+FFFD. Newlines, invisible characters and NFC are handled by
    :func:`normalise_text`, not here.
    """
    notices: list[Message] = []
    truncated = len(data) > limit
    if truncated:
        notices.append(
            Message.of(
                N_("file is over the {limit}-byte limit; only the start was read"),
                limit=f"{limit:,}",
            )
        )

    if data.startswith(_UTF16_BOMS):
        encoding = "utf-16"
        body = data[: limit - limit % 2] if truncated else data
        text = body.decode(encoding, errors="replace")
    elif data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
        body = data[: _utf8_boundary(data, limit)] if truncated else data
        text = body.decode(encoding, errors="replace")
    else:
        body = data[: _utf8_boundary(data, limit)] if truncated else data
        try:
            text, encoding = body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text = body.decode("utf-8", errors="replace")
            if _mostly_utf8(text):
                encoding = "utf-8"
                notices.append(Message.of(N_("some bytes are not valid UTF-8 and were replaced")))
            else:
                encoding = "cp1252"
                text = data[:limit].decode(encoding, errors="replace")
                notices.append(Message.of(N_("not valid UTF-8; decoded as cp1252")))
    if "\ufffd" in text and encoding != "utf-8":
        notices.append(Message.of(N_("some bytes could not be decoded and were replaced")))
    return Decoded(text=text, encoding=encoding, notices=tuple(notices))


def _mostly_utf8(replaced: str) -> bool:
    """True when UTF-8 decoding (with replacement) found more real characters than bad bytes.

    A UTF-8 article with one stray byte stays UTF-8 instead of turning every accent and dash
    into cp1252 mojibake; a cp1252 file has no valid multi-byte sequences, so it fails this.
    """
    bad = replaced.count("\ufffd")
    non_ascii = len(replaced) - len(replaced.encode("ascii", errors="ignore")) - bad
    return non_ascii > bad


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as cp1252 or latin-1: ``â€œHarga`` becomes ``“Harga``.

    Text mangled twice is repaired twice. Only sequences that re-encode to valid UTF-8 are
    replaced, so real Latin text (``Café``, ``naïve``) stays as it is.
    """

    def repaired(match: re.Match[str]) -> str:
        try:
            return bytes(_BYTE_VIEWS[ch] for ch in match.group()).decode("utf-8")
        except UnicodeDecodeError:
            return match.group()

    for _ in range(_MOJIBAKE_ROUNDS):
        fixed = _MOJIBAKE.sub(repaired, text)
        if fixed == text:
            break
        text = fixed
    return text


def normalise_text(text: str) -> str:
    """LF newlines, no zero-width characters or soft hyphens, mojibake repaired, NFC.

    NFC makes ``e`` + combining acute and the precomposed ``é`` one search term.
    """
    text = _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", repair_mojibake(text)))
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)
