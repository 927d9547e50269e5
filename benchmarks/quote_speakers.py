"""Quote F1 and speaker accuracy on annotated passages of Indonesian, English and Malay news.

    python -m benchmarks.quote_speakers        # add -v for every miss outside the held-out passages
    python -m benchmarks.quote_speakers -v --held-out     # and the held-out misses too

Besides all passages, the figures are given for the passages worked on and for each batch of held-out passages
(``HELD_OUT``: written before the rules they measure were changed, and not read while fixing them).

The passages (``tests/data/quote_passages.py``) were written for this measure in the house styles of Reuters, AP,
AFP, the BBC, The Guardian, 1990s newswire corpora, Kompas, Detik, Antara, Tempo and CNN Indonesia, and
annotated by hand: each quote's content, its speaker as a checker writes it down, and the surface form. A gold
quote is found when a claim overlaps it (a quotation over paragraphs may be one claim or several, as the shared
scorer allows); a claim that overlaps no gold quote is a false positive. A speaker is right when the claim's
``speaker_full`` or ``speaker`` is the gold name, ends with it, or holds its last word (``Kepala BNPB
Suharyanto`` for ``Suharyanto``), or is the gold surface form.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from typing import Any

import factcheck
from tests.data.quote_passages import HELD_OUT, PASSAGES


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().replace("-nya", "").split())


def _speaker_right(gold: str | None, surface: str | None, got: str | None) -> bool:
    if gold is None or got is None:
        return gold is None and got is None
    g, o = _norm(gold), _norm(got)
    return g == o or g.endswith(o) or o.endswith(g) or g.split()[-1] in o.split() or o == _norm(surface)


Prediction = tuple[int, int, str | None, str]
"""A predicted quote: start and end offsets in the passage's text, the speaker as the tool gives it, the text."""


def gold_quotes(passage: dict[str, Any]) -> list[tuple[int, int, dict[str, Any]]]:
    """Each annotated quote with its span in the passage's text (``nth`` picks the occurrence)."""
    text = passage["text"]
    gold = []
    for quote in passage["quotes"]:
        start = -1
        for _ in range(quote.get("nth", 1)):
            start = text.find(quote["content"], start + 1)
        gold.append((start, start + len(quote["content"]), quote))
    return gold


def factcheck_quotes(text: str, lang: str | None) -> list[Prediction]:
    """factcheck's quote claims, each with ``speaker_full`` or else ``speaker``."""
    out: list[Prediction] = []
    for claim in factcheck.extract_claims(text, lang=lang):
        if claim.kind == "quote":
            value = claim.value
            got = getattr(value, "speaker_full", None) or getattr(value, "speaker", None)
            out.append((claim.start, claim.end, got, claim.text))
    return out


def score(passage: dict[str, Any], predicted: list[Prediction], counts: Counter[str],
          misses: list[tuple[str, str, str]]) -> None:
    """Count one passage into ``counts``: a gold quote is found by the first prediction that overlaps it (its
    speaker then right or not), else missed; a prediction that overlaps no gold quote is false."""
    gold = gold_quotes(passage)
    for start, end, quote in gold:
        hit = next((p for p in predicted if p[0] < end and start < p[1]), None)
        if hit is None:
            counts["missed"] += 1
            misses.append((passage["id"], "missed", quote["content"][:60]))
            continue
        counts["found"] += 1
        got = hit[2]
        if _speaker_right(quote.get("speaker"), quote.get("surface"), got):
            counts["speaker"] += 1
        else:
            misses.append((passage["id"], "speaker", f"{quote['content'][:40]!r}: {quote.get('speaker')!r}, "
                                                      f"got {got!r}"))
    for p_start, p_end, _, p_text in predicted:
        if not any(p_start < end and start < p_end for start, end, _ in gold):
            counts["false"] += 1
            misses.append((passage["id"], "false", p_text[:60]))


def rates(counts: Counter[str]) -> tuple[float, float, float, float]:
    """Quote precision, recall and F1, and speaker accuracy over the quotes found."""
    precision = counts["found"] / max(1, counts["found"] + counts["false"])
    recall = counts["found"] / max(1, counts["found"] + counts["missed"])
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return precision, recall, f1, counts["speaker"] / max(1, counts["found"])


def _line(label: str, counts: Counter[str]) -> str:
    precision, recall, f1, speaker = rates(counts)
    return (f"{label}: quotes P {precision:.3f} R {recall:.3f} F1 {f1:.3f}; speaker right "
            f"{counts['speaker']}/{counts['found']} = {speaker:.3f}")


def main() -> None:
    stats: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    misses: list[tuple[str, str, str]] = []
    for passage in PASSAGES:
        batch = HELD_OUT.get(passage["id"])
        part = f"held out {batch}" if batch else "worked on"
        local: Counter[str] = Counter()
        found: list[tuple[str, str, str]] = []
        score(passage, factcheck_quotes(passage["text"], passage["lang"]), local, found)
        for key in ((passage["lang"], "all"), (passage["lang"], part)):
            stats[key].update(local)
        if batch is None or "--held-out" in sys.argv:
            misses.extend(found)
    for (lang, part), counts in sorted(stats.items(), key=lambda kv: (kv[0][0], kv[0][1] != "all", kv[0][1])):
        print(_line(lang if part == "all" else f"  {lang} {part}", counts))
    if "-v" in sys.argv:
        for miss in misses:
            print(*miss)


if __name__ == "__main__":
    main()
