"""Entity rules of the blind38 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def _surfaces(body: str) -> list[str]:
    return [mention.surface for mention in extract_mentions("", body)]


def test_the_old_names_of_european_cups_are_the_cups() -> None:
    # "Piala UEFA" (today's Liga Europa) and "Piala Winners" were no mention, or the body
    # UEFA once the article had spelt UEFA out.
    body = (
        "Federasi Sepak Bola Eropa (UEFA) menggelar undian di Nyon. Klub itu menjuarai "
        "Piala UEFA pada 1989 dan Piala Winners pada 1992."
    )
    found = _found(body)
    assert found.get("Piala UEFA") == "organisation"
    assert found.get("Piala Winners") == "organisation"
    assert "UEFA" not in _surfaces(body)


def test_well_known_agencies_firms_and_payment_services_are_organisations() -> None:
    # Bakamla ran into the name after it; the consulting firm was read as a person.
    found = _found(
        "Kepala Bakamla Laksmana Wiratmaja menemui konsultan dari Accenture dan Deloitte. "
        "Pembayaran dilakukan lewat Alipay atau di gerai Indomaret."
    )
    assert found.get("Bakamla") == "organisation"
    assert found.get("Laksmana Wiratmaja") == "person"
    for name in ("Accenture", "Deloitte", "Alipay", "Indomaret"):
        assert found.get(name) == "organisation", name


def test_a_nickname_in_curly_quotes_after_a_place_joins_the_name_only() -> None:
    # A known place the tagger found right before the name kept the name and its
    # nickname apart: three persons ("Agus", "Ucok", "Lumintang").
    found = _found(
        "Senada dengan itu, Tokoh Masyarakat Ambon Agus “ Ucok ” Lumintang mengatakan, "
        "masyarakat Ambon sudah dewasa. Ucok juga mengajak wisatawan datang."
    )
    assert found.get("Agus “ Ucok ” Lumintang") == "person"
    assert found.get("Ambon") == "place"
    assert "Agus" not in found
    assert "Lumintang" not in found


def test_a_known_body_does_not_run_into_the_rank_of_the_officer_after_it() -> None:
    # A known body grew over the rank of its head: "Badan SAR Nasional Marsekal".
    found = _found(
        "Kepala Badan SAR Nasional Marsekal Madya Henri Suryanto meninjau lokasi. Kepala "
        "Badan Keamanan Laut Laksamana Madya Taufik Hidayat meninjau kapal itu."
    )
    assert found.get("Badan SAR Nasional") == "organisation"
    assert found.get("Badan Keamanan Laut") == "organisation"
    assert found.get("Henri Suryanto") == "person"
    assert found.get("Taufik Hidayat") == "person"
    assert not any("Marsekal" in surface or "Laksamana" in surface for surface in found)


def test_a_faith_and_a_title_before_a_name_are_no_part_of_it() -> None:
    # "Muslim Uztad Darwis Waru" was one person; "Uztad" is a frequent spelling of Ustad.
    found = _found(
        "Hal yang sama diutarakan oleh Tokoh Muda Muslim Uztad Ahmad Lamadi. Ahmad "
        "mengatakan, warga sudah rukun. Menurut Muslim Ayub, panen tahun ini baik."
    )
    assert found.get("Ahmad Lamadi") == "person"
    assert found.get("Muslim Ayub") == "person"
    assert not any("Uztad" in surface for surface in found)


def test_a_given_name_read_as_a_place_again_and_again_is_the_person() -> None:
    # The tagger read the given name alone as a place in most of its mentions, and the
    # whole person (full name too) became a place.
    body = (
        "Kepada wartawan, Co - Founder dan CEO Ruang.io Farhan Wiratama menyebutkan, “ Kami "
        "harus tetap bertahan. ”\n\nRuang.io telah mengembangkan layanannya untuk bank di "
        "Singapura. Layanan itu tersedia di LINE dan Telegram.\n\nFarhan menyebutkan hingga "
        "saat ini total percakapan sudah mencapai 10 juta buah.\n\nSecara jangka panjang, "
        "Farhan berharap banyak pemain lokal memanfaatkan teknologi tersebut.\n\nTentang "
        "rencana ekspansinya di Asia Tenggara dan Vietnam, Farhan menyebutkan Jakarta akan "
        "tetap menjadi kantor pusat.\n\n“ Layanan kami akan siap di pasar dalam waktu dekat, "
        "” tutup Farhan."
    )
    kinds = {m.kind for m in extract_mentions("", body) if m.surface.startswith("Farhan")}
    assert kinds == {"person"}


def test_a_dish_is_no_entity_but_its_cook_is_a_person() -> None:
    # "Nasi Gandul" (a dish) was an organisation twenty times in one article, "Nasi Gandul
    # Pak Meled" one organisation.
    body = (
        "Di Kudus, Soto Kerbau paling dicari. Soto Kerbau Mbah Sarjo buka sejak "
        "1960. Pembeli datang dari Semarang untuk mencicipi Soto Kerbau.\n\nKuah Kerbau "
        "itu, kata Sarjo, dimasak enam jam."
    )
    found = _found(body)
    assert not any("Soto" in surface or "Kerbau" in surface for surface in found)
    assert found.get("Sarjo") == "person"
    assert found.get("Kudus") == "place"
    assert found.get("Semarang") == "place"


def test_an_eatery_named_after_its_dish_stays_after_a_locative() -> None:
    found = _found("Pagi itu kami sarapan di Sate Padang Uda Syafri yang terletak di tepi jalan.")
    assert found.get("Sate Padang") == "place"


def test_a_name_after_saint_written_short_takes_it_in() -> None:
    # "St" was a place of its own and the name after the stop another ("Jakob Stadium"),
    # or nothing ("di St. Petersburg" gave only "St").
    found = _found(
        "Final itu dihelat di St. Jakob Stadium di kota Basel. Sebulan kemudian mereka "
        "bertemu lagi di St. Petersburg."
    )
    assert found.get("St. Jakob Stadium") == "place"
    assert found.get("St. Petersburg") == "place"
    assert "St" not in found


def test_a_double_given_name_with_a_spaced_hyphen_is_one_name() -> None:
    # The tagger started the player after the hyphen: "Heinz Brandauer".
    found = _found(
        "Hamburg unggul lewat aksi Karl - Heinz Brandauer di babak pertama. Pasangan Anies "
        "Baswedan dan Sandiaga Uno menang; Baswedan - Sandiaga Uno unggul di Jakarta. "
        "Selanjutnya, Syamsudin - Edy Nasution maju di Riau."
    )
    assert found.get("Karl - Heinz Brandauer") == "person"
    assert "Heinz Brandauer" not in found
    assert "Baswedan - Sandiaga Uno" not in found
    assert "Syamsudin - Edy Nasution" not in found


def test_the_coach_after_anak_anak_asuh_is_a_person() -> None:
    # The plural "anak-anak asuh" cued nothing: the coach was no mention at all.
    found = _found(
        "Parma menahan imbang anak-anak asuh Marcello Ferrante di leg kedua. Persib "
        "mengalahkan anak - anak asuh Dejan Kovacic di Bandung."
    )
    assert found.get("Marcello Ferrante") == "person"
    assert found.get("Dejan Kovacic") == "person"


def test_the_team_after_tunduk_dari_is_the_opposing_club() -> None:
    # "tunduk dari" (lost to) cued nothing: a club named after its town was the town.
    found = _found("Persiba harus tunduk dari Semen Padang di kandang sendiri.")
    assert found.get("Semen Padang") == "organisation"


def test_a_name_ending_in_investment_is_an_organisation() -> None:
    found = _found(
        "Pendanaan itu diikuti Convergence Ventures, Red Sails Investment, dan Eddy Chan. "
        "Dana lain datang dari Lotus Harbour Investments di Singapura."
    )
    assert found.get("Red Sails Investment") == "organisation"
    assert found.get("Lotus Harbour Investments") == "organisation"
    assert found.get("Eddy Chan") == "person"
