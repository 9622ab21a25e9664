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
