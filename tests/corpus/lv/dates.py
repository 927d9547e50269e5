"""Latvian dates as LETA, LSM, Delfi and Diena write them.

House styles: year first with ``gada`` (of the year) and the month in the locative (``2022. gada 24. februārī``: on
24 February 2022), ``sestdien, 2022. gada 1. oktobrī`` (weekday inside the span), ``2022. gada septembrī``, numeric
day first with a closing dot (``14.03.2024.``).

Spans: ``gada`` stands between the year and the day, so it is in the span; ``pirms`` belongs to ``pirms 10 gadiem``
as ``ago`` does in English.

dateparser's Latvian data has the month names only in the nominative (``februāris``) and no ``gada``, while a date in
running Latvian text is ``2022. gada 24. februārī``: every such example says so.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

LOCATIVE = "not in dateparser data: the locative month forms (janvārī, februārī, ... decembrī) and 'gada' (of the year)"

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Krievija 2022. gada 24. februārī sāka pilna mēroga iebrukumu Ukrainā.",
        C("date", "2022. gada 24. februārī", iso="2022-02-24", relative=False, granularity="day"),
        note=LOCATIVE,
    ),
    Ex(
        "Latvija pievienojās eirozonai 2014. gada 1. janvārī.",
        C("date", "2014. gada 1. janvārī", iso="2014-01-01", granularity="day"),
        note=LOCATIVE,
    ),
    # Numeric, day first
    Ex(
        "Saskaņā ar tiesas 14.03.2024. lēmumu uzņēmumam jāmaksā sods.",
        C("date", "14.03.2024.", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "Līgums ar būvnieku tika parakstīts 29.11.2023. Rīgā.",
        C("date", "29.11.2023.", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Gada inflācija 2022. gada septembrī sasniedza 22,4 %.",
        C("date", "2022. gada septembrī", iso="2022-09", granularity="month"),
        note=LOCATIVE,
    ),
    # Day and month without a year
    Ex(
        "Ugunsgrēks noliktavā izcēlās 14. augustā, ziņoja ugunsdzēsēji.",
        C("date", "14. augustā", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-20",
        note=LOCATIVE,
    ),
    Ex(
        "Ostas darbinieku streiks beidzās 20. decembrī.",
        C("date", "20. decembrī", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 20 December before a January reference date is in the previous year; " + LOCATIVE,
    ),
    # Relative days
    Ex(
        "Valsts prezidents vakar tikās ar Igaunijas premjerministru.",
        C("date", "vakar", iso=None, resolved="2024-11-19", relative=True, granularity="day"),
        reference_date="2024-11-20",
    ),
    Ex(
        "Rīgas biržas indekss šodien pieauga par 0,4 %.",
        C("date", "šodien", iso=None, resolved="2025-02-12", relative=True, granularity="day"),
        reference_date="2025-02-12",
    ),
    Ex(
        "Ārsti rīt sāks brīdinājuma streiku.",
        C("date", "rīt", iso=None, resolved="2024-01-15", relative=True, granularity="day"),
        reference_date="2024-01-14",
    ),
    Ex(
        "Aizdomās turētais tika aizturēts aizvakar Daugavpilī.",
        C("date", "aizvakar", iso=None, resolved="2023-06-12", relative=True, granularity="day"),
        reference_date="2023-06-14",
        note="not in dateparser data: 'aizvakar' (the day before yesterday)",
    ),
    Ex(
        "Tūrists pazuda pirms 3 dienām Gaujas nacionālajā parkā.",
        C("date", "pirms 3 dienām", iso=None, resolved="2024-07-19", relative=True, granularity="day"),
        reference_date="2024-07-22",
    ),
    # Weeks, months, years
    Ex(
        "Degvielas cenas pagājušajā nedēļā samazinājās.",
        C("date", "pagājušajā nedēļā", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-16",
    ),
    Ex(
        "Valdība budžeta projektu Saeimai iesniegs nākamajā nedēļā.",
        C("date", "nākamajā nedēļā", iso=None, resolved="2025-W42", relative=True, granularity="week"),
        reference_date="2025-10-08",
    ),
    Ex(
        "Jaunu automašīnu pārdošana pagājušajā mēnesī pieauga par 10 %.",
        C("date", "pagājušajā mēnesī", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Latvijas ekonomika pērn saruka par 0,4 %.",
        C("date", "pērn", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-03-03",
        note="not in dateparser data: 'pērn' (last year)",
    ),
    Ex(
        "Latvijas Banka šogad prognozē 1 % ekonomikas izaugsmi.",
        C("date", "šogad", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-20",
        note="not in dateparser data: 'šogad' (this year)",
    ),
    Ex(
        "Minimālā alga nākamajā gadā pieaugs.",
        C("date", "nākamajā gadā", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-09-20",
    ),
    Ex(
        "Tilts pār Daugavu tika atklāts pirms 10 gadiem.",
        C("date", "pirms 10 gadiem", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-06-10",
    ),
]

NEGATIVES: list[str] = [
    "Saeimas deputāts Augusts Brigmanis paziņoja par aiziešanu no politikas.",
    "Rīgas „Dinamo“ uzvarēja ar 3:2 pagarinājumā.",
    "Satversmes 100. pants garantē vārda brīvību.",
    "Policija aizturēja divus aizdomās turētos.",
]

GAPS: list[Ex] = [
    Ex(
        "Saeimas vēlēšanas notika sestdien, 2022. gada 1. oktobrī, un uzvarēja Jaunā Vienotība.",
        C("date", "sestdien, 2022. gada 1. oktobrī", iso="2022-10-01", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span; not in dateparser data: the "
        "adverbial weekday 'sestdien' (on Saturday); " + LOCATIVE,
    ),
    Ex(
        "Saeima par likumprojektu balsos 17. jūnijā.",
        C("date", "17. jūnijā", iso="XXXX-06-17", resolved="2025-06-17", granularity="day"),
        reference_date="2025-06-03",
        note="future tense: the next 17 June on or after the reference date; " + LOCATIVE,
    ),
]
