"""factcheck: checkable claims, with exact offsets, from Indonesian, Malay and English news.

    >>> import factcheck
    >>> [c.text for c in factcheck.extract_claims("Sebanyak 2.000 tentara dikirim.", lang="id")]
    ['2.000']
"""

import importlib
from typing import TYPE_CHECKING

from factcheck.api import extract_claims
from factcheck.claims import (
    COMPARATORS,
    KINDS,
    Attribution,
    Claim,
    DateValue,
    DurationValue,
    MoneyValue,
    OrdinalValue,
    PercentValue,
    QuantityValue,
    QuoteValue,
    Span,
)
from factcheck.detect import detect_language
from factcheck.lang import SUPPORTED as LANGUAGES

if TYPE_CHECKING:
    from factcheck.verify import (
        VERDICTS,
        ClaimReviewAdvisory,
        Comparison,
        Conflict,
        ConflictReport,
        GroupKey,
        claimreview,
        compare,
        find_conflicts,
        grouping_key,
    )

_LAZY = {name: "factcheck.verify" for name in (
    "VERDICTS", "ClaimReviewAdvisory", "Comparison", "Conflict", "ConflictReport", "GroupKey", "claimreview",
    "compare", "find_conflicts", "grouping_key")}
"""Names whose modules load on first use, so ``import factcheck`` pays only for extraction."""


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "COMPARATORS",
    "KINDS",
    "LANGUAGES",
    "VERDICTS",
    "Attribution",
    "Claim",
    "ClaimReviewAdvisory",
    "Comparison",
    "Conflict",
    "ConflictReport",
    "DateValue",
    "DurationValue",
    "GroupKey",
    "MoneyValue",
    "OrdinalValue",
    "PercentValue",
    "QuantityValue",
    "QuoteValue",
    "Span",
    "claimreview",
    "compare",
    "detect_language",
    "extract_claims",
    "find_conflicts",
    "grouping_key",
]
__version__ = "0.1.0"
