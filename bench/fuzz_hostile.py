#!/usr/bin/env python3
"""Fuzz warta's hostile-input guarantees through its own entry points.

Five targets, each a property checked on examples that Hypothesis generates and minimises:

- ``files``: random file contents (encodings, BOMs, NULs, escape sequences, huge lines,
  jsonl with deep nesting, huge integers and odd types) in .txt/.md/.jsonl files.
  ``SearchService.update()`` raises nothing, not even a WartaError; the canary article beside
  them is indexed and found; every Article string is free of control characters, escapes
  and bidi controls; nothing is written outside the index folder.
- ``names``: random file and folder names (invalid UTF-8, newlines, ESC, leading dashes,
  255 bytes, 1,300 nested folders): the same, and the hostile file itself is found.
- ``queries``: random queries (fields, ranges, wildcards, fuzzy ``~N``, quotes, parens,
  operators, Unicode) on a small index, through ``SearchService.search`` and ``warta search``:
  results or a clean one-line message, no exception, at most 5 s each; snippets, echoed
  query and suggestion are clean.
- ``entities``: random ``entities.json`` contents, then ``warta index`` through
  ``warta.tui.cli.main``: exit 0 or 2 with one line on stderr, no traceback, no half-built
  ``gen-*`` left; with exit 0 the canary is found and ``entities --json`` output is clean.
- ``keys``: random key sequences (the app's bindings, printable characters, Escape, Enter,
  Tab, arrows; sometimes a hostile startup query) in a Pilot run of ``WartaApp``: no
  exception, the screen never shows a raw control character, the app still finds the
  canary afterwards, and ``ctrl+q`` exits.

Each example runs in a forked worker process (one per target, restarted after a hang or a
crash) under a memory limit, so a hang, a runaway allocation or a crash is a finding and not
the end of the run. Findings are minimised by Hypothesis; a finding already recorded counts
as a repeat and does not stop the search for others. Nothing is read from outside the
repository: the bundled seeds and generated text make every corpus.

Usage::

    nice -n 19 .venv/bin/python bench/fuzz_hostile.py --minutes 25 --target all --out /tmp/fz
    .venv/bin/python bench/fuzz_hostile.py --replay /tmp/fz/findings/files-01-...

Exit status: 0 when nothing was found, 1 when there are findings.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import dataclasses
import faulthandler
import gc
import io
import json
import multiprocessing
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisWarning

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TARGET_NAMES = ("files", "names", "queries", "entities", "keys")
#: Slower than this, a query (or a key press's work) is a finding: the service's own limit.
SLOW_SECONDS = 5.0
#: Address-space limit of a worker: a runaway allocation becomes a MemoryError, not swap.
WORKER_MEMORY_BYTES = 4 * 1024**3
#: A worker not ready this long after it started (it builds its index) is a finding.
STARTUP_SECONDS = 240.0
#: The recursion limit of a fresh ``warta`` process. Hypothesis raises the limit while it runs
#: a test, and a forked worker would inherit that: 1,200 nested folders would then pass.
FRESH_RECURSION_LIMIT = sys.getrecursionlimit()
#: Hypothesis's examples per round; a new round reseeds, so long runs keep exploring.
ROUND_EXAMPLES = 40
#: At most this long spent minimising one finding (each try is a whole index build).
SHRINK_SECONDS = 120.0

#: What no string shown to a user may hold: C0 but LF and TAB, DEL, C1, bidi controls, lone
#: surrogates (search/sanitize.py's rule, restated so the check does not trust the code).
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
ONE_LINE_FORBIDDEN = re.compile("[\n\r\u2028\u2029]")

CANARY_WORD = "kanarikuning"
CANARY_FOLDER = "zz-kenari"  # a hostile name is one path component: it cannot collide
CANARY_ID = f"{CANARY_FOLDER}/kabar"
CANARY_TEXT = (
    "Kabar kenari dari Bogor\n\n"
    f"Jakarta - Presiden Joko Widodo melihat burung {CANARY_WORD} di Kebun Raya Bogor "
    "pada 15 April 2023. Harga sawit naik di Riau.\n"
)
HOSTILE_WORD = "berkasaneh"


# -- building blocks of hostile text ----------------------------------------------------------

ESC = "\x1b"
ESCAPES = [
    f"{ESC}]52;c;RVZJTA==\x07",
    f"{ESC}]52;c;RVZJTA=={ESC}\\",
    f"{ESC}]0;PWNED\x07",
    f"{ESC}]8;;https://evil.example/{ESC}\\klik{ESC}]8;;{ESC}\\",
    f"{ESC}[2J",
    f"{ESC}[21t",
    f"{ESC}[31m",
    f"{ESC}P1$q{ESC}\\",
    f"{ESC}_apc{ESC}\\",
    f"{ESC}]0;TANPA-AKHIR",
    ESC,
    f"{ESC}c",
    "\x9b21t",
    "\x9d0;PWNED\x9c",
    "\x90dcs\x9c",
    "\u202e",
    "\u202ekebalik\u202c",
    "\u2066a\u2067b\u2068c\u2069",
    "\u200e\u200f\u061c",
]
SPECIALS = [
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\f",
    "\v",
    "\x85",
    "\u2028",
    "\u2029",
    "\x00",
    "\x07",
    "\x08",
    "\x7f",
    "\ufeff",
    "\u200b",
    "\u200d",
    "\u00ad",
    "\u0301" * 50,
    "👨‍👩‍👧‍👦",
    "日本語",
    "\U000e0041",
    "\u115f",
    "[bold]",
    "[@click=app.quit]x[/]",
    "[/]",
    "# ",
    "## ",
    "---",
    " ",
]
WORDS = [
    CANARY_WORD,
    "sawit",
    "harga",
    "Jakarta",
    "Joko Widodo",
    "Presiden",
    "pemerintah",
    "Elon Musk",
    "Sam Altman",
    "15 April 2023",
    "2023-04-15",
    "Rp 1,5 triliun",
    "café",
    "Antara",
    "(Antara)",
    "Reporter: Budi",
]
REPEATED = ["x", "sawit ", "Pada 15 April 2023 ada rapat. ", "a\u0301", "\u200d", "😀", "Joko "]


def _pieces() -> st.SearchStrategy[str]:
    anything = st.characters(codec="utf-8")
    return st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(SPECIALS),
        st.sampled_from(ESCAPES),
        st.text(anything, max_size=12),
        st.builds(
            lambda unit, count: unit * count, st.sampled_from(REPEATED), st.integers(1, 20_000)
        ),
    )


HOSTILE_TEXT = st.lists(_pieces(), max_size=25).map("".join)
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "cp1252",
    "latin-1",
]
#: Cap on one generated file: enough for huge lines, small enough to keep an example cheap.
MAX_GENERATED_BYTES = 300_000


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


def _with_raw_bytes(data: bytes, raw: bytes, at: int) -> bytes:
    place = at % (len(data) + 1)
    return (data[:place] + raw + data[place:])[:MAX_GENERATED_BYTES]


ENCODED_TEXT = st.builds(
    _with_raw_bytes,
    st.builds(_encode, HOSTILE_TEXT, st.sampled_from(ENCODINGS)),
    st.one_of(
        st.just(b""),
        st.binary(max_size=24),
        st.sampled_from([b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc0\x80", b"\xed\xa0\x80"]),
    ),
    st.integers(0, 10**6),
)

JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-(10**30), 10**30),
    st.floats(),
    HOSTILE_TEXT,
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
RECORD_KEYS = ["text", "title", "id", "date", "source", "author", "url", "extra"]


def _record_line(record: dict[str, Any], ensure_ascii: bool) -> str:
    return json.dumps(record, ensure_ascii=ensure_ascii, allow_nan=True)


def _nested_line(depth: int) -> str:
    return '{"text": "kabar bertingkat", "a": ' + "[" * depth + "]" * depth + "}"


def _huge_int_line(digits: int, key: str) -> str:
    return '{"text": "kabar angka", "' + key + '": ' + "9" * digits + "}"


JSONL_LINES = st.one_of(
    st.builds(
        _record_line,
        st.fixed_dictionaries(
            {"text": st.one_of(HOSTILE_TEXT, JSON_VALUES)},
            optional={key: JSON_VALUES for key in RECORD_KEYS[1:]},
        ),
        st.booleans(),
    ),
    st.builds(_nested_line, st.integers(1, 120_000)),
    st.builds(_huge_int_line, st.integers(1, 6000), st.sampled_from(["id", "date", "x"])),
    st.sampled_from(
        [
            '{"text": "a", "text": "b"}',
            "{",
            "[]",
            "null",
            '"text"',
            "",
            "NaN",
            '{"text": "\\ud800"}',
        ]
    ),
    HOSTILE_TEXT,
)


def _jsonl(lines: list[str], separator: str, encoding: str) -> bytes:
    return separator.join(lines).encode(encoding, errors="replace")[:MAX_GENERATED_BYTES]


JSONL_BYTES = st.builds(
    _jsonl,
    st.lists(JSONL_LINES, max_size=6),
    st.sampled_from(["\n", "\r\n"]),
    st.sampled_from(["utf-8", "utf-8", "utf-16", "latin-1"]),
)
EXTENSIONS = [".txt", ".md", ".jsonl", ".TXT", ".Md", ".JSONL"]


def _content_for(extension: str) -> st.SearchStrategy[bytes]:
    return JSONL_BYTES if extension.lower() == ".jsonl" else ENCODED_TEXT


FILE_EXAMPLES = st.fixed_dictionaries(
    {
        "files": st.lists(
            st.sampled_from(EXTENSIONS).flatmap(
                lambda ext: st.fixed_dictionaries({"ext": st.just(ext), "data": _content_for(ext)})
            ),
            min_size=1,
            max_size=3,
        ),
        "incremental": st.booleans(),
    }
)

NAME_PIECES = [
    b"-",
    b"--help",
    b"-rf",
    b"\n",
    b"\r",
    b"\t",
    b" ",
    b"\x1b]52;c;RVZJTA==\x07",
    b"\x1b[2J",
    b"\xc2\x9b21t",
    b"\xff\xfe",
    b"\xed\xa0\x80",
    b"\\",
    b"?#%41",
    b"*",
    b"~",
    b"$(id)",
    b":",
    b"[bold]",
    "é".encode(),
    "\u202e".encode(),
    "日本".encode(),
    b".",
    b"..",
    b"x" * 200,
    "é".encode() * 120,
]
NAME_EXTENSIONS = [b".txt", b".md", b".jsonl", b".TXT", b".Md", b"", b".txt.bak", b".jsonl~"]


def _file_name(pieces: list[bytes], extension: bytes) -> bytes:
    """One valid name of a file or folder: no ``/`` or NUL, at most 255 bytes, and never
    ``.`` or ``..``, which name folders that already exist."""
    name = b"".join(pieces).replace(b"/", b"_").replace(b"\x00", b"_") or b"x"
    name = name[: 255 - len(extension)] + extension
    return b"x" + name[:254] if name in (b".", b"..") else name


NAMES = st.builds(
    _file_name,
    st.lists(
        st.one_of(st.sampled_from(NAME_PIECES), st.binary(min_size=1, max_size=8)),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(NAME_EXTENSIONS),
)
FOLDER_NAMES = st.builds(
    _file_name,
    st.lists(
        st.one_of(st.sampled_from(NAME_PIECES), st.binary(min_size=1, max_size=8)),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from([b"", b".txt", b".d"]),
)
NAME_EXAMPLES = st.fixed_dictionaries(
    {
        "folder": st.one_of(st.none(), FOLDER_NAMES),
        "depth": st.one_of(st.just(0), st.integers(1, 4), st.integers(900, 1300)),
        "name": NAMES,
        "incremental": st.booleans(),
    }
)

QUERY_WORDS = [
    "musk",
    "altman",
    "grok",
    "sawit",
    "jakarta",
    "pemerintah",
    "presiden",
    "Elon Musk",
    "2023",
    "café",
    "日本",
    "😀",
    "a",
    "ab",
    "e",
    "abcdefghijklmnopqrst",
    "penggelembungan",
    CANARY_WORD,
]
QUERY_FIELDS = [
    "title",
    "judul",
    "body",
    "isi",
    "content",
    "exact",
    "source",
    "sumber",
    "date",
    "entity",
    "id",
    "file",
    "path",
    "url",
    "byline",
    "nosuchfield",
    "TITLE",
    "tag",
    "is",
    "has",
    "shown_title_exact",
    "",
]
QUERY_VALUES = [
    "2023",
    "2023-04-15",
    "20230415",
    "9999-99-99",
    "-1",
    "0001-01-01",
    "x",
    "*",
    "",
    "yesterday",
    "1e26",
    "\u200b",
    "\u0301",
    "starred",
    "note",
]
OPERATORS = ["AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "-", "+", "!", "&&", "||", "TO"]
PUNCTUATION = [
    '"',
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "~",
    "^",
    "*",
    "?",
    "\\",
    "/",
    "'",
    ".*(a|b)+$",
]


def _wildcard(word: str, where: int, char: str) -> str:
    place = where % (len(word) + 1)
    return word[:place] + char + word[place:]


QUERY_ATOMS = st.one_of(
    st.sampled_from(QUERY_WORDS),
    st.sampled_from(OPERATORS),
    st.sampled_from(PUNCTUATION),
    st.builds(
        _wildcard,
        st.sampled_from(QUERY_WORDS),
        st.integers(0, 30),
        st.sampled_from(["*", "?", "?*", "**"]),
    ),
    st.builds(
        lambda word, n: f"{word}~{n}",
        st.sampled_from(QUERY_WORDS),
        st.sampled_from(["", "0", "1", "2", "3", "5", "7", "9", "99", "-1", "2.5", "/9", "2/9"]),
    ),
    st.builds(
        lambda word, boost: f"{word}^{boost}",
        st.sampled_from(QUERY_WORDS),
        st.sampled_from(["2", "0", "-1", "999999999999", "x"]),
    ),
    st.builds(
        lambda low, high, open_, close: f"{open_}{low} TO {high}{close}",
        st.sampled_from(QUERY_VALUES + QUERY_WORDS),
        st.sampled_from(QUERY_VALUES + QUERY_WORDS),
        st.sampled_from(["[", "{"]),
        st.sampled_from(["]", "}", ""]),
    ),
    st.builds(
        lambda words, slop: '"' + " ".join(words) + '"' + slop,
        st.lists(st.sampled_from(QUERY_WORDS), max_size=4),
        st.sampled_from(["", "~2", "~99"]),
    ),
    st.sampled_from(ESCAPES),
    st.sampled_from(SPECIALS),
    st.text(st.characters(codec="utf-8"), max_size=6),
)


def _fielded(field: str, atom: str) -> str:
    return f"{field}:{atom}" if field else atom


QUERY_TERMS = st.recursive(
    st.one_of(QUERY_ATOMS, st.builds(_fielded, st.sampled_from(QUERY_FIELDS), QUERY_ATOMS)),
    lambda inner: st.builds(
        lambda parts, field: _fielded(field, "(" + " ".join(parts) + ")"),
        st.lists(inner, max_size=4),
        st.sampled_from(QUERY_FIELDS),
    ),
    max_leaves=12,
)
QUERIES = st.one_of(
    st.builds(
        lambda terms, joiner: joiner.join(terms),
        st.lists(QUERY_TERMS, max_size=8),
        st.sampled_from([" ", "", "  ", " AND ", " OR ", " ANDNOT ", " ANDMAYBE "]),
    ),
    st.builds(lambda term, count: " ".join([term] * count), QUERY_TERMS, st.integers(1, 400)),
    # Nesting: each level of ``-(`` or ``ANDNOT`` once doubled the cost of building a query.
    st.builds(
        lambda term, opener, depth: opener * depth + term + ")" * depth,
        QUERY_TERMS,
        st.sampled_from(["(", "-(", "+(", "x ANDNOT ("]),
        st.integers(1, 120),
    ),
)
QUERY_EXAMPLES = st.fixed_dictionaries(
    {
        "query": QUERIES,
        "limit": st.sampled_from([20, 1, 1000]),
        "sort": st.sampled_from(["score", "date"]),
        "cli": st.booleans(),
        # The CLI's search with a workspace file that is no database, or a FIFO in its
        # place: still one line when the query needs it (``tag:``), said as why it does not
        # open.
        "broken_workspace": st.sampled_from(["", "garbage", "fifo"]),
        # Saved (``search --save``), then listed (``saved --json``): a search just saved
        # on this index has nothing new, whether or not the listing runs it again.
        "saved": st.booleans(),
    }
)


def _entity(draw_name: Any) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"name": draw_name},
        optional={
            "kind": st.one_of(
                st.sampled_from(
                    ["person", "organisation", "place", "product", "", "alien", "PERSON"]
                ),
                JSON_SCALARS,
            ),
            "aliases": st.one_of(
                st.lists(st.one_of(st.sampled_from(WORDS), HOSTILE_TEXT), max_size=3), JSON_VALUES
            ),
            "id": st.one_of(
                st.sampled_from(["UPPER_ID", "Bad Id With Spaces", "joko_widodo", "", "x" * 300]),
                HOSTILE_TEXT,
                JSON_SCALARS,
            ),
            "extra": JSON_VALUES,
        },
    )


ENTITY_NAMES = st.one_of(
    st.sampled_from([*WORDS, "Kenari Kuning", "Kebun Raya", "Bogor", "Jahat"]),
    HOSTILE_TEXT,
    JSON_SCALARS,
)
#: Well-formed entries whose aliases the canary mentions: their (hostile) names reach every
#: output that lists entities, which random entries, nearly always refused, seldom do.
LINKED_ENTITIES = st.fixed_dictionaries(
    {
        "name": st.builds(lambda text: "Nama " + text, HOSTILE_TEXT),
        "kind": st.sampled_from(["person", "organisation", "place", "product"]),
        "aliases": st.lists(
            st.sampled_from(["Joko Widodo", "Kebun Raya Bogor", "Bogor", "Riau", "Jakarta"]),
            max_size=2,
        ),
    },
    optional={"id": st.one_of(st.sampled_from(["UPPER_ID", "Bad Id With Spaces"]), HOSTILE_TEXT)},
)
GAZETTEERS = st.one_of(
    st.fixed_dictionaries({"entities": st.lists(LINKED_ENTITIES, min_size=1, max_size=3)}),
    st.fixed_dictionaries(
        {"entities": st.lists(_entity(ENTITY_NAMES), max_size=4)},
        optional={
            "ignore": st.one_of(
                st.lists(st.one_of(st.sampled_from(WORDS), HOSTILE_TEXT), max_size=3), JSON_VALUES
            ),
            "other": JSON_VALUES,
        },
    ),
    st.fixed_dictionaries({"entities": JSON_VALUES}, optional={"ignore": JSON_VALUES}),
    JSON_VALUES,
)


def _gazetteer_bytes(
    value: Any, ensure_ascii: bool, cut: int | None, encoding: str, prefix: bytes
) -> bytes:
    text = json.dumps(value, ensure_ascii=ensure_ascii, allow_nan=True)
    if cut is not None:
        text = text[: cut % (len(text) + 1)]
    return prefix + text.encode(encoding, errors="replace")


def _nested_gazetteer(depth: int) -> bytes:
    return ('{"entities": ' + "[" * depth + "]" * depth + "}").encode()


ENTITY_FILES = st.one_of(
    st.builds(
        _gazetteer_bytes,
        GAZETTEERS,
        st.booleans(),
        st.one_of(st.none(), st.integers(0, 10**6)),
        st.sampled_from(["utf-8", "utf-8", "utf-16", "latin-1"]),
        st.sampled_from([b"", b"", b"\xef\xbb\xbf", b"\xff"]),
    ),
    st.builds(_nested_gazetteer, st.integers(1, 120_000)),
    st.builds(
        lambda digits: ('{"entities": [], "x": ' + "9" * digits + "}").encode(),
        st.integers(1, 6000),
    ),
    st.builds(
        lambda text, encoding: text.encode(encoding, errors="replace"),
        HOSTILE_TEXT,
        st.sampled_from(ENCODINGS),
    ),
)
ENTITY_EXAMPLES = st.fixed_dictionaries(
    {
        "data": st.one_of(ENTITY_FILES, st.just(None)),  # None: a folder named entities.json
        "existing": st.booleans(),
    }
)


def _binding_keys() -> list[str]:
    """Every key the explorer binds, read from its screens and widgets."""
    import warta.tui.screens.help
    import warta.tui.screens.main
    import warta.tui.widgets.bars
    import warta.tui.widgets.entity_view
    import warta.tui.widgets.reader
    import warta.tui.widgets.results
    import warta.tui.widgets.sidebar
    import warta.tui.widgets.timeline

    keys: set[str] = set()
    modules = [
        warta.tui.screens.main,
        warta.tui.screens.help,
        warta.tui.widgets.bars,
        warta.tui.widgets.entity_view,
        warta.tui.widgets.reader,
        warta.tui.widgets.results,
        warta.tui.widgets.sidebar,
        warta.tui.widgets.timeline,
    ]
    for module in modules:
        for value in vars(module).values():
            for binding in getattr(value, "BINDINGS", None) or ():
                key = getattr(binding, "key", None) or (
                    binding[0] if isinstance(binding, tuple) else None
                )
                if isinstance(key, str):
                    keys.update(part.strip() for part in key.split(","))
    return sorted(keys)


NAVIGATION_KEYS = [
    "escape",
    "enter",
    "tab",
    "shift+tab",
    "up",
    "down",
    "left",
    "right",
    "home",
    "end",
    "pageup",
    "pagedown",
    "backspace",
    "delete",
    "space",
    "ctrl+p",
    "ctrl+l",
    "ctrl+c",
    "ctrl+v",
    "ctrl+a",
    "ctrl+e",
    "ctrl+k",
    "ctrl+u",
    "ctrl+w",
]
PRINTABLE_KEYS = list('abcdeghijklmnoprstuvwxyzABCGN0123456789*~:"()[]^?-+ ')


def key_examples() -> st.SearchStrategy[dict[str, Any]]:
    quit_keys = {"q", "ctrl+q"}
    bound = [key for key in _binding_keys() if key not in quit_keys]
    keys = st.one_of(
        st.sampled_from(bound),
        st.sampled_from(NAVIGATION_KEYS),
        st.sampled_from(PRINTABLE_KEYS),
        st.just("q"),
    )
    return st.fixed_dictionaries(
        {
            "initial": st.one_of(st.none(), st.none(), HOSTILE_TEXT, QUERIES),
            "keys": st.lists(keys, max_size=40),
        }
    )


# -- what a check reports -----------------------------------------------------------------------


@dataclasses.dataclass
class Problem:
    """One broken property; ``signature`` tells one defect from another across examples."""

    signature: str
    detail: str


def exception_signature(prefix: str, error: BaseException) -> str:
    """``prefix: Type in function (file)``, at the deepest frame of warta's own code."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [frame for frame in frames if _is_ours(frame.filename, frame.name)] or frames
    where = f" {_where(ours[-1].name, ours[-1].filename)}" if ours else ""
    return f"{prefix}: {type(error).__name__}{where}"


def _is_ours(filename: str, function: str) -> bool:
    """A named function of warta's own code (a generator expression names its caller)."""
    inside = ("/search/" in filename or "/tui/" in filename) and "site-packages" not in filename
    return inside and not function.startswith("<")


class Sampler:
    """Samples every thread's stack while a check runs: where a slow example spends its time.

    A finding's signature names the warta function seen most often (``in make_snippet``),
    so a slow fuzzy query and a slow snippet are two findings, not one "slow".
    """

    INTERVAL = 0.2

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Sampler:
        self.counts.clear()
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _loop(self) -> None:
        own = threading.get_ident()
        while not self._stop.wait(self.INTERVAL):
            for ident, frame in sys._current_frames().items():
                if ident == own:
                    continue
                ours = [f for f in traceback.extract_stack(frame) if _is_ours(f.filename, f.name)]
                if ours:
                    self.counts[_where(ours[-1].name, ours[-1].filename)] += 1

    def hottest(self) -> str:
        """`` in function (file)`` where warta spent most samples, or ``""``."""
        found = self.counts.most_common(1)
        return f" {found[0][0]}" if found else ""


SAMPLER = Sampler()


def _where(function: str, filename: str) -> str:
    return f"in {function} ({Path(filename).parent.name}/{Path(filename).name})"


_DUMPED_FRAME = re.compile(r'File "(?P<file>[^"]+)", line \d+ in (?P<function>\S+)')


def hung_in(dump: str) -> str:
    """`` in function (file)``: the innermost warta frame of a faulthandler dump, or ``""``."""
    for match in _DUMPED_FRAME.finditer(dump):  # most recent call first, thread by thread
        if _is_ours(match["file"], match["function"]):
            return " " + _where(match["function"], match["file"])
    return ""


def exception_problem(prefix: str, error: BaseException) -> Problem:
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return Problem(exception_signature(prefix, error), text[-4000:])


def unclean(label: str, text: str | None, one_line: bool = True) -> list[Problem]:
    """Problems when ``text`` holds a control/bidi character (or, ``one_line``, a line break)."""
    if not text:
        return []
    found = []
    bad = FORBIDDEN.search(text)
    if bad:
        around = text[max(0, bad.start() - 80) : bad.start() + 80]
        found.append(
            Problem(
                f"control character in {label}", f"U+{ord(bad.group()):04X} in ...{around!r}..."
            )
        )
    if one_line:
        brk = ONE_LINE_FORBIDDEN.search(text)
        if brk:
            found.append(Problem(f"line break in {label}", f"{text[:300]!r}"))
    return found


# -- sandboxes ---------------------------------------------------------------------------------


def walk_tree(root: bytes) -> dict[bytes, tuple[str, int, int]]:
    """Every entry below ``root`` (iteratively: trees 1,300 deep), with its kind, size, mtime."""
    found: dict[bytes, tuple[str, int, int]] = {}
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            status = entry.stat(follow_symlinks=False)
            is_dir = entry.is_dir(follow_symlinks=False)
            found[os.path.relpath(entry.path, root)] = (
                "d" if is_dir else "f",
                0 if is_dir else status.st_size,
                0 if is_dir else status.st_mtime_ns,
            )
            if is_dir:
                stack.append(entry.path)
    return found


def tree_changes(before: dict[bytes, Any], after: dict[bytes, Any], allowed: bytes) -> list[str]:
    """Paths added, removed or changed outside ``allowed`` (a top-level folder)."""
    changed = []
    for path in sorted(set(before) | set(after)):
        if path == allowed or path.startswith(allowed + b"/"):
            continue
        if before.get(path) != after.get(path):
            state = "added" if path not in before else "removed" if path not in after else "changed"
            changed.append(f"{state}: {os.fsdecode(path)!r}")
    return changed


def remove_tree(path: Path) -> None:
    """Remove a sandbox this harness made (``rm -rf``: Python 3.11's rmtree recurses)."""
    if path.exists():
        subprocess.run(["rm", "-rf", "--", str(path)], check=False)


class Sandbox:
    """A fresh folder per example holding its corpus, index, home, config and temp folders."""

    def __init__(self, parent: Path, number: int) -> None:
        self.root = parent / f"example-{number}"
        remove_tree(self.root)
        self.corpus = self.root / "corpus"
        self.index = self.root / "index"
        for folder in (self.corpus / CANARY_FOLDER, self.root / "home", self.root / "tmp"):
            folder.mkdir(parents=True)
        (self.corpus / CANARY_FOLDER / "kabar.txt").write_text(CANARY_TEXT, encoding="utf-8")
        os.environ.update(
            HOME=str(self.root / "home"),
            XDG_CACHE_HOME=str(self.root / "home" / "cache"),
            XDG_CONFIG_HOME=str(self.root / "home" / "config"),
            XDG_DATA_HOME=str(self.root / "home" / "data"),
            TMPDIR=str(self.root / "tmp"),
            WARTA_ENTITIES=str(self.root / "no-entities.json"),
        )
        tempfile.tempdir = str(self.root / "tmp")
        self._before: dict[bytes, Any] = {}

    def snapshot(self) -> None:
        self._before = walk_tree(os.fsencode(self.root))

    def outside_writes(self) -> list[Problem]:
        changes = tree_changes(self._before, walk_tree(os.fsencode(self.root)), b"index")
        return (
            [Problem("written outside the index folder", "; ".join(changes[:10]))]
            if changes
            else []
        )

    def close(self) -> None:
        remove_tree(self.root)


def check_articles(service: Any) -> list[Problem]:
    """Every stored article, read back through ``SearchService.article``, is clean."""
    problems: list[Problem] = []
    searcher = service._view().searcher
    ids = [fields["id"] for fields in searcher.all_stored_fields()]
    for article_id in ids:
        article = service.article(article_id)
        if article is None:
            problems.append(Problem("indexed article cannot be read back", repr(article_id)))
            continue
        for name in ("id", "title", "source", "byline", "path", "url"):
            problems += unclean(f"Article.{name}", getattr(article, name))
        problems += unclean("Article.body", article.body, one_line=False)
        for notice in article.notices:
            problems += unclean("Article.notices", str(notice))
    return problems


def found_ids(service: Any, word: str) -> tuple[list[str], str | None]:
    result = service.search(word, limit=50)
    return [hit.id for hit in result.hits], result.error


def check_update(sandbox: Sandbox, service: Any, expected_hostile: bool) -> list[Problem]:
    """Run ``update()`` and check the files/names properties on what it built."""
    from warta.search.errors import WartaError

    problems: list[Problem] = []
    try:
        service.update()
    except WartaError as error:
        return [
            Problem(
                f"update() refused the corpus (WartaError: {type(error.__cause__).__name__})",
                str(error),
            ),
            *sandbox.outside_writes(),
        ]
    except BaseException as error:  # the property: nothing else ever escapes
        return [exception_problem("update() raised", error), *sandbox.outside_writes()]
    problems += sandbox.outside_writes()
    ids, refused = found_ids(service, CANARY_WORD)
    if CANARY_ID not in ids:
        problems.append(Problem("canary not found after update", f"hits={ids[:5]} error={refused}"))
    if expected_hostile:
        ids, refused = found_ids(service, HOSTILE_WORD)
        if len(ids) != 1:
            problems.append(
                Problem(
                    "hostile-named file not found exactly once", f"hits={ids[:5]} error={refused}"
                )
            )
    problems += check_articles(service)
    return problems


# -- targets (each runs inside a worker process) ------------------------------------------------


class Target:
    """A property over one kind of input: a strategy, a setup, a check of one example."""

    name = ""
    timeout = 90.0
    #: What the last check measured itself, as (seconds, what): a query's search time.
    timing: tuple[float, str] | None = None

    def strategy(self) -> st.SearchStrategy[Any]:
        raise NotImplementedError

    def setup(self, workdir: Path) -> None:
        self.workdir = workdir
        self.examples = 0

    def check(self, example: Any) -> list[Problem]:
        raise NotImplementedError

    def describe(self, example: Any) -> str:
        return repr(example)[:2000]


def _write_bytes(folder: bytes, name: bytes, data: bytes) -> None:
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(data)


class CorpusTarget(Target):
    """A target that writes hostile files into a corpus, then checks ``update()`` on it."""

    def check(self, example: dict[str, Any]) -> list[Problem]:
        from warta.search.service import SearchService

        self.examples += 1
        sandbox = Sandbox(self.workdir, self.examples)
        try:
            service = SearchService([sandbox.corpus], sandbox.index)
            if example["incremental"]:
                service.update()
            expected = self.write(example, os.fsencode(sandbox.corpus))
            sandbox.snapshot()
            try:
                return check_update(sandbox, service, expected_hostile=expected)
            finally:
                service.close()
        finally:
            sandbox.close()

    def write(self, example: dict[str, Any], corpus: bytes) -> bool:
        """Write the example's files into ``corpus``; whether the hostile file must be found."""
        raise NotImplementedError


class FilesTarget(CorpusTarget):
    name = "files"

    def strategy(self) -> st.SearchStrategy[Any]:
        return FILE_EXAMPLES

    def write(self, example: dict[str, Any], corpus: bytes) -> bool:
        for number, file in enumerate(example["files"]):
            _write_bytes(corpus, f"hostile{number}{file['ext']}".encode(), file["data"])
        return False


class NamesTarget(CorpusTarget):
    name = "names"

    def strategy(self) -> st.SearchStrategy[Any]:
        return NAME_EXAMPLES

    def write(self, example: dict[str, Any], corpus: bytes) -> bool:
        from warta.search import reader

        folder = corpus
        parts = [b"d"] * example["depth"] + ([example["folder"]] if example["folder"] else [])
        for part in parts:  # not os.makedirs: it recurses once per level
            folder = os.path.join(folder, part)
            os.mkdir(folder)
        name: bytes = example["name"]
        extension = os.path.splitext(name)[1]
        body = f"Judul berkas\n\nIsi {HOSTILE_WORD} di sini.\n"
        data = (
            json.dumps({"text": body}).encode() if extension.lower() == b".jsonl" else body.encode()
        )
        _write_bytes(folder, name, data)
        visible = not any(part.startswith(b".") for part in [*parts, name])
        # folders deeper than the reader walks are skipped, with a warning
        walked = len(parts) <= reader.MAX_FOLDER_DEPTH
        return visible and walked and extension.lower() in (b".txt", b".md", b".jsonl")


def _capture_cli(argv: list[str]) -> tuple[int | None, str, str, BaseException | None]:
    """``main(argv)`` of the CLI with stdout and stderr captured; what escaped it, if anything."""
    from warta.tui.cli import main

    out, err = io.StringIO(), io.StringIO()
    code: int | None = None
    escaped: BaseException | None = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse's own --help
            code = exit_.code if isinstance(exit_.code, int) else 2
        except BaseException as error:
            escaped = error
    return code, out.getvalue(), err.getvalue(), escaped


def check_cli_output(
    label: str, code: int | None, out: str, err: str, escaped: BaseException | None, json_out: bool
) -> list[Problem]:
    """Exit 0 or 2; stderr lines are ``warta: ...`` and exit 2 has exactly one; clean output."""
    if escaped is not None:
        return [exception_problem(f"{label}: traceback", escaped)]
    problems: list[Problem] = []
    lines = err.splitlines()
    if code not in (0, 2):
        problems.append(Problem(f"{label}: exit code {code}", err[-2000:]))
    if code == 2 and len(lines) != 1:
        problems.append(Problem(f"{label}: exit 2 without exactly one stderr line", err[-2000:]))
    if any(not line.startswith("warta: ") for line in lines) or "Traceback" in err:
        problems.append(Problem(f"{label}: stray stderr output", err[-2000:]))
    problems += unclean(f"{label} stderr", err.replace("\n", ""), one_line=False)
    problems += unclean(f"{label} stdout", out, one_line=False)
    if json_out and code == 0:
        try:
            json.loads(out)
        except ValueError as error:
            problems.append(
                Problem(f"{label}: --json output does not parse", f"{error}: {out[:500]!r}")
            )
    return problems


class QueriesTarget(Target):
    name = "queries"
    timeout = 30.0
    #: One long repetitive article: snippets of common words must stay bounded too.
    REPEATS = 10_000

    def strategy(self) -> st.SearchStrategy[Any]:
        return QUERY_EXAMPLES

    def setup(self, workdir: Path) -> None:
        super().setup(workdir)
        from warta.search.paths import bundled_seeds
        from warta.search.service import SearchService

        self.corpus = workdir / "query-corpus"
        self.index = workdir / "query-index"
        if not self.corpus.exists():
            shutil.copytree(bundled_seeds(), self.corpus)
            (self.corpus / CANARY_FOLDER).mkdir()
            (self.corpus / CANARY_FOLDER / "kabar.txt").write_text(CANARY_TEXT, encoding="utf-8")
            hostile = (
                f"Judul {ESCAPES[0]} racun {ESCAPES[12]}\n\nKabar musk {''.join(ESCAPES)} sawit.\n"
            )
            (self.corpus / "racun.txt").write_text(hostile, encoding="utf-8")
            (self.corpus / "ulang.txt").write_text(
                "Kelapa sawit\n\n" + "kelapa sawit tumbuh. " * self.REPEATS, encoding="utf-8"
            )
        self.service = SearchService([self.corpus], self.index)
        self.service.update()
        self.broken_data = {
            "garbage": workdir / "query-broken-data",
            "fifo": workdir / "query-fifo-data",
        }
        for folder in self.broken_data.values():
            folder.mkdir(exist_ok=True)
        (self.broken_data["garbage"] / "state.sqlite").write_bytes(b"no database\n" * 100)
        if not (self.broken_data["fifo"] / "state.sqlite").exists():
            os.mkfifo(self.broken_data["fifo"] / "state.sqlite")
        self.saved_data = workdir / "query-saved-data"

    def check(self, example: dict[str, Any]) -> list[Problem]:
        query: str = example["query"]
        problems: list[Problem] = []
        started = time.monotonic()
        try:
            result = self.service.search(query, limit=example["limit"], sort=example["sort"])
        except BaseException as error:
            return [exception_problem("search() raised", error)]
        seconds = time.monotonic() - started
        self.timing = (seconds, query)
        if seconds > SLOW_SECONDS:
            problems.append(
                Problem(
                    f"query slower than {SLOW_SECONDS:.0f} s{SAMPLER.hottest()}",
                    f"{seconds:.1f} s; error={result.error!r}",
                )
            )
        if result.error:
            problems += unclean("SearchResult.error", result.error)
            if "damaged" in result.error:
                problems.append(Problem("query reported an intact index as damaged", result.error))
            if len(result.error) > 500:
                problems.append(
                    Problem("query error longer than 500 characters", result.error[:300])
                )
        problems += unclean("SearchResult.query", result.query)
        problems += unclean("SearchResult.suggestion", result.suggestion)
        for hit in result.hits:
            problems += (
                unclean("Hit.title", hit.title)
                + unclean("Hit.id", hit.id)
                + unclean("Hit.source", hit.source)
            )
            problems += unclean("Snippet.text", hit.snippet.text)
            if any(
                not 0 <= start <= end <= len(hit.snippet.text) for start, end in hit.snippet.marks
            ):
                problems.append(Problem("snippet mark outside the snippet", repr(hit.snippet)))
        started = time.monotonic()
        try:
            spans = self.service.match_spans(query, CANARY_TEXT)
        except BaseException as error:
            return [*problems, exception_problem("match_spans() raised", error)]
        if time.monotonic() - started > SLOW_SECONDS:
            problems.append(
                Problem(
                    f"match_spans slower than {SLOW_SECONDS:.0f} s{SAMPLER.hottest()}", query[:200]
                )
            )
        if any(not 0 <= start <= end <= len(CANARY_TEXT) for start, end in spans):
            problems.append(Problem("match span outside the text", repr(spans[:5])))
        if example["cli"]:
            broken = example.get("broken_workspace")
            if broken is True:  # a finding saved before the FIFO case: the file of garbage
                broken = "garbage"
            argv = [
                "search",
                "--corpus",
                str(self.corpus),
                "--index-dir",
                str(self.index),
                "--json",
                "--limit",
                str(example["limit"]),
                "--sort",
                example["sort"],
                *(["--data-dir", str(self.broken_data[broken])] if broken else []),
                "--",
                query,
            ]
            problems += check_cli_output("warta search", *_capture_cli(argv), json_out=True)
        if example.get("saved"):
            problems += self._saved(query)
        return problems

    def _saved(self, query: str) -> list[Problem]:
        """``query`` saved, then ``warta saved --json``: it lists 0 new for it (a search
        the index refuses is not saved, and is not listed)."""
        remove_tree(self.saved_data)
        base = ["--corpus", str(self.corpus), "--index-dir", str(self.index)]
        base += ["--data-dir", str(self.saved_data)]
        code, _out, _err, escaped = _capture_cli([*base, "search", "--save", "fuzz", "--", query])
        if escaped is not None:
            return [exception_problem("warta search --save: traceback", escaped)]
        if code != 0:
            return []
        listing = _capture_cli([*base, "saved", "--json"])
        problems = check_cli_output("warta saved", *listing, json_out=True)
        if not problems:
            counts = [row["new"] for row in json.loads(listing[1])]
            if counts != [0]:
                problems.append(Problem("a search just saved lists something new", repr(counts)))
        return problems

    def describe(self, example: dict[str, Any]) -> str:
        options = {
            key: example[key]
            for key in ("limit", "sort", "cli", "broken_workspace", "saved")
            if key in example
        }
        return f"query={example['query']!r} {options}"


class EntitiesTarget(Target):
    name = "entities"

    def strategy(self) -> st.SearchStrategy[Any]:
        return ENTITY_EXAMPLES

    def check(self, example: dict[str, Any]) -> list[Problem]:
        self.examples += 1
        sandbox = Sandbox(self.workdir, self.examples)
        try:
            entities = sandbox.root / "entities.json"
            base = ["--corpus", str(sandbox.corpus), "--index-dir", str(sandbox.index)]
            if example["existing"]:
                code, _, err, escaped = _capture_cli(["index", *base])
                if code != 0 or escaped is not None:
                    return [Problem("plain `warta index` failed", f"{code} {err} {escaped!r}")]
            if example["data"] is None:
                entities.mkdir()
            else:
                entities.write_bytes(example["data"])
            os.environ["WARTA_ENTITIES"] = str(entities)
            sandbox.snapshot()
            code, out, err, escaped = _capture_cli(["index", *base])
            problems = check_cli_output("warta index", code, out, err, escaped, json_out=False)
            problems += sandbox.outside_writes()
            problems += self._generations(sandbox.index)
            if code == 0 and escaped is None:
                problems += self._served(base, "after a successful index")
                code, out, err, escaped = _capture_cli(["entities", "--json", *base])
                problems += check_cli_output(
                    "warta entities --json", code, out, err, escaped, json_out=True
                )
                code, out, err, escaped = _capture_cli(["show", "--json", *base, CANARY_ID])
                problems += check_cli_output(
                    "warta show --json", code, out, err, escaped, json_out=True
                )
            elif example["existing"]:
                problems += self._served(base, "on the old index after a refused entities.json")
            return problems
        finally:
            sandbox.close()

    @staticmethod
    def _served(base: list[str], when: str) -> list[Problem]:
        code, out, err, escaped = _capture_cli(["search", "--json", *base, CANARY_WORD])
        problems = check_cli_output("warta search", code, out, err, escaped, json_out=True)
        if code == 0 and escaped is None and CANARY_ID not in out:
            problems.append(Problem(f"canary not found {when}", out[:500]))
        return problems

    @staticmethod
    def _generations(index: Path) -> list[Problem]:
        """The index folder holds CURRENT's generation and no other (nor a half-built one)."""
        if not index.is_dir():
            return []
        generations = sorted(path.name for path in index.glob("gen-*"))
        current = (index / "CURRENT").read_text().strip() if (index / "CURRENT").is_file() else None
        stray = [name for name in generations if name != current]
        return (
            [
                Problem(
                    "generation left beside the live one", f"CURRENT={current} gens={generations}"
                )
            ]
            if stray
            else []
        )

    def describe(self, example: dict[str, Any]) -> str:
        data = example["data"]
        shown = (
            "<a folder>"
            if data is None
            else repr(data[:1500]) + (f"... ({len(data)} bytes)" if len(data) > 1500 else "")
        )
        return f"entities.json={shown} existing_index={example['existing']}"


class KeysTarget(Target):
    name = "keys"
    timeout = 150.0
    SIZE = (100, 30)
    #: Longest wait for the app's workers after a key sequence before the app counts as stuck.
    SETTLE_SECONDS = 20.0

    def strategy(self) -> st.SearchStrategy[Any]:
        return key_examples()

    def setup(self, workdir: Path) -> None:
        super().setup(workdir)
        from warta.search.paths import bundled_seeds
        from warta.search.service import SearchService

        self.corpus = workdir / "keys-corpus"
        self.index = workdir / "keys-index"
        if not self.corpus.exists():
            shutil.copytree(bundled_seeds(), self.corpus)
            (self.corpus / CANARY_FOLDER).mkdir()
            (self.corpus / CANARY_FOLDER / "kabar.txt").write_text(CANARY_TEXT, encoding="utf-8")
            hostile = (
                f"Judul musk {''.join(ESCAPES[:6])} [bold]x[/]\n\n"
                f"Kabar musk {''.join(ESCAPES)} Joko Widodo 15 April 2023.\n"
            )
            _write_bytes(os.fsencode(self.corpus), b"racun-\x1b]0;T\x07-\xff.txt", hostile.encode())
        home = workdir / "keys-home"
        home.mkdir(exist_ok=True)
        os.environ.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home),
            XDG_CACHE_HOME=str(home),
            TMPDIR=str(home),
            PAGER="true",
            EDITOR="true",
            VISUAL="true",
            WARTA_ENTITIES=str(home / "none.json"),
        )
        tempfile.tempdir = str(home)
        SearchService([self.corpus], self.index).update()

    def check(self, example: dict[str, Any]) -> list[Problem]:
        return asyncio.run(self._run(example))

    async def _run(self, example: dict[str, Any]) -> list[Problem]:
        from warta.search.service import SearchService
        from warta.tui.app import WartaApp
        from warta.tui.screens.main import MainScreen

        service = SearchService([self.corpus], self.index)
        app = WartaApp(service, initial_query=example["initial"])
        problems: list[Problem] = []
        quit_by: str | None = None
        try:
            async with app.run_test(size=self.SIZE) as pilot:
                problems += await self._settled(pilot, "startup")
                problems += self._screen(app, "startup")
                for key in example["keys"]:
                    await pilot.press(key)
                    if not app.is_running:
                        quit_by = key
                        break
                if quit_by is None:
                    problems += await self._settled(pilot, "the keys")
                    problems += self._screen(app, "the keys")
                    problems += await self._responds(pilot, app, MainScreen)
                    await pilot.press("ctrl+q")
                    for _ in range(50):
                        if not app.is_running:
                            break
                        await pilot.pause(0.1)
                    if app.is_running:
                        problems.append(Problem("ctrl+q did not exit the app", ""))
                        app.exit()
        except BaseException as error:
            problems.append(exception_problem("the app raised", error))
        finally:
            service.close()
        if quit_by not in (None, "q", "ctrl+q", "ctrl+c"):
            problems.append(Problem(f"app exited on key {quit_by!r}", ""))
        return problems

    async def _settled(self, pilot: Any, when: str) -> list[Problem]:
        """Wait until no worker runs; a worker busy for SETTLE_SECONDS is a finding."""
        deadline = time.monotonic() + self.SETTLE_SECONDS
        quiet = 0
        while time.monotonic() < deadline:
            await pilot.pause(0.02)
            if all(worker.is_finished for worker in pilot.app.workers):
                quiet += 1
                if quiet == 3:
                    return []
            else:
                quiet = 0
        busy = [worker.name for worker in pilot.app.workers if not worker.is_finished]
        return [
            Problem(
                f"app busy for more than {self.SETTLE_SECONDS:.0f} s{SAMPLER.hottest()}",
                f"after {when}; workers {busy!r}",
            )
        ]

    @staticmethod
    def _screen(app: Any, when: str) -> list[Problem]:
        problems = unclean("the screen", app.export_screenshot(), one_line=False)
        return [Problem(p.signature, f"after {when}: {p.detail}") for p in problems]

    async def _responds(self, pilot: Any, app: Any, main_screen: type) -> list[Problem]:
        """Back on the main screen, a search for the canary shows it."""
        for _ in range(5):
            if isinstance(app.screen, main_screen):
                break
            await pilot.press("escape")
            await pilot.pause()
        if not isinstance(app.screen, main_screen):
            return [
                Problem("escape does not lead back to the main screen", type(app.screen).__name__)
            ]
        await pilot.press("ctrl+l", "ctrl+a", "ctrl+k", *CANARY_WORD, "enter")
        problems = await self._settled(pilot, "a canary search")
        screen: Any = app.screen
        hits = [hit.id for hit in screen.results.hits]
        if CANARY_ID not in hits:
            value = screen.query_one("#search").value
            problems.append(
                Problem(
                    "the app no longer finds the canary", f"search bar={value!r} hits={hits[:5]}"
                )
            )
        return problems

    def describe(self, example: dict[str, Any]) -> str:
        return f"initial={example['initial']!r} keys={example['keys']!r}"


TARGETS: dict[str, type[Target]] = {
    "files": FilesTarget,
    "names": NamesTarget,
    "queries": QueriesTarget,
    "entities": EntitiesTarget,
    "keys": KeysTarget,
}


# -- worker processes ---------------------------------------------------------------------------


def _stack_depth() -> int:
    depth = 0
    frame: FrameType | None = sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    return depth


def _worker_main(target_name: str, workdir: Path, connection: Any) -> None:
    os.setpgid(0, 0)  # the parent ends a hung worker and anything it started, by group id
    # Hypothesis's garbage-collector hook came along with the fork. Whoosh's time limit is
    # an exception raised from SIGALRM; landing inside that hook it was swallowed ("Exception
    # ignored in gc_callback") and the query ran on unlimited, which warta alone would not do.
    gc.callbacks[:] = [
        hook for hook in gc.callbacks if "hypothesis" not in getattr(hook, "__module__", "")
    ]
    # The headroom of a fresh process: the fork left Hypothesis's frames on this stack.
    sys.setrecursionlimit(FRESH_RECURSION_LIMIT + _stack_depth())
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_BYTES, WORKER_MEMORY_BYTES))
    for name in ("WARTA_CORPUS", "WARTA_INDEX_DIR", "WARTA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        os.environ.pop(name, None)
    target = TARGETS[target_name]()
    try:
        target.setup(workdir)
    except BaseException as error:
        connection.send(("failed", exception_problem("worker setup failed", error)))
        return
    connection.send(("ready", None))
    while True:
        example = connection.recv()
        if example is None:
            return
        started = time.monotonic()
        with open(workdir / "hang-stack.txt", "w") as dump:
            faulthandler.dump_traceback_later(target.timeout - 2, file=dump)
            try:
                with SAMPLER:
                    problems = target.check(example)
            except BaseException as error:
                problems = [exception_problem("check raised", error)]
            finally:
                faulthandler.cancel_dump_traceback_later()
        connection.send(("done", (problems, time.monotonic() - started, target.timing)))


def warm_up() -> None:
    """Load warta's heavy modules and models once, before workers fork from this process.

    Every worker (and every replacement after a finding) then starts in milliseconds with
    Whoosh, Sastrawi and the tagger already in memory, instead of loading them again.
    """
    import warta.search.index
    import warta.search.service  # noqa: F401
    import whoosh.index  # noqa: F401
    from warta.search.analysis import stem
    from warta.search.entities import extract_mentions

    stem("pemerintahan")
    extract_mentions("Joko Widodo", "Presiden Joko Widodo di Jakarta pada 15 April 2023.")


class Worker:
    """A forked process that runs one target's checks; replaced after a hang or a crash."""

    def __init__(self, target_name: str, workdir: Path) -> None:
        self.target_name = target_name
        self.timeout = TARGETS[target_name].timeout
        self.workdir = workdir
        self.process: Any = None
        self.connection: Any = None
        #: The last example's own timing (a query's search time), when the target keeps one.
        self.timing: tuple[float, str] | None = None

    def _start(self) -> Problem | None:
        context = multiprocessing.get_context("fork")
        parent, child = context.Pipe()
        # Not a daemon: warta builds a large corpus with a process pool, and a daemonic
        # process may not have children. stop() kills the worker's whole process group.
        self.process = context.Process(
            target=_worker_main, args=(self.target_name, self.workdir, child), daemon=False
        )
        self.process.start()
        child.close()
        self.connection = parent
        if not parent.poll(STARTUP_SECONDS):
            self.stop()
            return Problem("worker setup hung", f"> {STARTUP_SECONDS:.0f} s")
        try:
            kind, payload = parent.recv()
        except EOFError:
            code = self.process.exitcode
            self.stop()
            return Problem(f"worker died during setup (exit {code})", "")
        if kind != "ready":
            self.stop()
            return payload
        return None

    def run(self, example: Any) -> tuple[list[Problem], float]:
        if self.process is None:
            failed = self._start()
            if failed is not None:
                return [failed], 0.0
        started = time.monotonic()
        self.connection.send(example)
        if not self.connection.poll(self.timeout):
            self.stop()
            dump = (self.workdir / "hang-stack.txt").read_text(errors="replace")
            problem = Problem(f"hang (> {self.timeout:.0f} s){hung_in(dump)}", dump[-3000:])
            return [problem], time.monotonic() - started
        try:
            _, (problems, seconds, self.timing) = self.connection.recv()
        except EOFError:
            self.process.join(5)
            code = self.process.exitcode
            self.stop()
            what = f"signal {signal.Signals(-code).name}" if code and code < 0 else f"exit {code}"
            return [Problem(f"worker died ({what})", "")], time.monotonic() - started
        if problems:  # a fresh process for the next example: this one may be left damaged
            self.close()
        return problems, seconds

    def stop(self) -> None:
        if self.process is not None and self.process.is_alive():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        if self.process is not None:
            self.process.join(10)
        if self.connection is not None:
            self.connection.close()
        self.process = self.connection = None

    def close(self) -> None:
        if self.process is not None and self.process.is_alive():
            with contextlib.suppress(OSError, BrokenPipeError):
                self.connection.send(None)
            self.process.join(10)
        self.stop()


# -- driving Hypothesis -------------------------------------------------------------------------


@dataclasses.dataclass
class Finding:
    target: str
    signature: str
    detail: str
    example: Any
    description: str
    minimised: bool
    repeats: int = 0


@dataclasses.dataclass
class TargetReport:
    target: str
    examples: int = 0
    seconds: float = 0.0
    slowest: tuple[float, str] = (0.0, "")
    slowest_query: tuple[float, str] | None = None
    findings: dict[str, Finding] = dataclasses.field(default_factory=dict)


class _Falsified(Exception):
    """Raised in the property to tell Hypothesis an example broke it (and to minimise it)."""


class Fuzzer:
    """One target's run: Hypothesis rounds until the time or example budget is spent.

    Each round is a Hypothesis run with its own seed. It minimises the first failure it
    meets whose signature is not yet recorded; a recorded signature counts as a repeat and
    passes, so later rounds look for other defects instead of finding the same one again.
    """

    def __init__(
        self,
        name: str,
        budget: float,
        workdir: Path,
        max_examples: int | None,
        log: Callable[[str], None],
    ) -> None:
        warm_up()
        self.name = name
        self.target = TARGETS[name]()
        self.report = TargetReport(name)
        self.worker = Worker(name, workdir)
        self.deadline = time.monotonic() + budget
        self.max_examples = max_examples
        self.log = log
        self._reset_round()

    def _reset_round(self) -> None:
        self.signature: str | None = None
        self.first_failure = 0.0
        self.best: tuple[Any, Problem] | None = None
        self.others: dict[str, tuple[Any, Problem]] = {}

    def _spent(self) -> bool:
        now = time.monotonic()
        return (
            now >= self.deadline
            or (self.max_examples is not None and self.report.examples >= self.max_examples)
            or (self.best is not None and now - self.first_failure > SHRINK_SECONDS)
        )

    def _property(self, example: Any) -> None:
        if self._spent():
            return
        self.worker.timing = None
        problems, seconds = self.worker.run(example)
        report = self.report
        report.examples += 1
        if self.worker.timing is not None:
            report.slowest_query = max(report.slowest_query or (0.0, ""), self.worker.timing)
        report.slowest = max(report.slowest, (seconds, self.target.describe(example)[:300]))
        new = []
        for problem in problems:
            known = report.findings.get(problem.signature)
            if known is not None:
                known.repeats += 1
            else:
                new.append(problem)
        if not new:
            return
        if self.signature is None:
            self.signature, self.first_failure = new[0].signature, time.monotonic()
            self.log(f"  [{self.name}] new failure: {self.signature}; minimising")
        for problem in new:
            if problem.signature == self.signature:
                self.best = (example, problem)
                raise _Falsified(problem.signature)
            self.others.setdefault(problem.signature, (example, problem))

    def run(self, base_seed: int) -> TargetReport:
        started = time.monotonic()
        unminimised: dict[str, Finding] = {}
        describe = self.target.describe
        round_number = 0
        try:
            while not self._spent():
                self._reset_round()
                left = (
                    None if self.max_examples is None else self.max_examples - self.report.examples
                )
                run = settings(
                    max_examples=ROUND_EXAMPLES if left is None else max(1, left),
                    deadline=None,
                    database=None,
                    phases=(Phase.generate, Phase.shrink),
                    suppress_health_check=list(HealthCheck),
                    verbosity=Verbosity.quiet,
                    report_multiple_bugs=False,
                )(
                    seed(base_seed * 1000 + round_number)(
                        given(self.target.strategy())(self._property)
                    )
                )
                with contextlib.suppress(Exception):  # _Falsified, or Flaky for a timing finding
                    run()
                round_number += 1
                if self.best is not None and self.signature is not None:
                    example, problem = self.best
                    self.report.findings[self.signature] = Finding(
                        self.name, self.signature, problem.detail, example, describe(example), True
                    )
                    unminimised.pop(self.signature, None)
                    self.log(f"  [{self.name}] minimised: {describe(example)[:300]}")
                    self.best = None  # the next round starts afresh
                for signature, (example, problem) in self.others.items():
                    if signature not in self.report.findings:
                        found = Finding(
                            self.name, signature, problem.detail, example, describe(example), False
                        )
                        unminimised.setdefault(signature, found)
            for signature, finding in unminimised.items():
                self.report.findings.setdefault(signature, finding)
        finally:
            self.worker.close()
            self.report.seconds = time.monotonic() - started
        return self.report


# -- reporting ----------------------------------------------------------------------------------


def to_json(value: Any) -> Any:
    """Examples as JSON: bytes become ``{"$bytes": base64}``, tuples lists."""
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode()}
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    return value


def from_json(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"$bytes"}:
            return base64.b64decode(value["$bytes"])
        return {key: from_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [from_json(item) for item in value]
    return value


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def write_findings(out: Path, reports: list[TargetReport]) -> None:
    folder = out / "findings"
    folder.mkdir(parents=True, exist_ok=True)
    for report in reports:
        for number, finding in enumerate(report.findings.values(), 1):
            place = folder / f"{finding.target}-{number:02d}-{_slug(finding.signature)}"
            place.mkdir(exist_ok=True)
            record = dataclasses.asdict(finding)
            record["example"] = to_json(finding.example)
            (place / "finding.json").write_text(
                json.dumps(record, indent=2, ensure_ascii=True) + "\n"
            )


def summary_text(reports: list[TargetReport], seed_value: int) -> str:
    lines = [
        f"# warta hostile-input fuzzing (seed {seed_value})",
        "",
        "| target | examples | minutes | failures | slowest example |",
        "|---|---:|---:|---:|---:|",
    ]
    for report in reports:
        lines.append(
            f"| {report.target} | {report.examples} | {report.seconds / 60:.1f} "
            f"| {len(report.findings)} | {report.slowest[0]:.1f} s |"
        )
    total_minutes = sum(report.seconds for report in reports) / 60
    lines += [
        "",
        f"Total: {sum(r.examples for r in reports)} examples in {total_minutes:.1f} minutes, "
        f"{sum(len(r.findings) for r in reports)} distinct failures.",
        "",
    ]
    for report in reports:
        if report.slowest_query:
            seconds, query = report.slowest_query
            lines.append(f"Slowest query: {seconds:.2f} s for {query[:200]!r}")
    for report in reports:
        for finding in report.findings.values():
            state = "minimised" if finding.minimised else "NOT minimised"
            lines += [
                "",
                f"## [{finding.target}] {finding.signature}",
                "",
                f"- {state}; seen again {finding.repeats} times",
                f"- example: `{finding.description[:600]}`",
                "",
                "```",
                finding.detail[-1500:],
                "```",
            ]
    return "\n".join(lines) + "\n"


def replay(folder: Path) -> int:
    """Run one saved finding's example again and print what it breaks now."""
    record = json.loads((folder / "finding.json").read_text())
    workdir = Path(tempfile.mkdtemp(prefix="warta-replay-"))
    worker = Worker(record["target"], workdir)
    try:
        problems, seconds = worker.run(from_json(record["example"]))
    finally:
        worker.close()
        remove_tree(workdir)
    print(
        f"{record['target']}: {len(problems)} problem(s) in {seconds:.1f} s "
        f"(recorded: {record['signature']})"
    )
    for problem in problems:
        print(f"- {problem.signature}\n{problem.detail[-1500:]}")
    return 1 if problems else 0


def log(line: str) -> None:
    print(line, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--minutes",
        type=float,
        default=5.0,
        help="total time budget, split evenly over the targets",
    )
    parser.add_argument("--target", choices=(*TARGET_NAMES, "all"), default="all")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--out",
        type=Path,
        help="folder for summary.md, summary.json and findings/ (default: a temp folder)",
    )
    parser.add_argument(
        "--max-examples",
        type=int,
        help="stop each target after this many examples (for quick checks)",
    )
    parser.add_argument(
        "--replay", type=Path, metavar="FINDING_DIR", help="re-run one saved finding and exit"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Examples of 400 repeated query terms are meant to be large; their repr is not needed.
    warnings.filterwarnings("ignore", "Generating overly large repr", HypothesisWarning)
    if args.replay:
        return replay(args.replay)
    out: Path = args.out or Path(tempfile.mkdtemp(prefix="warta-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    names = list(TARGET_NAMES) if args.target == "all" else [args.target]
    budget = args.minutes * 60 / len(names)
    reports = []
    for name in names:
        print(f"[{name}] up to {budget / 60:.1f} min", flush=True)
        workdir = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=out))
        try:
            fuzzer = Fuzzer(name, budget, workdir, args.max_examples, log)
            report = fuzzer.run(args.seed)
        finally:
            remove_tree(workdir)
        reports.append(report)
        print(
            f"[{name}] {report.examples} examples in {report.seconds / 60:.1f} min, "
            f"{len(report.findings)} failures",
            flush=True,
        )
        write_findings(out, reports)
        text = summary_text(reports, args.seed)
        (out / "summary.md").write_text(text)
    summary = [
        {
            "target": r.target,
            "examples": r.examples,
            "minutes": round(r.seconds / 60, 2),
            "failures": sorted(r.findings),
            "slowest_seconds": round(r.slowest[0], 2),
        }
        for r in reports
    ]
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(summary_text(reports, args.seed))
    print(f"report: {out / 'summary.md'}")
    return 1 if any(report.findings for report in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
