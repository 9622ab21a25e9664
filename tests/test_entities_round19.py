"""Entity rules of round 19 (issue #14), on sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_company_cued_once_is_an_organisation_everywhere() -> None:
    body = (
        "Kelarindo hadir menawarkan layanan penyimpanan data untuk bisnis kecil. "
        "Kelarindo didirikan pada 2015 oleh Rudi Hartawan di Bandung. "
        "Menurut Rudi, Kelarindo kini melayani 300 klien."
    )
    found = _kinds(body)
    assert found["Kelarindo"] == {"organisation"}
    assert found["Rudi Hartawan"] == {"person"}


def test_users_of_a_service_name_the_service() -> None:
    body = (
        "Jumlah pengguna Belajarku naik dua kali lipat tahun ini. "
        "Belajarku juga bekerja sama dengan dinas pendidikan di 20 provinsi."
    )
    assert _kinds(body)["Belajarku"] == {"organisation"}


def test_an_american_team_goes_by_its_nickname() -> None:
    body = (
        "Final musim ini mempertemukan Chicago Bulls dan Toronto Raptors. "
        "Musim lalu Bulls juara. Raptors belum pernah juara, "
        "dan bintang Bulls yakin timnya siap."
    )
    found = _kinds(body)
    assert found["Bulls"] == {"organisation"}
    assert found["Raptors"] == {"organisation"}


def test_a_venue_and_its_city_are_two_places() -> None:
    body = (
        "Kejuaraan itu digelar di GOR Sasana Krida Surabaya pada Oktober. "
        "Final voli pantai dimainkan di Pantai Kenjeran Surabaya."
    )
    found = _kinds(body)
    assert found["GOR Sasana Krida"] == {"place"}
    assert found["Surabaya"] == {"place"}
    assert "GOR Sasana Krida Surabaya" not in found


def test_a_venue_named_after_its_province_stays_whole() -> None:
    body = "Laga itu digelar di Stadion Utama Riau, Pekanbaru, pada Sabtu malam."
    assert "Stadion Utama Riau" in _kinds(body)


def test_a_clan_founded_stays_the_family_name_it_is() -> None:
    body = "Keluarga Matsuda didirikan pada awal periode Edo oleh Matsuda Hideo di Echigo."
    assert _kinds(body)["Matsuda"] == {"person"}


def test_a_town_read_as_a_person_after_di_is_a_place() -> None:
    body = (
        "Pasukan pemerintah bergerak ke Tal Hamid. "
        "Sedikitnya 20 orang tewas di Tal Hamid pada Selasa."
    )
    assert _kinds(body)["Tal Hamid"] == {"place"}


def test_a_person_with_a_lowercase_particle_after_di_stays_a_person() -> None:
    body = (
        "Lukisan itu karya Vincent van Gogh. "
        "Minat kolektor kini tertuju di Vincent van Gogh dan muridnya."
    )
    assert _kinds(body)["Vincent van Gogh"] == {"person"}


def test_an_event_is_no_person() -> None:
    body = (
        "Penghargaan itu diserahkan dalam Asia Leaders Summit di Singapura. "
        "Asia Leaders Summit dihadiri 3.000 peserta dari 90 negara."
    )
    found = _kinds(body)
    assert not [surface for surface, kinds in found.items() if "person" in kinds]
    assert found["Singapura"] == {"place"}


def test_a_lineup_with_a_formation_and_no_rows_names_players() -> None:
    body = (
        "Inter menang 2 - 0 atas Verona.\n\n"
        "Inter Milan (4 - 3 - 3): Samir Handanovic, Milan Skriniar, Jordan Lukaku, "
        "Marcelo Brozovic (Roberto Gagliardini 54’), Ivan Perisic, Mauro Icardi."
    )
    found = _kinds(body)
    assert found["Milan Skriniar"] == {"person"}
    assert found["Jordan Lukaku"] == {"person"}
    assert found["Roberto Gagliardini"] == {"person"}


def test_a_name_after_a_rank_keeps_its_first_word() -> None:
    body = "Kapolsek Kebayoran Baru AKBP Teguh Wibowo mengatakan pihaknya masih memeriksa saksi."
    assert _kinds(body).get("Teguh Wibowo") == {"person"}


def test_a_cue_before_the_name_in_capitals_names_the_organisation() -> None:
    body = (
        "Aktris Dewi Lestari dilantik sebagai Ketua Umum Pardi 1956 di Jakarta. "
        '" Pardi 56 menegaskan semangat seniman, " kata Dewi. '
        "Ia ingin membersihkan kepengurusan PARDI dari konflik."
    )
    found = _kinds(body)
    assert found["Pardi"] == {"organisation"}
    assert found["Dewi"] == {"person"}


def test_a_town_read_as_a_person_after_wilayah_or_menuju_is_a_place() -> None:
    assert _kinds("Kapal itu berlayar menuju Tal Hamid.")["Tal Hamid"] == {"place"}
    body = "Banjir melanda wilayah Tal Hamid sejak Senin. Warga Tal Hamid mengungsi."
    assert _kinds(body)["Tal Hamid"] == {"place"}


def test_a_newspaper_named_after_its_city_is_an_organisation() -> None:
    assert _kinds("Menurut laporan Auckland Gazette, kapal itu tenggelam.") == {
        "Auckland Gazette": {"organisation"}
    }


def test_the_medium_after_melansir_dari_is_an_organisation() -> None:
    body = "Melansir dari Canberra Daily, menteri itu membantah laporan tersebut."
    assert _kinds(body) == {"Canberra Daily": {"organisation"}}


def test_a_nickname_ending_in_s_read_as_a_team_leaves_the_person_alone() -> None:
    body = (
        "Bintang Cleveland Cavaliers, LeBron James, mencetak 35 poin. "
        "Pebasket berjulukan King James itu melewati rekor Michael Jordan. "
        '" Saya jatuh cinta dengan permainan ini, " tutur James.'
    )
    assert _kinds(body)["James"] == {"person"}


def test_a_question_to_the_reader_is_no_person() -> None:
    assert _kinds("Pernahkah Anda berpikir bahwa ibu bisa pergi kapan saja?") == {}


def test_an_interjection_opening_a_sentence_is_no_person() -> None:
    assert _kinds("Tiket seharga Rp 25.000. Yuk datang dan ramaikan!") == {}


def test_a_posthumous_rank_is_no_name() -> None:
    body = "Gedung itu diprakarsai Inspektur Jenderal Polisi (Anumerta) Firman Gani."
    assert _kinds(body) == {"Firman Gani": {"person"}}


def test_a_front_read_as_a_person_is_an_organisation() -> None:
    body = "Pembebasan wilayah itu dilakukan oleh Front Nusra dan sekutunya."
    assert _kinds(body) == {"Front Nusra": {"organisation"}}
