"""What a reader notices about what search finds and in which order, on small fixtures:
one normalisation for query and text, word families, numbers, and titles that earn their
weight."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from warta.search.service import SearchService

#: News lines written for these tests: names and headlines whose capitalised words are
#: common verbs and nouns, a place whose name the stemmer would turn into a word, numbers.
ARTICLES = [
    {
        "id": "coalition",
        "title": "Aksi di Depan Gedung Parlemen",
        "text": "Kemarin Koalisi Selamatkan Komnas HAM menggelar aksi damai di Jakarta.",
    },
    {
        "id": "rescue",
        "title": "Tim SAR menyelamatkan nelayan",
        "text": "Tim gabungan menyelamatkan tiga nelayan yang terombang-ambing di laut.",
    },
    {
        "id": "headline",
        "title": "Pemerintah Umumkan Kenaikan Harga Beras",
        "text": "Harga beras naik mulai pekan depan, kata pejabat dinas pertanian.",
    },
    {
        "id": "bekasi",
        "title": "Banjir di kota",
        "text": "Hujan deras merendam rumah warga di Bekasi sejak pagi.",
    },
    {
        "id": "used",
        "title": "Pasar loak",
        "text": "Pedagang menjual barang bekas di pinggir jalan setiap pagi.",
    },
    {
        "id": "repair",
        "title": "Jalan rusak",
        "text": "Dinas bina marga memperbaiki jalan yang berlubang dan menyelesaikan "
        "saluran air sebelum musim hujan.",
    },
    {
        "id": "masks",
        "title": "Bantuan warga",
        "text": "Warga menyumbang 10.000 masker dan Rp25.000.000 untuk korban banjir.",
    },
]


def _service(folder: Path, articles: list[dict[str, str]]) -> SearchService:
    """A service over ``articles`` written as one ``.jsonl`` in ``folder``, indexed."""
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / "news.jsonl").write_text(
        "\n".join(json.dumps(article) for article in articles), encoding="utf-8"
    )
    searching = SearchService([corpus], folder / "index")
    searching.update()
    return searching


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    searching = _service(tmp_path_factory.mktemp("ranking"), ARTICLES)
    yield searching
    searching.close()


def ids(service: SearchService, query: str) -> list[str]:
    result = service.search(query)
    assert result.error is None
    return [hit.id for hit in result.hits]


# One normalisation for query and text


@pytest.mark.parametrize("typed", ["selamatkan", "Selamatkan", "SELAMATKAN", "selamat"])
def test_a_verb_inside_a_name_is_found_in_any_case(service: SearchService, typed: str) -> None:
    assert set(ids(service, typed)) == {"coalition", "rescue"}


@pytest.mark.parametrize("typed", ["umumkan", "Umumkan", "mengumumkan", "naik", "Kenaikan"])
def test_a_word_of_a_title_case_headline_is_found_by_its_family(
    service: SearchService, typed: str
) -> None:
    assert ids(service, typed) == ["headline"]


@pytest.mark.parametrize("typed", ["Menyelamatkan nelayan", "koalisi selamatkan"])
def test_a_capitalised_query_word_finds_the_lowercase_text_and_back(
    service: SearchService, typed: str
) -> None:
    assert ids(service, typed)[0] == ("rescue" if "nelayan" in typed else "coalition")


@pytest.mark.parametrize("typed", ["bekasi", "Bekasi"])
def test_a_place_name_is_found_typed_in_lowercase(service: SearchService, typed: str) -> None:
    assert ids(service, typed) == ["bekasi"]


def test_a_word_the_stemmer_would_find_in_a_name_does_not_find_the_name(
    service: SearchService,
) -> None:
    assert ids(service, "bekas") == ["used"]  # used goods, not the city of Bekasi


@pytest.mark.parametrize("typed", ["perbaikan", "penyelesaian", "Perbaikan"])
def test_a_derived_noun_finds_its_verb(service: SearchService, typed: str) -> None:
    assert ids(service, typed) == ["repair"]


# Numbers


@pytest.mark.parametrize("typed", ["10000", "10.000", '"10000 masker"'])
def test_a_number_is_found_with_or_without_thousands_separators(
    service: SearchService, typed: str
) -> None:
    assert ids(service, typed) == ["masks"]


@pytest.mark.parametrize("typed", ["25000000", "25.000.000", "Rp25000000"])
def test_an_amount_is_found_with_or_without_thousands_separators(
    service: SearchService, typed: str
) -> None:
    assert ids(service, typed) == ["masks"]


# Ranking


def test_a_rare_word_of_a_query_outweighs_two_common_ones(tmp_path: Path) -> None:
    """Known-item search: the passage that shares the query's rare word comes first, not
    those that share its common words (Whoosh's default idf put them first)."""
    common = [
        {"id": f"budget-{n}", "text": f"Pemerintah daerah membahas anggaran tahap {n}."}
        for n in range(5)
    ]
    other = [
        {"id": f"market-{n}", "text": f"Pedagang pasar menjual sayur segar nomor {n}."}
        for n in range(6)
    ]
    target = {"id": "blast", "text": "Ledakan terjadi di Srinagar pada malam hari."}
    service = _service(tmp_path, [*common, *other, target])
    try:
        assert ids(service, "pemerintah daerah Srinagar")[0] == "blast"
    finally:
        service.close()
