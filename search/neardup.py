"""Near-duplicates: the same story copied by several outlets, or re-published.

Each article gets a 64-bit SimHash (Charikar 2002) of its body's word 3-shingles at index
time. Copies that differ by a few edits, a changed dateline or shuffled paragraphs share
most shingles, so their fingerprints differ in a few bits; unrelated articles differ in
about 32. Two articles are the same story when their fingerprints are at most
``MAX_DISTANCE`` bits apart. Looking one up reads four indexed 16-bit bands: by the
pigeonhole principle, fingerprints 3 bits apart agree on at least one of four bands.

SimHash rather than MinHash: one integer per article, and its lookup is four indexed
equalities in SQLite, where MinHash needs a table of band rows per article.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterator

#: Words per shingle: three keeps a shared stock phrase ("kata dia kepada wartawan") from
#: making two different stories look alike, and survives a changed word or two.
SHINGLE_WORDS = 3
#: Bits two fingerprints may differ by and still be one story (measured on IndoSum copies
#: with shuffled paragraphs: see bench/bench_views.py).
MAX_DISTANCE = 3
BANDS = 4
BAND_BITS = 16
#: Bodies with fewer words have no fingerprint: two short notices alike in three words are
#: not one story.
MIN_WORDS = 20
#: Shingles read from one body: the fingerprint of a 2 MB file is decided by its start.
MAX_SHINGLES = 20_000

_WORD_RE = re.compile(r"\w+")
#: ``_BIT_OF[bit]`` maps a byte to its bit ``bit`` (0 or 1): counting the shingles whose
#: hash has a bit set is then ``bytes.translate`` and ``bytes.count``, in C (adding each
#: hash's bits spread over a big integer took 0.98 ms an IndoSum article, this 0.68 ms).
_BIT_OF = [bytes((value >> bit) & 1 for value in range(256)) for bit in range(8)]


def simhash(text: str) -> int | None:
    """The unsigned 64-bit fingerprint of ``text``, or None for a text too short to have one."""
    shingles = list(itertools.islice(_shingles(text.lower()), MAX_SHINGLES))
    if len(shingles) + SHINGLE_WORDS - 1 < MIN_WORDS:
        return None
    blake2b = hashlib.blake2b
    digests = b"".join(blake2b(shingle.encode(), digest_size=8).digest() for shingle in shingles)
    fingerprint = 0
    for position in range(8):
        column = digests[position::8]  # byte ``position`` of every shingle's hash
        for bit in range(8):
            if 2 * column.translate(_BIT_OF[bit]).count(1) > len(shingles):
                fingerprint |= 1 << (8 * position + bit)
    return fingerprint


def _shingles(text: str) -> Iterator[str]:
    """Word 3-shingles within each line: a copy with its paragraphs in another order has
    the same shingles (across paragraph breaks it lost ~7% of them: 6 bits of 64)."""
    for line in text.splitlines():
        words = _WORD_RE.findall(line)
        for start in range(len(words) - SHINGLE_WORDS + 1):
            yield " ".join(words[start : start + SHINGLE_WORDS])


def bands(fingerprint: int) -> tuple[int, ...]:
    """The fingerprint's ``BANDS`` 16-bit pieces, the keys it is looked up by."""
    mask = (1 << BAND_BITS) - 1
    return tuple((fingerprint >> (band * BAND_BITS)) & mask for band in range(BANDS))


def distance(first: int, second: int) -> int:
    """Bits in which two fingerprints differ."""
    return (first ^ second).bit_count()


def to_signed(fingerprint: int) -> int:
    """The fingerprint as SQLite's signed 64-bit integer stores it."""
    return fingerprint - (1 << 64) if fingerprint >= 1 << 63 else fingerprint


def from_signed(stored: int) -> int:
    return stored + (1 << 64) if stored < 0 else stored
