"""Money and counted quantities, read with Indonesian (and English) number conventions."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from warta.search.amounts import Amount, find_amounts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _only(text: str, lang: str = "id") -> tuple[str, Decimal, str | None, str | None]:
    (amount,) = find_amounts(text, lang)
    assert text[amount.start : amount.end] == amount.text
    return amount.text, amount.value, amount.currency, amount.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lebih dari US$1 miliar ke", ("US$1 miliar", Decimal(10**9), "USD", None)),
        ("mengakuisisi 10.000 GPU, sebuah", ("10.000 GPU", Decimal(10_000), None, "GPU")),
        ("senilai 6 miliar dolar.", ("6 miliar dolar", Decimal(6 * 10**9), "USD", None)),
        ("gaji 40.000 dolar per", ("40.000 dolar", Decimal(40_000), "USD", None)),
        ("harga Rp125.000 sebulan", ("Rp125.000", Decimal(125_000), "IDR", None)),
        ("valuasi US$30 miliar", ("US$30 miliar", Decimal(30 * 10**9), "USD", None)),
        ("dana US$100 juta untuk", ("US$100 juta", Decimal(10**8), "USD", None)),
        ("biaya $8 per bulan", ("$8", Decimal(8), "USD", None)),
        ("hadiah 1 juta dolar bagi", ("1 juta dolar", Decimal(10**6), "USD", None)),
        ("denda 10.000 dolar AS.", ("10.000 dolar AS", Decimal(10_000), "USD", None)),
        ("tarif Rp 2,5 juta", ("Rp 2,5 juta", Decimal(2_500_000), "IDR", None)),
        ("kerugian Rp. 1,5 triliun", ("Rp. 1,5 triliun", Decimal(15 * 10**11), "IDR", None)),
        ("pendanaan 300 ribu euro", ("300 ribu euro", Decimal(300_000), "EUR", None)),
        ("dana 2 juta dolar Singapura", ("2 juta dolar Singapura", Decimal("2e6"), "SGD", None)),
        ("sebanyak 2.000 orang", ("2.000 orang", Decimal(2000), None, "orang")),
        ("naik 2,5 persen", ("2,5 persen", Decimal("2.5"), None, "%")),
        ("naik 50% tahun", ("50%", Decimal(50), None, "%")),
        ("pengguna 3 juta akun", ("3 juta", Decimal(3 * 10**6), None, None)),
        ("produksi 1,8 juta ton baja", ("1,8 juta ton", Decimal(1_800_000), None, "ton")),
    ],
)  # fmt: skip
def test_indonesian_amounts(
    text: str, expected: tuple[str, Decimal, str | None, str | None]
) -> None:
    assert _only(text) == expected


def test_a_point_before_a_multiplier_is_a_decimal_mark() -> None:
    """``US$1.5 miliar`` cannot be fifteen: a thousands group always has three digits."""
    assert _only("senilai US$1.5 miliar")[1] == Decimal(1_500_000_000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("raised $30 billion", ("$30 billion", Decimal(30 * 10**9), "USD", None)),
        ("bought 1,000 GPUs", ("1,000 GPUs", Decimal(1000), None, "GPUs")),
        ("1.5 billion dollars", ("1.5 billion dollars", Decimal(15 * 10**8), "USD", None)),
        ("up 50 percent", ("50 percent", Decimal(50), None, "%")),
    ],
)
def test_english_amounts(text: str, expected: tuple[str, Decimal, str | None, str | None]) -> None:
    assert _only(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sabtu (15/4/2023), kata dia",  # a date
        "pada 2015 CEO Twitter",  # a year before an acronym
        "pukul 10.00 WIB",  # a time
        "pukul 10 WIB",  # a time zone is not a unit
        "ada 3 kandidat",  # a bare count of something we cannot name
        "melanggar pasal 3 UU ITE",  # a label, not a quantity
        "HUT ke - 72 TNI",  # an ordinal
        "model Llama 70B-parameter",  # digits glued to letters
        "GPT-3.5 buatan OpenAI",
    ],
)
def test_numbers_that_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_amounts_do_not_run_across_lines() -> None:
    assert _only("sebesar 5 miliar\nDolar baru") == ("5 miliar", Decimal(5 * 10**9), None, None)


def test_several_amounts_in_text_order() -> None:
    text = "Musk membeli 10.000 GPU seharga US$30 miliar, atau Rp450 triliun."
    assert [a.currency or a.unit for a in find_amounts(text)] == ["GPU", "USD", "IDR"]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        find_amounts("1 000 €", "fr")


def test_seed_amounts() -> None:
    text = (SEEDS / "001_6e86bfa91c2c7f27.txt").read_text(encoding="utf-8")
    first = find_amounts(text)[0]
    assert first == Amount(
        text.index("US$1 miliar"),
        text.index("US$1 miliar") + len("US$1 miliar"),
        "US$1 miliar",
        Decimal(10**9),
        "USD",
        None,
    )
