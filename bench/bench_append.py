"""What an update costs when a scraper appends one article to a jsonl archive, beside the
same update when the file changed before its end (the whole file read again: what every
append cost before appends were read alone), both measured in this run through the CLI.

    python bench/bench_append.py [--corpus ../shared/data/indosum/articles.jsonl]
        [--articles 1000] [--repeat 3] [--out DIR]

The archive is the corpus's first ``--articles`` lines; each append adds the next line.
Skips cleanly when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "indosum" / "articles.jsonl"


def timed_update(corpus: Path, work: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ``warta index`` (the CLI, a process of its own)."""
    command = [
        sys.executable,
        "-m",
        "warta.tui.cli",
        "--corpus",
        str(corpus),
        "--index-dir",
        str(work / "index"),
        "--data-dir",
        str(work / "data"),
        "index",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def first_line_changed(lines: list[str], run: int) -> str:
    """The archive with its first article's text changed (a word added), so that the bytes
    an earlier update read are no longer the same."""
    record = json.loads(lines[0])
    record["text"] = f"{record['text']} Diperbarui {run}."
    return "".join([json.dumps(record, ensure_ascii=False) + "\n", *lines[1:]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"skipped: no corpus at {args.corpus}")
        return 0
    with args.corpus.open(encoding="utf-8") as handle:
        lines = [line for _, line in zip(range(args.articles + args.repeat), handle, strict=False)]
    archive_lines = lines[: args.articles]
    with tempfile.TemporaryDirectory(prefix="warta-append-") as scratch:
        work = Path(scratch)
        corpus = work / "corpus"
        corpus.mkdir()
        archive = corpus / "arsip.jsonl"
        archive.write_text("".join(archive_lines), encoding="utf-8")
        build_wall, build_cpu = timed_update(corpus, work)
        appended, whole = [], []
        for run in range(args.repeat):
            archive_lines.append(lines[args.articles + run])
            with archive.open("a", encoding="utf-8") as handle:
                handle.write(archive_lines[-1])
            appended.append(timed_update(corpus, work))
            archive.write_text(first_line_changed(archive_lines, run), encoding="utf-8")
            whole.append(timed_update(corpus, work))
    figures = {
        "articles": args.articles,
        "build": {"wall": round(build_wall, 2), "cpu": round(build_cpu, 2)},
        "append_one": {
            "wall": round(statistics.median(w for w, _ in appended), 2),
            "cpu": round(statistics.median(c for _, c in appended), 2),
        },
        "first_line_changed": {
            "wall": round(statistics.median(w for w, _ in whole), 2),
            "cpu": round(statistics.median(c for _, c in whole), 2),
        },
        "cpus": os.cpu_count(),
    }
    ratio = figures["first_line_changed"]["cpu"] / max(figures["append_one"]["cpu"], 1e-9)
    figures["ratio_cpu"] = round(ratio, 1)
    print(f"archive of {args.articles} articles, median of {args.repeat} (wall / CPU seconds)")
    print(f"  build:                          {build_wall:8.2f} / {build_cpu:8.2f}")
    for name in ("append_one", "first_line_changed"):
        print(f"  {name:31} {figures[name]['wall']:8.2f} / {figures[name]['cpu']:8.2f}")
    print(f"  whole-file update / append, CPU: {ratio:.1f}x")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "append.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
