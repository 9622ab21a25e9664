"""Round 34 of the explorer and the CLI: small leftovers seen at 80x24, in both languages."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from textual.widgets._toast import Toast, ToastRack
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.cli import main

from tests.test_tui_flows import SIZE, open_first_result, open_timeline_at_end, search, settle

# -- the partial matches in the middle of the status line -----------------------------------


async def test_the_partial_matches_read_as_part_of_the_status_line(
    seeds_service: SearchService,
) -> None:
    """ "· Also articles with only some of the words" began with a capital in the middle of
    the line; the CLI prints it on a line of its own, where the capital stays."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "Siapakah pendiri Tesla dan durian?")
        status = str(screen.query_one("#status").render())
        assert " · also articles with only some of the words" in status, status


# -- a corpus that is neither a folder nor a file ---------------------------------------------


def test_a_socket_given_as_the_corpus_is_named_a_socket(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--corpus SOCKET`` said "is a file, not a folder": the user looked for a file."""
    path = tmp_path / "s"
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(path))
        code = main(["--corpus", str(path), "--index-dir", str(tmp_path / "index"), "index"])
    finally:
        listener.close()
    said = capsys.readouterr().err
    assert (code, said) == (
        2,
        f"warta: {path} is a socket, not a folder; give the folder of the news\n",
    )


def test_a_fifo_given_as_the_corpus_is_named_a_fifo(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import os

    path = tmp_path / "p"
    os.mkfifo(path)
    code = main(["--corpus", str(path), "--index-dir", str(tmp_path / "index"), "index"])
    said = capsys.readouterr().err
    assert code == 2 and "is a FIFO (named pipe), not a folder" in said and said.count("\n") == 1


# -- a query of spoken stopwords only ---------------------------------------------------------


def test_a_query_of_spoken_stopwords_says_why_it_found_nothing(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """``yg gak udah`` found nothing, with no reason, while ``yang`` found every article:
    the spoken forms are searched only as written, and news writes them in full."""
    code = main(["--index-dir", str(seeds_index), "search", "yg", "gak", "udah"])
    out = capsys.readouterr().out
    assert code == 0
    assert "yg gak udah: only spoken stopwords, which news spells out; add a word" in out
    # A content word beside them is a search like any other: no such line.
    main(["--index-dir", str(seeds_index), "search", "yg", "musk"])
    assert "only spoken stopwords" not in capsys.readouterr().out


async def test_the_explorer_says_why_spoken_stopwords_found_nothing(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "yg gak")
        status = str(screen.query_one("#status").render())
        assert screen.results.option_count == 0
        assert "yg gak: only spoken stopwords" in status, status


# -- help's find and words written apart --------------------------------------------------------


def test_helps_find_ignores_the_spaces_inside_a_word(tmp_path: Path) -> None:
    """In Indonesian, ``/linimasa`` found nothing: help writes "Lini masa". Find matches
    a word with or without the spaces inside it, whichever spelling the text has."""
    from warta.search.paths import bundled_seeds

    from tests.screens_in_language import run_screens

    service = SearchService([bundled_seeds()], tmp_path / "index")
    service.update()
    service.close()
    (found,) = run_screens("id", tmp_path / "index", (80, 24), "f1 slash l i n i m a s a")
    assert "Tidak ada yang cocok" not in found
    assert "tutup lini masa" in found.casefold() or "tutup linimasa" in found.casefold()


# -- a notice over the open timeline ----------------------------------------------------------


async def test_a_notice_leaves_the_open_timeline_in_sight_at_80x24(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """A notice covered the last rows of the open timeline for its five seconds, where End
    puts the date selected. Notices stand above the timeline while it is open, and above
    the status line again once it is closed."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen, timeline = await open_timeline_at_end(pilot, "musk")
        app.notify("Indexed 3 new articles.", markup=False)
        await settle(pilot)
        rack = screen.get_child_by_type(ToastRack)
        toasts = [toast.region for toast in rack.query(Toast)]
        assert toasts
        for toast in toasts:
            assert not toast.overlaps(timeline.region), (toast, timeline.region)
        await pilot.press("escape")
        await settle(pilot)
        status = screen.query_one("#reader-status").region
        for toast in [toast.region for toast in rack.query(Toast)]:
            assert toast.bottom == status.y, (toast, status)


# -- the marks in the entity sidebar ----------------------------------------------------------


async def test_star_note_and_tags_in_the_entity_sidebar_mark_the_open_article(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """!, a and l did nothing in the entity sidebar, and help did not list them there. The
    sidebar lists the open article's entities: they mark that article, and help says so."""
    from warta.search.workspace import Workspace
    from warta.tui.screens.help import help_sections

    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        article = screen.reader.document
        assert article is not None
        await pilot.press("f4")
        await settle(pilot)
        assert app.focused is screen.sidebar
        await pilot.press("exclamation_mark")
        await settle(pilot)
        with Workspace(tmp_path) as workspace:
            assert workspace.starred() == [article.article.id]
        await pilot.press("l", *"pilihan", "enter")
        await settle(pilot)
        with Workspace(tmp_path) as workspace:
            assert workspace.tags() == [("pilihan", 1)]
        (sidebar,) = [
            section for section in help_sections(app) if section.title == "Entity sidebar"
        ]
        described = " ".join(str(binding.tooltip) for binding in sidebar.bindings)
        assert "Star or unstar the open article" in described
        assert "Tag the open article" in described
