"""Round 26's wrong links and wrong types (issue #14), found auditing 1,000 IndoSum
articles drawn at random (seed 2626): a surname alone joined to the one person of the
corpus with that surname, where the two are named among nothing in common (a boxer
``Marquez`` was the rider Marc Marquez, a singer ``Bono`` a politician)."""

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


def test_a_surname_alone_is_the_person_only_among_their_company(tmp_path: Path) -> None:
    # "Marquez" of a boxing story (Pacquiao's rival) joined Marc Marquez, the MotoGP rider,
    # the only Marquez named in full; "Bono" (U2's singer) joined an Indonesian official.
    # (A surname in an article naming nothing else but places tells nothing: it joins.)
    articles = {
        "transfer": "Kontrak baru\n\nGelandang Persib Bandung, Dimas Arya Pratama, resmi "
        "memperpanjang kontraknya. Pelatih Persib memuji Dimas Arya Pratama.\n",
        "laga": "Persib menang\n\nPersib menang 2 - 0 atas Arema FC di Bandung. Gelandang "
        "Pratama mencetak gol pada menit ke - 30, dan Pratama pula yang memberi umpan gol "
        "kedua.\n",
        "profil": "Pengusaha muda\n\nDirektur PT Sinar Abadi, Hendra Wijaya Kusuma, membuka "
        "pabrik baru di Bekasi. PT Sinar Abadi menyiapkan 500 lowongan, kata Kusuma.\n",
        "musik": "Konser amal\n\nPenyanyi Kusuma tampil bersama Rina Wulandari dalam konser "
        'amal di Surabaya, Sabtu malam. " Saya senang bisa membantu, " kata Kusuma.\n',
    }
    with closing(index_of(tmp_path, articles)) as service:
        linked = {
            name: _articles(service, name)
            for name in ("Dimas Arya Pratama", "Hendra Wijaya Kusuma", "Kusuma")
        }
    assert linked == {
        "Dimas Arya Pratama": [{"transfer", "laga"}],
        "Hendra Wijaya Kusuma": [{"profil"}],
        "Kusuma": [{"musik"}],
    }


def test_a_bodys_branch_in_a_region_is_the_body_not_the_region(tmp_path: Path) -> None:
    # "BPBD Kabupaten Dompu" (the regency's disaster agency) and "BPBD Provinsi NTB" were
    # places: the regency's head and name made the whole name the regency.
    articles = {
        "banjir": "Banjir bandang\n\nTidak ada korban jiwa dalam banjir ini. BPBD Kabupaten "
        "Dompu sedang membantu evakuasi warga. Kepala BPBD Provinsi NTB mengatakan air mulai "
        "surut.\n",
        "panen": "Panen jagung\n\nPetani di Kabupaten Dompu memanen jagung lebih awal.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        kinds = {entity.name: entity.kind for entity in service.entities()}
    assert {name: kinds.get(name) for name in ("BPBD Kabupaten Dompu", "BPBD Provinsi NTB")} == {
        "BPBD Kabupaten Dompu": "organisation",
        "BPBD Provinsi NTB": "organisation",
    }
    assert kinds.get("Dompu") == "place"


def test_a_stadium_named_after_a_company_is_the_stadium_in_a_football_report(
    tmp_path: Path,
) -> None:
    # "masa depan Wenger di Emirates" was the airline Emirates, not Arsenal's ground; but
    # "semasa di Juventus" is the club, not its stadium once named Juventus Stadium.
    articles = {
        "arsenal": "Masa depan pelatih\n\nMasa depan Wenger di Emirates kini di ujung tanduk "
        "setelah Arsenal gagal lolos ke Liga Champions. Gelandang dan striker Arsenal tampil "
        "buruk sepanjang musim.\n",
        "sponsor": "Sponsor baru\n\nArsenal yang disponsori Emirates menang 2 - 0. Gelandang "
        "Arsenal mencetak gol pada menit ke - 10.\n",
        "mudik": "Liburan ke Dubai\n\nKeluarga itu terbang ke Dubai dengan Emirates.\n",
        "juve": "Kenangan lama\n\nPogba pernah menjadi anak asuh Conte semasa di Juventus. "
        "Gelandang itu mencetak banyak gol bagi klub.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        linked = {
            name: _articles(service, name) for name in ("Emirates Stadium", "Emirates", "Juventus")
        }
    assert linked == {
        "Emirates Stadium": [{"arsenal"}],
        "Emirates": [{"sponsor", "mudik"}],
        "Juventus": [{"juve"}],
    }


def test_a_weather_phenomenon_is_no_person(tmp_path: Path) -> None:
    # "fenomena El Nino" made a person.
    articles = {
        "cuaca": "Musim kemarau\n\nFenomena El Nino membuat kemarau lebih panjang di Jawa. "
        "Petani diminta bersiap.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        names = {entity.name for entity in service.entities()}
    assert names & {"El Nino", "Nino"} == set()


def test_turkeys_big_clubs_are_clubs(tmp_path: Path) -> None:
    # "pemain Galatasaray" made the club a person; "Fenerbahce di Istanbul" an organisation
    # named "Fenerbahce di".
    articles = {
        "transfer": "Pindah klub\n\nGelandang itu sebelumnya berstatus pemain Galatasaray.\n",
        "derbi": "Derbi Istanbul\n\nGalatasaray menang 3 - 1 atas Fenerbahce di Istanbul.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        kinds = {entity.name: entity.kind for entity in service.entities()}
    assert {name: kinds.get(name) for name in ("Galatasaray", "Fenerbahce")} == {
        "Galatasaray": "organisation",
        "Fenerbahce": "organisation",
    }


def test_a_film_company_named_cinema_is_an_organisation(tmp_path: Path) -> None:
    # "bekerja sama dengan New Line Cinema" made the studio a place.
    articles = {
        "film": "Trilogi fantasi\n\nSang sutradara kemudian bekerja sama dengan New Line Cinema "
        "dan merilis film pertamanya pada 2001.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        kinds = {entity.name: entity.kind for entity in service.entities()}
    assert kinds.get("New Line Cinema") == "organisation"


def test_a_name_after_coach_is_a_person(tmp_path: Path) -> None:
    # "terima kasih untuk Coach Peter" made the coach an organisation.
    articles = {
        "pamit": "Pelatih pamit\n\nManajemen klub mengucapkan terima kasih untuk Coach Peter dan "
        "semoga kedepannya semakin sukses dimana pun berkarir.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        kinds = {entity.name: entity.kind for entity in service.entities()}
    assert kinds.get("Peter") == "person"
