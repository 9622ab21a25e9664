"""Round 18's rules from idner dev's errors: patterns the sidebar got wrong, each on
sentences written for it."""

from __future__ import annotations

from warta.search.entities import extract_mentions


def _found(body: str) -> set[tuple[str, str]]:
    """Each mention as (surface, kind)."""
    return {(m.surface, m.kind) for m in extract_mentions("", body)}


def test_a_balinese_name_keeps_its_article_and_birth_order_name() -> None:
    # Balinese names open with I (men) or Ni (women) and a birth-order name: the person
    # is I Nyoman Giri Prasta, not Giri Prasta.
    found = _found("Ketua DPD Bali I Nyoman Giri Prasta membuka rapat itu di Denpasar.")
    assert ("I Nyoman Giri Prasta", "person") in found
    found = _found("Rapat dipimpin Ketua DPD Partai Golkar Bali I Wayan Sudirta, Jumat.")
    assert ("I Wayan Sudirta", "person") in found


def test_a_roman_ordinal_after_ke_is_no_part_of_the_place_after_it() -> None:
    # "Muktamar ke VII Semarang": the seventh congress, held in Semarang.
    found = _found("Muktamar PKB ke VII Semarang memilih ketua umum yang baru.")
    assert ("Semarang", "place") in found
    assert not any("VII" in surface for surface, _ in found)


def test_an_english_name_ending_in_exchange_or_alliance_is_an_organisation() -> None:
    found = _found("Harga minyak di New York Mercantile Exchange naik tajam pekan ini.")
    assert ("New York Mercantile Exchange", "organisation") in found


def test_a_name_opening_with_an_organisations_head_is_an_organisation() -> None:
    # A court or an armed wing is an organisation even where the tagger reads a place.
    found = _found("Rodney mengaku bersalah di Pengadilan Tinggi Queensland atas pencurian itu.")
    assert ("Pengadilan Tinggi Queensland", "organisation") in found
    found = _found("Serangan dilakukan sayap militer Hamas, Brigade Izz ad-Din al-Qassam, kemarin.")
    assert ("Brigade Izz ad-Din al-Qassam", "organisation") in found


def test_a_name_after_bung_is_a_person() -> None:
    # Bung Hatta, Bung Tomo: the honorific is how the person is known.
    found = _found("Foto pidato Bung Karno dan Bung Hatta dipajang di museum itu.")
    assert ("Bung Hatta", "person") in found


def test_a_compass_word_after_sebelah_is_a_direction_no_place() -> None:
    # "di Sebelah Selatan": on the south side; the street after it is still named.
    found = _found("Desa itu berbatasan dengan Kecamatan Nguter di Sebelah Selatan, kata dia.")
    assert not any("Selatan" in surface for surface, _ in found)
    found = _found("Pabrik itu terletak di sebelah Selatan Jalan Raya Solo dekat pasar.")
    assert ("Jalan Raya Solo", "place") in found
    found = _found("Ia merilis karya solonya, yakni ' Sebelah Mata ', di awal tahun 2017.")
    assert ("Mata", "place") not in found


def test_a_place_never_ends_in_the_head_of_the_next_one() -> None:
    # "Kabupaten Pati Provinsi Jawa Tengah": the regency, then the province.
    found = _found("Ia lahir di Kabupaten Pati Provinsi Jawa Tengah pada 1970.")
    assert ("Kabupaten Pati", "place") in found
    assert not any(surface.endswith("Provinsi") for surface, _ in found)


def test_an_acronym_of_a_lowercase_phrase_is_no_entity() -> None:
    # A common noun's acronym, spelt out in lowercase (a word of the phrase may give no
    # letter: "bahan bakar" gives B once), names a thing, not a place or an organisation.
    found = _found(
        "Antrean panjang terjadi di stasiun pengisian bahan bakar umum (SPBU) di Cirebon. "
        "Warga menunggu di SPBU itu sejak pagi."
    )
    assert found == {("Cirebon", "place")}
    found = _found("Kedua pihak menandatangani letter of intent (LoI) dengan mahasiswa Bandung.")
    assert not any("LoI" in surface for surface, _ in found)


def test_a_counted_party_board_is_no_organisation() -> None:
    # "31 DPD": thirty-one of a party's regional boards, not the senate DPD.
    found = _found(
        "Munas bisa dipercepat jika ada permintaan dari 2/3 DPD provinsi, tapi faktanya "
        "31 DPD meminta 2015. Sejumlah DPC juga setuju."
    )
    assert not any(surface in ("DPD", "DPC") for surface, _ in found)
    found = _found("Usul itu ditolak DPD dalam sidang paripurna di Senayan.")
    assert ("DPD", "organisation") in found


def test_a_first_name_opening_a_sentence_stays_with_the_person() -> None:
    # The tagger, unsure of a capital opening a sentence, left Timothy out.
    found = _found(
        "Ia adalah lulusan dari sekolah ini. Timothy John Russert adalah pengacara dan jurnalis."
    )
    assert ("Timothy John Russert", "person") in found
    found = _found("Sementara itu, Budi Santoso menolak berkomentar.")
    assert ("Budi Santoso", "person") in found
    found = _found("Kami menantimu. Ayolah Lady Gaga, datang ke Jakarta!")
    assert ("Lady Gaga", "person") in found


def test_a_party_board_written_out_before_the_party_is_no_senate() -> None:
    # "Dewan Perwakilan Daerah PDIP": PDI-P's regional board, not the senate DPD.
    found = _found(
        "Ketua Dewan Perwakilan Daerah PDIP Jawa Barat, TB Hasanuddin, menyebutkan kinerja kader."
    )
    assert not any(surface.startswith("Dewan") for surface, _ in found)
    assert ("PDIP", "organisation") in found
    found = _found("Usul itu ditolak Dewan Perwakilan Daerah dalam sidang di Senayan.")
    assert ("Dewan Perwakilan Daerah", "organisation") in found
