"""Comparing figures: counts and measures, percentages, money and ranks.

Both sides become covers (``factcheck.verify.cover``): the claim with its stated precision, the reference at face
value. Before that they are brought to one unit: a measure converts within its dimension (``units``), money only
with a rate the caller passes, a percentage only against the same kind of percentage (a share, a change, points).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs

from factcheck.claims import Claim, MoneyValue, OrdinalValue, PercentValue, QuantityValue, Value
from factcheck.verify import units
from factcheck.verify.cover import Cover, figure, rounding
from factcheck.verify.reference import Reading
from factcheck.verify.verdict import CONSISTENT, INCONSISTENT, NOT_COMPARABLE, Comparison, fmt

Rates = Mapping[tuple[str, str], Decimal]
"""``(base, quote) → rate``: one ``base`` is ``rate`` of ``quote`` (``("USD", "IDR"): 16250``)."""


@attrs.frozen
class Figure:
    """One side of a comparison: the amount, its comparator, and what it is counted in."""

    kind: str
    amount: Decimal
    amount_max: Decimal | None = None
    comparator: str | None = None
    nearly: bool = False
    unit: str | None = None
    """A quantity's unit symbol, a money amount's currency code, or None."""
    measure: str | None = None
    """A percentage's measure (share, change, points)."""


def side(kind: str, value: Value) -> Figure | None:
    """The figure a claim's value states; None for a value that is no figure."""
    if isinstance(value, QuantityValue):
        return Figure(kind, value.amount, value.amount_max, value.comparator, value.nearly, value.unit)
    if isinstance(value, MoneyValue):
        return Figure(kind, value.amount, value.amount_max, value.comparator, value.nearly, value.currency)
    if isinstance(value, PercentValue):
        return Figure(kind, value.amount, value.amount_max, value.comparator, value.nearly, None, value.measure)
    if isinstance(value, OrdinalValue):
        return Figure(kind, Decimal(value.rank))
    return None


def compare_figure(claim: Claim, reading: Reading, rates: Rates) -> Comparison:
    mine = side(claim.kind, claim.value)
    assert mine is not None
    if reading.number is not None:
        theirs: Figure | None = attrs.evolve(mine, amount=reading.number, amount_max=None, comparator=None,
                                             nearly=False)
    else:
        theirs = side(reading.kind or "", reading.value) if reading.value is not None else None
    if theirs is None or not _kinds_meet(mine, theirs):
        return _not_comparable(claim, reading, f"a {claim.kind} cannot be compared with a {reading.kind or 'text'}")
    converted, note = _into_claims_unit(mine, theirs, rates)
    if converted is None:
        return _not_comparable(claim, reading, note)
    if claim.kind == "ordinal":
        return _ranks(claim, mine, converted, reading)
    return _judge(claim, mine, converted, reading, note)


def _kinds_meet(mine: Figure, theirs: Figure) -> bool:
    if mine.kind == theirs.kind:
        return True
    return {mine.kind, theirs.kind} == {"quantity", "ordinal"} and theirs.unit is None and mine.unit is None


def _into_claims_unit(mine: Figure, theirs: Figure, rates: Rates) -> tuple[Figure | None, str]:
    """The reference in the claim's unit or currency, and a note on how it got there (or why it cannot)."""
    if mine.kind == "percent":
        points = (mine.measure == "points", theirs.measure == "points")
        if (mine.measure and theirs.measure and mine.measure != theirs.measure) or points[0] != points[1]:
            return None, (f"a percentage {_measure(mine.measure)} cannot be compared with a "
                          f"{_measure(theirs.measure)}")
        return theirs, ""
    if mine.unit == theirs.unit:
        return theirs, ""
    if mine.kind == "money":
        return _exchange(mine, theirs, rates)
    if mine.unit is None or theirs.unit is None:
        what = units.dimension(mine.unit if theirs.unit is None else theirs.unit)
        return None, f"a count cannot be compared with a {what}"
    factor_note = f"{fmt(theirs.amount)} {theirs.unit}"

    def convert(value: Decimal) -> Decimal | None:
        assert mine.unit is not None and theirs.unit is not None
        return units.convert(value, theirs.unit, mine.unit)

    amount = convert(theirs.amount)
    if amount is None:
        return None, (f"{units.dimension(mine.unit)} ({mine.unit}) cannot be compared with "
                      f"{units.dimension(theirs.unit)} ({theirs.unit})")
    amount_max = convert(theirs.amount_max) if theirs.amount_max is not None else None
    moved = attrs.evolve(theirs, amount=amount, amount_max=amount_max, unit=mine.unit)
    return moved, f"{factor_note} is {fmt(amount)} {mine.unit}"


def _exchange(mine: Figure, theirs: Figure, rates: Rates) -> tuple[Figure | None, str]:
    if mine.unit is None or theirs.unit is None:
        return None, "one side names no currency the library knows"
    direct = rates.get((theirs.unit, mine.unit))
    inverse = rates.get((mine.unit, theirs.unit))
    if direct is None and inverse is None:
        return None, (f"{theirs.unit} and {mine.unit} cannot be compared without an exchange rate "
                      f"(pass rates={{'{theirs.unit}/{mine.unit}': …}})")
    rate = direct if direct is not None else Decimal(1) / inverse if inverse is not None else Decimal(1)
    amount = theirs.amount * rate
    amount_max = theirs.amount_max * rate if theirs.amount_max is not None else None
    note = f"{fmt(theirs.amount)} {theirs.unit} is {fmt(amount)} {mine.unit} at {fmt(rate)}"
    return attrs.evolve(theirs, amount=amount, amount_max=amount_max, unit=mine.unit), note


def _measure(measure: str | None) -> str:
    return {"share": "share", "change": "change", "points": "in percentage points"}.get(measure or "",
                                                                                         "percentage")


def _not_comparable(claim: Claim, reading: Reading, reason: str) -> Comparison:
    return Comparison(NOT_COMPARABLE, reason, claim, reading.text)


def _ranks(claim: Claim, mine: Figure, theirs: Figure, reading: Reading) -> Comparison:
    same = mine.amount == theirs.amount
    reason = (f"rank {fmt(mine.amount)} {'is' if same else 'is not'} the reference's rank {fmt(theirs.amount)}")
    return Comparison(CONSISTENT if same else INCONSISTENT, reason, claim, reading.text, mine.amount - theirs.amount,
                      None, "rank", mine.amount, mine.amount)


def _judge(claim: Claim, mine: Figure, theirs: Figure, reading: Reading, note: str) -> Comparison:
    covered = figure(mine.amount, mine.amount_max, mine.comparator, mine.nearly)
    stated = figure(theirs.amount, theirs.amount_max, theirs.comparator, theirs.nearly, plain_rounding=False)
    reference_words = note or f"the reference {_as_reference(stated, theirs)}"
    if stated.is_point:
        assert stated.low is not None
        inside = covered.contains(stated.low)
        verdict = CONSISTENT if inside else INCONSISTENT
        where = ": inside" if inside else ": outside"
    elif stated.within(covered):
        verdict, where = CONSISTENT, " lies inside"
    elif not stated.overlaps(covered):
        verdict, where = INCONSISTENT, " lies outside"
    else:
        verdict, where = NOT_COMPARABLE, " is only partly inside and does not settle it"
    difference, relative = _difference(mine, stated)
    reason = f"{describe(covered, mine, claim.text)}; {reference_words}{where}"
    if verdict == INCONSISTENT and difference is not None:
        direction = "higher" if difference > 0 else "lower"
        share = f" ({fmt(abs(relative) * 100)} %)" if relative is not None else ""
        reason += f"; the claim is {fmt(abs(difference))}{share} {direction}"
    return Comparison(verdict, reason, claim, reading.text, difference, relative, _unit(mine), covered.low,
                      covered.high)


def _unit(f: Figure) -> str | None:
    if f.kind == "percent":
        return "percentage points" if f.measure == "points" else "percent"
    return f.unit


def _difference(mine: Figure, stated: Cover) -> tuple[Decimal | None, Decimal | None]:
    if mine.amount_max is not None or mine.comparator in ("gt", "ge", "lt", "le") or not stated.is_point:
        return None, None
    assert stated.low is not None
    difference = mine.amount - stated.low
    relative = (difference / stated.low).quantize(Decimal("0.000001")) if stated.low else None
    return difference, relative


def _as_reference(cover: Cover, f: Figure) -> str:
    """A reference in words: its figure, and a bound or a hedge it states (``more than 1,500``)."""
    unit = _unit(f)
    suffix = "%" if unit == "percent" else f" {unit}" if unit else ""
    if cover.is_point:
        return f"{fmt(f.amount)}{suffix}"
    if f.comparator in _BOUNDS:
        return f"({_BOUNDS[f.comparator][0]} {fmt(f.amount)}{suffix})"
    return f"({fmt(cover.low)} to {fmt(cover.high)}{suffix})"


_BOUNDS = {"gt": ("more than", "above"), "ge": ("at least", "from"), "lt": ("less than", "below"),
           "le": ("at most", "up to")}


def describe(cover: Cover, f: Figure, written: str | None = None) -> str:
    """A figure and what it covers, in words: ``more than 2.000 covers anything above 2,000``, ``about 2.000
    covers 1,800 to 2,200 (±10 %)``, ``2.137 covers 2,136.5 to 2,137.5 (what rounds to it)``; a reference
    taken at face value is just its figure."""
    unit = _unit(f)
    suffix = "%" if unit == "percent" else f" {unit}" if unit else ""
    head = written or f"{fmt(f.amount)}{suffix}"
    if f.comparator in _BOUNDS:
        word, side_word = _BOUNDS[f.comparator]
        edge = cover.low if cover.low is not None else cover.high
        return f"{word} {head} covers anything {side_word} {fmt(edge)}{suffix}"
    if cover.is_point:
        return head
    span = f"{fmt(cover.low)} to {fmt(cover.high)}{suffix}"
    if f.comparator == "approx" and f.nearly:
        return f"nearly {head} covers {span} (just under it)"
    if f.comparator == "approx":
        return f"about {head} covers {span} (±10 %)"
    if f.amount_max is None and rounding(f.amount):
        return f"{head} covers {span} (what rounds to it, at most ±5 %)"
    return f"{head} covers {span}"
