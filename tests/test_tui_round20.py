"""Round 20 of the explorer as a new user: status lines in both languages, a did-you-mean
that changes nothing, the palette's keys in a burst, an unknown WARTA_LANG."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from textual.command import CommandInput, CommandPalette
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.cli import main
from warta.tui.i18n import _, set_language
from warta.tui.screens.main import MainScreen
from warta.tui.screens.workspace import Prompt

from tests.test_tui_flows import open_first_result, search, settle
from tests.test_tui_narrow import status_shown, status_text
from tests.test_tui_round19 import _burst

# -- the reader's status line fits whole in both languages -------------------------------------


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_reader_line_keeps_the_position_and_the_hint_whole_with_the_sidebar(
    seeds_service: SearchService, lang: str, size: tuple[int, int]
) -> None:
    """At 100x30 with the sidebar, in Indonesian, the line read "79 sebutan · Tab atau ]
    memilih berikut…", and a mention's position lost "di sini" (here) to the edge; at 80
    columns the sidebar leaves the reader 24 cells: "Elon Musk (tokoh) 1 dari…". The
    position now takes a shorter form ("1 of 21", then "1/21") and the hint one, or
    none."""
    set_language(lang)
    app = WartaApp(seeds_service)
    async with app.run_test(size=size) as pilot:
        screen = await open_first_result(pilot, "musk")
        assert isinstance(screen, MainScreen)
        if not screen.sidebar.display or not screen.sidebar.size.width:
            await pilot.press("f3")
            await settle(pilot)
        assert screen.sidebar.size.width
        count = len(screen.reader.document.links) if screen.reader.document else 0
        first = status_shown(screen)
        whole_hints = (_("Tab or ] selects the next"), _("Tab: next"))
        assert first.endswith(whole_hints) or "·" not in first, first
        await pilot.press("enter")  # into the reader
        here = re.escape(_("{number} of {count} here").format(number=0, count=0))
        position = re.compile("(" + here.replace("0", r"\d+") + r"|\d+/\d+)$")
        for _step in range(count):
            await pilot.press("tab")
            shown = status_shown(screen)
            assert position.search(shown), shown


# -- a did-you-mean only when it would change the results --------------------------------------


async def test_a_word_searched_as_its_correction_is_not_offered_as_a_did_you_mean_too(
    seeds_service: SearchService,
) -> None:
    """``musk`` on IndoSum said "musik was searched too" and "did you mean: musik": the
    second finds the same articles, and read as contradicting the first."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await search(pilot, "pelatihn")
        shown = status_text(screen)
        assert "no article has pelatihn: pelatihan was searched too" in shown
        assert "did you mean" not in shown and "Tab" not in shown
        await pilot.press("ctrl+l", "tab")  # Tab moves on, as it does with no suggestion
        await settle(pilot)
        assert screen.search_bar.value == "pelatihn"


# -- the command palette takes a burst of keys in order -----------------------------------------


async def test_editing_keys_typed_in_a_burst_edit_the_palette_in_order(
    seeds_service: SearchService,
) -> None:
    """Ctrl+U then "bantuan", typed while the explorer was busy, left the palette's line
    empty: Ctrl+U ran after the letters (Textual issue #6605, fixed for warta's own lines
    in round 19)."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"tema")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        line = app.screen.query_one(CommandInput)
        assert line.value == "tema"
        _burst(app, "ctrl+u", *"bantuan")
        await settle(pilot)
        assert line.value == "bantuan"
        _burst(app, "backspace", "backspace", *"an")
        await settle(pilot)
        assert line.value == "bantuan"


# -- an unknown WARTA_LANG says so, as --lang does -----------------------------------------------


def test_an_unknown_warta_lang_is_refused_in_the_line_lang_gets(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``WARTA_LANG=xx`` answered in English without a word, where ``--lang xx`` and a
    settings file's ``language = "xx"`` were refused."""
    monkeypatch.setenv("WARTA_LANG", "xx")
    code = main(["--index-dir", str(seeds_index), "search", "altman"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == (
        "warta: usage error: WARTA_LANG=xx: no interface in that language (choose from: en, id)\n"
    )
    # --lang decides over the variable, as it does for the language itself.
    assert main(["--index-dir", str(seeds_index), "--lang", "en", "search", "altman"]) == 0
    monkeypatch.setenv("WARTA_LANG", "")  # empty: not set
    assert main(["--index-dir", str(seeds_index), "search", "altman"]) == 0
    monkeypatch.setenv("WARTA_LANG", "id_ID.UTF-8")
    assert main(["--index-dir", str(seeds_index), "search", "altman"]) == 0
    assert capsys.readouterr().err == ""


# -- a notice given again replaces itself instead of piling up ----------------------------------


async def test_the_same_notice_given_again_is_shown_once(seeds_service: SearchService) -> None:
    """``}`` pressed at an entity's last mention, or ``c`` with nothing to quote, stacked
    the same toast three times over the reader (each three rows at 80x24)."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        await search(pilot, "musk")
        await pilot.press("c", "c", "c")
        await settle(pilot)
        shown = [str(note.message) for note in app._notifications]
        assert len(shown) == 1 and "quote" in shown[0], shown
        # A warning shows beside it; since round 28 another notice of its kind replaces it.
        app.notify("Something else", severity="warning")
        await settle(pilot)
        assert len(app._notifications) == 2


# -- an export into a folder that does not exist is refused in its prompt ------------------------


async def test_an_export_into_a_missing_folder_is_refused_in_the_prompt_to_correct(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """The prompt closed, the path typed was lost, and only then came "cannot write
    …/x.csv: No such file or directory" (in English in the Indonesian interface too)."""
    target = tmp_path / "hasil" / "musk.csv"
    app = WartaApp(seeds_service, data_folder=tmp_path / "data")
    async with app.run_test(size=(80, 24)) as pilot:
        await search(pilot, "musk")
        await pilot.press("x", "ctrl+u", *str(target), "enter")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)  # still open, the path there to correct
        problem = str(app.screen.query_one("#problem").render())
        assert problem == f"there is no folder {target.parent}"
        (tmp_path / "hasil").mkdir()
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, Prompt) and target.exists()


# -- the reader's details line never ends on a separator -------------------------------------


async def test_a_long_web_address_starts_a_line_of_its_own_under_the_details(
    tmp_path: Path,
) -> None:
    """IndoSum's addresses are longer than the reader is wide: the details read
    "kumparan ·" alone, the address folded on the lines under it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    url = "https://kumparan.com/" + "-".join(["berita-panjang-sekali"] * 5)
    line = {"id": "a", "title": "Judul", "text": "Isi berita.", "source": "kumparan", "url": url}
    (corpus / "berita.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    app = WartaApp(service, data_folder=tmp_path / "data")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "berita")
        reader = screen.reader
        shown = [reader.render_line(y).text.rstrip() for y in range(reader.size.height)]
        assert "kumparan" in shown and not any(row.endswith("·") for row in shown), shown
        assert any(row.startswith("https://kumparan.com/") for row in shown), shown
    service.close()


# -- a count before a move repeats it, as in less and vim ---------------------------------------


async def test_a_count_typed_before_a_move_repeats_it(seeds_service: SearchService) -> None:
    """``5j`` scrolled one line and ``3n`` went one match on: the digits did nothing."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "musk")
        reader = screen.reader
        await pilot.press("enter")  # into the reader
        await settle(pilot)
        assert app.focused is reader and reader.scroll_y == 0
        await pilot.press("5", "j")
        await settle(pilot)
        assert reader.scroll_y == 5
        await pilot.press("1", "2", "k", "j")  # a count is spent by its move
        await settle(pilot)
        assert reader.scroll_y == 1
        await pilot.press("slash", *"musk", "enter")
        await settle(pilot)
        first = reader.find_index
        assert first is not None and len(reader.find_matches) > 4
        await pilot.press("3", "n")
        await settle(pilot)
        assert reader.find_index == first + 3
        await pilot.press("2", "q")  # not a move: it closes the reader once, not the app
        await settle(pilot)
        assert app.screen is screen and app.focused is screen.results
