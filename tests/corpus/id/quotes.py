"""Indonesian corpus for quotes: direct quotations, their speaker and their speech verb.

The texts are written the way Indonesian news is written (Kompas, Tempo, Detik, Antara, CNN Indonesia,
Tribunnews): a quote stands in its own paragraph with the attribution after it (``"…," ujar Putin.``,
``"…," kata Xi.``), or after an introducing clause (``Putin mengatakan, "…"``, ``Menurut Kapolda, "…"``), and a
later quote by the same person is attributed with a pronoun (``"…," ujarnya.``, ``"…," kata dia.``).

What it covers, one group per rule of docs/claims.md ("quote"):

- the cue after the quote: ``ujar``, ``kata``, ``ucap``, ``tutur``, ``ungkap``, ``jelas``, ``tegas``, ``sebut``,
  ``imbuh``, ``tambah``, ``papar``, ``terang``, ``tanya``; where the speaker ends (a comma, ``saat``, ``yang``,
  ``dalam``, ``di``, ``kepada``, the end of the sentence);
- the cue before the quote: ``mengatakan``, ``menyatakan``, ``menegaskan``, ``menjelaskan``, ``menurut X``, with a
  comma or a colon before the mark;
- pronoun speakers: ``ujarnya``, ``katanya``, ``tuturnya``, ``imbuhnya``, ``kata dia``, ``Ia menambahkan, "…"``,
  ``Menurut dia, "…"``; the speaker is the nearest named speaker before it, in the same or the previous paragraph;
- marks: straight ``"…"``, curly ``“…”``, single ``‘…’`` and ``'…'``, ``„…“``, ``«…»``; an apostrophe inside a word
  (``Jum’at``, ``Ma'ruf``) is not a mark;
- a quote split by its attribution (``"Kami siap," kata Budi. "Kami menunggu keputusan."``): two claims with the
  same speaker;
- a quote over several paragraphs (each continuation paragraph opens with a mark, only the last one closes): one
  claim whose anchor runs from the first word to the last, over the line break and the continuation's opening mark;
- nested quotes: one claim, the outer one;
- stray marks: a mark that never closes in its paragraph gives nothing, and the other quotes are still found;
- real quotes beside scare quotes, titles and nicknames, which give nothing.

NEGATIVES are texts with no quote: scare quotes and titles (``Kondisi ‘Terbaik’``, program ``"Makan Bergizi
Gratis"``, films, books, songs, events), nicknames (``Joko "Jokowi" Widodo``), single quoted words, apostrophes
(``Jum'at``, ``Ma'ruf Amin``, ``do'a``, ``era '90-an``), inch marks (``55"``) and paragraphs with one stray mark.

Speaker extent rule used throughout: ``speaker`` is the noun phrase next to the cue (after it for ``"…," kata X``
and ``menurut X``, before it for ``X mengatakan, "…"``), running up to the first comma, ``saat``, ``yang``,
``dalam``, ``di``, ``kepada`` or the end of the sentence (before the cue: back to the start of the sentence or the
last comma). Titles and roles before a name are part of it (``Kapolda Sumatera Utara Irjen Hendra Kusuma``,
``terdakwa Andi Prasetyo``); an appositive after a comma is not (``"…," ucap Sri Wahyuni, ibu korban.`` → ``Sri
Wahyuni``). No text puts a comma between a title and its name (``Menteri …, Chris Bowen``), and no speaker is
followed by a word outside that list (``ketika``, ``usai``, ``melalui``), so the rule gives one answer everywhere.
For a pronoun the speaker is the antecedent with the same extent, and ``speaker_resolved=True``.

Conventions: ``cue`` is the speech verb as written, in lower case (``menurut`` for ``Menurut``); ``katanya`` is its
own cue, while for the other ``-nya`` forms (``ujarnya``, ``tuturnya``, ``imbuhnya`` …) ``cue`` is not given, since
it may be reported with or without the suffix. The second part of a split quote has no cue of its own and is given
without ``cue`` (and without ``resolved``). ``content`` is given for multi-paragraph quotes (the anchor without the
continuation paragraph's opening mark; the line break stays). ``resolved`` is given only when it is true; keys not
given are not checked.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("quote",)

EXAMPLES: list[Ex] = [
    # ------------------------------------------------------------------------------------------------------------
    # The founding article: '"…," ujar Putin.' and '"…," kata Xi.'; the scare-quoted headline gives nothing
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Pada pertemuan tersebut Putin memuji Xi, pemimpin Rusia tersebut mengatakan kemitraan komprehensif dan "
        "kerjasama strategis antara Moskow dan Beijing sedang mengalami periode terbaik dalam sejarah.\n"
        '"Kerja sama kami tidak ditujukan untuk melawan siapapun, kami tidak menciptakan blok atau aliansi apa pun, '
        'kami hanya bertindak demi kepentingan rakyat kami," ujar Putin.\n'
        "Baca juga: Bertemu Xi, Putin: Hubungan Rusia-Cina Ada dalam Kondisi ‘Terbaik’\n"
        "Sementara itu dalam sambutannya di televisi, Xi memuji kemajuan kerja sama China dan Rusia, sambil "
        "menambahkan bahwa kedua negara harus mengembangkan keharmonisan di tengah hubungan situasi internasional dan "
        "lingkungan eksternal yang bergejolak.\n"
        '"Dalam menghadapi situasi internasional dan lingkungan eksternal yang bergejolak, kedua pihak harus terus '
        'menjunjung tinggi aspirasi awal persahabatan untuk generasi mendatang," kata Xi.',
        C(
            "quote",
            "Kerja sama kami tidak ditujukan untuk melawan siapapun, kami tidak menciptakan blok atau aliansi apa pun, "
            "kami hanya bertindak demi kepentingan rakyat kami,",
            speaker="Putin",
            cue="ujar",
        ),
        C(
            "quote",
            "Dalam menghadapi situasi internasional dan lingkungan eksternal yang bergejolak, kedua pihak harus terus "
            "menjunjung tinggi aspirasi awal persahabatan untuk generasi mendatang,",
            speaker="Xi",
            cue="kata",
        ),
        note="the seed article: ‘Terbaik’ in the Baca juga headline is a scare quote",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Cue after the quote: ujar, kata
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Kerja sama kami tidak ditujukan untuk melawan siapapun, kami tidak menciptakan blok atau aliansi apa pun, '
        'kami hanya bertindak demi kepentingan rakyat kami," ujar Putin.',
        C(
            "quote",
            "Kerja sama kami tidak ditujukan untuk melawan siapapun, kami tidak menciptakan blok atau aliansi apa pun, "
            "kami hanya bertindak demi kepentingan rakyat kami,",
            speaker="Putin",
            cue="ujar",
        ),
    ),
    Ex(
        '"Tim gabungan sudah menyisir sungai sejauh lima kilometer dari titik korban terseret arus," ujar Kepala '
        "Kantor SAR Semarang Budiono di Semarang, Selasa (26/8/2025).",
        C(
            "quote",
            "Tim gabungan sudah menyisir sungai sejauh lima kilometer dari titik korban terseret arus,",
            speaker="Kepala Kantor SAR Semarang Budiono",
            cue="ujar",
        ),
    ),
    Ex(
        '"Stok beras di gudang Bulog cukup untuk kebutuhan hingga akhir tahun," ujar Pemimpin Wilayah Bulog Jawa '
        "Timur Heru Santoso.",
        C(
            "quote",
            "Stok beras di gudang Bulog cukup untuk kebutuhan hingga akhir tahun,",
            speaker="Pemimpin Wilayah Bulog Jawa Timur Heru Santoso",
            cue="ujar",
        ),
    ),
    Ex(
        '"Dalam menghadapi situasi internasional dan lingkungan eksternal yang bergejolak, kedua pihak harus terus '
        'menjunjung tinggi aspirasi awal persahabatan untuk generasi mendatang," kata Xi.',
        C(
            "quote",
            "Dalam menghadapi situasi internasional dan lingkungan eksternal yang bergejolak, kedua pihak harus terus "
            "menjunjung tinggi aspirasi awal persahabatan untuk generasi mendatang,",
            speaker="Xi",
            cue="kata",
        ),
    ),
    Ex(
        '"Kedua negara akan terus memperdalam kepercayaan politik dan memperluas kerja sama pragmatis," kata Xi saat '
        "membacakan pernyataan bersama di Beijing.",
        C(
            "quote",
            "Kedua negara akan terus memperdalam kepercayaan politik dan memperluas kerja sama pragmatis,",
            speaker="Xi",
            cue="kata",
        ),
        note="the speaker ends at 'saat'",
    ),
    Ex(
        '"Pelaku sudah kami amankan dan masih menjalani pemeriksaan intensif," kata Kapolres Metro Jakarta Selatan '
        "Kombes Budi Santoso kepada wartawan, Rabu (27/8/2025).",
        C(
            "quote",
            "Pelaku sudah kami amankan dan masih menjalani pemeriksaan intensif,",
            speaker="Kapolres Metro Jakarta Selatan Kombes Budi Santoso",
            cue="kata",
        ),
        note="the speaker ends at 'kepada'",
    ),
    Ex(
        'CIANJUR, KOMPAS.com - "Kami minta warga tetap tenang dan mengikuti arahan petugas di lapangan," kata Bupati '
        "Cianjur Rahmat Hidayat, Senin (1/9/2025).",
        C(
            "quote",
            "Kami minta warga tetap tenang dan mengikuti arahan petugas di lapangan,",
            speaker="Bupati Cianjur Rahmat Hidayat",
            cue="kata",
        ),
        note="a dateline before the quote; the speaker ends at the comma before the date",
    ),
    Ex(
        '"Air mulai naik sejak pukul 02.00 dini hari dan terus bertambah tinggi," kata Lurah Kampung Melayu Irwan '
        "Setiadi di lokasi banjir.",
        C(
            "quote",
            "Air mulai naik sejak pukul 02.00 dini hari dan terus bertambah tinggi,",
            speaker="Lurah Kampung Melayu Irwan Setiadi",
            cue="kata",
        ),
        note="the speaker ends at 'di'",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Cue after the quote: ucap, tutur, ungkap
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Saya tidak pernah menerima uang sepeser pun dari proyek itu," ucap terdakwa Andi Prasetyo dalam sidang di '
        "Pengadilan Tipikor Jakarta.",
        C(
            "quote",
            "Saya tidak pernah menerima uang sepeser pun dari proyek itu,",
            speaker="terdakwa Andi Prasetyo",
            cue="ucap",
        ),
        note="a lower-case role before the name is part of the speaker; it ends at 'dalam'",
    ),
    Ex(
        '"Terima kasih kepada semua relawan yang ikut mencari anak saya," ucap Sri Wahyuni, ibu korban.',
        C(
            "quote",
            "Terima kasih kepada semua relawan yang ikut mencari anak saya,",
            speaker="Sri Wahyuni",
            cue="ucap",
        ),
        note="the appositive after the comma is not part of the speaker",
    ),
    Ex(
        '"Harga gabah di tingkat petani sekarang sudah di atas harga pembelian pemerintah," tutur Slamet, Ketua '
        "Kelompok Tani Sido Makmur.",
        C(
            "quote",
            "Harga gabah di tingkat petani sekarang sudah di atas harga pembelian pemerintah,",
            speaker="Slamet",
            cue="tutur",
        ),
    ),
    Ex(
        '"Kami sudah tiga hari mengungsi dan belum menerima bantuan makanan," tutur Nur Aini kepada Kompas.com di '
        "posko pengungsian.",
        C(
            "quote",
            "Kami sudah tiga hari mengungsi dan belum menerima bantuan makanan,",
            speaker="Nur Aini",
            cue="tutur",
        ),
    ),
    Ex(
        '"Lonjakan penumpang diperkirakan terjadi tiga hari sebelum Lebaran," ungkap Direktur Utama PT Kereta Api '
        "Indonesia Eko Prasetyo.",
        C(
            "quote",
            "Lonjakan penumpang diperkirakan terjadi tiga hari sebelum Lebaran,",
            speaker="Direktur Utama PT Kereta Api Indonesia Eko Prasetyo",
            cue="ungkap",
        ),
    ),
    Ex(
        '"Ada indikasi kuat kebakaran berasal dari korsleting listrik di lantai dua," ungkap Kepala Dinas Pemadam '
        "Kebakaran Kota Depok Agus Wibowo saat ditemui di lokasi.",
        C(
            "quote",
            "Ada indikasi kuat kebakaran berasal dari korsleting listrik di lantai dua,",
            speaker="Kepala Dinas Pemadam Kebakaran Kota Depok Agus Wibowo",
            cue="ungkap",
        ),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Cue after the quote: jelas, tegas, sebut
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Gempa ini merupakan gempa dangkal akibat aktivitas sesar aktif," jelas Kepala Stasiun Geofisika Sleman '
        "Lukman Hakim.",
        C(
            "quote",
            "Gempa ini merupakan gempa dangkal akibat aktivitas sesar aktif,",
            speaker="Kepala Stasiun Geofisika Sleman Lukman Hakim",
            cue="jelas",
        ),
    ),
    Ex(
        '"Anggaran itu dipakai untuk memperbaiki 120 ruang kelas yang rusak berat," jelas Kepala Dinas Pendidikan '
        "Jawa Barat Dian Puspita di Bandung, Kamis (28/8/2025).",
        C(
            "quote",
            "Anggaran itu dipakai untuk memperbaiki 120 ruang kelas yang rusak berat,",
            speaker="Kepala Dinas Pendidikan Jawa Barat Dian Puspita",
            cue="jelas",
        ),
    ),
    Ex(
        '"Tidak ada toleransi bagi anggota yang terlibat narkoba," tegas Kapolda Sumatera Utara Irjen Hendra Kusuma.',
        C(
            "quote",
            "Tidak ada toleransi bagi anggota yang terlibat narkoba,",
            speaker="Kapolda Sumatera Utara Irjen Hendra Kusuma",
            cue="tegas",
        ),
    ),
    Ex(
        '"Negara tidak boleh kalah oleh mafia tanah," tegas Prabowo saat berpidato di Istana Negara.',
        C("quote", "Negara tidak boleh kalah oleh mafia tanah,", speaker="Prabowo", cue="tegas"),
    ),
    Ex(
        '"Korban meninggal dunia bertambah menjadi 12 orang, sedangkan dua orang masih dalam pencarian," sebut Kepala '
        "Pusat Data dan Informasi BNPB Yusuf Maulana dalam keterangan tertulis.",
        C(
            "quote",
            "Korban meninggal dunia bertambah menjadi 12 orang, sedangkan dua orang masih dalam pencarian,",
            speaker="Kepala Pusat Data dan Informasi BNPB Yusuf Maulana",
            cue="sebut",
        ),
        note="'dalam' inside the quote does not matter; the speaker ends at the 'dalam' after it",
    ),
    Ex(
        '"Nilai ekspor nonmigas pada Juli naik dibanding bulan sebelumnya," sebut Deputi Bidang Statistik Distribusi '
        "dan Jasa BPS Rina Marlina.",
        C(
            "quote",
            "Nilai ekspor nonmigas pada Juli naik dibanding bulan sebelumnya,",
            speaker="Deputi Bidang Statistik Distribusi dan Jasa BPS Rina Marlina",
            cue="sebut",
        ),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Cue after the quote: imbuh, tambah, papar, terang, tanya
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Kami juga akan memanggil pihak pengembang untuk dimintai keterangan," imbuh Kasat Reskrim Polres Metro '
        "Bekasi Kota Kompol Joko Susilo.",
        C(
            "quote",
            "Kami juga akan memanggil pihak pengembang untuk dimintai keterangan,",
            speaker="Kasat Reskrim Polres Metro Bekasi Kota Kompol Joko Susilo",
            cue="imbuh",
        ),
    ),
    Ex(
        '"Distribusi bantuan sudah menjangkau 14 desa," kata Camat Sukajadi Bambang Wijanarko.\n'
        '"Untuk desa yang aksesnya terputus, bantuan kami kirim dengan perahu karet," imbuh Bambang.',
        C(
            "quote",
            "Distribusi bantuan sudah menjangkau 14 desa,",
            speaker="Camat Sukajadi Bambang Wijanarko",
            cue="kata",
        ),
        C(
            "quote",
            "Untuk desa yang aksesnya terputus, bantuan kami kirim dengan perahu karet,",
            speaker="Bambang",
            cue="imbuh",
        ),
        note="a later quote names the speaker by surname alone: not a pronoun, so not resolved",
    ),
    Ex(
        '"Rekayasa lalu lintas satu arah akan kami berlakukan jika volume kendaraan terus meningkat," tambah '
        "Dirlantas Polda Jawa Tengah Kombes Dwi Haryanto.",
        C(
            "quote",
            "Rekayasa lalu lintas satu arah akan kami berlakukan jika volume kendaraan terus meningkat,",
            speaker="Dirlantas Polda Jawa Tengah Kombes Dwi Haryanto",
            cue="tambah",
        ),
    ),
    Ex(
        '"Pertumbuhan ekonomi kuartal II ditopang konsumsi rumah tangga dan investasi," papar ekonom Universitas '
        "Indonesia Teguh Santosa dalam diskusi daring.",
        C(
            "quote",
            "Pertumbuhan ekonomi kuartal II ditopang konsumsi rumah tangga dan investasi,",
            speaker="ekonom Universitas Indonesia Teguh Santosa",
            cue="papar",
        ),
    ),
    Ex(
        '"Vaksin ini aman diberikan untuk anak usia enam tahun ke atas," terang Kepala Dinas Kesehatan Kota Surabaya '
        "Lilik Handayani.",
        C(
            "quote",
            "Vaksin ini aman diberikan untuk anak usia enam tahun ke atas,",
            speaker="Kepala Dinas Kesehatan Kota Surabaya Lilik Handayani",
            cue="terang",
        ),
    ),
    Ex(
        '"Kalau sekolahnya dipindah sejauh itu, bagaimana anak-anak kami berangkat setiap hari?" tanya Yuliana, '
        "seorang wali murid.",
        C(
            "quote",
            "Kalau sekolahnya dipindah sejauh itu, bagaimana anak-anak kami berangkat setiap hari?",
            speaker="Yuliana",
            cue="tanya",
        ),
        note="a question mark inside the marks stays in the span",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Where the speaker ends: yang, kepada, di, a comma; several sentences in one quote; an exclamation
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Kami tidak tahu harus tinggal di mana lagi," kata Siti Aminah yang rumahnya hanyut diterjang banjir bandang.',
        C(
            "quote",
            "Kami tidak tahu harus tinggal di mana lagi,",
            speaker="Siti Aminah",
            cue="kata",
        ),
        note="the speaker ends at 'yang'",
    ),
    Ex(
        '"Proses evakuasi terkendala cuaca buruk dan medan yang curam," kata Komandan Kodim 0607 Sukabumi Letkol Inf '
        "Fajar Nugroho kepada Antara.",
        C(
            "quote",
            "Proses evakuasi terkendala cuaca buruk dan medan yang curam,",
            speaker="Komandan Kodim 0607 Sukabumi Letkol Inf Fajar Nugroho",
            cue="kata",
        ),
    ),
    Ex(
        '"Sekolah kami liburkan sampai kondisi benar-benar aman," kata Kepala SMP Negeri 3 Palu Made Sudarsana di '
        "Palu, Sulawesi Tengah.",
        C(
            "quote",
            "Sekolah kami liburkan sampai kondisi benar-benar aman,",
            speaker="Kepala SMP Negeri 3 Palu Made Sudarsana",
            cue="kata",
        ),
    ),
    Ex(
        '"Kami tidak menolak pembangunan bendungan. Kami hanya menuntut ganti rugi yang layak untuk lahan kami," kata '
        "Dedi Supriadi, warga Desa Sukamaju.",
        C(
            "quote",
            "Kami tidak menolak pembangunan bendungan. Kami hanya menuntut ganti rugi yang layak untuk lahan kami,",
            speaker="Dedi Supriadi",
            cue="kata",
        ),
        note="a quote of two sentences is one claim",
    ),
    Ex(
        '"Jangan pernah percaya pada tawaran investasi dengan imbal hasil yang tidak masuk akal!" kata Ketua Satgas '
        "Waspada Investasi Bonny Saputra.",
        C(
            "quote",
            "Jangan pernah percaya pada tawaran investasi dengan imbal hasil yang tidak masuk akal!",
            speaker="Ketua Satgas Waspada Investasi Bonny Saputra",
            cue="kata",
        ),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Cue before the quote: 'Putin mengatakan, "…"', menyatakan, menegaskan, menjelaskan, 'Menurut Kapolda, "…"'
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Putin mengatakan, "Hubungan Rusia dan China saat ini berada pada tingkat tertinggi sepanjang sejarah."',
        C(
            "quote",
            "Hubungan Rusia dan China saat ini berada pada tingkat tertinggi sepanjang sejarah.",
            speaker="Putin",
            cue="mengatakan",
        ),
        note="a full stop inside the marks stays in the span",
    ),
    Ex(
        'Kapolda Jawa Timur Irjen Nanang Kurniawan mengatakan: "Kami akan mengusut tuntas kasus ini tanpa pandang '
        'bulu."',
        C(
            "quote",
            "Kami akan mengusut tuntas kasus ini tanpa pandang bulu.",
            speaker="Kapolda Jawa Timur Irjen Nanang Kurniawan",
            cue="mengatakan",
        ),
    ),
    Ex(
        "Dalam konferensi pers di Gedung Merah Putih KPK, Jakarta, Ketua KPK menyatakan, \"Penyidik telah menetapkan "
        'tiga orang tersangka dalam perkara ini."',
        C(
            "quote",
            "Penyidik telah menetapkan tiga orang tersangka dalam perkara ini.",
            speaker="Ketua KPK",
            cue="menyatakan",
        ),
        note="before the cue, the speaker runs back to the last comma",
    ),
    Ex(
        'Gubernur Bali Wayan Suardana menegaskan, "Pungutan bagi wisatawan asing tetap berlaku mulai tahun depan."',
        C(
            "quote",
            "Pungutan bagi wisatawan asing tetap berlaku mulai tahun depan.",
            speaker="Gubernur Bali Wayan Suardana",
            cue="menegaskan",
        ),
    ),
    Ex(
        'Kepala BMKG menjelaskan, "Puncak musim hujan diperkirakan terjadi pada Januari hingga Februari."',
        C(
            "quote",
            "Puncak musim hujan diperkirakan terjadi pada Januari hingga Februari.",
            speaker="Kepala BMKG",
            cue="menjelaskan",
        ),
    ),
    Ex(
        'Jaksa Agung ST Burhanuddin mengatakan, "Kejaksaan akan menuntaskan perkara ini secara profesional dan '
        'transparan."',
        C(
            "quote",
            "Kejaksaan akan menuntaskan perkara ini secara profesional dan transparan.",
            speaker="Jaksa Agung ST Burhanuddin",
            cue="mengatakan",
        ),
    ),
    Ex(
        'Dalam surat tuntutannya, jaksa menyatakan, "Terdakwa terbukti secara sah dan meyakinkan bersalah melakukan '
        'tindak pidana korupsi secara bersama-sama."',
        C(
            "quote",
            "Terdakwa terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana korupsi secara bersama-sama.",
            speaker="jaksa",
            cue="menyatakan",
        ),
        note="a role without a name is a speaker, as written",
    ),
    Ex(
        'Presiden Joko Widodo mengatakan, "Pembangunan IKN tidak boleh berhenti, siapa pun presidennya nanti."',
        C(
            "quote",
            "Pembangunan IKN tidak boleh berhenti, siapa pun presidennya nanti.",
            speaker="Presiden Joko Widodo",
            cue="mengatakan",
        ),
    ),
    Ex(
        "Karo Penmas Divisi Humas Polri Brigjen Ahmad Ramadhan menjelaskan, \"Tersangka dijerat pasal berlapis dengan "
        'ancaman hukuman 15 tahun penjara."',
        C(
            "quote",
            "Tersangka dijerat pasal berlapis dengan ancaman hukuman 15 tahun penjara.",
            speaker="Karo Penmas Divisi Humas Polri Brigjen Ahmad Ramadhan",
            cue="menjelaskan",
        ),
    ),
    Ex(
        'Menurut Kapolda, "Para pelaku sudah beraksi di lima lokasi berbeda sejak awal tahun."',
        C(
            "quote",
            "Para pelaku sudah beraksi di lima lokasi berbeda sejak awal tahun.",
            speaker="Kapolda",
            cue="menurut",
        ),
    ),
    Ex(
        'Menurut Ketua Umum PSSI Yudi Hartono, "Timnas harus tampil habis-habisan di laga terakhir."',
        C(
            "quote",
            "Timnas harus tampil habis-habisan di laga terakhir.",
            speaker="Ketua Umum PSSI Yudi Hartono",
            cue="menurut",
        ),
    ),
    Ex(
        'Wakil Presiden Ma\'ruf Amin mengatakan, "Salat Jum\'at tetap digelar dengan protokol kesehatan yang ketat."',
        C(
            "quote",
            "Salat Jum'at tetap digelar dengan protokol kesehatan yang ketat.",
            speaker="Wakil Presiden Ma'ruf Amin",
            cue="mengatakan",
        ),
        note="apostrophes inside words (Ma'ruf, Jum'at) are not marks",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Pronoun speakers: -nya, 'kata dia', 'Ia menambahkan, "…"', 'Menurut dia, "…"' (resolved to the nearest name)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Siti mengaku sudah dua hari tidak bisa berjualan. "Pasar masih tergenang, pembeli juga tidak ada," katanya.',
        C(
            "quote",
            "Pasar masih tergenang, pembeli juga tidak ada,",
            speaker="Siti",
            cue="katanya",
            speaker_resolved=True,
        ),
        note="katanya: the speaker is named earlier in the same paragraph",
    ),
    Ex(
        "Banjir setinggi satu meter merendam 300 rumah di Desa Sukamaju sejak Sabtu malam. Budi mengatakan air mulai "
        "surut pada Minggu pagi.\n"
        '"Warga sudah mulai membersihkan rumah masing-masing dari lumpur," ujarnya.',
        C(
            "quote",
            "Warga sudah mulai membersihkan rumah masing-masing dari lumpur,",
            speaker="Budi",
            speaker_resolved=True,
        ),
        note="ujarnya: the speaker is named in the previous paragraph",
    ),
    Ex(
        "Kepala Dinas Kesehatan Kota Bogor Sri Nowo Retno di Bogor mengatakan kasus demam berdarah naik.\n"
        '"Kami minta warga menguras bak mandi setiap pekan," ujarnya.',
        C(
            "quote",
            "Kami minta warga menguras bak mandi setiap pekan,",
            speaker="Kepala Dinas Kesehatan Kota Bogor Sri Nowo Retno",
            speaker_resolved=True,
        ),
        note="a city after 'di' before the verb is where the speaker spoke, never the speaker",
    ),
    Ex(
        "Inflasi Naik Lagi, BI Waspadai Harga Pangan\n"
        "Kepala Ekonom BRI Anton Hendranata mengatakan, inflasi bulan ini didorong harga beras. Inflasi inti masih "
        'terkendali di bawah target.\n"Kami melihat tekanan inflasi akan mereda setelah panen," ujarnya.',
        C("quote", "Kami melihat tekanan inflasi akan mereda setelah panen,",
          speaker="Kepala Ekonom BRI Anton Hendranata", speaker_resolved=True),
        note="'Inflasi inti …' opens a sentence with a common word the story writes in lower case: no speaker",
    ),
    Ex(
        "Gubernur Jawa Barat Dedi Mulyadi melalui unggahan di Instagram menyebut sekolah wajib punya jalur evakuasi."
        '\n"Keselamatan anak-anak nomor satu," tulisnya.',
        C(
            "quote",
            "Keselamatan anak-anak nomor satu,",
            speaker="Gubernur Jawa Barat Dedi Mulyadi",
            speaker_resolved=True,
        ),
        note="a platform after 'di' is where the speaker wrote: the subject before 'melalui unggahan' is the writer",
    ),
    Ex(
        "Kepala Desa Sukamaju Budi Santoso mengatakan tanggul jebol sepanjang 20 meter.\n"
        '"Kami butuh alat berat secepatnya agar tanggul bisa ditutup sebelum hujan turun lagi," ujarnya.',
        C(
            "quote",
            "Kami butuh alat berat secepatnya agar tanggul bisa ditutup sebelum hujan turun lagi,",
            speaker="Kepala Desa Sukamaju Budi Santoso",
            speaker_resolved=True,
        ),
        note="the antecedent is given with its title, as the extent rule gives it",
    ),
    Ex(
        '"Pembeli turun drastis sejak jalan ditutup," kata Lukman Hakim, pemilik warung di Jalan Malioboro.\n'
        '"Sehari paling banyak sepuluh orang yang mampir," tuturnya.',
        C("quote", "Pembeli turun drastis sejak jalan ditutup,", speaker="Lukman Hakim", cue="kata"),
        C(
            "quote",
            "Sehari paling banyak sepuluh orang yang mampir,",
            speaker="Lukman Hakim",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Hendra menyebut perbaikan jalan nasional itu ditargetkan rampung bulan depan. \"Kami kejar sebelum arus "
        'mudik dimulai," imbuhnya.',
        C(
            "quote",
            "Kami kejar sebelum arus mudik dimulai,",
            speaker="Hendra",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Rina menjelaskan, pengurusan izin usaha kini cukup dilakukan secara daring.\n"
        '"Pelaku UMKM tidak perlu lagi datang ke kantor dinas," tambahnya.',
        C(
            "quote",
            "Pelaku UMKM tidak perlu lagi datang ke kantor dinas,",
            speaker="Rina",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Agus memastikan seluruh korban sudah dievakuasi ke rumah sakit terdekat.\n"
        '"Dua korban masih dirawat intensif karena luka bakar yang cukup parah," jelasnya.',
        C(
            "quote",
            "Dua korban masih dirawat intensif karena luka bakar yang cukup parah,",
            speaker="Agus",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Irfan mengatakan aksi akan terus digelar sampai tuntutan mahasiswa dipenuhi.\n"
        '"Kami tidak akan berhenti sebelum DPR membatalkan revisi undang-undang itu," tegasnya.',
        C(
            "quote",
            "Kami tidak akan berhenti sebelum DPR membatalkan revisi undang-undang itu,",
            speaker="Irfan",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Made mengatakan jumlah wisatawan mancanegara ke Bali terus meningkat.\n"
        '"Okupansi hotel di kawasan Kuta dan Nusa Dua sudah di atas 80 persen," ungkapnya.',
        C(
            "quote",
            "Okupansi hotel di kawasan Kuta dan Nusa Dua sudah di atas 80 persen,",
            speaker="Made",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Dian menuturkan, perpustakaan keliling itu kini melayani 20 sekolah di pelosok Kabupaten Lebak.\n"
        '"Anak-anak sangat antusias setiap kali mobil perpustakaan datang," kata dia.',
        C(
            "quote",
            "Anak-anak sangat antusias setiap kali mobil perpustakaan datang,",
            speaker="Dian",
            cue="kata",
            speaker_resolved=True,
        ),
        note="Antara style 'kata dia': the cue is 'kata'",
    ),
    Ex(
        "Yusuf mengatakan distribusi pupuk bersubsidi di wilayahnya sempat terlambat.\n"
        '"Stok dari gudang provinsi baru tiba pekan lalu," ujar dia.',
        C(
            "quote",
            "Stok dari gudang provinsi baru tiba pekan lalu,",
            speaker="Yusuf",
            cue="ujar",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Teguh memperkirakan inflasi akhir tahun tetap berada dalam sasaran Bank Indonesia. Ia menambahkan, \"Harga "
        'pangan bergejolak masih menjadi risiko terbesar."',
        C(
            "quote",
            "Harga pangan bergejolak masih menjadi risiko terbesar.",
            speaker="Teguh",
            cue="menambahkan",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Nanang mengatakan pihaknya sudah memeriksa 15 saksi.\n"
        'Dia menegaskan, "Siapa pun yang terlibat akan kami proses sesuai hukum yang berlaku."',
        C(
            "quote",
            "Siapa pun yang terlibat akan kami proses sesuai hukum yang berlaku.",
            speaker="Nanang",
            cue="menegaskan",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Kepala Dinas Perhubungan Kota Medan Rudi Hartanto mengatakan rekayasa lalu lintas diberlakukan selama "
        'pembangunan jalan layang. Menurut dia, "Kemacetan di simpang itu sudah tidak bisa ditoleransi lagi."',
        C(
            "quote",
            "Kemacetan di simpang itu sudah tidak bisa ditoleransi lagi.",
            speaker="Kepala Dinas Perhubungan Kota Medan Rudi Hartanto",
            cue="menurut",
            speaker_resolved=True,
        ),
    ),
    Ex(
        '"Kerugian akibat banjir ditaksir mencapai Rp 20 miliar," kata Hendra.\n'
        "Sementara itu, Yuliana mengatakan pemerintah kabupaten sudah menyiapkan dana tanggap darurat.\n"
        '"Dana itu bisa dicairkan pekan ini juga," ujarnya.',
        C("quote", "Kerugian akibat banjir ditaksir mencapai Rp 20 miliar,", speaker="Hendra", cue="kata"),
        C(
            "quote",
            "Dana itu bisa dicairkan pekan ini juga,",
            speaker="Yuliana",
            speaker_resolved=True,
        ),
        note="two named speakers: the pronoun goes to the nearest one, Yuliana",
    ),
    Ex(
        "Fajar mengatakan tim SAR gabungan masih mencari dua pendaki yang hilang di Gunung Marapi.\n"
        '"Pencarian kami perluas ke arah lembah di sisi timur," ujarnya.\n'
        '"Kami juga menurunkan anjing pelacak dari Polda Sumatera Barat," imbuhnya.',
        C(
            "quote",
            "Pencarian kami perluas ke arah lembah di sisi timur,",
            speaker="Fajar",
            speaker_resolved=True,
        ),
        C(
            "quote",
            "Kami juga menurunkan anjing pelacak dari Polda Sumatera Barat,",
            speaker="Fajar",
            speaker_resolved=True,
        ),
        note="hard: the name is two paragraphs before the second pronoun; the paragraph between quotes the same "
        "person",
    ),
    Ex(
        '"Gorong-gorong di Jalan Ahmad Yani penuh lumpur dan ranting.\n\n'
        '"Minggu ini semua saluran utama harus sudah dikeruk," kata Wali Kota Semarang Hendro Wicaksono.',
        C(
            "quote",
            'Gorong-gorong di Jalan Ahmad Yani penuh lumpur dan ranting.\n\n"Minggu ini semua saluran utama harus '
            "sudah dikeruk,",
            content="Gorong-gorong di Jalan Ahmad Yani penuh lumpur dan ranting.\nMinggu ini semua saluran utama "
            "harus sudah dikeruk,",
            speaker="Wali Kota Semarang Hendro Wicaksono",
            cue="kata",
        ),
        note="paragraphs separated by a blank line, as in text taken from a web page: the same as one newline",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Marks: curly “…”, single ‘…’ and '…', „…“, «…»
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "“Kami menargetkan seluruh jembatan darurat rampung sebelum musim hujan,” kata Direktur Jenderal Bina Marga "
        "Wahyu Prasetyo.",
        C(
            "quote",
            "Kami menargetkan seluruh jembatan darurat rampung sebelum musim hujan,",
            speaker="Direktur Jenderal Bina Marga Wahyu Prasetyo",
            cue="kata",
        ),
    ),
    Ex(
        "Dalam pidatonya, Presiden Prabowo Subianto menyatakan, “Tidak boleh ada rakyat Indonesia yang kelaparan.”",
        C(
            "quote",
            "Tidak boleh ada rakyat Indonesia yang kelaparan.",
            speaker="Presiden Prabowo Subianto",
            cue="menyatakan",
        ),
    ),
    Ex(
        "‘Kami tidak akan mundur sebelum tuntutan kami dipenuhi,’ ujar koordinator aksi Irfan Maulana.",
        C(
            "quote",
            "Kami tidak akan mundur sebelum tuntutan kami dipenuhi,",
            speaker="koordinator aksi Irfan Maulana",
            cue="ujar",
        ),
        note="single curly marks used as quote marks",
    ),
    Ex(
        "‘Salat Jum’at tetap kami gelar di tenda darurat,’ ujar Ketua Takmir Masjid Al-Ikhlas Yusuf Maulana.",
        C(
            "quote",
            "Salat Jum’at tetap kami gelar di tenda darurat,",
            speaker="Ketua Takmir Masjid Al-Ikhlas Yusuf Maulana",
            cue="ujar",
        ),
        note="the ’ inside Jum’at is an apostrophe, not the closing mark",
    ),
    Ex(
        "„Jerman siap mendukung transisi energi Indonesia,“ kata Duta Besar Jerman Thomas Weber saat berkunjung ke "
        "Jakarta.",
        C(
            "quote",
            "Jerman siap mendukung transisi energi Indonesia,",
            speaker="Duta Besar Jerman Thomas Weber",
            cue="kata",
        ),
    ),
    Ex(
        "«Prancis akan terus berdiri bersama rakyat Ukraina,» kata Macron dalam pidato di Istana Elysee.",
        C("quote", "Prancis akan terus berdiri bersama rakyat Ukraina,", speaker="Macron", cue="kata"),
    ),
    Ex(
        "'Kami siap bertanding habis-habisan di laga tandang,' kata pelatih PSIS Semarang Agus Riyanto.",
        C(
            "quote",
            "Kami siap bertanding habis-habisan di laga tandang,",
            speaker="pelatih PSIS Semarang Agus Riyanto",
            cue="kata",
        ),
        note="straight single marks used as quote marks",
    ),
    Ex(
        "“Harga cabai rawit sudah tembus Rp 90.000 per kilogram,” kata Sri, pedagang di Pasar Kramat Jati.\n"
        'Kepala Dinas Ketahanan Pangan DKI Jakarta Bambang Sutrisno mengatakan, "Kami akan menggelar operasi pasar '
        'mulai pekan depan."',
        C("quote", "Harga cabai rawit sudah tembus Rp 90.000 per kilogram,", speaker="Sri", cue="kata"),
        C(
            "quote",
            "Kami akan menggelar operasi pasar mulai pekan depan.",
            speaker="Kepala Dinas Ketahanan Pangan DKI Jakarta Bambang Sutrisno",
            cue="mengatakan",
        ),
        note="curly and straight marks in one article",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A quote split by its attribution: two claims, the same speaker; the second has no cue of its own
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Kami siap menjalankan putusan pengadilan," kata Budi. "Kami hanya menunggu salinan putusan resmi dari '
        'Mahkamah Agung."',
        C("quote", "Kami siap menjalankan putusan pengadilan,", speaker="Budi", cue="kata"),
        C("quote", "Kami hanya menunggu salinan putusan resmi dari Mahkamah Agung.", speaker="Budi"),
    ),
    Ex(
        '"Bantuan logistik sudah kami kirim," ujar Sekretaris Daerah Kabupaten Garut Asep Sunandar. "Tinggal '
        'distribusi ke desa-desa yang masih terisolasi."',
        C(
            "quote",
            "Bantuan logistik sudah kami kirim,",
            speaker="Sekretaris Daerah Kabupaten Garut Asep Sunandar",
            cue="ujar",
        ),
        C(
            "quote",
            "Tinggal distribusi ke desa-desa yang masih terisolasi.",
            speaker="Sekretaris Daerah Kabupaten Garut Asep Sunandar",
        ),
    ),
    Ex(
        "“Kami tidak pernah diajak bicara soal relokasi,” tutur Nur Aini. “Tiba-tiba saja alat berat sudah datang.”",
        C("quote", "Kami tidak pernah diajak bicara soal relokasi,", speaker="Nur Aini", cue="tutur"),
        C("quote", "Tiba-tiba saja alat berat sudah datang.", speaker="Nur Aini"),
    ),
    Ex(
        "Andi mengaku hanya diminta mengantar paket itu ke Surabaya.\n"
        '"Saya tidak tahu isinya," ujarnya. "Saya hanya dijanjikan upah Rp 2 juta."',
        C("quote", "Saya tidak tahu isinya,", speaker="Andi", speaker_resolved=True),
        C("quote", "Saya hanya dijanjikan upah Rp 2 juta.", speaker="Andi"),
        note="a split quote attributed with a pronoun",
    ),
    Ex(
        '"Pasokan listrik di Jawa dan Bali aman," kata Direktur Utama PLN Heru Wibisono. "Cadangan daya kami masih di '
        'atas 30 persen." Ia memastikan tidak ada pemadaman bergilir selama libur panjang.',
        C("quote", "Pasokan listrik di Jawa dan Bali aman,", speaker="Direktur Utama PLN Heru Wibisono", cue="kata"),
        C("quote", "Cadangan daya kami masih di atas 30 persen.", speaker="Direktur Utama PLN Heru Wibisono"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A quote over several paragraphs: one claim over the line break and the continuation's opening mark
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Hari ini kita kehilangan seorang guru bangsa yang seluruh hidupnya diabdikan untuk pendidikan anak-anak '
        "di pelosok.\n"
        '"Semoga semangat beliau terus menyala di sekolah-sekolah kita," ujar Gubernur Jawa Tengah Bambang '
        "Sutrisno.",
        C(
            "quote",
            "Hari ini kita kehilangan seorang guru bangsa yang seluruh hidupnya diabdikan untuk pendidikan anak-anak "
            'di pelosok.\n"Semoga semangat beliau terus menyala di sekolah-sekolah kita,',
            content="Hari ini kita kehilangan seorang guru bangsa yang seluruh hidupnya diabdikan untuk pendidikan "
            "anak-anak di pelosok.\nSemoga semangat beliau terus menyala di sekolah-sekolah kita,",
            speaker="Gubernur Jawa Tengah Bambang Sutrisno",
            cue="ujar",
        ),
        note="the attribution follows the last paragraph",
    ),
    Ex(
        'Putin mengatakan, "Kerja sama Rusia dan China di bidang energi terus tumbuh meski ada tekanan sanksi.\n'
        '"Kami juga sepakat memperluas penggunaan mata uang nasional dalam perdagangan kedua negara."',
        C(
            "quote",
            'Kerja sama Rusia dan China di bidang energi terus tumbuh meski ada tekanan sanksi.\n"Kami juga sepakat '
            "memperluas penggunaan mata uang nasional dalam perdagangan kedua negara.",
            content="Kerja sama Rusia dan China di bidang energi terus tumbuh meski ada tekanan sanksi.\nKami juga "
            "sepakat memperluas penggunaan mata uang nasional dalam perdagangan kedua negara.",
            speaker="Putin",
            cue="mengatakan",
        ),
        note="the attribution opens the first paragraph",
    ),
    Ex(
        "Ketua Majelis Hakim Lukman Hakim membacakan pertimbangan putusan selama dua jam.\n"
        '"Terdakwa terbukti menyalahgunakan kewenangannya sebagai pejabat pembuat komitmen.\n'
        '"Perbuatan terdakwa tidak mendukung program pemerintah dalam pemberantasan korupsi.\n'
        '"Hal yang meringankan, terdakwa bersikap sopan selama persidangan," kata Lukman.',
        C(
            "quote",
            "Terdakwa terbukti menyalahgunakan kewenangannya sebagai pejabat pembuat komitmen.\n"
            '"Perbuatan terdakwa tidak mendukung program pemerintah dalam pemberantasan korupsi.\n'
            '"Hal yang meringankan, terdakwa bersikap sopan selama persidangan,',
            content="Terdakwa terbukti menyalahgunakan kewenangannya sebagai pejabat pembuat komitmen.\n"
            "Perbuatan terdakwa tidak mendukung program pemerintah dalam pemberantasan korupsi.\n"
            "Hal yang meringankan, terdakwa bersikap sopan selama persidangan,",
            speaker="Lukman",
            cue="kata",
        ),
        note="three paragraphs: only the last one closes",
    ),
    Ex(
        "“Kami sudah menyiapkan 1.200 personel untuk mengamankan malam pergantian tahun.\n"
        "“Warga kami imbau tidak menyalakan kembang api di dekat permukiman padat,” kata Kapolresta Bandung Kombes "
        "Dedi Supriadi.",
        C(
            "quote",
            "Kami sudah menyiapkan 1.200 personel untuk mengamankan malam pergantian tahun.\n“Warga kami imbau tidak "
            "menyalakan kembang api di dekat permukiman padat,",
            content="Kami sudah menyiapkan 1.200 personel untuk mengamankan malam pergantian tahun.\nWarga kami imbau "
            "tidak menyalakan kembang api di dekat permukiman padat,",
            speaker="Kapolresta Bandung Kombes Dedi Supriadi",
            cue="kata",
        ),
        note="curly marks over two paragraphs",
    ),
    Ex(
        '"Sidang pembacaan putusan kami tunda sampai pekan depan.\n'
        '"Majelis masih membutuhkan waktu untuk bermusyawarah," kata hakim ketua Siti Rahmawati.\n'
        'Kuasa hukum terdakwa Yoga Pratama menyatakan, "Kami menghormati keputusan majelis hakim."',
        C(
            "quote",
            'Sidang pembacaan putusan kami tunda sampai pekan depan.\n"Majelis masih membutuhkan waktu untuk '
            "bermusyawarah,",
            content="Sidang pembacaan putusan kami tunda sampai pekan depan.\nMajelis masih membutuhkan waktu untuk "
            "bermusyawarah,",
            speaker="hakim ketua Siti Rahmawati",
            cue="kata",
        ),
        C(
            "quote",
            "Kami menghormati keputusan majelis hakim.",
            speaker="Kuasa hukum terdakwa Yoga Pratama",
            cue="menyatakan",
        ),
        note="a continued quote followed by a quote from someone else",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Nested quotes: one claim, the outer one
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Petugas itu bilang \'tidak ada anggaran\' kepada kami, lalu menutup pintu," kata Siti.',
        C(
            "quote",
            "Petugas itu bilang 'tidak ada anggaran' kepada kami, lalu menutup pintu,",
            speaker="Siti",
            cue="kata",
        ),
    ),
    Ex(
        "“Petugas hanya bilang ‘tunggu saja’, lalu pergi begitu saja,” kata Rina, salah satu pengungsi.",
        C("quote", "Petugas hanya bilang ‘tunggu saja’, lalu pergi begitu saja,", speaker="Rina", cue="kata"),
    ),
    Ex(
        '"Program \'Makan Bergizi Gratis\' harus diawasi ketat agar tidak ada lagi siswa yang keracunan," kata anggota '
        "Komisi IX DPR Dewi Kartika.",
        C(
            "quote",
            "Program 'Makan Bergizi Gratis' harus diawasi ketat agar tidak ada lagi siswa yang keracunan,",
            speaker="anggota Komisi IX DPR Dewi Kartika",
            cue="kata",
        ),
        note="a title quoted inside a quote gives no claim of its own",
    ),
    Ex(
        "‘Mereka menyebut kami “pengacau”, padahal kami hanya menuntut hak kami,’ ujar Irfan.",
        C(
            "quote",
            "Mereka menyebut kami “pengacau”, padahal kami hanya menuntut hak kami,",
            speaker="Irfan",
            cue="ujar",
        ),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Stray marks: a mark that never closes in its paragraph gives nothing; the other quotes are still found
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Warga sekitar sudah lama menyebut ruas jalan itu sebagai "jalur maut karena kecelakaan terus berulang.\n'
        'Kapolsek Cibeber AKP Dedi Kurnia mengatakan, "Kami akan memasang rambu tambahan dan pita penggaduh."',
        C(
            "quote",
            "Kami akan memasang rambu tambahan dan pita penggaduh.",
            speaker="Kapolsek Cibeber AKP Dedi Kurnia",
            cue="mengatakan",
        ),
        note="the first paragraph's mark never closes",
    ),
    Ex(
        '"Jalan ini rusak sejak dua tahun lalu dan belum pernah diperbaiki," kata Joko, warga Desa Karanganyar.\n'
        '"Kami sudah berkali-kali melapor ke kantor desa\n'
        "Hingga berita ini diturunkan, pihak pemerintah desa belum memberikan tanggapan.",
        C(
            "quote",
            "Jalan ini rusak sejak dua tahun lalu dan belum pernah diperbaiki,",
            speaker="Joko",
            cue="kata",
        ),
        note="the second paragraph opens a mark that never closes and is not continued",
    ),
    Ex(
        "Ponsel lipat itu dibekali layar utama 7,6\" dan baterai berkapasitas 4.400 mAh.\n"
        '"Penjualan di Indonesia naik dua kali lipat dibanding model sebelumnya," ujar Direktur Pemasaran Samsung '
        "Indonesia Yuliana Sari.",
        C(
            "quote",
            "Penjualan di Indonesia naik dua kali lipat dibanding model sebelumnya,",
            speaker="Direktur Pemasaran Samsung Indonesia Yuliana Sari",
            cue="ujar",
        ),
        note="an inch mark is not an opening mark",
    ),
    Ex(
        "Menurut Kepala Basarnas Wahyu Hidayat, \"Pencarian korban longsor diperpanjang tiga hari.\"\n"
        'Di lokasi, relawan menyebut tanah di lereng itu masih "labil dan bisa bergerak sewaktu-waktu.',
        C(
            "quote",
            "Pencarian korban longsor diperpanjang tiga hari.",
            speaker="Kepala Basarnas Wahyu Hidayat",
            cue="menurut",
        ),
        note="a stray mark after the quote",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Real quotes beside scare quotes, titles and nicknames (which give nothing)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Kawasan yang dijuluki "kampung air" itu kembali terendam pada Selasa pagi. "Setiap hujan deras, rumah kami '
        'pasti kebanjiran," kata Sri Wahyuni, warga setempat.',
        C(
            "quote",
            "Setiap hujan deras, rumah kami pasti kebanjiran,",
            speaker="Sri Wahyuni",
            cue="kata",
        ),
    ),
    Ex(
        'Pemerintah menganggarkan Rp 71 triliun untuk program "Makan Bergizi Gratis" pada tahun ini.\n'
        '"Kami memastikan setiap dapur memenuhi standar keamanan pangan," kata Kepala Badan Gizi Nasional Hendra '
        "Wijaya.",
        C(
            "quote",
            "Kami memastikan setiap dapur memenuhi standar keamanan pangan,",
            speaker="Kepala Badan Gizi Nasional Hendra Wijaya",
            cue="kata",
        ),
    ),
    Ex(
        'Film "Agak Laen" ditonton lebih dari sembilan juta orang di bioskop.\n'
        '"Kami sama sekali tidak menyangka film ini diterima seluas itu," ujar sutradara Bayu Pratama.',
        C(
            "quote",
            "Kami sama sekali tidak menyangka film ini diterima seluas itu,",
            speaker="sutradara Bayu Pratama",
            cue="ujar",
        ),
    ),
    Ex(
        'Joko "Jokowi" Widodo meresmikan Bendungan Sadawarna di Subang. "Bendungan ini akan mengairi 4.500 hektare '
        'sawah," kata Jokowi.',
        C("quote", "Bendungan ini akan mengairi 4.500 hektare sawah,", speaker="Jokowi", cue="kata"),
        note="the nickname in marks is not a quote",
    ),
    Ex(
        "Polisi menggelar operasi ‘senyap’ untuk membongkar jaringan narkoba lintas provinsi.\n"
        "“Ada 17 tersangka yang kami tangkap di tiga provinsi,” ujar Direktur Reserse Narkoba Polda Riau Kombes "
        "Arif Rahman.",
        C(
            "quote",
            "Ada 17 tersangka yang kami tangkap di tiga provinsi,",
            speaker="Direktur Reserse Narkoba Polda Riau Kombes Arif Rahman",
            cue="ujar",
        ),
    ),
    Ex(
        'Novel "Laskar Pelangi" karya Andrea Hirata kembali dicetak ulang. Editor Bentang Pustaka Nur Aini '
        'mengatakan, "Permintaan dari perpustakaan sekolah masih sangat tinggi."',
        C(
            "quote",
            "Permintaan dari perpustakaan sekolah masih sangat tinggi.",
            speaker="Editor Bentang Pustaka Nur Aini",
            cue="mengatakan",
        ),
    ),
    # A pronoun cue in the paragraph after the speaker, with a blank line between
    Ex(
        "Kapolda Metro Jaya Irjen Karyoto mengatakan penyelidikan masih berlanjut.\n\n"
        '"Kami akan mengusut kasus ini sampai tuntas," ujarnya.',
        C("quote", "Kami akan mengusut kasus ini sampai tuntas,", speaker="Kapolda Metro Jaya Irjen Karyoto",
          cue="ujarnya"),
        note="a blank line is no paragraph of its own",
    ),
    # A name between commas after its role, a role after the name, a degree after the name
    Ex(
        "Kuasa hukum terdakwa, Junaedi Saibih, menyatakan kliennya tidak bersalah. "
        '"Kami akan mengajukan banding atas putusan ini," tuturnya.',
        C("quote", "Kami akan mengajukan banding atas putusan ini,", speaker="Junaedi Saibih", cue="tuturnya"),
    ),
    Ex(
        'Putin, dalam pernyataan terpisah, menyebut pertemuan itu penting. "Kami siap berunding kapan saja," '
        "ujarnya.",
        C("quote", "Kami siap berunding kapan saja,", speaker="Putin", cue="ujarnya"),
    ),
    Ex(
        "Direktur Penyakit Menular Kemenkes dr. Ina Agustina Isturini, MKM mengatakan kasus menurun. "
        '"Kami tetap meminta masyarakat waspada," ujarnya.',
        C("quote", "Kami tetap meminta masyarakat waspada,", speaker="Direktur Penyakit Menular Kemenkes dr. Ina "
          "Agustina Isturini", cue="ujarnya"),
    ),
    Ex(
        "Menurut ekonom Center of Reform on Economics (CORE) Mohammad Faisal, target itu terlalu tinggi. "
        '"Dengan kondisi ekonomi saat ini, target itu sulit dicapai," tuturnya.',
        C("quote", "Dengan kondisi ekonomi saat ini, target itu sulit dicapai,",
          speaker="ekonom Center of Reform on Economics (CORE) Mohammad Faisal", cue="tuturnya"),
    ),
    # A partial quote inside reported speech
    Ex(
        'Presiden Joko Widodo menegaskan pemerintah "tidak akan mundur sedikit pun" dari rencana itu.',
        C("quote", "tidak akan mundur sedikit pun", speaker="Presiden Joko Widodo", cue="menegaskan"),
    ),
    # Nama lembaga dengan akronim dalam kurung, pembuka pasif, kata "pesan"
    Ex(
        '"Harga beras masih stabil di semua pasar," ujar Kepala Badan Pangan Nasional (Bapanas) Arief Prasetyo Adi.',
        C("quote", "Harga beras masih stabil di semua pasar,",
          speaker="Kepala Badan Pangan Nasional (Bapanas) Arief Prasetyo Adi", cue="ujar"),
    ),
    Ex(
        "Hal tersebut diungkapkan Menteri Pertanian Andi Amran Sulaiman di Makassar. "
        '"Produksi padi kita naik tahun ini," ujarnya.',
        C("quote", "Produksi padi kita naik tahun ini,", speaker="Menteri Pertanian Andi Amran Sulaiman",
          cue="ujarnya"),
    ),
    Ex(
        '"Masyarakat diminta tidak panik dan tetap tenang," pesan Kapolri Jenderal Listyo Sigit Prabowo.',
        C("quote", "Masyarakat diminta tidak panik dan tetap tenang,",
          speaker="Kapolri Jenderal Listyo Sigit Prabowo", cue="pesan"),
    ),
    # A colon introduction in the paragraph before the quote.
    Ex(
        "Kepala Kantor Otoritas Bandar Udara Wilayah IV, Hendro Kusumo, mengatakan:\n"
        '"Kami terus memantau sebaran abu vulkanik bersama BMKG dan AirNav."',
        C("quote", "Kami terus memantau sebaran abu vulkanik bersama BMKG dan AirNav.", speaker="Hendro Kusumo",
          cue="mengatakan"),
    ),
    # Speech verbs of a lighter register: seloroh, canda, kelakar.
    Ex(
        "Pencetak dua gol, Arkan Maulana, mengaku sempat gugup. “Tadi malam saya tidak bisa tidur,” seloroh Arkan "
        "disambut tawa wartawan.",
        C("quote", "Tadi malam saya tidak bisa tidur,", speaker="Arkan", cue="seloroh"),
    ),
    # A capital that only opens a sentence is no one's name; a lower-case word after a name is no part of it.
    Ex(
        "Kepala Badan Informasi Geospasial Bambang Irawan meninjau lokasi longsor.\n"
        'Selain itu, tim juga memetakan ulang lereng. "Banyak peta yang kami temukan masih memakai data lama,"'
        " ujarnya.",
        C("quote", "Banyak peta yang kami temukan masih memakai data lama,",
          speaker="Kepala Badan Informasi Geospasial Bambang Irawan", speaker_resolved=True),
    ),
    Ex(
        '"Itu hitungan konservatif," kata Sri Wahyuni singkat.',
        C("quote", "Itu hitungan konservatif,", speaker="Sri Wahyuni", cue="kata"),
    ),
    Ex(
        "Ketua DPRD Taufik Rahman menilai anggaran itu kecil.\n"
        '"Masih banyak sektor yang belum tersentuh," kata Taufik.',
        C("quote", "Masih banyak sektor yang belum tersentuh,", speaker="Taufik",
          speaker_full="Taufik Rahman"),
    ),
    # --------------------------------------------------------------------------------------------------------
    # Isu 11: siapa yang dimaksud kata ganti, peran tanpa nama, dan kutipan lanjutan
    # --------------------------------------------------------------------------------------------------------
    # -nya merujuk orang terakhir yang disebut sebagai subjek, juga dalam aposisi dengan umur dalam kurung.
    Ex(
        'Salah satu saksi, Budi Hartono (38), tampak gugup saat memberi keterangan. "Saya hanya melihat dari jauh," '
        "ujarnya.",
        C("quote", "Saya hanya melihat dari jauh,", speaker="Budi Hartono", cue="ujarnya", speaker_resolved=True),
    ),
    # -nya melewati paragraf yang hanya menyebut lembaga.
    Ex(
        "Kepala Dinas Kesehatan Kota Bogor Retno Wulandari mengatakan, vaksin sudah tiba.\n"
        "Selain itu, Badan Pusat Statistik (BPS) mencatat angka kelahiran menurun.\n"
        '"Stok vaksin cukup sampai akhir tahun," katanya.',
        C("quote", "Stok vaksin cukup sampai akhir tahun,", speaker="Kepala Dinas Kesehatan Kota Bogor Retno Wulandari",
          cue="katanya", speaker_resolved=True),
    ),
    # "Menurut Yusuf" bukan nama: nama lengkapnya tetap yang disebut di awal.
    Ex(
        "Kepala BPBD Garut Yusuf Maulana meninjau lokasi longsor, Senin.\n"
        "Menurut Yusuf, tanah di lereng masih bergerak.\n"
        '"Warga belum boleh kembali ke rumah," ujar Yusuf.',
        C("quote", "Warga belum boleh kembali ke rumah,", speaker="Yusuf",
          speaker_full="Yusuf Maulana", cue="ujar"),
    ),
    # Keterangan tertulis lembaga: demikian keterangan X.
    Ex(
        '"Layanan kereta kembali normal mulai pukul 18.00 WIB," demikian keterangan PT KAI.',
        C("quote", "Layanan kereta kembali normal mulai pukul 18.00 WIB,", speaker="PT KAI",
          cue="demikian keterangan"),
    ),
    Ex(
        'Klaim: "Jumlah tenaga kerja asing asal China di Indonesia mencapai 10 juta orang." Fakta: jumlahnya 81.249.',
        C("quote", "Jumlah tenaga kerja asing asal China di Indonesia mencapai 10 juta orang.", speaker=None),
        note="label cek fakta, bukan pembicara",
    ),
    # Cek fakta: unggahan yang dikutip adalah sumbernya, bukan platformnya.
    Ex(
        'Sebuah unggahan di Facebook mengklaim: "Vaksin Covid-19 mengandung cip mikro." Klaim itu keliru.',
        C("quote", "Vaksin Covid-19 mengandung cip mikro.", speaker="unggahan di Facebook", cue="mengklaim"),
    ),
    Ex(
        'Menteri Kesehatan Budi Gunadi Sadikin mengatakan: "Vaksin ini aman." Klaim itu didukung data uji klinis.',
        C("quote", "Vaksin ini aman.", speaker="Menteri Kesehatan Budi Gunadi Sadikin", cue="mengatakan"),
        note="'Klaim itu' after a quote that ended its sentence is a noun, no cue after the quote",
    ),
    # Peran tanpa nama: "pejabat tersebut" adalah pejabat yang diperkenalkan sebelumnya.
    Ex(
        "Seorang pejabat di Kementerian Keuangan yang enggan disebut namanya mengatakan, aturan itu segera terbit.\n"
        '"Tinggal menunggu paraf menteri," kata pejabat tersebut.',
        C("quote", "Tinggal menunggu paraf menteri,", speaker="pejabat",
          speaker_full="pejabat di Kementerian Keuangan", cue="kata"),
    ),
    # Interupsi dalam rapat.
    Ex(
        'Anggota Komisi IV Dedi Kurnia menyela: "Kenapa datanya berbeda dengan tahun lalu?"',
        C("quote", "Kenapa datanya berbeda dengan tahun lalu?", speaker="Anggota Komisi IV Dedi Kurnia",
          cue="menyela"),
    ),
    # Kutipan lanjutan setelah paragraf "Ia menambahkan, …".
    Ex(
        '"Kami sudah siaga sejak pagi," kata Kapolres Bogor AKBP Rudi Setiawan.\n'
        "Ia menambahkan, jalur alternatif telah disiapkan.\n"
        '"Pengendara diminta menghindari kawasan Puncak sampai malam."',
        C("quote", "Kami sudah siaga sejak pagi,", speaker="Kapolres Bogor AKBP Rudi Setiawan", cue="kata"),
        C("quote", "Pengendara diminta menghindari kawasan Puncak sampai malam.",
          speaker="Kapolres Bogor AKBP Rudi Setiawan"),
    ),
    # Bunyi sebuah pesan atau spanduk bukan ucapan siapa pun.
    Ex(
        'Di depan kantor itu terpasang spanduk bertuliskan, "Tolak tambang pasir di desa kami."',
        C("quote", "Tolak tambang pasir di desa kami.", speaker=None, cue="bertuliskan"),
    ),
    # Nama satu kata setelah kata kerja adalah objek, bukan subjek yang dimaksud -nya.
    Ex(
        "Pelatih Timnas Malaysia Kim Pan Gon memuji lini tengah lawan.\n"
        "Sementara itu, pelatih Filipina, Albert Capellas, menyebut Malaysia sebagai lawan yang sulit. "
        '"Mereka cepat dan disiplin," tuturnya.',
        C("quote", "Mereka cepat dan disiplin,", speaker="Albert Capellas", cue="tuturnya", speaker_resolved=True),
    ),
    # Tempat dan hari di antara pembicara dan kata kerjanya (gaya Antara dan Tempo): pembicaranya subjek kalimat.
    Ex(
        "Kepala Badan Pangan Nasional Arief Prasetyo di Jakarta, Rabu, mengatakan, "
        '"Stok beras pemerintah cukup sampai akhir tahun."',
        C("quote", "Stok beras pemerintah cukup sampai akhir tahun.",
          speaker="Kepala Badan Pangan Nasional Arief Prasetyo", cue="mengatakan"),
    ),
    Ex(
        "Menteri Perdagangan Budi Santoso di Jakarta, Rabu (4/3/2026), mengatakan harga beras akan turun bulan depan. "
        '"Pasokan dari daerah sentra sudah masuk," katanya.',
        C("quote", "Pasokan dari daerah sentra sudah masuk,", speaker="Menteri Perdagangan Budi Santoso",
          cue="katanya", speaker_resolved=True),
    ),
    Ex(
        "Ketua KPU Hasyim Rahman saat ditemui di Jakarta, Kamis, 5 Maret 2026, mengatakan tahapan pemilu berjalan "
        'sesuai jadwal. "Tidak ada penundaan," ujarnya.',
        C("quote", "Tidak ada penundaan,", speaker="Ketua KPU Hasyim Rahman", cue="ujarnya", speaker_resolved=True),
    ),
    # Hari saja, tanpa tempat: pembicaranya sebelum hari itu.
    Ex(
        'Presiden Prabowo Subianto, Senin, mengatakan, "Kita tidak boleh bergantung pada impor pangan."',
        C("quote", "Kita tidak boleh bergantung pada impor pangan.", speaker="Presiden Prabowo Subianto",
          cue="mengatakan"),
    ),
    # Judul berita: nama, titik dua, kutipan.
    Ex(
        'Jubir Kemlu Arief Nugraha: "Seluruh WNI di Sudan Selamat"\n'
        "Jakarta - Kementerian Luar Negeri memastikan 27 WNI yang terjebak di Khartoum telah dievakuasi.",
        C("quote", "Seluruh WNI di Sudan Selamat", speaker="Jubir Kemlu Arief Nugraha", cue=":"),
    ),
    Ex(
        'Jokowi soal Reshuffle Kabinet: "Tunggu Saja Tanggal Mainnya"\n'
        "Jakarta - Presiden Jokowi menanggapi isu perombakan kabinet di Istana Bogor, Jawa Barat.",
        C("quote", "Tunggu Saja Tanggal Mainnya", speaker="Jokowi", cue=":"),
    ),
    # Singkatan yang sudah dijelaskan: nama lembaganya lengkap.
    Ex(
        "Jakarta - Kementerian Luar Negeri (Kemlu) memastikan 27 WNI yang terjebak di Khartoum telah dievakuasi. "
        '"Kemlu mengimbau WNI menunda perjalanan ke Sudan," bunyi pernyataan Kemlu.',
        C("quote", "Kemlu mengimbau WNI menunda perjalanan ke Sudan,", speaker="Kemlu",
          speaker_full="Kementerian Luar Negeri", cue="bunyi pernyataan"),
    ),
    # Singkatan lembaga dalam kalimat tak langsung bukan orang yang dimaksud -nya.
    Ex(
        "Kepala BMKG Dwi Lestari mengatakan puncak musim hujan terjadi pada Januari.\n"
        "Ia menambahkan BMKG telah menyampaikan peringatan dini kepada pemerintah daerah.\n"
        '"Kami minta BPBD menyiapkan jalur evakuasi sejak sekarang," ujarnya.',
        C("quote", "Kami minta BPBD menyiapkan jalur evakuasi sejak sekarang,", speaker="Kepala BMKG Dwi Lestari",
          speaker_resolved=True),
    ),
    # Nama lengkap orangnya sesudah jabatan dan singkatan lembaga, juga melewati "dan" dan lebih dari enam kata.
    Ex(
        "Deputi Bidang Statistik Distribusi dan Jasa BPS Pudji Ismartini mengatakan, inflasi Maret terkendali.\n"
        '"Harga pangan bergejolak mulai mereda," ujar Pudji.',
        C("quote", "Harga pangan bergejolak mulai mereda,", speaker="Pudji", speaker_full="Pudji Ismartini",
          cue="ujar"),
    ),
    Ex(
        "Kepala Eksekutif Pengawas Perbankan OJK Rahmat Sudrajat mengatakan izin bank itu dicabut. "
        '"Kami sudah memberi waktu enam bulan," ujar Rahmat.',
        C("quote", "Kami sudah memberi waktu enam bulan,", speaker="Rahmat", speaker_full="Rahmat Sudrajat",
          cue="ujar"),
    ),
    Ex(
        "Kapolres Bogor AKBP Hendra Gunawan mengatakan para pelajar membawa senjata tajam. "
        '"Tidak ada toleransi," kata Gunawan.',
        C("quote", "Tidak ada toleransi,", speaker="Gunawan", speaker_full="Hendra Gunawan", cue="kata"),
    ),
    # ... tetapi tanpa gelar atau singkatan sebelum nama keluarga, tak ada tebakan di mana nama mulai.
    Ex(
        "Menteri Luar Negeri Sugiono menerima kunjungan delegasi Jepang. "
        '"Kerja sama maritim jadi prioritas," kata Sugiono.',
        C("quote", "Kerja sama maritim jadi prioritas,", speaker="Sugiono",
          speaker_full="Menteri Luar Negeri Sugiono", cue="kata"),
    ),
    # Peran dengan kata tunjuk merujuk peran yang diperkenalkan sebelumnya, juga di awal kalimat, atau orangnya.
    Ex(
        "Juru bicara Kemenkes mengatakan sebagian besar kasus ditemukan di Jawa Barat.\n"
        '"Kami sudah mengirim tambahan reagen ke dua provinsi itu," kata juru bicara tersebut.',
        C("quote", "Kami sudah mengirim tambahan reagen ke dua provinsi itu,", speaker="juru bicara",
          speaker_full="Juru bicara Kemenkes", cue="kata"),
    ),
    Ex(
        "Hal itu disampaikan Juru Bicara KPK Ahmad Fauzan di Gedung Merah Putih KPK, Jakarta.\n"
        '"Uang tunai yang disita masih dihitung," kata juru bicara itu.',
        C("quote", "Uang tunai yang disita masih dihitung,", speaker="juru bicara", speaker_full="Ahmad Fauzan",
          cue="kata"),
    ),
    # Nama sesudah kata kerja ujaran dan sebuah kata benda adalah yang dibicarakan, bukan pembicara.
    Ex(
        "Sementara itu, Deputi Bidang Klimatologi BMKG Ardi Putra saat dihubungi di Jakarta, Rabu, menjelaskan "
        'fenomena La Nina lemah masih berlangsung. "La Nina lemah ini menambah pasokan uap air," tuturnya.',
        C("quote", "La Nina lemah ini menambah pasokan uap air,", speaker="Deputi Bidang Klimatologi BMKG Ardi Putra",
          speaker_resolved=True),
    ),
    # A description pointed back with a demonstrative after the cue means the person named before it
    Ex(
        "Anggota Komisi VII DPR, Sari Wulandari, meminta pemerintah menunda kenaikan tarif listrik. "
        '"Daya beli masyarakat belum pulih," ujar politikus Partai Demokrat itu.',
        C("quote", "Daya beli masyarakat belum pulih,", speaker="politikus Partai Demokrat",
          speaker_full="Sari Wulandari", cue="ujar"),
        note="the description has a capitalised word and a demonstrative: no bare role",
    ),
    # Jabatan (kata dalam role_words), koma, lalu pemegangnya, sesudah kata kerja; juga lewat singkatan berkurung.
    Ex(
        '"Defisit masih terkendali di bawah 3 persen," kata Menteri Keuangan, Sri Mulyani Indrawati, di Jakarta.',
        C("quote", "Defisit masih terkendali di bawah 3 persen,", speaker="Sri Mulyani Indrawati", cue="kata"),
    ),
    Ex(
        '"Produksi beras turun karena El Nino," ujar Kepala Badan Pusat Statistik (BPS), Amalia Adininggar '
        "Widyasanti, di Jakarta.",
        C("quote", "Produksi beras turun karena El Nino,", speaker="Amalia Adininggar Widyasanti", cue="ujar"),
    ),
    Ex(
        '"Stok BBM aman menjelang Lebaran," ujar Direktur Utama Pertamina, Nicke Widyawati.',
        C("quote", "Stok BBM aman menjelang Lebaran,", speaker="Nicke Widyawati", cue="ujar"),
    ),
    Ex(
        '"Kami sudah memeriksa 12 saksi," kata Kapolres Metro Jakarta Selatan, Kombes Ade Rahmat Idnal, Selasa '
        "(9/7/2024).",
        C("quote", "Kami sudah memeriksa 12 saksi,", speaker="Kombes Ade Rahmat Idnal", cue="kata"),
        note="the day after the holder's comma ends the name, as a lower-case word would",
    ),
    Ex(
        '"Petani senang karena harga bagus," kata Kepala Dinas Pertanian Grobogan, Sunanto, Rabu (20/3/2024). '
        '"Kami siap," ujar Kepala Dinas Perhubungan, Kamis (21/3/2024).',
        C("quote", "Petani senang karena harga bagus,", speaker="Sunanto", cue="kata"),
        C("quote", "Kami siap,", speaker="Kepala Dinas Perhubungan", cue="ujar"),
        note="one capitalised name between the role's comma and the day is the holder (many Indonesians have one "
             "name); with no name the role speaks, not the day",
    ),
    Ex(
        '"Kami siagakan 200 personel," kata Kasatlantas, AKP Suryanto, Jumat (5/4/2024). "Stok aman," ujar Kepala '
        'Bulog Cabang Grobogan, Widodo.',
        C("quote", "Kami siagakan 200 personel,", speaker="AKP Suryanto", cue="kata"),
        C("quote", "Stok aman,", speaker="Widodo", cue="ujar"),
        note="a police post abbreviated (Kasatlantas) is a role; a rank in capitals (AKP) is a title, no acronym; "
             "a one-word holder may end the sentence",
    ),
    Ex(
        'Menurut Kepala BMKG, Dwikorita Karnawati, "Cuaca ekstrem masih berpotensi terjadi hingga akhir pekan."',
        C("quote", "Cuaca ekstrem masih berpotensi terjadi hingga akhir pekan.", speaker="Dwikorita Karnawati",
          cue="menurut"),
    ),
    # Nama lebih dulu, jabatan sesudahnya: namanya yang bicara.
    Ex(
        '"Kami siap membantu," ujar Ganjar Pranowo, Gubernur Jawa Tengah.',
        C("quote", "Kami siap membantu,", speaker="Ganjar Pranowo", cue="ujar"),
    ),
    # A headline with one word and a topic before its colon, and a headline quote credited after a dash
    Ex(
        "Mendikbud soal Zonasi Sekolah: 'Aturannya Akan Kami Evaluasi'\n\nJakarta - Pemerintah mengevaluasi "
        "sistem zonasi penerimaan murid baru.",
        C("quote", "Aturannya Akan Kami Evaluasi", speaker="Mendikbud"),
    ),
    Ex(
        '"Tidak ada toleransi bagi pungli" - Kapolri\n\nJakarta - Polri akan menindak tegas anggota yang terlibat.',
        C("quote", "Tidak ada toleransi bagi pungli", speaker="Kapolri"),
    ),
    Ex(
        "Kepala Dinas Kesehatan Kota Bogor Sri Nowo Retno menyebutkan kasus tertinggi ada di tiga kecamatan.\n"
        "Rinciannya:\n1. Bogor Barat: 412 kasus\n2. Tanah Sareal: 388 kasus\n3. Bogor Utara: 301 kasus\n"
        '"Kami sudah melakukan pengasapan di seluruh kelurahan," ujarnya.',
        C("quote", "Kami sudah melakukan pengasapan di seluruh kelurahan,",
          speaker="Kepala Dinas Kesehatan Kota Bogor Sri Nowo Retno", speaker_resolved=True),
        note="ujarnya after a numbered list: list items count for no paragraph of the pronoun's reach",
    ),
]

NEGATIVES: list[str] = [
    # Kutipan satu kata dalam judul bukan ucapan narasumber
    'Sri Mulyani: "Resesi" Bukan Ancaman bagi Indonesia',
    # Scare quotes and headlines
    "Baca juga: Bertemu Xi, Putin: Hubungan Rusia-Cina Ada dalam Kondisi ‘Terbaik’",
    'Kebijakan "satu pintu" untuk perizinan tambang mulai diberlakukan bulan ini.',
    'Polisi menggelar operasi "senyap" untuk membongkar jaringan narkoba lintas provinsi.',
    "Anggaran ‘siluman’ itu ditemukan dalam dokumen APBD perubahan.",
    'Warga menamai jalan rusak itu "kubangan kerbau".',
    'BPK menemukan sejumlah "proyek titipan" dalam laporan keuangan daerah.',
    # Programs, titles of films, books, songs, shows and events
    'Pemerintah menganggarkan Rp 71 triliun untuk program "Makan Bergizi Gratis" pada 2025.',
    'Film "Agak Laen" ditonton lebih dari 9 juta penonton di bioskop.',
    'Novel "Laskar Pelangi" karya Andrea Hirata diterjemahkan ke dalam 40 bahasa.',
    "Buku “Max Havelaar” karya Multatuli kembali dicetak ulang oleh penerbit di Jakarta.",
    'Lagu "Indonesia Raya" dikumandangkan saat upacara di Istana Merdeka.',
    'Acara bertajuk "Merawat Ingatan, Menjaga Masa Depan" digelar di Taman Ismail Marzuki.',
    'Tayangan "Mata Najwa" kembali hadir di layar kaca.',
    "Film 'Gadis Kretek' diadaptasi dari novel karya Ratih Kumala.",
    'Tagar "#IndonesiaGelap" menjadi topik terpopuler di media sosial X sepanjang hari.',
    # Nicknames and single quoted words
    'Presiden ketujuh RI, Joko "Jokowi" Widodo, menghadiri acara tersebut.',
    'Basuki Tjahaja Purnama atau yang akrab disapa "Ahok" hadir di Balai Kota.',
    'Pelaku yang dikenal dengan julukan "si Kancil" akhirnya ditangkap di Lampung.',
    'Istilah "healing" kini populer di kalangan anak muda.',
    "Tren ‘flexing’ di media sosial menjadi sorotan aparat pajak.",
    # Apostrophes inside words
    "Salat Jum'at di Masjid Istiqlal diikuti ribuan jemaah.",
    "Wakil Presiden Ma'ruf Amin membuka Musabaqah Tilawatil Qur'an tingkat nasional.",
    "Jemaah membaca do'a bersama di Masjid Raya Baiturrahman, Banda Aceh.",
    "Majelis ta'lim ibu-ibu digelar setiap Kamis sore di masjid kompleks.",
    "Musik pop era '90-an kembali digemari generasi muda.",
    "Salat Jum’at berjamaah digelar di halaman kantor bupati.",
    # Inch marks
    'Televisi layar datar 55" itu dijual seharga Rp 7 juta.',
    'Pipa berdiameter 8" milik PDAM bocor di Jalan Sudirman.',
    # A paragraph with one stray mark
    'Sejumlah warga mengaku melihat pria berjaket hitam di sekitar lokasi sebelum "kebakaran terjadi.',
    '"Ramai sekali warga yang datang ke posko sejak pagi',
    "Harga bawang merah di Pasar Induk Kramat Jati turun menjadi Rp 30.000 per kilogram”.",
]
