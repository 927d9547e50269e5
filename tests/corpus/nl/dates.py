"""Dutch dates as NOS, ANP, de Volkskrant and NRC write them.

House styles: ``24 februari 2022``, ``dinsdag 2 juli 2024`` (weekday inside the span), ``12 mrt. 2024``,
``september 2022``, numeric day first with hyphens (``13-06-2024``).

Spans: the preposition in front stays outside (``op 24 februari 2022`` → ``24 februari 2022``, ``in september
2022`` → ``september 2022``); ``geleden`` belongs to ``25 jaar geleden`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Rusland viel op 24 februari 2022 Oekraïne binnen.",
        C("date", "24 februari 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "De Tweede Kamerverkiezingen van 22 november 2023 werden gewonnen door de PVV.",
        C("date", "22 november 2023", iso="2023-11-22", granularity="day"),
    ),
    Ex(
        "Het kabinet-Schoof werd op dinsdag 2 juli 2024 beëdigd door koning Willem-Alexander.",
        C("date", "dinsdag 2 juli 2024", iso="2024-07-02", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "De nieuwe Omgevingswet trad op 1 januari 2024 in werking.",
        C("date", "1 januari 2024", iso="2024-01-01", granularity="day"),
    ),
    Ex(
        "Het proces begon op 9 maart 2023 en de rechtbank deed op 14 juni 2023 uitspraak.",
        C("date", "9 maart 2023", iso="2023-03-09", granularity="day"),
        C("date", "14 juni 2023", iso="2023-06-14", granularity="day"),
    ),
    # Numeric, day first with hyphens
    Ex(
        "Het besluit van 13-06-2024 is volgens de rechter onrechtmatig.",
        C("date", "13-06-2024", iso="2024-06-13", granularity="day"),
    ),
    Ex(
        "De beschikking, gedateerd 28-09-2023, werd pas na een klacht verstuurd.",
        C("date", "28-09-2023", iso="2023-09-28", granularity="day"),
    ),
    # Month and year
    Ex(
        "De inflatie bereikte in september 2022 een recordhoogte van 14,5 procent.",
        C("date", "september 2022", iso="2022-09", granularity="month"),
    ),
    Ex(
        "Mark Rutte werd in oktober 2024 secretaris-generaal van de NAVO.",
        C("date", "oktober 2024", iso="2024-10", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "Storm Pia raasde op 21 december over het land, meldt het KNMI.",
        C("date", "21 december", iso="XXXX-12-21", resolved="2023-12-21", relative=False, granularity="day"),
        reference_date="2023-12-28",
    ),
    Ex(
        "De brand in het Amsterdamse centrum brak uit op 30 december.",
        C("date", "30 december", iso="XXXX-12-30", resolved="2024-12-30", granularity="day"),
        reference_date="2025-01-04",
        note="the most recent 30 December before a January reference date is in the previous year",
    ),
    Ex(
        "Het aantal faillissementen steeg in augustus met 18 procent.",
        C("date", "augustus", iso="XXXX-08", resolved="2024-08", relative=False, granularity="month"),
        reference_date="2024-09-11",
    ),
    # Relative days
    Ex(
        "De premier sprak gisteren met de burgemeesters van de getroffen gemeenten.",
        C("date", "gisteren", iso=None, resolved="2024-01-04", relative=True, granularity="day"),
        reference_date="2024-01-05",
    ),
    Ex(
        "De AEX sloot vandaag 0,6 procent hoger.",
        C("date", "vandaag", iso=None, resolved="2025-05-13", relative=True, granularity="day"),
        reference_date="2025-05-13",
    ),
    Ex(
        "Het personeel van de NS legt morgen opnieuw het werk neer.",
        C("date", "morgen", iso=None, resolved="2024-06-04", relative=True, granularity="day"),
        reference_date="2024-06-03",
    ),
    Ex(
        "De verdachte werd eergisteren in Rotterdam aangehouden.",
        C("date", "eergisteren", iso=None, resolved="2023-10-17", relative=True, granularity="day"),
        reference_date="2023-10-19",
    ),
    Ex(
        "De vermiste wandelaar werd drie dagen geleden voor het laatst gezien.",
        C("date", "drie dagen geleden", iso=None, resolved="2024-08-09", relative=True, granularity="day"),
        reference_date="2024-08-12",
        note="not in dateparser data: number words (drie) in 'drie dagen geleden'",
    ),
    # Weeks, months, years
    Ex(
        "De benzineprijs daalde vorige week met 4 cent per liter.",
        C("date", "vorige week", iso=None, resolved="2024-W35", relative=True, granularity="week"),
        reference_date="2024-09-04",
    ),
    Ex(
        "Het kabinet presenteert volgende week de Voorjaarsnota.",
        C("date", "volgende week", iso=None, resolved="2025-W16", relative=True, granularity="week"),
        reference_date="2025-04-09",
    ),
    Ex(
        "De Nederlandse export nam vorige maand met 3 procent toe.",
        C("date", "vorige maand", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-08",
    ),
    Ex(
        "Schiphol verwerkte vorig jaar bijna 62 miljoen passagiers.",
        C("date", "vorig jaar", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-01-15",
    ),
    Ex(
        "Het CPB verwacht dit jaar een economische groei van 1,5 procent.",
        C("date", "dit jaar", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-12",
    ),
    Ex(
        "Het minimumloon stijgt volgend jaar met 3 procent.",
        C("date", "volgend jaar", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-09-17",
    ),
    Ex(
        "De vuurwerkramp in Enschede vond 25 jaar geleden plaats.",
        C("date", "25 jaar geleden", iso=None, resolved="2000", relative=True, granularity="year"),
        reference_date="2025-05-13",
    ),
]

NEGATIVES: list[str] = [
    "Zo snel mogelijk moet de brug weer open, zei de wethouder.",
    "Ajax won met 3-1 van Feyenoord in de Johan Cruijff ArenA.",
    "Artikel 23 van de Grondwet regelt de vrijheid van onderwijs.",
    "Het Openbaar Ministerie eist vier jaar cel tegen de hoofdverdachte.",
    "Ma Long won de finale van het tafeltennistoernooi in twee sets.",
]

GAPS: list[Ex] = [
    Ex(
        "In het rapport van 12 mrt. 2024 waarschuwt de inspectie voor personeelstekorten.",
        C("date", "12 mrt. 2024", iso="2024-03-12", granularity="day"),
        note="abbreviated month with its dot",
    ),
    Ex(
        "De Tweede Kamer zal op 15 april over het wetsvoorstel stemmen.",
        C("date", "15 april", iso="XXXX-04-15", resolved="2025-04-15", granularity="day"),
        reference_date="2025-04-02",
        note="future tense: the next 15 April on or after the reference date",
    ),
]
