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
