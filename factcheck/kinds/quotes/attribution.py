"""Who said a quote: the speech cue beside it, reported speech before it, a colon introduction, a follow-on quote."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from factcheck.kinds.quotes.headlines import _headline, _headline_after
from factcheck.kinds.quotes.holders import _holder_after_comma, _holder_before_quote
from factcheck.kinds.quotes.marks import _GAP, _NAME_WORD, _NEXT_OPENING, _TAIL_WORD, Span
from factcheck.kinds.quotes.names import NameIndex
from factcheck.kinds.quotes.people import _SPACE_CHARS, _Lines, _sentence_start, _Subjects
from factcheck.kinds.quotes.subjects import _name_before_verb, _role_speaker, _source_after
from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_pattern
from factcheck.speakers import Name, cue_patterns, name_after, name_before


def _attribution(text: str, span: Span, data: LanguageData, lines: _Lines, subjects: _Subjects,
                 names: NameIndex) -> tuple[Name | None, str | None]:
    cues = cue_patterns(data.code)
    _, para_end = lines.bounds(span.close_at)
    after = cues.after_quote.match(text, span.after, min(para_end, span.after + 80))
    if after is not None and text[span.end - 1].isalnum() and "," not in text[span.after:after.start("cue")]:
        after = None  # 'the pseudonym ``Witness K'' told a tribunal': a name in marks, no quote before its verb
    if after is not None:
        cue = after.group("cue")
        if cue.lower() in data.cues_with_pronoun:
            return Name(cue, after.start("cue"), after.end("cue"), pronoun=True), cue.lower()
        name = name_after(text, after.end(), data, para_end)
        name = _holder_after_comma(text, name, data, para_end) or name
        if name is not None or not cue[:1].isupper() or text[span.end - 1:span.end] not in ".!?":
            return name, cue.lower()
        # '"Vaksin aman." Klaim itu keliru.': a capitalised cue word that names no one after a quote that ended its
        # sentence opens the next sentence (a noun: the claim); who spoke is asked before the quote
    # English "the minister said", "Smith added": a name between the quote and the verb
    m = _GAP.match(text, span.after, min(para_end, span.after + 80))
    probe = m.end() if m else span.after
    reach = min(para_end, probe + 70)
    window = min(para_end, probe + _TAIL_REACH)
    opening = _NEXT_OPENING.search(text, probe, window)
    found = _TAIL_WORD.finditer(text, probe, opening.start() if opening else window)  # not into the next quote;
    # read a word ahead of the one looked at, no further
    w, capitals = next(found, None), 0
    for count in range(_TAIL_WORDS):
        if w is None or count > _TAIL_PLAIN + capitals:
            break  # a capitalised word may be one more of a long title and name: "Los Angeles County Fire Chief
            # Marcus Bell told reporters"
        ahead = next(found, None)
        capitals += w.group()[:1].isupper()
        low = w.group().lower().rstrip(".")
        if count > 0 and low in data.cues_after_quote:
            cue = low
        elif count > 0 and ahead is not None:
            cue = f"{w.group()} {ahead.group()}".lower().rstrip(".")
            cue = cue if cue in data.cues_after_quote else None
        else:
            cue = None
        if cue is not None:
            name = _role_speaker(text, w.start(), probe, data, lines, start=probe) or name_before(
                text, w.start(), data, floor=probe)  # "Fieldhouse shot back", "a spokesman for X said"
            return name, cue
        if low in data.speaker_stopwords and not (count > 0 and low in data.name_joiners):
            break  # "Secretary of State Marco Rubio said", "a spokesperson for the airline said" go on
        w = ahead
    named = _appositive_after(text, probe, reach, opening.start() if opening else para_end, data)
    if named is not None:
        return named
    open_para_start, _ = lines.bounds(span.open_at)
    lo = max(open_para_start, span.open_at - 40)
    text_cue, at = _word_before(text, span.open_at, lo)
    if text_cue.lower() in data.text_cues and _word_before(text, at, lo)[0].lower() not in data.speech_adverbs:
        return None, text_cue.lower()  # 'a note that read, "You were warned."': no one's speech ('Blaine said he
        # had read "every single page."' is his)
    lead = cues.source_before_quote.search(text, max(open_para_start, span.open_at - 160), span.open_at)
    if lead is not None:
        name = name_after(text, lead.end(), data, span.open_at)
        if name is not None and not text[name.end:span.open_at].strip(" \t,:;\u00a0"):
            return name, lead.group("cue").lower()  # 'Menurut Ketua Umum PSSI Yudi Hartono, "…"'
        holder = _holder_before_quote(text, name, data, lead.end(), span.open_at)
        if holder is not None:
            return holder, lead.group("cue").lower()  # 'Menurut Ketua Polis Daerah Kajang, ACP Naazron, "…"'
    intro_start = open_para_start
    number = lines.number(span.open_at)
    if number > 0 and not text[open_para_start:span.open_at].strip() and \
            text[lines.starts[number - 1]:lines.ends[number - 1]].rstrip().endswith(":"):
        intro_start = lines.starts[number - 1]  # 'Hendro Kusumo mengatakan:' and the quote in the next paragraph
    before = cues.before_quote.match(text, max(intro_start, span.open_at - 80), span.open_at)
    if before is not None:
        cue = before.group("cue")
        if cue.lower() in data.cues_with_pronoun:  # 'Menurutnya, "…"': the speaker named before
            return Name(cue, before.start("cue"), before.end("cue"), pronoun=True), cue.lower()
        if cue.lower() in _source_after(data.code):
            name = name_after(text, before.end("cue"), data, span.open_at)
            name = _holder_before_quote(text, name, data, before.end("cue"), span.open_at) or name
        elif cue.lower() in data.participle_cues:
            sentence = _sentence_start(lines, before.start("cue"), open_para_start)
            name = subjects.first(sentence, before.start("cue"))  # "Cruz appealed for help, saying: "…""
        else:
            name = _name_before_verb(text, before.start("cue"), data, intro_start, open_para_start, lines)
        return name, cue.lower()
    headline = _headline(text, span, data, open_para_start, names) or _headline_after(
        text, span, data, open_para_start, para_end)
    return (headline, ":") if headline is not None else (None, None)


_TAIL_PLAIN = 6
"""How many words may stand between a quote and its speech verb (``the minister for trade and industry said``),
besides one more for every capitalised word among them."""
_TAIL_WORDS = 14
_TAIL_REACH = 140
"""How far after a quote its speech verb may stand, in characters."""
_APPOSITIVE_AFTER = 110
"""How far after a quote the comma closing a speaker's appositive may stand."""


def _appositive_after(text: str, probe: int, reach: int, stop: int, data: LanguageData) -> tuple[Name, str] | None:
    """``"…," Jane Doe, head of research at Harbour Bank in London, told AFP``: a capitalised name right after the
    quote, closed by a comma, then an aside of any length and the speech verb after its closing comma. The name
    is the speaker, not the bank; ``stop``: the next quote or the paragraph's end."""
    if not text[probe:probe + 1].isupper() or text.find(",", probe, min(stop, probe + _APPOSITIVE_AFTER)) < 0:
        return None
    name = name_after(text, probe, data, min(stop, reach))
    if name is None or name.pronoun or not name.text[:1].isupper() or text[name.end:name.end + 1] != ",":
        return None
    cues = cue_patterns(data.code)
    limit = min(stop, name.end + _APPOSITIVE_AFTER)
    comma = text.find(",", name.end + 1, limit)
    while comma >= 0:
        if _SENTENCE_STOP.search(text, name.end, comma) is not None:
            return None
        after = cues.after_quote.match(text, comma, limit)
        if after is not None and after.group("cue").lower() not in data.cues_with_pronoun:
            return name, after.group("cue").lower()
        comma = text.find(",", comma + 1, limit)
    return None


_SENTENCE_STOP = compile_pattern(r"[.!?][\"”’']?\s")


def _speech_before(text: str, span: Span, data: LanguageData, lines: _Lines,
                   subjects: _Subjects) -> tuple[Name | None, str | None]:
    """A partial quote inside reported speech: ``John Smith, the mayor, said the plan was "a disaster."`` The
    speech verb stands earlier in the quote's sentence, its speaker before the verb. A verb that opens the
    sentence (``Asked about it, Smith said``) has no speaker before it; a participle (``…, describing it as
    "…"``) and a verb with no name before it (``Orlov on Friday promised …, but warned that "…"``) give the
    quote to the sentence's subject."""
    para_start, _ = lines.bounds(span.open_at)
    sentence_start = _sentence_start(lines, span.open_at, max(para_start, span.open_at - 240))
    cues = cue_patterns(data.code)
    found = None
    for m in cues.speech.finditer(text, sentence_start, span.open_at):
        cue = m.group("cue").lower()
        if m.start() == sentence_start and cue not in _source_after(data.code):
            continue
        if m.start() == sentence_start or not text[m.start() - 1].isalnum():
            found = m
    participle = None
    if cues.participle is not None:
        for m in cues.participle.finditer(text, sentence_start, span.open_at):
            if not text[m.start() - 1].isalnum():
                participle = m
    if participle is not None and (found is None or participle.start() > found.start()):
        return subjects.first(sentence_start, participle.start()), participle.group("cue").lower()
    if found is None:
        return None, None
    cue = found.group("cue").lower()
    if cue in _source_after(data.code):
        return name_after(text, found.end(), data, span.open_at), cue
    name = _name_before_verb(text, found.start(), data, sentence_start, para_start, lines)
    return name if name is not None else subjects.first(sentence_start, found.start()), cue


def _word_before(text: str, pos: int, lo: int) -> tuple[str, int]:
    """The word just before ``pos`` (past spaces and one comma or colon), not before ``lo``, and where it starts."""
    j = pos
    while j > lo and text[j - 1] in _SPACE_CHARS:
        j -= 1
    if j > lo and text[j - 1] in ",:":
        j -= 1
    while j > lo and text[j - 1] in _SPACE_CHARS:
        j -= 1
    k = j
    while k > lo and text[k - 1].isalpha():
        k -= 1
    return text[k:j], k

_DOUBLE_MARKS = compile_pattern(r"``|''|[“”„«»\"]", scanning=True)


def _pronoun_reports(text: str, lines: _Lines, number: int, data: LanguageData) -> bool:
    """Whether paragraph ``number`` is reported speech of someone named before, with no quote: it opens with a
    person's pronoun and holds a speech verb (``He said the price of feed had doubled``, ``Ia menambahkan,
    …``)."""
    start, end = lines.starts[number], lines.ends[number]
    first = _NAME_WORD.match(text, start, min(end, start + 30))
    if first is None or first.group().lower() not in data.person_pronouns:
        return False
    if _DOUBLE_MARKS.search(text, start, end) is not None:
        return False
    return cue_patterns(data.code).speech.search(text, first.end(), end) is not None


def _goes_on(text: str, span: Span, last: tuple[int, Name | None, int], lines: _Lines,
             reported: Callable[[int, int], Iterable[tuple[int, Name]]], data: LanguageData) -> bool:
    """Whether a quote with no cue of its own is the last attributed quote's speaker going on: in the same
    paragraph (``"A," kata Budi. "B."``), or opening the next one with no one else named in between."""
    end, speaker, paragraph = last
    opened_in = lines.number(span.open_at)
    if paragraph == opened_in:
        return True
    if paragraph == opened_in - 2 and _pronoun_reports(text, lines, paragraph + 1, data):
        paragraph += 1  # '"A," said Tom Ashworth.' / 'He said the price had doubled.' / '"B."'
    if paragraph != opened_in - 1 or text[lines.starts[opened_in]:span.open_at].strip():
        return False
    between = reported(end, span.open_at)
    return all(speaker is not None and reporter.text == speaker.text for _, reporter in between)
