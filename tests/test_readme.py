"""The README tells the truth: its JSON examples are run on the seeds and compared."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from warta.tui.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"
#: An example: "e.g. `warta ...` on the seeds:", then its output in a json block.
EXAMPLE = re.compile(r"e\.g\. `(warta [^`]+)` on the seeds:\n\n```json\n(.*?)```", re.DOTALL)
ELISION = "…"


def _examples() -> list[tuple[str, str]]:
    return EXAMPLE.findall(README.read_text("utf-8"))


def test_the_readme_has_examples_to_check() -> None:
    assert len(_examples()) >= 4


def _differences(stated: Any, real: Any, where: str = "$") -> list[str]:
    """Where the real output disagrees with what the README states.

    A string with ``…`` states its pieces, in order (the first one starts it, the last one
    ends it); a list states its first items; a dict the keys it names; a float only that it
    is a number (the ranking score moves with every ranking change).
    """
    if isinstance(stated, dict):
        if not isinstance(real, dict):
            return [f"{where}: {real!r} is not an object"]
        found = [f"{where}.{key}: missing" for key in stated if key not in real]
        for key in stated.keys() & real.keys():
            found += _differences(stated[key], real[key], f"{where}.{key}")
        return found
    if isinstance(stated, list):
        if not isinstance(real, list) or len(real) < len(stated):
            return [f"{where}: {real!r} has fewer items than the README shows"]
        return [
            problem
            for index, item in enumerate(stated)
            for problem in _differences(item, real[index], f"{where}[{index}]")
        ]
    if isinstance(stated, float):
        return [] if isinstance(real, float) else [f"{where}: {real!r} is not a number"]
    if isinstance(stated, str) and ELISION in stated and isinstance(real, str):
        return [] if _pieces_match(stated.split(ELISION), real) else [f"{where}: {real!r}"]
    return [] if stated == real else [f"{where}: README {stated!r}, real {real!r}"]


def _pieces_match(pieces: list[str], real: str) -> bool:
    if not (real.startswith(pieces[0]) and real.endswith(pieces[-1])):
        return False
    at = len(pieces[0])
    for piece in pieces[1:-1]:
        at = real.find(piece, at)
        if at == -1:
            return False
        at += len(piece)
    return at <= len(real) - len(pieces[-1])


@pytest.mark.parametrize(("command", "stated"), _examples(), ids=[c for c, _ in _examples()])
def test_a_readme_json_example_is_what_the_command_prints(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, command: str, stated: str
) -> None:
    words = shlex.split(command)[1:]
    assert main(["--index-dir", str(seeds_index), *words]) == 0
    real = json.loads(capsys.readouterr().out)
    assert _differences(json.loads(stated), real) == []


def test_the_readme_lists_every_key_id_a_user_can_remap() -> None:
    """``[keys]`` takes binding ids: each one the explorer has is in the README's list."""
    from warta.tui.keys import all_bindings

    readme = README.read_text("utf-8")
    missing = [b.id for b in all_bindings() if b.id and f"`{b.id}`" not in readme]
    assert missing == []
