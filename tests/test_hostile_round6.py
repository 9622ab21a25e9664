"""Hostile input, round six: the cases docs/hostile-input.md lists under round six that
failed, each through the CLI's ``main`` as a user would meet it, and each failing before
its fix."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui.cli import main

from tests.conftest import SEEDS

ALTMAN = "001_6e86bfa91c2c7f27"


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--corpus", str(SEEDS), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_id_that_is_not_utf8_is_no_article_not_a_damaged_index(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """``warta show $'\\xff'`` said the index was damaged and to rebuild it (Whoosh could
    not encode the id); a byte no id holds finds no article."""
    id_ = os.fsdecode(b"001\xff")
    for command in (["show", id_], ["star", id_], ["like", id_]):
        code, _, err = _cli(capsys, "--index-dir", str(seeds_index), *command)
        assert code == 2
        assert err.startswith("warta: no article with id") and "damaged" not in err


def test_an_export_to_a_name_too_long_for_the_system_is_one_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """A file name of 300 bytes was an OSError traceback (ENAMETOOLONG) in ``export -o``
    and ``related-entities --edges``. In a folder of a long name too, the reason is read
    whole: the path's middle is cut, not the line's end."""
    folder = tmp_path / ("d" * 200)
    folder.mkdir()
    long_name = str(folder / ("n" * 300 + ".csv"))
    for command in (
        ["export", "musk", "-o", long_name],
        ["related-entities", "elon", "musk", "--edges", long_name],
    ):
        code, _, err = _cli(capsys, "--index-dir", str(seeds_index), *command)
        assert code == 2
        assert err.startswith("warta: cannot write ") and err.endswith(": File name too long\n")
        assert "…" in err and len(err) < 400
    assert list(folder.iterdir()) == []


def test_an_export_to_a_folder_path_is_refused_not_written_as_a_file(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``-o out/`` wrote a file named ``out`` (the path dropped the slash)."""
    for command in (
        ["export", "musk", "-o", f"{tmp_path}/out/"],
        ["related-entities", "elon", "musk", "--edges", f"{tmp_path}/edges/"],
    ):
        code, _, err = _cli(capsys, "--index-dir", str(seeds_index), *command)
        assert code == 2 and "needs a file name, not a folder" in err
    assert list(tmp_path.iterdir()) == []


def test_writing_or_clearing_a_note_with_json_prints_json(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``note ID TEXT --json`` printed "Noted on …", which no JSON reader takes."""
    common = ["--index-dir", str(seeds_index), "--data-dir", str(tmp_path / "data")]
    code, out, _ = _cli(capsys, *common, "note", "001", "baca \x1b]0;x\x07lagi", "--json")
    assert code == 0 and json.loads(out) == {"id": ALTMAN, "note": "baca lagi"}
    code, out, _ = _cli(capsys, *common, "note", "001", "--clear", "--json")
    assert code == 0 and json.loads(out) == {"id": ALTMAN, "note": None}


def test_a_settings_file_saved_with_a_byte_order_mark_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A UTF-8 ``config.toml`` that an editor started with a BOM was refused: "line 1: not
    valid TOML: Invalid statement", with nothing to see on line 1."""
    settings = tmp_path / "config.toml"
    settings.write_bytes(b'\xef\xbb\xbfpage_size = 20\nlanguage = "id"\n')
    code, out, err = _cli(capsys, "--config", str(settings), "config", "--show", "--json")
    assert (code, err) == (0, "")
    settings_shown = json.loads(out)["settings"]
    assert settings_shown["page_size"] == {"value": 20, "source": "config.toml"}
    assert settings_shown["language"] == {"value": "id", "source": "config.toml"}


def test_an_update_never_writes_through_a_generation_that_is_a_symbolic_link(
    tmp_path: Path,
) -> None:
    """``CURRENT`` naming a ``gen-*`` symbolic link: the update wrote its segments into the
    folder the link named, outside the index folder. Now that is no index: a new one is
    built inside, and the linked folder is left as it was."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Satu\n\nkata pertama\n")
    index_dir = tmp_path / "index"
    indexing = ["--corpus", str(corpus), "--index-dir", str(index_dir), "index"]
    assert main(indexing) == 0
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(index_dir / (index_dir / "CURRENT").read_text().strip(), elsewhere)
    before = sorted(path.name for path in elsewhere.iterdir())
    (index_dir / "gen-link").symlink_to(elsewhere)
    (index_dir / "CURRENT").write_text("gen-link\n")
    (corpus / "b.txt").write_text("Dua\n\nkata kedua\n")

    assert main(indexing) == 0
    assert sorted(path.name for path in elsewhere.iterdir()) == before
    live = (index_dir / "CURRENT").read_text().strip()
    assert live != "gen-link" and not (index_dir / live).is_symlink()
    service = SearchService([corpus], index_dir)
    assert service.search("kedua").total == 1
    service.close()


@pytest.mark.parametrize(
    ("keys", "said"),
    [
        (
            '"warta.app.quit" = "e"',
            "keys.warta.app.quit = e would run as you type a search; "
            "choose a key with ctrl+ or alt+, or a function key",
        ),
        (
            '"warta.app.quit" = "crtl+q"',
            'keys.warta.app.quit: crtl+q is not a key (keys are named as "ctrl+f", "f6", '
            '"pageup" or "question_mark")',
        ),
        (
            '"warta.screen.help" = "f4"',
            "keys.warta.screen.help and keys.warta.screen.sidebar both use f4; only one would work",
        ),
    ],
)
def test_a_key_that_could_not_work_as_meant_is_refused_before_the_explorer_opens(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, keys: str, said: str
) -> None:
    """Quit on ``e`` closed the explorer at the first e typed in the search bar ("elon");
    quit on a misspelt ``crtl+q`` had no key at all; help on f4, the sidebar's key, never
    opened help. Each opened without a word."""
    settings = tmp_path / "config.toml"
    settings.write_text(f"[keys]\n{keys}\n")
    code, out, err = _cli(capsys, "--config", str(settings))
    assert (code, out, err) == (2, "", f"warta: {settings} line 2: {said}\n")


def test_keys_that_can_work_are_taken(tmp_path: Path) -> None:
    """Quit on a function key, a key moved off the one another binding keeps, and the
    default keys (Escape both cancels a prompt and closes a list) are no clash."""
    from warta.tui.keys import keymap_clash

    assert keymap_clash({}) is None
    assert keymap_clash({"warta.app.quit": "f10,ctrl+q"}) is None
    assert keymap_clash({"warta.screen.help": "f6", "warta.screen.sidebar": "f4"}) is None
    assert keymap_clash({"warta.prompt.cancel": "escape,ctrl+g"}) is None
    named = "f24,ctrl+shift+pageup,é,tilde,number_sign,ctrl+slash,alt+minus"
    assert keymap_clash({"warta.screen.search": named}) is None


def test_a_symbolic_link_planted_as_currents_temporary_file_is_not_written_through(
    tmp_path: Path, corpus: Path
) -> None:
    """CURRENT is written to ``CURRENT.<pid>.tmp``, then renamed: a symbolic link planted
    under that name made a build overwrite the file it named, anywhere, with the name of
    a generation."""
    index_dir = tmp_path / "index"
    SearchService([corpus], index_dir).update()
    elsewhere = tmp_path / "precious.txt"
    elsewhere.write_text("precious\n")
    (index_dir / f"CURRENT.{os.getpid()}.tmp").symlink_to(elsewhere)

    service = SearchService([corpus], index_dir)
    service.update(rebuild=True)
    assert service.search("altman").total > 0
    service.close()

    assert elsewhere.read_text() == "precious\n"
    assert sorted(path.name for path in index_dir.glob("CURRENT*")) == ["CURRENT"]


def test_a_corpus_given_as_a_file_says_so_not_that_it_is_missing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--corpus news.jsonl`` said "corpus folder not found" of a file that is there."""
    news = tmp_path / "news.jsonl"
    news.write_text('{"text": "kata"}\n')
    for command in (["index"], ["search", "kata"]):
        code = main(["--corpus", str(news), "--index-dir", str(tmp_path / "index"), *command])
        said = f"warta: {news} is a file, not a folder; give the folder that holds it\n"
        assert (code, capsys.readouterr().err) == (2, said)
    assert not (tmp_path / "index").exists()


@pytest.mark.parametrize(
    ("name", "said"),
    [("n" * 300 + ".csv", "File name too long"), ("hasil/", "is a folder: name a file in it")],
)
async def test_the_explorers_export_prompt_refuses_a_name_the_system_cannot_use(
    seeds_service: SearchService, tmp_path: Path, name: str, said: str
) -> None:
    """A file name of 300 bytes typed in the export prompt ended the explorer with an
    OSError traceback; ``hasil/`` wrote a file named ``hasil``."""
    from textual.widgets import Input
    from warta.tui.app import WartaApp
    from warta.tui.screens.workspace import Prompt

    from tests.test_tui_flows import SIZE, search, settle

    app = WartaApp(seeds_service, data_folder=tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        await pilot.press("x")
        await settle(pilot)
        app.screen.query_one("#answer", Input).value = f"{tmp_path}/{name}"
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, Prompt)
        assert said in str(app.screen.query_one("#problem").render())
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data"]
