"""The words of a language's tables, for the tests that try a pattern or a gate after every one of them."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from factcheck import lang as languages


def table_words(code: str) -> list[str]:
    """Every word of every table of the language (keys of mappings, members of word sets), sorted."""
    data = languages.get(code)
    words: set[str] = set()
    for field in attrs.fields(type(data)):
        value = getattr(data, field.name)
        listed = isinstance(value, (tuple, frozenset, set, list))
        items = value.keys() if isinstance(value, Mapping) else value if listed else ()
        words |= {w for w in items if isinstance(w, str) and w}
    return sorted(words)
