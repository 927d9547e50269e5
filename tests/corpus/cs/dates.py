"""Czech dates as ČTK, iDNES.cz, Seznam Zprávy, Deník N and ČT24 write them.

House styles: ``24. února 2022`` (ordinal dot on the day, month in the genitive), ``čtvrtek 21. prosince 2023``
(weekday inside the span), month and year in the locative (``v lednu 2023``), numeric day first with spaces
(``14. 3. 2024``) or without (``29.11.2023``).

Spans: the preposition in front stays outside (``v lednu 2023`` → ``lednu 2023``, ``ve čtvrtek 21. prosince 2023``
→ ``čtvrtek 21. prosince 2023``, ``ze dne 14. 3. 2024`` → ``14. 3. 2024``); ``před`` belongs to ``před třemi dny`` as
``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Rusko zaútočilo na Ukrajinu 24. února 2022.",
        C("date", "24. února 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Střelba na Filozofické fakultě Univerzity Karlovy se odehrála ve čtvrtek 21. prosince 2023.",
        C("date", "čtvrtek 21. prosince 2023", iso="2023-12-21", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Petr Pavel složil prezidentský slib 9. března 2023.",
        C("date", "9. března 2023", iso="2023-03-09", granularity="day"),
    ),
    Ex(
        "Volby do Poslanecké sněmovny skončily 4. října 2025 vítězstvím hnutí ANO.",
        C("date", "4. října 2025", iso="2025-10-04", granularity="day"),
    ),
    Ex(
        "Hlavní líčení začalo 11. září 2023 a soud vynesl rozsudek 6. února 2024.",
        C("date", "11. září 2023", iso="2023-09-11", granularity="day"),
        C("date", "6. února 2024", iso="2024-02-06", granularity="day"),
    ),
    # Numeric, day first
    Ex(
        "Podle rozhodnutí ze dne 14. 3. 2024 musí firma zaplatit pokutu dva miliony korun.",
        C("date", "14. 3. 2024", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "Smlouva s dodavatelem byla podepsána 29.11.2023 na ministerstvu dopravy.",
        C("date", "29.11.2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Meziroční inflace v lednu 2023 dosáhla 17,5 procenta.",
        C("date", "lednu 2023", iso="2023-01", granularity="month"),
    ),
    Ex(
        "Vláda Petra Fialy byla jmenována v prosinci 2021.",
        C("date", "prosinci 2021", iso="2021-12", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "Požár skladu v Pardubicích vypukl 14. srpna, uvedli hasiči.",
        C("date", "14. srpna", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-19",
    ),
    Ex(
        "Jednání odborů s vládou skončilo bez dohody 19. prosince.",
        C("date", "19. prosince", iso="XXXX-12-19", resolved="2024-12-19", granularity="day"),
        reference_date="2025-01-06",
        note="the most recent 19 December before a January reference date is in the previous year",
    ),
    Ex(
        "Nezaměstnanost v srpnu mírně stoupla.",
        C("date", "srpnu", iso="XXXX-08", resolved="2024-08", relative=False, granularity="month"),
        reference_date="2024-09-09",
    ),
    # Relative days
    Ex(
        "Premiér včera jednal v Berlíně s německým kancléřem.",
        C("date", "včera", iso=None, resolved="2024-04-16", relative=True, granularity="day"),
        reference_date="2024-04-17",
    ),
    Ex(
        "Index pražské burzy dnes vzrostl o 1,2 procenta.",
        C("date", "dnes", iso=None, resolved="2025-03-05", relative=True, granularity="day"),
        reference_date="2025-03-05",
    ),
    Ex(
        "Lékaři zítra vstoupí do celostátní stávky.",
        C("date", "zítra", iso=None, resolved="2023-11-30", relative=True, granularity="day"),
        reference_date="2023-11-29",
    ),
    Ex(
        "Policie zadržela podezřelého předevčírem v Brně.",
        C("date", "předevčírem", iso=None, resolved="2023-05-08", relative=True, granularity="day"),
        reference_date="2023-05-10",
    ),
    # Weeks, months, years
    Ex(
        "Ceny pohonných hmot minulý týden klesly.",
        C("date", "minulý týden", iso=None, resolved="2024-W42", relative=True, granularity="week"),
        reference_date="2024-10-23",
    ),
    Ex(
        "Vláda projedná návrh rozpočtu příští týden.",
        C("date", "příští týden", iso=None, resolved="2025-W37", relative=True, granularity="week"),
        reference_date="2025-09-03",
    ),
    Ex(
        "Prodej nových aut minulý měsíc vzrostl o 8 procent.",
        C("date", "minulý měsíc", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-02",
    ),
    Ex(
        "Česká ekonomika loni vzrostla o 1 procento.",
        C("date", "loni", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-03-03",
    ),
    Ex(
        "Česká národní banka letos čeká inflaci kolem 2,5 procenta.",
        C("date", "letos", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-05-07",
    ),
    Ex(
        "Spotřební daň z cigaret příští rok opět vzroste.",
        C("date", "příští rok", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-09-12",
    ),
]

NEGATIVES: list[str] = [
    "Po jednání vlády ministr na otázku novinářů odpověděl, že ne.",
    "Pro koho bude ve druhém kole hlasovat, neprozradil.",
    "Sparta porazila Slavii 2:1.",
    "Podle článku 62 Ústavy prezident republiky jmenuje soudce Ústavního soudu.",
]

GAPS: list[Ex] = [
    Ex(
        "Sněmovna bude o návrhu zákona hlasovat 18. června.",
        C("date", "18. června", iso="XXXX-06-18", resolved="2025-06-18", granularity="day"),
        reference_date="2025-06-03",
        note="future tense: the next 18 June on or after the reference date",
    ),
    Ex(
        "Turista se ztratil před třemi dny v Krkonoších.",
        C("date", "před třemi dny", iso=None, resolved="2024-02-02", relative=True, granularity="day"),
        reference_date="2024-02-05",
        note="gap: missing date 'před třemi dny'",
    ),
    Ex(
        "Most přes Vltavu byl otevřen před deseti lety.",
        C("date", "před deseti lety", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-10-01",
        note="gap: missing date 'před deseti lety'",
    ),
]
