"""Names in the old spelling, looked up in today's, as users get it.

Indonesian news writes many names in the spelling before 1972 (Soeharto, Djarot, Tjahjo);
people type today's (suharto, jarot, cahyo). For the most frequent old-spelling words of a
corpus (IndoSum by default), each typed in today's spelling (``analysis.modern_spelling``)
is searched through ``SearchService``: how many of the articles that write the old spelling
does it find? A word whose today's spelling is a dictionary word (``cahaya`` for Tjahaja)
is not indexed so, on purpose: it shows as found nowhere, beside the common word's hits.

    python bench/eval_old_spelling.py [--data ../shared/data] [--words 40] [--index DIR]

``--index DIR`` keeps the index there (built on first use) instead of a temporary folder.
Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from warta.search.analysis import modern_spelling, tokenize
from warta.search.model import Article
from warta.search.reader import read_corpus
from warta.search.service import SearchService

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def old_spellings(articles: list[Article]) -> dict[str, set[str]]:
    """Each old-spelling word of the articles' bodies -> the ids of the articles writing it."""
    having: dict[str, set[str]] = {}
    for article in articles:
        for word, _, _ in tokenize(article.body):
            if word.isalpha() and modern_spelling(word) is not None:
                having.setdefault(word, set()).add(article.id)
    return having


def measure(corpus: Path, index: Path, words: int) -> None:
    articles = [a for a in read_corpus([corpus]) if isinstance(a, Article)]
    having = old_spellings(articles)
    frequent = Counter({word: len(ids) for word, ids in having.items()}).most_common(words)
    service = SearchService([corpus], index)
    try:
        service.update()
        print(f"{len(articles):,} articles; the {len(frequent)} most frequent old spellings\n")
        print("| old | typed | articles writing it | found | all hits |")
        print("| --- | --- | ---: | ---: | ---: |")
        writing = found = 0
        for word, count in frequent:
            typed = modern_spelling(word) or word
            result = service.search(typed, limit=100_000, snippets=False)
            hits = {hit.id for hit in result.hits}
            writing += count
            found += len(having[word] & hits)
            print(f"| {word} | {typed} | {count} | {len(having[word] & hits)} | {result.total} |")
        print(f"\nfound by today's spelling: {found} of {writing} articles ({found / writing:.1%})")
    finally:
        service.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=40)
    parser.add_argument("--index", type=Path, help="keep the index in this folder")
    args = parser.parse_args(argv)
    corpus = args.data / "indosum"
    if not (corpus / "articles.jsonl").is_file():
        print(f"skipped: no IndoSum articles under {args.data}")
        return 0
    if args.index:
        measure(corpus, args.index, args.words)
    else:
        with tempfile.TemporaryDirectory(prefix="warta-old-spelling-") as folder:
            measure(corpus, Path(folder) / "index", args.words)
    return 0


if __name__ == "__main__":
    sys.exit(main())
