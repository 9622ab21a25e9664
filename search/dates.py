"""Dates mentioned in article text, and the dateline that says when an article was published.

Month and weekday names come from Babel's CLDR data rather than hand-written tables, so
``Agustus`` / ``Agu`` and ``August`` / ``Aug`` are recognised from the same source the
interface uses to print dates. Each language's patterns are compiled once into a single
alternation, because this runs over whole archives (100,000 articles) at index time.

Only what the text says is returned: ``Maret 2024`` is a month (value 2024-03-01,
precision ``"month"``), never an invented day; ``(27/3)`` without a year is skipped, and an
impossible date such as ``31/2/2023`` is skipped rather than raised.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

#: Languages whose patterns we build; other codes raise ``ValueError``.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("id", "en")

#: Spellings common in Indonesian news that CLDR does not list (older or apostrophe forms),
#: keyed by the CLDR wide name they stand for.
_EXTRA_SPELLINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "Februari": ("Pebruari",),
        "Agustus": ("Agt", "Ags"),
        "November": ("Nopember",),
        "Jumat": ("Jum'at", "Jum’at"),
    },
    "en": {"September": ("Sept",)},
}

#: Words that announce a bare year ("tahun 2018", "pada 2015"); a bare four-digit number
#: without one is too often a count ("2000 orang") to be read as a year.
_YEAR_CUES: dict[str, tuple[str, ...]] = {
    "id": ("tahun", "pada", "sejak", "hingga", "sampai", "awal", "akhir", "pertengahan"),
    "en": ("in", "since", "until", "year", "during", "by", "early", "late"),
}

_YEAR = r"(?:1[89]|2[0-9])\d{2}"
#: Every form ends with a year or (ISO) starts with one, so the full patterns only run in a
#: window around each year: ``_LEAD`` characters before it (``pertengahan``, ``30 September``,
#: a weekday and brackets) and ``_TRAIL`` after (``-04-15`` and the look-ahead). This is
#: several times faster than scanning every word start with the whole alternation. The
#: trigger has no digit boundaries (look-arounds at every position would cost more than the
#: few spurious windows they save); the window patterns check boundaries themselves.
_YEAR_TRIGGER = re.compile(_YEAR)
_LEAD, _TRAIL = 40, 8
_DAY = r"[0-3]?\d"


@dataclass(frozen=True)
class DateMention:
    """One date found in a text; ``value`` is the first day of the period ``precision`` names."""

    start: int
    end: int
    text: str
    value: dt.date
    precision: str  # "day" | "month" | "year"


@dataclass(frozen=True)
class _LanguagePatterns:
    """Compiled patterns and the name-to-number table for one language."""

    mentions: re.Pattern[str]
    dateline: re.Pattern[str]
    months: dict[str, int]


def _alternation(wide: Iterable[str], abbreviated: Iterable[str]) -> str:
    """A regex alternative of the names, longest first so ``Maret`` wins over ``Mar``.

    Full names match in any case (``MARET``, ``maret``); abbreviations only capitalised or
    upper case, since ``mar`` or ``sep`` in lower case are usually ordinary words.
    """
    forms = {f"(?i:{re.escape(name)})" for name in wide}
    forms.update(variant for name in abbreviated for variant in (name, name.upper()))
    return "|".join(sorted(forms, key=len, reverse=True))


def _cldr_names(
    lang: str, kind: Literal["months", "days"], width: Literal["wide", "abbreviated"]
) -> dict[str, int]:
    """CLDR month (``kind="months"``) or weekday names of ``lang``, with common variants."""
    from babel.dates import get_day_names, get_month_names

    getter = get_month_names if kind == "months" else get_day_names
    extras = _EXTRA_SPELLINGS.get(lang, {})
    return {
        spelling: number
        for number, name in getter(width, locale=lang).items()
        for spelling in (name, *extras.get(name, ()))
    }


@cache
def _patterns(lang: str) -> _LanguagePatterns:
    """Build and compile the patterns for ``lang`` once per process."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {SUPPORTED_LANGUAGES}")
    wide_months, short_months = (_cldr_names(lang, "months", w) for w in ("wide", "abbreviated"))
    wide_days, short_days = (_cldr_names(lang, "days", w) for w in ("wide", "abbreviated"))
    month = rf"(?:{_alternation(wide_months, short_months)})\.?"
    weekday = rf"(?:{_alternation(wide_days, short_days)})"
    months = {name.lower(): number for name, number in {**short_months, **wide_months}.items()}
    before, after = r"(?<![\w/.,])(?<!/ )", r"(?![\w/]| /|[.,]\d)"
    # Each alternative is one named outer group; its inner groups carry a matching prefix.
    forms = {
        "iso": rf"(?P<iso_y>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)",
        "dmy": rf"(?P<dmy_d>{_DAY})\s+(?P<dmy_m>{month})\s+(?P<dmy_y>{_YEAR})",
        "mdy": rf"(?P<mdy_m>{month})\s+(?P<mdy_d>{_DAY}),?\s+(?P<mdy_y>{_YEAR})",
        "my": rf"(?P<my_m>{month}),?\s+(?P<my_y>{_YEAR})",
        # Spaces around the slashes come from tokenised-then-rejoined archives ("10 / 3 / 2017").
        "num": rf"(?P<num_d>{_DAY}) ?/ ?(?P<num_m>[01]?\d) ?/ ?(?P<num_y>{_YEAR})",
    }
    if lang == "en":
        del forms["num"]  # 3/4/2023 is March or April depending on the writer
    else:
        del forms["mdy"]  # month-first order is English only
    dated = "|".join(rf"(?P<{name}>{body})" for name, body in forms.items())
    cue = rf"(?i:\b(?:{'|'.join(_YEAR_CUES[lang])}))\s+"
    mentions = rf"{before}(?:{dated}|{cue}(?P<year>(?P<year_y>{_YEAR}))){after}"
    # A dateline is a weekday followed by a full date, optionally in brackets or after a comma.
    full_date = "|".join(rf"(?P<{name}>{forms[name]})" for name in forms if name != "my")
    dateline = rf"{before}{weekday},?\s*\(?\s*(?:{full_date}){after}"
    return _LanguagePatterns(re.compile(mentions), re.compile(dateline), months)


def _date_of(match: re.Match[str], form: str, months: dict[str, int]) -> dt.date | None:
    """The date a match of alternative ``form`` names, or None when it does not exist."""

    def group(part: str) -> str | None:
        return match.group(f"{form}_{part}") if f"{form}_{part}" in match.re.groupindex else None

    day, month, year = group("d"), group("m"), group("y")
    assert year is not None
    if month is None:
        month_number = 1
    elif month.isdigit():
        month_number = int(month)
    else:
        month_number = months[month.rstrip(".").lower()]
    try:
        return dt.date(int(year), month_number, int(day) if day else 1)
    except ValueError:
        return None


def _precision(form: str) -> str:
    """How much of the date the text gave: year-only and month-year forms are partial."""
    return {"year": "year", "my": "month"}.get(form, "day")


def _dated_matches(
    pattern: re.Pattern[str], text: str, months: dict[str, int]
) -> Iterator[tuple[re.Match[str], str, dt.date]]:
    """Matches of ``pattern`` that name a real date, with their form, in text order."""
    resume_at = 0
    for year in _YEAR_TRIGGER.finditer(text):
        window_start = max(resume_at, year.start() - _LEAD)
        for match in pattern.finditer(text, window_start, year.end() + _TRAIL):
            form = match.lastgroup  # the outer group of the alternative that matched
            assert form is not None
            resume_at = match.end()
            value = _date_of(match, form, months)
            if value is not None:
                yield match, form, value


def find_dates(text: str, lang: str = "id") -> list[DateMention]:
    """Every date mentioned in ``text``, in text order; ``lang`` is ``"id"`` or ``"en"``.

    A bare year needs a cue word before it (``tahun 2018``), but the span covers only the
    year so a highlight marks the date itself.
    """
    patterns = _patterns(lang)
    mentions: list[DateMention] = []
    for match, form, value in _dated_matches(patterns.mentions, text, patterns.months):
        start, end = match.span(form)
        mentions.append(DateMention(start, end, text[start:end], value, _precision(form)))
    return mentions


#: A date as news sites write it in an article's address: ``/news/2016/11/24/113135/...``.
_ADDRESS_DATE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=/|$)")


def address_date(url: str | None) -> dt.date | None:
    """The publication date in an article's web address, when its path holds one.

    The publisher wrote it when the article went out: IndoSum's texts disagree with it in 83
    of the 377 articles whose address has one, the text's first weekday-led date being the
    event's (a day or more before) or a mistyped year.
    """
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    found = _ADDRESS_DATE.search(path)
    if found is None:
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:  # /2016/13/45/
        return None


def publication_date(text: str, lang: str = "id") -> dt.date | None:
    """The first weekday-led full date (``Sabtu (15/4/2023)``, ``Minggu, 26 Maret 2023``).

    News sites put the dateline after the agency or the source quoted, often mid-paragraph;
    a weekday in front of a complete date is what sets it apart from dates the story
    merely mentions. Impossible dates are passed over; None when there is no dateline.
    """
    patterns = _patterns(lang)
    first = next(_dated_matches(patterns.dateline, text, patterns.months), None)
    return first[2] if first else None


def numeric_forms(day: str, month: str, year: str | None = None, lang: str = "id") -> list[str]:
    """How news writes in digits the date typed as ``day month [year]`` (``23``, ``agustus``,
    ``2005``): ``23/8/2005`` and, as a tokenised archive keeps it, the words ``23 8 2005``;
    without a year ``23/8`` and ``23 8``. Empty when the words are no real day of a month
    (``45 agustus``). Indonesian only: English writers put the month first or second."""
    if lang != "id" or not day.isdigit() or len(day) > 2:
        return []
    number = _patterns(lang).months.get(month.lower().rstrip("."))
    if number is None or (year is not None and not re.fullmatch(_YEAR, year)):
        return []
    try:
        dt.date(int(year) if year else 2000, number, int(day))  # 2000: 29/2 is a day
    except ValueError:
        return []
    parts = [str(int(day)), str(number), *([year] if year else [])]
    return ["/".join(parts), " ".join(parts)]


#: A day written in digits as one word: ``23/8``, ``23/8/2005``, ``03/08/17``.
_DIGIT_DAY = re.compile(r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?")


def _digit_day(word: str) -> tuple[str, str, str | None] | None:
    """Day, month (without leading zeros) and year as written of a real day written in
    digits, else None (``31/2``, ``1/20``: no day; a fraction is rarely a real day)."""
    found = _DIGIT_DAY.fullmatch(word)
    if found is None:
        return None
    day, month, year = str(int(found["day"])), str(int(found["month"])), found["year"]
    try:
        full = int(year) + (2000 if len(year) == 2 else 0) if year else 2000
        dt.date(full, int(month), int(day))  # 2000: 29/2 is a day
    except ValueError:
        return None
    return day, month, year


def indexed_digit_forms(word: str, lang: str = "id") -> list[str]:
    """The other one-word forms an index keeps of a day written in digits, so that a day
    typed without its year finds it: "(23/8/2005)" is also ``23/8``, "(03/08)" ``3/8`` (what
    :func:`numeric_forms` searches for ``23 agustus``). One token holds the whole date, so
    ``23 agustus`` and ``tgl 23/8`` found only the stories of this year, which leave the
    year out. Empty for anything else (``1/20``, a time)."""
    day_month = _digit_day(word) if lang == "id" else None
    if day_month is None:
        return []
    day, month, year = day_month
    short = f"{day}/{month}"
    forms = [f"{short}/{year}"] if year and len(year) == 4 else []
    return [form for form in dict.fromkeys([*forms, short]) if form != word]


#: Words that join the first and last day of a range typed as people say it
#: (``22 sampai 26 agustus``, ``22 s/d 26 agustus``, ``22 - 26 agustus``).
_RANGE_JOINS = frozenset({"sampai", "hingga", "s/d", "sd", "s.d", "s.d.", "-", "–", "—"})
#: Two days joined by a dash as one word (``22-26``), as a query typed it.
_DAY_PAIR = re.compile(r"(?P<first>\d{1,2})[-–—](?P<last>\d{1,2})")
#: Two days in digits joined by a dash as one word (``1/3-3/3``), as a query typed it.
_DIGIT_DAY_PAIR = re.compile(r"(?P<first>[\d/]+)[-–—](?P<last>[\d/]+)")
#: A month and the next day joined by a dash as one word (the ``agustus-2`` of ``30
#: agustus-2 september``), as a query typed it.
_MONTH_DAY = re.compile(r"(?P<month>[^\W\d_]+\.?)[-–—](?P<day>\d{1,2})")
#: The most days a range typed is searched for day by day (each day is several forms of
#: each of its words); a longer one is searched as its words.
MAX_RANGE_DAYS = 14


@cache
def _month_name(number: int, lang: str) -> str:
    """The full name of month ``number`` as an archive writes it out (``agustus``)."""
    from babel.dates import get_month_names

    return str(get_month_names("wide", locale=lang)[number]).lower()


def _range_at(
    words: Sequence[str], at: int, lang: str
) -> tuple[dict[int, int], list[dt.date], str | None] | None:
    """The range of days typed from ``words[at]`` as people say it (``22-26 agustus``, ``22
    sampai 26 agustus``, ``30 agustus - 2 september 2017``, ``30 agustus-2 september``,
    and ``22 26 agustus`` as the dash is tokenised away): the place in the date of each of
    its words (days 0, months 1, the year 2; the joining word has none), its days and its
    year as typed. None when the words are no range of real days, or one longer than
    ``MAX_RANGE_DAYS``."""

    def day(index: int) -> int | None:
        word = words[index] if index < len(words) else ""
        return int(word) if word.isascii() and word.isdigit() and len(word) <= 2 else None

    def month(index: int) -> int | None:
        # The names are read only after a day: a query without one loads no CLDR data.
        if index >= len(words):
            return None
        return _patterns(lang).months.get(words[index].lower().rstrip("."))

    digits = _digit_range_at(words, at)
    if digits is not None:
        return digits
    places: dict[int, int] = {}
    pair = _DAY_PAIR.fullmatch(words[at])
    first_month = None
    if pair is not None:
        first, last, after = int(pair["first"]), int(pair["last"]), at + 1
        places[at] = 0
    else:
        first_day = day(at)
        if first_day is None:
            return None
        places[at], after = 0, at + 1
        joined = _MONTH_DAY.fullmatch(words[after]) if after < len(words) else None
        if joined is not None:
            # ``30 agustus-2 september``: the month and the last day in one word.
            first_month = _patterns(lang).months.get(joined["month"].lower().rstrip("."))
            if first_month is None:
                return None
            places[after], after = 1, after + 1
            first, last = first_day, int(joined["day"])
        else:
            first_month = month(after)
            if first_month is not None:
                places[after], after = 1, after + 1
            if after < len(words) and words[after].lower() in _RANGE_JOINS:
                after += 1
            last_day = day(after)
            if last_day is None:
                return None
            first, last = first_day, last_day
            places[after], after = 0, after + 1
    last_month = month(after)
    if last_month is None:
        return None
    places[after], after = 1, after + 1
    year = words[after] if after < len(words) and re.fullmatch(_YEAR, words[after]) else None
    if year is not None:
        places[after] = 2
    days = _days_between((first, first_month or last_month), (last, last_month), year)
    return None if days is None else (places, days, year)


def _days_between(
    first: tuple[int, int], last: tuple[int, int], year: str | None
) -> list[dt.date] | None:
    """The days from ``first`` to ``last`` (day, month) of ``year`` (2000 without one, so
    that 29/2 is a day); None when either is no real day, or the range is no range of two
    days to ``MAX_RANGE_DAYS``."""
    try:
        start = dt.date(int(year or 2000), first[1], first[0])
        end = dt.date(int(year or 2000), last[1], last[0])
    except ValueError:
        return None
    if not 1 < (end - start).days + 1 <= MAX_RANGE_DAYS:
        return None
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def _digit_range_at(
    words: Sequence[str], at: int
) -> tuple[dict[int, int], list[dt.date], str | None] | None:
    """The range of two days typed in digits from ``words[at]`` (``1/3-3/3``, ``1/3 - 3/3``,
    ``1/3 sampai 3/3``, ``1/3/2017-3/3/2017``), as :func:`_range_at` gives it: both days
    are place 0, the year (four digits, of either day) as typed. None for anything else,
    or a range of no real days, or one longer than ``MAX_RANGE_DAYS``."""
    pair = _DIGIT_DAY_PAIR.fullmatch(words[at])
    if pair is not None:
        first, last = _digit_day(pair["first"]), _digit_day(pair["last"])
        places = {at: 0}
    else:
        after = at + 1
        if after < len(words) and words[after].lower() in _RANGE_JOINS:
            after += 1
        if after >= len(words):
            return None
        first, last = _digit_day(words[at]), _digit_day(words[after])
        places = {at: 0, after: 0}
    if first is None or last is None:
        return None
    year = next((part[2] for part in (last, first) if part[2] and len(part[2]) == 4), None)
    days = _days_between((int(first[0]), int(first[1])), (int(last[0]), int(last[1])), year)
    return None if days is None else (places, days, year)


def _range_forms(days: Sequence[dt.date], year: str | None, lang: str) -> list[str]:
    """Each day of a range as news writes it: ``24/8``, spaced ``24 8`` ("(24 / 8)"), and
    out in words ``24 agustus``; with the year typed, ``24/8/2016`` and ``24 8 2016`` too."""
    forms = []
    for day in days:
        forms += [f"{day.day}/{day.month}", f"{day.day} {day.month}"]
        forms.append(f"{day.day} {_month_name(day.month, lang)}")
        if year is not None:
            forms += [f"{day.day}/{day.month}/{year}", f"{day.day} {day.month} {year}"]
    return forms


def day_ranges(words: Sequence[str], lang: str = "id") -> list[tuple[dict[int, int], list[str]]]:
    """Each range of days typed in ``words`` (:func:`_range_at`): the place in the date of
    each of its words (by index; the joining word has none) and every day of the range in
    digits and in words (:func:`_range_forms`)."""
    found: list[tuple[dict[int, int], list[str]]] = []
    if lang != "id":
        return found
    taken: set[int] = set()
    for at in range(len(words)):
        if at in taken:
            continue
        typed = _range_at(words, at, lang)
        if typed is None:
            continue
        places, days, year = typed
        found.append((places, _range_forms(days, year, lang)))
        taken.update(range(at, max(places) + 1))
    return found


def digit_forms(words: Sequence[str], lang: str = "id") -> dict[int, tuple[int, list[str]]]:
    """The words (by index) of each day typed in words (``23 agustus [2005]``), each with
    its place in the date (day 0, month 1, year 2) and the date in digits
    (:func:`numeric_forms`, the year's too): a story writing "Selasa (23/8)" has each of
    them. The year also as "23/8": news leaves it out of this year's dates.

    A day typed in digits (``tgl 26/8``, ``26/8/2016``) is a date of its own (place 0),
    found as an archive that spaces it writes it too, "Jumat (26 / 8 / 2016)": its numbers
    in a row; with a year, also the day without it.

    A range of days typed as people say it (``22-26 agustus``, ``22 sampai 26 agustus``)
    is each of its days, in digits and in words (:func:`day_ranges`): a story dated
    "Rabu (24/8)" has each word of it. Searched as typed, the range asked for a 22 and a 26
    in a row, which only a story writing the same range has."""
    found = {
        index: (place, forms)
        for places, forms in day_ranges(words, lang)
        for index, place in places.items()
    }
    for at, word in enumerate(words):
        if at in found:
            continue
        day_month = _digit_day(word) if lang == "id" else None
        if day_month is not None:
            day, month, year = day_month
            forms = [f"{day}/{month}", f"{day} {month}"]
            if year is not None:
                forms = [f"{day}/{month}/{year}", f"{day} {month} {year}", *forms]
            found[at] = (0, [form for form in forms if form != word])
    for at in range(len(words) - 1):
        short = numeric_forms(words[at], words[at + 1], lang=lang)
        if not short:
            continue
        full = (
            numeric_forms(words[at], words[at + 1], words[at + 2], lang)
            if at + 2 < len(words)
            else []
        )
        for offset in range(3 if full else 2):
            found.setdefault(at + offset, (offset, short + full))
    return found


def day_terms(date: dt.date) -> tuple[str, str]:
    """How an index holds an article's date as words (its ``day`` field): the day and month
    in digits, without and with the year (``5/10``, ``5/10/2017``), the forms a day typed
    is searched as (:func:`named_days`)."""
    day = f"{date.day}/{date.month}"
    return day, f"{day}/{date.year}"


def named_days(forms: Iterable[str]) -> list[str]:
    """The days in digits among the forms of a day typed (a word and its
    :func:`digit_forms`): what an article dated that day holds (:func:`day_terms`). With a
    year typed, only the day of that year: the day without it is a form for the text, which
    leaves this year's out, and ``5 oktober 2016`` is no story dated 5/10/2017."""
    days = [form for form in forms if _digit_day(form) is not None]
    if any(form.count("/") == 2 for form in days):
        days = [form for form in days if form.count("/") == 2]
    return list(dict.fromkeys(days))
