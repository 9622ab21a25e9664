"""Lookups as readers type them, round 24: round 23's leftovers (a number typed in digits
or in words, a range of days typed without spaces, an article dated only in its record, a
quoted phrase with a word mistyped), on fixtures written for warta."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from warta.search.service import SearchService

from tests.conftest import index_of
from tests.test_search_round20 import FILLER, _ids


def test_a_number_typed_in_digits_finds_it_written_out_and_the_word_finds_the_digits(
    tmp_path: Path,
) -> None:
    """``7 wakil ketua``: the story writing "Tujuh wakil ketua" lacked the 7 and ranked
    among the stories naming any deputy chairman, and ``delapan korban`` did not find "8
    korban". A number written in one word is its digits in the index and in the query
    alike (up to five they stay stopwords, as before); one of several words typed
    (``tiga belas``) is its digits too, as news writes it ("13 warga")."""
    service = index_of(
        tmp_path,
        {
            "tujuh": "Pimpinan baru\n\nTujuh wakil ketua dipilih dalam rapat paripurna.\n",
            "angka": "Kunjungan pabrik\n\nSebanyak 8 korban keracunan dirawat di puskesmas.\n",
            **{
                f"wakil{n}": f"Rapat komisi {n}\n\nWakil ketua komisi {n} memimpin rapat. "
                f"Wakil ketua itu didampingi wakil ketua lain. {FILLER}\n"
                for n in range(4)
            },
            **{
                f"korban{n}": f"Kecelakaan {n}\n\nKorban kecelakaan bus {n} dirawat. Korban "
                f"luka dibawa ke rumah sakit. {FILLER}\n"
                for n in range(4)
            },
            "dakwaan": "Dakwaan pemilu\n\nSebanyak 13 warga Rusia didakwa mencampuri pemilu.\n",
            **{
                f"rusia{n}": f"Warga Rusia {n}\n\nTiga warga Rusia berlibur di Bali. Warga "
                f"Rusia itu didakwa melanggar izin tinggal {n}. {FILLER}\n"
                for n in range(4)
            },
        },
    )
    try:
        assert _ids(service, "7 wakil ketua")[:1] == ["tujuh"]
        assert _ids(service, "tujuh wakil ketua")[:1] == ["tujuh"]
        assert _ids(service, "delapan korban keracunan")[:1] == ["angka"]
        assert _ids(service, "delapan korban")[:1] == ["angka"]
        # A number of two or three words is its digits too, as news writes it.
        assert _ids(service, "tiga belas warga rusia didakwa")[:1] == ["dakwaan"]
        assert _ids(service, "tiga belas warga rusia")[:1] == ["dakwaan"]
        # A number is no other number: seven deputies are not eight victims.
        assert "angka" not in _ids(service, "7 wakil ketua")
    finally:
        service.close()


def test_a_range_across_two_months_typed_without_spaces_is_a_range(tmp_path: Path) -> None:
    """``banjir 30 agustus-2 september``: "agustus-2" was one word, searched as an August
    and a 2 in a row, so the story dated "(1/9)" lacked it and the stories with an August
    and a 2 anywhere ranked first. Typed so, it is the range typed with spaces."""
    service = index_of(
        tmp_path,
        {
            "september": "Banjir Garut\n\nBanjir merendam Garut, Jumat (1/9). Warga mengungsi.\n",
            "luar": "Banjir Bekasi\n\nBanjir merendam Bekasi, Senin (4/9). Warga mengungsi.\n",
            **{
                f"lain{n}": f"Banjir {n}\n\nBanjir pada Agustus 2 kali merendam desa {n}, "
                f"dan 30 rumah rusak pada September. {FILLER}\n"
                for n in range(4)
            },
        },
    )
    try:
        for query in ("banjir 30 agustus-2 september", "banjir 30 agustus–2 september"):
            found = _ids(service, query)
            assert found[:1] == ["september"], query
            assert found.index("luar") > found.index("september"), query
    finally:
        service.close()


def _dated_archive(tmp_path: Path) -> SearchService:
    """Records dated only in their ``date`` (the text says "Kamis"), and stories that write
    the day in their text."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [
        {
            "id": "kamis",
            "date": "2017-10-05",
            "title": "Presiden berjalan kaki ke upacara",
            "text": "Presiden berjalan kaki menuju upacara HUT TNI di Cilegon, Kamis, "
            "karena jalan macet total.",
        },
        {
            "id": "jumat",
            "date": "2017-10-06",
            "title": "Upacara HUT TNI",
            "text": "Upacara HUT TNI di Cilegon berlangsung meriah. Upacara dihadiri presiden.",
        },
        *(
            {
                "id": f"rapat{n}",
                "title": f"Rapat anggaran {n}",
                "text": f"Rapat anggaran desa {n} digelar pada 5 Oktober 2016 dan 8 Oktober. "
                + FILLER,
            }
            for n in range(3)
        ),
    ]
    (corpus / "berita.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in records), encoding="utf-8"
    )
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    return service


def test_an_article_dated_only_in_its_record_is_found_by_its_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``upacara 5 oktober``: the record dated 2017-10-05 whose text says only "Kamis"
    lacked the day, and the story of the 6th, with "upacara" twice, ranked first. The
    date of an article is its day in digits for a day typed (and for that day's year),
    scored from the sidecars as every other word (not by Whoosh's matchers)."""
    from warta.search import sidecar

    def by_whoosh(*args: object) -> None:
        raise AssertionError("a day typed was scored by Whoosh")

    monkeypatch.setattr(sidecar._Scorer, "_by_whoosh", by_whoosh)
    service = _dated_archive(tmp_path)
    try:
        for query in (
            "upacara 5 oktober",
            "upacara tanggal 5 oktober",
            "upacara 5/10",
            "upacara 5 oktober 2017",
        ):
            assert _ids(service, query)[:1] == ["kamis"], query
        assert _ids(service, "upacara 6 oktober")[:1] == ["jumat"]
        # The year typed is another: the story dated 2017 is no story of 5 October 2016.
        found = _ids(service, "upacara 5 oktober 2016")
        assert found.index("kamis") > found.index("jumat")
    finally:
        service.close()


def test_a_quoted_phrase_with_a_word_mistyped_finds_what_it_quotes(tmp_path: Path) -> None:
    """``"revolusi mentl"``: a word of a quoted phrase no article has was not corrected, as
    a plain word is, and the phrase found nothing. It is searched corrected too, and the
    page says so."""
    service = index_of(
        tmp_path,
        {
            "pidato": 'Pidato presiden\n\nPresiden kembali menyerukan "revolusi mental" di '
            "depan para kepala daerah.\n",
            "apart": "Kesehatan jiwa\n\nKesehatan mental warga diperhatikan. Revolusi "
            f"industri juga dibahas. {FILLER}\n",
            **{
                f"mental{n}": f"Mental juara {n}\n\nMental atlet {n} diuji. {FILLER}\n"
                for n in range(4)
            },
        },
    )
    try:
        result = service.search('"revolusi mentl"', snippets=False)
        assert [hit.id for hit in result.hits][:1] == ["pidato"]
        assert any("mentl" in str(notice.params) for notice in result.notices)
        assert _ids(service, 'presiden "revolusi mentl"')[:1] == ["pidato"]
        # A phrase excluded stays as typed: nothing is left out for a correction.
        assert "pidato" in _ids(service, 'presiden -"revolusi mentl"')
    finally:
        service.close()
