"""Claims as flat rows: one row per claim, one typed column per field, the same columns for every kind.

Dataframe engines want a fixed table, declared before the first row: a column that is a string in one
partition and a number in another, or a name that means a date's resolution here and a quote's resolved
speaker there, breaks a job hours in. So the table is declared once, in ``COLUMNS``: a name, a logical type
and the getter that reads it from a claim; the schemas (``schema.py``) and the row builder both read that one
list. A field that does not apply to a claim's kind is None, never a placeholder of another type.

Amounts are exact decimals of at most 28 integer and 10 fractional digits (``decimal(38,10)``; news has been
seen from 1E-7 to 1E25). An amount outside those bounds is None in the decimal column; the ``*_text`` column
beside it always holds the exact amount as a string, and ``value_json`` the whole value.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, Literal

import attrs

from factcheck.archive.batch import Result, checked_task
from factcheck.archive.documents import Document, read_document
from factcheck.claims import (
    Claim,
    DateValue,
    DurationValue,
    MoneyValue,
    OrdinalValue,
    PercentValue,
    QuantityValue,
    QuoteValue,
    json_number,
)

Type = Literal["string", "int64", "float64", "bool", "decimal"]
DECIMAL_PRECISION = 38
DECIMAL_SCALE = 10
"""``decimal(38,10)``: amounts below 1E28 with at most ten decimals, exactly; Spark's and Arrow's widest
common decimal."""

Row = dict[str, Any]
Getter = Callable[[Claim, str], Any]


@attrs.frozen
class Column:
    """One column of the row table: its name, its logical type, what it holds, and how to read it."""

    name: str
    type: Type
    doc: str
    get: Getter = attrs.field(eq=False, repr=False)


def fits(amount: Decimal) -> bool:
    """Whether ``amount`` is exact in ``decimal(38,10)``."""
    if not amount.is_finite():
        return False
    normal = amount.normalize()
    digits_after = max(0, -int(normal.as_tuple().exponent))
    return digits_after <= DECIMAL_SCALE and normal.adjusted() < DECIMAL_PRECISION - DECIMAL_SCALE


def _of(types: tuple[type, ...], field: str) -> Getter:
    """The value's ``field`` when the value is one of ``types``; None for every other kind."""
    def get(claim: Claim, _source: str) -> Any:
        return getattr(claim.value, field) if isinstance(claim.value, types) else None
    return get


def _decimal(types: tuple[type, ...], field: str) -> Getter:
    raw = _of(types, field)

    def get(claim: Claim, source: str) -> Decimal | None:
        amount = raw(claim, source)
        return amount if amount is not None and fits(amount) else None
    return get


def _decimal_text(types: tuple[type, ...], field: str) -> Getter:
    raw = _of(types, field)

    def get(claim: Claim, source: str) -> str | None:
        amount = raw(claim, source)
        return None if amount is None else str(amount)
    return get


def _attribution(field: str) -> Getter:
    def get(claim: Claim, _source: str) -> Any:
        return getattr(claim.attribution, field) if claim.attribution is not None else None
    return get


_AMOUNTS = (QuantityValue, PercentValue, MoneyValue, DurationValue)
_RANGES = (QuantityValue, PercentValue, MoneyValue, DurationValue)
_COUNTED = (QuantityValue, OrdinalValue)

COLUMNS: tuple[Column, ...] = (
    Column("document_id", "string", "the document's id, as given (a string)", lambda c, s: None),
    Column("claim_id", "string", "Claim.id: stable across runs and releases", lambda c, s: c.id),
    Column("kind", "string", "quantity, percent, money, ordinal, date, duration or quote", lambda c, s: c.kind),
    Column("start", "int64", "character offset of the claim in the document", lambda c, s: c.start),
    Column("end", "int64", "end offset, exclusive", lambda c, s: c.end),
    Column("text", "string", "the claim as written: document[start:end]", lambda c, s: c.text),
    Column("sentence_start", "int64", "offset of its sentence", lambda c, s: c.sentence.start),
    Column("sentence_end", "int64", "end of its sentence", lambda c, s: c.sentence.end),
    Column("sentence_text", "string", "the sentence it stands in",
           lambda c, s: s[c.sentence.start:c.sentence.end]),
    Column("paragraph_start", "int64", "offset of its paragraph",
           lambda c, s: c.paragraph.start if c.paragraph else None),
    Column("paragraph_end", "int64", "end of its paragraph", lambda c, s: c.paragraph.end if c.paragraph else None),
    Column("lang", "string", "id or en", lambda c, s: c.lang),
    Column("rule", "string", "the rule that produced the claim", lambda c, s: c.rule),
    Column("score", "float64", "check-worthiness in [0, 1]", lambda c, s: c.score),
    Column("amount", "decimal", "quantity, percent, money (major unit), duration: the number; None if out of "
           "decimal(38,10)", _decimal(_AMOUNTS, "amount")),
    Column("amount_text", "string", "the amount exactly, as a decimal string", _decimal_text(_AMOUNTS, "amount")),
    Column("amount_max", "decimal", "quantity, percent, money, duration: upper end of a range",
           _decimal(_RANGES, "amount_max")),
    Column("amount_max_text", "string", "upper end of a range exactly", _decimal_text(_RANGES, "amount_max")),
    Column("comparator", "string", "gt, ge, lt, le or approx", _of(_AMOUNTS, "comparator")),
    Column("nearly", "bool", "the comparator means just below (hampir, nearly)", _of(_AMOUNTS, "nearly")),
    Column("unit", "string", "quantity: unit of measure; duration: unit of time", _of((QuantityValue, DurationValue),
                                                                                    "unit")),
    Column("noun", "string", "quantity, ordinal: what is counted or ranked", _of(_COUNTED, "noun")),
    Column("fraction", "string", "quantity: an exact fraction, numerator/denominator (2/3)",
           _of((QuantityValue,), "fraction")),
    Column("percent_measure", "string", "share, change or points", _of((PercentValue,), "measure")),
    Column("percent_of", "string", "what the percentage is of", _of((PercentValue,), "of")),
    Column("currency", "string", "ISO 4217 code", _of((MoneyValue,), "currency")),
    Column("minor_unit", "bool", "the text wrote the amount in cents, sen, pence", _of((MoneyValue,), "minor")),
    Column("rank", "int64", "ordinal: the rank", _of((OrdinalValue,), "rank")),
    Column("date_iso", "string", "date: EDTF of what the text says", _of((DateValue,), "iso")),
    Column("date_resolved", "string", "date: EDTF after the reference date", _of((DateValue,), "resolved")),
    Column("date_relative", "bool", "date: relative to the reference date", _of((DateValue,), "relative")),
    Column("date_granularity", "string", "date: time, day, week, month … decade", _of((DateValue,), "granularity")),
    Column("date_modifier", "string", "date: start, mid or end", _of((DateValue,), "modifier")),
    Column("duration_iso", "string", "duration: ISO 8601 duration", _of((DurationValue,), "iso")),
    Column("quote_content", "string", "quote: the words quoted", _of((QuoteValue,), "content")),
    Column("speaker", "string", "quote: who said it", _of((QuoteValue,), "speaker")),
    Column("speaker_start", "int64", "quote: offset of the speaker's name", _of((QuoteValue,), "speaker_start")),
    Column("speaker_end", "int64", "quote: end of the speaker's name", _of((QuoteValue,), "speaker_end")),
    Column("speech_cue", "string", "quote: the speech verb or cue", _of((QuoteValue,), "cue")),
    Column("speaker_resolved", "bool", "quote: speaker named by a pronoun, resolved",
           _of((QuoteValue,), "speaker_resolved")),
    Column("attribution_source", "string", "who the sentence attributes the claim to", _attribution("source")),
    Column("attribution_start", "int64", "offset of the source", _attribution("start")),
    Column("attribution_end", "int64", "end of the source", _attribution("end")),
    Column("attribution_cue", "string", "menurut, according to, said …", _attribution("cue")),
    Column("attribution_hedge", "bool", "the attribution hedges (reportedly)", _attribution("hedge")),
    Column("value_json", "string", "the whole value: Claim.value.to_dict() as JSON",
           lambda c, s: json.dumps(c.value.to_dict(), ensure_ascii=False, sort_keys=True)),
    Column("library_version", "string", "the factcheck version that produced the row", lambda c, s: None),
    Column("error", "string", "why the document gave no claims; set only on a document's one error row",
           lambda c, s: None),
)
"""The row table, in column order. ``document_id``, ``library_version`` and ``error`` are filled by the row
builder, not read from the claim."""

NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)


def _version() -> str:
    from factcheck import __version__
    return __version__


def claim_row(document_id: str, claim: Claim, source: str) -> Row:
    """The row of one claim of the document ``source``."""
    row = {c.name: c.get(claim, source) for c in COLUMNS}
    row["document_id"] = document_id
    row["library_version"] = _version()
    return row


def error_row(document_id: str, error: str) -> Row:
    """A document that gave no claims because of ``error``: one row, every claim column None."""
    row: Row = dict.fromkeys(NAMES)
    row.update(document_id=document_id, library_version=_version(), error=error)
    return row


def json_row(row: Row) -> dict[str, Any]:
    """A row as JSON-ready data (``schema.json_schema()``): decimals become JSON numbers, as in ``to_dict()``."""
    return {name: json_number(item) if isinstance(item, Decimal) else item for name, item in row.items()}


def result_rows(document: Document, result: Result) -> list[Row]:
    """The rows of one document's result: one per claim, or one error row; none for a text without claims."""
    if result.error is not None:
        return [error_row(result.id, result.error)]
    return [claim_row(result.id, claim, document.text) for claim in result.claims]


def rows(
    documents: Iterable[object],
    *,
    lang: str | None = None,
    reference_date: dt.date | None = None,
    kinds: Iterable[str] | None = None,
    min_score: float | None = None,
) -> Iterator[Row]:
    """Flat rows (``COLUMNS``) of the claims of ``documents``, in this process: the function an engine maps over
    a partition. Documents are what ``extract_many`` takes; a document that fails gives one row with ``error``.
    """
    task = checked_task(lang=lang, reference_date=reference_date, kinds=kinds, min_score=min_score)
    for position, item in enumerate(documents):
        document = read_document(item, position, lang=lang, reference_date=reference_date)
        yield from result_rows(document, task(document))


__all__ = ["COLUMNS", "DECIMAL_PRECISION", "DECIMAL_SCALE", "NAMES", "Column", "Row", "claim_row", "error_row",
           "fits", "json_row", "result_rows", "rows"]
