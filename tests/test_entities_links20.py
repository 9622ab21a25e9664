"""Issue 14, round 20: wrong links and splits found auditing IndoSum's entities as a user
sees them, on text written for these tests."""

from __future__ import annotations

from warta.search.entities import extract_mentions


def _keys(body: str) -> list[tuple[str, str]]:
    return [(m.surface, m.key) for m in extract_mentions("", body)]


def test_a_short_form_two_clubs_share_is_the_club_the_report_is_about() -> None:
    # IndoSum: Real Madrid reports naming Atletico Madrid once in passing left every bare
    # ``Madrid`` (``kemenangan Madrid``, ``Gol Madrid``) to the city: 13 of its 25 articles.
    body = (
        "Real Madrid menang 3 - 1 atas Sevilla. Pelatih Real Madrid memuji pemainnya. "
        "Real Madrid kini unggul dua poin atas Atletico Madrid. Gol kedua Madrid dicetak "
        "Karim Benzema pada menit ke - 20."
    )
    assert ("Madrid", "real_madrid") in _keys(body)


def test_a_short_form_two_clubs_share_alike_stays_the_city() -> None:
    # A derby names both clubs alike: ``derby Madrid`` is the city's.
    body = (
        "Real Madrid menjamu Atletico Madrid pada derby Madrid, Sabtu. Atletico Madrid "
        "datang dengan kepercayaan diri, Real Madrid dengan skuat lengkap."
    )
    assert ("Madrid", "madrid") in _keys(body)


def test_a_city_after_a_venue_and_a_comma_is_no_club() -> None:
    # IndoSum: ``Stadion Vicente Calderon, Madrid`` was Atletico Madrid.
    body = (
        "Atletico Madrid menjamu Bayern di Stadion Vicente Calderon, Madrid, Kamis. "
        "Atletico Madrid menang 1 - 0."
    )
    keys = _keys(body)
    assert ("Madrid", "madrid") in keys
    assert ("Madrid", "atletico_madrid") not in keys
    # A short form no city goes by is still the club there.
    body = (
        "Manchester City ditahan Burnley. Di Turf Moor, City unggul lebih dulu. "
        "Manchester City kini memimpin klasemen."
    )
    assert ("City", "manchester_city") in _keys(body)


def test_a_company_form_written_with_a_full_stop_still_makes_a_company_of_its_own() -> None:
    # IndoSum: ``Direktur Utama PT. PBB Glenn Sugita`` (Persib's company) was the UN, as
    # ``PT PBB`` no longer was; a known company after ``PT.`` stays that company.
    keys = _keys("Direktur Utama PT. PBB, Glenn Sugita, meminta maaf kepada bobotoh.")
    assert ("PT. PBB", "pt_pbb") in keys
    assert _keys("Saham PT. Pertamina naik pada Senin.") == [("PT. Pertamina", "pertamina")]


def test_a_known_company_with_an_international_legal_form_is_the_company() -> None:
    # IndoSum: ``Qualcomm Inc`` was an entity of its own beside Qualcomm.
    keys = _keys("Qualcomm Inc melaporkan laba naik. Apple Inc menjadi pelanggannya.")
    assert keys == [("Qualcomm Inc", "qualcomm"), ("Apple Inc", "apple")]
    # An unknown company keeps its form, the one sign it is a company.
    assert _keys("Saham Snap Inc turun.") == [("Snap Inc", "snap_inc")]


def test_the_football_association_named_in_full_is_the_football_association() -> None:
    # IndoSum: ``Persatuan Sepak Bola Seluruh Indonesia (PSSI)`` made an entity of its own
    # (with its ``PSSI`` mentions), split from PSSI.
    body = "Persatuan Sepak Bola Seluruh Indonesia (PSSI) menunda liga. PSSI menunggu izin."
    assert {key for _, key in _keys(body)} == {"pssi"}


def test_a_company_form_before_two_known_companies_names_their_joint_venture() -> None:
    # IndoSum: ``PT Astra Honda Motor`` was cut to Astra International and ``Honda Motor``,
    # ``PT Toyota Astra Motor`` to Toyota and ``Astra Motor``.
    keys = _keys("Penjualan PT Astra Honda Motor naik, begitu pula PT Toyota Astra Motor.")
    assert keys == [
        ("PT Astra Honda Motor", "astra_honda_motor"),
        ("PT Toyota Astra Motor", "toyota_astra_motor"),
    ]
    # Two companies apart stay two.
    keys = _keys("Kerja sama PT Pertamina dan PT Garuda Indonesia diteken.")
    assert keys == [("PT Pertamina", "pertamina"), ("PT Garuda Indonesia", "garuda_indonesia")]


def test_a_mountain_named_without_its_head_is_the_mountain() -> None:
    # IndoSum: ``Rinjani`` beside ``Gunung Rinjani`` was read as a person.
    body = "Pendaki tewas di Gunung Rinjani, Lombok. Jalur pendakian Rinjani ditutup."
    assert ("Rinjani", "gunung_rinjani") in _keys(body)
    # A known place stays the place: Padang is the city.
    body = "Situs Gunung Padang di Cianjur ramai. Wisatawan dari Padang datang."
    assert ("Padang", "padang") in _keys(body)


def test_a_soldiers_rank_is_no_part_of_his_name() -> None:
    # IndoSum: ``Serda Alpredo Siahaan`` was an entity with the rank (sergeant) in its name.
    keys = _keys("Anggota TNI Serda Alpredo Siahaan tewas. Pratu Budi Hartono terluka.")
    assert ("Alpredo Siahaan", "alpredo_siahaan") in keys
    assert ("Budi Hartono", "budi_hartono") in keys


def _senate(body: str) -> list[int]:
    """Where the text names the senate DPD."""
    return [m.start for m in extract_mentions("", body) if m.key == "dewan_perwakilan_daerah"]


def test_a_board_with_a_level_is_a_partys_board_not_the_senate() -> None:
    # IndoSum: ``DPD I (tingkat provinsi) Partai Golkar``, ``keinginan DPD propinsi`` and
    # ``DPD Tingkat I dan II`` (Golkar's boards) were the senate DPD.
    assert _senate("Sejumlah DPD I (tingkat provinsi) Partai Golkar menemui Wapres.") == []
    assert _senate("Keinginan DPD propinsi untuk menggelar munas menguat.") == []
    assert _senate("Titiek menghubungi pemilik suara dari DPD Tingkat I dan II.") == []
    body = "Sidang tahunan MPR, DPR, dan DPD digelar di Senayan."
    assert _senate(body) == [body.index("DPD")]
