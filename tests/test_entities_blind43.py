"""Entity rules of the blind43 round (issue #14: older news from another source, FacQA
passages), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_a_body_named_after_a_title_keeps_its_head_word() -> None:
    # The tagger took the body's head for the title's word and read the rest alone.
    found = _found(
        "Pernyataan itu disampaikan Ketua Asosiasi Permebelan Indonesia (APMI) Harun Wibisono "
        "di Jakarta."
    )
    assert found.get("Asosiasi Permebelan Indonesia (APMI)") == "organisation"
    assert "Permebelan Indonesia" not in found
    assert found.get("Harun Wibisono") == "person"


def test_a_regional_office_joined_by_dan_before_its_province_is_one_body() -> None:
    # The tagger read the words after ``dan`` and the province as one place.
    found = _found(
        "Jelas Kepala Dinas Perikanan dan Kelautan Provinsi Gorontalo Samsul Bahri di "
        "Gorontalo, Kamis (8/ 9)."
    )
    assert found.get("Dinas Perikanan dan Kelautan Provinsi Gorontalo") == "organisation"
    assert "Kelautan Provinsi Gorontalo" not in found
    assert found.get("Samsul Bahri") == "person"


def test_a_known_place_written_as_one_word_is_not_split_at_a_name_of_the_article() -> None:
    # ``Batang`` stands alone in the article (a river's head in Sumatra) and ``hari`` is a
    # word: the regency is still one word, not the regency Batang in Central Java.
    found = _found(
        "Air Batang Asai mengalir ke Sungai Batanghari, lalu melintasi Kabupaten Batanghari."
    )
    assert found.get("Kabupaten Batanghari") == "place"
    assert "Kabupaten Batang" not in found


def test_a_storm_is_no_person_with_its_word_or_alone() -> None:
    found = _found(
        "Topan Lorna menghantam pesisir timur Taiwan, Senin. Sehari kemudian Lorna melemah "
        "di Selat Taiwan, sementara topan Hagen masih jauh di Pasifik."
    )
    assert not {"Topan Lorna", "Lorna", "Hagen", "topan Hagen"} & set(found)
    assert found.get("Taiwan") == "place"


def test_an_award_named_in_english_is_no_person() -> None:
    found = _found(
        "Sebelumnya ia meraih Hawthornden Prize dan Whitbread Prize untuk novel keduanya."
    )
    assert not {"Hawthornden Prize", "Whitbread Prize", "Hawthornden", "Whitbread"} & set(found)


def test_dated_titles_listed_after_a_work_noun_are_works() -> None:
    found = _found(
        "Tiga karyanya meraih penghargaan, yakni film Senja di Kemang (1978), Laut Bercerita "
        "(1981), dan Kabut Tebal (1985)."
    )
    assert found.get("Senja di Kemang") == "product"
    assert found.get("Laut Bercerita") == "product"
    assert found.get("Kabut Tebal") == "product"
    # The year after a publisher dates its edition: the title does not run over the maker.
    found = _found("Datanya tercatat dalam buku Katalog Lagu Daerah terbitan Pustaka Raya (1999).")
    assert not any("terbitan" in surface for surface in found)


def test_an_oil_company_named_in_english_is_an_organisation() -> None:
    found = _found("Mereka meminta raksasa minyak AS, Harrison Petroleum, untuk keluar dari Peru.")
    assert found.get("Harrison Petroleum") == "organisation"


def test_a_lake_or_an_archipelago_named_after_a_known_place_is_a_place_of_its_own() -> None:
    found = _found("Air sungai itu bermuara di Danau Kerinci, lalu mengalir ke arah timur.")
    assert found.get("Danau Kerinci") == "place"
    assert "Kerinci" not in found
    found = _found("Di Kepulauan Krakatau tumbuh sekitar 400 jenis tanaman.")
    assert found.get("Kepulauan Krakatau") == "place"
    assert "Krakatau" not in found


def test_a_cave_is_a_place_with_its_head_and_without() -> None:
    found = _found(
        "Pengunjung Wangsaragi bertambah setiap tahun. Hal itu dikatakan Budi Santoso, "
        "pengelola Goa Wangsaragi, di Cirebon, Kamis."
    )
    assert found.get("Goa Wangsaragi") == "place"
    assert found.get("Wangsaragi") == "place"
    assert found.get("Budi Santoso") == "person"


def test_a_plane_of_a_known_airline_names_the_airline() -> None:
    found = _found(
        "Desakan membangun bandara baru menguat setelah jatuhnya pesawat Mandala, Senin."
    )
    assert found.get("Mandala") == "organisation"
    assert _found("Adam Air menambah rute ke Makassar.").get("Adam Air") == "organisation"


def test_a_known_city_opening_a_dateline_in_lowercase_is_the_place_not_its_publisher() -> None:
    found = _found("surabaya, Kompas - Harga cabai di pasar tradisional naik dua kali lipat.")
    assert found.get("surabaya") == "place"
    assert "Kompas" not in found


def test_a_name_after_a_company_noun_its_country_and_a_comma_is_the_company() -> None:
    found = _found(
        "Ia baru tahu bahwa perusahaan Belgia, Vandermolt, yang mempekerjakan adiknya, "
        "memenangi tender itu."
    )
    assert found.get("Vandermolt") == "organisation"
    assert found.get("Belgia") == "place"


def test_older_bodies_and_parties_of_the_news_are_known() -> None:
    found = _found("Pada masa itu Golkar didukung ABRI, sedangkan BKKBN menggalakkan program KB.")
    assert found.get("ABRI") == "organisation"
    assert found.get("BKKBN") == "organisation"
    found = _found("Likud menolak usul itu, sementara Fatah dan Hamas di Palestina berunding.")
    assert found.get("Likud") == "organisation"
    assert found.get("Fatah") == "organisation"
    # Alone, without the Palestinian context, Fatah is a given name like any other.
    assert _found("Menurut Fatah Yasin, panen tahun ini bagus.").get("Fatah Yasin") == "person"


def test_an_amount_after_a_body_in_a_sentence_about_cars_is_no_model() -> None:
    found = _found(
        "Total harga mobil dinas yang belum dikembalikan pejabat Bawaslu Rp 4, 5 miliar."
    )
    assert found.get("Bawaslu") == "organisation"
    assert not any("Rp" in surface for surface in found)


def test_a_name_dated_by_its_make_is_a_product_with_its_brand() -> None:
    found = _found("Setiap pejabat mendapat Toyota Kijang keluaran tahun 1998 sebagai mobil dinas.")
    assert found.get("Toyota Kijang") == "product"
    assert "Toyota" not in found
    found = _found("Film Si Kabayan Pulang produksi 1975 kini diputar ulang.")
    assert found.get("Si Kabayan Pulang") == "product"
    # Nor is a common word opening the sentence, nor a known place (the film's country).
    assert _found("Realisasi produksi 2006 naik 30 persen.") == {}
    assert "Indonesia" not in {
        s for s, k in _found("Film Indonesia produksi 2017 itu laris.").items() if k == "product"
    }
