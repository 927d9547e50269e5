"""``compare(claim, reference)``: a claim held against an official figure, another claim or a transcript."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from factcheck.claims import Claim
from factcheck.verify.figures import Rates, compare_figure
from factcheck.verify.reference import FIGURE_KINDS, read
from factcheck.verify.timespans import compare_date, compare_duration
from factcheck.verify.transcript import compare_quote
from factcheck.verify.verdict import Comparison

RateTable = Mapping[str, object] | Mapping[tuple[str, str], object]
"""Exchange rates as callers write them: ``{"USD/IDR": 16250}`` or ``{("USD", "IDR"): 16250}``."""


def compare(claim: Claim, reference: object, *, rates: RateTable | None = None,
            lang: str | None = None, reference_date: dt.date | None = None) -> Comparison:
    """Hold ``claim`` against ``reference``: consistent, inconsistent or not_comparable, and why.

    ``reference`` is another ``Claim``, a string read with the grammar of ``lang`` (default: the claim's language;
    ``reference_date`` resolves a relative one), a number (in the claim's unit or currency), a ``date``/``datetime``,
    a ``timedelta``, or for a quote the text of a transcript. ``rates`` converts currencies:
    ``{"USD/IDR": 16250}`` says one US dollar is 16,250 rupiah; without a rate, amounts in two currencies are
    not comparable. See ``docs/verification.md`` for the rules.
    """
    reading = read(claim, reference, lang=lang, reference_date=reference_date)
    if claim.kind in FIGURE_KINDS:
        return compare_figure(claim, reading, read_rates(rates))
    if claim.kind == "date":
        return compare_date(claim, reading)
    if claim.kind == "duration":
        return compare_duration(claim, reading)
    return compare_quote(claim, reading)


def read_rates(rates: RateTable | None) -> Rates:
    """``{"USD/IDR": 16250}`` or ``{("USD", "IDR"): 16250}`` as ``(base, quote) → Decimal``."""
    if rates is None:
        return {}
    if not isinstance(rates, Mapping):
        raise TypeError(f"rates must be a mapping such as {{'USD/IDR': 16250}}, not {type(rates).__name__}")
    out: dict[tuple[str, str], Decimal] = {}
    items: list[tuple[object, object]] = list(rates.items())
    for key, rate in items:
        pair = tuple(key.split("/")) if isinstance(key, str) else key
        if not (isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(c, str) and c for c in pair)):
            raise ValueError(f"a rate's key is 'BASE/QUOTE' or (base, quote), e.g. 'USD/IDR', not {key!r}")
        if isinstance(rate, bool) or not isinstance(rate, int | float | str | Decimal):
            raise TypeError(f"the rate for {key!r} must be a number, not {type(rate).__name__}")
        try:
            value = Decimal(str(rate))
        except InvalidOperation:
            raise ValueError(f"the rate for {key!r} is not a number: {rate!r}") from None
        if not value.is_finite() or value <= 0:
            raise ValueError(f"the rate for {key!r} must be a positive number, not {rate!r}")
        base, quote = (str(c).upper() for c in pair)
        out[(base, quote)] = value
    return out
