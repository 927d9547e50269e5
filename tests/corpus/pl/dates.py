"""Polish dates as PAP, Gazeta Wyborcza, Rzeczpospolita and TVN24 write them.

House styles: ``24 lutego 2022 r.`` and ``13 grudnia 2023 roku`` (the year word is part of the written date and
dateparser lists ``r.`` and ``roku``), ``niedzielę 15 września 2024 r.`` (weekday inside the span), month and year
in the locative (``w lutym 2023 r.``), numeric day first with dots (``17.03.2024``).

Spans: the preposition in front stays outside (``w lutym 2023 r.`` → ``lutym 2023 r.``, ``w zeszłym tygodniu`` →
``zeszłym tygodniu``, ``z dnia 17.03.2024`` → ``17.03.2024``); ``temu`` belongs to ``3 dni temu`` as ``ago`` does in
English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "24 lutego 2022 r. Rosja rozpoczęła pełnoskalową inwazję na Ukrainę.",
        C("date", "24 lutego 2022 r.", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Wybory parlamentarne odbyły się 15 października 2023 r., a frekwencja była rekordowa.",
        C("date", "15 października 2023 r.", iso="2023-10-15", granularity="day"),
    ),
    Ex(
        "Donald Tusk został zaprzysiężony na premiera 13 grudnia 2023 roku.",
        C("date", "13 grudnia 2023 roku", iso="2023-12-13", granularity="day"),
    ),
    Ex(
        "W niedzielę 15 września 2024 r. fala powodziowa dotarła do Nysy.",
        C("date", "niedzielę 15 września 2024 r.", iso="2024-09-15", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Proces rozpoczął się 8 stycznia 2024 r. i zakończył 20 czerwca 2024 r. wyrokiem skazującym.",
        C("date", "8 stycznia 2024 r.", iso="2024-01-08", granularity="day"),
        C("date", "20 czerwca 2024 r.", iso="2024-06-20", granularity="day"),
    ),
    # Numeric, day first with dots
    Ex(
        "Zgodnie z decyzją z dnia 17.03.2024 spółka musi zapłacić 2 mln zł kary.",
        C("date", "17.03.2024", iso="2024-03-17", granularity="day"),
    ),
    # Month and year
    Ex(
        "Inflacja w lutym 2023 r. wyniosła 18,4 proc., podał GUS.",
        C("date", "lutym 2023 r.", iso="2023-02", granularity="month"),
    ),
    Ex(
        "Polska przystąpiła do NATO w marcu 1999 r. razem z Czechami i Węgrami.",
        C("date", "marcu 1999 r.", iso="1999-03", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "Pożar hali przy ul. Marywilskiej wybuchł 12 maja, poinformowała straż pożarna.",
        C("date", "12 maja", iso="XXXX-05-12", resolved="2024-05-12", relative=False, granularity="day"),
        reference_date="2024-05-20",
    ),
    Ex(
        "Rozmowy ze związkowcami zerwano 19 grudnia, podało ministerstwo.",
        C("date", "19 grudnia", iso="XXXX-12-19", resolved="2024-12-19", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 19 December before a January reference date is in the previous year",
    ),
    Ex(
        "Sprzedaż detaliczna wzrosła w sierpniu o 3 proc.",
        C("date", "sierpniu", iso="XXXX-08", resolved="2024-08", relative=False, granularity="month"),
        reference_date="2024-09-23",
    ),
    # Relative days
    Ex(
        "Premier spotkał się wczoraj w Paryżu z prezydentem Francji.",
        C("date", "wczoraj", iso=None, resolved="2024-02-12", relative=True, granularity="day"),
        reference_date="2024-02-13",
    ),
    Ex(
        "Indeks WIG20 zyskał dziś 1,1 proc.",
        C("date", "dziś", iso=None, resolved="2025-05-07", relative=True, granularity="day"),
        reference_date="2025-05-07",
    ),
    Ex(
        "Rolnicy zapowiadają na jutro blokady dróg w całym kraju.",
        C("date", "jutro", iso=None, resolved="2024-02-09", relative=True, granularity="day"),
        reference_date="2024-02-08",
    ),
    Ex(
        "Zaginiony turysta wyszedł w Tatry przedwczoraj.",
        C("date", "przedwczoraj", iso=None, resolved="2023-08-01", relative=True, granularity="day"),
        reference_date="2023-08-03",
    ),
    Ex(
        "Kierowca uciekł z miejsca wypadku trzy dni temu.",
        C("date", "trzy dni temu", iso=None, resolved="2024-11-05", relative=True, granularity="day"),
        reference_date="2024-11-08",
        note="not in dateparser data: number words (trzy) in 'trzy dni temu'",
    ),
    # Weeks, months, years
    Ex(
        "Ceny paliw spadły w zeszłym tygodniu o 10 groszy na litrze.",
        C("date", "zeszłym tygodniu", iso=None, resolved="2024-W40", relative=True, granularity="week"),
        reference_date="2024-10-09",
    ),
    Ex(
        "Rząd przyjął projekt nowelizacji w ubiegłym tygodniu.",
        C("date", "ubiegłym tygodniu", iso=None, resolved="2025-W11", relative=True, granularity="week"),
        reference_date="2025-03-19",
        note="not in dateparser data: 'w ubiegłym tygodniu' (only 'w zeszłym tygodniu'), the usual PAP form",
    ),
    Ex(
        "Sejm zagłosuje nad ustawą w przyszłym tygodniu.",
        C("date", "przyszłym tygodniu", iso=None, resolved="2023-W24", relative=True, granularity="week"),
        reference_date="2023-06-07",
    ),
    Ex(
        "Stopa bezrobocia spadła w zeszłym miesiącu do 5 proc.",
        C("date", "zeszłym miesiącu", iso=None, resolved="2024-05", relative=True, granularity="month"),
        reference_date="2024-06-03",
    ),
    Ex(
        "Polska gospodarka urosła w zeszłym roku o 2,9 proc.",
        C("date", "zeszłym roku", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-01-30",
    ),
    Ex(
        "Eksport żywności wzrósł w ubiegłym roku o 5 proc.",
        C("date", "ubiegłym roku", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-03-01",
        note="not in dateparser data: 'w ubiegłym roku' (only 'w zeszłym roku'), the usual PAP form",
    ),
    Ex(
        "Rząd spodziewa się w tym roku wzrostu PKB o 3,5 proc.",
        C("date", "tym roku", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-02-04",
    ),
    Ex(
        "Most na Wiśle otwarto 10 lat temu.",
        C("date", "10 lat temu", iso=None, resolved="2014", relative=True, granularity="year"),
        reference_date="2024-04-15",
    ),
]

NEGATIVES: list[str] = [
    "Nie wiadomo, ile osób ucierpiało w wyniku nawałnicy.",
    "Tomasz Lis skomentował sprawę w swoim programie.",
    "Legia Warszawa wygrała z Lechem Poznań 2:1.",
    "Art. 7 Konstytucji stanowi, że organy władzy publicznej działają na podstawie prawa.",
]

GAPS: list[Ex] = [
    Ex(
        "Rozporządzenie z 29.12.2023 r. weszło w życie po publikacji w Dzienniku Ustaw.",
        C("date", "29.12.2023 r.", iso="2023-12-29", granularity="day"),
        note="gap: missing date '29.12.2023 r.' (found date:'29.12.2023')",
    ),
    Ex(
        "Sejm zajmie się projektem ustawy 22 lipca.",
        C("date", "22 lipca", iso="XXXX-07-22", resolved="2025-07-22", granularity="day"),
        reference_date="2025-07-03",
        note="future tense: the next 22 July on or after the reference date",
    ),
]
