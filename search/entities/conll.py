"""Reading annotated NER files and scoring predictions against them (training and bench):
span-exact or lenient, from BIO labels or from character offsets in detokenised text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.search.entities.tagger import bio_spans

#: nergrit's label names mapped to idner's.
LABEL_ALIASES: Mapping[str, str] = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}
#: Tokens printed without a space before them, and without one after them.
_CLOSING = frozenset(".,;:!?%)]}»”’")
_OPENING = frozenset("([{«“‘")


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
    """Counts for one type (or all): ``correct`` predictions and ``found`` gold spans.

    Span-exact, the two are equal; lenient (overlap, same type), one predicted span may
    cover two gold spans and the other way round, so precision and recall count apart.
    """

    gold: int
    predicted: int
    correct: int
    found: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class TokenSpan:
    """A typed span over tokens ``[start, end)``; ``exact`` when its character bounds are
    the tokens' own (a mention cutting a gold token never matches span-exact)."""

    start: int
    end: int
    kind: str
    exact: bool = True

    def overlaps(self, other: TokenSpan) -> bool:
        return self.kind == other.kind and self.start < other.end and other.start < self.end


def detokenise(words: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Gold tokens as the plain sentence an article would print, with each token's
    character bounds: no space before closing punctuation or after an opening one, and
    straight double quotes alternately open and close."""
    text = ""
    bounds: list[tuple[int, int]] = []
    quote_open = False
    glue_next = True
    for word in words:
        closing = word in _CLOSING or (word == '"' and quote_open)
        if not (glue_next or closing):
            text += " "
        bounds.append((len(text), len(text) + len(word)))
        text += word
        opening = word in _OPENING or (word == '"' and not quote_open)
        if word == '"':
            quote_open = not quote_open
        glue_next = opening
    return text, bounds


#: Brackets some gold sets glue to a token (``(Jokowi)``, ``PPP)``): the name inside is what
#: was annotated, so a mention of it alone begins and ends on the token's bounds.
_GLUED_BRACKETS = "()[]"


def bracketless_bounds(text: str, bounds: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each token's bounds in ``text`` without brackets glued to its ends, where letters
    or digits are left (``(Jokowi)`` → ``Jokowi``; a lone ``(`` stays)."""
    trimmed = []
    for start, end in bounds:
        word = text[start:end]
        core = word.strip(_GLUED_BRACKETS)
        if core and core != word and any(char.isalnum() for char in core):
            start += word.index(core)
            end = start + len(core)
        trimmed.append((start, end))
    return trimmed


def char_to_token_span(
    bounds: Sequence[tuple[int, int]],
    start: int,
    end: int,
    kind: str,
    cores: Sequence[tuple[int, int]] | None = None,
) -> TokenSpan | None:
    """The tokens a character span ``[start, end)`` covers (``None`` if none); ``exact``
    only when it begins and ends on token bounds, or on their ``cores`` (the bounds
    without glued brackets, see ``bracketless_bounds``)."""
    covered = [i for i, (left, right) in enumerate(bounds) if left < end and start < right]
    if not covered:
        return None
    first, last = covered[0], covered[-1]
    cores = cores or bounds
    exact = start in (bounds[first][0], cores[first][0]) and end in (
        bounds[last][1],
        cores[last][1],
    )
    return TokenSpan(first, last + 1, kind, exact)


def gold_spans(labels: Sequence[str]) -> list[TokenSpan]:
    """The BIO labels' spans."""
    return [TokenSpan(start, end, kind) for start, end, kind in bio_spans(labels)]


def score_spans(
    units: Iterable[tuple[Sequence[TokenSpan], Sequence[TokenSpan]]], lenient: bool = False
) -> dict[str, Score]:
    """Per-type and ``ALL`` scores over ``(gold, predicted)`` span lists, one pair per
    sentence or article: span-exact, or ``lenient`` (overlap and same type)."""
    counts: dict[str, Counter[str]] = {
        name: Counter() for name in ("gold", "predicted", "correct", "found")
    }
    for gold, predicted in units:
        gold_set, predicted_set = set(gold), set(predicted)
        if lenient:
            correct = [p for p in predicted_set if any(p.overlaps(g) for g in gold_set)]
            found = [g for g in gold_set if any(g.overlaps(p) for p in predicted_set)]
        else:
            exact = {(g.start, g.end, g.kind) for g in gold_set}
            correct = [p for p in predicted_set if p.exact and (p.start, p.end, p.kind) in exact]
            found = correct
        for name, spans in (
            ("gold", gold_set),
            ("predicted", predicted_set),
            ("correct", correct),
            ("found", found),
        ):
            counts[name].update(span.kind for span in spans)
    kinds = sorted(set(counts["gold"]) | set(counts["predicted"]))
    names = ("gold", "predicted", "correct", "found")
    scores = {kind: Score(*(counts[name][kind] for name in names)) for kind in kinds}
    scores["ALL"] = Score(*(sum(counts[name].values()) for name in names))
    return scores


def span_scores(
    gold: Iterable[tuple[str, ...]], predicted: Iterable[tuple[str, ...]]
) -> dict[str, Score]:
    """Per-type and ``ALL`` span-exact scores for parallel label sequences."""
    return score_spans(
        (gold_spans(gold_labels), gold_spans(predicted_labels))
        for gold_labels, predicted_labels in zip(gold, predicted, strict=True)
    )
