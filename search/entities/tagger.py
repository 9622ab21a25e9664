"""The statistical tagger: a CRF over ``features.FeatureExtractor`` features.

The model (``ner.crfsuite``) is trained by ``bench/train_ner.py`` on idner-news-2k
(Khairunnisa et al., AACL-SRW 2020, MIT licence) and shipped in the package, so users
need no download. Each worker process opens it once, lazily.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite
from warta.search.entities.features import FeatureExtractor, WordLexicon, packaged_lexicon
from warta.search.entities.gazetteer import packaged_gazetteer

MODEL_RESOURCE = "ner.crfsuite"


def bio_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` token spans from BIO labels; a stray ``I-`` opens a span."""
    spans: list[tuple[int, int, str]] = []
    start, current = 0, ""
    for index, label in enumerate([*labels, "O"]):
        prefix, _, kind = label.partition("-")
        continues = prefix == "I" and kind == current
        if current and not continues:
            spans.append((start, index, current))
            current = ""
        if prefix in ("B", "I") and not continues:
            start, current = index, kind
    return spans


class Tagger:
    """A CRF model plus features computed as in training (same lexicon, same gazetteer),
    restricted to the attributes the model knows."""

    def __init__(self, model_path: str, lexicon: Mapping[str, WordLexicon]) -> None:
        self._crf = pycrfsuite.Tagger()
        self._crf.open(model_path)
        known = model_attributes(Path(model_path).read_bytes())
        self._extractor = FeatureExtractor(lexicon, packaged_gazetteer().tags, known)
        self._lexicon = lexicon

    def tag(self, words: Sequence[str]) -> list[str]:
        """One BIO label (``B-PER``, ``I-ORG``, ``O``...) per word."""
        if not words:
            return []
        if not self.may_hold_name(words):
            return ["O"] * len(words)
        return list(self._crf.tag(self._extractor.sequence(words)))

    def may_hold_name(self, words: Sequence[str]) -> bool:
        """Whether a sentence has a word a name can start with: a capital or a digit after
        its first word, or a first word news writes with a capital inside sentences too.

        A sentence without one is not given to the CRF: a fifth of news sentences, a tenth
        of the tagger's time, and in 1,000 IndoSum articles the CRF found 4 names in them.
        """
        if any(word[:1].isupper() or _has_digit(word) for word in words[1:]):
            return True
        first = words[0]
        entry = self._lexicon.get(first.lower())
        return _has_digit(first) or entry is None or entry.cap not in RARELY_CAPITALISED


#: The lexicon's capitalisation buckets (``WordLexicon.cap``) of words news seldom writes
#: with a capital away from a sentence start.
RARELY_CAPITALISED = frozenset({"0", "1"})


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def model_attributes(model: bytes) -> frozenset[str]:
    """The attributes a crfsuite model has state features for: its attribute dictionary.

    crfsuite writes only the attributes of the features it kept, in a CQDB (a constant
    hash database) whose backward array gives each attribute's record (id, size, bytes with
    a NUL). ``Tagger.info()`` gives the same set from a text dump of the whole model: 0.35 s
    of every process that tags, which for a one-file update was a third of its time.
    """
    offset = _MODEL_HEADER.unpack_from(model)[-3]  # the attribute dictionary
    magic, _, _, _, count, backward = _CQDB_HEADER.unpack_from(model, offset)
    if magic != b"CQDB":
        raise ValueError("not a crfsuite model: no attribute dictionary")
    start = offset + backward
    attributes = []
    for (record,) in struct.iter_unpack("<I", model[start : start + 4 * count]):
        if record:
            size = int.from_bytes(model[offset + record + 4 : offset + record + 8], "little")
            attributes.append(model[offset + record + 8 : offset + record + 7 + size].decode())
    return frozenset(attributes)


#: crfsuite's CRF1d model header (magic, size, type, version, then counts and offsets: the
#: attribute dictionary's is third from the end) and its CQDB header.
_MODEL_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CQDB_HEADER = struct.Struct("<4sIIIII")


#: The model file tagging uses instead of the shipped one (see ``use_model``).
_chosen_model: Path | None = None


def use_model(path: Path | None) -> None:
    """Tag with the model at ``path`` from now on in this process (``None``: the shipped
    one): how ``bench/eval_ner.py --model`` measures the whole pipeline with a model
    trained on the training splits only."""
    global _chosen_model
    _chosen_model = path
    packaged_tagger.cache_clear()


@lru_cache(maxsize=1)
def packaged_tagger() -> Tagger | None:
    """The tagger in use: the shipped one unless ``use_model`` chose another; ``None``
    when the model file is missing (gazetteer only)."""
    if _chosen_model is not None:
        return Tagger(str(_chosen_model), packaged_lexicon())
    resource = resources.files(__package__).joinpath(MODEL_RESOURCE)
    if not resource.is_file():
        return None
    return Tagger(str(resource), packaged_lexicon())
