"""Issue 14: wrong merges left by the IndoSum links audit (round 19), on text written for
these tests: a company named after a place or a known body, a mountain named after a
city, and a regency written with an abbreviated head."""

from __future__ import annotations

from warta.search.entities import EntityRegistry, KeyStat, extract_mentions


def _keys(body: str) -> list[tuple[str, str]]:
    return [(m.surface, m.key) for m in extract_mentions("", body)]


def test_a_company_named_after_a_place_is_not_the_place() -> None:
    # IndoSum: ``PT Indonesia`` (of a longer company name) joined the country and ``PT
    # Bandung`` the city, once ``PT`` was stripped. Since round 29 the company is read whole.
    keys = _keys(
        "Rudi Hartono menjabat Direktur Utama PT Indonesia Asahan Aluminium (Persero). "
        "Hakim itu pernah bertugas di PT Bandung sebelum pensiun ke Bandung."
    )
    linked = dict(keys)
    company = next(surface for surface, _ in keys if surface.startswith("PT Indonesia"))
    assert linked[company] not in ("indonesia", linked["Bandung"])
    assert linked["PT Bandung"] != linked["Bandung"]
    assert linked["Bandung"] == "bandung"


def test_a_company_named_by_an_acronym_of_a_known_body_is_not_that_body() -> None:
    # IndoSum: ``PT PBB``, a football club's company, joined the United Nations.
    keys = _keys("Ia bertemu Direktur PT PBB, Teddy Sutrisno, setelah sidang PBB di New York.")
    linked = dict(keys)
    assert linked["PBB"] == "perserikatan_bangsa_bangsa"
    assert linked["PT PBB"] != "perserikatan_bangsa_bangsa"


def test_a_listed_bank_whose_name_ends_in_a_known_bank_is_not_that_bank() -> None:
    # IndoSum: ``PT Bank China Construction Bank Indonesia Tbk`` gave ``Bank Indonesia
    # Tbk``, linked to the central bank.
    keys = _keys(
        "Peserta lelang antara lain PT Bank China Construction Bank Indonesia Tbk dan "
        "PT Bank Permata Tbk, kata Gubernur Bank Indonesia."
    )
    central = [surface for surface, key in keys if key == "bank_indonesia"]
    assert central == ["Bank Indonesia"]


def test_a_company_written_with_its_legal_forms_is_still_the_known_company() -> None:
    keys = _keys(
        "Direktur Utama PT Bank Mandiri Tbk dan Dirut PT PLN (Persero) hadir. Ia mantan "
        "General Manager PT Jasa Marga Cabang Cikampek."
    )
    assert ("PT Bank Mandiri Tbk", "bank_mandiri") in keys
    assert ("PT PLN (Persero)", "pln") in keys
    assert ("PT Jasa Marga", "jasa_marga") in keys


def test_a_mountain_named_after_a_city_is_not_the_city() -> None:
    # IndoSum: ``Gunung Padang``, a megalithic site in Cianjur, joined the city Padang.
    keys = _keys(
        "Film itu bercerita tentang misteri Gunung Padang di Cianjur. Pemeran utamanya "
        "lahir di Padang."
    )
    linked = dict(keys)
    assert linked["Padang"] == "padang"
    assert linked["Gunung Padang"] != "padang"


def test_a_regency_with_an_abbreviated_head_is_the_place() -> None:
    # IndoSum: ``Kab Bogor`` was an entity of its own beside Bogor and Kabupaten Bogor;
    # ``Kab. Bogor`` left a place called ``Kab``.
    keys = _keys(
        "Kasus lahan di Kab Bogor menjerat bupatinya. Warga Kab. Bogor dan Kabupaten "
        "Bogor menggelar doa bersama."
    )
    # The regency is one place however its head is written, apart from the city Bogor
    # (links24: a regency named as a city is a place of its own).
    assert keys == [
        ("Kab Bogor", "kabupaten_bogor"),
        ("Kab. Bogor", "kabupaten_bogor"),
        ("Kabupaten Bogor", "kabupaten_bogor"),
    ]


def test_the_explorer_keeps_a_company_named_after_a_city_apart_from_the_city() -> None:
    # Across articles, keys with one name are one entity: ``PT Bandung`` named ``Bandung``
    # made the court a mention of the city in the entity explorer.
    mentions = [
        mention
        for body in ("Hakim itu pernah bertugas di PT Bandung.", "Banjir melanda Bandung.")
        for mention in extract_mentions("", body)
    ]
    registry = EntityRegistry.build(
        [KeyStat(m.key, m.name, m.kind, m.surface, 1, 1) for m in mentions]
    )
    entities = {m.surface: registry.resolve(m.key) for m in mentions}
    assert entities["Bandung"] == "bandung"
    assert entities["PT Bandung"] != "bandung"


def test_an_abbreviated_head_alone_is_no_place() -> None:
    # IndoSum: lists of regencies (``Kab. Balangan, Kab. Kotabaru``) left places called
    # ``Kab`` where the tagger read the head alone.
    keys = _keys("Wilayahnya meliputi Kab. Balangan, Kab. Kotabaru dan Kab / Kota Tasikmalaya.")
    assert [surface for surface, _ in keys if surface.startswith("Kab")] == [
        "Kab. Balangan",
        "Kab. Kotabaru",
    ]
