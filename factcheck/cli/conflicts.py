"""``factcheck conflicts FILES…``: the same figures reported differently across articles."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from factcheck.cli.compare import _rates
from factcheck.cli.extract import read_text, reference_date


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("conflicts", help="find figures that articles report differently")
    parser.add_argument("files", nargs="+", help="text files (one article each) or .jsonl files of documents "
                        "with id, text and optional lang and reference_date")
    parser.add_argument("--reference-date", type=reference_date, metavar="YYYY-MM-DD",
                        help="the day the text files were written (JSON Lines documents carry their own)")
    parser.add_argument("--rate", action="append", default=[], metavar="BASE/QUOTE=RATE",
                        help="an exchange rate, e.g. USD/IDR=16250 (repeatable)")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table")
    parser.set_defaults(run=run)


def _documents(names: list[str], day: object) -> Iterator[dict[str, object]]:
    for name in names:
        if name.endswith(".jsonl"):
            text = read_text(name)
            if text is None:
                raise ValueError(f"cannot read {name}")
            for number, line in enumerate(text.splitlines(), start=1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as err:
                        raise ValueError(f"{name}, line {number}: not JSON: {err.msg}") from None
            continue
        text = read_text(name)
        if text is None:
            raise ValueError(f"cannot read {name}")
        yield {"id": Path(name).stem if name != "-" else "stdin", "text": text, "reference_date": day}


def run(args: argparse.Namespace) -> int:
    from factcheck.verify import find_conflicts

    try:
        report = find_conflicts(list(_documents(args.files, args.reference_date)), rates=_rates(args.rate))
    except (TypeError, ValueError) as err:
        print(f"factcheck: {err}", file=sys.stderr)
        return 2
    for doc, message in report.errors:
        print(f"factcheck: {doc}: {message}", file=sys.stderr)
    for conflict in report:
        if args.format == "jsonl":
            print(json.dumps(conflict.to_dict(), ensure_ascii=False))
            continue
        print(conflict.reason)
        for (doc, claim), sentence in zip(conflict.members, conflict.sentences, strict=True):
            shown = sentence if len(sentence) <= 100 else sentence[:97] + "..."
            print(f"  {doc:<24} {claim.text:<28} {shown}")
        print()
    if args.format == "table":
        print(f"{len(report)} conflicts in {report.documents} documents ({report.claims} claims, "
              f"{len(report.errors)} unreadable)")
    return 0
