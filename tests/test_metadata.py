"""Title, outlet, byline and date are read from what the article text states."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest
from warta.search.metadata import (
    TITLE_MAX_CHARS,
    derive_title,
    extract_byline,
    extract_parts,
    source_from_dateline,
    split_title,
)
from warta.search.model import Article
from warta.search.reader import read_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@cache
def seed_articles() -> dict[str, Article]:
    return {item.id: item for item in read_corpus([SEEDS]) if isinstance(item, Article)}


def read_seed(stem: str) -> Article:
    return seed_articles()[stem]


@pytest.mark.parametrize(
    ("stem", "title", "source", "byline", "date"),
    [
        (
            "000_57ce1d9c2516dadd",
            "Sempat Bilang Bahaya, Elon Musk Kini Investasi di Proyek AI Twitter",
            "REPUBLIKA.CO.ID",
            "Rep: Santi Sopia; Red: Natalia Endah Hapsari",
            dt.date(2023, 4, 15),
        ),
        (
            "001_6e86bfa91c2c7f27",
            "Popularitas OpenAI Meningkat, Elon Musk Iri",
            None,
            None,
            dt.date(2023, 3, 26),
        ),
        (
            "002_c0de79780e8f4f90",
            "Hubungan Sam Altman dengan Elon Musk Retak",
            "TRIBUNMANADO.CO.ID",
            "Editor: Arison Tombeg",
            None,
        ),
        (
            "004_5a1b6cf5f990128b",
            "Elon Musk: Data di Dunia Nyata Hampir Habis untuk Melatih AI",
            "Telset.id",
            None,
            None,
        ),
    ],
)
def test_seed_metadata(
    stem: str, title: str, source: str | None, byline: str | None, date: dt.date | None
) -> None:
    article = read_seed(stem)
    assert (article.title, article.source, article.byline, article.date) == (
        title,
        source,
        byline,
        date,
    )
    assert title not in article.body
    if byline:
        assert byline.split(";")[0] not in article.body


def test_section_label_is_not_the_title() -> None:
    article = read_seed("001_6e86bfa91c2c7f27")
    assert "Teknologi" not in article.body
    assert article.body.startswith("CEO Twitter dan Tesla, Elon Musk")


@pytest.mark.parametrize(
    ("paragraphs", "title"),
    [
        (
            ["Olahraga", "Timnas Menang Tipis atas Vietnam", "Isi."],
            "Timnas Menang Tipis atas Vietnam",
        ),
        (["Ekonomi Bisnis", "Rupiah Menguat Pagi Ini", "Isi."], "Rupiah Menguat Pagi Ini"),
        (["Banjir", "Surut"], "Banjir"),
        # Nothing below the second line: the first is the title and the second the story
        # (the short line was dropped as a label and the story became an empty body).
        (["Kabar Solo", "Banjir Besar di Solo Hari Ini"], "Kabar Solo"),
        (
            ["Gempa Cianjur", "Gempa berkekuatan 5,6 mengguncang Cianjur siang tadi."],
            "Gempa Cianjur",
        ),
        (["Hujan turun.", "Warga berteduh di halte."], "Hujan turun."),
        ([], ""),
    ],
)
def test_split_title(paragraphs: list[str], title: str) -> None:
    assert split_title(paragraphs)[0] == title


def test_a_two_line_article_keeps_both_lines() -> None:
    parts = extract_parts(["Judul UTF", "Banjir di Solo Merendam Tiga Kecamatan"])
    assert (parts.title, parts.body) == ("Judul UTF", "Banjir di Solo Merendam Tiga Kecamatan")


def test_derived_title_is_the_first_sentence_without_dateline() -> None:
    paragraphs = ["Jakarta (ANTARA) - Gubernur meresmikan jembatan. Warga hadir.", "Lain."]
    assert derive_title(paragraphs) == "Gubernur meresmikan jembatan."


def test_a_dateline_naming_the_province_is_left_out_of_a_derived_title() -> None:
    """ "Sukabumi, Jawa Barat (ANTARA News) - Pusat…" was a title, and its quotes opened so."""
    paragraphs = ["Sukabumi, Jawa Barat (ANTARA News) - Bupati membuka pasar. Warga hadir."]
    assert derive_title(paragraphs) == "Bupati membuka pasar."


def test_long_derived_title_is_cut_on_a_word_boundary() -> None:
    sentence = "Pemerintah daerah " + "mengumumkan rencana pembangunan " * 6 + "selesai."
    title = derive_title([sentence])
    assert title.endswith("…")
    assert len(title) <= TITLE_MAX_CHARS + 1
    assert sentence.startswith(title[:-1])
    assert sentence[len(title) - 1] == " "


@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        ("REPUBLIKA.CO.ID, JAKARTA---Jauh sebelum itu.", "REPUBLIKA.CO.ID"),
        ("TRIBUNMANADO.CO.ID - CEO OpenAI berkata.", "TRIBUNMANADO.CO.ID"),
        ("Telset.id, Jakarta – Elon Musk berkata.", "Telset.id"),
        ("JAKARTA, KOMPAS.com - Presiden berkata.", "KOMPAS.com"),
        ("Jakarta (ANTARA) - Menteri berkata.", "ANTARA"),
        # The town and its province, as ANTARA writes a dateline outside the capital.
        ("Garut, Jawa Barat (ANTARA News) - Bupati berkata.", "ANTARA News"),
        ("Jakarta, CNN Indonesia -- Menteri berkata.", "CNN Indonesia"),
        ("Jakarta, Senin - Menteri berkata.", None),
        ("Menteri berkata di Jakarta - tanpa dateline.", None),
    ],
)
def test_source_from_dateline(paragraph: str, source: str | None) -> None:
    assert source_from_dateline([paragraph]) == source


def test_byline_lines_are_collected_and_removed() -> None:
    byline = extract_byline(
        ["Reporter: Ani Lestari", "Isi berita.", "PENULIS: Budi", "Editor: Achmad Z. Naufal"]
    )
    assert byline.text == "Reporter: Ani Lestari; PENULIS: Budi; Editor: Achmad Z. Naufal"
    assert byline.paragraphs == ["Isi berita."]


def test_sentence_mentioning_an_editor_is_not_a_byline() -> None:
    for paragraph in [
        "Editor: pekerjaan ini berat. Ia bekerja setiap malam.",
        "Editor: Ia bekerja setiap malam sampai subuh di kantor redaksi.",
    ]:
        assert extract_byline([paragraph]).paragraphs == [paragraph]


def test_stated_title_is_not_repeated_in_the_body() -> None:
    parts = extract_parts(["Jembatan Dibuka", "Jembatan dibuka pagi ini."], "Jembatan Dibuka")
    assert parts.body == "Jembatan dibuka pagi ini."


def test_a_file_on_one_long_line_keeps_its_text_in_the_body() -> None:
    line = "Harga cabai naik di pasar induk, kata pedagang. " * 2000
    parts = extract_parts([line])
    assert parts.body == line
    assert parts.title == "Harga cabai naik di pasar induk, kata pedagang."


def test_an_overlong_stated_title_is_shortened() -> None:
    parts = extract_parts(["Isi berita."], "judul " * 10_000)
    assert len(parts.title) <= TITLE_MAX_CHARS + 1 and parts.title.endswith("…")
