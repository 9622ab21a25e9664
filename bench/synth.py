"""Deterministic synthetic Indonesian news articles, for benchmarks at any scale.

Article ``i`` depends only on ``(seed, i)``: a 10,000-article corpus is the prefix of the
100,000-article one, and any article can be regenerated alone. Sentences keep the shape of
the bundled seed sentences (their function words, punctuation and lengths); every other
slot is refilled:

* content words from a Zipf law over an open vocabulary (the seeds' own content words
  first, then Sastrawi's root words, derived forms, and invented words without end), mixed
  with a per-article topic so that words cluster in articles as they do in news;
* names from a Zipf law over an open list of people, organisations and places, each
  article with its own small cast (a full name first, the short form later);
* numbers, amounts, percentages and years; and a dateline with a weekday-led date.

So the vocabulary, the names and the numbers keep growing with the corpus, as they do in a
real archive, instead of the few thousand seed words repeating in every article.

    python bench/synth.py OUT --count 10000 [--seed 0]
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO / "seeds"
FILES_PER_FOLDER = 1000
#: Zipf-Mandelbrot shapes: weight r**-s up to a knee, r**-tail past it. Words follow s ~ 1
#: in their head; the steeper tail gives Heaps' law V ~ n**(1/tail), fitted to IndoSum
#: (25,000 word types in 1,000 articles, 46,000 in 3,463: beta ~ 0.5).
WORD_SHAPE = (1.0, 5000, 1.75)
ENTITY_SHAPE = (1.0, 300, 1.6)
#: Open vocabularies are cut here; far beyond what 100,000 articles can exhaust.
MAX_WORD_RANK = 2_000_000
MAX_ENTITY_RANK = 500_000
#: Share of content slots filled from the article's topic words (burstiness).
TOPIC_SHARE = 0.35
TOPIC_WORDS = 24
FIRST_DATE = dt.date(2015, 1, 1)
DAYS_SPANNED = 3650


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


#: Words kept literally in sentence templates: the grammar, not the content.
FUNCTION_WORDS = frozenset(
    _words(
        """
    yang dan di ke dari untuk dengan pada ini itu akan tidak juga dalam oleh atau karena
    sebagai bahwa telah sudah masih bisa dapat harus ada adalah ia dia mereka kami kita
    saya anda lebih sangat para se tersebut namun tetapi tapi jika bila saat ketika setelah
    sebelum hingga sampai seperti antara tentang agar supaya maka pun lagi hanya belum
    sedang baru serta bagi atas bawah yaitu yakni kepada terhadap secara tanpa sejak
    bukan apa siapa mana bagaimana mengapa kenapa sendiri semua setiap beberapa banyak
    sebuah seorang salah satu dua tiga kata ujar menurut
        """
    )
)
#: Names are common Indonesian given and family names; more are invented past their product.
GIVEN_NAMES = _words(
    """
    Budi Siti Agus Dewi Eko Sri Joko Rina Andi Ayu Bambang Fitri Dedi Lestari Hendra Wati
    Rudi Yuni Teguh Indah Ahmad Nur Wahyu Putri Slamet Ratna Yusuf Maya Hadi Dian Arief
    Sari Irfan Nanda Fajar Ningsih Bayu Kartika Gilang Mega Rizky Anisa Dimas Novi Reza
    Tika Surya Laila Taufik Citra Yoga Wulan Hasan Intan Gunawan Rahma Ilham Tari Bagus
    """
)
FAMILY_NAMES = _words(
    """
    Santoso Wijaya Saputra Hidayat Nugroho Kusuma Pratama Siregar Nasution Harahap Lubis
    Simanjuntak Sinaga Hutapea Tanjung Rahman Hakim Setiawan Gunadi Halim Susanto Wibowo
    Purnomo Utomo Sulistyo Prasetyo Permana Suryadi Mahendra Firmansyah Ramadhan Syahputra
    Pangaribuan Manurung Sitompul Tambunan Batubara Daulay Rangkuti Pohan Wirawan Hartono
    Kurniawan Handoko Tirtayasa Adiwijaya Sasmita Wardhana Hamzah Latief Maulana Fauzi
    """
)
PLACES = _words(
    """
    Jakarta Surabaya Bandung Medan Semarang Makassar Palembang Denpasar Yogyakarta Malang
    Padang Pekanbaru Pontianak Banjarmasin Manado Balikpapan Samarinda Jayapura Kupang
    Mataram Ambon Kendari Palu Jambi Bengkulu Cirebon Bogor Depok Bekasi Tangerang Solo
    Batam Serang Sorong Ternate Gorontalo Mamuju Tarakan Merauke Lampung Aceh Papua Bali
    """
)
ORGANISATION_PATTERNS = (
    "PT {} Tbk",
    "Bank {}",
    "Universitas {}",
    "Partai {}",
    "Yayasan {}",
    "Grup {}",
    "Kementerian {}",
    "Pemerintah Kota {}",
)
OUTLETS = ("warta.id", "kabarnusa.com", "beritaku.co.id", "harian.id", "suarakota.com")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
PREFIXES = ("me", "mem", "men", "meng", "ber", "di", "ter", "pe", "per", "ke", "se")
SUFFIXES = ("kan", "an", "i", "nya", "lah")
ONSETS = ("b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y", "ng")
VOWELS = ("a", "i", "u", "e", "o", "a", "i", "u")
CODAS = ("", "", "", "n", "ng", "r", "t", "k", "s", "l", "h")

_TOKEN = re.compile(r"\d+(?:[.,/:]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Slot:
    """One piece of a sentence template: a literal, or a kind of word to draw."""

    kind: str  # "literal", "word", "name", "place", "number"
    text: str
    space_before: bool
    capital: bool = False


Template = tuple[Slot, ...]


@dataclass(frozen=True)
class Entity:
    """An invented entity: ``short`` is how later mentions in an article refer to it."""

    name: str
    short: str
    kind: str


def seed_paragraphs(seeds_dir: Path = SEEDS_DIR) -> list[str]:
    """The body paragraphs of the seed articles (title line and short lines left out)."""
    paragraphs: list[str] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        paragraphs.extend(line for line in lines[1:] if len(line.split()) >= 12)
    return paragraphs


def split_sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])", paragraph) if s]


def make_template(sentence: str) -> Template:
    """Function words and punctuation stay; names, numbers and content words become slots."""
    slots: list[Slot] = []
    previous_end = 0
    for position, match in enumerate(_TOKEN.finditer(sentence)):
        token = match.group()
        space = match.start() > previous_end
        previous_end = match.end()
        lowered = token.lower()
        if not token[0].isalnum():
            slots.append(Slot("literal", token, space))
        elif token[0].isdigit():
            slots.append(Slot("number", "", space))
        elif lowered in FUNCTION_WORDS:
            slots.append(Slot("literal", lowered, space, capital=position == 0))
        elif token[0].isupper() and position > 0:
            if slots[-1].kind in ("name", "place"):
                continue  # a multi-word name is one slot
            kind = "place" if slots[-1].text in ("di", "ke", "dari") else "name"
            slots.append(Slot(kind, "", space))
        else:
            slots.append(Slot("word", "", space, capital=position == 0))
    return tuple(slots)


def _zipf_cumulative(size: int, shape: tuple[float, int, float]) -> list[float]:
    """Cumulative weights of ranks 1..size under a two-slope Zipf law, continuous at the knee."""
    head, knee, tail = shape
    scale = knee ** (tail - head)
    return list(
        itertools.accumulate(
            rank**-head if rank <= knee else scale * rank**-tail for rank in range(1, size + 1)
        )
    )


def _sastrawi_roots() -> list[str]:
    try:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    except ImportError:  # pragma: no cover - PySastrawi is a dependency of warta
        return []
    return sorted(word for word in StemmerFactory().get_words() if word.isalpha())


def invented_word(rng: random.Random, syllables: int) -> str:
    return "".join(
        rng.choice(ONSETS) + rng.choice(VOWELS) + (rng.choice(CODAS) if i == syllables - 1 else "")
        for i in range(syllables)
    )


class Lexicon:
    """The open vocabularies and the templates, shared by every article of one seed."""

    def __init__(self, seed: int = 0, seeds_dir: Path = SEEDS_DIR) -> None:
        self.seed = seed
        paragraphs = seed_paragraphs(seeds_dir)
        sentences = [s for p in paragraphs for s in split_sentences(p)]
        self.templates = tuple(t for t in map(make_template, sentences) if len(t) >= 6)
        counts = Counter(
            token
            for sentence in sentences
            for token in (m.group() for m in _TOKEN.finditer(sentence))
            if token.isalpha() and token.islower() and token not in FUNCTION_WORDS
        )
        seed_words = [word for word, _ in counts.most_common()]
        roots = _sastrawi_roots()
        random.Random(f"{seed}:roots").shuffle(roots)
        known = set(seed_words)
        self._known_words = seed_words + [root for root in roots if root not in known]
        self._word_weights = _zipf_cumulative(MAX_WORD_RANK, WORD_SHAPE)
        self._entity_weights = _zipf_cumulative(MAX_ENTITY_RANK, ENTITY_SHAPE)
        self._entities: dict[int, Entity] = {}

    def word(self, rank: int) -> str:
        """The content word of a rank: known words first, then derived and invented ones."""
        known = len(self._known_words)
        if rank < known:
            return self._known_words[rank]
        rng = random.Random(f"{self.seed}:word:{rank}")
        if rank < 3 * known:  # an affixed form of a known root
            root = self._known_words[rank % known]
            return rng.choice(PREFIXES) + root + rng.choice(SUFFIXES)
        return invented_word(rng, rng.choice((2, 2, 3, 3, 4)))

    def word_ranks(self, rng: random.Random, count: int) -> list[int]:
        return _draw(rng, self._word_weights, count)

    def entity(self, rank: int) -> Entity:
        """The entity of a rank; ranks are dealt round to persons, organisations, places."""
        if rank not in self._entities:
            self._entities[rank] = self._make_entity(rank)
        return self._entities[rank]

    def _make_entity(self, rank: int) -> Entity:
        rng = random.Random(f"{self.seed}:entity:{rank}")
        kind = ("person", "person", "organisation", "place")[rank % 4]
        if kind == "person":
            given = rng.choice(GIVEN_NAMES)
            if rank >= 4 * len(GIVEN_NAMES) * len(FAMILY_NAMES):
                family = invented_word(rng, 3).capitalize()
            else:
                family = rng.choice(FAMILY_NAMES)
            return Entity(f"{given} {family}", family, kind)
        if kind == "place":
            place = PLACES[rank // 4] if rank // 4 < len(PLACES) else None
            place = place or f"{rng.choice(('Kabupaten', 'Kota', 'Desa'))} {_proper(rng)}"
            return Entity(place, place, kind)
        core = _proper(rng)
        return Entity(rng.choice(ORGANISATION_PATTERNS).format(core), core, kind)

    def entity_ranks(self, rng: random.Random, count: int) -> list[int]:
        return _draw(rng, self._entity_weights, count)


def _proper(rng: random.Random) -> str:
    return invented_word(rng, rng.choice((2, 3))).capitalize()


def _draw(rng: random.Random, cumulative: Sequence[float], count: int) -> list[int]:
    total = cumulative[-1]
    return [bisect.bisect_left(cumulative, rng.random() * total) for _ in range(count)]


def _number(rng: random.Random) -> str:
    form = rng.randrange(6)
    if form == 0:
        scale = rng.choice(("juta", "miliar", "triliun"))
        return f"Rp {rng.randint(1, 999)},{rng.randint(1, 9)} {scale}"
    if form == 1:
        return f"{rng.randint(1, 99)},{rng.randint(0, 9)} persen"
    if form == 2:
        return str(rng.randint(1990, 2024))
    if form == 3:
        return f"{rng.randint(1, 999)}.{rng.randint(0, 999):03d}"
    return str(rng.randint(2, 500))


def article_date(seed: int, index: int) -> dt.date:
    return FIRST_DATE + dt.timedelta(
        days=random.Random(f"{seed}:date:{index}").randrange(DAYS_SPANNED)
    )


class _ArticleWriter:
    """Fills templates for one article: its topic words, its cast, its numbers."""

    def __init__(self, lexicon: Lexicon, index: int) -> None:
        self.lexicon = lexicon
        self.rng = random.Random(f"{lexicon.seed}:article:{index}")
        self.topic = [lexicon.word(rank) for rank in lexicon.word_ranks(self.rng, TOPIC_WORDS)]
        cast = sorted(set(lexicon.entity_ranks(self.rng, self.rng.randint(3, 7))))
        self.cast = [lexicon.entity(rank) for rank in cast]
        self.places = [e for e in self.cast if e.kind == "place"] or [lexicon.entity(3)]
        self.named: set[str] = set()
        self.index = index

    def _content_word(self) -> str:
        if self.rng.random() < TOPIC_SHARE:
            return self.rng.choice(self.topic)
        return self.lexicon.word(self.lexicon.word_ranks(self.rng, 1)[0])

    def _mention(self, entity: Entity) -> str:
        if entity.name in self.named:
            return entity.short
        self.named.add(entity.name)
        return entity.name

    def sentence(self, template: Template) -> str:
        parts: list[str] = []
        for slot in template:
            if slot.kind == "literal":
                text = slot.text
            elif slot.kind == "word":
                text = self._content_word()
            elif slot.kind == "number":
                text = _number(self.rng)
            elif slot.kind == "place":
                text = self._mention(self.rng.choice(self.places))
            else:
                text = self._mention(self.rng.choice(self.cast))
            if slot.capital:
                text = text[:1].upper() + text[1:]
            parts.append((" " if slot.space_before and parts else "") + text)
        return "".join(parts)

    def title(self) -> str:
        lead = self.cast[0]
        words = [w.capitalize() for w in self.rng.sample(self.topic, self.rng.randint(2, 5))]
        tail = f" di {self.places[0].short}" if self.rng.random() < 0.4 else ""
        return f"{lead.name} {' '.join(words)}{tail}"

    def text(self) -> str:
        when = article_date(self.lexicon.seed, self.index)
        dateline = (
            f"{self.places[0].short.upper()}, {self.rng.choice(OUTLETS)} - "
            f"{WEEKDAYS[when.weekday()]} ({when.day}/{when.month}/{when.year}), "
        )
        paragraphs: list[str] = []
        for number in range(max(3, int(self.rng.lognormvariate(2.2, 0.4)))):
            count = self.rng.choice((1, 2, 2, 3, 3, 4))
            body = " ".join(
                self.sentence(self.rng.choice(self.lexicon.templates)) for _ in range(count)
            )
            paragraphs.append(dateline + body if number == 0 else body)
        return self.title() + "\n\n" + "\n\n".join(paragraphs) + "\n"


def article_text(lexicon: Lexicon, index: int) -> str:
    """The text of article ``index`` (a title line, then paragraphs separated by blank lines)."""
    return _ArticleWriter(lexicon, index).text()


def article_path(root: Path, index: int) -> Path:
    """Articles go 1,000 to a folder, as archives usually split them."""
    return root / f"{index // FILES_PER_FOLDER:04d}" / f"a{index:07d}.txt"


def generate(root: Path, count: int, seed: int = 0, start: int = 0) -> Iterator[Path]:
    """Write articles ``start .. count-1`` under ``root``; yields each path written."""
    lexicon = Lexicon(seed)
    for index in range(start, count):
        path = article_path(root, index)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text(lexicon, index), encoding="utf-8")
        yield path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the articles into")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    written = sum(1 for _ in generate(args.out, args.count, args.seed))
    print(f"{written} articles written under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
