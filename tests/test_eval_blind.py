"""bench/eval_blind.py: hand-annotated articles scored through ``extract_mentions``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import eval_blind

BODY = "Presiden Joko Widodo meresmikan Bandara Kertajati di Majalengka bersama PT Angkasa Pura II."


def _data(tmp_path: Path, spans: list[list[object]]) -> tuple[Path, Path]:
    data = tmp_path / "data"
    (data / "indosum").mkdir(parents=True)
    record = {"id": "a1", "text": BODY}
    (data / "indosum" / "articles.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a1", "spans": spans}) + "\n", encoding="utf-8")
    return data, gold


def _span(surface: str, kind: str) -> list[object]:
    start = BODY.index(surface)
    return [start, start + len(surface), kind]


def test_a_gold_the_pipeline_agrees_with_scores_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    predicted = eval_blind.predicted_spans(BODY)
    spans = [[span.start, span.end, span.kind] for span in predicted]
    data, gold = _data(tmp_path, spans)
    assert eval_blind.main([str(gold), "--data", str(data)]) == 0
    all_row = next(line for line in capsys.readouterr().out.splitlines() if "ALL" in line)
    assert all_row.split()[3:6] == ["1.000", "1.000", "1.000"]


def test_a_missed_span_is_listed_and_lowers_recall(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Majalengka" as an organisation can never match a place, so it is a miss.
    spans = [_span("Joko Widodo", "PER"), _span("Majalengka", "ORG")]
    data, gold = _data(tmp_path, spans)
    assert eval_blind.main([str(gold), "--data", str(data), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "a1 miss  ORG  'Majalengka'" in out
    recall = next(line for line in out.splitlines() if "ALL" in line).split()[4]
    assert recall == "0.500"


@pytest.mark.parametrize(
    ("spans", "fault"),
    [
        ([[0, 999, "PER"]], "out of bounds"),
        ([[8, 21, "PER"]], "space at an edge"),
        ([[9, 20, "PERSON"]], "needs two offsets"),
        ([_span("Majalengka", "LOC"), _span("Joko Widodo", "PER")], "out of bounds, order"),
    ],
)
def test_a_malformed_gold_is_named_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spans: list[list[object]], fault: str
) -> None:
    data, gold = _data(tmp_path, spans)
    assert eval_blind.main([str(gold), "--data", str(data)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"{gold}:1" in error and fault in error


def test_without_the_shared_data_it_skips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert eval_blind.main([str(tmp_path / "gold.jsonl"), "--data", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("skipped")


def test_a_facqa_passage_is_scored_beside_the_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, gold = _data(tmp_path, [_span("Joko Widodo", "PER")])
    (data / "ir" / "facqa").mkdir(parents=True)
    passage = {"id": "p00001", "text": "Menteri Sri Mulyani tiba di Surabaya."}
    (data / "ir" / "facqa" / "corpus.jsonl").write_text(json.dumps(passage) + "\n", "utf-8")
    start = passage["text"].index("Sri Mulyani")
    with gold.open("a", encoding="utf-8") as lines:
        lines.write(json.dumps({"id": "p00001", "spans": [[start, start + 11, "PER"]]}) + "\n")
    assert eval_blind.main([str(gold), "--data", str(data)]) == 0
    assert f"{gold}: 2 articles" in capsys.readouterr().out


def test_a_csui_sentence_is_read_by_its_sent_id_from_either_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, gold = _data(tmp_path, [_span("Joko Widodo", "PER")])
    (data / "stem").mkdir()
    sentences = {
        "train": "Direktur PT Sinar Jaya Tbk, Budi Santoso, tiba di Medan.",
        "test": "Bank Nusantara membuka cabang di Kupang.",
    }
    for split, text in sentences.items():
        conllu = f"# sent_id = csui-{split}-7\n# text = {text}\n# text_en = In English.\n"
        conllu += "1\tKata\tkata\tNOUN\t_\t_\t0\troot\t_\t_\n\n"
        (data / "stem" / f"csui_id_csui-ud-{split}.conllu").write_text(conllu, "utf-8")
    with gold.open("a", encoding="utf-8") as lines:
        for split, name, kind in (("train", "Budi Santoso", "PER"), ("test", "Kupang", "LOC")):
            start = sentences[split].index(name)
            spans = [[start, start + len(name), kind]]
            lines.write(json.dumps({"id": f"csui-{split}-7", "spans": spans}) + "\n")
    assert eval_blind.main([str(gold), "--data", str(data)]) == 0
    # The offsets are into the Indonesian "# text", out of bounds in "# text_en".
    assert f"{gold}: 3 articles" in capsys.readouterr().out
