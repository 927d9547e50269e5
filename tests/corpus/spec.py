"""The shape of an example corpus: plain data that reads like the news it comes from.

A corpus module (``tests/corpus/<lang>/<kind>.py``) defines

- ``KINDS``: the claim kinds the module is about. For every example, the claims of these kinds that the library
  finds must be exactly the ones listed (no more, no fewer).
- ``EXAMPLES``: ``Ex(text, C(...), C(...))`` items.
- ``NEGATIVES``: texts that must give no claim of the module's kinds.
- ``GAPS``: ``Ex`` items the library gets wrong today; they run as strict xfails, so fixing one shows.

A ``C(kind, anchor, **value)`` names the exact span (``anchor``, found in the text; ``nth`` picks a later
occurrence) and the value keys to compare. Amounts are written as strings (``"2.5"``) and compared as
``Decimal``; other keys compare as written; a key not given is not checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class C:
    kind: str
    anchor: str
    value: dict[str, Any] = field(default_factory=dict)
    nth: int = 1

    def __init__(self, kind: str, anchor: str, *, nth: int = 1, **value: Any) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "anchor", anchor)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "nth", nth)


@dataclass(frozen=True)
class Ex:
    text: str
    claims: tuple[C, ...]
    reference_date: str | None = None
    note: str = ""

    def __init__(self, text: str, *claims: C, reference_date: str | None = None, note: str = "") -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "claims", claims)
        object.__setattr__(self, "reference_date", reference_date)
        object.__setattr__(self, "note", note)
