"""The user's workspace through the command line: saved searches with what is new since
they were opened, tags and stars, and a state file that two processes share and a kill -9
cannot corrupt."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from warta.search.workspace import FILE_NAME, NAME_LIMIT, SCHEMA_VERSION, Workspace
from warta.tui.cli import main

SAM = "002_c0de79780e8f4f90"
MUSK = "001_6e86bfa91c2c7f27"


@pytest.fixture()
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The workspace folder; the environment points elsewhere, so the flag must win."""
    monkeypatch.setenv("WARTA_DATA_DIR", str(tmp_path / "not-this-one"))
    return tmp_path / "data"


def run(
    capsys: pytest.CaptureFixture[str], index: Path, data: Path, *args: str
) -> tuple[int, str, str]:
    code = main(["--index-dir", str(index), "--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def saved_list(capsys: pytest.CaptureFixture[str], index: Path, data: Path, *args: str) -> list:
    code, out, err = run(capsys, index, data, *args, "saved", "--json")
    assert code == 0, err
    return list(json.loads(out))


def test_saved_search_counts_new_articles_until_opened(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path, data: Path
) -> None:
    index = tmp_path / "index"
    on_corpus = ("--corpus", str(corpus))
    code, out, err = run(capsys, index, data, *on_corpus, "search", "--save", "cabai", "cabai")
    assert code == 0 and "No article matches" in out and "cabai" in err
    (corpus / "baru.txt").write_text("Harga cabai melonjak\n\nHarga cabai rawit naik.\n", "utf-8")
    (corpus / "lagi.txt").write_text("Cabai langka\n\nPasokan cabai berkurang.\n", "utf-8")
    assert run(capsys, index, data, *on_corpus, "index")[0] == 0

    [saved] = saved_list(capsys, index, data, *on_corpus)
    assert saved["name"] == "cabai" and saved["query"] == "cabai" and saved["new"] == 2
    code, out, _ = run(capsys, index, data, *on_corpus, "saved")
    assert code == 0 and "cabai" in out and out.splitlines()[1].split()[-1] == "2"

    code, out, _ = run(capsys, index, data, *on_corpus, "saved", "cabai")
    assert code == 0 and "Harga cabai melonjak" in out and "Cabai langka" in out
    [opened] = saved_list(capsys, index, data, *on_corpus)
    assert opened["new"] == 0 and opened["opened"] >= saved["opened"]
    assert not (tmp_path / "not-this-one").exists()


def test_saving_again_under_a_name_replaces_the_search(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    assert run(capsys, seeds_index, data, "search", "--save", "ai", "grok")[0] == 0
    assert run(capsys, seeds_index, data, "search", "--save", "ai", "altman")[0] == 0
    [saved] = saved_list(capsys, seeds_index, data)
    assert saved["query"] == "altman" and saved["new"] == 0


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("", "visible character"),
        ("\x1b[2J\t ", "visible character"),
        ("x" * (NAME_LIMIT + 1), f"at most {NAME_LIMIT} characters"),
    ],
)
def test_a_bad_saved_search_name_is_one_line_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path, name: str, says: str
) -> None:
    code, out, err = run(capsys, seeds_index, data, "search", "--save", name, "musk")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err and "\x1b" not in err
    assert saved_list(capsys, seeds_index, data) == []


def test_a_saved_search_name_is_stored_clean(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    assert run(capsys, seeds_index, data, "search", "--save", "\x1b[31mmerah\x07", "musk")[0] == 0
    code, out, _ = run(capsys, seeds_index, data, "saved")
    assert code == 0 and "merah" in out and "\x1b" not in out and "\x07" not in out
    assert run(capsys, seeds_index, data, "saved", "merah")[0] == 0


def test_an_unknown_saved_search_is_one_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    code, out, err = run(capsys, seeds_index, data, "saved", "nothing-here")
    assert code == 2 and out == ""
    assert err == "warta: no saved search named nothing-here\n"


def test_tags_and_stars_on_articles(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    for article in (SAM, MUSK):
        assert run(capsys, seeds_index, data, "tag", article, "openai")[0] == 0
    assert run(capsys, seeds_index, data, "tag", MUSK, "tesla")[0] == 0
    code, out, _ = run(capsys, seeds_index, data, "tag", MUSK, "tesla")
    assert code == 0 and "already" in out
    code, out, _ = run(capsys, seeds_index, data, "tags", "--json")
    assert json.loads(out) == [{"tag": "openai", "articles": 2}, {"tag": "tesla", "articles": 1}]

    assert run(capsys, seeds_index, data, "untag", MUSK, "openai")[0] == 0
    code, out, _ = run(capsys, seeds_index, data, "tags")
    assert code == 0
    assert [line.split() for line in out.splitlines()[1:]] == [["openai", "1"], ["tesla", "1"]]

    code, out, _ = run(capsys, seeds_index, data, "star", SAM)
    assert code == 0 and "Starred" in out
    code, out, _ = run(capsys, seeds_index, data, "unstar", SAM)
    assert code == 0 and "Removed the star" in out
    code, out, _ = run(capsys, seeds_index, data, "unstar", SAM)
    assert code == 0 and "has no star" in out


def test_a_tag_is_the_same_tag_in_any_case(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    """``tag:penting`` finds Penting, so tagging, untagging and the list of tags treat
    case alike too: one tag, kept as first written, removed however it is typed."""
    assert run(capsys, seeds_index, data, "tag", MUSK, "Penting")[0] == 0
    code, out, _ = run(capsys, seeds_index, data, "tag", MUSK, "penting")
    assert code == 0 and out == f"{MUSK} already has tag Penting\n"
    assert run(capsys, seeds_index, data, "tag", SAM, "PENTING")[0] == 0
    code, out, _ = run(capsys, seeds_index, data, "tags", "--json")
    assert json.loads(out) == [{"tag": "Penting", "articles": 2}]

    code, out, _ = run(capsys, seeds_index, data, "untag", MUSK, "pénting")
    assert code == 0 and "has no tag" in out
    code, out, _ = run(capsys, seeds_index, data, "untag", MUSK, "penting")
    assert code == 0 and out == f"Removed tag Penting from {MUSK}\n"
    code, out, _ = run(capsys, seeds_index, data, "show", MUSK, "--json")
    assert json.loads(out)["tags"] == []
    code, out, _ = run(capsys, seeds_index, data, "untag", SAM, "Penting")
    assert code == 0 and out == f"Removed tag Penting from {SAM}\n"
    code, out, _ = run(capsys, seeds_index, data, "tags", "--json")
    assert json.loads(out) == []


def test_a_workspace_with_a_tag_in_two_cases_lists_it_once(data: Path) -> None:
    """Before tags were one in any case, an article could have Penting and penting."""
    with Workspace(data) as workspace:
        workspace.tag(MUSK, "Penting")
    with sqlite3.connect(data / FILE_NAME) as db:
        rows = [(MUSK, "penting", "9999-01-02"), (SAM, "penting", "9999-01-03")]
        db.executemany("INSERT INTO tags (article_id, tag, added) VALUES (?, ?, ?)", rows)
    with Workspace(data) as workspace:
        assert workspace.tags() == [("Penting", 2)]
        assert workspace.untag(MUSK, "PENTING") == "Penting"
        assert workspace.article_tags(MUSK) == []


def test_an_article_is_named_by_the_start_of_its_id(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    """Ids are long (``002_c0de79780e8f4f90``): as git takes a commit's first letters,
    every command that names an article takes the start of its id when only one fits."""
    assert run(capsys, seeds_index, data, "tag", "002", "openai")[1] == f"Tagged {SAM} openai\n"
    assert run(capsys, seeds_index, data, "star", "002_c0")[1] == f"Starred {SAM}\n"
    assert run(capsys, seeds_index, data, "note", "002", "dibaca")[0] == 0
    code, out, _ = run(capsys, seeds_index, data, "note", "002", "--json")
    assert json.loads(out) == {"id": SAM, "note": "dibaca"}
    code, out, _ = run(capsys, seeds_index, data, "show", "002", "--json")
    assert json.loads(out)["id"] == SAM and json.loads(out)["tags"] == ["openai"]
    code, out, _ = run(capsys, seeds_index, data, "like", "002", "--json")
    assert json.loads(out)["id"] == SAM
    assert run(capsys, seeds_index, data, "untag", "002", "openai")[1] == (
        f"Removed tag openai from {SAM}\n"
    )
    assert run(capsys, seeds_index, data, "unstar", "002")[1] == f"Removed the star from {SAM}\n"
    assert run(capsys, seeds_index, data, "note", "002", "--clear")[1] == (
        f"Removed the note from {SAM}\n"
    )

    code, out, err = run(capsys, seeds_index, data, "show", "00")
    assert code == 2 and out == ""
    assert err.startswith("warta: 00 starts several article ids: 000_") and err.count("\n") == 1


@pytest.mark.parametrize(
    "command", [("tag", "nope", "x"), ("untag", "nope", "x"), ("star", "nope"), ("unstar", "nope")]
)
def test_an_unknown_article_id_is_one_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path, command: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, seeds_index, data, *command)
    assert code == 2 and out == ""
    assert err == "warta: no article with id nope\n"


def test_a_tag_is_one_word(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    code, _, err = run(capsys, seeds_index, data, "tag", SAM, "two words")
    assert code == 2 and err == "warta: a tag is one word, without spaces: two words\n"


def test_rebuilding_the_index_keeps_the_workspace(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Path
) -> None:
    index = tmp_path / "index"
    assert run(capsys, index, data, "tag", SAM, "simpan")[0] == 0
    assert run(capsys, index, data, "star", SAM)[0] == 0
    assert run(capsys, index, data, "index", "--rebuild")[0] == 0
    assert (data / FILE_NAME).is_file()
    code, out, _ = run(capsys, index, data, "tags", "--json")
    assert code == 0 and json.loads(out) == [{"tag": "simpan", "articles": 1}]
    code, out, _ = run(capsys, index, data, "star", SAM)
    assert code == 0 and "already starred" in out


#: A child that tags SAM with ``count`` tags named after it, one write each, once told "go".
WRITER = """
import sys
from pathlib import Path
from warta.search.workspace import Workspace
label, count = sys.argv[2], int(sys.argv[3])
with Workspace(Path(sys.argv[1])) as workspace:
    print("ready", flush=True)
    sys.stdin.readline()
    for number in range(count):
        workspace.tag("%s", f"{label}{number}")
"""


def test_two_processes_write_at_once(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    count = 150
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER % SAM, str(data), label, str(count)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for label in ("a", "b")
    ]
    for writer in writers:  # both have the file open before either writes
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.close()
    for writer in writers:
        assert writer.wait(timeout=120) == 0, writer.stderr.read() if writer.stderr else ""
    code, out, _ = run(capsys, seeds_index, data, "tags", "--json")
    assert code == 0 and len(json.loads(out)) == 2 * count


#: A child that is one explorer's workspace: its WorkspaceThread, to which the explorer's
#: workers hand ``toggle_star`` (what ``!`` runs) for ``count`` articles of its own.
EXPLORER_STARRING = """
import sys
from concurrent.futures import wait
from functools import partial
from pathlib import Path
from textual.dom import DOMNode
from warta.tui.workspace import WorkspaceThread, toggle_star
label, count = sys.argv[2], int(sys.argv[3])
workspace = WorkspaceThread(Path(sys.argv[1]), DOMNode())
workspace.call(lambda workspace: workspace.schema_version)  # the connection is open
print("ready", flush=True)
sys.stdin.readline()
stars = [workspace.submit(partial(toggle_star, article_id=f"{label}{n}")) for n in range(count)]
wait(stars)
assert all(star.result().starred for star in stars)
workspace.close()
"""


def test_two_explorers_starring_at_once_keep_every_star(tmp_path: Path) -> None:
    """Two explorers open on one data folder, each starring through its WorkspaceThread
    while the other does: no star is lost, none fails on a locked database."""
    count = 150
    explorers = [
        subprocess.Popen(
            [sys.executable, "-c", EXPLORER_STARRING, str(tmp_path), label, str(count)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for label in ("a", "b")
    ]
    for explorer in explorers:  # both have the file open before either writes
        assert explorer.stdout is not None and explorer.stderr is not None
        ready = explorer.stdout.readline()
        assert ready == "ready\n", ready + (explorer.stderr.read() if not ready else "")
    for explorer in explorers:
        assert explorer.stdin is not None
        explorer.stdin.write("go\n")
        explorer.stdin.close()
    for explorer in explorers:
        assert explorer.wait(timeout=120) == 0, explorer.stderr.read() if explorer.stderr else ""
    with Workspace(tmp_path) as workspace:
        starred = set(workspace.starred())
    assert starred == {f"{label}{n}" for label in ("a", "b") for n in range(count)}


#: A child that replaces the saved search "kabar" and is killed before the write commits.
KILLED_WRITER = """
import os
import sys
from pathlib import Path
from warta.search.workspace import Workspace

remember = Workspace._remember

def remember_then_die(db, *rest):
    remember(db, *rest)
    os._exit(9)  # as a kill -9: no rollback, no close, no cleanup

Workspace._remember = staticmethod(remember_then_die)
with Workspace(Path(sys.argv[1])) as workspace:
    workspace.save_search("kabar", "grok", [f"id{n}" for n in range(1000)])
"""


def test_a_kill_during_a_write_loses_only_that_write(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    assert run(capsys, seeds_index, data, "search", "--save", "kabar", "altman")[0] == 0
    assert run(capsys, seeds_index, data, "tag", SAM, "tetap")[0] == 0
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(data)], capture_output=True, timeout=120
    )
    assert killed.returncode == 9, killed.stderr

    with sqlite3.connect(data / FILE_NAME) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    [saved] = saved_list(capsys, seeds_index, data)
    assert saved["query"] == "altman" and saved["new"] == 0
    code, out, _ = run(capsys, seeds_index, data, "tags", "--json")
    assert code == 0 and json.loads(out) == [{"tag": "tetap", "articles": 1}]


def test_a_workspace_from_a_newer_warta_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    assert run(capsys, seeds_index, data, "tags")[0] == 0
    with sqlite3.connect(data / FILE_NAME) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION + 1,))
    code, out, err = run(capsys, seeds_index, data, "tags")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "from a newer warta" in err


def test_a_damaged_workspace_file_is_one_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    data.mkdir()
    (data / FILE_NAME).write_bytes(b"not a database at all " * 100)
    code, out, err = run(capsys, seeds_index, data, "tags")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "cannot use the workspace" in err


def test_without_the_flag_the_workspace_is_in_warta_data_dir(
    capsys: pytest.CaptureFixture[str],
    seeds_index: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With no ``--data-dir``, ``WARTA_DATA_DIR`` says where the file goes."""
    folder = tmp_path / "from-environment"
    monkeypatch.setenv("WARTA_DATA_DIR", str(folder))
    assert main(["--index-dir", str(seeds_index), "star", SAM]) == 0
    assert "Starred" in capsys.readouterr().out
    assert (folder / FILE_NAME).is_file()


def test_a_search_saved_into_a_closed_pipe_is_kept(seeds_index: Path, tmp_path: Path) -> None:
    """``warta search --save NAME QUERY | head -1``: the reader goes away at the first hit,
    and the search was lost with it."""
    data = tmp_path / "data"
    command = [sys.executable, "-m", "warta.tui.cli", "--index-dir", str(seeds_index)]
    process = subprocess.Popen(
        [*command, "--data-dir", str(data), "search", "--save", "piped", "musk"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    process.stdout.close()  # every write hits EPIPE
    assert process.wait(timeout=120) == 0
    with Workspace(data) as workspace:
        assert workspace.saved_search("piped") is not None


def test_show_includes_the_articles_tags_star_and_note(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    """``show`` says what the user put on an article, as the reader's header does."""
    for command in (("tag", SAM, "openai"), ("tag", SAM, "gugatan"), ("star", SAM)):
        assert run(capsys, seeds_index, data, *command)[0] == 0
    assert run(capsys, seeds_index, data, "note", SAM, "cek", "[b]kutipan[/b]")[0] == 0
    code, out, _ = run(capsys, seeds_index, data, "show", SAM, "--json")
    shown = json.loads(out)
    assert code == 0
    assert (shown["tags"], shown["starred"], shown["note"]) == (
        ["gugatan", "openai"],
        True,
        "cek [b]kutipan[/b]",
    )
    code, out, _ = run(capsys, seeds_index, data, "show", SAM)
    assert code == 0
    assert "Starred · Tags: gugatan, openai" in out
    assert "Note: cek [b]kutipan[/b]" in out  # literally, not as markup
    code, out, _ = run(capsys, seeds_index, data, "show", MUSK, "--json")
    shown = json.loads(out)
    assert (shown["tags"], shown["starred"], shown["note"]) == ([], False, None)


def test_show_without_a_workspace_has_no_marks_and_creates_none(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    code, out, err = run(capsys, seeds_index, data, "show", SAM, "--json")
    shown = json.loads(out)
    assert code == 0 and err == ""
    assert (shown["tags"], shown["starred"], shown["note"]) == ([], False, None)
    code, out, err = run(capsys, seeds_index, data, "show", SAM)
    assert code == 0 and err == "" and "Starred" not in out and "Note:" not in out
    assert not data.exists()


def test_show_with_a_damaged_workspace_still_shows_the_article(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, data: Path
) -> None:
    data.mkdir()
    (data / "state.sqlite").write_bytes(b"not a database" * 100)
    code, out, err = run(capsys, seeds_index, data, "show", SAM, "--json")
    assert code == 0 and json.loads(out)["id"] == SAM
    assert err.startswith("warta: cannot use the workspace") and err.count("\n") == 1
