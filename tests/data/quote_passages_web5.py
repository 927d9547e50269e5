# ruff: noqa: E501  (annotated news text, kept as written)
"""Held-out batch 5 of the quote passages: English, Indonesian and Malay news as text scraped from web pages.

Written in the house styles of Reuters, AP and the BBC; Kompas, Detik, Tempo and Antara; Bernama, Berita Harian,
Utusan Malaysia, Malaysiakini, Sinar Harian and Astro Awani, with headlines and sub-heads that carry a quote
(``'…' - Menteri Besar``, ``PM: '…'``, ``“…” – KKM``, ``Kapolri soal …: '…'``), appositives after the speech
verb (``kata pengerusi …, Nama``), ``beliau yang juga …``, unnamed sources (``sumber itu``, ``a source familiar
with``), scare quotes after ``menyebut … sebagai`` and ``ujar dia`` after a quote that names someone else.
Paragraphs are separated by a blank line. Names of people are invented.

The annotation follows ``tests/data/quote_passages.py`` (its docstring gives the rules); these passages were
written before the fixes they measure and are not read while making them.
"""

from __future__ import annotations

from typing import Any

from tests.data.quote_passages_web import _q, _text

WEB5_PASSAGES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- English
    {
        "id": "en5-reuters-01", "lang": "en", "style": "Reuters",
        "text": _text("""
Exclusive: Airline bosses warn 'summer chaos' unless air traffic caps lifted

LONDON, June 3 (Reuters) - European airlines will cancel thousands of flights this summer unless air traffic control staffing improves, the head of industry group Airlines for Europe said on Tuesday.

"We are heading for the worst season since the pandemic," Ourania Georgoutsakou's successor as managing director, Pieter Brandt, told Reuters in an interview.

A source familiar with the talks said Eurocontrol was preparing an emergency plan. "They know the numbers don't add up," the source said.
"""),
        "quotes": [
            _q("We are heading for the worst season since the pandemic,", "Pieter Brandt", "Pieter Brandt", "managing director"),
            _q("They know the numbers don't add up,", "a source familiar with the talks", "source"),
        ],
        "not_quotes": ["summer chaos"],
    },
    {
        "id": "en5-reuters-02", "lang": "en", "style": "Reuters",
        "text": _text("""
SINGAPORE, Feb 11 (Reuters) - Oil prices edged up on Wednesday as traders weighed supply risks in the Middle East against a build-up in U.S. crude stocks.

"The market is caught between two stories and neither is winning," said Vandana Hari, founder of Vanda Insights. "Until we get clarity on supply, expect choppy trading."

Analysts at ING, led by head of commodities strategy Warren Patterson, wrote in a note that demand in China remained "lacklustre."

"Refinery runs in Asia are still below last year," Patterson said.
"""),
        "quotes": [
            _q("The market is caught between two stories and neither is winning,", "Vandana Hari", "Vandana Hari", "founder of Vanda Insights"),
            _q("Until we get clarity on supply, expect choppy trading.", "Vandana Hari", "Vandana Hari", "founder of Vanda Insights"),
            _q("Refinery runs in Asia are still below last year,", "Warren Patterson", "Patterson", "head of commodities strategy"),
        ],
        "not_quotes": ["lacklustre."],
    },
    {
        "id": "en5-ap-01", "lang": "en", "style": "AP",
        "text": _text("""
Governor on wildfire: 'We were not ready for this'

SACRAMENTO, Calif. (AP) — California's governor acknowledged Friday that the state was caught off guard by the speed of a wildfire that destroyed more than 400 homes.

"We were not ready for this," Gov. Daniel Ortega said at a news conference in Paradise. "Nobody was ready for winds like that."

Fire officials said the blaze was 30% contained. Cal Fire spokesperson Mia Chen said crews would work through the night. "We are making progress, but it is slow," she said.
"""),
        "quotes": [
            _q("We were not ready for this", "Daniel Ortega", "Governor", "Gov."),
            _q("We were not ready for this,", "Daniel Ortega", "Gov. Daniel Ortega", "Gov."),
            _q("Nobody was ready for winds like that.", "Daniel Ortega", "Gov. Daniel Ortega", "Gov."),
            _q("We are making progress, but it is slow,", "Mia Chen", "she", "Cal Fire spokesperson"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en5-ap-02", "lang": "en", "style": "AP",
        "text": _text("""
NEW YORK (AP) — A jury on Tuesday convicted a former hedge fund manager of fraud after a three-week trial.

Prosecutors said Brian Kessler, 47, lied to investors about losses. Kessler's lawyer, Anne Rowley, said her client would appeal.

"The jury did not hear the whole story," Rowley said outside the courthouse.

U.S. Attorney Joyce Medina said the verdict sent a message. "If you lie to investors, you will be held to account," Medina said in a statement.
"""),
        "quotes": [
            _q("The jury did not hear the whole story,", "Anne Rowley", "Rowley", "Kessler's lawyer"),
            _q("If you lie to investors, you will be held to account,", "Joyce Medina", "Medina", "U.S. Attorney"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en5-bbc-01", "lang": "en", "style": "BBC",
        "text": _text("""
NHS waiting lists: 'We cannot keep patching the system' - health boss

The head of one of England's largest hospital trusts has said the health service needs long-term funding rather than emergency cash.

"We cannot keep patching the system," said Dr Priya Shah, chief executive of Northfield NHS Trust.

She told BBC Radio 4's Today programme that staff were "exhausted".

A Department of Health and Social Care spokesperson said: "We are investing record sums to cut waiting lists."
"""),
        "quotes": [
            _q("We cannot keep patching the system", "Priya Shah", "health boss", "chief executive of Northfield NHS Trust"),
            _q("We cannot keep patching the system,", "Priya Shah", "Dr Priya Shah", "chief executive of Northfield NHS Trust"),
            _q("We are investing record sums to cut waiting lists.", "a Department of Health and Social Care spokesperson", "Department of Health and Social Care spokesperson"),
        ],
        "not_quotes": ["exhausted"],
    },
    {
        "id": "en5-bbc-02", "lang": "en", "style": "BBC",
        "text": _text("""
Farmers protest: 'Our margins have vanished'

Hundreds of tractors have blocked roads in Cardiff as farmers protest against changes to subsidies.

Gareth Lloyd, who farms sheep near Brecon, said: "Our margins have vanished. My son does not want to take over."

The Welsh government said the scheme had been "designed with farmers". Rural affairs secretary Huw Pritchard added: "We will keep listening."
"""),
        "quotes": [
            _q("Our margins have vanished", "Gareth Lloyd", None),
            _q("Our margins have vanished. My son does not want to take over.", "Gareth Lloyd", "Gareth Lloyd"),
            _q("We will keep listening.", "Huw Pritchard", "Rural affairs secretary Huw Pritchard", "Rural affairs secretary"),
        ],
        "not_quotes": ["designed with farmers"],
    },
    {
        "id": "en5-reuters-03", "lang": "en", "style": "Reuters",
        "text": _text("""
TOKYO, Sept 9 (Reuters) - Japan's finance minister said on Monday he was watching currency moves "with a strong sense of urgency," after the yen fell past 150 per dollar.

Finance Minister Kenji Sato did not say whether Tokyo had intervened. "We will take appropriate action against excessive moves," he told reporters.

Kazuo Ueda's comments last week that "policy will stay loose" had weakened the yen, traders said. "The market heard what it wanted," said Tomoko Arai, a strategist at Mizuho Securities.
"""),
        "quotes": [
            _q("with a strong sense of urgency,", "Kenji Sato", "he", "Finance Minister"),
            _q("We will take appropriate action against excessive moves,", "Kenji Sato", "he", "Finance Minister"),
            _q("policy will stay loose", "Kazuo Ueda", "Kazuo Ueda"),
            _q("The market heard what it wanted,", "Tomoko Arai", "Tomoko Arai", "a strategist at Mizuho Securities"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en5-ap-03", "lang": "en", "style": "AP",
        "text": _text("""
CHICAGO (AP) — The city's teachers union voted Wednesday to authorize a strike, raising the prospect of the first walkout in five years.

"Nobody wants a strike," union president Carla Johnson said. "But our members have been patient for too long."

Mayor Tom Reyes called the vote "disappointing" and said the district had offered a fair deal.

"The offer on the table is the best in a decade," Reyes told reporters, adding that talks would resume Monday.
"""),
        "quotes": [
            _q("Nobody wants a strike,", "Carla Johnson", "union president Carla Johnson", "union president"),
            _q("But our members have been patient for too long.", "Carla Johnson", "union president Carla Johnson", "union president"),
            _q("The offer on the table is the best in a decade,", "Tom Reyes", "Reyes", "Mayor"),
        ],
        "not_quotes": ["disappointing"],
    },
    {
        "id": "en5-bbc-03", "lang": "en", "style": "BBC",
        "text": _text("""
A man who rescued two children from a river in Shrewsbury has been praised for his bravery.

Tom Ellis, 34, jumped into the Severn after hearing screams. "I didn't think, I just went in," he said.

The children's mother, who asked not to be named, said: "He saved my babies. I can never repay him."

West Mercia Police said the children were treated in hospital and have since been discharged.
"""),
        "quotes": [
            _q("I didn't think, I just went in,", "Tom Ellis", "he"),
            _q("He saved my babies. I can never repay him.", "the children's mother", "mother"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en5-reuters-04", "lang": "en", "style": "Reuters",
        "text": _text("""
UPDATE 2-Bank of England's Bailey: 'Too early' to declare victory on inflation

LONDON, Nov 7 (Reuters) - Bank of England Governor Andrew Bailey said on Thursday it was too early to say inflation had been beaten, even as the central bank cut interest rates.

"We need to make sure inflation stays close to target," Bailey told a news conference. "We cannot cut too quickly or by too much."

Deputy Governor Sarah Breeden said in a speech later that wage growth was "still too strong."
"""),
        "quotes": [
            _q("We need to make sure inflation stays close to target,", "Andrew Bailey", "Bailey", "Bank of England Governor"),
            _q("We cannot cut too quickly or by too much.", "Andrew Bailey", "Bailey", "Bank of England Governor"),
            _q("still too strong.", "Sarah Breeden", "Deputy Governor Sarah Breeden", "Deputy Governor"),
        ],
        "not_quotes": ["Too early"],
    },
    {
        "id": "en5-ap-04", "lang": "en", "style": "AP",
        "text": _text("""
MIAMI (AP) — Forecasters said Saturday that a tropical storm in the Caribbean is likely to strengthen into a hurricane by Monday.

"Residents of the Florida Keys should complete their preparations today," National Hurricane Center Director Michael Brennan said.

Monroe County emergency manager Shannon Weiner said shelters would open Sunday. "If you are in a mobile home, leave," Weiner said.
"""),
        "quotes": [
            _q("Residents of the Florida Keys should complete their preparations today,", "Michael Brennan", "National Hurricane Center Director Michael Brennan", "National Hurricane Center Director"),
            _q("If you are in a mobile home, leave,", "Shannon Weiner", "Weiner", "Monroe County emergency manager"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en5-bbc-04", "lang": "en", "style": "BBC",
        "text": _text("""
Minister: 'No plans' to raise income tax

The chancellor has ruled out increases to income tax in next month's budget, saying working people "should not pay more".

Speaking to the BBC, Rachel Hughes said: "There are no plans to raise income tax, national insurance or VAT."

But the Institute for Fiscal Studies said the sums "simply do not add up". Its director, Paul Johnson, said: "Something will have to give."
"""),
        "quotes": [
            _q("No plans", "Rachel Hughes", "Minister"),
            _q("should not pay more", "Rachel Hughes", "chancellor"),
            _q("There are no plans to raise income tax, national insurance or VAT.", "Rachel Hughes", "Rachel Hughes", "chancellor"),
            _q("simply do not add up", "Institute for Fiscal Studies", "Institute for Fiscal Studies"),
            _q("Something will have to give.", "Paul Johnson", "Paul Johnson", "director"),
        ],
        "not_quotes": [],
    },
    # ---------------------------------------------------------------- Indonesian
    {
        "id": "id5-kompas-01", "lang": "id", "style": "Kompas",
        "text": _text("""
Menkeu soal Defisit APBN: "Masih dalam Batas Aman"

JAKARTA, KOMPAS.com - Menteri Keuangan Sri Wahyuningsih memastikan defisit Anggaran Pendapatan dan Belanja Negara (APBN) masih terkendali meski penerimaan pajak melambat.

"Defisit masih dalam batas aman, di bawah tiga persen produk domestik bruto," kata Sri dalam konferensi pers di Jakarta, Senin (12/8/2024).

Ia menambahkan, pemerintah akan menjaga belanja prioritas. "Belanja untuk pendidikan dan kesehatan tidak akan dipotong," ujarnya.
"""),
        "quotes": [
            _q("Masih dalam Batas Aman", "Sri Wahyuningsih", "Menkeu", "Menteri Keuangan"),
            _q("Defisit masih dalam batas aman, di bawah tiga persen produk domestik bruto,", "Sri Wahyuningsih", "Sri", "Menteri Keuangan"),
            _q("Belanja untuk pendidikan dan kesehatan tidak akan dipotong,", "Sri Wahyuningsih", "-nya", "Menteri Keuangan"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id5-detik-01", "lang": "id", "style": "Detik",
        "text": _text("""
Jakarta - Ketua Umum Partai Amanat Rakyat, Bambang Sutrisno, menanggapi wacana koalisi besar menjelang pilkada.

"Kami terbuka dengan siapa saja, asal visinya sama," kata Bambang kepada wartawan, Rabu (3/7/2024).

Bambang juga menyinggung nama Wali Kota Surabaya. "Pak Eri Cahyono itu kader yang baik, tapi keputusan ada di partainya," ujar dia.
"""),
        "quotes": [
            _q("Kami terbuka dengan siapa saja, asal visinya sama,", "Bambang Sutrisno", "Bambang", "Ketua Umum Partai Amanat Rakyat"),
            _q("Pak Eri Cahyono itu kader yang baik, tapi keputusan ada di partainya,", "Bambang Sutrisno", "dia", "Ketua Umum Partai Amanat Rakyat"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id5-tempo-01", "lang": "id", "style": "Tempo",
        "text": _text("""
TEMPO.CO, Jakarta - Peneliti Indonesia Corruption Watch (ICW), Dewi Anggraini, mengkritik revisi aturan tambang yang dinilai menguntungkan perusahaan besar.

Dewi menyebut kebijakan itu sebagai "karpet merah" bagi korporasi. "Negara seharusnya berpihak pada masyarakat di sekitar tambang, bukan pada pemodal," kata Dewi saat dihubungi, Kamis, 4 Juli 2024.

Kementerian Energi dan Sumber Daya Mineral belum memberikan tanggapan. Seorang pejabat kementerian yang enggan disebut namanya mengatakan aturan itu masih dibahas. "Belum final, masih ada uji publik," ujar sumber itu.
"""),
        "quotes": [
            _q("Negara seharusnya berpihak pada masyarakat di sekitar tambang, bukan pada pemodal,", "Dewi Anggraini", "Dewi", "Peneliti Indonesia Corruption Watch (ICW)"),
            _q("Belum final, masih ada uji publik,", "seorang pejabat kementerian", "sumber itu"),
        ],
        "not_quotes": ["karpet merah"],
    },
    {
        "id": "id5-antara-01", "lang": "id", "style": "Antara",
        "text": _text("""
Jakarta (ANTARA) - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mengimbau masyarakat mewaspadai potensi cuaca ekstrem selama sepekan ke depan.

Kepala BMKG Dwikorita Sasmita di Jakarta, Minggu, mengatakan hujan lebat berpotensi terjadi di sebagian besar wilayah Jawa. "Masyarakat diminta tidak beraktivitas di sekitar lereng dan bantaran sungai saat hujan deras," katanya.

Menurut dia, fenomena itu dipicu oleh gelombang atmosfer. "Kondisi ini diperkirakan berlangsung hingga akhir bulan," ujar Dwikorita.
"""),
        "quotes": [
            _q("Masyarakat diminta tidak beraktivitas di sekitar lereng dan bantaran sungai saat hujan deras,", "Dwikorita Sasmita", "-nya", "Kepala BMKG"),
            _q("Kondisi ini diperkirakan berlangsung hingga akhir bulan,", "Dwikorita Sasmita", "Dwikorita", "Kepala BMKG"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id5-detik-02", "lang": "id", "style": "Detik",
        "text": _text("""
Polisi soal Viral Pengendara Moge Tabrak Pejalan Kaki: 'Sudah Kami Amankan'

Jakarta - Polisi telah mengamankan pengendara motor gede (moge) yang menabrak seorang pejalan kaki di kawasan Sudirman, Jakarta Pusat.

"Pengendara sudah kami amankan dan sedang diperiksa," kata Kasat Lantas Polres Metro Jakarta Pusat AKBP Ridwan Hakim kepada wartawan, Sabtu (6/7/2024).

Korban, kata Ridwan, mengalami luka di bagian kaki dan dirawat di rumah sakit.

Pria yang akrab disapa Bang Ucok itu, pemilik warung di lokasi, mengaku melihat kejadian. "Motornya kencang sekali, korban sampai terpental," kata pria yang akrab disapa Bang Ucok itu.
"""),
        "quotes": [
            _q("Sudah Kami Amankan", "Ridwan Hakim", "Polisi", "Kasat Lantas Polres Metro Jakarta Pusat AKBP"),
            _q("Pengendara sudah kami amankan dan sedang diperiksa,", "Ridwan Hakim", "Kasat Lantas Polres Metro Jakarta Pusat AKBP Ridwan Hakim", "Kasat Lantas Polres Metro Jakarta Pusat AKBP"),
            _q("Motornya kencang sekali, korban sampai terpental,", "Bang Ucok", "pria yang akrab disapa Bang Ucok itu", "pemilik warung di lokasi"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id5-kompas-02", "lang": "id", "style": "Kompas",
        "text": _text("""
BANDUNG, KOMPAS.com - Gubernur Jawa Barat Ahmad Kurniawan meminta pemerintah kabupaten dan kota mempercepat penanganan sampah setelah Tempat Pembuangan Akhir (TPA) Sarimukti kelebihan kapasitas.

"Jangan tunggu sampai menumpuk di jalan," ujar Ahmad di Gedung Sate, Selasa (9/7/2024).

Sementara itu, Direktur Walhi Jawa Barat, Wahyu Setiawan, menilai persoalan itu berulang. "Sudah bertahun-tahun kami ingatkan, tapi solusinya selalu tambal sulam," kata Wahyu.
"""),
        "quotes": [
            _q("Jangan tunggu sampai menumpuk di jalan,", "Ahmad Kurniawan", "Ahmad", "Gubernur Jawa Barat"),
            _q("Sudah bertahun-tahun kami ingatkan, tapi solusinya selalu tambal sulam,", "Wahyu Setiawan", "Wahyu", "Direktur Walhi Jawa Barat"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id5-antara-02", "lang": "id", "style": "Antara",
        "text": _text("""
Semarang (ANTARA) - Pemerintah Provinsi Jawa Tengah menyiapkan 1.200 ton beras untuk operasi pasar menjelang Idul Adha.

"Stok aman, masyarakat tidak perlu panik membeli," kata Kepala Dinas Ketahanan Pangan Jawa Tengah, Suryo Widodo, di Semarang, Jumat.

Ia mengatakan operasi pasar akan digelar di 35 kabupaten dan kota. "Harga di operasi pasar di bawah harga eceran tertinggi," ujarnya.
"""),
        "quotes": [
            _q("Stok aman, masyarakat tidak perlu panik membeli,", "Suryo Widodo", "Kepala Dinas Ketahanan Pangan Jawa Tengah", "Kepala Dinas Ketahanan Pangan Jawa Tengah"),
            _q("Harga di operasi pasar di bawah harga eceran tertinggi,", "Suryo Widodo", "-nya", "Kepala Dinas Ketahanan Pangan Jawa Tengah"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id5-tempo-02", "lang": "id", "style": "Tempo",
        "text": _text("""
KPK: 'Kami Tidak Tebang Pilih'

TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi (KPK) membantah tudingan bahwa lembaganya tebang pilih dalam menangani perkara korupsi kepala daerah.

Juru bicara KPK, Tessa Mahendra, mengatakan semua perkara ditangani sesuai alat bukti. "Kami tidak tebang pilih. Siapa pun yang cukup bukti akan diproses," kata Tessa di Gedung Merah Putih KPK, Jakarta, Senin, 15 Juli 2024.

Tessa juga menanggapi kritik anggota DPR, Firman Siregar, yang menyebut KPK "mandul". "Kritik itu kami terima sebagai masukan," ujarnya.
"""),
        "quotes": [
            _q("Kami Tidak Tebang Pilih", "Komisi Pemberantasan Korupsi", "KPK"),
            _q("Kami tidak tebang pilih. Siapa pun yang cukup bukti akan diproses,", "Tessa Mahendra", "Tessa", "Juru bicara KPK"),
            _q("Kritik itu kami terima sebagai masukan,", "Tessa Mahendra", "-nya", "Juru bicara KPK"),
        ],
        "not_quotes": ["mandul"],
    },
    {
        "id": "id5-detik-03", "lang": "id", "style": "Detik",
        "text": _text("""
Surabaya - Seorang ibu rumah tangga di Surabaya menjadi korban penipuan arisan daring dengan kerugian Rp 80 juta.

"Saya percaya karena dia teman SMA saya," kata Rina (38), korban, saat ditemui di Polrestabes Surabaya, Kamis (18/7/2024).

Kanit Reskrim Polsek Wonokromo Iptu Danang Prakoso membenarkan laporan itu. "Laporan sudah kami terima dan terlapor sedang kami cari," ucap Danang.
"""),
        "quotes": [
            _q("Saya percaya karena dia teman SMA saya,", "Rina", "Rina", "korban"),
            _q("Laporan sudah kami terima dan terlapor sedang kami cari,", "Danang Prakoso", "Danang", "Kanit Reskrim Polsek Wonokromo Iptu"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id5-kompas-03", "lang": "id", "style": "Kompas",
        "text": _text("""
JAKARTA, KOMPAS.com - Pengamat transportasi dari Universitas Indonesia, Budi Santoso, menilai kenaikan tarif ojek daring akan menekan daya beli.

Menurut Budi, pemerintah perlu mendengar suara pengemudi dan penumpang. "Jangan sampai kebijakan dibuat hanya dari meja rapat," ucap Budi.

Kementerian Perhubungan menyatakan aturan itu sudah melalui kajian. "Tarif baru sudah memperhitungkan biaya operasional pengemudi," kata Juru Bicara Kementerian Perhubungan Adita Irawati.
"""),
        "quotes": [
            _q("Jangan sampai kebijakan dibuat hanya dari meja rapat,", "Budi Santoso", "Budi", "Pengamat transportasi dari Universitas Indonesia"),
            _q("Tarif baru sudah memperhitungkan biaya operasional pengemudi,", "Adita Irawati", "Juru Bicara Kementerian Perhubungan Adita Irawati", "Juru Bicara Kementerian Perhubungan"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id5-antara-03", "lang": "id", "style": "Antara",
        "text": _text("""
Mataram (ANTARA) - Dinas Pariwisata Nusa Tenggara Barat menargetkan dua juta kunjungan wisatawan tahun ini.

Kepala Dinas Pariwisata NTB Yusron Hadi di Mataram, Rabu, mengatakan ajang balap MotoGP menjadi pendorong utama. "Setiap kali ada balapan, okupansi hotel di Lombok hampir penuh," katanya.

Ia yang juga mantan Kepala Biro Humas Pemprov NTB itu menambahkan, promosi akan diperluas ke Timur Tengah. "Pasar Timur Tengah besar dan belum kita garap," ujar dia.
"""),
        "quotes": [
            _q("Setiap kali ada balapan, okupansi hotel di Lombok hampir penuh,", "Yusron Hadi", "-nya", "Kepala Dinas Pariwisata NTB"),
            _q("Pasar Timur Tengah besar dan belum kita garap,", "Yusron Hadi", "dia", "Kepala Dinas Pariwisata NTB"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id5-tempo-03", "lang": "id", "style": "Tempo",
        "text": _text("""
TEMPO.CO, Jakarta - Sejumlah politikus mulai membahas susunan kabinet pemerintahan mendatang.

Sumber Tempo di lingkaran partai koalisi mengatakan pembagian kursi menteri belum dibicarakan secara resmi. "Semua masih lobi-lobi informal," kata sumber itu.

Sekretaris Jenderal Partai Gerakan Rakyat, Hendra Wijaya, membantah ada pembicaraan soal kursi. "Tidak ada itu. Kami fokus mengawal transisi," ujar Hendra.
"""),
        "quotes": [
            _q("Semua masih lobi-lobi informal,", "sumber Tempo di lingkaran partai koalisi", "sumber itu"),
            _q("Tidak ada itu. Kami fokus mengawal transisi,", "Hendra Wijaya", "Hendra", "Sekretaris Jenderal Partai Gerakan Rakyat"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id5-detik-04", "lang": "id", "style": "Detik",
        "text": _text("""
Bos BI: "Rupiah Masih Undervalued"

Jakarta - Gubernur Bank Indonesia (BI) Perry Santosa menilai nilai tukar rupiah saat ini masih di bawah nilai fundamentalnya.

"Kami melihat rupiah masih undervalued dan berpotensi menguat," kata Perry dalam konferensi pers, Rabu (17/7/2024).

Ekonom senior Indef, Faisal Rahman, sepakat. "Fundamental kita cukup kuat, yang bikin melemah itu sentimen global," ujarnya.
"""),
        "quotes": [
            _q("Rupiah Masih Undervalued", "Perry Santosa", "Bos BI", "Gubernur Bank Indonesia (BI)"),
            _q("Kami melihat rupiah masih undervalued dan berpotensi menguat,", "Perry Santosa", "Perry", "Gubernur Bank Indonesia (BI)"),
            _q("Fundamental kita cukup kuat, yang bikin melemah itu sentimen global,", "Faisal Rahman", "-nya", "Ekonom senior Indef"),
        ],
        "not_quotes": [],
    },
    # ---------------------------------------------------------------- Malay
    {
        "id": "ms5-bernama-01", "lang": "ms", "style": "Bernama",
        "text": _text("""
KUALA LUMPUR, 8 Julai (Bernama) -- Kerajaan akan memperkenalkan garis panduan baharu bagi mengawal harga barang keperluan menjelang musim perayaan, kata Menteri Perdagangan Dalam Negeri dan Kos Sara Hidup Datuk Armizan Ali.

"Kita mahu pastikan tiada pihak yang mengambil kesempatan menaikkan harga sesuka hati," katanya kepada pemberita selepas majlis di sini hari ini.

Beliau yang juga Ahli Parlimen Papar berkata, pemeriksaan akan dipergiat di seluruh negara. "Pegawai penguat kuasa akan turun padang setiap hari," katanya lagi.
"""),
        "quotes": [
            _q("Kita mahu pastikan tiada pihak yang mengambil kesempatan menaikkan harga sesuka hati,", "Armizan Ali", "-nya", "Menteri Perdagangan Dalam Negeri dan Kos Sara Hidup"),
            _q("Pegawai penguat kuasa akan turun padang setiap hari,", "Armizan Ali", "-nya", "Menteri Perdagangan Dalam Negeri dan Kos Sara Hidup"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-bh-01", "lang": "ms", "style": "Berita Harian",
        "text": _text("""
'Jangan jadikan isu air alat politik' - Exco

SHAH ALAM: Exco Infrastruktur dan Kemudahan Awam Selangor, Izham Hashim meminta semua pihak tidak mempolitikkan gangguan bekalan air yang berlaku minggu lalu.

"Kerja pembaikan paip sedang dijalankan siang dan malam. Kita faham kesusahan rakyat," katanya dalam kenyataan hari ini.

Beliau berkata, Pengurusan Air Selangor sudah menyediakan 80 lori tangki.
"""),
        "quotes": [
            _q("Jangan jadikan isu air alat politik", "Izham Hashim", "Exco", "Exco Infrastruktur dan Kemudahan Awam Selangor"),
            _q("Kerja pembaikan paip sedang dijalankan siang dan malam. Kita faham kesusahan rakyat,", "Izham Hashim", "-nya", "Exco Infrastruktur dan Kemudahan Awam Selangor"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-utusan-01", "lang": "ms", "style": "Utusan Malaysia",
        "text": _text("""
SEREMBAN: Seorang lelaki warga emas maut selepas rumahnya terbakar dalam kejadian di Kampung Ulu Temiang, awal pagi tadi.

Ketua Balai Bomba dan Penyelamat Seremban, Kamarul Zaman Ahmad berkata, pihaknya menerima panggilan kecemasan pada pukul 3.40 pagi.

"Apabila tiba di lokasi, rumah sudah 80 peratus musnah," katanya.

Jiran mangsa yang hanya mahu dikenali sebagai Pak Din, 62, berkata dia terjaga apabila terdengar bunyi letupan. "Saya cuba padam dengan air paip tetapi api terlalu besar," katanya.
"""),
        "quotes": [
            _q("Apabila tiba di lokasi, rumah sudah 80 peratus musnah,", "Kamarul Zaman Ahmad", "-nya", "Ketua Balai Bomba dan Penyelamat Seremban"),
            _q("Saya cuba padam dengan air paip tetapi api terlalu besar,", "Pak Din", "-nya", "Jiran mangsa"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-mkini-01", "lang": "ms", "style": "Malaysiakini",
        "text": _text("""
PM: 'Saya tidak akan campur tangan dalam kes mahkamah'

Perdana Menteri Anwar Ibrahim menegaskan beliau tidak akan campur tangan dalam sebarang prosiding mahkamah melibatkan ahli politik.

"Biar mahkamah buat keputusan. Itu prinsip yang saya pegang sejak dahulu," katanya dalam sidang media di Putrajaya hari ini.

Sementara itu, sumber dalam Perikatan Nasional memberitahu Malaysiakini bahawa parti itu akan mengadakan mesyuarat tergempar. "Pimpinan mahu bincang strategi sebelum sidang Parlimen," kata sumber itu.
"""),
        "quotes": [
            _q("Saya tidak akan campur tangan dalam kes mahkamah", "Anwar Ibrahim", "PM", "Perdana Menteri"),
            _q("Biar mahkamah buat keputusan. Itu prinsip yang saya pegang sejak dahulu,", "Anwar Ibrahim", "-nya", "Perdana Menteri"),
            _q("Pimpinan mahu bincang strategi sebelum sidang Parlimen,", "sumber dalam Perikatan Nasional", "sumber itu"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-sinar-01", "lang": "ms", "style": "Sinar Harian",
        "text": _text("""
“Tiada lagi kompaun diskaun” – PDRM

KUALA LUMPUR: Polis Diraja Malaysia (PDRM) tidak akan lagi menawarkan diskaun kompaun trafik mulai bulan depan.

Pengarah Jabatan Siasatan dan Penguatkuasaan Trafik Bukit Aman, Datuk Mohd Yusri Hassan berkata, keputusan itu dibuat bagi mendidik pengguna jalan raya.

“Diskaun selama ini disalah guna. Ramai yang sengaja tunggu tawaran baru bayar,” jelasnya.
"""),
        "quotes": [
            _q("Tiada lagi kompaun diskaun", "Polis Diraja Malaysia", "PDRM"),
            _q("Diskaun selama ini disalah guna. Ramai yang sengaja tunggu tawaran baru bayar,", "Mohd Yusri Hassan", "-nya", "Pengarah Jabatan Siasatan dan Penguatkuasaan Trafik Bukit Aman"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-awani-01", "lang": "ms", "style": "Astro Awani",
        "text": _text("""
KOTA KINABALU: Lebih 2,000 penduduk di tiga daerah di Sabah terjejas akibat banjir kilat sejak semalam.

"Kami sudah buka tujuh pusat pemindahan sementara," kata Pengarah Angkatan Pertahanan Awam Malaysia (APM) Sabah, Kolonel (PA) Mohd Rizal Jamil ketika dihubungi.

Seorang mangsa, Siti Aminah Jusoh, 45, berkata air naik dengan cepat. "Dalam masa sejam, air sudah paras pinggang," katanya.
"""),
        "quotes": [
            _q("Kami sudah buka tujuh pusat pemindahan sementara,", "Mohd Rizal Jamil", "Pengarah Angkatan Pertahanan Awam Malaysia (APM) Sabah", "Pengarah Angkatan Pertahanan Awam Malaysia (APM) Sabah"),
            _q("Dalam masa sejam, air sudah paras pinggang,", "Siti Aminah Jusoh", "-nya", "mangsa"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-bernama-02", "lang": "ms", "style": "Bernama",
        "text": _text("""
GEORGE TOWN, 15 Julai (Bernama) -- Projek Transit Aliran Ringan (LRT) Mutiara dijangka siap mengikut jadual pada 2030, kata Ketua Menteri Pulau Pinang Chow Kon Yeow.

"Kerja-kerja di tapak berjalan lancar dan setakat ini tiada kelewatan besar," katanya ketika ditemui pemberita.

Presiden Persatuan Pengguna Pulau Pinang, Mohideen Abdul Kader berkata, projek itu penting untuk mengurangkan kesesakan. "Tetapi tambang mesti mampu milik," tegasnya.
"""),
        "quotes": [
            _q("Kerja-kerja di tapak berjalan lancar dan setakat ini tiada kelewatan besar,", "Chow Kon Yeow", "-nya", "Ketua Menteri Pulau Pinang"),
            _q("Tetapi tambang mesti mampu milik,", "Mohideen Abdul Kader", "-nya", "Presiden Persatuan Pengguna Pulau Pinang"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-bh-02", "lang": "ms", "style": "Berita Harian",
        "text": _text("""
JOHOR BAHRU: Kerajaan negeri akan menambah 50 bas percuma bagi menampung peningkatan penumpang ke Singapura.

"Kita jangka jumlah penumpang meningkat 20 peratus menjelang cuti sekolah," kata Pengerusi Jawatankuasa Kerja Raya, Pengangkutan dan Infrastruktur Johor, Mohamad Fazli Salleh.

Beliau yang juga Ahli Dewan Undangan Negeri Bukit Permai berkata, laluan baharu akan diperkenalkan. "Laluan ke Iskandar Puteri akan dibuka bulan depan," katanya.
"""),
        "quotes": [
            _q("Kita jangka jumlah penumpang meningkat 20 peratus menjelang cuti sekolah,", "Mohamad Fazli Salleh", "Pengerusi Jawatankuasa Kerja Raya, Pengangkutan dan Infrastruktur Johor", "Pengerusi Jawatankuasa Kerja Raya, Pengangkutan dan Infrastruktur Johor"),
            _q("Laluan ke Iskandar Puteri akan dibuka bulan depan,", "Mohamad Fazli Salleh", "-nya", "Pengerusi Jawatankuasa Kerja Raya, Pengangkutan dan Infrastruktur Johor"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-utusan-02", "lang": "ms", "style": "Utusan Malaysia",
        "text": _text("""
KUALA TERENGGANU: Nelayan di pantai timur diminta tidak turun ke laut berikutan amaran ombak besar oleh Jabatan Meteorologi Malaysia (MetMalaysia).

Pengarah Maritim Negeri Terengganu, Kepten Maritim Hamizan Harun berkata, ombak setinggi 4.5 meter dijangka berlaku hingga Jumaat.

"Keselamatan nyawa lebih penting daripada hasil tangkapan," katanya.

Seorang nelayan, Awang Ismail, 55, berkata pendapatannya terjejas teruk. "Kalau tak ke laut, anak bini nak makan apa?" soalnya.
"""),
        "quotes": [
            _q("Keselamatan nyawa lebih penting daripada hasil tangkapan,", "Hamizan Harun", "-nya", "Pengarah Maritim Negeri Terengganu, Kepten Maritim"),
            _q("Kalau tak ke laut, anak bini nak makan apa?", "Awang Ismail", "-nya", "nelayan"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-mkini-02", "lang": "ms", "style": "Malaysiakini",
        "text": _text("""
Ahli Parlimen Pasir Gudang Hassan Karim menyifatkan cadangan itu sebagai "cek kosong" kepada kerajaan.

"Rakyat berhak tahu berapa kosnya sebelum Parlimen meluluskan apa-apa," katanya dalam kenyataan.

Menurut Hassan, beliau akan membangkitkan perkara itu di Dewan Rakyat minggu depan.

Menteri Kewangan II Amir Hamzah Azizan pula berkata butiran akan didedahkan pada masanya. "Kita tidak sembunyikan apa-apa," katanya.
"""),
        "quotes": [
            _q("Rakyat berhak tahu berapa kosnya sebelum Parlimen meluluskan apa-apa,", "Hassan Karim", "-nya", "Ahli Parlimen Pasir Gudang"),
            _q("Kita tidak sembunyikan apa-apa,", "Amir Hamzah Azizan", "-nya", "Menteri Kewangan II"),
        ],
        "not_quotes": ["cek kosong"],
    },
    {
        "id": "ms5-sinar-02", "lang": "ms", "style": "Sinar Harian",
        "text": _text("""
Menteri Pendidikan: 'Tiada peperiksaan tambahan untuk murid tahun satu'

PUTRAJAYA: Kementerian Pendidikan (KPM) menafikan dakwaan bahawa murid tahun satu akan menduduki peperiksaan tambahan tahun depan.

Menteri Pendidikan, Fadhlina Sidek berkata, dakwaan yang tular di media sosial itu tidak benar. "Pentaksiran bilik darjah kekal seperti sedia ada," ujarnya.

Timbalannya, Wong Kah Woh pula berkata: "Ibu bapa diminta merujuk saluran rasmi KPM."
"""),
        "quotes": [
            _q("Tiada peperiksaan tambahan untuk murid tahun satu", "Fadhlina Sidek", "Menteri Pendidikan", "Menteri Pendidikan"),
            _q("Pentaksiran bilik darjah kekal seperti sedia ada,", "Fadhlina Sidek", "-nya", "Menteri Pendidikan"),
            _q("Ibu bapa diminta merujuk saluran rasmi KPM.", "Wong Kah Woh", "Wong Kah Woh", "Timbalannya"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-awani-02", "lang": "ms", "style": "Astro Awani",
        "text": _text("""
IPOH: Polis menahan tiga lelaki bagi membantu siasatan kes samun di sebuah kedai emas di Jalan Sultan Idris Shah, petang semalam.

Ketua Polis Daerah Ipoh, Asisten Komisioner Abang Zainal Abidin Abang Ahmad berkata, suspek berusia antara 25 hingga 40 tahun.

"Kesemua suspek ditahan di sekitar bandar Ipoh dalam tempoh 24 jam selepas kejadian," katanya dalam satu kenyataan.

Pemilik kedai, yang enggan dinamakan, berkata kerugian dianggarkan RM300,000. "Mereka masuk dan pecahkan cermin dalam masa dua minit," katanya.
"""),
        "quotes": [
            _q("Kesemua suspek ditahan di sekitar bandar Ipoh dalam tempoh 24 jam selepas kejadian,", "Abang Zainal Abidin Abang Ahmad", "-nya", "Ketua Polis Daerah Ipoh, Asisten Komisioner"),
            _q("Mereka masuk dan pecahkan cermin dalam masa dua minit,", "pemilik kedai", "-nya", "Pemilik kedai"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-bernama-03", "lang": "ms", "style": "Bernama",
        "text": _text("""
PUTRAJAYA, 22 Julai (Bernama) -- Jabatan Perangkaan Malaysia (DOSM) melaporkan kadar pengangguran negara turun kepada 3.2 peratus pada Jun.

Ketua Perangkawan Malaysia Datuk Seri Dr Mohd Uzir Mahidin berkata, penurunan itu didorong oleh sektor perkhidmatan. "Pasaran buruh terus kukuh dengan penciptaan pekerjaan yang stabil," katanya dalam satu kenyataan hari ini.

Menurut beliau, jumlah penganggur berkurangan kepada 536,000 orang.
"""),
        "quotes": [
            _q("Pasaran buruh terus kukuh dengan penciptaan pekerjaan yang stabil,", "Mohd Uzir Mahidin", "-nya", "Ketua Perangkawan Malaysia"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-bh-03", "lang": "ms", "style": "Berita Harian",
        "text": _text("""
Sumber: 'Kabinet akan putuskan minggu depan'

KUALA LUMPUR: Keputusan mengenai pelaksanaan subsidi bersasar petrol RON95 dijangka dibuat dalam mesyuarat Kabinet minggu depan.

Sumber kerajaan yang rapat dengan perkara itu memberitahu Berita Harian, kertas cadangan sudah siap. "Semua butiran teknikal sudah dimuktamadkan," kata sumber itu.

Ketua Pembangkang, Datuk Seri Hamzah Zainudin, menyelar kerajaan kerana lambat membuat keputusan. "Rakyat sudah penat menunggu," katanya.
"""),
        "quotes": [
            _q("Kabinet akan putuskan minggu depan", "sumber kerajaan", "Sumber"),
            _q("Semua butiran teknikal sudah dimuktamadkan,", "sumber kerajaan yang rapat dengan perkara itu", "sumber itu"),
            _q("Rakyat sudah penat menunggu,", "Hamzah Zainudin", "-nya", "Ketua Pembangkang"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-utusan-03", "lang": "ms", "style": "Utusan Malaysia",
        "text": _text("""
ALOR SETAR: Menteri Besar Kedah, Datuk Seri Muhammad Sanusi Md Nor mahu kerajaan Persekutuan menyalurkan peruntukan tambahan bagi membaiki jalan luar bandar.

"Banyak jalan kampung rosak teruk selepas musim hujan," kata beliau pada sidang media di Wisma Darul Aman.

Beliau yang juga Pesuruhjaya Pas Kedah menambah, kerajaan negeri sudah menghantar senarai jalan yang perlu dibaiki. "Kita tunggu jawapan," ujarnya ringkas.
"""),
        "quotes": [
            _q("Banyak jalan kampung rosak teruk selepas musim hujan,", "Muhammad Sanusi Md Nor", "beliau", "Menteri Besar Kedah"),
            _q("Kita tunggu jawapan,", "Muhammad Sanusi Md Nor", "-nya", "Menteri Besar Kedah"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms5-awani-03", "lang": "ms", "style": "Astro Awani",
        "text": _text("""
KUALA LUMPUR: Persatuan Pengusaha Restoran Muslim Malaysia (Presma) menolak cadangan mewajibkan caj perkhidmatan di semua restoran.

"Pelanggan kami kebanyakannya golongan B40. Caj tambahan akan membebankan mereka," kata presidennya, Datuk Jawahar Ali Taib Khan.

Beliau berkata, persatuan itu akan menghantar memorandum kepada kementerian.
"""),
        "quotes": [
            _q("Pelanggan kami kebanyakannya golongan B40. Caj tambahan akan membebankan mereka,", "Jawahar Ali Taib Khan", "presidennya", "presidennya"),
        ],
        "not_quotes": [],
    },
]
"""Batch 5, held out: 12 English, 13 Indonesian and 16 Malay passages with blank lines between paragraphs,
headlines and sub-heads that carry quotes."""
