"""Ukrainian dates as Укрінформ, Українська правда, УНІАН and Суспільне write them.

House styles: ``24 лютого 2022 року`` and ``11 квітня 2024 р.`` (the year word is part of the written date and
dateparser lists ``року`` and ``р``), ``понеділок, 8 липня 2024 року`` (weekday inside the span), month and year
(``за березень 2024 року``, ``у грудні 2022 року``), numeric day first with dots (``14.03.2024``).

Spans: the preposition in front stays outside (``у грудні 2022 року`` → ``грудні 2022 року``, ``в понеділок`` →
``понеділок``, ``від 14.03.2024`` → ``14.03.2024``); ``тому`` belongs to ``три дні тому`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Росія розпочала повномасштабне вторгнення в Україну 24 лютого 2022 року.",
        C("date", "24 лютого 2022 року", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Російські війська підірвали Каховську ГЕС 6 червня 2023 року.",
        C("date", "6 червня 2023 року", iso="2023-06-06", granularity="day"),
    ),
    Ex(
        "Масована ракетна атака на Київ, під час якої постраждала лікарня «Охматдит», сталася в понеділок, "
        "8 липня 2024 року.",
        C("date", "понеділок, 8 липня 2024 року", iso="2024-07-08", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Закон від 11 квітня 2024 р. змінив правила мобілізації.",
        C("date", "11 квітня 2024 р.", iso="2024-04-11", granularity="day"),
        note="the abbreviated year word 'р.'",
    ),
    Ex(
        "Судовий процес розпочався 15 січня 2024 року, а вирок оголосили 20 березня 2024 року.",
        C("date", "15 січня 2024 року", iso="2024-01-15", granularity="day"),
        C("date", "20 березня 2024 року", iso="2024-03-20", granularity="day"),
    ),
    # Numeric, day first with dots
    Ex(
        "Згідно з постановою від 14.03.2024 компанія має сплатити штраф.",
        C("date", "14.03.2024", iso="2024-03-14", granularity="day"),
    ),
    Ex(
        "Угоду про постачання підписали 29.11.2023 у Києві.",
        C("date", "29.11.2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "Споживчі ціни за березень 2024 року зросли на 0,5 відсотка.",
        C("date", "березень 2024 року", iso="2024-03", granularity="month"),
    ),
    Ex(
        "Інфляція в Україні у грудні 2022 року сягнула 26,6 відсотка.",
        C("date", "грудні 2022 року", iso="2022-12", granularity="month"),
        note="not in dateparser data: the locative month forms (у січні, у лютому, ... у грудні)",
    ),
    # Day and month without a year
    Ex(
        "Пожежа на складі почалася 14 серпня, повідомили в ДСНС.",
        C("date", "14 серпня", iso="XXXX-08-14", resolved="2024-08-14", relative=False, granularity="day"),
        reference_date="2024-08-20",
    ),
    Ex(
        "Страйк працівників заводу завершився 20 грудня.",
        C("date", "20 грудня", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-09",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    # Relative days
    Ex(
        "Президент учора провів переговори з прем'єр-міністром Польщі.",
        C("date", "учора", iso=None, resolved="2024-09-09", relative=True, granularity="day"),
        reference_date="2024-09-10",
    ),
    Ex(
        "Гривня сьогодні послабилася щодо долара на міжбанку.",
        C("date", "сьогодні", iso=None, resolved="2025-01-21", relative=True, granularity="day"),
        reference_date="2025-01-21",
    ),
    Ex(
        "Нацбанк завтра оголосить рішення щодо облікової ставки.",
        C("date", "завтра", iso=None, resolved="2024-06-13", relative=True, granularity="day"),
        reference_date="2024-06-12",
    ),
    Ex(
        "Підозрюваного затримали позавчора у Львові.",
        C("date", "позавчора", iso=None, resolved="2023-10-16", relative=True, granularity="day"),
        reference_date="2023-10-18",
    ),
    Ex(
        "Турист зник три дні тому в Карпатах.",
        C("date", "три дні тому", iso=None, resolved="2024-08-09", relative=True, granularity="day"),
        reference_date="2024-08-12",
    ),
    # Weeks, months, years
    Ex(
        "Ціни на пальне минулого тижня знизилися.",
        C("date", "минулого тижня", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-16",
    ),
    Ex(
        "Уряд подасть проєкт бюджету до Верховної Ради наступного тижня.",
        C("date", "наступного тижня", iso=None, resolved="2025-W38", relative=True, granularity="week"),
        reference_date="2025-09-10",
    ),
    Ex(
        "Продажі нових авто минулого місяця зросли на 15 відсотків.",
        C("date", "минулого місяця", iso=None, resolved="2024-06", relative=True, granularity="month"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Експорт зерна минулого року скоротився через блокаду портів.",
        C("date", "минулого року", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-01-18",
    ),
    Ex(
        "Економіка України торік зросла на 2,9 відсотка.",
        C("date", "торік", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-03-10",
    ),
    Ex(
        "НБУ очікує цього року інфляцію на рівні 9 відсотків.",
        C("date", "цього року", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-04-17",
    ),
    Ex(
        "Мінімальна зарплата наступного року зросте.",
        C("date", "наступного року", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-09-16",
    ),
    Ex(
        "Міст через Дніпро відкрили 10 років тому.",
        C("date", "10 років тому", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-05-15",
    ),
]

NEGATIVES: list[str] = [
    "Президент надіслав лист до парламенту.",
    "«Динамо» перемогло «Шахтар» з рахунком 2:1.",
    "Стаття 34 Конституції гарантує свободу думки і слова.",
    "Поліція затримала двох підозрюваних у крадіжці.",
]

GAPS: list[Ex] = [
    Ex(
        "Верховна Рада розгляне законопроєкт у першому читанні 17 червня.",
        C("date", "17 червня", iso="XXXX-06-17", resolved="2025-06-17", granularity="day"),
        reference_date="2025-06-03",
        note="future tense: the next 17 June on or after the reference date",
    ),
]
