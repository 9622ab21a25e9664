"""config.toml: what a user writes there is in force, a mistake is one line that says where,
and flags and variables still win."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from warta.search.service import SearchService
from warta.tui import outside
from warta.tui.app import WartaApp
from warta.tui.cli import main
from warta.tui.config import SETTING_NAMES, Settings, config_file, load_settings

from tests.conftest import SEEDS
from tests.test_tui_flows import SIZE, open_first_result, search
from tests.test_tui_outside import FakeTerminal, terminal  # noqa: F401  (a fixture)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_config(folder: Path, text: str) -> Path:
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def shown(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    """``warta config --show --json``: each setting's value and source."""
    code, out, err = run(capsys, *args, "config", "--show", "--json")
    assert (code, err) == (0, "")
    settings: dict[str, Any] = json.loads(out)["settings"]
    return settings


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("page_size = 20\ntheme = \n", "line 2: not valid TOML: Invalid value"),
        (
            'language = "id"\n[keys\n',
            "line 2: not valid TOML: Expected ']' at the end of a table declaration",
        ),
        (
            "# mine\n\n\npage_sise = 30\n",
            "line 4: unknown setting page_sise (did you mean page_size?)",
        ),
        (
            "colours = 1\n",
            "line 1: unknown setting colours (the settings are: corpus, language, theme,",
        ),
        ("\n\n\npage_size = 0\n", "line 4: page_size must be a whole number 1-500"),
        ('page_size = "ten"\n', "line 1: page_size must be a whole number 1-500"),
        ("page_size = true\n", "line 1: page_size must be a whole number 1-500"),
        ("page_size = 2.5\n", "line 1: page_size must be a whole number 1-500"),
        ('language = "fr"\n', "line 1: language must be one of en, id"),
        ('theme = "nrod"\n', "line 1: theme must be the name of a theme, such as nord"),
        ("corpus = 3\n", "line 1: corpus must be a folder or a list of folders"),
        ('corpus = ["news", ""]\n', "line 1: corpus must be a folder or a list of folders"),
        ('corpus = "news\\u0000"\n', "line 1: corpus must be a folder or a list of folders"),
        ('opener = "xdg-open\\u0000 -x"\n', 'line 1: opener must be a command, such as "xdg-open"'),
        ('pager = "less \\""\n', 'line 1: pager must be a command, such as "less -R"'),
        ("editor = []\n", 'line 1: editor must be a command, such as "nano"'),
        ('keys = "ctrl+f"\n', "line 1: keys must be a table of binding ids and keys"),
        (
            '[keys]\n"warta.search" = "ctrl+f"\n"warta.back" = 3\n',
            'line 3: keys.warta.back must be a key, such as "ctrl+f" or "f1,question_mark"',
        ),
        ('[keys]\nback = "ctrl + b b"\n', "line 2: keys.back must be a key"),
        ("page_size = 20\n\xff\n", "line 2: not UTF-8 text"),
    ],
)
def test_a_mistake_in_the_file_is_one_line_naming_the_line_and_setting(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(text.encode("utf-8", "surrogateescape").replace(b"\xc3\xbf", b"\xff"))
    code, out, err = run(capsys, "--config", str(path), "search", "musk")
    assert code == 2 and out == ""
    assert err.startswith(f"warta: {path} {message}"), err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_mistake_is_said_in_the_interface_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write_config(tmp_path, "\npage_size = 0\n")
    code, _, err = run(capsys, "--lang", "id", "--config", str(path), "entities")
    assert code == 2
    assert err == f"warta: {path} baris 2: page_size harus bilangan bulat 1-500\n"


def test_the_default_file_may_be_missing_but_a_named_one_may_not(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    default, source = config_file()
    assert source == "default" and not default.exists()
    assert load_settings(default) == Settings()
    missing = tmp_path / "confg.toml"
    code, _, err = run(capsys, "--config", str(missing), "search", "musk")
    assert (code, err) == (2, f"warta: {missing}: no such file\n")


def test_the_default_file_is_in_the_user_config_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    code, out, _ = run(capsys, "config", "--path")
    assert (code, out) == (0, f"{tmp_path / 'warta' / 'config.toml'}\n")
    monkeypatch.setenv("WARTA_CONFIG", str(tmp_path / "elsewhere.toml"))
    assert run(capsys, "config", "--path")[1] == f"{tmp_path / 'elsewhere.toml'}\n"
    assert run(capsys, "--config", "x.toml", "config", "--path")[1] == f"{Path.cwd() / 'x.toml'}\n"


def test_corpus_precedence_flag_then_variable_then_file_then_seeds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("flag", "variable", "file"):
        (tmp_path / name).mkdir()
    # A relative folder in the file is taken from the file's own folder.
    config = write_config(tmp_path, 'corpus = ["file"]\n')
    assert shown(capsys)["corpus"] == {"value": [str(SEEDS)], "source": "default"}
    with_file = ("--config", str(config))
    file_corpus = {"value": [str(tmp_path / "file")], "source": "config.toml"}
    assert shown(capsys, *with_file)["corpus"] == file_corpus
    monkeypatch.setenv("WARTA_CORPUS", str(tmp_path / "variable"))
    variable = {"value": [str(tmp_path / "variable")], "source": "WARTA_CORPUS"}
    assert shown(capsys, *with_file)["corpus"] == variable
    flagged = shown(capsys, *with_file, "--corpus", str(tmp_path / "flag"))["corpus"]
    assert flagged == {"value": [str(tmp_path / "flag")], "source": "--corpus"}


def test_the_files_corpus_is_the_one_searched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "kopi.txt").write_text("Harga kopi naik\n\nHarga kopi di pasar naik.\n", "utf-8")
    config = write_config(tmp_path, f"corpus = {json.dumps(str(news))}\n")
    code, out, _ = run(
        capsys,
        "--config",
        str(config),
        "--index-dir",
        str(tmp_path / "index"),
        "search",
        "kopi",
        "--json",
    )
    assert code == 0
    assert [hit["id"] for hit in json.loads(out)["hits"]] == ["kopi"]


def test_language_precedence_flag_then_variable_then_file_then_locale(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write_config(tmp_path, 'language = "id"\n')
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert shown(capsys)["language"] == {"value": "en", "source": "LANG"}
    with_file = ("--config", str(config))
    assert shown(capsys, *with_file)["language"] == {"value": "id", "source": "config.toml"}
    monkeypatch.setenv("WARTA_LANG", "en")
    assert shown(capsys, *with_file)["language"] == {"value": "en", "source": "WARTA_LANG"}
    monkeypatch.delenv("WARTA_LANG")
    flagged = shown(capsys, *with_file, "--lang", "en")["language"]
    assert flagged == {"value": "en", "source": "--lang"}
    # And the file's language is the one the commands speak.
    code, _, err = run(capsys, *with_file, "show", "no-such-article")
    assert (code, err) == (2, "warta: tidak ada artikel dengan id no-such-article\n")


def test_the_pager_setting_comes_before_pager_and_after_nothing_else(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write_config(tmp_path, 'pager = "most -s"\neditor = "nano"\n')
    monkeypatch.setenv("PAGER", "more")
    monkeypatch.setenv("VISUAL", "vim")
    assert shown(capsys)["pager"] == {"value": "more", "source": "$PAGER"}
    assert shown(capsys)["editor"] == {"value": "vim", "source": "$VISUAL"}
    in_force = shown(capsys, "--config", str(config))
    assert in_force["pager"] == {"value": "most -s", "source": "config.toml"}
    assert in_force["editor"] == {"value": "nano", "source": "config.toml"}


def test_show_lists_every_setting_with_its_source(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = write_config(
        tmp_path,
        'theme = "nord"\npage_size = 20\nopener = "firefox --new-tab"\n'
        '[keys]\n"warta.search.focus" = "ctrl+f"\n',
    )
    code, out, err = run(capsys, "--config", str(config), "config", "--show")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Settings file: {config}"
    rows = {line.split()[0]: line.split() for line in lines[2:]}
    assert list(rows) == [
        *("corpus", "language", "theme", "page_size", "pager", "editor", "opener", "keys"),
        *("watch", "trusted", "entities"),
    ]
    assert rows["trusted"][1:] == ["-", "default"]
    assert rows["theme"][1:] == ["nord", "config.toml"]
    assert rows["page_size"][1:] == ["20", "config.toml"]
    assert rows["opener"][1:] == ["firefox", "--new-tab", "config.toml"]
    assert rows["keys"][1:] == ["warta.search.focus", "=", "ctrl+f", "config.toml"]
    assert rows["pager"][-1] in ("default", "$PAGER")
    code, out, _ = run(capsys, "--config", str(tmp_path / "none.toml"), "config", "--show")
    assert code == 2, "a named file that is missing is an error here too"
    assert (
        run(capsys, "config", "--show")[1]
        .splitlines()[0]
        .endswith("(not found: the defaults apply)")
    )


def test_show_never_prints_the_files_control_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = write_config(tmp_path, '[keys]\n"warta.\\u001b]0;owned\\u0007" = "f1"\n')
    for extra in ((), ("--json",)):
        code, out, _ = run(capsys, "--config", str(config), "config", "--show", *extra)
        assert code == 0 and "warta." in out
        assert "\x1b" not in out and "\x07" not in out
    write_config(tmp_path, '"\\u001b]0;owned\\u0007" = 1\npager = "less\\u001b[31m"\n')
    code, _, err = run(capsys, "--config", str(config), "search", "musk")
    assert code == 2 and "unknown setting" in err and "\x1b" not in err and "\x07" not in err


def test_entities_json_beside_the_settings_file_is_read_and_the_old_place_still_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WARTA_ENTITIES")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    old_place = tmp_path / "xdg" / "warta" / "entities.json"
    old_place.parent.mkdir(parents=True)
    old_place.write_text("[]", "utf-8")
    mine = tmp_path / "mine"
    mine.mkdir()
    config = write_config(mine, "page_size = 10\n")
    assert shown(capsys, "--config", str(config))["entities"]["value"] == str(old_place)
    (mine / "entities.json").write_text("[]", "utf-8")
    assert shown(capsys, "--config", str(config))["entities"]["value"] == str(
        mine / "entities.json"
    )


async def test_the_page_size_is_how_many_hits_the_results_list_fetches(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service, settings=Settings(page_size=2))
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "*")
        assert len(screen.results.hits) == 2 and screen.results.total == 5


async def test_the_theme_setting_is_the_explorers_theme(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service, settings=Settings(theme="nord"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "nord"


async def test_the_pager_and_editor_settings_are_run_as_argument_lists(
    seeds_service: SearchService,
    terminal: FakeTerminal,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("PAGER", "less")
    for name in ("most", "nano"):
        shutil.copy(tmp_path / "bin" / "less", tmp_path / "bin" / name)
    settings = Settings(pager="most -s 'a b'", editor="nano")
    app = WartaApp(seeds_service, settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "musk")
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("O")
        await pilot.pause()
    (pager, *pager_args, _), (editor, _) = terminal.ran
    assert (pager, pager_args) == ("most", ["-s", "a b"])
    assert editor == "nano"


def test_the_opener_setting_opens_web_addresses(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started: list[list[str]] = []
    monkeypatch.setattr(subprocess, "Popen", lambda argv, **_: started.append(argv))
    browser = tmp_path / "browser"
    browser.write_text("#!/bin/sh\n", "utf-8")
    browser.chmod(0o755)
    assert outside.open_address("https://example.org/a", f"{browser} --new-tab")
    assert started == [[str(browser), "--new-tab", "https://example.org/a"]]
    assert not outside.open_address("https://example.org/a", "/no/such/browser")


async def test_the_keys_table_remaps_a_binding_by_its_id(seeds_service: SearchService) -> None:
    keys = MappingProxyType({"warta.screen.theme": "f8"})
    app = WartaApp(seeds_service, settings=Settings(theme="textual-dark", keys=keys))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+t")
        assert app.theme == "textual-dark", "the old key no longer does it"
        await pilot.press("f8")
        assert app.theme == "textual-light"


def test_a_key_for_a_binding_warta_does_not_have_is_one_line_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write_config(
        tmp_path, '[keys]\n"warta.screen.theme" = "f8"\n"warta.screen.thme" = "f9"\n'
    )
    code, out, err = run(capsys, "--config", str(path))
    assert (code, out) == (2, "")
    said = "keys.warta.screen.thme is not a binding id of warta (README: Key ids for [keys])"
    assert err == f"warta: {path} line 3: {said}\n"


def test_the_readme_example_is_a_valid_settings_file(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    example = re.search(r"## Settings.*?```toml\n(.*?)```", readme, re.S)
    assert example is not None
    settings = load_settings(write_config(tmp_path, example.group(1)))
    assert settings.given == frozenset(SETTING_NAMES), "the example shows every setting"
