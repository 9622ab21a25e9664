"""Round 33 (news34u): faults found on a second tune sample of modern online news
(IndoSum, news-3302-t), each read through ``extract_mentions`` on sentences written for the
test, with sentences of the same position where the rule must not fire."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions


def _found(body: str, title: str = "") -> set[tuple[str, str]]:
    return {(mention.surface, mention.kind) for mention in extract_mentions(title, body)}


@pytest.mark.parametrize(
    ("body", "name", "site"),
    [
        (
            "Menurut pantauan kumparan (kumparan.com) di lokasi, warga sudah mengungsi.",
            "kumparan",
            "kumparan.com",
        ),
        (
            "Hal itu dikatakan Sutarno kepada detikcom (detik.com) saat dihubungi, Senin.",
            "detikcom",
            "detik.com",
        ),
    ],
)
def test_a_website_in_parentheses_after_its_publisher_is_a_mention_of_its_own(
    body: str, name: str, site: str
) -> None:
    # The publisher and its website are two namings (as the annotated samples mark
    # them), not one mention running over the parentheses like an acronym's.
    found = _found(body)
    assert (name, "organisation") in found
    assert (site, "organisation") in found
    assert not any("(" in surface for surface, _ in found)


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        ("Hakim Mahkamah Konstitusi (MK) menolak gugatan itu.", "Mahkamah Konstitusi (MK)"),
        ("Proyek itu digarap PT Pertamina (Persero) tahun ini.", "PT Pertamina (Persero)"),
        ("Laporan Badan Kesehatan Dunia (WHO) terbit kemarin.", "Badan Kesehatan Dunia (WHO)"),
    ],
)
def test_an_acronym_or_a_legal_form_in_parentheses_stays_in_the_mention(
    body: str, mention: str
) -> None:
    # Guards: only a website is parted from the name before it.
    assert (mention, "organisation") in _found(body)


def test_a_blend_glossed_in_lowercase_is_no_place_anywhere_in_the_article() -> None:
    # ``Pati`` (perwira tinggi) and ``Pamen`` (perwira menengah) are ranks' classes; the
    # gazetteer's regency Pati took every mention of it as a place.
    found = _found(
        "Seluruh perwira menengah (Pamen) dan perwira tinggi (Pati) dari TNI dan Polri"
        " dipanggil ke Istana. Para Pati TNI itu naik pangkat, kata Sutarno."
    )
    assert not {surface for surface, _ in found} & {"Pati", "Pamen"}
    assert ("TNI", "organisation") in found


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # the regency glossed with its province in capitals
        ("Banjir melanda Kabupaten Pati (Jawa Tengah) pekan lalu. Warga Pati mengungsi.", "Pati"),
        # a place in parentheses after lowercase words it does not blend
        ("Warga desa itu tinggal di pesisir utara (Pati) sejak dulu.", "Pati"),
        # a person in parentheses after a person's noun
        ("Dia datang bersama teman dekat (Teddy) ke Pati kemarin.", "Teddy"),
    ],
)
def test_a_name_in_parentheses_that_blends_nothing_before_it_stays(body: str, kept: str) -> None:
    assert kept in {surface for surface, _ in _found(body)}


@pytest.mark.parametrize(
    "body",
    [
        "Uji dilakukan Direktorat Jenderal Sumber Daya dan Perangkat Pos dan Informatika"
        " (SDPPI) sejak Senin.",
        "Izin itu diterbitkan Direktorat Jenderal Energi Baru Terbarukan (EBT) pada Senin.",
        "Menurut Direktorat Jenderal Kependudukan dan Pencatatan Sipil (KPS), data itu lengkap.",
    ],
)
def test_a_directorate_general_defined_once_with_its_acronym_is_one_organisation(
    body: str,
) -> None:
    # The acronym leaves out ``Direktorat Jenderal``; a directorate is a body even where
    # the article uses its acronym only once (no category's name opens with the head).
    found = _found(body)
    (mention,) = [surface for surface, kind in found if kind == "organisation"]
    assert mention.startswith("Direktorat Jenderal ") and mention.endswith(")")


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # a category explained once stays none
        ("Dana itu disalurkan lewat Lembaga Swadaya Masyarakat (LSM) setempat.", "LSM"),
        # a general's initials after his name are no directorate's
        ("Pertemuan dihadiri Jenderal Gatot Nurmantyo (GN) dan Kapolri.", "Jenderal"),
        # a place in parentheses after a directorate stays a place of its own
        ("Petugas Direktorat Jenderal Imigrasi (Jakarta) datang tadi pagi.", "(Jakarta)"),
    ],
)
def test_no_directorate_takes_in_what_its_name_does_not_abbreviate(body: str, absent: str) -> None:
    assert not any(absent in surface for surface, _ in _found(body))


@pytest.mark.parametrize(
    ("body", "medium"),
    [
        (
            "Mengutip The Hollywood Reporter, itu disampaikannya di salah satu episode.",
            "The Hollywood Reporter",
        ),
        (
            "Mengutip Digital Trends, badan antariksa memperkirakan sampah itu bertambah.",
            "Digital Trends",
        ),
        ('" Kami siap, " kata Sutarno, seperti dikutip bumn.go.id hari ini.', "bumn.go.id"),
        ("Ratusan kapal tenggelam, dilansir dari laman Quartz, Selasa (25 / 10).", "Quartz"),
        (
            "Cyrus akan merilis album, seperti dilansir dari the Hollywood Reporter.",
            "Hollywood Reporter",
        ),
    ],
)
def test_the_name_after_a_citing_verb_is_the_medium_cited(body: str, medium: str) -> None:
    # The tagger left the medium out, or read it as a place.
    assert (medium, "organisation") in _found(body)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # a person quoted stays the person
        (
            "Donald Trump berpidato. Media mengutip Trump soal kebijakan imigrasi.",
            {("Trump", "person")},
        ),
        # a date after the verb is no medium
        ("Data itu dikutip Senin (24 / 7) dari laporan tahunan.", set()),
        # lowercase words after the verb: what is quoted, not who
        ("Dia mengutip pernyataan Presiden Joko Widodo.", {("Joko Widodo", "person")}),
        # a person who quoted something
        (
            "Pernyataan yang dikutip Budi Santoso itu ternyata keliru.",
            {("Budi Santoso", "person")},
        ),
        # a verse quoted, its name running on into the sentence
        ("Warga itu dituduh menista karena mengutip Surat Al Maidah Ayat 51 di pasar.", set()),
    ],
)
def test_no_medium_is_made_of_a_person_a_date_or_a_common_phrase(
    body: str, kept: set[tuple[str, str]]
) -> None:
    found = _found(body)
    assert kept <= found
    assert not any(kind == "organisation" for _, kind in found)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Lazio (3 - 4 - 2 - 1): 1 - Tomas Strakos; 13 - Wallace, 26 - Stefan Radu;"
            " 17 - Ciro ImmobilePelatih: Simone Inzaghi",
            ("Ciro Immobile", "person"),
        ),
        (
            "Susunan Pemain\n\nBali UnitedPelatih: Widodo Cahyono Putro\n\n21 Made Wirawan",
            ("Bali United", "organisation"),
        ),
    ],
)
def test_a_line_up_label_glued_to_the_last_name_is_no_part_of_it(
    body: str, name: tuple[str, str]
) -> None:
    # A lost line break glued the coach's label to the last player or the team.
    found = _found(body)
    assert name in found
    assert not any("Pelatih" in surface for surface, _ in found)


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Asisten Pelatih: Budi Santoso memimpin latihan pagi ini.", "Budi Santoso"),
        ("Kepala Pelatih Indra Sjafri ikut kursus kepelatihan di Jakarta.", "Indra Sjafri"),
        ("Pelatih Persib, Mario Gomez, memimpin latihan.", "Mario Gomez"),
    ],
)
def test_a_coach_after_his_title_stays_whole(body: str, person: str) -> None:
    assert (person, "person") in _found(body)


def test_a_site_written_in_lowercase_with_its_domain_is_a_website() -> None:
    found = _found('Akhirnya saya mengalah, " kenang Salim saat ditemui merdeka.com, Selasa.')
    assert ("merdeka.com", "organisation") in found


@pytest.mark.parametrize(
    "body",
    [
        # a part of a URL written with spaces around its slashes
        "Foto itu diambil dari https://cdns.klimg.com / bola.net / library / foto.jpg kemarin.",
        # an e-mail address and an address after www
        "Kirim surat ke redaksi@merdeka.com atau kunjungi www.merdeka.com sekarang.",
        # a file name: no web domain
        "Laporan itu dikirim dalam berkas laporan.pdf kepada panitia.",
        # a photo's credit: the publisher's address with its photographer
        "Jenazah korban dibawa ke rumah duka 2017 merdeka.com/sutarno edi",
    ],
)
def test_no_website_is_read_inside_an_address_or_a_file_name(body: str) -> None:
    assert not any(kind == "organisation" for _, kind in _found(body))


@pytest.mark.parametrize(
    ("body", "agency"),
    [
        (
            "Sidang itu dihadiri Lembaga Penerbangan dan Antariksa Nasional (LAPAN) dan ahli lain.",
            "Lembaga Penerbangan dan Antariksa Nasional (LAPAN)",
        ),
        (
            "Dia mantan Ketua Lembaga Kebijakan Pengadaan Barang / Jasa Pemerintah (LKPP) itu.",
            "Lembaga Kebijakan Pengadaan Barang / Jasa Pemerintah (LKPP)",
        ),
    ],
)
def test_a_state_agency_defined_once_with_its_acronym_is_one_organisation(
    body: str, agency: str
) -> None:
    # The acronym is used once: a category explained once is no body, a state agency is.
    assert (agency, "organisation") in _found(body)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # a category, explained once
        ("Dana itu disalurkan lewat Lembaga Swadaya Masyarakat (LSM) setempat.", set()),
        # a student body, no state agency's name
        ("Kegiatan itu digelar Badan Eksekutif Mahasiswa (BEM) kampus itu.", set()),
        # a person whose name ends as an agency's does
        ("Pernyataan itu disampaikan Budi Nasional (BN) kemarin.", {("Budi Nasional", "person")}),
    ],
)
def test_no_agency_is_read_in_a_category_or_a_person(body: str, kept: set[tuple[str, str]]) -> None:
    found = _found(body)
    assert kept <= found
    assert not any(kind == "organisation" for _, kind in found)
