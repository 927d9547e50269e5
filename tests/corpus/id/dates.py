"""Indonesian corpus for time: date and duration claims.

The texts are written the way Indonesian news is written (Kompas, Tempo, Detik, Antara, CNN Indonesia,
Tribunnews): whole sentences, house styles included (``Selasa (26/8/2025)``, ``pukul 14.00 WIB``,
``kuartal III 2025``, ``triwulan IV-2024``, ``2 tahun 3 bulan penjara``).

What it covers, one group per rule of docs/claims.md ("date", "duration", "Spans"):

- full dates: ``24 Februari 2022``, with a weekday (``Selasa, 26 Agustus 2025``), the Kompas/Tribun dateline form
  ``Selasa (26/8/2025)`` and its short form ``Senin (1/9)``, numeric ``26/8/2025``, ``26-08-2025``, ``2022-02-24``
  (Indonesian numeric dates are day/month/year);
- partial dates: a day and month without a year (``24 Februari``: ``XXXX-02-24``, relative), month and year
  (``Desember 2009``), a month alone (``XXXX-11``), years (``tahun 2050``, ``pada 2014`` → ``2014``,
  ``2014 lalu``), parts of a period (``awal``/``pertengahan``/``akhir`` → modifier), quarters (``kuartal III 2025``,
  ``triwulan II 2025``, ``Q3 2025``), halves (``semester I 2025``), decades (``tahun 1990-an`` → ``199X``);
- relative dates, resolved against ``reference_date``: ``kemarin``, ``hari ini``, ``besok``, ``lusa``,
  ``dua hari lalu``, a weekday alone (``Senin``: the most recent Monday on or before the reference date),
  ``Senin depan`` (the Monday of the following week), weeks (``pekan lalu``, ``Minggu ini`` → ISO week),
  months (``bulan lalu``, ``bulan depan``, ``September lalu``), years (``tahun lalu``, ``tahun ini``,
  ``4 tahun lalu``, ``20 tahun silam``) and their parts (``awal tahun ini``, ``akhir tahun lalu``);
- intervals: ``2006-2012``, ``periode 2019-2024`` → ``2019-2024``, ``1-3 Juli 2024``, ``28 Agustus-1 September
  2025``, ``Januari-Maret 2024``, ``sejak 2019 hingga 2021`` → ``2019 hingga 2021``, ``dari ... sampai ...``,
  ``antara ... dan ...``;
- clock times: alone (``pukul 14.00 WIB`` → ``T14:00+07:00``, WITA +08:00, WIT +09:00, no zone → ``T10:00``) and
  joined to their date in one claim (``Selasa (26/8/2025) pukul 10.00 WIB`` → ``2025-08-26T10:00+07:00``);
- durations: ``selama dua hari`` → ``dua hari`` (``P2D``), ``10 tahun penjara`` → ``10 tahun``, fractions
  (``2,5 jam`` → ``PT150M``, ``1,5 bulan`` → ``P1.5M``, ``satu setengah tahun`` → ``P18M``), compound lengths
  (``2 tahun 3 bulan`` → ``P27M``), one-unit words (``sepekan``, ``sebulan``, ``setahun``), decades and centuries,
  comparators outside the span (``lebih dari 20 tahun`` → ``20 tahun``, ``gt``);
- the line between a duration and a relative date: ``dua hari`` is ``P2D``, ``dua hari lalu`` is a date.

NEGATIVES are texts with no date or duration claim: article numbers (``Pasal 24 ayat (2)``), ``COVID-19``,
counts, scores, phone numbers, road markers, version numbers, money and percent figures, ``RT 05/RW 03``,
frequencies (``Sidang Tahunan``, ``Harian Kompas``) and vague spans (``beberapa tahun``, ``berjam-jam``).

Conventions: ``resolved`` is given only on examples with a ``reference_date`` (and equals ``iso`` for an absolute
date); ``iso`` is ``None`` for a date placed only relative to the day of writing; a weekday name alone has no
``iso``; keys not given are not checked. Sentences avoid ages (``berusia 45 tahun``), rates (``per hari``),
future spans (``dalam dua pekan``, ``dua tahun lagi``), day periods (``Senin malam``) and vague words (``saat ini``,
``kini``, ``belakangan ini``) so that every claim in them is listed.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date", "duration")

EXAMPLES: list[Ex] = [
    # ------------------------------------------------------------------------------------------------------------
    # Full dates: day, month name, year
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Rusia melancarkan invasi besar-besaran ke Ukraina pada 24 Februari 2022.",
        C("date", "24 Februari 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Proklamasi kemerdekaan Indonesia dibacakan Soekarno di Jalan Pegangsaan Timur 56, Jakarta, pada 17 Agustus "
        "1945.",
        C("date", "17 Agustus 1945", iso="1945-08-17", relative=False, granularity="day"),
    ),
    Ex(
        "Gempa bermagnitudo 9,1 yang disusul tsunami melanda Aceh pada 26 Desember 2004 dan menewaskan lebih dari "
        "170.000 orang.",
        C("date", "26 Desember 2004", iso="2004-12-26", granularity="day"),
    ),
    Ex(
        "KPU menetapkan hasil rekapitulasi suara nasional pemilihan presiden pada 20 Maret 2024.",
        C("date", "20 Maret 2024", iso="2024-03-20", granularity="day"),
    ),
    Ex(
        "Prabowo Subianto dan Gibran Rakabuming Raka dilantik sebagai presiden dan wakil presiden pada 20 Oktober "
        "2024.",
        C("date", "20 Oktober 2024", iso="2024-10-20", relative=False, granularity="day"),
    ),
    Ex(
        "Bank Indonesia memangkas suku bunga acuan menjadi 5,75 persen pada 15 Januari 2025.",
        C("date", "15 Januari 2025", iso="2025-01-15", granularity="day"),
    ),
    Ex(
        "Awan panas guguran Gunung Semeru menerjang permukiman warga di Lumajang pada 4 Desember 2021.",
        C("date", "4 Desember 2021", iso="2021-12-04", granularity="day"),
    ),
    Ex(
        "Organisasi Kesehatan Dunia (WHO) menetapkan COVID-19 sebagai pandemi pada 11 Maret 2020.",
        C("date", "11 Maret 2020", iso="2020-03-11", granularity="day"),
        note="COVID-19 is a name, not a year or a date",
    ),
    Ex(
        "KRI Nanggala-402 dinyatakan tenggelam di perairan utara Bali pada 24 April 2021 dengan 53 awak di "
        "dalamnya.",
        C("date", "24 April 2021", iso="2021-04-24", granularity="day"),
    ),
    Ex(
        "Tragedi Kanjuruhan terjadi seusai laga Arema FC melawan Persebaya pada 1 Oktober 2022 dan menewaskan 135 "
        "orang.",
        C("date", "1 Oktober 2022", iso="2022-10-01", granularity="day"),
    ),
    Ex(
        "Sidang perdana perkara tersebut dijadwalkan berlangsung pada 3 September 2025 di Pengadilan Negeri Jakarta "
        "Selatan.",
        C("date", "3 September 2025", iso="2025-09-03", granularity="day"),
    ),
    Ex(
        "Jembatan Suramadu yang menghubungkan Surabaya dan Madura diresmikan pada 10 Juni 2009.",
        C("date", "10 Juni 2009", iso="2009-06-10", granularity="day"),
    ),
    Ex(
        "Mulai 1 Januari 2025, tarif PPN naik menjadi 12 persen untuk barang mewah.",
        C("date", "1 Januari 2025", iso="2025-01-01", granularity="day"),
    ),
    Ex(
        "Pemerintah resmi menaikkan harga BBM bersubsidi per 3 September 2022.",
        C("date", "3 September 2022", iso="2022-09-03", granularity="day"),
    ),
    Ex(
        "Gedung utama Kejaksaan Agung di Jakarta Selatan terbakar pada 22 Agustus 2020.",
        C("date", "22 Agustus 2020", iso="2020-08-22", granularity="day"),
    ),
    Ex(
        "Gunung Marapi di Sumatera Barat meletus pada 3 Desember 2023 dan menewaskan 24 pendaki.",
        C("date", "3 Desember 2023", iso="2023-12-03", granularity="day"),
    ),
    Ex(
        "Putusan kasasi itu dibacakan pada 8 Mei 2025, sementara berkas perkara diterima Mahkamah Agung pada "
        "14 Februari 2025.",
        C("date", "8 Mei 2025", iso="2025-05-08", granularity="day"),
        C("date", "14 Februari 2025", iso="2025-02-14", granularity="day"),
    ),
    Ex(
        "Harga minyak goreng curah ditetapkan Rp 14.000 per liter sejak 1 Februari 2022.",
        C("date", "1 Februari 2022", iso="2022-02-01", granularity="day"),
    ),
    Ex(
        "Menurut catatan BMKG, gempa susulan terakhir terjadi pada 30 November 2022.",
        C("date", "30 November 2022", iso="2022-11-30", granularity="day"),
    ),
    Ex(
        "Tersangka ditahan di Rutan Salemba terhitung sejak 12 Juli 2025, kata Kapolres.",
        C("date", "12 Juli 2025", iso="2025-07-12", granularity="day"),
        reference_date="2025-07-20",
        note="an absolute date resolves to itself",
    ),
    Ex(
        "Turnamen berhadiah total 1,3 juta dolar AS itu berlangsung 4 hingga 9 Juni, sedangkan libur sekolah "
        "berlangsung 28 Desember hingga 3 Januari.",
        C("date", "4 hingga 9 Juni", iso="XXXX-06-04/XXXX-06-09", resolved="2024-06-04/2024-06-09"),
        C("date", "28 Desember hingga 3 Januari", iso="XXXX-12-28/XXXX-01-03", resolved="2023-12-28/2024-01-03"),
        reference_date="2024-06-07",
        note="a yearless span resolves as one: both ends in the same year, or the end in the next",
    ),
    Ex(
        "OJK memberi tenggat hingga 31 Desember ini, rapat digelar 8 Januari mendatang, dan aturan itu terbit "
        "12 Agustus lalu.",
        C("date", "31 Desember ini", resolved="2024-12-31"),
        C("date", "8 Januari mendatang", resolved="2025-01-08"),
        C("date", "12 Agustus lalu", resolved="2024-08-12"),
        reference_date="2024-10-15",
        note="a shift word after a day and month is part of it and names its year",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Full dates with a weekday: "Selasa, 26 Agustus 2025" (one claim, weekday in the span)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Presiden Prabowo Subianto menyampaikan pidato kenegaraan di Gedung DPR/MPR, Jakarta, Jumat, 15 Agustus "
        "2025.",
        C("date", "Jumat, 15 Agustus 2025", iso="2025-08-15", relative=False, granularity="day"),
    ),
    Ex(
        "Ribuan mahasiswa berunjuk rasa di depan Gedung DPR pada Selasa, 26 Agustus 2025.",
        C("date", "Selasa, 26 Agustus 2025", iso="2025-08-26", granularity="day"),
    ),
    Ex(
        "Rapat paripurna DPR mengesahkan revisi UU TNI menjadi undang-undang pada Kamis, 20 Maret 2025.",
        C("date", "Kamis, 20 Maret 2025", iso="2025-03-20", granularity="day"),
    ),
    Ex(
        "Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin, 21 November 2022.",
        C("date", "Senin, 21 November 2022", iso="2022-11-21", granularity="day"),
    ),
    Ex(
        "Pemungutan suara pemilu serentak digelar pada Rabu, 14 Februari 2024, di lebih dari 820.000 TPS.",
        C("date", "Rabu, 14 Februari 2024", iso="2024-02-14", granularity="day"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # The dateline form: weekday with (day/month/year) or (day/month)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Kepala Pusat Data BNPB Abdul Muhari mengatakan banjir merendam 1.200 rumah warga, Selasa (26/8/2025).",
        C("date", "Selasa (26/8/2025)", iso="2025-08-26", relative=False, granularity="day"),
    ),
    Ex(
        "Hal itu disampaikan Menteri Keuangan dalam konferensi pers di Jakarta, Kamis (3/7/2025).",
        C("date", "Kamis (3/7/2025)", iso="2025-07-03", granularity="day"),
    ),
    Ex(
        "Polisi menangkap tiga tersangka pengedar sabu di Medan, Minggu (31/8/2025).",
        C("date", "Minggu (31/8/2025)", iso="2025-08-31", granularity="day"),
        note="Minggu with a date is Sunday",
    ),
    Ex(
        "Kapolda Metro Jaya memastikan situasi di sekitar Istana Merdeka kondusif, Sabtu (30/8/2025).",
        C("date", "Sabtu (30/8/2025)", iso="2025-08-30", granularity="day"),
        reference_date="2025-08-30",
        note="the dateline date equals the reference date",
    ),
    Ex(
        "Wakil Presiden meninjau posko pengungsian di Cianjur, Rabu (15/1/2025).",
        C("date", "Rabu (15/1/2025)", iso="2025-01-15", resolved="2025-01-15", granularity="day"),
        reference_date="2025-01-16",
    ),
    Ex(
        "Harga emas Antam naik Rp 12.000 menjadi Rp 1.950.000 per gram pada perdagangan Selasa (14/10/2025).",
        C("date", "Selasa (14/10/2025)", iso="2025-10-14", granularity="day"),
    ),
    Ex(
        "Ketua KPK mengumumkan penetapan tersangka dalam jumpa pers di Gedung Merah Putih, Jakarta, Kamis "
        "(5/12/2024).",
        C("date", "Kamis (5/12/2024)", iso="2024-12-05", granularity="day"),
    ),
    Ex(
        "Ribuan buruh berunjuk rasa di depan Istana Merdeka, Senin (1/9).",
        C("date", "Senin (1/9)", iso="XXXX-09-01", resolved="2025-09-01", relative=False, granularity="day"),
        reference_date="2025-09-02",
        note="the short dateline has no year: relative, resolved from the reference date",
    ),
    Ex(
        "Tim SAR gabungan menemukan korban terakhir di Sungai Ciliwung, Jumat (4/7).",
        C("date", "Jumat (4/7)", iso="XXXX-07-04", resolved="2025-07-04", relative=False, granularity="day"),
        reference_date="2025-07-05",
    ),
    Ex(
        "Menteri Luar Negeri bertolak ke New York, Kamis (17/4), untuk menghadiri sidang Dewan Keamanan PBB.",
        C("date", "Kamis (17/4)", iso="XXXX-04-17", resolved="2025-04-17", relative=False, granularity="day"),
        reference_date="2025-04-17",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Numeric dates: day/month/year, day-month-year, ISO
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Surat edaran tertanggal 26/8/2025 itu ditandatangani Sekretaris Daerah Provinsi DKI Jakarta.",
        C("date", "26/8/2025", iso="2025-08-26", granularity="day"),
    ),
    Ex(
        "Pendaftaran calon peserta dibuka mulai 01-09-2025 dan ditutup pada 30-09-2025.",
        C("date", "01-09-2025", iso="2025-09-01", granularity="day"),
        C("date", "30-09-2025", iso="2025-09-30", granularity="day"),
        note="numeric dates are day-month-year in Indonesian",
    ),
    Ex(
        "Berdasarkan surat bertanggal 26-08-2025, rapat koordinasi dipindahkan ke Bandung.",
        C("date", "26-08-2025", iso="2025-08-26", granularity="day"),
    ),
    Ex(
        "Dokumen yang dibuat pada 2022-02-24 itu memuat 1.500 nama penerima bantuan sosial.",
        C("date", "2022-02-24", iso="2022-02-24", granularity="day"),
    ),
    Ex(
        "Menurut label kemasan, produk susu itu kedaluwarsa pada 12/03/2026.",
        C("date", "12/03/2026", iso="2026-03-12", granularity="day"),
        note="12/03 is 12 March, not 3 December, in Indonesian copy",
    ),
    Ex(
        "Dalam surat keputusan bernomor 45 yang diterbitkan 5/1/2024, Bupati mencabut izin tambang tersebut.",
        C("date", "5/1/2024", iso="2024-01-05", granularity="day"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Day and month without a year: XXXX-MM-DD, relative, resolved to the most recent one on or before
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Kerja sama pertahanan Moskow dan Beijing semakin erat sejak Presiden Rusia Vladimir Putin mengirim "
        "pasukannya ke Ukraina pada 24 Februari.",
        C("date", "24 Februari", iso="XXXX-02-24", resolved="2022-02-24", relative=False, granularity="day"),
        reference_date="2022-03-10",
    ),
    Ex(
        "Kedua negara menandatangani perjanjian perdagangan bebas itu pada 20 Desember.",
        C("date", "20 Desember", iso="XXXX-12-20", resolved="2024-12-20", relative=False, granularity="day"),
        reference_date="2025-01-15",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    Ex(
        "Hasil hitung cepat sejumlah lembaga survei dirilis pada 14 Februari.",
        C("date", "14 Februari", iso="XXXX-02-14", resolved="2024-02-14", relative=False, granularity="day"),
        reference_date="2024-02-14",
        note="on or before: the reference day itself",
    ),
    Ex(
        "Aturan ganjil-genap di ruas tol tersebut berlaku sejak 1 Juli, kata Kepala Dinas Perhubungan.",
        C("date", "1 Juli", iso="XXXX-07-01", resolved="2025-07-01", relative=False, granularity="day"),
        reference_date="2025-07-10",
    ),
    Ex(
        "Sebanyak 312 calon jemaah haji dari Embarkasi Solo diberangkatkan pada 2 Mei.",
        C("date", "2 Mei", iso="XXXX-05-02", resolved="2025-05-02", relative=False, granularity="day"),
        reference_date="2025-05-14",
    ),
    Ex(
        "Status tanggap darurat bencana diperpanjang hingga 31 Januari.",
        C("date", "31 Januari", iso="XXXX-01-31", relative=False, granularity="day"),
        note="no reference date: nothing resolved",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Month and year; a month alone
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "BPS mencatat inflasi tahunan pada Desember 2009 sebesar 2,78 persen.",
        C("date", "Desember 2009", iso="2009-12", relative=False, granularity="month"),
        note="'tahunan' is a frequency, not a duration",
    ),
    Ex(
        "Jakarta (ANTARA) - Badan Pusat Statistik mencatat neraca perdagangan Indonesia surplus 4,17 miliar dolar "
        "AS pada Juli 2025.",
        C("date", "Juli 2025", iso="2025-07", granularity="month"),
    ),
    Ex(
        "Mantan direktur utama BUMN itu ditahan sejak Maret 2023.",
        C("date", "Maret 2023", iso="2023-03", granularity="month"),
    ),
    Ex(
        "Kereta cepat Jakarta-Bandung mulai beroperasi secara komersial pada Oktober 2023.",
        C("date", "Oktober 2023", iso="2023-10", granularity="month"),
    ),
    Ex(
        "Juni 2024 tercatat sebagai bulan terpanas sepanjang sejarah pengukuran, menurut Copernicus.",
        C("date", "Juni 2024", iso="2024-06", granularity="month"),
    ),
    Ex(
        "Laba bersih perseroan pada sembilan bulan pertama 2024 naik 12 persen.",
        C("date", "sembilan bulan pertama 2024", iso="2024-01/2024-09", granularity="month"),
    ),
    Ex(
        "Nilai ekspor selama 6 bulan pertama tahun ini mencapai US$ 120 miliar.",
        C("date", "6 bulan pertama tahun ini", resolved="2025-01/2025-06", relative=True),
        reference_date="2025-08-27",
    ),
    Ex(
        "Sejak awal tahun, IHSG telah melemah 5 persen; pada akhir bulan Juni indeks sempat menguat.",
        C("date", "awal tahun", resolved="2025", modifier="start", relative=True),
        C("date", "akhir bulan Juni", iso="XXXX-06", resolved="2025-06", modifier="end"),
        reference_date="2025-08-27",
        note="a part of a unit with no shift is the current one's; the word of the unit may stand before a month",
    ),
    Ex(
        "Harga minyak goreng melonjak pada awal tahun 2022.",
        C("date", "awal tahun 2022", iso="2022", modifier="start"),
    ),
    Ex(
        "Setiap akhir pekan, jalur Puncak selalu macet.",
        note="'setiap akhir pekan': every weekend, no date",
    ),
    Ex(
        "Harga cabai naik dalam tiga bulan terakhir.",
        C("duration", "tiga bulan terakhir", iso="P3M"),
        note="'terakhir' with no year: the months just gone, a stretch of time",
    ),
    Ex(
        "Rapat pleno KPU digelar pada 8 Januari di Jakarta, sedangkan banjir melanda kota itu pada 20 Desember.",
        C("date", "8 Januari", iso="XXXX-01-08", resolved="2025-01-08"),
        C("date", "20 Desember", iso="XXXX-12-20", resolved="2024-12-20"),
        reference_date="2025-01-05",
        note="with no tense cue, a day at most a week ahead is the coming one; a day further ahead, the last one",
    ),
    Ex(
        "Pameran otomotif terbesar di Tanah Air itu dijadwalkan digelar pada November.",
        C("date", "November", iso="XXXX-11", relative=False, granularity="month"),
    ),
    Ex(
        "Inflasi Oktober tercatat 1,71 persen, sedangkan Juli menjadi bulan dengan deflasi terdalam.",
        C("date", "Oktober", iso="XXXX-10", resolved="2024-10", relative=False, granularity="month"),
        C("date", "Juli", iso="XXXX-07", resolved="2024-07", relative=False, granularity="month"),
        reference_date="2024-12-02",
        note="a month's full name stands alone as a month after a noun; not beside a capitalised name",
    ),
    Ex(
        "BMKG memprakirakan hujan lebat pada Oktober. Puncak kemarau diprediksi terjadi pada Agustus. Kerugian "
        "akibat banjir pada Juli diperkirakan mencapai Rp1 miliar.",
        C("date", "Oktober", iso="XXXX-10", resolved="2024-10"),
        C("date", "Agustus", iso="XXXX-08", resolved="2025-08"),
        C("date", "Juli", iso="XXXX-07", resolved="2024-07"),
        reference_date="2024-09-10",
        note="a forecast verb looks ahead (memprakirakan, diprediksi, diproyeksikan); 'diperkirakan' is as often "
             "an estimate of what has happened, so it does not",
    ),
    Ex(
        "Volume kendaraan pada H-7 mencapai 62.000 unit, naik 8 persen dari H-7 tahun lalu. Skor 3-1 itu terjadi "
        "3 tahun lalu.",
        C("date", "tahun lalu", resolved="2023"),
        C("date", "3 tahun lalu", resolved="2021"),
        reference_date="2024-04-03",
        note="H-7 counts days to Lebaran: its number is no amount of years before 'tahun lalu' (the H-7 of last "
             "year); a number after another dash still counts back",
    ),
    Ex(
        "Menurut Kementerian PUPR, pembangunan jembatan itu harus rampung pada Desember.",
        C("date", "Desember", iso="XXXX-12", resolved="2025-12", granularity="month"),
        reference_date="2025-10-14",
        note="'harus' looks ahead: the coming December",
    ),
    Ex(
        "Jembatan itu seharusnya sudah rampung pada Agustus, namun pengerjaannya molor.",
        C("date", "Agustus", iso="XXXX-08", resolved="2025-08", granularity="month"),
        reference_date="2025-10-14",
        note="'sudah' nearer the month than 'seharusnya': the last August",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Years: "tahun 2050" (the word tahun in the span), "pada 2014" (the preposition outside)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Jumlah penduduk lanjut usia diperkirakan mencapai 20 persen dari total populasi pada tahun 2050.",
        C("date", "tahun 2050", iso="2050", relative=False, granularity="year"),
    ),
    Ex(
        "Pemerintah menargetkan emisi nol bersih tercapai pada tahun 2060 atau lebih cepat.",
        C("date", "tahun 2060", iso="2060", granularity="year"),
    ),
    Ex(
        "Joko Widodo pertama kali terpilih sebagai presiden pada 2014.",
        C("date", "2014", iso="2014", relative=False, granularity="year"),
    ),
    Ex(
        "Harga karet di tingkat petani terus merosot sejak 2019.",
        C("date", "2019", iso="2019", granularity="year"),
    ),
    Ex(
        "Pada 1998, krisis moneter memicu gelombang demonstrasi mahasiswa di berbagai kota.",
        C("date", "1998", iso="1998", granularity="year"),
    ),
    Ex(
        "Tahun 2024 tercatat sebagai tahun terpanas sejak pengukuran suhu global dimulai.",
        C("date", "Tahun 2024", iso="2024", granularity="year"),
        note="the second 'tahun' has no number and is no claim",
    ),
    Ex(
        "Kementerian ESDM menargetkan produksi minyak mencapai 1 juta barel pada 2030.",
        C("date", "2030", iso="2030", granularity="year"),
    ),
    Ex(
        "Kasus serupa pernah terjadi di kabupaten yang sama pada 2014 lalu.",
        C("date", "2014 lalu", iso="2014", granularity="year"),
        note="'lalu' after a year is part of the date expression; the year is absolute",
    ),
    Ex(
        "Perusahaan itu didirikan pada tahun 1971 dan melantai di Bursa Efek Indonesia pada 2007.",
        C("date", "tahun 1971", iso="1971", granularity="year"),
        C("date", "2007", iso="2007", granularity="year"),
    ),
    Ex(
        "Sejak 2015, pemerintah telah membangun lebih dari 2.000 kilometer jalan tol.",
        C("date", "2015", iso="2015", granularity="year"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Parts of a period: awal / pertengahan / akhir → modifier start / mid / end
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Pembangunan jalan tol tersebut ditargetkan rampung pada akhir 2024.",
        C("date", "akhir 2024", iso="2024", modifier="end", granularity="year"),
    ),
    Ex(
        "Harga beras medium mulai turun pada awal 2025 seiring masuknya musim panen raya.",
        C("date", "awal 2025", iso="2025", modifier="start", granularity="year"),
    ),
    Ex(
        "Kasus demam berdarah melonjak sejak pertengahan 2023, menurut data Kementerian Kesehatan.",
        C("date", "pertengahan 2023", iso="2023", modifier="mid", granularity="year"),
    ),
    Ex(
        "Kontrak kerja sama itu berakhir pada akhir Juni 2024.",
        C("date", "akhir Juni 2024", iso="2024-06", modifier="end", granularity="month"),
    ),
    Ex(
        "Harga cabai rawit melonjak sejak awal tahun ini, kata pedagang di Pasar Induk Kramat Jati.",
        C("date", "awal tahun ini", iso=None, resolved="2025", relative=True, modifier="start", granularity="year"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Pabrik tekstil itu menghentikan produksi pada akhir tahun lalu.",
        C("date", "akhir tahun lalu", iso=None, resolved="2024", relative=True, modifier="end", granularity="year"),
        reference_date="2025-03-06",
    ),
    Ex(
        "Proyek itu ditargetkan rampung pada akhir kuartal III 2025, sedangkan impor ditambah sebelum akhir "
        "kuartal I.",
        C("date", "akhir kuartal III 2025", iso="2025-Q3", resolved="2025-Q3", modifier="end", granularity="quarter"),
        C("date", "akhir kuartal I", nth=2, iso="XXXX-Q1", modifier="end", granularity="quarter"),
        reference_date="2025-06-10",
        note="a part of a numbered quarter is that quarter's, not the current one's",
    ),
    Ex(
        "Jalur kereta ganda itu diharapkan beroperasi pada pertengahan tahun depan.",
        C("date", "pertengahan tahun depan", iso=None, resolved="2026", relative=True, modifier="mid",
          granularity="year"),
        reference_date="2025-10-15",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Quarters and halves
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Ekonomi Indonesia tumbuh 5,04 persen secara tahunan pada kuartal III 2025.",
        C("date", "kuartal III 2025", iso="2025-Q3", granularity="quarter"),
    ),
    Ex(
        "Laba bersih perseroan pada kuartal I 2024 turun 12 persen secara tahunan.",
        C("date", "kuartal I 2024", iso="2024-Q1", granularity="quarter"),
    ),
    Ex(
        "Penjualan mobil nasional pada triwulan II 2025 mencapai 180.000 unit.",
        C("date", "triwulan II 2025", iso="2025-Q2", granularity="quarter"),
    ),
    Ex(
        "BPS mencatat ekonomi tumbuh 5,02 persen pada triwulan IV-2024.",
        C("date", "triwulan IV-2024", iso="2024-Q4", granularity="quarter"),
        note="the BPS style joins quarter and year with a hyphen",
    ),
    Ex(
        "Emiten tambang itu membukukan laba Rp 3,1 triliun pada kuartal ketiga 2025.",
        C("date", "kuartal ketiga 2025", iso="2025-Q3", granularity="quarter"),
    ),
    Ex(
        "Pendapatan perusahaan rintisan itu pada Q3 2025 naik dua kali lipat.",
        C("date", "Q3 2025", iso="2025-Q3", granularity="quarter"),
    ),
    Ex(
        "Realisasi investasi pada semester I 2025 mencapai Rp 942,9 triliun.",
        C("date", "semester I 2025", iso="2025-H1", granularity="half"),
    ),
    Ex(
        "Kementerian Keuangan mencatat defisit anggaran melebar pada semester II 2024.",
        C("date", "semester II 2024", iso="2024-H2", granularity="half"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Decades
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Industri tekstil nasional mencapai masa kejayaannya pada tahun 1990-an.",
        C("date", "tahun 1990-an", iso="199X", granularity="decade"),
    ),
    Ex(
        "Kawasan itu mulai dipadati permukiman sejak tahun 1980-an.",
        C("date", "tahun 1980-an", iso="198X", granularity="decade"),
    ),
    Ex(
        "Ponsel pintar mulai digunakan secara luas di Indonesia pada tahun 2010-an.",
        C("date", "tahun 2010-an", iso="201X", granularity="decade"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Relative days: kemarin, hari ini, besok, lusa, N hari lalu
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Kapolres mengatakan kedua pelaku sudah ditangkap kemarin di sebuah rumah kos di Depok.",
        C("date", "kemarin", iso=None, resolved="2025-08-26", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Kemarin, Presiden meninjau lokasi banjir di Bekasi dan menyerahkan bantuan kepada pengungsi.",
        C("date", "Kemarin", iso=None, resolved="2025-03-05", relative=True, granularity="day"),
        reference_date="2025-03-06",
    ),
    Ex(
        "Harga emas Antam hari ini naik Rp 10.000 menjadi Rp 2.100.000 per gram.",
        C("date", "hari ini", iso=None, resolved="2025-10-15", relative=True, granularity="day"),
        reference_date="2025-10-15",
    ),
    Ex(
        "Majelis hakim akan membacakan putusan besok, kata juru bicara Pengadilan Negeri Jakarta Pusat.",
        C("date", "besok", iso=None, resolved="2025-12-04", relative=True, granularity="day"),
        reference_date="2025-12-03",
    ),
    Ex(
        "Jenazah korban akan diterbangkan ke Makassar lusa setelah proses identifikasi rampung.",
        C("date", "lusa", iso=None, resolved="2025-12-05", relative=True, granularity="day"),
        reference_date="2025-12-03",
    ),
    Ex(
        "Pendaki asal Bandung itu dilaporkan hilang sejak dua hari lalu.",
        C("date", "dua hari lalu", iso=None, resolved="2025-08-25", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Kebakaran yang melanda pasar tradisional itu terjadi tiga hari lalu.",
        C("date", "tiga hari lalu", iso=None, resolved="2025-02-28", relative=True, granularity="day"),
        reference_date="2025-03-03",
        note="three days before 3 March 2025 crosses the end of February",
    ),
    Ex(
        "Sekolah-sekolah di Jakarta kembali menggelar pembelajaran tatap muka hari ini.",
        C("date", "hari ini", iso=None, resolved="2026-01-07", relative=True, granularity="day"),
        reference_date="2026-01-07",
    ),
    Ex(
        "Kemarin, nilai tukar rupiah ditutup melemah, sementara hari ini rupiah dibuka menguat.",
        C("date", "Kemarin", iso=None, resolved="2025-09-30", relative=True, granularity="day"),
        C("date", "hari ini", iso=None, resolved="2025-10-01", relative=True, granularity="day"),
        reference_date="2025-10-01",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A weekday alone: the most recent such day on or before the reference date
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Presiden meninjau tanggul yang jebol di Bekasi, Senin, didampingi Gubernur Jawa Barat.",
        C("date", "Senin", iso=None, resolved="2025-09-01", relative=True, granularity="day"),
        reference_date="2025-09-03",
    ),
    Ex(
        "Kapal motor penumpang itu tenggelam di perairan Selat Bali pada Jumat.",
        C("date", "Jumat", iso=None, resolved="2025-08-22", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Juru bicara Kementerian Luar Negeri mengatakan tidak ada WNI yang menjadi korban, Senin.",
        C("date", "Senin", iso=None, resolved="2025-09-01", relative=True, granularity="day"),
        reference_date="2025-09-01",
        note="the reference day is itself a Monday",
    ),
    Ex(
        "Ribuan warga mengikuti aksi damai di Bundaran HI pada Sabtu.",
        C("date", "Sabtu", iso=None, resolved="2025-08-30", relative=True, granularity="day"),
        reference_date="2025-08-31",
    ),
    Ex(
        "Tim SAR menemukan bangkai pesawat di lereng Gunung Salak pada Rabu.",
        C("date", "Rabu", iso=None, resolved="2025-01-15", relative=True, granularity="day"),
        reference_date="2025-01-17",
    ),
    Ex(
        "Sidang lanjutan perkara korupsi tata niaga timah akan digelar Senin depan.",
        C("date", "Senin depan", iso=None, resolved="2025-09-01", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "KPU akan menetapkan daftar calon tetap pada Kamis depan.",
        C("date", "Kamis depan", iso=None, resolved="2025-10-23", relative=True, granularity="day"),
        reference_date="2025-10-15",
        note="the Thursday of the following week, even though a Thursday comes sooner",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Weeks: pekan lalu / minggu ini / pekan depan → ISO week
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Harga bawang merah di Pasar Induk Kramat Jati naik tajam sejak pekan lalu.",
        C("date", "pekan lalu", iso=None, resolved="2024-W26", relative=True, granularity="week"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Minggu ini, harga cabai rawit di sejumlah pasar tradisional kembali naik.",
        C("date", "Minggu ini", iso=None, resolved="2024-W27", relative=True, granularity="week"),
        reference_date="2024-07-03",
        note="'Minggu ini' is this week, not Sunday",
    ),
    Ex(
        "Gubernur sudah menandatangani surat keputusan tersebut minggu lalu.",
        C("date", "minggu lalu", iso=None, resolved="2026-W01", relative=True, granularity="week"),
        reference_date="2026-01-07",
    ),
    Ex(
        "Pemerintah akan mengumumkan paket stimulus ekonomi pekan depan.",
        C("date", "pekan depan", iso=None, resolved="2025-W50", relative=True, granularity="week"),
        reference_date="2025-12-03",
    ),
    Ex(
        "DPR dijadwalkan menggelar rapat paripurna pekan ini untuk mengesahkan RUU tersebut.",
        C("date", "pekan ini", iso=None, resolved="2025-W42", relative=True, granularity="week"),
        reference_date="2025-10-15",
    ),
    Ex(
        "Gelombang panas yang melanda Asia Selatan pekan lalu menewaskan sedikitnya 60 orang.",
        C("date", "pekan lalu", iso=None, resolved="2025-W01", relative=True, granularity="week"),
        reference_date="2025-01-08",
        note="2025-01-08 is in ISO week 2025-W02",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Months: bulan lalu / bulan ini / bulan depan, "September lalu", N bulan lalu
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Pemerintah China nekat menggelar latihan militer gabungan dengan Rusia pada September lalu.",
        C("date", "September lalu", iso=None, resolved="2023-09", relative=True, granularity="month"),
        reference_date="2024-07-04",
    ),
    Ex(
        "Penjualan eceran turun 2,1 persen pada bulan lalu, menurut survei Bank Indonesia.",
        C("date", "bulan lalu", iso=None, resolved="2024-12", relative=True, granularity="month"),
        reference_date="2025-01-15",
    ),
    Ex(
        "Tarif baru angkutan umum di Jakarta mulai berlaku bulan depan.",
        C("date", "bulan depan", iso=None, resolved="2026-01", relative=True, granularity="month"),
        reference_date="2025-12-03",
    ),
    Ex(
        "Bulan ini, Kementerian Agama mulai membuka pendaftaran petugas haji.",
        C("date", "Bulan ini", iso=None, resolved="2025-10", relative=True, granularity="month"),
        reference_date="2025-10-15",
    ),
    Ex(
        "Kasus itu mencuat setelah korban melapor ke Polda Metro Jaya pada Maret lalu.",
        C("date", "Maret lalu", iso=None, resolved="2024-03", relative=True, granularity="month"),
        reference_date="2025-03-06",
        note="the most recent March before the reference month: March 2025 is the reference month itself",
    ),
    Ex(
        "Pabrik baterai kendaraan listrik itu mulai berproduksi Desember lalu.",
        C("date", "Desember lalu", iso=None, resolved="2024-12", relative=True, granularity="month"),
        reference_date="2025-01-15",
    ),
    Ex(
        "Kedua tersangka ditangkap dua bulan lalu di Batam.",
        C("date", "dua bulan lalu", iso=None, resolved="2024-11", relative=True, granularity="month"),
        reference_date="2025-01-15",
    ),
    Ex(
        "Banjir bandang yang menerjang Sumatera Barat pada Mei lalu merusak ratusan rumah.",
        C("date", "Mei lalu", iso=None, resolved="2024-05", relative=True, granularity="month"),
        reference_date="2024-11-12",
    ),
    Ex(
        "Realisasi investasi dari Januari hingga 10 Agustus tahun ini mencapai Rp 829,9 triliun.",
        C("date", "Januari hingga 10 Agustus tahun ini", resolved="2025-01/2025-08-10", relative=True),
        reference_date="2025-08-27",
        note="a yearless month takes the year of the relative day that ends its span",
    ),
    Ex(
        "Sejak Januari hingga pekan lalu, 312 kasus demam berdarah tercatat di kota itu.",
        C("date", "Januari", iso="XXXX-01", resolved="2025-01"),
        C("date", "pekan lalu", resolved="2025-W34", relative=True),
        reference_date="2025-08-27",
        note="a month and a week make no span of the calendar: two dates",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Years: tahun lalu / tahun ini / tahun depan, N tahun lalu / silam
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Angka kemiskinan turun menjadi 8,57 persen dari 9,03 persen tahun lalu.",
        C("date", "tahun lalu", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Pemerintah menargetkan pertumbuhan ekonomi 5,2 persen tahun ini.",
        C("date", "tahun ini", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Tahun depan, pemerintah akan menaikkan anggaran pendidikan menjadi Rp 757,8 triliun.",
        C("date", "Tahun depan", iso=None, resolved="2026", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Gedung sekolah itu dibangun 4 tahun lalu dengan dana APBD.",
        C("date", "4 tahun lalu", iso=None, resolved="2021", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Lima tahun lalu, kawasan itu masih berupa hutan mangrove.",
        C("date", "Lima tahun lalu", iso=None, resolved="2020", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Warga Aceh memperingati tsunami yang melanda provinsi itu 20 tahun silam.",
        C("date", "20 tahun silam", iso=None, resolved="2004", relative=True, granularity="year"),
        reference_date="2024-12-26",
    ),
    Ex(
        "Tahun lalu, jumlah wisatawan mancanegara yang berkunjung ke Bali mencapai 6,3 juta orang.",
        C("date", "Tahun lalu", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-01-15",
    ),
    Ex(
        "Produksi padi tahun ini diperkirakan lebih rendah dibandingkan tahun lalu akibat El Nino.",
        C("date", "tahun ini", iso=None, resolved="2023", relative=True, granularity="year"),
        C("date", "tahun lalu", iso=None, resolved="2022", relative=True, granularity="year"),
        reference_date="2023-10-07",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Intervals: the span covers both ends, the opener (periode, sejak, dari, antara) stays outside
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Jaksa menyebut kerugian negara dalam proyek itu terjadi pada periode 2006-2012.",
        C("date", "2006-2012", iso="2006/2012", granularity="year"),
    ),
    Ex(
        "Fauzi Bowo menjabat Gubernur DKI Jakarta pada 2007-2012.",
        C("date", "2007-2012", iso="2007/2012", granularity="year"),
    ),
    Ex(
        "Sebanyak 580 anggota DPR periode 2019-2024 mengakhiri masa tugasnya bulan ini.",
        C("date", "2019-2024", iso="2019/2024", granularity="year"),
        C("date", "bulan ini", iso=None, resolved="2024-09", relative=True, granularity="month"),
        reference_date="2024-09-30",
    ),
    Ex(
        "Konferensi tingkat tinggi itu berlangsung pada 1-3 Juli 2024 di Nusa Dua, Bali.",
        C("date", "1-3 Juli 2024", iso="2024-07-01/2024-07-03", granularity="day"),
    ),
    Ex(
        "Festival musik itu digelar 19-21 Agustus 2025 di JIExpo Kemayoran.",
        C("date", "19-21 Agustus 2025", iso="2025-08-19/2025-08-21", granularity="day"),
    ),
    Ex(
        "Pameran dagang itu berlangsung pada 28 Agustus-1 September 2025.",
        C("date", "28 Agustus-1 September 2025", iso="2025-08-28/2025-09-01", granularity="day"),
    ),
    Ex(
        "Tersangka diduga menyelewengkan dana desa sejak 2019 hingga 2021.",
        C("date", "2019 hingga 2021", iso="2019/2021", granularity="year"),
    ),
    Ex(
        "Ia menjabat kepala dinas dari 2015 sampai 2018 sebelum dipindahkan ke Sekretariat Daerah.",
        C("date", "2015 sampai 2018", iso="2015/2018", granularity="year"),
    ),
    Ex(
        "Angka pengangguran di kota itu naik dua kali lipat antara 2010 dan 2020.",
        C("date", "2010 dan 2020", iso="2010/2020", granularity="year"),
    ),
    Ex(
        "Neraca perdagangan mencatat surplus sepanjang Januari-Maret 2024.",
        C("date", "Januari-Maret 2024", iso="2024-01/2024-03", granularity="month"),
    ),
    Ex(
        "Audit BPK mencakup transaksi sejak Januari 2024 hingga Maret 2025.",
        C("date", "Januari 2024 hingga Maret 2025", iso="2024-01/2025-03", granularity="month"),
    ),
    Ex(
        "Sensus ekonomi dilaksanakan serentak pada 1 hingga 31 Mei 2026.",
        C("date", "1 hingga 31 Mei 2026", iso="2026-05-01/2026-05-31", granularity="day"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Clock times: alone ("T14:00+07:00", granularity time) and joined to a date (one claim)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Massa aksi mulai membubarkan diri pukul 14.00 WIB setelah perwakilan mereka diterima anggota dewan.",
        C("date", "pukul 14.00 WIB", iso="T14:00+07:00", granularity="time"),
        note="a clock time is never a quantity",
    ),
    Ex(
        "Pesawat mendarat di Bandara Sultan Hasanuddin pukul 19.30 WITA.",
        C("date", "pukul 19.30 WITA", iso="T19:30+08:00", granularity="time"),
    ),
    Ex(
        "Gempa bermagnitudo 6,1 mengguncang Jayapura pukul 06.15 WIT.",
        C("date", "pukul 06.15 WIT", iso="T06:15+09:00", granularity="time"),
    ),
    Ex(
        "Pukul 08.00 WIB, ratusan pengemudi ojek daring sudah berkumpul di depan Balai Kota.",
        C("date", "Pukul 08.00 WIB", iso="T08:00+07:00", granularity="time"),
    ),
    Ex(
        "Pemadaman listrik bergilir dimulai pukul 10.00 dan berlangsung selama tiga jam.",
        C("date", "pukul 10.00", iso="T10:00", granularity="time"),
        C("duration", "tiga jam", iso="PT3H"),
        note="no zone given: no offset",
    ),
    Ex(
        "Sidang lanjutan perkara korupsi itu digelar Selasa (26/8/2025) pukul 10.00 WIB di Pengadilan Tipikor "
        "Jakarta.",
        C("date", "Selasa (26/8/2025) pukul 10.00 WIB", iso="2025-08-26T10:00+07:00"),
    ),
    Ex(
        "Surat pengunduran diri itu diterima Sekretariat Negara pada 24 Februari 2022 pukul 10.00 WIB.",
        C("date", "24 Februari 2022 pukul 10.00 WIB", iso="2022-02-24T10:00+07:00"),
    ),
    Ex(
        "BMKG mencatat gempa terjadi Kamis (18/9/2025) pukul 03.12 WITA dengan pusat di laut.",
        C("date", "Kamis (18/9/2025) pukul 03.12 WITA", iso="2025-09-18T03:12+08:00"),
    ),
    Ex(
        "Api baru berhasil dipadamkan Sabtu (30/8/2025) pukul 21.45 WIB setelah petugas mengerahkan 25 unit mobil "
        "pemadam.",
        C("date", "Sabtu (30/8/2025) pukul 21.45 WIB", iso="2025-08-30T21:45+07:00"),
    ),
    Ex(
        "Kereta api Argo Bromo Anggrek berangkat dari Stasiun Gambir pukul 08.20 WIB dan tiba di Surabaya Pasarturi "
        "pukul 16.40 WIB.",
        C("date", "pukul 08.20 WIB", iso="T08:20+07:00", granularity="time"),
        C("date", "pukul 16.40 WIB", iso="T16:40+07:00", granularity="time"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Durations: amount and unit in the span, "selama" outside
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Pertemuan KTT SCO yang digelar selama dua hari itu membahas prospek kerja sama multisektoral.",
        C("duration", "dua hari", iso="P2D"),
    ),
    Ex(
        "Kontrak kerja sama pengelolaan bandara itu berlaku selama 5 tahun.",
        C("duration", "5 tahun", iso="P5Y"),
    ),
    Ex(
        "Majelis hakim menjatuhkan vonis 10 tahun penjara kepada mantan bupati tersebut.",
        C("duration", "10 tahun", iso="P10Y"),
    ),
    Ex(
        "Perjalanan kereta cepat dari Jakarta ke Surabaya diperkirakan memakan waktu 2,5 jam.",
        C("duration", "2,5 jam", iso="PT150M"),
    ),
    Ex(
        "Konflik agraria di desa itu sudah berlangsung lebih dari 20 tahun.",
        C("duration", "20 tahun", iso="P20Y", comparator="gt"),
    ),
    Ex(
        "Kedua tim bermain imbang tanpa gol selama 90 menit di Stadion Gelora Bung Karno.",
        C("duration", "90 menit", iso="PT90M"),
    ),
    Ex(
        "Terdakwa divonis 2 tahun 3 bulan penjara dan denda Rp 200 juta.",
        C("duration", "2 tahun 3 bulan", iso="P27M"),
        note="units add up in the smallest one",
    ),
    Ex(
        "Pemerintah akan memangkas anggaran belanja sebesar Rp306,69 triliun tahun ini.",
        C("date", "tahun ini", granularity="year", relative=True),
        note="the scale word ends the sum of money: no trillion years",
    ),
    Ex(
        "Jaksa menuntut terdakwa hukuman 7 tahun 6 bulan penjara.",
        C("duration", "7 tahun 6 bulan", iso="P90M"),
    ),
    Ex(
        "IHSG melemah 1,2 persen dalam sepekan terakhir, dan nilai tukar rupiah terendah dalam empat tahun terakhir.",
        C("duration", "sepekan terakhir", iso="P1W"), C("duration", "empat tahun terakhir", iso="P4Y"),
        note="the stretch up to now, like 'the past week': a duration with its word in the span",
    ),
    Ex(
        "Pelaku terancam hukuman lima hingga 10 tahun penjara sesuai Pasal 365 KUHP.",
        C("duration", "lima hingga 10 tahun", iso="P5Y", amount="5", amount_max="10", unit="year"),
        note="a range of lengths is one duration: amount and iso its lower end, amount_max its upper end",
    ),
    Ex(
        "Perbaikan jembatan itu diperkirakan memakan waktu antara 2 dan 3 pekan, sementara jalur alternatif dibuka "
        "2-3 hari.",
        C("duration", "2 dan 3 pekan", iso="P2W", amount_max="3"), C("duration", "2-3 hari", iso="P2D", amount_max="3"),
    ),
    Ex(
        "Posko pengaduan dibuka 24 jam sehari, tujuh hari seminggu, selama masa mudik.",
        C("duration", "24 jam", iso="PT24H"), C("duration", "tujuh hari", iso="P7D"),
        note="'sehari' and 'seminggu' after a figure, in digits or in words, are its rate",
    ),
    Ex(
        "Warga diminta menguras bak mandi minimal seminggu sekali, sedangkan pasien dirawat seminggu.",
        C("duration", "seminggu", nth=2, iso="P1W"),
        note="'seminggu sekali' is once a week, a frequency; 'dirawat seminggu' a length of time",
    ),
    Ex(
        "BMKG mengeluarkan peringatan dini cuaca ekstrem untuk wilayah Jabodetabek pada Sabtu. Peringatan serupa "
        "dikeluarkan pada Senin.",
        C("date", "Sabtu", resolved="2025-01-25"), C("date", "Senin", resolved="2025-01-20"),
        reference_date="2025-01-22",
        note="the time a notice covers ('peringatan … untuk') is to come; when one was issued is past",
    ),
    Ex(
        "Data Januari-Mei tahun lalu menunjukkan kenaikan ekspor.",
        C("date", "Januari-Mei tahun lalu", resolved="2023-01/2023-05", relative=True),
        reference_date="2024-10-15",
        note="a year shift after a month range is the year of both ends",
    ),
    Ex(
        "Proses pemulihan jaringan listrik di wilayah terdampak diperkirakan membutuhkan waktu 1,5 bulan.",
        C("duration", "1,5 bulan", iso="P1.5M"),
        note="half a month is no exact number of days: the fraction stays",
    ),
    Ex(
        "Pembangunan bendungan itu molor satu setengah tahun dari jadwal.",
        C("duration", "satu setengah tahun", iso="P18M"),
    ),
    Ex(
        "Warga terdampak gempa sudah enam bulan tinggal di tenda pengungsian.",
        C("duration", "enam bulan", iso="P6M"),
    ),
    Ex(
        "Tim SAR gabungan melakukan pencarian selama tiga pekan sebelum operasi dihentikan.",
        C("duration", "tiga pekan", iso="P3W"),
    ),
    Ex(
        "Jalan nasional itu ditutup total selama dua minggu untuk perbaikan jembatan.",
        C("duration", "dua minggu", iso="P2W"),
    ),
    Ex(
        "Pemadaman listrik di sebagian Jawa dan Bali berlangsung hampir 24 jam.",
        C("duration", "24 jam", iso="PT24H", comparator="approx"),
    ),
    Ex(
        "Status tanggap darurat ditetapkan selama 14 hari.",
        C("duration", "14 hari", iso="P14D"),
    ),
    Ex(
        "Presiden melakukan kunjungan kerja ke Jepang selama sepekan.",
        C("duration", "sepekan", iso="P1W"),
    ),
    Ex(
        "Bandara Ngurah Rai ditutup sehari akibat sebaran abu vulkanik.",
        C("duration", "sehari", iso="P1D"),
    ),
    Ex(
        "Kapal itu terombang-ambing di laut selama sebulan sebelum ditemukan nelayan.",
        C("duration", "sebulan", iso="P1M"),
    ),
    Ex(
        "Izin operasional perusahaan tambang itu dibekukan setahun oleh Kementerian ESDM.",
        C("duration", "setahun", iso="P1Y"),
    ),
    Ex(
        "Penumpang harus menunggu hingga setengah jam untuk naik kapal di Pelabuhan Merak.",
        C("duration", "setengah jam", iso="PT30M", comparator="le"),
        note="'hingga' before a lone figure is an upper bound",
    ),
    Ex(
        "Sirene peringatan dini tsunami berbunyi selama 30 detik.",
        C("duration", "30 detik", iso="PT30S"),
    ),
    Ex(
        "Rapat tertutup antara pemerintah dan DPR itu berlangsung sedikitnya tiga jam.",
        C("duration", "tiga jam", iso="PT3H", comparator="ge"),
    ),
    Ex(
        "Penumpang KRL tertahan di dalam kereta hampir dua jam akibat gangguan persinyalan.",
        C("duration", "dua jam", iso="PT2H", comparator="approx"),
    ),
    Ex(
        "Dengan jalan tol baru, waktu tempuh dari Medan ke Binjai kurang dari 30 menit.",
        C("duration", "30 menit", iso="PT30M", comparator="lt"),
    ),
    Ex(
        "Pengunjung taman nasional hanya boleh berada di zona inti maksimal 45 menit.",
        C("duration", "45 menit", iso="PT45M", comparator="le"),
    ),
    Ex(
        "Proyek revitalisasi kawasan kota tua itu dikerjakan selama satu dekade.",
        C("duration", "satu dekade", iso="P10Y"),
    ),
    Ex(
        "Konflik bersenjata di wilayah itu telah berlangsung lebih dari dua dekade.",
        C("duration", "dua dekade", iso="P20Y", comparator="gt"),
    ),
    Ex(
        "Kompleks pemakaman kuno itu diperkirakan sudah digunakan selama satu abad.",
        C("duration", "satu abad", iso="P100Y"),
    ),
    Ex(
        "Masa jabatan kepala desa diperpanjang menjadi delapan tahun.",
        C("duration", "delapan tahun", iso="P8Y"),
    ),
    Ex(
        "Anggota DPR itu divonis empat tahun penjara dan dicabut hak politiknya selama lima tahun.",
        C("duration", "empat tahun", iso="P4Y"),
        C("duration", "lima tahun", iso="P5Y"),
    ),
    Ex(
        "Pasokan air bersih ke permukiman warga terhenti selama 72 jam.",
        C("duration", "72 jam", iso="PT72H"),
    ),
    Ex(
        "Polisi memberikan waktu tiga bulan kepada pengembang untuk melengkapi izin.",
        C("duration", "tiga bulan", iso="P3M"),
    ),
    Ex(
        "Pemerintah memperpanjang masa berlaku paspor menjadi 10 tahun.",
        C("duration", "10 tahun", iso="P10Y"),
    ),
    Ex(
        "Proses evakuasi korban longsor memakan waktu lebih dari 12 jam.",
        C("duration", "12 jam", iso="PT12H", comparator="gt"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A duration is not a relative date: "dua hari" vs "dua hari lalu"
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Pendaki yang hilang dua hari lalu ditemukan selamat setelah pencarian selama dua hari.",
        C("date", "dua hari lalu", iso=None, resolved="2025-08-25", relative=True, granularity="day"),
        C("duration", "dua hari", iso="P2D", nth=2),
        reference_date="2025-08-27",
    ),
    Ex(
        "Setahun lalu, ia divonis setahun penjara karena kasus penipuan.",
        C("date", "Setahun lalu", iso=None, resolved="2024", relative=True, granularity="year"),
        C("duration", "setahun", iso="P1Y"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Tiga tahun lalu, pemerintah memberi kontraktor waktu tiga tahun untuk merampungkan proyek itu.",
        C("date", "Tiga tahun lalu", iso=None, resolved="2022", relative=True, granularity="year"),
        C("duration", "tiga tahun", iso="P3Y"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Jembatan yang ambruk sepekan lalu itu akan diperbaiki selama sepekan.",
        C("date", "sepekan lalu", iso=None, relative=True),
        C("duration", "sepekan", iso="P1W", nth=2),
        reference_date="2025-06-11",
        note="only relative and iso are checked for 'sepekan lalu': a week back may resolve to a day or a week",
    ),
    Ex(
        "Harga beras sudah naik selama enam bulan berturut-turut, padahal enam bulan lalu harganya masih stabil.",
        C("duration", "enam bulan", iso="P6M"),
        C("date", "enam bulan lalu", iso=None, resolved="2024-12", relative=True, granularity="month", nth=1),
        reference_date="2025-06-11",
    ),
    Ex(
        "Ekonomi tumbuh di atas 5 persen selama tiga kuartal berturut-turut, setelah melambat dalam 2 triwulan.",
        C("duration", "tiga kuartal", iso="P9M"),
        C("duration", "2 triwulan", iso="P6M"),
        note="kuartal and triwulan are no fraction and no coin: a count of them is a length of time",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Several claims in one news sentence
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Pada Selasa (26/8/2025), polisi menyebut pelaku sudah mengintai korban selama tiga hari.",
        C("date", "Selasa (26/8/2025)", iso="2025-08-26", granularity="day"),
        C("duration", "tiga hari", iso="P3D"),
    ),
    Ex(
        "Mahkamah Agung memperberat hukuman mantan menteri itu dari 5 tahun menjadi 8 tahun penjara pada Juli 2024.",
        C("duration", "5 tahun", iso="P5Y"),
        C("duration", "8 tahun", iso="P8Y"),
        C("date", "Juli 2024", iso="2024-07", granularity="month"),
    ),
    Ex(
        "Jakarta (ANTARA) - Bandara Soekarno-Hatta melayani 1,2 juta penumpang selama libur panjang pada 1-3 Juli "
        "2024.",
        C("date", "1-3 Juli 2024", iso="2024-07-01/2024-07-03", granularity="day"),
    ),
    Ex(
        "Pemerintah Kota Bandung menetapkan status darurat sampah selama 14 hari sejak Senin (10/3/2025).",
        C("duration", "14 hari", iso="P14D"),
        C("date", "Senin (10/3/2025)", iso="2025-03-10", granularity="day"),
    ),
    Ex(
        "KOMPAS.com - Tersangka yang buron sejak 2019 itu ditangkap di Jakarta Barat kemarin setelah lima tahun "
        "bersembunyi.",
        C("date", "2019", iso="2019", granularity="year"),
        C("date", "kemarin", iso=None, resolved="2024-11-11", relative=True, granularity="day"),
        C("duration", "lima tahun", iso="P5Y"),
        reference_date="2024-11-12",
    ),
    Ex(
        "Pada kuartal III 2025, penjualan semen naik 4 persen, sedangkan pada semester I 2025 turun 2 persen.",
        C("date", "kuartal III 2025", iso="2025-Q3", granularity="quarter"),
        C("date", "semester I 2025", iso="2025-H1", granularity="half"),
    ),
    Ex(
        "Tempo.co, Jakarta - Menteri Perdagangan mengatakan larangan ekspor bijih bauksit yang berlaku sejak Juni "
        "2023 akan dievaluasi tahun depan.",
        C("date", "Juni 2023", iso="2023-06", granularity="month"),
        C("date", "tahun depan", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-06-20",
    ),
    Ex(
        "Sejak pandemi melanda pada awal 2020, sektor pariwisata Bali kehilangan pendapatan selama lebih dari dua "
        "tahun.",
        C("date", "awal 2020", iso="2020", modifier="start", granularity="year"),
        C("duration", "dua tahun", iso="P2Y", comparator="gt"),
    ),
    Ex(
        "Gunung Lewotobi Laki-laki kembali erupsi pada Senin (11/11/2024) pukul 09.10 WITA.",
        C("date", "Senin (11/11/2024) pukul 09.10 WITA", iso="2024-11-11T09:10+08:00"),
    ),
    Ex(
        "Ia memimpin lembaga itu dua periode, yakni 2009-2014 dan 2014-2019.",
        C("date", "2009-2014", iso="2009/2014", granularity="year"),
        C("date", "2014-2019", iso="2014/2019", granularity="year"),
        note="'dua periode' counts terms of office and is no duration",
    ),
    Ex(
        "Menurut BMKG, musim kemarau tahun ini akan berlangsung hingga akhir September.",
        C("date", "tahun ini", iso=None, resolved="2025", relative=True, granularity="year"),
        C("date", "akhir September", iso="XXXX-09", relative=False, modifier="end", granularity="month"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Harga Pertamax akan turun menjadi Rp13.100 per liter mulai Januari.",
        C("date", "Januari", iso="XXXX-01", resolved="2026-01", relative=False, granularity="month"),
        reference_date="2025-11-20",
        note="the thousands point of Rp13.100 ends no clause: akan still reaches the month",
    ),
    Ex(
        "Harga BBM nonsubsidi naik pada 1 Agustus seiring melonjaknya harga minyak dunia.",
        C("date", "1 Agustus", iso="XXXX-08-01", resolved="2025-08-01", relative=False, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Selama 32 tahun berkuasa, Soeharto memimpin Indonesia dari 1966 hingga 1998.",
        C("duration", "32 tahun", iso="P32Y"),
        C("date", "1966 hingga 1998", iso="1966/1998", granularity="year"),
    ),
    Ex(
        "Ekspor batu bara turun 8 persen pada Juli 2025 dibandingkan Juli 2024.",
        C("date", "Juli 2025", iso="2025-07", granularity="month"),
        C("date", "Juli 2024", iso="2024-07", granularity="month"),
    ),
    Ex(
        "Pemerintah memperpanjang program diskon tarif listrik selama dua bulan, Januari-Februari 2025.",
        C("duration", "dua bulan", iso="P2M"),
        C("date", "Januari-Februari 2025", iso="2025-01/2025-02", granularity="month"),
    ),
    Ex(
        "Sebanyak 1.850 calon jemaah haji asal Jawa Timur diberangkatkan hari ini, sementara kloter berikutnya "
        "berangkat besok.",
        C("date", "hari ini", iso=None, resolved="2025-05-14", relative=True, granularity="day"),
        C("date", "besok", iso=None, resolved="2025-05-15", relative=True, granularity="day"),
        reference_date="2025-05-14",
    ),
    Ex(
        "Badai siklon tropis itu bertahan di perairan selatan Jawa selama empat hari pada pertengahan April 2025.",
        C("duration", "empat hari", iso="P4D"),
        C("date", "pertengahan April 2025", iso="2025-04", modifier="mid", granularity="month"),
    ),
    Ex(
        "Tiga hari lalu, BMKG memperingatkan potensi hujan lebat selama sepekan di Jabodetabek.",
        C("date", "Tiga hari lalu", iso=None, resolved="2025-02-07", relative=True, granularity="day"),
        C("duration", "sepekan", iso="P1W"),
        reference_date="2025-02-10",
    ),
    Ex(
        "Tribunnews.com - Kejaksaan Agung menahan tiga tersangka selama 20 hari terhitung sejak Rabu (15/1/2025).",
        C("duration", "20 hari", iso="P20D"),
        C("date", "Rabu (15/1/2025)", iso="2025-01-15", granularity="day"),
    ),
    Ex(
        "Minggu ini, KPK memeriksa 12 saksi, sementara pekan lalu hanya lima saksi yang hadir.",
        C("date", "Minggu ini", iso=None, resolved="2025-W24", relative=True, granularity="week"),
        C("date", "pekan lalu", iso=None, resolved="2025-W23", relative=True, granularity="week"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Investasi asing langsung pada kuartal I 2025 naik, melanjutkan tren sejak akhir 2023.",
        C("date", "kuartal I 2025", iso="2025-Q1", granularity="quarter"),
        C("date", "akhir 2023", iso="2023", modifier="end", granularity="year"),
    ),
    Ex(
        "Kedua negara menjalin hubungan diplomatik sejak 1950, atau lebih dari 70 tahun.",
        C("date", "1950", iso="1950", granularity="year"),
        C("duration", "70 tahun", iso="P70Y", comparator="gt"),
    ),
    Ex(
        "Sejak Juni lalu, harga telur ayam ras naik Rp 3.000 per kilogram.",
        C("date", "Juni lalu", iso=None, resolved="2025-06", relative=True, granularity="month"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Korban selamat setelah bertahan 36 jam di bawah reruntuhan gedung, Kamis (3/7/2025).",
        C("duration", "36 jam", iso="PT36H"),
        C("date", "Kamis (3/7/2025)", iso="2025-07-03", granularity="day"),
    ),
    Ex(
        "Gelombang demonstrasi di Jakarta pada 25-28 Agustus 2025 berujung pada perombakan kabinet.",
        C("date", "25-28 Agustus 2025", iso="2025-08-25/2025-08-28", granularity="day"),
    ),
    Ex(
        "Bursa saham ditutup selama 30 menit pada perdagangan Jumat (12/9/2025) akibat gangguan sistem.",
        C("duration", "30 menit", iso="PT30M"),
        C("date", "Jumat (12/9/2025)", iso="2025-09-12", granularity="day"),
    ),
    # Kala kalimat menentukan tahun tanggal tanpa tahun
    Ex(
        "Pemungutan suara ulang akan digelar pada 4 November di 12 TPS.",
        C("date", "4 November", iso="XXXX-11-04", resolved="2025-11-04", relative=False, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Kasus serupa sempat terjadi pada 4 November dan menewaskan tiga orang.",
        C("date", "4 November", iso="XXXX-11-04", resolved="2024-11-04", relative=False, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Pendaftaran dibuka hingga 15 September pukul 23.59 WIB.",
        C("date", "15 September pukul 23.59 WIB", iso="XXXX-09-15T23:59+07:00",
          resolved="2025-09-15T23:59+07:00", relative=False, granularity="day"),
        reference_date="2025-08-27",
    ),
    # Bulan dengan tahun relatif
    Ex(
        "Kecelakaan serupa terjadi pada Januari tahun lalu di ruas yang sama.",
        C("date", "Januari tahun lalu", resolved="2024-01", relative=True, granularity="month"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Jembatan itu ditargetkan rampung pada Maret tahun depan.",
        C("date", "Maret tahun depan", resolved="2026-03", relative=True, granularity="month"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Harga beras melonjak sejak awal 2000-an.",
        C("date", "awal 2000-an", iso="200X", granularity="decade", modifier="start"),
    ),
    Ex(
        "Kecelakaan terjadi Rabu (27/8/2025) sekitar pukul 05.45 WIB di Tol Cipularang.",
        C("date", "Rabu (27/8/2025) sekitar pukul 05.45 WIB", iso="2025-08-27T05:45+07:00", granularity="day"),
    ),
    Ex(
        "Ruas jalan tersebut ditutup pada Minggu (31/8) mulai pukul 06.00 hingga 10.00 WIB.",
        C("date", "Minggu (31/8) mulai pukul 06.00 hingga 10.00 WIB",
          iso="XXXX-08-31T06:00+07:00/XXXX-08-31T10:00+07:00",
          resolved="2025-08-31T06:00+07:00/2025-08-31T10:00+07:00"),
        reference_date="2025-08-27",
        note="a span of clock times on its day: the day and the zone written once belong to both ends",
    ),
    Ex(
        "Layanan pembuatan SIM keliling dibuka pukul 8 pagi hingga 2 siang.",
        C("date", "pukul 8 pagi hingga 2 siang", iso="T08:00/T14:00", granularity="time"),
    ),
    Ex(
        "Gempa susulan kembali terasa pukul 04.45 pagi tadi.",
        C("date", "pukul 04.45 pagi tadi", resolved="2025-08-27T04:45"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Pelari asal Kenya itu finis dengan catatan waktu 9 menit 56 detik.",
        C("duration", "9 menit 56 detik", iso="PT596S"),
    ),
    Ex(
        "Tarif ojek daring naik menjadi Rp 75.000 tahun depan.",
        C("date", "tahun depan", resolved="2026", relative=True),
        reference_date="2025-08-27",
        note="digits after a currency are money: 'Rp 75.000 tahun' is no length of time",
    ),
    Ex(
        "Ruas tol itu ditutup pada Jumat (29/8) pukul 22.00 hingga 06.00 WIB untuk perbaikan.",
        C("date", "Jumat (29/8) pukul 22.00 hingga 06.00 WIB",
          iso="XXXX-08-29T22:00+07:00/XXXX-08-30T06:00+07:00",
          resolved="2025-08-29T22:00+07:00/2025-08-30T06:00+07:00"),
        reference_date="2025-08-27",
        note="a span of hours that passes midnight ends on the next day",
    ),
    Ex(
        "Pemadaman listrik berlangsung pukul 09.00-15.00 WIB.",
        C("date", "pukul 09.00-15.00 WIB", iso="T09:00+07:00/T15:00+07:00", granularity="time"),
    ),
    Ex(
        "Gempa terjadi pukul 14.20 WIB pada Senin (25/8).",
        C("date", "pukul 14.20 WIB pada Senin (25/8)", iso="XXXX-08-25T14:20+07:00",
          resolved="2025-08-25T14:20+07:00", granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Tiket mulai dijual pukul 10.00 WIB.",
        C("date", "pukul 10.00 WIB", iso="T10:00+07:00", resolved=None, granularity="time"),
        reference_date="2025-08-27",
        note="a clock time alone is not resolved to the reference date",
    ),
    # Batas pidana
    Ex(
        "Terdakwa terancam pidana penjara paling singkat 4 tahun dan paling lama 20 tahun.",
        C("duration", "4 tahun", iso="P4Y", comparator="ge"),
        C("duration", "20 tahun", iso="P20Y", comparator="le"),
    ),
    Ex(
        "Laga pekan ke-33 tahun 2025 digelar tanpa penonton.",
        C("date", "tahun 2025", iso="2025", granularity="year"),
        note="ke-33 ranks the week: no duration of 33 years",
    ),
    Ex(
        "Rata-rata lama menginap wisatawan mancanegara 3,2 hari.",
        C("duration", "3,2 hari", iso="P3.2D"),
    ),
    Ex(
        "Penetapan hasil dijadwalkan tiga hari setelah rekapitulasi.",
        C("duration", "tiga hari", iso="P3D"),
    ),
    Ex(
        "Angka kemiskinan ini lebih rendah dibandingkan 2023.",
        C("date", "2023", iso="2023", granularity="year"),
    ),
    Ex(
        "Kecelakaan terjadi pada Minggu (24/8/2025) malam sekitar pukul 21.30 WIB.",
        C("date", "Minggu (24/8/2025) malam sekitar pukul 21.30 WIB", iso="2025-08-24T21:30+07:00"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A list of years: each member is its own claim
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Inflasi bulanan melampaui 1 persen pada Januari, Mei, dan Juli 2025.",
        C("date", "Januari", iso="2025-01"),
        C("date", "Mei", iso="2025-05"),
        C("date", "Juli 2025", iso="2025-07"),
    ),
    Ex(
        "Sidang lanjutan perkara itu digelar pada tanggal 3, 5, dan 9 Juni.",
        C("date", "3", iso="XXXX-06-03", resolved="2025-06-03"),
        C("date", "5", iso="XXXX-06-05", resolved="2025-06-05"),
        C("date", "9 Juni", iso="XXXX-06-09", resolved="2025-06-09"),
        reference_date="2025-10-30",
    ),
    Ex(
        "Harga cabai terus naik antara 3 dan 9 Juni 2025.",
        C("date", "3 dan 9 Juni 2025", iso="2025-06-03/2025-06-09"),
        note="after antara the two days are the ends of an interval, not a list",
    ),
    Ex(
        "Banjir besar melanda Jakarta pada 2007, 2013, dan 2020.",
        C("date", "2007", iso="2007"),
        C("date", "2013", iso="2013"),
        C("date", "2020", iso="2020"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Tahun yang dipenggal, tahun yang menamai peristiwa, dan hari raya tahun depan
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Keluarga korban tragedi Mei '98 kembali menggelar aksi di depan Istana.",
        C("date", "Mei '98", iso="1998-05"),
    ),
    Ex(
        "Gerakan Reformasi 1998 menumbangkan pemerintahan Orde Baru.",
        C("date", "1998", iso="1998"),
    ),
    Ex(
        "Pemilu 2024 berlangsung aman dan damai, kata Ketua KPU.",
        C("date", "2024", iso="2024"),
    ),
    Ex(
        "Olimpiade 2028 akan digelar di Los Angeles, Amerika Serikat.",
        C("date", "2028", iso="2028"),
    ),
    Ex(
        "Pemerintah memperkirakan arus mudik Natal tahun depan meningkat.",
        C("date", "Natal tahun depan", resolved="2026-12-25", relative=True),
        reference_date="2025-10-30",
    ),
    Ex(
        "Harga telur ayam ras naik menjadi Rp32.000 per kilogram menjelang Natal.",
        C("date", "Natal", iso="XXXX-12-25", resolved="2024-12-25"),
        reference_date="2024-12-10",
        note="a holiday a few weeks ahead is the coming one",
    ),
    Ex(
        "Inflasi Desember 2024 didorong kenaikan harga cabai rawit menjelang Natal dan Tahun Baru.",
        C("date", "Natal", resolved="2024-12-25"), C("date", "Tahun Baru", resolved="2025-01-01"),
        C("date", "Desember 2024", resolved="2024-12"),
        reference_date="2025-01-02",
        note="days after the holiday, the one just past: the next is a year away",
    ),
    Ex(
        "Harga daging sapi sempat melonjak saat Natal.",
        C("date", "Natal", resolved="2023-12-25"),
        reference_date="2024-12-10",
        note="a clause that looks back keeps the last one",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Jarak waktu yang dihitung dari suatu hari: satu tanggal (date.offset)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Sidang lanjutan digelar dua hari setelah 17 Agustus 2025.",
        C("date", "dua hari setelah 17 Agustus 2025", iso="2025-08-19"),
    ),
    Ex(
        "Harga cabai melonjak sepekan sebelum 25 Desember 2024.",
        C("date", "sepekan sebelum 25 Desember 2024", iso="2024-12-18"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Periode yang ditentukan oleh periode sebelumnya dalam teks (date.anaphoric)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Laba bersih perseroan pada kuartal III 2025 naik 12 persen dibandingkan periode yang sama tahun lalu.",
        C("date", "kuartal III 2025", iso="2025-Q3"),
        C("date", "periode yang sama tahun lalu", iso="2024-Q3"),
    ),
    Ex(
        "Gempa mengguncang Cianjur pada 21 November 2022 dan sehari kemudian tim SAR tiba.",
        C("date", "21 November 2022", iso="2022-11-21"),
        C("date", "sehari kemudian", iso="2022-11-22"),
    ),
    Ex(
        "Korban dilaporkan hilang pada 7 Oktober 2024. Tiga hari kemudian, jasadnya ditemukan warga.",
        C("date", "7 Oktober 2024", iso="2024-10-07"),
        C("date", "Tiga hari kemudian", iso="2024-10-10"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Hari raya yang tanggalnya berpindah: dari daftar SKB libur nasional (date.holiday)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Puluhan ribu umat Buddha menghadiri perayaan Waisak 2024 di Candi Borobudur.",
        C("date", "Waisak 2024", iso="2024-05-23", granularity="day"),
    ),
    Ex(
        "Umat Hindu di Bali merayakan Nyepi 2024 tanpa menyalakan lampu.",
        C("date", "Nyepi 2024", iso="2024-03-11"),
    ),
    Ex(
        "Arus mudik Lebaran tahun lalu mencapai puncaknya tiga hari sebelum hari raya.",
        C("date", "Lebaran tahun lalu", iso=None, resolved="2024-04-10", relative=True),
        reference_date="2025-10-30",
        note="Idul Fitri is a holiday of two days: the name resolves to its first day, 1 Syawal",
    ),
    Ex(
        "Jumlah pemudik saat Lebaran turun 10 persen, menurut Kementerian Perhubungan.",
        C("date", "Lebaran", iso=None, resolved="2025-03-31", relative=False),
        reference_date="2025-10-30",
    ),
    Ex(
        "Kementerian Perhubungan akan membatasi angkutan barang selama libur Idul Fitri.",
        C("date", "Idul Fitri", iso=None, resolved="2026-03-21"),
        reference_date="2025-10-30",
        note="a clause that looks ahead: the next Idul Fitri",
    ),
    Ex(
        "Perayaan Imlek tahun depan diperkirakan lebih meriah.",
        C("date", "Imlek tahun depan", resolved="2026-02-17", relative=True),
        reference_date="2025-10-30",
    ),
    Ex(
        "Sidang isbat menetapkan Hari Raya Idul Fitri 1446 H jatuh pada Senin, 31 Maret 2025.",
        C("date", "Hari Raya Idul Fitri 1446 H", iso="2025-03-31"),
        C("date", "Senin, 31 Maret 2025", iso="2025-03-31"),
        note="a Hijri year names its feast: 1 Syawal 1446",
    ),
    Ex(
        "Pemerintah belum menetapkan tanggal Idul Fitri 2030.",
        C("date", "Idul Fitri 2030", iso=None, resolved=None),
        reference_date="2025-10-30",
        note="beyond the SKB lists: found, its day not guessed",
    ),
    Ex(
        "Harga daging sapi melonjak menjelang Iduladha, kata pedagang di Pasar Senen.",
        C("date", "Iduladha", resolved=None),
        reference_date="2027-08-01",
        note="the table ends in 2026: the Iduladha of 2027 is not known, so none is picked",
    ),
    # A yearless span of months: one year for both ends
    Ex(
        "Harga cabai naik sepanjang Oktober hingga Desember.",
        C("date", "Oktober hingga Desember", iso="XXXX-10/XXXX-12", resolved="2024-10/2024-12",
          granularity="month"),
        reference_date="2024-11-20",
        note="the span holds the reference date; each end alone read 2024-10/2023-12",
    ),
    Ex(
        "Deflasi lima bulan beruntun itu yang terpanjang sejak krisis 1999.",
        C("date", "1999", iso="1999", resolved="1999", granularity="year"),
        C("duration", "lima bulan", iso="P5M"),
        reference_date="2024-10-02",
        note="a year right after the event it names is a date",
    ),
    Ex(
        "Kasus Covid-19 tahun ini naik, sementara kasus COVID-19 pekan ini turun.",
        C("date", "tahun ini", resolved="2024"), C("date", "pekan ini", resolved="2024-W38"),
        reference_date="2024-09-18",
        note="the 19 of COVID-19 names the disease: no '19 tahun' or '19 pekan'",
    ),
    Ex(
        "IHSG ditutup di level 7.300 pekan ini, sementara produksi naik dari 480,5 tahun lalu.",
        C("date", "pekan ini", resolved="2025-W24", relative=True, granularity="week"),
        C("date", "tahun lalu", resolved="2024", relative=True, granularity="year"),
        reference_date="2025-06-11",
        note="a figure of thousands or with a fraction other than a half is no count of the week or year after it",
    ),
    Ex(
        "Ia pindah ke Jakarta 1,5 tahun lalu.",
        C("date", "1,5 tahun lalu", resolved="2023-12", relative=True, granularity="month"),
        reference_date="2025-06-11",
        note="half a year counts in months",
    ),
    Ex(
        "Terdakwa harus menjalani kurungan 6 bulan lagi, sedangkan proyek itu rampung dalam 6 bulan lagi.",
        C("duration", "6 bulan", iso="P6M"),
        C("date", "6 bulan lagi", resolved="2025-12", relative=True, granularity="month", nth=2),
        reference_date="2025-06-11",
        note="'kurungan 6 bulan lagi': six more months of detention",
    ),
    Ex(
        "Kebakaran terjadi Selasa (10/6/2025) malam, sementara rapat digelar Senin pagi ini.",
        C("date", "Selasa (10/6/2025) malam", iso="2025-06-10", resolved="2025-06-10"),
        C("date", "Senin", resolved="2025-06-09", relative=True),
        C("date", "pagi ini", resolved="2025-06-11", relative=True),
        reference_date="2025-06-11",
        note="a part of the day after a day is in its span; 'pagi ini' is a date of its own",
    ),
]

NEGATIVES: list[str] = [
    "Copyright © ANTARA 2024",  # a copyright line: no date of the story
    "Warga antre di Puskesmas Kecamatan Pasar Minggu sejak pagi.",  # a district of Jakarta, no Sunday
    "Pelamar harus berusia 21 hingga 35 tahun dan berijazah minimal S1.",  # an age range, no duration
    'Kapal pengungsi itu terdampar di Pulau Natal, Australia.',
    "Tradisi Lebaran Betawi kembali digelar di kawasan Monas.",
    # A number after an event word that is no year stays a name
    "Persib kembali memimpin klasemen sementara Liga 1.",
    # A list of counts is no list of days
    "Sebanyak 2, 5, dan 7 warga dilaporkan terluka di tiga lokasi berbeda.",
    # Tarif dan usia
    "Obat itu diminum tiga kali sehari setelah makan.",
    "Korban adalah pria berusia 40-an yang tinggal di Bekasi.",
    # Numbers inside names and identifiers
    "Pasal 24 ayat (2) UU Pemilu mengatur syarat pencalonan anggota legislatif.",
    "Pasien COVID-19 yang dirawat di rumah sakit rujukan terus bertambah.",
    "Negara-negara G20 sepakat memperkuat kerja sama perpajakan internasional.",
    "Kecelakaan beruntun terjadi di Km 50 Tol Jakarta-Cikampek.",
    "Pesawat Boeing 737 MAX 8 milik maskapai itu kembali diizinkan terbang.",
    "Warga RT 05/RW 03 Kelurahan Kampung Melayu paling parah terdampak banjir.",
    "Kantor kementerian itu berada di Jalan Jenderal Sudirman Kav. 52-53, Jakarta Selatan.",
    "Kebakaran terjadi di lantai 14 gedung perkantoran tersebut.",
    "Kereta rel listrik nomor 1722 tertahan di Stasiun Manggarai.",
    "Bus Transjakarta koridor 13 melayani rute Ciledug-Tendean.",
    "Partai Bulan Bintang menyatakan mendukung pasangan calon tersebut.",
    # Counts, money and percent figures only
    "Lebih dari 2.000 tentara dikerahkan ke wilayah perbatasan.",
    "Inflasi 2,5 persen masih berada dalam rentang sasaran Bank Indonesia.",
    "Pemerintah mengalokasikan anggaran Rp 71 triliun untuk program makan bergizi gratis.",
    "Nilai tukar rupiah melemah ke level Rp 16.400 per dolar AS.",
    "IHSG ditutup menguat 0,8 persen ke level 7.250.",
    "Tim SAR gabungan mengerahkan 2 helikopter dan 12 perahu karet.",
    "Sebanyak 16 dari 38 provinsi melaporkan kasus gizi buruk.",
    "Harga cabai rawit naik tiga kali lipat di sejumlah pasar.",
    # Scores
    "Persija menang 2-1 atas Persib di Stadion Gelora Bung Karno.",
    "Timnas Indonesia bermain imbang 1-1 melawan Australia.",
    "Pertandingan final itu dimenangi tuan rumah dengan skor 3-0.",
    # Phone numbers, accounts, version numbers
    "Masyarakat dapat menghubungi layanan darurat di nomor 112 atau call center 021-500-454.",
    "Informasi lebih lanjut dapat diperoleh melalui nomor 0812-3456-7890.",
    "Donasi dapat disalurkan melalui nomor rekening 123-456-7890.",
    "Pengguna diminta memperbarui aplikasi ke versi 2.1.3 untuk menutup celah keamanan.",
    "Pembaruan Android 14 mulai digulirkan ke ponsel pintar buatan Samsung.",
    "Apple meluncurkan iPhone 16 di Cupertino, Amerika Serikat.",
    # Ordinals without a date
    "Upacara HUT ke-80 RI digelar di Istana Merdeka.",
    "Indonesia menempati peringkat ke-3 dalam perolehan medali.",
    "Vaksin dosis ketiga diberikan kepada tenaga kesehatan.",
    # Frequencies and vague spans are not durations
    "Presiden menyampaikan pidato dalam Sidang Tahunan MPR.",
    "Harian Kompas memuat laporan investigasi tentang tambang ilegal.",
    "Rapat evaluasi digelar setiap pekan oleh tim gugus tugas.",
    "Warga sudah beberapa tahun menunggu ganti rugi lahan dari pemerintah.",
    "Pemudik menunggu berjam-jam di antrean pelabuhan.",
    "Pembangunan jembatan itu memakan waktu bertahun-tahun.",
    "Nelayan setempat biasa melaut berhari-hari tanpa kepastian hasil tangkapan.",
    # Words that look like time words
    "Warga setempat menyebut kawasan itu Kampung Bulan.",
    # Scores and codes
    "Skor akhir pertandingan bola basket itu 98-87.",
    "Kode pos kantor kelurahan tersebut adalah 40115.",
]

GAPS: list[Ex] = [
    Ex(
        "Minggu dan Senin adalah nama dua ekor gajah sumatera di kebun binatang itu.",
        note="weekday names used as names: a bare capitalised weekday is read as a day",
    ),
]
