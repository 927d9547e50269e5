"""``factcheck extract FILE|-``: claims of a text as a table for people or JSON Lines for programs."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from factcheck.api import extract_claims
from factcheck.claims import Claim
from factcheck.lang import SUPPORTED


def _reference_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factcheck", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="print the checkable claims of a text")
    extract.add_argument("file", help="a UTF-8 text file, or - for standard input")
    extract.add_argument("--lang", choices=SUPPORTED, help="language of the text (default: detected)")
    extract.add_argument("--reference-date", type=_reference_date, metavar="YYYY-MM-DD",
                         help="the day the text was written, to resolve 'kemarin', 'last week', '24 Februari'")
    extract.add_argument("--format", choices=("table", "jsonl"), default="table")
    extract.add_argument("--kinds", help="comma-separated kinds to keep (default: all)")
    return parser


def _value_summary(claim: Claim) -> str:
    value = claim.value.to_dict()
    shown = {k: v for k, v in value.items() if v not in (None, False) and k not in ("content",)}
    return ", ".join(f"{k}={v}" for k, v in shown.items())


def _table(claims: Sequence[Claim]) -> str:
    rows = [("start", "end", "kind", "text", "value")]
    for c in claims:
        text = c.text if len(c.text) <= 48 else c.text[:45] + "..."
        rows.append((str(c.start), str(c.end), c.kind, text.replace("\n", " "), _value_summary(c)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4] for r in rows]
    lines.append(f"{len(claims)} claims")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except FileNotFoundError:
        print(f"factcheck: no such file: {args.file}", file=sys.stderr)
        return 2
    except (UnicodeDecodeError, IsADirectoryError, PermissionError) as err:
        print(f"factcheck: cannot read {args.file}: {err}", file=sys.stderr)
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
        print(_table(claims))
    return 0


if __name__ == "__main__":
    sys.exit(main())
