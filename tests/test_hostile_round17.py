"""Hostile input, round seventeen: round sixteen's leftover (an export when the workspace
cannot be opened), dashes and quotes a keyboard's autocorrect or a copied page puts in
command-line words, ids typed in another case or as a path, and new cases of files,
settings, the watcher and the explorer. Each test failed before its fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui.cli import main

from tests.conftest import SEEDS

ARTICLE = "000_57ce1d9c2516dadd"


def _common(seeds_index: Path, data: Path | None = None) -> list[str]:
    found = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index)]
    return found if data is None else [*found, "--data-dir", str(data)]


@pytest.fixture()
def broken_data(tmp_path: Path) -> Path:
    """A data folder whose workspace cannot be opened: the file is not a database."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "state.sqlite").write_text("bukan basis data " * 40)
    return folder


# -- 1. export when the workspace cannot be opened ----------------------------------------------


def test_an_export_of_a_query_runs_without_a_workspace_that_cannot_open(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, broken_data: Path, tmp_path: Path
) -> None:
    """``warta search musk`` runs when the workspace cannot be opened; ``warta export musk``
    refused, though its rows hold nothing of the workspace. Now it exports and says in one
    line that the workspace was left out; the broken file is left as it was."""
    before = (broken_data / "state.sqlite").read_bytes()
    target = tmp_path / "hasil.csv"
    assert main([*_common(seeds_index, broken_data), "export", "musk", "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert "exported without it" in err and "not a database" in err
    assert ARTICLE in target.read_text()
    assert (broken_data / "state.sqlite").read_bytes() == before

    assert main([*_common(seeds_index, broken_data), "export", "musk"]) == 0  # stdout too
    captured = capsys.readouterr()
    assert ARTICLE in captured.out and len(captured.err.strip().splitlines()) == 1


def test_an_export_that_needs_the_workspace_still_refuses_in_one_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, broken_data: Path, tmp_path: Path
) -> None:
    """``--tag`` and ``--saved`` are read from the workspace: a clear refusal, no file."""
    target = tmp_path / "hasil.csv"
    for source in (["--tag", "penting"], ["--saved", "musk"]):
        assert main([*_common(seeds_index, broken_data), "export", *source, "-o", str(target)])
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "cannot use the workspace" in err[0]
        assert not target.exists()


# -- 2. dashes and quotes of autocorrect in command-line words --------------------------------


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "\u2212\u2212", "\uff0d\uff0d"])
def test_an_option_written_with_another_dash_is_the_option(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, dash: str
) -> None:
    """``warta search —json musk`` (macOS and phones turn ``--`` into an em dash) searched
    for the word "json" and printed text: a script reading JSON got none, silently."""
    assert main([*_common(seeds_index), "search", f"{dash}json", "musk"]) == 0
    out = capsys.readouterr().out
    assert out.lstrip().startswith("{") and '"query": "musk"' in out


def test_an_output_file_written_with_an_em_dash_is_written(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``warta export musk —o FILE`` wrote the CSV to stdout, searching for "o" and the
    file's name as words; ``—limit=1`` limits."""
    target = tmp_path / "hasil.csv"
    assert main([*_common(seeds_index), "export", "musk", "\u2014o", str(target)]) == 0
    assert ARTICLE in target.read_text() and not capsys.readouterr().out
    assert main([*_common(seeds_index), "search", "musk", "\u2014limit=1", "\u2014json"]) == 0
    assert capsys.readouterr().out.count('"id"') == 1


def test_a_dashed_word_that_is_no_option_stays_a_word(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """``—elon`` names no option: it stays the query word it was (round fourteen)."""
    assert main([*_common(seeds_index), "search", "--json", "--", "\u2014json"]) == 0
    assert '"query": "\u2014json"' in capsys.readouterr().out


@pytest.mark.parametrize(
    "date",
    [
        "2023\u201304\u201315",
        "2023\u201404\u201415",
        "[2023\u201304\u201301 TO 2023\u201304\u201330]",
    ],
)
def test_a_date_written_with_en_dashes_is_the_date(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, date: str
) -> None:
    """``date:2023–04–15`` (a word processor's en dashes) was "not a date"."""
    assert main([*_common(seeds_index), "search", f"date:{date}", "--json"]) == 0
    assert ARTICLE in capsys.readouterr().out


# -- 3. ids in another case, in quotes, as a path -------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        ARTICLE.upper(),
        "000_57CE",
        f"\u201c{ARTICLE}\u201d",
        f'"{ARTICLE}"',
        "\u2018000_57ce\u2019",
        f" \u00ab{ARTICLE.upper()}\u00bb ",
        f"{SEEDS}/{ARTICLE}",
    ],
)
def test_an_id_in_another_case_in_quotes_or_as_a_path_is_the_article(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, typed: str
) -> None:
    """``warta show 000_57CE…`` (an id copied from a spreadsheet that capitalised it),
    ``show “000_57ce…”`` (copied from a chat with its quotes) and ``show seeds/000_57ce…``
    (a path without its extension) were "no article with id …"."""
    assert main([*_common(seeds_index), "show", typed, "--json"]) == 0
    assert f'"id": "{ARTICLE}"' in capsys.readouterr().out


@pytest.mark.parametrize("typed", ["\u201c\u201d", "ZZZ_57CE", f"{SEEDS}/", "/"])
def test_what_names_no_article_is_still_one_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, typed: str
) -> None:
    assert main([*_common(seeds_index), "show", typed]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no article with id" in err[0]


# -- the watcher: a file name that is not UTF-8 ----------------------------------------------


def test_a_file_name_that_is_not_utf8_keeps_the_watch_and_is_indexed(tmp_path: Path) -> None:
    """A program of another encoding saves ``berita\\xff.txt`` into a watched corpus:
    watchfiles raised "Unable to decode path", the watcher's thread ended with it, and the
    explorer indexed nothing more without a word. Now that folder is read again (the file
    is indexed under its digest name) and later changes are still seen."""
    from warta.search.service import SearchService

    from tests.test_watch import first_write_seen, watched

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    service = SearchService([corpus], tmp_path / "index")
    with watched(corpus) as changes:
        first_write_seen(corpus, changes)
        name = os.path.join(os.fsencode(corpus), b"berita\xff.txt")
        with open(name, "wb") as article:
            article.write(b"Berita\n\nBanjir bandang melanda Garut pada Selasa.\n")
        seen: set[str] = set()
        while not any(os.path.abspath(path) == str(corpus) for path in seen):
            seen = changes.get(timeout=30)
        service.update(changed=seen)
        assert [hit.title for hit in service.search("garut").hits] == ["Berita"]

        # Seen as the file, or as its folder read again: a late event of the first file
        # may end the watch once more, and the folder read after it holds the new file.
        (corpus / "lanjut.txt").write_text("Lanjut\n\nGunung Merapi erupsi lagi.\n", "utf-8")
        while not service.search("merapi").hits:
            service.update(changed=changes.get(timeout=30))
        assert [hit.title for hit in service.search("merapi").hits] == ["Lanjut"]
    service.close()


def test_a_file_named_with_a_byte_that_is_not_utf8_is_shown_by_its_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``warta show berita$'\\xff'.txt`` (the name a shell completes) was "no article":
    the article's id carries a digest of the raw name, which the cleaned name lost."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    raw = os.path.join(os.fsencode(corpus), b"berita\xff.txt")
    with open(raw, "wb") as article:
        article.write(b"Berita Garut\n\nBanjir bandang melanda Garut pada Selasa.\n")
    common = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*common, "index"]) == 0
    capsys.readouterr()
    for typed in (os.fsdecode(raw), "berita\udcff.txt"):
        assert main([*common, "show", typed, "--json"]) == 0
        assert '"title": "Berita Garut"' in capsys.readouterr().out


# -- the explorer's editor: an article file swapped for a link --------------------------------


def test_an_article_swapped_for_a_link_is_edited_in_a_copy_not_at_the_target(
    tmp_path: Path,
) -> None:
    """Indexed, then the file replaced by a symlink to a file outside the corpus (another
    user's doing in a shared folder): ``O`` gave the editor the link, and the user edited
    the outside file in place. The index reads no such link; the editor now gets a copy."""
    from warta.search.model import Article
    from warta.tui.outside import for_editor

    outside = tmp_path / "rahasia.txt"
    outside.write_text("jangan disunting\n", "utf-8")
    source = tmp_path / "corpus" / "berita.txt"
    source.parent.mkdir()
    source.symlink_to(outside)
    article = Article(id="berita", title="Judul", body="Isi artikel.", path=str(source))
    handover = for_editor(article, "Judul\n\nIsi artikel.", tmp_path / "edits")
    assert not handover.in_place and handover.path.parent == tmp_path / "edits"
    assert handover.path.read_text("utf-8") == "Judul\n\nIsi artikel.\n"


# -- the explorer's export prompt, the working folder deleted ----------------------------------


async def test_export_after_the_working_folder_was_deleted_asks_and_names_a_full_path(
    seeds_service: SearchService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The explorer started in a folder that was then deleted (a build folder, a mounted
    disk gone): ``x`` ended the explorer with a traceback, the working folder unnamed.
    Now the prompt proposes a file in the data folder (it did in the home folder, before
    round 31), and a relative name is refused in the prompt, saying why."""
    from textual.widgets import Input
    from warta.tui.app import WartaApp

    from tests.test_tui_flows import SIZE, search, settle

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    app = WartaApp(seeds_service, data_folder=tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        gone.rmdir()
        await pilot.press("x")
        await settle(pilot)
        assert app.is_running
        answer = app.screen.query_one("#answer", Input)
        assert answer.value == str(tmp_path / "data" / "exports" / "warta-musk.csv")
        await pilot.press("ctrl+u", *"hasil.csv", "enter")
        await settle(pilot)
        assert "full path" in str(app.screen.query_one("#problem").render())
        await pilot.press("ctrl+u", *str(home / "hasil.csv"), "enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert "musk" in (home / "hasil.csv").read_text("utf-8").casefold()


# -- the explorer's note prompt: a paste past the limit ------------------------------------------


async def test_a_note_past_the_limit_is_refused_in_its_prompt_keeping_the_text(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """A pasted note of 5,600 characters: the prompt closed, then a notice said "a note
    has at most 2000 characters", and everything typed was gone. Now the prompt stays
    open with the text and says why; cut short, Enter saves it."""
    from textual.widgets import Input
    from warta.search.workspace import NOTE_LIMIT, Workspace
    from warta.tui.app import WartaApp
    from warta.tui.screens.workspace import Prompt

    from tests.test_tui_flows import SIZE, open_first_result, settle

    long_note = "catatan rapat redaksi " * 260
    app = WartaApp(seeds_service, data_folder=tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        article = screen.reader.document.article.id
        await pilot.press("a")
        await settle(pilot)
        answer = app.screen.query_one("#answer", Input)
        answer.value = long_note
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, Prompt) and answer.value == long_note
        assert "at most 2000" in str(app.screen.query_one("#problem").render())
        answer.value = long_note[:NOTE_LIMIT]
        await pilot.press("enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
    with Workspace(tmp_path / "data") as workspace:
        assert workspace.note(article) == long_note[:NOTE_LIMIT].strip()
