"""Quantities, percentages and money.

- ``patterns``: the patterns around a number, per language;
- ``figures``: reading one figure (its currency, unit, percent word, counted noun) and what is no figure;
- ``claims``: turning figures into claims, alone or as ranges, with comparators and what they are a share of.
"""

from __future__ import annotations

from factcheck.kinds.numeric.claims import RULES, find
from factcheck.kinds.numeric.patterns import compile_all

__all__ = ["RULES", "compile_all", "find"]
