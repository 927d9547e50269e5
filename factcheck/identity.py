"""A claim's id: short, and the same for the same text in every process, on every machine and in every release.

The id is a digest of what the text says, not of where the library happens to be in it:

    "fc1" · kind · the paragraph's text · the claim's start and end inside that paragraph ·
    how many identical paragraphs came before it in the document

hashed with SHA-256 and written as the first 16 characters of its lower-case base32 form (80 bits: a collision
is unlikely below 10^11 claims). A paragraph is a line of the text, which no release of the library splits
differently; so an edit elsewhere in the document, a new version of the library that reads a value better, or a
different machine leave the id alone, while a change to the claim's own words, span or kind gives a new one. The
same paragraph syndicated to two outlets gives the same ids in both: pair an id with its document's id where a
row must be unique across documents.
"""

from __future__ import annotations

import base64
import hashlib

_VERSION = "fc1"
_SEPARATOR = "\x1f"


def claim_id(kind: str, paragraph: str, start: int, end: int, occurrence: int = 0) -> str:
    """The id of a ``kind`` claim at ``[start, end)`` inside ``paragraph`` (offsets relative to the paragraph),
    in the ``occurrence``-th copy of that paragraph in its document (0 for the first)."""
    key = _SEPARATOR.join((_VERSION, kind, paragraph, str(start), str(end), str(occurrence)))
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()
    return base64.b32encode(digest).decode("ascii")[:16].lower()
