"""A page a desk can read: the article with every claim marked at its exact span, in one self-contained HTML file.

No network, no external script or font: the style and the few lines of script that move the threshold are
inline. The article text is escaped, so HTML in it shows as text and never runs. Claims are marked by cutting the
text at every sentence and claim boundary: each piece is wrapped in its sentence (shaded by check-worthiness),
its quote and its claim, so pieces nest properly even where a quote runs over sentences; the pieces of one claim
share its ``data-claim`` id. Each claim's value, speaker, attribution and score show on hover or focus (its
``title``), and in the list beside the article.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from itertools import pairwise

from factcheck.claims import Claim, QuoteValue
from factcheck.worthiness import THRESHOLD, SentenceScore

COLOURS = {"quantity": "#ffd966", "percent": "#f6b26b", "money": "#93c47d", "ordinal": "#c9c9c9",
           "date": "#9fc5e8", "duration": "#b4a7d6", "quote": "#ead1dc"}

_STYLE = """
body{font:16px/1.6 Georgia,serif;margin:0;display:flex;gap:2em;padding:1.5em;color:#222}
article{flex:3;white-space:pre-wrap;max-width:48em}
aside{flex:2;font:13px/1.4 system-ui,sans-serif;max-height:95vh;overflow:auto}
mark{border-radius:3px;padding:0 1px;color:inherit}
mark:focus{outline:2px solid #1155cc}
.sentence.worth{background:rgba(255,235,150,var(--shade))}
.speaker{text-decoration:underline dotted}
li{margin-bottom:.5em}
""" + "".join(f".k-{kind}{{background:{colour}}}" for kind, colour in COLOURS.items())

_SCRIPT = """
const slider=document.getElementById('threshold'),shown=document.getElementById('shown');
function shade(){const t=parseFloat(slider.value);shown.textContent=t.toFixed(2);
for(const s of document.querySelectorAll('.sentence')){const v=parseFloat(s.dataset.score);
s.classList.toggle('worth',v>=t);s.style.setProperty('--shade',Math.max(.15,v));}}
slider.addEventListener('input',shade);shade();
"""


def render_html(text: str, claims: Sequence[Claim], sentences: Sequence[SentenceScore] = (),
                title: str = "factcheck") -> str:
    """The page for ``text``, its ``claims`` (from ``extract_claims``) and its scored ``sentences`` (from
    ``score_sentences``; optional)."""
    ids = {id(c): f"c{k}" for k, c in enumerate(claims)}
    spans = sorted(_speaker_spans(claims, ids, len(text)))
    cuts = {0, len(text)}
    for c in claims:
        cuts |= {c.start, c.end}
    for s in sentences:
        cuts |= {s.start, s.end}
    for start, end, _ in spans:
        cuts |= {start, end}
    points = sorted(p for p in cuts if 0 <= p <= len(text))
    by_start = sorted(claims, key=lambda c: c.start)
    ordered_sentences = sorted(sentences, key=lambda s: s.start)
    active: list[Claim] = []
    named: list[tuple[int, int, str]] = []
    next_claim = next_speaker = next_sentence = 0
    pieces = []
    for a, b in pairwise(points):
        while next_claim < len(by_start) and by_start[next_claim].start <= a:
            active.append(by_start[next_claim])
            next_claim += 1
        while next_speaker < len(spans) and spans[next_speaker][0] <= a:
            named.append(spans[next_speaker])
            next_speaker += 1
        while next_sentence < len(ordered_sentences) and ordered_sentences[next_sentence].end <= a:
            next_sentence += 1
        active = [c for c in active if c.end > a]
        named = [n for n in named if n[1] > a]
        sentence = ordered_sentences[next_sentence] if next_sentence < len(ordered_sentences) else None
        if sentence is not None and not (sentence.start <= a and b <= sentence.end):
            sentence = None
        pieces.append(_piece(text[a:b], active, named, sentence, ids))
    items = "".join(_item(c, ids[id(c)]) for c in claims)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"<style>{_STYLE}</style></head><body><article>{''.join(pieces)}</article><aside>"
            f"<label>Check-worthy from <input id=\"threshold\" type=\"range\" min=\"0\" max=\"1\" step=\"0.05\" "
            f"value=\"{THRESHOLD}\"> <span id=\"shown\"></span></label><ol>{items}</ol></aside>"
            f"<script>{_SCRIPT}</script></body></html>")


def _piece(piece: str, claims: Sequence[Claim], speakers: Sequence[tuple[int, int, str]],
           sentence: SentenceScore | None, ids: dict[int, str]) -> str:
    """One stretch of text between two boundaries, inside the claims, speaker names and sentence that cover it."""
    inner = html.escape(piece)
    for c in sorted(claims, key=lambda c: c.kind == "quote"):
        inner = (f"<mark class=\"claim k-{c.kind}\" data-claim=\"{ids[id(c)]}\" tabindex=\"0\" "
                 f"title=\"{html.escape(_summary(c))}\">{inner}</mark>")
    for _, _, claim_id in speakers:
        inner = f"<span class=\"speaker\" data-speaker-of=\"{claim_id}\">{inner}</span>"
    if sentence is not None:
        inner = (f"<span class=\"sentence\" data-score=\"{sentence.score}\" "
                 f"title=\"check-worthiness {sentence.score}\">{inner}</span>")
    return inner


def _speaker_spans(claims: Sequence[Claim], ids: dict[int, str], size: int) -> list[tuple[int, int, str]]:
    """Where each quote's speaker is named, with the quote's id: the link from a quote to who said it."""
    out = []
    for c in claims:
        value = c.value
        if isinstance(value, QuoteValue) and value.speaker_start is not None and value.speaker_end is not None \
                and 0 <= value.speaker_start < value.speaker_end <= size:
            out.append((value.speaker_start, value.speaker_end, ids[id(c)]))
    return out


def _summary(claim: Claim) -> str:
    value = {k: v for k, v in claim.value.to_dict().items() if v not in (None, False, "")}
    parts = [f"{claim.kind}: {json.dumps(value, ensure_ascii=False, default=str)}", f"score {claim.score}"]
    if claim.attribution is not None and claim.attribution.source:
        parts.append(f"source: {claim.attribution.source}")
    return " · ".join(parts)


def _item(claim: Claim, claim_id: str) -> str:
    return (f"<li id=\"item-{claim_id}\"><b class=\"k-{claim.kind}\">{html.escape(claim.kind)}</b> "
            f"<a href=\"#\" data-claim=\"{claim_id}\">{html.escape(claim.text[:120])}</a><br>"
            f"{html.escape(_summary(claim))}</li>")
