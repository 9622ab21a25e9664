"""Escape sequences and markup in untrusted text never reach the terminal raw.

Every payload below is planted in an article's title, body and file name; the article is
then read, searched, shown by the CLI (human and JSON) and shown by the real app in a
pseudo-terminal, and no payload byte sequence may come out.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import select
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui.cli import main

ESC = "\x1b"
#: name -> a sequence a terminal would act on.
PAYLOADS = {
    "osc52_bel": f"{ESC}]52;c;ZXZpbA==\x07",
    "osc52_st": f"{ESC}]52;c;ZXZpbA=={ESC}\\",
    "csi_clear": f"{ESC}[2J",
    "csi_report_title": f"{ESC}[21t",
    "osc0_title": f"{ESC}]0;PWNED\x07",
    "osc8_link": f"{ESC}]8;;https://evil.example/{ESC}\\klik{ESC}]8;;{ESC}\\",
    "c1_csi": "\x9b2J",
    "c1_osc": "\x9d0;PWNED\x9c",
    "bidi_override": "\u202ekebalik\u202c",
    "bidi_isolates": "\u2066a\u2067b\u2068c\u2069",
    "osc_unterminated": f"{ESC}]0;TANPA-AKHIR",  # last: it runs to the end of its line
}
#: What must never be printed: ESC and every C0/C1 control but newline and tab (and for the
#: app, which draws with its own escapes, the distinctive parts of each payload).
FORBIDDEN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
MARKUP = [
    "[/bar]",
    "[Antara]",
    "[VIDEO]",
    "[$accent]",
    "[link=https://x]x[/link]",
    "[@click=app.quit]x[/]",
]

TITLE = "Harga durian [/bar] naik [Antara] " + "".join(PAYLOADS.values())
BODY = (
    f"Jakarta [Antara] - Kabar durian, kata pedagang {''.join(PAYLOADS.values())}\n\n"
    f"Markup {' '.join(MARKUP)} tetap terbaca. PENUTUP"
)
FILE_NAME = "racun-[Antara]-[@click=app.quit]x[]-\x1b[31m.txt"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """A corpus with one hostile article (and one plain one), indexed once."""
    corpus = tmp_path_factory.mktemp("hostile-corpus")
    (corpus / FILE_NAME).write_text(f"{TITLE}\n\n{BODY}\n", "utf-8")
    (corpus / "biasa.txt").write_text("Harga cabai\n\nHarga cabai rawit naik.\n", "utf-8")
    index = tmp_path_factory.mktemp("hostile-index")
    service = SearchService([corpus], index)
    service.update()
    service.close()
    yield corpus, index


@pytest.fixture()
def service(hostile: tuple[Path, Path]) -> Iterator[SearchService]:
    opened = SearchService([hostile[0]], hostile[1])
    yield opened
    opened.close()


def _hostile_id(service: SearchService) -> str:
    (hit,) = service.search("durian").hits
    return hit.id


# -- the library ---------------------------------------------------------------------------------


def test_article_fields_are_clean_and_keep_their_words(service: SearchService) -> None:
    article = service.article(_hostile_id(service))
    assert article is not None
    for text in (article.id, article.title, article.body, article.path):
        assert FORBIDDEN_TEXT.search(text) is None
    assert "ZXZpbA" not in article.body and "PWNED" not in article.title
    assert article.title.startswith("Harga durian [/bar] naik") and "[Antara]" in article.title
    assert "kebalik" in article.body  # the bidi override goes, the word stays
    for markup in MARKUP:
        assert markup in article.body


def test_search_hits_and_snippets_are_clean(service: SearchService) -> None:
    (hit,) = service.search("durian").hits
    for text in (hit.id, hit.title, hit.snippet.text):
        assert FORBIDDEN_TEXT.search(text) is None


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_hostile_query_is_cleaned_before_it_is_echoed(service: SearchService, name: str) -> None:
    result = service.search(f"durian {PAYLOADS[name]}")
    for text in (result.query, result.error or "", result.suggestion or ""):
        assert FORBIDDEN_TEXT.search(text) is None


# -- the command line ------------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], hostile: tuple[Path, Path], *args: str) -> str:
    corpus, index = hostile
    code = main(["--corpus", str(corpus), "--index-dir", str(index), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out + err


@pytest.mark.parametrize(
    "args",
    [
        ("search", "durian"),
        ("search", "durian", "--json"),
        ("show", "ID"),
        ("show", "ID", "--json"),
        ("entities",),
        ("entities", "--json"),
        ("mentions", "Jakarta"),
        ("mentions", "Jakarta", "--json"),
        ("index",),
    ],
    ids=" ".join,
)
def test_cli_output_has_no_control_characters(
    capsys: pytest.CaptureFixture[str],
    hostile: tuple[Path, Path],
    service: SearchService,
    args: tuple[str, ...],
) -> None:
    args = tuple(_hostile_id(service) if arg == "ID" else arg for arg in args)
    output = _cli(capsys, hostile, *args)
    assert FORBIDDEN_TEXT.search(output.replace("\n", "").replace("\t", "")) is None
    if "--json" in args:
        json.loads(output)


def test_cli_shows_markup_literally(
    capsys: pytest.CaptureFixture[str], hostile: tuple[Path, Path], service: SearchService
) -> None:
    output = _cli(capsys, hostile, "show", _hostile_id(service))
    assert "Harga durian [/bar] naik" in output and "[Antara]" in output
    for markup in MARKUP:
        assert markup in output


@pytest.mark.parametrize("markup", MARKUP)
def test_markup_in_a_query_is_searched_not_rendered(
    capsys: pytest.CaptureFixture[str], hostile: tuple[Path, Path], markup: str
) -> None:
    corpus, index = hostile
    code = main(["--corpus", str(corpus), "--index-dir", str(index), "search", markup, "durian"])
    out, err = capsys.readouterr()
    assert code in (0, 2) and len(err.splitlines()) <= 1
    assert FORBIDDEN_TEXT.search(out.replace("\n", "")) is None


#: A user entity whose name, alias and id carry payloads (report §17): C1 CSI, OSC 52, bidi.
HOSTILE_ENTITY = {
    "name": f"Sawit Raya\u202e{ESC}]52;c;RU5UNTI=\x07\x9b21t",
    "kind": "product",
    "aliases": ["Kebun\x9b2J Sawit", f"Petani{ESC}[2J\u2066Sawit"],
    "id": "sawit\u202e_raya\x9d0;ENTPWN\x9c",
}
ENTITY_PAYLOAD = re.compile("RU5UNTI|ENTPWN")


@pytest.fixture(scope="module")
def hostile_entities(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, Path]]:
    """A corpus that mentions the hostile user entity, indexed with it once."""
    folder = tmp_path_factory.mktemp("hostile-entities")
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / "sawit.txt").write_text(
        "Laba sawit naik\n\nPerusahaan Sawit Raya dan Kebun Sawit melaporkan laba sawit.\n",
        "utf-8",
    )
    entities = folder / "entities.json"
    entities.write_text(json.dumps({"entities": [HOSTILE_ENTITY]}), "utf-8")
    index = folder / "index"
    service = SearchService([corpus], index, entities)
    service.update()
    service.close()
    yield corpus, index, entities


@pytest.mark.parametrize(
    "args",
    [
        ("entities", "--json"),
        ("entities",),
        ("mentions", "Sawit Raya", "--json"),
        ("mentions", "Sawit Raya"),
        ("show", "sawit", "--json"),
        ("show", "sawit"),
        ("search", "sawit", "--json"),
        ("search", "sawit"),
    ],
    ids=" ".join,
)
def test_cli_output_of_a_hostile_entities_file_is_clean(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    hostile_entities: tuple[Path, Path, Path],
    args: tuple[str, ...],
) -> None:
    corpus, index, entities = hostile_entities
    monkeypatch.setenv("WARTA_ENTITIES", str(entities))
    code = main(["--corpus", str(corpus), "--index-dir", str(index), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    output = out + err
    assert FORBIDDEN_TEXT.search(output.replace("\n", "")) is None
    assert ENTITY_PAYLOAD.search(output) is None
    assert "Sawit Raya" in output
    if "--json" in args:
        json.loads(out)


def test_json_output_cleans_every_string_whatever_its_source(
    capsys: pytest.CaptureFixture[str], hostile_entities: tuple[Path, Path, Path]
) -> None:
    """An entity list cached by an older warta (or edited) must not reach the terminal raw:
    ``--json`` cleans at the exit, not only where today's fields come from."""
    from warta.search.index import current_generation
    from warta.search.store import STORE_FILE

    corpus, original, _entities = hostile_entities
    index = original.parent / "tampered-index"
    if not index.exists():
        shutil.copytree(original, index)
    generation = current_generation(index)
    assert generation is not None
    with contextlib.closing(sqlite3.connect(generation / STORE_FILE)) as store, store:
        store.execute(
            "UPDATE entities SET name = name || ?, aliases = json_insert(aliases, '$[#]', ?)",
            ("\x9b21t\u202e", "\x9d0;ENTPWN\x9c"),
        )
    for args in (("entities", "--json"), ("mentions", "sawit_raya", "--json")):
        code = main(["--corpus", str(corpus), "--index-dir", str(index), *args])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert FORBIDDEN_TEXT.search(out.replace("\n", "")) is None
        assert "\x9b" not in out and "\u202e" not in out
        json.loads(out)


# -- the app in a pseudo-terminal ------------------------------------------------------------------

#: Byte sequences of the payloads that the app's own drawing never produces.
APP_FORBIDDEN = [
    b"\x1b]52;",
    b"ZXZpbA",
    b"\x1b]0;PWNED",
    b"PWNED",
    b"evil.example",
    b"\x1b[21t",
    b"\x1b[2J",
    b"TANPA-AKHIR",
    b"\xc2\x9b",
    b"\xc2\x9d",
    b"\x9b2J",
    "\u202e".encode(),
    "\u2066".encode(),
]


def _read_until(fd: int, seen: bytearray, wanted: bytes, deadline: float) -> bool:
    """Read the terminal into ``seen`` until ``wanted`` appears or the deadline passes."""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child closed the terminal
                return wanted in seen
            if not chunk:
                return wanted in seen
            seen.extend(chunk)
            if wanted in seen:
                return True
    return False


@contextlib.contextmanager
def warta_in_a_terminal(
    corpus: Path,
    index: Path,
    query: str,
    stderr: int | None = None,
    *,
    window: tuple[int, int] | None = None,
    size_variables: tuple[str, str] = ("120", "40"),
) -> Iterator[tuple[int, bytearray, subprocess.Popen[bytes]]]:
    """The real app on ``query`` in a pseudo-terminal: its master side, what it wrote, and
    its process; its stderr is the terminal too unless ``stderr`` says where. The terminal
    has no size unless ``window`` (columns, lines) gives one; ``size_variables`` are
    ``COLUMNS`` and ``LINES``.

    The app is killed on the way out if the test did not make it quit.
    """
    master, slave = os.openpty()
    if window is not None:
        columns, lines = window
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLUMNS": size_variables[0],
        "LINES": size_variables[1],
        "WARTA_LANG": "en",
    }
    command = [sys.executable, "-m", "warta.tui.cli", "--corpus", str(corpus), "--index-dir"]
    child = subprocess.Popen(
        [*command, str(index), query],
        stdin=slave,
        stdout=slave,
        stderr=slave if stderr is None else stderr,
        env=env,
        close_fds=True,
        start_new_session=True,
    )
    os.close(slave)
    seen = bytearray()
    try:
        yield master, seen, child
        _read_until(master, seen, b"\x00never", time.monotonic() + 5)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
        os.close(master)


def test_app_in_a_pseudo_terminal_writes_no_payload(hostile: tuple[Path, Path]) -> None:
    pytest.importorskip("warta.tui.app")
    corpus, index = hostile
    with warta_in_a_terminal(corpus, index, "durian") as (master, seen, _):
        assert _read_until(master, seen, b"naik", time.monotonic() + 60), "no results shown"
        os.write(master, b"\r")  # open the first (hostile) result
        assert _read_until(master, seen, b"PENUTUP", time.monotonic() + 30), "no article shown"
        os.write(master, b"qq")  # to the results, then quit
    leaked = [payload for payload in APP_FORBIDDEN if payload in seen]
    assert leaked == []
