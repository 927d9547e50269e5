"""Precision and recall per claim kind on a language's example corpora (``tests/corpus/<lang>/``).

For each example (and gap) of a corpus module, the claims of the module's kinds that ``extract_claims`` finds are
matched to the listed ones by kind and exact span; a match whose listed values all agree is a true positive, any
other claim found is a false positive, any listed claim not matched a false negative. Negatives count their claims
as false positives. Run from the repository root::

    python -m benchmarks.corpus_scores ms
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import factcheck
from tests.corpus.spec import Ex

CORPUS = Path(__file__).parent.parent / "tests" / "corpus"
AMOUNT_KEYS = {"amount", "amount_max", "rank"}


def _same(key: str, expected: Any, got: Any) -> bool:
    if key in AMOUNT_KEYS and expected is not None:
        return got is not None and Decimal(str(expected)) == Decimal(str(got))
    return bool(expected == got)


def _score(lang: str, kinds: tuple[str, ...], example: Ex, tp: Counter[str], fp: Counter[str],
           fn: Counter[str]) -> None:
    ref = dt.date.fromisoformat(example.reference_date) if example.reference_date else None
    found = {(c.kind, c.start, c.end): c for c in factcheck.extract_claims(example.text, lang=lang,
                                                                           reference_date=ref) if c.kind in kinds}
    for listed in example.claims:
        pos = -1
        for _ in range(listed.nth):
            pos = example.text.find(listed.anchor, pos + 1)
        claim = found.pop((listed.kind, pos, pos + len(listed.anchor)), None)
        values = claim.value.to_dict() if claim is not None else {}
        if claim is not None and all(k in values and _same(k, v, values[k]) for k, v in listed.value.items()):
            tp[listed.kind] += 1
        else:
            fn[listed.kind] += 1
            if claim is not None:
                fp[listed.kind] += 1  # the right span with a wrong value is wrong both ways
    for kind, _, _ in found:
        fp[kind] += 1


def main(lang: str) -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for info in pkgutil.iter_modules([str(CORPUS / lang)]):
        module = importlib.import_module(f"tests.corpus.{lang}.{info.name}")
        kinds = tuple(module.KINDS)
        for example in [*module.EXAMPLES, *getattr(module, "GAPS", [])]:
            _score(lang, kinds, example, tp, fp, fn)
        for text in getattr(module, "NEGATIVES", []):
            for claim in factcheck.extract_claims(text, lang=lang):
                if claim.kind in kinds:
                    fp[claim.kind] += 1
    print(f"{'kind':10} {'listed':>6} {'found':>6} {'right':>6} {'precision':>9} {'recall':>6}")
    for kind in factcheck.KINDS:
        listed, found = tp[kind] + fn[kind], tp[kind] + fp[kind]
        precision = tp[kind] / found if found else 1.0
        recall = tp[kind] / listed if listed else 1.0
        print(f"{kind:10} {listed:6} {found:6} {tp[kind]:6} {precision:9.3f} {recall:6.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "ms")
