"""A rule as one named entry: its name, the pattern it matches, the words it may start at, and its reader.

The name is what a claim's ``rule`` says, so a claim can be traced to the entry that made it, and the corpus test
(``tests/test_rules.py``) can ask that every entry has at least one example. A pattern is written from a kind's
fragments (pieces compiled from one language's tables), so an entry names no word of any language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

import attrs
import regex

from factcheck.claims import Value
from factcheck.kinds.base import Candidate
from factcheck.lang.base import LanguageData

Pieces = TypeVar("Pieces")
Reader = TypeVar("Reader")
Read = Callable[[regex.Match[str], str, Reader], Value | Candidate | None]


def _no_words(data: LanguageData) -> Iterable[str]:
    return ()


@attrs.frozen(eq=False)  # compared and hashed by identity: rule sets are cache keys on the hot path
class Rule(Generic[Pieces, Reader]):
    """One rule of a kind.

    ``read`` gets the match, the rule's group name and the kind's reader, and returns the claim's value (the
    claim then spans the rule's group), a whole candidate (for a span of its own), or None to pass the place on
    to the rules after it."""

    name: str
    pattern: Callable[[Pieces], str]
    read: Read[Reader]
    starts: Callable[[LanguageData], Iterable[str]] = _no_words
    """The words the rule may start at, from the language's tables (first word, any case)."""
    digits: bool = False
    """Whether the rule may start at a digit."""
    counts: bool = False
    """Whether the rule starts at a word that only counts (``two``, ``a``, ``several``): tried only with a unit
    near."""
    after: Callable[[LanguageData], Iterable[str]] | None = None
    """For a rule that may start at digits: the words and marks that may follow them past a space, from the tables
    (their heads gate the rule there, ``factcheck.kinds.dates.dispatch``); None when anything may."""
    after_month: Callable[[LanguageData], Iterable[str]] | None = None
    """For a digit rule, where a month name follows the digits (``5 Mei``): the words and marks that may follow
    the month (``tahun lalu`` for a year shift, a dash for a second day); None when anything may."""

    group: str = attrs.field(init=False)
    """The rule's group name in a combined pattern (``date.day_month_year`` → ``date_day_month_year``)."""

    @group.default
    def _group(self) -> str:
        return self.name.replace(".", "_")

    def source(self, pieces: Pieces) -> str:
        return f"(?P<{self.group}>{self.pattern(pieces)})"
