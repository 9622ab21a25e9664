"""Entity rules of the blind28 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def test_pc_and_lte_are_no_entities() -> None:
    body = (
        "Menurut Acer, peluncuran mobile PC tahun depan akan memperluas pasar Chromebook. "
        "Bagi Lenovo, kehadiran mobile PC akan melengkapi jajaran laptopnya, dan modem LTE "
        "ikut dipasang."
    )
    found = _kinds(body)
    assert "PC" not in found
    assert "LTE" not in found
    assert found.get("Lenovo") == {"organisation"}


def test_the_fa_cup_is_an_organisation() -> None:
    body = (
        "Chelsea melaju ke final Piala FA setelah menang 2 - 0 atas Everton. Gelar Piala FA "
        "terakhir mereka raih tiga tahun lalu, dan manajer Chelsea ingin mengulanginya."
    )
    assert _kinds(body).get("Piala FA") == {"organisation"}


def test_persegres_nickname_is_the_club() -> None:
    body = (
        "Para pemain Laskar Joko Samudra sempat protes kepada wasit. Persegres akhirnya "
        "kalah 1 - 2 dari tuan rumah di Bekasi."
    )
    found = _kinds(body)
    assert found.get("Laskar Joko Samudra") == {"organisation"}
    assert "Joko Samudra" not in found


def test_a_line_up_heading_runs_no_club_into_a_model() -> None:
    body = (
        "Persibo mengalahkan Persewangi 2 - 0 di Bojonegoro, Minggu.\n\n"
        "Skuat Persibo vs Persewangi\n\n"
        "Persibo 4 - 4 - 2\n\n"
        "Andi Setiawan; Rudi Hartono, Budi Santoso\n\n"
        "Persewangi 4 - 3 - 3"
    )
    found = _kinds(body)
    assert "product" not in {kind for kinds in found.values() for kind in kinds}
    assert found.get("Persewangi") == {"organisation"}


def test_a_score_after_a_club_is_no_part_of_its_name() -> None:
    body = (
        "Musim lalu, Chelsea keluar sebagai juara setelah menaklukkan Crystal Palace 2 - 1. "
        "Pekan depan giliran Persib Bandung 3 - 0 atas Arema di Bandung, tulis laman resmi "
        "Persib."
    )
    found = _kinds(body)
    assert found.get("Crystal Palace") == {"organisation"}
    assert found.get("Persib Bandung") == {"organisation"}
    assert not any(surface[-1].isdigit() for surface in found)


def test_a_brand_right_before_a_lettered_code_names_a_model() -> None:
    body = (
        "Vivo resmi menjual ponsel barunya pekan ini. Kamera LG V40 dan Oppo F9 kalah "
        "terang dibanding ponsel ini, kata juru bicara Vivo."
    )
    found = _kinds(body)
    assert found.get("LG V40") == {"product"}
    assert found.get("Oppo F9") == {"product"}
    assert found.get("Vivo") == {"organisation"}


def test_a_known_company_opening_a_name_with_a_model_number_names_a_model() -> None:
    body = "Chip ini dipakai di ponsel kelas atas seperti Xiaomi Mi 8 dan Asus Zenfone 5."
    found = _kinds(body)
    assert found.get("Xiaomi Mi 8") == {"product"}
    assert found.get("Asus Zenfone 5") == {"product"}


def test_a_known_products_version_is_part_of_its_name() -> None:
    body = (
        "Gim itu dirilis untuk Windows 10 dan Xbox One S bulan depan. Pangsa pasar Android "
        "85 persen di Indonesia."
    )
    found = _kinds(body)
    assert found.get("Windows 10") == {"product"}
    assert found.get("Xbox One S") == {"product"}
    assert found.get("Android") == {"product"}


def test_a_licence_plate_after_a_known_car_is_no_version_of_it() -> None:
    body = (
        "Tersangka kabur dengan mobil Toyota Fortuner B 1734 KJT ke arah Bogor, sementara "
        "iPhone 8 miliknya tertinggal."
    )
    found = _kinds(body)
    assert found.get("Toyota Fortuner") == {"product"}
    assert found.get("iPhone 8") == {"product"}


def test_a_name_ending_in_jr_is_shortened_to_the_word_before_it() -> None:
    body = (
        "Petinju Floyd Mayweather Jr resmi pensiun dari ring pekan lalu. Mayweather memang "
        "memiliki kedekatan dengan organisasi tinju tersebut."
    )
    mentions = [m for m in extract_mentions("", body) if "Mayweather" in m.surface]
    assert [(m.surface, m.kind, m.name) for m in mentions] == [
        ("Floyd Mayweather Jr", "person", "Floyd Mayweather Jr"),
        ("Mayweather", "person", "Floyd Mayweather Jr"),
    ]


def test_eleven_names_below_a_team_and_its_formation_are_its_line_up() -> None:
    body = (
        "Persibo menang 2 - 0 atas Persewangi di Bojonegoro, Minggu (3 / 9).\n\n"
        "Persibo 4 - 3 - 3\n\n"
        "Dwi Cahyono; Gancev, Otavio, Said, Rochman; Ridwan, Ichsan, Wiguna; Hari Yudo, "
        "Mustofa, Komarudin\n\n"
        "Pelatih: Bambang Nurdiansyah"
    )
    found = _kinds(body)
    for player in ("Gancev", "Otavio", "Said", "Ichsan", "Hari Yudo", "Mustofa", "Komarudin"):
        assert found.get(player) == {"person"}, player
    assert found.get("Persibo") == {"organisation"}
