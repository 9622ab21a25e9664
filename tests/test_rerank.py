"""What a reader notices about the second stage of ranking (search/rerank.py): among
articles that use the query's words equally often, the one that uses them as the query
does comes first. Fixtures written for these tests; each pair of articles has the same
words the same number of times and the same length, so a bag of words cannot tell them
apart, and the article the reader wants is written second (the first stage's tie order)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from warta.search.service import SearchService

FILLER = "Warga berkumpul di balai desa pada sore hari untuk membahas jadwal ronda malam."

ARTICLES = [
    # The words of "harga beras naik" scattered, then together.
    {
        "id": "scattered",
        "title": "Laporan pasar",
        "text": f"Harga cabai turun. {FILLER} Stok beras aman. {FILLER} Ongkos kirim naik.",
    },
    {
        "id": "together",
        "title": "Laporan pasar",
        "text": f"Harga beras naik pagi ini. {FILLER} Stok cabai aman. {FILLER} Ongkos turun.",
    },
    # A question asking how many: the count is in the second article only.
    {
        "id": "no-count",
        "title": "Pesawat darurat",
        "text": f"Pesawat itu mendarat darurat membawa para penumpang dengan selamat. {FILLER}",
    },
    {
        "id": "count",
        "title": "Pesawat darurat",
        "text": f"Pesawat itu mendarat darurat membawa 84 penumpang dengan selamat. {FILLER}",
    },
    # A question asking who: the name stands beside the question's words in the second.
    {
        "id": "no-name",
        "title": "Dermaga baru",
        "text": f"Dermaga baru diresmikan kemarin oleh pejabat daerah. {FILLER} Warga hadir.",
    },
    {
        "id": "name",
        "title": "Dermaga baru",
        "text": f"Dermaga baru diresmikan kemarin oleh Bupati Rahmat. {FILLER} Warga hadir.",
    },
    # The same stem, once in another form of the family ("darat", land), once as typed.
    {
        "id": "family",
        "title": "Jalur kapal",
        "text": f"Kapal barang itu tiba di darat kemarin sore. {FILLER}",
    },
    {
        "id": "typed-form",
        "title": "Jalur kapal",
        "text": f"Kapal barang itu mendarat kemarin sore. {FILLER}",
    },
    # Every word of "penumpang dermaga", and nothing a question could ask for.
    {
        "id": "every-word",
        "title": "Catatan",
        "text": f"Penumpang kapal menunggu lama di dermaga. {FILLER}",
    },
]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    folder = tmp_path_factory.mktemp("rerank")
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / "news.jsonl").write_text(
        "\n".join(json.dumps(article) for article in ARTICLES), encoding="utf-8"
    )
    searching = SearchService([corpus], folder / "index")
    searching.update()
    yield searching
    searching.close()


def ranked(service: SearchService, query: str, sort: str = "score") -> list[str]:
    result = service.search(query, sort=sort)
    assert result.error is None
    return [hit.id for hit in result.hits]


def before(found: list[str], first: str, second: str) -> bool:
    return found.index(first) < found.index(second)


def test_an_article_with_the_words_together_outranks_one_with_them_scattered(
    service: SearchService,
) -> None:
    assert before(ranked(service, "harga beras naik"), "together", "scattered")


def test_a_how_many_question_ranks_the_article_with_the_count_first(
    service: SearchService,
) -> None:
    found = ranked(service, "Berapa penumpang pesawat yang mendarat darurat?")
    assert found[0] == "count"


def test_a_who_question_ranks_the_article_with_a_name_beside_its_words_first(
    service: SearchService,
) -> None:
    found = ranked(service, "Siapa yang meresmikan dermaga baru?")
    assert found[0] == "name"


def test_the_form_typed_outranks_another_word_of_its_family(service: SearchService) -> None:
    assert before(ranked(service, "kapal mendarat"), "typed-form", "family")


def test_a_question_word_alone_does_not_reorder_a_search_without_a_question(
    service: SearchService,
) -> None:
    # Without "berapa" the count is no evidence: the tie keeps the index order.
    assert before(ranked(service, "penumpang pesawat mendarat darurat"), "no-count", "count")


def test_the_articles_with_every_word_still_come_first(service: SearchService) -> None:
    # "count" answers "berapa penumpang" but has no "dermaga": the second stage reorders
    # the partial matches among themselves, never above the article with every word.
    result = service.search("Berapa penumpang di dermaga?")
    found = [hit.id for hit in result.hits]
    assert result.matched == "some" and found[0] == "every-word" and "count" in found


def test_the_scores_shown_follow_the_order_shown(service: SearchService) -> None:
    scores = [hit.score for hit in service.search("Berapa penumpang pesawat?").hits]
    assert scores == sorted(scores, reverse=True)


def test_asking_for_more_hits_keeps_the_first_ones_in_their_order(
    service: SearchService,
) -> None:
    few = [hit.id for hit in service.search("pesawat kapal warga", limit=3).hits]
    more = [hit.id for hit in service.search("pesawat kapal warga", limit=20).hits]
    assert more[:3] == few


def test_newest_first_is_not_reordered(service: SearchService) -> None:
    # The fixture's articles are undated: newest first keeps the index order.
    assert ranked(service, "harga beras naik", sort="date")[:2] == ["scattered", "together"]
