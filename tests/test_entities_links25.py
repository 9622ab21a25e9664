"""Round 25's wrong links and wrong types (issue #14), found auditing the 463 IndoSum
articles no audit had used (lines 0-399 and 3,400-3,462): a police district, a line-up's
club, a racing team, a car and a phone skin read as another kind; another party, a mall,
an airline, a city and a player linked to the known entity of the same word; a region's
byname and a misspelt venue head apart from the place they name."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from warta.search.service import SearchService

from tests.conftest import index_of
from tests.test_entities_links23 import _articles

#: Per case: the articles, and per name the kind of the one entity of that name, the
#: articles whose mentions link to it, or ``None`` where no entity may have that name.
CASES: dict[str, tuple[dict[str, str], dict[str, str | set[str] | None]]] = {
    # "Kapolsek Kurik, Polres Merauke" made Kurik a person.
    "police-district": (
        {
            "mutasi": "Mutasi perwira\n\nSebelum bertugas di Jakarta, ia pernah menjadi "
            "Kapolsek Semangga, Polres Merauke, Papua.\n",
            "curanmor": "Pencurian motor\n\nKapolsek Kurik, Polres Merauke, Iptu Yudi "
            "Hartono mengatakan pelaku sudah ditahan.\n",
        },
        {"Semangga": "place", "Kurik": "place", "Yudi Hartono": "person"},
    ),
    # "Burnley (4 - 4 - 1 - 1): Pope; ..." was an organisation keyed as the town of
    # Burnley, so a place.
    "line-up-club": (
        {
            "laga": "Everton menang tipis\n\nGelandang Everton itu mencetak gol pada menit ke - "
            "30. Kiper Burnley tak berkutik, dan striker tamu gagal menyamakan skor.\n\n"
            "Susunan Pemain:\n\nEverton (4 - 3 - 3): Pickford; Kenny, Keane, Williams, Baines; "
            "Gueye, Schneiderlin, Davies; Lookman, Rooney, Calvert - Lewin.\n\n"
            "Burnley (4 - 4 - 1 - 1): Pope; Bardsley, Tarkowski, Long, Taylor; Lennon, Cork, "
            "Westwood, Hendrick; Barnes, Vokes.\n",
        },
        {"Burnley FC": "organisation", "Burnley": None},
    ),
    # "Mercedes F1" was a product, the F1 read as a model's code (as in "LG V30").
    "racing-team": (
        {
            "balap": "Hasil balapan\n\nPebalap Mercedes F1 Lewis Hamilton menang di Monza. Tim "
            "Mercedes F1 kini memimpin klasemen konstruktor.\n",
            "ponsel": "Ponsel baru\n\nLG V30 dijual mulai pekan depan.\n",
        },
        {"Mercedes F1": None, "LG V30": "product"},
    ),
    # "Suzuki Karimun" was the maker and the regency of Karimun.
    "car-named-after-a-place": (
        {
            "mobil": "Mobil murah\n\nPenjualan Suzuki Karimun Wagon R naik bulan lalu. Mobil "
            "Suzuki Karimun itu laris di kalangan keluarga muda.\n",
            "pelabuhan": "Pelabuhan baru\n\nBupati Karimun meresmikan pelabuhan feri pada "
            "Senin pagi.\n",
        },
        {"Karimun": {"pelabuhan"}, "Suzuki Karimun Wagon R": "product"},
    ),
    # "Sosial Demokrat" (the German social democrats) was Partai Demokrat; "Nasional
    # Demokrat" is NasDem.
    "current-before-a-party": (
        {
            "jerman": "Koalisi Berlin\n\nKanselir Angela Merkel kembali berkoalisi dengan kubu "
            "Sosial Demokrat setelah pemilu. Kristen Demokrat tetap partai terbesar.\n",
            "pilkada": "Dukungan partai\n\nPartai Demokrat mendukung pasangan itu. Demokrat "
            "yakin menang, begitu pula Nasional Demokrat.\n",
        },
        {"Partai Demokrat": {"pilkada"}, "Partai NasDem": {"pilkada"}},
    ),
    # "Komplek Parlemen" and "Kompleks Parlemen" were two places.
    "misspelt-venue-head": (
        {
            "rapat": "Rapat paripurna\n\nAnggota dewan berkumpul di Komplek Parlemen, Senayan, "
            "Selasa.\n",
            "demo": "Unjuk rasa\n\nRatusan mahasiswa berunjuk rasa di depan Kompleks Parlemen, "
            "Senayan.\n",
        },
        {"Kompleks Parlemen": {"rapat", "demo"}},
    ),
    # "Pulau Dewata" was a place beside Bali, as Negeri Sakura is not beside Japan.
    "region-byname": (
        {
            "libur": "Libur panjang\n\nWisatawan memadati Pulau Dewata saat libur panjang.\n",
            "pantai": "Pantai bersih\n\nRelawan membersihkan pantai Kuta di Bali.\n",
        },
        {"Bali": {"libur", "pantai"}},
    ),
    # "Kota Bengkulu" (the city) was one place with the province of Bengkulu.
    "city-named-as-its-province": (
        {
            "lapas": "Napi dipindah\n\nSatu narapidana dibawa ke rumah tahanan di Kota Bengkulu "
            "pada Jumat malam.\n",
            "wisata": "Kampung teh\n\nGubernur Bengkulu membuka destinasi wisata baru di "
            "Provinsi Bengkulu.\n",
        },
        {"Bengkulu": {"wisata"}, "Kota Bengkulu": {"lapas"}},
    ),
    # "Gelandang: Bertolacci, Bonaventura, Honda, Kucka" read Bonaventura and Kucka as places.
    "squad-by-position": (
        {
            "skuat": "Skuat Milan\n\nBerikut skuat Milan untuk laga kontra Juventus:\n\nKiper: "
            "Donnarumma, Plizzari, Storari. Gelandang: Bertolacci, Bonaventura, Kucka, "
            "Locatelli, Pasalic. Penyerang: Bacca, Lapadula, Suso.\n",
        },
        {"Bonaventura": "person", "Kucka": "person"},
    ),
    # An initial in such a list ("Belakang: ..., L. Kalaiharasan, ...") was a person "L".
    "squad-with-initials": (
        {
            "timnas": "Skuat tamu\n\nBerikut skuat tim tamu:\n\nPenjaga Gawang: Ahmad Solehin, "
            "Amirul Hakimi.\n\nBelakang: Adib Zainudin, Syazwan Bahari, R. Kumaran, Irfan "
            "Zakaria.\n",
        },
        {"R": None, "Irfan Zakaria": "person", "Ahmad Solehin": "person"},
    ),
    # "Gelandang asal Jepang Keisuke Honda" was a place, and "Honda" after it the maker.
    "player-after-his-country": (
        {
            "pamit": "Pamit dari Milan\n\nGelandang asal Jepang Keisuke Honda memastikan akan "
            "meninggalkan AC Milan. Setelah musim yang sulit, Honda memutuskan pergi.\n",
            "motor": "Penjualan motor\n\nHonda menjual 400 ribu sepeda motor bulan lalu.\n",
        },
        {"Keisuke Honda": {"pamit"}, "Honda": {"motor"}},
    ),
    # "lantai 3A Thamrin City" after "Mal Thamrin City" was "City", which joined Bristol City
    # where a corpus names it.
    "mall-without-its-head": (
        {
            "mal": "Perkelahian pelajar\n\nPerkelahian terjadi di Mal Thamrin City, Jakarta, "
            "Senin. Polisi tiba di lantai 3A Thamrin City sepuluh menit kemudian.\n",
        },
        {"Mal Thamrin City": {"mal"}, "City": None},
    ),
    # "maskapai Garuda Indonesia dan Sriwijaya" linked Sriwijaya Air to Sriwijaya FC.
    "airline-after-maskapai": (
        {
            "bandara": "Bandara baru\n\nPenerbangan ke Silangit kini dilayani maskapai Garuda "
            "Indonesia dan Sriwijaya setiap hari.\n",
            "liga": "Hasil Liga 1\n\nSriwijaya FC kalah dari Persib. Sriwijaya kini di posisi "
            "sepuluh klasemen.\n",
        },
        {"Sriwijaya FC": {"liga"}, "Sriwijaya Air": {"bandara"}},
    ),
    # "Ed Sheeran Divide World" (+ "Tour") was read as one person and named the singer so.
    "tour-title": (
        {
            "konser": "Konser di Jakarta\n\nEd Sheeran akan menggelar konser di Jakarta. "
            "Promotor mengumumkan jadwal Sheeran. Info tiket Ed Sheeran Divide World Tour in "
            "Asia ada di laman resmi.\n",
        },
        {"Ed Sheeran": {"konser"}, "Ed Sheeran Divide World": None},
    ),
    # "Salesforce.com Inc" made a person "Inc".
    "legal-form-alone": (
        {
            "akuisisi": "Batal membeli\n\nMasa depan Twitter tak menentu setelah Salesforce.com "
            "Inc sebagai calon pembeli terakhir mundur.\n",
        },
        {"Inc": None},
    ),
    # "MIUI 9" (the tagger's organisation over a known product and its version) was an
    # organisation; "Piala Dunia Antar-Klub" and "Piala Dunia Klub" were the World Cup.
    "product-with-its-version": (
        {
            "ponsel": "Ponsel baru\n\nPonsel ini menjalankan Android yang dipercantik oleh "
            "MIUI 9.\n",
            "klub": "Juara dunia\n\nReal Madrid menjuarai Piala Dunia Antar-Klub musim lalu, "
            "dan Piala Dunia Klub tahun sebelumnya.\n",
        },
        {"MIUI 9": "product", "Piala Dunia": None},
    ),
}


def _outcome(service: SearchService, name: str, want: str | set[str] | None) -> object:
    """What ``want`` asks of the entities named ``name``: the one's kind, the one's
    articles, or whether there is none."""
    named = [entity for entity in service.entities() if entity.name == name]
    if want is None:
        return None if not named else [entity.kind for entity in named]
    if isinstance(want, str):
        return named[0].kind if len(named) == 1 else named
    return _articles(service, name)


@pytest.mark.parametrize("case", CASES)
def test_names_link_to_what_they_mean(tmp_path: Path, case: str) -> None:
    articles, expected = CASES[case]
    with closing(index_of(tmp_path, articles)) as service:
        outcome = {name: _outcome(service, name, want) for name, want in expected.items()}
    assert outcome == expected


def test_a_player_named_as_a_company_is_not_the_company(tmp_path: Path) -> None:
    # Keisuke Honda, "Honda" in a squad's list, was a mention of the maker Honda.
    articles = {
        "skuat": "Skuat Milan\n\nBerikut skuat Milan untuk laga kontra Juventus:\n\nKiper: "
        "Donnarumma, Plizzari, Storari. Gelandang: Bertolacci, Bonaventura, Honda, Kucka, "
        "Locatelli, Pasalic. Penyerang: Bacca, Lapadula, Suso.\n",
        "motor": "Penjualan motor\n\nHonda menjual 400 ribu sepeda motor bulan lalu.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        hondas = {
            entity.kind: {mention.article for mention in service.mentions(entity.id)}
            for entity in service.entities()
            if entity.name == "Honda"
        }
    assert hondas == {"organisation": {"motor"}, "person": {"skuat"}}
