"""Russian dates as ТАСС, РИА Новости, Интерфакс, Коммерсантъ and Meduza write them.

House styles: ``24 февраля 2022 года`` and ``7 мая 2024 г.`` (the year word is part of the written date and
dateparser lists ``года`` and ``г``), ``пятницу, 22 марта 2024 года`` (weekday inside the span), month and year
(``за февраль 2023 года``, ``в октябре 2024 года``), numeric day first with dots (``14.03.2024``).

Spans: the preposition in front stays outside (``в октябре 2024 года`` → ``октябре 2024 года``, ``на прошлой неделе``
→ ``прошлой неделе``, ``в прошлом году`` → ``прошлом году``, ``от 14.03.2024`` → ``14.03.2024``); ``назад`` belongs to
``три дня назад`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Боевые действия на Украине начались 24 февраля 2022 года.",
        C("date", "24 февраля 2022 года", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Теракт в «Крокус Сити Холле» произошел в пятницу, 22 марта 2024 года.",
        C("date", "пятницу, 22 марта 2024 года", iso="2024-03-22", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Самолет Евгения Пригожина разбился 23 августа 2023 года в Тверской области.",
        C("date", "23 августа 2023 года", iso="2023-08-23", granularity="day"),
    ),
    Ex(
        "Указ от 7 мая 2024 г. определяет национальные цели развития страны.",
        C("date", "7 мая 2024 г.", iso="2024-05-07", granularity="day"),
        note="the abbreviated year word 'г.'",
    ),
    Ex(
        "Процесс начался 15 января 2024 года, а приговор был оглашен 20 марта 2024 года.",
        C("date", "15 января 2024 года", iso="2024-01-15", granularity="day"),
        C("date", "20 марта 2024 года", iso="2024-03-20", granularity="day"),
    ),
    # Numeric, day first with dots
    Ex(
        "Согласно постановлению от 14.03.2024, компания обязана выплатить штраф.",
        C("date", "14.03.2024", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "Договор о поставках был подписан 29.11.2023 в Москве.",
        C("date", "29.11.2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Годовая инфляция за февраль 2023 года составила 11 процентов.",
        C("date", "февраль 2023 года", iso="2023-02", granularity="month"),
    ),
    Ex(
        "Банк России повысил ключевую ставку до 21 процента в октябре 2024 года.",
        C("date", "октябре 2024 года", iso="2024-10", granularity="month"),
        note="not in dateparser data: the prepositional month forms (в январе, в феврале, ... в октябре)",
    ),
    # Day and month without a year
    Ex(
        "Пожар на складе начался 14 августа, сообщили в МЧС.",
        C("date", "14 августа", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-20",
    ),
    Ex(
        "Забастовка рабочих завода завершилась 20 декабря.",
        C("date", "20 декабря", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-09",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    # Relative days
    Ex(
        "Президент вчера провел переговоры с премьер-министром Индии.",
        C("date", "вчера", iso=None, resolved="2024-07-08", relative=True, granularity="day"),
        reference_date="2024-07-09",
    ),
    Ex(
        "Курс доллара на Московской бирже сегодня снизился.",
        C("date", "сегодня", iso=None, resolved="2025-04-22", relative=True, granularity="day"),
        reference_date="2025-04-22",
    ),
    Ex(
        "Центробанк завтра объявит решение по ключевой ставке.",
        C("date", "завтра", iso=None, resolved="2024-06-07", relative=True, granularity="day"),
        reference_date="2024-06-06",
    ),
    Ex(
        "Подозреваемый был задержан позавчера в Екатеринбурге.",
        C("date", "позавчера", iso=None, resolved="2023-10-16", relative=True, granularity="day"),
        reference_date="2023-10-18",
    ),
    Ex(
        "Турист пропал три дня назад в горах Алтая.",
        C("date", "три дня назад", iso=None, resolved="2024-08-09", relative=True, granularity="day"),
        reference_date="2024-08-12",
    ),
    # Weeks, months, years
    Ex(
        "Цены на бензин на прошлой неделе выросли на 0,3 процента.",
        C("date", "прошлой неделе", iso=None, resolved="2024-W35", relative=True, granularity="week"),
        reference_date="2024-09-04",
    ),
    Ex(
        "Правительство внесет проект бюджета в Госдуму на следующей неделе.",
        C("date", "следующей неделе", iso=None, resolved="2025-W39", relative=True, granularity="week"),
        reference_date="2025-09-17",
    ),
    Ex(
        "Продажи новых автомобилей в прошлом месяце выросли на 12 процентов.",
        C("date", "прошлом месяце", iso=None, resolved="2024-05", relative=True, granularity="month"),
        reference_date="2024-06-05",
    ),
    Ex(
        "Экономика России в прошлом году выросла на 4,1 процента, по оценке Росстата.",
        C("date", "прошлом году", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-02-07",
    ),
    Ex(
        "Минэкономразвития ожидает в этом году рост ВВП на 2,5 процента.",
        C("date", "этом году", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-04-30",
    ),
    Ex(
        "Ставку НДС в следующем году повысят до 22 процентов.",
        C("date", "следующем году", iso=None, resolved="2026", relative=True, granularity="year"),
        reference_date="2025-10-01",
    ),
    Ex(
        "Мост через реку был открыт 10 лет назад.",
        C("date", "10 лет назад", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-05-15",
    ),
]

NEGATIVES: list[str] = [
    "Окружающая среда страдает от выбросов металлургических заводов.",
    "«Спартак» обыграл ЦСКА со счетом 2:1.",
    "Статья 29 Конституции гарантирует свободу мысли и слова.",
    "Полиция задержала двух подозреваемых в краже.",
]

GAPS: list[Ex] = [
    Ex(
        "Госдума рассмотрит законопроект в первом чтении 17 июня.",
        C("date", "17 июня", iso="XXXX-06-17", resolved="2025-06-17", granularity="day"),
        reference_date="2025-06-03",
        note="future tense: the next 17 June on or after the reference date",
    ),
]
