"""Who said what: quote attribution on sentences written for these tests, the seed gold
set's floor, and ``warta quotes``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from warta.search.model import Mention
from warta.search.quotes import MAX_QUOTE_CHARS, Quote, extract_quotes
from warta.tui.cli import main

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import eval_quotes  # noqa: E402

KINDS = {
    "Budi Santoso": "person",
    "Budi": "person",
    "Ani": "person",
    "Sam Altman": "person",
    "Musk": "person",
    "Altman": "person",
    "OpenAI": "organisation",
    "Bank Mandiri": "organisation",
    "Jakarta": "place",
}


def mentions_in(text: str) -> list[Mention]:
    """Every occurrence of the names above as a mention, longest name first, no overlaps."""
    found: list[Mention] = []
    taken: set[int] = set()
    for name in sorted(KINDS, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            span = set(range(start, start + len(name)))
            if not span & taken:
                key = name.lower().replace(" ", "_")
                key = {"budi": "budi_santoso", "musk": "elon_musk", "altman": "sam_altman"}.get(
                    key, key
                )
                found.append(
                    Mention("body", start, start + len(name), name, key, name, KINDS[name])
                )
                taken |= span
            start = text.find(name, start + 1)
    return found


def quotes_of(text: str) -> list[Quote]:
    quotes = extract_quotes(text, mentions_in(text))
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return quotes


def only(text: str) -> Quote:
    quotes = quotes_of(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            '"Kami akan terus bekerja," kata Budi Santoso.',
            "Kami akan terus bekerja",
            "budi_santoso",
        ),
        ("“Harga naik lagi,” ujar Budi Santoso di Jakarta.", "Harga naik lagi", "budi_santoso"),
        ("Budi Santoso mengatakan, “Harga naik.”", "Harga naik", "budi_santoso"),
        ('Budi Santoso juga berkata: "Kami siap."', "Kami siap", "budi_santoso"),
        ("“Penjualan naik,” kata juru bicara Bank Mandiri.", "Penjualan naik", "bank_mandiri"),
        ("“Model baru siap,” kata CEO OpenAI Sam Altman.", "Model baru siap", "sam_altman"),
    ],
)
def test_direct_quotes_name_their_speaker(text: str, quoted: str, speaker: str) -> None:
    quote = only(text)
    assert (quote.text, quote.speaker, quote.kind) == (quoted, speaker, "direct")


@pytest.mark.parametrize(
    ("text", "reported", "speaker"),
    [
        (
            "Budi Santoso mengatakan pada hari Senin bahwa rapat ditunda.",
            "rapat ditunda",
            "budi_santoso",
        ),
        ("Altman, sebaliknya, mengklaim bahwa Musk kecewa.", "Musk kecewa", "sam_altman"),
        (
            "Menurut Bank Mandiri, kredit tumbuh lima persen.",
            "kredit tumbuh lima persen",
            "bank_mandiri",
        ),
    ],
)
def test_reported_speech_is_the_rest_of_the_sentence(
    text: str, reported: str, speaker: str
) -> None:
    quote = only(text)
    assert (quote.text, quote.speaker, quote.kind) == (reported, speaker, "reported")


def test_a_pronoun_is_the_one_person_named_before_it() -> None:
    quote = only("Budi Santoso tiba di Jakarta. Ia mengatakan bahwa rapat ditunda.")
    assert quote.speaker == "budi_santoso"


def test_a_pronoun_among_several_people_is_the_one_subject() -> None:
    quote = only("Budi menegur Ani dengan keras. “Kami kecewa,” katanya.")
    assert quote.speaker == "budi_santoso"


def test_an_ambiguous_pronoun_is_left_unattributed_not_guessed() -> None:
    quote = only("Budi dan Ani hadir. “Kami sepakat,” ujarnya.")
    assert quote.speaker is None


def test_a_pronoun_chain_is_followed_back_not_taken_for_the_last_name() -> None:
    text = "Budi menegur Ani. Dia juga menyebut Ani lamban. Dia mengatakan bahwa rapat ditunda."
    assert only(text).speaker == "budi_santoso"


def test_a_name_before_a_comma_is_not_the_subject_of_the_verb_after_it() -> None:
    # Altman answered Musk's comments, saying ...: the name next to the verb is Musk's.
    quote = only("Altman menanggapi komentar Musk, mengatakan, “Itu tidak benar.”")
    assert quote.speaker is None


def test_a_person_named_inside_a_quotation_is_not_the_pronoun_s_referent() -> None:
    text = '"Ani sudah setuju," kata Budi. Ia mengatakan bahwa rapat ditunda.'
    assert [quote.speaker for quote in quotes_of(text)] == ["budi_santoso", "budi_santoso"]


def test_the_source_of_menurut_ends_at_its_comma() -> None:
    text = "Menurut laporan Bank Mandiri, dikutip Budi Santoso, kredit tumbuh."
    assert only(text).speaker == "bank_mandiri"


def test_a_claiming_verb_without_bahwa_is_not_speech() -> None:
    assert quotes_of("Budi mengakui Ani sebagai ketua baru.") == []
    assert only("Budi mengakui bahwa Ani ketua baru.").speaker == "budi_santoso"


def test_a_scare_quote_is_found_without_a_speaker() -> None:
    quote = only('Budi menyebut rencana itu "ambisius" dan mahal.')
    assert (quote.text, quote.speaker) == ("ambisius", None)


def test_title_mentions_do_not_speak() -> None:
    text = '"Kami siap," kata Budi.'
    mentions = [Mention("title", 18, 22, "Budi", "budi", "Budi", "person")]
    assert [quote.speaker for quote in extract_quotes(text, mentions)] == [None]


def test_an_unclosed_quote_mark_swallows_neither_the_page_nor_the_next_line() -> None:
    text = '"' + "kata " * 400 + '\n"Ya," kata Budi.\n' + '"' * 5000
    quotes = quotes_of(text)
    assert all(quote.end - quote.start <= MAX_QUOTE_CHARS for quote in quotes)
    assert ("Ya", "budi_santoso") in [(quote.text, quote.speaker) for quote in quotes]


# -- the seed gold set --------------------------------------------------------------------------


def test_seed_gold_precision_and_recall_floor() -> None:
    """Measured through the reader and extract_mentions (bench/eval_quotes.py): 13 of 14
    attributions right, 13 of 16 gold quotations found."""
    score = eval_quotes.evaluate_seeds()
    assert score.gold == 16
    assert score.precision >= 0.9
    assert score.recall >= 0.8


# -- warta quotes -------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], index: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--index-dir", str(index), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_quotes_json_lists_what_the_entity_said_newest_first(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, _ = run(capsys, seeds_index, "quotes", "musk", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["entity"]["id"] == "elon_musk"
    assert data["total"] == len(data["quotes"])
    quotes = data["quotes"]
    assert "Secara praktis, kita telah menghabiskan semua pengetahuan manusia untuk melatih AI" in [
        quote["quote"] for quote in quotes
    ]
    first = quotes[0]
    assert set(first) == {
        "article",
        "title",
        "date",
        "kind",
        "start",
        "end",
        "quote",
        "citation",
    }
    assert (first["article"], first["date"]) == ("000_57ce1d9c2516dadd", "2023-04-15")
    assert first["title"] in first["citation"]
    dates = [quote["date"] for quote in quotes if quote["date"]]
    assert dates == sorted(dates, reverse=True)


def test_quotes_offsets_index_the_article_body(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, _ = run(capsys, seeds_index, "quotes", "Sam Altman", "--json")
    quotes = json.loads(out)["quotes"]
    assert code == 0 and quotes
    for quote in quotes:
        _, shown, _ = run(capsys, seeds_index, "show", quote["article"], "--json")
        body = json.loads(shown)["body"]
        assert body[quote["start"] : quote["end"]] == quote["quote"]


def test_quotes_human_output_quotes_and_cites(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, _ = run(capsys, seeds_index, "quotes", "sam_altman")
    assert code == 0
    assert out.startswith("Sam Altman (person) · ")
    assert "“Saya yakin Elon akan senang jika dia yang mengendalikan perusahaan”" in out
    assert "Hubungan Sam Altman dengan Elon Musk Retak" in out
    assert "the newest" not in out


def test_quotes_of_an_unknown_name_lists_candidates_and_exits_2(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, err = run(capsys, seeds_index, "quotes", "Sam Altmen")
    assert (code, out) == (2, "")
    assert err == "warta: no entity named Sam Altmen; closest: Sam Altman\n"
