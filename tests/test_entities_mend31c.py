"""Round 31's mends of the round's entity rules, each on sentences written in the shape of
the case a reviewer found."""

from __future__ import annotations

from warta.search.entities import extract_mentions


def _found(title: str, body: str) -> list[tuple[str, str]]:
    """The surfaces and kinds of the mentions found in an article, in reading order."""
    return [(mention.surface, mention.kind) for mention in extract_mentions(title, body)]


def test_a_place_after_a_protocol_office_is_a_place() -> None:
    # A protocol bureau sits in a place, and its staff work in a building: no treaty.
    found = _found(
        "",
        "Kepala Bagian Protokol Kota Medan, Rudi Hartono, menyambut tamu. Petugas protokol "
        "Istana Bogor mengatur tamu. Ia menemui Kepala Biro Protokol Provinsi Jawa Timur.",
    )
    assert ("Kota Medan", "place") in found
    assert ("Istana Bogor", "place") in found
    assert ("Provinsi Jawa Timur", "place") in found


def test_a_preposition_ends_a_championships_name_in_a_title_case_headline() -> None:
    found = _found("Kejuaraan Asia Remaja Digelar Di Surabaya", "Atlet berlatih keras.")
    assert ("Surabaya", "place") in found


def test_a_place_inside_a_tournaments_name_is_kept() -> None:
    # Lead's decision: only a championship's closing place names the event.
    found = _found("", "Ia bermain di Turnamen Piala Gubernur Kalteng di Palangkaraya.")
    assert ("Kalteng", "place") in found


def test_persons_after_a_fronted_island_or_temple_are_persons() -> None:
    found = _found(
        "",
        "Kunjungan ke Pulau Lombok, Retno Marsudi dan Budi Karya meninjau bandara. Di Candi "
        "Borobudur, Ahmad Yani dan Budi Santoso menari.",
    )
    assert ("Budi Karya", "person") in found
    assert ("Ahmad Yani", "person") in found
    assert ("Budi Santoso", "person") in found


def test_a_subsidiary_after_anaknya_stays_a_body() -> None:
    found = _found(
        "", "Pertamina melalui anaknya, Patra Niaga Jaya, menyalurkan BBM ke daerah itu."
    )
    assert ("Patra Niaga Jaya", "person") not in found


def test_the_region_of_a_language_office_is_a_place() -> None:
    found = _found("", "Kepala Balai Bahasa Jawa Tengah, Tirto Suwondo, mengatakan hal itu.")
    assert ("Jawa Tengah", "place") in found


def test_a_political_dynasty_is_no_organisation() -> None:
    found = _found(
        "Dinasti Politik Keluarga Sumanto Makin Kuat",
        "Dinasti Politik di Jambi dinilai merugikan rakyat. Isu Dinasti Politik kembali mencuat.",
    )
    assert [kind for _, kind in found] == ["place"]


def test_a_dynasty_in_a_title_case_headline_swallows_no_verb_or_place() -> None:
    found = _found("Dinasti Atut Kuasai Banten", "Warga mengeluh.")
    assert ("Banten", "place") in found


def test_a_category_after_maskapai_penerbangan_is_no_airline() -> None:
    found = _found(
        "",
        "Penumpang maskapai penerbangan BUMN itu terlantar. Penumpang maskapai penerbangan "
        "Asing dilarang masuk. Ia terbang dengan maskapai penerbangan Virgin Australia.",
    )
    assert ("BUMN", "organisation") not in found
    assert ("Asing", "organisation") not in found
    assert ("Virgin", "organisation") not in found


def test_a_javanese_royal_title_is_no_body() -> None:
    found = _found("", "Terkait hal itu, adik raja GKR Ayu Koes Indriyah mengaku kecewa.")
    assert ("GKR", "organisation") not in found


def test_a_title_after_bertajuk_runs_over_english_small_words() -> None:
    found = _found(
        "",
        "Penyanyi itu merilis lagu terbarunya bertajuk Dancing with the Stars pada Jumat. "
        "Ia juga merilis album terbarunya bertajuk It 's You tahun lalu.",
    )
    products = [surface for surface, kind in found if kind == "product"]
    assert "Dancing" not in products
    assert "It" not in products


def test_a_spaced_bachelors_degree_is_cut_the_same_with_or_without_its_stop() -> None:
    found = _found(
        "",
        "Kepala sekolah Yohanes Tabuni S. Sos hadir. Kepala desa Yohanes Tabuni S Sos hadir.",
    )
    assert [surface for surface, kind in found if kind == "person"] == [
        "Yohanes Tabuni",
        "Yohanes Tabuni",
    ]


def test_an_acronym_run_into_a_known_body_before_it_keeps_its_link() -> None:
    mentions = extract_mentions(
        "", "Ratusan anggota Kostrad TNI dikerahkan. Panglima TNI Hadi Tjahjanto hadir."
    )
    keys = {mention.key for mention in mentions if mention.surface == "TNI"}
    assert keys == {"tentara_nasional_indonesia"}
