"""bench/eval_associations.py: word associations learnt from text credit a passage for a
question word it does not use. Fixture sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import eval_associations as bench  # noqa: E402

#: "wafat" and "meninggal" share their neighbours; "panen" and "jagung" share others.
TEXTS = [
    f"Kakek {verb} dunia pagi tadi di rumah sakit kota {town}."
    for verb in ("wafat", "meninggal")
    for town in ("Solo", "Bogor")
] + [f"Petani {town} panen jagung di ladang kering musim ini." for town in ("Garut", "Blitar")]


def _stem(word: str) -> str:
    return bench.content_stems(word)[0]


def test_vectors_put_words_used_alike_together() -> None:
    index, vectors = bench.association_vectors(TEXTS * 3, dimensions=4, window=3, min_count=1)
    wafat, meninggal, jagung = (vectors[index[_stem(w)]] for w in ("wafat", "meninggal", "jagung"))
    assert float(wafat @ meninggal) > float(wafat @ jagung) + 0.3


def test_translation_table_learns_the_passage_word_a_question_means() -> None:
    pairs = [
        (bench.content_stems(question), bench.content_stems(passage))
        for question, passage in (
            ("Kapan kakek wafat?", "Kakek meninggal pagi tadi."),
            ("Di mana pelatih wafat?", "Pelatih meninggal di Solo."),
            ("Siapa yang wafat di Bogor?", "Penyanyi itu meninggal di Bogor."),
        )
    ]
    table = bench.translation_table(pairs)
    wafat, meninggal = _stem("wafat"), _stem("meninggal")
    best = max((p for (word, _), p in table.items() if word == wafat), default=0.0)
    assert table[wafat, meninggal] == best > 0.5


def test_a_passage_with_an_associated_word_gets_credit_for_the_lacking_one() -> None:
    wafat, meninggal = _stem("wafat"), _stem("meninggal")

    def associate(word: str, passage: frozenset[str]) -> float:
        return 1.0 if word == wafat and meninggal in passage else 0.0

    passages = {
        "said-otherwise": "Kakek meninggal pagi tadi di Solo.",
        "unrelated": "Kakek panen jagung pagi tadi di Solo.",
        "said-so": "Kakek wafat pagi tadi di Solo.",
    }
    record = {"qid": "q", "ids": list(passages), "evidence": [{}, {}, {}]}
    bench.add_association([record], {"q": "Kapan kakek wafat di Solo?"}, passages, associate)
    said_otherwise, unrelated, said_so = (found["association"] for found in record["evidence"])
    assert 0 < said_otherwise < 1
    assert unrelated == said_so == 0  # a word the passage has is coordination's, not this


def test_without_the_set_nothing_is_measured(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert bench.main([str(empty), str(empty), "--set", str(tmp_path), "--translation"]) == 0
