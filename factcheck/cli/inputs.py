"""What ``factcheck extract`` reads: text files, directories of them, JSON Lines of documents, standard input.

Inputs are read lazily, one document at a time, so an archive of any size streams. A file that cannot be read
or decoded, or a JSON line that is not an object, becomes that document's error; the run goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from factcheck.archive.documents import Document, read_id


@attrs.frozen
class Fields:
    """The names of a JSON Lines document's fields."""

    id: str = "id"
    text: str = "text"
    lang: str = "lang"
    date: str = "reference_date"


@attrs.frozen
class Item:
    """A document to extract (a ``Document``, or a mapping of its fields) and its size in bytes."""

    id: str
    document: Document | dict[str, Any]
    size: int


def expand(paths: Sequence[str], pattern: str) -> list[str]:
    """Files named and files under directories named (recursively, matching ``pattern``, sorted); ``-`` as is.
    A name that does not exist is a ``FileNotFoundError``: checked before anything runs."""
    out: list[str] = []
    for name in paths:
        path = Path(name)
        if name == "-":
            out.append(name)
        elif path.is_dir():
            out += [str(p) for p in sorted(path.rglob(pattern)) if p.is_file() and not p.name.startswith(".")]
        elif path.exists():
            out.append(name)
        else:
            raise FileNotFoundError(name)
    return out


def total_bytes(files: Sequence[str]) -> int | None:
    """The size of all inputs, for the progress bar's time left; None when standard input is among them."""
    if "-" in files:
        return None
    return sum(Path(f).stat().st_size for f in files)


def _stdin_lines() -> Iterator[bytes]:
    """Standard input as bytes, also when it has been replaced by a text stream (as tests and notebooks do)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        yield from buffer
    else:
        yield from (line.encode("utf-8") for line in sys.stdin)


def _read(name: str) -> bytes:
    return b"".join(_stdin_lines()) if name == "-" else Path(name).read_bytes()


def text_items(files: Sequence[str]) -> Iterator[Item]:
    """One document per file, its path as its id."""
    for name in files:
        try:
            data = _read(name)
        except OSError as err:
            yield Item(name, Document(name, "", error=f"cannot read {name}: {err.strerror or err}"), 0)
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            yield Item(name, Document(name, "", error=f"{name} is not UTF-8: {err}"), len(data))
            continue
        yield Item(name, {"id": name, "text": text}, len(data))


def _lines(name: str) -> Iterator[bytes]:
    if name == "-":
        yield from _stdin_lines()
        return
    with Path(name).open("rb") as f:
        yield from f


def jsonl_items(files: Sequence[str], fields: Fields) -> Iterator[Item]:
    """One document per line; a line without an id is known as ``FILE:LINE``."""
    for name in files:
        for number, line in enumerate(_lines(name), 1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                record = json.loads(line)
            except ValueError as err:
                yield Item(where, Document(where, "", error=f"{where} is not JSON: {err}"), len(line))
                continue
            if not isinstance(record, dict):
                yield Item(where, Document(where, "", error=f"{where} is not a JSON object"), len(line))
                continue
            raw_id = record.get(fields.id)
            doc_id = where if raw_id is None else read_id(raw_id, 0)
            yield Item(doc_id, {"id": doc_id, "text": record.get(fields.text), "lang": record.get(fields.lang),
                                "reference_date": record.get(fields.date)}, len(line))


__all__ = ["Fields", "Item", "expand", "jsonl_items", "text_items", "total_bytes"]
