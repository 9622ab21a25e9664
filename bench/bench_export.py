"""Peak memory of ``warta export`` as the number of hits grows: it must stay flat.

A generated corpus of short articles (one JSON Lines file) in which a word is in every
article, another in one in ten and a third in one in a hundred, so that one index answers
with 1%, 10% and 100% of its articles. Each export runs as the user runs it, ``warta export
WORD --format csv -o FILE`` through the CLI's ``main``, in a fresh process that reports its
own peak RSS (Linux ``VmHWM``; ``wait4``'s maxrss would count the parent's memory at the
fork).

The index is built as ``warta index`` builds it (``SearchService.update``, entities too; two
short sentences an article keep that to minutes at 100,000).

    nice -n 10 python bench/bench_export.py --count 100000 --work /tmp/export-bench
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: The words and the share of articles that hold them.
WORDS = {"seratus": 100, "sepuluh": 10, "umum": 1}
#: What is exported: each word, and two words that 1% of the articles have both of and 10%
#: one of (while fewer than 1,000 have both, the best partial matches follow them).
QUERIES = (*WORDS, "seratus sepuluh")


def generate(corpus: Path, count: int) -> None:
    """``count`` short articles, each with a title, a date, a source and a URL."""
    corpus.mkdir(parents=True, exist_ok=True)
    with (corpus / "berita.jsonl").open("w", encoding="utf-8") as stream:
        for number in range(count):
            words = " ".join(word for word, every in WORDS.items() if number % every == 0)
            article = {
                "id": f"a{number:06d}",
                "title": f'Kabar nomor {number}, harga "cabai" di pasar',
                "text": f"Berita {words} nomor {number}. Harga cabai naik di pasar induk.",
                "date": f"20{10 + number % 14:02d}-{1 + number % 12:02d}-{1 + number % 28:02d}",
                "source": "Kabar Contoh",
                "url": f"https://contoh.id/berita/{number}",
            }
            stream.write(json.dumps(article, ensure_ascii=False) + "\n")


def build(corpus: Path, index: Path) -> float:
    from warta.search.service import SearchService

    started = time.perf_counter()
    SearchService([corpus], index).update()
    return time.perf_counter() - started


#: Runs ``warta ARGS...`` as the console script does, then prints its peak RSS in kB.
EXPORT_CHILD = """
import sys
from warta.tui.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status", encoding="ascii") as status:
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print(peak)
sys.exit(code)
"""


def export(corpus: Path, index: Path, data: Path, word: str, target: Path) -> dict[str, float]:
    """One ``warta export`` in a fresh process: its wall time, peak RSS and rows written."""
    command = [
        *(sys.executable, "-c", EXPORT_CHILD, "--corpus", str(corpus)),
        *("--index-dir", str(index), "--data-dir", str(data)),
        *("export", word, "--format", "csv", "-o", str(target), "--force"),
    ]
    started = time.perf_counter()
    child = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(child.stderr)
    with target.open(encoding="utf-8") as written:
        rows = sum(1 for _ in written) - 1
    peak_mb = int(child.stdout.split()[-1]) / 1024
    return {"rows": rows, "seconds": round(seconds, 2), "peak_rss_mb": round(peak_mb, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument(
        "--work", type=Path, help="reused across runs (default: a temporary folder)"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="warta-export-bench-"))
    corpus, index = work / f"corpus-{args.count}", work / f"index-{args.count}"
    report: dict[str, object] = {"articles": args.count}
    if not (corpus / "berita.jsonl").is_file():
        generate(corpus, args.count)
    if not (index / "WARTA-INDEX").is_file():
        report["build_seconds"] = round(build(corpus, index), 1)
    report["exports"] = {
        query: export(corpus, index, work / "data", query, work / f"{query}.csv")
        for query in QUERIES
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
