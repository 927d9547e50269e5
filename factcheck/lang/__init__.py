"""Language data: one module per language (``id``, ``en``), each defining ``DATA``; no logic lives here.

A language is supported when its module exists here: ``SUPPORTED`` is read from this package's contents, so
adding a language means adding one data module (and its test corpus), not touching a registry.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from factcheck.lang.base import LanguageData

_NOT_LANGUAGES = frozenset({"base", "common"})

SUPPORTED: tuple[str, ...] = tuple(
    sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name not in _NOT_LANGUAGES)
)


@cache
def get(code: str) -> LanguageData:
    """The data of a supported language; ``ValueError`` naming the supported ones otherwise."""
    if code not in SUPPORTED:
        raise ValueError(f"unsupported language {code!r}; supported: {', '.join(SUPPORTED)}")
    data = importlib.import_module(f"{__name__}.{code}").DATA
    assert isinstance(data, LanguageData)
    return data


__all__ = ["SUPPORTED", "LanguageData", "get"]
