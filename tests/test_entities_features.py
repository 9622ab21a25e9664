"""Tokens, tagger features, the gazetteer and its user file, and NER scoring."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from warta.search.entities import extract_mentions
from warta.search.entities.conll import (
    TokenSpan,
    bracketless_bounds,
    char_to_token_span,
    detokenise,
    read_conll,
    score_spans,
    span_scores,
)
from warta.search.entities.features import (
    FeatureExtractor,
    WordLexicon,
    packaged_lexicon,
    parse_lexicon,
    split_sentences,
    tokenize,
    word_shape,
)
from warta.search.entities.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    GazetteerError,
    load_gazetteer,
    packaged_gazetteer,
    slugify,
)
from warta.search.entities.tagger import (
    MODEL_RESOURCE,
    Tagger,
    bio_spans,
    model_attributes,
    packaged_tagger,
    use_model,
)


def _words(text: str) -> list[str]:
    return [token.text for token in tokenize(text)]


def test_tokens_keep_offsets_into_the_text() -> None:
    text = "Musk, CEO Tesla."
    assert [(t.text, text[t.start : t.end]) for t in tokenize(text)] == [
        ("Musk", "Musk"),
        (",", ","),
        ("CEO", "CEO"),
        ("Tesla", "Tesla"),
        (".", "."),
    ]


def test_product_versions_stay_one_token_and_clitics_are_split() -> None:
    assert _words("GPT-3.5 dan GPT-4 di Bing-nya") == [
        "GPT-3.5",
        "dan",
        "GPT-4",
        "di",
        "Bing",
        "-nya",
    ]
    assert _words("Jokowi-JK menang") == ["Jokowi-JK", "menang"]


def test_sentences_end_at_stops_and_line_breaks() -> None:
    text = "Musk datang. Altman pergi\nGrok baru"
    tokens = tokenize(text)
    assert [[t.text for t in tokens[a:b]] for a, b in split_sentences(text, tokens)] == [
        ["Musk", "datang", "."],
        ["Altman", "pergi"],
        ["Grok", "baru"],
    ]


def test_a_quotation_mark_after_the_stop_ends_the_sentence_it_closes() -> None:
    text = 'Ia menyebutnya "pemimpin hebat." Lalu pergi. Ia berkata "Ya!"\n"Baik," jawabnya.'
    tokens = tokenize(text)
    assert [[t.text for t in tokens[a:b]] for a, b in split_sentences(text, tokens)] == [
        ["Ia", "menyebutnya", '"', "pemimpin", "hebat", ".", '"'],
        ["Lalu", "pergi", "."],
        ["Ia", "berkata", '"', "Ya", "!", '"'],
        ['"', "Baik", ",", '"', "jawabnya", "."],
    ]


def test_a_web_address_does_not_end_the_sentence() -> None:
    text = "Ia bicara kepada Kompas.com di Jakarta. Lalu pergi ke situs BeritaKita.co.id."
    tokens = tokenize(text)
    assert [len(tokens[a:b]) for a, b in split_sentences(text, tokens)] == [9, 10]


@pytest.mark.parametrize(
    ("word", "shape"),
    [("Elon", "Xx"), ("GPT-4", "X-d"), ("xAI", "xX"), ("2024", "d"), ("Şükrü", "Xx")],
)
def test_word_shape(word: str, shape: str) -> None:
    assert word_shape(word) == shape


def test_lexicon_table_is_parsed_with_and_without_clusters() -> None:
    lexicon = parse_lexicon(["# header", "jakarta\t3\t5\t17\t300", "langka\t0"])
    assert lexicon == {
        "jakarta": WordLexicon(("5", "17", "300"), "3"),
        "langka": WordLexicon((), "0"),
    }


def test_features_describe_the_word_its_neighbours_and_the_gazetteer() -> None:
    lexicon = {"jakarta": WordLexicon(("5", "17"), "3")}
    extractor = FeatureExtractor(lexicon, packaged_gazetteer().tags)
    first, second = extractor.sequence(["di", "Jakarta"])
    assert {"w=jakarta", "sh=Xx", "title", "cap=3", "c0=5", "c1=17", "g0=B-LOC"} <= set(second)
    assert {"-1:w=di", "1:edge", "w-1|w=di|jakarta"} <= set(second)
    assert {"first", "1:w=jakarta", "1:c1=17", "g1=B-LOC"} <= set(first)
    assert "oov" in first


def test_a_known_bigram_is_found_even_beside_a_pipe() -> None:
    """Bigram features are looked up among the model's, not built for every token; a word
    that is itself ``|`` must still find its bigram."""
    known = frozenset({"w-1|w=||jakarta", "w|w+1=di||", "w|w+1=jakarta|"})
    extractor = FeatureExtractor({}, None, known=known)
    first, second, third = extractor.sequence(["di", "|", "Jakarta"])
    assert "w|w+1=di||" in first
    assert "w-1|w=||jakarta" in third and "w|w+1=jakarta|" in third
    assert not any("|" in feature for feature in second)


class _CountingCrf:
    """Stands in for crfsuite: counts the sentences it is given, finds nothing."""

    def __init__(self) -> None:
        self.sentences = 0

    def tag(self, items: list[list[str]]) -> list[str]:
        self.sentences += 1
        return ["O"] * len(items)


@pytest.fixture
def counting_tagger(monkeypatch: pytest.MonkeyPatch) -> tuple[Tagger, _CountingCrf]:
    tagger = packaged_tagger()
    if tagger is None:
        pytest.skip("no packaged model")
    crf = _CountingCrf()
    monkeypatch.setattr(tagger, "_crf", crf)
    return tagger, crf


def test_a_sentence_that_cannot_hold_a_name_is_not_given_to_the_crf(
    counting_tagger: tuple[Tagger, _CountingCrf],
) -> None:
    tagger, crf = counting_tagger
    words = _words("Dia mengatakan bahwa harga beras naik lagi pekan ini.")
    assert tagger.tag(words) == ["O"] * len(words)
    assert crf.sentences == 0
    for text in (
        "Dia bertemu Jokowi di istana.",  # a capital inside
        "Harga naik 10 persen.",  # a digit
        "Zulkifli menilai aturan itu tidak adil.",  # a name first
    ):
        tagger.tag(_words(text))
    assert crf.sentences == 3


def test_a_name_that_opens_a_sentence_without_other_capitals_is_still_found() -> None:
    mentions = extract_mentions("", "Zulkifli menilai aturan itu tidak adil.")
    assert [(m.surface, m.kind) for m in mentions] == [("Zulkifli", "person")]


def test_features_unknown_to_the_model_are_left_out() -> None:
    extractor = FeatureExtractor({}, None, known=frozenset({"w=musk", "title"}))
    assert [sorted(features) for features in extractor.sequence(["Musk"])] == [
        ["bias", "title", "w=musk"]
    ]


def test_slugs_are_ids_and_short_names_carry_their_kind() -> None:
    assert slugify("Elon Musk", "person") == "elon_musk"
    assert slugify("GPT-3.5", "product") == "gpt_3_5"
    assert slugify("Şükrü Saracoğlu", "place") == "sukru_saracoglu"
    assert slugify("X", "organisation") == "x_organisation"


def test_gazetteer_matches_capitalised_forms_only() -> None:
    gazetteer = packaged_gazetteer()
    matches = gazetteer.find(_words("NVIDIA dan Meta, bukan meta atau nvidia"))
    assert [(m.start, m.entry.name) for m in matches] == [(0, "Nvidia"), (2, "Meta")]


def test_gazetteer_prefers_the_longest_name() -> None:
    matches = packaged_gazetteer().find(_words("Google Brain dan Google"))
    assert [m.entry.name for m in matches] == ["Google Brain", "Google"]


def test_one_letter_names_need_context() -> None:
    (match,) = packaged_gazetteer().find(["X"])
    assert match.needs_context
    assert packaged_gazetteer().tags(["X"]) == [None]


def test_every_shipped_entry_has_a_valid_kind_and_unique_id() -> None:
    folder = Path(__file__).parent.parent / "search" / "entities"
    raw_entries = [
        raw
        for name in ("gazetteer.json", "regions.json")
        for raw in json.loads((folder / name).read_text())["entities"]
    ]
    entries = packaged_gazetteer().entries
    assert len(entries) == len(raw_entries)
    assert {entry.kind for entry in entries.values()} <= {
        "person",
        "organisation",
        "place",
        "product",
    }


def _user_file(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "entities.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_user_file_adds_entities_and_extends_known_ones(tmp_path: Path) -> None:
    path = _user_file(
        tmp_path,
        {
            "entities": [
                {"name": "Bank Rakyat Indonesia", "kind": "organisation", "aliases": ["BRI"]},
                {"name": "Elon Musk", "aliases": ["Mas Elon"]},
                {"name": "Grok", "kind": "organisation"},
            ],
            "ignore": ["Kominfo Pusat"],
        },
    )
    gazetteer = load_gazetteer(path)
    assert gazetteer.lookup("bri") == GazetteerEntry(
        "bank_rakyat_indonesia", "Bank Rakyat Indonesia", "organisation", ("BRI",)
    )
    musk = gazetteer.lookup("Mas Elon")
    assert musk is not None and (musk.id, musk.kind) == ("elon_musk", "person")
    grok = gazetteer.get("grok")
    assert grok is not None and grok.kind == "organisation"
    assert gazetteer.is_ignored("kominfo pusat")
    assert packaged_gazetteer().lookup("Mas Elon") is None


def test_missing_user_file_means_the_shipped_gazetteer(tmp_path: Path) -> None:
    assert load_gazetteer(tmp_path / "absent.json") is packaged_gazetteer()
    assert load_gazetteer(None) is packaged_gazetteer()


@pytest.mark.parametrize(
    "data",
    [
        "not json",
        [],
        {"entities": [{"kind": "person"}]},
        {"entities": [{"name": "Baru", "kind": "planet"}]},
        {"entities": [{"name": "Baru Sekali"}]},
        {"entities": [{"name": "Baru", "kind": "person", "aliases": "Bar"}]},
    ],
)
def test_bad_user_file_raises_a_clear_error(tmp_path: Path, data: object) -> None:
    path = tmp_path / "entities.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"entities\.json"):
        load_gazetteer(path)


def test_merging_keeps_the_original_gazetteer_unchanged() -> None:
    base = Gazetteer({"grok": GazetteerEntry("grok", "Grok", "product")})
    merged = base.merged([GazetteerEntry("grok", "Grok", "", ("Grok AI",))], ["Grok AI"])
    assert merged.lookup("Grok AI") is not None
    assert base.lookup("Grok AI") is None and not base.is_ignored("Grok AI")


def test_bio_spans_read_labels_like_the_scorers_do() -> None:
    labels = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-PER"]
    assert bio_spans(labels) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
        (5, 6, "ORG"),
        (6, 7, "PER"),
    ]


def test_conll_files_of_both_layouts_are_read_without_pos(tmp_path: Path) -> None:
    idner = tmp_path / "idner.txt"
    idner.write_bytes(b"Budi PROPN B-PER\r\nke ADP O\r\nBandung PROPN B-LOC\r\n\r\nYa INTJ O\r\n")
    nergrit = tmp_path / "nergrit.txt"
    nergrit.write_text("Siti\tB-PERSON\ndi\tO\nPolri\tB-ORGANISATION\n", encoding="utf-8")
    assert [(s.words, s.labels) for s in read_conll(idner)] == [
        (("Budi", "ke", "Bandung"), ("B-PER", "O", "B-LOC")),
        (("Ya",), ("O",)),
    ]
    assert read_conll(nergrit)[0].labels == ("B-PER", "O", "B-ORG")


def test_span_scores_are_span_exact() -> None:
    gold = [("B-PER", "I-PER", "O", "B-LOC")]
    predicted = [("B-PER", "O", "O", "B-LOC")]
    scores = span_scores(gold, predicted)
    assert (scores["LOC"].precision, scores["LOC"].recall) == (1.0, 1.0)
    assert (scores["PER"].correct, scores["PER"].f1) == (0, 0.0)
    assert (scores["ALL"].precision, scores["ALL"].recall) == (0.5, 0.5)


def test_detokenised_text_gives_each_token_its_characters() -> None:
    words = ("Rapat", "di", "Gedung", "DPR", "(", "Senayan", ")", ",", "kata", '"', "Ani", '"', ".")
    text, bounds = detokenise(words)
    assert text == 'Rapat di Gedung DPR (Senayan), kata "Ani".'
    assert [text[start:end] for start, end in bounds] == list(words)


def test_mention_offsets_map_to_the_gold_tokens_they_cover() -> None:
    text, bounds = detokenise(("Budi", "ke", "Jalan", "Medan", "Merdeka", "."))
    medan = text.index("Medan")
    street = char_to_token_span(bounds, text.index("Jalan"), medan + len("Medan Merdeka"), "LOC")
    assert street == TokenSpan(2, 5, "LOC", exact=True)
    inside_a_token = char_to_token_span(bounds, medan + 1, medan + 5, "LOC")
    assert inside_a_token == TokenSpan(3, 4, "LOC", exact=False)
    assert char_to_token_span(bounds, len(text), len(text) + 3, "LOC") is None


def test_a_name_in_a_gold_token_with_glued_brackets_is_matched_exactly() -> None:
    # Some gold sets keep a bracket on the name's token ("(Rudi)"): the annotated name is
    # Rudi, and the pipeline's mention of Rudi alone is right, span-exact; a mention
    # running to the bracket ("... (PPN)", a body with its acronym) still is too.
    text, bounds = detokenise(("Gubernur", "(Rudi)", "dari", "Pajak", "(PPN)", "dan", "("))
    cores = bracketless_bounds(text, bounds)
    assert [text[start:end] for start, end in cores] == [
        "Gubernur",
        "Rudi",
        "dari",
        "Pajak",
        "PPN",
        "dan",
        "(",
    ]
    rudi, tax = text.index("Rudi"), text.index("Pajak")
    assert char_to_token_span(bounds, rudi, rudi + 4, "PER", cores) == TokenSpan(1, 2, "PER")
    assert char_to_token_span(bounds, rudi, rudi + 4, "PER") == TokenSpan(1, 2, "PER", False)
    whole = char_to_token_span(bounds, tax, text.index("dan") - 1, "ORG", cores)
    assert whole == TokenSpan(3, 5, "ORG")


def test_scores_are_span_exact_or_lenient_by_overlap_and_type() -> None:
    gold = [TokenSpan(0, 2, "PER"), TokenSpan(3, 6, "LOC"), TokenSpan(7, 8, "ORG")]
    predicted = [
        TokenSpan(0, 2, "PER"),  # exact
        TokenSpan(4, 6, "LOC"),  # overlaps the street: lenient only
        TokenSpan(7, 8, "PER"),  # right tokens, wrong type: never
        TokenSpan(0, 2, "PER", exact=False),  # cuts a token: counted, never exact
    ]
    exact = score_spans([(gold, predicted)])
    lenient = score_spans([(gold, predicted)], lenient=True)
    assert (exact["ALL"].correct, exact["ALL"].found, exact["ALL"].predicted) == (1, 1, 4)
    assert (lenient["ALL"].correct, lenient["ALL"].found) == (3, 2)
    assert (lenient["LOC"].precision, lenient["LOC"].recall) == (1.0, 1.0)
    assert (exact["ORG"].recall, lenient["ORG"].recall) == (0.0, 0.0)
    assert exact["ALL"].f1 == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))


def test_the_model_file_gives_the_attributes_the_model_knows() -> None:
    # Read from the model's attribute dictionary instead of crfsuite's text dump of the
    # whole model (0.35 s of every one-file update): the same attributes, none missing.
    import pycrfsuite

    model = resources.files("warta.search.entities").joinpath(MODEL_RESOURCE)
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    dumped = frozenset(attribute for attribute, _ in crf.info().state_features)
    assert model_attributes(model.read_bytes()) == dumped
    with pytest.raises(ValueError):
        model_attributes(b"lCRF" + bytes(44) + b"NOPE" + bytes(20))


@pytest.fixture
def trained_on_one_club(tmp_path: Path) -> Iterator[Path]:
    """A model that learnt one sentence where ``Zorbax`` is an organisation, then the
    shipped model again."""
    import pycrfsuite

    extractor = FeatureExtractor(packaged_lexicon(), packaged_gazetteer().tags)
    trainer = pycrfsuite.Trainer(verbose=False)
    words = _words("Kemarin Zorbax menang lagi.")
    trainer.append(extractor.sequence(words), ["O", "B-ORG", "O", "O", "O"])
    model = tmp_path / "club.crfsuite"
    trainer.train(str(model))
    yield model
    use_model(None)


def test_the_pipeline_can_be_measured_with_another_model(trained_on_one_club: Path) -> None:
    # bench/eval_ner.py --model: the shipped model saw the dev splits in training, so a
    # model trained without them is what the whole pipeline is tuned with.
    text = "Kemarin Zorbax menang lagi."
    use_model(trained_on_one_club)
    assert [(m.surface, m.kind) for m in extract_mentions("", text)] == [("Zorbax", "organisation")]
    use_model(None)  # the shipped model again: a name it has never seen is a person's
    assert [(m.surface, m.kind) for m in extract_mentions("", text)] == [("Zorbax", "person")]
