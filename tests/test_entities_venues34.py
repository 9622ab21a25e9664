"""Venues named with an English head are places: a mall, an avenue or a square
(``Pacific Place``), a golf club or a country club where golf is played, a convention
centre, an organisation's hall; a football club, a company and a person stay what they are.
On sentences written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def test_malls_listed_after_their_noun_are_places() -> None:
    found = _kinds(
        "Sistem itu kini dipakai tiga mal. Mereka adalah Harbour Place, Kenanga Avenue "
        "dan Sentosa Square."
    )
    assert found["Harbour Place"] == {"place"}
    assert found["Kenanga Avenue"] == {"place"}
    assert found["Sentosa Square"] == {"place"}


def test_a_golf_club_where_golf_is_played_is_a_place() -> None:
    found = _kinds(
        "Ia rutin bermain golf di Lakeview Golf Club dan Cemara Hills Country Club, Korea Selatan."
    )
    assert found["Lakeview Golf Club"] == {"place"}
    assert found["Cemara Hills Country Club"] == {"place"}


def test_a_golf_club_after_a_known_place_is_a_place() -> None:
    found = _kinds("Latihan itu digelar di Wellington Golf Club pekan lalu.")
    assert found["Wellington Golf Club"] == {"place"}


def test_a_convention_centre_is_a_place() -> None:
    found = _kinds("Pertemuan para menteri digelar di Hangzhou International Convention Center.")
    assert found["Hangzhou International Convention Center"] == {"place"}


def test_a_hall_read_as_an_organisation_is_a_place() -> None:
    found = _kinds("Acara itu berlangsung di StarMega Hall, Sentosa Fashion Mall, mulai jam 19.00.")
    assert found["StarMega Hall"] == {"place"}
    assert found["Sentosa Fashion Mall"] == {"place"}


# Guards: the rule must not fire on these.


def test_a_football_club_stays_an_organisation() -> None:
    found = _kinds("Pemain Bali United FC, Stefano Lilipaly, mencetak gol kedua.")
    assert found["Bali United FC"] == {"organisation"}


def test_a_company_named_after_a_plaza_stays_a_company() -> None:
    found = _kinds("Saham Plaza Indonesia Realty Tbk naik dua persen pada perdagangan kemarin.")
    assert found["Plaza Indonesia Realty Tbk"] == {"organisation"}


def test_a_person_with_a_venue_surname_stays_a_person() -> None:
    found = _kinds("Menurut Jonathan Hall, penjualan tahun ini membaik.")
    assert found["Jonathan Hall"] == {"person"}


def test_a_bank_branch_at_a_mall_stays_the_bank() -> None:
    found = _kinds("Uang itu ditarik dari Bank Danamon Puri Indah Mall oleh tersangka.")
    assert found["Bank Danamon Puri Indah Mall"] == {"organisation"}


def test_a_fan_club_stays_an_organisation() -> None:
    found = _kinds("Anggota Kit Kat Club berkumpul di Jakarta, Minggu.")
    assert found["Kit Kat Club"] == {"organisation"}


def test_a_golf_club_keeps_its_mentions_linked() -> None:
    mentions = extract_mentions("", "Turnamen digelar di Lakeview Golf Club, Bogor.")
    assert [(m.surface, m.kind) for m in mentions] == [
        ("Lakeview Golf Club", "place"),
        ("Bogor", "place"),
    ]
