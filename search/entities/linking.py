"""Entity mentions of one article: recognition, cleaning and in-article linking.

Recognition combines the gazetteer (products, renamed companies, the user's entries) with
the CRF tagger (everything else). Linking then makes one article talk about one entity
per real thing: renames and acronyms in the text (``X (dulu Twitter)``), short forms of
persons (``Musk`` after ``Elon Musk``), and every further occurrence of a found name.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from warta.search.analysis import stem as word_stem
from warta.search.entities.features import (
    Token,
    is_domain_dot,
    packaged_lexicon,
    split_sentences,
    tokenize,
)
from warta.search.entities.gazetteer import (
    KIND_LABELS,
    Gazetteer,
    GazetteerEntry,
    GazetteerMatch,
    name_fold,
    packaged_gazetteer,
    slugify,
)
from warta.search.entities.names import (
    ABBREVIATED_HEADS,
    ACRONYM_BODY_CUES,
    ADMINISTRATIVE_HEADS,
    AGREEMENT_ENDS,
    AGREEMENT_HEADS,
    AIRLINE_CUES,
    AIRLINE_ENDS,
    APPOSED_PRODUCT_NOUNS,
    BALINESE_ARTICLES,
    BALINESE_NAMES,
    BOARD_HEADS,
    BOARD_LEVELS,
    BOARDING_SCHOOL_HEADS,
    BODY_GLOSS_ENDS,
    BRANCH_HEADS,
    BRANCH_WORDS,
    CALLED_CUES,
    CAPITAL_CUES,
    CATEGORY_ACRONYMS,
    CHARACTER_WORDS,
    CLEAR_CONTEXT_AFTER,
    CLEAR_CONTEXT_BEFORE,
    CLOSING_COMPANY_FORMS,
    CLUB_CUES,
    CLUB_PREFIXES,
    CLUB_SHORT_FORM_CUES,
    CLUB_SUFFIXES,
    COACH_CUES,
    COMMAND_HEADS,
    COMMAND_SEAT_TITLES,
    COMPANY_FORMS,
    COMPASS_SECOND_WORDS,
    COMPASS_WORDS,
    COMPETITION_PREFIXES,
    CONJUNCTIONS,
    COPULAS,
    COUNT_WORDS,
    COUNTED_UNITS,
    COUNTRYMAN_WORDS,
    CURRENCY_WORDS,
    DATED_TITLE_WORDS,
    DEFINED_ORGANISATION_HEADS,
    DEFINING_NOUNS,
    DEGREES,
    DEPARTMENT_WORDS,
    DIRECTION_WORDS,
    DISH_HEADS,
    DOMAIN_SUFFIXES,
    DROPPED_PLACE_HEADS,
    DYNASTY_HEADS,
    EVENT_ENDS,
    EVENT_HEADS,
    EXECUTIVE_TITLES,
    FAITH_WORDS,
    FEATURE_HEADS,
    FILMOGRAPHY_WORDS,
    FLAG_WORDS,
    FOOTBALL_WORDS,
    FOREIGN_BODY_HEADS,
    FOREIGN_LEGAL_FORMS,
    FORMER_NAME_WORDS,
    HALL_SUFFIXES,
    HEAD_PHRASE_ENDS,
    HEAD_QUALIFIED_NOUNS,
    HOME_COUNTRY,
    IDEOLOGY_WORDS,
    INDIVIDUAL_SPORT_WORDS,
    INITIALS_CUES,
    INITIALS_JOINERS,
    JOB_TITLE_ENDS,
    KOREAN_FAMILY_NAMES,
    LANGUAGE_WORDS,
    LAUNCH_VERBS,
    LAW_WORDS,
    LEADER_NOUNS,
    LEGAL_FORMS,
    LETTERED_CLASS_WORDS,
    LEVY_WORDS,
    LONG_TITLE_NOUNS,
    LOWERCASE_PLACE_HEADS,
    MAKER_OWNER_WORDS,
    MATCH_CUES,
    MEDIUM_ENDS,
    MEETING_HEADS,
    MINISTER_TITLES,
    MODEL_EDITIONS,
    MUSICIAN_CUES,
    NAME_PARTICLES,
    NAME_PREPOSITIONS,
    NAME_SUFFIXES,
    NAMED_PERSON_NOUNS,
    NAMING_CUES,
    NAMING_ORGANISATION_HEADS,
    NATIONAL_TEAM_WORDS,
    NEVER_ENTITIES,
    NEW_NAME_WORDS,
    NICKNAME_CUES,
    NICKNAME_GIVING_CUES,
    NICKNAME_HONORIFICS,
    NICKNAME_OF_WORDS,
    NON_PERSON_HEAD_NOUNS,
    NOT_TITLE_WORDS,
    NUMBER_WORDS,
    OFFICE_WORDS,
    OPENING_HEADS,
    OPPONENT_CUES,
    ORGANISATION_APPOSITIVES,
    ORGANISATION_CUES,
    ORGANISATION_FOLLOWERS,
    ORGANISATION_HEADS,
    ORGANISATION_OPENERS,
    ORGANISATION_SUFFIXES,
    ORIGIN_NOUNS,
    PARTY_BOARD_NAMES,
    PARTY_BOARDS,
    PERFORMER_CUES,
    PERSON_FOLLOWERS,
    PERSON_HONORIFICS,
    PERSON_NAME_LINKS,
    PERSON_OPENERS,
    PERSON_READING_WORDS,
    PLACE_CUES,
    PLACE_HEADS,
    PLACE_NAME_OPENERS,
    PLACE_OPENERS,
    PLACE_SUFFIX_PAIRS,
    PLACE_SUFFIXES,
    PLATE_REGIONS,
    PLATE_WORDS,
    PLAYER_POSITIONS,
    PORTFOLIO_WORDS,
    POSITION_HEADINGS,
    POWER_PLANT_HEADS,
    PRODUCT_NAMING_WORDS,
    PRODUCT_NOUNS,
    PRODUCT_PHRASES,
    PRODUCT_TRADE_NOUNS,
    PRONOUNS,
    QUOTED_WORK_NOUNS,
    QUOTES,
    QUOTING_CUES,
    RACING_SERIES,
    RACING_WORDS,
    RANK_GRADES,
    RANK_NUMBER_WORDS,
    RANK_PAIRS,
    RANK_WORDS,
    REACH_WORDS,
    REGION_HEAD_TITLES,
    REGIONAL_OFFICES,
    RELATION_APPOSITIVES,
    RELATIVE_NOUNS,
    RELEASE_VERBS,
    RELEASE_YEAR_WORDS,
    RELIGIONS,
    RENAME_FILLERS,
    RENAME_NOUNS,
    REPRESENTATIVE_WORDS,
    REPRESENTED_NAME_WORDS,
    RESULT_WORDS,
    ROLE_CUES,
    ROLE_VERBS,
    SCHOOL_LEVELS,
    SCHOOL_WORDS,
    SCORE_OPPONENT_WORDS,
    SCORED_OPPONENT_CUES,
    SEAT_TITLES,
    SEATED_BODIES,
    SHIP_KINDS,
    SHIP_PREFIXES,
    SHORT_NAMED_HEADS,
    SHOW_WORDS,
    SONG_COUNTS,
    SONG_NOUNS,
    SONG_TITLE_OPENERS,
    SONG_WRITERS,
    SOURCE_CUES,
    SPAN_BREAKS,
    SPORTS_COUNTRY_CODES,
    STATE_CUES,
    STORM_CLASSES,
    STORM_WORDS,
    STREET_ABBREVIATIONS,
    SURNAME_PARTICLES,
    TEXT_OPENERS,
    TIED_PERSON_NOUNS,
    TITLE_CONNECTORS,
    TITLE_FUNCTION_WORDS,
    TITLE_JOINERS,
    TITLE_LATER_CONNECTORS,
    TITLE_QUALIFIERS,
    TITLE_WORDS,
    TITLED_NON_WORKS,
    TITLING_CUES,
    TOUR_WORDS,
    TRAIN_PREFIXES,
    UNIT_HEADS,
    UNTAGGED_TITLE_NOUNS,
    VEHICLE_COLOURS,
    VEHICLE_NOUNS,
    VENUE_HEAD_SPELLINGS,
    VENUE_HEADS,
    VERSUS_WORDS,
    WORK_MAKERS,
    WORK_NOUNS,
    WORK_TITLE_CUES,
    WORKS_ORIGINS,
    WORLD_RANKING_CUES,
    is_name_word,
)
from warta.search.entities.tagger import RARELY_CAPITALISED, bio_spans, packaged_tagger
from warta.search.model import Mention
from warta.search.spelling import (
    LONG_NAME_WORDS,
    SHORTEST_MISSPELT_NAME,
    long_name_word_respelt,
    one_edit_apart,
    one_letter_deletions,
    shortest_misspelt_word,
)

#: Tagger labels to warta kinds.
LABEL_KINDS: dict[str, str] = {"PER": "person", "ORG": "organisation", "LOC": "place"}
_HEADLINE_SHARE = 0.6
_LONGEST_PROPAGATED = 6
_LONGEST_NAME = 10


_LINE_BREAK = re.compile("\n")


@dataclass(frozen=True)
class _Field:
    """A title or body with its tokens and their texts."""

    name: str
    text: str
    tokens: tuple[Token, ...]
    words: tuple[str, ...]
    #: Token indexes of the publisher's dateline or credit (``_is_publisher_furniture``):
    #: no repeat of a name goes there (``Indonesia`` of ``Jakarta, CNN Indonesia --``).
    furniture: set[int] = dataclass_field(default_factory=set, compare=False)
    #: The known entities named in that furniture: their short forms still name them in
    #: the text (``kepada Antara`` after ``Jakarta (ANTARA News) -``).
    publishers: list[GazetteerEntry] = dataclass_field(default_factory=list, compare=False)

    @classmethod
    def of(cls, name: str, text: str, tokens: Sequence[Token]) -> _Field:
        return cls(name, text, tuple(tokens), tuple(token.text for token in tokens))

    @functools.cached_property
    def breaks(self) -> list[int]:
        """Offsets of the line breaks, to find a token's line without scanning the text."""
        return [match.start() for match in _LINE_BREAK.finditer(self.text)]

    @functools.cached_property
    def line_starts(self) -> frozenset[int]:
        """Indexes of the tokens that open a line after the first: no name runs into one
        (``Stasiun`` ending a paragraph and ``Cikini`` opening the next are apart)."""
        starts = [token.start for token in self.tokens]
        opening = (bisect.bisect_left(starts, offset) for offset in self.breaks)
        return frozenset(index for index in opening if 0 < index < len(starts))

    @functools.cached_property
    def positions(self) -> dict[str, list[int]]:
        """Token indexes of each lowercased word, to find cue phrases without a scan each."""
        positions: dict[str, list[int]] = {}
        for index, word in enumerate(self.words):
            positions.setdefault(word.lower(), []).append(index)
        return positions

    def line_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end offsets of the line holding ``offset``."""
        index = bisect.bisect_left(self.breaks, offset)
        start = self.breaks[index - 1] + 1 if index else 0
        end = self.breaks[index] if index < len(self.breaks) else len(self.text)
        return start, end


_GLUED_MIN_NAME = 3
_GLUED_MIN_REST = 3


#: Prepositions a typo glues to the name after them (``diJakarta``, ``keJakarta``).
_GLUED_PREPOSITIONS = ("dari", "di", "ke")
#: A line-up's label that a lost line break glues to the last player or team before it
#: (``17 - Ciro ImmobilePelatih: Simone Inzaghi``, ``Bali UnitedPelatih: Widodo``).
_GLUED_LABEL = "Pelatih"


def _unglued(tokens: Sequence[Token], names: set[str], gazetteer: Gazetteer) -> list[Token]:
    """Tokens with a name glued to the next word by a typo split apart: ``Muskterus`` is
    ``Musk`` + ``terus`` when ``Musk`` stands alone elsewhere in the article and ``terus``
    is a dictionary word (written in lowercase in most of the news the lexicon read), but
    not a name the gazetteer knows, written as one word (``Batanghari``, beside ``Batang
    Merao``, a river); a preposition glued to the capitalised name after it:
    ``diJakarta`` is ``di`` + ``Jakarta`` (``Retno diJakarta`` was a person); and a
    line-up's label glued to the name before it: ``ImmobilePelatih`` is ``Immobile`` +
    ``Pelatih`` (``_GLUED_LABEL``; the player was ``Ciro ImmobilePelatih``)."""
    lexicon = packaged_lexicon()
    result: list[Token] = []
    for token in tokens:
        word = token.text
        split = 0
        glued = (  # most words open with no preposition: one test, not one each
            [p for p in _GLUED_PREPOSITIONS if word.startswith(p) and word[len(p) :].istitle()]
            if word.startswith(_GLUED_PREPOSITIONS)
            else []
        )
        if glued and len(word) - len(glued[0]) >= _GLUED_MIN_NAME and word.isalpha():
            split = len(glued[0])
        elif (
            word[:1].isupper()
            and word[1:].islower()
            and word.lower() not in lexicon
            and gazetteer.lookup(word) is None
        ):
            for cut in range(len(word) - _GLUED_MIN_REST, _GLUED_MIN_NAME - 1, -1):
                entry = lexicon.get(word[cut:])
                if word[:cut] in names and entry is not None and entry.cap == "0":
                    split = cut
                    break
        if not split and word.endswith(_GLUED_LABEL):
            cut = len(word) - len(_GLUED_LABEL)
            if cut >= _GLUED_MIN_NAME and word[cut - 1].islower() and word[:cut].isalpha():
                split = cut
        if split:
            middle = token.start + split
            result += [
                Token(word[:split], token.start, middle),
                Token(word[split:], middle, token.end),
            ]
        else:
            result.append(token)
    return result


#: Two capitalised names joined by a hyphen in one token (``Jakarta-Tokyo``, ``Jepang-AS``).
_HYPHENED_PAIR = re.compile(r"([A-Z]\w*)-([A-Z]\w*)")
#: The kinds of known names a hyphen pairs as a route or a relation; not persons, whose
#: hyphened pairs are one ticket (``Jokowi-JK``).
_PAIRED_KINDS = frozenset({"place", "organisation"})


def _is_republics_body(before: str, left: str, right: str, gazetteer: Gazetteer) -> bool:
    """Whether a hyphened pair is a known body and ``RI``, the republic it serves, after a
    venue's head, a member's or a leader's word or a commission's number (``Gedung
    DPR-RI``, ``Ketua MPR-RI``, ``Komisi III DPR-RI``): one name as the news writes it
    spaced (``DPR RI``). Elsewhere a body and a country are a relation (``pertemuan
    PBB-RI``, ``kerja sama KPK-AS``)."""
    body, seat = gazetteer.lookup(left), gazetteer.lookup(right)
    return (
        body is not None
        and body.kind == "organisation"
        and seat is not None
        and seat.name == HOME_COUNTRY
        and right.isupper()
        and (
            before.lower() in VENUE_HEADS | ACRONYM_BODY_CUES
            or _UNIT_NUMBER.fullmatch(before) is not None
        )
    )


def _unpaired(tokens: Sequence[Token], gazetteer: Gazetteer) -> list[Token]:
    """Tokens with a hyphened pair of known places or bodies split at the hyphen, as the
    news writes them spaced (``Jakarta - Tokyo``): a route (``tiket Jakarta-Tokyo``), a
    relation (``hubungan Jepang-AS``, ``KTT ASEAN-PBB``), each half a name of its own. A
    half may end or open a two-word name with the word beside it (``Sumatera
    Selatan-Jawa Barat``). Not a pair that is itself a known name."""

    def known(surface: str) -> bool:
        entry = gazetteer.lookup(surface)
        return entry is not None and entry.kind in _PAIRED_KINDS

    result: list[Token] = []
    for index, token in enumerate(tokens):
        match = _HYPHENED_PAIR.fullmatch(token.text)
        if match is None or gazetteer.lookup(token.text) is not None:
            result.append(token)
            continue
        left, right = match.group(1), match.group(2)
        before = tokens[index - 1].text if index else ""
        after = tokens[index + 1].text if index + 1 < len(tokens) else ""
        hyphen = token.start + len(left)
        if _is_republics_body(before, left, right, gazetteer):
            result += [Token(left, token.start, hyphen), Token(right, hyphen + 1, token.end)]
        elif (known(left) or known(f"{before} {left}")) and (
            known(right) or known(f"{right} {after}")
        ):
            result += [
                Token(left, token.start, hyphen),
                Token("-", hyphen, hyphen + 1),
                Token(right, hyphen + 1, token.end),
            ]
        else:
            result.append(token)
    return result


def _fields(title: str, body: str, gazetteer: Gazetteer) -> list[_Field]:
    """The title and body fields of an article, glued names split (see ``_unglued``) and
    hyphened pairs of names parted (see ``_unpaired``)."""
    tokenized = {"title": (title, tokenize(title)), "body": (body, tokenize(body))}
    names = {
        token.text
        for _, tokens in tokenized.values()
        for token in tokens
        if token.text[:1].isupper()
    }
    return [
        _Field.of(name, text, _unpaired(_unglued(tokens, names, gazetteer), gazetteer))
        for name, (text, tokens) in tokenized.items()
    ]


@dataclass(eq=False)
class _Span:
    """A candidate mention over tokens ``[start, end)`` of one field."""

    field: _Field
    start: int
    end: int
    kind: str
    entry: GazetteerEntry | None
    target: _Span | None = None
    #: The gazetteer match a longer name grew from (see ``_longer_name``).
    grown_from: GazetteerMatch | None = None
    #: Token range inside the span left out of its name: a nickname in quotes inside a
    #: person's name (see ``_join_nicknamed_names``), an acronym in parentheses before an
    #: organisation's seat (see ``_join_seats_after_acronyms``).
    left_out: tuple[int, int] | None = None
    #: A company named by another entity's known name and legal forms (``PT Bandung`` is
    #: no city, ``PT PBB`` no UN): the forms stay in its name, which is its own.
    keeps_legal_forms: bool = False
    #: A website named by a known place or person (``AS.com``, a Spanish daily, is not the
    #: United States): its domain stays in its name, which is its own.
    keeps_domain: bool = False
    #: The city a dateline names (see ``_retype_dateline_places``): a place, even where
    #: the article names a club of its name (``BARCELONA, JUARA.net -`` over FC Barcelona).
    dateline_place: bool = False
    #: A work's character named like the work (``karakter Dilan``, ``Marsha Timothy
    #: (Marlina)``, see ``_plays_character``): a person of its own, not the work.
    character: bool = False
    #: A player a line-up, a squad's list, a results line or a doubles pair names (see
    #: ``_put_marks``): a person even where the word is a club's short form (``De Gea;
    #: Valencia, Smalling``).
    listed_player: bool = False

    @property
    def words(self) -> tuple[str, ...]:
        return self.field.words[self.start : self.end]

    @property
    def name(self) -> str:
        """The entry's name, else the words without legal forms at the edges, a place's
        administrative head and a person's degrees: ``PT Astra Agro Lestari Tbk`` and
        ``Astra Agro Lestari`` are one company, ``Kabupaten Yepe`` and ``Yepe`` one place,
        ``Afif Hasan SH`` and ``Afif Hasan`` one person."""
        if self.entry:
            return self.entry.name
        if self.left_out:
            words = list(self.field.words[self.start : self.left_out[0]])
            return " ".join(words + list(self.field.words[self.left_out[1] : self.end]))
        if self.keeps_domain:
            tokens = self.field.tokens
            return " ".join(
                self.field.text[tokens[self.start].start : tokens[self.end - 1].end].split()
            )
        words = list(self.words)
        while len(words) > 2 and words[-2] == "." and words[-1].lower() in DOMAIN_SUFFIXES:
            del words[-2:]  # a website is its name: CNNIndonesia.com is CNNIndonesia
        if self.keeps_legal_forms:  # without a form's full stop: PT. PBB is PT PBB
            return " ".join(word for word in words if word != ".")
        if self.kind in ("place", "organisation"):
            words = _venue_head_spelt(words)
        if self.kind == "organisation":  # Pte. Ltd. is Pte Ltd, one company either way
            words = [
                word
                for index, word in enumerate(words)
                if word != "." or index == 0 or words[index - 1].lower() not in FOREIGN_LEGAL_FORMS
            ]
        heads = ADMINISTRATIVE_HEADS if self.kind == "place" else LEGAL_FORMS
        while len(words) > 1 and words[0].lower() in heads and not self._korean_family(words):
            words.pop(0)
        ends = DEGREES if self.kind == "person" else LEGAL_FORMS
        while (
            len(words) > 1
            and words[-1].replace(".", "").lower() in ends
            and words[-2] not in _DASHES  # a hyphened syllable: sik of So Chang - sik
        ):
            words.pop()
        return " ".join(words)

    def _korean_family(self, words: Sequence[str]) -> bool:
        """Whether a person's name opens with a Korean family name that reads as a legal
        form (``Ri`` of Ri Yong - ho, not ``RI``): it stays in the name."""
        return self.kind == "person" and words[0] in KOREAN_FAMILY_NAMES

    def root(self) -> _Span:
        """The span this one is ultimately linked to (itself when unlinked)."""
        span = self
        while span.target is not None:
            span = span.target
        return span

    def indices(self) -> range:
        return range(self.start, self.end)

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < end


def _covered(spans: Iterable[_Span]) -> set[tuple[int, int]]:
    """Where the spans stand: each of their tokens as its field's id and its index."""
    return {(id(span.field), index) for span in spans for index in span.indices()}


def _covered_in(field: _Field, spans: Iterable[_Span]) -> set[int]:
    """The indices of ``field``'s tokens the spans stand on."""
    return {index for span in spans if span.field is field for index in span.indices()}


def _by_start(spans: Iterable[_Span]) -> dict[tuple[int, int], _Span]:
    """The spans by where they start (their field's id and their first token's index); of
    two starting together, the later one."""
    return {(id(span.field), span.start): span for span in spans}


def _span_names_after(spans: Iterable[_Span], cues: Container[str]) -> set[tuple[str, ...]]:
    """The names of the spans written right after one of the one-word ``cues`` (in any
    case) somewhere in the article, to treat every mention of those names alike."""
    return {
        span.words
        for span in spans
        if span.start > 0 and span.field.words[span.start - 1].lower() in cues
    }


#: The first words of the heads ``_venue_head_spelt`` respells.
_VENUE_HEAD_FIRST_WORDS = frozenset(head[0] for head in VENUE_HEAD_SPELLINGS)


def _venue_head_spelt(words: list[str]) -> list[str]:
    """A venue's name with its head as ``VENUE_HEAD_SPELLINGS`` spells it, without the full
    stop of a short one (``Jl. Sudirman`` is Jalan Sudirman); others as they are."""
    if not words or words[0].lower() not in _VENUE_HEAD_FIRST_WORDS:
        return words  # most names: one set lookup, not a slice and a compare per head
    for head, spelt in VENUE_HEAD_SPELLINGS.items():
        rest = words[len(head) :]
        if rest[:1] == ["."] and len(head) == 1:
            rest = rest[1:]
        if rest and tuple(word.lower() for word in words[: len(head)]) == head:
            return [*spelt, *rest]
    return words


def is_headline_case(words: Sequence[str]) -> bool:
    """Most longer words capitalised: capitals say nothing about names here."""
    longer = [word for word in words if len(word) > 3 and word[:1].isalpha()]
    capitalised = sum(1 for word in longer if word[:1].isupper())
    return bool(longer) and capitalised >= _HEADLINE_SHARE * len(longer)


_ORDINAL_CUES = frozenset({"ke", "ke-"})


def _is_ordinal(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is a Roman ordinal after ``ke`` (``Muktamar ke VII
    Semarang``: the seventh congress, in Semarang), no part of the name after it."""
    return (
        index > 0
        and words[index - 1].lower() in _ORDINAL_CUES
        and _ROMAN_NUMERAL.fullmatch(words[index]) is not None
    )


def _opens_next_name(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is an administrative head opening the name after it
    (``Kabupaten Pati Provinsi`` + ``Jawa Tengah``; not ``Polres Bogor Kabupaten``)."""
    return (
        words[index].lower() in OPENING_HEADS
        and index + 1 < len(words)
        and words[index + 1][:1].isupper()
        and is_name_word(words[index + 1])
    )


def _opens_tagged_place(tagged: dict[int, tuple[int, int, str]], index: int) -> bool:
    """Whether the tagger read a place opening at ``index`` (``Partai NasDem`` + ``Kabupaten
    Sumenep``): an administrative head there opens the body's seat, no part of its name."""
    span = tagged.get(index)
    return span is not None and span[0] == index and span[2] == "LOC"


def _is_direction(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is part of a direction (``Sebelah Selatan``; not
    ``Sebelah Mata``, a song)."""
    word = words[index].lower()
    if word in DIRECTION_WORDS:
        return index + 1 < len(words) and words[index + 1].lower() in COMPASS_WORDS
    return index > 0 and words[index - 1].lower() in DIRECTION_WORDS and word in COMPASS_WORDS


#: Words no name is made of alone: an administrative head names no place without the
#: place's own name (``semua Dusun terlihat``; both annotated corpora leave one alone out),
#: nor a foreign company's legal form its company (``Salesforce.com Inc``: ``Inc`` was a
#: person), nor a power plant's acronym a plant (``pengadaan PLTS``).
_NEVER_ALONE = (
    NEVER_ENTITIES
    | RELIGIONS
    | ADMINISTRATIVE_HEADS
    | SCHOOL_LEVELS
    | FOREIGN_LEGAL_FORMS
    | POWER_PLANT_HEADS
)


#: English forms of address that are also a person's initials when written in capitals
#: (``MS Harahap``, ``MR Siregar``): news writes the address as ``Ms``/``Mr``.
_ADDRESSES_LIKE_INITIALS = frozenset(("mr", "mrs", "ms"))


def _are_initials(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the word at ``start`` is a person's initials in capitals that spell an
    English form of address (``Menteri Perhubungan MS Siregar``), before more of the name."""
    word = words[start]
    return (
        len(word) > 1
        and word.isupper()
        and word.lower() in _ADDRESSES_LIKE_INITIALS
        and start + 1 < end
        and is_name_word(words[start + 1])
    )


def trim_name(words: Sequence[str], start: int, end: int) -> tuple[int, int] | None:
    """Strip titles and non-name edges from a tagged span; ``None`` if nothing is left
    that could be an entity (dates, numbers, pronouns, letters and initials only such as
    ``D.C`` or ``S.E``, page furniture, words ending in a pronoun). The department after an
    English job title goes with the title (``Vice President Communications``), the grade
    after a rank with the rank (``Laksamana Muda``)."""
    while start < end and (
        (words[start].lower() in TITLE_WORDS and not _are_initials(words, start, end))
        or not is_name_word(words[start])
        or _is_ordinal(words, start)
        or _is_direction(words, start)
        or _in_job_title(words, start)
        or _opens_job_title(words, start)
        or _opens_panel_title(words, start)
        or _is_neighbourhood_number(words, start)
        or _qualifies_title(words, start)
        or _opens_qualified_title(words, start, end)
        or _ends_compound(words, start, end)
        or _is_numeral(words[start])
        or _represents(words, start, end)
        or _opens_reduplication(words, start, end)
        or _is_dateline_source(words, start, end)
        or _is_faith_before_title(words, start, end)
    ):
        start += 1
    while end > start and (
        not is_name_word(words[end - 1])
        or _is_cut_initial(words, end - 1)
        or _is_year(words[end - 1])
        or _is_neighbourhood_number(words, end - 1)
        or _opens_score(words, end - 1)
        or _opens_spaced_degree(words, end - 1)
    ):
        end -= 1
    end = _age_group_start(words, start, end)
    core = words[start:end]
    named = [word for word in core if not word[:1].isdigit()]
    if not named or all(word.lower() in _NEVER_ALONE for word in named):
        return None
    if core[-1].lower() in PRONOUNS:  # a sentence read as a name: Pernahkah Anda
        return None
    if _is_flag(words, start, end):
        return None
    if not any(sum(ch.isalpha() for ch in word) >= 2 for word in core):
        return None
    return start, end


def _is_faith_before_title(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a faith right before a title opens the span (``Tokoh Muda Muslim Ustad
    Darwis Waru``): the person's faith, no part of the name, the title after it none
    either. Not a faith alone, which may be a given name (``Muslim Ayub``)."""
    return (
        start + 1 < end
        and words[start].lower() in FAITH_WORDS
        and words[start + 1].lower() in TITLE_WORDS
    )


_HYPHENED_AGE_GROUP = re.compile(r"U-\d{2}")


def _age_group_start(words: Sequence[str], start: int, end: int) -> int:
    """Where an age group ending the span ``start:end`` after a team's name starts
    (``Persekabpas U - 23``, ``Persib U-19``), ``end`` if there is none: the team's squad
    of that age is named as the team (both annotated corpora leave the group out:
    ``Persema`` of ``Persema U - 23``). Not after ``Timnas``, which names no team without
    it or its country."""
    group = end - 1
    if (
        group > start + 2
        and tuple(words[group - 2 : group]) == ("U", "-")
        and words[group].isdigit()
    ):
        group -= 2  # U - 23, its hyphen spaced
    elif not (group > start and _HYPHENED_AGE_GROUP.fullmatch(words[group])):
        return end  # a code glued to its letter may be a model's: HTC U11
    return end if words[group - 1].lower() in NATIONAL_TEAM_WORDS else group


def _opens_spaced_degree(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` opens a degree written with a stop and a space
    (``dr. Hengky Setyahadi Sp. B``, ``Sp. OG``): a specialist's degree after the name, no
    part of it (see ``DEGREES``)."""
    return (
        index + 2 < len(words)
        and words[index + 1] == "."
        and words[index][:1].isupper()
        and words[index + 2][:1].isupper()
        and (words[index] + words[index + 2]).lower() in DEGREES
    )


def _is_dateline_source(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the span opens the text with one word and a dash before more of it
    (``Rimanews - Tim Relawan``): that word is the publisher's dateline (see
    ``_is_publisher_furniture``), the name starts after the dash."""
    return start == 0 and end > 2 and words[1] in _DASHES and words[0].lower() not in NAME_PARTICLES


def _opens_reduplication(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a capitalised word and its lowercase repeat after a spaced hyphen open the
    span (``Pundi - pundi McCartney``, ``Anak - anak``): a plural common noun opening the
    sentence, no part of the name after it."""
    return (
        start + 2 < end
        and words[start + 1] in _DASHES
        and words[start + 2].islower()
        and words[start + 2] == words[start].lower()
    )


def _represents(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a representative's word opens a name before the body it represents
    (``Perwakilan WP``, see ``REPRESENTATIVE_WORDS``), not before a word of a council's own
    name (``Perwakilan Rakyat``)."""
    return (
        start + 1 < end
        and words[start].lower() in REPRESENTATIVE_WORDS
        and words[start + 1].lower() not in REPRESENTED_NAME_WORDS
    )


_NUMERAL = re.compile(r"\d[\d.,]*")


def _is_numeral(word: str) -> bool:
    """A number written in digits alone (``164``, ``1.000``): it counts the name after it
    (``satu dari 164 Perguruan Tinggi Muhammadiyah``), no name opens with one (neither
    annotated corpus' training set has one); a name with digits in a word stays (``3M``)."""
    return _NUMERAL.fullmatch(word) is not None


def _is_year(word: str) -> bool:
    """A year (``1920``, ``2014``): it dates the name before it (``Brigade Revolusi 1920``,
    ``Olimpiade London 2012``, ``Indonesia 2007``), no name ends with one (neither annotated
    corpus' training set has one, where 20 names are followed by one)."""
    return _YEAR.fullmatch(word) is not None


def _opens_score(words: Sequence[str], index: int) -> bool:
    """Whether the number at ``index`` opens a score or a formation (``Crystal Palace 2 -
    1``, ``Persib 4 - 4 - 2``): it follows the team's name, no part of it, and no model's
    number."""
    return (
        words[index].isdigit()
        and index + 2 < len(words)
        and words[index + 1] in ("-", "–")
        and words[index + 2].isdigit()
    )


def _ends_compound(words: Sequence[str], index: int, end: int) -> bool:
    """Whether the acronym at ``index`` ends a compound written with a spaced hyphen after
    a lowercase prefix (``e - KTP``, ``non - PNS``), a name still after it: the name after
    the compound does not open with it (``kasus e - KTP Irman`` names Irman)."""
    return (
        2 <= index < end - 1
        and words[index - 1] == "-"
        and words[index - 2].isalpha()
        and words[index - 2].islower()
        and words[index].isupper()
    )


def _qualifies_title(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` goes on with the title or rank before it, no name:
    a rank's grade (``Laksamana Muda``, ``Komisaris Besar``, ``Komisaris Besar Polisi``)
    or a title's qualifier (``Jaksa Agung``, ``Duta Besar``)."""
    if not index:
        return False
    before, word = words[index - 1].lower(), words[index].lower()
    qualified = (before, word) in TITLE_QUALIFIERS or (before, word) in RANK_PAIRS
    ranked = (
        before in RANK_WORDS or tuple(w.lower() for w in words[index - 2 : index]) in RANK_PAIRS
    )
    return (ranked and word in RANK_GRADES) or qualified


def _opens_qualified_title(words: Sequence[str], index: int, end: int) -> bool:
    """Whether the word at ``index`` opens a title with its qualifier inside a name's span
    (``Pahlawan Nasional`` + ``Indonesia``, ``Guru Besar`` + ``Universitas Indonesia``),
    a word that alone is no title (see ``TITLE_QUALIFIERS``)."""
    pair = tuple(word.lower() for word in words[index : min(index + 2, end)])
    return pair in TITLE_QUALIFIERS


#: Words that say a flag's name follows or is being written.
_FLAG_NOUNS = frozenset({"bendera", "saka"})


def _is_flag(words: Sequence[str], start: int, end: int) -> bool:
    """Whether ``start:end`` names a flag (``bendera Merah Putih``, ``Sang Saka Merah
    Putih``): its words are a flag's words, and they or the word before say flag."""
    around = {word.lower() for word in words[max(0, start - 1) : end]}
    core = (word.lower() for word in words[start:end])
    return bool(around & _FLAG_NOUNS) and all(word in FLAG_WORDS for word in core)


def _in_job_title(words: Sequence[str], index: int) -> bool:
    """A word that goes on with the title before it, not a name: the department after an
    English job title (``Vice President Communications``, ``Head of Corporate Affairs``),
    the portfolio after a minister's (``Menteri Pemuda dan Olahraga``)."""
    lowered = words[index].lower()
    if lowered in DEPARTMENT_WORDS:
        goes_on, titles = DEPARTMENT_WORDS | NAME_PREPOSITIONS, TITLE_WORDS | JOB_TITLE_ENDS
    elif lowered in PORTFOLIO_WORDS:
        goes_on, titles = PORTFOLIO_WORDS | CONJUNCTIONS | {","}, MINISTER_TITLES
    else:
        return False
    before = index - 1
    while before >= 0 and words[before].lower() in goes_on:
        before -= 1
    return before >= 0 and words[before].lower() in titles


def _is_portfolio(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the known name at ``start:end`` is the portfolio in a minister's title
    (``Menko Polhukam Wiranto``: the minister, not the ministry the gazetteer knows as
    ``Polhukam``), part of the title and no mention."""
    return all(_in_job_title(words, index) for index in range(start, end))


def _opens_job_title(words: Sequence[str], index: int) -> bool:
    """A word that opens an English job title, not a name: the level or field before the
    title's noun (``General Manager``, ``Senior Vice President``, ``Country Director``)."""
    after = index
    while after < len(words) and words[after].lower() in DEPARTMENT_WORDS:
        after += 1
    return after > index and after < len(words) and words[after].lower() in JOB_TITLE_ENDS


def _is_neighbourhood_number(words: Sequence[str], index: int) -> bool:
    """``RT`` or ``RW`` or its number, an address's neighbourhood unit (``RT 014 RW 04
    Kelurahan Tanjung Barat``), or a house's number (``Jalan Halimun No. 6 Bogor
    Tengah``), or a road's kilometre post (``Tol Jagorawi KM 27``): no part of the place's
    name before or after it, where the tagger ran them into one."""
    if words[index][:1].isdigit():
        before = words[index - 2] if index > 1 and words[index - 1] == "." else words[index - 1]
        return index > 0 and before in _NEIGHBOURHOOD_UNITS + _HOUSE_NUMBER_CUES
    after = index + 2 if index + 2 < len(words) and words[index + 1] == "." else index + 1
    return (
        words[index] in _NEIGHBOURHOOD_UNITS + _HOUSE_NUMBER_CUES
        and after < len(words)
        and words[after][:1].isdigit()
    )


#: An address's neighbourhood units, written before their numbers.
_NEIGHBOURHOOD_UNITS = ("RT", "RW")
#: Words before a house's number in an address (``No. 6``, ``Nomor 12``), or a road's
#: kilometre post (``KM 27``).
_HOUSE_NUMBER_CUES = ("No", "Nomor", "no", "KM", "Km")


def _opens_panel_title(words: Sequence[str], index: int) -> bool:
    """``Majelis`` before a title word: a panel of the title's holders (``Majelis Hakim
    Pengadilan Negeri Medan`` is the court's judges; the court is the name), not a body's
    name as in ``Majelis Ulama Indonesia``."""
    return (
        words[index].lower() == "majelis"
        and index + 1 < len(words)
        and words[index + 1].lower() in TITLE_WORDS
    )


def _uncovered_runs(start: int, end: int, covered: set[int]) -> list[tuple[int, int]]:
    """Maximal token ranges inside ``[start, end)`` not in ``covered``."""
    runs: list[tuple[int, int]] = []
    run_start: int | None = None
    for index in range(start, end + 1):
        free = index < end and index not in covered
        if free and run_start is None:
            run_start = index
        elif not free and run_start is not None:
            runs.append((run_start, index))
            run_start = None
    return runs


def _tagger_spans(field: _Field) -> list[tuple[int, int, str]] | None:
    """The tagger's ``(start, end, label)`` spans of a field, sentence by sentence, an
    office or a place without the rank it ends in; ``None`` without a model or in a
    headline written in title case (capitals say nothing about names there)."""
    tagger = packaged_tagger()
    words = field.words
    if tagger is None or (field.name == "title" and is_headline_case(words)):
        return None
    spans: list[tuple[int, int, str]] = []
    links = _related_link_words(field)
    for sentence_start, sentence_end in split_sentences(field.text, field.tokens):
        if sentence_start in links:
            continue  # a linked headline in title case: the gazetteer's names only
        labels = tagger.tag(words[sentence_start:sentence_end])
        for start, end, label in bio_spans(labels):
            start, end = sentence_start + start, sentence_start + end
            if label != "PER" and end - start > 1 and words[end - 1].lower() in RANK_WORDS:
                end -= 1  # the rank of the person after an office: KPK Brigjen (Pol) Aris
            spans.append((start, end, label))
    return spans


#: Words opening a line that links another article by its headline (``BACA JUGA :
#: Persib Tekuk Arema di Kandang``).
_RELATED_LINK_CUES = frozenset({"baca", "simak", "lihat"})
#: Last words of a heading over a list of linked headlines (``BERITA MENARIK LAINNYA:``,
#: ``Berita terkait:``).
_RELATED_LIST_HEADS = frozenset({"lainnya", "terkait"})
#: Words one of which such a heading names (``Baca berita lainnya:``), so that a heading
#: over names (``Pemain lainnya:``) heads no headlines.
_RELATED_LIST_NOUNS = frozenset({"berita", "artikel", "baca"})
#: How many words before its last a heading names its news (``BERITA MENARIK LAINNYA``).
_RELATED_HEAD_REACH = 3
#: Marks opening a linked headline's line (``[Baca juga: ...]``, ``- Game ...``).
_LINE_BULLETS = frozenset({"[", "-", "•", "*"})


def _related_link_words(field: _Field) -> set[int]:
    """Token indexes of the lines that link another article (``Simak juga : ...``) with a
    headline in title case, where capitals say nothing about names, as in a title: the
    tagger ran ``Persib Masuk Bidikan Timnas`` into one organisation there. The cue may
    come in brackets (``[Baca juga: ...]``), and a cue alone on its line, or a heading
    ending in ``lainnya`` or ``terkait`` and a colon, heads a list of such lines, each
    maybe after a dash (``Baca juga:`` / ``- Game Zelda Lebih Laku dari ...``), up to a
    line not in title case or ending a sentence (prose: ``Budi Santoso dan Ahmad Yani
    menyambutnya.``). A set, so that asking about a word costs the same however
    many such lines there are."""
    words = field.words
    bounds = sorted({0, *field.line_starts, len(words)})
    linked_words: set[int] = set()
    listing = False  # lines after a cue or a heading alone
    for start, end in itertools.pairwise(bounds):
        first = start + (start < end and words[start] in _LINE_BULLETS)
        cue = [word.lower() for word in words[first : first + 2]]
        line = [word for word in words[first:end] if word not in {":", "]"}]
        if cue[:1] and cue[0] in _RELATED_LINK_CUES and cue[1:] == ["juga"]:
            listing = len(line) == 2  # the cue alone: the headlines follow
            if is_headline_case(words[first + 2 : end]):
                linked_words.update(range(start, end))
        elif end - start > 1 and words[end - 1] == ":" and _heads_related_list(words, end - 1):
            listing = True
        elif listing and line and is_headline_case(line) and words[end - 1] not in _SENTENCE_ENDS:
            linked_words.update(range(start, end))
        elif line:
            listing = False
    return linked_words


def _heads_related_list(words: Sequence[str], colon: int) -> bool:
    """Whether the words before the colon at ``colon`` head a list of linked headlines: a
    heading naming news and ending in ``lainnya`` or ``terkait`` (see
    ``_RELATED_LIST_NOUNS``), or a cue closing a paragraph's line (``... mimpimu! Baca
    juga:``)."""
    before = [word.lower() for word in words[max(0, colon - 1 - _RELATED_HEAD_REACH) : colon]]
    return (
        bool(before)
        and before[-1] in _RELATED_LIST_HEADS
        and not _RELATED_LIST_NOUNS.isdisjoint(before[:-1])
    ) or (before[-1:] == ["juga"] and len(before) > 1 and before[-2] in _RELATED_LINK_CUES)


def _tagged_spans(
    field: _Field,
    tagged: Sequence[tuple[int, int, str]],
    gazetteer: Gazetteer,
    known: dict[int, str],
    lowercase_words: set[str],
) -> list[_Span]:
    """Tagger spans, trimmed of titles and junk, cut around the known names ``known``
    (token index -> kind).

    A part left over beside a known name of the same kind is dropped (the known name
    already is the longest name there, see ``_longer_name``); beside another kind it
    stands (``OpenAI Sam Altman``). A one-word span that the article also writes in
    lowercase, or a common word opening a sentence (``Nantilah``), is a capitalised
    common word, unless a rank comes before it (``Aiptu Sutisna`` beside a link
    ``.../sutisna``). A span never runs over a common lowercase
    word (``Fanshurullah Asa dihubungi detikFinance`` is two names, see
    ``_is_common_word``), a country code in a results table (``Johann Zarco FRA Monster
    Yamaha``) or a dash between two full names, and a rank inside a span
    starts a person (see ``_split_at_ranks``). A person ending in an English job title, or
    before a dash and one (``Co - Founder``), is that title, no name; one ending in numbers
    ends before them (``Lorenzo Insigne 51 '``, a goal's minute)."""
    words = field.words
    spans: list[_Span] = []
    breaks = {
        index
        for start, end, label in tagged
        for index in range(start, end)
        if (word := words[index]) in SPAN_BREAKS
        or _breaks_names(words, index)
        or (word in _DASHES and _joins_full_names(field.tokens, index))
        or _opens_next_venue(words, index)
        or (label == "PER" and index > start and word in SPORTS_COUNTRY_CODES)
        or _is_points(words, index)
        or (word.isdigit() and index + 1 < len(words) and words[index + 1] in _MINUTE_MARKS)
        or _is_neighbourhood_number(words, index)
        or _is_identity_number(words, index)
    }
    blocked = set(known) | breaks  # once per field: per span it made long texts quadratic
    read = {index for start, end, _ in tagged for index in range(start, end)}
    for start, end, label in _split_at_ranks(words, tagged):
        kind = LABEL_KINDS[label]
        if any(known.get(index) == kind for index in range(start, end)):
            holder = _office_holder(words, start, end, known, blocked)
            if holder is not None:
                spans.append(_Span(field, *holder, "person", None))
            continue
        runs = _uncovered_runs(start, end, blocked)
        for run in runs:
            trimmed = trim_name(words, *run)
            if trimmed is None or _is_money(words, *trimmed):
                continue
            core = words[trimmed[0] : trimmed[1]]
            after_number = trimmed[0] > 0 and _is_neighbourhood_number(words, trimmed[0] - 1)
            lumped = len(runs) > 1 and not after_number and _is_person_lumped_in(core, kind)
            run_kind = "person" if lumped else kind  # an address goes on after its number
            after_rank = trimmed[0] > 0 and words[trimmed[0] - 1].lower() in RANK_WORDS
            lone_common_word = (
                len(core) == 1
                and (
                    core[0].lower() in lowercase_words
                    or _opens_sentence_as_common_word(words, trimmed[0])
                )
                and not after_rank
            )
            end = trimmed[1]
            last = words[end + 1] if end + 1 < len(words) and words[end] in _DASHES else core[-1]
            job_title = run_kind == "person" and last.lower() in JOB_TITLE_ENDS
            if _is_bracketed_country_code(words, *trimmed):
                continue
            if not lone_common_word and not job_title and not gazetteer.is_ignored(" ".join(core)):
                team = _after_country_code(words, trimmed[0])
                kind_here = (
                    "organisation" if team else _opened_kind(core, _tagged_kind(core, run_kind))
                )
                if kind_here != "person" and _marked_as_person(words, *trimmed):
                    kind_here = "person"
                if kind_here == "organisation" and _after_region_head(words, trimmed[0]):
                    kind_here = "place"
                if kind_here == "person" and _names_command_region(words, *trimmed):
                    kind_here = "place"
                if kind_here == "place" and _hall_names_body(words, trimmed[0], core, run_kind):
                    kind_here = "organisation"
                start, end = trimmed
                while kind_here == "person" and end - start > 1 and words[end - 1].isdigit():
                    end -= 1  # a minute or a shirt number after a player: Insigne 51 '
                if kind_here == "place":
                    start = _past_faith_words(words, start, end - 1)
                if kind_here == "place" and _is_place_head_before(
                    words, start, run[0], blocked, read
                ):
                    start -= 1
                spans.append(_Span(field, start, end, kind_here, None))
    return spans


def _past_faith_words(words: Sequence[str], start: int, limit: int) -> int:
    """Where a place's name starts after the faiths opening what was read as it, up to
    ``limit``: they name the faith of the people there (``lingkungan Muslim Mumbai`` is
    Mumbai, see ``FAITH_WORDS``)."""
    while start < limit and words[start].lower() in FAITH_WORDS:
        start += 1
    return start


def _is_place_head_before(
    words: Sequence[str], start: int, opens: int, taken: set[int], read: set[int]
) -> bool:
    """Whether a place head the tagger left out stands right before a place it read
    (``Kantor Kecamatan`` + ``Talang``): the head is part of the place's name, as both
    annotated corpora write it (``Kecamatan Talang``, see ``ADMINISTRATIVE_HEADS``), also a
    village's or a street's head in lowercase (``desa Kramas``, see
    ``LOWERCASE_PLACE_HEADS``); not the last word of a capital's title (``Ibu Kota`` +
    ``RIS``). ``taken`` holds the words of known names, ``read`` those of the tagger's
    spans: a head in another span stays there, and so does a capitalised one the place's
    own span opened at ``opens`` that the trimming cut off (a title's: ``Wali Kota``), but
    a lowercase one cut off so (``kelurahan``) comes back."""
    head = start - 1
    before = tuple(word.lower() for word in words[max(0, head - 1) : head + 1])
    return (
        head >= 0
        and head not in taken
        and (head not in read or (head >= opens and words[head].islower()))
        and (
            (words[head][:1].isupper() and words[head].lower() in PLACE_HEADS)
            or _is_lowercase_place_head(words, head)
        )
        and not any(before[-len(cue) :] == cue for cue in CAPITAL_CUES if len(cue) > 1)
    )


def _is_lowercase_place_head(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is a village's, a district's or a street's head written
    in lowercase that opens the name after it (``desa Kramas``, see
    ``LOWERCASE_PLACE_HEADS``), not one qualifying the office or the title before it
    (``kantor kecamatan`` + ``Talun``, ``kepala desa`` + ``Sukamaju``)."""
    return words[index] in LOWERCASE_PLACE_HEADS and (
        index == 0 or words[index - 1].lower() not in HEAD_QUALIFIED_NOUNS | TITLE_WORDS
    )


def _after_region_head(words: Sequence[str], start: int) -> bool:
    """Whether the name at ``start`` comes right after a region's head's title (``Bupati``,
    ``Wali Kota``, see ``REGION_HEAD_TITLES``): it is the region he heads."""
    before = [word.lower() for word in words[max(0, start - 2) : start]]
    return bool(before) and (before[-1] in REGION_HEAD_TITLES or before == ["wali", "kota"])


def _names_command_region(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the name at ``start:end`` follows a police or army command head's title and
    comes before a comma and the command above (``Kapolsek Kurik, Polres Merauke``): it
    names the command's region, a place (see ``COMMAND_SEAT_TITLES``), though the tagger
    read a person."""
    return (
        start > 0
        and words[start - 1].lower() in COMMAND_SEAT_TITLES
        and end + 1 < len(words)
        and words[end] == ","
        and words[end + 1].lower() in COMMAND_HEADS
    )


def _marked_as_person(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is written as only a person's is: after an
    honorific (``Haji Ahmad``, see ``PERSON_HONORIFICS``), with a particle linking a
    person's given names to the family's (``Georg Ludwig von Trapp``, see
    ``_links_family_name``) or before a degree written in capitals, maybe after a comma
    (``Soedarto, SH``; not ``MA``, also the Supreme Court, nor a lowercase ``si``). Not an
    honorific inside a longer name (``Asrama Haji Pondok Gede``, a hostel; a leader's
    noun before it holds none: ``Pimpinan Ustadz Syamsi Dukha``). After a player's
    position in lowercase (``kiper Gerri Mandagi``, see ``PLAYER_POSITIONS``) or a title's
    portfolio (``Direktur Jenderal Perdagangan Luar Negeri Oke Nurwan``, see
    ``_in_job_title``), or before a job title in parentheses (``Gerald Logor (Marketing
    Lead Shopee)``, see ``_job_in_parentheses``), a name the tagger reads alone as a
    person's is the holder (``bek Mitra Kukar`` is the club's)."""
    before = words[start - 1] if start else ""
    held = before in PLAYER_POSITIONS or (start and _in_job_title(words, start - 1))
    if (held or _job_in_parentheses(words, end)) and start < end:
        return _reads_as_one_person(words[start:end])
    if before[:1].isupper() and before.lower() in PERSON_HONORIFICS:
        return (
            start < 2
            or not is_name_word(words[start - 2])
            or words[start - 2].lower() in LEADER_NOUNS
        )
    if _links_family_name(words[start:end]) or _has_middle_initial(words[start:end]):
        return True
    after = end + 1 if end < len(words) and words[end] == "," else end
    return (
        after < len(words)
        and words[after][:1].isupper()
        and words[after] != "MA"
        and _is_degree(words[after : after + 1])
    )


#: The most words before a job title's last word in parentheses after a person's name:
#: ``(Head of Marketing aCommerce)``, ``(Customer Success Manager OWOX BI)``.
_LONGEST_BRACKETED_TITLE = 4
#: Words of a job title in such a parenthesis: also a team's ``Lead`` and a ``VP``, which
#: open names elsewhere (``Lead Generation``, ``VP Bank``).
_BRACKETED_TITLE_WORDS = TITLE_WORDS | JOB_TITLE_ENDS | {"lead", "vp"}
_LONGEST_BRACKETED_COMPANY = 3


def _job_in_parentheses(words: Sequence[str], end: int) -> bool:
    """Whether a parenthesis right after ``end`` gives a job (``(VP Marketing Fabelio)``,
    ``(Marketing Intelligence Lead Shopee)``): a title or an English title's last word
    among its first words (see ``JOB_TITLE_ENDS``), as a speakers' list writes each person."""
    if words[end : end + 1] != ("(",):
        return False
    for word in words[end + 1 : end + 2 + _LONGEST_BRACKETED_TITLE]:
        if word == ")":
            return False
        if word[:1].isupper() and word.lower() in _BRACKETED_TITLE_WORDS:
            return True
    return False


def _bracketed_company(words: Sequence[str], opening: int) -> tuple[int, int] | None:
    """The company after the job in the parenthesis opening at ``opening`` (``Fabelio`` of
    ``(VP Marketing Fabelio)``): up to three name words closing it after a title's or a
    department's word."""
    close = opening + 1
    while close < min(len(words), opening + _LONGEST_BRACKETED_TITLE + 5) and words[close] != ")":
        close += 1
    if close >= len(words) or words[close] != ")":
        return None
    job_words = _BRACKETED_TITLE_WORDS | DEPARTMENT_WORDS
    start = close
    while (
        close - start < _LONGEST_BRACKETED_COMPANY
        and start > opening + 1
        and is_name_word(words[start - 1])
        and words[start - 1].lower() not in job_words
    ):
        start -= 1
    if start == close or words[start - 1].lower() not in job_words:
        return None
    if any(_in_job_title(words, index) for index in range(start, close)):
        return None  # a minister's portfolio: ``(Menteri Keuangan)`` names no company
    return start, close


#: Last words of a device's edition after its series' letter (``Moto E Power``, ``Galaxy S
#: Plus``): a product's name, no person's with an initial.
_EDITION_WORDS = frozenset(
    {"pro", "plus", "max", "mini", "lite", "power", "ultra", "note", "edge", "prime", "neo"}
)


#: The most words of a person's name with an initial between them (``Muhammad A. S.
#: Hikam``): a longer run holds a body's name before the person's.
_LONGEST_INITIALLED_NAME = 5


def _has_middle_initial(name: Sequence[str]) -> bool:
    """Whether ``name`` has an initial between two words of a person's name (``Siegfried O
    Wolf``, ``Arifin C. Noer``): places and bodies write none, so the name is a person's
    whatever the tagger read (a place). Not a letter that classes the word before it
    (``Grup A``, see ``LETTERED_CLASS_WORDS``), nor a name a head or suffix of a place's or a
    body's opens or ends, or a device's edition (``Moto E Power``)."""
    words = [word for word in name if word != "."]
    return (
        2 < len(words) <= _LONGEST_INITIALLED_NAME
        and all(word.isalpha() and word[:1].isupper() for word in words)
        and len(words[0]) > 1
        and not words[0].isupper()
        and len(words[-1]) > 1
        and any(
            len(word) == 1 and words[index - 1].lower() not in LETTERED_CLASS_WORDS
            for index, word in enumerate(words[1:-1], 1)
        )
        and not any(word.lower() in TITLE_WORDS for word in words)
        and words[0].lower() not in ORGANISATION_OPENERS | PLACE_OPENERS | PLACE_HEADS
        and words[-1].lower() not in ORGANISATION_SUFFIXES | PLACE_SUFFIXES | _EDITION_WORDS
    )


def _links_family_name(name: Sequence[str]) -> bool:
    """Whether ``name`` holds a particle between a person's given names and the family's
    (``Ursula von der Leyen``, ``Muhammad bin Salman``, see ``PERSON_NAME_LINKS``), its
    first and last words capitalised and no head or suffix of a place's or a body's
    around them (``Masjid Umar bin Khattab`` is the mosque)."""
    return (
        len(name) > 2
        and any(word in PERSON_NAME_LINKS for word in name[1:-1])
        and name[0][:1].isupper()
        and name[-1][:1].isupper()
        and name[0].lower() not in ORGANISATION_OPENERS | PLACE_OPENERS | PLACE_HEADS
        and name[-1].lower() not in ORGANISATION_SUFFIXES | PLACE_SUFFIXES
    )


#: The most words of a person's name found inside a longer tagged name.
_LONGEST_LUMPED_PERSON = 3


def _is_person_lumped_in(core: Sequence[str], kind: str) -> bool:
    """Whether ``core``, a part of a place or organisation the tagger ran over a common word
    (``Fanshurullah Asa dihubungi detikFinance``, one place), is a person's name: two or
    three words, none in capitals but an initial (``TAG Heuer``; ``M. Hargianto`` is one),
    that the tagger alone reads as one person's (it reads most long capitalised runs so:
    ``Nevada State Athletic Commission``)."""
    return (
        kind != "person"
        and 1 < len(core) <= _LONGEST_LUMPED_PERSON
        and not any(word.isupper() and len(word.rstrip(".")) > 1 for word in core)
        and _reads_as_one_person(core)
    )


def _is_points(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is one side of a score (``91`` or ``100`` of ``Wizards
    91 - 100 Raptors``): no team's name holds it."""
    if not words[index].isdigit():
        return False
    after = words[index + 1 : index + 3]
    before = words[max(0, index - 2) : index]
    return (len(after) == 2 and after[0] in _DASHES and after[1].isdigit()) or (
        len(before) == 2 and before[1] in _DASHES and before[0].isdigit()
    )


def _after_country_code(words: Sequence[str], start: int) -> bool:
    """Whether a name follows a country code of a results table: the team of the rider or
    player before the code (``Johann Zarco FRA`` + ``Monster Yamaha Tech3``)."""
    return start > 0 and words[start - 1] in SPORTS_COUNTRY_CODES


def _is_bracketed_country_code(words: Sequence[str], start: int, end: int) -> bool:
    """Whether ``start:end`` is a country code alone in parentheses, maybe with a seed
    (``Takuro Hoki (JPN)``, ``(JPN/1)``): a results table's nationality, no entity."""
    return (
        end == start + 1
        and words[start] in SPORTS_COUNTRY_CODES
        and start > 0
        and words[start - 1] == "("
        and end < len(words)
        and words[end] in (")", "/")
    )


#: A news site's channel written as one word, the site's name in lowercase then the
#: channel's capitalised (``detikFinance``, ``kompasTekno``, ``kumparanBISNIS``); four
#: lowercase letters at least, so not ``iPhone`` or ``eKTP``.
_CHANNEL_NAME = re.compile(r"[a-z]{4,}[A-Z][A-Za-z]*")


#: Words before a hall's name that say the place is meant (``berlangsung di StarMega
#: Hall``, ``datang ke ... Hall``), right before it or before the place it is in, written
#: first (``di Smolna, The Government Banquet Hall``): at most ``_HALL_CUE_REACH`` words
#: back, over names and commas.
_HALL_PLACE_CUES = frozenset(("di", "ke"))
_HALL_CUE_REACH = 4


def _hall_names_body(words: Sequence[str], start: int, core: Sequence[str], kind: str) -> bool:
    """Whether an organisation the tagger read ending in ``Hall`` (see ``HALL_SUFFIXES``)
    stays the body: a hall is the place only where a word before says where (see
    ``_HALL_PLACE_CUES``); a publisher, a political club or a city's government so named
    stays a body (``Penerbit Prentice Hall``, ``Kelompok politik Tammany Hall``, ``melalui
    City Hall``)."""
    if kind != "organisation" or core[-1].lower() not in HALL_SUFFIXES:
        return False
    at = start - 1
    while at >= max(0, start - _HALL_CUE_REACH) and (
        words[at] == "," or (is_name_word(words[at]) and words[at].lower() not in NEVER_ENTITIES)
    ):
        at -= 1
    return at < 0 or words[at].lower() not in _HALL_PLACE_CUES


#: First words of a company's or a bank's name: one ending in a venue's last word is its
#: branch there (``Bank Danamon Pondok Indah Mall``), an organisation; not a university's
#: (``University Town Main Stadium`` is a stadium). So is the police's, whose command's
#: level news often spells ``Resort`` (``Kepolisian Resort Bogor``, the police of Bogor).
_BRANCH_OPENERS = frozenset(("bank", "pt", "pt.", "cv", "kepolisian", "polisi"))


def _tagged_kind(core: Sequence[str], kind: str) -> str:
    """The tagger's kind, except that a person ending in a club's last word (``Orlando
    City``, ``Wolverhampton Wanderers``) or a person or place ending in a company's, a
    club's or a league's last word (``Saudi Arabian Airlines``, ``Brighton and Hove
    Albion``, ``Major League Soccer``) is that organisation, as is a person ending in
    ``International`` (see ``_INTERNATIONAL_BODY_ENDS``), and a person or organisation
    ending in a venue's (``Emirates Stadium``, ``Pacific Place``, ``Jisan Forest Golf
    Club``) that place: no person is named so; an organisation ending in ``Hall`` too. A
    body's branch there stays the body (``Bank Danamon Pondok Indah Mall``). A news
    site's channel read as a place (``dihubungi detikFinance``) is the outlet; a person
    stays (``putraMarcus``, two words run together)."""
    if kind == "place" and len(core) == 1 and _CHANNEL_NAME.fullmatch(core[0]):
        return "organisation"
    last = core[-1].lower() if len(core) > 1 else ""
    pair = (core[-2].lower(), last) if len(core) > 2 else None
    branch = kind == "organisation" and core[0].lower() in _BRANCH_OPENERS
    if not branch and (
        (kind in ("person", "organisation") and last in PLACE_SUFFIXES)
        or (kind != "product" and pair in PLACE_SUFFIX_PAIRS)
        or (kind == "organisation" and last in HALL_SUFFIXES)
    ):
        return "place"
    if kind == "person" and (
        last in CLUB_SUFFIXES or last in _INTERNATIONAL_BODY_ENDS or _ends_in_acronyms(core)
    ):
        return "organisation"
    return "organisation" if kind in ("person", "place") and last in ORGANISATION_SUFFIXES else kind


#: First words of a university games' name (``World University Games``), no university's.
_GAMES_REGIONS = frozenset({"world", "asian", "asean", "european", "summer", "winter"})


def _names_university_games(words: Sequence[str], last: int) -> bool:
    """Whether ``University`` at ``last`` ends the games' short name (``Asian University
    2014``, ``World University`` for the World University Games), no university's."""
    return (
        last > 0
        and words[last].lower() == "university"
        and words[last - 1].lower() in _GAMES_REGIONS
    )


#: Last words of an international body's name no person's ends in (``Transparency
#: International``, ``Jeunesses Musicales International``, read as persons); a place may
#: (``Soekarno-Hatta International``, the airport), so it stays.
_INTERNATIONAL_BODY_ENDS = frozenset({"international"})


_ROMAN_NUMERAL = re.compile(r"[IVX]+")


def _ends_in_acronyms(core: Sequence[str]) -> bool:
    """Whether a name in mixed case ends in two acronyms (``Sabana OK OCE``, an outlet of
    the programme OK OCE): no person's name does; not a generation's number (``III``) or a
    degree (``Budi Santoso SH MH``)."""
    return (
        len(core) > 2
        and not core[0].isupper()
        and all(
            len(word) > 1
            and word.isalpha()
            and word.isupper()
            and not _ROMAN_NUMERAL.fullmatch(word)
            and not _is_degree([word])
            for word in core[-2:]
        )
    )


def _opened_kind(core: Sequence[str], kind: str) -> str:
    """The kind of a tagged name by its first word: one opening with an organisation's
    (``Pengadilan Tinggi Queensland``) is that organisation, one opening with a person's
    honorific (``Bung Hatta``) that person, one opening with a word only places open with
    (``Masjid Al - Huda``) that place, and a person opening with an administrative head
    (``Prefektur Fukushima``; no person's name does in either annotated corpus) a place,
    whatever the tagger read. Not for a known name grown
    over tagged words (``Universitas Gadjah Mada`` + ``Erwan``, a person), nor over a
    venue's last word (``University Town Main Stadium``)."""
    first = core[0].lower() if len(core) > 1 and core[-1].lower() not in PLACE_SUFFIXES else ""
    if kind in ("person", "place") and first in ORGANISATION_OPENERS:
        return "organisation"
    if kind in ("person", "place") and len(core) == 1 and core[0].lower() in REGIONAL_OFFICES:
        return "organisation"  # a regional office named alone: kantor Bappeda
    if kind in ("organisation", "place") and first in PERSON_OPENERS:
        return "person"
    if (kind in ("organisation", "person") and first in PLACE_OPENERS) or (
        kind == "person" and first in ADMINISTRATIVE_HEADS
    ):
        return "place"
    return kind


#: Heads of the regions whose governments seat a body's branch (``BPBD Kabupaten Dompu``).
_BRANCH_SEATS = frozenset({"kabupaten", "kab", "kota", "provinsi", "prov"})

#: A province's head that names the one province alone (``DKI`` is DKI Jakarta, ``DIY``
#: Yogyakarta): a body's branch seated there (``KPU DKI``) is the province's, one entity.
_PROVINCE_SEATS = frozenset({"dki", "diy"})


def _is_regional_branch(core: Sequence[str]) -> bool:
    """Whether a name is an acronym, then a region's head and name (``BPBD Kabupaten Dompu``,
    ``PDAM Kota Bogor``, ``KPU Provinsi NTB``): a body's branch in that region, not the
    region its known place grew into (the head made the whole name a place)."""
    head = core[1].lower().rstrip(".") if len(core) > 1 else ""
    return (
        ((len(core) > 2 and head in _BRANCH_SEATS) or head in _PROVINCE_SEATS)
        and len(core[0]) > 1
        and core[0].isalpha()
        and core[0].isupper()
    )


def _is_office_seat(words: Sequence[str], index: int) -> bool:
    """Whether a name at ``index`` comes right after an office's title, maybe through an
    administrative head (``Bupati Rote Ndao``, ``Wali Kota Bogor``): it is the seat of an
    office, and a name right after it is the office's holder, not part of the place."""
    before = [word.lower() for word in words[max(0, index - 2) : index]]
    if before and before[-1] in ADMINISTRATIVE_HEADS:
        before.pop()
    return bool(before) and before[-1] in SEAT_TITLES


_SHORTEST_HOLDER = 2


def _office_holder(
    words: Sequence[str], start: int, end: int, known: dict[int, str], blocked: set[int]
) -> tuple[int, int] | None:
    """The person in a tagged place span that opens with a known place after a title: the
    tagger reads ``Bupati Rote Ndao Paulina Haning-Bullu`` as one place, the gazetteer
    knows Rote Ndao, and the rest, two name words or more, is the regent."""
    seat_end = start
    while seat_end < end and known.get(seat_end) == "place":
        seat_end += 1
    if seat_end == start or known.get(start - 1) == "place" or not _is_office_seat(words, start):
        return None
    if any(index in blocked for index in range(seat_end, end)):
        return None
    holder = trim_name(words, seat_end, end)
    return holder if holder and holder[1] - holder[0] >= _SHORTEST_HOLDER else None


_SHORTEST_COMMON_WORD = 4
#: Lowercase parts of names are short particles (``bin``, ``van``, ``della``, ``binti``).
_LONGEST_NAME_PARTICLE = 5


#: Labels of an identity or a tax number written after a name (``Fadli Zon NPWP
#: 09.468.771.2``, ``NIK``, ``NIP``, ``NRP``).
_IDENTITY_LABELS = frozenset({"NPWP", "NIK", "NIP", "NRP"})


def _is_identity_number(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is an identity number's label or the number right
    after it, maybe past a colon: no part of the name before it, and no name."""
    return words[index] in _IDENTITY_LABELS or any(
        0 <= label < index
        and words[label] in _IDENTITY_LABELS
        and all(word == ":" for word in words[label + 1 : index])
        for label in (index - 1, index - 2)
    )


def _breaks_names(words: Sequence[str], index: int) -> bool:
    """Whether the lowercase word at ``index`` ends any tagged name it stands in: a common
    word (``_is_common_word``), a word between two sides (``Lyanny Alessandra Mainaky vs
    Shiori Saito``), or a long word the lexicon never saw (``Arman menggotong Sukiati``,
    ``Tour de France merekomendasi TdS``), which no name has, except a syllable after a
    dash (``Chung Eui - seok``)."""
    word = words[index]
    if not word.islower():
        return False
    if word in VERSUS_WORDS or _is_common_word(word):
        return True
    return (
        len(word) > _LONGEST_NAME_PARTICLE
        and word.isalpha()
        and packaged_lexicon().get(word) is None
        and not (index > 0 and words[index - 1] in _DASHES)
    )


#: Particles written onto the word before them (``biarpun``, ``nantilah``, ``apakah``).
_PARTICLES = ("pun", "lah", "kah")


def _is_common_word(word: str) -> bool:
    """A lowercase word the news nearly never capitalises (``dihubungi``), long enough not
    to be a particle inside a name (``dan``, ``bin``, ``von``, ``of``) and not a
    preposition that joins a name's parts (``Sekolah Guru Tinggi untuk Guru Bumiputra``);
    with a particle on it, one whose stem is such a word and too seldom seen to say alone
    (``Biarpun``, ``Nantilah`` opening a sentence)."""
    if len(word) < _SHORTEST_COMMON_WORD or word in NAME_PREPOSITIONS:
        return False
    entry = packaged_lexicon().get(word)
    if entry is None or entry.cap == "na":
        stem = next((word[: -len(end)] for end in _PARTICLES if word.endswith(end)), "")
        entry = packaged_lexicon().get(stem) if len(stem) >= _SHORTEST_COMMON_WORD else None
    return entry is not None and entry.cap == "0"


def _opens_rank(words: Sequence[str], index: int) -> bool:
    """Whether a police or military rank opens at ``index``: a rank's word (``Kombes``) or
    a rank written out in two words (``Komisaris Besar``, see ``RANK_PAIRS``)."""
    pair = tuple(word.lower() for word in words[index : index + 2])
    return words[index].lower() in RANK_WORDS or pair in RANK_PAIRS


def _split_at_ranks(
    words: Sequence[str], tagged: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Tagger spans with a person from the last rank inside them: ``Polda Sulut Kombes
    Ibrahim Tombo`` (or ``Komisaris Besar Ibrahim Tombo``) is the regional police and
    Ibrahim Tombo. What comes before the rank
    stays of the span's kind, unless that is a person (it names their office, as in
    ``Kapolda Metro Jaya Irjen Fadil Imran``). A span opening with a rank's grade right
    after the rank is the person after the grade (``Ajun Komisaris Besar`` + ``Polisi
    Budiyanto``, which the tagger read as an organisation)."""
    result: list[tuple[int, int, str]] = []
    for start, end, label in tagged:
        if (
            end - start > 1
            and words[start].lower() in RANK_GRADES
            and _qualifies_title(words, start)
        ):
            result.append((start + 1, end, "PER"))  # Komisaris Besar + Polisi Budiyanto
            continue
        ranks = [index for index in range(start, end - 1) if _opens_rank(words, index)]
        if not ranks:
            result.append((start, end, label))
            continue
        if label != "PER" and ranks[0] > start:
            result.append((start, ranks[0], label))
        result.append((ranks[-1], end, "PER"))
    return result


def _opens_next_venue(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is a dash between a name and a venue opening with its
    head (``Jalan Duren Tiga Raya – Jalan Raya Pasar Minggu``, a detour's route): two
    places, not one name."""
    return (
        0 < index < len(words) - 1
        and words[index] in _DASHES
        and words[index + 1].lower() in VENUE_HEADS
        and is_name_word(words[index - 1])
    )


def _joins_full_names(tokens: Sequence[Token], index: int) -> bool:
    """Whether a dash stands apart between two names of two words or more (``Irianto MS
    Syaifuddin - Tatang Farhanul Hakim``, a ticket of two persons), not inside one name
    whose hyphen the text spaces (``Zeta - Jones``, ``T - Five``), nor before a common
    word capitalised at a sentence start (``Yoon Eun - Hye Mendapat``)."""
    around = tokens[index - 2 : index + 3]
    return (
        len(around) == 5
        and index >= 2
        and around[1].end < around[2].start
        and around[2].end < around[3].start
        and all(
            is_name_word(token.text) and not _is_common_word(token.text.lower())
            for token in (*around[:2], *around[3:])
        )
    )


def _is_current_before(words: Sequence[str], index: int) -> bool:
    """Whether a political current, capitalised, stands right before the one-word name at
    ``index`` (``Sosial`` + ``Demokrat``): with it, the name is another party's (the German
    social democrats), not the known party of that word (see ``IDEOLOGY_WORDS``). Not
    before an acronym: ``Dewan Pengurus Nasional PKPI`` is PKPI's board."""
    return (
        index > 0
        and words[index - 1][:1].isupper()
        and words[index - 1].lower() in IDEOLOGY_WORDS
        and not words[index].isupper()
    )


def _head_kind(word: str) -> str | None:
    """The kind of entity a head word names (``Jalan`` a place, ``PT`` a company)."""
    lowered = word.lower()
    if lowered in PLACE_HEADS:
        return "place"
    return "organisation" if lowered in ORGANISATION_HEADS else None


#: Each head word with the kind it names (see ``_head_kind``).
_HEAD_KINDS: dict[str, str] = {
    head: kind for head in PLACE_HEADS | ORGANISATION_HEADS if (kind := _head_kind(head))
}


def _ends_own_name(match: GazetteerMatch, after: Sequence[str]) -> bool:
    """Whether the words right after a known organisation's short name are the last words
    of its own full name (``Kadin Indonesia``, ``MUI Indonesia``: Kamar Dagang dan Industri
    Indonesia, Majelis Ulama Indonesia), so the two name the body itself, not a branch or
    another body."""
    name = match.entry.name.casefold().split()
    return (
        match.entry.kind == "organisation"
        and 0 < len(after) < len(name)
        and [word.casefold() for word in after] == name[-len(after) :]
    )


def _opens_shop_at_venue(match: GazetteerMatch, start: int, end: int) -> bool:
    """Whether a name from ``start`` to ``end`` read as a venue by its English last word
    (see ``_tagged_kind``) is a known company's or brand's shop there, an organisation, as
    a bank's branch is (see ``_BRANCH_OPENERS``): the company opens it and the venue's own
    name of two words or more follows (``Starbucks Grand Indonesia Mall``); a venue named
    after its sponsor stays a place (``Emirates Stadium``, ``Allianz Arena``)."""
    return match.entry.kind == "organisation" and match.start == start and end - match.end >= 2


def _longer_name(
    field: _Field,
    tagged: dict[int, tuple[int, int, str]],
    match: GazetteerMatch,
    taken: set[int],
    places: dict[int, int],
) -> tuple[int, int, str | None]:
    """The longest name a gazetteer match is part of, and its kind when it is another
    entity (``None`` when it still is the match's: the match, or it with legal forms).

    ``tagged`` maps each token to the tagger span over it; ``taken`` holds the tokens of
    all gazetteer matches and of the longer names already found. The name grows over
    what the tagger puts in one span with the match, over a tagged span of the match's
    kind right after it (``Indofood`` + ``CBP Sukses Makmur``; one before it is a unit
    of its own: ``Fakultas Kehutanan UGM``) and over heads (``Jl``, ``Gedung``, ``PT``,
    ``Tbk``), to at most ``_LONGEST_NAME`` words; it never grows over punctuation,
    lowercase words (but a preposition between two words of one tagged name:
    ``University of`` + ``South Florida``), titles and their qualifiers (``Duta Besar`` +
    ``RI``), dates, a score's first number (``Crystal Palace 2 - 1``), ``Derby`` (``Derby
    Madrid`` names the city) or other never-entity words (``Presiden``, ``Kota``), an
    organisation not over a rank opening the next person's name (``Badan Keamanan Laut``
    + ``Laksamana Madya Arie Soedewo``), nor into another
    known name, except an organisation into a known place right after it that the tagger
    puts in its span (``Kejaksaan Tinggi`` + ``Sulawesi Selatan``, ``Arema`` +
    ``Indonesia``: a branch or a club, not the place),
    and then over the whole place (``DPRD Kabupaten Rote`` + ``Ndao``); an administrative
    head there names the organisation's seat (``DPRD Kabupaten Bogor`` is the council). A
    person's name never starts with a known company or place: ``Google Sundar Pichai`` is a
    company and a person (but ``Badrodin Haiti`` and ``Aurora Aksnes`` are persons). It
    never grows over a line break (``di Stasiun`` ending a paragraph, ``Cikini`` opening
    the next).
    """
    words, line_starts = field.words, field.line_starts
    if match.entry.kind == "place" and _is_office_seat(words, match.start):
        return match.start, match.end, None
    own_label = KIND_LABELS[match.entry.kind]
    low, high = match.start, match.end
    while high - low < _LONGEST_NAME:
        right = tagged.get(high)
        inner = [tagged.get(low), tagged.get(high - 1)]
        grown = [span for span in inner if span]
        if right and right[2] == own_label:
            grown.append(right)
        if low > 0 and _head_kind(words[low - 1]) and is_name_word(words[low - 1]):
            grown.append((low - 1, low, ""))
        if low > 1 and (_is_head_stop(words, low - 1) or _is_international_head(words, low - 1)):
            grown.append((low - 2, low, ""))
        if own_label == "ORG" and high - low == 1 and _is_current_before(words, low):
            grown.append((low - 1, low, ""))
        if high < len(words) and _head_kind(words[high]) and is_name_word(words[high]):
            grown.append((high, high + 1, ""))
        if own_label == "ORG" and high < len(words) and _is_unit_code(words[high], taken, high):
            grown.append((high, high + 1, ""))
        wider = min([low, *(span[0] for span in grown)]), max([high, *(span[1] for span in grown)])
        if wider == (low, high):
            break
        low, high = wider

    def in_named_organisation(index: int) -> bool:
        """A title inside a tagged organisation that opens with a naming head: the members
        it gathers (``Perhimpunan Advokat Indonesia``, ``Ikatan Dokter Indonesia``)."""
        inside = tagged.get(index)
        return (
            inside is not None
            and inside[2] == "ORG"
            and inside[0] < index
            and words[inside[0]].lower() in NAMING_ORGANISATION_HEADS
            and words[index].lower() in TITLE_WORDS
        )

    def in_company(index: int) -> bool:
        """A known place inside what the tagger reads as one company opening with its
        form, with the match (``PT Bangun Palu Sulteng``): the company's name goes on over
        it, no place cuts it (``Sulteng``, a province's short alias). Only on past the
        match: a company's start is its form's (see ``_join_companies_over_places``)."""
        inside = tagged.get(index)
        return (
            index in places
            and inside is not None
            and inside is tagged.get(match.start)
            and words[inside[0]].lower() in COMPANY_FORMS
        )

    def belongs(index: int) -> bool:
        word = words[index]
        return (
            (
                index not in taken
                and word not in SPAN_BREAKS
                and word not in SPORTS_COUNTRY_CODES
                and is_name_word(word)
                and not _is_ordinal(words, index)
                and not _is_direction(words, index)
                and not _in_job_title(words, index)
                and not _qualifies_title(words, index)
                and not _opens_sentence_as_common_word(words, index)
                and not _is_neighbourhood_number(words, index)
                and not _opens_score(words, index)
                and word.lower() not in _DERBY_WORDS  # Derby Madrid names the city
                and (
                    word.lower() not in NEVER_ENTITIES
                    or _head_kind(word) is not None
                    or (own_label == "PER" and _is_middle_initial(words, index))
                    or in_named_organisation(index)
                )
            )
            or _is_initial_stop(words, index)
            or _is_head_stop(words, index)
        )

    def joins_parts(index: int) -> bool:
        """A preposition between two words of one tagged name (``University of``), not
        after a job title (``Head of``), ``dan`` in a tagged organisation that opens
        with a head (``Dinas Pariwisata dan Kebudayaan DKI Jakarta``), or a particle in a
        tagged venue that opens with its head (``Circuit de Barcelona``, ``Estadio de la
        Cartuja``: the venue, not the club or the city)."""
        inside = tagged.get(index)
        headed = (
            inside is not None
            and inside[2] == "ORG"
            and words[inside[0]].lower() in NAMING_ORGANISATION_HEADS
        )
        venue = (
            inside is not None
            and inside[2] == "LOC"
            and words[inside[0]].lower() in VENUE_HEADS | PLACE_OPENERS
            and words[index] in SURNAME_PARTICLES
        )
        return (
            (
                words[index] in NAME_PREPOSITIONS
                or (headed and words[index] in CONJUNCTIONS)
                or venue
            )
            and inside is not None
            and tagged.get(index - 1) is inside
            and tagged.get(index + 1) is inside
            and words[index - 1].lower() not in JOB_TITLE_ENDS
        )

    def branch_place(index: int) -> bool:
        inside = tagged.get(index)
        return own_label == "ORG" and index in places and inside is not None and inside[2] == "ORG"

    start, end = match.start, match.end
    while (
        start > max(low, match.end - _LONGEST_NAME)
        and start not in line_starts
        and (belongs(start - 1) or joins_parts(start - 1))
    ):
        start -= 1
    if (
        match.entry.kind == "place"
        and start == match.start > low
        and start - 1 not in taken
        and words[start - 1] in ADMINISTRATIVE_HEADS
        and _is_lowercase_place_head(words, start - 1)
    ):
        start -= 1  # its head in lowercase: desa Kalibaru is Desa Kalibaru
    while (
        end < min(high, start + _LONGEST_NAME)
        and end not in line_starts
        and (belongs(end) or branch_place(end) or joins_parts(end) or in_company(end))
        and words[end].lower() not in OFFICE_WORDS  # Bank BCA + Kantor Cabang Kelapa Gading
        and not _is_identity_number(words, end)  # Fadli Zon + NPWP 09.468.771.2
        and not (own_label == "ORG" and _first_name_of_next_person(words, tagged, end))
        and not (own_label == "ORG" and _opens_rank(words, end))  # Bakamla + Laksamana Madya
        and _person_run_on(words, tagged, end, end == match.end and own_label != "PER") is None
    ):
        end += 1
    seated = own_label == "ORG" and (
        words[match.start].lower() in SEATED_BODIES
        or " ".join(words[match.start : match.end]).lower() in SEATED_BODIES
    )
    seat = match.end + (match.end < len(words) and words[match.end].lower() in ADMINISTRATIVE_HEADS)
    if (
        seated
        and end in (match.end, seat)  # the tagger may have taken the head: KPU Kota + Surabaya
        and seat in places
        and line_starts.isdisjoint({match.end, seat})
    ):
        return start, places[seat], "organisation"  # DPRD + (Kabupaten) Sumsel: its council
    while words[start] in NAME_PREPOSITIONS or (start < match.start and _is_numeral(words[start])):
        start += 1  # a name starts with neither a preposition nor a count: 2007 + PTBA
    if match.entry.kind == "place":
        start = _past_faith_words(words, start, match.start)
    while words[end - 1] in NAME_PREPOSITIONS:
        end -= 1
    if branch_place(end - 1) and places[end - 1] > end:
        end = places[end - 1]  # a known place is taken whole: DPRD Kabupaten Rote Ndao
    if own_label == "ORG" and end == match.end and _is_arm(words, tagged, end):
        end += 1  # a company's arm: Google Indonesia
    while end > match.end and (
        _is_cut_initial(words, end - 1)
        or _is_year(words[end - 1])
        or words[end - 1] == "."
        or (
            _opens_next_name(words, end - 1)
            and (match.entry.kind == "place" or _opens_tagged_place(tagged, end - 1))
        )
    ):
        end -= 1
    if (
        match.entry.kind == "product"
        and (start, end) == (match.start, match.end + 1)
        and _VERSION.fullmatch(words[match.end])
    ):
        return match.start, match.end, None  # its version, see _mark_models: MIUI 9
    added_at = [*range(start, match.start), *range(match.end, end)]
    added = [words[index].lower() for index in added_at if not _is_head_stop(words, index)]
    same_entity = (
        ADMINISTRATIVE_HEADS if match.entry.kind == "place" else LEGAL_FORMS | FOREIGN_LEGAL_FORMS
    )
    if match.entry.kind == "organisation":
        same_entity |= OFFICE_WORDS  # Kantor Kementerian Sosial is the ministry
    if all(word in same_entity for word in added) and not _names_own_company(
        words, tagged, match, start, taken
    ):
        return start, end, None
    if _ends_own_name(match, words[match.end : end]) and start == match.start:
        return start, end, None  # Kadin + Indonesia: Kamar Dagang dan Industri Indonesia
    # An organisation's seat does not make it a place: DPRD Kabupaten Bogor is the council.
    seats = ADMINISTRATIVE_HEADS if match.entry.kind == "organisation" else frozenset()
    heads = [kind for word in added if (kind := _head_kind(word)) and word not in seats]
    labels = Counter(span[2] for index in added_at if (span := tagged.get(index)))
    if _is_regional_branch(words[start:end]):
        kind = "organisation"  # BPBD + Kabupaten Dompu: the body's branch, not the regency
    elif heads:
        kind = heads[0]
    elif _after_country_code(words, start):
        kind = "organisation"
    elif labels:
        read = LABEL_KINDS[labels.most_common(1)[0][0]]
        kind = _tagged_kind(words[start:end], read)
        if kind == "place" != read and _opens_shop_at_venue(match, start, end):
            kind = "organisation"  # a shop at a mall: Starbucks Grand Indonesia Mall
    else:
        kind = match.entry.kind
    if kind == "person" and start == match.start and match.entry.kind in ("organisation", "place"):
        return match.start, match.end, None
    return start, end, kind


#: What may stand right before a person's name the tagger reads whole, where no title or
#: company can: a sentence's or a clause's end, an opening bracket, a pair's slash.
_NAME_BREAKS = frozenset({",", ".", "!", "?", ";", ":", "(", "/", "-", "–", "—"})


def _opens_person_after_break(
    words: Sequence[str], tagged: dict[int, tuple[int, int, str]], match: GazetteerMatch, end: int
) -> bool:
    """Whether a known one-word company opens a person's name of two more words the tagger
    reads as one, right after a break (see ``_NAME_BREAKS``), at a field's start or after
    the conjunction ending a list of persons: that is the person's given name (``tunggal
    putra Indonesia, Sony Dwi Kuncoro`` and ``Tommy Sugiarto, Anthony Ginting, dan Sony Dwi
    Kuncoro`` are the shuttler, not the company). A company before its executive's name
    follows a title or a word (``CEO Google Sundar Pichai``) and stays the company. Not a
    place, which opens the names of bodies the tagger reads as persons (``Indonesia
    Corruption Watch``)."""
    start = match.start
    last = start - 3 if start > 2 and words[start - 2] == "," else start - 2
    before = tagged.get(last) if last >= 0 else None
    after_person = (
        words[start - 1] in CONJUNCTIONS
        and before is not None
        and before[2] == "PER"
        and before[1] == last + 1
    )
    return (
        match.entry.kind == "organisation"
        and match.end - start == 1
        and end - match.end >= 2
        and (start == 0 or words[start - 1] in _NAME_BREAKS or after_person)
    )


def _only_legal_forms_around(
    words: Sequence[str], match: GazetteerMatch, start: int, end: int
) -> bool:
    """Whether the name ``[start, end)`` is a known name with legal forms around it (one
    written with a full stop too: ``PT. PBB``)."""
    around = [
        words[index]
        for index in (*range(start, match.start), *range(match.end, end))
        if not _is_head_stop(words, index)
    ]
    return bool(around) and all(word.lower() in LEGAL_FORMS for word in around)


def _names_own_company(
    words: Sequence[str],
    tagged: dict[int, tuple[int, int, str]],
    match: GazetteerMatch,
    start: int,
    taken: set[int],
) -> bool:
    """Whether legal forms around a known organisation make another company: one named by
    the letters of the organisation's acronym (``PT PBB``, a club's company, is no UN), or
    the tail of a longer name the tagger reads from before it, cut where another known
    name took its words (``PT Bank China Construction Bank Indonesia Tbk`` is no central
    bank; ``General Manager PT Jasa Marga`` is still Jasa Marga). Not an acronym opening
    the tail: two bodies' acronyms run together (``Kostrad TNI``), each the known body."""
    if match.entry.kind != "organisation":
        return False
    surface = " ".join(words[match.start : match.end])
    acronym = surface.isupper() and surface != match.entry.name
    if acronym and start < match.start and words[start].lower() in COMPANY_FORMS:
        return True
    inside = tagged.get(match.start)
    return (
        inside is not None
        and inside[2] == "ORG"
        and inside[0] < start
        and start - 1 in taken
        and not (surface.isupper() and start == match.start)
    )


def _first_name_of_next_person(
    words: Sequence[str], tagged: dict[int, tuple[int, int, str]], index: int
) -> bool:
    """Whether the word at ``index``, that the tagger read into an organisation, is the
    first name of the person it read right after (``Ferrari Sebastian`` + ``Vettel``): the
    words read alone as one person's name, and the known organisation does not grow over
    it."""
    after = tagged.get(index + 1)
    return (
        after is not None
        and after[2] == "PER"
        and after[0] == index + 1
        and _is_given_name(words[index])
        and _reads_as_one_person(words[index : after[1]])
    )


def _is_arm(words: Sequence[str], tagged: dict[int, tuple[int, int, str]], index: int) -> bool:
    """Whether the home country's name stands at ``index``, right after a known
    organisation, and the tagger reads no place of its own there: the organisation's arm in
    Indonesia (``Google Indonesia``, ``Microsoft Indonesia``), one organisation. A place the
    tagger reads apart is the place, and a party's or an office's region is no arm
    (``PDIP Jawa Barat``, ``KPK Jakarta``: the party's branch, the commission in Jakarta,
    which the annotated corpora leave to the party and the commission)."""
    inside = tagged.get(index)
    return (
        index < len(words)
        and words[index] == HOME_COUNTRY
        and (inside is None or inside[2] == "ORG")
    )


_LONGEST_HOLDER = 4


def _holder_after(
    words: Sequence[str], tagged: dict[int, tuple[int, int, str]], index: int
) -> tuple[int, int] | None:
    """The person the tagger ran into a known name ending right before ``index``, to the
    end of its span: two to four capitalised words, no common word nor title among them
    (``Google Indonesia`` + ``Putri Alam``); one is enough after an office's seat that a
    title opens (``Kepala Dinas Pendidikan Kota Bogor`` + ``Fahrudin``), where the holder
    is named next."""
    inside = tagged.get(index)
    if index == 0 or inside is None or tagged.get(index - 1) is not inside:
        return None
    holder = _without_initials(words[index : inside[1]])
    given = all(
        word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
        and word.lower() not in NEVER_ENTITIES
        and not _is_common_word(word.lower())
        for word in holder
    )
    fits = _SHORTEST_HOLDER <= len(holder) <= _LONGEST_HOLDER
    if len(holder) == 1 and _in_titled_office(words, index - 1):
        fits = _is_name_like(holder[0])
    return (index, inside[1]) if given and fits else None


def _in_titled_office(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` ends an office's name a title opens, back over name
    words and conjunctions to its head (``Kepala Dinas Pemuda dan Olahraga Padang``)."""
    start = index
    while start > max(0, index - _LONGEST_NAME):
        if words[start].lower() in ORGANISATION_HEADS:
            return words[start - 1].lower() in TITLE_WORDS
        if not (is_name_word(words[start]) or words[start] in CONJUNCTIONS):
            return False
        start -= 1
    return False


def _person_run_on(
    words: Sequence[str], tagged: dict[int, tuple[int, int, str]], index: int, after_match: bool
) -> tuple[int, int] | None:
    """The person the tagger ran into a known name ending at ``index``: after the home
    country of a company's arm (``Google Indonesia`` + ``Putri Alam``), or right after the
    known name when the words alone read as one person to the tagger (``pebulu tangkis
    Denmark`` + ``Viktor Axelsen``, ``Partai Golkar`` + ``Agung Laksono``; not ``New York``
    + ``Mercantile Exchange``, nor ``Saudi`` + ``Arabian Airlines``). Never words ending as
    only a body's name does (``Indonesia`` + ``Corruption Watch``, see ``_tagged_kind``)."""
    holder = _holder_after(words, tagged, index)
    if holder is None:
        return None
    name = _without_initials(words[holder[0] : holder[1]])
    if _tagged_kind(name, "person") != "person":
        return None
    if words[index - 1] == HOME_COUNTRY:
        return holder
    if not after_match or any(_is_seldom_capitalised(word) for word in name):
        return None
    return holder if _reads_as_one_person(name) else None


def _without_initials(name: Sequence[str]) -> Sequence[str]:
    """A person's name without its middle initials and their stops (``Johnny G. Plate``
    as ``Johnny Plate``): an initial is no common word, and the tagger reads the name
    alone as a person only without it."""
    kept = [
        word
        for index, word in enumerate(name)
        if not (0 < index < len(name) - 1 and len(word) == 1 and word.isupper())
        and not (word == "." and index > 1 and len(name[index - 1]) == 1)
    ]
    return kept if len(kept) < len(name) else name


def _reads_as_one_person(words: Sequence[str]) -> bool:
    """Whether the tagger, given ``words`` alone out of their sentence, reads them as one
    person's name (``False`` without a model)."""
    return _read_alone(words) == "person"


def _read_alone(words: Sequence[str]) -> str | None:
    """The kind of the one name the tagger reads ``words`` as, given alone out of their
    sentence; ``None`` if it reads them as anything else, or without a model."""
    tagger = packaged_tagger()
    labels = tagger.tag(words) if tagger is not None and words else []
    label = labels[0][2:] if labels and labels[0].startswith("B-") else ""
    whole = label and all(later == f"I-{label}" for later in labels[1:])
    return LABEL_KINDS.get(label) if whole else None


def _is_seldom_capitalised(word: str) -> bool:
    """A word the news mostly writes in lowercase (``motor``, ``exchange``): in a name
    after a company's, part of that company's name (``Honda Prospect Motor``), not a
    person's."""
    entry = packaged_lexicon().get(word.lower())
    return entry is not None and entry.cap in RARELY_CAPITALISED


def _is_cut_initial(words: Sequence[str], index: int) -> bool:
    """An initial whose name goes on past a span's end (``Washington D`` of ``D.C``)."""
    word = words[index]
    return len(word) == 1 and word.isupper() and index + 1 < len(words) and words[index + 1] == "."


def _is_middle_initial(words: Sequence[str], index: int) -> bool:
    """A capital letter alone between two words of a known person's name (``Yasonna H
    Laoly``): an initial, not the title Haji it also abbreviates, which follows no name
    word."""
    word = words[index]
    return (
        len(word) == 1
        and word.isupper()
        and 0 < index < len(words) - 1
        and is_name_word(words[index + 1])
        and is_name_word(words[index - 1])
        and words[index - 1].lower() not in NEVER_ENTITIES
    )


def _is_initial_stop(words: Sequence[str], index: int) -> bool:
    """The full stop of an initial inside a name: ``Washington D.C``, ``Arifin C. Noer``."""
    return (
        words[index] == "."
        and 0 < index < len(words) - 1
        and len(words[index - 1]) == 1
        and words[index - 1].isupper()
        and is_name_word(words[index + 1])
    )


def _is_head_stop(words: Sequence[str], index: int) -> bool:
    """The full stop of an abbreviated administrative head, street or company's form before
    a name: ``Kab. Bogor`` is Kabupaten Bogor, the place Bogor; ``Jl. Sudirman`` a street,
    as ``Jl Sudirman`` is; ``PT. PBB`` is a company, as ``PT PBB`` is."""
    return (
        words[index] == "."
        and 0 < index < len(words) - 1
        and words[index - 1][:1].isupper()
        and words[index - 1].lower() in ABBREVIATED_HEADS | STREET_ABBREVIATIONS | COMPANY_FORMS
        and is_name_word(words[index + 1])
    )


def _is_international_head(words: Sequence[str], index: int) -> bool:
    """``Internasional`` after a venue's head, before a known name: ``Bandara Internasional
    Soekarno - Hatta`` is the airport (Bandara Soekarno - Hatta, see
    ``VENUE_HEAD_SPELLINGS``), not the place the name alone is."""
    return (
        words[index].lower() == _INTERNATIONAL
        and index > 0
        and words[index - 1].lower() in VENUE_HEADS
        and is_name_word(words[index - 1])
    )


_INTERNATIONAL = "internasional"
_UNIT_CODE_LENGTH = range(2, 6)


def _is_unit_code(word: str, taken: set[int], index: int) -> bool:
    """An unknown code in capitals right after a company (``Indofood CBP``) names a unit
    or a listed company of its own, not the parent."""
    return (
        index not in taken
        and word.isalpha()
        and word.isupper()
        and len(word) in _UNIT_CODE_LENGTH
        and word.lower() not in NEVER_ENTITIES
    )


def _is_money(words: Sequence[str], start: int, end: int) -> bool:
    """``US$1``, ``dolar AS``: a currency, not a country; and an amount the tagger read
    as a name with its currency (``US$ 26``, an organisation)."""
    after_currency = start > 0 and words[start - 1].lower() in CURRENCY_WORDS
    amount = any(
        words[index] == "$" and (index + 1 == end or words[index + 1][:1].isdigit())
        for index in range(start, end)
    )
    return after_currency or amount or (end < len(words) and words[end] == "$")


def _clear_context(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a one-letter name like ``X`` is clearly the entity here."""
    before = [word.lower() for word in words[max(0, start - 2) : start]]
    after = [word.lower() for word in words[end : end + 2]]
    if before and before[-1] in CLEAR_CONTEXT_BEFORE:
        return True
    if before[-2:] and before[-1] == "menjadi" and len(before) == 2 and before[0] in RENAME_NOUNS:
        return True
    if after and after[0] in CLEAR_CONTEXT_AFTER:
        return True
    return len(after) == 2 and after[0] in "(," and after[1] in FORMER_NAME_WORDS


#: A regency's head as police units and courts write it after the regency's name where a
#: city shares the name (``Polres Bogor Kabupaten`` beside ``Polres Bogor Kota``).
_REGENCY_HEAD = "Kabupaten"


def _regency_named_head_last(
    words: Sequence[str], start: int, end: int, match: GazetteerMatch, gazetteer: Gazetteer
) -> tuple[int, GazetteerEntry] | None:
    """Where the regency named by a known city's name and ``Kabupaten`` after it ends, and
    the regency the gazetteer knows by ``Kabupaten`` and that name (``Kapolres Bogor
    Kabupaten``, ``Bogor Kabupaten`` are Kabupaten Bogor, not the city); ``None`` for
    any other name, the head taken in already or right after it."""
    if (
        match.entry.kind != "place"
        or start != match.start
        or end
        not in (
            match.end,
            match.end + 1,
        )
    ):
        return None
    if match.end >= len(words) or words[match.end] != _REGENCY_HEAD:
        return None
    regency = gazetteer.lookup(f"{_REGENCY_HEAD} {' '.join(words[match.start : match.end])}")
    if regency is None or regency.kind != "place" or regency.id == match.entry.id:
        return None
    return match.end + 1, regency


#: A word an article writes capitalised inside its sentences at least this many times,
#: and this many times as often as in lowercase, is a name whose lowercase is a slip.
_SLIP_CAPITALISED = 5


def _common_lowercase_words(fields: Sequence[_Field]) -> set[str]:
    """The words the article writes in lowercase, beside which a one-word name is a
    capitalised common word (see ``_tagged_spans``); not a name it writes capitalised
    inside its sentences five times and five times as often (a singer ``Jupe`` forty times
    and ``jupe`` once: the slip dropped her from the whole article). Counted once per
    article."""
    lowercase = Counter(word for field in fields for word in field.words if word.islower())
    capitalised: Counter[str] = Counter(
        folded
        for field in fields
        for index, word in enumerate(field.words)
        if word[:1].isupper()
        and (folded := word.lower()) in lowercase
        and not _opens_sentence_or_quote(field.words, index)
    )
    return {
        word
        for word, count in lowercase.items()
        if capitalised[word] < _SLIP_CAPITALISED * max(1, count)
    }


def _recognise(fields: Sequence[_Field], gazetteer: Gazetteer) -> list[_Span]:
    """Gazetteer and tagger spans of all fields, without overlaps.

    A gazetteer match inside a longer name gives way to that name, an entity of its own
    (``Jl Medan Merdeka Selatan`` is a street, not the city Medan). One-letter names
    count everywhere in an article once one of them is in a clear context, and nowhere
    otherwise: there they do not cut a tagged name either (``Sultan Hamengku Buwono X``
    is one person where ``X`` is not the platform).
    """
    spans: list[_Span] = []
    pending: list[_Span] = []
    confirmed: set[str] = set()
    lowercase_words = _common_lowercase_words(fields)
    has_context: dict[str, bool] = {}  # per entry id: one scan per article, not per match
    football: bool | None = None  # whether a football report, once a nickname asks
    names_club: dict[str, bool] = {}  # per entry id: whether the article names the club
    tagged = {field.name: _tagger_spans(field) for field in fields}
    covering = {
        name: {index: span for span in spans or () for index in range(span[0], span[1])}
        for name, spans in tagged.items()
    }
    for field in fields:
        matches = gazetteer.find(field.words)
        taken = {index for match in matches for index in range(match.start, match.end)}
        places = {  # each token of a known place, with that place's end
            index: match.end
            for match in matches
            if match.entry.kind == "place"
            for index in range(match.start, match.end)
        }
        claimed: set[int] = set()
        for match in matches:
            if match.start in claimed:
                continue
            surface = " ".join(field.words[match.start : match.end])
            if _is_money(field.words, match.start, match.end) or gazetteer.is_ignored(surface):
                continue
            if match.start > 0 and gazetteer.is_ignored(
                f"{field.words[match.start - 1]} {surface}"
            ):
                continue  # the end of an ignored name: Surat Telegram, a police order, no app
            if _is_portfolio(field.words, match.start, match.end):
                continue
            entry = match.entry
            if entry.context and entry.id not in has_context:
                has_context[entry.id] = _writes_any(fields, entry.context)
            if entry.context and not has_context[entry.id]:
                continue
            if entry.is_team_nickname(field.words[match.start : match.end]):
                if football is None:
                    football = _is_football_report(fields)
                if entry.id not in names_club:  # its name, an alias or a short form
                    other = [
                        name for name in entry.surfaces if not entry.is_team_nickname(name.split())
                    ]
                    names_club[entry.id] = _writes_any(fields, [*other, *entry.short_forms])
                if not football and not names_club[entry.id]:
                    continue
            if match.needs_context:
                pending.append(_Span(field, match.start, match.end, match.entry.kind, match.entry))
                if _clear_context(field.words, match.start, match.end):
                    confirmed.add(match.entry.id)
                continue
            start, end, kind = _longer_name(field, covering[field.name], match, taken, places)
            regency = _regency_named_head_last(field.words, start, end, match, gazetteer)
            if kind is None and regency is not None:
                end, entry = regency
            after_match = end == match.end and match.entry.kind != "person"
            holder = _person_run_on(field.words, covering[field.name], end, after_match)
            if (
                holder is not None
                and (start, end) == (match.start, match.end) == (match.start, holder[0])
                and _opens_person_after_break(field.words, covering[field.name], match, holder[1])
                and not taken.intersection(range(*holder))
            ):
                spans.append(_Span(field, start, holder[1], "person", None, grown_from=match))
                taken.update(range(start, holder[1]))
                claimed.update(range(start, holder[1]))
                continue
            if holder is not None and not taken.intersection(range(*holder)):
                spans.append(_Span(field, *holder, "person", None))
                taken.update(range(*holder))
            taken.update(range(start, end))
            claimed.update(range(start, end))
            if kind is None:
                spans.append(_Span(field, start, end, entry.kind, entry))
            elif not gazetteer.is_ignored(" ".join(field.words[start:end])):
                own = _only_legal_forms_around(field.words, match, start, end)
                spans.append(
                    _Span(field, start, end, kind, None, grown_from=match, keeps_legal_forms=own)
                )
    confirmed_pending = [span for span in pending if span.entry and span.entry.id in confirmed]
    characters = _character_starts(fields)
    for field in fields:
        known = {
            index: span.kind
            for span in spans + confirmed_pending
            if span.field is field
            for index in range(span.start, span.end)
        }
        field_tagged = tagged[field.name]
        if field_tagged is not None:
            spans.extend(_tagged_spans(field, field_tagged, gazetteer, known, lowercase_words))
        _mark_products(field, spans, gazetteer)
        _mark_features(field, spans, gazetteer)
        _mark_english_titles(field, spans)
        _mark_sources(field, spans, gazetteer)
        _mark_named_after(
            field,
            spans,
            gazetteer,
            characters.get(id(field), []),
            "person",
            add_untagged=_reads_as_one_person,
        )
        _mark_credit_lines(field, spans)
        _mark_press(field, spans, gazetteer)
        _mark_opponents(field, spans, gazetteer)
        _name_national_teams_by_country(field, spans, gazetteer)
        _mark_defined_organisations(fields, field, spans)
        _mark_headed_organisations(field, spans)
        _mark_offices_of_known_bodies(field, spans)
        _mark_suffixed_organisations(field, spans, gazetteer)
        _mark_codes_in_parentheses(field, spans)
        _mark_names_spelt_out_after(field, spans)
        _mark_persons_with_ages(field, spans, gazetteer)
        _mark_players_before_countries(field, spans, gazetteer)
        _mark_persons_before_followers(field, spans)
        _mark_persons_after_openers(field, spans)
        _join_names_across_links(field, spans)
        _mark_sanctuaries(field, spans)
        _mark_places_after_heads(field, spans)
        _mark_places_defined_as_places(field, spans)
        _mark_executives_companies(field, spans)
        _mark_teams_in_parentheses(field, spans)
        _mark_prefixed_clubs(field, spans)
        _mark_lineups(field, spans)
        _mark_listed_lineups(field, spans)
        _mark_squads_by_position(field, spans)
        _mark_results_lines(field, spans, gazetteer)
        _mark_doubles_pairs(field, spans)
        _mark_places_in_lists(field, spans, gazetteer)
        _mark_persons_in_bracketed_lists(field, spans)
        _mark_websites(field, spans)
    spans.extend(confirmed_pending)
    _mark_works(fields, spans, gazetteer)
    _retype_places_titled_as_works(fields, spans)
    _mark_show_titles(fields, spans)
    _mark_models(fields, spans, gazetteer)
    _mark_known_models_without_makers(fields, spans, gazetteer)
    _mark_aircraft_models(fields, spans)
    _mark_numbered_craft(fields, spans)
    _mark_listed_models(fields, spans)
    _mark_components(fields, spans, gazetteer)
    _retype_coded_names(spans, gazetteer)
    _retype_teams_read_as_models(fields, spans)
    _mark_plated_vehicles(fields, spans)
    _mark_vessels(fields, spans)
    _mark_ships_after_noun(fields, spans)
    _mark_listed_quoted_works(fields, spans)
    _part_names_from_known_places(fields, spans)
    _mark_names_defined_as_organisations(fields, spans)
    _retype_cued_persons(fields, spans)
    _drop_initials(fields, spans)
    levies = _levy_acronyms(spans)
    kept = []
    for span in spans:
        if _is_publisher_furniture(span) or _is_agencies_credit(span):
            span.field.furniture.update(span.indices())
            if span.entry is not None:
                span.field.publishers.append(span.entry)
        elif _is_nickname(span) and not _is_character(span, characters):
            continue
        elif not any(
            test(span)
            for test in (
                _is_tag,
                _is_language,
                _is_law,
                _is_levy,
                lambda span: span.entry is None and span.words in levies,
                _is_counted_board,
                _is_event,
                _is_award_category,
                _is_agreement,
                _closes_headed_event,
                _is_operation,
                _is_status,
                _is_branch_level,
                _is_disease,
                _names_cup,
                _names_event,
            )
        ):
            kept.append(span)
    _join_adjacent_persons(kept)
    _join_given_names_read_as_places(kept)
    _part_offices_from_persons(fields, kept)
    _part_countrymen_from_countries(kept)
    _retype_persons_after_places(kept)
    _retype_villages_before_districts(kept)
    _retype_names_between_persons(kept)
    _retype_relatives(kept)
    _retype_groups_before_leaders(kept)
    _retype_capitals(kept)
    _retype_dateline_places(kept)
    _retype_addressed_clubs(kept)
    _retype_names_apposed_to_relations(kept)
    _mark_dateline_places_after_publishers(fields, kept)
    _mark_weekday_datelines(fields, kept)
    _mark_dateline_places_before_publishers(fields, kept)
    return kept


#: The word a metropolitan police command writes between its head and its city
#: (``Polres Metro Bekasi``, ``Kapolres Metro Jakarta Selatan``).
_METRO = "Metro"
#: The longest city name after ``Metro`` (``Bekasi Kota``, ``Jakarta Selatan``).
_LONGEST_METRO_CITY = 3


def _join_metro_commands(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """``Metro`` and a known place right after a police command's head or its chief's
    title (see ``COMMAND_HEADS``, ``COMMAND_SEAT_TITLES``) name the metropolitan command,
    one organisation: ``Polres Metro Bekasi``, and ``Metro Bekasi`` after ``Kapolres``, as
    ``Metro Jaya`` after ``Kapolda`` is Polda Metro Jaya. The tagger read ``Metro`` as a
    person and the city apart. The commands are found first, then the spans they cover
    go in one pass: an article of many commands cost its spans again for each."""
    commands: list[_Span] = []
    taken: set[tuple[int, int]] = set()
    for field in {id(span.field): span.field for span in spans}.values():
        words = field.words
        for index in field.positions.get(_METRO.lower(), ()):
            head = words[index - 1].lower() if index > 0 else ""
            if words[index] != _METRO or head not in COMMAND_HEADS | COMMAND_SEAT_TITLES:
                continue
            end = next(
                (
                    end
                    for end in range(
                        min(len(words), index + 1 + _LONGEST_METRO_CITY), index + 1, -1
                    )
                    if (place := gazetteer.lookup(" ".join(words[index + 1 : end]))) is not None
                    and place.kind == "place"
                ),
                None,
            )
            if end is None:
                continue
            start = index - 1 if head in COMMAND_HEADS else index
            covers = {(id(field), at) for at in range(start, end)}
            if taken.isdisjoint(covers):
                taken |= covers
                commands.append(_Span(field, start, end, "organisation", None))
    _replace_spans_over(spans, taken, commands)


def _replace_spans_over(
    spans: list[_Span], taken: set[tuple[int, int]], added: list[_Span]
) -> None:
    """Put ``added`` in place of every span on a word of ``taken`` (a field's id and a
    word's index), in one pass over the spans."""
    if added:
        spans[:] = [
            span
            for span in spans
            if taken.isdisjoint((id(span.field), at) for at in range(span.start, span.end))
        ]
        spans.extend(added)


#: Heads of a regional office's short name, its unit's name and its area after it: a
#: Jakarta city's Suku Dinas (``Sudin PKP Jakarta Barat``, ``Sudin Bina Marga Jaksel``) and
#: a ministry's Kantor Wilayah (``Kanwil Kemenkumham Riau``, ``Kanwil Kementerian Agama``).
_AREA_OFFICE_HEADS = frozenset({"sudin", "kanwil"})
#: The most words of such an office's name after its head.
_LONGEST_AREA_OFFICE = 8
#: Staff words before an office, no part of its name (``Petugas Sudin PKP``, ``Perwira
#: Piket Sudin PKP``), beside the titles (``TITLE_WORDS``).
_OFFICE_STAFF_WORDS = frozenset({"petugas", "personel", "perwira", "piket"})


def _join_area_offices(spans: list[_Span]) -> None:
    """A regional office named short (see ``_AREA_OFFICE_HEADS``) is one organisation with
    its unit's name and the place of its area after it, however the tagger read the parts
    (``Petugas Sudin PKP`` + ``Jakarta Barat``, ``Kanwil Kemenkumham`` a person, the known
    ``Kementerian Agama`` after ``Kanwil``; see ``_area_office_end``). A title or a staff
    word before the head stays out; a unit before it stays in (``Divisi Keimigrasian Kanwil
    Kemenkumham``, a unit named before its body). Where a mention runs on past the office,
    nothing changes. Offices found first, spans dropped in one pass."""
    offices: list[_Span] = []
    taken: set[tuple[int, int]] = set()
    for field in {id(span.field): span.field for span in spans}.values():
        words = field.words
        heads = sorted(i for head in _AREA_OFFICE_HEADS for i in field.positions.get(head, ()))
        if not heads:
            continue
        mine = [span for span in spans if span.field is field]
        starts = {span.start: span for span in mine}
        covering = {index: span for span in mine for index in span.indices()}
        for head in heads:
            end = _area_office_end(field, head, starts) if words[head][:1].isupper() else None
            if end is None:
                continue
            start, before = head, covering.get(head)
            if before is not None and before.start < head:
                outside = {word.lower() for word in words[before.start : head]}
                start = head if outside <= TITLE_WORDS | _OFFICE_STAFF_WORDS else before.start
            parts = {id(span): span for at in range(start, end) if (span := covering.get(at))}
            inside = all(
                span.end <= end and (span.start >= start or span is before)
                for span in parts.values()
            )
            covers = {(id(field), at) for at in range(start, end)}
            if inside and taken.isdisjoint(covers):
                taken |= covers
                offices.append(_Span(field, start, end, "organisation", None))
    _replace_spans_over(spans, taken, offices)


#: Words that end an office's name where they follow it untagged: a title, an honorific
#: or a degree opens the person after it (``Kanwil Kemenag Bapak Ahmad``, ``Kanwil
#: Kemenkumham Kepala Divisi ...``, ``Kanwil Kemenag Sumut Drs H Iwan``); not ``Umum`` or
#: ``Khusus``, words of a unit's name (``Sudin Pekerjaan Umum``).
_OFFICE_NAME_BREAKS = (TITLE_WORDS | PERSON_HONORIFICS | DEGREES) - {"umum", "khusus"}
#: Words after an office's area that are still its name (``Kanwil DJP Jakarta Khusus``,
#: ``Kanwil DJP Jakarta Barat`` where the tagger read ``Jakarta`` alone).
_AREA_QUALIFIERS = frozenset({"khusus", "utara", "selatan", "barat", "timur", "tengah"})
#: Heads after ``dan`` that open a second body or a venue, never the rest of an office's
#: name (``Sudin Kesehatan dan Rumah Sakit ...``, ``Kanwil Kemenkumham dan Kanwil ...``).
_OFFICE_AND_STOPS = _AREA_OFFICE_HEADS | ORGANISATION_HEADS | VENUE_HEADS | {"rsud", "puskesmas"}


def _area_office_end(field: _Field, head: int, starts: dict[int, _Span]) -> int | None:
    """Where the office named from ``head`` ends: after capitalised words (``dan`` between
    two, not before another body's head: see ``_OFFICE_AND_STOPS``) and at most one
    organisation, right after the first place (its area, with a qualifier after it: see
    ``_AREA_QUALIFIERS``), before a person (``Kanwil Kemenkumham Riau Ferdinand Siagian``),
    a title (``_OFFICE_NAME_BREAKS``), a new line or another organisation after the first;
    in a headline (capitals on every word) not over untagged words after the body
    (``Kanwil Kemenag Gelar Rapat``). None where no name follows the head."""
    words, lines = field.words, field.line_starts
    headline = field.name == "title" and is_headline_case(words)
    end, bodies = head + 1, 0
    while end < min(len(words), head + 1 + _LONGEST_AREA_OFFICE) and end not in lines:
        span = starts.get(end)
        if span is not None and span.kind == "place":
            qualified = span.end < len(words) and words[span.end].lower() in _AREA_QUALIFIERS
            return span.end + 1 if qualified and span.end not in lines else span.end
        if span is not None and (span.kind != "organisation" or bodies):
            break
        if span is not None:
            bodies, end = 1, span.end
        elif (bodies and headline) or words[end].lower() in _OFFICE_NAME_BREAKS:
            break
        elif (is_name_word(words[end]) and words[end] not in SPAN_BREAKS) or (
            words[end] in CONJUNCTIONS
            and end + 1 < len(words)
            and end + 1 not in lines
            and is_name_word(words[end + 1])
            and words[end + 1].lower() not in _OFFICE_AND_STOPS
            and _goes_on_in_office(starts.get(end + 1), bodies)
        ):
            end += 1
        else:
            break
    return end if end > head + 1 else None


def _goes_on_in_office(after: _Span | None, bodies: int) -> bool:
    """Whether an office's name goes on over ``dan`` to the span ``after`` it: none, or the
    rest of the unit's name the tagger read as a body of its own (``Sudin Penanggulangan
    Kebakaran dan`` + ``Penyelamatan Jakbar``), unknown and no body's head, where the name
    holds no body yet (``Kanwil Kementerian Agama dan Kemenag`` names two)."""
    return after is None or (
        after.kind == "organisation"
        and after.entry is None
        and not bodies
        and after.words[0].lower() not in ORGANISATION_HEADS
    )


#: A police command's level written out after ``Kepolisian`` (``Kepolisian Daerah`` for
#: ``Polda``, ``Kepolisian Resor`` for ``Polres``, older news's ``Kepolisian Wilayah``).
_POLICE_LEVELS = frozenset({"Daerah", "Resor", "Resort", "Sektor", "Wilayah"})


#: Heads of a police command's unit named before it (``Satuan Reserse Narkoba Kepolisian
#: Kota Besar Medan``): a place read over such a unit and its command is the unit, where a
#: venue's head there (``Rumah Sakit Bhayangkara Kepolisian Daerah ...``, ``Asrama
#: Kepolisian Resor Bogor``) keeps it a place.
_COMMAND_UNIT_HEADS = UNIT_HEADS | {"satuan", "unit", "seksi", "bagian", "bidang", "detasemen"}


def _join_spelt_out_commands(spans: list[_Span]) -> None:
    """A place right after ``Kepolisian`` and a command's level written out (``ditahan
    Kepolisian Daerah Jateng``, see ``_POLICE_LEVELS``) names the command, one
    organisation, as ``Polda Jateng`` does; the tagger read the place alone, or the
    command whole as a place (``Kepolisian Resor Bogor``), or a unit and its command
    (``Satuan Reserse Narkoba Kepolisian Kota Besar Medan``; a city's command has the
    city's head for its level, see ``_opens_city_command``). Older news puts the short form
    in parentheses between (``Kepolisian Resor (Polres) Bogor``, see
    ``_spelt_out_command_start``): there the command and its short form are made as a
    body defined with its acronym, so that ``_join_seats_after_acronyms`` joins the seat
    and links ``Polres Bogor`` to it; whatever the tagger read over the command's words
    (``Kepolisian Resor``, a place) is the command."""
    covered, at = _covered(spans), _SpansAt(spans)
    added: list[_Span] = []
    removed: set[int] = set()
    for span in spans:
        words = span.field.words
        if span.kind != "place":
            continue
        if any(
            (index == span.start or words[span.start].lower() in _COMMAND_UNIT_HEADS)
            and (
                _spelt_out_command_start(words, index + 2) == index
                or _opens_city_command(words, index)
            )
            for index in range(span.start, span.end - 2)
        ):
            span.kind, span.entry, span.target = "organisation", None, None  # read whole
            continue
        start = _spelt_out_command_start(words, span.start)
        if start is None:
            continue
        if words[span.start - 1] == ")":
            paren = span.start - 3
            read = [inside for inside in at.over(start, span.start) if inside is not span]
            if not all(inside.start >= start and inside.end <= paren for inside in read):
                continue
            removed.update(map(id, read))
            command = _Span(span.field, start, paren, "organisation", None)
            added += [
                command,
                _Span(span.field, paren + 1, paren + 2, "organisation", None, command),
            ]
        elif covered.isdisjoint((id(span.field), index) for index in range(start, span.start)):
            span.start = start
            span.kind, span.entry, span.target = "organisation", None, None
    _drop_removed(spans, removed)
    spans.extend(added)


def _spelt_out_command_start(words: Sequence[str], place: int) -> int | None:
    """Where ``Kepolisian`` opens a command spelt out before the place at ``place``: right
    before its level (``Kepolisian Resor Bogor``), or before the level and the command's
    short form in parentheses (``Kepolisian Resor (Polres) Bogor``); ``None`` if none."""
    if place >= 1 and _opens_city_command(words, place - 1):
        return place - 1
    level = place - 1
    if level >= 3 and words[level] == ")" and words[level - 2] == "(":
        if not words[level - 1].lower().startswith("pol"):
            return None
        level -= 3
    if level < 1 or words[level] not in _POLICE_LEVELS or words[level - 1] != "Kepolisian":
        return None
    return level - 1


def _opens_city_command(words: Sequence[str], index: int) -> bool:
    """Whether ``Kepolisian`` at ``index`` opens a city's command, its level the city's
    head (``Kepolisian Kota Besar Medan``, older news's ``Poltabes``; ``Kepolisian Kota
    Medan``): the tagger read the city, or the unit before it all, as a place."""
    return words[index] == "Kepolisian" and index + 2 < len(words) and words[index + 1] == "Kota"


#: The most words of a person's name in parentheses after another's (``Euron Greyjoy
#: (Pilou Asbaek)``) or in apposition after a title (see ``_retype_persons_apposed_to_titles``).
_LONGEST_RETYPED_PERSON = 3


def _retype_persons_bracketed_after_persons(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A full name in parentheses right after a person's, which the tagger reads alone as
    one person's, is a person whatever it read there (an organisation, a place): the actor
    after the character (``Cersei Lannister (Lena Headey)``), the substitute after the
    player in a line-up (``Thiago (Joshua Kimmich)``). A name of one word may be a
    character's or a nickname (``Marsha Timothy (Marlina)``), and is left alone, as is a
    name with a known one inside, a team's (``Valentino Rossi (Movistar Yamaha)``), and a
    title after a performer in a sentence about songs (see ``_after_song_noun``)."""
    at = _by_start(spans)
    ending = {(id(span.field), span.end): span for span in spans}
    for span in spans:
        words, start, end = span.field.words, span.start, span.end
        if (
            span.kind in ("organisation", "place")
            and span.entry is None
            and span.target is None
            and span.grown_from is None  # a known name inside: Rossi (Movistar Yamaha)
            and 2 <= end - start <= _LONGEST_RETYPED_PERSON
            and start > 1
            and words[start - 1] == "("
            and end < len(words)
            and words[end] == ")"
        ):
            before = ending.get((id(span.field), start - 1))
            if (
                before is not None
                and before.kind == "person"
                and at.get((id(span.field), start)) is span
                and not _after_song_noun(words, before.start)
                and not gazetteer.find(span.words)
                and _reads_as_one_person(span.words)
            ):
                span.kind = "person"


#: The most words back from a performer to the song noun of its sentence (``lagu hit
#: lainnya milik Kelly Clarkson``).
_SONG_NOUN_REACH = 20


def _after_song_noun(words: Sequence[str], index: int) -> bool:
    """Whether a song's noun (``SONG_NOUNS``, ``album``) comes shortly before ``index``
    in its sentence: a title in parentheses after a performer there is the song's
    (``Kelly Clarkson (Love So Soft)``), no actor's."""
    for before in range(index - 1, max(-1, index - 1 - _SONG_NOUN_REACH), -1):
        word = words[before].lower()
        if word in ".!?":
            return False
        if word in SONG_NOUNS or word == "album":
            return True
    return False


#: Kin nouns with ``-nya`` (``putranya``, ``istrinya``): someone's relative, named next.
_THEIR_KIN = frozenset(noun for noun in RELATIVE_NOUNS if noun.endswith("nya"))
#: Of those, one that also means a company's subsidiary (``Pertamina melalui anaknya, Patra
#: Niaga Jaya,``): the name after it is a person's only where the tagger reads it so alone.
_SUBSIDIARY_KIN = frozenset(("anaknya",))
#: The most words between a title and the comma before its holder's name in apposition
#: (``Kepala kepolisian wilayah Punjab, Zulfiqar Hameed,``); older news writes where the
#: office is too (``Penasihat koperasi tekstil di Kabupaten Majalaya, Sakti Natawijaya,``).
_LONGEST_TITLED_OFFICE = 8


def _ends_titled_apposition(words: Sequence[str], end: int) -> bool:
    """Whether an apposition after a comma ends at ``end``: at a comma, or at the place
    a speaker spoke in, ``di`` and a capitalised word (``kata Kepala Bappenas, Paskah
    Suzetta di Jakarta``)."""
    if end >= len(words):
        return False
    return words[end] == "," or (
        words[end] == "di" and end + 1 < len(words) and words[end + 1][:1].isupper()
    )


def _names_titled_region(span: _Span, after: str) -> bool:
    """Whether ``span``, read as a place before ``di``, names the region the title before
    the comma heads (``Kepala Desa, Sukamaju di Garut``: the village, in Garut), no holder."""
    words = span.field.words
    return (
        after == "di"
        and span.kind == "place"
        and words[span.start - 2].lower() in ADMINISTRATIVE_HEADS
    )


def _retype_persons_apposed_to_titles(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A name between commas right after a phrase a title opens (``juru bicara
    kementerian, Geng Shuang,``, ``Kepala kepolisian wilayah Punjab, Zulfiqar Hameed,``,
    see ``TITLE_WORDS``), which the tagger reads alone as one person's, is that title's
    holder, a person, whatever it read there (an organisation, a place), also before the
    place the speaker spoke in (``Kepala LPS, Krisna Wijaya di Jakarta``); so is one right
    after a relative's noun with ``-nya`` (``mempekerjakan putranya, Kwame,``, see
    ``_THEIR_KIN``), with no title and whatever the tagger reads alone (after ``anaknya``,
    also a subsidiary, only what it reads alone as a person's). Not past a person
    named before the comma, whose title it is (``Bripka Taufik Ismail, Bhabinsa,``), nor a
    longer name or one with a known name inside: a body's (``Direktur Utama Bank X, PT
    ...``)."""
    persons = _covered(span for span in spans if span.kind == "person")
    for span in spans:
        words, start, end = span.field.words, span.start, span.end
        if (
            span.kind not in ("organisation", "place")
            or span.entry is not None
            or span.target is not None
            or span.grown_from is not None
            or end - start > _LONGEST_RETYPED_PERSON
            or start < 2
            or words[start - 1] != ","
            or not _ends_titled_apposition(words, end)
            or _names_titled_region(span, words[end])
        ):
            continue
        kin = words[start - 2].lower()
        if kin in _THEIR_KIN:
            if (
                all(map(is_name_word, span.words))
                and not gazetteer.find(span.words)
                and (kin not in _SUBSIDIARY_KIN or _reads_as_one_person(span.words))
            ):
                span.kind = "person"
            continue
        phrase = start - 1
        while (
            phrase > max(0, start - 1 - _LONGEST_TITLED_OFFICE)
            and words[phrase - 1].isalpha()
            and phrase - 1 not in span.field.line_starts
            and (id(span.field), phrase - 1) not in persons
        ):
            phrase -= 1
            if words[phrase].lower() in TITLE_WORDS:
                if not gazetteer.find(span.words) and _reads_as_one_person(span.words):
                    span.kind = "person"
                break


#: The least words of a mayor's name the tagger read as the city after ``Wali Kota``
#: (``Wali Kota Fauzi Bahar``); one word there is mostly the city (``Wali Kota Depok``).
_SHORTEST_MAYOR_NAME = 2
#: The mayor's title, which the tagger reads as a city's head (``Kota``).
_MAYOR_CUE = ("wali", "kota")


def _retype_mayors_read_as_cities(spans: Sequence[_Span], gazetteer: Gazetteer) -> None:
    """A name right after ``Wali Kota`` that the tagger read as a place is the mayor, a
    person, where older news leaves the city out (``rencana Wali Kota Fauzi Bahar``): the
    tagger takes ``Kota`` for a city's head there, which ``Walikota`` written as one word
    or ``Bupati`` do not lead it to. Only a name of two words or more that no place the
    gazetteer knows spells (``Wali Kota Padang Panjang``, ``Wali Kota Jakarta Utara``),
    with a word the news has written (a given name or a surname: ``Fauzi``, ``Tamim``; a
    foreign city's or a town's words are seldom one: ``Wali Kota Chiang Mai``, ``Wali Kota
    Rantau Prapat``) and that the tagger reads alone as a person's name (not ``Wali Kota
    Tanjung Selor``)."""
    lexicon = packaged_lexicon()
    for span in spans:
        words, start = span.field.words, span.start
        if (
            span.kind == "place"
            and span.entry is None
            and span.end - start >= _SHORTEST_MAYOR_NAME
            and _cue_before(words, start, _MAYOR_CUE)
            and all(map(_is_given_name, span.words))
            and any(word.lower() in lexicon for word in span.words)
            and not gazetteer.find(span.words)
            and _reads_as_one_person(span.words)
        ):
            span.kind = "person"


#: The words of a panel of judges (``majelis hakim``) with its head's title before them,
#: whose head the name after it is.
_JUDGES_PANEL = ("ketua", "majelis", "hakim")
#: The kinds of case an Islamic court (Aceh's Mahkamah Syar'iyah) hears, which news names
#: its panels by (``Majelis Hakim Jinayat``, criminal cases) and the lexicon never saw: a
#: jurisdiction, no judge.
_SHARIA_JURISDICTIONS = frozenset(
    ("jinayat", "jinayah", "muamalah", "mu'amalah", "ahwal", "syakhsiyah", "syakhshiyah", "hisbah")
)


def _retype_judges_read_as_panels(spans: Sequence[_Span], gazetteer: Gazetteer) -> None:
    """A one-word name right after ``majelis hakim`` (a panel of judges) that the tagger
    read as an organisation is the judge who heads it, a person (``Ketua Majelis Hakim
    Ialaluddin.``): the tagger takes the panel for a body the name goes on. Only a name
    the news never wrote (no lexicon entry: not ``Tipikor``, a court's short name) and
    that the tagger reads alone as a person's, no title's qualifier (``Majelis Hakim
    Agung``, see ``TITLE_QUALIFIERS``) nor a known name. Only after ``Ketua`` (the head
    named): a panel alone goes on with the kind of its court (``majelis hakim Jinayat``,
    Aceh's criminal law), and so does a head's panel named after the kind of case it hears
    (``Ketua Majelis Hakim Jinayat``, see ``_SHARIA_JURISDICTIONS``)."""
    lexicon = packaged_lexicon()
    for span in spans:
        words, start = span.field.words, span.start
        word = words[start]
        if (
            span.kind == "organisation"
            and span.entry is None
            and span.end - start == 1
            and _cue_before(words, start, _JUDGES_PANEL)
            and ("hakim", word.lower()) not in TITLE_QUALIFIERS
            and word.lower() not in lexicon
            and word.lower() not in _SHARIA_JURISDICTIONS
            and not gazetteer.find(span.words)
            and _reads_as_one_person(span.words)
        ):
            span.kind = "person"


#: First words of an English newspaper's name (``Daily Star``, ``Daily Record``).
_NEWSPAPER_OPENERS = frozenset(("Daily",))
#: English body ends that are also persons' surnames (``Margaret Court``).
_SURNAME_BODY_ENDS = frozenset(("court",))


def _retype_persons_named_as_english_bodies(spans: list[_Span]) -> None:
    """A person's name of two words or more the tagger read that ends in an English body's
    head (``Hana Bank``, ``American Cancer Society``, see ``BODY_GLOSS_ENDS``) or opens
    as an English daily does (``menurut Daily Star``) names a body: no person is called
    so. Not where a title or an honorific before it says a person (``Pak``, ``Presiden``),
    nor a known name."""
    for span in spans:
        words, start, end = span.field.words, span.start, span.end
        if span.kind != "person" or span.entry is not None or end - start < 2:
            continue
        last = words[end - 1]
        if not (
            (last[:1].isupper() and last.lower() in BODY_GLOSS_ENDS - _SURNAME_BODY_ENDS)
            or (words[start] in _NEWSPAPER_OPENERS and words[start + 1][:1].isupper())
        ):
            continue
        before = words[start - 1].lower() if start else ""
        if before in TITLE_WORDS or before in PERSON_HONORIFICS:
            continue
        span.kind = "organisation"


#: Words a goalkeeper's name follows in a match report (``menjebol gawang Petr Cech``,
#: ``penjaga gawang Yoo Jae Hoon``, ``ditepis kiper Jonas Loessl``), as often as a club's.
_KEEPER_CUES = frozenset({"gawang", "kiper"})


#: First words of a team's name or nickname, never of a person's: an article (``The
#: Swans``, ``Si Merah``, ``Los Blancos``), a team's word (``Tim Merah Putih``, ``Laskar
#: Pelangi``) or a club's opening word (``Racing Santander``, ``Real Betis``).
_TEAM_NAME_OPENERS = frozenset(
    (
        *("the", "si", "los", "las", "les"),
        *("tim", "timnas", "skuad", "skuat", "laskar", "pasukan"),
        *("real", "racing", "sporting", "atletico", "olympique", "deportivo", "dinamo"),
        *("dynamo", "borussia"),
    )
)
#: Words after a team that tell its result (``Racing Santander tertinggal``): a keeper
#: is never their subject.
_TEAM_RESULT_WORDS = RESULT_WORDS | frozenset(("tertinggal", "menyamakan"))


def _is_keeper_shaped(words: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Two words or more, each capitalised and then lowercase, as a person's name is: no
    club's word (``Arrow FC``), no acronym (``APOEL Nicosia``), no known name inside
    (``Persela Lamongan``, ``Sporting Lisbon``) and no team's first word (``The Swans``,
    see ``_TEAM_NAME_OPENERS``)."""
    return (
        len(words) > 1
        and all(word.isalpha() and word[:1].isupper() and word[1:].islower() for word in words)
        and words[0].lower() not in _TEAM_NAME_OPENERS
        and not any(word.lower() in _CLUB_WORDS for word in words)
        and not gazetteer.find(words)
    )


def _retype_keepers(fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer) -> None:
    """An unknown name of a person's shape (see ``_is_keeper_shaped``) the tagger read as
    an organisation right after ``gawang`` or ``kiper`` is the goalkeeper, a person, in
    every mention (``menggetarkan gawang Petr Cech``, then ``ditepis Petr Cech``): the
    tagger reads a club there, as it mostly is (``gawang Persib``). Not a name the
    article writes after an opponent's cue or a score (``menang atas La Coruna``) or
    before a result's word (``Racing Santander tertinggal``): a club named so is no
    keeper."""
    teams: set[tuple[str, ...]] = set()
    keepers: set[tuple[str, ...]] = set()
    for field in fields:
        words = field.words
        opponents = set(_cue_ends(field, OPPONENT_CUES | CLUB_CUES)) | set(_score_ends(field))
        after_cue = {index + 1 for cue in _KEEPER_CUES for index in field.positions.get(cue, ())}
        for span in spans:
            if span.field is not field or span.entry is not None:
                continue
            if span.end < len(words) and words[span.end].lower() in _TEAM_RESULT_WORDS:
                teams.add(span.words)  # whatever the tagger read there
            if span.kind != "organisation":
                continue
            if span.start in opponents:
                teams.add(span.words)
            elif span.start in after_cue and field.words[span.start - 1].islower():
                keepers.add(span.words)
    keepers = {words for words in keepers - teams if _is_keeper_shaped(words, gazetteer)}
    if not keepers:
        return
    for span in spans:
        if span.kind == "organisation" and span.entry is None and span.words in keepers:
            span.kind = "person"


#: Titles a minister's one-word name may follow straight (``Menteri Ratna``); not
#: ``dirjen`` or ``jenderal``, whose next word is as often a department or a rank's.
_MINISTERS = frozenset({"menteri", "mentri", "menko", "wamen"})
#: A noun made with ``ke-an`` or ``pe(r)-an``, the shape of a portfolio the list misses
#: (``Menteri Kehakiman``, misspelt ``Peridustrian``), not of a given name.
_PORTFOLIO_SHAPE = re.compile(r"(?:ke|pe)[a-z]{3,}an")


def _mark_ministers_named_alone(
    fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer
) -> None:
    """One capitalised word right after a minister's title and before a lowercase word or
    a stop (``Menteri Ratna meninjau``) is the minister, a person, where the tagger read
    nothing there or an organisation: a lone sentence has no fuller mention of the
    minister to link it from. Only where the word is no portfolio (``Menteri Keuangan``,
    ``Menteri BUMN``: in ``PORTFOLIO_WORDS``, an acronym, or of a portfolio's shape), no
    known name, and the tagger reads it alone as a person's name."""
    starts = _by_start(spans)
    for field in fields:
        words = field.words
        taken = _covered_in(field, spans)
        for index in range(1, len(words)):
            word = words[index]
            if (
                words[index - 1].lower() not in _MINISTERS
                or not (word[:1].isupper() and word[1:].islower())
                or (index + 1 < len(words) and words[index + 1][:1].isupper())
                or word.lower() in PORTFOLIO_WORDS
                or _PORTFOLIO_SHAPE.fullmatch(word.lower())
            ):
                continue
            span = starts.get((id(field), index))
            if index in taken and not (
                span is not None
                and span.kind == "organisation"
                and span.end == index + 1
                and span.entry is None
                and span.target is None
            ):
                continue
            if gazetteer.find([word]) or not _reads_as_one_person([word]):
                continue
            if span is not None and index in taken:
                span.kind = "person"
            else:
                spans.append(_Span(field, index, index + 1, "person", None))


def _is_bare_name_word(word: str, gazetteer: Gazetteer) -> bool:
    """A capitalised word of a name's shape (``Marcus``, no acronym) that is no common word
    and no known name: one the words around it must tell the kind of."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.lower() not in NEVER_ENTITIES
        and not _is_common_word(word.lower())
        and not gazetteer.find([word])
    )


def _mark_paired_players(
    fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer
) -> None:
    """Two lone words joined by a slash (``Marcus / Kevin menang``) are a doubles pair's
    players, each a person, where the untagged ones are no common word or known name
    (``Jakarta / Bogor``) and either the other is already a one-word person or both read
    alone as persons' names (one alone added wrong persons on a blind FacQA sample): in
    a whole article their full names link them; a sentence alone names them only so,
    and the tagger often finds one of the two."""
    persons = {
        (id(span.field), span.start)
        for span in spans
        if span.kind == "person" and span.end - span.start == 1
    }
    for field in fields:
        words = field.words
        taken = _covered_in(field, spans)
        for slash in range(1, len(words) - 1):
            pair = (slash - 1, slash + 1)
            if (
                words[slash] != "/"
                or (pair[0] > 0 and words[pair[0] - 1][:1].isupper())
                or (pair[1] + 1 < len(words) and words[pair[1] + 1][:1].isupper())
            ):
                continue
            named = [index for index in pair if (id(field), index) in persons]
            bare = [
                index
                for index in pair
                if index not in taken and _is_bare_name_word(words[index], gazetteer)
            ]
            if (
                len(named) + len(bare) == 2
                and bare
                and (named or all(_reads_as_one_person([words[index]]) for index in bare))
            ):
                for index in bare:
                    spans.append(_Span(field, index, index + 1, "person", None))
                taken.update(bare)


def _mark_hyphened_tickets(
    fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer
) -> None:
    """Two persons' names joined by a hyphen in one word (``pemerintahan Jokowi-JK``,
    ``pasangan Irianto-Tatang``) are a ticket, one person mention as the annotated corpora
    mark it (see ``_HYPHENED_PAIR``), where the tagger left the word unread and each half
    is a known person's name or a word of a person the article names, the two halves of
    two persons: not one person's own name (``tol Joko-Widodo``). A sentence read alone
    gets it from the gazetteer only."""
    named: dict[str, set[object]] = {}
    for span in spans:
        if span.kind == "person":
            who = span.entry.id if span.entry is not None else span.words
            for word in span.words:
                named.setdefault(word, set()).add(who)

    def persons(half: str) -> set[object]:
        entry = gazetteer.lookup(half)
        known = {entry.id} if entry is not None and entry.kind == "person" else set()
        return named.get(half, set()) | known

    for field in fields:
        taken = _covered_in(field, spans)
        for index, word in enumerate(field.words):
            match = _HYPHENED_PAIR.fullmatch(word)
            if match is None or index in taken or gazetteer.lookup(word) is not None:
                continue
            first, second = persons(match.group(1)), persons(match.group(2))
            if first and second and len(first | second) > 1:
                spans.append(_Span(field, index, index + 1, "person", None))


#: The most words of a party's name after ``Fraksi`` (``Partai Amanat Nasional``).
_LONGEST_PARTY_NAME = 4


def _part_parties_from_factions(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A party's faction in a parliament is the party, as idner marks it (``Fraksi Partai
    Demokrat``: the party alone, ``F-PDIP`` as PDIP): where the tagger read the faction
    whole (``Fraksi Hanura``, a place) or ran a known body into it (``DPR Fraksi Hanura``,
    ``Fraksi PPP DPR``, also read as ``DPR Fraksi`` + ``Hanura``), the party is named alone
    and linked to the party, the body apart. ``F-PKS`` is PKS."""
    at = _by_start(spans)
    parted: list[_Span] = []
    removed: set[int] = set()
    for span in spans:
        words = span.field.words
        if span.kind == "person" or span.entry is not None or id(span) in removed:
            continue
        if span.end - span.start == 1 and words[span.start].startswith("F-"):
            party = _known_party(gazetteer, words[span.start][2:])
            if party is not None:
                span.kind, span.entry, span.target = "organisation", party, None
            continue
        head = next((i for i in range(span.start, span.end) if words[i] == "Fraksi"), None)
        if head is None:
            continue
        after = at.get((id(span.field), span.end)) if head == span.end - 1 else None
        if after is not None and after.kind != "person" and after.entry is None:
            party = _known_party(gazetteer, " ".join(after.words))  # DPR Fraksi + Hanura
            if party is None:
                continue
            after.kind, after.entry, after.target = "organisation", party, None
            body = gazetteer.lookup(" ".join(words[span.start : head]))
            if body is None:
                removed.add(id(span))
            else:
                span.end, span.kind, span.entry, span.grown_from = head, body.kind, body, None
            continue
        found = next(
            (
                (end, party)
                for end in range(min(span.end, head + 1 + _LONGEST_PARTY_NAME), head + 1, -1)
                if (party := _known_party(gazetteer, " ".join(words[head + 1 : end])))
            ),
            None,
        )
        if found is None:
            continue
        end, party = found
        bodies = [  # the known bodies the tagger ran into it, each a name of its own
            (start, stop, body)
            for start, stop in ((span.start, head), (end, span.end))
            if start < stop and (body := gazetteer.lookup(" ".join(words[start:stop])))
        ]
        if len(bodies) < (head > span.start) + (end < span.end):
            continue  # an unknown name beside it: no telling where it ends
        span.start, span.end, span.kind, span.entry = head + 1, end, "organisation", party
        span.target, span.grown_from = None, None
        parted.extend(_Span(span.field, *body[:2], body[2].kind, body[2]) for body in bodies)
    _drop_removed(spans, removed)
    spans.extend(parted)


def _known_party(gazetteer: Gazetteer, surface: str) -> GazetteerEntry | None:
    """The known political party ``surface`` names, written with capitals (``Hanura``,
    ``PDI Perjuangan``); ``None`` otherwise."""
    entry = gazetteer.lookup(surface) if surface[:1].isupper() else None
    return entry if entry is not None and entry.name.startswith("Partai ") else None


def _extend_organisations_over_units(spans: list[_Span]) -> None:
    """An organisation right after a unit's head and name (``Komisi III DPR``, ``Biro
    Penerangan Masyarakat Divisi Humas Polri``, see ``UNIT_HEADS``; a party's faction is
    the party, see ``_part_parties_from_factions``) is named
    as that unit, one organisation: its mention opens at the farthest head of the
    capitalised run before it, so a title before the head (``Kepala``) stays out. The unit
    read as an organisation of its own right before the body (``Dewan Pengawas`` ``TVRI``)
    joins it the same way."""
    covered = {(id(span.field), index): span for span in spans for index in span.indices()}
    joined: set[int] = set()
    for span in spans:
        if span.kind != "organisation" or id(span) in joined:
            continue
        field, words = span.field, span.field.words
        start, index = None, span.start
        while index > max(0, span.start - _LONGEST_NAME) and index not in field.line_starts:
            word = words[index - 1]
            unit = covered.get((id(field), index - 1))
            if unit is not None:
                if (
                    unit.kind == "organisation"
                    and unit.field is field
                    and unit.end == index
                    and unit.entry is None
                    and _heads_unit(span, unit.start)
                ):
                    start = unit.start
                    joined.add(id(unit))
                break
            if not is_name_word(word):
                break
            index -= 1
            if _heads_unit(span, index):
                start = index
        if start is not None:
            span.start, span.entry, span.grown_from = start, None, None
    _drop_removed(spans, joined)


#: Heads that open a body's name the tagger read without them (``Asosiasi``, ``Dinas``,
#: ``Partai``; see ``_give_heads_to_bodies``).
_LEFT_OUT_HEADS = NAMING_ORGANISATION_HEADS | frozenset({"partai"})
_OWN_HEADS = _LEFT_OUT_HEADS | ORGANISATION_HEADS


def _part_known_products_from_bodies(spans: list[_Span]) -> None:
    """A known product the tagger ran into the body after it, where the body opens with an
    organisation's head, is the product, and the body its own (``misi Deep Impact Badan
    Antariksa Amerika Serikat``: the probe, then the agency that flew it)."""
    parted = []
    for span in spans:
        match = span.grown_from
        if (
            match is not None
            and span.kind == "organisation"
            and match.entry.kind == "product"
            and match.start == span.start
            and match.end < span.end
            and span.field.words[match.end].lower() in ORGANISATION_HEADS
        ):
            parted.append(_Span(span.field, span.start, match.end, "product", match.entry))
            span.start, span.grown_from = match.end, None
    spans.extend(parted)


#: The most digits of a craft's serial number after a known name (``Tiangong - 2``).
_LONGEST_SERIAL = 2


def _give_hyphened_numbers_to_known_products(spans: list[_Span]) -> None:
    """A known product followed by a spaced hyphen and a short number is the numbered
    craft of that name (``laboratorium Tiangong - 2``, ``Shenzhou - 6``), as its number
    written without the hyphen is (``Tiangong 2``); older news spaces the hyphen."""
    taken = _covered(spans)
    for span in spans:
        words, end = span.field.words, span.end
        if (
            span.kind == "product"
            and span.entry is not None
            and end + 1 < len(words)
            and words[end] in _DASHES
            and words[end + 1].isdigit()
            and len(words[end + 1]) <= _LONGEST_SERIAL
            and not (end + 2 < len(words) and words[end + 2].lower() in COUNTED_UNITS)
            and end + 1 not in span.field.line_starts
            and (id(span.field), end + 1) not in taken
        ):
            span.end, span.entry, span.target = end + 2, None, None


def _give_heads_to_bodies(spans: list[_Span]) -> None:
    """A body's name the tagger read without its head word, the head in the capitalised
    run right before it, is one organisation from the head (``Ketua Asosiasi`` +
    ``Pertekstilan Indonesia``, ``Kepala Dinas Perikanan dan`` + the place ``Kelautan
    Provinsi Bali``, ``Otoritas`` + ``Palestina``): the tagger took the head for the
    title's word. A title before the head stays out, and ``dan`` joins the name's parts.
    Not after an organisation the gazetteer knows or one opening with a head of its own,
    which the run names a unit of (``Dewan Pimpinan Pusat Partai Demokrat``)."""
    covered = _covered(spans)
    for span in spans:
        if span.kind not in ("organisation", "place") or (
            span.kind == "organisation"
            and (span.entry is not None or span.words[0].lower() in _OWN_HEADS)
        ):
            continue
        field, words = span.field, span.field.words
        head, index = None, span.start
        while index > max(0, span.start - _LONGEST_NAME) and index not in field.line_starts:
            word = words[index - 1]
            joins = word in CONJUNCTIONS and index > 1 and is_name_word(words[index - 2])
            if (id(field), index - 1) in covered or word.lower() in TITLE_WORDS:
                break
            if not (joins or is_name_word(word)):
                break
            index -= 1
            if word.lower() in _LEFT_OUT_HEADS:
                head = index
        if head is not None:
            covered.update((id(field), index) for index in range(head, span.start))
            span.start, span.kind, span.entry, span.grown_from = head, "organisation", None, None


#: Words of a body's board or office that its level follows (``Pimpinan Pusat``,
#: ``Pengurus Pusat``, the head office ``Kantor Pusat BNI``): ``Pusat`` there is the level,
#: no research or information centre opening a unit.
_LEVELLED_BOARDS = frozenset({"pimpinan", "pengurus", "kantor"})


#: Heads of a council, an assembly or a court inside a body (see ``_heads_unit``).
_COUNCIL_HEADS = frozenset({"dewan", "majelis", "mahkamah"})


def _heads_unit(body: _Span, head: int) -> bool:
    """Whether the word at ``head`` opens a unit of the organisation ``body`` (see
    ``UNIT_HEADS``). A council only of a body the gazetteer knows and no party, and a
    board (``BOARD_HEADS``) of no party either: idner marks the party alone (``Dewan Pakar
    Partai Golkar``, ``Pengurus DPC Partai Hanura``), and a name the tagger ran on
    (``PKS`` and the person after it) is no body to extend. An assembly or a court is a
    council too (``Majelis Umum PBB``, ``Mahkamah Kejahatan Perang PBB``), but not a panel
    of judges (``Majelis Hakim``), which sits in a court and is no unit of it."""
    words = body.field.words
    word = words[head].lower()
    if word not in UNIT_HEADS:
        return False
    if word in _COUNCIL_HEADS and words[head + 1].lower() == "hakim":
        return False
    if word == "majelis" and _is_acronym(words[head + 1]):
        return False  # a hearing's panel of a body's board: sidang Majelis DPP KPK
    if word == "pengurus" and words[head + 1].lower() not in BOARD_LEVELS:
        return False  # the body's officials, no unit: Pengurus Persija membenarkannya
    if word in BOARD_LEVELS and head > 0 and words[head - 1].lower() in _LEVELLED_BOARDS:
        return False  # a board's level, no unit of its own: Pimpinan Pusat Muhammadiyah
    if word not in _COUNCIL_HEADS and word not in BOARD_HEADS:
        return True
    party = (body.entry is not None and body.entry.name.startswith("Partai ")) or any(
        w.lower() == "partai" for w in words[head : body.end]
    )
    return not party and (word not in _COUNCIL_HEADS or body.entry is not None)


#: Heads of a place where a company has a branch, written right after its name (``PT
#: Angkasa Pura II Bandara Polonia``). Not an island: a farm's company may take its
#: island into its name (``PT Mutiara ... Pulau Makassar``, one name in round 29's gold).
_BRANCH_VENUE_HEADS = frozenset({"bandara", "pelabuhan"})


def _part_venues_from_companies(spans: list[_Span]) -> None:
    """A company written with its legal form that the tagger ran into the airport or port
    after it, where it works (``PT Angkasa Pura II Bandara Polonia``, see
    ``_BRANCH_VENUE_HEADS``), is two names: the company, and the place with its head. The
    head must come after the company's name (``PT Pelabuhan Indonesia`` is the company)
    and have a name after it."""
    parted: list[_Span] = []
    for span in spans:
        words = span.words
        if span.kind != "organisation" or span.entry is not None or len(words) < 4:
            continue
        if words[0].lower() not in LEGAL_FORMS:
            continue
        cut = next(
            (
                index
                for index in range(2, len(words) - 1)
                if words[index].lower() in _BRANCH_VENUE_HEADS and words[index][:1].isupper()
            ),
            None,
        )
        if cut is None or not all(map(_is_name_like, words[cut + 1 :])):
            continue
        parted.append(_Span(span.field, span.start + cut, span.end, "place", None))
        span.end, span.grown_from = span.start + cut, None
    spans.extend(parted)


#: Words before a venue's name, or opening the name the tagger read, that make it the body
#: running the venue or one a person heads or belongs to, an organisation: its officers and
#: staff (``Direktur Pacific Place``, ``Humas Summarecon Mall``, ``Ketua ... Golf Club``,
#: ``Anggota ... Golf Club``), its managers (``Pengelola``, ``Manajemen``) and a publisher
#: (``Penerbit Prentice Hall``).
_VENUE_BODY_CUES = _OFFICE_STAFF_WORDS | {
    "direktur",
    "dirut",
    "presdir",
    "humas",
    "ketua",
    "ketum",
    "anggota",
    "manajer",
    "manajemen",
    "pengelola",
    "pemilik",
    "penerbit",
}
#: Venues' last words that are persons' surnames too (``Aubrey Plaza``, ``Mary Kay Place``):
#: after a person's title or ``menurut`` the name is the person's (see ``_venue_body_cue``).
_SURNAME_VENUE_ENDS = frozenset({"plaza", "place", "square"})
#: Words before a name that say a person is named (``Aktris``, ``Penyanyi``, ``menurut``).
_VENUE_PERSON_CUES = (TITLE_WORDS - _VENUE_BODY_CUES) | {"menurut"}


def _venue_body_cue(words: Sequence[str], start: int) -> str | None:
    """The kind a name at ``start`` read as a venue by its English last word (see
    ``_tagged_kind``) has by the word before it or its first word: ``organisation`` after
    a body's officer, staff or manager (``_VENUE_BODY_CUES``), ``person`` after a person's
    title (``_VENUE_PERSON_CUES``); None where neither stands there."""
    before = words[start - 1].lower() if start else ""
    if before in _VENUE_BODY_CUES or words[start].lower() in _VENUE_BODY_CUES:
        return "organisation"
    return "person" if before in _VENUE_PERSON_CUES else None


def _keep_venue_bodies(spans: list[_Span]) -> None:
    """A name read as a venue by its English last word (``Pacific Place``, ``Jakarta Golf
    Club``; see ``_tagged_kind``) is the body after its officer, staff or manager, and the
    person after a person's title where the word is a surname too (``Aktris Aubrey Plaza``);
    see ``_venue_body_cue``; so is such a surname's bearer after ``dan`` and a person
    (``Budi dan Dennis Square``). A place the gazetteer knows stays."""
    persons_before = {(id(span.field), span.end + 1) for span in spans if span.kind == "person"}
    for span in spans:
        if span.kind != "place" or span.entry is not None or len(span.words) < 2:
            continue
        if _tagged_kind(span.words, "organisation") != "place":
            continue
        kind = _venue_body_cue(span.field.words, span.start)
        paired = span.start > 1 and span.field.words[span.start - 1] in CONJUNCTIONS
        if paired and (id(span.field), span.start) in persons_before:
            kind = kind or "person"  # Budi dan Dennis Square
        if kind == "organisation" or (
            kind == "person" and span.words[-1].lower() in _SURNAME_VENUE_ENDS
        ):
            span.kind = kind


def _part_cities_from_venues(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A venue or street the tagger ran into the known city after it (``GOR Soemantri
    Brodjonegoro Jakarta``, ``Stadion Patriot Kota Bekasi``; see ``VENUE_HEADS``) is two
    places: the venue, and the city the gazetteer knows, with its administrative head; a
    head written in full is the head (``Bandar Udara``, see ``VENUE_HEAD_SPELLINGS``). The
    venue's last word must be a name (``Stadion Utama Riau`` and ``Bandara Internasional
    Lombok`` are named after their province; ``New`` opens ``New Yogyakarta``), and the
    venue no known place itself. So is one ending in a venue's English head, whatever kind
    the tagger read (``Royal Golf Club Jakarta``, ``Grand City Mall Surabaya``; see
    ``_tagged_kind``), but not the body running it (see ``_venue_body_cue``)."""
    parted: list[_Span] = []
    for span in spans:
        city = span.grown_from
        if span.kind not in ("place", "organisation") or span.entry is not None or city is None:
            continue
        if city.entry.kind != "place" or city.end != span.end or city.start <= span.start:
            continue
        words = span.field.words
        cut = city.start
        if words[cut - 1].lower() in ADMINISTRATIVE_HEADS:
            cut -= 1
        venue = words[span.start : cut]
        headed = span.kind == "place" and _venue_head_spelt(list(venue))[0].lower() in VENUE_HEADS
        ended = (  # Royal Golf Club + Jakarta; not the body: Direktur Pacific Place Jakarta
            _tagged_kind(venue, "organisation") == "place"
            and (span.kind == "place" or _venue_body_cue(words, span.start) is None)
        )
        if (
            len(venue) < 2
            or not (ended or (headed and _is_name_like(venue[-1])))
            or venue[-1].lower() in PLACE_NAME_OPENERS
            or gazetteer.lookup(" ".join(venue)) is not None
        ):
            continue
        parted.append(_Span(span.field, cut, span.end, "place", city.entry))
        span.end, span.grown_from, span.kind = cut, None, "place"
    spans.extend(parted)


#: The word that names a country's independence day (``HUT Kemerdekaan RI``, ``Proklamasi
#: Kemerdekaan Indonesia``): the holiday is no body; the country after it is a place.
_INDEPENDENCE = "kemerdekaan"


def _part_countries_from_independence_days(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A name the tagger read over a country's independence day (``HUT Kemerdekaan RI``,
    an organisation) is only the country after ``Kemerdekaan``, where the gazetteer knows
    the words after it as a place."""
    for span in spans:
        if span.entry is not None or span.kind == "place":
            continue
        lowered = [word.lower() for word in span.words]
        if _INDEPENDENCE not in lowered[:-1]:
            continue
        cut = len(lowered) - lowered[::-1].index(_INDEPENDENCE)
        country = gazetteer.lookup(" ".join(span.words[cut:]))
        if country is None or country.kind != "place":
            continue
        span.start, span.kind, span.entry, span.grown_from = (
            span.start + cut,
            "place",
            country,
            None,
        )


def _join_joint_ventures(spans: list[_Span]) -> None:
    """A company's form before two known companies run together names a joint venture,
    one company of its own (``PT Astra Honda Motor``, ``PT Toyota Astra Motor``): the
    form with the first known name and the names right after it, the next a known
    organisation (or one grown from a known name: ``Honda Motor``), no word between them,
    are one organisation. So are the form's name and a name right after it that ends in a
    closing form, whatever the tagger read it as (``PT Indonesia`` + ``Transport Tbk``, a
    person: one company)."""
    starts = _by_start(spans)
    joined: dict[int, _Span] = {}
    for span in spans:
        if span.kind != "organisation" or id(span) in joined:
            continue
        if span.words[0].lower() not in COMPANY_FORMS or span.end - span.start < 2:
            continue
        run = [span]
        while (after := starts.get((id(span.field), run[-1].end))) is not None and (
            after.end - span.start <= _LONGEST_NAME
        ):
            run.append(after)
        if len(run) > 1 and run[1].words[-1].lower() in CLOSING_COMPANY_FORMS:
            run = run[:2]
        elif (
            span.entry is None
            or len(run) < 2
            or (run[1].entry or run[1].grown_from) is None
            or run[1].kind != "organisation"
        ):
            continue
        venture = _Span(span.field, span.start, run[-1].end, "organisation", None)
        joined.update(dict.fromkeys(map(id, run), venture))
    if joined:
        ventures = {id(venture): venture for venture in joined.values()}
        kept = [span for span in spans if id(span) not in joined]
        spans[:] = [*kept, *ventures.values()]


#: The fewest words of a name closed by a foreign legal form, or opened by a river basin's
#: acronym: the form or the acronym and one name word.
_SHORTEST_FORMED_NAME = 2
#: The acronym of *daerah aliran sungai*, a river's basin, written before the river's name.
_RIVER_BASIN = "DAS"

#: Legal forms that close a company's name (``Co Ltd``, ``Tbk``), see
#: ``_join_names_over_marks``.
_CLOSING_LEGAL_FORMS = FOREIGN_LEGAL_FORMS | CLOSING_COMPANY_FORMS

#: The most name words before an ampersand that a company's name opens with (``Kata Budi
#: & Rekan``: a sentence's verb is no part of it).
_LONGEST_BEFORE_AMPERSAND = 1


def _join_names_over_marks(spans: list[_Span]) -> None:
    """Names the tagger stopped at a mark inside them, ``&`` or a hyphen, joined in one
    scan of the spans. Two organisations with only ``&`` between them, the second ending
    in a legal form, are one company (``Daewoo Shipbuilding & Marine Engineering Co Ltd``),
    as are a company opening with its form and a name after a hyphen (``PT Sino - Europe
    Investment``); a list (``Bank Mandiri & BNI``) keeps its names apart. Then an unknown
    organisation right after ``&`` and capitalised name words before it is one company
    with them (``Two & Two Pictures``, read as ``Two Pictures``): one word, that no other
    name holds but one the tagger read alone (``Lima`` a place)."""
    starts = _by_start(spans)
    covered = {(id(span.field), index): span for span in spans for index in span.indices()}
    joined: set[int] = set()
    after_ampersands = []
    for span in sorted(spans, key=lambda span: -span.start):
        words = span.field.words
        if span.kind != "organisation":
            continue
        if words[span.start - 1 : span.start] == ("&",):
            after_ampersands.append(span)
        after = starts.get((id(span.field), span.end + 1))
        if after is None or after.kind != "organisation":
            continue
        mark = words[span.end]
        if mark == "&":
            joins = after.words[-1].lower().rstrip(".") in _CLOSING_LEGAL_FORMS
        else:
            joins = (
                mark in _DASHES
                and span.end - span.start >= 2
                and span.words[0].lower() in COMPANY_FORMS
            )
        if not joins or span.end + 1 in span.field.line_starts:
            continue
        covered.update(((id(span.field), index), span) for index in range(span.end, after.end))
        span.end, span.entry, span.grown_from = after.end, None, None
        joined.add(id(after))
    dropped: set[int] = set()
    for span in after_ampersands:  # ``covered`` as the joins left it
        words, start = span.field.words, span.start
        if span.entry is not None or id(span) in joined:
            continue
        opening = start - 1
        while start - 1 - opening < _LONGEST_BEFORE_AMPERSAND and opening > 0:
            before = covered.get((id(span.field), opening - 1))
            alone = before is None or (before.end - before.start == 1 and before.entry is None)
            if not (
                alone and is_name_word(words[opening - 1]) and words[opening - 1][:1].isupper()
            ):
                break
            if before is not None:
                dropped.add(id(before))
            opening -= 1
        if opening < start - 1:
            span.start = opening
    _drop_removed(spans, joined | dropped)


#: Words a bond's name opens with before its issuer's (``Obligasi Subordinasi Bank X II``).
_BOND_WORDS = frozenset(("obligasi", "subordinasi", "berkelanjutan", "syariah"))
#: The heads of an issuer's name left once a bond's words are cut off.
_ISSUER_HEADS = frozenset(("bank", "pt"))


def _part_issuers_from_bonds(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A bond's name read as an organisation (``Obligasi Bank Mayapada II``) names its
    issuer, the bank or the company inside it: the bond's words before and its series'
    numeral after are cut off (``Bank Mayapada``). Only where what is left opens with
    ``Bank`` or ``PT`` or is a known organisation; a bond named otherwise (``Obligasi Ritel
    Indonesia``, the state's) is left as it was."""
    for span in spans:
        words = span.words
        if span.kind != "organisation" or words[0].lower() != "obligasi":
            continue
        first, last = 0, len(words)
        while first < last and words[first].lower() in _BOND_WORDS:
            first += 1
        while last > first and _ROMAN_NUMERAL.fullmatch(words[last - 1]):
            last -= 1
        issuer = words[first:last]
        if not issuer:
            continue
        known = [
            match.entry
            for match in gazetteer.find(issuer)
            if match.end - match.start == len(issuer)
        ]
        if issuer[0].lower() in _ISSUER_HEADS or any(
            entry.kind == "organisation" for entry in known
        ):
            span.start, span.end = span.start + first, span.start + last
            span.entry, span.grown_from = None, None


def _join_venues_over_slashes(spans: list[_Span]) -> None:
    """A venue whose name ends in a body's acronym, a slash and a second acronym right
    after it, is one venue housing the bodies (``Gedung MPR/DPR``, the tagger's ``Gedung
    MPR`` and ``DPR``; ``Gedung MPR/DPR/DPD``); the slash joins nothing else (``anggota
    MPR/DPR``, ``Gedung BPPT/Jakarta``)."""
    starts = _by_start(spans)
    joined: set[int] = set()
    for span in spans:
        words = span.field.words
        if (
            span.kind != "place"
            or span.end - span.start < 2
            or span.words[0].lower() not in VENUE_HEADS
            or not _is_acronym(span.words[-1])
        ):
            continue
        while span.end + 1 < len(words) and words[span.end] == "/":
            after = starts.get((id(span.field), span.end + 1))
            if after is None or after.end - after.start != 1 or not _is_acronym(after.words[0]):
                break
            span.end, span.entry, span.grown_from = after.end, None, None
            joined.add(id(after))
    _drop_removed(spans, joined)


#: The partners' word that closes a firm of accountants or lawyers named after its founder
#: (``Haryanto Sahari dan Rekan``, ``Budi Santoso & Rekan``), and the words before it.
_PARTNERS_WORD = "Rekan"
_PARTNERS_JOINS = frozenset(("dan", "&"))


def _join_partner_firms(spans: list[_Span]) -> None:
    """A name right before ``dan Rekan`` or ``& Rekan``, capitalised (see
    ``_PARTNERS_WORD``), is a firm's, which runs over those words: an organisation, not the
    founder it is named after (``kantor akuntan publik Haryanto Sahari dan Rekan``); the
    lowercase colleagues' word joins nothing (``Budi dan rekan-rekannya``), nor one a
    capitalised word goes on from (``Budi dan Rekan Sejawat``)."""
    for span in spans:
        words, end = span.field.words, span.end
        if (
            span.kind in ("person", "organisation")
            and end + 1 < len(words)
            and words[end] in _PARTNERS_JOINS
            and words[end + 1] == _PARTNERS_WORD
            and not (end + 2 < len(words) and words[end + 2][:1].isupper())
        ):
            span.end, span.kind, span.entry, span.grown_from = end + 2, "organisation", None, None


def _join_companies_over_places(spans: list[_Span]) -> None:
    """A company opening with its form and a known place, then another organisation right
    after it on the line, is one company (``PT Indonesia`` + ``Asahan Aluminium
    (Persero)``: the tagger read one name, which stopped short at the known place
    ``Asahan``). A company's name runs on after its form, so no second body starts there;
    a company the gazetteer knows (``PT Pertamina``) keeps its name."""
    starts = _by_start(spans)
    joined: set[int] = set()
    for span in sorted(spans, key=lambda span: span.start):
        after = starts.get((id(span.field), span.end))
        if (
            id(span) in joined
            or after is None
            or span.kind != "organisation"
            or after.kind != "organisation"
            or span.entry is not None
            or span.grown_from is None
            or span.grown_from.entry.kind != "place"
            or span.words[0].lower() not in COMPANY_FORMS
            or span.end in span.field.line_starts
        ):
            continue
        span.end, span.entry, span.grown_from = after.end, None, None
        span.keeps_legal_forms = False
        joined.add(id(after))
    _drop_removed(spans, joined)


def _join_companies_ending_in_places(spans: list[_Span]) -> None:
    """An unknown company opening with its form, then a known place right after it with
    nothing between on the line, is one company whose name ends in the place (``PT Jaya
    Perkasa Kalimantan``, ``PT Hutan Lestari Sumatera``): the tagger stopped the name short
    at the place it knew, as companies named after the region they work in are (``PT
    Semen Padang``, read whole); a company's address comes after ``di`` or a comma."""
    starts = _by_start(spans)
    joined: set[int] = set()
    for span in spans:
        after = starts.get((id(span.field), span.end))
        if (
            span.kind == "organisation"
            and span.entry is None
            and len(span.words) > 1
            and span.words[0].lower() in COMPANY_FORMS
            and after is not None
            and after.kind == "place"
            and after.entry is not None
            and span.end not in span.field.line_starts
            and id(span) not in joined
        ):
            span.end, span.grown_from = after.end, None
            joined.add(id(after))
    _drop_removed(spans, joined)


def _join_adjacent_persons(spans: list[_Span]) -> None:
    """Two tagged persons with nothing between them on one line, one of them a single word,
    are one person whose name the tagger restarted (``Universitas Gadjah Mada Erwan`` +
    ``Agus Purwanto``: the university took ``Mada``, and ``Erwan Agus Purwanto`` was two
    people; ``Budi Karya`` + ``Sumadi``); a single word first reads as a given name (not
    ``Cashlez`` + ``Teddy Setiawan``, a company and its chief). Two full names side by side
    stay two persons (``Andi Narogong Vidi Gunawan``)."""
    starting = {
        (id(span.field), span.start): span
        for span in spans
        if span.kind == "person" and span.entry is None
    }
    removed: set[int] = set()
    for span in sorted(spans, key=lambda span: -span.start):
        after = starting.get((id(span.field), span.end))
        if (
            after is None
            or span.kind != "person"
            or span.entry is not None
            or id(after) in removed
            or span.end in span.field.line_starts
            or (len(span.words) > 1 and len(after.words) > 1)
            or (len(span.words) == 1 and not _reads_as_given_name(span.words[0]))
        ):
            continue
        span.end = after.end
        removed.add(id(after))
    _drop_removed(spans, removed)


def _join_given_names_read_as_places(spans: list[_Span]) -> None:
    """A known place of one word that the tagger reads alone as a given name, right before
    a tagged person of one word on its line, opens that person's name (``Bima`` +
    ``Sakti``: the town Bima took the coach's first name)."""
    places = {
        (id(span.field), span.end): span
        for span in spans
        if span.entry is not None and span.kind == "place" and len(span.words) == 1
    }
    removed: set[int] = set()
    for span in spans:
        place = places.get((id(span.field), span.start))
        if (
            place is None
            or span.kind != "person"
            or span.entry is not None
            or len(span.words) != 1
            or span.start in span.field.line_starts
            or not _reads_as_given_name(place.words[0])
        ):
            continue
        span.start = place.start
        removed.add(id(place))
    _drop_removed(spans, removed)


#: The most words of a name retyped by its neighbours in a list of persons.
_LONGEST_LISTED_PERSON = 3


def _retype_names_between_persons(spans: Sequence[_Span]) -> None:
    """A name of up to three words read as an organisation or a place, listed between two
    persons (``Ye Eun, Sun Mi, dan So Hee``, ``Djaelani Stibis, Laona Manasa, Laso
    Sunggal``: a comma or ``dan`` and maybe both on each side) or before or after two
    (``Bunga Citra Lestari, Tyson Lynch, dan Arie Kriting``) is a person: a list holds
    names of one sort, as ``_mark_places_in_lists`` reads places. Not a known name
    (``Jokowi, Golkar, dan Prabowo`` lists a party), nor one whose first or last word
    makes it another kind (``Jennifer Lopes, Backstreet Boys, dan Frank Sinatra``, see
    ``_tagged_kind`` and ``_opened_kind``)."""
    ending = {(id(span.field), span.end): span for span in spans if span.kind == "person"}
    starting = {(id(span.field), span.start): span for span in spans if span.kind == "person"}

    def person_across(span: _Span, step: int) -> _Span | None:
        words = span.field.words
        index = span.start - 1 if step < 0 else span.end
        joined = 0
        while 0 <= index < len(words) and words[index].lower() in _LIST_JOINERS and joined < 2:
            index += step
            joined += 1
        edge = (id(span.field), index + 1 if step < 0 else index)
        return (ending if step < 0 else starting).get(edge) if joined else None

    def persons_across(span: _Span, step: int) -> bool:
        """Two persons listed on one side: the name opens or closes a list of persons
        (``seperti Bunga Citra Lestari, Tyson Lynch, Arie Kriting``)."""
        words = span.field.words
        if span.start and (words[span.start - 1].lower(),) in (
            PLACE_CUES | _LOCATIVE_CUES | ORGANISATION_CUES
        ):
            return False  # where or whose the persons are: personel Snow Patrol, Budi dan Andi
        beyond = span.start - 1 if step > 0 else span.end  # the list's other side
        if 0 <= beyond < len(words) and words[beyond].lower() in _LIST_JOINERS:
            return False  # inside the list, not at its edge: A, B, Startup, serta C
        nearest = person_across(span, step)
        return nearest is not None and person_across(nearest, step) is not None

    for span in spans:
        if (
            span.kind in ("organisation", "place")
            and span.entry is None
            and len(span.words) <= _LONGEST_LISTED_PERSON
            and _opened_kind(span.words, _tagged_kind(span.words, "person")) == "person"
            and (
                (person_across(span, -1) and person_across(span, 1))
                or persons_across(span, 1)
                or persons_across(span, -1)
            )
        ):
            span.kind = "person"


#: Heads a body or a place named after a person opens with (``Yayasan Habibie``,
#: ``Bandara Soekarno``): no relative of theirs.
_RELATIVE_NAME_HEADS = DEFINED_ORGANISATION_HEADS | NAMING_ORGANISATION_HEADS | PLACE_HEADS


def _retype_relatives(spans: Sequence[_Span]) -> None:
    """A name of two or three words read as an organisation that ends in the surname of a
    person the article names is a person of that family (``Gigi Hadid`` beside her sister
    ``Bella Hadid``): an organisation seldom ends in a person's name. Not a known name,
    nor one with a body's or a place's head (``Yayasan Habibie``) or a word that makes
    it another kind (``Wahid Institute``, see ``_tagged_kind`` and ``_opened_kind``). A
    relative has another given name: the same name read once as a person (``startup asal
    Sumatra, Visio Incubator``) makes no family of it."""
    surnames: dict[str, set[tuple[str, ...]]] = {}
    for span in spans:
        if span.kind == "person" and len(span.words) > 1 and _is_name_like(span.words[-1]):
            surnames.setdefault(span.words[-1], set()).add(span.words)
    for span in spans:
        if (
            span.kind == "organisation"
            and span.entry is None
            and 1 < len(span.words) <= _LONGEST_LISTED_PERSON
            and surnames.get(span.words[-1], {span.words}) - {span.words}
            and not any(word.lower() in _RELATIVE_NAME_HEADS for word in span.words[:-1])
            and _opened_kind(span.words, _tagged_kind(span.words, "person")) == "person"
        ):
            span.kind = "person"


def _retype_groups_before_leaders(spans: Sequence[_Span]) -> None:
    """A name the tagger read as a person or a place right before ``pimpinan`` and a name
    is the group that person leads, an organisation (``Teater Gandrik pimpinan Butet``,
    ``Ansambel Mahatam pimpinan ...``): a person or a place is led by no one. Not a name
    the gazetteer knows (a country's ``pimpinan`` is its leadership)."""
    for span in spans:
        words, end = span.field.words, span.end
        if (
            span.kind in ("person", "place")
            and span.entry is None
            and end + 1 < len(words)
            and words[end] == "pimpinan"
            and is_name_word(words[end + 1])
        ):
            span.kind = "organisation"


#: Heads of a district's name (``Kecamatan Babelan``, ``Kec. Babelan``): an address names
#: the village right before one and its comma.
_DISTRICT_HEADS = frozenset({"kecamatan", "kec"})


#: Heads of a village's or a district's name that may open a list of them (``desa Jopu,
#: Oka, Ile Ange``, ``Kelurahan Paal Dua, Banjer dan Kairagi Weru``), and of a temple's or
#: an island's (``Candi Semar, Gatotkaca, Bima dan Candi Arjuna``, ``Pulau Rote, Sabu
#: dan Ndao``), where the tagger reads the names of wayang heroes as persons.
_LISTED_PLACE_HEADS = frozenset({"desa", "kelurahan", "dusun", "kecamatan", "candi", "pulau"})
#: Of those, heads a visit fronts (``Di Candi Prambanan, Ahmad Yani dan Budi Santoso
#: menari``): their list holds one-word names only, unless it closes with the head again
#: (``Candi Semar, Gatotkaca, Bima dan Candi Arjuna``).
_SITE_LIST_HEADS = frozenset({"candi", "pulau"})
#: Words between the names of a list.
_LIST_SEPARATORS = frozenset({",", "dan", "serta"})


def _listed_after_village(spans: Sequence[_Span]) -> set[int]:
    """The ids of names listed after a village or a district named with its head and
    a comma (``desa Jopu, Oka, Ile Ange``): three names or more, each the next in the list
    after a comma, ``dan`` or ``serta``; names the tagger left out count and go on the list.
    Two names may be the village and its head or a resident (``desa Jopu, Oka, mengatakan``),
    and a list closed by a comma its residents (``warga desa Jopu, Ahmad, Budi dan Joko,
    ditangkap``), and the next part of an address ends it (``Desa Aan, Kecamatan
    Banjarangkan dan Ida Dalem ...``: the list was of places, the name after is a person)."""
    starts = _by_start(spans)
    listed: set[int] = set()
    for span in spans:
        words = span.field.words
        head = span.start if words[span.start].lower() in _LISTED_PLACE_HEADS else span.start - 1
        if span.kind != "place" or head < 0 or words[head].lower() not in _LISTED_PLACE_HEADS:
            continue
        items: list[_Span] = []
        count, index, longest, last = 1, span.end, 1, ""
        while index + 1 < len(words) and words[index] in _LIST_SEPARATORS:
            index += 1
            if words[index - 1] == "," and words[index] in _LIST_SEPARATORS - {","}:
                index += 1
            if index < len(words) and words[index].lower() in ADMINISTRATIVE_HEADS:
                break  # the address goes on (``Desa Aan, Kecamatan Banjarangkan``)
            item = starts.get((id(span.field), index))
            opening = index
            if item is not None:
                items.append(item)
                index = item.end
            elif index < len(words) and is_name_word(words[index]):
                while index < len(words) and is_name_word(words[index]):
                    index += 1
            else:
                break
            count, last = count + 1, words[opening].lower()
            longest = max(longest, index - opening)
        after = words[index].lower() if index < len(words) else ""
        apposed = words[index - 1] == "," and after not in ADMINISTRATIVE_HEADS
        site = words[head].lower() in _SITE_LIST_HEADS
        if site and longest > 1 and last != words[head].lower():
            continue  # ``Ke Pulau Bali, Susi Pudjiastuti dan Budi Karya``: persons
        if count >= 3 and not apposed:  # persons apposed: ``Budi, Joko, ditangkap``
            listed.update(id(item) for item in items)
    return listed


def _retype_villages_before_districts(spans: Sequence[_Span]) -> None:
    """A name read as a person right before a comma and a district's head (``RT 02 / 01,
    Hurip Jaya, Kecamatan Babelan``) is the village in that address, a place: news writes
    the village, then its district, then its regency. So is one listed after a village
    named with its head (``desa Jopu, Oka, Ile Ange``, see ``_listed_after_village``)."""
    listed = _listed_after_village(spans)
    for span in spans:
        if span.kind == "person" and span.entry is None and id(span) in listed:
            span.kind, span.target = "place", None
            continue
        words, end = span.field.words, span.end
        if (
            span.kind == "person"
            and span.entry is None
            and end + 1 < len(words)
            and words[end] == ","
            and words[end + 1].lower() in _DISTRICT_HEADS
        ):
            span.kind, span.target = "place", None


def _retype_persons_after_places(spans: Sequence[_Span]) -> None:
    """A name of two words or more read as a place right after a known place and a comma
    (``asal Jepang, Keisuke Honda``) is a person when the tagger reads its words alone as
    one, or when a word before the place makes the name one of its people (``pemain Hong
    Kong, Wong Wing Ki Vincent``, see ``COUNTRYMAN_WORDS``): news writes a place after a
    place the other way round, the smaller first (``Cinere, Depok``), and the larger ones
    it names are known. With such a word the comma may be left out (``Gelandang asal Jepang
    Keisuke Honda``). Not a name grown from a known place (``Kota Padang``). So is one
    read as an organisation, or after a known club or body and a comma, where both hold:
    the word before makes it one of the body's people and the tagger reads it alone as a
    person (``pemain Real Madrid, Sergio Ramos``; ``klub Persib, Persija`` lists clubs).
    Never a name opening as only bodies' do (``ORGANISATION_OPENERS``)."""
    if packaged_tagger() is None:
        return
    known_places = {
        (id(span.field), span.end): span.start
        for span in spans
        if span.entry is not None and span.entry.kind in ("place", "organisation")
    }
    bodies = {
        (id(span.field), span.end)
        for span in spans
        if span.entry is not None and span.entry.kind == "organisation"
    }
    for span in spans:
        words = span.field.words
        if (
            span.kind not in ("place", "organisation")
            or span.entry is not None
            or len(span.words) < _SHORTEST_HOLDER
            or (span.grown_from is not None and span.grown_from.entry.kind == "place")
            or span.start < 2
        ):
            continue
        comma = words[span.start - 1] == ","
        holder = (id(span.field), span.start - 1 if comma else span.start)
        place = known_places.get(holder)
        if place is None:
            continue
        if span.words[0].lower() in ORGANISATION_OPENERS:
            continue  # a body's own first word: asal Italia, Gruppo Mastrotto
        countryman = place > 0 and words[place - 1].lower() in COUNTRYMAN_WORDS
        if span.kind == "place" and holder not in bodies:
            if countryman or (comma and _reads_as_one_person(span.words)):
                span.kind = "person"
        elif comma and countryman and _reads_as_one_person(span.words):
            span.kind = "person"
    _give_countrymen_known_surnames(spans, known_places)


def _part_countrymen_from_countries(spans: list[_Span]) -> None:
    """A known place the tagger ran into the name of two words or more after it, right
    after a word making the name one of its people (``pemain Malaysia Kuan Beng Hong``,
    see ``COUNTRYMAN_WORDS``), is two mentions: the place, and the person after it."""
    parted = []
    for span in spans:
        grown, words = span.grown_from, span.field.words
        if (
            span.kind != "place"
            or grown is None
            or grown.entry.kind != "place"
            or grown.start != span.start
            or span.end - grown.end < _SHORTEST_HOLDER
            or span.start == 0
            or words[span.start - 1].lower() not in COUNTRYMAN_WORDS
            or not all(map(_is_name_like, words[grown.end : span.end]))
        ):
            continue
        parted.append(_Span(span.field, grown.end, span.end, "person", None))
        span.end, span.entry, span.grown_from = grown.end, grown.entry, None
    spans.extend(parted)


def _give_countrymen_known_surnames(
    spans: Sequence[_Span], known_places: dict[tuple[int, int], int]
) -> None:
    """A known organisation's or place's one word right after a given name the tagger
    left out, itself right after a known place and a word making the name one of its
    people (``Pemain Jepang Keisuke Honda``, see ``COUNTRYMAN_WORDS``), is that person's
    surname: the two words are one person, not the carmaker Honda."""
    covered = _covered(spans)
    for span in spans:
        words, given = span.field.words, span.start - 1
        if (
            span.entry is None
            or span.entry.kind == "person"
            or len(span.words) != 1
            or given < 2
            or (id(span.field), given) in covered
            or not _is_name_like(words[given])
            or given in span.field.line_starts
        ):
            continue
        place = known_places.get((id(span.field), given))
        if place is None or place == 0 or words[place - 1].lower() not in COUNTRYMAN_WORDS:
            continue
        span.start, span.kind, span.entry = given, "person", None


def _is_language(span: _Span) -> bool:
    """A tagged person right after ``logat``, ``bahasa`` or ``suku`` (``dialek Sunda``) is a
    language or a people, no person; a place right after ``bahasa`` or ``berbahasa``
    (``bahasa Inggris``, ``berbahasa Jepang``) is a language, no mention of the country, as
    idner and the hand-annotated news samples leave it."""
    if span.kind == "place":
        return _names_language(span.field.words, span.start)
    before = span.field.words[span.start - 1].lower() if span.start else ""
    return span.kind == "person" and span.entry is None and before in LANGUAGE_WORDS


#: Words a language's name follows (``bahasa Inggris``, ``berbahasa Arab``).
_LANGUAGE_NOUNS = frozenset(("bahasa", "berbahasa"))


#: Heads of a body named after a language and the region it serves (``Balai Bahasa Jawa
#: Tengah``, ``Kantor Bahasa Maluku``): the region after ``Bahasa`` is a place.
_LANGUAGE_BODY_HEADS = frozenset(("balai", "kantor", "badan", "pusat"))


def _names_language(words: Sequence[str], index: int) -> bool:
    """Whether the name at ``index`` follows ``bahasa`` or ``berbahasa``, no body's head
    before it (``Balai Bahasa Jawa Tengah``): a language's."""
    return (
        index > 0
        and words[index - 1].lower() in _LANGUAGE_NOUNS
        and not (index > 1 and words[index - 2].lower() in _LANGUAGE_BODY_HEADS)
    )


def _is_law(span: _Span) -> bool:
    """A name opening with ``UU`` or ``RUU`` (see ``LAW_WORDS``) is a law or a bill."""
    return span.entry is None and span.words[0].lower() in LAW_WORDS


def _is_levy(span: _Span) -> bool:
    """A name opening with a duty's or a tax's word (``Bea Masuk Imbalan``, see
    ``LEVY_WORDS``) is a levy, no organisation; the customs office (``Bea Cukai``, ``Bea
    dan Cukai``) is one."""
    words = [word.lower() for word in span.words]
    return (
        span.entry is None
        and words[0] in LEVY_WORDS
        and not (words[0] == "bea" and words[1:2] in (["cukai"], ["dan"]))
    )


def _levy_acronyms(spans: Sequence[_Span]) -> set[tuple[str, ...]]:
    """The acronyms a levy defines in parentheses, inside its span or right after it
    (``Bea Masuk Anti - Dumping (BMAD)``): the levy wherever the article writes them."""
    acronyms: set[tuple[str, ...]] = set()
    for span in spans:
        if not _is_levy(span):
            continue
        words = span.field.words
        opening = span.start + span.words.index("(") if "(" in span.words else span.end
        if words[opening : opening + 1] == ("(",) and words[opening + 2 : opening + 3] == (")",):
            acronyms.add((words[opening + 1],))
    return acronyms


def _is_counted_board(span: _Span) -> bool:
    """A party's board after a number or a counting word (``31 DPD``, ``2/3 DPD``,
    ``sejumlah DPC``) is one of many boards, not the senate DPD."""
    words = span.field.words
    if (
        span.end - span.start != 1
        or span.start == 0
        or words[span.start].lower() not in PARTY_BOARDS
    ):
        return False
    before = words[span.start - 1]
    return before[:1].isdigit() or before.lower() in COUNT_WORDS


def _is_event(span: _Span) -> bool:
    """An unknown name ending in ``Summit``, ``Expo`` or ``Awards`` (see ``EVENT_ENDS``),
    maybe with its year, or opening with ``Kejuaraan`` (see ``EVENT_HEADS``) is an event:
    no person (``World Government Summit``, read as one) or place (``Kejuaraan Badminton
    Asia Junior``), and no entity the annotated corpora mark."""
    words = [word for word in span.words if not word.isdigit()]
    return (
        span.entry is None
        and span.kind != "product"  # a game is no race: game Temple Run
        and len(words) > 1
        and (words[-1].lower() in EVENT_ENDS or words[0].lower() in EVENT_HEADS)
    )


#: English superlatives that open an award's category (``Best Pop``, ``Best Canadian Act``,
#: ``Biggest Fans``), written as such, capitalised.
_AWARD_CATEGORY_OPENERS = frozenset(("Best", "Biggest"))


#: Nouns of awards (``nominasi``, ``penghargaan``): an article or a title with one
#: names its categories anywhere (``mendapatkan Best Rap Album melalui DNA``).
_AWARD_NOUNS = frozenset(
    ("kategori", "nominasi", "dinominasikan", "nominee", "penghargaan", "award", "awards")
)
#: Words an award's category follows closely (``meraih Best Rap Album``, ``kategori Best
#: Pop``, ``nominasi Best New Artist``).
_AWARD_CUES = _AWARD_NOUNS | frozenset(
    ("meraih", "memenangkan", "memenangi", "menyabet", "menggondol", "pemenang")
)
#: How many words before a category its award's cue may stand (``meraih gelar Best
#: Player``), not so far as a match's (``meraih kemenangan atas Best United``).
_AWARD_CUE_REACH = 2
#: Dashes and a colon between a winners' list's category and its winner.
_AWARD_LIST_MARKS = frozenset(("–", "-", "—", ":"))


def _is_award_category(span: _Span) -> bool:
    """An unknown name opening with ``Best`` or ``Biggest`` before another capitalised
    word, with an award's cue just before it (``meraih Best Rap Album``, see
    ``_AWARD_CUES``) or an award's noun anywhere in its text (see ``_AWARD_NOUNS``), or
    opening a line of a winners' list, a dash or a colon after it (``Best Pop – Camila
    Cabello``, the tagger may read the dash inside), is an award's category, whatever
    the tagger read there: no organisation, person or work. Elsewhere such a name is a
    company's, a hotel's or a club's (``Peritel Best Buy``, ``hotel Best Western``), and
    a song or a film so titled stays after its noun (``lagu Best Song Ever``)."""
    field, start, end = span.field, span.start, span.end
    words = field.words
    cued = any(
        word.lower() in _AWARD_CUES for word in words[max(0, start - _AWARD_CUE_REACH) : start]
    )
    listed = start in field.line_starts and any(
        word in _AWARD_LIST_MARKS for word in words[start + 1 : end + 1]
    )
    return (
        span.entry is None
        and span.words[0] in _AWARD_CATEGORY_OPENERS
        and (end - start > 1 or (end < len(words) and words[end][:1].isupper()))
        and not (start > 0 and words[start - 1].lower() in QUOTED_WORK_NOUNS)
        and (cued or listed or any(noun in field.positions for noun in _AWARD_NOUNS))
    )


def _is_agreement(span: _Span) -> bool:
    """An unknown name of two words or more ending in a treaty's or a scheme's word (see
    ``AGREEMENT_ENDS``) is an agreement: no place (``Kyoto Protokol``), no entity."""
    return (
        span.entry is None
        and len(span.words) > 1
        and span.kind != "product"
        and span.words[-1].lower() in AGREEMENT_ENDS
    )


#: The most capitalised words between an event's head and the place closing its name
#: (``Kejuaraan Renang Kelompok Umur Asia``).
_LONGEST_EVENT_HEAD_RUN = 4
#: The head of a championship's name, whose closing place names the event (a tournament's
#: keeps its place, as a festival's does: ``Turnamen Piala Gubernur Kaltim``).
_CHAMPIONSHIP_HEAD = "kejuaraan"
#: Words before ``Protokol`` or ``Konvensi`` that make it an office or its staff (``Kepala
#: Bagian Protokol Kota Bandung``, ``petugas protokol``), no treaty.
_AGREEMENT_OFFICE_WORDS = frozenset(("bagian", "biro", "kepala", "deputi", "petugas", "staf"))
#: Prepositions that end a championship's name in a headline written in title case
#: (``Kejuaraan Asia Junior Digelar Di Jakarta``).
_EVENT_NAME_ENDS = frozenset(("di", "ke", "dari", "pada", "dalam", "untuk"))


def _opens_treaty(words: Sequence[str], head: int) -> bool:
    """Whether ``words[head]`` is a treaty's head opening a name: ``Protokol`` or
    ``Konvensi`` (``konvensi Wina`` too) after no office's word, before no place's or
    building's head (``Biro Protokol Provinsi Jawa Barat``, ``protokol Istana Merdeka``)."""
    return (
        words[head].lower() in AGREEMENT_HEADS
        and (head == 0 or words[head - 1].lower() not in _AGREEMENT_OFFICE_WORDS)
        and head + 1 < len(words)
        and words[head + 1].lower() not in PLACE_HEADS | {"istana"}
    )


def _closes_headed_event(span: _Span) -> bool:
    """A place closing a name opened by a championship's or a treaty's head word
    (``Kejuaraan``, see ``_opens_treaty``) names the event or the agreement, no place the
    text speaks of: ``Kejuaraan Renang Kelompok Umur Asia``, ``Protokol Kyoto``, the
    tagger's ``Konvensi Wina``. A treaty's head comes right before the place (the bureau
    ``Biro Humas dan Protokol Setda Provinsi Jabar`` names the province), and a
    lowercase word or a preposition closes a championship's name (``Kejuaraan Asia di
    Bangkok``, ``Kejuaraan Asia Digelar Di Bangkok`` name Bangkok), and a lowercase head
    opens none; a place inside a tournament's name is kept, as inside a festival's
    (``Turnamen Malaysia Terbuka``)."""
    if span.kind != "place":
        return False
    words = span.field.words
    if (span.start > 0 and _opens_treaty(words, span.start - 1)) or (
        span.entry is None and span.end - span.start > 1 and _opens_treaty(words, span.start)
    ):
        return True
    first = max(0, span.start - _LONGEST_EVENT_HEAD_RUN - 1)
    for index in range(span.start - 1, first - 1, -1):
        if words[index].lower() == _CHAMPIONSHIP_HEAD:
            return words[index][:1].isupper()
        if not is_name_word(words[index]) or words[index].lower() in _EVENT_NAME_ENDS:
            return False
    return False


#: Words a legal status follows (``berstatus Badan Layanan Umum (BLU)``).
_STATUS_CUES = frozenset({"status", "berstatus", "berbentuk"})
#: The most words of a status defined with its acronym (``Perguruan Tinggi Negeri Badan
#: Hukum (PTN BH)``).
_LONGEST_STATUS = 6


def _is_status(span: _Span) -> bool:
    """An unknown name right after ``berstatus``, ``status`` or ``berbentuk`` is a legal
    status a body has (``rumah sakit itu berstatus Badan Layanan Umum (BLU)``, ``berbentuk
    Perseroan Terbatas``): a category, no entity; so is the acronym it is defined with."""
    words, start = span.field.words, span.start
    if start > 1 and words[start - 1] == "(":  # back over the status's capitalised words
        start -= 1
        while start > 0 and span.start - start <= _LONGEST_STATUS and words[start - 1].istitle():
            start -= 1
    return (
        span.entry is None
        and span.kind != "person"
        and start > 0
        and words[start - 1].lower() in _STATUS_CUES
    )


#: Nouns a disease's name follows (``penyakit Parkinson``, ``sindrom Down``).
_DISEASE_NOUNS = frozenset({"penyakit", "sindrom", "sindroma", "wabah"})


def _is_disease(span: _Span) -> bool:
    """An unknown name right after ``penyakit``, ``sindrom`` or ``wabah`` is a disease's
    (``penyakit Parkinson`` read as a place, ``penyakit Tilapia Virus Lake (TiLV)`` as a
    person), named after whoever found it or where: no entity."""
    start = span.start
    return (
        span.entry is None and start > 0 and span.field.words[start - 1].lower() in _DISEASE_NOUNS
    )


def _is_branch_level(span: _Span) -> bool:
    """An unknown organisation of a body's acronym and a region's head, no region named
    (``KPU Kabupaten, Kota``, ``DPRD Provinsi``), is a level of the body's branches, every
    regency's or city's: a category, no entity (``BPBD Kabupaten Dompu`` is one branch,
    see ``_is_regional_branch``; ``Polres Kediri Kota`` the city's police, named after its
    city)."""
    words = span.words
    return (
        span.entry is None
        and span.kind == "organisation"
        and len(words) == 2
        and words[0].isupper()
        and words[-1].lower().rstrip(".") in _BRANCH_SEATS
    )


#: The word that names a police or military operation (``Operasi Zebra``, ``Operasi
#: Fajar``): no entity, which both annotated corpora leave out.
_OPERATION_HEADS = frozenset({"Operasi", "OPERASI"})


def _is_operation(span: _Span) -> bool:
    """An unknown name opening with ``Operasi`` or right after it is an operation's
    (``Operasi Ketupat``, ``Operasi Zebra Jaya``, the tagger reading ``Zebra Jaya`` as a
    place), no entity; not after a body's word (``Komando Operasi`` + ``TNI AU``), but
    after a sentence's capitalised first word (``Selama Operasi Ketupat``)."""
    words = span.field.words
    head = span.start if words[span.start] in _OPERATION_HEADS else span.start - 1
    return (
        span.entry is None
        and head >= 0
        and words[head] in _OPERATION_HEADS
        and (head == 0 or not is_name_word(words[head - 1]) or _opens_sentence(words, head - 1))
    )


#: The word a cup's name opens with, the rest of it the person, place or body it honours
#: (``Piala Sudirman``, ``Piala Thomas``, ``Piala FA``), as a name writes it: in lowercase
#: it is a trophy, of the competition named after it (``piala Liga Champions``).
_CUP_HEADS = frozenset({"Piala", "PIALA"})


def _names_cup(span: _Span) -> bool:
    """A name right after ``Piala`` is the cup's, not the person, place or body the cup
    is named after: ``Piala Sudirman`` is no mention of General Sudirman, ``Piala FA`` none
    of the FA; so is the second name of a cup named after two, after a hyphen (``Piala
    Thomas - Uber`` is no mention of the company Uber). Cups the gazetteer knows (``Piala
    Dunia``) are matched whole, ``Piala`` included; others the annotated corpora leave out,
    so they are left out here too."""
    words, start = span.field.words, span.start
    if start > 2 and words[start - 1] in _DASHES and is_name_word(words[start - 2]):
        start -= 2  # the second name of two: Piala Thomas - Uber
    return start > 0 and words[start - 1] in _CUP_HEADS


#: The last word of an award's English name (``Emmy Awards``, ``Grammy Award``).
_AWARD_ENDS = frozenset(("Award", "Awards", "AWARD", "AWARDS"))
#: The most capitalised words between a name and its award's last word (``Billboard
#: Music Awards``, ``MTV Video Music Awards``).
_LONGEST_AWARD_TAIL = 2
#: Kinds of the names an award's or a cup's name is read from: a place stays (``Seoul
#: Music Awards`` names Seoul, as NERGrit marks it; ``Piala Afrika`` the continent).
_AWARD_READ_KINDS = frozenset(("person", "organisation"))


#: The most name words the tagger left out before an award's name (``Bung Hatta Award``).
_LONGEST_AWARD_HEAD = 2
#: Words of a sentence about an award (``meraih Emmy``, ``nominasi Oscar``): there an
#: award's one-word name opening the sentence is the award, elsewhere a person's
#: (``Oscar mencetak gol``).
_AWARD_CONTEXT_WORDS = frozenset(
    (
        "nominasi",
        "dinominasikan",
        "meraih",
        "raih",
        "ajang",
        "malam",
        "penghargaan",
        "piala",
        "trofi",
        "menang",
        "memenangkan",
    )
)


def _award_start(span: _Span, covered: set[tuple[int, int]]) -> int:
    """Where an award's name read from ``span`` starts: at the name words right before it
    on its line the tagger left out, none opening the sentence nor a category's
    (``Bung Hatta Award``, ``Adam Malik Award``, the honoured person's whole name; not
    ``Best``, see ``_AWARD_CATEGORY_OPENERS``), else at the span."""
    words, start = span.field.words, span.start
    while (
        start > 0
        and span.start - start < _LONGEST_AWARD_HEAD
        and words[start - 1] not in _AWARD_CATEGORY_OPENERS
        and start not in span.field.line_starts
        and words[start - 1][:1].isupper()
        and words[start - 1][:1].isalpha()
        and not _opens_sentence(words, start - 1)
        and (id(span.field), start - 1) not in covered
    ):
        start -= 1
    return start


def _names_award_alone(span: _Span) -> bool:
    """Whether an award's one-word name written alone at ``span`` is the award: not
    opening a sentence, where it is a person's subject (``Oscar mencetak gol``), unless
    the sentence is about the award (``Oscar diraih ... ajang``, see
    ``_AWARD_CONTEXT_WORDS``)."""
    words = span.field.words
    return not _opens_sentence(words, span.start) or _in_context(
        words, span.start, span.end, _AWARD_CONTEXT_WORDS
    )


def _type_awards(spans: list[_Span]) -> None:
    """An award is an organisation, as the annotated news samples type it, never the
    person it reads as: an unknown person read right before ``Awards`` or ``Award`` on
    its line, a few capitalised words between, is the award whole with the name words
    before it the tagger left out (``Emmy Awards``, ``Grammy Award``, ``Bung Hatta
    Award``); an organisation read there only right before the word, a body inside the
    award's name staying named (``EV Hive Community Awards``; one the gazetteer knows
    stays too, as the annotated corpora keep it: ``WHO Awards``, ``MTV Video Music
    Awards``), and a name read right after ``Piala`` (found again there once the cup's
    own was left out, see ``_names_cup``) is the cup with its head (``Piala Emmy``,
    ``Piala AFF``). An award's one-word name written alone elsewhere in the article is
    the award too (``kacau oleh Emmy``, see ``_names_award_alone``), unless a person's
    longer name in the article has the word (``Tony Awards`` beside ``Tony Blair``). Run
    after ``_propagate``, which finds the names again inside the cup's."""
    covered = _covered(spans)
    heads: set[tuple[str, ...]] = set()
    for span in spans:
        words = span.field.words
        if span.kind not in _AWARD_READ_KINDS:
            continue
        last = span.end
        while (
            last < min(len(words), span.end + _LONGEST_AWARD_TAIL)
            and last not in span.field.line_starts
            and words[last] not in _AWARD_ENDS
            and words[last][:1].isupper()
            and (id(span.field), last) not in covered
        ):
            last += 1
        if (
            last < len(words)
            and words[last] in _AWARD_ENDS
            and last not in span.field.line_starts
            and span.entry is None
            and (span.kind == "person" or last == span.end)
        ):
            start = _award_start(span, covered)
            if len(span.words) == 1 and start == span.start:
                heads.add(span.words)
            span.start, span.end = start, last + 1
            span.kind, span.entry, span.target = "organisation", None, None
        elif span.start > 0 and words[span.start - 1] in _CUP_HEADS:
            span.start, span.kind, span.entry, span.target = (
                span.start - 1,
                "organisation",
                None,
                None,
            )
    persons = {word for span in spans if span.kind == "person" for word in span.words[1:]} | {
        span.words[0] for span in spans if span.kind == "person" and len(span.words) > 1
    }
    for span in spans:
        if (
            span.kind == "person"
            and span.words in heads
            and span.words[0] not in persons
            and _names_award_alone(span)
        ):
            span.kind = "organisation"


#: The most capitalised words between a name and its event's last word (``Asean Para
#: Games``, ``Asean University Games``).
_LONGEST_EVENT_TAIL = 3


def _names_event(span: _Span) -> bool:
    """A name before ``Games``, maybe with a few capitalised words between, is the
    games', not the body or region they are named after: ``Asean Games`` and ``Asean Para
    Games`` are no mention of ASEAN (the inner-capitals matching took ``Asean`` for it),
    as ``SEA Games`` and ``Asian Games`` are none. A person stays. Before another event's
    last word (``EVENT_ENDS``) a place or a body stays: ``Busan International Film
    Festival`` names Busan, as NERGrit marks ``Seoul`` of ``Seoul Music Award`` and ``SBS``
    of ``SBS Drama Award`` (no such name in idner dev nor NERGrit valid). In a headline
    case the event's word must follow the name: there every word is capitalised, verbs too
    (``Kemenpora Siapkan Asian Games``)."""
    words, end = span.field.words, span.end
    headline = span.field.name == "title" and is_headline_case(words)
    last = end
    tail = end + (1 if headline else _LONGEST_EVENT_TAIL)
    while last < min(len(words), tail) and is_name_word(words[last]):
        last += 1  # the words between (``Asean Para Games``)
    after = words[last - 1].lower() if last > end else ""
    return span.kind != "person" and after == "games"


def _drop_explained_acronyms(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """An acronym the article spells out in lowercase words (``walk out (WO)``, ``tenaga
    kerja Indonesia (TKI)``, ``stasiun pengisian bahan bakar umum (SPBU)``, ``letter of
    intent (LoI)``) names a thing or an act, no entity: none of its mentions is one. One
    spelt out with capitals (``Kelompok Penerbang Roket (KPR)``) stays. So does one glossed
    in English after lowercase words (``minyak kelapa sawit (Crude Palm Oil / CPO)``): the
    lowercase words name the thing (see ``_glosses_common_noun``).

    An acronym the gazetteer knows that the article spells out with capitals as another
    name (``Pengujian Kendaraan Bermotor (PKB)``, a vehicle test, not the party) is not the
    known body anywhere in the article: its links to it are dropped, a wrong link being
    worse than none."""
    explained = set()
    redefined: set[tuple[str, str]] = set()
    linked = {(id(span.field), span.start, span.end): span for span in spans if span.entry}
    linked_ends = {(id(span.field), span.end, span.entry.id) for span in spans if span.entry}
    for field in fields:
        words = field.words
        for opening in field.positions.get("(", ()):
            acronym = words[opening + 1] if opening + 2 < len(words) else ""
            if _is_acronym(acronym) and words[opening + 2] == ")":
                if _spells_out_in_lowercase(acronym, words[:opening]):
                    explained.add(acronym)
                elif meeting := _spelt_meeting(acronym, words[:opening]):
                    explained.update((acronym, meeting))
                elif (
                    other := _spelt_out_as_other(
                        linked, field, opening + 1, _name_runs_before(words, opening)
                    )
                ) is not None and (id(field), opening, other) not in linked_ends:
                    redefined.add((acronym, other))
            elif glossed := _glosses_common_noun(words, opening):
                explained.add(glossed)
            elif opening > 0 and _glossed_in_lowercase(words[opening - 1], words, opening):
                explained.add(words[opening - 1])
            elif (run := _name_run_in_parentheses(words, opening)) and (
                other := _spelt_out_as_other(linked, field, opening - 1, [run])
            ) is not None:
                redefined.add((words[opening - 1], other))
    unglossed = {
        word
        for span in spans
        if span.entry is None
        and len(span.words) == 1
        and _SHORTEST_UNGLOSSED_ACRONYM <= len(word := span.words[0]) <= _LONGEST_UNGLOSSED_ACRONYM
        and _is_acronym(word)
        and word.isupper()
    }
    if unglossed:
        sizes = {len(word) for word in unglossed}
        phrases = {
            initials for field in fields for initials in _lowercase_initials(field.words, sizes)
        }
        explained.update(word for word in unglossed if word.lower() in phrases)
    if explained or redefined:
        spans[:] = [
            span
            for span in spans
            if " ".join(span.words) not in explained
            and (span.entry is None or (" ".join(span.words), span.entry.id) not in redefined)
        ]


#: The most lowercase words a blend in parentheses may stand for (``perwira menengah
#: (Pamen)``), and the most letters of a blend: a longer word is none, and the search of
#: its parts stays small.
_LONGEST_BLENDED_GLOSS = 4
_LONGEST_BLEND = 10


def _drop_blends_glossed_in_lowercase(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A blend in parentheses right after the lowercase words it is made of, each giving
    its start (``perwira tinggi (Pati)``, ``perwira menengah (Pamen)``), is a term, no
    place, in all its mentions: ``Pati TNI`` is a general, not the regency Pati the
    gazetteer knows (``_drop_explained_acronyms`` reads only acronyms written in capitals).
    A place glossed in capitals (``Kabupaten Pati (Jawa Tengah)``) or a name in parentheses
    after a person's noun (``adik kandung (Adi)``) is no blend of the words before it. Only
    a place is dropped: a body's short name glossed in lowercase is the body (``badan urusan
    logistik (Bulog)``, ``kementerian keuangan (Kemenkeu)``), and a person's name may
    happen to blend the words before it."""
    blends = set()
    for field in fields:
        words = field.words
        for opening in field.positions.get("(", ()):
            blend = _word_at(words, opening + 1)
            if _word_at(words, opening + 2) != ")" or not (
                2 < len(blend) <= _LONGEST_BLEND
                and blend.isalpha()
                and blend[0].isupper()
                and blend[1:].islower()
            ):
                continue
            for size in range(2, _LONGEST_BLENDED_GLOSS + 1):
                gloss = words[max(0, opening - size) : opening]
                if len(gloss) < size or not all(w.isalpha() and w.islower() for w in gloss):
                    break
                if _blends_starts(blend.lower(), gloss):
                    blends.add(blend)
                    break
    if blends:
        _drop_removed(
            spans,
            {
                id(span)
                for span in spans
                if span.kind == "place" and len(span.words) == 1 and span.words[0] in blends
            },
        )


def _blends_starts(blend: str, gloss: Sequence[str]) -> bool:
    """Whether ``blend`` is made of a part of each of ``gloss``'s words in order, each
    part the word's initial and some later letters of it (``pati``: ``pa`` of
    ``perwira``, ``ti`` of ``tinggi``)."""
    if not gloss:
        return not blend
    word, rest = gloss[0], gloss[1:]
    if not blend or blend[0] != word[0]:
        return False
    at = 1  # the letters of ``word`` not yet used
    for taken in range(1, len(blend) + 1):
        if _blends_starts(blend[taken:], rest):
            return True
        if taken == len(blend):
            return False
        found = word.find(blend[taken], at)
        if found < 0:
            return False
        at = found + 1
    return False


#: The most words a gloss in parentheses after an acronym holds (``GERD (gastroesophageal
#: reflux disease)``).
_LONGEST_GLOSS = 6
#: The fewest letters of an acronym read as a lowercase phrase's anywhere in the article
#: (``sahur on the road`` ... ``SOTR``): three letters meet by chance.
_SHORTEST_UNGLOSSED_ACRONYM = 4
#: The most: a phrase of more words is not written as one acronym, and the search for it
#: stays linear in the article.
_LONGEST_UNGLOSSED_ACRONYM = 8


def _glossed_in_lowercase(acronym: str, words: Sequence[str], opening: int) -> bool:
    """Whether ``acronym``, right before the parenthesis at ``opening``, is glossed there in
    lowercase words whose first and last initials are its first and last letters, no more
    words than it has letters (``GERD (gastroesophageal reflux disease)``): a term, as one
    spelt out before it is (see ``_spells_out_in_lowercase``); a body glossed in capitals
    (``WHO (World Health Organization)``) stays."""
    if not _is_acronym(acronym):
        return False
    inner = list(itertools.takewhile(lambda word: word != ")", words[opening + 1 :]))
    if not 1 < len(inner) <= min(len(acronym), _LONGEST_GLOSS) or opening + len(inner) + 1 >= len(
        words
    ):
        return False
    if not all(word.isalpha() and word.islower() for word in inner):
        return False
    letters = acronym.lower()
    return inner[0][0] == letters[0] and inner[-1][0] == letters[-1]


def _lowercase_initials(words: Sequence[str], sizes: set[int]) -> set[str]:
    """The initials of each run of ``sizes`` lowercase words the field writes, not after a
    capitalised word (``sahur on the road`` gives ``sotr``): an acronym made of them is a
    term of the article's, no organisation. One pass per size, linear in the words."""
    lowercase = [word.isalpha() and word.islower() for word in words]
    found = set()
    for size in sizes:
        for start in range(len(words) - size + 1):
            if all(lowercase[start : start + size]) and (
                start == 0 or not words[start - 1].isalpha() or lowercase[start - 1]
            ):
                found.add("".join(word[0] for word in words[start : start + size]))
    return found


#: How far from a name a sentence's words are read for a cue (``_sentence_around``).
_SENTENCE_REACH = 40


#: The word after ``Hari`` in a holy day's name (``Hari Raya Galungan``, ``Hari Suci
#: Nyepi``).
_HOLY_DAY_WORDS = frozenset(("Raya", "Suci"))


def _drop_holy_days(spans: list[_Span]) -> None:
    """A name read as a place right after ``Hari Raya`` or ``Hari Suci`` is the holy day's
    (``Hari Raya Galungan``, ``Hari Raya Kuningan``, which is also a town's name), no place:
    a day is no entity, nor is the name the gazetteer does not know found alone in the
    article (``merayakan Galungan``). A person there stays (``Saat Hari Raya Jokowi
    mudik``)."""
    named = [
        span
        for span in spans
        if span.kind == "place"
        and span.start >= 2
        and span.field.words[span.start - 2] == "Hari"
        and span.field.words[span.start - 1] in _HOLY_DAY_WORDS
    ]
    if named:
        days = {span.words for span in named if span.entry is None}
        dropped = {id(span) for span in named}
        dropped.update(id(span) for span in spans if span.entry is None and span.words in days)
        _drop_removed(spans, dropped)


def _drop_dated_titles(spans: list[_Span]) -> None:
    """A name right before a year in parentheses, in a sentence about films, series or
    albums (see ``FILMOGRAPHY_WORDS``), is a work's title dated as a filmography writes it
    (``tampil di Underworld (2003)``, ``Album keduanya, The Fame Monster (2009)``), no
    place, person or body the tagger read there: it is left out, as the annotated corpora
    leave works out. A name the gazetteer knows stays, as does one opening with a head
    (``SMA Negeri 3 (1985)``, a school in a career)."""
    dropped = set()
    for span in spans:
        words, end = span.field.words, span.end
        dated = end + 2 < len(words) and words[end] == "(" and words[end + 2] == ")"
        if (
            dated
            and span.entry is None
            and _is_year(words[end + 1])
            and _head_kind(span.words[0]) is None
            and _in_filmography(words, span.start, end + 3)
        ):
            dropped.add(id(span))
    if dropped:
        _drop_removed(spans, dropped)


#: Words that name peoples (``suku bangsa``, ``etnis``), and the words opening the list of
#: them that follows (``suku bangsa di Aceh, yaitu Aceh, Gayo, Alas``).
_PEOPLE_WORDS = frozenset({"suku", "etnis"})
_PEOPLE_LIST_CUES = frozenset({"yaitu", "yakni", "seperti", ":"})
#: The most words between a people's word and its list's cue.
_PEOPLE_CUE_REACH = 6
#: Prepositions before a place: ``di Houston``, ``ke Madrid``, ``dari Clinton``, and in
#: a list of peoples (``campuran warga di Aceh``).
_LOCATIVES = frozenset({"di", "ke", "dari"})
#: Words a list of peoples may hold besides names, commas and conjunctions (``yaitu
#: suku Dani, suku Asmat``, ``Dani (Baliem)``, ``orang Biak``); any other word (``kata
#: Gubernur ...``) ends it.
_PEOPLE_LIST_WORDS = frozenset({",", "(", ")", "orang", *_PEOPLE_WORDS, "bangsa", *_LOCATIVES})


def _drop_listed_peoples(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """Names a sentence lists as peoples (``11 suku bangsa di Aceh, yaitu Aceh, Gayo,
    Alas, ...``, up to the sentence's end) or calls peoples (``Jawa dan Batak adalah suku
    bangsa pendatang``) are peoples, no entities, as a people named after ``suku`` is
    (see ``_is_language``); a name after ``di``, ``ke`` or ``dari`` stays a place.
    ``suku`` names peoples only before ``bangsa`` or a name (not ``suku bunga``, ``suku
    cadang``); a list ends at its first word that is no name (``..., kata Gubernur X``),
    and a copula calls names peoples only before ``suku bangsa`` or a common word (not
    ``Budi adalah etnis Tionghoa``), back to a title at most."""
    removed: set[int] = set()
    for field in fields:
        words = field.words
        ranges = []
        for index in (i for word in _PEOPLE_WORDS for i in field.positions.get(word, ())):
            if words[index] not in _PEOPLE_WORDS:
                continue  # Suku Dinas, an office
            after = words[index + 1] if index + 1 < len(words) else ""
            if words[index] == "suku" and after != "bangsa" and not is_name_word(after):
                continue  # suku bunga, an interest rate
            for cue in range(index + 1, min(index + 1 + _PEOPLE_CUE_REACH, len(words))):
                if words[cue] in _SENTENCE_ENDS:
                    break
                if words[cue] in _PEOPLE_LIST_CUES:
                    end = cue + 1
                    while end < len(words) and (
                        is_name_word(words[end])
                        or words[end] in _PEOPLE_LIST_WORDS
                        or words[end] in CONJUNCTIONS
                    ):
                        end += 1
                    ranges.append((cue + 1, end))
                    break
            if index > 1 and words[index - 1] in COPULAS and not is_name_word(after):
                start = index - 1
                while (
                    start > 0
                    and not _is_title_at(words, start - 1)
                    and (
                        is_name_word(words[start - 1])
                        or words[start - 1] == ","
                        or words[start - 1] in CONJUNCTIONS
                    )
                ):
                    start -= 1
                ranges.append((start, index - 1))
        if not ranges:
            continue
        listed = {index for low, high in ranges for index in range(low, high)}
        removed.update(
            id(span)
            for span in spans
            if span.field is field
            and listed.issuperset(span.indices())
            and not (span.start and words[span.start - 1] in _LOCATIVES)
        )
    _drop_removed(spans, removed)


#: Nouns of works whose titles take a subtitle after a colon (``film Star Wars: The Last
#: Jedi``, ``game Final Fantasy XV: Windows Edition``).
_SUBTITLED_WORK_NOUNS = SHOW_WORDS | QUOTED_WORK_NOUNS | frozenset(("game", "gim"))


def _mark_subtitles(spans: list[_Span]) -> None:
    """The capitalised words right after a work named after its noun and a colon, on its
    line, are that work's subtitle, a product, in every mention the tagger read as an
    unknown organisation or person (``film Star Wars: The Last Jedi``, then ``peran
    penting dalam The Last Jedi``; ``game Final Fantasy XV: Windows Edition``). Not after
    a product with no work's noun: a clause or a list opens there (``membeli Toyota
    Avanza: Rudi Hartono mengaku puas``, ``Pemenang undian Honda Beat: Siti Aminah``).
    Where the tagger read nothing, nothing is added (a headline's next words are
    capitalised too)."""
    subtitles: set[tuple[str, ...]] = set()
    for span in [span for span in spans if span.kind == "product"]:
        field, colon = span.field, span.end
        words = field.words
        if (
            colon + 1 >= len(words)
            or words[colon] != ":"
            or _breaks_line(field, colon + 1)
            or not span.start
            or words[span.start - 1].lower() not in _SUBTITLED_WORK_NOUNS
        ):
            continue
        end = colon + 1
        while end < len(words) and words[end][:1].isupper() and not _breaks_line(field, end):
            end += 1
        if end == colon + 1:
            continue
        subtitles.add(words[colon + 1 : end])
    for span in spans:
        if span.words in subtitles and span.entry is None and span.kind != "place":
            span.kind = "product"


#: The most words of a work's title dated in a list (``Pacar Ketinggalan Kereta (1989)``).
_LONGEST_DATED_TITLE = 6


def _mark_dated_works(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """Titles each dated with a year in parentheses, listed right after a work's noun
    (``film Senja di Kemang (1978), Kawin Lari (1975), dan Ibunda (1986)``, ``album
    Meet Miley Cyrus (2007)``; see ``QUOTED_WORK_NOUNS``), are works, products, whatever
    the tagger read inside them: the noun says what each is, the year that it is a title
    (``_drop_dated_titles`` leaves out such titles where no noun opens the list); the list
    may open with ``yaitu`` or ``yakni`` (``tiga album, yakni Wonderland (2012), ...``)."""
    titles: list[tuple[_Field, int, int]] = []
    for field in fields:
        words = field.words
        for noun in sorted(i for word in QUOTED_WORK_NOUNS for i in field.positions.get(word, ())):
            start = noun + 1
            opener = start + 1 if words[start : start + 1] == (",",) else start
            if opener < len(words) and words[opener] in _WORK_LIST_OPENERS:
                start = opener + 1
            while start < len(words) and is_name_word(words[start]):
                end = start + 1
                while end < min(len(words), start + _LONGEST_DATED_TITLE) and (
                    is_name_word(words[end])
                    or (
                        words[end] in DATED_TITLE_WORDS
                        and end + 1 < len(words)
                        and is_name_word(words[end + 1])
                    )
                ):
                    end += 1  # over a lowercase word between name words: Senja di Kemang
                dated = words[end : end + 3 : 2] == ("(", ")") and _is_year(words[end + 1])
                if not dated:
                    break
                titles.append((field, start, end))
                start = end + 3
                if words[start : start + 1] == (",",):
                    start += 1
                if start < len(words) and words[start] in CONJUNCTIONS:
                    start += 1
    if not titles:
        return
    inside = {(id(field), i) for field, start, end in titles for i in range(start, end)}
    _drop_removed(
        spans,
        {id(span) for span in spans if all((id(span.field), i) in inside for i in span.indices())},
    )
    spans.extend(_Span(field, start, end, "product", None) for field, start, end in titles)


#: Words of a sentence about works where a name dated with a year in parentheses is a
#: work's title (``film Indonesia pertama yang laris adalah Terang Bulan (1937)``, ``karya
#: ... : Musik Upacara (1936)``): a filmography's (``FILMOGRAPHY_WORDS``), a work's noun.
_DATED_WORK_WORDS = FILMOGRAPHY_WORDS | QUOTED_WORK_NOUNS | frozenset(("lagu", "karya", "game"))
#: Words inside a title right before the words a dated title's run finds (``Harry Potter
#: and the Chamber of Secrets (2002)``, ``Miley Cyrus & Her Dead Petz (2015)``, ``Spider -
#: Man (2017)``, a possessive's ``s``, ``Philosopher ’ s Stone``): the run is the end of
#: a longer title, none of its own.
_DATED_TITLE_INNER_MARKS = TITLE_FUNCTION_WORDS | frozenset(("&", ":", "-", "–", "s"))
#: Words before a maker dated in a sentence about works (``karya Budi (1990)``, ``bersama
#: Ani (2014)``, ``terbitan Pustaka Jaya (1995)``): the name after one is the maker, the
#: partner or the publisher of the edition the year dates, no title.
_DATED_MAKER_CUES = MAKER_OWNER_WORDS | frozenset(
    (
        *("bersama", "terbitan", "penerbit", "produksi", "keluaran", "rilisan", "label"),
        *("diproduksi", "diterbitkan", "dinyanyikan", "dibintangi", "diraih", "dengan"),
    )
)
#: First words of an award's, an event's, a movement's or a venue's name dated as a title
#: is (``Piala Citra (1979)``, ``Kongres Pemuda (1928)``, ``Bioskop Metropole (1951)``),
#: and last words of a company's, a band's or games' (``Miles Films``, ``Koes
#: Bersaudara``, ``Asian Games``): no work's title.
_DATED_NON_TITLE_OPENINGS = frozenset(
    ("piala", "kongres", "peristiwa", "gerakan", "festival", "bioskop", "studio", "balai")
)
_DATED_NON_TITLE_ENDS = frozenset(("films", "games", "bersaudara"))
#: A person's trade or role in a work, and the passive verbs that name the cast or the
#: maker (``dibintangi sejumlah aktris, di antaranya Christine Hakim (1977)``, ``murid
#: Usmar Ismail (1950)``), and the nouns of works (``membintangi film Doom (2005)``):
#: before a dated name, the nearer of the two says whether a person or a title is dated.
_DATED_ROLE_WORDS = (WORK_MAKERS - {"karya"}) | frozenset(
    (
        *("pemeran", "penyanyi", "murid", "dibintangi", "membintangi", "diperankan"),
        *("disutradarai", "ditulis"),
    )
)
_DATED_WORK_NOUNS = QUOTED_WORK_NOUNS | SHOW_WORDS | frozenset(("lagu", "game"))
#: Prepositions that a work or a time follows, a person seldom (``bintang cilik sejak Si
#: Amat Anak Betawi (1973)``, ``tampil dalam ...``): after one the dated name is a title
#: whatever role comes before.
_DATED_TITLE_PREPOSITIONS = frozenset(("sejak", "dalam", "lewat", "melalui", "di"))


#: Words joining a list's items (``Joko Anwar (2017) dan Garin Nugroho (2016)``).
_DATED_LIST_JOINS = frozenset((",", "dan", "serta", ";"))


def _dated_list_item_before(words: Sequence[str], start: int) -> int:
    """Where the year of the list's item right before the dated name at ``start`` closes
    (``X (2017) dan Y``, ``X (2017) , dan Y``), or -1: a list names persons or titles, not
    both."""
    at = start - 1
    while at > 0 and start - at <= 2 and words[at].lower() in _DATED_LIST_JOINS:
        at -= 1
    return at if at < start - 1 and words[at] == ")" else -1


def _dated_after_role(words: Sequence[str], before: int, start: int) -> bool:
    """Whether a person's trade or role (``_DATED_ROLE_WORDS``) comes between the sentence's
    opening ``before`` and the dated name at ``start`` with no work's noun after it: the
    name is a cast member's or a maker's, no title; not after a preposition a title
    follows (``_DATED_TITLE_PREPOSITIONS``)."""
    if start > 0 and words[start - 1].lower() in _DATED_TITLE_PREPOSITIONS:
        return False
    for word in reversed(words[before:start]):
        if word.lower() in _DATED_WORK_NOUNS:
            return False
        if word.lower() in _DATED_ROLE_WORDS:
            return True
    return False


def _dated_title_start(field: _Field, end: int, persons: Container[str]) -> int | None:
    """Where the title dated by the year in parentheses at ``end`` opens: the run of name
    words before it, with lowercase title words between them (``Darah dan Doa``, see
    ``DATED_TITLE_WORDS``), on one line, at most ``_LONGEST_DATED_TITLE`` words, none a
    person's name word the article writes in a full name (``Wahlberg dan 21 Jump Street
    (2012)`` dates the film only); None where the run is longer or opens with no
    capitalised word."""
    words = field.words
    start = end
    while start > 0 and end - start < _LONGEST_DATED_TITLE and start not in field.line_starts:
        before = words[start - 1]
        if is_name_word(before) and before not in persons:
            start -= 1
        elif (
            before in DATED_TITLE_WORDS
            and start > 1
            and is_name_word(words[start - 2])
            and words[start - 2] not in persons
            and start - 1 not in field.line_starts
        ):
            start -= 2
        else:
            break
    if start == end or not words[start][:1].isupper():
        return None
    if (
        start > 0
        and start not in field.line_starts
        and is_name_word(words[start - 1])
        and words[start - 1] not in persons
    ):
        return None  # a longer run: no title's opening is known
    return start


def _mark_dated_titles(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A name dated with a year in parentheses in a sentence about works (see
    ``_DATED_WORK_WORDS``) is a work's title, a product, whatever the tagger read there or
    left out (``sejak Si Amat Anak Betawi (1973)``, ``bermain dalam The Gambler (2014)``):
    a filmography, a discography or a list of a composer's works dates each title so. Not
    over a name the gazetteer knows (``AC Milan (1995)``), nor one with a head or opening
    with an acronym (``SMA Negeri 3 (1985)``, a school in a career), nor an award's or an
    event's (``Tony Award (1967)``, see ``EVENT_ENDS``, ``NOT_TITLE_WORDS``), nor the end
    of a longer title (see ``_DATED_TITLE_INNER_MARKS``), nor a body, a place or a person
    the rules before kept, nor a name after a person's role (see ``_dated_after_role``) or
    listed after a dated person (``diraih Joko Anwar (2017) dan Garin Nugroho (2016)``,
    see ``_DATED_LIST_JOINS``), nor an award, event, venue, company or band by its first
    or last word (see ``_DATED_NON_TITLE_OPENINGS``), nor a span running out of the
    title; not a name opening its sentence (its first word may be a common one,
    ``Lulusan ...``), nor one after a maker's, a partner's or a publisher's word
    (``bersama Budi Santoso (2014)``, ``diterbitkan``, a person or a body; see
    ``_DATED_MAKER_CUES``). A title the article names as a product already is the one it
    links to, as in ``_mark_components``."""
    persons = _full_name_ends(spans)
    found = {span.words: span for span in spans if span.kind == "product"}
    removed: set[int] = set()
    for field in fields:
        words = field.words
        at: _SpansAt | None = None
        dated_persons: set[int] = set()  # where a dated person's year closes
        for paren in sorted(field.positions.get("(", ())):
            if not (
                paren > 0
                and paren + 2 < len(words)
                and words[paren + 2] == ")"
                and _is_year(words[paren + 1])
            ):
                continue
            start = _dated_title_start(field, paren, persons)
            if (
                start is None
                or _is_acronym(words[start])
                or words[start - 1].lower() in _DATED_TITLE_INNER_MARKS
                or words[paren - 1].lower() in EVENT_ENDS | NOT_TITLE_WORDS
                or words[start].lower() in _DATED_NON_TITLE_OPENINGS
                or words[paren - 1].lower() in _DATED_NON_TITLE_ENDS
                or any(_head_kind(word) is not None for word in words[start:paren])
            ):
                continue
            before, after = _sentence_around(words, start, paren)
            if (
                words[start - 1].lower() in _DATED_MAKER_CUES
                or _dated_after_role(words, before, start)
                or _dated_list_item_before(words, start) in dated_persons
            ):
                dated_persons.add(paren + 2)  # the closing parenthesis
                continue
            if start == before or not any(
                word.lower() in _DATED_WORK_WORDS
                for word in (*words[before:start], *words[paren + 3 : after])
            ):
                continue
            if at is None:
                at = _SpansAt(span for span in spans if span.field is field)
            over = at.over(start, paren)
            if any(span.kind == "person" for span in over):
                dated_persons.add(paren + 2)
                continue
            if any(
                span.entry is not None
                or span.kind in {"organisation", "place"}
                or span.start < start
                or span.end > paren
                for span in over
            ) or [(span.start, span.end, span.kind) for span in over] == [
                (start, paren, "product")
            ]:
                continue
            product = _replace_with_product(field, spans, at, removed, start, paren)
            product.target = found.get(product.words)
    _drop_removed(spans, removed)


#: The most words of a name dated by its make's year (``Toyota Kijang keluaran 1999``).
_LONGEST_DATED_MAKE = 4
#: Nouns opening a sentence before the name a make's year dates (``Film``, ``Mobil``).
_MAKE_NOUNS = QUOTED_WORK_NOUNS | PRODUCT_NOUNS


def _mark_dated_makes(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """The name right before a make's word and a year (``Kijang keluaran tahun 1999``,
    ``Loetoeng Kasaroeng produksi 1926``; see ``RELEASE_YEAR_WORDS``) is a product or a
    work, whatever the tagger read there (a person, mostly), and a brand right before it
    joins it (``Toyota Kijang``, see ``_join_brands_to_products``). Not a name the
    gazetteer knows (``film Indonesia produksi 2017``, ``Honda keluaran 2010``), a lone
    letter (``A / T produksi 2012``) or a common word opening the sentence (``Realisasi
    produksi 2006``), nor a person after a maker's or an owner's word (``karya Garin
    Nugroho produksi 2018``, see ``MAKER_OWNER_WORDS``)."""
    ending = {(id(span.field), span.end): span for span in spans}
    covered = _covered(spans)
    made: list[_Span] = []
    for field in fields:
        words = field.words
        for at in sorted(i for word in RELEASE_YEAR_WORDS for i in field.positions.get(word, ())):
            year = at + 2 if words[at + 1 : at + 2] == ("tahun",) else at + 1
            if at == 0 or year >= len(words) or not _is_year(words[year]):
                continue
            span = ending.get((id(field), at))
            if span is not None:
                if (
                    span.entry is None
                    and span.kind != "product"
                    and len(span.words[0]) > 1
                    and not (  # karya Garin Nugroho produksi 2018: the maker
                        span.kind == "person"
                        and span.start
                        and words[span.start - 1].lower() in MAKER_OWNER_WORDS
                    )
                ):
                    span.kind, span.target = "product", None
                    made.append(span)
                continue
            start = at
            while (
                start > max(0, at - _LONGEST_DATED_MAKE)
                and words[start - 1].isalpha()
                and is_name_word(words[start - 1])
                and words[start - 1].lower() not in _MAKE_NOUNS  # Film Si Kabayan: the noun
                and (id(field), start - 1) not in covered
                and start - 1 not in field.line_starts
            ):
                start -= 1
            if (
                start < at
                and _is_common_word(words[start].lower())
                and (start == 0 or words[start - 1] in _SENTENCE_ENDS or start == at - 1)
            ):
                start += 1  # a common word opening the sentence: Realisasi produksi 2006
            if start < at and at - start + len(words[start]) > 2:
                made.append(_Span(field, start, at, "product", None))
                spans.append(made[-1])
    if made:
        starts = {(id(span.field), span.start) for span in made}
        brands = {
            span.words[0]
            for span in spans
            if span.kind == "organisation"
            and len(span.words) == 1
            and (id(span.field), span.end) in starts
        }
        _join_brands_to_products(spans, brands)


def _drop_dishes(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A name opening with a dish's word (``Nasi Gandul``, see ``DISH_HEADS``) is a dish,
    no entity, and so is the rest of it written alone in the article (``jualan Gandul``);
    a person after a title inside it is its cook (``Nasi Gandul Pak Meled`` names Meled).
    The tagger reads dishes as companies or places. A name the gazetteer knows stays, and
    so does one after a locative, an eatery named after its dish."""
    tails: set[tuple[str, ...]] = set()
    for field in fields:
        words = field.words
        for head in (index for word in DISH_HEADS for index in field.positions.get(word, ())):
            if not words[head][:1].isupper() or _after_locative(words, head):
                continue
            end = head + 1
            while (
                end < len(words)
                and words[end].isalpha()
                and is_name_word(words[end])
                and not _is_title_at(words, end)
            ):
                end += 1
            if end > head + 1:
                tails.add(tuple(words[head + 1 : end]))
    if not tails:
        return
    first_words = {tail[:1] for tail in tails}
    dropped = set()
    for span in spans:
        if span.entry is not None:
            continue
        words = span.field.words
        if span.words in tails:
            dropped.add(id(span))
        elif (
            words[span.start].lower() in DISH_HEADS
            and span.words[1:2] in first_words
            and not _after_locative(words, span.start)
        ):
            title = next(
                (i for i in range(span.start + 1, span.end - 1) if _is_title_at(words, i)), None
            )
            if title is None:
                dropped.add(id(span))
            else:
                span.start, span.kind, span.target = title + 1, "person", None
    if dropped:
        _drop_removed(spans, dropped)


#: The most words of a storm's name after its noun (``Topan Nock Ten``).
_LONGEST_STORM_NAME = 2
#: Words of weather news: with one of them (or a storm's noun in lowercase, or its class)
#: in the article, a capitalised ``Topan``/``Badai`` may be a storm's noun, not a given
#: name (``Topan Hidayat``).
_STORM_CONTEXT = frozenset(
    {
        *("angin", "cuaca", "bmkg", "hujan", "banjir", "gelombang", "pesisir", "mendarat"),
        *("melanda", "menerjang", "menghantam", *STORM_CLASSES),
    }
)


def _drop_storms(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A name right after a storm's noun (``Topan Khanun``, ``badai Katrina``, ``Badai
    Tropis Cristobal``, see ``STORM_WORDS`` and ``STORM_CLASSES``) is the storm's, given as
    people are named: no entity, and neither is the same name alone elsewhere in the
    article (``saat Katrina mengancam``) nor the nouns the tagger read with it or alone as
    a person (``Topan`` of ``Topan itu``). Older news names the season's storms often; the
    tagger reads them as persons. A known name stays, and so do a title of common words
    (the film ``Badai Pasti Berlalu``) and a work. A capitalised noun is a given name
    (``AKP Topan Hidayat``, ``Pelatih Persija, Badai Santoso``) after a title or rank, or
    where the article says nothing of weather (see ``_STORM_CONTEXT``)."""
    weather = any(
        field.words[index].islower()
        for field in fields
        for word in STORM_WORDS
        for index in field.positions.get(word, ())
    ) or any(word in field.positions for field in fields for word in _STORM_CONTEXT)
    names: set[tuple[str, ...]] = set()
    for field in fields:
        words = field.words
        for head in (index for noun in STORM_WORDS for index in field.positions.get(noun, ())):
            if not words[head].islower() and (
                not weather or (head and _is_title_at(words, head - 1))
            ):
                continue  # a given name: Kapolsek AKP Topan Hidayat
            start = head + 1
            if start < len(words) and words[start].lower() in STORM_CLASSES:
                start += 1
            end = start
            while end < min(len(words), start + _LONGEST_STORM_NAME) and _is_name_like(words[end]):
                end += 1
            if end > start and field.line_starts.isdisjoint(range(head + 1, end)):
                names.add(tuple(words[start:end]))
    if not names:
        return

    def is_storm(words: tuple[str, ...]) -> bool:
        """Whether ``words`` are a storm's nouns, its name, or both."""
        nouns = 0
        while nouns < len(words) and words[nouns].lower() in STORM_WORDS | STORM_CLASSES:
            nouns += 1
        return words[nouns:] in names or (nouns > 0 and nouns == len(words))

    dropped = {
        id(span)
        for span in spans
        if span.entry is None
        and span.kind != "product"
        and is_storm(span.words)
        and not (span.start and _is_title_at(span.field.words, span.start - 1))
    }
    if dropped:
        _drop_removed(spans, dropped)


#: How a Latin species' second word ends (``domestica``, ``aegypti``, ``pygmaeus``,
#: ``sapiens``, ``xanthometapon``).
_EPITHET_ENDS = ("a", "ae", "i", "is", "us", "um", "es", "on")
#: The most letters of a species' author written short after it (``Roxb``, ``Val``, ``L``).
_LONGEST_AUTHOR = 5


def _drop_scientific_names(spans: list[_Span]) -> None:
    """A one-word name the news never wrote, right before a lowercase word it never wrote
    ending as Latin does (``Curcuma domestica``, ``Harpullia arborea``, see
    ``_EPITHET_ENDS``), is a genus of a species' scientific name, no entity, and so is its
    author written short after the species (``Roxb`` of ``Curcuma xanthorrhiza Roxb``):
    older science news gives them beside the common name, and the tagger reads the genus
    as a person."""
    lexicon = packaged_lexicon()
    starting = _by_start(spans)
    dropped: set[int] = set()
    for span in spans:
        words, end = span.field.words, span.end
        if (
            span.entry is not None
            or span.kind == "product"
            or len(span.words) != 1
            or not span.words[0].isalpha()
            or span.words[0].isupper()
            or span.words[0].lower() in lexicon
            or end >= len(words)
            or not _is_epithet(words[end], lexicon)
        ):
            continue
        dropped.add(id(span))
        author = starting.get((id(span.field), end + 1))
        if (
            author is not None
            and len(author.words) == 1
            and len(author.words[0]) <= _LONGEST_AUTHOR
        ):
            dropped.add(id(author))
    if dropped:
        _drop_removed(spans, dropped)


def _is_epithet(word: str, lexicon: Mapping[str, object]) -> bool:
    """Whether ``word`` reads as a species' Latin second word: lowercase, unknown to the
    news's lexicon and ending as Latin does (see ``_drop_scientific_names``)."""
    return (
        word.isalpha() and word.islower() and word not in lexicon and word.endswith(_EPITHET_ENDS)
    )


def _after_locative(words: Sequence[str], index: int) -> bool:
    """Whether a locative comes right before ``index`` (``di Soto Banjar Bang Amat``: the
    eatery named after its dish, a place)."""
    return index > 0 and words[index - 1].lower() in _LOCATIVES


def _is_title_at(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is a title or an honorific (``Pak``, ``Bu``; the
    honorifics are titles too)."""
    return words[index].lower() in TITLE_WORDS


def _in_filmography(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the sentence around ``start:end`` has a word of a filmography or a
    discography (``FILMOGRAPHY_WORDS``)."""
    before, after = _sentence_around(words, start, end)
    return any(
        word.lower() in FILMOGRAPHY_WORDS for word in (*words[before:start], *words[end:after])
    )


def _in_context(words: Sequence[str], start: int, end: int, context: Container[str]) -> bool:
    """Whether the sentence around ``start:end`` has a word of ``context`` (lowercased)."""
    before, after = _sentence_around(words, start, end)
    return any(word.lower() in context for word in words[before:after])


def _sentence_around(words: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``start:end``, read up to ``_SENTENCE_REACH``
    words each way: a cue is looked for near a name, and an article without full stops
    must not make each look read it whole."""
    before = start
    while before > max(0, start - _SENTENCE_REACH) and words[before - 1] not in _SENTENCE_ENDS:
        before -= 1
    after = end
    while after < min(len(words), end + _SENTENCE_REACH) and words[after] not in _SENTENCE_ENDS:
        after += 1
    return before, after


def _is_acronym(word: str) -> bool:
    """Whether a word is written as an acronym: letters, two capitals or more, the first
    one of them (``PKB``, ``KemenPUPR``)."""
    return word.isalpha() and word[0].isupper() and sum(letter.isupper() for letter in word) > 1


def _spelt_out_as_other(
    linked: dict[tuple[int, int, int], _Span],
    field: _Field,
    at: int,
    runs: Iterable[Sequence[str]],
) -> str | None:
    """The gazetteer entry the acronym at ``at`` is linked to (``linked``: the spans the
    gazetteer linked, by field and token range) when the capitalised name beside it that
    it abbreviates, one of ``runs``, is none of that entry's names (nor one respelt:
    ``Penanggulan`` for ``Penanggulangan``): the article defines the letters as something
    else. Only for an entry whose acronym abbreviates a name it has: the gazetteer knows
    what its letters stand for (not ``IMF``, known by its Indonesian name)."""
    acronym = field.words[at]
    span = linked.get((id(field), at, at + 1))
    entry = span.entry if span else None
    if entry is None:
        return None
    names = [surface for surface in entry.surfaces if " " in surface]
    if not any(_spells_out(acronym, name.split()) for name in names):
        return None
    spelt = False
    for run in runs:
        if any(_respelt_name(" ".join(run), name) for name in names):
            return None
        spelt = spelt or _spells_out(acronym, run)
    return entry.id if spelt else None


def _name_runs_before(words: Sequence[str], opening: int) -> Iterator[Sequence[str]]:
    """The runs of capitalised words that end before the parenthesis at ``opening``,
    shortest first: the name an acronym in it may abbreviate (``Pengujian Kendaraan
    Bermotor (PKB)``)."""
    start = opening
    while start > 0 and opening - start < _LONGEST_NAME and is_name_word(words[start - 1]):
        start -= 1
        yield words[start:opening]


def _name_run_in_parentheses(
    words: Sequence[str], opening: int, is_short: Callable[[str], bool] = _is_acronym
) -> Sequence[str]:
    """The capitalised words the parenthesis at ``opening`` holds, right after an acronym
    (or a word ``is_short`` accepts): the name it abbreviates, spelt out after it (``KAI
    (Kongres Advokat Indonesia)``); none when it holds anything else."""
    if opening == 0 or not is_short(words[opening - 1]):
        return ()
    end = opening + 1
    while end < len(words) and end - opening <= _LONGEST_NAME and is_name_word(words[end]):
        end += 1
    if end == opening + 1 or end >= len(words) or words[end] != ")":
        return ()
    return words[opening + 1 : end]


def _spells_out(acronym: str, name: Sequence[str]) -> bool:
    """Whether ``acronym`` abbreviates ``name`` (``_abbreviates``), a name with a word of
    letters."""
    return any(map(str.isalpha, name)) and _abbreviates(acronym, name)


#: How alike two names' letters must be to be one name respelt (``Badan Nasional
#: Penanggulan Bencana``, ``Persatuan Bulu Tangkis``): ``Dewan Pimpinan Daerah`` and Dewan
#: Perwakilan Daerah are 0.75 alike.
_RESPELT_NAME_LIKENESS = 0.9


def _respelt_name(name: str, other: str) -> bool:
    """Whether two names are one, spaced or spelt a little differently."""
    letters, others = ("".join(filter(str.isalpha, text.casefold())) for text in (name, other))
    likeness = difflib.SequenceMatcher(None, letters, others).ratio()
    return likeness >= _RESPELT_NAME_LIKENESS


def _spelt_meeting(acronym: str, before: Sequence[str]) -> str | None:
    """The meeting's name ending ``before`` whose capitalised words' initials spell
    ``acronym`` and whose first word opens a meeting's name (``Rapat Dengar Pendapat
    (RDP)``, see ``MEETING_HEADS``): an event, no entity, nor is its acronym."""
    spelt = before[len(before) - len(acronym) :] if len(acronym) <= len(before) else ()
    if spelt and spelt[0].lower() in MEETING_HEADS and _initials_spell(acronym, spelt):
        return " ".join(spelt)
    return None


def _initials_spell(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``words``, each capitalised and all letters, give ``acronym`` one initial
    each, in any case (``Rapat Dengar Pendapat``: RDP; ``Crude Palm Oil``: CPO)."""
    return (
        bool(words)
        and all(word.isalpha() and word[0].isupper() for word in words)
        and "".join(word[0] for word in words).upper() == acronym.upper()
    )


#: How many words a gloss may hold beyond its acronym's letters (``of``, ``and``).
_GLOSS_SPARE_WORDS = 2


def _glosses_common_noun(words: Sequence[str], opening: int) -> str | None:
    """The acronym of ``lowercase words (English Words / ACRONYM)``, the English words'
    initials spelling it (``minyak kelapa sawit (Crude Palm Oil / CPO)``): the short form of
    a thing the article names in lowercase, no entity. Not the gloss of a body
    (``badan kesehatan dunia (World Health Organization / WHO)``)."""
    if opening == 0 or not words[opening - 1].isalpha() or not words[opening - 1].islower():
        return None
    try:
        slash = words.index("/", opening + 1, opening + 2 + _LONGEST_NAME)
    except ValueError:
        return None
    acronym = words[slash + 1] if slash + 2 < len(words) else ""
    gloss = [word for word in words[opening + 1 : slash] if not word.islower()]
    if not (
        words[slash + 2 : slash + 3] == (")",)
        and acronym.isalpha()
        and acronym.isupper()
        and len(acronym) > 1
        and len(gloss) == len(acronym)
        and slash - opening - 1 <= len(acronym) + _GLOSS_SPARE_WORDS
        and _initials_spell(acronym, gloss)
        and gloss[-1].lower() not in BODY_GLOSS_ENDS
        and not any(
            word in DEFINED_ORGANISATION_HEADS
            for word in words[max(0, opening - len(acronym) - _GLOSS_SPARE_WORDS) : opening]
        )
    ):
        return None
    return acronym


#: How many words a lowercase phrase may have beyond its acronym's letters (``bahan bakar``
#: gives one letter to ``SPBU``, ``of`` none to ``LoI``).
_UNSPELT_WORDS = 2


def _spells_out_in_lowercase(acronym: str, before: Sequence[str]) -> bool:
    """Whether words ending ``before``, the first lowercase, all letters, spell
    ``acronym``: one word a letter (``tenaga kerja Indonesia (TKI)``), or, all lowercase
    then, its first letter the first word's initial, its last the last word's and the
    others initials of words in order between (a word may give none; not ``juru bicara
    Badan Nasional Penanggulangan Bencana (BNPB)``)."""
    letters = acronym.lower()
    for size in range(len(letters), len(letters) + _UNSPELT_WORDS + 1):
        spelt = before[len(before) - size :] if size <= len(before) else ()
        if not spelt or not spelt[0].islower() or not all(word.isalpha() for word in spelt):
            continue
        if size > len(letters) and not all(word.islower() for word in spelt):
            continue
        initials = [word[0].lower() for word in spelt]
        if initials[0] != letters[0] or initials[-1] != letters[-1]:
            continue
        rest = iter(initials[1:-1])
        if all(letter in rest for letter in letters[1:-1]):
            return True
    return False


#: How far before the comma of an apposition ``ibu kota`` may stand (``ibu kota provinsi
#: itu, Kandahar``).
_CAPITAL_REACH = 4


def _retype_dateline_places(spans: Sequence[_Span]) -> None:
    """The name a dateline writes before its publisher is the city the article was filed
    from, a place, whatever the tagger or a club of that city's name read there
    (``BARCELONA, JUARA.net -`` in a race report; ``Jakarta, CNN Indonesia --``). One
    read as a place is marked too, so a football report's club of its name does not take
    it later (``MILAN, JUARA.net -`` over AC Milan, see ``_use_short_forms_in_football``)."""
    for span in spans:
        field, end = span.field, span.end
        words = field.words
        if (
            span.start > _DATELINE_PLACE_LEAD
            or end + 1 >= len(words)
            or words[end] not in {",", "("}
            or end + 1 not in field.furniture
            or field.line_bounds(field.tokens[span.start].start)[0] != 0
            or not all(map(_is_dateline_word, words[: span.start]))
        ):
            continue
        if span.kind != "place":
            span.kind, span.entry, span.target = "place", None, None
        span.dateline_place = True


def _mark_weekday_datelines(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """The words opening a text before a comma, a weekday and a dash (``Caracas, Jumat
    -``, wire news without the publisher's name) are the city the news was filed from, one
    place whatever the tagger read there: nothing (``Caracas``), a part (``Kuala`` of
    ``Kuala lumpur``), or nothing in a city written in lowercase (``lima, selasa -``). Not
    a range of days (``Menurut Hartono, Senin - Jumat``), nor a common word opening a
    sentence (``Namun, Kamis - ...``)."""
    for field in fields:
        words = field.words
        comma = next(
            (index for index, word in enumerate(words[: _DATELINE_LEAD + 1]) if word == ","), 0
        )
        if (
            not comma
            or comma + 3 >= len(words)
            or words[comma + 1].lower() not in _WEEKDAYS
            or words[comma + 2] not in _DASHES
            or words[comma + 3].lower() in _WEEKDAYS  # days of a week: Senin - Jumat
            or not all(
                word.isalpha() and (word.islower() or _is_dateline_word(word))
                for word in words[:comma]
            )
            or not field.line_starts.isdisjoint(range(1, comma + 3))
        ):
            continue
        inside = [span for span in spans if span.field is field and span.start < comma]
        if any(span.end > comma for span in inside):
            continue
        whole = [span for span in inside if span.start == 0 and span.end == comma]
        if whole and whole[0].kind == "place":
            whole[0].dateline_place = True  # a known place keeps its link (``Jogja, Senin -``)
            continue
        city = _Span(field, 0, comma, "place", None)
        city.dateline_place = True
        replaced = {id(span) for span in inside}
        _drop_removed(spans, replaced)
        spans.append(city)


def _retype_addressed_clubs(spans: Sequence[_Span]) -> None:
    """A known club named as its city (see ``_is_club_named_as_its_city``) right after
    ``di`` and before a comma and a known place is the city, the first part of an address
    (``berlangsung di Barcelona, Spanyol``: the phone fair's city was the club)."""
    known_places = {
        (id(span.field), span.start)
        for span in spans
        if span.kind == "place" and span.entry is not None
    }
    for span in spans:
        words, end = span.field.words, span.end
        if (
            span.kind == "organisation"
            and span.entry is not None
            and span.end - span.start == 1
            and span.start > 0
            and words[span.start - 1] == "di"
            and end + 1 < len(words)
            and words[end] == ","
            and (id(span.field), end + 1) in known_places
            and _is_club_named_as_its_city(span.entry)
        ):
            span.kind, span.entry, span.target = "place", None, None


def _retype_names_apposed_to_relations(spans: Sequence[_Span]) -> None:
    """An unknown name read as a place or an organisation, then a comma and what someone
    is to a person named right after (``Markoneng, manajer Jupe``, ``Rina, istri Budi``, also
    capitalised, ``Rina, Istri Budi``; see ``RELATION_APPOSITIVES``), is a person."""
    for span in spans:
        words, end = span.field.words, span.end
        if (
            span.kind in ("place", "organisation")
            and span.entry is None
            and end + 2 < len(words)
            and words[end] == ","
            and words[end + 1].lower() in RELATION_APPOSITIVES
            and words[end + 2][:1].isupper()
        ):
            span.kind = "person"


#: A club's prefixes and suffixes, lowercased (``fc``, ``ssc``, ``united``).
_CLUB_WORDS = frozenset(word.lower() for word in CLUB_PREFIXES | CLUB_SUFFIXES)


def _is_club_named_as_its_city(entry: GazetteerEntry) -> bool:
    """Whether a known organisation is a club whose name is also written with a club's
    prefix or suffix (``Barcelona``, also ``FC Barcelona``; ``Napoli``, ``SSC Napoli``),
    the city's name alone."""
    name = entry.name.lower().split()
    return any(
        [word for word in alias.lower().split() if word not in _CLUB_WORDS] == name
        and len(alias.split()) > len(name)
        for alias in entry.aliases
    )


def _mark_dateline_places_after_publishers(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """The capitalised words a dateline writes between its publisher, opening the text, and
    its dash are the city the article was filed from (``JUARA, GLASGOW -``, ``JUARA.NET,
    KUALA LUMPUR -``), a place where the tagger read nothing: it seldom reads a city in
    capitals the gazetteer does not know. A first word in capitals where nothing was read
    is the publisher; a known city there is not one (``MADRID, JUARA.net -``). A name read
    there whole, whatever its kind, is that city too (``KOWLOON`` was an organisation), as
    before the publisher (see ``_retype_dateline_places``)."""
    covered = _covered(spans)
    starting = _by_start(spans)
    for field in fields:
        words = field.words
        if 0 in field.furniture:
            comma = next(index for index in itertools.count() if index not in field.furniture)
        elif words and words[0].isupper() and (id(field), 0) not in covered:
            comma = 1  # a publisher in capitals the tagger read nothing in (``JUARA``)
        else:
            continue
        end = comma + 1
        while end < min(len(words), comma + 1 + _DATELINE_LEAD) and words[end].isupper():
            end += 1
        if (
            comma + 1 < end < len(words)
            and words[comma] == ","
            and words[end] in _DASHES
            and all(map(_is_dateline_word, words[comma + 1 : end]))
            and field.line_bounds(field.tokens[end].start)[0] == 0
        ):
            read = starting.get((id(field), comma + 1))
            if read is not None and read.end == end:
                if read.kind != "place":
                    read.kind, read.entry, read.target = "place", None, None
                read.dateline_place = True
            elif covered.isdisjoint((id(field), index) for index in range(comma + 1, end)):
                spans.append(_Span(field, comma + 1, end, "place", None))


def _mark_dateline_places_before_publishers(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """The capitalised words opening a text before a comma and its publisher (``Sekayu,
    Kompas -``) and the dateline's dash are the city the article was filed from, a place
    where the tagger read nothing (it seldom reads a small town or a foreign city there) or
    read another kind; so are the words before a known publisher typed in lowercase
    (``jakarta, kompas -``, see ``_lowercase_publisher_dash``). A day in the publisher's
    place (``Yangon, Kamis -``) is ``_mark_weekday_datelines``'s."""
    opening = {id(span.field): span for span in spans if span.start == 0}
    covered = _covered(spans)
    for field in fields:
        words = field.words
        comma = next(
            (index for index, word in enumerate(words[: _DATELINE_LEAD + 1]) if word == ","), 0
        )
        after = comma + 1
        dash = 0
        if after in field.furniture:
            dash = next(
                (index for index in range(after, len(words)) if index not in field.furniture), 0
            )
        elif comma and (id(field), after) not in covered:
            dash = _lowercase_publisher_dash(words, after)
        if not (
            comma
            and 0 < dash < len(words)
            and words[dash] in _DASHES
            and all(
                _is_dateline_word(word) and word.lower() not in NEVER_ENTITIES
                for word in words[:comma]
            )
            and field.line_bounds(field.tokens[dash].start)[0] == 0
        ):
            continue
        span = opening.get(id(field))
        if span is not None and span.end == comma:
            if span.kind != "place":  # a known place keeps its link (``Jogja, Kompas -``)
                span.kind, span.entry, span.target = "place", None, None
            span.dateline_place = True
        elif covered.isdisjoint((id(field), index) for index in range(comma)):
            spans.append(_Span(field, 0, comma, "place", None, dateline_place=True))


def _retype_capitals(spans: Sequence[_Span]) -> None:
    """A name of one word the tagger read as a person, right after ``ibu kota …,`` (``ibu
    kota provinsi itu, Kandahar``, ``ibukota Xinjiang, Urumqi``), is the capital named in
    apposition: a place; not after a title there (``Gubernur ibu kota, Anies``)."""
    for span in spans:
        words = span.field.words
        if (
            span.kind != "person"
            or span.entry is not None
            or len(span.words) != 1
            or span.start < 2
            or words[span.start - 1] != ","
        ):
            continue
        start = span.start - 1
        reach = max(0, start - _CAPITAL_REACH - 1)
        while start > reach and words[start - 1] not in _SENTENCE_BREAKS:
            start -= 1
        before = tuple(word.lower() for word in words[start : span.start - 1])
        cue = next(
            (i for i in range(len(before)) for c in CAPITAL_CUES if before[i : i + len(c)] == c),
            None,
        )
        if cue is not None and not set(before[:cue]) & TITLE_WORDS:
            span.kind = "place"


def _is_tag(span: _Span) -> bool:
    """A hashtag or a social media handle (``#StopHomophobia``, ``@budi_s``): a label or an
    account, no mention of an entity."""
    tokens = span.field.tokens
    before = tokens[span.start - 1] if span.start else None
    return before is not None and before.text in "#@" and before.end == tokens[span.start].start


_LONGEST_OFFICE = 2


def _part_offices_from_persons(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A person the tagger found right after a title, with the name of their office in
    front (``Bupati Klungkung I Nyoman Suwirta``, ``juru bicara Duterte Harry Roque``), is
    two mentions when the article writes that front part apart: after a head (``Pemkab
    Klungkung``, of the head's kind), as the end of an organisation or place, or as
    another person's last name (``Rodrigo Duterte``). At least two words stay the
    person's name."""
    candidates = [
        span
        for span in spans
        if span.kind == "person"
        and span.entry is None
        and span.end - span.start > 2
        and span.start > 0
        and span.field.words[span.start - 1].lower() in TITLE_WORDS
    ]
    if not candidates:
        return
    apart: dict[tuple[str, ...], str] = {}
    for field in fields:
        words = field.words
        for head, kind in _HEAD_KINDS.items():
            for index in field.positions.get(head, ()):
                apart.update(
                    (words[index + 1 : index + 1 + size], kind)
                    for size in range(1, _LONGEST_OFFICE + 1)
                )
    for span in spans:
        words = span.words
        if span.kind != "person":
            apart.update((words[index:], span.kind) for index in range(len(words)))
        elif len(words) > 1:
            apart.setdefault(words[-1:], "person")
    offices = []
    for span in candidates:
        for size in range(min(_LONGEST_OFFICE, span.end - span.start - 2), 0, -1):
            office = apart.get(span.words[:size])
            if office is not None:
                offices.append(_Span(span.field, span.start, span.start + size, office, None))
                span.start += size
                break
    spans.extend(offices)


#: A syllable of a Korean given name as the news romanises it (``Jae``, ``Seung``, ``un``).
_KOREAN_SYLLABLE = r"[A-Za-z][a-z]{0,4}"
#: A Korean given name written as one word, its syllables hyphened (``Min-ho``, ``Jung-Jin``).
_KOREAN_GIVEN_NAME = re.compile(rf"[A-Z][a-z]{{0,4}}-{_KOREAN_SYLLABLE}")
_KOREAN_SYLLABLE_RE = re.compile(_KOREAN_SYLLABLE)


def _korean_name_end(field: _Field, surname: int, gazetteer: Gazetteer) -> int | None:
    """Where a Korean person's name opening with the family name at ``surname`` ends: a
    given name of two short syllables joined by a hyphen, in one word (``Lee Min-ho``) or
    spaced (``Son Wan - ho``, ``Lee Jung - Jin``, text whose hyphens were spaced), not a
    known name (``Go-Jek``), nor a hyphen a name goes on after (``Lashkar - e - Jhangvi``),
    nor over a line's end, nor a word doubled (``Ma Main - main``, a headline's
    reduplication), nor a known place or body's name opening it or closing it (``Hong
    Kong - Bali``, a route: see ``_opens_or_closes_known_name``)."""
    words, tokens = field.words, field.tokens
    given = surname + 1
    if given >= len(words):
        return None
    if _KOREAN_GIVEN_NAME.fullmatch(words[given]):
        first, _, second = words[given].partition("-")
        syllables, end = (first, second), given + 1
    else:
        end = given + 3
        if end > len(words):
            return None
        syllables = (words[given], words[given + 2])
        if not (
            words[given + 1] == "-"
            and words[given][:1].isupper()
            and all(map(_KOREAN_SYLLABLE_RE.fullmatch, syllables))
            and _is_spaced_hyphen(tokens, given + 1)
            and not (end < len(words) and words[end] in _DASHES)
        ):
            return None
    if (
        syllables[0].lower() == syllables[1].lower()
        or not field.line_starts.isdisjoint(range(given, end))
        or _opens_or_closes_known_name(words[surname], syllables, gazetteer)
    ):
        return None
    return end if gazetteer.lookup(" ".join(words[given:end])) is None else None


def _opens_or_closes_known_name(
    surname: str, syllables: tuple[str, str], gazetteer: Gazetteer
) -> bool:
    """Whether the family name and the first syllable (``Hong Kong``) or the capitalised
    last syllable alone (``Bali``) is a known place's or body's name: a hyphened pair of
    places or bodies (``rute Hong Kong - Bali``), not a person."""
    for name in (f"{surname} {syllables[0]}", syllables[1] if syllables[1][:1].isupper() else ""):
        entry = gazetteer.lookup(name) if name else None
        if entry is not None and entry.kind in ("place", "organisation"):
            return True
    return False


def _mark_korean_names(fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A Korean family name before a hyphened given name of two syllables is one person
    (``Son Wan - ho``, ``Cho Tae-yong``, ``Lee Jung - Jin``; see ``KOREAN_FAMILY_NAMES``),
    where the tagger, trained on Indonesian names, missed it, cut it (``Lee Dong`` +
    ``keun``, ``Lee`` + ``Jung - Jin``) or read it as a body. The person replaces what
    the tagger read inside it; not a known person or any name running over its edges
    (``Bruce Lee``)."""
    at = _SpansAt(spans)
    removed: set[int] = set()
    for field in fields:
        for surname, word in enumerate(field.words):
            if word not in KOREAN_FAMILY_NAMES:
                continue
            end = _korean_name_end(field, surname, gazetteer)
            if end is None:
                continue
            inside = [span for span in at.over(surname, end) if span.field is field]
            if any(
                span.start < surname
                or span.end > end
                or span.entry is not None
                or (span.start, span.end, span.kind) == (surname, end, "person")
                for span in inside
            ):
                continue
            for span in inside:
                at.remove(span)
                removed.add(id(span))
            person = _Span(field, surname, end, "person", None)
            at.add(person)
            spans.append(person)
    _drop_removed(spans, removed)


#: The longest syllable a spaced hyphen joins to a person's name (``Jong - un``).
_LONGEST_NAME_SYLLABLE = 5


def _join_spaced_syllables(spans: Sequence[_Span]) -> None:
    """A person the tagger ends before a spaced hyphen and a short lowercase syllable
    (``Kim Jong - un``, ``Son Heung - min``, in text whose hyphens were spaced) takes the
    syllable: cut there, Kim Jong-un and Kim Jong-nam were one person, ``Kim Jong``. Not
    a word the news writes in lowercase (``Kanye West - lah``, ``... - yang``)."""
    starts = {(id(span.field), span.start) for span in spans}
    lexicon = packaged_lexicon()
    for span in spans:
        tokens, words, end = span.field.tokens, span.field.words, span.end
        if span.kind != "person" or span.entry is not None or end + 1 >= len(words):
            continue
        syllable, entry = words[end + 1], lexicon.get(words[end + 1])
        goes_on = end + 2 < len(words) and words[end + 2] in _DASHES  # Lashkar - e - Jhangvi
        if (
            words[end] == "-"
            and not goes_on
            and _is_spaced_hyphen(tokens, end)
            and syllable.isalpha()
            and syllable.islower()
            and len(syllable) <= _LONGEST_NAME_SYLLABLE
            and (entry is None or entry.cap != "0")
            and not {(id(span.field), end), (id(span.field), end + 1)} & starts
        ):
            span.end = end + 2


def _join_capital_syllables(spans: list[_Span]) -> None:
    """A person of two words or more the tagger ends with a short word before a spaced
    hyphen and a short capitalised syllable (``Lee Jung - Jin``, ``Park Seo - Joon``, in
    text whose hyphens were spaced) takes the syllable, over the person the tagger read
    from the hyphen or the syllable (``- Jin``): a double given name, as
    ``_join_spaced_syllables`` joins a lowercase one. Only where the article writes the
    syllable nowhere but after the word before the hyphen or after another hyphen
    (``Jun - Jin``, a typo): ``Anies Baswedan - Sandi`` with ``Sandi`` on its own is a pair
    of candidates. Not a known name, a word the news writes in lowercase, one a name goes
    on after (``Budi Santoso - Ahmad Yani``), nor after a longer last word, a surname
    (``Budi Santoso - Rudi``, a partner's name)."""
    lexicon = packaged_lexicon()
    at = _SpansAt(spans)
    removed: set[int] = set()
    for span in list(spans):
        field, end = span.field, span.end
        words = field.words
        if (
            id(span) in removed
            or span.kind != "person"
            or span.entry is not None
            or len(span.words) < 2
            or len(words[end - 1]) > _LONGEST_NAME_SYLLABLE
            or end + 1 >= len(words)
            or words[end] != "-"
            or not _is_spaced_hyphen(field.tokens, end)
        ):
            continue
        syllable, entry = words[end + 1], lexicon.get(words[end + 1].lower())
        if not (
            syllable.isalpha()
            and syllable[:1].isupper()
            and syllable[1:].islower()
            and len(syllable) <= _LONGEST_NAME_SYLLABLE
            and (entry is None or entry.cap != "0")
            and not (
                end + 2 < len(words) and (words[end + 2] in _DASHES or is_name_word(words[end + 2]))
            )
            and all(
                words[i - 1] == words[end - 1]
                or (i > 1 and words[i - 1] == "-" and is_name_word(words[i - 2]))
                for i in field.positions.get(syllable.lower(), ())
                if words[i] == syllable
            )
        ):
            continue
        after = [other for other in at.over(end, end + 2) if other.field is field]
        if any(
            other.kind != "person" or other.entry is not None or other.end > end + 2
            for other in after
        ):
            continue
        for other in after:
            at.remove(other)
            removed.add(id(other))
        at.remove(span)
        span.end = end + 2
        at.add(span)
    _drop_removed(spans, removed)


#: The longest first part of a double given name (``Pierre - Emerick``, ``Hans -
#: Joachim``): a longer word before a hyphen and a person is more often a running mate's
#: name (``Syamsuar - Edy Nasution``, a pair of candidates).
_LONGEST_DOUBLE_NAME_PART = 6


def _join_hyphened_given_names(spans: Sequence[_Span]) -> None:
    """A person the tagger starts after a spaced hyphen takes the given name before it
    (``Karl - Heinz Rummenigge``, ``Pierre - Emerick Aubameyang``, in text whose hyphens
    were spaced): a double given name, not ``Heinz Rummenigge``. Not a word of another
    name the article gives (``Anies Baswedan`` then ``Baswedan - Sandiaga Uno``, a pair of
    candidates), a long word (see ``_LONGEST_DOUBLE_NAME_PART``), a common word or a
    line's first word (a dateline: ``Rimanews - Lucky Hakim``)."""
    covered = _covered(spans)
    named = {word for span in spans for word in span.words}
    for span in spans:
        words, start = span.field.words, span.start
        given = start - 2
        if (
            span.kind == "person"
            and span.entry is None
            and len(span.words) > 1
            and given >= 0
            and words[start - 1] == "-"
            and (id(span.field), given) not in covered
            and words[given] not in named
            and given > 0
            and given not in span.field.line_starts
            and len(words[given]) <= _LONGEST_DOUBLE_NAME_PART
            and _is_name_like(words[given])
            and _is_spaced_hyphen(span.field.tokens, start - 1)
        ):
            span.start = given


def _is_spaced_hyphen(tokens: Sequence[Token], index: int) -> bool:
    """Whether the hyphen at ``index`` stands apart from the words on both sides."""
    return tokens[index - 1].end < tokens[index].start < tokens[index].end < tokens[index + 1].start


#: ``Saint`` written short, with its full stop, opening a place's or a person's name.
_SAINT = "St"
#: The most name words a saint's name runs on over after ``St.`` (``St. Jakob Park``).
_LONGEST_SAINT_NAME = 3


def _join_saints(spans: list[_Span]) -> None:
    """A name after ``St.`` (Saint) takes it in (``St. Jakob Stadium``, ``St. Petersburg``,
    ``St. Louis``): the tagger cut the name at the stop, reading ``St`` as a place of its
    own and the rest apart, or not at all. A name the tagger read alone after it takes
    ``St.``; a lone ``St`` takes the name after it, tagged or not, of the kind found: up to
    three name words (``_LONGEST_SAINT_NAME``), not a capitalised headline's rest."""
    starts = _by_start(spans)
    covered = _covered(spans)
    removed: set[int] = set()
    for span in spans:
        words, end, key = span.field.words, span.end, id(span.field)
        if id(span) in removed or span.entry is not None:
            continue
        if span.words == (_SAINT,) and end + 1 < len(words) and words[end] == ".":
            after = starts.get((key, end + 1))
            if after is not None and after.entry is None:
                span.end, span.kind = after.end, after.kind
                removed.add(id(after))
                continue
            stop, last = end + 1, min(len(words), end + 1 + _LONGEST_SAINT_NAME)
            while stop < last and is_name_word(words[stop]) and (key, stop) not in covered:
                stop += 1
            if stop > end + 1 and words[end + 1].isalpha():
                span.end = stop
        elif (
            span.start > 1
            and words[span.start - 1] == "."
            and words[span.start - 2] == _SAINT
            and (key, span.start - 2) not in covered
        ):
            span.start -= 2
    if removed:
        _drop_removed(spans, removed)


def _extend_persons_over_particles(spans: list[_Span]) -> None:
    """A person's name takes what comes before it through an Arabic particle and a spaced
    hyphen (``Abdel Fattah`` + ``al - Sisi``: one person, not two; the name words back to
    a title or another name, a person found there included) and an initial with its full
    stop on its line (``Hakim T. Jackson Bedford``: the judge is T. Jackson Bedford; not
    ``H.``, the title Haji)."""
    persons_ending = {(id(span.field), span.end): span for span in spans if span.kind == "person"}
    covered = _covered(spans)
    removed: set[int] = set()
    for span in spans:
        if span.kind != "person" or id(span) in removed:
            continue
        words, start = span.field.words, span.start
        while (
            start >= 3
            and words[start - 1] in _DASHES
            and words[start - 2].lower() in NAME_PARTICLES
            and _is_name_like(words[start - 3])
        ):
            start -= 2
            before = persons_ending.get((id(span.field), start))
            if before is not None and before is not span:
                removed.add(id(before))
                start = before.start
            while (
                start > 0
                and _is_name_like(words[start - 1])
                and (id(span.field), start - 1) not in covered
            ):
                start -= 1
        letter = words[start - 2] if start >= 2 and words[start - 1] == "." else ""
        initial = len(letter) == 1 and letter.isupper() and letter.lower() not in TITLE_WORDS
        lines = span.field.line_starts
        if (
            initial
            and (start == 2 or words[start - 3] != ".")
            and lines.isdisjoint((start - 1, start))
        ):
            start -= 2
        span.start = start
    _drop_removed(spans, removed)


def _extend_persons_over_balinese_names(spans: Sequence[_Span]) -> None:
    """A person's name takes back the Balinese article and birth-order names before it
    (``I Nyoman`` + ``Giri Prasta``, ``I`` + ``Made Mudharta``) when nothing else claims
    them; the names alone, without ``I`` or ``Ni``, are not taken (``Made`` may be the
    English word)."""
    covered = _covered(spans)
    for span in spans:
        if span.kind != "person":
            continue
        words, field = span.field.words, id(span.field)
        start = span.start
        while (
            start > 0 and words[start - 1] in BALINESE_NAMES and (field, start - 1) not in covered
        ):
            start -= 1
        if (
            start > 0
            and words[start - 1] in BALINESE_ARTICLES
            and words[start] in BALINESE_NAMES
            and (field, start - 1) not in covered
        ):
            span.start = start - 1


#: A ruler's titles, part of the name of a person (``Sultan Hamengku Buwono X``, as idner
#: marks it) and of a venue named after one (``Bandara Sultan Syarif Kasim II``).
_ROYAL_TITLES = frozenset(("sultan", "sunan", "pangeran", "raja", "ratu"))


#: Words a name honouring a Balinese person follows (``Bandara Internasional I Gusti
#: Ngurah Rai``, ``Stadion Kapten I Wayan Dipta``): there the person is part of the name.
_HONOURING_WORDS = VENUE_HEADS | RANK_WORDS | _ROYAL_TITLES | frozenset(("internasional",))


def _part_balinese_names_from_bodies(spans: list[_Span]) -> None:
    """A Balinese name's article and birth-order name (``I Nyoman``, ``Ni Luh``) inside or
    at the end of a body the tagger read (``Departemen Kesehatan I Nyoman Kandun``,
    ``Badan Pengawas Pasar Ni`` + ``Luh Putu Ariani``) open the person after the body, its
    head or director: the body ends before them. Not in a name honouring the person (see
    ``_HONOURING_WORDS``), nor after a body of one word."""
    for span in list(spans):
        if span.kind not in ("organisation", "place") or span.entry is not None:
            continue
        words = span.field.words
        article = next(
            (
                index
                for index in range(span.start + 2, span.end)
                if words[index] in BALINESE_ARTICLES
                and _word_at(words, index + 1) in BALINESE_NAMES
            ),
            None,
        )
        if article is None or words[article - 1].lower() in _HONOURING_WORDS:
            continue
        if article + 1 < span.end:
            spans.append(_Span(span.field, article, span.end, "person", None))
        span.end = article


def _join_venues_named_after_persons(spans: list[_Span]) -> None:
    """A person's name right after a venue's or a street's head (see ``VENUE_HEADS``), maybe
    abbreviated with a full stop (``Jl. Sudirman``) or with a rank or title between
    (``Stadion Kapten I Wayan Dipta``, ``Jalan Letjen S Parman``, a ruler's: ``Bandara
    Sultan Syarif Kasim II``), is the venue's name, no
    mention of the person it honours: the rank parted the tagger's place there (see
    ``_split_at_ranks``), or the tagger read the head alone as a place, or not at all, and
    the name as a person. The head, the titles and the name are one place."""
    removed: set[int] = set()
    starting: dict[tuple[int, int], list[_Span]] = {}
    for span in spans:
        starting.setdefault((id(span.field), span.start), []).append(span)
    for span in spans:
        if span.kind != "person":
            continue
        words, start = span.field.words, span.start
        while (
            start > 0
            and words[start - 1].lower() in TITLE_WORDS | _ROYAL_TITLES
            and is_name_word(words[start - 1])
        ):
            start -= 1
        if start > 1 and _is_head_stop(words, start - 1):
            start -= 1
        if start == 0:
            continue
        head = words[start - 1]
        if head.lower() not in VENUE_HEADS or not is_name_word(head):
            continue
        inside = [
            other
            for at in range(start - 1, span.start)
            for other in starting.get((id(span.field), at), ())
            if other.end <= span.start
        ]
        removed.update(map(id, inside))
        span.start, span.kind, span.entry = start - 1, "place", None
    if removed:
        _drop_removed(spans, removed)


def _give_numbers_to_schools(spans: list[_Span]) -> None:
    """A person opening with a Roman numeral right after a school's words is the school
    and its seat (``SMK`` + ``I Limboto``, ``SMK Negeri`` + ``I Limboto``: one
    organisation), not a Balinese name; the school's words the tagger read as an
    organisation go with it."""
    ending = {(id(span.field), span.end): span for span in spans if span.kind == "organisation"}
    covered = _covered(spans)
    removed: set[int] = set()
    for span in spans:
        words, field = span.field.words, id(span.field)
        if (
            span.kind != "person"
            or span.entry is not None
            or _ROMAN_NUMERAL.fullmatch(words[span.start]) is None
            or not span.start
            or words[span.start - 1].lower() not in SCHOOL_WORDS
        ):
            continue
        school = ending.get((field, span.start))
        if school is not None and school.entry is None:
            school.end, school.grown_from = span.end, None
            removed.add(id(span))
            continue
        start = span.start
        while (
            start > 0
            and words[start - 1].lower() in SCHOOL_WORDS
            and is_name_word(words[start - 1])
            and (field, start - 1) not in covered
        ):
            start -= 1
        if start < span.start:
            span.start, span.kind, span.target = start, "organisation", None
    _drop_removed(spans, removed)


def _after_dateline(span: _Span) -> bool:
    """Whether the word before ``span`` opens the article's text after a dateline's
    dashes (``Jakarta, CNN Indonesia --``)."""
    before = span.start - 2
    while before >= 0 and span.field.words[before] in _DASHES:
        before -= 1
    return before < span.start - 2 and before in span.field.furniture


def _give_sentence_openers_to_persons(spans: Sequence[_Span]) -> None:
    """A word opening a sentence right before a person, one the news writes capitalised
    nearly always where it has seen it often (lexicon ``cap`` 3), is the person's first
    name (``Timothy`` + ``John Russert``): the tagger, unsure of a capital there, left it
    out. Not a word seen too seldom to tell (``Ayolah Lady Gaga``, ``Sesumbar Anies``),
    after a dash but a dateline's (``anti - Islam Geert Wilders``; but ``Jakarta, CNN
    Indonesia -- Wayne Rooney``) or over a line break."""
    covered = _covered(spans)
    for span in spans:
        opener = span.start - 1
        words = span.field.words
        if (
            span.kind == "person"
            and opener >= 0
            and (id(span.field), opener) not in covered
            and span.start not in span.field.line_starts
            and (opener == 0 or words[opener - 1] in _SENTENCE_ENDS or _after_dateline(span))
            and _is_given_name(words[opener])
            and getattr(packaged_lexicon().get(words[opener].lower()), "cap", "") == "3"
        ):
            span.start = opener


#: The fewest letters of a noun or verb before ``-nya`` that opens a sentence before a name.
_SHORTEST_OWNED_STEM = 4


def _cut_owned_openers(spans: Sequence[_Span]) -> None:
    """A word with ``-nya`` opening a sentence right before a name (``Tumbangnya Saddam``:
    the fall of Saddam) is no part of the person's name, where the word before ``-nya`` is
    one the news writes in lowercase (lexicon ``cap`` 0): the tagger took the capital the
    sentence gives it for a first name. A name ending so (``Sonya``) has no such stem.
    So is another affixed noun or verb there that the news never wrote, its root one it
    seldom capitalises (``Lompatan Isinbayeva``, ``Bertuturlah Soiron``, see
    ``_affixed_common_root``)."""
    lexicon = packaged_lexicon()
    for span in spans:
        words, start = span.field.words, span.start
        if not (
            span.kind == "person"
            and len(span.words) > 1
            and (
                start == 0 or words[start - 1] in _SENTENCE_ENDS or start in span.field.line_starts
            )
        ):
            continue  # checked first: the stemmer below is the costly part
        opener = words[start].lower()
        owned = len(opener) - len(_POSSESSIVE) >= _SHORTEST_OWNED_STEM
        if owned and opener.endswith(_POSSESSIVE):
            root, caps = opener[: -len(_POSSESSIVE)], frozenset("0")
        else:
            root, caps = _affixed_common_root(opener), RARELY_CAPITALISED
        if getattr(lexicon.get(root), "cap", "") in caps:
            span.start, span.entry, span.grown_from = start + 1, None, None


#: Suffixes that make a noun or verb of a root (``lompat-an``, ``bertanya-lah``), which a
#: given name the stemmer parts does not end in (``ter-awan``, ``nan-i``, ``sel-i``).
_NOUN_OR_VERB_SUFFIXES = frozenset({"an", "kan", "lah", "kah"})
#: The fewest letters of the root of such an affixed word (not ``nan`` of ``Nani``).
_SHORTEST_AFFIXED_ROOT = 4


def _affixed_common_root(word: str) -> str:
    """The root of ``word`` (lowercase) with its affixes off, where the news never wrote
    the word itself (it is in no lexicon entry) and the stemmer finds another root of four
    letters or more in its dictionary, with a noun's or verb's suffix after it (see
    ``_NOUN_OR_VERB_SUFFIXES``: ``lompatan``: ``lompat``); otherwise ``""``. A name the
    news wrote is in the lexicon; one it never did is seldom a dictionary word's affixed
    form, but a given name may look like one with a prefix alone or another ending
    (``Terawan``, ``Bernadi``, ``Nani``)."""
    if word in packaged_lexicon():
        return ""
    root = word_stem(word)
    at = word.rfind(root)
    if len(root) < _SHORTEST_AFFIXED_ROOT or at < 0:
        return ""
    return root if word[at + len(root) :] in _NOUN_OR_VERB_SUFFIXES else ""


def _extend_over_compass_words(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A place takes the compass word after it (``Inggris timur``, ``Sumatera selatan``),
    capitalised too (``Suriah Barat Laut``, ``Irak Utara``, as the annotated corpora write
    ``Jerman Timur``), as both annotated corpora mostly write it; the mention still names
    the place it extends, unless the words together name a known place of their own:
    ``Asia tenggara`` is Asia Tenggara, ``Jawa timur`` the province Jawa Timur, not Asia or
    the island. A river's reach, capitalised, is taken the same way (``desa Petuaran Hulu``,
    see ``REACH_WORDS``), where the tagger read the lowercase head's village without it.
    Never from the next line (``Indonesia vs Puerto Rico`` above ``Barat: Rp 100.000``, a
    price list's stand)."""
    starts = {(id(span.field), span.start) for span in spans}
    for index, span in enumerate(spans):
        words = span.field.words
        end = span.end
        if span.kind != "place" or end >= len(words):
            continue
        reach = words[end] in REACH_WORDS
        if not reach and words[end].lower() not in COMPASS_WORDS:
            continue
        end += 1
        if not reach and end < len(words) and words[end].lower() in COMPASS_SECOND_WORDS:
            end += 1
        line_starts = span.field.line_starts
        if any((id(span.field), at) in starts or at in line_starts for at in range(span.end, end)):
            continue
        known = gazetteer.lookup(" ".join(words[span.start : end]))
        if known is not None and known.kind == "place" and known is not span.root().entry:
            spans[index] = _Span(span.field, span.start, end, "place", known)
        else:
            span.end = end


def _writes_any(fields: Sequence[_Field], names: Sequence[str]) -> bool:
    """Whether the article writes one of ``names`` (as whole words, exact case): the
    context an ambiguous gazetteer name needs (``Aurora`` counts beside ``xAI``)."""
    for name in names:
        words = tuple(token.text for token in tokenize(name))
        size = len(words)
        for field in fields if words else ():
            starts = (i for i, word in enumerate(field.words) if word == words[0])
            if any(field.words[i : i + size] == words for i in starts):
                return True
    return False


_DATELINE_LEAD = 3
#: Words a dateline may write before its publisher: a city and its province (``Sukabumi,
#: Jawa Barat (ANTARA News) -``).
_DATELINE_PLACE_LEAD = 6


def _is_publisher_furniture(span: _Span) -> bool:
    """A dateline (``Telset.id, Jakarta -``, ``JAKARTA, KOMPAS.com -``; opening the text,
    a city, an organisation and a dash: ``Jakarta, CNN Indonesia --``, ``Jakarta (ANTARA
    News) -``; an unknown word alone before a dash: ``Rimanews - Polres ...``) or a closing
    credit (``... darah. (Tribun)``) names the article's publisher, which is the article's
    source, not something it talks about; the text naming the publisher anywhere else
    still counts.
    """
    field = span.field
    tokens, words = field.tokens, field.words
    start, end = span.start, span.end
    line_start, line_end = field.line_bounds(tokens[start].start)
    lead = 0
    while (
        lead <= _DATELINE_PLACE_LEAD
        and start - lead > 0
        and tokens[start - lead - 1].start >= line_start
    ):
        lead += 1
    is_domain = (
        end + 1 < len(words)
        and words[end] == "."
        and _glued_to_next(tokens, end - 1)
        and words[end + 1].lower() in DOMAIN_SUFFIXES
    ) or (end - start > 2 and words[end - 2] == "." and words[end - 1].lower() in DOMAIN_SUFFIXES)
    if is_domain and lead <= _DATELINE_LEAD:
        # A website opening a sentence (``DailySocial.id adalah portal berita``) is named.
        domain_end = _domain_end(field, end)
        credit = not field.text[tokens[domain_end - 1].end : line_end].strip(" .()\t\xa0")
        return credit or _dash_follows(field, domain_end, line_end)
    if start == 0 and end == 1 and span.entry is None and len(words) > 1 and words[1] in _DASHES:
        return True
    opens_text = line_start == field.line_bounds(tokens[0].start)[0]
    lead_words = words[start - lead : start]
    after_city = 0 < lead <= _DATELINE_PLACE_LEAD and _is_dateline_city(lead_words)
    if (
        opens_text
        and after_city
        and span.kind == "organisation"
        and _dash_follows(field, end, line_end)
    ):
        return True
    if not (start > 0 and end < len(words) and words[start - 1] == "(" and words[end] == ")"):
        return False
    rest = field.text[tokens[end].end : line_end]
    opens_sentence = start == 1 or words[start - 2] in _SENTENCE_ENDS or lead == 1
    return opens_sentence and not rest.strip(" .\t\xa0")


#: The most words of a closing credit in parentheses that lists its sources with slashes
#: (``(AFP / Reuters / muk)``, ``(REUTERS / AP / AFP / MON)``): four agencies and an editor.
_LONGEST_AGENCIES_CREDIT = 12


def _is_agencies_credit(span: _Span) -> bool:
    """A name inside the closing credit of an article put together from news agencies,
    sources and the editor's initials parted by slashes in parentheses at the end of a
    line (``... di Gaza. (AFP / Reuters / muk)``), names the agencies the news came from,
    publishers as ``(Tribun)`` is (see ``_is_publisher_furniture``), nothing the article
    talks about."""
    field, words = span.field, span.field.words
    before = range(span.start - 1, max(-1, span.start - _LONGEST_AGENCIES_CREDIT), -1)
    after = range(span.end, min(len(words), span.end + _LONGEST_AGENCIES_CREDIT))
    opening = next((index for index in before if not _in_credit(words[index])), None)
    closing = next((index for index in after if not _in_credit(words[index])), None)
    if opening is None or closing is None or (words[opening], words[closing]) != ("(", ")"):
        return False
    inside = words[opening + 1 : closing]
    if "/" not in inside or "/" in (inside[0], inside[-1]):
        return False
    if opening and words[opening - 1] not in _SENTENCE_ENDS and opening not in field.line_starts:
        return False
    line_end = field.line_bounds(field.tokens[closing].start)[1]
    return not field.text[field.tokens[closing].end : line_end].strip(" .\t\xa0")


def _in_credit(word: str) -> bool:
    """Whether ``word`` may stand inside a credit of sources: a name's word or a slash."""
    return word == "/" or word.isalnum()


def _dash_follows(field: _Field, end: int, line_end: int) -> bool:
    """Whether a dateline's dash follows token ``end`` on its line, maybe after a city of
    up to three words (``KOMPAS.com -``, ``JUARA.NET, KUALA LUMPUR -``)."""
    tokens, words = field.tokens, field.words
    after = words[end : min(end + _DATELINE_LEAD + 2, len(words))]
    dash = next((index for index, word in enumerate(after) if word in _DASHES), None)
    return (
        dash is not None
        and tokens[end + dash].start < line_end
        and all(map(_is_dateline_word, after[:dash]))
    )


_SENTENCE_ENDS = frozenset(".!?")
#: Words no apposition reaches back over: a sentence's end or another comma.
_SENTENCE_BREAKS = _SENTENCE_ENDS | {","}


def _is_dateline_word(word: str) -> bool:
    """A word of a dateline around its publisher: a city written as a name (not a common
    word opening a sentence, ``Kemarin``), or one the gazetteer knows as a place written in
    lowercase by a slip (``jakarta, Kompas -``), or ``,()``."""
    if word in ",()":
        return True
    if word.isalpha() and word.islower():
        known = packaged_gazetteer().lookup(word)
        return known is not None and known.kind == "place"
    entry = packaged_lexicon().get(word.lower())
    return word.isalpha() and is_name_word(word) and (entry is None or entry.cap != "0")


def _is_dateline_city(words: Sequence[str]) -> bool:
    """Whether the words before a dateline's publisher are its city: dateline words (see
    ``_is_dateline_word``), or a place the gazetteer knows whose words are common ones
    (``Nusa Dua, Kompas -``: ``dua`` is a number), then the comma."""
    if all(map(_is_dateline_word, words)):
        return True
    name = [word for word in words if word not in ",()"]
    known = packaged_gazetteer().lookup(" ".join(name)) if name else None
    return known is not None and known.kind == "place" and words[-1] == ","


#: The most words of a publisher written in lowercase in a dateline (``jakarta, kompas -``).
_LOWERCASE_PUBLISHER_WORDS = 3


def _lowercase_publisher_dash(words: Sequence[str], after: int) -> int:
    """The index of a dateline's dash after a publisher written all in lowercase, as
    older news was typed (``jakarta, kompas -``: a known organisation's name, then the
    dash), or 0. Such words are no mention: the tagger reads nothing in them."""
    for dash in range(after + 1, min(len(words), after + _LOWERCASE_PUBLISHER_WORDS + 1)):
        if words[dash] in _DASHES:
            name = words[after:dash]
            if not all(word.isalpha() and word.islower() for word in name):
                return 0
            known = packaged_gazetteer().lookup(" ".join(name))
            return dash if known is not None and known.kind == "organisation" else 0
    return 0


_DASHES = frozenset("-–—")


def _character_starts(fields: Sequence[_Field]) -> dict[int, list[int]]:
    """Where the characters an actor plays start in each field (by ``id``): the names right
    after a role cue (``berperan sebagai Ygritte``, see ``ROLE_CUES``), in an article about
    a film, a series or a play only (see ``SHOW_WORDS``); none elsewhere, where a role is a
    nickname (``_is_nickname``)."""
    if not any(word in field.positions for field in fields for word in SHOW_WORDS):
        return {}
    return {id(field): _cue_ends(field, ROLE_CUES) for field in fields}


def _is_character(span: _Span, characters: dict[int, list[int]]) -> bool:
    """Whether ``span`` starts where a character does (``_character_starts``) and reads as
    one person's name to the tagger alone: not a film's title played as a role (``peran
    sebagai Terminator``)."""
    return span.start in characters.get(id(span.field), ()) and _reads_as_one_person(span.words)


def _is_nickname(span: _Span) -> bool:
    """A tagged person in quotes (``"The Special One"``) or after a nickname or role cue
    (``dijuluki``, ``berperan sebagai Mr. Money Bags``) is a nickname, not a person; so is
    a known entity's own name after such a cue, borrowed for something else (``kesebelasan
    berjuluk The Guardian`` is a club, not the newspaper; an alias there is the entity's
    nickname: ``klub berjuluk Setan Merah``; after ``julukan`` comes the name's owner:
    ``Maung Bandung (julukan Persib)``)."""
    if span.entry is not None:
        before = span.field.words[span.start - 1].lower() if span.start else ""
        own_name = name_fold(span.entry.name) == name_fold(" ".join(span.words))
        return own_name and before in NICKNAME_GIVING_CUES
    if span.kind != "person":
        return False
    words = span.field.words
    quoted = span.start > 0 and span.end < len(words) and words[span.start - 1] in QUOTES
    if quoted and words[span.end] in QUOTES:
        return True
    return _after_nickname_cue(span)


def _after_nickname_cue(span: _Span) -> bool:
    """Whether a nickname or role cue comes right before ``span``, past titles (see
    ``_is_nickname``)."""
    words = span.field.words
    start = span.start
    while start > 0 and (words[start - 1].lower() in TITLE_WORDS or words[start - 1] == "."):
        start -= 1
    before = [word.lower() for word in words[max(0, start - 2) : start]]
    if not before:
        return False
    return before[-1] in NICKNAME_CUES or (
        before[-1] == "sebagai" and len(before) == 2 and before[0] in ROLE_VERBS
    )


_LONGEST_NICKNAME = 3
_NAME_PART_AROUND_NICKNAME = 2
_CLOSING_QUOTES = {"'": "'", '"': '"', "“": "”", "‘": "’"}


def _join_nicknamed_names(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A name with a nickname in quotes inside (``Dwayne 'The Rock' Johnson``, ``Giuseppe
    "Beppe" Marotta``) is one person, named without the nickname (the tagger cuts it at
    the quotes, or reads it as an organisation); the nickname tagged alone elsewhere in
    the article stands for them. Only between words that are names (``Louis Tomlinson
    '1D' Bebas`` is a headline), where the tagger found a name and nothing else was
    recognised. Spans are found through the words they cover, so the cost stays linear in
    the article (one scan of all spans per quote made 8,000 nicknames take 22 s)."""
    removed: set[int] = set()
    joined: list[_Span] = []
    nicknamed: dict[tuple[str, ...], _Span] = {}
    for field in fields:
        covering: dict[int, list[_Span]] = {}
        for span in spans:
            if span.field is field:
                for index in range(span.start, span.end):
                    covering.setdefault(index, []).append(span)
        words = field.words
        for opening, quote in enumerate(words):
            closing = _CLOSING_QUOTES.get(quote)
            if closing is None:
                continue
            last = min(opening + _LONGEST_NICKNAME + 1, len(words) - 1)
            end_of_nickname = next(
                (i for i in range(opening + 2, last + 1) if words[i] == closing), None
            )
            if end_of_nickname is None:
                continue
            nickname = tuple(words[opening + 1 : end_of_nickname])
            if not all(word[:1].isupper() for word in nickname):
                continue
            start = opening
            while (
                opening - start < _NAME_PART_AROUND_NICKNAME
                and _is_plain_name(words, start - 1)
                and _in_name_beside(covering, opening - 1, start - 1)
            ):
                start -= 1
            end = end_of_nickname + 1
            while (
                end - end_of_nickname <= _NAME_PART_AROUND_NICKNAME
                and _is_plain_name(words, end)
                and _in_name_beside(covering, end_of_nickname + 1, end)
            ):
                end += 1
            found = (s for i in range(start, end) for s in covering.get(i, ()))
            inside = list({id(s): s for s in found if id(s) not in removed}.values())
            alone = all(s.entry is None and start <= s.start and s.end <= end for s in inside)
            if start == opening or end == end_of_nickname + 1 or not inside or not alone:
                continue
            person = _Span(
                field, start, end, "person", None, left_out=(opening, end_of_nickname + 1)
            )
            removed.update(id(s) for s in inside)
            for index in range(start, end):
                covering.setdefault(index, []).append(person)
            joined.append(person)
            nicknamed.setdefault(nickname, person)
    if not joined:
        return
    spans[:] = [span for span in spans if id(span) not in removed] + joined
    for span in spans:
        named = nicknamed.get(span.words)
        if named is not None and span.entry is None and span.target is None:
            span.target, span.kind = named, named.kind


def _in_name_beside(covering: dict[int, list[_Span]], beside: int, index: int) -> bool:
    """Whether the word at ``index`` belongs to the name the tagger found right beside a
    nickname's quote (at ``beside``): where it found one, the name part stops where that
    name does, so a known place before the name stays out (``Tokoh Masyarakat Poso Hendrik
    “ Acheo ” Lyanto`` names Hendrik Lyanto of Poso); where it found none, any name word
    may be a part."""
    found = covering.get(beside, ())
    return not found or any(span.start <= index < span.end for span in found)


def _is_plain_name(words: Sequence[str], index: int) -> bool:
    """A word at ``index`` that is a name (see ``_is_name_like``)."""
    return 0 <= index < len(words) and _is_name_like(words[index])


def _use_short_forms(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """Short forms of the known entities the article names stand for them (``Dortmund``
    after ``Borussia Dortmund``, ``Madrid`` after ``Real Madrid``, over the city), unless
    two of those entities share the short form or it is part of a longer name. So do the
    first words of a club found by its last word (see ``_use_club_short_forms``), and a
    club or company named with its seat stands for itself without it (see
    ``_use_seatless_names``)."""
    _use_club_short_forms(spans)
    _use_seatless_names(fields, spans)
    entries: dict[str, GazetteerEntry] = {}
    owners: dict[tuple[str, ...], set[str]] = {}
    publishers = [entry for field in fields for entry in field.publishers]
    for entry in [span.entry for span in spans if span.entry is not None] + publishers:
        if not entry.short_forms:
            continue
        entries[entry.id] = entry
        for short_form in entry.short_forms:
            words = tuple(token.text for token in tokenize(short_form))
            owners.setdefault(words, set()).add(entry.id)
    named = Counter(span.entry.id for span in spans if span.entry is not None)
    named.update(entry.id for entry in publishers)
    unique = {
        words: entries[owner]
        for words, ids in owners.items()
        if words and (owner := _short_form_owner(ids, named))
    }
    if not unique:
        return
    # By their first word, in the order above: each word asks only the short forms it
    # may open (asking all of them at every word grew with the article's names).
    opening: dict[str, list[tuple[tuple[str, ...], GazetteerEntry]]] = {}
    for words, entry in unique.items():
        opening.setdefault(words[0], []).append((words, entry))
    replaced: set[int] = set()
    added: list[_Span] = []
    for field in fields:
        at = {index: span for span in spans if span.field is field for index in span.indices()}
        for index in range(len(field.words)):
            for words, entry in opening.get(field.words[index], ()):
                end = index + len(words)
                if field.words[index:end] != words or _inside_longer_name(field.words, index, end):
                    continue
                if not field.furniture.isdisjoint(range(index, end)):
                    continue
                if _seat_after_place(field.words, index, at) and entry.kind != "place":
                    continue
                if index and field.words[index - 1].lower() in _DERBY_WORDS:
                    continue  # the city its two clubs share: derby Manchester
                inside = {id(found): found for i in range(index, end) if (found := at.get(i))}
                if any(found.start < index or found.end > end for found in inside.values()):
                    continue
                replaced.update(inside)
                short = _Span(field, index, end, entry.kind, entry)
                added.append(short)
                at.update(dict.fromkeys(range(index, end), short))
    spans[:] = [span for span in [*spans, *added] if id(span) not in replaced]


#: Words before the city whose two clubs meet (``derby Manchester``): the city stays.
_DERBY_WORDS = frozenset({"derby", "derbi"})


#: How many times more often an article names one of the entities sharing a short form
#: than each other one for the short form to stand for it.
_DOMINANT_SHARE = 2


def _short_form_owner(ids: set[str], named: Counter[str]) -> str | None:
    """The entity a short form of the article's entities ``ids`` stands for: its only
    owner, or the one the article names far more often than the others (``Madrid`` in a
    Real Madrid report naming Atletico Madrid once in passing); none when two are named
    alike (a derby: ``derby Madrid`` is the city)."""
    if len(ids) == 1:
        return next(iter(ids))
    ranked = sorted(ids, key=lambda entry_id: -named[entry_id])
    if named[ranked[0]] >= _DOMINANT_SHARE * named[ranked[1]]:
        return ranked[0]
    return None


def _seat_after_place(words: Sequence[str], index: int, at: dict[int, _Span]) -> bool:
    """Whether a known place at ``index`` follows a venue's name and a comma, as a venue's
    city does (``Stadion Vicente Calderon, Madrid``): the city, never a club's short form
    (but ``Di Turf Moor, City unggul`` is Manchester City: no city is known by that name).
    A venue's name has two words or more: a place of one word before the comma lists clubs
    or names the club's country (``Valencia, Leganes, dan Sevilla``, ``klub Inggris,
    Middlesbrough``)."""
    before, city = at.get(index - 2), at.get(index)
    return (
        index > 1
        and words[index - 1] == ","
        and before is not None
        and before.kind == "place"
        and len(before.words) > 1
        and city is not None
        and city.kind == "place"
        and city.entry is not None
    )


_NAMED_BY_LAST_WORD = CLUB_SUFFIXES | ORGANISATION_SUFFIXES


def _use_club_short_forms(spans: Sequence[_Span]) -> None:
    """A club the gazetteer does not know, named by its last word (``Brighton and Hove
    Albion``, see ``CLUB_SUFFIXES``), goes by its first word: that word alone, read as a
    place or a person, is the club in this article (``bek Brighton``), unless two
    organisations open with it. So does a company named so (``Annapurna Pictures``, see
    ``ORGANISATION_SUFFIXES``), where its first word alone was read as a place (``dari
    Annapurna``) and no person's name of the article has it: a person there may be its
    owner (``RHS`` beside ``RHS Sekuritas``, his company)."""
    clubs: dict[tuple[str, ...], dict[tuple[str, ...], _Span]] = {}
    for span in spans:
        words = span.words
        if (
            span.kind == "organisation"
            and span.entry is None
            and len(words) > 1
            and words[-1].lower() in _NAMED_BY_LAST_WORD
            and words[0].lower() not in _NAMED_BY_LAST_WORD
        ):
            clubs.setdefault(words[:1], {}).setdefault(words, span)
    if not clubs:
        return
    persons = _full_name_words(spans)
    for span in spans:
        named = clubs.get(span.words, {})
        if len(named) != 1 or span.entry is not None:
            continue
        (name,) = named
        if name[-1].lower() in CLUB_SUFFIXES:
            kinds: tuple[str, ...] = ("place", "person")
        else:
            kinds = () if span.words[0] in persons else ("place",)
        if span.kind in kinds:
            span.kind = "organisation"
            span.target = next(iter(named.values()))


_SHORTEST_TEAM_NICKNAME = 4


def _use_team_nicknames(fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A team named by its home and a plural nickname, as American leagues name them
    (``Golden State Warriors``, ``Boston Celtics``), goes by the nickname alone: that word,
    read as a person or missed, is the team wherever the article writes it, unless two
    teams share it, or a person's full name has it (``King James``, read as a team, is
    ``LeBron James``), or the article names the home as an organisation of its own
    (``Madura United Gomes`` is the club and its coach). The nickname ends in -s, and it
    and the home are words the news writes capitalised nearly always (not ``Komando
    Pasukan Khusus``, nor the battle ``Perang Hogwarts``: ``Khusus`` and ``Perang`` open
    sentences and common phrases). A known team named by a known place and one word goes
    by that word even without the -s (``Oklahoma City Thunder``, ``Miami Heat``)."""
    teams: dict[str, dict[str, _Span]] = {}
    named = _full_name_words(spans)
    organisations = {span.words for span in spans if span.kind == "organisation"}
    for span in spans:
        last = span.words[-1]
        if (
            last not in named
            and span.kind == "organisation"
            and len(span.words) > 1
            and span.words[:-1] not in organisations
            and (last.endswith("s") or _names_known_team_by_home(span, gazetteer))
            and len(last) >= _SHORTEST_TEAM_NICKNAME
            and all(map(_is_name_like, span.words))
        ):
            root = span.root()
            teams.setdefault(last, {}).setdefault(root.name, root)
    unique = {word: next(iter(roots.values())) for word, roots in teams.items() if len(roots) == 1}
    for field in fields:
        at = {index: span for span in spans if span.field is field for index in span.indices()}
        for word, team in unique.items():
            for index in field.positions.get(word.lower(), ()):
                found = at.get(index)
                if field.words[index] != word or _inside_longer_name(field.words, index, index + 1):
                    continue
                if found is None:
                    spans.append(_Span(field, index, index + 1, "organisation", None, target=team))
                elif found.words == (word,) and found.entry is None and found.kind == "person":
                    found.kind, found.target = "organisation", team


def _names_known_team_by_home(span: _Span, gazetteer: Gazetteer) -> bool:
    """Whether ``span`` is a known organisation named by a home and a nickname
    (``Oklahoma City Thunder``): the home a known place or words no body's head opens
    (not ``Bank Mandiri``, ``Universitas Gadjah Mada``)."""
    if span.entry is None or span.entry.kind != "organisation":
        return False
    home = span.words[:-1]
    if home[0].lower() in DEFINED_ORGANISATION_HEADS:
        return False
    matches = gazetteer.find(home)
    return not matches or all(match.entry.kind == "place" for match in matches)


def _use_seatless_names(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A club or company the article names with a known place at its end (``Pacific
    Caesar Surabaya``, ``Pelita Jaya Jakarta``) is named by the words before the place too,
    two or more, wherever the article writes them alone (``atas Pacific Caesar``). Not a
    name opening with an office's or a body's head: ``Pengadilan Negeri`` alone is any
    court."""
    seatless: dict[tuple[str, ...], _Span] = {}
    for span in spans:
        match = span.grown_from
        if (
            span.kind == "organisation"
            and span.entry is None
            and match is not None
            and match.entry.kind == "place"
            and match.end == span.end
            and match.start - span.start >= _SHORTEST_HOLDER
            and span.words[0].lower() not in DEFINED_ORGANISATION_HEADS
        ):
            seatless.setdefault(span.field.words[span.start : match.start], span)
    if not seatless:
        return
    openers = {words[0] for words in seatless}
    for field in fields:
        words = field.words
        covered = _covered_in(field, spans)
        for start in (index for index, word in enumerate(words) if word in openers):
            for name, club in seatless.items():
                end = start + len(name)
                if words[start:end] == name and covered.isdisjoint(range(start, end)):
                    if end < len(words) and is_name_word(words[end]):
                        continue  # part of a longer name
                    spans.append(_Span(field, start, end, "organisation", None, target=club))
                    covered.update(range(start, end))


#: Words between two names of one list (``Arsenal, Liverpool, dan Everton``).
_LIST_JOINERS = frozenset({","}) | CONJUNCTIONS


def _link_clubs_in_lists(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A place that is a club's short form, listed right beside an organisation
    (``Manchester United, Arsenal, Liverpool, dan Everton``), is that club, not the city:
    a list holds things of one sort, so a club found so makes its neighbour one too
    (``Besiktas, Porto, dan Sunderland``)."""
    at_start: dict[tuple[int, int], _Span] = {}
    at_end: dict[tuple[int, int], _Span] = {}
    for span in spans:
        at_start[id(span.field), span.start] = span
        at_end[id(span.field), span.end] = span
    changed = True
    while changed:
        changed = False
        for index, span in enumerate(spans):
            if span.kind != "place":
                continue
            club = gazetteer.short_form_owner(" ".join(span.words))
            if club is None:
                continue
            field = id(span.field)
            neighbours = _list_neighbours(span, at_start, at_end)
            if any(other is not None and other.kind == "organisation" for other in neighbours):
                spans[index] = _Span(span.field, span.start, span.end, club.kind, club)
                at_start[field, span.start] = at_end[field, span.end] = spans[index]
                changed = True


def _list_neighbours(
    span: _Span,
    at_start: dict[tuple[int, int], _Span],
    at_end: dict[tuple[int, int], _Span],
) -> tuple[_Span | None, _Span | None]:
    """The spans listed right before and right after ``span``, past a comma or a
    conjunction or both (``A, B, dan C``); ``at_start`` and ``at_end``: the article's
    spans by their field and first or last word."""
    words, field = span.field.words, id(span.field)
    before = span.start - 1
    while before > 0 and span.start - before <= 2 and words[before].lower() in _LIST_JOINERS:
        before -= 1
    after = span.end
    while after < len(words) and after - span.end < 2 and words[after].lower() in _LIST_JOINERS:
        after += 1
    return (
        at_end.get((field, before + 1)) if before < span.start - 1 else None,
        at_start.get((field, after)) if after > span.end else None,
    )


#: The continents (their gazetteer ids) whose names a list of continents writes.
_CONTINENTS = frozenset(
    {
        "eropa",
        "asia",
        "afrika",
        "amerika_utara",
        "amerika_tengah",
        "amerika_selatan",
        "amerika_latin",
    }
)
#: How many continents a list must name besides a place for it to be one too.
_CONTINENTS_LISTED = 2
#: The head a continent's known name opens with where its short name is a country's too.
_CONTINENT_HEAD = "Benua"


def _link_continents_in_lists(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A place listed with two continents or more (``dari Eropa, Amerika, Asia, dan
    Australia``) is the continent its name is short for (``Benua Amerika``), not the
    country the name stands for elsewhere (``Amerika`` is the United States): a list
    holds things of one sort. One continent beside it is not enough (``buatan Jepang
    hingga Eropa dan Amerika``, ``asal Malaysia, Thailand, Eropa, dan Amerika`` name
    American makers)."""
    at_start = _by_start(spans)
    at_end = {(id(span.field), span.end): span for span in spans}
    for index, span in enumerate(spans):
        if span.kind != "place":
            continue
        continent = gazetteer.lookup(f"{_CONTINENT_HEAD} {' '.join(span.words)}")
        if continent is None or continent is span.entry:
            continue
        continents = 0
        for side in (0, 1):
            other = _list_neighbours(span, at_start, at_end)[side]
            while other is not None:
                continents += other.entry is not None and other.entry.id in _CONTINENTS
                other = _list_neighbours(other, at_start, at_end)[side]
        if continents >= _CONTINENTS_LISTED:
            spans[index] = _Span(span.field, span.start, span.end, continent.kind, continent)


#: The fewest places listed around a name read as a person that make it a place.
_PLACES_LISTED = 3
#: Indonesia's 38 provinces, by their gazetteer names (``DKI Jakarta`` is ``Jakarta``):
#: the place a hometown's province (``Bekasi, Jawa Barat``) or a province split from
#: another (``Maluku Utara``) is, never a regency (``Maluku Tengah``).
_PROVINCES = frozenset(
    (
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
        "Sumatera Selatan", "Bangka Belitung", "Bengkulu", "Lampung", "Jakarta", "Jawa Barat",
        "Banten", "Jawa Tengah", "Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
        "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
        "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo",
        "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
        "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah",
        "Papua Pegunungan", "Papua Selatan",
    )
)  # fmt: skip
#: The capital, a city the gazetteer files as its province, which news writes as
#: ``DKI Jakarta`` where it gives the province.
_CAPITAL = "Jakarta"
_CAPITAL_S_PROVINCE = "DKI"
#: English words that end a place's name whatever its first word (``Alice Springs``,
#: ``Jefferson City``, ``Martin Place``, ``Phillip Island``, ``Cape Town``, ``Victoria
#: Falls``, ``Marina Bay``).
_PLACE_NAME_TAILS = frozenset(
    (
        "springs", "city", "place", "island", "town", "bay", "falls", "harbour", "harbor",
        "beach", "river", "park", "lake", "hill", "hills", "valley", "square", "point", "creek",
    )
)  # fmt: skip


def _listed_place_before(
    span: _Span, at_start: dict[tuple[int, int], _Span], at_end: dict[tuple[int, int], _Span]
) -> _Span | None:
    """The span listed right before ``span`` (see ``_list_neighbours``), also past an
    acronym's parentheses (``Nusa Tenggara Barat (NTB), ...``) or into them (the name an
    acronym glosses)."""
    before = _list_neighbours(span, at_start, at_end)[0]
    words, field, start = span.field.words, id(span.field), span.start
    if before is None and start >= 2 and words[start - 1] == "," and words[start - 2] == ")":
        before = at_end.get((field, start - 2))
    if before is None and start >= 1 and words[start - 1] == "(":
        before = at_end.get((field, start - 1))
    return before


#: Words between a name and the office that defines it as a person's (``Endria yang
#: merupakan Ketua LPJKD``, ``Sigit yang merupakan Pegawai Negeri Sipil``).
_PERSON_DEFINING_CUES = (("yang", "merupakan"), ("yang", "menjabat", "sebagai"))
#: Title words that define a person after such a cue; not those naming what a place or a
#: team is (``yang merupakan ibu kota``, ``tuan rumah``, ``sang juara``).
_DEFINING_TITLES = TITLE_WORDS - {"ibu", "tuan", "sang", "umum", "perdana", "terpilih"}
#: Words before a place's name that make it a place, whatever office the article gives
#: after it (``Kepala Desa Karangrejo yang merupakan Ketua Forum``, ``asal Cikarang yang
#: merupakan Anggota``): an administrative head, a seat's title, a resident's or an
#: origin's noun and the locatives.
_PLACE_SEAT_CUES = (
    ADMINISTRATIVE_HEADS
    | SEAT_TITLES
    | _LOCATIVES
    | frozenset(("asal", "warga", "penduduk", "kades"))
)


def _retype_places_defined_as_persons(spans: Sequence[_Span]) -> None:
    """An unknown name read as a place that the article defines by an office (``Endria
    Putra`` ... ``Endria yang merupakan Ketua LPJKD Jambi``; see ``_PERSON_DEFINING_CUES``)
    is a person in every mention, as are its first and last words read alone as places
    and a longer name opening or ending with it: a place holds no office. Not a title
    word naming what a place is (``Jakarta yang merupakan ibu kota``, see
    ``_DEFINING_TITLES``), nor a place its head or the word before it names as one
    (``Kepala Desa Karangrejo yang merupakan Ketua Forum``, ``asal Cikarang yang merupakan
    Anggota``, see ``_PLACE_SEAT_CUES``): the office is the person's before it; nor a
    mention after ``di``, ``ke`` or ``dari``, which goes on naming the place."""
    defined: set[str] = set()
    for span in spans:
        words = span.field.words
        if span.kind != "place" or span.entry is not None or _placed_by_cue(span):
            continue
        for cue in _PERSON_DEFINING_CUES:
            after = span.end + len(cue)
            if (
                tuple(words[span.end : after]) == cue
                and after < len(words)
                and words[after][:1].isupper()
                and words[after].lower() in _DEFINING_TITLES
            ):
                defined.add(span.name)
    if not defined:
        return
    parts = {part for name in defined for part in (name.split()[0], name.split()[-1])}
    for span in spans:
        name = span.name.split()
        if (
            span.kind == "place"
            and span.entry is None
            and (span.name in parts or not defined.isdisjoint((span.name, name[0], name[-1])))
            and not (span.start > 0 and span.field.words[span.start - 1].lower() in _LOCATIVES)
        ):
            span.kind = "person"


def _placed_by_cue(span: _Span) -> bool:
    """Whether a place's name opens with an administrative head (``Desa Karangrejo``) or
    follows a word of ``_PLACE_SEAT_CUES`` (``Kepala Desa``, ``warga``, ``asal``, ``di``)."""
    words = span.field.words
    return words[span.start].lower() in ADMINISTRATIVE_HEADS or (
        span.start > 0 and words[span.start - 1].lower() in _PLACE_SEAT_CUES
    )


def _retype_persons_listed_among_places(spans: list[_Span]) -> None:
    """An unknown name read as a person, listed right between two places in a list of
    places (``_PLACES_LISTED`` or more: ``Nusa Tenggara Timur (NTT), Nusa Tenggara Barat
    (NTB), Labuhan Bajo dan Bali``), is a place: a list holds things of one sort. Places
    on one side, or two only, are not enough (``di Bandung, Budi Santoso dan Siti hadir``,
    ``warga Bogor, Andi Wijaya, dan Depok``). One of the places must be one the gazetteer
    knows (the tagger's own misreadings of a list of names are no evidence: ``Woojoo, Rio,
    Luha``), and a list that goes on to a person lists people with their hometowns
    (``Bekasi, Jawa Barat, Andi Wijaya dan Depok, Jawa Barat, Siti Aminah``), nor a
    person right after a hometown (see ``_follows_hometown``) where it ends with a place."""
    at_start = _by_start(spans)
    at_end = {(id(span.field), span.end): span for span in spans}
    for span in spans:
        if span.kind != "person" or span.entry is not None:
            continue
        before = _listed_place_before(span, at_start, at_end)
        after = _list_neighbours(span, at_start, at_end)[1]
        if before is None or after is None or before.kind != "place" or after.kind != "place":
            continue
        if _follows_hometown(span, before, at_start, at_end):
            continue
        places, known, seen = 0, 0, {id(span)}
        while before is not None and before.kind == "place" and id(before) not in seen:
            places, known, seen = (
                places + 1,
                known + (before.entry is not None),
                seen | {id(before)},
            )
            before = _listed_place_before(before, at_start, at_end)
        while after is not None and after.kind == "place" and id(after) not in seen:
            places, known, seen = places + 1, known + (after.entry is not None), seen | {id(after)}
            after = _list_neighbours(after, at_start, at_end)[1]
        people = any(other is not None and other.kind == "person" for other in (before, after))
        if places >= _PLACES_LISTED and known and not people:
            span.kind = "place"


def _follows_hometown(
    span: _Span,
    before: _Span,
    at_start: dict[tuple[int, int], _Span],
    at_end: dict[tuple[int, int], _Span],
) -> bool:
    """Whether ``span``, a name of two words or more opening with a given name (see
    ``_reads_as_given_name``), comes right after a known place and a province listed
    (``Bekasi, Jawa Barat, Andi Wijaya``, see ``_PROVINCES``): the news gives a person's
    hometown and its province before the name. Not a town's name (``Labuhan Bajo``), nor a
    name after places the gazetteer does not know (``Sachsenring, Motorland, Phillip
    Island``, a list of circuits), nor after two cities or two provinces (``Jakarta,
    Bandung, Alice Springs``: a plain list; the city ``Jakarta`` is its province only
    written ``DKI Jakarta``), nor a name ending with a place's word (``Denpasar, Bali,
    Alice Springs``, see ``_PLACE_NAME_TAILS``)."""
    if (
        len(span.words) < 2
        or before.entry is None
        or before.entry.name not in _PROVINCES
        or (before.entry.name == _CAPITAL and before.words[0] != _CAPITAL_S_PROVINCE)
        or span.words[-1].lower() in _PLACE_NAME_TAILS
    ):
        return False
    city = _listed_place_before(before, at_start, at_end)
    return (
        city is not None
        and city.kind == "place"
        and city.entry is not None
        and city.entry.name not in _PROVINCES
        and _reads_as_given_name(span.words[0])
    )


#: How many of a sport's words (``FOOTBALL_WORDS``, ``RACING_WORDS``) make an article a
#: report on it.
_REPORT_WORDS = 2
#: The suffix that makes a noun its owner's (``klubnya``: his club).
_POSSESSIVE = "nya"


def _is_report_on(fields: Sequence[_Field], sport_words: frozenset[str]) -> bool:
    """Whether the article writes two of a sport's words, also with ``-nya`` (``mantan
    klubnya``, ``golnya``): a report on that sport."""
    written = {word for field in fields for word in field.positions}  # lowercased once
    owned = [word for word in written if word.endswith(_POSSESSIVE)]
    written.update(word[: -len(_POSSESSIVE)] for word in owned)
    return len(written & sport_words) >= _REPORT_WORDS


def _is_football_report(fields: Sequence[_Field]) -> bool:
    """Whether the article writes two of ``FOOTBALL_WORDS`` (``gelandang``, ``klasemen``):
    a football report, where a club's short form or nickname is the club."""
    return _is_report_on(fields, FOOTBALL_WORDS)


def _link_racing_teams(fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A known company's one-word name that is a known racing team's short form is the team
    in a motor-racing report, one writing two of ``RACING_WORDS`` (``duo pebalap Mercedes,
    Lewis Hamilton``, ``tim Formula 1 Mercedes``): Mercedes-AMG Petronas, not the carmaker
    it is elsewhere (``sedan Mercedes``)."""
    if not _is_report_on(fields, RACING_WORDS):
        return
    for index, span in enumerate(spans):
        if span.kind != "organisation" or span.entry is None or len(span.words) != 1:
            continue
        team = gazetteer.short_form_owner(span.words[0])
        if team is not None and team is not span.entry and team.kind == "organisation":
            spans[index] = _Span(span.field, span.start, span.end, team.kind, team)


def _use_short_forms_in_football(
    fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer
) -> None:
    """A place that is one known club's one-word short form is the club in a football report that
    never names it in full (``bek Liverpool``, ``menggeser Liverpool (44)``; see
    ``_use_short_forms`` for one that does), unless a head or a birth word makes it the
    city (``kota Milan``, ``pria kelahiran Madrid``) or it opens a longer name (``Milan
    Skriniar``): a person the tagger found right after it is the club's (``Manajer
    Liverpool Juergen Klopp``), or it is a venue's city (``Stadion Vicente Calderon,
    Madrid``, see ``_seat_after_place``). A report writes
    two of ``FOOTBALL_WORDS``: elsewhere the city stays (``roker asal Liverpool``). So is an
    unknown organisation of that name, a line-up's team (``Burnley (4 - 4 - 1 - 1): ...``):
    its key was the town's, also in capitals (``BURNLEY: Pope; ...``); and a one-word person
    no player's name holds (``yang dilakoni Southampton saat menjamu``), which the tagger
    read as a surname."""
    if not _is_football_report(fields):
        return
    person_starts = {(id(span.field), span.start) for span in spans if span.kind == "person"}
    # A player's name word (``Everton`` after ``Everton Soares``) stays the player's.
    player_words = _full_name_words(spans)
    at: dict[int, dict[int, _Span]] = {}
    for span in spans:
        at.setdefault(id(span.field), {}).update(dict.fromkeys(span.indices(), span))
    for index, span in enumerate(spans):
        if span.target is not None or len(span.words) > 1 or span.dateline_place:
            continue  # Semen Padang, two words, stands in for the other spans of its name
        if _seat_after_place(span.field.words, span.start, at[id(span.field)]):
            continue  # Stadion Vicente Calderon, Madrid: the city
        if span.kind == "person":
            if span.entry is not None or span.words[0] in player_words or span.listed_player:
                continue
        elif span.kind != "place" and (span.kind != "organisation" or span.entry is not None):
            continue
        club = gazetteer.short_form_owner(_uncapitalised(span.words[0]))
        words = span.field.words
        if (
            club is None
            or club.kind != "organisation"
            or (span.start > 0 and words[span.start - 1].lower() in ADMINISTRATIVE_HEADS)
            or _is_birthplace(words, span.start)
            or _is_name_word_at(words, span.start - 1)
            or (
                _is_name_word_at(words, span.end)
                and (id(span.field), span.end) not in person_starts
            )
        ):
            continue
        spans[index] = _Span(span.field, span.start, span.end, club.kind, club)


#: Words before a place that say someone was born there (``pria kelahiran Madrid``, ``lahir
#: di Liverpool``): the city, even in a report on its club.
_BIRTH_WORDS = frozenset({"kelahiran", "lahir"})


def _is_birthplace(words: Sequence[str], start: int) -> bool:
    """Whether the name at ``start`` follows a birth word, right before or before ``di``."""
    before = [word.lower() for word in words[max(0, start - 2) : start]]
    return bool(before) and (
        before[-1] in _BIRTH_WORDS or (before[-1] == "di" and before[0] in _BIRTH_WORDS)
    )


def _uncapitalised(word: str) -> str:
    """A word of four letters or more written in capitals as a name is (``BURNLEY`` as
    ``Burnley``, a line-up's heading); shorter ones keep their case (``PSG``)."""
    return word.capitalize() if len(word) > 3 and word.isupper() else word


#: How a stadium named after a company is written (``Emirates Stadium``, ``Stadion Etihad``,
#: ``Allianz Arena``): the venue's known name from the company's.
_VENUES_OF_COMPANIES = ("{} Stadium", "Stadion {}", "{} Arena")


def _link_venues_named_after_companies(
    fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer
) -> None:
    """A known company's one word right after ``di``, ``ke`` or ``dari`` in a football
    report (see ``_use_short_forms_in_football``) is the known stadium named after it:
    ``masa depan Wenger di Emirates`` is Arsenal's ground, not the airline; a sponsor
    (``disponsori Emirates``) stays the company, and a club stays the club where its old
    name is the stadium's former one (``semasa di Juventus``: Allianz Stadium was the
    Juventus Stadium)."""
    if not _is_football_report(fields):
        return
    for index, span in enumerate(spans):
        if span.kind != "organisation" or span.entry is None or len(span.words) != 1:
            continue
        if not _after_locative(span.field.words, span.start):
            continue
        venue = next(
            (
                entry
                for written_as in _VENUES_OF_COMPANIES
                if (entry := gazetteer.lookup(written_as.format(span.words[0]))) is not None
                and entry.kind == "place"
                and entry.name.split()[0] in (span.words[0], "Stadion")
            ),
            None,
        )
        if venue is not None:
            spans[index] = _Span(span.field, span.start, span.end, venue.kind, venue)


#: The word between ``maskapai`` and the airline's name in ``maskapai penerbangan X``, and
#: the most words of a name read there.
_AIRLINE_CUE, _AIRLINE_NOUN_AFTER_CUE, _LONGEST_AIRLINE_NAME = "maskapai", "penerbangan", 3


def _link_airlines(fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A one-word name right after ``maskapai``, or listed after a name there (``maskapai
    Garuda Indonesia dan Sriwijaya``), is the known airline of that word and ``Air`` or
    ``Airlines`` (see ``AIRLINE_ENDS``): ``Sriwijaya`` was the club Sriwijaya FC, a
    ``maskapai Singapore`` would be the country. After ``maskapai penerbangan`` a
    capitalised word the tagger left unread is the airline too, known or not (``maskapai
    penerbangan Garuda jurusan Medan``)."""
    for field in fields:
        cues = [index for word in AIRLINE_CUES for index in field.positions.get(word, ())]
        if not cues:
            continue
        starting = {span.start: index for index, span in enumerate(spans) if span.field is field}
        covered = {index for span in spans if span.field is field for index in span.indices()}
        for cue in cues:
            at = cue + 1
            if _word_at(field.words, at) == _AIRLINE_NOUN_AFTER_CUE and (
                field.words[cue].lower() == _AIRLINE_CUE
            ):
                at += 1
                end = at
                while end - at < _LONGEST_AIRLINE_NAME and (
                    end not in covered and _is_name_word_at(field.words, end)
                ):
                    end += 1
                if end > at and _names_airline(field.words[at:end], end in covered):
                    starting[at] = len(spans)
                    spans.append(_Span(field, at, end, "organisation", None))
            while at in starting:
                index = starting[at]
                span = spans[index]
                airline = next(
                    (
                        entry
                        for end in AIRLINE_ENDS
                        if len(span.words) == 1
                        and (entry := gazetteer.lookup(f"{span.words[0]} {end}")) is not None
                        and entry.kind == "organisation"
                    ),
                    None,
                )
                if airline is not None:
                    spans[index] = _Span(field, span.start, span.end, airline.kind, airline)
                at = span.end + 1
                if (
                    span.end >= len(field.words)
                    or field.words[span.end].lower() not in _LIST_JOINERS
                ):
                    break


def _names_airline(run: Sequence[str], cut: bool) -> bool:
    """Whether the unread words after ``maskapai penerbangan`` name an airline: not a
    category's acronym or a common word (``maskapai penerbangan BUMN``, ``Asing``), nor
    words a known name cuts (``Virgin`` of ``Virgin Australia``: better nothing than half
    an airline)."""
    return not cut and not any(
        word.lower() in CATEGORY_ACRONYMS or _is_common_word(word.lower()) for word in run
    )


def _inside_longer_name(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a name word touches ``[start, end)``: ``United`` in an unrecognised ``West
    Ham United`` is no short form of Manchester United (titles and dates do not count:
    ``Presiden Jokowi``, ``kata Musk Selasa``; nor a common word capitalised to open a
    sentence: ``Akhirnya Roma``, ``INGGRIS - Mengejutkan Liverpool``)."""
    return _is_name_word_at(words, start - 1) or _is_name_word_at(words, end)


def _is_name_word_at(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` (if any) is a name word (see ``_inside_longer_name``);
    not a word the news writes lowercase more often than not, opening a sentence or a
    quote (``Selain Liverpool``, ``Sayang Madrid``): a short form goes on from it."""
    return (
        0 <= index < len(words)
        and words[index].isalpha()
        and is_name_word(words[index])
        and words[index].lower() not in NEVER_ENTITIES
        and not _opens_sentence_as_common_word(words, index)
        and not (_opens_sentence_or_quote(words, index) and _mostly_lowercase(words[index].lower()))
    )


def _opens_sentence(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` opens a sentence or follows a dateline's dash, where
    a common word is capitalised too."""
    return index == 0 or words[index - 1] in _SENTENCE_ENDS or words[index - 1] in _DASHES


def _opens_sentence_or_quote(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` opens a sentence (see ``_opens_sentence``) or a quote
    (``" Nantilah, " ujarnya``), where a common word is capitalised too."""
    return _opens_sentence(words, index) or (index > 0 and words[index - 1] in _OPENING_QUOTES)


def _opens_sentence_as_common_word(words: Sequence[str], index: int) -> bool:
    """A common word capitalised only because it opens a sentence, a quote or follows a
    dateline's dash (``Kemenangan``, ``Akhirnya``, ``" Nantilah``), which no name goes on
    from; so is a preposition there (``Bagi Tottenham,``), which joins a name's parts only
    inside it."""
    word = words[index].lower()
    return _opens_sentence_or_quote(words, index) and (
        _is_common_word(word) or word in NAME_PREPOSITIONS
    )


def _mostly_lowercase(word: str) -> bool:
    """Whether a lowercase word is capitalised less than half the time away from a
    sentence's start (the lexicon's second capitalisation bucket: ``selain``, ``mengapa``,
    but also heads such as ``kepolisian``, so no span is cut by it), long enough not to be
    a name's particle (``van``, ``del``); or nearly never, of three letters (``Gol
    Milan``), too short for ``_is_common_word``, which names' particles would be."""
    entry = packaged_lexicon().get(word)
    if entry is None or len(word) < _SHORTEST_COMMON_WORD - 1:
        return False
    return entry.cap == "0" or (entry.cap == "1" and len(word) >= _SHORTEST_COMMON_WORD)


def _cut_tour_titles(spans: Sequence[_Span]) -> None:
    """A person read right before ``Tour`` (see ``TOUR_WORDS``) who opens with a person the
    article names alone is that person: the rest is the tour's title (``Ed Sheeran Divide
    World`` + ``Tour`` after ``Ed Sheeran``, which named the singer's entity so)."""
    persons = {span.words for span in spans if span.kind == "person"}
    for span in spans:
        words = span.field.words
        if span.kind != "person" or span.end >= len(words) or words[span.end][:1].islower():
            continue
        if words[span.end].lower() not in TOUR_WORDS:
            continue
        opening = next(
            (size for size in range(len(span.words) - 1, 0, -1) if span.words[:size] in persons),
            None,
        )
        if opening is not None:
            span.end = span.start + opening
            span.target = None


def _part_persons_apart(spans: list[_Span]) -> None:
    """Undo a longer name that only grew over a person named elsewhere in the article
    (``komentar Twitter Musk`` after ``Elon Musk``): the known name is linked again, and
    propagation links the person. Not a known person's initials opening another's name
    (see ``_initials_of_longer_name``), nor a person's first name the article also writes
    alone before a known person's or company's name that is their last (``Titiek
    Soeharto``, ``Harrison Ford``, then ``Carrie dan Harrison``; see
    ``_reads_as_given_name``): the first name stands for that person, not for one named
    elsewhere."""
    others = [span for span in spans if span.grown_from is None]
    persons = {span.words for span in others if span.kind == "person"}
    named_in_full = set(_person_short_forms(others))
    named_in_full.update(words for words in persons if len(words) > 1)
    persons.update(named_in_full)
    for index, span in enumerate(spans):
        match = span.grown_from
        if match is None or _initials_of_longer_name(span, match):
            continue
        words = span.field.words
        parts = (words[span.start : match.start], words[match.end : span.end])
        first_name = (
            span.kind == "person"
            and len(parts[0]) == 1
            and not parts[1]
            and parts[0] not in named_in_full
            and (match.entry.kind == "person" or _reads_as_given_name(parts[0][0]))
            and match.entry.kind != "place"
        )
        if first_name:
            continue
        if any(part in persons for part in parts):
            spans[index] = _Span(span.field, match.start, match.end, match.entry.kind, match.entry)


#: How often a name must stand alone as a person elsewhere in the article to open a
#: person's name the tagger ran over it (see ``_part_persons_named_alone``).
_ALONE_BEFORE_PERSON = 2


#: The fewest words a name after a known person must have to be parted from it as
#: another person's (``Joko Widodo`` + ``Kahiyang Ayu``; ``Siti Nurbaya`` + ``Bakar`` is
#: her own longer name).
_NAME_AFTER_KNOWN = 2
#: How many words (a title, its office) may stand between a relative's noun and the name.
_RELATIVE_REACH = 4


def _part_persons_after_known_names(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A person read over a known person's full name and a name of two words or more after
    it, a relative's noun a few words before (``putri Presiden Joko Widodo Kahiyang Ayu``,
    ``istri Gubernur Anies Baswedan Fery Farhati``), is two persons: the known one, and
    the relative named right after them without a comma. Without the noun the rest may be
    theirs (``Leonardo DiCaprio Appian Way``, his company): one mention stays."""
    for index, span in enumerate(spans):
        if span.kind != "person" or span.entry is not None:
            continue
        words = span.field.words
        before = words[max(0, span.start - _RELATIVE_REACH - 1) : span.start]
        if not any(word.lower() in RELATIVE_NOUNS for word in before):
            continue
        for size in range(len(span.words) - _NAME_AFTER_KNOWN, 1, -1):
            known = gazetteer.lookup(" ".join(span.words[:size]))
            if known is not None and known.kind == "person":
                cut = span.start + size
                spans[index] = _Span(span.field, span.start, cut, known.kind, known)
                spans.append(_Span(span.field, cut, span.end, "person", None))
                break


def _part_persons_named_alone(spans: list[_Span]) -> None:
    """A person the tagger read over two persons after the first of a pair (``Anies -
    Sandi Sudirman Said``: Sandi, and Sudirman Said, whom the article names alone too) is
    two: where a person and a dash stand before it, and the article names its first part
    alone as a person twice or more and the rest, of two words or more, alone as a person
    too. Elsewhere a name parts nothing (``Song Hye Kyo``, then ``Song`` and ``Hye Kyo``)."""
    alone = Counter(span.words for span in spans if span.kind == "person")
    person_ends = {(id(span.field), span.end) for span in spans if span.kind == "person"}
    parted: list[_Span] = []
    for span in spans:
        words = span.field.words
        paired = (
            span.start > 1
            and words[span.start - 1] in _DASHES
            and (id(span.field), span.start - 1) in person_ends
        )
        if span.kind != "person" or span.entry is not None or len(span.words) < 3 or not paired:
            parted.append(span)
            continue
        for cut in range(1, len(span.words) - 1):
            first, rest = span.words[:cut], span.words[cut:]
            if alone[first] >= _ALONE_BEFORE_PERSON and alone[rest] >= 1:
                middle = span.start + cut
                parted.append(_Span(span.field, span.start, middle, "person", None))
                parted.append(_Span(span.field, middle, span.end, "person", None))
                break
        else:
            parted.append(span)
    spans[:] = parted


def _initials_of_longer_name(span: _Span, match: GazetteerMatch) -> bool:
    """Whether a known person's initials open a longer person's name (``JK Rowling``, not
    Jusuf Kalla): that person goes by the rest alone (``Rowling``), which parts nothing."""
    initials = span.field.words[match.start : match.end]
    return (
        span.kind == "person"
        and match.entry.kind == "person"
        and match.start == span.start
        and len(initials) == 1
        and _is_initials(initials[0])
    )


def _is_degree(words: Sequence[str]) -> bool:
    """Degrees only; ``MA`` in capitals too (the name Ma, as in Jack Ma, is not one)."""
    bare = [word.replace(".", "") for word in words]
    return bool(bare) and all(word.lower() in DEGREES or word == "MA" for word in bare)


def _drop_degrees(spans: list[_Span]) -> None:
    """Degrees right after a person's name are theirs, no entity of their own: ``Husni
    Ibrahim MA`` (not the Supreme Court), ``Herman Suhardiyo, MA, MSc`` (not a person).
    After a comma, ``MA`` followed by more of the sentence is the court (``kata Sunarto,
    MA juga memutus``) unless another degree follows it."""
    ends = {(span.field.name, span.end) for span in spans if span.kind == "person"}
    dropped: set[int] = set()
    for span in sorted(spans, key=lambda span: (span.field.name, span.start)):
        words = span.field.words
        if not _is_degree(span.words):
            continue
        glued = (span.field.name, span.start) in ends
        after_comma = span.start > 0 and words[span.start - 1] == ","
        if not glued and not (after_comma and (span.field.name, span.start - 1) in ends):
            continue
        court = {word.upper() for word in span.words} == {"MA"}
        after = words[span.end : span.end + 2]
        if court and not glued and not (after[:1] == (",",) and _is_degree(after[1:])):
            continue
        dropped.add(id(span))
        ends.add((span.field.name, span.end))
    _drop_removed(spans, dropped)


def _drop_honorifics_from_known_persons(spans: Sequence[_Span]) -> None:
    """A known person matched by an alias opening with an honorific (``Habib Rizieq``,
    ``Ustaz Abdul Somad``) is named without it, as a person the tagger reads is (``Ustaz
    Budi Santoso`` is Budi Santoso): a title is no part of a name. Not a regnal title
    (``Raja Salman``, ``Paus Fransiskus``), which names the person."""
    for span in spans:
        words = span.field.words
        if (
            span.kind == "person"
            and span.entry is not None
            and span.end - span.start > 1
            and words[span.start].lower() in PERSON_HONORIFICS
        ):
            span.start += 1


_LONGEST_PARTED_PERSON = 4


#: A person's initial written before the name, a capital without a full stop (``S Aden
#: Gultom``); two or three capitals there are mostly a body's acronym (``KPN Andri Hadi``,
#: ``FFI Edy Prasetyo``, ``HAM Yasonna Laoly`` on IndoSum), not initials.
_INITIAL = re.compile(r"[A-Z]")


def _give_initials_to_persons(spans: Sequence[_Span], gazetteer: Gazetteer) -> None:
    """An initial right before a person's name, inside a sentence, is the person's
    (``Kepala BPS S Aden Gultom``, ``TNI Y Didik Heru Purnomo``), which the tagger leaves
    out: not a title (``H``, Haji), nor a name the gazetteer knows or the article names."""
    covered = _covered(spans)
    named = {span.words for span in spans}
    for span in spans:
        words, start = span.field.words, span.start
        if span.kind != "person" or start < 2 or (id(span.field), start - 1) in covered:
            continue
        initial = words[start - 1]
        if (
            _INITIAL.fullmatch(initial)
            and initial.lower() not in TITLE_WORDS | NEVER_ENTITIES
            and words[start - 2] not in _SENTENCE_ENDS
            and start - 1 not in span.field.line_starts
            and (initial,) not in named
            and gazetteer.lookup(initial) is None
        ):
            span.start -= 1
            span.entry, span.grown_from = None, None


#: The fewest words of an organisation whose last word may be the next person's initial.
_INITIALLED_BODY_MIN = 3


def _give_organisations_initials_to_persons(spans: Sequence[_Span]) -> None:
    """An initial the tagger ran onto the end of an organisation right before a person is
    the person's (``Direktur Bank Muamalat U Saefudin Noer`` names Bank Muamalat and U
    Saefudin Noer): a body of three words or more the gazetteer does not know, not a
    class a letter names (``Grup A``, see ``LETTERED_CLASS_WORDS``). A title's letter
    (``H``, Haji) leaves the body and stays out of the name."""
    starts = _by_start(spans)
    for span in spans:
        words = span.words
        if (
            span.kind != "organisation"
            or span.entry is not None
            or len(words) < _INITIALLED_BODY_MIN
            or not _INITIAL.fullmatch(words[-1])
            or words[-2].lower() in LETTERED_CLASS_WORDS
        ):
            continue
        person = starts.get((id(span.field), span.end))
        if person is not None and person.kind == "person" and person.entry is None:
            span.end -= 1
            span.grown_from = None
            if words[-1].lower() not in TITLE_WORDS:  # a title's letter is no one's: H, Haji
                person.start -= 1
                person.grown_from = None


def _join_organisations_over_of(spans: list[_Span]) -> None:
    """Two organisations the tagger read apart around ``of``, the first ending in a body's
    word (``National Council`` + ``of`` + ``Applied Economic Research``, see
    ``ORGANISATION_SUFFIXES`` and ``ORGANISATION_HEADS``), are one body's English name."""
    starts = _by_start(spans)
    removed: set[int] = set()
    for span in spans:
        words = span.field.words
        if (
            id(span) in removed
            or span.kind != "organisation"
            or span.entry is not None
            or span.end + 1 >= len(words)
            or words[span.end] != "of"
            or span.words[-1].lower() not in ORGANISATION_SUFFIXES | ORGANISATION_HEADS
        ):
            continue
        after = starts.get((id(span.field), span.end + 1))
        if after is not None and after.kind == "organisation" and after.entry is None:
            span.end = after.end
            span.grown_from = None
            removed.add(id(after))
    _drop_removed(spans, removed)


#: The legal forms that open an Indonesian company's name (``PT Adhi Karya``, ``PT.``).
_OPENING_LEGAL_FORMS = frozenset(("pt", "pt."))


def _open_companies_at_legal_forms(spans: Sequence[_Span]) -> None:
    """A company the tagger read with one capitalised word before its ``PT`` opens at the
    ``PT``: the word is a job title's department or a project's or a team's noun before
    the company (``General Manager Procurement PT International Suzuki Indonesia``,
    ``Manajemen PT Transportasi Jakarta``), no part of its name."""
    for span in spans:
        words = span.words
        if (
            span.kind == "organisation"
            and span.entry is None
            and len(words) > 2
            and words[1].lower() in _OPENING_LEGAL_FORMS
            and words[0].lower() not in LEGAL_FORMS
        ):
            span.start += 1
            span.grown_from = None


#: Weekdays, which date a sentence: a person's name never ends with one (the tagger runs
#: a name into it: ``dipimpin Hendra Wijaya Kamis kemarin``), and a dateline writes one
#: after its city (``Caracas, Jumat -``, ``lima, selasa -``).
_WEEKDAYS = frozenset(("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"))


def _cut_weekdays_and_degrees_from_persons(spans: Sequence[_Span]) -> None:
    """A person of three words or more the tagger ran into the weekday after it (``Hendra
    Wijaya Kamis kemarin``), or of two or more into a degree written in capitals
    (``Inzuddin ST``, ``Budi Darmawan SH``, ``MSi``, ``Adi Sasongko MA``; see
    ``_is_degree``) ends before it: the day dates the sentence and the degree is no part
    of the name, as ``_drop_degrees`` keeps a degree the tagger read apart out of the
    entities."""
    for span in spans:
        words = span.words
        last = words[-1] if words else ""
        degree = _is_degree([last]) and sum(map(str.isupper, last)) >= 2
        weekday = last.lower() in _WEEKDAYS
        if span.kind == "person" and len(words) > 2 - degree and (weekday or degree):
            span.end -= 1
            span.entry, span.grown_from = None, None
        elif span.kind == "person" and (spaced := _spaced_degree_length(words)):
            span.end -= spaced
            span.entry, span.grown_from = None, None


def _cut_line_up_labels_from_persons(spans: Sequence[_Span]) -> None:
    """A player the tagger ran into the line-up's label after him (``Ciro Immobile
    Pelatih: Simone Inzaghi``, the label glued to him in the text, see ``_GLUED_LABEL``)
    ends before it: the label opens the coach's line."""
    for span in spans:
        words = span.field.words
        if (
            span.kind == "person"
            and span.end - span.start > 1
            and words[span.end - 1] == _GLUED_LABEL
            and _word_at(words, span.end) == ":"
        ):
            span.end -= 1
            span.entry, span.grown_from = None, None


def _spaced_degree_length(words: Sequence[str]) -> int:
    """How many words of a name of two words or more a bachelor's degree written as its
    letter and its field apart takes at its end (``Ruben Marey S Sos``, ``S Kom``, ``S
    Pd``: ``SSos``, see ``DEGREES``; ``Ruben Marey S. Sos``, with its stop, as
    ``_opens_spaced_degree`` reads ``Sp. B``), or 0."""
    if len(words) > 3 and words[-3] == "S" and _opens_spaced_degree(words, len(words) - 3):
        return 3
    if len(words) > 2 and words[-2] == "S" and _is_degree(["S" + words[-1]]):
        return 2
    return 0


def _is_given_name(word: str) -> bool:
    """A word of a person's name, not an acronym (``Optane SSD`` is a product)."""
    return _is_name_like(word) and not word.isupper()


#: The most words of a known place that ends an office's seat (``Kalimantan Tengah``).
_LONGEST_SEAT_PLACE = 3
#: The most words of the office holder a tagger ran into the seat.
_LONGEST_SEAT_HOLDER = 3
#: Words that go on with a place before them, no holder's name (``Bandung Barat``).
_PLACE_ENDS = COMPASS_WORDS | COMPASS_SECOND_WORDS | {word.lower() for word in REACH_WORDS}
#: Words an office's seat opens with: a body's or a unit's head (``Dinas``, ``Suku Dinas``,
#: ``Kepolisian``) or a region's (``Kota Kendari``), or else a body's acronym (``DPRD Kota
#: Depok``). A run opening otherwise is a company or a
#: place named with a place inside (``CEO Rajawali Indonesia Communication``, ``Regional
#: Manager Southeast Asia Epson``, ``Pendiri Toraja Melo``), no seat and holder.
_SEAT_OPENINGS = DEFINED_ORGANISATION_HEADS | UNIT_HEADS | BRANCH_HEADS | ADMINISTRATIVE_HEADS


def _part_holders_after_seats(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """Part the person the tagger ran into the office after a title, where the office opens
    with a body's or a region's head or acronym (see ``_SEAT_OPENINGS``) and ends in a known place
    (``Kepala Dinas Kesehatan Kalimantan Tengah Wildan``, ``Kepala Bagian
    Humas Kota Sorong F Palangan``): its holder is the one to three words after the place
    that the tagger reads alone as a person's name or as nothing (or words the news never
    wrote, which it guesses are a place), none of them a known name or a word that goes on
    with a place or a body (``Barat``, see ``_PLACE_ENDS``; ``Boston University``, see
    ``_NOT_TITLE_WORDS``; ``Tengah``, ``Raya``, see ``_is_given_name``), an initial allowed
    before the last.
    So is a seat of a body named after a title: the body read apart (``Ketua DPD KNPI`` +
    ``Aceh Zulkarnain``) or a known body opening the run (``Ketua Umum Kadin Aceh
    Armandez``; see ``_follows_titled_body``).
    ``_office_holder`` does so for a place the title's seat opens with."""
    ending = {(id(span.field), span.end): span for span in spans}
    parted: list[_Span] = []
    for span in spans:
        words, field = span.words, span.field
        cut = None
        if (
            span.kind in ("place", "organisation")
            and span.entry is None
            and len(words) > 1
            and span.start > 0
            and (
                (
                    (words[0].lower() in _SEAT_OPENINGS or _is_acronym(words[0]))
                    and field.words[span.start - 1].lower() in TITLE_WORDS
                )
                or _follows_titled_body(span, ending.get((id(field), span.start)), gazetteer)
            )
        ):
            cut = next(
                (
                    span.end - size
                    for size in range(1, min(_LONGEST_SEAT_HOLDER, len(words) - 1) + 1)
                    if _is_holder_after_seat(words[:-size], words[-size:], gazetteer)
                ),
                None,
            )
        if cut is None:
            parted.append(span)
            continue
        parted.append(_Span(field, span.start, cut, span.kind, None))
        parted.append(_Span(field, cut, span.end, "person", None))
    spans[:] = parted


def _follows_titled_body(span: _Span, body: _Span | None, gazetteer: Gazetteer) -> bool:
    """Whether ``span`` is the seat of a body named right after a title: ``body``, the
    organisation ending where it starts, follows one, or a known organisation opens it
    and a title comes right before it (see ``_part_holders_after_seats``)."""
    words = span.field.words
    if body is not None and body.kind == "organisation":
        return body.start > 0 and words[body.start - 1].lower() in TITLE_WORDS
    opener = gazetteer.lookup(span.words[0])
    return (
        opener is not None
        and opener.kind == "organisation"
        and words[span.start - 1].lower() in TITLE_WORDS
    )


def _part_holders_after_portfolios(spans: list[_Span]) -> None:
    """Part the person the tagger ran into a body after a title, where the body's name
    ends in a portfolio's word (``Kepala Badan Karantina Pertanian Syukur Iwantoro``,
    ``... Departemen Kesehatan I Nyoman Kandun``, see ``PORTFOLIO_WORDS``): its holder is
    the one to three capitalised words after that word that the tagger reads alone as a
    person's name, with or without a first word that is also a common word (``Syukur``).
    A body ending in a portfolio has no person's name after it (``Institut Pertanian
    Bogor`` ends in a place, no portfolio)."""
    _part_holders(spans, _portfolio_holder_start)


def _part_holders(spans: list[_Span], holder_start: Callable[[_Span], int | None]) -> None:
    """Part each span where ``holder_start`` finds its holder's name: the body keeps its
    kind, the words from there on are a person."""
    parted: list[_Span] = []
    for span in spans:
        cut = holder_start(span)
        parted.extend(
            [span]
            if cut is None
            else [
                _Span(span.field, span.start, cut, span.kind, None),
                _Span(span.field, cut, span.end, "person", None),
            ]
        )
    spans[:] = parted


#: The most capitalised words of a portfolio between a title and the ministry after it.
_LONGEST_PORTFOLIO = 4


def _cut_portfolios_from_ministries(spans: Sequence[_Span]) -> None:
    """An organisation the tagger opened at or inside a title's portfolio and ran on into
    the ministry after it (``Direktur Konservasi`` + ``Keanekaragaman Hayati Departemen
    Kehutanan``) opens at the ministry's head (``_MINISTRY_HEADS``): the capitalised
    words from the title to the head are the director's portfolio, part of the title, as
    a director general's is. Not a body opening with its own head (``Direktorat Geologi
    ... Departemen Energi``, ``Badan Litbang Departemen Pertanian``)."""
    for span in spans:
        words, field = span.words, span.field
        if span.kind != "organisation" or span.entry is not None:
            continue
        head = next((i for i, word in enumerate(words) if word.lower() in _MINISTRY_HEADS), 0)
        if head == 0 or words[0].lower() in _NOT_HOLDER_WORDS | NAMING_ORGANISATION_HEADS:
            continue
        before = span.start - 1
        while (
            before >= 0
            and span.start - before <= _LONGEST_PORTFOLIO
            and field.words[before][:1].isupper()
            and field.words[before].lower() not in TITLE_WORDS
        ):
            before -= 1
        if before >= 0 and field.words[before].lower() in TITLE_WORDS:
            span.start += head


def _part_holders_after_acronyms(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """Part the person the tagger ran into a body after a title, where the body's name
    ends in an acronym (``Sekjen NDP Safwat Sherif``, ``Ketua Komisi V DPR Sofhian
    Mile``, read as one organisation; or read as one person opening with an acronym of
    three capitals or more, which no one's initials are): its holder is the two or three
    words after the acronym that the tagger reads alone as a person's name or as nothing,
    or that the news never wrote; no run of them known (``Komisi I DPR Fraksi Golkar``),
    none in capitals or a head, the first no word mostly written in lowercase (``Ketua
    DPRD Sumut``, ``Ketua PSSI Jawa Timur`` end in a place), nor the acronym spelt out
    (``anggota PETA Pembela Tanah Air``); not after a legal form
    (``Direktur PT Sinar Laut``) or another word in capitals that names no body (see
    ``_NOT_CUED_ACRONYMS``)."""
    parted: list[_Span] = []
    for span in spans:
        cut = _acronym_holder_start(span, gazetteer)
        parted.extend(
            [span]
            if cut is None
            else [
                _Span(span.field, span.start, cut, "organisation", None),
                _Span(span.field, cut, span.end, "person", None),
            ]
        )
    spans[:] = parted


#: The most capitals of a person's initials written together before the name (``HM``).
_LONGEST_JOINED_INITIALS = 2
#: Words that open or head a body or a place, never a holder's name after an acronym
#: (``Komisi I DPR Fraksi Golkar``, ``KPU Kota Bogor``).
_NOT_HOLDER_WORDS = _SEAT_OPENINGS | ORGANISATION_OPENERS | PLACE_OPENERS | PLACE_HEADS


def _acronym_holder_start(span: _Span, gazetteer: Gazetteer) -> int | None:
    """Where the holder opens in ``span``, a body ending in an acronym run into its
    holder's name after a title (see ``_part_holders_after_acronyms``), if it is one."""
    words, field = span.words, span.field
    if not (
        span.kind in ("organisation", "person")
        and span.entry is None
        and span.start > 0
        and field.words[span.start - 1].lower() in TITLE_WORDS
    ):
        return None
    last = max(
        (
            index
            for index, word in enumerate(words)
            if _is_acronym(word) and word.lower() not in _NOT_CUED_ACRONYMS
        ),
        default=-1,
    )
    if span.kind == "person" and not (
        last == 0 and len(words[0]) > _LONGEST_JOINED_INITIALS and words[0].lower() not in DEGREES
    ):
        return None  # a person's initials open their name (``Jaksa Agung HM Prasetyo``)
    holder = words[last + 1 :]
    names = [word for word in holder if word != "-"]
    if (
        last >= 0
        and 1 < len(names) <= _LONGEST_SEAT_HOLDER
        and holder[0][:1].isupper()
        and all(word.replace("-", "").isalpha() and not word.isupper() for word in names)
        and not any(word.lower() in _NO_FIRST_NAMES | TITLE_WORDS for word in names)
        and all(
            gazetteer.lookup(" ".join(holder[first:stop])) is None
            for first in range(len(holder))
            for stop in range(first + 1, len(holder) + 1)
        )
        and not any(word.lower() in _NOT_HOLDER_WORDS for word in names)
        and not _is_seldom_capitalised(names[0])
        and not _abbreviates_name(words[last], holder)
        and not _abbreviates(words[last].capitalize(), holder)  # PETA Pembela Tanah Air
        and (
            _read_alone(holder) in ("person", None)
            or all(packaged_lexicon().get(word.lower()) is None for word in names)
        )  # as after a seat (see ``_is_holder_after_seat``)
    ):
        return span.start + last + 1
    return None


#: The most words between a title and the organisation its holder leads (``Ketua Umum``,
#: ``Ketua Fraksi``, ``Ketua Tim``): one capitalised word.
_TITLE_REACH = 2


#: Words of good omen that end Indonesian companies' and cooperatives' names (``PT Sinar
#: Jaya Lestari``, ``Koperasi Tani Makmur``): after such a body they go on with its name,
#: never open its holder's, though a person may bear them.
_COMPANY_NAME_WORDS = frozenset(
    {
        "jaya", "lestari", "makmur", "abadi", "sentosa", "santosa", "sejahtera", "perkasa",
        "permai", "mandiri", "utama", "sakti", "mulia", "prima", "raya", "indah", "lancar",
        "persada", "sejati", "gemilang", "agung", "bersama", "sukses",
    }
)  # fmt: skip


#: The fewest words a company's name keeps after its form (``PT``, ``CV``, ``Koperasi``,
#: see ``_NAMED_BODY_FORMS``) when a holder is parted from it: listed companies are made
#: of words the news never wrote (``PT Wahana Ottomitra Multiartha``), no holder's; one
#: acronym is a company's whole short name (``Direktur PT PKG Arifin Tasrif``).
_COMPANY_NAME_KEPT = 2
#: Words opening a company's or a cooperative's name: its form.
_NAMED_BODY_FORMS = COMPANY_FORMS | {"cv", "koperasi"}


#: Apostrophes written as words of their own (``Dato ' Low``): they join a title or a
#: particle to the name after them.
_APOSTROPHES = frozenset({"'", "’", "`"})


def _part_holders_from_titled_organisations(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """Part the holder the tagger ran into an organisation named after a title, where no
    seat, portfolio or acronym ends the body (``Direktur PT Damai Sentosa Sudirjo Hartanto``,
    ``wartawan Kompas JB Rahardjo``): the two or three words at its end that the tagger
    reads alone as one person's name while the rest reads alone as the organisation (two
    words or more, or one the gazetteer knows). A word of the holder must be one the news
    never wrote, as a rare person's name is (``Direktur PT Sinar Jaya Lestari`` ends in a
    company's words), and no known name runs over the cut; one word alone may be the
    company's own (``PT Panca Gemilang Nusaraya``), and so is the end of one the tagger
    read a person right after, a name right after a ``PT`` or one opening with a word of
    good omen Indonesian companies end in (``PT Damai Jaya Lestari Sudirjo``, see
    ``_COMPANY_NAME_WORDS``). The holder is the whole name: not where the word before it
    makes a longer one (``Kantor Imigrasi ... Tato J Hidayat``), nor after an apostrophe
    that joins a title to it (``Dato ' Low Beng Choo``). A company's form keeps two words
    of its name (``PT Wahana Ottomitra Multiartha``: listed companies are made of rare
    words), and a name the article writes more than once as an organisation is one whole."""
    persons = {(id(span.field), span.start) for span in spans if span.kind == "person"}
    written = Counter(span.words for span in spans if span.kind == "organisation")
    _part_holders(
        spans,
        lambda span: (
            None
            if (id(span.field), span.end) in persons or written[span.words] > 1
            else _titled_holder_start(span, gazetteer)
        ),
    )


def _titled_holder_start(span: _Span, gazetteer: Gazetteer) -> int | None:
    """Where the holder opens in ``span``, an organisation after a title run into its
    holder's name (see ``_part_holders_from_titled_organisations``), if it is one."""
    words, field = span.words, span.field
    before = field.words[max(0, span.start - _TITLE_REACH) : span.start]
    if not (
        span.kind == "organisation"
        and span.entry is None
        and len(words) > 2
        and before
        and (
            before[-1].lower() in TITLE_WORDS
            or (len(before) > 1 and before[0].lower() in TITLE_WORDS and before[1][:1].isupper())
        )
    ):
        return None
    longest = min(_LONGEST_SEAT_HOLDER, len(words) - 1)
    for size in range(longest, _SHORTEST_HOLDER - 1, -1):  # the holder's full name first
        body, tail = words[:-size], words[-size:]
        names = [word for word in tail[:-1] if not _is_joined_initials(word)] + [tail[-1]]
        if (
            all(map(_is_given_name, names))
            and not any(word.lower() in _NOT_HOLDER_WORDS | TITLE_WORDS for word in names)
            and any(packaged_lexicon().get(word.lower()) is None for word in names)
            and (len(body) > 1 or _is_known_organisation(body, gazetteer))
            and all(
                gazetteer.lookup(" ".join(words[first:stop])) is None
                for first in range(len(words) - size - 1, len(words) - size + 1)
                for stop in range(len(words) - size + 1, len(words) + 1)
            )
            and body[-1].lower() not in COMPANY_FORMS
            and (
                body[0].lower() not in _NAMED_BODY_FORMS
                or len(body) > _COMPANY_NAME_KEPT
                or _is_acronym(body[-1])
            )
            and names[0].lower() not in _COMPANY_NAME_WORDS
            and _reads_as_one_person(tail)
            and _read_alone(body) == "organisation"
            and not (body[-1].istitle() and _reads_as_one_person([body[-1], *tail]))
            and not any(word in _APOSTROPHES for word in body)
        ):
            return span.end - size
    return None


def _is_joined_initials(word: str) -> bool:
    """One or two capitals written together before a name (``JB Kristanto``, ``Tato J
    Hidayat``)."""
    return word.isalpha() and word.isupper() and len(word) <= _LONGEST_JOINED_INITIALS


def _is_known_organisation(words: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer knows ``words`` as an organisation (``Kompas``)."""
    entry = gazetteer.lookup(" ".join(words))
    return entry is not None and entry.kind == "organisation"


def _portfolio_holder_start(span: _Span) -> int | None:
    """Where the holder opens in ``span``, a body ending in a portfolio's word run into
    its holder's name after a title (see ``_part_holders_after_portfolios``), if it is one."""
    words, field = span.words, span.field
    if not (
        span.kind == "organisation"
        and span.entry is None
        and span.start > 0
        and field.words[span.start - 1].lower() in TITLE_WORDS | PORTFOLIO_WORDS
    ):
        return None
    last = max(
        (index for index, word in enumerate(words) if word.lower() in PORTFOLIO_WORDS),
        default=0,
    )
    holder = words[last + 1 :]
    if (
        last > 0
        and 0 < len(holder) <= _LONGEST_SEAT_HOLDER
        and all(word.isalpha() and word[:1].isupper() for word in holder)
        and not any(word.lower() in _NO_FIRST_NAMES | TITLE_WORDS for word in holder)
        and not any(word.isupper() and len(word) > 1 for word in holder)
        and (_reads_as_one_person(holder) or (len(holder) > 1 and _reads_as_one_person(holder[1:])))
    ):
        return span.start + last + 1
    return None


def _is_holder_after_seat(seat: Sequence[str], holder: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether ``holder`` reads as a person's name after ``seat`` ending in a known place
    (see ``_part_holders_after_seats``)."""
    initials = [word for word in holder[:-1] if len(word) == 1 and word.isupper()]
    names = [word for word in holder if word not in initials]
    return (
        bool(names)
        and names[-1] == holder[-1]
        and all(map(_is_given_name, names))
        and not any(
            word.lower() in _PLACE_ENDS or word.lower() in _NOT_TITLE_WORDS for word in names
        )
        and all(
            gazetteer.lookup(" ".join([*seat[len(seat) - size :], *holder])) is None
            for size in range(min(_LONGEST_SEAT_PLACE, len(seat)) + 1)
        )  # nor does a known name run on into it (Paris Saint Germain)
        and all(gazetteer.lookup(word) is None for word in names)
        and any(
            (place := gazetteer.lookup(" ".join(seat[-size:]))) is not None
            and place.kind == "place"
            for size in range(1, min(_LONGEST_SEAT_PLACE, len(seat)) + 1)
        )
        and (
            _read_alone(holder) in ("person", None)
            or all(packaged_lexicon().get(word.lower()) is None for word in names)
        )  # a name the news never wrote, which the tagger alone guesses a place
    )


def _ends_in_suffix_before_person(company: Sequence[str], person: Sequence[str]) -> bool:
    """Whether ``company`` ends in a company's last word (``Kejora Group``, see
    ``ORGANISATION_SUFFIXES``) and ``person`` after it reads alone as a person's name
    (``Sebastian Togelang``): where the tagger ran the company into its executive."""
    return (
        len(company) > 1
        and company[-1].lower() in ORGANISATION_SUFFIXES
        and all(map(_is_given_name, person))
        and _reads_as_one_person(person)
    )


def _part_persons_from_companies(spans: list[_Span]) -> None:
    """Part the person the tagger read into the company before them (``Direktur PT Sinar
    Laut Tbk Budi Santoso``, read as an organisation or, opening with a company's form, as
    a person: ``Perum Perumnas Rahmad Budianto``): the company ends at ``Tbk`` (a listed
    company's last word),
    or its last two to four words are a person the article names alone elsewhere, in full
    or by the first of them (``Nasrudin``). Another organisation than a company parts only
    where the article also names it alone (``asisten pelatih Persib Herrie Setyawan``,
    ``Persib``, ``Herrie``), the person's words no acronyms. Where neither says where the
    organisation ends, the name is left whole."""
    persons = {span.words for span in spans if span.kind == "person"}
    organisations = {span.words for span in spans if span.kind == "organisation"}
    parted: list[_Span] = []
    for span in spans:
        words = span.words
        cut = None
        company_form = words[0].lower() in COMPANY_FORMS
        if (
            (span.kind == "organisation" or company_form)
            and span.entry is None
            and len(words) > _SHORTEST_HOLDER
        ):
            longest = min(_LONGEST_PARTED_PERSON, len(words) - 1)
            for size in range(_SHORTEST_HOLDER, longest + 1):
                person, company = words[-size:], words[:-size]
                named = bool({person, person[:1]} & persons)
                if company_form:
                    named = len(company) > 1 and (named or company[-1].lower() == "tbk")
                else:
                    named = named and company in organisations and all(map(_is_given_name, person))
                    named = named or _ends_in_suffix_before_person(company, person)
                if named:
                    cut = span.end - size
                    break
        if cut is None or trim_name(span.field.words, cut, span.end) != (cut, span.end):
            parted.append(span)
            continue
        parted.append(_Span(span.field, span.start, cut, "organisation", None))
        parted.append(_Span(span.field, cut, span.end, "person", None))
    spans[:] = parted


#: Marks after a legal form's dot that show the sentence goes on (``Canon Inc., dan``).
_GOING_ON_MARKS: frozenset[str] = frozenset({"(", ",", ";", ")"})
#: Marks between a company's two foreign legal forms (``Co. Ltd.``, ``Co., Ltd``).
_FORM_JOINS: frozenset[str] = frozenset({".", ","})


def _second_form_end(words: Sequence[str], end: int) -> int:
    """Where a second foreign legal form right after ``end`` ends (``Co`` + ``. Ltd``,
    ``Co`` + ``., Ltd``), its joining marks included; ``end`` itself where none follows."""
    marks = end
    while marks < len(words) and marks - end < len(_FORM_JOINS) and words[marks] in _FORM_JOINS:
        marks += 1
    if marks == end or marks >= len(words) or words[marks].lower() not in FOREIGN_LEGAL_FORMS:
        return end
    return marks + 1


def _close_companies_over_form_dots(spans: list[_Span]) -> None:
    """A company the tagger stopped at the stop or comma of its foreign legal forms
    (``Dencisco Energy Resources Pte. Ltd.`` read as ``... Pte``, ``Samsung Heavy
    Industries Co. Ltd.`` as ``... Co``, also ``Co., Ltd``; see ``FOREIGN_LEGAL_FORMS``)
    runs over the second form, taking the organisation read right before it with nothing
    between (``Dencisco Energy`` + ``Resources Pte``); and a company ending in a foreign
    form keeps the form's dot where the sentence goes on after it (``Canon Inc. dan``,
    ``Encore Energy Pte. Ltd. (Encore Energy)``), as idner writes ``Inc.``. At a
    sentence's end, or before a capital, the dot is the sentence's."""
    ends = {(id(span.field), span.end): span for span in spans if span.kind == "organisation"}
    removed: set[int] = set()
    for span in spans:
        words = span.field.words
        if span.kind != "organisation" or span.words[-1].lower() not in FOREIGN_LEGAL_FORMS:
            continue
        end = span.end
        while (further := _second_form_end(words, end)) > end:
            end = further
        before = ends.get((id(span.field), span.start))
        if (
            end > span.end
            and before is not None
            and before.entry is None
            and span.start not in span.field.line_starts  # no name runs over a line break
        ):
            span.start = before.start
            removed.add(id(before))
        if (
            end + 1 < len(words)
            and words[end] == "."
            and (words[end + 1][:1].islower() or words[end + 1] in _GOING_ON_MARKS)
        ):
            end += 1
        span.end = end
    if removed:
        _drop_removed(spans, removed)


#: The English word after a place that names a company's branch there (``Jakarta Branch``).
_BRANCH_WORD = "Branch"


def _join_branches_to_companies(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A branch named by its place and ``Branch`` right after a company (``Sony Interactive
    Entertainment Hong Kong Limited Singapore Branch``, read as the company and a person)
    is the company's, one organisation of its own (not the company's known entity), as
    ``Bank Mandiri Cabang Medan`` and ``Deutsche Bank AG Jakarta Branch`` are, also where
    the tagger read the company's last word with the branch (``Standard Chartered`` +
    ``Bank Indonesia Branch``); a place's branch with no company before it is an
    organisation too, never a person. Only a place's (see ``_names_place_s_branch``): a
    person's surname ``Branch`` after a company is a person of their own (``Warner Records
    Michelle Branch``)."""
    starts = _by_start(spans)
    joined: set[int] = set()
    for span in spans:
        if span.kind != "organisation" or id(span) in joined:
            continue
        branch = starts.get((id(span.field), span.end))
        if (
            branch is None
            or branch.entry is not None
            or branch.start in span.field.line_starts
            or _reads_as_given_name(branch.words[0])
            or not any(  # the place may close a word of the company's: ``Bank`` + Indonesia
                _names_place_s_branch(branch.words[index:], gazetteer)
                for index in range(len(branch.words) - 1)
            )
        ):
            continue
        span.end, span.entry, span.grown_from = branch.end, None, None
        joined.add(id(branch))
    _drop_removed(spans, joined)
    for span in spans:
        if (
            span.kind == "person"
            and span.entry is None
            and _names_place_s_branch(span.words, gazetteer)
        ):
            span.kind = "organisation"


def _names_place_s_branch(words: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether ``words`` are a place and ``Branch`` (``Singapore Branch``): the place one
    the gazetteer knows or the tagger reads alone as a place, opening with no given name
    (``Michelle Branch``, ``Anna Branch``: a person's surname)."""
    if len(words) < 2 or words[-1] != _BRANCH_WORD or _reads_as_given_name(words[0]):
        return False
    place = gazetteer.lookup(" ".join(words[:-1]))
    return (place is not None and place.kind == "place") or _read_alone(words[:-1]) == "place"


def _close_names_over_bare_forms(spans: list[_Span]) -> None:
    """A name right before foreign legal forms no span holds (``Lintang Samudra Holdings``
    + ``Pte Ltd`` opening a sentence, where the tagger read the forms as a person and
    ``trim_name`` dropped them: no name is a form alone) runs over them, so that the
    company written without stops is the one written with them (``Pte. Ltd.``, one key).
    Not over ``Co`` alone, which may open an English word (``Co - founder``). A span of
    forms alone there (``Sdn Bhd``, parted from ``Karya Makmur Holdings`` as if a person
    after a company) is taken in."""
    covered = {(id(span.field), index): span for span in spans for index in span.indices()}
    taken: set[int] = set()
    for span in spans:
        words, end = span.field.words, span.end
        if span.entry is not None or id(span) in taken:
            continue
        forms: set[int] = set()
        while (
            end < len(words)
            and words[end][:1].isupper()
            and words[end].lower() in FOREIGN_LEGAL_FORMS
            and end not in span.field.line_starts
        ):
            holder = covered.get((id(span.field), end))
            if holder is not None and (
                holder.entry is not None
                or not all(word.lower() in FOREIGN_LEGAL_FORMS for word in holder.words)
            ):
                break
            forms |= {id(holder)} if holder is not None else set()
            end += 1
        if end > span.end and words[span.end : end] != ("Co",):
            span.end = end
            taken |= forms
    _drop_removed(spans, taken)


def _type_names_closed_by_foreign_forms(spans: list[_Span]) -> None:
    """An unknown name of two words or more that ends in a foreign company's legal form
    (``Karya Makmur Holdings Sdn Bhd``, ``Bintang Laut Pte Ltd``, see
    ``FOREIGN_LEGAL_FORMS``) is a company, whatever kind the tagger read its name words as
    (a place, a person): the form is the one sign of its kind."""
    for span in spans:
        if (
            span.entry is None
            and span.kind != "organisation"
            and span.end - span.start >= _SHORTEST_FORMED_NAME
            and span.words[-1].lower().rstrip(".") in FOREIGN_LEGAL_FORMS
        ):
            span.kind = "organisation"


#: A continental company's legal form spelt with dots (``S.A.``, ``N.V.``, ``B.V.``,
#: ``S.p.A.``), which the tokens part letter by letter.
_DOTTED_FOREIGN_FORM = re.compile(r"(?<![\w.])(?:S\.A|N\.V|B\.V|S\.p\.A)\.")
#: The most name words before a dotted legal form (``Compagnie Generale des Eaux``).
_LONGEST_FORMED_NAME = 4


def _mark_companies_with_dotted_forms(
    fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer
) -> None:
    """Capitalised words right before a legal form spelt with dots (``Bouygues S.A.``,
    ``Vantoria N.V.``, see ``_DOTTED_FOREIGN_FORM``) are a company, the form kept in its
    name as ``FOREIGN_LEGAL_FORMS`` keep theirs: the tagger reads the form's letters as
    nothing and often the name too. A name the tagger read ends there and becomes the
    company, unless it is a known name of another kind; one that opens with a known
    name of another kind (``Jokowi Vantoria``, ``Jakarta Vantoria``) is parted there,
    the known name left as it was. No title (``Direktur Danone S.A.``), common word or
    name read before joins a company the tagger did not read."""
    by_end = {(id(span.field), span.end): span for span in spans}
    parted: list[_Span] = []
    for field in fields:
        starts = [token.start for token in field.tokens]
        taken = _covered_in(field, spans)
        for match in _DOTTED_FOREIGN_FORM.finditer(field.text):
            first = bisect.bisect_left(starts, match.start())
            last = bisect.bisect_left(starts, match.end())
            if first == 0 or any(index in taken for index in range(first, last)):
                continue
            read = by_end.get((id(field), first))
            if read is not None:
                if read.entry is None or read.entry.kind == "organisation":
                    known = gazetteer.find(read.words)
                    opener = known[0] if known and known[0].start == 0 else None
                    if (
                        opener is not None
                        and opener.end < len(read.words)
                        and opener.entry.kind != "organisation"
                    ):
                        cut = read.start + opener.end
                        parted.append(
                            _Span(field, read.start, cut, opener.entry.kind, opener.entry)
                        )
                        read.start = cut
                    read.end, read.kind = last, "organisation"
                continue
            start = first
            while (
                start > 0
                and first - start < _LONGEST_FORMED_NAME
                and start - 1 not in taken
                and start not in field.line_starts
                and _is_company_name_word(field.words[start - 1])
            ):
                start -= 1
            if start < first:
                spans.append(_Span(field, start, last, "organisation", None))
    spans.extend(parted)


#: Titles and words of a body's member or leader, which a company's name never opens
#: with (``Presiden Direktur Danone S.A.``).
_COMPANY_NAME_STOPS = TITLE_WORDS | EXECUTIVE_TITLES | ACRONYM_BODY_CUES


def _is_company_name_word(word: str) -> bool:
    """A capitalised word that may be part of a company's name: no title or word of a
    body's member or leader (``Presiden Direktur``, see ``ACRONYM_BODY_CUES``) and no
    word the news seldom capitalises, however short (``Saat Itu``, a title's ``Direktur
    Utama``): a continental company's name is seldom of Indonesian words."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and lower not in _COMPANY_NAME_STOPS
        and not _is_common_word(lower)
        and not _is_seldom_capitalised(lower)
    )


#: The most name words after a dynasty's head (``Dinasti Song Selatan``).
_LONGEST_DYNASTY_NAME = 3


def _mark_dynasties(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A capitalised ``Dinasti`` (see ``DYNASTY_HEADS``) and the name words after it are one
    organisation (``Dinasti Saljuq``), replacing what the tagger read inside (the ruler's
    person) or adding what it missed; the house's name stops before a title (``Dinasti
    Tudor Raja Henry``) and a common word (``Dinasti Politik``, a political family, no
    house), and in a headline written in title case, which capitalises its verbs, it is one
    word (``Dinasti Atut Kuasai Banten``). A name the tagger ran on past it is left as
    read."""
    removed: set[int] = set()
    for field in fields:
        words = field.words
        heads = sorted(i for head in DYNASTY_HEADS for i in field.positions.get(head, ()))
        if not heads:
            continue
        at = _SpansAt(span for span in spans if span.field is field)
        for head in heads:
            end = head + 1
            longest = 1 if field.name == "title" else _LONGEST_DYNASTY_NAME
            while (
                end < min(len(words), head + 1 + longest)
                and is_name_word(words[end])
                and words[end][:1].isupper()
                and words[end].lower() not in TITLE_WORDS
                and not _is_common_word(words[end].lower())
            ):
                end += 1
            inside = at.over(head, end)
            if (
                end == head + 1
                or not words[head][:1].isupper()
                or any(span.start < head or span.end > end for span in inside)
                or any(span.kind == "organisation" and span.entry is not None for span in inside)
            ):
                continue
            removed.update(id(span) for span in inside)
            spans.append(_Span(field, head, end, "organisation", None))
    _drop_removed(spans, removed)


#: The head of a ministry's name in older news, and the one it has today: ``Departemen
#: ESDM`` is ``Kementerian ESDM``.
_OLD_MINISTRY_HEAD, _MINISTRY_HEAD = "departemen", "Kementerian"


def _link_old_ministry_names(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """An unknown organisation opening with ``Departemen`` is the known ministry named
    ``Kementerian`` and the same words (``Departemen ESDM``, ``Departemen Kelautan dan
    Perikanan``): one entity with today's name, as the gazetteer's own old names are
    (``Departemen Keuangan``)."""
    for span in spans:
        head, *rest = span.words
        if span.kind != "organisation" or span.entry is not None or not rest:
            continue
        if head.lower() != _OLD_MINISTRY_HEAD:
            continue
        known = gazetteer.lookup(" ".join((_MINISTRY_HEAD, *rest)))
        if known is not None and known.kind == "organisation":
            span.entry = known


def _type_river_basins(spans: list[_Span]) -> None:
    """An unknown name opening with ``DAS`` (*daerah aliran sungai*, a river's basin) and
    the river's name after it is the basin, a place (``DAS Bengawan Solo``), whatever the
    tagger read it as: the acronym is no body's."""
    for span in spans:
        if (
            span.entry is None
            and span.kind != "place"
            and span.end - span.start >= _SHORTEST_FORMED_NAME
            and span.words[0] == _RIVER_BASIN
        ):
            span.kind = "place"


def _give_suffixes_to_organisations(spans: list[_Span]) -> None:
    """A company's last words that the tagger ran into the person after it (``Qualcomm``
    then ``Technologies Cristiano Amon``, ``Suzuki`` then ``Motor Corporation Keisuke
    Namekawa``, see ``ORGANISATION_SUFFIXES``) go back to the company: ``Qualcomm
    Technologies`` and ``Cristiano Amon``. With no company before them, two words or more
    that end in one are the company (``Binaartha Sekuritas Reza Priyambada``), where the
    rest reads alone as a person's name."""
    ending = {(id(span.field), span.end): span for span in spans if span.kind == "organisation"}
    parted: list[_Span] = []
    for span in spans:
        parted.append(span)
        if span.kind != "person" or span.entry is not None or len(span.words) <= _SHORTEST_HOLDER:
            continue
        words = span.words
        cuts = [
            index + 1
            for index in range(len(words) - _SHORTEST_HOLDER)
            if words[index].lower() in ORGANISATION_SUFFIXES
        ]
        if not cuts:
            continue
        cut, company = cuts[-1], ending.get((id(span.field), span.start))
        if company is not None and (
            cut == 1 or _ends_in_suffix_before_person(company.words + words[:cut], words[cut:])
        ):
            company.end, company.entry, company.grown_from = company.end + cut, None, None
            span.start += cut
        elif company is None and _ends_in_suffix_before_person(words[:cut], words[cut:]):
            parted.insert(-1, _Span(span.field, span.start, span.start + cut, "organisation", None))
            span.start += cut
    spans[:] = parted


def _part_named_organisations_from_persons(spans: list[_Span]) -> None:
    """Part an organisation the article names alone, written again right before a person,
    from the person the tagger ran its last words into (``Kepala Unit Kerja Presiden
    Pembinaan Ideologi Pancasila Yudi Latief``: the unit, named in full before, and Yudi
    Latief); two words or more stay the person's name. Named alone: not followed by a
    name (``Vietjet Air Nguyen Thanh Hung`` names no ``Vietjet Air Nguyen``). The parted
    organisation's last word tagged alone as a person is that misreading too, no one
    named (``Pancasila``, which had made every ``Pancasila`` a person). So is the whole
    organisation run into the person (``Peneliti senior Formappi I Made Leo Wiratma``,
    ``Founder MauBelajarApa.com Jourdan Kamal``)."""
    endings: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for span in spans:
        words = span.field.words
        alone = span.end == len(words) or not is_name_word(words[span.end])
        if span.kind == "organisation" and alone:
            for size in range(1, len(span.words) + 1):
                endings.setdefault(span.words[-size:], []).append(span.words)
    if not endings:
        return
    covered = _covered(spans)
    parted: list[_Span] = []
    misread: set[tuple[str, ...]] = set()
    for span in spans:
        if span.kind != "person" or span.entry is not None or _opened_by_known_name(span):
            continue
        words = span.field.words
        for size in range(len(span.words) - _SHORTEST_HOLDER, 0, -1):
            names = endings.get(span.words[:size], ())
            name = next((n for n in names if _written_before(words, span.start, n[:-size])), None)
            if name is not None:
                if size < len(name):
                    misread.add(name[-1:])
                start, span.start = span.start - (len(name) - size), span.start + size
                if all((id(span.field), i) not in covered for i in range(start, span.start - size)):
                    parted.append(_Span(span.field, start, span.start, "organisation", None))
                break
    spans[:] = [
        span
        for span in spans
        if not (span.kind == "person" and span.entry is None and span.words in misread)
    ] + parted


def _opened_by_known_name(span: _Span) -> bool:
    """Whether a person's name opens with the known name it grew from, as a given name
    (``Sony Dwi Kuncoro``, see ``_opens_person_after_break``): that company or place named
    alone elsewhere in the article is no reason to part it."""
    return span.grown_from is not None and span.grown_from.start == span.start


def _written_before(words: Sequence[str], index: int, name: Sequence[str]) -> bool:
    """Whether ``name`` is written right before ``index``."""
    return len(name) <= index and tuple(words[index - len(name) : index]) == tuple(name)


def _give_first_names_back(spans: Sequence[_Span]) -> None:
    """Move the last word of an organisation the tagger ran into the person after it back
    to the person (``Vietjet Air Nguyen`` + ``Thanh Hung``): where the article names the
    organisation without it, and the person with it or the word alone as a person."""
    organisations = {span.words for span in spans if span.kind == "organisation"}
    persons = {span.words for span in spans if span.kind == "person"}
    starting = {(id(span.field), span.start): span for span in spans if span.kind == "person"}
    for span in spans:
        person = starting.get((id(span.field), span.end))
        words = span.words
        if (
            person is None
            or span.kind != "organisation"
            or span.entry is not None
            or len(words) < _SHORTEST_HOLDER
            or words[:-1] not in organisations
            or not _is_given_name(words[-1])
            or not {words[-1:], words[-1:] + person.words} & persons
        ):
            continue
        span.end -= 1
        person.start -= 1


_OPENING_QUOTES = frozenset('"“‘«')
#: Capitalised words before a name that are no first name of it: heads, titles, dates.
_NO_FIRST_NAMES = DEFINED_ORGANISATION_HEADS | PLACE_HEADS | NEVER_ENTITIES | RANK_WORDS


def _is_title_word_after(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is a title's second word (``Jaksa Agung``): it follows
    a title, but a rank's only when it is the rank's grade (``Laksamana Madya``), a rank
    being written right before the name (``AKBP Teguh Wibowo``)."""
    before = words[index - 1].lower()
    if before in RANK_WORDS:
        return words[index].lower() in RANK_GRADES
    return before in TITLE_WORDS


#: The most words of a person the tagger read without its first name.
_LONGEST_CUT_PERSON = 2


def _give_cut_first_names(spans: Sequence[_Span]) -> None:
    """A person of one or two words right after a capitalised word of no name and no
    common word, that the tagger reads with the person as one person's name, takes it in:
    the tagger cut the first name off (``gol Jack Wilshere`` read as ``Wilshere``; ``AKBP
    Teguh Wibowo`` read as ``Wibowo``; ``sebagai Kenneth Ray Rogers`` as ``Ray
    Rogers``), but not a minister's portfolio (``Menteri Tenaga Kerja dan Transmigrasi
    Fahmi Idris``). Not in a linked headline, where every word is capitalised (``BACA JUGA:
    Juventus Kini Incar Thibaut Courtois``)."""
    covered = _covered(spans)
    links: dict[int, set[int]] = {}
    for span in spans:
        start, words = span.start, span.field.words
        if id(span.field) not in links:
            links[id(span.field)] = _related_link_words(span.field)
        if (
            span.kind != "person"
            or span.entry is not None
            or len(span.words) > _LONGEST_CUT_PERSON
            or start < 2
            or (id(span.field), start - 1) in covered
            or start in span.field.line_starts
            or start in links[id(span.field)]
            or not words[start - 1].isalpha()
            or not words[start - 1][:1].isupper()
            or _opens_sentence(words, start - 1)
            or words[start - 2] in _OPENING_QUOTES  # a slogan's verb: “ Naikkan Trump ”
            or words[start - 1].lower() in _NO_FIRST_NAMES
            or _is_title_word_after(words, start - 1)
            or _in_job_title(words, start - 1)  # Menteri Tenaga Kerja dan Transmigrasi
            or _is_common_word(words[start - 1].lower())
            or not _reads_as_one_person(words[start - 1 : span.end])
        ):
            continue
        span.start -= 1
        span.target = None


def _give_common_first_names(spans: Sequence[_Span]) -> None:
    """A person of one or two words right after a capitalised common word (``Mari``,
    ``Ban``: a word the news seldom capitalises) that itself follows a minister's portfolio
    or a known place seated after a title, takes the word in as its first name
    (``Menteri Perdagangan Mari Elka Pangestu``, ``Menteri Luar Negeri Korea Selatan Ban
    Ki-Moon``): there a capital is the name's, where the tagger, seeing a common word, cut
    it off (``_give_cut_first_names`` leaves common words out)."""
    covered = _covered(spans)
    places = {
        (id(span.field), span.end): span
        for span in spans
        if span.kind == "place" and span.entry is not None
    }
    for span in spans:
        if _takes_common_first_name(span, covered, places):
            span.start -= 1
            span.target = None


def _takes_common_first_name(
    span: _Span, covered: set[tuple[int, int]], places: Mapping[tuple[int, int], _Span]
) -> bool:
    """Whether the word before ``span`` is its first name (see ``_give_common_first_names``),
    given the tokens of all spans and the known places by where they end."""
    start, words = span.start, span.field.words
    if span.kind != "person" or span.entry is not None or start < 2:
        return False
    if len(span.words) > _LONGEST_CUT_PERSON or (id(span.field), start - 1) in covered:
        return False
    word = words[start - 1]
    return (
        start - 1 not in span.field.line_starts
        and not _opens_sentence_or_quote(words, start - 1)
        and word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
        and word.lower() not in _NO_FIRST_NAMES | TITLE_WORDS | PORTFOLIO_WORDS
        and _is_seldom_capitalised(word)
        and _follows_title(words, start - 1, places.get((id(span.field), start - 1)))
    )


def _follows_title(words: Sequence[str], index: int, place: _Span | None) -> bool:
    """Whether the word at ``index`` follows a minister's portfolio (``Menteri
    Perdagangan``) or a known place right after a title or a portfolio (``Presiden
    Prancis``, ``Menteri Luar Negeri Korea Selatan``), given the place ending before it, if
    any; not a title alone, whose department the word may be (``Menteri Transportasi``)."""
    if place is None:
        return _in_job_title(words, index - 1)
    before = place.start - 1
    return before >= 0 and (words[before].lower() in TITLE_WORDS or _in_job_title(words, before))


#: A product's noun and its owners' pronoun before the product's name (``mobil mereka
#: Samudera IV``): the name after one is a product as after the noun alone.
_OWNED_PRODUCT_CUES = frozenset(
    (noun, owner) for noun in PRODUCT_NOUNS for owner in ("mereka", "kami", "kita")
)


def _cue_ends(field: _Field, cues: frozenset[tuple[str, ...]]) -> list[int]:
    """Indexes right after each cue phrase of ``cues`` (lowercase word tuples) in a field,
    and after an opening quote there, where a name on the same line may follow (not a new
    paragraph's first word)."""
    words = field.words
    ends = []
    for cue in cues:
        for index in field.positions.get(cue[0], ()):
            end = index + len(cue)
            if end >= len(words) or _breaks_line(field, end):
                continue
            if all(words[index + offset].lower() == part for offset, part in enumerate(cue)):
                ends.append(end)
    return sorted(end + 1 if words[end] in QUOTES and end + 1 < len(words) else end for end in ends)


def _ends_as_organisation(words: Sequence[str], start: int) -> bool:
    """Whether the run of name words from ``start`` ends in a word only organisations'
    names end in (``ORGANISATION_SUFFIXES``): ``meluncurkan Djarum Ventures`` launches a
    fund, no product; a trim's word does not (``meluncurkan Grand Cherokee Limited``, see
    ``_TRIM_WORDS``)."""
    end = start
    while end < len(words) and is_name_word(words[end]):
        end += 1
    last = words[end - 1].lower() if end > start else ""
    return last in ORGANISATION_SUFFIXES and last not in _TRIM_WORDS


#: Company suffixes that also end a product's trim or edition (``Fortuner TRD Limited``):
#: after a product or a launch verb they go on with the product, no company's name.
_TRIM_WORDS = frozenset(("limited",))
#: Launch verbs, also as a title writes them, capitalised and without ``me-`` (``Jeep
#: Luncurkan Grand Cherokee Limited``), where a name run may open with one.
_TRIM_CUES = LAUNCH_VERBS | {"luncurkan"}


def _follows_product(words: Sequence[str], start: int, product_ends: Container[int]) -> bool:
    """Whether a name run at ``start`` comes right after a product (``Fortuner`` + ``TRD
    Limited``) or a launch verb, or opens with one in a title: the place of a trim's name
    (see ``_TRIM_WORDS``)."""
    return start in product_ends or any(
        words[index].lower() in _TRIM_CUES for index in (start - 1, start) if index >= 0
    )


#: The most words of a name a product's apposition follows (``Lily Camera, drone ...``).
_LONGEST_APPOSED_PRODUCT = 4
#: Words between a name's comma and the product noun of its apposition.
_APPOSITION_OPENERS = frozenset(("sebuah", "yakni", "yaitu", "sebagai"))


def _full_name_words(spans: Iterable[_Span]) -> set[str]:
    """Every word of the persons' full names (two words or more): a one-word name among
    them is a player's or a person's own (``Everton`` of Everton Soares, ``James`` of
    LeBron James), not a club or a team."""
    return {
        word
        for span in spans
        if span.kind == "person" and len(span.words) > 1
        for word in span.words
    }


def _full_name_ends(spans: Iterable[_Span]) -> dict[str, set[tuple[str, ...]]]:
    """The first and last words of the persons' full names (two words or more), each with
    the names it opens or ends: a one-word name among them is that person's, a surname or
    a given name, no title or product of its own (``film Jenkins`` of Patty Jenkins)."""
    ends: dict[str, set[tuple[str, ...]]] = {}
    for span in spans:
        if span.kind == "person" and len(span.words) > 1:
            for word in (span.words[0], span.words[-1]):
                ends.setdefault(word, set()).add(span.words)
    return ends


def _apposed_product_starts(field: _Field, spans: Sequence[_Span]) -> list[int]:
    """Where the names start that an apposition opening with a product noun follows
    (``Astrapad, aplikasi yang ...``, ``Lily Camera, drone unik ...``, see
    ``APPOSED_PRODUCT_NOUNS``): a name the tagger read there, or a run of at most four
    name words, not a known name nor a sentence's opening word the news mostly writes in
    lowercase (``Selanjutnya, ponsel ...``) nor one word opening a sentence (``Kendalanya,
    perangkat ...``), nor a word of a person's full name or a name after a person's title
    (``Presiden Trump, game ...``); not where the noun heads a name of its own (``pantauan
    Dailysocial, aplikasi Gmail Go``), nor the end of a code with a spaced hyphen (``T -
    HR3, robot ...``)."""
    words = field.words
    ends = {span.end: span for span in spans if span.field is field}
    named = _full_name_ends(spans)
    starts = []
    for noun in APPOSED_PRODUCT_NOUNS:
        for index in field.positions.get(noun, ()):
            comma = index - 1
            if comma > 0 and words[comma].lower() in _APPOSITION_OPENERS:
                comma -= 1
            if comma < 1 or words[comma] != "," or index + 1 >= len(words):
                continue
            if is_name_word(words[index + 1]) or comma in field.line_starts:
                continue
            tagged = ends.get(comma)
            if tagged is not None:
                if (
                    tagged.entry is None
                    and tagged.kind != "product"
                    and not (
                        tagged.kind == "person"
                        and (
                            bool(named.get(tagged.words[0], set()) - {tagged.words})
                            or (tagged.start > 0 and words[tagged.start - 1].lower() in TITLE_WORDS)
                        )
                    )
                ):
                    starts.append(tagged.start)
                continue
            start = comma
            while (
                start > 0
                and comma - start < _LONGEST_APPOSED_PRODUCT
                and is_name_word(words[start - 1])
                and start not in field.line_starts
            ):
                start -= 1
            if (
                start < comma
                and words[start - 1] not in _DASHES
                and not _is_seldom_capitalised(words[start])
                and not (comma - start == 1 and _opens_sentence(words, start))
            ):
                starts.append(start)
    return starts


#: The most words between a product's noun and the naming cue after it (``aplikasi berita
#: yang diberi nama``, ``smartphone model baru bernama``).
_NAMING_REACH = 4


def _names_product(words: Sequence[str], end: int) -> bool:
    """Whether the naming cue before ``end`` (``bernama``, see ``NAMING_CUES``) names a
    product: a product's noun or a launch verb in the few words before it, in the same
    clause (``aplikasi lain bernama``, ``memperkenalkan sensor baru bernama``); not a
    person's or a club's (``pria bernama``, ``klub berjuluk``), nor a business's around
    products (``bengkel mobil bernama``, see ``PRODUCT_TRADE_NOUNS``)."""
    cue = end - 1
    if words[cue] in QUOTES:
        cue -= 1
    if words[cue].lower() == "nama":
        cue -= 1  # diberi nama
    for index in range(cue - 1, max(cue - 1 - _NAMING_REACH, -1), -1):
        word = words[index]
        if word in _SENTENCE_BREAKS or word in {";", ":", "(", ")"}:
            return False
        if word.lower() in PRODUCT_NAMING_WORDS:
            return index == 0 or words[index - 1].lower() not in PRODUCT_TRADE_NOUNS
    return False


#: A launch said in the passive and a copula (``Produk yang diluncurkan adalah Mytra
#: Guard``, ``yang dirilis yaitu ...``): the name after it is the product launched, as after
#: ``meluncurkan``.
_PASSIVE_LAUNCH_CUES: frozenset[tuple[str, ...]] = frozenset(
    (verb, copula)
    for verb in ("diluncurkan", "dirilis", "diperkenalkan")
    for copula in (*COPULAS, "yaitu", "yakni", "ialah")
)


def _mark_products(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """The tagger knows no products, but a name right after ``chatbot``, ``aplikasi`` or
    ``ponsel`` is one; a work's title after ``berjudul`` the tagger read as a name is one
    too (an untagged title is left out: neither annotated corpus marks titles). The noun
    cues nothing where it is a word of a name: tagged (``PT Honda Prospect Motor`` + a
    person) or capitalised inside a sentence (``App Annie``, ``Organisasi Perangkat
    Daerah``); nor where a company follows it (``mobil PT ...``), nor after ``nomor``,
    where the name is the owner's (``nomor ponsel KM``). A name right after a launch
    verb (``meluncurkan``, see ``LAUNCH_VERBS``) is the product launched, unless it opens
    with a word the news mostly writes in lowercase (``merilis Surat Keterangan ...``,
    ``meluncurkan Program ...``), or ends as an organisation's (``meluncurkan Djarum
    Ventures``); so is a name right after a naming cue that a product's noun comes shortly
    before (``aplikasi lain bernama Uptime``, see ``_names_product``); a product's noun
    with its owners' pronoun cues as the noun alone (``_OWNED_PRODUCT_CUES``)."""
    cues = frozenset((noun,) for noun in PRODUCT_NOUNS) | PRODUCT_PHRASES
    words = field.words
    named = _covered_in(field, spans)
    starts = [
        end
        for end in _cue_ends(field, cues)
        if (noun := end - 2 if words[end - 1] in QUOTES else end - 1) not in named
        and (words[noun].islower() or _opens_sentence(words, noun))
        and words[end].lower() not in LEGAL_FORMS
        and not (noun > 0 and words[noun - 1].lower() in NUMBER_WORDS)
    ]
    starts += [
        end
        for end in _cue_ends(field, _OWNED_PRODUCT_CUES)
        if named.isdisjoint((end - 2, end - 1))
        and words[end - 2].islower()
        and words[end].lower() not in LEGAL_FORMS
    ]
    launches = _cue_ends(field, frozenset((verb,) for verb in LAUNCH_VERBS) | _PASSIVE_LAUNCH_CUES)
    starts += [
        end
        for end in launches
        if words[end].lower() not in LEGAL_FORMS
        and not _is_seldom_capitalised(words[end])
        and not _ends_as_organisation(words, end)
    ]
    releases = _cue_ends(field, frozenset((verb,) for verb in RELEASE_VERBS))
    starts += [end for end in releases if _ends_in_lettered_code(words, end)]
    starts += [
        end
        for end in _cue_ends(field, NAMING_CUES)
        if _names_product(words, end) and not _is_seldom_capitalised(words[end])
    ]
    starts += _apposed_product_starts(field, spans)
    starts += _capitalised_craft_starts(field)
    _mark_named_after(field, spans, gazetteer, sorted(starts), "product")
    titles = [
        start for start in _cue_ends(field, WORK_TITLE_CUES) if not _titles_no_work(words, start)
    ]
    _mark_named_after(field, spans, gazetteer, titles, "product", add_untagged=False)


#: Words between a feature's noun and its name (``fitur terbaru Quick Reply``).
_FEATURE_OPENERS = frozenset(("baru", "terbaru", "anyar", "andalan", "unggulan"))
#: Words of a season's, a holiday's or a shopping day's name, which a service's offer
#: after ``fitur`` is named for (``fitur Ramadan``, ``fitur Harbolnas 12.12``): no feature.
_FEATURE_SEASONS = frozenset(
    ("ramadan", "ramadhan", "lebaran", "idulfitri", "natal", "imlek", "harbolnas")
)
#: First words of a card's or a programme's name after ``fitur`` (``fitur Kartu
#: Prakerja``): a scheme, no feature.
_FEATURE_NON_HEADS = frozenset(("kartu", "program"))
#: Verbs between a network or an app and the feature it has (``Snapchat punya fitur``).
_FEATURE_OWNING_VERBS = frozenset(("punya", "memiliki", "mempunyai"))
#: Words that may stand between a network or an app and its owning verb (``Instagram yang
#: kini memiliki fitur``, ``Facebook sebenarnya punya fitur``): ``yang`` and adverbs of
#: time or manner.
_FEATURE_OWNER_FILLERS = frozenset(
    ("yang", "kini", "juga", "sudah", "telah", "sebenarnya", "akan", "bakal", "pun", "ternyata")
)


def _mark_features(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """The name right after ``fitur`` is the feature, a product (``fitur Quick Reply``,
    ``fitur Stories``), whatever the tagger read there; ``fitur`` is left out of
    ``PRODUCT_NOUNS`` for ``bernama`` (see ``PRODUCT_NAMING_WORDS``), but on 300 IndoSum
    articles about devices and apps 20 of 24 names right after it were features, as the
    annotated samples type them (``True Tone``). Not a name the gazetteer knows or one
    word the tagger read as an organisation, the maker or the app whose features they
    are (``fitur Snapchat``, ``fitur Samsung``), nor a place, a number (``fitur 4 G``), an
    acronym alone, a technology's (``fitur NFC``), a name opening with an organisation's
    head or legal form (``fitur Bank ...``), nor a name opening as a person the article
    names elsewhere without the noun (``fitur Andi Wijaya`` after ``Andi Wijaya``; the
    tagger reads an app as a person all through as often, ``fitur Footbeat``, which the
    product would then join), nor a name cut short by another (``fitur Print`` +
    ``Bluetooth``), nor a feature of a network or a service named right after it
    (``fitur Grab Taxi milik Grab``, ``fitur Instastory di Instagram``): apps and
    services are organisations, and the annotated samples leave their features out; so
    is a feature of a network or an app that owns it earlier in the sentence, one word read
    as an organisation before ``(yang kini) punya`` or after ``Pengguna`` (``Snapchat punya
    fitur Stories``, ``Pengguna Instagram ... fitur Close Friends``), also where the field
    names it after ``fitur`` again with no owner (``Fitur Trending Topic sendiri``), or a
    name opening with an organisation the article names alone or the gazetteer knows
    (``fitur Instagram Story``). Not a season's or a
    sale's name (``fitur Ramadan``, see ``_FEATURE_SEASONS``), a card's or a programme's
    (``fitur Kartu Prakerja``), a referee's aid (``Wasit menggunakan fitur Video
    Assistant Referee``), nor anything in a headline written in title case, where every
    word looks like a name (``Fitur Anyar Ini Bikin Pengguna Senang``). An organisation the
    article names alone that ends the name read there is the owner, cut off as its own
    mention (``fitur Virtual Account PAYFAZZ`` beside ``PAYFAZZ``). A one-word name already
    found as a product (``fitur baru bernama Sets``) is left to ``_propagate``: a second
    root of it would make its other repeats ambiguous (see ``_propagated_identity``)."""
    words = field.words
    if all(word[:1].isupper() for word in words if word.isalpha()):
        return
    here = [span for span in spans if span.field is field]
    at = {span.start: span for span in here}
    networks = sorted(
        span.start
        for span in here
        if span.kind == "organisation"
        and len(span.words) == 1
        and (
            _owns_next(words, span.end)
            or (span.start > 0 and words[span.start - 1].lower() == "pengguna")
        )
    )
    stops = list(itertools.accumulate(word in {".", "!", "?"} for word in words))
    referees = {stops[index] for index in field.positions.get("wasit", ())}
    starts: list[int] = []
    cued: set[int] = set()
    network_features: set[tuple[str, ...]] = set()
    for index in field.positions.get("fitur", ()):
        if not (words[index].islower() or _opens_sentence(words, index)):
            continue
        start = index + 1
        while start < len(words) and words[start].lower() in _FEATURE_OPENERS:
            start += 1
        network = bisect.bisect_left(networks, index) - 1
        if network >= 0 and stops[networks[network]] == stops[index]:
            network_features.add(_name_run(words, start))
            continue
        if stops[index] in referees:
            continue
        if start < len(words) and not _breaks_line(field, start):
            cued.add(start)
    network_features.discard(())
    cued = {start for start in cued if _name_run(words, start) not in network_features}
    persons = {span.words[0] for span in here if span.kind == "person" and span.start not in cued}
    bodies = {
        span.words[0] for span in spans if span.kind == "organisation" and len(span.words) == 1
    }
    products = {span.words[0] for span in spans if span.kind == "product" and len(span.words) == 1}
    covered = _covered_in(field, here)
    owners: list[_Span] = []
    for start in sorted(cued):
        span = at.get(start)
        end = start
        if span is not None:
            end = span.end
        else:
            while (
                end < len(words)
                and end not in covered
                and is_name_word(words[end])
                and not (end > start and words[end] in bodies)
            ):
                end += 1
        owned = (
            span is None
            and end > start
            and end not in covered
            and words[end : end + 1] in {(body,) for body in bodies}
        )
        owner = at.get(end + 1) if end + 1 < len(words) else None
        if (
            not words[start][:1].isupper()
            or (end < len(words) and is_name_word(words[end]) and not owned)
            or (
                words[end : end + 1] in (("di",), ("milik",), ("dari",))
                and owner is not None
                and owner.kind == "organisation"
            )
            or words[start] in persons
            or words[start] in bodies
            or (end == start + 1 and words[start] in products)
            or (
                (known := gazetteer.lookup(words[start])) is not None
                and known.kind == "organisation"
            )
            or words[start].lower() in LEGAL_FORMS | ORGANISATION_HEADS | _FEATURE_NON_HEADS
            or any(word.lower() in _FEATURE_SEASONS for word in words[start:end])
            or _ends_as_organisation(words, start)
            or (
                words[start].isupper()
                and (start + 1 == len(words) or not is_name_word(words[start + 1]))
            )
        ):
            continue
        if span is not None and (
            span.entry is not None
            or span.kind == "place"
            or (span.kind == "organisation" and len(span.words) == 1)
        ):
            continue
        if owned:
            owners.append(_Span(field, end, end + 1, "organisation", None))
        elif span is not None and len(span.words) > 1 and span.words[-1] in bodies:
            owners.append(_Span(field, span.end - 1, span.end, "organisation", None))
            span.end, span.grown_from = span.end - 1, None
        starts.append(start)
    spans.extend(owners)
    _mark_named_after(field, spans, gazetteer, starts, "product")


def _name_run(words: Sequence[str], start: int) -> tuple[str, ...]:
    """The name words from ``start`` on (``Trending Topic`` of ``fitur Trending Topic
    seperti``), at most ``_LONGEST_LISTED_MODEL``."""
    return tuple(_name_words_at(words, start)[:_LONGEST_LISTED_MODEL])


def _owns_next(words: Sequence[str], index: int) -> bool:
    """Whether an owning verb comes at ``index``, maybe after ``yang`` and adverbs
    (``yang kini memiliki``, see ``_FEATURE_OWNER_FILLERS``): at most three words are
    skipped, so the look stays short."""
    for word in words[index : index + 4]:
        if word.lower() in _FEATURE_OWNING_VERBS:
            return True
        if word.lower() not in _FEATURE_OWNER_FILLERS:
            return False
    return False


#: A computer's or a phone's components news names by their English acronym, and
#: ``chipset``, before a model (``GPU Adreno 506``, ``OS Android 8.0 Oreo``, ``chipset
#: Helio X20``): the name after one is the component's product line, which the tagger runs
#: the acronym into as an organisation's (``GPU Adreno 506``). Not ``API``, a body's
#: acronym as often (``Ketua API``, a trade association).
_COMPONENT_NOUNS = frozenset(("CPU", "GPU", "OS", "SoC", "chipset", "Chipset"))
#: Words of a sentence about a device, one of which a component's model needs near it
#: (``Ponsel itu memakai CPU ...``): without one the acronym is as often a body's (``Ketua
#: OS Jakarta``, ``Menurut CPU Indonesia``).
_COMPONENT_CUES = PRODUCT_NOUNS | frozenset(
    (
        "memakai",
        "menggunakan",
        "menjalankan",
        "ditenagai",
        "dibekali",
        "mengusung",
        "berbasis",
        "dilengkapi",
        "mengandalkan",
        "didukung",
        "chipset",
        "smartphone",
        "hp",
    )
)
#: Words a component's model never runs onto: units and a spec's generic words (``CPU
#: Octa Core 2 GHz``, no model named).
_COMPONENT_SPEC_WORDS = frozenset(
    (
        "ghz",
        "mhz",
        "nm",
        "gb",
        "mb",
        "tb",
        "mah",
        "mp",
        "inci",
        "octa",
        "quad",
        "dual",
        "hexa",
        "core",
    )
)


def _mark_components(fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer) -> None:
    """The name right after a component's acronym (``_COMPONENT_NOUNS``) is a product,
    over what the tagger read there, the acronym left out: its capitalised words and
    numbers, at most ``_LONGEST_LISTED_MODEL`` of them, on one line. Not over a name the
    gazetteer knows (``GPU Nvidia``, the maker) or a product found already (``OS X``, a
    name with the acronym in it; ``chipset Qualcomm Snapdragon 425 Mobile Platform``), nor
    a person of two words or more (``OS Budi Santoso``, a person's initials), nor a span
    running on past the name; only in a sentence about a device or right after one (see
    ``_COMPONENT_CUES``) or before a product the gazetteer knows (``OS Windows``), and
    not onto a day's or a month's name or a spec's word (``OS Android Oreo Selasa``,
    ``CPU Octa Core``, see ``_COMPONENT_SPEC_WORDS``), nor onto its maker the gazetteer
    knows (``SoC Kirin 970 HiSilicon``: the maker stays the company). A product the article names so
    already is the one it links to (``OS Linux`` after ``aplikasi Linux``), which its
    other repeats then name too."""
    found = {span.words: span for span in spans if span.kind == "product"}
    removed: set[int] = set()
    for field in fields:
        words = field.words
        at: _SpansAt | None = None
        for noun in _COMPONENT_NOUNS:
            for index in field.positions.get(noun.lower(), ()):
                start = end = index + 1
                if words[index] != noun:
                    continue
                while (
                    end < len(words)
                    and end - start < _LONGEST_LISTED_MODEL
                    and is_name_word(words[end])
                    and end not in field.line_starts
                    and not (words[end].isdigit() and words[end - 1].isdigit())
                    and words[end].lower() not in NEVER_ENTITIES
                    and words[end].lower() not in _COMPONENT_SPEC_WORDS
                    and not (end > start and _maker(gazetteer, words, end))
                ):
                    end += 1  # not over a size after the number (``Kirin 659 15 nm``)
                if end == start or not words[start][:1].isalpha():
                    continue
                maker = _maker(gazetteer, words, end) if end < len(words) else None
                after_maker = end + (maker is not None)
                before, after = _sentence_around(words, index, end)
                if before > 0:  # and the sentence before
                    before = _sentence_around(words, before - 1, before - 1)[0]
                known = gazetteer.lookup(words[start])
                if not (known is not None and known.kind == "product") and not any(
                    word.lower() in _COMPONENT_CUES for word in words[before:after]
                ):
                    continue
                if at is None:
                    at = _SpansAt(span for span in spans if span.field is field)
                over = at.over(index, end)
                if any(
                    span.end > after_maker
                    or span.kind == "product"
                    or span.entry is not None
                    or (span.kind == "person" and span.start >= start and len(span.words) > 1)
                    for span in over
                ):
                    continue
                product = _replace_with_product(field, spans, at, removed, start, end)
                product.target = found.get(product.words)
                if maker is not None and after_maker > end and not at.over(end, after_maker):
                    at.add(maker_span := _Span(field, end, after_maker, maker.kind, maker))
                    spans.append(maker_span)
    _drop_removed(spans, removed)


def _maker(gazetteer: Gazetteer, words: Sequence[str], index: int) -> GazetteerEntry | None:
    """The company the gazetteer knows by ``words[index]``: a component's maker written
    after its model (``Kirin 970 HiSilicon``, ``Ryzen 7 AMD``, ``Exynos 850 Samsung
    Electronics``), which the model's name never runs onto. Not before a word that goes
    on with a model's name (``One UI 6.1``, ``Adreno X Premium``: a number, a letter, an
    edition's word), nor a letter (``X``), nor an acronym the gazetteer knows as another
    name's (``Hello UI``: ``UI``, Universitas Indonesia, ends a model's name)."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    if (
        len(word) == 1
        or following[:1].isdigit()
        or (len(following) == 1 and following.isalpha())
        or following.lower() in _EDITION_WORDS
    ):
        return None
    entry = gazetteer.lookup(word)
    if entry is None or entry.kind != "organisation" or (word.isupper() and entry.name != word):
        return None
    return entry


#: Nouns of craft that older news capitalises before a craft's name as its head
#: (``Satelit Palapa B4``, ``Roket Long March 2F``).
_CAPITALISED_CRAFT_NOUNS = ("satelit", "roket")


def _capitalised_craft_starts(field: _Field) -> list[int]:
    """Where a craft's name opens after a craft's noun capitalised inside a sentence
    (``di Satelit Palapa B4``), which ``PRODUCT_NOUNS`` cue only in lowercase or opening a
    sentence (a capitalised noun is a word of a name there, ``Organisasi Perangkat
    Daerah``): only where the name after it ends in a model's number or code within a
    model's length (see ``_is_model_code``), as a satellite's or a rocket's does."""
    words = field.words
    starts = []
    for noun in _CAPITALISED_CRAFT_NOUNS:
        for index in field.positions.get(noun, ()):
            start = end = index + 1
            while (
                end < len(words)
                and end - start < _LONGEST_LISTED_MODEL
                and is_name_word(words[end])
            ):
                end += 1
            if (
                words[index][:1].isupper()
                and not _opens_sentence(words, index)
                and end > start + 1
                and words[start][:1].isupper()
                and _is_model_code(words[end - 1])
            ):
                starts.append(start)
    return starts


#: A model's number or code after its name (``XPS 13``, ``Galaxy S8``, ``Airbus A320``,
#: a number with letters after it: ``Redmi 5A``, ``IdeaPad 720S``, ``Optane SSD 900P``;
#: not a network's generation, a picture's dimensions or a size, ``4G``, ``3D``, ``64GB``,
#: ``4K``); not a year (``DPR RI 2019``), nor an age group (``Persib U19``), which follows
#: a team.
_LETTERED_NUMBER = r"(?!\d[GgDd]$)(?!\d+(?:[GMTgmt][Bb]|MP|mp|mm|cc|[Kkx])$)\d{1,4}[A-Za-z]{1,2}"
#: Letters, digits, maybe one letter or two capitals after them (``V30``, ``Redmi 5A``'s
#: code, a laptop's ``X550IU``).
_LETTERS_DIGITS = r"[A-Za-z]{1,2}\d{1,4}(?:[A-Za-z]|[A-Z]{2})?"
_MODEL_CODE = re.compile(r"\d{1,3}|" + _LETTERS_DIGITS + "|" + _LETTERED_NUMBER)
_AGE_GROUP = re.compile(r"U-?\d{2}")
#: A lowercase letter before a digit or two (``i5``, ``r7``): a model number only, which
#: no Indonesian or English word is shaped like.
_LOWER_MODEL_CODE = re.compile(r"[a-z]\d{1,2}")


#: A model's code of letters and digits both (``V30``, ``S8``, ``A320``): a brand's model
#: right after the brand, where a number alone would be a count or a score.
_LETTERED_MODEL_CODE = re.compile(_LETTERS_DIGITS)
#: A known product's version or edition after its name (``Windows 10``, ``Xbox One S``,
#: ``iPhone 6s``, a number with letters after it as a model's code may be, not ``4G``;
#: a release's dotted number ``iOS 10.2``, which no Indonesian amount is shaped like: a
#: thousands dot has three digits after it); not a number that counts the word after it
#: (``Android 85 persen``, ``COUNTED_UNITS``), nor a letter opening a licence plate
#: (``Honda HR-V B 818 MLK``).
_VERSION = re.compile(
    r"\d{1,3}|\d{1,2}(?:\.\d{1,2}){1,2}|[A-Z]|" + _LETTERS_DIGITS + "|" + _LETTERED_NUMBER
)


#: Words before a brand that make it the brand's team (``tim Yamaha Tech 3``), whose
#: name may end in a number like a model's.
_TEAM_WORDS = frozenset(("tim", "skuad", "skuat"))


def _ends_in_lettered_code(words: Sequence[str], start: int) -> bool:
    """Whether the name opening at ``start`` (at most ``_LONGEST_LISTED_MODEL`` name
    words) ends in a model's code of letters and digits (``Galaxy S8``, ``LG V30``)."""
    end = start
    while end < len(words) and end - start < _LONGEST_LISTED_MODEL and is_name_word(words[end]):
        end += 1
    return (
        end > start + 1
        and words[start][:1].isupper()
        and bool(_LETTERED_MODEL_CODE.fullmatch(words[end - 1]))
        and _is_model_code(words[end - 1])
    )


#: A product line's series, in capitals, before its model's number (``GeForce GTX 1060``,
#: ``Radeon RX 460``).
_SERIES = re.compile(r"[A-Z]{2,3}")
_SERIES_NUMBER = re.compile(r"\d{2,4}")


def _is_series_number(words: Sequence[str]) -> bool:
    """Whether ``words`` are a series and a model's number (``GTX 1060``), a known
    product's version of two words; not a year (``Windows XP 2019``)."""
    return (
        len(words) == 2
        and bool(_SERIES.fullmatch(words[0]))
        and bool(_SERIES_NUMBER.fullmatch(words[1]))
        and not _YEAR.fullmatch(words[1])
    )


def _glued_to_next(tokens: Sequence[Token], index: int) -> bool:
    """Whether the token at ``index`` has a next one written right after it, no space
    between (``6,5``, ``2018/2019``, ``2.l``)."""
    return index + 1 < len(tokens) and tokens[index].end == tokens[index + 1].start


def _glued_to_dot(field: _Field, index: int) -> bool:
    """Whether a dot is glued right after the word at ``index``: a number written on
    (``2.l``, an engine's size mistyped), no version of the name before it."""
    tokens = field.tokens
    return (
        _glued_to_next(tokens, index)
        and tokens[index + 1].text == "."
        and _glued_to_next(tokens, index + 1)
    )


def _is_model_code(word: str) -> bool:
    """Whether ``word`` may end a model's name: not an age group (``U19``) nor a racing
    series (``Mercedes F1`` is the team, see ``RACING_SERIES``)."""
    return (
        bool(_MODEL_CODE.fullmatch(word))
        and not _AGE_GROUP.fullmatch(word)
        and word.lower() not in RACING_SERIES
    )


#: A model's number alone after its brand (``Nokia 8``, ``Nokia 3310``), not a year.
_MODEL_NUMBER = re.compile(r"\d{1,4}")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: Units written after a size or a capacity (``layar 6 inci``, ``SSD 128 GB``): the number
#: before one measures, no model's.
_MEASURE_UNITS = frozenset(("inci", "inch", "gb", "tb", "mb", "mp", "mah", "mm", "cc", "ghz", "hz"))


def _numbers_model(field: _Field, index: int) -> bool:
    """Whether the number at ``index``, right after a brand, is its model's (``ponsel
    Nokia 5``): shaped as one (``_is_model_number``) in a sentence with a product noun (see
    ``PRODUCT_NOUNS``), where on other IndoSum articles a brand's number was a model nine
    times in ten."""
    return _is_model_number(field, index) and _in_product_sentence(field.words, index)


def _is_model_number(field: _Field, index: int) -> bool:
    """Whether the word at ``index`` may be a model's number after its brand: not a year,
    a count (``Nokia 45 persen``), a size (``6,5 inci``, glued to what follows) or a score
    (``Arsenal 2 Chelsea 1``)."""
    words, tokens = field.words, field.tokens
    word = words[index]
    if not _MODEL_NUMBER.fullmatch(word) or _YEAR.fullmatch(word) or word.startswith("0"):
        return False
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    if after in COUNTED_UNITS or after in _MEASURE_UNITS:
        return False
    if _glued_to_next(tokens, index):
        return False  # glued on: 6,5 inci, 4.4, 100%
    return not (
        index + 2 < len(words) and is_name_word(words[index + 1]) and words[index + 2].isdigit()
    )  # a score: Arsenal 2 Chelsea 1


#: The halves of a model's code written with a spaced hyphen (``GSX - R150``, ``C - HR``,
#: ``Core i7 - 8550U``): short, of letters and digits with a digit, or capitals only (not
#: a word: ``NBA All - Star``, ``BI 7 - Days``).
_CODE_HALF = re.compile(r"(?=.*\d)[A-Za-z0-9]{1,6}|[A-Z]{1,4}")


def _hyphened_model_end(field: _Field, start: int) -> int | None:
    """Where a brand's model at ``start`` ends whose code is written with a spaced hyphen
    (``Suzuki GSX - R150``, ``Yamaha YZR - M1``, ``Toyota C - HR``, ``Intel Core i7 -
    8550U``): at most two name words after the brand, then two halves of a code, not both
    numbers (a score, ``Chelsea 2 - 2``, or seasons), nor an age group's (``U - 19``), nor
    an ordinal's (``ke - 28``), nor a letter's number (``Nomor B - 1065``); on one line.
    On other IndoSum articles nearly every such code after a brand was a model's."""
    words = field.words
    for dash in range(start + 2, min(start + 5, len(words) - 1)):
        if words[dash] not in ("-", "–"):
            continue
        before, after = words[dash - 1], words[dash + 1]
        if not (
            _CODE_HALF.fullmatch(before)
            and _CODE_HALF.fullmatch(after)
            and not (before.isdigit() and after.isdigit())
            and before.upper() not in {"U", "KE"}
            and not (before.isalpha() and before.islower())
            and all(
                (is_name_word(w) or _CODE_HALF.fullmatch(w)) and w.lower() not in NUMBER_WORDS
                for w in words[start + 1 : dash]
            )
            and field.line_starts.isdisjoint(range(start + 1, dash + 2))
        ):
            return None
        return dash + 2
    return None


def _model_name_end(field: _Field, at: _SpansAt, start: int, end: int) -> int:
    """Where a brand's model found up to ``end`` ends: further on, to the end of the name
    the tagger read as an organisation from the brand on, where it goes on in capitalised
    words (``Nokia 8 Sirocco``, a model's name after its number), not a company's ending
    (``ORGANISATION_SUFFIXES``)."""
    words = field.words
    for span in at.over(start, start + 1):
        if (
            span.start == start
            and span.end > end
            and span.kind == "organisation"
            and span.entry is None
            and all(w.isalpha() and is_name_word(w) for w in words[end : span.end])
            and words[span.end - 1].lower() not in ORGANISATION_SUFFIXES
            and field.line_starts.isdisjoint(range(start + 1, span.end))
        ):
            return span.end
    return end


def _replace_with_product(
    field: _Field, spans: list[_Span], at: _SpansAt, removed: set[int], start: int, end: int
) -> _Span:
    """Put a product over ``start:end`` of ``field`` in place of the spans there: they
    leave ``at``, the field's spans by position, now and go on ``removed`` for the caller
    to drop from ``spans`` once (``_drop_removed``), not one search of the article's spans
    for each product; returns the product."""
    for span in at.over(start, end):
        at.remove(span)
        removed.add(id(span))
    product = _Span(field, start, end, "product", None)
    spans.append(product)
    at.add(product)
    return product


def _drop_removed(spans: list[_Span], removed: set[int]) -> None:
    """Drops the spans whose ids are in ``removed``, in place: how every rule drops spans
    (see ``_replace_with_product``)."""
    spans[:] = [span for span in spans if id(span) not in removed]


def _in_product_sentence(words: Sequence[str], index: int) -> bool:
    """Whether the sentence around ``index`` has a product noun (``PRODUCT_NOUNS``): there
    a brand's name goes on into its model's, where on other IndoSum articles three in four
    brands followed by a capitalised name were (``Google Translate``, ``Razer Blade``,
    ``Nissan Xtrail``), the rest a company's unit or a team; nearly all those the tagger
    read apart from the brand, as nothing or as a one-word person, or as one organisation
    of two words (``_mark_models`` takes only those, see ``_reads_as_model``: a longer
    organisation is a unit's, ``GM Partner Robot Division``), and no surname of a person
    the article names in full (``komentar Twitter Musk``, Elon Musk's; not of a name
    opening with an acronym, ``AMP Stories``, a product the tagger read as a person)."""
    return _in_context(words, index, index, PRODUCT_NOUNS)


def _reads_as_model(span: _Span, start: int, gazetteer: Gazetteer) -> bool:
    """Whether a name of two words the tagger read as one organisation from the brand at
    ``start`` on may be the brand's model (``Google Duo``, ``HTC Vive``): its second word
    no name the gazetteer knows (``PSS Sleman``, ``BPOM RI``: a club's seat, a country),
    no acronym, no word the news mostly writes in lowercase."""
    second = span.words[-1]
    return (
        span.kind == "organisation"
        and span.start == start
        and len(span.words) == 2
        and gazetteer.lookup(second) is None
        and not second.isupper()
        and not _is_seldom_capitalised(second)
    )


def _cues_product(words: Sequence[str], index: int) -> bool:
    """Whether the word before ``index`` makes the name there a product: a launch verb
    (``meluncurkan Wuling Cortez``) or a product noun (``ponsel Samsung Galaxy``)."""
    return index > 0 and (
        words[index - 1].lower() in LAUNCH_VERBS or words[index - 1].lower() in PRODUCT_NOUNS
    )


#: An aircraft type's number after its maker, maybe with its series after a hyphen or
#: letters (``Boeing 737``, ``737-200``, ``747-400ER``); a second number of three digits
#: may follow, the series written apart (``Boeing 737 400``).
_AIRCRAFT_NUMBER = re.compile(r"\d{3}(?:-\d{1,3}[A-Z]{0,2}|[A-Z]{1,2})?")
_AIRCRAFT_SERIES = re.compile(r"\d{3}")
#: Words for an aircraft, one of which comes shortly before a maker's type (``pesawat jet
#: Boeing 737-200``).
_AIRCRAFT_NOUNS = frozenset(("pesawat", "jet", "helikopter"))


#: Nouns of craft and arms written before a name and its number, capitalised in older
#: news (``Satelit Telkom - 2``, ``Satelit APStar VI``, ``roket Long March 3``, ``senjata
#: AK - 47``, ``peluru M - 16``).
_NUMBERED_CRAFT_NOUNS = frozenset(("satelit", "roket", "rudal", "senjata", "senapan", "peluru"))
#: The most words of a numbered craft's name before its number.
_LONGEST_CRAFT_NAME = 2


def _mark_numbered_craft(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A name of one or two words and its number after ``satelit``, ``roket`` or a
    weapon's noun (``senjata``, ``peluru``), in any case, is the craft or the arm, a
    product: the number after a spaced hyphen (``Satelit Telkom - 2``, ``senjata AK -
    47``), a Roman one (``APStar VI``) or digits. The operator's name inside it (``Telkom``)
    is no mention of the company there."""
    for field in fields:
        words = field.words
        nouns = [index for noun in _NUMBERED_CRAFT_NOUNS for index in field.positions.get(noun, ())]
        if not nouns:
            continue
        covering = {i: span for span in spans if span.field is field for i in span.indices()}
        replaced: dict[int, _Span] = {}
        crafts: list[_Span] = []
        for noun in nouns:
            start = end = noun + 1
            while (
                end < len(words)
                and end - start < _LONGEST_CRAFT_NAME
                and is_name_word(words[end])
                and not _ROMAN_NUMBER.fullmatch(words[end])
            ):
                end += 1
            if end == start or end >= len(words):
                continue
            if words[end] in _DASHES and end + 1 < len(words) and words[end + 1].isdigit():
                stop = end + 2
            elif words[end].isdigit() or _ROMAN_NUMBER.fullmatch(words[end]):
                stop = end + 1
            else:
                continue
            inside = {id(span): span for i in range(start, stop) if (span := covering.get(i))}
            if not field.line_starts.isdisjoint(range(start, stop)) or any(
                span.start < noun or span.end > stop for span in inside.values()
            ):
                continue
            replaced.update(inside)
            craft = _Span(field, start, stop, "product", None)
            covering.update((index, craft) for index in range(noun, stop))
            crafts.append(craft)
        kept = [span for span in spans if id(span) not in replaced]
        spans[:] = kept + [craft for craft in crafts if id(craft) not in replaced]


#: Words before a racing team's or a squad's name that ends in a code (``Pebalap Mooney
#: VR46``, ``tim ...``): the team, no model.
_CODED_TEAM_CUES = frozenset(("pebalap", "pembalap", "tim", "skuad", "skuat"))
#: Heads of a venue's part named by a code (``Hall B3``, ``Gate A1``): a place, no model.
_VENUE_PART_HEADS = frozenset(("hall", "gate", "stand", "ruang", "gerbang", "pintu"))
#: A flight's airline code glued to its number (``SJ182``, ``MH370``, see ``_FLIGHT_CODE``).
_GLUED_FLIGHT = re.compile(r"(?:[A-Z][A-Z0-9]|[0-9][A-Z])[0-9]{1,4}")


def _retype_coded_names(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A name of two words or more the tagger read as an organisation that ends in a
    model's code of letters and digits, maybe with an edition after it (``Galaxy C9
    Pro``, ``CineHome W1700``, ``Cortex A53``), is a product wherever no brand the article
    names before it made it one (see ``_mark_models``): no body's name ends so, and on
    1,284 IndoSum articles every such name was a model (``UAV Ai - X1``, ``Gulfstream
    N50JE``). Not one read as a person: a singer written with the idol group's code
    (``Rowoon SF9``) is the person. Not a known name, nor one whose code the
    gazetteer knows (``Forum G20``), nor one opening with an organisation's or a unit's
    head (``Kodim A1``), nor an age group or a racing series (``Persib U19``, ``Mercedes
    F1``, see ``_is_model_code``). An airline's flight written with its code glued to its
    number (``Sriwijaya Air SJ182``) names the airline, as a spaced one does (see
    ``_cut_flight_codes``): the code is cut off and the airline stays itself. Nor a name
    the article writes after a rider's or a team's word (``Pebalap Mooney VR46``, see
    ``_CODED_TEAM_CUES``), nor one opening with a place the gazetteer knows (``Inggris
    MI6``, an agency) or a venue's part (``Hall B3``, see ``_VENUE_PART_HEADS``)."""
    teams = _span_names_after(spans, _CODED_TEAM_CUES)
    for span in spans:
        words = span.words
        if span.entry is not None or span.kind not in ("organisation", "person") or len(words) < 2:
            continue
        if _GLUED_FLIGHT.fullmatch(words[-1]) and _is_airline(span, span.end - 1, gazetteer):
            span.end, span.grown_from = span.end - 1, None
            continue
        code = words[-2] if words[-1] in MODEL_EDITIONS and len(words) > 2 else words[-1]
        if (
            span.kind == "organisation"
            and _LETTERED_MODEL_CODE.fullmatch(code)
            and _is_model_code(code)
            and gazetteer.lookup(code) is None
            and words[0].lower() not in ORGANISATION_HEADS | UNIT_HEADS | LEGAL_FORMS
            and words[0].lower() not in _VENUE_PART_HEADS
            and words not in teams
            and not ((place := gazetteer.lookup(words[0])) is not None and place.kind == "place")
        ):
            span.kind = "product"


def _retype_teams_read_as_models(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A name ending in a bare number that the article writes after a team's word
    anywhere (``tim Yamaha Tech 3``, see ``_TEAM_WORDS``) is the team, an organisation, in
    every mention, also where no team's word comes before it (``dikaitkan dengan Yamaha
    Tech 3``), which ``_mark_models`` read as the brand's model. Only such a name: a
    work's or a product's name after ``tim`` is as often its heroes' or its makers' team
    (``tim Avengers``, ``tim Sapuangin`` of the car Sapuangin), and a name ending in a
    lettered code is a model's crew (``tim Galaxy S9``); nor one the article writes
    after a product's noun, the crew or the squad of a game or a plane (``tim Tekken 7``
    beside ``Game Tekken 7``, ``Pesawat Boeing 737``). Outside a racing or a football
    report (see ``_is_report_on``), not a name the article writes after a launch's verb
    (``merilis Redmi Note 5``), nor one opening with a brand the article names alone
    (``Honda`` beside ``tim Honda Civic 10``): the model and the crew that made it."""
    teams = _word_runs_after(fields, _TEAM_WORDS)
    products = _word_runs_after(fields, PRODUCT_NOUNS | _AIRCRAFT_NOUNS)
    report = _is_report_on(fields, RACING_WORDS | FOOTBALL_WORDS)
    launched = set() if report else _word_runs_after(fields, LAUNCH_VERBS | RELEASE_VERBS)
    brands = set() if report else _lone_organisations(spans)
    for span in spans:
        if (
            span.kind == "product"
            and span.entry is None
            and len(span.words) > 1
            and span.words[-1].isdigit()
            and span.words in teams
            and span.words not in products
            and span.words not in launched
            and span.words[0] not in brands
        ):
            span.kind = "organisation"


def _lone_organisations(spans: Iterable[_Span]) -> set[str]:
    """The organisations the article names by one word with no name's word after it
    (``Honda menjual``, not the ``Yamaha`` of ``tim Yamaha Tech 3`` read apart)."""
    return {
        span.words[0]
        for span in spans
        if span.kind == "organisation"
        and len(span.words) == 1
        and (span.end >= len(span.field.words) or not is_name_word(span.field.words[span.end]))
    }


def _word_runs_after(fields: Sequence[_Field], cues: Iterable[str]) -> set[tuple[str, ...]]:
    """The runs of one to ``_LONGEST_LISTED_MODEL`` words right after a cue word in any
    case (``tim``, ``game``), up to a field's end (a headline has no stop)."""
    names: set[tuple[str, ...]] = set()
    for field in fields:
        words = field.words
        for cue in cues:
            for index in field.positions.get(cue, ()):
                names.update(
                    tuple(words[index + 1 : end])
                    for end in range(
                        index + 2, min(index + 2 + _LONGEST_LISTED_MODEL, len(words) + 1)
                    )
                )
    return names


def _mark_aircraft_models(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """An organisation of one word followed by a type's number of three digits, one or two
    words after an aircraft's noun (``pesawat jet Boeing 737-200``, ``pesawat Boeing 737
    400``) or with its series after a hyphen (``armada Boeing 737-800``), is the aircraft,
    a product: a number alone after a maker is no model elsewhere (``Telkom 2``, a count
    or a score), and the type numbers no cue in ``_mark_models`` knows."""
    for field in fields:
        words = field.words
        for index, span in enumerate(spans):
            end = span.end
            if (
                span.field is not field
                or span.kind != "organisation"
                or len(span.words) != 1
                or end >= len(words)
                or not _AIRCRAFT_NUMBER.fullmatch(words[end])
            ):
                continue
            before = words[max(0, span.start - 2) : span.start]
            if "-" not in words[end] and _AIRCRAFT_NOUNS.isdisjoint(map(str.lower, before)):
                continue
            end += 1
            series = end < len(words) and _AIRCRAFT_SERIES.fullmatch(words[end])
            if series and "-" not in words[end - 1]:
                end += 1
            if field.line_starts.isdisjoint(range(span.start + 1, end)):
                spans[index] = _Span(field, span.start, end, "product", None)


def _mark_models(fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer) -> None:
    """The tagger reads a brand's model as an organisation or not at all (``Dell XPS`` +
    ``13``, ``XPS 13``): a brand the article names on its own (``Dell``) or the gazetteer
    knows as a company (``Xiaomi`` in ``Xiaomi Mi 6``) followed by a name of at most three
    words ending in a model's number or code, or right by a code of letters and digits
    (``LG V30``), is a product with the brand (over a place the tagger read from the brand
    on: ``Lenovo IdeaPad`` + ``320S``) (``Dell XPS 13``), and the model without the
    brand is that product wherever the article writes it (``XPS 13``); a model never
    runs over a line's end (a line-up's ``Skuat A vs B`` above ``A 4 - 4 - 2``), nor is it
    a brand's team (``tim Yamaha Tech 3``, ``Mercedes F1``, see ``RACING_SERIES``). A known
    product's version after it is part of the name (``Windows 10``, ``Xbox One S``). A
    capitalised word before a model number of a lowercase letter and digits is a product
    too (``Core i5``), tagged or not. A number glued to a dot and more (``Fortuner 2.l``,
    a mistyped engine size) is no version. Whatever product opens with a brand (``Toyota
    Avanza Veloz`` after ``meluncurkan``) gives its model the same way (``Avanza Veloz``,
    where the tagger read a person), and a brand before a product the article names
    (``Yamaha NMax`` beside ``skuter NMax``) is that product, no company. After a launch
    verb or a product noun a brand's model needs no code (``meluncurkan Wuling Cortez
    Lux``), and may be a name the tagger read as a person's."""
    brands = {
        span.words[0]
        for span in spans
        if span.kind == "organisation" and len(span.words) == 1 and is_name_word(span.words[0])
    }
    brands.update(
        span.words[0]
        for span in spans
        if span.kind in ("organisation", "place")
        and span.entry is None
        and len(span.words) > 1
        and (known := gazetteer.lookup(span.words[0])) is not None
        and known.kind == "organisation"
    )
    models: set[tuple[str, ...]] = set()
    surnames = {
        span.words[-1]
        for span in spans
        if span.kind == "person" and len(span.words) > 1 and not span.words[0].isupper()
    }
    removed: set[int] = set()
    for field in fields:
        words = field.words
        at = _SpansAt(span for span in spans if span.field is field)
        for start, word in enumerate(words):
            if word not in brands or start + 1 >= len(words):
                continue
            if start > 0 and words[start - 1].lower() in _TEAM_WORDS:
                continue
            end = next(
                (
                    end
                    for end in range(start + 2, min(start + 5, len(words)) + 1)
                    if (
                        (
                            _is_model_code(words[end - 1])
                            and (end > start + 2 or _LETTERED_MODEL_CODE.fullmatch(words[end - 1]))
                        )
                        or (end == start + 2 and _numbers_model(field, end - 1))
                    )
                    and not _opens_score(words, end - 1)
                    and all(
                        w.isalpha()
                        and is_name_word(w)
                        and not _is_common_word(w.lower())
                        and w.lower() not in NUMBER_WORDS
                        and w.lower() not in NEVER_ENTITIES  # an amount: KPU Rp 3
                        for w in words[start + 1 : end - 1]
                    )
                    and field.line_starts.isdisjoint(range(start + 1, end))
                ),
                None,
            )
            hyphened = _hyphened_model_end(field, start)
            end = hyphened or end
            near = (
                end is None
                and not _cues_product(words, start)
                and _in_product_sentence(words, start)
            )
            cued = end is None and (_cues_product(words, start) or near)
            if cued:
                end = start + 1
                while (
                    end < min(start + 4, len(words))
                    and words[end].isalpha()
                    and is_name_word(words[end])
                    and not _is_common_word(words[end].lower())
                    and words[end].lower() not in NEVER_ENTITIES
                    and end not in field.line_starts
                ):
                    end += 1
                if end == start + 1 or _ends_as_organisation(words, start):
                    continue
                if near and _is_seldom_capitalised(words[end - 1]):
                    continue  # a company's own word, no model's: Hyundai Motor
                if near and not surnames.isdisjoint(words[start + 1 : end]):
                    continue  # a person's name after the brand: komentar Twitter Musk
            if end is None:
                continue
            end = _model_name_end(field, at, start, end)
            over = at.over(start, end)
            if any(
                (
                    span.kind != "organisation"
                    and not ((cued or hyphened) and span.kind == "person")
                    and not (span.kind == "place" and span.start == start)
                )
                or (near and len(span.words) > 1 and not _reads_as_model(span, start, gazetteer))
                or span.start < start
                or span.end > end
                or (span.entry is not None and span.start > start)
                for span in over
            ):
                continue
            product = _replace_with_product(field, spans, at, removed, start, end)
            models.add(product.words[1:])
    _drop_removed(spans, removed)
    _mark_brands_numbered_models(fields, spans)
    products = {span.words for span in spans if span.kind == "product"}
    models.update(
        span.words[1:]
        for span in spans
        if span.kind == "product" and len(span.words) > 1 and span.words[0] in brands
    )
    for span in spans:
        if span.entry is None and (
            (span.kind in ("organisation", "person") and span.words in models)
            or (
                span.kind in ("organisation", "person")
                and len(span.words) > 1
                and span.words[0] in brands
                and (span.words[1:] in products or span.words[1:] in models)
            )
        ):
            span.kind, span.target = "product", None
    _mark_models_written_alone(fields, spans, models)
    taken = _covered(spans)
    for span in spans:
        words, end = span.field.words, span.end
        if (
            span.entry is not None
            and span.kind == "product"
            and end < len(words)
            and _VERSION.fullmatch(words[end])
            and not (len(words[end]) == 1 and end + 1 < len(words) and words[end + 1].isdigit())
            and not (
                words[end][:1].isdigit()
                and end + 1 < len(words)
                and words[end + 1].lower() in COUNTED_UNITS
            )
            and not _AGE_GROUP.fullmatch(words[end])
            and not _opens_score(words, end)
            and end not in span.field.line_starts
            and (id(span.field), end) not in taken
            and not _glued_to_dot(span.field, end)
        ):
            span.end, span.entry, span.target = end + 1, None, None
        elif (
            span.entry is not None
            and span.kind == "product"
            and end + 2 <= len(words)
            and _is_series_number(words[end : end + 2])
            and span.field.line_starts.isdisjoint((end, end + 1))
            and taken.isdisjoint(((id(span.field), end), (id(span.field), end + 1)))
            and not _glued_to_dot(span.field, end + 1)
            and not (end + 2 < len(words) and words[end + 2].lower() in COUNTED_UNITS)
        ):
            span.end, span.entry, span.target = end + 2, None, None
    _extend_over_editions(spans, gazetteer)
    _join_brands_to_products(spans, brands)
    covered = _covered(spans)
    for field in fields:
        words = field.words
        for index in range(1, len(words)):
            if (
                _LOWER_MODEL_CODE.fullmatch(words[index])
                and words[index - 1][:1].isupper()
                and words[index - 1].isalpha()
                and not _opens_sentence(words, index - 1)
                and (id(field), index) not in covered
                and (id(field), index - 1) not in covered
            ):
                spans.append(_Span(field, index - 1, index + 1, "product", None))


def _codes_alone(word: str) -> bool:
    """Whether a model's one word names it without its brand: a code with a digit and a
    letter (``X550IU``, ``Note8``), not a bare number, which alone is a count or a size (``1
    ponsel``, ``layar 6 inci`` beside ``Nokia 1`` and ``Nokia 6``)."""
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _mark_brands_numbered_models(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A brand's number is its model in every sentence where the article names another of
    the brand's models by number (``Nokia 3310`` and ``Nokia 8110`` beside ``Nokia 7
    Plus``), not only in a sentence about a product (``_numbers_model``): shaped as a
    model's number (``_is_model_number``), with nothing but the brand read there."""
    numbered = {
        span.words[0]
        for span in spans
        if span.kind == "product"
        and len(span.words) > 1
        and _MODEL_NUMBER.fullmatch(span.words[1])
        and span.words[0][:1].isupper()
    }
    removed: set[int] = set()
    for field in fields:
        words = field.words
        at = _SpansAt(span for span in spans if span.field is field)
        for brand in numbered:
            for start in field.positions.get(brand.lower(), ()):
                if (
                    words[start] != brand
                    or start + 1 >= len(words)
                    or start + 1 in field.line_starts
                    or not _is_model_number(field, start + 1)
                    or any(
                        span.kind != "organisation" or (span.start, span.end) != (start, start + 1)
                        for span in at.over(start, start + 2)
                    )
                ):
                    continue
                _replace_with_product(field, spans, at, removed, start, start + 2)
    _drop_removed(spans, removed)


def _mark_known_models_without_makers(
    fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer
) -> None:
    """A known product named by its maker and one word (``Nintendo Switch``, ``Hyundai
    Tucson``; the maker a company the gazetteer knows) is that product where the article,
    having named it whole, writes the word alone (``akan merilis Switch``, ``Switch juga
    ...``), as ``_mark_models_written_alone`` finds a brand's coded models: the word
    capitalised, between words that are no names (not inside a longer name, ``Switch
    Pro``, ``Manchester City``), not after a place's cue (``di Tucson``, the city), and
    never written in lowercase in the article, where it is a common word (``switch``,
    ``word``); not over a name the gazetteer knows. The word alone links to the product
    named whole (one entity, as ``Musk`` after ``Elon Musk``), not to one of its own."""
    lowercase = {word for field in fields for word in field.words if word.islower()}
    models: dict[str, list[tuple[str, ...]]] = {}
    whole: dict[str, _Span] = {}
    for span in spans:
        if span.entry is None or span.kind != "product" or len(span.words) != 2:
            continue
        maker, model = span.words
        known = gazetteer.lookup(maker)
        if (
            known is not None
            and known.kind == "organisation"
            and model[:1].isupper()
            and model.isalpha()
            and model.lower() not in lowercase
        ):
            models.setdefault(model.lower(), [(model,)])
            whole.setdefault(model, span)

    def alone(field: _Field, start: int) -> bool:
        words = field.words
        before = start > 0 and start not in field.line_starts and is_name_word(words[start - 1])
        after = start + 1 < len(words) and is_name_word(words[start + 1])
        placed = start > 0 and words[start - 1].lower() in _PLACE_NAMING_CUES
        return not before and not after and not placed

    _write_products_whole(fields, spans, models, alone)
    for span in spans:
        if span.kind == "product" and span.entry is None and len(span.words) == 1:
            span.target = span.target or whole.get(span.words[0])


def _mark_models_written_alone(
    fields: Sequence[_Field], spans: list[_Span], models: set[tuple[str, ...]]
) -> None:
    """A brand's model found with its brand is that product wherever the article writes it
    without the brand, also where the tagger read nothing there or only a part of it
    (``GSX - R150`` after ``Suzuki GSX - R150``, ``GSX`` a person); and a sibling's code
    after the same first word is one of the line too (``GSX - S150``). Only models of two
    words or more, or with a digit: a lone word may be a common one (``Translate``); not
    after a team's noun (``tim Tech 3``, Yamaha's team) nor inside a longer name
    (``iPad A1822``, ``Toyota Partner Robot Division``)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    families = set()
    for model in models:
        if model and (len(model) > 1 or _codes_alone(model[0])):
            by_first.setdefault(model[0].lower(), []).append(model)
        if len(model) == 3 and model[1] in _DASHES:
            families.add(model[0])

    def sibling(field: _Field, start: int) -> int:
        words = field.words
        return (
            3
            if words[start] in families
            and start + 2 < len(words)
            and words[start + 1] in _DASHES
            and _CODE_HALF.fullmatch(words[start + 2])
            else 0
        )

    def alone(field: _Field, start: int) -> bool:
        before = field.words[start - 1] if start > 0 else ""
        return before.lower() not in _TEAM_WORDS and not (
            is_name_word(before) and start not in field.line_starts
        )

    for first in families:
        by_first.setdefault(first.lower(), [])
    _write_products_whole(fields, spans, by_first, alone, sibling)


def _write_products_whole(
    fields: Sequence[_Field],
    spans: list[_Span],
    names: dict[str, list[tuple[str, ...]]],
    stands_alone: Callable[[_Field, int], bool] = lambda field, start: True,
    other_length: Callable[[_Field, int], int] = lambda field, start: 0,
) -> None:
    """Make each of ``names`` (by its first word, lowercased) a product wherever the
    article writes it whole, on one line and where ``stands_alone`` says so, over the
    names read inside it (none known, none running out of it); else the product of
    ``other_length`` words there, if any (a model's sibling)."""
    removed: set[int] = set()
    for field in fields:
        words = field.words
        at = _SpansAt(span for span in spans if span.field is field)
        for first, found in names.items():
            for start in field.positions.get(first, ()):
                length = max(
                    (len(name) for name in found if words[start : start + len(name)] == name),
                    default=0,
                ) or other_length(field, start)
                end = start + length
                if not length or not field.line_starts.isdisjoint(range(start + 1, end)):
                    continue
                over = at.over(start, end)
                if (
                    [(span.start, span.end, span.kind) for span in over]
                    == [(start, end, "product")]
                    or any(
                        span.entry is not None or span.start < start or span.end > end
                        for span in over
                    )
                    or not stands_alone(field, start)
                ):
                    continue
                _replace_with_product(field, spans, at, removed, start, end)
    _drop_removed(spans, removed)


def _join_brands_to_products(spans: list[_Span], brands: set[str]) -> None:
    """A brand read as an organisation right before a product is part of its name
    (``Apple iPhone 7``, ``Microsoft Xbox One S``, ``Adobe Photoshop``): one product, as
    the news names a model with its maker, not the maker and then the product."""
    starts = {
        (id(span.field), span.start): span
        for span in spans
        if span.kind == "product" and span.start not in span.field.line_starts
    }
    joined = set()
    for span in spans:
        product = starts.get((id(span.field), span.end))
        if (
            product is not None
            and span.kind == "organisation"
            and len(span.words) == 1
            and span.words[0] in brands
            and product.words[0] != span.words[0]
        ):
            joined.add(id(span))
            product.start, product.entry, product.target = span.start, None, None
    if joined:
        _drop_removed(spans, joined)


def _dates_edition(field: _Field, span: _Span) -> bool:
    """Whether a year right after a product ending in a model's number or code names its
    edition (``Nokia 6 2018``, the 2018 one beside the first ``Nokia 6``; ``Yamaha YZR -
    M1 2017``): on the same line, not glued to what follows (``2018/2019``); a product of
    one word or ending in a name keeps the year out (``Toyota Avanza 2019``)."""
    words, tokens, end = field.words, field.tokens, span.end
    return (
        len(span.words) > 1
        and _is_model_code(span.words[-1])
        and end < len(words)
        and bool(_YEAR.fullmatch(words[end]))
        and end not in field.line_starts
        and not _glued_to_next(tokens, end)
    )


def _extend_over_editions(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A product runs on over an edition's or a release's name right after it (``Nokia 7
    Plus``, ``Android 8.0 Oreo``, see ``MODEL_EDITIONS``), over its edition's year
    (``_dates_edition``) or over the rest of a code it stops in at a spaced hyphen
    (``Sukhoi SU - 35``, see ``_hyphened_model_end``) on the same line, replacing a
    lone word the tagger read there (``Oreo`` a person); not over a name the gazetteer
    knows. A name the tagger read as a person or else, a product the gazetteer knows or
    the article names as one elsewhere and such words or a version, is that product's
    edition (``Android Nougat``, ``Zenfone 4 Max``, ``meluncurkan AMP Box dan AMP Box
    Mini``)."""
    products = {span.words for span in spans if span.kind == "product"}
    for span in spans:
        if span.entry is None and span.kind != "product" and len(span.words) > 1:
            for cut in range(len(span.words) - 1, 0, -1):
                known = gazetteer.lookup(" ".join(span.words[:cut]))
                if span.words[:cut] in products or (known is not None and known.kind == "product"):
                    if _is_series_number(span.words[cut:]) or all(
                        w in MODEL_EDITIONS or _VERSION.fullmatch(w) for w in span.words[cut:]
                    ):
                        span.kind, span.target = "product", None
                    break
    at = _by_start(spans)
    # Where a known name or a longer one stands: no edition runs over it.
    blocked = {
        (id(span.field), index)
        for span in spans
        if span.entry is not None or len(span.words) > 1
        for index in span.indices()
    }
    removed: set[int] = set()
    for span in [span for span in spans if span.kind == "product"]:
        field, words = span.field, span.field.words
        end = span.end
        if _dates_edition(field, span) and (id(field), end) not in blocked:
            end += 1
        elif (
            _hyphened_model_end(field, span.start) == end + 2
            and (id(field), end + 1) not in blocked
        ):
            end += 2  # the code's second half, cut off at the hyphen: Sukhoi SU - 35
        while (
            end < len(words)
            and words[end] in MODEL_EDITIONS
            and end not in field.line_starts
            and (id(field), end) not in blocked
        ):
            end += 1
        if end > span.end:
            # A lone word read where the product now runs (a year, a code's half, an
            # edition) goes: no two mentions overlap.
            removed.update(
                id(lone)
                for index in range(span.end, end)
                if (lone := at.get((id(field), index))) is not None
            )
            span.end, span.entry, span.target = end, None, None
    if removed:
        _drop_removed(spans, removed)


#: A model's code glued to its name (``Note8``, ``S7``): letters and digits both.
_GLUED_MODEL_CODE = re.compile(r"[A-Za-z]+\d{1,4}[A-Za-z]?")
#: A sequel's Roman number (``Final Fantasy XV``).
_ROMAN_NUMBER = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
#: The most words of a model's name in a list (``Call of Duty`` aside).
_LONGEST_LISTED_MODEL = 4


def _ends_in_number(name: Sequence[str]) -> bool:
    """Whether a name ends in a model's code, a number or a Roman number (``Mi 6``)."""
    return bool(
        _MODEL_CODE.fullmatch(name[-1]) or _ROMAN_NUMBER.fullmatch(name[-1])
    ) and not _AGE_GROUP.fullmatch(name[-1])


def _listed_model_end(words: Sequence[str], start: int, stop: int, numbered: bool) -> bool:
    """Whether ``words[start:stop]`` reads as a model's or a sequel's name in a list: a
    code glued to letters (``Note8``, ``S7 Edge``), or, beside a name ending in a number
    too (``numbered``), capitalised words ending in a number or a Roman one (``Titanfall
    2``, ``Final Fantasy XV``); no amount of money, nor a day (``Selasa 12``) or a word
    the news mostly writes in lowercase (``Lantai 3``)."""
    items = words[start:stop]
    if items and (
        (items[0].lower() in NEVER_ENTITIES and items[0].lower() not in TITLE_FUNCTION_WORDS)
        or items[0].lower() in NUMBER_WORDS
        or _is_seldom_capitalised(items[0])
    ):
        return False
    if not 0 < len(items) <= _LONGEST_LISTED_MODEL or not all(
        is_name_word(w) or (0 < i < len(items) - 1 and w in TITLE_JOINERS)
        for i, w in enumerate(items)
    ):
        return False
    if _is_money(words, start, stop):
        return False
    if any(_GLUED_MODEL_CODE.fullmatch(w) and not _AGE_GROUP.fullmatch(w) for w in items):
        return True
    last = items[-1]
    return (
        numbered
        and len(items) > 1
        and items[0][:1].isupper()
        and items[0].isalpha()
        and (bool(re.fullmatch(r"\d{1,2}", last)) or bool(_ROMAN_NUMBER.fullmatch(last)))
    )


def _goes_on_model(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` may be inside a listed model's or work's name: a name
    word, or ``of``/``and`` between two (``Gears of War 4``)."""
    return is_name_word(words[index]) or (
        words[index] in TITLE_JOINERS
        and 0 < index < len(words) - 1
        and is_name_word(words[index - 1])
        and is_name_word(words[index + 1])
    )


def _mark_listed_models(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A list of products runs on past what the rules found (``Samsung Galaxy S8, Note8,
    Xiaomi Mi 6``; ``Gears of War 4 ... Dead Rising 4, Battlefield 1, dan Titanfall 2``):
    an item beside a product, after a comma or a conjunction, is one too where it reads as
    a model's or a sequel's name (``_listed_model_end``), replacing what the tagger read
    there (``Watch Dogs`` a person) but not a name the gazetteer knows; so is the first
    item after a product noun and ``seperti`` (``gim seperti Halo Wars 2, ...``)."""
    separators = {","} | CONJUNCTIONS
    removed: set[int] = set()
    for field in fields:
        words = field.words
        inside = [span for span in spans if span.field is field]
        at = _SpansAt(inside)
        queue: list[tuple[int, int]] = [
            (span.start, span.end) for span in inside if span.kind == "product"
        ]
        queue += [
            (index, index + 1)
            for index in field.positions.get("seperti", ())
            if index > 0 and words[index - 1].lower() in PRODUCT_NOUNS
        ]
        while queue:
            product = _Span(field, *queue.pop(), "product", None)
            cue = words[product.start].lower() == "seperti"
            items: list[tuple[int, int]] = []
            after = product.end
            while after < len(words) and words[after].lower() in separators:
                after += 1
            if (after > product.end or cue) and after not in field.line_starts:
                stop = after
                while stop < len(words) and stop - after < 5 and _goes_on_model(words, stop):
                    stop += 1
                items.append((after, stop))
            before = product.start
            while before > 0 and words[before - 1].lower() in separators:
                before -= 1
            if not cue and before < product.start and product.start not in field.line_starts:
                start = before
                while start > 0 and before - start < 5 and _goes_on_model(words, start - 1):
                    start -= 1
                while start < before and not is_name_word(words[start]):
                    start += 1
                if not _opens_sentence(words, start):
                    items.append((start, before))
            for start, stop in items:
                numbered = cue or _ends_in_number(product.words)
                if not _listed_model_end(words, start, stop, numbered):
                    continue
                if not field.line_starts.isdisjoint(range(start + 1, stop)):
                    continue
                over = at.over(start, stop)
                if any(
                    span.kind == "product"
                    or span.entry is not None
                    or span.start < start
                    or span.end > stop
                    for span in over
                ):
                    continue
                _replace_with_product(field, spans, at, removed, start, stop)
                queue.append((start, stop))
    _drop_removed(spans, removed)


#: A plate's number and series after its region code (``B 4446 SBC``).
_PLATE_NUMBER = re.compile(r"\d{1,4}")
_PLATE_SERIES = re.compile(r"[A-Z]{1,3}")
#: The most words of a vehicle's name before its plate (``Toyota Kijang Innova Reborn``).
_LONGEST_VEHICLE = 4


def _is_plate(words: Sequence[str], index: int) -> bool:
    """Whether an Indonesian registration plate opens at ``index`` (``F 1423 NH``)."""
    return (
        index + 2 < len(words)
        and words[index] in PLATE_REGIONS
        and bool(_PLATE_NUMBER.fullmatch(words[index + 1]))
        and bool(_PLATE_SERIES.fullmatch(words[index + 2]))
    )


def _names_vehicle(words: Sequence[str], index: int) -> bool:
    """A word of a vehicle's name before its plate: capitalised or a number (``Xenia
    1.3``, ``CR-V``); not a word naming the plate or a kind of vehicle, nor a common word
    (``Kemudian``, ``Di`` opening a sentence)."""
    word = words[index]
    lower = word.lower()
    entry = packaged_lexicon().get(lower)
    return (
        is_name_word(word)
        and word.replace("-", "").replace(".", "").isalnum()
        and lower not in PLATE_WORDS
        and lower not in VEHICLE_NOUNS
        and lower not in PRODUCT_NOUNS
        and not _is_common_word(lower)
        and not (_opens_sentence(words, index) and entry is not None and entry.cap == "0")
    )


def _mark_plated_vehicles(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A name right before a registration plate is the vehicle's make and model, a
    product (``menabrak Toyota Rush B 2826 DFL``: the tagger read ``Toyota`` alone, the
    company, and ran other models into their plates or read them as persons); the plate
    is no part of any name, and the model is that product wherever the article writes it
    again (``Honda Vario`` without its plate)."""
    vehicles: set[tuple[str, ...]] = set()
    removed: set[int] = set()
    for field in fields:
        words = field.words
        at = _SpansAt(span for span in spans if span.field is field)
        for plate in range(1, len(words) - 2):
            if not _is_plate(words, plate):
                continue
            for span in at.over(plate, plate + 3):
                at.remove(span)
                if span.start >= plate:
                    removed.add(id(span))
                else:
                    span.end = plate
                    at.add(span)
            end = plate
            while end > plate - 2 and words[end - 1].lower() in PLATE_WORDS:
                end -= 1  # ``bernopol``, ``nomor polisi`` before the plate
            while end > plate - 5 and words[end - 1].lower() in VEHICLE_COLOURS:
                end -= 1  # ``Hitam``, ``warna putih`` before the plate or its word
            start = end
            while start > max(0, end - _LONGEST_VEHICLE) and _names_vehicle(words, start - 1):
                start -= 1
            while start < end and not words[start][:1].isupper():
                start += 1  # a vehicle's name opens with a capital (``Xenia 1.3``)
            over = at.over(start, end)
            known = (s.entry is not None and s.kind in ("place", "person") for s in over)
            if start == end or any(s.start < start for s in over) or any(known):
                continue
            _replace_with_product(field, spans, at, removed, start, end)
            vehicles.add(tuple(words[start:end]))
    _drop_removed(spans, removed)
    _retype_named_products(spans, vehicles)


def _retype_named_products(spans: list[_Span], names: set[tuple[str, ...]]) -> None:
    """A product's name is that product wherever the article writes it again, if nothing
    known (``Honda Vario`` without its plate)."""
    for span in spans:
        if span.entry is None and span.kind != "product" and span.words in names:
            span.kind, span.target = "product", None


#: The most words of a ship's or a train's name after its prefix (``KRI Teluk Bintuni``).
_LONGEST_VESSEL_NAME = 3


def _names_vessel(word: str) -> bool:
    """A word of a ship's or train's name: capitalised letters, not an acronym."""
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def _mark_vessels(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A ship's name after its prefix (``KRI Bima Suci``, ``KM Sinar Bangun``, see
    ``SHIP_PREFIXES``) or a train's after ``KA`` (``KA Argo Lawu``) is a product with the
    prefix, over what the tagger read there (a place, an organisation); a train's name
    is a word the news capitalises, not a kind of service (``KA Pariwisata``, ``KA
    Tambahan``), a known place the train runs to (``KA Bekasi``) nor a line's first end
    (``jalur KA Purwokerto - Kroya``). A ship's hull number after a dash is part of its
    name (``KRI Nanggala - 402``). The name without its
    prefix is the product wherever the article writes it again (``Argo Lawu``). A prefix
    after a number is its unit (``5 KM Selatan``: kilometres; ``500 MT``: metric tons)."""
    vessels: set[tuple[str, ...]] = set()
    removed: set[int] = set()
    lexicon = packaged_lexicon()
    for field in fields:
        words = field.words
        at = _SpansAt(span for span in spans if span.field is field)
        for start, prefix in enumerate(words[:-1]):
            train = prefix in TRAIN_PREFIXES
            if not (train or prefix in SHIP_PREFIXES) or (
                start and _NUMERAL.fullmatch(words[start - 1])
            ):
                continue  # after a number a unit: 5 KM Selatan, 500 MT
            end = start + 1
            while (
                end < len(words)
                and end - start <= _LONGEST_VESSEL_NAME
                and end not in field.line_starts
                and _names_vessel(words[end])
            ):
                end += 1
            if end == start + 1:
                continue
            if not train and end + 1 < len(words) and words[end] in _DASHES:
                end += 2 if words[end + 1].isdigit() else 0  # a hull number: KRI Nanggala - 402
            over = at.over(start, end)
            entry = lexicon.get(words[start + 1].lower())
            if any(span.start < start or span.end > end for span in over) or (
                train
                and (
                    (entry is not None and entry.cap in ("0", "1"))
                    or any(span.entry is not None and span.kind == "place" for span in over)
                    or (end < len(words) and words[end] in _DASHES)
                )
            ):
                continue
            _replace_with_product(field, spans, at, removed, start, end)
            vessels.add(tuple(words[start + 1 : end]))
    _drop_removed(spans, removed)
    _retype_named_products(spans, vessels)


def _ship_name_end(field: _Field, start: int) -> int:
    """Where the ship's name opening at ``start`` ends: its capitalised words
    (``_names_vessel``) and a number after them (``Tugu 25``), on one line; ``start`` if
    none."""
    words = field.words
    end = start
    while (
        end < len(words)
        and end - start < _LONGEST_VESSEL_NAME
        and (end == start or end not in field.line_starts)
        and _names_vessel(words[end])
    ):
        end += 1
    if (
        start < end < len(words)
        and end not in field.line_starts
        and words[end].isdigit()
        and not _glued_to_next(field.tokens, end)
        and _is_model_number(field, end)
    ):
        end += 1
    return end


def _mark_ships_after_noun(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A name right after ``kapal`` (or ``kapal`` and a kind of ship, ``SHIP_KINDS``)
    that the tagger read as a person or not at all is the ship, a product (``kapal Yo
    To``, ``kapal tanker Sunrise Glory``, ``kapal Tugu 25``), as the article writes it
    again; a known name there is the ship's owner or flag (``kapal Vietnam``, ``kapal
    Pelni``), and so is an organisation or a place read there, unless a number follows it
    (``kapal Nangala 9``: no place is numbered), and one word the news
    mostly writes in lowercase is no ship's (``kapal Nasional``). After a crew's or an
    owner's noun (``Nakhoda kapal Budi``, see ``TIED_PERSON_NOUNS``) the name is theirs."""
    ships: set[tuple[str, ...]] = set()
    removed: set[int] = set()
    for field in fields:
        words = field.words
        at = _SpansAt(span for span in spans if span.field is field)
        for noun in field.positions.get("kapal", ()):
            if not (words[noun].islower() or _opens_sentence(words, noun)):
                continue
            if noun and words[noun - 1].lower() in TIED_PERSON_NOUNS:
                continue  # Nakhoda kapal Budi Santoso: the crew's or the owner's name
            start = noun + 1
            if start < len(words) and words[start] in SHIP_KINDS:
                start += 1
            end = _ship_name_end(field, start)
            if end == start or (end == start + 1 and _is_seldom_capitalised(words[start])):
                continue
            over = at.over(start, end)
            numbered = words[end - 1].isdigit()
            if any(
                span.entry is not None
                or (span.kind not in ("person", "product") and not numbered)
                or span.start < start
                or span.end > end
                for span in over
            ):
                continue
            _replace_with_product(field, spans, at, removed, start, end)
            ships.add(tuple(words[start:end]))
    _drop_removed(spans, removed)
    _retype_named_products(spans, ships)


#: The most words of an English title found by its shape alone (``Rise of the Tomb Raider``).
_LONGEST_ENGLISH_TITLE = 8
#: Words of organisations', venues', events' and offices' English names, none of a title
#: found by its shape alone (``University of Oxford``, ``National Institute of Health``,
#: ``Head of Sales``, ``Festival of Lights``, ``Stadium of Light``).
_NOT_TITLE_WORDS = (
    NOT_TITLE_WORDS
    | VENUE_HEADS
    | ORGANISATION_HEADS
    | ORGANISATION_OPENERS
    | ORGANISATION_SUFFIXES
    | DEFINED_ORGANISATION_HEADS
    | BODY_GLOSS_ENDS
    | EVENT_ENDS
    | JOB_TITLE_ENDS
    | TITLE_WORDS
    | PLACE_HEADS
)


#: A sequel's number after its title (``Gears of War 4``, ``Age of Empires II``).
_SEQUEL_NUMBER = re.compile(r"\d{1,2}|I{2,3}|IV|VI{0,3}|IX|X{1,2}V?")


def _is_english_title_word(word: str) -> bool:
    return word[:1].isupper() and word.isascii() and word.isalpha()


def _mark_english_titles(field: _Field, spans: list[_Span]) -> None:
    """An English title is a work, a product (``Game of Thrones``, ``Beauty and the
    Beast``, ``Call of Duty``): capitalised English words joined by ``of`` or ``and``
    (see ``TITLE_JOINERS``), with other lowercase English words between them, on one
    line, after the Indonesian words the news mostly writes in lowercase that open the
    run (``Pelantun Shape of You``). The tagger's unknown names inside a title with
    ``of`` are parts of it (``Shadow`` a person in ``Shadow of the Tomb``), and so is a
    whole run it read as a person (``Descendants of the Sun``), but not one it read as a
    place or an organisation (``Isle of Wight``), nor a known name; ``and`` between
    names the tagger read joins two of them (``Adam Cheyer and Chris Brigham``). Not an
    organisation's, a venue's, an event's or an office's English name (``School of
    Business``, ``Head of Sales``, see ``_NOT_TITLE_WORDS``), nor an award's category
    (``Song of the Year``). The text must write the title twice or more, as an article
    about the work does: an English phrase met once may be a slogan or an award of any
    kind (``Best Novel of the Century``)."""
    words = field.words
    inside = [span for span in spans if span.field is field]
    unknown = {span.start: span for span in inside if span.entry is None}
    covered = {index for span in inside for index in span.indices()}

    def run_from(index: int) -> tuple[int, list[_Span]] | None:
        """The end of the title's words from ``index``, with the names it takes in."""
        span = unknown.get(index)
        if index >= len(words) or index in field.line_starts:
            return None
        if span is None:
            return (index + 1, []) if index not in covered else None
        if all(_is_english_title_word(w) or w in TITLE_FUNCTION_WORDS for w in span.words):
            return span.end, [span]
        return None

    found: list[tuple[int, int, list[_Span]]] = []
    start = 0
    while start < len(words):
        opened = run_from(start) if _is_english_title_word(words[start]) else None
        if opened is None:
            start += 1
            continue
        end, taken = opened
        last, title_taken = end, list(taken)
        while (step := run_from(end)) is not None:
            if not (_is_english_title_word(words[end]) or words[end] in TITLE_FUNCTION_WORDS):
                break
            end, more = step
            taken += more
            if _is_english_title_word(words[end - 1]):
                last, title_taken = end, list(taken)
        first = start
        while first + 1 < last and first not in covered and _is_seldom_capitalised(words[first]):
            if not _is_english_title_word(words[first + 1]):
                break
            first += 1  # an Indonesian word before the title (``Sekuel``, ``Pelantun``)
        if (
            last < len(words)
            and _SEQUEL_NUMBER.fullmatch(words[last])
            and last not in covered
            and last not in field.line_starts
            and not (last + 1 < len(words) and words[last + 1].lower() in COUNTED_UNITS)
        ):
            last += 1  # a sequel's number (``Gears of War 4``)
        title = words[first:last]
        whole = [span for span in title_taken if (span.start, span.end) == (first, last)]
        if (
            last - first <= _LONGEST_ENGLISH_TITLE
            and any(word in TITLE_JOINERS for word in title)
            and not any(word.lower() in _NOT_TITLE_WORDS for word in title)
            and all(span.kind == "person" for span in whole)
            and (not title_taken or "of" in title)
        ):
            found.append((first, last, title_taken))
        start = max(last, start + 1)
    seen = Counter(tuple(words[first:last]) for first, last, _ in found)
    for first, last, title_taken in found:
        if seen[tuple(words[first:last])] > 1:
            for span in title_taken:
                spans.remove(span)
            spans.append(_Span(field, first, last, "product", None))


#: The most words of a quoted title (``Marlina si Pembunuh dalam Empat Babak``).
_LONGEST_QUOTED_TITLE = 8


def _titles_no_work(words: Sequence[str], start: int) -> bool:
    """Whether the title at ``start``, after its cue, is a concert's, an exhibition's or a
    chart's (``konser bertajuk``, ``tangga lagu``, see ``TITLED_NON_WORKS``), no work's."""
    cue = start - 1
    while cue > 0 and (
        words[cue] in QUOTES
        or words[cue].lower() in {"yang", "lagu", "itu", "dengan", "judul"}
        or (words[cue].lower(),) in WORK_TITLE_CUES
    ):
        cue -= 1
    return cue >= 0 and words[cue].lower() in TITLED_NON_WORKS


#: The most words between a work's noun and the phrase titling it (``film dokumenter
#: biografinya yang berjudul``).
_TITLED_NOUN_REACH = 4
#: Nouns of things titled that are no works (a lecture, a speech, a petition, a letter, an
#: article, a thesis, a photo), besides ``TITLED_NON_WORKS``'s events: a title after one
#: names no product and may hold the names of persons and places (``tesis berjudul ' Model
#: Bisnis Juventus FC '``).
_TITLED_NON_WORK_NOUNS = TITLED_NON_WORKS | frozenset(
    (
        "kuliah",
        "webinar",
        "pidato",
        "orasi",
        "petisi",
        "surat",
        "artikel",
        "tesis",
        "disertasi",
        "foto",
    )
)
#: Nouns of works a title after ``berjudul`` names (``QUOTED_WORK_NOUNS``, a show's, a
#: poem's, a story's or a painting's: ``puisi berjudul " Senja Merah "``; ``pameran
#: lukisan berjudul`` is an exhibition's, see ``_TITLED_NON_WORK_NOUNS``).
_TITLED_WORK_NOUNS = (
    QUOTED_WORK_NOUNS
    | SHOW_WORDS
    | frozenset(("puisi", "sajak", "cerpen", "komik", "lakon", "lagunya", "albumnya", "lukisan"))
)


def _titled_work_noun_before(words: Sequence[str], cue: int) -> bool:
    """Whether a work's noun (``_TITLED_WORK_NOUNS``) comes within ``_TITLED_NOUN_REACH``
    words before the titling phrase at ``cue`` with no non-work's noun among them
    (``lagu yang berjudul``, not ``pameran lukisan berjudul``, see
    ``_TITLED_NON_WORK_NOUNS``)."""
    window = [word.lower() for word in words[max(0, cue - _TITLED_NOUN_REACH) : cue]]
    return any(word in _TITLED_WORK_NOUNS for word in window) and not any(
        word in _TITLED_NON_WORK_NOUNS for word in window
    )


def _quoted_after_work_noun(words: Sequence[str], start: int) -> bool:
    """Whether the quoted title at ``start`` comes right after a film's, a series' or a
    novel's noun in lowercase (``membintangi film ' Fast & Furious 6 '``, see
    ``WORK_NOUNS``), written as a title is (see ``_title_cased``): in an article about
    works a title even where it is written once, no singer's as after ``lagu``. Not where
    the noun qualifies an event, an award, a critic or a group (``festival film " ...
    "``, ``penghargaan film``, ``Kritikus film " Eric Sasono "``, see
    ``TITLED_NON_WORKS``, ``_FILM_NON_WORK_NOUNS``): the name quoted is theirs."""
    cue = start - 2  # the word before the opening quote
    return (
        cue >= 0
        and words[cue] in WORK_NOUNS
        and not (cue > 0 and words[cue - 1].lower() in TITLED_NON_WORKS | _FILM_NON_WORK_NOUNS)
        and _title_cased(words, start)
    )


#: Nouns a film's noun qualifies before a quoted name that is no work (``Kritikus film "
#: Eric Sasono "``, ``komunitas film``, ``penghargaan film " Piala Maya "``).
_FILM_NON_WORK_NOUNS = frozenset(("kritikus", "pengamat", "komunitas", "penghargaan", "anugerah"))


def _title_cased(words: Sequence[str], start: int) -> bool:
    """Whether the quoted words from ``start`` to the closing quote are half name words
    or more, as a title's are (``Bulan di Atas Kota``), and no speech quoted after the
    noun (``film " Saya tidak tahu "``)."""
    stop = start
    while stop < min(start + _LONGEST_QUOTED_TITLE, len(words)) and words[stop] not in QUOTES:
        stop += 1
    return 2 * sum(is_name_word(word) for word in words[start:stop]) >= stop - start


def _credits_work(words: Sequence[str], start: int) -> bool:
    """Whether the quoted title at ``start`` credits a person with it, a performer's or a
    maker's work (``pelantun 'Problem'``, ``pemain film 'Headshot'``, ``sutradara sinetron
    'Tersanjung'``, see ``WORK_MAKERS``): the work the article names the person by, a
    title even where the article writes it once; so is a title after a phrase that titles
    a work (``bukunya berjudul "The Sun Also Sets"``, see ``TITLING_CUES``), as the same
    title unquoted after the phrase is one, where a work's noun comes shortly before the
    phrase (see ``_titled_work_noun_before``): an event's, a speech's, an article's or a
    thesis's title is no work (``seminar nasional berjudul``, ``Artikel itu berjudul``)."""
    cue = start - 2  # the word before the opening quote
    if cue > 0 and words[cue].lower() in SONG_NOUNS and words[cue - 1].lower() == "pelantun":
        return True
    if cue >= 0 and words[cue].lower() == "pelantun":
        return True
    for phrase in TITLING_CUES:
        opening = cue + 1 - len(phrase)
        if (
            opening >= 0
            and tuple(word.lower() for word in words[opening : cue + 1]) == phrase
            and _titled_work_noun_before(words, opening)
        ):
            return True
    return (
        cue > 0
        and words[cue].lower() in QUOTED_WORK_NOUNS
        and words[cue - 1].lower() in WORK_MAKERS
    )


def _quoted_titles(field: _Field) -> list[tuple[int, int]]:
    """Where a work's title is quoted right after its noun or a title cue (``lagu "Kali
    Kedua"``, ``single "Too Good at Goodbyes"``, ``berjudul "Pray"``): the quoted words,
    opening with a name word, all on one line, with no sentence's end inside; not after a
    concert's or an exhibition's noun (``konser bertajuk "..."``, see ``TITLED_NON_WORKS``),
    nor closed by an apostrophe of a possessive (``' Jupiter ’s Moon '``)."""
    words = field.words
    cues = frozenset((noun,) for noun in QUOTED_WORK_NOUNS) | WORK_TITLE_CUES
    found = []
    for start in _cue_ends(field, cues):
        if words[start - 1] not in QUOTES or not is_name_word(words[start]):
            continue
        if _titles_no_work(words, start):
            continue
        stop = next(
            (
                stop
                for stop in range(start + 1, min(start + _LONGEST_QUOTED_TITLE, len(words)) + 1)
                if stop < len(words) and words[stop] in QUOTES
            ),
            None,
        )
        if stop is None or (stop + 1 < len(words) and words[stop + 1] == "s"):
            continue  # no closing quote, or a possessive's (``Jupiter ’s Moon``)
        while stop > start + 1 and words[stop - 1] in {",", ":", "-"}:
            stop -= 1  # a comma or a dash before the closing quote (``“Carita ...,”``)
        if not any(
            w in {".", "!", "?", ";"} for w in words[start:stop]
        ) and field.line_starts.isdisjoint(range(start + 1, stop + 1)):
            found.append((start, stop))
    return found


def _quoted_items(field: _Field) -> list[tuple[int, int]]:
    """Each quoted name's words between its quotes, in reading order: opening with a name
    word, at most ``_LONGEST_QUOTED_TITLE`` words with no comma or sentence's end inside."""
    words = field.words
    items: list[tuple[int, int]] = []
    index = 0
    while index + 1 < len(words):
        if words[index] in QUOTES and is_name_word(words[index + 1]):
            stop = next(
                (
                    stop
                    for stop in range(index + 2, min(index + 1 + _LONGEST_QUOTED_TITLE, len(words)))
                    if words[stop] in QUOTES or words[stop] in {",", ".", "!", "?", ";"}
                ),
                None,
            )
            if stop is not None and words[stop] in QUOTES:
                items.append((index + 1, stop))
                index = stop
        index += 1
    return items


def _quoted_lists(field: _Field, items: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The lists of two or more of the quoted ``items`` (``' A ', ' B ' dan ' C '``):
    items apart only by commas and conjunctions."""
    words = field.words
    lists: list[list[tuple[int, int]]] = []
    for start, stop in items:
        between = words[lists[-1][-1][1] + 1 : start - 1] if lists else ()
        if between and all(word == "," or word in CONJUNCTIONS for word in between):
            lists[-1].append((start, stop))
        else:
            lists.append([(start, stop)])
    return [found for found in lists if len(found) > 1]


def _mark_listed_quoted_works(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A list of quoted titles in a sentence that quotes a work is a list of works
    (``bukan hanya ' Ada Apa Dengan Cinta 2 ' yang diputar, tapi juga ' Drupadi ' dan '
    Athirah '``): news quotes films, songs and books each on its own, and the work a rule
    found in the article names the others' kind; over what the tagger read there
    (``Athirah`` a person), not over a name the gazetteer knows, nor across a line's
    end."""
    works = {span.words for span in spans if span.kind == "product"}
    removed: set[int] = set()
    for field in fields:
        words = field.words
        items = _quoted_items(field)
        lists = _quoted_lists(field, items)
        if not lists:
            continue
        sentences = {
            _sentence_around(words, start, stop)
            for start, stop in items
            if tuple(words[start:stop]) in works
        }
        at = _SpansAt(span for span in spans if span.field is field)
        for found in lists:
            if _sentence_around(words, found[0][0], found[-1][1]) not in sentences:
                continue
            for start, stop in found:
                over = at.over(start, stop)
                if (
                    field.line_starts.isdisjoint(range(start, stop + 1))
                    and not any(
                        span.entry is not None or span.start < start or span.end > stop
                        for span in over
                    )
                    and [(span.start, span.end, span.kind) for span in over]
                    != [(start, stop, "product")]
                ):
                    _replace_with_product(field, spans, at, removed, start, stop)
    _drop_removed(spans, removed)


#: A work's noun before its title (see ``WORK_NOUNS``, ``LONG_TITLE_NOUNS``).
_TITLE_NOUN_CUES = frozenset((noun,) for noun in WORK_NOUNS | LONG_TITLE_NOUNS)


def _mark_works(fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A work's title (a film's, a series', a novel's) is a product wherever the article
    writes it, whatever the tagger read in it (``Mad Max`` a person, ``Strip That Down``
    an organisation): the name right after ``film`` or ``serial`` (see ``WORK_NOUNS``;
    not a place, ``film India``, nor a name the gazetteer knows, nor the maker a title
    follows, ``film Adam Sandler berjudul ...``) or after ``berjudul`` (see
    ``WORK_TITLE_CUES``); so is the subtitle after a title's colon (``Star Wars: The Last
    Jedi`` after ``serial Star Wars``). A sentence opening with the noun leaves it out of
    the title the tagger ran it into (``Film Mad Max``). A one-word title that opens or
    ends a person's full name in the article is that person's (``film Jenkins`` of Patty
    Jenkins, ``berjudul Petty: ...`` of Tom Petty), not a title to find again; and a
    person after the noun and a maker's trade is the maker or the star (``sutradara film
    Garin Nugroho``, ``pemain film Julia Perez``, see ``WORK_MAKERS``). A title quoted
    after its noun or a cue (``lagu "Kali Kedua"``, see ``QUOTED_WORK_NOUNS``) is one
    whatever was read inside the quotes, found or not, where the article writes it in
    two sentences or more, as an article about the work does (a title met in passing is
    left out, as the annotated corpora leave works out, but for one credited or titled
    by ``berjudul``, see ``_credits_work``, and one quoted right after a film's noun in an
    article about works, see ``_quoted_after_work_noun``), and is more than a letter
    (``lagu ' I '``,
    the pronoun written all through the article)."""
    quoted: set[tuple[str, ...]] = set()
    candidates = [(field, start, stop) for field in fields for start, stop in _quoted_titles(field)]
    sentence = {
        id(field): list(itertools.accumulate(word in {".", "!", "?"} for word in field.words))
        for field in fields
    }
    written = Counter(
        title
        for title in {field.words[start:stop] for field, start, stop in candidates}
        for field, _ in {
            (field, sentence[id(field)][index])
            for field in fields
            for index in field.positions.get(title[0].lower(), ())
            if field.words[index : index + len(title)] == title
        }
    )
    about_works = (
        len(
            {
                (id(field), sentence[id(field)][index])
                for field in fields
                for noun in UNTAGGED_TITLE_NOUNS
                for index in field.positions.get(noun, ())
            }
        )
        > 2
    )
    covering: dict[int, _SpansAt] = {}  # built once a field, as the titles come
    removed: set[int] = set()
    for field, start, stop in candidates:
        words = field.words
        if id(field) not in covering:
            covering[id(field)] = _SpansAt(span for span in spans if span.field is field)
        under = covering[id(field)]
        if (
            (
                written[field.words[start:stop]] < 2
                and not _credits_work(words, start)
                and not (about_works and _quoted_after_work_noun(words, start))
            )
            or stop - start == len(words[start]) == 1
            or any(span.start < start or span.end > stop for span in under.over(start, stop))
        ):
            continue
        _replace_with_product(field, spans, under, removed, start, stop)
        quoted.add(field.words[start:stop])
    _drop_removed(spans, removed)
    for span in spans:
        words = span.field.words
        opening = span.words[0].lower() in WORK_NOUNS and _opens_sentence(words, span.start)
        if opening and len(span.words) > 1 and span.entry is None:
            span.start += 1
    at = _by_start(spans)
    # ``_mark_untagged_titles`` below adds only products after a work's noun or a title
    # cue: the persons and the names after a musician's cue stay as they are here all
    # through the loop.
    persons = _full_name_ends(spans)
    musicians = _span_names_after(spans, MUSICIAN_CUES)
    titles: set[tuple[str, ...]] = set()
    noun_titles: set[tuple[str, ...]] = set()  # after film, serial ...: no event's
    untagged_cues = TITLING_CUES | _UNTAGGED_TITLE_CUES if about_works else TITLING_CUES
    for field in fields:
        words = field.words
        for start in _cue_ends(field, _TITLE_NOUN_CUES):
            noun = start - 2 if words[start - 1] in QUOTES else start - 1
            tagged = at.get((id(field), start))
            maker = (
                tagged is not None
                and tagged.kind == "person"
                and noun > 0
                and words[noun - 1].lower() in WORK_MAKERS
            )
            title = _title_at(field, start, tagged)
            if len(title) == 1 and words[noun].lower() in LONG_TITLE_NOUNS:
                continue  # the work's hero as often as the work (``Lakon Abimanyu yang``)
            if title and not maker and (words[noun].islower() or _opens_sentence(words, noun)):
                titles.add(title)
                noun_titles.add(title)
        for start in _cue_ends(field, WORK_TITLE_CUES):
            if not _titles_no_work(words, start):
                titles.add(_title_at(field, start, None))
        titles.update(_song_titles(field, spans, persons, musicians))
        _mark_untagged_titles(field, spans, gazetteer, persons, untagged_cues)
        _mark_untagged_titles(field, spans, gazetteer, persons, _work_naming_cues(field))
        if not about_works:
            _mark_titles_in_passing(field, spans, gazetteer, persons)
        _mark_listed_songs(field, spans, gazetteer)
        _mark_listed_games(field, spans, gazetteer)
    titles.discard(())
    titles |= quoted
    titles = {title for title in titles if len(title) > 1 or title[0] not in persons}
    named = _titles_named_as_persons(spans, titles)
    titles -= named
    characters = _character_starts(fields)
    persons_end = {(id(span.field), span.end) for span in spans if span.kind == "person"}
    for span in spans:
        words, colon = span.field.words, span.start - 1
        subtitle = (
            colon > 0
            and words[colon] == ":"
            and any(tuple(words[colon - len(title) : colon]) == title for title in titles)
        )
        worked = span.words in named and _follows_work_noun(words, span.start)
        if span.entry is None and (span.words in titles or subtitle or worked):
            if span.kind == "person" and _plays_character(span, characters, persons_end):
                span.character = True
            else:
                span.kind = "product"
    _run_titles_on(fields, spans, noun_titles)


#: Nouns of a work right before its title (``album Horizons``, ``lagu Paradiso``, ``film
#: Dunmore``), after which a name the tagger read as a place is the title.
_PLACE_TITLED_WORK_NOUNS = SONG_NOUNS | WORK_NOUNS | frozenset(("album",))


#: Words before a place's name that no work's title follows: a place's cues (``di``,
#: ``kota``, see ``PLACE_CUES``), its heads in lowercase (``kepala desa Sukamaju``) and
#: its residents' (``warga Sukamaju``).
_PLACE_NAMING_CUES = (
    frozenset(cue[0] for cue in PLACE_CUES if len(cue) == 1)
    | ADMINISTRATIVE_HEADS
    | frozenset(("warga", "penduduk"))
)


#: Heads of a place's name (``Desa Cibeo``, ``Kampung Pulo``, ``Kali Code``, ``Bukit
#: Duri``, ``Pasar Baru``): a film or a song named after such a place is as often about
#: the place itself.
_TITLED_PLACE_HEADS = PLACE_HEADS | FEATURE_HEADS | frozenset(("kampung", "kali", "bukit", "pasar"))


def _retype_places_titled_as_works(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A name the tagger read as a place right after a work's noun in lowercase is the
    work's title, a product wherever the article writes it (``album Horizons``, ``film
    Dunmore``): on 300 IndoSum articles with a product's noun all 7 such unknown places
    were titles. Not a place the gazetteer knows, where the work comes from (``film
    Korea``), nor a works' origin (``film Tanah Air``, ``film Hollywood``, see
    ``WORKS_ORIGINS``; any ``...wood`` industry, ``film Nollywood``), nor after a count
    (``beberapa lagu ...``) or an event's noun (``festival film Venesia``, see
    ``TITLED_NON_WORKS``), nor a name opening with a place's head (``film Desa Cibeo``,
    ``film Kampung Naga``, see ``_TITLED_PLACE_HEADS``), nor one the article also writes
    after a place's or its residents' cue (``Warga Sukamaju``, ``kepala desa Sukamaju``,
    ``di Sukamaju``, see ``_PLACE_NAMING_CUES``): a film shot there and named for it, the
    place itself."""
    at = _by_start(spans)
    placed = _span_names_after(spans, _PLACE_NAMING_CUES)
    titles: set[tuple[str, ...]] = set()
    for field in fields:
        words = field.words
        for noun in _PLACE_TITLED_WORK_NOUNS:
            for index in field.positions.get(noun, ()):
                span = at.get((id(field), index + 1))
                if (
                    span is not None
                    and span.kind == "place"
                    and span.entry is None
                    and (words[index].islower() or _opens_sentence(words, index))
                    and tuple(word.lower() for word in span.words) not in WORKS_ORIGINS
                    and not span.words[-1].lower().endswith("wood")
                    and span.words[0].lower() not in _TITLED_PLACE_HEADS
                    and span.words not in placed
                    and not (
                        index > 0
                        and (
                            words[index - 1].lower() in SONG_COUNTS | NUMBER_WORDS
                            or words[index - 1].lower() in TITLED_NON_WORKS
                            or _is_numeral(words[index - 1])
                        )
                    )
                ):
                    titles.add(span.words)
    for span in spans:
        if span.kind == "place" and span.entry is None and span.words in titles:
            span.kind = "product"


#: Nouns of a show or a series right before its title, which the news writes in English
#: as the broadcaster does (``reality show ' Youth Over Flowers '``, ``drama Descendants of
#: the Sun``, ``sekuel Fantastic Beasts``).
_SHOW_NOUN_CUES = frozenset(
    tuple(cue.split())
    for cue in ("drama", "drakor", "reality show", "variety show", "talk show", "sekuel")
)
#: Nouns of a programme, an event as often (``acara Pekan Kerja``), before a show's title
#: only where an English article opens the title (``acara The Late Late Show``, ``acara
#: The Voice``).
_PROGRAMME_CUES = frozenset((("acara",), ("program",)))
#: Words before a film's or a series' title in quotes (``membintangi " Legend of the Blue
#: Sea "``): the actor stars in the work; a name there unquoted may be a co-star's.
_STARRING_CUES = frozenset((("membintangi",), ("bintangi",)))
#: Words between a show's noun and its title: its fame (``variety show populer ' Real Men
#: '``), then maybe its channel's one-word name before the quote (``populer tvN ' ... '``).
_SHOW_TITLE_OPENERS = frozenset(("populer", "terbaru", "terbarunya", "baru", "hit", "lawas"))
#: Lowercase words inside a show's English title (``Love in the Moonlight``, ``Boys over
#: Flowers``, ``Keeping Up with the Kardashians``).
_SHOW_TITLE_SMALL_WORDS = TITLE_FUNCTION_WORDS | frozenset(("over",))
#: The most words of a show's title.
_LONGEST_SHOW_TITLE = 8
#: Words of a sentence about a showing on a screen (``tayang``, ``episode``), where a film,
#: a series or a broadcast is named.
_SHOWING_WORDS = frozenset(
    ("episode", "tayang", "ditayangkan", "menayangkan", "tayangan", "penayangan", "rating")
)
#: Words of a sentence about a film or a series (``drama Goblin tayang di tvN``,
#: ``sekuel Avengers dibintangi ...``): only there is a one-word title unquoted after
#: ``drama`` or ``sekuel`` a work, not a saga's (``drama Kalijodo``, ``drama Istana``).
_WORK_CONTEXT_WORDS = _SHOWING_WORDS | frozenset(
    (
        "dibintangi",
        "membintangi",
        "bintangi",
        "bermain",
        "berperan",
        "memerankan",
        "diperankan",
        "pemeran",
        "aktor",
        "aktris",
        "sutradara",
        "serial",
        "syuting",
        "film",
        "bioskop",
        "sinetron",
        "tvn",
        "kbs",
        "sbs",
        "mbc",
        "jtbc",
        "netflix",
    )
)
#: Words of a sentence about a broadcast (``acara The Voice tayang``, ``acara The Late
#: Late Show``, its title's own ``Show``): only there is a title opening with ``The``
#: after ``acara`` or ``program`` a show, not a body's or an event's (``program The Asia
#: Foundation``, ``acara The Asian Games Fun Run``).
_BROADCAST_CONTEXT_WORDS = _SHOWING_WORDS | frozenset(
    ("televisi", "tv", "stasiun", "pembawa", "show")
)
#: Last words of a body's or an event's name, besides ``ORGANISATION_SUFFIXES`` and
#: ``EVENT_ENDS``: a programme's title ending in one is no show (``The Habibie Center``).
_NON_SHOW_ENDS = frozenset(("center", "centre", "fund", "shop", "fair", "forum"))
#: Capitalised words never in a show's title: a date's (``Goblin Sabtu``, ``Avengers
#: Maret``) and the other words never an entity.
_DATE_LIKE_WORDS = NEVER_ENTITIES - _SHOW_TITLE_SMALL_WORDS
#: Lowercase words inside an Indonesian title (``Ada Apa dengan Cinta``, ``Cicak vs
#: Buaya``): an unquoted title cut there is a part of it, no title.
_TITLE_INNER_WORDS = frozenset(("dengan", "vs", "vs.", "versus", "tanpa"))


def _show_title_end(
    words: Sequence[str], start: int, quoted: bool, known: Container[int] = ()
) -> int:
    """Where the show's title opening at ``start`` ends: at its closing quote when
    ``quoted`` (a title of name words and small words, an apostrophe's ``s`` too: ``Let
    ’s Live a Good Life``), else after its last capitalised word, small words between
    (``Legend of the Blue Sea``); unquoted, before a date's word (``Goblin Sabtu``), a
    word in capitals (``Running Man SBS``, a channel's) or a known name starting at
    ``known`` (``Kopi Pagi Metro TV``). ``start`` when no title is there, or an unquoted
    one goes on after an inner lowercase word (``Ada Apa dengan Cinta``, see
    ``_TITLE_INNER_WORDS``)."""
    end, last = start, start
    while end < min(len(words), start + _LONGEST_SHOW_TITLE):
        word = words[end]
        if (
            not quoted
            and end > start
            and is_name_word(word)
            and (word.lower() in _DATE_LIKE_WORDS or _is_capitals(word) or end in known)
        ):
            break
        if is_name_word(word):
            last = end + 1
        elif quoted and word in QUOTES and end + 1 < len(words) and words[end + 1] == "s":
            end += 1  # an apostrophe inside the title
        elif word not in _SHOW_TITLE_SMALL_WORDS:
            break
        end += 1
    if quoted:
        return last if last == end and end < len(words) and words[end] in QUOTES else start
    if (
        last == end
        and end + 1 < len(words)
        and words[end] in _TITLE_INNER_WORDS
        and is_name_word(words[end + 1])
    ):
        return start
    return last


def _is_capitals(word: str) -> bool:
    """Whether a word is written in capitals, as a channel's name (``SBS``, ``KBS``), not
    a name's mixed case (``DeGeneres``)."""
    return len(word) > 1 and word.isupper()


def _is_show_title(
    words: Sequence[str],
    title: tuple[str, ...],
    start: int,
    cues: frozenset[tuple[str, ...]],
    quoted: bool,
    bodies: Container[int],
) -> bool:
    """Whether the ``title`` at ``start`` after one of ``cues`` is a show's: a word after
    an opening ``The`` (not a number, ``The 1975``); unquoted, never over a body or a
    place read in it (``drama Bank Century``) or opening with a place's head (``drama
    Kampung Pulo``, see ``_TITLED_PLACE_HEADS``), one word only in a sentence about a film
    or a series (see ``_WORK_CONTEXT_WORDS``); after ``acara`` or
    ``program`` only in a sentence about a broadcast, not ending as a body's or an
    event's name (see ``_BROADCAST_CONTEXT_WORDS``, ``_NON_SHOW_ENDS``). ``bodies``: the
    indexes of the line's organisations and places."""
    end = start + len(title)
    if not any(word[:1].isalpha() and word != "The" for word in title):
        return False
    if cues is _PROGRAMME_CUES:
        return title[-1].lower() not in (
            ORGANISATION_SUFFIXES | EVENT_ENDS | _NON_SHOW_ENDS
        ) and _in_context(words, start, end, _BROADCAST_CONTEXT_WORDS)
    if quoted:
        return True
    if words[start].lower() in _TITLED_PLACE_HEADS or any(
        index in bodies for index in range(start, end)
    ):
        return False
    return len(title) > 1 or _in_context(words, start, end, _WORK_CONTEXT_WORDS)


def _mark_show_titles(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A capitalised title right after a show's or a series' noun (``variety show`` ...,
    see ``_SHOW_NOUN_CUES``), maybe after its fame and channel (``populer tvN``), quoted
    after ``membintangi`` (see ``_STARRING_CUES``), or opening with ``The`` after
    ``acara`` or ``program`` (see ``_PROGRAMME_CUES``), is the work (see
    ``_is_show_title``), a product wherever the article writes it, over what the tagger
    read in it (``Youth Over Flowers`` an organisation), its small words too (``Legend of
    the Blue Sea``); the noun in lowercase or opening a sentence, not inside a name
    (``Film Drama Terbaik``), nor in a headline in title case, where the words after it
    are the headline's (a title found in the body is written there too); not a name the
    gazetteer knows, where the show comes from (``drama Korea``), nor a person unquoted,
    there or anywhere in the article (``drama Lee Min Ho``, the star's; ``sekuel terbaru
    James Bond``, the hero's), nor quoted where the article names the person unquoted
    (``membintangi " Kartini "``, a biopic, beside ``Kartini lahir``), nor one word
    unquoted read as a body or written in capitals, a channel's (``drama SBS``, ``drama
    tvN``), nor a channel or an origin (``drama TV``, see ``WORKS_ORIGINS``)."""
    at = _by_start(spans)
    persons = {span.words for span in spans if span.kind == "person"}
    persons_unquoted = {
        span.words
        for span in spans
        if span.kind == "person"
        and not (span.start > 0 and span.field.words[span.start - 1] in QUOTES)
    }
    known = {(id(span.field), span.start) for span in spans if span.entry is not None}
    titles: dict[str, list[tuple[str, ...]]] = {}
    for field in fields:
        words = field.words
        if field.name == "title" and is_headline_case(words):
            continue
        starts = {index for key, index in known if key == id(field)}
        bodies = _covered_in(
            field, (span for span in spans if span.kind in ("organisation", "place"))
        )
        for cues in (_SHOW_NOUN_CUES, _STARRING_CUES, _PROGRAMME_CUES):
            for start in _cue_ends(field, cues):
                quoted = words[start - 1] in QUOTES
                noun = start - 2 if quoted else start - 1
                if not (words[noun].islower() or _opens_sentence(words, noun)):
                    continue  # a name's or a category's word (``Film Drama Terbaik``)
                if not quoted and cues is _SHOW_NOUN_CUES:
                    while start < len(words) and words[start] in _SHOW_TITLE_OPENERS:
                        start += 1
                    if (
                        start + 1 < len(words)
                        and is_name_word(words[start])
                        and words[start + 1] in _OPENING_QUOTES | {"'"}
                    ):
                        start += 1  # the channel's one name word before the quoted title
                    if start < len(words) and words[start] in QUOTES:
                        start, quoted = start + 1, True
                    elif (
                        start + 1 < len(words)
                        and _is_capitals(words[start])
                        and is_name_word(words[start + 1])
                    ):
                        start += 1  # the channel's acronym before the title (``SBS Running Man``)
                if (
                    (not quoted and cues is _STARRING_CUES)
                    or start >= len(words)
                    or (cues is _PROGRAMME_CUES and words[start] != "The")
                ):
                    continue
                tagged = at.get((id(field), start))
                if tagged is not None and (
                    tagged.entry is not None or (tagged.kind == "person" and not quoted)
                ):
                    continue
                end = _show_title_end(words, start, quoted, starts)
                title = tuple(words[start:end])
                channel = (
                    not quoted
                    and len(title) == 1
                    and (
                        (tagged is not None and tagged.kind == "organisation")
                        or not title[0][1:].islower()
                    )
                )
                if (
                    title
                    and not channel
                    and tuple(word.lower() for word in title) not in WORKS_ORIGINS
                    and title not in (persons_unquoted if quoted else persons)
                    and _is_show_title(words, title, start, cues, quoted, bodies)
                ):
                    titles.setdefault(title[0].lower(), []).append(title)
    _write_products_whole(fields, spans, titles)


def _titles_named_as_persons(
    spans: Iterable[_Span], titles: set[tuple[str, ...]]
) -> set[tuple[str, ...]]:
    """The titles of two words or more that are a person's name the article also writes
    short, its last word alone read as a person (``Hayato Mizuguchi`` beside
    ``Mizuguchi``): a work named after its maker or its subject (``bertajuk "Hayato
    Mizuguchi: The Man ..."``, ``album Mirna Cyrano & Her ...``) leaves the person's other
    mentions the person's, as no work is named by a surname, but for a mention right after
    a work's noun (``sekuel film James Bond`` beside ``Bond``, see ``_follows_work_noun``).
    Not by a first name alone: a work named after its hero calls the hero by it (``Harry``
    beside ``novel Harry Potter``), and stays the work."""
    lone = {span.words[0] for span in spans if span.kind == "person" and len(span.words) == 1}
    return {title for title in titles if len(title) > 1 and title[-1] in lone}


#: Nouns of a work or a franchise right before a title named after its hero (``film
#: James Bond``, ``sekuel terbaru James Bond``), maybe with a word of its newness between.
_HERO_WORK_NOUNS = WORK_NOUNS | frozenset(("sekuel", "prekuel", "waralaba", "franchise"))
_HERO_WORK_OPENERS = frozenset(("terbaru", "baru", "terbarunya"))


def _follows_work_noun(words: Sequence[str], start: int) -> bool:
    """Whether a work's noun comes right before ``start``, maybe with ``terbaru`` between
    (``sekuel film James Bond``, ``Sekuel terbaru James Bond``): there a title that is a
    person's name (see ``_titles_named_as_persons``) is the work, whose hero the article
    calls by the surname elsewhere."""
    before = start - 1
    if before > 0 and words[before].lower() in _HERO_WORK_OPENERS:
        before -= 1
    return before >= 0 and words[before].lower() in _HERO_WORK_NOUNS


def _plays_character(
    span: _Span, characters: dict[int, list[int]], persons_end: set[tuple[int, int]]
) -> bool:
    """Whether a name the article also writes as a work's title stands for the work's
    character there: right after a role cue (``memerankan Dilan``, see
    ``_character_starts``) or a character's word (``karakter Dilan``, ``janda bernama
    Marlina``, see ``CHARACTER_WORDS``), or alone in parentheses after an actor in a cast
    (``Marsha Timothy (Marlina)``)."""
    words, start = span.field.words, span.start
    if start in characters.get(id(span.field), ()):
        return True
    before = start - 1
    if before >= 0 and words[before] in QUOTES:
        before -= 1
    if before >= 0 and words[before].lower() in CHARACTER_WORDS:
        return True
    return (
        before >= 0
        and words[before] == "("
        and span.end < len(words)
        and words[span.end] == ")"
        and (id(span.field), before) in persons_end
    )


def _run_titles_on(
    fields: Sequence[_Field], spans: list[_Span], titles: set[tuple[str, ...]]
) -> None:
    """A work's title after its noun (``film``, see ``WORK_NOUNS``; a title after
    ``bertajuk`` may be an event's) that runs on over its lowercase words (``Marlina si
    Pembunuh dalam Empat Babak``, ``Istirahatlah Kata - kata``; see ``_title_run_end``) is
    one product wherever the article writes it whole, over the names read in it
    (``Marlina`` alone, a person) and its words read as nothing; not over a known name,
    nor a name running out of it."""
    longer: dict[str, list[tuple[str, ...]]] = {}
    for title in titles:
        if any(w in TITLE_CONNECTORS or w.islower() for w in title[1:]):
            longer.setdefault(title[0].lower(), []).append(title)
    _write_products_whole(fields, spans, longer)


def _quote_follows(words: Sequence[str], comma: int) -> bool:
    """Whether a quoted title opens right after the comma at ``comma`` (``lagu Janet
    Jackson, "Together Again"``): the name before is the singer's, the title follows."""
    return comma + 1 < len(words) and words[comma + 1] in QUOTES


def _song_titles(
    field: _Field,
    spans: Sequence[_Span],
    persons: Container[str],
    musicians: Container[tuple[str, ...]],
) -> set[tuple[str, ...]]:
    """The names the tagger read as persons or organisations right after a song's noun
    (``lagu Swish Swish``, ``single hit Too Good at Goodbyes``, see ``SONG_NOUNS``): song
    titles, products wherever the article writes them; not a word of a person's full name
    (``lagu terbaru Perry``), a name after a counted or reduplicated noun (``10 lagu Muse``,
    ``lagu - lagu Mocca``) or a writer's trade (``penulis lagu Jim Vallance``), nor one
    before ``berjudul`` or a quoted title (``lagu Stormzy yang berjudul ...``, ``lagu Janet
    Jackson, "Together Again"``), the singer's, nor a name the
    article writes after a musician's cue (``milik Mocca``, see ``MUSICIAN_CUES``): the
    article's ``persons`` (see ``_full_name_ends``) and ``musicians``, found once."""
    words = field.words
    at = {span.start: span for span in spans if span.field is field}
    found = set()
    for noun in SONG_NOUNS:
        for index in field.positions.get(noun, ()):
            if not words[index].islower() and not _opens_sentence(words, index):
                continue
            start = index + 1
            while start < len(words) and words[start].lower() in SONG_TITLE_OPENERS:
                start += 1
            span = at.get(start)
            if (
                span is None
                or span.entry is not None
                or span.kind not in ("person", "organisation")
                or (
                    index > 0
                    and (
                        words[index - 1].lower() in SONG_WRITERS | SONG_COUNTS | NUMBER_WORDS
                        or _is_numeral(words[index - 1])
                    )
                )
                or (index > 1 and words[index - 1] in _DASHES and words[index - 2].lower() == noun)
                or (index + 1 < len(words) and words[index + 1] in _DASHES)
                or any(
                    (words[after].lower(),) in WORK_TITLE_CUES
                    for after in range(span.end, min(span.end + 2, len(words)))
                )
                or (words[span.end : span.end + 1] == (",",) and _quote_follows(words, span.end))
                or (len(span.words) == 1 and span.words[0] in persons)
                or span.words in musicians
            ):
                continue
            found.add(span.words)
    return found


#: A work's nouns as cues of the untagged title right after them (``lagu Senja Terakhir``).
_UNTAGGED_TITLE_CUES = frozenset((noun,) for noun in UNTAGGED_TITLE_NOUNS)
#: Words that title an event as often as a work (``bertajuk Asia Cup``, see
#: ``TITLING_CUES``), but a work's after the work's noun.
_EVENT_OR_WORK_TITLING = frozenset(("bertajuk", "bertitel"))
#: The most words between a work's noun and ``bertajuk`` (``album terbarunya bertajuk``).
_WORK_NOUN_REACH = 3


def _work_naming_cues(field: _Field) -> frozenset[tuple[str, ...]]:
    """The phrases in ``field`` that title a work where ``bertajuk`` alone may title an
    event: a work's lowercase noun (``QUOTED_WORK_NOUNS``), at most two words, then
    ``bertajuk`` (``album terbarunya bertajuk Magic Fingers``), so that the name after it,
    one the tagger read nothing in, is the work's title as after ``berjudul``."""
    words = field.words
    cues = set()
    for titling in _EVENT_OR_WORK_TITLING:
        for index in field.positions.get(titling, ()):
            nouns = [
                at
                for at in range(max(0, index - _WORK_NOUN_REACH), index)
                if words[at] in QUOTED_WORK_NOUNS
                or (words[at].lower() in QUOTED_WORK_NOUNS and _opens_sentence(words, at))
            ]
            if nouns:
                cues.add(tuple(word.lower() for word in words[nouns[-1] : index + 1]))
    return frozenset(cues)


def _mark_untagged_titles(
    field: _Field,
    spans: list[_Span],
    gazetteer: Gazetteer,
    persons: Container[str],
    cues: frozenset[tuple[str, ...]],
) -> None:
    """A capitalised name the tagger read nothing in, right after one of ``cues``: a
    work's lowercase noun (``lagu Senja Terakhir``, ``film Rumah Kaca``, see
    ``UNTAGGED_TITLE_NOUNS``) or a phrase that titles a work (``berjudul``, see
    ``TITLING_CUES``), is the work: on other IndoSum articles nine in ten such names after
    a noun were titles met once, where a singer or an actor there is read as a person, and
    all but a dance's after ``berjudul`` were a song's, an album's, a film's, an episode's
    or a game's. After a noun only in an article about works, which writes their nouns in
    three sentences or more (``_mark_works`` says): a title named in passing is left out,
    as the annotated corpora leave works out. Not a chart's (``tangga lagu
    Billboard``), nor where works come from (``film Tanah Air``, see ``WORKS_ORIGINS``),
    nor a capitalised noun inside a name (``Festival Film Indonesia``). An English title
    runs on over its small words (``film The Fault in Our Stars``). A title the article
    names elsewhere is left to the titles ``_mark_works`` retypes, so that it stays one
    name to find again (a second lone span of one word would part it); a word of a
    person's full name is that person's (``film Eastwood lain``, films by Clint
    Eastwood; ``persons``, see ``_full_name_ends``), a name the gazetteer ignores stays
    out (``lagu Indonesia Raya``), and so does a title a dot cuts, a lowercase word right
    after it (``berjudul Sha . la . la``)."""
    words = field.words
    taken = _covered_in(field, spans)
    named = {tuple(span.words) for span in spans}
    for start in _cue_ends(field, cues):
        noun = start - 2 if words[start - 1] in QUOTES else start - 1
        if start in taken or words[start - 1] in QUOTES:
            continue  # a quoted title is ``_quoted_titles``' own
        if not (words[noun].islower() or _opens_sentence(words, noun)):
            continue
        if _titles_no_work(words, start):
            continue
        title = _title_at(field, start, None)
        stop = start + len(title)
        while title and (joined := _english_title_joiners(field, stop)):
            if not (more := _title_at(field, stop + joined, None)):
                title = ()  # cut inside (``Chained to the Rhythm``): better no title
                break
            stop += joined + len(more)
            title = tuple(words[start:stop])
        if (
            not title
            or tuple(word.lower() for word in title) in WORKS_ORIGINS
            or taken.intersection(range(start, start + len(title)))
            or all(word.isupper() for word in title)
            or title in named
            or (len(title) == 1 and title[0] in persons)
            or gazetteer.is_ignored(" ".join(title))
            or (stop + 1 < len(words) and words[stop] == "." and words[stop + 1].islower())
        ):
            continue  # the last: a dot inside a title, no sentence's end (``Sha.la.la``)
        spans.append(_Span(field, start, start + len(title), "product", None))
        taken.update(range(start, start + len(title)))
        named.add(title)


#: English small words inside a title (``The Truth about Love``), and the most words
#: of them in a row (``Chained to the Rhythm``).
_ENGLISH_TITLE_JOINERS = TITLE_FUNCTION_WORDS | {"about"}
_LONGEST_TITLE_JOINERS = 3
#: The possessive as the tokeniser parts it (``It ' s Me``).
_ENGLISH_POSSESSIVE = ("'", "s")


def _english_title_joiners(field: _Field, index: int) -> int:
    """How many English small words (see ``_ENGLISH_TITLE_JOINERS``) or possessive tokens
    follow a title's capitalised run at ``index`` in the same line, or 0."""
    words, end = field.words, index
    while (
        end < len(words) and end - index < _LONGEST_TITLE_JOINERS and end not in field.line_starts
    ):
        if words[end] in _ENGLISH_TITLE_JOINERS:
            end += 1
        elif tuple(words[end : end + 2]) == _ENGLISH_POSSESSIVE:
            end += 2
        else:
            break
    return end - index


#: A work's or a song's noun before an untagged title in any article (``lagu One Last
#: Time``): untagged, the name after ``lagu`` is no singer (a singer is read as a person).
_PASSING_TITLE_CUES = _TITLE_NOUN_CUES | frozenset((noun,) for noun in SONG_NOUNS)


def _mark_titles_in_passing(
    field: _Field, spans: list[_Span], gazetteer: Gazetteer, persons: Container[str]
) -> None:
    """A title of two words or more the tagger read nothing in, right after ``film``,
    ``serial``, ``sinetron`` or ``novel`` (or one with its owner's ``-nya``), a play's
    ``lakon`` or a song's ``lagu``, is the work in an article not about works too (``film
    Kiamat Sudah Dekat``, ``lakon Abimanyu Ranjam``, ``lagu One Last Time``), as
    ``_mark_untagged_titles`` finds it; a one-word name there may be a maker's or a
    place's (``film Eastwood``), left to articles about works."""
    before = len(spans)
    _mark_untagged_titles(field, spans, gazetteer, persons, _PASSING_TITLE_CUES)
    spans[before:] = [span for span in spans[before:] if span.end - span.start > 1]


#: Words opening the list of works a noun before them counts (``tiga lagu baru, yaitu
#: ...``, ``lima album, yakni ...``).
_WORK_LIST_OPENERS = frozenset(("yaitu", "yakni"))
#: The most words between a song's or an album's noun and the list's opener (``lagu dari
#: album terbarunya yakni``).
_SONG_LIST_REACH = 6
#: Song and album nouns that count the works listed after ``yaitu`` (see ``SONG_NOUNS``).
_LISTED_WORK_NOUNS = SONG_NOUNS | frozenset(("album",))


def _song_list_items(words: Sequence[str], start: int) -> list[tuple[int, int]]:
    """The items of a list from ``start`` on, each a capitalised run, with an English
    title's small words between its names (``Shape of You``) and a year in parentheses
    after it left out, apart by commas and ``dan``; ends at the first word that is
    neither."""
    items: list[tuple[int, int]] = []
    index = start
    while index < len(words) and is_name_word(words[index]):
        end = index + 1
        while end < len(words):
            small = end
            while small < len(words) and words[small] in TITLE_FUNCTION_WORDS:
                small += 1
            if small == len(words) or not is_name_word(words[small]):
                break
            end = small + 1
        items.append((index, end))
        after = end
        if words[after : after + 1] == ("(",) and words[after + 2 : after + 3] == (")",):
            after += 3
        if words[after : after + 1] == (",",):
            after += 1
        if words[after : after + 1] == ("dan",):
            after += 1
        if after == end:
            break
        index = after
    return items


def _mark_listed_songs(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """Two titles or more listed after ``yaitu`` or ``yakni`` shortly after a song's or
    an album's noun in the same sentence (``tiga lagu baru, yaitu Tulus, Bulan, dan Tak
    Kan Melupakanmu``) are works, whatever the tagger read in them: on IndoSum articles
    all such lists after ``lagu`` or ``album`` were titles, where after ``film`` a list
    as often names stars or studios. A name the gazetteer knows stays itself, and one it
    ignores stays out (``lagu kebangsaan, yaitu Indonesia Raya``)."""
    words = field.words
    openers: list[int] = []
    for opener in _WORK_LIST_OPENERS:
        for index in field.positions.get(opener, ()):
            reach = range(index - 1, max(-1, index - 1 - _SONG_LIST_REACH), -1)
            for before in reach:
                if words[before] in _SENTENCE_ENDS or words[before] in _LISTED_WORK_NOUNS:
                    break
            else:
                continue
            if words[before] not in _LISTED_WORK_NOUNS or _breaks_line(field, index + 1):
                continue
            openers.append(index)
    _mark_listed_products(field, spans, gazetteer, openers)


def _mark_listed_products(
    field: _Field, spans: list[_Span], gazetteer: Gazetteer, openers: Iterable[int]
) -> None:
    """The two titles or more listed right after each opener at ``openers`` are products
    (see ``_song_list_items``), whatever the tagger read in them; a name the gazetteer knows
    stays itself, one it ignores stays out: one home for the lists of works and games."""
    words = field.words
    at: _SpansAt | None = None  # built once, at the field's first list
    removed: set[int] = set()
    for index in openers:
        items = _song_list_items(words, index + 1)
        if len(items) < 2:
            continue
        if at is None:
            at = _SpansAt(span for span in spans if span.field is field)
        for start, end in items:
            over = at.over(start, end)
            if any(span.entry is not None for span in over):
                continue
            if gazetteer.is_ignored(" ".join(words[start:end])):
                continue
            if any(span.start == start and span.end == end for span in over):
                for span in over:
                    span.kind = "product"
                continue
            _replace_with_product(field, spans, at, removed, start, end)
    _drop_removed(spans, removed)


#: Nouns of video games before a list of their titles (``game legendaris, seperti ...``).
_GAME_NOUNS = frozenset(("game", "games", "gim"))
#: Nouns a game's noun qualifies, the list then naming people or companies (``pemain
#: game itu, seperti ...``, ``pengembang game seperti ...``).
_GAME_PEOPLE_AND_MAKERS = frozenset(
    (
        "pemain",
        "gamer",
        "atlet",
        "tim",
        "pecinta",
        "penggemar",
        "pengembang",
        "developer",
        "perusahaan",
        "studio",
        "penerbit",
        "publisher",
        "produsen",
        "pembuat",
    )
)
#: Words opening the list of games a noun before them counts.
_GAME_LIST_OPENERS = frozenset(("seperti", "yaitu", "yakni"))


def _mark_listed_games(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """Two titles or more listed after ``seperti``, ``yaitu`` or ``yakni`` shortly after a
    game's noun in the same clause (``game legendaris pun dirilis, seperti Super Mario, The
    Legend of Zelda dan Mario Kart``) are games, products, whatever the tagger read in them.
    A comma only right before the opener: one further back ends the clause (``game BMX,
    brand seperti Red Bull``, brands). A name the gazetteer knows stays itself (``game
    seperti Nintendo dan Sony``), and one it ignores stays out."""
    words = field.words
    openers: list[int] = []
    for opener in _GAME_LIST_OPENERS:
        for index in field.positions.get(opener, ()):
            before = index - 1 if words[index - 1 : index] == (",",) else index
            reach = range(before - 1, max(-1, before - 1 - _SONG_LIST_REACH), -1)
            nouns = [i for i in _clause_back(words, reach) if words[i].lower() in _GAME_NOUNS]
            if not nouns or _word_at(words, nouns[0] - 1).lower() in _GAME_PEOPLE_AND_MAKERS:
                continue
            if not _breaks_line(field, index + 1):
                openers.append(index)
    _mark_listed_products(field, spans, gazetteer, openers)


#: Prepositions that open a phrase whose noun the list may count instead of the game's
#: (``game bersama teman seperti ...``, friends).
_PHRASE_PREPOSITIONS = frozenset(("bersama", "dengan", "oleh", "dari", "untuk", "bagi", "di", "ke"))


def _clause_back(words: Sequence[str], reach: Iterable[int]) -> Iterator[int]:
    """The indices of ``reach``, going back, up to a comma, a sentence's end or a
    preposition (``_PHRASE_PREPOSITIONS``)."""
    for index in reach:
        word = words[index]
        if word == "," or word in _SENTENCE_ENDS or word.lower() in _PHRASE_PREPOSITIONS:
            return
        yield index


def _executives_companies(field: _Field, spans: Sequence[_Span]) -> dict[int, _Span | None]:
    """The one-word companies between a head's title and the head's name (``CEO Touchten
    Anton Soeharyo``, see ``EXECUTIVE_TITLES``), by index, each with the person the tagger
    ran it into (``Touchten Anton Soeharyo``, when the rest alone reads as one person), if
    any: untagged there or read as a one-word name, with a person of two words or more
    right after it."""
    words = field.words
    starts: dict[int, _Span] = {}
    lengths: dict[int, int] = {}
    for span in spans:
        if span.field is field:
            for index in span.indices():
                lengths[index] = max(lengths.get(index, 0), span.end - span.start)
            starts[span.start] = span
    found: dict[int, _Span | None] = {}
    for title in EXECUTIVE_TITLES:
        for company in (index + 1 for index in field.positions.get(title, ())):
            if company + 1 >= len(words) or not is_name_word(words[company]):
                continue
            if words[company].lower() in NEVER_ENTITIES:
                continue
            person = starts.get(company + 1)
            if lengths.get(company, 1) == 1 and person is not None and person.kind == "person":
                if len(person.words) >= _SHORTEST_HOLDER:
                    found[company] = None
                continue
            run_on = starts.get(company)
            if (
                run_on is not None
                and run_on.kind == "person"
                and run_on.entry is None
                and len(run_on.words) > _SHORTEST_HOLDER
                and _reads_as_one_person(run_on.words[1:])
            ):
                found[company] = run_on
    return found


def _mark_executives_companies(field: _Field, spans: list[_Span]) -> None:
    """The company between a head's title and name is an organisation (``CEO BlackGarlic
    Michael Saputra``, see ``_executives_companies``): added where the tagger read nothing,
    retyped where it read a one-word name, parted from the person it ran into."""
    at = {span.start: span for span in spans if span.field is field}
    for index, run_on in _executives_companies(field, spans).items():
        span = at.get(index)
        if run_on is not None:
            run_on.start += 1
            spans.append(_Span(field, index, index + 1, "organisation", None))
        elif span is None:
            spans.append(_Span(field, index, index + 1, "organisation", None))
        elif span.entry is None:
            span.kind = "organisation"


_LONGEST_DESCRIPTION = 3


#: Words between an organisation's description and its origin (``band legendaris di
#: Indonesia, Slank``, ``perusahaan pengiriman dari Denmark, Maersk``).
_ORIGIN_WORDS = frozenset({"asal", "dari", "di"})
#: The most words of a name in apposition that closes its clause (see
#: ``_closes_apposition``).
_LONGEST_APPOSED_NAME = 4


def _origin_appositions(
    field: _Field, places: Mapping[int, int], cue_ends: Sequence[int]
) -> list[int]:
    """Starts of the names written after an organisation cue and its origin, past a comma
    (``perusahaan konstruksi asal Swedia, Vipp``, ``band rock asal Amerika Serikat, Linkin
    Park``): up to three lowercase words after the cue, ``asal``, a known place. The name
    is the company or the band, as ``penyanyi asal Kanada, Celine Dion`` names a singer.
    After a noun for what the organisation is (``ORIGIN_NOUNS``) the origin may come without
    ``asal`` and the name right after it (``marketplace fesyen Asia Tenggara Zilingo``), or
    after a comma where the origin follows the noun (``perusahaan Swiss, Cotecna``).
    With ``dari`` or ``di`` before the origin, or none after such a noun, the name after
    the comma must close its clause (``band legendaris di Indonesia, Slank.``,
    ``perusahaan minyak Rusia, Rosneft,``): a comma after a place more often opens a new
    clause, its subject a person (``pabrik di Bekasi, Ahmad mengaku``). A cue after a
    person's tie to it (``pemilik perusahaan di Bekasi, Ahmad Yani,``, see
    ``TIED_PERSON_NOUNS``) names a person.
    ``places`` maps the starts of the field's known places to their ends (see
    ``_known_places``)."""
    words = field.words
    starts = []
    for end in cue_ends:
        origin = end
        while (
            origin - end < _LONGEST_DESCRIPTION and origin < len(words) and words[origin].islower()
        ):
            if words[origin] in _ORIGIN_WORDS:
                break
            origin += 1
        if end > 1 and words[end - 2].lower() in TIED_PERSON_NOUNS:
            continue  # karyawan perusahaan dari Jepang, Hiroshi Tanaka: the person's
        noun = words[end - 1].lower() in ORIGIN_NOUNS
        if origin < len(words) and words[origin] in _ORIGIN_WORDS and origin + 1 in places:
            comma = places[origin + 1]
            if (
                comma + 1 < len(words)
                and words[comma] == ","
                and (words[origin] == "asal" or _closes_apposition(words, comma + 1))
            ):
                starts.append(comma + 1)
                continue
            if words[origin] == "asal":
                continue
            origin += 1  # di, dari: read on as an origin written without them
        if origin in places and noun:
            name = places[origin]  # no asal, no comma: band Inggris Coldplay
            if origin == end and words[name : name + 1] == (",",):
                name += 1  # the origin right after the noun, then a comma: perusahaan Swiss, X
            if name < len(words) and _is_name_word_at(words, name):
                starts.append(name)
            elif name < len(words) and words[name] == "," and _closes_apposition(words, name + 1):
                starts.append(name + 1)
    return starts


def _closes_apposition(words: Sequence[str], start: int) -> bool:
    """Whether a capitalised name of a few words starts at ``start`` and a full stop, a
    comma or a semicolon (or the text's end) comes right after it."""
    end = start
    while end < min(len(words), start + _LONGEST_APPOSED_NAME) and _is_name_word_at(words, end):
        end += 1
    return end > start and (end == len(words) or words[end] in {".", ",", ";"})


def _known_places(field: _Field, spans: Sequence[_Span]) -> dict[int, int]:
    """The starts of the known places of ``field`` mapped to their ends."""
    return {
        span.start: span.end
        for span in spans
        if span.field is field and span.entry is not None and span.kind == "place"
    }


#: (kind read, kind cued) pairs a cue settles: a person is anything cued, a place only
#: an organisation (``di`` before a town read as a place says nothing new).
_CUED_RETYPES = frozenset(
    {("person", "place"), ("person", "organisation"), ("place", "organisation")}
)


def _part_names_from_known_places(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A place the tagger ran from a known place into a name the article writes alone
    elsewhere, after no other name word (``Asia Tenggara Zilingo`` beside ``Zilingo
    mengumumkan``; not ``Bogor Tengah`` written twice) is the place and
    that name apart: the region said where the company works. So is a place after ``asal``
    run into a name the tagger reads alone as a person's (``Gelandang asal Brasil
    Fernandinho``): news writes where someone comes from before the name, and a lone
    sentence names them nowhere else; a place's own last word stays (``asal Malang
    Raya``). After an organisation's cue and its origin (``marketplace fesyen Asia
    Tenggara``, see ``_origin_appositions``) the name is the organisation; else it is what
    the tagger reads it as alone, if anything."""

    def alone(rest: tuple[str, ...]) -> bool:
        """Whether the text writes ``rest`` not right after another name word: looked up
        where its first word stands, not gathered at every word of the article (its
        whole time) for the few places that grew this way."""
        return any(
            field.words[start : start + len(rest)] == rest
            and (start == 0 or not is_name_word(field.words[start - 1]))
            for field in fields
            for start in field.positions.get(rest[0].lower(), ())
        )

    origins: dict[int, tuple[dict[int, int], list[int]]] = {}
    longest: dict[int, int] = {}  # the longest known place of a field, words
    for index, span in enumerate(spans):
        grown = span.grown_from
        if (
            span.kind != "place"
            or span.entry is not None
            or grown is None
            or grown.entry.kind != "place"
            or grown.start != span.start
            or not 0 < span.end - grown.end <= 2
        ):
            continue
        words = span.field.words
        rest = tuple(words[grown.end : span.end])
        if not all(map(is_name_word, rest)):
            continue
        if not alone(rest) and not (
            words[span.start - 1 : span.start] == ("asal",) and _reads_as_one_person(rest)
        ):
            continue
        spans[index] = _Span(span.field, grown.start, grown.end, "place", grown.entry)
        if id(span.field) not in origins:  # once a field: not for each place parted
            places = _known_places(span.field, spans)
            origins[id(span.field)] = (places, _cue_ends(span.field, ORGANISATION_CUES))
            longest[id(span.field)] = max((end - at for at, end in places.items()), default=0)
        places, cue_ends = origins[id(span.field)]
        places[grown.start] = grown.end
        longest[id(span.field)] = max(longest[id(span.field)], grown.end - grown.start)
        # Only a cue before a known place ending here (or at a comma here) can name what
        # follows: up to the description, ``asal`` and the place's words before it.
        reach = longest[id(span.field)] + _LONGEST_DESCRIPTION + 2
        low = bisect.bisect_left(cue_ends, grown.end - reach)
        near = cue_ends[low : bisect.bisect_left(cue_ends, grown.end, low)]
        cued = grown.end in _origin_appositions(span.field, places, near)
        kind = "organisation" if cued else _read_alone(rest)
        if kind is not None:
            spans.append(_Span(span.field, grown.end, span.end, kind, None))


def _follows_boarding_school_head(words: Sequence[str], start: int) -> bool:
    """Whether the name at ``start`` comes right after a boarding school's head, or after
    the head and the short form in parentheses (``Pondok Pesantren (Ponpes) Darul
    Hikmah``; see ``BOARDING_SCHOOL_HEADS``)."""
    before = start - 1
    if before >= 3 and words[before] == ")" and words[before - 2] == "(":
        before -= 3
    return before >= 0 and words[before].lower() in BOARDING_SCHOOL_HEADS


def _retype_cued_persons(fields: Sequence[_Field], spans: Sequence[_Span]) -> None:
    """A name read as a person that the article writes right after ``startup``,
    ``perusahaan`` or ``pengguna`` (see ``ORGANISATION_CUES``), or alone right before
    ``didirikan`` (not ``Keluarga Date didirikan``, a clan the tagger cut short) or before a
    comma and ``organisasi`` (``Srikandi, organisasi nirlaba``), is an organisation in every
    mention; one right after ``di`` or ``kota`` (see ``PLACE_CUES``) is a place, and so is
    one after such a place and a comma, before a comma or a full stop (``di Great
    Bookham, Surrey,``: the next part of an address; a clause's subject there goes on
    with a verb, ``di Bandung, Ridwan mengatakan``). The cue is lowercase, no word of a
    name, and the name has no lowercase word (``di Minamoto no Yoritomo`` is a person's);
    the name after it may be written in capitals (``kepengurusan PARFI`` names ``Parfi``).
    An unknown company or town is often read as a person wherever it stands alone
    (``Synchro hadir menawarkan ...``), and one cue settles what it is, tagged there or
    not. An unknown one-word place is as often a band or a startup the tagger read as a
    town (``band Larasuara``, ``Panenraya didirikan``): an organisation cue makes it one
    too. So does a boarding school's head right before the name (``Ponpes Darul Hikmah``,
    see ``_follows_boarding_school_head``), and a copula and a company's noun after it
    (``Payfazz merupakan sebuah layanan keuangan``, see ``_defined_as_organisation``), which
    also settles a one-word organisation the tagger read in some mentions only: one name,
    repeated where untagged."""
    organisations = {
        span.words
        for span in spans
        if span.kind == "organisation" and span.entry is None and len(span.words) == 1
    }
    persons = {
        span.words
        for span in spans
        if span.kind == "person" and span.entry is None and all(map(is_name_word, span.words))
    }
    places = {
        span.words
        for span in spans
        if span.kind == "place" and span.entry is None and len(span.words) == 1
    }
    apposed = {
        (id(field), start)
        for field in fields
        for start in (
            *_origin_appositions(
                field, _known_places(field, spans), _cue_ends(field, ORGANISATION_CUES)
            ),
            *_executives_companies(field, spans),
        )
    }
    settled = {  # marked there already (``_mark_executives_companies``): linked below
        span.words
        for span in spans
        if span.kind == "organisation"
        and span.entry is None
        and (id(span.field), span.start) in apposed
    }
    if not persons and not places and not settled and not organisations:
        return
    cued: dict[tuple[int, int], str] = {}
    for cues, kind in ((PLACE_CUES, "place"), (ORGANISATION_CUES, "organisation")):
        cued.update({(id(field), end): kind for field in fields for end in _cue_ends(field, cues)})
    addressed = _address_parts(spans, cued)
    states = {(id(field), end) for field in fields for end in _cue_ends(field, STATE_CUES)}
    kinds: dict[tuple[str, ...], str] = {}
    read_apart = persons | places | settled
    folded = {name: [word.casefold() for word in name] for name in read_apart | organisations}
    for field in fields:
        words = field.words
        for name in folded:
            for start in field.positions.get(name[0].lower(), ()):
                end = start + len(name)
                if [word.casefold() for word in words[start:end]] != folded[name]:
                    continue
                if _defined_as_organisation(words, start, end):
                    kinds.setdefault(name, "organisation")
                if name not in read_apart:
                    continue  # an organisation already: only a definition settles it
                after_cue = start > 0 and words[start - 1].islower()
                found = cued.get((id(field), start)) if after_cue else None
                if (id(field), start) in states and _runs_into_person(name):
                    found = None
                if (id(field), start) in addressed and words[end : end + 1] in ((",",), (".",)):
                    found = "place"
                if (id(field), start) in apposed:
                    found = "organisation"
                alone = start == 0 or not is_name_word(words[start - 1])
                if alone and end < len(words) and words[end] in ORGANISATION_FOLLOWERS:
                    found = "organisation"
                if words[end : end + 1] == (",",) and _apposes_organisation(words, end + 1):
                    found = "organisation"
                if _follows_boarding_school_head(words, start):
                    found = "organisation"
                if found is not None:
                    kinds.setdefault(name, found)
    anchors: dict[tuple[str, ...], _Span] = {}
    for span in spans:
        cued_kind = kinds.get(span.words) if span.entry is None else None
        if cued_kind is not None and (span.kind, cued_kind) in _CUED_RETYPES:
            span.kind = cued_kind
        if cued_kind != "organisation" or span.kind != cued_kind:
            continue  # ``di`` before a product or a company says too little to spread
        anchor = anchors.setdefault(span.words, span)
        if anchor is not span and span.target is None:
            span.target = anchor  # settled once: one name, repeated where untagged


#: The most words of a state's name after ``negara bagian`` (``Uttar Pradesh``).
_LONGEST_STATE_NAME = 2


def _runs_into_person(name: Sequence[str]) -> bool:
    """Whether a name after a state's cue (``STATE_CUES``) is longer than a state's and
    reads alone as a person's: the state and the person after it run together
    (``negara bagian Bavaria Joachim Herrmann``), no one place."""
    return len(name) > _LONGEST_STATE_NAME and _reads_as_one_person(name)


def _mark_names_defined_as_organisations(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """A one-word name no span covers right before a copula and a company's noun
    (``TransferTo adalah perusahaan``, see ``_defined_as_organisation``) is an
    organisation: the tagger often leaves out an unknown startup opening a sentence. Not a
    word the news writes in lowercase (``Ini adalah perusahaan``) nor the end of a longer
    name."""
    covered = _covered(spans)
    for field in fields:
        words = field.words
        for copula in COPULAS:
            for end in field.positions.get(copula, ()):
                start = end - 1
                word = words[start] if start >= 0 else ""
                folded = word.lower()
                if (
                    not word.isalpha()
                    or not is_name_word(word)
                    or (id(field), start) in covered
                    or (start > 0 and is_name_word(words[start - 1]))
                    or folded in NEVER_ENTITIES
                    or _is_common_word(folded)
                    or _mostly_lowercase(folded)
                    or not _defined_as_organisation(words, start, end)
                ):
                    continue
                spans.append(_Span(field, start, end, "organisation", None))


#: Words between a copula and the noun defining a name (``Payfazz merupakan sebuah
#: layanan``, ``adalah salah satu perusahaan``).
_DEFINITION_FILLERS = frozenset({"sebuah", "salah", "satu", "suatu"})


#: The most lowercase words between ``yang`` and the name a relative clause's verb takes
#: (``yang memproduksi X``, ``yang dibuat oleh X``).
_LONGEST_RELATIVE_VERB = 2


def _ends_relative_clause(words: Sequence[str], start: int) -> bool:
    """Whether the name at ``start`` closes a relative clause, a verb's object or agent
    after ``yang`` (``yang memproduksi Printomatic adalah perusahaan``): the copula then
    defines what the clause names, not that name."""
    index = start - 1
    while index >= 0 and start - index <= _LONGEST_RELATIVE_VERB and words[index].islower():
        if index > 0 and words[index - 1].lower() == "yang":
            return True
        index -= 1
    return False


def _defined_as_organisation(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is defined as an organisation right after it: a
    copula, maybe ``sebuah``, then a company's or a body's noun (``merupakan sebuah layanan
    keuangan``, ``adalah perusahaan``; see ``DEFINING_NOUNS``); not where the name ends a
    relative clause (``_ends_relative_clause``)."""
    if end >= len(words) or words[end] not in COPULAS or _ends_relative_clause(words, start):
        return False
    index = end + 1
    while index < len(words) and words[index] in _DEFINITION_FILLERS:
        index += 1
    return index < len(words) and words[index] in DEFINING_NOUNS


def _address_parts(
    spans: Sequence[_Span], cued: dict[tuple[int, int], str]
) -> set[tuple[int, int]]:
    """Where the next part of an address starts (field id, token): right after a place
    cued by ``di`` (see ``PLACE_CUES``) and its comma, as news writes a town, then its
    county or state (``di Great Bookham, Surrey, dekat ...``, ``di Sleman, Yogyakarta.``)."""
    return {
        (id(span.field), span.end + 1)
        for span in spans
        if span.kind == "place"
        and cued.get((id(span.field), span.start)) == "place"
        and span.field.words[span.end : span.end + 1] == (",",)
    }


#: Articles an apposition may open with (``X, sebuah lembaga konsultan``).
_APPOSITION_ARTICLES = frozenset(("sebuah", "suatu"))


def _apposes_organisation(words: Sequence[str], index: int) -> bool:
    """Whether an apposition at ``index``, after a name and its comma, says the name is an
    organisation (``Srikandi, organisasi nirlaba``, ``Pulse Asia, sebuah lembaga survei``;
    see ``ORGANISATION_APPOSITIVES``)."""
    if index < len(words) and words[index] in _APPOSITION_ARTICLES:
        index += 1
    return index < len(words) and words[index] in ORGANISATION_APPOSITIVES


def _title_at(field: _Field, start: int, tagged: _Span | None) -> tuple[str, ...]:
    """The words of the work's title starting at ``start``: the name ``tagged`` there,
    else the capitalised run; none if that is a place, a name the gazetteer knows, or the
    maker of a work named after it (``Adam Sandler berjudul``)."""
    words = field.words
    if tagged is not None:
        if tagged.entry is not None or tagged.kind == "place":
            return ()
        end = tagged.end
    else:
        end = start
        while end < len(words) and is_name_word(words[end]):
            end += 1
        trimmed = trim_name(words, start, end)
        if trimmed is None or trimmed[0] != start:
            return ()
        end = trimmed[1]
    if end < len(words) and (words[end].lower(),) in WORK_TITLE_CUES:
        return ()
    return tuple(words[start : _title_run_end(field, end)])


#: The most words a work's title runs on over its lowercase words (``si Pembunuh dalam
#: Empat Babak``).
_LONGEST_TITLE_RUN = 6


def _title_run_end(field: _Field, end: int) -> int:
    """Where a work's title read up to ``end`` ends: on over a reduplicated word's
    lowercase half (``Istirahatlah Kata - kata``) and over lowercase words inside the title
    (``Surat Kecil untuk Tuhan``, see ``TITLE_CONNECTORS``) each followed by capitalised
    words, with an English title's small words between them (``Life is Full of ...``), at
    most six words further, on one line."""
    words, stop = field.words, end
    connected = False
    while stop < len(words) and stop - end < _LONGEST_TITLE_RUN:
        word = words[stop]
        if (
            word in _DASHES
            and stop + 1 < len(words)
            and words[stop + 1].islower()
            and words[stop + 1] == words[stop - 1].lower()
            and field.line_starts.isdisjoint((stop, stop + 1))
        ):
            stop += 2
            continue
        if not (word in TITLE_CONNECTORS or (connected and word in TITLE_LATER_CONNECTORS)) or not (
            stop + 1 < len(words) and is_name_word(words[stop + 1])
        ):
            break
        after = stop + 1
        while after < len(words) and after - end < _LONGEST_TITLE_RUN:
            if not is_name_word(words[after]) and not (
                words[after] in TITLE_FUNCTION_WORDS
                and after + 1 < len(words)
                and is_name_word(words[after + 1])
            ):
                break
            after += 1
        if not field.line_starts.isdisjoint(range(stop, after)):
            break
        stop, connected = after, True
    return stop


def _mark_sources(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A name right after ``dilansir``, ``dikutip dari`` or ``Sumber:`` is the medium the
    news was taken from (``dilansir Ace Showbiz``, ``melansir Antara``), an organisation
    whatever the tagger read in it (often a person or a place), as is one after
    ``mengutip`` that reads as a medium quoted (see ``_quoted_media``); one after ``disapa`` is
    what a person is called (``akrab disapa Ajun``), one after ``asuhan`` a team's coach
    (``skuat asuhan Julen Lopetegui``), one after ``aktris`` a performer (``aktris
    Charlize Theron``; a place there is where they are from, and a name the tagger left
    out must read as a person's: ``aktor Hollywood``)."""
    quoted = _quoted_media(field, spans, gazetteer)
    sources = [  # dilansir dari the Hollywood Reporter: ``the`` is no part of the name
        end + (_word_at(field.words, end) == "the" and end + 1 < len(field.words))
        for end in _cue_ends(field, SOURCE_CUES)
    ]
    _mark_named_after(field, spans, gazetteer, sorted(sources + quoted), "organisation")
    _mark_named_after(
        field, spans, gazetteer, _second_sources(field, spans, sources), "organisation"
    )
    _mark_named_after(field, spans, gazetteer, _cue_ends(field, CALLED_CUES), "person")
    _mark_named_after(field, spans, gazetteer, _cue_ends(field, COACH_CUES), "person")
    places = {span.start for span in spans if span.field is field and span.kind == "place"}
    performers = [end for end in _cue_ends(field, PERFORMER_CUES) if end not in places]
    _mark_named_after(
        field, spans, gazetteer, performers, "person", add_untagged=_reads_as_one_person
    )
    known = {span.start for span in spans if span.field is field and span.entry is not None}
    ranked = [
        start
        for start in _world_ranking_ends(field)
        if start not in known and _reads_as_one_person(_name_words_at(field.words, start))
    ]
    _mark_named_after(field, spans, gazetteer, ranked, "person")


def _quoted_media(field: _Field, spans: Sequence[_Span], gazetteer: Gazetteer) -> list[int]:
    """Starts of the names after a verb that quotes a medium or a person (``mengutip``,
    ``dikutip``, ``dilansir oleh``, see ``QUOTING_CUES``) that are the medium quoted: a
    name running to a comma, a full stop or the line's end (``Mengutip Lonely Planet,
    ...``; not ``mengutip Surat Al Maidah Ayat 51 di ...``) that the tagger read whole as an
    organisation or a place, or, read as nothing, that reads as a medium (see
    ``_reads_as_quoted_medium``). Not a person (``mengutip Trump``, ``dilansir oleh Budi
    Santoso,``), a text (``mengutip Pasal 156a KUHP,``, see ``TEXT_OPENERS``), nor a
    stretch that a name read inside it cuts (``Channel News`` + ``Asia``, ``Kapusdatin`` +
    ``BNPB``): a half is no name, unless a known organisation's (``Antara`` + ``Kupang``).
    Never in a title, where every word is capitalised and the title's end closes any name
    (``Pidato Jokowi Dikutip Warganet``, ``Anies Mengutip Bung Tomo``)."""
    if field.name == "title":
        return []
    words = field.words
    tagged = {span.start: span for span in spans if span.field is field}
    covered = {index for span in tagged.values() for index in range(span.start, span.end)}
    starts = []
    line_starts = field.line_starts
    for start in _cue_ends(field, QUOTING_CUES):
        end = start  # the stretch ``_mark_named_after`` reads: not past a line's end
        while (
            end < len(words)
            and is_name_word(words[end])
            and (end == start or end not in line_starts)
        ):
            end += 1
        if (
            end == start
            or not (_word_at(words, end) in (",", ".") or _breaks_line(field, end))
            or words[start].lower() in TEXT_OPENERS
        ):
            continue
        span = tagged.get(start)
        if span is not None:
            if span.end == end and span.kind in ("organisation", "place"):
                starts.append(start)
        else:
            cut = next((index for index in range(start, end) if index in covered), end)
            if cut == end and _reads_as_quoted_medium(words, start, end, gazetteer):
                starts.append(start)
            elif start < cut < end and _names_known_organisation(words[start:cut], gazetteer):
                starts.append(start)  # a medium's bureau: dikutip Antara Kupang,
    return starts


def _names_known_organisation(name: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether ``name`` is a known organisation's name, alias or short form, also written
    in capitals (``Antara``, ``ANTARA``)."""
    surface = " ".join(name)
    known = gazetteer.lookup(surface) or gazetteer.short_form_owner(surface)
    if known is None and surface.isupper():
        known = gazetteer.short_form_owner(surface.title())
    return known is not None and known.kind == "organisation"


def _reads_as_quoted_medium(
    words: Sequence[str], start: int, end: int, gazetteer: Gazetteer
) -> bool:
    """Whether the untagged name ``words[start:end]`` after a quoting verb is a medium: one
    shaped as a medium's (``The Hollywood Reporter``, ``Detik.com``, ``Kyodo News``, see
    ``MEDIUM_ENDS``) or a known organisation's name (``Antara``, ``ANTARA``). Any other name
    quoted is as often a work, a thinker or a generic noun (``Mengutip Laskar Pelangi,``,
    ``dikutip Socrates,``, ``dikutip Warganet,``) as a medium the gazetteer does not know."""
    name = words[start:end]
    last = name[-1]
    if name[0] == "The" or "." in last or last.lower() in MEDIUM_ENDS:
        return True
    return _names_known_organisation(name, gazetteer)


#: Nouns for a newspaper or a magazine, written in lowercase before its name (``harian
#: Yediot Ahronot``, ``majalah Ekspress``, ``surat kabar Haaretz``).
_PRESS_CUES: frozenset[tuple[str, ...]] = frozenset(
    tuple(cue.split()) for cue in ("harian", "koran", "majalah", "tabloid", "surat kabar")
)


def _mark_press(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A name right after a newspaper's or a magazine's noun in lowercase is that medium,
    an organisation, whatever the tagger read there (often a person) or where it read
    nothing, unless that is an acronym: ``harian`` may be daily (``kuota harian BBM``);
    not after the noun capitalised, which is a title's (``Ketua Harian``)."""
    words = field.words
    starts = [end for end in _cue_ends(field, _PRESS_CUES) if words[end - 1].islower()]
    _mark_named_after(field, spans, gazetteer, starts, "organisation", add_untagged=_is_no_acronym)
    _extend_press_over_particles(field, spans, starts)


#: Lowercase particles inside a foreign name (``du``, ``van``, ``al``, ``bin``).
_FOREIGN_NAME_PARTICLES = SURNAME_PARTICLES | NAME_PARTICLES | PERSON_NAME_LINKS


def _extend_press_over_particles(field: _Field, spans: list[_Span], starts: Sequence[int]) -> None:
    """A medium's name after its noun runs on over a lowercase particle of a foreign name
    and the capitalised words after it (``koran Journal du Dimanche``, ``harian Gazet van
    Antwerpen``), over what the tagger read there: it stopped at the particle
    (``Journal`` alone). Not over a word the news writes only in lowercase (``majalah GQ
    di Tate Modern``: ``di`` is there the preposition)."""
    words, lines, lexicon = field.words, field.line_starts, packaged_lexicon()
    by_start = {span.start: span for span in spans if span.field is field}
    removed: set[int] = set()
    for start in starts:
        span = by_start.get(start)
        if span is None or span.entry is not None or span.kind != "organisation":
            continue
        end = span.end
        while (
            end + 1 < len(words)
            and words[end] in _FOREIGN_NAME_PARTICLES
            and getattr(lexicon.get(words[end]), "cap", "") != "0"  # not ``di`` (at)
            and is_name_word(words[end + 1])
            and lines.isdisjoint((end, end + 1))
        ):
            end += 2
            while end < len(words) and is_name_word(words[end]) and end not in lines:
                end += 1
        for index in range(span.end, end):
            inside = by_start.get(index)
            if inside is not None and inside is not span:
                removed.add(id(inside))
                end = max(end, inside.end)
        span.end = end
    _drop_removed(spans, removed)


def _is_no_acronym(words: Sequence[str]) -> bool:
    """Whether a name's words are not all capitals (``BBM``)."""
    return not all(word.isupper() for word in words)


def _world_ranking_ends(field: _Field) -> list[int]:
    """Indexes right after a world ranking (``peringkat 12 dunia``, ``nomor satu dunia``,
    see ``WORLD_RANKING_CUES``), where the ranked athlete's name follows on the same line."""
    words, ends = field.words, []
    for index in field.positions.get("dunia", ()):
        number = words[index - 1] if index > 1 else ""
        if (
            words[index] == "dunia"
            and index > 1
            and words[index - 2].lower() in WORLD_RANKING_CUES
            and (number.isdigit() or number.lower() in RANK_NUMBER_WORDS)
            and index + 1 < len(words)
            and not _breaks_line(field, index + 1)
        ):
            ends.append(index + 1)
    return ends


def _name_words_at(words: Sequence[str], start: int) -> Sequence[str]:
    """The capitalised name words from ``start`` on."""
    end = start
    while end < len(words) and is_name_word(words[end]):
        end += 1
    return words[start:end]


def _second_sources(field: _Field, spans: Sequence[_Span], sources: Sequence[int]) -> list[int]:
    """Starts of the names after ``dan`` that follow a source's name (``Sumber: Microsoft
    dan Ars Technica``, ``dilansir Reuters dan AFP``): a second medium or the maker whose
    statement the news took, an organisation as the first is. Not after a comma, where a
    sentence goes on (``dikutip dari Reuters, Presiden Joe Biden ...``)."""
    words = field.words
    ends = {span.start: span.end for span in spans if span.field is field}
    starts = []
    for start in sources:
        end = ends.get(start)
        if end is not None and end + 1 < len(words) and words[end] == "dan":
            starts.append(end + 1)
    return starts


def _breaks_line(field: _Field, index: int) -> bool:
    """Whether a line ends right before token ``index`` (or the field does there)."""
    return index in (0, len(field.tokens)) or index in field.line_starts


#: Words opening a line that credits a picture's source, before a colon (``Header :``,
#: ``Foto : Shutterstock``).
_PICTURE_CREDIT_WORDS = ("header", "foto")


def _credit_cue_ends(field: _Field) -> list[int]:
    """Indexes right after the cue of a credit line: ``Via`` opening a line, and ``Header :``
    or ``Gambar Header :`` opening one (the header image's source), or ``Foto :`` (a
    picture's: ``Foto : Shutterstock`` was a person)."""
    words = field.words
    ends = [
        index + 1
        for index in field.positions.get("via", ())
        if words[index] == "Via" and _breaks_line(field, index)
    ]
    cues = (index for word in _PICTURE_CREDIT_WORDS for index in field.positions.get(word, ()))
    for index in cues:
        opener = index - 1 if index and words[index - 1].lower() == "gambar" else index
        if words[index + 1 : index + 2] == (":",) and _breaks_line(field, opener):
            ends.append(index + 2)
    return ends


def _mark_credit_lines(field: _Field, spans: list[_Span]) -> None:
    """A line that is only ``Via <name>`` or ``Via <name> & <name>`` (maybe a full stop,
    maybe ``Sumber: ...`` after it) credits the media the news came from: each whole name
    is an organisation, though the gazetteer knows its first word as a product (``Via
    Android Central``) or the tagger missed it; so does a header image's credit (``Header:
    VentureBeat.``). ``Via`` opening a sentence that goes on may be a person's name (``Via
    Vallen, penyanyi ...``): left as it was."""
    words = field.words
    known = {(span.start, span.end) for span in spans if span.field is field and span.entry}
    credits: list[_Span] = []
    for cue_end in _credit_cue_ends(field):
        names: list[tuple[int, int] | None] = []
        end = cue_end - 1
        while not names or (end < len(words) and words[end] == "&"):
            start = end = end + 1
            while end < len(words) and is_name_word(words[end]) and not _breaks_line(field, end):
                end += 1
            names.append(trim_name(words, start, end))
        after = end + 1 if end < len(words) and words[end] == "." else end
        if not (_breaks_line(field, after) or words[after].lower() == "sumber"):
            continue
        credits.extend(
            _Span(field, *name, "organisation", None)
            for name in names
            if name is not None and name not in known
        )
    if credits:
        credited = {index for credit in credits for index in credit.indices()}
        spans[:] = [
            span for span in spans if span.field is not field or credited.isdisjoint(span.indices())
        ] + credits


def _score_ends(field: _Field) -> list[int]:
    """Indexes right after ``dari``, ``atas`` or another opponent's word (see
    ``SCORE_OPPONENT_WORDS``) following a score, written as three words (``0 - 1 dari``)
    or as one, as news mostly writes it (``menang 2-0 atas``)."""
    words = field.words
    return [
        index + 1
        for word in SCORE_OPPONENT_WORDS
        for index in field.positions.get(word, ())
        if index + 1 < len(words)
        and (
            (index >= 1 and _SCORE.fullmatch(words[index - 1]) is not None)
            or (
                index >= 3
                and words[index - 3].isdigit()
                and words[index - 2] in _DASHES
                and words[index - 1].isdigit()
            )
        )
    ]


_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")


def _is_score_at(words: Sequence[str], index: int) -> bool:
    """Whether a match's score starts at ``index``: ``2-1`` as one word or ``2 - 1``."""
    if index < len(words) and _SCORE.fullmatch(words[index]):
        return True
    score = words[index : index + 3]
    return len(score) == 3 and score[0].isdigit() and score[1] in _DASHES and score[2].isdigit()


def _mark_opponents(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A name right after ``kalah dari``, ``melawan``, ``bertandang ke`` or a score is the
    opposing team, and after ``membela`` or ``dipinjamkan ke`` the club a player plays for
    or moves to: a club's short form is that club (``kalah dari Dortmund``, not a person;
    ``gabung Liverpool``, not the city), and a place the gazetteer does not know is a club
    (``menjamu Freiburg``). Known places stay: a country there is its national team, and
    warta links it to the country. After ``pemain``, ``klub`` or ``bergabung dengan`` only
    a club's short form is read as the club (``eks pemain Liverpool``). A name right before
    ``menang`` or ``kalah`` is read as one after ``melawan`` (``Wolfsburg menang``). A
    name opening with a word only places open with stays a place (``menang atas Kepulauan
    Cook``, ``bertandang ke Stadion Manahan``). A name the tagger missed after a match cue,
    a score, or an opponent cue with the score right after the name (``mengalahkan
    Panathinaikos 2-0``) is the opposing team."""
    teams = set(_cue_ends(field, OPPONENT_CUES | CLUB_CUES)) | set(_score_ends(field))
    starts = teams | set(_cue_ends(field, CLUB_SHORT_FORM_CUES))
    held = _cue_ends(field, SCORED_OPPONENT_CUES)
    words = field.words
    winners = {
        index
        for word in RESULT_WORDS
        for index in field.positions.get(word, ())
        if index > 0 and words[index].islower()
    }
    if not starts and not winners and not held:
        return
    covered = _covered_in(field, spans)
    for index in winners:  # the tagger often misses a club opening a sentence
        club = gazetteer.short_form_owner(words[index - 1])
        if club is not None and index - 1 not in covered:
            spans.append(_Span(field, index - 1, index, club.kind, club))
    scored = [
        start
        for start in [*_cue_ends(field, OPPONENT_CUES), *held]
        if _is_score_at(words, _club_name_end(words, start, covered))
        or _is_score_at(words, _span_end_at(spans, field, start))
    ]
    teams.update(scored)
    starts.update(scored)
    for start in [*_cue_ends(field, MATCH_CUES), *_score_ends(field), *scored]:
        # a team the tagger missed (``menang atas Watford``)
        run = range(start, _club_name_end(words, start, covered))
        end = next((index for index in run if gazetteer.is_ignored(words[index])), run.stop)
        if end > start:
            club = gazetteer.short_form_owner(" ".join(words[start:end]))
            kind, entry = (club.kind, club) if club else ("organisation", None)
            spans.append(_Span(field, start, end, kind, entry))
            covered.update(range(start, end))
    persons = {
        span.end
        for span in spans
        if span.field is field
        and span.kind == "person"
        and not any(_cue_before(words, span.start, cue) for cue in COACH_CUES)
    }
    for index, span in enumerate(spans):
        if span.field is not field:
            continue
        if span.end in winners:
            teams.add(span.start)
            starts.add(span.start)
        if span.start not in starts:
            continue
        known = span.entry is not None and span.entry.kind == "organisation"
        club = None if known else gazetteer.short_form_owner(" ".join(span.words))
        if club is not None:
            spans[index] = _Span(field, span.start, span.end, club.kind, club)
        elif span.entry is None and _opposes_person(words, span, persons):
            span.kind = "person"  # a fighter's or a player's opponent: Khabib melawan McGregor
        elif span.entry is None and span.start in teams and _after_national_team(words, span):
            span.kind = "place"  # a national team plays a country: Timnas melawan Puerto Riko
        elif (
            span.entry is None
            and span.kind == "place"
            and span.start in teams
            and span.words[0].lower() not in PLACE_OPENERS  # Kepulauan Cook, Stadion Manahan
        ):
            span.kind = "organisation"


def _span_end_at(spans: Sequence[_Span], field: _Field, start: int) -> int:
    """Where the span of ``field`` that starts at ``start`` ends (``start`` if none)."""
    return next((span.end for span in spans if span.field is field and span.start == start), start)


def _cue_before(words: Sequence[str], start: int, cue: tuple[str, ...]) -> bool:
    """Whether the words right before ``start`` are ``cue`` (lowercased)."""
    return tuple(word.lower() for word in words[max(0, start - len(cue)) : start]) == cue


def _opposes_person(words: Sequence[str], span: _Span, person_ends: set[int]) -> bool:
    """Whether ``span``, right after an opponent cue, is a person's opponent and one
    itself: a person's name ends right before the cue (``Khabib Nurmagomedov melawan``,
    an individual sport's bout or match; not a coach's, ``asuhan Budi Santoso kalah
    dari``, see ``COACH_CUES``), no word only places open with opens the name,
    and the tagger reads it alone as no organisation (the tagger's reading of an unknown
    fighter there: ``Conor McGregor`` a club or a town); a club stays the club (a
    coach's match: ``Robert Alberts menghadapi Arema``)."""
    cued = any(
        _cue_before(words, span.start, cue) and span.start - len(cue) in person_ends
        for cue in OPPONENT_CUES
    )
    if not cued or span.words[0].lower() in PLACE_OPENERS:
        return False
    return _read_alone(span.words) != "organisation"


def _name_national_teams_by_country(
    field: _Field, spans: list[_Span], gazetteer: Gazetteer
) -> None:
    """A national team the tagger read with its word (``Timnas Brasil``, see
    ``NATIONAL_TEAM_WORDS``) is its country, a place, as warta links national teams (and
    NERGrit marks them): the mention is the country the gazetteer knows after the word."""
    for index, span in enumerate(spans):
        if span.field is not field or span.entry is not None or len(span.words) < 2:
            continue
        if span.words[0].lower() not in NATIONAL_TEAM_WORDS:
            continue
        country = gazetteer.lookup(" ".join(span.words[1:]))
        if country is not None and country.kind == "place":
            spans[index] = _Span(field, span.start + 1, span.end, "place", country)


def _join_spelt_out_national_teams(spans: list[_Span]) -> None:
    """A national team spelt out with its short form in parentheses before its country
    (``Tim Nasional (Timnas) Indonesia``) is one mention of the country, as ``Timnas
    Indonesia`` is (see ``_name_national_teams_by_country``), as a body spelt out with its
    acronym is one mention: what the tagger read over the spelt-out words and the short
    form joins it, and the short form alone in that article (``Timnas``) is the country
    too."""
    at = _SpansAt(spans)
    removed: set[int] = set()
    teams: dict[str, _Span] = {}  # the short form, by the team named with it
    for span in spans:
        words, start = span.field.words, span.start
        if span.kind != "place" or span.entry is None or start < 5:
            continue
        if (
            words[start - 1] == ")"
            and words[start - 2].lower() in NATIONAL_TEAM_WORDS
            and words[start - 3] == "("
            and [word.lower() for word in words[start - 5 : start - 3]] == ["tim", "nasional"]
            and words[start - 5][:1].isupper()  # in lowercase the tagger read nothing there
        ):
            removed.update(id(read) for read in at.over(start - 5, start) if read.end <= start)
            span.start, span.grown_from = start - 5, None
            teams[words[start - 2]] = span
    _drop_removed(spans, removed)
    for span in spans:
        team = teams.get(span.words[0]) if len(span.words) == 1 else None
        if team is not None and span is not team:
            span.kind, span.entry, span.target = "place", team.entry, None


_NATIONAL_TEAM_REACH = 12


def _after_national_team(words: Sequence[str], span: _Span) -> bool:
    """Whether a national team plays shortly before ``span`` in its sentence (``Timnas
    Indonesia U - 22 melawan Puerto Riko``), and the span is no club by its name (``FC``,
    ``United``): the opponent is a country, whatever the tagger read."""
    names = span.words
    if names[0] in CLUB_PREFIXES or names[-1].lower() in CLUB_SUFFIXES:
        return False
    for before in range(span.start - 1, max(-1, span.start - _NATIONAL_TEAM_REACH), -1):
        word = words[before].lower()
        if word in ".!?":
            return False
        if word in NATIONAL_TEAM_WORDS:
            return True
    return False


_LONGEST_INITIALS = 4


def _is_initials(word: str) -> bool:
    """A word of one to four capital letters: the initials of someone left unnamed."""
    return len(word) <= _LONGEST_INITIALS and word.isalpha() and word.isupper()


def _age_after(words: Sequence[str], index: int) -> int:
    """Where the words go on after an age in parentheses at ``index`` (``MA (29)``), or
    ``index`` where none stands there."""
    closed = index + 2 < len(words) and words[index] == "(" and words[index + 2] == ")"
    return index + 3 if closed and words[index + 1].isdigit() else index


def _drop_initials(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """Initials right after ``berinisial`` (``tersangka berinisial MA dan SH``, also listed
    with ages: ``MA (29), IR (28) dan SU (21)``), or after a rank and before an age
    (``Bripka AS (33)``), stand for
    someone the news does not name: no mention, whatever the tagger or the gazetteer read
    in them (``MA`` there is no Mahkamah Agung, ``NMH`` no organisation), nor the same
    initials written alone elsewhere in the article (not a single letter, nor inside a
    longer name: ``Serie A``). They are left untyped rather than made persons: a person
    keyed by two letters would join every other suspect so named, and the quote
    attribution would take ``R, SA, E dan RAJ`` in a list for speakers."""
    cued: set[tuple[int, int]] = set()  # (field number, token index)
    for number, field in enumerate(fields):
        words = field.words
        ranked = [  # an officer news leaves unnamed: Bripka AS (33)
            index + 1
            for index, word in enumerate(words[:-1])
            if word.lower() in RANK_WORDS
            and _is_initials(words[index + 1])
            and _age_after(words, index + 2) > index + 2
        ]
        starts = [(index, False) for index in _cue_ends(field, INITIALS_CUES)]
        for index, after_rank in [*starts, *((index, True) for index in ranked)]:
            while index < len(words) and _is_initials(words[index]):
                cued.add((number, index))
                index = _age_after(words, index + 1)
                while index < len(words) and words[index].lower() in INITIALS_JOINERS:
                    index += 1
                if after_rank and index < len(words) and words[index].lower() in RANK_WORDS:
                    index += 1  # the next officer of the list: Bripka DR (33) dan Bripka DM
    if not cued:
        return
    number_of = {id(field): number for number, field in enumerate(fields)}
    initials = {fields[number].words[index] for number, index in cued}
    inside_longer = {
        (number_of[id(span.field)], index)
        for span in spans
        if span.end - span.start > 1
        for index in span.indices()
    }
    taken = cued | {
        (number, index)
        for number, field in enumerate(fields)
        for initial in initials
        if len(initial) > 1
        for index in field.positions.get(initial.lower(), ())
        if field.words[index] == initial and (number, index) not in inside_longer
    }
    spans[:] = [
        span
        for span in spans
        if taken.isdisjoint((number_of[id(span.field)], index) for index in span.indices())
    ]


def _mark_named_after(
    field: _Field,
    spans: list[_Span],
    gazetteer: Gazetteer,
    starts: Sequence[int],
    kind: str,
    *,
    add_untagged: bool | Callable[[Sequence[str]], bool] = True,
) -> None:
    """A name starting at one of ``starts`` (right after a cue) is of ``kind``: a tagged
    name there takes that kind (a gazetteer entry keeps its own), an untagged one is added
    if ``add_untagged`` (or it says so of the name's words); a product's may be its
    model's code alone (``mobil W08``, ``ponsel X200``), which is no name elsewhere. An
    untagged name ends at a line's end (``2. Mobil Pengantin`` + ``Mobil pengantin ...``,
    a list's heading before its paragraph), and one word the article also writes in
    lowercase is a common word capitalised there after a capitalised cue (``Pengantin``,
    see ``_is_heading_word``), as for the tagger's names (see ``_tagged_spans``)."""
    words = field.words
    if not starts:
        return
    line_starts = field.line_starts
    by_start = {span.start: span for span in spans if span.field is field}
    covered = {i for span in by_start.values() for i in range(span.start, span.end)}
    for start in starts:
        if start >= len(words):  # a cue closing the field names nothing
            continue
        tagged = by_start.get(start)
        if tagged is not None:
            if tagged.entry is None:
                tagged.kind = kind
            continue
        if add_untagged is False:
            continue
        end = start
        while (
            end < len(words)
            and end not in covered
            and is_name_word(words[end])
            and (end == start or end not in line_starts)
        ):
            end += 1
        trimmed = trim_name(words, start, end) if not words[start][:1].isdigit() else None
        code = end - start == 1 and words[start][:1].isalpha() and _is_model_code(words[start])
        if kind == "product" and code:
            trimmed = (start, end)  # a model's code alone (``mobil W08``), no number alone
        if trimmed != (start, end) or gazetteer.is_ignored(" ".join(words[start:end])):
            continue
        if end - start == 1 and not code and _is_heading_word(field, start):
            continue
        if add_untagged is True or add_untagged(words[start:end]):
            spans.append(_Span(field, start, end, kind, None))
            covered.update(range(start, end))
    if kind == "person":
        _join_split_person(field, spans, starts)


def _is_heading_word(field: _Field, index: int) -> bool:
    """Whether the one word at ``index``, after a cue that opens its sentence or heading
    (``2.Mobil Pengantin``), is a common word the field also writes in lowercase
    (``mobil pengantin``): capitalised as the heading's, no name. After a lowercase cue a
    capital marks a name (``aktris Bunga`` beside ``bunga mawar``)."""
    words = field.words
    if index == 0 or not words[index - 1][:1].isupper():
        return False
    return any(words[other].islower() for other in field.positions.get(words[index].lower(), ()))


def _join_split_person(field: _Field, spans: list[_Span], starts: Sequence[int]) -> None:
    """A person's name after a cue that the tagger cut in two unknown names side by side
    (``alias Aman`` + ``Abdurrahman``) is one person: one name follows such a cue."""
    for start in starts:
        by_start = {span.start: span for span in spans if span.field is field}
        first = by_start.get(start)
        if first is None or first.entry is not None or first.kind != "person":
            continue
        end = first.end
        while (nxt := by_start.get(end)) is not None and nxt.entry is None and end - start < 4:
            end = nxt.end
        if end == first.end:
            continue
        spans[:] = [
            span for span in spans if span.field is not field or not start <= span.start < end
        ]
        spans.append(_Span(field, start, end, "person", None))


_OLDEST = 120


def _is_age_or_minute_in_parentheses(words: Sequence[str], index: int) -> bool:
    """Whether the parenthesis opening at ``index`` holds only an age (``(48)``) or a
    match minute (``(7 ')``, ``(90 + 1 ')``, ``(menit ke - 88)``): what follows a person,
    never a team, in a report."""
    inside: list[str] = []
    for word in words[index + 1 : index + 7]:
        if word == ")":
            break
        inside.append(word)
    else:
        return False
    if len(inside) == 1:
        return inside[0].isdigit() and 0 < int(inside[0]) <= _OLDEST
    if inside and inside[0].lower() == "menit":
        return inside[-1].isdigit() and all(word in ("ke", "-") for word in inside[1:-1])
    if not inside or inside[-1] not in _MINUTE_MARKS:
        return False
    minute = inside[:-1]
    return (len(minute) == 1 and minute[0].isdigit()) or (
        len(minute) == 3 and minute[0].isdigit() and minute[1] == "+" and minute[2].isdigit()
    )


def _retype_name_ending_at(ending: Mapping[int, _Span], index: int) -> bool:
    """Whether a name was read right before ``index`` (``ending`` maps ends to spans), a
    cue of a person there (an age, ``dkk``): an unknown one becomes a person, whatever the
    tagger read, a known entity keeps its own kind."""
    tagged = ending.get(index)
    if tagged is not None and tagged.entry is None:
        tagged.kind = "person"
    return tagged is not None


def _mark_persons_with_ages(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A name right before an age in parentheses is a person (``Tarkaya (48), pemilik
    ...``), whatever the tagger read there (a known entity keeps its own kind); an untagged
    one is added, back to a word that is no name (``Kemarin``, a title). So is a name
    before a match minute (``gol Benik Afobe (7 ')``, ``Dele Alli (menit ke - 88)``): the
    scorer or the player brought on."""
    words = field.words
    ending = {span.end: span for span in spans if span.field is field}
    covered = {index for span in ending.values() for index in span.indices()}
    for index in field.positions.get("(", ()):
        if not _is_age_or_minute_in_parentheses(words, index):
            continue
        if _retype_name_ending_at(ending, index):
            continue
        start = index
        while start > 0 and start - 1 not in covered and _is_name_like(words[start - 1]):
            start -= 1
        trimmed = trim_name(words, start, index) if start < index else None
        name = " ".join(words[start:index])
        if trimmed and trimmed[1] == index and not gazetteer.is_ignored(name):
            spans.append(_Span(field, *trimmed, "person", None))


#: The longest name an untagged run before ``dkk`` or ``cs`` is read as.
_LONGEST_FOLLOWED_NAME = 3


def _mark_persons_before_followers(field: _Field, spans: list[_Span]) -> None:
    """A name right before ``dkk`` or ``cs`` (and colleagues) is a person, whatever the
    tagger read there (``Sergio Ramos dkk.``, not an organisation) and where it read
    nothing (``permainan Boaz Salossa cs``: up to three name words, no sentence's common
    first word); a known entity keeps its own."""
    words = field.words
    field_spans = [span for span in spans if span.field is field]
    ending = {span.end: span for span in field_spans}
    covered = {index for span in field_spans for index in span.indices()}
    for follower in PERSON_FOLLOWERS:
        for index in field.positions.get(follower, ()):
            if not words[index].islower():
                continue
            if _retype_name_ending_at(ending, index):
                continue
            start = index
            while (
                start > max(0, index - _LONGEST_FOLLOWED_NAME)
                and start - 1 not in covered
                and words[start - 1].isalpha()
                and is_name_word(words[start - 1])
                and not _opens_sentence_as_common_word(words, start - 1)
            ):
                start -= 1
            if start < index and start > 0 and is_name_word(words[start - 1]):
                continue  # a longer run: not one name to guess
            if start < index and trim_name(words, start, index) == (start, index):
                spans.append(_Span(field, start, index, "person", None))


#: The most words of a family's name after a particle linking it to the given names.
_LONGEST_FAMILY_NAME = 2


def _join_names_across_links(field: _Field, spans: list[_Span]) -> None:
    """A particle linking a person's given names to the family's (``br`` of ``Ermawati br
    Karo``, ``bin`` of ``Rahman bin Hasyim``, see ``PERSON_NAME_LINKS``) makes one person of
    the names around it where the tagger cut them apart at it or read only one side: the
    name read right before it (else up to three name words, no title), and the name read
    right after it (else one name word), even a known place's (the clan ``Karo``). Not a
    place's or a body's name (``Masjid Umar bin Khattab``, see ``_links_family_name``),
    nor the known place the tagger ran into the given names (``manajer asal Belanda Louis
    van Gaal``: the country stays a place, the person is Louis van Gaal)."""
    words = field.words
    covering = _SpansAt(span for span in spans if span.field is field)
    removed: set[int] = set()
    for link in PERSON_NAME_LINKS:
        for index in field.positions.get(link, ()):
            if not (
                words[index] == link
                and 0 < index < len(words) - 1
                and is_name_word(words[index - 1])
                and is_name_word(words[index + 1])
            ):
                continue
            before, after = covering.over(index - 1, index), covering.over(index + 1, index + 2)
            if covering.over(index, index + 1) or any(span.end != index for span in before):
                continue  # read whole, or inside a longer name
            if any(span.start != index + 1 for span in after):
                continue
            start, end = index, index + 2
            origin = None  # a known place the name read before the link runs on from
            if before:
                start = before[0].start
                grown = before[0].grown_from
                if (
                    before[0].kind == "place"
                    and grown is not None
                    and grown.entry.kind == "place"
                    and grown.start == start
                    and grown.end < index
                ):
                    origin = _Span(field, grown.start, grown.end, "place", grown.entry)
                    start = grown.end  # asal Belanda + Louis van Gaal: the place stays
            else:
                while (
                    start > max(0, index - _LONGEST_FOLLOWED_NAME)
                    and is_name_word(words[start - 1])
                    and not _opens_sentence_as_common_word(words, start - 1)
                    and not covering.over(start - 1, start)  # asal Belanda + Dick van Basten
                ):
                    start -= 1
                trimmed = trim_name(words, start, index)
                if trimmed is None or trimmed[1] != index:
                    continue
                start = trimmed[0]
            if after:
                end = after[0].end
            if end - index - 1 > _LONGEST_FAMILY_NAME or not _links_family_name(words[start:end]):
                continue
            for span in before + after:
                covering.remove(span)
                removed.add(id(span))
            joined = [_Span(field, start, end, "person", None)]
            for added in [origin, *joined] if origin is not None else joined:
                spans.append(added)
                covering.add(added)
    if removed:
        _drop_removed(spans, removed)


def _mark_persons_after_openers(field: _Field, spans: list[_Span]) -> None:
    """A name right after ``Bung`` (see ``PERSON_OPENERS``) is a person with it where the
    tagger read nothing there (``pidato Bung Tomo``: up to three name words, none that is
    never an entity), and one right after an honorific a person without it (``Pimpinan
    Ustadz Syamsi Dukha``, see ``_marked_as_person``; not ``Asrama Haji Pondok Gede``,
    where the honorific is inside a longer name); what the tagger or the gazetteer found
    there keeps its own."""
    words = field.words
    covered = _covered_in(field, spans)
    for opener in PERSON_OPENERS | PERSON_HONORIFICS:
        for index in field.positions.get(opener, ()):
            if not words[index][:1].isupper() or index in covered:
                continue
            honorific = opener not in PERSON_OPENERS
            if honorific and not _marked_as_person(words, index + 1, index + 1):
                continue
            end = _followed_name_end(words, index, covered, NEVER_ENTITIES)
            if end > index + 1:
                spans.append(_Span(field, index + honorific, end, "person", None))


def _followed_name_end(
    words: Sequence[str], index: int, covered: set[int], stops: frozenset[str]
) -> int:
    """The end of the name written right after the word at ``index``: up to
    ``_LONGEST_FOLLOWED_NAME`` name words of letters, none covered or in ``stops``
    (lowercased); ``index + 1`` where none follows."""
    end = index + 1
    while (
        end < min(len(words), index + 1 + _LONGEST_FOLLOWED_NAME)
        and end not in covered
        and words[end].isalpha()
        and is_name_word(words[end])
        and words[end].lower() not in stops
    ):
        end += 1
    return end


#: Heads that open a place's name and nothing else's (``Kecamatan Totikum``, ``Teluk
#: Betung``), written in full: an abbreviation's full stop ends the run after it.
_NAMING_PLACE_HEADS = (ADMINISTRATIVE_HEADS - ABBREVIATED_HEADS) | PLACE_OPENERS
_PLACE_NAME_STOPS = NEVER_ENTITIES | _NAMING_PLACE_HEADS


def _mark_places_after_heads(field: _Field, spans: list[_Span]) -> None:
    """A name right after a capitalised head only places open with (``Distrik Totikum``,
    ``Teluk Betung``, see ``_NAMING_PLACE_HEADS``) is a place with its head where the
    tagger and the gazetteer read nothing there: up to three name words, none that is
    never an entity, the first no word the news mostly writes in lowercase (``lima Dusun
    Utama`` names no hamlet). Not a head inside a longer name (``Universitas Pulau`` ...)
    nor one before another head (``Kabupaten Pati Provinsi Jawa Tengah`` is two places)."""
    words = field.words
    covered = _covered_in(field, spans)
    for head in _NAMING_PLACE_HEADS:
        for index in field.positions.get(head, ()):
            if not words[index][:1].isupper() or index in covered:
                continue
            if index and is_name_word(words[index - 1]) and not _opens_sentence(words, index - 1):
                continue
            end = _followed_name_end(words, index, covered, _PLACE_NAME_STOPS)
            if end > index + 1 and not _is_seldom_capitalised(words[index + 1]):
                spans.append(_Span(field, index, end, "place", None))
                covered.update(range(index, end))


#: The two words heading a wildlife sanctuary's name (``Suaka Margasatwa Rawa Singkil``):
#: the first alone is a common noun (``suaka``, asylum), so neither is a head alone.
_SANCTUARY_HEAD = ("suaka", "margasatwa")
#: Words that end a sanctuary's name: the region after it (``... Kerumutan Kabupaten
#: Pelalawan``); a feature's head stays in (``Rawa Singkil``, ``Pulau Rambut``).
_SANCTUARY_NAME_STOPS = NEVER_ENTITIES | (ADMINISTRATIVE_HEADS - {"pulau"})


def _mark_sanctuaries(field: _Field, spans: list[_Span]) -> None:
    """A name after ``Suaka Margasatwa`` is a wildlife sanctuary, a place with its head
    (``Suaka Margasatwa Kerumutan``), as ``Taman Nasional`` and ``Cagar Alam`` open one:
    where the tagger read nothing there, up to three name words; where it read a place
    right after the head or its second word (``Margasatwa Ujung Kulon``), that place
    with the whole head."""
    words = field.words
    starting = {span.start: span for span in spans if span.field is field}
    covered = _covered_in(field, spans)
    for index in field.positions.get(_SANCTUARY_HEAD[0], ()):
        if (
            index + 2 >= len(words)
            or not words[index][:1].isupper()
            or words[index + 1] != _SANCTUARY_HEAD[1].capitalize()
            or index in covered
        ):
            continue
        read = starting.get(index + 1) or starting.get(index + 2)
        if read is not None and read.kind == "place":
            read.start, read.entry = index, None
            continue
        end = _followed_name_end(words, index + 1, covered, _SANCTUARY_NAME_STOPS)
        if end > index + 2:
            spans.append(_Span(field, index, end, "place", None))
            covered.update(range(index, end))


#: Nouns of places a copula says a name is (``Acapulco adalah kota terbesar``).
_PLACE_NOUNS = frozenset(
    {
        "kota",
        "ibukota",
        "desa",
        "negara",
        "pulau",
        "provinsi",
        "kabupaten",
        "kecamatan",
        "wilayah",
        "daerah",
    }
)
#: Copulas that define a place by what it is: ``COPULAS`` and ``sebagai`` after
#: ``dikenal`` (``dikenal sebagai``, found by its second word).
_PLACE_COPULAS = COPULAS | {"sebagai"}
_LONGEST_DEFINED_PLACE = 3


def _mark_places_defined_as_places(field: _Field, spans: list[_Span]) -> None:
    """A name opening a sentence that a copula says is a town, a country, an island or a
    region (``Acapulco adalah kota terbesar di Guerrero``, ``Tuvalu merupakan negara kecil``,
    ``Rakhine dikenal sebagai wilayah``) is
    a place, whatever the tagger read there (a person), and where it and the gazetteer read
    nothing: up to three name words, the first no sentence's capitalised common word (``Ini
    adalah kota``); its repeats follow."""
    words = field.words
    covered = _covered_in(field, spans)
    ending = {span.end: span for span in spans if span.field is field}
    for copula in _PLACE_COPULAS:
        for after in field.positions.get(copula, ()):
            index = after - 1 if copula == "sebagai" else after
            if copula == "sebagai" and (not index or words[index].lower() != "dikenal"):
                continue
            noun = [word.lower() for word in words[after + 1 : after + 3]]
            if not noun or (noun[0] not in _PLACE_NOUNS and noun != ["ibu", "kota"]):
                continue  # ibu alone is a mother: Sri adalah ibu tiga anak
            read = ending.get(index)
            if read is not None and read.entry is None and _opens_sentence(words, read.start):
                read.kind = "place"  # no person is a town: Nuuk adalah ibu kota Greenland
                continue
            start = index
            while (
                start > 0
                and index - start < _LONGEST_DEFINED_PLACE
                and start - 1 not in covered
                and words[start - 1].isalpha()
                and is_name_word(words[start - 1])
            ):
                start -= 1
            if start == index or not _opens_sentence(words, start):
                continue
            if _opens_sentence_as_common_word(words, start) or trim_name(words, start, index) != (
                start,
                index,
            ):
                continue
            spans.append(_Span(field, start, index, "place", None))
            covered.update(range(start, index))


def _is_short_name(word: str) -> bool:
    """A word that may be a body's short name: letters, capitalised, two or more
    (``WBC``, ``Kosgoro``, ``Hipmi``)."""
    return len(word) > 1 and word.isalpha() and word[:1].isupper()


def _mark_names_spelt_out_after(field: _Field, spans: list[_Span]) -> None:
    """A short name right before a parenthesis holding the capitalised name it abbreviates
    (``WBC (World Boxing Council)``, ``Kosgoro (Koperasi Serba Guna Gotong Royong)``, see
    ``_spells_out_after``) names one body with it where the tagger or the gazetteer read
    the short name: the name in parentheses is an organisation where nothing read it
    whole (or only a place in it), and the short name takes its kind where the tagger
    read another.
    What the gazetteer knows on either side gives the kind (``NTT (Nusa Tenggara
    Timur)``), and a place the tagger read on both sides stays one. Left alone: a person
    read in the parentheses, or a name there read as nothing that reads alone as one
    (``Jokowi (Joko Widodo)``); a term explained, its short name read as nothing (``MPV
    (Multi Purpose Vehicle)``); a title's words in quotes; a name inside a longer one.
    The two link in
    ``_link_renames``."""
    words = field.words
    covering = _SpansAt(span for span in spans if span.field is field)
    removed: set[int] = set()
    for opening in field.positions.get("(", ()):
        run = _name_run_in_parentheses(words, opening, _is_short_name)
        if not run or not _spells_out_after(words[opening - 1], run):
            continue
        if opening > 1 and words[opening - 2] in QUOTES:
            continue  # a title's own words: "MBA (Married By Accident)"
        start, end = opening + 1, opening + 1 + len(run)
        inside = covering.over(start, end)
        short = covering.over(opening - 1, opening)
        if any(span.start < start or span.end > end for span in inside) or any(
            span.start < opening - 1 for span in short
        ):
            continue
        whole = [span for span in inside if (span.start, span.end) == (start, end)]
        read = whole + short
        known = [span.kind for span in read if span.entry is not None]
        person = any(span.kind == "person" for span in whole)
        if not short or person or (not whole and _reads_as_one_person(run)):
            continue
        if known:
            kind = known[0]
        else:
            both_places = len(read) == 2 and all(span.kind == "place" for span in read)
            kind = "place" if both_places else "organisation"
        if kind == "person":
            continue
        if not whole:
            for span in inside:
                covering.remove(span)
                removed.add(id(span))
            spans.append(_Span(field, start, end, kind, None))
            covering.add(spans[-1])
        for span in read:
            if span.entry is None:
                span.kind = kind
    if removed:
        _drop_removed(spans, removed)


def _mark_codes_in_parentheses(field: _Field, spans: list[_Span]) -> None:
    """A code in capitals in parentheses right after an organisation is an organisation
    too (the stock code in ``Bank Central Asia Tbk (BBCA)``); it keeps a key of its own,
    since a category (``Pertamina (BUMN)``) is written the same way. So is a word there
    that abbreviates the organisation (``Badan Keamanan Laut (Bakamla)``, see
    ``_abbreviates``), which the tagger often leaves out; it links to the organisation.
    Not a country code there (``(INA)`` after a pair the tagger read as a firm)."""
    words = field.words
    field_spans = [span for span in spans if span.field is field]
    covered = {index for span in field_spans for index in span.indices()}
    organisations = {span.end: span for span in field_spans if span.kind == "organisation"}
    for end, organisation in sorted(organisations.items()):
        code = end + 1
        closed = code + 1 < len(words) and words[end] == "(" and words[code + 1] == ")"
        if closed and _is_bracketed_country_code(words, code, code + 1):
            continue  # a results table's nationality: Budi Santoso (INA)
        if closed and (
            _is_unit_code(words[code], covered, code)
            or (code not in covered and _abbreviates_name(words[code], organisation.words))
        ):
            spans.append(_Span(field, code, code + 1, "organisation", None))


def _mark_players_before_countries(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """In a report on an individual sport (see ``INDIVIDUAL_SPORT_WORDS``) a full name right
    before a place in parentheses is a player, whatever the tagger or a club's name
    inside it made of it (``menghadapi Sai Praneeth (India)``, ``melawan Milan Ludik
    (Republik Ceska)``: not a team, not AC Milan); a known organisation keeps its kind."""
    words = field.words
    if not INDIVIDUAL_SPORT_WORDS & {word.lower() for word in words}:
        return
    places = {
        (span.start, span.end) for span in spans if span.field is field and span.kind == "place"
    }
    for index, span in enumerate(spans):
        end = span.end
        if span.field is not field or len(span.words) < 2 or span.kind == "person":
            continue
        written = " ".join(span.words).casefold()
        if span.entry is not None and written in map(str.casefold, span.entry.surfaces):
            continue
        close = next(
            (at for at in range(end + 2, min(len(words), end + 5)) if words[at] == ")"), None
        )
        if words[end : end + 1] != ("(",) or close is None:
            continue
        place = gazetteer.lookup(" ".join(words[end + 1 : close]))
        known = place is not None and place.kind == "place"
        if (known or (end + 1, close) in places) and all(map(is_name_word, span.words)):
            spans[index] = _Span(field, span.start, end, "person", None)


def _mark_teams_in_parentheses(field: _Field, spans: list[_Span]) -> None:
    """A name of two words or more in parentheses right after a person is the team or the
    party they ride or stand for (``Dani Pedrosa (Repsol Honda)``, ``Budi (Partai
    Golkar)``), one organisation over what the tagger and the gazetteer read there
    (``Monster Yamaha Tech3``, not a person and Yamaha). A known place there stays (a
    country, a region), as do a title (``Menteri Keuangan``) and a nickname, which shares
    a word with the person, is one word or opens with a familiar address (``Abdurrahman
    Wahid (Gus Dur)``, see ``NICKNAME_HONORIFICS``). A job there (``(Marketing
    Intelligence Lead Shopee)``, see ``_job_in_parentheses``) is no team: the company
    after it is the organisation, over what the tagger read in the job and it, and a name
    the gazetteer knows there keeps its own."""
    words = field.words
    field_spans = [span for span in spans if span.field is field]
    persons = {span.end: span for span in field_spans if span.kind == "person"}
    for end, person in persons.items():
        opening = end
        if opening + 3 >= len(words) or words[opening] != "(":
            continue
        if _job_in_parentheses(words, opening):
            company = _bracketed_company(words, opening)
            if company is None:
                continue
            inside = [
                span
                for span in field_spans
                if span.overlaps(opening + 1, company[1]) and span.entry is None
            ]
            spans[:] = [span for span in spans if span not in inside]
            if not any(span.overlaps(*company) for span in field_spans if span not in inside):
                spans.append(_Span(field, *company, "organisation", None))
            continue
        close = opening + 1
        while close < len(words) and is_name_word(words[close]):
            close += 1
        inner = range(opening + 1, close)
        if (
            close >= len(words)
            or words[close] != ")"
            or len(inner) < _SHORTEST_HOLDER
            or any(words[index].lower() in NEVER_ENTITIES for index in inner)
            or set(words[opening + 1 : close]) & set(person.words)
            or words[opening + 1].lower() in NICKNAME_HONORIFICS
        ):
            continue
        inside = [span for span in field_spans if span.overlaps(inner.start, inner.stop)]
        if any(span.entry is not None and span.entry.kind == "place" for span in inside):
            continue
        spans[:] = [span for span in spans if span not in inside]
        spans.append(_Span(field, inner.start, inner.stop, "organisation", None))


_LONGEST_CLUB_NAME = 3


def _club_name_end(words: Sequence[str], start: int, covered: set[int]) -> int:
    """The end of the name words from ``start`` that could be a club the tagger missed:
    up to ``_LONGEST_CLUB_NAME``, not into another mention; a particle may join them
    (``Copa del Rey``), but never ends one (``menjamu Knicks di Staples Center``: ``di``
    joins no name the next mention holds)."""
    end = start
    while end < min(len(words), start + _LONGEST_CLUB_NAME) and end not in covered:
        joins = words[end] in SURNAME_PARTICLES and _is_plain_name(words, end + 1)
        if not (_is_name_like(words[end]) or joins):
            break
        end += 1
    while end > start and words[end - 1] in SURNAME_PARTICLES:
        end -= 1
    return end


def _mark_prefixed_clubs(field: _Field, spans: list[_Span]) -> None:
    """A club prefix and the name words after it (``FC Basel``, ``FC Porto``, see
    ``CLUB_PREFIXES``) are one club, over what the tagger read there (often nothing, or a
    city): one to three words, not into another mention. So is a competition's, over a
    place the gazetteer knows too (``Coppa Italia``, see ``COMPETITION_PREFIXES``), and
    the name the tagger read from its first word is one (``Copa America`` a place)."""
    words = field.words
    field_spans = [span for span in spans if span.field is field]
    starting = {span.start: span for span in field_spans}
    covered = {index for span in field_spans for index in span.indices()}
    prefixed = (
        index
        for prefix in CLUB_PREFIXES | COMPETITION_PREFIXES
        for index in field.positions.get(prefix.lower(), ())
        if words[index] == prefix
    )
    for start in sorted(prefixed):
        competition = words[start] in COMPETITION_PREFIXES
        if start in covered:
            read = starting.get(start)
            if read is not None and read.entry is None and competition:
                read.kind = "organisation"
            continue
        inner = starting.get(start + 1)
        place = inner is not None and inner.kind == "place" and competition
        if inner is not None and (inner.entry is None or place) and inner.kind != "organisation":
            end = inner.end
        else:
            end = _club_name_end(words, start + 1, covered)
        if end == start + 1 or end - start > 1 + _LONGEST_CLUB_NAME:
            continue
        spans[:] = [span for span in spans if span is not inner]
        spans.append(_Span(field, start, end, "organisation", None))
        covered.update(range(start, end))


#: Numbered names a line needs to be a team's line-up (``1 - Thoma Strakosha; 15 -
#: Bastos (2 - Wesley Hoedt 52 '), 13 - Wallace``), and the longest name in one.
_LINEUP_MIN = 4
_LONGEST_LINEUP_NAME = 4


def _mark_lineups(field: _Field, spans: list[_Span]) -> None:
    """A line of four shirt numbers or more, each with a dash and a name (``8 - Dusan
    Basta, 6 - Jordan Lukaku``), is a team's line-up: every such name is a player, a
    person, over what the tagger read there (nothing, a place for ``Jordan Lukaku``), and
    the name opening the line is the team (see ``_lineup_team``)."""
    words = field.words
    by_line: dict[int, list[tuple[int, int]]] = {}
    for dash in field.positions.get("-", ()):
        number, start = dash - 1, dash + 1
        if number < 0 or not (words[number].isdigit() and len(words[number]) <= 2):
            continue
        end = start
        while end < min(len(words), start + _LONGEST_LINEUP_NAME) and words[end][:1].isupper():
            if end > start and end in field.line_starts:
                break
            end += 1
            hyphened = words[end : end + 2]
            if len(hyphened) == 2 and hyphened[0] == "-" and hyphened[1][:1].isupper():
                end += 1  # past the dash of a double surname: Milinkovic - Savic
        if end > start:
            line = bisect.bisect_left(field.breaks, field.tokens[dash].start)
            by_line.setdefault(line, []).append((start, end))
    lines = [names for names in by_line.values() if len(names) >= _LINEUP_MIN]
    teams = [team for names in lines if (team := _lineup_team(field, names[0][0]))]
    _put_marks(field, spans, [*teams, *((*name, "person") for names in lines for name in names)])


def _put_marks(field: _Field, spans: list[_Span], marks: Sequence[tuple[int, int, str]]) -> None:
    """Each mark (start, end, kind) of a line-up, a results line or a doubles pair over
    whatever spans the tagger read there; the name's other unknown spans in the article
    take its kind (``bunuh diri Sergio Ramos`` read as a club is the player of the
    line-up)."""
    if not marks:
        return
    kinds = {field.words[start:end]: kind for start, end, kind in marks}
    for span in spans:
        if span.entry is None and span.words in kinds:
            span.kind = kinds[span.words]
    mark_at = {index: mark for mark in marks for index in range(mark[0], mark[1])}
    inside: dict[tuple[int, int, str], list[_Span]] = {mark: [] for mark in marks}
    for span in spans:
        overlapped = (
            {mark_at[i] for i in span.indices() if i in mark_at} if span.field is field else ()
        )
        for mark in overlapped:
            inside[mark].append(span)
    replaced: set[int] = set()
    for mark, found in inside.items():
        if [(span.start, span.end, span.kind) for span in found] != [mark]:
            replaced.update(id(span) for span in found)
            found = [_Span(field, *mark, None)]
            spans.extend(found)
        for span in found:
            span.listed_player = mark[2] == "person"
    _drop_removed(spans, replaced)
    roots: dict[tuple[str, ...], _Span] = {}
    for span in spans:  # one entity: a name of one word, read apart, still propagates
        if span.entry is None and span.target is None and span.words in kinds:
            root = roots.setdefault(span.words, span)
            if root is not span:
                span.target = root


def _lineup_name_end(words: Sequence[str], start: int, stop: int) -> int:
    """The end of the player's name at ``start`` in a line-up (``Maitland - Niles``,
    ``Marc - Andre ter Stegen``), or ``start`` if no capitalised name is there."""
    end = named = start
    while end < stop and named < start + _LONGEST_LINEUP_NAME and words[end][:1].isupper():
        end += 1
        named += 1
        joined = words[end : min(stop, end + 2)]
        if (
            len(joined) == 2
            and (joined[0] == "-" or joined[0] in SURNAME_PARTICLES)
            and joined[1][:1].isupper()
        ):
            end += 1
    return end


_MINUTE_MARKS = frozenset({"′", "'", "’"})
#: A substitute's minute in a line-up may also close with a double mark (``(Demme 76 ")``),
#: which after a number elsewhere closes a quoted name (``" Sigma 6 "``).
_SUBSTITUTE_MINUTE_MARKS = _MINUTE_MARKS | frozenset({'"', "”", "″"})
#: A team's starting line-up without rows or a formation must name exactly this many.
_ELEVEN = 11
#: Headings of a substitutes' line after a line-up (``Cadangan: Jaume, Vidal, ...``).
_BENCH_HEADS = frozenset(
    {
        ("cadangan",),
        ("pemain", "cadangan"),
        ("subs",),
        ("substitutes",),
        # the unused substitutes: Cadangan tak terpakai: Romero, Lindelof, Smalling.
        ("cadangan", "tak", "terpakai"),
        ("cadangan", "tidak", "terpakai"),
        ("cadangan", "tak", "dimainkan"),
        ("cadangan", "tidak", "dimainkan"),
    }
)
_LONGEST_BENCH_HEAD = max(map(len, _BENCH_HEADS))


def _bench_heading(words: Sequence[str], start: int, stop: int) -> tuple[int, int, str] | None:
    """The heading of a substitutes' line opening at ``start`` up to its colon, written
    with common words that no team's name has (``Cadangan tak terpakai:``), as
    ``_lineup_team`` gives a team; ``None`` if the line opens with no such heading."""
    colon = start + 1
    while colon < min(stop, start + _LONGEST_BENCH_HEAD + 1) and words[colon] != ":":
        colon += 1
    head = tuple(word.lower() for word in words[start:colon])
    if colon < stop and words[colon] == ":" and head in _BENCH_HEADS:
        return start, colon, "organisation"
    return None


def _before_credit(words: Sequence[str], start: int, stop: int) -> int:
    """``stop`` without a reporter's credit in parentheses after the line's last full stop
    (``... (Adolfo Jose Hirsch 78 "). (bola / dzi)``)."""
    if stop - start < 3 or words[stop - 1] != ")":
        return stop
    opening = stop - 2
    while opening > start and words[opening] not in ("(", ")"):
        opening -= 1
    if words[opening] == "(" and words[opening - 1] == "." and stop - opening <= 6:
        return opening
    return stop


def _listed_lineup(
    field: _Field, start: int, stop: int, after_lineup: bool = False
) -> list[tuple[int, int, str]]:
    """The team and players of the line ``start:stop`` if it is a line-up without shirt
    numbers (see ``_mark_listed_lineups``), else nothing. ``after_lineup``: the field
    has a line-up already, so a substitutes' line (``Cadangan: ...``) and a line of
    eleven names alone (a line-up whose team heading the source lost) are read too. Eleven
    names in rows right below a line of a team and its formation alone (``Persib 4 - 4 -
    2``) are its line-up too."""
    words = field.words
    stop = _before_credit(words, start, stop)
    if stop - start <= _LONGEST_CLUB_NAME + _LINEUP_MIN:
        return []
    team: tuple[int, int, str] | None = _lineup_team(
        field, start + _LONGEST_CLUB_NAME
    ) or _bench_heading(words, start, stop)
    bench = team is not None and tuple(w.lower() for w in words[start : team[1]]) in _BENCH_HEADS
    heading = None
    if team is None or team[0] != start:
        heading = _formation_heading(field, start)
        if heading is None and (not after_lineup or words[start + 1] != ","):
            return []
        team, index, formation = None, start, False
    else:
        index = team[1]
        formation = words[index] == "("
    if formation:  # 3 - 4 - 2 - 1
        closing = index + 1
        while closing < stop and (words[closing].isdigit() or words[closing] == "-"):
            closing += 1
        if closing >= stop or words[closing] != ")":
            return []
        index = closing + 1
    if team is not None:
        if index >= stop or words[index] != ":":
            return []
        index += 1
    names: list[tuple[int, int, str]] = []
    rows = starters = 0
    if words[stop - 1] == ".":
        stop -= 1
    while index < stop:
        end = _lineup_name_end(words, index, stop)
        if end == index:
            return []
        names.append((index, end, "person"))
        starters += 1
        index = end
        if index < stop and words[index] == "(":  # a substitute and his minute: (Marsh 46′)
            end = _lineup_name_end(words, index + 1, stop)
            minute = end
            while minute < stop and (
                words[minute].isdigit() or words[minute] in _SUBSTITUTE_MINUTE_MARKS
            ):
                minute += 1
            if end == index + 1 or minute == end or minute >= stop or words[minute] != ")":
                return []
            names.append((index + 1, end, "person"))
            index = minute + 1
        if index < stop:
            if words[index] not in (",", ";"):
                return []
            rows += words[index] == ";"
            index += 1
    if len(names) < _LINEUP_MIN:
        return []
    if rows or formation:
        if heading is not None and starters == _ELEVEN:
            return [heading, *names]
        return [team, *names] if team else []
    if bench:
        return names if after_lineup else []
    return [team, *names] if team and starters == _ELEVEN else names if starters == _ELEVEN else []


def _formation_heading(field: _Field, start: int) -> tuple[int, int, str] | None:
    """The team of the line before the one opening at ``start`` when that line is a team
    and its formation alone (``Bhayangkara 4 - 4 - 2``, ``Manchester United (4 - 2 - 3 -
    1)``), the heading of a line-up written below it, as an organisation's span; ``None``
    if it is not."""
    if not start:
        return None
    previous, end = _capitalised_line_opening(field, start - 1)
    formation = field.words[end:start]
    if formation[:1] == ("(",) and formation[-1:] == (")",):
        formation = formation[1:-1]
    if (
        end == previous
        or end - previous > _LONGEST_CLUB_NAME
        or len(formation) < 5
        or not all(
            word.isdigit() if offset % 2 == 0 else word == "-"
            for offset, word in enumerate(formation)
        )
    ):
        return None
    return previous, end, "organisation"


_LONGEST_PARTNER_NAME = 4
_PAIR_REACH = 6


def _pair_side(
    field: _Field, touching: dict[int, _Span], slash: int, step: int
) -> tuple[int, int] | None:
    """The name right before (``step`` -1) or after (+1) the slash at ``slash``: a span
    ending or starting there (``touching``: the field's spans by their end, or by their
    start), else a run of capitalised words without the common word opening a sentence
    (``Pasangan``)."""
    words = field.words
    near = slash + step
    span = touching.get(slash if step < 0 else near)
    if span is not None:
        if span.entry is not None and span.kind != "person":
            return None
        start = span.start
        while (  # the given name the tagger left off (``Marcus [Fernaldi Gideon] / Kevin``)
            step < 0
            and start > 0
            and span.end - start < _LONGEST_PARTNER_NAME
            and words[start][:1].isupper()
            and words[start - 1][:1].isupper()
            and words[start - 1].isalpha()
            and not _is_common_word(words[start - 1].lower())  # ``Ganda putra``
            and start not in field.line_starts
            and start not in touching  # a name read before it (``Jepang``) stays
            and not _opens_sentence_as_common_word(words, start - 1)
        ):
            start -= 1
        return start, span.end
    edge = near
    while 0 <= edge < len(words) and abs(edge - near) < _LONGEST_PARTNER_NAME:
        if step < 0 and _is_name_syllable(words, edge):
            edge -= 2  # a syllable after a spaced hyphen (``Kim Ha - na``)
            continue
        if not words[edge][:1].isupper():
            break
        if edge != near and (edge + 1 if step < 0 else edge) in field.line_starts:
            break  # a name stays on its line
        if step > 0 and _is_name_syllable(words, edge + 2):
            edge += 2  # ``Kong Hee - yong``
        edge += step
    start, end = (edge + 1, slash) if step < 0 else (near, edge)
    if end - start > 2 and _is_name_syllable(words, end - 1):
        end -= 2  # the syllable joins later, as to a name read there (``_join_spaced_syllables``)
    while start < end and _opens_sentence_as_common_word(words, start):
        start += 1
    return (start, end) if start < end else None


def _is_name_syllable(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is a short lowercase syllable after a spaced hyphen
    and a capitalised word, the end of a given name (``Ha - na``, ``Hee - yong``)."""
    return (
        2 <= index < len(words)
        and words[index].isalpha()
        and words[index].islower()
        and len(words[index]) <= _LONGEST_NAME_SYLLABLE
        and words[index - 1] in _DASHES
        and words[index - 2][:1].isupper()
    )


def _pairs_meet(first: tuple[tuple[int, int], ...], second: tuple[tuple[int, int], ...]) -> bool:
    """Whether the pair ``second`` starts a few words after the pair ``first`` ends."""
    return 0 <= second[0][0] - first[1][1] <= _PAIR_REACH


#: Words of a text on badminton or doubles (``ganda campuran``, ``bulu tangkis``).
_DOUBLES_WORDS = frozenset({"ganda", "tangkis", "bulutangkis", "badminton"})


def _given_name_pair(
    field: _Field, slash: int, ending: dict[int, _Span], starting: dict[int, _Span]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A doubles pair by its given names (``Nova / Lilyana``): each side a name read there
    or the one capitalised word next to the slash, not a country's code in capitals
    (``(INA / MAS)``) nor the words before it (``Perjuangan Tontowi / Liliyana``)."""
    sides = []
    for read, (start, end) in (
        (ending.get(slash), (slash - 1, slash)),
        (starting.get(slash + 1), (slash + 1, slash + 2)),
    ):
        if read is not None and read.entry is None:
            sides.append((read.start, read.end))
            continue
        word = field.words[start] if 0 <= start < len(field.words) else ""
        if read is not None or not (word.isalpha() and word[:1].isupper() and not word.isupper()):
            return None
        sides.append((start, end))
    return sides[0], sides[1]


def _mark_doubles_pairs(field: _Field, spans: list[_Span]) -> None:
    """Two full names apart by a slash (``Kevin Sanjaya / Marcus Gideon``) are a doubles pair
    when one of them is a person, or when the pair plays a pair of persons a few words
    away (``... mengalahkan Chan Peng Soon / Goh Liu Ying``, ``vs``): both are players,
    over what the tagger read there (a place, a club) or missed. In a text on badminton or
    on doubles (see ``_DOUBLES_WORDS``) a pair goes by its given names too (``Nova /
    Lilyana``); elsewhere one-word sides are a double role (``Melanie / Wanderer``), but in
    a list of pairs a one-word side beside a full name is that partner's only name
    (``Ahmad Faisal / Jimris, dan ...``, as older news lists medallists)."""
    slashes = field.positions.get("/", ())
    if not slashes:
        return
    doubles = not _DOUBLES_WORDS.isdisjoint(field.positions)
    ending = {span.end: span for span in spans if span.field is field}
    starting = {span.start: span for span in spans if span.field is field}
    pairs, uneven = [], []
    for slash in slashes:
        left, right = _pair_side(field, ending, slash, -1), _pair_side(field, starting, slash, 1)
        if not (left and right):
            continue
        lengths = (left[1] - left[0], right[1] - right[0])
        if min(lengths) > 1:
            pairs.append((left, right))
        elif doubles and (given := _given_name_pair(field, slash, ending, starting)):
            pairs.append(given)
        elif max(lengths) > 1 and (given := _given_name_pair(field, slash, ending, starting)):
            uneven.append(given)
    listed = sorted([*pairs, *uneven])  # in reading order: a pair meets its neighbours
    uneven_set = set(uneven)
    pairs += [  # a full name and a one-word name in a list of pairs
        pair
        for index, pair in enumerate(listed)
        if pair in uneven_set
        and (
            (index > 0 and _pairs_meet(listed[index - 1], pair))
            or (index + 1 < len(listed) and _pairs_meet(pair, listed[index + 1]))
        )
    ]
    pairs.sort()
    persons = {
        (span.start, span.end) for span in spans if span.field is field and span.kind == "person"
    }
    playing = [bool(persons & set(pair)) for pair in pairs]
    for index, pair in enumerate(pairs):  # in reading order: a pair plays its neighbours
        neighbours = [other for other in (index - 1, index + 1) if 0 <= other < len(pairs)]
        playing[index] = playing[index] or any(
            playing[other] and _pairs_meet(*sorted((pairs[other], pair))) for other in neighbours
        )
    _put_marks(
        field,
        spans,
        [
            (*side, "person")
            for pair, plays in zip(pairs, playing, strict=True)
            if plays
            for side in pair
        ],
    )


_LONGEST_TEAM_NAME = 4


def _mark_results_lines(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A line of two names around a score and nothing else (``Washington Wizards 91 - 100
    Toronto Raptors``, maybe the scorers in parentheses after it) is a result: both names
    are teams, organisations, unless the gazetteer knows one as a place (a country is its
    national team, see ``_name_national_teams_by_country``), here and where the text
    names them (``dikantongi Toronto Raptors``, see ``_put_marks``), by its nickname too
    (see ``_team_nickname``)."""
    words = field.words
    known = {(span.start, span.end) for span in spans if span.field is field and span.entry}
    bounds = [0, *sorted(field.line_starts), len(words)]
    scored = {
        bisect.bisect_right(bounds, dash)
        for dash in field.positions.get("-", ())
        if dash > 0 and _is_points(words, dash - 1)
    }
    marks: set[tuple[int, int, str]] = set()
    nicknames: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # once a team, not a line
    for start, stop in (bounds[line - 1 : line + 1] for line in sorted(scored)):
        home = _lineup_name_end(words, start, stop)
        away = home + 3
        if not (start < home < stop and home <= start + _LONGEST_TEAM_NAME) or not _is_points(
            words, home
        ):
            continue
        end = (
            _lineup_name_end(words, away, stop)
            if away < stop and _is_points(words, away - 1)
            else away
        )
        if end == away or end - away > _LONGEST_TEAM_NAME or (end < stop and words[end] != "("):
            continue
        teams = [team for team in ((start, home), (away, end)) if team not in known]
        for team in teams:
            name = words[team[0] : team[1]]
            if name not in nicknames:
                nicknames[name] = _team_nickname(field, gazetteer, *team)
            marks.update((*place, "organisation") for place in [team, *nicknames[name]])
    _put_marks(field, spans, sorted(marks))


def _team_nickname(
    field: _Field, gazetteer: Gazetteer, start: int, end: int
) -> list[tuple[int, int]]:
    """The places where the text calls the team ``start:end``, a known place and a
    nickname (``Denver Nuggets``), by its nickname alone (``Nuggets``), as American
    teams go: there it is that team, not the person or place the tagger read."""
    words = field.words
    city = gazetteer.lookup(" ".join(words[start : end - 1])) if end - start > 1 else None
    if city is None or city.kind != "place":
        return []
    return [
        (index, index + 1)
        for index in field.positions.get(words[end - 1].lower(), ())
        if words[index] == words[end - 1] and not _goes_on_name(words, index)
    ]


def _goes_on_name(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` goes on the name of a capitalised word before it, one
    not opening a sentence as a common word (``Keunggulan Lakers`` is the team alone)."""
    return (
        index > 0
        and words[index - 1][:1].isupper()
        and not _opens_sentence_as_common_word(words, index - 1)
    )


_LONGEST_LISTED_PLACE = 3


def _mark_places_in_lists(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A name listed after two places or more (``Doha, Dubai, Miami, Eastbourne, dan
    Bastad``) is a place too, where the tagger read a person or a club or missed it: a list
    holds things of one sort. Only places the gazetteer knows open the list, and a name it
    ignores stays none (``Timor Leste dan Papua, serta Pancasila``: the state ideology)."""
    words = field.words
    mine = [span for span in spans if span.field is field]
    placed = {span.end: span.start for span in mine if span.entry and span.kind == "place"}
    if len(placed) < 2:
        return
    covered = {index for span in mine for index in span.indices()}
    candidates = {
        (span.start, span.end)
        for span in mine
        if span.entry is None and span.kind in ("person", "organisation")
    }
    joiners = (index for joiner in _LIST_JOINERS for index in field.positions.get(joiner, ()))
    for index in sorted(joiner + 1 for joiner in joiners if joiner + 1 < len(words)):
        if index not in covered and words[index][:1].isupper():
            end = index
            while end < min(len(words), index + _LONGEST_LISTED_PLACE) and end not in covered:
                if not words[end][:1].isupper() or (end > index and end in field.line_starts):
                    break
                end += 1
            candidates.add((index, end))

    def listed_before(start: int) -> int | None:
        joiner = start - 1
        while joiner > start - 3 and joiner > 0 and words[joiner].lower() in _LIST_JOINERS:
            joiner -= 1
        return placed.get(joiner + 1) if joiner < start - 1 else None

    marks = []
    for start, end in sorted(candidates):
        if words[start].lower() in NEVER_ENTITIES:
            continue  # the day after a dateline's places: Jakarta, Jumat (12 / 1)
        if gazetteer.is_ignored(" ".join(words[start:end])):
            continue
        before = listed_before(start)
        if before is not None and listed_before(before) is not None:
            marks.append((start, end, "place"))
            placed[end] = start
    _put_marks(field, spans, marks)


#: The most tokens from one bracketed name of a list to the next (``Tegar (Rossa), dan
#: Bicara Cinta (Ruth Sahanaya)``): the brackets, a comma, ``dan`` and a title of up to six
#: words.
_BRACKETED_LIST_GAP = 10


def _mark_persons_in_bracketed_lists(field: _Field, spans: list[_Span]) -> None:
    """A name alone in parentheses, in a list of names each in parentheses after a title
    (``Tegar (Rossa), Bicara Cinta (Ruth Sahanaya), Kembali (Anggun)``: songs and their
    singers), is a person where the tagger or the gazetteer read two others so bracketed
    in the list as persons and nothing there: a list holds names of one sort, as
    ``_mark_places_in_lists`` reads places. Up to three name words, none that is never an
    entity; no sentence ends inside the list."""
    words = field.words
    groups = []
    for opening in field.positions.get("(", ()):
        end = _followed_name_end(words, opening, set(), NEVER_ENTITIES)
        if opening + 1 < end < len(words) and words[end] == ")":
            groups.append((opening + 1, end))
    if len(groups) < 3:
        return
    lists: list[list[tuple[int, int]]] = []
    for start, end in groups:
        last = lists[-1][-1][1] if lists else -_BRACKETED_LIST_GAP
        between = words[last:start]
        if lists and start - last <= _BRACKETED_LIST_GAP and _SENTENCE_ENDS.isdisjoint(between):
            lists[-1].append((start, end))
        else:
            lists.append([(start, end)])
    mine = [span for span in spans if span.field is field]
    persons = {(span.start, span.end) for span in mine if span.kind == "person"}
    covered = {index for span in mine for index in span.indices()}
    for listed in lists:
        if sum(group in persons for group in listed) < 2:
            continue
        for start, end in listed:
            if covered.isdisjoint(range(start, end)):
                spans.append(_Span(field, start, end, "person", None))


def _mark_listed_lineups(field: _Field, spans: list[_Span]) -> None:
    """A line that opens with a team, its formation and a colon and then only names apart
    by commas, a semicolon between the rows of the formation (``Arsenal (3 - 4 - 3): Cech;
    Holding, Mustafi; ...``) or not (``Udinese (3 - 5 - 1 - 1): Bizzarri, Danilo, ...``),
    maybe a full stop at its end, is a line-up written without shirt numbers: as in
    ``_mark_lineups``, its names are players and its opening the team."""
    words = field.words
    bounds = [0, *sorted(field.line_starts), len(words)]
    formations = [colon for colon in field.positions.get(":", ()) if words[colon - 1] == ")"]
    rows = field.positions.get(";", ())
    lines = {bisect.bisect_right(bounds, index) for index in [*rows, *formations]}
    marks = [  # a line-up has rows or a formation: only lines with either are read
        mark
        for line in sorted(lines)
        for mark in _listed_lineup(field, bounds[line - 1], bounds[line])
    ]
    marks += _eleven_lineups(field, spans, bounds, bool(marks) or bool(field.positions.get(":")))
    _put_marks(field, spans, _without_national_teams(field, spans, marks))


def _without_national_teams(
    field: _Field, spans: Sequence[_Span], marks: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A line-up's team known as a place (``Jerman: ...``, ``Chile (4 - 2 - 3 - 1): ...``,
    a national team) stays the country, as every mention of a country does: its mark is
    dropped, its players' stay."""
    places = _SpansAt(
        span
        for span in spans
        if span.field is field and span.entry is not None and span.entry.kind == "place"
    )
    return [mark for mark in marks if mark[2] == "person" or not places.over(mark[0], mark[1])]


def _mark_squads_by_position(field: _Field, spans: list[_Span]) -> None:
    """A squad listed by position, each a capitalised heading and a colon and then only
    names apart by commas up to a full stop or the line's end (``Kiper: Donnarumma,
    Storari. Gelandang: Bertolacci, Honda, Kucka.``, see ``POSITION_HEADINGS``; an initial's
    full stop goes on its name: ``Belakang: L. Kalaiharasan, ...``): its names
    are players, persons, over what the tagger read there (places, a club, the company
    Honda for Keisuke Honda), as a line-up's are (see ``_put_marks``)."""
    words = field.words
    bounds = [0, *sorted(field.line_starts), len(words)]
    marks: list[tuple[int, int, str]] = []
    for colon in field.positions.get(":", ()):
        heading = words[colon - 1] if colon else ""
        if not heading[:1].isupper() or heading.lower() not in POSITION_HEADINGS:
            continue
        stop = bounds[bisect.bisect_right(bounds, colon)]
        names: list[tuple[int, int, str]] = []
        index = colon + 1
        while (end := _lineup_name_end(words, index, stop)) > index:
            if end == index + 1 and _is_initial_stop(words, end):
                end = _lineup_name_end(words, end + 1, stop)  # an initial: L. Kalaiharasan
            names.append((index, end, "person"))
            index = end + 1
            if end >= stop or words[end] != ",":
                break
        if len(names) >= 2 and (end == stop or words[end] == "."):
            marks.extend(names)
    _put_marks(field, spans, marks)


def _eleven_lineups(
    field: _Field, spans: list[_Span], bounds: list[int], colons: bool
) -> list[tuple[int, int, str]]:
    """The line-ups written as ``Team: name, name, ...`` without rows or a formation:
    eleven names after a team (``Real Madrid: Navas, Carvajal, ...``), and once one is
    found, the substitutes' line and a line of eleven names alone. A line naming a known
    place or organisation is a list of those, no line-up (``Peserta: Jakarta, ...``); a
    team known as a place stays the country (``_without_national_teams``)."""
    if not colons:
        return []
    known = _SpansAt(
        span
        for span in spans
        if span.field is field and span.entry is not None and span.entry.kind != "person"
    )
    marks: list[tuple[int, int, str]] = []
    for after_lineup in (False, True):  # the teams' line-ups first, then the other lines
        if after_lineup and not marks:
            break
        for line in range(1, len(bounds)):
            lineup = _listed_lineup(field, bounds[line - 1], bounds[line], after_lineup)
            team = [mark for mark in lineup if mark[2] != "person"]
            if (
                not lineup
                or bool(team) == after_lineup  # pass one: headed lines; pass two: the rest
                or any(known.over(start, end) for start, end, kind in lineup if kind == "person")
            ):
                continue
            marks += lineup
    return marks


def _capitalised_line_opening(field: _Field, index: int) -> tuple[int, int]:
    """The start of the line holding ``index`` and the end of the capitalised words that
    open it, up to ``index`` (a team's name before its formation or colon)."""
    words = field.words
    starts = sorted(field.line_starts)
    opening = bisect.bisect_right(starts, index)
    start = starts[opening - 1] if opening else 0
    end = start
    while end < index and words[end][:1].isupper() and words[end].isalpha():
        end += 1
    return start, end


def _lineup_team(field: _Field, first: int) -> tuple[int, int, str] | None:
    """The team a line-up line opens with, before its formation or a colon (``Lazio (3 - 4
    - 2 - 1):``, ``Bhayangkara FC:``), as an organisation's span; ``None`` if none."""
    start, end = _capitalised_line_opening(field, first)
    if end == start or end - start > _LONGEST_CLUB_NAME or field.words[end] not in ("(", ":"):
        return None
    return start, end, "organisation"


_DEFINED_ACRONYM_USES = 2
#: Heads of a government ministry's name (``Departemen Kelautan dan Perikanan (DKP)``): a
#: body defined with its acronym once is still that body, never a category explained.
_MINISTRY_HEADS = frozenset(("departemen", "kementerian", "kementrian"))
#: Heads of a body defined with its acronym once that is still that body: a ministry's
#: and a ministry's directorate (``Direktorat Jenderal Sumber Daya dan Perangkat Pos dan
#: Informatika (SDPPI)``), which no category's name opens with; a directorate's only with
#: its own name (see ``_names_once_defined_body``).
_ONCE_DEFINED_HEADS = _MINISTRY_HEADS | {"direktorat"}


def _names_once_defined_body(words: Sequence[str], start: int, opening: int) -> bool:
    """Whether the name from ``start`` to the parenthesis at ``opening`` is a body's that
    is one though its acronym is used once (see ``_ONCE_DEFINED_HEADS``): a directorate
    with a capitalised word of its own after ``Direktorat`` (and ``Jenderal``), not the
    generic noun (``tingkat Direktorat Jenderal (Dirjen)``, ``Setiap Direktorat (Dit)``)."""
    head = words[start].lower()
    if head not in _ONCE_DEFINED_HEADS:
        return False
    if head in _MINISTRY_HEADS:
        return True
    own = start + 1 + (_word_at(words, start + 1) == "Jenderal")
    return any(word[:1].isupper() for word in words[own:opening])


#: Heads of an agency's name and the last words that make it the state's one agency, a
#: body even where its acronym is used once (``Lembaga Penerbangan dan Antariksa Nasional
#: (LAPAN)``, ``Lembaga Kebijakan Pengadaan Barang / Jasa Pemerintah (LKPP)``), where a
#: category's is not (``Lembaga Keuangan Mikro (LKM)``, ``Badan Usaha Milik Desa
#: (BUMDes)``; ``Badan Usaha Milik Negara (BUMN)``, see ``CATEGORY_ACRONYMS``).
_AGENCY_HEADS = frozenset(("badan", "lembaga"))
_STATE_AGENCY_ENDS = frozenset(("Nasional", "Indonesia", "Pemerintah"))
#: Words of a category's name of bodies, never of one agency's (``Badan Usaha Milik Swasta
#: Nasional (BUMSN)``).
_CATEGORY_NAME_WORDS = frozenset(("Usaha", "Milik"))


def _names_state_agency(words: Sequence[str], start: int, opening: int) -> bool:
    """Whether the name from ``start`` to the parenthesis at ``opening`` is a state
    agency's (see ``_STATE_AGENCY_ENDS``), its acronym and its words no category's (see
    ``_CATEGORY_NAME_WORDS``)."""
    return (
        words[start].lower() in _AGENCY_HEADS
        and words[opening - 1] in _STATE_AGENCY_ENDS
        and words[opening + 1].lower() not in CATEGORY_ACRONYMS
        and _CATEGORY_NAME_WORDS.isdisjoint(words[start:opening])
    )


def _mark_defined_organisations(
    fields: Sequence[_Field], field: _Field, spans: list[_Span]
) -> None:
    """An organisation's full name that the article defines with its acronym in
    parentheses (``Komite Nasional Pembaruan Agraria (KNPA)``, ``Direktorat Jenderal
    Pajak (DJP)``) is an organisation, and so is the acronym, wherever the tagger left the
    name out or read only a place in it (``Papua Barat`` of ``Komite Nasional Papua Barat
    (KNPB)``). The name opens with an organisation's head (``DEFINED_ORGANISATION_HEADS``)
    and the acronym abbreviates it (``_abbreviates``: ``Badan Keamanan Laut (Bakamla)``
    too), so ``Pedagang Kaki Lima (PKL)`` is no organisation. The article must use the
    acronym again (a body it reports on, not a category it explains once: ``Badan Usaha
    Milik Negara (BUMN)``), unless the name is a ministry's or a directorate's
    (``Departemen Kelautan dan Perikanan (DKP)``, see ``_ONCE_DEFINED_HEADS``), a state
    agency's (``_names_state_agency``) or the
    tagger read the name's head as an organisation cut short of it
    (``_reads_head_as_body``); the acronym then links to the name (``_link_renames``),
    and is an organisation wherever the tagger read it alone (``Peneliti Formappi``, a
    person)."""
    words = field.words
    # The field's spans by the words they cover: looked up around each parenthesis rather
    # than scanned for each (quadratic in an article defining thousands).
    covering = _SpansAt(span for span in spans if span.field is field)
    removed: set[int] = set()
    defined: set[tuple[str, ...]] = set()
    for opening in field.positions.get("(", ()):
        acronym = opening + 1
        closing = _acronym_end(words, acronym)
        if closing is None:
            continue
        start = _defined_name_start(words, opening, closing)
        if start is None:
            continue
        inside = covering.over(start, opening)
        uses = sum(len(other.positions.get(words[acronym].lower(), ())) for other in fields)
        if (
            uses < _DEFINED_ACRONYM_USES
            and not _names_once_defined_body(words, start, opening)
            and not _names_state_agency(words, start, opening)
            and not _reads_head_as_body(inside, start, opening)
            and not _named_on_after(words, start, opening, closing)
        ):
            continue
        if any(span.start < start or _names_defined(span, start, opening) for span in inside):
            if any(span.kind == "organisation" and span.end == opening for span in inside):
                defined.add(tuple(words[acronym:closing]))  # the tagger named it in full
                _add_seated_acronym(field, covering, spans, (acronym, closing))
            continue
        code = covering.over(acronym, closing)
        if any(span.entry is not None for span in code):
            continue  # the gazetteer knows the acronym (UNS) and links it already
        known_code = any(span.kind == "organisation" for span in code)
        for span in inside if known_code else inside + code:
            covering.remove(span)
            removed.add(id(span))
        added = [_Span(field, start, opening, "organisation", None)]
        if not known_code:
            added.append(_Span(field, acronym, closing, "organisation", None))
            defined.add(tuple(words[acronym:closing]))
        for span in added:
            covering.add(span)
            spans.append(span)
    if removed:
        _drop_removed(spans, removed)
    for span in spans:
        if span.words in defined and span.entry is None:
            span.kind = "organisation"


def _add_seated_acronym(
    field: _Field, covering: _SpansAt, spans: list[_Span], acronym: tuple[int, int]
) -> None:
    """The acronym the tagger left out after a name it read in full, with a place right
    after it, is an organisation: one mention with the name (``Dinas Perhubungan
    (Dishub)``, then the place ``Banjarnegara``), or with the place too where the body
    has a branch there (``Pengadilan Tindak Pidana Korupsi (Tipikor) Jakarta``, see
    ``_join_seats_after_acronyms``)."""
    start, closing = acronym
    seats = covering.over(closing + 1, closing + 2)
    if not covering.over(start, closing) and any(
        span.kind == "place" and span.start == closing + 1 for span in seats
    ):
        added = _Span(field, start, closing, "organisation", None)
        covering.add(added)
        spans.append(added)


#: The fewest words of a defined name that a name after its acronym shows to be a body's:
#: two words are often a category or a level whose acronym opens the name after it
#: (``Tim Nasional (Timnas) Indonesia``, ``Perusahaan Daerah (PD) Pasar Jaya``).
_SHORTEST_NAMED_ON = 3


def _named_on_after(words: Sequence[str], start: int, opening: int, closing: int) -> bool:
    """Whether a name goes on right after the parenthesis closing the acronym of the name
    from ``start`` to ``opening``: the body's seat or the body it belongs to (``Organisasi
    Angkutan Darat (Organda) Pekanbaru``, ``Dewan Guru Besar (DGB) IPB``), which a
    category explained once has not (``Badan Usaha Milik Negara (BUMN) atau swasta``). It
    tells a body apart in a lone sentence, where the acronym is not used again. Not after
    a name of two words nor a party's board (``Dewan Pimpinan Wilayah (DPW) Sumatera
    Utara``, see ``_drop_party_boards``)."""
    after = closing + 1
    return (
        opening - start >= _SHORTEST_NAMED_ON
        and tuple(word.lower() for word in words[start:opening]) not in PARTY_BOARD_NAMES
        and after < len(words)
        and is_name_word(words[after])
        and words[after][:1].isupper()
    )


def _reads_head_as_body(inside: Sequence[_Span], start: int, opening: int) -> bool:
    """Whether the tagger read the defined name's head and more as an organisation, cut
    short of the acronym (``Badan Pengkajian`` of ``Badan Pengkajian dan Penerapan
    Teknologi (BPPT)``): a body the article names, defined once or not, where a category
    explained once (``Badan Usaha Milik Negara (BUMN)``) gets no such reading."""
    return any(
        span.kind == "organisation" and span.start == start and start + 1 < span.end < opening
        for span in inside
    )


def _names_defined(span: _Span, start: int, opening: int) -> bool:
    """Whether ``span``, inside the name defined from ``start`` to ``opening``, is an
    organisation that names it already: all of it, from another word, or known to the
    gazetteer. One the tagger cut short at a slash (``Lembaga Kebijakan Pengadaan Barang``
    of ``... Barang / Jasa Pemerintah (LKPP)``) is not."""
    if span.kind != "organisation":
        return False
    return span.start != start or span.end == opening or span.entry is not None


class _SpansAt:
    """Spans by the word positions they cover."""

    def __init__(self, spans: Iterable[_Span]) -> None:
        self._at: dict[int, list[_Span]] = {}
        for span in spans:
            self.add(span)

    def add(self, span: _Span) -> None:
        for index in span.indices():
            self._at.setdefault(index, []).append(span)

    def remove(self, span: _Span) -> None:
        for index in span.indices():
            self._at[index].remove(span)

    def over(self, start: int, end: int) -> list[_Span]:
        """The spans covering any word of ``start:end``, each once, in the order added."""
        found: dict[int, _Span] = {}
        for index in range(start, end):
            for span in self._at.get(index, ()):
                found.setdefault(id(span), span)
        return list(found.values())


#: The most words an acronym in parentheses has: ``(Diskes Kolinlamil)``, a unit's
#: acronym and its command's.
_LONGEST_ACRONYM = 2


def _acronym_end(words: Sequence[str], acronym: int) -> int | None:
    """Where the parenthesis opened before ``acronym`` closes if it holds an acronym: one
    word, or up to ``_LONGEST_ACRONYM`` capitalised ones (``Diskes Kolinlamil``)."""
    for closing in range(acronym + 1, min(acronym + _LONGEST_ACRONYM + 1, len(words))):
        if words[closing] == ")":
            return closing
        if not (words[closing].isalpha() and words[closing][:1].isupper()):
            return None
    return None


#: The head of a committee's name (``Panitia``) and the end of an organising committee's
#: English acronym (``INASGOC``, Indonesia Asian Games Organizing Committee).
_COMMITTEE_HEAD, _ORGANISING_COMMITTEE_END = "panitia", "OC"


def _names_organising_committee(head: str, acronym: str) -> bool:
    """Whether ``head`` opens an event's organising committee named in Indonesian before
    its English acronym (``Panitia Penyelenggara Asian Games (INASGOC)``): the acronym
    abbreviates the English name, not the words before it, as a foreign body's does."""
    return head.lower() == _COMMITTEE_HEAD and acronym.endswith(_ORGANISING_COMMITTEE_END)


def _defined_name_start(words: Sequence[str], opening: int, closing: int) -> int | None:
    """Where the organisation's name before ``(ACRONYM)`` between ``opening`` and
    ``closing`` starts: the farthest head word of the capitalised run before it (``dan``
    or a slash may join its parts: ``Barang / Jasa``) from which the acronym abbreviates
    the run (``_abbreviates_organisation``; an acronym of two words as one:
    ``DiskesKolinlamil``), or, for an acronym in capitals that abbreviates none, the
    farthest body's head there with a word after it (see ``_is_foreign_acronym_of``), or
    an organising committee's (``_names_organising_committee``) with no other body's head
    nor ``dan`` or a slash after it; ``None`` if none."""
    acronym = "".join(words[opening + 1 : closing])
    found = foreign = None
    start, joined = opening, False
    while start > max(0, opening - _LONGEST_NAME):
        previous = words[start - 1]
        joins = previous in CONJUNCTIONS or previous == "/"
        if not (is_name_word(previous) or (joins and start < opening)):
            break
        start, joined = start - 1, joined or joins
        head = previous.lower() in DEFINED_ORGANISATION_HEADS and is_name_word(previous)
        if head and _abbreviates_organisation(acronym, words[start:opening]):
            found = start
        # a committee's name holds no other body nor a second one joined: Panitia SEA
        # Games dan Komite Olimpiade Nasional (NOC) names two
        committee = _names_organising_committee(previous, acronym) and not joined
        if previous.lower() in FOREIGN_BODY_HEADS or (committee and foreign is None):
            foreign = start
    if found is None and acronym.isupper() and len(acronym) > 1 and opening - (foreign or 0) > 1:
        return foreign  # a translated body's name, its acronym its own language's: PCA
    return found


_HEADED_NAME_MIN = 3


def _mark_headed_organisations(field: _Field, spans: list[_Span]) -> None:
    """A capitalised run the tagger left out that opens with an organisation's or a
    court's head and has two name words or more after it (``Komisi Informasi Publik``,
    ``Aliansi Masa Depan Kosovo``, see ``FOREIGN_BODY_HEADS``), or a faculty's and one
    before its university (``Fakultas Hukum UI``, ``SHORT_NAMED_HEADS``; NERGrit marks no
    faculty, idner one with its university), is an organisation; ``dan`` may join its
    parts (``Dinas Pemadam Kebakaran dan Penanggulangan Bencana``), and it ends over a
    place it names (``Persatuan Asosiasi Sepak Bola Eropa``, ``Pengadilan Daerah
    Victoria``: the court, not the region the tagger read after its head). Not a body of
    the organisation named right after it (``Dewan Pimpinan Pusat Partai Demokrat``), nor
    a name the article explains with an acronym: that is ``_mark_defined_organisations``'
    to judge (``Badan Usaha Milik Negara (BUMN)``, a category)."""
    words = field.words
    field_spans = [span for span in spans if span.field is field]
    covered = {index for span in field_spans for index in span.indices()}
    organisations = {span.start for span in field_spans if span.kind == "organisation"}
    places = {span.start: span for span in field_spans if span.kind == "place"}
    persons = {span.start for span in field_spans if span.kind == "person"}
    heads = sorted(
        i for head in FOREIGN_BODY_HEADS | SHORT_NAMED_HEADS for i in field.positions.get(head, ())
    )
    for start in heads:  # in reading order: the first head opens the name
        if start in covered or not words[start][:1].isupper():
            continue
        faculty = words[start].lower() in SHORT_NAMED_HEADS  # of the body after it
        end = start + 1
        while (
            end < min(len(words), start + _LONGEST_NAME)
            and _goes_on(words, end, covered)
            and not (faculty and words[end] in CONJUNCTIONS)  # Fakultas Teknik dan Hukum
        ):
            end += 1
        place = places.get(end)  # a place ends the name: Komite Nasional Papua Barat
        if place is not None:
            end = place.end
        trimmed = _without_title_before_person(words, trim_name(words, start, end), persons)
        shortest = 2 if faculty else _HEADED_NAME_MIN
        if not trimmed or trimmed[0] != start or trimmed[1] - start < shortest:
            continue
        after = trimmed[1]
        explained = tuple(words[after : after + 3 : 2]) == ("(", ")") and (
            _abbreviates_organisation(words[after + 1], words[start:after])
        )  # a foreign body's own acronym explains nothing: Aliansi Masa Depan Kosovo (AAK)
        if (after in organisations) != faculty or explained:
            continue  # a faculty is named before its university: Fakultas Hukum UI
        if place is not None and place.end > after:
            continue
        spans[:] = [span for span in spans if span is not place]
        spans.append(_Span(field, *trimmed, "organisation", None))
        covered.update(range(*trimmed))


def _without_title_before_person(
    words: Sequence[str], name: tuple[int, int] | None, persons: Container[int]
) -> tuple[int, int] | None:
    """A body's name without a title at its end that opens the person right after it
    (``Angkatan Bersenjata Jenderal`` + ``Joseph Dunford``: the general, not the body's
    word); a title inside the name stays (``Direktorat Jenderal Pajak``)."""
    if name is None or name[1] not in persons or name[1] - name[0] < 2:
        return name
    if words[name[1] - 1].lower() not in TITLE_WORDS:
        return name
    return name[0], name[1] - 1


def _mark_offices_of_known_bodies(field: _Field, spans: list[_Span]) -> None:
    """An office's name opening with its head (``Kantor``, see ``OFFICE_WORDS``) and running
    over name words into a known body, then the home country's name, is one organisation
    (``Kantor Kamla Zona Maritim Bakamla RI``): the body's regional office, not the place
    the tagger read around the body (``Zona Maritim Bakamla``) and the country (``RI``)."""
    words = field.words
    field_spans = [span for span in spans if span.field is field]
    covered = {index for span in field_spans for index in span.indices()}
    starting = {span.start: span for span in field_spans}
    removed: set[int] = set()
    offices: list[_Span] = []
    for head in sorted(i for word in OFFICE_WORDS for i in field.positions.get(word, ())):
        if head in covered or not words[head][:1].isupper():
            continue
        inside: list[_Span] = []
        index = head + 1
        while index < min(len(words), head + _LONGEST_NAME):
            span = starting.get(index)
            if span is None:
                if index in covered or not (words[index].isalpha() and is_name_word(words[index])):
                    break
                index += 1
                continue
            inside.append(span)
            index = span.end
            if span.entry is not None and span.entry.name == HOME_COUNTRY:
                break
        country = inside[-1] if inside else None
        if (
            country is None
            or country.entry is None
            or country.entry.name != HOME_COUNTRY
            or not any(_is_known_body(span) for span in inside)
        ):
            continue
        removed.update(id(span) for span in inside)
        offices.append(_Span(field, head, country.end, "organisation", None))
        covered.update(range(head, country.end))
    if offices:  # the spans rebuilt once, not once an office
        spans[:] = [span for span in spans if id(span) not in removed] + offices


def _is_known_body(span: _Span) -> bool:
    """Whether a span is a known organisation or a name grown around one."""
    known = span.grown_from.entry if span.grown_from is not None else span.entry
    return known is not None and known.kind == "organisation"


_LONGEST_SUFFIXED_NAME = 4


#: Words that join a company's name in English (``Pulp and Paper``, ``Abercrombie & Fitch``).
_ENGLISH_NAME_JOINS: frozenset[str] = frozenset(("and", "&"))
#: Words naming a stock index (``Indeks Standard & Poor's 500``).
_INDEX_WORDS: frozenset[str] = frozenset(("indeks", "index"))


def _mend_companies_around_known_names(
    fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer
) -> None:
    """Known organisations that are only part of another name, right after the gazetteer
    and the tagger met (see ``_recognise``): an unknown company ending in a company's last
    word runs over ``and`` or ``&`` and the word after it that was read alone (``Riau
    Andalan Pulp and Paper``, see ``ORGANISATION_SUFFIXES``); a known organisation
    written as the first words of its name after a capitalised word no mention holds and
    ``&`` is the end of that company's name (``Abercrombie & Fitch`` is a retailer, not
    Fitch Ratings; ``Bank Mandiri & BNI``, ``United & Chelsea`` are two); a known
    organisation after ``Indeks`` and before or run over a number is a stock index, no
    entity (``Indeks Standard & Poor's 500``); an acronym the gazetteer ignores
    is no entity where defined either (``Sertifikat Bank Indonesia (SBI)``), unless a
    company's name opens with it (see ``_mark_acronyms_of_named_companies``)."""
    by_start = {(id(span.field), span.start): span for span in spans}
    covered = _covered(spans)
    removed: set[int] = set()
    for span in spans:
        if id(span) in removed:
            continue
        words, field = span.field.words, id(span.field)
        if (
            span.entry is None
            and span.kind == "organisation"
            and gazetteer.is_ignored(" ".join(span.words))
        ):
            removed.add(id(span))
            continue
        joined = span.end + 1 < len(words) and words[span.end] in _ENGLISH_NAME_JOINS
        after = by_start.get((field, span.end + 1)) if joined else None
        if (
            joined
            and span.kind == "organisation"
            and span.entry is None
            and span.words[-1].lower() in ORGANISATION_SUFFIXES
            and (
                (after is None and (field, span.end + 1) not in covered)
                or (
                    after is not None
                    and after.entry is None
                    and after.end - after.start == 1
                    and after.kind != "person"
                )
            )
            and is_name_word(words[span.end + 1])
            and not _is_name_word_at(words, span.end + 2)
        ):
            span.end += 2
            if after is not None:
                removed.add(id(after))
            continue
        indexed = span.start > 0 and words[span.start - 1].lower() in _INDEX_WORDS
        if span.kind != "organisation" or span.grown_from is not None or span.entry is None:
            if (
                span.kind == "organisation"
                and span.grown_from is not None
                and span.grown_from.entry.kind == "organisation"
                and span.grown_from.end == span.end - 1
                and words[span.end - 1].isdigit()
                and indexed
            ):
                removed.add(id(span))
            continue
        if indexed and span.end < len(words) and words[span.end].isdigit():
            removed.add(id(span))  # the tagger left the number out: Indeks S&P + 500
            continue
        written = " ".join(span.words)
        if (
            span.start > 1
            and words[span.start - 1] == "&"
            and written != span.entry.name
            and span.entry.name.startswith(written)  # cut short: Fitch for Fitch Ratings
            and (field, span.start - 2) not in covered  # a list: Bank Mandiri & BNI
            and is_name_word(words[span.start - 2])
            and span.start not in span.field.line_starts
        ):
            span.entry = None  # joined to the name before it: see _join_names_over_marks
    if removed:
        _drop_removed(spans, removed)
    _mark_acronyms_of_named_companies(fields, spans, gazetteer)


def _mark_acronyms_of_named_companies(
    fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer
) -> None:
    """An acronym the gazetteer ignores (``SBI``, a central bank's certificate) that opens
    a company's name the article writes, ending in a company's last word (``SBI
    Holdings``, see ``ORGANISATION_SUFFIXES``; not ``TPT China``, textiles), is that
    company's short form wherever the article writes it alone (``Direktur SBI``)."""
    openers = {
        span.words[0]
        for span in spans
        if span.kind == "organisation"
        and len(span.words) > 1
        and span.words[-1].lower() in ORGANISATION_SUFFIXES
        and span.words[0].isupper()
        and gazetteer.is_ignored(span.words[0])
    }
    for field in fields:
        covered = _covered_in(field, spans) if openers else set()
        for opener in openers:
            for index in field.positions.get(opener.lower(), ()):
                if field.words[index] == opener and index not in covered:
                    spans.append(_Span(field, index, index + 1, "organisation", None))


#: Suffixes that business news also writes as common nouns (``emiten farma``, ``sektor
#: financial``), capitalised in a headline: a name ending in one has no common word before
#: it (``Saham Farma``, ``Sektor Financial`` are none; ``Kimia Farma`` is one).
_COMMON_NOUN_SUFFIXES: frozenset[str] = frozenset(("farma", "financial"))


def _mark_suffixed_organisations(field: _Field, spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A capitalised run the tagger left out that ends in a company's, an investor's or a
    newspaper's last word (``Skystar Capital``, ``Sinar Harapan Group``, see
    ``ORGANISATION_SUFFIXES``) is an organisation, as it is where the tagger read it as a
    person or a place: two to four name words, none a sentence's capitalised common word,
    and the place it opens with (``Sydney Morning Herald``, ``Jakarta Post``), and the known
    place right after it, its arm there (``Sequoia Capital India``); one ending in a venue's
    two last words is that place, the city after it apart (``Royal Golf Club Jakarta``, see
    ``_tagged_kind``). Not a business term
    the gazetteer ignores (``Joint Venture``, or ``Join Venture`` as news misspells it)."""
    words = field.words
    covered = _covered_in(field, spans)
    places = {span.end: span for span in spans if span.field is field and span.kind == "place"}
    countries = {
        span.start: span
        for span in spans
        if span.field is field and span.kind == "place" and span.entry is not None
    }
    product_ends = {span.end for span in spans if span.field is field and span.kind == "product"}
    for suffix in sorted(i for end in ORGANISATION_SUFFIXES for i in field.positions.get(end, ())):
        if suffix in covered or suffix == 0 or not words[suffix][:1].isupper():
            continue
        if _names_university_games(words, suffix):
            continue
        arm = countries.get(suffix + 1)  # a fund's arm in a country: Sequoia Capital India
        if arm is not None and _is_name_word_at(words, arm.end):
            arm = None
        if (
            arm is None
            and suffix + 1 < len(words)
            and is_name_word(words[suffix + 1])
            and not _is_year(words[suffix + 1])  # a season: National Football League 2017
        ):
            continue  # inside a longer name: Indonesia Soccer Championship
        if words[suffix + 1 : suffix + 2] in (["&"], ["and"]) and _is_name_word_at(
            words, suffix + 2
        ):
            continue  # joined in English to the rest of its name: Riau Pulp and Paper
        common_noun = words[suffix].lower() in _COMMON_NOUN_SUFFIXES
        start = suffix
        while (
            start > max(0, suffix - _LONGEST_SUFFIXED_NAME + 1)
            and start - 1 not in covered
            and is_name_word(words[start - 1])
            and not _opens_sentence_as_common_word(words, start - 1)
            and not (common_noun and _is_common_word(words[start - 1].lower()))
        ):
            start -= 1
        place = places.get(start)
        if place is not None and not _opens_sentence_as_common_word(words, place.start):
            start = place.start
        if words[suffix].lower() in _TRIM_WORDS and _follows_product(words, start, product_ends):
            continue  # a trim's name: Fortuner TRD Limited
        trimmed = trim_name(words, start, suffix + 1)
        if (
            trimmed is None
            or trimmed[1] != suffix + 1
            or trimmed[0] == suffix
            or gazetteer.is_ignored(" ".join(words[trimmed[0] : trimmed[1]]))
        ):
            continue  # a business term, no name: Joint Venture
        if place is not None and trimmed[0] == place.start:
            spans.remove(place)
        kind = _tagged_kind(words[trimmed[0] : trimmed[1]], "organisation")
        if arm is not None and kind == "organisation":  # a venue's city is no arm of it
            spans.remove(arm)
            trimmed = (trimmed[0], arm.end)
        spans.append(_Span(field, *trimmed, kind, None))
        covered.update(range(*trimmed))


def _goes_on(words: Sequence[str], index: int, covered: set[int]) -> bool:
    """Whether a capitalised name goes on at ``index``: a name word, or ``dan`` before
    one, that no other mention holds; not ``dan`` before a code in capitals (``Komisi A
    dan SGW`` names two), nor a rank, which opens the person after the body (``Kepala Staf
    Angkatan Laut Laksamana Ade Supandi``)."""
    if index in covered or _opens_rank(words, index):
        return False
    if words[index] in CONJUNCTIONS:
        after = index + 1
        return (
            after < len(words)
            and after not in covered
            and is_name_word(words[after])
            and not words[after].isupper()
        )
    return is_name_word(words[index]) and words[index] not in SPAN_BREAKS


def _domain_end(field: _Field, index: int) -> int:
    """Where a web domain glued at ``index`` ends (``.com``, ``.co.id``), with a country's
    two letters after ``co`` (``dailymail.co.uk``: no ``co.`` left without them), or after
    ``com`` in lowercase (``google.com.au``; not a sentence glued on, ``Kompas.com.Di``);
    ``index`` when there is none."""
    tokens = field.tokens
    end = index
    while is_domain_dot(tokens, end):
        end += 2
    if (
        end > index
        and end + 1 < len(tokens)
        and tokens[end].text == "."
        and tokens[end - 1].end == tokens[end].start == tokens[end + 1].start - 1
        and len(tokens[end + 1].text) == 2
        and tokens[end + 1].text.isalpha()
        and (
            tokens[end - 1].text.lower() == "co"
            or (tokens[end - 1].text.lower() == "com" and tokens[end + 1].text.islower())
        )
    ):
        end += 2
    return end


def _names_site(word: str) -> bool:
    """Whether ``word`` before a web domain names a site: a name word, or one in lowercase
    letters and digits, as news writes the sites it quotes (``boldsky.com``,
    ``liputan6.com``, ``bumn.go.id``)."""
    return is_name_word(word) or (word.isalnum() and word.islower() and word[:1].isalpha())


def _mark_websites(field: _Field, spans: list[_Span]) -> None:
    """A name glued to a web domain (``CNNIndonesia.com``, ``REPUBLIKA.CO.ID``, also in
    lowercase: ``merdeka.com``, see ``_names_site``) is a
    website, an organisation whatever the tagger read in it (a person, or nothing): its
    mention takes the domain, its name does not (see ``_Span.name``), and names the
    tagger found from inside the domain (``ID``, ``COM - Petenis``) go. A known place or
    person glued to a domain is a website of its own, named with the domain (``AS.com``,
    a Spanish daily, is no mention of the United States)."""
    words = field.words
    inside: set[int] = set()
    field_spans = [span for span in spans if span.field is field]
    for span in field_spans:
        end = _domain_end(field, span.end)
        if end > span.end:
            inside.update(range(span.end, end))
            span.end = end
            if span.entry is not None and span.entry.kind != "organisation":
                span.entry, span.keeps_domain = None, True
            if span.entry is None:
                span.kind = "organisation"
    covered = {index for span in field_spans for index in span.indices()}
    dots = (index for index, word in enumerate(words) if word == "." and index)
    for index in (dot - 1 for dot in dots if is_domain_dot(field.tokens, dot)):
        starts_address = index == 0 or (
            field.tokens[index - 1].end < field.tokens[index].start and words[index - 1] != "/"
        )  # not a URL's part: cdns.klimg.com / bola.net / library
        end = _domain_end(field, index + 1)
        path = (
            end < len(words)
            and words[end] == "/"
            and field.tokens[end].start == field.tokens[end - 1].end
        )
        if path:
            continue  # an address with its path, a photo's credit: merdeka.com/purnomo edi
        if index not in covered and starts_address and _names_site(words[index]):
            inside.update(range(index + 1, end))
            spans.append(_Span(field, index, end, "organisation", None))
    if inside:
        spans[:] = [span for span in spans if span.field is not field or span.start not in inside]


def _link_renames(spans: Sequence[_Span]) -> None:
    """``A (dulu B)``, ``A, sebelumnya B`` and ``Long Name (ACRONYM)`` make B an alias of A;
    ``A (kini B)`` and ``A, sapaan B`` (a nickname, whatever the tagger read in it) make A
    an alias of B. A rename is between names of one kind: ``membeli Neymar, kini Barca
    khawatir`` is a player, then the club now; ``Piala Eropa (sekarang Liga Champions)``
    trimmed to the place ``Eropa`` renames nothing."""
    ordered = sorted(spans, key=lambda span: (span.field.name, span.start))
    for first, second in itertools.pairwise(ordered):
        if first.field is not second.field:
            continue
        words = first.field.words
        between = [word.lower() for word in words[first.end : second.start]]
        cues = [word for word in between[1:] if word not in RENAME_FILLERS]
        if between[:1] in (["("], [","]) and len(cues) == 1:
            renames = first.kind == second.kind
            if cues[0] in FORMER_NAME_WORDS and renames:
                second.target = first
            elif (cues[0] in NEW_NAME_WORDS and renames) or cues[0] in NICKNAME_OF_WORDS:
                first.target = second
        elif between == ["("] and _is_acronym_of(second, first):
            second.target, second.kind = first, first.kind
        elif between == ["("] and _is_known_acronym_of(second, first):
            first.target = second
        elif between == ["("] and _is_spelt_out_after(first, second):
            first.target, first.kind = second, second.kind
        elif between == ["("] and _is_known_short_name_spelt_out(first, second):
            second.target, second.kind = first, first.kind


#: Heads of a public body or an association whose name may list its fields joined by
#: ``dan`` (``Dinas Pertambangan dan Energi``, ``Badan Perencanaan dan Pengendalian
#: Pembangunan Daerah``, ``Kementerian Negara Urusan Koperasi dan UKM``). Not a company's
#: (``PT``, ``Bank``): two companies are often written so.
_CONJOINED_FIELD_HEADS = frozenset(
    {"dinas", "badan", "departemen", "kementerian", "kementrian", "direktorat", "lembaga"}
    | {"balai", "biro", "pusat", "perhimpunan", "himpunan", "ikatan", "asosiasi"}
)
#: The most words of the field after ``dan`` in a body's name.
_LONGEST_CONJOINED_FIELD = 3


def _extend_bodies_over_conjoined_fields(spans: list[_Span]) -> None:
    """A body the tagger ended before ``dan`` and the capitalised field after it, which no
    mention covers, takes that field in (``Kepala Dinas Pertambangan`` + ``dan Energi`` +
    ``Provinsi Jabar``), and each further field so joined (``Kementerian Koperasi dan Usaha
    Kecil dan Menengah``): its name lists its fields, the seat after it is its own (see
    ``_join_seats_after_acronyms``). Not a known body (its name is whole)."""
    covered = _covered(spans)
    for span in spans:
        if (
            span.kind != "organisation"
            or span.entry is not None
            or span.words[0].lower() not in _CONJOINED_FIELD_HEADS
        ):
            continue
        while (
            stop := _conjoined_field_end(
                span.field,
                span.end,
                covered,
                frozenset(word_stem(word.lower()) for word in span.words),
            )
        ) is not None:
            covered.update((id(span.field), index) for index in range(span.end, stop))
            span.end = stop


#: Words that open a name of their own after ``dan``, no field of a body's name: a title's,
#: a body's or a place's head, a government or a unit, a team or its members, a youth or a
#: women's village body (``Dinas Sosial dan Pemadam Kebakaran``, ``dan Kader PKK``, ``dan
#: Karang Taruna``, ``dan Tim Penggerak PKK``: two).
_NO_FIELD_WORDS = (
    TITLE_WORDS
    | DEFINED_ORGANISATION_HEADS
    | PLACE_HEADS
    | {"pemadam", "pemerintah", "kader", "tim", "satgas", "petugas", "relawan", "karang"}
    | {"penggerak", "pkk"}
)


def _always_capitalised(word: str) -> bool:
    """Whether ``word`` is one the news does not write (no lexicon entry) or, written as a
    word (not in capitals nor an initial: ``UKM``, ``P dan K``), always capitalises: a
    month's or a name (``Januari``)."""
    entry = packaged_lexicon().get(word.lower())
    return entry is None or (word[1:].islower() and entry.cap == "3")


def _is_field_word(word: str) -> bool:
    """Whether ``word`` may be a field of a body's name joined with ``dan`` (see
    ``_conjoined_field_end``): no head of a name of its own, no day's name, no word the
    news always capitalises or does not write."""
    lowered = word.lower()
    return not (lowered in _NO_FIELD_WORDS or lowered in _WEEKDAYS or _always_capitalised(word))


def _joins_other_body(span: _Span) -> bool:
    """Whether the tagger ran ``span`` over ``dan`` into another body (``Dinas Sosial dan
    Karang Taruna``): a word after its ``dan`` is no field of its name (``_is_field_word``),
    so a seat after it is the other body's."""
    words = span.words
    joints = [index for index, word in enumerate(words) if word == "dan"]
    return bool(joints) and not all(map(_is_field_word, words[joints[-1] + 1 :]))


def _conjoined_field_end(
    field: _Field, end: int, covered: set[tuple[int, int]], roots: frozenset[str]
) -> int | None:
    """Where the field a body's name joins with ``dan`` at ``end`` ends (see
    ``_extend_bodies_over_conjoined_fields``), or ``None``: one to three capitalised words
    no mention covers, none a head of a name of its own (``Dinas Kesehatan dan Kepala
    Desa``, ``Badan Pusat Statistik dan Lembaga ...``: two names, see ``_NO_FIELD_WORDS``),
    a day's name nor a word the news always capitalises or does not write (``dan Sabtu
    lalu``, a month's; a given name the tagger missed, see ``_always_capitalised``), unless
    the unwritten word is a dictionary word's affixed form whose root the body's name
    (``roots``, its words' stems) has already (``Pendidik`` then ``dan Tenaga
    Kependidikan``, see ``_affixed_common_root``: no name shares a body's root), and no
    more of them after (a longer run is a name of its own); never across a line."""
    words = field.words
    if end + 1 >= len(words) or words[end] != "dan":
        return None
    stop = end + 1
    while (
        stop < min(len(words), end + 1 + _LONGEST_CONJOINED_FIELD)
        and is_name_word(words[stop])
        and (id(field), stop) not in covered
        and stop not in field.line_starts
    ):
        stop += 1
    field_words = words[end + 1 : stop]
    if not field_words or not all(
        _is_field_word(word) or _affixed_common_root(word.lower()) in roots for word in field_words
    ):
        return None
    if stop < len(words) and is_name_word(words[stop]) and (id(field), stop) not in covered:
        return None
    return stop


#: An airline's two-character code opening a flight's number (``GA``, ``JT``, ``QZ``, ``I2``).
_FLIGHT_CODE = re.compile(r"[A-Z][A-Z0-9]|[0-9][A-Z]")
#: A flight's number after its code (``171``, ``8501``).
_FLIGHT_NUMBER = re.compile(r"[0-9]{1,4}")


def _cut_flight_codes(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A flight written with its airline's code and its number (``pesawat Garuda GA - 171``,
    ``Lion Air JT 610``) names the airline: the code the tagger ran into the airline's name
    is no part of it, and the code read alone right after the airline is no place or body
    (``Mandala Airlines RI - 020``, not Indonesia). The airline ends as one does
    (``AIRLINE_ENDS``) or is one word or a body the gazetteer knows after ``pesawat`` or
    ``maskapai`` (``AIRLINE_CUES``): a club before a score is no airline (``Arema FC 2 -
    1``), nor is a Roman number a code (``Pelindo II``), nor a known unit's last word one
    (``pesawat TNI AU 2015``: whose plane, then a year)."""
    airlines = {
        (id(span.field), span.end): span
        for span in spans
        if span.kind == "organisation" and _is_airline(span, span.end, gazetteer)
    }
    removed: set[int] = set()
    for span in spans:
        if not _is_flight_code(span.field.words, span.end - 1):
            continue
        if (
            span.kind == "organisation"
            and len(span.words) > 1
            and gazetteer.lookup(" ".join(span.words)) is None
            and _is_airline(span, span.end - 1, gazetteer)
        ):
            span.end, span.entry, span.grown_from = span.end - 1, None, None
        elif len(span.words) == 1 and (id(span.field), span.start) in airlines:
            removed.add(id(span))
    if removed:
        _drop_removed(spans, removed)


def _is_airline(span: _Span, end: int, gazetteer: Gazetteer) -> bool:
    """Whether ``span`` up to ``end`` names an airline: its last word an airline's, or
    one word (``pesawat Garuda``, an airline's short name) or a body the gazetteer knows
    with ``pesawat`` or ``maskapai`` right before it (see ``_cut_flight_codes``)."""
    words = span.field.words
    return words[end - 1] in AIRLINE_ENDS or (
        span.start > 0
        and words[span.start - 1].lower() in AIRLINE_CUES
        and (end - span.start == 1 or _is_known_organisation(words[span.start : end], gazetteer))
    )


def _is_flight_code(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is an airline's code before a flight's number, maybe
    after a hyphen (see ``_cut_flight_codes``)."""
    number = index + 2 if index + 2 < len(words) and words[index + 1] == "-" else index + 1
    return (
        number < len(words)
        and _FLIGHT_CODE.fullmatch(words[index]) is not None
        and _ROMAN_NUMERAL.fullmatch(words[index]) is None
        and _FLIGHT_NUMBER.fullmatch(words[number]) is not None
    )


def _join_seats_after_acronyms(spans: list[_Span]) -> None:
    """An organisation of a regional branch defined with its acronym, the seat right after
    (``Pengadilan Negeri (PN) Medan``, ``Kejaksaan Negeri (Kejari) Bogor``, see
    ``BRANCH_HEADS``), is one organisation, the court of Medan, named without the acronym;
    the acronym with the seat (``PN Medan``) stands for it too. A known national body with
    a regency's, a city's or a province's seat (``Komisi Pemilihan Umum (KPU) Kabupaten
    Intan Jaya``) is its branch there, no longer the national body. Written without an acronym,
    the seat the tagger cut off is the branch's as well (``Pengadilan Tindak Pidana Korupsi``
    + ``Jakarta``)."""
    at = _by_start(spans)
    removed: set[int] = set()
    #: The seat's words and the organisation, by the acronym's words.
    seats: dict[tuple[str, ...], tuple[tuple[str, ...], _Span]] = {}
    for span in spans:
        words, end = span.field.words, span.end
        seat = at.get((id(span.field), end))
        if (
            seat is not None
            and seat.kind == "place"
            and span.kind == "organisation"
            and span.entry is None
            and span.target is None
            and len(span.words) > 1
            and span.words[0].lower() in BRANCH_HEADS
            and end not in span.field.line_starts
            and id(span) not in removed
            and not _joins_other_body(span)
        ):
            removed.add(id(seat))
            span.end = seat.end
            continue
        acronym = at.get((id(span.field), end + 1))
        seat = at.get((id(span.field), end + 3))
        if (
            acronym is None
            or seat is None
            or span.target is not None
            or span.words[0].lower() not in BRANCH_HEADS
            or words[end] != "("
            or acronym.end != end + 2
            or acronym.target is not span
            or words[end + 2] != ")"
            or seat.kind != "place"
            or seat.words == (HOME_COUNTRY,)  # the national body: BPS Indonesia
            or end + 3 in span.field.line_starts
        ):
            continue
        removed.update((id(acronym), id(seat)))
        span.kind, span.end, span.left_out = "organisation", seat.end, (end, end + 3)
        if seat.words[0].lower().rstrip(".") in _BRANCH_SEATS | _PROVINCE_SEATS:
            span.entry = None  # a known body's branch is its own: the KPU of a regency
        seats[acronym.words] = (seat.words, span)
    for span in spans:
        seat_words, named = seats.get(span.words[:1], ((), None))
        if named is None or span is named or span.entry is not None or id(span) in removed:
            continue
        seat = at.get((id(span.field), span.end))
        if span.words[1:] != seat_words:  # the tagger may cut it: PN + Medan
            if len(span.words) > 1 or seat is None or seat.words != seat_words:
                continue
            if span.end in span.field.line_starts:
                continue
            removed.add(id(seat))
            span.end = seat.end
        span.kind, span.target = "organisation", named
    _drop_removed(spans, removed)


#: Provinces (their gazetteer names) with those split from them, which a regional office
#: seated in the first often still covers (``BPJN XII Kalimantan Timur dan Kalimantan
#: Utara``).
_SPLIT_PROVINCES: dict[str, frozenset[str]] = {
    "Riau": frozenset({"Kepulauan Riau"}),
    "Sumatera Selatan": frozenset({"Bangka Belitung"}),
    "Jawa Barat": frozenset({"Banten"}),
    "Sulawesi Utara": frozenset({"Gorontalo"}),
    "Sulawesi Selatan": frozenset({"Sulawesi Barat"}),
    "Kalimantan Timur": frozenset({"Kalimantan Utara"}),
    "Maluku": frozenset({"Maluku Utara"}),
    "Papua": frozenset({"Papua Barat", "Papua Selatan", "Papua Tengah", "Papua Pegunungan"}),
    "Papua Barat": frozenset({"Papua Barat Daya"}),
}


def _join_paired_seats_of_numbered_offices(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A numbered regional office seated in a known place (``Balai Pelaksana Jalan Nasional
    (BPJN) IX Maluku``, its number a Roman one right before the seat, the seat read in
    the office or after it) whose seat goes on over ``dan`` to the province split from
    it (``dan Maluku Utara``, ``Kalimantan Timur dan Kalimantan Utara``, see
    ``_SPLIT_PROVINCES``), covers both: one office, ``IX Maluku dan Maluku Utara``. A
    numbered office covers a region of provinces; without the number it is one body's
    branch and a place or another branch (``Polda Maluku dan Maluku Utara``), and another
    place after ``dan`` is a place of its own (``dan Ambon``, ``Jawa Barat dan Jawa
    Tengah``), and so is a regency named as the seat (``Lampung dan Lampung Selatan``)."""
    at = _by_start(spans)
    removed: set[int] = set()
    for span in spans:
        words, end = span.field.words, span.end
        if span.kind != "organisation" or span.entry is not None or id(span) in removed:
            continue
        first = at.get((id(span.field), end))
        if _ROMAN_NUMBER.fullmatch(words[end - 1]) and first is not None:
            seat, joint = first.words, first.end  # the seat read apart: ``(BPJN) XVII`` + it
        else:
            first = None
            number = next(
                (i for i in range(end - 2, span.start, -1) if _ROMAN_NUMBER.fullmatch(words[i])),
                None,
            )
            seat, joint = (words[number + 1 : end], end) if number is not None else ((), end)
        second = at.get((id(span.field), joint + 1))
        known = gazetteer.lookup(" ".join(seat)) if seat else None
        if (
            joint + 1 >= len(words)
            or words[joint] != "dan"
            or second is None
            or second.kind != "place"
            or second.entry is None
            or known is None
            or known.kind != "place"
            or second.entry.name not in _SPLIT_PROVINCES.get(known.name, ())
            or any(index in span.field.line_starts for index in range(end, second.end))
        ):
            continue
        span.end = second.end
        removed.update(id(other) for other in (first, second) if other is not None)
    _drop_removed(spans, removed)


#: An acronym: two to six capitals (``FDP``, ``SMBC``).
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: Javanese royal titles, written in capitals before a prince's or a princess's name
#: (``adik raja GKR Wandansari``): no body.
_JAVANESE_ROYAL_TITLES = frozenset(("gkr", "gkra", "gph", "kgph", "kph", "krt"))
#: Short words in capitals after a cue of ``ACRONYM_BODY_CUES`` that name no body.
_NOT_CUED_ACRONYMS = (
    DEGREES
    | RANK_WORDS
    | LEGAL_FORMS
    | PARTY_BOARDS
    | CATEGORY_ACRONYMS
    | NEVER_ENTITIES
    | _JAVANESE_ROYAL_TITLES
)


def _mark_cued_acronyms(fields: Sequence[_Field], spans: list[_Span], gazetteer: Gazetteer) -> None:
    """An acronym the tagger left unread right after a word of belonging or leading, or a
    body's kind (``anggota FDP``, ``Direktur BES``, ``maskapai TANS``, see
    ``ACRONYM_BODY_CUES``), is an organisation, as most such acronyms are in the annotated
    corpora's training sets; its repeats follow (see ``_propagate``). Not a Roman number,
    a degree, a rank, a legal form, a party's board or a kind of body (``Direktur SDM``,
    ``Direktur RSU``, see ``_NOT_CUED_ACRONYMS``), nor a known one left out on purpose (``anggota
    DPRD Provinsi``, a level with no region)."""
    covered = _covered(spans)
    for field in fields:
        words = field.words
        for index in range(1, len(words)):
            word = words[index]
            if (
                _ACRONYM.fullmatch(word)
                and words[index - 1].lower() in ACRONYM_BODY_CUES
                and (id(field), index) not in covered
                and word.lower() not in _NOT_CUED_ACRONYMS
                and not _UNIT_NUMBER.fullmatch(word)
                and not gazetteer.is_ignored(word)
                and not gazetteer.find([word])
            ):
                spans.append(_Span(field, index, index + 1, "organisation", None))


#: Capitals opening a place's name that are no body's acronym: a province's head (``DKI
#: Jakarta``), a venue's or a plant's head (``GOR Jakarta``, ``PLTA Saguling``), a kind of
#: group (``PKL Tanah Abang``), a ship's or a train's prefix, a legal form, a school's level.
_NO_SEATED_ACRONYMS = (
    _PROVINCE_SEATS
    | PLACE_HEADS
    | PLACE_OPENERS
    | CATEGORY_ACRONYMS
    | LEGAL_FORMS
    | SCHOOL_LEVELS
    | frozenset(prefix.lower() for prefix in SHIP_PREFIXES | TRAIN_PREFIXES)
)


def _retype_acronyms_seated_in_places(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A place the tagger read as an unknown acronym and a known place after it (``UPI
    Bandung``, ``STSI Surakarta``) is a body seated there, one organisation, as the
    annotated corpora's training sets mark it (``STKS Bandung``): no place opens with a
    body's acronym. Not a province's head (``DKI Jakarta``), a Roman number nor the other
    capitals of ``_NO_SEATED_ACRONYMS``."""
    for span in spans:
        words = span.words
        if (
            span.kind == "place"
            and span.entry is None
            and len(words) > 1
            and _ACRONYM.fullmatch(words[0])
            and not _UNIT_NUMBER.fullmatch(words[0])
            and words[0].lower() not in _NO_SEATED_ACRONYMS
            and not gazetteer.find(words[:1])
            and (seat := gazetteer.lookup(" ".join(words[1:]))) is not None
            and seat.kind == "place"
        ):
            span.kind, span.grown_from = "organisation", None


#: A unit's or a company's number in Roman numerals, up to 39 (``II``, ``VII``, ``XIV``).
_UNIT_NUMBER = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def _is_short_form(word: str) -> bool:
    """Whether ``word`` reads as an acronym or a blend in parentheses: capitalised, with
    another capital after the first (``PN``, ``UPMs``, ``PTPN``), no Roman number."""
    return (
        word[:1].isupper()
        and sum(letter.isupper() for letter in word) > 1
        and not _UNIT_NUMBER.fullmatch(word)
    )


def _word_at(words: Sequence[str], index: int) -> str:
    """The word at ``index``, or an empty one past the end."""
    return words[index] if index < len(words) else ""


#: The word after a body's acronym for its central board (``KONI Pusat``, ``BNN Pusat``).
_CENTRAL_LEVEL = "Pusat"


def _give_central_levels_to_bodies(spans: list[_Span]) -> None:
    """A body's acronym and ``Pusat`` right after it are one mention of that body, its
    central board (``KONI Pusat``, ``KPU Pusat``), where the tagger left ``Pusat`` unread or
    ran it into the person after it (``Sekjen KONI Pusat Rita Subowo``). Not before a
    name that ``Pusat`` opens (``KONI Pusat Pelatihan``, a centre)."""
    at = _by_start(spans)
    covered = _covered(spans)
    removed: set[int] = set()
    for span in spans:
        words, end, field = span.field.words, span.end, id(span.field)
        if (
            span.kind != "organisation"
            or len(span.words) != 1
            or not _ACRONYM.fullmatch(span.words[0])
            or _word_at(words, end) != _CENTRAL_LEVEL
        ):
            continue
        after = at.get((field, end))
        if after is None:
            if (field, end) in covered or (
                (field, end + 1) not in covered and _is_name_word_at(words, end + 1)
            ):
                continue
        elif after.words == (_CENTRAL_LEVEL,):
            removed.add(id(after))
        elif after.kind == "person" and len(after.words) >= 1 + _SHORTEST_HOLDER:
            after.start += 1
        else:
            continue
        span.end += 1
    _drop_removed(spans, removed)


def _give_numbers_to_organisations(spans: list[_Span]) -> None:
    """A Roman number right after an organisation is its number (``Pelindo III``, ``Angkasa
    Pura II``): one mention of the numbered company, which is its own (Pelindo II and
    Pelindo III are two), where the tagger read the number as a person or left it unread.
    One letter (``I``, ``V``, ``X``) is left alone: it opens a Balinese name (``I Made``) and
    names a network (``X``) as often as a number."""
    at = _by_start(spans)
    covered = _covered(spans)
    removed: set[int] = set()
    for span in spans:
        words, end, field = span.field.words, span.end, id(span.field)
        number = _word_at(words, end)
        if span.kind != "organisation" or len(number) < 2 or not _UNIT_NUMBER.fullmatch(number):
            continue
        after = at.get((field, end))
        if after is not None:
            if after.kind != "person" or after.end != end + 1:
                continue
            removed.add(id(after))
        elif (field, end) in covered:
            continue
        span.end += 1
        span.entry = span.grown_from = None
    _drop_removed(spans, removed)


def _join_numbers_after_acronyms(spans: list[_Span]) -> None:
    """An organisation defined with its acronym and numbered right after the parenthesis
    (``PT Perkebunan Nusantara (PN) II``, ``Pertamina Unit Pemasaran (UPMs) IV``) is the
    numbered one, one mention named without the acronym: PTPN II and PTPN VII are two
    companies. The acronym found alone, or with the number (``PN VII``), is that one too.
    Not ``I`` before a name: the article of a Balinese name (``I Made``)."""
    at = _by_start(spans)
    covered = _covered(spans)
    removed: set[int] = set()
    numbered: dict[tuple[str, ...], _Span] = {}  # by the acronym, alone and with the number
    for span in spans:
        words, end, field = span.field.words, span.end, id(span.field)
        number = end + 3
        if (
            span.kind != "organisation"
            or number >= len(words)
            or words[end] != "("
            or words[end + 2] != ")"
            or not _is_short_form(words[end + 1])
            or not _UNIT_NUMBER.fullmatch(words[number])
            or (field, number) in covered
            or (words[number] == "I" and is_name_word(_word_at(words, number + 1)))
        ):
            continue
        acronym = at.get((field, end + 1))
        if acronym is not None:
            if acronym.end != end + 2 or acronym.target not in (span, None):
                continue
            removed.add(id(acronym))
        span.end, span.left_out = number + 1, (end, end + 3)
        numbered[(words[end + 1],)] = numbered[(words[end + 1], words[number])] = span
    for span in spans:
        named = numbered.get(span.words)
        if named is not None and span is not named and span.entry is None:
            span.kind, span.target = "organisation", named
    _drop_removed(spans, removed)


#: Words between a person's name and the cue of the name they are called by
#: (``Suhariyanto atau yang akrab disapa Ketjuk``, ``Armantha, pria yang akrab disapa Tata``).
_CALLED_APPOSITION = frozenset(
    {",", "atau", "yang", "kerap", "karib", "pria", "wanita", "perempuan", "sosok"}
    | {word for cue in CALLED_CUES for word in cue}
)


#: A name after one of these is the second of a pair (``Tontowi Ahmad / Liliyana Natsir,
#: atau akrab disapa Owi/Butet``): what follows may call either.
_PAIR_JOINERS = frozenset({"/", "&", "dan"})


def _link_called_names(fields: Sequence[_Field], spans: Sequence[_Span]) -> None:
    """The one word a person is called by right after their name (``Suhariyanto atau yang
    akrab disapa Ketjuk``) is that person, not someone new, unless the name is the second
    of a pair; so is a full name right after their name and ``alias`` (``Andi Agustinus
    alias Andi Narogong``, one person the articles name either way); ``alias`` right after
    the second of a pair calls that one (``Ganjar Pranowo dan Taj Yasin Maimoen alias Gus
    Yasin``). Further on, the description before the cue (``tutur pria yang akrab disapa
    Kecuk``) may be anyone named before: the name stays its own."""
    for field in fields:
        persons = sorted(
            (span for span in spans if span.field is field and span.kind == "person"),
            key=lambda span: span.start,
        )
        starts = [span.start for span in persons]
        for end in _cue_ends(field, CALLED_CUES):
            index = bisect.bisect_left(starts, end)
            if index == 0 or index == len(persons) or starts[index] != end:
                continue
            called, before = persons[index], persons[index - 1]
            named = before.root()
            aliased = list(field.words[before.end : end]) == ["alias"]
            if (
                called.entry is None
                and called.target is None
                and (len(called.words) == 1 or aliased)
                and named is not called
                and (
                    aliased or not (before.start and field.words[before.start - 1] in _PAIR_JOINERS)
                )
                and all(
                    word.lower() in _CALLED_APPOSITION or word in QUOTES
                    for word in field.words[before.end : end]
                )
            ):
                called.target = named


_SHORTEST_INITIALS = 3


def _link_initials(spans: list[_Span]) -> None:
    """A name the gazetteer does not know, in capitals, whose letters are the initials of
    the words of one longer name of the same kind in the article stands for it: ``BCL``
    beside Bunga Citra Lestari (``Long Name (ACRONYM)`` is ``_link_renames``'); not two
    letters (``PS`` of PS TNI beside Perseru Serui). So does such a word the tagger left
    out (``LCS`` after ``Laut China Selatan``, see ``_mark_initials``). Blends of a
    person's names are linked here too (see ``_link_blends``)."""
    _link_blends(spans)
    owners: dict[str, dict[str, _Span]] = {}
    for span in spans:
        root = span.root()
        if len(root.words) > 1 and all(word[:1].isupper() for word in root.words):
            initials = "".join(word[0] for word in root.words)
            owners.setdefault(initials, {}).setdefault(root.name, root)
    _mark_initials(spans, owners)
    for span in spans:
        word = span.words[0] if len(span.words) == 1 else ""
        known = word.isupper() and len(word) >= _SHORTEST_INITIALS and span.entry is None
        named = owners.get(word, {}) if known else {}
        if span.target is None and len(named) == 1:
            (root,) = named.values()
            if root is not span and root.kind == span.kind:
                span.target = root


def _mark_initials(spans: list[_Span], owners: dict[str, dict[str, _Span]]) -> None:
    """A word in capitals no span covers that spells the initials of one name of three
    words or more in the article (``perairan LCS`` after ``Laut China Selatan``) is that
    name, written short: a span of its kind, linked to it. Not a word the tagger read
    somewhere (its kind stands) or explained by the name in parentheses after it (``MPV
    (Multi Purpose Vehicle)``, a term) or before it (``(Nickel Pig Iron / NPI)``, see
    ``_drop_explained_acronyms``), nor a part of a code glued with slashes
    (``LP/1151/III/2017/PMJ``, a police report's number)."""
    fields = {id(span.field): span.field for span in spans}
    covered = _covered(spans)
    found = {span.words[0] for span in spans if len(span.words) == 1}  # read there already
    glossed = {  # a term explained by the name after it: MPV (Multi Purpose Vehicle)
        span.field.words[span.start - 2]
        for span in spans
        if span.start > 1 and span.field.words[span.start - 1] == "("
    } | {  # or glossed with it: bijih nikel olahan (Nickel Pig Iron / NPI)
        span.field.words[span.end + 1]
        for span in spans
        if span.end + 1 < len(span.field.words) and span.field.words[span.end] == "/"
    }
    left_alone = found | glossed
    for key, field in fields.items():
        tokens = field.tokens
        for index, word in enumerate(field.words):
            named = owners.get(word, {})
            if (
                len(named) != 1
                or word in left_alone
                or len(word) < _SHORTEST_INITIALS
                or not (word.isalpha() and word.isupper())
                or (key, index) in covered
                or (index and _glued_to_next(tokens, index - 1) and field.words[index - 1] == "/")
                or (_glued_to_next(tokens, index) and field.words[index + 1] == "/")
            ):
                continue
            (root,) = named.values()
            short = _Span(field, index, index + 1, root.kind, None)
            short.target = root
            spans.append(short)


_SHORTEST_BLEND_START = 3
_SHORTEST_BLEND_END = 2


#: A blend is a nickname, never longer than this: it bounds the blends of each person,
#: so linking an article naming thousands of people stays linear in them.
_LONGEST_BLEND = 16


def _blends(first: str, last: str) -> set[str]:
    """Every one-word name that blends a start of ``first`` and a start of ``last`` (``Set``
    + ``nov``, ``Joko`` + ``wi``), lowercase; the first part of three letters or more (``Bu``
    + ``san`` would make Busan), the second shorter than ``last``."""
    first, last = first.lower(), last.lower()
    return {
        first[:cut] + last[:end]
        for cut in range(_SHORTEST_BLEND_START, min(len(first), _LONGEST_BLEND) + 1)
        for end in range(_SHORTEST_BLEND_END, min(len(last) - 1, _LONGEST_BLEND - cut) + 1)
    }


def _link_blends(spans: Sequence[_Span]) -> None:
    """A one-word name made of the start of a person's first name and the start of their
    last name is that person, whatever the tagger read in it: ``Setnov`` beside Setya
    Novanto, ``Jokowi`` beside Joko Widodo, as Indonesian news calls politicians. The
    persons are looked up by their blends, not tried one by one against each word: an
    article naming thousands of people took minutes."""
    candidates = [
        span
        for span in spans
        if len(span.words) == 1
        and span.target is None
        and span.entry is None
        and _is_name_like(span.words[0])
    ]
    if not candidates:
        return
    persons = {
        root.name: root
        for span in spans
        if (root := span.root()).kind == "person"
        and len(root.words) > 1
        and all(map(_is_name_like, root.words))
    }
    blended: dict[str, list[_Span]] = {}
    for root in persons.values():
        for blend in _blends(root.words[0], root.words[-1]):
            blended.setdefault(blend, []).append(root)
    for span in candidates:
        named = [root for root in blended.get(span.words[0].lower(), ()) if root is not span]
        if len(named) == 1:
            span.kind = "person"
            span.target = named[0]


def _link_initialled_first_names(spans: Sequence[_Span]) -> None:
    """A person whose first name is written as its initial (``M Nazaruddin``, ``M.
    Nazaruddin``) is the one person of the article with a first name of that initial and
    the same other names (``Muhamad Nazaruddin``); then ``Nazaruddin`` alone names one
    person, not three."""
    full: dict[tuple[str, ...], dict[str, _Span]] = {}
    for span in spans:
        root = span.root()
        words = root.words
        if root.kind == "person" and len(words) > 1 and len(words[0]) > 1:
            full.setdefault((words[0][0], *words[1:]), {}).setdefault(root.name, root)
    for span in spans:
        words = tuple(word for word in span.words if word != ".")
        initial = len(words) > 1 and len(words[0]) == 1 and words[0].isupper()
        if span.kind != "person" or span.target is not None or span.entry or not initial:
            continue
        named = full.get(words, {})
        if len(named) == 1:
            (root,) = named.values()
            if root is not span:
                span.target = root


def _closes_parenthesis(span: _Span) -> bool:
    """Whether a parenthesis closes right after ``span``."""
    words = span.field.words
    return span.end < len(words) and words[span.end] == ")"


def _bracketed_acronym(short: _Span) -> str:
    """``short``'s one word if it is in capitals and a parenthesis closes it, else ``""``."""
    acronym = short.words[0] if len(short.words) == 1 else ""
    return acronym if acronym.isupper() and _closes_parenthesis(short) else ""


#: Place heads before a place's own name, which its acronym may leave out (``Stadion
#: Gelora Bandung Lautan Api (GBLA)``); not ``Gedung``, before the name of the body it
#: houses, whose acronym that is (``Gedung Bursa Efek Indonesia (BEI)`` is the exchange's).
_HEADS_ACRONYMS_LEAVE_OUT = PLACE_HEADS - {"gedung", "rumah", "sakit", "rs"}


def _is_acronym_of(short: _Span, long: _Span) -> bool:
    """``KPK`` right after ``Komisi Pemberantasan Korupsi``: one word closed by a
    parenthesis, or words in capitals (``UKP PIP``), that abbreviate the long name (see
    ``_abbreviates``; so ``Joe Biden (AS)`` is no acronym), maybe leaving out a legal form
    before it (``PT Honda Prospect Motor (HPM)``), or a place's head (``Stadion Gelora
    Bandung Lautan Api (GBLA)``, the stadium, not an organisation of its own)."""
    capitals = all(word.isupper() for word in short.words)
    blend = len(short.words) <= _LONGEST_ACRONYM and all(
        word.isalpha() and word[:1].isupper() for word in short.words
    )
    word = "".join(short.words) if capitals or blend else ""
    if not (len(long.words) > 1 and _closes_parenthesis(short)):
        return False
    named = long.words
    while len(named) > 2 and named[0].lower() in LEGAL_FORMS:
        named = named[1:]
    if long.kind == "place" and len(named) > 2 and named[0].lower() in _HEADS_ACRONYMS_LEAVE_OUT:
        named = named[1:]
    return (
        _abbreviates_organisation(word, long.words)
        or _abbreviates_name(word, named)
        or _is_capitalised_blend_of(word, named)
        or _is_foreign_acronym_of(short, long)
        or _is_long_blend_of(word, named)
    )


#: The fewest letters of a blend that may leave out a word of its name, and the fewest
#: words of that name: shorter ones would fit names by chance.
_SHORTEST_SKIPPING_BLEND = 5
_FEWEST_SKIPPED_NAME_WORDS = 4


def _is_long_blend_of(word: str, name: Sequence[str]) -> bool:
    """A blend written as a word that leaves out one word of a long name, the syllables
    of its neighbours standing for both (``Asosiasi Produsen Tepung Terigu Indonesia
    (Aptindo)``: ``Terigu`` gives none), as older news names its associations."""
    return (
        len(word) >= _SHORTEST_SKIPPING_BLEND
        and not word.isupper()
        and len(name) >= _FEWEST_SKIPPED_NAME_WORDS
        and _abbreviates(word, name, _SKIPPED_WORDS)
    )


#: Prefixes of Indonesian nouns that a blend leaves out, taking its syllable from the root
#: (``Perhubungan``: ``hub``, ``Pendidikan``: ``dik``, ``Kebudayaan``: ``bud``).
_BLEND_SKIPPED_PREFIXES = ("peng", "pen", "pem", "per", "ke")
#: The fewest letters of a root left after such a prefix.
_SHORTEST_ROOT = 4


def _abbreviates_roots(word: str, name: Sequence[str]) -> bool:
    """Whether the blend ``word`` abbreviates ``name`` with its words' prefixes left out
    (``Dinas Perhubungan dan Pariwisata (Dishubpar)``, ``Dinas Pendidikan dan Kebudayaan
    (Disdikbud)``, see ``_BLEND_SKIPPED_PREFIXES``): regional offices' blends, frequent in
    older news, that ``_abbreviates`` reads only from each word's first letter."""
    roots = [_root(part) for part in name]
    return roots != list(name) and not word.isupper() and _abbreviates(word, roots)


def _root(word: str) -> str:
    """``word`` without a noun prefix a blend leaves out, capitalised as it was."""
    lower = word.lower()
    for prefix in _BLEND_SKIPPED_PREFIXES:
        if lower.startswith(prefix) and len(lower) - len(prefix) >= _SHORTEST_ROOT:
            root = word[len(prefix) :]
            return root.capitalize() if word[:1].isupper() else root
    return word


#: The fewest letters of an acronym in capitals read as a blend of its name's syllables:
#: fewer are a country's or a team's code (``(INA)``, ``(SUI)``).
_SHORTEST_CAPITALISED_BLEND = 4


def _is_capitalised_blend_of(word: str, name: Sequence[str]) -> bool:
    """A blend written in capitals (``Universitas Papua (UNIPA)``, ``Sekretariat Kabinet
    (SETKAB)``): the same letters as the blend ``Unipa`` (see ``_abbreviates``), which
    Indonesian news writes either way."""
    return (
        len(word) >= _SHORTEST_CAPITALISED_BLEND
        and word.isupper()
        and _abbreviates_name(word.capitalize(), name)
    )


def _is_spelt_out_after(short: _Span, long: _Span) -> bool:
    """``WBC`` right before ``(World Boxing Council)``: one short name the gazetteer does
    not know and, in parentheses right after it, the name it abbreviates (see
    ``_spells_out_after``), of its kind and no person's (see
    ``_mark_names_spelt_out_after``)."""
    return (
        len(short.words) == 1
        and short.entry is None
        and short.kind == long.kind != "person"
        and _closes_parenthesis(long)
        and _spells_out_after(short.words[0], long.words)
    )


def _is_known_short_name_spelt_out(short: _Span, long: _Span) -> bool:
    """``BWF`` right before ``(Badminton World Federation)``: a short name the gazetteer
    knows and, in parentheses right after it, the name it abbreviates that the gazetteer
    does not (see ``_spells_out_after``), of its kind: the long name is the known body's
    too, one mention with it, as ``Long Name (ACRONYM)`` is."""
    return (
        len(short.words) == 1
        and short.entry is not None
        and long.entry is None
        and short.kind == long.kind == "organisation"
        and _closes_parenthesis(long)
        and _spells_out_after(short.words[0], long.words)
    )


#: Capitalised words of a name that a short name written before it may leave out.
_SKIPPED_WORDS = 1


def _spells_out_after(word: str, name: Sequence[str]) -> bool:
    """Whether ``word``, a short name (see ``_is_short_name``; no school level or other
    word that is never a name alone, ``SMP``), abbreviates ``name`` spelt out after it,
    maybe leaving out a word it runs into the one before (``Kosgoro (Koperasi Serba Guna
    Gotong Royong)``, see ``_abbreviates``), and is no word of it."""
    return (
        _is_short_name(word)
        and word.lower() not in _NEVER_ALONE
        and word not in name
        and (_abbreviates_organisation(word, name) or _abbreviates(word, name, _SKIPPED_WORDS))
    )


def _is_foreign_acronym_of(short: _Span, long: _Span) -> bool:
    """An acronym in capitals the gazetteer does not know, in parentheses right after a
    body's name translated into Indonesian (``Pengadilan Permanen Arbitrase (PCA)``,
    ``Departemen Luar Negeri dan Perdagangan Australia (DFAT)``): its letters are the
    body's own language's, so they need not spell the name; its head says it is a body.
    So does an organising committee's (``Ketua Panitia Asian Games (INASGOC)``; see
    ``_names_organising_committee``), after a title too."""
    words = long.field.words
    before = long.start - 1
    committee = _names_organising_committee(long.words[0], short.words[0])
    cut = before >= 0 and (  # the tagger's name is only the end of one: Partai ... dan Persatuan
        (is_name_word(words[before]) and not (committee and words[before].lower() in TITLE_WORDS))
        or (words[before] in CONJUNCTIONS and before > 0)
    )
    return (
        bool(_bracketed_acronym(short))
        and len(short.words[0]) > 1
        and short.entry is None
        and long.entry is None
        and long.kind == "organisation"
        and (long.words[0].lower() in FOREIGN_BODY_HEADS or committee)
        and not cut
        and not any(  # a unit's name ending in its body's: Komite Tari Dewan Kesenian Jakarta (DKJ)
            _abbreviates(short.words[0], long.words[start:]) for start in range(1, len(long.words))
        )
    )


def _abbreviates_organisation(word: str, name: Sequence[str]) -> bool:
    """Whether ``word`` abbreviates an organisation's ``name`` (``_abbreviates_name``), or
    the name after its head, whose letter the acronym may leave out (``Biro Tata
    Pemerintahan (Tapem)``, a bureau of the province, ``Tapem`` for short), a head with
    its ``Jenderal`` too (``Direktorat Jenderal Sumber Daya dan Perangkat Pos dan
    Informatika (SDPPI)``, the directorate general that news calls ``Ditjen SDPPI``)."""
    if _abbreviates_name(word, name):
        return True
    headed = len(name) > 2 and name[0].lower() in DEFINED_ORGANISATION_HEADS
    general = headed and len(name) > 3 and name[1] == _GENERAL_HEAD_WORD
    return (
        (headed and _abbreviates_name(word, name[1:]))
        or (general and _abbreviates_name(word, name[2:]))
        or _abbreviates_roots(word, name)
    )


#: The word after a directorate's or a secretariat's head that makes it a general one
#: (``Direktorat Jenderal``), left out of its acronym with the head.
_GENERAL_HEAD_WORD = "Jenderal"


def _abbreviates_name(word: str, name: Sequence[str]) -> bool:
    """Whether ``word`` abbreviates ``name`` (see ``_abbreviates``), or the name with the
    ``Indonesia`` ending so many bodies' names that the article may leave it out while the
    acronym keeps its letter (``Forum Masyarakat Peduli Parlemen (Formappi)``), or leave
    the letter out while the article writes it (``Asosiasi Fintech Indonesia (Aftech)``)."""
    return (
        _abbreviates(word, name)
        or _abbreviates(word, [*name, HOME_COUNTRY])
        or (len(name) > 2 and name[-1] == HOME_COUNTRY and _abbreviates(word, name[:-1]))
    )


#: A capital and the digit that counts it in an acronym (``P2`` of ``P2TP2A``).
_COUNTED_CAPITAL = re.compile(r"([A-Z])([2-9])")


#: The shortest acronym in capitals that may take more than an initial of a word.
_SHORTEST_SPELT_CAPITALS = 5


def _abbreviates(word: str, name: Sequence[str], skips: int = 0) -> bool:
    """Whether ``word`` abbreviates ``name``: in capitals, its letters are the name's
    capitals in order from the first (``KPK``); written as a word (``Aprindo``, ``Pekka``,
    ``AfriCOG``), it is made of a start of each capitalised word of the name, in order,
    each maybe with more of that word's letters (``Apr`` + ``i`` + ``ndo`` of Asosiasi
    Pengusaha Ritel Indonesia, ``Pe`` + ``k`` + ``ka`` of Perempuan Kepala Keluarga), the
    name's lowercase words (``dan``, ``for``) giving letters or none: the way Indonesian
    news makes names of its bodies, which a capitalised word of three letters or more
    seldom fits by chance (``Roger Federer (Swiss)``). Up to ``skips`` capitalised words
    between the first and the last may give none, words the short name takes as part of
    the one before (``Kosgoro``, Koperasi Serba Guna Gotong Royong, of ``Serbaguna``). A
    digit after a capital counts it (``P2TP2A``, Pusat Pelayanan Terpadu Pemberdayaan
    Perempuan dan Anak: ``PPTPPA``). A word in capitals of ``_SHORTEST_SPELT_CAPITALS``
    letters or more may be made so too, as bodies of English name write theirs
    (``INASGOC``, Indonesia Asian Games Organizing Committee)."""
    word = _COUNTED_CAPITAL.sub(lambda found: found[1] * int(found[2]), word)
    if not (word.isalpha() and word[:1].isupper() and len(word) > 1 and name):
        return False
    if word.isupper():
        capitals = iter(ch for ch in " ".join(name) if ch.isupper())
        if word[0] == name[0][0] and all(letter in capitals for letter in word):
            return True
        if len(word) < _SHORTEST_SPELT_CAPITALS:
            return False
    letters = word.lower()
    parts = [part.lower() for part in name if part.isalpha()]
    optional = [not part[:1].isupper() for part in name if part.isalpha()]

    @functools.cache
    def fits(used: int, part: int, skips: int) -> bool:
        """Whether ``letters[used:]`` abbreviates ``parts[part:]``, leaving out at most
        ``skips`` more capitalised words."""
        if part == len(parts):
            return used == len(letters)
        if optional[part] and fits(used, part + 1, skips):
            return True
        if skips and 0 < part < len(parts) - 1 and used > 0 and fits(used, part + 1, skips - 1):
            return True
        if used == len(letters) or parts[part][0] != letters[used]:
            return False
        used, at = used + 1, 1
        while True:
            if fits(used, part + 1, skips):
                return True
            found = parts[part].find(letters[used], at) if used < len(letters) else -1
            if found < 0:
                return False
            used, at = used + 1, found + 1

    return bool(parts) and not optional[0] and fits(0, 0, skips)


def _is_known_acronym_of(short: _Span, long: _Span) -> bool:
    """An organisation the gazetteer knows, in capitals and closed by a parenthesis, right
    after a name of several words it does not know: the name is its name in this language
    (``Badan Kesehatan Dunia (WHO)``), whatever the letters."""
    return (
        bool(_bracketed_acronym(short))
        and short.entry is not None
        and long.entry is None
        and short.kind == long.kind == "organisation"
        and len(long.words) > 1
    )


def _link_same_names(spans: Sequence[_Span]) -> None:
    """A name linked once in the article (a former name, a short form) is linked everywhere."""
    linked = {span.name.casefold(): span.root() for span in spans if span.target is not None}
    for span in spans:
        root = linked.get(span.name.casefold())
        if span.target is None and root is not None and root is not span:
            span.target = root


def _person_short_forms(
    spans: Sequence[_Span], middle_names: bool = False
) -> dict[tuple[str, ...], _Span]:
    """Short forms that name one person only in this article: leading and trailing word
    runs of multi-word person names (``Musk``, ``Elon`` -> Elon Musk; ``Mark`` is ambiguous
    with two Marks), and with ``middle_names`` a middle word that is a name (``Rafid`` ->
    Mochammad Rafid Habibie, after a first name too common to call anyone by). A name's
    first or last word wins over another's middle word: ``Bambang`` beside Bambang
    Brodjonegoro is him, not Susilo Bambang Yudhoyono. Around a spaced hyphen (see
    ``_hyphen_parts_short_form``) a capitalised half is a short form (``Jones`` of
    Catherine Zeta - Jones, ``Jasser`` of Saleh al - Jasser), a syllable is not."""
    owners: dict[tuple[str, ...], set[str]] = {}
    middle_owners: dict[tuple[str, ...], set[str]] = {}
    first_span: dict[str, _Span] = {}
    alone: set[tuple[str, ...]] | None = None  # names of persons, once an article needs them
    for span in spans:
        root = span.root()
        if root.kind != "person":
            continue
        name = root.name  # once a span, not once for each part (a property, not free)
        words = name.split()
        if len(words) < 2:
            continue
        first_span.setdefault(name, root)
        if not _DASHES.isdisjoint(words):
            if alone is None:
                alone = _person_names_and_ends(spans)
            if _names_a_pair(words, alone):
                continue
        for size in range(1, len(words)):
            for part, beside, touching in (
                (tuple(words[:size]), words[size], words[size - 1]),
                (tuple(words[-size:]), words[-size - 1], words[-size]),
            ):
                if (
                    len(" ".join(part)) >= 3
                    and part[0].lower() not in NEVER_ENTITIES
                    and not _hyphen_parts_short_form(words, part, beside, touching)
                ):
                    owners.setdefault(part, set()).add(name)
        for word in words[1:-1] if middle_names else ():
            if _is_middle_name(word):
                middle_owners.setdefault((word,), set()).add(name)
    for part, names in middle_owners.items():
        owners.setdefault(part, names)
    return {
        part: first_span[next(iter(names))] for part, names in owners.items() if len(names) == 1
    }


def _hyphen_parts_short_form(
    words: Sequence[str], part: Sequence[str], beside: str, touching: str
) -> bool:
    """Whether ``part``, the first or last words of a person's name ``words``, its word
    ``touching`` the word ``beside`` it inside the name, is cut at a spaced hyphen where no
    short form is: a run opening or closing with the hyphen (``- woo``), any run of a name
    the hyphen opens or closes (``- Cole``, a root the tagger broke), or beside the hyphen a
    lowercase syllable (``woo`` of Yoon Sang - woo, ``un``) or a syllable of a Korean
    name (``Jin`` of Lee Jung - Jin, ``KOREAN_FAMILY_NAMES``). A capitalised half of
    another name is a short form (``Jones`` of Catherine Zeta - Jones, ``Andre``)."""
    if {part[0], part[-1], words[0], words[-1]} & _DASHES:
        return True
    if beside not in _DASHES:
        return False
    return touching[:1].islower() or words[0] in KOREAN_FAMILY_NAMES


def _person_names_and_ends(spans: Iterable[_Span]) -> set[tuple[str, ...]]:
    """The names of the article's persons, as written and as named, with the first and
    the last word of each (``Ridwan`` and ``Kamil`` of Ridwan Kamil); not a name a
    spaced hyphen joins or touches (``G - Dragon`` gives no ``G``, nor ``Marc`` read
    apart in ``Marc - Andre`` a name of one person)."""
    names: set[tuple[str, ...]] = set()
    for span in spans:
        around = span.field.words[max(span.start - 1, 0) : span.end + 1]
        if span.kind == "person" and _DASHES.isdisjoint(around):
            for words in (span.words, tuple(span.name.split())):
                if _DASHES.isdisjoint(words):
                    names.update((words, words[:1], words[-1:]))
    return names


def _names_a_pair(words: Sequence[str], alone: Container[tuple[str, ...]]) -> bool:
    """Whether a person's name ``words`` joins with a spaced hyphen two names the article
    gives persons of their own, or the first or last words of theirs (``Gus Ipul - Anas``,
    ``Wahidin - Andika`` beside Wahidin Halim and Andika Hazrumy, a ticket of two
    candidates): no part of it is a short form of the pair."""
    for index, word in enumerate(words[1:-1], start=1):
        if word in _DASHES:
            return tuple(words[:index]) in alone and tuple(words[index + 1 :]) in alone
    return False


_SHORTEST_MIDDLE_NAME = 3


def _is_middle_name(word: str) -> bool:
    """A middle word of a person's name that may stand for the person (``Rafid``, not
    ``Bin``)."""
    return len(word) >= _SHORTEST_MIDDLE_NAME and _is_name_like(word)


def _is_name_like(word: str) -> bool:
    """A capitalised word the news writes capitalised nearly always (or too rarely to
    tell): not a particle (``bin``, ``van``), a common word (``Putri``, ``Bebas``), a
    title, a number or an initial."""
    entry = packaged_lexicon().get(word.lower())
    return (
        word.isalpha()
        and word[:1].isupper()
        and word.lower() not in NEVER_ENTITIES
        and (entry is None or entry.cap in _NAME_CAPS)
    )


#: Lexicon capitalisation buckets (``cap`` in ``features.WordLexicon``) of a name: nearly
#: always capitalised (``3``), or seen too rarely to tell (``na``).
_NAME_CAPS = frozenset({"3", "na"})


def _drop_coordinations(spans: list[_Span]) -> None:
    """Drop tagged spans like ``Altman dan Musk`` whose parts are names found elsewhere in
    the article; propagation then adds the parts as mentions of their own."""
    known = {span.words for span in spans} | set(_person_short_forms(spans))
    for span in [s for s in spans if s.entry is None and s.target is None]:
        words = span.words
        cuts = [i for i, word in enumerate(words) if word.lower() in CONJUNCTIONS]
        if cuts and all(part in known for part in _split_at(words, cuts)):
            spans.remove(span)


def _split_at(words: tuple[str, ...], cuts: Sequence[int]) -> list[tuple[str, ...]]:
    """The word runs between the positions ``cuts``."""
    bounds = [-1, *cuts, len(words)]
    return [words[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def _link_short_forms(spans: Sequence[_Span]) -> None:
    """Names tagged as persons that shorten a person named in full elsewhere in the
    article (``Repsol`` tagged as an organisation stays one, unless it is the last name of
    a person named before it: see ``_surname_read_as_other_kind``). A middle name counts here
    only, where the tagger read it as a person: other words of a name the tagger got
    wrong (``Razer Hammerhead USB`` a person) are not looked for in the text. A short form
    retyped as a person is one in each of its mentions linked to it, though the tagger
    read more of them as places (``Irzan Raditya``, then ``Irzan`` four times a place)."""
    short_forms = _person_short_forms(spans, middle_names=True)
    longer = _LongerNames(spans)
    placed = {span.words for span in spans if span.entry is not None and _is_placed(span)}
    repeats: dict[int, list[_Span]] = {}  # the same name written again, linked to the first
    for span in spans:
        if span.target is not None and span.target.words == span.words:
            repeats.setdefault(id(span.target), []).append(span)
    for span in spans:
        if span.target is None and span.entry is not None and span.kind != "person":
            person = _surname_read_as_known_name(longer, span, placed)
            person = person or _given_name_read_as_known_place(longer, span, placed)
            if person is not None:
                span.kind, span.entry, span.target = "person", None, person
        if span.target is None and span.entry is None and span.kind in ("organisation", "place"):
            person = _surname_read_as_other_kind(longer, span)
            if person is None and span.kind == "place" and not _is_placed(span):
                person = _given_name_read_as_known_place(longer, span, placed)
            if person is not None:
                span.kind = "person"
                span.target = person
                for repeat in repeats.get(id(span), ()):
                    repeat.kind = "person"  # read as a place each time: Irzan, Irzan
        if span.target is None and span.entry is None and span.kind == "person":
            words = tuple(span.name.split())
            person = short_forms.get(words) or _clipped_first_name(longer, span)
            if person is None:
                person = _mistyped_person(longer, span)
                if person is not None:
                    person.kind = "person"
            person = person or _misspelt_name(longer, span)
            if person is not None and person is not span:
                span.target = person


def _places_without_heads(spans: Sequence[_Span]) -> dict[tuple[str, ...], _Span]:
    """The unknown places the article names with a head it may leave out (see
    ``DROPPED_PLACE_HEADS``), by their names without it: ``Rinjani`` for ``Gunung
    Rinjani``, ``Kalibaru`` for ``Kelurahan Kalibaru``, ``Thamrin City`` for ``Mal Thamrin
    City``."""
    features: dict[tuple[str, ...], _Span] = {}
    for span in spans:
        words = span.words
        if (
            span.kind == "place"
            and span.entry is None
            and len(words) > 1
            and words[0].lower() in DROPPED_PLACE_HEADS
        ):
            features.setdefault(words[1:], span)
    return features


def _acronyms_left_out(
    fields: Sequence[_Field], spans: Sequence[_Span]
) -> dict[tuple[str, ...], _Span]:
    """The organisations defined with an acronym that their seat after it took into their
    name (``Balai Pelayanan ... (BP3MI) Jawa Tengah``, see ``_join_seats_after_acronyms``),
    by that acronym: found alone later (``Kepala BP3MI``), it is that body, as any body's
    acronym defined in parentheses is. Not where the article writes the acronym before
    another seat too (``PN Jakarta Selatan`` beside ``Pengadilan Negeri (PN) Medan``):
    there it is the name of each branch, and alone no one's."""
    bodies: dict[tuple[str, ...], _Span] = {}
    for span in spans:
        if span.kind == "organisation" and span.left_out is not None:
            start, end = span.left_out
            words = span.field.words
            if end - start == 3 and words[start] == "(" and words[end - 1] == ")":
                bodies.setdefault((words[start + 1],), span.root())
    seated = {acronym for (acronym,) in bodies}
    for field in fields:
        for acronym in seated:
            if any(
                field.words[index] == acronym and _is_name_word_at(field.words, index + 1)
                for index in field.positions.get(acronym.lower(), ())
            ):
                bodies.pop((acronym,), None)
    return bodies


def _link_features_named_without_heads(spans: Sequence[_Span]) -> None:
    """A name alone that a natural feature, a mall or a village the article names with its
    head goes by is that place (``Rinjani`` beside ``Gunung Rinjani``, read as a person); a
    known name stays what it is (``Padang`` beside ``Gunung Padang`` is the city). The
    tagger may leave out the name's first words there (``Thamrin`` of ``lantai 3A Thamrin
    City``, beside ``Mal Thamrin City``: ``City`` alone was Bristol City's): the name takes
    them."""
    features = _places_without_heads(spans)
    if not features:
        return
    longest = max(map(len, features))
    taken = _covered(spans)
    for span in spans:
        if span.entry is not None or span.target is not None:
            continue
        words, start = span.field.words, span.start
        while (
            span.words not in features
            and start > max(0, span.end - longest)
            and (id(span.field), start - 1) not in taken
            and is_name_word(words[start - 1])
        ):
            start -= 1
            if words[start : span.end] in features:
                span.start = start
        feature = features.get(span.words)
        if feature is not None:
            span.kind, span.target = "place", feature


class _LongerNames:
    """The article's names, looked up by the words a short form shares with them: by
    their last words, by the head of their first word. Scanning every name for each short
    one was quadratic (3,000 sentences naming one person: 7 times the time of 1,000)."""

    def __init__(self, spans: Sequence[_Span]) -> None:
        self.named = {span.words for span in spans}
        #: The first span in reading order written as each name.
        self.earliest: dict[tuple[str, ...], _Span] = {}
        self.ending_with: dict[tuple[str, ...], list[_Span]] = {}
        #: Names of more words by their first word.
        self.opening_with: dict[tuple[str, ...], list[_Span]] = {}
        self.first_word_opening: dict[str, list[_Span]] = {}
        #: By the tails of their first word, casefolded (``nita`` of Ernita).
        self.first_word_ending: dict[str, list[_Span]] = {}
        #: The multi-word names and their words, for ``spelt_near``.
        self._spelt: list[tuple[_Span, tuple[str, ...]]] = []
        roots: dict[int, _Span] = {}
        for span in spans:
            first = self.earliest.get(span.words)
            if first is None or _reads_before(span, first):
                self.earliest[span.words] = span
            roots.setdefault(id(root := span.root()), root)
        for root in roots.values():
            words = root.words
            for size in range(1, len(words)):
                self.ending_with.setdefault(words[-size:], []).append(root)
            core = _without_name_suffix(words)
            for size in range(1, len(core)) if core != words else ():
                self.ending_with.setdefault(core[-size:], []).append(root)
            if len(words) > 1:
                self.opening_with.setdefault(words[:1], []).append(root)
            head = words[0] if len(words) > 1 else ""
            for size in range(_SHORTEST_CLIPPED_NAME, len(head)):
                self.first_word_opening.setdefault(head[:size], []).append(root)
            for size in range(_SHORTEST_FIRST_NAME_TAIL, len(head) - 1):
                self.first_word_ending.setdefault(head[-size:].casefold(), []).append(root)
            if len(words) > 1:
                self._spelt.append((root, words))

    @functools.cached_property
    def spelt_near(self) -> dict[str, list[_Span]]:
        """Multi-word names by each word (of ``SHORTEST_MISSPELT_NAME`` letters or more)
        and each of its one-letter deletions: ``_misspelt_name``'s candidates. Built on
        first use, from the names as they were at ``__init__``: most articles never ask
        (188 of 300 IndoSum articles), and it was most of what this class cost."""
        spelt_near: dict[str, list[_Span]] = {}
        for root, words in self._spelt:
            for word in words:
                if len(word) >= SHORTEST_MISSPELT_NAME:
                    for near in one_letter_deletions(word.casefold()) | {word.casefold()}:
                        spelt_near.setdefault(near, []).append(root)
        return spelt_near

    def the_one_named_before(self, found: Sequence[_Span], short: _Span) -> _Span | None:
        """The one name among ``found`` (still names of their own), if it comes before
        every span written as ``short``."""
        names = {root.name: root for root in found if root.root() is root}
        if len(names) != 1:
            return None
        (named,) = names.values()
        return named if _reads_before(named, self.earliest[short.words]) else None


def _without_name_suffix(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name without the generational suffix it ends in (``Floyd Mayweather Jr.``), whose
    last name is the word before the suffix (see ``NAME_SUFFIXES``)."""
    core = words[:-1] if len(words) > 2 and words[-1] == "." else words
    if len(core) > 2 and core[-1].lower() in NAME_SUFFIXES:
        return core[:-1]
    return words


#: The shortest clipped first name taken for a person's (``Sandi`` for Sandiaga Uno), and
#: the shortest tail of one (``Owi`` for Tontowi Ahmad), two letters or more cut off.
_SHORTEST_CLIPPED_NAME = 4
_SHORTEST_FIRST_NAME_TAIL = 3


def _clipped_first_name(longer: _LongerNames, short: _Span) -> _Span | None:
    """The one person named in full earlier in the article whose first word ``short``
    clips: Indonesian news calls officials by the head of their first name once it has
    named them (``Sandi`` after Sandiaga Uno, ``Enggar`` after Enggartiasto Lukita), and
    people by its tail (``Nita`` after Ernita Pongki, ``Owi`` after Tontowi Ahmad); None
    when two people's names fit, or the short name comes first (someone else: ``Andri``
    before Andritany Ardhiyasa)."""
    word = short.words[0] if len(short.words) == 1 else ""
    if len(word) < _SHORTEST_FIRST_NAME_TAIL or not _is_name_like(word):
        return None
    heads = longer.first_word_opening.get(word, ()) if len(word) >= _SHORTEST_CLIPPED_NAME else ()
    tails = longer.first_word_ending.get(word.casefold(), ())
    found = [root for root in (*heads, *tails) if root.kind == "person"]
    return longer.the_one_named_before(found, short)


def _reads_before(first: _Span, second: _Span) -> bool:
    """Whether ``first`` comes before ``second`` in reading order (the title first)."""
    if first.field is second.field:
        return first.start < second.start
    return first.field.name == "title"


def _surname_read_as_other_kind(longer: _LongerNames, short: _Span) -> _Span | None:
    """The one person named earlier in full whose last name ``short``, one name word the
    tagger read as an organisation or a place, is: ``Christian Coleman`` then ``Coleman``;
    ``Donald Trump`` then ``Trump``, read as a place beside the venue ``Trump Tower``; the
    name word may follow its particle (``Robert De Niro`` then ``De Niro``). A given name read
    so is the one person of two names it opens (``Gigi Hadid`` then ``Gigi``), though it
    is a common word too. A place stays one after a locative or a place's head (``di
    Trump``, see ``_is_placed``)."""
    if short.kind == "place" and _is_placed(short):
        return None
    *particle, surname = short.words
    if particle and not (len(particle) == 1 and particle[0].lower() in SURNAME_PARTICLES):
        return None
    found: list[_Span] = []
    if _is_name_like(surname):
        found = [root for root in longer.ending_with.get(short.words, ()) if root.kind == "person"]
    if not found and not particle:
        found = [
            root
            for root in longer.opening_with.get(short.words, ())
            if root.kind == "person" and len(root.words) == 2
        ]
    return longer.the_one_named_before(found, short)


def _surname_read_as_known_name(
    longer: _LongerNames, short: _Span, placed: set[tuple[str, ...]]
) -> _Span | None:
    """The one person named earlier by a given name and ``short``, one word the gazetteer
    knows as a company or a place: ``Harrison Ford`` then ``Ford``, ``Keisuke Honda``
    then ``Honda``, ``Whitney Houston`` then ``Houston``, persons both times (not
    ``Movistar Yamaha``, a team the tagger read as a person; see ``_reads_as_given_name``).
    Not where the article writes the known name ``placed`` anywhere (``mobil Ford``, ``di
    Honda``, ``kota Houston``, see ``_is_placed``): the brand or the place shares the
    person's name there."""
    if len(short.words) != 1 or short.words in placed:
        return None
    if short.entry is None or short.entry.kind not in ("organisation", "place"):
        return None
    found = [
        root
        for root in longer.ending_with.get(short.words, ())
        if root.kind == "person"
        and root.entry is None
        and len(root.words) == 2
        and _reads_as_given_name(root.words[0])
    ]
    return longer.the_one_named_before(found, short)


def _given_name_read_as_known_place(
    longer: _LongerNames, short: _Span, placed: set[tuple[str, ...]]
) -> _Span | None:
    """The one person named earlier by ``short``, a place the gazetteer knows of one word
    that reads alone as a given name, and more words: ``Bima Sakti`` then ``ujar Bima``,
    the coach, not the town (or a place only the tagger read, whatever it reads as alone:
    ``Simon Santoso`` then ``generasi Sony dan Simon``); or a known place or company the
    article wrote as a person's given name (``Sony Dwi Kuncoro`` then ``kata Sony``, see
    ``_opens_person_after_break``), or the gazetteer knows as a person's (``Paris Hilton``
    then ``Paris``, the heiress). Not where the article writes the known name ``placed``
    anywhere (``di Bima``, see ``_is_placed``)."""
    if (
        len(short.words) != 1
        or short.words in placed
        or short.kind not in ("place", "organisation")
    ):
        return None
    found = [
        root
        for root in longer.opening_with.get(short.words, ())
        if root.kind == "person" and (root.entry is None or root.entry.kind == "person")
    ]
    # A person whose name grew from this very known name (see _opens_person_after_break)
    # or a known person: the article wrote it as their given name, whatever it reads as
    # alone.
    grown = [
        root
        for root in found
        if root.entry is not None or (root.grown_from and root.grown_from.entry is short.entry)
    ]
    known = short.entry is not None
    if not grown and known and (short.kind != "place" or not _reads_as_given_name(short.words[0])):
        return None
    return longer.the_one_named_before(grown or found, short)


def _reads_as_given_name(word: str) -> bool:
    """Whether the tagger reads ``word`` alone as a person and it opens no organisation's
    or place's name: a given name (``Harrison``, ``Keisuke``), not ``Movistar`` or
    ``Institut``."""
    heads = DEFINED_ORGANISATION_HEADS | PLACE_HEADS
    return word.lower() not in heads and _reads_as_one_person([word])


_LOCATIVE_CUES = frozenset((word,) for word in _LOCATIVES)


def _is_placed(span: _Span) -> bool:
    """Whether a word before ``span`` makes it a place or a thing: a locative preposition
    (``di Houston``), a place's head (``kota Houston``) or a product's noun (``mobil
    Ford``)."""
    before = span.field.words[span.start - 1].lower() if span.start else ""
    return before in _LOCATIVES or before in PLACE_HEADS or before in PRODUCT_NOUNS


def _mistyped_person(longer: _LongerNames, short: _Span) -> _Span | None:
    """The one name of plain name words the tagger read as an organisation or a place,
    earlier in the article, whose last words ``short`` (read as a person) is: ``Sergio
    Castillo`` then ``Castillo``, ``Umpan ke Wiljam Pluim`` then ``Pluim``, a person each
    time. Not gazetteer names, names with a common word (``Partai Puea Thai``), one named
    after the person (``Mita`` then its fan club ``Mita RockerZ``), a place with a place's
    word or cue (``Jalan Sudirman``, ``Santa Monica``, ``wilayah Tal Hamid``), nor a name
    glued to one named apart
    (``Madura United Gomes`` beside ``Madura United``: the club, then its coach)."""
    size = len(short.words)
    found = [
        root
        for root in longer.ending_with.get(short.words, ())
        if root.kind in ("organisation", "place")
        and root.entry is None
        and root.words[:-size] not in longer.named
        and all(_is_name_like(word) for word in root.words)
        and not (root.kind == "place" and _reads_as_place(root, size))
    ]
    return longer.the_one_named_before(found, short)


def _reads_as_place(place: _Span, size: int) -> bool:
    """Whether a name read as a place is one, whatever a person's name ``size`` words long
    at its end: a word of it is a head, a compass word or a place name's opener
    (``Jalan Sudirman``, ``Santa Monica``), a place cue stands before it (``wilayah Tal
    Hamid``, see ``PLACE_CUES``), or it is no longer than the person's name."""
    words = place.field.words
    cued = place.start > 0 and (words[place.start - 1].lower(),) in PLACE_CUES
    place_words = PLACE_HEADS | FEATURE_HEADS | COMPASS_WORDS | PLACE_NAME_OPENERS
    return (
        cued or len(place.words) <= size or any(word.lower() in place_words for word in place.words)
    )


def _misspelt_name(longer: _LongerNames, short: _Span) -> _Span | None:
    """The one person named in full earlier in the article a one-word name spells one
    letter off a word of: news spells a name two ways in one article (``Muhammad Taufiq``
    then ``kata Taufik``, ``Arifin`` then ``Arifi``). None when two people's names fit, or
    the article writes the word in another name, whole or clipped (``Ahmad`` beside Ahmad
    Basith, ``Marcell`` beside Marcellino Lefrandt: its own spelling of someone)."""
    word = short.words[0].casefold() if len(short.words) == 1 else ""
    if len(word) < SHORTEST_MISSPELT_NAME or not _is_name_like(short.words[0]):
        return None
    in_names = (part.casefold() for root in longer.spelt_near.get(word, ()) for part in root.words)
    if word in in_names or short.words[0] in longer.first_word_opening:
        return None
    candidates = {
        id(root): root
        for near in one_letter_deletions(word) | {word}
        for root in longer.spelt_near.get(near, ())
        if root.kind == "person"
        and any(one_edit_apart(word, part.casefold()) for part in root.words)
    }
    return longer.the_one_named_before(list(candidates.values()), short)


def _link_respelt_persons(spans: Sequence[_Span]) -> None:
    """A person named in full again with one word spelt one letter off (``Djarot Syaiful
    Hidayat``, then ``Djarot Saiful Hidayat``) is one person: the one the gazetteer knows,
    else the one named first. The other words are the same, and the respelt word has
    ``SHORTEST_MISSPELT_NAME`` letters or more; in a name of three words or more, see
    ``long_name_word_respelt`` (``Basuki Tjahya Purnama``, then ``Basuki Tjahaja
    Purnama``)."""
    persons: dict[tuple[str, ...], _Span] = {}
    for span in sorted(spans, key=lambda span: (span.field.name != "title", span.start)):
        root = span.root()
        if root.kind == "person" and len(root.words) > 1:
            persons.setdefault(root.words, root)
    by_blank: dict[tuple[str, ...], list[_Span]] = {}
    for words, root in persons.items():
        shortest = shortest_misspelt_word(len(words))
        for index, word in enumerate(words):
            if len(word) >= shortest:
                blank = (*words[:index], "", *words[index + 1 :])
                by_blank.setdefault(blank, []).append(root)
    for blank, roots in by_blank.items():
        index = blank.index("")
        first = next((root for root in roots if root.entry is not None), roots[0])
        respelt = long_name_word_respelt if len(blank) >= LONG_NAME_WORDS else one_edit_apart
        for other in roots:
            near = respelt(other.words[index].casefold(), first.words[index].casefold())
            if near and other.entry is None and other.root() is other and first.root() is first:
                other.target = first


def _link_known_persons_to_full_names(spans: Sequence[_Span], gazetteer: Gazetteer) -> None:
    """A known person's name or alias (``Anies``) stands for the one longer name the
    article gives that person (``Anies Rasyid Baswedan``, see
    ``Gazetteer.person_named_in_full``), as a tagged short form does: the article's
    fullest name of them. Two longer names of the entry link it to neither."""
    fuller: dict[str, dict[str, _Span]] = {}
    for span in spans:
        root = span.root()
        entry = gazetteer.person_named_in_full(root.name) if root.kind == "person" else None
        if root.entry is None and entry is not None:
            fuller.setdefault(entry.id, {}).setdefault(root.name.casefold(), root)
    for span in spans:
        if span.target is not None or span.entry is None or span.kind != "person":
            continue
        names = list(fuller.get(span.entry.id, {}).values())
        if len(names) == 1 and set(span.words) <= set(names[0].words):
            span.target = names[0]


#: How many times the tagger reads a one-word name as a person, apart, before its readings
#: are one person (see ``_propagated_identity``): twice may be a wrong reading repeated
#: (a company, a planet), thrice was a nickname or given name the article calls someone by.
_PERSON_READINGS = 3


def _propagated_identity(root: _Span, persons: Container[str] = ()) -> str | int:
    """What makes two roots one owner of a name for ``_propagate``: their name when it is
    of two words or more or an acronym (``UKP PIP``, ``BRKN``), which name one thing
    wherever written; else the root itself, since a one-word name tagged apart may be a
    wrong reading repeated (the car ``Calya`` as a person) that spread everywhere would
    mislead the quote attribution's pronouns. A one-word name in ``persons``, one the
    tagger read as a person's apart often enough (``_PERSON_READINGS``), is one owner too:
    a nickname or a given name the article calls someone by (``Jupe``, ``Wiwit``), which
    the tagger read in some sentences and not in others (``makam Jupe``)."""
    words = root.name.split()
    if len(words) > 1 or (words and words[0].isupper()):
        return root.name.casefold()
    if root.kind == "person" and root.entry is None and root.name in persons:
        return f"person:{root.name}"
    return id(root)


#: Head nouns of a body, a product or a work (``Situs properti Lamudi``, ``Perusahaan
#: keamanan siber Dyn``, ``Aplikasi video Vine``, ``film Kartini``, ``pesta Halloween``):
#: a name after one, within the lowercase words that qualify it, is no person, however
#: often the tagger read it as one (see ``_often_read_persons``).
_NON_PERSON_HEADS = (
    ORIGIN_NOUNS
    | ORGANISATION_APPOSITIVES
    | PRODUCT_NOUNS
    | WORK_NOUNS
    | SHOW_WORDS
    | NON_PERSON_HEAD_NOUNS
)
#: How many lowercase words may stand between such a head and the name (``Perusahaan
#: keamanan siber Dyn``).
_NON_PERSON_HEAD_REACH = 3
#: Words right before a name that say a person is meant: a title or role (``penyanyi``,
#: ``Om``), a relative or a noun said only of persons (``adik``, ``bocah``, ``jenazah``),
#: or a verb of speech (``," kata Jupe``). Not a title a company's name follows as often
#: as a person's (``pendiri Vine``, ``CEO Snap``, ``direktur``).
_PERSON_READING_CUES = (
    (TITLE_WORDS - TIED_PERSON_NOUNS - EXECUTIVE_TITLES)
    | RELATIVE_NOUNS
    | NAMED_PERSON_NOUNS
    | PERSON_HONORIFICS
    | PERSON_READING_WORDS
)


def _after_non_person_head(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` follows a head noun of ``_NON_PERSON_HEADS``, with
    lowercase words only between them (``Situs properti Lamudi``), none ending the head's
    phrase (``HEAD_PHRASE_ENDS``)."""
    for before in range(index - 1, max(index - 1 - _NON_PERSON_HEAD_REACH, -1), -1):
        word = words[before]
        if word.lower() in _NON_PERSON_HEADS:
            return True
        if not (word.isalpha() and word.islower()) or word in HEAD_PHRASE_ENDS:
            return False
    return False


#: Words right before a work's or an event's title (``episode Diana: ...``, ``bertajuk
#: "Taeyang 2017 World Tour"``, the last words of ``WORK_TITLE_CUES``): a person's name
#: opening or inside that title is the title's word, no repeat of the person.
_PERSON_TITLE_OPENERS = frozenset({"episode"} | {cue[-1] for cue in WORK_TITLE_CUES})
#: The most name words, numbers or quotes between such an opener and the name.
_PERSON_TITLE_REACH = 4


def _in_works_title(words: Sequence[str], index: int) -> bool:
    """Whether the name at ``index`` stands in a work's or an event's title, so that
    ``_propagate`` spreads no person there, though the article names the person elsewhere:
    after one of ``_PERSON_TITLE_OPENERS`` with only name words, numbers or quotes
    between (``episode Diana``, ``bertajuk "Taeyang 2017 ...``), or before a colon opening
    a subtitle of capitalised words (``Diana: In Her Own Words``; a speaker's ``Diana:
    Saya ...`` goes on in lowercase)."""
    for before in range(index - 1, max(index - 1 - _PERSON_TITLE_REACH, -1), -1):
        word = words[before]
        if word.lower() in _PERSON_TITLE_OPENERS:
            return True
        if not (word in QUOTES or word.isdigit() or is_name_word(word)):
            break
    subtitle = words[index + 2 : index + 4]
    return (
        tuple(words[index + 1 : index + 2]) == (":",)
        and len(subtitle) == 2
        and all(word.isalpha() and word[:1].isupper() for word in subtitle)
    )


def _often_read_persons(spans: Sequence[_Span]) -> set[str]:
    """One-word names the tagger read as a person, with no known entity, at least
    ``_PERSON_READINGS`` times apart (see ``_propagated_identity``), and that a word
    before one of their occurrences calls a person (``_PERSON_READING_CUES``: ``penyanyi
    Jupe``, ``kata Aci``). Not a name any occurrence of which follows the head noun of a
    body, a product or a work (``_NON_PERSON_HEADS``: ``Situs properti Lamudi``), nor a
    known body (``Ubisoft Sam``), nor one a place or a company's legal form follows
    (``Nazi Jerman``, ``Snap Inc``): a company, an app or a film the tagger read as a
    person again and again."""
    readings: dict[str, set[int]] = {}
    for span in spans:
        root = span.root()
        if root.kind == "person" and root.entry is None and " " not in root.name:
            readings.setdefault(root.name, set()).add(id(root))
    often = {name for name, roots in readings.items() if len(roots) >= _PERSON_READINGS}
    if not often:
        return often
    bodies: set[tuple[int, int]] = set()  # (field, end) of a known body
    places: set[tuple[int, int]] = set()  # (field, start) of a place
    for span in spans:
        if span.kind == "organisation" and span.entry is not None:
            bodies.add((id(span.field), span.end))
        elif span.kind == "place":
            places.add((id(span.field), span.start))
    cued: set[str] = set()
    barred: set[str] = set()
    for field in {id(span.field): span.field for span in spans}.values():
        words = field.words
        for index, word in enumerate(words):
            if word not in often:
                continue
            if (
                _after_non_person_head(words, index)
                or (id(field), index) in bodies
                or (id(field), index + 1) in places
                or (index + 1 < len(words) and words[index + 1].lower() in FOREIGN_LEGAL_FORMS)
            ):
                barred.add(word)
            elif index > 0 and words[index - 1].lower() in _PERSON_READING_CUES:
                cued.add(word)
    return cued - barred


def _propagate(fields: Sequence[_Field], spans: list[_Span]) -> None:
    """Add every further occurrence of a name found in the article (and of person short
    forms, and of a village's or a feature's name without its head): the tagger misses
    many repeats that a reader plainly sees. A repeat never runs
    over a line break (``Stasiun`` ending a paragraph and ``Pauh`` opening the next), and a
    publisher's dateline or credit stays out, although the text names the publisher
    elsewhere, and so does a currency's country (``dollar AS``, see ``_is_money``) and a
    language's (``bahasa Belanda``, see ``_names_language``).

    Roots that share a name become one entity (``_identities``), so a name of several
    words, or an acronym, is unambiguous when all its roots have that name, though the
    tagger found it more than once or read it as two kinds (``UKP PIP`` in the title and
    the body; ``Del Potro`` twice; ``Resident Evil`` once as a person, once as an
    organisation): counting roots instead left it unlinked elsewhere, or linked word by
    word (``Del`` + ``Potro``, two links side by side). Its repeats take the kind most of
    the name's spans have, as the entity will (see ``_propagated_identity`` for a name of
    one word)."""
    surfaces: dict[tuple[str, ...], dict[str | int, list[_Span]]] = {}
    persons = _often_read_persons(spans)
    for span in spans:
        root = span.root()
        identity = _propagated_identity(root, persons)
        surfaces.setdefault(span.words, {}).setdefault(identity, []).append(root)
    for part, person in _person_short_forms(spans).items():
        surfaces.setdefault(part, {}).setdefault(_propagated_identity(person), []).append(person)
    for part, place in _places_without_heads(spans).items():  # Kalibaru of Kelurahan Kalibaru
        root = place.root()
        surfaces.setdefault(part, {}).setdefault(_propagated_identity(root), []).append(root)
    for acronym, body in _acronyms_left_out(fields, spans).items():  # BP3MI of its Jawa Tengah
        surfaces.setdefault(acronym, {}).setdefault(_propagated_identity(body), []).append(body)
    kinds: dict[str, Counter[str]] = {}
    for span in spans:
        kinds.setdefault(span.root().name.casefold(), Counter())[span.kind] += 1
    unique: dict[tuple[str, ...], tuple[_Span, str]] = {}
    for words, owners in surfaces.items():
        if len(owners) == 1 and len("".join(words)) >= 2:
            (roots,) = owners.values()
            votes = kinds.get(roots[0].name.casefold())
            unique[words] = roots[0], votes.most_common(1)[0][0] if votes else roots[0].kind
    longest = min(_LONGEST_PROPAGATED, max((len(words) for words in unique), default=0))
    # Only a token that opens a name is looked at (a set lookup, where the slices of every
    # length at every token were most of this function's time).
    openers = {words[0] for words in unique}
    replaced: set[int] = set()
    for field in fields:
        words = field.words
        covering = {i: span for span in spans if span.field is field for i in span.indices()}
        index = 0
        while index < len(words):
            if words[index] not in openers or _qualifies_title(words, index):
                index += 1  # a title's word is no repeat: Hakim Agung beside Agung Laksono
                continue
            for size in range(min(longest, len(words) - index), 0, -1):
                end = index + size
                known = unique.get(tuple(words[index:end]))
                if known is None:
                    continue  # most sizes: no name, and no need of the spans inside
                inside = {id(covering[i]): covering[i] for i in range(index, end) if i in covering}
                if not _may_replace(inside.values(), index, end):
                    continue
                if not field.line_starts.isdisjoint(range(index + 1, end)):
                    continue
                if not field.furniture.isdisjoint(range(index, end)):
                    continue
                if _is_money(words, index, end):
                    continue  # dollar AS is a currency, though AS is named elsewhere
                if _names_language(words, index):
                    continue  # bahasa Belanda is a language, though Belanda is named elsewhere
                if (
                    size == 1
                    and words[index] in persons
                    and field.name != "title"  # a headline capitalises every word
                    and _inside_longer_name(words, index, end)
                ):
                    continue  # Kendall of Kendall Jenner, though Kendall alone is spread
                if size == 1 and words[index] in persons and _in_works_title(words, index):
                    continue  # episode Diana: In Her Own Words, though Diana is spread
                owner, kind = known
                if (
                    size == 1
                    and kind == "product"
                    and " " in owner.name
                    and _inside_longer_name(words, index, end)
                ):
                    continue  # Switch of Nintendo Switch is not the Switch of Switch Pro
                if kind == "person" and _paired_with_place(field, index, end, owner, covering):
                    continue  # Jakarta - Silangit, a route, though Kuala Namu - Silangit was read
                repeat = _Span(field, index, end, kind, None, target=owner)
                if not _is_publisher_furniture(repeat):  # a dateline's words stay unlinked
                    spans.append(repeat)
                    replaced.update(inside)
                index = end - 1
                break
            index += 1
    if replaced:
        _drop_removed(spans, replaced)


def _paired_with_place(
    field: _Field, start: int, end: int, owner: _Span, covering: Mapping[int, _Span]
) -> bool:
    """Whether a repeat over ``start:end`` of a part cut from a hyphened person's name
    (``Silangit`` of ``Kuala Namu - Silangit``, the tagger's misreading of a route) stands
    across a spaced hyphen from a place (``Jakarta - Silangit``, ``Silangit - Medan``): a
    route's end, no person; not after a dateline's place opening a line (``Jakarta -
    Jones mengaku``)."""
    if _DASHES.isdisjoint(owner.name.split()):
        return False
    words = field.words
    before = covering.get(start - 2)
    after = covering.get(end + 1)
    return (
        start >= 2
        and words[start - 1] in _DASHES
        and before is not None
        and before.kind == "place"
        and before.start not in field.line_starts
        and before.start > 0
    ) or (
        end + 1 < len(words)
        and words[end] in _DASHES
        and after is not None
        and after.kind == "place"
    )


def _may_replace(inside: Iterable[_Span], start: int, end: int) -> bool:
    """Whether a repeat of a name over tokens ``start``-``end`` may take the place of the
    spans found there: none, or only shorter ones wholly inside it, where the name has
    several words (``tuan rumah Madura United``, where the article names the club, is not
    the island Madura and a word left over), all of them name words or a surname's
    lowercase particle (``de Villiers`` of Pierre de Villiers, not ``Villiers``) and none a
    title, nor the end of a title before it (``Wali`` + ``Kota Tegal``)."""
    found = list(inside)
    if not found:
        return True
    field_words = found[0].field.words
    words = field_words[start:end]
    return (
        len(words) > 1
        and (start == 0 or field_words[start - 1].lower() not in TITLE_WORDS)
        and all(start <= span.start and span.end <= end for span in found)
        and all(span.end - span.start < len(words) for span in found)
        and all(
            (is_name_word(word) or word in SURNAME_PARTICLES) and word.lower() not in TITLE_WORDS
            for word in words
        )
    )


_PARTY = "partai"
#: Levels written after a party board (``DPD I``, ``DPD II``).
_BOARD_LEVELS = frozenset({"I", "II"})
#: Words after a board's abbreviation that give its level (``DPD Tingkat I``, ``DPD
#: propinsi``): a party's board, for the senate DPD has no levels.
_BOARD_LEVEL_WORDS = frozenset({"tingkat", "provinsi", "propinsi"})


def _is_party(span: _Span) -> bool:
    """A party: named ``Partai …`` in the text, or by the gazetteer entry it is or grew
    from (``PDIP``, ``Golkar Jatim``)."""
    root = span.root()
    entry = root.entry or (root.grown_from.entry if root.grown_from else None)
    names = [root.words[0], *(entry.name.split()[:1] if entry else ())]
    return any(name.lower() == _PARTY for name in names)


def _is_board_of(board: _Span, organisation: _Span) -> bool:
    """Whether a board's abbreviation names a board of the organisation right after it:
    mass organisations have boards as parties do (``DPD Front Pembela Islam``, ``DPP
    KNPI``); the board's name written out stays a name of its own."""
    return organisation.kind == "organisation" and board.words[0].lower() in PARTY_BOARDS


def _is_board_beside_board(words: Sequence[str], index: int) -> bool:
    """Whether another board's abbreviation follows a conjunction at ``index``: the boards
    of one party listed together (``pengurus DPD dan DPC Partai Hanura``)."""
    return (
        index + 1 < len(words)
        and words[index].lower() in CONJUNCTIONS
        and words[index + 1].lower() in PARTY_BOARDS
    )


def _drop_party_boards(spans: list[_Span]) -> None:
    """A party board's abbreviation with a level (``DPD I``, ``DPD Tingkat II``, ``DPD
    propinsi``) or right before a party (``DPD Partai Golkar``, ``DPD I
    PDIP``, ``Dewan Pimpinan Daerah (DPD) Golkar``), another organisation (see
    ``_is_board_of``) or another board (see ``_is_board_beside_board``), or its name
    written out (``Dewan Perwakilan Daerah PDIP``) names a branch of the party, not the
    senate ``DPD`` the gazetteer knows: no entity of its own, as the annotated news leaves
    it; the party stays."""
    starts = _by_start(spans)
    dropped: set[int] = set()
    for span in spans:
        words = span.field.words
        written_out = tuple(word.lower() for word in span.words) in PARTY_BOARD_NAMES
        if not written_out and (
            span.words[0].lower() not in PARTY_BOARDS or set(span.words[1:]) - _BOARD_LEVELS
        ):
            continue
        level = span.end < len(words) and words[span.end] in _BOARD_LEVELS
        after = span.end + 1 if level else span.end
        if after < len(words) and words[after] == ")":
            after += 1  # defined before the party: Dewan Pimpinan Daerah (DPD) Golkar
        party = starts.get((id(span.field), after))
        leveled = level or (span.end < len(words) and words[span.end].lower() in _BOARD_LEVEL_WORDS)
        if (
            (leveled and not written_out)
            or (party is not None and (_is_party(party) or _is_board_of(span, party)))
            or (after < len(words) and words[after].lower() == _PARTY)
            or _is_board_beside_board(words, after)
        ):
            dropped.add(id(span))
    _drop_removed(spans, dropped)


def _drop_branch_names(spans: list[_Span]) -> None:
    """A name opening with a branch word right after an organisation (``PT Jasa Marga`` +
    ``Cabang Purbaleunyi``, see ``BRANCH_WORDS``) is the organisation's branch, which the
    organisation's mention names: no mention of its own (the tagger read a person there)."""
    ends = {(id(span.field), span.end) for span in spans if span.kind == "organisation"}
    spans[:] = [
        span
        for span in spans
        if not (
            span.words[0][:1].isupper()
            and span.words[0].lower() in BRANCH_WORDS
            and len(span.words) > 1
            and (id(span.field), span.start) in ends
        )
    ]


#: A regional government's level written out after ``Pemerintah`` (``Pemerintah Provinsi
#: Jawa Barat``), with the head of its short form (``Pemprov Jawa Barat``); ``Daerah`` may
#: open the run (``Pemerintah Daerah Kabupaten Bogor``) and ``Administrasi`` follow a level
#: (``Pemerintah Kota Administrasi Jakarta Selatan``). Not ``Desa``: NERGrit marks the
#: village after ``Pemerintah`` (``Pemerintah Desa Wates``), and no IndoSum article names one.
_GOVERNMENT_LEVELS: dict[str, str] = {
    "Provinsi": "Pemprov",
    "Kabupaten": "Pemkab",
    "Kota": "Pemkot",
    "Daerah": "Pemda",
}
_GOVERNMENT = "Pemerintah"
#: The words of a level's run after ``Pemerintah`` that are no level.
_GOVERNMENT_LEVEL_WORDS = frozenset({"Administrasi"})
#: City-states (their gazetteer names): ``Pemerintah Kota Singapura`` is the country's
#: government, no regional one.
_CITY_STATES = frozenset({"Singapura", "Vatikan", "Monako"})


def _join_regional_governments(spans: list[_Span], gazetteer: Gazetteer) -> None:
    """A place right after ``Pemerintah`` and a level written out (``Pemerintah Kabupaten
    Sleman``, see ``_GOVERNMENT_LEVELS``) names the regional government, one organisation
    as its short form ``Pemkab Sleman`` is; the tagger read the place alone or with its
    level. A short form in parentheses inside (``Pemerintah Provinsi (Pemprov) DKI
    Jakarta``) is left out of its name. The government is the known entity its name or
    short form names (``Pemprov DKI``), also by the place's other name the gazetteer knows
    (``Pemerintah Provinsi Jakarta``), else the article's short form links to it; one
    level's governments of one known place are one entity (``Pemerintah Provinsi Sumsel``,
    ``Pemerintah Provinsi Sumatera Selatan``). A national government (``Pemerintah
    Indonesia``, a city-state's ``Pemerintah Kota Singapura``, see ``_CITY_STATES``) stays
    the place, as lowercase ``pemerintah`` in running text does; so does a place on a line
    after ``Pemerintah`` (``Humas Pemerintah`` + ``Kota Bandung``)."""
    fields = {id(span.field): span.field for span in spans}.values()
    if not any(_GOVERNMENT.lower() in field.positions for field in fields):
        return  # most articles: no token sets built
    covered = _covered(spans)
    joined: dict[int, _Span] = {}
    shorts: dict[str, _Span] = {}
    alike: dict[tuple[str, str], _Span] = {}  # the first government per level and place
    for span in spans:
        if span.kind != "place" or span.start == 0:
            continue
        words = span.field.words
        start, left_out = span.start - 1, None
        while start > 0 and words[start] != _GOVERNMENT:
            if words[start] == ")" and start > 2 and words[start - 2] == "(":
                if not words[start - 1].lower().startswith("pem") or left_out:
                    break
                left_out, start = (start - 2, start + 1), start - 3
            elif words[start] in _GOVERNMENT_LEVELS or words[start] in _GOVERNMENT_LEVEL_WORDS:
                start -= 1
            else:
                break
        if (
            words[start] != _GOVERNMENT
            or words[start + 1] not in _GOVERNMENT_LEVELS
            or any((id(span.field), index) in covered for index in range(start, span.start))
        ):
            continue
        place = span.start
        while place < span.end and (
            words[place] in _GOVERNMENT_LEVELS or words[place] in _GOVERNMENT_LEVEL_WORDS
        ):
            place += 1
        if place == span.end or any(
            index in span.field.line_starts for index in range(start + 1, place + 1)
        ):
            continue  # the level alone, read as a place; or a line's first words
        named = " ".join(words[place : span.end])
        known = span.entry if span.entry is not None else gazetteer.lookup(named)
        if known is not None and known.kind != "place":
            known = None
        if known is not None and known.name in _CITY_STATES:
            continue  # the country's own government
        level = [word for word in words[start + 1 : place] if word in _GOVERNMENT_LEVELS][-1]
        span.start, span.left_out = start, left_out
        span.kind, span.entry, span.target = "organisation", None, None
        # the place's every name (``Sumsel``, ``Sumatera Selatan``): one government
        names = (named, *(known.surfaces if known is not None else ()))
        forms = [span.name] + [
            f"{head} {name}"
            for name in names
            for head in (_GOVERNMENT_LEVELS[level], f"{_GOVERNMENT} {level}")
        ]
        span.entry = next(
            (
                entry
                for entry in map(gazetteer.lookup, forms)
                if entry is not None and entry.kind == "organisation"
            ),
            None,
        )
        joined[id(span)] = span
        for name in names:
            shorts.setdefault(f"{_GOVERNMENT_LEVELS[level]} {name}".casefold(), span)
        if known is not None:  # one entity, named as the place's canonical name is
            same = alike.setdefault((level, known.id), span)
            if same is span:
                continue
            if span.entry is None and (same.entry is not None or named != known.name):
                span.target = same
            elif same.entry is None:
                same.target, alike[level, known.id] = span, span
    if not joined:
        return
    for span in spans:
        if span.target is not None and id(span.target) in joined and span.kind == "place":
            span.target = None  # Bandung, linked to Kota Bandung: still the city
        government = shorts.get(" ".join(span.words).casefold())
        if government is None or span.kind != "organisation" or id(span) in joined:
            continue
        root = span.root()
        if root.entry is not None:
            if government.entry is None:
                government.target = root  # the known short form's entity
        elif id(root) not in joined:
            root.target = government


#: Kinds whose unlinked span keeps a key apart from a known entity of its name and
#: another kind (see ``_identities``).
_NAMESAKE_KINDS = frozenset({"person", "place"})


@dataclass(frozen=True)
class _Identity:
    key: str
    name: str
    kind: str


def _identities(spans: Sequence[_Span], gazetteer: Gazetteer) -> dict[int, _Identity]:
    """Key, canonical name and kind per span: spans whose roots share a name are one
    entity; its kind is the gazetteer's, else the one most of its mentions were tagged. A
    person the article does not link to the known entity of the same name and another kind
    keeps a key of its own (``honda_person``, a player in a squad's list, not the maker
    ``honda``), as a letter does (see ``slugify``), and so does a place (``barcelona_place``,
    the city a race report's dateline names, not the club ``barcelona``), and a work's
    character named like it (``laila_person`` beside the film ``laila``)."""
    groups: dict[tuple[str, bool], list[_Span]] = {}
    for span in spans:
        root = span.root()
        # A dateline's city stays a place beside a club the article names by it, and a
        # work's character beside the work named like it.
        alone = (span.dateline_place and (root.entry is None or root.entry.kind != "place")) or (
            span.character and root.entry is None
        )
        groups.setdefault(((span if alone else root).name.casefold(), alone), []).append(span)
    identities: dict[int, _Identity] = {}
    for (_, alone), members in groups.items():
        roots = members if alone else [member.root() for member in members]
        entry = next((root.entry for root in roots if root.entry is not None), None)
        if entry is not None:
            identity = _Identity(entry.id, entry.name, entry.kind)
        else:
            name = _unshouted(roots[0].name) if alone else roots[0].name
            kind = Counter(span.kind for span in members).most_common(1)[0][0]
            if any(map(_is_website, members)):
                kind = "organisation"  # Djaring.id: the name alone is the website's
            key = slugify(name, kind)
            namesake = gazetteer.get(key)
            if (kind in _NAMESAKE_KINDS and namesake is not None and namesake.kind != kind) or (
                alone and any(member.character for member in members)
            ):
                key = f"{key}_{kind}"  # beside the known namesake, or the work
            identity = _Identity(key, name, kind)
        identities.update((id(span), identity) for span in members)
    return identities


def _is_website(span: _Span) -> bool:
    """Whether ``span`` is a name with its web domain (``Djaring.id``, see ``_mark_websites``):
    a website, an organisation, as the article's other mentions of the name alone are,
    however many the tagger read as a person's."""
    words = span.words
    return len(words) > 2 and words[-2] == "." and words[-1].lower() in DOMAIN_SUFFIXES


def _unshouted(name: str) -> str:
    """A name a dateline writes in capitals as a name is written (``KUALA LUMPUR`` is Kuala
    Lumpur), a word of three letters or fewer kept (``DKI``, an acronym)."""
    if not name.isupper():
        return name
    return " ".join(word.capitalize() if len(word) > 3 else word for word in name.split())


def _in_parentheses(span: _Span, start: int) -> bool:
    """Whether the field's words from ``start`` are ``(``, ``span`` and ``)``."""
    return start + 1 == span.start and span.field.words[start] == "(" and _closes_parenthesis(span)


def _mention_ends(
    spans: Sequence[_Span], identities: dict[int, _Identity]
) -> list[tuple[_Span, int]]:
    """Each span that starts a mention, in reading order, with the token its mention ends
    before: an organisation's mention takes in the acronym it is defined with (``Mahkamah
    Konstitusi (MK)`` is one naming of one organisation, not two links side by side), but
    not its website (``kumparan (kumparan.com)`` names it twice, as the annotated news
    samples mark it), and
    a legal form in parentheses (``PT Pertamina (Persero)``) and a listed company's
    ``Tbk`` after it (``PT Bank Mandiri (Persero) Tbk``)."""
    ends: list[tuple[_Span, int]] = []
    for span in sorted(spans, key=lambda span: (span.field.name, span.start)):
        if ends and ends[-1][0].field is span.field:
            last, end = ends[-1]
            if span.start < end:
                continue  # inside the legal form taken in below
            if (
                identities[id(last)].kind == "organisation"
                and identities[id(last)].key == identities[id(span)].key
                and _in_parentheses(span, end)
                and not _is_website(span)  # kumparan (kumparan.com): two namings
            ):
                ends[-1] = (last, span.end + 1)
                continue
        words = span.field.words
        end = span.end
        form = words[end : end + 3]
        if (
            identities[id(span)].kind == "organisation"
            and len(form) == 3
            and (form[0], form[2]) == ("(", ")")
            and form[1].lower() in LEGAL_FORMS
        ):
            end += 3
            if end < len(words) and words[end] == "Tbk":  # a listed state company
                end += 1
        ends.append((span, end))
    return ends


def extract_mentions(title: str, body: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Linked entity mentions of one article, title first, in reading order, never
    overlapping. Offsets index ``title`` or ``body``. Uses the shipped gazetteer unless
    one (e.g. with the user's entries, see ``load_gazetteer``) is given."""
    gazetteer = gazetteer or packaged_gazetteer()
    fields = _fields(title, body, gazetteer)
    spans = _recognise(fields, gazetteer)
    _mend_companies_around_known_names(fields, spans, gazetteer)
    _mark_cued_acronyms(fields, spans, gazetteer)
    _retype_acronyms_seated_in_places(spans, gazetteer)
    _part_known_products_from_bodies(spans)
    _give_heads_to_bodies(spans)
    _drop_explained_acronyms(fields, spans)
    _drop_blends_glossed_in_lowercase(fields, spans)
    _join_metro_commands(spans, gazetteer)
    _join_area_offices(spans)
    _join_spelt_out_commands(spans)
    _part_parties_from_factions(spans, gazetteer)
    _join_spelt_out_national_teams(spans)
    _retype_persons_bracketed_after_persons(spans, gazetteer)
    _retype_persons_apposed_to_titles(spans, gazetteer)
    _retype_persons_named_as_english_bodies(spans)
    _retype_mayors_read_as_cities(spans, gazetteer)
    _retype_judges_read_as_panels(spans, gazetteer)
    _retype_keepers(fields, spans, gazetteer)
    _mark_ministers_named_alone(fields, spans, gazetteer)
    _mark_paired_players(fields, spans, gazetteer)
    _mark_hyphened_tickets(fields, spans, gazetteer)

    _drop_dated_titles(spans)
    _drop_holy_days(spans)
    _mark_dated_works(fields, spans)
    _mark_dated_titles(fields, spans)
    _mark_subtitles(spans)
    _mark_dated_makes(fields, spans)
    _drop_dishes(fields, spans)
    _drop_storms(fields, spans)
    _drop_scientific_names(spans)
    _extend_organisations_over_units(spans)
    _join_joint_ventures(spans)
    _join_names_over_marks(spans)
    _join_venues_over_slashes(spans)
    _join_partner_firms(spans)
    _join_companies_over_places(spans)
    _join_companies_ending_in_places(spans)
    _part_cities_from_venues(spans, gazetteer)
    _keep_venue_bodies(spans)
    _part_countries_from_independence_days(spans, gazetteer)
    _part_venues_from_companies(spans)
    _mark_korean_names(fields, spans, gazetteer)
    _join_spaced_syllables(spans)
    _join_capital_syllables(spans)
    _join_saints(spans)
    _join_hyphened_given_names(spans)
    _extend_persons_over_particles(spans)
    _give_numbers_to_schools(spans)
    _part_balinese_names_from_bodies(spans)
    _extend_persons_over_balinese_names(spans)
    _join_venues_named_after_persons(spans)
    _give_sentence_openers_to_persons(spans)
    _cut_owned_openers(spans)
    _join_nicknamed_names(fields, spans)
    _use_short_forms(fields, spans)
    _use_team_nicknames(fields, spans, gazetteer)
    _link_clubs_in_lists(spans, gazetteer)
    _link_continents_in_lists(spans, gazetteer)
    _retype_persons_listed_among_places(spans)
    _retype_places_defined_as_persons(spans)
    _use_short_forms_in_football(fields, spans, gazetteer)
    _link_venues_named_after_companies(fields, spans, gazetteer)
    _link_airlines(fields, spans, gazetteer)
    _link_racing_teams(fields, spans, gazetteer)
    _part_persons_apart(spans)
    _part_persons_named_alone(spans)
    _part_persons_after_known_names(spans, gazetteer)
    _cut_tour_titles(spans)
    _part_persons_from_companies(spans)
    _part_holders_after_seats(spans, gazetteer)
    _part_holders_after_portfolios(spans)
    _part_holders_after_acronyms(spans, gazetteer)
    _part_holders_from_titled_organisations(spans, gazetteer)
    _cut_portfolios_from_ministries(spans)
    _give_suffixes_to_organisations(spans)
    _close_names_over_bare_forms(spans)
    _type_names_closed_by_foreign_forms(spans)
    _close_companies_over_form_dots(spans)
    _join_branches_to_companies(spans, gazetteer)
    _mark_companies_with_dotted_forms(fields, spans, gazetteer)
    _mark_dynasties(fields, spans)
    _link_old_ministry_names(spans, gazetteer)
    _type_river_basins(spans)
    _part_named_organisations_from_persons(spans)
    _give_first_names_back(spans)
    _drop_degrees(spans)
    _drop_honorifics_from_known_persons(spans)
    _cut_weekdays_and_degrees_from_persons(spans)
    _cut_line_up_labels_from_persons(spans)
    _open_companies_at_legal_forms(spans)
    _join_organisations_over_of(spans)
    _give_organisations_initials_to_persons(spans)
    _give_initials_to_persons(spans, gazetteer)
    _link_renames(spans)
    _extend_bodies_over_conjoined_fields(spans)
    _cut_flight_codes(spans, gazetteer)
    _join_seats_after_acronyms(spans)
    _give_central_levels_to_bodies(spans)
    _give_numbers_to_organisations(spans)
    _join_numbers_after_acronyms(spans)
    _join_paired_seats_of_numbered_offices(spans, gazetteer)
    _part_issuers_from_bonds(spans, gazetteer)
    _link_called_names(fields, spans)
    _link_initials(spans)
    _link_initialled_first_names(spans)
    _link_known_persons_to_full_names(spans, gazetteer)
    _link_short_forms(spans)
    _link_features_named_without_heads(spans)
    _link_respelt_persons(spans)
    _link_same_names(spans)
    _drop_coordinations(spans)
    _give_common_first_names(spans)
    _propagate(fields, spans)
    _type_awards(spans)
    _drop_listed_peoples(fields, spans)
    _give_cut_first_names(spans)
    _drop_party_boards(spans)
    _drop_branch_names(spans)
    _extend_over_compass_words(spans, gazetteer)
    _give_hyphened_numbers_to_known_products(spans)
    _join_regional_governments(spans, gazetteer)
    identities = _identities(spans, gazetteer)
    mentions = []
    for span, end_token in _mention_ends(spans, identities):
        identity = identities[id(span)]
        start = span.field.tokens[span.start].start
        end = span.field.tokens[end_token - 1].end
        surface = span.field.text[start:end]
        mentions.append(
            Mention(
                span.field.name, start, end, surface, identity.key, identity.name, identity.kind
            )
        )
    return sorted(mentions, key=lambda mention: (mention.field != "title", mention.start))
