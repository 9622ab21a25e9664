"""Word lists that decide what is part of a name and what never is an entity."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(text.split())


def _theirs(nouns: frozenset[str]) -> frozenset[str]:
    """The nouns with ``-nya`` (``ibunya``, his or her mother): said of a relative too."""
    return frozenset(noun + "nya" for noun in nouns)


#: Police and military ranks, written only before a person's name: inside a tagged span
#: they start a person (``Polda Sulut Kombes Ibrahim Tombo``, ``Bakamla Laksamana Madya
#: Arie Soedewo``).
RANK_WORDS: frozenset[str] = _words(
    """
    letjen mayjen brigjen irjen komjen kombes kombespol akbp akp kompol iptu ipda aiptu aipda bripka
    brigadir bripda briptu laksdya laksda laksma marsdya marsda marsma kolonel letkol
    laksamana marsekal letda lettu serma serka sertu serda pratu praka kopda koptu brigpol
    bharada bharatu bharaka komodor
    """
)

#: Grades and corps written after a rank (``Laksamana Madya``, ``Marsekal Muda``,
#: ``Kolonel Penerbang``, ``Letkol Inf``, ``Irjen Polisi``): part of the rank, not of the name
#: after it.
RANK_GRADES: frozenset[str] = _words(
    """
    madya muda pertama utama laut udara penerbang pnb infanteri inf kavaleri kav arhanud arh
    marinir czi cpm cke ckm chk cku caj cba ctp cpl polisi pol
    """
)

#: Police and military ranks written out in two words (``Komisaris Besar`` is Kombes,
#: ``Letnan Kolonel`` Letkol): a rank as the words of ``RANK_WORDS`` are, its second word no
#: first name (``Komisaris Besar Awi Setiyono`` names Awi Setiyono).
RANK_PAIRS: frozenset[tuple[str, str]] = frozenset(
    (pair.split()[0], pair.split()[1])
    for pair in (
        "ajun komisaris",
        "ajun inspektur",
        "komisaris besar",
        "komisaris jenderal",
        "inspektur jenderal",
        "brigadir jenderal",
        "mayor jenderal",
        "letnan jenderal",
        "letnan kolonel",
        "inspektur satu",
        "inspektur dua",
        "letnan satu",
        "letnan dua",
        "brigadir kepala",
        "brigadir satu",
        "brigadir dua",
        "sersan mayor",
        "sersan kepala",
        "sersan satu",
        "sersan dua",
    )
)

#: A title's second word that qualifies it (``Jaksa Agung``, the attorney general;
#: ``Duta Besar``, an ambassador; ``Pahlawan Nasional``, a national hero; ``Wali Kota``, a
#: mayor, as the standard spelling writes it): part of the title after that title word, no
#: name (``Jaksa Agung HM Prasetyo`` names HM Prasetyo, ``Wali Kota Verona`` the city Verona;
#: ``Pak Agung`` still names Agung). With its qualifier a word is a title even where it is
#: none alone (``Guru Besar Universitas Indonesia`` names the university).
TITLE_QUALIFIERS: frozenset[tuple[str, str]] = frozenset(
    {
        ("jaksa", "agung"),
        ("hakim", "agung"),
        ("duta", "besar"),
        ("imam", "besar"),
        ("panglima", "besar"),
        ("guru", "besar"),
        ("pahlawan", "nasional"),
        ("wali", "kota"),
    }
)

#: A footballer's positions (``kiper Gerri Mandagi``, ``Gelandang Real Madrid, Marco
#: Asensio``): titles before a person's name, or before a club's.
PLAYER_POSITIONS: frozenset[str] = _words("gelandang bek kiper striker penyerang")

#: Roles, titles and honorifics: ``CEO OpenAI Sam Altman`` names Sam Altman, not a CEO;
#: ``JPU`` (jaksa penuntut umum) is the prosecutor, a role as ``jaksa`` is; ``Alm.`` and
#: ``Almh.`` (the late) before a name, a man of letters or arts (``Budayawan JJ Rizal``) and
#: a player's position (``Gelandang Real Madrid, Marco Asensio``) are no part of a name,
#: and ``Mentri`` and ``Uztad`` are news's frequent misspellings of ``Menteri`` and ``Ustad``.
#: Older news shortens ministers of its day (``Menperdag``, ``Mendiknas``) and writes
#: ``Kanselir`` before Germany's head of government; ``Pemusik`` is a trade as ``Musisi`` is.
TITLE_WORDS: frozenset[str] = (
    RANK_WORDS
    | PLAYER_POSITIONS
    | _words(
        """
    ajun ceo cto cfo coo cmo presdir bos presiden wapres wakil menteri menko pak bu bapak ibu dr
    drs prof profesor professor ir mantan eks ketua ketum waketum umum direktur dirut dirjen
    deputi gubernur wagub bupati wabup wali walikota jenderal jendral letjen mayjen brigjen
    irjen komjen kombes kapolri kapolda kapolres panglima pangdam kasad kasal kasau
    laksamana marsekal kolonel mayor kapten letnan sersan komandan sekjen sekretaris
    bendahara koordinator pendiri founder co-founder chairman syekh sheikh syeikh emir
    kiai kyai kh ustaz ustadz ustad uztad uztadz ayatollah ayatullah
    habib haji h hj mr mrs ms miss sir tuan nyonya sang terpilih jubir juru bicara
    pemimpin komisaris senator anggota kepala pengusaha miliarder miliuner aktor aktris
    penyanyi pelatih perdana pm dokter hakim jaksa jpu pengacara advokat wartawan jurnalis
    peneliti ilmuwan analis pakar pengamat rektor dekan dubes duta capres cawapres cagub
    caleg calon penasihat plt plh kadis camat lurah inspektur staf khusus pol ny konsul
    wakapolri wakapolda kabareskrim kabaharkam coach anumerta
    manajer paus raja pejabat pegawai sdr sdri saudara saudari
    alm almh almarhum almarhumah budayawan sejarawan sastrawan seniman
    mentri
    mbak mpok kak kakak abang bang tante om ibunda ayahanda eyang opa oma
    kapolsek kapolresta kapolrestabes wakapolres kanit kasat reskrim kasatreskrim kabid kabag
    kasubag kasubbag kasie kadiv kasubdit dirlantas sekda kajari kajati danramil dandim danrem
    ksau ksad ksal pangkostrad kadiskes kabiro
    humas
    menkominfo menhub mendagri menlu menkeu menkes mendikbud mendikbudristek menag menhan
    menkumham menpora menperin mendag mentan menpan menristek menaker menkop menparekraf
    menpupr mensos menkopolhukam menpar menlhk menkomaritim menkoperekonomian menkopmk
    menesdm menpupera menristekdikti mensesneg menseskab mendes menkokesra pangab
    pangkopkamtib
    menperdag menperindag mendiknas menakertrans menhut menbudpar menkimpraswil menneg meneg
    menkopolkam menkoekuin menkoinfo kanselir pemusik
    vice president managing director executive chief officer manager spokesperson
    spokesman secretary minister governor evp svp partner principal counsellor counselor
    """
    )
)

#: Job titles written in English that end a title, never a name: a tagged person ending in
#: one (``Co - Founder``, ``Branch Communication Manager``, ``Chief Operating Officer``,
#: ``Minister Counsellor``, ``Visiting Professor``) is the title alone.
JOB_TITLE_ENDS: frozenset[str] = _words(
    """
    founder manager officer director president chairman executive spokesperson spokesman
    secretary head representative professor counsellor counselor
    """
)

#: English words for the department or field an English job title is of (``Vice President
#: Communications``, ``Head of Marketing``): after a title they are part of it, no name.
DEPARTMENT_WORDS: frozenset[str] = _words(
    """
    communications communication marketing sales operations operation finance financial
    technology engineering product products business development corporate affairs public
    relations strategy strategic human resources legal digital partnership partnerships
    government external internal commercial brand research regional global country general
    senior associate assistant visiting overseas content creative compliance risk investor policy
    """
)

#: Titles of a minister or a director general, the portfolio written after them
#: (``Menteri Pemuda dan Olahraga Imam Nahrawi``, ``Dirjen Perhubungan Darat``, written out
#: ``Direktur Jenderal Perhubungan Darat``), and the
#: words of Indonesia's portfolios, also as they are shortened (``Menko Polhukam``, for
#: Politik, Hukum dan Keamanan; ``Menteri ESDM``, ``Menteri KKP``): after such a title they
#: are part of it, no name (the person is Imam Nahrawi; ``Menko Polhukam`` names no
#: organisation, ``Kemenko Polhukam`` does).
MINISTER_TITLES: frozenset[str] = _words("menteri mentri menko meneg wamen dirjen jenderal")
PORTFOLIO_WORDS: frozenset[str] = _words(
    """
    pemuda olahraga luar dalam negeri keuangan perindustrian perdagangan koordinator bidang
    politik hukum keamanan hak asasi manusia badan usaha milik negara kelautan perikanan
    energi sumber daya mineral riset teknologi pendidikan tinggi kebudayaan agama sosial
    kesehatan pariwisata ekonomi kreatif desa pembangunan daerah tertinggal transmigrasi
    pertanian pertahanan perhubungan komunikasi informatika ketenagakerjaan tenaga kerja
    lingkungan hidup kehutanan agraria tata ruang pekerjaan umum perumahan rakyat
    perencanaan nasional pendayagunaan aparatur reformasi birokrasi pemberdayaan perempuan
    perlindungan anak koperasi kecil menengah maritim kemaritiman investasi perekonomian
    sekretaris kabinet dasar darat udara polhukam polkam pmk kesra ekuin perguruan ilmu
    pengetahuan perkebunan esdm kkp pupr lhk atr bumn ppn
    """
)

#: Honorifics written only before a person's name (``Haji Ahmad``, ``Kiai Hasyim``,
#: ``Mr Smith``, a club's ``Coach Peter`` as players and officials call their coach): the
#: name right after one is a person's, whatever the tagger read it as, also after ``di``
#: (``masakan di Mbak Narti``, at her stall).
#: Not ``Tuan`` (``Tuan Rumah``) or ``Ibu`` (``Ibu Kota``).
#: Familiar forms of address that open a person's nickname (``Gus Dur``, ``Cak Nun``,
#: ``Kang Emil``): a name in parentheses after a person opening with one is the person's
#: nickname, no team or party.
NICKNAME_HONORIFICS: frozenset[str] = _words("gus cak kang bung ning abah daeng")
PERSON_HONORIFICS: frozenset[str] = _words(
    "haji hj kiai kyai kh ustaz ustadz ustad uztad uztadz habib syekh sheikh syeikh mr mrs coach"
    " mbak"
)

#: Head nouns of a body, a product or an event, beside ``ORIGIN_NOUNS``,
#: ``PRODUCT_NOUNS`` and ``WORK_NOUNS``: a one-word name after one is no person, however
#: often the tagger read it as one (``Situs properti Lamudi``, ``pesta Halloween``).
NON_PERSON_HEAD_NOUNS: frozenset[str] = _words(
    "situs layanan platform kelompok grup merek brand pesawat pesta perayaan festival"
    " produsen pengembang operator"
)
#: Lowercase words that end the phrase a head noun opens: after one, a name is no longer
#: what the head names (``perusahaan itu milik Lulu``, ``film yang dibintangi Lulu``).
HEAD_PHRASE_ENDS: frozenset[str] = _words(
    "itu ini milik yang dan atau oleh untuk dengan pada kepada bersama tentang"
)
#: Words right before a name that say a person is meant, beside titles and kin nouns: a
#: friend, a baby, an entertainer, the dead, and verbs of speech (``," kata Jupe``).
PERSON_READING_WORDS: frozenset[str] = _words(
    "sahabat teman rekan kekasih pacar bayi komika jenazah almarhum almarhumah mendiang"
    " presenter artis musisi pelawak komedian selebriti selebgram youtuber petenis"
    " pembalap sutradara kata ujar tutur ungkap ucap imbuh tambah tukas pungkas tandas sapa"
)

#: Korean family names as the news romanises them: one before a given name of two
#: syllables joined by a hyphen (``Kim Jong - un``, ``Lee Min-ho``) opens a person's name,
#: a shape no other name in the news takes (see ``_mark_korean_names``). Not those the news
#: writes mostly in lowercase, Indonesian words (``Yang``, ``Tak``, ``Gil``, ``Mun``).
KOREAN_FAMILY_NAMES: frozenset[str] = _words(
    "Ahn An Bae Baek Bang Byun Cha Chae Chang Cho Choe Choi Chu Chun Chung Do Eom Go Gong"
    " Gu Ha Ham Han Heo Hong Huh Hwang Hyun Im Jang Jeon Jeong Ji Jin Jo Joo Ju Jun Jung"
    " Kang Ki Kil Kim Ko Kong Koo Ku Kwak Kwon Kye Lee Lim Ma Maeng Min Moon Myung Na Nam"
    " Noh Oh Ok Paik Pak Park Pyo Rhee Ri Roh Ryu Seo Seol Seong Shim Shin Sim Sin So Sohn"
    " Son Song Suh Sung Uhm Um Won Woo Yeo Yeom Yi Yoo Yoon Yu Yun"
)

#: Academic degrees written after a person's name (``Yohanes Sinaga SH, SIK``), compared
#: without dots: not part of the name; so is a researcher's rank written as one (``APU``,
#: ahli peneliti utama: ``Dr Rochmad Sudarsono APU``), and so are the medical and dental
#: specialists' degrees (``SpPA``, ``SpTHT``, ``SpKG``), which older news writes after a
#: doctor's name.
DEGREES: frozenset[str] = _words(
    """
    sh mh se mm mt st si ssi msi sik skom spd mpd ssos sip sag mkes msc phd mba lc spa spog
    sppd spkk spot spb spjp dvm apu
    span spba spbp spbs spbtkv spbu spbo spkj spkfr spm spmk spn spp sppa sppk sprad sps
    sptht spu spf spgk spak spko spok spbm spkg spkga spperio sppros
    """
)

#: Generational suffixes after a person's name (``Floyd Mayweather Jr``, ``Martin Luther
#: King III``): the article shortens the name to the word before them (``Mayweather``).
NAME_SUFFIXES: frozenset[str] = _words("jr sr ii iii iv")

#: Words that are never an entity on their own: dates, pronouns, page furniture, jargon,
#: interjections opening a sentence (``Ah, semuanya masih misteri``).
NEVER_ENTITIES: frozenset[str] = TITLE_WORDS | _words(
    """
    januari februari maret april mei juni juli agustus september oktober november
    desember jan feb mar apr jun jul agu agt sep okt nov des senin selasa rabu kamis
    jumat jum'at sabtu minggu ahad baca juga berita terkait terkini terpopuler artikel
    foto video dia ia ini itu saya kami kita mereka anda beliau ai llm gpu agi sms medsos yang dan
    gue gua gw aku
    pc lte ipo ssd hdd hdmi rgb ppob edc pdaf
    tahun hari bulan pukul wib wita wit rp us usd idr the a an of tim red rep editor jr sr
    penulis sumber pt cv tbk persero gedung kantor istana jalan jl jln kota kabupaten kab
    provinsi prov kec pemerintah pemkot pemkab pemprov pemda dinas kawasan wilayah bandara pelabuhan
    stasiun rumah sakit rs universitas bank partai kementerian kementrian direktorat badan komisi
    lembaga pengadilan kejaksaan polisi polres polda
    ah wah nah oh duh aduh wow hmm ckckck yap yeah lho astaga yuk ayo
    """
)

#: Religions: a name made of them alone is no entity (``beragama Kristen Protestan``; in
#: both annotated corpora's training sets none of 51 is tagged alone); inside a name they
#: stay (``Universitas Islam Indonesia``).
RELIGIONS: frozenset[str] = _words(
    "islam kristen katolik katholik protestan hindu buddha budha konghucu"
)
#: Religions and their faithful's names (``Muslim``, ``Yahudi``): one opening a place the
#: tagger read is the faith of the people there, no part of the place (``lingkungan Muslim
#: Mumbai`` is Mumbai; in both annotated corpora's training sets none of 5 is in it).
FAITH_WORDS: frozenset[str] = RELIGIONS | _words("muslim muslimah nasrani kristiani yahudi")

#: Words a lone capital letter after them counts or classes, no initial of a person's name
#: (``Grup A``, ``Serie A``, ``Blok M``, ``Pasal 5 Ayat B``).
LETTERED_CLASS_WORDS: frozenset[str] = _words(
    """
    grup group seri serie divisi kelas blok tipe type liga kategori golongan pasal ayat zona
    gate pintu terminal lantai sektor
    """
)

#: Words of a flag's name (``bendera Merah Putih``, ``Sang Saka Merah Putih``): the flag
#: is no entity, as both annotated corpora leave it; a body named after it has a head
#: (``Koalisi Merah Putih``).
FLAG_WORDS: frozenset[str] = _words("bendera sang saka merah putih")

#: Pronouns: a tagged name never ends in one (``Pernahkah Anda berpikir``, a question read
#: as a person).
PRONOUNS: frozenset[str] = _words("anda saya aku kami kita mereka dia ia beliau kamu engkau")
#: Words that announce a former name: ``X (dulu Twitter)``, ``X, sebelumnya Twitter``.
FORMER_NAME_WORDS: frozenset[str] = _words("dulu dulunya dahulu sebelumnya eks formerly previously")
#: Words that announce a new name: ``Twitter (kini X)``.
NEW_NAME_WORDS: frozenset[str] = _words("kini sekarang now")
#: A person's parents, children and spouse (``ibu``, ``putra``, ``istri``): the kin nouns
#: of ``NAMED_PERSON_NOUNS``, ``RELATIVE_NOUNS`` and ``RELATION_APPOSITIVES``.
CLOSE_KIN_NOUNS: frozenset[str] = _words("ayah ibu anak putra putri istri suami")
#: Kin nouns beside ``CLOSE_KIN_NOUNS``: siblings, children-in-law, grandchildren.
OTHER_KIN_NOUNS: frozenset[str] = _words("adik kakak menantu cucu")
#: Nouns said only of persons (``ibu``, ``pria``): ``bernama`` after one names a person.
NAMED_PERSON_NOUNS: frozenset[str] = (
    _words("pria wanita perempuan lelaki bocah gadis pemuda kakek nenek")
    | CLOSE_KIN_NOUNS
    | _theirs(_words("ayah ibu anak istri suami"))
)
#: Nouns for a relative, a few words before a known person's name (``putri Presiden Joko
#: Widodo Kahiyang Ayu``): the name right after theirs is the relative's.
RELATIVE_NOUNS: frozenset[str] = (
    CLOSE_KIN_NOUNS | OTHER_KIN_NOUNS | _theirs(CLOSE_KIN_NOUNS | OTHER_KIN_NOUNS)
)
#: Phrases before the name a person is called by (``pria yang akrab disapa Ajun``,
#: ``Budi Santoso alias Gondrong``), and ``bernama`` after a noun only said of persons
#: (``ibu rumah tangga bernama Melvine Love``, see ``NAMED_PERSON_NOUNS``; after other
#: nouns it names a village or a company as often): a person, whatever the tagger read
#: there.
CALLED_CUES: frozenset[tuple[str, ...]] = frozenset(
    tuple(cue.split())
    for cue in ("disapa", "biasa dipanggil", "akrab dipanggil", "alias", "rumah tangga bernama")
) | frozenset((noun, "bernama") for noun in NAMED_PERSON_NOUNS)
#: Phrases before the coach of a team (``skuat asuhan Slaven Bilic``, ``anak asuh Antonio
#: Conte``, also in the plural, ``anak-anak asuh Marcello Lippi``, ``dilatih Luis Milla``):
#: a person, whatever the tagger read there (often a club or a place). Not ``besutan`` or
#: ``pasukan``, also said of a company's product or a country's troops.
COACH_CUES: frozenset[tuple[str, ...]] = frozenset(
    tuple(cue.split())
    for cue in (
        "asuhan",
        "arahan",
        "anak asuh",
        "anak-anak asuh",
        "anak - anak asuh",
        "dilatih",
        "diasuh",
    )
)
#: Performers' trades, said of persons only (``aktris Charlize Theron``, ``rapper
#: Quavo``, ``musisi senior Fariz RM``, also with ``senior``): a name right after one is a
#: person, whatever the tagger read there, even nothing if it reads as a person's; a place
#: stays (``aktor Hollywood``).
_PERFORMER_TRADES: frozenset[str] = _words(
    "aktor aktris penyanyi rapper sutradara komedian pelawak musisi pedangdut biduan biduanita"
)
PERFORMER_CUES: frozenset[tuple[str, ...]] = frozenset(
    cue for trade in _PERFORMER_TRADES for cue in ((trade,), (trade, "senior"))
)
#: A world ranking before a name (``peringkat 12 dunia Jelena Ostapenko``, ``nomor satu
#: dunia``): the athlete or the team ranked, a person where the name reads alone as one (a
#: known place stays the country); the tagger read nothing there, or a place.
WORLD_RANKING_CUES: frozenset[str] = _words("peringkat nomor ranking rangking")
RANK_NUMBER_WORDS: frozenset[str] = _words(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh teratas"
)
#: Lowercase nouns right before a name that make it an organisation (``startup Synchro``,
#: ``pengguna Ruangguru``, ``kepengurusan PARFI``, ``band Coldplay``, ``anggota DPR``): a
#: person or an unknown one-word place the tagger read there is the organisation, and so is
#: every mention of that name in the article. A known place stays (``perusahaan Jepang``,
#: ``band Inggris``), and a known name keeps its kind. In both annotated corpora's training
#: and dev sets a capitalised word after ``anggota`` is never a person (19 organisations,
#: 16 untagged ``Dewan`` / ``Komisi``), after ``band`` an organisation or a country. A
#: name after ``majalah``, ``koran`` or ``tabloid`` is the publication (``majalah France
#: Football`` was a person). ``personel`` (a group's members) is said of bands and police
#: or army units (``personel Java Jive``, ``personel TNI``): of 70 capitalised words after
#: it in IndoSum, all but one open a group's name. ``produk`` (or ``produk-produk``) names
#: its maker: of the capitalised names after it in IndoSum most are companies (``produk
#: Logitech``), the rest products or categories the tagger rarely reads as persons.
ORGANISATION_CUES: frozenset[tuple[str, ...]] = frozenset(
    (cue,)
    for cue in _words(
        """
        startup perusahaan pabrikan organisasi pengguna pengurus kepengurusan band anggota
        majalah koran tabloid personel marketplace produk produk-produk
        """
    )
) | {("lembaga", "swadaya", "masyarakat")}  # a non-governmental body: lembaga ... Oxfam
#: Heads of an Islamic boarding school's name, capitalised or not (``Pondok Pesantren
#: Darul Hikmah``, ``pesantren Nurul Iman``), its short form in parentheses maybe between
#: (``Pondok Pesantren (Ponpes) Darul Hikmah``): the name after one is the school, an
#: organisation, though the tagger reads its Arabic words as a person's.
BOARDING_SCHOOL_HEADS: frozenset[str] = _words("pesantren ponpes")
#: Cues of ``ORGANISATION_CUES`` that name what the organisation is, not who belongs to it
#: or uses it: a name right after one and its origin is the organisation without ``asal``
#: or a comma (``marketplace fesyen Asia Tenggara Zilingo``, ``band Inggris Coldplay``).
ORIGIN_NOUNS: frozenset[str] = _words(
    "startup perusahaan pabrikan organisasi band majalah koran tabloid marketplace"
)
#: Nouns for a person by their tie to a ship or a company: who owns, runs, crews, rides
#: or works for it (``pemilik kapal``, ``nakhoda kapal``, ``anak buah kapal``,
#: ``karyawan perusahaan``): the name after the thing is theirs, a person, not the ship's
#: or the company's (``Pemilik kapal Ahmad Yani``, ``karyawan perusahaan dari Jepang,
#: Hiroshi Tanaka``).
TIED_PERSON_NOUNS: frozenset[str] = _words(
    """
    pemilik nakhoda kapten awak abk buah penumpang agen operator juragan karyawan pegawai
    pekerja buruh staf direktur dirut bos pendiri kepala pimpinan manajer
    """
)
#: Titles of a company's heads, written before the company and then the person (``CEO
#: Touchten Anton Soeharyo``, ``pendiri InfraDigital Ibrahim Ahmad``): one name word
#: between such a title and a person's name is the company, whatever the tagger read
#: there (often nothing, or a person).
EXECUTIVE_TITLES: frozenset[str] = _words(
    "ceo cto coo cfo cmo founder pendiri presdir dirut partner principal"
)
#: Words right before an acronym the tagger left unread that make it an organisation's:
#: who belongs to it or leads it, and a body's kind that is no category (``anggota FDP``,
#: ``Sekretaris Jenderal FPM``, ``Direktur BES``, ``konsorsium SMBC``, ``maskapai TANS``).
#: Not ``perusahaan`` or ``lembaga``: ``perusahaan BUMN`` or ``EBT`` names a category.
ACRONYM_BODY_CUES: frozenset[str] = _words(
    """
    anggota kader pengurus simpatisan ketua ketum sekjen jenderal direktur dirut pendiri
    bicara jubir partai maskapai konsorsium serikat
    """
)
#: Short words in capitals that name a kind, no one body: a company's departments
#: (``Direktur SDM``, ``Direktur TI``), a neighbourhood's units (``Ketua RT``), kinds of
#: hospitals, firms and groups, before a name or alone (``Direktur RSU``, ``anggota LSM``),
#: and kinds of workers (``anggota PNS``, ``TKI``, ``ABK``, street vendors: ``PKL Tanah Abang``).
CATEGORY_ACRONYMS: frozenset[str] = _words(
    """
    sdm ti it hr hrd pr csr ga rt rw rs rsu rsud rsup rsia lsm ormas bumn bumd umkm upt uptd
    pns asn tki tkw pmi abk pkl
    """
)
#: Nouns that, right after a name and a comma, say what it is (``Srikandi, organisasi
#: nirlaba ...``, ``Vipp, perusahaan asal Swedia``): the name is an organisation as after
#: ``ORGANISATION_CUES``. Not ``anggota`` or ``pengguna``: ``Budi, anggota DPR`` is a person.
ORGANISATION_APPOSITIVES: frozenset[str] = _words(
    "organisasi perusahaan startup pabrikan band yayasan lembaga"
)
#: What someone is to a person named after it, in apposition after a name (``Markoneng,
#: manajer Jupe``): the name is a person's. Not ``ibu`` (``Jakarta, ibu kota``) or
#: ``anak`` (``anak usaha``).
RELATION_APPOSITIVES: frozenset[str] = (
    (CLOSE_KIN_NOUNS - _words("ibu anak"))
    | _words("adik kakak")
    | _words("manajer asisten sahabat kekasih pacar")
)
#: Copulas before what a name is (``Payfazz merupakan sebuah layanan keuangan``).
COPULAS: frozenset[str] = _words("adalah merupakan")
#: Nouns that, after a name and a copula, say it is an organisation (``TransferTo adalah
#: perusahaan``, ``Payfazz merupakan sebuah layanan keuangan``, ``merupakan inkubator``):
#: those of ``ORGANISATION_APPOSITIVES`` and a service's or an incubator's. Not
#: ``aplikasi`` or ``platform``: software is a product.
DEFINING_NOUNS: frozenset[str] = ORGANISATION_APPOSITIVES | _words("layanan inkubator")
#: Words right after a name that only an organisation takes (``Synchro didirikan``, was
#: founded), read as the cues above are.
ORGANISATION_FOLLOWERS: frozenset[str] = _words("didirikan")
#: A state's cue, ``negara bagian``, one of ``PLACE_CUES``: a name after it longer than a
#: state's that reads alone as a person's is the state run into the next person's
#: (``negara bagian Bavaria Joachim Herrmann``), no one place.
STATE_CUES: frozenset[tuple[str, ...]] = frozenset({("negara", "bagian")})
#: Lowercase words right before a name that make it a place (``di Khan Sheikhoun``, ``kota
#: Rengat``, ``menuju Lula``, ``pos perbatasan Skouw``, at a border; a state, ``negara
#: bagian Rajasthan``): a person the tagger read there is the place, in every mention, as
#: after ``ORGANISATION_CUES``. In both
#: annotated corpora's training sets a person follows ``di`` twice in 860 capitalised
#: words, ``kota`` once in 80, the others never.
PLACE_CUES: frozenset[tuple[str, ...]] = (
    frozenset((cue,) for cue in _words("di kota menuju wilayah daerah perbatasan")) | STATE_CUES
)
#: Words that announce the name a nickname stands for: ``Teco, sapaan Stefano Cugurra``.
NICKNAME_OF_WORDS: frozenset[str] = _words("sapaan panggilan")
#: Words allowed between the rename word and the other name (``yang sebelumnya bernama``,
#: ``sapaan akrab``).
RENAME_FILLERS: frozenset[str] = _words("yang bernama dikenal sebagai disebut akrab")

#: Words before a one-letter name that make it clearly that entity (``platform X``).
CLEAR_CONTEXT_BEFORE: frozenset[str] = _words(
    """
    platform aplikasi situs akun pengguna di lewat melalui via perusahaan sosial medsos
    jejaring milik bos
    """
)
#: Words after a one-letter name that make it clear (``X milik Elon Musk``, ``X Corp``).
CLEAR_CONTEXT_AFTER: frozenset[str] = _words("milik corp corp.")
#: Words before ``menjadi`` in a rename (``mengganti namanya menjadi X``).
RENAME_NOUNS: frozenset[str] = _words("nama namanya")


def is_name_word(word: str) -> bool:
    """Capitalised, a number, or mixed case like ``xAI``/``iOS``: may be part of a name."""
    first = word[:1]
    return first.isupper() or first.isdigit() or (first.isalpha() and word.lower() != word)


#: Prepositions inside organisation names: ``Asosiasi Perempuan Indonesia untuk
#: Keadilan``, ``Komisi Nasional bagi Anak``, ``University of South Florida``.
NAME_PREPOSITIONS: frozenset[str] = _words("untuk bagi terhadap tentang of for")
#: Words between the two sides of a match, never inside a name (``Lyanny Alessandra
#: Mainaky vs Shiori Saito``).
VERSUS_WORDS: frozenset[str] = _words("vs versus")
#: Words joining two names in one tagged span (``Altman dan Musk``).
CONJUNCTIONS: frozenset[str] = _words("dan atau serta & maupun")
#: Words before a country code that make it a currency (``dolar AS``).
CURRENCY_WORDS: frozenset[str] = _words("dolar dollar")
#: The region codes opening an Indonesian vehicle's registration plate (``B`` Jakarta,
#: ``AG`` Kediri, ``DK`` Bali, ...; Korlantas Polri's list): a plate written after a name
#: (``Toyota Rush B 2826 DFL``) says the name is a vehicle's.
PLATE_REGIONS: frozenset[str] = _words(
    """
    A B D E F G H K L M N P R S T W Z AA AB AD AE AG BA BB BD BE BG BH BK BL BM BN BP
    DA DB DC DD DE DG DH DK DL DM DN DP DR DS DT DW EA EB ED KB KH KT KU PA PB
    """
)
#: Words naming a plate, between a vehicle's name and its plate (``Mitsubishi Fuso bernopol
#: BE 9876 AB``) and never in that name (``Nomor Polisi AG 7057 UR`` names no vehicle).
PLATE_WORDS: frozenset[str] = _words(
    "nomor polisi nopol bernopol bernomor pelat berpelat plat berplat"
)
#: Racing series written as codes (``F1``, ``Moto2``): after a maker they name its racing
#: team, an organisation (``Mercedes F1``, ``Honda GP2``), no model of a product; not
#: ``F3`` or ``F5``, phones' codes (``Oppo F5``).
RACING_SERIES: frozenset[str] = _words("f1 gp2 gp3 moto2 moto3")
#: Words for an airline before its name or a list of them (``maskapai Garuda Indonesia dan
#: Sriwijaya``, ``pesawat Mandala``, the plane of an airline): a name there written without
#: ``Air`` or ``Airlines`` is the airline.
AIRLINE_CUES: frozenset[str] = _words("maskapai pesawat")
#: The words an airline's name ends with, which the news leaves out after a cue.
AIRLINE_ENDS: tuple[str, ...] = ("Air", "Airlines", "Airways")
#: Words for a reference's number (``putusan MK Nomor 42``, ``UU Nomor 30``, ``Pasal 5``,
#: ``Ayat 2``, ``Bab 3``): the number after one is a ruling's or a law's, never a model's
#: (not ``No``: ``Chanel No 5``); and before a product noun they make the name after it the
#: owner's (``nomor ponsel KM``, the number of KM's phone), no product.
NUMBER_WORDS: frozenset[str] = _words("nomor nomer pasal ayat bab")
#: A vehicle's colour, written between its name and its plate (``Honda Jazz Hitam Nopol
#: BK ...``, ``Vario warna hitam nopol ...``): no word of the vehicle's name.
VEHICLE_COLOURS: frozenset[str] = _words(
    "warna berwarna hitam putih merah biru hijau kuning silver perak abu-abu abu coklat "
    "cokelat ungu oranye jingga emas marun krem gelap tua muda metalik"
)
#: Prefixes of a ship's name (``KRI`` a navy ship, ``KM``/``KMP`` a passenger ship or
#: ferry, ``MV`` a foreign motor vessel, ``MT`` a motor tanker) and of a named train
#: (``KA``, kereta api), which warta counts as products.
SHIP_PREFIXES: frozenset[str] = frozenset(("KRI", "KM", "KMP", "MV", "MT"))
#: Kinds of ship written between ``kapal`` and a ship's name (``kapal tanker Yo To``).
SHIP_KINDS: frozenset[str] = _words(
    "tanker ikan motor pesiar kargo feri patroli perang nelayan layar barang penumpang "
    "tunda keruk latih riset"
)
TRAIN_PREFIXES: frozenset[str] = frozenset(("KA",))
#: Kinds of vehicle, which a sentence may open with before the name (``Motor Yamaha Mio``).
VEHICLE_NOUNS: frozenset[str] = _words("bus truk truck minibus angkot pikap sepeda kendaraan")
#: Lowercase nouns that make the name right after them a product (``chatbot Grok``); a
#: satellite's, a rocket's, a browser's and a game engine's too (``satelit Telkom 1``,
#: ``browser Safari``, ``engine Unity``): on other IndoSum articles every name after one
#: was the craft or the program (a known company after one stays itself: ``search engine
#: Google``).
PRODUCT_NOUNS: frozenset[str] = _words(
    "chatbot aplikasi app ponsel smartphone laptop tablet gim game perangkat software "
    "mobil sedan motor skuter prosesor chip cip konsol drone robot podcast siniar browser "
    "peramban roket satelit engine"
)
#: Two-word nouns of craft, vessels and systems that make the name right after them a
#: product as ``PRODUCT_NOUNS`` do (``kapal induk Ronald Reagan``, ``pesawat tempur
#: Sukhoi``, ``sistem operasi Linux``), whatever the tagger read there; their first word
#: alone names no product (``pesawat Garuda``, an airline's; ``kapal Pelni``).
PRODUCT_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split())
    for phrase in (
        "kapal induk",
        "kapal selam",
        "pesawat tempur",
        "jet tempur",
        "pesawat antariksa",
        "wahana antariksa",
        "stasiun antariksa",
        "sistem operasi",
    )
)
#: Words after a model's or a platform's name that are part of it: an edition (``Nokia 7
#: Plus``, ``Galaxy S8 Pro``, ``Android Go``, ``Android One``) or a release's name
#: (``Android 8.0 Oreo``); on other IndoSum articles the capitalised word after a product
#: was one of these or no part of it (``RAM``, ``SoC``, a plate's letter).
MODEL_EDITIONS: frozenset[str] = frozenset(
    [
        "Plus",
        "Pro",
        "Max",
        "Mini",
        "Lite",
        "Go",
        "Ultra",
        "Edge",
        "Prime",
        "Elite",
        "One",
        "Oreo",
        "Nougat",
        "Marshmallow",
        "Lollipop",
        "KitKat",
    ]
)
#: Verbs of a product's launch: the name right after one is the product launched
#: (``meluncurkan Gboard``); not ``merilis``, as often said of a song or an album
#: (``merilis Melodrama``), which warta does not count as products.
LAUNCH_VERBS: frozenset[str] = _words("meluncurkan")
#: Verbs of a release said of songs and albums as often as of products (``merilis``): the
#: name after one is a product only where it ends in a model's code of letters and digits
#: (``merilis Galaxy S8``), which no title of a song is shaped like.
RELEASE_VERBS: frozenset[str] = _words("merilis memperkenalkan menghadirkan")
#: Words dating a product's or a work's make by its year after its name (``Toyota Kijang
#: keluaran tahun 1999``, a film ``Lutung Kasarung produksi 1952``, ``Mac keluaran 2012``).
RELEASE_YEAR_WORDS: frozenset[str] = _words("keluaran produksi rilisan")

#: Phrases that give a thing its name (``aplikasi bernama Uptime``, ``laptop ini diberi
#: nama ...``): the name after one is a product where a product's noun or a launch verb
#: comes shortly before (see ``PRODUCT_NAMING_WORDS``), elsewhere mostly a person's.
NAMING_CUES: frozenset[tuple[str, ...]] = frozenset(
    tuple(cue.split())
    for cue in ("bernama", "dinamai", "dinamakan", "dijuluki", "berjuluk", "diberi nama")
)
#: Words before a naming cue that make the name after it a product (``fitur bernama
#: Animoji``, ``memperkenalkan asisten virtual bernama Bixby``): the product nouns, and
#: nouns of features, services and variants, which name no product right before a name
#: (``layanan Gojek`` is the company's). On other IndoSum articles 29 of 33 names after a
#: cue with one of these shortly before were products (a division, a brand, a portal).
PRODUCT_NAMING_WORDS: frozenset[str] = (
    PRODUCT_NOUNS
    | LAUNCH_VERBS
    | RELEASE_VERBS
    | _words(
        "fitur varian layanan platform sensor asisten produk earphone headphone speaker "
        "kamera gamepad"
    )
)
#: Product nouns that, opening an apposition right after a name, say the name is a
#: product (``Astrapad, aplikasi yang ...``, ``Footbeat, yaitu perangkat ...``); not
#: ``layanan`` or ``platform``, said as often of a company (``Tmall, platform ...``), nor
#: a vehicle's, said after a speaker (``lanjut Dwi, mobil melaju ...``). On other IndoSum
#: articles such names were products but for a medium named before a product's own name
#: (``pantauan Dailysocial, aplikasi Gmail Go``).
APPOSED_PRODUCT_NOUNS: frozenset[str] = _words(
    "aplikasi app gim game drone perangkat fitur robot konsol ponsel smartphone laptop "
    "tablet software chatbot"
)
#: Nouns of a trade or a group around products, before a product's noun (``bengkel mobil
#: bernama ...``, ``komunitas motor bernama ...``): the name is the business's or the
#: group's, no product.
PRODUCT_TRADE_NOUNS: frozenset[str] = _words(
    "bengkel toko pabrik dealer diler produsen pembuat komunitas perusahaan gerai showroom "
    "klub pameran penyewaan rental"
)

#: Phrases that title a work, whatever it is (``lagu berjudul ...``, ``video dengan judul
#: ...``, ``buku ... yang diberi judul ...``): the name right after one is the work's
#: title even where the tagger read nothing there, unlike after ``bertajuk``, said of
#: events as often (``bertajuk Asia Cup``).
TITLING_CUES: frozenset[tuple[str, ...]] = frozenset(
    (("berjudul",), ("dengan", "judul"), ("diberi", "judul"))
)
#: Phrases before the title of a work (a film, song, book or show), which warta counts as
#: a product like a podcast: ``lagu berjudul Strip That Down`` names no person, nor does
#: ``pelantun Hotline Bling`` (the singer of it).
WORK_TITLE_CUES: frozenset[tuple[str, ...]] = TITLING_CUES | frozenset(
    tuple(cue.split()) for cue in ("bertajuk", "bertitel", "pelantun", "pelantun lagu")
)
#: Lowercase English words inside a work's English title (``Game of Thrones``, ``Beauty
#: and the Beast``), which Indonesian news writes untranslated; a title has ``of`` or
#: ``and`` (``TITLE_JOINERS``) between its capitalised words.
TITLE_FUNCTION_WORDS: frozenset[str] = _words("of the and a an in on for to from with at")
TITLE_JOINERS: frozenset[str] = _words("of and")
#: Lowercase words inside a work's Indonesian title, or an English one's ``is``, that its
#: capitalised words run on over after the work's noun (``film Surat Kecil untuk Tuhan``,
#: ``film Marlina si Pembunuh dalam Empat Babak``, ``film Life is Full of Surprises``):
#: on IndoSum all six titles after ``film`` with ``si`` or ``untuk`` ran on; not ``di``
#: (``film Fury Road di Afrika``), nor ``dalam`` but after one of these.
TITLE_CONNECTORS: frozenset[str] = _words("si untuk is")
TITLE_LATER_CONNECTORS: frozenset[str] = _words("dalam")
#: Lowercase words inside a title dated with its year in a list of works (``film Senja di
#: Kemang (1978)``, ``Darah dan Doa (1950)``); not a maker's word (``Katalog Film Indonesia
#: terbitan Nalar (2005)``: the year dates the publisher's edition).
DATED_TITLE_WORDS: frozenset[str] = (
    TITLE_CONNECTORS
    | TITLE_LATER_CONNECTORS
    | TITLE_FUNCTION_WORDS
    | _words("di dan ke dari dengan yang tak tanpa")
)
#: Words of an award's category (``Song of the Year``), an institution's or an event's
#: English name (``School of Business``, ``Travel and Adventure Show``), none of a work's
#: title (with the heads and ends of such names ``names`` knows already).
NOT_TITLE_WORDS: frozenset[str] = _words(
    """
    year month week season decade fame school college centre center committee commission
    administration agency society foundation federation union republic party museum hall
    stadium show race conference agreement development management business sales tour
    government academy guild programme program control accord defence defense chiefs
    internet facility facilities building
    """
)
#: Nouns right before the title of a work (``film Mad Max``, ``serial Avengers``), a
#: product too (see ``WORK_TITLE_CUES``); not ``lagu`` or ``album``, which as often name
#: the singer (``lagu Bob Dylan``).
WORK_NOUNS: frozenset[str] = _words("film serial sinetron novel")
#: Nouns before a work's title that is as often named after its hero or its subject: a
#: play's ``lakon`` (``lakon Abimanyu Ranjam``) and a work's noun with its owner's ``-nya``,
#: which has its owner already, so that even a book's is followed by the title (``bukunya
#: The Laws``, where ``buku Pramoedya`` may name the writer). A title of two words or more
#: after one is the work, as after ``film``; a one-word name there is as often the person
#: the work is about, whom the article names all through (``bukunya "Soemitro ..."``), so
#: it is no title to find again.
OWNED_WORK_NOUNS: frozenset[str] = _words("filmnya serialnya sinetronnya novelnya bukunya")
LONG_TITLE_NOUNS: frozenset[str] = OWNED_WORK_NOUNS | _words("lakon")
#: Nouns right before a work's title in quotes (``lagu "Kali Kedua"``, ``single
#: "Praying"``, ``album "Blackstar"``): quoted, the words are the title, not the singer.
QUOTED_WORK_NOUNS: frozenset[str] = (
    WORK_NOUNS | OWNED_WORK_NOUNS | _words("lagu single singel album buku")
)
#: Nouns of a song right before its title (``lagu Swish Swish``, ``single hit Too Good at
#: Goodbyes``), and the words that may stand between them (``lagu andalan``): the name the
#: tagger read there as a person or an organisation is the song's, no singer's, but for a
#: surname, a counted or reduplicated noun (``10 lagu Muse``, ``lagu - lagu Mocca``, the
#: band's songs, see ``SONG_COUNTS``), a writer's
#: trade before (``penulis lagu``) or ``berjudul`` after (``lagu Stormzy yang berjudul``).
#: On other IndoSum articles 13 of 13 such names after ``lagu`` were titles; not after
#: ``album``, where most were the singer's or the band's (``album terbaru Foo Fighters``).
SONG_NOUNS: frozenset[str] = _words("lagu single singel")
SONG_TITLE_OPENERS: frozenset[str] = _words("hit andalan terbaru terbarunya baru debut")
SONG_WRITERS: frozenset[str] = _words("penulis pencipta penyanyi pelantun")
#: Words counting songs before their noun (``10 lagu Muse``, ``beberapa lagu Mocca``): the
#: name after is the band's or the singer's, whose songs they are.
SONG_COUNTS: frozenset[str] = _words("beberapa sejumlah deretan seluruh semua banyak para")
#: Words before a singer's or a band's name (``milik Mocca``, ``personel SHINee``,
#: ``penggemar Muse``): a name the article writes after one anywhere is the musician, also
#: after a song's noun (``lagu Mocca``, the band's song).
MUSICIAN_CUES: frozenset[str] = _words(
    "milik dari karya personel penggemar fan fans band grup vokalis punggawa anggota"
)
#: Nouns right before a work's title the tagger read nothing in (``lagu Senja Terakhir``,
#: ``film Rumah Kaca``): the title is the work, the tagger's silence saying it names no
#: singer (``lagu Bob Dylan`` reads as a person); not ``buku``, as often before a book's
#: kind (``buku Panduan ...``).
UNTAGGED_TITLE_NOUNS: frozenset[str] = QUOTED_WORK_NOUNS - _words("buku")
#: Capitalised words after a work's noun naming where works come from, no title
#: (``film Tanah Air``, Indonesian films; ``serial TV``; ``festival film Internasional``;
#: a film industry, ``film Hollywood``; ``drama Barat``, Western dramas).
WORKS_ORIGINS: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split())
    for phrase in (
        "tanah air",
        "tv",
        "nasional",
        "internasional",
        "lokal",
        "asing",
        "hollywood",
        "bollywood",
        "barat",
        "timur",
        "melayu",
        "asia",
        "mandarin",
    )
)
#: Nouns of events and things with a title that are no works (``konser bertajuk "The
#: Intimate"``, ``pameran bertajuk ...``, ``koleksi bertajuk ...``, ``sabuk bertitel ...``),
#: and ``tangga`` of ``tangga lagu "Billboard 200"``, a chart: the quoted title after one is
#: no product.
TITLED_NON_WORKS: frozenset[str] = _words(
    "konser tur tour pameran festival acara workshop lokakarya seminar diskusi koleksi sabuk "
    "program kampanye gerakan turnamen kompetisi lomba gelaran pergelaran pentas tangga"
)
#: Trades of a work's makers and stars before its noun (``sutradara film``, ``pemain
#: film``), or ``karya`` (``karya film Garin Nugroho``, his film work): the person named
#: right after is the maker, not the work's title.
WORK_MAKERS: frozenset[str] = _words(
    "pemain sutradara produser aktor aktris bintang penulis pengarang sineas komposer karya"
)
#: Words before a work's or a thing's maker or owner (``karya Garin Nugroho``, ``milik
#: Budi Santoso``): a person there stays one before a make's year (``film karya Garin
#: Nugroho produksi 2018``), the work or the thing being elsewhere.
MAKER_OWNER_WORDS: frozenset[str] = WORK_MAKERS | _words("garapan besutan arahan milik oleh")
#: Words of an article about a film, a series or a play: there a name right after a role
#: cue is the character an actor plays (``berperan sebagai Ygritte``, ``memerankan Dilan``,
#: ``sebagai karakter "Tsukiko"``, a name quoted right after ``sebagai``: ``sebagai "Sara"
#: dalam "Deep Love"``), a person; elsewhere a role is a nickname (``berperan
#: sebagai Mr. Money Bags`` for a company). Not ``karakter`` alone, also said of a studio
#: or a franchise (``karakter Disney``), nor ``sebagai tokoh``, also a figure of a body
#: (``dikenal sebagai tokoh Muhammadiyah``).
SHOW_WORDS: frozenset[str] = WORK_NOUNS | _words("drama series teater musikal sandiwara")
#: Words of a sentence listing a star's or a singer's works (``tampil di Underworld
#: (2003)``, ``bintang tamu di Joan of Arcadia (2003)``, ``album keduanya, The Fame Monster
#: (2009)``): there a name dated with a year in parentheses is a work's title.
FILMOGRAPHY_WORDS: frozenset[str] = SHOW_WORDS | _words(
    "album singel single dibintangi membintangi berperan pemeran bintang"
)
#: Words right before a character's name in an article about a work named like the
#: character (``karakter Dilan``, ``sosok Sully``, ``janda bernama Marlina``): the name
#: there is the character, a person, not the work. On IndoSum 14 of 15 names of an
#: article's film written after these, a role cue or in parentheses after an actor
#: (``Marsha Timothy (Marlina)``) were its characters, one a studio's (``karakter Marvel``).
CHARACTER_WORDS: frozenset[str] = _words("karakter tokoh sosok bernama")
ROLE_CUES: frozenset[tuple[str, ...]] = frozenset(
    tuple(cue.split())
    for cue in (
        "berperan sebagai",
        "peran sebagai",
        "perannya sebagai",
        "memerankan",
        "memerankan karakter",
        "memerankan tokoh",
        "memainkan karakter",
        "sebagai karakter",
    )
) | frozenset(("sebagai", quote) for quote in '"“')
#: Phrases before the name of the medium a news item was taken from: ``dilansir Reuters``,
#: ``dikutip dari Newsweek``, ``Sumber: The Verge``, ``Sumber berita PhoneArena``, and a news
#: agency (``kantor berita Interfax``); also with the medium's site named (``dilansir
#: laman Quartz``, ``dikutip situs Bild``). Not ``mengutip``, ``dikutip`` or ``dilansir
#: oleh`` alone, nor ``menurut``, which also quote persons (see ``QUOTING_CUES``).
_CITING_VERBS = ("dilansir", "melansir", "dikutip")
_CITING_LINKS = ("", "dari", "oleh")
_CITED_SITES = ("", "laman", "situs", "halaman")
#: Verbs that quote a medium or a person (``Mengutip The Hollywood Reporter``, ``seperti
#: dikutip Antara``; ``mengutip Trump``, ``yang dikutip Budi``), and ``dilansir oleh``,
#: said of a person too (``dilansir oleh Budi Santoso, Kepala Dinas``): the name after one
#: is the medium cited only where it reads as one (see ``_quoted_media``).
QUOTING_CUES: frozenset[tuple[str, ...]] = frozenset(
    {("mengutip",), ("dikutip",), ("dikutip", "oleh"), ("dilansir", "oleh"), ("melansir", "oleh")}
)
SOURCE_CUES: frozenset[tuple[str, ...]] = (
    frozenset(
        tuple(cue.split())
        for cue in (
            *(
                f"{verb} {link} {site}"
                for verb in _CITING_VERBS
                for link in _CITING_LINKS
                for site in _CITED_SITES
            ),
            "sumber :",
            "sumber berita",
            "kantor berita",
        )
    )
    - QUOTING_CUES
)

#: Phrases before a sports team's opponent: ``kalah dari Freiburg``, ``menjamu
#: Middlesbrough``. A city there is its club; a country stays the country, as warta links
#: national teams. Also ``dari`` / ``atas`` right after a score (``takluk 0 - 1 dari``).
#: Of those, the phrases said of matches only (``menang atas Watford``, ``menjamu
#: Freiburg``): a name the tagger missed after one is the opposing team too.
MATCH_CUES: frozenset[tuple[str, ...]] = frozenset(
    tuple(cue.split())
    for cue in (
        "kalah dari",
        "takluk dari",
        "tumbang dari",
        "tunduk dari",
        "kekalahan dari",
        "menang atas",
        "kemenangan atas",
        "unggul atas",
        "menjamu",
        "dijamu",
        "bertandang ke",
        "ditahan imbang",
        "imbang dengan",
    )
)
OPPONENT_CUES: frozenset[tuple[str, ...]] = MATCH_CUES | frozenset(
    tuple(cue.split())
    for cue in (
        "melawan",
        "kontra",
        "mengalahkan",
        "dikalahkan",
        "menundukkan",
        "menghadapi",
        "meladeni",
        "berhadapan dengan",
        "ditantang",
        "menantang",
    )
)
#: Cues that name the opposing team only where a score follows the name (``Chelsea ditahan
#: Tottenham 3-3``, held to a draw): elsewhere ``ditahan`` is detained (``ditahan polisi``).
SCORED_OPPONENT_CUES: frozenset[tuple[str, ...]] = frozenset({("ditahan",)})
#: Words naming a national team (``Timnas Indonesia``, ``tim nasional``): the team it plays
#: is a country, whether the gazetteer knows it or not (``melawan Puerto Riko``).
NATIONAL_TEAM_WORDS: frozenset[str] = _words("timnas nasional")
#: Words right after a team that wins, loses or draws (``Wolfsburg menang di Bundesliga``):
#: read as the opponent cues are, so a club's short form or an unknown place there is the
#: club. Persons and known places before them stay (``Jerman menang``).
RESULT_WORDS: frozenset[str] = _words("menang kalah imbang takluk tumbang")
#: Words of a report on an individual sport (``tunggal putra``, ``pebulu tangkis``,
#: ``petenis``, athletics and swimming): there a full name before a country in parentheses
#: is a player and their country (``Sai Praneeth (India)``), not a club or a team.
INDIVIDUAL_SPORT_WORDS: frozenset[str] = _words(
    "tunggal ganda pebulu pebulutangkis petenis petinju pegolf pebalap atletik pelari perenang"
)
#: Phrases before the club a player plays for or moves to (``membela Leverkusen``,
#: ``dipinjamkan ke Barnsley``): read as the opponent cues are. Persons after them stay
#: (``membela Ahok`` is defending someone).
CLUB_CUES: frozenset[tuple[str, ...]] = frozenset(
    tuple(cue.split())
    for cue in ("membela", "gabung", "hijrah ke", "transfer ke", "dipinjamkan ke")
)
#: Words before a club's name that as often come before a place (``eks pemain Roma``,
#: ``klub London Utara``, ``pemain Negeri Paman Sam``, a river ``bergabung dengan`` another):
#: only a club's short form there is read as the club.
CLUB_SHORT_FORM_CUES: frozenset[tuple[str, ...]] = frozenset(
    tuple(cue.split())
    for cue in ("pemain", "klub", "bergabung dengan", "bergabung ke", "gabung dengan", "gabung ke")
)
#: Words of a football report (``bek``, ``klasemen``): an article writing two of them names
#: a club by its short form alone (``Liverpool`` in ``menggeser Liverpool (44)``), the city
#: seldom. Not ``laga``, which films have too (``film laga``); ``pemain`` counts, as a film's
#: cast (``para pemain``) seldom comes with a second of these words.
FOOTBALL_WORDS: frozenset[str] = _words(
    "gol klub pelatih manajer klasemen striker bek gelandang kiper penyerang pemain"
)
#: Words of a motor-racing report (``pebalap``, ``sirkuit``): an article writing two of them
#: names a racing team by its short form (``duo pebalap Mercedes``), the carmaker seldom.
RACING_WORDS: frozenset[str] = _words(
    "pebalap balapan sirkuit podium kualifikasi f1 motogp formula"
)
#: Positions heading a squad's list by position (``Kiper: Donnarumma, Storari. Gelandang:
#: Bertolacci, Honda, Kucka.``, ``Penjaga Gawang: ...``): the names after one and its colon
#: are players.
POSITION_HEADINGS: frozenset[str] = _words(
    "kiper gawang bek belakang gelandang tengah penyerang depan striker"
)
#: Words before a country that make the name after it, past a comma, one of its people
#: (``pemain Hong Kong, Wong Wing Ki Vincent``, ``penyanyi asal Kanada, Celine Dion``).
COUNTRYMAN_WORDS: frozenset[str] = _words(
    """
    asal pemain pebulu tangkis petenis pebalap pembalap atlet petinju pegolf perenang
    pelari pesepeda gelandang bek penyerang striker kiper wakil pelatih
    """
)
#: Arabic particles written before a spaced hyphen inside a person's name (``Abdel Fattah
#: al - Sisi``, ``Tamim bin Hamad al - Thani``).
NAME_PARTICLES: frozenset[str] = _words("al el")
#: Particles opening a European surname, which goes by them: ``De Niro`` of Robert De
#: Niro, ``Van Dijk``, ``Di Maria``, ``Da Silva``; in a line-up they join the player's name
#: (``Marc - Andre ter Stegen``, ``van den Berg``).
SURNAME_PARTICLES: frozenset[str] = _words(
    "de da di del della der den ter van von dos das du le la"
)
#: Particles that link a person's given names to the family's inside one name (``Georg
#: Ludwig von Trapp``, ``Edwin van der Sar``, ``Muhammad bin Salman``, a Batak woman's
#: ``br``, boru, before her clan: ``Ermawati br Karo``): a name with one between its words
#: is a person's, whatever the tagger read it as. Not the Romance ``de`` or ``del``, which
#: join places' names too (``Rio de Janeiro``, ``Mar del Plata``).
PERSON_NAME_LINKS: frozenset[str] = _words("von van bin binti br boru")
#: Nouns for the leader of a school or a community, written capitalised before the
#: honorific of the person who leads it (``Pimpinan Ustadz Syamsi Dukha``, ``Pengasuh KH
#: Ahmad``): no longer name holds the honorific there.
LEADER_NOUNS: frozenset[str] = _words("pimpinan pengasuh")
#: Words right after a person's name that make it one (``Sergio Ramos dkk.``, "and
#: colleagues").
PERSON_FOLLOWERS: frozenset[str] = _words("dkk cs")
#: Political currents capitalised before a party's one-word name (``Sosial Demokrat``,
#: ``Kristen Demokrat``, ``Liberal Demokrat``): the two words name another party or
#: current, not the known party of the last word.
IDEOLOGY_WORDS: frozenset[str] = _words(
    "sosial sosialis kristen katolik islam liberal nasional buruh progresif konservatif"
)
#: A party's boards by level (``DPD Partai Golkar``, ``DPC PDIP``): before a party they
#: name a branch of it, not the senate DPD.
PARTY_BOARDS: frozenset[str] = _words("dpp dpd dpw dpc")
#: The same boards written out (``Dewan Pimpinan Pusat``, ``Dewan Perwakilan Daerah``),
#: lowercased: before a party they name its board, not the senate.
PARTY_BOARD_NAMES: frozenset[tuple[str, ...]] = frozenset(
    ("dewan", body, level)
    for body in ("pimpinan", "perwakilan")
    for level in ("pusat", "daerah", "wilayah", "cabang")
)
#: Words counting the things after them (``sejumlah DPC``, with numbers: ``31 DPD``): a
#: party's board counted so is one of many boards, no organisation of its own.
COUNT_WORDS: frozenset[str] = _words("sejumlah beberapa seluruh semua para banyak")
#: Units and multipliers a number counts (``85 persen``, ``10 juta``, ``3 tahun``): such a
#: number after a product is no version of it (``Android 85 persen``).
COUNTED_UNITS: frozenset[str] = _words(
    "persen % juta ribu miliar triliun unit orang kali tahun bulan pekan hari jam menit detik"
)
#: Last words of events' names (``World Government Summit``, ``Agrinex International Expo``,
#: ``Grammy Awards``, ``Shakespeare Prize``, a race ``Bhayangkara Run``, ``Borobudur
#: Marathon``): an event or an award, which
#: both annotated corpora leave out, whatever the tagger read there. Not ``Games`` or
#: ``Cup``: competitions are organisations, as a league is.
EVENT_ENDS: frozenset[str] = _words(
    "summit expo festival fest award awards prize conference week run marathon maraton"
)
#: Words a storm's name follows (``topan Katrina``, ``Badai Harvey``, ``Siklon Cempaka``,
#: ``Badai Tropis Cristobal``): a storm, which idner-news-2k leaves out, no person.
STORM_WORDS: frozenset[str] = _words("topan badai siklon taifun hurikan hurricane typhoon cyclone")
#: Words between a storm's word and its name (``Badai Tropis Cristobal``).
STORM_CLASSES: frozenset[str] = _words("tropis")
#: Last words of a treaty's or a scheme's English name (``Nuclear Non-Proliferation
#: Treaty``, ``Kyoto Protokol``, ``Clean Development Mechanism``, ``Product Specific
#: Safeguard``): an agreement, no entity, though the tagger reads a place there.
AGREEMENT_ENDS: frozenset[str] = _words(
    "treaty protocol protokol mechanism safeguard safeguards agreement"
)
#: Words a championship's or a tournament's name opens with (``Kejuaraan Badminton Asia
#: Junior``, read as a place): an event too.
EVENT_HEADS: frozenset[str] = _words("kejuaraan turnamen")
#: Words a treaty's Indonesian name opens with, before the place it was signed in
#: (``Protokol Kyoto``, ``Konvensi Jenewa``, which idner-news-2k leaves out): an agreement.
AGREEMENT_HEADS: frozenset[str] = _words("protokol konvensi")
#: Words closing a concert tour's title (``Ed Sheeran Divide World Tour``): the tagger reads
#: the title before it as its performer's name.
TOUR_WORDS: frozenset[str] = _words("tour tur")
#: Words a meeting's name opens with (``Rapat Dengar Pendapat``, ``Konferensi Tingkat
#: Tinggi``): a meeting is an event, neither it nor the acronym it is defined with (``RDP``)
#: an entity. Not ``Kongres`` or ``Majelis``, also bodies (``Kongres AS``).
MEETING_HEADS: frozenset[str] = _words("rapat sidang musyawarah konferensi muktamar")
#: Words before the initials news gives a suspect or victim it does not name (``tersangka
#: berinisial MA``; police spokesmen say ``saudara SD``).
INITIALS_CUES: frozenset[tuple[str, ...]] = frozenset(
    tuple(cue.split())
    for cue in ("berinisial", "inisial", "berinisial :", "inisial :", "saudara", "sdr", "sdr .")
)
#: Words between two such initials (``berinisial MA dan SH``).
INITIALS_JOINERS: frozenset[str] = frozenset({",", "dan", "serta", "&"})
#: Words after a score that name the opponent (``menang 2 - 1 atas Parma``, ``imbang 1-1
#: dengan Burnley``, ``imbang 2-2 melawan Perseru``): in IndoSum 13 of 14 capitalised names
#: after ``dengan``, ``melawan`` or ``kontra`` there are the other team (the one left,
#: ``dengan Ronaldo``, a known scorer). Not ``oleh`` (``ditahan 1 - 1 oleh Hercules``):
#: a club the tagger read as a person there lost its other mentions.
SCORE_OPPONENT_WORDS: frozenset[str] = _words("dari atas dengan melawan kontra")

#: Administrative heads abbreviated, maybe with a full stop: ``Kab. Bogor`` is Kabupaten
#: Bogor.
ABBREVIATED_HEADS: frozenset[str] = _words("kab prov kec")
#: A street's head abbreviated, maybe with a full stop: ``Jl. Sudirman`` and ``Jln.
#: Sudirman`` are streets, as ``Jl Sudirman`` is.
STREET_ABBREVIATIONS: frozenset[str] = _words("jl jln")
#: Venue heads written short or spelt out, each with the spelling a venue's name takes, so
#: that one venue is one entity however an article writes its head: ``Jl. Sudirman``,
#: ``Jln Sudirman`` and ``Jalan Sudirman`` are one street, ``Bandar Udara Soekarno - Hatta``
#: is Bandara Soekarno - Hatta, and so is ``Bandara Internasional Soekarno - Hatta`` (an
#: airport is named without the word, as the gazetteer knows it; the longer head first),
#: ``RS Mayapada`` Rumah Sakit Mayapada, ``Komplek Parlemen`` (the common misspelling)
#: Kompleks Parlemen.
VENUE_HEAD_SPELLINGS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("jl",): ("Jalan",),
    ("jln",): ("Jalan",),
    ("jalan",): ("Jalan",),
    ("bandar", "udara", "internasional"): ("Bandara",),
    ("bandara", "internasional"): ("Bandara",),
    ("bandar", "udara"): ("Bandara",),
    ("rs",): ("Rumah", "Sakit"),
    ("komplek",): ("Kompleks",),
}
#: Heads that make a known name part of another entity's name, and that entity's kind:
#: ``Jl Medan Merdeka`` is a street, not the city Medan (``Sirkuit Sepang`` a race track,
#: not the town); ``Tugu Monas`` a monument, as
#: both annotated corpora write it (``Stadion Harapan``), ``Menara Kudus`` a tower, not the
#: town; ``Bank Indonesia`` is a bank.
#: ``Kabupaten Sumenep`` is still Sumenep, ``Kota Medan`` still Medan: heads that name the
#: place itself, kept in the mention as both annotated corpora do. Not ``Gunung``:
#: ``Gunung Padang`` is a site, no part of the city Padang. Papua's districts (``Distrik
#: Abepura``) and Japan's prefectures (``Prefektur Chiba``) are such units too.
ADMINISTRATIVE_HEADS: frozenset[str] = ABBREVIATED_HEADS | _words(
    "kabupaten kota provinsi kecamatan kelurahan desa dusun pulau republik distrik prefektur"
)
PLACE_HEADS: frozenset[str] = ADMINISTRATIVE_HEADS | _words(
    """
    gunung jl jln jalan gedung bandara pelabuhan stasiun rumah sakit rs tugu monumen menara
    stadion gor teluk pantai sirkuit circuit danau kepulauan
    """
)
#: Heads of a natural feature's or a mall's name (``Gunung Rinjani``, ``Danau Toba``, ``Mal
#: Thamrin City``, a cave: ``Goa Sunyaragi``): the article may name it without its head
#: (``Rinjani``, ``Thamrin City``, ``Sunyaragi``).
FEATURE_HEADS: frozenset[str] = _words("gunung danau sungai mal mall goa gua")
#: Heads of a village's or a district's name, or a natural feature's, that the article
#: leaves out once it has written them (``Kelurahan Kalibaru`` then ``warga Kalibaru``,
#: ``Gunung Rinjani`` then ``Rinjani``), and a foreign province's (``Provinsi Rakhine`` then
#: ``warga Rakhine``; Indonesia's provinces and the cities named as they are the gazetteer
#: knows apart). Not a regency's or a city's: ``Kabupaten Bandung`` and ``Bandung`` are two
#: places.
DROPPED_PLACE_HEADS: frozenset[str] = FEATURE_HEADS | _words(
    "kecamatan kec kelurahan desa dusun distrik provinsi prefektur"
)
#: Heads of a village's, a district's, a regency's or a street's name that writers also put
#: in lowercase and that still open the name (``desa Kramas`` is ``Desa Kramas``, ``jalan
#: Menoreh Raya`` ``Jalan Menoreh Raya``), as NERGrit writes them nearly always. Not ``kota``
#: or ``pulau``, which in lowercase describe the place more often than they name it (``kota
#: Bandung``, idner-news-2k's usual reading).
LOWERCASE_PLACE_HEADS: frozenset[str] = _words("desa kecamatan kelurahan dusun kabupaten jalan")
#: Nouns a lowercase place head qualifies (``kantor kecamatan Sukamaju``, ``kepala desa
#: Sukamaju``): the head belongs to the office or the title there, the place's name is the
#: name alone.
HEAD_QUALIFIED_NOUNS: frozenset[str] = _words("kantor balai kepala pemerintah perangkat aparat")
#: Heads of a venue's or a street's name, which the city it stands in may follow (``GOR
#: Soemantri Brodjonegoro Jakarta``): place heads that are no administrative unit.
VENUE_HEADS: frozenset[str] = PLACE_HEADS - ADMINISTRATIVE_HEADS
#: Words that open a place's own name, never end a venue's (``New`` of ``New Yogyakarta``,
#: ``South`` of ``New South Wales``).
PLACE_NAME_OPENERS: frozenset[str] = _words("new north south east west saint san santa port")
#: Heads of the police's and the army's regional commands named after a command's region
#: (``Polres Merauke``, ``Kodim Sleman``).
COMMAND_HEADS: frozenset[str] = _words(
    "polda polres polresta polrestabes polsek kodam korem kodim koramil"
)
#: A regional office's abbreviated name (``Dispar Aceh``, ``Disbudpar Prov. Sumatera
#: Selatan``, ``Dinkes Kota Bogor``, a Jakarta city's ``Sudin Kesehatan``, its Suku Dinas):
#: the office, as ``Dinas`` spelt out is, and alone the office of the article's region
#: (``kantor Bappeda``, the planning board, was a place).
REGIONAL_OFFICES: frozenset[str] = _words(
    """
    dispar disbudpar disparbud disporapar dispora disdik dinkes dishub disnaker disdukcapil
    disperindag dispenda diskominfo dinsos distan dishut sudin bappeda
    """
)
#: Heads of organisations' names; the army's territorial commands are named as the
#: police's are (``Polres Sleman``, ``Kodim Sleman``, ``Korem Wijayakusuma``), and a regional
#: office's abbreviated name (``REGIONAL_OFFICES``) is the office; a polytechnic, an
#: institute or an academy is a college as a university is (``Politeknik Negeri Malang``);
#: ``Pemda`` (the regional government) heads a name as ``Pemprov`` does (``Pemda DKI``), and
#: an embassy its country's mission (``Kedutaan AS``, ``Kedubes Inggris``: the country alone
#: was read), as Indonesia's embassies and consulates written short are (``KBRI Den Haag``,
#: ``KJRI Hong Kong``; one was read as a relative of a person ending in ``Haag``); a
#: ministry's old name opens with ``Departemen`` as today's with ``Kementerian``
#: (``Departemen ESDM``, in older news).
ORGANISATION_HEADS: frozenset[str] = (
    _words(
        """
    pt cv tbk persero bank universitas university institut politeknik akademi partai lembaga
    pengadilan kejaksaan kantor kementerian kementrian departemen direktorat badan komisi dinas
    pemprov pemkot pemkab pemda kedutaan kedubes konsulat kbri kjri
    """
    )
    | COMMAND_HEADS
    | REGIONAL_OFFICES
)
#: Words before a body that say its representative, its delegate or its office stands
#: there (``Perwakilan Wadah Pegawai``, ``Perwakilan Bank Dunia``): no part of the body's
#: name, which the mention names as the branch words below do; but a word of a council's
#: own name (``Dewan Perwakilan Rakyat``, ``Perwakilan Daerah``).
REPRESENTATIVE_WORDS: frozenset[str] = _words("perwakilan")
REPRESENTED_NAME_WORDS: frozenset[str] = _words("rakyat daerah")
#: Words after a company's name that open the name of one of its branches (``PT Jasa
#: Marga Cabang Purbaleunyi``): the branch is named as the company, and its name after
#: the word is no person or body of its own.
BRANCH_WORDS: frozenset[str] = _words("cabang")
#: Heads of a unit inside a body (``Komisi III DPR``, ``Pansus Hak Angket DPR``, ``Biro
#: Penerangan Masyarakat Divisi Humas Polri``, ``Direktorat Lalu Lintas Polda Metro Jaya``):
#: opening a capitalised run right before an organisation, they make the run and it one
#: organisation, the unit. Not ``Fraksi``: idner marks the party alone (``Fraksi Partai
#: Demokrat``), nor ``Fakultas``: a faculty and its university are two (``Fakultas
#: Kehutanan UGM``). A council, an assembly or a court is a unit (``Dewan Keamanan PBB``,
#: ``Majelis Umum PBB``, ``Mahkamah Kejahatan Perang PBB``, written short ``DK OJK``,
#: ``Dewan Komisioner``), as is an executive committee (``Exco PSSI``) or a disciplinary or
#: appeals committee written short (``Komdis PSSI``, ``Komding PSSI``), and so is a national
#: body's executive board, its Pengurus Besar or Pengurus Pusat, short or in full (``PB
#: HMI``, ``PB PGRI``, ``PP PBSI``, ``Pengurus Pusat Persatuan ...``; a regulation, ``PP
#: Nomor 24``, is before no organisation), and a city's Suku Dinas, the unit of a
#: province's office (``Suku Dinas Perhubungan Jakarta Timur``), and a centre (``Pusat
#: Penelitian Geoteknologi LIPI``, ``Pusat Penerangan TNI``), but not a board's level
#: (``Pimpinan Pusat Muhammadiyah``).
UNIT_HEADS: frozenset[str] = _words(
    """
    pansus panja komisi direktorat ditjen biro divisi satlantas satreskrim satnarkoba
    subdit ditlantas ditreskrimum ditreskrimsus ditresnarkoba dewan pb pp pengurus dk suku
    exco komdis komding pusat majelis mahkamah
    """
)
#: The heads of ``UNIT_HEADS`` that name a body's executive board (``PB``, ``PP``,
#: ``Pengurus``): a party's board is no unit, the party is named alone, as idner does.
BOARD_HEADS: frozenset[str] = _words("pb pp pengurus")
#: The levels of a board written out after ``Pengurus`` (``Pengurus Pusat``, ``Pengurus
#: Besar``): ``Pengurus`` alone is the body's officials (``Pengurus Persija``), no unit.
BOARD_LEVELS: frozenset[str] = _words("pusat besar wilayah daerah cabang")
#: Words of a school's name before its number (``SMK I Limboto``, ``SMA Negeri II
#: Tabanan``): a Roman numeral right after one is the school's number, not the Balinese
#: article ``I`` opening a person's name.
SCHOOL_WORDS: frozenset[str] = _words("sd sdn smp smpn sma sman smk smkn mts man negeri")
#: School levels (``lulusan SMA``, ``hari pertama saya TK``): one alone, or with a building
#: (``Gedung SMK``), is no entity; in both annotated corpora's training sets none of 94 is
#: tagged alone. A school's name goes on after one (``SMA Negeri 14 Jakarta``).
SCHOOL_LEVELS: frozenset[str] = _words("tk paud sd sdn smp smpn sma sman smk smkn mts")
#: Heads of bodies with a branch in each region, named with its seat (``Pengadilan Negeri
#: Medan``, ``PN Medan``, ``Komisi Pemilihan Umum (KPU) DKI Jakarta``, ``Badan Pusat
#: Statistik (BPS) Jawa Timur``): the seat after the acronym the article defines is the
#: branch's. So are a regional office's heads, a province's or a regency's service
#: (``Dinas Perhubungan dan Pariwisata (Dishubpar) Banjarnegara``) or a ministry's regional
#: unit (``Balai Konservasi Sumber Daya Alam (BKSDA) Riau``), as FacQA's older news marks
#: them. Not a school's or an institute's head (``Sekolah Tinggi ... (STKS) Bandung``:
#: the annotated corpora mark the city apart).
BRANCH_HEADS: frozenset[str] = _words(
    "pengadilan kejaksaan kepolisian kantor unit komisi badan dinas balai"
)
#: Bodies that sit in every region and go by it (``DPRD Sumsel``, ``DPRD Kota Depok``, the
#: election commission and its watchdog: ``KPU Jatim``, ``Komisi Pemilihan Umum Provinsi Jawa
#: Timur``, ``Bawaslu Kota Depok``; the ministry of religion's office in each regency and
#: city, ``Kemenag Kota Singkawang``), by their name or its first word: the known place right
#: after one is its seat, the body of that region one organisation, whatever the tagger read
#: there.
SEATED_BODIES: frozenset[str] = _words("dprd kpu kpud bawaslu panwaslu kemenag") | frozenset(
    {"komisi pemilihan umum", "badan pengawas pemilu"}
)
#: Words for an organisation's office before its name (``Kantor Kementerian Sosial``):
#: the mention takes them, the organisation is the same.
OFFICE_WORDS: frozenset[str] = _words("kantor")
#: Titles of an office seated in a place, the place written right after them (``Bupati
#: Rote Ndao``, ``Presiden Nauru``): the name after the place is the holder's. Not a
#: coach's or a director's title: ``Pelatih Madura United`` names a club.
SEAT_TITLES: frozenset[str] = _words(
    """
    presiden wapres gubernur wagub bupati wabup wali walikota camat lurah sekda kapolda
    kapolres kapolresta kapolrestabes kapolsek wakapolda wakapolres kajati kajari pangdam
    danrem dandim danramil dubes konsul
    """
)
#: Titles of a police or army command's head, the command named after its region
#: (``Kapolsek Kurik``, ``Danramil Cisarua``). A name between one and the command above
#: (``Kapolsek Kurik, Polres Merauke``) is the region: the tagger read such districts as
#: persons.
COMMAND_SEAT_TITLES: frozenset[str] = _words(
    """
    kapolda kapolres kapolresta kapolrestabes kapolsek wakapolda wakapolres pangdam danrem
    dandim danramil
    """
)
#: Titles of a region's head (``Wali Kota Verona``, ``Bupati Sleman``): the one name right
#: after them is the region, a place, whatever the tagger read (``Kota Verona`` looks
#: like a city's government). Not ``Gubernur``, also a central bank's governor.
REGION_HEAD_TITLES: frozenset[str] = _words("bupati wabup walikota camat lurah")
#: First words of an organisation's full name that the article defines with its acronym
#: (``Komite Nasional Pembaruan Agraria (KNPA)``): the heads above and bodies' nouns that
#: are too common before other names to make a name alone (``Tim Indonesia``).
DEFINED_ORGANISATION_HEADS: frozenset[str] = ORGANISATION_HEADS | _words(
    """
    komite komisariat pusat tim unit satuan satgas perhimpunan ikatan asosiasi persatuan
    gerakan yayasan serikat majelis dewan koalisi forum federasi konfederasi institut
    sekolah akademi politeknik biro balai perusahaan koperasi organisasi
    aliansi front himpunan keluarga panitia otoritas korps perkumpulan jaringan
    """
)
#: Last words of an English name that make it a body's (``World Health Organization``):
#: a lowercase phrase glossed by one (``badan pangan dunia (Food Agriculture Organization /
#: FAO)``) names the body, not a thing.
BODY_GLOSS_ENDS: frozenset[str] = _words(
    """
    organization organisation agency association administration council commission committee
    corporation company bank fund institute union federation board bureau office group party
    league forum service society foundation authority department ministry court university
    """
)
#: Heads that open an organisation's name and almost nothing else when two capitalised
#: words or more follow (``Komisi Informasi Publik``, ``Aliansi Masa Depan Kosovo``, a
#: department or armed forces: ``Departemen Pertahanan Nasional``, ``Angkatan Bersenjata
#: Kanada``, whose country is no mention of its own); not
#: ``Majelis`` (``Majelis Hakim``), ``Tim`` or ``Sekolah`` (``Sekolah Menengah Atas``).
NAMING_ORGANISATION_HEADS: frozenset[str] = _words(
    """
    komisi komite dinas dewan direktorat federasi konfederasi aliansi gerakan asosiasi
    persatuan perhimpunan himpunan perkumpulan paguyuban kerukunan ikatan yayasan serikat
    badan lembaga kementerian kementrian koalisi forum front brigade detasemen otoritas
    angkatan departemen
    """
)
#: Heads a foreign body's translated name opens with, before the acronym of its own
#: language: a body's or a department's (``NAMING_ORGANISATION_HEADS``), a court's, a
#: party's, a league's, an army's, a command's or an exchange's (``Departemen Luar Negeri
#: dan Perdagangan Australia (DFAT)``, ``Pengadilan Permanen Arbitrase (PCA)``, ``Partai
#: Demokratik Sosial``, ``Liga A Australia``, ``Tentara Pembebasan Rakyat``, ``Komando
#: Armada Kawasan Timur``, ``Bursa Efek Jakarta``). Not ``Majelis``: an assembly is a unit
#: of the body after it (``Majelis Umum PBB``).
FOREIGN_BODY_HEADS: frozenset[str] = NAMING_ORGANISATION_HEADS | _words(
    "pengadilan partai liga tentara komando bursa"
)
#: Heads of a ruling house's name (``Dinasti Saljuq``): with the name after it one
#: organisation, as FacQA's annotated news marks it, not the ruler the tagger read in the
#: name. Not ``Kesultanan`` nor ``Kerajaan``: FacQA's samples mark ``Kesultanan Aceh`` a
#: place twice in three, and idner ``Kerajaan Inggris`` the country.
DYNASTY_HEADS: frozenset[str] = _words("dinasti")
#: Heads of a body named by one word after them before the organisation it belongs to
#: (``Fakultas Kehutanan UGM``, the faculty apart from its university as idner marks it): a
#: run the tagger left out that opens with one there is that body. Alone (``Fakultas
#: Hukum``) it is no entity: each university has one, and NERGrit marks none.
SHORT_NAMED_HEADS: frozenset[str] = _words("fakultas")
#: Words opening the name of a law or a bill (``RUU Penyelenggaraan Pemilu``, ``UU MD3``,
#: ``Perppu Ormas``): a law, no organisation, whatever the tagger read there; both annotated
#: corpora leave them out.
LAW_WORDS: frozenset[str] = _words("uu ruu perppu perpres permen perda pergub perwali perbup")
#: Words opening the name of a duty or a tax (``Bea Masuk Anti - Dumping (BMAD)``, ``Pajak
#: Penghasilan``, ``Cukai Rokok``): a levy, no organisation, whatever the tagger read there,
#: and so is the acronym it defines; not the customs office (``Bea Cukai``, ``Bea dan Cukai``).
LEVY_WORDS: frozenset[str] = _words("bea pajak cukai retribusi")
#: Lowercase compass words that a place takes after it (``Afrika timur``), and the second
#: word of a compound direction (``barat daya``). Not ``tengah``: ``Indonesia tengah
#: menghadapi`` is "Indonesia is facing".
COMPASS_WORDS: frozenset[str] = _words("utara selatan timur barat tenggara")
COMPASS_SECOND_WORDS: frozenset[str] = _words("laut daya")
#: A river's reaches that end a place's name when capitalised (``Kapuas Hulu``, ``Indragiri
#: Hilir``, ``Ogan Komering Ulu``, a village ``Petuaran Hulu``): a place takes one after it
#: as it takes a compass word. In lowercase they are the reaches (``hulu sungai``).
REACH_WORDS: frozenset[str] = frozenset(("Hulu", "Hilir", "Ilir", "Ulu"))
#: Words before a compass word that make it a direction (``di Sebelah Selatan``, on the
#: south side), no part of a name, capitalised or not.
DIRECTION_WORDS: frozenset[str] = _words("sebelah")
#: Administrative heads that only open a place's name: a known place never grows over one
#: after it (``Kabupaten Pati Provinsi`` + ``Jawa Tengah`` is the regency, then the
#: province). Not ``Kota``: ``Jakarta Kota``.
OPENING_HEADS: frozenset[str] = ABBREVIATED_HEADS | _words(
    "kabupaten provinsi kecamatan kelurahan desa dusun"
)
#: The country warta's news is written in: a known company right before its name is the
#: company's arm there (``Google Indonesia``), one organisation.
HOME_COUNTRY = "Indonesia"
#: Legal forms: ``PT Astra International Tbk`` is still Astra International; so is the
#: country suffix of a state body: ``KPU RI`` is still KPU.
LEGAL_FORMS: frozenset[str] = _words("pt cv tbk persero ri perum")
#: Legal forms of foreign companies, after a name: a known company written with one is
#: still that company (``Qualcomm Inc``, ``Walt Disney Co``); an unknown one keeps it, the
#: one sign of its kind where the tagger reads its name alone as a person (``Snap Inc``,
#: ``Snap``). Singapore's and Malaysia's private companies end ``Pte Ltd`` and ``Sdn Bhd``.
FOREIGN_LEGAL_FORMS: frozenset[str] = _words("inc corp co ltd llc plc pte sdn bhd")
#: Forms written after an Indonesian company's name (``PT Sinar Laut Tbk``, ``PT Pos
#: Indonesia (Persero)``): its name runs from the form before it to them.
CLOSING_COMPANY_FORMS: frozenset[str] = _words("tbk persero")
#: Forms written before a company's name (``PT Sinar Laut``, ``Perum Bulog``, a state
#: company): a person read over one is the company and someone of it.
COMPANY_FORMS: frozenset[str] = _words("pt perum")

#: Last words of club names (``Orlando City``, ``Nottingham Forest``, ``Brescia Calcio``,
#: ``Boca Juniors``): a name the tagger reads as a person ending in one is the club. Not for
#: places: ``Mexico City``.
CLUB_SUFFIXES: frozenset[str] = _words(
    """
    fc afc cf sc city united rovers wanderers albion athletic hotspur forest county rangers
    calcio juniors
    """
)
#: First words of Indonesian dishes' names (``Nasi Gandul``, ``Soto Banjar``, ``Sate
#: Taichan``): a dish, no entity, the place or the word after it a kind of the dish. Not
#: ``Mie`` (also a Japanese given name) or ``Ayam`` (``Ayam Kinantan``, a club's nickname).
DISH_HEADS: frozenset[str] = _words("nasi soto sate bakso rawon gudeg pecel lontong bubur")
#: First words of club names, as they are written (``FC Basel``, ``VfL Wolfsburg``): a name
#: right after one is the club. Not ``AS``, which is also the United States.
CLUB_PREFIXES: frozenset[str] = _words("FC AFC AC SS SSC VfL VfB RB CF SV TSG FK SK CD UD SD")
#: First words of football competitions' names (``Coppa Italia``, ``Copa America``,
#: ``Copa del Rey``): the competition is an organisation, as a club is, not the place it
#: names. Not ``Piala``, whose competitions one annotated corpus leaves out.
COMPETITION_PREFIXES: frozenset[str] = _words("Coppa Copa")
#: Last words of clubs', companies', investors', newspapers' and bands' names that no
#: place's name ends in: a name the tagger reads as a person or a place ending in one is an
#: organisation (``Brighton and Hove Albion``, ``Saudi Arabian Airlines``, ``East Ventures``,
#: ``Sequoia Capital``, ``Sydney Morning Herald``, ``James Last Orchestra``, a motor racing
#: team: ``Prema Racing`` was a person; a fan club, a film company, a maker of aircraft:
#: ``Momoco Club``, ``Boss Films`` persons, ``British Aerospace``, ``New Line Cinema``
#: places; a body of English name: ``Indonesia Asian Games Organizing Committee`` was the
#: place Indonesia; a watchdog or a service: ``Indonesia Corruption Watch`` and ``Indonesia
#: Press Photo Service`` were the place Indonesia and a person, and so were companies of an
#: industry: ``PT Kaltim Prima Coal``, ``China Huadian Development``; a start-up's
#: headquarters: ``Astro HQ`` was a person; a food chain or a film's backer: ``Sabana Fried
#: Chicken`` and ``East West Synergy`` were persons; a food maker and a photo agency: ``Ocean
#: Hugger Foods`` and ``Deposit Photos`` were persons; a magazine and a film company named
#: in the singular: ``Diplomat Magazine`` was no mention, ``Falcon Picture`` a place; an
#: investor: ``Red Sails Investment`` was a place; a computer maker, a pollster and a venture
#: fund: ``Compaq Computer`` was a place, ``Saiful Mujani Research & Consulting`` and ``MDI
#: Venture`` persons; a Japanese newspaper: ``Mainichi Shimbun`` was a person; an oil
#: company: ``Occidental Petroleum`` was a person; a university after ``di``: ``Columbia
#: University`` and ``Basel University`` were places in FacQA's older news; a drug maker, a
#: pulp mill and a data firm in older economic news: ``Kalbe Farma`` and ``Thomson
#: Financial`` were persons, ``Toba Pulp`` a place. Not ``News``: ``Breaking News`` is no
#: newsroom).
ORGANISATION_SUFFIXES: frozenset[str] = (CLUB_SUFFIXES - _words("city county forest")) | _words(
    """
    airlines airways corporation corp inc ltd llc holdings foundation institute company investment
    investments
    motors entertainment studios pictures records labs technologies agency boys league
    soccer securities sekuritas group exchange alliance association ventures capital partners
    herald tribune gazette journal times post chronicle telegraph orchestra philharmonic choir
    band racing motorsport motorsports club films cinema aerospace systems committee council
    commission watch service development coal energy mining resources music hq chicken coffee
    bakery synergy limited funds
    grup school foods beverages photos images software electronics industries logistics
    pharmaceuticals picture magazine computer computers consulting research venture shimbun
    petroleum university
    farma pharma pulp financial securitas
    """
)
#: First words of a text's name (a law, a ruling, a charter, a declaration, an oath, a
#: scripture or a verse): quoted after ``mengutip``, it is no medium, and no entity
#: (README: ``Pasal 5``).
TEXT_OPENERS: frozenset[str] = LAW_WORDS | _words(
    """
    pasal ayat surat surah kitab serat hadits hadis hadist piagam deklarasi putusan keputusan
    peraturan sumpah undang undang-undang maklumat amanat
    """
)
#: Last words of a medium's name beside those of organisations' (``Kyodo News``, ``Digital
#: Trends``, ``The Hollywood Reporter``; ``The Jakarta Post``, see
#: ``ORGANISATION_SUFFIXES``).
MEDIUM_ENDS: frozenset[str] = ORGANISATION_SUFFIXES | _words(
    "news tv reporter trends today daily online insider weekly review"
)
#: First words of organisations' names that no place's or person's name opens with: a
#: name the tagger reads as a place or a person opening with one is the organisation
#: (``Pengadilan Tinggi Queensland``, ``Brigade Izz ad-Din al-Qassam``, ``Komando Armada
#: Barat``, ``Football Club de Metz``, ``Majalah Autocar``, which was a place; ``Association
#: of Mouth and Foot Painting``, a place too; ``Uni Demokratik Kristen``, a union: the
#: places opening with ``Uni`` are known, ``Uni Soviet``; a group in Italian, Spanish or
#: French, ``Gruppo Mastrotto``, which was a person). Not ``Kantor``: an office is also
#: the building.
ORGANISATION_OPENERS: frozenset[str] = (ORGANISATION_HEADS - OFFICE_WORDS) | _words(
    "brigade batalyon laskar milisi front komando football majalah koran tabloid association"
    " federation uni gruppo grupo groupe"
)
#: First words of places' names that no organisation's or person's name opens with
#: (``Masjid Al-Ikhlas``, ``Stadion Manahan``, ``Sungai Ciliwung``): a name the tagger reads
#: as an organisation or a person opening with one is the place. In both annotated corpora's
#: training and dev sets a name opening with one is a place 148 times, a person once. Not
#: ``Gereja`` (the church as a body), ``Gedung`` (``Gedung Putih`` speaks for a government)
#: or ``Rumah Sakit`` (hospitals are organisations in one corpus). Italian and Spanish
#: stadiums keep their own word (``Stadio Olimpico``, ``Estadio Mestalla``), as do their
#: circuits (``Autodromo Termas de Rio Hondo``, which was a person), and an
#: archipelago is a place even where a national team plays it (``menang atas Kepulauan
#: Cook``). A swamp names neighbourhoods as it names lakes (``Rawa Teratai``, ``Rawa
#: Pening``). A shrine, a temple, a valley and a canyon are places too (``Kuil Yasukuni``,
#: an organisation; ``Lembah Harau``, a person), and so is a cave (``Goa Sunyaragi``, a
#: person).
#: Power plants' acronyms (``Pembangkit Listrik Tenaga Air``, ``Uap``, ``Surya``, ...): one
#: alone is a kind of plant, no entity (``pengadaan PLTS``); with a name after it, it opens
#: the plant's, a place (``PLTA Mrica``, ``PLTPB Bedugul``, which was a person).
POWER_PLANT_HEADS: frozenset[str] = _words(
    "plta pltu plts pltd pltg pltgu pltp pltpb pltn pltb pltm pltmh pltmg pltsa pltbm"
)
PLACE_OPENERS: frozenset[str] = POWER_PLANT_HEADS | _words(
    """
    masjid mesjid pura vihara klenteng stadion stadio estadio bandara stasiun pelabuhan
    jalan jl jln gunung danau sungai teluk gor kepulauan autodromo rawa kuil candi lembah
    ngarai goa gua
    """
)
#: Honorifics a person is known by, written as part of the name (``Bung Hatta``, ``Bung
#: Tomo``): a name the tagger reads as a place or an organisation opening with one is that
#: person.
PERSON_OPENERS: frozenset[str] = _words("bung")
#: Balinese names open with an article, ``I`` for a man and ``Ni`` for a woman, then
#: birth-order or caste names (``I Wayan Koster``, ``Ni Luh Putu Ayu``, ``I Gusti Ngurah
#: Rai``), as written: a person's name takes them back.
BALINESE_ARTICLES: frozenset[str] = frozenset({"I", "Ni"})
BALINESE_NAMES: frozenset[str] = _words(
    "Wayan Made Nyoman Ketut Putu Gede Gde Kadek Komang Nengah Gusti Luh Ngurah Ida"
)
#: Last words of venues' names (``Emirates Stadium``, ``C'Tra Arena``, ``John Wayne
#: Airport``, ``Union Building``, a mall or a square: ``Pacific Place`` was a person,
#: ``PIK Avenue`` and ``Taikoo Hui Mall`` organisations): a name the tagger reads as a
#: person or an organisation ending in one is a place.
PLACE_SUFFIXES: frozenset[str] = _words(
    "stadium arena airport building street theater theatre mall avenue square plaza place resort"
)
#: Last two words of venues' names whose last word alone ends organisations' names too
#: (``Club``, ``Center``): a golf club or a country club is where golf is played, a place
#: (``Jisan Forest Golf Club``), as a convention centre is (``Shanghai International
#: Convention Center``); a football club stays a club (``Bali United FC``, ``Kit Kat Club``).
PLACE_SUFFIX_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {
        ("golf", "club"),
        ("country", "club"),
        ("golf", "course"),
        ("convention", "center"),
        ("convention", "centre"),
        ("exhibition", "center"),
        ("exhibition", "centre"),
    }
)
#: Last words of venues' names that end persons' names too (``Hall``): an organisation
#: ending in one is a place (``The Government Banquet Hall``), a person stays (``John Hall``).
HALL_SUFFIXES: frozenset[str] = _words("hall")

#: Country codes of sports results (``Johann Zarco FRA Monster Yamaha Tech3``, ``Kevin
#: Sanjaya INA``), as written: a person's name ends before one.
SPORTS_COUNTRY_CODES: frozenset[str] = _words(
    """
    ESP FRA ITA GBR AUS CZE NED GER USA JPN KOR CHN INA MAS THA DEN SUI AUT POR BRA ARG
    RSA BEL SWE NOR FIN POL RUS UKR CAN MEX COL IND TPE HKG SGP PHI VIE NZL IRL CRO SRB
    """
)
#: Punctuation a name never spans (a tagged ``Dinas Pariwisata ( Disbudpar`` is cut there).
SPAN_BREAKS: frozenset[str] = frozenset('()[]{},;:"“”‘’«»|/')

#: Last labels of a web address: ``Telset.id``, ``REPUBLIKA.CO.ID``, ``Kompas.com``, and
#: the startups' ``Kata.ai``, ``Nodeflux.io`` (not a product ``Kata`` after ``chatbot``),
#: and the government's ``go`` before ``id`` (``bumn.go.id``).
DOMAIN_SUFFIXES: frozenset[str] = _words("id com co net org tv news ai io go")
#: Words that introduce a nickname or a role, not a person: ``dijuluki Si Raja Minyak``,
#: ``berperan sebagai Mr. Money Bags``.
NICKNAME_CUES: frozenset[str] = _words("dijuluki berjuluk julukan julukannya memerankan")
#: Those that give the name after them as a nickname (``kesebelasan berjuluk The Guardian``):
#: not ``julukan``, after which the name's owner comes as often (``Maung Bandung (julukan
#: Persib)``).
NICKNAME_GIVING_CUES: frozenset[str] = _words("dijuluki berjuluk julukannya")
#: Verbs that make a following ``sebagai`` introduce a role (``berperan sebagai``).
ROLE_VERBS: frozenset[str] = _words("berperan bertindak tampil")
#: Words before the name of a language or a people (``logat Sunda``, ``suku Dayak``): the
#: name after one is no person, whatever the tagger read there.
LANGUAGE_WORDS: frozenset[str] = _words("bahasa logat dialek aksen suku etnis")
#: Words for a capital (``ibu kota provinsi itu, Kandahar``): the one-word name in
#: apposition after them is a place, whatever the tagger read there.
CAPITAL_CUES: frozenset[tuple[str, ...]] = frozenset({("ibukota",), ("ibu", "kota")})
#: Quote marks around a nickname: ``"The Special One"``.
QUOTES: frozenset[str] = frozenset("\"“”‘’'«»")
