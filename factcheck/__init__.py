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
from factcheck.worthiness import SentenceScore, score_sentences

if TYPE_CHECKING:
    from factcheck.archive.batch import Result, extract_many
    from factcheck.archive.documents import Document
    from factcheck.archive.rows import COLUMNS as ROW_COLUMNS
    from factcheck.archive.rows import rows
    from factcheck.archive.schema import arrow_schema, json_schema, spark_ddl
    from factcheck.archive.warmup import warm_up
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
_LAZY.update({"extract_many": "factcheck.archive.batch", "Result": "factcheck.archive.batch",
              "Document": "factcheck.archive.documents", "rows": "factcheck.archive.rows",
              "arrow_schema": "factcheck.archive.schema", "spark_ddl": "factcheck.archive.schema",
              "json_schema": "factcheck.archive.schema", "warm_up": "factcheck.archive.warmup"})
_RENAMED = {"ROW_COLUMNS": ("factcheck.archive.rows", "COLUMNS")}
"""Names whose modules load on first use, so ``import factcheck`` pays only for extraction."""


def __getattr__(name: str) -> object:
    module, attribute = _RENAMED.get(name, (_LAZY.get(name), name))
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


__all__ = [
    "COMPARATORS",
    "KINDS",
    "LANGUAGES",
    "ROW_COLUMNS",
    "VERDICTS",
    "Attribution",
    "Claim",
    "ClaimReviewAdvisory",
    "Comparison",
    "Conflict",
    "ConflictReport",
    "DateValue",
    "Document",
    "DurationValue",
    "GroupKey",
    "MoneyValue",
    "OrdinalValue",
    "PercentValue",
    "QuantityValue",
    "QuoteValue",
    "Result",
    "SentenceScore",
    "Span",
    "arrow_schema",
    "claimreview",
    "compare",
    "detect_language",
    "extract_claims",
    "extract_many",
    "find_conflicts",
    "grouping_key",
    "json_schema",
    "rows",
    "score_sentences",
    "spark_ddl",
    "warm_up",
]
__version__ = "0.1.0"
