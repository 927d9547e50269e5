"""The claim contract: ``Claim`` and one frozen value type per kind.

These classes are what other programs build on, so they hold data only: no parsing, no resolving. Each value
knows its JSON form (``to_dict``); amounts stay ``Decimal`` in Python and become JSON numbers there.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypeVar, cast

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


T = TypeVar("T")


def _pickled_as_fields(cls: type[T]) -> type[T]:
    """Pickle as the class and its fields in order, not as a dict of names per object: claims travel back from
    worker processes by the thousand, and this makes them a quarter smaller and a quarter to a third faster to
    send and take back."""
    names = tuple(field.name for field in attrs.fields(cast(Any, cls)))

    def __reduce__(self: T) -> tuple[type[T], tuple[Any, ...]]:
        return cls, tuple(getattr(self, name) for name in names)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


@_pickled_as_fields
@attrs.frozen
class Span:
    """A stretch of the source text, end exclusive."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@_pickled_as_fields
@attrs.frozen
class QuantityValue:
    amount: Decimal
    amount_max: Decimal | None = None
    unit: str | None = None
    noun: str | None = None
    comparator: str | None = None
    nearly: bool = False
    """The comparator means just below (``hampir``, ``nearly``, ``almost``): ``comparator`` is then ``approx``."""
    fraction: str | None = None
    """A fraction held exactly, as written: ``"2/3"`` for ``two thirds`` (``amount`` is its quotient to 12
    significant digits), ``"1/5"`` for ``one in five``."""

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


PERCENT_MEASURES: tuple[str, ...] = ("share", "change", "points")


@_pickled_as_fields
@attrs.frozen
class PercentValue:
    amount: Decimal
    amount_max: Decimal | None = None
    comparator: str | None = None
    measure: str | None = None
    """What the percentage measures, where the text tells: ``share`` (``18 persen dari …``, ``18% of …``), a
    percentage ``change`` (``naik 5 persen``, ``rose 5%``, ``a 5% increase``) or percentage ``points``
    (``naik 2 poin persentase``); None when the text does not say."""
    of: str | None = None
    nearly: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@_pickled_as_fields
@attrs.frozen
class MoneyValue:
    amount: Decimal
    """In the currency's major unit, always: ``79 cents`` is 0.79, so amounts compare directly."""
    amount_max: Decimal | None = None
    currency: str | None = None
    comparator: str | None = None
    minor: bool = False
    """The text wrote the amount in the minor unit (``79 cents``, ``50 sen``, ``12p``)."""
    nearly: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@_pickled_as_fields
@attrs.frozen
class OrdinalValue:
    rank: int
    noun: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@_pickled_as_fields
@attrs.frozen
class DateValue:
    iso: str | None
    resolved: str | None = None
    relative: bool = False
    granularity: str = "day"
    modifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@_pickled_as_fields
@attrs.frozen
class DurationValue:
    iso: str | None
    amount: Decimal | None = None
    unit: str | None = None
    comparator: str | None = None
    nearly: bool = False
    amount_max: Decimal | None = None
    """The upper end of a range (``5 to 10 years``, ``lima hingga 10 tahun``): then ``amount`` and ``iso`` are
    its lower end. Last, so values built by position before it existed still build."""

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


@_pickled_as_fields
@attrs.frozen
class QuoteValue:
    content: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    speaker_resolved: bool = False
    """The text names the speaker with a pronoun (``ujarnya``, ``he said``), resolved to the name it stands for."""
    speaker_full: str | None = None
    """The speaker's full name where the text wrote a short form of a name it gave earlier (``Lopez said`` after
    ``Judge Maria Lopez``): both are there, the surface in ``speaker`` and the name a checker writes down here."""

    def to_dict(self) -> dict[str, Any]:
        return dict(_plain(self))


Value = QuantityValue | PercentValue | MoneyValue | OrdinalValue | DateValue | DurationValue | QuoteValue

VALUE_TYPES: dict[str, type[Value]] = {
    "quantity": QuantityValue,
    "percent": PercentValue,
    "money": MoneyValue,
    "ordinal": OrdinalValue,
    "date": DateValue,
    "duration": DurationValue,
    "quote": QuoteValue,
}
_DECIMAL_FIELDS = frozenset({"amount", "amount_max"})


def _decimal(number: object) -> Decimal | None:
    """A JSON number back to the Decimal it came from (``json_number`` floats print exactly what they hold)."""
    if number is None:
        return None
    if isinstance(number, bool) or not isinstance(number, int | float | str | Decimal):
        raise TypeError(f"an amount must be a number, not {type(number).__name__}")
    return Decimal(str(number))


def value_from_dict(kind: str, data: dict[str, Any]) -> Value:
    """The typed value of a ``kind`` from its ``to_dict()`` form."""
    try:
        value_type = VALUE_TYPES[kind]
    except KeyError:
        raise ValueError(f"unknown claim kind {kind!r}; expected one of {', '.join(KINDS)}") from None
    fields: dict[str, Any] = {name: _decimal(item) if name in _DECIMAL_FIELDS else item for name, item in data.items()}
    return value_type(**fields)


@_pickled_as_fields
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


@_pickled_as_fields
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
    id: str = ""
    """Short and stable: the same text gives the same id everywhere and in every release (``factcheck.identity``)."""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (see ``docs/claim.schema.json``)."""
        return {
            "id": self.id,
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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        """The claim back from its ``to_dict()`` form, e.g. after a trip through JSON."""
        paragraph = data.get("paragraph")
        attribution = data.get("attribution")
        return cls(
            kind=data["kind"],
            text=data["text"],
            start=data["start"],
            end=data["end"],
            value=value_from_dict(data["kind"], data["value"]),
            sentence=Span(**data["sentence"]),
            lang=data["lang"],
            rule=data["rule"],
            paragraph=Span(**paragraph) if paragraph else None,
            attribution=Attribution(**attribution) if attribution else None,
            score=data.get("score", 0.0),
            id=data.get("id", ""),
        )
