"""Measure warta's Indonesian stemmer and analyzer against plain Sastrawi.

Reads the shared data (default ``../shared/data`` next to the repository) and prints:

* lemma accuracy on UD Indonesian-CSUI: the share of tokens whose stem equals the human
  lemma (token-weighted; alphabetic tokens; PUNCT, NUM, SYM and PROPN dropped; lowercased),
  on train (where the overrides were learnt, so not a fair figure) and on test;
* the pass rate on Sastrawi's own word -> stem test pairs;
* analyzer throughput (tokens/s, warm stem cache) on IndoSum article text.

``--learn-overrides`` prints the override candidates learnt from train (to stdout) instead:
the source of ``search/data/stem_overrides_id.tsv``. Nothing is written into the project;
without the data the script says so and exits 0 (a fresh clone has no ``../shared``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from search.analysis import exact_analyzer, rule_stem, stem, stemmed_analyzer

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data"
DROPPED_UPOS = frozenset({"PUNCT", "NUM", "SYM", "PROPN"})
PAIR_FILES = ("integration_pairs.tsv", "functional_pairs.tsv", "go_sastrawi_pairs.tsv")
#: An override must be right this many more times than the plain stem on train.
MIN_OVERRIDE_GAIN = 2

Stemmer = Callable[[str], str]


def read_lemma_counts(conllu: Path) -> Counter[tuple[str, str]]:
    """(lowercased form, lowercased lemma) -> count over the syntactic words of a treebank."""
    counts: Counter[tuple[str, str]] = Counter()
    with conllu.open(encoding="utf-8") as lines:
        for line in lines:
            columns = line.rstrip("\n").split("\t")
            # Skip comments, blank lines, multiword ranges (3-4) and empty nodes (3.1).
            if len(columns) < 4 or not columns[0].isdigit() or columns[3] in DROPPED_UPOS:
                continue
            form = columns[1].lower()
            if form.isalpha():
                counts[(form, columns[2].lower())] += 1
    return counts


def lemma_accuracy(counts: Counter[tuple[str, str]], stemmer: Stemmer) -> float:
    """Token-weighted share of forms stemmed to their lemma."""
    correct = sum(n for (form, lemma), n in counts.items() if stemmer(form) == lemma)
    return correct / sum(counts.values())


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """word -> expected stem pairs of a Sastrawi test file (TSV with a header)."""
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return [(word, expected) for word, expected in (row.split("\t")[:2] for row in rows if row)]


def pass_rate(pairs: list[tuple[str, str]], stemmer: Stemmer) -> float:
    return sum(stemmer(word) == expected for word, expected in pairs) / len(pairs)


def per_word(stemmer: Stemmer) -> Stemmer:
    """Stem a text as the analyzer would (lowercased, word by word), like Sastrawi's ``stem``.

    A few Sastrawi pairs are capitalised (``Perekonomian``, ``kuasa-Mu``) or several words.
    """
    return lambda text: " ".join(stemmer(word) for word in text.lower().split())


def learn_overrides(
    counts: Counter[tuple[str, str]], stemmer: Stemmer
) -> list[tuple[str, str, int, str]]:
    """(form, majority lemma, gain over the stemmer, stemmer's output), best gain first.

    Only forms whose majority lemma beats the stemmer's output by MIN_OVERRIDE_GAIN tokens.
    """
    lemmas_by_form: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for (form, lemma), n in counts.items():
        lemmas_by_form[form][lemma] += n
    candidates = []
    for form, lemmas in lemmas_by_form.items():
        lemma, n = lemmas.most_common(1)[0]
        stemmed = stemmer(form)
        gain = n - lemmas[stemmed]
        if stemmed != lemma and gain >= MIN_OVERRIDE_GAIN:
            candidates.append((form, lemma, gain, stemmed))
    return sorted(candidates, key=lambda row: (-row[2], row[0]))


def article_texts(articles_jsonl: Path, limit: int) -> Iterator[str]:
    with articles_jsonl.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, limit):
            yield json.loads(line)["text"]


def tokens_per_second(analyzer: Callable[..., Iterable[object]], texts: list[str]) -> float:
    """Throughput of one warm pass (run after a pass that fills the stem cache)."""
    started = time.perf_counter()
    tokens = sum(1 for text in texts for _ in analyzer(text, positions=True, chars=True))
    return tokens / (time.perf_counter() - started)


def sastrawi_stemmer() -> Stemmer:
    """Plain Sastrawi as the README's baseline uses it."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stemmer: Stemmer = StemmerFactory().create_stemmer().stem
    return stemmer


def print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def report(data_dir: Path, articles: int) -> None:
    stem_dir = data_dir / "stem"
    sastrawi = sastrawi_stemmer()
    stemmers: dict[str, Stemmer] = {"Sastrawi": sastrawi, "warta rules": rule_stem, "warta": stem}
    rows = []
    for split in ("train", "test"):
        counts = read_lemma_counts(stem_dir / f"csui_id_csui-ud-{split}.conllu")
        label = f"CSUI {split} lemma accuracy ({sum(counts.values())} tokens)"
        if split == "train":
            label += " [overrides learnt here]"
        rows.append((label, *(f"{lemma_accuracy(counts, s):.2%}" for s in stemmers.values())))
    text_stemmers = [sastrawi, per_word(rule_stem), per_word(stem)]
    for name in PAIR_FILES:
        pairs = read_pairs(stem_dir / name)
        label = f"{name} pass rate ({len(pairs)} pairs)"
        rows.append((label, *(f"{pass_rate(pairs, s):.1%}" for s in text_stemmers)))
    print_table(("measure", *stemmers), rows)
    print("functional_pairs assume Sastrawi's small custom test dictionary; both run here")
    print("with the default dictionary, so some of their failures are expected.\n")

    texts = list(article_texts(data_dir / "indosum" / "articles.jsonl", articles))
    analyzers = {"stemmed": stemmed_analyzer(), "exact": exact_analyzer()}
    for analyzer in analyzers.values():
        tokens_per_second(analyzer, texts)  # fills the stem cache
    print_table(
        ("analyzer", f"tokens/s, warm cache ({len(texts)} IndoSum articles)"),
        [(name, f"{tokens_per_second(a, texts):,.0f}") for name, a in analyzers.items()],
    )


def print_override_candidates(data_dir: Path) -> None:
    counts = read_lemma_counts(data_dir / "stem" / "csui_id_csui-ud-train.conllu")
    print("# form\tlemma\tgain\trule_stem")
    for form, lemma, gain, stemmed in learn_overrides(counts, rule_stem):
        print(f"{form}\t{lemma}\t{gain}\t{stemmed}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--articles", type=int, default=1000, help="IndoSum articles to time")
    parser.add_argument(
        "--learn-overrides",
        action="store_true",
        help="print override candidates learnt from CSUI train instead of the report",
    )
    args = parser.parse_args(argv)
    if not (args.data_dir / "stem").is_dir():
        print(f"No shared data at {args.data_dir}; nothing to measure.")
        return 0
    if args.learn_overrides:
        print_override_candidates(args.data_dir)
    else:
        report(args.data_dir, args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
