"""Removing terminal control sequences from untrusted text.

Article text, titles and file names come from strangers. Printed raw, an escape sequence
could recolour the screen, retitle the window, write to the clipboard (OSC 52) or hide
text; bidi controls can make a line read differently from what it contains. Everything
that reaches an ``Article`` passes through :func:`clean_text`, so the rest of warta can
treat strings as inert. Markup characters such as ``[`` are left alone: the display layer
never interprets article text as markup.
"""

from __future__ import annotations

import re
import unicodedata

_ESC = "\x1b"
_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"

#: Escape sequences with their payloads, so no parameter bytes are left behind as text.
#: Strings (OSC, DCS, SOS, PM, APC; 7- or 8-bit introducers) end at BEL, ST or ESC \;
#: an unterminated one runs to the end of the line rather than swallowing the article.
_SEQUENCES = re.compile(
    rf"""
    {_ESC}\[ [0-?]* [\ -/]* [@-~]?                          # CSI
    | \x9b [0-?]* [\ -/]* [@-~]?                            # 8-bit CSI
    | (?:{_ESC}[\]PX^_] | [\x90\x98\x9d\x9e\x9f])           # OSC DCS SOS PM APC
      [^\x07\x9c\x1b\n]* (?:\x07|\x9c|{_ESC}\\)?
    | {_ESC} [\ -/]* [0-~]?                                 # any other ESC sequence
    """,
    re.VERBOSE,
)

#: Single characters no text needs: C0 but LF and TAB, DEL, C1, bidi controls, and lone
#: surrogates (JSON can smuggle them in; they cannot even be encoded for the terminal).
_CONTROLS = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CONTROLS}\ud800-\udfff]")

#: The control characters that end a line (those ``str.splitlines`` breaks at: CR, CR LF,
#: VT, FF, the separators FS GS RS, and NEL). Each becomes one LF before the other controls
#: are removed: deleted, they glued the words on either side together (``kata\fform``).
_LINE_ENDING_CONTROLS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85]")

#: What one-line display folds into a space: line breaks, tabs and the Unicode line and
#: paragraph separators (bodies keep those, as text editors show them as line breaks).
_LINE_BREAKS = re.compile("[ ]*[\n\t\u2028\u2029]\\s*")


#: Letters, symbols and spaces a terminal draws as nothing: the Hangul fillers, the braille
#: blank. Marks, format characters (zero-width ones, tags, variation selectors) and
#: separators are told by their Unicode category.
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_UNSEEN_CATEGORIES = ("M", "C", "Z")


def visible(text: str) -> bool:
    """Whether ``text`` has a character a terminal draws: a title, tag or name of combining
    marks, zero-width or blank characters only showed as nothing, or stacked its marks on
    the text before it."""
    return any(
        not unicodedata.category(char).startswith(_UNSEEN_CATEGORIES) and char not in _BLANK_GLYPHS
        for char in text
    )


#: A byte of the command line that is not UTF-8, as Python carries it (``surrogateescape``).
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]")


def shown_bytes(text: str) -> str:
    """``text`` with each byte that is not UTF-8 shown as U+FFFD, as file names are: removed
    as the lone surrogate it is, ``warta note $'\\xff'`` answered ``no article with id ""``."""
    return _ESCAPED_BYTES.sub("\ufffd", text)


def clean_text(text: str) -> str:
    """``text`` without escape sequences, control characters or bidi controls.

    Controls that end a line become LF. Text with nothing to remove is returned unchanged
    (and cheaply: one scan).
    """
    if _CONTROLS.search(text) is None:
        return text
    return _CONTROLS.sub("", _LINE_ENDING_CONTROLS.sub("\n", _SEQUENCES.sub("", text)))


def clean_line(text: str) -> str:
    """:func:`clean_text` for one-line display: line breaks and tabs become single spaces."""
    return _LINE_BREAKS.sub(" ", clean_text(text)).strip()


def web_address(url: str | None) -> str | None:
    """``url`` when it is a web address safe to hand to an opener or to write as a link,
    else None (an article could name ``file:``, ``javascript:`` or a scheme some handler
    runs)."""
    if not url:
        return None
    address = url.strip()
    if not address.lower().startswith(("http://", "https://")) or any(
        char.isspace() or not char.isprintable() for char in address
    ):
        return None
    return address
