"""Precision and recall of quote attribution, as users get it.

Articles are read by the product's reader and their mentions found by
``extract_mentions`` (what indexing runs); ``search.quotes.extract_quotes`` then finds the
quotations. Only attributed quotations count: an unattributed one is not shown as anyone's.

* precision: attributed quotations whose span overlaps a gold quotation with the same
  speaker key, over all attributed quotations;
* recall: gold quotations overlapped by such a quotation, over all gold quotations.

Gold sets: ``tests/gold/seed_quotes.json`` (the bundled seeds; each quotation located by an
exact substring of the body) and, when present with the shared data,
``tests/gold/indosum_quotes.json`` (IndoSum article ids with character offsets into the
body the reader gives: no IndoSum text is kept in the project): 20 articles the rules were
tuned on (``articles``), seven times 25 and twice 30 more annotated blind then tuned on
(``tuning_2`` to ``tuning_10``), and two held-out sections, annotated blind and never tuned
on (the honest figures: never tune on their misses): ``held_out``, 30 articles annotated on
2 December before most of the criteria were clarified, and ``held_out_2``, 40 articles
annotated under the criteria of 3 December.

    python bench/eval_quotes.py [--data ../shared/data]
    python bench/eval_quotes.py --show ID   # an article to annotate: sentences, speakers
    python bench/eval_quotes.py --speed     # characters per CPU second of extract_quotes
    python bench/eval_quotes.py --shapes    # precision of each attribution shape, tuning sets

``--shapes`` counts, over the seeds and the tuning sections (never the held-out ones), how
each attributed quotation was attributed (``"," kata X``, ``X mengatakan ... (pronoun)``,
``menurut X``, ..., ``[organisation]`` when an organisation speaks) and how many of them are
right: a shape right less than about 90% of the time costs more precision than it gives.

``--show`` prints one article (a seed or an IndoSum one): its sentences with their offsets
and the people and organisations the linker found (their keys are the gold's speakers),
not what the extractor finds, as articles for a held-out set are annotated blind.

The IndoSum part is skipped with a message when the data or its gold file is absent.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.search.entities import extract_mentions
from warta.search.entities.features import split_sentences, tokenize
from warta.search.model import Article
from warta.search.paths import bundled_seeds
from warta.search.quotes import SPEAKER_KINDS, Quote, extract_quotes, quotes_with_shapes
from warta.search.reader import read_corpus
from warta.search.sanitize import clean_line
from warta.search.service import SearchService

ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = ROOT / "tests" / "gold" / "seed_quotes.json"
INDOSUM_GOLD = ROOT / "tests" / "gold" / "indosum_quotes.json"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
INDOSUM_ARTICLES = Path("indosum") / "articles.jsonl"
INDOSUM_SECTIONS = (
    "articles",
    "tuning_2",
    "tuning_3",
    "tuning_4",
    "tuning_5",
    "tuning_6",
    "tuning_7",
    "tuning_8",
    "tuning_9",
    "tuning_10",
    "held_out",
    "held_out_2",
)
#: The sections annotated blind and never tuned on: only their figures are read.
HELD_OUT_SECTIONS = ("held_out", "held_out_2")
#: The sections rules may be tuned on (their errors read).
TUNING_SECTIONS = tuple(name for name in INDOSUM_SECTIONS if name not in HELD_OUT_SECTIONS)


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    speaker: str


@dataclass(frozen=True)
class Score:
    predicted: int
    correct: int
    gold: int
    found: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def seed_gold(path: Path = SEED_GOLD) -> dict[str, list[GoldQuote]]:
    """The seed gold set, each quotation located in the body the reader gives."""
    articles = {article.id: article for article in read_articles([bundled_seeds()])}
    annotated = json.loads(path.read_text(encoding="utf-8"))["articles"]
    gold: dict[str, list[GoldQuote]] = {}
    for article_id, entries in annotated.items():
        body = articles[article_id].body
        gold[article_id] = []
        for entry in entries:
            start = body.index(entry["quote"])
            gold[article_id].append(GoldQuote(start, start + len(entry["quote"]), entry["speaker"]))
    return gold


def read_articles(roots: Sequence[Path]) -> Iterable[Article]:
    return (item for item in read_corpus(roots) if isinstance(item, Article))


def predictions(article: Article) -> list[Quote]:
    """What the product attributes in one article."""
    mentions = extract_mentions(article.title, article.body)
    return [quote for quote in extract_quotes(article.body, mentions) if quote.speaker]


def shaped_predictions(article: Article) -> list[tuple[Quote, str]]:
    """``predictions``, each with the shape that attributed it, ``[organisation]`` added
    when the speaker is one."""
    mentions = extract_mentions(article.title, article.body)
    organisations = {m.key for m in mentions if m.kind == "organisation"}
    return [
        (quote, f"{shape} [organisation]" if quote.speaker in organisations else shape)
        for quote, shape in quotes_with_shapes(article.body, mentions)
        if quote.speaker
    ]


def matches(quote: Quote, truth: GoldQuote) -> bool:
    overlaps = quote.start < truth.end and truth.start < quote.end
    return overlaps and quote.speaker == truth.speaker


def score(
    predicted: Mapping[str, Sequence[Quote]], gold: Mapping[str, Sequence[GoldQuote]]
) -> Score:
    count = correct = found = total = 0
    for article_id, truths in gold.items():
        quotes = predicted.get(article_id, [])
        count += len(quotes)
        correct += sum(any(matches(quote, truth) for truth in truths) for quote in quotes)
        found += sum(any(matches(quote, truth) for quote in quotes) for truth in truths)
        total += len(truths)
    return Score(count, correct, total, found)


def evaluate_seeds() -> Score:
    gold = seed_gold()
    articles = read_articles([bundled_seeds()])
    return score({a.id: predictions(a) for a in articles if a.id in gold}, gold)


def evaluate_indosum(data: Path) -> dict[str, Score] | None:
    """Scores of each IndoSum section of the gold file (``articles``: annotated with the
    extractor's output in view, ``tuning_2`` to ``tuning_10``: annotated blind, the rules then
    tuned on them;
    ``held_out`` and ``held_out_2``: annotated blind, never tuned on). None when the data or
    the gold file is absent."""
    corpus = data / INDOSUM_ARTICLES
    if not corpus.is_file() or not INDOSUM_GOLD.is_file():
        return None
    sections = indosum_gold(INDOSUM_SECTIONS)
    wanted = {article_id for gold in sections.values() for article_id in gold}
    predicted = {
        article.id: predictions(article)
        for article in read_articles([corpus.parent])
        if article.id in wanted
    }
    return {section: score(predicted, gold) for section, gold in sections.items()}


def indosum_gold(sections: Sequence[str]) -> dict[str, dict[str, list[GoldQuote]]]:
    """The gold quotations of ``sections`` of the IndoSum gold file, by article."""
    annotated = json.loads(INDOSUM_GOLD.read_text(encoding="utf-8"))
    return {
        section: {
            article_id: [GoldQuote(start, end, speaker) for start, end, speaker in entries]
            for article_id, entries in annotated[section].items()
        }
        for section in sections
    }


def shape_precision(data: Path) -> dict[str, tuple[int, int]]:
    """For each attribution shape, (right, attributed) over the seeds and, when the data is
    present, the IndoSum tuning sections: never the held-out ones."""
    gold = dict(seed_gold())
    articles = [a for a in read_articles([bundled_seeds()]) if a.id in gold]
    corpus = data / INDOSUM_ARTICLES
    if corpus.is_file() and INDOSUM_GOLD.is_file():
        for section in indosum_gold(TUNING_SECTIONS).values():
            gold.update(section)
        articles += [a for a in read_articles([corpus.parent]) if a.id in gold]
    counts: dict[str, tuple[int, int]] = {}
    for article in articles:
        for quote, shape in shaped_predictions(article):
            right, total = counts.get(shape, (0, 0))
            hit = any(matches(quote, truth) for truth in gold[article.id])
            counts[shape] = (right + hit, total + 1)
    return counts


def indexed_scores(work: Path, data: Path) -> dict[str, Score]:
    """The same gold through the product's index, as ``warta quotes``, ``warta show`` and
    the explorer give quotes: each corpus indexed (entities, the registry, quotes stored)
    in ``work`` (kept: a second run reuses it), each article's quotes read back with
    ``SearchService.article_quotes``, speakers as the registry's entities. A gold speaker
    is the key of a mention the linker found in the article, so it is resolved through
    the same registry: the entity that mention belongs to."""
    corpora: list[tuple[str, Path, dict[str, dict[str, list[GoldQuote]]]]] = [
        ("seeds", bundled_seeds(), {"seeds": seed_gold()})
    ]
    corpus = data / INDOSUM_ARTICLES
    if corpus.is_file() and INDOSUM_GOLD.is_file():
        sections = indosum_gold(INDOSUM_SECTIONS)
        named = {f"IndoSum {name}": gold for name, gold in sections.items()}
        corpora.append(("indosum", corpus.parent, named))
    scores: dict[str, Score] = {}
    for name, root, sections in corpora:
        service = SearchService([root], work / f"index-{name}")
        try:
            if not service.has_index():
                service.update()
            wanted = {article_id for gold in sections.values() for article_id in gold}
            predicted: dict[str, list[Quote]] = {}
            resolved: dict[str, list[GoldQuote]] = {}
            for article in read_articles([root]):
                if article.id not in wanted:
                    continue
                predicted[article.id] = [
                    Quote(q.start, q.end, q.text, q.speaker, q.kind)
                    for q in service.article_quotes(article.id)
                ]
                entity_of = _entities_of_keys(service, article)
                resolved[article.id] = [
                    GoldQuote(g.start, g.end, entity_of.get(g.speaker, g.speaker))
                    for gold in sections.values()
                    for g in gold.get(article.id, [])
                ]
            for section, gold in sections.items():
                scores[section] = score(predicted, {a: resolved[a] for a in gold if a in resolved})
        finally:
            service.close()
    return scores


def _entities_of_keys(service: SearchService, article: Article) -> dict[str, str]:
    """Each article-level mention key of ``article`` (``extract_mentions``, the keys the
    gold names) and the entity the index links that mention to."""
    linked = {(m.field, m.start): m.key for m in service.article_mentions(article.id)}
    return {
        mention.key: linked.get((mention.field, mention.start), mention.key)
        for mention in extract_mentions(article.title, article.body)
    }


def report(name: str, result: Score) -> str:
    return (
        f"{name}: precision {result.precision:.3f} ({result.correct}/{result.predicted}),"
        f" recall {result.recall:.3f} ({result.found}/{result.gold})"
    )


def show(roots: Sequence[Path], article_id: str) -> list[str]:
    """Lines to annotate one article by: each sentence as ``start-end text`` (offsets into
    the body the reader gives), then each speaker mention as ``start-end key (kind)
    surface``. Empty when no article under ``roots`` has that id."""
    found = [a for a in read_articles(roots) if a.id == article_id]
    if not found:
        return []
    body = found[0].body
    tokens = tokenize(body)
    lines = []
    for first, last in split_sentences(body, tokens):
        start, end = tokens[first].start, tokens[last - 1].end
        lines.append(f"{start}-{end} {clean_line(body[start:end])}")
    lines.extend(
        f"  {m.start}-{m.end} {m.key} ({m.kind}) {clean_line(m.surface)}"
        for m in extract_mentions(found[0].title, body)
        if m.field == "body" and m.kind in SPEAKER_KINDS
    )
    return lines


def speed(articles: Iterable[Article]) -> tuple[int, float]:
    """Characters of body and CPU seconds ``extract_quotes`` took over ``articles`` (their
    mentions found first, untimed: indexing has them in hand)."""
    bodies = [(a.body, extract_mentions(a.title, a.body)) for a in articles]
    started = time.process_time()
    for body, mentions in bodies:
        extract_quotes(body, mentions)
    return sum(len(body) for body, _ in bodies), time.process_time() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", metavar="ID", help="print one article to annotate")
    parser.add_argument(
        "--speed", action="store_true", help="characters per CPU second, IndoSum else seeds"
    )
    parser.add_argument(
        "--shapes", action="store_true", help="precision of each attribution shape, tuning sets"
    )
    parser.add_argument(
        "--through-index",
        type=Path,
        metavar="WORK",
        help="score the quotes an index gives back (speakers as entities), indexes kept in WORK",
    )
    args = parser.parse_args(argv)
    if args.through_index:
        for name, result in indexed_scores(args.through_index, args.data).items():
            print(report(name, result))
        return 0
    if args.shapes:
        counts = shape_precision(args.data)
        for shape, (right, total) in sorted(counts.items(), key=lambda item: -item[1][1]):
            print(f"{right / total:6.3f} {right:4}/{total:<4} {shape}")
        return 0
    if args.speed:
        indosum = args.data / INDOSUM_ARTICLES
        root = indosum.parent if indosum.is_file() else bundled_seeds()
        chars, seconds = speed(read_articles([root]))
        rate = chars / seconds if seconds else float("inf")
        print(f"{root}: {chars:,} characters in {seconds:.2f} CPU s, {rate:,.0f} a CPU second")
        return 0
    if args.show:
        indosum = args.data / INDOSUM_ARTICLES
        roots = [bundled_seeds(), *([indosum.parent] if indosum.is_file() else [])]
        lines = show(roots, args.show)
        print("\n".join(lines) if lines else f"{args.show}: no such article")
        return 0 if lines else 1
    print(report("seeds", evaluate_seeds()))
    indosum = evaluate_indosum(args.data)
    if indosum is None:
        print(f"IndoSum: skipped ({args.data / INDOSUM_ARTICLES} or {INDOSUM_GOLD.name} absent)")
    else:
        for section, result in indosum.items():
            print(report(f"IndoSum {section}", result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
