"""Round 19 of the explorer as a new user: rough edges met reading a larger archive."""

from __future__ import annotations

import json
from pathlib import Path

from warta.search.model import Article, Mention
from warta.search.service import SearchService
from warta.tui.widgets.document import build_document

# -- the reader shows prose, not the spacing of a detokenised body -------------------------


def test_the_reader_shows_a_run_of_spaces_as_one_with_mentions_and_hits_in_place() -> None:
    body = "Laga di kandang Persija   Jakarta berakhir   imbang.\n\nPenonton    pulang."
    jakarta = body.index("Jakarta")
    imbang = body.index("imbang")
    article = Article("a", "Judul   berita", body)
    mention = Mention("body", jakarta, jakarta + 7, "Jakarta", "jakarta", "Jakarta", "place")
    document = build_document(article, "", [mention], body_matches=[(imbang, imbang + 6)])
    shown = document.plain[document.body_start :]
    assert shown == "Laga di kandang Persija Jakarta berakhir imbang.\n\nPenonton pulang."
    assert document.title == "Judul berita"
    link = document.links[0]
    assert document.plain[link.start : link.end] == "Jakarta"
    (match,) = [(start, end) for start, end, role in document.styles if role == "match"]
    assert document.plain[slice(*match)] == "imbang"


def test_spaces_either_side_of_a_mention_cut_still_show_as_one() -> None:
    """The cleaning runs piece by piece between offsets: a run split by a cut is one run."""
    body = "Kata  \u00a0 di sini   Jakarta   lagi."
    jakarta = body.index("Jakarta")
    article = Article("a", "Judul", body)
    mention = Mention("body", jakarta, jakarta + 7, "Jakarta", "jakarta", "Jakarta", "place")
    cut_in_run = [(jakarta - 2, jakarta - 1)]  # a (bogus) hit on one of the spaces
    document = build_document(article, "", [mention], body_matches=cut_in_run)
    assert document.plain[document.body_start :] == "Kata \u00a0 di sini Jakarta lagi."


# -- the entity view: a mention in a dateline adds to the title above it ----------------------


def test_a_mention_in_the_dateline_of_an_untitled_article_does_not_repeat_its_title(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (
        "JAKARTA (Pos Kota) – Presiden Joko Widodo meresmikan jembatan baru di Kalimantan "
        "Timur pada Senin pagi. Jembatan itu menghubungkan dua kota di pesisir."
    )
    line = {"id": "jembatan", "text": text}
    (corpus / "berita.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    try:
        service.update()
        article = service.article("jembatan")
        assert article is not None and article.title_derived
        assert article.title.startswith("Presiden Joko Widodo meresmikan")
        (entity,) = [e for e in service.entities() if e.name.casefold() == "jakarta"]
        (mention,) = service.mentions(entity.id)
        assert mention.context.startswith("JAKARTA (Pos Kota) – …")
        assert "Presiden Joko Widodo" not in mention.context
        assert "Jembatan itu menghubungkan" in mention.context
        shown = mention.context[mention.context_start :]
        assert shown.startswith(mention.surface)
        (joko,) = [e for e in service.entities() if e.name == "Joko Widodo"]
        in_body = [m for m in service.mentions(joko.id) if m.field == "body"]
        assert "Presiden Joko Widodo meresmikan" in in_body[0].context, "not in the dateline"
    finally:
        service.close()
