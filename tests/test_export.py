"""``warta export``: every hit, a tag, a saved search or an entity's mentions, as CSV, JSON
Lines or Markdown, each read back; written whole or not at all."""

from __future__ import annotations

import csv
import errno
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from warta.search.errors import WartaError
from warta.search.export import ExportRow, export_to_file, write_rows
from warta.tui.cli import main

#: Titles a spreadsheet or a Markdown reader would misread if written raw.
ARTICLES = [
    {
        "id": "koma",
        "title": 'Harga "cabai", bawang; naik\ndi pasar',
        "text": "Harga cabai naik di pasar induk. Pedagang mengeluh.",
        "date": "2023-04-15",
        "source": "Kabar, Jakarta",
        "url": "https://contoh.id/cabai?a=1&b=2",
    },
    {
        "id": "rumus",
        "title": '=HYPERLINK("http://x") cabai *tebal* [tautan](x)',
        "text": "Cabai rawit langka. Petani cabai panen.",
        "date": "2023-03-26",
    },
    {"id": "lain", "title": "Beras murah", "text": "Harga beras turun."},
]


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = (json.dumps(article, ensure_ascii=False) for article in ARTICLES)
    (corpus / "berita.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return corpus


def run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path, *args: str
) -> tuple[int, str, str]:
    code = main(
        [
            *("--corpus", str(archive), "--index-dir", str(tmp_path / "index")),
            *("--data-dir", str(tmp_path / "data")),
            *args,
        ]
    )
    out, err = capsys.readouterr()
    return code, out, err


def test_csv_reads_back_as_written_with_proper_quoting(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path
) -> None:
    target = tmp_path / "cabai.csv"
    code, out, err = run(capsys, tmp_path, archive, "export", "cabai", "-o", str(target), "--bom")
    assert code == 0 and out == "" and "2" in err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the file as UTF-8
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = {row["id"]: row for row in csv.DictReader(stream)}
    assert set(rows) == {"koma", "rumus"}
    assert rows["koma"]["title"] == 'Harga "cabai", bawang; naik di pasar'
    assert rows["koma"]["source"] == "Kabar, Jakarta"
    assert rows["koma"]["date"] == "2023-04-15"
    assert rows["koma"]["url"] == "https://contoh.id/cabai?a=1&b=2"
    # A title a spreadsheet would run as a formula is text there.
    assert rows["rumus"]["title"].startswith("'=HYPERLINK")


def test_jsonl_reads_back_one_record_a_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path
) -> None:
    code, out, _ = run(capsys, tmp_path, archive, "export", "cabai", "--format", "jsonl")
    assert code == 0
    records = {record["id"]: record for record in map(json.loads, out.splitlines())}
    assert records["koma"] == {
        "id": "koma",
        "title": 'Harga "cabai", bawang; naik di pasar',
        "source": "Kabar, Jakarta",
        "date": "2023-04-15",
        "url": "https://contoh.id/cabai?a=1&b=2",
        "author": None,
    }
    assert records["rumus"]["title"] == '=HYPERLINK("http://x") cabai *tebal* [tautan](x)'


def test_markdown_cites_title_source_date_in_the_language_and_url(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path
) -> None:
    target = tmp_path / "cabai.md"
    code, _, _ = run(
        capsys, tmp_path, archive, "export", "cabai", "-o", str(target), "--lang", "id"
    )
    assert code == 0
    lines = target.read_text("utf-8").splitlines()
    koma = next(line for line in lines if "`koma`" in line)
    assert koma.startswith(("1. ", "2. "))
    assert '**Harga "cabai", bawang; naik di pasar**' in koma
    assert "Kabar, Jakarta" in koma and "15 Apr 2023" in koma  # Babel, Indonesian
    assert "<https://contoh.id/cabai?a=1&b=2>" in koma
    rumus = next(line for line in lines if "`rumus`" in line)
    assert r"\*tebal\* \[tautan\](x)" in rumus  # no bold, no link: the title as written


def test_markdown_cites_a_title_made_of_the_first_sentence_as_untitled(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A JSON line without a title is listed under its first sentence, cut; the Markdown
    citations bolded that cut sentence as the article's title, as c did."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    line = {"id": "tanpa", "text": "Harga cabai naik lagi di pasar induk pagi ini.\n\nLagi."}
    (corpus / "berita.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    code, out, _ = run(capsys, tmp_path, corpus, "export", "cabai", "--format", "md")
    assert code == 0
    assert out == "1. **\\[untitled\\]** (`tanpa`)\n"


def test_a_tag_a_saved_search_and_an_entity_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path
) -> None:
    assert run(capsys, tmp_path, archive, "tag", "lain", "simpan")[0] == 0
    code, out, _ = run(capsys, tmp_path, archive, "export", "--tag", "simpan", "--format", "jsonl")
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["lain"]

    assert run(capsys, tmp_path, archive, "search", "--save", "pasar", "pasar")[0] == 0
    code, out, _ = run(capsys, tmp_path, archive, "export", "--saved", "pasar", "--format", "jsonl")
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["koma"]

    code, out, _ = run(capsys, tmp_path, archive, "entities", "--json")
    name = json.loads(out)[0]["name"]
    code, out, err = run(capsys, tmp_path, archive, "export", "--entity", name, "--format", "jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    code, out, _ = run(capsys, tmp_path, archive, "mentions", name, "--json")
    mentions = json.loads(out)["mentions"]
    assert [row["id"] for row in rows] == [mention["article"] for mention in mentions]
    for row, mention in zip(rows, mentions, strict=True):
        code, out, _ = run(capsys, tmp_path, archive, "show", row["id"], "--json")
        text = json.loads(out)[mention["field"]]
        named = text[mention["start"] : mention["end"]]
        assert row["entity"] == name and named in row["quote"] and row["quote"] in text


def test_partial_matches_are_exported_after_the_articles_with_every_word(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path
) -> None:
    """One article has both words: the export holds the search's hits, that article
    first, then those with only one of the words, as ``warta search`` lists them."""
    code, out, err = run(capsys, tmp_path, archive, "search", "harga cabai", "--json")
    found = json.loads(out)
    assert code == 0 and found["matched"] == "some", err
    code, out, err = run(capsys, tmp_path, archive, "export", "harga cabai", "--format", "jsonl")
    assert code == 0, err
    exported = [json.loads(line)["id"] for line in out.splitlines()]
    assert exported == [hit["id"] for hit in found["hits"]]
    assert exported[0] == "koma" and set(exported) == {"koma", "rumus", "lain"}


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("export",), "export takes a QUERY or one of --tag, --saved, --entity"),
        (("export", "cabai", "--tag", "x"), "export takes a QUERY or one of --tag, --saved"),
        (("export", "--tag", "tidakada"), "no article has the tag tidakada"),
        (("export", "--saved", "tidakada"), "tidakada"),
        (("export", "cabai AND"), "AND"),
    ],
)
def test_an_export_that_cannot_run_is_one_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    archive: Path,
    args: tuple[str, ...],
    says: str,
) -> None:
    code, out, err = run(capsys, tmp_path, archive, *args)
    assert code == 2 and out == "" and err.count("\n") == 1 and says in err


def test_an_existing_file_is_replaced_only_with_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path
) -> None:
    target = tmp_path / "hasil.jsonl"
    target.write_text("punya saya\n", "utf-8")
    code, _, err = run(capsys, tmp_path, archive, "export", "cabai", "-o", str(target))
    assert code == 2 and "exists" in err and "--force" in err
    assert target.read_text("utf-8") == "punya saya\n"
    code, _, _ = run(capsys, tmp_path, archive, "export", "cabai", "-o", str(target), "--force")
    assert code == 0 and len(target.read_text("utf-8").splitlines()) == 2
    assert sorted(path.name for path in tmp_path.iterdir() if path.is_file()) == ["hasil.jsonl"]


def test_a_failed_export_leaves_no_half_file(tmp_path: Path) -> None:
    """Whatever stops the writing (a damaged index, Ctrl+C), the file is whole or absent."""
    target = tmp_path / "hasil.csv"

    def rows() -> Iterator[ExportRow]:
        yield ExportRow("a", "satu", None, None, None, None)
        raise WartaError("the index is damaged")

    with pytest.raises(WartaError):
        export_to_file(target, lambda stream: write_rows(rows(), stream, "csv"))
    assert list(tmp_path.iterdir()) == []


def test_the_export_benchmark_exports_each_share_of_its_corpus(tmp_path: Path) -> None:
    """``bench/bench_export.py`` (the 100,000-row memory figure) measures what it says."""
    bench = Path(__file__).resolve().parent.parent / "bench" / "bench_export.py"
    done = subprocess.run(
        [sys.executable, str(bench), "--count", "200", "--work", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    exports = json.loads(done.stdout)["exports"]
    assert {word: run["rows"] for word, run in exports.items()} == {
        "seratus": 2,
        "sepuluh": 20,
        "umum": 200,
        "seratus sepuluh": 20,  # the 2 with both words, then the 18 with one
    }
    assert all(run["peak_rss_mb"] > 0 for run in exports.values())


def _no_hard_links(code: int) -> Callable[..., None]:
    def link(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return link


@pytest.mark.parametrize("code", [errno.ENOSYS, errno.EPERM, errno.EACCES, errno.EINVAL])
def test_an_export_is_written_where_the_system_makes_no_hard_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """sshfs without the server's hardlink extension says ENOSYS, FAT and exFAT EPERM:
    the export failed there ("Function not implemented") where the rename wrote it."""
    monkeypatch.setattr(os, "link", _no_hard_links(code))
    target = tmp_path / "hasil.csv"
    assert export_to_file(target, lambda stream: stream.write("isi\n")) == 4
    assert target.read_text(encoding="utf-8") == "isi\n"
    assert [path.name for path in tmp_path.iterdir()] == ["hasil.csv"]


def test_without_hard_links_a_link_made_meanwhile_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a USB stick (FAT: EPERM for a link) the rename replaced a symbolic link made at
    the name while the export was written; --force, which replaces only a file, is not
    offered for it."""
    monkeypatch.setattr(os, "link", _no_hard_links(errno.EPERM))
    target = tmp_path / "hasil.csv"

    def link(stream: object) -> int:
        target.symlink_to(tmp_path / "tidak-ada")
        return 0

    with pytest.raises(WartaError, match="symbolic link") as refused:
        export_to_file(target, link)
    assert "--force" not in str(refused.value)
    assert target.is_symlink() and [path.name for path in tmp_path.iterdir()] == ["hasil.csv"]


@pytest.mark.parametrize("code", [None, errno.EPERM])
def test_a_file_made_while_the_export_is_written_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int | None
) -> None:
    """The name was free when the export began, and another file took it meanwhile (a
    second export of the same search, the user's own): the rename replaced that file
    without asking, on a USB stick too (FAT: EPERM for a link). It is kept, the export
    refused, nothing left beside it."""
    if code is not None:
        monkeypatch.setattr(os, "link", _no_hard_links(code))
    target = tmp_path / "hasil.csv"

    def write(stream: object) -> int:
        target.write_text("milik pengguna\n", encoding="utf-8")
        return 0

    with pytest.raises(WartaError, match="exists; --force"):
        export_to_file(target, write)
    assert target.read_text(encoding="utf-8") == "milik pengguna\n"
    assert [path.name for path in tmp_path.iterdir()] == ["hasil.csv"]
    assert export_to_file(target, lambda stream: 0, force=True) == 0
    assert target.read_text(encoding="utf-8") == ""


def test_a_folder_made_meanwhile_is_not_offered_to_force(tmp_path: Path) -> None:
    """--force replaces only a file: a folder or a dangling link made at the name while
    the export was written is said as what it is."""
    target = tmp_path / "hasil.csv"
    with pytest.raises(WartaError, match="not a file") as refused:
        export_to_file(target, lambda stream: target.mkdir() or 0)
    assert "--force" not in str(refused.value) and target.is_dir()
