"""Dates, numbers, amounts and ages as each interface language writes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from warta.search.amounts import Amount, find_amounts
from warta.tui.formatting import format_amount, format_date, format_number, relative_age

APRIL_15 = dt.date(2023, 4, 15)


@pytest.mark.parametrize(
    ("locale", "width", "expected"),
    [
        ("id", "medium", "15 Apr 2023"),
        ("en", "medium", "Apr 15, 2023"),
        ("id", "long", "15 April 2023"),
        ("en", "long", "April 15, 2023"),
        ("id", "full", "Sabtu, 15 April 2023"),
    ],
)
def test_format_date(locale: str, width: str, expected: str) -> None:
    assert format_date(APRIL_15, locale, width) == expected  # type: ignore[arg-type]


def test_format_date_defaults_to_the_narrow_medium_form() -> None:
    assert format_date(dt.date(2024, 8, 1), "id") == "1 Agu 2024"


@pytest.mark.parametrize(
    ("value", "locale", "expected"),
    [
        (10000, "id", "10.000"),
        (10000, "en", "10,000"),
        (Decimal("2.5"), "id", "2,5"),
        (Decimal("1234567.25"), "en", "1,234,567.25"),
    ],
)
def test_format_number(value: Decimal | int, locale: str, expected: str) -> None:
    assert format_number(value, locale) == expected


def _amount(text: str) -> Amount:
    (amount,) = find_amounts(text)
    return amount


@pytest.mark.parametrize(
    ("text", "in_indonesian", "in_english"),
    [
        ("US$1 miliar", "US$1 miliar", "$1 billion"),
        ("US$1.5 miliar", "US$1,5 miliar", "$1.5 billion"),
        ("Rp 1,25 triliun", "Rp1,25 triliun", "IDR1.25 trillion"),
        ("Rp125.000", "Rp125.000", "IDR125,000"),
        ("$8", "US$8", "$8"),
        ("10.000 GPU", "10.000 GPU", "10,000 GPU"),
        ("3 juta", "3 juta", "3 million"),
        ("2,5 persen", "2,5%", "2.5%"),
    ],
)
def test_format_amount(text: str, in_indonesian: str, in_english: str) -> None:
    amount = _amount(text)
    assert (format_amount(amount, "id"), format_amount(amount, "en")) == (in_indonesian, in_english)


TODAY = dt.date(2025, 1, 1)


@pytest.mark.parametrize(
    ("days_ago", "in_indonesian", "in_english"),
    [
        (1, "1 hari yang lalu", "1 day ago"),
        (3, "3 hari yang lalu", "3 days ago"),
        (40, "1 bulan yang lalu", "1 month ago"),
        (800, "2 tahun yang lalu", "2 years ago"),
        (-3, "dalam 3 hari", "in 3 days"),
    ],
)
def test_relative_age(days_ago: int, in_indonesian: str, in_english: str) -> None:
    published = TODAY - dt.timedelta(days=days_ago)
    assert relative_age(published, TODAY, "id") == in_indonesian
    assert relative_age(published, TODAY, "en") == in_english


def test_relative_age_of_today_uses_the_catalog_of_that_locale() -> None:
    """Not the interface language: the locale argument decides, as for every other age."""
    assert relative_age(TODAY, TODAY, "id") == "hari ini"
    assert relative_age(TODAY, TODAY, "en") == "today"
