"""One document from whatever a caller hands over: a string, a mapping, a dataframe row.

Archives come from dataframes and JSON dumps, so fields arrive in every shape: publication dates as ISO
strings, dates, timestamps, or missing as None, NaN, NaT or pandas' NA; languages as ``"ID"``, ``"en-US"`` or
``"id_ID"``. They are read here, once, and anything that cannot be read becomes the document's error instead of
an exception: one bad row never stops a run over a million.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

import attrs

from factcheck.lang import SUPPORTED

_MISSING_TYPES = frozenset({"NaTType", "NAType"})
"""pandas' missing markers, recognised by name so that pandas is never imported to recognise them."""


@attrs.frozen
class Document:
    """A text with its id and what extraction needs; ``error`` set means it is reported, not extracted."""

    id: str
    text: str
    lang: str | None = None
    reference_date: dt.date | None = None
    error: str | None = None


def is_missing(value: object) -> bool:
    """None, a float NaN, pandas' ``NaT`` and ``NA``, numpy's ``NaT``: a dataframe's ways of saying nothing."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if type(value).__name__ in _MISSING_TYPES:
        return True
    if type(value).__name__ == "datetime64":
        return str(value) == "NaT"
    return False


def read_lang(value: object) -> str | None:
    """A language code from ``"id"``, ``"ID"``, ``"en-US"``, ``"id_ID"``; None (detect) when missing or blank."""
    if is_missing(value):
        return None
    if not isinstance(value, str):
        raise ValueError(f"lang must be a language code such as 'id' or 'en-US', not {type(value).__name__}")
    if not value.strip():
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    if code not in SUPPORTED:
        raise ValueError(f"unsupported lang {value!r}; supported: {', '.join(SUPPORTED)}")
    return code


def read_reference_date(value: object) -> dt.date | None:
    """The day a text was written, from what a dataframe holds.

    A timestamp with a time of day gives its own calendar date, in its own time zone: a story stamped
    ``2024-07-04T23:30+07:00`` was written on 4 July where it was published, and that is the day its "kemarin"
    counts from. Strings are ISO 8601 dates or timestamps; anything else is a ``ValueError`` naming it.
    """
    if is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if type(value).__name__ == "datetime64":
        value = str(value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(f"reference_date {value!r} is not an ISO date (YYYY-MM-DD) or timestamp") from None
    raise ValueError(f"reference_date must be a date, a datetime or an ISO string, not {type(value).__name__}")


def read_id(value: object, position: int) -> str:
    """Ids become strings, so a column of them has one type; a missing id is the document's position."""
    if is_missing(value):
        return str(position)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a pandas int column with a gap turns into floats
    return str(value)


def read_document(item: object, position: int, *, lang: str | None = None,
                  reference_date: dt.date | None = None) -> Document:
    """The document at ``position`` of the input; never raises: what cannot be read is its ``error``.

    ``lang`` and ``reference_date`` are the defaults for items that do not give their own.
    """
    if isinstance(item, Document):
        return item
    if isinstance(item, Mapping):
        fields: Mapping[Any, Any] = item
        doc_id = read_id(fields.get("id"), position)
        text = fields.get("text")
        raw_lang, raw_date = fields.get("lang"), fields.get("reference_date")
    else:
        doc_id, text, raw_lang, raw_date = str(position), item, None, None
    problem = _text_problem(text)
    if problem is not None:
        return Document(doc_id, "", error=problem)
    assert isinstance(text, str)
    try:
        code = read_lang(raw_lang) or lang
        day = read_reference_date(raw_date) or reference_date
    except ValueError as err:
        return Document(doc_id, "", error=str(err))
    return Document(doc_id, text, code, day)


def _text_problem(text: object) -> str | None:
    if isinstance(text, str):
        return None
    if isinstance(text, (bytes, bytearray)):
        return "text must be a str, not bytes: decode it first (e.g. data.decode('utf-8'))"
    if is_missing(text):
        return "document has no text"
    return f"text must be str, not {type(text).__name__}"


__all__ = ["Document", "is_missing", "read_document", "read_id", "read_lang", "read_reference_date"]
