"""The people a text names as speakers outside quotes: the subject before a speech verb (``Kapolda Irjen Karyoto
mengatakan``), a role with its holder, the name a paragraph opens with. Who a later ``ujarnya`` or ``he said`` may
mean, and whose name a cue before a quote gives."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from itertools import compress

import regex

from factcheck import lang as languages
from factcheck.kinds.base import verb_like
from factcheck.kinds.quotes.holders import _holder_after_comma
from factcheck.kinds.quotes.marks import _NAME_WORD, _NEXT_OPENING, _TAIL_WORD
from factcheck.kinds.quotes.names import NameIndex
from factcheck.kinds.quotes.people import _SPACE_CHARS, _Lines, _sentence_start, _Speakers
from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_pattern, upto
from factcheck.scan import Scan
from factcheck.speakers import Name, cue_patterns, name_after, name_before


@cache
def _source_after(code: str) -> frozenset[str]:
    """Cues before a quote whose speaker follows them: ``menurut X``, ``according to X``, ``kata X``."""
    return languages.get(code).cues_naming_after


def _reported_speakers(text: str, data: LanguageData, read: Scan, lines: _Lines) -> list[tuple[int, Name]]:
    """Names before speech verbs outside quotes (``Kapolda Irjen Karyoto mengatakan, …``), in order: the
    people a later ``ujarnya`` or ``he said`` can mean."""
    return [(start, name) for start in _speech_hits(read, data.code)
            if (name := _reported_at(text, data, lines, start)) is not None]


def _speech_hits(read: Scan, code: str) -> list[int]:
    """Where the scan found the first word of a speech verb (``Scan.words``, with the tokens tested in C)."""
    hits = read.hits
    words = cue_patterns(code).speech_words
    return [hits.starts[i] for i in compress(range(len(hits.tokens)), map(words.__contains__, hits.tokens))
            if not hits.digits[i]]


def _reported_at(text: str, data: LanguageData, lines: _Lines, start: int) -> Name | None:
    """The speaker named before (or, after ``menurut``, ``disampaikan``, after) the speech verb at ``start``; None
    when no verb is there or no one is named."""
    cues = cue_patterns(data.code)
    role: Name | None = None
    m = cues.speech.match(text, start, upto(text, start, 60))
    if m is None:
        return None
    para_start, para_end = lines.bounds(m.start())
    if m.group("cue").lower() in _source_after(data.code) or m.group("cue").lower() in data.passive_speech_verbs:
        name = name_after(text, m.end(), data, para_end)  # "Menurut ekonom …", "disampaikan Kepala BNPB …"
        name = _holder_after_comma(text, name, data, para_end) or name  # "kata Menteri …, Datuk Seri Fadillah
        # Yusof.": the holder after the role's comma, as beside a quote
    else:
        name = _name_before_verb(text, m.start(), data, para_start, para_start, lines)
        if name is None or name.pronoun or not any(w[:1].isupper() for w in name.text.split()):
            role = _role_speaker(text, m.start(), para_start, data, lines)  # no name: a role alone
            if role is not None:
                name = _holder_of_role(text, role, data, m.start()) or role
            else:
                name = _inverted(text, m.start(), m.end(), data, para_start, para_end) or name
    if name is not None and not name.pronoun and (role is not None or any(
            w[:1].isupper() for w in name.text.split())):
        return name
    return None


_INVERTED_WORDS = 12
"""The most words of a role and a name after an inverted speech verb (``said Perak fire and rescue operations
assistant director Sabarodzi Nor Ahmad``)."""


def _inverted(text: str, verb: int, end: int, data: LanguageData, para_start: int, para_end: int) -> Name | None:
    """``Firefighters took three hours to free them, said Perak fire and rescue operations assistant director
    Sabarodzi Nor Ahmad.``: a verb after a comma, with no one named before it, names its speaker after it: a role
    and a name that end the clause (two capitalised words at its end; no stop word but a joiner, no verb among the
    words: ``…, said the mayor's office would …`` gives nothing)."""
    j = verb
    while j > para_start and text[j - 1] in _SPACE_CHARS:
        j -= 1
    if j == para_start or text[j - 1] != ",":
        return None
    stop = _CLAUSE_STOP.search(text, end, min(para_end, end + 160))
    words = list(_TAIL_WORD.finditer(text, end, stop.start() if stop else min(para_end, end + 160)))
    while words and words[0].group().lower() in data.speaker_determiners:
        words = words[1:]
    if len(words) < 2 or len(words) > _INVERTED_WORDS or not all(w.group()[:1].isupper() for w in words[-2:]):
        return None
    for w in words:
        low = w.group().lower().rstrip(".")
        if w.group()[:1].islower() and ((low in data.speaker_stopwords and low not in data.name_joiners) or
                                        verb_like(low, data)):
            return None
    return Name(text[words[0].start():words[-1].end()], words[0].start(), words[-1].end())


_CLAUSE_STOP = compile_pattern(r"[.!?][\"”’']?(?:\s|$)|[,;:\n]")


def _holder_of_role(text: str, role: Name, data: LanguageData, verb: int) -> Name | None:
    """``Seorang calon dari SMK Tinggi Kajang, Nur Aisyah Rahman, 18, yang memperoleh 11A+ berkata``: the person
    named after the comma that closes a role's phrase, before the verb, holds the role and is the speaker
    (``_holder_after_comma``); None when no comma closes the role's phrase or no person's name follows it."""
    comma = text.find(",", role.end, verb)
    if comma < 0 or _SENTENCE_END.search(text, role.end, comma) is not None:
        return None
    return _holder_after_comma(text, Name(text[role.start:comma], role.start, comma), data, verb)


_SENTENCE_END = compile_pattern(r"[.!?][\"”’']?\s")


class _Reported:
    """The people named before speech verbs (``_reported_speakers``) and the names paragraphs open with
    (``_paragraph_subjects``), by where the verb or the paragraph is, in that order (a verb before a paragraph's
    opening at one place). A speech verb is read only when a quote asks about the stretch it stands in: who goes on
    between two quotes (``between``), the subject of a quote's sentence (``first``), who a pronoun may mean
    (``tell``), the roles that brought a speaker in (``earlier``); each verb once."""

    def __init__(self, text: str, data: LanguageData, read: Scan, lines: _Lines, opened: list[int],
                 names: NameIndex) -> None:
        """``opened``: the numbers of the paragraphs quotes open in, in order."""
        self.text, self.data, self.lines = text, data, lines
        self.hits = _speech_hits(read, data.code)
        self.found: dict[int, Name | None] = {}
        self.ahead, self.back = list(range(len(self.hits))), list(range(len(self.hits)))
        """For each verb, the verb to look at next going forward (back): itself until it is found to name no one."""
        self.subjects = _paragraph_subjects(text, lines, data, {n for n in opened for n in (n, n - 1)}, names)
        self.subject_at = [at for at, _ in self.subjects]
        self.told = 0
        """The speakers were given everyone named before here (from as far back as a pronoun looks)."""
        self.by_start: dict[tuple[int, int], list[tuple[int, Name]]] = {}

    def _hit(self, i: int) -> Name | None:
        if i not in self.found:
            self.found[i] = _reported_at(self.text, self.data, self.lines, self.hits[i])
        return self.found[i]

    def _named(self, i: int, step: int) -> int:
        """The first speech verb from number ``i`` on, going by ``step`` (1 or -1), that names someone (reading
        the verbs on the way); -1 or ``len(self.hits)`` when none does. A verb found to name no one is jumped
        over for good (path halving), so walking past the same ones again costs nothing."""
        jump = self.ahead if step > 0 else self.back
        end = len(self.hits) if step > 0 else -1
        while i != end:
            j = jump[i]
            if j != i:
                jump[i] = jump[j] if j != end else end  # halve the path
                i = j
                continue
            if self._hit(i) is not None:
                return i
            jump[i] = i + step
            i += step
        return end

    def between(self, lo: int, hi: int) -> Iterator[tuple[int, Name]]:
        """The people named from ``lo`` to ``hi``, in order, each verb read as it is reached (a question that
        stops at the first answer reads no further)."""
        i, j = self._named(bisect_left(self.hits, lo), 1), bisect_left(self.subject_at, lo)
        while True:
            hit = self.hits[i] if i < len(self.hits) and self.hits[i] < hi else None
            opening = self.subject_at[j] if j < len(self.subject_at) and self.subject_at[j] < hi else None
            if hit is None and opening is None:
                return
            if hit is not None and (opening is None or hit <= opening):
                name = self.found[i]
                assert name is not None
                yield hit, name
                i = self._named(i + 1, 1)
            else:
                yield self.subjects[j]
                j += 1

    def within(self, lo: int, hi: int) -> list[tuple[int, Name]]:
        """``between`` over the paragraphs from ``lo`` to ``hi`` stand in: everyone whose name is written there
        (a name stands in its verb's paragraph)."""
        return self._paragraphs(self.lines.number(lo), self.lines.number(max(lo, hi - 1)))

    def _paragraphs(self, first: int, last: int) -> list[tuple[int, Name]]:
        starts = self.lines.starts
        return list(self.between(starts[first] if first > 0 else 0,
                                 starts[last + 1] if last + 1 < len(starts) else len(self.text) + 1))

    def first(self, lo: int, hi: int) -> Name | None:
        """The first person whose name starts from ``lo`` to ``hi`` (of two at one place, the one named first);
        the names of a paragraph are sorted once, for every sentence of it that asks."""
        key = (self.lines.number(lo), self.lines.number(max(lo, hi - 1)))
        if key not in self.by_start:
            self.by_start[key] = sorted([(n.start, n) for _, n in self._paragraphs(*key)], key=lambda n: n[0])
        named = self.by_start[key]
        k = bisect_left(named, lo, key=lambda n: n[0])
        return named[k][1] if k < len(named) and named[k][0] < hi else None

    def tell(self, speakers: _Speakers, pos: int, paragraph: int) -> None:
        """Give ``speakers`` the people named before ``pos``, from as far back as a pronoun in ``paragraph`` may
        look (``_PRONOUN_REACH``); the places asked about only grow."""
        reach = self.lines.reach(paragraph)
        lo = max(self.told, self.lines.starts[reach] if reach > 0 else 0)
        for at, name in self.between(lo, pos):
            speakers.add(at, self.lines.number(at), name)
        self.told = max(self.told, pos)

    def earlier(self, pos: int) -> Iterator[Name]:
        """The people named before ``pos``, the nearest first."""
        i, j = self._named(bisect_left(self.hits, pos) - 1, -1), bisect_left(self.subject_at, pos) - 1
        while i >= 0 or j >= 0:
            if i < 0 or (j >= 0 and self.subject_at[j] >= self.hits[i]):
                yield self.subjects[j][1]
                j -= 1
                continue
            name = self.found[i]
            assert name is not None
            yield name
            i = self._named(i - 1, -1)


_MAX_ROLE_WORDS = 8
_DATELINE_DASH = compile_pattern(r"(?r)[ \u00a0](?:-{1,2}|[–—])[ \u00a0]")


def _name_before_verb(text: str, verb: int, data: LanguageData, floor: int, para_start: int,
                      lines: _Lines) -> Name | None:
    """The speaker before a speech verb (``name_before``), or the role that holds it: ``A spokeswoman for the GMB
    union said`` is the spokeswoman, not the union; ``Seorang pejabat di Kementerian Perhubungan mengatakan`` is
    the official, not the ministry."""
    name = name_before(text, verb, data, floor=floor)
    if name is None or name.pronoun:
        return name
    j = name.start
    while j > para_start and text[j - 1] in _SPACE_CHARS:
        j -= 1
    if j == name.start or not text[j - 1].islower():
        return name  # the name opens its clause: no role before it
    role = _role_speaker(text, verb, para_start, data, lines)
    if role is not None and role.start < name.start and name.end <= role.end:
        return role
    if role is not None and role.end < name.start:
        # "A teacher from Leeds told", "A post on X claims", "An aide to Biden said": the role ran up to a
        # preposition; the name after it is where the speaker is from or writes, not who speaks
        gap = text[role.end:name.start].split()
        low = gap[0].lower() if len(gap) == 1 else ""
        head = text[role.start:role.end].split()[-1].lower()  # "A week later Smith said": a time, no role
        if low in data.speaker_stopwords and low in data.noun_stopwords and low not in data.part_joiners and \
                low not in data.relative_words and gap[0].islower() and head not in data.time_units:
            return Name(text[role.start:name.end], role.start, name.end)
    return _subject_before_place(text, name, data, floor) or name


_PLACE_ASIDE_WORDS = 6
"""The most lower-case words between a subject and the place after it (``dalam hantaran di``)."""


def _subject_before_place(text: str, name: Name, data: LanguageData, floor: int) -> Name | None:
    """``Datuk Fahmi Fadzil dalam hantaran di Facebook menyifatkan``, ``Kepala BMKG Dwi Lestari di Jakarta
    mengatakan``: a name after a preposition of place is where the speaker spoke or wrote (a platform, a city),
    never the speaker; the speaker is the capitalised name before the lower-case words that lead to it, in the same
    clause. None when no preposition of place stands just before the name or no name of two capitalised words or
    more stands before it."""
    words = list(_TAIL_WORD.finditer(text, max(floor, name.start - 120), name.start))
    if not words or words[-1].group().lower() not in data.place_prepositions or \
            text[words[-1].end():name.start].strip(_SPACE_CHARS):
        return None
    k = len(words) - 1
    while k > 0 and len(words) - k <= _PLACE_ASIDE_WORDS and words[k - 1].group()[:1].islower() and \
            not text[words[k - 1].end():words[k].start()].strip(_SPACE_CHARS):
        k -= 1
    if k == 0 or words[k - 1].group()[:1].islower() or text[words[k - 1].end():words[k].start()].strip(_SPACE_CHARS):
        return None
    if words[k].group().lower() not in data.speaker_stopwords:
        return None  # "Warga Desa Sukamaju di Cianjur": no preposition opens the words between
    subject = name_before(text, words[k - 1].end(), data, floor=floor)
    if subject is None or subject.pronoun or sum(w[:1].isupper() for w in subject.text.split()) < 2:
        return None  # "Analysts at Jefferies said": one capital opening the sentence is a role, and the place
        # where it works goes with it
    return subject


def _role_speaker(text: str, verb: int, para_start: int, data: LanguageData, lines: _Lines,
                  start: int | None = None) -> Name | None:
    """A speaker brought in by role alone at the start of a sentence (or at ``start``, after a quote): ``A
    spokesman for the hospice said`` → ``spokesman for the hospice``; ``A senior official who asked not to be named
    said`` → ``senior official``; ``Seorang pejabat di Kementerian Perhubungan yang …`` → ``pejabat di Kementerian
    Perhubungan``. The role runs to the verb or to a stop word that is no preposition of place and no joiner."""
    if start is not None:
        sentence = start
    else:
        sentence = _sentence_start(lines, verb, max(para_start, verb - 240))
        dateline = _DATELINE_DASH.search(text, sentence, verb)
        if dateline is not None:
            sentence = dateline.end()  # "Jakarta - Seorang pejabat …"
    opening = text[sentence:sentence + 24].lower()
    article = next((a for a in data.role_articles if opening.startswith(a + " ")), None)
    if article is None:
        return None
    words = list(_TAIL_WORD.finditer(text, sentence, verb))
    taken = len(article.split())
    kept: list[regex.Match[str]] = []
    for w in words[taken:taken + _MAX_ROLE_WORDS]:
        low = w.group().lower()
        if _NEXT_OPENING.search(text, kept[-1].end() if kept else w.start(), w.end()) is not None or \
                "," in text[kept[-1].end() if kept else w.start():w.start()]:
            break  # a quote or a comma ends the role
        if low in data.speaker_stopwords and low not in data.place_prepositions and low not in data.name_joiners:
            break
        kept.append(w)
    if not kept:
        return None
    return Name(text[kept[0].start():kept[-1].end()].rstrip(",;:"), kept[0].start(), kept[-1].end())


_MAX_RUN = 12
"""The most capitalised words a paragraph's subject may have (``Kepala Eksekutif Pengawas Perbankan OJK Rahmat
Sudrajat``)."""


def _paragraph_subjects(text: str, lines: _Lines, data: LanguageData, numbers: set[int],
                        names: NameIndex) -> list[tuple[int, Name]]:
    """The capitalised name a paragraph opens with (``Reed declined to say …``): who a later ``he said``
    most likely means when no speech verb names anyone."""
    out = []
    cues = cue_patterns(data.code)
    for number in sorted(n for n in numbers if n >= 0):
        start, end = lines.starts[number], lines.ends[number]
        words: list[regex.Match[str]] = []
        pos = start
        while len(words) < _MAX_RUN:
            m = _NAME_WORD.match(text, pos, min(end, pos + 60))
            if m is None or not m.group()[:1].isupper():
                break
            words.append(m)
            pos = m.end()
            while pos < end and text[pos] == " ":
                pos += 1
        if not words or pos >= end or not text[pos:pos + 1].islower():
            continue
        first = words[0].group().lower()
        if first in data.pronouns or first in data.noun_stopwords or first in data.function_words or \
                first in cues.attribution_words or first in cues.speech_words:
            continue  # "Menurut Andi, …", "According to Smith …": a cue, not a subject
        held = _role_then_name(text, pos, end, data)
        if held is not None:
            words.append(held)  # "State Department spokesman Oliver Grant declined": the spokesman, named
        elif len(words) == 1 and ((words[0].group() not in names.words and not _verb_at(text, pos, end, data)) or
                                  names.common(words[0].group())):
            continue  # "Selain itu, …", "Hadir dalam acara itu …", "Deflasi terjadi …" (written lower elsewhere):
            # a capital that only opens a sentence
        out.append((start, Name(text[words[0].start():words[-1].end()], words[0].start(), words[-1].end())))
    return out


_ROLE_WORDS = 3
"""The most lower-case words of a role between an organisation and a name (``Juru bicara KPK``, ``chief
economist``)."""


def _role_then_name(text: str, pos: int, end: int, data: LanguageData) -> regex.Match[str] | None:
    """The last word of a name that follows a few lower-case role words at ``pos`` (``spokesman Oliver Grant``,
    ``bicara KPK Rudi Prasetyo``): two capitalised words, or None. No stop word, joiner or verb stands among the
    role words (``Ms. Carter and Mr. Lyle``, ``Reed declined to say``)."""
    lower = 0
    last: regex.Match[str] | None = None
    capitals = 0
    while pos < end:
        m = _NAME_WORD.match(text, pos, min(end, pos + 60))
        if m is None:
            break
        low = m.group().lower()
        if m.group()[:1].isupper():
            if not lower:
                break
            capitals, last = capitals + 1, m
        elif capitals or lower == _ROLE_WORDS or low in data.speaker_stopwords or low in data.name_joiners or \
                verb_like(low, data):
            break
        else:
            lower += 1
        pos = m.end()
        if text[pos:pos + 1] != " ":
            break
        pos += 1
    return last if capitals >= 2 else None


def _verb_at(text: str, pos: int, end: int, data: LanguageData) -> bool:
    """Whether the word at ``pos`` is a verb by its affixes (``mengaku``, ``berkata``): a single capitalised word
    before one is a subject (``Faizal mengaku …``)."""
    m = _NAME_WORD.match(text, pos, min(end, pos + 40))
    return m is not None and verb_like(m.group().lower(), data)
