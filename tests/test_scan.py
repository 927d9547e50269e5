"""The scan's digit runs: the pattern is written for speed, so a plain statement of what it finds pins it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.scan import _DIGITS

_PLAIN = re.compile(r"\d(?:[\d.,\u00a0\u2009\u202f]*\d)?|[½¼¾⅐-⅞]")
"""A digit run (marks inside it, a digit at each end) or one fraction character."""


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="0123456789٣.,\u00a0\u2009\u202f ½¾⅓⅞a-x\n", max_size=40))
def test_digit_runs_are_the_plain_ones(text: str) -> None:
    fast = re.compile(_DIGITS)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in _PLAIN.finditer(text)]
