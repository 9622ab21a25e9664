"""How fast the explorer feels: launch to the first interactive frame, and keystroke to
results shown, on the bundled seeds and on ``../shared/data/indosum`` (skipped when absent).

* first frame: a fresh ``python`` process imports the app, starts it headless and stops
  when Textual reports the first frame displayed (``Ready``); measured from just before
  the process is spawned (interpreter start-up included), inside the process from the
  first line of the script, and as the CPU time the process used (steadier than wall time
  on a busy machine). It also lists which heavy libraries (Whoosh, Sastrawi, crfsuite,
  Babel) were already imported by then.
  Beside it, the same for an empty Textual ``App`` (the floor any Textual app pays here).
* keystroke to results: in one running app, from Enter reaching the search bar to the
  refresh that paints the new hits (the search runs in a worker thread); the first query
  of a session, which loads Whoosh and the analyzers, is reported apart from the warm ones.
  ``paint_after_search`` is the part after ``SearchService.search`` returned in the worker:
  handing the result to the screen, filling the list, and the refresh that paints it.
  The queries run ``--runs`` rounds (the first query of the first round is the cold one).
  ``fill_and_draw_results`` (a diagnostic, labelled so) times the results list alone
  filling with the largest answer and drawing the lines on screen, without the event loop.
* help and command palette: in the same running app, from the key (F1, Ctrl+P) to the
  refresh that paints the new screen, closed and reopened ``--runs`` times. Beside them,
  the same for a screen and a modal screen holding one line of text (the floor of any
  screen push: help is a full screen, the palette a modal one).

    python bench/bench_tui.py                 # seeds, plus indosum when ../shared/data exists
    python bench/bench_tui.py --runs 10 --data /path/to/shared/data
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App, ComposeResult
    from textual.pilot import Pilot
    from warta.search.model import SearchResult
    from warta.tui.widgets.results import ResultsList

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))

HEAVY_MODULES = ("whoosh", "Sastrawi", "pycrfsuite", "babel")
QUERIES = ("musk", "openai", "presiden jokowi", "harga beras naik", '"bank indonesia"', "jakarta")


def first_frame_child(corpus: str, index_dir: str) -> None:
    """Run in the child process: start the app, report when Textual says the first frame
    has been displayed (the Ready event), exit."""
    started = time.perf_counter()
    from warta.search.service import SearchService
    from warta.tui.app import WartaApp

    class FirstFrame(WartaApp):
        def on_ready(self) -> None:
            loaded = [name for name in HEAVY_MODULES if name in sys.modules]
            print(
                json.dumps(
                    {
                        "wall": time.time(),
                        "inside": time.perf_counter() - started,
                        "cpu": time.process_time(),
                        "heavy_loaded": loaded,
                    }
                ),
                flush=True,
            )
            self.exit()

    FirstFrame(SearchService([Path(corpus)], Path(index_dir))).run(headless=True, size=(100, 30))


def empty_app_child() -> None:
    """Run in the child process: the reference, an empty Textual app to its first frame."""
    started = time.perf_counter()
    from textual.app import App

    class Empty(App[None]):
        def on_ready(self) -> None:
            print(
                json.dumps(
                    {
                        "wall": time.time(),
                        "inside": time.perf_counter() - started,
                        "cpu": time.process_time(),
                        "heavy_loaded": [],
                    }
                ),
                flush=True,
            )
            self.exit()

    Empty().run(headless=True, size=(100, 30))


def first_frames(child_args: Sequence[str], runs: int) -> dict[str, object]:
    """Launch ``bench_tui.py <child_args>`` ``runs`` times and time each first frame."""
    walls, insides, cpus, heavy = [], [], [], set()
    for _ in range(runs):
        spawned = time.time()
        output = subprocess.run(
            [sys.executable, __file__, *child_args],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        line = next(line for line in output.splitlines() if line.startswith("{"))
        measured = json.loads(line)
        walls.append(measured["wall"] - spawned)
        insides.append(measured["inside"])
        cpus.append(measured["cpu"])
        heavy.update(measured["heavy_loaded"])
    return {
        "process_to_first_frame": summary(walls),
        "import_to_first_frame": summary(insides),
        "cpu_seconds_to_first_frame": summary(cpus),
        "heavy_modules_loaded_by_first_frame": sorted(heavy),
    }


@dataclass
class Timings:
    """When Enter started a search, and when each query's hits had been painted."""

    submitted: float = 0.0
    returned: float = 0.0
    round: int = 0
    after_search: dict[tuple[int, str], float] = field(default_factory=dict)
    painted: dict[tuple[int, str], float] = field(default_factory=dict)
    shown: asyncio.Event = field(default_factory=asyncio.Event)
    largest: SearchResult | None = None


async def keystrokes_to_results(corpus: Path, index_dir: Path, runs: int) -> dict[str, object]:
    from warta.search.service import SearchService
    from warta.tui.app import WartaApp
    from warta.tui.navigation import Request
    from warta.tui.screens.main import MainScreen

    timings = Timings()

    class TimedService(SearchService):
        """Marks when the engine handed back a search (in the worker thread)."""

        def search(self, *args: Any, **kwargs: Any) -> SearchResult:
            result = super().search(*args, **kwargs)
            timings.returned = time.perf_counter()
            return result

    class TimedScreen(MainScreen):
        """Marks when a search starts and when its results have been painted."""

        def _run_search(self, query: str, request: Request) -> None:
            timings.submitted = time.perf_counter()
            super()._run_search(query, request)

        def _show_results(self, answer: ResultsList.Results) -> None:
            super()._show_results(answer)
            query, result = answer.query, answer.result

            def painted() -> None:
                key = (timings.round, query)
                if key not in timings.painted:
                    timings.painted[key] = time.perf_counter()
                    timings.after_search[key] = timings.painted[key] - timings.returned
                timings.shown.set()

            if timings.largest is None or len(result.hits) > len(timings.largest.hits):
                timings.largest = result

            self.call_after_refresh(painted)

    class TimedApp(WartaApp):
        def get_default_screen(self) -> MainScreen:
            return TimedScreen(self.service)

    service = TimedService([corpus], index_dir)
    app = TimedApp(service)
    times: list[tuple[str, float, int]] = []
    screens: dict[str, object] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        while not screen.index_ready:
            await asyncio.sleep(0.01)
        for timings.round in range(runs):
            for query in QUERIES:
                screen.search_bar.focus()
                screen.search_bar.value = query
                timings.shown.clear()
                await pilot.press("enter")
                key = (timings.round, query)
                while key not in timings.painted:
                    await timings.shown.wait()
                    timings.shown.clear()
                seconds = timings.painted[key] - timings.submitted
                times.append((query, seconds, len(screen.results.hits)))
                await app.workers.wait_for_complete()
        filling = fill_and_draw(screen.results, timings.largest, runs * 4)
        screens = await screen_openings(app, pilot, runs)
    service.close()
    cold, *warm = times
    return {
        "first_query": {"query": cold[0], "seconds": round(cold[1], 4)},
        "warm_queries": summary([seconds for _query, seconds, _hits in warm]),
        "paint_after_search": summary(list(timings.after_search.values())[1:]),
        "fill_and_draw_results": filling,
        "per_query": [
            {"query": q, "seconds": round(s, 4), "hits": n} for q, s, n in times[: len(QUERIES)]
        ],
        **screens,
    }


def fill_and_draw(
    results: ResultsList, result: SearchResult | None, runs: int
) -> dict[str, object]:
    """Diagnostic: the results list filled with ``result`` and its visible lines drawn,
    ``runs`` times, called directly (no event loop, no other widget)."""
    from textual.geometry import Region

    if result is None or not result.hits:
        return {"hits": 0}
    region = Region(0, 0, results.size.width, results.size.height)
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        results.show_result(result)
        results.render_lines(region)
        seconds.append(time.perf_counter() - started)
    return {"hits": len(result.hits), **summary(seconds)}


async def screen_openings(app: App[None], pilot: Pilot[None], runs: int) -> dict[str, object]:
    """Key to painted screen for help and the palette, and for one-line screens."""
    from textual.events import Key
    from textual.screen import ModalScreen, Screen
    from textual.widgets import Static

    class OneLine(Screen[None]):
        def compose(self) -> ComposeResult:
            yield Static("one line")

    class OneLineModal(ModalScreen[None]):
        def compose(self) -> ComposeResult:
            yield Static("one line")

    async def painted_after(open_screen: Callable[[], object]) -> float:
        base = app.screen
        started = time.perf_counter()
        open_screen()
        while app.screen is base:
            await asyncio.sleep(0)
        done = asyncio.Event()
        app.screen.call_after_refresh(done.set)
        await done.wait()
        seconds = time.perf_counter() - started
        app.pop_screen()
        await pilot.pause()
        return seconds

    async def timed(open_screen: Callable[[], object]) -> dict[str, float]:
        return summary([await painted_after(open_screen) for _ in range(runs)])

    return {
        "help_open": await timed(lambda: app.post_message(Key("f1", None))),
        "palette_open": await timed(app.action_command_palette),
        "reference_one_line_screen_open": await timed(lambda: app.push_screen(OneLine())),
        "reference_one_line_modal_open": await timed(lambda: app.push_screen(OneLineModal())),
    }


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 4),
        "min": round(min(values), 4),
        "max": round(max(values), 4),
        "runs": len(values),
    }


def ensure_index(corpus: Path, index_dir: Path) -> float | None:
    """Build the index once (reused by later runs); returns the build time if it built."""
    from warta.search.service import SearchService

    service = SearchService([corpus], index_dir)
    try:
        if service.has_index():
            return None
        started = time.perf_counter()
        service.update()
        return time.perf_counter() - started
    finally:
        service.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--runs", type=int, default=5, help="launches per corpus")
    parser.add_argument(
        "--work",
        type=Path,
        help="where the indexes are kept between runs",
        default=Path(tempfile.gettempdir()) / "warta-bench-tui",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--child-empty", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        first_frame_child(*args.child)
        return 0
    if args.child_empty:
        empty_app_child()
        return 0

    from warta.search.paths import bundled_seeds

    corpora = {"seeds": bundled_seeds()}
    indosum = args.data / "indosum"
    if indosum.is_dir():
        corpora["indosum"] = indosum
    else:
        print(f"skipping indosum: {indosum} not found")
    results: dict[str, object] = {"reference_empty_app": first_frames(["--child-empty"], args.runs)}
    print(f"== reference_empty_app\n{json.dumps(results['reference_empty_app'], indent=2)}")
    for name, corpus in corpora.items():
        index_dir = args.work / name
        try:
            built = ensure_index(corpus, index_dir)
        except Exception as error:  # a broken corpus or indexer must not hide the other figures
            print(f"skipping {name}: building its index failed ({type(error).__name__}: {error})")
            continue
        figures: dict[str, object] = {}
        if built is not None:
            figures["index_build_seconds"] = round(built, 1)
        figures.update(first_frames(["--child", str(corpus), str(index_dir)], args.runs))
        figures.update(asyncio.run(keystrokes_to_results(corpus, index_dir, args.runs)))
        results[name] = figures
        print(f"== {name}\n{json.dumps(figures, indent=2, ensure_ascii=False)}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
