"""From claims to checks: compare a claim with a reference, find figures reported differently, publish the check.

- ``compare(claim, reference)``: consistent, inconsistent or not_comparable, with the reason and the difference;
- ``find_conflicts(documents)``: groups of figures about one thing that different documents report differently;
- ``claimreview(claim, …)``: the check as schema.org ClaimReview in JSON-LD;
- ``grouping_key(claim, text, claims)``: what a figure is about, the key ``find_conflicts`` groups by.

The rules are in ``docs/verification.md``.
"""

from factcheck.verify.comparison import compare
from factcheck.verify.conflicts import Conflict, ConflictReport, find_conflicts
from factcheck.verify.keys import GroupKey, grouping_key
from factcheck.verify.publish import ClaimReviewAdvisory, claimreview
from factcheck.verify.verdict import CONSISTENT, INCONSISTENT, NOT_COMPARABLE, VERDICTS, Comparison

__all__ = [
    "CONSISTENT",
    "INCONSISTENT",
    "NOT_COMPARABLE",
    "VERDICTS",
    "ClaimReviewAdvisory",
    "Comparison",
    "Conflict",
    "ConflictReport",
    "GroupKey",
    "claimreview",
    "compare",
    "find_conflicts",
    "grouping_key",
]
