"""Date precision and recall per date-only language, on its corpus (``tests/corpus/<code>/dates.py``).

    python -m benchmarks.date_languages            # every date-only corpus
    python -m benchmarks.date_languages es fr de   # some

Every example counts, the known gaps included, and every negative: a span is right when it is exactly the
expected one; a value is right when every value key the example gives matches too. These corpora were written
blind, in each language's news style, by someone who did not see the code; the corrections in
``factcheck/lang/fixes.py`` were then made looking at what they missed, so read the figures as a check of the
data layer, not as an unseen test.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from pathlib import Path

import factcheck
from tests.test_corpus import CORPUS, _anchor_span, _same


def score(code: str) -> tuple[int, int, int, int]:
    """Right spans, expected spans, false claims, right values for one language's dates corpus."""
    module = importlib.import_module(f"tests.corpus.{code}.dates")
    right = expected = false = values = 0
    for example in [*module.EXAMPLES, *getattr(module, "GAPS", [])]:
        ref = dt.date.fromisoformat(example.reference_date) if example.reference_date else None
        got = {(c.start, c.end): c for c in factcheck.extract_claims(example.text, lang=code, reference_date=ref)
               if c.kind == "date"}
        wanted = {_anchor_span(example.text, c): c for c in example.claims if c.kind == "date"}
        expected += len(wanted)
        false += sum(1 for span in got if span not in wanted)
        for span, claim in wanted.items():
            if span in got:
                right += 1
                value = got[span].value.to_dict()
                values += all(k in value and _same(k, v, value[k]) for k, v in claim.value.items())
    for text in getattr(module, "NEGATIVES", ()):
        false += sum(1 for c in factcheck.extract_claims(text, lang=code) if c.kind == "date")
    return right, expected, false, values


def main() -> None:
    codes = sys.argv[1:] or sorted(p.name for p in Path(CORPUS).iterdir()
                                   if (p / "dates.py").exists() and p.name not in factcheck.LANGUAGES)
    total = [0, 0, 0, 0]
    for code in codes:
        right, expected, false, values = score(code)
        total = [a + b for a, b in zip(total, (right, expected, false, values), strict=True)]
        print(f"{code:4} P {right / max(1, right + false):.2f}  R {right / max(1, expected):.2f}  "
              f"spans {right}/{expected}  values {values}/{expected}  false {false}")
    right, expected, false, values = total
    print(f"all  P {right / max(1, right + false):.3f}  R {right / max(1, expected):.3f}  "
          f"spans {right}/{expected}  values {values}/{expected}  false {false}")


if __name__ == "__main__":
    main()
