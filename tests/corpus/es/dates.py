"""Spanish dates as El País, EFE, Europa Press and La Vanguardia write them.

House styles: ``24 de febrero de 2022``, the EFE dateline ``Bruselas, 14 nov (EFE)``, ``jueves 6 de junio de 2024``
(weekday inside the span), ``julio de 2022``, numeric day first (``15/03/2024``).

Spans: the preposition or article in front stays outside (``el 24 de febrero`` → ``24 de febrero``; ``la semana
pasada`` → ``semana pasada``; ``el año pasado`` → ``año pasado``); ``hace`` belongs to ``hace 15 días`` as ``ago``
does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Rusia lanzó la invasión a gran escala de Ucrania el 24 de febrero de 2022.",
        C("date", "24 de febrero de 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Las elecciones generales del 23 de julio de 2023 dejaron un Congreso muy fragmentado.",
        C("date", "23 de julio de 2023", iso="2023-07-23", granularity="day"),
    ),
    Ex(
        "La dana que arrasó varios municipios de Valencia el 29 de octubre de 2024 causó más de 220 muertos.",
        C("date", "29 de octubre de 2024", iso="2024-10-29", granularity="day"),
    ),
    Ex(
        "El Banco Central Europeo bajó los tipos de interés el jueves 6 de junio de 2024 en su reunión de Fráncfort.",
        C("date", "jueves 6 de junio de 2024", iso="2024-06-06", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "El juicio comenzó el 4 de marzo de 2024 y la sentencia se conoció el 17 de septiembre de 2024.",
        C("date", "4 de marzo de 2024", iso="2024-03-04", granularity="day"),
        C("date", "17 de septiembre de 2024", iso="2024-09-17", granularity="day"),
    ),
    Ex(
        "El acusado permanece en prisión provisional desde el 2 de enero de 2025, informaron fuentes judiciales.",
        C("date", "2 de enero de 2025", iso="2025-01-02", resolved="2025-01-02", granularity="day"),
        reference_date="2025-01-20",
        note="an absolute date resolves to itself",
    ),
    # Numeric, day first
    Ex(
        "La resolución, fechada el 15/03/2024, obliga a la empresa a devolver las ayudas públicas.",
        C("date", "15/03/2024", iso="2024-03-15", granularity="day"),
    ),
    Ex(
        "El contrato, firmado el 28/12/2023, fue anulado por el Tribunal Supremo.",
        C("date", "28/12/2023", iso="2023-12-28", granularity="day"),
    ),
    # Month and year
    Ex(
        "La inflación se situó en el 10,8 % en julio de 2022, según el INE.",
        C("date", "julio de 2022", iso="2022-07", granularity="month"),
    ),
    Ex(
        "Pedro Sánchez llegó a la Moncloa en junio de 2018 tras ganar una moción de censura.",
        C("date", "junio de 2018", iso="2018-06", granularity="month"),
    ),
    # Day and month without a year
    Ex(
        "Bruselas, 14 nov (EFE).- La Comisión Europea rebajó sus previsiones de crecimiento para la zona del euro.",
        C("date", "14 nov", iso="XXXX-11-14", resolved="2024-11-14", relative=False, granularity="day"),
        reference_date="2024-11-14",
        note="EFE dateline: day and abbreviated month",
    ),
    Ex(
        "El incendio se declaró el 11 de agosto y calcinó más de 3.000 hectáreas en la provincia de León.",
        C("date", "11 de agosto", iso="XXXX-08-11", resolved="2025-08-11", relative=False, granularity="day"),
        reference_date="2025-08-20",
    ),
    Ex(
        "Las negociaciones con los sindicatos se rompieron el 20 de diciembre, según fuentes del Ministerio.",
        C("date", "20 de diciembre", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-10",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    Ex(
        "El paro registrado bajó en 25.000 personas en septiembre, según el Ministerio de Trabajo.",
        C("date", "septiembre", iso="XXXX-09", resolved="2024-09", relative=False, granularity="month"),
        reference_date="2024-10-02",
    ),
    # Relative days
    Ex(
        "El presidente del Gobierno se reunió ayer en Rabat con el primer ministro marroquí.",
        C("date", "ayer", iso=None, resolved="2025-02-18", relative=True, granularity="day"),
        reference_date="2025-02-19",
    ),
    Ex(
        "La Bolsa de Madrid cerró hoy con una subida del 1,2 % impulsada por la banca.",
        C("date", "hoy", iso=None, resolved="2024-03-15", relative=True, granularity="day"),
        reference_date="2024-03-15",
    ),
    Ex(
        "El Tribunal Constitucional deliberará mañana sobre el recurso de inconstitucionalidad.",
        C("date", "mañana", iso=None, resolved="2024-05-07", relative=True, granularity="day"),
        reference_date="2024-05-06",
    ),
    Ex(
        "Los dos detenidos quedaron en libertad con cargos anteayer, según la Guardia Civil.",
        C("date", "anteayer", iso=None, resolved="2023-11-06", relative=True, granularity="day"),
        reference_date="2023-11-08",
    ),
    Ex(
        "El montañero desapareció hace 15 días en el Pirineo aragonés.",
        C("date", "hace 15 días", iso=None, resolved="2024-08-05", relative=True, granularity="day"),
        reference_date="2024-08-20",
    ),
    # Weeks, months, years
    Ex(
        "Los precios del aceite de oliva en origen cayeron un 8 % la semana pasada.",
        C("date", "semana pasada", iso=None, resolved="2024-W26", relative=True, granularity="week"),
        reference_date="2024-07-03",
    ),
    Ex(
        "El Congreso votará la reforma de la ley de vivienda la próxima semana.",
        C("date", "próxima semana", iso=None, resolved="2025-W25", relative=True, granularity="week"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Las matriculaciones de coches eléctricos crecieron un 30 % el mes pasado.",
        C("date", "mes pasado", iso=None, resolved="2025-02", relative=True, granularity="month"),
        reference_date="2025-03-05",
    ),
    Ex(
        "España recibió 85 millones de turistas internacionales el año pasado, un récord histórico.",
        C("date", "año pasado", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-02-01",
    ),
    Ex(
        "El Banco de España prevé que la economía crezca un 2,4 % este año.",
        C("date", "este año", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-04-08",
    ),
    Ex(
        "La empresa cerró su última fábrica en España hace 10 años.",
        C("date", "hace 10 años", iso=None, resolved="2014", relative=True, granularity="year"),
        reference_date="2024-07-04",
    ),
    Ex(
        "La alcaldesa anunció el proyecto hace tres años, pero las obras aún no han empezado.",
        C("date", "hace tres años", iso=None, resolved="2021", relative=True, granularity="year"),
        reference_date="2024-09-12",
        note="not in dateparser data: number words beyond un/una (tres) in 'hace tres años'",
    ),
]

NEGATIVES: list[str] = [
    "El mar Mediterráneo registró temperaturas récord, según la Agencia Estatal de Meteorología.",
    "Miles de personas se manifestaron por la mañana en el centro de Madrid.",
    "Las Madres de Plaza de Mayo volvieron a reunirse frente a la Casa Rosada.",
    "El artículo 155 de la Constitución permite intervenir una comunidad autónoma.",
    "El Real Madrid ganó 3-1 al Atlético en el Santiago Bernabéu.",
]

GAPS: list[Ex] = [
    Ex(
        "El Consejo de Ministros aprobará el anteproyecto el 15 de octubre, anunció la portavoz del Gobierno.",
        C("date", "15 de octubre", iso="XXXX-10-15", resolved="2025-10-15", granularity="day"),
        reference_date="2025-09-30",
        note="future tense: the next 15 October on or after the reference date",
    ),
]
