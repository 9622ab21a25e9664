"""Round 23's wrong links and kinds (issue #14), found auditing 1,000 IndoSum articles:
a publication or a racing team read as a person, a venue named after an officer read as
the officer, an acronym the article defines linked to a known body of the same letters,
two names of one person joined by ``alias`` left apart."""

from __future__ import annotations

from pathlib import Path

from warta.search.service import SearchService

from tests.conftest import index_of


def _kinds(service: SearchService, name: str) -> set[str]:
    """The kinds of the entities named ``name``."""
    return {entity.kind for entity in service.entities() if entity.name == name}


def _articles(service: SearchService, name: str) -> set[str]:
    """The articles whose mentions link to the one entity named ``name``."""
    (entity,) = [entity for entity in service.entities() if entity.name == name]
    return {mention.article for mention in service.mentions(entity.id)}


def test_a_magazine_and_a_racing_team_are_organisations(tmp_path: Path) -> None:
    # "majalah France Football" and "tim Prema Racing" were persons, "Majalah Autocar" a place.
    service = index_of(
        tmp_path,
        {
            "bola": "Pemain terbaik\n\nKante meraih 92 suara dalam pemilihan yang digelar "
            "majalah France Football. France Football mengumumkan hasilnya Senin malam.\n",
            "balap": "Insiden lap pertama\n\nSean tersingkir setelah ditabrak pebalap tim "
            "Prema Racing, Charles Leclerc, di tikungan ke - 19.\n",
        },
    )
    assert _kinds(service, "France Football") == {"organisation"}
    assert _kinds(service, "Prema Racing") == {"organisation"}


def test_a_venue_named_after_an_officer_is_the_venue(tmp_path: Path) -> None:
    # "Stadion Kapten I Wayan Dipta" was the person I Wayan Dipta; "Jalan Letjen S Parman"
    # the person S Parman (the rank parted the street's name).
    service = index_of(
        tmp_path,
        {
            "liga": "Laga tandang\n\nPersib bertandang ke Gianyar untuk menghadapi Bali United "
            "di Stadion Kapten I Wayan Dipta, Rabu (31 / 5).\n",
            "macet": "Lalu lintas padat\n\nAntrean kendaraan mengular di Jalan Letjen S Parman, "
            "Jakarta Barat, sejak pagi.\n",
        },
    )
    assert _kinds(service, "Stadion Kapten I Wayan Dipta") == {"place"}
    assert _kinds(service, "Jalan Letjen S Parman") == {"place"}
    assert not _kinds(service, "I Wayan Dipta") | _kinds(service, "S Parman")


def test_an_amount_in_dollars_is_no_organisation(tmp_path: Path) -> None:
    # A share price in US dollars was an organisation named "US$ 26".
    service = index_of(
        tmp_path,
        {
            "saham": "Saham perdana\n\nSaham perusahaan itu pertama kali dilepas seharga US$ 26 "
            "per lembar, lalu naik ke US$ 41 sebulan kemudian.\n",
        },
    )
    assert not [entity.name for entity in service.entities() if "$" in entity.name]


def test_an_acronym_the_article_defines_otherwise_is_not_the_known_body(tmp_path: Path) -> None:
    # "Pengujian Kendaraan Bermotor (PKB)" and "Pesta Kesenian Bali (PKB)" were the party.
    service = index_of(
        tmp_path,
        {
            "uji": "Calo uji kir\n\nCalo masih berkeliaran di kantor Pengujian Kendaraan "
            "Bermotor (PKB) Cilincing. Petugas PKB mengaku belum menerima laporan.\n",
            "partai": "Koalisi pilkada\n\nPartai Kebangkitan Bangsa (PKB) resmi mendukung pasangan "
            "itu. Ketua DPW PKB menyerahkan surat rekomendasi.\n",
        },
    )
    assert _articles(service, "Partai Kebangkitan Bangsa") == {"partai"}


def test_a_full_name_after_alias_is_the_same_person(tmp_path: Path) -> None:
    # "Andi Agustinus alias Andi Narogong": two persons, each with half the articles.
    service = index_of(
        tmp_path,
        {
            "sidang": "Sidang kasus proyek\n\nJaksa menghadirkan Bambang Wiryawan alias Bambang "
            "Gundul sebagai saksi. Bambang Gundul mengaku mengenal terdakwa. Menurut Bambang "
            "Wiryawan, uang itu diantar ke rumah terdakwa.\n",
            "periksa": "Pemeriksaan saksi\n\nPenyidik kembali memeriksa Bambang Gundul pada "
            "pekan ini.\n",
        },
    )
    person = service.entity("Bambang Wiryawan")
    assert person is not None and person.kind == "person"
    assert {m.surface for m in service.mentions(person.id)} == {
        "Bambang Wiryawan",
        "Bambang Gundul",
    }
    assert _articles(service, "Bambang Wiryawan") == {"sidang", "periksa"}


def test_a_street_named_after_a_person_is_one_street_however_its_head_is_written(
    tmp_path: Path,
) -> None:
    # "Jl. Sudirman" was the person Sudirman; "Bandar Udara Soekarno - Hatta" and "RS X"
    # entities apart from "Bandara Soekarno - Hatta" and "Rumah Sakit X".
    service = index_of(
        tmp_path,
        {
            "dishub": "Trayek baru\n\nKepala Dinas Perhubungan Jambi, Sudirman, menata trayek "
            'angkot. "Kami mulai pekan depan," ujar Sudirman.\n',
            "macet": "Jalan ditutup\n\nPolisi menutup Jl. Sudirman, Jambi, selama pawai. "
            "Kendaraan dari Bandar Udara Sultan Thaha dialihkan dari Jalan Sudirman. Korban "
            "dibawa ke RS Raden Mattaher.\n",
            "bandara": "Arus mudik\n\nPenumpang di Bandara Sultan Thaha naik. Seorang pemudik "
            "dirawat di Rumah Sakit Raden Mattaher.\n",
        },
    )
    assert _kinds(service, "Sudirman") == {"person"}
    assert _articles(service, "Sudirman") == {"dishub"}
    assert _articles(service, "Jalan Sudirman") == {"macet"}
    assert _articles(service, "Bandara Sultan Thaha") == {"macet", "bandara"}
    assert _articles(service, "Rumah Sakit Raden Mattaher") == {"macet", "bandara"}


def test_south_america_is_not_the_united_states(tmp_path: Path) -> None:
    # South America (Amerika, an alias of the US, and a compass word) was the United
    # States.
    service = index_of(
        tmp_path,
        {
            "tur": "Tur dunia\n\nPenyanyi itu akan berkeliling Amerika Selatan mulai dari "
            "Brasil hingga Kosta Rika, lalu ke Amerika Utara.\n",
            "dubes": "Kunjungan dubes\n\nDuta Besar Amerika Serikat menemui Menteri Luar "
            "Negeri di Jakarta.\n",
        },
    )
    assert _articles(service, "Amerika Serikat") == {"dubes"}
    assert _kinds(service, "Amerika Selatan") == {"place"}


def test_a_full_name_read_as_a_place_is_the_person_its_last_name_is(tmp_path: Path) -> None:
    # A footballer's full name after "ke" was a place, his surname alone a person.
    service = index_of(
        tmp_path,
        {
            "laga": "Laga sengit\n\nIa mengoper ke Jordan Henderson, kemudian Henderson melepas "
            "tembakan keras dari luar kotak penalti.\n",
        },
    )
    assert _kinds(service, "Jordan Henderson") == {"person"}
    person = service.entity("Jordan Henderson")
    assert person is not None and len(service.mentions(person.id)) == 2


def test_a_preposition_glued_to_a_place_is_no_part_of_a_name(tmp_path: Path) -> None:
    # A minister's first name and "diJakarta" (a typo) were one person of their own.
    service = index_of(
        tmp_path,
        {
            "menlu": "Kunjungan kerja\n\nMenteri Sosial Wulan Sasmita meninjau lokasi banjir. "
            '"Bantuan sudah kami kirim," ujar Wulan diJakarta, Jumat (11 / 8).\n',
        },
    )
    assert not [entity.name for entity in service.entities() if "diJakarta" in entity.name]
    assert _articles(service, "Jakarta") == {"menlu"}
