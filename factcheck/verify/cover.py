"""The values a figure covers, as a careful checker reads it.

A figure in news is rarely exact, and a check that treats it as exact goes wrong both ways: "2.000 tentara" is not
contradicted by an official 1.950, while "2.137" is. So every figure covers a range of values:

- a plain figure covers what rounds to it at its last significant digit, but never more than 5 % either side:
  ``2.000`` covers 1.900–2.100 (the thousands would allow 1.500–2.500: too loose for a check), ``2.137`` covers
  2.136,5–2.137,5, ``2,5 persen`` covers 2,45–2,55, ``12 orang`` 11,5–12,5;
- ``approx`` (``sekitar``, ``kira-kira``, ``about``, ``around``, ``some``) widens that to 10 % either side:
  ``sekitar 2.000`` covers 1.800–2.200;
- ``nearly`` (``hampir``, ``nyaris``, ``nearly``, ``almost``) covers the 10 % just below: ``hampir 2.000`` covers
  1.800–2.000;
- ``gt``/``ge``/``lt``/``le`` (``lebih dari``, ``at least``, ``kurang dari``, ``up to``) are bounds, taken as
  written, with no tolerance: ``lebih dari 2.000`` is anything above 2.000;
- a range (``10-20 persen``) covers its low end's range to its high end's.

These figures (``ROUNDING_LIMIT``, ``APPROX``, ``NEARLY``) are documented in ``docs/verification.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import attrs

ROUNDING_LIMIT = Decimal("0.05")
"""A plain figure covers at most this share of itself either side."""
APPROX = Decimal("0.10")
"""``sekitar``/``about`` covers this share of the figure either side."""
NEARLY = Decimal("0.10")
"""``hampir``/``nearly`` covers this share of the figure just below it."""


@attrs.frozen
class Cover:
    """An interval of values: ``low``/``high`` None when unbounded; ``*_open`` when the end is excluded."""

    low: Decimal | None
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def point(cls, value: Decimal) -> Cover:
        return cls(value, value)

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high

    def contains(self, value: Decimal) -> bool:
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        return not (self.high is not None and (value > self.high or (self.high_open and value == self.high)))

    def overlaps(self, other: Cover) -> bool:
        return not (_before(self, other) or _before(other, self))

    def within(self, other: Cover) -> bool:
        """Whether every value of this cover is in ``other``."""
        return _low_inside(self, other) and _high_inside(self, other)

    def map(self, convert: Callable[[Decimal], Decimal | None]) -> Cover | None:
        """The cover in another unit (``convert`` is increasing); None when an end cannot be converted."""
        low = convert(self.low) if self.low is not None else None
        high = convert(self.high) if self.high is not None else None
        if (self.low is not None and low is None) or (self.high is not None and high is None):
            return None
        return Cover(low, high, self.low_open, self.high_open)

    def midpoint(self) -> Decimal | None:
        if self.low is None or self.high is None:
            return None
        return (self.low + self.high) / 2


def _before(a: Cover, b: Cover) -> bool:
    """Whether all of ``a`` lies below all of ``b``."""
    if a.high is None or b.low is None:
        return False
    return a.high < b.low or (a.high == b.low and (a.high_open or b.low_open))


def _low_inside(a: Cover, b: Cover) -> bool:
    if b.low is None:
        return True
    if a.low is None:
        return False
    return a.low > b.low or (a.low == b.low and (a.low_open or not b.low_open))


def _high_inside(a: Cover, b: Cover) -> bool:
    if b.high is None:
        return True
    if a.high is None:
        return False
    return a.high < b.high or (a.high == b.high and (a.high_open or not b.high_open))


def rounding(value: Decimal) -> Decimal:
    """How far either side of ``value`` a plain figure reaches: half a unit of its last significant digit,
    at most ``ROUNDING_LIMIT`` of the figure."""
    if value == 0:
        return Decimal(0)
    exponent = value.normalize().as_tuple().exponent
    place = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return min(place / 2, abs(value) * ROUNDING_LIMIT)


def figure(amount: Decimal, amount_max: Decimal | None = None, comparator: str | None = None,
           nearly: bool = False, *, plain_rounding: bool = True) -> Cover:
    """The values a figure covers (see the module's docstring). With ``plain_rounding`` off, a plain figure is
    the exact value it states: how a reference (an official figure) is read."""
    low, high = amount, amount_max if amount_max is not None else amount
    if low > high:
        low, high = high, low
    if comparator == "gt":
        return Cover(low, None, low_open=True)
    if comparator == "ge":
        return Cover(low, None)
    if comparator == "lt":
        return Cover(None, high, high_open=True)
    if comparator == "le":
        return Cover(None, high)
    if comparator == "approx" and nearly:
        return Cover(high - abs(high) * NEARLY, high)
    if comparator == "approx":
        return Cover(low - max(abs(low) * APPROX, rounding(low)), high + max(abs(high) * APPROX, rounding(high)))
    if not plain_rounding:
        return Cover(low, high)
    return Cover(low - rounding(low), high + rounding(high))
