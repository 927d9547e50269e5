"""``factcheck extract FILE|-``: claims of a text as a table for people or JSON Lines for programs."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factcheck.api import extract_claims
from factcheck.claims import Claim
from factcheck.lang import DATE_LANGUAGES, SUPPORTED


def reference_date(text: str) -> dt.date:
    """An argparse type for ``--reference-date``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def add_parser(sub: Any) -> None:
    extract = sub.add_parser("extract", help="print the checkable claims of a text")
    extract.add_argument("file", help="a UTF-8 text file, or - for standard input")
    extract.add_argument("--lang", choices=DATE_LANGUAGES, metavar="LANG",
                         help=f"language of the text (default: detected): {', '.join(SUPPORTED)}, or for dates only "
                              "any dateparser locale (es, fr, de …)")
    extract.add_argument("--reference-date", type=reference_date, metavar="YYYY-MM-DD",
                         help="the day the text was written, to resolve 'kemarin', 'last week', '24 Februari'")
    extract.add_argument("--format", choices=("table", "jsonl"), default="table")
    extract.add_argument("--kinds", help="comma-separated kinds to keep (default: all)")
    extract.set_defaults(run=run)


def read_text(name: str) -> str | None:
    """The text of a file (``-``: standard input); None after reporting why it cannot be read."""
    try:
        return sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        print(f"factcheck: no such file: {name}", file=sys.stderr)
    except (UnicodeDecodeError, IsADirectoryError, PermissionError) as err:
        print(f"factcheck: cannot read {name}: {err}", file=sys.stderr)
    return None


def value_summary(claim: Claim) -> str:
    value = claim.value.to_dict()
    shown = {k: v for k, v in value.items() if v not in (None, False) and k not in ("content",)}
    return ", ".join(f"{k}={v}" for k, v in shown.items())


def table(claims: Sequence[Claim]) -> str:
    rows = [("start", "end", "kind", "text", "value")]
    for c in claims:
        text = c.text if len(c.text) <= 48 else c.text[:45] + "..."
        rows.append((str(c.start), str(c.end), c.kind, text.replace("\n", " "), value_summary(c)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4] for r in rows]
    lines.append(f"{len(claims)} claims")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    text = read_text(args.file)
    if text is None:
        return 2
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()] if args.kinds else None
    try:
        claims = extract_claims(text, lang=args.lang, reference_date=args.reference_date, kinds=kinds)
    except ValueError as err:
        print(f"factcheck: {err}", file=sys.stderr)
        return 2
    if args.format == "jsonl":
        for c in claims:
            print(json.dumps(c.to_dict(), ensure_ascii=False))
    else:
        print(table(claims))
    return 0
