"""Venues, sports bodies and city agencies (round 34). Venues named with an English head
are places: a mall, an avenue or a square (``Pacific Place``), a golf club or a country club
where golf is played, a convention centre, an organisation's hall, and the city after one
is a place apart; a football club, a company and a person stay what they are. A regional
office named short (``Sudin``, ``Kanwil``) is one organisation with its area; the Americas'
football confederations are organisations; an event's organising committee is one
organisation with its English acronym. On sentences written for these tests."""

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
    found = _kinds("Ia pernah membela Cendrawasih Football Club musim lalu.")
    assert found["Cendrawasih Football Club"] == {"organisation"}


def test_a_company_named_after_a_plaza_stays_a_company() -> None:
    found = _kinds("Saham PT Graha Sentosa Plaza naik dua persen kemarin.")
    assert found["PT Graha Sentosa Plaza"] == {"organisation"}
    found = _kinds("Saham PT Sentosa Square naik dua persen kemarin.")
    assert found["PT Sentosa Square"] == {"organisation"}


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


# A regional office named short (a Jakarta city's Sudin, a ministry's Kanwil) is one
# organisation with its unit's name and its area.


def test_a_sudin_keeps_its_area_and_leaves_the_staff_word_out() -> None:
    found = _kinds("Petugas Sudin PKP Jakarta Timur memadamkan api di gudang itu.")
    assert found == {"Sudin PKP Jakarta Timur": {"organisation"}}


def test_a_sudin_spelt_out_with_dan_is_one_office() -> None:
    found = _kinds(
        "Dua jam kemudian Sudin Penanggulangan Kebakaran dan Penyelamatan Jaktim "
        "mengerahkan 12 unit mobil."
    )
    assert found["Sudin Penanggulangan Kebakaran dan Penyelamatan Jaktim"] == {"organisation"}


def test_a_kanwil_before_a_known_ministry_is_one_office() -> None:
    found = _kinds("Hilal dipantau petugas Kanwil Kementerian Agama bersama ormas Islam.")
    assert found["Kanwil Kementerian Agama"] == {"organisation"}


def test_a_kanwil_named_alone_is_no_person() -> None:
    found = _kinds("Sejumlah Kanwil Kemenkumham yang hadir menyatakan siap.")
    assert found["Kanwil Kemenkumham"] == {"organisation"}


def test_a_kanwil_keeps_its_province_and_leaves_its_head_apart() -> None:
    found = _kinds("Kepala Kanwil Kemenkumham Jambi Suryadi Wiranata mengatakan hal itu.")
    assert found["Kanwil Kemenkumham Jambi"] == {"organisation"}
    assert found["Suryadi Wiranata"] == {"person"}


# Guards: the offices end where the next body or person begins.


def test_two_bodies_joined_by_dan_stay_two() -> None:
    found = _kinds("Rapat itu dihadiri Sudin Pendidikan dan Dinas Kesehatan DKI.")
    assert found["Sudin Pendidikan"] == {"organisation"}
    assert found["Dinas Kesehatan DKI"] == {"organisation"}


def test_a_kanwil_and_a_regency_office_after_it_stay_two() -> None:
    found = _kinds("Petugas berasal dari Kanwil Kementerian Agama dan Kemenag Kota Bogor.")
    assert found["Kanwil Kementerian Agama"] == {"organisation"}
    assert "Kanwil Kementerian Agama dan Kemenag Kota Bogor" not in found


def test_an_office_head_in_lowercase_opens_no_name() -> None:
    found = _kinds("Ia bekerja di kantor kanwil Jakarta sejak 2010.")
    assert not any("kanwil" in surface for surface in found)


# A venue ending in its English head and run into the known city after it is two places.


def test_a_golf_club_run_into_its_city_is_two_places() -> None:
    found = _kinds("Turnamen ini akan digelar pada 14 - 17 Desember di Seruni Golf Club Jakarta.")
    assert found == {"Seruni Golf Club": {"place"}, "Jakarta": {"place"}}
    found = _kinds("Turnamen ini akan digelar di Bukit Seruni Golf Club Jakarta.")
    assert found == {"Bukit Seruni Golf Club": {"place"}, "Jakarta": {"place"}}


def test_a_mall_run_into_its_city_is_two_places() -> None:
    found = _kinds("Jumpa penggemar dijadwalkan di Lotus Square Mall Surabaya pada 3 Maret.")
    assert found == {"Lotus Square Mall": {"place"}, "Surabaya": {"place"}}


# Guards: a club named with its city and a bank's branch keep their names whole.


def test_a_football_club_keeps_its_city() -> None:
    found = _kinds("Ia kini bermain untuk Garuda Muda Bandung musim ini.")
    assert found == {"Garuda Muda Bandung": {"organisation"}}
    found = _kinds("Ia kini bekerja untuk Radio Suara Bandung sejak 2010.")
    assert found == {"Radio Suara Bandung": {"organisation"}}


def test_a_bank_branch_at_a_mall_keeps_the_city() -> None:
    found = _kinds("Tersangka menarik uang di Bank Danamon Puri Indah Mall Jakarta kemarin.")
    assert "Jakarta" not in found


# The continental football confederations are organisations, as FIFA, UEFA and AFC are.


def test_the_americas_confederations_are_organisations() -> None:
    found = _kinds(
        "Kemenangan itu terdengar hingga ke zona Concacaf. Chile tersingkir di kualifikasi "
        "Piala Dunia zona Conmebol."
    )
    assert found["Concacaf"] == {"organisation"}
    assert found["Conmebol"] == {"organisation"}


def test_a_confederation_before_its_president_stays_apart_from_him() -> None:
    found = _kinds("Presiden Conmebol Rodrigo Alvarado hadir dalam undian itu.")
    assert found["Conmebol"] == {"organisation"}
    assert found["Rodrigo Alvarado"] == {"person"}


def test_a_confederation_inside_a_cup_leaves_the_cup_whole() -> None:
    found = _kinds("River Plate menjuarai Copa Libertadores, turnamen antarklub CONMEBOL.")
    assert found["Copa Libertadores"] == {"organisation"}
    assert found["CONMEBOL"] == {"organisation"}


# An event's organising committee named in Indonesian before its English acronym
# (``...OC``, Organizing Committee) is one organisation with it.


def test_an_organising_committee_before_its_english_acronym_is_one_organisation() -> None:
    text = (
        "Ketua Panitia Pesta Olahraga Pelajar (ASPGOC) Rudi Hartono menyatakan venue siap. "
        "Menurut ASPGOC, uji coba digelar Februari."
    )
    found = _kinds(text)
    assert found["Panitia Pesta Olahraga Pelajar (ASPGOC)"] == {"organisation"}
    assert found["Rudi Hartono"] == {"person"}
    keys = {m.surface: m.key for m in extract_mentions("", text)}
    assert keys["ASPGOC"] == keys["Panitia Pesta Olahraga Pelajar (ASPGOC)"]


# Guards: no committee without its OC, nor an acronym of the words before it changed.


def test_a_committee_whose_acronym_is_no_organising_committee_is_left_to_the_acronym() -> None:
    text = "Ketua Panitia Lomba Desa (LDX) Ahmad Yani hadir. Menurut LDX, lomba ditunda."
    found = _kinds(text)
    assert "Panitia Lomba Desa (LDX)" not in found


def test_a_foreign_body_after_a_lowercase_word_keeps_its_acronym() -> None:
    found = _kinds("Sengketa itu dibawa ke Pengadilan Permanen Arbitrase (PCA). Putusan PCA final.")
    assert found["Pengadilan Permanen Arbitrase (PCA)"] == {"organisation"}


def test_a_spelt_out_committee_keeps_its_own_acronym() -> None:
    found = _kinds(
        "Jemaah mematuhi imbauan petugas Panitia Penyelenggara Ibadah Haji (PPIH) di Mekah. "
        "Menurut PPIH, jemaah aman."
    )
    assert found["Panitia Penyelenggara Ibadah Haji (PPIH)"] == {"organisation"}
