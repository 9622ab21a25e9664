"""Entity rules of the blind30 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def test_an_acronym_in_capitals_blending_its_name_is_one_mention_with_it() -> None:
    # UNJA: a blend of the name's syllables written in capitals, as Unja would be.
    body = "Penelitian itu digarap Universitas Jambi (UNJA) bersama warga desa."
    surfaces = [mention.surface for mention in extract_mentions("", body)]
    assert surfaces == ["Universitas Jambi (UNJA)"]


def test_a_body_defined_once_whose_head_the_tagger_read_is_found_whole() -> None:
    # The tagger cuts the name at ``dan``; the acronym is written once only.
    body = (
        "Pemerintah daerah bersama Badan Perencanaan Pembangunan dan Penelitian Daerah "
        "(BP3D), Lembaga Ilmu Pengetahuan Indonesia (LIPI) dan para akademisi menggelar "
        "lokakarya mitigasi banjir di Manado."
    )
    surfaces = [mention.surface for mention in extract_mentions("", body)]
    assert "Badan Perencanaan Pembangunan dan Penelitian Daerah (BP3D)" in surfaces
    # A category explained once is still no organisation.
    body = "Badan Usaha Milik Negara (BUMN) diminta efisien."
    assert not [
        mention
        for mention in extract_mentions("", body)
        if mention.surface.startswith("Badan Usaha Milik Negara")
    ]


def test_the_name_after_a_rank_written_out_with_its_corps_is_a_person() -> None:
    # The tagger read ``Polisi Haryadi`` as an organisation after ``Ajun Komisaris Besar``,
    # and ``Polisi Wahyudi`` as a person with the corps in the name.
    body = (
        "Kepala Direktorat Lalu Lintas Polda Metro Jaya Ajun Komisaris Besar Polisi "
        "Haryadi di Jakarta mengatakan razia digelar dua hari. Kepala Subdirektorat "
        "Penegakan Hukum Polda Bali Ajun Komisaris Besar Polisi Wahyudi di Denpasar "
        "mengatakan razia digelar."
    )
    found = {mention.surface: mention.kind for mention in extract_mentions("", body)}
    assert found.get("Haryadi") == "person"
    assert found.get("Wahyudi") == "person"
    assert found.get("Direktorat Lalu Lintas Polda Metro Jaya") == "organisation"


def test_a_citys_suku_dinas_and_its_short_form_sudin_are_organisations() -> None:
    body = (
        "Kepala Suku Dinas Perhubungan Jakarta Timur, Andri Yansyah, mengatakan jalan "
        "ditutup. Bazar digelar Sudin UKM, pelatihan oleh Sudin Perpustakaan dan Arsip."
    )
    found = {mention.surface: mention.kind for mention in extract_mentions("", body)}
    assert found.get("Suku Dinas Perhubungan Jakarta Timur") == "organisation"
    assert found.get("Sudin UKM") == "organisation"
    assert "person" not in {found.get(name) for name in found if name.startswith("Sudin")}


def test_a_village_named_with_its_head_is_found_without_it() -> None:
    body = (
        "Warga Kelurahan Sukamaju mendapat bantuan sekolah. Sebanyak 40 pelajar Sukamaju "
        "menerima beasiswa, kata lurah."
    )
    mentions = extract_mentions("", body)
    assert [(m.surface, m.kind) for m in mentions] == [
        ("Kelurahan Sukamaju", "place"),
        ("Sukamaju", "place"),
    ]
    assert mentions[0].key == mentions[1].key


def test_ayatollah_is_a_title_not_part_of_the_name() -> None:
    body = (
        "Ulama senior, Ayatullah Ahmad Jannati, memimpin salat Jumat. Sehari kemudian "
        "Ayatollah Sistani menyerukan gencatan senjata."
    )
    found = {mention.surface: mention.kind for mention in extract_mentions("", body)}
    assert found.get("Ahmad Jannati") == "person"
    assert found.get("Sistani") == "person"
    assert not [name for name in found if name.lower().startswith("ayat")]


def test_weibo_and_wechat_are_social_networks_hence_organisations() -> None:
    body = (
        "Penyanyi itu meminta maaf melalui akun Weibo miliknya, lalu menyapa penggemarnya "
        "di WeChat."
    )
    found = {mention.surface: mention.kind for mention in extract_mentions("", body)}
    assert found.get("Weibo") == "organisation"
    assert found.get("WeChat") == "organisation"


def test_a_name_sharing_a_persons_surname_is_a_relative_not_an_organisation() -> None:
    # ``Gigi`` is a common word (teeth): the tagger read Gigi Hadid as an organisation.
    body = (
        "Model Gigi Hadid batal tampil di Paris. Penggemar Gigi kecewa, sementara adiknya, "
        "Bella Hadid, tetap berangkat."
    )
    found = {mention.surface: mention.kind for mention in extract_mentions("", body)}
    assert found.get("Gigi Hadid") == "person"
    assert found.get("Gigi") == "person"
    # A body named after the family stays a body.
    body = (
        "Dana dari Yayasan Habibie dan Wahid Institute mengalir ke sekolah yang didirikan "
        "Ainun Habibie."
    )
    found = {mention.surface: mention.kind for mention in extract_mentions("", body)}
    assert found.get("Yayasan Habibie") == "organisation"


def test_a_regional_council_keeps_its_seat_written_short() -> None:
    body = "Ratusan sopir angkot berunjuk rasa di DPRD Sumsel, Senin, menolak taksi daring."
    found = {mention.surface: mention.kind for mention in extract_mentions("", body)}
    assert found.get("DPRD Sumsel") == "organisation"
    assert "Sumsel" not in found


def test_a_detours_streets_joined_by_dashes_are_each_a_place() -> None:
    body = (
        "Bus dibelokkan menuju Jalan Kemang Raya – Jalan Duren Tiga Raya – Jalan Raya Pasar "
        "Minggu lalu ke terminal. Penumpang tiba di Bandara Soekarno - Hatta."
    )
    surfaces = [mention.surface for mention in extract_mentions("", body)]
    assert "Jalan Duren Tiga Raya" in surfaces
    assert "Jalan Raya Pasar Minggu" in surfaces
    assert "Bandara Soekarno - Hatta" in surfaces


def test_a_nickname_in_parentheses_after_a_person_is_no_team() -> None:
    body = (
        "Acara itu dihadiri Emha Ainun Nadjib (Cak Nun) dan Ridwan Kamil (Kang Emil). "
        "Pebalap Dani Pedrosa (Repsol Honda) finis kedua."
    )
    found = {mention.surface: mention.kind for mention in extract_mentions("", body)}
    assert found.get("Cak Nun") == "person"
    assert found.get("Kang Emil") == "person"
    assert found.get("Repsol Honda") == "organisation"


def test_a_company_ending_in_group_is_parted_from_its_executive_after_it() -> None:
    body = "Hadir pula Founder & Managing Director Nusa Group Sebastian Halim."
    found = {mention.surface: mention.kind for mention in extract_mentions("", body)}
    assert found.get("Nusa Group") == "organisation"
    assert found.get("Sebastian Halim") == "person"


def test_managing_partner_is_a_job_title_not_part_of_the_company() -> None:
    body = "Diskusi dibuka oleh Founder & Managing Partner Cakrawala Group Stefanus Wirawan."
    found = {mention.surface: mention.kind for mention in extract_mentions("", body)}
    assert found.get("Cakrawala Group") == "organisation"
    assert found.get("Stefanus Wirawan") == "person"
