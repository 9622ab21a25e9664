"""Hostile input, round eighteen: round seventeen's two leftovers (a path pasted with its
quotes into the export prompt, an option abbreviated with another dash), then new cases of
the settings file, the workspace and index folders, long fields and concurrent use. Each
test failed before its fix."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui.cli import main

from tests.conftest import SEEDS

ARTICLE = "000_57ce1d9c2516dadd"


def _common(seeds_index: Path) -> list[str]:
    return ["--corpus", str(SEEDS), "--index-dir", str(seeds_index)]


# -- 1. the export prompt: a path pasted with its quotes -----------------------------------------


@pytest.mark.parametrize(
    "pasted",
    [
        "'{folder}/hasil banjir.csv'",  # a terminal's drag and drop
        '"{folder}/hasil banjir.csv"',  # a file manager's "copy path"
        " \u201c{folder}/hasil banjir.csv\u201d ",  # a chat's smart quotes
        "'{folder}'/'hasil banjir.csv'",  # quoted in parts, as a shell reads it
    ],
)
async def test_a_path_pasted_with_its_quotes_is_the_path_inside_them(
    seeds_service: SearchService, tmp_path: Path, pasted: str
) -> None:
    """``x``, then a path pasted with its quotes: refused as "there is no folder '/tmp";
    now the file inside the quotes is written, as a shell would read the path."""
    from textual.widgets import Input
    from warta.tui.app import WartaApp

    from tests.test_tui_flows import SIZE, search, settle

    app = WartaApp(seeds_service, data_folder=tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        await pilot.press("x")
        await settle(pilot)
        app.screen.query_one("#answer", Input).value = pasted.format(folder=tmp_path)
        await pilot.press("enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
    assert ARTICLE in (tmp_path / "hasil banjir.csv").read_text("utf-8")


@pytest.mark.parametrize(
    ("pasted", "said"),
    [
        ("'/tmp/hasil.csv", "do not close"),
        ("\u201c/tmp/hasil.csv", "do not close"),
        ("'/tmp/a.csv' '/tmp/b.csv'", "names more than one file"),
        ("''", "name the file to write"),
    ],
)
def test_quotes_that_name_no_one_file_are_said_in_the_prompt(pasted: str, said: str) -> None:
    """What the prompt's check says (the prompt stays open with it)."""
    from warta.search.errors import WartaError
    from warta.tui.screens.workspace import export_path

    with pytest.raises(WartaError, match=said):
        export_path(pasted)


# -- 2. an option abbreviated with another dash ---------------------------------------------------


@pytest.mark.parametrize("typed", ["\u2014lim", "\u2013li", "\u2212\u2212lim", "\u2014lim=1"])
def test_an_abbreviated_option_with_another_dash_is_read_as_argparse_reads_it(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, typed: str
) -> None:
    """``warta search —lim 1 musk``: ``--lim 1`` is ``--limit 1`` to argparse, but with an
    em dash it searched for the words "lim", "1" and "musk"."""
    words = [typed, "musk"] if "=" in typed else [typed, "1", "musk"]
    assert main([*_common(seeds_index), "search", *words, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["query"] == "musk" and len(found["hits"]) == 1


def test_an_ambiguous_abbreviation_with_another_dash_is_refused_as_argparse_does(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """``—l`` starts ``--limit`` and ``--lang``: one line, as for ``--l``; a dashed word
    that starts no option of the command stays a word (``—elon``; ``—edges`` is an
    option of ``export`` only)."""
    assert main([*_common(seeds_index), "search", "\u2014l", "1", "musk"]) == 2
    err = capsys.readouterr().err
    assert "ambiguous option" in err and len(err.strip().splitlines()) == 1
    for word in ("\u2014elon", "\u2014edges"):
        assert main([*_common(seeds_index), "search", word, "musk", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["query"] == f"{word} musk"


# -- 3. long fields of a .jsonl -------------------------------------------------------------------


def _jsonl_corpus(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [json.dumps(row) for row in rows]
    (corpus / "berita.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return corpus


def test_an_id_of_a_whole_text_is_replaced_by_the_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A ``.jsonl`` whose ``id`` holds 100,000 characters (a text pasted into the wrong
    column): the id was shown whole, 1,250 lines in every hit list. Now the line is
    ``FILE:LINE``, said once when indexed."""
    long_id = "berita-longsor-" * 7000
    corpus = _jsonl_corpus(
        tmp_path, [{"id": long_id, "title": "Longsor", "text": "Longsor di Bogor pada Kamis."}]
    )
    common = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*common, "index"]) == 0
    err = capsys.readouterr().err
    assert "line 1: an id of 105000 characters" in err and "using berita:1" in err
    assert main([*common, "search", "longsor"]) == 0
    out = capsys.readouterr().out
    assert "berita:1" in out and len(out.splitlines()) < 10


def test_a_source_and_author_of_a_whole_text_are_cut_as_a_title_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``source`` and ``author`` of 200,000 characters: ``warta show`` printed 5,000 lines
    of header before the article."""
    corpus = _jsonl_corpus(
        tmp_path,
        [
            {
                "id": "k2",
                "title": "Gempa di Palu",
                "text": "Gempa mengguncang Palu pada Jumat pagi.",
                "source": "Sumber " * 30000,
                "author": "Penulis " * 25000,
            }
        ],
    )
    common = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*common, "show", "k2"]) == 0
    out = capsys.readouterr().out
    assert "Gempa mengguncang Palu" in out and len(out) < 2000


# -- 4. [keys]: a key Textual never reports in that spelling --------------------------------------


@pytest.mark.parametrize("written", ["shift+ctrl+t", "ctrl+ctrl+t", "ctrl+T", "shift+ctrl+T"])
async def test_a_key_with_its_modifiers_in_another_order_or_case_still_works(
    seeds_service: SearchService, tmp_path: Path, written: str
) -> None:
    """``theme = "shift+ctrl+t"`` bound nothing (Textual reports ``ctrl+shift+t``, and
    compares names as written), or was refused as a key that "would run as you type";
    ``ctrl+T`` and ``ctrl+ctrl+t`` bound nothing, without a word."""
    from types import MappingProxyType

    from warta.tui.app import WartaApp
    from warta.tui.config import load_settings

    from tests.test_tui_flows import SIZE

    path = tmp_path / "config.toml"
    path.write_text(f'[keys]\n"warta.screen.theme" = "{written}"\n', "utf-8")
    keys = load_settings(path).keys
    pressed = "ctrl+shift+t" if "shift" in written else "ctrl+t"
    assert keys == MappingProxyType({"warta.screen.theme": pressed})
    app = WartaApp(seeds_service, settings=load_settings(path))
    async with app.run_test(size=SIZE) as pilot:
        theme = app.theme
        await pilot.press(pressed)
        assert app.theme != theme


# -- 5. a half-deleted index ----------------------------------------------------------------------


def test_an_index_missing_a_segment_file_is_rebuilt_by_the_next_update(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A file of the live generation deleted (a cleaner, a half-finished ``rm``): a search
    said "damaged …; run `warta index --rebuild`", but ``warta index`` said "cannot write
    the index: No such file or directory" and repaired nothing. Now it rebuilds, saying why."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    common = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*common, "index"]) == 0
    (postings,) = (tmp_path / "index").glob("gen-*/*.pst")
    postings.unlink()
    capsys.readouterr()
    assert main([*common, "index"]) == 0
    err = capsys.readouterr().err
    assert "could not be updated" in err and "rebuilt it" in err
    assert main([*common, "search", "musk", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["hits"]) == 5


# -- 6. a corpus folder given twice ---------------------------------------------------------------


def test_a_corpus_folder_given_twice_keeps_its_index(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--corpus A --corpus A`` (a shell alias adding one, a script another), then
    ``--corpus A``: each switch said "the index was made … for other folders: building it
    again first" and built the whole index again."""
    index = ["--index-dir", str(tmp_path / "index")]
    assert main(["--corpus", str(SEEDS), *index, "index"]) == 0
    capsys.readouterr()
    for corpus in (["--corpus", str(SEEDS)] * 2, ["--corpus", f"{SEEDS}/"]):
        assert main([*corpus, *index, "search", "musk"]) == 0
        assert "building it again" not in capsys.readouterr().err


# -- 7. the settings file: a key of the file's whole size ------------------------------------------


def test_an_unknown_setting_of_900_kb_is_said_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A settings file of one unknown key 900 KB long (under the 1 MB limit): warta looked
    for its line with a pattern made of the key, 2.7 MB, and every command took 7 s and
    280 MB to say "unknown setting". The line is now found as text."""
    import time

    from warta.tui.config import _line_of

    key = "kunci" * 180_000
    text = f'page_size = 5\n"{key}" = 1\n'
    started = time.perf_counter()
    assert _line_of(text, None, key) == 2
    assert time.perf_counter() - started < 0.5
    path = tmp_path / "config.toml"
    path.write_text(text, "utf-8")
    assert main(["--config", str(path), "config", "--show"]) == 2
    err = capsys.readouterr().err
    assert "line 2: unknown setting kunci" in err and len(err) < 400


# -- 8. the editor's copy: a link in warta's edits folder -----------------------------------------


@pytest.mark.parametrize("target_exists", [False, True])
def test_a_link_in_the_edits_folder_is_not_written_through(
    tmp_path: Path, target_exists: bool
) -> None:
    """``O`` on an article with no file of its own writes a copy into warta's ``edits``
    folder. A symbolic link there under the copy's name (dangling, or to a file
    elsewhere) made warta create the copy where it pointed, or the editor edit that file.
    Now it is refused (the explorer says "Could not run …: a symbolic link, not a regular
    file") and nothing outside is written."""
    from warta.search.model import Article
    from warta.tui.outside import copy_name, for_editor

    edits = tmp_path / "edits"
    edits.mkdir()
    outside = tmp_path / "luar.txt"
    if target_exists:
        outside.write_text("jangan disunting\n", "utf-8")
    (edits / copy_name("berita:1")).symlink_to(outside)
    article = Article(id="berita:1", title="Judul", body="Isi.", path=str(tmp_path / "b.jsonl"))
    with pytest.raises(OSError, match="symbolic link"):
        for_editor(article, "Judul\n\nIsi.", edits)
    assert outside.exists() == target_exists
    if target_exists:
        assert outside.read_text("utf-8") == "jangan disunting\n"


# -- 9. the settings file: a binding written outside [keys] ---------------------------------------


def test_a_binding_above_the_keys_table_says_where_it_belongs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``"warta.app.quit" = "f2"`` above ``[keys]`` (or with the table forgotten) was
    "unknown setting warta.app.quit (the settings are: corpus, language, …)": the binding
    ids are in none of them, and the file looked right."""
    path = tmp_path / "config.toml"
    path.write_text('page_size = 20\n"warta.app.quit" = "f2"\n[keys]\n', "utf-8")
    assert main(["--config", str(path), "config", "--show"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("line 2: warta.app.quit is a key binding: put it under [keys]")


# -- 10. two warta on one index: a rebuild published during a search ------------------------------


@pytest.mark.parametrize("first", [True, False])
def test_a_search_during_which_another_process_publishes_a_rebuild_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: bool
) -> None:
    """``warta search`` while another warta rebuilt the index: a search that looked at the
    index again midway (for an ``entity:`` of its query) reopened it on the new generation
    and closed the searcher it was still reading, and said "the index … is damaged
    (TypeError); run `warta index --rebuild`" (one search in 14 under a rebuild of 380
    articles). The first search of a process opened the stored fields only once it listed
    the hits, by then removed with the old generation, and said the same. A call of the
    service now reads one state of the index throughout, and is read again, once, from the
    state now live when the one it read was replaced under it."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    index = tmp_path / "index"
    service = SearchService([corpus], index)
    service.update()
    if not first:
        assert service.search("musk").total == 5  # this thread's view is open
    other = SearchService([corpus], index)  # another process's
    original = SearchService._alternatives
    published: list[bool] = []

    def rebuilt_meanwhile(self: SearchService, text: str, searcher: object) -> object:
        if self is service and not published:
            other.update(rebuild=True)
            published.append(True)
        return original(self, text, searcher)

    monkeypatch.setattr(SearchService, "_alternatives", rebuilt_meanwhile)
    result = service.search("entity:openai musk")
    assert published and result.error is None, result.error
    assert ARTICLE in {hit.id for hit in result.hits}
    assert service.search("musk").total == 5  # the next call reads the new generation
    other.close()
    service.close()
