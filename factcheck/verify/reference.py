"""What a claim is compared with, read into the same typed values the claim has.

A reference can be another ``Claim`` (from an official release, say), a string read with the same grammar as the
claim (``"1.800"``, ``"155 mph"``, ``"Rp 1,2 triliun"``, ``"12 September 2023"``, ``"48 jam"``), a number, a
``date``/``datetime``, a ``timedelta``, or, for a quote, the text of a transcript. A reference is a record: it is
taken at face value, so its own rounding does not widen it (``"2.000"`` as a reference is exactly 2,000), while
what it says about itself does (``"lebih dari 1.500"`` is still only a bound). A bare number is in the claim's own
unit or currency.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

import attrs

from factcheck import lang as languages
from factcheck.claims import (
    Claim,
    DateValue,
    DurationValue,
    MoneyValue,
    OrdinalValue,
    PercentValue,
    QuantityValue,
    Value,
)
from factcheck.digits import read_digits
from factcheck.patterns import compile_pattern

FIGURE_KINDS = frozenset({"quantity", "percent", "money", "ordinal"})
_BARE_NUMBER = compile_pattern(r"\+?\d[\d.,\u00a0\u2009\u202f]*+")
_EDTF_TEXT = compile_pattern(r"\d{4}(?:-\d\d(?:-\d\d)?|-Q[1-4]|-H[12]|-W\d\d)?(?:/\d{4}(?:-\d\d(?:-\d\d)?)?)?")


@attrs.frozen
class Reading:
    """A reference as a comparison reads it: a typed value of some kind, or a bare number, or a transcript."""

    text: str
    """How the reference was given, for the verdict's reason."""
    kind: str | None = None
    """The claim kind the value is of; None for a bare number (``number``) or a transcript."""
    value: Value | None = None
    number: Decimal | None = None
    transcript: str | None = None


def read(claim: Claim, reference: object, *, lang: str | None = None,
         reference_date: dt.date | None = None) -> Reading:
    """``reference`` read for comparison with ``claim``; ``TypeError``/``ValueError`` naming what is wrong."""
    if not isinstance(claim, Claim):
        raise TypeError(f"compare() takes a Claim first, not {type(claim).__name__}")
    if claim.kind == "quote":
        if not isinstance(reference, str):
            raise TypeError(f"a quote is compared with the text of a transcript (a str), not "
                            f"{type(reference).__name__}")
        if not reference.strip():
            raise ValueError("the transcript is empty")
        return Reading(_short(reference), transcript=reference)
    if isinstance(reference, Claim):
        return Reading(reference.text, reference.kind, reference.value)
    if isinstance(reference, bool):
        raise TypeError("a reference must be a Claim, a str, a number, a date or a timedelta, not bool")
    if isinstance(reference, int | float | Decimal):
        return Reading(str(reference), number=_number(reference))
    if isinstance(reference, dt.datetime):
        return Reading(reference.isoformat(), "date", _moment(reference))
    if isinstance(reference, dt.date):
        day = reference.isoformat()
        return Reading(day, "date", DateValue(day, day))
    if isinstance(reference, dt.timedelta):
        return Reading(str(reference), "duration", _span_of(reference))
    if isinstance(reference, str):
        return _read_text(claim, reference, lang or claim.lang, reference_date)
    raise TypeError(f"a reference must be a Claim, a str, a number, a date or a timedelta, not "
                    f"{type(reference).__name__}")


def _short(text: str, size: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[:size - 1] + "…"


def _number(value: int | float | Decimal) -> Decimal:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"a reference number must be finite, not {value}")
    try:
        number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"a reference number must be finite, not {value}")
    return number


def _moment(moment: dt.datetime) -> DateValue:
    if moment.time() == dt.time(0) and moment.tzinfo is None:
        day = moment.date().isoformat()
        return DateValue(day, day)
    stamp = moment.isoformat(timespec="minutes")
    return DateValue(stamp, stamp, granularity="time")


def _span_of(delta: dt.timedelta) -> DurationValue:
    seconds = Decimal(delta.days) * 86400 + Decimal(delta.seconds) + Decimal(delta.microseconds) / 10**6
    return DurationValue(f"PT{seconds.normalize():f}S", seconds, "second")


def _read_text(claim: Claim, text: str, lang: str, reference_date: dt.date | None) -> Reading:
    from factcheck.api import extract_claims  # the reference is read by the same grammar as the claim

    if not text.strip():
        raise ValueError("the reference is empty")
    if claim.kind == "date" and _EDTF_TEXT.fullmatch(text.strip()):
        stated = text.strip()  # "2024", "2024-02", "2024-02-24", "2025-Q3": EDTF as it stands
        return Reading(text, "date", DateValue(stated, stated))
    if claim.kind in FIGURE_KINDS and _BARE_NUMBER.fullmatch(text.strip()):
        read_as = read_digits(text.strip().lstrip("+"), languages.get(lang))  # "2001": a number, not a year
        if read_as is None:
            raise ValueError(f"{text!r} is no number in {lang!r} (decimal mark "
                             f"{languages.get(lang).decimal_mark!r})")
        return Reading(text, number=read_as[0])
    found = extract_claims(text, lang=lang, reference_date=reference_date)
    picked = _pick(claim, found)
    if picked is None:
        what = "figure" if claim.kind in FIGURE_KINDS else claim.kind
        raise ValueError(f"cannot read a {what} in the reference {text!r} (read as {lang!r})")
    if isinstance(picked, Decimal):
        return Reading(text, number=picked)
    return Reading(text, picked.kind, picked.value)


def _pick(claim: Claim, found: Sequence[Claim]) -> Claim | Decimal | None:
    """The reference's claim that can stand for ``claim``: one of the same kind (the same currency or unit first),
    else a bare count read as a number in the claim's own unit."""
    same = [c for c in found if c.kind == claim.kind]
    if same:
        return next((c for c in same if _same_measure(claim.value, c.value)), same[0])
    if claim.kind in FIGURE_KINDS:
        bare = [c.value.amount for c in found
                if isinstance(c.value, QuantityValue) and c.value.unit is None and c.value.amount_max is None]
        if len(bare) == 1:
            return bare[0]
        other = [c for c in found if c.kind in FIGURE_KINDS]
        return other[0] if other else None
    return None


def _same_measure(a: Value, b: Value) -> bool:
    if isinstance(a, MoneyValue) and isinstance(b, MoneyValue):
        return a.currency == b.currency
    if isinstance(a, QuantityValue) and isinstance(b, QuantityValue):
        return a.unit == b.unit
    if isinstance(a, PercentValue) and isinstance(b, PercentValue):
        return a.measure == b.measure
    return isinstance(a, OrdinalValue) and isinstance(b, OrdinalValue)
