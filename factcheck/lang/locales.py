"""Date vocabulary read from dateparser's CLDR-derived locale data, for any language dateparser ships.

dateparser (``dateparser/data/date_translation_data/<code>.py``) keeps, for about 200 locales, month and
weekday names with their abbreviations, words for units of time, relative words (``ayer``, ``la semana
pasada``), the patterns of ``hace 3 días`` / ``3 päivää sitten``, and the usual order of day and month. This
module turns one locale's ``info`` dict into the date tables of a ``LanguageData``; its parser stays out of the
library. The data files are executed on their own (``_load``), so dateparser's package (its parser, pytz,
dateutil) is never imported: the first use of a language costs a few milliseconds, ``import factcheck`` nothing.

What is taken, and the rules that make the data fit news (each a reason, not a guess):

- months: every form; forms of three letters or fewer, or a strict prefix of another form (``nov``, ``ene``),
  are abbreviations, and abbreviations are ambiguous (``mar`` is the sea in Spanish): a month only beside a
  day or a year. Forms of one or two letters and Roman numerals (Hungarian ``II``) are dropped.
- weekdays: full names only (``lunes``, ``Montag``); the abbreviations (``mar``, ``do``, ``so``, ``mi``) are
  common words in running text.
- units of time: forms of three letters or more (``a`` for ``año``, ``m`` for month, ``d`` for day are not
  words news writes); unit forms that only appear in relative phrases (Russian ``месяце``) are added too.
- relative phrases for day, week, month and year: a phrase without a unit word is a relative day (``ayer``,
  ``anteayer``); in a phrase with one, a word that occurs in phrases of only one direction is a shift word
  before or after the unit (``pasado``, ``próxima``, ``este``), and a word that occurs in phrases of several
  directions is an article or preposition (``el``, ``la``, ``в``), left out of the claim's span.
- ``hace (N) días`` / ``(N) päivää sitten`` patterns: the words before the number are ``ago_before`` or
  ``ahead_before``, the words after the unit are ``ago_words`` or ``ahead_words``.
- ``simplifications`` that map a single word to a digit (``una`` → 1, ``zwei`` → 2) are number words.
- ``pertain`` (``de``, ``del``) joins a day to its month and a month to its year (``24 de febrero de 2022``).
- ``in`` words (``en``, ``im``, ``em``) are cues before a bare month or year (``en septiembre``).
- ``date_order`` ``MDY`` is month first in all-digit dates; every other order reads day first.
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
    return len(form.replace(" ", "")) <= 3 or any(o != form and o.startswith(form) for o in forms)


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
    return {form: unit for unit in _UNITS for form in _forms(info, unit)
            if len(form) >= 3 and _PLAIN.fullmatch(form)}


def _tokens(phrase: str) -> list[str]:
    """Words of a phrase; an elided article stays a word of its own (``l'année`` → ``l'``, ``année``)."""
    return [t for t in re.split(r"\s+|(?<=['’])", phrase.lower()) if t]


@attrs.frozen
class _Relative:
    relative_days: dict[str, int]
    shift_before: dict[str, int]
    shift_after: dict[str, int]
    units: dict[str, str]


def _relative(info: Mapping[str, Any], units: dict[str, str]) -> _Relative:
    """Relative days, shift words and extra unit forms from the ``relative-type`` phrases (see the module)."""
    phrases: list[tuple[str, int, list[str]]] = []
    days: dict[str, int] = {}
    for key, forms in info.get("relative-type", {}).items():
        m = _RELATIVE_KEY.fullmatch(key)
        if m is None or m.group(3) not in _SHIFT_UNITS:
            continue
        amount = int(m.group(2))
        shift = amount if m.group(1) else -amount
        for phrase in forms:
            words = _tokens(str(phrase))
            if not words or not _PLAIN.fullmatch(" ".join(words).replace("' ", "'").replace("’ ", "’")):
                continue
            if m.group(3) == "day" and not any(w in units for w in words):
                days[" ".join(str(phrase).lower().split())] = shift
            elif abs(shift) <= 1:
                phrases.append((m.group(3), shift, words))
    directions: dict[str, set[int]] = {}
    for _, shift, words in phrases:
        for w in words:
            directions.setdefault(w, set()).add(shift)
    fillers = {w for w, seen in directions.items() if len(seen) > 1}
    before, after = _shift_words(phrases, units, fillers)
    shifts = before.keys() | after.keys()
    extra: dict[str, str] = {}
    for unit, _, words in phrases:  # an inflected unit form the unit list lacks: "в прошлом месяце"
        rest = [w for w in words if w not in fillers]
        if not any(w in units for w in rest) and len(rest) == 2 and len(shifts & set(rest)) == 1:
            extra[next(w for w in rest if w not in shifts)] = unit
    before, after = _shift_words(phrases, {**units, **extra}, fillers)
    return _Relative(days, before, after, extra)


def _shift_words(phrases: list[tuple[str, int, list[str]]], units: Mapping[str, str],
                 fillers: set[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Words of one direction before and after the unit word of each phrase."""
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    for _, shift, words in phrases:
        at = next((i for i, w in enumerate(words) if w in units), None)
        if at is None:
            continue
        for i, w in enumerate(words):
            if i != at and w not in fillers and w not in units and len(w) > 1:
                (before if i < at else after)[w] = shift
    return before, after


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
            if head and _PLAIN.fullmatch(head):
                found["ahead_before" if ahead else "ago_before"].add(head)
            if len(words) >= 2 and words[0] in units:
                suffix = " ".join(words[1:])
                if _PLAIN.fullmatch(suffix):
                    found["ahead_words" if ahead else "ago_words"].add(suffix)
    return found


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
    pertain = frozenset(_forms(info, "pertain"))
    return {
        "months": month_table,
        "ambiguous_months": short_months,
        "weekdays": weekdays(info),
        "time_units": units,
        "relative_days": rel.relative_days,
        "shift_before": rel.shift_before,
        "shift_after": rel.shift_after,
        "ago_words": tuple(sorted(amounts["ago_words"])),
        "ago_before": tuple(sorted(amounts["ago_before"])),
        "ahead_words": tuple(sorted(amounts["ahead_words"])),
        "ahead_before": tuple(sorted(amounts["ahead_before"])),
        "digit_words": _number_words(info),
        "date_of_words": pertain,
        "month_year_words": pertain,
        "year_cues": frozenset(w for w in _forms(info, "in") if " " not in w),
        "numeric_date_order": "mdy" if info.get("date_order") == "MDY" else "dmy",
    }


def date_only(code: str, corrections: Mapping[str, Any] | None = None) -> LanguageData:
    """A language known from dateparser's data alone: date tables, no number, money or quote tables.

    Day numbers may carry a mark (``24. Februar``, ``1º de janeiro``), as in the many languages that write the
    day as an ordinal. ``corrections`` (``factcheck.lang.fixes``) extend the tables where the data lacks what
    news writes: a mapping or set is merged into the table, a tuple appended to it, anything else replaces it."""
    tables = dict(date_tables(code))
    for key, value in (corrections or {}).items():
        base = tables.get(key)
        if isinstance(value, Mapping):
            tables[key] = {**(base if isinstance(base, Mapping) else {}), **value}
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
