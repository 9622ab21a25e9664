"""Lookups as readers type them, round 27: round 26's leftovers and what an eleventh blind
set of IndoSum lookups showed, on fixtures written for warta."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import index_of
from tests.test_search_round20 import FILLER, _ids

#: A story on each loanword written with an affix, stories with the other words typed, and
#: a story writing the bare loanword without them.
LOANWORDS = {
    "postingan": f"Tips media sosial\n\nKini postingan Instagram bisa dijadwalkan lewat fitur "
    f"baru. {FILLER}\n",
    "unggahan": f"Banjir kiriman\n\nWarga mengupload video banjir di Kemang ke YouTube. {FILLER}\n",
    "facebook": f"Grup warga\n\nWarga posting foto jalan rusak di grup Facebook. {FILLER}\n",
    "berkas": f"Seleksi CPNS\n\nBatas upload berkas pelamar diperpanjang sepekan. {FILLER}\n",
    "febri": f"Gol Persib\n\nFebri mencetak gol kemenangan Persib. {FILLER}\n",
    "febrian": f"Gol Persija\n\nFebrian mencetak gol penyama Persija. {FILLER}\n",
    **{
        f"jadwal{n}": f"Kereta {n}\n\nJadwal kereta {n} diubah, akun Instagram stasiun "
        f"memberi kabar. {FILLER}\n"
        for n in range(3)
    },
    **{
        f"video{n}": f"Hujan deras {n}\n\nVideo banjir di kota {n} beredar sejak pagi. {FILLER}\n"
        for n in range(3)
    },
}


def test_a_loanword_typed_bare_finds_the_story_writing_it_with_an_affix(
    tmp_path: Path,
) -> None:
    """``jadwal posting instagram``: Sastrawi stems only the words of its dictionary, so
    "postingan" was a word of its own, and the story about scheduling Instagram posts
    lacked ``posting`` and ranked below the stories with a schedule and Instagram. A
    loanword is its forms with -an/-kan, di-, ter- or meng-/mem-/men- in the archive too
    (``mengupload`` for ``upload``), as the story with the form typed has it."""
    service = index_of(tmp_path, LOANWORDS)
    try:
        assert _ids(service, "jadwal posting instagram")[:1] == ["postingan"]
        assert _ids(service, "upload video banjir")[:1] == ["unggahan"]
        # Typed with an affix, the bare word and its other forms are found too.
        assert _ids(service, "postingan grup facebook")[:1] == ["facebook"]
        assert _ids(service, "diupload video banjir kemang")[:1] == ["unggahan"]
        # The form typed still ranks first where both are written.
        assert _ids(service, "posting")[:1] == ["facebook"]
        # A name's -ian is no -an: Febrian is not Febri.
        assert _ids(service, "febri") == ["febri"]
        assert _ids(service, "febrian") == ["febrian"]
    finally:
        service.close()


def test_a_word_typed_with_the_in_of_speech_finds_the_story_writing_its_root(
    tmp_path: Path,
) -> None:
    """``penyanyi nikahin kekasih bali``: the -in readers type for -kan and -i ("nikahin",
    "bocorin") made a word no article has, which weighed nothing, so the story of the singer
    who "menikahi" his sweetheart in Bali ranked below the concerts in Bali with a
    sweetheart. It is the root's family, as the formal word is."""
    service = index_of(
        tmp_path,
        {
            "nikah": f"Kabar artis\n\nPenyanyi itu menikahi kekasihnya di Bali. {FILLER}\n",
            **{
                f"konser{n}": f"Konser di Bali {n}\n\nPenyanyi {n} tampil di Bali bersama "
                f"kekasihnya. {FILLER}\n"
                for n in range(3)
            },
            "bocor": f"Serial fantasi\n\nPemeran utama membocorkan akhir cerita musim terakhir. "
            f"{FILLER}\n",
            **{
                f"serial{n}": f"Akhir cerita serial {n}\n\nAkhir cerita serial {n} tayang "
                f"musim depan, pemeran baru. {FILLER}\n"
                for n in range(3)
            },
        },
    )
    try:
        assert _ids(service, "penyanyi nikahin kekasih bali")[:1] == ["nikah"]
        assert _ids(service, "dibocorin akhir cerita")[:1] == ["bocor"]
    finally:
        service.close()
