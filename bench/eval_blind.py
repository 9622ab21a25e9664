"""Score the entity pipeline users get on news texts annotated by hand.

The gold files hold only ids, character offsets and types, never text: one JSON object a
line, ``{"id": TEXT_ID, "spans": [[start, end, "PER"], ...]}``, offsets into the ``text``
of an IndoSum article (``indosum/articles.jsonl`` under ``--data``), of a FacQA news
passage (``ir/facqa/corpus.jsonl``, ids ``p00000``...: another source, older news) or
of a sentence of the UD Indonesian-CSUI treebank (the ``# text`` of
``stem/csui_id_csui-ud-{train,test}.conllu``, ids its ``sent_id``, ``csui-train-N`` and
``csui-test-N``: a third source, mostly economic news), types ``PER``, ``ORG``, ``LOC``
and ``PROD`` (a named product or work). A text's gold lists every mention, in reading
order, without overlaps. Each text goes through ``extract_mentions`` as a body (no source
has titles), its mentions' kinds read as the gold's types.

    python bench/eval_blind.py [--data ../shared/data] GOLD.jsonl [GOLD.jsonl ...]
        [--errors]

``--errors`` lists each article's misses and wrong mentions with their surfaces, to read
on a tune sample; do not read a sample's errors that you score as held out.
Exits 0 with a message when the shared data is absent; a malformed gold file is named
with its line and the fault, exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from eval_ner import DEFAULT_DATA, print_scores
from warta.search.entities import extract_mentions
from warta.search.entities.conll import TokenSpan
from warta.search.entities.gazetteer import KIND_LABELS

ARTICLES = Path("indosum/articles.jsonl")
PASSAGES = Path("ir/facqa/corpus.jsonl")
SENTENCES = tuple(Path(f"stem/csui_id_csui-ud-{split}.conllu") for split in ("train", "test"))
TYPES = frozenset(KIND_LABELS.values())
Unit = tuple[list[TokenSpan], list[TokenSpan]]


class GoldError(ValueError):
    """A gold line that cannot be scored: its file, line and fault."""


def read_gold(path: Path, texts: Mapping[str, str]) -> Iterator[tuple[str, list[TokenSpan]]]:
    """Each article's id and gold spans, checked against its text: in bounds, typed, in
    reading order and apart, no space at either edge (so span-exact can match)."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
                article, raw_spans = record["id"], record["spans"]
            except (ValueError, KeyError, TypeError) as error:
                raise GoldError(f"{where}: not a gold record ({error})") from None
            text = texts.get(article)
            if text is None:
                raise GoldError(f"{where}: no text {article!r} in {ARTICLES}, {PASSAGES} or CSUI")
            yield article, list(_checked_spans(raw_spans, text, where))


def _checked_spans(raw_spans: object, text: str, where: str) -> Iterator[TokenSpan]:
    if not isinstance(raw_spans, list):
        raise GoldError(f"{where}: spans is not a list")
    previous_end = 0
    for raw in raw_spans:
        if not (isinstance(raw, list) and len(raw) == 3):
            raise GoldError(f"{where}: span {raw!r} is not [start, end, type]")
        start, end, kind = raw
        if not (isinstance(start, int) and isinstance(end, int) and kind in TYPES):
            raise GoldError(f"{where}: span {raw!r} needs two offsets and one of {sorted(TYPES)}")
        if not previous_end <= start < end <= len(text):
            raise GoldError(f"{where}: span {raw!r} is out of bounds, order or overlaps")
        surface = text[start:end]
        if surface != surface.strip():
            raise GoldError(f"{where}: span {raw!r} ({surface!r}) has a space at an edge")
        previous_end = end
        yield TokenSpan(start, end, kind)


def predicted_spans(text: str) -> list[TokenSpan]:
    """The body's mentions as the pipeline returns them, typed as the gold is."""
    return [
        TokenSpan(mention.start, mention.end, KIND_LABELS[mention.kind])
        for mention in extract_mentions("", text)
        if mention.field == "body"
    ]


def print_errors(
    article: str, text: str, gold: Sequence[TokenSpan], predicted: Iterable[TokenSpan]
) -> None:
    """The article's missed gold spans and wrong predictions, span-exact."""
    gold_set, predicted_set = set(gold), set(predicted)
    for label, spans in (("miss", gold_set - predicted_set), ("wrong", predicted_set - gold_set)):
        for span in sorted(spans, key=lambda span: span.start):
            print(f"  {article} {label:5} {span.kind:4} {text[span.start : span.end]!r}")


def _texts(path: Path) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8") as lines:
        for record in map(json.loads, lines):
            yield record["id"], record["text"]


def _sentences(path: Path) -> Iterator[tuple[str, str]]:
    """Each treebank sentence's ``sent_id`` and ``# text`` (not ``# text_en``)."""
    sentence = ""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            key, _, value = line.partition(" = ")
            if key == "# sent_id":
                sentence = value.strip()
            elif key == "# text" and sentence:
                yield sentence, value.strip()


def read_texts(data: Path) -> dict[str, str]:
    """Every scoreable text by id, from whichever sources are present under ``data``."""
    texts = dict(_texts(data / ARTICLES))
    if (data / PASSAGES).exists():
        texts.update(_texts(data / PASSAGES))
    for path in SENTENCES:
        if (data / path).exists():
            texts.update(_sentences(data / path))
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path, nargs="+", help="gold files (ids and offsets)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="list misses and wrong mentions")
    args = parser.parse_args(argv)
    articles = args.data / ARTICLES
    if not articles.exists():
        print(f"skipped: no {articles}")
        return 0
    texts = read_texts(args.data)
    for path in args.gold:
        units: list[Unit] = []
        try:
            gold_articles = list(read_gold(path, texts))
        except (GoldError, OSError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        for article, gold in gold_articles:
            predicted = predicted_spans(texts[article])
            units.append((gold, predicted))
            if args.errors:
                print_errors(article, texts[article], gold, predicted)
        print(f"{path}: {len(units)} articles")
        print_scores("pipeline (extract_mentions) on article bodies:", units)
    return 0


if __name__ == "__main__":
    sys.exit(main())
