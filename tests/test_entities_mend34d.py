"""Round 34's mends after the whole-round read (on sentences written for these tests): a
known product's word alone is the product named whole, one entity with it."""

from warta.search.entities import extract_mentions


def _keys(body: str) -> dict[str, set[tuple[str, str]]]:
    """Each mentioned surface of ``body`` with its kinds and keys."""
    found: dict[str, set[tuple[str, str]]] = {}
    for mention in extract_mentions("", body):
        found.setdefault(mention.surface, set()).add((mention.kind, mention.key))
    return found


def test_a_known_products_word_alone_is_the_product_named_whole() -> None:
    found = _keys(
        "Nintendo akan merilis Nintendo Switch bulan depan. Toko itu menjual Switch mulai "
        "Juni, dan Oculus memamerkan Oculus Rift. Harga Rift turun."
    )
    assert found["Switch"] == {("product", "nintendo_switch")}
    assert found["Rift"] == {("product", "oculus_rift")}


def test_guard_the_maker_alone_stays_the_maker() -> None:
    found = _keys("Nintendo merilis Nintendo Switch. Pabrikan itu menjual Switch di Osaka.")
    assert found["Nintendo"] == {("organisation", "nintendo")}


def test_guard_a_products_word_written_in_lowercase_too_links_to_nothing() -> None:
    found = _keys("Nintendo merilis Nintendo Switch. Tombol switch di kiri. Pengguna Switch kesal.")
    assert "nintendo_switch" not in {
        key for surface, kinds in found.items() if surface != "Nintendo Switch" for _, key in kinds
    }


def test_guard_a_one_word_product_of_another_name_keeps_its_own_key() -> None:
    found = _keys("Nintendo merilis Nintendo Switch. Toko itu menjual Switch dan iPhone.")
    assert found["iPhone"] == {("product", "iphone")}


def _persons_at(body: str) -> list[int]:
    """Where ``body``'s person mentions start."""
    return [mention.start for mention in extract_mentions("", body) if mention.kind == "person"]


_EPISODE = (
    "Stasiun TV9 akan menayangkan episode Marlina: The Last Letters pada 9 Mei.\n\nMarlina "
    "mengakui rumah tangganya dengan Rudi penuh pertengkaran.\n\n“ Itu masa tersulit, ” kata "
    "Marlina dalam rekaman itu.\n\nPolisi memeriksa sopir Marlina, Budi Santoso pada 2003 silam."
)
_CONCERT = (
    "Personel grup SUPERNOVA, Minhwan, tidak sabar menyapa penggemarnya lewat konser bertajuk "
    '"Minhwan 2018 Asia Tour Blue Moon in Surabaya" bulan depan. Harga tiket konser Minhwan '
    "mahal. Kata Minhwan, ia senang."
)


def test_a_person_spread_stays_out_of_an_episodes_subtitled_title() -> None:
    assert _EPISODE.index("Marlina:") not in _persons_at(_EPISODE)


def test_a_person_spread_stays_out_of_a_quoted_title_after_bertajuk() -> None:
    assert _CONCERT.index("Minhwan 2018") not in _persons_at(_CONCERT)


def test_guard_the_person_outside_the_title_is_still_spread() -> None:
    assert _EPISODE.index("Marlina dalam") in _persons_at(_EPISODE)
    assert _CONCERT.index("Minhwan mahal") in _persons_at(_CONCERT)


def test_guard_a_person_after_a_titles_cue_past_a_lowercase_word_is_the_person() -> None:
    body = (
        "Personel grup SUPERNOVA, Minhwan, merilis lagu berjudul Cinta yang dinyanyikan "
        "Minhwan sendiri. Harga tiket konser Minhwan mahal. Kata Minhwan, ia senang."
    )
    assert body.index("Minhwan sendiri") in _persons_at(body)


def test_a_person_spread_stays_out_of_a_title_before_its_subtitle() -> None:
    body = _EPISODE.replace("menayangkan episode Marlina", "menayangkan Marlina")
    assert body.index("Marlina:") not in _persons_at(body)
    assert body.index("Marlina dalam") in _persons_at(body)


def test_guard_a_speakers_name_before_a_colon_is_the_person() -> None:
    body = (
        "Stasiun TV9 mewawancarai penyanyi Marlina.\n\nMarlina: Saya tidak tahu apa-apa.\n\n"
        "“ Itu masa tersulit, ” kata Marlina dalam rekaman itu. Sopir Marlina diam."
    )
    assert body.index("Marlina:") in _persons_at(body)


def test_a_part_of_a_hyphened_misread_name_across_a_hyphen_from_a_place_is_no_person() -> None:
    body = (
        "Pesawat terbang langsung Surabaya - Binaka setiap hari. Lalu Kuala Namu - Binaka dan "
        "Padang - Binaka dilayani Nam Air."
    )
    found = _keys(body)
    assert ("person", "kuala_namu_binaka") not in found.get("Binaka", set())


_ZETA_JONES = "Aktris Catherine Zeta - Jones hadir di Paris. Jones tersenyum."


def test_guard_a_hyphened_persons_part_elsewhere_is_still_the_person() -> None:
    found = _keys(_ZETA_JONES)
    assert found["Jones"] == {("person", "catherine_zeta_jones")}


def test_guard_a_hyphened_persons_part_after_a_datelines_place_is_the_person() -> None:
    body = _ZETA_JONES + "\n\nJakarta - Jones mengaku senang."
    assert body.index("Jones mengaku") in _persons_at(body)


def test_guard_a_hyphened_persons_part_beside_a_person_across_a_hyphen_is_the_person() -> None:
    body = _ZETA_JONES + " Duet Jones - Michael Douglas memukau penonton."
    assert body.index("Jones - Michael") in _persons_at(body)


def test_guard_a_known_products_word_inside_a_longer_name_is_not_the_product() -> None:
    body = (
        "Nintendo akan merilis Nintendo Switch bulan depan. Toko itu menjual Switch mulai "
        "Juni, dengan stik kontrol bernama Switch Pro. Harga Switch murah."
    )
    at = body.index("Switch Pro")
    assert not [
        mention
        for mention in extract_mentions("", body)
        if mention.start == at and mention.key == "nintendo_switch"
    ]
