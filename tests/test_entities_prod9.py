"""Entity rules of the prod9 round (products and works by their cues, not their titles),
on sentences written for these tests: each rule with the sentences it must leave alone."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_a_title_quoted_after_berjudul_is_a_work_even_named_once() -> None:
    # Spaced quotes as the news writes them, and glued ones.
    found = _found(
        'Demikian Joko Widodo menuliskan lewat bukunya berjudul " The Moon Also Rises " pada 1990.'
    )
    assert found.get("The Moon Also Rises") == "product"
    assert found.get("Joko Widodo") == "person"
    assert (
        _found('Ia menulis buku berjudul "Hari Esok Yang Cerah" tahun lalu.').get(
            "Hari Esok Yang Cerah"
        )
        == "product"
    )
    assert (
        _found("Ia merilis lagu dengan judul ' Pray For Me ' tahun lalu.").get("Pray For Me")
        == "product"
    )


def test_a_quoted_title_after_berjudul_leaves_events_makers_and_bare_quotes_alone() -> None:
    # A seminar's title is an event's, no work; a common phrase quoted after the cue is
    # no name; the writer named after the title stays a person; a quoted person or brand
    # after no titling cue is what it was.
    assert "Masa Depan Ekonomi Digital" not in _found(
        'Ia membuka seminar berjudul " Masa Depan Ekonomi Digital " di Bandung.'
    )
    found = _found('Ia mengunggah video berjudul " cara cepat memasak nasi " kemarin.')
    assert not {kind for kind in found.values() if kind == "product"}
    found = _found('Ia membaca puisi berjudul " Senja Merah " karya Budi Santoso di panggung.')
    assert found.get("Senja Merah") == "product"
    assert found.get("Budi Santoso") == "person"
    found = _found('Menurut " Budi Santoso ", harga kopi naik lagi pekan ini.')
    assert found.get("Budi Santoso") != "product"
    found = _found('Ponsel itu dijual oleh " Samsung " di Jakarta sejak Senin.')
    assert found.get("Samsung") != "product"


def test_a_title_quoted_once_after_bertajuk_or_a_concert_is_no_work() -> None:
    # ``bertajuk`` titles events as often as works, and a concert's title is an event's.
    found = _found('Klub itu ikut turnamen bertajuk " Piala Kopi Nusantara " di Medan.')
    assert found.get("Piala Kopi Nusantara") != "product"
    found = _found("Ia menggelar konser ' Senandung Malam ' di Bandung pekan lalu.")
    assert found.get("Senandung Malam") != "product"


def test_a_name_dated_in_a_sentence_about_works_is_a_work() -> None:
    found = _found(
        "Film Indonesia pertama yang laris adalah Bulan Purnama (1937), yang juga "
        "melahirkan pasangan romantis."
    )
    assert found.get("Bulan Purnama") == "product"
    found = _found(
        "Band itu telah merilis lima album musik, yaitu Langit Biru (1999), Hari Yang "
        "Hilang (2001), dan Tak Pernah Diam (2007)."
    )
    assert found.get("Langit Biru") == "product"
    assert found.get("Hari Yang Hilang") == "product"
    assert found.get("Tak Pernah Diam") == "product"


def test_a_dated_name_that_is_no_title_stays_what_it_is() -> None:
    # A club, a partner, a school, an award, the publisher of a dated edition and the end
    # of a longer English title after the same year in parentheses.
    found = _found(
        "Bintang itu pernah bermain untuk AC Milan (1995) dan Juventus (1997) sebelum pensiun."
    )
    assert found.get("AC Milan") == "organisation"
    assert found.get("Juventus") == "organisation"
    found = _found("Ia bermain film bersama Budi Santoso (2014) yang meraih piala.")
    assert found.get("Budi Santoso") != "product"
    assert "SMA Negeri 3" not in _found("Ia lulusan SMA Negeri 3 (1985) yang kini bermain film.")
    assert "Tony Award" not in _found(
        "Ia pernah dianugerahi Tony Award (1967) sebagai aktris terbaik dalam drama musikal."
    )
    found = _found(
        "Buku itu masuk Katalog Film Nusantara terbitan Pustaka Kita (1995) yang langka."
    )
    assert found.get("Pustaka Kita") != "product"
    found = _found("Ia menonton film Harry Potter and the Chamber of Secrets (2002) di bioskop.")
    assert "Chamber of Secrets" not in found


def test_the_model_after_a_components_acronym_is_a_product_without_it() -> None:
    found = _found("Ponsel itu memakai CPU Kryon 240 dan GPU Maliro 410 serta RAM 3 GB.")
    assert found.get("Kryon 240") == "product"
    assert found.get("Maliro 410") == "product"
    found = _found("Ponsel murah itu sudah menjalankan OS Andromeda 8.0 Oreo sejak awal.")
    assert found.get("Andromeda 8.0 Oreo") == "product"
    assert "OS Andromeda 8.0 Oreo" not in found
    found = _found("Ponsel ini memakai chipset Kiran 659 15 nm dan RAM 4 GB.")
    assert found.get("Kiran 659") == "product"


def test_a_components_acronym_leaves_makers_bodies_persons_and_its_own_names_alone() -> None:
    # A known maker after the acronym, a body's acronym before a person, an acronym that
    # is a word of the product's name.
    assert _found("Laptop ini memakai GPU Nvidia dengan memori 2 GB.").get("Nvidia") == (
        "organisation"
    )
    found = _found("Ketua OS Budi Santoso mengatakan ekspor tekstil naik tahun ini.")
    assert found.get("Budi Santoso") == "person"
    found = _found("Peramban itu kini hadir untuk OS X dan Windows 10.")
    assert "X" not in found
