"""A claim's id: short, and the same for the same text in every process, on every machine and in every release.

The id is a digest of what the text says, not of where the library happens to be in it:

    "fc1" · kind · digest of (the paragraph's text · how many identical paragraphs came before it) ·
    the claim's start and end inside that paragraph

hashed with SHA-256 and written as the first 16 characters of its lower-case base32 form (80 bits: a collision
is unlikely below 10^11 claims). A paragraph is a line of the text, which no release of the library splits
differently; so an edit elsewhere in the document, a new version of the library that reads a value better, or a
different machine leave the id alone, while a change to the claim's own words, span or kind gives a new one. The
same paragraph syndicated to two outlets gives the same ids in both: pair an id with its document's id where a
row must be unique across documents. The paragraph is hashed once and its digest shared by all of its claims, so
a document that is one long line with thousands of figures still costs one pass.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import _Hash

_VERSION = "fc1"
_SEPARATOR = "\x1f"


def paragraph_digest(paragraph: str, occurrence: int = 0) -> str:
    """What a paragraph contributes to the ids of its claims: its text and, for the ``occurrence``-th repeat of the
    same paragraph in a document (0 for the first), that count."""
    key = _SEPARATOR.join((paragraph, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def claim_id(kind: str, paragraph: str, start: int, end: int, occurrence: int = 0) -> str:
    """The id of a ``kind`` claim at ``[start, end)`` inside ``paragraph`` (offsets relative to the paragraph),
    in the ``occurrence``-th copy of that paragraph in its document (0 for the first)."""
    return id_in_paragraph(kind, paragraph_digest(paragraph, occurrence), start, end)


def id_in_paragraph(kind: str, digest: str, start: int, end: int) -> str:
    """The id of a ``kind`` claim at ``[start, end)`` of the paragraph whose :func:`paragraph_digest` is ``digest``."""
    key = _SEPARATOR.join((_VERSION, kind, digest, str(start), str(end)))
    return base32(hashlib.sha256(key.encode("ascii")).digest()[:10])


class Ids:
    """The ids of one text's claims: the hash of what a kind and a paragraph's digest contribute is taken once and
    copied for each claim, which then hashes only its offsets (the same ids as :func:`id_in_paragraph`)."""

    def __init__(self) -> None:
        self._begun: dict[tuple[str, str], _Hash] = {}

    def of(self, kind: str, digest: str, start: int, end: int) -> str:
        begun = self._begun.get((kind, digest))
        if begun is None:
            begun = hashlib.sha256(_SEPARATOR.join((_VERSION, kind, digest, "")).encode("ascii"))
            self._begun[kind, digest] = begun
        hashed = begun.copy()
        hashed.update(f"{start}{_SEPARATOR}{end}".encode("ascii"))
        return base32(hashed.digest()[:10])


_PAIRS = [a + b for a in "abcdefghijklmnopqrstuvwxyz234567" for b in "abcdefghijklmnopqrstuvwxyz234567"]
"""Every two characters of lower-case base32 (RFC 4648), by the ten bits they stand for."""


def base32(ten_bytes: bytes) -> str:
    """The lower-case base32 form of ten bytes (16 characters, no padding), as ``base64.b32encode`` writes it,
    read ten bits at a time: the standard library's encoder is pure Python and cost more than the hash."""
    n = int.from_bytes(ten_bytes, "big")
    pairs = _PAIRS
    return (pairs[n >> 70] + pairs[(n >> 60) & 1023] + pairs[(n >> 50) & 1023] + pairs[(n >> 40) & 1023]
            + pairs[(n >> 30) & 1023] + pairs[(n >> 20) & 1023] + pairs[(n >> 10) & 1023] + pairs[n & 1023])
