"""Query behaviour on the seeds: the syntax of the README and the edge cases users hit."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from warta.search.index import current_generation, open_generation
from warta.search.service import SearchService

from tests.conftest import index_of

SAM = "002_c0de79780e8f4f90"
GROK = "003_1e43ee1f4da0086e"
TELSET = "004_5a1b6cf5f990128b"
INSIDER = "000_57ce1d9c2516dadd"
GIZMODO = "001_6e86bfa91c2c7f27"


def _ids(service: SearchService, query: str, **kwargs: object) -> list[str]:
    result = service.search(query, limit=20, **kwargs)  # type: ignore[arg-type]
    assert result.error is None, result.error
    return [hit.id for hit in result.hits]


def test_articles_with_every_word_come_first_then_partial_matches(
    seeds_service: SearchService,
) -> None:
    """Once AND-ed (one missing word emptied the page); now every word ranks first."""
    result = seeds_service.search("grok altman")
    assert result.hits[0].id == SAM and len(result.hits) > 1
    assert result.matched == "some"
    assert seeds_service.search("grok altman", limit=1).matched == "all"


def test_an_explicit_and_requires_every_word(seeds_service: SearchService) -> None:
    assert set(_ids(seeds_service, "grok AND altman")) == {SAM}
    assert seeds_service.search("grok AND altman").matched == "all"


def test_fields_and_exclusions_stay_required_in_partial_matches(
    seeds_service: SearchService,
) -> None:
    assert _ids(seeds_service, "musk tidakadadisini source:republika") == [INSIDER]
    assert SAM not in _ids(seeds_service, "musk tidakadadisini -altman")
    assert set(_ids(seeds_service, 'tidakadadisini "open source"')) == {GROK, GIZMODO}


def test_a_quoted_phrase_found_nowhere_leaves_the_other_words(
    seeds_service: SearchService,
) -> None:
    result = seeds_service.search('grok "tidak ada di sini"')
    assert GROK in [hit.id for hit in result.hits] and result.matched == "some"


@pytest.mark.parametrize(
    "typed",
    [
        *("altman?", "altman ?", "altman!", "Altman:", "altman -", "- altman"),
        *("(altman", "altman)", '"altman', "🚀 altman"),
    ],
)
def test_punctuation_that_is_no_operator_is_text(seeds_service: SearchService, typed: str) -> None:
    assert _ids(seeds_service, typed) == _ids(seeds_service, "altman")


def test_a_minus_between_spaces_is_a_dash_not_an_exclusion(seeds_service: SearchService) -> None:
    """``Ke - 10`` was searched as Ke NOT 10."""
    assert SAM in _ids(seeds_service, "grok - altman")
    assert SAM not in _ids(seeds_service, "grok -altman")


def test_a_wildcard_inside_a_word_stays_one(seeds_service: SearchService) -> None:
    assert SAM in _ids(seeds_service, "alt?an")


def test_question_words_and_stopwords_are_optional_unless_alone(
    seeds_service: SearchService,
) -> None:
    """A stopword in a query was required as typed: `Siapakah altman?` found nothing."""
    result = seeds_service.search("Siapakah yang altman?")
    assert [hit.id for hit in result.hits] == _ids(seeds_service, "altman")
    assert result.matched == "all"
    assert _ids(seeds_service, "yang")  # alone, a stopword is still searched


@pytest.mark.parametrize("typed", [")", "?", "!!!", "🚀", '"'])
def test_a_query_of_punctuation_only_says_so(seeds_service: SearchService, typed: str) -> None:
    result = seeds_service.search(typed)
    assert result.error == "type some words to search" and not result.hits


def test_a_phrase_prefix_or_fuzzy_word_in_the_title_field(seeds_service: SearchService) -> None:
    """``title:"elon musk"`` never matched, although every seed title holds it."""
    assert len(_ids(seeds_service, 'title:"elon musk"')) == 5
    assert len(_ids(seeds_service, 'judul:"elon musk"')) == 5
    assert len(_ids(seeds_service, "title:mus*")) == 5
    assert len(_ids(seeds_service, "title:muskk~")) == 5
    assert _ids(seeds_service, 'content:"kode sumber chatbot"') == [GROK]


def test_or_and_not(seeds_service: SearchService) -> None:
    assert set(_ids(seeds_service, "zuckerberg OR mashable")) == {SAM, INSIDER}
    assert SAM not in _ids(seeds_service, "grok NOT altman")
    assert SAM not in _ids(seeds_service, "grok -altman")


def test_stemmed_search_finds_inflected_forms(seeds_service: SearchService) -> None:
    # "gugatan"/"menggugat" in two seeds; "latih" as pelatihan/melatih in four.
    assert set(_ids(seeds_service, "gugat")) == {SAM, GROK}
    assert len(_ids(seeds_service, "latih")) >= 4


def test_phrase_matches_surface_form_and_hyphenated_compounds(seeds_service: SearchService) -> None:
    assert set(_ids(seeds_service, '"open source"')) == {GROK, GIZMODO}
    assert _ids(seeds_service, '"kode sumber chatbot"') == [GROK]
    assert _ids(seeds_service, '"sumber kode chatbot"') == []


def test_phrase_with_a_stopword_needs_the_whole_phrase(seeds_service: SearchService) -> None:
    # "proses" is in three seeds, "proses yang" in one; the stemmed analyzer drops "yang",
    # which once turned the phrase into the bare word "proses".
    assert _ids(seeds_service, '"proses yang"') == [INSIDER]


def test_hyphenated_word_is_not_an_exclusion(seeds_service: SearchService) -> None:
    # A minus inside a word is part of it: "gpt-4" is not gpt NOT 4.
    assert _ids(seeds_service, "gpt-4") == [GIZMODO]
    assert set(_ids(seeds_service, "open-source")) == {GROK, GIZMODO}


def test_stopword_alone_is_searched_as_typed(seeds_service: SearchService) -> None:
    assert len(_ids(seeds_service, "yang")) == 5


def test_fields_and_dates(seeds_service: SearchService) -> None:
    assert _ids(seeds_service, "title:altman") == [SAM]
    assert _ids(seeds_service, "source:republika") == [INSIDER]
    assert set(_ids(seeds_service, "date:2023")) == {INSIDER, GIZMODO}
    assert _ids(seeds_service, "musk date:[2023-04-01 TO 2023-04-30]") == [INSIDER]


def test_prefix_and_fuzzy(seeds_service: SearchService) -> None:
    assert SAM in _ids(seeds_service, "zucker*")
    assert SAM in _ids(seeds_service, "zuckerburg~")
    # A fuzzy word keeps its first letter as typed (else every word of the index is tried).
    assert _ids(seeds_service, "xuckerberg~") == []


def test_sort_by_date_puts_newest_first(seeds_service: SearchService) -> None:
    hits = seeds_service.search("musk", sort="date").hits
    dated = [hit.date for hit in hits if hit.date]
    assert dated == sorted(dated, reverse=True) and len(dated) >= 2


def test_snippet_marks_the_matched_words(seeds_service: SearchService) -> None:
    hit = seeds_service.search("zuckerberg").hits[0]
    marked = [hit.snippet.text[s:e] for s, e in hit.snippet.marks]
    assert marked and all(word == "Zuckerberg" for word in marked)
    assert "\n" not in hit.snippet.text


#: An article with no title line: its first sentence, cut, is its title.
UNTITLED = {
    "id": "jembatan",
    "text": "Jakarta (ANTARA) - Presiden meresmikan jembatan gantung baru di pedalaman Kalimantan "
    "Timur pada hari Senin pagi bersama para menteri, gubernur dan bupati setempat yang "
    "hadir di sana. Jembatan itu menghubungkan dua kabupaten yang selama ini terpisah "
    "sungai.\n\nWarga menyambut gembira.",
}


@pytest.mark.parametrize("query", ["presiden", "jembatan", "bupati", "source:contoh"])
def test_an_untitled_articles_snippet_adds_to_its_title(tmp_path: Path, query: str) -> None:
    """The title made of the first words was followed by a snippet of the same words: the
    snippet goes on from where the title stops, at the match past it if there is one."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    line = {**UNTITLED, "source": "Contoh"}
    (corpus / "berita.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    with contextlib.closing(SearchService([corpus], tmp_path / "index")) as service:
        service.update()
        hit = service.search(query).hits[0]
    title = hit.title.removesuffix("…")
    assert hit.title.endswith("…") and title.startswith("Presiden meresmikan")
    text = hit.snippet.text
    assert title not in text and "Presiden" not in text
    assert text.startswith("…") and "Jembatan itu menghubungkan" in text
    marked = [text[start:end] for start, end in hit.snippet.marks]
    if query == "jembatan":  # the match past the title
        assert marked == ["Jembatan"]


def test_did_you_mean(seeds_service: SearchService) -> None:
    result = seeds_service.search("zuckerbreg")
    # No article has the typo: its correction's articles are found, and said so; it is
    # not offered as well ("did you mean" it would find the same articles).
    assert result.total == seeds_service.search("zuckerberg").total > 0
    assert result.notice == "no article has zuckerbreg: zuckerberg was searched too"
    assert result.suggestion is None
    assert seeds_service.search("zuckerberg").suggestion is None


def test_results_are_limited(seeds_service: SearchService) -> None:
    result = seeds_service.search("musk", limit=2)
    assert len(result.hits) == 2 and result.total == 5


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "(((",
        ")",
        '"',
        'title:"x',
        "*",
        "AND",
        "OR OR",
        "NOT",
        "-",
        "~",
        "date:",
        "date:[2023 TO",
        "date:abc",
        "title:",
        "x" * 10_000,
        "a\x00b",
        "\ud800",
        "[/bar]",
        "zz~5",
        "entity:",
        'entity:"',
        "a*",
        "**",
    ],
)
def test_malformed_queries_give_results_or_one_line(
    seeds_service: SearchService, query: str
) -> None:
    result = seeds_service.search(query)
    assert result.error is None or "\n" not in result.error
    assert len(result.hits) <= 20


def test_too_long_and_empty_queries_explain_themselves(seeds_service: SearchService) -> None:
    assert "too long" in (seeds_service.search("x" * 10_000).error or "")
    assert seeds_service.search("").error


def test_match_spans_mark_query_terms_in_the_body(seeds_service: SearchService) -> None:
    article = seeds_service.article(SAM)
    assert article is not None
    spans = seeds_service.match_spans("gugat", article.body)
    words = {article.body[s:e].lower() for s, e in spans}
    assert words and all("gugat" in word for word in words)


def test_articles_mentioning_follow_the_entity_views_order(seeds_service: SearchService) -> None:
    entity = seeds_service.entity("Sam Altman")
    assert entity is not None
    in_view = list(dict.fromkeys(m.article for m in seeds_service.mentions(entity.id)))
    assert seeds_service.articles_mentioning(entity.id) == in_view
    assert set(in_view) == {SAM, GIZMODO}


def test_a_search_its_caller_gave_up_on_stops(seeds_service: SearchService) -> None:
    # Search as you type stops an outdated search instead of scoring it to the end.
    stopped = seeds_service.search("musk", cancelled=lambda: True)
    assert stopped.cancelled and stopped.error is None and not stopped.hits
    assert len(seeds_service.search("musk", cancelled=lambda: False).hits) == 5


def test_a_derived_title_does_not_outrank_the_body(tmp_path: Path) -> None:
    """A jsonl line without ``title`` gets its first sentence as title; weighed as a real
    title, that sentence outranked passages that are about the word (FacQA MRR 0.68)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    filler = "Warga berkumpul di balai desa pada sore hari untuk membahas jadwal ronda malam."
    lines = [
        {"id": "once", "text": f"Banjir datang sekali. {filler} {filler} {filler}"},
        {
            "id": "about",
            "text": f"{filler} Banjir merendam sawah, banjir menutup jalan, banjir lagi. "
            f"{filler} {filler}",
        },
        {"id": "titled", "title": "Banjir di Hulu", "text": f"{filler} Sungai meluap. {filler}"},
    ]
    (corpus / "lines.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines), encoding="utf-8"
    )
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    try:
        found = _ids(service, "banjir")
        assert found.index("about") < found.index("once")
        assert found[0] == "titled"  # a real title still weighs more
        article = service.article("once")
        assert article is not None and article.title == "Banjir datang sekali."
    finally:
        service.close()


def test_a_question_word_is_never_corrected(seeds_service: SearchService) -> None:
    """``Siapakah ...`` was offered as "apakah ...": a stopword is optional, not a typo."""
    assert seeds_service.search("Siapakah CEO OpenAI?").suggestion is None
    typo = seeds_service.search("Siapakah zuckerbreg?")
    assert typo.notice == "no article has zuckerbreg: zuckerberg was searched too"


def test_a_fuzzy_word_is_marked_in_every_segment_after_an_update(tmp_path: Path) -> None:
    """After an update the index has two segments; a fuzzy word's snippets mark the words it
    matched in each (expanded per segment, as the search expands it)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "lama.txt").write_text("Rapat\n\nPresiden membuka rapat kabinet.\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    (corpus / "baru.txt").write_text("Kunjungan\n\nPresidan baru tiba di Bandung.\n", "utf-8")
    service.update()
    generation = current_generation(tmp_path / "index")
    assert generation is not None
    index = open_generation(generation)
    with contextlib.closing(index), contextlib.closing(index.reader()) as reader:
        assert len(reader.leaf_readers()) == 2
    hits = service.search("presiden~").hits
    marked = {hit.id: [hit.snippet.text[s:e] for s, e in hit.snippet.marks] for hit in hits}
    assert marked == {"lama": ["Presiden"], "baru": ["Presidan"]}


def test_a_name_typed_in_todays_spelling_finds_its_old_spelling(tmp_path: Path) -> None:
    """People write Suharto and Sukarno; Indonesian news writes Soeharto, Soekarno and
    Tjahjo as the names' owners do. A search in today's spelling found none of them (and
    offered "sunarto" instead); it now finds and marks them, and an old spelling typed still
    finds only itself."""
    service = index_of(
        tmp_path,
        {
            "orba": "Orde Baru\n\nPresiden Soeharto menemui Tjahjo Kumolo di Istana.\n",
            "kini": "Sejarah\n\nBuku tentang Suharto terbit.\n",
            "obat": "Kesehatan\n\nDokter memeriksa pasien.\n",
        },
    )
    try:
        result = service.search("suharto")
        assert {hit.id for hit in result.hits} == {"orba", "kini"} and result.suggestion is None
        orba = next(hit.snippet for hit in result.hits if hit.id == "orba")
        assert [orba.text[start:end] for start, end in orba.marks] == ["Soeharto"]
        assert _ids(service, "cahyo kumolo") == ["orba"]
        assert _ids(service, "soeharto") == ["orba"]
    finally:
        service.close()


def test_a_word_no_article_has_is_searched_as_its_correction_too(tmp_path: Path) -> None:
    """A misspelt name matched nothing, so ``ibrahimovich manchester united`` ranked the
    articles about the club by its two other words, the one about Ibrahimovic among them
    (ninth of ten on IndoSum). A word no article has is now searched as its did-you-mean
    correction too: that article comes first with the name marked, the correction is still
    offered, and an export of the search holds it. A word the archive has, however rare,
    is searched as typed (``menag`` never finds "menang"), and so is a word of the
    dictionary the archive lacks: ``koran`` (newspaper) is no typo of "korban"."""
    service = index_of(
        tmp_path,
        {
            "zlatan": (
                "Zlatan pergi\n\nZlatan Ibrahimovic tidak lagi bermain di Manchester United.\n"
            ),
            "laga": "Laga\n\nManchester United menang. Manchester United unggul, "
            "Manchester United senang.\n",
            "jersey": "Jersey\n\nManchester United merilis jersey baru. "
            "Fans Manchester United senang.\n",
            "sidang": "Sidang\n\nMenag memimpin sidang isbat.\n",
            "banjir": "Banjir\n\nKorban banjir mengungsi.\n",
        },
    )
    try:
        result = service.search("ibrahimovich manchester united")
        assert result.hits[0].id == "zlatan"
        snippet = result.hits[0].snippet
        assert "Ibrahimovic" in [snippet.text[start:end] for start, end in snippet.marks]
        assert result.suggestion is None  # it would find the same articles
        # Said, as the hits with the correction are not what was typed.
        assert result.notice == "no article has ibrahimovich: ibrahimovic was searched too"
        assert service.search("menag").notice is None
        assert [article.id for article in service.matching_articles("ibrahimovich")] == ["zlatan"]
        assert _ids(service, "menag") == ["sidang"]
        assert _ids(service, "koran") == []
    finally:
        service.close()


def test_either_spelling_of_a_word_or_name_finds_both(tmp_path: Path) -> None:
    """News writes "resiko" beside "risiko", "Mohammad" beside "Muhammad", "Shihab" beside
    "Syihab", and readers type either: each found only the articles spelling it their
    way. A quoted phrase still finds the spelling it quotes."""
    service = index_of(
        tmp_path,
        {
            "baku": "Investasi\n\nMuhammad Syihab menilai investasi itu berisiko tinggi.\n",
            "lain": "Saham\n\nMohammad Shihab menyebut resiko saham tinggi.\n",
            "obat": "Kesehatan\n\nDokter memeriksa pasien.\n",
        },
    )
    try:
        for typed in ("resiko", "risiko", "mohammad shihab", "muhammad syihab"):
            assert sorted(_ids(service, typed)) == ["baku", "lain"], typed
        assert _ids(service, '"resiko saham"') == ["lain"]
        snippet = service.search("risiko").hits[0].snippet
        assert {snippet.text[start:end] for start, end in snippet.marks} <= {"berisiko", "resiko"}
    finally:
        service.close()


def test_a_loanword_is_found_with_its_clitic(tmp_path: Path) -> None:
    """Sastrawi stems only the words of its dictionary, so a loanword or a name kept its
    -nya: ``instagram`` did not find "Instagramnya", nor ``startup`` "startupnya". A
    short name ending so stays whole: ``ke`` never finds Kenya."""
    service = index_of(
        tmp_path,
        {
            "foto": "Foto\n\nArtis itu mengunggah foto di Instagramnya dan memuji startupnya.\n",
            "lari": "Atletik\n\nPelari Kenya menang lagi.\n",
        },
    )
    try:
        assert _ids(service, "instagram startup") == ["foto"]
        assert _ids(service, "kenya") == ["lari"]
        assert _ids(service, "ke") == []
    finally:
        service.close()


def test_a_compound_is_found_joined_or_apart(tmp_path: Path) -> None:
    """News writes "sepak bola" and "sepakbola", "ibu kota" and "ibukota"; readers type
    either, and each found only the articles writing it their way. A quoted phrase still
    finds the words as written."""
    service = index_of(
        tmp_path,
        {
            "apart": "Liga\n\nLiga sepak bola di ibu kota dimulai pekan depan.\n",
            "joined": "Stadion\n\nStadion sepakbola baru di ibukota dan kerjasama dua klub.\n",
            "other": "Bola\n\nBola basket dan ibu guru.\n",
        },
    )
    try:
        for typed in ("sepak bola", "sepakbola", "ibu kota", "ibukota"):
            # Both first, with the whole compound (partial matches follow: "bola basket").
            assert sorted(_ids(service, typed)[:2]) == ["apart", "joined"], typed
        assert _ids(service, "kerja sama")[:1] == ["joined"]
        assert _ids(service, '"sepak bola"')[:1] == ["apart"]
        assert "joined" not in _ids(service, '"sepak bola"')
        assert _ids(service, '"sepakbola"') == ["joined"]
    finally:
        service.close()


def test_a_compound_ending_in_a_stopword_is_found_joined(tmp_path: Path) -> None:
    """``kerjasama`` found only the articles writing it joined: in "kerja sama" the
    stopword ``sama`` was dropped before the compound could be seen. A quoted phrase still
    finds the form quoted."""
    service = index_of(
        tmp_path,
        {
            "apart": "Dagang\n\nIndonesia dan Vietnam menjalin kerja sama perdagangan.\n",
            "joined": "Riset\n\nKampus itu meneken kerjasama riset.\n",
            "work": "Buruh\n\nBuruh pabrik kerja lembur sama seperti kemarin.\n",
        },
    )
    try:
        assert sorted(_ids(service, "kerjasama")) == ["apart", "joined"]
        assert _ids(service, '"kerjasama"') == ["joined"]
    finally:
        service.close()


def test_a_name_typed_joined_finds_it_written_apart(tmp_path: Path) -> None:
    """Readers join names the news writes apart: ``foofighters`` found nothing, and the
    spelling correction took ``alexsandro`` for another player. Said, as for a correction."""
    service = index_of(
        tmp_path,
        {
            "band": "Konser\n\nFoo Fighters membatalkan tiga konser pekan ini.\n",
            "bek": "Transfer\n\nChelsea menyiapkan dana untuk Alex Sandro dari Juventus.\n",
            "gelandang": "Cedera\n\nAlessandro Florenzi cedera lutut, kata Roma.\n",
            "alex": "Alex\n\nAlex datang ke konser di Sandro Bar.\n",
        },
    )
    try:
        result = service.search("foofighters konser")
        assert [hit.id for hit in result.hits][:1] == ["band"]  # then "konser" alone
        assert _ids(service, "foofighters") == ["band"]
        assert result.notice == "no article has foofighters: foo fighters was searched too"
        assert _ids(service, "alexsandro")[:1] == ["bek"]
        assert "gelandang" not in _ids(service, "alexsandro")
    finally:
        service.close()


def test_a_score_typed_as_one_word_finds_it_written_either_way(tmp_path: Path) -> None:
    """``2-0`` asked for a 2 and a 0 anywhere, which nearly every match report has: the
    report of another score ranked first. It is its numbers in a row now, as "2 - 0" or
    "2-0" is written."""
    service = index_of(
        tmp_path,
        {
            "kalah": "Arsenal kalah\n\nArsenal kalah 0-1 dari Chelsea. Arsenal kebobolan 2 kali, "
            "Arsenal main buruk.\n",
            "menang": "Derbi London\n\nTim tamu menang 2 - 0 atas Arsenal di Emirates.\n",
            "seri": "Piala FA\n\nArsenal bermain 2-0 di babak pertama.\n",
        },
    )
    try:
        result = service.search("arsenal 2-0")
        assert sorted(hit.id for hit in result.hits[:2]) == ["menang", "seri"]
        assert [hit.id for hit in result.hits][2:] == ["kalah"]  # a partial match, after
        assert _ids(service, "-2-0 arsenal") == ["kalah"]
    finally:
        service.close()
