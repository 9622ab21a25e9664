"""Entity rules of the blind32 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_a_regional_election_commission_keeps_its_seat() -> None:
    # The commission and its watchdog sit in every region, as a DPRD does.
    found = _found(
        "Ketua KPU Jateng Budi Santoso mengatakan logistik siap. Mantan anggota KPU Kota "
        "Semarang itu bertemu Bawaslu Kabupaten Kendal di Semarang."
    )
    assert found.get("KPU Jateng") == "organisation"
    assert found.get("KPU Kota Semarang") == "organisation"
    assert found.get("Bawaslu Kabupaten Kendal") == "organisation"
    assert "Jateng" not in found
    found = _found("Komisi Pemilihan Umum Provinsi Sulawesi Selatan menetapkan daftar pemilih.")
    assert found.get("Komisi Pemilihan Umum Provinsi Sulawesi Selatan") == "organisation"


def test_a_body_named_by_its_head_ends_before_the_rank_of_the_person_after_it() -> None:
    found = _found(
        "Acara itu dihadiri Kepala Dinas Penerangan Angkatan Laut Laksamana Pertama Budi "
        "Harsono dan Komandan Detasemen Jala Mangkara Kolonel Hadi Santoso di Surabaya."
    )
    assert found.get("Detasemen Jala Mangkara") == "organisation"
    assert found.get("Hadi Santoso") == "person"
    assert found.get("Budi Harsono") == "person"
    assert not [name for name in found if name.endswith(("Kolonel", "Laksamana"))]


def test_a_company_ending_in_its_suffix_is_parted_from_its_executive() -> None:
    # The tagger ran the company's last words into the person after it.
    found = _found(
        "Presiden Direktur Honda Motor Corporation Takahiro Watanabe hadir. Analis "
        "Mandala Sekuritas Dimas Prakoso menilai saham bank masih menarik."
    )
    assert found.get("Takahiro Watanabe") == "person"
    assert found.get("Dimas Prakoso") == "person"
    assert found.get("Mandala Sekuritas") == "organisation"
    assert not [name for name in found if "Corporation" in name and found[name] == "person"]


def test_turkeys_best_known_clubs_are_clubs() -> None:
    found = _found("Bek itu pernah bermain untuk Galatasaray dan Besiktas sebelum pulang ke Turki.")
    assert found.get("Galatasaray") == "organisation"
    assert found.get("Besiktas") == "organisation"
    assert found.get("Turki") == "place"


def test_a_club_found_in_a_list_makes_its_neighbour_a_club_too() -> None:
    # Only Arsenal is a club by itself; Sunderland beside it, then Porto beside Sunderland.
    found = _found(
        "Gelandang itu pernah dipinjamkan ke tim muda, lalu ke Porto, Sunderland, dan Arsenal."
    )
    assert found.get("Porto") == "organisation"
    assert found.get("Sunderland") == "organisation"
    found = _found("Wisatawan itu berlibur ke Porto dan Lisbon.")
    assert found.get("Porto") == "place"


def test_a_name_ending_in_hq_is_an_organisation() -> None:
    found = _found("Nimbus HQ memilih situs penggalangan dana sebagai medium pemasaran awal.")
    assert found.get("Nimbus HQ") == "organisation"
    found = _found("Sebab Nimbus HQ telah mengimplementasikan teknologinya sendiri.")
    assert found.get("Nimbus HQ") == "organisation"


def test_kickstarter_is_the_crowdfunding_platform() -> None:
    # As Indiegogo is: the tagger read it as a person, or missed it.
    found = _found("Startup itu memilih Kickstarter sebagai medium pemasaran awal.")
    assert found.get("Kickstarter") == "organisation"
    assert _found("Proyek itu didanai lewat Kickstarter.").get("Kickstarter") == "organisation"


def test_a_circuit_named_autodromo_is_a_place() -> None:
    found = _found("Para pebalap menjajal trek Autodromo Termas de Rio Hondo pada sesi latihan.")
    assert found.get("Autodromo Termas de Rio Hondo") == "place"


def test_the_person_after_karya_film_is_the_maker_not_a_title() -> None:
    found = _found(
        "Festival itu memutar karya film Hanung Bramantyo lainnya. Penonton memuji "
        "Hanung Bramantyo."
    )
    assert found.get("Hanung Bramantyo") == "person"


def test_a_portfolio_shortened_after_a_ministers_title_is_part_of_the_title() -> None:
    found = _found(
        "Rapat dihadiri Menteri KKP Susi Pudjiastuti dan Menteri PUPR Basuki Hadimuljono. "
        "Sebelumnya Kementerian ESDM dan KKP menolak usulan itu."
    )
    assert found.get("Susi Pudjiastuti") == "person"
    assert found.get("Basuki Hadimuljono") == "person"
    assert "PUPR" not in found
    # Alone or after the ministry's head, the acronym still names the ministry.
    assert found.get("Kementerian ESDM") == "organisation"
    assert found.get("KKP") == "organisation"
    spans = [m for m in extract_mentions("", "Menteri KKP Susi Pudjiastuti hadir.")]
    assert [m.surface for m in spans] == ["Susi Pudjiastuti"]


def test_a_headed_body_with_its_own_languages_acronym_is_one_organisation() -> None:
    # AAK does not spell the Indonesian name: it explains nothing, the head says a body.
    found = _found("Ia memimpin partai oposisi Aliansi Masa Depan Kosovo (AAK) sejak 2001.")
    assert found.get("Aliansi Masa Depan Kosovo (AAK)") == "organisation"
    assert "Kosovo" not in found


def test_the_name_after_a_world_ranking_is_the_ranked_athlete() -> None:
    # The tagger read the first as an organisation, the second as a place.
    found = _found("Ia ditantang petenis peringkat 12 dunia Jelena Jankovic pada laga pembuka.")
    assert found.get("Jelena Jankovic") == "person"
    found = _found("Ia ditantang petenis nomor dua dunia Karolina Pliskova di semifinal.")
    assert found.get("Karolina Pliskova") == "person"
    # A country ranked stays the country.
    assert _found("Tim peringkat 5 dunia Jerman menang telak.").get("Jerman") == "place"


def test_bpjs_alone_is_the_social_security_agency_and_its_arms_stay_their_own() -> None:
    found = _found("Pasien yang belum terdaftar di BPJS dibantu pemkot. Iuran BPJS Kesehatan naik.")
    assert found.get("BPJS") == "organisation"
    assert found.get("BPJS Kesehatan") == "organisation"
