"""Swahili dates as Mwananchi, Habari Leo, Taifa Leo and BBC Swahili write them.

House styles: month first in Tanzanian and Kenyan papers (``Februari 24, 2022``), day first at BBC Swahili
(``tarehe 9 Agosti 2022``), ``Jumatano, Oktoba 29, 2025`` (weekday inside the span), ``Oktoba 2022``, numeric day
first (``14/03/2024``).

Spans: ``tarehe`` (the date, as in ``tarehe 9 Agosti``) is not in dateparser's data and stays outside, as a
preposition does; ``iliyopita``/``zilizopita`` belong to ``miaka 10 iliyopita`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Urusi ilivamia Ukraine Februari 24, 2022.",
        C("date", "Februari 24, 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Rais Samia Suluhu Hassan aliapishwa Machi 19, 2021 baada ya kifo cha John Magufuli.",
        C("date", "Machi 19, 2021", iso="2021-03-19", granularity="day"),
    ),
    Ex(
        "Uchaguzi mkuu wa Kenya ulifanyika tarehe 9 Agosti 2022 katika majimbo yote.",
        C("date", "9 Agosti 2022", iso="2022-08-09", granularity="day"),
        note="BBC Swahili order: day first",
    ),
    Ex(
        "Uchaguzi mkuu wa Tanzania ulifanyika Jumatano, Oktoba 29, 2025.",
        C("date", "Jumatano, Oktoba 29, 2025", iso="2025-10-29", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Kesi ilianza Januari 15, 2024 na hukumu ikatolewa Aprili 30, 2024.",
        C("date", "Januari 15, 2024", iso="2024-01-15", granularity="day"),
        C("date", "Aprili 30, 2024", iso="2024-04-30", granularity="day"),
    ),
    # Numeric, day first
    Ex(
        "Kwa mujibu wa barua ya tarehe 14/03/2024, mkandarasi alitakiwa kukamilisha kazi hiyo.",
        C("date", "14/03/2024", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "Mkataba huo ulisainiwa 29/11/2023 jijini Dodoma.",
        C("date", "29/11/2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Mfumuko wa bei nchini Kenya ulifikia asilimia 9.6 Oktoba 2022.",
        C("date", "Oktoba 2022", iso="2022-10", granularity="month"),
    ),
    Ex(
        "Ujenzi wa Daraja la Kigongo–Busisi ulianza Februari 2020.",
        C("date", "Februari 2020", iso="2020-02", granularity="month"),
    ),
    # Month and day without a year
    Ex(
        "Moto huo ulizuka Agosti 14, kwa mujibu wa Jeshi la Zimamoto.",
        C("date", "Agosti 14", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-21",
    ),
    Ex(
        "Mgomo wa madaktari ulimalizika Desemba 20.",
        C("date", "Desemba 20", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    # Relative days
    Ex(
        "Rais alikutana jana na Waziri Mkuu wa India Ikulu jijini Dar es Salaam.",
        C("date", "jana", iso=None, resolved="2024-10-09", relative=True, granularity="day"),
        reference_date="2024-10-10",
    ),
    Ex(
        "Shilingi ya Kenya imeimarika leo dhidi ya dola ya Marekani.",
        C("date", "leo", iso=None, resolved="2025-03-11", relative=True, granularity="day"),
        reference_date="2025-03-11",
    ),
    Ex(
        "Walimu wataanza mgomo kesho nchi nzima.",
        C("date", "kesho", iso=None, resolved="2024-08-26", relative=True, granularity="day"),
        reference_date="2024-08-25",
    ),
    Ex(
        "Mshukiwa alikamatwa juzi mjini Mombasa.",
        C("date", "juzi", iso=None, resolved="2023-09-12", relative=True, granularity="day"),
        reference_date="2023-09-14",
        note="not in dateparser data: 'juzi' (the day before yesterday)",
    ),
    # Weeks, months, years
    Ex(
        "Bei ya mafuta ya petroli ilipanda wiki iliyopita.",
        C("date", "wiki iliyopita", iso=None, resolved="2024-W40", relative=True, granularity="week"),
        reference_date="2024-10-09",
    ),
    Ex(
        "Serikali itawasilisha bajeti bungeni wiki ijayo.",
        C("date", "wiki ijayo", iso=None, resolved="2025-W24", relative=True, granularity="week"),
        reference_date="2025-06-04",
    ),
    Ex(
        "Mauzo ya chai nje ya nchi yaliongezeka mwezi uliopita.",
        C("date", "mwezi uliopita", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-05",
    ),
    Ex(
        "Ada za shule za sekondari zitapunguzwa mwaka ujao.",
        C("date", "mwaka ujao", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-11-04",
    ),
]

NEGATIVES: list[str] = [
    "Mwezi mpevu ulionekana angani kote nchini.",
    "Simba SC iliifunga Yanga 2-1 katika Uwanja wa Benjamin Mkapa.",
    "Kifungu cha 18 cha Katiba kinalinda uhuru wa maoni.",
    "Polisi wamewakamata watu wawili kuhusiana na tukio hilo.",
]

GAPS: list[Ex] = [
    Ex(
        "Bunge litapiga kura kuhusu muswada huo Juni 17.",
        C("date", "Juni 17", iso="XXXX-06-17", resolved="2025-06-17", granularity="day"),
        reference_date="2025-06-03",
        note="future tense: the next 17 June on or after the reference date",
    ),
    Ex(
        "Wavuvi hao walipotea siku tatu zilizopita katika Ziwa Victoria.",
        C("date", "siku tatu zilizopita", iso=None, resolved="2024-05-17", relative=True, granularity="day"),
        reference_date="2024-05-20",
        note="not in dateparser data: number words (tatu) in 'siku tatu zilizopita' (only digits)",
    ),
    Ex(
        "Uchumi wa Tanzania ulikua kwa asilimia 5.5 mwaka jana.",
        C("date", "mwaka jana", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-06-12",
        note="not in dateparser data: 'mwaka jana' (last year; only 'mwaka uliopita'); dateparser reads it as "
        "'jana', yesterday",
    ),
    Ex(
        "Benki Kuu inatarajia uchumi kukua kwa asilimia 6 mwaka huu.",
        C("date", "mwaka huu", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-02-20",
        note="gap: missing date 'mwaka huu'",
    ),
    Ex(
        "Daraja hilo lilifunguliwa miaka 10 iliyopita.",
        C("date", "miaka 10 iliyopita", iso=None, resolved="2016", relative=True, granularity="year"),
        reference_date="2026-04-16",
        note="gap: missing date 'miaka 10 iliyopita'",
    ),
]
