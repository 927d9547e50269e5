"""Test data for ``factcheck.find_conflicts``: a small, fictional news corpus.

Six invented events, 26 short articles (16 Indonesian, 10 English), written the way the named outlets write.
People, companies and figures are invented; places, agencies and background facts are real.

- ``DOCUMENTS``: the articles. ``reference_date`` is the ISO day each one was published.
- ``PLANTED``: the disagreements ``find_conflicts`` must report. ``figures`` maps every article that reports
  that same measured thing to the figure as written there (a substring of its text; the first occurrence of
  that substring in the text is the figure meant). Articles that agree with each other and the odd one(s)
  out are all listed, so the expected conflict group is exactly the listed articles.
- ``TRAPS``: pairs or sets of figures that must NOT be reported as a conflict. ``figures`` maps a document id
  to the figure as written; when the trap lies inside ONE article (a before/after, or two different measures
  side by side), the value is a list of the figures in that article.

Events and days (2025): Bekasi flood (3-5 March), BPS February inflation (3 March), East Java earthquake
(10-11 March), Veltro Semiconductor quarterly results (12 March), Birmingham runway excursion (15 March),
state shipping company KNN annual results (20 March).
"""

from __future__ import annotations

DOCUMENTS: list[dict] = [
    # ------------------------------------------------------------------------------------------------
    # Event 1: flood in Kota Bekasi, river burst its banks early Monday 3 March 2025;
    # landslide in Kabupaten Bogor on Monday night.
    # ------------------------------------------------------------------------------------------------
    {
        "id": "antara-banjir-1",
        "outlet": "Antara",
        "lang": "id",
        "reference_date": "2025-03-03",
        "text": (
            "Bekasi (ANTARA) - Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi, Jawa Barat, mencatat "
            "10 orang meninggal dunia akibat banjir yang merendam sejumlah kecamatan di kota itu sejak Senin "
            "dini hari.\n\n"
            "Kepala Pelaksana BPBD Kota Bekasi Dedy Firmansyah di Bekasi, Senin, mengatakan para korban "
            "umumnya terseret arus saat air Kali Bekasi meluap dan masuk ke permukiman warga.\n\n"
            "\"Hingga malam ini ada sepuluh korban jiwa yang sudah kami data. Tim gabungan masih menyisir "
            "lokasi karena kemungkinan masih ada warga yang belum ditemukan,\" kata Dedy.\n\n"
            "Ia menyebutkan sekitar 800 warga telah dievakuasi ke sejumlah titik pengungsian, antara lain "
            "masjid, sekolah, dan kantor kelurahan. Banjir terparah terjadi di Kecamatan Bekasi Timur dan "
            "Rawalumbu.\n\n"
            "Menurut Dedy, hujan deras yang mengguyur wilayah hulu di Kabupaten Bogor sejak Minggu (2/3) "
            "malam membuat debit Kali Bekasi naik drastis. Pos pantau Bendung Bekasi mencatat tinggi muka air "
            "mencapai 520 sentimeter pada Senin pukul 03.00 WIB, jauh di atas batas siaga satu.\n\n"
            "BPBD Kota Bekasi mengerahkan 30 perahu karet untuk membantu evakuasi warga yang terjebak di "
            "lantai dua rumah mereka. Listrik di sejumlah perumahan juga dipadamkan sementara untuk "
            "mencegah warga tersengat arus.\n\n"
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprakirakan hujan dengan intensitas "
            "sedang hingga lebat masih akan mengguyur wilayah Jabodetabek hingga Rabu (5/3)."
        ),
    },
    {
        "id": "kompas-banjir-1",
        "outlet": "Kompas.com",
        "lang": "id",
        "reference_date": "2025-03-04",
        "text": (
            "BEKASI, KOMPAS.com - Jumlah korban meninggal dunia akibat banjir di Kota Bekasi, Jawa Barat, "
            "bertambah menjadi 12 orang hingga Selasa (4/3/2025) pagi.\n\n"
            "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi Dedy Firmansyah "
            "mengatakan, dua korban terakhir ditemukan tim SAR gabungan di aliran Kali Bekasi, Kecamatan "
            "Rawalumbu.\n\n"
            "\"Total korban meninggal dunia per pagi ini dua belas orang. Semuanya sudah dibawa ke RSUD Kota "
            "Bekasi untuk identifikasi,\" ujar Dedy saat dikonfirmasi, Selasa.\n\n"
            "Selain korban jiwa, banjir merendam 312 rumah di tujuh kelurahan. Ketinggian air di Perumahan "
            "Taman Kali Asri, Bekasi Timur, sempat mencapai 1,5 meter.\n\n"
            "Sebanyak 1.200 warga masih bertahan di sembilan titik pengungsian yang tersebar di masjid, "
            "sekolah, dan kantor kelurahan.\n\n"
            "Pemerintah Kota Bekasi telah menetapkan status tanggap darurat bencana selama 14 hari, terhitung "
            "sejak Senin (3/3/2025).\n\n"
            "\"Kami fokus pada evakuasi dan pemenuhan kebutuhan dasar pengungsi, terutama makanan, air "
            "bersih, dan selimut,\" kata Wali Kota Bekasi Hendra Kusuma.\n\n"
            "Banjir dipicu hujan deras yang mengguyur kawasan hulu di Kabupaten Bogor sejak Minggu (2/3/2025) "
            "malam sehingga Kali Bekasi meluap pada Senin dini hari. Air masuk ke permukiman dengan cepat "
            "sehingga banyak warga tidak sempat menyelamatkan barang-barang berharga."
        ),
    },
    {
        "id": "detik-banjir-1",
        "outlet": "Detik.com",
        "lang": "id",
        "reference_date": "2025-03-04",
        "text": (
            "Bekasi - Korban tewas akibat banjir yang melanda Kota Bekasi mencapai 15 orang. Data itu "
            "dihimpun Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi hingga Selasa (4/3/2025) pagi.\n\n"
            "Kepala Pelaksana BPBD Kota Bekasi Dedy Firmansyah menyebut sebagian besar korban terseret arus "
            "saat berusaha menyelamatkan barang-barang di rumah.\n\n"
            "\"Arusnya deras sekali waktu air Kali Bekasi masuk ke permukiman. Banyak warga yang tidak sempat "
            "keluar,\" kata Dedy kepada wartawan, Selasa (4/3/2025).\n\n"
            "Berdasarkan data BPBD, sekitar 300 rumah terendam banjir. Di Perumahan Taman Kali Asri, Bekasi "
            "Timur, ketinggian air sempat mencapai 150 sentimeter.\n\n"
            "Lebih dari 1.100 warga mengungsi ke masjid, sekolah, dan balai warga. Dedy mengatakan kebutuhan "
            "mendesak di pengungsian saat ini adalah makanan siap saji, pakaian bersih, dan popok bayi.\n\n"
            "Pemkot Bekasi menetapkan status tanggap darurat selama dua pekan. Dengan status itu, pemkot bisa "
            "menggunakan anggaran belanja tidak terduga untuk penanganan banjir.\n\n"
            "Pantauan detikcom, genangan masih terlihat di Jalan Pahlawan dan sejumlah jalan lingkungan di "
            "Bekasi Timur. Warga memanfaatkan perahu karet dan ban bekas untuk keluar-masuk permukiman. "
            "Sejumlah sepeda motor yang terendam dibiarkan di pinggir jalan."
        ),
    },
    {
        "id": "cnn-longsor-1",
        "outlet": "CNN Indonesia",
        "lang": "id",
        "reference_date": "2025-03-04",
        "text": (
            "Jakarta, CNN Indonesia -- Lima orang meninggal dunia akibat tanah longsor di Desa Cibadak Hilir, "
            "Kecamatan Sukamakmur, Kabupaten Bogor, Jawa Barat, Senin (3/3) malam. Longsor dipicu hujan deras "
            "yang mengguyur kawasan tersebut sejak Minggu malam.\n\n"
            "Kepala Pelaksana BPBD Kabupaten Bogor Yusuf Maulana mengatakan material longsor menimbun "
            "sembilan rumah warga yang berada di bawah tebing. Dua warga lainnya masih dinyatakan hilang.\n\n"
            "\"Kelima korban meninggal sudah ditemukan dan diserahkan ke keluarga. Pencarian dua korban hilang "
            "kami lanjutkan hari ini dengan bantuan alat berat,\" kata Yusuf dalam keterangan tertulis, "
            "Selasa (4/3).\n\n"
            "Sebanyak 47 kepala keluarga di sekitar lokasi diungsikan ke kantor desa karena tebing "
            "dikhawatirkan kembali longsor.\n\n"
            "Hujan deras yang sama juga memicu banjir di wilayah hilir. Di Kota Bekasi, BPBD mencatat 12 orang "
            "meninggal dunia hingga Selasa pagi, sementara lebih dari seribu warga mengungsi.\n\n"
            "BMKG sebelumnya telah mengeluarkan peringatan dini cuaca ekstrem untuk wilayah Jabodetabek hingga "
            "Rabu (5/3). Warga yang tinggal di lereng bukit dan bantaran sungai diminta meningkatkan "
            "kewaspadaan, terutama saat hujan turun lebih dari satu jam."
        ),
    },
    {
        "id": "reuters-banjir-1",
        "outlet": "Reuters",
        "lang": "en",
        "reference_date": "2025-03-04",
        "text": (
            "JAKARTA, March 4 (Reuters) - Floods in the Indonesian city of Bekasi, on the eastern edge of the "
            "capital Jakarta, have killed 12 people and forced more than 1,000 residents from their homes, "
            "disaster officials said on Tuesday.\n\n"
            "The Bekasi river burst its banks early on Monday after torrential rain in the hills upstream, "
            "submerging about 300 homes in water up to 1.5 metres (5 feet) deep, the local disaster "
            "mitigation agency said.\n\n"
            "\"Our teams are still searching house by house because some residents refused to leave,\" Dedy "
            "Firmansyah, head of the Bekasi disaster agency, told Reuters by telephone.\n\n"
            "In neighbouring Bogor regency, five people died when a landslide buried homes on Monday night, "
            "the agency there said. Two people are still missing.\n\n"
            "Television footage showed residents wading through brown water carrying children and "
            "belongings, while rescuers in rubber boats ferried elderly people to dry ground.\n\n"
            "Bekasi, a sprawling commuter city of around 2.5 million people, floods regularly in the rainy "
            "season, which typically peaks between December and February. Experts have blamed poor drainage, "
            "land subsidence and the conversion of upstream forests into housing.\n\n"
            "Indonesia's weather agency has forecast heavy rain across Greater Jakarta until Wednesday.\n\n"
            "(Reporting by Stanley Widjaja; Editing by Martin Petty)"
        ),
    },
    {
        "id": "tempo-banjir-1",
        "outlet": "Tempo",
        "lang": "id",
        "reference_date": "2025-03-05",
        "text": (
            "TEMPO.CO, Bekasi - Pemerintah Kota Bekasi menaksir kerugian akibat banjir yang melanda kota itu "
            "sejak awal pekan ini mencapai Rp 850 miliar. Angka itu mencakup kerusakan rumah warga, fasilitas "
            "umum, jalan, dan saluran drainase.\n\n"
            "\"Itu masih perhitungan sementara. Kerusakan terbesar ada di permukiman dan infrastruktur jalan di "
            "sepanjang bantaran Kali Bekasi,\" kata Wali Kota Bekasi Hendra Kusuma di Bekasi, Rabu, 5 Maret "
            "2025.\n\n"
            "Hendra mengatakan pemerintah kota telah mengalokasikan dana belanja tidak terduga sebesar Rp 25 "
            "miliar untuk penanganan darurat, termasuk logistik pengungsi dan perbaikan tanggul yang jebol.\n\n"
            "Sementara itu, Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi melaporkan korban meninggal "
            "bertambah menjadi 16 orang setelah tim SAR gabungan menemukan empat jasad lagi di aliran Kali "
            "Bekasi pada Selasa malam dan Rabu pagi.\n\n"
            "Genangan di sebagian besar wilayah mulai surut. Namun, sekitar 600 warga masih bertahan di "
            "pengungsian karena rumah mereka rusak atau masih dipenuhi lumpur.\n\n"
            "Pengamat tata kota dari Universitas Indonesia, Rina Kartikasari, menilai banjir yang terus "
            "berulang di Bekasi menunjukkan lemahnya pengendalian alih fungsi lahan di daerah hulu. \"Selama "
            "kawasan resapan di hulu terus berubah menjadi perumahan, tanggul setinggi apa pun tidak akan "
            "cukup,\" ujarnya.\n\n"
            "Banjir kali ini disebut sebagai yang terparah di Bekasi sejak awal 2020."
        ),
    },
    {
        "id": "afp-banjir-1",
        "outlet": "AFP",
        "lang": "en",
        "reference_date": "2025-03-05",
        "text": (
            "Jakarta (AFP) - The death toll from floods that swept through the Indonesian city of Bekasi rose "
            "to 16 on Wednesday, officials said, as authorities put the damage at 850 billion rupiah "
            "($52 million).\n\n"
            "Rescuers pulled four more bodies from the Bekasi river overnight, the city's disaster agency "
            "said, two days after the river burst its banks following torrential rain.\n\n"
            "\"The water has mostly receded but many houses are full of mud and some are no longer safe to "
            "live in,\" agency official Dedy Firmansyah told AFP.\n\n"
            "Hundreds of residents remain in temporary shelters in mosques and schools, he said.\n\n"
            "Bekasi mayor Hendra Kusuma said the estimate covered damaged homes, roads, drainage channels and "
            "a collapsed section of river embankment, and that the city had set aside 25 billion rupiah for "
            "emergency relief.\n\n"
            "Floods are common in Indonesia during the rainy season, which runs roughly from November to "
            "April. Scientists say climate change is making extreme rainfall more frequent, while land "
            "subsidence and rapid urbanisation have left cities around Jakarta increasingly vulnerable.\n\n"
            "In January 2020, floods in Greater Jakarta killed more than 60 people."
        ),
    },
    # ------------------------------------------------------------------------------------------------
    # Event 2: BPS consumer prices for February 2025, released Monday 3 March 2025.
    # ------------------------------------------------------------------------------------------------
    {
        "id": "kompas-inflasi-1",
        "outlet": "Kompas.com",
        "lang": "id",
        "reference_date": "2025-03-03",
        "text": (
            "JAKARTA, KOMPAS.com - Badan Pusat Statistik (BPS) mencatat inflasi tahunan atau year on year "
            "(yoy) naik dari 2,1 persen pada Januari menjadi 2,48 persen pada Februari 2025. Sementara itu, "
            "secara bulanan atau month to month (mtm) terjadi inflasi sebesar 0,15 persen.\n\n"
            "Deputi Bidang Statistik Distribusi dan Jasa BPS Rudi Hartono Siregar mengatakan, kenaikan harga "
            "terutama didorong kelompok makanan, minuman, dan tembakau.\n\n"
            "\"Komoditas yang dominan memberikan andil inflasi pada Februari 2025 adalah cabai merah, bawang "
            "merah, dan beras,\" ujar Rudi dalam konferensi pers di Kantor BPS, Jakarta, Senin (3/3/2025).\n\n"
            "Menurut Rudi, cabai merah memberikan andil inflasi bulanan sebesar 0,06 persen, sedangkan bawang "
            "merah 0,03 persen. Curah hujan yang tinggi mengganggu panen di sejumlah sentra produksi.\n\n"
            "Di sisi lain, kelompok transportasi justru mengalami deflasi seiring turunnya harga tiket pesawat "
            "setelah musim libur akhir tahun.\n\n"
            "\"Kami akan terus memantau pergerakan harga menjelang Ramadhan karena biasanya permintaan pangan "
            "meningkat,\" kata Rudi.\n\n"
            "Indeks Harga Konsumen (IHK) tercatat sebesar 106,45 pada Februari 2025, naik dari 106,29 pada "
            "bulan sebelumnya."
        ),
    },
    {
        "id": "antara-inflasi-1",
        "outlet": "Antara",
        "lang": "id",
        "reference_date": "2025-03-03",
        "text": (
            "Jakarta (ANTARA) - Badan Pusat Statistik (BPS) melaporkan inflasi tahunan Indonesia pada Februari "
            "2025 tercatat 2,5 persen, masih berada dalam rentang sasaran Bank Indonesia sebesar 1,5-3,5 "
            "persen.\n\n"
            "Deputi Bidang Statistik Distribusi dan Jasa BPS Rudi Hartono Siregar di Jakarta, Senin, "
            "mengatakan inflasi bulanan pada Februari tercatat sebesar 0,15 persen, sedangkan inflasi inti "
            "secara tahunan mencapai 2,3 persen.\n\n"
            "\"Inflasi inti yang relatif stabil menunjukkan permintaan domestik masih terjaga,\" kata Rudi.\n\n"
            "Ia menjelaskan, dari 38 provinsi, sebanyak 35 provinsi mengalami inflasi tahunan, sementara tiga "
            "provinsi lainnya mengalami deflasi.\n\n"
            "Kelompok pengeluaran yang memberi andil terbesar terhadap inflasi tahunan adalah makanan, "
            "minuman, dan tembakau, terutama akibat kenaikan harga cabai merah dan beras.\n\n"
            "Bank Indonesia sebelumnya memperkirakan inflasi sepanjang 2025 tetap terkendali dalam kisaran "
            "sasaran berkat sinergi pengendalian harga pangan antara pemerintah pusat dan daerah.\n\n"
            "Untuk meredam kenaikan harga menjelang Ramadhan, pemerintah menggelar Gerakan Pangan Murah di 514 "
            "kabupaten/kota serta mempercepat penyaluran beras program Stabilisasi Pasokan dan Harga Pangan "
            "(SPHP) ke pasar tradisional."
        ),
    },
    {
        "id": "cnn-inflasi-1",
        "outlet": "CNN Indonesia",
        "lang": "id",
        "reference_date": "2025-03-03",
        "text": (
            "Jakarta, CNN Indonesia -- Badan Pusat Statistik (BPS) mengumumkan inflasi tahunan (year on "
            "year/yoy) Februari 2025 sebesar 2,48 persen.\n\n"
            "Deputi Bidang Statistik Distribusi dan Jasa BPS Rudi Hartono Siregar menyebut inflasi terutama "
            "disumbang kenaikan harga pangan bergejolak (volatile food) akibat cuaca.\n\n"
            "\"Secara tahunan, kelompok makanan, minuman, dan tembakau menjadi penyumbang inflasi terbesar,\" "
            "jelas Rudi dalam rilis Berita Resmi Statistik, Senin (3/3).\n\n"
            "Secara spasial, inflasi tahunan tertinggi terjadi di Provinsi Papua Selatan sebesar 4,12 persen. "
            "Sementara itu, deflasi tahunan terdalam tercatat di Provinsi Gorontalo sebesar 0,21 persen.\n\n"
            "Rudi menambahkan, harga beras di tingkat eceran naik 0,87 persen dibandingkan bulan sebelumnya. "
            "Kenaikan itu terjadi meski pemerintah telah menggelontorkan beras program Stabilisasi Pasokan dan "
            "Harga Pangan (SPHP).\n\n"
            "Ekonom Lembaga Kajian Ekonomi Nusantara (LKEN) Fajar Nugraha memperkirakan tekanan harga pangan "
            "masih akan berlanjut hingga Lebaran.\n\n"
            "\"Permintaan biasanya naik tajam menjelang Ramadhan dan Lebaran. Pemerintah perlu memastikan "
            "pasokan cabai dan beras aman, jangan sampai terlambat seperti tahun-tahun sebelumnya,\" ujarnya."
        ),
    },
    {
        "id": "tempo-inflasi-1",
        "outlet": "Tempo",
        "lang": "id",
        "reference_date": "2025-03-03",
        "text": (
            "TEMPO.CO, Jakarta - Badan Pusat Statistik atau BPS mencatat inflasi tahunan pada Februari 2025 "
            "mencapai 2,8 persen. Inflasi terutama dipicu kenaikan harga sejumlah komoditas pangan, seperti "
            "cabai merah, bawang merah, dan beras.\n\n"
            "Deputi Bidang Statistik Distribusi dan Jasa BPS Rudi Hartono Siregar mengatakan secara bulanan "
            "inflasi tercatat 0,15 persen. \"Tekanan inflasi bulan ini banyak berasal dari komoditas "
            "hortikultura yang pasokannya terganggu cuaca,\" ujar Rudi di kantornya, Jakarta Pusat, Senin, "
            "3 Maret 2025.\n\n"
            "Inflasi tahunan Februari itu lebih tinggi dibandingkan Januari 2025 yang sebesar 2,1 persen.\n\n"
            "Menurut Rudi, kelompok pengeluaran yang mengalami deflasi adalah transportasi, seiring "
            "normalisasi tarif angkutan udara setelah libur Natal dan Tahun Baru.\n\n"
            "Peneliti Pusat Studi Ekonomi Kerakyatan, Yudha Prasetyo, mengingatkan pemerintah agar "
            "mewaspadai lonjakan harga pangan menjelang Ramadan. \"Jangan sampai daya beli masyarakat bawah "
            "tergerus. Operasi pasar harus tepat sasaran dan dimulai sebelum harga telanjur naik,\" kata "
            "Yudha.\n\n"
            "Ia juga menilai pemerintah perlu membenahi rantai pasok cabai dan bawang merah yang selama ini "
            "sangat bergantung pada cuaca di sentra produksi di Jawa."
        ),
    },
    {
        "id": "reuters-inflasi-1",
        "outlet": "Reuters",
        "lang": "en",
        "reference_date": "2025-03-03",
        "text": (
            "JAKARTA, March 3 (Reuters) - Indonesia's annual inflation rate quickened to 2.48% in February "
            "from 2.1% in January, driven by higher food prices, the statistics bureau said on Monday, "
            "slightly above expectations.\n\n"
            "Economists polled by Reuters had expected annual inflation of 2.40% in February.\n\n"
            "The core inflation rate, which strips out government-controlled and volatile food prices, was "
            "2.30% in February, statistics bureau data showed. Month-on-month, prices rose 0.15%.\n\n"
            "\"Chilli, shallot and rice prices went up because heavy rain disrupted harvests in several "
            "producing regions,\" Rudi Hartono Siregar, a deputy head at Statistics Indonesia, told a news "
            "conference.\n\n"
            "Headline inflation has stayed within Bank Indonesia's target range of 1.5% to 3.5% for most of "
            "the past two years.\n\n"
            "Bank Indonesia unexpectedly cut its benchmark rate by 25 basis points in January and held it "
            "steady in February, as it balances support for economic growth against pressure on the rupiah. "
            "Its next policy meeting is scheduled for March 18-19.\n\n"
            "(Reporting by Gayatri Suroyo and Fransiska Nangoy; Editing by Kanupriya Kapoor)"
        ),
    },
    # ------------------------------------------------------------------------------------------------
    # Event 3: earthquake off southern East Java, Monday 10 March 2025 at 20.14 WIB.
    # ------------------------------------------------------------------------------------------------
    {
        "id": "kompas-gempa-1",
        "outlet": "Kompas.com",
        "lang": "id",
        "reference_date": "2025-03-10",
        "text": (
            "MALANG, KOMPAS.com - Gempa bumi bermagnitudo 6,2 mengguncang wilayah selatan Jawa Timur pada "
            "Senin (10/3/2025) pukul 20.14 WIB. Getaran terasa kuat di Kabupaten Malang, Blitar, dan "
            "Lumajang.\n\n"
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat pusat gempa berada di laut, 85 km "
            "barat daya Kabupaten Malang, dengan kedalaman 10 km.\n\n"
            "\"Dengan memperhatikan lokasi episenter dan kedalaman hiposenternya, gempa ini merupakan gempa "
            "dangkal akibat aktivitas subduksi lempeng,\" kata Kepala Pusat Gempa Bumi dan Tsunami BMKG Bayu "
            "Ardiansyah dalam keterangan tertulis. BMKG menyatakan gempa tidak berpotensi tsunami.\n\n"
            "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Malang melaporkan 3 orang meninggal dunia "
            "akibat tertimpa reruntuhan bangunan. Sedikitnya 150 rumah rusak, sebagian besar di Kecamatan "
            "Sumbermanjing Wetan dan Dampit.\n\n"
            "\"Data masih terus bergerak karena tim kami masih melakukan asesmen di lapangan,\" ujar Kepala "
            "Pelaksana BPBD Kabupaten Malang Sugeng Prayitno.\n\n"
            "Hingga pukul 22.00 WIB, BMKG mencatat 12 kali gempa susulan dengan magnitudo terbesar 4,1.\n\n"
            "Warga di sejumlah desa pesisir memilih bertahan di luar rumah dan mendirikan tenda seadanya di "
            "lapangan karena khawatir terjadi gempa susulan yang lebih besar."
        ),
    },
    {
        "id": "detik-gempa-1",
        "outlet": "Detik.com",
        "lang": "id",
        "reference_date": "2025-03-10",
        "text": (
            "Malang - Gempa magnitudo 6,4 mengguncang Kabupaten Malang, Jawa Timur, Senin (10/3/2025) malam. "
            "Sebanyak tiga orang dilaporkan tewas tertimpa bangunan.\n\n"
            "Berdasarkan informasi BMKG, gempa terjadi pukul 20.14 WIB. Episentrum gempa terletak di laut "
            "pada jarak 85 kilometer arah barat daya Kabupaten Malang dengan kedalaman 10 kilometer.\n\n"
            "Kepala Pelaksana BPBD Kabupaten Malang Sugeng Prayitno mengatakan, selain korban jiwa, ratusan "
            "rumah warga mengalami kerusakan.\n\n"
            "\"Untuk sementara ada 157 rumah yang rusak, mulai dari rusak ringan sampai rusak berat. Warga yang "
            "rumahnya rusak berat kami arahkan ke tenda darurat,\" kata Sugeng saat dihubungi detikJatim, "
            "Senin malam.\n\n"
            "Ia menambahkan, tim BPBD bersama TNI dan Polri sudah diterjunkan ke Kecamatan Sumbermanjing Wetan "
            "yang paling parah terdampak.\n\n"
            "Getaran gempa juga dirasakan warga di Kota Malang. Sejumlah pengunjung pusat perbelanjaan "
            "berhamburan keluar gedung. \"Lampu gantung goyang-goyang, semua orang langsung lari keluar,\" "
            "kata Anisa (27), pengunjung sebuah mal di Jalan Veteran.\n\n"
            "BMKG memastikan gempa tidak berpotensi tsunami. Masyarakat diimbau tetap tenang dan tidak "
            "terpancing isu yang tidak dapat dipertanggungjawabkan kebenarannya."
        ),
    },
    {
        "id": "cnn-gempa-1",
        "outlet": "CNN Indonesia",
        "lang": "id",
        "reference_date": "2025-03-10",
        "text": (
            "Jakarta, CNN Indonesia -- Gempa bermagnitudo 6,2 yang mengguncang wilayah selatan Jawa Timur "
            "pada Minggu (9/3/2025) pukul 20.14 WIB menewaskan tiga orang di Kabupaten Malang.\n\n"
            "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Wahyu Santoso mengatakan ketiga "
            "korban meninggal dunia akibat tertimpa dinding rumah yang roboh.\n\n"
            "\"BPBD masih melakukan pendataan. Sementara ini tercatat lebih dari 150 rumah rusak di Kabupaten "
            "Malang,\" kata Wahyu dalam keterangannya, Senin (10/3) malam.\n\n"
            "Menurut BMKG, pusat gempa berada di laut pada kedalaman 10 km dan tidak berpotensi tsunami.\n\n"
            "BNPB telah mengirimkan bantuan logistik berupa tenda, selimut, makanan siap saji, dan terpal ke "
            "lokasi terdampak. Tim reaksi cepat juga diterjunkan untuk membantu pendataan kerusakan.\n\n"
            "Wilayah selatan Jawa merupakan salah satu kawasan paling rawan gempa di Indonesia karena "
            "berhadapan langsung dengan zona subduksi Lempeng Indo-Australia dan Lempeng Eurasia. Pada April "
            "2021, gempa magnitudo 6,1 di selatan Malang juga merusak ribuan rumah di Jawa Timur."
        ),
    },
    {
        "id": "ap-gempa-1",
        "outlet": "AP",
        "lang": "en",
        "reference_date": "2025-03-10",
        "text": (
            "JAKARTA, Indonesia (AP) — A strong earthquake struck off the southern coast of Indonesia's main "
            "island of Java on Monday night, killing three people and damaging more than 150 homes, "
            "officials said.\n\n"
            "The magnitude 6.2 quake was centered at sea 85 kilometers (53 miles) southwest of Malang "
            "district in East Java province, at a depth of 10 kilometers (6 miles), according to Indonesia's "
            "Meteorology, Climatology and Geophysical Agency. It struck at 8:14 p.m. local time.\n\n"
            "The agency said there was no threat of a tsunami.\n\n"
            "The victims were killed when walls of their homes collapsed, said Sugeng Prayitno, who heads the "
            "Malang disaster mitigation agency. He said rescuers were still assessing damage in remote "
            "coastal villages.\n\n"
            "\"Many people ran out of their houses and are afraid to go back inside tonight,\" Prayitno said.\n\n"
            "The quake was felt strongly in several cities in East Java, including Malang and Blitar, where "
            "videos on social media showed people fleeing shopping malls.\n\n"
            "Indonesia, a vast archipelago of more than 270 million people, is frequently struck by "
            "earthquakes, volcanic eruptions and tsunamis because of its location on the \u201cRing of "
            "Fire,\u201d an arc of volcanoes and fault lines in the Pacific Basin.\n\n"
            "In November 2022, a magnitude 5.6 earthquake killed hundreds of people in West Java's Cianjur "
            "city."
        ),
    },
    {
        "id": "antara-gempa-1",
        "outlet": "Antara",
        "lang": "id",
        "reference_date": "2025-03-11",
        "text": (
            "Malang (ANTARA) - Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Malang, Jawa Timur, "
            "mencatat korban meninggal dunia akibat gempa bermagnitudo 6,2 yang terjadi pada Senin (10/3) "
            "malam bertambah menjadi empat orang.\n\n"
            "Kepala Pelaksana BPBD Kabupaten Malang Sugeng Prayitno di Malang, Selasa, mengatakan korban "
            "keempat merupakan warga lanjut usia di Kecamatan Dampit yang sempat dirawat di rumah sakit karena "
            "luka berat.\n\n"
            "\"Hingga Selasa siang, jumlah rumah rusak yang terdata mencapai 213 unit. Angka ini kemungkinan "
            "masih bertambah,\" kata Sugeng.\n\n"
            "Ia merinci, dari jumlah itu 41 rumah rusak berat, 68 rusak sedang, dan 104 rusak ringan.\n\n"
            "Sebanyak 640 warga dari tiga desa pesisir di Kecamatan Sumbermanjing Wetan memilih mengungsi ke "
            "tenda darurat dan balai desa karena khawatir terjadi gempa susulan.\n\n"
            "BMKG mencatat hingga Selasa pukul 06.00 WIB telah terjadi 46 kali gempa susulan dengan magnitudo "
            "2,8 hingga 4,1.\n\n"
            "Pemerintah Kabupaten Malang menetapkan status tanggap darurat bencana selama tujuh hari untuk "
            "mempercepat penanganan korban dan perbaikan rumah warga."
        ),
    },
    # ------------------------------------------------------------------------------------------------
    # Event 4: Veltro Semiconductor (fictional US chipmaker), fiscal second quarter ended March 1,
    # reported Wednesday 12 March 2025.
    # ------------------------------------------------------------------------------------------------
    {
        "id": "reuters-veltro-1",
        "outlet": "Reuters",
        "lang": "en",
        "reference_date": "2025-03-12",
        "text": (
            "March 12 (Reuters) - Veltro Semiconductor forecast third-quarter revenue above Wall Street "
            "estimates on Wednesday, betting on strong demand for its networking chips used in artificial "
            "intelligence data centers, and its shares rose 6% in extended trading.\n\n"
            "The Austin, Texas-based company expects revenue of $4.4 billion to $4.6 billion for the quarter "
            "ending in May, compared with analysts' average estimate of $4.32 billion, according to data "
            "compiled by LSEG.\n\n"
            "Revenue in the second quarter ended March 1 rose 18% to $4.21 billion, beating estimates of "
            "$4.15 billion.\n\n"
            "Net income rose 12% to $812 million, or $1.34 per share, from $725 million, or $1.19 per share, "
            "a year earlier.\n\n"
            "Sales at its data center unit jumped 41% to $1.9 billion, as cloud companies raced to link "
            "together ever larger clusters of AI processors.\n\n"
            "\"Customers building out AI clusters are moving faster than we expected,\" Chief Executive Maria "
            "Lindqvist said on a call with analysts.\n\n"
            "(Reporting by Arsheeya Bajwa in Bengaluru; Editing by Shinjini Ganguli)"
        ),
    },
    {
        "id": "afp-veltro-1",
        "outlet": "AFP",
        "lang": "en",
        "reference_date": "2025-03-12",
        "text": (
            "New York (AFP) - US chipmaker Veltro Semiconductor on Wednesday reported a 12 percent rise in "
            "quarterly profit, as booming investment in artificial intelligence data centers lifted demand "
            "for its networking chips.\n\n"
            "Net income in the three months to March 1 reached $812 million, the Texas-based group said, "
            "while revenue climbed 18 percent to $4.2 billion.\n\n"
            "\"Demand for AI infrastructure remains extremely strong, and we are adding capacity as fast as we "
            "responsibly can,\" chief executive Maria Lindqvist said in a statement.\n\n"
            "The company forecast revenue of between $4.4 billion and $4.6 billion in the current quarter.\n\n"
            "Shares in Veltro rose about 6 percent in after-hours trading.\n\n"
            "The results come as investors fret over the impact of US President Donald Trump's tariffs on the "
            "global semiconductor supply chain. Veltro, which employs some 21,000 people worldwide, "
            "generates roughly a quarter of its sales in China, according to company filings.\n\n"
            "Chipmakers have ridden a wave of spending by tech giants racing to build the computing power "
            "needed for generative AI, though the rally has stalled in recent weeks on fears of an economic "
            "slowdown."
        ),
    },
    {
        "id": "bbc-veltro-1",
        "outlet": "BBC",
        "lang": "en",
        "reference_date": "2025-03-12",
        "text": (
            "US chipmaker Veltro Semiconductor has reported a 21% jump in quarterly profits, as tech firms "
            "continue to pour money into data centres for artificial intelligence (AI).\n\n"
            "The Texas-based firm made a net profit of $812m in the three months to 1 March, while revenue "
            "rose 18% to $4.2bn. Its shares rose in after-hours trading in New York.\n\n"
            "Veltro makes networking chips that link together the thousands of processors inside AI data "
            "centres, a market that has boomed since the launch of ChatGPT in late 2022.\n\n"
            "\"Customers building out AI clusters are moving faster than we expected,\" boss Maria Lindqvist "
            "told analysts.\n\n"
            "But some analysts have questioned whether the spending spree by big tech firms can last. Earlier "
            "this year, shares in chipmakers fell sharply after Chinese start-up DeepSeek claimed it had built "
            "a competitive AI model at a fraction of the cost.\n\n"
            "Veltro also faces uncertainty over trade, after President Donald Trump threatened tariffs on "
            "imported semiconductors.\n\n"
            "Tom Harris, an analyst at Hargreave Securities, said: \"These are strong numbers, but the market "
            "will want to see whether the guidance holds up if tariffs start to bite.\""
        ),
    },
    # ------------------------------------------------------------------------------------------------
    # Event 5: Skyvale Airlines (fictional) A320 runway excursion at Birmingham Airport,
    # Saturday 15 March 2025 at about 11:40 GMT.
    # ------------------------------------------------------------------------------------------------
    {
        "id": "bbc-runway-1",
        "outlet": "BBC",
        "lang": "en",
        "reference_date": "2025-03-15",
        "text": (
            "A passenger plane has skidded off the runway while landing in heavy rain at Birmingham Airport, "
            "leaving four people with minor injuries.\n\n"
            "The Skyvale Airlines Airbus A320, arriving from Alicante with 174 passengers and six crew on "
            "board, came to a stop on grass beside the runway at about 11:40 GMT on Saturday.\n\n"
            "Passengers left the aircraft using stairs and were taken to the terminal by bus. West Midlands "
            "Ambulance Service said four people were taken to hospital as a precaution.\n\n"
            "The runway was closed for four hours while the aircraft was recovered, with more than 60 flights "
            "cancelled or diverted to East Midlands and Manchester.\n\n"
            "One passenger, Sarah Okafor, 34, said: \"We hit the ground quite hard and then it felt like we "
            "were sliding sideways. People were screaming.\"\n\n"
            "Flight tracking data suggested the plane touched down at about 240km/h (150mph) in gusty "
            "crosswinds.\n\n"
            "The Air Accidents Investigation Branch (AAIB) said it had sent a team to the airport. Skyvale "
            "Airlines said it was \"co-operating fully\" with investigators.\n\n"
            "The Met Office had issued a yellow weather warning for rain and wind across the Midlands on "
            "Saturday."
        ),
    },
    {
        "id": "ap-runway-1",
        "outlet": "AP",
        "lang": "en",
        "reference_date": "2025-03-15",
        "text": (
            "LONDON (AP) — A Skyvale Airlines jet with 180 people on board slid off a runway while landing in "
            "heavy rain at Birmingham Airport in central England on Saturday, injuring four people and "
            "closing the runway for six hours, officials said.\n\n"
            "The Airbus A320, arriving from the Spanish city of Alicante, came to rest on grass beside the "
            "runway shortly before noon. All 174 passengers and six crew members were evacuated using "
            "stairs, the airport said in a statement.\n\n"
            "Four people were taken to a hospital with minor injuries, the ambulance service said.\n\n"
            "Flight-tracking data showed the plane was traveling at roughly 130 knots (150 mph) when it "
            "touched down in gusty crosswinds.\n\n"
            "Britain's Air Accidents Investigation Branch said it was investigating.\n\n"
            "\"The safety of our passengers and crew is always our first priority,\" Skyvale said in a "
            "statement, adding that it was cooperating fully with the investigation.\n\n"
            "Dozens of flights were canceled or diverted to other airports, including Manchester and East "
            "Midlands, while the runway was closed.\n\n"
            "Skyvale, a low-cost carrier founded in 2011, operates a fleet of 38 Airbus jets from eight U.K. "
            "bases."
        ),
    },
    # ------------------------------------------------------------------------------------------------
    # Event 6: PT Kapal Niaga Nusantara (Persero) Tbk (KNN, fictional state shipping company), results
    # for financial year 2024, published Thursday 20 March 2025.
    # ------------------------------------------------------------------------------------------------
    {
        "id": "detik-bumn-1",
        "outlet": "Detik.com",
        "lang": "id",
        "reference_date": "2025-03-20",
        "text": (
            "Jakarta - PT Kapal Niaga Nusantara (Persero) Tbk (KNN) masih mencatatkan rugi bersih sepanjang "
            "2024. Namun, kerugian BUMN pelayaran itu menyusut dari Rp 2,1 triliun pada 2023 menjadi Rp 1,2 "
            "triliun.\n\n"
            "Berdasarkan laporan keuangan yang dipublikasikan di keterbukaan informasi Bursa Efek Indonesia "
            "(BEI), Kamis (20/3/2025), pendapatan perseroan tercatat Rp 9,8 triliun atau naik 6,5 persen "
            "dibandingkan tahun sebelumnya.\n\n"
            "Direktur Utama KNN Hendra Wiratmaja mengatakan perbaikan kinerja ditopang kenaikan volume "
            "angkutan peti kemas dan efisiensi biaya bahan bakar.\n\n"
            "\"Kami berhasil menekan beban bahan bakar hampir 9 persen lewat peremajaan armada dan optimalisasi "
            "rute. Targetnya, perseroan sudah bisa mencetak laba pada 2026,\" ujar Hendra dalam paparan kinerja "
            "di Jakarta.\n\n"
            "Meski begitu, beban bunga perseroan masih tinggi. Total utang KNN per akhir Desember 2024 "
            "mencapai Rp 18,4 triliun, sebagian besar berupa pinjaman sindikasi untuk pembelian kapal.\n\n"
            "Hendra menambahkan, manajemen tengah menyiapkan restrukturisasi utang dengan sejumlah bank BUMN. "
            "Perseroan juga mengajukan penyertaan modal negara (PMN) sebesar Rp 3 triliun untuk menambah "
            "armada kapal peti kemas."
        ),
    },
    {
        "id": "tempo-bumn-1",
        "outlet": "Tempo",
        "lang": "id",
        "reference_date": "2025-03-20",
        "text": (
            "TEMPO.CO, Jakarta - BUMN pelayaran PT Kapal Niaga Nusantara (Persero) Tbk atau KNN membukukan rugi "
            "bersih Rp 1,5 triliun sepanjang 2024. Kerugian itu lebih kecil dibandingkan rugi tahun sebelumnya "
            "sebesar Rp 2,1 triliun.\n\n"
            "Dalam laporan keuangan tahun buku 2024 yang dirilis pada Kamis, 20 Maret 2025, KNN membukukan "
            "pendapatan Rp 9,76 triliun. Direktur Keuangan KNN Melati Purnamasari mengatakan lonjakan volume "
            "kargo di rute domestik menjadi penopang utama pendapatan.\n\n"
            "\"Volume angkutan peti kemas kami naik dua digit, tetapi beban keuangan masih menekan kinerja "
            "bottom line,\" kata Melati dalam paparan publik di Jakarta.\n\n"
            "Perseroan mengajukan penyertaan modal negara atau PMN senilai Rp 3 triliun. Menurut Melati, "
            "suntikan modal itu akan digunakan untuk membeli enam kapal peti kemas baru.\n\n"
            "Anggota Komisi VI DPR, Bambang Wicaksono, meminta manajemen memaparkan rencana bisnis yang "
            "jelas sebelum usulan PMN dibahas. \"Jangan sampai PMN hanya dipakai untuk menambal kerugian. Kami "
            "minta ada target kinerja yang terukur,\" ujar Bambang.\n\n"
            "Saham KNN ditutup melemah 2,4 persen ke level Rp 208 per saham pada perdagangan Kamis."
        ),
    },
    {
        "id": "antara-bumn-1",
        "outlet": "Antara",
        "lang": "id",
        "reference_date": "2025-03-20",
        "text": (
            "Jakarta (ANTARA) - BUMN pelayaran PT Kapal Niaga Nusantara (Persero) Tbk (KNN) membukukan rugi "
            "bersih Rp1.200 miliar sepanjang 2024, lebih rendah dibandingkan tahun sebelumnya.\n\n"
            "Direktur Utama KNN Hendra Wiratmaja di Jakarta, Kamis, mengatakan perseroan menargetkan kembali "
            "meraih laba pada 2026.\n\n"
            "\"Program transformasi yang kami jalankan mulai membuahkan hasil, terlihat dari pendapatan yang "
            "tumbuh dan rugi yang makin kecil,\" katanya.\n\n"
            "Menurut Hendra, pendapatan perseroan sepanjang 2024 naik 6,5 persen menjadi Rp9,8 triliun, "
            "ditopang pertumbuhan volume peti kemas sebesar 11 persen.\n\n"
            "Ia menjelaskan, saat ini KNN mengoperasikan 54 kapal yang melayani 32 rute domestik dan empat rute "
            "internasional. Perseroan juga menutup sejumlah rute yang tidak menguntungkan dan mengalihkan "
            "kapalnya ke jalur dengan permintaan lebih tinggi.\n\n"
            "Kementerian BUMN sebelumnya meminta KNN menyusun peta jalan penyehatan keuangan, termasuk "
            "restrukturisasi utang dan penjualan aset yang tidak produktif, sebelum usulan penyertaan modal "
            "negara dibahas bersama DPR."
        ),
    },
    {
        "id": "reuters-bumn-1",
        "outlet": "Reuters",
        "lang": "en",
        "reference_date": "2025-03-20",
        "text": (
            "JAKARTA, March 20 (Reuters) - Indonesian state shipping company PT Kapal Niaga Nusantara posted "
            "a net loss of 1.2 trillion rupiah ($73 million) for 2024, narrower than a year earlier, as higher "
            "container volumes lifted revenue, its financial statement showed on Thursday.\n\n"
            "Revenue rose 6.5% to 9.76 trillion rupiah, the company said in a filing to the Indonesia Stock "
            "Exchange. Total debt stood at 18.4 trillion rupiah at the end of December.\n\n"
            "The company, known as KNN, has asked the government for a 3 trillion rupiah capital injection to "
            "buy new container ships, chief executive Hendra Wiratmaja told reporters.\n\n"
            "\"We expect to return to profit in 2026 if fuel prices remain stable,\" Wiratmaja said.\n\n"
            "KNN is among dozens of state-owned enterprises that President Prabowo Subianto's government plans "
            "to move under Danantara, a new sovereign wealth fund launched last month to manage more than "
            "$900 billion in state assets.\n\n"
            "Shares of KNN fell 2.4% on Thursday, underperforming the broader market.\n\n"
            "(Reporting by Ananda Teresia; Editing by Sonali Paul)"
        ),
    },
]


PLANTED: list[dict] = [
    {
        "name": "banjir-bekasi-tewas",
        "kind": "quantity",
        "figures": {
            "kompas-banjir-1": "12",
            "cnn-longsor-1": "12",
            "reuters-banjir-1": "12",
            "detik-banjir-1": "15",
        },
        "note": "flood death toll in Kota Bekasi, all from BPBD as of Tuesday 4 March 2025 morning: "
        "12 (Kompas, CNN Indonesia, Reuters) vs 15 (Detik)",
    },
    {
        "name": "inflasi-februari-2025-tahunan",
        "kind": "percent",
        "figures": {
            "kompas-inflasi-1": "2,48 persen",
            "antara-inflasi-1": "2,5 persen",
            "cnn-inflasi-1": "2,48 persen",
            "reuters-inflasi-1": "2.48%",
            "tempo-inflasi-1": "2,8 persen",
        },
        "note": "Indonesia's annual (yoy) headline inflation for February 2025: 2,48/2,5 (agree) vs 2,8 (Tempo)",
    },
    {
        "name": "gempa-malang-magnitudo",
        "kind": "quantity",
        "figures": {
            "kompas-gempa-1": "6,2",
            "cnn-gempa-1": "6,2",
            "ap-gempa-1": "6.2",
            "antara-gempa-1": "6,2",
            "detik-gempa-1": "6,4",
        },
        "note": "BMKG magnitude of the 10 March 2025 East Java main shock: 6,2 vs 6,4 (Detik)",
    },
    {
        "name": "gempa-malang-tanggal",
        "kind": "date",
        "figures": {
            "kompas-gempa-1": "Senin (10/3/2025)",
            "detik-gempa-1": "Senin (10/3/2025)",
            "ap-gempa-1": "Monday",
            "antara-gempa-1": "Senin (10/3)",
            "cnn-gempa-1": "Minggu (9/3/2025)",
        },
        "note": "the day the quake struck (20.14 WIB): Monday 10 March 2025 vs Sunday 9 March 2025 (CNN Indonesia)",
    },
    {
        "name": "knn-rugi-bersih-2024",
        "kind": "money",
        "figures": {
            "detik-bumn-1": "Rp 1,2 triliun",
            "antara-bumn-1": "Rp1.200 miliar",
            "reuters-bumn-1": "1.2 trillion rupiah",
            "tempo-bumn-1": "Rp 1,5 triliun",
        },
        "note": "KNN net loss for financial year 2024: Rp 1,2 triliun = Rp1.200 miliar = 1.2 trillion rupiah "
        "vs Rp 1,5 triliun (Tempo)",
    },
    {
        "name": "veltro-laba-naik",
        "kind": "percent",
        "figures": {
            "reuters-veltro-1": "12%",
            "afp-veltro-1": "12 percent",
            "bbc-veltro-1": "21%",
        },
        "note": "rise in Veltro's quarterly net income (quarter to March 1) from a year earlier: 12% vs 21% (BBC)",
    },
    {
        "name": "birmingham-runway-ditutup",
        "kind": "duration",
        "figures": {
            "bbc-runway-1": "four hours",
            "ap-runway-1": "six hours",
        },
        "note": "how long the Birmingham runway was closed on Saturday 15 March 2025: four hours vs six hours",
    },
]


TRAPS: list[dict] = [
    # --- the same value written differently --------------------------------------------------------
    {
        "name": "knn-rugi-format",
        "figures": {
            "detik-bumn-1": "Rp 1,2 triliun",
            "antara-bumn-1": "Rp1.200 miliar",
            "reuters-bumn-1": "1.2 trillion rupiah",
        },
        "why_not_a_conflict": "the same net loss written as triliun, miliar and English 'trillion rupiah' "
        "(these three agree; only Tempo's Rp 1,5 triliun is planted)",
    },
    {
        "name": "banjir-kedalaman-satuan",
        "figures": {
            "kompas-banjir-1": "1,5 meter",
            "detik-banjir-1": "150 sentimeter",
            "reuters-banjir-1": "1.5 metres",
        },
        "why_not_a_conflict": "flood depth in Taman Kali Asri: 1,5 m = 150 cm = 1.5 metres (Reuters' '5 feet' "
        "in the same sentence is the same depth converted; 'up to' also covers it)",
    },
    {
        "name": "gempa-kedalaman-jarak-satuan",
        "figures": {
            "kompas-gempa-1": "10 km",
            "detik-gempa-1": "10 kilometer",
            "cnn-gempa-1": "10 km",
            "ap-gempa-1": "6 miles",
        },
        "why_not_a_conflict": "quake depth 10 km = 10 kilometer = 6 miles (6 mi covers 9.2-10.1 km); the "
        "epicentre distance '85 km' / '85 kilometer' / '53 miles' is a different length of the same quake "
        "and agrees with itself too",
    },
    {
        "name": "runway-kecepatan-satuan",
        "figures": {
            "bbc-runway-1": "240km/h",
            "ap-runway-1": "130 knots",
        },
        "why_not_a_conflict": "touchdown speed: about 240 km/h (150mph) = roughly 130 knots (150 mph)",
    },
    {
        "name": "banjir-tanggap-darurat-durasi",
        "figures": {
            "kompas-banjir-1": "14 hari",
            "detik-banjir-1": "dua pekan",
        },
        "why_not_a_conflict": "the Bekasi emergency status: 14 days = two weeks",
    },
    # --- rounding, 'sekitar'/'about' and comparators that still agree --------------------------------
    {
        "name": "banjir-rumah-terendam-pembulatan",
        "figures": {
            "kompas-banjir-1": "312",
            "detik-banjir-1": "300",
            "reuters-banjir-1": "300",
        },
        "why_not_a_conflict": "houses submerged in Bekasi on 4 March: 312 vs 'sekitar 300' vs 'about 300' "
        "(±10% covers 270-330)",
    },
    {
        "name": "banjir-pengungsi-pembanding",
        "figures": {
            "kompas-banjir-1": "1.200",
            "detik-banjir-1": "1.100",
            "reuters-banjir-1": "1,000",
        },
        "why_not_a_conflict": "evacuees on 4 March: 1.200 vs 'lebih dari 1.100' vs 'more than 1,000' (CNN "
        "Indonesia's 'lebih dari seribu' too): every 'more than' lies below 1.200",
    },
    {
        "name": "inflasi-pembulatan",
        "figures": {
            "kompas-inflasi-1": "2,48 persen",
            "antara-inflasi-1": "2,5 persen",
            "reuters-inflasi-1": "2.48%",
        },
        "why_not_a_conflict": "2,5 persen is 2,48 persen rounded (2,5 covers 2,45-2,55); core inflation "
        "'2,3 persen' (Antara) and '2.30%' (Reuters) agree the same way",
    },
    {
        "name": "gempa-rumah-rusak-pembanding",
        "figures": {
            "kompas-gempa-1": "150",
            "detik-gempa-1": "157",
            "cnn-gempa-1": "150",
            "ap-gempa-1": "150",
        },
        "why_not_a_conflict": "damaged houses on 10 March: 'sedikitnya 150', 157, 'lebih dari 150', "
        "'more than 150' all cover 157",
    },
    {
        "name": "veltro-pendapatan-pembulatan",
        "figures": {
            "reuters-veltro-1": "$4.21 billion",
            "afp-veltro-1": "$4.2 billion",
            "bbc-veltro-1": "$4.2bn",
        },
        "why_not_a_conflict": "quarterly revenue $4.21 billion rounded to $4.2 billion / $4.2bn",
    },
    {
        "name": "knn-pendapatan-pembulatan",
        "figures": {
            "detik-bumn-1": "Rp 9,8 triliun",
            "tempo-bumn-1": "Rp 9,76 triliun",
            "antara-bumn-1": "Rp9,8 triliun",
            "reuters-bumn-1": "9.76 trillion rupiah",
        },
        "why_not_a_conflict": "KNN 2024 revenue: Rp 9,76 triliun rounded to Rp 9,8 triliun",
    },
    {
        "name": "veltro-saham-sekitar",
        "figures": {
            "reuters-veltro-1": "6%",
            "afp-veltro-1": "6 percent",
        },
        "why_not_a_conflict": "after-hours share move: 6% and 'about 6 percent'",
    },
    # --- different things that share a noun, a unit or a number ---------------------------------------
    {
        "name": "banjir-hal-berbeda",
        "figures": {
            "kompas-banjir-1": ["12", "312", "1.200"],
        },
        "why_not_a_conflict": "12 dead, 312 houses submerged and 1.200 evacuees are three different counts "
        "of the same flood on the same day",
    },
    {
        "name": "runway-penumpang-vs-orang-di-pesawat",
        "figures": {
            "bbc-runway-1": "174",
            "ap-runway-1": "180",
        },
        "why_not_a_conflict": "174 passengers vs 180 people on board (174 passengers + six crew): different "
        "things counted",
    },
    {
        "name": "inflasi-tahunan-bulanan-inti",
        "figures": {
            "antara-inflasi-1": ["2,5 persen", "0,15 persen", "2,3 persen"],
            "reuters-inflasi-1": "0.15%",
        },
        "why_not_a_conflict": "annual headline (2,5), monthly (0,15) and core (2,3) inflation for the same "
        "month are different measures",
    },
    {
        "name": "veltro-pendapatan-vs-laba",
        "figures": {
            "reuters-veltro-1": ["18%", "12%", "41%"],
            "afp-veltro-1": "18 percent",
        },
        "why_not_a_conflict": "revenue rose 18%, net income 12%, data-centre sales 41%: different things",
    },
    {
        "name": "gempa-magnitudo-susulan-dan-gempa-lama",
        "figures": {
            "kompas-gempa-1": "4,1",
            "cnn-gempa-1": "6,1",
            "ap-gempa-1": "5.6",
        },
        "why_not_a_conflict": "4,1 is the largest aftershock, 6,1 the April 2021 Malang quake, 5.6 the 2022 "
        "Cianjur quake: none is the magnitude of the 10 March main shock",
    },
    {
        "name": "perkiraan-vs-realisasi",
        "figures": {
            "reuters-inflasi-1": ["2.40%", "2.48%"],
            "reuters-veltro-1": ["$4.15 billion", "$4.21 billion"],
        },
        "why_not_a_conflict": "a forecast (Reuters poll, analysts' estimate) is not the reported figure",
    },
    # --- the same kind of figure for different places --------------------------------------------------
    {
        "name": "korban-tewas-bogor-vs-bekasi",
        "figures": {
            "cnn-longsor-1": "Lima",
            "reuters-banjir-1": "five",
            "kompas-banjir-1": "12",
        },
        "why_not_a_conflict": "5 dead in the Bogor landslide, 12 dead in the Bekasi flood: different places",
    },
    {
        "name": "inflasi-provinsi-vs-nasional",
        "figures": {
            "cnn-inflasi-1": ["4,12 persen", "0,21 persen", "2,48 persen"],
        },
        "why_not_a_conflict": "Papua Selatan (4,12) and Gorontalo (deflation 0,21) are provinces, 2,48 is "
        "national",
    },
    # --- updates on different days ----------------------------------------------------------------------
    {
        "name": "banjir-korban-bertambah",
        "figures": {
            "antara-banjir-1": "10",
            "kompas-banjir-1": "12",
            "tempo-banjir-1": "16",
            "afp-banjir-1": "16",
        },
        "why_not_a_conflict": "the Bekasi toll rose: 10 on 3 March, 12 on 4 March, 16 on 5 March",
    },
    {
        "name": "banjir-pengungsi-berubah",
        "figures": {
            "antara-banjir-1": "800",
            "kompas-banjir-1": "1.200",
            "tempo-banjir-1": "600",
        },
        "why_not_a_conflict": "evacuees: about 800 on 3 March, 1.200 on 4 March, about 600 on 5 March",
    },
    {
        "name": "gempa-korban-dan-rumah-bertambah",
        "figures": {
            "kompas-gempa-1": "3 orang",
            "detik-gempa-1": "157",
            "antara-gempa-1": ["empat", "213"],
        },
        "why_not_a_conflict": "10 March: 3 dead and 157 damaged houses; 11 March (Antara): four dead and 213 "
        "houses. Likewise 12 aftershocks by 22.00 WIB on 10 March (Kompas) vs 46 by 06.00 WIB on 11 March "
        "(Antara)",
    },
    {
        "name": "banjir-jakarta-2020",
        "figures": {
            "afp-banjir-1": "60",
            "reuters-banjir-1": "12",
        },
        "why_not_a_conflict": "'more than 60 people' killed in January 2020 is another flood in another period",
    },
    {
        "name": "musim-hujan-puncak-vs-rentang",
        "figures": {
            "reuters-banjir-1": "December and February",
            "afp-banjir-1": "November to April",
        },
        "why_not_a_conflict": "the months the rainy season peaks (Reuters) vs the months it runs (AFP): "
        "different things, and general background rather than a dated fact",
    },
    # --- rupiah vs dollars -----------------------------------------------------------------------------
    {
        "name": "rupiah-vs-dolar",
        "figures": {
            "tempo-banjir-1": "Rp 850 miliar",
            "afp-banjir-1": "$52 million",
            "detik-bumn-1": "Rp 1,2 triliun",
            "reuters-bumn-1": "$73 million",
        },
        "why_not_a_conflict": "the flood damage and the KNN loss in rupiah and their dollar conversions: no "
        "exchange rate, not compared (AFP's '850 billion rupiah' agrees with Tempo's 'Rp 850 miliar')",
    },
    # --- before and after in the same article -----------------------------------------------------------
    {
        "name": "sebelum-sesudah-satu-artikel",
        "figures": {
            "kompas-inflasi-1": ["2,1 persen", "2,48 persen"],
            "detik-bumn-1": ["Rp 2,1 triliun", "Rp 1,2 triliun"],
            "reuters-veltro-1": ["$725 million", "$812 million"],
        },
        "why_not_a_conflict": "'naik dari 2,1 persen pada Januari menjadi 2,48 persen', 'menyusut dari Rp 2,1 "
        "triliun pada 2023 menjadi Rp 1,2 triliun', 'to $812 million ... from $725 million a year earlier': "
        "a before and an after",
    },
]
