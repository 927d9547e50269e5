"""Estonian dates as ERR, Postimees, Eesti Päevaleht and BNS write them.

House styles: a day and month in the adessive when something happens on it (``24. veebruaril 2022``), the nominative
when the date is named (``14. märts 2024``), ``pühapäeval, 5. märtsil 2023`` (weekday inside the span), month and year
``2022. aasta augustis``, numeric day first with dots (``14.03.2024``).

Spans: Estonian marks ``on``/``in`` with case endings on the words of the date itself (``veebruaril``,
``augustis``), so the whole inflected word is in the span; ``aasta`` stands between the year and the month and is in
the span; ``eest``/``tagasi`` belong to ``3 päeva eest`` and ``10 aastat tagasi`` as ``ago`` does in English.

dateparser's Estonian data has month names and relative words only in the nominative (``veebruar``, ``eelmine
nädal``), while running text uses the adessive and inessive (``veebruaril``, ``eelmisel nädalal``, ``augustis``):
the examples that use them say so.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

CASES = "not in dateparser data: the adessive/inessive month forms (veebruaril, märtsil, augustis, ...)"

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Venemaa alustas täiemahulist sissetungi Ukrainasse 24. veebruaril 2022.",
        C("date", "24. veebruaril 2022", iso="2022-02-24", relative=False, granularity="day"),
        note=CASES,
    ),
    Ex(
        "Eesti ühines euroalaga 1. jaanuaril 2011.",
        C("date", "1. jaanuaril 2011", iso="2011-01-01", granularity="day"),
        note=CASES,
    ),
    Ex(
        "Riigikogu valimised toimusid pühapäeval, 5. märtsil 2023, ja võitis Reformierakond.",
        C("date", "pühapäeval, 5. märtsil 2023", iso="2023-03-05", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span; not in dateparser data: the "
        "adessive weekday 'pühapäeval'; " + CASES,
    ),
    Ex(
        "Kohtuotsuse kuupäev on 14. märts 2024 ja see on jõustunud.",
        C("date", "14. märts 2024", iso="2024-03-14", granularity="day"),
        note="the nominative, as dateparser lists it",
    ),
    # Numeric, day first
    Ex(
        "Ringkonnakohtu 14.03.2024 otsuse järgi peab ettevõte maksma trahvi.",
        C("date", "14.03.2024", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "Leping ehitusfirmaga allkirjastati 29.11.2023 Tallinnas.",
        C("date", "29.11.2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Aastane inflatsioon ulatus 2022. aasta augustis 25,2 protsendini.",
        C("date", "2022. aasta augustis", iso="2022-08", granularity="month"),
        note=CASES + "; and 'aasta' between year and month",
    ),
    # Day and month without a year
    Ex(
        "Tulekahju laos puhkes 14. augustil, teatas päästeamet.",
        C("date", "14. augustil", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-20",
        note=CASES,
    ),
    Ex(
        "Sadamatöötajate streik lõppes 20. detsembril.",
        C("date", "20. detsembril", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 20 December before a January reference date is in the previous year; " + CASES,
    ),
    # Relative days
    Ex(
        "Peaminister kohtus eile Soome peaministriga.",
        C("date", "eile", iso=None, resolved="2024-11-19", relative=True, granularity="day"),
        reference_date="2024-11-20",
    ),
    Ex(
        "Tallinna börsi indeks tõusis täna 0,6 protsenti.",
        C("date", "täna", iso=None, resolved="2025-02-12", relative=True, granularity="day"),
        reference_date="2025-02-12",
    ),
    Ex(
        "Õpetajad alustavad homme streiki.",
        C("date", "homme", iso=None, resolved="2024-01-22", relative=True, granularity="day"),
        reference_date="2024-01-21",
    ),
    Ex(
        "Kahtlustatav peeti kinni üleeile Tartus.",
        C("date", "üleeile", iso=None, resolved="2023-06-12", relative=True, granularity="day"),
        reference_date="2023-06-14",
        note="not in dateparser data: 'üleeile' (the day before yesterday)",
    ),
    Ex(
        "Matkaja kadus 3 päeva eest Soomaa rabas.",
        C("date", "3 päeva eest", iso=None, resolved="2024-07-19", relative=True, granularity="day"),
        reference_date="2024-07-22",
    ),
    # Weeks, months, years
    Ex(
        "Eelmine nädal oli Tallinna börsil rahulik.",
        C("date", "Eelmine nädal", iso=None, resolved="2024-W27", relative=True, granularity="week"),
        reference_date="2024-07-10",
    ),
    Ex(
        "Kütusehinnad langesid eelmisel nädalal.",
        C("date", "eelmisel nädalal", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-16",
        note="not in dateparser data: the adessive 'eelmisel nädalal' (only the nominative 'eelmine nädal')",
    ),
    Ex(
        "Valitsus esitab riigieelarve eelnõu järgmisel nädalal.",
        C("date", "järgmisel nädalal", iso=None, resolved="2025-W40", relative=True, granularity="week"),
        reference_date="2025-09-24",
        note="not in dateparser data: the adessive 'järgmisel nädalal' (only the nominative 'järgmine nädal')",
    ),
    Ex(
        "Uute autode müük kasvas eelmisel kuul 10 protsenti.",
        C("date", "eelmisel kuul", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-03",
        note="not in dateparser data: the adessive 'eelmisel kuul' (only the nominative 'eelmine kuu')",
    ),
    Ex(
        "Eesti majandus kahanes mullu 0,3 protsenti.",
        C("date", "mullu", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-03-03",
        note="not in dateparser data: 'mullu' (last year)",
    ),
    Ex(
        "Eesti Pank prognoosib tänavu majanduse väikest kasvu.",
        C("date", "tänavu", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-20",
        note="not in dateparser data: 'tänavu' (this year)",
    ),
    Ex(
        "Sild üle Emajõe avati 10 aastat tagasi.",
        C("date", "10 aastat tagasi", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-06-10",
        note="not in dateparser data: 'tagasi' (ago; only 'eest') and the partitive 'aastat'",
    ),
]

NEGATIVES: list[str] = [
    "Kuu varjutust oli näha kogu Eestis.",
    "Tallinna FC Flora võitis Levadiat 2:1.",
    "Põhiseaduse § 45 tagab igaühe õiguse oma arvamust vabalt levitada.",
    "Politsei pidas kinni kaks kahtlustatavat.",
]
