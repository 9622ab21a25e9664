"""Round 28's wrong links and wrong types (issue #14), found auditing 1,000 IndoSum
articles drawn at random (seed 2828): a province's election commission was the national
one, a name misspelt by one letter was a second entity beside the one spelt right."""

from __future__ import annotations

from collections import Counter
from contextlib import closing
from pathlib import Path

from tests.conftest import index_of
from tests.test_entities_links27 import _articles


def test_a_national_bodys_branch_in_dki_is_not_the_national_body(tmp_path: Path) -> None:
    # "Komisi Pemilihan Umum (KPU) DKI Jakarta" linked to the national commission: only
    # Kabupaten, Kota and Provinsi were known as the seats of a body's branches, not DKI.
    articles = {
        "debat": "Debat calon\n\nKomisi Pemilihan Umum (KPU) DKI Jakarta menggelar debat "
        "ketiga calon gubernur. Ketua KPU DKI Jakarta mengatakan debat disiarkan langsung.\n",
        "rapat": "Rapat pleno\n\nKPU DKI menetapkan daftar pemilih tetap dalam rapat pleno "
        "di Jakarta.\n",
        "jadwal": "Jadwal pemilu\n\nKomisi Pemilihan Umum (KPU) menetapkan jadwal pemilu "
        "nasional. Ketua KPU mengatakan tahapan dimulai bulan depan.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        national = _articles(service, "Komisi Pemilihan Umum")
        branch = _articles(service, "Komisi Pemilihan Umum DKI Jakarta")
        short = _articles(service, "KPU DKI")
    assert national == [{"jadwal"}]
    assert branch == [{"debat"}]
    assert short == [{"rapat"}]


def test_a_three_word_name_misspelt_in_one_word_is_the_same_person(tmp_path: Path) -> None:
    # "Basuki Tjahya Purnama" (a letter dropped from Tjahaja, and the j of today's spelling)
    # was a second person beside Basuki Tjahaja Purnama: a respelling had to be one letter
    # off as written, of five letters or more (Andy for Andi in one article was another
    # person too). Two words alike vouch for the third in a name of three words.
    articles = {
        "pasar": "Kunjungan\n\nGubernur Basuki Tjahya Purnama mengunjungi pasar di Tanah "
        "Abang. Ia ditemani stafnya.\n",
        "rapat": "Rapat\n\nBasuki Tjahaja Purnama meminta pasar ditata. Menurut Basuki "
        "Tjahaja Purnama pasar itu harus bersih.\n",
        "sidang": "Sidang\n\nSaksi Andi Surya Pratama hadir di pengadilan. Hakim "
        "memanggil saksi Andy Surya Pratama. Kata Andy Surya Pratama, ia tidak tahu.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        persons = {
            entity.name: {mention.article for mention in service.mentions(entity.id)}
            for entity in service.entities()
            if entity.kind == "person"
        }
    assert persons["Basuki Tjahaja Purnama"] == {"pasar", "rapat"}
    assert persons["Andi Surya Pratama"] == {"sidang"}
    assert "Basuki Tjahya Purnama" not in persons
    assert "Andy Surya Pratama" not in persons


def test_a_clubs_city_opening_a_sentence_or_a_quote_in_its_report_is_the_club(
    tmp_path: Path,
) -> None:
    # "Sayang Madrid justru kebobolan", "“Mengapa Liverpool tepat untuk saya?” and "Selain
    # Liverpool, ..." in reports naming the clubs in full were the cities: a capitalised
    # word opening a sentence or a quote was read as a name going on into the club's.
    articles = {
        "laga": "Madrid menang\n\nReal Madrid menang 3 - 1 atas tuan rumah Getafe. Sayang "
        "Madrid justru kebobolan lebih dulu. Skuat Madrid kini memimpin klasemen.\n",
        "transfer": "Bek baru\n\nBek Southampton itu resmi bergabung dengan Liverpool FC. "
        '"Mengapa Liverpool tepat untuk saya? Karena saya suka pelatihnya," kata sang bek. '
        "Selain Liverpool, dua klub lain juga meminatinya.\n",
        "libur": "Liburan\n\nPenyanyi itu berlibur ke Madrid, Spanyol, bersama keluarganya. "
        "Ia juga mampir ke Liverpool, Inggris.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        linked = {
            (entity.name, entity.kind): Counter(
                mention.article for mention in service.mentions(entity.id)
            )
            for entity in service.entities()
            if entity.name in ("Madrid", "Liverpool", "Real Madrid", "Liverpool FC")
        }
    assert linked == {
        ("Madrid", "place"): {"libur": 1},
        ("Liverpool", "place"): {"libur": 1},
        ("Real Madrid", "organisation"): {"laga": 4},
        ("Liverpool FC", "organisation"): {"transfer": 3},
    }


def test_a_common_word_opening_a_quote_is_no_name(tmp_path: Path) -> None:
    # "“ Nantilah, ” ujarnya" (later, with a particle) was a person: a common word was
    # known capitalised only at a sentence's start, not at a quote's.
    articles = {
        "pilkada": "Calon wakil\n\nDitanya soal calon wakilnya, Bupati Darmawan enggan "
        "menjawab. “ Nantilah, ” ujarnya singkat. “ Pokoknya tunggu saja, ” katanya.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        names = {entity.name for entity in service.entities()}
    assert "Darmawan" in names
    assert names.isdisjoint({"Nantilah", "Pokoknya"})


def test_a_clubs_city_after_a_short_word_opening_a_sentence_is_the_club(
    tmp_path: Path,
) -> None:
    # "Gol Milan akhirnya datang" in a report was the city Milan: a word of three letters
    # was never read as a common word capitalised to open a sentence.
    articles = {
        "serie": "Milan menang tipis\n\nAC Milan menang 1 - 0 atas tamu mereka Bologna di "
        "San Siro. Gol Milan akhirnya datang pada menit ke - 80 lewat sundulan sang bek.\n",
        "mode": "Pekan mode\n\nDesainer itu memamerkan koleksi barunya di Milan, Italia.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        linked = {
            (entity.name, entity.kind): Counter(
                mention.article for mention in service.mentions(entity.id)
            )
            for entity in service.entities()
            if entity.name in ("Milan", "AC Milan")
        }
    assert linked == {
        ("AC Milan", "organisation"): {"serie": 3},
        ("Milan", "place"): {"mode": 1},
    }


def test_a_known_company_with_co_after_its_name_is_that_company(tmp_path: Path) -> None:
    # "Walt Disney Co." was a company of its own beside Disney: Inc, Corp, Ltd, LLC and PLC
    # were known as foreign legal forms, not Co.
    articles = {
        "saham": "Saham\n\nIndeks naik setelah Walt Disney Co. melaporkan laba kuartalan yang "
        "melampaui perkiraan analis.\n",
        "film": "Film\n\nDisney merilis film animasi baru pekan ini.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        disney = _articles(service, "Disney")
        names = {entity.name for entity in service.entities()}
    assert disney == [{"saham", "film"}]
    assert "Walt Disney Co" not in names
