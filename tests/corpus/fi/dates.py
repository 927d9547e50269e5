"""Finnish dates as STT, Yle, Helsingin Sanomat and Iltalehti write them.

House styles: ``24. helmikuuta 2022`` (ordinal dot on the day, month in the partitive), ``tiistaina 4. huhtikuuta
2023`` (weekday inside the span), month and year in the inessive (``joulukuussa 2022``), numeric day first without
leading zeros (``14.3.2024``).

Spans: Finnish marks ``in``/``on`` with case endings on the words of the date itself (``joulukuussa``,
``tiistaina``), so the whole inflected word is in the span; ``sitten`` belongs to ``3 päivää sitten`` as ``ago``
does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Venäjä hyökkäsi Ukrainaan 24. helmikuuta 2022.",
        C("date", "24. helmikuuta 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Suomi liittyi Naton jäseneksi tiistaina 4. huhtikuuta 2023.",
        C("date", "tiistaina 4. huhtikuuta 2023", iso="2023-04-04", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Eduskuntavaalit järjestettiin 2. huhtikuuta 2023, ja kokoomus nousi suurimmaksi puolueeksi.",
        C("date", "2. huhtikuuta 2023", iso="2023-04-02", granularity="day"),
    ),
    Ex(
        "Alexander Stubb voitti presidentinvaalin toisen kierroksen 11. helmikuuta 2024.",
        C("date", "11. helmikuuta 2024", iso="2024-02-11", granularity="day"),
    ),
    Ex(
        "Oikeudenkäynti alkoi 15. tammikuuta 2024, ja tuomio annettiin 20. maaliskuuta 2024.",
        C("date", "15. tammikuuta 2024", iso="2024-01-15", granularity="day"),
        C("date", "20. maaliskuuta 2024", iso="2024-03-20", granularity="day"),
    ),
    # Numeric, day first
    Ex(
        "Hallinto-oikeuden 14.3.2024 antaman päätöksen mukaan yhtiön on maksettava korvauksia.",
        C("date", "14.3.2024", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "Sopimus allekirjoitettiin 29.11.2023 Helsingissä.",
        C("date", "29.11.2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Inflaatio oli 9,1 prosenttia joulukuussa 2022 Tilastokeskuksen mukaan.",
        C("date", "joulukuussa 2022", iso="2022-12", granularity="month"),
    ),
    Ex(
        "Petteri Orpon hallitus nimitettiin kesäkuussa 2023.",
        C("date", "kesäkuussa 2023", iso="2023-06", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "Metsäpalo syttyi 14. elokuuta pelastuslaitoksen mukaan.",
        C("date", "14. elokuuta", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-20",
    ),
    Ex(
        "Satamalakko päättyi 22. joulukuuta.",
        C("date", "22. joulukuuta", iso="XXXX-12-22", resolved="2024-12-22", granularity="day"),
        reference_date="2025-01-10",
        note="the most recent 22 December before a January reference date is in the previous year",
    ),
    # Relative days
    Ex(
        "Pääministeri tapasi eilen Ukrainan presidentin Kiovassa.",
        C("date", "eilen", iso=None, resolved="2024-05-28", relative=True, granularity="day"),
        reference_date="2024-05-29",
    ),
    Ex(
        "Helsingin pörssi nousi tänään 1,3 prosenttia.",
        C("date", "tänään", iso=None, resolved="2025-01-14", relative=True, granularity="day"),
        reference_date="2025-01-14",
    ),
    Ex(
        "Ammattiliitot aloittavat huomenna poliittiset lakot eri puolilla maata.",
        C("date", "huomenna", iso=None, resolved="2024-02-01", relative=True, granularity="day"),
        reference_date="2024-01-31",
    ),
    Ex(
        "Veneilijä katosi 3 päivää sitten Saaristomerellä.",
        C("date", "3 päivää sitten", iso=None, resolved="2024-07-19", relative=True, granularity="day"),
        reference_date="2024-07-22",
    ),
    # Weeks, months, years
    Ex(
        "Sähkön hinta laski viime viikolla selvästi.",
        C("date", "viime viikolla", iso=None, resolved="2024-W49", relative=True, granularity="week"),
        reference_date="2024-12-11",
    ),
    Ex(
        "Hallitus kertoo budjettiriihen tuloksista ensi viikolla.",
        C("date", "ensi viikolla", iso=None, resolved="2025-W36", relative=True, granularity="week"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Asuntokauppa piristyi viime kuussa.",
        C("date", "viime kuussa", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-05",
    ),
    Ex(
        "Suomen talous supistui viime vuonna prosentin.",
        C("date", "viime vuonna", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-02-29",
    ),
    Ex(
        "Valtiovarainministeriö ennustaa talouden kasvavan tänä vuonna prosentin.",
        C("date", "tänä vuonna", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-27",
    ),
    Ex(
        "Polttoaineveroa lasketaan ensi vuonna.",
        C("date", "ensi vuonna", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-04-17",
    ),
    Ex(
        "Silta avattiin liikenteelle 10 vuotta sitten.",
        C("date", "10 vuotta sitten", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-06-12",
    ),
]

NEGATIVES: list[str] = [
    "Vihreiden entinen puheenjohtaja Touko Aalto palasi politiikkaan.",
    "HIFK voitti Kärpät 4–2 Helsingin jäähallissa.",
    "Perustuslain 12 §:n mukaan jokaisella on sananvapaus.",
    "Poliisi tutkii tapausta törkeänä pahoinpitelynä.",
]

GAPS: list[Ex] = [
    Ex(
        "Työttömyysaste nousi elokuussa 8,5 prosenttiin.",
        C("date", "elokuussa", iso="XXXX-08", resolved="2024-08", relative=False, granularity="month"),
        reference_date="2024-09-25",
        note="gap: missing date 'elokuussa'",
    ),
    Ex(
        "Kadonnut mies löytyi toissapäivänä Inarista.",
        C("date", "toissapäivänä", iso=None, resolved="2023-11-13", relative=True, granularity="day"),
        reference_date="2023-11-15",
        note="not in dateparser data: the one-word 'toissapäivänä' (only 'toissa päivänä')",
    ),
]
