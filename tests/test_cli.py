"""The command line as scripts use it: JSON contracts, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from warta.search import index as index_module
from warta.tui.cli import main

from tests.conftest import SEEDS

SAM = "002_c0de79780e8f4f90"


def run(capsys: pytest.CaptureFixture[str], index: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--index-dir", str(index), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_contract(capsys: pytest.CaptureFixture[str], seeds_index: Path) -> None:
    code, out, _ = run(capsys, seeds_index, "search", "altman", "--json", "--limit", "2")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"query", "total", "hits", "suggestion", "notice", "matched"}
    assert data["query"] == "altman" and data["total"] >= 2 and len(data["hits"]) == 2
    for hit in data["hits"]:
        # same_story (#16): the hit's near-duplicate group, None when it has no copy.
        assert set(hit) == {"id", "title", "source", "date", "score", "snippet", "same_story"}
        assert isinstance(hit["score"], float) and hit["same_story"] is None
    assert data["hits"][0]["id"] == SAM
    assert data["suggestion"] is None
    assert data["notice"] is None
    assert data["matched"] == "all"


def test_a_question_finds_partial_matches_and_says_so(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """A typed question: its `?` is punctuation, its question word optional, and the
    articles with only some of its words follow, said in the JSON and in the text."""
    code, out, _ = run(capsys, seeds_index, "search", "Siapakah CEO OpenAI penggugat?", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] >= 2
    assert data["matched"] == "some"
    code, out, _ = run(capsys, seeds_index, "search", "Siapakah CEO OpenAI penggugat?")
    assert code == 0 and "only some of the words" in out


def test_a_narrowed_search_says_so_in_text_and_json(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """``musk~7`` is searched as ``musk~2``: the user is told, not left guessing."""
    code, out, _ = run(capsys, seeds_index, "search", "musk~7", "--json")
    assert code == 0
    assert "~2" in json.loads(out)["notice"]
    code, out, _ = run(capsys, seeds_index, "search", "musk~7")
    assert code == 0 and "was searched as ~2" in out


def test_search_with_no_hits_exits_zero_and_a_typo_is_searched_corrected(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, _ = run(capsys, seeds_index, "search", "zuckerbreg -zuckerberg", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == 0 and data["hits"] == []
    # A word no article has is searched as its correction too, which is said.
    code, out, _ = run(capsys, seeds_index, "search", "zuckerbreg", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] > 0 and "zuckerberg was searched too" in data["notice"]


def test_show_json_contract(capsys: pytest.CaptureFixture[str], seeds_index: Path) -> None:
    code, out, _ = run(capsys, seeds_index, "show", "000_57ce1d9c2516dadd", "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {
        *("id", "title", "source", "byline", "date", "body", "path", "entities", "notices"),
        "quotes",
        *("tags", "starred", "note"),  # the user's marks (#15): none in a fresh data folder
    }
    # Who said what in it, the speaker as the entity whose list has the quote.
    said = [quote for quote in data["quotes"] if quote["speaker"] == "elon_musk"]
    assert said and all(
        data["body"][quote["start"] : quote["end"]] == quote["quote"] for quote in data["quotes"]
    )
    _, listed, _ = run(capsys, seeds_index, "quotes", "elon_musk", "--json")
    in_list = [q for q in json.loads(listed)["quotes"] if q["article"] == "000_57ce1d9c2516dadd"]
    assert [(q["start"], q["end"]) for q in in_list] == [(q["start"], q["end"]) for q in said]
    assert (data["tags"], data["starred"], data["note"]) == ([], False, None)
    assert data["date"] == "2023-04-15"
    assert data["source"] == "REPUBLIKA.CO.ID"
    assert "Baca Juga" not in data["body"]
    for entity in data["entities"]:
        assert set(entity) == {"id", "name", "kind", "mentions"}
        for mention in entity["mentions"]:
            assert set(mention) == {"field", "start", "end"}
            surface = data[mention["field"]][mention["start"] : mention["end"]]
            assert surface and surface[0].isalnum()
    names = {entity["name"] for entity in data["entities"]}
    assert "Elon Musk" in names


def test_entities_and_mentions_json(capsys: pytest.CaptureFixture[str], seeds_index: Path) -> None:
    code, out, _ = run(capsys, seeds_index, "entities", "--json")
    entities = json.loads(out)
    assert code == 0 and entities
    assert set(entities[0]) == {"id", "name", "kind", "aliases", "articles", "mentions"}
    counts = [entity["mentions"] for entity in entities]
    assert counts == sorted(counts, reverse=True)
    musk = next(entity for entity in entities if entity["name"] == "Elon Musk")
    assert musk["kind"] == "person" and musk["articles"] == 5

    code, out, _ = run(capsys, seeds_index, "mentions", "ELON MUSK", "--json")
    data = json.loads(out)
    assert code == 0 and data["entity"]["id"] == musk["id"]
    assert len(data["mentions"]) == musk["mentions"]
    first = data["mentions"][0]
    assert set(first) == {"article", "title", "field", "start", "end", "context"}


def test_lists_of_entities_mentions_and_quotes_take_a_limit(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, _ = run(capsys, seeds_index, "entities", "--limit", "2", "--json")
    assert code == 0 and [entity["name"] for entity in json.loads(out)][:1] == ["Elon Musk"]
    assert len(json.loads(out)) == 2

    code, out, _ = run(capsys, seeds_index, "mentions", "elon musk", "--limit", "3", "--json")
    data = json.loads(out)
    assert code == 0 and len(data["mentions"]) == 3 and data["total"] > 3

    code, out, _ = run(capsys, seeds_index, "mentions", "elon musk", "--limit", "1")
    assert code == 0 and out.splitlines()[-1] == f"the newest 1 of {data['total']} mentions"

    code, out, _ = run(capsys, seeds_index, "quotes", "elon musk", "--limit", "1", "--json")
    quotes = json.loads(out)
    assert code == 0 and len(quotes["quotes"]) == 1 and quotes["total"] > 1

    code, out, err = run(capsys, seeds_index, "mentions", "elon musk", "--limit", "0")
    assert code == 2 and out == "" and "--limit must be at least 1" in err


def test_entities_filtered_by_kind(capsys: pytest.CaptureFixture[str], seeds_index: Path) -> None:
    code, out, _ = run(capsys, seeds_index, "entities", "--kind", "product", "--json")
    assert code == 0
    kinds = {entity["kind"] for entity in json.loads(out)}
    assert kinds == {"product"}


def test_unknown_entity_gives_candidates_and_exit_2(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, err = run(capsys, seeds_index, "mentions", "Elon Mask")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Elon Musk" in err


def test_unknown_article_and_bad_usage_exit_2(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, _, err = run(capsys, seeds_index, "show", "no-such-article")
    assert code == 2 and err.startswith("warta: ") and err.count("\n") == 1
    code, _, err = run(capsys, seeds_index, "search", "musk", "--limit", "zero")
    assert code == 2 and err.count("\n") == 1


def test_missing_corpus_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path / "i", "--corpus", str(tmp_path / "nope"), "search", "x")
    assert code == 2 and "corpus folder not found" in err


def test_index_command_builds_then_updates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, corpus: Path
) -> None:
    code, out, _ = run(capsys, tmp_path / "i", "--corpus", str(corpus), "index")
    assert code == 0 and "5" in out
    code, out, _ = run(capsys, tmp_path / "i", "--corpus", str(corpus), "index")
    assert code == 0 and "5 unchanged" in out


def test_index_warnings_are_in_the_interface_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`warta --lang id index` said what it skipped in English."""
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "berita.txt").write_text("Judul\n\nIsi berita.\n", "utf-8")
    (corpus / "kosong.txt").write_text("\n", "utf-8")
    code, _, err = run(capsys, tmp_path / "i", "--lang", "id", "--corpus", str(corpus), "index")
    assert code == 0
    assert err == f"warta: {corpus / 'kosong.txt'}: tidak ada teks; dilewati\n"


def test_a_warning_about_a_long_path_keeps_its_file_name_and_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A path of 600 characters filled the line, and the reason after it was cut off."""
    folder = tmp_path / "korpus"
    for letter in "abc":
        folder = folder / (letter * 200)
    folder.mkdir(parents=True)
    (folder / "kosong.txt").write_text("\n", "utf-8")
    code, _, err = run(capsys, tmp_path / "i", "--corpus", str(tmp_path / "korpus"), "index")
    assert code == 0
    assert err.startswith(f"warta: {str(tmp_path)[:20]}") and "…" in err
    assert err.endswith("/kosong.txt: no text; skipped\n") and len(err) < 240


def test_a_search_that_must_first_rebuild_an_outdated_index_says_so(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A 100,000-article index made by an older warta took 38 silent minutes to rebuild
    # under `warta search --json`, stderr not being a terminal.
    code, _, err = run(capsys, tmp_path / "i", "--corpus", str(corpus), "search", "musk")
    assert code == 0 and err == ""  # a first build is expected: nothing to say
    monkeypatch.setattr(index_module, "FORMAT_VERSION", "older-or-newer")
    code, out, err = run(
        capsys, tmp_path / "i", "--corpus", str(corpus), "search", "musk", "--json"
    )
    assert code == 0 and json.loads(out)["total"] == 5
    assert err.count("\n") == 1 and "another version of warta" in err


def test_human_output_shows_markup_literally(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Jakarta [Antara] harga [/bar] naik [@click=app.quit]x[/]\n\nHarga beras naik lagi.\n",
        "utf-8",
    )
    code, out, _ = run(capsys, tmp_path / "i", "--corpus", str(folder), "search", "beras")
    assert code == 0
    assert "Jakarta [Antara] harga [/bar] naik [@click=app.quit]x[/]" in out


def test_console_script_prints_plain_text_when_piped(seeds_index: Path) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "warta.tui.cli",
            "--index-dir",
            str(seeds_index),
            "--corpus",
            str(SEEDS),
            "search",
            "grok",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert "\x1b" not in completed.stdout
    assert "Grok" in completed.stdout


# -- messages (report §21) -------------------------------------------------------------------


def test_a_corpus_list_of_separators_only_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WARTA_CORPUS", ":::")
    code, out, err = run(capsys, tmp_path / "i", "index")
    assert (code, out) == (2, "")
    assert err == "warta: WARTA_CORPUS=':::' names no folder\n"
    assert not (tmp_path / "i").exists()


def test_an_empty_corpus_flag_is_refused_not_read_as_the_current_folder(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "here.txt").write_text("Judul\n\nSebuah artikel di folder kerja.\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, tmp_path / "i", "--corpus", "", "index")
    assert (code, out) == (2, "")
    assert err.startswith("warta: ") and err.count("\n") == 1 and "--corpus" in err
    assert not (tmp_path / "i").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("mentions", "LONG"),
        ("show", "LONG"),
        ("show", SAM, "LONG"),
        ("search", "musk", "--sort", "LONG"),
        ("--corpus", "/LONG", "search", "musk"),
    ],
    ids=lambda args: " ".join(args).replace("LONG", "<100 KB>"),
)
def test_a_long_argument_is_cut_in_the_message(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, args: tuple[str, ...]
) -> None:
    long = "x" * 100_000 + "\x1b]0;TAIL\x07"
    code, out, err = run(capsys, seeds_index, *(arg.replace("LONG", long) for arg in args))
    assert (code, out) == (2, "")
    assert err.startswith("warta: ") and err.count("\n") == 1
    assert len(err) <= 500 and "xxxxxxxxxx…" in err and "\x1b" not in err


@pytest.mark.parametrize(
    "args",
    [
        ("search", "-altman", "musk", "--json"),
        ("search", "--json", "-altman", "musk"),
        ("search", "--limit", "10", "-altman", "musk", "--json"),
        ("search", "--json", "--", "-altman", "musk"),
    ],
    ids=" ".join,
)
def test_a_query_may_start_with_a_minus(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, args: tuple[str, ...]
) -> None:
    """The README's ``-altman`` (NOT) works as the first query word, with or without ``--``."""
    code, out, err = run(capsys, seeds_index, *args)
    assert code == 0, err
    data = json.loads(out)
    assert data["query"] == "-altman musk"
    _, everything, _ = run(capsys, seeds_index, "search", "musk", "--json")
    assert 0 < data["total"] < json.loads(everything)["total"]


def test_an_unknown_long_option_of_search_is_still_a_usage_error(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code, out, err = run(capsys, seeds_index, "search", "--limt", "5", "musk")
    assert (code, out) == (2, "")
    assert "--limt" in err and err.count("\n") == 1


def test_the_explorer_opens_on_a_query_that_starts_with_a_minus(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seeds_index: Path
) -> None:
    from warta.tui.app import WartaApp

    opened: list[str | None] = []
    monkeypatch.setattr(WartaApp, "run", lambda app: opened.append(app.initial_query))
    monkeypatch.setattr("warta.tui.cli._has_terminal", lambda: True)  # as typed in a terminal
    code, _, err = run(capsys, seeds_index, "-altman", "musk")
    assert code == 0, err
    assert opened == ["-altman musk"]
    code, _, err = run(capsys, seeds_index, "--limt", "musk")
    assert code == 2 and "--limt" in err and opened == ["-altman musk"]


def test_an_abbreviated_global_option_before_the_command_keeps_its_value(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seeds_index: Path
) -> None:
    """argparse takes ``--corp DIR`` for ``--corpus DIR``; DIR must not become the command."""
    from warta.tui.app import WartaApp

    def no_explorer(app: WartaApp) -> None:
        raise AssertionError("the explorer opened instead of the search command")

    monkeypatch.setattr(WartaApp, "run", no_explorer)
    code, out, err = run(capsys, seeds_index, "--corp", str(SEEDS), "search", "-altman", "musk")
    assert code == 0, err
    assert "of 3 articles" in out


@pytest.mark.parametrize(
    "args",
    [
        ("export", "musk", "-altman", "--format", "jsonl"),
        ("export", "-altman", "musk", "-o", "OUT"),
        ("export", "--format", "jsonl", "-altman", "musk", "--output", "OUT"),
    ],
    ids=" ".join,
)
def test_an_export_query_may_hold_a_minus_word(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """``warta export musk -altman`` exports what ``warta search musk -altman`` finds."""
    out_file = tmp_path / "out.jsonl"
    code, out, err = run(capsys, seeds_index, *(str(out_file) if a == "OUT" else a for a in args))
    assert code == 0, err
    lines = out_file.read_text(encoding="utf-8") if "OUT" in args else out
    exported = [json.loads(line)["id"] for line in lines.splitlines()]
    _, found, _ = run(capsys, seeds_index, "search", "musk", "-altman", "--json")
    assert sorted(exported) == sorted(hit["id"] for hit in json.loads(found)["hits"]) and exported
