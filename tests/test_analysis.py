"""The Indonesian analyzers: what a reader searching warta notices about tokens and stems."""

from __future__ import annotations

import pickle
import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from whoosh import index
from whoosh.analysis import Analyzer
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.qparser import MultifieldParser, QueryParser

from search.analysis import exact_analyzer, stem, stemmed_analyzer, tokenize


def stems(text: str, mode: str = "index") -> list[str]:
    return [token.text for token in stemmed_analyzer()(text, mode=mode)]


def exact(text: str) -> list[str]:
    return [token.text for token in exact_analyzer()(text)]


def positioned(analyzer: Analyzer, text: str) -> list[tuple[str, int]]:
    return [(token.text, token.pos) for token in analyzer(text, positions=True)]


# Morphology


@pytest.mark.parametrize(
    ("root", "family"),
    [
        ("latih", ["pelatihan", "melatih", "dilatih", "latihan"]),
        ("gugat", ["gugatan", "menggugat", "digugat"]),
        ("nilai", ["menilai", "penilaian", "bernilai", "senilai"]),
        ("pajak", ["perpajakan"]),
        ("tarik", ["menarik", "penarikan"]),
    ],
)
def test_a_root_finds_its_derived_words(root: str, family: list[str]) -> None:
    assert {stem(word) for word in family} == {root}


def test_nya_clitic_is_stripped_attached_or_hyphenated() -> None:
    assert stems("rumahnya") == stems("rumah")
    assert exact("proyek AI-nya sendiri") == ["proyek", "ai", "sendiri"]


def test_reduplication_is_one_token_matching_the_single_word() -> None:
    assert stems("perusahaan-perusahaan") == stems("perusahaan")
    assert tokenize("para perusahaan-perusahaan") == [
        ("para", 0, 4),
        ("perusahaan", 5, 26),
    ]


def test_stem_keeps_numbers_and_words_outside_its_alphabet() -> None:
    assert stem("10.000") == "10.000"
    assert stem("kafé") == "kafé"


# Numbers


@pytest.mark.parametrize("number", ["10.000", "2,5", "15/4/2023", "2019"])
def test_numbers_survive_as_single_tokens(number: str) -> None:
    assert exact(f"pada {number}, naik") == ["pada", number, "naik"]
    assert number in stems(f"pada {number}, naik")


@pytest.mark.parametrize(("amount", "number"), [("Rp125.000", "125.000"), ("US$1", "1")])
def test_amounts_are_one_token_and_also_found_by_their_number(amount: str, number: str) -> None:
    assert positioned(exact_analyzer(), f"harga {amount}.") == [
        ("harga", 0),
        (amount.lower(), 1),
        (number, 1),
    ]


def test_a_number_followed_by_letters_is_one_word() -> None:
    assert exact("jaringan 5G tahun 2020an") == ["jaringan", "5g", "tahun", "2020an"]


# Hyphens


def test_hyphenated_compound_is_consecutive_words() -> None:
    assert positioned(stemmed_analyzer(), "perangkat open-source") == [
        ("perangkat", 0),
        ("open", 1),
        ("source", 2),
    ]


def test_dashes_between_words_do_not_join_them() -> None:
    assert exact("JAKARTA---Jauh sebelum") == ["jakarta", "jauh", "sebelum"]


# Stopwords


def test_stopwords_are_removed_only_in_the_stemmed_analyzer() -> None:
    text = "kota yang ramai dan padat"
    assert stems(text) == ["kota", "ramai", "padat"]
    assert exact(text) == ["kota", "yang", "ramai", "dan", "padat"]


@pytest.mark.parametrize("word", ["kasus", "kerja", "ibu", "naik"])
def test_news_content_words_are_not_stopwords(word: str) -> None:
    assert stems(f"soal {word}") == [stem(word)]


# Names


def test_capitalised_name_in_running_text_keeps_its_form() -> None:
    assert stem("terawan") == "awan"  # what protection is for
    assert stems("rapat Menteri Terawan di Bekasi") == ["rapat", "menteri", "terawan", "bekasi"]


def test_capital_after_a_title_abbreviation_still_marks_a_name() -> None:
    assert "terawan" in stems("ujar Dr. Terawan kemarin")


def test_sentence_initial_capital_is_stemmed() -> None:
    assert stems("Guru senang. Pelatihan digelar.") == ["guru", "senang", "latih", "gelar"]


def test_title_case_headline_is_stemmed() -> None:
    assert stems("Menkes Resmikan Pelatihan Dokter") == ["menkes", "resmi", "latih", "dokter"]


# Normalisation


def test_decomposed_and_composed_accents_give_the_same_token() -> None:
    composed, decomposed = "kafé baru", "kafe\u0301 baru"
    assert exact(decomposed) == exact(composed) == ["kafé", "baru"]
    assert tokenize(decomposed)[0] == ("kafé", 0, 5)


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff"])
def test_invisible_characters_inside_a_word_are_ignored(invisible: str) -> None:
    assert stems(f"pe{invisible}latihan guru") == ["latih", "guru"]
    assert tokenize(f"pe{invisible}latihan")[0] == ("pelatihan", 0, 10)


def test_case_is_folded() -> None:
    assert exact("PELATIHAN Pelatihan pelatihan") == ["pelatihan"] * 3


@pytest.mark.parametrize("quoted", ["“pelatihan”", "‘pelatihan’", "'pelatihan'", '"pelatihan"'])
def test_quotes_are_not_part_of_tokens(quoted: str) -> None:
    assert tokenize(f"kata {quoted}")[1] == ("pelatihan", 6, 15)


def test_offsets_point_at_the_token_characters() -> None:
    text = "Harga naik 2,5 persen,\n“Kata Megawati” di Jakarta."
    for token, start, end in tokenize(text):
        assert text[start:end].lower() == token
    assert [token for token, _, _ in tokenize(text)] == [
        "harga",
        "naik",
        "2,5",
        "persen",
        "kata",
        "megawati",
        "di",
        "jakarta",
    ]


def test_stemmed_offsets_point_at_the_surface_word() -> None:
    text = "Mereka dilatih di kota."
    spans = [(t.text, text[t.startchar : t.endchar]) for t in stemmed_analyzer()(text, chars=True)]
    assert spans == [("latih", "dilatih"), ("kota", "kota")]


INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def _normalised(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(ch for ch in text if ch not in INVISIBLE)).lower()


ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("aeiou nkpsMTD-.,/$’“”\n\u0301\u200b"), st.characters(codec="utf-8")
    ),
    max_size=80,
)


@given(ANY_TEXT)
def test_query_mode_gives_the_index_mode_tokens(text: str) -> None:
    for analyzer in (stemmed_analyzer(), exact_analyzer()):
        assert [t.text for t in analyzer(text, mode="query")] == [
            t.text for t in analyzer(text, mode="index")
        ]


@given(ANY_TEXT)
def test_every_token_lies_within_its_span(text: str) -> None:
    for token, start, end in tokenize(text):
        assert 0 <= start < end <= len(text)
        assert token in _normalised(text[start:end])


# Whoosh integration


def test_analyzers_survive_pickling_for_indexing_subprocesses() -> None:
    text = "Kata Terawan, pelatihan perusahaan-perusahaan open-source Rp125.000."
    stem("pelatihan")  # a warm cache must not end up in the pickle either
    for make in (stemmed_analyzer, exact_analyzer):
        copy = pickle.loads(pickle.dumps(make()))
        assert [t.text for t in copy(text)] == [t.text for t in make()(text)]


ARTICLES = {
    "training": "Dinas Pendidikan menggelar pelatihan guru di Bandung.",
    "software": "Perusahaan itu merilis perangkat lunak open-source.",
    "minister": "Menurut Terawan, rumah sakit siap. Kata Megawati, partai solid.",
    "weather": "Langit berawan sejak pagi dan cuaca gawat.",
}


SCHEMA = Schema(
    id=ID(stored=True),
    content=TEXT(analyzer=stemmed_analyzer(), phrase=True),
    exact=TEXT(analyzer=exact_analyzer(), phrase=True),
)


@pytest.fixture(scope="module")
def ram_index() -> Iterator[index.Index]:
    ram = RamStorage().create_index(SCHEMA)
    with ram.writer() as writer:
        for key, text in ARTICLES.items():
            writer.add_document(id=key, content=text, exact=text)
    yield ram
    ram.close()


def found(ram_index: index.Index, parser: QueryParser, query: str) -> list[str]:
    """Ids of the matching articles, best first."""
    with ram_index.searcher() as searcher:
        return [hit["id"] for hit in searcher.search(parser.parse(query))]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("latih", ["training"]),
        ('"open source"', ["software"]),
        ("open source", ["software"]),
        ("open-source", ["software"]),
    ],
)
def test_stemmed_field_finds_derived_words_and_hyphenated_phrases(
    ram_index: index.Index, query: str, expected: list[str]
) -> None:
    assert found(ram_index, QueryParser("content", SCHEMA), query) == expected


#: The lead's query layer: every word in the stemmed and the exact field, exact boosted.
BOTH_FIELDS = MultifieldParser(["content", "exact"], SCHEMA, fieldboosts={"exact": 2.0})


@pytest.mark.parametrize("query", ["megawati", "terawan"])
def test_lowercase_name_query_ranks_the_article_about_the_name_first(
    ram_index: index.Index, query: str
) -> None:
    assert found(ram_index, BOTH_FIELDS, query)[0] == "minister"


def test_a_word_hidden_in_a_name_does_not_find_the_name(ram_index: index.Index) -> None:
    assert found(ram_index, BOTH_FIELDS, "awan") == ["weather"]  # sky, not Terawan
