"""What a fact-checker needs around each claim: who the sentence attributes it to, and how worth checking it is.

Attribution is read once per sentence from its cues (``menurut X``, ``mengutip dari X``, ``according to X``,
``X said``, ``kata X``) and hedges (``dilaporkan``, ``reportedly``), and every claim in the sentence carries it.

The check-worthiness ``score`` adds transparent features (see ``docs/scoring.md``): a base per kind (a figure
is more checkable than a weekday), then a named source, a comparison or superlative, an exact (non-round)
figure, a hedge, and for quotes whether they state a fact (a figure or a date inside) or a wish or opinion.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from decimal import Decimal
from functools import cache, lru_cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import Attribution, QuoteValue, Span, Value
from factcheck.kinds.base import previous_word
from factcheck.lang.base import LanguageData
from factcheck.patterns import admits, compile_pattern, gate, head_after, lower_words, trie
from factcheck.scan import Scan
from factcheck.speakers import Name, cue_patterns, name_after, name_before

BASE = {"money": 0.55, "percent": 0.55, "quantity": 0.45, "date": 0.30, "duration": 0.30, "ordinal": 0.25,
        "quote": 0.30}
"""Where each kind starts: figures are what fact-checkers check most."""
WEIGHTS = {
    "named_source": 0.15,
    "hedge": 0.10,
    "comparison": 0.10,
    "exact_figure": 0.05,
    "comparator": 0.05,
    "opinion": -0.15,
    "quote_with_figure": 0.25,
    "quote_with_date": 0.10,
    "figure_in_sentence": 0.05,
}
"""How each feature moves the score (documented in docs/scoring.md)."""


_PRONOUN_REACH = 800
"""How far back (characters) a pronoun source (``ia mengatakan``, ``menurutnya``, ``he said``) looks for the
name it stands for."""


def _sentence_attribution(text: str, span: Span, data: LanguageData, cue_starts: list[int],
                          last: Attribution | None) -> Attribution | None:
    """The attribution of one sentence; a pronoun source is the last named source within ``_PRONOUN_REACH``."""
    cues = cue_patterns(data.code)
    hedge: Attribution | None = None
    first = bisect_left(cue_starts, span.start)
    matches = (cues.attribution.match(text, at, min(span.end, at + 60))
               for at in cue_starts[first:bisect_left(cue_starts, span.end)])
    for m in matches:
        if m is None:
            continue
        cue = m.group().lower()
        name = None
        if m.group("source"):
            name = name_after(text, m.end(), data, span.end)
        elif m.group("report"):
            if not _reports_here(text, m, data):
                continue
            name = name_before(text, m.start(), data, floor=span.start)
            if (name is None or name.pronoun) and cue in data.cues_after_quote:
                after = name_after(text, m.end(), data, span.end)  # "said the minister", "kata Budi"
                if after is not None and (after.text[:1].isupper() or after.pronoun or
                                          after.text.split()[0].lower() in data.speaker_determiners):
                    name = after if name is None or not after.pronoun else name
        elif hedge is None:
            hedge = Attribution(None, None, None, cue, hedge=True)
            continue
        if name is not None and not name.pronoun:
            return Attribution(name.text, name.start, name.end, cue)
        if cue in data.cues_with_pronoun:
            name = Name(cue, m.start(), m.end(), pronoun=True)  # "Menurutnya, …"
        if name is not None:
            earlier = _named_before(text, m.start(), data, cue_starts, last)
            if earlier is not None:
                return attrs.evolve(earlier, cue=cue)  # "Ia menambahkan, …", "Menurut dia, …": the last named source
    return hedge


def _named_before(text: str, pos: int, data: LanguageData, cue_starts: list[int],
                  last: Attribution | None) -> Attribution | None:
    """The nearest named source before ``pos`` within ``_PRONOUN_REACH``: a name before a report verb
    (``Kepala BNPB Suharyanto mengatakan``), or the last attribution of an earlier sentence."""
    cues = cue_patterns(data.code)
    k = bisect_left(cue_starts, pos) - 1
    while k >= 0 and pos - cue_starts[k] <= _PRONOUN_REACH:
        at = cue_starts[k]
        k -= 1
        if last is not None and last.start is not None and last.start > at:
            break
        m = cues.attribution.match(text, at, min(len(text), at + 60))
        if m is None or not m.group("report") or not _reports_here(text, m, data):
            continue
        name = name_before(text, m.start(), data, floor=max(0, at - 200))
        if name is not None and not name.pronoun and name.text[:1].isupper():
            return Attribution(name.text, name.start, name.end, m.group().lower())
    if last is not None and last.start is not None and pos - last.start <= _PRONOUN_REACH:
        return last
    return None


@cache
def _speech_next(code: str) -> regex.Pattern[str]:
    """Speech after a verb: a comma, a colon, a quote mark, or a word that opens reported speech (``that``)."""
    words = trie(languages.get(code).complementizers)
    return compile_pattern(f"[\\s\\u00a0]*+(?:[,:;\"“”‘]|(?i:{words})(?![\\p{{L}}]))")


def _reports_here(text: str, m: regex.Match[str], data: LanguageData) -> bool:
    """Whether a report verb attributes here: a verb that also means something else (``added 73,000 jobs``,
    ``menolak relokasi``) only before speech (a comma, a colon, a quote, ``that``/``bahwa``), and a verb that
    is also a noun (``a previous forecast of 3.7%``, ``following reports of``) not after a determiner."""
    word = m.group("report").lower()
    speech = _speech_next(data.code).match(text, m.end(), min(len(text), m.end() + 12))
    if word in data.speech_only_verbs and speech is None:
        return False
    prev = previous_word(text, m.start())
    return prev is None or prev.group().lower() not in data.noun_determiners


def attributions(text: str, code: str, sentences: Sequence[Span], read: Scan) -> dict[int, Attribution | None]:
    """The attribution of each of ``sentences``, by its start offset."""
    data = languages.get(code)
    cue_starts = [h[0] for h in read.words(cue_patterns(code).attribution_words)]
    out: dict[int, Attribution | None] = {}
    last: Attribution | None = None
    for sentence in sorted(sentences, key=lambda s: s.start):
        found = _sentence_attribution(text, sentence, data, cue_starts, last)
        out[sentence.start] = found
        if found is not None and found.source is not None:
            last = found
    return out


@attrs.frozen
class _Words:
    opinion: re.Pattern[str]
    comparison: re.Pattern[str]
    """Both searched in the text's lower-case twin (``Scan.lower``)."""


def _words(code: str) -> _Words:
    data = languages.get(code)
    return _Words(
        lower_words(data.opinion_words),
        lower_words(data.superlatives),
    )


_WORD_CACHE: dict[str, _Words] = {}


@cache
def link_label(code: str) -> regex.Pattern[str] | None:
    """``Baca juga:``, ``Read more:`` (``related_links``), ``Simak Video`` (``related_lead_ins``), an embed's
    ``[Gambas:``: what opens a line of another story."""
    data = languages.get(code)
    labels = f"(?i:{trie(data.related_links)})\\s*+:" if data.related_links else ""
    lead_ins = f"(?i:{trie(data.related_lead_ins)})\\s" if data.related_lead_ins else ""
    either = "|".join(p for p in (labels, lead_ins) if p)
    return compile_pattern(f"\\[?+(?:{either})") if either else None


@cache
def _label_alone(code: str) -> regex.Pattern[str] | None:
    """A link label alone on its line (``Read more:``, ``RELATED COVERAGE``, ``Artikel Terkait``): the lines
    after it are other stories' headlines."""
    labels = languages.get(code).related_links
    return compile_pattern(f"\\s*+(?i:{trie(labels)})\\s*+:?\\s*+") if labels else None


@cache
def _furniture(code: str) -> regex.Pattern[str] | None:
    """A line of the page's furniture (``page_furniture``): its word, then a figure, a bracket, a slash, a colon or
    a copyright sign (``Comments (87)``, ``Dibaca 2.145 kali``, ``Tags:``), or a line of a figure and its word
    alone (``2 min read``; ``5 shares of Apple`` is the story's). A figure alone on its line (``1.2K``) may be a
    share counter or the whole of a short text, and stays."""
    words = languages.get(code).page_furniture
    if not words:
        return None
    either = f"(?i:{trie(words)})"
    return compile_pattern(f"\\s*+(?:{either}\\s*+[\\p{{N}}(\\[/:©]|\\p{{N}}[\\p{{N}}.,]*+\\s*+{either}\\s*+\\Z)")


@cache
def _line_heads(code: str) -> frozenset[str]:
    """What a line of another story or of the furniture may start with (``gate``): a word of the labels, lead-ins
    and furniture, a figure, a bracket."""
    data = languages.get(code)
    return gate([*data.related_links, *data.related_lead_ins, *data.page_furniture]) | set("0123456789[")


_HEADLINE_WORDS = 20
"""The most words a line below a link label may have and still be another story's headline."""


def other_stories(text: str, code: str, starts: Sequence[int], ends: Sequence[int]) -> set[int]:
    """The starts of the paragraphs that are other stories' headlines or the page's furniture, whose figures are
    not this article's claims: a paragraph opening with a link label (``Baca juga: …``), below a label alone on
    its line the lines that read as headlines (no more than ``_HEADLINE_WORDS`` words, no full stop at the end) up
    to the first that does not, and a line of furniture (``Comments (87)``, ``2 min read``)."""
    label, alone, furniture = link_label(code), _label_alone(code), _furniture(code)
    if label is None and furniture is None:
        return set()
    heads = _line_heads(code)
    out: set[int] = set()
    below = False
    for start, end in zip(starts, ends, strict=True):
        if not below and not admits(head_after(text, start), heads):
            continue  # most lines: no label, lead-in or furniture starts them
        if furniture is not None and furniture.match(text, start, end) is not None:
            out.add(start)
            continue
        if alone is not None and alone.fullmatch(text, start, end) is not None:
            below = True
            continue
        if label is not None and label.match(text, start, min(end, start + 40)) is not None:
            out.add(start)
            continue
        below = below and _headline(text, start, end)
        if below:
            out.add(start)
    return out


def _headline(text: str, start: int, end: int) -> bool:
    line = text[start:end].rstrip().rstrip("\"'”’)")
    return bool(line) and line[-1] not in ".!?" and len(line.split()) <= _HEADLINE_WORDS


@lru_cache(maxsize=4096)
def _round(amount: Decimal) -> bool:
    """Whether a figure is round (2,000, 7, 0.5, 150) rather than exact (2,347, 3.14, 18): one significant digit,
    or two before a zero. Read from the normalised figure's text (``2E+3``, ``1.5E+2``, ``18``, ``0.05``), which
    costs less than its digit tuple; an exponent with a plus is a whole number ending in zeros. Kept per amount:
    news repeats its figures (a Decimal keeps its hash)."""
    text = str(amount.normalize())
    significant = len(text.partition("E")[0].replace("-", "").replace(".", "").lstrip("0"))
    return significant <= 1 or (significant == 2 and "E+" in text)


@attrs.define
class Placed:
    """A candidate with the sentence and paragraph it stands in (not frozen, as ``Candidate``)."""

    kind: str
    start: int
    end: int
    value: Value
    sentence: Span
    paragraph: Span
    rule: str = ""
    """The candidate's rule, carried to its claim."""


_FIGURE_KINDS = frozenset({"money", "percent", "quantity"})


@attrs.frozen
class SentenceFacts:
    """What the score reads of a claim's sentence, gathered once per sentence (not once per claim, which made a
    sentence of thousands of claims quadratic)."""

    comparative: bool
    has_figure: bool
    starts: list[int]
    """Where the sentence's claims other than quotes start, sorted; ``kinds`` holds their kinds in that order."""
    kinds: list[str]

    def kinds_within(self, start: int, end: int) -> list[str]:
        return self.kinds[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def score(claim: Placed, text: str, attribution: Attribution | None, facts: SentenceFacts, words: _Words,
          lower: str) -> float:
    """Check-worthiness in [0, 1] from the claim's own features and its sentence (``lower``: the text in lower
    case, offsets kept)."""
    value = BASE[claim.kind]
    if attribution is not None:
        value += WEIGHTS["hedge"] if attribution.hedge else WEIGHTS["named_source"]
    if claim.kind in _FIGURE_KINDS:
        amount = getattr(claim.value, "amount", None)
        if isinstance(amount, Decimal) and not _round(amount):
            value += WEIGHTS["exact_figure"]
        if getattr(claim.value, "comparator", None):
            value += WEIGHTS["comparator"]
    if claim.kind == "quote":
        inside = facts.kinds_within(claim.start, claim.end)
        if any(kind in _FIGURE_KINDS for kind in inside):
            value += WEIGHTS["quote_with_figure"]
        elif any(kind in ("date", "duration") for kind in inside):
            value += WEIGHTS["quote_with_date"]
        if words.opinion.search(lower, claim.start, claim.end):
            value += WEIGHTS["opinion"]
    else:
        if facts.comparative:
            value += WEIGHTS["comparison"]
        if claim.kind in ("date", "duration", "ordinal") and facts.has_figure:
            value += WEIGHTS["figure_in_sentence"]
    return round(min(1.0, max(0.0, value)), 3)


def annotate(text: str, code: str, placed: Sequence[Placed], read: Scan) -> list[tuple[Attribution | None, float]]:
    """The attribution of each claim's sentence and the claim's score, in the order given. The claims are read
    sentence by sentence, so what the score gathers of a sentence (``SentenceFacts``) is held for one at a time."""
    sentences = {p.sentence.start: p.sentence for p in placed}
    by_sentence = attributions(text, code, list(sentences.values()), read)
    del sentences
    words = _WORD_CACHE.get(code) or _WORD_CACHE.setdefault(code, _words(code))
    quotes = sorted(((p.start, p.end, p.value) for p in placed
                     if isinstance(p.value, QuoteValue) and p.value.speaker), key=lambda q: q[0])
    quote_starts = [q[0] for q in quotes]
    out: list[tuple[Attribution | None, float]] = [(None, 0.0)] * len(placed)
    order = sorted(range(len(placed)), key=lambda i: placed[i].sentence.start)
    first = 0
    while first < len(order):
        sentence = placed[order[first]].sentence
        last = first
        while last < len(order) and placed[order[last]].sentence.start == sentence.start:
            last += 1
        group = [placed[i] for i in order[first:last]]
        facts = _facts(read.lower, sentence, group, words)
        for i, p in zip(order[first:last], group, strict=True):
            attribution = by_sentence[sentence.start]
            k = bisect_right(quote_starts, p.start) - 1
            if k >= 0 and p.end <= quotes[k][1]:
                said = quotes[k][2]  # a quote, and a figure inside one, is its speaker's
                attribution = Attribution(said.speaker, said.speaker_start, said.speaker_end, said.cue or "quote")
            out[i] = (attribution, score(p, text, attribution, facts, words, read.lower))
        first = last
    return out


def _facts(lower: str, sentence: Span, claims: Sequence[Placed], words: _Words) -> SentenceFacts:
    others = sorted((c.start, c.kind) for c in claims if c.kind != "quote")
    return SentenceFacts(words.comparison.search(lower, sentence.start, sentence.end) is not None,
                         any(c.kind in _FIGURE_KINDS for c in claims),
                         [start for start, _ in others], [kind for _, kind in others])


def compile_all(code: str) -> None:
    """Compile the context patterns a text may ask for later (``factcheck.warm_up``)."""
    _speech_next(code)
    link_label(code)
