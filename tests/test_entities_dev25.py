"""Round 25's rules from idner dev's and NERGrit valid's errors, and the leftovers of
round 24: patterns the sidebar got wrong, each on sentences written for it."""

from __future__ import annotations

import pytest
from warta.search.entities import linking

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.test_entities_dev22 import _WordTagger


def test_a_name_with_a_family_particle_is_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    # NERGrit valid: "anak Georg Ludwig von Trapp" gave an organisation.
    labels = {"Friedrich": "B-ORG", "Wilhelm": "I-ORG", "von": "I-ORG", "Halden": "I-ORG"}
    tagger = _WordTagger({**labels, "Rahman": "B-LOC", "bin": "I-LOC", "Hasyim": "I-LOC"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Kastil itu dibangun Friedrich Wilhelm von Halden pada 1820.")
    assert found == {"Friedrich Wilhelm von Halden": {"person"}}
    found = _kinds("Surat itu ditulis Rahman bin Hasyim kepada gurunya.")
    assert found == {"Rahman bin Hasyim": {"person"}}
    # A mosque or a school named after such a person stays the place or the body.
    tagger.labels.update({"Masjid": "B-LOC", "Umar": "I-LOC", "bin": "I-LOC", "Khattab": "I-LOC"})
    found = _kinds("Warga berkumpul di Masjid Umar bin Khattab selepas magrib.")
    assert found == {"Masjid Umar bin Khattab": {"place"}}


def test_a_name_after_a_leaders_noun_and_an_honorific_is_a_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "Ponpes Darul Ulum Sendung dengan Pimpinan Ustadz Syamsi Dukha" gave
    # no person (the honorific read as inside a longer name).
    tagger = _WordTagger({})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Pondok itu berdiri dengan Pimpinan Ustadz Harun Sasmita sejak 1990.")
    assert found == {"Harun Sasmita": {"person"}}
    found = _kinds("Santri diajar langsung oleh Pengasuh KH Sholeh Darman setiap pagi.")
    assert found == {"Sholeh Darman": {"person"}}
    # An honorific inside a hostel's name still opens no person.
    assert _kinds("Jemaah menginap di Asrama Haji Sukolilo kemarin.") == {}


class _AloneTagger(_WordTagger):
    """Tags words as ``_WordTagger`` does in a sentence, and a name given alone as its
    ``alone`` table says: a tagger that reads a player's name as a person out of its
    sentence and as a club inside it."""

    def __init__(self, labels: dict[str, str], alone: dict[tuple[str, ...], list[str]]) -> None:
        super().__init__(labels)
        self.alone = alone

    def tag(self, words: list[str]) -> list[str]:
        return self.alone.get(tuple(words)) or super().tag(words)


def test_a_persons_name_after_a_club_a_comma_and_a_players_word_is_a_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Round 24's leftover: "bek Real Madrid, Sergio Ramos," read as an organisation.
    labels = {"Real": "B-ORG", "Madrid": "I-ORG", "Rudi": "B-ORG", "Hartono": "I-ORG"}
    alone = {("Rudi", "Hartono"): ["B-PER", "I-PER"]}
    tagger = _AloneTagger({**labels, "Persib": "B-ORG", "Sinar": "B-ORG", "Jaya": "I-ORG"}, alone)
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Pemain Persib, Rudi Hartono, absen karena cedera.")
    assert found == {"Persib": {"organisation"}, "Rudi Hartono": {"person"}}
    found = _kinds("Pelatih Real Madrid, Rudi Hartono, memuji timnya.")
    assert found == {"Real Madrid": {"organisation"}, "Rudi Hartono": {"person"}}
    # A club listed after a club stays one, and so does a name after a body with no
    # player's word before it.
    found = _kinds("Pemain Persib, Sinar Jaya, dan Persija berlatih bersama.")
    assert found.get("Sinar Jaya") == {"organisation"}
    found = _kinds("Sponsor Persib, Rudi Hartono, menarik dukungan.")
    assert found.get("Rudi Hartono") == {"organisation"}


def test_a_short_name_before_the_name_it_abbreviates_is_that_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "tokoh Kosgoro (Koperasi Serba Guna Gotong Royong)" gave a person
    # "Kosgoro" (the short name leaves out "Guna"); round 24's leftover: "WBC (World
    # Boxing Council)" gave no name for the council.
    labels = {"Kopmabu": "B-PER", "Koperasi": "B-ORG", "Mandiri": "I-ORG", "Bumi": "I-ORG"}
    tagger = _WordTagger({**labels, "Usaha": "I-ORG", "IBF": "B-ORG", "Selatan": "B-LOC"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    body = (
        "Ia pernah memimpin Kopmabu (Koperasi Mandiri Bumi Usaha) di desanya. "
        "Kopmabu kini punya 300 anggota."
    )
    mentions = linking.extract_mentions("", body)
    assert [(m.surface, m.kind) for m in mentions] == [
        ("Kopmabu (Koperasi Mandiri Bumi Usaha)", "organisation"),
        ("Kopmabu", "organisation"),
    ]
    assert mentions[0].key == mentions[1].key
    found = _kinds("Gelar itu dicabut IBF (International Boxing Federation) pekan lalu.")
    assert found == {"IBF (International Boxing Federation)": {"organisation"}}
    # A person's short name before their full name stays a person; a name that the
    # short one does not abbreviate is no spelling of it.
    tagger.labels.update({"Darsit": "B-PER", "Darmawan": "B-PER", "Sitompul": "I-PER"})
    found = _kinds("Darsit (Darmawan Sitompul) datang terlambat.")
    assert found.get("Darsit") == {"person"}
    found = _kinds("Pesan itu dikirim IBF (Afrika Selatan) kemarin.")
    assert found == {"IBF": {"organisation"}, "Afrika Selatan": {"place"}}
    # A term explained after its short name, which the tagger read as nothing, stays none.
    tagger.labels.update({"Sepeda": "B-ORG", "Listrik": "I-ORG", "Pintar": "I-ORG"})
    found = _kinds("Ia membeli SLP (Sepeda Listrik Pintar) bekas.")
    assert "SLP" not in found and not any("SLP" in surface for surface in found)


def test_a_two_word_person_takes_in_the_first_name_the_tagger_cut_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "sebagai Kenneth Ray Rogers" gave the person "Ray Rogers".
    labels = {"Ray": "B-PER", "Rogers": "I-PER", "Gilang": "B-PER", "Ramadhan": "I-PER"}
    alone = {
        ("Dermot", "Ray", "Rogers"): ["B-PER", "I-PER", "I-PER"],
        ("Dinas", "Gilang", "Ramadhan"): ["B-ORG", "I-ORG", "I-ORG"],
    }
    tagger = _AloneTagger(labels, alone)
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Namanya tercatat dalam kredit film itu sebagai Dermot Ray Rogers.")
    assert found == {"Dermot Ray Rogers": {"person"}}
    # A word the tagger does not read into the person stays out.
    found = _kinds("Surat itu diteken kepala Dinas Gilang Ramadhan kemarin.")
    assert found == {"Gilang Ramadhan": {"person"}}


def test_a_social_or_christian_democrat_party_is_not_partai_demokrat() -> None:
    # Round 24's leftover: "Sosial Demokrat" was read as Partai Demokrat.
    mentions = linking.extract_mentions(
        "", "Koalisi itu dipimpin Sosial Demokrat, sementara Kristen Demokrat menjadi oposisi."
    )
    assert {m.surface: m.name for m in mentions} == {
        "Sosial Demokrat": "Partai Sosial Demokrat Jerman",
        "Kristen Demokrat": "Uni Kristen Demokrat",
    }
    found = linking.extract_mentions("", "Ketua Umum Demokrat itu hadir di Jakarta.")
    assert [(m.surface, m.name) for m in found][:1] == [("Demokrat", "Partai Demokrat")]


def test_a_regency_written_with_its_head_after_its_name_is_the_regency() -> None:
    # Round 24's leftover: "Kapolres Bogor Kabupaten" gave the city Bogor.
    found = linking.extract_mentions(
        "", "Kapolres Malang Kabupaten AKBP Hendra Saputra meninjau banjir di Kediri Kabupaten."
    )
    assert [(m.surface, m.name) for m in found if m.kind == "place"] == [
        ("Malang Kabupaten", "Kabupaten Malang"),
        ("Kediri Kabupaten", "Kabupaten Kediri"),
    ]
    # The city stays the city, with its head before or after it.
    found = linking.extract_mentions("", "Warga Kota Malang dan Malang Kota bersiaga.")
    assert {m.name for m in found if m.kind == "place"} <= {"Malang"}


def test_a_name_after_a_persons_noun_and_bernama_is_a_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "ibu rumah tangga bernama Melvine Love" gave no mention.
    tagger = _WordTagger({"Sukamaju": "B-LOC"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Ia anak dari ibu rumah tangga bernama Marlina Tobing asal Medan.")
    assert found.get("Marlina Tobing") == {"person"}
    found = _kinds("Polisi menangkap seorang pria bernama Darto Sumarno kemarin.")
    assert found == {"Darto Sumarno": {"person"}}
    # After a place's or a company's noun the name is that place's or that company's.
    assert _kinds("Ia tinggal di desa bernama Sukamaju.") == {"Sukamaju": {"place"}}


def test_a_persons_opponent_is_a_person_where_the_tagger_read_a_club_or_a_town(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Round 24's leftover: the fighter "Conor McGregor" read as a place, then as a club
    # after "melawan".
    labels = {"Rizal": "B-PER", "Fadilah": "I-PER", "Dermot": "B-LOC", "Keane": "I-LOC"}
    alone = {("Dermot", "Keane"): ["B-LOC", "I-LOC"], ("Sinar", "Jaya"): ["B-ORG", "I-ORG"]}
    tagger = _AloneTagger({**labels, "Sinar": "B-ORG", "Jaya": "I-ORG"}, alone)
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Laga Rizal Fadilah melawan Dermot Keane berakhir di ronde ketiga.")
    assert found == {"Rizal Fadilah": {"person"}, "Dermot Keane": {"person"}}
    # A club a coach's team meets stays the club, and so does a club's opponent.
    found = _kinds("Pelatih Rizal Fadilah menghadapi Sinar Jaya pekan depan.")
    assert found.get("Sinar Jaya") == {"organisation"}
    tagger.labels.update({"Persitara": "B-ORG"})
    found = _kinds("Persitara melawan Dermot Keane berakhir imbang.")
    assert found.get("Dermot Keane") == {"organisation"}
    found = _kinds("Tim asuhan Rizal Fadilah kalah dari Dermot Keane pekan lalu.")
    assert found.get("Dermot Keane") == {"organisation"}


def test_a_title_word_inside_an_association_opened_by_himpunan_stays_in_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Found this round: "Ketua Himpunan Pengusaha Muda Indonesia" gave an organisation
    # "Muda Indonesia" (``Pengusaha`` is a title word, and the name grew from Indonesia).
    labels = {"Himpunan": "B-ORG", "Pengusaha": "I-ORG", "Muda": "I-ORG", "Indonesia": "I-ORG"}
    tagger = _WordTagger(labels)
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Ketua Himpunan Pengusaha Muda Indonesia cabang Medan hadir.")
    assert found.get("Himpunan Pengusaha Muda Indonesia") == {"organisation"}
    assert "Muda Indonesia" not in found


def test_a_name_alone_in_parentheses_in_a_list_of_bracketed_persons_is_a_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "Tegar (Rossa), ..., Kembali (Anggun), dan ... (Marshanda)" gave no
    # mention for the three singers the tagger left out between two it read.
    labels = {
        "Dewi": "B-PER",
        "Lestari": "I-PER",
        "Yuni": "B-PER",
        "Ratna": "B-PER",
        "Sari": "I-PER",
    }
    tagger = _WordTagger(labels)
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    body = (
        "Album itu memuat Rindu (Dewi Lestari), Hujan Sore (Yuni), Pulang (Kirana), "
        "Cahaya (Ratna Sari), dan Lagu Untuk Ibu Tercinta (Melati)."
    )
    found = _kinds(body)
    assert found == {
        "Dewi Lestari": {"person"},
        "Yuni": {"person"},
        "Kirana": {"person"},
        "Ratna Sari": {"person"},
        "Melati": {"person"},
    }
    # One person bracketed is no list of them, nor are codes after companies.
    assert _kinds("Ia menyanyikan Rindu (Dewi Lestari) dan Pulang (Kirana).") == {
        "Dewi Lestari": {"person"}
    }
