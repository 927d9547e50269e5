"""Tagalog (Filipino) dates as Abante, Pilipino Star Ngayon, GMA News, ABS-CBN News and PNA write them.

House styles: month first as in Philippine English (``Pebrero 24, 2022``), ``Martes, Marso 11, 2025`` (weekday
inside the span), ``Nob. 8, 2013``, ``Enero 2023``, numeric month first (``03/15/2024``).

Spans: the marker in front stays outside (``noong Pebrero 24, 2022`` → ``Pebrero 24, 2022``; ``sa Hunyo 16``;
``noong nakaraang linggo`` → ``nakaraang linggo``); ``na ang nakalipas`` belongs to ``tatlong araw na ang
nakalipas`` as ``ago`` does in English.

dateparser's ``tl`` data has no ``date_order`` and no relative words beyond ``kahapon`` and ``ngayon`` (its ``fil``
data has ``bukas``, ``ngayong araw``, ``nakaraang linggo``, ``nakaraang taon``...): the examples that use them say so.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates, month first
    Ex(
        "Sinimulan ng Russia ang pagsalakay sa Ukraine noong Pebrero 24, 2022.",
        C("date", "Pebrero 24, 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Nanumpa bilang ika-17 Pangulo ng bansa si Ferdinand Marcos Jr. noong Hunyo 30, 2022.",
        C("date", "Hunyo 30, 2022", iso="2022-06-30", granularity="day"),
    ),
    Ex(
        "Idinaos ang halalan para sa Senado at Kamara noong Mayo 12, 2025.",
        C("date", "Mayo 12, 2025", iso="2025-05-12", granularity="day"),
    ),
    Ex(
        "Inaresto si dating Pangulong Rodrigo Duterte sa NAIA noong Martes, Marso 11, 2025.",
        C("date", "Martes, Marso 11, 2025", iso="2025-03-11", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Nagsimula ang pagdinig noong Enero 15, 2024 at natapos noong Abril 30, 2024.",
        C("date", "Enero 15, 2024", iso="2024-01-15", granularity="day"),
        C("date", "Abril 30, 2024", iso="2024-04-30", granularity="day"),
    ),
    Ex(
        "Humagupit ang bagyong Yolanda sa Silangang Visayas noong Nob. 8, 2013.",
        C("date", "Nob. 8, 2013", iso="2013-11-08", granularity="day"),
        note="abbreviated month with its dot",
    ),
    Ex(
        "Ayon sa memorandum na may petsang 03/15/2024, bawal nang gumamit ng cellphone sa loob ng silid-aralan.",
        C("date", "03/15/2024", iso="2024-03-15", granularity="day"),
        note="numeric, month first as in Philippine usage (dateparser's tl data gives no date_order)",
    ),
    # Month and year
    Ex(
        "Umabot sa 8.7 porsiyento ang inflation noong Enero 2023, ayon sa Philippine Statistics Authority.",
        C("date", "Enero 2023", iso="2023-01", granularity="month"),
    ),
    Ex(
        "Sinimulan ang paghuhukay para sa Metro Manila Subway noong Pebrero 2019.",
        C("date", "Pebrero 2019", iso="2019-02", granularity="month"),
    ),
    # Month and day without a year
    Ex(
        "Nagsimula ang tigil-pasada ng mga jeepney driver noong Marso 6, ayon sa LTFRB.",
        C("date", "Marso 6", iso="XXXX-03-06", resolved="2023-03-06", relative=False, granularity="day"),
        reference_date="2023-03-10",
    ),
    Ex(
        "Naganap ang sunog sa isang residential area sa Tondo noong Disyembre 28.",
        C("date", "Disyembre 28", iso="XXXX-12-28", resolved="2024-12-28", granularity="day"),
        reference_date="2025-01-03",
        note="the most recent 28 December before a January reference date is in the previous year",
    ),
    # Relative dates
    Ex(
        "Bumalik kahapon sa bansa ang Pangulo mula sa kanyang biyahe sa Japan.",
        C("date", "kahapon", iso=None, resolved="2024-06-09", relative=True, granularity="day"),
        reference_date="2024-06-10",
    ),
    Ex(
        "Magpapatupad ng rollback sa presyo ng gasolina ang mga kumpanya ng langis ngayong araw.",
        C("date", "ngayong araw", iso=None, resolved="2024-09-10", relative=True, granularity="day"),
        reference_date="2024-09-10",
        note="not in dateparser data: 'ngayong araw' (today) is in fil, not tl",
    ),
    Ex(
        "Tumaas ng ₱2 kada litro ang presyo ng diesel noong nakaraang linggo.",
        C("date", "nakaraang linggo", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-16",
        note="not in dateparser data: 'nakaraang linggo' (last week) is in fil, not tl",
    ),
    Ex(
        "Ilalabas ng Comelec ang pinal na listahan ng mga kandidato sa susunod na linggo.",
        C("date", "susunod na linggo", iso=None, resolved="2024-W42", relative=True, granularity="week"),
        reference_date="2024-10-09",
        note="not in dateparser data: 'susunod na linggo' (next week) is in fil, not tl",
    ),
    Ex(
        "Lumago ng 5.6 porsiyento ang ekonomiya ng bansa noong nakaraang taon.",
        C("date", "nakaraang taon", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-01-31",
        note="not in dateparser data: 'nakaraang taon' (last year) is in fil, not tl",
    ),
    Ex(
        "Inaasahang lalago ng 6 porsiyento ang ekonomiya ngayong taon, ayon sa NEDA.",
        C("date", "ngayong taon", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-02-06",
        note="not in dateparser data: 'ngayong taon' (this year) is in fil, not tl",
    ),
]

NEGATIVES: list[str] = [
    "May tatlong bagyo pang inaasahang papasok sa Philippine Area of Responsibility.",
    "Ayon kay Kapitan Jose Abril, ligtas na ang lahat ng residente ng barangay.",
    "Tinalo ng Gilas Pilipinas ang Jordan, 85-70, sa Smart Araneta Coliseum.",
    "Itinaas ng Bangko Sentral ng Pilipinas ang interest rate sa 6.5 porsiyento.",
]

GAPS: list[Ex] = [
    Ex(
        "Magbubukas ang klase sa mga pampublikong paaralan sa Hunyo 16, ayon sa DepEd.",
        C("date", "Hunyo 16", iso="XXXX-06-16", resolved="2025-06-16", granularity="day"),
        reference_date="2025-05-20",
        note="future tense: the next 16 June on or after the reference date",
    ),
    Ex(
        "Magsasagawa ng tigil-pasada ang mga jeepney driver bukas sa Metro Manila.",
        C("date", "bukas", iso=None, resolved="2023-11-20", relative=True, granularity="day"),
        reference_date="2023-11-19",
        note="not in dateparser data: 'bukas' (tomorrow) is in fil, not tl",
    ),
    Ex(
        "Natagpuan ang bangkay ng nawawalang mangingisda tatlong araw na ang nakalipas.",
        C("date", "tatlong araw na ang nakalipas", iso=None, resolved="2024-08-09", relative=True, granularity="day"),
        reference_date="2024-08-12",
        note="not in dateparser data: number words (tatlong) and 'na ang' before 'nakalipas'",
    ),
]
