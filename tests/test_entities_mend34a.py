"""Round 34's name rules mended: a one-word name the tagger read as a person three times is
spread only where a person is meant and never into a longer name; hyphened surnames keep
their short forms; a place defined by an office stays a place when its head or the word
before it names it; a Korean family name before a hyphened pair of places is no person and
a Korean name keeps its family name and last syllable. On sentences written for these
tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def _kind_after(body: str, before: str) -> str | None:
    """The kind of the mention that starts right after the first ``before`` in ``body``."""
    start = body.index(before) + len(before)
    return next((m.kind for m in extract_mentions("", body) if m.start == start), None)


def _keys(body: str) -> dict[str, str]:
    return {mention.surface: mention.key for mention in extract_mentions("", body)}


# Finding 5b: a body, a product or a work the tagger read as a person often is not spread.


def test_a_site_after_its_head_noun_is_not_spread_as_a_person() -> None:
    body = (
        "Situs properti Lamida mencatat kenaikan harga. Menurut Lamida, permintaan naik. "
        "Lamida menyebut harga rumah di Bekasi naik. Data Lamida menunjukkan tren itu. "
        "Lamida juga membuka kantor."
    )
    assert _kind_after(body, "Situs properti ") != "person"


def test_an_app_after_its_head_noun_is_not_spread_though_it_is_quoted() -> None:
    body = (
        "Aplikasi video Vina ditutup Twitter. Pendiri Vina, Dom Hofmann, kecewa. Vina sempat "
        'populer. Pengguna Vina kecewa. Vina kini tinggal kenangan. " Kami sedih, " kata Vina.'
    )
    assert _kind_after(body, "Aplikasi video ") != "person"


def test_a_name_a_country_follows_is_not_spread_as_a_person() -> None:
    body = (
        "Kota itu diduduki oleh Nazo Jerman pada 1940. Tentara Nazo membakar gedung. "
        '" Kami takut, " kata seorang warga tentang Nazo. Sahabat Nazo menolak. Nazo kalah '
        "pada 1945."
    )
    assert _kind_after(body, "diduduki oleh ") != "person"


def test_a_company_with_its_legal_form_is_not_spread_as_a_person() -> None:
    body = (
        "Jakarta (ANTARA News) - Kivo Inc, pemilik aplikasi pesan Kilat, akan menyewa server "
        "senilai 1 miliar dolar, kata Kivo sebagaimana dilaporkan Reuters. Kivo mungkin "
        "berinvestasi di pusat data sendiri. Kivo bisa bernilai 20 miliar dolar. Kivo juga "
        "menjelaskan rencananya. Pesaing Kivo makin banyak."
    )
    assert _kind_after(body, "Reuters. ") != "person"


def test_a_name_read_often_with_no_person_cue_is_not_spread() -> None:
    body = (
        "Saham Lamida anjlok pekan ini. Menurut Lamida, permintaan naik. Lamida menyebut "
        "harga rumah di Bekasi naik. Data Lamida menunjukkan tren itu. Lamida juga membuka "
        "kantor."
    )
    assert _kind_after(body, "Saham ") != "person"


# Finding 5a: a spread name never lands inside a longer name.


def test_a_spread_given_name_leaves_a_full_name_whole() -> None:
    body = (
        "Direktur Penindakan Internasional Rudolf Leonard Marbun mengungkapkan hal itu. "
        '" Pelanggaran naik, " kata Rudolf. Rudolf menyebut rokok ilegal. Rudolf juga '
        "menyebut minuman keras."
    )
    found = _kinds(body)
    assert found.get("Rudolf Leonard Marbun") == {"person"}
    assert "Leonard Marbun" not in found


def test_a_spread_given_name_is_not_added_before_a_surname() -> None:
    body = (
        'Model Kendall Jenner dan Harry Styles membuat heboh. " Aku sayang dia, " kata '
        "Kendall. Kendall tentu senang. Harry memikirkan Kendall."
    )
    assert _kind_after(body, "Model ") is None


# Guards: a nickname a person cue names is still spread, and a head noun's phrase ends.


def test_a_nickname_with_a_speech_cue_is_still_spread() -> None:
    body = (
        '" Aku baik saja, " kata Lulu kepada wartawan. Menurut Ruben, Lulu sudah lama sakit. '
        "Lulu dirawat di RSCM. Lulu pulang Sabtu. Ruben menjenguk Lulu di rumah."
    )
    found = [m for m in extract_mentions("", body) if m.surface == "Lulu"]
    assert len(found) == body.count("Lulu")


def test_a_company_owned_by_the_person_does_not_bar_the_spread() -> None:
    body = (
        "Penyanyi Lulu meninggal dunia. Ruben datang ke makam Lulu di TPU Pondok Kelapa. "
        'Perusahaan itu milik Lulu sejak 2010. " Lulu itu orang baik, " kata Ruben. Lulu '
        "dimakamkan Sabtu."
    )
    found = [m for m in extract_mentions("", body) if m.surface == "Lulu"]
    assert len(found) == body.count("Lulu")


# Finding 6: a capitalised half of a hyphened surname is a short form.


def test_a_surname_after_a_particle_and_hyphen_is_a_short_form() -> None:
    keys = _keys(
        "Juru bicara koalisi, Saleh al - Jassim, menyatakan izin belum keluar. Menurut "
        "Jassim, permohonan sudah diajukan."
    )
    assert keys["Jassim"] == keys["Saleh al - Jassim"]


def test_the_second_half_of_a_double_barrelled_surname_is_a_short_form() -> None:
    keys = _keys("Aktris Marina Zeta - Jonas hadir di Cannes. Jonas tampak bahagia di sana.")
    assert keys["Jonas"] == keys["Marina Zeta - Jonas"]


def test_a_korean_syllable_is_still_no_short_form() -> None:
    found = _kinds("Aktor Yoon Sang - woo tiba. Menurut Sang - woo, Bali indah.")
    assert not {"woo", "- woo"} & set(found)


# Finding 4: a place its head or the word before names as one stays a place.


def test_a_village_after_its_heads_title_stays_a_place() -> None:
    found = _kinds(
        "Kepala Desa Karangsari yang merupakan Ketua Forum Kepala Desa Kecamatan Jatiluhur "
        "menolak rencana itu. Warga Karangsari mendukung sikapnya."
    )
    assert "person" not in found.get("Desa Karangsari", {"place"})
    assert "person" not in found.get("Karangsari", {"place"})


def test_a_town_of_origin_stays_a_place() -> None:
    found = _kinds(
        "Sopir angkot asal Cikarang yang merupakan Anggota ormas itu diamankan. Polisi "
        "mendatangi rumahnya di Cikarang."
    )
    assert "person" not in found.get("Cikarang", set())


def test_a_village_after_warga_stays_a_place() -> None:
    found = _kinds(
        "Seorang warga Desa Tegalsari yang merupakan Anggota Linmas ditemukan tewas. Polisi "
        "masih menyelidiki kasus di Tegalsari."
    )
    assert "person" not in found.get("Desa Tegalsari", set())
    assert "person" not in found.get("Tegalsari", set())


# Findings 1 and 2: a hyphened pair of places after a Korean family name stays two places.


def test_a_route_from_hong_kong_stays_two_places() -> None:
    found = _kinds("Maskapai itu membuka rute Hong Kong - Bali mulai bulan depan.")
    assert found.get("Hong Kong") == {"place"}
    assert found.get("Bali") == {"place"}


def test_a_match_against_hong_kong_keeps_its_places() -> None:
    found = _kinds("Pertandingan Korea Selatan melawan Hong Kong - China Taipei berakhir imbang.")
    assert "person" not in {kind for kinds in found.values() for kind in kinds}


def test_a_korean_name_does_not_run_over_a_bulleted_line() -> None:
    found = _kinds("Pemain yang dipanggil:\nKim Min\n- Seo Dong - won\n- Park Ji")
    assert not any("\n" in surface for surface in found)


# Finding 3: a Korean name keeps its family name and its last syllable.


def test_a_korean_family_name_like_a_legal_form_stays_in_the_name() -> None:
    mentions = extract_mentions("", "Menlu Korut, Ri Yong - ho menyebut situasi memanas.")
    names = {mention.surface: mention.name for mention in mentions}
    assert names["Ri Yong - ho"] == "Ri Yong - ho"


def test_a_korean_last_syllable_like_a_degree_stays_in_the_name() -> None:
    mentions = extract_mentions("", "Kuwait memberi waktu sebulan kepada So Chang - sik.")
    names = {mention.surface: mention.name for mention in mentions}
    assert names["So Chang - sik"] == "So Chang - sik"


# Guards: a degree after a name, and a Korean name alone, are as they were.


def test_a_police_degree_after_a_name_is_still_dropped() -> None:
    mentions = extract_mentions("", "Kapolres AKBP Budi Santoso SIK hadir di lokasi.")
    assert {mention.name for mention in mentions if mention.kind == "person"} == {"Budi Santoso"}


def test_a_korean_actor_is_still_a_person() -> None:
    found = _kinds("Aktor Song Joong - ki hadir di Jakarta.")
    assert found["Song Joong - ki"] == {"person"}


def test_a_korean_player_with_a_capitalised_syllable_is_still_a_person() -> None:
    found = _kinds("Pebulu tangkis Park Jae - Won menang mudah.")
    assert found["Park Jae - Won"] == {"person"}
