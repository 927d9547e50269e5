"""Turkish dates as Anadolu Ajansı (AA), Hürriyet, Milliyet, Cumhuriyet and NTV write them.

House styles: ``24 Şubat 2022``, case endings after an apostrophe (``6 Şubat 2023'te``, ``Ekim 2022'de``,
``14 Ağustos'ta``), ``28 Mayıs 2023 tarihinde``, numeric day first with dots (``15.07.2024 tarihli``).

Spans: a case ending after the apostrophe stays outside, as a preposition does in other languages (``6 Şubat
2023'te`` → ``6 Şubat 2023``), and so does ``tarihinde``/``tarihli`` (on the date of); ``önce`` belongs to ``3 gün
önce`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Rusya, 24 Şubat 2022'de Ukrayna'ya yönelik saldırı başlattı.",
        C("date", "24 Şubat 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Kahramanmaraş merkezli depremler 6 Şubat 2023'te meydana geldi.",
        C("date", "6 Şubat 2023", iso="2023-02-06", granularity="day"),
    ),
    Ex(
        "Cumhurbaşkanlığı seçiminin ikinci turu 28 Mayıs 2023 tarihinde yapıldı.",
        C("date", "28 Mayıs 2023", iso="2023-05-28", granularity="day"),
    ),
    Ex(
        "Dava 12 Ocak 2024'te başladı ve 5 Haziran 2024'te karara bağlandı.",
        C("date", "12 Ocak 2024", iso="2024-01-12", granularity="day"),
        C("date", "5 Haziran 2024", iso="2024-06-05", granularity="day"),
    ),
    Ex(
        "Yerel seçimler 31 Mart 2024'te yapıldı ve muhalefet büyük şehirlerde kazandı.",
        C("date", "31 Mart 2024", iso="2024-03-31", granularity="day"),
    ),
    # Numeric, day first with dots
    Ex(
        "Resmi Gazete'nin 15.07.2024 tarihli sayısında yayımlanan karar yürürlüğe girdi.",
        C("date", "15.07.2024", iso="2024-07-15", granularity="day"),
    ),
    Ex(
        "Mahkeme, 28.11.2023 tarihli kararında sanığın tahliyesine hükmetti.",
        C("date", "28.11.2023", iso="2023-11-28", granularity="day"),
    ),
    # Month and year
    Ex(
        "Yıllık enflasyon Ekim 2022'de yüzde 85,51 ile zirveye ulaştı.",
        C("date", "Ekim 2022", iso="2022-10", granularity="month"),
    ),
    Ex(
        "Merkez Bankası politika faizini Mart 2024'te yüzde 50'ye yükseltti.",
        C("date", "Mart 2024", iso="2024-03", granularity="month"),
    ),
    # Day and month without a year
    Ex(
        "Orman yangını 14 Ağustos'ta başladı ve üç gün boyunca sürdü.",
        C("date", "14 Ağustos", iso="XXXX-08-14", resolved="2025-08-14", relative=False, granularity="day"),
        reference_date="2025-08-25",
    ),
    Ex(
        "Metal işçilerinin grevi 27 Aralık'ta sona erdi.",
        C("date", "27 Aralık", iso="XXXX-12-27", resolved="2024-12-27", granularity="day"),
        reference_date="2025-01-07",
        note="the most recent 27 December before a January reference date is in the previous year",
    ),
    # Relative days
    Ex(
        "Cumhurbaşkanı Erdoğan dün Ankara'da NATO Genel Sekreteri ile görüştü.",
        C("date", "dün", iso=None, resolved="2024-06-03", relative=True, granularity="day"),
        reference_date="2024-06-04",
    ),
    Ex(
        "Borsa İstanbul'da BIST 100 endeksi bugün yüzde 1,2 yükseldi.",
        C("date", "bugün", iso=None, resolved="2025-02-12", relative=True, granularity="day"),
        reference_date="2025-02-12",
    ),
    Ex(
        "İstanbul'da yarın kuvvetli sağanak yağış bekleniyor.",
        C("date", "yarın", iso=None, resolved="2024-11-21", relative=True, granularity="day"),
        reference_date="2024-11-20",
    ),
    Ex(
        "Kayıp dağcı 3 gün önce Erciyes Dağı'na tırmanışa başlamıştı.",
        C("date", "3 gün önce", iso=None, resolved="2024-02-12", relative=True, granularity="day"),
        reference_date="2024-02-15",
    ),
    Ex(
        "Şüpheli evvelsi gün İzmir'de gözaltına alındı.",
        C("date", "evvelsi gün", iso=None, resolved="2023-10-09", relative=True, granularity="day"),
        reference_date="2023-10-11",
        note="not in dateparser data: 'evvelsi gün' (the day before yesterday)",
    ),
    # Weeks, months, years
    Ex(
        "Akaryakıt fiyatlarına geçen hafta zam geldi.",
        C("date", "geçen hafta", iso=None, resolved="2024-W18", relative=True, granularity="week"),
        reference_date="2024-05-08",
    ),
    Ex(
        "Yeni asgari ücret önümüzdeki hafta açıklanacak.",
        C("date", "önümüzdeki hafta", iso=None, resolved="2024-W52", relative=True, granularity="week"),
        reference_date="2024-12-18",
    ),
    Ex(
        "Konut satışları geçen ay yüzde 12 arttı.",
        C("date", "geçen ay", iso=None, resolved="2024-08", relative=True, granularity="month"),
        reference_date="2024-09-16",
    ),
    Ex(
        "Türkiye geçen yıl 49 milyon yabancı ziyaretçi ağırladı.",
        C("date", "geçen yıl", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-01-31",
    ),
    Ex(
        "Hükümet bu yıl yüzde 4 büyüme öngörüyor.",
        C("date", "bu yıl", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-10",
    ),
    Ex(
        "Emekli maaşlarında önümüzdeki yıl yeni bir düzenleme yapılacak.",
        C("date", "önümüzdeki yıl", iso=None, resolved="2026", relative=True, granularity="year"),
        reference_date="2025-10-10",
    ),
    Ex(
        "Köprü 10 yıl önce hizmete açıldı.",
        C("date", "10 yıl önce", iso=None, resolved="2016", relative=True, granularity="year"),
        reference_date="2026-01-20",
    ),
]

NEGATIVES: list[str] = [
    "Pazar yerinde domates ve biber fiyatları yükseldi.",
    "Kuraklık nedeniyle buğday ekim alanları daraldı.",
    "Galatasaray, Fenerbahçe'yi 3-1 yendi.",
    "Anayasa'nın 104. maddesi cumhurbaşkanının görev ve yetkilerini düzenler.",
]

GAPS: list[Ex] = [
    Ex(
        "TBMM, yeni yasama yılına 1 Ekim'de başlayacak.",
        C("date", "1 Ekim", iso="XXXX-10-01", resolved="2025-10-01", granularity="day"),
        reference_date="2025-09-15",
        note="future tense: the next 1 October on or after the reference date",
    ),
]
