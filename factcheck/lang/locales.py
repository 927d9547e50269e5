"""Date vocabulary read from dateparser's CLDR-derived locale data, for any language dateparser ships.

dateparser (``dateparser/data/date_translation_data/<code>.py``) keeps, for about 200 locales, month and
weekday names with their abbreviations, words for units of time, relative words (``ayer``, ``la semana
pasada``), the patterns of ``hace 3 días`` / ``3 päivää sitten``, and the usual order of day and month. This
module turns one locale's ``info`` dict into the date tables of a ``LanguageData``; its parser stays out of the
library. The data files are executed on their own (``_load``), so dateparser's package (its parser, pytz,
dateutil) is never imported: the first use of a language costs a few milliseconds, ``import factcheck`` nothing.

What is taken, and the rules that make the data fit news (each a reason, not a guess):

- months: every form; forms of three letters or fewer, or of up to five that begin a longer form (``nov``,
  ``sept``), are abbreviations, and abbreviations are ambiguous (``mar`` is the sea in Spanish): a month only beside a
  day or a year. Forms of one or two letters and Roman numerals (Hungarian ``II``) are dropped.
- weekdays: full names only (``lunes``, ``Montag``); the abbreviations (``mar``, ``do``, ``so``, ``mi``) are
  common words in running text.
- units of time: forms of three letters or more (``a`` for ``año``, ``m`` for month, ``d`` for day are not
  words news writes), or of two when a relative phrase of the data uses them (``i år``).
- relative phrases for day, week, month and year: a word seen in phrases of several directions is a unit form
  when all its phrases are of one unit (Polish ``roku`` in ``w tym roku``, ``w zeszłym roku``; Russian
  ``месяце``), and an article or preposition otherwise (``el``, ``la``, ``w``, ``в``), left out of the claim's
  span; a word of one direction is a shift word before or after the unit (``pasado``, ``próxima``, ``este``).
  A phrase with no shift word is a relative day or period as a whole (``ayer``, ``i dag``, ``loni``).
- ``hace (N) días`` / ``(N) päivää sitten`` patterns: the words before the number are ``ago_before`` or
  ``ahead_before``, the words after the unit are ``ago_words`` or ``ahead_words``.
- ``simplifications`` that rewrite a single word into a relative phrase the data knows (Czech ``loni`` →
  ``minulý rok``, Tagalog ``kahapon`` → ``1 araw nakaraan``) are relative days and periods.
- ``simplifications`` that map a single word to a digit (``una`` → 1, ``zwei`` → 2) are number words.
- ``pertain`` (``de``, ``del``) joins a day to its month and a month to its year (``24 de febrero de 2022``).
- ``in`` words (``en``, ``im``, ``em``) are cues before a bare month or year (``en septiembre``).
- the year's unit forms, and its one- or two-letter abbreviations with a period, may follow the year of a date
  (``24 lutego 2022 r.``, ``24 февраля 2022 года``).
- ``date_order`` ``MDY`` is month first in all-digit dates; every other order reads day first; ``YMD`` also
  reads dates written year first (``2022. február 24``, ``2022 m. vasario 24 d.``, with the day's one-letter
  abbreviation and a period after the day).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

from factcheck.lang.base import LanguageData

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNITS = ("year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "fortnight")
_SHIFT_UNITS = ("day", "week", "month", "year")
_NUMBER = r"(\d++[.,]?\d*+)"
_ROMAN = re.compile(r"[ivxlc]+")
_RELATIVE_KEY = re.compile(r"(?:(in) )?(\d+) (\w+)(?: (ago))?")
_PLAIN = re.compile(r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*)*")
"""A phrase of letters (words joined by single spaces): no regex syntax left in it."""
_DAY_MARKS = (".", "º", "°", "ª")
"""Marks after a day number in many languages: ``24. Februar``, ``1º de janeiro``, ``1° gennaio``."""
DATE_KINDS = frozenset({"date", "duration"})
"""What a language built from dateparser's data alone yields: no number, money or quote rules exist for it."""


def _data_dir() -> Path | None:
    """dateparser's translation data folder, found without importing dateparser."""
    spec = importlib.util.find_spec("dateparser")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "date_translation_data"
    return folder if folder.is_dir() else None


@cache
def codes() -> tuple[str, ...]:
    """The locales dateparser has data for (``es``, ``fr``, ``zh-Hant`` …)."""
    folder = _data_dir()
    if folder is None:
        return ()
    return tuple(sorted(p.stem for p in folder.glob("*.py") if not p.stem.startswith("_")))


@cache
def _load(code: str) -> Mapping[str, Any]:
    """The ``info`` dict of one locale, executing only its data file."""
    folder = _data_dir()
    if folder is None or code not in codes():
        raise ValueError(f"dateparser has no data for {code!r}")
    spec = importlib.util.spec_from_file_location(f"_factcheck_dateparser_{code.replace('-', '_')}",
                                                  folder / f"{code}.py")
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    info = module.info
    assert isinstance(info, dict)
    return info


def _forms(info: Mapping[str, Any], key: str) -> list[str]:
    return [" ".join(str(w).lower().split()) for w in info.get(key, ())]


def _is_short(form: str, forms: Iterable[str]) -> bool:
    """An abbreviation: three letters or fewer, or up to five that begin a form two or more letters longer
    (``sept``, ``févr``, ``helmi``); not a case form that extends the name (``maanantai``, ``maanantaina``)."""
    bare = form.replace(" ", "")
    return len(bare) <= 3 or (len(bare) <= 5 and any(o.startswith(form) and len(o) >= len(form) + 2 for o in forms))


def months(info: Mapping[str, Any]) -> tuple[dict[str, int], frozenset[str]]:
    """Month forms → 1…12, and the abbreviations among them (a month only beside a day or a year)."""
    table: dict[str, int] = {}
    short: set[str] = set()
    for number, key in enumerate(_MONTHS, 1):
        forms = _forms(info, key)
        for form in forms:
            if len(form.replace(" ", "")) <= 2 or _ROMAN.fullmatch(form) or form in table:
                continue
            table[form] = number
            if _is_short(form, forms):
                short.add(form)
    return table, frozenset(short)


def weekdays(info: Mapping[str, Any]) -> dict[str, int]:
    """Full weekday names → 0 (Monday) … 6; abbreviations left out."""
    table: dict[str, int] = {}
    for number, key in enumerate(_WEEKDAYS):
        forms = _forms(info, key)
        for form in forms:
            if not _is_short(form, forms):
                table.setdefault(form, number)
    return table


def _units(info: Mapping[str, Any]) -> dict[str, str]:
    """Unit forms of three letters or more, and of two when a relative phrase writes them (Swedish ``år``)."""
    in_phrases = {w for forms in info.get("relative-type", {}).values() for p in forms for w in _tokens(str(p))}
    return {form: unit for unit in _UNITS for form in _forms(info, unit)
            if (len(form) >= 3 or (len(form) == 2 and form in in_phrases)) and _PLAIN.fullmatch(form)}


def _tokens(phrase: str) -> list[str]:
    """Words of a phrase; an elided article stays a word of its own (``l'année`` → ``l'``, ``année``)."""
    return [t for t in re.split(r"\s+|(?<=['’])", phrase.lower()) if t]


@attrs.frozen
class _Relative:
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    shift_before: dict[str, int]
    shift_after: dict[str, int]
    units: dict[str, str]


def _relative(info: Mapping[str, Any], units: dict[str, str]) -> _Relative:
    """Relative days and periods, shift words and inflected unit forms from the ``relative-type`` phrases.

    A word seen in phrases of several directions is a unit form when all those phrases are of one unit
    (Polish ``roku`` in ``w tym roku``, ``w zeszłym roku``) and an article or preposition otherwise (``w``,
    ``el``); a word of one direction is a shift word, before or after the unit (``zeszłym``, ``pasado``). A
    phrase with no shift word is a relative day or period as a whole (``ayer``, ``i dag``, ``loni``)."""
    phrases: list[tuple[str, int, list[str], str]] = []
    for key, forms in info.get("relative-type", {}).items():
        m = _RELATIVE_KEY.fullmatch(key)
        if m is None or m.group(3) not in _SHIFT_UNITS:
            continue
        shift = int(m.group(2)) * (1 if m.group(1) else -1)
        for phrase in forms:
            words = _tokens(str(phrase))
            if words and _PLAIN.fullmatch(" ".join(words).replace("' ", "'").replace("’ ", "’")):
                phrases.append((m.group(3), shift, words, " ".join(str(phrase).lower().split())))
    directions: dict[str, set[int]] = {}
    unit_sets: dict[str, set[str]] = {}
    for unit, shift, words, _ in phrases:
        if abs(shift) > 1:
            continue  # "demà passat" (+2) says nothing of what "passat" means beside a unit
        for w in words:
            directions.setdefault(w, set()).add(shift)
            unit_sets.setdefault(w, set()).add(unit)
    extra = {w: next(iter(unit_sets[w])) for w, seen in directions.items()
             if len(seen) > 1 and w not in units and len(unit_sets[w]) == 1 and "day" not in unit_sets[w]
             and len(w) > 2}
    known = {**units, **extra}
    fillers = {w for w, seen in directions.items() if len(seen) > 1 and w not in known}
    days: dict[str, int] = {}
    periods: dict[str, tuple[str, int]] = {}
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    for unit, shift, words, phrase in phrases:
        at = next((i for i, w in enumerate(words) if known.get(w) == unit), None)
        rest = [(i, w) for i, w in enumerate(words) if i != at and w not in fillers]
        if not rest or at is None:
            # "prošle g", "tällä vk": an abbreviated unit, not news; "i dag": a preposition of several units
            if len(words) == 1 or all(len(w) > 2 or w in known or (w in fillers and len(unit_sets[w]) > 1)
                                      for w in words):
                if unit == "day":
                    days[phrase] = shift
                else:
                    periods[phrase] = (unit, shift)
            continue
        if abs(shift) > 1:
            continue
        sides = (([w for i, w in rest if i < at], before), ([w for i, w in rest if i > at], after))
        for side, table in sides:
            if side and len(" ".join(side)) > 1:
                table[" ".join(side)] = shift  # "que ve" after "any" is one shift word
    return _Relative(days, periods, _unprefixed(before), _unprefixed(after), extra)


def _unprefixed(table: dict[str, int]) -> dict[str, int]:
    """Shift words less their abbreviations (``próx`` beside ``próximo``)."""
    return {w: v for w, v in table.items()
            if not any(len(o) > len(w) + 1 and o.startswith(w) and table[o] == v for o in table)}


def _amount_patterns(info: Mapping[str, Any], units: Mapping[str, str]) -> dict[str, set[str]]:
    """The words around the number in ``hace (N) días``: ``ago_before``, ``ago_words``, ``ahead_before``,
    ``ahead_words``."""
    found: dict[str, set[str]] = {"ago_before": set(), "ago_words": set(), "ahead_before": set(),
                                  "ahead_words": set()}
    for key, patterns in info.get("relative-type-regex", {}).items():
        ahead = str(key).startswith("in ")
        for pattern in patterns:
            head, sep, tail = str(pattern).partition(_NUMBER)
            if not sep:
                continue
            head = " ".join(head.lower().split())
            words = tail.lower().split()
            if head and _PLAIN.fullmatch(head) and head not in units:  # "siku (N) iliyopita": unit first
                found["ahead_before" if ahead else "ago_before"].add(head)
            if len(words) >= 2 and words[0] in units:
                suffix = " ".join(words[1:])
                if _PLAIN.fullmatch(suffix):
                    found["ahead_words" if ahead else "ago_words"].add(suffix)
    return found


def _simplified(info: Mapping[str, Any], units: Mapping[str, str], rel: _Relative) -> dict[str, tuple[str, int]]:
    """Single words dateparser rewrites into a relative phrase it knows (Czech ``loni`` → ``minulý rok``,
    Tagalog ``kahapon`` → ``1 araw nakaraan``): each word → its unit and shift."""
    ago = {w for w in _forms(info, "ago")}
    ahead = {w for w in _forms(info, "in")}
    out: dict[str, tuple[str, int]] = {}
    for item in info.get("simplifications", ()):
        for key, value in item.items():
            word, words = str(key).lower(), str(value).lower().split()
            if not re.fullmatch(r"[^\W\d_]+", word) or not words:
                continue
            phrase = " ".join(words)
            if phrase in rel.relative_days:
                out[word] = ("day", rel.relative_days[phrase])
            elif phrase in rel.relative_periods:
                out[word] = rel.relative_periods[phrase]
            elif len(words) == 2 and words[0] in rel.shift_before and words[1] in units:
                out[word] = (units[words[1]], rel.shift_before[words[0]])
            elif len(words) == 2 and words[1] in rel.shift_after and words[0] in units:
                out[word] = (units[words[0]], rel.shift_after[words[1]])
            elif len(words) == 3 and words[0].isdigit() and words[1] in units and words[2] in ago | ahead:
                out[word] = (units[words[1]], int(words[0]) * (-1 if words[2] in ago else 1))
    return {w: (u, n) for w, (u, n) in out.items() if u in _SHIFT_UNITS}


def _number_words(info: Mapping[str, Any]) -> dict[str, int]:
    words: dict[str, int] = {}
    for item in info.get("simplifications", ()):
        for key, value in item.items():
            if re.fullmatch(r"[^\W\d_]+", str(key)) and str(value).isdigit():
                words[str(key).lower()] = int(value)
    return words


@cache
def date_tables(code: str) -> Mapping[str, Any]:
    """The ``LanguageData`` date fields dateparser's data gives for ``code``."""
    info = _load(code)
    month_table, short_months = months(info)
    units = _units(info)
    rel = _relative(info, units)
    units = {**units, **rel.units}
    amounts = _amount_patterns(info, units)
    simplified = _simplified(info, units, rel)
    pertain = frozenset(_forms(info, "pertain"))
    return {
        "months": month_table,
        "ambiguous_months": short_months,
        "weekdays": weekdays(info),
        "time_units": units,
        "relative_days": {**{w: n for w, (u, n) in simplified.items() if u == "day"}, **rel.relative_days},
        "relative_periods": {**{w: (u, n) for w, (u, n) in simplified.items() if u != "day"},
                             **rel.relative_periods},
        "shift_before": rel.shift_before,
        "shift_after": rel.shift_after,
        "ago_words": tuple(sorted(amounts["ago_words"])),
        "ago_before": tuple(sorted(amounts["ago_before"])),
        "ahead_words": tuple(sorted(amounts["ahead_words"])),
        "ahead_before": tuple(sorted(amounts["ahead_before"])),
        "digit_words": _number_words(info),
        "date_of_words": pertain,
        "month_year_words": pertain,
        "year_after_words": frozenset(w if len(w) > 2 else f"{w}." for w, u in units.items() if u == "year")
        | frozenset(f"{w}." for w in _forms(info, "year") if len(w) <= 2 and _PLAIN.fullmatch(w)),
        "year_first_dates": info.get("date_order") == "YMD",
        "day_after_words": frozenset(f"{w}." for w in _forms(info, "day") if len(w) == 1 and _PLAIN.fullmatch(w))
        if info.get("date_order") == "YMD" else frozenset(),
        "year_cues": frozenset(w for w in _forms(info, "in") if " " not in w),
        "numeric_date_order": "mdy" if info.get("date_order") == "MDY" else "dmy",
    }


def date_only(code: str, corrections: Mapping[str, Any] | None = None) -> LanguageData:
    """A language known from dateparser's data alone: date tables, no number, money or quote tables.

    Day numbers may carry a mark (``24. Februar``, ``1º de janeiro``), as in the many languages that write the
    day as an ordinal. ``corrections`` (``factcheck.lang.fixes``) extend the tables where the data lacks what
    news writes: a mapping is merged into the table (a word mapped to None is dropped from it), a set joined, a
    tuple appended, anything else replaces the table."""
    tables = dict(date_tables(code))
    for key, value in (corrections or {}).items():
        base = tables.get(key)
        if isinstance(value, Mapping):
            merged_table = {**(base if isinstance(base, Mapping) else {}), **value}
            tables[key] = {k: v for k, v in merged_table.items() if v is not None}  # None drops a word
        elif isinstance(value, frozenset):
            tables[key] = (base if isinstance(base, frozenset) else frozenset()) | value
        elif isinstance(value, tuple):
            tables[key] = tuple(base if isinstance(base, tuple) else ()) + value
        else:
            tables[key] = value
    name = str(_load(code).get("name", code))
    return LanguageData(code=code, name=name, decimal_mark=",", group_mark=".", ordinal_suffixes=_DAY_MARKS,
                        lower_case_names=True, claim_kinds=DATE_KINDS, **tables)


def merged(data: LanguageData, dropped: Iterable[str] = ()) -> LanguageData:
    """A full language's hand tables over dateparser's months and weekdays: the hand tables win, dateparser adds
    the forms they lack, less the ``dropped`` words (each dropped in the language file with its reason)."""
    if data.code not in codes():
        return data
    info = _load(data.code)
    drop = frozenset(dropped)
    base_months, short = months(info)
    new_months = {w: v for w, v in base_months.items() if w not in drop and w not in data.months}
    new_weekdays = {w: v for w, v in weekdays(info).items() if w not in drop and w not in data.weekdays}
    if not new_months and not new_weekdays:
        return data
    return attrs.evolve(
        data,
        months={**data.months, **new_months},
        ambiguous_months=data.ambiguous_months | (short & frozenset(new_months)),
        weekdays={**data.weekdays, **new_weekdays},
    )
