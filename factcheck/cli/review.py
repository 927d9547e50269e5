"""``factcheck review FILE --url … --rating … --reviewer …``: ClaimReview JSON-LD for the claims of a text."""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from typing import Any

from factcheck.api import extract_claims
from factcheck.cli.extract import read_text, reference_date
from factcheck.lang import SUPPORTED


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("review", help="schema.org ClaimReview (JSON-LD) for the claims of a text")
    parser.add_argument("file", help="the article, a UTF-8 text file, or - for standard input")
    parser.add_argument("--url", required=True, help="the address of the published review")
    parser.add_argument("--rating", required=True, help="the verdict in words, e.g. 'Salah', 'Misleading'")
    parser.add_argument("--reviewer", required=True, help="the organisation that checked the claim")
    parser.add_argument("--reviewer-url", help="the reviewer's address")
    parser.add_argument("--rating-value", type=float, help="the rating on a numeric scale")
    parser.add_argument("--best-rating", type=float)
    parser.add_argument("--worst-rating", type=float)
    parser.add_argument("--article-url", help="where the claim appeared")
    parser.add_argument("--date-published", metavar="YYYY-MM-DD", help="the review's date (default: today)")
    parser.add_argument("--reference-date", type=reference_date, metavar="YYYY-MM-DD",
                        help="the day the article was published")
    parser.add_argument("--id", action="append", default=[], help="only the claim with this id (repeatable)")
    parser.add_argument("--kinds", help="comma-separated kinds to review (default: all)")
    parser.add_argument("--lang", choices=SUPPORTED)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from factcheck.verify import ClaimReviewAdvisory, claimreview

    text = read_text(args.file)
    if text is None:
        return 2
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()] if args.kinds else None
    try:
        claims = extract_claims(text, lang=args.lang, reference_date=args.reference_date, kinds=kinds)
        chosen = [c for c in claims if not args.id or c.id in args.id]
        if args.id and len(chosen) < len(set(args.id)):
            missing = sorted(set(args.id) - {c.id for c in chosen})
            raise ValueError(f"no claim with id {', '.join(missing)} in {args.file}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ClaimReviewAdvisory)  # the CLI says it once, below
            reviews = [claimreview(c, url=args.url, rating=args.rating, reviewer=args.reviewer, source=text,
                                   reviewer_url=args.reviewer_url, rating_value=args.rating_value,
                                   best_rating=args.best_rating, worst_rating=args.worst_rating,
                                   date_published=args.date_published, article_url=args.article_url,
                                   reference_date=args.reference_date) for c in chosen]
    except (TypeError, ValueError) as err:
        print(f"factcheck: {err}", file=sys.stderr)
        return 2
    for data in reviews:
        print(json.dumps(data, ensure_ascii=False))
    long = sum(len(r["claimReviewed"]) > 75 for r in reviews)
    if long:
        print(f"factcheck: {long} claimReviewed sentences are over 75 characters, which Google's fact-check "
              "tools advise against", file=sys.stderr)
    return 0
