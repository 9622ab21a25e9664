"""Round 20 of the explorer as a new user: status lines in both languages, a did-you-mean
that changes nothing, the palette's keys in a burst, an unknown WARTA_LANG."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandInput, CommandPalette
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.cli import main

from tests.test_tui_flows import search, settle
from tests.test_tui_narrow import status_text
from tests.test_tui_round19 import _burst

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
