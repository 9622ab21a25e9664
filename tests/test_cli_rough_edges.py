"""The command line's rough edges a new user hit (report explorer-as-a-new-user.md, B10-B35)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui import cli
from warta.tui.cli import main

from tests.conftest import SEEDS

SAM = "002_c0de79780e8f4f90"
MUSK_000 = "000_57ce1d9c2516dadd"


def run(capsys: pytest.CaptureFixture[str], index: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--index-dir", str(index), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _never_open_the_explorer(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.tui.app import WartaApp

    def explorer(app: WartaApp) -> None:
        raise AssertionError("the full-screen explorer opened")

    monkeypatch.setattr(WartaApp, "run", explorer)


# -- B10: a mistyped command, or no terminal, never opens the explorer ---------------------------


@pytest.mark.parametrize(
    ("typed", "meant"), [("serch", "search"), ("shw", "show"), ("mention", "mentions")]
)
def test_a_mistyped_command_is_refused_with_the_command_meant(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    typed: str,
    meant: str,
) -> None:
    _never_open_the_explorer(monkeypatch)
    monkeypatch.setattr(cli, "_has_terminal", lambda: True)
    code, out, err = run(capsys, seeds_index, typed, "elon")
    assert (code, out) == (2, "")
    assert err == f"warta: unknown command '{typed}' (did you mean '{meant}'?)\n"


def test_a_query_word_unlike_any_command_still_opens_the_explorer(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seeds_index: Path
) -> None:
    """The README's ``warta QUERY``: ``indeks`` (Indonesian) is a word, not a typo of
    ``index``; ``--`` searches for a word that looks like a command."""
    from warta.tui.app import WartaApp

    opened: list[str | None] = []
    monkeypatch.setattr(WartaApp, "run", lambda app: opened.append(app.initial_query))
    monkeypatch.setattr(cli, "_has_terminal", lambda: True)
    for args in (("indeks", "saham"), ("--", "serch")):
        code, _, err = run(capsys, seeds_index, *args)
        assert code == 0, err
    assert opened == ["indeks saham", "serch"]


def test_the_explorer_never_starts_without_a_terminal(seeds_index: Path) -> None:
    """``warta musk </dev/null | cat`` from a script: one line, exit 2, no escape sequence."""
    completed = subprocess.run(
        [sys.executable, "-m", "warta.tui.cli", "--index-dir", str(seeds_index), "musk"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert completed.stderr.startswith("warta: the explorer needs a terminal")
    assert completed.stderr.count("\n") == 1 and "\x1b" not in completed.stderr


# -- B30: a closed pipe ends quietly -------------------------------------------------------------


def test_a_closed_pipe_exits_0_quietly(seeds_index: Path) -> None:
    """``warta mentions elon | head -2``: the reader is gone before warta writes a line."""
    command = [sys.executable, "-m", "warta.tui.cli", "--index-dir", str(seeds_index)]
    process = subprocess.Popen(
        [*command, "mentions", "elon"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # long before the child has started: every write hits EPIPE
    err = process.stderr.read()
    assert process.wait(timeout=120) == 0
    assert err == b""


# -- B18: piped output and wording ---------------------------------------------------------------


def test_piped_output_has_no_trailing_spaces_and_titles_wrap_under_themselves(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    for args in (("search", "grok"), ("entities",), ("mentions", "altman")):
        code, out, _ = run(capsys, seeds_index, *args)
        assert code == 0
        assert [line for line in out.splitlines() if line != line.rstrip()] == [], args
    _, out, _ = run(capsys, seeds_index, "search", "grok")
    lines = out.splitlines()
    title = next(index for index, line in enumerate(lines) if "Source Code Grok" in line)
    assert lines[title + 1] == "     OpenAI"  # the title's second line, under its first word


def test_counts_are_worded_for_their_number(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    _, out, _ = run(capsys, seeds_index, "search", "zuckerberg")
    assert "1 of 1 article\n" in out
    _, out, _ = run(capsys, seeds_index, "search", "qwxzv")
    assert "No article matches." in out and "0 of 0" not in out
    _, out, _ = run(capsys, seeds_index, "mentions", "Aurora")
    assert "· 1 mention\n" in out


def test_index_says_up_to_date_when_nothing_was_indexed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Judul\n\nHarga beras naik lagi.\n", "utf-8")
    code, out, _ = run(capsys, tmp_path / "i", "--corpus", str(corpus), "index")
    assert code == 0 and out.startswith("1 article indexed in ") and "1 file added," in out
    code, out, _ = run(capsys, tmp_path / "i", "--corpus", str(corpus), "index")
    assert code == 0 and out.startswith("Index up to date: 1 article, checked in ")
    assert "1 unchanged" in out and out.count("\n") == 1


def test_one_spelling_of_unrecognized(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seeds_index: Path
) -> None:
    """argparse says "unrecognized"; warta's own message for the explorer's options agrees."""
    _never_open_the_explorer(monkeypatch)
    _, _, explorer = run(capsys, seeds_index, "--limt", "musk")
    _, _, command = run(capsys, seeds_index, "entities", "--top", "3")
    assert "unrecognized arguments: --limt" in explorer
    assert "unrecognized arguments: --top 3" in command


# -- B16: JSON mentions say which string their offsets index ----------------------------------


def test_mentions_json_says_title_or_body(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, _ = run(capsys, seeds_index, "mentions", "Sam Altman", "--json")
    assert code == 0
    found = json.loads(out)["mentions"]
    _, shown, _ = run(capsys, seeds_index, "show", SAM, "--json")
    article = json.loads(shown)
    in_sam = [mention for mention in found if mention["article"] == SAM]
    assert {mention["field"] for mention in in_sam} == {"title", "body"}
    for mention in in_sam:
        text = article[mention["field"]][mention["start"] : mention["end"]]
        assert text in ("Sam Altman", "Altman"), mention


def test_show_json_counts_title_mentions_as_entities_does(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """Summed over the articles, ``show --json`` gives every mention ``entities`` counts."""
    _, out, _ = run(capsys, seeds_index, "entities", "--json")
    musk = next(entity for entity in json.loads(out) if entity["name"] == "Elon Musk")
    total = 0
    for path in sorted(SEEDS.glob("*.txt")):
        _, shown, _ = run(capsys, seeds_index, "show", path.stem, "--json")
        article = json.loads(shown)
        for entity in article["entities"]:
            if entity["name"] != "Elon Musk":
                continue
            for mention in entity["mentions"]:
                assert set(mention) == {"field", "start", "end"}
                assert article[mention["field"]][mention["start"] : mention["end"]]
                total += 1
    assert total == musk["mentions"]


def test_show_json_gives_the_url_when_the_article_has_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [
        {"id": "a", "title": "Harga beras", "text": "Harga beras naik.", "url": "https://x.id/a"},
        {"id": "b", "title": "Harga gula", "text": "Harga gula naik."},
    ]
    (corpus / "news.jsonl").write_text("\n".join(json.dumps(line) for line in lines), "utf-8")
    _, out, _ = run(capsys, tmp_path / "i", "--corpus", str(corpus), "show", "a", "--json")
    assert json.loads(out)["url"] == "https://x.id/a"
    _, out, _ = run(capsys, tmp_path / "i", "--corpus", str(corpus), "show", "b", "--json")
    assert "url" not in json.loads(out)


# -- B19: the README's NOT needs no quotes -------------------------------------------------------


def test_the_readme_not_example_works_unquoted(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, err = run(capsys, seeds_index, "search", "grok", "-altman", "--json")
    assert code == 0, err
    data = json.loads(out)
    _, everything, _ = run(capsys, seeds_index, "search", "grok", "--json")
    assert data["query"] == "grok -altman"
    assert 0 < data["total"] < json.loads(everything)["total"]


# -- B20: the closest names of an unknown one ------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "closest"),
    [("sam", "Sam Altman"), ("zuck", "Mark Zuckerberg"), ("Elon Mask", "Elon Musk")],
)
def test_an_unknown_name_offers_the_names_it_begins_or_nearly_spells(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, typed: str, closest: str
) -> None:
    code, out, err = run(capsys, seeds_index, "mentions", typed)
    assert (code, out) == (2, "")
    assert err.split("closest: ")[1].rstrip().split(", ")[0] == closest


# -- B21: snippets and contexts cut at words, paragraph breaks as one space -----------------


def _cut_at_words(line: str, source: str) -> bool:
    """Whether each ellipsis of ``line`` stands where ``source`` has a word boundary."""
    words = line.strip("…").split(" ")
    first = not line.startswith("…") or re.search(rf"(?:^|\s){re.escape(words[0])}", source)
    last = not line.endswith("…") or re.search(rf"{re.escape(words[-1])}(?:\s|$)", source)
    return bool(first and last)


def test_snippets_and_mention_contexts_are_cut_at_words_on_one_line(
    seeds_service: SearchService,
) -> None:
    from warta.tui.widgets.entity_view import kwic_prompt
    from warta.tui.widgets.results import trim_snippet

    checked = 0
    for query in ("musk", "openai", "altman", "grok", "jakarta", "pelatihan", "dolar"):
        for hit in seeds_service.search(query, limit=10).hits:
            body = seeds_service.article(hit.id).body  # type: ignore[union-attr]
            assert "  " not in hit.snippet.text, hit.snippet.text
            assert _cut_at_words(hit.snippet.text, body), hit.snippet.text
            listed = trim_snippet(hit.snippet).text  # the results list's shorter line
            assert _cut_at_words(listed, body), listed
            checked += 1
    for entity in seeds_service.entities()[:15]:
        for mention in seeds_service.mentions(entity.id):
            article = seeds_service.article(mention.article)
            assert article is not None
            source = article.title if mention.field == "title" else article.body
            assert "  " not in mention.context, mention.context
            assert _cut_at_words(mention.context, source), mention.context
            at, until = mention.context_start, mention.context_end
            assert mention.context[at:until] == mention.surface
            shown = kwic_prompt(mention).plain.strip()  # the entity view's line
            assert _cut_at_words(shown, source), shown
            checked += 1
    assert checked > 100


def test_a_window_snaps_to_the_words_around_a_paragraph_break() -> None:
    """Words separated only by newlines: the edges still fall between words, never in one."""
    from warta.search.query import make_snippet
    from warta.search.service import keyword_in_context

    body = "\n\n".join(["Pembuka"] + ["berita"] * 30 + ["durian"] + ["penutup"] * 30)
    start = body.index("durian")
    line, at, _until = keyword_in_context(body, start, start + 6)
    assert line[at : at + 6] == "durian"
    assert set(line.strip("…").split(" ")) <= {"berita", "durian", "penutup"}
    snippet = make_snippet(body, [(start, start + 6)])
    assert set(snippet.text.strip("…").split(" ")) <= {"berita", "durian", "penutup"}
    ((mark_start, mark_end),) = snippet.marks
    assert snippet.text[mark_start:mark_end] == "durian"


# -- B28: ages count whole units -------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "english", "indonesian"),
    [
        (dt.date(2023, 4, 15), "3 years ago", "3 tahun yang lalu"),  # 3 years 7 months
        (dt.date(2025, 12, 3), "11 months ago", "11 bulan yang lalu"),
        (dt.date(2025, 12, 2), "1 year ago", "1 tahun yang lalu"),
        (dt.date(2026, 11, 20), "1 week ago", "1 minggu yang lalu"),  # 12 days
        (dt.date(2026, 11, 29), "3 days ago", "3 hari yang lalu"),
        (dt.date(2027, 3, 1), "in 2 months", "dalam 2 bulan"),
    ],
)
def test_an_age_counts_whole_years_months_and_weeks(
    published: dt.date, english: str, indonesian: str
) -> None:
    from warta.tui.formatting import relative_age

    today = dt.date(2026, 12, 2)
    assert relative_age(published, today, "en") == english
    assert relative_age(published, today, "id") == indonesian


# -- B32: citations name the writer; quotes leave the dateline out ---------------------------


def test_the_citation_names_the_writer_and_the_quote_starts_with_the_story(
    seeds_service: SearchService,
) -> None:
    from warta.tui.text import quotation
    from warta.tui.widgets.document import build_document
    from warta.tui.widgets.reader import article_citation

    article = seeds_service.article(MUSK_000)
    assert article is not None and article.byline == "Rep: Santi Sopia; Red: Natalia Endah Hapsari"
    document = build_document(article, "", seeds_service.article_mentions(MUSK_000))
    cited = article_citation(document.article)
    assert cited.startswith("Santi Sopia, Sempat Bilang Bahaya")
    assert "Natalia" not in cited  # the editor did not write it
    start = document.plain.index("JAKARTA---Jauh")
    quoted = quotation(document.sentence(start, start + 5), cited)
    assert quoted.startswith("“Jauh sebelum ChatGPT dari OpenAI")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Rep: Santi Sopia; Red: Natalia Endah Hapsari", "Santi Sopia"),
        ("Editor: Arison Tombeg", None),
        ("Penulis: A. Budi; Editor: C", "A. Budi"),
        ("Dewi Lestari", "Dewi Lestari"),  # a JSON ``author`` field, as stated
        (None, None),
    ],
)
def test_byline_authors(byline: str | None, authors: str | None) -> None:
    from warta.search.metadata import byline_authors

    assert byline_authors(byline) == authors


# -- B15: a shared index is never served for other corpus folders ----------------------------


def test_a_shared_index_follows_the_corpus_folder_it_is_asked_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The README's two set-up commands with one WARTA_INDEX_DIR: the seeds move from
    site-packages to the checkout; the index must not keep pointing at the old files."""
    index = tmp_path / "shared-index"
    installed = tmp_path / "site-packages" / "seeds"
    shutil.copytree(SEEDS, installed)
    assert run(capsys, index, "--corpus", str(installed), "index")[0] == 0
    checkout = tmp_path / "checkout" / "seeds"
    shutil.copytree(SEEDS, checkout)
    shutil.rmtree(installed)
    code, out, err = run(capsys, index, "--corpus", str(checkout), "show", MUSK_000, "--json")
    assert code == 0, err
    assert json.loads(out)["path"] == str(checkout / f"{MUSK_000}.txt")
    code, out, _ = run(capsys, index, "--corpus", str(checkout), "search", "musk", "--json")
    assert code == 0 and json.loads(out)["total"] == 5


# -- B34: progress moves inside one jsonl file -----------------------------------------------


def test_progress_moves_while_one_jsonl_file_is_indexed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = (
        json.dumps({"id": f"a{number}", "text": f"Harga beras naik {number} persen di pasar."})
        for number in range(100)
    )
    (corpus / "news.jsonl").write_text("\n".join(lines), "utf-8")
    seen: list[tuple[int, int]] = []
    service = SearchService([corpus], tmp_path / "index")
    try:
        service.update(progress=lambda done, total: seen.append((done, total)))
    finally:
        service.close()
    total = seen[-1][1]
    assert seen[-1] == (total, total)
    between = [done for done, _ in seen if 0 < done < total]
    assert len(between) >= 2 and between == sorted(between)


def test_paragraphs_cut_after_a_comment_form_are_said_in_show_and_the_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """B29: the text after "Post a Comment for …" was dropped without a word."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "blog.txt").write_text(
        "Judul Berita Blog\n\nAwal berita yang sebenarnya.\n\nPost a Comment for Judul Berita Blog"
        "\n\nParagraf panjang sesudahnya yang nyata, dengan kalimat yang berakhir titik.\n",
        "utf-8",
    )
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*base, "index"]) == 0
    capsys.readouterr()
    assert main([*base, "show", "blog", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert "Paragraf panjang" not in shown["body"]
    assert shown["notices"] == [
        "1 paragraph after “Post a Comment for Judul Berita Blog” left out as page furniture"
    ]
    assert main([*base, "show", "blog"]) == 0
    assert "1 paragraph after" in capsys.readouterr().out
    from warta.tui.widgets.reader import meta_line

    service = SearchService([corpus], tmp_path / "index")
    article = service.article("blog")
    assert article is not None
    assert "left out as page furniture" in meta_line(article, dt.date(2026, 12, 2))
