"""Hostile input, round thirteen: the cases docs/hostile-input.md lists under round
thirteen that failed, each as a user would meet it, and each failing before its fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input
from warta.search.model import Article
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.cli import main
from warta.tui.widgets.document import build_document
from warta.tui.widgets.reader import Reader

from tests.conftest import SEEDS, index_of
from tests.test_tui_flows import SIZE, open_first_result, search, settle


@pytest.mark.skipif(not os.path.exists(os.devnull), reason="needs a null device")
@pytest.mark.parametrize("how", ["flag", "variable"])
def test_the_null_device_as_the_settings_file_means_the_defaults(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    how: str,
) -> None:
    """``WARTA_CONFIG=/dev/null`` (``--config /dev/null``), a script's way to say "no
    settings" as with git's and pip's, was refused: "cannot read it (not a regular file)"."""
    flags = ["--config", os.devnull] if how == "flag" else []
    if how == "variable":
        monkeypatch.setenv("WARTA_CONFIG", os.devnull)
    common = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index)]
    assert main([*flags, *common, "search", "musk", "--json"]) == 0
    captured = capsys.readouterr()
    assert '"hits"' in captured.out and "not a regular file" not in captured.err


@pytest.mark.skipif(not os.path.exists(os.devnull), reason="needs a null device")
def test_the_null_device_as_the_entity_file_means_none(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``WARTA_ENTITIES=/dev/null warta index`` was "/dev/null: not a regular file"."""
    monkeypatch.setenv("WARTA_ENTITIES", os.devnull)
    assert main(["--corpus", str(SEEDS), "--index-dir", str(tmp_path / "index"), "index"]) == 0
    assert "not a regular file" not in capsys.readouterr().err


def test_a_fifo_as_the_settings_file_is_still_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Only the null device reads as empty: another device or a FIFO is no settings file."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert main(["--config", str(fifo), "config", "--show"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a regular file" in err


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("{a TO a}", "the range from a to a holds nothing"),
        ("title:{musk TO musk]", "the range from musk to musk holds nothing"),
        ("musk -{Elon TO elon}", "the range from elon to elon holds nothing"),
    ],
)
def test_a_range_left_open_at_its_only_word_says_it_holds_nothing(
    seeds_service: SearchService, query: str, message: str
) -> None:
    """``{a TO a}`` holds nothing by its open ends, and found nothing without a word, while
    ``[b TO a]`` said why (Whoosh made it a query of nothing before warta looked)."""
    result = seeds_service.search(query)
    assert result.error == message
    assert not result.hits


def test_a_range_closed_at_its_only_word_is_that_word(seeds_service: SearchService) -> None:
    assert seeds_service.search("title:[musk TO musk]").hits


#: Two articles, one written in fullwidth forms as East Asian sites and keyboards give them.
FULLWIDTH = {
    "lebar": "Banjir di ＪＡＫＡＲＴＡ\n\nHujan deras melanda ｊａｋａｒｔａ sejak ２０２３, "
    "kata petugas ﬁnansial daerah.\n",
    "biasa": "Macet di Bandung\n\nJalan tol menuju Bandung padat pada akhir pekan.\n",
}


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("jakarta", "lebar"),
        ("ｊａｋａｒｔａ", "lebar"),
        ("title:jakarta", "lebar"),
        ('"hujan deras melanda jakarta"', "lebar"),
        ("finansial", "lebar"),
        ("2023", "lebar"),
        ("ｂａｎｄｕｎｇ", "biasa"),
        ('"ｊａｌａｎ ｔｏｌ"', "biasa"),
    ],
)
def test_fullwidth_letters_are_the_word_they_spell_in_queries_and_articles(
    tmp_path: Path, query: str, found: str
) -> None:
    """``ｊａｋａｒｔａ`` found nothing, and an article written so was not found by
    ``jakarta``: words were folded to NFC only, which keeps compatibility forms."""
    service = index_of(tmp_path, FULLWIDTH)
    try:
        assert [hit.id for hit in service.search(query).hits] == [found]
    finally:
        service.close()


def test_a_fullwidth_word_is_marked_where_the_article_writes_it(tmp_path: Path) -> None:
    """The reader marks the fullwidth word for ``jakarta``, at its place in the text."""
    service = index_of(tmp_path, FULLWIDTH)
    try:
        body = "Hujan deras melanda ｊａｋａｒｔａ sejak ２０２３."
        spans = service.match_spans("jakarta", body)
        assert [body[start:end] for start, end in spans] == ["ｊａｋａｒｔａ"]
    finally:
        service.close()


@pytest.mark.parametrize("name", ["hasil.md", "hasil.jsonl", "bab/HASIL.TXT"])
def test_an_export_the_corpus_would_read_as_an_article_is_refused(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path, name: str
) -> None:
    """``warta export musk -o corpus/hasil.md``: the next update read the export as an
    article, found by every search for the titles it lists."""
    (corpus / "bab").mkdir()
    common = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*common, "export", "musk", "-o", str(corpus / name)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "inside the corpus folder" in err
    assert not (corpus / name).exists()
    assert main([*common, "index"]) == 0
    assert main([*common, "search", "title:hasil", "--json"]) == 0
    assert '"hits": []' in capsys.readouterr().out


@pytest.mark.parametrize("name", ["hasil.csv", ".arsip/hasil.md", ".hasil.md"])
def test_an_export_the_corpus_never_reads_may_be_written_in_it(
    corpus: Path, tmp_path: Path, name: str
) -> None:
    """A CSV, or a file in a hidden folder, is no article: written as asked."""
    (corpus / ".arsip").mkdir()
    common = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*common, "export", "musk", "-o", str(corpus / name)]) == 0
    assert (corpus / name).stat().st_size > 0


async def test_the_explorers_export_prompt_refuses_a_file_in_the_corpus(
    corpus: Path, tmp_path: Path
) -> None:
    """The explorer's export (x) wrote into the corpus too, and its watcher then indexed
    the export at once."""
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    target = corpus / "hasil.md"
    app = WartaApp(service, data_folder=tmp_path / "data")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await search(pilot, "musk")
            await pilot.press("x")
            await settle(pilot)
            await pilot.press("ctrl+u", *str(target), "enter")
            await settle(pilot)
            shown = [str(note.message) for note in app._notifications]
            assert any("inside the corpus folder" in text for text in shown)
    finally:
        service.close()
    assert not target.exists()


async def find_pasted(app: WartaApp, pilot: Pilot[None], needle: str) -> list[tuple[int, int]]:
    """Open the first hit of ``musk``, paste ``needle`` into the find bar (/); the marks."""
    screen = await open_first_result(pilot, "musk")
    await pilot.press("slash")
    await pilot.pause()
    focused = app.focused
    assert isinstance(focused, Input)
    focused.post_message(events.Paste(needle))
    await settle(pilot)
    return screen.reader.find_matches


@pytest.mark.parametrize("needle", ["mu\u200bsk", "mu\u00adsk", "\u202emusk", "\u2066musk\u2069"])
async def test_find_in_the_article_reads_a_pasted_word_as_the_article_is_read(
    seeds_service: SearchService, needle: str
) -> None:
    """A word pasted with a zero-width space, a soft hyphen or a bidi control in it (as web
    pages hold them) found no match, though the article says "Musk" many times."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        matches = await find_pasted(app, pilot, needle)
        document = app.screen.query_one(Reader).document
        assert document is not None
        assert len(matches) == document.plain.lower().count("musk") > 0


@pytest.mark.parametrize("needle", ["\ufe0f", "\u0301", "\u0301\u0301", " "])
def test_find_of_nothing_visible_marks_nothing(needle: str) -> None:
    """A variation selector or a combining mark alone found itself inside "❤️" or "x́": a
    match of no width, counted "1/2" in the bar with nothing marked on screen."""
    body = "Warga menulis ❤️ dan x\u0301 di spanduk, lalu ❤️ lagi."
    document = build_document(Article(id="a", title="Spanduk", body=body), "", [])
    assert document.find(needle) == []
    assert len(document.find("❤")) == 2


def test_a_tag_with_a_byte_that_is_not_utf8_is_searched_as_it_was_stored(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``warta tag ID $'a\\xffb'`` stores the tag ``ab`` (the byte dropped, as from every
    argument), but ``tag:$'a\\xffb'`` made the byte a ``?``, split the name in two and said
    "write one word after tag:" while ``export --tag`` found the article."""
    common = ["--index-dir", str(seeds_index), "--data-dir", str(tmp_path / "data")]
    article = "000_57ce1d9c2516dadd"
    assert main([*common, "tag", article, "a\udcffb"]) == 0
    capsys.readouterr()
    assert main([*common, "search", "tag:a\udcffb", "--json"]) == 0
    assert article in capsys.readouterr().out


@pytest.mark.parametrize("command", [["show", "{id}"], ["tag", "{id}", "baca"], ["like", "{id}"]])
def test_an_id_copied_with_its_escape_sequence_names_the_article_it_became(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    """A ``.jsonl`` line's id ``"berita\\x1b[31m"`` is the article ``berita`` (shown and
    stored without the sequence); that id copied from the file was "no article with id
    berita", naming an article the index has."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    line = '{"id": "berita\\u001b[31m", "title": "Gempa", "text": "Gempa kuat di Padang."}\n'
    (corpus / "kabar.jsonl").write_text(line, "utf-8")
    common = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    common += ["--data-dir", str(tmp_path / "data")]
    assert main([*common, "index"]) == 0
    capsys.readouterr()
    typed = "berita\x1b[31m"
    assert main([*common, *(typed if part == "{id}" else part for part in command)]) == 0
    assert "no article" not in capsys.readouterr().err


def test_an_entity_typed_in_fullwidth_letters_is_the_entity(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, seeds_service: SearchService
) -> None:
    """``warta mentions 'ｅｌｏｎ ｍｕｓｋ'`` was "no entity named", without even a closest
    name; ``entity:"ｅｌｏｎ ｍｕｓｋ"`` found nothing."""
    common = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index)]
    assert main([*common, "mentions", "ｅｌｏｎ ｍｕｓｋ", "--json"]) == 0
    assert "Elon Musk" in capsys.readouterr().out
    typed = [hit.id for hit in seeds_service.search('entity:"ｅｌｏｎ ｍｕｓｋ"').hits]
    assert typed and typed == [hit.id for hit in seeds_service.search('entity:"elon musk"').hits]
