"""Dates in Indonesian and English article text, and the publication dateline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from warta.search.dates import DateMention, address_date, find_dates, publication_date

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _found(text: str, lang: str = "id") -> list[tuple[str, dt.date, str]]:
    return [(m.text, m.value, m.precision) for m in find_dates(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dikutip Sabtu (15/4/2023), kata dia", ("15/4/2023", dt.date(2023, 4, 15), "day")),
        ("Minggu, 26 Maret 2023.", ("26 Maret 2023", dt.date(2023, 3, 26), "day")),
        ("pada 11 Maret 2024, xAI", ("11 Maret 2024", dt.date(2024, 3, 11), "day")),
        ("dirilis 15 Apr 2023 lalu", ("15 Apr 2023", dt.date(2023, 4, 15), "day")),
        ("terbit 1 Agt. 2022", ("1 Agt. 2022", dt.date(2022, 8, 1), "day")),
        ("gugatan Maret 2024 itu", ("Maret 2024", dt.date(2024, 3, 1), "month")),
        ("sejak Agustus 2024.", ("Agustus 2024", dt.date(2024, 8, 1), "month")),
        ("rilis MEI 2021", ("MEI 2021", dt.date(2021, 5, 1), "month")),
        ("pada tahun 2018 Musk", ("2018", dt.date(2018, 1, 1), "year")),
        ("didirikan pada 2015.", ("2015", dt.date(2015, 1, 1), "year")),
        ("data 2024-01-09 dari", ("2024-01-09", dt.date(2024, 1, 9), "day")),
    ],
)
def test_indonesian_date_forms(text: str, expected: tuple[str, dt.date, str]) -> None:
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on March 26, 2023, he said", ("March 26, 2023", dt.date(2023, 3, 26), "day")),
        ("on 26 March 2023 he said", ("26 March 2023", dt.date(2023, 3, 26), "day")),
        ("released in Mar 2024", ("Mar 2024", dt.date(2024, 3, 1), "month")),
        ("founded in 2015 by", ("2015", dt.date(2015, 1, 1), "year")),
    ],
)
def test_english_date_forms(text: str, expected: tuple[str, dt.date, str]) -> None:
    assert _found(text, "en") == [expected]


def test_spans_index_the_text_in_order() -> None:
    text = "Pada 2015 lab berdiri; 26 Maret 2023 laporan terbit; Agustus 2024 gugatan."
    mentions = find_dates(text)
    assert [m.text for m in mentions] == ["2015", "26 Maret 2023", "Agustus 2024"]
    assert all(text[m.start : m.end] == m.text for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Senin (27/3), kata dia",  # day and month without a year: not a date we can place
        "pada 31/2/2023 tercatat",  # no such day
        "tanggal 30 Februari 2023",  # no such day
        "sebanyak 2000 orang hadir",  # a count, not a year: no cue word
        "pada 2.000 titik",  # Indonesian thousands separator
        "nomor 115/4/20231",  # digits run on: not a date
        "kode 120234 dan 20182019 tahun 20180",  # years inside longer numbers
        "mar 2024 sep 2023",  # lower-case abbreviations are ordinary words
    ],
)
def test_partial_invalid_or_non_dates_are_skipped(text: str) -> None:
    assert find_dates(text) == []


def test_dates_from_rejoined_tokens() -> None:
    """Archives tokenised and rejoined put spaces around slashes: ``( 10 / 3 / 2017 )``."""
    assert publication_date("Jumat ( 10 / 3 / 2017 ) lalu") == dt.date(2017, 3, 10)


def test_english_numeric_dates_are_not_guessed() -> None:
    """3/4/2023 is 3 April or 4 March depending on the writer; we do not pick one."""
    assert find_dates("on 3/4/2023 the board met", "en") == []


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        find_dates("15 avril 2023", "fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JAKARTA -- dikutip Sabtu (15/4/2023), Musk", dt.date(2023, 4, 15)),
        ("menurut laman Gizmodo, Minggu, 26 Maret 2023. Laporan", dt.date(2023, 3, 26)),
        ("Jum'at, 7 Juli 2023 pukul 10.00", dt.date(2023, 7, 7)),
        ("Sab, 15 Apr 2023", dt.date(2023, 4, 15)),
    ],
)
def test_publication_date_is_the_weekday_led_date(text: str, expected: dt.date) -> None:
    assert publication_date(text) == expected


def test_publication_date_ignores_dates_without_a_weekday() -> None:
    assert publication_date("Pada 11 Maret 2024 dan tahun 2018, Maret 2024.") is None


def test_publication_date_skips_an_impossible_dateline() -> None:
    text = "Senin (31/2/2023) salah ketik. Selasa (28/2/2023) benar."
    assert publication_date(text) == dt.date(2023, 2, 28)


def test_publication_date_needs_a_year() -> None:
    assert publication_date("Senin (27/3), kata dia") is None


def test_english_dateline() -> None:
    assert publication_date("JAKARTA, Sunday, March 26, 2023 —", "en") == dt.date(2023, 3, 26)


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("000_57ce1d9c2516dadd", dt.date(2023, 4, 15)),
        ("001_6e86bfa91c2c7f27", dt.date(2023, 3, 26)),
    ],
)
def test_seed_datelines(seed: str, expected: dt.date) -> None:
    assert publication_date((SEEDS / f"{seed}.txt").read_text(encoding="utf-8")) == expected


def test_seed_without_dateline_still_yields_mentioned_dates() -> None:
    text = (SEEDS / "003_1e43ee1f4da0086e.txt").read_text(encoding="utf-8")
    assert publication_date(text) is None
    assert find_dates(text)[0] == DateMention(
        text.index("11 Maret 2024"),
        text.index("11 Maret 2024") + len("11 Maret 2024"),
        "11 Maret 2024",
        dt.date(2024, 3, 11),
        "day",
    )


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("http://www.suara.example/news/2016/11/24/113135/judul", dt.date(2016, 11, 24)),
        ("https://kabar.example/2017/3/9", dt.date(2017, 3, 9)),
        ("https://kabar.example/berita/judul?dari=/2016/11/24/", None),
        ("https://kabar.example/berita/judul#/2016/11/24/", None),
        ("https://kabar.example/2016/02/30/tanggal-mustahil", None),
        ("https://kabar.example/1850/01/01/terlalu-lama", None),
        ("https://kabar.example/read/judul-20161124", None),
        ("", None),
        (None, None),
    ],
)
def test_a_date_in_a_web_address(url: str | None, date: dt.date | None) -> None:
    assert address_date(url) == date
