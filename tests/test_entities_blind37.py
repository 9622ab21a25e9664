"""Entity rules of the blind37 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _kinds(body: str) -> dict[str, set[str]]:
    """Each surface found in ``body`` with the kinds it was given."""
    found: dict[str, set[str]] = {}
    for mention in extract_mentions("", body):
        found.setdefault(mention.surface, set()).add(mention.kind)
    return found


def test_a_name_written_once_in_lowercase_among_many_capitalised_stays_a_name() -> None:
    # A singer's nickname written forty times, and once in lowercase by a slip, was taken
    # for a capitalised common word and dropped from the whole article.
    body = (
        "Penyanyi Deki tampil di Bandung. Budi Santoso menonton bersama Deki setelah "
        "konser. Menurut Budi, Deki sudah berlatih sebulan. Lagu baru Deki disukai "
        "penonton. Panitia memuji Deki dan band pengiringnya. Budi lalu mengantar deki "
        "pulang."
    )
    assert _kinds(body).get("Deki") == {"person"}


def test_a_capitalised_common_word_written_in_lowercase_too_stays_no_name() -> None:
    # The other side: a word capitalised a few times and also written in lowercase is a
    # common word, as before.
    body = "Tim itu mendapat kartu Kuning dua kali. Wasit memberi kartu kuning kepada Budi Santoso."
    assert "Kuning" not in _kinds(body)


def test_sdr_before_a_player_is_a_title_no_part_of_his_club() -> None:
    # A disciplinary ruling writes ``Sdr.`` (saudara) before each player: it ran into the
    # club before it (``Persib Bandung Sdr``).
    body = (
        "3. Pemain Persita Tangerang Sdr. Budi Raharjo dikenakan sanksi karena menendang "
        "pemain Persib Bandung Sdr. Andi Wijaya."
    )
    assert _kinds(body) == {
        "Persita Tangerang": {"organisation"},
        "Budi Raharjo": {"person"},
        "Persib Bandung": {"organisation"},
        "Andi Wijaya": {"person"},
    }


def test_a_disciplinary_committee_written_short_before_its_body_is_one_organisation() -> None:
    # ``Komdis PSSI`` (Komisi Disiplin) was the association alone, the committee's acronym
    # left out, in every mention after its full name.
    body = (
        "Rapat Komisi Disiplin Persatuan Sepakbola Seluruh Indonesia (Komdis PSSI) digelar "
        "Senin. Keputusan Komdis PSSI diumumkan malam harinya. Klub Budi Santoso menerima "
        "denda dari Komdis PSSI."
    )
    found = _kinds(body)
    assert found.get("Komdis PSSI") == {"organisation"}
    assert "PSSI" not in found


def test_a_name_a_copula_defines_as_a_company_or_a_service_is_an_organisation() -> None:
    # A startup defined in the article's first sentence (``X merupakan sebuah layanan
    # keuangan``, ``X adalah perusahaan``) was a person in some mentions and missed in the
    # others.
    body = (
        "Kloppa merupakan sebuah layanan pembayaran untuk pedagang pasar. Tahun ini "
        "Kloppa membuka kantor baru. Pedagang memakai Kloppa setiap hari. Menurut Budi "
        "Santoso, Kloppa tumbuh pesat."
    )
    assert _kinds(body) == {"Kloppa": {"organisation"}, "Budi Santoso": {"person"}}
    body = (
        "Investor barunya Transfera. Transfera adalah perusahaan logistik asal Singapura. "
        "Gudang milik Transfera ada di tiga kota."
    )
    assert _kinds(body) == {"Transfera": {"organisation"}, "Singapura": {"place"}}


def test_a_common_word_before_a_copula_and_a_company_is_no_name() -> None:
    body = "Ini adalah perusahaan besar. Itu merupakan lembaga negara."
    assert _kinds(body) == {}


def test_a_brands_model_code_ending_in_two_capitals_is_a_product() -> None:
    # A laptop's code ends in two letters (``X550IU``): the brand was an organisation and
    # the model missed.
    body = (
        "Kami menguji Lenovo K730VX selama seminggu. Layarnya cukup terang. Lenovo K730VX "
        "dijual Rp 8 juta."
    )
    assert _kinds(body) == {"Lenovo K730VX": {"product"}}


def test_a_pictures_credit_line_names_the_agency_an_organisation() -> None:
    # ``Foto : <agency>`` on a line of its own was a person.
    body = "Foto: Pixabay\n\nHarga cabai di pasar naik tajam pekan ini."
    assert _kinds(body) == {"Pixabay": {"organisation"}}


def test_a_company_written_after_pt_and_a_full_stop_is_the_company() -> None:
    # ``PT.`` ended the sentence, and the company's name alone after it was a person.
    body = "Ponsel itu dirakit di dalam negeri oleh PT. Maju Jaya Abadi di Batam."
    assert _kinds(body) == {"PT. Maju Jaya Abadi": {"organisation"}, "Batam": {"place"}}


def test_a_name_opening_with_association_is_an_organisation() -> None:
    # An English association's or federation's name was a place.
    body = (
        "Ia bergabung ke Association of Mouth Painting Artists yang berpusat di Swiss. "
        "Adiknya menjadi anggota Federation of River Painting di Jerman."
    )
    found = _kinds(body)
    assert found.get("Association of Mouth Painting Artists") == {"organisation"}
    assert found.get("Federation of River Painting") == {"organisation"}


def test_a_club_named_as_its_city_opening_an_address_is_the_city() -> None:
    # ``di Barcelona, Spanyol`` named the club in a phone maker's news: a city and its
    # country after ``di`` make an address.
    body = "Pameran ponsel itu berlangsung di Barcelona, Spanyol, pekan lalu."
    assert _kinds(body) == {"Barcelona": {"place"}, "Spanyol": {"place"}}
    body = "Ia kini bekerja di Google, California, sebagai insinyur."
    assert _kinds(body) == {"Google": {"organisation"}, "California": {"place"}}


def test_well_known_internet_and_payment_companies_are_organisations() -> None:
    # Dropbox, Stripe and Twitch in a list of startups, Alipay and a spaced
    # ``Hewlett - Packard`` were missed or persons.
    body = (
        "Pendiri Dropbox, Stripe dan Twitch berbicara di konferensi itu. Pembayaran lewat "
        "Alipay juga diterima. Produk Hewlett - Packard dipamerkan di sana."
    )
    found = _kinds(body)
    for name in ("Dropbox", "Stripe", "Twitch", "Alipay", "Hewlett - Packard"):
        assert found.get(name) == {"organisation"}, name


def test_a_slang_first_person_pronoun_is_no_person() -> None:
    # ``Gue`` (I, in Jakarta slang) opening a quoted sentence was a person.
    body = "Lalu aku ngomong, ' Gue enggak mau pindah, Mas. Terus dia marah."
    assert "Gue" not in _kinds(body)


def test_names_ending_as_computer_makers_pollsters_and_funds_do_are_organisations() -> None:
    # ``Compaq Computer`` was a place, a pollster ending in ``Research`` and a fund
    # ending in ``Venture`` persons.
    body = (
        "Pria itu pernah bekerja di Compaq Computer. Laporan Rendra Research menyebut "
        "pasar tumbuh. Startup itu didanai Tirta Venture."
    )
    assert _kinds(body) == {
        "Compaq Computer": {"organisation"},
        "Rendra Research": {"organisation"},
        "Tirta Venture": {"organisation"},
    }


def test_a_storage_port_or_payment_terminals_acronym_is_no_entity() -> None:
    # ``SSD``, ``HDD``, ``HDMI``, ``RGB``, ``PPOB`` and ``EDC`` were organisations or places.
    body = (
        "Kapasitas SSD 128 GB dan HDD 1 TB, port HDMI dan sensor RGB. Layanan PPOB dan "
        "mesin EDC tersedia di agen."
    )
    assert _kinds(body) == {}


def test_a_name_in_apposition_with_a_persons_manager_or_wife_is_a_person() -> None:
    # ``<name>, manajer <singer>`` made a place of the manager.
    body = "Kabar itu datang dari Markonah, manajer Dewi Kirana, kemarin sore."
    assert _kinds(body) == {"Markonah": {"person"}, "Dewi Kirana": {"person"}}


def test_the_2017_second_division_clubs_are_organisations() -> None:
    # A disciplinary ruling's second-division clubs were places, or ran into the player
    # after them (``Mojokerto Putra Rudi Hartanto``); ``PS. TNI`` was two.
    body = (
        "Pemain Mojokerto Putra Rudi Hartanto dikenakan sanksi. Tim Persikad Depok didenda "
        "karena suporter Persikad menyalakan flare. Pemain PS. TNI Sdr. Dimas Pratama "
        "dihukum. Manajer PSBK Kota Blitar Agus Wibowo dihukum."
    )
    assert _kinds(body) == {
        "Mojokerto Putra": {"organisation"},
        "Rudi Hartanto": {"person"},
        "Persikad Depok": {"organisation"},
        "Persikad": {"organisation"},
        "PS. TNI": {"organisation"},
        "Dimas Pratama": {"person"},
        "PSBK Kota Blitar": {"organisation"},
        "Agus Wibowo": {"person"},
    }
