"""Writing rows so that a run over an archive can stop at any moment and resume.

Each document's output is made in the worker (JSON Lines or CSV text, or an Arrow table for Parquet) and
written whole by the parent, then flushed: an interrupted run leaves a readable file whose last document may be
torn. On ``resume`` the writer reads back which documents are done, cuts the file back to the start of the last
document it holds (which may be incomplete: it is simply done again) and appends. Parquet goes to a directory of
part files, each written under a temporary name and renamed when complete, so a part is either whole or absent.

A document without claims writes nothing, so a resumed run extracts it again: harmless, as it writes nothing
again. Ids must be unique for resume to be exact.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol

import attrs

from factcheck.archive.batch import ExtractTask, Result
from factcheck.archive.documents import Document
from factcheck.archive.rows import NAMES, Row, result_rows

if TYPE_CHECKING:
    import pyarrow

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet")
ROWS_PER_PART = 100_000
"""Rows per Parquet part file by default: about 30 MB of rows in memory, row groups large enough to read fast;
a run killed (not interrupted: Ctrl-C writes what it holds) loses at most this many rows' work."""


@attrs.frozen
class Piece:
    """One document's output, ready to write: text (JSON Lines, CSV) or an Arrow table (Parquet)."""

    id: str
    claims: int
    error: str | None
    payload: Any


@attrs.frozen
class FormatTask:
    """Extraction and formatting in one step, so the worker, not the parent, pays for the serialisation."""

    extract: ExtractTask
    format: Format

    def __call__(self, document: Document) -> Piece:
        return self._piece(document, self.extract(document))

    def failed(self, document: Document, error: str) -> Piece:
        return self._piece(document, self.extract.failed(document, error))

    def _piece(self, document: Document, result: Result) -> Piece:
        if self.format == "jsonl":
            payload: Any = jsonl_text(result)
        elif self.format == "csv":
            payload = csv_text(result_rows(document, result))
        else:
            payload = arrow_table(result_rows(document, result))
        return Piece(result.id, len(result.claims), result.error, payload)


def jsonl_text(result: Result) -> str:
    """A claim per line, ``Claim.to_dict()`` with the document's id first; an error as one line."""
    if result.error is not None:
        return json.dumps({"document": result.id, "error": result.error}, ensure_ascii=False) + "\n"
    return "".join(json.dumps({"document": result.id, **c.to_dict()}, ensure_ascii=False) + "\n"
                   for c in result.claims)


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return str(value)
    return value


def csv_text(rows: list[Row]) -> str:
    """Rows as CSV records (columns in ``NAMES`` order; None is empty, booleans are true/false)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([_csv_cell(row[name]) for name in NAMES])
    return out.getvalue()


def csv_header() -> str:
    return ",".join(NAMES) + "\n"


def arrow_table(rows: list[Row]) -> pyarrow.Table:
    import pyarrow as pa

    from factcheck.archive.schema import arrow_schema

    return pa.Table.from_pylist(rows, schema=arrow_schema())


class Writer(Protocol):
    done: set[str]
    """Ids of the documents already in the output (on resume)."""

    def write(self, piece: Piece) -> None: ...

    def close(self) -> None: ...


def _records(path: Path, format: Format) -> Iterator[tuple[str, int, int]]:
    """Each complete record of a JSON Lines or CSV file: its document id, and its start and end byte offsets.
    Stops at the first record that is torn (no final line break) or unreadable."""
    offset = 0
    with path.open("rb") as f:
        if format == "csv":
            header = f.readline()
            if not header.endswith(b"\n"):
                return
            offset = len(header)
        consumed = offset

        def lines() -> Iterator[str]:
            nonlocal consumed
            for raw in f:
                if not raw.endswith(b"\n"):
                    return
                consumed += len(raw)
                yield raw.decode("utf-8", errors="replace")

        if format == "jsonl":
            for line in lines():
                try:
                    document = json.loads(line)["document"]
                except (ValueError, KeyError, TypeError):
                    return
                yield str(document), offset, consumed
                offset = consumed
        else:
            for record in csv.reader(lines()):
                if len(record) != len(NAMES):
                    return
                yield record[0], offset, consumed
                offset = consumed


def resume_text(path: Path, format: Format) -> set[str]:
    """The documents done in ``path``; the file is cut back to the start of its last document, done again.

    A file that is not this command's output (its first line is no record of it) is refused, never cut.
    """
    base = 0
    with path.open("rb") as f:
        first = f.readline()
    if format == "csv" and first.endswith(b"\n"):
        if first.decode("utf-8", errors="replace") != csv_header():
            raise ValueError(f"{path} is not factcheck CSV output with these columns: not resuming into it")
        base = len(first)
    done: list[str] = []
    last_start = base
    for document, start, _end in _records(path, format):
        if not done or done[-1] != document:
            done.append(document)
            last_start = start
    if not done and format == "jsonl" and first.endswith(b"\n"):
        raise ValueError(f"{path} is not factcheck JSON Lines output: not resuming into it")
    with path.open("r+b") as f:
        f.truncate(last_start)
    return set(done[:-1])


class TextWriter:
    """JSON Lines or CSV to a file or standard output, a document per write, flushed."""

    def __init__(self, path: Path | None, format: Format, resume: bool) -> None:
        self.done: set[str] = set()
        self.format = format
        if path is None:
            self.out: IO[str] = sys.stdout
            self.owned = False
        else:
            if resume and path.exists():
                self.done = resume_text(path, format)
            self.out = path.open("a" if resume else "w", encoding="utf-8", newline="")
            self.owned = True
        if format == "csv" and (path is None or self.out.tell() == 0):
            self.out.write(csv_header())

    def write(self, piece: Piece) -> None:
        if piece.payload:
            self.out.write(piece.payload)
            self.out.flush()

    def close(self) -> None:
        self.out.flush()
        if self.owned:
            self.out.close()


class ParquetWriter:
    """A directory of ``part-NNNNN.parquet`` files; each appears only when complete."""

    def __init__(self, directory: Path, resume: bool, part_rows: int | None = None) -> None:
        import pyarrow.parquet as pq

        self.directory = directory
        self.part_rows = part_rows or ROWS_PER_PART
        self.done: set[str] = set()
        self.pending: list[pyarrow.Table] = []
        self.rows = 0
        parts = sorted(directory.glob("part-*.parquet")) if directory.is_dir() else []
        if parts and not resume:
            raise FileExistsError(f"{directory} already holds part files: pass --resume to go on, or remove them")
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob(".part-*.tmp"):
            stale.unlink()  # a part being written when the run stopped
        for part in parts:
            self.done.update(str(i) for i in pq.read_table(part, columns=["document_id"]).column(0).to_pylist())
        self.number = int(parts[-1].stem.split("-")[1]) + 1 if parts else 0

    def write(self, piece: Piece) -> None:
        if piece.payload.num_rows:
            self.pending.append(piece.payload)
            self.rows += piece.payload.num_rows
        if self.rows >= self.part_rows:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        name = f"part-{self.number:05d}.parquet"
        temporary = self.directory / f".{name}.tmp"
        pq.write_table(pa.concat_tables(self.pending), temporary)
        os.replace(temporary, self.directory / name)
        self.number += 1
        self.pending, self.rows = [], 0

    def close(self) -> None:
        self.flush()


def open_writer(path: Path | None, format: Format, resume: bool, part_rows: int | None = None) -> Writer:
    """The writer for ``format``; Parquet needs a directory ``path``, and closes a part every ``part_rows``."""
    if format == "parquet":
        if path is None:
            raise ValueError("--format parquet writes a directory of part files: give it with --output DIR")
        return ParquetWriter(path, resume, part_rows)
    return TextWriter(path, format, resume)


__all__ = ["FORMATS", "ROWS_PER_PART", "FormatTask", "ParquetWriter", "Piece", "TextWriter", "Writer",
           "arrow_table", "csv_text", "jsonl_text", "open_writer", "resume_text"]
