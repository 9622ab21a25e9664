"""Top-k BM25F over memory-mapped (doc, tf) arrays, beside Whoosh's postings (issue 17).

Whoosh scores every posting through Python matchers (~2.3 µs each), and its postings blocks
pickle ids, weights and positions together, so even reading them costs ~2 µs a posting. Each
segment gets a sidecar file, written when the index commits: for every word of the title
and body (stemmed and exact) and of the entities, the documents that hold it and how often,
and each document's field length as Whoosh quantises it. A bag-of-words query is then
scored with numpy over whole arrays. For the body fields it also holds where each word
stands in each document (position, first and last character), and for the exact title its
positions: a page's snippets, the second stage's proximity and a phrase's positions read
those slices instead of unpickling Whoosh's postings blocks (~0.35 ms a block).

Whoosh stays the index of record. A sidecar is trusted only for the segment whose id and
document count it records; deletions are read from Whoosh's reader at every search; a
segment without its sidecar (a killed update, a merge not yet followed) makes the search
fall back to Whoosh's own scorer. Statistics that span segments (idf, average field length)
come from Whoosh's scorer of the same word, so the two scorers cannot drift apart: the
reference test (tests/test_topk.py) holds them to 1e-4 on random queries.

A prefix, fuzzy word or pattern is expanded by its own (bounded) Whoosh query, against the
sidecar's sorted terms (:class:`SidecarLexicon`): the same words Whoosh would pick, then
scored as Whoosh scores an expansion. A phrase's candidates are the documents that have all
its words, intersected over the sidecar; its words' positions are read for those alone and
checked as Whoosh's phrase matcher checks them. Other query parts (date ranges, other
fields) are read through Whoosh's matcher for that part alone, inside one segment, and only
on the documents that have the rest of an AND. Parts are combined as Whoosh's matchers
combine them: ``And`` and ``Or`` add their children's scores, ``AndMaybe`` adds the
optional part's where it matches, ``Not`` excludes and adds Whoosh's constant 1.0, a boost
multiplies. A query with a part Whoosh would have to read whole (``*``, a date range alone
or in an OR) is searched by Whoosh.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import json
import mmap
import os
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from warta.search.query import BODY_FIELDS, MAX_SNIPPET_SPANS, Place, current_budget

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from whoosh.query import Query
    from whoosh.reading import IndexReader
    from whoosh.searching import Searcher

#: The fields whose postings the sidecar holds: what plain words and ``entity:`` search,
#: the exact twins that phrases, prefixes and fuzzy words search, and the articles' days,
#: which a day typed searches (without them each date query was Whoosh's to score).
SIDECAR_FIELDS = ("title", "content", "entity", "title_exact", "exact", "day")
#: The fields whose words' places (position, first and last character) the sidecar holds:
#: the body fields, which snippets mark, the second stage weighs and phrases search.
PLACE_FIELDS = tuple(name for name, _ in BODY_FIELDS)
#: The place arrays of each of those fields, in the order of ``_decoded_places``.
PLACE_PARTS = ("positions", "startchars", "endchars")
#: The fields whose words' positions alone the sidecar holds: the exact title, which phrases
#: search too. Read through Whoosh's postings instead, a phrase of common words spent 0.18 s
#: of its 0.27 s on the titles' positions at 100,000 synthetic articles.
POSITION_FIELDS = ("title_exact",)
#: The place arrays of those fields.
POSITION_PARTS = PLACE_PARTS[:1]
#: How many postings' places are decoded at once when a sidecar is written.
PLACES_DECODED = 1024
#: The buffer a spilled place array is copied into the sidecar with.
SPILL_COPY_BYTES = 1 << 20
#: The folder of a generation that holds one sidecar file per segment.
SIDECAR_FOLDER = "topk"
SUFFIX = ".topk"
MAGIC = b"WARTATOPK1\n"
#: Candidates a phrase or range is checked on between two polls of the search's ``cancelled``.
CANCEL_POLL_CANDIDATES = 256
#: What Whoosh's ``InverseMatcher`` adds to a document's score for a ``Not`` it passes.
NOT_SCORE = 1.0
#: Segments of at most this many documents get Whoosh's preloaded ``Or`` for three words or
#: more (``Or._matcher``), which scores a constant-score expansion (a prefix, fuzzy word,
#: pattern or range) 1.0 wherever it matches; larger ones add its words' scores.
PRELOADED_OR_DOCS = 5000

#: Postings Whoosh scores in about the CPU time importing numpy takes (~90 ms, at ~6.5 µs
#: a posting of a one-word search at 100,000 IndoSum articles): a cold ``warta search`` for
#: fewer lets Whoosh score them (numpy is imported here, on first need, for that reason).
#: A long-lived caller imports numpy ahead (``SearchService.prepare``).
NUMPY_IMPORT_POSTINGS = 15_000

if TYPE_CHECKING:
    Docs = npt.NDArray[np.int64]
    Scores = npt.NDArray[np.float64]
    #: One word's postings in a segment: document numbers (int32) and frequencies (float32).
    Postings = tuple[np.ndarray, np.ndarray]


# -- writing ---------------------------------------------------------------------------------


def write_sidecars(folder: Path, reader: IndexReader) -> int:
    """Write the sidecar of every segment of ``reader`` that has none; remove those of
    segments that are gone (merged away). Returns how many were written.

    Called after each commit, so a sidecar that a kill left unwritten is written by the next
    update; until then its segment is scored by Whoosh.
    """
    target = folder / SIDECAR_FOLDER
    target.mkdir(exist_ok=True)
    live = set()
    written = 0
    for leaf, _ in reader.leaf_readers():
        segment = leaf.segment()
        if segment is None:
            continue
        name = segment.segment_id()
        live.add(name + SUFFIX)
        path = target / (name + SUFFIX)
        if _complete(path, leaf):
            continue
        _write_segment(path, name, leaf)
        written += 1
    for stale in target.iterdir():
        if stale.name not in live:
            with contextlib.suppress(OSError):
                stale.unlink()
    return written


def _complete(path: Path, reader: IndexReader) -> bool:
    """Whether ``path`` is a readable sidecar holding every field of ``SIDECAR_FIELDS`` the
    segment has, and the places of its ``PLACE_FIELDS``: one written before the exact
    fields or the places were added, or damaged, is written again by the next update (until
    then, what it lacks is read from Whoosh)."""
    try:
        status = path.stat()
    except OSError:
        return False
    sidecar = _open_sidecar(str(path), status.st_size, status.st_mtime_ns)
    return sidecar is not None and all(
        sidecar.has_field(fieldname)
        and (sidecar.has_places(fieldname) or not _place_parts(reader, fieldname))
        for fieldname in SIDECAR_FIELDS
        if fieldname in reader.schema
    )


def _write_segment(path: Path, name: str, reader: IndexReader) -> None:
    """One segment's arrays in one file, written beside and renamed into place."""
    with contextlib.ExitStack() as spills:
        arrays = _segment_arrays(path, reader, spills)
        header: dict[str, Any] = {"segment": name, "doc_count": reader.doc_count_all()}
        header["arrays"] = {}
        offset = 0
        for key, array in arrays.items():
            header["arrays"][key] = [offset, array.dtype.str, len(array)]
            offset += array.nbytes
            offset += -offset % 8
        encoded = json.dumps(header).encode("utf-8")
        temporary = path.with_suffix(".tmp")
        try:
            _write_file(temporary, encoded, arrays)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise


def _segment_arrays(
    path: Path, reader: IndexReader, spills: contextlib.ExitStack
) -> dict[str, np.ndarray | _Spilled]:
    """Every array of the segment's sidecar, by name; the postings and places spilled to
    temporary files beside ``path`` (removed when ``spills`` closes)."""
    import numpy as np

    def spilled(fieldname: str, part: str, dtype: type) -> _Spilled:
        temporary = path.with_suffix(f".{fieldname}.{part}.tmp")
        return spills.enter_context(_Spilled(temporary, np.dtype(dtype)))

    doc_count = reader.doc_count_all()
    arrays: dict[str, np.ndarray | _Spilled] = {}
    for fieldname in SIDECAR_FIELDS:
        if fieldname not in reader.schema:
            continue
        parts = _place_parts(reader, fieldname)
        terms: list[bytes] = []
        starts = [0]
        docs, tfs = spilled(fieldname, "docs", np.int32), spilled(fieldname, "tfs", np.float32)
        places = [spilled(fieldname, part, np.int32) for part in parts]
        bounds = spilled(fieldname, "place_bounds", np.int64) if parts else None
        placer = _Placer(parts, places, bounds)
        for term, info in reader.iter_field(fieldname):
            ids, weights, values = _postings_arrays(reader, fieldname, term, info, bool(parts))
            terms.append(term)
            docs.append(ids)
            tfs.append(weights)
            starts.append(starts[-1] + len(ids))
            placer.add(values)
        placer.flush()
        length = reader.doc_field_length
        arrays[f"{fieldname}.terms"] = np.frombuffer(b"".join(terms), dtype=np.uint8)
        arrays[f"{fieldname}.term_ends"] = np.cumsum([len(t) for t in terms], dtype=np.int64)
        arrays[f"{fieldname}.starts"] = np.array(starts, dtype=np.int64)
        arrays[f"{fieldname}.docs"] = docs
        arrays[f"{fieldname}.tfs"] = tfs
        # As Whoosh's BM25 scorer reads it: the quantised length, 1 for none.
        arrays[f"{fieldname}.lengths"] = np.array(
            [length(doc, fieldname, 1) for doc in range(doc_count)], dtype=np.float32
        )
        if bounds is not None:
            placed = placer.placed
            bounds.append(np.array([placed], dtype=np.int64))
            bounds.dtype = np.dtype(np.int64 if placed >= 2**31 else np.int32)
            arrays[f"{fieldname}.place_bounds"] = bounds
            arrays.update(
                (f"{fieldname}.{part}", spill) for part, spill in zip(parts, places, strict=True)
            )
    return arrays


class _Placer:
    """Decodes a field's postings' places into its spilled place arrays, in order.

    ``PLACES_DECODED`` postings at a time: a common word's places, all decoded into Python
    tuples (~100 bytes a place), took hundreds of megabytes. The slices run across words:
    decoded one word at a time, the many rare words' few places cost a dozen numpy calls
    each, about a third of the sidecar's writing.
    """

    def __init__(
        self, parts: tuple[str, ...], places: list[_Spilled], bounds: _Spilled | None
    ) -> None:
        self.parts = parts
        self.places = places
        self.bounds = bounds
        #: The places written so far: the next posting's first.
        self.placed = 0
        self._pending: list[bytes] = []

    def add(self, values: list[bytes]) -> None:
        """The encoded places of one word's postings (none for a field without places)."""
        self._pending += values
        if len(self._pending) >= PLACES_DECODED:
            self.flush()

    def flush(self) -> None:
        import numpy as np

        pending = self._pending
        for at in range(0, len(pending), PLACES_DECODED):
            count, *decoded = _decoded_places(pending[at : at + PLACES_DECODED], self.parts)
            assert self.bounds is not None
            self.bounds.append(self.placed + np.cumsum(count, dtype=np.int64) - count)
            self.placed += int(count.sum())
            for spill, part in zip(self.places, decoded, strict=True):
                spill.append(part)
        self._pending = []


class _Spilled:
    """An array appended to a temporary file as it is built, then copied into the sidecar:
    a segment's postings and places (0.95 GB at 100,000 IndoSum articles) are never all
    held in memory (held, the places alone peaked at 2.7 GB).

    ``dtype`` is what the sidecar gets; a caller may narrow it once every value is known
    (the place bounds, kept as int64 while they grow, fit int32 in most segments).
    """

    def __init__(self, path: Path, dtype: np.dtype[Any]) -> None:
        self.path = path
        self.dtype = self._stored = dtype
        self._count = 0
        self._file = path.open("w+b")

    def __enter__(self) -> _Spilled:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._file.close()
        with contextlib.suppress(OSError):
            self.path.unlink()

    def __len__(self) -> int:
        return self._count

    @property
    def nbytes(self) -> int:
        return self._count * self.dtype.itemsize

    def append(self, values: np.ndarray) -> None:
        self._file.write(values.astype(self._stored, copy=False).tobytes())
        self._count += len(values)

    def copy_to(self, out: BinaryIO) -> None:
        import numpy as np

        self._file.flush()
        self._file.seek(0)
        if self.dtype == self._stored:
            shutil.copyfileobj(self._file, out, SPILL_COPY_BYTES)
            return
        step = SPILL_COPY_BYTES - SPILL_COPY_BYTES % self._stored.itemsize
        while chunk := self._file.read(step):
            out.write(np.frombuffer(chunk, self._stored).astype(self.dtype).tobytes())


def _place_parts(reader: IndexReader, fieldname: str) -> tuple[str, ...]:
    """The place arrays the sidecar holds for ``fieldname``'s words: all ``PLACE_PARTS`` for
    one of ``PLACE_FIELDS`` whose postings store characters, the positions for one of
    ``POSITION_FIELDS`` whose postings store them, else none (an index of another schema
    may not store them)."""
    fieldformat = reader.schema[fieldname].format
    if fieldformat is None:
        return ()
    if fieldname in PLACE_FIELDS and fieldformat.supports("characters"):
        return PLACE_PARTS
    if fieldname in POSITION_FIELDS and fieldformat.supports("positions"):
        return POSITION_PARTS
    return ()


def _decoded_places(values: Sequence[bytes], parts: tuple[str, ...]) -> tuple[np.ndarray, ...]:
    """Each posting's place count, and the ``parts`` of the places of all, from Whoosh's
    values (a count, then the pickled deltas: of position, start and length after the last
    end for ``Characters``, as ``Characters.decode_characters`` reads them; of position
    alone for ``Positions``), decoded with numpy."""
    import pickle

    import numpy as np
    from whoosh.system import _INT_SIZE

    decoded = [
        pickle.loads(value[_INT_SIZE:] if value.endswith(b".") else value[_INT_SIZE:] + b".")
        for value in values
    ]
    counts = np.array([len(codes) for codes in decoded], dtype=np.int32)
    deltas = np.array([code for codes in decoded for code in codes], dtype=np.int64)
    deltas = deltas.reshape(-1, len(parts))
    # Each posting's deltas restart from 0: a cumulative sum less its value before them.
    first = np.repeat(np.cumsum(counts) - counts, counts)

    def restarted(steps: np.ndarray) -> np.ndarray:
        total = np.cumsum(steps)
        return total - np.concatenate(([0], total))[first]

    if parts == POSITION_PARTS:
        return counts, restarted(deltas[:, 0])
    ends = restarted(deltas[:, 1] + deltas[:, 2])
    return counts, restarted(deltas[:, 0]), ends - deltas[:, 2], ends


def _write_file(temporary: Path, encoded: bytes, arrays: dict[str, np.ndarray | _Spilled]) -> None:
    """The magic, the header's length and the header, then each array on 8 bytes."""
    with temporary.open("wb") as out:
        out.write(MAGIC)
        out.write(len(encoded).to_bytes(8, "little"))
        out.write(encoded)
        out.write(b"\0" * (-(len(MAGIC) + 8 + len(encoded)) % 8))
        for array in arrays.values():
            if isinstance(array, _Spilled):
                array.copy_to(out)
            else:
                out.write(array.tobytes())
            out.write(b"\0" * (-array.nbytes % 8))
        out.flush()
        os.fsync(out.fileno())


def _postings_arrays(
    reader: IndexReader, fieldname: str, term: bytes, info: Any, with_values: bool
) -> tuple[np.ndarray, np.ndarray, list[bytes]]:
    """A word's document numbers and frequencies, and its encoded values when asked (the
    places; else none), deleted documents included (deletions are applied at search time),
    read block by block from the term info ``iter_field`` gave (looking each word up again
    cost half the writing time)."""
    import numpy as np

    if info.is_inlined():
        ids, weights, inlined = info.inlined_postings()
        if weights is None or isinstance(weights, float):
            weights = [1.0 if weights is None else weights] * len(ids)
        return (
            np.array(ids, dtype=np.int32),
            np.array(weights, dtype=np.float32),
            list(inlined) if with_values else [],
        )
    matcher: Any = _raw_postings(reader, fieldname, term, info)
    if matcher is None:
        matcher = reader.postings(fieldname, term)
    id_blocks: list[Any] = []
    weight_blocks: list[Any] = []
    values: list[bytes] = []
    if all(
        hasattr(matcher, name)
        for name in ("_read_ids", "_read_weights", "_read_values", "_next_block")
    ):
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            id_blocks.append(np.array(matcher._ids, dtype=np.int32))
            weight_blocks.append(np.array(matcher._weights, dtype=np.float32))
            if with_values:
                matcher._read_values()
                values.extend(matcher._values)
            matcher._next_block()
    else:  # another codec: the slow, public way
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            if with_values:
                values.append(matcher.value())
            matcher.next()
        id_blocks.append(np.array(ids, dtype=np.int32))
        weight_blocks.append(np.array(weights, dtype=np.float32))
    if not id_blocks:
        return np.zeros(0, np.int32), np.zeros(0, np.float32), values
    return np.concatenate(id_blocks), np.concatenate(weight_blocks), values


def _raw_postings(reader: IndexReader, fieldname: str, term: bytes, info: Any) -> Any | None:
    """The segment's raw postings of a word that is not inlined in its term info, without
    the reader's filter of deleted documents, for reading block by block; None for another
    codec or an inlined word."""
    terms: Any = getattr(reader, "_terms", None)
    codec = getattr(terms, "_codec", None)
    if codec is None or info.is_inlined():
        return None
    return codec.postings_reader(
        terms._postfile, info, reader.schema[fieldname].format, term=(fieldname, term)
    )


# -- reading ---------------------------------------------------------------------------------


class SegmentSidecar:
    """One segment's memory-mapped arrays."""

    def __init__(self, path: Path) -> None:
        import numpy as np

        with path.open("rb") as source:
            self._map = mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ)
        if self._map[: len(MAGIC)] != MAGIC:
            raise ValueError("not a sidecar")
        size = int.from_bytes(self._map[len(MAGIC) : len(MAGIC) + 8], "little")
        start = len(MAGIC) + 8
        header = json.loads(self._map[start : start + size])
        base = start + size + (-(start + size) % 8)
        self.segment: str = header["segment"]
        self.doc_count: int = header["doc_count"]
        self._arrays: dict[str, np.ndarray] = {
            key: np.frombuffer(self._map, dtype=np.dtype(dtype), count=count, offset=base + at)
            for key, (at, dtype, count) in header["arrays"].items()
        }

    def has_field(self, fieldname: str | None) -> bool:
        return f"{fieldname}.docs" in self._arrays

    def postings(self, fieldname: str, term: bytes) -> tuple[np.ndarray, np.ndarray]:
        """The documents holding ``term`` and its frequency in each (empty when none)."""
        import numpy as np

        found = self._find(fieldname, term)
        if found is None:
            return np.zeros(0, np.int32), np.zeros(0, np.float32)
        starts = self._arrays[f"{fieldname}.starts"]
        begin, end = int(starts[found]), int(starts[found + 1])
        return self._arrays[f"{fieldname}.docs"][begin:end], self._arrays[f"{fieldname}.tfs"][
            begin:end
        ]

    def has_places(self, fieldname: str) -> bool:
        return f"{fieldname}.place_bounds" in self._arrays

    def place_ranges(
        self, fieldname: str, term: bytes, docnums: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Those of the sorted ``docnums`` that hold ``term``, and where each one's places
        of the word begin and end in the field's place arrays (:meth:`places`)."""
        import numpy as np

        found = self._find(fieldname, term)
        if found is None or not len(docnums):
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
        starts = self._arrays[f"{fieldname}.starts"]
        begin, end = int(starts[found]), int(starts[found + 1])
        docs = self._arrays[f"{fieldname}.docs"][begin:end]
        at = np.searchsorted(docs, docnums)
        inside = at < len(docs)
        holds = np.zeros(len(docnums), dtype=bool)
        holds[inside] = docs[at[inside]] == docnums[inside]
        bounds = self._arrays[f"{fieldname}.place_bounds"]
        postings = at[holds] + begin
        return docnums[holds], bounds[postings], bounds[postings + 1]

    def placed_words(self, fieldname: str, term: bytes, docnums: np.ndarray) -> np.ndarray:
        """Every place of ``term`` in the sorted ``docnums`` as one sorted key a place,
        ``document << 32 | position``, gathered with numpy (a phrase's check)."""
        import numpy as np

        docs, first, last = self.place_ranges(fieldname, term, docnums)
        lengths = last - first
        index = np.arange(int(lengths.sum())) + np.repeat(
            first - (np.cumsum(lengths) - lengths), lengths
        )
        positions = self.places(fieldname)[0][index].astype(np.int64)
        return (np.repeat(docs.astype(np.int64), lengths) << 32) | positions

    def places(self, fieldname: str) -> tuple[np.ndarray, ...]:
        """The field's place arrays: positions, then first and last characters for one of
        ``PLACE_FIELDS`` (``POSITION_FIELDS`` have positions alone)."""
        parts = PLACE_PARTS if fieldname in PLACE_FIELDS else POSITION_PARTS
        return tuple(self._arrays[f"{fieldname}.{part}"] for part in parts)

    def lengths(self, fieldname: str) -> np.ndarray:
        return self._arrays[f"{fieldname}.lengths"]

    def doc_frequency(self, fieldname: str, term: bytes) -> int:
        """How many documents hold ``term``, deleted ones included (as Whoosh counts)."""
        found = self._find(fieldname, term)
        return 0 if found is None else self.postings_count(fieldname, found)

    def postings_count(self, fieldname: str, rank: int) -> int:
        starts = self._arrays[f"{fieldname}.starts"]
        return int(starts[rank + 1]) - int(starts[rank])

    def term_count(self, fieldname: str) -> int:
        return len(self._arrays[f"{fieldname}.term_ends"])

    def term_frequencies(self, fieldname: str) -> Iterator[tuple[bytes, int]]:
        """Every term of the field in sorted order, with the documents holding it (deleted
        ones included, as Whoosh counts)."""
        import numpy as np

        terms = self._arrays[f"{fieldname}.terms"].tobytes()
        ends = self._arrays[f"{fieldname}.term_ends"].tolist()
        counts = np.diff(self._arrays[f"{fieldname}.starts"]).tolist()
        begin = 0
        for end, count in zip(ends, counts, strict=True):
            yield terms[begin:end], count
            begin = end

    def term_at(self, fieldname: str, rank: int) -> bytes:
        """The field's ``rank``-th term in sorted order."""
        ends = self._arrays[f"{fieldname}.term_ends"]
        begin = int(ends[rank - 1]) if rank else 0
        return self._arrays[f"{fieldname}.terms"][begin : int(ends[rank])].tobytes()

    def rank_from(self, fieldname: str, term: bytes) -> int:
        """The rank of the field's first term at or after ``term`` (binary search over the
        mmap; the term count when none is)."""
        low, high = 0, self.term_count(fieldname)
        while low < high:
            middle = (low + high) // 2
            if self.term_at(fieldname, middle) < term:
                low = middle + 1
            else:
                high = middle
        return low

    def _find(self, fieldname: str, term: bytes) -> int | None:
        """The term's rank among the field's sorted terms, None when it has none."""
        rank = self.rank_from(fieldname, term)
        if rank < self.term_count(fieldname) and self.term_at(fieldname, rank) == term:
            return rank
        return None


class SidecarLexicon:
    """A segment's reader whose lexicon of the sidecar's fields is read from the sidecar.

    A prefix or fuzzy word expands through Whoosh's own ``_btexts`` (and warta's bound on
    it) against this: the same words in the same order, without Whoosh's term file reads
    (two thirds of a prefix's time, nine tenths of a fuzzy word's). Fuzzy words walk
    Whoosh's own Levenshtein automaton over the sidecar's terms. Everything else is the
    reader's.
    """

    def __init__(self, reader: IndexReader, sidecar: SegmentSidecar) -> None:
        self._reader = reader
        self._sidecar = sidecar
        #: Where the terms the expansion walked stand, so their counts need no search.
        self._ranks: dict[tuple[str, bytes], int] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)

    def _bytes(self, fieldname: str, text: str | bytes) -> bytes:
        return text if isinstance(text, bytes) else self._reader.schema[fieldname].to_bytes(text)

    def doc_frequency(self, fieldname: str, text: str | bytes) -> int:
        if not self._sidecar.has_field(fieldname):
            return int(self._reader.doc_frequency(fieldname, text))
        term = self._bytes(fieldname, text)
        rank = self._ranks.get((fieldname, term))
        if rank is None:
            return self._sidecar.doc_frequency(fieldname, term)
        return self._sidecar.postings_count(fieldname, rank)

    def expand_prefix(self, fieldname: str, prefix: str | bytes) -> Iterator[bytes]:
        if not self._sidecar.has_field(fieldname):
            yield from self._reader.expand_prefix(fieldname, prefix)
            return
        start = self._bytes(fieldname, prefix)
        rank = self._sidecar.rank_from(fieldname, start)
        for at in range(rank, self._sidecar.term_count(fieldname)):
            term = self._sidecar.term_at(fieldname, at)
            if not term.startswith(start):
                return
            self._ranks[fieldname, term] = at
            yield term

    def terms_within(
        self, fieldname: str, text: str, maxdist: int, prefix: int = 0
    ) -> Iterator[str]:
        from whoosh.codec.base import Automata

        field = self._reader.schema[fieldname]
        if not self._sidecar.has_field(fieldname) or field.spelling_fieldname(fieldname) != (
            fieldname
        ):
            yield from self._reader.terms_within(fieldname, text, maxdist, prefix)
            return
        automaton = Automata.levenshtein_dfa(text, maxdist, prefix)
        cursor = _Cursor(self._sidecar, fieldname, self._ranks)
        yield from Automata.find_matches(automaton, cursor)


class _Cursor:
    """What Whoosh's automaton walks: a position in a field's sorted terms, as text."""

    def __init__(
        self, sidecar: SegmentSidecar, fieldname: str, ranks: dict[tuple[str, bytes], int]
    ) -> None:
        self._sidecar = sidecar
        self._fieldname = fieldname
        self._ranks = ranks
        self._text: str | None = None
        self._move(0)

    def _move(self, rank: int) -> None:
        self._text = None
        if rank < self._sidecar.term_count(self._fieldname):
            term = self._sidecar.term_at(self._fieldname, rank)
            self._ranks[self._fieldname, term] = rank
            self._text = term.decode("utf-8")

    def text(self) -> str | None:
        return self._text

    def find(self, term: str) -> None:
        self._move(self._sidecar.rank_from(self._fieldname, term.encode("utf-8")))


@functools.lru_cache(maxsize=256)
def _open_sidecar(path: str, size: int, mtime_ns: int) -> SegmentSidecar | None:
    """A sidecar file, opened once per process and version of the file."""
    try:
        return SegmentSidecar(Path(path))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def segment_sidecar(folder: Path, reader: IndexReader) -> SegmentSidecar | None:
    """The sidecar of the segment ``reader`` reads, or None when it is missing or not this
    segment's (then Whoosh scores)."""
    segment = reader.segment()
    if segment is None:
        return None
    path = folder / SIDECAR_FOLDER / (segment.segment_id() + SUFFIX)
    try:
        status = path.stat()
    except OSError:
        return None
    sidecar = _open_sidecar(str(path), status.st_size, status.st_mtime_ns)
    if (
        sidecar is None
        or sidecar.segment != segment.segment_id()
        or sidecar.doc_count != reader.doc_count_all()
    ):
        return None
    return sidecar


def field_frequencies(folder: Path, searcher: Searcher, fieldname: str) -> dict[str, int] | None:
    """Each word of ``fieldname`` with the documents holding it, summed over the segments'
    sidecars (deleted documents included, as Whoosh's ``doc_frequency``); None when a
    segment has no sidecar with that field. Did-you-mean's lexicon reads the exact field
    here: through Whoosh's term files, 233,590 words took 49.5 s at 100,000 articles."""
    sidecars = [segment_sidecar(folder, sub.reader()) for sub, _ in searcher.leaf_searchers()]
    found: dict[str, int] = {}
    for sidecar in sidecars:
        if sidecar is None or not sidecar.has_field(fieldname):
            return None
        for term, count in sidecar.term_frequencies(fieldname):
            word = term.decode("utf-8")
            found[word] = found.get(word, 0) + count
    return found


class SidecarPlaces:
    """Where words stand in documents, read from the segments' sidecars: what
    ``query.places_in`` reads from Whoosh's postings, for snippets and the second stage.

    A page of 50 hits read ~0.35 ms a postings block from Whoosh (unpickling ids, weights
    and every document's places together); here each word costs a binary search and one
    slice per document.
    """

    def __init__(self, segments: Sequence[tuple[SegmentSidecar, int]]) -> None:
        self._segments = segments

    def __call__(
        self, fieldname: str, word: str, docnums: Sequence[int]
    ) -> Iterator[tuple[int, list[Place]]]:
        """The first ``MAX_SNIPPET_SPANS`` places of ``word`` in each of the sorted
        ``docnums`` that has it."""
        import numpy as np

        current_budget().check()
        wanted = np.asarray(docnums, dtype=np.int64)
        term = word.encode("utf-8")
        for sidecar, offset in self._segments:
            low, high = np.searchsorted(wanted, (offset, offset + sidecar.doc_count)).tolist()
            if low == high:
                continue
            positions, starts, ends = sidecar.places(fieldname)
            docs, firsts, lasts = sidecar.place_ranges(fieldname, term, wanted[low:high] - offset)
            for doc, first, last in zip(
                docs.tolist(), firsts.tolist(), lasts.tolist(), strict=True
            ):
                last = min(last, first + MAX_SNIPPET_SPANS)
                yield (
                    doc + offset,
                    list(
                        zip(
                            positions[first:last].tolist(),
                            starts[first:last].tolist(),
                            ends[first:last].tolist(),
                            strict=True,
                        )
                    ),
                )


def sidecar_places(folder: Path, searcher: Searcher) -> SidecarPlaces | None:
    """The places of the body fields from every segment's sidecar, or None when a segment
    has none (an index whose next update writes them) or numpy is not loaded yet (a cold
    command line whose query Whoosh scored: importing numpy costs more than a page's
    postings)."""
    if "numpy" not in sys.modules:
        return None
    segments = []
    for sub, offset in searcher.leaf_searchers():
        sidecar = segment_sidecar(folder, sub.reader())
        if sidecar is None or not all(sidecar.has_places(fieldname) for fieldname in PLACE_FIELDS):
            return None
        segments.append((sidecar, offset))
    return SidecarPlaces(segments)


# -- scoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoredHit:
    """One hit as ``SearchService`` reads a Whoosh hit: its number, score and fields."""

    docnum: int
    score: float
    searcher: Searcher

    def fields(self) -> dict[str, Any]:
        stored: dict[str, Any] = self.searcher.reader().stored_fields(self.docnum)
        return stored


@dataclass(frozen=True)
class TopDocs:
    """The best hits of a query, best first, and how many documents matched."""

    hits: tuple[ScoredHit, ...]
    total: int

    def __iter__(self) -> Iterator[ScoredHit]:
        return iter(self.hits)

    def __len__(self) -> int:
        return self.total


class Unservable(Exception):
    """A query part the vectorised scorer cannot reproduce: Whoosh scores the query."""


def top_k(
    query: Query, searcher: Searcher, folder: Path, limit: int, check: Callable[[], None]
) -> TopDocs | None:
    """The best ``limit`` documents of ``query`` with Whoosh's scores and order (higher
    score first, then the lower document number), or None when a segment has no sidecar or
    the query holds a part this module cannot score as Whoosh does (or is too small to be
    worth importing numpy for)."""
    if "numpy" not in sys.modules and _postings_to_score(query, searcher) < NUMPY_IMPORT_POSTINGS:
        return None
    import numpy as np

    leaves = searcher.leaf_searchers()
    sidecars = [segment_sidecar(folder, sub.reader()) for sub, _ in leaves]
    if any(sidecar is None for sidecar in sidecars):
        return None
    scorer = _Scorer(searcher, check)
    all_docs: list[np.ndarray] = []
    all_scores: list[np.ndarray] = []
    try:
        for (sub, offset), sidecar in zip(leaves, sidecars, strict=True):
            check()
            assert sidecar is not None
            docs, scores = scorer.evaluate(query, sub, sidecar)
            deleted = sub.reader().deleted_docs_set
            if deleted and len(docs):
                keep = ~np.isin(docs, np.fromiter(deleted, np.int64, len(deleted)))
                docs, scores = docs[keep], scores[keep]
            all_docs.append(docs + offset)
            all_scores.append(scores)
    except Unservable:
        return None
    docs = np.concatenate(all_docs) if all_docs else np.zeros(0, np.int64)
    scores = np.concatenate(all_scores) if all_scores else np.zeros(0, np.float64)
    if len(docs) > limit:
        # Everything that ties with the limit-th best stays, so the order below settles it.
        threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        keep = scores >= threshold
        docs, scores = docs[keep], scores[keep]
    order = np.lexsort((docs, -scores))[:limit]
    hits = tuple(ScoredHit(int(docs[i]), float(scores[i]), searcher) for i in order)
    return TopDocs(hits, sum(len(found) for found in all_docs))


def _postings_to_score(query: Query, searcher: Searcher) -> int:
    """How many postings of its words and phrases' words Whoosh would read for ``query``
    (deleted included). A prefix or fuzzy word counts as every document once: its words
    are not known before it is expanded, and expanding it twice would cost what is saved."""
    from whoosh.query import MultiTerm, Phrase, Term

    reader = searcher.reader()
    count = 0
    for leaf in query.leaves():
        if isinstance(leaf, Term) and leaf.fieldname in reader.schema:
            count += reader.doc_frequency(leaf.fieldname, leaf.text)
        elif isinstance(leaf, Phrase) and leaf.fieldname in reader.schema:
            count += sum(reader.doc_frequency(leaf.fieldname, word) for word in leaf.words)
        elif isinstance(leaf, MultiTerm):
            count += reader.doc_count_all()
    return count


class _Scorer:
    """Evaluates a Whoosh query tree over one segment as arrays of (doc, score)."""

    def __init__(self, searcher: Searcher, check: Callable[[], None]) -> None:
        self.searcher = searcher
        self.check = check
        self.weighting = searcher.weighting
        self.context = searcher.context()
        self._terms: dict[tuple[str, bytes], Any] = {}

    def evaluate(
        self, q: Query, sub: Searcher, sidecar: SegmentSidecar, within: Docs | None = None
    ) -> tuple[Docs, Scores]:
        """``q``'s documents in this segment and their scores; a phrase's only among the
        sorted ``within`` when given (the rest of an AND: the others may give more)."""
        from whoosh import query

        if q is query.NullQuery or isinstance(q, query.NullQuery.__class__):
            return _empty()
        if isinstance(q, query.Term) and sidecar.has_field(q.fieldname):
            return self._term(q.fieldname, q.text, sidecar, float(q.boost))
        if isinstance(q, query.MultiTerm) and sidecar.has_field(q.field()):
            return self._expansion(q, sub, sidecar)
        if isinstance(q, query.Phrase) and sidecar.has_field(q.fieldname):
            return self._phrase(q, sub, sidecar, within)
        if isinstance(q, query.CompoundQuery) and len(q.subqueries) == 1:
            # Whoosh's matcher for one child is the child's, the compound's boost unused.
            return self.evaluate(q.subqueries[0], sub, sidecar, within)
        if isinstance(q, query.Or) and not q.scale and q.subqueries:
            parts = [self.evaluate(child, sub, sidecar, within) for child in q.subqueries]
            return _boosted(_union(parts), float(q.boost))
        if isinstance(q, query.And) and q.subqueries:
            return _boosted(self._and(q.subqueries, sub, sidecar, within), float(q.boost))
        if isinstance(q, query.AndMaybe):
            required = self.evaluate(q.a, sub, sidecar, within)
            optional = self.evaluate(q.b, sub, sidecar, required[0])
            return _maybe(required, optional)
        # A part Whoosh would have to read whole (``*``, a date range alone, a root Not):
        # Whoosh's own collector, with its time limit, searches the query.
        raise Unservable

    def _expansion(self, q: Any, sub: Searcher, sidecar: SegmentSidecar) -> tuple[Docs, Scores]:
        """A prefix, fuzzy word, pattern or range as Whoosh's ``MultiTerm.matcher`` scores
        it in this segment: the words its (bounded) expansion gives for the segment, each
        scored as a ``Term`` with the query's boost, added; or 1.0 a document where Whoosh
        preloads a constant-score ``Or`` (see ``PRELOADED_OR_DOCS``)."""
        import numpy as np

        words = [word for word in q._btexts(SidecarLexicon(sub.reader(), sidecar)) if word]
        boost = float(q.boost)
        docs, scores = _union([self._term(q.fieldname, word, sidecar, boost) for word in words])
        if q.constantscore and len(words) > 2 and sub.doc_count_all() <= PRELOADED_OR_DOCS:
            return docs, np.ones(len(docs), dtype=np.float64)
        return docs, scores

    def _phrase(
        self, q: Any, sub: Searcher, sidecar: SegmentSidecar, within: Docs | None
    ) -> tuple[Docs, Scores]:
        """A phrase as Whoosh's ``SpanNear2`` matches and scores it: the documents that have
        all its words, intersected over the sidecar's arrays with their words' scores added
        (times the phrase's boost), kept where the words stand in order, each at most the
        phrase's slop after the one before; the positions are read for those alone."""
        import numpy as np

        field = self.searcher.schema[q.fieldname]
        if not q.words or not field.format or not field.format.supports("positions"):
            raise Unservable
        reader = sub.reader()
        found: tuple[Docs, Scores] | None = None
        for word in q.words:
            try:
                text = field.to_bytes(word)
            except ValueError:
                return _empty()
            if (q.fieldname, text) not in reader:
                return _empty()  # as Whoosh's matcher: a word the segment lacks
            scored = self._term(q.fieldname, text, sidecar, 1.0)
            found = scored if found is None else _intersection(found, scored)
            if not len(found[0]):
                return _empty()
        assert found is not None
        if within is not None:
            found = _intersection(found, (within, np.zeros(len(within))))
        docs, scores = found
        keep = self._in_order(reader, q, docs, sidecar)
        return docs[keep], scores[keep] * float(q.boost)

    def _in_order(
        self, reader: IndexReader, q: Any, candidates: Docs, sidecar: SegmentSidecar
    ) -> np.ndarray:
        """Which ``candidates`` (sorted) hold the phrase ``q``: checked with numpy over the
        sidecar's places (:meth:`_in_order_placed`), else each word's positions read in one
        forward walk over its Whoosh postings, stopped at the candidates."""
        import numpy as np

        if sidecar.has_places(q.fieldname):
            return self._in_order_placed(q, candidates, sidecar)
        wanted = candidates.tolist()
        field = self.searcher.schema[q.fieldname]
        places = {
            word: _positions(reader, q.fieldname, field.to_bytes(word), candidates, self.check)
            for word in dict.fromkeys(q.words)
        }
        keep = np.zeros(len(wanted), dtype=bool)
        for index, doc in enumerate(wanted):
            if index % CANCEL_POLL_CANDIDATES == 0:
                self.check()
            keep[index] = _chained([places[word].get(doc, []) for word in q.words], q.slop)
        return keep

    def _in_order_placed(self, q: Any, candidates: Docs, sidecar: SegmentSidecar) -> np.ndarray:
        """What :func:`_chained` decides for each candidate, for all of them at once: each
        place of a word (a key ``document << 32 | position``) continues the phrase where
        the closest place before it, in the same document, that ended the phrase so far
        stands at most the slop before it. Checking candidate by candidate in Python cost
        ~3 µs each: 0.95 s for a phrase of two common words at 100,000 articles."""
        import numpy as np

        field = self.searcher.schema[q.fieldname]
        ends: np.ndarray | None = None
        for word in q.words:
            self.check()
            keys = sidecar.placed_words(q.fieldname, field.to_bytes(word), candidates)
            if ends is not None:
                before = np.searchsorted(ends, keys)
                previous = ends[np.maximum(before - 1, 0)]
                same = (before > 0) & (previous >> 32 == keys >> 32)
                keys = keys[same & (keys - previous <= q.slop)]
            ends = keys
            if not len(ends):
                break
        assert ends is not None  # a phrase has words (``_phrase`` checked)
        return np.isin(candidates, ends >> 32)

    def _and(
        self,
        children: Sequence[Query],
        sub: Searcher,
        sidecar: SegmentSidecar,
        within: Docs | None = None,
    ) -> tuple[Docs, Scores]:
        import numpy as np
        from whoosh import query

        positive = [child for child in children if not isinstance(child, query.Not)]
        negative = [child for child in children if isinstance(child, query.Not)]
        if not positive:
            raise Unservable
        # The sidecar's parts first, then phrases: positions (and a date range, read by
        # Whoosh) are then checked only on the documents that have everything else.
        positive.sort(key=lambda child: (not _served(child, sidecar), not _found(child, sidecar)))
        docs, scores = self.evaluate(positive[0], sub, sidecar, within)
        for child in positive[1:]:
            if not len(docs):
                return _empty()
            docs, scores = _intersection((docs, scores), self._within(child, sub, sidecar, docs))
        for child in negative:
            if not len(docs):
                return _empty()
            excluded, _ = self._within(child.query, sub, sidecar, docs)
            keep = ~np.isin(docs, excluded)
            docs, scores = docs[keep], scores[keep] + NOT_SCORE
        return docs, scores

    def _within(
        self, q: Query, sub: Searcher, sidecar: SegmentSidecar, candidates: Docs
    ) -> tuple[Docs, Scores]:
        """``q``'s documents among ``candidates`` (and maybe others), with their scores."""
        if _found(q, sidecar):
            return self.evaluate(q, sub, sidecar, candidates)
        return self._by_whoosh(q, sub, candidates)

    def _term(
        self, fieldname: str, word: str | bytes, sidecar: SegmentSidecar, boost: float
    ) -> tuple[Docs, Scores]:
        """One word of one field, as Whoosh's ``Term`` matcher scores it."""
        import numpy as np
        from whoosh.scoring import BM25FScorer

        field = self.searcher.schema[fieldname]
        try:
            text = field.to_bytes(word)
        except ValueError:
            return _empty()
        key = (fieldname, text)
        if key not in self._terms:
            if key not in self.searcher.reader():
                self._terms[key] = None
            else:
                self._terms[key] = self.weighting.scorer(self.searcher, fieldname, text)
        scorer = self._terms[key]
        if scorer is None:
            return _empty()
        if not isinstance(scorer, BM25FScorer):
            raise Unservable
        docs, tfs = sidecar.postings(fieldname, text)
        if not len(docs):
            return _empty()
        lengths = sidecar.lengths(fieldname)[docs].astype(np.float64)
        tf = tfs.astype(np.float64)
        k1, b = scorer.K1, scorer.B
        scores = scorer.idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths / scorer.avgfl)))
        return docs.astype(np.int64), scores * boost

    def _by_whoosh(self, q: Query, sub: Searcher, candidates: Docs) -> tuple[Docs, Scores]:
        """A part scored by Whoosh's own matcher (a date range), inside this segment, only
        at the sorted ``candidates`` (skipping to each)."""
        import numpy as np

        matcher = q.matcher(sub, self.context)
        docs: list[int] = []
        scores: list[float] = []
        for count, doc in enumerate(candidates.tolist()):
            if count % CANCEL_POLL_CANDIDATES == 0:
                self.check()
            if not matcher.is_active():
                break
            if matcher.id() < doc:
                matcher.skip_to(doc)
            if matcher.is_active() and matcher.id() == doc:
                docs.append(doc)
                scores.append(matcher.score())
        return np.array(docs, dtype=np.int64), np.array(scores, dtype=np.float64)


def _positions(
    reader: IndexReader,
    fieldname: str,
    term: bytes,
    candidates: Docs,
    check: Callable[[], None],
) -> dict[int, list[int]]:
    """The positions of ``term`` in each of the sorted ``candidates`` that holds it.

    Read block by block from the segment's raw postings, as ``_postings_arrays`` reads
    them: a block past every candidate left is skipped unread, and a block's documents are
    matched with numpy. Stepping Whoosh's matcher to each candidate cost ~28 µs a
    candidate and word, most of a common phrase's time at 100,000 articles.
    """
    import numpy as np
    from warta.search.query import postings_at

    found: dict[int, list[int]] = {}
    info: Any = reader.term_info(fieldname, term) if (fieldname, term) in reader else None
    if info is None or not len(candidates):
        return found
    fieldformat = reader.schema[fieldname].format
    assert fieldformat is not None  # a phrase's field has positions (``_phrase`` checked)
    decode = fieldformat.decoder("positions")
    matcher = _raw_postings(reader, fieldname, term, info)
    blockwise = ("_read_ids", "_read_values", "_next_block", "block_max_id")
    if matcher is None or not all(hasattr(matcher, name) for name in blockwise):
        # An inlined word (a few postings) or another codec: Whoosh's own matcher.
        word = reader.schema[fieldname].from_bytes(term)
        for count, (doc, postings) in enumerate(
            postings_at(reader, fieldname, word, candidates.tolist())
        ):
            if count % CANCEL_POLL_CANDIDATES == 0:
                check()
            found[doc] = list(postings.value_as("positions"))
        return found
    at = 0
    while matcher.is_active() and at < len(candidates):
        check()
        last = int(np.searchsorted(candidates, matcher.block_max_id(), side="right"))
        if last > at:
            matcher._read_ids()
            ids = np.asarray(matcher._ids, dtype=np.int64)
            docs, in_block, _ = np.intersect1d(
                ids, candidates[at:last], assume_unique=True, return_indices=True
            )
            if len(docs):
                matcher._read_values()
                for doc, index in zip(docs.tolist(), in_block.tolist(), strict=True):
                    found[doc] = list(decode(matcher._values[index]))
            at = last
        matcher._next_block()
    return found


def _served(q: Query, sidecar: SegmentSidecar) -> bool:
    """Whether the sidecar holds every word ``q`` scores (no part read through Whoosh)."""
    from whoosh import query

    if isinstance(q, (query.Term, query.MultiTerm)):
        return sidecar.has_field(q.field())
    if isinstance(q, query.Not):
        return _served(q.query, sidecar)
    if isinstance(q, (query.Or, query.And, query.AndMaybe)):
        return all(_served(child, sidecar) for child in q.subqueries)
    return q is query.NullQuery


def _chained(places: Sequence[Sequence[int]], slop: int) -> bool:
    """Whether some position of each word (sorted lists, one per word of a phrase) follows
    one of the word before it by 1 to ``slop``: Whoosh's ordered ``SpanNear2`` with its
    minimum distance of 1, whose span grows to end at each word it adds."""
    ends = places[0]
    for following in places[1:]:
        ends = [
            at
            for at in following
            if (before := bisect.bisect_left(ends, at)) and at - ends[before - 1] <= slop
        ]
        if not ends:
            return False
    return bool(ends)


def _found(q: Query, sidecar: SegmentSidecar) -> bool:
    """Whether the sidecar finds ``q``'s documents itself: every part is served, or is a
    phrase whose candidates it finds (Whoosh then reads those candidates' positions)."""
    from whoosh import query

    if isinstance(q, query.Phrase):
        return sidecar.has_field(q.fieldname)
    if isinstance(q, (query.Or, query.And, query.AndMaybe)):
        return all(_found(child, sidecar) for child in q.subqueries)
    return _served(q, sidecar)


def _empty() -> tuple[Docs, Scores]:
    import numpy as np

    return np.zeros(0, np.int64), np.zeros(0, np.float64)


def _boosted(found: tuple[Docs, Scores], boost: float) -> tuple[Docs, Scores]:
    docs, scores = found
    return (docs, scores * boost) if boost != 1.0 else found


def _union(parts: Sequence[tuple[Docs, Scores]]) -> tuple[Docs, Scores]:
    """Every document of any part, its scores added."""
    import numpy as np

    parts = [part for part in parts if len(part[0])]
    if not parts:
        return _empty()
    if len(parts) == 1:
        return parts[0]
    docs = np.concatenate([docs for docs, _ in parts])
    scores = np.concatenate([scores for _, scores in parts])
    unique, inverse = np.unique(docs, return_inverse=True)
    summed: Scores = np.bincount(inverse, weights=scores, minlength=len(unique)).astype(np.float64)
    return unique.astype(np.int64), summed


def _intersection(a: tuple[Docs, Scores], b: tuple[Docs, Scores]) -> tuple[Docs, Scores]:
    """Documents in both (each part's documents are sorted and distinct), scores added."""
    import numpy as np

    docs, in_a, in_b = np.intersect1d(a[0], b[0], assume_unique=True, return_indices=True)
    return docs, a[1][in_a] + b[1][in_b]


def _maybe(required: tuple[Docs, Scores], optional: tuple[Docs, Scores]) -> tuple[Docs, Scores]:
    """The required part's documents, with the optional part's score where it matches."""
    import numpy as np

    docs, scores = required
    if not len(docs) or not len(optional[0]):
        return required
    _, in_required, in_optional = np.intersect1d(
        docs, optional[0], assume_unique=True, return_indices=True
    )
    scores = scores.copy()
    scores[in_required] += optional[1][in_optional]
    return docs, scores
