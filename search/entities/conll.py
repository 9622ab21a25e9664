"""Reading annotated NER files and scoring span-exact predictions (training and bench)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from search.entities.tagger import bio_spans

#: nergrit's label names mapped to idner's.
LABEL_ALIASES: Mapping[str, str] = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}


@dataclass(frozen=True)
class Sentence:
    """Words and their gold BIO labels (idner type names)."""

    words: tuple[str, ...]
    labels: tuple[str, ...]


def _normalise_label(label: str) -> str:
    prefix, _, kind = label.partition("-")
    return f"{prefix}-{LABEL_ALIASES.get(kind, kind)}" if kind else label


def read_conll(path: Path) -> list[Sentence]:
    """Sentences from ``token [POS] label`` lines; the POS column is dropped on purpose
    (raw articles have no POS tags)."""
    sentences: list[Sentence] = []
    words: list[str] = []
    labels: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        fields = line.split()
        if fields:
            words.append(fields[0])
            labels.append(_normalise_label(fields[-1]))
        elif words:
            sentences.append(Sentence(tuple(words), tuple(labels)))
            words, labels = [], []
    return sentences


@dataclass(frozen=True)
class Score:
    """Span-exact counts for one type (or all)."""

    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def span_scores(
    gold: Iterable[tuple[str, ...]], predicted: Iterable[tuple[str, ...]]
) -> dict[str, Score]:
    """Per-type and ``ALL`` span-exact scores for parallel label sequences."""
    counts: dict[str, Counter[str]] = {
        "gold": Counter(),
        "predicted": Counter(),
        "correct": Counter(),
    }
    for gold_labels, predicted_labels in zip(gold, predicted, strict=True):
        gold_spans = set(bio_spans(gold_labels))
        predicted_spans = set(bio_spans(predicted_labels))
        for name, spans in (
            ("gold", gold_spans),
            ("predicted", predicted_spans),
            ("correct", gold_spans & predicted_spans),
        ):
            counts[name].update(kind for _, _, kind in spans)
    kinds = sorted(set(counts["gold"]) | set(counts["predicted"]))
    scores = {
        kind: Score(counts["gold"][kind], counts["predicted"][kind], counts["correct"][kind])
        for kind in kinds
    }
    scores["ALL"] = Score(
        *(sum(counts[name].values()) for name in ("gold", "predicted", "correct"))
    )
    return scores
