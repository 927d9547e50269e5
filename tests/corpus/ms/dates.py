"""Malay corpus for time: date and duration claims.

The texts are written the way Malaysian news is written (Bernama, Berita Harian, Harian Metro, Utusan Malaysia,
Sinar Harian, Malaysiakini, BBC News Melayu, Astro Awani): whole sentences, house styles included (the Bernama
dateline ``KUALA LUMPUR, 12 Ogos (Bernama) --``, ``pada 12 Ogos lalu``, ``pukul 3 petang``, ``suku ketiga 2024``,
``penjara 10 tahun dan enam sebatan``).

Malay is close to Indonesian but its calendar words are not the same, and the corpus pins the differences down:
the months ``Mac``, ``Julai``, ``Ogos``, ``Disember`` (abbreviated ``Jan``, ``Feb``, ``Mac``, ``Apr``, ``Jun``,
``Jul``, ``Ogo``, ``Sep``, ``Okt``, ``Nov``, ``Dis``); the weekdays ``Isnin``, ``Khamis``, ``Jumaat``, ``Ahad``
(Sunday is ``Ahad``: ``minggu`` is only ever a week); ``semalam`` is *yesterday* (in Indonesian it is last night);
``lepas`` and ``hadapan`` beside ``lalu`` and ``depan``; ``suku`` for a quarter and ``separuh`` for a half year;
``minit`` and ``saat``; ``sehingga`` joining the ends of an interval.

What it covers, one group per rule of docs/claims.md ("date", "duration", "Spans"):

- full dates: ``31 Ogos 1957``, with a weekday (``Khamis, 15 Ogos 2024``), abbreviated months (``15 Dis 2024``),
  numeric day/month/year (``12/8/2024``, ``12/03/2026`` is 12 March);
- partial dates: a day and month without a year (``24 April``: ``XXXX-04-24``, not relative; the Bernama dateline
  ``12 Ogos``), ``12 Ogos lalu``, month and year (``Julai 2025``), a month alone (``XXXX-11``), years (``tahun 2050``,
  ``pada 1982`` → ``1982``, ``2014 lalu``), parts of a period (``awal``/``pertengahan``/``akhir``/``hujung`` →
  modifier), quarters (``suku ketiga 2024``, ``suku tahun kedua 2025``), halves (``separuh pertama 2025``), decades
  (``tahun 1990-an`` → ``199X``) and the fixed-date holiday ``Hari Malaysia``;
- relative dates, resolved against ``reference_date``: ``semalam``, ``hari ini``, ``esok``, ``lusa``,
  ``dua hari lalu``, ``tiga hari lepas``, a weekday alone (the most recent one on or before the reference date, the
  coming one in a clause that looks ahead), ``Khamis lalu``, ``Isnin depan``, weeks (``minggu lalu``, ``minggu
  lepas``, ``minggu ini``, ``minggu depan``, ``minggu hadapan`` → ISO week), months (``bulan lalu``, ``bulan lepas``,
  ``bulan ini``, ``bulan depan``, ``bulan hadapan``, ``Ogos lalu``, ``dua bulan lalu``), years (``tahun lepas``,
  ``tahun lalu``, ``tahun ini``, ``tahun depan``, ``tahun hadapan``, ``lima tahun lalu``) and their parts and halves
  (``awal tahun ini``, ``hujung tahun lepas``, ``separuh pertama tahun ini``);
- the tense of a yearless date: ``akan diadakan pada 26 Oktober`` → the next one; ``pernah berlaku pada 4
  November`` (or no cue) → the last one; ``dibuka sehingga 15 September`` → a deadline, the next one;
- intervals: ``2018-2022``, ``1-3 Ogos 2024``, ``28 Ogos-1 September 2025``, ``Januari-Mac 2025``, ``dari 2019
  hingga 2021`` → ``2019 hingga 2021``, ``dari 2015 sehingga 2018``, ``antara 2010 dan 2020``;
- clock times: alone (``pukul 3 petang`` → ``T15:00``, ``jam 10 pagi``, ``pukul 1.15 tengah hari`` → ``T13:15``,
  ``pukul 8.45 malam``; Malaysian copy gives no zone, so there is no offset) and joined to their date in one claim
  (``12 Ogos 2024 pukul 9 pagi`` → ``2024-08-12T09:00``);
- durations: ``selama tiga bulan`` → ``tiga bulan`` (``P3M``), ``penjara 10 tahun`` → ``10 tahun``, fractions
  (``2.5 jam`` → ``PT150M``, ``1.5 bulan`` → ``P1.5M``), compound lengths (``2 tahun 6 bulan`` → ``P30M``),
  one-unit words (``sehari``, ``seminggu``, ``sebulan``, ``setahun``, ``sejam``, ``sedekad``), ``minit`` and
  ``saat``, decades (``dekad``) and centuries (``abad``), comparators outside the span (``lebih daripada 20
  tahun`` → ``20 tahun``, ``gt``; ``hampir`` → ``approx`` with ``nearly``);
- the line between a duration and a relative date: ``dua hari`` is ``P2D``, ``dua hari lalu`` is a date.

NEGATIVES are texts with no date or duration claim: section numbers, ``COVID-19``, ``MH370``, road markers, floors,
scores, phone numbers, version numbers, money and percent figures, frequencies (``tiga kali sehari``, ``setiap
minggu``, ``Mesyuarat Agung Tahunan``, the papers ``Harian Metro`` and ``Mingguan Malaysia``), vague spans
(``beberapa tahun``, ``berjam-jam``), ``suku akhir`` (a quarter-final), ``separuh masa pertama``
(a match's first half), ``suku``/``separuh daripada`` (fractions) and ``Mac`` the computer.

Conventions: ``resolved`` is given only on examples with a ``reference_date`` (and equals ``iso`` for an absolute
date); ``iso`` is ``None`` for a date placed only relative to the day of writing; a weekday name alone has no
``iso``; keys not given are not checked. Where Malay usage itself is loose, only what is certain is asserted:
``kelmarin`` (the day before yesterday in Kamus Dewan, but often any recent day) is checked as a relative day with
no ``resolved``, and ``12 Ogos lalu`` (a day and month with ``lalu``, the date expression's own word, as in
``September lalu`` and ``2014 lalu``) is checked for its span, ``resolved`` and granularity only. Sentences avoid
ages (``berusia 45 tahun``), rates (``sehari`` after a quantity), future spans (``dalam tempoh dua minggu``),
day periods after a weekday (``Isnin malam``) and vague words (``kini``, ``baru-baru ini``) so that every claim in
them is listed.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date", "duration")

EXAMPLES: list[Ex] = [
    # ------------------------------------------------------------------------------------------------------------
    # Full dates: day, Malay month name, year
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Persekutuan Tanah Melayu mencapai kemerdekaan pada 31 Ogos 1957.",
        C("date", "31 Ogos 1957", iso="1957-08-31", relative=False, granularity="day"),
    ),
    Ex(
        "Malaysia dibentuk pada 16 September 1963 dengan penyertaan Sabah, Sarawak dan Singapura.",
        C("date", "16 September 1963", iso="1963-09-16", relative=False, granularity="day"),
    ),
    Ex(
        "Pilihan Raya Umum Ke-15 (PRU15) diadakan pada 19 November 2022.",
        C("date", "19 November 2022", iso="2022-11-19", granularity="day"),
        note="PRU15 is a name, not a date",
    ),
    Ex(
        "Pesawat MH370 hilang dari radar pada 8 Mac 2014 dengan 239 orang di dalamnya.",
        C("date", "8 Mac 2014", iso="2014-03-08", relative=False, granularity="day"),
        note="'Mac' is March",
    ),
    Ex(
        "Cukai Barang dan Perkhidmatan (GST) dilaksanakan mulai 1 April 2015.",
        C("date", "1 April 2015", iso="2015-04-01", granularity="day"),
    ),
    Ex(
        "Perintah Kawalan Pergerakan (PKP) berkuat kuasa di seluruh negara pada 18 Mac 2020.",
        C("date", "18 Mac 2020", iso="2020-03-18", granularity="day"),
    ),
    Ex(
        "Tragedi tanah runtuh di tapak perkhemahan Batang Kali berlaku pada 16 Disember 2022.",
        C("date", "16 Disember 2022", iso="2022-12-16", granularity="day"),
    ),
    Ex(
        "Bank Negara Malaysia menaikkan OPR kepada 3.00 peratus pada 3 Mei 2023.",
        C("date", "3 Mei 2023", iso="2023-05-03", granularity="day"),
    ),
    Ex(
        "Banjir besar melanda Lembah Klang pada 18 Disember 2021 dan menjejaskan ribuan penduduk.",
        C("date", "18 Disember 2021", iso="2021-12-18", granularity="day"),
    ),
    Ex(
        "Mesyuarat Dewan Rakyat dijadual bersidang semula pada 20 Oktober 2025.",
        C("date", "20 Oktober 2025", iso="2025-10-20", granularity="day"),
    ),
    Ex(
        "Penghakiman itu dibacakan pada 8 Julai 2025, manakala notis rayuan difailkan pada 14 Februari 2025.",
        C("date", "8 Julai 2025", iso="2025-07-08", granularity="day"),
        C("date", "14 Februari 2025", iso="2025-02-14", granularity="day"),
    ),
    Ex(
        "Harga siling minyak masak paket ditetapkan sejak 1 Julai 2022.",
        C("date", "1 Julai 2022", iso="2022-07-01", granularity="day"),
    ),
    Ex(
        "Suspek ditahan reman sejak 12 Julai 2025, kata Ketua Polis Daerah.",
        C("date", "12 Julai 2025", iso="2025-07-12", resolved="2025-07-12", granularity="day"),
        reference_date="2025-07-20",
        note="an absolute date resolves to itself",
    ),
    Ex(
        "Tarikh akhir permohonan ialah 31 Oktober ini, mesyuarat agung pada 8 Disember depan, manakala "
        "perjanjian itu ditandatangani pada 12 Ogos lalu.",
        C("date", "31 Oktober ini", resolved="2024-10-31"),
        C("date", "8 Disember depan", resolved="2024-12-08"),
        C("date", "12 Ogos lalu", resolved="2024-08-12"),
        reference_date="2024-12-02",
        note="a shift word after a day and month is part of it and names its year: this year's, the coming one, "
             "the last one",
    ),
    Ex(
        "Perbicaraan berlangsung dari 6 hingga 31 Januari tahun depan.",
        C("date", "6 hingga 31 Januari tahun depan", resolved="2025-01-06/2025-01-31"),
        reference_date="2024-09-04",
    ),
    Ex(
        "Jumlah mangsa meningkat kepada 84,178 orang setakat 8 malam tadi, berbanding 52,371 pada 3 petang semalam "
        "dan 41,000 setakat 8 pagi ini.",
        C("date", "8 malam tadi", resolved="2024-11-29T20:00"),
        C("date", "3 petang semalam", resolved="2024-11-29T15:00"),
        C("date", "8 pagi ini", resolved="2024-11-30T08:00"),
        reference_date="2024-11-30",
        note="a bare hour before a part of a named day is a clock time, not a count ('8 malam' alone may be nights)",
    ),
    Ex(
        "Kemalangan itu berlaku kira-kira jam 4.45 pagi tadi di Jalan Klang Lama.",
        C("date", "jam 4.45 pagi tadi", resolved="2024-11-30T04:45"),
        reference_date="2024-11-30",
        note="after a clock word, a relative day opening with a part of the day is read whole: its day is the time's",
    ),
    Ex(
        "Pelari negara itu menamatkan larian dalam masa dua jam 33 minit 48 saat.",
        C("duration", "dua jam 33 minit 48 saat", iso="PT9228S"),
        note="'minit' counted by the number before it is a unit of the duration, not the minute of a match",
    ),
    Ex(
        "Kerajaan akan memperuntukkan RM58,000 tahun depan untuk program itu.",
        C("date", "tahun depan", resolved="2025", relative=True),
        reference_date="2024-11-30",
        note="digits after a currency are money, never the count of a length of time",
    ),
    Ex(
        "Pameran Automotif Antarabangsa itu berlangsung dari Khamis hingga Ahad ini di MITEC.",
        C("date", "Khamis hingga Ahad ini", resolved="2024-11-28/2024-12-01", relative=True),
        reference_date="2024-11-26",
        note="two weekdays make a span within one week: the bare one takes the week of the one placed",
    ),
    Ex(
        "Sekatan jalan raya dilaksanakan dari jam 10 malam hingga 6 pagi mulai Jumaat ini.",
        C("date", "jam 10 malam hingga 6 pagi mulai Jumaat ini", resolved="2024-11-29T22:00/2024-11-30T06:00"),
        reference_date="2024-11-26",
        note="a span of hours that passes midnight ends on the next day",
    ),
    Ex(
        "Mangsa ditemui pada 12 Mac 2024 dan polis menahan suspek lima hari kemudian.",
        C("date", "12 Mac 2024", iso="2024-03-12"),
        C("date", "lima hari kemudian", iso="2024-03-17"),
        note="a counted stretch of time after 'kemudian' is placed from the paragraph's last date",
    ),
    Ex(
        "Keluaran Dalam Negeri Kasar bagi enam bulan pertama 2024 berkembang 5.1 peratus.",
        C("date", "enam bulan pertama 2024", iso="2024-01/2024-06", granularity="month"),
    ),
    Ex(
        "Pelancong itu menginap 8 malam di hotel tersebut.",
        C("duration", "8 malam", iso="P8D"),
    ),
    Ex(
        "Pelaburan langsung asing meningkat setakat Jun. Lebuh raya sesak menjelang cuti Tahun Baharu.",
        C("date", "Jun", resolved="2024-06"),
        C("date", "Tahun Baharu", resolved="2025-01-01"),
        reference_date="2024-12-26",
    ),
    Ex(
        "Gempa bumi bermagnitud 6.0 menggegarkan Ranau, Sabah pada Jumaat, 5 Jun 2015.",
        C("date", "Jumaat, 5 Jun 2015", iso="2015-06-05", relative=False, granularity="day"),
        note="a weekday before a full date is part of it; 'Jun' is June",
    ),
    Ex(
        "Mesyuarat Majlis Raja-Raja berlangsung pada Khamis, 15 Ogos 2024.",
        C("date", "Khamis, 15 Ogos 2024", iso="2024-08-15", granularity="day"),
    ),
    Ex(
        "Rang undang-undang itu diluluskan Dewan Rakyat pada Selasa, 22 Julai 2025.",
        C("date", "Selasa, 22 Julai 2025", iso="2025-07-22", granularity="day"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Abbreviated months (Jan, Feb, Mac, Apr, Jun, Jul, Ogo, Sep, Okt, Nov, Dis)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Tarikh tutup permohonan biasiswa itu ialah 15 Dis 2024.",
        C("date", "15 Dis 2024", iso="2024-12-15", granularity="day"),
    ),
    Ex(
        "Kadar tol baharu berkuat kuasa mulai 1 Jan 2025.",
        C("date", "1 Jan 2025", iso="2025-01-01", granularity="day"),
    ),
    Ex(
        "Laporan kewangan bertarikh 30 Sep 2024 itu dikemukakan kepada Bursa Malaysia.",
        C("date", "30 Sep 2024", iso="2024-09-30", granularity="day"),
    ),
    Ex(
        "Jualan tiket konsert itu dibuka pada 12 Okt 2024.",
        C("date", "12 Okt 2024", iso="2024-10-12", granularity="day"),
    ),
    Ex(
        "Data DOSM bagi Feb 2025 menunjukkan kadar pengangguran kekal stabil.",
        C("date", "Feb 2025", iso="2025-02", granularity="month"),
    ),
    Ex(
        "Peraturan baharu itu berkuat kuasa pada 1 Ogo 2024.",
        C("date", "1 Ogo 2024", iso="2024-08-01", granularity="day"),
    ),
    Ex(
        "Notis pengambilan balik tanah itu dikeluarkan pada 17 Apr 2025.",
        C("date", "17 Apr 2025", iso="2025-04-17", granularity="day"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Numeric dates: day/month/year
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Surat bertarikh 12/8/2024 itu ditandatangani oleh Setiausaha Kerajaan Negeri.",
        C("date", "12/8/2024", iso="2024-08-12", granularity="day"),
    ),
    Ex(
        "Permohonan dibuka mulai 01/09/2025 dan ditutup pada 30/09/2025.",
        C("date", "01/09/2025", iso="2025-09-01", granularity="day"),
        C("date", "30/09/2025", iso="2025-09-30", granularity="day"),
        note="numeric dates are day/month/year in Malaysian copy",
    ),
    Ex(
        "Menurut notis bertarikh 5/1/2024, bekalan air akan dihentikan sementara.",
        C("date", "5/1/2024", iso="2024-01-05", granularity="day"),
        note="5/1 is 5 January, not 1 May",
    ),
    Ex(
        "Menurut label pada bungkusan, produk susu itu luput pada 12/03/2026.",
        C("date", "12/03/2026", iso="2026-03-12", granularity="day"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Day and month without a year: XXXX-MM-DD, not relative; the year follows the tense of the clause
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "KUALA LUMPUR, 12 Ogos (Bernama) -- Polis menahan tiga suspek dalam satu serbuan di Cheras.",
        C("date", "12 Ogos", iso="XXXX-08-12", resolved="2025-08-12", relative=False, granularity="day"),
        reference_date="2025-08-12",
        note="the Bernama dateline gives the day of writing without a year",
    ),
    Ex(
        "PUTRAJAYA, 3 Dis (Bernama) -- Kabinet bersetuju melanjutkan subsidi elektrik kepada pengguna domestik.",
        C("date", "3 Dis", iso="XXXX-12-03", resolved="2024-12-03", relative=False, granularity="day"),
        reference_date="2024-12-03",
    ),
    Ex(
        "Kedua-dua negara menandatangani perjanjian perdagangan bebas itu pada 20 Disember.",
        C("date", "20 Disember", iso="XXXX-12-20", resolved="2024-12-20", relative=False, granularity="day"),
        reference_date="2025-01-15",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    Ex(
        "Keputusan Sijil Pelajaran Malaysia (SPM) diumumkan pada 24 April.",
        C("date", "24 April", iso="XXXX-04-24", resolved="2025-04-24", relative=False, granularity="day"),
        reference_date="2025-04-24",
        note="on or before: the reference day itself",
    ),
    Ex(
        "Penyelarasan harga RON95 bersasar bermula pada 30 September.",
        C("date", "30 September", iso="XXXX-09-30", resolved="2025-09-30", relative=False, granularity="day"),
        reference_date="2025-10-05",
    ),
    Ex(
        "Status darurat di kawasan itu dilanjutkan sehingga 31 Januari.",
        C("date", "31 Januari", iso="XXXX-01-31", relative=False, granularity="day"),
        note="no reference date: nothing resolved",
    ),
    Ex(
        "Mangsa dilaporkan hilang sejak 12 Ogos lalu.",
        C("date", "12 Ogos lalu", resolved="2025-08-12", granularity="day"),
        reference_date="2025-08-27",
        note="'lalu' after a day and month belongs to the date expression",
    ),
    Ex(
        "Kebakaran yang memusnahkan kilang itu berlaku pada 20 Disember lalu.",
        C("date", "20 Disember lalu", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-10",
    ),
    Ex(
        "Jalan Tun Razak akan ditutup sementara dari 8 pagi hingga 5 petang esok bagi memberi laluan kepada perarakan.",
        C("date", "8 pagi hingga 5 petang esok", resolved="2025-08-28T08:00/2025-08-28T17:00", relative=True),
        reference_date="2025-08-27",
        note="a bare hour and its part of the day at either end of a span of hours is a clock time; the day "
             "written after the last end is both ends' day",
    ),
    Ex(
        "Kaunter dibuka jam 9 pagi hingga 4 petang setiap hari bekerja.",
        C("date", "jam 9 pagi hingga 4 petang", iso="T09:00/T16:00", granularity="time"),
    ),
    Ex(
        "Sidang Kemuncak ASEAN akan diadakan pada 26 Oktober di Kuala Lumpur.",
        C("date", "26 Oktober", iso="XXXX-10-26", resolved="2025-10-26", relative=False, granularity="day"),
        reference_date="2025-08-27",
        note="'akan' looks ahead: the next 26 October",
    ),
    Ex(
        "Tarikh akhir penyerahan borang itu dijadualkan pada 15 Mac.",
        C("date", "15 Mac", iso="XXXX-03-15", resolved="2026-03-15", relative=False, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Semua majikan wajib melaksanakan gaji minimum baharu itu pada Februari.",
        C("date", "Februari", iso="XXXX-02", resolved="2026-02", granularity="month"),
        reference_date="2025-08-27",
        note="'wajib' looks ahead: the coming February",
    ),
    Ex(
        "Kejadian serupa pernah berlaku pada 4 November dan meragut tiga nyawa.",
        C("date", "4 November", iso="XXXX-11-04", resolved="2024-11-04", relative=False, granularity="day"),
        reference_date="2025-08-27",
        note="'pernah' looks back: the last 4 November",
    ),
    Ex(
        "Pendaftaran pengundi baharu dibuka sehingga 15 September.",
        C("date", "15 September", iso="XXXX-09-15", resolved="2025-09-15", relative=False, granularity="day"),
        reference_date="2025-08-27",
        note="'sehingga' before a day is a deadline",
    ),
    Ex(
        "Harga minyak RON97 naik pada 1 Ogos susulan kenaikan harga minyak dunia.",
        C("date", "1 Ogos", iso="XXXX-08-01", resolved="2025-08-01", relative=False, granularity="day"),
        reference_date="2025-08-27",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Month and year; a month alone
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "DOSM mencatatkan kadar inflasi 1.2 peratus pada Julai 2025.",
        C("date", "Julai 2025", iso="2025-07", relative=False, granularity="month"),
    ),
    Ex(
        "Bekas menteri itu ditahan reman sejak Mac 2023.",
        C("date", "Mac 2023", iso="2023-03", granularity="month"),
    ),
    Ex(
        "Laluan MRT Putrajaya mula beroperasi sepenuhnya pada Mac 2023.",
        C("date", "Mac 2023", iso="2023-03", granularity="month"),
    ),
    Ex(
        "Jun 2024 direkodkan sebagai bulan paling panas dalam sejarah, menurut MetMalaysia.",
        C("date", "Jun 2024", iso="2024-06", granularity="month"),
    ),
    Ex(
        "Pameran automotif terbesar negara dijadual berlangsung pada November.",
        C("date", "November", iso="XXXX-11", relative=False, granularity="month"),
    ),
    Ex(
        "Inflasi Oktober ialah 1.9 peratus, manakala Ogos mencatatkan kadar terendah tahun ini.",
        C("date", "Oktober", iso="XXXX-10", resolved="2024-10", relative=False, granularity="month"),
        C("date", "Ogos", iso="XXXX-08", resolved="2024-08", relative=False, granularity="month"),
        C("date", "tahun ini", resolved="2024", relative=True, granularity="year"),
        reference_date="2024-12-02",
        note="a month's full name stands alone as a month; Mac, the computer too, still needs its cue",
    ),
    Ex(
        "Kempen kesedaran itu dilancarkan pada Ogos oleh Kementerian Kesihatan.",
        C("date", "Ogos", iso="XXXX-08", resolved="2025-08", relative=False, granularity="month"),
        reference_date="2025-09-10",
    ),
    Ex(
        "Laporan Ekonomi Disember 2024 meramalkan pertumbuhan yang sederhana.",
        C("date", "Disember 2024", iso="2024-12", granularity="month"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Years: "tahun 2050" (the word tahun in the span), "pada 1982" (the preposition outside)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Kerajaan menyasarkan sifar pelepasan karbon bersih menjelang tahun 2050.",
        C("date", "tahun 2050", iso="2050", relative=False, granularity="year"),
    ),
    Ex(
        "Anwar Ibrahim pertama kali bertanding di Permatang Pauh pada 1982.",
        C("date", "1982", iso="1982", relative=False, granularity="year"),
    ),
    Ex(
        "Harga getah di peringkat pekebun kecil terus merosot sejak 2019.",
        C("date", "2019", iso="2019", granularity="year"),
    ),
    Ex(
        "Pada 1998, krisis kewangan Asia memaksa BNM melaksanakan kawalan modal.",
        C("date", "1998", iso="1998", granularity="year"),
    ),
    Ex(
        "Tahun 2024 dicatatkan sebagai tahun paling panas sejak rekod suhu global bermula.",
        C("date", "Tahun 2024", iso="2024", granularity="year"),
        note="the second 'tahun' has no number and is no claim",
    ),
    Ex(
        "Kes serupa pernah berlaku di daerah yang sama pada 2014 lalu.",
        C("date", "2014 lalu", iso="2014", granularity="year"),
        note="'lalu' after a year is part of the date expression; the year is absolute",
    ),
    Ex(
        "Syarikat itu ditubuhkan pada tahun 1971 dan disenaraikan di Bursa Malaysia pada 2007.",
        C("date", "tahun 1971", iso="1971", granularity="year"),
        C("date", "2007", iso="2007", granularity="year"),
    ),
    Ex(
        "Sejak 2015, kerajaan telah membina lebih daripada 2,000 kilometer jalan luar bandar.",
        C("date", "2015", iso="2015", granularity="year"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Parts of a period: awal / pertengahan / akhir / hujung → modifier start / mid / end
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Projek Transit Aliran Ringan itu dijangka siap pada akhir 2026.",
        C("date", "akhir 2026", iso="2026", modifier="end", granularity="year"),
    ),
    Ex(
        "Harga beras tempatan mula turun pada awal 2025 selepas musim menuai.",
        C("date", "awal 2025", iso="2025", modifier="start", granularity="year"),
    ),
    Ex(
        "Kes denggi meningkat sejak pertengahan 2023, menurut data Kementerian Kesihatan.",
        C("date", "pertengahan 2023", iso="2023", modifier="mid", granularity="year"),
    ),
    Ex(
        "Kontrak konsesi itu tamat pada akhir Jun 2024.",
        C("date", "akhir Jun 2024", iso="2024-06", modifier="end", granularity="month"),
    ),
    Ex(
        "Harga sayur melonjak sejak awal tahun ini, kata peniaga di Pasar Borong Selayang.",
        C("date", "awal tahun ini", iso=None, resolved="2025", relative=True, modifier="start", granularity="year"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Kilang tekstil itu menghentikan operasi pada hujung tahun lepas.",
        C("date", "hujung tahun lepas", iso=None, resolved="2024", relative=True, modifier="end", granularity="year"),
        reference_date="2025-03-06",
        note="'hujung' is end, as 'akhir'",
    ),
    Ex(
        "Landasan berkembar itu dijangka beroperasi pada pertengahan tahun depan.",
        C("date", "pertengahan tahun depan", iso=None, resolved="2026", relative=True, modifier="mid",
          granularity="year"),
        reference_date="2025-10-15",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Quarters (suku, suku tahun) and halves (separuh)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Ekonomi Malaysia berkembang 5.3 peratus pada suku ketiga 2024.",
        C("date", "suku ketiga 2024", iso="2024-Q3", granularity="quarter"),
    ),
    Ex(
        "Projek itu dijangka siap pada akhir suku ketiga 2025.",
        C("date", "akhir suku ketiga 2025", iso="2025-Q3", modifier="end", granularity="quarter"),
    ),
    Ex(
        "KDNK meningkat 4.4 peratus dalam enam bulan pertama tahun ini berbanding 5.1 peratus dalam tempoh sama "
        "tahun lepas.",
        C("date", "enam bulan pertama tahun ini", resolved="2025-01/2025-06"),
        C("date", "tempoh sama tahun lepas", resolved="2024-01/2024-06"),
        reference_date="2025-08-15",
        note="'tahun lepas' as 'tahun lalu': the same period a year before the one named",
    ),
    Ex(
        "KDNK negara berkembang 4.4 peratus pada suku pertama 2025, menurut DOSM.",
        C("date", "suku pertama 2025", iso="2025-Q1", granularity="quarter"),
    ),
    Ex(
        "Jualan kenderaan baharu pada suku tahun kedua 2025 mencecah 180,000 unit.",
        C("date", "suku tahun kedua 2025", iso="2025-Q2", granularity="quarter"),
        note="the DOSM style 'suku tahun'",
    ),
    Ex(
        "Pelaburan yang diluluskan pada separuh pertama 2025 berjumlah RM190 bilion.",
        C("date", "separuh pertama 2025", iso="2025-H1", granularity="half"),
    ),
    Ex(
        "Kementerian Kewangan mencatatkan defisit yang lebih kecil pada separuh kedua 2024.",
        C("date", "separuh kedua 2024", iso="2024-H2", granularity="half"),
    ),
    Ex(
        "Keuntungan bersih syarikat itu meningkat pada separuh pertama tahun ini.",
        C("date", "separuh pertama tahun ini", resolved="2025-H1", relative=True, granularity="half"),
        reference_date="2025-08-27",
        note="one date expression: the first half of this year",
    ),
    Ex(
        "Eksport barangan elektrik meningkat pada suku ketiga tahun lepas.",
        C("date", "suku ketiga tahun lepas", resolved="2024-Q3", relative=True, granularity="quarter"),
        reference_date="2025-03-06",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Decades
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Industri elektronik negara berkembang pesat pada tahun 1990-an.",
        C("date", "tahun 1990-an", iso="199X", granularity="decade"),
    ),
    Ex(
        "Kawasan itu mula dibangunkan sejak tahun 1980-an.",
        C("date", "tahun 1980-an", iso="198X", granularity="decade"),
    ),
    Ex(
        "Telefon pintar mula digunakan secara meluas di Malaysia pada tahun 2010-an.",
        C("date", "tahun 2010-an", iso="201X", granularity="decade"),
    ),
    Ex(
        "Harga rumah di Lembah Klang melonjak sejak awal 2000-an.",
        C("date", "awal 2000-an", iso="200X", granularity="decade", modifier="start"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Relative days: semalam (yesterday), kelmarin, hari ini, esok, lusa, N hari lalu / lepas
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Polis menahan kedua-dua suspek semalam di sebuah rumah di Ampang.",
        C("date", "semalam", iso=None, resolved="2025-08-26", relative=True, granularity="day"),
        reference_date="2025-08-27",
        note="Malaysian 'semalam' is yesterday",
    ),
    Ex(
        "Semalam, Perdana Menteri melawat mangsa banjir di Kota Bharu dan menyampaikan bantuan.",
        C("date", "Semalam", iso=None, resolved="2025-03-05", relative=True, granularity="day"),
        reference_date="2025-03-06",
    ),
    Ex(
        "Harga emas hari ini naik RM5 segram berbanding harga pembukaan.",
        C("date", "hari ini", iso=None, resolved="2025-10-15", relative=True, granularity="day"),
        reference_date="2025-10-15",
    ),
    Ex(
        "Mahkamah akan menjatuhkan hukuman esok, kata peguam bela tertuduh.",
        C("date", "esok", iso=None, resolved="2025-12-04", relative=True, granularity="day"),
        reference_date="2025-12-03",
    ),
    Ex(
        "Jenazah mangsa akan dibawa pulang ke Sandakan lusa selepas proses bedah siasat selesai.",
        C("date", "lusa", iso=None, resolved="2025-12-05", relative=True, granularity="day"),
        reference_date="2025-12-03",
    ),
    Ex(
        "Pendaki dari Ipoh itu dilaporkan hilang sejak dua hari lalu.",
        C("date", "dua hari lalu", iso=None, resolved="2025-08-25", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Kebakaran yang memusnahkan pasar awam itu berlaku tiga hari lepas.",
        C("date", "tiga hari lepas", iso=None, resolved="2025-02-28", relative=True, granularity="day"),
        reference_date="2025-03-03",
        note="'lepas' is 'ago'; three days before 3 March 2025 crosses the end of February",
    ),
    Ex(
        "Mangsa kali terakhir dilihat kelmarin di sebuah stesen minyak di Rawang.",
        C("date", "kelmarin", iso=None, relative=True, granularity="day"),
        reference_date="2025-08-27",
        note="'kelmarin' is the day before yesterday in Kamus Dewan but often any recent day: not resolved here",
    ),
    Ex(
        "Semalam, ringgit ditutup lemah, manakala hari ini ringgit dibuka tinggi berbanding dolar AS.",
        C("date", "Semalam", iso=None, resolved="2025-09-30", relative=True, granularity="day"),
        C("date", "hari ini", iso=None, resolved="2025-10-01", relative=True, granularity="day"),
        reference_date="2025-10-01",
    ),
    Ex(
        "Murid-murid di seluruh negara kembali ke sekolah hari ini.",
        C("date", "hari ini", iso=None, resolved="2026-01-12", relative=True, granularity="day"),
        reference_date="2026-01-12",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A weekday alone: the most recent such day on or before the reference date; the coming one in a clause that
    # looks ahead; "Khamis lalu", "Isnin depan" (reference dates chosen so that every reading agrees)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Perdana Menteri meninjau projek tebatan banjir di Kuala Lumpur pada Isnin.",
        C("date", "Isnin", iso=None, resolved="2025-09-01", relative=True, granularity="day"),
        reference_date="2025-09-03",
    ),
    Ex(
        "Sebuah feri karam di perairan Pulau Pinang pada Jumaat.",
        C("date", "Jumaat", iso=None, resolved="2025-08-22", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Wisma Putra dalam satu kenyataan pada Isnin memaklumkan tiada rakyat Malaysia terkorban.",
        C("date", "Isnin", iso=None, resolved="2025-09-01", relative=True, granularity="day"),
        reference_date="2025-09-01",
        note="the reference day is itself a Monday",
    ),
    Ex(
        "Ribuan orang menyertai himpunan aman di Dataran Merdeka pada Sabtu.",
        C("date", "Sabtu", iso=None, resolved="2025-08-30", relative=True, granularity="day"),
        reference_date="2025-08-31",
    ),
    Ex(
        "Pasukan penyelamat menemui bangkai helikopter itu pada Rabu.",
        C("date", "Rabu", iso=None, resolved="2025-01-15", relative=True, granularity="day"),
        reference_date="2025-01-17",
    ),
    Ex(
        "Larian amal itu diadakan pada Ahad di Putrajaya.",
        C("date", "Ahad", iso=None, resolved="2025-08-31", relative=True, granularity="day"),
        reference_date="2025-09-02",
        note="'Ahad' is Sunday",
    ),
    Ex(
        "Mahkamah Tinggi membebaskan tertuduh daripada pertuduhan itu Khamis lalu.",
        C("date", "Khamis lalu", iso=None, resolved="2025-08-28", relative=True, granularity="day"),
        reference_date="2025-09-01",
    ),
    Ex(
        "Perbicaraan kes itu akan disambung Isnin depan.",
        C("date", "Isnin depan", iso=None, resolved="2025-09-01", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "SPR akan mengumumkan tarikh penamaan calon pada Khamis depan.",
        C("date", "Khamis depan", iso=None, resolved="2025-10-23", relative=True, granularity="day"),
        reference_date="2025-10-17",
    ),
    Ex(
        "Mesyuarat Kabinet akan diadakan pada Jumaat untuk membincangkan isu itu.",
        C("date", "Jumaat", iso=None, resolved="2025-08-29", relative=True, granularity="day"),
        reference_date="2025-08-27",
        note="a bare weekday in a clause that looks ahead is the coming one",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Weeks: minggu lalu / lepas / ini / depan / hadapan → ISO week ("minggu" is never Sunday in Malay)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Harga sayur di Pasar Borong Selayang naik mendadak sejak minggu lalu.",
        C("date", "minggu lalu", iso=None, resolved="2024-W26", relative=True, granularity="week"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Minggu ini, harga ayam di beberapa pasar awam kembali naik.",
        C("date", "Minggu ini", iso=None, resolved="2024-W27", relative=True, granularity="week"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Gabenor BNM menandatangani memorandum persefahaman itu minggu lepas.",
        C("date", "minggu lepas", iso=None, resolved="2026-W01", relative=True, granularity="week"),
        reference_date="2026-01-07",
    ),
    Ex(
        "Kerajaan akan mengumumkan pakej rangsangan ekonomi minggu depan.",
        C("date", "minggu depan", iso=None, resolved="2025-W50", relative=True, granularity="week"),
        reference_date="2025-12-03",
    ),
    Ex(
        "Dewan Rakyat dijadual meluluskan rang undang-undang itu minggu hadapan.",
        C("date", "minggu hadapan", iso=None, resolved="2025-W43", relative=True, granularity="week"),
        reference_date="2025-10-15",
    ),
    Ex(
        "Gelombang haba yang melanda Asia Selatan minggu lalu mengorbankan sekurang-kurangnya 60 orang.",
        C("date", "minggu lalu", iso=None, resolved="2025-W01", relative=True, granularity="week"),
        reference_date="2025-01-08",
        note="2025-01-08 is in ISO week 2025-W02",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Months: bulan lalu / lepas / ini / depan / hadapan, "Ogos lalu", N bulan lalu
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Jualan runcit turun 2.1 peratus bulan lalu, menurut tinjauan DOSM.",
        C("date", "bulan lalu", iso=None, resolved="2024-12", relative=True, granularity="month"),
        reference_date="2025-01-15",
    ),
    Ex(
        "Bilangan pelancong ke Pulau Pinang meningkat bulan lepas.",
        C("date", "bulan lepas", iso=None, resolved="2025-04", relative=True, granularity="month"),
        reference_date="2025-05-20",
    ),
    Ex(
        "Tarif elektrik baharu mula berkuat kuasa bulan depan.",
        C("date", "bulan depan", iso=None, resolved="2026-01", relative=True, granularity="month"),
        reference_date="2025-12-03",
    ),
    Ex(
        "Pelan tindakan itu akan dibentangkan kepada Kabinet bulan hadapan.",
        C("date", "bulan hadapan", iso=None, resolved="2025-11", relative=True, granularity="month"),
        reference_date="2025-10-15",
    ),
    Ex(
        "Bulan ini, Lembaga Tabung Haji mula membuka permohonan petugas haji.",
        C("date", "Bulan ini", iso=None, resolved="2025-10", relative=True, granularity="month"),
        reference_date="2025-10-15",
    ),
    Ex(
        "Kes itu terbongkar selepas mangsa membuat laporan polis pada Mac lalu.",
        C("date", "Mac lalu", iso=None, resolved="2024-03", relative=True, granularity="month"),
        reference_date="2025-03-06",
        note="the most recent March before the reference month: March 2025 is the reference month itself",
    ),
    Ex(
        "Kilang bateri kenderaan elektrik itu mula beroperasi Disember lalu.",
        C("date", "Disember lalu", iso=None, resolved="2024-12", relative=True, granularity="month"),
        reference_date="2025-01-15",
    ),
    Ex(
        "Kempen vaksinasi itu dilancarkan pada Ogos lalu.",
        C("date", "Ogos lalu", iso=None, resolved="2024-08", relative=True, granularity="month"),
        reference_date="2025-03-06",
    ),
    Ex(
        "Kedua-dua suspek ditahan dua bulan lalu di Johor Bahru.",
        C("date", "dua bulan lalu", iso=None, resolved="2024-11", relative=True, granularity="month"),
        reference_date="2025-01-15",
    ),
    Ex(
        "Banjir yang melanda Kelantan pada November lalu memusnahkan ratusan rumah.",
        C("date", "November lalu", iso=None, resolved="2024-11", relative=True, granularity="month"),
        reference_date="2025-03-06",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Years: tahun lepas / lalu / ini / depan / hadapan, N tahun lalu / lepas
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Kadar kemiskinan mutlak turun kepada 6.2 peratus daripada 6.9 peratus tahun lepas.",
        C("date", "tahun lepas", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Kerajaan menyasarkan pertumbuhan ekonomi 4.5 peratus tahun ini.",
        C("date", "tahun ini", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Tahun depan, kerajaan akan menambah peruntukan untuk sekolah daif di Sabah.",
        C("date", "Tahun depan", iso=None, resolved="2026", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Kutipan tol di plaza itu akan dimansuhkan tahun hadapan.",
        C("date", "tahun hadapan", iso=None, resolved="2026", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Sekolah itu dibina empat tahun lalu menggunakan peruntukan kerajaan negeri.",
        C("date", "empat tahun lalu", iso=None, resolved="2021", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Lima tahun lalu, kawasan itu masih dipenuhi hutan paya bakau.",
        C("date", "Lima tahun lalu", iso=None, resolved="2020", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Penduduk Pulau Pinang memperingati tragedi tsunami yang melanda negeri itu 20 tahun lalu.",
        C("date", "20 tahun lalu", iso=None, resolved="2004", relative=True, granularity="year"),
        reference_date="2024-12-26",
    ),
    Ex(
        "Tahun lepas, jumlah pelancong asing ke Malaysia mencecah 25 juta orang.",
        C("date", "Tahun lepas", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-01-15",
    ),
    Ex(
        "Pengeluaran padi tahun ini dijangka lebih rendah berbanding tahun lalu akibat El Nino.",
        C("date", "tahun ini", iso=None, resolved="2023", relative=True, granularity="year"),
        C("date", "tahun lalu", iso=None, resolved="2022", relative=True, granularity="year"),
        reference_date="2023-10-07",
    ),
    Ex(
        "Projek perumahan rakyat itu dilancarkan tiga tahun lepas.",
        C("date", "tiga tahun lepas", iso=None, resolved="2022", relative=True, granularity="year"),
        reference_date="2025-06-11",
    ),
    # Months with a relative year, and a fixed-date holiday
    Ex(
        "Kemalangan serupa berlaku pada Januari tahun lepas di laluan yang sama.",
        C("date", "Januari tahun lepas", resolved="2024-01", relative=True, granularity="month"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Jambatan itu dijangka siap pada Mac tahun depan.",
        C("date", "Mac tahun depan", resolved="2026-03", relative=True, granularity="month"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Pusat beli-belah di ibu negara dibuka seperti biasa pada Hari Malaysia.",
        C("date", "Hari Malaysia", iso="XXXX-09-16", resolved="2025-09-16", granularity="day"),
        reference_date="2025-09-20",
        note="Hari Malaysia is 16 September every year",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Intervals: the span covers both ends, the opener (dari, antara, sejak, dalam tempoh) stays outside
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Penyelewengan dana itu berlaku dalam tempoh 2018-2022, menurut laporan audit.",
        C("date", "2018-2022", iso="2018/2022", granularity="year"),
    ),
    Ex(
        "Beliau menjadi Menteri Besar Selangor pada 2008-2018.",
        C("date", "2008-2018", iso="2008/2018", granularity="year"),
    ),
    Ex(
        "Persidangan itu berlangsung pada 1-3 Ogos 2024 di Pusat Konvensyen Kuala Lumpur.",
        C("date", "1-3 Ogos 2024", iso="2024-08-01/2024-08-03", granularity="day"),
    ),
    Ex(
        "Pameran pertahanan itu diadakan pada 19-21 September 2025 di MITEC.",
        C("date", "19-21 September 2025", iso="2025-09-19/2025-09-21", granularity="day"),
    ),
    Ex(
        "Ekspo perdagangan itu berlangsung pada 28 Ogos-1 September 2025.",
        C("date", "28 Ogos-1 September 2025", iso="2025-08-28/2025-09-01", granularity="day"),
    ),
    Ex(
        "Suspek didakwa menyeleweng dana koperasi itu dari 2019 hingga 2021.",
        C("date", "2019 hingga 2021", iso="2019/2021", granularity="year"),
    ),
    Ex(
        "Beliau berkhidmat sebagai Ketua Pengarah dari 2015 sehingga 2018 sebelum bersara.",
        C("date", "2015 sehingga 2018", iso="2015/2018", granularity="year"),
        note="'sehingga' joins the two ends",
    ),
    Ex(
        "Bilangan kes jenayah jalanan menurun antara 2010 dan 2020.",
        C("date", "2010 dan 2020", iso="2010/2020", granularity="year"),
    ),
    Ex(
        "Lebihan dagangan direkodkan sepanjang Januari-Mac 2025.",
        C("date", "Januari-Mac 2025", iso="2025-01/2025-03", granularity="month"),
    ),
    Ex(
        "Audit itu meliputi transaksi dari Januari 2024 hingga Mac 2025.",
        C("date", "Januari 2024 hingga Mac 2025", iso="2024-01/2025-03", granularity="month"),
    ),
    Ex(
        "Banci pertanian itu dijalankan serentak pada 1 hingga 31 Mei 2026.",
        C("date", "1 hingga 31 Mei 2026", iso="2026-05-01/2026-05-31", granularity="day"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Clock times: alone ("T15:00", granularity time) and joined to a date (one claim)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Perhimpunan itu bersurai pukul 3 petang selepas memorandum diserahkan kepada wakil kerajaan.",
        C("date", "pukul 3 petang", iso="T15:00", granularity="time"),
        note="a clock time is never a quantity; 'petang' is afternoon",
    ),
    Ex(
        "Mesyuarat itu bermula jam 10 pagi di Bangunan Perdana Putra.",
        C("date", "jam 10 pagi", iso="T10:00", granularity="time"),
    ),
    Ex(
        "Kebakaran itu dilaporkan pukul 10.30 pagi dan berjaya dipadamkan pukul 1.15 tengah hari.",
        C("date", "pukul 10.30 pagi", iso="T10:30", granularity="time"),
        C("date", "pukul 1.15 tengah hari", iso="T13:15", granularity="time"),
    ),
    Ex(
        "Gegaran itu dikesan oleh stesen seismik MetMalaysia pukul 8.45 malam.",
        C("date", "pukul 8.45 malam", iso="T20:45", granularity="time"),
    ),
    Ex(
        "Pukul 8 pagi, ratusan pemandu e-hailing sudah berkumpul di hadapan Parlimen.",
        C("date", "Pukul 8 pagi", iso="T08:00", granularity="time"),
    ),
    Ex(
        "Gangguan bekalan elektrik itu bermula pukul 10 pagi dan berlarutan selama tiga jam.",
        C("date", "pukul 10 pagi", iso="T10:00", granularity="time"),
        C("duration", "tiga jam", iso="PT3H"),
    ),
    Ex(
        "Perbicaraan itu dijadual bermula 12 Ogos 2024 pukul 9 pagi di Mahkamah Tinggi Shah Alam.",
        C("date", "12 Ogos 2024 pukul 9 pagi", iso="2024-08-12T09:00"),
    ),
    Ex(
        "Letupan itu berlaku pukul 2.30 pagi pada 5 Mei 2025.",
        C("date", "pukul 2.30 pagi pada 5 Mei 2025", iso="2025-05-05T02:30"),
    ),
    Ex(
        "Gunung berapi itu meletus semula pada 11 November 2024 pukul 9.10 pagi.",
        C("date", "11 November 2024 pukul 9.10 pagi", iso="2024-11-11T09:10"),
    ),
    Ex(
        "Kemalangan itu berlaku pada 27 Ogos 2025 kira-kira pukul 5.45 pagi di Lebuhraya Utara-Selatan.",
        C("date", "27 Ogos 2025 kira-kira pukul 5.45 pagi", iso="2025-08-27T05:45"),
    ),
    Ex(
        "Pendaftaran dibuka sehingga 15 September pukul 11.59 malam.",
        C("date", "15 September pukul 11.59 malam", iso="XXXX-09-15T23:59", resolved="2025-09-15T23:59",
          relative=False, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Tiket perlawanan akhir Piala Malaysia mula dijual pukul 10 pagi.",
        C("date", "pukul 10 pagi", iso="T10:00", resolved=None, granularity="time"),
        reference_date="2025-08-27",
        note="a clock time alone is not resolved to the reference date",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Durations: amount and unit in the span, "selama" and "tempoh" outside
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Sidang kemuncak yang berlangsung selama dua hari itu membincangkan kerjasama serantau.",
        C("duration", "dua hari", iso="P2D"),
    ),
    Ex(
        "Syarikat itu akan melabur RM10.5 bilion dalam tempoh empat tahun akan datang.",
        C("duration", "empat tahun", iso="P4Y"),
        note="'tempoh' before an amount that looks ahead: the length of the coming stretch, no date",
    ),
    Ex(
        "Majikan kecil diberi tempoh enam bulan lagi untuk mematuhi gaji minimum.",
        C("duration", "enam bulan", iso="P6M"),
    ),
    Ex(
        "Keputusan siasatan akan diumumkan dalam dua minggu lagi.",
        C("date", "dua minggu lagi", resolved="2024-W44"),
        reference_date="2024-10-18",
        note="without 'tempoh', 'dalam … lagi' is in two weeks' time: a date",
    ),
    Ex(
        "Perjanjian konsesi lebuh raya itu sah selama 30 tahun.",
        C("duration", "30 tahun", iso="P30Y"),
    ),
    Ex(
        "Mahkamah menjatuhkan hukuman penjara 10 tahun dan enam sebatan ke atas tertuduh.",
        C("duration", "10 tahun", iso="P10Y"),
        note="strokes of the cane are no length of time",
    ),
    Ex(
        "Perjalanan dengan ETS dari Kuala Lumpur ke Ipoh mengambil masa 2.5 jam.",
        C("duration", "2.5 jam", iso="PT150M"),
        note="2.5 is two and a half",
    ),
    Ex(
        "Pertikaian tanah adat itu berlarutan lebih daripada 20 tahun.",
        C("duration", "20 tahun", iso="P20Y", comparator="gt"),
    ),
    Ex(
        "Kedua-dua pasukan terikat tanpa jaringan selama 90 minit di Stadium Nasional Bukit Jalil.",
        C("duration", "90 minit", iso="PT90M"),
    ),
    Ex(
        "Tertuduh dijatuhi hukuman penjara 2 tahun 6 bulan oleh Mahkamah Sesyen.",
        C("duration", "2 tahun 6 bulan", iso="P30M"),
        note="units add up in the smallest one",
    ),
    Ex(
        "Pemulihan bekalan air di kawasan terjejas dijangka mengambil masa 1.5 bulan.",
        C("duration", "1.5 bulan", iso="P1.5M"),
        note="half a month is no exact number of days: the fraction stays",
    ),
    Ex(
        "Pembinaan empangan itu tertangguh 1.5 tahun daripada jadual asal.",
        C("duration", "1.5 tahun", iso="P18M"),
    ),
    Ex(
        "Mangsa banjir sudah enam bulan tinggal di rumah transit.",
        C("duration", "enam bulan", iso="P6M"),
    ),
    Ex(
        "Operasi mencari dan menyelamat dijalankan selama tiga minggu sebelum dihentikan.",
        C("duration", "tiga minggu", iso="P3W"),
    ),
    Ex(
        "Jalan persekutuan itu ditutup sepenuhnya selama dua minggu untuk kerja pembaikan jambatan.",
        C("duration", "dua minggu", iso="P2W"),
    ),
    Ex(
        "Gangguan bekalan elektrik di Sabah berlarutan hampir 24 jam.",
        C("duration", "24 jam", iso="PT24H", comparator="approx", nearly=True),
    ),
    Ex(
        "Perintah berkurung dikuatkuasakan selama 14 hari.",
        C("duration", "14 hari", iso="P14D"),
    ),
    Ex(
        "Perdana Menteri mengadakan lawatan rasmi ke Jepun selama seminggu.",
        C("duration", "seminggu", iso="P1W"),
    ),
    Ex(
        "Lapangan terbang itu ditutup sehari akibat gangguan sistem kawalan trafik udara.",
        C("duration", "sehari", iso="P1D"),
    ),
    Ex(
        "Bot nelayan itu hanyut di laut selama sebulan sebelum ditemui.",
        C("duration", "sebulan", iso="P1M"),
    ),
    Ex(
        "Lesen syarikat itu digantung setahun oleh Suruhanjaya Tenaga.",
        C("duration", "setahun", iso="P1Y"),
    ),
    Ex(
        "Syarikat itu menanggung kerugian RM2 juta sepanjang setahun pandemik.",
        C("duration", "setahun", iso="P1Y"),
        note="'sepanjang' between the figure and 'setahun' announces a length of time, not the figure's rate",
    ),
    Ex(
        "Jalan itu sesak selama sejam selepas kemalangan melibatkan sebuah lori.",
        C("duration", "sejam", iso="PT1H"),
    ),
    Ex(
        "Penumpang terpaksa menunggu sehingga setengah jam untuk menaiki feri ke Langkawi.",
        C("duration", "setengah jam", iso="PT30M", comparator="le"),
        note="'sehingga' before a lone amount is an upper bound",
    ),
    Ex(
        "Siren amaran tsunami berbunyi selama 30 saat.",
        C("duration", "30 saat", iso="PT30S"),
    ),
    Ex(
        "Mesyuarat tertutup antara kerajaan dan wakil kesatuan itu berlangsung sekurang-kurangnya tiga jam.",
        C("duration", "tiga jam", iso="PT3H", comparator="ge"),
    ),
    Ex(
        "Penumpang LRT terkandas hampir dua jam akibat gangguan sistem isyarat.",
        C("duration", "dua jam", iso="PT2H", comparator="approx", nearly=True),
    ),
    Ex(
        "Dengan jambatan baharu, perjalanan dari Butterworth ke Kulim mengambil masa kurang daripada 30 minit.",
        C("duration", "30 minit", iso="PT30M", comparator="lt"),
    ),
    Ex(
        "Pengunjung hanya dibenarkan berada di kawasan teras taman negara itu maksimum 45 minit.",
        C("duration", "45 minit", iso="PT45M", comparator="le"),
    ),
    Ex(
        "Projek pemuliharaan bandar lama itu dilaksanakan selama satu dekad.",
        C("duration", "satu dekad", iso="P10Y"),
    ),
    Ex(
        "Konflik bersenjata di wilayah itu berlarutan lebih daripada dua dekad.",
        C("duration", "dua dekad", iso="P20Y", comparator="gt"),
    ),
    Ex(
        "Projek landasan kereta api itu tertangguh hampir sedekad.",
        C("duration", "sedekad", iso="P10Y", comparator="approx", nearly=True),
    ),
    Ex(
        "Tapak perkuburan lama itu dipercayai digunakan selama satu abad.",
        C("duration", "satu abad", iso="P100Y"),
    ),
    Ex(
        "Bekas ketua menteri itu dihukum penjara empat tahun dan denda RM1 juta.",
        C("duration", "empat tahun", iso="P4Y"),
    ),
    Ex(
        "Kerajaan menjangka penjimatan subsidi diesel sebanyak RM4 bilion tahun ini.",
        C("date", "tahun ini", granularity="year", relative=True),
        note="the scale word ends the sum of money: no billion years",
    ),
    Ex(
        "Harga ayam naik kepada RM10.50 sekilogram dalam tempoh seminggu terakhir.",
        C("duration", "seminggu terakhir", iso="P1W"),
        note="the stretch up to now, like 'the past week'",
    ),
    Ex(
        "Bekalan air di beberapa kawasan di Petaling terputus selama 72 jam.",
        C("duration", "72 jam", iso="PT72H"),
    ),
    Ex(
        "Pihak berkuasa tempatan memberi tempoh tiga bulan kepada pemaju untuk melengkapkan dokumen.",
        C("duration", "tiga bulan", iso="P3M"),
    ),
    Ex(
        "Operasi menyelamat mangsa tanah runtuh mengambil masa lebih daripada 12 jam.",
        C("duration", "12 jam", iso="PT12H", comparator="gt"),
    ),
    Ex(
        "Ahli Parlimen itu digantung daripada menghadiri persidangan Dewan Rakyat selama enam bulan.",
        C("duration", "enam bulan", iso="P6M"),
    ),
    Ex(
        "Jika sabit kesalahan, tertuduh boleh dipenjara minimum 5 tahun dan maksimum 20 tahun.",
        C("duration", "5 tahun", iso="P5Y", comparator="ge"),
        C("duration", "20 tahun", iso="P20Y", comparator="le"),
    ),
    Ex(
        "Purata tempoh penginapan pelancong asing di Melaka ialah 3.2 hari.",
        C("duration", "3.2 hari", iso="P3.2D"),
    ),
    Ex(
        "Penetapan keputusan rasmi dijadualkan tiga hari selepas pengiraan undi.",
        C("duration", "tiga hari", iso="P3D"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A duration is not a relative date: "dua hari" vs "dua hari lalu"
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Pendaki yang hilang dua hari lalu ditemui selamat selepas pencarian selama dua hari.",
        C("date", "dua hari lalu", iso=None, resolved="2025-08-25", relative=True, granularity="day"),
        C("duration", "dua hari", iso="P2D", nth=2),
        reference_date="2025-08-27",
    ),
    Ex(
        "Setahun lalu, dia dijatuhi hukuman penjara setahun kerana kes penipuan.",
        C("date", "Setahun lalu", iso=None, resolved="2024", relative=True, granularity="year"),
        C("duration", "setahun", iso="P1Y"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Tiga tahun lepas, kerajaan memberi kontraktor tempoh tiga tahun untuk menyiapkan projek itu.",
        C("date", "Tiga tahun lepas", iso=None, resolved="2022", relative=True, granularity="year"),
        C("duration", "tiga tahun", iso="P3Y"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Harga beras meningkat selama enam bulan berturut-turut, sedangkan enam bulan lalu harganya masih stabil.",
        C("duration", "enam bulan", iso="P6M"),
        C("date", "enam bulan lalu", iso=None, resolved="2024-12", relative=True, granularity="month"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Ekonomi negara berkembang selama tiga suku tahun berturut-turut.",
        C("duration", "tiga suku tahun", iso="P9M"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Several claims in one news sentence
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Pada Selasa, polis berkata suspek telah mengekori mangsa selama tiga hari.",
        C("date", "Selasa", iso=None, resolved="2025-08-26", relative=True, granularity="day"),
        C("duration", "tiga hari", iso="P3D"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Mahkamah Rayuan menambah hukuman bekas menteri itu daripada 5 tahun kepada 8 tahun penjara pada Julai 2024.",
        C("duration", "5 tahun", iso="P5Y"),
        C("duration", "8 tahun", iso="P8Y"),
        C("date", "Julai 2024", iso="2024-07", granularity="month"),
    ),
    Ex(
        "Kerajaan Negeri Selangor mengisytiharkan darurat sisa pepejal selama 14 hari mulai 10 Mac 2025.",
        C("duration", "14 hari", iso="P14D"),
        C("date", "10 Mac 2025", iso="2025-03-10", granularity="day"),
    ),
    Ex(
        "Suspek yang menjadi buruan sejak 2019 itu ditahan semalam selepas lima tahun bersembunyi.",
        C("date", "2019", iso="2019", granularity="year"),
        C("date", "semalam", iso=None, resolved="2024-11-11", relative=True, granularity="day"),
        C("duration", "lima tahun", iso="P5Y"),
        reference_date="2024-11-12",
    ),
    Ex(
        "Pada suku ketiga 2025, jualan simen naik 4 peratus, manakala pada separuh pertama 2025 turun 2 peratus.",
        C("date", "suku ketiga 2025", iso="2025-Q3", granularity="quarter"),
        C("date", "separuh pertama 2025", iso="2025-H1", granularity="half"),
    ),
    Ex(
        "Menteri berkata larangan eksport ayam yang berkuat kuasa sejak Jun 2022 akan dikaji semula tahun depan.",
        C("date", "Jun 2022", iso="2022-06", granularity="month"),
        C("date", "tahun depan", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-06-20",
    ),
    Ex(
        "Sejak pandemik melanda pada awal 2020, sektor pelancongan kehilangan pendapatan selama lebih daripada "
        "dua tahun.",
        C("date", "awal 2020", iso="2020", modifier="start", granularity="year"),
        C("duration", "dua tahun", iso="P2Y", comparator="gt"),
    ),
    Ex(
        "Beliau menerajui agensi itu selama dua penggal, iaitu 2009-2014 dan 2014-2019.",
        C("date", "2009-2014", iso="2009/2014", granularity="year"),
        C("date", "2014-2019", iso="2014/2019", granularity="year"),
        note="'dua penggal' counts terms of office and is no duration",
    ),
    Ex(
        "Menurut MetMalaysia, monsun timur laut tahun ini dijangka berlarutan sehingga akhir Mac.",
        C("date", "tahun ini", iso=None, resolved="2025", relative=True, granularity="year"),
        C("date", "akhir Mac", iso="XXXX-03", relative=False, modifier="end", granularity="month"),
        reference_date="2025-11-10",
    ),
    Ex(
        "Selama 22 tahun berkuasa, Dr Mahathir Mohamad memimpin negara dari 1981 hingga 2003.",
        C("duration", "22 tahun", iso="P22Y"),
        C("date", "1981 hingga 2003", iso="1981/2003", granularity="year"),
    ),
    Ex(
        "Eksport minyak sawit turun 8 peratus pada Julai 2025 berbanding Julai 2024.",
        C("date", "Julai 2025", iso="2025-07", granularity="month"),
        C("date", "Julai 2024", iso="2024-07", granularity="month"),
    ),
    Ex(
        "Kerajaan melanjutkan diskaun tarif elektrik selama dua bulan, Januari-Februari 2025.",
        C("duration", "dua bulan", iso="P2M"),
        C("date", "Januari-Februari 2025", iso="2025-01/2025-02", granularity="month"),
    ),
    Ex(
        "Seramai 1,850 jemaah haji dari Kelantan berlepas hari ini, manakala kumpulan seterusnya berlepas esok.",
        C("date", "hari ini", iso=None, resolved="2025-05-14", relative=True, granularity="day"),
        C("date", "esok", iso=None, resolved="2025-05-15", relative=True, granularity="day"),
        reference_date="2025-05-14",
    ),
    Ex(
        "Ribut tropika itu berlegar di Laut China Selatan selama empat hari pada pertengahan April 2025.",
        C("duration", "empat hari", iso="P4D"),
        C("date", "pertengahan April 2025", iso="2025-04", modifier="mid", granularity="month"),
    ),
    Ex(
        "Tiga hari lalu, MetMalaysia mengeluarkan amaran hujan lebat selama seminggu di Lembah Klang.",
        C("date", "Tiga hari lalu", iso=None, resolved="2025-02-07", relative=True, granularity="day"),
        C("duration", "seminggu", iso="P1W"),
        reference_date="2025-02-10",
    ),
    Ex(
        "SPRM memperoleh perintah reman selama tujuh hari terhadap tiga suspek mulai 15 Januari 2025.",
        C("duration", "tujuh hari", iso="P7D"),
        C("date", "15 Januari 2025", iso="2025-01-15", granularity="day"),
    ),
    Ex(
        "Minggu ini, SPRM merakam keterangan 12 saksi, manakala minggu lalu hanya lima saksi hadir.",
        C("date", "Minggu ini", iso=None, resolved="2025-W24", relative=True, granularity="week"),
        C("date", "minggu lalu", iso=None, resolved="2025-W23", relative=True, granularity="week"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Pelaburan langsung asing pada suku pertama 2025 meningkat, menyambung trend sejak akhir 2023.",
        C("date", "suku pertama 2025", iso="2025-Q1", granularity="quarter"),
        C("date", "akhir 2023", iso="2023", modifier="end", granularity="year"),
    ),
    Ex(
        "Malaysia dan China menjalin hubungan diplomatik sejak 1974, atau lebih daripada 50 tahun.",
        C("date", "1974", iso="1974", granularity="year"),
        C("duration", "50 tahun", iso="P50Y", comparator="gt"),
    ),
    Ex(
        "Sejak Jun lalu, harga telur ayam naik 3 sen sebiji.",
        C("date", "Jun lalu", iso=None, resolved="2025-06", relative=True, granularity="month"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Mangsa terselamat selepas bertahan 36 jam di bawah runtuhan bangunan.",
        C("duration", "36 jam", iso="PT36H"),
    ),
    Ex(
        "Siri perhimpunan di Kuala Lumpur pada 25-28 Ogos 2025 berakhir dengan aman.",
        C("date", "25-28 Ogos 2025", iso="2025-08-25/2025-08-28", granularity="day"),
    ),
    Ex(
        "Bursa Malaysia menggantung dagangan selama 30 minit pada Jumaat, 12 September 2025 akibat gangguan sistem.",
        C("duration", "30 minit", iso="PT30M"),
        C("date", "Jumaat, 12 September 2025", iso="2025-09-12", granularity="day"),
    ),
    Ex(
        "Jika sabit kesalahan, tertuduh boleh dipenjara antara lima hingga 10 tahun dan disebat.",
        C("duration", "lima hingga 10 tahun", iso="P5Y", amount="5", amount_max="10", unit="year"),
        note="a range of lengths is one duration: amount and iso its lower end, amount_max its upper end",
    ),
    Ex(
        "Kerja-kerja pembaikan dijangka mengambil masa dua hingga tiga minggu.",
        C("duration", "dua hingga tiga minggu", iso="P2W", amount_max="3"),
    ),
    Ex(
        "Umat Islam akan berpuasa selama 29 atau 30 hari bergantung pada anak bulan.",
        C("duration", "29 atau 30 hari", iso="P29D", amount="29", amount_max="30"),
        note="two lengths either of which it may be are one range",
    ),
    Ex(
        "Talian hotline itu beroperasi 24 jam sehari, tujuh hari seminggu sepanjang musim banjir.",
        C("duration", "24 jam", iso="PT24H"), C("duration", "tujuh hari", iso="P7D"),
        note="'sehari' and 'seminggu' after a figure, in digits or in words, are its rate",
    ),
    Ex(
        "MetMalaysia mengeluarkan amaran hujan lebat untuk Kelantan dan Terengganu pada Sabtu. Amaran awal "
        "dikeluarkan pada Isnin.",
        C("date", "Sabtu", resolved="2025-01-25"), C("date", "Isnin", resolved="2025-01-20"),
        reference_date="2025-01-22",
        note="the time a notice covers ('amaran … untuk') is to come; when one was issued is past",
    ),
    Ex(
        "Projek itu sepatutnya siap pada akhir Jun lalu, tetapi tertangguh sejak awal Mac tahun lepas.",
        C("date", "akhir Jun lalu", resolved="2024-06", modifier="end"),
        C("date", "awal Mac tahun lepas", resolved="2023-03", modifier="start"),
        reference_date="2024-10-15",
        note="a part of a month takes the month's shift ('lalu') or year shift ('tahun lepas') into its span",
    ),
    Ex(
        "Kes denggi meningkat dari Mac hingga Mei tahun lalu, dan Januari hingga September tahun ini.",
        C("date", "Mac hingga Mei tahun lalu", resolved="2023-03/2023-05", relative=True),
        C("date", "Januari hingga September tahun ini", resolved="2024-01/2024-09", relative=True),
        reference_date="2024-10-15",
        note="a year shift after a month range is the year of both ends",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Perayaan yang tarikhnya berubah: daripada senarai cuti umum yang diwartakan (date.holiday)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Sambutan Hari Raya Aidilfitri diraikan secara sederhana oleh masyarakat Islam.",
        C("date", "Hari Raya Aidilfitri", iso=None, resolved="2025-03-31", granularity="day"),
        reference_date="2025-05-10",
    ),
    Ex(
        "Perbicaraan kes itu akan disambung pada 3, 5 dan 9 Jun ini.",
        C("date", "3", iso="XXXX-06-03"),
        C("date", "5", iso="XXXX-06-05"),
        C("date", "9 Jun", iso="XXXX-06-09"),
    ),
    Ex(
        "Eksport negara meningkat pada Januari, Mac dan Mei 2025.",
        C("date", "Januari", iso="2025-01"),
        C("date", "Mac", iso="2025-03"),
        C("date", "Mei 2025", iso="2025-05"),
    ),
    Ex(
        "Bajet 2025 dibentangkan di Dewan Rakyat oleh Perdana Menteri.",
        C("date", "2025", iso="2025"),
    ),
    Ex(
        "Tabung Haji mengumumkan agihan keuntungan 3.25 peratus bagi tahun kewangan 2023, manakala syarikat itu "
        "menambah 2023 pelanggan dalam kewangan mikro.",
        C("date", "2023", iso="2023"),
        note="a financial year (tahun kewangan) names its year, as tahun anggaran does in Indonesian; a count "
             "after other words stays a count",
    ),
    Ex(
        "Keputusan PRU 2022 mengejutkan ramai pemerhati politik.",
        C("date", "2022", iso="2022"),
    ),
    Ex(
        "Umat Islam di negara ini menyambut Aidilfitri 1446H dengan sederhana.",
        C("date", "Aidilfitri 1446H", iso="2025-03-31"),
    ),
    Ex(
        "Hari Raya Aidiladha 2024 disambut pada 17 Jun.",
        C("date", "Hari Raya Aidiladha 2024", iso="2024-06-17"),
        C("date", "17 Jun", iso="XXXX-06-17"),
    ),
    Ex(
        "Perayaan Deepavali tahun lalu disambut meriah di Brickfields.",
        C("date", "Deepavali tahun lalu", resolved="2024-10-31", relative=True),
        reference_date="2025-05-10",
    ),
    Ex(
        "Ribuan penganut Hindu berhimpun di Batu Caves sempena Thaipusam 2025.",
        C("date", "Thaipusam 2025", iso="2025-02-11"),
    ),
    Ex(
        "Jualan limau mandarin meningkat menjelang Tahun Baharu Cina.",
        C("date", "Tahun Baharu Cina", iso=None, resolved="2026-02-17"),
        reference_date="2025-11-20",
    ),
    Ex(
        "Masyarakat India menyambut Deepavali dengan meriah.",
        C("date", "Deepavali", iso=None, resolved=None, relative=False),
        note="no reference date: the feast is found, its year unknown",
    ),
    # A yearless span with no tense: the nearer of the last and the next
    Ex(
        "MetMalaysia mengeluarkan amaran hujan berterusan di Kelantan dari 28 hingga 30 Disember.",
        C("date", "28 hingga 30 Disember", iso="XXXX-12-28/XXXX-12-30", resolved="2024-12-28/2024-12-30",
          granularity="day"),
        reference_date="2024-12-27",
    ),
    Ex(
        "Permohonan dibuka dari 15 Mac hingga 5 April.",
        C("date", "15 Mac hingga 5 April", iso="XXXX-03-15/XXXX-04-05", resolved="2024-03-15/2024-04-05",
          granularity="day"),
        reference_date="2024-03-14",
        note="two dates joined: one span, not each end its own year",
    ),
    Ex(
        "Harga ayam naik dari 3 hingga 5 Mei.",
        C("date", "3 hingga 5 Mei", iso="XXXX-05-03/XXXX-05-05", resolved="2024-05-03/2024-05-05",
          granularity="day"),
        reference_date="2024-11-20",
        note="the last May is nearer than the next: it stays in the past",
    ),
    Ex(
        "Pelaburan langsung asing meningkat setakat Jun dan dijangka terus meningkat menjelang hujung tahun.",
        C("date", "Jun", iso="XXXX-06", resolved="2024-06", granularity="month"),
        C("date", "hujung tahun", resolved="2024", modifier="end", relative=True),
        reference_date="2024-12-20",
        note="the cues after 'dan' are the next clause's: they do not reach back to Jun; a part of a unit with no "
             "shift is the current one's",
    ),
    Ex(
        "Kadar pengangguran itu paras terendah sejak pandemik 2020.",
        C("date", "2020", iso="2020", resolved="2020", granularity="year"),
        reference_date="2024-10-10",
    ),
    Ex(
        "Jumlah kes COVID-19 minggu ini meningkat berbanding kes Covid-19 tahun lepas.",
        C("date", "minggu ini", resolved="2024-W38"), C("date", "tahun lepas", resolved="2023"),
        reference_date="2024-09-18",
        note="the 19 of COVID-19 names the disease: no '19 minggu' or '19 tahun'",
    ),
    Ex(
        "Nilai eksport meningkat kepada RM5.1 bilion berbanding 4.74 tahun lepas.",
        C("date", "tahun lepas", resolved="2024", relative=True, granularity="year"),
        reference_date="2025-06-11",
        note="4.74 is a figure of its own (RM4.74 bilion), not a count of years",
    ),
    Ex(
        "Lebuh raya itu akan ditutup dari 10 malam Jumaat hingga 6 pagi Isnin untuk kerja penyelenggaraan.",
        C("date", "10 malam Jumaat hingga 6 pagi Isnin", resolved="2025-06-13T22:00/2025-06-16T06:00",
          relative=True),
        reference_date="2025-06-11",
        note="a bare hour and its part of the day before a weekday is an hour of that day; two weekdays of a "
             "span fall within one week",
    ),
    Ex(
        "Pelancong itu menginap di hotel tersebut selama 10 malam.",
        C("duration", "10 malam", iso="P10D"),
        note="with no weekday after it, a count of nights",
    ),
    Ex(
        "Mahkamah memerintahkan tertuduh menjalani hukuman penjara 12 bulan lagi, manakala projek itu siap dalam "
        "12 bulan lagi.",
        C("duration", "12 bulan", iso="P12M"),
        C("date", "12 bulan lagi", resolved="2026-06", relative=True, granularity="month", nth=2),
        reference_date="2025-06-11",
        note="after a word of prison, 'lagi' is more of the sentence, not a date ahead",
    ),
    Ex(
        "Statistik kes denggi di negeri itu:\n2022 - 1,028 kes\n2023: 2,114 kes\n2000 - 3000 orang dijangkiti.",
        C("date", "2022", iso="2022"),
        C("date", "2023", iso="2023"),
        note="a year that opens its line before a dash or colon and a figure labels a row; a later year is a range",
    ),
]

NEGATIVES: list[str] = [
    "Hak Cipta © 2024 Bernama",  # a copyright line: no date of the story
    "Pemohon mestilah berusia tidak melebihi 20 tahun.",  # an age range, no duration
    # A number glued to an event word is its number, no year
    "Keputusan PRU15 mengejutkan ramai pemerhati politik.",
    # Rates and ages
    "Ubat itu perlu diambil tiga kali sehari selepas makan.",
    "Mangsa ialah seorang lelaki berusia 40-an yang tinggal di Klang.",
    # Numbers inside names and identifiers
    "Seksyen 302 Kanun Keseksaan memperuntukkan hukuman mati.",
    # the year of a law names it: no date
    "Tertuduh didakwa mengikut Seksyen 39B(1)(a) Akta Dadah Berbahaya 1952 yang membawa hukuman mati.",
    "Pindaan itu dibuat melalui Akta Perlembagaan (Pindaan) dan Akta Kesalahan Pilihan Raya 1954.",
    "Bilangan pesakit COVID-19 yang dirawat di hospital terus meningkat.",
    "Pesawat MH370 hilang tanpa dikesan di Lautan Hindi.",
    "Kemalangan itu berlaku di KM 305 Lebuhraya Utara-Selatan.",
    "Kebakaran berlaku di Aras 14 bangunan pejabat itu.",
    "Orang ramai boleh menghubungi talian 03-2612 3456 untuk maklumat lanjut.",
    "Pengguna dinasihatkan mengemas kini aplikasi itu kepada versi 2.1.3.",
    # Counts, money and percent figures only; scores
    "Lebih daripada 2,000 anggota tentera dikerahkan ke sempadan.",
    "Inflasi 1.2 peratus masih dalam julat unjuran Bank Negara Malaysia.",
    "Kerajaan memperuntukkan RM1.2 bilion untuk subsidi diesel.",
    "Harimau Malaya menang 2-1 ke atas Vietnam di Stadium Nasional Bukit Jalil.",
    # Frequencies, newspapers and vague spans are not durations
    "Mesyuarat Agung Tahunan syarikat itu diadakan di Kuala Lumpur.",
    "Harian Metro melaporkan kejadian itu di muka depan.",
    "Laporan khas itu disiarkan oleh akhbar Mingguan Malaysia.",
    "Mesyuarat jawatankuasa bertindak diadakan setiap minggu.",
    "Penduduk sudah beberapa tahun menunggu pampasan tanah daripada kerajaan negeri.",
    "Pemandu terperangkap berjam-jam dalam kesesakan menuju ke Pantai Timur.",
    "Projek jalan itu tertangguh bertahun-tahun.",
    "Masa depan industri itu bergantung pada pelaburan baharu.",
    # Words that look like calendar words: suku and separuh as fractions and in sport, Mac the computer
    "Hampir suku daripada penduduk negeri itu tinggal di luar bandar.",
    "Separuh daripada peruntukan itu belum dibelanjakan.",
    "Pasukan itu layak ke suku akhir Piala Malaysia.",
    "Separuh masa pertama berakhir tanpa jaringan.",
    "Pengguna komputer Mac digesa mengemas kini perisian mereka.",
]
