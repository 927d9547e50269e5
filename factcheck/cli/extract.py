"""``factcheck extract PATH...``: claims of a text as a table for people, or of many documents (files,
directories, JSON Lines, standard input) as JSON Lines, CSV or Parquet for programs (``cli/batch.py``)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factcheck.api import extract_claims
from factcheck.archive.outputs import FORMATS
from factcheck.claims import Claim
from factcheck.cli.batch import run_many
from factcheck.lang import DATE_LANGUAGES, SUPPORTED


def reference_date(text: str) -> dt.date:
    """An argparse type for ``--reference-date``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def count(text: str) -> int:
    """An argparse type for ``--jobs`` (0: one per core) and ``--part-rows`` (0: the default)."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a whole number, 0 or more: {text!r}")
    return value


def add_parser(sub: Any) -> None:
    extract = sub.add_parser("extract", help="print the checkable claims of texts",
                             description="Claims of one text as a table, or of many documents as JSON Lines, CSV "
                                         "or Parquet rows (see docs/archives.md).")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="UTF-8 text files, directories (searched recursively), or - for standard input")
    extract.add_argument("--lang", choices=DATE_LANGUAGES, metavar="LANG",
                         help=f"language of the texts (default: detected): {', '.join(SUPPORTED)}, or for dates only "
                              "any dateparser locale (es, fr, de …)")
    extract.add_argument("--reference-date", type=reference_date, metavar="YYYY-MM-DD",
                         help="the day the texts were written, to resolve 'kemarin', 'last week', '24 Februari'")
    extract.add_argument("--format", choices=("table", "html", "jsonl", *FORMATS),
                         help="table (default for one text file), html (one text as a page a desk can read), "
                              "jsonl (default otherwise), csv, or parquet (a directory of part files)")
    extract.add_argument("--kinds", help="comma-separated kinds to keep (default: all)")
    many = extract.add_argument_group("many documents")
    many.add_argument("--input-format", choices=("text", "jsonl"), default="text",
                      help="text: a document per file; jsonl: a document per line (default: text)")
    many.add_argument("--glob", help="files to take from directories (default: *.txt, or *.jsonl for jsonl input)")
    many.add_argument("--id-field", default="id", help="JSON Lines field with the document id (default: id)")
    many.add_argument("--text-field", default="text", help="... with the text (default: text)")
    many.add_argument("--lang-field", default="lang", help="... with the language (default: lang)")
    many.add_argument("--date-field", default="reference_date",
                      help="... with the publication date, the reference date (default: reference_date)")
    many.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    many.add_argument("--resume", action="store_true",
                      help="finish an interrupted run into the same --output: documents done are skipped")
    many.add_argument("--part-rows", type=count, metavar="N",
                      help="parquet: rows per part file (default and 0: 100000); a killed run redoes at most a part")
    many.add_argument("--jobs", "-j", type=count, default=1, metavar="N",
                      help="worker processes (default 1; 0: one per core)")
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


def _one_text(args: argparse.Namespace) -> bool:
    """Whether the call is the original one-text form: a single text file or ``-`` to standard output."""
    single = (len(args.paths) == 1 and args.input_format == "text"
              and (args.output is None or args.format == "html")
              and (args.paths[0] == "-" or not Path(args.paths[0]).is_dir()))
    return single and args.format in (None, "table", "html")


def run(args: argparse.Namespace) -> int:
    if not _one_text(args):
        if args.format in (None, "table", "html"):
            if args.format in ("table", "html"):
                print(f"factcheck: --format {args.format} shows one text; for many use jsonl, csv or parquet",
                      file=sys.stderr)
                return 2
            args.format = "jsonl"
        return run_many(args)
    text = read_text(args.paths[0])
    if text is None:
        return 2
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()] if args.kinds else None
    try:
        claims = extract_claims(text, lang=args.lang, reference_date=args.reference_date, kinds=kinds)
    except ValueError as err:
        print(f"factcheck: {err}", file=sys.stderr)
        return 2
    if args.format == "html":
        return _page(text, claims, args)
    print(table(claims))
    return 0


def _page(text: str, claims: Sequence[Claim], args: argparse.Namespace) -> int:
    """The text as one self-contained HTML page (``factcheck.page``), to ``--output`` or standard output."""
    from factcheck.page import render_html
    from factcheck.worthiness import score_sentences

    scored = score_sentences(text, claims[0].lang if claims else args.lang, reference_date=args.reference_date)
    page = render_html(text, claims, scored, title=Path(args.paths[0]).name)
    if args.output is None:
        sys.stdout.write(page)
        return 0
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as err:
        print(f"factcheck: cannot write {args.output}: {err}", file=sys.stderr)
        return 2
    return 0
