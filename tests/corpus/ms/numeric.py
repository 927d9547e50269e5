"""Malay corpus for the numeric kinds: quantity, percent, money and ordinal.

Sentences are written the way Malaysian newsrooms (Bernama, Berita Harian, Harian Metro, Utusan Malaysia, Sinar
Harian, Malaysiakini, BBC News Melayu, Astro Awani) write them. Every example lists *all* claims of the four kinds
in its text; dates, clock times, years, durations and scores may appear in a sentence but are not claims of these
kinds (see docs/claims.md).

Malay is close to Indonesian, but it writes figures the *English* way, and that is the first thing this corpus pins
down: ``1,500`` is one thousand five hundred, ``3.3`` is three point three, ``RM1.2 bilion`` is 1,200,000,000 ringgit,
``RM2.50`` is two ringgit fifty, ``1,234,567.89`` has a decimal point and thousands commas. An Indonesian reading of
any of these is wrong by a factor of a thousand.

What the corpus covers:

- number formats: ``1,500`` (thousands comma), ``3.3`` (decimal point), ``1,234,567.89``, ``1,250.5``, plain
  ``100000``, no-break space (U+00A0) and thin space (U+2009) after ``RM``, negative figures (``negatif 5.5
  peratus``, ``-1.2 peratus``);
- word numbers as Malaysia writes them (``sifar``, ``lapan`` — not ``delapan`` —, ``sepuluh``, ``sebelas``,
  ``dua belas``, ``dua puluh tiga``, ``seratus``, ``seribu``, ``sejuta``, ``setengah juta``, ``tiga ratus lima
  puluh``) and scale words (``ribu``, ``juta``, ``bilion``, ``trilion``; ``RM1,200 juta`` as well as ``RM1.2
  bilion``);
- quantities with the counted noun (``orang``, ``mangsa``, ``keluarga``, ``suspek``, ``penduduk``) and with units of
  measure (``tan``, ``hektar``, ``ekar``, ``kaki persegi``, ``darjah Celsius``, ``km/j``, ``kilometer sejam``,
  ``tong``; unit in the span, canonical symbol in the value);
- percentages (``peratus``, ``%``), percentage points (``mata peratusan``), basis points (``mata asas``), percent
  ranges, what a percentage is a share of (``daripada``) and what it measures: a share, a change (``naik 5
  peratus``, ``meningkat sebanyak 2.1 peratus``) or a level reached (``naik kepada 3.5 peratus``);
- money: ``RM`` with and without a space, ``ringgit``, ``sen`` (a minor unit of the ringgit), ``AS$``, ``USD``,
  ``dolar AS``, ``S$``, ``euro``, ``yen``, ``yuan``, ``£``; scaled amounts and money ranges;
- comparators as Malaysian copy writes them (``lebih daripada``, bare ``lebih`` before a figure, ``melebihi``,
  ``sekurang-kurangnya``, ``tidak kurang daripada``, ``kurang daripada``, ``di bawah``, ``sehingga``, ``tidak
  melebihi``, ``maksimum``, ``minimum``, ``kira-kira``, ``sekitar``, ``hampir``), outside the span, in the value;
- ranges (``antara 5 dan 7 juta``, ``10-20 peratus``, ``24 hingga 35 darjah Celsius``, ``RM500 hingga RM1,000``) and
  changes (``daripada 6 peratus kepada 8 peratus``: two figures, not one range);
- "18 daripada 20 kerusi" (a ratio: one quantity holding the fraction 18/20 as written);
- ordinals (``ke-3``, ``ke-10``, ``ketiga``, ``kali kedua``, ``kali pertama``, ``tempat pertama``), and the
  ``ke``-words that are *not* ordinals: the reduplicated collectives ``kedua-dua`` (both), ``ketiga-tiga``,
  ``keempat-empat`` and sentence-initial ``Pertama, ...`` / ``Kedua, ...``;
- negatives: identifiers (``Akta 574``, ``Seksyen 302 Kanun Keseksaan``, ``Perkara 153``, ``Tingkatan 5``, ``Aras
  15``, ``Lot 1234``, ``KM 305``, ``Jalan 1/2``, phone numbers, URLs, e-mail, ``COVID-19``, ``Proton X50``,
  ``MH370``, ``PRU15``, ``B40``, ``RON95``), list enumerators, clock times (``pukul 9.30 pagi``), scores (``menang
  2-1``), years (``pada 2024``, ``Bajet 2025``), dates and the idioms ``salah satu``, ``salah seorang``,
  ``satu-satunya``, ``satu per satu`` and ``dua hala`` (bilateral).

Conventions used here:

- ``noun=`` is given only where the extent of the counted noun is certain (one or two words ending at a
  preposition, a conjunction, a verb or punctuation); after a classifier (``buah``, ``unit``) it is left out.
- ``comparator=None`` is asserted where a plain figure stands next to a word that could be mistaken for a
  comparator (``sebanyak``, ``seramai``, ``di sekitar``, ``seluas``, ``lebih tinggi``, ``di bawah`` after the figure).
- amounts are exact decimal strings, already scaled (``RM1.2 bilion`` -> ``"1200000000"``).
- ``sen`` is the ringgit's minor unit: a ``sen`` amount is a money claim in MYR with ``minor=True`` and, as for
  ``cents`` and ``pence`` (docs/claims.md, "money"), its amount in ringgit (``50 sen`` -> ``"0.50"``).
- ``measure=`` (``share``, ``change``, ``points`` or None) and ``nearly=`` (``hampir``: just below) are asserted in
  the section that is about them and wherever a percentage change or a level could be told apart only by them.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("quantity", "percent", "money", "ordinal")

EXAMPLES: list[Ex] = [
    Ex(
        "Harga saham merosot antara 5 hingga 10 peratus, manakala keuntungan merosot sebanyak RM2 bilion atau "
        "12 peratus.",
        C("percent", "5 hingga 10 peratus", amount="5", amount_max="10", measure="change"),
        C("money", "RM2 bilion", amount="2000000000", currency="MYR"),
        C("percent", "12 peratus", amount="12", measure="change"),
        note="a change verb before a range's opener, or before an amount of money the percentage restates",
    ),
    Ex(
        "Ombak setinggi 4.5 meter dijangka melanda pantai timur esok.",
        C("quantity", "4.5 meter", amount="4.5", unit="m", noun=None),
        note="after a unit, a verb is no counted noun",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Number formats: thousands comma, decimal point (the English way, the reverse of Indonesian), plain digits
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Seramai 1,500 anggota polis dikerahkan untuk mengawal perhimpunan di Dataran Merdeka.",
        C("quantity", "1,500", amount="1500", noun="anggota polis", comparator=None),
        note="1,500 is one thousand five hundred, not one and a half",
    ),
    Ex(
        "Jabatan Perangkaan Malaysia (DOSM) menganggarkan penduduk Malaysia berjumlah 34.1 juta orang pada Jun 2025.",
        C("quantity", "34.1 juta", amount="34100000", noun="orang"),
    ),
    Ex(
        "Kadar inflasi negara pada Julai 2025 ialah 1.2 peratus, menurut DOSM.",
        C("percent", "1.2 peratus", amount="1.2"),
        note="1.2 is one point two",
    ),
    Ex(
        "Pertumbuhan Keluaran Dalam Negeri Kasar (KDNK) Malaysia ialah 3.3 peratus.",
        C("percent", "3.3 peratus", amount="3.3"),
    ),
    Ex(
        "Lembaga Hasil Dalam Negeri (LHDN) mengesan perbezaan cukai berjumlah RM1,234,567.89 dalam akaun syarikat itu.",
        C("money", "RM1,234,567.89", amount="1234567.89", currency="MYR"),
    ),
    Ex(
        "Harga petrol RON95 kekal pada RM2.05 seliter bagi minggu ini.",
        C("money", "RM2.05", amount="2.05", currency="MYR"),
        note="RON95 is a grade, not a figure",
    ),
    Ex(
        "Kementerian Kesihatan mengedarkan 100000 dos vaksin ke Sabah dan Sarawak.",
        C("quantity", "100000", amount="100000"),
    ),
    Ex(
        "Bank Negara Malaysia (BNM) mengekalkan Kadar Dasar Semalaman (OPR) pada 2.75 peratus.",
        C("percent", "2.75 peratus", amount="2.75"),
    ),
    Ex(
        "Jumlah dagangan Malaysia mencecah RM2.88 trilion tahun lepas.",
        C("money", "RM2.88 trilion", amount="2880000000000", currency="MYR"),
        note="the scale word ends the money; 'tahun lepas' after it is a date",
    ),
    Ex(
        "Sebanyak 12,500 tiket perlawanan Harimau Malaya habis dijual.",
        C("quantity", "12,500", amount="12500", noun="tiket perlawanan", comparator=None),
    ),
    Ex(
        "Jabatan Kastam Diraja Malaysia merampas 2,350 kotak rokok seludup di Pelabuhan Klang.",
        C("quantity", "2,350", amount="2350", noun="kotak rokok"),
    ),
    Ex(
        "Keluasan hutan yang terbakar di Sarawak mencecah 1,250.5 hektar.",
        C("quantity", "1,250.5 hektar", amount="1250.5", unit="ha"),
    ),
    Ex(
        "Pengeluaran minyak sawit mentah negara dijangka mencecah 19.5 juta tan tahun ini.",
        C("quantity", "19.5 juta tan", amount="19500000", unit="t"),
    ),
    Ex(
        "Transaksi DuitNow QR mencecah 2.3 bilion transaksi sepanjang tahun lepas.",
        C("quantity", "2.3 bilion", amount="2300000000", noun="transaksi"),
    ),
    Ex(
        "Seramai 15 ribu penonton membanjiri Stadium Nasional Bukit Jalil.",
        C("quantity", "15 ribu", amount="15000", noun="penonton"),
    ),
    Ex(
        "Syarikat itu membayar dividen berjumlah RM12,000.50 kepada setiap pemegang saham.",
        C("money", "RM12,000.50", amount="12000.50", currency="MYR"),
    ),
    Ex(
        "Bilangan pelawat ke Pulau Langkawi meningkat kepada 3,245,000 orang.",
        C("quantity", "3,245,000", amount="3245000", noun="orang"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # No-break space (U+00A0) and thin space (U+2009) after RM
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Yuran pendaftaran ialah RM\u00a0250 bagi setiap peserta.",
        C("money", "RM\u00a0250", amount="250", currency="MYR"),
    ),
    Ex(
        "Tiket masuk ke Zoo Negara berharga RM\u200950 bagi pengunjung dewasa.",
        C("money", "RM\u200950", amount="50", currency="MYR"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Negative figures
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Ekonomi Malaysia mencatatkan pertumbuhan negatif 5.5 peratus pada 2020 akibat pandemik.",
        C("percent", "negatif 5.5 peratus", amount="-5.5"),
    ),
    Ex(
        "Indeks harga pengeluar mencatatkan -1.2 peratus pada Jun.",
        C("percent", "-1.2 peratus", amount="-1.2"),
    ),
    Ex(
        "Suhu di Seoul jatuh ke negatif 12 darjah Celsius, menurut agensi cuaca Korea Selatan.",
        C("quantity", "negatif 12 darjah Celsius", amount="-12", unit="°C"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Word numbers (Malaysian forms: sifar, lapan)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Kementerian Kesihatan melaporkan sifar kematian akibat denggi minggu lalu.",
        C("quantity", "sifar", amount="0"),
    ),
    Ex(
        "Sembilan pendaki yang terperangkap di Gunung Kinabalu berjaya diselamatkan.",
        C("quantity", "Sembilan", amount="9", noun="pendaki"),
    ),
    Ex(
        "Polis menahan sepuluh suspek dalam serbuan di Johor Bahru.",
        C("quantity", "sepuluh", amount="10", noun="suspek"),
    ),
    Ex(
        "Kebakaran itu memusnahkan sebelas buah kedai di Jalan Tuanku Abdul Rahman.",
        C("quantity", "sebelas", amount="11"),
    ),
    Ex(
        "Agensi Penguatkuasaan Maritim Malaysia menahan dua belas bot nelayan asing di perairan Terengganu.",
        C("quantity", "dua belas", amount="12", noun="bot nelayan"),
    ),
    Ex(
        "Seramai dua puluh tiga murid dikejarkan ke klinik kesihatan selepas mengalami keracunan makanan.",
        C("quantity", "dua puluh tiga", amount="23", noun="murid"),
    ),
    Ex(
        "Sekolah itu hanya mampu menerima seratus murid baharu tahun ini.",
        C("quantity", "seratus", amount="100"),
    ),
    Ex(
        "Dewan Bandaraya Kuala Lumpur (DBKL) menempatkan seribu petugas kebersihan selepas sambutan itu.",
        C("quantity", "seribu", amount="1000", noun="petugas kebersihan"),
    ),
    Ex(
        "Kerajaan menyasarkan sejuta isi rumah menerima bantuan tersebut.",
        C("quantity", "sejuta", amount="1000000"),
    ),
    Ex(
        "Himpunan itu didakwa disertai setengah juta orang.",
        C("quantity", "setengah juta", amount="500000", noun="orang"),
    ),
    Ex(
        "Banjir kilat menjejaskan tiga ratus lima puluh buah rumah di Kuala Krai.",
        C("quantity", "tiga ratus lima puluh", amount="350"),
    ),
    Ex(
        "Polis menahan lapan suspek, termasuk dua wanita, dalam Op Tapis.",
        C("quantity", "lapan", amount="8", noun="suspek"),
        C("quantity", "dua", amount="2", noun="wanita"),
        note="Malay 'lapan' is eight (Indonesian 'delapan')",
    ),
    Ex(
        "Sebanyak tujuh saksi dipanggil memberi keterangan di Mahkamah Sesyen Shah Alam.",
        C("quantity", "tujuh", amount="7", noun="saksi"),
    ),
    Ex(
        "Tragedi itu meragut nyawa empat ahli keluarga di Kampung Baru.",
        C("quantity", "empat", amount="4", noun="ahli keluarga"),
    ),
    Ex(
        "Kemarau melanda lima negeri di utara Semenanjung.",
        C("quantity", "lima", amount="5", noun="negeri"),
    ),
    Ex(
        "Tentera Udara Diraja Malaysia (TUDM) menghantar dua pesawat A400M dan tiga helikopter ke Kelantan.",
        C("quantity", "dua", amount="2"),
        C("quantity", "tiga", amount="3", noun="helikopter"),
        note="A400M is an aircraft type, not a figure",
    ),
    Ex(
        "Penganjur menjual seratus ribu tiket untuk konsert itu.",
        C("quantity", "seratus ribu", amount="100000", noun="tiket"),
    ),
    Ex(
        "Seramai dua ribu anggota keselamatan ditempatkan di sepanjang laluan perarakan.",
        C("quantity", "dua ribu", amount="2000", noun="anggota keselamatan"),
    ),
    Ex(
        "Setiap penerima Sumbangan Tunai Rahmah (STR) layak menerima lima ratus ringgit.",
        C("money", "lima ratus ringgit", amount="500", currency="MYR"),
    ),
    Ex(
        "Kerajaan Jepun menjanjikan bantuan dua bilion dolar AS untuk projek peralihan tenaga di rantau ini.",
        C("money", "dua bilion dolar AS", amount="2000000000", currency="USD"),
    ),
    Ex(
        "Harga barangan itu naik sepuluh peratus mulai Januari.",
        C("percent", "sepuluh peratus", amount="10"),
    ),
    Ex(
        "Kadar inflasi teras hanya meningkat setengah peratus berbanding bulan sebelumnya.",
        C("percent", "setengah peratus", amount="0.5"),
    ),
    Ex(
        "Kadar cukai jualan bagi barangan keperluan asas kekal sifar peratus.",
        C("percent", "sifar peratus", amount="0"),
    ),
    Ex(
        "Enam puluh peratus kawasan Sarawak masih diliputi hutan.",
        C("percent", "Enam puluh peratus", amount="60"),
    ),
    Ex(
        "Seramai tiga belas pelajar universiti ditahan kerana terlibat dalam perhimpunan haram.",
        C("quantity", "tiga belas", amount="13", noun="pelajar universiti"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Quantities with the counted noun (orang, mangsa, keluarga, suspek ...)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Seramai 3,000 mangsa banjir di Kelantan masih berada di pusat pemindahan sementara.",
        C("quantity", "3,000", amount="3000", noun="mangsa banjir", comparator=None),
    ),
    Ex(
        "Polis menahan 14 suspek di sekitar Kuala Lumpur dan Selangor.",
        C("quantity", "14", amount="14", noun="suspek", comparator=None),
        note="'di sekitar' after the figure is a place, not a comparator",
    ),
    Ex(
        "Kerajaan negeri membina 30 buah sekolah baharu di kawasan luar bandar.",
        C("quantity", "30", amount="30"),
    ),
    Ex(
        "Sebanyak 580 unit rumah mampu milik dibina di bawah projek itu.",
        C("quantity", "580", amount="580", comparator=None),
    ),
    Ex(
        "Bantuan itu disalurkan kepada 200 keluarga yang terjejas akibat tanah runtuh.",
        C("quantity", "200", amount="200", noun="keluarga"),
    ),
    Ex(
        "Kebakaran itu memusnahkan 45 gerai penjaja di Pasar Chow Kit.",
        C("quantity", "45", amount="45", noun="gerai penjaja"),
    ),
    Ex(
        "Rapid KL kini mengendalikan 100 bas elektrik di ibu negara.",
        C("quantity", "100", amount="100", noun="bas elektrik"),
    ),
    Ex(
        "Hospital Sultanah Bahiyah merawat 57 pesakit yang mengalami gejala keracunan makanan.",
        C("quantity", "57", amount="57", noun="pesakit"),
    ),
    Ex(
        "Sekolah itu masih kekurangan 12 guru.",
        C("quantity", "12", amount="12", noun="guru"),
    ),
    Ex(
        "Kemalangan berantai di Lebuhraya Utara-Selatan melibatkan 17 kenderaan.",
        C("quantity", "17", amount="17", noun="kenderaan"),
    ),
    Ex(
        "Majlis Perbandaran Kajang merobohkan 200 bangunan haram di tebing Sungai Langat.",
        C("quantity", "200", amount="200", noun="bangunan haram"),
    ),
    Ex(
        "Banjir di Pantai Timur meragut 6 nyawa dan menjejaskan 1,250 rumah.",
        C("quantity", "6", amount="6", noun="nyawa"),
        C("quantity", "1,250", amount="1250", noun="rumah"),
    ),
    Ex(
        "Sebanyak 12 negara menyokong resolusi itu di Perhimpunan Agung PBB.",
        C("quantity", "12", amount="12", noun="negara"),
    ),
    Ex(
        "Harimau Malaya membawa 23 pemain ke Kuwait.",
        C("quantity", "23", amount="23", noun="pemain"),
    ),
    Ex(
        "Kerajaan menyasarkan pembinaan 500,000 unit rumah mampu milik menjelang 2030.",
        C("quantity", "500,000", amount="500000"),
    ),
    Ex(
        "Kaji selidik itu melibatkan 1,200 responden dengan margin ralat 2.9 peratus.",
        C("quantity", "1,200", amount="1200", noun="responden"),
        C("percent", "2.9 peratus", amount="2.9"),
    ),
    Ex(
        "Seramai 42 mangsa masih dirawat di Hospital Kuala Lumpur.",
        C("quantity", "42", amount="42", noun="mangsa"),
    ),
    Ex(
        "Pihak berkuasa memindahkan 1,147 penduduk dari kawasan berisiko tanah runtuh.",
        C("quantity", "1,147", amount="1147", noun="penduduk"),
    ),
    Ex(
        "Maybank membuka 20 cawangan baharu di Sabah dan Sarawak.",
        C("quantity", "20", amount="20", noun="cawangan baharu"),
    ),
    Ex(
        "Jabatan Pengangkutan Jalan (JPJ) mengeluarkan 3,400 saman kepada pemandu yang melanggar had laju.",
        C("quantity", "3,400", amount="3400", noun="saman"),
    ),
    Ex(
        "Lima orang ditahan bagi membantu siasatan kes tersebut.",
        C("quantity", "Lima", amount="5", noun="orang"),
    ),
    Ex(
        "Polis Diraja Malaysia (PDRM) menahan 1,086 individu dalam operasi bersepadu itu.",
        C("quantity", "1,086", amount="1086", noun="individu"),
    ),
    Ex(
        "Sebanyak 250 unit kenderaan disita kerana gagal membayar cukai jalan.",
        C("quantity", "250", amount="250", comparator=None),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Units of measure (unit in the span, canonical symbol in the value)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Had laju di lebuh raya ialah 110 km/j.",
        C("quantity", "110 km/j", amount="110", unit="km/h"),
    ),
    Ex(
        "Ribut itu membawa angin berkelajuan 160 kilometer sejam.",
        C("quantity", "160 kilometer sejam", amount="160", unit="km/h"),
    ),
    Ex(
        "Jambatan Sultan Abdul Halim Muadzam Shah sepanjang 24 kilometer menghubungkan Batu Maung dan Batu Kawan.",
        C("quantity", "24 kilometer", amount="24", unit="km", comparator=None),
    ),
    Ex(
        "Bacaan PM2.5 di Kuching mencecah 150 mikrogram per meter padu.",
        C("quantity", "150 mikrogram per meter padu", amount="150", unit="µg/m3"),
    ),
    Ex(
        "Gunung Kinabalu setinggi 4,095 meter ialah puncak tertinggi di Malaysia.",
        C("quantity", "4,095 meter", amount="4095", unit="m", comparator=None),
    ),
    Ex(
        "Bayi itu dilahirkan dengan berat 3.2 kg dan panjang 49 cm.",
        C("quantity", "3.2 kg", amount="3.2", unit="kg"),
        C("quantity", "49 cm", amount="49", unit="cm"),
    ),
    Ex(
        "Stesen cuaca di Shah Alam mencatatkan hujan 150 mm pada petang itu.",
        C("quantity", "150 mm", amount="150", unit="mm"),
    ),
    Ex(
        "Paras air Sungai Golok mencecah 9.5 meter, melepasi paras bahaya.",
        C("quantity", "9.5 meter", amount="9.5", unit="m"),
    ),
    Ex(
        "Jabatan Kastam Diraja Malaysia merampas 1.2 tan syabu di Pelabuhan Klang.",
        C("quantity", "1.2 tan", amount="1.2", unit="t"),
        note="Malay 'tan' is the metric tonne",
    ),
    Ex(
        "Polis merampas 25 kilogram ganja dari sebuah kereta di Bukit Kayu Hitam.",
        C("quantity", "25 kilogram", amount="25", unit="kg"),
    ),
    Ex(
        "Suspek ditahan bersama 45.5 gram heroin.",
        C("quantity", "45.5 gram", amount="45.5", unit="g"),
    ),
    Ex(
        "Sebanyak 3,000 tan beras import tiba di Pelabuhan Kuantan.",
        C("quantity", "3,000 tan", amount="3000", unit="t"),
    ),
    Ex(
        "Kerajaan negeri memperuntukkan 3,000 hektar tanah untuk projek penanaman padi.",
        C("quantity", "3,000 hektar", amount="3000", unit="ha"),
    ),
    Ex(
        "Kilang itu dibina di atas tanah seluas 25 ekar di Kulim.",
        C("quantity", "25 ekar", amount="25", unit="acre", comparator=None),
    ),
    Ex(
        "Kondominium itu berkeluasan 1,650 kaki persegi.",
        C("quantity", "1,650 kaki persegi", amount="1650", unit="ft2"),
    ),
    Ex(
        "Pusat data itu memerlukan bekalan elektrik sebanyak 200 megawatt.",
        C("quantity", "200 megawatt", amount="200", unit="MW"),
    ),
    Ex(
        "Tenaga Nasional Berhad (TNB) menambah kapasiti penjanaan sebanyak 500 MW di Sabah.",
        C("quantity", "500 MW", amount="500", unit="MW"),
    ),
    Ex(
        "Suhu di Chuping, Perlis mencecah 38.5 darjah Celsius pada Selasa.",
        C("quantity", "38.5 darjah Celsius", amount="38.5", unit="°C"),
    ),
    Ex(
        "Suhu di Alor Setar mencecah 37.6°C semalam.",
        C("quantity", "37.6°C", amount="37.6", unit="°C"),
    ),
    Ex(
        "Kapal tangki itu membawa 1.5 juta tong minyak mentah.",
        C("quantity", "1.5 juta tong", amount="1500000", unit="bbl"),
        note="Malay 'tong' is the barrel",
    ),
    Ex(
        "Penduduk diarah berpindah dalam radius 5 km dari lokasi kebocoran gas.",
        C("quantity", "5 km", amount="5", unit="km"),
    ),
    Ex(
        "Gempa bumi itu berlaku pada kedalaman 10 km di barat daya Sabah.",
        C("quantity", "10 km", amount="10", unit="km"),
    ),
    Ex(
        "Setiap isi rumah menerima 10 kg beras setiap bulan.",
        C("quantity", "10 kg", amount="10", unit="kg"),
    ),
    Ex(
        "Lebuh raya sepanjang 42 km itu menelan belanja RM8.9 bilion.",
        C("quantity", "42 km", amount="42", unit="km"),
        C("money", "RM8.9 bilion", amount="8900000000", currency="MYR"),
    ),
    Ex(
        "Pemilik kenderaan persendirian hanya dibenarkan membeli 20 liter diesel sehari.",
        C("quantity", "20 liter", amount="20", unit="l"),
    ),
    Ex(
        "Paras air empangan itu susut kepada 30 sentimeter di bawah paras kritikal.",
        C("quantity", "30 sentimeter", amount="30", unit="cm", comparator=None),
    ),
    Ex(
        "Lebuh Raya Pan Borneo Sabah melibatkan pembinaan jalan sepanjang 706 kilometer.",
        C("quantity", "706 kilometer", amount="706", unit="km", comparator=None),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Comparators on quantities (outside the span, in the value)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Kira-kira 3,000 peserta menyertai Larian Merdeka di Putrajaya.",
        C("quantity", "3,000", amount="3000", noun="peserta", comparator="approx", nearly=False),
    ),
    Ex(
        "Lebih daripada 2,000 anggota tentera dikerahkan ke sempadan Malaysia-Thailand.",
        C("quantity", "2,000", amount="2000", noun="anggota tentera", comparator="gt"),
    ),
    Ex(
        "Lebih 500 penduduk dipindahkan ke dewan orang ramai.",
        C("quantity", "500", amount="500", noun="penduduk", comparator="gt"),
        note="bare 'lebih' before a figure is 'more than' in Malaysian copy",
    ),
    Ex(
        "Sekurang-kurangnya 12 orang terbunuh dalam kemalangan bas ekspres itu.",
        C("quantity", "12", amount="12", noun="orang", comparator="ge"),
    ),
    Ex(
        "Hampir 10,000 mangsa banjir ditempatkan di 120 PPS di seluruh Kelantan.",
        C("quantity", "10,000", amount="10000", noun="mangsa banjir", comparator="approx", nearly=True),
        C("quantity", "120", amount="120", noun="PPS", comparator=None),
    ),
    Ex(
        "Jarak rumah penduduk dengan tebing sungai kurang daripada 100 meter.",
        C("quantity", "100 meter", amount="100", unit="m", comparator="lt"),
    ),
    Ex(
        "Setiap bas boleh membawa sehingga 40 penumpang.",
        C("quantity", "40", amount="40", noun="penumpang", comparator="le"),
        note="'sehingga' before a lone figure is an upper bound",
    ),
    Ex(
        "Jumlah kes denggi di Selangor melebihi 2,000 kes pada minggu lalu.",
        C("quantity", "2,000", amount="2000", noun="kes", comparator="gt"),
    ),
    Ex(
        "Konsert itu dihadiri lebih daripada 50,000 penonton.",
        C("quantity", "50,000", amount="50000", noun="penonton", comparator="gt"),
    ),
    Ex(
        "Hujan lebat memusnahkan lebih daripada 1,000 hektar sawah padi di Kedah.",
        C("quantity", "1,000 hektar", amount="1000", unit="ha", comparator="gt"),
    ),
    Ex(
        "Bilangan peserta dihadkan maksimum 200 orang bagi setiap sesi.",
        C("quantity", "200", amount="200", noun="orang", comparator="le"),
    ),
    Ex(
        "Suhu di Lembah Klang dijangka melebihi 35 darjah Celsius minggu ini.",
        C("quantity", "35 darjah Celsius", amount="35", unit="°C", comparator="gt"),
    ),
    Ex(
        "Setiap parti memerlukan minimum 1,000 ahli di setiap negeri.",
        C("quantity", "1,000", amount="1000", noun="ahli", comparator="ge"),
    ),
    Ex(
        "Sekitar 300 penduduk berhimpun di hadapan pejabat daerah.",
        C("quantity", "300", amount="300", noun="penduduk", comparator="approx"),
    ),
    Ex(
        "Kesesakan lalu lintas menjangkau sehingga 15 km dari Plaza Tol Gombak.",
        C("quantity", "15 km", amount="15", unit="km", comparator="le"),
    ),
    Ex(
        "Tidak kurang daripada 500 orang menghadiri majlis itu.",
        C("quantity", "500", amount="500", noun="orang", comparator="ge"),
    ),
    Ex(
        "Lokasi kebakaran itu terletak kira-kira 3 km dari kawasan perumahan.",
        C("quantity", "3 km", amount="3", unit="km", comparator="approx"),
    ),
    Ex(
        "Polis menganggarkan kira-kira 5,000 orang menyertai perhimpunan itu.",
        C("quantity", "5,000", amount="5000", noun="orang", comparator="approx"),
    ),
    Ex(
        "Bilangan kes tibi di negeri itu kini di bawah 1,000 kes.",
        C("quantity", "1,000", amount="1000", noun="kes", comparator="lt"),
    ),
    Ex(
        "Kecederaan dialami hampir 200 penumpang feri itu.",
        C("quantity", "200", amount="200", noun="penumpang feri", comparator="approx"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Quantity ranges (span from the first figure to the last word of the range)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Kerajaan menjangkakan antara 5 dan 7 juta kenderaan keluar dari Lembah Klang sempena Aidilfitri.",
        C("quantity", "5 dan 7 juta", amount="5000000", amount_max="7000000"),
    ),
    Ex(
        "Setiap hari, 2,000-3,000 kenderaan melalui jalan itu.",
        C("quantity", "2,000-3,000", amount="2000", amount_max="3000"),
    ),
    Ex(
        "Paras banjir di taman perumahan itu mencecah 50-70 cm.",
        C("quantity", "50-70 cm", amount="50", amount_max="70", unit="cm"),
    ),
    Ex(
        "MetMalaysia memberi amaran ombak setinggi 2.5-4.5 meter di perairan Pantai Timur.",
        C("quantity", "2.5-4.5 meter", amount="2.5", amount_max="4.5", unit="m"),
    ),
    Ex(
        "Suhu di Semenanjung dijangka antara 24 hingga 35 darjah Celsius.",
        C("quantity", "24 hingga 35 darjah Celsius", amount="24", amount_max="35", unit="°C"),
    ),
    Ex(
        "Tanah runtuh itu menimbus 15 hingga 20 buah rumah di lereng bukit.",
        C("quantity", "15 hingga 20", amount="15", amount_max="20"),
    ),
    Ex(
        "Setiap bot dibenarkan membawa antara 3 hingga 5 tan ikan.",
        C("quantity", "3 hingga 5 tan", amount="3", amount_max="5", unit="t"),
    ),
    Ex(
        "Penganjur menjangkakan antara 5,000 dan 7,000 peserta bagi larian itu.",
        C("quantity", "5,000 dan 7,000", amount="5000", amount_max="7000"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # "18 daripada 20 kerusi": a ratio, one quantity with its exact fraction
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Gabungan itu menang di 18 daripada 20 kerusi yang ditandingi.",
        C("quantity", "18 daripada 20", fraction="18/20", amount="0.9", noun="kerusi"),
    ),
    Ex(
        "Tiga daripada lima hakim bersetuju dengan keputusan itu.",
        C("quantity", "Tiga daripada lima", fraction="3/5", noun="hakim"),
    ),
    Ex(
        "Hampir tiga suku daripada peserta program itu mendapat pekerjaan dalam tempoh setahun.",
        C("quantity", "tiga suku", fraction="3/4", amount="0.75", noun="peserta program"),
        note="'suku' is a quarter before 'daripada': a fraction, not a count of three",
    ),
    Ex(
        "Terdapat lebih 30 suku kaum di Sabah, dan dua suku kaum terbesar ialah Kadazan-Dusun dan Bajau.",
        C("quantity", "30", amount="30", comparator="gt", noun="suku kaum"),
        C("quantity", "dua", amount="2", noun="suku kaum"),
        note="'suku kaum' is an ethnic group: no fraction without a share word after 'suku'",
    ),
    Ex(
        "Sebanyak 7 daripada 10 responden berpuas hati dengan prestasi kerajaan.",
        C("quantity", "7 daripada 10", fraction="7/10", noun="responden"),
    ),
    Ex(
        "Harimau Malaya memenangi 4 daripada 6 perlawanan di peringkat kumpulan.",
        C("quantity", "4 daripada 6", fraction="4/6", noun="perlawanan"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Percent: peratus and %; what a percentage is a share of ("daripada")
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "China kini menyerap 18 peratus daripada jumlah eksport negara.",
        C("percent", "18 peratus", amount="18", of="jumlah eksport negara"),
    ),
    Ex(
        "Kadar pengangguran negara pada Jun 2025 ialah 3.0 peratus.",
        C("percent", "3.0 peratus", amount="3.0", comparator=None),
    ),
    Ex(
        "Harga ayam turun 0.5 peratus berbanding bulan lalu.",
        C("percent", "0.5 peratus", amount="0.5"),
    ),
    Ex(
        "Pinjaman isi rumah meningkat 5.6 % tahun ke tahun.",
        C("percent", "5.6 %", amount="5.6"),
    ),
    Ex(
        "Tinjauan Merdeka Center mendapati tahap kepuasan rakyat terhadap kerajaan ialah 54%.",
        C("percent", "54%", amount="54"),
    ),
    Ex(
        "Pegangan kerajaan dalam syarikat itu akan meningkat kepada 51 peratus.",
        C("percent", "51 peratus", amount="51"),
    ),
    Ex(
        "FBM KLCI ditutup 1.12 peratus lebih tinggi pada petang Jumaat.",
        C("percent", "1.12 peratus", amount="1.12", comparator=None),
        note="'lebih tinggi' after a figure is a difference, not a bound",
    ),
    Ex(
        "Kadar Cukai Jualan dan Perkhidmatan (SST) dinaikkan daripada 6 peratus kepada 8 peratus.",
        C("percent", "6 peratus", amount="6"),
        C("percent", "8 peratus", amount="8"),
        note="'daripada X kepada Y' after a verb of change: two figures, not a range",
    ),
    Ex(
        "Tarif import Amerika Syarikat ke atas produk Malaysia diturunkan daripada 25 peratus kepada 19 peratus.",
        C("percent", "25 peratus", amount="25"),
        C("percent", "19 peratus", amount="19"),
    ),
    Ex(
        "Bank Dunia menyemak semula unjuran pertumbuhan Malaysia daripada 4.5 peratus kepada 3.9 peratus.",
        C("percent", "4.5 peratus", amount="4.5"),
        C("percent", "3.9 peratus", amount="3.9"),
    ),
    Ex(
        "Harga sayur naik 10 peratus, manakala harga ikan juga naik 10 peratus.",
        C("percent", "10 peratus", amount="10"),
        C("percent", "10 peratus", amount="10", nth=2),
    ),
    Ex(
        "Galaksi itu terletak 13.4 bilion tahun cahaya dari Bumi, bergerak pada 300 kilometer sesaat.",
        C("quantity", "13.4 bilion tahun cahaya", amount="13400000000", unit="ly"),
        C("quantity", "300 kilometer sesaat", amount="300", unit="km/s"),
        note="tahun cahaya is a unit of distance, not a duration",
    ),
    Ex(
        "Sektor perkhidmatan menyumbang 59.2 peratus daripada KDNK negara.",
        C("percent", "59.2 peratus", amount="59.2", of="KDNK negara"),
    ),
    Ex(
        "Perbelanjaan pembangunan baru mencapai 38.5 peratus daripada peruntukan.",
        C("percent", "38.5 peratus", amount="38.5", of="peruntukan"),
    ),
    Ex(
        "Eksport elektrik dan elektronik meningkat 7.2 peratus berbanding bulan sebelumnya.",
        C("percent", "7.2 peratus", amount="7.2", of=None),
    ),
    Ex(
        "Sejak 2019, bilangan pelancong asing ke Langkawi turun 30 peratus.",
        C("percent", "30 peratus", amount="30"),
    ),
    Ex(
        "Keempat-empat mangsa mengalami luka terbakar 40 peratus.",
        C("percent", "40 peratus", amount="40"),
        note="'keempat-empat' (all four) is a collective, not an ordinal",
    ),
    Ex(
        "Kenaikan harga beras tempatan mencecah 18%, jauh melepasi sasaran inflasi.",
        C("percent", "18%", amount="18", comparator=None),
    ),
    # Percentage points and basis points
    Ex(
        "Rizab Persekutuan menurunkan kadar faedah sebanyak setengah mata peratusan minggu lalu.",
        C("percent", "setengah mata peratusan", amount="0.5", measure="points"),
    ),
    Ex(
        "Kadar pengangguran turun 0.1 mata peratusan kepada 3.0 peratus.",
        C("percent", "0.1 mata peratusan", amount="0.1", measure="points"),
        C("percent", "3.0 peratus", amount="3.0", measure=None),
    ),
    Ex(
        "Peratusan keluar mengundi meningkat 2 mata peratusan berbanding pilihan raya sebelumnya.",
        C("percent", "2 mata peratusan", amount="2", measure="points"),
    ),
    Ex(
        "BNM menurunkan OPR sebanyak 25 mata asas kepada 2.75 peratus.",
        C("quantity", "25 mata asas", amount="25", unit="bp"),
        C("percent", "2.75 peratus", amount="2.75"),
        note="'mata asas' is basis points",
    ),
    # Percent ranges
    Ex(
        "Peserta tertua berumur 82 tahun manakala yang termuda 7 tahun.",
        C("quantity", "82 tahun", amount="82", unit="year", noun="age"),
        C("quantity", "7 tahun", amount="7", unit="year", noun="age"),
        note="a superlative of age before a number and its year word is an age cue",
    ),
    Ex(
        "Harga tiket penerbangan dijangka turun 10-20 peratus sepanjang cuti sekolah.",
        C("percent", "10-20 peratus", amount="10", amount_max="20"),
    ),
    Ex(
        "Kenaikan gaji penjawat awam dicadangkan antara 5 dan 7 peratus.",
        C("percent", "5 dan 7 peratus", amount="5", amount_max="7"),
    ),
    Ex(
        "BNM mengunjurkan ekonomi berkembang antara 4.0 hingga 4.8 peratus tahun ini.",
        C("percent", "4.0 hingga 4.8 peratus", amount="4.0", amount_max="4.8"),
    ),
    Ex(
        "Inflasi keseluruhan dijangka kekal dalam julat 2.0-3.5 peratus.",
        C("percent", "2.0-3.5 peratus", amount="2.0", amount_max="3.5"),
    ),
    # Percent with comparators
    Ex(
        "Ekonomi Malaysia dijangka berkembang melebihi 4 peratus tahun ini.",
        C("percent", "4 peratus", amount="4", comparator="gt"),
    ),
    Ex(
        "Defisit fiskal disasarkan di bawah 3 peratus daripada KDNK.",
        C("percent", "3 peratus", amount="3", comparator="lt", of="KDNK"),
    ),
    Ex(
        "Hampir 40 peratus kanak-kanak di daerah itu mengalami masalah bantut.",
        C("percent", "40 peratus", amount="40", comparator="approx", nearly=True),
    ),
    Ex(
        "Parti itu memperoleh lebih daripada 50 peratus undi popular.",
        C("percent", "50 peratus", amount="50", comparator="gt"),
    ),
    Ex(
        "Kira-kira 70 peratus tanah di Sarawak masih berhutan.",
        C("percent", "70 peratus", amount="70", comparator="approx"),
    ),
    Ex(
        "Syarikat tersenarai diwajibkan menawarkan sekurang-kurangnya 25 peratus saham kepada awam.",
        C("percent", "25 peratus", amount="25", comparator="ge"),
    ),
    Ex(
        "Bahagian pasaran kenderaan elektrik masih kurang daripada 1 peratus.",
        C("percent", "1 peratus", amount="1", comparator="lt"),
    ),
    Ex(
        "Kenaikan tambang dihadkan sehingga 10 peratus.",
        C("percent", "10 peratus", amount="10", comparator="le"),
    ),
    Ex(
        "Kadar penginapan hotel di Melaka mencecah hampir 90 peratus sepanjang cuti umum.",
        C("percent", "90 peratus", amount="90", comparator="approx"),
    ),
    Ex(
        "Lebih 60 peratus pengundi muda tidak keluar mengundi.",
        C("percent", "60 peratus", amount="60", comparator="gt"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Money: RM (with or without a space), ringgit, and the scale words ribu, juta, bilion, trilion
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Kerajaan memperuntukkan RM1.2 bilion untuk menaik taraf 1,500 buah sekolah daif.",
        C("money", "RM1.2 bilion", amount="1200000000", currency="MYR"),
        C("quantity", "1,500", amount="1500"),
        note="RM1.2 bilion is 1.2 billion ringgit",
    ),
    Ex(
        "Suruhanjaya Pencegahan Rasuah Malaysia (SPRM) mendakwa kerugian kerajaan dalam kes itu mencecah RM2.3 bilion.",
        C("money", "RM2.3 bilion", amount="2300000000", currency="MYR"),
    ),
    Ex(
        "Projek jambatan bernilai RM90 juta itu terbengkalai sejak 2022.",
        C("money", "RM90 juta", amount="90000000", currency="MYR"),
    ),
    Ex(
        "Kerajaan menyalurkan RM1,200 juta kepada agensi itu bagi tempoh lima tahun.",
        C("money", "RM1,200 juta", amount="1200000000", currency="MYR"),
        note="RM1,200 juta and RM1.2 bilion are the same amount",
    ),
    Ex(
        "Peniaga itu mendakwa rugi RM5,000 selepas gerainya dirobohkan.",
        C("money", "RM5,000", amount="5000", currency="MYR"),
    ),
    Ex(
        "Baucar bernilai RM500 diberikan kepada 1,000 pengunjung.",
        C("money", "RM500", amount="500", currency="MYR"),
        C("quantity", "1,000", amount="1000", noun="pengunjung"),
    ),
    Ex(
        "Gaji minimum dinaikkan kepada RM1,700 sebulan mulai 1 Februari 2025.",
        C("money", "RM1,700", amount="1700", currency="MYR"),
    ),
    Ex(
        "Harga diesel di Semenanjung diapungkan kepada RM3.35 seliter.",
        C("money", "RM3.35", amount="3.35", currency="MYR"),
    ),
    Ex(
        "Kerajaan menerbitkan sukuk bernilai RM5 bilion.",
        C("money", "RM5 bilion", amount="5000000000", currency="MYR"),
    ),
    Ex(
        "Nilai dana kekayaan negeri itu kini mencecah 150 bilion ringgit.",
        C("money", "150 bilion ringgit", amount="150000000000", currency="MYR"),
    ),
    Ex(
        "Belanjawan itu memperuntukkan RM419.2 bilion, yang terbesar dalam sejarah negara.",
        C("money", "RM419.2 bilion", amount="419200000000", currency="MYR"),
    ),
    Ex(
        "Gaji permulaan graduan di syarikat itu ialah RM3,200.",
        C("money", "RM3,200", amount="3200", currency="MYR"),
    ),
    Ex(
        "Hutang kerajaan persekutuan mencecah RM1.25 trilion pada akhir Jun.",
        C("money", "RM1.25 trilion", amount="1250000000000", currency="MYR"),
    ),
    Ex(
        "Sekampit beras 10 kg dijual pada harga RM26 di pasar raya itu.",
        C("quantity", "10 kg", amount="10", unit="kg"),
        C("money", "RM26", amount="26", currency="MYR"),
    ),
    Ex(
        "Kerajaan memberikan RM 150 kepada setiap murid di bawah Bantuan Awal Persekolahan.",
        C("money", "RM 150", amount="150", currency="MYR"),
    ),
    Ex(
        "Harga minyak masak paket 1 kg kekal RM2.50.",
        C("quantity", "1 kg", amount="1", unit="kg"),
        C("money", "RM2.50", amount="2.50", currency="MYR"),
    ),
    Ex(
        "Mangsa ditipu sebanyak RM20 ribu oleh sindiket pelaburan palsu.",
        C("money", "RM20 ribu", amount="20000", currency="MYR", comparator=None),
    ),
    Ex(
        "Perolehan kumpulan itu mencecah RM320.0 bilion tahun lepas.",
        C("money", "RM320.0 bilion", amount="320000000000", currency="MYR"),
    ),
    Ex(
        "Kerajaan memperuntukkan RM64 bilion atau 16 peratus daripada belanjawan untuk pendidikan.",
        C("money", "RM64 bilion", amount="64000000000", currency="MYR"),
        C("percent", "16 peratus", amount="16", of="belanjawan"),
    ),
    Ex(
        "Syarat permohonan:\n1. Menjelaskan yuran pemprosesan RM50.\n2. Mengisi borang dalam talian.",
        C("money", "RM50", amount="50", currency="MYR"),
        note="the list enumerators are not figures",
    ),
    Ex(
        "Maklumat tiket berharga RM120 boleh diperoleh melalui talian 03-2612 3456.",
        C("money", "RM120", amount="120", currency="MYR"),
    ),
    # Money: sen, the ringgit's minor unit (amount as written, minor=True)
    Ex(
        "Harga telur ayam gred A naik 3 sen sebiji.",
        C("money", "3 sen", amount="0.03", currency="MYR", minor=True),
    ),
    Ex(
        "Harga roti sebuku naik 50 sen mulai Isnin.",
        C("money", "50 sen", amount="0.50", currency="MYR", minor=True),
    ),
    Ex(
        "Harga RON97 turun 5 sen kepada RM3.18 seliter.",
        C("money", "5 sen", amount="0.05", currency="MYR", minor=True),
        C("money", "RM3.18", amount="3.18", currency="MYR"),
    ),
    Ex(
        "Lembaga pengarah mengumumkan dividen interim kedua sebanyak 5 sen sesaham.",
        C("ordinal", "kedua", rank=2),
        C("money", "5 sen", amount="0.05", currency="MYR", minor=True),
    ),
    Ex(
        "Eksport negara meningkat bagi bulan kelapan berturut-turut, manakala import naik bagi bulan ketiga "
        "berturutan.",
        C("ordinal", "kelapan", rank=8, noun="bulan"),
        C("ordinal", "ketiga", rank=3, noun="bulan"),
    ),
    # Money with comparators
    Ex(
        "Jika sabit kesalahan, tertuduh boleh didenda tidak melebihi RM5,000.",
        C("money", "RM5,000", amount="5000", currency="MYR", comparator="le"),
    ),
    Ex(
        "Kerugian akibat banjir dianggarkan melebihi RM1 bilion.",
        C("money", "RM1 bilion", amount="1000000000", currency="MYR", comparator="gt"),
    ),
    Ex(
        "Nilai kontrak projek itu hampir RM2 bilion.",
        C("money", "RM2 bilion", amount="2000000000", currency="MYR", comparator="approx", nearly=True),
    ),
    Ex(
        "Pelanggar prosedur operasi standard boleh dikompaun sehingga RM1,000.",
        C("money", "RM1,000", amount="1000", currency="MYR", comparator="le"),
    ),
    Ex(
        "Pemohon mesti mempunyai pendapatan isi rumah kurang daripada RM5,000 sebulan.",
        C("money", "RM5,000", amount="5000", currency="MYR", comparator="lt"),
    ),
    Ex(
        "Jumlah hadiah kejohanan itu kira-kira RM5 juta.",
        C("money", "RM5 juta", amount="5000000", currency="MYR", comparator="approx", nearly=False),
    ),
    Ex(
        "Kekayaan bekas pegawai kanan itu melonjak kepada hampir RM100 juta.",
        C("money", "RM100 juta", amount="100000000", currency="MYR", comparator="approx"),
    ),
    Ex(
        "Pendeposit perlu menyimpan sekurang-kurangnya RM100 untuk membuka akaun.",
        C("money", "RM100", amount="100", currency="MYR", comparator="ge"),
    ),
    Ex(
        "Pembeli rumah pertama bernilai di bawah RM500,000 dikecualikan duti setem.",
        C("ordinal", "pertama", rank=1, noun="rumah"),
        C("money", "RM500,000", amount="500000", currency="MYR", comparator="lt"),
    ),
    Ex(
        "Projek itu melibatkan pelaburan lebih RM2 bilion.",
        C("money", "RM2 bilion", amount="2000000000", currency="MYR", comparator="gt"),
    ),
    Ex(
        "Tertuduh didakwa menerima suapan sebanyak RM50,000 daripada seorang kontraktor.",
        C("money", "RM50,000", amount="50000", currency="MYR", comparator=None),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Money: foreign currencies (AS$, USD, dolar AS, S$, euro, yen, yuan, £)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Malaysia meraih komitmen pelaburan AS$1.5 bilion daripada sebuah syarikat semikonduktor.",
        C("money", "AS$1.5 bilion", amount="1500000000", currency="USD"),
    ),
    Ex(
        "Nilai projek loji itu mencecah 1.5 bilion dolar AS.",
        C("money", "1.5 bilion dolar AS", amount="1500000000", currency="USD"),
    ),
    Ex(
        "Bank Dunia meluluskan pinjaman USD250 juta untuk projek bekalan air bersih.",
        C("money", "USD250 juta", amount="250000000", currency="USD"),
    ),
    Ex(
        "Harga minyak mentah Brent jatuh kepada 65 dolar AS setong.",
        C("money", "65 dolar AS", amount="65", currency="USD"),
    ),
    Ex(
        "Syarikat teknologi itu melabur USD 2 bilion untuk membina pusat data di Johor.",
        C("money", "USD 2 bilion", amount="2000000000", currency="USD"),
    ),
    Ex(
        "Dana pelaburan Singapura itu melabur S$2 bilion dalam syarikat pemula di Asia Tenggara.",
        C("money", "S$2 bilion", amount="2000000000", currency="SGD"),
    ),
    Ex(
        "Kesatuan Eropah menyalurkan bantuan 2 bilion euro kepada Ukraine.",
        C("money", "2 bilion euro", amount="2000000000", currency="EUR"),
    ),
    Ex(
        "Kelab Liga Perdana Inggeris itu membayar £71 juta untuk mendapatkan penyerang tersebut.",
        C("money", "£71 juta", amount="71000000", currency="GBP"),
    ),
    Ex(
        "Agensi Kerjasama Antarabangsa Jepun (JICA) menyalurkan pinjaman 140 bilion yen untuk projek itu.",
        C("money", "140 bilion yen", amount="140000000000", currency="JPY"),
    ),
    Ex(
        "Pelancong dari China membelanjakan purata 5,000 yuan semasa bercuti di Malaysia.",
        C("money", "5,000 yuan", amount="5000", currency="CNY"),
    ),
    Ex(
        "SPRM merampas wang tunai RM2.5 juta, S$150,000 dan AS$20,000 dari kediaman suspek.",
        C("money", "RM2.5 juta", amount="2500000", currency="MYR"),
        C("money", "S$150,000", amount="150000", currency="SGD"),
        C("money", "AS$20,000", amount="20000", currency="USD"),
    ),
    Ex(
        "Lebihan dagangan Malaysia pada Julai berjumlah RM16.9 bilion, dengan eksport bernilai AS$30.5 bilion.",
        C("money", "RM16.9 bilion", amount="16900000000", currency="MYR"),
        C("money", "AS$30.5 bilion", amount="30500000000", currency="USD"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Money ranges
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Sewa tapak di bazar Ramadan itu antara RM500 hingga RM1,000 sebulan.",
        C("money", "RM500 hingga RM1,000", amount="500", amount_max="1000", currency="MYR"),
    ),
    Ex(
        "Tiket konsert itu dijual pada harga RM150-RM450.",
        C("money", "RM150-RM450", amount="150", amount_max="450", currency="MYR"),
    ),
    Ex(
        "Kos membaik pulih jambatan itu antara RM3 juta hingga RM5 juta.",
        C("money", "RM3 juta hingga RM5 juta", amount="3000000", amount_max="5000000", currency="MYR"),
    ),
    Ex(
        "Nilai pelaburan kilang itu antara AS$1 bilion dan AS$2 bilion.",
        C("money", "AS$1 bilion dan AS$2 bilion", amount="1000000000", amount_max="2000000000", currency="USD"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Mixed sentences
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Seramai 6.3 juta pelancong asing melawat Malaysia dari Januari hingga Jun 2025, naik 20 peratus.",
        C("quantity", "6.3 juta", amount="6300000", noun="pelancong asing"),
        C("percent", "20 peratus", amount="20"),
    ),
    Ex(
        "Pengeluaran minyak sawit turun kepada 1.5 juta tan, atau 95 peratus daripada sasaran.",
        C("quantity", "1.5 juta tan", amount="1500000", unit="t"),
        C("percent", "95 peratus", amount="95", of="sasaran"),
    ),
    Ex(
        "Kerajaan menyasarkan pertumbuhan 4.5 peratus dengan inflasi 2.0 peratus dan harga minyak 70 dolar AS setong.",
        C("percent", "4.5 peratus", amount="4.5"),
        C("percent", "2.0 peratus", amount="2.0"),
        C("money", "70 dolar AS", amount="70", currency="USD"),
    ),
    Ex(
        "Seramai 2,450 mangsa banjir di 18 PPS menerima bantuan tunai RM1,000 setiap keluarga.",
        C("quantity", "2,450", amount="2450", noun="mangsa banjir"),
        C("quantity", "18", amount="18", noun="PPS"),
        C("money", "RM1,000", amount="1000", currency="MYR"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # What a percentage measures (share, change, points) and "hampir" (just below): what a check compares
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Indeks Harga Pengguna (IHP) naik 1.9 peratus berbanding tempoh sama tahun lepas.",
        C("percent", "1.9 peratus", amount="1.9", measure="change"),
    ),
    Ex(
        "Ringgit pulih 1.2 peratus minggu ini, manakala harga getah mencatat lonjakan 8 peratus. Sebanyak 90 "
        "peratus pesakit telah pulih.",
        C("percent", "1.2 peratus", amount="1.2", measure="change"),
        C("percent", "8 peratus", amount="8", measure="change"),
        C("percent", "90 peratus", amount="90", measure="share"),
        note="'pulih' (recovered) and 'lonjakan' (a surge) before the figure measure a change; after it they do not",
    ),
    Ex(
        "Jumlah penganggur berkurang 0.5 peratus kepada 549,500 orang.",
        C("percent", "0.5 peratus", amount="0.5", measure="change"),
        C("quantity", "549,500", amount="549500"),
    ),
    Ex(
        "Jualan runcit meningkat sebanyak 2.1 peratus pada Jun, menurut DOSM.",
        C("percent", "2.1 peratus", amount="2.1", measure="change", comparator=None),
        note="'sebanyak' between the verb of change and the figure",
    ),
    Ex(
        "Tambang tren dinaikkan 8 peratus mulai 1 Mac, manakala seramai 500 pemandu baharu mula bertugas esok.",
        C("percent", "8 peratus", amount="8", measure="change", of=None),
        C("quantity", "500", amount="500", noun="pemandu baharu"),
        note="a date after 'mulai' or 'esok' is when, not what the figure is a share of",
    ),
    Ex(
        "Penjawat awam menerima kenaikan gaji 13 peratus mulai Disember.",
        C("percent", "13 peratus", amount="13", measure="change", of=None),
        note="'mulai Disember' is no whole the percentage is a share of; 'kenaikan gaji' before it: a change",
    ),
    Ex(
        "Eksport minyak sawit susut 4.5 peratus kepada RM5.6 bilion.",
        C("percent", "4.5 peratus", amount="4.5", measure="change"),
        C("money", "RM5.6 bilion", amount="5600000000", currency="MYR"),
    ),
    Ex(
        "Kadar pengangguran naik kepada 3.5 peratus pada suku itu.",
        C("percent", "3.5 peratus", amount="3.5", measure=None),
        note="'naik kepada' names the level reached, not the change",
    ),
    Ex(
        "Sebanyak 62 peratus daripada responden berpuas hati dengan prestasi kerajaan.",
        C("percent", "62 peratus", amount="62", measure="share", of="responden"),
    ),
    Ex(
        "Harga minyak sawit mentah niaga hadapan naik RM45 kepada RM4,120 satu tan.",
        C("money", "RM45", amount="45", currency="MYR"),
        C("money", "RM4,120", amount="4120", currency="MYR"),
        note="'satu tan' right after a price is per tonne, not a quantity",
    ),
    Ex(
        "Peladang itu menjual satu tan padi dengan harga RM1,300.",
        C("quantity", "satu tan", amount="1", unit="t"),
        C("money", "RM1,300", amount="1300", currency="MYR"),
        note="'satu tan' before the price is a quantity",
    ),
    Ex(
        "Indeks komposit menjunam 62.01 mata atau 3.86 peratus kepada 1,545.69 mata pada Isnin.",
        C("quantity", "62.01", amount="62.01", noun="mata"),
        C("percent", "3.86 peratus", amount="3.86", measure="change"),
        C("quantity", "1,545.69", amount="1545.69", noun="mata"),
        note="a change verb before the first of two figures joined by 'atau' carries to the second",
    ),
    Ex(
        "Parti itu memenangi 40 kerusi atau 18 peratus daripada kerusi yang dipertandingkan.",
        C("quantity", "40", amount="40", noun="kerusi"),
        C("percent", "18 peratus", amount="18", measure="share", of="kerusi"),
        note="'atau' after a figure with no verb of change: a share, not a change",
    ),
    Ex(
        "Warga emas membentuk kira-kira 30 peratus daripada jumlah itu.",
        C("percent", "30 peratus", amount="30", comparator="approx", measure="share", of="jumlah"),
        note="'daripada jumlah itu': a share of a whole named before",
    ),
    Ex(
        "Kadar inflasi keseluruhan ialah 1.8 peratus setakat Jun.",
        C("percent", "1.8 peratus", amount="1.8", measure=None, of=None),
        note="'setakat Jun' is a time, not the whole of a share",
    ),
    Ex(
        "Gaji penjawat awam naik 7 peratus mulai Disember, memberi manfaat kepada 1.3 juta orang.",
        C("percent", "7 peratus", amount="7", measure="change"),
        C("quantity", "1.3 juta", amount="1300000", noun="orang"),
    ),
    Ex(
        "Hampir 2,000 penduduk berpindah ke dewan serbaguna selepas benteng pecah.",
        C("quantity", "2,000", amount="2000", noun="penduduk", comparator="approx", nearly=True),
    ),
    Ex(
        "Hampir 40 peratus peruntukan negeri dibelanjakan untuk emolumen.",
        C("percent", "40 peratus", amount="40", comparator="approx", nearly=True),
    ),
    Ex(
        "Kira-kira 300 rumah ditenggelami banjir setinggi 1 meter.",
        C("quantity", "300", amount="300", comparator="approx", nearly=False),
        C("quantity", "1 meter", amount="1", unit="m"),
    ),
    Ex(
        "Tambang bot penambang ke Pulau Ketam naik 50 sen bagi setiap penumpang.",
        C("money", "50 sen", amount="0.50", currency="MYR", minor=True),
    ),
    Ex(
        "Harga gula naik 20 sen sekilogram, daripada RM2.85 kepada RM3.05.",
        C("money", "20 sen", amount="0.20", currency="MYR", minor=True),
        C("money", "RM2.85", amount="2.85", currency="MYR"),
        C("money", "RM3.05", amount="3.05", currency="MYR"),
        note="20 sen is RM0.20: amounts in ringgit compare directly",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Ordinals: ke-N, ke-words after the noun, kali kedua, kali pertama
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Anwar Ibrahim mengangkat sumpah sebagai Perdana Menteri ke-10 pada November 2022.",
        C("ordinal", "ke-10", rank=10),
    ),
    Ex(
        "Sambutan Hari Kebangsaan ke-68 diadakan di Dataran Putrajaya.",
        C("ordinal", "ke-68", rank=68),
    ),
    Ex(
        "Malaysia berada di tempat ke-3 dalam kedudukan pingat keseluruhan Sukan SEA.",
        C("ordinal", "ke-3", rank=3, noun="tempat"),
    ),
    Ex(
        "Ini kali kedua Malaysia menjadi tuan rumah Sidang Kemuncak ASEAN.",
        C("ordinal", "kedua", rank=2),
        note="'kali kedua' is 'the second time': an ordinal",
    ),
    Ex(
        "Buat kali pertama, Harimau Malaya layak ke Piala Asia melalui saringan.",
        C("ordinal", "pertama", rank=1),
    ),
    Ex(
        "Beliau menang untuk penggal ketiga sebagai Ahli Parlimen Pekan.",
        C("ordinal", "ketiga", rank=3, noun="penggal"),
    ),
    Ex(
        "Atlet terjun itu meraih pingat kedua untuk kontinjen negara.",
        C("ordinal", "kedua", rank=2, noun="pingat"),
    ),
    Ex(
        "Api dipercayai bermula di tingkat ke-12 bangunan itu.",
        C("ordinal", "ke-12", rank=12, noun="tingkat"),
    ),
    Ex(
        "Penyerang itu menjaringkan gol ke-100 sepanjang kerjayanya.",
        C("ordinal", "ke-100", rank=100, noun="gol"),
    ),
    Ex(
        "Bantuan tunai fasa kedua akan dikreditkan minggu depan.",
        C("ordinal", "kedua", rank=2, noun="fasa"),
    ),
    Ex(
        "Pasukan itu menduduki tangga keempat dalam saingan Liga Super.",
        C("ordinal", "keempat", rank=4, noun="tangga"),
    ),
    Ex(
        "Pasukan penyelamat menemui mangsa keenam di bawah runtuhan.",
        C("ordinal", "keenam", rank=6, noun="mangsa"),
    ),
    Ex(
        "Saksi ketujuh pendakwaan memberitahu mahkamah bahawa tertuduh menerima tiga sampul surat.",
        C("ordinal", "ketujuh", rank=7, noun="Saksi"),
        C("quantity", "tiga", amount="3", noun="sampul surat"),
    ),
    Ex(
        "Beliau merupakan individu ketiga yang didakwa dalam kes itu.",
        C("ordinal", "ketiga", rank=3, noun="individu"),
    ),
    Ex(
        "Malaysia menduduki tempat pertama dalam kalangan negara ASEAN bagi indeks itu.",
        C("ordinal", "pertama", rank=1, noun="tempat"),
    ),
    Ex(
        "Seramai 24 rakyat Malaysia dibawa pulang dari Iran dalam gelombang ketiga.",
        C("quantity", "24", amount="24", noun="rakyat Malaysia"),
        C("ordinal", "ketiga", rank=3, noun="gelombang"),
    ),
    Ex(
        "Malaysia berada di kedudukan ke-34 dalam Indeks Daya Saing Dunia.",
        C("ordinal", "ke-34", rank=34, noun="kedudukan"),
    ),
    Ex(
        "Kemenangan itu ialah yang kelima bagi Johor Darul Ta'zim musim ini.",
        C("ordinal", "kelima", rank=5),
    ),
    Ex(
        "Lawatan ini merupakan yang pertama oleh seorang Perdana Menteri Malaysia ke negara itu.",
        C("ordinal", "pertama", rank=1),
    ),
    Ex(
        "Pemandu itu disaman buat kali ke-3 dalam tempoh sebulan.",
        C("ordinal", "ke-3", rank=3),
    ),
    # A list run into a paragraph (a media statement's points): its numbers are no counts
    Ex(
        "Kementerian Kesihatan Malaysia ingin memaklumkan perkara berikut: 1. Sehingga 30 Jun 2024, sebanyak 75,423 "
        "kes denggi telah dilaporkan. 2. Sebanyak 46 kematian dicatatkan, berbanding 95 kematian pada 2023.",
        C("quantity", "75,423", amount="75423"), C("quantity", "46", amount="46"), C("quantity", "95", amount="95"),
    ),
    # An ordinal next to a collective ke-word or an enumerator: only the ordinal (and other figures) are claims
    Ex(
        "Pada pusingan kedua, kedua-dua pemain tampil lebih agresif.",
        C("ordinal", "kedua", rank=2, noun="pusingan"),
        note="'kedua-dua' (both) is no ordinal",
    ),
    Ex(
        "Ketiga-tiga suspek didakwa menerima rasuah berjumlah RM12 juta.",
        C("money", "RM12 juta", amount="12000000", currency="MYR"),
    ),
    Ex(
        "Kedua, kerajaan memperuntukkan RM20 bilion untuk subsidi bahan api.",
        C("money", "RM20 bilion", amount="20000000000", currency="MYR"),
    ),
    Ex(
        "Kedua-dua negara menyasarkan nilai perdagangan dua hala mencecah AS$100 bilion.",
        C("money", "AS$100 bilion", amount="100000000000", currency="USD"),
        note="'dua hala' is 'bilateral', not a count of two",
    ),
    Ex(
        "Harga cili itu 12 peratus lebih rendah berbanding minggu lalu.",
        C("percent", "12 peratus", amount="12", comparator=None),
    ),
    Ex(
        "Pindaan Perlembagaan memerlukan sokongan dua per tiga ahli Dewan Rakyat.",
        C("quantity", "dua per tiga", fraction="2/3"),
    ),
    Ex(
        "Harga setengah lusin telur kini RM3.60.",
        C("quantity", "setengah lusin", amount="6", noun="telur"),
        C("money", "RM3.60", amount="3.6", currency="MYR"),
    ),
    Ex(
        "Syarikat itu akan mengambil 500-1500 pekerja tahun depan.",
        C("quantity", "500-1500", amount="500", amount_max="1500", noun="pekerja"),
    ),
    Ex(
        "Pemohon mestilah berusia tidak melebihi 20 tahun pada tarikh tutup permohonan.",
        C("quantity", "20 tahun", amount="20", unit="year", noun="age", comparator="le"),
    ),
    Ex(
        "Seorang lelaki, 45, ditahan polis selepas kemalangan itu.",
        C("quantity", "45", amount="45", unit="year", noun="age"),
        note="a person not named, 'seorang' and a noun of one person, introduced with an age",
    ),
    Ex(
        "Remaja berusia antara 13 dan 17 tahun paling terkesan.",
        C("quantity", "13 dan 17 tahun", amount="13", amount_max="17", unit="year", noun="age"),
    ),
    Ex(
        "Mangsa meninggalkan isteri dan dua anak lelaki berusia lima dan 11 tahun.",
        C("quantity", "dua", amount="2", noun="anak lelaki"),
        C("quantity", "lima", amount="5", unit="year", noun="age"),
        C("quantity", "11 tahun", amount="11", unit="year", noun="age"),
        note="two ages, the first in words: the year word after the second is shared, no duration",
    ),
    Ex(
        "Lelaki itu berusia 45 tahun dan tiga tahun lalu berpindah ke Kuantan.",
        C("quantity", "45 tahun", amount="45", unit="year", noun="age"),
        note="the first age has its own year word: 'tiga tahun lalu' is a date, no second age",
    ),
    Ex(
        "Angin kencang dengan kelajuan 50 km sejam dijangka melanda pantai timur.",
        C("quantity", "50 km sejam", amount="50", unit="km/h"),
    ),
    Ex(
        "Mesyuarat Pertama Penggal Keempat Parlimen Kelima Belas akan bermula pada bulan depan.",
        C("ordinal", "Pertama", rank=1, noun="Mesyuarat"),
        C("ordinal", "Keempat", rank=4, noun="Penggal"),
        C("ordinal", "Kelima Belas", rank=15, noun="Parlimen"),
        note="a capitalised ordinal after a sitting's noun ranks it; it is not a name alone",
    ),
    Ex(
        "KDNK dijangka berkembang dalam julat 4.5 hingga 5.5 peratus tahun depan.",
        C("percent", "4.5 hingga 5.5 peratus", amount="4.5", amount_max="5.5"),
        note="a range after a change word: the first figure bare, sharing the percent word of the second",
    ),
    Ex(
        "Harga sayur naik 10 hingga 15 peratus menjelang perayaan.",
        C("percent", "10 hingga 15 peratus", amount="10", amount_max="15", measure="change"),
        note="a change by a range ('daripada 4 peratus kepada 5 peratus' stays two figures: each has its word)",
    ),
    Ex(
        "Pesalah boleh dihukum sebatan tidak kurang enam kali.",
        C("quantity", "enam", amount="6", noun="kali", comparator="ge"),
        note="bare 'tidak kurang' (no 'daripada') is a lower bound, as 'tidak lebih' is an upper one",
    ),
    Ex(
        "Statistik kemalangan:\n2021 - 4,120 kes\n2022 - 3,876 kes",
        C("quantity", "4,120", amount="4120", noun="kes"),
        C("quantity", "3,876", amount="3876", noun="kes"),
        note="a table row as text: a year opening its line, a spaced dash, its figure (no range, no score)",
    ),
    Ex(
        "Guru baharu akan ditempatkan pada minggu kedua sesi persekolahan, dan harga naik buat kedua kalinya.",
        C("ordinal", "kedua", rank=2, noun="minggu"),
        C("ordinal", "kedua", nth=2, rank=2),
        note="a unit of time ranked by the ordinal after it, and 'kedua kalinya' (the second time), are ranks",
    ),
    Ex(
        "Operasi mencari mangsa memasuki hari ketiga semalam.",
        C("ordinal", "ketiga", rank=3, noun="hari"),
    ),
    Ex(
        "Satu daripada lima graduan memperoleh gaji permulaan kurang RM2,000 sebulan.",
        C("quantity", "Satu daripada lima", fraction="1/5"),
        C("money", "RM2,000", amount="2000", currency="MYR", comparator="lt"),
        note="bare 'kurang' before a figure is an upper bound, as bare 'lebih' is a lower one ('lebih kurang' is "
             "about)",
    ),
    Ex(
        "Seorang daripada lima rakyat Malaysia menghidap darah tinggi, kata Kementerian Kesihatan.",
        C("quantity", "Seorang daripada lima", fraction="1/5", noun="rakyat Malaysia"),
        note="'seorang' (one person) opens a ratio as 'satu' does; alone it counts nothing",
    ),
    Ex(
        "Isi rumah berpendapatan bawah RM5,000 sebulan layak memohon bagi anak berumur bawah 12 tahun.",
        C("money", "RM5,000", amount="5000", currency="MYR", comparator="lt"),
        C("quantity", "12 tahun", amount="12", unit="year", comparator="lt"),
        note="bare 'bawah' before a figure is an upper bound, as 'di bawah' is",
    ),
    Ex(
        "Vaksin diberikan kepada warga emas berusia 60 tahun dan ke atas serta pesakit berumur 18 tahun ke atas.",
        C("quantity", "60 tahun", amount="60", unit="year", noun="age", comparator="ge"),
        C("quantity", "18 tahun", amount="18", unit="year", noun="age", comparator="ge"),
        note="a bound after an age ('ke atas', 'dan ke atas') is its comparator, outside the span",
    ),
]

NEGATIVES: list[str] = [
    # A telephone number: an area code written with its zero, a dash, the number
    "Orang ramai boleh menghubungi Balai Polis Kulai di 07-6631222.",
    # a hotline and its alternatives: numbers to call, no figures
    "Orang ramai boleh menghubungi talian 03-2615 0000 atau 999, atau talian hotline 15999.",
    # "satu" as the article of a statement or a post
    "Beliau berkata demikian dalam satu kenyataan, selepas menerusi satu hantaran di Facebook semalam.",
    "Polis menahan suspek dalam satu serbuan di sebuah rumah di Klang.",
    "Beliau berkata demikian ketika berucap pada satu majlis di Putrajaya.",
    "Perang Dunia Kedua meninggalkan kesan mendalam kepada rakyat.",  # a capitalised ordinal in a name
    "Paras air sungai meningkat setakat 8 pagi ini dan 10 malam tadi.",
    # "satu per satu" is one by one; "3/4" in running text is a date (3 April)
    "Pegawai memeriksa dokumen itu satu per satu.",
    "Banjir melanda kawasan itu sejak 3/4 lalu.",
    # Laws, sections, articles of the Constitution
    "Kes itu disiasat mengikut Seksyen 302 Kanun Keseksaan kerana membunuh.",
    "Kanun Keseksaan (Akta 574) dipinda oleh Parlimen.",
    "Suspek direman mengikut Seksyen 117 Kanun Tatacara Jenayah.",
    "Kes itu disiasat mengikut Seksyen 39B Akta Dadah Berbahaya 1952.",
    "Hak istimewa orang Melayu termaktub dalam Perkara 153 Perlembagaan Persekutuan.",
    # Phone numbers, URLs, e-mail addresses
    "Maklumat lanjut boleh diperoleh dengan menghubungi talian 03-2612 3456.",
    "Kenyataan penuh boleh dibaca di laman web www.bernama.com.",
    "Aduan boleh dihantar melalui e-mel aduan2025@kpdn.gov.my.",
    # Names with numbers: diseases, models, flights, elections, groups, fuel grades, school forms, addresses
    "Pandemik COVID-19 menjejaskan sektor pelancongan negara.",
    "Proton X50 kekal sebagai SUV paling laris di pasaran tempatan.",
    "Misteri kehilangan pesawat MH370 masih belum terungkai.",
    "PRU15 menyaksikan kemunculan kerajaan perpaduan.",
    "Kerajaan memperkenalkan inisiatif baharu untuk golongan B40 dan M40.",
    "Harga RON95 bersubsidi hanya untuk warganegara.",
    "Calon SPM dari Tingkatan 5 diminta hadir lebih awal ke dewan peperiksaan.",
    "Pejabat itu terletak di Aras 15, Menara Maybank.",
    "Pusat gempa dikesan pada 5.12 LU dan 95.33 BT di barat Sumatera.",  # north latitude
    "Rumah itu terletak di Lot 1234, Kampung Sungai Penchala.",
    "Kemalangan itu berlaku di Jalan 1/2, Taman Sri Gombak.",
    "Kemalangan itu berlaku di KM 305 Lebuhraya Utara-Selatan arah selatan.",
    "Album itu menduduki carta selama enam minggu, satu rekod ketika itu.",  # satu as an article
    "Kemalangan berlaku di Lebuhraya Pantai Timur (LPT) 2 berhampiran Karak.",  # the road's number
    "Bajet 2025 dibentangkan di Dewan Rakyat oleh Perdana Menteri.",
    # List enumerators
    "Pusat gempa dikesan pada 5.2°U, 127.9°T dan 2.5 LS 101.3 BT.",
    "Syarat permohonan:\n1. Warganegara Malaysia.\n2. Memiliki kad pengenalan yang sah.\n3. Tidak bankrap.",
    "KKM ingin memaklumkan perkara berikut: 1. Orang ramai dinasihatkan memakai pelitup muka. 2. Sila dapatkan "
    "rawatan segera jika demam.",
    # Clock times
    "Mesyuarat Kabinet bermula pukul 9.30 pagi di Putrajaya.",
    "Persidangan Dewan Rakyat bersambung jam 2.30 petang.",
    "Pusat mengundi ditutup pada pukul 6 petang.",
    # Scores
    "Harimau Malaya menang 2-1 ke atas Singapura di Stadium Nasional Bukit Jalil.",
    "Perlawanan berakhir dengan keputusan 3-0 memihak kepada tuan rumah.",
    # Years and dates
    "Undang-undang itu mula berkuat kuasa pada 2024.",
    "Dasar itu dilaksanakan sejak tahun 2019.",
    "Rang undang-undang itu diluluskan Dewan Rakyat pada 12 Ogos 2024.",
    "Kejohanan itu dijadual berlangsung pada 5 Oktober 2025.",
    "Persekutuan Tanah Melayu mencapai kemerdekaan pada 31 Ogos 1957.",
    # Idioms with satu / seorang / dua hala
    "Beliau merupakan salah seorang saksi utama dalam perbicaraan itu.",
    "Kenaikan kos bahan mentah ialah salah satu punca harga roti meningkat.",
    "Jambatan itu merupakan satu-satunya laluan keluar masuk ke kampung tersebut.",
    "Polis memeriksa kenderaan satu per satu di sekatan jalan raya.",
    "Hubungan dua hala Malaysia dan Indonesia terus kukuh.",
    # Collective ke-words and sentence-initial enumerators
    "Kedua-dua negara bersetuju memperkukuh kerjasama pertahanan.",
    "Ketiga-tiga suspek kini ditahan di Penjara Kajang.",
    "Kedua-dua belah pihak menerima keputusan mahkamah.",
    "Pertama, orang ramai diminta tidak menyebarkan berita palsu.",
    "Kedua, kerajaan akan meluaskan bantuan kepada golongan miskin bandar.",
    "Ketiga, pihak berkuasa tempatan diminta bertindak tegas terhadap penjaja haram.",
    # Currency and percent words without a figure
    "Nilai ringgit susut berbanding dolar AS pada dagangan petang ini.",
    "Peratusan penduduk luar bandar masih lebih tinggi berbanding bandar.",
    # Angka sebelum unit masa yang bukan tempoh (kekerapan) tidak mengira apa-apa
    "Kekerapan tren pada waktu puncak ditambah kepada setiap tiga minit.",
    # a unit of time counted by a number or a frequency before it: the ordinal after it is collective
    "Setiap tahun kedua-dua negara mengadakan latihan bersama, dan setiap tahun kedua pihak bertemu.",
    "Selama 3 bulan kedua pihak berunding tanpa hasil.",
    # 'seorang' alone is "a (person)", no count
    "Seorang daripada mereka masih dirawat di hospital.",
]

GAPS: list[Ex] = []
