"""Persons in entertainment and sports news: a Korean family name before a given name of two
hyphened syllables is one person, spaced hyphen or not; hyphened places, products and
companies stay what they were. On sentences written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_korean_name_with_a_spaced_hyphen_the_tagger_missed_is_a_person() -> None:
    found = _kinds("Pebulu tangkis Korea Selatan Bang Woo - seok menang mudah di babak kedua.")
    assert found["Bang Woo - seok"] == {"person"}


def test_a_korean_name_in_one_word_the_tagger_missed_is_a_person() -> None:
    found = _kinds("Pebulu tangkis Son Tae-gyu berhasil menang di babak pertama.")
    assert found == {"Son Tae-gyu": {"person"}}


def test_a_korean_name_the_tagger_read_as_a_body_is_a_person() -> None:
    found = _kinds("Pameran itu dibuka Duta Besar Cho Hyun-woo di Jakarta.")
    assert found["Cho Hyun-woo"] == {"person"}


def test_a_korean_name_between_wide_spaces_is_one_person() -> None:
    found = _kinds('Saya senang, " ujar \xa0 Park Jae - Won \xa0 seperti dikutip Kompas.com.')
    assert found["Park Jae - Won"] == {"person"}
    assert "Park" not in found


def test_a_korean_name_the_tagger_cut_before_its_last_syllable_is_whole() -> None:
    found = _kinds("Jonatan menumbangkan Lee Sang - hoon (Korea), 21 - 14, 21 - 12.")
    assert found["Lee Sang - hoon"] == {"person"}
    assert "Lee" not in found


def test_both_korean_players_of_a_doubles_pair_are_whole() -> None:
    found = _kinds("Ganda putra Choi Dae - gyu / Kang Min - seok menang dua gim langsung.")
    assert found["Choi Dae - gyu"] == {"person"}
    assert found["Kang Min - seok"] == {"person"}


def test_the_given_name_alone_later_is_the_same_person() -> None:
    mentions = extract_mentions(
        "", "Pebulu tangkis Bang Woo - seok menang mudah. Menurut Woo - seok, lawannya tangguh."
    )
    keys = {mention.surface: mention.key for mention in mentions}
    assert keys["Woo - seok"] == keys["Bang Woo - seok"]


def test_a_syllable_after_a_hyphen_is_no_short_form_of_the_name() -> None:
    found = _kinds(
        "Aktor Lee Jung - Jin tiba di Bali. Sebelumnya Yoon Sang - woo hadir. "
        '" Senang sekali, " tutur Jun - Jin. Menurut Sang - woo, Bali indah.'
    )
    assert not {"Jin", "- Jin", "woo", "- woo"} & set(found)


# Guards: hyphened names of other shapes stay what they were.


def test_a_hyphened_pair_of_places_stays_two_places() -> None:
    found = _kinds("Maskapai itu melayani rute Hong Kong - Tokyo setiap hari.")
    assert found == {"Hong Kong": {"place"}, "Tokyo": {"place"}}


def test_a_name_a_hyphen_goes_on_after_is_no_korean_name() -> None:
    found = _kinds("Kelompok militan An Jaish - e - Mohammed mengaku bertanggung jawab.")
    assert "An Jaish - e" not in found


def test_a_doubled_word_after_a_korean_family_name_is_no_person() -> None:
    found = _kinds("Baca juga: Ma Main - main di Jakarta, Warga Resah")
    assert "person" not in {kind for kinds in found.values() for kind in kinds}


def test_a_korean_shaped_name_inside_a_longer_name_stays_whole() -> None:
    found = _kinds("Film tentang Bruce Lee Jun - fan diputar di Jakarta.")
    assert "Lee Jun - fan" not in found


def test_a_nickname_the_tagger_read_as_a_person_thrice_is_the_person_everywhere() -> None:
    body = (
        '" Kondisi Lulu kan naik turun ya, " kata Rudi. Menurut Rudi, Lulu sudah lama sakit. '
        "Lulu dirawat di RSCM. Lulu meninggal dunia pada Sabtu. Jenazah Lulu dibawa ke "
        "kediaman Lulu di Cibubur."
    )
    found = [m for m in extract_mentions("", body) if m.surface == "Lulu"]
    assert len(found) == body.count("Lulu")
    assert {m.kind for m in found} == {"person"}


def test_a_nickname_read_thrice_is_the_person_after_a_noun_too() -> None:
    body = (
        "Penyanyi Lulu meninggal dunia. Ruben datang ke makam Lulu di TPU Pondok Kelapa, "
        'Jakarta Timur. Ruben mengaku dekat dengan Lulu. " Lulu itu orang baik, " kata Ruben. '
        "Lulu dimakamkan Sabtu."
    )
    found = [m for m in extract_mentions("", body) if m.surface == "Lulu"]
    assert len(found) == body.count("Lulu")


def test_a_name_the_tagger_read_as_a_person_only_twice_is_not_spread() -> None:
    body = (
        "Penyanyi Jupi meninggal dunia. Ruben datang ke makam Jupi di TPU Pondok Kelapa, "
        'Jakarta Timur. Ruben mengaku dekat dengan Jupi. " Jupi itu orang baik, " kata Ruben. '
        "Jupi dimakamkan Sabtu."
    )
    found = [m for m in extract_mentions("", body) if m.surface == "Jupi"]
    assert len(found) == 2  # two readings may be one wrong reading repeated


def test_a_known_person_matched_with_an_honorific_is_named_without_it() -> None:
    mentions = extract_mentions("", "Jemaah menunggu kepulangan Habib Rizieq di bandara.")
    found = {mention.surface: mention.key for mention in mentions}
    assert found == {"Rizieq": "rizieq_shihab"}


def test_a_known_preacher_after_ustaz_is_named_without_it() -> None:
    found = _kinds("Ceramah Ustaz Abdul Somad di masjid itu dihadiri ribuan orang.")
    assert found == {"Abdul Somad": {"person"}}


def test_a_regnal_title_stays_in_a_known_persons_name() -> None:
    found = _kinds("Raja Salman dan Paus Fransiskus menyerukan perdamaian.")
    assert found["Raja Salman"] == {"person"}
    assert found["Paus Fransiskus"] == {"person"}


def test_a_known_persons_full_name_without_an_honorific_stays_whole() -> None:
    found = _kinds("Rizieq Shihab dan Abdul Somad tidak hadir dalam acara itu.")
    assert found["Rizieq Shihab"] == {"person"}
    assert found["Abdul Somad"] == {"person"}


def test_a_name_read_as_a_place_and_defined_by_an_office_is_a_person() -> None:
    found = _kinds(
        "Saksi lain, yakni Sendria Putra. Sendria Putra yang menjabat sebagai Kepala Dinas "
        "Pasar Jambi hadir pukul 10.00 WIB."
    )
    assert found["Sendria Putra"] == {"person"}


def test_a_civil_servant_read_as_a_place_is_a_person() -> None:
    found = _kinds(
        "YTH atau Yudi Tri, Ketua Komisi A DPRD Kebumen dan SGH atau Sigit Wiharjo yang "
        "merupakan Pegawai Negeri Sipil (PNS) Dinas Kebudayaan."
    )
    assert found["Sigit Wiharjo"] == {"person"}


def test_a_capital_defined_as_the_seat_of_government_stays_a_place() -> None:
    found = _kinds("Karangrejo yang merupakan Ibu Kota Kecamatan Jatiluhur makin padat.")
    assert found["Karangrejo"] == {"place"}


def test_a_village_defined_as_the_host_stays_a_place() -> None:
    found = _kinds("Warga Desa Sukamaju yang merupakan Tuan Rumah lomba itu bersiap.")
    assert found == {"Desa Sukamaju": {"place"}}


def test_a_town_named_as_the_host_stays_a_place() -> None:
    found = _kinds("Sumbawa Besar yang merupakan Tuan Rumah MTQ tahun ini bersiap.")
    assert found["Sumbawa Besar"] == {"place"}


# Guards: a short form that parts no hyphened syllables is still the person.


def _keys(body: str) -> dict[str, str]:
    return {mention.surface: mention.key for mention in extract_mentions("", body)}


def test_a_surname_alone_is_still_the_person() -> None:
    keys = _keys("Elon Musk datang ke Jakarta. Musk lalu pulang.")
    assert keys["Musk"] == keys["Elon Musk"]


def test_a_family_name_before_a_hyphened_given_name_is_still_its_short_form() -> None:
    keys = _keys("Kim Jong - un menembakkan rudal. Kim lalu tertawa.")
    assert keys["Kim"] == keys["Kim Jong - un"]


def test_a_surname_after_a_hyphened_given_name_is_still_its_short_form() -> None:
    keys = _keys("Presiden klub itu, Karl - Heinz Rummenigge, hadir. Menurut Rummenigge, tim siap.")
    assert keys["Rummenigge"] == keys["Karl - Heinz Rummenigge"]


# Guards: names read often keep their known entity; a nickname's honorific stays.


def test_a_known_company_named_often_stays_the_company() -> None:
    found = _kinds(
        "Mobil Tesla dipamerkan. Tesla menjual banyak. Tesla meluncurkan model baru. Tesla tumbuh."
    )
    assert found == {"Tesla": {"organisation"}}


def test_a_known_nickname_keeps_its_familiar_form_of_address() -> None:
    keys = _keys("Gus Dur dikenal humoris oleh banyak orang.")
    assert keys == {"Gus Dur": "abdurrahman_wahid"}
