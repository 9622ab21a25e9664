"""Entity rules of the blind39 round (issue #14: older news from another source), on
sentences written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def _names(body: str) -> dict[str, str]:
    """Each mentioned surface with the name of the entity it links to."""
    return {mention.surface: mention.name for mention in extract_mentions("", body)}


def test_a_province_written_short_is_the_seat_and_the_name_after_it_the_governor() -> None:
    found = _kinds("Gubernur Sultra Rahmat Ludin meninjau lokasi banjir di Kolaka kemarin.")
    assert found["Sultra"] == {"place"}
    assert found["Rahmat Ludin"] == {"person"}
    assert _names("Warga Sulteng dan Malut menunggu bantuan.")["Sulteng"] == "Sulawesi Tengah"


def test_an_old_department_is_the_ministry_it_became() -> None:
    body = "Departemen Perhubungan (Dephub) memperketat izin maskapai. Pejabat Depkes hadir."
    names = _names(body)
    assert names["Departemen Perhubungan (Dephub)"] == "Kementerian Perhubungan"
    assert names["Depkes"] == "Kementerian Kesehatan"


def test_the_atomic_energy_agency_is_known() -> None:
    found = _kinds("Inspektur IAEA tiba di Teheran, sementara Dewan Gubernur IAEA bersidang.")
    assert found["IAEA"] == {"organisation"}


def test_old_titles_and_a_long_portfolio_stay_out_of_the_name() -> None:
    body = (
        "Menperdag Rini Sukmawati membuka pameran itu. Hadir pula Menteri Tenaga Kerja dan "
        "Transmigrasi Bambang Suryo. Di Berlin, Kanselir Helmut Brandt menyambut mereka. "
        "Pemusik Andra Wiratama mengisi acara."
    )
    found = _kinds(body)
    for name in ("Rini Sukmawati", "Bambang Suryo", "Helmut Brandt", "Andra Wiratama"):
        assert found[name] == {"person"}, name
    assert not {"Menperdag Rini Sukmawati", "Transmigrasi Bambang Suryo"} & found.keys()
    assert not {"Kanselir Helmut Brandt", "Pemusik Andra Wiratama"} & found.keys()


def test_agencies_listed_in_a_closing_credit_are_no_mentions() -> None:
    body = "Banjir melanda Dhaka selama sepekan. (Reuters / AP / dwi)"
    found = _kinds(body)
    assert found["Dhaka"] == {"place"}
    assert not {"Reuters", "AP"} & found.keys()


def test_a_datelines_city_before_its_publisher_or_a_day_is_a_place() -> None:
    assert _kinds("Tanjungpandan, Kompas - Harga lada turun lagi.")["Tanjungpandan"] == {"place"}
    assert _kinds("Mandalay, Selasa - Hujan deras turun sejak pagi.")["Mandalay"] == {"place"}
    assert "Namun" not in _kinds("Namun, Kamis - hari itu - hujan turun.")


def test_a_doubles_pair_in_a_badminton_text_goes_by_given_names() -> None:
    found = _kinds("Situs resmi federasi bulu tangkis dunia menjuluki Markis / Hendra legenda.")
    assert found["Markis"] == {"person"}
    assert found["Hendra"] == {"person"}
    assert "Wanderer" not in _kinds("Pemeran Melanie / Wanderer adalah Saoirse Ronan.")


def test_japanese_newspapers_and_asian_private_companies_are_organisations() -> None:
    body = (
        "Surat kabar Chugoku Shimbun menulis kabar itu. Konsultan Lestari Mitra Advisory Pte "
        "Ltd ikut menilai. Pemasoknya, Sinar Kencana Sdn Bhd, menolak."
    )
    found = _kinds(body)
    assert found["Chugoku Shimbun"] == {"organisation"}
    assert found["Lestari Mitra Advisory Pte Ltd"] == {"organisation"}
    assert found["Sinar Kencana Sdn Bhd"] == {"organisation"}


def test_treaties_and_schemes_named_in_english_are_no_places() -> None:
    body = (
        "Negara itu meneken Chemical Weapons Treaty dan ikut Bali Protocol serta Green "
        "Transition Mechanism di Bali."
    )
    found = _kinds(body)
    assert found["Bali"] == {"place"}
    assert not {"Chemical Weapons Treaty", "Bali Protocol", "Green Transition Mechanism"} & (
        found.keys()
    )


def test_the_holder_a_tagger_ran_into_an_office_ending_in_a_place_is_a_person() -> None:
    body = (
        "Wakil Kepala Dinas Kesehatan Jawa Timur Wirdan di Surabaya menuturkan hal itu. "
        "Menurut Kepala Bagian Humas Kota Kendari T Lamadi, warga itu pendatang. "
        "Sekretaris DPRD Kota Depok Sumarno membenarkannya."
    )
    found = _kinds(body)
    assert found["Dinas Kesehatan Jawa Timur"] == {"organisation"}
    assert found["Wirdan"] == {"person"}
    assert found["Kota Kendari"] == {"place"}
    assert found["T Lamadi"] == {"person"}
    assert found["Sumarno"] == {"person"}
    kept = _kinds("Kepala Dinas Pendidikan Kota Bandung Barat meninjau sekolah itu.")
    assert kept["Dinas Pendidikan Kota Bandung Barat"] == {"organisation"}
    assert _kinds("Kata peneliti Boston University itu.")["Boston University"] == {"organisation"}


def test_shrines_valleys_and_canyons_open_places() -> None:
    found = _kinds("Rombongan itu mengunjungi Kuil Meiji, lalu Lembah Harau dan Ngarai Sianok.")
    assert found["Kuil Meiji"] == {"place"}
    assert found["Lembah Harau"] == {"place"}
    assert found["Ngarai Sianok"] == {"place"}


def test_chinese_oil_majors_and_foreign_parliaments_are_known() -> None:
    body = "Sinopec dan CNOOC menawar ladang itu, kata anggota Bundestag dan Knesset."
    found = _kinds(body)
    for name in ("Sinopec", "CNOOC", "Bundestag", "Knesset"):
        assert found[name] == {"organisation"}, name


def test_a_ships_hull_number_and_a_foreign_motor_vessel_are_the_ship() -> None:
    body = (
        "Kapal perang KRI Kujang Mas - 641 menghalau kapal asing itu. Kapal ikan MV Hai Long "
        "Xing mencoba kabur ke utara."
    )
    found = _kinds(body)
    assert found["KRI Kujang Mas - 641"] == {"product"}
    assert found["MV Hai Long Xing"] == {"product"}


def test_a_police_command_written_out_is_one_organisation() -> None:
    body = (
        "Tersangka kini ditahan Kepolisian Daerah Jawa Tengah. Rekannya diperiksa penyidik "
        "Kepolisian Daerah Sultra."
    )
    found = _kinds(body)
    assert found["Kepolisian Daerah Jawa Tengah"] == {"organisation"}
    assert found["Kepolisian Daerah Sultra"] == {"organisation"}
    assert "Jawa Tengah" not in found


def test_a_company_or_place_with_a_place_inside_after_a_title_keeps_its_last_word() -> None:
    # A run that opens with no body's or region's head is no seat and holder: the word
    # after the place is the company's or the place's own, not a person.
    body = (
        "Kata Hendra Wijaya selaku CEO Garuda Indonesia Creative, penyelenggara acara itu. "
        "Ujar Rina Saputri, Regional Manager Southeast Asia Corvano. "
        "Pendiri Sumba Tenun itu bekerja sama dengan para penenun."
    )
    found = _kinds(body)
    assert "Creative" not in found and "Corvano" not in found and "Tenun" not in found
