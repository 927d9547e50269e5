"""Language data: one module per full language (``id``, ``en``, ``ms``), each defining ``DATA``; no logic lives here.

A language is fully supported when its module exists here: ``SUPPORTED`` is read from this package's contents,
so adding a language means adding one data module (and its test corpus), not touching a registry. Every other
locale dateparser ships (``DATE_LANGUAGES``) is a date-only language, built from dateparser's data on first use
(``factcheck.lang.locales``), with the corrections in ``factcheck.lang.fixes``.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from factcheck.lang import fixes, locales
from factcheck.lang.base import LanguageData

_NOT_LANGUAGES = frozenset({"base", "common", "fixes", "holidays", "locales"})

SUPPORTED: tuple[str, ...] = tuple(
    sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.ispkg and m.name not in _NOT_LANGUAGES)
)
"""Full languages: every kind of claim."""

DATE_LANGUAGES: tuple[str, ...] = tuple(sorted(set(SUPPORTED) | set(locales.codes())))
"""Every language dates are found in: the full ones and each locale dateparser has data for."""


@cache
def get(code: str) -> LanguageData:
    """The data of a language (full or date-only); ``ValueError`` naming the supported ones otherwise."""
    if code in SUPPORTED:
        module = importlib.import_module(f"{__name__}.{code}")
        data = module.DATA
        assert isinstance(data, LanguageData)
        return locales.merged(data, getattr(module, "DATEPARSER_DROPPED", {}))
    if code in DATE_LANGUAGES:
        return locales.date_only(code, fixes.FIXES.get(code))
    raise ValueError(f"unsupported language {code!r}; full languages: {', '.join(SUPPORTED)}; dates only: any "
                     "locale dateparser has data for (factcheck.lang.DATE_LANGUAGES)")


__all__ = ["DATE_LANGUAGES", "SUPPORTED", "LanguageData", "get"]
