"""Round 24's wrong links (issue #14), found auditing 1,000 other IndoSum articles: a
regency and the city of its name were one place; a first name alone joined the one famous
person with it; an acronym spelt out after it as another name, a website named as a
country, a shuttler whose given name is a company, a cup named after two, Paris Hilton and
a letter standing for an unnamed person were linked to the known entity of that name."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import index_of
from tests.test_entities_links23 import _articles


def test_a_regency_and_the_city_of_its_name_are_two_places(tmp_path: Path) -> None:
    # "Kabupaten Bekasi", "Kota Bekasi" and "Bekasi" were one place (as Bogor, Bandung).
    service = index_of(
        tmp_path,
        {
            "upah": "Upah minimum\n\nUpah minimum Kabupaten Bekasi naik lebih tinggi dari "
            "upah minimum Kota Bekasi tahun ini.\n",
            "pabrik": "Kebakaran pabrik\n\nSebuah pabrik plastik di Kab. Bekasi terbakar pada "
            "Senin dini hari.\n",
            "macet": "Jalan rusak\n\nWarga Bekasi mengeluhkan jalan berlubang di pusat kota.\n",
        },
    )
    try:
        regency = service.entity("Kabupaten Bekasi")
        assert regency is not None and regency.kind == "place"
        assert _articles(service, "Kabupaten Bekasi") == {"upah", "pabrik"}
        assert _articles(service, "Bekasi") == {"upah", "macet"}
    finally:
        service.close()


def test_a_first_name_several_people_carry_is_no_one_of_them_alone(tmp_path: Path) -> None:
    # "Kevin" in a film review joined Kevin Sanjaya Sukamuljo (the corpus also named Kevin
    # De Bruyne and others); "Mbah Sri" joined Sri Mulyani Indrawati.
    service = index_of(
        tmp_path,
        {
            **{
                f"pajak{day}": f"Penerimaan pajak\n\nMenteri Keuangan Sri Mulyani Indrawati "
                f"memaparkan penerimaan pajak pekan ke-{day}. Sri menyebut angkanya naik.\n"
                for day in range(1, 9)
            },
            "desa": "Kampung kami\n\nKepala desa Sri Wahyuningsih membuka pasar baru.\n",
            "film": "Film horor\n\nTokoh Mbah Sri dalam film itu membuat penonton menjerit. "
            'Sri muncul di tengah malam. "Seram," kata seorang penonton.\n',
        },
    )
    try:
        assert "film" not in _articles(service, "Sri Mulyani Indrawati")
    finally:
        service.close()


def test_an_acronym_spelt_out_after_it_as_another_name_is_not_the_known_body(
    tmp_path: Path,
) -> None:
    # "KAI (Kongres Advokat Indonesia)" was the railway company PT KAI.
    service = index_of(
        tmp_path,
        {
            "advokat": "Sengketa organisasi advokat\n\nPengacara itu mengaku anggota KAI "
            "(Kongres Advokat Indonesia). Pengurus KAI membenarkannya.\n",
            "mudik": "Arus mudik\n\nPT Kereta Api Indonesia (KAI) menambah gerbong untuk "
            "pemudik. KAI menyiapkan 20 kereta tambahan.\n",
        },
    )
    try:
        assert _articles(service, "Kereta Api Indonesia") == {"mudik"}
    finally:
        service.close()


def test_a_website_named_as_a_country_is_not_the_country(tmp_path: Path) -> None:
    # The Spanish daily "AS.com" was a mention of the United States (AS).
    service = index_of(
        tmp_path,
        {
            "transfer": "Bursa transfer\n\nAS.com menulis, penyerang itu ingin kembali ke "
            "Inggris. Menurut AS.com, klubnya sudah menerima tawaran.\n",
            "dagang": "Perang dagang\n\nPresiden AS menaikkan tarif impor baja dari China.\n",
        },
    )
    try:
        assert _articles(service, "Amerika Serikat") == {"dagang"}
        website = service.entity("AS.com")
        assert website is not None and website.kind == "organisation"
    finally:
        service.close()


def test_a_company_name_opening_the_last_of_a_list_of_persons_is_a_given_name(
    tmp_path: Path,
) -> None:
    # "Tommy Sugiarto, Anthony Sinisuka Ginting, dan Sony Dwi Kuncoro": the shuttler was
    # the company Sony and a person "Dwi Kuncoro".
    service = index_of(
        tmp_path,
        {
            "bulutangkis": "Tunggal putra tersingkir\n\nTiga wakil Indonesia, Tommy Sugiarto, "
            "Anthony Sinisuka Ginting, dan Sony Dwi Kuncoro, kalah di babak pertama.\n",
            "kamera": "Kamera baru\n\nSony merilis kamera mirrorless terbarunya pekan ini.\n",
        },
    )
    try:
        assert _articles(service, "Sony") == {"kamera"}
        person = service.entity("Sony Dwi Kuncoro")
        assert person is not None and person.kind == "person"
    finally:
        service.close()


def test_the_second_name_of_a_cup_named_after_two_is_the_cups(tmp_path: Path) -> None:
    # "Piala Thomas - Uber" (the badminton team cups) was a mention of the company Uber.
    service = index_of(
        tmp_path,
        {
            "pelatnas": "Target pelatnas\n\nTahun depan ada Piala Thomas - Uber dan Asian "
            "Games. Pelatih menyiapkan pemain muda.\n",
            "ojek": "Taksi daring\n\nUber menambah armada di Jakarta pekan ini.\n",
        },
    )
    try:
        assert _articles(service, "Uber") == {"ojek"}
    finally:
        service.close()


def test_paris_hilton_and_paris_saint_germain_are_not_the_city(tmp_path: Path) -> None:
    # "Paris Hilton" then "Paris" was the city; so was "Paris" of "Paris Saint Germain"
    # written without its hyphen.
    service = index_of(
        tmp_path,
        {
            "pesta": "Pesta ulang tahun\n\nPesohor Amerika Serikat, Paris Hilton, merayakan "
            "ulang tahunnya di Los Angeles. Paris mengaku bahagia.\n",
            "bola": "Bursa transfer\n\nMantan penyerang Paris Saint Germain itu mencetak lima "
            "gol musim ini.\n",
            "kota": "Museum baru\n\nWali kota Paris membuka museum mode pertama di kota itu.\n",
        },
    )
    try:
        assert _articles(service, "Paris") == {"kota"}
        assert _articles(service, "Paris Hilton") == {"pesta"}
        assert _articles(service, "Paris Saint-Germain") == {"bola"}
    finally:
        service.close()


def test_a_person_called_by_a_letter_is_not_the_company_of_that_letter(tmp_path: Path) -> None:
    # "Mr X" (a patient left unnamed) was a mention of X, once Twitter.
    service = index_of(
        tmp_path,
        {
            "pasien": "Pasien kabur\n\nPetugas mencari Mr X yang kabur dari rumah sakit jiwa. "
            "Mr X terakhir terlihat di pasar.\n",
            "medsos": "Media sosial\n\nElon Musk mengganti nama Twitter menjadi X. Pengguna X "
            "di Indonesia bertambah.\n",
        },
    )
    try:
        twitter = [entity for entity in service.entities() if entity.kind == "organisation"]
        assert all(
            mention.article == "medsos"
            for entity in twitter
            for mention in service.mentions(entity.id)
        )
    finally:
        service.close()


def test_alias_after_the_second_of_a_pair_calls_that_person_in_every_article(
    tmp_path: Path,
) -> None:
    # "Ganjar Pranowo dan Taj Yasin Maimoen alias Gus Yasin": Gus Yasin was a person of
    # his own, here and in the articles that name him so alone.
    service = index_of(
        tmp_path,
        {
            "pilkada": "Pendaftaran calon\n\nKPU menerima berkas Ganjar Pranowo dan Taj Yasin "
            "Maimoen alias Gus Yasin pada Rabu.\n",
            "kampanye": "Kampanye di pesantren\n\nGus Yasin berkampanye di sebuah pesantren di "
            "Rembang, Minggu.\n",
        },
    )
    try:
        assert _articles(service, "Taj Yasin Maimoen") == {"pilkada", "kampanye"}
    finally:
        service.close()
