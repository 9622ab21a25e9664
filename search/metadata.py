"""Title, outlet, byline and date, found in the text of an article where it states them.

Scraped articles carry their metadata as text: a section label above the title, a
``Rep: ... Red: ...`` line, a dateline such as ``REPUBLIKA.CO.ID, JAKARTA---``. These pure
functions work on the article's paragraphs (trimmed, non-empty lines).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.search.boilerplate import is_headline, separate_body
from warta.search.dates import publication_date
from warta.search.errors import Message
from warta.search.sanitize import visible

#: A section label ("Teknologi", "Ekonomi Bisnis") is one or two words and short.
_LABEL_MAX_WORDS = 2
_LABEL_MAX_CHARS = 30
#: Derived titles are cut at about this many characters, on a word boundary.
TITLE_MAX_CHARS = 100
#: A first line longer than this is a paragraph (or a whole file on one line), not a title.
TITLE_LINE_MAX_CHARS = 300
#: Datelines open the article, so only the first paragraphs are searched for one.
_DATELINE_PARAGRAPHS = 5

_DOMAIN = r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]+)*\.(?i:co\.id|com|id|net|org|tv|news|co)\b"
_SEPARATOR = r"\s*(?:-\s?-{1,2}|-|–|—)\s*"
#: A double dash or em dash: strong enough to trust an outlet without a domain name.
_STRONG_SEPARATOR = r"\s*(?:-\s?-{1,2}|—)\s*"
_PLACE = r"[A-Za-z][A-Za-z .']{0,40}?"
#: ``OUTLET.TLD[, PLACE] -``, ``PLACE, OUTLET.TLD -``, ``PLACE[, PROVINCE] (OUTLET) -`` or
#: ``PLACE, Outlet Name --`` at the start of a paragraph.
_DATELINE = re.compile(
    rf"""
    (?: (?P<outlet>{_DOMAIN}) (?:\s*,\s*{_PLACE})? {_SEPARATOR}
      | {_PLACE} \s*,\s* (?P<outlet_after_place>{_DOMAIN}) {_SEPARATOR}
      | {_PLACE} (?:\s*,\s*{_PLACE})? \s*
        \( (?P<outlet_in_parens>[A-Za-z][\w .]{{1,30}}) \) {_SEPARATOR}
      | {_PLACE} \s*,\s* (?P<outlet_named>[A-Z][\w.]*(?:\ [A-Z][\w.]*){{0,2}}) {_STRONG_SEPARATOR}
    )
    """,
    re.VERBOSE,
)

_BYLINE_LABEL = r"(?:rep(?:orter)?|red(?:aktur)?|editor|penulis|pewarta|penyunting|kontributor)\s*:"
#: The labels of those who wrote the text (not of its editors).
_WRITER_LABEL = r"(?:rep(?:orter)?|penulis|pewarta|kontributor)\s*:"
#: A person's name as bylines write it: capitalised, up to six words, initials allowed.
_NAME = r"[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5}"
#: A line made only of ``Label: Name`` parts.
_BYLINE_LINE = re.compile(rf"(?:(?i:{_BYLINE_LABEL})\s*{_NAME}\s*)+")
_BYLINE_PART = re.compile(
    rf"(?P<label>{_BYLINE_LABEL})\s*(?P<name>.+?)\s*(?={_BYLINE_LABEL}|$)", re.IGNORECASE
)

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘(]?[A-Z0-9])")
_SENTENCE_FINAL = re.compile(r"[.!?…:;,]$")


@dataclass(frozen=True)
class Byline:
    """Who wrote and edited the article, and the paragraphs left once it is taken out."""

    text: str | None
    paragraphs: list[str]


def is_section_label(line: str, following: str) -> bool:
    """True for a one/two-word label line (``Teknologi``) above a longer real title.

    The following line must itself look like a title, so a short real title above the
    first paragraph (``Gempa Cianjur`` then ``Gempa berkekuatan ...``) stays the title.
    """
    return (
        len(line) <= _LABEL_MAX_CHARS
        and len(line.split()) <= _LABEL_MAX_WORDS
        and _SENTENCE_FINAL.search(line) is None
        and len(following.split()) > _LABEL_MAX_WORDS
        and is_headline(following)
    )


def split_title(paragraphs: Sequence[str]) -> tuple[str, list[str]]:
    """The title (first line, or the line after a section label) and the remaining lines.
    A label needs a title and a story below it: with two lines only, the second is the
    story (``Judul`` then ``Banjir di Solo`` was an untitled label, a title, no body)."""
    if not paragraphs:
        return "", []
    if len(paragraphs[0]) > TITLE_LINE_MAX_CHARS:
        return "", list(paragraphs)
    if len(paragraphs) > 2 and is_section_label(paragraphs[0], paragraphs[1]):
        return paragraphs[1], list(paragraphs[2:])
    return paragraphs[0], list(paragraphs[1:])


def derive_title(paragraphs: Sequence[str]) -> str:
    """A title for an article that has none: its first sentence, cut on a word boundary.

    A dateline prefix (``Jakarta (ANTARA) -``) is left out: it is not what the story says.
    """
    if not paragraphs:
        return ""
    start, end = _opening_sentence(paragraphs[0])
    return shorten_title(paragraphs[0][start:end].strip())


def derived_title_end(body: str) -> int:
    """Where, in ``body``, the words a title derived from it show end (where its ``…`` cut
    them): a snippet from there adds to the title instead of repeating it."""
    return derived_title_span(body)[1]


def derived_title_span(body: str) -> tuple[int, int]:
    """Where, in ``body``, the words a title derived from it show start and end: what
    precedes them is the dateline, which the title leaves out."""
    paragraph = body.split("\n\n", 1)[0]
    start, end = _opening_sentence(paragraph)
    sentence = paragraph[start:end].strip()
    if not sentence:
        return 0, 0
    begin = paragraph.index(sentence, start)
    return begin, begin + _title_cut(sentence)


def _opening_sentence(paragraph: str) -> tuple[int, int]:
    """Where the first sentence of ``paragraph`` lies, after any dateline."""
    start = len(paragraph) - len(without_dateline(paragraph))
    end = _SENTENCE_END.search(paragraph[start:])
    return start, start + end.start() if end else len(paragraph)


def shorten_title(text: str) -> str:
    """``text`` cut on a word boundary to about ``TITLE_MAX_CHARS``, with an ellipsis."""
    kept = _title_cut(text)
    return text if kept == len(text) else text[:kept].rstrip(" ,;:") + "…"


def _title_cut(text: str) -> int:
    """How much of ``text`` a title keeps: all of it up to ``TITLE_MAX_CHARS``, else up to
    the last word boundary before that."""
    if len(text) <= TITLE_MAX_CHARS:
        return len(text)
    cut = text.rfind(" ", 0, TITLE_MAX_CHARS + 1)
    return cut if cut > 0 else TITLE_MAX_CHARS


def without_dateline(text: str) -> str:
    """``text`` without the dateline it opens with (``REPUBLIKA.CO.ID, JAKARTA---``): a
    sentence quoted from the article, or a title derived from it, starts with the story."""
    dateline = _DATELINE.match(text)
    return text[dateline.end() :] if dateline else text


def source_from_dateline(paragraphs: Sequence[str]) -> str | None:
    """The outlet named by a dateline at the start of one of the first paragraphs."""
    for paragraph in paragraphs[:_DATELINE_PARAGRAPHS]:
        match = _DATELINE.match(paragraph)
        if match:
            outlet = next(group for group in match.groups() if group)
            return outlet.strip()
    return None


def extract_byline(paragraphs: Sequence[str]) -> Byline:
    """Byline lines (``Rep: X Red: Y``, ``Editor: Z``) joined as ``Rep: X; Red: Y``."""
    parts: list[str] = []
    kept: list[str] = []
    for paragraph in paragraphs:
        if _BYLINE_LINE.fullmatch(paragraph):
            parts.extend(
                f"{part['label'].rstrip(': ')}: {part['name']}"
                for part in _BYLINE_PART.finditer(paragraph)
            )
        else:
            kept.append(paragraph)
    return Byline(text="; ".join(parts) or None, paragraphs=kept)


def byline_authors(byline: str | None) -> str | None:
    """Who wrote the article, for a citation: the reporters and writers of a labelled byline
    (``Rep: Santi Sopia; Red: Natalia Endah Hapsari`` -> ``Santi Sopia``; editors did not
    write it), or an unlabelled byline as stated (a JSON ``author``)."""
    if not byline:
        return None
    parts = list(_BYLINE_PART.finditer(byline.replace(";", " ")))
    if not parts:
        return byline
    writers = [
        part["name"] for part in parts if re.match(_WRITER_LABEL, part["label"], re.IGNORECASE)
    ]
    return ", ".join(writers) or None


@dataclass(frozen=True)
class ArticleParts:
    """What one article's text says about itself, and its cleaned body."""

    title: str
    body: str
    source: str | None
    byline: str | None
    date: dt.date | None
    #: The title is the body's first sentence: the text stated none.
    title_derived: bool = False
    #: What the reader should know about the text (paragraphs left out after a comment form).
    notices: tuple[Message, ...] = ()


def extract_parts(paragraphs: Sequence[str], title: str | None = None) -> ArticleParts:
    """Split paragraphs into title, metadata and a body free of bylines and boilerplate.

    ``title`` is the title when the format states one (markdown heading, jsonl field);
    otherwise it is the first line (after any section label). The title is not repeated in
    the body. Without any title line (``title=""``) one is derived from the first sentence.
    """
    if title is None:
        title, paragraphs = split_title(paragraphs)
    if not visible(title):  # marks or blanks only: shown, it was an empty line
        title = ""
    title_derived = not title
    folded_title = title.casefold()
    byline = extract_byline([p for p in paragraphs if p.casefold() != folded_title])
    separated = separate_body(byline.paragraphs)
    body = separated.paragraphs
    body_text = "\n\n".join(body)
    if len(title) > TITLE_LINE_MAX_CHARS:  # a stated title can be anything a file holds
        title = shorten_title(title)
    return ArticleParts(
        # One space between words: a title is shown on one line, in lists and headers
        # (IndoSum's texts space their tokens, "DKI   Jakarta").
        title=" ".join((title or derive_title(body)).split()),
        body=body_text,
        source=source_from_dateline(body),
        byline=byline.text,
        date=publication_date(body_text),
        title_derived=title_derived,
        notices=separated.notices(),
    )
