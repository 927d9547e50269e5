"""``factcheck extract`` over many documents: files, directories, JSON Lines, in a pool, resumable.

The interpreter and the patterns cost about a second per invocation, so an archive is extracted in one run,
not one run per file. Output is written a document at a time, flushed, so a run stopped by Ctrl-C, a crash or
a kill leaves a readable file, and ``--resume`` finishes it without losing or repeating a document.
"""

from __future__ import annotations

import argparse
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from factcheck.archive.batch import checked_task, run_documents, worker_count
from factcheck.archive.outputs import FormatTask, Writer, open_writer
from factcheck.cli.inputs import Fields, Item, expand, jsonl_items, text_items, total_bytes
from factcheck.cli.progress import Progress

INTERRUPTED = 130
"""The shell's status for a run stopped by Ctrl-C."""


def _setup(args: argparse.Namespace) -> tuple[FormatTask, list[str], Writer]:
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()] if args.kinds else None
    task = FormatTask(checked_task(lang=args.lang, reference_date=args.reference_date, kinds=kinds,
                                   min_score=None), args.format)
    worker_count(args.jobs)
    if args.resume and args.output is None:
        raise ValueError("--resume needs --output: the file to finish")
    pattern = args.glob or ("*.jsonl" if args.input_format == "jsonl" else "*.txt")
    files = expand(args.paths, pattern)
    try:
        writer = open_writer(Path(args.output) if args.output else None, args.format, args.resume, args.part_rows)
    except ImportError:
        raise ValueError("--format parquet needs pyarrow: pip install 'factcheck-claims[parquet]'") from None
    return task, files, writer


def run_many(args: argparse.Namespace) -> int:
    """Extract every document of the inputs into one output; a summary on standard error."""
    try:
        task, files, writer = _setup(args)
    except FileNotFoundError as err:
        print(f"factcheck: no such file: {err.args[0]}", file=sys.stderr)
        return 2
    except (ValueError, TypeError, FileExistsError) as err:
        print(f"factcheck: {err}", file=sys.stderr)
        return 2
    fields = Fields(args.id_field, args.text_field, args.lang_field, args.date_field)
    items = jsonl_items(files, fields) if args.input_format == "jsonl" else text_items(files)
    progress = Progress(total_bytes(files))
    sizes: deque[int] = deque()

    def documents(items: Iterator[Item]) -> Iterator[Any]:
        for item in items:
            if item.id in writer.done:
                progress.skip(item.size)
                continue
            sizes.append(item.size)
            yield item.document

    warm = (args.lang,) if args.lang else None
    status = 0
    try:
        pairs = run_documents(task, documents(items), jobs=args.jobs, lang=args.lang,
                              reference_date=args.reference_date, warm=warm)
        for _document, piece in pairs:
            writer.write(piece)
            progress.done(sizes.popleft(), piece.claims, piece.error is not None)
    except KeyboardInterrupt:
        status = INTERRUPTED
    finally:
        writer.close()
        progress.close()
    if status == INTERRUPTED:
        print("factcheck: interrupted; run the same command with --resume to finish", file=sys.stderr)
    return status


__all__ = ["run_many"]
