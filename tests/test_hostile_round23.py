"""Hostile input, round twenty-three: round twenty-two's leftovers (``warta saved`` running
every saved query, SQLite's own words for a data folder it cannot use), then a fresh pass.
Each test failed before its fix."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui.cli import main

from tests.conftest import SEEDS

# -- 1. warta saved runs only the searches that can have anything new -----------------------------


def _counting_searches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries ``warta saved`` runs from now on."""
    ran: list[str] = []
    newest = SearchService.newest_ids

    def counted(self: SearchService, query: str, limit: int) -> list[str]:
        ran.append(query)
        return newest(self, query, limit)

    monkeypatch.setattr(SearchService, "newest_ids", counted)
    return ran


def _listed(capsys: pytest.CaptureFixture[str], flags: list[str]) -> dict[str, int | None]:
    capsys.readouterr()
    assert main([*flags, "saved", "--json"]) == 0
    return {row["name"]: row["new"] for row in json.loads(capsys.readouterr().out)}


def test_saved_searches_opened_on_this_index_are_not_run_again(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``warta saved`` ran every saved query to count what is new, about 2.5 ms of CPU
    each (2,000 saved searches: 11.7 s). A search saved or opened on the index as it still
    is has nothing new: it is not run. One naming a field (``tag:`` reads the workspace,
    which changes without the index) still runs; after an update, every one runs once,
    and the next listing on that index runs only those with something new."""
    corpus = tmp_path / "berita"
    shutil.copytree(SEEDS, corpus)
    flags = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    flags += ["--data-dir", str(tmp_path / "data")]
    for name, query in (("musk", "musk"), ("banjir", "banjir bandung"), ("tag", "tag:penting")):
        assert main([*flags, "search", "--save", name, query]) == 0
    assert main([*flags, "saved", "banjir"]) == 0
    ran = _counting_searches(monkeypatch)
    assert _listed(capsys, flags) == {"banjir": 0, "musk": 0, "tag": 0}
    assert ran == ["tag:penting"]

    article = "Banjir di Bandung\n\nBanjir melanda Bandung pada Senin pagi setelah hujan deras.\n"
    (corpus / "zz_banjir.txt").write_text(article, encoding="utf-8")
    assert main([*flags, "index"]) == 0
    ran.clear()
    assert _listed(capsys, flags) == {"banjir": 1, "musk": 0, "tag": 0}
    assert sorted(ran) == ["banjir bandung", "musk", "tag:penting"]
    ran.clear()
    assert _listed(capsys, flags) == {"banjir": 1, "musk": 0, "tag": 0}
    assert sorted(ran) == ["banjir bandung", "tag:penting"]
    assert main([*flags, "saved", "banjir"]) == 0
    ran.clear()
    assert _listed(capsys, flags) == {"banjir": 0, "musk": 0, "tag": 0}
    assert ran == ["tag:penting"]


async def test_the_explorers_saved_list_runs_only_what_can_have_news(
    monkeypatch: pytest.MonkeyPatch, seeds_service: SearchService, tmp_path: Path
) -> None:
    """The explorer's list of saved searches (J) ran every query to count what is new, as
    ``warta saved`` did; now as ``warta saved`` does: one saved on the index as it is
    counts 0 unrun, one naming a field (``title:``) runs."""
    from warta.search.workspace import Workspace, results_seen
    from warta.tui.app import WartaApp

    from tests.test_tui_flows import SIZE, search
    from tests.test_tui_workspace import saved_list

    with Workspace(tmp_path) as workspace:
        for name, query in (("musk", "musk"), ("judul", "title:musk")):
            workspace.save_search(name, query, *results_seen(seeds_service, query))
    ran = _counting_searches(monkeypatch)
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "openai")
        ran.clear()
        listing = await saved_list(app, pilot)
        shown = [str(listing.option_list.get_option_at_index(n).prompt) for n in range(2)]
    assert all("0 new" in line for line in shown), shown
    assert ran == ["title:musk"]


# -- 2. a data folder where no file can be made ----------------------------------------------------


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("command", [["tag", "000", "penting"], ["search", "musk"]])
def test_a_data_folder_that_takes_no_file_says_so_and_what_to_do(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, command: list[str]
) -> None:
    """``--data-dir /proc/self`` (a folder where the system makes no file) said SQLite's
    "cannot use the workspace /proc/self/state.sqlite: unable to open database file". Now
    one line names the folder, the system's reason and what to do."""
    flags = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index), "--data-dir", "/proc/self"]
    main([*flags, *command])
    (line,) = capsys.readouterr().err.splitlines()
    assert "cannot make the workspace in /proc/self" in line, line
    assert "(No such file or directory)" in line or "(Permission denied)" in line, line
    assert "give another --data-dir" in line
    assert "unable to open" not in line


# -- 3. a FIFO, a socket or a device in place of the workspace's file ------------------------------


def _socket(path: Path) -> None:
    import socket

    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))


@pytest.mark.parametrize("kind", ["fifo", "socket", "device"])
def test_a_workspace_file_that_is_no_regular_file_is_named(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path, kind: str
) -> None:
    """``state.sqlite`` a FIFO, a socket, or a link to /dev/null (a restore or a script gone
    wrong): SQLite's "disk I/O error" or "unable to open database file", which sent the user
    looking at the disk. Now the line says what the file is; the file is left as it is."""
    data = tmp_path / "data"
    data.mkdir()
    state = data / "state.sqlite"
    if kind == "fifo":
        os.mkfifo(state)
    elif kind == "socket":
        _socket(state)
    else:
        state.symlink_to("/dev/null")
    flags = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index), "--data-dir", str(data)]
    assert main([*flags, "tag", "000", "penting"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert f"{state}: not a regular file (FIFO, device or socket)" in line, line
    assert main([*flags, "search", "musk"]) == 0
    assert "not a regular file" in capsys.readouterr().err
    assert not stat.S_ISREG(os.stat(state).st_mode)


# -- 4. a corpus folder inside an index generation -------------------------------------------------


@pytest.mark.parametrize("below", ["", "berita"])
def test_a_corpus_inside_an_index_generation_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, below: str
) -> None:
    """``warta index --corpus INDEX/gen-…`` (a path copied from the cache folder) read none
    of the index's own files, so it emptied the index ("0 articles indexed … 5 deleted");
    a corpus folder made inside a generation is removed with it by the next update. Now
    one line, before anything is written; the index still serves its articles."""
    index = tmp_path / "index"
    assert main(["--corpus", str(SEEDS), "--index-dir", str(index), "index"]) == 0
    (generation,) = index.glob("gen-*")
    corpus = generation / below if below else generation
    if below:
        shutil.copytree(SEEDS, corpus)
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(index), "index"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert f"it is inside the index generation {generation}" in line, line
    assert [*index.glob("gen-*")] == [generation]
    # ``search`` builds first: one line, not "building it again first" and then why not.
    assert main(["--corpus", str(corpus), "--index-dir", str(index), "search", "musk"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "inside the index generation" in line, line
    flags = ["--corpus", str(SEEDS), "--index-dir", str(index), "search", "musk", "--json"]
    assert main(flags) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 5


# -- 5. an export into a folder where the system makes no file -------------------------------------


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("target", ["/proc/self/status", "/proc/self/hasil.csv"])
def test_an_export_where_no_file_can_be_made_names_the_folder(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, target: str
) -> None:
    """``export -o /proc/self/status --force`` said "cannot write /proc/self/status: No
    such file or directory" of a file that is there (the export's temporary file beside
    it cannot be made). Now the line names the folder and what to do."""
    flags = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index)]
    assert main([*flags, "export", "musk", "-o", target, "--force"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "the system makes no file in /proc/self" in line, line
    assert "a folder of your own" in line
