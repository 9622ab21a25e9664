"""Did-you-mean: the lexicon structure, the query rules, the service on the seeds, the CLI
and the key that accepts a suggestion in the explorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from warta.search.model import SearchResult
from warta.search.service import SearchService
from warta.search.suggest import (
    Lexicon,
    correct_query,
    correctable_words,
    known_frequency,
    match_case,
)
from warta.tui.app import WartaApp
from warta.tui.widgets.bars import SearchBar

from tests.test_cli import run
from tests.test_tui_flows import SIZE, search, settle

# -- the lexicon -------------------------------------------------------------------------------

#: Made-up frequencies for words of the kind news uses.
WORDS = {
    "pelatihan": 40,
    "pelatih": 12,
    "melatih": 30,
    "gubernur": 25,
    "gubernuran": 1,
    "anggaran": 50,
    "anggota": 60,
    "bandara": 8,
    "kereta": 20,
    "kerena": 1,
    "dengan": 900,
    "dewan": 15,
}
STOPWORDS = frozenset({"dengan"})


def searched_too(result: SearchResult) -> list[object]:
    """The corrections a search added for the words no article has (said in its notice,
    not offered as a did-you-mean: they would find the same articles)."""
    return [
        dict(message.params)["correction"]
        for message in result.notices
        if "correction" in dict(message.params)
    ]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(WORDS.items(), STOPWORDS)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("pelatihn", "pelatihan"),  # a missing letter: the word, not a form of its stem
        ("gubrenur", "gubernur"),  # two letters swapped are one edit
        ("angaran", "anggaran"),
        ("xandara", "bandara"),  # the first letter wrong: found by the last
        ("bandarx", "bandara"),  # the last letter wrong: found by the first
        ("PELATIHN", "pelatihan"),  # compared in lowercase
    ],
)
def test_the_closest_word_is_proposed(lexicon: Lexicon, typed: str, expected: str) -> None:
    assert lexicon.best(typed) == expected


def test_a_much_more_frequent_word_wins_at_the_same_distance(lexicon: Lexicon) -> None:
    # "kerepa" is one edit from both kereta (20 articles) and kerena (1).
    assert lexicon.best("kerepa") == "kereta"


def test_one_edit_beats_a_frequent_word_two_edits_away() -> None:
    words = Lexicon([("pelatihan", 2), ("melatih", 500)])
    assert words.best("pelatihn") == "pelatihan"


def test_a_typo_of_a_stopword_is_left_alone(lexicon: Lexicon) -> None:
    # "dengn" means *dengan*, a stopword: neither it nor the next best (dewan) is proposed.
    assert lexicon.best("dengn") is None
    assert lexicon.best("dewn") == "dewan"


def test_nothing_close_gives_none(lexicon: Lexicon) -> None:
    assert lexicon.best("zzzzzzz") is None
    assert lexicon.best("gubernur") == "gubernuran"  # the word itself is never proposed


def test_a_short_word_allows_one_edit_only() -> None:
    words = Lexicon([("kota", 10), ("koran", 10)])
    assert words.best("kot") == "kota"
    assert words.best("kxtx") is None  # two edits from kota


def test_memory_is_bounded_to_the_most_frequent_words() -> None:
    words = Lexicon([("warung", 1), ("waring", 9), ("wadung", 5)], max_words=2)
    assert len(words) == 2
    assert words.best("warong") == "waring"  # warung, the closest, was the rarest


def test_only_letter_words_of_a_correctable_length_are_kept() -> None:
    words = Lexicon([("covid19", 5), ("ab", 5), ("a" * 30, 5), ("abad", 0), ("abadi", 5)])
    assert len(words) == 1


@pytest.mark.parametrize(
    ("typed", "word", "expected"),
    [("zuckerbreg", "zuckerberg", "zuckerberg"), ("Zuckerbreg", "zuckerberg", "Zuckerberg")],
)
def test_the_correction_keeps_the_typed_case(typed: str, word: str, expected: str) -> None:
    assert match_case(typed, word) == expected
    assert match_case("NVDIA", "nvidia") == "NVIDIA"


def test_a_word_in_very_few_articles_of_a_huge_archive_is_not_taken_as_known() -> None:
    assert known_frequency(5) == 1 and known_frequency(100_000) == 1
    assert known_frequency(1_000_000) == 10


# -- which words of a query may change ---------------------------------------------------------


def words_of(text: str) -> list[str]:
    return [text[start:end] for start, end in correctable_words(text)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("pelatihn pemain", ["pelatihn", "pemain"]),
        ('"pelatihn pemain" gubrenur', ["gubrenur"]),  # a phrase says exactly what it means
        ('gubrenur "pelatihn', ["gubrenur"]),  # an unclosed quote too
        ("title:pelatihn gubrenur", ["gubrenur"]),
        ("entity:gubrenur", []),
        ('entity:"Jakarta" gubrenur', ["gubrenur"]),  # a field before a phrase is no word
        ('title:"elon musk" gubrenur', ["gubrenur"]),
        ("Catatan: gubrenur", ["Catatan", "gubrenur"]),  # a trailing colon is text
        ("pelat* pelatihn~ pel?tih", []),
        ("gubrenur -pelatihn NOT kereta", ["gubrenur"]),  # exclusions
        ("gubrenur OR pelatihn AND kereta", ["gubrenur", "pelatihn", "kereta"]),
        ("(gubrenur OR pelatihn)", ["gubrenur", "pelatihn"]),
        ("Siapakah gubrenur?", ["Siapakah", "gubrenur"]),
        ("covid19 covid-19 2024", []),
    ],
)
def test_only_plain_words_are_correctable(query: str, expected: list[str]) -> None:
    assert words_of(query) == expected


def test_correct_query_swaps_unknown_words_only(lexicon: Lexicon) -> None:
    known = {"pemain", "siapakah"}.__contains__
    assert (
        correct_query('Siapakah Gubrenur "angaran" pemain?', known, lexicon.best)
        == 'Siapakah Gubernur "angaran" pemain?'
    )


def test_correct_query_asks_once_per_word_and_only_when_needed() -> None:
    asked: list[str] = []

    def best(word: str) -> str | None:
        asked.append(word)
        return word + "x"

    assert correct_query("alpha beta", lambda word: True, best) == "alpha beta"
    assert asked == []  # nothing unknown: a lexicon behind ``best`` is never built
    corrected = correct_query("qqq rrr qqq sss", lambda word: False, best, max_corrected=2)
    assert corrected == "qqqx rrrx qqqx sss"
    assert asked == ["qqq", "rrr"]


def test_a_saved_lexicon_reads_back_as_the_same_corrector(tmp_path: Path) -> None:
    saved = tmp_path / "lexicon.bin"
    built = Lexicon(WORDS.items(), STOPWORDS)
    built.write(saved, source="7")
    read = Lexicon.read(saved, "7", STOPWORDS)
    assert read is not None and len(read) == len(built)
    typos = ["pelatihn", "gubrenur", "angaran", "xandara", "bandarx", "dengn", "kerea", "zzz"]
    assert [read.best(typo) for typo in typos] == [built.best(typo) for typo in typos]


def test_a_saved_lexicon_of_another_index_state_or_damaged_is_not_read(tmp_path: Path) -> None:
    saved = tmp_path / "lexicon.bin"
    Lexicon(WORDS.items(), STOPWORDS).write(saved, source="7")
    assert Lexicon.read(saved, "8") is None  # the index changed since
    whole = saved.read_bytes()
    for damaged in (whole[: len(whole) // 2], whole[:-3], b"", b"\x00" * 64, b"{}\n"):
        saved.write_bytes(damaged)
        assert Lexicon.read(saved, "7") is None
    assert Lexicon.read(tmp_path / "missing.bin", "7") is None


def test_a_lexicon_that_cannot_be_saved_leaves_no_part_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", full_disk)
    with pytest.raises(OSError):
        Lexicon(WORDS.items(), STOPWORDS).write(tmp_path / "lexicon.bin", source="7")
    assert list(tmp_path.iterdir()) == []


def test_a_new_process_reads_the_corrector_the_first_one_built(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At 100,000 articles, building it cost every cold `warta search` with a typo ~0.8 s.
    first = SearchService([corpus], tmp_path / "index")
    first.update()
    assert searched_too(first.search("zuckerbreg")) == ["zuckerberg"]

    def unread(*_: object) -> None:
        raise AssertionError("the lexicon was built again")

    monkeypatch.setattr("warta.search.sidecar.field_frequencies", unread)
    later = SearchService([corpus], tmp_path / "index")
    assert searched_too(later.search("zuckerbreg")) == ["zuckerberg"]


# -- the service on the seeds ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("pelatihn", "pelatihan"),  # Whoosh proposed the verb "melatih"
        ("zuckerbreg", "zuckerberg"),
        ("Zuckerbreg", "Zuckerberg"),
        ("Siapakah zuckerbreg?", "Siapakah zuckerberg?"),
        ("Pelatihn AND openai", "Pelatihan AND openai"),
    ],
)
def test_a_typo_of_a_seed_word_is_corrected(
    seeds_service: SearchService, query: str, expected: str
) -> None:
    """The typed word is in no article: the search finds what its correction finds (see
    test_search's test_a_word_no_article_has_is_searched_as_its_correction_too), so the
    correction is not offered: it would find the same articles."""
    result = seeds_service.search(query)
    assert result.suggestion is None and searched_too(result)
    assert {hit.id for hit in result.hits} == {
        hit.id for hit in seeds_service.search(expected).hits
    }


@pytest.mark.parametrize(
    "query", ["code", "source code", "zuckerberg", "pelatihan", "Siapakah CEO OpenAI?"]
)
def test_a_query_of_known_words_gets_no_suggestion(
    seeds_service: SearchService, query: str
) -> None:
    """``code`` (1 article) was "corrected" to "model", ``source code`` to "source model"."""
    assert seeds_service.search(query).suggestion is None


def test_a_stopword_is_never_swapped_nor_proposed(seeds_service: SearchService) -> None:
    # "Siapakah" was offered as "apakah", "serch musk" as "serta musk"; "dengn" (dengan)
    # became "dewan".
    assert seeds_service.search("Siapakah zuckerberg").suggestion is None
    assert seeds_service.search("dengn").suggestion is None
    assert "serta" not in (seeds_service.search("serch musk").suggestion or "")


def test_phrases_fields_and_exclusions_are_never_corrected(seeds_service: SearchService) -> None:
    for query in ('"zuckerbreg"', "title:zuckerbreg", "zuckerbreg*", "musk -zuckerbreg"):
        assert seeds_service.search(query).suggestion is None, query


def test_a_correction_that_finds_no_more_articles_is_not_offered(
    seeds_service: SearchService,
) -> None:
    # "zuckerberg -zuckerberg" finds nothing either.
    assert seeds_service.search("zuckerbreg -zuckerberg").suggestion is None


def test_a_word_in_no_article_is_searched_as_its_correction_which_is_not_offered(
    seeds_service: SearchService,
) -> None:
    # "elon muks" found Elon's articles with only some of its words; all of them have both.
    typed = seeds_service.search("elon muks")
    assert typed.matched == "all" and searched_too(typed) == ["musk"]
    assert typed.suggestion is None  # "did you mean: elon musk" would find the same
    assert [hit.id for hit in typed.hits] == [
        hit.id for hit in seeds_service.search("elon musk").hits
    ]


def test_the_lexicon_is_built_once_and_can_be_built_ahead(
    seeds_service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds_service.prepare()  # what the explorer does once the index is ready

    def rebuilt(*args: object, **kwargs: object) -> None:
        raise AssertionError("the lexicon was built again")

    monkeypatch.setattr(Lexicon, "__init__", rebuilt)
    assert searched_too(seeds_service.search("zuckerbreg")) == ["zuckerberg"]
    assert searched_too(seeds_service.search("pelatihn")) == ["pelatihan"]


def test_an_update_brings_its_new_words_to_the_suggestions(tmp_path: Path, corpus: Path) -> None:
    service = SearchService([corpus], tmp_path / "index")
    try:
        service.update()
        assert service.search("kuantun").suggestion is None  # the lexicon is built here
        (corpus / "kuantum.txt").write_text(
            "Komputer kuantum\n\nPeneliti membangun komputer kuantum baru.\n", encoding="utf-8"
        )
        service.update()
        assert service.search("kuantun").suggestion == "kuantum"
    finally:
        service.close()


# -- the command line --------------------------------------------------------------------------


def test_cli_json_has_the_suggestion_or_null(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, _ = run(capsys, seeds_index, "search", "entity:zuckerbreg", "--json")
    assert code == 0 and json.loads(out)["suggestion"] == 'entity:"Mark Zuckerberg"'
    code, out, _ = run(capsys, seeds_index, "search", "code", "--json")
    assert code == 0 and json.loads(out)["suggestion"] is None


def test_cli_plain_output_hints_on_stderr_only(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, err = run(capsys, seeds_index, "search", "entity:zuckerbreg")
    assert code == 0
    assert err == 'Did you mean: entity:"Mark Zuckerberg"\n'
    assert "Did you mean" not in out
    # What was searched is part of the results, as a capped fuzzy distance is.
    code, out, err = run(capsys, seeds_index, "search", "pelatihn")
    assert out.endswith("no article has pelatihn: pelatihan was searched too\n")
    assert code == 0 and err == ""


# -- the explorer ------------------------------------------------------------------------------


async def test_tab_in_the_search_bar_searches_the_suggestion(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "entity:zuckerbreg")
        assert 'did you mean: entity:"Mark Zuckerberg"' in str(screen.query_one("#status").render())
        await pilot.press("ctrl+l", "tab")
        await settle(pilot)
        assert screen.search_bar.value == 'entity:"Mark Zuckerberg"'
        expected = seeds_service.search('entity:"Mark Zuckerberg"')
        assert [hit.id for hit in screen.results.hits] == [hit.id for hit in expected.hits]
        assert expected.hits and screen.search_bar.suggestion is None


async def test_tab_without_a_suggestion_moves_on(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "pelatihan")
        await pilot.press("ctrl+l", "tab")
        await settle(pilot)
        assert screen.search_bar.value == "pelatihan"
        assert not isinstance(app.focused, SearchBar)


# -- the benchmark -----------------------------------------------------------------------------


def test_the_benchmark_runs_and_skips_absent_data(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    absent = tmp_path / "absent" / "articles.jsonl"
    script = Path(__file__).resolve().parent.parent / "bench" / "bench_suggest.py"
    arguments = ["--words", "3000", "--typos", "5", "--indosum", str(absent)]
    done = subprocess.run(
        [sys.executable, str(script), *arguments, "--work", str(tmp_path), "--json", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "not found; skipped" in done.stderr
    (section,) = json.loads(out.read_text(encoding="utf-8"))
    assert [c["name"] for c in section["correctors"]] == [
        "warta Lexicon.best",
        "Whoosh ListCorrector (reference)",
    ]
