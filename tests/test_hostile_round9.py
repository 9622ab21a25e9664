"""Hostile input, round nine: the cases docs/hostile-input.md lists under round nine that
failed, each through the CLI's ``main`` as a user would meet it, and each failing before
its fix."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from warta.tui.cli import main


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/dev/full is Linux's")
@pytest.mark.parametrize("command", [(), ("search",), ("export",)])
def test_help_on_a_full_disk_says_so_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    """``warta --help > file`` on a full disk ended with Python's "Exception ignored …
    OSError" lines and exit 120: the help was written after warta's own guard, at exit."""
    with open("/dev/full", "w", encoding="utf-8") as full:
        monkeypatch.setattr(sys, "stdout", full)
        code = main([*command, "--help"])
        monkeypatch.undo()
    _, err = capsys.readouterr()
    assert (code, err) == (2, "warta: cannot write the output: No space left on device\n")


#: A ``~user`` that no account on any test machine has.
NO_USER = "~warta-no-such-user-9"


@pytest.mark.parametrize(
    ("flags", "environ", "settings"),
    [
        (("--index-dir", f"{NO_USER}/i"), {}, ""),
        (("--data-dir", f"{NO_USER}/d"), {}, ""),
        (("--corpus", NO_USER), {}, ""),
        ((), {"WARTA_INDEX_DIR": f"{NO_USER}/i"}, ""),
        ((), {"WARTA_DATA_DIR": f"{NO_USER}/d"}, ""),
        ((), {"WARTA_CORPUS": NO_USER}, ""),
        ((), {"WARTA_ENTITIES": f"{NO_USER}/e.json"}, ""),
        ((), {"WARTA_CONFIG": f"{NO_USER}/c.toml"}, None),
        (("--config", f"{NO_USER}/c.toml"), {}, None),
        ((), {}, f'trusted = ["{NO_USER}/i"]\n'),
        ((), {}, f'corpus = ["{NO_USER}"]\n'),
    ],
)
def test_a_home_folder_of_no_user_is_one_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    flags: tuple[str, ...],
    environ: dict[str, str],
    settings: str | None,
) -> None:
    """``~nosuchuser/x`` in a path flag, variable or setting (quoted, so no shell expanded
    it) was pathlib's RuntimeError traceback ("Could not determine home directory")."""
    for name in ("WARTA_INDEX_DIR", "WARTA_DATA_DIR", "WARTA_CORPUS", "WARTA_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WARTA_ENTITIES", str(tmp_path / "none.json"))
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    if settings is not None:
        config = tmp_path / "config.toml"
        config.write_text(settings, encoding="utf-8")
        monkeypatch.setenv("WARTA_CONFIG", environ.get("WARTA_CONFIG", str(config)))
    # The workspace is opened first by ``tags``, the index and corpus by ``index``.
    command = ("tags",) if "DATA" in str(environ) or "--data-dir" in flags else ("index",)
    code = main([*flags, *command])
    _, err = capsys.readouterr()
    assert (code, err.count("\n")) == (2, 1)
    assert err.endswith(f": no home folder is known for {NO_USER}\n")


def test_the_explorer_export_prompt_refuses_a_home_folder_of_no_user() -> None:
    """The explorer's export prompt given ``~nosuchuser/x.csv`` crashed the explorer with
    the same RuntimeError; it is the prompt's one-line refusal."""
    from warta.search.errors import WartaError
    from warta.tui.screens.workspace import export_path

    with pytest.raises(WartaError, match="no home folder is known"):
        export_path(f"{NO_USER}/x.csv")
