"""Albanian dates as ATSH, Top Channel, Panorama and Koha Ditore write them.

House styles: ``më 24 shkurt 2022`` (day first, lowercase month), ``të dielën, 11 maj 2025`` (weekday inside the
span), ``nëntor 2019``, numeric day first with dots (``14.03.2024``).

Spans: the preposition in front stays outside (``më 24 shkurt 2022`` → ``24 shkurt 2022``, ``në nëntor 2019`` →
``nëntor 2019``, ``të datës 14.03.2024`` → ``14.03.2024``); the weekday keeps its particle (``të dielën``, as
dateparser lists ``e diel``); ``më parë`` belongs to ``3 ditë më parë`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Rusia nisi pushtimin në shkallë të plotë të Ukrainës më 24 shkurt 2022.",
        C("date", "24 shkurt 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Shqipëria u anëtarësua në NATO më 1 prill 2009.",
        C("date", "1 prill 2009", iso="2009-04-01", granularity="day"),
    ),
    Ex(
        "Kosova shpalli pavarësinë më 17 shkurt 2008.",
        C("date", "17 shkurt 2008", iso="2008-02-17", granularity="day"),
    ),
    Ex(
        "Gjyqi nisi më 15 janar 2024 dhe vendimi u shpall më 20 mars 2024.",
        C("date", "15 janar 2024", iso="2024-01-15", granularity="day"),
        C("date", "20 mars 2024", iso="2024-03-20", granularity="day"),
    ),
    # Numeric, day first with dots
    Ex(
        "Sipas vendimit të datës 14.03.2024, kompania duhet të paguajë një gjobë.",
        C("date", "14.03.2024", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "Marrëveshja u nënshkrua më 29.11.2023 në Tiranë.",
        C("date", "29.11.2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Tërmeti shkatërrues goditi Durrësin në nëntor 2019.",
        C("date", "nëntor 2019", iso="2019-11", granularity="month"),
    ),
    # Day and month without a year
    Ex(
        "Zjarri në pyll shpërtheu më 14 gusht, sipas zjarrfikësve.",
        C("date", "14 gusht", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-20",
    ),
    Ex(
        "Greva e minatorëve përfundoi më 20 dhjetor.",
        C("date", "20 dhjetor", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    # Relative days
    Ex(
        "Kryeministri u takua dje me presidentin e Francës.",
        C("date", "dje", iso=None, resolved="2024-11-19", relative=True, granularity="day"),
        reference_date="2024-11-20",
    ),
    Ex(
        "Euro u dobësua sot ndaj lekut.",
        C("date", "sot", iso=None, resolved="2025-02-12", relative=True, granularity="day"),
        reference_date="2025-02-12",
    ),
    Ex(
        "Mësuesit do të nisin grevën nesër.",
        C("date", "nesër", iso=None, resolved="2024-01-22", relative=True, granularity="day"),
        reference_date="2024-01-21",
    ),
    Ex(
        "I dyshuari u arrestua pardje në Shkodër.",
        C("date", "pardje", iso=None, resolved="2023-06-12", relative=True, granularity="day"),
        reference_date="2023-06-14",
        note="not in dateparser data: 'pardje' (the day before yesterday)",
    ),
    Ex(
        "Alpinisti u zhduk 3 ditë më parë në Alpet Shqiptare.",
        C("date", "3 ditë më parë", iso=None, resolved="2024-07-19", relative=True, granularity="day"),
        reference_date="2024-07-22",
    ),
    # Weeks, months, years
    Ex(
        "Çmimet e karburanteve ranë javën e kaluar.",
        C("date", "javën e kaluar", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-16",
    ),
    Ex(
        "Qeveria do ta paraqesë projektbuxhetin javën e ardhshme.",
        C("date", "javën e ardhshme", iso=None, resolved="2025-W42", relative=True, granularity="week"),
        reference_date="2025-10-08",
    ),
    Ex(
        "Shitjet e makinave të reja u rritën muajin e kaluar.",
        C("date", "muajin e kaluar", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Shqipëria priti mbi 10 milionë turistë të huaj vitin e kaluar.",
        C("date", "vitin e kaluar", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-01-20",
    ),
    Ex(
        "Banka e Shqipërisë parashikon rritje ekonomike prej 3,5 për qind këtë vit.",
        C("date", "këtë vit", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-20",
    ),
    Ex(
        "Paga minimale do të rritet vitin e ardhshëm.",
        C("date", "vitin e ardhshëm", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-09-20",
    ),
    Ex(
        "Ura mbi lumin Drin u përurua 10 vjet më parë.",
        C("date", "10 vjet më parë", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-06-10",
    ),
]

NEGATIVES: list[str] = [
    "Mot i keq pritet në jug të vendit.",
    "Gjykata e dënoi të pandehurin me 20 vjet burg.",
    "Partizani mundi Tiranën 2-1 në Arena Kombëtare.",
    "Neni 22 i Kushtetutës garanton lirinë e shprehjes.",
]

GAPS: list[Ex] = [
    Ex(
        "Zgjedhjet parlamentare në Shqipëri u mbajtën të dielën, 11 maj 2025.",
        C("date", "të dielën, 11 maj 2025", iso="2025-05-11", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span; not in dateparser data: the "
        "accusative weekday 'të dielën' (only 'e diel')",
    ),
    Ex(
        "Kuvendi do të votojë projektligjin më 17 qershor.",
        C("date", "17 qershor", iso="XXXX-06-17", resolved="2025-06-17", granularity="day"),
        reference_date="2025-06-03",
        note="future tense: the next 17 June on or after the reference date",
    ),
]
