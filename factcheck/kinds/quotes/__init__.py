"""Direct quotes and their speakers.

Quote marks, found with the paragraphs and sentences in the text's one layout (``factcheck.sentences``), are read
once, left to right, paragraph by paragraph, with a stack: “ ” „ « » ‘ ’ pair by shape, straight marks (" and ')
open or close by what stands beside them, and an apostrophe inside a word (``Jum'at``, ``don't``) is no mark. A
paragraph that ends inside a quote continues it only when the next paragraph opens with a mark (the newsroom
convention for quotes over paragraphs); otherwise the stray mark is dropped and swallows nothing. The scan is
linear in the text whatever the marks do.

A quoted span becomes a claim when a speech verb stands next to it (``"…," ujar Putin``, ``Smith said: "…"``) or
when it is long enough to be speech; a short quoted phrase with no verb is a scare quote or a title.

- ``marks``: where quotations open and close;
- ``people``: the names and roles a quote may be by, and what a pronoun can mean;
- ``mentions``: the people named as subjects near quotes, read only where a quote asks;
- ``names``: the names a text writes, and what a short name or an acronym stands for in full;
- ``attribution``: who said a quote (the cue beside it, reported speech, a colon introduction, a follow-on);
- here: the pass over a text's quotes, in order.
"""

from __future__ import annotations

from factcheck import lang as languages
from factcheck.claims import QuoteValue
from factcheck.kinds.base import Candidate
from factcheck.kinds.quotes.attribution import _attribution, _goes_on, _speech_before
from factcheck.kinds.quotes.marks import (
    _MIN_WORDS_PARTIAL,
    _MIN_WORDS_WITHOUT_CUE,
    ATTRIBUTED,
    LONG,
    RULES,
    _content,
    _word_count,
    find_spans,
)
from factcheck.kinds.quotes.mentions import _Mentions
from factcheck.kinds.quotes.names import NameIndex
from factcheck.kinds.quotes.people import (
    _PERSON,
    _epithet,
    _Lines,
    _openers,
    _role_before,
    _Speakers,
    _Subjects,
    _titles,
)
from factcheck.kinds.quotes.subjects import _Reported
from factcheck.scan import Scan, scan
from factcheck.speakers import Name


def find(text: str, code: str, read: Scan | None = None) -> list[Candidate]:
    """Quote candidates in ``text``, each with its speaker and cue."""
    data = languages.get(code)
    read = read or scan(text, code)
    structure = read.layout()
    spans = list(find_spans(text, structure))
    if not spans:
        return []
    speakers = _Speakers()
    lines = _Lines(structure, text)
    names = NameIndex(text, _openers(code), _titles(code))
    everyone = _Reported(text, data, read, lines, [lines.number(s.open_at) for s in spans], names)
    mentions = _Mentions(text, data, names, spans, lines, everyone.within)
    subjects = _Subjects(everyone.first, mentions.first)
    out: list[Candidate] = []
    last: tuple[int, Name | None, int] | None = None  # (end, speaker, paragraph) of the last attributed quote

    def tell(pos: int, paragraph: int) -> None:
        """Give the speakers the people named before ``pos``, before a pronoun there is resolved: the ones named
        before speech verbs first, then the ones mentioned (the order of the text, and for a tie, of reading)."""
        everyone.tell(speakers, pos, paragraph)
        mentions.tell(speakers, pos, paragraph)

    for span in spans:
        words = _word_count(text, span)
        if words == 0:
            continue
        name, cue = _attribution(text, span, data, lines, subjects, names)
        resolved = False
        opened_in = lines.number(span.open_at)
        follows = cue is None and last is not None and _goes_on(text, span, last, lines, everyone.between, data)
        if follows and last is not None:
            name = last[1]  # '"A," kata Budi. "B."': the same speaker goes on
        elif cue is None and words >= _MIN_WORDS_PARTIAL:
            name, cue = _speech_before(text, span, data, lines, subjects)
        if not follows and cue is None and words < _MIN_WORDS_WITHOUT_CUE:
            continue  # a scare quote, a title, a nickname
        if name is not None and name.pronoun:
            pronoun = data.cues_with_pronoun.get(name.text.lower(), name.text.lower())
            tell(span.open_at, opened_in)
            target = speakers.resolve(text, span.open_at, opened_in, pronoun, data, lines.reach(opened_in))
            if target is not None:
                name, resolved = target, True
            else:
                name = None
        full = names.full(name) if name is not None else None  # "Lopez said" after "Maria Lopez, …"
        if full is not None and name is not None:
            full = names.person(full, name)  # "ujar Pudji" after "Deputi Bidang … dan Jasa BPS Pudji Ismartini"
        if full is None and name is not None:
            full = _role_before(name, everyone.earlier(span.open_at), text, data, names)
        if full is None and name is not None and _epithet(text, name, data):
            tell(span.open_at, opened_in)
            full = speakers.resolve(text, span.open_at, opened_in, _PERSON, data, lines.reach(opened_in))
            # "ucap politikus Partai Golkar itu": the person named before
        if name is not None:
            speakers.add(span.open_at, opened_in, name)
        if cue is not None:
            last = (span.end, name, lines.number(span.end))
        value = QuoteValue(_content(text, span), name.text if name else None, name.start if name else None,
                           name.end if name else None, cue, resolved, full.text if full else None)
        out.append(Candidate("quote", span.start, span.end, value, ATTRIBUTED if cue else LONG))
    return out


__all__ = ["ATTRIBUTED", "LONG", "RULES", "find", "find_spans"]
