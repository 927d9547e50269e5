"""The kinds of claims, one module (or package) per family; each lists its rules by name (``RULES``)."""

from __future__ import annotations


def rule_names() -> tuple[str, ...]:
    """The name of every rule of every kind: what a claim's ``rule`` can say."""
    from factcheck.kinds import dates, numeric, ordinal, proportions, quotes

    return (*(r.name for r in dates.RULES), *dates.JOIN_RULES, *numeric.RULES, *proportions.RULE_NAMES, *ordinal.RULES,
            *quotes.RULES)
