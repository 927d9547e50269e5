"""Malay corpus for quotes: direct quotations, their speaker and their speech verb.

The texts are written the way Malaysian news is written (Bernama, Berita Harian, Harian Metro, Utusan Malaysia,
Sinar Harian, Malaysiakini, BBC News Melayu, Astro Awani): the attribution after the quote (``"…," kata Perdana
Menteri Datuk Seri Anwar Ibrahim.``), before it (``Ketua Polis Negara Tan Sri Rosli Hashim berkata, "…"``, ``X
dalam satu kenyataan berkata, "…"``, ``X memberitahu pemberita, "…"``, ``Menurut X, "…"``), and a later quote by
the same person attributed with a pronoun (``"…," katanya.``, ``"…," kata beliau.``, ``"…," jelasnya.``,
``Beliau berkata, "…"``, ``Menurutnya, "…"``).

Malaysian copy differs from Indonesian in its verbs and its names: ``berkata`` (not ``mengatakan``) before a
quote, ``kata`` far more than ``ujar`` after one, ``beliau`` as the respectful pronoun, ``memberitahu pemberita``
and ``dalam satu kenyataan`` between the speaker and the verb, and honorifics stacked between the office and the
name (``Tan Sri``, ``Datuk Seri``, ``Datuk``, ``Dr`` without a full stop, ``YB``, ``Tuan Haji``), which are part of
the speaker as written.

What it covers, one group per rule of docs/claims.md ("quote"):

- the cue after the quote: ``kata``, ``ujar``, ``jelas``, ``tambah``, ``tegas``; where the speaker ends (a comma,
  ``ketika``, ``semasa``, ``selepas``, ``kepada``, ``dalam``, ``di``, ``yang``, the end of the sentence);
- the cue before the quote: ``berkata``, ``menjelaskan``, ``menegaskan``, ``memberitahu pemberita``, ``dalam satu
  kenyataan berkata``, ``menurut X``, with a comma or a colon before the mark;
- pronoun speakers: ``katanya``, ``ujarnya``, ``jelasnya``, ``tambahnya``, ``tegasnya``, ``kata beliau``,
  ``Beliau berkata, "…"``, ``Menurut beliau, "…"``, ``Menurutnya, "…"``: the nearest named speaker before it, in
  the same or the previous paragraph;
- datelines (``KUALA LUMPUR:``, ``PUTRAJAYA, 12 Ogos (Bernama) --``) that are not part of a name;
- marks: straight ``"…"``, curly ``“…”``, single ``‘…’`` and ``'…'``; an apostrophe inside a word (``Ja'afar``,
  ``Ta'zim``, ``Qur'an``) is not a mark;
- a quote split by its attribution: two claims with the same speaker;
- a quote over several paragraphs (each continuation paragraph opens with a mark, only the last one closes): one
  claim from the first word to the last;
- nested quotes: one claim, the outer one;
- stray marks: a mark that never closes in its paragraph gives nothing, and the other quotes are still found;
- real quotes beside scare quotes, titles and nicknames, which give nothing.

NEGATIVES are texts with no quote: scare quotes and titles (programme ``"Menu Rahmah"``, the film ``"Mat Kilau"``,
the anthem ``"Negaraku"``, a headline's ``‘Terbaik’``), nicknames (``"Tun M"``), single quoted words, apostrophes
(``Johor Darul Ta'zim``, ``al-Qur'an``, ``Ja'afar``), inch marks (``55"``) and paragraphs with one stray mark.

Speaker extent rule used throughout: ``speaker`` is the noun phrase next to the cue (after it for ``"…," kata X``
and ``menurut X``, before it for ``X berkata, "…"``), running up to the first comma, ``ketika``, ``semasa``,
``selepas``, ``kepada``, ``dalam``, ``di``, ``yang`` or the end of the sentence (before the cue: back to the start
of the sentence, a dateline's colon or dash, or the last comma; ``dalam satu kenyataan`` and ``memberitahu
pemberita`` between the speaker and ``berkata`` are skipped). Titles, roles and honorifics before a name are part of
it (``Ketua Pengarah Kesihatan Datuk Dr Mohd Azmi Sulaiman``); an appositive after a comma is not (``"…," kata
Aminah Yusof, 54, peniaga …`` → ``Aminah Yusof``). No text puts a comma between a title and its name. For a pronoun
the speaker is the antecedent with the same extent, and ``speaker_resolved=True``.

Conventions: ``cue`` is the speech verb as written, in lower case (``menurut`` for ``Menurut``); ``katanya`` is its
own cue and ``kata beliau`` has the cue ``kata``, while for the other ``-nya`` forms (``ujarnya``, ``jelasnya``,
``tambahnya``, ``menurutnya`` …) ``cue`` is not given, since it may be reported with or without the suffix. The
second part of a split quote has no cue of its own and is given without ``cue`` (and without ``speaker_resolved``).
``content`` is given for multi-paragraph quotes (the anchor without the continuation paragraph's opening mark; the
line break stays). ``speaker_resolved`` is given only when it is true; keys not given are not checked.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("quote",)

EXAMPLES: list[Ex] = [
    # ------------------------------------------------------------------------------------------------------------
    # Cue after the quote: kata, with the title and honorifics before the name
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Kerajaan akan terus mendengar pandangan rakyat sebelum memuktamadkan dasar itu," kata Perdana Menteri '
        "Datuk Seri Anwar Ibrahim.",
        C(
            "quote",
            "Kerajaan akan terus mendengar pandangan rakyat sebelum memuktamadkan dasar itu,",
            speaker="Perdana Menteri Datuk Seri Anwar Ibrahim",
            cue="kata",
        ),
    ),
    Ex(
        '"Peruntukan tambahan itu akan disalurkan kepada sekolah daif di Sabah dan Sarawak," kata Menteri Kewangan '
        "II Datuk Seri Azman Rahim ketika menggulung perbahasan di Dewan Rakyat.",
        C(
            "quote",
            "Peruntukan tambahan itu akan disalurkan kepada sekolah daif di Sabah dan Sarawak,",
            speaker="Menteri Kewangan II Datuk Seri Azman Rahim",
            cue="kata",
        ),
        note="the speaker ends at 'ketika'; 'II' is part of the office",
    ),
    Ex(
        '"Kita tidak akan berkompromi dengan mana-mana anggota yang terlibat dengan sindiket dadah," kata Ketua '
        "Polis Negara Tan Sri Rosli Hashim.",
        C(
            "quote",
            "Kita tidak akan berkompromi dengan mana-mana anggota yang terlibat dengan sindiket dadah,",
            speaker="Ketua Polis Negara Tan Sri Rosli Hashim",
            cue="kata",
        ),
    ),
    Ex(
        '"Orang ramai dinasihatkan memakai pelitup muka di tempat sesak," kata Ketua Pengarah Kesihatan Datuk Dr '
        "Mohd Azmi Sulaiman dalam sidang media di Putrajaya.",
        C(
            "quote",
            "Orang ramai dinasihatkan memakai pelitup muka di tempat sesak,",
            speaker="Ketua Pengarah Kesihatan Datuk Dr Mohd Azmi Sulaiman",
            cue="kata",
        ),
        note="'Dr' without a full stop, as Malaysian copy writes it; the speaker ends at 'dalam'",
    ),
    Ex(
        '"Kami akan memastikan bekalan air pulih sepenuhnya sebelum hujung minggu," kata YB Tuan Haji Salleh Ismail '
        "kepada pemberita.",
        C(
            "quote",
            "Kami akan memastikan bekalan air pulih sepenuhnya sebelum hujung minggu,",
            speaker="YB Tuan Haji Salleh Ismail",
            cue="kata",
        ),
        note="the speaker ends at 'kepada'",
    ),
    Ex(
        '"Harga ayam kekal," kata Menteri, Armizan, semalam. "Kami pantau setiap hari," kata Pengarah KPDN Sabah, '
        "ketika dihubungi.",
        C("quote", "Harga ayam kekal,", speaker="Armizan", cue="kata"),
        C("quote", "Kami pantau setiap hari,", speaker="Pengarah KPDN Sabah", cue="kata"),
        note="one capitalised name after a role's comma is its holder (Malaysians often go by one name); a "
             "lower-case word after the comma is no name",
    ),
    Ex(
        '"Api berjaya dikawal sepenuhnya kira-kira sejam selepas panggilan kecemasan diterima," kata Pengarah '
        "Jabatan Bomba dan Penyelamat Malaysia (JBPM) Selangor Ahmad Sukri Jaafar.",
        C(
            "quote",
            "Api berjaya dikawal sepenuhnya kira-kira sejam selepas panggilan kecemasan diterima,",
            speaker="Pengarah Jabatan Bomba dan Penyelamat Malaysia (JBPM) Selangor Ahmad Sukri Jaafar",
            cue="kata",
        ),
        note="'dan' and an acronym in brackets inside the office",
    ),
    Ex(
        '"Suspek ditahan di sebuah rumah di Semenyih tanpa sebarang tentangan," kata Ketua Polis Daerah Kajang '
        "Asisten Komisioner Naim Yusof ketika dihubungi.",
        C(
            "quote",
            "Suspek ditahan di sebuah rumah di Semenyih tanpa sebarang tentangan,",
            speaker="Ketua Polis Daerah Kajang Asisten Komisioner Naim Yusof",
            cue="kata",
        ),
    ),
    Ex(
        '"Semua pintu masuk sempadan diperketat sepanjang musim perayaan," kata Menteri Dalam Negeri Datuk Seri '
        "Saiful Anuar Nasir.",
        C(
            "quote",
            "Semua pintu masuk sempadan diperketat sepanjang musim perayaan,",
            speaker="Menteri Dalam Negeri Datuk Seri Saiful Anuar Nasir",
            cue="kata",
        ),
        note="'Dalam' capitalised inside the office (the Home Minister) does not end the speaker",
    ),
    Ex(
        'Dakwaan: "Harga diesel di Semenanjung akan dinaikkan kepada RM5 seliter mulai Julai." Fakta: Palsu.',
        C("quote", "Harga diesel di Semenanjung akan dinaikkan kepada RM5 seliter mulai Julai.", speaker=None),
        note="label semakan fakta, bukan penutur",
    ),
    # Semakan fakta: hantaran yang dipetik ialah sumbernya, bukan platformnya
    Ex(
        'Satu hantaran di Facebook mendakwa: "Harga diesel akan naik kepada RM5 seliter." Dakwaan itu palsu.',
        C("quote", "Harga diesel akan naik kepada RM5 seliter.", speaker="hantaran di Facebook", cue="mendakwa"),
    ),
    Ex(
        '"Harga ikan naik mendadak sejak musim tengkujuh bermula," kata Aminah Yusof, 54, seorang peniaga di Pasar '
        "Siti Khadijah.",
        C(
            "quote",
            "Harga ikan naik mendadak sejak musim tengkujuh bermula,",
            speaker="Aminah Yusof",
            cue="kata",
        ),
        note="the age and the appositive after the name are not part of the speaker",
    ),
    Ex(
        '"Air naik terlalu cepat, kami hanya sempat menyelamatkan dokumen penting," kata Ahmad Faizal yang ditemui '
        "di pusat pemindahan sementara.",
        C(
            "quote",
            "Air naik terlalu cepat, kami hanya sempat menyelamatkan dokumen penting,",
            speaker="Ahmad Faizal",
            cue="kata",
        ),
        note="the speaker ends at 'yang'",
    ),
    Ex(
        '"Kadar dasar semalaman dikekalkan kerana inflasi kekal terkawal," kata Gabenor Bank Negara Malaysia Datuk '
        "Seri Fauziah Hassan semasa taklimat kepada media.",
        C(
            "quote",
            "Kadar dasar semalaman dikekalkan kerana inflasi kekal terkawal,",
            speaker="Gabenor Bank Negara Malaysia Datuk Seri Fauziah Hassan",
            cue="kata",
        ),
        note="the speaker ends at 'semasa'",
    ),
    Ex(
        '"Kita perlu mempercepat projek tebatan banjir di kawasan berisiko tinggi," kata Menteri Besar Selangor '
        "Datuk Seri Rahim Othman selepas meninjau kawasan terjejas di Klang.",
        C(
            "quote",
            "Kita perlu mempercepat projek tebatan banjir di kawasan berisiko tinggi,",
            speaker="Menteri Besar Selangor Datuk Seri Rahim Othman",
            cue="kata",
        ),
        note="the speaker ends at 'selepas'",
    ),
    Ex(
        '"Kami tidak menolak pembangunan. Kami hanya mahu pampasan yang adil untuk tanah kami," kata Ketua Kampung '
        "Sungai Lui Abdul Rashid Omar.",
        C(
            "quote",
            "Kami tidak menolak pembangunan. Kami hanya mahu pampasan yang adil untuk tanah kami,",
            speaker="Ketua Kampung Sungai Lui Abdul Rashid Omar",
            cue="kata",
        ),
        note="a quote of two sentences is one claim",
    ),
    Ex(
        '"Jangan sesekali percaya tawaran pelaburan yang menjanjikan pulangan luar biasa!" kata Pengarah Jabatan '
        "Siasatan Jenayah Komersial Bukit Aman Datuk Seri Ramli Yusoff.",
        C(
            "quote",
            "Jangan sesekali percaya tawaran pelaburan yang menjanjikan pulangan luar biasa!",
            speaker="Pengarah Jabatan Siasatan Jenayah Komersial Bukit Aman Datuk Seri Ramli Yusoff",
            cue="kata",
        ),
        note="an exclamation mark inside the marks stays in the span",
    ),
    Ex(
        '"Bagaimana anak-anak kami mahu ke sekolah jika jambatan ini tidak dibaiki?" kata Rosnah Ibrahim, seorang '
        "ibu tunggal di Kampung Tanjung.",
        C(
            "quote",
            "Bagaimana anak-anak kami mahu ke sekolah jika jambatan ini tidak dibaiki?",
            speaker="Rosnah Ibrahim",
            cue="kata",
        ),
        note="a question mark inside the marks stays in the span",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Cue after the quote: ujar, jelas, tambah, tegas
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Kami sudah tiga hari berada di sini dan bantuan makanan baru sampai pagi tadi," ujar Siti Hajar Kamal '
        "kepada Harian Metro.",
        C(
            "quote",
            "Kami sudah tiga hari berada di sini dan bantuan makanan baru sampai pagi tadi,",
            speaker="Siti Hajar Kamal",
            cue="ujar",
        ),
    ),
    Ex(
        '"Gegaran itu berpunca daripada pergerakan sesar aktif di utara Sabah," jelas Ketua Pengarah Jabatan Mineral '
        "dan Geosains Malaysia Datuk Zulkifli Hamzah.",
        C(
            "quote",
            "Gegaran itu berpunca daripada pergerakan sesar aktif di utara Sabah,",
            speaker="Ketua Pengarah Jabatan Mineral dan Geosains Malaysia Datuk Zulkifli Hamzah",
            cue="jelas",
        ),
    ),
    Ex(
        '"Pengguna lebuh raya dinasihatkan merancang perjalanan lebih awal," tambah Pengarah Trafik Bukit Aman '
        "Datuk Azman Saad.",
        C(
            "quote",
            "Pengguna lebuh raya dinasihatkan merancang perjalanan lebih awal,",
            speaker="Pengarah Trafik Bukit Aman Datuk Azman Saad",
            cue="tambah",
        ),
    ),
    Ex(
        '"Tiada siapa yang kebal daripada undang-undang di negara ini," tegas Ketua Pesuruhjaya SPRM Tan Sri Hisham '
        "Karim di Putrajaya.",
        C(
            "quote",
            "Tiada siapa yang kebal daripada undang-undang di negara ini,",
            speaker="Ketua Pesuruhjaya SPRM Tan Sri Hisham Karim",
            cue="tegas",
        ),
        note="the speaker ends at 'di'",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Cue before the quote: berkata, menjelaskan, menegaskan, memberitahu pemberita, "dalam satu kenyataan
    # berkata", "Menurut X"
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Perdana Menteri Datuk Seri Anwar Ibrahim berkata, "Semua pandangan akan diambil kira sebelum keputusan '
        'dibuat."',
        C(
            "quote",
            "Semua pandangan akan diambil kira sebelum keputusan dibuat.",
            speaker="Perdana Menteri Datuk Seri Anwar Ibrahim",
            cue="berkata",
        ),
        note="a full stop inside the marks stays in the span",
    ),
    Ex(
        'Ketua Polis Negara Tan Sri Rosli Hashim dalam satu kenyataan berkata, "Sebanyak 12 sekatan jalan raya akan '
        'diadakan sepanjang musim perayaan."',
        C(
            "quote",
            "Sebanyak 12 sekatan jalan raya akan diadakan sepanjang musim perayaan.",
            speaker="Ketua Polis Negara Tan Sri Rosli Hashim",
            cue="berkata",
        ),
        note="'dalam satu kenyataan' between the speaker and the verb is not the speaker",
    ),
    Ex(
        'Menteri Pengangkutan Datuk Seri Lim Boon Keat dalam satu kenyataan hari ini berkata: "Semua pemandu bas '
        'ekspres wajib menjalani ujian saringan dadah."',
        C(
            "quote",
            "Semua pemandu bas ekspres wajib menjalani ujian saringan dadah.",
            speaker="Menteri Pengangkutan Datuk Seri Lim Boon Keat",
            cue="berkata",
        ),
    ),
    Ex(
        'Ketua Menteri Sarawak Datuk Patinggi Hasan Bujang memberitahu pemberita, "Sarawak akan terus mempertahankan '
        'hak negeri di bawah Perjanjian Malaysia 1963."',
        C(
            "quote",
            "Sarawak akan terus mempertahankan hak negeri di bawah Perjanjian Malaysia 1963.",
            speaker="Ketua Menteri Sarawak Datuk Patinggi Hasan Bujang",
            cue="memberitahu",
        ),
        note="'memberitahu pemberita': the speaker is before the verb, the listeners after it",
    ),
    Ex(
        'Ketua Pegawai Eksekutif Suruhanjaya Sekuriti Nordin Abdullah menjelaskan, "Skim itu tidak berdaftar dan '
        'tidak dilindungi undang-undang."',
        C(
            "quote",
            "Skim itu tidak berdaftar dan tidak dilindungi undang-undang.",
            speaker="Ketua Pegawai Eksekutif Suruhanjaya Sekuriti Nordin Abdullah",
            cue="menjelaskan",
        ),
    ),
    Ex(
        'Timbalan Perdana Menteri Datuk Seri Dr Rahman Yaakob menegaskan: "Bantuan tunai tidak akan dihentikan '
        'secara mendadak."',
        C(
            "quote",
            "Bantuan tunai tidak akan dihentikan secara mendadak.",
            speaker="Timbalan Perdana Menteri Datuk Seri Dr Rahman Yaakob",
            cue="menegaskan",
        ),
    ),
    Ex(
        'KUALA LUMPUR: Ketua Pengarah Imigresen Datuk Zainal Rashid berkata, "Seramai 1,200 pendatang asing '
        'tanpa izin ditahan dalam operasi itu."',
        C(
            "quote",
            "Seramai 1,200 pendatang asing tanpa izin ditahan dalam operasi itu.",
            speaker="Ketua Pengarah Imigresen Datuk Zainal Rashid",
            cue="berkata",
        ),
        note="the Berita Harian dateline before the colon is not part of the name",
    ),
    Ex(
        'PUTRAJAYA, 12 Ogos (Bernama) -- Menteri Pendidikan Datin Paduka Rohani Ahmad berkata, "Semua sekolah '
        'akan dibuka seperti biasa pada Isnin."',
        C(
            "quote",
            "Semua sekolah akan dibuka seperti biasa pada Isnin.",
            speaker="Menteri Pendidikan Datin Paduka Rohani Ahmad",
            cue="berkata",
        ),
        note="the Bernama dateline ends at its dash",
    ),
    Ex(
        'Dalam kenyataannya di Kuala Lumpur, Presiden Majlis Peguam berkata, "Kami menggesa kerajaan meminda akta '
        'itu dengan segera."',
        C(
            "quote",
            "Kami menggesa kerajaan meminda akta itu dengan segera.",
            speaker="Presiden Majlis Peguam",
            cue="berkata",
        ),
        note="before the cue, the speaker runs back to the last comma; an office without a name is a speaker",
    ),
    Ex(
        'Menurut Pengarah Jabatan Meteorologi Malaysia Datuk Hamzah Salleh, "Monsun timur laut dijangka membawa '
        'hujan lebat ke negeri-negeri Pantai Timur."',
        C(
            "quote",
            "Monsun timur laut dijangka membawa hujan lebat ke negeri-negeri Pantai Timur.",
            speaker="Pengarah Jabatan Meteorologi Malaysia Datuk Hamzah Salleh",
            cue="menurut",
        ),
    ),
    Ex(
        'Menurut peguam bela tertuduh, "Anak guam kami akan memfailkan rayuan di Mahkamah Rayuan."',
        C(
            "quote",
            "Anak guam kami akan memfailkan rayuan di Mahkamah Rayuan.",
            speaker="peguam bela tertuduh",
            cue="menurut",
        ),
        note="a lower-case role without a name is the speaker, as written",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Pronoun speakers: katanya, kata beliau, ujarnya, jelasnya, tambahnya, Beliau berkata, Menurut beliau,
    # Menurutnya (resolved to the nearest named speaker)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Rahimah berkata, gerainya sudah dua hari tidak dibuka kerana dinaiki air. "
        '"Pelanggan pun tiada kerana jalan masih ditutup," katanya.',
        C(
            "quote",
            "Pelanggan pun tiada kerana jalan masih ditutup,",
            speaker="Rahimah",
            cue="katanya",
            speaker_resolved=True,
        ),
        note="katanya: the speaker is named earlier in the same paragraph",
    ),
    Ex(
        "Bekalan air di tiga daerah akan pulih esok, kata Pengarah Jabatan Bekalan Air Negeri, Ir Hasnah Idris.\n"
        '"Kami mohon orang ramai menyimpan air secukupnya," katanya.',
        C(
            "quote",
            "Kami mohon orang ramai menyimpan air secukupnya,",
            speaker="Ir Hasnah Idris",
            cue="katanya",
            speaker_resolved=True,
        ),
        note="reported 'kata ROLE, NAME' before: the holder after the role's comma is whom katanya means",
    ),
    Ex(
        "Gerai itu sudah dua hari ditutup, kata Aminah Yusof, 54, peniaga kuih di pasar itu.\n"
        '"Pelanggan pun tiada," katanya.',
        C("quote", "Pelanggan pun tiada,", speaker="Aminah Yusof", cue="katanya", speaker_resolved=True),
        note="an age and an occupation after the name's comma are an appositive: the name stays the speaker",
    ),
    Ex(
        "Menteri Belia dan Sukan, Hannah Yeoh dalam hantaran di Facebook menyifatkan kejayaan itu sebagai bersejarah.\n"
        '"Tahniah kepada semua atlet negara," tulisnya.',
        C("quote", "Tahniah kepada semua atlet negara,", speaker="Hannah Yeoh", speaker_resolved=True),
        note="the platform after 'di' is no speaker: the subject before 'dalam hantaran di' wrote it",
    ),
    Ex(
        "Seorang peniaga dari Pasar Besar Siti Khadijah, Wan Zaharah Ismail, 52, yang sudah berniaga 30 tahun berkata "
        'jualannya merosot separuh. "Orang ramai takut keluar rumah," katanya.',
        C("quote", "Orang ramai takut keluar rumah,", speaker="Wan Zaharah Ismail", speaker_resolved=True),
        note="'Seorang ROLE dari …, NAME, AGE, yang … berkata': the name after the role's comma holds the role",
    ),
    Ex(
        "Seorang peniaga dari Pasar Besar Siti Khadijah yang sudah berniaga 30 tahun berkata jualannya merosot. "
        '"Orang ramai takut keluar rumah," katanya.',
        C("quote", "Orang ramai takut keluar rumah,", speaker="peniaga", speaker_resolved=True),
        note="no name after the role: the role alone is the speaker",
    ),
    Ex(
        "Jurulatih kebangsaan Rexy Mainaky berkata, pasukan perlu berehat sebelum kejohanan seterusnya.\n"
        "Pemain perseorangan Lee Zii Jia, 26, pula berkata, Rexy banyak membantu dia membaiki corak permainan. "
        '"Dia selalu ingatkan saya supaya sabar," katanya.',
        C("quote", "Dia selalu ingatkan saya supaya sabar,", speaker="Pemain perseorangan Lee Zii Jia",
          speaker_resolved=True),
        note="a name after 'berkata,' is what was said, not the speaker; an adverb ('pula') after the age aside",
    ),
    Ex(
        "Ketua Polis Daerah Kota Bharu Asisten Komisioner Rusli Ismail berkata, kedua-dua suspek ditahan di sebuah "
        "rumah sewa di Pengkalan Chepa.\n"
        '"Mereka disyaki terlibat dalam sekurang-kurangnya lima kes pecah rumah," katanya.',
        C(
            "quote",
            "Mereka disyaki terlibat dalam sekurang-kurangnya lima kes pecah rumah,",
            speaker="Ketua Polis Daerah Kota Bharu Asisten Komisioner Rusli Ismail",
            cue="katanya",
            speaker_resolved=True,
        ),
        note="the antecedent is named in the previous paragraph, with its title",
    ),
    Ex(
        "Menteri Kesihatan Datuk Seri Dr Zulkifli Rahman berkata, kes denggi di Selangor menurun sejak awal bulan.\n"
        '"Namun, orang ramai perlu terus memusnahkan tempat pembiakan nyamuk," kata beliau.',
        C(
            "quote",
            "Namun, orang ramai perlu terus memusnahkan tempat pembiakan nyamuk,",
            speaker="Menteri Kesihatan Datuk Seri Dr Zulkifli Rahman",
            cue="kata",
            speaker_resolved=True,
        ),
        note="'kata beliau': the cue is 'kata', 'beliau' the respectful pronoun",
    ),
    Ex(
        "Hafiz berkata, projek perumahan itu sepatutnya siap dua tahun lalu.\n"
        '"Pembeli masih membayar pinjaman bank walaupun rumah belum diserahkan," ujarnya.',
        C(
            "quote",
            "Pembeli masih membayar pinjaman bank walaupun rumah belum diserahkan,",
            speaker="Hafiz",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Norazlina berkata, permohonan lesen perniagaan kini boleh dibuat sepenuhnya dalam talian.\n"
        '"Peniaga tidak perlu lagi beratur di kaunter majlis perbandaran," jelasnya.',
        C(
            "quote",
            "Peniaga tidak perlu lagi beratur di kaunter majlis perbandaran,",
            speaker="Norazlina",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Kamarul berkata, semua mangsa sudah dihantar ke Hospital Tengku Ampuan Rahimah.\n"
        '"Dua daripada mereka masih dirawat di unit rawatan rapi," tambahnya.',
        C(
            "quote",
            "Dua daripada mereka masih dirawat di unit rawatan rapi,",
            speaker="Kamarul",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Syed Hamid berkata, mahasiswa akan terus berhimpun sehingga tuntutan mereka didengar.\n"
        '"Kami tidak akan berundur selagi akta itu tidak dipinda," tegasnya.',
        C(
            "quote",
            "Kami tidak akan berundur selagi akta itu tidak dipinda,",
            speaker="Syed Hamid",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Ketua Setiausaha Kementerian Pertanian dan Keterjaminan Makanan Datuk Azman Karim berkata, bekalan beras "
        'mencukupi. Beliau berkata, "Tiada keperluan untuk orang ramai membeli secara panik."',
        C(
            "quote",
            "Tiada keperluan untuk orang ramai membeli secara panik.",
            speaker="Ketua Setiausaha Kementerian Pertanian dan Keterjaminan Makanan Datuk Azman Karim",
            cue="berkata",
            speaker_resolved=True,
        ),
        note="'Beliau berkata, \"…\"': the pronoun before the verb",
    ),
    Ex(
        "Pengerusi Suruhanjaya Pilihan Raya Datuk Mohd Rashid Shaari berkata, pengundian awal berjalan lancar. "
        'Menurut beliau, "Tiada sebarang aduan serius diterima setakat ini."',
        C(
            "quote",
            "Tiada sebarang aduan serius diterima setakat ini.",
            speaker="Pengerusi Suruhanjaya Pilihan Raya Datuk Mohd Rashid Shaari",
            cue="menurut",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Lim Wei Jie berkata, syarikatnya terpaksa mengurangkan syif kerja akibat tarif baharu itu.\n"
        'Menurutnya, "Pesanan dari Amerika Syarikat jatuh hampir separuh dalam tempoh tiga bulan."',
        C(
            "quote",
            "Pesanan dari Amerika Syarikat jatuh hampir separuh dalam tempoh tiga bulan.",
            speaker="Lim Wei Jie",
            speaker_resolved=True,
        ),
        note="'Menurutnya' is a cue with its pronoun built in",
    ),
    Ex(
        '"Kerugian akibat banjir dianggarkan RM20 juta," kata Pegawai Daerah Kuala Krai Zainal Abidin Musa.\n'
        "Sementara itu, Pengarah Jabatan Kebajikan Masyarakat Kelantan Nor Aini Ismail berkata, wang ihsan akan "
        "disalurkan segera.\n"
        '"Bayaran pertama dibuat minggu ini juga," katanya.',
        C(
            "quote",
            "Kerugian akibat banjir dianggarkan RM20 juta,",
            speaker="Pegawai Daerah Kuala Krai Zainal Abidin Musa",
            cue="kata",
        ),
        C(
            "quote",
            "Bayaran pertama dibuat minggu ini juga,",
            speaker="Pengarah Jabatan Kebajikan Masyarakat Kelantan Nor Aini Ismail",
            cue="katanya",
            speaker_resolved=True,
        ),
        note="two named speakers: the pronoun goes to the nearest one",
    ),
    Ex(
        '"Kedua-dua kenderaan dipandu laju ketika kemalangan berlaku," kata Ketua Polis Daerah Seremban Asisten '
        "Komisioner Mohd Ridzuan Karim.\n"
        '"Siasatan lanjut dijalankan mengikut Seksyen 41(1) Akta Pengangkutan Jalan 1987," katanya.',
        C(
            "quote",
            "Kedua-dua kenderaan dipandu laju ketika kemalangan berlaku,",
            speaker="Ketua Polis Daerah Seremban Asisten Komisioner Mohd Ridzuan Karim",
            cue="kata",
        ),
        C(
            "quote",
            "Siasatan lanjut dijalankan mengikut Seksyen 41(1) Akta Pengangkutan Jalan 1987,",
            speaker="Ketua Polis Daerah Seremban Asisten Komisioner Mohd Ridzuan Karim",
            cue="katanya",
            speaker_resolved=True,
        ),
        note="the pronoun goes to the speaker of the quote before it",
    ),
    Ex(
        '"Kerja-kerja membaiki paip utama dijangka siap esok," kata Anwar Hussin, jurucakap syarikat air itu.\n'
        '"Bekalan air akan pulih secara berperingkat," kata Anwar.',
        C(
            "quote",
            "Kerja-kerja membaiki paip utama dijangka siap esok,",
            speaker="Anwar Hussin",
            cue="kata",
        ),
        C(
            "quote",
            "Bekalan air akan pulih secara berperingkat,",
            speaker="Anwar",
            cue="kata",
        ),
        note="a later quote names the speaker by one name: not a pronoun, so not resolved",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Marks: curly “…”, single ‘…’ and '…'; apostrophes inside words
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "“Semua jambatan sementara dijangka siap sebelum musim tengkujuh,” kata Ketua Setiausaha Kementerian Kerja "
        "Raya Datuk Wahab Salleh.",
        C(
            "quote",
            "Semua jambatan sementara dijangka siap sebelum musim tengkujuh,",
            speaker="Ketua Setiausaha Kementerian Kerja Raya Datuk Wahab Salleh",
            cue="kata",
        ),
    ),
    Ex(
        "Dalam ucapannya, Yang di-Pertua Dewan Rakyat berkata, “Ahli-ahli Yang Berhormat diminta menjaga adab "
        "ketika berbahas.”",
        C(
            "quote",
            "Ahli-ahli Yang Berhormat diminta menjaga adab ketika berbahas.",
            speaker="Yang di-Pertua Dewan Rakyat",
            cue="berkata",
        ),
        note="'Yang' capitalised in a title (Yang di-Pertua, Yang di-Pertuan Agong) does not end the speaker",
    ),
    Ex(
        "‘Kami tidak akan berganjak selagi tuntutan kami tidak dipenuhi,’ kata jurucakap peneroka Mohd Nazri Hamid.",
        C(
            "quote",
            "Kami tidak akan berganjak selagi tuntutan kami tidak dipenuhi,",
            speaker="jurucakap peneroka Mohd Nazri Hamid",
            cue="kata",
        ),
        note="single curly marks used as quote marks",
    ),
    Ex(
        "'Kami bersedia memberikan saingan sengit di tempat lawan,' kata jurulatih Johor Darul Ta'zim Hafiz Rahman.",
        C(
            "quote",
            "Kami bersedia memberikan saingan sengit di tempat lawan,",
            speaker="jurulatih Johor Darul Ta'zim Hafiz Rahman",
            cue="kata",
        ),
        note="straight single marks as quote marks; the apostrophe in Ta'zim is not a mark",
    ),
    Ex(
        '"Majlis tilawah al-Qur\'an tetap diadakan di dewan sementara," kata Ja\'afar Ismail, pengerusi masjid itu.',
        C(
            "quote",
            "Majlis tilawah al-Qur'an tetap diadakan di dewan sementara,",
            speaker="Ja'afar Ismail",
            cue="kata",
        ),
        note="apostrophes inside words (Qur'an, Ja'afar) are not marks",
    ),
    Ex(
        "“Harga cili api sudah mencecah RM30 sekilogram,” kata Mei Ling, peniaga di Pasar Borong Selayang.\n"
        'Pengarah KPDN Selangor Datuk Kamal Idris berkata, "Kami akan memantau semua pemborong mulai minggu '
        'depan."',
        C("quote", "Harga cili api sudah mencecah RM30 sekilogram,", speaker="Mei Ling", cue="kata"),
        C(
            "quote",
            "Kami akan memantau semua pemborong mulai minggu depan.",
            speaker="Pengarah KPDN Selangor Datuk Kamal Idris",
            cue="berkata",
        ),
        note="curly and straight marks in one article",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A quote split by its attribution: two claims, the same speaker; the second has no cue of its own
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Kami menghormati keputusan mahkamah," kata Zulkarnain. "Kami hanya menunggu salinan penghakiman penuh."',
        C("quote", "Kami menghormati keputusan mahkamah,", speaker="Zulkarnain", cue="kata"),
        C("quote", "Kami hanya menunggu salinan penghakiman penuh.", speaker="Zulkarnain"),
    ),
    Ex(
        '"Bantuan makanan sudah dihantar," kata Pegawai Daerah Hulu Terengganu Zakaria Ali. "Tinggal pengagihan '
        'ke kampung yang masih terputus hubungan."',
        C(
            "quote",
            "Bantuan makanan sudah dihantar,",
            speaker="Pegawai Daerah Hulu Terengganu Zakaria Ali",
            cue="kata",
        ),
        C(
            "quote",
            "Tinggal pengagihan ke kampung yang masih terputus hubungan.",
            speaker="Pegawai Daerah Hulu Terengganu Zakaria Ali",
        ),
    ),
    Ex(
        "Faizal mengaku dia hanya diminta menghantar bungkusan itu ke Johor Bahru.\n"
        '"Saya tidak tahu isinya," katanya. "Saya cuma dijanjikan upah RM2,000."',
        C("quote", "Saya tidak tahu isinya,", speaker="Faizal", cue="katanya", speaker_resolved=True),
        C("quote", "Saya cuma dijanjikan upah RM2,000.", speaker="Faizal"),
        note="a split quote attributed with a pronoun",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A quote over several paragraphs: one claim over the line break and the continuation's opening mark
    Ex(
        'Dalam satu kenyataan hari ini, Ahli Parlimen Kota Melaka Tan Hui Min berkata: "Projek jeti ini '
        "sudah lewat empat tahun.\n\n"
        '"Nelayan masih menunggu dan kos terus meningkat."',
        C(
            "quote",
            'Projek jeti ini sudah lewat empat tahun.\n\n"Nelayan masih menunggu dan kos terus meningkat.',
            content="Projek jeti ini sudah lewat empat tahun.\nNelayan masih menunggu dan kos terus meningkat.",
            speaker="Ahli Parlimen Kota Melaka Tan Hui Min",
            cue="berkata",
        ),
        note="paragraphs separated by a blank line, as in text taken from a web page: the same as one newline",
    ),
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Hari ini kita kehilangan seorang guru yang seluruh hidupnya dicurahkan untuk anak-anak di pedalaman.\n'
        '"Semoga semangat beliau terus hidup di sekolah-sekolah kita," kata Menteri Besar Pahang Datuk Seri Wan '
        "Ridzuan Hashim.",
        C(
            "quote",
            "Hari ini kita kehilangan seorang guru yang seluruh hidupnya dicurahkan untuk anak-anak di pedalaman.\n"
            '"Semoga semangat beliau terus hidup di sekolah-sekolah kita,',
            content="Hari ini kita kehilangan seorang guru yang seluruh hidupnya dicurahkan untuk anak-anak di "
            "pedalaman.\nSemoga semangat beliau terus hidup di sekolah-sekolah kita,",
            speaker="Menteri Besar Pahang Datuk Seri Wan Ridzuan Hashim",
            cue="kata",
        ),
        note="the attribution follows the last paragraph",
    ),
    Ex(
        'Menteri Perdagangan Antarabangsa Datuk Seri Hamid Rashid berkata, "Hubungan dagang Malaysia dan China terus '
        "berkembang walaupun ekonomi global tidak menentu.\n"
        '"Kita juga bersetuju memperluas penggunaan mata wang tempatan dalam perdagangan dua hala."',
        C(
            "quote",
            "Hubungan dagang Malaysia dan China terus berkembang walaupun ekonomi global tidak menentu.\n"
            '"Kita juga bersetuju memperluas penggunaan mata wang tempatan dalam perdagangan dua hala.',
            content="Hubungan dagang Malaysia dan China terus berkembang walaupun ekonomi global tidak menentu.\n"
            "Kita juga bersetuju memperluas penggunaan mata wang tempatan dalam perdagangan dua hala.",
            speaker="Menteri Perdagangan Antarabangsa Datuk Seri Hamid Rashid",
            cue="berkata",
        ),
        note="the attribution opens the first paragraph",
    ),
    Ex(
        "Hakim Mahkamah Tinggi Datuk Noraini Kassim membacakan alasan penghakiman selama dua jam.\n"
        '"Pihak pendakwaan berjaya membuktikan kes melampaui keraguan munasabah.\n'
        '"Tertuduh gagal menimbulkan keraguan terhadap keterangan saksi-saksi utama.\n'
        '"Mahkamah juga mengambil kira kepentingan awam dalam menjatuhkan hukuman," kata Noraini.',
        C(
            "quote",
            "Pihak pendakwaan berjaya membuktikan kes melampaui keraguan munasabah.\n"
            '"Tertuduh gagal menimbulkan keraguan terhadap keterangan saksi-saksi utama.\n'
            '"Mahkamah juga mengambil kira kepentingan awam dalam menjatuhkan hukuman,',
            content="Pihak pendakwaan berjaya membuktikan kes melampaui keraguan munasabah.\n"
            "Tertuduh gagal menimbulkan keraguan terhadap keterangan saksi-saksi utama.\n"
            "Mahkamah juga mengambil kira kepentingan awam dalam menjatuhkan hukuman,",
            speaker="Noraini",
            cue="kata",
        ),
        note="three paragraphs: only the last one closes",
    ),
    Ex(
        "“Kami telah menempatkan 1,500 anggota untuk mengawal sambutan ambang tahun baharu.\n"
        "“Orang ramai diminta tidak membawa bunga api ke kawasan sambutan,” kata Ketua Polis Kuala Lumpur Datuk Mazlan "
        "Daud.",
        C(
            "quote",
            "Kami telah menempatkan 1,500 anggota untuk mengawal sambutan ambang tahun baharu.\n“Orang ramai diminta "
            "tidak membawa bunga api ke kawasan sambutan,",
            content="Kami telah menempatkan 1,500 anggota untuk mengawal sambutan ambang tahun baharu.\nOrang ramai "
            "diminta tidak membawa bunga api ke kawasan sambutan,",
            speaker="Ketua Polis Kuala Lumpur Datuk Mazlan Daud",
            cue="kata",
        ),
        note="curly marks over two paragraphs",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Nested quotes: one claim, the outer one
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Pegawai itu cuma kata \'tiada peruntukan\' kepada kami, kemudian terus beredar," kata Rosnah.',
        C(
            "quote",
            "Pegawai itu cuma kata 'tiada peruntukan' kepada kami, kemudian terus beredar,",
            speaker="Rosnah",
            cue="kata",
        ),
        note="'kata' inside the quote is not its cue",
    ),
    Ex(
        '"Program \'Menu Rahmah\' perlu dipantau supaya harga makanan kekal berpatutan," kata Ahli Parlimen Bangi '
        "Razlan Johari.",
        C(
            "quote",
            "Program 'Menu Rahmah' perlu dipantau supaya harga makanan kekal berpatutan,",
            speaker="Ahli Parlimen Bangi Razlan Johari",
            cue="kata",
        ),
        note="a programme's name quoted inside a quote gives no claim of its own",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Stray marks: a mark that never closes in its paragraph gives nothing; the other quotes are still found
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Penduduk sudah lama menggelar selekoh itu sebagai "selekoh maut kerana kemalangan sering berlaku.\n'
        'Ketua Polis Daerah Bentong Superintendan Hamdan Kassim berkata, "Papan tanda amaran tambahan akan dipasang '
        'minggu ini."',
        C(
            "quote",
            "Papan tanda amaran tambahan akan dipasang minggu ini.",
            speaker="Ketua Polis Daerah Bentong Superintendan Hamdan Kassim",
            cue="berkata",
        ),
        note="the first paragraph's mark never closes",
    ),
    Ex(
        '"Jalan ini rosak sejak dua tahun lalu dan belum pernah dibaiki," kata Osman, penduduk Kampung Batu 7.\n'
        '"Kami sudah berkali-kali membuat aduan kepada majlis daerah\n'
        "Sehingga berita ini disiarkan, pihak majlis daerah belum memberikan sebarang maklum balas.",
        C(
            "quote",
            "Jalan ini rosak sejak dua tahun lalu dan belum pernah dibaiki,",
            speaker="Osman",
            cue="kata",
        ),
        note="the second paragraph opens a mark that never closes and is not continued",
    ),
    Ex(
        'Televisyen pintar itu dilengkapi skrin 65" dan sistem bunyi terbina dalam.\n'
        '"Jualan di Malaysia meningkat dua kali ganda berbanding model sebelumnya," kata Pengarah Pemasaran Samsung '
        "Malaysia Jason Tan.",
        C(
            "quote",
            "Jualan di Malaysia meningkat dua kali ganda berbanding model sebelumnya,",
            speaker="Pengarah Pemasaran Samsung Malaysia Jason Tan",
            cue="kata",
        ),
        note="an inch mark is not an opening mark",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Real quotes beside scare quotes, titles and nicknames (which give nothing)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Kawasan yang digelar "kampung air" itu ditenggelami banjir sekali lagi. "Setiap kali hujan lebat, rumah '
        'kami pasti dimasuki air," kata Salmah Hassan, penduduk setempat.',
        C(
            "quote",
            "Setiap kali hujan lebat, rumah kami pasti dimasuki air,",
            speaker="Salmah Hassan",
            cue="kata",
        ),
    ),
    Ex(
        'Filem "Gelora Senja" mencatat kutipan memberangsangkan di pawagam.\n'
        '"Kami langsung tidak menyangka sambutan sehebat ini," kata penerbit Hafizul Rahman.',
        C(
            "quote",
            "Kami langsung tidak menyangka sambutan sehebat ini,",
            speaker="penerbit Hafizul Rahman",
            cue="kata",
        ),
    ),
    Ex(
        'Penjaga gol negara Khairul "Spiderman" Azhar menafikan empat peluang jaringan lawan. "Saya cuma '
        'melakukan tugas saya," kata Khairul.',
        C(
            "quote",
            "Saya cuma melakukan tugas saya,",
            speaker="Khairul",
            cue="kata",
        ),
        note="the nickname in marks is not a quote",
    ),
    Ex(
        "Polis melancarkan operasi ‘senyap’ untuk menumpaskan sindiket dadah rentas sempadan.\n"
        "“Seramai 17 suspek ditahan di tiga negeri,” kata Pengarah Jabatan Siasatan Jenayah Narkotik Bukit Aman "
        "Datuk Lee Chong Wah.",
        C(
            "quote",
            "Seramai 17 suspek ditahan di tiga negeri,",
            speaker="Pengarah Jabatan Siasatan Jenayah Narkotik Bukit Aman Datuk Lee Chong Wah",
            cue="kata",
        ),
    ),
    # Nama penuh orang itu, tanpa jawatan, pangkat atau gelaran sebelumnya.
    Ex(
        "Ketua Polis Daerah Petaling Jaya ACP Shahrulnizam Jaafar berkata suspek ditahan di Subang.\n"
        "“Siasatan masih diteruskan,” kata Jaafar.",
        C("quote", "Siasatan masih diteruskan,", speaker="Jaafar", speaker_full="Shahrulnizam Jaafar", cue="kata"),
    ),
    # Jurucakap dengan kata penunjuk ialah jurucakap yang disebut sebelumnya.
    Ex(
        "Jurucakap Kementerian Kesihatan berkata kes meningkat di Selangor.\n"
        "“Kami sudah menghantar pasukan tambahan,” kata jurucakap itu.",
        C("quote", "Kami sudah menghantar pasukan tambahan,", speaker="jurucakap",
          speaker_full="Jurucakap Kementerian Kesihatan", cue="kata"),
    ),
    # A headline quote credited after a dash, and a headline with one word before its colon
    Ex(
        "'Jangan jadikan sekolah medan politik' - Menteri Pendidikan\n\nPUTRAJAYA: Semua pihak diminta tidak "
        "membawa politik ke sekolah.",
        C("quote", "Jangan jadikan sekolah medan politik", speaker="Menteri Pendidikan"),
    ),
    Ex(
        "“Bekalan ubat mencukupi” – KKM\n\nKementerian Kesihatan menafikan dakwaan kekurangan ubat di klinik.",
        C("quote", "Bekalan ubat mencukupi", speaker="KKM"),
    ),
    Ex(
        "TPM: 'Subsidi diesel akan diteruskan tahun depan'\n\nKUALA LUMPUR: Kerajaan tidak akan menarik balik "
        "subsidi itu.",
        C("quote", "Subsidi diesel akan diteruskan tahun depan", speaker="TPM"),
    ),
    # A role, a comma and the person who holds it, after the verb
    Ex(
        '"Kami sudah berbincang dengan pihak majlis daerah," kata pengerusi persatuan penduduk itu, Lee Chong Wei, '
        "ketika dihubungi.",
        C("quote", "Kami sudah berbincang dengan pihak majlis daerah,", speaker="Lee Chong Wei", cue="kata"),
    ),
    Ex(
        '"Semua anggota bersiap sedia sejak awal pagi," kata Pengarah Jabatan Pertahanan Awam Perak, Azman '
        "Ismail.",
        C("quote", "Semua anggota bersiap sedia sejak awal pagi,", speaker="Azman Ismail", cue="kata"),
    ),
    # An office in capitals (a word of role_words in it), a comma and its holder with honorifics
    Ex(
        '"Kita tidak akan berkompromi dengan mana-mana pihak yang terlibat," kata Ketua Pengarah Kastam, Datuk Seri '
        "Anis Rizana Mohd Zainudin.",
        C("quote", "Kita tidak akan berkompromi dengan mana-mana pihak yang terlibat,",
          speaker="Datuk Seri Anis Rizana Mohd Zainudin", cue="kata"),
    ),
    Ex(
        '"Kes denggi menurun sejak awal bulan," kata Menteri Kesihatan, Datuk Seri Dr Dzulkefly Ahmad kepada '
        "pemberita di Putrajaya.",
        C("quote", "Kes denggi menurun sejak awal bulan,", speaker="Datuk Seri Dr Dzulkefly Ahmad", cue="kata"),
    ),
    Ex(
        '"Semua sekolah dibuka seperti biasa," kata Timbalan Menteri Pendidikan, Wong Kah Woh ketika ditemui di Ipoh.',
        C("quote", "Semua sekolah dibuka seperti biasa,", speaker="Wong Kah Woh", cue="kata"),
    ),
    Ex(
        '"Siasatan masih diteruskan," kata Ketua Pengarah Suruhanjaya Pencegahan Rasuah Malaysia (SPRM), Tan Sri '
        "Azam Baki.",
        C("quote", "Siasatan masih diteruskan,", speaker="Tan Sri Azam Baki", cue="kata"),
    ),
    Ex(
        'Menurut Ketua Polis Daerah Kajang, Asisten Komisioner Naazron Abdul Yusof, "Suspek telah ditahan untuk '
        'membantu siasatan."',
        C("quote", "Suspek telah ditahan untuk membantu siasatan.",
          speaker="Asisten Komisioner Naazron Abdul Yusof", cue="menurut"),
    ),
    # The name first and the office after it: the name speaks
    Ex(
        '"Jualan meningkat menjelang perayaan," kata Aminah Yusof, Pengurus Besar syarikat itu.',
        C("quote", "Jualan meningkat menjelang perayaan,", speaker="Aminah Yusof", cue="kata"),
    ),
    # A pronoun with a further role after "yang juga": the pronoun's person speaks, not the role
    Ex(
        "Menteri Besar Perak Datuk Seri Saarani Mohamad berkata, kerja membaik pulih jambatan akan bermula minggu "
        "depan.\n\nBeliau yang juga Ahli Dewan Undangan Negeri Kota Tampan berkata, peruntukan sudah diluluskan. "
        '"Kontraktor sudah dilantik dan akan mula bekerja," katanya.',
        C("quote", "Kontraktor sudah dilantik dan akan mula bekerja,",
          speaker="Menteri Besar Perak Datuk Seri Saarani Mohamad", speaker_resolved=True),
    ),
]

NEGATIVES: list[str] = [
    # Scare quotes and headlines
    "Baca juga: PM: Hubungan Malaysia-China Berada pada Tahap ‘Terbaik’",
    'Penduduk menggelar jalan berlubang itu sebagai "jalan maut".',
    'Kerajaan menyifatkan pelaburan itu sebagai "pengubah permainan" bagi industri semikonduktor.',
    "Peruntukan ‘misteri’ itu ditemui dalam dokumen bajet negeri.",
    # Programmes, campaigns, films, songs, hashtags
    'Kerajaan memperluas program "Menu Rahmah" ke seluruh negara.',
    'Kempen "Beli Barangan Malaysia" dilancarkan semula di Putrajaya.',
    'Filem "Mat Kilau" mencatat kutipan lebih RM97 juta.',
    'Lagu "Negaraku" dinyanyikan pada permulaan majlis itu.',
    'Tanda pagar "#KitaJagaKita" tular di media sosial.',
    # Nicknames and single quoted words
    'Bekas Perdana Menteri Tun Dr Mahathir Mohamad atau "Tun M" hadir pada majlis itu.',
    'Penyanyi Datuk Seri Siti Nurhaliza atau "Tok Ti" membuat persembahan pada malam itu.',
    "Istilah ‘healing’ kini popular dalam kalangan anak muda.",
    # Apostrophes inside words
    "Johor Darul Ta'zim menjuarai Liga Super buat kali ke-11.",
    "Majlis Tilawah al-Qur'an peringkat kebangsaan diadakan di Kuala Lumpur.",
    "Ja'afar Ismail dilantik sebagai pengerusi baharu koperasi itu.",
    "Jambatan Sultan Abdul Halim Mu'adzam Shah menghubungkan Batu Maung dan Batu Kawan.",
    # Inch marks
    'Televisyen 55" itu dijual dengan harga RM2,199.',
    # A paragraph with one stray mark
    'Beberapa penduduk mendakwa melihat seorang lelaki berbaju hitam sebelum "kebakaran berlaku.',
    '"Ramai sungguh orang yang datang ke pusat pemindahan sejak pagi',
]
