"""Site furniture is removed from every seed, and the real sentences around it stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from warta.search.boilerplate import (
    Rule,
    compile_rules,
    is_headline,
    parse_rules,
    separate_body,
)
from warta.search.model import Article
from warta.search.reader import CorpusFile, read_file

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def read_seed(stem: str) -> Article:
    path = SEEDS / f"{stem}.txt"
    status = path.stat()
    result = read_file(CorpusFile(SEEDS, str(path), stem, status.st_size, status.st_mtime_ns))
    assert result.warnings == []
    (article,) = result.articles
    return article


# For each seed: lines that must be gone, and real sentences next to them that must stay.
CASES = {
    "000_57ce1d9c2516dadd": (
        ["AP Photo/Francois Mori", "Baca Juga", "BACA JUGA: Ikuti Serial", "Berita Terpopuler"],
        [
            "Meski sempat mengkritik keras, CEO Twitter Elon Musk justru",
            "Bulan lalu, Musk bahkan menandatangani surat terbuka",
            "Tapi, di sisi lain, Musk tampaknya tetap akan melanjutkan proyek AI-nya sendiri.",
            "kemudian berubah setelah dia mengintegrasikannya ke dalam salah satu model bisnisnya",
        ],
    ),
    "001_6e86bfa91c2c7f27": (
        ["Baca Juga:", "Elon Musk Mendadak Beli GPU", "Fitur Terbaru Whats App"],
        [
            "kekurangan dana dari Musk.",
            "Meskipun Altman digambarkan oleh laporan tersebut sebagai CEO filantropis",
            "dari mantan mitranya sekaligus saingannya.",
        ],
    ),
    "002_c0de79780e8f4f90": (
        ["AA", "Text Sizes", "Medium", "Large", "Larger", "Berita Terkini"],
        [
            "Bos Tesla Elon Musk dan CEO OpenAI Sam Altman.",
            "TRIBUNMANADO.CO.ID",
            "termasuk salah satu gambar Trump yang berlumuran darah. (Tribun)",
        ],
    ),
    "003_1e43ee1f4da0086e": (
        ["Post a Comment for"],
        ["inovasi, profit, dan kepentingan publik."],
    ),
    "004_5a1b6cf5f990128b": (
        [
            "REKOMENDASI",
            "ARTIKEL TERKAIT",
            "BACA JUGA",
            "TINGGALKAN KOMENTAR",
            "Silakan masukkan",
            "ARTIKEL TEKINI",
            "HARGA DAN SPESIFIKASI",
        ],
        [
            "Telset.id, Jakarta – Elon Musk, CEO Tesla dan X",
            "mulai langka.",
            "“Secara praktis, kita telah menghabiskan semua pengetahuan manusia",
            "untuk menghindari dampak negatif.",
            "Sementara itu, langkah X untuk mengembangkan dan memperluas aksesibilitas Grok",
            "masih menjadi pertanyaan besar di masa depan teknologi.",
        ],
    ),
}


@pytest.mark.parametrize("stem", sorted(CASES))
def test_seed_boilerplate_is_gone_and_sentences_stay(stem: str) -> None:
    gone, kept = CASES[stem]
    article = read_seed(stem)
    paragraphs = article.body.split("\n\n")
    for line in gone:
        assert not any(p.startswith(line) or p == line for p in paragraphs), line
    for sentence in kept:
        assert sentence in article.body, sentence


def test_bare_label_drops_the_headline_on_the_next_line() -> None:
    paragraphs = [
        "Paragraf pertama berita.",
        "Baca Juga",
        "Wali Kota Resmikan Pasar Baru",
        "Akhir.",
    ]
    assert separate_body(paragraphs).paragraphs == ["Paragraf pertama berita.", "Akhir."]


def test_bare_label_keeps_a_real_paragraph_after_it() -> None:
    paragraphs = ["Awal.", "BACA JUGA:", "Menurut warga, jalan itu rusak sejak Januari lalu."]
    assert separate_body(paragraphs).paragraphs == ["Awal.", paragraphs[2]]


def test_bracketed_related_link_is_dropped() -> None:
    paragraphs = ["Awal.", "[Baca juga: Banjir Rendam Tiga Desa]", "Akhir."]
    assert separate_body(paragraphs).paragraphs == ["Awal.", "Akhir."]


def test_cut_rest_at_the_top_only_drops_the_label() -> None:
    paragraphs = ["Berita Terkini", "Isi berita yang sebenarnya.", "Berita Terkini", "Lain"]
    assert separate_body(paragraphs).paragraphs == ["Isi berita yang sebenarnya."]


def test_real_paragraphs_resembling_furniture_are_kept() -> None:
    paragraphs = [
        "Medium itu dipakai pelukis sejak abad ke-19.",
        "Foto bersama digelar di aula.",
        "Gencatan senjata berlaku mulai malam ini, kata pejabat itu. (Antara/Reuters)",
    ]
    assert separate_body(paragraphs).paragraphs == paragraphs


@pytest.mark.parametrize(
    "caption",
    [
        "Foto: Dok. Humas Pemkot",
        "Warga melintasi banjir di Jalan Sudirman. (ANTARA FOTO/Nama Fotografer/abc)",
        "Reuters/Nama Fotografer",
    ],
)
def test_photo_credits_are_dropped(caption: str) -> None:
    assert separate_body(["Awal.", caption, "Akhir."]).paragraphs == ["Awal.", "Akhir."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wali Kota Resmikan Pasar Baru", True),
        ('Altman: "Musk Pengganggu"', True),
        ("Warga mengeluh.", False),
        ("Ia bertanya, “Kapan selesai?”", False),
        (" ".join(["kata"] * 20), False),
    ],
)
def test_headline_shape(line: str, expected: bool) -> None:
    assert is_headline(line) is expected


def test_rules_can_be_extended_as_data() -> None:
    rules = parse_rules({"rules": [{"pattern": "iklan", "action": "drop", "why": "ad marker"}]})
    assert rules == (Rule("iklan", "drop", "ad marker"),)
    assert separate_body(["IKLAN", "Teks."], compile_rules(rules)).paragraphs == ["Teks."]


@pytest.mark.parametrize(
    "document",
    [
        {},
        {"rules": [{"pattern": "x", "action": "explode"}]},
        {"rules": [{"pattern": "(", "action": "drop"}]},
    ],
)
def test_bad_rule_files_fail_at_load_time(document: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="boilerplate rule"):
        parse_rules(document)


def test_what_a_comment_section_cuts_is_counted_not_silent() -> None:
    """B29: text after "Post a Comment for …" went without a word, even a real paragraph."""
    paragraphs = [
        "Awal berita.",
        "Post a Comment for Judul Berita",
        "Paragraf yang panjang dan nyata, dengan kalimat yang berakhir dengan titik.",
    ]
    body = separate_body(paragraphs)
    assert body.paragraphs == ["Awal berita."]
    assert body.left_out == 1
    assert tuple(map(str, body.notices())) == (
        "1 paragraph after “Post a Comment for Judul Berita” left out as page furniture",
    )
    assert separate_body(["Awal berita.", "Akhir."]).notices() == ()
