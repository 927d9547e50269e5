"""Romanian dates as Agerpres, Digi24, HotNews and Adevărul write them.

House styles: ``24 februarie 2022``, ``duminică, 18 mai 2025`` (weekday inside the span), ``noiembrie 2022``,
numeric day first with dots (``14.06.2024``).

Spans: the preposition in front stays outside (``pe 24 februarie`` → ``24 februarie``, ``la 1 ianuarie 2025``, ``în
noiembrie 2022`` → ``noiembrie 2022``); ``acum`` belongs to ``acum 3 zile`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Rusia a invadat Ucraina pe 24 februarie 2022.",
        C("date", "24 februarie 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Primul tur al alegerilor prezidențiale din 24 noiembrie 2024 a fost anulat de Curtea Constituțională pe "
        "6 decembrie 2024.",
        C("date", "24 noiembrie 2024", iso="2024-11-24", granularity="day"),
        C("date", "6 decembrie 2024", iso="2024-12-06", granularity="day"),
    ),
    Ex(
        "România a intrat complet în spațiul Schengen la 1 ianuarie 2025.",
        C("date", "1 ianuarie 2025", iso="2025-01-01", granularity="day"),
    ),
    Ex(
        "Nicușor Dan a câștigat turul al doilea al alegerilor de duminică, 18 mai 2025.",
        C("date", "duminică, 18 mai 2025", iso="2025-05-18", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Marcel Ciolacu și-a anunțat demisia din funcția de premier pe 5 mai 2025.",
        C("date", "5 mai 2025", iso="2025-05-05", granularity="day"),
    ),
    # Numeric, day first with dots
    Ex(
        "Potrivit hotărârii din 14.06.2024, firma trebuie să plătească o amendă de 2 milioane de lei.",
        C("date", "14.06.2024", iso="2024-06-14", granularity="day"),
    ),
    Ex(
        "Contractul semnat la 27.09.2023 a fost reziliat de primărie.",
        C("date", "27.09.2023", iso="2023-09-27", granularity="day"),
    ),
    # Month and year
    Ex(
        "Rata anuală a inflației a atins 16,8% în noiembrie 2022, potrivit INS.",
        C("date", "noiembrie 2022", iso="2022-11", granularity="month"),
    ),
    Ex(
        "Guvernul condus de Ilie Bolojan a fost învestit de Parlament în iunie 2025.",
        C("date", "iunie 2025", iso="2025-06", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "Incendiul de vegetație a izbucnit pe 17 august, potrivit ISU.",
        C("date", "17 august", iso="XXXX-08-17", resolved="2024-08-17", relative=False, granularity="day"),
        reference_date="2024-08-26",
    ),
    Ex(
        "Greva angajaților din metrou s-a încheiat pe 20 decembrie.",
        C("date", "20 decembrie", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-13",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    Ex(
        "Exporturile au crescut cu 5% în iulie, potrivit INS.",
        C("date", "iulie", iso="XXXX-07", resolved="2024-07", relative=False, granularity="month"),
        reference_date="2024-09-10",
    ),
    # Relative days
    Ex(
        "Președintele s-a întâlnit ieri cu secretarul general al NATO.",
        C("date", "ieri", iso=None, resolved="2025-06-24", relative=True, granularity="day"),
        reference_date="2025-06-25",
    ),
    Ex(
        "Leul s-a depreciat azi în raport cu euro.",
        C("date", "azi", iso=None, resolved="2024-10-16", relative=True, granularity="day"),
        reference_date="2024-10-16",
    ),
    Ex(
        "Ministerul Sănătății a anunțat astăzi noi măsuri pentru spitale.",
        C("date", "astăzi", iso=None, resolved="2023-12-05", relative=True, granularity="day"),
        reference_date="2023-12-05",
        note="not in dateparser data: 'astăzi' (only the short 'azi'), the usual Agerpres form",
    ),
    Ex(
        "Codul roșu de caniculă intră în vigoare mâine în București.",
        C("date", "mâine", iso=None, resolved="2024-07-16", relative=True, granularity="day"),
        reference_date="2024-07-15",
    ),
    Ex(
        "Suspectul a fost reținut alaltăieri de polițiștii din Cluj.",
        C("date", "alaltăieri", iso=None, resolved="2023-04-10", relative=True, granularity="day"),
        reference_date="2023-04-12",
        note="not in dateparser data: 'alaltăieri' (the day before yesterday)",
    ),
    Ex(
        "Turistul a dispărut acum 3 zile în Munții Bucegi.",
        C("date", "acum 3 zile", iso=None, resolved="2024-02-09", relative=True, granularity="day"),
        reference_date="2024-02-12",
    ),
    # Weeks, months, years
    Ex(
        "Prețul carburanților a scăzut săptămâna trecută.",
        C("date", "săptămâna trecută", iso=None, resolved="2024-W46", relative=True, granularity="week"),
        reference_date="2024-11-20",
    ),
    Ex(
        "Senatul va dezbate proiectul săptămâna viitoare.",
        C("date", "săptămâna viitoare", iso=None, resolved="2025-W07", relative=True, granularity="week"),
        reference_date="2025-02-05",
    ),
    Ex(
        "Vânzările de autoturisme noi au crescut cu 12% luna trecută.",
        C("date", "luna trecută", iso=None, resolved="2024-03", relative=True, granularity="month"),
        reference_date="2024-04-03",
    ),
    Ex(
        "România a înregistrat un deficit bugetar de 8,6% din PIB anul trecut.",
        C("date", "anul trecut", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-02-26",
    ),
    Ex(
        "Guvernul estimează o creștere economică de 2,5% anul acesta.",
        C("date", "anul acesta", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-01-20",
    ),
    Ex(
        "Salariul minim brut va crește anul viitor la 4.050 de lei.",
        C("date", "anul viitor", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-10-01",
    ),
]

NEGATIVES: list[str] = [
    "Guvernul vrea mai multe fonduri europene pentru infrastructură.",
    "Negocierile au durat luni de zile fără niciun rezultat.",
    "FCSB a învins Rapid cu 2-1 pe Arena Națională.",
    "Articolul 90 din Constituție reglementează referendumul național.",
]

GAPS: list[Ex] = [
    Ex(
        "Revoluția din decembrie 1989 a început la Timișoara acum 35 de ani.",
        C("date", "decembrie 1989", iso="1989-12", granularity="month"),
        C("date", "acum 35 de ani", iso=None, resolved="1989", relative=True, granularity="year"),
        reference_date="2024-12-16",
        note="gap: missing date 'acum 35 de ani'",
    ),
    Ex(
        "Parlamentul va vota legea bugetului pe 15 martie.",
        C("date", "15 martie", iso="XXXX-03-15", resolved="2025-03-15", granularity="day"),
        reference_date="2025-03-01",
        note="future tense: the next 15 March on or after the reference date",
    ),
]
