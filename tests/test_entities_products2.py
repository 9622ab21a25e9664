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
