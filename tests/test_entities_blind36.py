"""Entity rules of the blind36 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def _surfaces(body: str) -> list[str]:
    return [mention.surface for mention in extract_mentions("", body)]


def test_a_public_offering_is_no_entity() -> None:
    # "IPO" (an initial public offering) was read as an organisation or a person.
    body = (
        "Perusahaan rintisan itu berencana melakukan IPO tahun depan. Menurut Budi Santoso, "
        "IPO akan dilakukan di Bursa Efek Indonesia."
    )
    found = _found(body)
    assert "IPO" not in found
    assert found.get("Budi Santoso") == "person"
    assert found.get("Bursa Efek Indonesia") == "organisation"


def test_a_company_name_runs_over_an_ampersand_or_a_hyphen_after_its_form() -> None:
    # The tagger stopped at "&" and at " - " inside a company's name: two companies.
    found = _found(
        "Kapal itu dibuat oleh Samsung Heavy Industries & Marine Engineering Co Ltd di Geoje. "
        "Saham dibeli PT Asia - Afrika Investama Mandiri pada 2016."
    )
    assert found.get("Samsung Heavy Industries & Marine Engineering Co Ltd") == "organisation"
    assert found.get("PT Asia - Afrika Investama Mandiri") == "organisation"
    assert "Marine Engineering Co Ltd" not in found
    assert "Afrika Investama Mandiri" not in found


def test_names_listed_with_an_ampersand_stay_apart() -> None:
    found = _found("Kredit disalurkan lewat Bank Mandiri & BNI sejak Januari.")
    assert found.get("Bank Mandiri") == "organisation"
    assert found.get("BNI") == "organisation"


def test_a_national_bodys_central_board_is_one_organisation_with_it() -> None:
    # "PP PBSI" gave PBSI alone, "Pengurus Pusat Persatuan ..." lost "Pengurus" and kept
    # "Pusat" as if it were part of the association's name.
    found = _found(
        "Ketua PP Muhammadiyah Haedar Nashir hadir. Ia juga bertemu pengurus PP PBSI di "
        "Jakarta. Kepala Bidang Hubungan Luar Negeri dan Humas Pengurus Pusat Persatuan Bulu "
        "Tangkis Seluruh Indonesia, Budi Hartono, ikut datang."
    )
    assert found.get("PP Muhammadiyah") == "organisation"
    assert found.get("PP PBSI") == "organisation"
    assert found.get("Pengurus Pusat Persatuan Bulu Tangkis Seluruh Indonesia") == "organisation"
    assert "Pusat Persatuan Bulu Tangkis Seluruh Indonesia" not in found
    assert found.get("Haedar Nashir") == "person"


def test_well_known_companies_and_media_are_organisations() -> None:
    # eBay went unseen, Atari, Expedia and Billboard were persons, Gucci a place and
    # "Times of India" the place India.
    found = _found(
        "Barang itu dijual lewat eBay sejak Senin. Atari merilis konsol baru, sedangkan "
        "Expedia mencatat laba naik. Koleksi Gucci dan Dior dipamerkan di Milan. Menurut "
        "Billboard, lagu itu masuk sepuluh besar. Dikutip dari Times of India, harga naik."
    )
    for name in ("eBay", "Atari", "Expedia", "Gucci", "Dior", "Billboard", "Times of India"):
        assert found.get(name) == "organisation", name
    assert "India" not in found


def test_a_linked_headline_gives_no_verb_to_the_person_after_it() -> None:
    # In a "BACA JUGA:" line in title case the verb before a person was read as a cut
    # first name: "Incar Thibaut Courtois".
    surfaces = _surfaces(
        "Juventus kini memburu kiper Chelsea, Thibaut Courtois.\n\n"
        "BACA JUGA: Juventus Kini Incar Thibaut Courtois\n\n"
        "Courtois dikabarkan ingin pindah musim depan."
    )
    assert surfaces.count("Thibaut Courtois") == 2
    assert not [name for name in surfaces if name.startswith("Incar")]


def test_a_header_images_credit_line_names_the_medium() -> None:
    # "Header: VentureBeat." went unseen and "Gambar Header: Pocket Lint." was a person.
    found = _found(
        "Sony menunda peluncuran konsolnya hingga tahun depan.\n\n"
        "Gambar Header: Pocket Lint.\n\n"
        "Menurut Sony, konsol itu masih diuji.\n\n"
        "Header: VentureBeat."
    )
    assert found.get("Pocket Lint") == "organisation"
    assert found.get("VentureBeat") == "organisation"
    assert found.get("Sony") == "organisation"


def test_a_name_ending_in_motorsport_is_a_team() -> None:
    # A racing team ending in "Motorsport" was read as a person or a place.
    found = _found(
        "Tim Indo Motorsport kembali meraih podium. Mobil itu disetel oleh Andi Wijaya di "
        "bengkel Garuda Motorsport, Bekasi."
    )
    assert found.get("Indo Motorsport") == "organisation"
    assert found.get("Garuda Motorsport") == "organisation"
    assert found.get("Andi Wijaya") == "person"


def test_an_executive_committee_is_one_organisation_with_its_body() -> None:
    # "Anggota Exco PSSI" gave PSSI alone.
    found = _found("Anggota Exco PSSI Budi Setiawan mengatakan kompetisi putri ditunda.")
    assert found.get("Exco PSSI") == "organisation"
    assert "PSSI" not in found
    assert found.get("Budi Setiawan") == "person"


def test_the_maker_of_products_is_an_organisation_in_every_mention() -> None:
    # An unknown maker named after "produk-produk" was a person in all its mentions.
    found = _found(
        "Nama Voyo mungkin masih asing. Pabrikan asal Tiongkok ini sering meniru. Dibandingkan "
        "produk-produk Voyo sebelumnya, laptop barunya lebih cepat. Voyo berencana menjualnya "
        "lewat Indiegogo."
    )
    assert found.get("Voyo") == "organisation"
    assert found.get("Tiongkok") == "place"
    assert _found("Ia membeli produk Samsung dan produk Indonesia.") == {
        "Samsung": "organisation",
        "Indonesia": "place",
    }


def test_a_partys_board_stays_out_of_the_partys_name() -> None:
    # A board word before a party is no unit of it: the party is named alone.
    found = _found("Rapat Pengurus DPC Partai Hanura digelar di Garut kemarin.")
    assert found.get("Partai Hanura") == "organisation"
    assert not [name for name in found if name.startswith("Pengurus")]


def test_psgs_nickname_as_indonesian_media_spell_it_and_ucl_are_known() -> None:
    # "Les Parisien" (without its s) was a place, and "UCL" unseen.
    found = _found(
        "Kiper itu tampil gemilang di UCL musim lalu. Kini Les Parisien mengincarnya, "
        "kata pelatih PSG."
    )
    assert found.get("UCL") == "organisation"
    assert found.get("Les Parisien") == "organisation"
    mentions = extract_mentions("", "Kini Les Parisien mengincarnya, kata pelatih PSG.")
    assert len({mention.key for mention in mentions}) == 1


def test_the_all_england_tournament_is_no_entity() -> None:
    # The badminton tournament All England was an organisation. (The country naming an open
    # tournament is a place, as NERGrit marks it: "Swiss Terbuka".)
    found = _found(
        "Ganda putra itu juara All England dan Swiss Terbuka. Mereka berlatih di Inggris."
    )
    assert found == {"Swiss": "place", "Inggris": "place"}


def test_a_bodys_officials_are_no_unit_of_it() -> None:
    # "Pengurus" alone at a sentence's start is the body's officials, not its central board.
    found = _found("Sengketa itu dibahas kemarin. Pengurus Persija membenarkannya.")
    assert found == {"Persija": "organisation"}


def test_the_tech_medium_dailysocial_is_known() -> None:
    # DailySocial, interviewing a start-up's chief, went unseen; its dateline stays furniture.
    found = _found(
        "Layanan itu meraih pendanaan baru. CEO Kargo Budi Santoso menekankan kepada "
        "DailySocial, bahwa dana itu untuk ekspansi."
    )
    assert found.get("DailySocial") == "organisation"
    assert found.get("Budi Santoso") == "person"
    assert _found("DailySocial.id - Startup itu meraih dana baru.") == {}
