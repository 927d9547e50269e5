"""Slovenian dates as STA, Delo, Dnevnik, 24ur.com and RTV Slovenija write them.

House styles: ``24. februarja 2022`` (ordinal dot on the day, month in the genitive), ``petek, 4. avgusta 2023``
(weekday inside the span), a month and year in the genitive (``januarja 2024``: in January 2024), numeric day first
with spaces (``14. 3. 2024``) or without (``29.11.2023``).

Spans: the preposition in front stays outside (``v petek, 4. avgusta 2023`` → ``petek, 4. avgusta 2023``, ``z dne
14. 3. 2024`` → ``14. 3. 2024``); ``pred`` belongs to ``pred 3 dnevi`` as ``ago`` does in English.

dateparser's Slovenian data has the month names only in the nominative (``februar``), while a Slovenian date always
puts them in the genitive (``februarja``): every such example says so.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

GENITIVE = "not in dateparser data: the genitive month forms (januarja, februarja, ... decembra) of Slovenian dates"

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Rusija je 24. februarja 2022 napadla Ukrajino.",
        C("date", "24. februarja 2022", iso="2022-02-24", relative=False, granularity="day"),
        note=GENITIVE,
    ),
    Ex(
        "Slovenija je evro kot plačilno sredstvo uvedla 1. januarja 2007.",
        C("date", "1. januarja 2007", iso="2007-01-01", granularity="day"),
        note=GENITIVE,
    ),
    Ex(
        "Katastrofalne poplave so Slovenijo prizadele v petek, 4. avgusta 2023.",
        C("date", "petek, 4. avgusta 2023", iso="2023-08-04", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span; " + GENITIVE,
    ),
    Ex(
        "Sojenje se je začelo 15. 1. 2024, sodba pa je bila izrečena 20. 3. 2024.",
        C("date", "15. 1. 2024", iso="2024-01-15", granularity="day"),
        C("date", "20. 3. 2024", iso="2024-03-20", granularity="day"),
    ),
    # Numeric, day first
    Ex(
        "Po odločbi z dne 14. 3. 2024 mora podjetje plačati globo.",
        C("date", "14. 3. 2024", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "Pogodba z izvajalcem je bila podpisana 29.11.2023 v Ljubljani.",
        C("date", "29.11.2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Nova zakonodaja o najemninah je začela veljati januarja 2024.",
        C("date", "januarja 2024", iso="2024-01", granularity="month"),
        note=GENITIVE,
    ),
    # Day and month without a year
    Ex(
        "Požar v skladišču je izbruhnil 14. avgusta, so sporočili gasilci.",
        C("date", "14. avgusta", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-20",
        note=GENITIVE,
    ),
    Ex(
        "Stavka javnih uslužbencev se je končala 20. decembra.",
        C("date", "20. decembra", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 20 December before a January reference date is in the previous year; " + GENITIVE,
    ),
    # Relative days
    Ex(
        "Premier se je včeraj sestal z avstrijskim kanclerjem.",
        C("date", "včeraj", iso=None, resolved="2024-05-14", relative=True, granularity="day"),
        reference_date="2024-05-15",
    ),
    Ex(
        "Borzni indeks SBITOP je danes zrasel za 0,7 odstotka.",
        C("date", "danes", iso=None, resolved="2025-03-19", relative=True, granularity="day"),
        reference_date="2025-03-19",
    ),
    Ex(
        "Zdravniki bodo jutri začeli stavkati.",
        C("date", "jutri", iso=None, resolved="2024-01-15", relative=True, granularity="day"),
        reference_date="2024-01-14",
    ),
    Ex(
        "Policija je osumljenca prijela predvčerajšnjim v Mariboru.",
        C("date", "predvčerajšnjim", iso=None, resolved="2023-09-11", relative=True, granularity="day"),
        reference_date="2023-09-13",
        note="not in dateparser data: 'predvčerajšnjim' (the day before yesterday)",
    ),
    Ex(
        "Planinec je izginil pred 3 dnevi v Julijskih Alpah.",
        C("date", "pred 3 dnevi", iso=None, resolved="2024-07-19", relative=True, granularity="day"),
        reference_date="2024-07-22",
    ),
    # Weeks, months, years
    Ex(
        "Cene goriv so prejšnji teden padle.",
        C("date", "prejšnji teden", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-16",
    ),
    Ex(
        "Vlada bo predlog proračuna predstavila naslednji teden.",
        C("date", "naslednji teden", iso=None, resolved="2025-W40", relative=True, granularity="week"),
        reference_date="2025-09-24",
    ),
    Ex(
        "Prodaja novih avtomobilov je prejšnji mesec zrasla za 8 odstotkov.",
        C("date", "prejšnji mesec", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Slovensko gospodarstvo je lani zraslo za 1,6 odstotka.",
        C("date", "lani", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-03-03",
    ),
    Ex(
        "Banka Slovenije letos pričakuje nižjo inflacijo.",
        C("date", "letos", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-04-10",
    ),
    Ex(
        "Minimalna plača se bo prihodnje leto zvišala.",
        C("date", "prihodnje leto", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-10-15",
        note="not in dateparser data: 'prihodnje leto' (next year; only 'naslednje leto'), the usual STA form",
    ),
    Ex(
        "Most čez Savo je bil odprt pred 10 leti.",
        C("date", "pred 10 leti", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-06-10",
    ),
]

NEGATIVES: list[str] = [
    "Pet oseb je bilo v prometni nesreči lažje ranjenih.",
    "Olimpija je premagala Maribor z 2:1.",
    "Po 39. členu ustave je zagotovljena svoboda izražanja.",
    "Policisti so prijeli dva osumljenca.",
]

GAPS: list[Ex] = [
    Ex(
        "Državni zbor bo o zakonu glasoval 17. junija.",
        C("date", "17. junija", iso="XXXX-06-17", resolved="2025-06-17", granularity="day"),
        reference_date="2025-06-03",
        note="future tense: the next 17 June on or after the reference date; " + GENITIVE,
    ),
]
