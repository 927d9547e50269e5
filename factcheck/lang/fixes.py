"""Corrections to dateparser's data for date-only languages, each with the reason it is wrong for news.

``FIXES[code]`` maps ``LanguageData`` field names to what ``factcheck.lang.locales.date_only`` adds to the
tables it read from dateparser's data (a mapping is merged, a word mapped to None dropped; a set is joined, a
tuple appended; anything else replaces the table). Each entry says why: a correction without a reason cannot be
reviewed. ``idioms`` are phrases in which a date word is no date (``por la mañana``, the morning): the claim
finder skips them. Most entries add what news writes and dateparser's data lacks: the case forms of month names
after a preposition or a day (Slovene ``14. avgusta``, Ukrainian ``у грудні``), the preposition before a month
(Polish ``w``), and news words for last, this and next (German ``vergangene``, Polish ``ubiegłym``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_SL_MONTHS = ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra",
              "oktobra", "novembra", "decembra")
_SK_MONTHS = ("januári", "februári", "marci", "apríli", "máji", "júni", "júli", "auguste", "septembri",
              "októbri", "novembri", "decembri")
_ET_MONTHS = ("jaanuaril", "veebruaril", "märtsil", "aprillil", "mail", "juunil", "juulil", "augustil",
              "septembril", "oktoobril", "novembril", "detsembril")
_ET_IN_MONTHS = ("jaanuaris", "veebruaris", "märtsis", "aprillis", "mais", "juunis", "juulis", "augustis",
                 "septembris", "oktoobris", "novembris", "detsembris")
_LV_MONTHS = ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
              "oktobrī", "novembrī", "decembrī")
_RU_MONTHS = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
              "ноябре", "декабре")
_UK_MONTHS = ("січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні",
              "листопаді", "грудні")


def _months(forms: tuple[str, ...]) -> dict[str, int]:
    return {form: number for number, form in enumerate(forms, 1)}


def _numbers(words: str) -> dict[str, int]:
    """Number words for amounts of time (``hace tres años``), as ``word=value`` pairs: dateparser's data has
    only "one" (``un``, ``una``) for most languages, and news writes small amounts in words."""
    return {w: int(v) for w, _, v in (pair.partition("=") for pair in words.split())}


FIXES: Mapping[str, Mapping[str, Any]] = {
    "es": {
        "digit_words": _numbers("dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 "
                                "doce=12 quince=15 veinte=20 treinta=30"),
        # "mañana" is tomorrow, and after an article the morning: "por la mañana", "esta mañana"
        "idioms": ("la mañana", "esta mañana", "una mañana", "cada mañana", "toda la mañana"),
    },
    "de": {
        # "Morgen" after an article or "heute" is the morning, not tomorrow
        "idioms": ("am morgen", "heute morgen", "den morgen", "der morgen", "jeden morgen", "guten morgen"),
        # dateparser has "letzte Woche" but not "vergangene Woche", "im vergangenen Jahr", which news prefers
        "shift_before": {"vergangene": -1, "vergangenen": -1, "vergangenes": -1, "kommende": 1, "kommenden": 1,
                         "kommendes": 1},
    },
    "fr": {
        # "l'an dernier": dateparser lists "an" only inside "il y a … an", and unit words of two letters are dropped
        "time_units": {"an": "year"},
    },
    "it": {
        "digit_words": _numbers("uno=1 due=2 tre=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 dieci=10 undici=11 "
                                "dodici=12 quindici=15 venti=20 trenta=30"),
        # dateparser has "anno scorso" but news writes "lo scorso anno", "la prossima settimana"
        "shift_before": {"scorso": -1, "scorsa": -1, "prossimo": 1, "prossima": 1},
        # "a luglio", "a marzo": Italian puts "a" before a month
        "year_cues": frozenset({"a", "nel", "dal", "dall'", "entro"}),
    },
    "sq": {
        # dateparser reads "vjet" as last year and "mot" as next year; in news "vjet" is mostly the plural "years"
        # ("20 vjet burg", 20 years in prison) and "mot" the weather ("mot i keq")
        "relative_periods": {"vjet": None, "mot": None},
        "time_units": {"vjet": "year"},
        # "javën e kaluar", "vitin e ardhshëm": the shift follows the unit with its linking article "e"
        "shift_after": {"e kaluar": -1, "e ardhshme": 1, "e ardhshëm": 1},
        "relative_days": {"pardje": -2},
    },
    "pl": {
        "digit_words": _numbers("jeden=1 dwa=2 dwie=2 trzy=3 cztery=4 pięć=5 sześć=6 siedem=7 osiem=8 dziewięć=9 "
                                "dziesięć=10 jedenaście=11 dwanaście=12 piętnaście=15 dwadzieścia=20 trzydzieści=30"),
        # the preposition before a month ("w sierpniu", "w marcu"); dateparser's "in" word is "za" (in 3 days)
        "year_cues": frozenset({"w", "we", "od", "do"}),
        # "w ubiegłym tygodniu/roku" is as common in news as "w zeszłym"; "przedwczoraj" is missing
        "shift_before": {"ubiegłym": -1, "ubiegłego": -1, "ubiegły": -1, "zeszłego": -1},
        "relative_days": {"przedwczoraj": -2},
    },
    "cs": {
        # the preposition before a month ("v srpnu"); dateparser's "in" word is "za" (in 3 days)
        "year_cues": frozenset({"v", "ve", "od", "do"}),
    },
    "sk": {
        # the preposition before a month, and the locative month forms after it ("v januári 2023")
        "year_cues": frozenset({"v", "vo", "od", "do"}),
        "months": _months(_SK_MONTHS),
        "relative_periods": {"vlani": ("year", -1), "tento rok": ("year", 0)},
    },
    "sl": {
        # dateparser has only the nominative months; a date writes the genitive ("14. avgusta", "januarja 2024")
        "months": _months(_SL_MONTHS),
        # "pred 3 dnevi", "pred 10 leti": the instrumental plural after "pred" (ago)
        "time_units": {"dnevi": "day", "leti": "year", "tedni": "week", "meseci": "month"},
        "shift_before": {"prihodnje": 1, "prihodnji": 1, "prihodnjo": 1, "lansko": -1, "lani": -1},
        "relative_days": {"predvčerajšnjim": -2},
        "year_cues": frozenset({"v", "od", "do"}),
    },
    "et": {
        # dates are written with the adessive month ("24. veebruaril 2022") and weekday ("pühapäeval")
        "months": {**_months(_ET_MONTHS), **_months(_ET_IN_MONTHS)},
        "weekdays": {"esmaspäeval": 0, "teisipäeval": 1, "kolmapäeval": 2, "neljapäeval": 3, "reedel": 4,
                     "laupäeval": 5, "pühapäeval": 6},
        # "eelmisel nädalal", "järgmisel kuul": the adessive of shift and unit; "10 aastat tagasi", "mullu"
        "shift_before": {"eelmisel": -1, "järgmisel": 1, "möödunud": -1, "sel": 0},
        "time_units": {"nädalal": "week", "kuul": "month", "aastal": "year", "aastat": "year", "päeva": "day",
                       "nädalat": "week", "kuud": "month"},
        "ago_words": ("tagasi",),
        "relative_days": {"üleeile": -2},
        "relative_periods": {"mullu": ("year", -1), "tänavu": ("year", 0)},
        # a month of a year is written year first: "2022. aasta augustis" (in August 2022), inessive month
        "year_first_dates": True,
        "year_after_words": frozenset({"aasta"}),
    },
    # a year written as an ordinal keeps its period ("24. veljače 2022.", "29.11.2023."), as in Serbian and Bosnian
    "hr": {"year_period": True},
    "sr": {"year_period": True},
    "bs": {"year_period": True},
    "lv": {
        "year_period": True,
        # dates are written with the locative month ("14. augustā"); "pirms 3 dienām" takes the dative plural
        "months": _months(_LV_MONTHS),
        "time_units": {"dienām": "day", "gadiem": "year", "mēnešiem": "month", "nedēļām": "week"},
        "relative_days": {"aizvakar": -2},
        "relative_periods": {"pērn": ("year", -1), "šogad": ("year", 0)},
        # dates are written year first: "2022. gada 24. februārī" (dateparser's date_order says DMY)
        "year_first_dates": True,
        "year_after_words": frozenset({"gada"}),
    },
    "lt": {
        # "2022 m. rugsėjį" (in September 2022): the accusative month dateparser lacks
        "months": _months(("sausį", "vasarį", "kovą", "balandį", "gegužę", "birželį", "liepą", "rugpjūtį", "rugsėjį",
                           "spalį", "lapkritį", "gruodį")),
        # "prieš 3 dienas", "prieš 10 metų": the accusative and genitive plural after "prieš" (ago)
        "time_units": {"dienas": "day", "dienų": "day", "metų": "year", "savaites": "week", "mėnesius": "month"},
        "relative_days": {"užvakar": -2},
        "relative_periods": {"pernai": ("year", -1), "šiemet": ("year", 0)},
    },
    "hu": {
        # "múlt héten", "jövő héten", "múlt hónapban": news words for last and next, and the inflected units
        "shift_before": {"múlt": -1, "jövő": 1},
        "time_units": {"héten": "week", "hónapban": "month", "évben": "year"},
        "relative_periods": {"tavaly": ("year", -1), "idén": ("year", 0), "jövőre": ("year", 1)},
    },
    "ro": {
        # "luni" is Monday and the plural of "month": "luni de zile" (for months) is no date
        "idioms": ("luni de zile", "de luni", "câteva luni", "două luni", "trei luni"),
        # "astăzi" is as common as "azi" (today); "alaltăieri" is the day before yesterday
        "relative_days": {"astăzi": 0, "alaltăieri": -2},
    },
    "ru": {
        "digit_words": _numbers("два=2 две=2 три=3 четыре=4 пять=5 шесть=6 семь=7 восемь=8 девять=9 десять=10 "
                                "двадцать=20 тридцать=30"),
        # the prepositional month after "в" ("в октябре 2024 года") is missing from dateparser's data
        "months": _months(_RU_MONTHS),
        # "среда" is Wednesday and the environment ("окружающая среда")
        "idioms": ("окружающая среда", "окружающей среды", "окружающую среду", "среда обитания", "среды обитания"),
    },
    "uk": {
        "digit_words": _numbers("два=2 дві=2 три=3 чотири=4 п'ять=5 шість=6 сім=7 вісім=8 дев'ять=9 десять=10 "
                                "двадцять=20 тридцять=30"),
        # the locative month after "у"/"в" ("у грудні 2022 року") is missing from dateparser's data
        "months": _months(_UK_MONTHS),
        "year_cues": frozenset({"у", "в"}),
    },
    "tr": {
        # case endings follow a name after an apostrophe: "14 Ağustos'ta" (on 14 August), "1 Ekim'de"
        "suffix_after_apostrophe": True,
        # "pazar" is Sunday and the market: "pazar yeri", "pazar yerinde" are no date
        "idioms": ("pazar yeri", "pazar yerinde", "pazar yerleri", "pazar payı", "pazarda"),
        "relative_days": {"evvelsi gün": -2, "önceki gün": -2},
    },
    "sw": {
        # "mwaka jana" is last year ("jana" alone is yesterday); "juzi" the day before yesterday
        "relative_periods": {"mwaka jana": ("year", -1), "mwaka huu": ("year", 0), "mwaka ujao": ("year", 1)},
        "relative_days": {"juzi": -2},
    },
    "tl": {
        # dateparser's Tagalog data has no relative words: "noong nakaraang linggo" (last week), "sa susunod na
        # linggo" (next week), "ngayong taon" (this year); "linggo" is both the week and Sunday, as Indonesian
        # "minggu". "bukas" (tomorrow) is left out: it is also "open" ("bukas sa publiko").
        "shift_before": {"nakaraang": -1, "susunod na": 1, "ngayong": 0, "darating na": 1},
        "week_words_like_weekdays": frozenset({"linggo"}),
        "relative_days": {"ngayong araw": 0, "ngayon": 0},
    },
    "vi": {
        # unit words dateparser lists that are not units in news: "hạng nhì" (second place), "nguyên bản"
        # (original), "lát", "chút" (a moment), "buổi" (a session), "ban ngày" (daytime)
        "time_units": {"hạng nhì": None, "nguyên bản": None, "lát": None, "chút": None, "buổi": None,
                       "ban ngày": None},
        # "tháng 9 năm 2023": "năm" (year) joins a month to its year; "tuần tới" is next week
        "month_year_words": frozenset({"năm"}),
        "shift_after": {"tới": 1},
    },
    "pt": {
        "digit_words": _numbers("dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 onze=11 "
                                "doze=12 quinze=15 vinte=20 trinta=30"),
    },
    "nl": {
        "digit_words": _numbers("een=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11 "
                                "twaalf=12 vijftien=15 twintig=20 dertig=30"),
    },
}
