"""Catalan dates as the Agència Catalana de Notícies (ACN), Ara, VilaWeb, El Periódico and 3Cat write them.

House styles: ``24 de febrer de 2022``, ``1 d'octubre de 2017``, ``diumenge 12 de maig de 2024`` (weekday inside the
span), ``juliol de 2022``, numeric day first (``14/03/2024``).

Spans: the article or preposition in front stays outside (``el 24 de febrer`` → ``24 de febrer``, ``l'1 d'octubre``
→ ``1 d'octubre``, ``la setmana passada`` → ``setmana passada``, ``l'any passat`` → ``any passat``); ``fa`` belongs to
``fa 3 dies`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Rússia va envair Ucraïna el 24 de febrer de 2022.",
        C("date", "24 de febrer de 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Les eleccions al Parlament es van celebrar el diumenge 12 de maig de 2024.",
        C("date", "diumenge 12 de maig de 2024", iso="2024-05-12", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Salvador Illa va ser investit president de la Generalitat el 8 d'agost de 2024.",
        C("date", "8 d'agost de 2024", iso="2024-08-08", granularity="day"),
    ),
    Ex(
        "El judici va començar el 15 de gener de 2024 i la sentència es va conèixer el 20 de març de 2024.",
        C("date", "15 de gener de 2024", iso="2024-01-15", granularity="day"),
        C("date", "20 de març de 2024", iso="2024-03-20", granularity="day"),
    ),
    # Numeric, day first
    Ex(
        "Segons la resolució del 14/03/2024, l'empresa ha de pagar una multa de 200.000 euros.",
        C("date", "14/03/2024", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "El contracte amb l'empresa constructora es va signar el 29/11/2023.",
        C("date", "29/11/2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "La inflació va arribar al 10,8% el juliol de 2022, segons l'INE.",
        C("date", "juliol de 2022", iso="2022-07", granularity="month"),
    ),
    Ex(
        "Les obres de la nova estació d'autobusos es van reprendre el setembre de 2023.",
        C("date", "setembre de 2023", iso="2023-09", granularity="month"),
    ),
    # Day and month without a year
    Ex(
        "L'incendi es va declarar el 14 d'agost, segons els Bombers.",
        C("date", "14 d'agost", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-20",
    ),
    Ex(
        "La vaga de Rodalies va acabar el 20 de desembre.",
        C("date", "20 de desembre", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    # Relative days
    Ex(
        "El president es va reunir ahir amb l'alcalde de Barcelona.",
        C("date", "ahir", iso=None, resolved="2024-09-10", relative=True, granularity="day"),
        reference_date="2024-09-11",
    ),
    Ex(
        "L'Ibex 35 ha tancat avui amb una pujada de l'1%.",
        C("date", "avui", iso=None, resolved="2025-02-19", relative=True, granularity="day"),
        reference_date="2025-02-19",
    ),
    Ex(
        "Els metges faran vaga demà a tot Catalunya.",
        C("date", "demà", iso=None, resolved="2023-11-30", relative=True, granularity="day"),
        reference_date="2023-11-29",
    ),
    # Weeks, months, years
    Ex(
        "El preu de la benzina va baixar la setmana passada.",
        C("date", "setmana passada", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-16",
    ),
    Ex(
        "El Govern aprovarà els pressupostos la setmana que ve.",
        C("date", "setmana que ve", iso=None, resolved="2025-W11", relative=True, granularity="week"),
        reference_date="2025-03-05",
    ),
    Ex(
        "Les vendes de cotxes van créixer un 10% el mes passat.",
        C("date", "mes passat", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Catalunya va rebre 18 milions de turistes internacionals l'any passat.",
        C("date", "any passat", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-02-01",
    ),
    Ex(
        "El Govern preveu que l'economia catalana creixi un 2,5% enguany.",
        C("date", "enguany", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-04-02",
    ),
    Ex(
        "El salari mínim pujarà l'any que ve.",
        C("date", "any que ve", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-10-01",
    ),
]

NEGATIVES: list[str] = [
    "Set persones han resultat ferides en l'accident de l'AP-7.",
    "Els veïns es queixen des de fa temps del soroll de l'aeroport.",
    "El Barça va guanyar el Madrid per 2-1 a Montjuïc.",
    "L'article 155 de la Constitució permet intervenir una comunitat autònoma.",
]

GAPS: list[Ex] = [
    Ex(
        "El referèndum d'independència es va celebrar l'1 d'octubre de 2017.",
        C("date", "1 d'octubre de 2017", iso="2017-10-01", granularity="day"),
        note='gap: missing date "1 d\'octubre de 2017" (found date:"d\'octubre de 2017")',
    ),
    Ex(
        "El Parlament votarà la llei el 17 de juny.",
        C("date", "17 de juny", iso="XXXX-06-17", resolved="2025-06-17", granularity="day"),
        reference_date="2025-06-03",
        note="future tense: the next 17 June on or after the reference date",
    ),
    Ex(
        "Els Mossos van detenir el sospitós abans-d'ahir a Girona.",
        C("date", "abans-d'ahir", iso=None, resolved="2023-05-08", relative=True, granularity="day"),
        reference_date="2023-05-10",
        note="dateparser lists 'abans-d’ahir' (typographic apostrophe) but parses neither spelling",
    ),
    Ex(
        "L'excursionista va desaparèixer fa 3 dies al Pirineu.",
        C("date", "fa 3 dies", iso=None, resolved="2024-02-16", relative=True, granularity="day"),
        reference_date="2024-02-19",
        note="gap: missing date 'fa 3 dies'",
    ),
    Ex(
        "El pont sobre l'Ebre es va inaugurar fa 10 anys.",
        C("date", "fa 10 anys", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-06-10",
        note="gap: missing date 'fa 10 anys'",
    ),
]
