"""Norwegian (Bokmål) dates as NTB, Aftenposten, NRK and VG write them.

House styles: ``24. februar 2022`` (ordinal dot on the day), ``mandag 8. september 2025`` (weekday inside the
span), ``oktober 2022``, numeric day first with dots (``15.08.2024``).

Spans: the preposition in front stays outside (``i oktober 2022`` → ``oktober 2022``, ``i forrige uke`` →
``forrige uke``); ``i går``, ``i dag``, ``i morgen``, ``i forgårs``, ``i fjor`` and ``i år`` are fixed units and keep
their ``i``; ``for ... siden`` belongs to ``for tre dager siden`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Russland invaderte Ukraina 24. februar 2022.",
        C("date", "24. februar 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Stortingsvalget ble holdt mandag 8. september 2025.",
        C("date", "mandag 8. september 2025", iso="2025-09-08", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Terrorangrepet mot Pride-feiringen i Oslo skjedde 25. juni 2022.",
        C("date", "25. juni 2022", iso="2022-06-25", granularity="day"),
    ),
    Ex(
        "Jonas Gahr Støre ble statsminister 14. oktober 2021.",
        C("date", "14. oktober 2021", iso="2021-10-14", granularity="day"),
    ),
    Ex(
        "Rettssaken startet 4. mars 2024, og dommen falt 27. mai 2024.",
        C("date", "4. mars 2024", iso="2024-03-04", granularity="day"),
        C("date", "27. mai 2024", iso="2024-05-27", granularity="day"),
    ),
    # Numeric, day first with dots
    Ex(
        "Ifølge vedtaket datert 15.08.2024 må selskapet betale et gebyr på 2 millioner kroner.",
        C("date", "15.08.2024", iso="2024-08-15", granularity="day"),
    ),
    Ex(
        "Kontrakten med leverandøren ble signert 29.11.2023.",
        C("date", "29.11.2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Prisveksten var 7,5 prosent i oktober 2022, ifølge SSB.",
        C("date", "oktober 2022", iso="2022-10", granularity="month"),
    ),
    Ex(
        "Ekstremværet «Hans» rammet Østlandet i august 2023.",
        C("date", "august 2023", iso="2023-08", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "Jordraset gikk 17. august, opplyser politiet.",
        C("date", "17. august", iso="XXXX-08-17", resolved="2024-08-17", relative=False, granularity="day"),
        reference_date="2024-08-25",
    ),
    Ex(
        "Streiken blant vekterne ble avsluttet 20. desember.",
        C("date", "20. desember", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    # Relative days
    Ex(
        "Statsministeren møtte i går Natos generalsekretær i Oslo.",
        C("date", "i går", iso=None, resolved="2024-11-19", relative=True, granularity="day"),
        reference_date="2024-11-20",
    ),
    Ex(
        "Hovedindeksen på Oslo Børs steg 1,1 prosent i dag.",
        C("date", "i dag", iso=None, resolved="2025-02-18", relative=True, granularity="day"),
        reference_date="2025-02-18",
    ),
    Ex(
        "Norges Bank legger fram rentebeslutningen i morgen.",
        C("date", "i morgen", iso=None, resolved="2025-06-19", relative=True, granularity="day"),
        reference_date="2025-06-18",
    ),
    Ex(
        "Turgåeren forsvant for tre dager siden i Jotunheimen.",
        C("date", "for tre dager siden", iso=None, resolved="2024-07-19", relative=True, granularity="day"),
        reference_date="2024-07-22",
    ),
    # Weeks, months, years
    Ex(
        "Strømprisen falt kraftig i forrige uke.",
        C("date", "forrige uke", iso=None, resolved="2024-W10", relative=True, granularity="week"),
        reference_date="2024-03-13",
    ),
    Ex(
        "Regjeringen legger fram statsbudsjettet neste uke.",
        C("date", "neste uke", iso=None, resolved="2025-W41", relative=True, granularity="week"),
        reference_date="2025-09-30",
    ),
    Ex(
        "Arbeidsledigheten økte forrige måned, ifølge Nav.",
        C("date", "forrige måned", iso=None, resolved="2024-09", relative=True, granularity="month"),
        reference_date="2024-10-02",
    ),
    Ex(
        "Norge eksporterte laks for 122 milliarder kroner i fjor.",
        C("date", "i fjor", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-01-05",
    ),
    Ex(
        "Norges Bank venter en vekst i fastlandsøkonomien på 1 prosent i år.",
        C("date", "i år", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2024-03-21",
    ),
    Ex(
        "Elavgiften settes ned neste år.",
        C("date", "neste år", iso=None, resolved="2026", relative=True, granularity="year"),
        reference_date="2025-10-07",
    ),
    Ex(
        "Tunnelen under Oslofjorden ble åpnet for 10 år siden.",
        C("date", "for 10 år siden", iso=None, resolved="2016", relative=True, granularity="year"),
        reference_date="2026-02-10",
    ),
]

NEGATIVES: list[str] = [
    "Man vet ennå ikke hvor mange som er rammet av flommen.",
    "Skipperen Tor Hansen ble reddet av redningsskøyta.",
    "Bodø/Glimt slo Rosenborg 3-1 på Aspmyra.",
    "Ifølge § 100 i Grunnloven skal det være ytringsfrihet.",
]

GAPS: list[Ex] = [
    Ex(
        "Stortinget skal stemme over forslaget 12. juni.",
        C("date", "12. juni", iso="XXXX-06-12", resolved="2025-06-12", granularity="day"),
        reference_date="2025-06-01",
        note="future tense: the next 12 June on or after the reference date",
    ),
    Ex(
        "Boligprisene steg 1,2 prosent i mars, ifølge Eiendom Norge.",
        C("date", "mars", iso="XXXX-03", resolved="2024-03", relative=False, granularity="month"),
        reference_date="2024-04-03",
        note="gap: missing date 'mars'",
    ),
    Ex(
        "Den savnede kvinnen ble funnet i forgårs i Bergen.",
        C("date", "i forgårs", iso=None, resolved="2023-10-09", relative=True, granularity="day"),
        reference_date="2023-10-11",
        note="not in dateparser data: 'i forgårs' (the day before yesterday)",
    ),
]
