"""Entity rules of the blind27 round (issue #14), on sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_vehicle_named_before_its_registration_plate_is_a_product() -> None:
    # A crash report lists vehicles by make, model and plate: the plate is no part of a
    # name, and the name before it is the vehicle, whatever the tagger read there.
    body = (
        "Truk itu lalu menghantam Suzuki Ertiga D 5521 KL yang dikemudikan Rahmat Hidayat "
        "(33), kemudian sepeda motor Honda Scoopy AB 4410 QE milik seorang pelajar. "
        "Mobil Wuling Confero bernopol BE 1092 XT ikut terseret. Pengendara Honda Scoopy "
        "itu selamat."
    )
    found = _kinds(body)
    assert found.get("Suzuki Ertiga") == {"product"}
    assert found.get("Honda Scoopy") == {"product"}
    assert found.get("Wuling Confero") == {"product"}
    assert found.get("Rahmat Hidayat") == {"person"}
    assert not [surface for surface in found if "5521" in surface or "4410" in surface]


def test_a_plates_own_words_name_no_vehicle() -> None:
    body = (
        "Bus pariwisata dengan Nomor Polisi DK 7781 FB itu melaju kencang. "
        "Kemudian B 2231 TQ menepi di bahu jalan."
    )
    found = _kinds(body)
    assert "product" not in {kind for kinds in found.values() for kind in kinds}


def test_a_police_or_military_rank_written_out_is_no_part_of_the_name() -> None:
    # The tagger ran the office, the rank and the name into one organisation, or took the
    # rank's second word for a first name.
    quote = '"Berkas perkara sudah lengkap," kata Kepala Bidang Hubungan Masyarakat Polda '
    for rank, name in [
        ("Komisaris Besar", "Ari Wibisono"),
        ("Komisaris Besar", "Ade Sutrisna"),
        ("Inspektur Jenderal", "Rian Hadiprawira"),
        ("Ajun Komisaris Besar", "Dedi Kurniadi"),
    ]:
        body = f"{quote}Metro Jaya {rank} {name} dalam keterangan tertulis, Jumat (2 / 3)."
        found = _kinds(body)
        assert found.get(name) == {"person"}, (rank, found)
        assert found.get("Polda Metro Jaya") == {"organisation"}
        assert set(found) == {name, "Polda Metro Jaya"}


def test_the_city_a_dateline_writes_before_its_publisher_is_a_place() -> None:
    # In a race report the club of the city's name is no reading: the dateline names the
    # city the article was filed from.
    for city in ("BARCELONA", "Barcelona"):
        body = (
            f"{city}, JUARA.net - Pebalap tuan rumah itu finis kedua pada balapan MotoGP "
            "di Sirkuit Ricardo Tormo, Minggu."
        )
        found = _kinds(body)
        assert found.get(city) == {"place"}, found
        assert found.get("MotoGP") == {"organisation"}


def test_racing_series_teams_and_cups_the_news_names_are_known() -> None:
    body = (
        "Pebalap Ferrari itu memimpin klasemen Formula 1 setelah menang di Bahrain. Dua "
        "pebalap Ducati juga naik podium MotoGP akhir pekan lalu. Musim ini F1 menggelar "
        "24 seri.\n\n"
        "Chelsea melaju ke final Piala FA setelah menang atas Tottenham. Lazio kalah, dan "
        "Biancoceleste kini tertinggal lima poin. Timnas Chile kalah dari Peru."
    )
    found = _kinds(body)
    for name in ("Formula 1", "Ducati", "F1", "Piala FA", "Biancoceleste"):
        assert found.get(name) == {"organisation"}, (name, found)
    assert found.get("Chile") == {"place"}


def test_a_circuit_named_with_a_particle_is_one_venue_not_the_club_inside_it() -> None:
    body = (
        "Seri ketujuh MotoGP digelar di Circuit de Barcelona - Catalunya pekan depan. "
        "Tahun lalu tim pabrikan menguji motor barunya di Circuit de Barcelona."
    )
    found = _kinds(body)
    assert "Barcelona" not in found
    assert found.get("Circuit de Barcelona") == {"place"}


def test_a_models_code_alone_after_a_product_noun_is_a_product() -> None:
    body = (
        "Tim pabrikan itu kembali memakai mobil W12 musim ini, sedangkan ponsel Z300 "
        "baru dijual pekan depan. Ia memesan mobil 2 unit."
    )
    found = _kinds(body)
    assert found.get("W12") == {"product"}
    assert found.get("Z300") == {"product"}
    assert "2" not in found


def test_a_national_teams_nickname_is_the_team() -> None:
    body = (
        "Pelatih Prancis menurunkan skuat muda. Kubu Les Bleus hanya butuh hasil imbang, "
        "sementara Gli Azzurri wajib menang. Di laga lain, Die Mannschaft menjamu Swiss "
        "dan Les Bleus akan menanti pemenangnya."
    )
    found = _kinds(body)
    for name in ("Les Bleus", "Gli Azzurri", "Die Mannschaft"):
        assert found.get(name) == {"organisation"}, (name, found)
    assert "Kubu Les Bleus" not in found
