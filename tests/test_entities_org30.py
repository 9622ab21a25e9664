"""Organisation rules of the org30 round (issue #14: organisations in news from another
source, FacQA passages), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_well_known_bands_are_organisations() -> None:
    # Indonesia's best-known bands of the 2000s and the classics news compares them to.
    found = _found(
        "Dalam daftar itu, Slank dan Peterpan bersaing dengan Sheila on 7, sedangkan "
        "The Beatles dan Koes Plus tetap jadi acuan."
    )
    for band in ("Slank", "Peterpan", "Sheila on 7", "The Beatles", "Koes Plus"):
        assert found.get(band) == "organisation", band


def test_a_band_named_like_a_common_word_counts_only_in_an_article_about_music() -> None:
    # Radja, Ungu and Padi are also words and names: they are the bands beside music.
    found = _found("Lagu baru Radja dan Ungu diputar di radio. Padi menyusul dengan album.")
    assert found.get("Radja") == "organisation"
    assert found.get("Ungu") == "organisation"
    assert found.get("Padi") == "organisation"
    assert "Padi" not in _found("Petani menanam Padi di sawah dekat desa.")


def test_foreign_airlines_are_organisations() -> None:
    # Crash and delay reports name foreign carriers the tagger never saw.
    found = _found(
        "Pesawat Air France itu tergelincir, sedangkan sebuah pesawat China Eastern "
        "mendarat darurat di Shanghai."
    )
    assert found.get("Air France") == "organisation"
    assert found.get("China Eastern") == "organisation"
    assert found.get("Shanghai") == "place"


def test_a_company_numbered_after_its_acronym_is_the_numbered_one() -> None:
    # State plantations and fuel units go by a number after the acronym they are defined
    # with; the acronym alone or with the number is the same company later.
    found = _found(
        "Lahan itu dikelola PT Perkebunan Nusantara (PN) VII sejak 1980. Direksi PN VII "
        "menolak klaim warga."
    )
    assert found.get("PT Perkebunan Nusantara (PN) VII") == "organisation"
    assert found.get("PN VII") == "organisation"
    found = _found("Kepala Pertamina Unit Pemasaran (UPMs) III Budi Santoso menyebut stok aman.")
    assert found.get("Pertamina Unit Pemasaran (UPMs) III") == "organisation"
    assert found.get("Budi Santoso") == "person"


def test_a_numbered_company_and_a_balinese_name_after_its_acronym() -> None:
    # ``I`` before a name is the article of a Balinese name, no number.
    found = _found("Menurut Direktur Bank Pembangunan Daerah (BPD) I Made Sukarya, kredit naik.")
    assert found.get("Bank Pembangunan Daerah (BPD)") == "organisation"
    assert found.get("I Made Sukarya") == "person"


def test_a_balinese_name_opens_the_person_after_a_body() -> None:
    # The body's head or director comes right after it; a body's name never runs over a
    # Balinese name's article and birth-order name.
    found = _found(
        "Vaksin sudah dikirim ke semua provinsi, kata Direktur Jenderal Pelayanan Medik "
        "Departemen Kesehatan I Wayan Sudarta, kemarin di Jakarta."
    )
    assert found.get("Departemen Kesehatan") == "organisation"
    assert found.get("I Wayan Sudarta") == "person"
    found = _found("Ketua Badan Pengawas Pasar Ni Luh Putu Ariani mengatakan hal itu kemarin.")
    assert found.get("Badan Pengawas Pasar") == "organisation"
    assert found.get("Ni Luh Putu Ariani") == "person"
    found = _found("Menurut Direktur PT Sinar Laut Jaya I Ketut Arsa, produksi naik.")
    assert found.get("PT Sinar Laut Jaya") == "organisation"
    assert found.get("I Ketut Arsa") == "person"


def test_a_venue_named_after_a_balinese_person_keeps_the_name() -> None:
    found = _found("Pesawat mendarat di Bandara Internasional I Gusti Ngurah Rai, Bali.")
    assert found.get("Bandara Internasional I Gusti Ngurah Rai") == "place"
    found = _found("Laga digelar di Stadion Kapten I Wayan Dipta, Gianyar.")
    assert found.get("Stadion Kapten I Wayan Dipta") == "place"


def test_an_unread_acronym_after_a_member_or_a_leader_is_an_organisation() -> None:
    # Foreign parties and small bodies the tagger never saw, written as acronyms only.
    found = _found("Saya bukan anggota FPD, tapi saya pasti akan memilih FPD, kata Anna.")
    assert found.get("FPD") == "organisation"
    assert found.get("Anna") == "person"
    found = _found("Sekretaris Jenderal FPN, Frans Ruma, yang ditemui hari Minggu, membantah.")
    assert found.get("FPN") == "organisation"
    assert found.get("Frans Ruma") == "person"
    assert _found("Penumpang maskapai TAPS itu selamat.").get("TAPS") == "organisation"


def test_an_acronym_of_a_kind_after_a_title_is_no_organisation() -> None:
    # A department, a neighbourhood's unit, a kind of hospital: no one body.
    found = _found("Ketua RT setempat, Direktur SDM pabrik itu dan Direktur RSU hadir.")
    assert not {"RT", "SDM", "RSU"} & set(found)


def test_a_party_or_a_league_the_tagger_left_out_is_an_organisation() -> None:
    # Foreign parties translated into Indonesian, and leagues named after their country.
    found = _found("Jajak pendapat menunjukkan Partai Demokratik Bebas tertinggal jauh.")
    assert found.get("Partai Demokratik Bebas") == "organisation"
    found = _found("Pemain itu sempat bermain di Liga A Australia sebelum pulang.")
    assert found.get("Liga A Australia") == "organisation"
    assert "Australia" not in found


def test_a_power_plant_named_is_a_place_and_its_acronym_alone_none() -> None:
    # Older news names plants by their acronym (Pembangkit Listrik Tenaga Air, Panas
    # Bumi, Surya): a named plant is a facility, the acronym alone the kind of plant.
    found = _found(
        "PLTA Saguling menghasilkan 180 megawatt. Pembangunan PLTP Dieng memengaruhi air "
        "danau. Dari namanya, PLTS jelas memanfaatkan energi matahari."
    )
    assert found.get("PLTA Saguling") == "place"
    assert found.get("PLTP Dieng") == "place"
    assert "PLTS" not in found


def test_a_name_described_as_a_body_is_an_organisation() -> None:
    # An apposition with its article, and a non-governmental body's cue written out.
    found = _found(
        "Survei itu dilakukan oleh Public Weather Trends, sebuah lembaga konsultan yang terpandang."
    )
    assert found.get("Public Weather Trends") == "organisation"
    found = _found(
        "Hasil riset lembaga swadaya masyarakat Eurodeb menunjukkan Benin harus membayar. "
        "Eurodeb juga menyebut Mali."
    )
    assert found.get("Eurodeb") == "organisation"


def test_an_army_a_command_or_an_exchange_the_tagger_left_out_is_an_organisation() -> None:
    found = _found(
        "Kelompok pemberontak itu (Tentara Pembebasan Rakyat) menyatakan gencatan senjata."
    )
    assert found.get("Tentara Pembebasan Rakyat") == "organisation"
    found = _found("Panglima Komando Armada Kawasan Barat Laksamana Muda Didik Heru mengakui.")
    assert found.get("Komando Armada Kawasan Barat") == "organisation"
    assert found.get("Didik Heru") == "person"
    found = _found("Kinerja Bursa Efek Surabaya, yang diukur dengan indeks, naik.")
    assert found.get("Bursa Efek Surabaya") == "organisation"
    assert "Surabaya" not in found


def test_an_unknown_acronym_before_a_known_place_is_a_body_seated_there() -> None:
    # Older news names campuses and clubs by their acronym and city; a province's head
    # before its name stays a place.
    found = _found(
        "Kelompok gamelan pimpinan Iwan dari UPN Bandung dan ansambel dari STSI Surakarta "
        "tampil di DKI Jakarta."
    )
    assert found.get("UPN Bandung") == "organisation"
    assert found.get("STSI Surakarta") == "organisation"
    assert found.get("DKI Jakarta") == "place"


def test_a_union_read_as_a_place_is_an_organisation() -> None:
    found = _found(
        "Partai itu tertinggal dari oposisi Uni Demokratik Kristen yang mencalonkan Merkel."
    )
    assert found.get("Uni Demokratik Kristen") == "organisation"
    assert _found("Ia pernah tinggal di Uni Soviet.").get("Uni Soviet") == "place"


def test_a_hall_or_a_group_of_workers_before_a_city_is_no_body_seated_there() -> None:
    # Second read: GOR, a sports hall's head, and PKL (street vendors) are no body's acronym.
    found = {
        (mention.surface, mention.kind)
        for mention in extract_mentions(
            "", "Warga mengungsi ke GOR Jakarta dan GOR Surabaya serta GOR Bandung."
        )
    }
    assert not any(kind == "organisation" for _, kind in found)


def test_an_acronym_for_a_kind_of_worker_after_a_members_word_is_no_organisation() -> None:
    # Second read: anggota PNS, anggota TKI name kinds of workers, not bodies.
    found = extract_mentions("", "Ia adalah anggota PNS di Jakarta dan anggota TKI di Malaysia.")
    assert not any(mention.surface in {"PNS", "TKI"} for mention in found)
