"""Who said what: quotations in an article attributed to a person or organisation.

Rules, not a model: Indonesian news attributes speech in a few fixed shapes (``"...," kata
X``; ``X mengatakan, "..."``; ``X mengatakan bahwa ...``), and a wrong speaker is worse
than none, so a quote whose speaker is not found by those shapes is returned without one.
Pronouns (``ia``, ``dia``, ``-nya``) go to a person only when the nearest sentence naming
people (at most ``MAX_PRONOUN_SENTENCES`` back) names one (in an earlier sentence, as its
subject or speaker), or several of whom one is the speaker or the subject; people named
inside quotation marks are spoken about and never count. A quotation with no cue of its own
continues the attributed quotation next to it.

Cost is linear in the text: each pattern scans it once with bounded windows, and speakers
are found by bisecting the sorted mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from warta.search.entities.features import split_sentences, tokenize
from warta.search.entities.names import CALLED_CUES, NEVER_ENTITIES, RANK_WORDS, TITLE_WORDS
from warta.search.model import Mention

#: Entity kinds that speak.
SPEAKER_KINDS = frozenset({"person", "organisation"})
#: The longest quotation taken, in characters: a longer "quote" is an unmatched mark.
MAX_QUOTE_CHARS = 1000
#: How far after ``kata``/``ujar`` the speaker's name may start (``kata CEO OpenAI Sam
#: Altman``), in characters.
SPEAKER_AFTER_CHARS = 120
#: How many sentences back a pronoun's referent is looked for: a speaker's quotations run
#: on for a few sentences after the one naming them, and no further is a guess.
MAX_PRONOUN_SENTENCES = 4
#: How many sentences after an attributed quotation a pronoun no nearer person explains
#: (``"...," ujarnya`` after a stretch of narration) is still that quotation's speaker.
MAX_SPEAKER_SENTENCES = 10

_OPEN = '"“'
_CLOSE = '"”'
_DIRECT_RE = re.compile(rf"[{_OPEN}](?P<text>[^\"“”\n]{{1,{MAX_QUOTE_CHARS}}})[{_CLOSE}]")
#: Words that attribute speech next to them: ``"...," kata X``, ``Meski begitu, kata X, ...``;
#: written and answered speech too (``," tulis X di Twitter``, ``cuit``, ``jawab``): the
#: words IndoSum puts most often right after a closing quotation mark.
_CUE_WORDS = (
    "kata|ujar|ungkap|tutur|jelas|tegas|ucap|imbuh|tambah|lanjut|papar|beber|terang|tukas"
    "|tutup|sambung|tandas|pungkas|tulis|cuit|kicau|tanya|jawab|sebut|urai|timpal|kenang"
)
#: A pronoun after a cue word: ``," ujarnya``'s ``-nya`` aside, ``," ujar dirinya``.
_PRONOUNS = "ia|dia|dirinya|beliau"
#: Passive saying verbs, the speaker after them: ``Hal senada diungkapkan Deny``,
#: ``penghormatan juga diucapkan Johnson``, ``Indra, dikatakan Rafid, bukan ...``,
#: ``Ditambahkan Anies, ...``, ``Fakta tersebut diutarakan X``.
_SAID_BY = (
    r"di(?:ungkap|sampaikan|katakan|jelaskan|tegaskan|ucapkan|utarakan|tambahkan|paparkan"
    r"|beberkan|terangkan)\w*"
)
#: After a closing mark: ``," kata X`` / ``," ujarnya`` / ``," demikian kata X`` / ``,"
#: demikian pernyataan resmi X`` (an organisation's statement) / ``," buka X`` (opened:
#: a cue there only, elsewhere ``buka`` opens a shop or a fast).
_VERB_AFTER_RE = re.compile(
    r"\s*[,.]?\s*(?:demikian\s+(?:bunyi\s+)?pernyataan(?:\s+resmi)?"
    rf"|(?:demikian\s+)?(?:{_CUE_WORDS}|buka))(?P<nya>nya)?\b"
    rf"(?:\s+(?P<pronoun>{_PRONOUNS})\b)?",
    re.IGNORECASE,
)
#: ``menilai`` reports an opinion someone gave (``X menilai aturan itu ...``), as
#: ``berargumen`` an argument (``X berargumentasi sebaiknya ...``).
_SAYING_VERBS = (
    "mengatakan|berkata|menyatakan|menegaskan|menjelaskan|mengungkapkan|menambahkan"
    "|menuturkan|mengaku|menekankan|menilai|berargumen|berargumentasi"
)
#: Verbs that report speech only with ``bahwa`` or a comma after them: ``Trump mengakui
#: Yerusalem sebagai ibu kota`` is recognising, not saying. The verbs news puts most often
#: before ``bahwa`` (counted over IndoSum), less those of seeing and knowing; and
#: ``melanjutkan`` (went on: ``Ia melanjutkan, ...``, not ``melanjutkan studi``); and
#: opinions, excuses and guesses put the same way (``X berpendapat, ...``, ``berdalih,``,
#: ``mengemukakan bahwa``, ``menduga bahwa``; not ``berpendapat lain``).
_CLAIMING_VERBS = (
    "melanjutkan|mengklaim|mengakui|menyebutkan|menyebut|mengumumkan|memperkirakan|menyampaikan"
    "|melaporkan|mengonfirmasi|mengkonfirmasi|membenarkan|membantah|memaparkan|menerangkan"
    "|mengungkap|memastikan|menginformasikan|mengingatkan|menjamin|bersikukuh"
    "|berpendapat|berdalih|mengemukakan|mengutarakan|berkomentar|menduga|menuding"
)
#: After a closing mark, the speaker and a saying verb: ``,” dia menambahkan``,
#: ``," Budi Santoso mengatakan``; the name may follow a few capitalised title words.
_CAPITALISED = r"[A-Z][^\s,.;:!?\"“”]{0,30}"
_SUBJECT_AFTER_RE = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?P<pronoun>[Ii]a|[Dd]ia)|(?:{_CAPITALISED}\s+){{0,5}}{_CAPITALISED})"
    rf"(?:\s+(?:juga|pun|lalu|kemudian))?\s+(?P<verb>{_SAYING_VERBS}|{_CLAIMING_VERBS})\b"
)
#: A cue set off by commas inside a sentence, or opening it: ``Meski begitu, kata Idrus,
#: Novanto ...``, ``Calya varian G, jelas Henry, adalah ...``, ``Indra, dikatakan Rafid,
#: bukan ...``; not ``Sebut saja X`` (for example X).
_INSERTED_CUE_RE = re.compile(
    rf"(?:^|(?<=,)|(?<=[.!?] ))[ \t]*(?:{_CUE_WORDS}|{_SAID_BY})(?P<nya>nya)?\b(?!\s+saja\b)"
    rf"(?:\s+(?P<pronoun>{_PRONOUNS})\b)?",
    re.IGNORECASE | re.MULTILINE,
)
#: A sentence naming who said the one before it: ``Begitu kata X``, ``Begitu laporan dari
#: X``, ``Demikian disampaikan X``, ``Hal itu diungkapkan X``.
_SAID_BEFORE_RE = re.compile(
    rf"(?:(?:Begitu|Demikian)\s+(?:(?:{_CUE_WORDS})\b|laporan\b|{_SAID_BY})"
    r"|(?:Hal|Penilaian|Pernyataan|Penjelasan|Keterangan|Informasi|Fakta|Kabar|Temuan)"
    r"\s+(?:itu|ini|tersebut)"
    rf"(?:\s+(?:juga|pun))?\s+{_SAID_BY})(?:\s+(?:dari|oleh))?"
)
_SPEECH_VERB_RE = re.compile(rf"\b(?:{_SAYING_VERBS}|{_CLAIMING_VERBS})\b")
#: A saying verb right after the name a cue names (``kata Oliver menambahkan, ...``; not
#: ``tutur Arrmanatha yang membantah bahwa ...``, a claim of its own).
_CUE_VERB_RE = re.compile(rf"\s+(?P<verb>{_SAYING_VERBS}|{_CLAIMING_VERBS})\b")
#: What may come between a saying verb and its ``bahwa`` (``mengatakan pada bulan Desember
#: bahwa``, ``menegaskan kembali klaim partainya bahwa``).
_THAT_WORDS = r"[^.,;:!?\"“”\n]{0,40}?"
#: Before an opening mark: ``X mengatakan, "``, ``X menambahkan bahwa "``, and as reported
#: speech (``_THAT``) a few words before ``bahwa``: ``X menegaskan kembali klaim partainya
#: bahwa "`` (the claim was read as reported from ``kembali`` on, the quotation in it).
_VERB_BEFORE_RE = re.compile(
    rf"\b(?P<verb>{_SAYING_VERBS}|{_CLAIMING_VERBS})(?:\s*[,:]|{_THAT_WORDS}\s+bahwa)\s*$"
)
#: How far before an opening mark ``_VERB_BEFORE_RE`` looks for its verb.
VERB_BEFORE_CHARS = 100
#: A verb joined to the sentence's first one, sharing its subject: ``Dia menyebut Musk
#: "brengsek" tetapi menambahkan``.
_JOINED_VERB_RE = re.compile(r"\b(?:dan|tetapi|tapi|namun|serta|lalu|kemudian)(?:\s+[a-z]+)?\s+$")
#: A claim is a clause: two words or more, one of them lowercase (``menurut laman Gizmodo,
#: Minggu, 26 Maret 2023`` is a date, ``mengungkapkan gurauan`` an object).
_CLAIM_RE = re.compile(r"(?=.{0,80}?\b[a-z]{3,}\b)\S+\s+\S")
#: Reported speech: ``X mengatakan [pada bulan Desember] bahwa ...``, ``X menegaskan, ...``,
#: ``X mengatakan ...`` (``bahwa`` is often left out, not before a topic); not a quotation
#: mark next (that is a direct quote).
_THAT = rf"(?:{_THAT_WORDS}\bbahwa\b|\s*,)"
#: Not a claim but its topic after the verb: ``menjelaskan pertimbangan timnya ...``,
#: ``menjelaskan beberapa kemungkinan penyebab``, ``mengungkapkan sejumlah hal lucu``; nor
#: ``mengatakan hal itu dalam sambutannya`` / ``untuk menanggapi ...`` (what was said is
#: told before; not ``menjelaskan hal ini perlu dilakukan``, a claim about it); nor a
#: feeling, hope or stance of the speaker's (``mengungkapkan kegembiraannya``, ``menyatakan
#: kesiapannya untuk diperiksa``, ``mengatakan harapannya``, ``mengungkapkan rasa
#: bersalahnya``, ``menyatakan rasa syukur``), as ``merasa`` and ``memuji``
#: (not ``tekad``, ``kritik``, ``dukungan``: ``menegaskan tekadnya dengan mengatakan ...``
#: often goes on to a claim).
_TOPIC = (
    r"\s+(?:soal|tentang|mengenai|terkait|perihal|pertimbangan|kronologi)\b"
    r"|\s+(?:harapan|keinginan|kesiapan|kesediaan|kegembiraan|kebahagiaan|kebanggaan"
    r"|kegalauan|kekecewaan|keprihatinan|kekhawatiran|keyakinan|ketertarikan|kesetiaan"
    r"|perasaan|kesan|sikap|komitmen)nya\b|\s+rasa\s+(?!ingin\b)[a-z]"
    r"|(?:(?<=menjelaskan)|(?<=mengungkapkan))\s+(?:beberapa|sejumlah|berbagai)\b"
    r"|\s+(?:hal|pernyataan)\s+(?:itu|ini|tersebut)(?:\s*[.,;]|\s+(?:dalam|saat|ketika|di"
    r"|usai|seusai|setelah|sesudah|sebelum|kepada|pada|menanggapi|untuk|sambil|seraya)\b)"
)
#: A topic alone after a cue and its comma, no claim (``Budi menuturkan, soal program
#: khusus itu.``).
_TOPIC_ONLY_RE = re.compile(r"(?i:soal|tentang|mengenai|terkait|perihal)(?:\s+[^\s,;:]+){1,4}")
_REPORTED_RE = re.compile(rf"\b(?P<verb>{_SAYING_VERBS})\b(?:{_THAT}|(?!{_TOPIC}))\s+(?![\"“])")
#: Or (``clause``) a clause after a claiming verb, its modal or negation a few words on
#: (``Umuh memastikan Cole tidak mungkin dimainkan``), or a name and its verb (``Jaksa
#: menyebut Budi menerima uang``; not ``mengingatkan Budi menjaga ...``, an appeal), or
#: opening with ``ada`` (``TMZ melaporkan ada laporan ...``) or ``hanya`` (``IDC
#: memperkirakan hanya ada ...``) or a negation with its subject left out (``Dia menjamin
#: tidak pernah menerima uang``, ``membantah pernah menemui``); not ``mengingatkan warga
#: agar tidak`` (an appeal), ``mengumumkan rencana yang akan`` (a relative clause),
#: ``memastikan apakah`` (a question), nor after ``yang`` (``X, ..., yang menyebut industri AI telah
#: mencapai "peak data"`` describes X: see ``_reported_speech``).
_CLAUSE_AHEAD = (
    r"(?=\s+(?:ada|terdapat|tidak|tak|belum|pernah|hanya)\b"
    r"|(?:\s+(?!(?:yang|agar|untuk|supaya|guna|dan|jika|bila|kalau|bahwa|apakah|siapa"
    r"|kapan|bagaimana|mengapa|berapa)\b)[^\s.,;:!?\"“”]+){1,4}"
    r"\s+(?:tidak|tak|akan|bakal|sudah|telah|belum|masih|pernah|bisa|dapat|harus|mestinya"
    r"|seharusnya|semestinya|perlu|mungkin)\b"
    r"|(?<!mengingatkan)(?:\s+[A-Z][\w.-]*){1,3}\s+(?:me|ber|ter|di)[a-z]{4,}\b)"
)
_CLAIMED_RE = re.compile(
    rf"\b(?P<verb>{_CLAIMING_VERBS})(?:{_THAT}|\b(?<!melanjutkan)(?P<clause>){_CLAUSE_AHEAD})"
    r"\s+(?![\"“])"
)
_AFTER_YANG_RE = re.compile(r"\byang\s+$")
#: A wish or a plan right after a saying verb, no claim (``menyatakan memang ingin
#: mendatangkan striker``, ``mengaku masih ingin fokus``), as ``berharap`` and
#: ``menginginkan`` are not, nor is a wish not to (``mengaku enggan terjun``, ``menyatakan
#: tidak ingin melepas``, ``tak berencana``); not ``mau tidak mau`` (whatever happens), and
#: ``mengatakan tidak mau menanggapi`` says something (the criteria count it). A need
#: right after the verb (``menekankan pentingnya orang tua mengedukasi``, ``mengatakan
#: pentingnya teknologi``, ``menilai perlunya upaya``) is an appeal or a topic, as
#: ``mengimbau`` and ``menyoroti rendahnya`` are.
_WISH_RE = re.compile(
    r"(?:(?:memang|masih|sangat|tetap|juga|pun|sudah)\s+)?"
    r"(?:ingin|berharap|berencana|berniat|hendak|enggan|mau(?!\s+tidak\s+mau)"
    r"|(?:tidak|tak|belum)\s+(?:ingin|berencana|berniat)|pentingnya|perlunya)\b"
)
#: ``Menurut X, ...`` / ``menurut X ...`` / ``Menurutnya, ...`` / ``..., menurut dia, ...``.
_ACCORDING_RE = re.compile(r"\bmenurut(?:(?P<nya>nya)|\s+(?:dia|ia|beliau))?\b", re.IGNORECASE)
#: A finding of someone's a claim rests on: ``Berdasarkan data BPS, ...``, ``Dari data
#: Geekbench, ...``, ``Berdasarkan laporan New York Times, ...``.
_BASED_ON_RE = re.compile(
    r"\b(?i:berdasarkan|dari)\s+(?i:data|laporan|catatan|riset|survei|studi|penelitian"
    r"|statistik|pantauan)\b"
)
#: Data a name obtained, not its own (``data yang diperoleh CNNIndonesia.com``, ``menurut
#: keterangan tertulis yang diterima oleh kumparan``).
_OBTAINED_RE = re.compile(r"\byang\s+di(?:peroleh|dapat|himpun|terima|kumpulkan|ambil)")
#: Sources no one is named for: ``menurut beberapa penonton``, ``menurut sejumlah warga``;
#: or the one speaking or writing (``menurut saya Huawei Nova ...``: no source after it).
_UNNAMED_RE = re.compile(
    r"\s+(?:beberapa|sejumlah|banyak|para|seorang|salah\s+satu|sebagian"
    r"|(?i:saya|kami|kita|aku))\b"
)
#: A source that is a document, not one who speaks (``menurut Indeks Keamanan Pangan``,
#: ``menurut Undang-Undang Pers``).
_DOCUMENT_RE = re.compile(
    r"(?:Indeks|Laporan|Survei|Studi|Riset|Penelitian|Data|Undang|Peraturan|Keputusan)\b"
)
#: A finding naming whose it is, then what it shows: ``Data BNPB mencatat ...``,
#: ``Statistik UEFA mencatat``, ``riset The Mail pada Minggu menyebut``, ``Survei yang
#: digelar Survation pekan ini mengungkapkan``: the source speaks (``source``: where it is
#: named; a few words of time may follow it, then its verb).
_FINDING_SAYS_RE = re.compile(
    r"\b(?i:data|statistik|catatan|riset|survei|studi|penelitian|laporan|polling)"
    r"(?:\s+(?:terbaru|terakhir|terkini))?(?:\s+yang\s+di[a-z]+(?:\s+oleh)?)?\s+"
    r"(?P<source>[A-Z][^.,;:!?\"“”\n]{0,60}?),?\s+"
    r"(?P<verb>mencatat|menyebut(?:kan)?|mengungkap(?:kan)?|menunjukkan|mengklaim|melaporkan"
    r"|menyatakan|memperkirakan)\b(?:\s+bahwa\b|\s*,)?"
)
#: What may follow the source named in a finding before its verb: a few words of time
#: (``pada Minggu``, ``pekan ini``, ``think tank``), no other name.
_AFTER_SOURCE_RE = re.compile(r"(?:\s+\w+){0,3}")
#: Where a source named after ``menurut`` must have started.
ACCORDING_SOURCE_CHARS = 80
#: A source ending its sentence (``..., menurut riset YouGov.``), and the comma before it.
_ENDS_SENTENCE_RE = re.compile(r"[ \t]*(?:[.!?](?=\s|$)|\n|$)")
_COMMA_BEFORE_CUE_RE = re.compile(r",\s*$")
#: Where a sentence part ends, for the source after ``menurut``.
_SENTENCE_PART_END_RE = re.compile(r"[.;:!?\n\"“”]")
#: What may stand between a subject and its verb: a few lowercase words (``juga``,
#: ``kembali``, ``dilaporkan``), no punctuation (``Twitter Musk, mengatakan`` is not Musk's),
#: and none that ends the subject's clause: ``AMD untuk menambahkan`` is to add, ``Budi dan
#: menyatakan`` the first subject's verb, ``Politisi PDI Perjuangan itu`` a politician,
#: ``Para pemain X sempat protes karena menilai`` the players' view.
_GAP_WORD = (
    r"(?!(?:untuk|agar|supaya|guna|dan|tetapi|tapi|namun|serta|lalu|kemudian|itu|ini"
    r"|tersebut|karena|sehingga)\b)[a-z]+"
)
#: The lowercase tail of a hyphenated name the linker stops before (``Choe Myong - nam``,
#: ``Prayuth Chan - ocha``) may come first.
#: One capitalised word left of a person's name of two words or more, the linker having
#: stopped before it (``Abu Bakar Abdi``; not ``JK Rowling``, a name of its own).
_NAME_TAIL_RE = re.compile(r"[ \t]+[A-Z][a-z]{2,}\b")
_SUBJECT_GAP_RE = re.compile(rf"(?:[ \t]*-[ \t]*[a-z]+\b)?(?:\s+{_GAP_WORD}){{0,3}}\s+")
#: A relative clause after a name, going on to the verb: ``Rafinha yang ditunjuk sebagai
#: kapten saat menghadapi Hercules mengaku`` is Rafinha speaking, not the name in the
#: clause; not ``penyidik KPK yang menangani kasus itu yaitu Novel mengatakan`` (the
#: clause names the speaker), nor ``Golkar yang mencabut dukungan, Johnny menegaskan``
#: (the clause closed by a comma before the subject).
_RELATIVE_CLAUSE_RE = re.compile(
    r"\s*,?\s*yang\b(?![^.;:!?\"“”\n]*\b(?:yaitu|yakni|bernama|disapa|sapaan|alias)\b)"
    r"(?:[^.;:!?\"“”\n]*[^,.;:!?\"“”\s])?\s*"
)
#: A lowercase aside between a subject and its verb: ``Altman, sebaliknya, mengklaim``,
#: ``Elon Musk, melalui platform X (dulu Twitter) pada 11 Maret 2024, mengumumkan``.
_APPOSITION_RE = re.compile(r",\s+[a-z][^,.;:!?\"“”\n]{0,70},(?:\s+[a-z]+){0,2}\s+$")
#: An aside after the name opening a sentence, its closing comma left out: ``Sutrisno,
#: salah satu penjual cabai mengatakan``; lowercase, and not a subject of its own
#: (``Diberitakan NME, salah satu studio besar Hollywood itu mengungkapkan``).
_OPEN_APPOSITION_RE = re.compile(
    r",\s+[a-z][^A-Z,.;:!?\"“”\n]{0,60}?(?<!\bitu)(?<!\bini)(?<!\btersebut)\s+"
)
#: A title set off after the name opening a sentence, before its verb: ``Budi, Kepala
#: Dinas Pertanian Sambas mengatakan``, ``Ani, Lurah Sukamaju, menjelaskan``: the name
#: speaks, not the office or the place the title names.
_TITLE_APPOSITION_RE = re.compile(
    rf",\s+(?i:{'|'.join(sorted(TITLE_WORDS))})\b[^,.;:!?\"“”\n]{{0,60}}?,?\s+"
)
_PRONOUN_SUBJECT_RE = re.compile(r"\b(?:ia|dia)(?:\s+[a-z]+){0,3}\s+$", re.IGNORECASE)
#: Heads of descriptions that are not one person (``perusahaan tersebut``, ``putusan itu``,
#: ``memo itu``, ``Pasal ini``, ``pengumuman resmi X itu``; ``para petani ... tersebut``, a
#: group; ``Kemenangan ini``, a ``ke-...-an`` noun: a thing or an event, whereas
#: ``pe-...-an`` may be people, ``pensiunan``) or one not named (``sumber itu``, ``saksi
#: tersebut``, ``penggemar dengan nama akun X itu``, ``Seorang saksi mata di restoran
#: tersebut``: someone new).
_NOT_A_PERSON = (
    r"(?:para|sejumlah|beberapa|seorang|memo|perusahaan|pihak|lembaga|partai|organisasi|kementerian"
    r"|badan|tim|kelompok"
    r"|pemerintah|instansi|institusi|situs|laman|media|laporan|studi|penelitian|survei|data"
    r"|klub|bank|negara|kota|hal|pasangan|keduanya|mereka|iklan|spanduk|surat|putusan"
    r"|dokumen|pernyataan|rilis|unggahan|artikel|berita|pengumuman|sumber|saksi|penggemar"
    r"|warganet|netizen|pasal|ayat|aturan|peraturan|undang|regulasi"
    r"|ke(?!ponakan\b)\w*an)\b"
)
#: A description standing for someone named before, opening its sentence: ``Aktor yang lahir
#: di Jakarta, 12 Februari 1983 itu menegaskan``, ``Penata rias berusia 24 tahun itu
#: mengatakan``; ``perusahaan tersebut`` and the like are not people and could be several,
#: and a time (``Korea Utara selama ini menuding``, ``saat ini``) ends no description.
_DESCRIPTION_SUBJECT_RE = re.compile(
    rf"(?!{_NOT_A_PERSON})"
    r"[A-Z][^.;:!?\"“”\n]{0,80}\b(?<!\bselama )(?<!\bsaat )(?<!\bkali )(?<!\bhari )"
    r"(?:itu|ini|tersebut)(?:\s+(?:juga|pun|pula|lalu))?\s+$",
    re.IGNORECASE,
)
#: A description after a cue word, standing for someone named before (``," ujar pelatih
#: asal Brasil itu``, ``," tutur koordinator suporter wilayah timur ini``, ``," ujar pria
#: yang juga dosen di Jurusan Gizi Politeknik Kesehatan X ini``).
_DESCRIPTION_AFTER_RE = re.compile(
    rf"\s*(?!{_NOT_A_PERSON})[^\W\d][^.,;:!?\"“”\n]{{0,100}}?\b(?:itu|ini|tersebut)\b",
    re.IGNORECASE,
)
#: The end of the words before the name someone is called by (``yang akrab disapa``).
_CALLED_END_RE = re.compile(
    rf"\b(?:{'|'.join(sorted({cue[-1] for cue in CALLED_CUES}))})\s*[\"“]?$", re.IGNORECASE
)
#: An unnamed source after a cue (``," kata seorang sumber dari label yang mengelola X``,
#: ``," ujar sumber yang sama tentang X``): no one speaks, whoever is named after it.
_SOURCE_AFTER_RE = re.compile(r"\s*(?:(?:seorang|salah\s+satu|sebuah|para)\s+)?sumber\b")
#: A sentence opening with ``ia``/``dia``, after a connective of up to three words and its
#: comma (``Namun, dia``, ``Selain itu, dia``, ``Di sisi lain, ia``); not after a name
#: (``Kata Arzeti, dia kaget``: Arzeti speaks; ``Menurut laman Wikipedia, ia``).
_PRONOUN_OPENING_RE = re.compile(
    r"(?:\w{1,30}(?:\s+(?-i:[a-z])\w{0,29}){0,2},\s+)?(?P<pronoun>ia|dia)\b", re.IGNORECASE
)
#: A title alone as the subject, capitalised, opening the sentence or after its opening
#: clause's comma (``Mengenai tuduhan itu, Wakil Presiden menegaskan``): the one named with
#: it before; not a bench or a body (``Hakim menyatakan``, ``Jaksa``, as ``Polisi``).
_BARE_TITLE_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s))(?=[A-Z])(?!(?i:hakim|jaksa|penyidik|anggota)\s)"
    rf"(?P<title>(?i:{'|'.join(sorted(TITLE_WORDS))})"
    r"(?:\s+[A-Z][a-z]+){0,2})(?:\s+(?:juga|pun|lalu|kemudian))?\s+$",
    re.MULTILINE,
)
#: A sentence opening with someone not named who speaks (``Seorang pengguna lainnya
#: mengatakan``, ``Salah satu warga, Budi, menuturkan`` names them, not this).
_UNNAMED_SPEAKER_RE = re.compile(
    r"(?:\w{1,30}(?:\s+[a-z]\w{0,29}){0,2},\s+)?(?i:seorang|salah\s+(?:seorang|satu))"
    rf"(?:\s+[a-z]\w*){{1,4}}\s+(?:{_SAYING_VERBS}|{_CLAIMING_VERBS})\b"
)
#: A sentence opening with a pronoun's claim (``Menurutnya, isi pledoi Freddy ...``): the
#: people it names are spoken about, as those of ``Dia juga menyebut Musk ...``.
_ACCORDING_OPENING_RE = re.compile(
    r"(?:\w{1,30},?\s+)?(?:menurutnya|menurut\s+(?:dia|ia|beliau)|katanya)\b", re.IGNORECASE
)
#: A verb right after a name (a few adverbs allowed): the name is the clause's subject.
#: Indonesian verbs carry ``me-``/``ber-``/``di-``/``ter-``; the listed words look like
#: verbs and are not (``menetapkan Budi sebagai tersangka``: a role, Budi its object).
_VERB_FOLLOWS_RE = re.compile(
    r"(?:\s+(?!(?:di|ke|dari|pada|dalam|untuk|dan|atau|yang|dengan|sebagai)\b)[a-z-]+){0,2}?\s+"
    r"(?!(?:terhadap|tersebut|bersama|melalui|mengenai|menurut|terkait|termasuk|tersangka"
    r"|terdakwa|terpidana|terlapor|tergugat)\b)"
    r"(?:me|ber|di|ter)[a-z]{4,}\b"
)
#: Capitalised words right after an organisation named after a cue: the name of its
#: official, glued to it by the linker (``kata Kepala Dinas Pertanian Singkawang Budi
#: Santoso, Selasa``, ``kata Kabid Humas Polda X Komisaris Besar Budi Santoso dalam``),
#: two words at least, capitals too (``Kepala Dinas Sosial DKI Masrokhan``), then the
#: clause's end or a word of place, time or channel (``Menurut
#: Ketua Partai X Budi Santoso Tim Kajian bukanlah ...``: the claim's subject follows).
_GLUED_NAME_RE = re.compile(
    r"(?:\s+[A-Z][A-Za-z]+){2,}(?=\s*(?:[.,;:!?\"“”(\n]|$)"
    r"|\s+(?:di|dalam|kepada|pada|saat|ketika|seperti|usai|seusai|melalui|lewat|via|dari)\b)"
)
#: A title opening the words after a cue (``kata Kepala Dinas ...``).
_TITLE_OPENING_RE = re.compile(rf"\s*(?i:{'|'.join(sorted(TITLE_WORDS))})\b")
#: A bracket after a name, before its verb: an age, a short form (``Budi (45) mengaku``,
#: ``Komisi Pemberantasan Korupsi (KPK) menyatakan``).
_BRACKET_AFTER_RE = re.compile(r"[ \t]*\([^()\n]{1,30}\)")
#: A short form in brackets (``Aliansi Oposisi Nasional (NASA) menyatakan``).
_OPENING_BRACKET_RE = re.compile(r"\([ \t]*$")
_CLOSING_BRACKET_RE = re.compile(r"[ \t]*\)")
_BETWEEN_BRACKET_RE = re.compile(r"[ \t]*\([ \t]*")
#: A word making the name after it an object, not a subject; a passive verb in a relative
#: clause makes it the agent (``Aksi yang dilakukan Fatahullah itu berlangsung``).
_RANKS_BEFORE = rf"(?:\s+(?i:{'|'.join(sorted(RANK_WORDS))})\.?)*\s+$"
_ADDRESSED = "kepada|ditemui|dijumpai|dihubungi|dengan|bersama"
_OBJECT_BEFORE_RE = re.compile(rf"\b(?:{_ADDRESSED}|oleh|yang\s+di[a-z]{{3,}}){_RANKS_BEFORE}")
#: A word making the name after a cue the one addressed or accompanying, not the speaker
#: (``," tulis kerabat Echon pada keterangan foto bersama Edison``, ``kepada Goal``);
#: ``oleh`` names the speaker there (``diungkap oleh Chan``).
_ADDRESSEE_BEFORE_RE = re.compile(rf"\b(?:{_ADDRESSED}){_RANKS_BEFORE}")
#: Ranks only, between a comma and the name set off after it (``, AKBP Budi``).
_RANKS_RE = re.compile(rf"(?:\s+(?i:{'|'.join(sorted(RANK_WORDS))})\.?)*\s+")
#: What ends a name set off after a title: the clause's end, or a word of place, time or
#: channel (``, Budi, Selasa``, ``, Budi di Jakarta``; not ``, Budi memastikan``).
_SET_OFF_END_RE = re.compile(
    r"\s*(?:[.,;:!?\"“”\n]|$)"
    r"|\s+(?:di|dalam|kepada|pada|saat|ketika|seperti|usai|seusai|melalui|lewat|via|dari)\b"
)
#: Capitalised words between a title and the name it ends in.
_TITLE_WORDS_RE = re.compile(r"(?:\s+[A-Z][\w.]{0,30})*\s+")
#: An aside set off by commas, then a verb: the name before it is the subject (``Joshua
#: Shadle, pendiri dan CEO Fuelary, melakukan``).
_SET_OFF_VERB_RE = re.compile(r",\s+(?:me|ber|di|ter)[a-z]{4,}\b")
_APPOSITION_VERB_RE = re.compile(r",\s+[a-z][^,.;:!?\"“”\n]{0,70},\s+(?:me|ber|di|ter)[a-z]{4,}\b")
#: A verb in a clause of time reports nothing: ``Namun saat dia menambahkan sodium ...`` is
#: adding, ``Ketika Budi mengatakan itu, ...`` a time (``Tak heran jika Marquez mengatakan
#: bahwa ...`` is speech).
_SUBORDINATE_RE = re.compile(
    r"\b(?i:saat|ketika|sewaktu|setelah|sebelum)\s+"
    r"(?:[Ii]a|[Dd]ia|[A-Z]\S{0,30}(?:\s+[A-Z]\S{0,30}){0,3})(?:\s+[a-z]+)?\s+$"
)
#: A negation before a saying verb: nothing was said (``Budi tidak pernah mengatakan
#: kerugiannya kepada istrinya``, ``belum mau menyatakan``, ``menolak menjelaskan``).
_NEGATED_RE = re.compile(
    r"\b(?i:tidak|tak|belum|enggan|menolak|tanpa)(?:\s+(?:pernah|mau|ingin|bisa|sempat|akan))?"
    r"\s+$"
)
#: Where a name after ``kata`` stops being the speaker's: the clause's end, or a
#: demonstrative ending a description (``tulis iklan itu``, ``kata pelatih tim itu, X``).
_CLAUSE_END_RE = re.compile(r"[.,;:!?\n\"“”]")
_DEMONSTRATIVE_RE = re.compile(r"\b(?:itu|ini|tersebut)\b")
_TRAILING = ",.;: "
_LINE_END_RE = re.compile("\n")
#: ``bahwa`` right after a passive cue: no one says it (``Dalam siaran pers itu,
#: diungkapkan bahwa penghargaan diserahkan oleh pemimpin Dubai, X``: X gave, not said).
_THAT_NEXT_RE = re.compile(r"\s+bahwa\b")
_THAT_RE = re.compile(r"\bbahwa\b")
#: A line ending with a comma, before a cue opening the next: the cue attributes the line
#: before (a quotation whose closing mark was lost), not what follows it.
_AFTER_UNFINISHED_LINE_RE = re.compile(r",[ \t]*\n\s*$")
#: A name set off by commas before its verb: ``Pelatih Timnas, Fakhri Husaini, mengaku``.
_NAME_ASIDE_RE = re.compile(r",(?:\s+[a-z]+){0,2}\s+")
#: A comma before a name set off as an aside, a rank the linker leaves out of the name
#: between them (``Kapolres Boyolali, AKBP Aries Andhi, mengatakan``); not any title
#: (``Boby, Kapolsek Tambun, mengatakan`` is Boby speaking).
_COMMA_BEFORE_RE = re.compile(
    rf",(?:\s+(?:{'|'.join(sorted(RANK_WORDS | {'pol'}))})\b\.?){{0,2}}\s*$", re.IGNORECASE
)
#: Capitalised words only, from a sentence's start to a name set off by a comma before its
#: verb: the name ends its title and organisation (``Brand Manager PT Maju Jaya Budi,
#: menuturkan``), the sentence's subject; ten words at most.
_TITLED_OPENING_RE = re.compile(r"(?:[A-Z][\w.&-]*\s+){1,10}")
#: The channel between a subject and its verb: ``Laurent Lamothe, melalui akun Twitternya
#: mengatakan``, ``X melalui keterangan tertulis menyatakan``.
_THROUGH_RE = re.compile(r",?\s+(?:melalui|lewat|via)\s+[a-z][^.,;:!?\"“”\n]{0,50}?,?\s+")
#: The word before a channel named right before a verb (``X melalui Twitter menyatakan``).
_CHANNEL_BEFORE_RE = re.compile(r"\b(?:melalui|lewat|via)\s+$")
#: Someone's relation speaking, not them: ``kuasa hukum Miryam``, ``istri Budi``, ``kakak
#: Budi``, ``pengguna Twitter lainnya`` (lowercase only for the words that are also
#: titles: ``Ibu Ani`` is Ani; ``sang istri Vicky`` is Vicky), ``dari`` and a word may
#: come between (``istri dari aktor Deddy``). Not ``juru bicara``: right
#: before a name it is that person's title (``Juru Bicara Johan Budi``).
_RELATION_RE = re.compile(
    r"(?<!sang )(?:\b(?i:kuasa\s+hukum|pengacara|tim\s+hukum|istri|suami|keluarga|kerabat"
    r"|rekan|teman|sahabat|kekasih|pacar|kubu|pendukung|simpatisan|penggemar|ajudan|asisten|pengguna"
    r"|pelanggan|nasabah)"
    r"|\b(?:ibu|ayah|kakak|adik|anak))(?:\s+dari(?:\s+[a-z]+)?)?\s+$"
)
_COMMA_AFTER_RE = re.compile(r"\s*,")
#: Between a speaker and the one they tell: ``X kepada Y mengatakan``.
_ADDRESSED_RE = re.compile(r"\s+kepada\s+")
#: Where a claim after ``menurut X`` starts: after the comma closing the source, if near.
_CLAIM_START_RE = re.compile(r"(?:[^,.;:!?\n\"“”]{0,40},)?\s*")
#: A name right before a saying verb (``X mengatakan``, ``Kapolres, X, mengatakan``), or
#: right after a cue word, ``menurut`` or a passive saying verb: the sentence's speaker.
_SAYING_FOLLOWS_RE = re.compile(
    rf"(?:\s+{_GAP_WORD}){{0,2}}?\s+(?:{_SAYING_VERBS}|{_CLAIMING_VERBS})\b"
)
_ASIDE_SAYING_RE = re.compile(rf",\s+(?:{_SAYING_VERBS}|{_CLAIMING_VERBS})\b")
#: A word making the cue word after it an adverb or a noun, no cue (``arahan lebih lanjut
#: dari Gubernur X``, ``secara jelas``, ``tindak lanjut``).
_NOT_A_CUE = "".join(
    rf"(?<!\b{word} )"
    for word in ("lebih", "secara", "tindak", "tidak", "kurang", "cukup", "sangat", "makin")
)
_CUE_BEFORE_RE = re.compile(
    rf"{_NOT_A_CUE}\b(?i:{_CUE_WORDS}|menurut|{_SAID_BY})\s+(?:[A-Z][^\s,]{{0,30}}\s+){{0,4}}$"
)
#: A speech cue earlier in a name's sentence (``kata Manager Humas Daop 8 Surabaya, Gatut``,
#: ``Hal senada diungkapkan Deny``): the one person named there speaks.
_SPOKEN_BY_RE = re.compile(
    rf"{_NOT_A_CUE}\b(?i:{_CUE_WORDS}|menurut|{_SAID_BY})\b"
    r"[^.!?\"“”\n]{0,100}$"
)
#: What may come before a sentence's subject: a connective and a few title words
#: (``Namun, Altman``, ``Meski demikian, Liliyana``, ``Sedang Sambo``); not a noun the
#: name belongs to (``Bergabungnya Idrus``, ``Keinginan Megawati``, ``Pernyataan Budi``:
#: ``-nya``, ``ke-/pe-...-an``).
_SENTENCE_OPENING_RE = re.compile(
    r"(?:[A-Z]\w{0,30}(?:\s+[a-z]\w{0,15})?,\s+|(?!\w*nya\s|(?:Ke|Pe)(?!mudian\s)\w*an\s)[A-Z]\w{0,30}\s+){0,3}"
)
#: A name paired with another (``Budi dan Ani hadir``): neither is the subject alone.
#: Between two names joined as one subject (``Samsung dan LG``).
_JOINED_PAIR_RE = re.compile(r"\s+(?:dan|serta)\s+")
#: Between two names of a list (``Dias, Taufiq``).
_LISTED_RE = re.compile(r"\s*,\s*")
_PAIRED_RE = re.compile(r"\s*(?:,|dan\b|atau\b|serta\b|bersama\b)")
#: The end of a sentence of reported speech, then a quotation opening the next (in the
#: same paragraph or the next).
_NEXT_QUOTE_RE = re.compile(r"[.!?]?\s*[\"“]\s*")
#: What may stand between two paragraphs of one speaker's quotation.
_BETWEEN_QUOTES_RE = re.compile(r"[ \t,.]*\n\s*")
#: The rest of a quotation's paragraph (its cue, one sentence), then the next paragraph or
#: the next sentence of the same one (``“...,” ujarnya kepada wartawan. “...”``).
_PARAGRAPH_AFTER_RE = re.compile(r"[^\n.!?\"“”]{0,200}(?:[.!?][ \t]*|[ \t]*\n)\s*")


@dataclass(frozen=True)
class Quote:
    """One quotation in ``body``: ``text`` is ``body[start:end]``, marks excluded.

    ``speaker`` is the speaking entity's key as the mentions carry it, or None when the
    attribution was not certain; ``kind`` is ``direct`` or ``reported``.
    """

    start: int
    end: int
    text: str
    speaker: str | None
    kind: str


def _middle_names_as_full(mentions: list[Mention]) -> list[Mention]:
    """``mentions``, a one-word person the linker keyed as nothing but that word given the
    key of the one longer name in the article it is a middle word of (``Argo`` after
    ``Raden Prabowo Argo Yuwono``: a middle name the linker does not know). First and last
    words, and a word the linker resolved to someone (``Bambang``: Bambang Soesatyo, not
    Susilo Bambang Yudhoyono), stay the linker's."""
    middles: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.surface.split() if mention.kind == "person" else []
        for word in words[1:-1]:
            middles.setdefault(word, set()).add(mention.key)
    resolved = []
    for mention in mentions:
        keys = middles.get(mention.surface, set())
        if mention.kind == "person" and mention.key == mention.surface.lower() and len(keys) == 1:
            mention = replace(mention, key=next(iter(keys)))
        resolved.append(mention)
    return resolved


class _Speakers:
    """The body's person and organisation mentions, sorted, with sentence bounds."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.mentions = _middle_names_as_full(
            sorted(
                (m for m in mentions if m.field == "body" and m.kind in SPEAKER_KINDS),
                key=lambda m: m.start,
            )
        )
        self.starts = [m.start for m in self.mentions]
        self.ends = [m.end for m in self.mentions]
        #: Each word of a person's name, and the mentions that name has.
        self.person_words: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            for word in mention.surface.split() if mention.kind == "person" else ():
                self.person_words.setdefault(word, []).append(mention)
        tokens = tokenize(text)
        self.sentence_starts = [tokens[first].start for first, _ in split_sentences(text, tokens)]
        self.line_starts = [0, *(found.end() for found in _LINE_END_RE.finditer(text))]
        #: Spans inside quotation marks: a person named there is spoken about, not speaking.
        self.quoted = [(m.start(), m.end()) for m in _DIRECT_RE.finditer(text)]
        self.quoted_starts = [start for start, _ in self.quoted]
        self.quoted_ends = [end for _, end in self.quoted]

    def in_quotation(self, position: int) -> bool:
        index = bisect_right(self.quoted_starts, position) - 1
        return index >= 0 and position < self.quoted[index][1]

    def quotation_ends_near(self, position: int) -> bool:
        """Whether a quotation's closing mark is just before ``position`` (``”, kata``)."""
        index = bisect_right(self.quoted_ends, position) - 1
        return index >= 0 and position - self.quoted_ends[index] <= 2

    def still_speaking(self, end: int, speaker: str, position: int) -> str | None:
        """``speaker``, whose quotation ended at ``end``, if no one else is named or speaks
        from there to ``position`` (a pronoun cue: ``," ujarnya``, ``Ia melanjutkan``) and
        at most ``MAX_SPEAKER_SENTENCES`` sentences lie between; else None."""
        first = bisect_right(self.sentence_starts, end)
        if bisect_right(self.sentence_starts, position) - first > MAX_SPEAKER_SENTENCES:
            return None
        if any(m.key != speaker for m in self.people(end, position)):
            return None
        for verb in _SPEECH_VERB_RE.finditer(self.text, end, position):
            if self.in_quotation(verb.start()):
                continue
            # ``E mengakui ...``: someone the linker does not know speaks in between; ``Ia
            # mengatakan, ...`` with no one nearer is the same speaker going on.
            subject, how = self.subject_how(verb.start())
            if subject != speaker and (subject or how != "pronoun"):
                return None
        return speaker

    def line_start(self, position: int) -> int:
        """Where the line (the paragraph) holding ``position`` begins."""
        return self.line_starts[bisect_right(self.line_starts, position) - 1]

    def sentence_start(self, position: int, back: int = 0) -> int:
        """Where the sentence holding ``position`` begins, or the one ``back`` before it."""
        index = bisect_right(self.sentence_starts, position) - 1 - back
        return self.sentence_starts[index] if index >= 0 else 0

    def subject(self, verb_start: int) -> str | None:
        """The speaker named just before a verb (``Altman juga mengatakan``), or a pronoun's,
        or that of a description opening the sentence (``Pria berusia 45 tahun itu``)."""
        return self.subject_how(verb_start)[0]

    def subject_how(self, verb_start: int) -> tuple[str | None, str]:
        """``subject``, and how it was found (``name``, ``pronoun``, ``apposition``,
        ``description``, ``joined verb``): the shapes are not equally often right."""
        before = self.text[max(0, verb_start - 40) : verb_start]
        if _PRONOUN_SUBJECT_RE.search(before):
            return self.pronoun(verb_start), "pronoun"
        index = bisect_right(self.ends, verb_start) - 1
        if (
            index > 0
            and _ADDRESSED_RE.fullmatch(
                self.text, self.mentions[index - 1].end, self.mentions[index].start
            )
            and _SUBJECT_GAP_RE.fullmatch(self.text, self.mentions[index].end, verb_start)
        ):
            # ``OLX kepada DailySocial mengonfirmasi``: the one told does not speak.
            return self._person_with_title(index - 1), "name"
        mention = self.mentions[index] if index >= 0 else None
        # The name right before the verb, only lowercase words between (``Altman juga``).
        adjoining = mention is not None and bool(
            _SUBJECT_GAP_RE.fullmatch(self.text, mention.end, verb_start)
        )
        channel = (
            _CHANNEL_BEFORE_RE.search(self.text, max(0, mention.start - 10), mention.start)
            if mention is not None and adjoining
            else None
        )
        if channel:
            # ``Direktorat X melalui Twitter menyatakan``: the channel does not speak.
            return self.subject_how(channel.start())
        titled = self._titled_opening(verb_start)
        if titled:
            return titled, "opening apposition"
        if mention and self._related(mention):
            return None, "name"
        first = self._first_of_pair(index) if adjoining else None
        if first:
            # ``Samsung dan LG telah melaporkan``: the first named, as the criteria key it.
            return first.key, "name (pair)"
        head = self._relative_head(index) if adjoining else None
        if head:
            return (head.key if head.kind == "person" else None), "name (relative clause)"
        if mention and (
            adjoining
            or _THROUGH_RE.fullmatch(self.text, mention.end, verb_start)
            or (
                _NAME_ASIDE_RE.fullmatch(self.text, mention.end, verb_start)
                and _set_off(self.text, mention, self.sentence_start(verb_start))
            )
        ):
            return self._person_with_title(index), "name"
        bracketed = self._bracketed(index) if mention else None
        if bracketed and _SUBJECT_GAP_RE.fullmatch(self.text, bracketed[0], verb_start):
            return bracketed[1], "name (bracket)"
        tail = _NAME_TAIL_RE.match(self.text, mention.end) if mention else None
        if (
            mention
            and tail
            and mention.kind == "person"
            and " " in mention.surface
            and _SUBJECT_GAP_RE.fullmatch(self.text, tail.end(), verb_start)
        ):
            # ``Abu Bakar Abdi menyatakan``: the last word of a name the linker cut short.
            return mention.key, "name (tail)"
        apposition = _APPOSITION_RE.search(self.text, max(0, verb_start - 90), verb_start)
        if apposition:
            index = bisect_right(self.ends, apposition.start()) - 1
            if index >= 0 and self.mentions[index].end == apposition.start():
                return self.mentions[index].key, "apposition"
        sentence_start = self.sentence_start(verb_start)
        if (
            mention
            and _OPEN_APPOSITION_RE.fullmatch(self.text, mention.end, verb_start)
            and _SENTENCE_OPENING_RE.fullmatch(
                self.text, _after_marks(self.text, sentence_start), mention.start
            )
        ):
            return mention.key, "opening apposition"
        if _DESCRIPTION_SUBJECT_RE.fullmatch(self.text, sentence_start, verb_start) and all(
            # ``Pria yang akrab disapa Budi ini menyatakan``: the name he is called by.
            _CALLED_END_RE.search(self.text, sentence_start, m.start)
            for m in self.people(sentence_start, verb_start)
        ):
            return self.pronoun(sentence_start), "description"
        if _JOINED_VERB_RE.search(self.text, max(sentence_start, verb_start - 30), verb_start):
            return self._opening_subject(sentence_start), "joined verb"
        bare = _BARE_TITLE_RE.search(self.text, max(sentence_start, verb_start - 60), verb_start)
        if bare and not self.people(bare.start(), verb_start):
            return self._titled(bare.group("title"), sentence_start), "title"
        return None, "name"

    def _titled(self, title: str, before: int) -> str | None:
        """The one person named before ``before`` right after ``title`` (``Wakil Presiden M
        Jusuf Kalla``, then ``Wakil Presiden menegaskan``), else None."""
        ending = re.compile(rf"\b{re.escape(title)}(?:\s+[A-Z]\.?)?\s+$")
        found = {
            m.key
            for m in self.mentions[: bisect_left(self.starts, before)]
            if m.kind == "person" and ending.search(self.text, max(0, m.start - 60), m.start)
        }
        return found.pop() if len(found) == 1 else None

    def _relative_head(self, index: int) -> Mention | None:
        """The name of ``index``'s sentence a relative clause holding mention ``index``
        hangs on (``Retno Marsudi yang ikut mendampingi Jokowi``: Retno), else None."""
        sentence_start = self.sentence_start(self.starts[index])
        for before in range(index - 1, -1, -1):
            head = self.mentions[before]
            if head.start < sentence_start:
                return None
            if _RELATIVE_CLAUSE_RE.fullmatch(self.text, head.end, self.starts[index]):
                return head
        return None

    def _bracketed(self, index: int) -> tuple[int, str] | None:
        """Where the name of mention ``index`` ends with the bracket after it (``Budi (45)``,
        ``Komisi X (KX)``), and who that name is: for a short form in brackets, the
        organisation it follows (``Aliansi Oposisi Nasional (NASA)``, or NASA when the linker
        found no name before it); None when no bracket closes there, or when the name is
        the one told (``kepada kumparan (kumparan.com) mengatakan``: the one telling)."""
        mention = self.mentions[index]
        after = _BRACKET_AFTER_RE.match(self.text, mention.end)
        closing = after or _CLOSING_BRACKET_RE.match(self.text, mention.end)
        if closing is None or not (
            after or _OPENING_BRACKET_RE.search(self.text, max(0, mention.start - 3), mention.start)
        ):
            return None
        outer = self.mentions[index - 1] if index > 0 and not after else None
        if not (
            outer
            and outer.kind == "organisation"
            and _BETWEEN_BRACKET_RE.fullmatch(self.text, outer.end, mention.start)
        ):
            outer = None
        named = outer or mention
        if _OBJECT_BEFORE_RE.search(self.text, max(0, named.start - 20), named.start):
            return None
        return closing.end(), outer.key if outer else self._person_with_title(index)

    def _first_of_pair(self, index: int) -> Mention | None:
        """The first of two speakers of one kind joined by ``dan`` (``Samsung dan LG``)
        when mention ``index`` is the second, else None; not the last two of a list
        (``Dias, Taufiq dan Yandi``)."""
        if index < 1:
            return None
        first, second = self.mentions[index - 1], self.mentions[index]
        joined = _JOINED_PAIR_RE.fullmatch(self.text, first.end, second.start)
        listed = index > 1 and _LISTED_RE.fullmatch(
            self.text, self.mentions[index - 2].end, first.start
        )
        return first if joined and not listed and first.kind == second.kind else None

    def _titled_opening(self, verb_start: int) -> str | None:
        """The person opening ``verb_start``'s sentence when only their title, set off by a
        comma and naming no one, stands between them and the verb (``_TITLE_APPOSITION_RE``)."""
        opening = _after_marks(self.text, self.sentence_start(verb_start))
        index = bisect_left(self.starts, opening)
        if index >= len(self.mentions) or self.mentions[index].kind != "person":
            return None
        person = self.mentions[index]
        titled = _SENTENCE_OPENING_RE.fullmatch(
            self.text, opening, person.start
        ) and _TITLE_APPOSITION_RE.fullmatch(self.text, person.end, verb_start)
        # ``Mengutip ZDnet, Direktur Intel John Webb menyatakan``: the title's own name.
        return person.key if titled and not self.people(person.end, verb_start) else None

    def _opening_subject(self, sentence_start: int) -> str | None:
        """The subject opening a sentence: a pronoun's referent, or the name it opens with."""
        if _PRONOUN_OPENING_RE.match(self.text, sentence_start):
            return self.pronoun(sentence_start)
        index = bisect_left(self.starts, sentence_start)
        if index < len(self.mentions) and _SENTENCE_OPENING_RE.fullmatch(
            self.text, sentence_start, self.starts[index]
        ):
            return self._person_with_title(index)
        return None

    def subject_before(self, position: int, line_start: int) -> str | None:
        """The one person the sentence before ``position``'s names, if they are its subject
        and it starts on the same line at or after ``line_start`` (``Namun di mata Giggs,
        Rooney masih memiliki ...`` names two: who speaks next is not certain)."""
        start = self.sentence_start(position, back=1)
        if start < line_start or start >= self.sentence_start(position):
            return None
        people = self.people(start, position)
        if len({m.key for m in people}) != 1:
            return None
        return _subject(self.text, people, start)

    def _related(self, mention: Mention) -> bool:
        """Whether ``mention`` names the one whose relation speaks (``istri Budi``)."""
        return bool(_RELATION_RE.search(self.text, max(0, mention.start - 30), mention.start))

    def _person_with_title(self, index: int) -> str:
        """The speaker of a name that ends a title: ``Arie Christoper selaku CEO Ferrari``
        is Arie Christoper speaking, not Ferrari."""
        mention = self.mentions[index]
        if mention.kind == "organisation" and index > 0:
            before = self.mentions[index - 1]
            gap = self.text[before.end : mention.start]
            if before.kind == "person" and len(gap) <= 40 and not _CLAUSE_END_RE.search(gap):
                return before.key
        return mention.key

    def named_after(
        self,
        position: int,
        within: int = SPEAKER_AFTER_CHARS,
        stops: re.Pattern[str] = _CLAUSE_END_RE,
    ) -> Mention | None:
        """The speaker named right after ``kata``: the first person before the clause ends
        (the last of several joined by capitalised title words), else the first
        organisation (``kata CEO OpenAI Sam Altman`` is Altman's)."""
        clause_end = stops.search(self.text, position, position + within)
        limit = clause_end.start() if clause_end else position + within
        # ``," tulis iklan itu yang juga mengajak memboikot Lorde``: a description speaks.
        described = _DEMONSTRATIVE_RE.search(self.text, position, limit)
        found: list[Mention] = []
        for index in range(bisect_left(self.starts, position), len(self.mentions)):
            if self.mentions[index].start >= (described.start() if described else limit):
                break
            if not self._related(self.mentions[index]) and not _ADDRESSEE_BEFORE_RE.search(
                self.text, max(0, self.starts[index] - 30), self.starts[index]
            ):
                found.append(self.mentions[index])
        people = [m for m in found if m.kind == "person"]
        if not people and clause_end and clause_end.group() == ",":
            # ``ujar Sekjen Nasdem, Johnny Plate``: the title's organisation, then its person
            # (``terang Kapolsek Pesantren, Kompol Sucipto``: a rank may come between).
            index = bisect_left(self.starts, clause_end.end())
            if (
                index < len(self.mentions)
                and self.mentions[index].kind == "person"
                and _TITLE_WORDS_RE.fullmatch(self.text, clause_end.end(), self.starts[index])
            ):
                return self.mentions[index]
        set_off = self._set_off_after_title(position, clause_end)
        if people and set_off:
            # ``diungkap Kepala Bagian Dukcapil Kemdagri, Suciati, dalam ...``: the name set
            # off after a title speaks, whatever the linker took for a person in the title.
            return set_off
        glued = _GLUED_NAME_RE.match(self.text, found[-1].end, limit) if found else None
        if not people and glued:
            person = self._named_elsewhere(glued.group().split())
            return replace(person, start=glued.start(), end=glued.end()) if person else None
        if not people:
            return found[0] if found else None
        chosen = people[0]
        for following in people[1:]:
            # ``kata Kabid Humas Polda Metro Jaya Kombes Argo Yuwono``: a title the linker
            # took for a person, then the person.
            if not _TITLE_WORDS_RE.fullmatch(self.text, chosen.end, following.start):
                break
            chosen = following
        return chosen

    def _set_off_after_title(
        self, position: int, clause_end: re.Match[str] | None
    ) -> Mention | None:
        """The person set off by a comma after the title a cue opens with (``kata Kepala
        Dinas X Y, Budi, Selasa``; a rank may come before the name), the clause going on
        after them with no claim of their own; else None."""
        if not (
            clause_end
            and clause_end.group() == ","
            and _TITLE_OPENING_RE.match(self.text, position)
        ):
            return None
        index = bisect_left(self.starts, clause_end.end())
        if index >= len(self.mentions):
            return None
        person = self.mentions[index]
        return (
            person
            if person.kind == "person"
            and _RANKS_RE.fullmatch(self.text, clause_end.end(), person.start)
            and _SET_OFF_END_RE.match(self.text, person.end)
            else None
        )

    def _named_elsewhere(self, words: Sequence[str]) -> Mention | None:
        """The one person of the article whose name shares a word with ``words`` (a name
        the linker glued to an organisation, found apart elsewhere: ``Budi``), else None:
        the organisation is not the one who spoke."""
        found = {
            m.key: m
            for word in words
            if word.lower() not in NEVER_ENTITIES
            for m in self.person_words.get(word, ())
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def pronoun(self, position: int) -> str | None:
        """Who ``ia``/``dia``/``-nya`` at ``position`` is, or None when not certain.

        Candidates are the people named in this sentence before ``position``; when it names
        none, those of the nearest sentence before that names people and does not open with
        a pronoun (``Dia juga menyebut Musk ... Dia juga mengatakan`` is not Musk speaking),
        at most ``MAX_PRONOUN_SENTENCES`` back. One candidate in the pronoun's sentence is the
        referent, in one before only if its subject; of several, see ``_referent``; else no
        one.
        """
        sentence_start = self.sentence_start(position)
        own = self.people(sentence_start, position)
        if own:
            return _referent(self.text, own, sentence_start)
        end = sentence_start
        for back in range(1, MAX_PRONOUN_SENTENCES + 1):
            start = self.sentence_start(position, back)
            if start >= end:
                break
            if _UNNAMED_SPEAKER_RE.match(self.text, _after_marks(self.text, start)):
                # ``Seorang pengguna lainnya mengatakan ... Dia mengatakan``: the one not
                # named goes on, not someone named before.
                return None
            people = self.people(start, end)
            if people and not (
                _PRONOUN_OPENING_RE.match(self.text, start)
                or _ACCORDING_OPENING_RE.match(self.text, start)
            ):
                # One person named in a sentence before is the referent only as its
                # subject or speaker: ``Golkar mendukung Pak Jokowi. "...," katanya`` is
                # not Jokowi; ``kata Manager Humas Daop 8, Gatut. Menurutnya`` is Gatut.
                if len({m.key for m in people}) == 1 and _SPOKEN_BY_RE.search(
                    self.text, max(start, people[0].start - 100), people[0].start
                ):
                    return people[0].key
                return _subject(self.text, people, start)
            end = start
        return None

    def people(self, start: int, end: int) -> list[Mention]:
        first = bisect_left(self.starts, start)
        found = self.mentions[first : bisect_left(self.starts, end)]
        return [m for m in found if m.kind == "person" and not self.in_quotation(m.start)]


def _referent(text: str, people: Sequence[Mention], sentence_start: int) -> str | None:
    """The one person of ``people`` (named in one sentence), or of several the one who
    speaks there (``kata Idrus``, ``Idrus mengatakan``), else the one subject (followed by a
    verb), else the subject opening the sentence (``Namun, Altman menahan diri ... Musk
    mengeksploitasi``); else None."""
    if len({m.key for m in people}) == 1:
        return people[0].key
    return _subject(text, people, sentence_start)


def _speaks(text: str, mention: Mention, sentence_start: int) -> bool:
    """Whether ``mention`` (named in the sentence opening at ``sentence_start``) speaks
    there: a saying verb after it, a cue before it, or a saying verb after it set off."""
    return bool(
        _SAYING_FOLLOWS_RE.match(text, mention.end)
        or _CUE_BEFORE_RE.search(text, max(0, mention.start - 60), mention.start)
        or (_ASIDE_SAYING_RE.match(text, mention.end) and _set_off(text, mention, sentence_start))
    )


def _subject(text: str, people: Sequence[Mention], sentence_start: int) -> str | None:
    """Of ``people`` (named in one sentence), the one who speaks, else the one followed by
    a verb, else the one opening the sentence; None when that is not one person."""
    speakers = {m.key for m in people if _speaks(text, m, sentence_start)}
    if len(speakers) == 1:
        return speakers.pop()
    subjects = {
        m.key
        for m in people
        if (
            _VERB_FOLLOWS_RE.match(text, m.end)
            or _APPOSITION_VERB_RE.match(text, m.end)
            # ``Perenang Singapura, Joseph Schooling, meminta maaf``: the name set off.
            or (_SET_OFF_VERB_RE.match(text, m.end) and _set_off(text, m, sentence_start))
        )
        # ``Wakil Presiden menegaskan bahwa Presiden Joko Widodo sudah memberikan ...``:
        # the claim's subject, not the sentence's.
        and not _THAT_RE.search(text, sentence_start, m.start)
        # ``penghargaan kepada Aiptu Sutisna diberikan``: an object before a passive verb;
        # ``mantan kekasih Glenn Fredly ini menggeleng``: a relation, someone else.
        and not _OBJECT_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
        and not _RELATION_RE.search(text, max(0, m.start - 30), m.start)
    }
    if len(subjects) == 1:
        return subjects.pop()
    if not people:
        return None
    first = people[0]
    opens = _SENTENCE_OPENING_RE.fullmatch(text, sentence_start, first.start)
    paired = _PAIRED_RE.match(text, first.end)
    return first.key if opens and not paired and (not subjects or first.key in subjects) else None


def extract_quotes(text: str, mentions: Sequence[Mention]) -> list[Quote]:
    """Quotations in an article ``text`` (its body), in reading order.

    ``mentions`` are the article's (``extract_mentions`` or the store); their keys become
    the speakers. Unattributed quotes are kept with ``speaker=None`` so a caller can count
    them (reported speech is only taken with a speaker: without one, ``bahwa`` is as often
    a claim as a quote); callers listing who said what skip them.
    """
    return [quote for quote, _ in quotes_with_shapes(text, mentions)]


def quotes_with_shapes(text: str, mentions: Sequence[Mention]) -> list[tuple[Quote, str]]:
    """``extract_quotes``, each quotation with the shape that attributed it (``"," kata X``,
    ``X mengatakan ... (pronoun)``, ``menurut X``, ...), for measuring how often each shape
    is right (``bench/eval_quotes.py``)."""
    speakers = _Speakers(text, mentions)
    direct, cue_verbs = _direct_quotes(text, speakers)
    quotes = [*direct, *_reported_speech(text, speakers, cue_verbs, direct)]
    quotes.sort(key=lambda found: (found[0].start, found[0].end))
    return _continuing_reported(text, quotes)


def _continuing_reported(text: str, quotes: Sequence[tuple[Quote, str]]) -> list[tuple[Quote, str]]:
    """``quotes``, a quotation with no cue opening the sentence or paragraph after one that
    ends with reported speech taking its speaker (``Dia menambahkan bahwa ...`` then
    ``"Kami tidak mendapat informasi."``)."""
    result = list(quotes)
    for index in range(1, len(result)):
        (previous, _), (quote, shape) = result[index - 1], result[index]
        if (
            quote.speaker is None
            and shape.startswith("uncued")
            and previous.kind == "reported"
            and previous.speaker
            and _NEXT_QUOTE_RE.fullmatch(text, previous.end, quote.start)
        ):
            result[index] = (replace(quote, speaker=previous.speaker), "uncued, after reported")
    return result


@dataclass(frozen=True)
class _Attribution:
    """Who a direct quotation's own cue names; ``cued`` even when that is no one certain
    (then the quotation is not given its neighbour's speaker); ``shape``: how (see
    ``quotes_with_shapes``); ``verb``: where the saying
    verb attributing it starts (``,” dia menambahkan``, ``menambahkan bahwa “``), which
    does not report speech too; ``pronoun``: the cue is one (``," ujarnya``)."""

    speaker: str | None
    cued: bool
    shape: str
    verb: int | None = None
    pronoun: bool = False


def _direct_quotes(text: str, speakers: _Speakers) -> tuple[list[tuple[Quote, str]], set[int]]:
    """The quotations in marks, and where the saying verbs that attribute them start."""
    # Marks around no word (``"(‘«["``, blanks) hold nothing anyone said.
    matches = [
        m
        for m in _DIRECT_RE.finditer(text)
        if any(char.isalnum() for char in text[m.start("text") : m.end("text")])
    ]
    attributions = []
    last: tuple[int, str] | None = None  # where the last attributed quotation ends, its speaker
    for match in matches:
        attribution = _direct_speaker(match, speakers)
        if attribution.pronoun and attribution.speaker is None and last:
            attribution = replace(
                attribution,
                speaker=speakers.still_speaking(*last, match.start()),
                shape=f"{attribution.shape}, last speaker",
            )
        elif attribution.shape == '"," kata [description]':
            # No one has spoken yet: ``Celades tetap mengapresiasi ... " ...," tutur mantan
            # gelandang Real Madrid itu`` is the one the sentences before are about.
            attribution = replace(
                attribution,
                speaker=speakers.pronoun(match.start()),
                shape=f"{attribution.shape}, first speaker",
            )
        attributions.append(attribution)
        if attribution.speaker:
            last = (match.end(), attribution.speaker)
    names = _continued(text, matches, attributions)
    quotes = []
    for match, (name, shape) in zip(matches, names, strict=True):
        start, end = _trimmed(text, match.start("text"), match.end("text"))
        quotes.append((Quote(start, end, text[start:end], name, "direct"), shape))
    return quotes, {a.verb for a in attributions if a.verb is not None}


def _direct_speaker(match: re.Match[str], speakers: _Speakers) -> _Attribution:
    text = speakers.text
    if _is_term(match, speakers):
        return _Attribution(None, True, "term")
    after = _VERB_AFTER_RE.match(text, match.end())
    if after:
        if after.group("nya") or after.group("pronoun"):
            return _Attribution(speakers.pronoun(match.start()), True, '"," katanya', pronoun=True)
        if _SOURCE_AFTER_RE.match(text, after.end()):
            return _Attribution(None, True, '"," kata [unnamed source]')
        named = speakers.named_after(after.end())
        described = _DESCRIPTION_AFTER_RE.match(text, after.end())
        if described and (named is None or _inside_description(named, described)):
            # ``," ujar pelatih asal Brasil itu``: the last speaker going on, as ``ujarnya``
            # (before anyone has spoken, the one written about: see ``_direct_quotes``);
            # ``," kata mantan pelatih Juventus itu`` is the coach, not the club.
            return _Attribution(None, True, '"," kata [description]', pronoun=True)
        if named is None:
            return _Attribution(None, True, '"," kata X')
        # ``," kata Oliver menambahkan, menyindir ...``: the verb is the cue's, no report.
        said = _CUE_VERB_RE.match(text, named.end)
        return _Attribution(named.key, True, '"," kata X', said.start("verb") if said else None)
    subject_after = _SUBJECT_AFTER_RE.match(text, match.end())
    if subject_after and (
        subject_after.group().lstrip().startswith(",")
        or text[match.start("text") : match.end("text")].rstrip().endswith(",")
    ):
        verb = subject_after.start("verb")
        if subject_after.group("pronoun"):
            return _Attribution(
                speakers.pronoun(match.start()), True, '"," dia mengatakan', verb, pronoun=True
            )
        speaker, how = speakers.subject_how(verb)
        return _Attribution(speaker, True, f'"," X mengatakan ({how})', verb)
    line_start = speakers.line_start(match.start())
    start = max(line_start, match.start() - VERB_BEFORE_CHARS)
    before = _VERB_BEFORE_RE.search(text, start, match.start())
    if before:
        verb = before.start("verb")
        speaker, how = speakers.subject_how(verb)
        return _Attribution(speaker, True, f'X mengatakan, "" ({how})', verb)
    if speakers.sentence_start(match.start()) >= match.start() - 1:
        # Opening a sentence after one of the same paragraph whose subject speaks on:
        # ``Rikwanto mengimbau agar warga melapor. “Kalau ada ...”``.
        return _Attribution(
            speakers.subject_before(match.start(), line_start), False, "uncued, sentence before"
        )
    return _Attribution(None, False, "uncued")


#: The most words a term in quotation marks inside a sentence has (``pelaku "besar"``).
MAX_TERM_WORDS = 2
_LOWERCASE_WORD_RE = re.compile(r"\b[a-z]+\b")
#: A word right before an opening mark: the quotation is part of the sentence.
_TERM_BEFORE_RE = re.compile(r"(?<!\bbahwa)(?<=\w)[ \t]*$")


#: A word naming what follows in marks (``bertajuk "..."``, ``diberi nama "..."``,
#: ``berjudul``, ``dijuluki``, ``tagar``, ``buku "..."``, ``lagu "..."``): a name or
#: title, not a quotation.
_NAMED_BEFORE_RE = re.compile(
    r"\b(?:(?:ber|beri|diberi)?\s*(?:tajuk|judul|nama|tema|slogan)|dijuluki|julukan"
    r"|istilah|tagar|buku|novel|film|lagu|album|single|majalah)[ \t]*$",
    re.IGNORECASE,
)


def _is_term(match: re.Match[str], speakers: _Speakers) -> bool:
    """Whether a quotation is a term in marks inside a sentence, no one's words: a word or
    two right after the sentence's own words (``Untuk berhadapan dengan pelaku "besar",
    lanjut Denny, ...``), or a name or title of any length (``ia beri tajuk "Tiap Pramuka
    adalah Sumber Berita"``); not a short quotation opening a sentence (``"Wow," kata X``)
    or brought in by a colon, a comma or ``bahwa`` (``X mengatakan, "Harga naik."``)."""
    if _NAMED_BEFORE_RE.search(speakers.text, max(0, match.start() - 20), match.start()):
        return True
    words = match.group("text").split()
    if (
        len(words) > MAX_TERM_WORDS
        or _TERM_BEFORE_RE.search(speakers.text, max(0, match.start() - 20), match.start()) is None
    ):
        return False
    start = speakers.sentence_start(match.start())
    return bool(_LOWERCASE_WORD_RE.search(speakers.text, start, match.start()))


def _continued(
    text: str,
    matches: Sequence[re.Match[str]],
    attributions: Sequence[_Attribution],
) -> list[tuple[str | None, str]]:
    """Each quotation's speaker, a quotation without a cue taking that of the attributed
    one next to it: the one before when only its cue's sentence lies between (``"...,"
    kata X.`` then ``"..."``, on the next line or the same), else the one right after it
    (``"..."`` then ``"...," kata X.``)."""
    names = [attribution.speaker for attribution in attributions]
    shapes = [attribution.shape for attribution in attributions]
    uncued = [not attribution.cued and attribution.speaker is None for attribution in attributions]
    for index in range(1, len(matches)):
        previous, current = matches[index - 1], matches[index]
        if (
            uncued[index]
            and names[index - 1]
            and _PARAGRAPH_AFTER_RE.fullmatch(text, previous.end(), current.start())
        ):
            names[index] = names[index - 1]
            shapes[index] = "uncued, continues the one before"
    for index in range(len(matches) - 2, -1, -1):
        current, following = matches[index], matches[index + 1]
        if (
            uncued[index]
            and names[index] is None
            and names[index + 1]
            and _BETWEEN_QUOTES_RE.fullmatch(text, current.end(), following.start())
        ):
            names[index] = names[index + 1]
            shapes[index] = "uncued, continued by the one after"
    return list(zip(names, shapes, strict=True))


def _reported_speech(
    text: str,
    speakers: _Speakers,
    cue_verbs: set[int],
    direct: Sequence[tuple[Quote, str]],
) -> list[tuple[Quote, str]]:
    """``X mengatakan bahwa ...``, ``Menurut X, ...``, ``..., kata X, ...``: the rest of
    the sentence. Verbs in ``cue_verbs`` attribute a direct quotation instead, and speech
    reported inside a quotation is part of that quotation. A pronoun cue no nearer person
    explains (``Ia melanjutkan, ...``, ``Menurutnya, ...``) is the speaker of the last
    attributed quotation in ``direct``, as for a quotation (``_Speakers.still_speaking``)."""
    found: list[_Claim] = []
    for pattern in (_REPORTED_RE, _CLAIMED_RE):
        for match in pattern.finditer(text):
            if (
                match.start("verb") in cue_verbs
                or (
                    "clause" in pattern.groupindex
                    and match.group("clause") is not None
                    and _AFTER_YANG_RE.search(text, max(0, match.start() - 6), match.start())
                )
                or speakers.in_quotation(match.start())
                or _SUBORDINATE_RE.search(text, max(0, match.start() - 60), match.start())
                or _NEGATED_RE.search(text, max(0, match.start() - 30), match.start())
                or _WISH_RE.match(text, match.end())
            ):
                continue
            speaker, how = speakers.subject_how(match.start("verb"))
            pronoun = match.start() if how == "pronoun" else None
            found.append(_Claim(match.end(), speaker, f"X mengatakan ... ({how})", pronoun))
    for according in _ACCORDING_RE.finditer(text):
        # ``"... nomor satu menurut NPD Group," ujar dia``: the speaker's source, in the
        # speaker's quotation.
        if not speakers.in_quotation(according.start()):
            found.append(_according_to(according, speakers))
    for based in _BASED_ON_RE.finditer(text):
        claim = None if speakers.in_quotation(based.start()) else _based_on(based, speakers)
        if claim:
            found.append(claim)
    for cue in _INSERTED_CUE_RE.finditer(text):
        found.append(_inserted_cue(cue, speakers))
    for finding in _FINDING_SAYS_RE.finditer(text):
        if not speakers.in_quotation(finding.start()):
            found.append(_finding_says(finding, speakers))
    claimed = {speakers.sentence_start(claim.start) for claim in found}
    for said in _SAID_BEFORE_RE.finditer(text):
        claim = _said_before(said, speakers)
        if claim and speakers.sentence_start(claim.start) not in claimed:
            found.append(claim)
    attributed = [(quote.end, quote.speaker) for quote, _ in direct if quote.speaker]
    ends = [end for end, _ in attributed]
    quotes = []
    taken: set[int] = set()  # two cues of one claim (``mengungkapkan bahwa``) give it once
    for claim_start, speaker, shape, pronoun, claim_end in found:
        if speaker is None and pronoun is not None:
            index = bisect_right(ends, pronoun) - 1
            if index >= 0:
                speaker = speakers.still_speaking(*attributed[index], pronoun)
                shape = f"{shape}, last speaker"
        if speaker is None or claim_start in taken:
            continue
        taken.add(claim_start)
        index = bisect_right(speakers.sentence_starts, claim_start)
        sentence_end = (
            speakers.sentence_starts[index] if index < len(speakers.sentence_starts) else len(text)
        )
        start, end = _trimmed(text, claim_start, claim_end or sentence_end)
        if _CLAIM_RE.match(text, start, end) and not _TOPIC_ONLY_RE.fullmatch(text, start, end):
            quotes.append((Quote(start, end, text[start:end], speaker, "reported"), shape))
    return quotes


class _Claim(NamedTuple):
    """A claim found by a cue: where it starts, who made it (None: no one certain), the
    shape that found it, where a pronoun cue no one was found for starts, and where the
    claim ends when not at its sentence's end (``<claim>, menurut X.``)."""

    start: int
    speaker: str | None
    shape: str
    pronoun: int | None = None
    end: int | None = None


def _inserted_cue(cue: re.Match[str], speakers: _Speakers) -> _Claim:
    """``Meski begitu, kata X, <claim>``: where the claim starts (after the comma closing
    the cue), X's key, the shape, and where a pronoun cue starts; no one when the cue
    follows a quotation (it attributes that) or names no one before its comma."""
    text = speakers.text
    shape = ", kata X, ..."
    if (
        speakers.in_quotation(cue.start())
        or speakers.quotation_ends_near(cue.start())
        or _AFTER_UNFINISHED_LINE_RE.search(text, max(0, cue.start() - 5), cue.start())
        or _THAT_NEXT_RE.match(text, cue.end())
    ):
        return _Claim(cue.end(), None, shape)
    clause_end = _CLAUSE_END_RE.search(text, cue.end(), cue.end() + SPEAKER_AFTER_CHARS)
    if clause_end is None or clause_end.group() != ",":
        return _Claim(cue.end(), None, shape)
    if cue.group("nya") or cue.group("pronoun"):
        # ``Aaron, kata dia, juga menyimpan ...``: who the claim is about, named before the
        # cue, is not who ``dia`` is; the pronoun looks back from its sentence's start.
        opening = speakers.sentence_start(cue.start())
        return _Claim(clause_end.end(), speakers.pronoun(opening), ", katanya, ...", cue.start())
    named = speakers.named_after(cue.end())
    return _Claim(clause_end.end(), (named.key if named else None), shape)


def _finding_says(finding: re.Match[str], speakers: _Speakers) -> _Claim:
    """``Data X mencatat <claim>``: where the claim starts, X's key (the one name the source
    opens with, only words of time after it) and the shape; no one inside a quotation."""
    start, end = finding.span("source")
    index = bisect_left(speakers.starts, start)
    named = speakers.mentions[index] if index < len(speakers.mentions) else None
    if (
        named is None
        or named.start != start
        or named.end > end
        or bisect_left(speakers.starts, named.end) != bisect_left(speakers.starts, end)
        or not _AFTER_SOURCE_RE.fullmatch(speakers.text, named.end, end)
        or speakers.in_quotation(finding.start())
    ):
        return _Claim(finding.end(), None, "data X mencatat")
    return _Claim(finding.end(), named.key, "data X mencatat")


def _said_before(said: re.Match[str], speakers: _Speakers) -> _Claim | None:
    """``<claim>. Begitu kata X``: where the sentence before starts, X's key and the shape;
    None unless the cue opens its sentence and that one before is narration (a quotation
    in marks has its own cue)."""
    start = said.start()
    if speakers.sentence_start(start) != start:
        return None
    before = speakers.sentence_start(start, back=1)
    if before >= start or any(mark in speakers.text[before:start] for mark in _OPEN + _CLOSE):
        return None
    named = speakers.named_after(said.end())
    return _Claim(before, (named.key if named else None), "Begitu kata X (sentence before)")


def _according_to(match: re.Match[str], speakers: _Speakers) -> _Claim:
    """``menurut X, <claim>``: where the claim starts (after the comma that closes the
    source, if one comes soon), the source's key, the shape, and where ``menurutnya``
    starts."""
    if match.group("nya") or match.end() - match.start() > len("menurut"):
        before = _claim_before(match, speakers, match.end())
        if before:
            # Not anyone the claim names: ``Budi bersalah, menurutnya.``
            referent = speakers.pronoun(speakers.sentence_start(match.start()))
            return _Claim(before[0], referent, "..., menurutnya.", match.start(), before[1])
        claim = _CLAIM_START_RE.match(speakers.text, match.end())
        start = claim.end() if claim else match.end()
        # ``SBY, menurutnya, memiliki ...``: who the claim is about, named before the
        # inserted source, is not who it is unless they speak there (``Fahmi mengakui
        # ..., menurutnya ...``); the pronoun looks back from the sentence's start, as an
        # inserted ``kata dia`` does.
        opening = speakers.sentence_start(match.start())
        inserted = speakers.text[opening : match.start()].rstrip().endswith(",") and not any(
            _speaks(speakers.text, m, opening) for m in speakers.people(opening, match.start())
        )
        referent = speakers.pronoun(opening if inserted else match.start())
        return _Claim(start, referent, "menurutnya", match.start())
    if _UNNAMED_RE.match(speakers.text, match.end()):
        # ``Menurut beberapa penonton konser IU, ...``: no one named speaks.
        return _Claim(match.end(), None, "menurut X")
    described = _DESCRIPTION_AFTER_RE.match(speakers.text, match.end())
    source = speakers.named_after(match.end(), ACCORDING_SOURCE_CHARS)
    if (
        described
        and _COMMA_AFTER_RE.match(speakers.text, described.end())
        and not (
            source
            and source.start >= described.end()
            and _SET_OFF_END_RE.match(speakers.text, source.end)
        )
    ):
        # ``Menurut politikus PAN itu, ...``: someone named before, not the organisation
        # (``Menurut dosen UMM tersebut, Lukito di Malang, ...``: the name after it).
        claim = _CLAIM_START_RE.match(speakers.text, described.end())
        start = claim.end() if claim else described.end()
        return _Claim(
            start, speakers.pronoun(match.start()), "menurut [description]", match.start()
        )
    # The source ends at the first comma (``Menurut laporan dari Insider, dikutip ...``)
    # unless it names no one there and a name set off by commas follows (``menurut
    # pengamat pangan, Anton Apriyantono, ...``).
    if source is None:
        source = speakers.named_after(match.end(), ACCORDING_SOURCE_CHARS, _SENTENCE_PART_END_RE)
        if source and not _COMMA_AFTER_RE.match(speakers.text, source.end):
            # ``Menurut jadwal, Embarkasi Batam akan ...``: a subject, not a source.
            return _Claim(match.end(), None, "menurut X")
    if (
        source is None
        or _DOCUMENT_RE.match(source.surface)
        or _OBTAINED_RE.search(speakers.text, match.end(), source.start)
    ):
        # ``Menurut Indeks Keamanan Pangan ...``: a document says nothing itself;
        # ``Menurut keterangan tertulis yang diterima kumparan``: nor the one it reached.
        return _Claim(match.end(), None, "menurut X")
    before = _claim_before(match, speakers, source.end)
    if before:
        return _Claim(before[0], source.key, "..., menurut X.", end=before[1])
    claim = _CLAIM_START_RE.match(speakers.text, source.end)
    return _Claim((claim.end() if claim else source.end), source.key, "menurut X")


def _based_on(match: re.Match[str], speakers: _Speakers) -> _Claim | None:
    """``Berdasarkan data X, <claim>``: where the claim starts (after the comma closing the
    source), X's key and the shape; None unless the finding opens its sentence (``Budi
    mengatakan berdasarkan data BMKG, ...`` is Budi's), is the name's own (not ``data yang
    diperoleh X``), a comma closes the one name its source has, and no cue in the claim
    names someone else (``..., lanjut Budi, ...``)."""
    text = speakers.text
    sentence_start = _after_marks(text, speakers.sentence_start(match.start()))
    source = speakers.named_after(match.end(), ACCORDING_SOURCE_CHARS)
    comma = _COMMA_AFTER_RE.match(text, source.end) if source else None
    if (
        source is None
        or comma is None
        or not _SENTENCE_OPENING_RE.fullmatch(text, sentence_start, match.start())
        or _OBTAINED_RE.search(text, match.end(), source.start)
        or _DOCUMENT_RE.match(source.surface)
        or speakers.in_quotation(match.start())
    ):
        return None
    index = bisect_right(speakers.sentence_starts, comma.end())
    sentence_end = (
        speakers.sentence_starts[index] if index < len(speakers.sentence_starts) else len(text)
    )
    if _INSERTED_CUE_RE.search(text, comma.end(), sentence_end):
        return None
    return _Claim(comma.end(), source.key, "berdasarkan data X")


def _claim_before(match: re.Match[str], speakers: _Speakers, after: int) -> tuple[int, int] | None:
    """``<claim>, menurut X.``: the claim's span (its sentence up to the comma before
    ``menurut``) when the source, ending at ``after``, ends the sentence; None otherwise, or
    when the claim holds a quotation in marks (that has its own cue)."""
    text = speakers.text
    if not (
        _ENDS_SENTENCE_RE.match(text, after)
        and _COMMA_BEFORE_CUE_RE.search(text, max(0, match.start() - 3), match.start())
    ):
        return None
    start = _after_marks(text, speakers.sentence_start(match.start()))
    if any(mark in text[start : match.start()] for mark in _OPEN + _CLOSE):
        return None
    return start, match.start()


def _inside_description(named: Mention, described: re.Match[str]) -> bool:
    """Whether ``named`` is an organisation inside a description after a cue, after its
    head (``mantan pelatih Juventus itu``, ``politisi PAN tersebut``), or the name the one
    described is called by where the linker knows it by no other name (``pria yang akrab
    disapa Kecuk ini``; ``Gubernur yang akrab disapa Ahok itu`` is Basuki Tjahaja Purnama):
    the one described speaks, the one named before, not a name of its own."""
    head = described.string[described.start() : named.start]
    called = named.name == named.surface and bool(_CALLED_END_RE.search(head))
    return (
        (named.kind == "organisation" or called)
        and named.end <= described.end()
        and bool(head.strip())
    )


def _set_off(text: str, mention: Mention, sentence_start: int) -> bool:
    """Whether ``mention``, followed by a comma and its verb, is the subject set off: after
    a comma (``Kapolres Boyolali, AKBP Aries Andhi, mengatakan``) or ending the capitalised
    title opening the sentence (``Kepala Dinas Pasar Budi, mengatakan``); not inside a
    phrase (``akun Twitter Musk, mengatakan``)."""
    return bool(
        _COMMA_BEFORE_RE.search(text, max(0, mention.start - 20), mention.start)
        or _TITLED_OPENING_RE.fullmatch(text, _after_marks(text, sentence_start), mention.start)
    )


def _after_marks(text: str, start: int) -> int:
    """``start``, past the quotation marks and spaces a sentence may open with (the closing
    mark of the quotation before it, when a space was lost: ``nantinya.”Ichwan ...``)."""
    while start < len(text) and (text[start] in _OPEN + _CLOSE or text[start].isspace()):
        start += 1
    return start


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without surrounding spaces and trailing clause punctuation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING + "\n":
        end -= 1
    return start, end
