"""Round 27's wrong links and wrong types (issue #14), found auditing 1,000 IndoSum
articles drawn at random (seed 2727): the unused substitutes under a line-up were places
and clubs, a dateline's city was the club of that city, a club's nickname linked a band
of that name, a regency's election commission was the national one."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from warta.search.service import SearchService

from tests.conftest import index_of


def _articles(service: SearchService, name: str) -> list[set[str]]:
    """Per entity named ``name``, the articles whose mentions link to it."""
    return [
        {mention.article for mention in service.mentions(entity.id)}
        for entity in service.entities()
        if entity.name == name
    ]


def test_the_unused_substitutes_under_a_line_up_are_players(tmp_path: Path) -> None:
    # "Cadangan tak terpakai: ..., Lindelof, Smalling, ..." read Lindelof and Smalling as
    # places: only "Cadangan:" and "Pemain cadangan:" were known as substitutes' headings.
    articles = {
        "laga": "Tim tamu menang\n\nPersikota menang 3 - 1 atas Persiwa di Sleman.\n\n"
        "Susunan pemain:\n\nPersikota (4 - 4 - 2): Hartono; Wibisono, Kurniadi, Sembiring, "
        "Lubis; Rahmat (Fadli 70'), Gunawan, Siregar, Pohan; Nainggolan, Simatupang.\n\n"
        "Cadangan tak terpakai: Heaton, Lindelof, Jones, Rashford.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        kinds = {entity.name: entity.kind for entity in service.entities()}
    bench = ("Heaton", "Lindelof", "Jones", "Rashford")
    assert {name: kinds.get(name) for name in bench} == dict.fromkeys(bench, "person")


def test_a_datelines_city_is_a_place_beside_the_club_of_its_name(tmp_path: Path) -> None:
    # "BARCELONA, JUARA.net -" opening a MotoGP report linked to FC Barcelona: the city
    # was read as a place, but its key was the club's and the registry took it by name.
    articles = {
        "balap": "Juara lagi\n\nBARCELONA, JUARA.net - Pebalap Honda itu kembali menang dan "
        "naik podium untuk ketiga kalinya musim ini.\n",
        "bola": "Menang besar\n\nBarcelona menang 4 - 0 atas Getafe. Gelandang Barcelona "
        "mencetak dua gol dan striker Barca menambah dua gol lagi.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        linked = {
            (entity.name, entity.kind): {mention.article for mention in service.mentions(entity.id)}
            for entity in service.entities()
            if entity.name == "Barcelona"
        }
    assert linked == {("Barcelona", "organisation"): {"bola"}, ("Barcelona", "place"): {"balap"}}


def test_a_national_bodys_branch_in_a_regency_is_not_the_national_body(tmp_path: Path) -> None:
    # "Komisi Pemilihan Umum (KPU) Kabupaten Intan Jaya" and "KPU Kabupaten Intan Jaya"
    # linked to the national election commission: the seat grew the known name, which
    # kept its entry.
    articles = {
        "sengketa": "Sengketa pilkada\n\nPasangan calon mengajukan keberatan kepada Komisi "
        "Pemilihan Umum (KPU) Kabupaten Tanah Merah. Hakim meminta KPU Kabupaten Tanah "
        "Merah menghitung ulang suara di tiga distrik.\n",
        "jadwal": "Jadwal pemilu\n\nKomisi Pemilihan Umum (KPU) menetapkan jadwal pemilu. "
        "Ketua KPU mengatakan tahapan dimulai bulan depan.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        national = _articles(service, "Komisi Pemilihan Umum")
        branch = _articles(service, "Komisi Pemilihan Umum Kabupaten Tanah Merah")
    assert national == [{"jadwal"}]
    assert branch == [{"sengketa"}]


def test_a_clubs_english_nickname_is_the_club_only_in_a_football_report(
    tmp_path: Path,
) -> None:
    # "terinspirasi oleh Fleetwood Mac dan The Eagles" (the band) linked Crystal Palace,
    # whose nickname the gazetteer knows; a match report's "The Eagles" is the club.
    articles = {
        "album": "Album baru\n\nPenyanyi asal Bandung itu merilis album bernuansa country "
        "yang terinspirasi oleh Dolly Parton dan The Eagles.\n",
        "laga": "Palace tertahan\n\nCrystal Palace ditahan imbang 1 - 1 oleh Burnley. Gelandang "
        "The Eagles mencetak gol pada menit ke - 40, dan kini klasemen mereka naik satu "
        "peringkat.\n",
        # No football words, but the club named: its nickname is the club.
        "pemilik": "Pemilik baru\n\nPengusaha Amerika membeli saham Crystal Palace. The Eagles "
        "kini punya dua pemilik.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        palace = _articles(service, "Crystal Palace")
        band = _articles(service, "The Eagles")
        nicknamed = {
            mention.article
            for entity in service.entities()
            if entity.name == "Crystal Palace"
            for mention in service.mentions(entity.id)
            if mention.surface == "The Eagles"
        }
    assert palace == [{"laga", "pemilik"}]
    assert nicknamed == {"laga", "pemilik"}
    assert band == [{"album"}]


def test_a_countrymans_surname_that_names_a_company_is_his(tmp_path: Path) -> None:
    # "Pemain Jepang Keisuke Honda": the tagger left "Keisuke" out and the gazetteer read
    # "Honda" as the carmaker, so the player was the company.
    articles = {
        "transfer": "Klub baru\n\nPemain Jepang Takumi Honda resmi bergabung dengan klub "
        "Meksiko. Honda mencetak gol pada laga perdananya.\n",
        "motor": "Penjualan motor\n\nPenjualan sepeda motor Honda naik 10 persen tahun ini.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        kinds = {entity.name: entity.kind for entity in service.entities()}
        player = _articles(service, "Takumi Honda")
        maker = _articles(service, "Honda")
    assert kinds.get("Takumi Honda") == "person"
    assert player == [{"transfer"}]
    assert maker == [{"motor"}]


def test_a_name_ending_in_a_companys_word_is_an_organisation(tmp_path: Path) -> None:
    # "CEO dari Ocean Hugger Foods" and a photo credit "Deposit Photos" were persons.
    articles = {
        "pangan": "Tomat olahan\n\nCEO Blue Harbor Foods, Anita Ray, mengatakan penjualan "
        "naik dua kali lipat.\n",
        "foto": "Jus sehat\n\nIlustrasi jus wortel. Foto: Getty Images\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        kinds = {entity.name: entity.kind for entity in service.entities()}
    assert {name: kinds.get(name) for name in ("Blue Harbor Foods", "Getty Images")} == {
        "Blue Harbor Foods": "organisation",
        "Getty Images": "organisation",
    }
    assert kinds.get("Anita Ray") == "person"


def test_the_north_coast_road_and_the_transport_society_are_known(tmp_path: Path) -> None:
    # "mengalihkan ke jalur selatan, tengah, atau Pantura" gave a person Pantura, and "kata
    # Sekretaris MTI" a person MTI: both are named in every year's homecoming news.
    articles = {
        "mudik": "Arus mudik\n\nPolisi menyarankan pemudik menghindari Pantura pada puncak arus "
        'mudik. " Angkutan umum harus cukup, " kata Ketua MTI di Jakarta.\n',
    }
    with closing(index_of(tmp_path, articles)) as service:
        kinds = {entity.name: entity.kind for entity in service.entities()}
    assert kinds.get("Pantura") == "place"
    assert kinds.get("Masyarakat Transportasi Indonesia") == "organisation"


def test_a_legal_status_a_body_has_is_no_organisation(tmp_path: Path) -> None:
    # "berstatus Badan Layanan Umum (BLU)" gave an organisation: it is what a hospital
    # is, not a body of its own.
    articles = {
        "rsud": "Rumah sakit daerah\n\nRumah sakit milik kabupaten itu kini berstatus Badan "
        "Layanan Umum (BLU), sehingga boleh mengelola pendapatannya sendiri. Direktur RSUD "
        "Sehat Sentosa mengatakan pelayanan akan membaik.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        names = {entity.name for entity in service.entities()}
    assert not names & {"Badan Layanan Umum", "BLU"}


def test_a_carmakers_model_is_a_product(tmp_path: Path) -> None:
    # "bersaing dengan ... dan Audi A6" gave a person Audi A6: the gazetteer knew BMW and
    # Toyota but not Audi, so its model code made no product.
    articles = {
        "sedan": "Sedan baru\n\nSedan listrik itu akan bersaing dengan mobil kelas atas "
        "lainnya, yaitu Tesla Model S dan Audi A8. Harganya belum diumumkan.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        kinds = {entity.name: entity.kind for entity in service.entities()}
    assert kinds.get("Audi A8") == "product"


def test_a_name_the_article_writes_as_its_website_is_an_organisation(tmp_path: Path) -> None:
    # A start-up "Djaring", named eight times and once as "Djaring.id", was a person: the
    # tagger read the name alone so, and most mentions decided the kind.
    articles = {
        "startup": "Layanan baru\n\nTokoriang menargetkan pedagang kecil yang belum berjualan "
        "daring. Tokoriang menyediakan toko siap pakai, kata pendirinya. Alamat toko masih "
        "berada di bawah Tokoriang.id dan belum bisa diganti. Tokoriang juga menyiapkan "
        "layanan kurir.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        kinds = {entity.name: entity.kind for entity in service.entities()}
    assert kinds.get("Tokoriang") == "organisation"


def test_a_bodys_branch_level_without_a_region_is_no_organisation(tmp_path: Path) -> None:
    # "berkoordinasi dengan KPU Kabupaten, Kota" gave an organisation "KPU Kabupaten": every
    # regency's commission, no one body; "KPU Kota Surabaya" is one.
    articles = {
        "pilkada": 'Persiapan pilkada\n\n" Kami selalu berkoordinasi dengan DPRD Kabupaten dan '
        'DPRD Kota, " kata Ketua DPRD Kota Malang. Polres Malang Kota ikut mengamankan.\n',
    }
    with closing(index_of(tmp_path, articles)) as service:
        names = {entity.name for entity in service.entities()}
    assert not names & {"DPRD Kabupaten", "DPRD Kota"}
    assert {"DPRD Kota Malang", "Polres Malang Kota"} <= names


def test_a_disease_named_after_someone_or_somewhere_is_no_entity(tmp_path: Path) -> None:
    # "ciri-ciri penyakit Tilapia Virus Lake (TiLV)" gave a person, "penyakit Parkinson"
    # a place: a disease's name, no one and nowhere the article talks about.
    articles = {
        "ikan": "Benih ikan\n\nPetugas memeriksa benih ikan untuk melihat gejala penyakit "
        "Salmon Gill Fever pada tambak di Klaten.\n",
        "lansia": "Lansia\n\nAyahnya menderita penyakit Parkinson sejak pensiun.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        names = {entity.name for entity in service.entities()}
    assert not names & {"Salmon Gill Fever", "Parkinson"}
    assert "Klaten" in names
