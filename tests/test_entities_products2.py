"""Product rules of the prod2 round (issue #14: products in news the rules never saw), on
sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_known_platforms_dotted_version_is_part_of_its_name() -> None:
    body = (
        "Pembaruan iOS 11.2 kini bisa diunduh pemilik iPhone di Indonesia. Versi ini juga "
        "hadir untuk tablet yang menjalankan Android 7.1, kata juru bicara perusahaan. "
        "Pengguna Windows 8.1 persen dari seluruh pengguna komputer."
    )
    found = _kinds(body)
    assert found.get("iOS 11.2") == {"product"}
    assert found.get("Android 7.1") == {"product"}
    assert "iOS" not in found
    assert found.get("Windows") == {"product"}


def test_a_launched_models_name_without_its_brand_is_the_same_product() -> None:
    body = (
        "Wuling meluncurkan Wuling Cortez Lux di Jakarta, Kamis. Cortez Lux dijual "
        "mulai Rp 210 juta. Di pameran yang sama Suzuki memajang skuter Nex Crossover. "
        "Suzuki Nex Crossover dijual lebih murah."
    )
    found = _kinds(body)
    assert found.get("Wuling Cortez Lux") == {"product"}
    assert found.get("Cortez Lux") == {"product"}
    assert found.get("Suzuki Nex Crossover") == {"product"}
    assert found.get("Suzuki") == {"organisation"}


def test_a_launched_fund_or_company_is_no_product() -> None:
    body = (
        "Djarum meluncurkan Djarum Ventures untuk mendanai startup di Kudus. Djarum juga "
        "meluncurkan Djarum Super Mild bulan lalu."
    )
    found = _kinds(body)
    assert found.get("Djarum Ventures") == {"organisation"}
    assert found.get("Djarum Super Mild") == {"product"}


def test_models_and_sequels_listed_beside_a_product_are_products() -> None:
    body = (
        "Pemilik ponsel Samsung Galaxy S8, Note8 dan Galaxy S7 Edge bisa memperbarui "
        "perangkatnya mulai pekan depan. Toko daring itu juga menjual gim seperti Forza "
        "Horizon 3, Gears of War 4 dan Dragon Quest XI dengan potongan harga."
    )
    found = _kinds(body)
    assert found.get("Note8") == {"product"}
    assert found.get("Galaxy S7 Edge") == {"product"}
    assert found.get("Forza Horizon 3") == {"product"}
    assert found.get("Gears of War 4") == {"product"}
    assert found.get("Dragon Quest XI") == {"product"}


def test_a_day_or_a_floor_listed_after_a_model_is_no_product() -> None:
    body = (
        "Xiaomi meluncurkan Xiaomi Mi 6, Selasa 12 di Beijing. Di Jakarta, ponsel itu "
        "dipajang di samping Oppo F5, Lantai 3 dan pintu keluar."
    )
    found = _kinds(body)
    assert found.get("Xiaomi Mi 6") == {"product"}
    assert "Selasa 12" not in found
    assert "Lantai 3" not in found


def test_a_quoted_title_after_its_noun_written_twice_is_a_work() -> None:
    body = (
        'Penyanyi Mira Lestari merilis single "Hujan di Bulan Mei" dari album "Jalan '
        'Pulang" pekan lalu. Hujan di Bulan Mei ditulisnya sendiri, dan Jalan Pulang '
        "digarap di Bandung. Ia juga bermain dalam film ' Langit Senja '. Film ' Langit "
        "Senja ' tayang di bioskop mulai Kamis."
    )
    found = _kinds(body)
    assert found.get("Hujan di Bulan Mei") == {"product"}
    assert found.get("Jalan Pulang") == {"product"}
    assert found.get("Langit Senja") == {"product"}
    assert found.get("Mira Lestari") == {"person"}


def test_a_quoted_concert_or_chart_is_no_work() -> None:
    body = (
        'Band Sora menggelar konser bertajuk "Malam Biru" di Bandung. Album mereka masuk '
        "tangga lagu \"Billboard 200\". Film ' Jupiter ’s Moon ' juga diputar di sana. "
        "Musisi Harry Wibisono pernah menggelar konser bertajuk Harry Wibisono in Jazz di "
        "Surabaya. Harry Wibisono kini dirawat di rumah sakit."
    )
    found = _kinds(body)
    assert found.get("Harry Wibisono") == {"person"}
    assert "Malam Biru" not in found
    assert "Billboard 200" not in found
    assert "Jupiter" not in found
