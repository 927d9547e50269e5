"""Periods defined by another period: ``a year earlier``, ``the same quarter last year``, ``periode yang sama tahun
lalu``, ``sehari kemudian``, ``the following day``.

A careful reader resolves them against the period the text last established in the paragraph: in "Profit rose
8% in the third quarter of 2025 from a year earlier", ``a year earlier`` is the third quarter of 2024. The rule
finds the phrase (``LanguageData.anaphoric_periods``: the phrase → its unit and direction); the pass after the
rules (``resolve_anaphora``) places it from the last date claim before it in the same paragraph. With no such date
the phrase stays a relative date with no value: found, marked, never guessed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import regex

from factcheck.calendar import add_months, shift_day
from factcheck.claims import DateValue, DurationValue
from factcheck.kinds.base import Candidate
from factcheck.kinds.dates.fragments import Fragments
from factcheck.kinds.dates.reader import Reader, key
from factcheck.kinds.rule import Rule
from factcheck.lang.base import LanguageData
from factcheck.patterns import SP, WORD_END, any_case, trie

ANAPHORIC = "date.anaphoric"
_PERIOD = regex.compile(r"(?P<y>\d{4})(?:-(?P<q>[QH])(?P<n>\d)|-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?")


def _read(m: regex.Match[str], group: str, r: Reader) -> Candidate | None:
    found = r.data.anaphoric_periods.get(key(m.group("anaphor") or ""))
    if found is None:
        return None
    unit, step = found
    start, end = m.span(group)
    return Candidate("anaphor", start, end, DurationValue(None, Decimal(step), unit, None), ANAPHORIC)


def _not_a_relative_day(v: Fragments) -> str:
    """Not where a relative day goes on (``the day before yesterday``: two days back, not the day before one)."""
    days = [w.split()[0] for w in v.data.relative_days]
    return f"(?!{SP}(?i:{trie(days)}){WORD_END})" if days else ""


def _starts(data: LanguageData) -> list[str]:
    return list(data.anaphoric_periods)


ANAPHOR = Rule[Fragments, Reader](
    ANAPHORIC,
    lambda v: any_case(v.data.anaphoric_periods, "anaphor") + _not_a_relative_day(v),
    _read,
    starts=_starts,
    counts=True,  # "the", "a": tried only with the phrase's last word near (see finder._plan)
)


def resolve_anaphora(cands: list[Candidate], text: str) -> list[Candidate]:
    """Each anaphoric period as a date placed from the last date before it in its paragraph."""
    out: list[Candidate] = []
    last: DateValue | None = None
    last_end = 0
    for c in cands:
        if c.kind == "date" and isinstance(c.value, DateValue):
            out.append(c)
            if _period(c.value.iso) or _period(c.value.resolved):
                last, last_end = c.value, c.end
            continue
        if c.kind != "anaphor" or not isinstance(c.value, DurationValue):
            out.append(c)
            continue
        anchor = last if last is not None and "\n" not in text[last_end:c.start] else None
        value = _placed(anchor, c.value) if anchor is not None else None
        out.append(Candidate("date", c.start, c.end, value or DateValue(None, None, True, _granularity(c.value)),
                             ANAPHORIC))
        if value is not None:
            last, last_end = value, c.end
    return out


def _granularity(offset: DurationValue) -> str:
    return offset.unit if offset.unit in ("day", "week", "month", "quarter", "year") else "day"


def _placed(anchor: DateValue, offset: DurationValue) -> DateValue | None:
    step, unit = int(offset.amount or 0), offset.unit or ""
    iso_text = _shift(anchor.iso, step, unit)
    resolved = _shift(anchor.resolved, step, unit)
    if iso_text is None and resolved is None:
        return None
    return DateValue(iso_text, resolved, iso_text is None, anchor.granularity)


def _period(edtf: str | None) -> bool:
    return edtf is not None and _PERIOD.fullmatch(edtf.split("/")[0].split("T")[0]) is not None


def _shift(edtf: str | None, step: int, unit: str) -> str | None:
    """The period ``edtf`` moved by ``step`` units: a year moves any period (``2025-Q3`` → ``2024-Q3``); a
    smaller unit moves a period of its own size or a day (``2025-08-26`` → ``2025-08-27``)."""
    if not edtf or "X" in edtf:
        return None
    if "/" in edtf:
        ends = [_shift(part, step, unit) for part in edtf.split("/")]
        return "/".join(e for e in ends if e) if all(ends) else None
    m = _PERIOD.fullmatch(edtf.split("T")[0])
    if m is None:
        return None
    year = int(m.group("y"))
    if unit == "year":
        return f"{year + step:04d}{edtf.split('T')[0][4:]}"
    if unit == "quarter" and m.group("q") == "Q":
        index = year * 4 + int(m.group("n")) - 1 + step
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "month" and m.group("m") and not m.group("d"):
        y, month = add_months(year, int(m.group("m")), step)
        return f"{y:04d}-{month:02d}"
    if unit in ("day", "week", "month") and m.group("d"):
        return shift_day(dt.date(year, int(m.group("m")), int(m.group("d"))), step, unit).isoformat()
    return None
