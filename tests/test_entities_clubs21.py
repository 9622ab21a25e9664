"""Football clubs, competitions and stadiums from the gazetteer (issue #14), on
sentences written for these tests: a club named after its city is the club in a match
report and the city stays a place elsewhere."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def _names(body: str) -> dict[str, set[str]]:
    """Each mentioned surface with the canonical names it was linked to in ``body``."""
    found: dict[str, set[str]] = {}
    for mention in extract_mentions("", body):
        found.setdefault(mention.surface, set()).add(mention.name)
    return found


def test_a_club_named_in_full_goes_by_its_city_in_the_report() -> None:
    body = (
        "Eintracht Frankfurt menjamu Werder Bremen pada pekan ke-10 Bundesliga. Frankfurt "
        "unggul lewat gol striker mereka, tetapi Bremen menyamakan kedudukan. Athletic "
        "Bilbao menjamu Real Sociedad. Bilbao unggul cepat, tetapi Sociedad membalas."
    )
    names = _names(body)
    assert names["Frankfurt"] == {"Eintracht Frankfurt"}
    assert names["Bremen"] == {"Werder Bremen"}
    assert names["Athletic Bilbao"] == {"Athletic Bilbao"}
    assert names["Bilbao"] == {"Athletic Bilbao"}
    assert names["Sociedad"] == {"Real Sociedad"}


def test_a_club_by_its_short_name_alone_in_a_match_report() -> None:
    body = (
        "Espanyol tak berdaya saat bertandang ke markas Sevilla. Pelatih Espanyol "
        "mengakui lini belakangnya rapuh setelah gol cepat striker tuan rumah, sementara "
        "kiper Sevilla nyaris tak tersentuh bola."
    )
    names = _names(body)
    assert names["Espanyol"] == {"Espanyol"}
    assert names["Sevilla"] == {"Sevilla FC"}


def test_the_city_of_a_club_stays_a_place_outside_football() -> None:
    body = (
        "Banjir di Valencia merendam ratusan rumah warga. Sementara itu, paket wisata ke "
        "Liverpool dan Sevilla laris dipesan wisatawan Indonesia."
    )
    found = _kinds(body)
    assert found["Valencia"] == {"place"}
    assert found["Liverpool"] == {"place"}
    assert found["Sevilla"] == {"place"}


def test_a_club_nickname_is_the_club() -> None:
    body = "Los Che gagal mencetak gol, sedangkan Laskar Joko Tingkir menang di kandang."
    names = _names(body)
    assert names["Los Che"] == {"Valencia CF"}
    assert names["Laskar Joko Tingkir"] == {"Persela"}


def test_cups_and_leagues_are_organisations() -> None:
    body = (
        "Barcelona tersingkir dari Piala Raja Spanyol, padahal mereka memimpin "
        "klasemen La Liga. Manchester United meraih Piala Liga dan Liga Europa, "
        "sedangkan Juventus menjuarai Liga Italia Serie A."
    )
    found = _kinds(body)
    assert found["Piala Raja Spanyol"] == {"organisation"}
    assert found["Piala Liga"] == {"organisation"}
    assert found["Liga Italia Serie A"] == {"organisation"}
    assert "Spanyol" not in found


def test_a_stadium_is_a_place() -> None:
    body = (
        "Leg kedua berlangsung di markas Alaves, Estadio de Mendizorroza, sebelum "
        "Barcelona kembali ke Camp Nou untuk menjamu Espanyol."
    )
    found = _kinds(body)
    assert found["Estadio de Mendizorroza"] == {"place"}
    assert found["Camp Nou"] == {"place"}
