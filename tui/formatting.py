"""Dates, numbers, amounts and ages as the interface language writes them, from CLDR.

Pure functions of their arguments and a Babel locale identifier (``"id"``, ``"en"``):
``15 Apr 2023`` / ``Apr 15, 2023``, ``10.000`` / ``10,000``, ``US$1 miliar`` /
``$1 billion``, ``2 tahun yang lalu`` / ``2 years ago``. Babel is imported by the first
call that needs it, not with this module.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from warta.tui.i18n import DEFAULT_LANGUAGE, _, ngettext, translations

if TYPE_CHECKING:
    from warta.search.amounts import Amount

#: From a million up, amounts read better as "1,5 miliar" than as ten digits.
COMPACT_FROM = 10**6

#: CLDR's English abbreviated month names, for its medium date ``MMM d, y``: English dates
#: and counts, all the command line prints for a search, are written without importing
#: Babel, which cost ~60 ms of every cold ``warta search``. Babel writes every other form.
_ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def local_time(when: dt.datetime) -> dt.datetime:
    """``when`` in the local time zone; in UTC when that zone's offset is a day or more
    (``TZ=UTC+24``, which the C library takes and Python's ``datetime`` refuses: it was
    a ValueError traceback in ``history``, ``saved`` and an update that lists skipped
    files)."""
    try:
        return when.astimezone()
    except (ValueError, OverflowError):
        return when.astimezone(dt.timezone.utc)


def format_date(
    value: dt.date, locale: str, width: Literal["short", "medium", "long", "full"] = "medium"
) -> str:
    """``value`` in the locale's own order and month names.

    ``medium`` (``15 Apr 2023`` / ``Apr 15, 2023``) keeps list columns narrow; the reader
    can ask for ``long`` (``15 April 2023``) or ``full`` (with the weekday).
    """
    if locale == DEFAULT_LANGUAGE and width == "medium":
        return f"{_ENGLISH_MONTHS[value.month - 1]} {value.day}, {value.year}"
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, width, locale=locale)


def format_time(value: dt.datetime, locale: str) -> str:
    """The time of day of ``value`` as the locale writes it: ``2:31 AM`` / ``02.31``."""
    from babel.dates import format_time as babel_format_time

    return babel_format_time(value, "short", locale=locale)


def format_period(value: dt.date, precision: str, locale: str) -> str:
    """A date only as precise as the text gave it: ``15 Apr 2023``, ``Mar 2024``, ``2015``.

    ``precision`` is a ``DateMention``'s (``"day"``, ``"month"`` or ``"year"``): printing
    ``Maret 2024`` as ``1 Mar 2024`` would invent a day the article never named.
    """
    if precision == "day":
        return format_date(value, locale)
    from babel.dates import format_skeleton

    return format_skeleton("yMMM" if precision == "month" else "y", value, locale=locale)


def format_coverage_period(start: dt.date, by: str, locale: str) -> str:
    """A period of coverage over time (search.coverage: ``by`` day, week or month) as the
    language writes it: the day, the week of its Monday, the month."""
    if by == "day":
        return format_date(start, locale)
    if by == "week":
        return _("week of {date}").format(date=format_date(start, locale))
    return format_period(start, "month", locale)


def format_gap(periods: int, by: str, locale: str) -> str:
    """A run of ``periods`` days, weeks or months without articles (``search.coverage.Gap``),
    as one line of a list: "⋯ 19 days without articles"."""
    if by == "day":
        said = ngettext("{count} day without articles", "{count} days without articles", periods)
    elif by == "week":
        said = ngettext("{count} week without articles", "{count} weeks without articles", periods)
    else:
        said = ngettext(
            "{count} month without articles", "{count} months without articles", periods
        )
    return "⋯ " + said.format(count=format_number(periods, locale))


def text_bar(value: int, most: int, cells: int) -> str:
    """``value`` as a bar of up to ``cells`` blocks against the largest, ``most``; a sliver
    for a value too small for a block, nothing for zero."""
    filled = round(cells * value / most) if most else 0
    return "█" * filled or ("▏" if value else "")


def format_number(value: Decimal | int | float, locale: str) -> str:
    """``value`` with the locale's grouping and decimal mark: ``10.000`` / ``10,000``."""
    if locale == DEFAULT_LANGUAGE and type(value) is int:  # CLDR's English #,##0 for a count
        return f"{value:,}"
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale)


def _amount_number(value: Decimal, locale: str) -> str:
    """Exact below a million, then in words as news writes it: ``1,5 miliar``."""
    if abs(value) >= COMPACT_FROM:
        from babel.numbers import format_compact_decimal

        return format_compact_decimal(value, format_type="long", fraction_digits=2, locale=locale)
    return format_number(value, locale)


def format_amount(amount: Amount, locale: str) -> str:
    """An amount found in an article, written for the interface locale.

    CLDR has no long compact currency format, so money is the currency symbol followed by
    the compact number (``US$30 miliar``, ``$30 billion``); both supported locales put the
    symbol first with no space (their currency pattern is ``¤#,##0.00``).
    """
    from babel.numbers import format_percent, get_currency_symbol

    if amount.unit == "%":
        return format_percent(amount.value / 100, "#,##0.##%", locale=locale)
    number = _amount_number(amount.value, locale)
    if amount.currency:
        return f"{get_currency_symbol(amount.currency, locale)}{number}"
    return f"{number} {amount.unit}" if amount.unit else number


def relative_age(value: dt.date, today: dt.date, locale: str) -> str:
    """How long ago (or ahead) ``value`` is from ``today``, in whole days or coarser:
    ``2 tahun yang lalu`` / ``2 years ago``; ``today`` in the locale for the same day."""
    if value == today:
        return translations(locale).gettext("today")
    from babel.dates import format_timedelta

    age = _whole_units(value, today)
    return format_timedelta(age, granularity="day", threshold=1, add_direction=True, locale=locale)


def _whole_units(value: dt.date, today: dt.date) -> dt.timedelta:
    """The time from ``today`` to ``value`` cut down to whole calendar years, else months,
    else weeks or days, in the lengths Babel counts them in (365, 30, 7 days).

    Babel rounds to the nearest unit: 3 years and 7 months back read "4 years ago", where
    people count whole years ("3 years ago"), as they do birthdays.
    """
    earlier, later = sorted((value, today))
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    months -= later.day < earlier.day
    if months >= 12:
        days = 365 * (months // 12)
    elif months >= 1:
        days = 30 * months
    else:
        span = (later - earlier).days
        days = span - span % 7
        days = days if days else span
    return dt.timedelta(days=days if value > today else -days)
