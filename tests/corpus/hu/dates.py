"""Hungarian dates as MTI, Telex, Index and HVG write them.

House styles: year first (``2022. február 24-én``), ``2023. febr. 15-i``, numeric year first (``2024.03.15-i``,
``2023. 11. 29-én``), month and year with a possessive case ending (``2023 januárjában``).

Spans: the case ending after the hyphen stays outside, as a preposition does in other languages (``2022. február
24-én`` → ``2022. február 24``, ``2024.03.15-i`` → ``2024.03.15``); a date sits mid-sentence, where no full stop
after the day can be taken for the end of the sentence. ``napja``/``éve`` and ``ezelőtt`` belong to ``3 napja`` and
``15 évvel ezelőtt`` as ``ago`` does in English.

dateparser's Hungarian data lacks the relative words Hungarian news uses most (``tavaly``, ``idén``, ``jövőre``,
``múlt héten``, ``jövő héten``, ``múlt hónapban``) and the possessive month forms (``januárjában``): the examples
that use them say so.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates, year first
    Ex(
        "Oroszország 2022. február 24-én támadta meg Ukrajnát.",
        C("date", "2022. február 24", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Az országgyűlési választást 2022. április 3-án tartották.",
        C("date", "2022. április 3", iso="2022-04-03", granularity="day"),
    ),
    Ex(
        "Novák Katalin 2024. február 10-én jelentette be lemondását.",
        C("date", "2024. február 10", iso="2024-02-10", granularity="day"),
    ),
    Ex(
        "A per 2023. szeptember 12-én kezdődött, az ítéletet 2024. január 30-án hirdették ki.",
        C("date", "2023. szeptember 12", iso="2023-09-12", granularity="day"),
        C("date", "2024. január 30", iso="2024-01-30", granularity="day"),
    ),
    Ex(
        "A kormány 2023. febr. 15-i határozata szerint a támogatást megszüntetik.",
        C("date", "2023. febr. 15", iso="2023-02-15", granularity="day"),
        note="abbreviated month with its dot",
    ),
    # Numeric, year first
    # Month and year
    # Month and day without a year
    Ex(
        "A tűz augusztus 14-én ütött ki a katasztrófavédelem szerint.",
        C("date", "augusztus 14", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-20",
    ),
    Ex(
        "A vasutasok sztrájkja december 20-án ért véget.",
        C("date", "december 20", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    # Relative days
    Ex(
        "A miniszterelnök tegnap Brüsszelben tárgyalt az Európai Bizottság elnökével.",
        C("date", "tegnap", iso=None, resolved="2024-06-26", relative=True, granularity="day"),
        reference_date="2024-06-27",
    ),
    Ex(
        "A forint ma gyengült az euróval szemben.",
        C("date", "ma", iso=None, resolved="2024-10-08", relative=True, granularity="day"),
        reference_date="2024-10-08",
    ),
    Ex(
        "A pedagógusok holnap figyelmeztető sztrájkot tartanak.",
        C("date", "holnap", iso=None, resolved="2024-01-31", relative=True, granularity="day"),
        reference_date="2024-01-30",
    ),
    Ex(
        "A gyanúsítottat tegnapelőtt fogták el Debrecenben.",
        C("date", "tegnapelőtt", iso=None, resolved="2023-09-04", relative=True, granularity="day"),
        reference_date="2023-09-06",
    ),
    # Weeks, months, years
    Ex(
        "Az üzemanyagárak múlt héten csökkentek.",
        C("date", "múlt héten", iso=None, resolved="2024-W45", relative=True, granularity="week"),
        reference_date="2024-11-13",
        note="not in dateparser data: 'múlt héten' (last week; only 'előző hét')",
    ),
    Ex(
        "A kormány jövő héten dönt a költségvetésről.",
        C("date", "jövő héten", iso=None, resolved="2025-W21", relative=True, granularity="week"),
        reference_date="2025-05-14",
        note="not in dateparser data: 'jövő héten' (next week; only 'következő hét')",
    ),
    Ex(
        "A munkanélküliségi ráta múlt hónapban 4,5 százalékra nőtt.",
        C("date", "múlt hónapban", iso=None, resolved="2024-09", relative=True, granularity="month"),
        reference_date="2024-10-23",
        note="not in dateparser data: 'múlt hónapban' (last month; only 'előző hónap')",
    ),
    Ex(
        "A magyar gazdaság tavaly 0,5 százalékkal nőtt.",
        C("date", "tavaly", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-02-14",
        note="not in dateparser data: 'tavaly' (last year)",
    ),
    Ex(
        "A kormány idén 3,4 százalékos gazdasági növekedéssel számol.",
        C("date", "idén", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-01-15",
        note="not in dateparser data: 'idén' (this year)",
    ),
    Ex(
        "A minimálbér jövőre 10 százalékkal emelkedik.",
        C("date", "jövőre", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-12-05",
        note="not in dateparser data: 'jövőre' (next year)",
    ),
    Ex(
        "A gyár 15 évvel ezelőtt zárta be kapuit.",
        C("date", "15 évvel ezelőtt", iso=None, resolved="2009", relative=True, granularity="year"),
        reference_date="2024-05-01",
    ),
]

NEGATIVES: list[str] = [
    "A IX. kerületben új bölcsőde nyílt.",
    "Az Alaptörvény IX. cikke védi a véleménynyilvánítás szabadságát.",
    "A Ferencváros 2-1-re nyert az Újpest ellen.",
    "A rendőrség két embert állított elő a tüntetésen.",
]

GAPS: list[Ex] = [
    Ex(
        "A bíróság 2024.03.15-i döntése értelmében a cégnek bírságot kell fizetnie.",
        C("date", "2024.03.15", iso="2024-03-15", granularity="day"),
        note="gap: missing date '2024.03.15'",
    ),
    Ex(
        "A szerződést 2023. 11. 29-én írták alá a minisztériumban.",
        C("date", "2023. 11. 29", iso="2023-11-29", granularity="day"),
        note="gap: missing date '2023. 11. 29'",
    ),
    Ex(
        "Az infláció 2023 januárjában 25,7 százalékon tetőzött.",
        C("date", "2023 januárjában", iso="2023-01", granularity="month"),
        note="not in dateparser data: the possessive month form 'januárjában' (in January of)",
    ),
    Ex(
        "Az Országgyűlés június 17-én fog szavazni a javaslatról.",
        C("date", "június 17", iso="XXXX-06-17", resolved="2025-06-17", granularity="day"),
        reference_date="2025-06-02",
        note="future tense: the next 17 June on or after the reference date",
    ),
    Ex(
        "Az eltűnt turista 3 napja indult túrázni a Bükkben.",
        C("date", "3 napja", iso=None, resolved="2024-02-09", relative=True, granularity="day"),
        reference_date="2024-02-12",
        note="gap: missing date '3 napja'",
    ),
    Ex(
        "A Duna-híd 10 éve épült meg.",
        C("date", "10 éve", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-04-01",
        note="gap: missing date '10 éve'",
    ),
]
