"""Fit the few weights of ``factcheck.worthiness`` on the annotated sentences, and report how they rank.

    python -m tests.worthiness_fit            # ROC-AUC, precision and recall at the threshold, per language
    python -m tests.worthiness_fit --fit      # and the weights a logistic regression finds (odd passages)

The passages with an odd number are the training half; the others are held out, and the figures for them are
the ones docs/scoring.md reports.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from factcheck import worthiness

DATA = Path(__file__).parent / "data" / "checkworthy.jsonl"


def passages() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def labelled(passage: dict) -> list[tuple[worthiness.SentenceScore, bool]]:
    """Each annotated sentence with the scored sentence that holds its start."""
    text, offsets = "", []
    for s in passage["sentences"]:
        offsets.append(len(text))
        text += s["text"] + ("\n" if s.get("paragraph_break_after") else " ")
    scored = worthiness.score_sentences(text, passage["lang"])
    out = []
    for offset, s in zip(offsets, passage["sentences"], strict=True):
        holder = next((x for x in scored if x.start <= offset < max(x.end, x.start + 1)), None)
        if holder is None:
            holder = min(scored, key=lambda x: abs(x.start - offset))
        out.append((holder, bool(s["checkworthy"])))
    return out


def auc(pairs: list[tuple[float, bool]]) -> float:
    positives = [s for s, y in pairs if y]
    negatives = [s for s, y in pairs if not y]
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def report(rows: list[tuple[str, float, bool]], label: str) -> None:
    for lang in ("id", "en"):
        pairs = [(s, y) for code, s, y in rows if code == lang]
        kept = [y for s, y in pairs if s >= worthiness.THRESHOLD]
        precision = sum(kept) / len(kept) if kept else 0.0
        recall = sum(kept) / sum(y for _, y in pairs)
        print(f"{label} {lang}: {len(pairs)} sentences, ROC-AUC {auc(pairs):.3f}, at {worthiness.THRESHOLD}: "
              f"precision {precision:.3f}, recall {recall:.3f}")


def fit(rows: list[tuple[list[str], bool]], rounds: int = 3000, rate: float = 0.1) -> dict[str, float]:
    names = list(worthiness.WEIGHTS)
    weights = dict.fromkeys(names, 0.0)
    bias = 0.0
    for _ in range(rounds):
        grad = dict.fromkeys(names, 0.0)
        grad_bias = 0.0
        for features, y in rows:
            z = bias + sum(weights[f] for f in features)
            error = 1 / (1 + math.exp(-z)) - y
            grad_bias += error
            for f in features:
                grad[f] += error
        bias -= rate * grad_bias / len(rows)
        for f in names:
            weights[f] -= rate * (grad[f] / len(rows) + 0.01 * weights[f])
    weights["BIAS"] = bias
    return weights


def main() -> None:
    train, held_out = [], []
    features = []
    for passage in passages():
        number = int(passage["id"].split("-")[1])
        for scored, y in labelled(passage):
            row = (passage["lang"], scored.score, y)
            (train if number % 2 else held_out).append(row)
            if number % 2:
                features.append(([name for name, _ in scored.features], y))
    report(train, "training")
    report(held_out, "held out")
    if "--fit" in sys.argv:
        print({k: round(v, 2) for k, v in fit(features).items()})


if __name__ == "__main__":
    main()
