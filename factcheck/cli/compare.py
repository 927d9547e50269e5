"""``factcheck compare CLAIM REFERENCE``: a claim's sentence held against a reference, the verdict and why."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from factcheck.api import extract_claims
from factcheck.claims import KINDS, Claim
from factcheck.cli.extract import read_text, reference_date
from factcheck.lang import SUPPORTED

EXIT_STATUS = {"consistent": 0, "inconsistent": 1, "not_comparable": 3}
"""So a script can branch on the verdict, as on ``diff``'s; 2 stays bad input."""


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("compare", help="hold a claim against an official figure, a date or a transcript")
    parser.add_argument("claim", help="the sentence that makes the claim (its first figure is checked)")
    parser.add_argument("reference", nargs="?", help="the reference: a figure, a date, a duration as text")
    parser.add_argument("--transcript", metavar="FILE", help="for a quote: the transcript to check it against")
    parser.add_argument("--kind", choices=KINDS, help="which kind of claim in the sentence to check")
    parser.add_argument("--claim-number", type=int, default=1, metavar="N",
                        help="the N-th claim of that kind in the sentence (default 1)")
    parser.add_argument("--lang", choices=SUPPORTED, help="language of the sentence (default: detected)")
    parser.add_argument("--reference-lang", choices=SUPPORTED, help="language of the reference (default: the claim's)")
    parser.add_argument("--reference-date", type=reference_date, metavar="YYYY-MM-DD",
                        help="the day the sentence was written, to resolve 'kemarin', '24 Februari'")
    parser.add_argument("--rate", action="append", default=[], metavar="BASE/QUOTE=RATE",
                        help="an exchange rate, e.g. USD/IDR=16250 (repeatable)")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table")
    parser.set_defaults(run=run)


def _rates(items: list[str]) -> dict[str, str] | None:
    rates = {}
    for item in items:
        pair, equals, rate = item.partition("=")
        if not equals:
            raise ValueError(f"a rate is BASE/QUOTE=RATE, e.g. USD/IDR=16250, not {item!r}")
        rates[pair.strip()] = rate.strip()
    return rates or None


def _pick(claims: list[Claim], kind: str | None, number: int, text: str) -> Claim:
    candidates = [c for c in claims if c.kind == kind] if kind else [c for c in claims if c.kind != "date"] or claims
    if not candidates:
        raise ValueError(f"no {kind or 'claim'} found in {text!r}")
    if not 1 <= number <= len(candidates):
        raise ValueError(f"--claim-number {number}: the sentence has {len(candidates)} such claims")
    return candidates[number - 1]


def run(args: argparse.Namespace) -> int:
    from factcheck.verify import compare  # the verification modules load on first use

    try:
        reference: object = args.reference
        if args.transcript:
            reference = read_text(args.transcript)
            if reference is None:
                return 2
        if reference is None:
            raise ValueError("give a reference, or --transcript FILE for a quote")
        claims = extract_claims(args.claim, lang=args.lang, reference_date=args.reference_date)
        claim = _pick(claims, args.kind or ("quote" if args.transcript else None), args.claim_number, args.claim)
        result = compare(claim, reference, rates=_rates(args.rate), lang=args.reference_lang,
                         reference_date=args.reference_date)
    except (TypeError, ValueError) as err:
        print(f"factcheck: {err}", file=sys.stderr)
        return 2
    if args.format == "jsonl":
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(f"{result.verdict}: {result.reason}")
    return EXIT_STATUS[result.verdict]
