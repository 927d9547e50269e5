"""Slovak dates as TASR, SME, Pravda, Aktuality.sk and Denník N write them.

House styles: ``24. februára 2022`` (ordinal dot on the day, month in the genitive), ``stredu 15. mája 2024``
(weekday inside the span), month and year in the locative (``v januári 2023``) or after ``za`` (``za december
2023``), numeric day first with spaces (``14. 3. 2024``) or without (``29.11.2023``).

Spans: the preposition in front stays outside (``v januári 2023`` → ``januári 2023``, ``v stredu 15. mája 2024`` →
``stredu 15. mája 2024``, ``z 14. 3. 2024`` → ``14. 3. 2024``); ``pred`` belongs to ``pred 3 dňami`` as ``ago`` does
in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Rusko napadlo Ukrajinu 24. februára 2022.",
        C("date", "24. februára 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Atentát na premiéra Roberta Fica sa stal v stredu 15. mája 2024 v Handlovej.",
        C("date", "stredu 15. mája 2024", iso="2024-05-15", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Predčasné parlamentné voľby sa konali 30. septembra 2023.",
        C("date", "30. septembra 2023", iso="2023-09-30", granularity="day"),
    ),
    Ex(
        "Peter Pellegrini zložil prezidentský sľub 15. júna 2024.",
        C("date", "15. júna 2024", iso="2024-06-15", granularity="day"),
    ),
    Ex(
        "Hlavné pojednávanie sa začalo 8. januára 2024 a rozsudok padol 21. marca 2024.",
        C("date", "8. januára 2024", iso="2024-01-08", granularity="day"),
        C("date", "21. marca 2024", iso="2024-03-21", granularity="day"),
    ),
    # Numeric, day first
    Ex(
        "Podľa rozhodnutia z 14. 3. 2024 musí firma zaplatiť pokutu dva milióny eur.",
        C("date", "14. 3. 2024", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "Zmluvu s dodávateľom podpísali 29.11.2023 na ministerstve dopravy.",
        C("date", "29.11.2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Priemyselná produkcia za december 2023 medziročne klesla o 3 percentá.",
        C("date", "december 2023", iso="2023-12", granularity="month"),
    ),
    Ex(
        "Medziročná inflácia v januári 2023 dosiahla 15,1 percenta.",
        C("date", "januári 2023", iso="2023-01", granularity="month"),
        note="not in dateparser data: the locative month forms (januári, februári, marci, ...), the usual 'v januári'",
    ),
    # Day and month without a year
    Ex(
        "Požiar skladu vypukol 14. augusta, uviedli hasiči.",
        C("date", "14. augusta", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-21",
    ),
    Ex(
        "Štrajk železničiarov sa skončil 20. decembra.",
        C("date", "20. decembra", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-07",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    # Relative days
    Ex(
        "Premiér včera rokoval s maďarským náprotivkom v Budapešti.",
        C("date", "včera", iso=None, resolved="2024-03-19", relative=True, granularity="day"),
        reference_date="2024-03-20",
    ),
    Ex(
        "Euro dnes voči doláru posilnilo.",
        C("date", "dnes", iso=None, resolved="2025-02-05", relative=True, granularity="day"),
        reference_date="2025-02-05",
    ),
    Ex(
        "Lekári zajtra začnú štrajkovať.",
        C("date", "zajtra", iso=None, resolved="2024-11-28", relative=True, granularity="day"),
        reference_date="2024-11-27",
    ),
    Ex(
        "Polícia zadržala podozrivého predvčerom v Košiciach.",
        C("date", "predvčerom", iso=None, resolved="2023-07-10", relative=True, granularity="day"),
        reference_date="2023-07-12",
    ),
    # Weeks, months, years
    Ex(
        "Ceny pohonných látok minulý týždeň klesli.",
        C("date", "minulý týždeň", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-16",
    ),
    Ex(
        "Vláda prerokuje návrh rozpočtu budúci týždeň.",
        C("date", "budúci týždeň", iso=None, resolved="2025-W40", relative=True, granularity="week"),
        reference_date="2025-09-24",
    ),
    Ex(
        "Predaj nových áut minulý mesiac vzrástol o 5 percent.",
        C("date", "minulý mesiac", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Slovenská ekonomika minulý rok rástla o 2,1 percenta.",
        C("date", "minulý rok", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-03-04",
    ),
    Ex(
        "Počet turistov vo Vysokých Tatrách vlani prekonal rekord.",
        C("date", "vlani", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-02-08",
        note="not in dateparser data: 'vlani' (last year)",
    ),
    Ex(
        "Národná banka tento rok očakáva infláciu okolo 4 percent.",
        C("date", "tento rok", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-18",
    ),
    Ex(
        "Základná sadzba DPH sa budúci rok zvýši na 23 percent.",
        C("date", "budúci rok", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-09-30",
    ),
]

NEGATIVES: list[str] = [
    "Po stretnutí so starostom minister novinárom nič nepovedal.",
    "Slovan Bratislava porazil Spartak Trnava 2:0.",
    "Podľa článku 26 ústavy je sloboda prejavu zaručená.",
    "Polícia zadržala dvoch mužov podozrivých z krádeže.",
]

GAPS: list[Ex] = [
    Ex(
        "Parlament bude o návrhu zákona hlasovať 17. júna.",
        C("date", "17. júna", iso="XXXX-06-17", resolved="2025-06-17", granularity="day"),
        reference_date="2025-06-03",
        note="future tense: the next 17 June on or after the reference date",
    ),
    Ex(
        "Turista sa stratil pred 3 dňami vo Vysokých Tatrách.",
        C("date", "pred 3 dňami", iso=None, resolved="2024-02-16", relative=True, granularity="day"),
        reference_date="2024-02-19",
        note="gap: missing date 'pred 3 dňami'",
    ),
    Ex(
        "Most cez Dunaj otvorili pred 10 rokmi.",
        C("date", "pred 10 rokmi", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-09-01",
        note="gap: missing date 'pred 10 rokmi'",
    ),
]
