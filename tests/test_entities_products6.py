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
