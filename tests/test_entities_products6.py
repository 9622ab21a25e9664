"""Product rules of the prod6 round (products the long blind samples missed), on
sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_year_after_a_models_number_or_code_is_its_edition() -> None:
    body = (
        "Nokia memamerkan ponsel Nokia 4 2019 di Bandung. Nokia 4 2019 memakai layar lebih "
        "lebar. Vendor lain menjual ponsel Oppo K5 2020 dengan harga lebih murah."
    )
    found = _kinds(body)
    assert found.get("Nokia 4 2019") == {"product"}
    assert found.get("Oppo K5 2020") == {"product"}
    assert found.get("Bandung") == {"place"}


def test_benchmark_programs_and_their_versions_are_products() -> None:
    body = (
        "Laptop Rapta itu kami uji di Depok. Skor Cinebench R20 laptop itu 1.200, skor "
        "PCMark 8 mencapai 3.900, dan Geekbench mencatat skor tinggi. Di 3DMark, kartu "
        "grafisnya unggul."
    )
    found = _kinds(body)
    assert found.get("Cinebench R20") == {"product"}
    assert found.get("PCMark 8") == {"product"}
    assert found.get("Geekbench") == {"product"}
    assert found.get("3DMark") == {"product"}


def test_a_graphics_chip_keeps_its_series_and_number() -> None:
    body = (
        "Laptop Rapta memakai kartu grafis Nvidia GeForce GTX 1070 dan prosesor buatan "
        "Intel. Versi murahnya memakai Radeon RX 570 berkapasitas 4 GB."
    )
    found = _kinds(body)
    assert found.get("Nvidia GeForce GTX 1070") == {"product"}
    assert found.get("Radeon RX 570") == {"product"}
    assert "Radeon" not in found


def test_phone_features_and_cover_glass_are_products() -> None:
    body = (
        "Ponsel Rapta X2 tidak memakai Face ID. Ia masih mengandalkan Touch ID di tombol "
        "depan, dan layarnya dilapisi Corning Gorilla Glass 6."
    )
    found = _kinds(body)
    assert found.get("Face ID") == {"product"}
    assert found.get("Touch ID") == {"product"}
    assert found.get("Corning Gorilla Glass 6") == {"product"}


def test_one_after_a_platform_is_its_edition() -> None:
    body = "Ponsel murah Rapta X2 berjalan di Android One, seperti ponsel lain di kelasnya."
    found = _kinds(body)
    assert found.get("Android One") == {"product"}


def test_an_aircraft_code_after_a_spaced_hyphen_stays_in_the_product() -> None:
    body = (
        "Negara itu membeli delapan pesawat tempur Tupolev TU - 22 dari Rusia. Tupolev "
        "TU - 22 akan tiba di Makassar tahun depan."
    )
    found = _kinds(body)
    assert found.get("Tupolev TU - 22") == {"product"}
    assert "Tupolev TU" not in found


def test_a_name_after_a_product_noun_and_its_owners_pronoun_is_a_product() -> None:
    body = "Para mahasiswa itu membawa mobil mereka Garuda Listrik ke Bandung untuk diuji."
    found = _kinds(body)
    assert found.get("Garuda Listrik") == {"product"}
    assert found.get("Bandung") == {"place"}
