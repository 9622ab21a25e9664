"""Hostile input, round three: cases an outside tester tried after round two's fixes.

Each test drives the product's entry points (the CLI's ``main``, the explorer under Pilot)
and failed before its fix; docs/hostile-input.md lists the cases.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from textual import events
from warta.search.paths import bundled_seeds
from warta.search.query import MAX_QUERY_CHARS
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.cli import main
from warta.tui.screens.main import MainScreen

from .test_tui_flows import SIZE, settle


def run(
    capsys: pytest.CaptureFixture[str], index: Path, tmp_path: Path, *args: str
) -> tuple[int, str, str]:
    """``warta ARGS`` on the seeds, with the workspace in ``tmp_path``."""
    code = main(
        [
            *("--corpus", str(bundled_seeds()), "--index-dir", str(index)),
            *("--data-dir", str(tmp_path / "data")),
            *args,
        ]
    )
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "command",
    [
        ("export", "musk", "--force", "-o"),
        ("related-entities", "musk", "--force", "--edges"),
    ],
)
def test_force_never_puts_an_export_in_place_of_a_fifo_or_a_folder(
    capsys: pytest.CaptureFixture[str],
    seeds_index: Path,
    tmp_path: Path,
    command: tuple[str, ...],
) -> None:
    """``-o /dev/null --force`` as root replaced the system's /dev/null with a regular file
    (the export is renamed into place); a FIFO stands in for the device here."""
    fifo = tmp_path / "pipa.csv"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    for target in (fifo, folder):
        code, _, err = run(capsys, seeds_index, tmp_path, *command, str(target))
        assert code == 2 and err.count("\n") == 1
        assert err.startswith("warta: ") and "is not a file" in err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and folder.is_dir()
    assert not list(folder.iterdir())
    assert {path.name for path in tmp_path.iterdir()} - {"data"} == {"folder.csv", "pipa.csv"}


def _edges_with(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    names: str,
    entities: list[dict[str, object]],
    suffix: str,
) -> Path:
    """``related-entities "dewi lestari" --edges edges.SUFFIX`` over three articles naming
    Dewi Lestari beside ``names``, with the user entities ``entities`` (and her)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sentence = f"Dewi Lestari bertemu {names} di Bandung. "
    for number in range(3):
        (corpus / f"a{number}.txt").write_text(f"Berita {number}\n\n{sentence * 3}\n", "utf-8")
    listed = [*entities, {"name": "Dewi Lestari", "kind": "person"}]
    user_file = tmp_path / "entities.json"
    user_file.write_text(json.dumps({"entities": listed}), "utf-8")
    monkeypatch.setenv("WARTA_ENTITIES", str(user_file))
    edges = tmp_path / f"edges.{suffix}"
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*args, "index"]) == 0
    related = [*args, "related-entities", "dewi lestari", "--min-count", "1"]
    assert main([*related, "--edges", str(edges)]) == 0
    capsys.readouterr()
    return edges


def test_an_edge_list_never_hands_a_spreadsheet_a_formula(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entity names are strangers' text: in ``--edges FILE.csv`` a name starting with ``=``,
    ``+``, ``-`` or ``@`` starts with ``'``, as in ``warta export``."""
    entities: list[dict[str, object]] = [
        {"name": '=HYPERLINK("http://x")', "kind": "product", "aliases": ["Hyperlinkus"]},
        {"name": "@SUM(A1)", "kind": "product", "aliases": ["Sumatik"]},
    ]
    edges = _edges_with(tmp_path, monkeypatch, capsys, "Hyperlinkus dan Sumatik", entities, "csv")
    with edges.open(newline="", encoding="utf-8") as handle:
        targets = {row["Target"] for row in csv.DictReader(handle)}
    assert '\'=HYPERLINK("http://x")' in targets
    assert not [name for name in targets if name.startswith(("=", "+", "-", "@"))]


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("fifo", "cannot read it (not a regular file)"),
        ("deep", "not valid TOML: nested too deeply"),
    ],
)
def test_a_settings_file_that_is_a_fifo_or_nested_too_deep_is_one_line(
    seeds_index: Path, tmp_path: Path, kind: str, says: str
) -> None:
    """``--config FIFO`` hung before reading a byte; a TOML array nested 100,000 deep gave a
    RecursionError traceback of 3,000 lines."""
    config = tmp_path / "config.toml"
    if kind == "fifo":
        os.mkfifo(config)
    else:
        config.write_text("a = " + "[" * 100_000 + "]" * 100_000 + "\n", "utf-8")
    command = [sys.executable, "-m", "warta.tui.cli", "--index-dir", str(seeds_index)]
    done = subprocess.run(
        [*command, "--config", str(config), "search", "musk"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"warta: {config}: {says}\n")


@pytest.mark.parametrize(
    "command",
    [
        ("search", "musk"),
        ("search", "musk", "--json"),
        ("show", "000_57ce1d9c2516dadd", "--json"),
        ("entities",),
        ("timeline", "musk"),
        ("history",),
        ("export", "musk"),
    ],
)
def test_output_to_a_full_disk_is_one_line(
    capsys: pytest.CaptureFixture[str],
    seeds_index: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
) -> None:
    """``warta search musk > file`` on a full disk gave an OSError traceback (7 commands);
    /dev/full fails every write with ENOSPC, as a full disk does."""
    with open("/dev/full", "w", encoding="utf-8") as full:
        monkeypatch.setattr(sys, "stdout", full)
        code = main(
            [
                *("--corpus", str(bundled_seeds()), "--index-dir", str(seeds_index)),
                *("--data-dir", str(tmp_path / "data"), *command),
            ]
        )
        monkeypatch.undo()
    _, err = capsys.readouterr()
    assert (code, err) == (2, "warta: cannot write the output: No space left on device\n")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("search", "date:0000"), "warta: not a date: 0000 (write 2023-03-31, 2023-03 or 2023)\n"),
        (("search", "date:[0000-01 TO 2023]"), "warta: not a date: 0000-01 (write"),
        (("timeline", "musk date:0000"), "warta: not a date: 0000 (write"),
    ],
)
def test_year_zero_is_not_a_date_rather_than_a_damaged_index(
    capsys: pytest.CaptureFixture[str],
    seeds_index: Path,
    tmp_path: Path,
    args: tuple[str, ...],
    says: str,
) -> None:
    """Whoosh raised ValueError for year 0, which said "the index ... is damaged; run
    `warta index --rebuild`": a 30-minute rebuild of 100,000 articles for a typo."""
    code, out, err = run(capsys, seeds_index, tmp_path, *args)
    assert (code, out) == (2, "") and err.startswith(says) and err.count("\n") == 1


def test_a_huge_min_count_finds_nothing_rather_than_a_damaged_index(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``--min-count 10**25`` overflowed SQLite's integers: "the index ... is damaged"."""
    code, out, err = run(
        capsys, seeds_index, tmp_path, "related-entities", "musk", "--min-count", str(10**25)
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "No entity is named with it often enough."


def test_a_graphml_edge_list_parses_whatever_the_names_hold(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """U+FFFF in an entity's name (XML 1.0 forbids it) made the whole GraphML file
    unreadable to Gephi; quotes, ``<`` and ``&`` in names and ids must stay escaped."""
    entities: list[dict[str, object]] = [
        {
            "name": 'Non\uffffchar & <Co> "Tbk"',
            "kind": "organisation",
            "aliases": ["Noncharcorp"],
            "id": 'x"y<z&\ufffe',
        }
    ]
    graph = _edges_with(tmp_path, monkeypatch, capsys, "Noncharcorp", entities, "graphml")
    space = "{http://graphml.graphdrawing.org/xmlns}"
    root = ElementTree.parse(graph).getroot()
    labels = {node.get("id"): node.findtext(f"{space}data") for node in root.iter(f"{space}node")}
    assert labels['x"y<z&'] == 'Nonchar & <Co> "Tbk"'
    targets = {edge.get("target") for edge in root.iter(f"{space}edge")}
    assert 'x"y<z&' in targets


def test_an_index_folder_whose_name_is_not_utf8_builds_and_serves(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``WARTA_INDEX_DIR=$'…/b\\xff'`` gave a UnicodeEncodeError traceback: SQLite took the
    name of the compacted store as UTF-8 text."""
    index = tmp_path / os.fsdecode(b"indeks-\xff")
    code, out, err = run(capsys, index, tmp_path, "search", "altman", "--limit", "1")
    assert (code, err) == (0, "") and "1 of 2 articles" in out
    code, out, err = run(capsys, index, tmp_path, "show", "000_57ce1d9c2516dadd")
    assert (code, err) == (0, "") and "Elon Musk" in out


def test_one_saved_search_that_no_longer_runs_hides_no_other(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """A saved query this warta refuses (saved by another version, or the file edited) made
    ``warta saved`` print nothing but its error, exit 2: every other saved search was out
    of reach. It is now listed with "query error" (``new: null``), said once on stderr."""
    for name, query in (("baik", "musk"), ("rusak", "altman")):
        assert run(capsys, seeds_index, tmp_path, "search", "--save", name, query)[0] == 0
    with sqlite3.connect(tmp_path / "data" / "state.sqlite") as db:
        db.execute("UPDATE saved_searches SET query = 'altman AND' WHERE name = 'rusak'")
    db.close()
    code, out, err = run(capsys, seeds_index, tmp_path, "saved", "--json")
    assert code == 0 and err == "warta: saved search rusak: AND needs a word on each side\n"
    assert {row["name"]: row["new"] for row in json.loads(out)} == {"baik": 0, "rusak": None}
    code, out, _ = run(capsys, seeds_index, tmp_path, "saved")
    rows = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert code == 0 and rows["rusak"].endswith("query error") and rows["baik"].endswith(" 0")


async def test_a_long_paste_fills_the_search_bar_only_up_to_a_query(
    seeds_service: SearchService,
) -> None:
    """A 100 KB paste holding escape sequences reaches the app as tens of thousands of key
    presses (Textual's parser reissues what follows an ESC as keys), each inserted into an
    ever longer value: the explorer froze for minutes at 850 MB. The bar now holds one
    character more than a query may have, so each key past it costs nothing, and a plain
    paste is cut there too; either way the status line says the query is too long."""
    from textual._xterm_parser import XTermParser

    hostile = ("musk \x1b]52;c;UEFTVEVE\x07 [bold]x[/bold] " * 400)[:5_000]
    pasted = list(XTermParser().feed(f"\x1b[200~{hostile}\x1b[201~"))
    assert sum(isinstance(event, events.Key) for event in pasted) > 3_000
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        for event in pasted:
            app.post_message(event)
        await settle(pilot)
        assert len(screen.search_bar.value) == MAX_QUERY_CHARS + 1
        screen.search_bar.value = ""
        await settle(pilot)
        screen.search_bar.post_message(events.Paste("musk " * 20_000))
        await pilot.press("enter")
        await settle(pilot)
        assert len(screen.search_bar.value) == MAX_QUERY_CHARS + 1
        assert "the query is too long" in str(screen.query_one("#status").render())


@pytest.mark.parametrize("columns", ["0", "1"])
def test_a_zero_or_tiny_columns_loses_no_output(
    capsys: pytest.CaptureFixture[str],
    seeds_index: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    columns: str,
) -> None:
    """``COLUMNS=0`` (set by some CI runners) printed nothing at all, exit 0; a column or
    two left the entity table with empty cells. Output is laid out 20 columns wide at least."""
    monkeypatch.setenv("COLUMNS", columns)
    code, out, _ = run(capsys, seeds_index, tmp_path, "search", "altman", "--limit", "1")
    assert code == 0 and out.split()[:3] == ["1.", "Hubungan", "Sam"]
    assert out.splitlines()[-1] == "1 of 2 articles"
    code, out, _ = run(capsys, seeds_index, tmp_path, "entities")
    assert code == 0 and out.splitlines()[1].split()[2:4] == ["5", "74"]  # Elon Musk's counts


@pytest.mark.parametrize("command", [("history",), ("tag", "000_57ce1d9c2516dadd", "baca")])
def test_a_data_dir_that_is_a_file_says_so_in_words(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    """``WARTA_DATA_DIR=~/notes.txt`` said "[Errno 17] File exists: '…/notes.txt'"."""
    notes = tmp_path / "notes.txt"
    notes.write_text("punya saya\n", "utf-8")
    index = ["--corpus", str(bundled_seeds()), "--index-dir", str(seeds_index)]
    code = main([*index, "--data-dir", str(notes), *command])
    _, err = capsys.readouterr()
    assert (code, err) == (
        2,
        f"warta: cannot use the workspace {notes}/state.sqlite: Not a directory\n",
    )
    assert notes.read_text("utf-8") == "punya saya\n"


def test_a_markdown_export_links_only_web_addresses(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An article's ``url`` is a stranger's: the Markdown citation made
    ``<javascript:alert(document.cookie)>`` a link to click, and ``data:`` too. Only an
    address the explorer's ``w`` would open (http, https) is a link, ``<`` quoted; any
    other stays text, escaped."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    urls = {
        "jahat": "javascript:alert(document.cookie)",
        "data": "data:text/html,<script>alert(1)</script>",
        "baik": "https://contoh.id/a?b=1&c=<2>",
    }
    lines = (
        json.dumps({"id": key, "title": key, "text": f"Harga cabai {key}.", "url": url})
        for key, url in urls.items()
    )
    (corpus / "berita.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*args, "export", "cabai", "--format", "md"]) == 0
    cited = {line.split("**")[1]: line for line in capsys.readouterr().out.splitlines()}
    assert ", <https://contoh.id/a?b=1&c=%3C2%3E> (" in cited["baik"]
    assert ", javascript:alert(document.cookie) (" in cited["jahat"]
    assert ", data:text/html,\\<script\\>alert(1)\\</script\\> (" in cited["data"]
    assert not [line for line in cited.values() if "<javascript" in line or "<data" in line]


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("export", "musk", "-o", ""), "-o"),
        (("export", "musk", "-o", " "), "-o"),
        (("related-entities", "musk", "--edges", ""), "--edges"),
    ],
)
def test_a_blank_file_name_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
    seeds_index: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    option: str,
) -> None:
    """``-o ''`` exported to stdout, ``-o ' '`` to a file named " ", and ``--edges ''`` wrote
    no file: each without a word, as if the file had been written."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, seeds_index, tmp_path, *args)
    assert (code, out, err) == (2, "", f"warta: usage error: {option} needs a file name\n")
    assert not (tmp_path / " ").exists()


def test_a_lang_warta_has_no_interface_in_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``--lang xx`` answered in English without a word; a locale naming a language warta
    lacks still falls back to English quietly, as it covers every program."""
    code, out, err = run(capsys, seeds_index, tmp_path, "--lang", "xx", "search", "altman")
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert "--lang xx" in err and "en, id" in err
    code, out, err = run(capsys, seeds_index, tmp_path, "--lang", "id_ID.UTF-8", "search", "x")
    assert code == 0 and err == ""


def test_a_history_filter_that_matches_nothing_says_so(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``warta history TEXT`` with no match said "No searches yet" after searches."""
    assert run(capsys, seeds_index, tmp_path, "search", "altman")[0] == 0
    code, out, _ = run(capsys, seeds_index, tmp_path, "history", "zebra")
    assert code == 0 and out.strip() == "No search in the history contains zebra"
    code, out, _ = run(capsys, seeds_index, tmp_path, "history")
    assert code == 0 and "altman" in out
