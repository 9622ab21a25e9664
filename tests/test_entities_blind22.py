"""Entity rules of the blind22 round (issue #14), on sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_line_ups_of_eleven_names_without_a_formation_are_players() -> None:
    body = (
        "Persikota menang 2 - 0 atas Persiraja di Stadion Benteng.\n\n"
        "Susunan Pemain\n\n"
        "Persikota: Dodi Herlambang, Wawan Sutisna, Galih, Rendra, Jajang, Puguh, Tarmizi, "
        'Kevin van Dorp, Aldo Saputra (Bima Sakti 70 "), Sugeng, Yosef.\n\n'
        "Persiraja: Hamdani, Marzuki, Teuku Fadli, Andika, Zulfan, Ridwan, Samsul, Iqbal, "
        'Razali, Fauzan, Munir (Rahmat 61 "). (ant / rdk)\n\n'
        "Cadangan: Lukman, Budiono, Harso, Yohanes."
    )
    found = _kinds(body)
    for name in ("Wawan Sutisna", "Kevin van Dorp", "Bima Sakti", "Munir", "Rahmat", "Harso"):
        assert found[name] == {"person"}, name
    assert found["Persiraja"] == {"organisation"}
    assert "Cadangan" not in found


def test_a_line_up_headed_by_a_country_keeps_the_country_and_a_headless_line() -> None:
    body = (
        "Islandia menang tipis atas San Marino.\n\n"
        "Gudrun, Haldor, Sindri, Ottar, Brynjar, Kolbeinn, Gylfi, Arnor, Birkir, Jon, Eidur\n\n"
        "San Marino: Aldo Simoncini, Dario Vitaioli, Cristian Brolli, Mattia Stefanelli, "
        "Fabio Vitaioli, Manuel Battistini, Enrico Golinucci, Adolfo Hirsch, Marco Berardi, "
        "Luca Censoni, Nicola Nanni"
    )
    found = _kinds(body)
    assert found["San Marino"] == {"place"}
    assert found["Nicola Nanni"] == {"person"}
    assert found["Gudrun"] == {"person"}
    assert found["Eidur"] == {"person"}


def test_a_list_of_eleven_places_after_a_colon_is_no_line_up() -> None:
    body = (
        "Tim itu berkeliling Asia.\n\n"
        "Kota tujuan: Jakarta, Bandung, Surabaya, Medan, Makassar, Semarang, Palembang, "
        "Denpasar, Manado, Padang, Pontianak"
    )
    found = _kinds(body)
    assert found["Bandung"] == {"place"}
    assert found["Pontianak"] == {"place"}


def test_a_club_named_after_a_country_with_calcio_stays_the_club() -> None:
    body = "Kiper itu pernah membela San Marino Calcio di Serie D sebelum pensiun."
    assert _kinds(body)["San Marino Calcio"] == {"organisation"}


def test_the_north_korean_state_by_its_english_acronym_is_the_country() -> None:
    body = (
        "Kantor berita KCNA menyebut DPRK siap menghadapi sanksi baru. "
        "Pejabat DPRK juga menolak tuduhan itu."
    )
    assert _kinds(body)["DPRK"] == {"place"}


def test_a_council_before_its_body_is_one_organisation() -> None:
    body = (
        "Resolusi itu dibahas Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB) pekan lalu. "
        "Sidang Dewan Keamanan PBB berikutnya digelar Jumat."
    )
    found = _kinds(body)
    assert found["Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB)"] == {"organisation"}
    assert found["Dewan Keamanan PBB"] == {"organisation"}
    found = _kinds("Ketua Dewan Pakar Partai Golkar Agung Laksono hadir di sana.")
    assert found["Partai Golkar"] == {"organisation"}  # a party's council: the party alone


def test_the_betawi_honorific_mpok_is_no_part_of_the_name() -> None:
    body = (
        "Warung nasi uduk milik Mpok Sarinah ramai sejak pagi. "
        "Mpok Sarinah sudah berjualan di Kemayoran selama 30 tahun."
    )
    found = _kinds(body)
    assert found["Sarinah"] == {"person"}
    assert "Mpok Sarinah" not in found


def test_popular_car_models_are_products_where_a_car_is_the_subject() -> None:
    body = (
        "Polisi memeriksa mobil Pajero Sport yang menabrak pembatas jalan. "
        "Sopir Pajero Sport itu mengaku mengantuk, sementara penumpang Avanza di depannya "
        "selamat."
    )
    found = _kinds(body)
    assert found["Pajero Sport"] == {"product"}
    assert found["Avanza"] == {"product"}
    body = "Ayla dan Xenia, dua siswi SMA Negeri 3, memenangi lomba debat di Bandung."
    found = _kinds(body)
    assert found.get("Ayla") != {"product"}
    assert found.get("Xenia") != {"product"}


def test_bose_is_the_audio_company() -> None:
    body = "Bose memperkenalkan headphone terbarunya. Menurut Bose, baterainya tahan 20 jam."
    assert _kinds(body)["Bose"] == {"organisation"}


def test_a_listed_state_company_keeps_tbk_after_persero() -> None:
    body = (
        "Laba PT Bank Tabungan Negara (Persero) Tbk naik 12 persen tahun ini, "
        "kata direktur keuangan Bank Tabungan Negara."
    )
    found = _kinds(body)
    assert found["PT Bank Tabungan Negara (Persero) Tbk"] == {"organisation"}


def test_motorcycle_racing_championships_are_organisations_as_leagues_are() -> None:
    body = (
        "Pebalap muda itu naik ke MotoGP musim depan setelah dua tahun di Moto2. "
        "Adiknya masih membalap di Moto3."
    )
    found = _kinds(body)
    assert found["MotoGP"] == {"organisation"}
    assert found["Moto2"] == {"organisation"}
    assert found["Moto3"] == {"organisation"}
