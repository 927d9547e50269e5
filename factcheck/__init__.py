"""factcheck: checkable claims, with exact offsets, from Indonesian and English news.

    >>> import factcheck
    >>> [c.text for c in factcheck.extract_claims("Sebanyak 2.000 tentara dikirim.", lang="id")]
    ['2.000']
"""

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

__all__ = [
    "COMPARATORS",
    "KINDS",
    "LANGUAGES",
    "Attribution",
    "Claim",
    "DateValue",
    "DurationValue",
    "MoneyValue",
    "OrdinalValue",
    "PercentValue",
    "QuantityValue",
    "QuoteValue",
    "Span",
    "detect_language",
    "extract_claims",
]
__version__ = "0.1.0"
