"""Croatian dates as HINA, Jutarnji list, Večernji list, Index.hr and HRT write them.

House styles: ``24. veljače 2022.`` (ordinal dots on the day and on the year), ``srijedu, 17. travnja 2024.``
(weekday inside the span), month and year in the locative (``u studenome 2022.``), numeric day first with spaces
(``14. 3. 2024.``) or without (``29.11.2023.``), often ``godine`` (of the year) after the year.

Spans: the ordinal dot after the year is part of the date (dates sit mid-sentence here, so it is never the full
stop); the preposition in front stays outside (``u studenome 2022.`` → ``studenome 2022.``); ``godine`` after the year
is not in dateparser's data and stays outside; ``prije`` belongs to ``prije 3 dana`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Rusija je 24. veljače 2022. pokrenula invaziju na Ukrajinu.",
        C("date", "24. veljače 2022.", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Hrvatska je uvela euro i ušla u schengenski prostor 1. siječnja 2023. godine.",
        C("date", "1. siječnja 2023.", iso="2023-01-01", granularity="day"),
        note="'godine' (of the year) is not in dateparser data, so it stays outside the span",
    ),
    Ex(
        "Zoran Milanović pobijedio je u drugom krugu predsjedničkih izbora 12. siječnja 2025., osvojivši 74 posto "
        "glasova.",
        C("date", "12. siječnja 2025.", iso="2025-01-12", granularity="day"),
    ),
    Ex(
        "Suđenje je počelo 11. rujna 2023., a presuda je izrečena 6. veljače 2024. u Zagrebu.",
        C("date", "11. rujna 2023.", iso="2023-09-11", granularity="day"),
        C("date", "6. veljače 2024.", iso="2024-02-06", granularity="day"),
    ),
    # Numeric, day first
    Ex(
        "Prema rješenju od 14. 3. 2024. tvrtka mora platiti kaznu od 200.000 eura.",
        C("date", "14. 3. 2024.", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "Ugovor je potpisan 29.11.2023. u Ministarstvu financija.",
        C("date", "29.11.2023.", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Godišnja inflacija u studenome 2022. dosegnula je 13,5 posto.",
        C("date", "studenome 2022.", iso="2022-11", granularity="month"),
    ),
    Ex(
        "Razorni potres pogodio je Petrinju u prosincu 2020., a obnova još traje.",
        C("date", "prosincu 2020.", iso="2020-12", granularity="month"),
    ),
    # Day and month without a year
    Ex(
        "Požar je izbio 14. kolovoza, izvijestili su vatrogasci.",
        C("date", "14. kolovoza", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-21",
    ),
    Ex(
        "Štrajk pravosudnih službenika završio je 20. prosinca.",
        C("date", "20. prosinca", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    # Relative days
    Ex(
        "Premijer se jučer u Berlinu sastao s njemačkim kancelarom.",
        C("date", "jučer", iso=None, resolved="2024-05-21", relative=True, granularity="day"),
        reference_date="2024-05-22",
    ),
    Ex(
        "Indeks Zagrebačke burze danas je porastao 0,8 posto.",
        C("date", "danas", iso=None, resolved="2025-04-16", relative=True, granularity="day"),
        reference_date="2025-04-16",
    ),
    Ex(
        "Liječnici sutra započinju štrajk upozorenja.",
        C("date", "sutra", iso=None, resolved="2023-10-12", relative=True, granularity="day"),
        reference_date="2023-10-11",
    ),
    Ex(
        "Policija je prekjučer uhitila osumnjičenika u Splitu.",
        C("date", "prekjučer", iso=None, resolved="2023-06-12", relative=True, granularity="day"),
        reference_date="2023-06-14",
    ),
    # Weeks, months, years
    Ex(
        "Cijene goriva pale su prošlog tjedna.",
        C("date", "prošlog tjedna", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-16",
    ),
    Ex(
        "Vlada će sljedećeg tjedna predstaviti prijedlog proračuna.",
        C("date", "sljedećeg tjedna", iso=None, resolved="2025-W41", relative=True, granularity="week"),
        reference_date="2025-10-01",
    ),
    Ex(
        "Prodaja novih automobila porasla je prošlog mjeseca za 5 posto.",
        C("date", "prošlog mjeseca", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Hrvatska je prošle godine zabilježila 21 milijun turističkih dolazaka.",
        C("date", "prošle godine", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-01-20",
    ),
    Ex(
        "Vlada očekuje rast BDP-a od 3 posto ove godine.",
        C("date", "ove godine", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-12",
    ),
    Ex(
        "Minimalna plaća iduće godine raste na 970 eura bruto.",
        C("date", "iduće godine", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-10-15",
    ),
    Ex(
        "Izvoz je lani porastao za 4 posto.",
        C("date", "lani", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-02-20",
    ),
    Ex(
        "Most preko Drave kod Osijeka otvoren je prije 10 godina.",
        C("date", "prije 10 godina", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-07-10",
    ),
]

NEGATIVES: list[str] = [
    "Svi ministri glasovali su za prijedlog zakona.",
    "Pet osoba ozlijeđeno je u prometnoj nesreći na autocesti.",
    "Dinamo je pobijedio Hajduk 2:1 na Maksimiru.",
    "Prema članku 38. Ustava jamči se sloboda mišljenja i izražavanja.",
]

GAPS: list[Ex] = [
    Ex(
        "Parlamentarni izbori održani su u srijedu, 17. travnja 2024., a HDZ je osvojio najviše mandata.",
        C("date", "srijedu, 17. travnja 2024.", iso="2024-04-17", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span; not in dateparser data: the "
        "accusative weekday 'srijedu' (only 'srijeda')",
    ),
    Ex(
        "Sabor će o prijedlogu zakona glasovati 17. lipnja.",
        C("date", "17. lipnja", iso="XXXX-06-17", resolved="2025-06-17", granularity="day"),
        reference_date="2025-06-03",
        note="future tense: the next 17 June on or after the reference date",
    ),
    Ex(
        "Planinar je nestao prije 3 dana na Velebitu.",
        C("date", "prije 3 dana", iso=None, resolved="2024-02-16", relative=True, granularity="day"),
        reference_date="2024-02-19",
        note="gap: missing date 'prije 3 dana'",
    ),
]
