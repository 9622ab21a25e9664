"""Corpus-wide entities, merged from aggregated article-level keys.

The index sees ``extract_mentions`` keys per article; across a corpus the same person is
``elon_musk`` in one article and a bare ``musk`` in another, and a name may be tagged a
place here and an organisation there. The registry merges keys into entities from counts
the indexer aggregates with one ``GROUP BY`` (never every mention):

* keys of one gazetteer entry, or with the same name (case aside from four characters
  on: the acronym ``AH`` is not the person ``Ah``), are one entity (a person's key
  named in full with middle names is the known person: ``Anies Rasyid Baswedan`` is
  Anies Baswedan; an organisation named by one entry's one-word short form is the entry:
  ``Antara`` is Kantor Berita Antara, see :func:`_shortened`);
* a key whose name is a surface of exactly one other entity of its kind joins it
  (``Twitter`` after an article wrote ``X (dulu Twitter)``; ``Musk`` where articles
  linked ``Musk`` to Elon Musk), but not a place's name with a compass word after it,
  which names a part of the place (``Filipina selatan``, see :func:`_names_part`);
* a one-word person key that is the first or last word of exactly one person's full name
  joins that person (``Musk`` -> Elon Musk; a ``Repsol`` organisation never joins a
  person tagged ``Dani Pedrosa ESP Repsol``, nor a word read as a place in as many
  articles as a person: ``Alexis`` the hotel), a first name only where articles name the
  person in full far more often than the first name alone and no other person of the
  corpus has it (``Arsene`` -> Arsene Wenger, but ``Franz`` alone is mostly someone else
  than Franz Beckenbauer, ``Sri`` than Sri Mulyani, see :func:`_another_of_first_name`);
* a multi-word name is grouped in the new spelling (``Megawati Sukarnoputri`` is
  Megawati Soekarnoputri, see :func:`group_name`), and a person's multi-word name with one
  word one letter off that of exactly one other person, or of one known person, joins
  that person (``Djarot Saeful`` and Djarot Saiful, ``Kylie Jener`` and Kylie Jenner, see
  :func:`_respelt`), as one article's two spellings of a person already are one (141
  merges over IndoSum's 3,463 articles, 139 of them right);
* the kind is the gazetteer's (the user's file wins), else the one most articles gave it;
  the name the one most mentions gave its keys; its articles are counted by the store, an
  article naming two of its keys once.

Whether a key joins another group is decided from the first grouping alone (by entry or
name, and that group's mentions), never from joins decided before it: so an update need
look only at the keys near its change (see ``affected_keys``), not at every person who
shares a word with one of them. (A short name mentioned more than the full name it
shortens no longer joins it because another short name joined that name first: 6 of
124,421 keys at 100,000 synthetic articles.)
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Literal, Protocol

from warta.search.entities.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    name_fold,
    packaged_gazetteer,
)
from warta.search.entities.names import (
    COMPASS_SECOND_WORDS,
    COMPASS_WORDS,
    LEGAL_FORMS,
    TITLE_WORDS,
)
from warta.search.model import Entity
from warta.search.spelling import (
    LONG_NAME_WORDS,
    long_name_word_respelt,
    one_edit_apart,
    one_letter_deletions,
    shortest_misspelt_word,
    spelling_fold,
)


@dataclass(frozen=True)
class KeyStat:
    """Counts for one (key, name, kind, surface) group of mentions over the corpus.

    ``articles`` counts the articles credited to this group: each article is credited to
    one group per key (see ``search.store.article_key_stats``), so a key's groups sum to
    its articles.
    """

    key: str
    name: str
    kind: str
    surface: str
    articles: int
    mentions: int


@dataclass
class _KeyTotals:
    """Everything the registry needs to know about one article-level key."""

    names: Counter[str]
    kinds: Counter[str]
    surfaces: Counter[str]
    articles: int = 0
    mentions: int = 0

    # Cached: read once the counts are complete, and asked for ~10 times per key (max, not
    # most_common(1), which goes through heapq: 0.4 s of a 0.7 s build at 10,000 articles).
    @functools.cached_property
    def name(self) -> str:
        """The name most mentions gave the key."""
        return _most(self.names)

    @functools.cached_property
    def kind(self) -> str:
        """The kind most articles gave the key."""
        return _most(self.kinds)


def _most(counts: Counter[str]) -> str:
    """The most counted item; the first seen among equals, as ``most_common`` does."""
    return max(counts.items(), key=lambda item: item[1])[0]


_IN_PARENTHESES = re.compile(r"(.+?)\s*\((\S+)\)")


def surface_names(surface: str) -> tuple[str, ...]:
    """The names one mention's text writes: an organisation named with its acronym in
    parentheses is named by both (``Mahkamah Konstitusi (MK)``: ``MK`` elsewhere is it
    too); a legal form in parentheses (``PT Pertamina (Persero)``) names nothing."""
    defined = _IN_PARENTHESES.fullmatch(surface)
    if defined is None:
        return (surface,)
    name, short = defined.groups()
    return (name,) if short.lower() in LEGAL_FORMS else (name, short)


def _names_part(stat: KeyStat) -> bool:
    """Whether a place's mention writes its name and a compass word (``Filipina selatan``,
    see ``linking._extend_over_compass_words``): it names a part of the place, no other
    name of it, so a place named so elsewhere (Filipina Selatan) is not joined by it."""
    words, named = stat.surface.split(), stat.name.split()
    return (
        stat.kind == "place"
        and len(words) > len(named)
        and words[: len(named)] == named
        and all(word in COMPASS_WORDS | COMPASS_SECOND_WORDS for word in words[len(named) :])
    )


def _totals(stats: Iterable[KeyStat]) -> dict[str, _KeyTotals]:
    """Per key: its names, kinds (by articles) and surfaces (by mentions); its articles
    are the sum over its groups, each article being credited to one of them."""
    totals: dict[str, _KeyTotals] = {}
    for stat in stats:
        key = totals.setdefault(stat.key, _KeyTotals(Counter(), Counter(), Counter()))
        key.names[stat.name] += stat.mentions
        key.kinds[stat.kind] += stat.articles
        if not _names_part(stat):
            key.surfaces.update(dict.fromkeys(surface_names(stat.surface), stat.mentions))
        key.articles += stat.articles
        key.mentions += stat.mentions
    return totals


class _UnionFind:
    """Groups of keys, starting from each key's first group (key -> its root)."""

    def __init__(self, first: Mapping[str, str]) -> None:
        self.parent = dict(first)

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent.setdefault(self.parent[item], self.parent[item])
            item = self.parent[item]
        return item

    def union(self, item: str, into: str) -> None:
        """Merge ``item``'s group into ``into``'s (whose root is kept)."""
        source, target = self.find(item), self.find(into)
        if source != target:
            self.parent[source] = target


def _entry_of(key: str, total: _KeyTotals, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The gazetteer entry a key is: by id, name or alias, or the one-word short form of
    one entry of its kind (see :func:`_shortened`), or a known person named in full with
    middle names (``anies_rasyid_baswedan`` is Anies Baswedan) or spelt another way."""
    entry = gazetteer.get(key) or _named(gazetteer, total) or _shortened(gazetteer, total)
    if entry is None and total.kind == "person":
        name = _untitled(total.name)
        entry = gazetteer.person_named_in_full(name)
        entry = entry or _known_person_respelt(name, gazetteer)
    return entry


def _untitled(name: str) -> str:
    """A person's name without the honorifics it opens with, two words left at least: a
    known alias with its honorific (``Habib Rizieq``) grows into a longer name that keeps
    it (``Habib Rizieq Syihab``), which is the known person spelt another way."""
    words = name.split()
    while len(words) > 2 and words[0].lower() in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def _shortened(gazetteer: Gazetteer, total: _KeyTotals) -> GazetteerEntry | None:
    """The entry whose one-word short form a key's name is, when the tagger read it as the
    entry's kind: an organisation ``Antara`` in an article that never writes Kantor Berita
    Antara is the news agency, ``Liverpool`` the club, as the short form is where the
    article names it in full; a place ``Liverpool`` stays the city. A short form of two
    entries is the one's that goes by it alone (``Madrid``, Real Madrid's: Atletico goes by
    ``Atletico``), else neither (``United``); and one of two words or more is a name of its
    own (``Semen Padang``, the cement maker, is no club)."""
    entry = gazetteer.short_form_owner(total.name)
    if entry is None or entry.kind != total.kind or len(total.name.split()) > 1:
        return None
    return entry


def _named(gazetteer: Gazetteer, total: _KeyTotals) -> GazetteerEntry | None:
    """The entry with a key's name or alias, compared as ``name_fold`` does: a person
    ``Ma`` is not the court ``MA``. A letter alone read as another kind is no entry's: a
    person ``X`` (``Mr X``, a patient the news leaves unnamed) is not X, once Twitter; nor
    is a person of a company's or a place's name (``Honda`` in a squad's list, which the
    article's linking kept apart from the maker, see ``linking._identities``), nor a place
    of a club's name (the city of a dateline, ``BARCELONA, JUARA.net -``)."""
    name = total.name
    entry = gazetteer.lookup(name)
    if (
        entry is not None
        and entry.kind != total.kind
        and (len(name) == 1 or total.kind in ("person", "place"))
    ):
        return None
    if _nicknames(entry, name):
        return None  # written outside a football report, where linking kept it apart
    if entry is None or name_fold(name) in {name_fold(surface) for surface in entry.surfaces}:
        return entry
    return None


def _nicknames(entry: GazetteerEntry | None, name: str) -> bool:
    """Whether ``name`` is the known club's English nickname (``The Eagles``): an article's
    linking gives it the club in a football report, and keeps it apart elsewhere (the band
    The Eagles), so a key of that name never joins the club by its name or surface."""
    return entry is not None and entry.is_team_nickname(name.split())


#: The shortest word of a multi-word name written in the new spelling to compare: an
#: acronym (``GOR UNJ``, of Jakarta, and ``GOR UNY``, of Yogyakarta) keeps its letters.
_SHORTEST_RESPELT_WORD = 4


@functools.lru_cache(maxsize=1 << 16)
def group_name(name: str) -> str:
    """A name as the first grouping compares it: ``name_fold``, and a multi-word name's
    words in the new spelling, so that one person is one group however an article spells
    them (``Luhut Binsar Pandjaitan`` and Luhut Binsar Panjaitan). One word alone keeps its
    letters: ``Joko`` is not ``Yoko``. Cached: asked for three times per key in a build."""
    words = name.casefold().split()
    if len(words) < 2:
        return name_fold(name)
    return " ".join(
        spelling_fold(word) if len(word) >= _SHORTEST_RESPELT_WORD else word for word in words
    )


def _written(name: str) -> str:
    """A name as written, casefolded (with single spaces): respellings compare these."""
    return " ".join(name.casefold().split())


def _respellable(word: str, long_name: bool = False) -> bool:
    """Whether a word of a name may be respelt: a word of letters (``Ma'ruf`` too) long
    enough that one letter off is a misspelling, not another name; shorter in a name of
    ``LONG_NAME_WORDS`` words or more (``Anie Rasyid Baswedan``)."""
    letters = word.replace("'", "").replace("\N{RIGHT SINGLE QUOTATION MARK}", "")
    shortest = shortest_misspelt_word(LONG_NAME_WORDS if long_name else 1)
    return len(word) >= shortest and letters.isalpha()


def _swapped(word: str, other: str) -> bool:
    """Whether two letters side by side after the first are swapped (``Julian`` and
    ``Juilan``, ``Mateo`` and ``Maeto``): a slip as common as a letter off."""
    differing = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    if len(differing) != 2 or differing[0] == 0 or differing[1] != differing[0] + 1:
        return False
    return word[differing[0]] == other[differing[1]] and word[differing[1]] == other[differing[0]]


def _respelt(name: str, other: str) -> bool:
    """Whether two names (:func:`_written`) are one name with one word spelt one letter
    off, every other word the same (``djarot syaiful`` and ``djarot saiful``): the rule
    linking.py applies within one article, and two letters swapped. Compared as written,
    not in the new spelling, whose folds would add up with the letter off (``Abdul Jalil``
    and ``Abdul Djamil``), but in a name of three words or more, see
    ``long_name_word_respelt`` (``Basuki Tjahya Purnama``)."""
    words, others = name.split(), other.split()
    if len(words) != len(others) or len(words) < 2:
        return False
    pairs = zip(words, others, strict=True)
    differing = [(word, theirs) for word, theirs in pairs if word != theirs]
    if len(differing) != 1:
        return False
    word, theirs = differing[0]
    long_name = len(words) >= LONG_NAME_WORDS
    if not (_respellable(word, long_name) and _respellable(theirs, long_name)):
        return False
    if len(word) == len(theirs) and _swapped(word, theirs):
        return True
    near = long_name_word_respelt if long_name else one_edit_apart
    if not near(word, theirs):
        return False
    return word[:-1] != theirs[:-1] or {word[-1], theirs[-1]} not in _GENDERED_ENDINGS


#: Last letters that make one name a man's and a woman's (``Dewi Saputra`` and ``Dewi
#: Saputri``, ``Sukarno`` and ``Sukarni``): two people, not one respelt. (``-a`` and
#: ``-o`` are one name as Javanese says it: ``Samudra``, ``Samudro``.)
_GENDERED_ENDINGS = ({"a", "i"}, {"o", "i"})


@functools.lru_cache(maxsize=1 << 12)
def _respelling_blocks(name: str) -> tuple[str, ...]:
    """Strings two names (:func:`_written`) share when they may be :func:`_respelt`: each
    word in turn with one letter left out, or whole (a word respelt or with two letters
    swapped shares one of them); a long name's words in one spelling too (see
    ``long_name_word_respelt``). Cached, a few: an update asks for a person's three times
    (~2 KB each)."""
    words = name.split()
    long_name = len(words) >= LONG_NAME_WORDS
    blocks: list[str] = []
    for index, word in enumerate(words):
        if _respellable(word, long_name):
            before, after = " ".join(words[:index]), " ".join(words[index + 1 :])
            spellings = {word, spelling_fold(word)} if long_name else {word}
            blocks.extend(
                f"{before}|{near}|{after}"
                for spelling in spellings
                for near in one_letter_deletions(spelling) | {spelling}
            )
    return tuple(blocks)


def _blanks(name: str) -> list[str]:
    """A name (:func:`_written`) with each word that may be respelt left out in turn: a
    name respelt from it has one of them."""
    words = name.split()
    long_name = len(words) >= LONG_NAME_WORDS
    return [
        f"{' '.join(words[:index])}|{' '.join(words[index + 1 :])}"
        for index, word in enumerate(words)
        if _respellable(word, long_name)
    ]


@dataclass(frozen=True)
class _KnownSpellings:
    """The gazetteer's people by their multi-word names and aliases, in the new spelling
    and by :func:`_blanks`, so that a key spelling one differently is them (a few hundred
    people: a blank holds few)."""

    by_group: dict[str, set[str]]
    by_blank: dict[str, set[tuple[str, str]]]
    #: The entry each name asked about is, or None: a build asks twice for each person.
    found: dict[str, str | None] = dataclass_field(default_factory=dict)


#: The last gazetteer's known spellings (one gazetteer serves a whole build or update).
_known_spellings: list[tuple[Gazetteer, _KnownSpellings]] = []


def _spellings_of(gazetteer: Gazetteer) -> _KnownSpellings:
    for known, spellings in _known_spellings:
        if known is gazetteer:
            return spellings
    by_group: dict[str, set[str]] = {}
    by_blank: dict[str, set[tuple[str, str]]] = {}
    for entry in gazetteer.entries.values():
        for surface in entry.surfaces if entry.kind == "person" else ():
            written = _written(surface)
            if " " in written:
                by_group.setdefault(group_name(written), set()).add(entry.id)
                for blank in _blanks(written):
                    by_blank.setdefault(blank, set()).add((written, entry.id))
    spellings = _KnownSpellings(by_group, by_blank)
    _known_spellings[:] = [(gazetteer, spellings)]
    return spellings


def _known_person_respelt(name: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The one known person a person's multi-word name spells another way: in the old
    spelling (``Megawati Sukarnoputri`` for Megawati Soekarnoputri) or one letter off
    (``Agus Rahadjo`` for Agus Rahardjo)."""
    spellings = _spellings_of(gazetteer)
    entry_id = spellings.found.get(name, "")
    if entry_id == "":
        written = _written(name)
        found = spellings.by_group.get(group_name(written), set())
        if not found:
            found = {
                known
                for blank in _blanks(written)
                for surface, known in spellings.by_blank.get(blank, ())
                if _respelt(written, surface)
            }
        entry_id = next(iter(found)) if len(found) == 1 else None
        if len(spellings.found) >= _REMEMBERED_NAMES:
            spellings.found.clear()
        spellings.found[name] = entry_id
    return gazetteer.get(entry_id) if entry_id else None


#: The most names whose known person :func:`_known_person_respelt` remembers (~10 MB).
_REMEMBERED_NAMES = 1 << 16


def _groups(
    totals: dict[str, _KeyTotals],
    gazetteer: Gazetteer,
    deciding: Collection[str] | None = None,
    company: CompanyCheck | None = None,
) -> dict[str, list[str]]:
    """Article-level keys grouped by entity, keyed by the group's root (see module doc).

    Each key's joining decision is made from the first grouping alone (by entry or name:
    roots, weights, kinds, surfaces and person words), never from merges made before it, so
    that it depends on the keys that name it or that its name names, not on a component
    that grows with the corpus (see :func:`affected_keys`). Only the keys ``deciding`` (all
    when None) decide; the others' groups are context for them. With ``company``, a
    person's one word joins the one person whose name it shortens only where the two are
    named among someone or something in common (see :func:`_shortens_a_stranger`).
    """
    # Ties are broken by key, never by the order the counts came in: a registry updated in
    # part (see affected_keys) must group a part exactly as a build over everything does.
    totals = dict(sorted(totals.items()))
    first: dict[str, str] = {}
    weight: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    by_name: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for key in sorted(totals, key=lambda k: -totals[k].mentions):
        entry = _entry_of(key, totals[key], gazetteer)
        root = entry.id if entry else by_name.setdefault(group_name(totals[key].name), key)
        first[key] = root
        members.setdefault(root, []).append(key)
        weight[root] += totals[key].mentions
        articles[root] += totals[key].articles
    surface_roots: dict[str, set[str]] = {}
    shortenings: dict[str, set[str]] = {}
    blocks: dict[str, tuple[str, ...]] = {}  # of the people a respelling may join
    respelt: dict[str, set[str]] = {}
    for key, total in totals.items():
        for surface in total.surfaces:
            surface_roots.setdefault(surface.casefold(), set()).add(first[key])
        for word in _person_words(total):
            shortenings.setdefault(word, set()).add(first[key])
        if total.kind == "person" and not gazetteer.get(first[key]):
            blocks[key] = _respelling_blocks(_written(total.name))
            for block in blocks[key]:
                respelt.setdefault(block, set()).add(key)

    def respelling_roots(key: str) -> set[str]:
        """The first groups of the other people whose names ``key``'s respells."""
        near = {other for block in blocks[key] for other in respelt[block]}
        name = _written(totals[key].name)
        return {
            first[other]
            for other in near
            if first[other] != first[key] and _respelt(name, _written(totals[other].name))
        }

    def kind_of(root: str) -> str:
        entry = gazetteer.get(root)
        return entry.kind if entry else totals[root].kind

    def name_of(root: str) -> str:
        entry = gazetteer.get(root)
        return entry.name if entry else totals[root].name

    joins: list[tuple[str, str]] = []
    for key, total in sorted(totals.items(), key=lambda item: item[1].mentions):
        own = first[key]
        if (deciding is not None and key not in deciding) or gazetteer.get(own):
            continue
        named = surface_roots.get(total.name.casefold(), set()) - {own}
        others = {root for root in named if kind_of(root) == total.kind}
        others -= {root for root in others if _nicknames(gazetteer.get(root), total.name)}
        if not others and total.kind == "person" and not _named_otherwise_as_often(total):
            others = shortenings.get(total.name, set()) - {own}
        if not others and total.kind == "person":
            others = {root for root in respelling_roots(key) if kind_of(root) == "person"}
        if len(others) == 1:
            (other,) = others
            if (
                weight[other] >= weight[own]
                and not _another_of_first_name(
                    total, name_of(other), articles[other], len(shortenings.get(total.name, ()))
                )
                and not (
                    company
                    and kind_of(other) == "person"
                    and _shortens_a_stranger(key, total, name_of(other), members[other], company)
                )
            ):
                joins.append((key, other))
    merged = _UnionFind(first)
    for key, other in joins:  # least mentioned first; a known entity never joins another
        if not gazetteer.get(merged.find(key)):
            merged.union(key, other)
    groups: dict[str, list[str]] = {}
    for key in totals:
        groups.setdefault(merged.find(key), []).append(key)
    return groups


#: How many more articles must name a person in full than name their first name alone
#: for that first name to be them, and the fewest: ``Arsene`` in 2 articles is Arsene
#: Wenger, named in full in 23, ``Xi`` in 3 Xi Jinping (6); but ``Emil`` in 2 articles
#: (Ridwan Kamil's nickname) is not Emil Dardak (2), nor ``Franz`` (a film's character)
#: Franz Beckenbauer (2). A first name alone is mostly someone else: of 28 first
#: names judged over IndoSum that joined the only person of the corpus with it, 21 were.
#: (Asking 6 articles and 4 times as many, over IndoSum's articles 400-2,399, kept apart
#: one more first name that was someone else, Danilo, but 5 that were the person.)
_FULL_NAME_ARTICLES_PER_FIRST_NAME = 2
_FEWEST_FULL_NAME_ARTICLES = 3


def _another_of_first_name(
    total: _KeyTotals, full_name: str, full_name_articles: int, people_of_word: int
) -> bool:
    """Whether a person's one-word key, the first word (not the last) of the one person
    it would join, is more likely someone else of that first name: that person is not
    named in full often enough (in ``full_name_articles``) to be the one a reader knows by
    their first name (see :data:`_FULL_NAME_ARTICLES_PER_FIRST_NAME`), or the corpus
    names others with that first name (``people_of_word`` groups of people have it as a
    first or last word: ``Sri`` alone is not Sri Mulyani Indrawati where Sri Wahyuningsih
    is named too, ``Kevin`` not Kevin Sanjaya Sukamuljo beside Kevin De Bruyne), whether or
    not another article linked that first name to them. Over IndoSum's articles 400-2,399
    the namesakes kept apart 5 first names that were someone else (Imam, Debby, Bella,
    Kevin, a Taylor) and 3 that were the person (Katy, Marcus twice)."""
    words = [name_fold(word) for word in full_name.split()]
    return (
        total.kind == "person"
        and len(words) > 1
        and name_fold(total.name) == words[0] != words[-1]
        and (
            people_of_word > 1
            or full_name_articles
            < max(_FEWEST_FULL_NAME_ARTICLES, _FULL_NAME_ARTICLES_PER_FIRST_NAME * total.articles)
        )
    )


def _shortens_a_stranger(
    key: str, total: _KeyTotals, full_name: str, their_keys: Collection[str], company: CompanyCheck
) -> bool:
    """Whether a person's one-word key, the first or last word of the one person it would
    join (``their_keys``, named ``full_name``), is someone else: the articles naming it
    name others, but no person, organisation or work that an article naming them names too
    (an article naming it and nothing else tells nothing: it joins). Over 1,000 IndoSum
    articles (seed 2626) this kept 13 one-word keys apart (12 of 35 surnames so joined, and a
    first name): 8 were someone else sharing nothing with them but Jakarta (a boxer
    ``Marquez`` and the rider Marc Marquez, U2's ``Bono`` and an official, a film's ``Mbah
    Sri`` and Sri Mulyani), 4 the person named in a line-up or a country's news only
    (``Cahill``, ``Suzy``), one unclear; the 23 still joined all share a club, a team-mate
    or a rival (``Pogba`` and Manchester United). A surname left alone costs less than two
    people merged."""
    words = [name_fold(word) for word in full_name.split()]
    return (
        total.kind == "person"
        and len(words) > 1
        and " " not in total.name.strip()
        and name_fold(total.name) in (words[0], words[-1])
        and not company(key, their_keys)
    )


def _named_otherwise_as_often(total: _KeyTotals) -> bool:
    """Whether as many articles read a one-word name as a place or an organisation as read
    it as a person: it names something else there (``menutup Alexis``, the hotel, in one
    article; ``Alexis`` the footballer in another), so it shortens no one's name for sure
    (``Alexis`` joined Alexis Sanchez with the hotel's mentions)."""
    person = total.kinds["person"]
    return person <= sum(total.kinds.values()) - person


def _person_words(total: _KeyTotals) -> tuple[str, ...]:
    """The first and last word of a person's multi-word name, which a one-word person key
    may shorten (``Musk`` -> Elon Musk); none for other names."""
    words = total.name.split()
    if total.kind != "person" or len(words) < 2:
        return ()
    return tuple(dict.fromkeys((words[0], words[-1])))


#: The number of articles that name any of some keys (``Store.articles_naming``).
ArticleCounter = Callable[[Collection[str]], int]
#: Whether the articles naming a key and those naming any of some others name one person,
#: organisation or work in common (``Store.share_company``).
CompanyCheck = Callable[[str, Collection[str]], bool]


def _entity(
    root: str,
    keys: list[str],
    totals: dict[str, _KeyTotals],
    entry: GazetteerEntry | None,
    count_articles: ArticleCounter | None = None,
) -> Entity:
    """One entity from its keys: the gazetteer decides name and kind when it knows them.
    Its articles are its keys' summed, unless ``count_articles`` counts them: an article
    naming two of its keys (``Soekarnoputri`` and ``Sukarnoputri``) is one article."""
    names: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for key in keys:
        names.update(totals[key].names)
        names.update(totals[key].surfaces)
        kinds.update(totals[key].kinds)
    if entry:
        names.update(dict.fromkeys(entry.aliases, 0))
    # On a tie, the name in more articles, then the longer: a letter dropped is the
    # commonest slip (``Chris Hemsworth``, not ``Chris Hemswort``).
    best = max(keys, key=lambda k: (totals[k].mentions, totals[k].articles, len(totals[k].name)))
    name = entry.name if entry else totals[best].name
    kind = entry.kind if entry and entry.kind else _most(kinds)
    seen = {name.casefold()}
    aliases = []
    for alias in dict.fromkeys(" ".join(raw.split()) for raw, _ in names.most_common()):
        if alias.casefold() not in seen:
            seen.add(alias.casefold())
            aliases.append(alias)
    return Entity(
        id=root,
        name=name,
        kind=kind,
        aliases=tuple(aliases),
        articles=(
            count_articles(keys)
            if count_articles and len(keys) > 1
            else sum(totals[key].articles for key in keys)
        ),
        mentions=sum(totals[key].mentions for key in keys),
    )


@dataclass(frozen=True)
class KeyFacts:
    """What decides which other keys a key can be grouped with (see :func:`_groups`).

    ``group``: its gazetteer entry or its name as :func:`group_name` compares it (the first
    grouping); ``surfaces`` casefolded (another key named one of them may join it);
    ``words``: the first and last word of a person's multi-word name (a one-word person key
    may shorten it); a person's name respelt may join another's (:attr:`respellings`).
    """

    group: str
    name: str
    kind: str
    surfaces: frozenset[str]
    words: tuple[str, ...] = ()

    @property
    def respellings(self) -> tuple[str, ...]:
        """What a person's name shares with the names it respells (:func:`_respelt`):
        stored and looked up by an index, where comparing with every person would read
        them all. None for the known (gazetteer) people and others: they join no one by
        a respelling, and no one joins them so (a known person's spellings are known)."""
        if self.kind != "person" or not self.group.startswith("name:"):
            return ()
        return _respelling_blocks(_written(self.name))


def _facts(key: str, total: _KeyTotals, gazetteer: Gazetteer) -> KeyFacts:
    entry = _entry_of(key, total, gazetteer)
    return KeyFacts(
        group=f"entry:{entry.id}" if entry else f"name:{group_name(total.name)}",
        name=total.name,
        kind=total.kind,
        surfaces=frozenset(surface.casefold() for surface in total.surfaces),
        words=_person_words(total),
    )


#: How :meth:`StoredFacts.keys_where` finds keys: by their group, casefolded name, one of
#: their casefolded surfaces, a person's first or last word (as written), one of a person's
#: :attr:`KeyFacts.respellings`, or their entity being that of one of the keys given.
Relation = Literal["group", "name", "surface", "word", "respelling", "entity"]


class StoredFacts(Protocol):
    """The key facts a registry was last built from, searchable by relation."""

    def facts_of(self, keys: Collection[str]) -> dict[str, KeyFacts]:
        """The stored facts of those of ``keys`` the registry knows."""
        ...

    def keys_where(self, relation: Relation, values: Collection[str]) -> set[str]:
        """Stored keys whose ``relation`` is one of ``values`` (see :data:`Relation`)."""
        ...

    def groups_naming(self, name: str) -> tuple[dict[str, tuple[str, str]], set[str]]:
        """The stored groups with a key that has ``name`` casefolded as a surface, each with
        the least and the greatest kind of its keys; and those with a person key whose first
        or last word is ``name``."""
        ...


@dataclass(frozen=True)
class Part:
    """What an update re-derives: ``keys``, whole entities before and after it; of them,
    the keys ``deciding`` (the others surely join no one), and ``context``, the keys whose
    counts their decisions read (see :func:`affected_keys`)."""

    keys: set[str]
    deciding: set[str]
    context: set[str]


def affected_keys(
    changed: Collection[str], new_facts: Mapping[str, KeyFacts], stored: StoredFacts
) -> Part:
    """The keys whose entities an update of ``changed`` keys may alter, and their context.

    A key's decision (:func:`_groups`) reads its first group, the first groups that name
    it (by a surface or a person's word) and those of the people whose names its person's
    respells (:attr:`KeyFacts.respellings`). So the decisions that can change are those of
    the changed keys' first groups (old and new), of the keys those groups name and of the
    people whose names theirs respell (old names and new); their old entities, and the
    old entities of the groups they may now join, hold whole entities before and after.
    Every other key decides as before, into its old entity.
    Two hops, whatever the corpus: ``Budi Santoso`` reaches ``Budi`` and the people
    ``Budi`` may shorten, never every person who shares a word with one of them; and a key
    that two untouched groups name (``Saputra``, a word of thousands of people) surely
    joins no one, so the groups it might join are not read at all.
    """

    def facts(keys: Collection[str]) -> dict[str, KeyFacts]:
        return {**stored.facts_of(keys), **{k: new_facts[k] for k in keys if k in new_facts}}

    touched = {f.group for f in (*stored.facts_of(changed).values(), *new_facts.values())}

    def unsettled(known: Mapping[str, KeyFacts]) -> dict[str, KeyFacts]:
        """Those of ``known`` that may join another group."""
        return {k: f for k, f in known.items() if not _joins_no_one(f, touched, new_facts, stored)}

    def respelt(known: Iterable[KeyFacts]) -> set[str]:
        """People whose names may respell those of the ``known`` people, or be respelt by
        them (the same): the groups they may join, or whose people may join theirs."""
        return stored.keys_where("respelling", {s for f in known for s in f.respellings})

    def candidates(known: Mapping[str, KeyFacts]) -> set[str]:
        """Keys in whose first groups ``known`` keys may be joined (surface, shortening or
        respelling)."""
        return (
            stored.keys_where("surface", {f.name.casefold() for f in known.values()})
            | stored.keys_where("word", {f.name for f in known.values() if f.kind == "person"})
            | respelt(known.values())
        )

    members = set(changed) | stored.keys_where("group", touched)
    named = facts(members).values()
    names = {s for f in named for s in f.surfaces} | {w.casefold() for f in named for w in f.words}
    respelling = respelt([*stored.facts_of(changed).values(), *named])
    deciding = unsettled(facts(members | stored.keys_where("name", names) | respelling))
    reached = members | deciding.keys() | candidates(deciding)
    keys = set(changed) | stored.keys_where("entity", reached)
    deciding = unsettled(facts(keys))
    context = candidates(deciding)
    context |= stored.keys_where("group", {f.group for f in facts(context).values()})
    return Part(keys, set(deciding), context - keys)


def _joins_no_one(
    fact: KeyFacts, touched: set[str], new_facts: Mapping[str, KeyFacts], stored: StoredFacts
) -> bool:
    """Whether a key surely joins no other group (see :func:`_groups`), whatever the counts:
    it is a known entity, or two groups the update leaves alone (``touched`` are those it
    changes) name it by a surface and surely have its kind, or, with no other group naming
    it by a surface, two such groups hold people it may shorten."""
    if fact.group.startswith("entry:"):
        return True
    by_surface, by_word = stored.groups_naming(fact.name)
    alone = touched | {fact.group}
    same_kind = {
        group
        for group, kinds in by_surface.items()
        if kinds == (fact.kind, fact.kind) and not group.startswith("entry:")
    }
    if len(same_kind - alone) >= 2:
        return True
    folded = fact.name.casefold()
    if by_surface.keys() - {fact.group} or any(folded in f.surfaces for f in new_facts.values()):
        return False  # a group naming it may have its kind, or not
    return fact.kind == "person" and len(by_word - alone) >= 2


class EntityRegistry:
    """Corpus entities, the article-level keys merged into each, and name lookup."""

    def __init__(self, entities: Iterable[Entity], keys: dict[str, list[str]]) -> None:
        self._entities = {entity.id: entity for entity in entities}
        self._keys = {entity_id: sorted(keys.get(entity_id, [])) for entity_id in self._entities}
        self._resolved = {key: entity_id for entity_id, ks in self._keys.items() for key in ks}
        self._ranked: dict[str | None, list[Entity]] = {}
        self._by_name: dict[str, str] = {}
        for entity in sorted(self._entities.values(), key=lambda e: (e.mentions, e.id)):
            for name in (*entity.aliases, entity.name, entity.id):
                self._by_name[name.casefold()] = entity.id

    @classmethod
    def build(cls, stats: Iterable[KeyStat], gazetteer: Gazetteer | None = None) -> EntityRegistry:
        """Merge aggregated key counts into entities (see the module docstring)."""
        return cls._of_totals(_totals(stats), gazetteer or packaged_gazetteer())

    @classmethod
    def _of_totals(
        cls,
        totals: dict[str, _KeyTotals],
        gazetteer: Gazetteer,
        part: Part | None = None,
        count_articles: ArticleCounter | None = None,
        company: CompanyCheck | None = None,
    ) -> EntityRegistry:
        """The entities of ``totals``, or only those of ``part.keys`` (the other keys are
        their context); an entity of several keys has the articles ``count_articles``
        counts, when given; ``company`` tells a surname's namesakes apart (:func:`_groups`)."""
        entities = []
        keys: dict[str, list[str]] = {}
        deciding = None if part is None else part.deciding
        for root, members in _groups(totals, gazetteer, deciding, company).items():
            if part is None or members[0] in part.keys:
                entity = _entity(root, members, totals, gazetteer.get(root), count_articles)
                entities.append(entity)
                keys[entity.id] = members
        return cls(entities, keys)

    def resolve(self, key: str) -> str:
        """The entity id an article-level key belongs to (the key itself if unknown)."""
        return self._resolved.get(key, key)

    def entity(self, entity_id: str) -> Entity | None:
        return self._entities.get(entity_id)

    def entities(self, kind: str | None = None) -> list[Entity]:
        """Entities of one kind (or all), most mentioned first.

        Ranked once per kind: sorting 77,666 entities (100,000 articles) took 55 ms a call.
        """
        ranked = self._ranked.get(kind)
        if ranked is None:
            chosen = [e for e in self._entities.values() if kind is None or e.kind == kind]
            ranked = sorted(
                chosen, key=lambda e: (-e.mentions, -e.articles, e.name.casefold(), e.id)
            )
            self._ranked[kind] = ranked
        return list(ranked)

    def lookup(self, name_or_id: str) -> Entity | None:
        """The entity with this canonical name, alias or id, ignoring case; an alias shared
        by several entities means the most mentioned one. A name of several words typed in
        the other spelling (``Cahyo Kumolo`` for Tjahjo Kumolo) finds the one entity it
        may name, as a search finds the article."""
        typed = name_or_id.strip().casefold()
        entity_id = self._by_name.get(typed) or self._by_spelling.get(group_name(typed))
        return self._entities.get(entity_id) if entity_id else None

    @functools.cached_property
    def _by_spelling(self) -> dict[str, str]:
        """Each name, alias and id by :func:`group_name`, where it names one entity only;
        made on the first lookup that needs it."""
        owners: dict[str, set[str]] = {}
        for name, entity_id in self._by_name.items():
            owners.setdefault(group_name(name), set()).add(entity_id)
        return {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}

    def candidates(self, name: str, n: int = 5) -> list[Entity]:
        """Entities whose names or aliases are closest to ``name`` (for "did you mean").

        First the names whose words start with every word typed (``sam`` -> Sam Altman,
        ``zuck`` -> Mark Zuckerberg), most mentioned first; then near spellings of the
        whole name (``Elon Mask``). One pass over the names, on a failed lookup only.
        """
        typed = name.strip().casefold()
        words = _words(typed)
        found: list[Entity] = []
        if words:
            prefixed = {
                entity_id
                for known, entity_id in self._by_name.items()
                if _starts_words(_words(known), words)
            }
            found = sorted(
                (self._entities[entity_id] for entity_id in prefixed),
                key=lambda entity: (-entity.mentions, entity.name),
            )
        for match in difflib.get_close_matches(typed, list(self._by_name), n * 4, 0.6):
            entity = self._entities[self._by_name[match]]
            if entity not in found:
                found.append(entity)
        return found[:n]

    def keys_for(self, entity_id: str) -> list[str]:
        """All article-level keys merged into this entity (for ``entity:`` queries)."""
        return list(self._keys.get(entity_id, []))

    @functools.cached_property
    def merged_keys(self) -> frozenset[str]:
        """The keys of entities merged from several keys (a few percent of them): their
        counts are summed before any is compared with a minimum."""
        return frozenset(key for keys in self._keys.values() if len(keys) > 1 for key in keys)


def build_with_facts(
    stats: Iterable[KeyStat],
    gazetteer: Gazetteer,
    part: Part | None = None,
    count_articles: ArticleCounter | None = None,
    company: CompanyCheck | None = None,
) -> tuple[EntityRegistry, dict[str, KeyFacts]]:
    """The registry of ``stats`` and the facts of their keys, to store them together; with
    ``part`` (``stats`` covering its context too), those of its keys only. The store counts
    the articles of an entity of several keys (``count_articles``): summing its keys'
    counted an article naming two of them twice. The store also tells whether a surname
    alone and the one person of that surname are named among the same company
    (``company``, see :func:`_groups`)."""
    totals = _totals(stats)
    registry = EntityRegistry._of_totals(totals, gazetteer, part, count_articles, company)
    if part is not None:
        totals = {key: total for key, total in totals.items() if key in part.keys}
    return registry, _facts_of(totals, gazetteer)


def key_facts(stats: Iterable[KeyStat], gazetteer: Gazetteer) -> dict[str, KeyFacts]:
    """The facts of each key of ``stats`` (all of a key's groups must be there)."""
    return _facts_of(_totals(stats), gazetteer)


def _facts_of(totals: dict[str, _KeyTotals], gazetteer: Gazetteer) -> dict[str, KeyFacts]:
    return {key: _facts(key, total, gazetteer) for key, total in totals.items()}


def _words(name: str) -> list[str]:
    """The words of a casefolded name or id (``sam_altman`` -> ``sam``, ``altman``)."""
    return [word for word in re.split(r"[\W_]+", name) if word]


def _starts_words(name_words: list[str], typed: list[str]) -> bool:
    """Whether every typed word begins a word of the name (``zuck`` in Mark Zuckerberg)."""
    return all(any(word.startswith(part) for word in name_words) for part in typed)
