"""The result of a comparison: a verdict a desk can act on, and the one line that says why."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from factcheck.claims import Claim, json_number

CONSISTENT = "consistent"
INCONSISTENT = "inconsistent"
NOT_COMPARABLE = "not_comparable"
VERDICTS: tuple[str, ...] = (CONSISTENT, INCONSISTENT, NOT_COMPARABLE)


@attrs.frozen
class Comparison:
    """A claim held against a reference.

    ``verdict`` is ``consistent`` (the reference is what the claim says, within its stated precision),
    ``inconsistent`` (it is not), or ``not_comparable`` (no honest comparison can be made: other units of
    different dimensions, other currencies without a rate, a reference vaguer than the claim). ``reason`` says
    why in one line. For figures, ``difference`` is the claim minus the reference in the claim's ``unit`` and
    ``relative_difference`` that difference over the reference; both are None when either side is a range or a
    bound."""

    verdict: str
    reason: str
    claim: Claim
    reference: str
    """The reference as it was read, in words (converted into the claim's unit where it had to be)."""
    difference: Decimal | None = None
    relative_difference: Decimal | None = None
    unit: str | None = None
    """What ``difference`` is counted in: the claim's unit, its currency, ``percent``, ``days`` or ``seconds``."""
    low: Decimal | None = None
    high: Decimal | None = None
    """The values the claim covers (see ``factcheck.verify.cover``), in ``unit``; None when unbounded."""
    changes: tuple[tuple[str, str], ...] = ()
    """For a quote: each difference as (the quote's words, the transcript's words); an empty side is a word added
    or left out."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "reason": self.reason,
            "claim_id": self.claim.id,
            "claim": self.claim.text,
            "kind": self.claim.kind,
            "reference": self.reference,
            "difference": json_number(self.difference),
            "relative_difference": json_number(self.relative_difference),
            "unit": self.unit,
            "low": json_number(self.low),
            "high": json_number(self.high),
            "changes": [list(change) for change in self.changes],
        }


def fmt(value: Decimal | None) -> str:
    """A figure for a reason line: grouped thousands, no exponent, at most six decimals."""
    if value is None:
        return "unbounded"
    if value == value.to_integral_value():
        return f"{int(value):,}"
    rounded = value.quantize(Decimal("0.000001")).normalize() if abs(value) < 10**15 else value
    text = f"{rounded:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
