"""Danish dates as Ritzau, DR, Politiken and Berlingske write them.

House styles: ``den 24. februar 2022`` (ordinal dot on the day), ``søndag den 14. januar 2024`` (weekday inside the
span), ``oktober 2022``, numeric day first (``14.03.2024`` and the Danish ``27/9-2023``).

Spans: the article or preposition in front stays outside (``den 24. februar 2022`` → ``24. februar 2022``, ``i
sidste uge`` → ``sidste uge``); ``i går``, ``i dag``, ``i morgen``, ``i forgårs`` and ``i år`` are fixed units and
keep their ``i``; ``for ... siden`` belongs to ``for 10 år siden`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Rusland invaderede Ukraine den 24. februar 2022.",
        C("date", "24. februar 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Den historiske Børsbygning i København brændte den 16. april 2024.",
        C("date", "16. april 2024", iso="2024-04-16", granularity="day"),
    ),
    Ex(
        "Folketingsvalget blev afholdt den 1. november 2022.",
        C("date", "1. november 2022", iso="2022-11-01", granularity="day"),
    ),
    Ex(
        "Retssagen begyndte den 5. september 2023, og dommen faldt den 18. december 2023.",
        C("date", "5. september 2023", iso="2023-09-05", granularity="day"),
        C("date", "18. december 2023", iso="2023-12-18", granularity="day"),
    ),
    # Numeric, day first
    Ex(
        "Ifølge afgørelsen af 14.03.2024 skal kommunen betale erstatning til familien.",
        C("date", "14.03.2024", iso="2024-03-14", granularity="day"),
    ),
    # Month and year
    Ex(
        "Inflationen toppede med 10,1 procent i oktober 2022, viser tal fra Danmarks Statistik.",
        C("date", "oktober 2022", iso="2022-10", granularity="month"),
    ),
    Ex(
        "Mette Frederiksen dannede SVM-regeringen i december 2022.",
        C("date", "december 2022", iso="2022-12", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "Skybruddet ramte Aarhus den 18. august og satte flere veje under vand.",
        C("date", "18. august", iso="XXXX-08-18", resolved="2024-08-18", relative=False, granularity="day"),
        reference_date="2024-08-22",
    ),
    Ex(
        "Strejken på havnen sluttede den 21. december, oplyser fagforeningen.",
        C("date", "21. december", iso="XXXX-12-21", resolved="2024-12-21", granularity="day"),
        reference_date="2025-01-07",
        note="the most recent 21 December before a January reference date is in the previous year",
    ),
    Ex(
        "Ledigheden faldt i august, viser tal fra Danmarks Statistik.",
        C("date", "august", iso="XXXX-08", resolved="2024-08", relative=False, granularity="month"),
        reference_date="2024-09-30",
    ),
    # Relative days
    Ex(
        "Statsministeren mødtes i går med Grønlands landsstyreformand.",
        C("date", "i går", iso=None, resolved="2025-01-28", relative=True, granularity="day"),
        reference_date="2025-01-29",
    ),
    Ex(
        "C25-indekset steg 1,8 procent i dag.",
        C("date", "i dag", iso=None, resolved="2024-03-21", relative=True, granularity="day"),
        reference_date="2024-03-21",
    ),
    Ex(
        "Folketinget åbner i morgen med statsministerens åbningstale.",
        C("date", "i morgen", iso=None, resolved="2024-10-01", relative=True, granularity="day"),
        reference_date="2024-09-30",
    ),
    Ex(
        "Fiskekutteren forsvandt for 3 dage siden ud for Hanstholm.",
        C("date", "for 3 dage siden", iso=None, resolved="2024-11-08", relative=True, granularity="day"),
        reference_date="2024-11-11",
    ),
    # Weeks, months, years
    Ex(
        "Elprisen steg markant i sidste uge.",
        C("date", "sidste uge", iso=None, resolved="2024-W02", relative=True, granularity="week"),
        reference_date="2024-01-17",
    ),
    Ex(
        "Regeringen fremlægger sit finanslovsforslag i næste uge.",
        C("date", "næste uge", iso=None, resolved="2025-W35", relative=True, granularity="week"),
        reference_date="2025-08-20",
    ),
    Ex(
        "Huspriserne steg 2 procent i sidste måned.",
        C("date", "sidste måned", iso=None, resolved="2024-04", relative=True, granularity="month"),
        reference_date="2024-05-06",
    ),
    Ex(
        "Danmark havde et rekordstort overskud på betalingsbalancen sidste år.",
        C("date", "sidste år", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-02-09",
    ),
    Ex(
        "Nationalbanken venter en vækst på 3 procent i år.",
        C("date", "i år", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-25",
    ),
    Ex(
        "Reglerne for dagpenge ændres næste år.",
        C("date", "næste år", iso=None, resolved="2026", relative=True, granularity="year"),
        reference_date="2025-06-10",
    ),
    Ex(
        "Broen over Vejle Fjord fik nyt asfaltlag for 10 år siden.",
        C("date", "for 10 år siden", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-05-05",
    ),
]

NEGATIVES: list[str] = [
    "Man ved endnu ikke, hvor mange der er berørt af oversvømmelsen.",
    "Brøndby vandt 2-1 over FC København i Parken.",
    "Ifølge § 71 i grundloven er den personlige frihed ukrænkelig.",
    "Politiet har anholdt to mænd i sagen.",
]

GAPS: list[Ex] = [
    Ex(
        "Dronning Margrethe abdicerede søndag den 14. januar 2024 ved et statsråd på Christiansborg.",
        C("date", "søndag den 14. januar 2024", iso="2024-01-14", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Brevet fra ministeriet er dateret 27/9-2023 og blev først offentliggjort i går.",
        C("date", "27/9-2023", iso="2023-09-27", granularity="day"),
        C("date", "i går", iso=None, resolved="2024-02-06", relative=True, granularity="day"),
        reference_date="2024-02-07",
        note="Danish numeric form day/month-year",
    ),
    Ex(
        "Folketinget skal stemme om lovforslaget den 28. maj.",
        C("date", "28. maj", iso="XXXX-05-28", resolved="2025-05-28", granularity="day"),
        reference_date="2025-05-12",
        note="future tense: the next 28 May on or after the reference date",
    ),
    Ex(
        "Den eftersøgte mand blev anholdt i forgårs i Odense.",
        C("date", "i forgårs", iso=None, resolved="2023-06-12", relative=True, granularity="day"),
        reference_date="2023-06-14",
        note="not in dateparser data: 'i forgårs' (the day before yesterday)",
    ),
]
