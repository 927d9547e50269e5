"""The claim contract: ``Claim`` and one frozen value type per kind.

These classes are what other programs build on, so they hold data only: no parsing, no resolving. Each value
knows its JSON form (``to_dict``); amounts stay ``Decimal`` in Python and become JSON numbers there.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

import attrs

KINDS: tuple[str, ...] = ("quantity", "percent", "money", "ordinal", "date", "duration", "quote")
COMPARATORS: tuple[str, ...] = ("gt", "ge", "lt", "le", "approx")


def json_number(value: Decimal | None) -> int | float | None:
    """A Decimal as a JSON number: an int when whole (exact at any size), else the float that prints the same."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _plain(value: object) -> Any:
    if isinstance(value, Decimal):
        return json_number(value)
    if attrs.has(type(value)):
        fields = attrs.asdict(cast(Any, value), recurse=False)
        return {name: _plain(item) for name, item in fields.items()}
    return value


@attrs.frozen
class Span:
    """A stretch of the source text, end exclusive."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@attrs.frozen
class QuantityValue:
    amount: Decimal
    amount_max: Decimal | None = None
    unit: str | None = None
    noun: str | None = None
    comparator: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@attrs.frozen
class PercentValue:
    amount: Decimal
    amount_max: Decimal | None = None
    comparator: str | None = None
    points: bool = False
    of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@attrs.frozen
class MoneyValue:
    amount: Decimal
    amount_max: Decimal | None = None
    currency: str | None = None
    comparator: str | None = None
    minor: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@attrs.frozen
class OrdinalValue:
    rank: int
    noun: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@attrs.frozen
class DateValue:
    iso: str | None
    resolved: str | None = None
    relative: bool = False
    granularity: str = "day"
    modifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@attrs.frozen
class DurationValue:
    iso: str | None
    amount: Decimal | None = None
    unit: str | None = None
    comparator: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@attrs.frozen
class QuoteValue:
    content: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    resolved: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


Value = QuantityValue | PercentValue | MoneyValue | OrdinalValue | DateValue | DurationValue | QuoteValue


@attrs.frozen
class Attribution:
    """Who a sentence attributes its claims to: ``menurut X``, ``according to X``, ``X said``."""

    source: str | None
    start: int | None
    end: int | None
    cue: str
    hedge: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@attrs.frozen
class Claim:
    """One checkable claim: its kind, its exact place in the source, its value and its context."""

    kind: str
    text: str
    start: int
    end: int
    value: Value
    sentence: Span
    lang: str
    rule: str
    paragraph: Span | None = None
    attribution: Attribution | None = None
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (see ``docs/claim.schema.json``)."""
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value.to_dict(),
            "sentence": self.sentence.to_dict(),
            "paragraph": self.paragraph.to_dict() if self.paragraph else None,
            "lang": self.lang,
            "rule": self.rule,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "score": self.score,
        }
