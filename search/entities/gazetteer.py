"""Known entities: the shipped list plus the user's own, matched in token sequences.

The tagger learned persons, organisations and places from 2017-era news; it has never
seen ChatGPT or xAI, and it cannot know that Twitter and X are one company. The gazetteer
fills those gaps and is the user's way to correct warta.

User file format (``warta/entities.json`` in the user config directory, or the path in
``WARTA_ENTITIES``), UTF-8 JSON::

    {
      "entities": [
        {"name": "Bank Rakyat Indonesia", "kind": "organisation", "aliases": ["BRI"]},
        {"name": "Gemini", "kind": "product", "aliases": ["Bard"]},
        {"name": "Elon Musk", "aliases": ["Mas Elon"]}
      ],
      "ignore": ["Kominfo Pusat"]
    }

* ``name``: the canonical name shown in warta (required).
* ``kind``: ``person``, ``organisation``, ``place`` or ``product``; required for a new
  entity, optional when the entry extends a known one. It wins over the kind the tagger
  finds in most articles.
* ``aliases``: other spellings and former names; each is recognised in text and links
  to this entity. One-letter aliases (like ``X``) only count in a clear context
  (``platform X``, ``X (dulu Twitter)``).
* ``id``: optional stable id; by default the slug of ``name`` (``bank_rakyat_indonesia``).
* ``context``: for a name that is also a common name or word, other names of which the
  article must write at least one for the name to count (the image model ``Aurora`` with
  ``["xAI", "Grok"]``: a Disney princess Aurora is not it).
* ``short_forms``: shorter names that stand for this entity only in an article that
  writes its name or an alias (``Dortmund`` for Borussia Dortmund, ``Madrid`` for Real
  Madrid in a match report); a short form two entities of the article share names neither.
* An entry whose ``name``, ``id`` or an alias matches a shipped entity changes that entity
  (its name and kind, if given, replace the shipped ones; its aliases are added).
* ``ignore``: surfaces that must never be entities.

Names, aliases and ids are cleaned like article text (no control or bidi characters). The
file must be a regular file of at most 16 MB (100,000 entities take about 11 MB).

Matching is case-sensitive for names shorter than four characters and otherwise also
accepts the all-capitals form (``NVIDIA``); a match must start like a name (a capital, a
digit, or mixed case like ``xAI``) unless it is written exactly as a name or alias that
starts in lowercase (the brands ``detikcom``, ``kumparan``).
"""

from __future__ import annotations

import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from warta.search.entities.features import tokenize
from warta.search.entities.names import is_name_word
from warta.search.errors import WartaError, excerpt
from warta.search.model import ENTITY_KINDS
from warta.search.sanitize import clean_line

GAZETTEER_RESOURCE = "gazetteer.json"
#: Tagger label for each kind; products have no tagger label of their own.
KIND_LABELS: dict[str, str] = {
    "person": "PER",
    "organisation": "ORG",
    "place": "LOC",
    "product": "PROD",
}
_CASE_INSENSITIVE_MIN = 4
_NON_WORD_RE = re.compile(r"[\W_]+")
#: The largest user file read: the file is held in memory whole, and /dev/zero never ends.
USER_FILE_LIMIT = 16 * 1024 * 1024


class GazetteerError(WartaError):
    """The user's entity file cannot be used; the message says where and why."""


def slugify(name: str, kind: str) -> str:
    """Entity id from a canonical name: ``Elon Musk`` -> ``elon_musk``.

    Ids of one or two characters get the kind appended (``X`` -> ``x_organisation``),
    so a company called X can never collide with a stray letter or initial.
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    slug = _NON_WORD_RE.sub("_", folded).strip("_")
    return slug if len(slug) > 2 else f"{slug}_{kind}".lstrip("_")


@dataclass(frozen=True)
class GazetteerEntry:
    """One known entity."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    #: Names of which an article must write one for this entry to count there.
    context: tuple[str, ...] = ()
    #: Names that stand for this entry in an article that writes one of its surfaces.
    short_forms: tuple[str, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Every form recognised in text: the name first, then the aliases."""
        return (self.name, *(alias for alias in self.aliases if alias != self.name))


@dataclass(frozen=True)
class GazetteerMatch:
    """A gazetteer hit over tokens ``[start, end)``; ``needs_context`` for one-letter names."""

    start: int
    end: int
    entry: GazetteerEntry
    needs_context: bool


def _case_matches(surface: Sequence[str], alias: Sequence[str], alias_length: int) -> bool:
    """Exact case, or all-capitals for longer names; never a lowercase common word (a
    lowercase surface matches only as the gazetteer writes it: the brand ``detikcom``)."""
    if list(surface) == list(alias):
        return True
    if not is_name_word(surface[0]):
        return False
    return alias_length >= _CASE_INSENSITIVE_MIN and all(
        s.upper() == a.upper() and (s == a or s.isupper())
        for s, a in zip(surface, alias, strict=False)
    )


@dataclass
class Gazetteer:
    """Entries indexed by the lowercased first token of each surface form."""

    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    ignored: frozenset[str] = frozenset()
    _index: dict[str, list[tuple[tuple[str, ...], GazetteerEntry]]] = field(
        default_factory=dict, repr=False
    )
    _by_surface: dict[str, GazetteerEntry] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # Compared case-folded (``is_ignored``), from whichever file they came.
        self.ignored = frozenset(surface.casefold() for surface in self.ignored)
        self._reindex()

    def _reindex(self) -> None:
        self._index.clear()
        self._by_surface.clear()
        for entry in self.entries.values():
            for surface in entry.surfaces:
                words = tuple(token.text for token in tokenize(surface))
                if words:
                    self._index.setdefault(words[0].lower(), []).append((words, entry))
                    self._by_surface[surface.casefold()] = entry
        for candidates in self._index.values():
            candidates.sort(key=lambda item: -len(item[0]))

    def get(self, entity_id: str) -> GazetteerEntry | None:
        """The entry with this id."""
        return self.entries.get(entity_id)

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry one of whose names or aliases is ``surface`` (case-insensitive)."""
        return self._by_surface.get(surface.casefold())

    def person_named_in_full(self, name: str) -> GazetteerEntry | None:
        """The known person that a person's longer name is, middle names added to a
        two-word name or alias of the entry (``Anies Rasyid Baswedan`` is Anies Baswedan);
        ``None`` for names of one or two words."""
        words = name.split()
        if len(words) < 3:
            return None
        entry = self.lookup(f"{words[0]} {words[-1]}")
        return entry if entry is not None and entry.kind == "person" else None

    def is_ignored(self, surface: str) -> bool:
        """Whether the user said this surface is never an entity."""
        return surface.casefold() in self.ignored

    def find(self, words: Sequence[str]) -> list[GazetteerMatch]:
        """Longest non-overlapping matches, left to right."""
        matches: list[GazetteerMatch] = []
        index = 0
        while index < len(words):
            match = self._match_at(words, index)
            if match is None:
                index += 1
            else:
                matches.append(match)
                index = match.end
        return matches

    def _match_at(self, words: Sequence[str], index: int) -> GazetteerMatch | None:
        for alias, entry in self._index.get(words[index].lower(), ()):
            end = index + len(alias)
            surface = words[index:end]
            alias_length = sum(len(word) for word in alias)
            if end <= len(words) and _case_matches(surface, alias, alias_length):
                return GazetteerMatch(index, end, entry, needs_context=alias_length == 1)
        return None

    def tags(self, words: Sequence[str]) -> list[str | None]:
        """BIO-style tag per token (``B-LOC``) for the tagger's gazetteer feature."""
        tags: list[str | None] = [None] * len(words)
        for match in self.find(words):
            if match.needs_context or match.entry.context:
                continue
            label = KIND_LABELS[match.entry.kind]
            tags[match.start] = "B-" + label
            for inside in range(match.start + 1, match.end):
                tags[inside] = "I-" + label
        return tags

    def merged(self, user_entries: Iterable[GazetteerEntry], ignored: Iterable[str]) -> Gazetteer:
        """A copy with the user's entries applied over these (see the module docstring)."""
        entries = self._merged_entries(user_entries)
        return Gazetteer(entries, self.ignored | frozenset(ignored))

    def _merged_entries(self, user_entries: Iterable[GazetteerEntry]) -> dict[str, GazetteerEntry]:
        """The entries of :meth:`merged`, without the matching index (the costly part)."""
        entries = dict(self.entries)
        by_surface = dict(self._by_surface)
        for user in user_entries:
            known = entries.get(user.id) or next(
                (by_surface[s.casefold()] for s in user.surfaces if s.casefold() in by_surface),
                None,
            )
            if known is None:
                if not user.kind:
                    raise GazetteerError(f'new entity {excerpt(user.name)!r} needs a "kind"')
                entries[user.id] = user
                continue
            aliases = tuple(dict.fromkeys((*known.surfaces, *user.surfaces)))
            updated = replace(
                known,
                name=user.name,
                kind=user.kind or known.kind,
                context=user.context or known.context,
                short_forms=user.short_forms or known.short_forms,
                aliases=tuple(alias for alias in aliases if alias != user.name),
            )
            entries[known.id] = updated
            for surface in updated.surfaces:
                by_surface[surface.casefold()] = updated
        return entries


def _clean_name(value: object) -> str:
    """A name or alias as warta shows it (one clean line); empty when it is not a string."""
    return clean_line(value) if isinstance(value, str) else ""


def _entry_from_json(raw: object, number: int, source: str, kind_required: bool) -> GazetteerEntry:
    """Validate and clean one JSON entry (the ``number``-th, from 1); ``kind`` may be empty
    only when extending a known entity."""
    name = _clean_name(raw.get("name")) if isinstance(raw, dict) else ""
    if not isinstance(raw, dict) or not name:
        raise GazetteerError(f'{source}: entity {number} needs a non-empty "name"')
    kind = raw.get("kind", "")
    if kind not in ENTITY_KINDS and (kind or kind_required):
        raise GazetteerError(
            f"{source}: kind of {excerpt(name)!r} must be one of {', '.join(ENTITY_KINDS)}"
        )
    aliases = _names_list(raw, "aliases", name, source)
    context = _names_list(raw, "context", name, source)
    short_forms = _names_list(raw, "short_forms", name, source)
    entity_id = clean_line(str(raw.get("id") or "")) or slugify(name, kind or "entity")
    return GazetteerEntry(entity_id, name, kind, aliases, context, short_forms)


def _names_list(raw: dict[str, object], key: str, name: str, source: str) -> tuple[str, ...]:
    """The cleaned names of an entry's optional list ``key`` (``aliases``, ``context``,
    ``short_forms``)."""
    values = raw.get(key, [])
    names = [_clean_name(value) for value in values] if isinstance(values, list) else [""]
    if not all(names):
        raise GazetteerError(f"{source}: {key} of {excerpt(name)!r} must be a list of names")
    return tuple(names)


def parse_gazetteer_json(
    text: str, source: str, kind_required: bool
) -> tuple[list[GazetteerEntry], list[str]]:
    """Entries and ignored surfaces from a gazetteer file's text."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise GazetteerError(f"{source}: nested too deeply to be an entity list") from None
    except ValueError as error:  # JSONDecodeError, or an integer of 4,300+ digits
        raise GazetteerError(f"{source}: not valid JSON ({excerpt(str(error))})") from error
    if not isinstance(data, dict):
        raise GazetteerError(f'{source}: expected an object with "entities"')
    raw_entries = data.get("entities", [])
    ignored = data.get("ignore", [])
    if not isinstance(raw_entries, list) or not isinstance(ignored, list):
        raise GazetteerError(f'{source}: "entities" and "ignore" must be lists')
    entries = [
        _entry_from_json(raw, number, source, kind_required)
        for number, raw in enumerate(raw_entries, 1)
    ]
    return entries, [clean_line(str(surface)) for surface in ignored]


@lru_cache(maxsize=1)
def packaged_gazetteer() -> Gazetteer:
    """The gazetteer shipped with warta."""
    text = resources.files(__package__).joinpath(GAZETTEER_RESOURCE).read_text(encoding="utf-8")
    entries, ignored = parse_gazetteer_json(text, GAZETTEER_RESOURCE, kind_required=True)
    return Gazetteer({entry.id: entry for entry in entries}, frozenset(ignored))


def read_user_file(path: Path | None) -> bytes | None:
    """The bytes of the user's entity file; None when there is none.

    Opened without blocking, so a FIFO cannot hang warta, and read only when it is a
    regular file of at most ``USER_FILE_LIMIT`` bytes, so ``/dev/zero`` cannot fill memory.
    A symlink is followed: the user names this file, and dotfile managers link config files.
    """
    if path is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise GazetteerError(f"{path}: cannot read ({error.strerror})") from error
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise GazetteerError(f"{path}: is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise GazetteerError(f"{path}: not a regular file")
        with open(descriptor, "rb", closefd=False) as handle:
            data = handle.read(USER_FILE_LIMIT + 1)  # the size may change after fstat
    except OSError as error:
        raise GazetteerError(f"{path}: cannot read ({error.strerror})") from error
    finally:
        os.close(descriptor)
    if len(data) > USER_FILE_LIMIT:
        raise GazetteerError(f"{path}: larger than {USER_FILE_LIMIT // 2**20} MB")
    return data


def _user_entries(path: Path | None) -> tuple[list[GazetteerEntry], list[str]] | None:
    """The user's entries and ignored surfaces, checked against the shipped gazetteer (a new
    entity needs a kind); None when there is no user file."""
    data = read_user_file(path)
    if data is None:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise GazetteerError(f"{path}: not UTF-8 text (at byte {error.start})") from None
    entries, ignored = parse_gazetteer_json(text, str(path), kind_required=False)
    try:
        packaged_gazetteer()._merged_entries(entries)
    except GazetteerError as error:
        raise GazetteerError(f"{path}: {error}") from None
    return entries, ignored


def load_gazetteer(user_file: Path | None) -> Gazetteer:
    """The shipped gazetteer merged with the user's file, when there is one.

    Raises ``GazetteerError`` (a ``WartaError``) naming the file when it is unusable.
    """
    found = _user_entries(user_file)
    return packaged_gazetteer() if found is None else packaged_gazetteer().merged(*found)


def check_user_file(user_file: Path | None) -> None:
    """Raise ``GazetteerError`` as :func:`load_gazetteer` would, at a fraction of its cost
    (no matching index is built).

    An index build checks first, so that a bad file stops it before it writes anything: in
    a worker process the same error would only break the pool.
    """
    _user_entries(user_file)
