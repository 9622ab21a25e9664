"""Who said what: quotations in an article attributed to a person or organisation.

Rules, not a model: Indonesian news attributes speech in a few fixed shapes (``"...," kata
X``; ``X mengatakan, "..."``; ``X mengatakan bahwa ...``), and a wrong speaker is worse
than none, so a quote whose speaker is not found by those shapes is returned without one.
Pronouns (``ia``, ``dia``, ``-nya``) go to a person only when the sentence (else the one
before) names one person, or several of whom one is the subject; people named inside
quotation marks are spoken about and never count.

Cost is linear in the text: each pattern scans it once with bounded windows, and speakers
are found by bisecting the sorted mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from warta.search.entities.features import split_sentences, tokenize
from warta.search.model import Mention

#: Entity kinds that speak.
SPEAKER_KINDS = frozenset({"person", "organisation"})
#: The longest quotation taken, in characters: a longer "quote" is an unmatched mark.
MAX_QUOTE_CHARS = 1000
#: How far after ``kata``/``ujar`` the speaker's name may start (``kata CEO OpenAI Sam
#: Altman``), in characters.
SPEAKER_AFTER_CHARS = 120
#: How many sentences back a pronoun opening each sentence is followed.
MAX_PRONOUN_CHAIN = 3

_OPEN = '"“'
_CLOSE = '"”'
_DIRECT_RE = re.compile(rf"[{_OPEN}](?P<text>[^\"“”\n]{{1,{MAX_QUOTE_CHARS}}})[{_CLOSE}]")
#: After a closing mark: ``," kata X`` / ``," ujarnya``.
_VERB_AFTER_RE = re.compile(
    r"\s*[,.]?\s*(?:kata|ujar|ungkap|tutur|jelas|tegas|ucap|imbuh|tambah|lanjut|papar|beber"
    r"|terang|tukas|tutup|sambung|tandas|pungkas)"
    r"(?P<nya>nya)?\b(?:\s+(?P<pronoun>ia|dia)\b)?",
    re.IGNORECASE,
)
_SAYING_VERBS = (
    "mengatakan|berkata|menyatakan|menegaskan|menjelaskan|mengungkapkan|menambahkan"
    "|menuturkan|mengaku|menekankan"
)
#: Verbs that report speech only with ``bahwa`` or a comma after them: ``Trump mengakui
#: Yerusalem sebagai ibu kota`` is recognising, not saying.
_CLAIMING_VERBS = "mengklaim|mengakui|menyebutkan|mengumumkan|menilai|memperkirakan"
#: Before an opening mark: ``X mengatakan, "``.
_VERB_BEFORE_RE = re.compile(rf"\b(?P<verb>{_SAYING_VERBS})\s*[,:]\s*$")
#: Reported speech: ``X mengatakan [pada bulan Desember] bahwa ...``, ``X menegaskan, ...``,
#: ``X mengatakan ...`` (``bahwa`` is often left out); not a quotation mark next (that is a
#: direct quote).
_THAT = r"(?:[^.,;:!?\"“”\n]{0,40}?\bbahwa\b|\s*,)"
_REPORTED_RE = re.compile(rf"\b(?P<verb>{_SAYING_VERBS})\b{_THAT}?\s+(?![\"“])")
_CLAIMED_RE = re.compile(rf"\b(?P<verb>{_CLAIMING_VERBS}){_THAT}\s+(?![\"“])")
#: ``Menurut X, ...`` / ``menurut X ...`` / ``Menurutnya, ...``.
_ACCORDING_RE = re.compile(r"\bmenurut(?P<nya>nya)?\b", re.IGNORECASE)
#: Where a source named after ``menurut`` must have started.
ACCORDING_SOURCE_CHARS = 80
#: Where a sentence part ends, for the source after ``menurut``.
_SENTENCE_PART_END_RE = re.compile(r"[.;:!?\n\"“”]")
#: What may stand between a subject and its verb: a few lowercase words (``juga``,
#: ``kembali``, ``dilaporkan``), no punctuation (``Twitter Musk, mengatakan`` is not Musk's).
_SUBJECT_GAP_RE = re.compile(r"(?:\s+[a-z]+){0,3}\s+")
#: A lowercase aside between a subject and its verb: ``Altman, sebaliknya, mengklaim``,
#: ``Elon Musk, melalui platform X (dulu Twitter) pada 11 Maret 2024, mengumumkan``.
_APPOSITION_RE = re.compile(r",\s+[a-z][^,.;:!?\"“”\n]{0,70},(?:\s+[a-z]+){0,2}\s+$")
_PRONOUN_SUBJECT_RE = re.compile(r"\b(?:ia|dia)(?:\s+[a-z]+){0,3}\s+$", re.IGNORECASE)
_PRONOUN_OPENING_RE = re.compile(r"(?:\w+,\s+)?(?P<pronoun>ia|dia)\b", re.IGNORECASE)
#: A verb right after a name (a few adverbs allowed): the name is the clause's subject.
#: Indonesian verbs carry ``me-``/``ber-``/``di-``/``ter-``; the listed words look like
#: verbs and are not.
_VERB_FOLLOWS_RE = re.compile(
    r"(?:\s+(?!(?:di|ke|dari|pada|dalam|untuk|dan|atau|yang|dengan)\b)[a-z-]+){0,2}?\s+"
    r"(?!(?:terhadap|tersebut|bersama|melalui|mengenai|menurut|terkait|termasuk)\b)"
    r"(?:me|ber|di|ter)[a-z]{4,}\b"
)
#: Where a name after ``kata`` stops being the speaker's.
_CLAUSE_END_RE = re.compile(r"[.,;:!?\n\"“”]")
_TRAILING = ",.;: "
#: A name set off by commas before its verb: ``Pelatih Timnas, Fakhri Husaini, mengaku``.
_NAME_ASIDE_RE = re.compile(r",(?:\s+[a-z]+){0,2}\s+")
#: Where a claim after ``menurut X`` starts: after the comma closing the source, if near.
_CLAIM_START_RE = re.compile(r"(?:[^,.;:!?\n\"“”]{0,40},)?\s*")


@dataclass(frozen=True)
class Quote:
    """One quotation in ``body``: ``text`` is ``body[start:end]``, marks excluded.

    ``speaker`` is the speaking entity's key as the mentions carry it, or None when the
    attribution was not certain; ``kind`` is ``direct`` or ``reported``.
    """

    start: int
    end: int
    text: str
    speaker: str | None
    kind: str


class _Speakers:
    """The body's person and organisation mentions, sorted, with sentence bounds."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.mentions = sorted(
            (m for m in mentions if m.field == "body" and m.kind in SPEAKER_KINDS),
            key=lambda m: m.start,
        )
        self.starts = [m.start for m in self.mentions]
        self.ends = [m.end for m in self.mentions]
        tokens = tokenize(text)
        self.sentence_starts = [tokens[first].start for first, _ in split_sentences(text, tokens)]
        #: Spans inside quotation marks: a person named there is spoken about, not speaking.
        self.quoted = [(m.start(), m.end()) for m in _DIRECT_RE.finditer(text)]
        self.quoted_starts = [start for start, _ in self.quoted]

    def in_quotation(self, position: int) -> bool:
        index = bisect_right(self.quoted_starts, position) - 1
        return index >= 0 and position < self.quoted[index][1]

    def sentence_start(self, position: int, back: int = 0) -> int:
        """Where the sentence holding ``position`` begins, or the one ``back`` before it."""
        index = bisect_right(self.sentence_starts, position) - 1 - back
        return self.sentence_starts[index] if index >= 0 else 0

    def subject(self, verb_start: int) -> str | None:
        """The speaker named just before a verb (``Altman juga mengatakan``), or a pronoun's."""
        before = self.text[max(0, verb_start - 40) : verb_start]
        if _PRONOUN_SUBJECT_RE.search(before):
            return self.pronoun(verb_start)
        index = bisect_right(self.ends, verb_start) - 1
        if index < 0:
            return None
        mention = self.mentions[index]
        if _SUBJECT_GAP_RE.fullmatch(self.text, mention.end, verb_start) or (
            _NAME_ASIDE_RE.fullmatch(self.text, mention.end, verb_start)
            and self.text[: mention.start].rstrip().endswith(",")
        ):
            return self._person_with_title(index)
        apposition = _APPOSITION_RE.search(self.text, max(0, verb_start - 90), verb_start)
        if apposition:
            index = bisect_right(self.ends, apposition.start()) - 1
            if index >= 0 and self.mentions[index].end == apposition.start():
                return self.mentions[index].key
        return None

    def _person_with_title(self, index: int) -> str:
        """The speaker of a name that ends a title: ``Arie Christoper selaku CEO Ferrari``
        is Arie Christoper speaking, not Ferrari."""
        mention = self.mentions[index]
        if mention.kind == "organisation" and index > 0:
            before = self.mentions[index - 1]
            gap = self.text[before.end : mention.start]
            if before.kind == "person" and len(gap) <= 40 and not _CLAUSE_END_RE.search(gap):
                return before.key
        return mention.key

    def named_after(
        self,
        position: int,
        within: int = SPEAKER_AFTER_CHARS,
        stops: re.Pattern[str] = _CLAUSE_END_RE,
    ) -> Mention | None:
        """The speaker named right after ``kata``: the first person before the clause ends,
        else the first organisation (``kata CEO OpenAI Sam Altman`` is Altman's)."""
        clause_end = stops.search(self.text, position, position + within)
        limit = clause_end.start() if clause_end else position + within
        found: list[Mention] = []
        for index in range(bisect_left(self.starts, position), len(self.mentions)):
            if self.mentions[index].start >= limit:
                break
            found.append(self.mentions[index])
        people = [m for m in found if m.kind == "person"]
        chosen = (people or found)[:1]
        return chosen[0] if chosen else None

    def pronoun(self, position: int, depth: int = 0) -> str | None:
        """Who ``ia``/``dia``/``-nya`` at ``position`` is, or None when not certain.

        Candidates are the people named in this sentence before ``position``; when it names
        none, those of the sentence before, unless that one opens with a pronoun itself:
        then the referent is that pronoun's (``Dia juga menyebut Musk ... Dia juga
        mengatakan`` is not Musk speaking), followed back at most ``MAX_PRONOUN_CHAIN``
        sentences. One candidate is the referent; of several, the one who is a subject
        (followed by a verb: ``Sam Altman baru-baru ini menggambarkan``), else no one.
        """
        sentence_start = self.sentence_start(position)
        own = self._people(sentence_start, position)
        if own:
            return _referent(self.text, own)
        window_start = self.sentence_start(position, back=1)
        opening = _PRONOUN_OPENING_RE.match(self.text, window_start)
        if window_start < sentence_start and opening:
            if depth >= MAX_PRONOUN_CHAIN:
                return None
            return self.pronoun(opening.start("pronoun"), depth + 1)
        return _referent(self.text, self._people(window_start, position))

    def _people(self, start: int, end: int) -> list[Mention]:
        first = bisect_left(self.starts, start)
        found = self.mentions[first : bisect_left(self.starts, end)]
        return [m for m in found if m.kind == "person" and not self.in_quotation(m.start)]


def _referent(text: str, people: Sequence[Mention]) -> str | None:
    """The one person of ``people``, or of several the one subject; else None."""
    if len({m.key for m in people}) == 1:
        return people[0].key
    subjects = {m.key for m in people if _VERB_FOLLOWS_RE.match(text, m.end)}
    return subjects.pop() if len(subjects) == 1 else None


def extract_quotes(text: str, mentions: Sequence[Mention]) -> list[Quote]:
    """Quotations in an article ``text`` (its body), in reading order.

    ``mentions`` are the article's (``extract_mentions`` or the store); their keys become
    the speakers. Unattributed quotes are kept with ``speaker=None`` so a caller can count
    them (reported speech is only taken with a speaker: without one, ``bahwa`` is as often
    a claim as a quote); callers listing who said what skip them.
    """
    speakers = _Speakers(text, mentions)
    quotes = [*_direct_quotes(text, speakers), *_reported_speech(text, speakers)]
    quotes.sort(key=lambda quote: (quote.start, quote.end))
    return quotes


def _direct_quotes(text: str, speakers: _Speakers) -> list[Quote]:
    quotes = []
    for match in _DIRECT_RE.finditer(text):  # the spans of _Speakers.quoted, attributed
        start, end = _trimmed(text, match.start("text"), match.end("text"))
        if start == end:
            continue
        quotes.append(
            Quote(start, end, text[start:end], _direct_speaker(match, speakers), "direct")
        )
    return quotes


def _direct_speaker(match: re.Match[str], speakers: _Speakers) -> str | None:
    text = speakers.text
    after = _VERB_AFTER_RE.match(text, match.end())
    if after:
        if after.group("nya") or after.group("pronoun"):
            return speakers.pronoun(match.start())
        named = speakers.named_after(after.end())
        return named.key if named else None
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = _VERB_BEFORE_RE.search(text, max(line_start, match.start() - 40), match.start())
    return speakers.subject(before.start("verb")) if before else None


def _reported_speech(text: str, speakers: _Speakers) -> list[Quote]:
    """``X mengatakan bahwa ...`` and ``Menurut X, ...``: the rest of the sentence."""
    #: Where each claim starts, and who made it.
    found: list[tuple[int, str | None]] = [
        (match.end(), speakers.subject(match.start("verb")))
        for pattern in (_REPORTED_RE, _CLAIMED_RE)
        for match in pattern.finditer(text)
    ]
    for according in _ACCORDING_RE.finditer(text):
        found.append(_according_to(according, speakers))
    quotes = []
    for claim_start, speaker in found:
        if speaker is None:
            continue
        index = bisect_right(speakers.sentence_starts, claim_start)
        sentence_end = (
            speakers.sentence_starts[index] if index < len(speakers.sentence_starts) else len(text)
        )
        start, end = _trimmed(text, claim_start, sentence_end)
        if start < end:
            quotes.append(Quote(start, end, text[start:end], speaker, "reported"))
    return quotes


def _according_to(match: re.Match[str], speakers: _Speakers) -> tuple[int, str | None]:
    """``menurut X, <claim>``: where the claim starts (after the comma that closes the
    source, if one comes soon) and the source's key."""
    if match.group("nya"):
        claim = _CLAIM_START_RE.match(speakers.text, match.end())
        return (claim.end() if claim else match.end()), speakers.pronoun(match.start())
    # The source ends at the first comma (``Menurut laporan dari Insider, dikutip ...``)
    # unless it names no one there (``menurut pengamat pangan, Anton Apriyantono, ...``).
    source = speakers.named_after(match.end(), ACCORDING_SOURCE_CHARS) or speakers.named_after(
        match.end(), ACCORDING_SOURCE_CHARS, _SENTENCE_PART_END_RE
    )
    if source is None:
        return match.end(), None
    claim = _CLAIM_START_RE.match(speakers.text, source.end)
    return (claim.end() if claim else source.end), source.key


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without surrounding spaces and trailing clause punctuation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING + "\n":
        end -= 1
    return start, end
