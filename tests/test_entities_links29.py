"""Round 29's wrong links and wrong types (issue #14), leftovers of round 28's audit of
1,000 IndoSum articles: a boarding school's name was a person."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from tests.conftest import index_of


def _kinds(service: object, name: str) -> dict[str, set[str]]:
    """Each kind the entities named ``name`` have, with the articles that mention them."""
    kinds: dict[str, set[str]] = {}
    for entity in service.entities():  # type: ignore[attr-defined]
        if entity.name == name:
            mentions = service.mentions(entity.id)  # type: ignore[attr-defined]
            kinds.setdefault(entity.kind, set()).update(m.article for m in mentions)
    return kinds


def test_a_boarding_schools_name_after_its_head_is_an_organisation(tmp_path: Path) -> None:
    # "Pondok Pesantren (Ponpes) Darul Hikmah" gave a person "Darul Hikmah": the tagger
    # left the head and its short form out and read the Arabic name as a person's.
    articles = {
        "santri": "Santri baru\n\nPondok Pesantren (Ponpes) Darul Hikmah di Kabupaten Kediri "
        "menerima santri baru. Pengasuh Ponpes Darul Hikmah mengatakan pendaftaran dibuka "
        "hingga akhir bulan.\n",
        "banjir": "Banjir\n\nBanjir merendam pesantren Nurul Iman di Kabupaten Bogor. Para "
        "santri Nurul Iman diungsikan ke masjid.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        hikmah = _kinds(service, "Darul Hikmah")
        iman = _kinds(service, "Nurul Iman")
    assert hikmah == {"organisation": {"santri"}}
    assert iman == {"organisation": {"banjir"}}


def test_names_listed_after_a_village_are_villages(tmp_path: Path) -> None:
    # "desa Jopu, Oka, Ile Ange" typed Oka and Ile Ange as persons: a list that a village's
    # head opens goes on with villages. A resident apposed after the village stays a person,
    # and so do persons listed after one and closed by a comma.
    articles = {
        "longsor": "Longsor\n\nBantuan disalurkan ke desa Jopu, Oka, Ile Ange di Kabupaten "
        "Ende. Jalan menuju Oka tertutup tanah.\n",
        "banjir": "Banjir\n\nAir merendam Kelurahan Batumerah, Wailela, Halong dan Rumahtiga "
        "sejak pagi.\n",
        "kades": "Kepala desa\n\nKepala desa Wolotopo, Yohanes Bata, mengatakan warga sudah "
        "mengungsi. Menurut Yohanes Bata, jalan putus.\n",
        "tangkap": "Penangkapan\n\nTiga warga desa Nangaba, Ahmad Sulaiman, Benediktus Rangga "
        "dan Kristoforus Lado, ditangkap polisi.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        kinds = {name: _kinds(service, name) for name in ("Oka", "Ile Ange", "Rumahtiga")}
        persons = {entity.name for entity in service.entities() if entity.kind == "person"}
    assert kinds["Oka"] == {"place": {"longsor"}}
    assert kinds["Ile Ange"] == {"place": {"longsor"}}
    assert kinds["Rumahtiga"] == {"place": {"banjir"}}
    assert {"Yohanes Bata", "Ahmad Sulaiman", "Kristoforus Lado"} <= persons


def test_the_state_ideology_is_no_entity_but_names_it_opens_stay(tmp_path: Path) -> None:
    # "Papua, serta Pancasila" gave a place "Pancasila", listed after two places: the state
    # ideology is none of the four kinds; a field named after it still is a place.
    articles = {
        "spanduk": "Spanduk\n\nSpanduk itu memuat seruan tentang Aceh dan Papua, serta "
        "Pancasila dipelesetkan di dalamnya. Pelakunya dilaporkan ke polisi.\n",
        "ormas": "Ormas dibubarkan\n\nPemerintah membubarkan ormas itu karena dianggap "
        "bertentangan dengan Pancasila. Nilai Pancasila harus diajarkan di sekolah.\n",
        "upacara": "Upacara\n\nRatusan pelajar mengikuti upacara di Lapangan Pancasila Salatiga.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        names = {entity.name: entity.kind for entity in service.entities()}
    assert "Pancasila" not in names
    assert names["Papua"] == "place"
    assert names["Lapangan Pancasila Salatiga"] == "place"


def test_well_known_idol_groups_and_a_member_are_known(tmp_path: Path) -> None:
    # "T.O.P, rapper BIGBANG" missed T.O.P and typed BIGBANG a person, and "SNSD Taeyeon"
    # was one person whose mentions took the group's name: idol groups are weak spots of
    # the tagger, which learned from 2017's Indonesian news, not its entertainment pages.
    articles = {
        "wamil": "Wajib militer\n\nT.O.P, rapper BIGBANG, mulai menjalani wajib militer. "
        "Agensi T.O.P membenarkan kabar itu.\n",
        "album": "Album solo\n\nPersonel SNSD Taeyeon merilis album solo pekan ini. Taeyeon "
        "mengatakan SNSD tetap kompak.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        names = {entity.name: entity.kind for entity in service.entities()}
        groups = _kinds(service, "Girls' Generation")
    assert names["T.O.P"] == "person"
    assert names["BIGBANG"] == "organisation"
    assert names["Taeyeon"] == "person"
    assert groups == {"organisation": {"album"}}
    assert "SNSD Taeyeon" not in names


def test_a_bodys_short_name_and_the_end_of_its_full_name_is_the_body(tmp_path: Path) -> None:
    # "Kadin Indonesia" was an organisation of its own beside Kamar Dagang dan Industri
    # Indonesia (Kadin): the short name and the country its full name ends with name the
    # body itself. A company's arm in the country stays its own (Google Indonesia).
    articles = {
        "ekspor": "Ekspor\n\nKetua Kadin Indonesia mengatakan ekspor naik bulan ini.\n",
        "pajak": "Pajak\n\nKadin meminta pemerintah menurunkan pajak. Ketua MUI Indonesia "
        "juga hadir dalam rapat itu.\n",
        "fitur": "Fitur\n\nGoogle Indonesia meluncurkan fitur baru di Jakarta.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        kadin = _kinds(service, "Kamar Dagang dan Industri Indonesia")
        mui = _kinds(service, "Majelis Ulama Indonesia")
        names = {entity.name for entity in service.entities()}
    assert kadin == {"organisation": {"ekspor", "pajak"}}
    assert mui == {"organisation": {"pajak"}}
    assert "Kadin Indonesia" not in names
    assert "Google Indonesia" in names
