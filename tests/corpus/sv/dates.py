"""Swedish dates as TT, Dagens Nyheter, Svenska Dagbladet and SVT write them.

House styles: ``den 24 februari 2022``, ``torsdag den 7 mars 2024`` (weekday inside the span), ``12 dec. 2023``,
``december 2022``, numeric dates in ISO order (``2024-03-15``), the standard in Swedish copy.

Spans: the article or preposition in front stays outside (``den 24 februari 2022`` → ``24 februari 2022``, ``i
december 2022`` → ``december 2022``); ``i går``, ``i dag``, ``i morgon``, ``i förrgår``, ``i fjol`` and ``i år`` are
written as one unit (also ``igår``, ``idag``) and keep their ``i``; ``för ... sedan`` belongs to ``för 10 år sedan``
as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Ryssland invaderade Ukraina den 24 februari 2022.",
        C("date", "24 februari 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Riksdagsvalet hölls den 11 september 2022 och gav en knapp majoritet åt högersidan.",
        C("date", "11 september 2022", iso="2022-09-11", granularity="day"),
    ),
    Ex(
        "Skjutningen på Campus Risbergska i Örebro inträffade den 4 februari 2025.",
        C("date", "4 februari 2025", iso="2025-02-04", granularity="day"),
    ),
    Ex(
        "Rättegången inleddes den 9 oktober 2023 och dom meddelades den 15 januari 2024.",
        C("date", "9 oktober 2023", iso="2023-10-09", granularity="day"),
        C("date", "15 januari 2024", iso="2024-01-15", granularity="day"),
    ),
    Ex(
        "Enligt protokollet från den 12 dec. 2023 fattades beslutet enhälligt.",
        C("date", "12 dec. 2023", iso="2023-12-12", granularity="day"),
        note="abbreviated month with its dot",
    ),
    # Numeric, ISO order
    Ex(
        "Enligt beslutet daterat 2024-03-15 ska bolaget betala ett vite på 500 000 kronor.",
        C("date", "2024-03-15", iso="2024-03-15", granularity="day"),
    ),
    Ex(
        "Förvaltningsrätten meddelade sin dom 2023-12-19.",
        C("date", "2023-12-19", iso="2023-12-19", granularity="day"),
    ),
    # Month and year
    Ex(
        "Inflationen nådde 12,3 procent i december 2022, enligt SCB.",
        C("date", "december 2022", iso="2022-12", granularity="month"),
    ),
    Ex(
        "Ulf Kristersson tillträdde som statsminister i oktober 2022.",
        C("date", "oktober 2022", iso="2022-10", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "Skogsbranden bröt ut den 14 augusti, enligt räddningstjänsten.",
        C("date", "14 augusti", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-20",
        note="dateparser's date_order YMD reads '14 augusti' as August 2014",
    ),
    Ex(
        "Strejken i hamnarna avslutades den 22 december.",
        C("date", "22 december", iso="XXXX-12-22", resolved="2024-12-22", granularity="day"),
        reference_date="2025-01-09",
        note="the most recent 22 December before a January reference date is in the previous year; "
        "dateparser's date_order YMD reads '22 december' as December 2022",
    ),
    # Relative days
    Ex(
        "Statsministern besökte i går de översvämningsdrabbade områdena i Gävle.",
        C("date", "i går", iso=None, resolved="2024-08-06", relative=True, granularity="day"),
        reference_date="2024-08-07",
    ),
    Ex(
        "Stockholmsbörsen steg med 1,4 procent i dag.",
        C("date", "i dag", iso=None, resolved="2025-04-09", relative=True, granularity="day"),
        reference_date="2025-04-09",
    ),
    Ex(
        "Riksbanken meddelar sitt räntebesked i morgon.",
        C("date", "i morgon", iso=None, resolved="2024-05-08", relative=True, granularity="day"),
        reference_date="2024-05-07",
    ),
    Ex(
        "Fiskebåten kapsejsade för 3 dagar sedan utanför Smögen.",
        C("date", "för 3 dagar sedan", iso=None, resolved="2024-10-11", relative=True, granularity="day"),
        reference_date="2024-10-14",
    ),
    # Weeks, months, years
    Ex(
        "Elpriserna i södra Sverige sjönk kraftigt förra veckan.",
        C("date", "förra veckan", iso=None, resolved="2024-W06", relative=True, granularity="week"),
        reference_date="2024-02-14",
    ),
    Ex(
        "Regeringen presenterar budgetpropositionen nästa vecka.",
        C("date", "nästa vecka", iso=None, resolved="2025-W38", relative=True, granularity="week"),
        reference_date="2025-09-10",
    ),
    Ex(
        "Bostadspriserna steg med 1 procent förra månaden.",
        C("date", "förra månaden", iso=None, resolved="2024-05", relative=True, granularity="month"),
        reference_date="2024-06-05",
    ),
    Ex(
        "Antalet asylsökande minskade kraftigt i fjol.",
        C("date", "i fjol", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-01-20",
    ),
    Ex(
        "Regeringen räknar med en tillväxt på 0,5 procent i år.",
        C("date", "i år", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2024-04-15",
    ),
    Ex(
        "Skatten på bensin och diesel sänks nästa år.",
        C("date", "nästa år", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2023-09-20",
    ),
    Ex(
        "Den nya bron invigdes för 10 år sedan.",
        C("date", "för 10 år sedan", iso=None, resolved="2016", relative=True, granularity="year"),
        reference_date="2026-03-02",
    ),
]

NEGATIVES: list[str] = [
    "Regeringen har i viss mån lyckats minska utsläppen från transporterna.",
    "Rymdsonden ska skickas till Mars med en amerikansk raket.",
    "Djurgården vann mot AIK med 3–1 på Tele2 Arena.",
    "Enligt 2 kap. 1 § regeringsformen har var och en yttrandefrihet.",
]

GAPS: list[Ex] = [
    Ex(
        "Sverige blev medlem i Nato torsdag den 7 mars 2024.",
        C("date", "torsdag den 7 mars 2024", iso="2024-03-07", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Riksdagen ska rösta om lagförslaget den 18 juni.",
        C("date", "18 juni", iso="XXXX-06-18", resolved="2025-06-18", granularity="day"),
        reference_date="2025-06-02",
        note="future tense: the next 18 June on or after the reference date; dateparser's date_order YMD reads "
        "'18 juni' as June 2018",
    ),
    Ex(
        "Arbetslösheten steg till 8,4 procent i augusti.",
        C("date", "augusti", iso="XXXX-08", resolved="2024-08", relative=False, granularity="month"),
        reference_date="2024-09-18",
        note="gap: missing date 'augusti'",
    ),
    Ex(
        "Mannen greps i förrgår i centrala Malmö.",
        C("date", "i förrgår", iso=None, resolved="2023-05-15", relative=True, granularity="day"),
        reference_date="2023-05-17",
        note="not in dateparser data: 'i förrgår' (only 'förrgår', while 'i går' is listed with its 'i')",
    ),
]
