"""Lookups as readers type them, round 26: round 25's leftovers and what a tenth blind set
of IndoSum lookups showed, on fixtures written for warta."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import index_of
from tests.test_search_round20 import FILLER, _ids

#: Stories about a batik fair dated on days inside 1-3 March, written three ways.
IN_MARCH = {
    "rabu": "Pameran batik\n\nPameran batik tulis dibuka di Solo, Kamis (2/3). Ratusan "
    "pengunjung datang.\n",
    "spasi": "Batik di Solo\n\nPameran batik Solo ditutup Jumat (3 / 3 / 2017) sore.\n",
    "kata": "Pameran batik\n\nPameran batik Solo dibuka pada 1 Maret lalu oleh wali kota.\n",
}


def test_a_range_of_days_typed_in_digits_finds_the_stories_dated_inside_it(
    tmp_path: Path,
) -> None:
    """``pameran batik 1/3-3/3``: the range was searched as "1/3 3/3" in a row, which no
    story writes, so the fair of "Kamis (2/3)" ranked among every story of batik. Typed as
    two days in digits (joined by a dash, or by ``sampai``), it is each of its days, as a
    range typed with the month's name is; a story dated the day after is not one of them."""
    service = index_of(
        tmp_path,
        {
            **IN_MARCH,
            "luar": "Pameran batik\n\nPameran batik Pekalongan digelar Sabtu (4/3) malam.\n",
            **{
                f"batik{n}": f"Batik {n}\n\nSebanyak 3 perajin batik dan 1 desainer tampil di "
                f"pameran batik kota {n} pada Maret. {FILLER}\n"
                for n in range(5)
            },
        },
    )
    try:
        for query in (
            "pameran batik 1/3-3/3",
            "pameran batik 1/3 - 3/3",
            "pameran batik 1/3 sampai 3/3",
            "pameran batik 1/3/2017-3/3/2017",
        ):
            found = _ids(service, query)
            assert set(found[:3]) == set(IN_MARCH), query
            assert found.index("luar") > 2, query
        assert _ids(service, "pameran batik 2/3-4/3")[:1] in (["rabu"], ["spasi"], ["luar"])
        assert "kata" not in _ids(service, "pameran batik 2/3-4/3")[:3]
        # No range of real days: searched as typed.
        assert _ids(service, "pameran batik 3/3-1/3")[:1] != ["rabu"]
    finally:
        service.close()


def test_an_app_typed_as_its_shorthand_finds_the_story_naming_it(tmp_path: Path) -> None:
    """``jadwal unggah ig``: "ig" was a word no story writes, so the story about scheduling
    Instagram uploads lacked it and ranked among the stories with a schedule and an upload.
    IG and FB, as readers type them, are Instagram and Facebook."""
    service = index_of(tmp_path, APPS)
    try:
        assert _ids(service, "jadwal unggah ig")[:1] == ["instagram"]
        assert _ids(service, "fitur grup fb")[:1] == ["facebook"]
    finally:
        service.close()


#: A story on each app, and stories with the other words typed, twice.
APPS = {
    "instagram": f"Aplikasi baru\n\nAplikasi ini membuat jadwal unggah Instagram. {FILLER}\n",
    "facebook": f"Komunitas\n\nFacebook menambah fitur grup untuk komunitas. {FILLER}\n",
    **{
        f"jadwal{n}": f"Dokumen {n}\n\nJadwal unggah dokumen {n} diperpanjang, jadwal unggah "
        f"rapor menyusul. {FILLER}\n"
        for n in range(4)
    },
    **{
        f"grup{n}": f"Arisan {n}\n\nFitur grup warga {n}: grup arisan dengan fitur iuran. "
        f"{FILLER}\n"
        for n in range(3)
    },
}
