"""Indonesian corpus for the numeric kinds: quantity, percent, money and ordinal.

Sentences are written the way Indonesian newsrooms (Kompas, Tempo, Detik, Antara, CNN Indonesia, Tribunnews,
Bisnis, Kontan) write them. Every example lists *all* claims of the four kinds in its text; dates, clock times,
years and scores may appear in a sentence but are not claims of these kinds (see docs/claims.md).

What the corpus covers:

- number formats: ``2.000`` (thousands dot), ``2,5`` (decimal comma), ``1.234.567,89``, plain ``100000``, thin space
  (U+2009) and no-break space (U+00A0) after ``Rp`` and as thousands separators, fullwidth digits, negative numbers
  (``minus 2,07 persen``, ``-2,5 persen``);
- word numbers (``nol`` ... ``sembilan``, ``sepuluh``, ``sebelas``, ``dua belas``, ``dua puluh tiga``, ``seratus``,
  ``seribu``, ``sejuta``, ``setengah``, ``satu setengah juta``, ``tiga ratus lima puluh``) and scale words
  (``ribu``/``rb``, ``juta``/``jt``, ``miliar``/``milyar``/``M``, ``triliun``/``T``);
- quantities with the counted noun (1-2 words, stopping at a preposition, conjunction, verb or punctuation) and
  with units of measure (unit in the span, canonical symbol in the value);
- percentages, percentage points and percent ranges;
- money in rupiah and foreign currencies, scaled amounts and money ranges;
- comparators (outside the span, in the value) and ranges (span from the first number to the last word);
- "18 dari 20 wilayah" (a ratio: one quantity holding the fraction 18/20 as written);
- ordinals (noun + ``ke``-word, ``ke-3``, ``HUT ke-80``, ``abad ke-21``, ``yang pertama``), and ``ke``-words that are
  *not* ordinals (collective ``kedua negara``, sentence-initial ``Kedua, ...``);
- negatives: identifiers (phone numbers, URLs, e-mail, laws, decrees, ``COVID-19``, ``G20``, ``Boeing 737``,
  ``F-16``, ``Km 50``), list enumerators, clock times, scores, years, dates and idioms with ``satu``.

Conventions used here:

- ``noun=`` is given only where the extent of the counted noun is certain; otherwise the key is left out.
- ``comparator=None`` is asserted where a plain figure stands next to a word that could be mistaken for a
  comparator (``di sekitar Monas``, ``di atas lahan seluas ...``, ``hingga akhir September``).
- amounts are exact decimal strings, already scaled (``Rp 10,7 triliun`` -> ``"10700000000000"``).
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("quantity", "percent", "money", "ordinal")

EXAMPLES: list[Ex] = [
    Ex(
        "Tingkat inflasi turun dari 3,2 menjadi 2,9 persen pada Maret.",
        C("percent", "3,2", amount="3.2"),
        C("percent", "2,9 persen", amount="2.9"),
        note="the level before takes the percent of the level after it",
    ),
    Ex(
        "Gelombang setinggi 4,5 meter diperkirakan terjadi, sementara harga turun antara 5 hingga 10 persen.",
        C("quantity", "4,5 meter", amount="4.5", unit="m", noun=None),
        C("percent", "5 hingga 10 persen", amount="5", amount_max="10", measure="change"),
        note="after a unit, a verb is no counted noun; a change verb before a range's opener",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Number formats: thousands dot, decimal comma, plain digits
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Sebanyak 2.000 personel gabungan TNI dan Polri dikerahkan untuk mengamankan unjuk rasa di depan Gedung DPR.",
        C("quantity", "2.000", amount="2000", comparator=None),
    ),
    Ex(
        "Tim SAR gabungan telah mengevakuasi 1.147 warga dari permukiman yang terendam banjir.",
        C("quantity", "1.147", amount="1147", noun="warga"),
    ),
    Ex(
        "BPS mencatat jumlah penduduk miskin pada Maret 2025 sebanyak 23,85 juta orang.",
        C("quantity", "23,85 juta", amount="23850000", noun="orang"),
    ),
    Ex(
        "Jumlah penduduk Indonesia pada pertengahan 2025 mencapai 284,4 juta jiwa.",
        C("quantity", "284,4 juta", amount="284400000", noun="jiwa"),
    ),
    Ex(
        "Ketinggian lumpur di permukiman warga mencapai 2,5 meter.",
        C("quantity", "2,5 meter", amount="2.5", unit="m"),
    ),
    Ex(
        "BPK menemukan selisih kas sebesar Rp 1.234.567,89 dalam laporan keuangan pemerintah desa tersebut.",
        C("money", "Rp 1.234.567,89", amount="1234567.89", currency="IDR"),
    ),
    Ex(
        "Tarif listrik pelanggan rumah tangga nonsubsidi tetap Rp 1.444,70 per kWh hingga akhir September.",
        C("money", "Rp 1.444,70", amount="1444.70", currency="IDR", comparator=None),
    ),
    Ex(
        "Kementerian Kesehatan mendistribusikan 100000 dosis vaksin polio ke Papua Tengah.",
        C("quantity", "100000", amount="100000"),
    ),
    Ex(
        "Harga emas Antam naik Rp 12.000 menjadi Rp 1.934.000 per gram pada perdagangan Senin (8/9/2025).",
        C("money", "Rp 12.000", amount="12000", currency="IDR"),
        C("money", "Rp 1.934.000", amount="1934000", currency="IDR"),
    ),
    Ex(
        "Nilai tukar rupiah ditutup melemah 0,35 persen ke level Rp 16.420 per dolar AS pada Jumat sore.",
        C("percent", "0,35 persen", amount="0.35"),
        C("money", "Rp 16.420", amount="16420", currency="IDR"),
    ),
    Ex(
        "Rupiah ditutup melemah ke level Rp16.891 per dolar AS, sedangkan IHSG anjlok 7,9 persen ke level 5.996,14 "
        "dan indeks LQ45 berakhir di level 812.",
        C("money", "Rp16.891", amount="16891", currency="IDR"),
        C("percent", "7,9 persen", amount="7.9"),
        C("quantity", "5.996,14", amount="5996.14"),
        note="a figure with a currency, digits grouped in thousands or a decimal part is no identifier after "
             "'level'; a bare '812' there stays one",
    ),
    Ex(
        "Indonesia memiliki 17.380 pulau yang telah dibakukan namanya.",
        C("quantity", "17.380", amount="17380", noun="pulau"),
    ),
    Ex(
        "Sebanyak 221.000 jemaah haji Indonesia diberangkatkan ke Tanah Suci tahun ini.",
        C("quantity", "221.000", amount="221000"),
    ),
    Ex(
        "Luas kebakaran hutan dan lahan sepanjang tahun ini mencapai 1,25 juta hektare.",
        C("quantity", "1,25 juta hektare", amount="1250000", unit="ha"),
    ),
    Ex(
        "Produksi padi nasional diproyeksikan mencapai 53,14 juta ton gabah kering giling.",
        C("quantity", "53,14 juta ton", amount="53140000", unit="t"),
    ),
    Ex(
        "Jumlah transaksi QRIS tahun lalu mencapai 6,2 miliar transaksi.",
        C("quantity", "6,2 miliar", amount="6200000000", noun="transaksi"),
    ),
    Ex(
        "Sebanyak 15 ribu tiket laga Timnas Indonesia ludes terjual dalam hitungan jam.",
        C("quantity", "15 ribu", amount="15000"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Thin space (U+2009), no-break space (U+00A0) and fullwidth digits
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Tiket masuk kawasan wisata itu dibanderol Rp\u20095.000 per orang.",
        C("money", "Rp\u20095.000", amount="5000", currency="IDR"),
    ),
    Ex(
        "Setiap peserta wajib membayar biaya pendaftaran Rp\u00a0250.000.",
        C("money", "Rp\u00a0250.000", amount="250000", currency="IDR"),
    ),
    Ex(
        "Polda Metro Jaya menyiagakan 12\u00a0500 personel untuk pengamanan malam pergantian tahun.",
        C("quantity", "12\u00a0500", amount="12500", noun="personel"),
    ),
    Ex(
        "Maraton itu diikuti 1\u2009250 pelari dari 30 negara.",
        C("quantity", "1\u2009250", amount="1250", noun="pelari"),
        C("quantity", "30", amount="30", noun="negara"),
    ),
    Ex(
        "Warga diminta menjauhi radius 5\u00a0km dari kawah Gunung Lewotobi.",
        C("quantity", "5\u00a0km", amount="5", unit="km"),
    ),
    Ex(
        "Banjir bandang menewaskan ３５ orang di tiga kabupaten.",
        C("quantity", "３５", amount="35", noun="orang"),
        C("quantity", "tiga", amount="3", noun="kabupaten"),
    ),
    Ex(
        "Elektabilitas partai itu naik menjadi １８ persen dalam survei terbaru.",
        C("percent", "１８ persen", amount="18"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Negative numbers
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Sepanjang 2020, ekonomi Indonesia tumbuh minus 2,07 persen.",
        C("percent", "minus 2,07 persen", amount="-2.07"),
    ),
    Ex(
        "Ekonomi Singapura diproyeksikan tumbuh -2,5 persen tahun ini akibat tekanan tarif.",
        C("percent", "-2,5 persen", amount="-2.5"),
    ),
    Ex(
        "Suhu udara di dataran tinggi Dieng mencapai minus 3 derajat Celsius pada Sabtu dini hari.",
        C("quantity", "minus 3 derajat Celsius", amount="-3", unit="°C"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Word numbers
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Dinas Kesehatan melaporkan nol kasus kematian akibat demam berdarah pada pekan lalu.",
        C("quantity", "nol", amount="0"),
    ),
    Ex(
        "Sebanyak sembilan pendaki yang terjebak di puncak Gunung Marapi berhasil dievakuasi.",
        C("quantity", "sembilan", amount="9", noun="pendaki"),
    ),
    Ex(
        "Polisi menetapkan sepuluh tersangka dalam kasus pengeroyokan tersebut.",
        C("quantity", "sepuluh", amount="10", noun="tersangka"),
    ),
    Ex(
        "Kebakaran itu menghanguskan sebelas kios di Pasar Senen.",
        C("quantity", "sebelas", amount="11", noun="kios"),
    ),
    Ex(
        "KKP menangkap dua belas kapal asing di Laut Natuna Utara.",
        C("quantity", "dua belas", amount="12", noun="kapal asing"),
    ),
    Ex(
        "Sebanyak dua puluh tiga siswa dilarikan ke puskesmas setelah menyantap makanan dari dapur umum.",
        C("quantity", "dua puluh tiga", amount="23", noun="siswa"),
    ),
    Ex(
        "Sekolah itu hanya mampu menampung seratus siswa baru tahun ini.",
        C("quantity", "seratus", amount="100"),
    ),
    Ex(
        "Pemprov DKI menyiapkan seribu petugas kebersihan untuk membersihkan sampah setelah perayaan.",
        C("quantity", "seribu", amount="1000", noun="petugas kebersihan"),
    ),
    Ex(
        "Kementerian Kesehatan menargetkan sejuta dosis vaksin campak tersalurkan bulan depan.",
        C("quantity", "sejuta", amount="1000000"),
    ),
    Ex(
        "Aksi itu diklaim diikuti setengah juta buruh dari berbagai daerah.",
        C("quantity", "setengah juta", amount="500000", noun="buruh"),
    ),
    Ex(
        "Kementerian Agama mencatat satu setengah juta jemaah umrah berangkat dari Indonesia tahun lalu.",
        C("quantity", "satu setengah juta", amount="1500000"),
    ),
    Ex(
        "Banjir bandang merendam tiga ratus lima puluh rumah di Kecamatan Leuwiliang.",
        C("quantity", "tiga ratus lima puluh", amount="350", noun="rumah"),
    ),
    Ex(
        "Polisi menangkap lima orang yang diduga terlibat pembakaran halte.",
        C("quantity", "lima", amount="5", noun="orang"),
    ),
    Ex(
        "KPK memeriksa tujuh saksi dalam kasus dugaan korupsi kuota haji.",
        C("quantity", "tujuh", amount="7", noun="saksi"),
    ),
    Ex(
        "Kebakaran itu menewaskan empat anggota keluarga di Jalan Mangga Besar.",
        C("quantity", "empat", amount="4", noun="anggota keluarga"),
    ),
    Ex(
        "Kekeringan melanda delapan provinsi di Pulau Jawa dan Nusa Tenggara.",
        C("quantity", "delapan", amount="8", noun="provinsi"),
    ),
    Ex(
        "TNI AU mengerahkan enam pesawat tempur F-16 dalam latihan tersebut.",
        C("quantity", "enam", amount="6"),
    ),
    Ex(
        "Basarnas mengerahkan dua helikopter dan tiga kapal untuk mencari korban.",
        C("quantity", "dua", amount="2", noun="helikopter"),
        C("quantity", "tiga", amount="3", noun="kapal"),
    ),
    Ex(
        "Panitia menjual seratus ribu tiket untuk laga final tersebut.",
        C("quantity", "seratus ribu", amount="100000", noun="tiket"),
    ),
    Ex(
        "Sebanyak dua ribu personel gabungan disiagakan di sepanjang jalur mudik.",
        C("quantity", "dua ribu", amount="2000"),
    ),
    Ex(
        "Setiap pelaku usaha mikro mendapat bantuan modal lima juta rupiah.",
        C("money", "lima juta rupiah", amount="5000000", currency="IDR"),
    ),
    Ex(
        "Pemerintah Jepang menjanjikan bantuan dua miliar dolar AS untuk proyek transisi energi.",
        C("money", "dua miliar dolar AS", amount="2000000000", currency="USD"),
    ),
    Ex(
        "Harga eceran rokok naik rata-rata sepuluh persen mulai Januari.",
        C("percent", "sepuluh persen", amount="10"),
    ),
    Ex(
        "Inflasi inti hanya naik setengah persen dibanding bulan sebelumnya.",
        C("percent", "setengah persen", amount="0.5"),
    ),
    Ex(
        "Indonesia sepakat menerapkan tarif nol persen untuk sebagian besar produk asal Amerika Serikat.",
        C("percent", "nol persen", amount="0"),
    ),
    Ex(
        "Enam puluh persen lahan di kabupaten itu merupakan kawasan hutan lindung.",
        C("percent", "Enam puluh persen", amount="60"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Quantities with the counted noun
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Rusia mengerahkan lebih dari 2.000 tentara bersama 21 pesawat tempur dan 300 kendaraan militer, "
        "menurut Kementerian Pertahanan.",
        C("quantity", "2.000", amount="2000", noun="tentara", comparator="gt"),
        C("quantity", "21", amount="21", noun="pesawat tempur", comparator=None),
        C("quantity", "300", amount="300", noun="kendaraan militer", comparator=None),
    ),
    Ex(
        "Pesawat Boeing 737 itu membawa 181 penumpang dan delapan awak.",
        C("quantity", "181", amount="181", noun="penumpang"),
        C("quantity", "delapan", amount="8", noun="awak"),
    ),
    Ex(
        "Polisi menangkap 14 tersangka di Bandung dan Cimahi.",
        C("quantity", "14", amount="14", noun="tersangka"),
    ),
    Ex(
        "Pemkot Surabaya membangun 30 sekolah di wilayah pinggiran kota.",
        C("quantity", "30", amount="30", noun="sekolah"),
    ),
    Ex(
        "KPU menetapkan 580 anggota DPR terpilih periode 2024-2029.",
        C("quantity", "580", amount="580"),
    ),
    Ex(
        "Polisi menyiagakan 1.500 personel di sekitar Monas.",
        C("quantity", "1.500", amount="1500", noun="personel", comparator=None),
    ),
    Ex(
        "Si jago merah menghanguskan 45 lapak pedagang di Pasar Kebayoran Lama.",
        C("quantity", "45", amount="45", noun="lapak pedagang"),
    ),
    Ex(
        "Transjakarta kini mengoperasikan 100 bus listrik untuk melayani rute di pusat kota.",
        C("quantity", "100", amount="100", noun="bus listrik"),
    ),
    Ex(
        "Rumah sakit itu merawat 57 pasien dengan gejala keracunan makanan.",
        C("quantity", "57", amount="57", noun="pasien"),
    ),
    Ex(
        "Sekolah itu masih kekurangan 12 guru honorer.",
        C("quantity", "12", amount="12", noun="guru honorer"),
    ),
    Ex(
        "Kecelakaan beruntun melibatkan 17 kendaraan di Tol Cipularang Km 92.",
        C("quantity", "17", amount="17", noun="kendaraan"),
    ),
    Ex(
        "Satpol PP menertibkan 200 bangunan liar di bantaran Kali Ciliwung.",
        C("quantity", "200", amount="200", noun="bangunan liar"),
    ),
    Ex(
        "Indonesia siap mengirim 20.000 prajurit ke Gaza sebagai pasukan penjaga perdamaian.",
        C("quantity", "20.000", amount="20000", noun="prajurit"),
    ),
    Ex(
        "Banjir bandang di Sumatera Barat menewaskan 67 orang dan merusak 1.250 rumah.",
        C("quantity", "67", amount="67", noun="orang"),
        C("quantity", "1.250", amount="1250", noun="rumah"),
    ),
    Ex(
        "Sebanyak 12 negara menyatakan dukungan terhadap resolusi tersebut.",
        C("quantity", "12", amount="12", noun="negara"),
    ),
    Ex(
        "Sebanyak 850 sekolah di Jawa Tengah rusak akibat gempa.",
        C("quantity", "850", amount="850", noun="sekolah"),
    ),
    Ex(
        "Kementerian Sosial menyalurkan bantuan kepada 18,3 juta keluarga penerima manfaat.",
        C("quantity", "18,3 juta", amount="18300000"),
    ),
    Ex(
        "Persib menang 2-1 di hadapan 25.000 penonton.",
        C("quantity", "25.000", amount="25000", noun="penonton"),
    ),
    Ex(
        "Kasus COVID-19 harian kembali naik menjadi 1.200 kasus.",
        C("quantity", "1.200", amount="1200", noun="kasus"),
    ),
    Ex(
        "Timnas Indonesia membawa 23 pemain ke Arab Saudi.",
        C("quantity", "23", amount="23", noun="pemain"),
    ),
    Ex(
        "Pemerintah menargetkan pembangunan 3 juta rumah per tahun.",
        C("quantity", "3 juta", amount="3000000", noun="rumah"),
    ),
    Ex(
        "Survei melibatkan 1.200 responden dengan margin of error 2,9 persen pada tingkat kepercayaan 95 persen.",
        C("quantity", "1.200", amount="1200", noun="responden"),
        C("percent", "2,9 persen", amount="2.9"),
        C("percent", "95 persen", amount="95"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Units of measure (unit in the span, canonical symbol in the value)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Mobil dinas Putin, Aurus Senat, mampu melaju dengan kecepatan 250 Km/Jam.",
        C("quantity", "250 Km/Jam", amount="250", unit="km/h"),
    ),
    Ex(
        "Kereta cepat Whoosh mampu melaju 350 kilometer per jam.",
        C("quantity", "350 kilometer per jam", amount="350", unit="km/h"),
    ),
    Ex(
        "Batas kecepatan di jalan tol dalam kota maksimal 80 km/jam.",
        C("quantity", "80 km/jam", amount="80", unit="km/h", comparator="le"),
    ),
    Ex(
        "Tol Cipali memiliki panjang 116,75 km.",
        C("quantity", "116,75 km", amount="116.75", unit="km"),
    ),
    Ex(
        "Jembatan Suramadu membentang sepanjang 5.438 meter di atas Selat Madura.",
        C("quantity", "5.438 meter", amount="5438", unit="m", comparator=None),
    ),
    Ex(
        "Gunung Semeru memiliki ketinggian 3.676 meter di atas permukaan laut.",
        C("quantity", "3.676 meter", amount="3676", unit="m", comparator=None),
    ),
    Ex(
        "Bayi itu lahir dengan berat 3,2 kg dan panjang 49 cm.",
        C("quantity", "3,2 kg", amount="3.2", unit="kg"),
        C("quantity", "49 cm", amount="49", unit="cm"),
    ),
    Ex(
        "Curah hujan di Jakarta Timur tercatat 150 mm pada Senin malam.",
        C("quantity", "150 mm", amount="150", unit="mm"),
    ),
    Ex(
        "BMKG mengategorikan hujan di atas 150 milimeter per hari sebagai hujan ekstrem.",
        C("quantity", "150 milimeter", amount="150", unit="mm", comparator="gt"),
    ),
    Ex(
        "Ketinggian air di Bendung Katulampa mencapai 150 cm pada pukul 14.00 WIB.",
        C("quantity", "150 cm", amount="150", unit="cm"),
    ),
    Ex(
        "Pukul 09.00 WIB, tinggi muka air di Pintu Air Manggarai mencapai 950 sentimeter.",
        C("quantity", "950 sentimeter", amount="950", unit="cm"),
    ),
    Ex(
        "Bea Cukai menggagalkan penyelundupan 1,2 ton sabu di perairan Aceh.",
        C("quantity", "1,2 ton", amount="1.2", unit="t"),
    ),
    Ex(
        "Petugas menyita 25 kilogram ganja dari bagasi mobil tersangka.",
        C("quantity", "25 kilogram", amount="25", unit="kg"),
    ),
    Ex(
        "Polisi menyita 45,5 gram sabu dari tangan tersangka.",
        C("quantity", "45,5 gram", amount="45.5", unit="g"),
    ),
    Ex(
        "Sebanyak 3.000 ton beras impor tiba di Pelabuhan Tanjung Priok.",
        C("quantity", "3.000 ton", amount="3000", unit="t"),
    ),
    Ex(
        "Pemerintah menyiapkan 3.000 hektar lahan untuk program cetak sawah di Merauke.",
        C("quantity", "3.000 hektar", amount="3000", unit="ha"),
    ),
    Ex(
        "Pabrik itu dibangun di atas lahan seluas 25 hektare di Kawasan Industri Batang.",
        C("quantity", "25 hektare", amount="25", unit="ha", comparator=None),
    ),
    Ex(
        "Kebun sawit ilegal seluas 120 ha disita Satgas Penertiban Kawasan Hutan.",
        C("quantity", "120 ha", amount="120", unit="ha"),
    ),
    Ex(
        "Rumah itu berdiri di atas tanah seluas 200 meter persegi.",
        C("quantity", "200 meter persegi", amount="200", unit="m2", comparator=None),
    ),
    Ex(
        "Konsentrasi PM2,5 di Jakarta mencapai 88 mikrogram per meter kubik, sedangkan di Bandung 45 µg/m3.",
        C("quantity", "88 mikrogram per meter kubik", amount="88", unit="µg/m3"),
        C("quantity", "45 µg/m3", amount="45", unit="µg/m3"),
        note="an air-quality concentration: the unit in the span, not a counted noun",
    ),
    Ex(
        "Wilayah IKN mencakup sekitar 2.561 kilometer persegi.",
        C("quantity", "2.561 kilometer persegi", amount="2561", unit="km2", comparator="approx"),
    ),
    Ex(
        "Warga hanya boleh membeli maksimal 50 liter solar per hari.",
        C("quantity", "50 liter", amount="50", unit="l", comparator="le"),
    ),
    Ex(
        "Pembangkit listrik tenaga panas bumi itu berkapasitas 110 megawatt.",
        C("quantity", "110 megawatt", amount="110", unit="MW"),
    ),
    Ex(
        "PLN menambah kapasitas pembangkit sebesar 500 MW di Sulawesi.",
        C("quantity", "500 MW", amount="500", unit="MW"),
    ),
    Ex(
        "Konsumsi listrik per kapita nasional mencapai 1.411 kWh pada 2024.",
        C("quantity", "1.411 kWh", amount="1411", unit="kWh"),
    ),
    Ex(
        "Suhu udara di Jakarta mencapai 36 derajat Celsius pada Selasa siang.",
        C("quantity", "36 derajat Celsius", amount="36", unit="°C"),
    ),
    Ex(
        "Suhu di Semarang sempat menyentuh 37,6°C.",
        C("quantity", "37,6°C", amount="37.6", unit="°C"),
    ),
    Ex(
        "Lifting minyak ditargetkan 605.000 barel per hari tahun depan.",
        C("quantity", "605.000 barel per hari", amount="605000", unit="bbl/d"),
    ),
    Ex(
        "Kapal tanker itu mengangkut 1,5 juta barel minyak mentah.",
        C("quantity", "1,5 juta barel", amount="1500000", unit="bbl"),
    ),
    Ex(
        "Kecepatan angin di perairan Natuna bisa mencapai 25 knot.",
        C("quantity", "25 knot", amount="25", unit="knot"),
    ),
    Ex(
        "Kapal cepat itu melaju dengan kecepatan 30 knot menuju Pulau Bintan.",
        C("quantity", "30 knot", amount="30", unit="knot"),
    ),
    Ex(
        "Warga diminta tidak beraktivitas dalam radius 7 km dari kawah.",
        C("quantity", "7 km", amount="7", unit="km"),
    ),
    Ex(
        "Gempa terjadi pada kedalaman 10 km di barat daya Kabupaten Cianjur.",
        C("quantity", "10 km", amount="10", unit="km"),
    ),
    Ex(
        "Setiap keluarga menerima bantuan beras 10 kg per bulan.",
        C("quantity", "10 kg", amount="10", unit="kg"),
    ),
    Ex(
        "Abu vulkanik Gunung Lewotobi membubung setinggi 10.000 meter dari puncak.",
        C("quantity", "10.000 meter", amount="10000", unit="m"),
    ),
    Ex(
        "Pembangunan tol sepanjang 42 km itu menelan biaya Rp 8,9 triliun.",
        C("quantity", "42 km", amount="42", unit="km"),
        C("money", "Rp 8,9 triliun", amount="8900000000000", currency="IDR"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Comparators on quantities (comparator words stay outside the span)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Sedikitnya 12 orang tewas dalam tabrakan beruntun itu.",
        C("quantity", "12", amount="12", comparator="ge"),
    ),
    Ex(
        "Setidaknya 30 rumah di Desa Sukamaju tertimbun longsor.",
        C("quantity", "30", amount="30", noun="rumah", comparator="ge"),
    ),
    Ex(
        "Setiap klub wajib memiliki paling sedikit 25 pemain dalam skuad.",
        C("quantity", "25", amount="25", noun="pemain", comparator="ge"),
    ),
    Ex(
        "Partai politik wajib memiliki minimal 1.000 anggota di setiap kabupaten.",
        C("quantity", "1.000", amount="1000", noun="anggota", comparator="ge"),
    ),
    Ex(
        "Rumah warga berjarak kurang dari 100 meter dari bibir sungai.",
        C("quantity", "100 meter", amount="100", unit="m", comparator="lt"),
    ),
    Ex(
        "Kasus demam berdarah di Bogor kini berada di bawah 1.000 kasus.",
        C("quantity", "1.000", amount="1000", noun="kasus", comparator="lt"),
    ),
    Ex(
        "Setiap kapal hanya boleh mengangkut maksimal 40 penumpang.",
        C("quantity", "40", amount="40", noun="penumpang", comparator="le"),
    ),
    Ex(
        "Setiap rumah tangga hanya boleh membeli paling banyak 2 tabung elpiji per hari.",
        C("quantity", "2", amount="2", comparator="le"),
    ),
    Ex(
        "Pada 24 Februari 2022, Rusia mengerahkan sekitar 190.000 tentara ke perbatasan Ukraina.",
        C("quantity", "190.000", amount="190000", noun="tentara", comparator="approx"),
    ),
    Ex(
        "Lokasi pengungsian berjarak kira-kira 3 km dari puncak gunung.",
        C("quantity", "3 km", amount="3", unit="km", comparator="approx"),
    ),
    Ex(
        "Posko itu menampung hampir 10.000 pengungsi dari tiga kecamatan.",
        C("quantity", "10.000", amount="10000", noun="pengungsi", comparator="approx"),
        C("quantity", "tiga", amount="3", noun="kecamatan"),
    ),
    Ex(
        "Gempa merusak nyaris 500 rumah di Kabupaten Cianjur.",
        C("quantity", "500", amount="500", noun="rumah", comparator="approx"),
    ),
    Ex(
        "Sekira 300 warga menggeruduk kantor desa pada Senin (1/9/2025).",
        C("quantity", "300", amount="300", noun="warga", comparator="approx"),
    ),
    Ex(
        "Jumlah penderita campak di Sumenep telah melebihi 2.000 anak.",
        C("quantity", "2.000", amount="2000", noun="anak", comparator="gt"),
    ),
    Ex(
        "Jemaah diimbau mengurangi aktivitas luar ruang karena suhu di Makkah bisa di atas 45 derajat Celsius.",
        C("quantity", "45 derajat Celsius", amount="45", unit="°C", comparator="gt"),
    ),
    Ex(
        "Konser itu dihadiri lebih dari 50.000 penonton.",
        C("quantity", "50.000", amount="50000", noun="penonton", comparator="gt"),
    ),
    Ex(
        "Lebih dari 1.000 hektare sawah di Karawang terendam banjir.",
        C("quantity", "1.000 hektare", amount="1000", unit="ha", comparator="gt"),
    ),
    Ex(
        "Antrean kendaraan mengular hingga 15 km di Gerbang Tol Cikampek Utama.",
        C("quantity", "15 km", amount="15", unit="km", comparator="le"),
    ),
    Ex(
        "Aksi itu diikuti sekitar seribu mahasiswa dari berbagai kampus.",
        C("quantity", "seribu", amount="1000", noun="mahasiswa", comparator="approx"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Quantity ranges (span from the first number to the last word of the range)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Pemerintah memperkirakan antara 5 dan 10 juta orang akan mudik menggunakan sepeda motor.",
        C("quantity", "5 dan 10 juta", amount="5000000", amount_max="10000000"),
    ),
    Ex(
        "Setiap hari, 2.000-3.000 kendaraan melintas di jalur tersebut.",
        C("quantity", "2.000-3.000", amount="2000", amount_max="3000"),
    ),
    Ex(
        "Ketinggian banjir di perumahan itu mencapai 50-70 cm.",
        C("quantity", "50-70 cm", amount="50", amount_max="70", unit="cm"),
    ),
    Ex(
        "BMKG memperingatkan gelombang setinggi 2,5-4,0 meter di perairan selatan Jawa.",
        C("quantity", "2,5-4,0 meter", amount="2.5", amount_max="4.0", unit="m"),
    ),
    Ex(
        "Kecepatan angin di Selat Sunda berkisar 10-25 knot.",
        C("quantity", "10-25 knot", amount="10", amount_max="25", unit="knot"),
    ),
    Ex(
        "Suhu udara di Jakarta hari ini berkisar 24-33 derajat Celsius.",
        C("quantity", "24-33 derajat Celsius", amount="24", amount_max="33", unit="°C"),
    ),
    Ex(
        "Longsor menimbun 15 sampai 20 rumah di lereng bukit.",
        C("quantity", "15 sampai 20", amount="15", amount_max="20"),
    ),
    Ex(
        "Setiap kapal diperbolehkan membawa antara 3 hingga 5 ton ikan.",
        C("quantity", "3 hingga 5 ton", amount="3", amount_max="5", unit="t"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # "18 dari 20 wilayah": a ratio, one quantity with its exact fraction; the noun is what it is a share of
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Partai itu unggul di 18 dari 20 wilayah yang diperebutkan.",
        C("quantity", "18 dari 20", fraction="18/20", amount="0.9", noun="wilayah"),
    ),
    Ex(
        "Tiga dari lima hakim dalam majelis itu menyatakan pendapat berbeda.",
        C("quantity", "Tiga dari lima", fraction="3/5", amount="0.6", noun="hakim"),
    ),
    Ex(
        "Sebanyak 1.250 dari 4.000 peserta tes dinyatakan lulus.",
        C("quantity", "1.250 dari 4.000", fraction="1250/4000", amount="0.3125", noun="peserta tes"),
        note="a ratio of figures with thousands marked, as written",
    ),
    Ex(
        "Satu dari 1.000 bayi di provinsi itu lahir dengan kelainan jantung.",
        C("quantity", "Satu dari 1.000", fraction="1/1000", amount="0.001", noun="bayi"),
    ),
    Ex(
        "Sebanyak 7 dari 10 responden mengaku puas dengan kinerja pemerintah.",
        C("quantity", "7 dari 10", fraction="7/10", amount="0.7", noun="responden"),
    ),
    Ex(
        "Timnas memenangi 4 dari 6 laga di fase grup.",
        C("quantity", "4 dari 6", fraction="4/6", noun="laga"),
    ),
    Ex(
        "Dua dari tiga korban dalam kecelakaan itu selamat.",
        C("quantity", "Dua dari tiga", fraction="2/3", noun="korban"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Percent
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "China kini menyerap 18 persen dari seluruh perdagangan Rusia.",
        C("percent", "18 persen", amount="18", of="seluruh perdagangan Rusia"),
    ),
    Ex(
        "Elektabilitas pasangan itu mencapai 18% dalam survei terbaru.",
        C("percent", "18%", amount="18"),
    ),
    Ex(
        "Inflasi tahunan pada Agustus 2025 tercatat 2,31 persen.",
        C("percent", "2,31 persen", amount="2.31", comparator=None),
    ),
    Ex(
        "Harga beras medium turun 0,5 persen dibandingkan bulan lalu.",
        C("percent", "0,5 persen", amount="0.5"),
    ),
    Ex(
        "Pertumbuhan kredit perbankan mencapai 7,03 % secara tahunan.",
        C("percent", "7,03 %", amount="7.03"),
    ),
    Ex(
        "Survei Litbang Kompas mencatat tingkat kepuasan publik terhadap pemerintah sebesar 75,6%.",
        C("percent", "75,6%", amount="75.6"),
    ),
    Ex(
        "Kepemilikan saham pemerintah di Freeport Indonesia akan naik menjadi 61 persen.",
        C("percent", "61 persen", amount="61"),
    ),
    Ex(
        "IHSG ditutup menguat 1,12 persen pada perdagangan Rabu (3/9/2025).",
        C("percent", "1,12 persen", amount="1.12"),
    ),
    Ex(
        "PPN naik dari 11 persen menjadi 12 persen mulai 1 Januari 2025.",
        C("percent", "11 persen", amount="11"),
        C("percent", "12 persen", amount="12"),
    ),
    Ex(
        "Tarif impor AS untuk produk Indonesia turun dari 32 persen menjadi 19 persen.",
        C("percent", "32 persen", amount="32"),
        C("percent", "19 persen", amount="19"),
    ),
    Ex(
        "Bank Dunia memangkas proyeksi pertumbuhan ekonomi Indonesia dari 5,1 persen menjadi 4,7 persen.",
        C("percent", "5,1 persen", amount="5.1"),
        C("percent", "4,7 persen", amount="4.7"),
    ),
    Ex(
        "Harga cabai naik 10 persen, sementara harga bawang merah juga naik 10 persen.",
        C("percent", "10 persen", amount="10"),
        C("percent", "10 persen", amount="10", nth=2),
    ),
    Ex(
        "Sektor pertanian menyumbang 12,6 persen dari produk domestik bruto.",
        C("percent", "12,6 persen", amount="12.6", of="produk domestik bruto"),
    ),
    Ex(
        "Realisasi belanja negara baru mencapai 38,5 persen dari pagu.",
        C("percent", "38,5 persen", amount="38.5", of="pagu"),
    ),
    Ex(
        "Sejak tahun 2019, jumlah wisatawan asing di kawasan itu turun 30 persen.",
        C("percent", "30 persen", amount="30"),
    ),
    Ex(
        "Kenaikan harga beras mencapai 18%, jauh di atas target inflasi.",
        C("percent", "18%", amount="18", comparator=None),
    ),
    Ex(
        "Keempat korban mengalami luka bakar 40 persen.",
        C("percent", "40 persen", amount="40"),
    ),
    # Percentage points
    Ex(
        "Bank sentral AS memangkas suku bunga seperempat poin persentase menjadi 4,5 persen.",
        C("percent", "seperempat poin persentase", amount="0.25", measure="points"),
        C("percent", "4,5 persen", amount="4.5"),
    ),
    Ex(
        "Tingkat kemiskinan turun 0,10 poin persentase menjadi 8,47 persen.",
        C("percent", "0,10 poin persentase", amount="0.10", measure="points"),
        C("percent", "8,47 persen", amount="8.47", measure=None),
    ),
    Ex(
        "Inflasi tahunan Desember 2024 sebesar 1,57 persen, turun dari 2,61 persen setahun sebelumnya.",
        C("percent", "1,57 persen", amount="1.57"), C("percent", "2,61 persen", amount="2.61", of=None),
        note="a time after a percentage is no whole it is a share of",
    ),
    Ex(
        "Tingkat partisipasi pemilih naik 2 poin persentase dibanding pemilu sebelumnya.",
        C("percent", "2 poin persentase", amount="2", measure="points"),
    ),
    Ex(
        "Bank Indonesia memangkas BI-Rate sebesar 25 basis poin menjadi 4,75 persen.",
        C("quantity", "25 basis poin", amount="25", unit="bp"),
        C("percent", "4,75 persen", amount="4.75"),
    ),
    # Percent ranges
    Ex(
        "Harga tiket pesawat diperkirakan turun 10-20 persen selama libur Natal.",
        C("percent", "10-20 persen", amount="10", amount_max="20"),
    ),
    Ex(
        "Kenaikan upah minimum diusulkan antara 5 dan 7 persen.",
        C("percent", "5 dan 7 persen", amount="5", amount_max="7"),
    ),
    Ex(
        "Bank Indonesia memproyeksikan pertumbuhan ekonomi tahun ini berada di kisaran 4,6-5,4 persen.",
        C("percent", "4,6-5,4 persen", amount="4.6", amount_max="5.4"),
    ),
    Ex(
        "Ekonom memproyeksikan inflasi akhir tahun di kisaran 2,5 hingga 3,5 persen.",
        C("percent", "2,5 hingga 3,5 persen", amount="2.5", amount_max="3.5"),
    ),
    # Percent with comparators
    Ex(
        "Ekonomi Indonesia diperkirakan tumbuh di atas 5 persen tahun ini.",
        C("percent", "5 persen", amount="5", comparator="gt"),
    ),
    Ex(
        "Defisit anggaran dijaga di bawah 3 persen dari PDB.",
        C("percent", "3 persen", amount="3", comparator="lt"),
    ),
    Ex(
        "Hampir 40 persen balita di daerah itu mengalami stunting.",
        C("percent", "40 persen", amount="40", comparator="approx"),
    ),
    Ex(
        "Partai itu meraih lebih dari 50 persen suara di daerah pemilihan tersebut.",
        C("percent", "50 persen", amount="50", comparator="gt"),
    ),
    Ex(
        "Galaksi itu berjarak 13,4 miliar tahun cahaya, dan kamera teleskopnya 50 megapiksel.",
        C("quantity", "13,4 miliar tahun cahaya", amount="13400000000", unit="ly"),
        C("quantity", "50 megapiksel", amount="50", unit="MP"),
        note="tahun cahaya is a unit of distance, not a duration",
    ),
    Ex(
        "Sekitar 70 persen wilayah Kalimantan Tengah masih berupa hutan.",
        C("percent", "70 persen", amount="70", comparator="approx"),
    ),
    Ex(
        "Undang-undang mewajibkan keterwakilan perempuan minimal 30 persen dalam daftar calon legislatif.",
        C("percent", "30 persen", amount="30", comparator="ge"),
    ),
    Ex(
        "OJK membatasi bunga pinjaman daring maksimal 0,3 persen per hari.",
        C("percent", "0,3 persen", amount="0.3", comparator="le"),
    ),
    Ex(
        "Emiten wajib melepas setidaknya 25 persen sahamnya ke publik.",
        C("percent", "25 persen", amount="25", comparator="ge"),
    ),
    Ex(
        "Pangsa pasar sepeda motor listrik masih kurang dari 1 persen.",
        C("percent", "1 persen", amount="1", comparator="lt"),
    ),
    Ex(
        "Di sektor itu, kira-kira 15 persen pekerja masih berstatus kontrak.",
        C("percent", "15 persen", amount="15", comparator="approx"),
    ),
    Ex(
        "Ambon (ANTARA) - BMKG menyebut pusat gempa berada pada koordinat 3,12 LS dan 128,45 BT dengan kedalaman "
        "10 km, dan 2 LS lain dalam pemeliharaan.",
        C("quantity", "10 km", amount="10", unit="km"),
        C("quantity", "2", nth=3, amount="2"),
        note="a latitude or a longitude with its hemisphere mark names a place, no figure; a mark with no "
             "decimal figure before it after another word stays a count's noun",
    ),
    Ex(
        "Kenaikan harga tiket dibatasi paling banyak 10 persen.",
        C("percent", "10 persen", amount="10", comparator="le"),
    ),
    Ex(
        "Jemaah tertua berusia 98 tahun, sedangkan yang termuda 19 tahun; tim itu yang tertua 3 kali juara.",
        C("quantity", "98 tahun", amount="98", unit="year", noun="age"),
        C("quantity", "19 tahun", amount="19", unit="year", noun="age"),
        C("quantity", "3", amount="3", unit=None),
        note="a superlative of age before a number and its year word is an age cue; before a bare number, no age",
    ),
    Ex(
        "Tingkat keterisian hotel di Bali nyaris 90 persen selama libur Lebaran.",
        C("percent", "90 persen", amount="90", comparator="approx"),
    ),
    Ex(
        "Paling sedikit 20 persen anggaran daerah wajib dialokasikan untuk pendidikan.",
        C("percent", "20 persen", amount="20", comparator="ge"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Money: rupiah (Rp, Rp., IDR, rupiah) and scale words (ribu, rb, juta, jt, miliar, milyar, M, triliun, T)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "KPK menduga kerugian negara dalam kasus itu mencapai Rp 10,7 triliun.",
        C("money", "Rp 10,7 triliun", amount="10700000000000", currency="IDR"),
    ),
    Ex(
        "Proyek jembatan senilai Rp 90 M itu mangkrak sejak 2022.",
        C("money", "Rp 90 M", amount="90000000000", currency="IDR"),
    ),
    Ex(
        "Dana yang dihimpun investasi bodong itu mencapai Rp 14,6 T.",
        C("money", "Rp 14,6 T", amount="14600000000000", currency="IDR"),
    ),
    Ex(
        "Pedagang pasar itu mengaku merugi Rp 5 jt setelah lapaknya dibongkar petugas.",
        C("money", "Rp 5 jt", amount="5000000", currency="IDR"),
    ),
    Ex(
        "Voucher senilai Rp 500 rb dibagikan kepada 1.000 pengunjung.",
        C("money", "Rp 500 rb", amount="500000", currency="IDR"),
        C("quantity", "1.000", amount="1000", noun="pengunjung"),
    ),
    Ex(
        "Biaya pembuatan paspor elektronik sebesar Rp. 650.000.",
        C("money", "Rp. 650.000", amount="650000", currency="IDR"),
    ),
    Ex(
        "Harga Pertalite tetap Rp10.000 per liter.",
        C("money", "Rp10.000", amount="10000", currency="IDR"),
    ),
    Ex(
        "Pemerintah menerbitkan surat berharga negara senilai IDR 5 triliun.",
        C("money", "IDR 5 triliun", amount="5000000000000", currency="IDR"),
    ),
    Ex(
        "Dana abadi pendidikan yang dikelola LPDP kini mencapai 150 triliun rupiah.",
        C("money", "150 triliun rupiah", amount="150000000000000", currency="IDR"),
    ),
    Ex(
        "Bupati itu diduga menerima gratifikasi Rp 3 milyar dari kontraktor.",
        C("money", "Rp 3 milyar", amount="3000000000", currency="IDR"),
    ),
    Ex(
        "Belanja negara dalam APBN tahun 2025 dipatok Rp 3.621,3 triliun.",
        C("money", "Rp 3.621,3 triliun", amount="3621300000000000", currency="IDR"),
    ),
    Ex(
        "Anggaran program Makan Bergizi Gratis tahun ini sebesar Rp 71 triliun.",
        C("money", "Rp 71 triliun", amount="71000000000000", currency="IDR"),
    ),
    Ex(
        "Pemerintah akan memangkas anggaran belanja sebesar Rp306,69 triliun tahun ini.",
        C("money", "Rp306,69 triliun", amount="306690000000000", currency="IDR"),
        note="a unit of time after the scale word is no duration that eats the amount",
    ),
    Ex(
        "UMP DKI Jakarta tahun 2025 ditetapkan sebesar Rp 5.396.761.",
        C("money", "Rp 5.396.761", amount="5396761", currency="IDR"),
    ),
    Ex(
        "Anggota DPR menerima tunjangan perumahan Rp 50 juta per bulan.",
        C("money", "Rp 50 juta", amount="50000000", currency="IDR"),
    ),
    Ex(
        "Kejaksaan Agung menyebut kerugian negara akibat korupsi tata niaga timah mencapai Rp 300 triliun.",
        C("money", "Rp 300 triliun", amount="300000000000000", currency="IDR"),
    ),
    Ex(
        "Harga cabai rawit naik Rp 2 ribu per kilogram.",
        C("money", "Rp 2 ribu", amount="2000", currency="IDR"),
    ),
    Ex(
        "Setiap pekerja menerima bantuan subsidi upah Rp 600.000.",
        C("money", "Rp 600.000", amount="600000", currency="IDR"),
    ),
    Ex(
        "Pemerintah mengalokasikan anggaran pendidikan sebesar Rp 724,3 triliun atau 20 persen dari APBN.",
        C("money", "Rp 724,3 triliun", amount="724300000000000", currency="IDR"),
        C("percent", "20 persen", amount="20"),
    ),
    Ex(
        "Selama Januari-Juli 2025, realisasi investasi mencapai Rp 942,9 triliun atau 49,5 persen dari target.",
        C("money", "Rp 942,9 triliun", amount="942900000000000", currency="IDR"),
        C("percent", "49,5 persen", amount="49.5"),
    ),
    Ex(
        "Pemerintah menargetkan pertumbuhan ekonomi 5,2 persen dengan inflasi 2,5 persen dan nilai tukar "
        "Rp 16.000 per dolar AS.",
        C("percent", "5,2 persen", amount="5.2"),
        C("percent", "2,5 persen", amount="2.5"),
        C("money", "Rp 16.000", amount="16000", currency="IDR"),
    ),
    Ex(
        "Informasi tiket seharga Rp 150.000 dapat diperoleh melalui nomor 0812-3456-7890.",
        C("money", "Rp 150.000", amount="150000", currency="IDR"),
    ),
    Ex(
        "Syarat pendaftaran:\n1. Melampirkan bukti setoran Rp 250.000.\n2. Mengisi formulir secara daring.",
        C("money", "Rp 250.000", amount="250000", currency="IDR"),
    ),
    # A list run into a paragraph (a press release's points): its numbers are no counts
    Ex(
        "Kementerian Kesehatan menyampaikan beberapa hal sebagai berikut: 1. Per 30 Juni 2024, tercatat 88.593 kasus "
        "DBD dengan 621 kematian. 2. Kemenkes telah menyalurkan 1.200 ton larvasida ke 514 kabupaten/kota.",
        C("quantity", "88.593", amount="88593"), C("quantity", "621", amount="621"),
        C("quantity", "1.200 ton", amount="1200", unit="t"), C("quantity", "514", amount="514"),
    ),
    Ex(
        "Perolehan medali Indonesia: Emas: 12. Perak: 9. Perunggu: 5.",
        C("quantity", "12", amount="12"), C("quantity", "9", amount="9"), C("quantity", "5", amount="5"),
        note="figures after colons that number no list (12, 9, 5 are not consecutive) stay counts",
    ),
    # Money with comparators
    Ex(
        "Berdasarkan Pasal 2 ayat (1) UU Tipikor, terdakwa terancam denda paling sedikit Rp 200 juta dan "
        "paling banyak Rp 1 miliar.",
        C("money", "Rp 200 juta", amount="200000000", currency="IDR", comparator="ge"),
        C("money", "Rp 1 miliar", amount="1000000000", currency="IDR", comparator="le"),
    ),
    Ex(
        "Kerugian akibat banjir ditaksir lebih dari Rp 1 triliun.",
        C("money", "Rp 1 triliun", amount="1000000000000", currency="IDR", comparator="gt"),
    ),
    Ex(
        "Nilai kontrak proyek itu hampir Rp 2 triliun.",
        C("money", "Rp 2 triliun", amount="2000000000000", currency="IDR", comparator="approx"),
    ),
    Ex(
        "Pelanggar aturan ganjil-genap dapat didenda hingga Rp 500.000.",
        C("money", "Rp 500.000", amount="500000", currency="IDR", comparator="le"),
    ),
    Ex(
        "Bantuan langsung tunai diberikan maksimal Rp 10 juta per keluarga.",
        C("money", "Rp 10 juta", amount="10000000", currency="IDR", comparator="le"),
    ),
    Ex(
        "Nasabah wajib menyetor minimal Rp 100.000 untuk membuka rekening.",
        C("money", "Rp 100.000", amount="100000", currency="IDR", comparator="ge"),
    ),
    Ex(
        "Harga beras di pasar itu masih di bawah Rp 12.500 per kilogram.",
        C("money", "Rp 12.500", amount="12500", currency="IDR", comparator="lt"),
    ),
    Ex(
        "Pelaku UMKM dengan omzet kurang dari Rp 500 juta per tahun dibebaskan dari pajak penghasilan.",
        C("money", "Rp 500 juta", amount="500000000", currency="IDR", comparator="lt"),
    ),
    Ex(
        "Total hadiah turnamen itu sekitar Rp 5 miliar.",
        C("money", "Rp 5 miliar", amount="5000000000", currency="IDR", comparator="approx"),
    ),
    Ex(
        "Kekayaan pejabat itu melonjak menjadi nyaris Rp 100 miliar.",
        C("money", "Rp 100 miliar", amount="100000000000", currency="IDR", comparator="approx"),
    ),
    Ex(
        "Harta kekayaan yang dilaporkan calon itu setidaknya Rp 20 miliar.",
        C("money", "Rp 20 miliar", amount="20000000000", currency="IDR", comparator="ge"),
    ),
    Ex(
        "Dana desa yang disalurkan tahun ini melebihi Rp 70 triliun.",
        C("money", "Rp 70 triliun", amount="70000000000000", currency="IDR", comparator="gt"),
    ),
    Ex(
        "Pemerintah menanggung 100 persen PPN atas pembelian rumah tapak di bawah Rp 2 miliar.",
        C("percent", "100 persen", amount="100"),
        C("money", "Rp 2 miliar", amount="2000000000", currency="IDR", comparator="lt"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Money: foreign currencies ("dolar" alone is the US dollar)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Indonesia meraih komitmen investasi US$ 1,5 miliar dari produsen baterai asal Korea Selatan.",
        C("money", "US$ 1,5 miliar", amount="1500000000", currency="USD"),
    ),
    Ex(
        "Nilai proyek smelter tembaga itu mencapai 1,5 miliar dolar AS.",
        C("money", "1,5 miliar dolar AS", amount="1500000000", currency="USD"),
    ),
    Ex(
        "Bank Dunia menyetujui pinjaman sebesar USD 250 juta untuk program air bersih.",
        C("money", "USD 250 juta", amount="250000000", currency="USD"),
    ),
    Ex(
        "Microsoft berkomitmen menanamkan investasi 1,7 miliar dolar Amerika Serikat di Indonesia.",
        C("money", "1,7 miliar dolar Amerika Serikat", amount="1700000000", currency="USD"),
    ),
    Ex(
        "Harga minyak mentah Brent turun ke 65 dolar per barel.",
        C("money", "65 dolar", amount="65", currency="USD"),
    ),
    Ex(
        "Utang luar negeri Indonesia pada akhir Juni tercatat 433,3 miliar dolar.",
        C("money", "433,3 miliar dolar", amount="433300000000", currency="USD"),
    ),
    Ex(
        "Pemerintah menerbitkan obligasi global senilai US$3 miliar.",
        C("money", "US$3 miliar", amount="3000000000", currency="USD"),
    ),
    Ex(
        "Harga kopi arabika Gayo di pasar ekspor mencapai 8 dolar AS per kilogram.",
        C("money", "8 dolar AS", amount="8", currency="USD"),
    ),
    Ex(
        "Pelaku mengaku menerima imbalan 3.500 dolar AS untuk setiap korban yang dikirim.",
        C("money", "3.500 dolar AS", amount="3500", currency="USD"),
    ),
    Ex(
        "Harga minyak Brent naik 1,2 persen menjadi 67,5 dolar AS per barel.",
        C("percent", "1,2 persen", amount="1.2"),
        C("money", "67,5 dolar AS", amount="67.5", currency="USD"),
    ),
    Ex(
        "Surplus neraca perdagangan Juli 2025 mencapai US$ 4,17 miliar dengan nilai ekspor US$ 24,75 miliar.",
        C("money", "US$ 4,17 miliar", amount="4170000000", currency="USD"),
        C("money", "US$ 24,75 miliar", amount="24750000000", currency="USD"),
    ),
    Ex(
        "Nilai ekspor nikel Indonesia sekitar US$ 30 miliar per tahun.",
        C("money", "US$ 30 miliar", amount="30000000000", currency="USD", comparator="approx"),
    ),
    Ex(
        "Dalam KTT G20, Indonesia mendapat komitmen pendanaan transisi energi sebesar US$ 20 miliar.",
        C("money", "US$ 20 miliar", amount="20000000000", currency="USD"),
    ),
    Ex(
        "Uni Eropa mengucurkan bantuan 2 miliar euro untuk rekonstruksi Ukraina.",
        C("money", "2 miliar euro", amount="2000000000", currency="EUR"),
    ),
    Ex(
        "Real Madrid menebus pemain muda itu senilai €50 juta.",
        C("money", "€50 juta", amount="50000000", currency="EUR"),
    ),
    Ex(
        "Chelsea menghabiskan lebih dari 100 juta pound sterling pada bursa transfer musim panas.",
        C("money", "100 juta pound sterling", amount="100000000", currency="GBP", comparator="gt"),
    ),
    Ex(
        "Manchester United menebus Bryan Mbeumo dengan nilai transfer £71 juta.",
        C("money", "£71 juta", amount="71000000", currency="GBP"),
    ),
    Ex(
        "JICA menyalurkan pinjaman 140 miliar yen untuk pembangunan MRT Jakarta.",
        C("money", "140 miliar yen", amount="140000000000", currency="JPY"),
    ),
    Ex(
        "Toyota membukukan laba operasional ¥4,8 triliun pada tahun fiskal lalu.",
        C("money", "¥4,8 triliun", amount="4800000000000", currency="JPY"),
    ),
    Ex(
        "Temasek menanamkan modal S$2 miliar di perusahaan rintisan Asia Tenggara.",
        C("money", "S$2 miliar", amount="2000000000", currency="SGD"),
    ),
    Ex(
        "KPK menyita uang tunai Rp 2,5 miliar, 150.000 dolar Singapura, dan 20.000 dolar AS dari rumah tersangka.",
        C("money", "Rp 2,5 miliar", amount="2500000000", currency="IDR"),
        C("money", "150.000 dolar Singapura", amount="150000", currency="SGD"),
        C("money", "20.000 dolar AS", amount="20000", currency="USD"),
    ),
    Ex(
        "Malaysia menaikkan upah minimum menjadi RM1.700 per bulan.",
        C("money", "RM1.700", amount="1700", currency="MYR"),
    ),
    Ex(
        "Pemerintah Malaysia mengalokasikan 3 miliar ringgit untuk subsidi solar.",
        C("money", "3 miliar ringgit", amount="3000000000", currency="MYR"),
    ),
    Ex(
        "Bank sentral China menyuntikkan likuiditas 500 miliar yuan ke pasar.",
        C("money", "500 miliar yuan", amount="500000000000", currency="CNY"),
    ),
    Ex(
        "Hyundai berinvestasi 5 triliun won untuk pabrik baterai kendaraan listrik.",
        C("money", "5 triliun won", amount="5000000000000", currency="KRW"),
    ),
    Ex(
        "Biaya dam bagi jemaah haji tamatu ditetapkan 720 riyal per orang.",
        C("money", "720 riyal", amount="720", currency="SAR"),
    ),
    Ex(
        "Kedua negara menargetkan nilai perdagangan bilateral mencapai US$ 100 miliar.",
        C("money", "US$ 100 miliar", amount="100000000000", currency="USD"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Money ranges
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Harga sewa kios di pasar itu berkisar Rp 5 juta hingga Rp 10 juta per tahun.",
        C("money", "Rp 5 juta hingga Rp 10 juta", amount="5000000", amount_max="10000000", currency="IDR"),
    ),
    Ex(
        "Harga tiket masuk museum bervariasi antara Rp1.000 sampai Rp10.000.",
        C("money", "Rp1.000 sampai Rp10.000", amount="1000", amount_max="10000", currency="IDR"),
    ),
    Ex(
        "Tiket konser itu dibanderol Rp 100.000-Rp 150.000.",
        C("money", "Rp 100.000-Rp 150.000", amount="100000", amount_max="150000", currency="IDR"),
    ),
    Ex(
        "Bantuan perbaikan rumah rusak ringan sebesar Rp 3-5 juta per unit.",
        C("money", "Rp 3-5 juta", amount="3000000", amount_max="5000000", currency="IDR"),
    ),
    Ex(
        "Kebutuhan dana rehabilitasi pascabencana mencapai Rp 2-3 triliun.",
        C("money", "Rp 2-3 triliun", amount="2000000000000", amount_max="3000000000000", currency="IDR"),
    ),
    Ex(
        "Nilai investasi pabrik itu diperkirakan antara US$ 1 miliar dan US$ 2 miliar.",
        C("money", "US$ 1 miliar dan US$ 2 miliar", amount="1000000000", amount_max="2000000000", currency="USD"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Mixed sentences
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Jumlah wisatawan mancanegara yang berkunjung ke Bali mencapai 6,3 juta orang, naik 20 persen dibanding "
        "tahun lalu.",
        C("quantity", "6,3 juta", amount="6300000", noun="orang"),
        C("percent", "20 persen", amount="20"),
    ),
    Ex(
        "Produksi minyak nasional turun menjadi 580.000 barel per hari, atau 95 persen dari target.",
        C("quantity", "580.000 barel per hari", amount="580000", unit="bbl/d"),
        C("percent", "95 persen", amount="95"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Ordinals: noun + ke-word, ke-N, "yang pertama"
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Tatap muka ini menjadi pertemuan kedua yang digelar Putin dan Xi tahun ini.",
        C("ordinal", "kedua", rank=2, noun="pertemuan"),
    ),
    Ex(
        "Deflasi ini merupakan yang kelima berturut-turut, setelah harga turun pada bulan keempat berturut-turut.",
        C("ordinal", "kelima", rank=5),
        C("ordinal", "keempat", rank=4, noun="bulan"),
        note="a place in a run ('berturut-turut') is a rank, never the collective 'kelima negara'",
    ),
    Ex(
        "Upacara peringatan HUT ke-80 RI digelar di Istana Merdeka, Jakarta, Minggu (17/8/2025).",
        C("ordinal", "ke-80", rank=80, noun="HUT"),
    ),
    Ex(
        "Tantangan pendidikan abad ke-21 menuntut guru menguasai teknologi digital.",
        C("ordinal", "ke-21", rank=21, noun="abad"),
    ),
    Ex(
        "Indonesia berada di peringkat ke-3 klasemen akhir perolehan medali SEA Games.",
        C("ordinal", "ke-3", rank=3, noun="peringkat"),
    ),
    Ex(
        "Prabowo Subianto dilantik sebagai presiden kedelapan, menggantikan Joko Widodo.",
        C("ordinal", "kedelapan", rank=8, noun="presiden"),
    ),
    Ex(
        "Soekarno merupakan Presiden pertama Republik Indonesia.",
        C("ordinal", "pertama", rank=1, noun="Presiden"),
    ),
    Ex(
        "Megawati Soekarnoputri tercatat sebagai presiden kelima.",
        C("ordinal", "kelima", rank=5, noun="presiden"),
    ),
    Ex(
        "Pilkada Jakarta tidak berlanjut ke putaran kedua.",
        C("ordinal", "kedua", rank=2, noun="putaran"),
    ),
    Ex(
        "Pameran buku itu kini memasuki edisi kesepuluh.",
        C("ordinal", "kesepuluh", rank=10, noun="edisi"),
    ),
    Ex(
        "Muktamar ke-34 NU digelar di Lampung pada Desember 2021.",
        C("ordinal", "ke-34", rank=34, noun="Muktamar"),
    ),
    Ex(
        "Timnas Indonesia finis di posisi keempat pada klasemen akhir Grup C.",
        C("ordinal", "keempat", rank=4, noun="posisi"),
    ),
    Ex(
        "Pebulu tangkis itu meraih juara kedua dalam turnamen Indonesia Open.",
        C("ordinal", "kedua", rank=2, noun="juara"),
    ),
    Ex(
        "Api diduga berasal dari lantai ke-12 gedung tersebut.",
        C("ordinal", "ke-12", rank=12, noun="lantai"),
    ),
    Ex(
        "Cristiano Ronaldo mencetak gol ke-900 sepanjang kariernya.",
        C("ordinal", "ke-900", rank=900, noun="gol"),
    ),
    Ex(
        "Kunjungan ini merupakan yang pertama bagi Prabowo ke Moskow sejak dilantik.",
        C("ordinal", "pertama", rank=1),
    ),
    Ex(
        "Kekalahan itu merupakan yang kedua secara beruntun bagi Persija.",
        C("ordinal", "kedua", rank=2),
    ),
    Ex(
        "Penyaluran bantuan pangan tahap kedua dimulai pekan depan.",
        C("ordinal", "kedua", rank=2, noun="tahap"),
    ),
    Ex(
        "Ia terpilih kembali untuk periode ketiga sebagai ketua umum partai.",
        C("ordinal", "ketiga", rank=3, noun="periode"),
    ),
    Ex(
        "Atlet panjat tebing itu menyumbangkan medali kedua bagi Indonesia.",
        C("ordinal", "kedua", rank=2, noun="medali"),
    ),
    Ex(
        "Laga itu menjadi kemenangan ke-5 Persib musim ini.",
        C("ordinal", "ke-5", rank=5, noun="kemenangan"),
    ),
    Ex(
        "Tim SAR menemukan korban keenam di bawah reruntuhan bangunan.",
        C("ordinal", "keenam", rank=6, noun="korban"),
    ),
    Ex(
        "Dalam sidang ketujuh, jaksa menghadirkan tiga saksi ahli.",
        C("ordinal", "ketujuh", rank=7, noun="sidang"),
        C("quantity", "tiga", amount="3", noun="saksi ahli"),
    ),
    Ex(
        "Ia menjadi orang ketiga yang ditetapkan sebagai tersangka dalam kasus ini.",
        C("ordinal", "ketiga", rank=3, noun="orang"),
    ),
    Ex(
        "Pemerintah mencairkan gaji ke-13 bagi aparatur sipil negara pada Juni.",
        C("ordinal", "ke-13", rank=13, noun="gaji"),
    ),
    Ex(
        "KTT ke-17 BRICS digelar di Rio de Janeiro, Brasil.",
        C("ordinal", "ke-17", rank=17, noun="KTT"),
    ),
    Ex(
        "Prabowo berpidato dalam Sidang Majelis Umum PBB ke-80 di New York.",
        C("ordinal", "ke-80", rank=80),
    ),
    Ex(
        "Perayaan HUT ke-498 Jakarta dipusatkan di kawasan Monas.",
        C("ordinal", "ke-498", rank=498, noun="HUT"),
    ),
    Ex(
        "Jawa Barat berada di urutan pertama provinsi dengan jumlah penduduk terbanyak.",
        C("ordinal", "pertama", rank=1, noun="urutan"),
    ),
    Ex(
        "Sebanyak 24 WNI dipulangkan dari Iran dalam gelombang ketiga.",
        C("quantity", "24", amount="24"),
        C("ordinal", "ketiga", rank=3, noun="gelombang"),
    ),
    # Ordinal next to a collective ke-word or an enumerator: only the ordinal (and other figures) are claims
    Ex(
        "Pada pertemuan kedua, kedua pemimpin menyepakati investasi US$ 10 miliar.",
        C("ordinal", "kedua", rank=2, noun="pertemuan"),
        C("money", "US$ 10 miliar", amount="10000000000", currency="USD"),
    ),
    Ex(
        "Ini adalah pertemuan ke-2 kedua pemimpin tahun ini.",
        C("ordinal", "ke-2", rank=2, noun="pertemuan"),
    ),
    Ex(
        "Ketiga tersangka diduga menerima suap senilai Rp 12 miliar.",
        C("money", "Rp 12 miliar", amount="12000000000", currency="IDR"),
    ),
    Ex(
        "Kedua, pemerintah menyiapkan anggaran Rp 20 triliun untuk subsidi pupuk.",
        C("money", "Rp 20 triliun", amount="20000000000000", currency="IDR"),
    ),
    # Selisih dengan "lebih rendah/tinggi" bukan batas
    Ex(
        "Harga cabai itu 12 persen lebih rendah dibanding pekan lalu.",
        C("percent", "12 persen", amount="12", comparator=None),
    ),
    Ex(
        "Tak kurang dari 500 orang menghadiri acara itu.",
        C("quantity", "500", amount="500", comparator="ge"),
    ),
    # Peringkat dan perkiraan "-an"
    Ex(
        "Indonesia menempati peringkat 3 dunia dalam produksi nikel.",
        C("ordinal", "peringkat 3", rank=3),
    ),
    Ex(
        "Sebanyak 1.500-an pengungsi masih bertahan di posko.",
        C("quantity", "1.500", amount="1500", comparator="approx"),
    ),
    # What a percentage is a share of ends before verbs, comparisons and yoy
    Ex(
        "Nilai ekspor naik 7,2 persen dibandingkan bulan sebelumnya.",
        C("percent", "7,2 persen", amount="7.2", of=None),
    ),
    Ex(
        "Sebanyak 30 persen warga menolak relokasi.",
        C("percent", "30 persen", amount="30", of="warga"),
    ),
    Ex(
        "Rasio utang mencapai 39,86 persen terhadap PDB.",
        C("percent", "39,86 persen", amount="39.86", of="PDB"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # What a percentage measures (share, change, points) and "hampir" (just below): what a check compares
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Harga beras medium di tingkat konsumen naik 3,2 persen dibandingkan bulan sebelumnya.",
        C("percent", "3,2 persen", amount="3.2", measure="change"),
    ),
    Ex(
        "Pemerintah memberikan kenaikan gaji 8 persen bagi ASN, sedangkan penurunan harga 5 persen berlaku bulan "
        "depan. Harga naik, inflasi 3 persen.",
        C("percent", "8 persen", amount="8", measure="change"),
        C("percent", "5 persen", amount="5", measure="change"),
        C("percent", "3 persen", amount="3", measure=None),
        note="a noun of change, then the noun that changed, then the figure; a comma between them joins nothing",
    ),
    Ex(
        "Pemerintah menetapkan kenaikan upah minimum provinsi (UMP) 2026 sebesar 6,5 persen. Upah minimum provinsi "
        "2026 sebesar 6,5 persen dari rata-rata upah.",
        C("percent", "6,5 persen", amount="6.5", measure="change"),
        C("percent", "6,5 persen", nth=2, amount="6.5", measure="share"),
        note="a noun of change opens the noun phrase before 'sebesar', past an acronym in brackets and a year",
    ),
    Ex(
        "Rupiah pulih 0,8 persen pada Jumat, sedangkan saham teknologi melesat 12 persen. Terjadi lonjakan 30 persen "
        "jumlah penumpang.",
        C("percent", "0,8 persen", amount="0.8", measure="change"),
        C("percent", "12 persen", amount="12", measure="change"),
        C("percent", "30 persen", amount="30", measure="change"),
        note="'pulih', 'melesat', 'lonjakan' before the figure: a change",
    ),
    Ex(
        "Nilai ekspor nonmigas turun sebesar 4,5 persen menjadi 20,1 miliar dolar AS.",
        C("percent", "4,5 persen", amount="4.5", measure="change"),
        C("money", "20,1 miliar dolar AS", amount="20100000000", currency="USD"),
    ),
    Ex(
        "Tarif ojek daring naik 8 persen mulai Senin, sementara 500 pengemudi mulai beroperasi besok.",
        C("percent", "8 persen", amount="8", measure="change", of=None),
        C("quantity", "500", amount="500", noun="pengemudi"),
        note="a day after 'mulai' or 'besok' is when, not what the figure is a share of nor part of the noun",
    ),
    Ex(
        "Tingkat pengangguran terbuka naik menjadi 5,3 persen pada Agustus 2025.",
        C("percent", "5,3 persen", amount="5.3", measure=None),
    ),
    Ex(
        "Sebanyak 62 persen dari responden menyatakan puas terhadap kinerja pemerintah.",
        C("percent", "62 persen", amount="62", measure="share", of="responden"),
    ),
    Ex(
        "Hampir 2.000 warga mengungsi ke balai desa setelah tanggul jebol.",
        C("quantity", "2.000", amount="2000", comparator="approx", nearly=True),
    ),
    Ex(
        "Nyaris 40 persen anggaran daerah habis untuk belanja pegawai.",
        C("percent", "40 persen", amount="40", comparator="approx", nearly=True),
    ),
    Ex(
        "Sekitar 300 rumah terendam banjir setinggi 1 meter.",
        C("quantity", "300", amount="300", comparator="approx", nearly=False),
        C("quantity", "1 meter", amount="1", unit="m"),
    ),
    Ex(
        "Gempa bermagnitudo 6,2 mengguncang wilayah selatan Jawa Timur pada kedalaman 10 km.",
        C("quantity", "bermagnitudo 6,2", amount="6.2", unit="M", noun=None),
        C("quantity", "10 km", amount="10", unit="km"),
        note="a unit written before its figure: earthquake magnitudes",
    ),
    Ex(
        "BMKG mencatat gempa M 5,6 di Cianjur dan gempa susulan magnitudo 4,1.",
        C("quantity", "M 5,6", amount="5.6", unit="M"),
        C("quantity", "magnitudo 4,1", amount="4.1", unit="M"),
    ),
    Ex(
        "Gempa berkekuatan 6,2 SR dirasakan hingga Blitar.",
        C("quantity", "6,2 SR", amount="6.2", unit="SR"),
    ),
    Ex(
        "Harga tiket kapal cepat naik 50 sen per penumpang.",
        C("money", "50 sen", amount="0.50", minor=True),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Ages: a quantity in years with the noun "age", never a duration
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Pelaku berinisial RS (27) ditangkap di rumahnya.",
        C("quantity", "27", amount="27", unit="year", noun="age"),
    ),
    Ex(
        "Seorang pelajar (17) tewas tertabrak truk di Jalan Raya Bogor.",
        C("quantity", "17", amount="17", unit="year", noun="age"),
        note="a person not named, 'seorang' and a noun of one person, introduced with an age",
    ),
    Ex(
        "Korban, Siti Aminah (45), warga Bekasi, tewas di lokasi.",
        C("quantity", "45", amount="45", unit="year", noun="age"),
    ),
    Ex(
        "Polisi menangkap pengedar berinisial HS, 41 tahun, di sebuah rumah kos di Depok.",
        C("quantity", "41 tahun", amount="41", unit="year", noun="age"),
        note="initials after 'berinisial', then the age with its year word between commas: an age, no duration",
    ),
    Ex(
        "Korban, Dewi Lestari, 28 tahun, dilarikan ke rumah sakit.",
        C("quantity", "28 tahun", amount="28", unit="year", noun="age"),
    ),
    Ex(
        "Pria berusia 61 tahun itu ditemukan tewas di kamar kosnya.",
        C("quantity", "61 tahun", amount="61", unit="year", noun="age"),
    ),
    Ex(
        "Pelamar CPNS harus berusia 18 hingga 35 tahun saat mendaftar.",
        C("quantity", "18 hingga 35 tahun", amount="18", amount_max="35", unit="year", noun="age"),
        note="one range of ages, not an age and a duration of 35 years",
    ),
    Ex(
        "Pelamar harus berusia minimal 18 tahun dan maksimal 35 tahun.",
        C("quantity", "18 tahun", amount="18", unit="year", noun="age", comparator="ge"),
        C("quantity", "35 tahun", amount="35", unit="year", noun="age", comparator="le"),
        note="the other bound after 'dan' is an age too",
    ),
    Ex(
        "DPR menyepakati batas usia minimal calon bupati 25 tahun saat penetapan pasangan calon.",
        C("quantity", "25 tahun", amount="25", unit="year", noun="age", comparator="ge"),
        note="the bound of an age reaches over whose age it is (a few lower-case words) to the years",
    ),
    Ex(
        "Usia minimal pemilih 17 kali lebih banyak dibanding pemilu lalu.",
        C("quantity", "17", amount="17"),
        note="no year word after the number: no age across the words after the bound",
    ),
    Ex(
        "Budi berusia 45 tahun dan 3 anaknya selamat.",
        C("quantity", "45 tahun", amount="45", unit="year", noun="age"),
        C("quantity", "3", amount="3"),
        note="dan joins no range of ages here: a count follows",
    ),
    Ex(
        "Polisi menangkap dua tersangka. Keduanya berusia 21 tahun dan 25 tahun. Korban berusia 19 dan 23 tahun.",
        C("quantity", "dua", amount="2"),
        C("quantity", "21 tahun", amount="21", unit="year", noun="age"),
        C("quantity", "25 tahun", amount="25", unit="year", noun="age"),
        C("quantity", "19", amount="19", unit="year", noun="age"),
        C("quantity", "23 tahun", amount="23", unit="year", noun="age"),
        note="two ages joined by 'dan', each with its unit or sharing the last one: no duration of 25 years",
    ),
    Ex(
        "Ia berusia 45 tahun dan 3 tahun lalu pindah ke Bekasi.",
        C("quantity", "45 tahun", amount="45", unit="year", noun="age"),
        note="a second age after 'dan' ends its clause; here a date follows (3 tahun lalu), no age",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Fractions: the value held exactly as written, and what it is a share of
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Sepertiga warga desa itu kehilangan rumah akibat banjir bandang.",
        C("quantity", "Sepertiga", fraction="1/3", noun="warga desa"),
    ),
    Ex(
        "Partai koalisi menguasai dua pertiga kursi di parlemen.",
        C("quantity", "dua pertiga", fraction="2/3", noun="kursi"),
    ),
    Ex(
        "Setengah dari anggaran itu terserap untuk belanja pegawai.",
        C("quantity", "Setengah", fraction="1/2", noun="anggaran"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Lists and changes: a bare figure takes the currency, unit or percent of its partner
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Anggaran program itu dipangkas dari Rp 320 miliar menjadi 275 miliar.",
        C("money", "Rp 320 miliar", amount="320000000000", currency="IDR"),
        C("money", "275 miliar", amount="275000000000", currency="IDR"),
    ),
    Ex(
        "Pertumbuhan ekonomi dalam tiga skenario itu diproyeksikan 3, 5 dan 7 persen.",
        C("quantity", "tiga", amount="3", noun="skenario"),
        C("percent", "3", amount="3"),
        C("percent", "5", amount="5"),
        C("percent", "7 persen", amount="7"),
    ),
    Ex(
        "Bayi berusia 8 bulan itu dirawat di RSUD Cibinong.",
        C("quantity", "8 bulan", amount="8", unit="month", noun="age"),
    ),
    Ex(
        "Partai itu hanya meraih 1/3 kursi di DPRD.",
        C("quantity", "1/3", fraction="1/3", noun="kursi"),
    ),
    Ex(
        "Separuh wilayah kabupaten itu masih terisolasi akibat longsor.",
        C("quantity", "Separuh", fraction="1/2", noun="wilayah kabupaten"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Pecahan dan cara menulis angka
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Perubahan UUD memerlukan persetujuan dua per tiga anggota MPR.",
        C("quantity", "dua per tiga", fraction="2/3", noun="anggota MPR"),
    ),
    Ex(
        "Harga setengah lusin telur kini Rp 15.000.",
        C("quantity", "setengah lusin", amount="6", noun="telur"),
        C("money", "Rp 15.000", amount="15000", currency="IDR"),
    ),
    Ex(
        "Pemerintah menyiapkan anggaran tiga perempat miliar rupiah untuk program itu.",
        C("money", "tiga perempat miliar rupiah", amount="750000000", currency="IDR"),
    ),
    Ex(
        "Indeks keyakinan konsumen turun ke level minus satu.",
        C("quantity", "minus satu", amount="-1"),
    ),
    Ex(
        "Perusahaan itu akan merekrut 500-1500 pekerja tahun depan.",
        C("quantity", "500-1500", amount="500", amount_max="1500", noun="pekerja"),
    ),
    Ex(
        "Satu mol zat mengandung sekitar 6,02 x 10^23 partikel.",
        C("quantity", "Satu", amount="1", noun="mol zat"),
        C("quantity", "6,02 x 10^23", amount="602000000000000000000000", comparator="approx", noun="partikel"),
    ),
    Ex(
        "BMKG memperingatkan angin kencang dengan kecepatan hingga 45 km per jam.",
        C("quantity", "45 km per jam", amount="45", unit="km/h", comparator="le"),
        note="the rate is the unit: not 45 km",
    ),
    Ex(
        "Rapat Paripurna Ketiga Masa Sidang Kedua DPR digelar hari ini.",
        C("ordinal", "Ketiga", rank=3, noun="Paripurna"),
        C("ordinal", "Kedua", rank=2, noun="Sidang"),
    ),
    Ex(
        "Proyek jembatan itu menelan biaya Rp 3,5M dari APBD.",
        C("money", "Rp 3,5M", amount="3500000000", currency="IDR"),
        note="M glued after a currency is miliar, as 'Rp 90 M' is (it was read as a million)",
    ),
    Ex(
        "Harga cabai rawit naik 20 sampai 30 persen dalam sepekan.",
        C("percent", "20 sampai 30 persen", amount="20", amount_max="30", measure="change"),
        note="a change by a range: the first figure bare, sharing the percent word of the second",
    ),
    Ex(
        "Tidak kurang 150 rumah terendam banjir.",
        C("quantity", "150", amount="150", noun="rumah", comparator="ge"),
        note="bare 'tidak kurang' is a lower bound",
    ),
    Ex(
        "Tim SAR memasuki hari ketiga pencarian, sementara harga BBM turun untuk kedua kalinya tahun ini.",
        C("ordinal", "ketiga", rank=3, noun="hari"),
        C("ordinal", "kedua", rank=2),
        note="a unit of time ranked by the ordinal after it, and 'kedua kalinya' (the second time), are ranks",
    ),
    Ex(
        "Memasuki tahun kedua pemerintahan, SMAN 3 Bandung meraih nilai tertinggi untuk ketiga kalinya.",
        C("ordinal", "kedua", rank=2, noun="tahun"),
        C("ordinal", "ketiga", rank=3),
    ),
    Ex(
        "IHSG diperkirakan bergerak di level 7.300-7.400, sementara tinggi gelombang mencapai 2,5-4 meter.",
        C("quantity", "7.300-7.400", amount="7300", amount_max="7400"),
        C("quantity", "2,5-4 meter", amount="2.5", amount_max="4", unit="m"),
        note="a range of grouped or decimal figures after a reference word (level, gelombang) is a figure too",
    ),
    Ex(
        "Seorang dari tiga anak Indonesia mengalami anemia, menurut survei itu.",
        C("quantity", "Seorang dari tiga", fraction="1/3", noun="anak Indonesia"),
        note="'seorang' (one person) opens a ratio as 'satu' does; alone it counts nothing",
    ),
    Ex(
        "Hasil resmi KPU: PDI-P 110 kursi, Golkar 102 kursi, Gerindra 86 kursi, PKB 68 kursi dan NasDem 69 kursi.",
        C("quantity", "110", amount="110", noun="kursi"),
        C("quantity", "102", amount="102", noun="kursi"),
        C("quantity", "86", amount="86", noun="kursi"),
        C("quantity", "68", amount="68", noun="kursi"),
        C("quantity", "69", amount="69", noun="kursi"),
        note="a list of counts of one noun after names: each party's seats, not a name with a number",
    ),
    Ex(
        "IHSG ditutup di level 7.300 pekan ini, sementara produksi beras naik dari 480,5 tahun lalu.",
        C("quantity", "7.300", amount="7300"),
        C("quantity", "480,5", amount="480.5"),
        note="the figure before a date of a unit and a shift ('pekan ini') is no count of the unit",
    ),
    Ex(
        "Harga beras naik 4,95 persen (yoy) dan 1,50 persen (mtm) pada Mei.",
        C("percent", "4,95 persen", amount="4.95", measure="change"),
        C("percent", "1,50 persen", amount="1.5", measure="change"),
        note="the second percentage after 'dan' shares the verb of change",
    ),
]

NEGATIVES: list[str] = [
    "Dinas Kesehatan mengimbau masyarakat menggalakkan gerakan 3M dan tetap menjalankan protokol 5M.",  # campaigns
    "Persija bermain di Liga 1 musim ini, sementara Persib di Liga 2 musim lalu.",
    "Hal itu diatur dalam UU Nomor 3 Tahun 2020 Pasal 12 ayat 1.",  # a law, its article and verse after a year
    # Nomor telepon: kode wilayah dengan nol di depan, tanda hubung, nomornya
    "Warga dapat menghubungi posko di 0361-222333.",
    # a hotline and its alternatives: numbers to call, no figures
    "Warga dapat menghubungi call center 112 atau hotline 1500-123 untuk melapor.",
    # "satu" as an article: "dalam satu kesempatan"
    "Hal itu disampaikan Menteri dalam satu kesempatan di Jakarta.",
    # an article's paragraphs glued to it in brackets
    "Terdakwa dijerat Pasal 2(1) UU Tipikor.",
    "Wakil Presiden Kedua RI itu dimakamkan di Jakarta.",  # a capitalised ordinal in a name
    "PVMBG menaikkan status Gunung Lewotobi ke Level 3 dan berlaku sesuai Nomor 422/KMK.06/2003.",
    # "satu per satu" is one by one; "3/4" in running text is a date (3 April)
    "Petugas memeriksa kendaraan itu satu per satu.",
    "Banjir melanda kawasan itu sejak 3/4 lalu.",
    "Arus balik memuncak pada H+2 dan H+3 Lebaran.",
    "Skor akhir 21-18 menutup laga final itu.",
    "Mahasiswa UKT kelompok 1 tidak membayar uang pangkal.",
    # Usia dalam kurung, skala tanpa bilangan, kategori
    "Kerugian negara diperkirakan mencapai puluhan miliar rupiah.",
    "Tiket kategori 1 habis terjual dalam hitungan menit.",
    # Phone numbers, URLs, e-mail addresses, social media handles
    "Informasi lebih lanjut dapat diperoleh dengan menghubungi 0812-3456-7890.",
    "Warga dapat melapor melalui nomor (021) 5550123 pada jam kerja.",
    "Kontak media: humas@bnpb.go.id atau 0811-1234-567.",
    "Laporan lengkap dapat diunduh di https://www.bps.go.id/id/publication/2025/02/28/statistik-indonesia-2025.html.",
    "Keluhan dapat dikirim melalui surel pengaduan2025@kemenkeu.go.id.",
    "Pendaftaran murid baru dibuka melalui laman ppdb2025.jakarta.go.id.",
    "Unggahan itu viral setelah dibagikan akun @jakarta24jam.",
    # Laws, decrees, court cases, articles
    "Hal itu diatur dalam Pasal 2 ayat (1) UU No. 11 Tahun 2020 tentang Cipta Kerja.",
    "Keputusan tersebut merujuk pada Keputusan Menteri Keuangan Nomor 422/KMK.06/2003.",
    "Ketentuan itu tercantum dalam PP Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik.",
    "Aturan tersebut dituangkan dalam Perpres Nomor 12 Tahun 2025.",
    "Putusan Mahkamah Konstitusi Nomor 90/PUU-XXI/2023 memicu polemik.",
    "Perkara itu teregister dengan Nomor 12/Pid.Sus-TPK/2025/PN Jkt.Pst.",
    "Ia dijerat Pasal 340 KUHP tentang pembunuhan berencana.",
    "Jaksa mendakwa terdakwa dengan Pasal 2 dan Pasal 3 UU Tipikor.",
    "Penyidik menjerat tersangka dengan Pasal 55 ayat (1) ke-1 KUHP.",
    # Names with numbers: diseases, forums, events, leagues, aircraft, road markers, addresses
    "Pandemi COVID-19 memukul sektor pariwisata Bali.",
    "Virus flu burung H5N1 kembali terdeteksi di peternakan unggas.",
    "Indonesia memegang presidensi G20 pada 2022.",
    "KTT G-20 di Bali berlangsung di kawasan Nusa Dua.",
    "PON XXI digelar di Aceh dan Sumatera Utara.",
    "Persib Bandung kembali menjuarai Liga 1 musim lalu.",
    "Pesawat Boeing 737 milik maskapai itu tergelincir saat mendarat di Bandara Sam Ratulangi.",
    "TNI AU menerbangkan F-16 dalam upacara HUT TNI di Monas.",
    "Kecelakaan itu terjadi di Km 50 Tol Jakarta-Cikampek.",
    "Gempa berpusat di 2,31 LU dan 126,50 BT, di laut Maluku Utara.",  # north latitude
    "Pemerintah mulai menggelar jaringan 5G di Ibu Kota Nusantara.",
    "Kantor kementerian itu terletak di Jalan Medan Merdeka Barat No. 9, Jakarta Pusat.",
    "Pasangan itu mendapat nomor urut 3 dalam Pilkada Jakarta.",
    "Pusat gempa berada pada koordinat 3,12 LS dan 128,45 BT, sekitar titik 1,5 Lintang Selatan.",
    "Masa jabatan pimpinan KPK, 5 tahun, dinilai terlalu singkat.",  # a term after an acronym: no age
    # List enumerators
    "Syarat pendaftaran:\n1. Menyiapkan dokumen persyaratan.\n2. Mengisi formulir secara daring.\n"
    "3. Menunggu pengumuman.",
    "Puncak arus balik diperkirakan terjadi pada H+3 dan H+4, sedangkan arus mudik pada H-3.",
    "Syarat pendaftaran sebagai berikut: 1. Menyiapkan dokumen persyaratan. 2. Mengisi formulir secara daring. "
    "3. Menunggu pengumuman.",
    # Clock times
    "Rapat paripurna dimulai pukul 14.00 WIB di Kompleks Parlemen, Senayan.",
    "Massa mulai berkumpul sekira pukul 09.30 di depan Balai Kota.",
    "Rapat koordinasi dijadwalkan pukul 10:30 di Gedung Sate.",
    "Kebakaran terjadi sekira pukul 23.15 WIB dan baru padam menjelang subuh.",
    "Kereta Argo Bromo Anggrek berangkat dari Stasiun Gambir pukul 08.20 WIB.",
    "Laga Liga 1 antara Persib dan Persija digelar pukul 15.30 WIB.",
    # Scores
    "Persija menang 2-1 atas Persebaya di Stadion Gelora Bung Karno.",
    "Laga berakhir dengan skor 3-0 untuk tuan rumah.",
    # Years and dates
    "Aturan itu mulai berlaku pada 2014.",
    "Kebijakan tersebut diterapkan sejak tahun 2019.",
    "Putusan itu dibacakan majelis hakim pada Selasa (26/8/2025).",
    "Sidang lanjutan digelar Rabu (3/9/2025) pukul 10.00 WIB.",
    "Rusia menginvasi Ukraina pada 24 Februari 2022.",
    "Pemilu serentak digelar pada 14 Februari 2024.",
    "Indonesia resmi bergabung dengan BRICS pada Januari 2025.",
    "Era Orde Baru berakhir pada Mei 1998.",
    "Hari Kesaktian Pancasila diperingati setiap 1 Oktober.",
    "Timnas Indonesia dijadwalkan menghadapi Arab Saudi di Jeddah pada 8 Oktober 2025.",
    # Idioms with "satu" and "lima"
    "Ia menjadi salah satu saksi kunci dalam perkara tersebut.",
    "Bandara itu merupakan satu-satunya pintu masuk ke wilayah pegunungan tengah Papua.",
    "Petugas memeriksa kendaraan pemudik satu per satu.",
    "Bulu tangkis masih menjadi olahraga nomor satu di Indonesia.",
    "Pedagang kaki lima kembali memadati trotoar Tanah Abang.",
    # Collective ke-words before a noun, sentence-initial enumerators
    "Kedua negara sepakat memperkuat kerja sama pertahanan.",
    "Ketiga tersangka kini ditahan di Rutan KPK.",
    "Kedua belah pihak menyatakan akan menghormati putusan pengadilan.",
    "Keempat korban telah dimakamkan oleh pihak keluarga.",
    "Kedua tim bermain imbang 1-1 pada laga pembuka.",
    "Kedua, pemerintah akan memperluas bantuan sosial bagi keluarga miskin.",
    "Pertama, masyarakat diminta tidak mudah percaya pada informasi yang belum terverifikasi.",
    "Ketiga, aparat diminta menindak tegas pelaku pungutan liar.",
    # Currency and percent words without a figure
    "Nilai tukar rupiah melemah terhadap dolar AS pada perdagangan sore ini.",
    "Persentase penduduk miskin di perdesaan masih lebih tinggi dibanding perkotaan.",
    # Angka sebelum satuan waktu yang bukan durasi (frekuensi) tidak menghitung apa pun
    "Pada jam sibuk, kereta tiba setiap tiga menit di stasiun itu.",
    # a unit of time counted by a number or a frequency before it: the ordinal after it is collective
    "Setiap tahun kedua negara menggelar latihan militer bersama.",
    "Selama 2 tahun kedua pihak gagal mencapai kesepakatan.",
    # a range of plain numbers after a reference word still names the batches
    "Peserta gelombang 2-3 wajib mendaftar ulang.",
    # 'seorang' alone is "a (person)", no count
    "Seorang dari mereka kini dirawat di rumah sakit.",
    "Dalam beberapa tahun kedua negara semakin dekat secara ekonomi.",
]

# Examples the library gets wrong today (run as strict xfails). Empty until the library exists.
GAPS: list[Ex] = []
