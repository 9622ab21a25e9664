"""Entity rules of the blind25 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def test_the_city_after_wali_kota_is_the_place_not_its_government() -> None:
    # "Wali Kota" is the standard spelling of a mayor's title: "Kota Verbania" was an
    # organisation of its own, cut out of the title.
    body = (
        "Dilansir dari The Guardian, Wali Kota Ravenna menyampaikan duka yang mendalam. "
        "Dilansir Reuters, Wali Kota Lucca menyampaikan belasungkawa."
    )
    found = _kinds(body)
    assert found.get("Ravenna") == {"place"}
    assert found.get("Lucca") == {"place"}
    assert not any(surface.startswith("Kota") for surface in found)


def test_barcelonas_spanish_nickname_and_the_election_committee_are_known() -> None:
    # "Azulgrana" (Barcelona) and "Panwaslu" (the regional election supervisors) were
    # found by no one.
    body = (
        "Gol yang dinanti Azulgrana akhirnya lahir dari tendangan jarak jauh. "
        "Laporan warga soal kampanye hitam diteruskan ke Panwaslu sebelum masa tenang."
    )
    found = _kinds(body)
    assert found.get("Azulgrana") == {"organisation"}
    assert found.get("Panwaslu") == {"organisation"}


def test_a_country_code_in_parentheses_in_a_results_table_is_no_entity() -> None:
    # "Takuro Hoki / Yugo Kobayashi (JPN)": JPN was an organisation, line after line.
    body = (
        "Hasil babak kedua:\n\n"
        "MD: Budi Hartono / Agus Salim (INA/3) vs Kenji Ogawa / Hiroshi Mori (JPN) 21 - 13\n\n"
        "WD: Yuka Sato / Emi Tanaka (JPN/1) vs Siti Rahma / Dewi Lestari (INA) 21 - 15"
    )
    found = _kinds(body)
    assert "JPN" not in found
    assert "INA" not in found
    assert found.get("Kenji Ogawa") == {"person"}
    assert found.get("Yuka Sato") == {"person"}


def test_a_translated_bodys_name_with_its_foreign_acronym_is_one_organisation() -> None:
    # "Pengadilan Permanen Arbitrase (PCA)": the English letters do not spell the
    # Indonesian name, and the name and the acronym were two organisations.
    body = (
        "Pengadilan Banding Perdagangan (CTA) menolak gugatan itu pada Senin. Menurut "
        "CTA, bukti yang diajukan tidak cukup."
    )
    mentions = extract_mentions("", body)
    surfaces = [mention.surface for mention in mentions]
    assert surfaces[0] == "Pengadilan Banding Perdagangan (CTA)"
    assert {mention.key for mention in mentions if "CTA" in mention.surface} == {mentions[0].key}


def test_a_known_bank_does_not_grow_over_the_branch_office_after_it() -> None:
    # "Bank BCA Kantor Cabang ..." was one organisation "Bank BCA Kantor".
    body = (
        "Uang itu disetor di Bank BCA Kantor Cabang Pasar Baru, lalu dipindahkan ke "
        "Bank Mandiri Kantor Cabang Kelapa Gading pada pekan yang sama."
    )
    found = _kinds(body)
    assert found.get("Bank BCA") == {"organisation"}
    assert found.get("Bank Mandiri") == {"organisation"}
    assert not any("Kantor" in surface for surface in found)


def test_a_commission_defined_with_its_acronym_keeps_its_regional_seat() -> None:
    # "Komisi Pemilihan Umum (KPU) DKI Jakarta" was the national commission and a place.
    body = (
        "Dua pasangan calon sudah mendaftar ke Komisi Pemilihan Umum (KPU) Jawa Tengah "
        "pada Senin. Data Badan Pusat Statistik (BPS) Jawa Tengah dipakai untuk daftar "
        "pemilih."
    )
    found = _kinds(body)
    assert found.get("Komisi Pemilihan Umum (KPU) Jawa Tengah") == {"organisation"}
    assert found.get("Badan Pusat Statistik (BPS) Jawa Tengah") == {"organisation"}
    assert "Jawa Tengah" not in found


def test_the_anthem_and_el_clasico_are_no_entities() -> None:
    # "lagu kebangsaan Indonesia Raya" was a place; "El Clasico" a product, "Clasico" a
    # person: a song and a fixture, no entity of warta's kinds.
    body = (
        "Upacara dibuka dengan lagu kebangsaan Indonesia Raya di Stadion Manahan. "
        "Pekan depan Barcelona bersiap untuk El Clasico. Lionel Messi tak sabar menghadapi "
        "Clasico itu."
    )
    found = _kinds(body)
    assert not {"Indonesia Raya", "Indonesia", "El Clasico", "Clasico"} & set(found)
    assert found.get("Barcelona") == {"organisation"}


def test_a_foreign_acronym_is_not_joined_to_part_of_a_name_or_to_a_unit() -> None:
    # Kept apart by the foreign-acronym rule: the tagger's "Persatuan Indonesia" is the end
    # of a party's name, and DKJ the council the dance committee belongs to.
    body = (
        "Hadir Partai Keadilan dan Persatuan Indonesia (PKPI) dan Komite Tari Dewan Kesenian "
        "Jakarta (DKJ). Menurut Badan Pusat Statistik (BPS) Indonesia, jumlah pemilih naik."
    )
    found = _kinds(body)
    assert "Persatuan Indonesia (PKPI)" not in found
    assert "Komite Tari Dewan Kesenian Jakarta (DKJ)" not in found
    assert "Badan Pusat Statistik (BPS) Indonesia" not in found


def test_a_house_number_is_no_part_of_the_street_or_the_district() -> None:
    # "Jalan Halimun No. 6 Bogor Tengah" gave the place "6 Bogor Tengah".
    body = (
        "Kedai itu berlokasi di Jalan Melati No. 8 Bogor Tengah, dekat stasiun. Cabang "
        "keduanya ada di Jalan Kenanga Nomor 12, Depok."
    )
    found = _kinds(body)
    assert found.get("Bogor Tengah") == {"place"}
    assert found.get("Jalan Kenanga") == {"place"}
    assert not any(char.isdigit() for surface in found for char in surface)


def test_medsos_and_sms_are_common_nouns() -> None:
    # "Media sosial (Medsos)" and "lewat SMS" were organisations.
    body = (
        "Media sosial (Medsos) yang dipakai untuk menyebar kebencian jadi sasaran polisi. "
        "Ada juga tim Medsos di sini. Karyawan Pertamina dipecat lewat SMS, kata Budi "
        "Santoso. SMS itu datang malam hari."
    )
    found = _kinds(body)
    assert "Medsos" not in found
    assert "SMS" not in found
    assert found.get("Budi Santoso") == {"person"}


def test_red_bull_is_the_company_and_its_ring_the_circuit() -> None:
    # "salah satu sponsor kami, Red Bull" was a place.
    body = (
        "Seri ini penting bagi sponsor utama tim, Red Bull, kata Marc Marquez. Balapan "
        "akan digelar di Red Bull Ring pada Minggu."
    )
    found = _kinds(body)
    assert found.get("Red Bull") == {"organisation"}
    assert found.get("Red Bull Ring") == {"place"}


def test_copa_del_rey_written_with_a_capital_del_is_the_cup() -> None:
    # Indonesian news writes "Copa Del Rey" as often as "Copa del Rey"; it was found by no one.
    body = "Sevilla ditahan imbang pada leg pertama perempat final Copa Del Rey, Rabu malam."
    assert _kinds(body).get("Copa Del Rey") == {"organisation"}


def test_the_city_after_derby_stays_the_city() -> None:
    # "derby Manchester antara United dan City" was Manchester United.
    body = (
        "Pelatih itu menantikan laga antara Manchester United dan Manchester City. "
        "Para pemain MU tiba di Amerika Serikat, lalu derby Manchester digelar di Houston. "
        "MU menang dan United memimpin klasemen."
    )
    found = _kinds(body)
    assert found.get("Manchester") == {"place"}
    assert found.get("MU") == {"organisation"}


def test_a_places_initials_the_tagger_left_out_are_that_place() -> None:
    # "LCS" after "Laut China Selatan" was found nowhere in the article; a term explained
    # after its acronym and a police report number's code stay no entity.
    body = (
        "Vietnam mengirim kapal patroli ke Laut China Selatan pekan ini. Ketegangan di LCS "
        "meningkat, dan nelayan yang melaut di LCS diminta waspada. Mobil jenis MPV (Multi "
        "Purpose Vehicle) laris; MPV itu dibeli Polda Metro Jaya sesuai laporan "
        "LP/11/III/2017/PMJ pekan lalu."
    )
    mentions = extract_mentions("", body)
    short = [m for m in mentions if m.surface == "LCS"]
    assert len(short) == 2
    assert {(m.kind, m.name) for m in short} == {("place", "Laut China Selatan")}
    assert not [m for m in mentions if m.surface in ("MPV", "PMJ")]
