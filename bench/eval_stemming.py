"""Measure warta's Indonesian stemmer and analyzer against plain Sastrawi.

Reads the shared data (default ``../shared/data`` next to the repository) and prints:

* lemma accuracy on UD Indonesian-CSUI: the share of tokens whose stem equals the human
  lemma (token-weighted; alphabetic tokens; PUNCT, NUM, SYM and PROPN dropped; lowercased),
  on train (where the overrides were learnt, so not a fair figure) and on test;
* the pass rate on Sastrawi's own word -> stem test pairs;
* word families, what search needs: the share of pairs of one family that get one stem
  (forms the treebank gives one lemma, a derived noun it keeps whole beside the forms it
  lemmatises to the noun's root, such as pernyataan/menyatakan, and Sastrawi's word/stem
  pairs), and the share of unrelated pairs that stay apart (pengumuman/umum, setelah/telah),
  on train, and on test forms seen and not seen in train;
* analyzer throughput (tokens/s, warm stem cache) on IndoSum article text.

``--learn-overrides`` prints the override candidates learnt from train (to stdout) instead:
the source of ``search/data/stem_overrides_id.tsv``. ``--learn-names`` prints the names the
stemmer would turn into another word, learnt from IndoSum: the source of
``search/data/stem_names_id.txt``. Nothing is written into the project;
without the data the script says so and exits 0 (a fresh clone has no ``../shared``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from warta.search.analysis import exact_analyzer, rule_stem, stem, stemmed_analyzer

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


#: A name is written capitalised inside a sentence at least this many times ...
MIN_NAME_COUNT = 3
#: ... and this share of its occurrences there (the rest lowercase).
MIN_NAME_SHARE = 0.9
#: A capitalised word right after a lowercase letter, digit or comma: inside a sentence,
#: where a capital marks a name (not a sentence start or a Title Case headline).
_INSIDE_SENTENCE_RE = re.compile(r"(?<=[a-z0-9,] )[^\W\d_]+")
_LOWERCASE_WORD_RE = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_])")
#: Derived nouns (kementerian, perhubungan, pegadaian): real words in institution names,
#: which search needs in their family (kementerian finds menteri).
_DERIVED_NOUN_RE = re.compile(r"(?:ke|pe|per)\w+an")


def learn_names(texts: Iterable[str], stemmer: Stemmer) -> list[tuple[str, str, int, int]]:
    """(name, the word the stemmer makes of it, capitalised count, lowercase count).

    Words written capitalised inside sentences in ``MIN_NAME_SHARE`` of their occurrences
    (bekasi -> bekas, bali -> bal, dani -> dan), which a context-free stemmer must keep.
    """
    capitalised: Counter[str] = Counter()
    lowercase: Counter[str] = Counter()
    for text in texts:
        capitalised.update(
            word.lower() for word in _INSIDE_SENTENCE_RE.findall(text) if word[0].isupper()
        )
        lowercase.update(_LOWERCASE_WORD_RE.findall(text))
    names = []
    for word, count in capitalised.items():
        lower = lowercase[word]
        if count < MIN_NAME_COUNT or count < MIN_NAME_SHARE * (count + lower):
            continue
        stemmed = stemmer(word)
        if stemmed != word and not _DERIVED_NOUN_RE.fullmatch(word):
            names.append((word, stemmed, count, lower))
    return sorted(names, key=lambda row: (-row[2], row[0]))


#: Pairs whose shared letters are no shared meaning: search must keep them apart.
MUST_NOT_CONFLATE = (
    ("pengumuman", "umum"),  # announcement, general
    ("pengadaan", "keadaan"),  # procurement, situation
    ("kinerja", "kerja"),  # performance, work (Sastrawi's own pairs conflate them)
    ("sebelumnya", "belum"),  # before, not yet
    ("setelah", "telah"),  # after, already
    ("sedangkan", "sedang"),  # whereas, currently
    ("selama", "lama"),  # during, long
    ("terdiri", "diri"),  # consist of, self
    ("berbagai", "bagai"),  # various, like
    ("sebagaimana", "bagaimana"),  # as, how
    ("sebesar", "besar"),  # amounting to, big
    ("kedua", "dua"),  # second, two
    ("perbankan", "perban"),  # banking, bandage
    ("bekasi", "bekas"),  # a city, used
    ("bali", "bal"),  # an island, a bale
)


def family_pairs(counts: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Pairs of forms of one word family in a treebank's (form, lemma) list.

    Forms the treebank gives one lemma (menyatakan, dinyatakan), and a derived noun it keeps
    whole as its own lemma beside a form it lemmatises to the noun's root (pernyataan,
    menyatakan; the root as Sastrawi's rules find it). Each form is paired with one form
    of its family (the first in order), so the count grows with the forms, not their square.
    """
    forms_of: defaultdict[str, set[str]] = defaultdict(set)
    for form, lemma in counts:
        forms_of[lemma].add(form)
    pairs = set()
    for forms in forms_of.values():
        first, *others = sorted(forms)
        pairs.update((first, other) for other in others)
    for form, lemma in counts:
        root = rule_stem(form) if form == lemma and _DERIVED_NOUN_RE.fullmatch(form) else form
        if root != form and root in forms_of:
            pairs.add((form, min(forms_of[root])))
    return pairs - set(MUST_NOT_CONFLATE)


def conflated(pairs: Iterable[tuple[str, str]], stemmer: Stemmer) -> float:
    """Share of ``pairs`` whose two words get one stem."""
    found = [stemmer(a) == stemmer(b) for a, b in pairs]
    return sum(found) / max(1, len(found))


def family_rows(stem_dir: Path, stemmers: Iterable[Stemmer]) -> list[tuple[str, ...]]:
    """The word-family rows of the report: pairs that must conflate, pairs that must not."""
    train = set(read_lemma_counts(stem_dir / "csui_id_csui-ud-train.conllu"))
    test = set(read_lemma_counts(stem_dir / "csui_id_csui-ud-test.conllu"))
    seen = {form for form, _ in train}
    test_pairs = family_pairs(test)
    sastrawi_pairs = {
        (word, expected)
        for name in ("integration_pairs.tsv", "go_sastrawi_pairs.tsv")
        for word, expected in read_pairs(stem_dir / name)
        if word.isalpha() and word.islower() and word != expected
    }
    groups = {
        "CSUI train families": family_pairs(train),
        "CSUI test families, forms seen in train": {
            pair for pair in test_pairs if pair[0] in seen and pair[1] in seen
        },
        "CSUI test families, a form not seen in train": {
            pair for pair in test_pairs if pair[0] not in seen or pair[1] not in seen
        },
        "Sastrawi word/stem pairs": sastrawi_pairs - set(MUST_NOT_CONFLATE),
    }
    stemmers = list(stemmers)
    rows = [
        (
            f"{label}: one stem ({len(pairs)} pairs)",
            *(f"{conflated(pairs, s):.1%}" for s in stemmers),
        )
        for label, pairs in groups.items()
    ]
    rows.append(
        (
            f"unrelated pairs kept apart ({len(MUST_NOT_CONFLATE)} pairs)",
            *(f"{1 - conflated(MUST_NOT_CONFLATE, s):.1%}" for s in stemmers),
        )
    )
    return rows


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
    train = read_lemma_counts(stem_dir / "csui_id_csui-ud-train.conllu")
    test = read_lemma_counts(stem_dir / "csui_id_csui-ud-test.conllu")
    seen = {form for form, _ in train}
    unseen = Counter({pair: n for pair, n in test.items() if pair[0] not in seen})
    for label, counts in (
        ("CSUI train lemma accuracy [overrides learnt here]", train),
        ("CSUI test lemma accuracy", test),
        ("CSUI test lemma accuracy, forms not seen in train", unseen),
    ):
        label += f" ({sum(counts.values())} tokens)"
        rows.append((label, *(f"{lemma_accuracy(counts, s):.2%}" for s in stemmers.values())))
    rows.extend(family_rows(stem_dir, stemmers.values()))
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


def print_names(data_dir: Path) -> None:
    texts = article_texts(data_dir / "indosum" / "articles.jsonl", sys.maxsize)
    print("# name\trule_stem\tcapitalised\tlowercase")
    for name, stemmed, count, lower in learn_names(texts, rule_stem):
        print(f"{name}\t{stemmed}\t{count}\t{lower}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--articles", type=int, default=1000, help="IndoSum articles to time")
    parser.add_argument(
        "--learn-overrides",
        action="store_true",
        help="print override candidates learnt from CSUI train instead of the report",
    )
    parser.add_argument(
        "--learn-names",
        action="store_true",
        help="print the names to keep from the stemmer, learnt from IndoSum, instead",
    )
    args = parser.parse_args(argv)
    if not (args.data_dir / "stem").is_dir():
        print(f"No shared data at {args.data_dir}; nothing to measure.")
        return 0
    if args.learn_overrides:
        print_override_candidates(args.data_dir)
    elif args.learn_names:
        print_names(args.data_dir)
    else:
        report(args.data_dir, args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
