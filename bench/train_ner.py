"""Train warta's entity tagger and, optionally, its word-cluster table.

Training data: idner-news-2k train+dev (Khairunnisa, Magdalena & Louvan, "Towards a
Standardized Dataset on Indonesian Named Entity Recognition", AACL-SRW 2020; MIT licence,
https://github.com/khairunnisaor/idner-news-2k) and NERGrit train+valid (GRIT / IndoNLU
contributors, MIT licence, https://github.com/IndoNLP/indonlu), its PERSON / PLACE /
ORGANISATION read as PER / LOC / ORG. Two sources with different texts (news, and
encyclopaedic prose) make a tagger that transfers to news neither was drawn from. Only
words and labels are used: the POS column is ignored because raw articles have no POS tags.

Conventions are harmonised to what the pipeline returns (``harmonise``): a span never
starts with a lowercase word (NERGrit's ``desa Sukamaju`` is ``Sukamaju``, as the pipeline
trims it). Both sources already keep legal forms (``PT``, ``Tbk``), facility heads
(``Gedung``, ``Bandara``, ``Jalan``) and compass suffixes (``Jawa Barat``) inside names.

Clusters (``--clusters``, needs numpy): distributional word classes learned from the
IndoSum articles (Kurniawan & Louvan 2018, CC BY-SA 4.0). Only the derived table
(word, capitalisation bucket, cluster ids) is written to the package, never text.

    python bench/train_ner.py                 # train on train+dev(+valid), write the model
    python bench/train_ner.py --tune          # train on train, report dev/valid F1 only
    python bench/train_ner.py --clusters      # rebuild clusters.tsv first

Exits 0 with a message when the shared data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycrfsuite
from warta.search.entities.conll import Sentence, read_conll, span_scores
from warta.search.entities.features import (
    CLUSTERS_RESOURCE,
    FeatureExtractor,
    WordLexicon,
    parse_lexicon,
    tokenize,
)
from warta.search.entities.gazetteer import packaged_gazetteer
from warta.search.entities.tagger import MODEL_RESOURCE, Tagger, bio_spans

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
PACKAGE = REPO / "search" / "entities"
CLUSTER_SIZES = (64, 256, 1024)
CAP_BUCKETS = ((0.1, "0"), (0.5, "1"), (0.9, "2"))


def paragraph_sentences(articles: Path) -> Iterator[list[str]]:
    """Sentences of words from the IndoSum articles (one JSON object a line)."""
    with articles.open(encoding="utf-8") as lines:
        for line in lines:
            for paragraph in json.loads(line)["text"].split("\n"):
                sentence: list[str] = []
                for token in tokenize(paragraph):
                    sentence.append(token.text)
                    if token.text in ".!?":
                        yield sentence
                        sentence = []
                if sentence:
                    yield sentence


def cap_bucket(capitalised: int, seen: int) -> str:
    """How often a word is capitalised away from a sentence start, in four steps."""
    if seen < 3:
        return "na"
    ratio = capitalised / seen
    return next((bucket for limit, bucket in CAP_BUCKETS if ratio < limit), "3")


def build_lexicon(
    articles: Path,
    vocabulary: int = 20_000,
    contexts: int = 1_000,
    window: tuple[int, ...] = (-1, 1),
    dimensions: int = 100,
) -> list[str]:
    """Table rows ``word<TAB>cap<TAB>cluster ids`` (one id per ``CLUSTER_SIZES``).

    Each frequent word is described by PPMI-weighted counts of its neighbours at each
    ``window`` offset among the most frequent words, reduced by a randomised SVD and
    clustered with spherical k-means at several granularities.
    """
    import numpy as np  # only this offline step needs numpy

    counts: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    inner: Counter[str] = Counter()
    sentences = [[word.lower() for word in s] for s in paragraph_sentences(articles)]
    for sentence in paragraph_sentences(articles):
        for position, word in enumerate(sentence):
            counts[word.lower()] += 1
            if position > 0 and word[:1].isalpha():
                inner[word.lower()] += 1
                capitalised[word.lower()] += word[:1].isupper()
    words = [w for w, n in counts.most_common() if n >= 3 and any(c.isalpha() for c in w)]
    clustered = words[:vocabulary]
    row_of = {word: row for row, word in enumerate(clustered)}
    column_of = {word: column for column, (word, _) in enumerate(counts.most_common(contexts))}
    matrix = np.zeros((len(clustered), len(window) * contexts), dtype=np.float32)
    for lowers in sentences:
        for position, lower in enumerate(lowers):
            row = row_of.get(lower)
            if row is None:
                continue
            for block, offset in enumerate(window):
                neighbour = position + offset
                if 0 <= neighbour < len(lowers) and lowers[neighbour] in column_of:
                    matrix[row, block * contexts + column_of[lowers[neighbour]]] += 1
    total = matrix.sum()
    expected = matrix.sum(axis=1, keepdims=True) @ matrix.sum(axis=0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        ppmi = np.nan_to_num(np.maximum(np.log(matrix / np.maximum(expected, 1e-12)), 0))
    rng = np.random.default_rng(7)
    basis, _ = np.linalg.qr(ppmi @ rng.standard_normal((ppmi.shape[1], dimensions + 20)))
    _, _, right = np.linalg.svd(basis.T @ ppmi, full_matrices=False)
    vectors = ppmi @ right[:dimensions].T
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    labels = [spherical_kmeans(vectors, size, np) for size in CLUSTER_SIZES]
    rows = []
    for word in words:
        cap = cap_bucket(capitalised[word], inner[word])
        row = row_of.get(word)
        cluster_ids = [str(label[row]) for label in labels] if row is not None else []
        rows.append("\t".join([word, cap, *cluster_ids]))
    return rows


def spherical_kmeans(vectors: Any, size: int, np: Any, rounds: int = 15) -> list[int]:
    """Cluster unit vectors by cosine similarity (deterministic seed)."""
    rng = np.random.default_rng(13)
    centroids = vectors[rng.choice(len(vectors), size, replace=False)]
    assignment = (vectors @ centroids.T).argmax(axis=1)
    for _ in range(rounds):
        for cluster in range(size):
            members = vectors[assignment == cluster]
            if len(members):
                centre = members.sum(axis=0)
                centroids[cluster] = centre / max(np.linalg.norm(centre), 1e-9)
        assignment = (vectors @ centroids.T).argmax(axis=1)
    return [int(label) for label in assignment]


def read_lexicon(lexicon_path: Path) -> dict[str, WordLexicon]:
    """The table about to be shipped (empty before the first ``--clusters``)."""
    lines = lexicon_path.read_text(encoding="utf-8").splitlines() if lexicon_path.exists() else []
    return parse_lexicon(lines)


def train(
    sentences: list[Sentence],
    extractor: FeatureExtractor,
    model_path: Path,
    c1: float,
    c2: float,
    iterations: int,
) -> None:
    """Fit the CRF with L-BFGS and elastic-net regularisation."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        trainer.append(extractor.sequence(sentence.words), list(sentence.labels))
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 1,
        }
    )
    trainer.train(str(model_path))


#: Training and tuning files per source: (fit, held out for tuning), under ``ner/``.
SOURCES: dict[str, tuple[str, str]] = {
    "idner-news-2k": ("idner-news-2k/train.txt", "idner-news-2k/dev.txt"),
    "nergrit": ("nergrit/train_preprocess.txt", "nergrit/valid_preprocess.txt"),
}


#: Copies of each idner-news-2k sentence in training: news is what warta reads, and
#: NERGrit's encyclopaedic prose outnumbers it (tuned on the held-out splits).
NEWS_WEIGHT = 2


def harmonise(sentence: Sentence) -> Sentence:
    """One convention for both sources: a name starts with a name word, so a span's
    leading lowercase words (NERGrit's ``desa``, ``kecamatan``) are outside it."""
    labels = list(sentence.labels)
    for start, end, kind in bio_spans(labels):
        first = start
        while first < end - 1 and sentence.words[first].islower():
            labels[first] = "O"
            first += 1
        if first != start:
            labels[first] = f"B-{kind}"
    return Sentence(sentence.words, tuple(labels))


def read_source(path: Path) -> list[Sentence]:
    """Harmonised sentences of one annotated file."""
    return [harmonise(sentence) for sentence in read_conll(path)]


def report_held_out(tagger: Tagger, held_out: dict[str, list[Sentence]]) -> None:
    """The tagger alone, span-exact, on each source's held-out split."""
    for name, sentences in held_out.items():
        predicted = [tuple(tagger.tag(s.words)) for s in sentences]
        scores = span_scores([s.labels for s in sentences], predicted)
        for kind, score in scores.items():
            figures = f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"
            print(f"{name} held out {kind:4} {figures}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--clusters", action="store_true", help="rebuild clusters.tsv first")
    parser.add_argument("--tune", action="store_true", help="train on train, score on dev")
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.1)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument(
        "--news-weight", type=int, default=NEWS_WEIGHT, help="copies of each idner sentence"
    )
    parser.add_argument(
        "--model",
        type=Path,
        help="where to write the model (default: the package's; with --tune, a temporary file)",
    )
    args = parser.parse_args(argv)
    ner = args.data / "ner"
    available = {
        name: (ner / fit, ner / held_out)
        for name, (fit, held_out) in SOURCES.items()
        if (ner / fit).exists() and (ner / held_out).exists()
    }
    if not available:
        print(f"skipped: no training data under {ner}")
        return 0
    lexicon_path = PACKAGE / CLUSTERS_RESOURCE
    if args.clusters:
        articles = args.data / "indosum" / "articles.jsonl"
        rows = build_lexicon(articles)
        header = "# word, capitalisation bucket, cluster ids (64/256/1024); from IndoSum\n"
        lexicon_path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
        print(f"wrote {lexicon_path} ({len(rows)} words)")
    lexicon = read_lexicon(lexicon_path)
    extractor = FeatureExtractor(lexicon, packaged_gazetteer().tags)
    fit = {name: read_source(paths[0]) for name, paths in available.items()}
    held_out = {name: read_source(paths[1]) for name, paths in available.items()}
    fit["idner-news-2k"] = fit.get("idner-news-2k", []) * args.news_weight
    fit_sentences = [sentence for sentences in fit.values() for sentence in sentences]
    if args.tune:
        with tempfile.TemporaryDirectory() as scratch:
            model_path = args.model or Path(scratch) / MODEL_RESOURCE
            train(fit_sentences, extractor, model_path, args.c1, args.c2, args.iterations)
            report_held_out(Tagger(str(model_path), lexicon), held_out)
        return 0
    model_path = args.model or PACKAGE / MODEL_RESOURCE
    held_out["idner-news-2k"] = held_out.get("idner-news-2k", []) * args.news_weight
    every = fit_sentences + [sentence for sentences in held_out.values() for sentence in sentences]
    train(every, extractor, model_path, args.c1, args.c2, args.iterations)
    print(f"wrote {model_path} ({model_path.stat().st_size / 1e6:.2f} MB, {len(every)} sentences)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
