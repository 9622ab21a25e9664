"""Round 30's wrong links, from an audit of the entities of 1,000 IndoSum articles drawn
afresh (``random.Random(2929)``): each test writes its own sentences in the shape of a case
seen there."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from tests.conftest import index_of


def _surfaces(tmp_path: Path, articles: dict[str, str], *names: str) -> list[dict[str, list[str]]]:
    """For each of ``names``, the surfaces of each kind's entity of that name, in reading
    order, once ``articles`` are indexed."""
    with closing(index_of(tmp_path, articles)) as service:
        entities = service.entities()
        found: list[dict[str, list[str]]] = []
        for name in names:
            kinds: dict[str, list[str]] = {}
            for entity in entities:
                if entity.name == name:
                    mentions = service.mentions(entity.id)
                    kinds.setdefault(entity.kind, []).extend(m.surface for m in mentions)
            found.append(kinds)
    return found


def test_a_datelines_city_stays_a_place_in_a_report_on_its_club(tmp_path: Path) -> None:
    # "MILAN, JUARA.net - ... AC Milan ... Milan" linked the dateline to the club: the
    # tagger read the city, then the football report's short forms gave it to the club.
    articles = {
        "milan": "Striker anyar AC Milan\n\nMILAN, JUARA.net - Striker anyar AC Milan, Rui "
        "Tavares, ingin mengakhiri dominasi Juventus. Menurut Tavares, Milan punya kualitas "
        "untuk juara. Gelandang dan bek Milan siap membantu sang striker.\n",
    }
    city, club = _surfaces(tmp_path, articles, "Milan", "AC Milan")
    assert city == {"place": ["MILAN"]}
    assert "MILAN" not in club["organisation"]


def test_a_club_named_word_in_a_line_up_is_the_player(tmp_path: Path) -> None:
    # "Manchester United: De Gea; Valencia, Smalling, ..." linked Valencia to Valencia CF:
    # the line-up read a player, then the football report's short forms gave him the club.
    articles = {
        "laga": "Tim tamu menang tipis\n\nTim tamu menang 1 - 0 di kandang lawan. Gelandang "
        "dan penyerang tim tamu tampil baik, dan pelatih mereka puas dengan posisi di "
        "klasemen.\n\nSusunan pemain:\n\nLeicester City: Schmeichel; Simpson, Morgan, Huth, "
        "Fuchs; Mahrez, Drinkwater, Kante, Albrighton; Okazaki; Vardy\n\nStoke City: "
        "Butland; Valencia, Shawcross, Martins, Pieters; Allen, Adam; Shaqiri, Arnautovic, "
        "Bojan; Crouch\n",
    }
    club, player = _surfaces(tmp_path, articles, "Valencia CF", "Valencia")
    assert club == {}
    assert player == {"person": ["Valencia"]}


def test_america_listed_with_continents_is_the_continent(tmp_path: Path) -> None:
    # "pebalap dari Eropa, Amerika, Asia, dan Australia" linked Amerika to the United
    # States, which "Amerika" alone names elsewhere (as in the second article); a list
    # with one continent beside countries names American makers.
    articles = {
        "lomba": "Lomba lari\n\nPelari dari Afrika, Eropa, dan Amerika ikut lomba maraton di "
        "Bali. Peserta dari Asia juga banyak.\n",
        "dubes": "Duta besar\n\nDuta besar Amerika bertemu Menteri Luar Negeri di Jakarta. "
        "Pameran itu memajang mobil buatan Korea, Eropa, dan Amerika.\n",
    }
    continent, country = _surfaces(tmp_path, articles, "Benua Amerika", "Amerika Serikat")
    assert continent == {"place": ["Amerika"]}
    assert country == {"place": ["Amerika", "Amerika"]}


def test_countries_the_gazetteer_missed_are_places(tmp_path: Path) -> None:
    # "melawan timnas Puerto Rico" made Puerto Rico an organisation; Suriname was a person,
    # and "Ethiopia", "Slowakia" (other spellings of known countries) were not found.
    articles = {
        "uji": "Laga uji coba\n\nTimnas akan melawan timnas Puerto Rico pekan depan. Pelatih "
        "menyebut Puerto Rico lawan yang kuat.\n",
        "lari": "Maraton\n\nPelari Ethiopia juara, disusul pelari dari Suriname dan Slowakia.\n",
    }
    found = _surfaces(tmp_path, articles, "Puerto Rico", "Suriname", "Etiopia", "Slovakia")
    assert found == [
        {"place": ["Puerto Rico", "Puerto Rico"]},
        {"place": ["Suriname"]},
        {"place": ["Ethiopia"]},
        {"place": ["Slowakia"]},
    ]


def test_the_mercedes_formula_one_team_is_not_the_car_maker(tmp_path: Path) -> None:
    # "Direktur eksekutif Mercedes F1, ... memperkuat Mercedes" linked the racing team to
    # Mercedes-Benz, the maker, as every other Formula 1 team is known apart from its maker.
    articles = {
        "f1": "Tawaran tes mobil F1\n\nPrinsipal tim Mercedes F1, Hans Brauer, mengundang "
        "pebalap MotoGP itu mencoba mobilnya. Dia tinggal menunggu tawaran resmi Mercedes.\n",
        "mobil": "Sedan baru\n\nMercedes-Benz meluncurkan sedan baru di Jakarta. Penjualan "
        "Mercedes naik tahun ini.\n",
    }
    team, maker = _surfaces(tmp_path, articles, "Mercedes-AMG Petronas", "Mercedes-Benz")
    assert team == {"organisation": ["Mercedes F1", "Mercedes"]}
    assert maker == {"organisation": ["Mercedes-Benz", "Mercedes"]}


def test_yogyakartas_province_written_in_full_is_the_one_of_its_acronym(tmp_path: Path) -> None:
    # "Daerah Istimewa Yogyakarta" was an entity apart from Yogyakarta, whose acronym DIY
    # (an alias of it) the same users get under Yogyakarta.
    articles = {
        "wisata": "Libur panjang\n\nKeluarga itu berlibur di Bali dan Daerah Istimewa "
        "Yogyakarta pekan lalu.\n",
        "gempa": "Gempa\n\nGempa kecil terasa di DIY pada Senin pagi.\n",
    }
    found, apart = _surfaces(tmp_path, articles, "Yogyakarta", "Daerah Istimewa Yogyakarta")
    assert sorted(found["place"]) == ["DIY", "Daerah Istimewa Yogyakarta"]
    assert apart == {}


def test_ceko_is_the_czech_republic(tmp_path: Path) -> None:
    # The gazetteer had "Ceko" and "Republik Ceko" as two countries: a user got the Czech
    # Republic twice, its youth team's results under one and its tennis players under the other.
    articles = {
        "u19": "Timnas U-19 kalah\n\nTimnas U-19 kalah dari Ceko di Toulon. Pemain Ceko "
        "lebih tinggi.\n",
        "tenis": "Tenis\n\nPetenis itu mengalahkan Lenka Novakova (Republik Ceko) di final.\n",
    }
    czech, apart = _surfaces(tmp_path, articles, "Republik Ceko", "Ceko")
    assert sorted(czech["place"]) == ["Ceko", "Ceko", "Republik Ceko"]
    assert apart == {}


def test_a_place_ending_a_line_takes_no_compass_word_from_the_next(tmp_path: Path) -> None:
    # A ticket list "Timnas Indonesia vs Puerto Rico" above "Barat: Rp 100.000" gave the
    # mention "Puerto Rico\n\nBarat": the stand's name read as the place's compass word.
    articles = {
        "tiket": "Tiket laga uji coba dijual mulai Senin\n\nPanitia menjual tiket mulai Senin. "
        "Berikut harga tiket Timnas Indonesia vs Malaysia\n\nBarat: Rp 100.000\n\nTimur: "
        "Rp 35.000\n\nWarga Suriah Barat Laut ikut menonton.\n",
    }
    malaysia, syria = _surfaces(tmp_path, articles, "Malaysia", "Suriah")
    assert malaysia == {"place": ["Malaysia"]}
    assert syria == {"place": ["Suriah Barat Laut"]}


def test_the_big_apple_is_new_york_not_the_company(tmp_path: Path) -> None:
    # "tim kebanggaan kota Big Apple" gave Apple Inc. a mention in a basketball report.
    articles = {
        "nba": "Knicks kalah\n\nTim kebanggaan kota Big Apple itu cuma mencetak 18 poin pada "
        "kuarter keempat.\n",
        "ponsel": "Ponsel baru\n\nApple merilis ponsel baru di New York.\n",
    }
    city, company = _surfaces(tmp_path, articles, "New York", "Apple")
    assert sorted(city["place"]) == ["Big Apple", "New York"]
    assert company == {"organisation": ["Apple"]}


def test_a_line_up_below_its_team_and_formation_in_parentheses_names_players(
    tmp_path: Path,
) -> None:
    # "Manchester United (4 - 2 - 3 - 1)" above "De Gea; Valencia, ...; Lingard (Pogba
    # 65), ..." was no line-up: Valencia went to Valencia CF, "Pogba 65" was a club.
    articles = {
        "laga": "Tim tamu menang\n\nTim tamu menang 2 - 0. Gelandang dan penyerang tampil "
        "baik, dan pelatih puas dengan posisi di klasemen.\n\nSusunan Pemain\n\nStoke City "
        "(4 - 2 - 3 - 1)\n\nButland; Valencia, Shawcross, Martins, Pieters; Allen, Adam; "
        "Shaqiri (Krkic 71), Arnautovic (Diouf 65), Afellay; Crouch (Berahino 77)\n",
    }
    club, player, sub = _surfaces(tmp_path, articles, "Valencia CF", "Valencia", "Diouf")
    assert (club, player, sub) == ({}, {"person": ["Valencia"]}, {"person": ["Diouf"]})


def test_a_relative_named_right_after_a_known_person_is_apart(tmp_path: Path) -> None:
    # "putri Presiden Joko Widodo Kahiyang Ayu" was one person of four words: Joko
    # Widodo lost the mention, and his daughter got his name in hers.
    articles = {
        "nikah": "Pernikahan\n\nJelang pernikahan putri Presiden Joko Widodo Sekar Ayu "
        "Lestari, keluarga sibuk menyiapkan acara di Solo.\n",
    }
    president, daughter = _surfaces(tmp_path, articles, "Joko Widodo", "Sekar Ayu Lestari")
    assert (president, daughter) == ({"person": ["Joko Widodo"]}, {"person": ["Sekar Ayu Lestari"]})
