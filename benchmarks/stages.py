"""Where the time goes: each stage of ``extract_claims`` timed alone on ~1 MB of news, best of three.

    python -m benchmarks.stages en          # or id; add --dense for the corpus sentences
    python -m benchmarks.stages en --profile 25   # and the 25 costliest functions under cProfile

The stages are the ones ``factcheck.api.extract_claims`` runs, in its order; ``rest`` is what the total spends
beyond them (dropping overlaps, placing claims in sentences and paragraphs, attribution and scores, building
``Claim`` objects).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable
from typing import Any

import factcheck
from benchmarks.texts import article, dense
from factcheck.exclusions import excluded_spans
from factcheck.kinds import dates, numeric, ordinal, quotes
from factcheck.kinds.base import SpanSet
from factcheck.numbers import find_numbers
from factcheck.scan import scan
from factcheck.sentences import layout


def _best(func: Callable[[], Any], rounds: int = 3) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(rounds):
        began = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - began)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=("id", "en"))
    parser.add_argument("--dense", action="store_true", help="corpus sentences instead of an article")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--profile", type=int, metavar="N", help="also print the N costliest functions")
    args = parser.parse_args()
    code = args.lang
    text = dense(code, args.size) if args.dense else article(code, args.size)
    factcheck.extract_claims(text[:5000], lang=code)  # compile the language's patterns first

    times: dict[str, float] = {}
    times["scan"], read = _best(lambda: scan(text, code))
    times["exclusions"], excluded = _best(lambda: SpanSet(excluded_spans(text, code, read)))
    times["dates"], timed = _best(lambda: dates.find(text, code, None, excluded, read))
    blocked = SpanSet(excluded.spans() + [(c.start, c.end) for c in timed])
    times["numbers"], tokens = _best(lambda: list(find_numbers(text, code, read)))
    times["numeric"], _ = _best(lambda: numeric.find(text, code, tokens, blocked, read))
    times["ordinal"], _ = _best(lambda: ordinal.find(text, code, blocked, read))
    times["quotes"], _ = _best(lambda: quotes.find(text, code, read))
    times["layout"], _ = _best(lambda: layout(text, code))  # paragraphs, sentences, line breaks, quote marks
    total, claims = _best(lambda: factcheck.extract_claims(text, lang=code))
    times["rest"] = total - sum(times.values())

    size = len(text.encode("utf-8")) / 1e6
    print(f"{code} {'dense' if args.dense else 'article'}, {size:.2f} MB, {len(claims)} claims, "
          f"{len(read.hits)} scan hits: {total:.3f} s = {size / total:.2f} MB/s")
    for name, seconds in times.items():
        print(f"  {name:<11} {seconds:7.3f} s  {100 * seconds / total:5.1f} %")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        factcheck.extract_claims(text, lang=code)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
