"""Precision, recall and F1 of the entity pipeline users get, and of the bare tagger.

Test sets: idner-news-2k test (Khairunnisa et al. 2020, MIT) and NERGrit test (GRIT /
IndoNLU contributors, MIT; PERSON/PLACE/ORGANISATION read as PER/LOC/ORG).

* **pipeline**: ``search.entities.extract_mentions`` (what indexing runs) on each gold
  sentence detokenised into plain text, and on articles of ``ARTICLE_SENTENCES``
  consecutive sentences joined into one body, as indexing sees them (linking and
  propagation then work across sentences). Mention offsets map back to gold tokens.
  Kinds: person -> PER, organisation -> ORG, place -> LOC; the gold has no product
  type, so a product mention is scored as its own type ``PROD``: it never matches and
  counts against precision in ``ALL``.
* **diagnostic: tagger on gold tokens**: the CRF alone, on the gold tokenisation.

Each is scored span-exact and lenient (overlap and same type). Speed is tokens per CPU
second; the pipeline's is the whole of ``extract_mentions`` (tokenising, gazetteer,
tagger, linking) on the articles.

    python bench/eval_ner.py [--data ../shared/data] [--split test|dev] [--model PATH]
        [--through-index WORK]

``--through-index WORK`` scores what a user sees instead: the articles written as a jsonl
corpus, indexed by ``SearchService``, their mentions read back with the kind of the entity
each links to (``article_mentions``, as the sidebar and ``warta show --json`` give them).

``--split dev`` scores idner-news-2k dev and NERGrit valid: tune on those, never on test,
and with a model that did not see them (``train_ner.py --tune --model PATH``): the
shipped one was trained on them.
Exits 0 with a message when the shared data or the model is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from warta.search.entities import extract_mentions
from warta.search.entities.conll import (
    Score,
    Sentence,
    TokenSpan,
    bracketless_bounds,
    char_to_token_span,
    detokenise,
    gold_spans,
    read_conll,
    score_spans,
)
from warta.search.entities.gazetteer import KIND_LABELS  # product: PROD, no gold type (docstring)
from warta.search.entities.tagger import Tagger, packaged_tagger, use_model
from warta.search.model import Mention
from warta.search.service import SearchService

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
DATA_SETS: Mapping[str, Mapping[str, Path]] = {
    "test": {
        "idner-news-2k": Path("ner/idner-news-2k/test.txt"),
        "nergrit": Path("ner/nergrit/test_preprocess.txt"),
    },
    "dev": {
        "idner-news-2k": Path("ner/idner-news-2k/dev.txt"),
        "nergrit": Path("ner/nergrit/valid_preprocess.txt"),
    },
}
ARTICLE_SENTENCES = 5

#: Gold and predicted spans of one scored unit (a sentence or an article).
Unit = tuple[list[TokenSpan], list[TokenSpan]]


def tokens_per_second(tagger: Tagger, sentences: list[Sentence]) -> float:
    """Tagging speed over ``sentences`` (features included), per CPU second of this
    process, so that other jobs on a shared machine do not skew it."""
    started = time.process_time()
    for sentence in sentences:
        tagger.tag(sentence.words)
    return sum(len(sentence.words) for sentence in sentences) / (time.process_time() - started)


#: One scored article: its body, each gold token's character bounds in it, the gold spans.
ArticleText = tuple[str, list[tuple[int, int]], list[TokenSpan]]


def article_text(sentences: Sequence[Sentence]) -> ArticleText:
    """Sentences joined into one article body (one sentence: the sentence alone), with
    each gold token's bounds in it and the gold spans over all its tokens."""
    body = ""
    bounds: list[tuple[int, int]] = []
    gold: list[TokenSpan] = []
    for sentence in sentences:
        if body:
            body += " "
        text, sentence_bounds = detokenise(sentence.words)
        gold.extend(
            TokenSpan(span.start + len(bounds), span.end + len(bounds), span.kind)
            for span in gold_spans(sentence.labels)
        )
        bounds.extend((start + len(body), end + len(body)) for start, end in sentence_bounds)
        body += text
    return body, bounds, gold


def token_spans(
    body: str, bounds: Sequence[tuple[int, int]], mentions: Iterable[Mention]
) -> list[TokenSpan]:
    """Mentions as spans of the gold tokens of ``body`` they cover (a product as ``PROD``);
    a mention of the name inside a token with glued brackets (``(Jokowi)``) is exact."""
    cores = bracketless_bounds(body, bounds)
    found = [
        char_to_token_span(bounds, m.start, m.end, KIND_LABELS[m.kind], cores) for m in mentions
    ]
    return [span for span in found if span is not None]


def pipeline_unit(sentences: Sequence[Sentence]) -> Unit:
    """Gold spans and the pipeline's mentions, as token spans, for sentences joined into
    one article body."""
    body, bounds, gold = article_text(sentences)
    return gold, token_spans(body, bounds, extract_mentions("", body))


def grouped(sentences: Sequence[Sentence], size: int) -> list[Sequence[Sentence]]:
    """Consecutive runs of ``size`` sentences (the last may be shorter)."""
    return [sentences[index : index + size] for index in range(0, len(sentences), size)]


def timed_units(groups: Sequence[Sequence[Sentence]]) -> tuple[list[Unit], float]:
    """Pipeline units for each group and the pipeline's speed in tokens per CPU second."""
    started = time.process_time()
    units = [pipeline_unit(group) for group in groups]
    elapsed = time.process_time() - started
    tokens = sum(len(sentence.words) for group in groups for sentence in group)
    return units, tokens / elapsed


def _figures(score: Score) -> str:
    return f"{score.precision:.3f}  {score.recall:.3f}  {score.f1:.3f}"


def print_scores(title: str, units: Sequence[Unit]) -> None:
    """Span-exact and lenient scores, per type and ``ALL``."""
    exact = score_spans(units)
    lenient = score_spans(units, lenient=True)
    print(f"  {title}")
    print(f"    {'type':4} {'gold':>5} {'pred':>5}  {'P':>5}  {'R':>5}  {'F1':>5}   lenient P/R/F1")
    for kind, score in exact.items():
        counts = f"{kind:4} {score.gold:5} {score.predicted:5}"
        print(f"    {counts}  {_figures(score)}   {_figures(lenient[kind])}")


def evaluate(tagger: Tagger, path: Path) -> None:
    """Print the pipeline's and the tagger's scores and speeds for one annotated file.

    The pipeline runs first, on cold caches, as on a first index; the tagger's speed is
    given twice: the first pass computes every new word's features (already warmed by
    the pipeline for most words), the second finds them all cached.
    """
    sentences = read_conll(path)
    tokens = sum(len(sentence.words) for sentence in sentences)
    print(f"{path}: {len(sentences)} sentences, {tokens} tokens")
    article_units, pipeline_speed = timed_units(grouped(sentences, ARTICLE_SENTENCES))
    sentence_units, _ = timed_units(grouped(sentences, 1))
    print_scores("pipeline (extract_mentions), one sentence per text:", sentence_units)
    print_scores(
        f"pipeline (extract_mentions), articles of {ARTICLE_SENTENCES} sentences:", article_units
    )
    cold = tokens_per_second(tagger, sentences)
    warm = tokens_per_second(tagger, sentences)
    tagged = [
        (gold_spans(sentence.labels), gold_spans(tagger.tag(sentence.words)))
        for sentence in sentences
    ]
    print_scores("diagnostic: tagger on gold tokens:", tagged)
    print(f"  pipeline speed: {pipeline_speed:,.0f} tokens/s (articles, first pass)")
    print(f"  tagger speed: {cold:,.0f} tokens/s first pass, {warm:,.0f} tokens/s cached words")


def realigned(words: Sequence[str], body: str) -> list[tuple[int, int]]:
    """Each gold word's bounds in ``body`` as the index gives it back: found in order from
    where the last one ended; a word the reader rewrote has an empty span (no mention can
    cover it, so a gold span there counts as missed)."""
    bounds: list[tuple[int, int]] = []
    cursor = 0
    for word in words:
        at = body.find(word, cursor)
        if at < 0:
            bounds.append((cursor, cursor))
            continue
        bounds.append((at, at + len(word)))
        cursor = at + len(word)
    return bounds


def indexed_units(path: Path, work: Path) -> list[Unit]:
    """The articles of ``path`` (``ARTICLE_SENTENCES`` sentences each) written as one jsonl
    corpus, indexed by ``SearchService`` in ``work`` (kept: a second run reuses it) and
    their body mentions read back as the sidebar shows them, each with its entity's kind
    after the corpus registry's vote."""
    articles = [article_text(group) for group in grouped(read_conll(path), ARTICLE_SENTENCES)]
    corpus = work / f"corpus-{path.stem}"
    corpus.mkdir(parents=True, exist_ok=True)
    records = [json.dumps({"id": f"a{n}", "text": body}) for n, (body, _, _) in enumerate(articles)]
    (corpus / "articles.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    service = SearchService([corpus], work / f"index-{path.stem}")
    try:
        if not service.has_index():
            service.update()
        units: list[Unit] = []
        for number, (body, bounds, gold) in enumerate(articles):
            article = service.article(f"a{number}")
            if article is None:
                units.append((gold, []))
                continue
            words = [body[start:end] for start, end in bounds]
            mentions = [m for m in service.article_mentions(article.id) if m.field == "body"]
            units.append(
                (gold, token_spans(article.body, realigned(words, article.body), mentions))
            )
        return units
    finally:
        service.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=sorted(DATA_SETS), default="test")
    parser.add_argument("--model", type=Path, help="a model to measure instead of the shipped one")
    parser.add_argument(
        "--through-index",
        type=Path,
        metavar="WORK",
        help="score the articles' mentions as the index gives them back, indexes kept in WORK",
    )
    args = parser.parse_args(argv)
    if args.model is not None:
        use_model(args.model)
    tagger = packaged_tagger()
    if tagger is None:
        print("skipped: the tagger model is missing; run bench/train_ner.py")
        return 0
    paths = DATA_SETS[args.split].values()
    found = [args.data / path for path in paths if (args.data / path).exists()]
    if not found:
        print(f"skipped: no NER {args.split} data under {args.data}")
        return 0
    for path in found:
        if args.through_index:
            print(f"{path} through the index:")
            units = indexed_units(path, args.through_index)
            print_scores(f"articles of {ARTICLE_SENTENCES} sentences, read back", units)
        else:
            evaluate(tagger, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
