"""Span-exact precision, recall and F1 of the shipped entity tagger, and its speed.

Test sets: idner-news-2k test (Khairunnisa et al. 2020, MIT) and NERGrit test (GRIT /
IndoNLU contributors, MIT; PERSON/PLACE/ORGANISATION read as PER/LOC/ORG). Speed is
tokens per CPU second for features plus CRF tagging, the per-sentence cost of indexing.

    python bench/eval_ner.py [--data ../shared/data]

Exits 0 with a message when the shared data is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from search.entities.conll import Sentence, read_conll, span_scores
from search.entities.tagger import Tagger, packaged_tagger

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
TEST_SETS = {
    "idner-news-2k": Path("ner/idner-news-2k/test.txt"),
    "nergrit": Path("ner/nergrit/test_preprocess.txt"),
}


def tokens_per_second(tagger: Tagger, sentences: list[Sentence]) -> float:
    """Tagging speed over ``sentences`` (features included), per CPU second of this
    process, so that other jobs on a shared machine do not skew it."""
    started = time.process_time()
    for sentence in sentences:
        tagger.tag(sentence.words)
    return sum(len(sentence.words) for sentence in sentences) / (time.process_time() - started)


def evaluate(tagger: Tagger, path: Path) -> None:
    """Print per-type scores and tagging speed for one test file.

    Speed is given twice: the first pass computes every new word's features, the second
    finds them cached, as indexing a large corpus mostly does.
    """
    sentences = read_conll(path)
    cold = tokens_per_second(tagger, sentences)
    warm = tokens_per_second(tagger, sentences)
    predicted = [tuple(tagger.tag(sentence.words)) for sentence in sentences]
    scores = span_scores([sentence.labels for sentence in sentences], predicted)
    tokens = sum(len(sentence.words) for sentence in sentences)
    print(f"{path}: {len(sentences)} sentences, {tokens} tokens")
    print(f"  {'type':4} {'gold':>5} {'pred':>5}  {'P':>5}  {'R':>5}  {'F1':>5}")
    for kind, score in scores.items():
        print(
            f"  {kind:4} {score.gold:5} {score.predicted:5}  {score.precision:.3f}"
            f"  {score.recall:.3f}  {score.f1:.3f}"
        )
    print(f"  speed: {cold:,.0f} tokens/s first pass, {warm:,.0f} tokens/s with cached words")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    tagger = packaged_tagger()
    if tagger is None:
        print("skipped: the tagger model is missing; run bench/train_ner.py")
        return 0
    found = [args.data / path for path in TEST_SETS.values() if (args.data / path).exists()]
    if not found:
        print(f"skipped: no NER test data under {args.data}")
        return 0
    for path in found:
        evaluate(tagger, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
