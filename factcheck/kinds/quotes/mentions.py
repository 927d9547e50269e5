"""The people a text names as the subject of a clause near its quotes (``Before he was sentenced, Lemieux
apologized``): who a later ``he said`` or ``ujarnya`` may mean. Read one stretch near quotes at a time, and only
when a quote asks who a pronoun or a participle means there: a quote that names its speaker asks nothing."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache

from factcheck import lang as languages
from factcheck.kinds.base import SpanSet
from factcheck.kinds.quotes.marks import _NAME_WORD, Span
from factcheck.kinds.quotes.names import NameIndex
from factcheck.kinds.quotes.people import (
    _SPACE_CHARS,
    _Lines,
    _openers,
    _Speakers,
    _without_possessive,
)
from factcheck.lang.base import LanguageData
from factcheck.patterns import COMPILED, compile_pattern
from factcheck.speakers import Name, cue_patterns


class _Mentions:
    """``_person_mentions`` read lazily: a stretch near quotes (``_near_quotes``) is read the first time a quote in
    it asks who a pronoun means (``tell``) or who the subject of its sentence is (``first``). A pronoun looks back
    only a few paragraphs and a sentence's subject stands in the quote's own paragraph, so no answer ever needs a
    stretch no quote in it asked about; the answers are those of reading every stretch first. ``reported``: the
    people named before speech verbs in the paragraphs of a stretch (``subjects._Reported.within``), whose names a
    mention may not overlap."""

    def __init__(self, text: str, data: LanguageData, names: NameIndex, spans: list[Span], lines: _Lines,
                 reported: Callable[[int, int], list[tuple[int, Name]]]) -> None:
        self.text, self.data, self.names, self.lines, self.reported = text, data, names, lines, reported
        self.opens = [s.open_at for s in spans]
        self.closes = [s.close_at for s in spans]
        self.stretches = _near_quotes(spans, lines)
        self.starts = [lo for lo, _ in self.stretches]
        self.read: dict[int, list[tuple[int, Name]]] = {}
        self.told: dict[int, int] = {}
        """How many of a stretch's mentions the speakers were given."""

    def _stretch(self, k: int) -> list[tuple[int, Name]]:
        found = self.read.get(k)
        if found is None:
            lo, hi = self.stretches[k]
            reported = self.reported(lo, hi)
            taken = SpanSet([(min(at, n.start), max(at, n.end)) for at, n in reported] + [
                (at, _clause_end(self.text, at, hi)) for at, n in reported if n.end <= at])
            # from the verb to its speaker: no mention of the role a holder is named after ("kata Menteri …, Datuk
            # X"); after a verb its speaker stands before, what was said to the end of the sentence ("Siti
            # Nurhaliza pula berkata, Rahimah banyak memberi …": Rahimah is spoken of)
            found = self.read[k] = [
                (at, person) for at, person in _region_mentions(
                    self.text, self.data, self.names, self.opens, self.closes, lo, hi)
                if not taken.overlaps(person.start, person.end)]
        return found

    def _between(self, lo: int, hi: int) -> range:
        """The stretches that reach into ``lo``…``hi``."""
        first = max(0, bisect_right(self.starts, lo) - 1)
        if first < len(self.stretches) and self.stretches[first][1] <= lo:
            first += 1
        return range(first, bisect_left(self.starts, hi))

    def first(self, lo: int, hi: int) -> Name | None:
        """The first person mentioned between ``lo`` and ``hi``."""
        for k in self._between(lo, hi):
            found = self._stretch(k)
            i = bisect_left(found, lo, key=lambda f: f[0])
            if i < len(found) and found[i][0] < hi:
                return found[i][1]
        return None

    def tell(self, speakers: _Speakers, pos: int, paragraph: int) -> None:
        """Give ``speakers`` the people mentioned before ``pos`` from as far back as a pronoun in ``paragraph``
        may look (``_PRONOUN_REACH``)."""
        for k in self._between(self.lines.starts[self.lines.reach(paragraph)], pos):
            found = self._stretch(k)
            i = self.told.get(k, 0)
            while i < len(found) and found[i][0] < pos:
                at, person = found[i]
                speakers.add(at, self.lines.number(at), person)
                i += 1
            self.told[k] = i


_SENTENCE_END = compile_pattern(r"[.!?][\"”’']?\s|[\"“”]")


def _clause_end(text: str, pos: int, hi: int) -> int:
    """Where the sentence at ``pos`` ends, or a quote opens in it, before ``hi``."""
    m = _SENTENCE_END.search(text, pos, hi)
    return m.start() if m is not None else hi


def _near_quotes(spans: list[Span], lines: _Lines) -> list[tuple[int, int]]:
    """The stretches a quote's speaker may be named in: from a few paragraphs before each quote to its end."""
    out: list[tuple[int, int]] = []
    for s in spans:
        lo = lines.starts[lines.reach(lines.number(s.open_at))]
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], s.close_at))
        else:
            out.append((lo, s.close_at))
    return out


def _person_mentions(text: str, data: LanguageData, names: NameIndex, spans: list[Span],
                     lines: _Lines) -> list[tuple[int, Name]]:
    """People the text names as the subject of a clause, whatever the verb: ``Hungary's foreign minister, Gábor
    Szilágyi, was blunter``, ``Before he was sentenced, Lemieux apologized``, ``Salah satu terdakwa, Andi
    Syahputra, tampak menangis``. A run of capitalised words (or one word of a run given earlier) after the start
    of a sentence, a comma or a lower-case word that is no preposition, and before a lower-case word, a comma or a
    bracket; never an organisation, a place, a run in capitals (a dateline) or a name inside a quote. Who a later
    ``he said`` or ``ujarnya`` may mean. The cheap tests on the run come first, the look back at its clause last
    (most capitalised words near a quote are no subject)."""
    opens = [s.open_at for s in spans]
    closes = [s.close_at for s in spans]
    return [found for lo, hi in _near_quotes(spans, lines)
            for found in _region_mentions(text, data, names, opens, closes, lo, hi)]


def _region_mentions(text: str, data: LanguageData, names: NameIndex, opens: list[int], closes: list[int], lo: int,
                     hi: int) -> list[tuple[int, Name]]:
    """``_person_mentions`` in one stretch near quotes, from ``lo`` to ``hi``; ``opens`` and ``closes``: where the
    text's quotes open and close."""
    out: list[tuple[int, Name]] = []
    skip = _openers(data.code)
    verbs = _verbs_before_objects(data.code)
    no_subject = _no_subject_before(data.code)
    not_first, organisations = _place_or_organisation(data.code), data.organization_words
    possessive = data.possessive_suffixes
    for m in _CAPITAL_WORDS.finditer(text, lo, hi):
        at = m.start()
        k = bisect_right(opens, at) - 1
        if k >= 0 and opens[k] < at < closes[k]:
            continue
        bounds = _run_bounds(m.group(), skip)
        if bounds is None:
            continue
        start, end = at + bounds[0], at + bounds[1]
        run = text[start:end]
        parts = run.split()
        if all(p.isupper() for p in parts):
            continue
        ahead = text[end:end + 3].lstrip(_SPACE_CHARS)
        if not (ahead[:1].islower() or ahead[:1] == "," or (ahead[:1] == "(" and not ahead[1:2].isupper())):
            continue  # "Bursa Efek Indonesia (BEI) mencatat": an organisation with its acronym
        single = len(parts) == 1
        if single and not _opens_clause(text, at):
            continue  # "menyebut Indonesia sebagai …": a bare short name is a subject only where its clause
            # opens
        first = _without_possessive(parts[0].lower().rstrip("."), data)
        if first in not_first or _without_possessive(parts[-1].lower().rstrip("."), data) in organisations or \
                any(p.endswith(possessive) for p in parts):
            continue
        if single:
            if names.common(run):
                continue  # "Deflasi terdalam terjadi …": a common word opening a sentence, written lower elsewhere
            full = names.full(Name(run, start, end))
            if full is None or full.text.split()[0].lower() in not_first:
                continue  # "warga Cibunian" after "Desa Cibunian": a place
        else:
            clause = _CLAUSE_START.match(text, max(0, at - _CLAUSE_REACH), at)
            lead = text[clause.end() if clause else max(0, at - _CLAUSE_REACH):at].split()
            if any((w[:1].isupper() and not w.isupper()) or w.lower() in no_subject for w in lead):
                continue  # "opened Reel Life", "head of the Geological …", "di gudang Bulog Jatim": no subject
            if len(lead) > 1 and any(w.lower() in verbs for w in lead[:-1]):
                continue  # "menjelaskan fenomena La Nina lemah": a name after a speech verb and a noun is
                # what was spoken of, no subject
        out.append((start, Name(run, start, end)))
    return out


def _opens_clause(text: str, pos: int) -> bool:
    """Whether only white space stands between ``pos`` and where its clause opens (``_CLAUSE_START``, read back
    at most ``_CLAUSE_REACH`` characters): the last character before it that is no space is a clause mark or the
    dash of `` - ``, or a line break (itself a clause mark) stands between them."""
    lo = max(0, pos - _CLAUSE_REACH)
    j = pos
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == lo or text[j - 1] in _CLAUSE_MARKS:
        return True
    if text[j - 1] == "-" and j - 2 >= lo and text[j - 2] == " " and j < pos and text[j] == " ":
        return True
    return any(c in text[j:pos] for c in "\n\r\u2029")


def _run_bounds(run: str, skip: frozenset[str]) -> tuple[int, int] | None:
    """Where the words of a run of capitalised words start and end in it, past the words that open a sentence and
    no name (``When``, ``Menurut``); None when only such words stand there. A run with no full stop or no-break
    space in it is split on its spaces; any other one word by word (``D.C.`` is two)."""
    if "." in run or "\u00a0" in run:
        words = list(_NAME_WORD.finditer(run))
        while words and words[0].group().lower() in skip:
            words = words[1:]
        return (words[0].start(), words[-1].end()) if words else None
    begin = 0
    while run[begin:].split(" ", 1)[0].lower() in skip:
        space = run.find(" ", begin)
        if space < 0:
            return None
        begin = space + 1
    return begin, len(run)


@cache
def _place_or_organisation(code: str) -> frozenset[str]:
    """Words a run that opens with them is a place or an organisation by (``Desa``, ``Kementerian``)."""
    data = languages.get(code)
    return data.place_prefixes | data.organization_words


@cache
def _no_subject_before(code: str) -> frozenset[str]:
    """Words that, before a run in its clause, make it no subject: stop words, prepositions of place and
    determiners (``head of the Geological …``, ``di gudang Bulog Jatim``)."""
    data = languages.get(code)
    return data.speaker_stopwords | data.place_prepositions | data.speaker_determiners


@cache
def _verbs_before_objects(code: str) -> frozenset[str]:
    """Speech verbs whose speaker stands before them, so a name after them is their object: ``mengatakan``,
    ``menjelaskan``, ``told``, ``calling`` (not ``menurut``, ``kata``, ``disampaikan``, which name the speaker
    after them)."""
    data = languages.get(code)
    words = cue_patterns(code).speech_words | {c.split()[0] for c in data.participle_cues}
    return frozenset(words - {c.split()[0] for c in data.cues_naming_after} - data.passive_speech_verbs)


_CAPITAL_WORDS = compile_pattern(
    r"(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’\-.]*+){0,11}", scanning=True)
_CLAUSE_REACH = 80
"""How far back the clause before a capitalised word is read for the words that open it."""
_CLAUSE_MARKS = ",;:.!?\n\r\u2029\"“”‘’«»()—–"
_CLAUSE_START = re.compile(rf"(?s:.*)(?:[{_CLAUSE_MARKS}]| - )")
"""Where the clause before a place opens: matched from the start of a window of ``_CLAUSE_REACH`` characters, the
greedy run takes it to the last clause mark in the window (the standard ``re`` engine, faster here than a backward
search). Only ever matched at a place, never run over a text: the run would read the rest of the text from each
place a search tried."""
COMPILED.append((_CLAUSE_START, False))
