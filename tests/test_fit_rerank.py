"""bench/fit_rerank.py: the evidence ``eval_retrieval.py --evidence`` writes replays the
order the product shows, so weights can be chosen without searching again. Fixtures written
for these tests: pairs of articles a bag of words cannot tell apart (as in test_rerank.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import eval_retrieval  # noqa: E402
import fit_rerank  # noqa: E402
from warta.search import ranking  # noqa: E402

FILLER = "Warga berkumpul di balai desa pada sore hari untuk membahas jadwal ronda malam."
PASSAGES = [
    {"id": "no-count", "text": f"Pesawat itu mendarat darurat membawa para penumpang. {FILLER}"},
    {"id": "count", "text": f"Pesawat itu mendarat darurat membawa 84 penumpang. {FILLER}"},
    {"id": "scattered", "text": f"Harga cabai turun. {FILLER} Stok beras aman. Ongkos naik."},
    {"id": "together", "text": f"Harga beras naik pagi ini. {FILLER} Stok cabai aman. Ongkos."},
    {"id": "no-name", "text": f"Dermaga baru diresmikan kemarin oleh pejabat daerah. {FILLER}"},
    {"id": "name", "text": f"Dermaga baru diresmikan kemarin oleh Bupati Rahmat. {FILLER}"},
]
QUESTIONS = {
    "q1": ("Berapa penumpang pesawat yang mendarat darurat?", "count"),
    "q2": ("harga beras naik", "together"),
    "q3": ("Siapa yang meresmikan dermaga baru?", "name"),
}


def _write_set(folder: Path) -> tuple[Path, Path, Path]:
    corpus, queries, qrels = folder / "corpus.jsonl", folder / "queries.tsv", folder / "qrels.tsv"
    corpus.write_text("\n".join(json.dumps(p) for p in PASSAGES), encoding="utf-8")
    queries.write_text(
        "qid\tsplit\tquestion\tanswer\n"
        + "".join(f"{qid}\ttrain\t{text}\t-\n" for qid, (text, _) in QUESTIONS.items()),
        encoding="utf-8",
    )
    qrels.write_text(
        "".join(f"{qid}\t0\t{wanted}\t1\n" for qid, (_, wanted) in QUESTIONS.items()),
        encoding="utf-8",
    )
    return corpus, queries, qrels


def test_the_evidence_replays_the_order_the_product_shows(tmp_path: Path) -> None:
    corpus, queries, qrels = _write_set(tmp_path)
    dump = tmp_path / "evidence.jsonl"
    assert eval_retrieval.dump_evidence(corpus, queries, qrels, "train", dump) == 3
    records = {record["qid"]: record for record in fit_rerank.read(dump)}
    (tmp_path / "product").mkdir()
    service = eval_retrieval.build_service(PASSAGES, tmp_path / "product")
    try:
        for qid, (text, _) in QUESTIONS.items():
            shown = [hit.id for hit in service.search(text, limit=10).hits]  # type: ignore[attr-defined]
            assert fit_rerank.ranked(records[qid], ranking.evidence_weights()) == shown, qid
    finally:
        service.close()  # type: ignore[attr-defined]
    # The second stage is what puts each wanted article first here, and the replay sees it.
    figures = fit_rerank.figures(list(records.values()), ranking.evidence_weights())
    unweighted = fit_rerank.figures(list(records.values()), {})
    assert figures[1] == 1.0 and unweighted[1] < 1.0


def test_ascent_finds_the_weight_that_puts_the_relevant_article_first() -> None:
    # The first stage prefers "b"; only the answer slot says "a" is the one asked for.
    record = {
        "ids": ["b", "a"],
        "first": [10.0, 9.0],
        "every_word": 0,
        "evidence": [{"answer": 0.0, "proximity": 0.5}, {"answer": 1.0, "proximity": 0.0}],
        "relevant": ["a"],
    }
    fitted = fit_rerank.ascend([record], {"answer": 0.0, "proximity": 0.0})
    assert fit_rerank.ranked(record, fitted)[0] == "a"
    assert fit_rerank.figures([record], fitted) == (1.0, 1.0, 1.0)
