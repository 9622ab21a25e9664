"""Entity rules of the blind31 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _kinds(body: str) -> dict[str, set[str]]:
    """Each surface found in ``body`` with the kinds it was given."""
    found: dict[str, set[str]] = {}
    for mention in extract_mentions("", body):
        found.setdefault(mention.surface, set()).add(mention.kind)
    return found


def test_a_band_whose_members_are_its_personel_is_an_organisation() -> None:
    # A band named like a person was a person in every mention; ``personel X`` (the
    # members of X) says it is a group, as ``band X`` does.
    body = (
        "Band era 80 - an, Rama Sinta kembali berkarya. Jelang tahun baru, Rama Sinta "
        "menggandeng musisi senior Anwar Fauzi. Para personel Rama Sinta memiliki tujuan "
        "yang sama."
    )
    found = _kinds(body)
    assert found.get("Rama Sinta") == {"organisation"}
    assert found.get("Anwar Fauzi") == {"person"}


def test_words_for_the_late_a_thinker_or_a_players_position_are_titles() -> None:
    # ``Almh.`` (the late, of a woman) was a person and ``Alm.`` a place; ``Budayawan``
    # (a man of letters) ran into the name after it, and ``Gelandang`` (a midfielder)
    # after a dateline made a place of the club.
    body = (
        "Presiden menabur bunga di makam Alm. H. Hasan Basri dan Almh. Hj. Siti Aminah. "
        "Hal itu dikatakan Budayawan Rudi Hartono kepada wartawan di Bandung."
    )
    found = _kinds(body)
    assert found == {
        "Hasan Basri": {"person"},
        "Siti Aminah": {"person"},
        "Rudi Hartono": {"person"},
        "Bandung": {"place"},
    }
    body = "BOLA.net - Gelandang Real Madrid, Budi Santoso, menilai timnya tak perlu belanja."
    assert _kinds(body) == {"Real Madrid": {"organisation"}, "Budi Santoso": {"person"}}


def test_a_minister_and_a_ministry_misspelt_without_the_e_are_still_them() -> None:
    # ``Mentri Kehutanan`` (for Menteri) was an organisation and ``Kementrian Kehutanan``
    # (for Kementerian) a place.
    body = (
        "Saat itu Darmawan menjabat Mentri Kehutanan. Ia bekerja di Kementrian Kehutanan "
        "sejak 2001."
    )
    assert _kinds(body) == {
        "Darmawan": {"person"},
        "Kementrian Kehutanan": {"organisation"},
    }


def test_a_known_companys_branch_is_named_as_the_company_no_person() -> None:
    # ``PT Jasa Marga Cabang Wonosari`` gave the company and a person ``Cabang
    # Wonosari``, and the tagger's ``Bank Indonesia Cabang Wonosari`` was cut before a
    # person; the company keeps its mention (tests/test_entities_links19b.py).
    for company in ("PT Jasa Marga", "Bank Indonesia"):
        body = f"Manajer {company} Cabang Wonosari, Agus Salim, mengatakan antrean mulai terurai."
        assert _kinds(body) == {company: {"organisation"}, "Agus Salim": {"person"}}


def test_a_house_number_or_a_toll_roads_kilometre_ends_the_place_before_it() -> None:
    # The tagger ran a street, its house number and the village after it into one place,
    # and a toll road into its kilometre post.
    body = (
        "Polisi menggerebek sebuah rumah di Jalan Cempaka Putih Nomor 12 Sukamaju, Bogor, "
        "Sabtu. Rumah kedua di Jalan Melati Raya II Nomor 60 Srondol Kulon, Semarang. "
        "Bus itu dilempari batu di Tol Jagorawi KM 27, kawasan Sentul."
    )
    found = _kinds(body)
    assert found.get("Jalan Cempaka Putih") == {"place"}
    assert found.get("Sukamaju") == {"place"}
    assert found.get("Srondol Kulon") == {"place"}
    assert found.get("Tol Jagorawi") == {"place"}
    assert not any(char.isdigit() for surface in found for char in surface)


def test_a_derby_read_as_a_place_names_the_city_without_the_word_derby() -> None:
    # ``Derby Madrid`` was one place; a derby names the city, as ``derby Milan`` does.
    body = "Griezmann menjadi andalan Atletico di Derby Madrid. Ia siap tampil di Derby Madrid."
    found = _kinds(body)
    assert found.get("Madrid") == {"place"}
    assert not [surface for surface in found if "Derby" in surface]


def test_a_pemda_is_the_regional_government_as_a_pemprov_is() -> None:
    # ``Pemda DKI`` (the regional government) gave the place ``DKI``.
    body = "Ia bekerja di struktur Pemda DKI. Mental yang berkembang di Pemda Sleman buruk."
    assert _kinds(body) == {"Pemda DKI": {"organisation"}, "Pemda Sleman": {"organisation"}}


def test_initials_listed_with_ages_or_after_a_rank_stand_for_someone_unnamed() -> None:
    # Only the first and last of ``berinisial MA (29), IR (28), MU (40) ... dan SU (21)``
    # were dropped: ``MU`` stayed an organisation (a club) and the rest persons; the
    # officers ``Bripka AS (33)`` and ``Bripka DM (35)`` were a place (the US) and a person.
    body = (
        "Tujuh pelaku yang diamankan berinisial MA (29), IR (28), MU (40), AB (28), JU (31), "
        "DS (29), dan SU (21). Ketiga anggota Polres Bantul itu adalah Bripka AS (33), "
        "Bripka DR (33) dan Bripka DM (35). Kapolres Sutrisno membenarkan penangkapan."
    )
    found = _kinds(body)
    assert found == {"Polres Bantul": {"organisation"}, "Sutrisno": {"person"}}


def test_a_name_after_musisi_or_a_performers_trade_and_senior_is_a_person() -> None:
    # ``musisi senior Fariz RM`` was an organisation (``RM`` read as an acronym).
    body = (
        "Jelang tahun baru, band itu menggandeng musisi senior Fariz RM menggarap lagu. "
        "Mereka juga mengajak musisi Indra Rahman dan musisi asal Jepang."
    )
    found = _kinds(body)
    assert found.get("Fariz RM") == {"person"}
    assert found.get("Indra Rahman") == {"person"}
    assert found.get("Jepang") == {"place"}


def test_bappeda_is_a_regional_office_alone_or_with_its_seat() -> None:
    # ``Bappeda`` (the regional planning board) was a place.
    body = (
        "Ia pergi ke kantor Bappeda untuk membuat peta lokasi. Bappeda Kota Cirebon ikut "
        "membahas peta itu."
    )
    found = _kinds(body)
    assert found.get("Bappeda") == {"organisation"}
    assert found.get("Bappeda Kota Cirebon") == {"organisation"}


def test_formula_one_teams_are_organisations() -> None:
    # ``McLaren`` and ``Sauber`` were missed, ``Toro Rosso`` a person, ``Ferrari`` ran into
    # its driver's first name.
    body = (
        "Budi Santoso kembali ke kokpit McLaren musim ini. Pebalap Ferrari Andi Wijaya "
        "menang, disusul Dodi Hartono dari Toro Rosso. Eko Prasetyo kini membela Sauber. "
        "Pebalap Ferrari Sebastian Vettel finis kedua."
    )
    found = _kinds(body)
    for team in ("McLaren", "Ferrari", "Toro Rosso", "Sauber"):
        assert found.get(team) == {"organisation"}, (team, found)
    assert found.get("Andi Wijaya") == {"person"}
    assert found.get("Sebastian Vettel") == {"person"}  # the team grows over no first name


def test_jakartas_convention_and_exhibition_venues_are_places() -> None:
    # ``digelar di JCC`` was missed where the article never spells the venue out.
    body = (
        "Bursa kerja yang digelar di JCC ramai dikunjungi masyarakat. Pameran mobil tahun "
        "depan pindah ke ICE BSD, setelah lima tahun di JIExpo Kemayoran."
    )
    found = _kinds(body)
    for venue in ("JCC", "ICE BSD", "JIExpo Kemayoran"):
        assert found.get(venue) == {"place"}, (venue, found)


def test_state_owned_pawn_pension_and_finance_companies_are_organisations() -> None:
    # ``Pegadaian`` and ``Taspen`` were places, ``PNM`` alone and ``Jiwasraya`` missed.
    body = (
        "Ia melamar kerja di Pegadaian dan Jiwasraya. Lamarannya diterima di PNM, bukan di Taspen."
    )
    found = _kinds(body)
    for company in ("Pegadaian", "Jiwasraya", "PNM", "Taspen"):
        assert found.get(company) == {"organisation"}, (company, found)


def test_a_representative_of_a_body_is_named_as_the_body() -> None:
    # ``Perwakilan Wadah Pegawai`` and ``Perwakilan WP`` (a representative of the staff
    # union) took ``Perwakilan`` into the name; the council's name keeps it.
    body = (
        "Majelis itu terdiri dari lima orang, salah satunya dari Perwakilan Wadah Pegawai "
        "(WP). Perwakilan WP menolak hadir. Dewan Perwakilan Rakyat memanggil mereka."
    )
    found = _kinds(body)
    assert "Perwakilan WP" not in found
    assert not [surface for surface in found if surface.startswith("Perwakilan")]
    assert found.get("WP") == {"organisation"}


def test_a_cabinet_and_the_home_ministry_written_kemdagri_are_organisations() -> None:
    # ``Kabinet Kerja`` was missed, and ``Kemdagri`` (for Kemendagri) too.
    body = (
        "Dua menteri anggota Kabinet Kerja ikut menabur bunga. Jika Kemdagri sejak awal "
        "mengawasi, ormas itu tak perlu dibubarkan."
    )
    found = {(m.surface, m.kind, m.key) for m in extract_mentions("", body)}
    assert ("Kabinet Kerja", "organisation", "kabinet_kerja") in found
    assert ("Kemdagri", "organisation", "kementerian_dalam_negeri") in found


def test_two_persons_the_tagger_ran_together_are_two_where_each_stands_alone() -> None:
    # ``Tim Sinkronisasi Anies - Sandi Sudirman Said`` gave one person ``Sandi Sudirman
    # Said``, and ``Sudirman Said`` named alone later was linked to it.
    body = (
        "Usul itu datang dari tim Anies - Sandi. Dhani merujuk pernyataan ketua Tim "
        "Sinkronisasi Anies - Sandi Sudirman Said. Sudirman Said sebelumnya menegaskan "
        "bahwa Dhani tidak tergabung dalam tim Anies - Sandi."
    )
    mentions = [(m.surface, m.kind) for m in extract_mentions("", body)]
    assert ("Sandi Sudirman Said", "person") not in mentions
    assert mentions.count(("Sudirman Said", "person")) == 2
    assert mentions.count(("Sandi", "person")) == 3
