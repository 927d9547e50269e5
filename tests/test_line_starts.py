"""List enumerators are matched at line starts taken from the layout's line breaks, not by a multiline pattern run
over the whole text: the two must find the same spans."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.exclusions import _line_starts, _patterns
from factcheck.scan import scan

_PLAIN = re.compile(r"(?m)^[ \t]*\(?\d{1,2}[.)](?=[ \t])")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="12 \t\n\r\u2028().ab", max_size=30))
def test_enumerators_are_the_multiline_ones(text: str) -> None:
    enumerator = _patterns("id").enumerator
    matches = (enumerator.match(text, at) for at in _line_starts(text, scan(text, "id")))
    found = [m.span() for m in matches if m is not None]
    assert found == [m.span() for m in _PLAIN.finditer(text)]
