"""Lithuanian dates as ELTA, BNS, LRT, Delfi and 15min write them.

House styles: year first with the year and day markers (``2022 m. vasario 24 d.``), ``sekmadienį, 2024 m. spalio
27 d.`` (weekday inside the span), month and year with the month in the accusative (``2022 m. rugsėjį``), numeric
dates in ISO order (``2024-03-14``).

Spans: ``m.`` (metai, year) and ``d.`` (diena, day) are part of the written date and dateparser lists ``m`` and
``d``, so they are in the span; ``prieš`` belongs to ``prieš 10 metų`` as ``ago`` does in English.

dateparser parses ``2022 m. vasario 24`` but not the full ``2022 m. vasario 24 d.``, the form every Lithuanian
date takes: the examples that end in ``d.`` say so.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

DAY_MARK = "dateparser parses the date without its trailing 'd.' (day) but not with it"

EXAMPLES: list[Ex] = [
    # Full dates, year first
    Ex(
        "Rusija 2022 m. vasario 24 d. pradėjo plataus masto invaziją į Ukrainą.",
        C("date", "2022 m. vasario 24 d.", iso="2022-02-24", relative=False, granularity="day"),
        note=DAY_MARK,
    ),
    Ex(
        "Lietuva į NATO įstojo 2004 m. kovo 29 d. kartu su kitomis Baltijos šalimis.",
        C("date", "2004 m. kovo 29 d.", iso="2004-03-29", granularity="day"),
        note=DAY_MARK,
    ),
    # Numeric, ISO order
    Ex(
        "Teismo procesas prasidėjo 2024-01-15, o nuosprendis paskelbtas 2024-03-20.",
        C("date", "2024-01-15", iso="2024-01-15", granularity="day"),
        C("date", "2024-03-20", iso="2024-03-20", granularity="day"),
    ),
    Ex(
        "Pagal 2024-03-14 teismo sprendimą bendrovė turi sumokėti baudą.",
        C("date", "2024-03-14", iso="2024-03-14", granularity="day"),
    ),
    # Month and year
    Ex(
        "Metinė infliacija 2022 m. rugsėjį pasiekė 22,5 proc.",
        C("date", "2022 m. rugsėjį", iso="2022-09", granularity="month"),
        note="not in dateparser data: the accusative month forms (sausį, vasarį, ... rugsėjį) used for 'in <month>'",
    ),
    # Month and day without a year
    Ex(
        "Gaisras sandėlyje kilo rugpjūčio 14 d., pranešė ugniagesiai.",
        C("date", "rugpjūčio 14 d.", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-20",
        note=DAY_MARK,
    ),
    Ex(
        "Uosto darbuotojų streikas baigėsi gruodžio 20 d., pranešė profesinė sąjunga.",
        C("date", "gruodžio 20 d.", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 20 December before a January reference date is in the previous year; " + DAY_MARK,
    ),
    # Relative days
    Ex(
        "Prezidentas vakar susitiko su Lenkijos prezidentu.",
        C("date", "vakar", iso=None, resolved="2024-11-19", relative=True, granularity="day"),
        reference_date="2024-11-20",
    ),
    Ex(
        "Vilniaus biržos indeksas šiandien pakilo 0,5 proc.",
        C("date", "šiandien", iso=None, resolved="2025-02-12", relative=True, granularity="day"),
        reference_date="2025-02-12",
    ),
    Ex(
        "Mokytojai rytoj pradės streiką.",
        C("date", "rytoj", iso=None, resolved="2023-09-28", relative=True, granularity="day"),
        reference_date="2023-09-27",
    ),
    Ex(
        "Įtariamasis buvo sulaikytas užvakar Kaune.",
        C("date", "užvakar", iso=None, resolved="2023-06-12", relative=True, granularity="day"),
        reference_date="2023-06-14",
        note="not in dateparser data: 'užvakar' (the day before yesterday)",
    ),
    Ex(
        "Turistas dingo prieš 3 dienas Kuršių nerijoje.",
        C("date", "prieš 3 dienas", iso=None, resolved="2024-07-19", relative=True, granularity="day"),
        reference_date="2024-07-22",
        note="not in dateparser data: the accusative plural 'dienas' in 'prieš 3 dienas' (only 'dieną', 'dienų')",
    ),
    # Weeks, months, years
    Ex(
        "Degalų kainos praėjusią savaitę sumažėjo.",
        C("date", "praėjusią savaitę", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-16",
    ),
    Ex(
        "Vyriausybė biudžeto projektą Seimui pateiks kitą savaitę.",
        C("date", "kitą savaitę", iso=None, resolved="2025-W42", relative=True, granularity="week"),
        reference_date="2025-10-08",
    ),
    Ex(
        "Naujų automobilių pardavimai praėjusį mėnesį išaugo 10 proc.",
        C("date", "praėjusį mėnesį", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Lietuvos ekonomika pernai augo 2,7 proc.",
        C("date", "pernai", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-03-03",
        note="not in dateparser data: 'pernai' (last year)",
    ),
    Ex(
        "Lietuvos bankas šiais metais prognozuoja 3 proc. ekonomikos augimą.",
        C("date", "šiais metais", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-20",
    ),
    Ex(
        "Minimali mėnesinė alga kitais metais didės.",
        C("date", "kitais metais", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-09-20",
    ),
    Ex(
        "Tiltas per Nerį atidarytas prieš 10 metų.",
        C("date", "prieš 10 metų", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-06-10",
    ),
]

NEGATIVES: list[str] = [
    "Sode pražydo sena liepa.",
    "Kauno „Žalgiris“ nugalėjo Vilniaus „Rytą“ 85:80.",
    "Konstitucijos 25 straipsnis garantuoja teisę turėti savo įsitikinimus.",
    "Policija sulaikė du įtariamuosius.",
]

GAPS: list[Ex] = [
    Ex(
        "Seimo rinkimų antrasis turas vyko sekmadienį, 2024 m. spalio 27 d., daugiamandatėse apygardose.",
        C("date", "sekmadienį, 2024 m. spalio 27 d.", iso="2024-10-27", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span; not in dateparser data: the "
        "accusative weekday 'sekmadienį'; " + DAY_MARK,
    ),
    Ex(
        "Seimas dėl įstatymo projekto balsuos birželio 17 d. plenariniame posėdyje.",
        C("date", "birželio 17 d.", iso="XXXX-06-17", resolved="2025-06-17", granularity="day"),
        reference_date="2025-06-03",
        note="future tense: the next 17 June on or after the reference date; " + DAY_MARK,
    ),
]
