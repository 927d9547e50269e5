"""Every rule is a named entry with at least one example in the corpora (``tests/corpus``).

A claim's ``rule`` names the entry that made it, so running every corpus example and collecting the rules of the
claims it gives shows which entries have an example; an entry with none fails here, by name.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import factcheck
from factcheck.kinds import rule_names
from tests.test_corpus import MODULES


@cache
def _rules_with_examples() -> frozenset[str]:
    seen: set[str] = set()
    for lang, _, module in MODULES:
        kinds = tuple(module.KINDS)
        for example in [*module.EXAMPLES, *getattr(module, "GAPS", ())]:
            if example in getattr(module, "GAPS", ()):
                continue
            ref = dt.date.fromisoformat(example.reference_date) if example.reference_date else None
            listed = {(c.kind, c.anchor) for c in example.claims}
            for claim in factcheck.extract_claims(example.text, lang=lang, reference_date=ref, kinds=kinds):
                if (claim.kind, claim.text) in listed:
                    seen.add(claim.rule)
    return frozenset(seen)


def test_every_rule_has_an_example() -> None:
    missing = sorted(set(rule_names()) - _rules_with_examples())
    assert not missing, f"rules with no example in tests/corpus: {missing}"


def test_every_claim_names_a_known_rule() -> None:
    unknown = sorted(_rules_with_examples() - set(rule_names()))
    assert not unknown, f"claims name rules that are no entry: {unknown}"
