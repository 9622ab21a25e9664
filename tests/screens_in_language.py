"""Drive the explorer in another interface language, in a fresh interpreter.

Key descriptions and other texts are translated when their modules are imported, so a test
of the Indonesian interface cannot switch language inside the pytest process (whose modules
were imported in English). ``run_screens`` starts this module as ``warta`` itself would:
language first, then the app. It prints, as JSON, what the screen shows after each step.

    python -m tests.screens_in_language LANG INDEX_DIR WIDTHxHEIGHT STEP...

A step is keys separated by spaces (``"ctrl+p"``, ``"slash m u s k"``); the app starts
on the query ``musk``. Notifications on screen are appended as ``title: message`` lines.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_screens(lang: str, index_dir: Path, size: tuple[int, int], *steps: str) -> list[str]:
    """The screen after each step, in ``lang``."""
    command = [
        sys.executable,
        "-m",
        "tests.screens_in_language",
        lang,
        str(index_dir),
        f"{size[0]}x{size[1]}",
        *steps,
    ]
    env = {**os.environ, "WARTA_LANG": lang}
    output = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=300
    ).stdout
    screens: list[str] = json.loads(output.splitlines()[-1])
    return screens


async def _drive(index_dir: Path, size: tuple[int, int], steps: list[str]) -> list[str]:
    from warta.search.paths import bundled_seeds
    from warta.search.service import SearchService
    from warta.tui.app import WartaApp

    service = SearchService([bundled_seeds()], index_dir)
    app = WartaApp(service, initial_query="musk")
    shown: list[str] = []
    async with app.run_test(size=size) as pilot:

        async def settle() -> None:
            for _ in range(5):
                await app.workers.wait_for_complete()
                await pilot.pause()

        await settle()
        for step in steps:
            await pilot.press(*step.split())
            await settle()
            strips = app.screen._compositor.render_strips()
            notes = [f"{note.title}: {note.message}" for note in app._notifications]
            shown.append("\n".join([*(strip.text for strip in strips), *notes]))
    service.close()
    return shown


def main(argv: list[str]) -> None:
    from warta.tui.i18n import set_language

    lang, index_dir, size, *steps = argv
    set_language(lang)
    width, height = (int(number) for number in size.split("x"))
    print(json.dumps(asyncio.run(_drive(Path(index_dir), (width, height), steps))))


if __name__ == "__main__":
    main(sys.argv[1:])
