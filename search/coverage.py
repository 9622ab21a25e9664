"""Coverage over time: how many articles fall in each day, week or month.

Periods are computed here from the dates the index stores (publication dates); their
names in the interface language are the interface's job (``tui.formatting.format_period``,
which the reader's timeline uses too). Undated articles are counted apart, never put in a
period.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from warta.search.errors import N_, WartaError

PERIODS = ("day", "week", "month")
#: This many empty periods in a row or more are listed as one line (``with_gaps``): by day,
#: 300 articles of 2016-2018 were listed as 510 days, most of them empty.
GAP_PERIODS = 3
#: Empty periods between the first and the last are listed (a chart needs its gaps) up to
#: this many periods in all; beyond, only periods with articles (an archive spanning a
#: century by day, or a misdated 1900 article, must not list 36,500 rows).
MAX_FILLED_PERIODS = 3700


@dataclass(frozen=True)
class Period:
    """``articles`` published from ``start`` (a Monday for a week, the 1st for a month)."""

    start: dt.date
    articles: int


@dataclass(frozen=True)
class Gap:
    """``periods`` periods in a row without articles, the first starting on ``start``, the
    last on ``last``: one line of a list (``with_gaps``)."""

    start: dt.date
    last: dt.date
    periods: int


@dataclass(frozen=True)
class Coverage:
    """Articles per period, earliest first; ``undated`` had no date."""

    by: str
    periods: tuple[Period, ...]
    undated: int

    @property
    def total(self) -> int:
        return sum(period.articles for period in self.periods) + self.undated


def period_start(value: dt.date, by: str) -> dt.date:
    """The first day of the period holding ``value``: weeks start on Monday (ISO 8601)."""
    if by == "day":
        return value
    if by == "week":
        return value - dt.timedelta(days=value.weekday())
    return value.replace(day=1)


def period_key(start: dt.date, by: str) -> str:
    """A period's stable name for scripts: ``2023-04-15``, ``2023-W15``, ``2023-04``."""
    if by == "day":
        return start.isoformat()
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{start.year:04d}-{start.month:02d}"


def period_end(start: dt.date, by: str) -> dt.date:
    """The last day of the period starting on ``start`` (for a ``date:`` range)."""
    return _next(start, by) - dt.timedelta(days=1)


def _next(start: dt.date, by: str) -> dt.date:
    if by == "day":
        return start + dt.timedelta(days=1)
    if by == "week":
        return start + dt.timedelta(days=7)
    return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)


def check_period(by: str) -> None:
    if by not in PERIODS:
        raise WartaError(N_("unknown period {by}: use day, week or month"), by=by)


def coverage(dates: Iterable[tuple[dt.date | None, int]], by: str) -> Coverage:
    """Sum (date, articles) pairs into periods, with the empty periods in between."""
    check_period(by)
    counts: Counter[dt.date] = Counter()
    undated = 0
    for value, articles in dates:
        if value is None:
            undated += articles
        else:
            counts[period_start(value, by)] += articles
    starts = sorted(counts)
    if starts and _span(starts[0], starts[-1], by) <= MAX_FILLED_PERIODS:
        filled = [starts[0]]
        while filled[-1] < starts[-1]:
            filled.append(_next(filled[-1], by))
        starts = filled
    return Coverage(by, tuple(Period(start, counts[start]) for start in starts), undated)


def _span(first: dt.date, last: dt.date, by: str) -> int:
    """How many periods ``first`` to ``last`` cover."""
    if by == "day":
        return (last - first).days + 1
    if by == "week":
        return (last - first).days // 7 + 1
    return (last.year - first.year) * 12 + last.month - first.month + 1


def with_gaps(found: Coverage, shortest: int = GAP_PERIODS) -> list[Period | Gap]:
    """The periods with articles, earliest first, each run of ``shortest`` or more empty
    periods between them as one ``Gap`` and shorter runs as empty periods: what a list
    shows (a chart, ``--json``, keeps every period)."""
    listed: list[Period | Gap] = []
    previous: Period | None = None
    for period in found.periods:
        if not period.articles:
            continue
        if previous is not None:
            between = _span(previous.start, period.start, found.by) - 2
            first = _next(previous.start, found.by)
            if between >= shortest:
                last = period_start(period.start - dt.timedelta(days=1), found.by)
                listed.append(Gap(first, last, between))
            else:
                while first < period.start:
                    listed.append(Period(first, 0))
                    first = _next(first, found.by)
        listed.append(period)
        previous = period
    return listed
