"""Money and counted quantities in article text: ``US$1 miliar``, ``Rp125.000``, ``10.000 GPU``.

Indonesian writes ``10.000`` for ten thousand and ``2,5`` for two and a half, the reverse of
English, so numbers are read with Babel's ``parse_decimal`` for the article's locale and the
number pattern is built from that locale's CLDR group and decimal symbols. Currency symbols
(``Rp``, ``US$``, ``$``) and names (``Dolar Amerika Serikat``) also come from CLDR; only the
colloquial names (``dolar``, ``dolar AS``) and the spelled-out multipliers are listed here.

A number is reported only when something says what it counts (a currency, a multiplier such
as ``juta``, or a unit), so page numbers, times and ages are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

#: Currencies recognised by their CLDR symbol, code or name, in priority order: when two
#: share a symbol (``$`` is also other dollars elsewhere) the first one listed wins.
CURRENCIES: tuple[str, ...] = (
    "USD", "IDR", "EUR", "GBP", "JPY", "CNY", "SGD", "AUD", "MYR", "HKD", "SAR", "KRW", "INR",
)  # fmt: skip

#: Everyday currency words CLDR does not list as names; a bare "dolar" is the US dollar.
_COLLOQUIAL_CURRENCIES: dict[str, dict[str, str]] = {
    "id": {
        "dolar": "USD", "dollar": "USD", "dolar AS": "USD", "dolar Amerika": "USD",
        "rupiah": "IDR", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "ringgit": "MYR",
        "pound": "GBP", "poundsterling": "GBP",
    },
    "en": {
        "dollar": "USD", "dollars": "USD", "rupiah": "IDR", "euros": "EUR", "euro": "EUR",
        "yen": "JPY", "yuan": "CNY", "pounds": "GBP",
    },
}  # fmt: skip

_MULTIPLIERS: dict[str, dict[str, int]] = {
    "id": {"ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6,
           "miliar": 10**9, "milyar": 10**9, "triliun": 10**12},
    "en": {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12},
}  # fmt: skip

#: Lower-case unit words; upper-case acronyms (GPU, MW, GB) are units too. Percent words
#: map to "%" so "50 persen" and "50%" compare equal.
_UNIT_WORDS: dict[str, dict[str, str]] = {
    "id": {"persen": "%", "orang": "orang", "unit": "unit", "ton": "ton", "kg": "kg",
           "km": "km", "meter": "meter", "hektare": "hektare"},
    "en": {"percent": "%", "per cent": "%", "people": "people", "units": "units",
           "tons": "tons", "kg": "kg", "km": "km"},
}  # fmt: skip

#: Words after which a number is a label, not a quantity ("pasal 3 UU", "HUT ke-72 TNI",
#: "kelas 3 SMP", "RT 03 RW 04"): such numbers count only with a currency or multiplier.
_LABEL_WORDS: dict[str, tuple[str, ...]] = {
    "id": ("pasal", "ps", "ayat", "nomor", "no", "ke", "kelas", "RT", "RW", "bab", "halaman",
           "hal", "lantai", "seri", "versi", "tipe", "generasi", "jilid"),
    "en": ("article", "section", "number", "no", "page", "chapter", "grade", "version",
           "type", "series"),
}  # fmt: skip

#: Acronyms that follow a number without counting anything: time zones ("pukul 10 WIB").
_NOT_UNITS = frozenset({"WIB", "WITA", "WIT", "GMT", "UTC", "AM", "PM"})

_ACRONYM = r"[A-Z][A-Z0-9]{1,5}s?"
_SPACE = r"[^\S\n]"  # an amount and what it counts are written on one line
_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")


@dataclass(frozen=True)
class Amount:
    """A number in the text with what it counts; ``value`` has the multiplier applied."""

    start: int
    end: int
    text: str
    value: Decimal
    currency: str | None  # ISO 4217 code
    unit: str | None


@dataclass(frozen=True)
class _LanguagePatterns:
    """The compiled amount pattern of one language and the tables to read its groups."""

    pattern: re.Pattern[str]
    currency_by_symbol: dict[str, str]
    currency_by_name: dict[str, str]
    group_symbol: str
    decimal_symbol: str


def _alternation(words: Iterable[str]) -> str:
    """A case-insensitive regex alternative, longest first so ``dolar AS`` beats ``dolar``."""
    escaped = sorted((re.escape(word).replace(r"\ ", rf"{_SPACE}+") for word in words), key=len)
    return f"(?i:{'|'.join(reversed(escaped))})"


def _currency_tables(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """Symbol -> code and lower-case name -> code, from CLDR plus the colloquial names."""
    from babel.numbers import get_currency_name, get_currency_symbol

    by_symbol: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for code in reversed(CURRENCIES):  # reversed so earlier currencies overwrite later ones
        for locale in (lang, "en"):
            by_symbol[get_currency_symbol(code, locale).lower()] = code
            for count in (1, 2):
                by_name[get_currency_name(code, count, locale).lower()] = code
        by_symbol[code.lower()] = code
        by_name[code.lower()] = code
    by_name.update((name.lower(), code) for name, code in _COLLOQUIAL_CURRENCIES[lang].items())
    return by_symbol, by_name


@cache
def _patterns(lang: str) -> _LanguagePatterns:
    """Build the amount pattern for ``lang`` once per process."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    if lang not in _MULTIPLIERS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {tuple(_MULTIPLIERS)}")
    by_symbol, by_name = _currency_tables(lang)
    group, decimal = re.escape(get_group_symbol(lang)), re.escape(get_decimal_symbol(lang))
    multiplier = _alternation(_MULTIPLIERS[lang])
    # A group separator is always followed by three digits, so one or two digits after it
    # before a multiplier ("US$1.5 miliar") can only be the other convention's decimal mark.
    number = (
        rf"\d{{1,3}}(?:{group}\d{{3}})+(?:{decimal}\d+)?"
        rf"|(?P<swapped>\d+{group}\d{{1,2}})(?={_SPACE}+{multiplier}\b)"
        rf"|\d+(?:{decimal}\d+)?"
    )
    pattern = (
        rf"(?<![\w.,/$€£¥])"
        rf"(?:(?P<label>{_alternation(_LABEL_WORDS[lang])}){_SPACE}*-?{_SPACE}*)?"
        rf"(?:(?P<symbol>{_alternation(by_symbol)})\.?{_SPACE}?)?"
        rf"(?P<number>{number})(?!\d|[.,]\d)"
        rf"(?:{_SPACE}+(?P<multiplier>{multiplier}))?"
        rf"(?:{_SPACE}+(?P<name>{_alternation(by_name)})"
        rf"|{_SPACE}*(?P<percent>%)"
        rf"|{_SPACE}+(?P<unit>{_alternation(_UNIT_WORDS[lang])}|{_ACRONYM}))?"
        r"(?!\w)"
    )
    return _LanguagePatterns(
        re.compile(pattern), by_symbol, by_name, get_group_symbol(lang), get_decimal_symbol(lang)
    )


def _value(match: re.Match[str], lang: str, patterns: _LanguagePatterns) -> Decimal:
    """The number as written, in ``lang``'s conventions, times its spelled-out multiplier."""
    from babel.numbers import parse_decimal

    number, multiplier = match.group("number", "multiplier")
    if match["swapped"]:
        number = number.replace(patterns.group_symbol, patterns.decimal_symbol)
    value = parse_decimal(number, locale=lang)
    if multiplier:
        value *= _MULTIPLIERS[lang][multiplier.lower()]
    # "2,5 juta" is exactly 2500000; drop the ".0" the decimal arithmetic carries over.
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _currency(match: re.Match[str], patterns: _LanguagePatterns) -> str | None:
    """The ISO code a symbol before the number or a name after it gives, if any."""
    symbol, name = match.group("symbol", "name")
    if symbol:
        return patterns.currency_by_symbol[symbol.lower()]
    if name:
        return patterns.currency_by_name[" ".join(name.lower().split())]
    return None


def _unit(match: re.Match[str], lang: str) -> str | None:
    """The unit as the user reads it: "%" for any percent word, acronyms as written."""
    if match.group("percent"):
        return "%"
    unit = match.group("unit")
    if unit is None or unit in _NOT_UNITS:
        return None
    return _UNIT_WORDS[lang].get(" ".join(unit.lower().split()), unit)


def _last_group(match: re.Match[str], unit: str | None) -> str:
    """The group the amount's span ends with: a unit we did not keep is not part of it."""
    if match.group("name"):
        return "name"
    if unit is not None:
        return "percent" if match.group("percent") else "unit"
    return "multiplier" if match.group("multiplier") else "number"


def find_amounts(text: str, lang: str = "id") -> list[Amount]:
    """Every amount of money or counted quantity in ``text``, in text order.

    ``lang`` ("id" or "en") decides how ``1.000`` and ``1,5`` read. An ungrouped number in
    the range of years ("2015 CEO") with only a unit after it is a date, not a count:
    Indonesian writes counts from a thousand up with a separator ("2.000 orang").
    """
    patterns = _patterns(lang)
    amounts: list[Amount] = []
    for match in patterns.pattern.finditer(text):
        number, multiplier = match.group("number", "multiplier")
        currency = _currency(match, patterns)
        unit = None if currency else _unit(match, lang)
        counted = unit is not None and not _YEARLIKE.fullmatch(number) and not match["label"]
        if currency is None and multiplier is None and not counted:
            continue
        start = match.start("symbol" if match["symbol"] else "number")
        end = match.end(_last_group(match, unit))
        value = _value(match, lang, patterns)
        amounts.append(Amount(start, end, text[start:end], value, currency, unit))
    return amounts
