"""Direct quotes and their speakers.

Quote marks are read once, left to right, paragraph by paragraph, with a stack: “ ” „ « » ‘ ’ pair by shape,
straight marks (" and ') open or close by what stands beside them, and an apostrophe inside a word (``Jum'at``,
``don't``) is no mark. A paragraph that ends inside a quote continues it only when the next paragraph opens
with a mark (the newsroom convention for quotes over paragraphs); otherwise the stray mark is dropped and swallows
nothing. The scan is linear in the text whatever the marks do.

A quoted span becomes a claim when a speech verb stands next to it (``"…," ujar Putin``, ``Smith said: "…"``) or
when it is long enough to be speech; a short quoted phrase with no verb is a scare quote or a title.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.claims import QuoteValue
from factcheck.kinds.base import Candidate, verb_like
from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_pattern, upto
from factcheck.scan import Scan, scan
from factcheck.speakers import Name, NameIndex, cue_patterns, name_after, name_before

_PAIRS = {"“": ("”",), "„": ("“", "”"), "«": ("»",), "‘": ("’",), '"': ('"',), "'": ("'",), "「": ("」",),
          "‹": ("›",), "``": ("''",), "`": ("'",)}
"""What closes each opening mark. ````…''`` and ```…'`` are how decades of newswire corpora store “…” and ‘…’."""
_CLOSERS = {"”", "»", "’", '"', "'", "」", "›", "“", "''"}
_MARKS = compile_pattern(r"``|''|[“”„«»‘’\"'「」‹›`]", scanning=True)
_MIN_WORDS_WITHOUT_CUE = 6
_WORDS = compile_pattern(r"[\p{L}\p{N}]+", scanning=True)
_NAME_WORD = compile_pattern(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*+")
_CONTINUATION = compile_pattern(r"[\r\n\u2029]+\s*(?:``|[“„«‘\"'])", scanning=True)
_LINE_BREAK = compile_pattern(r"(?:\r\n|[\n\r\u2029])(?:[ \t]*+(?:\r\n|[\n\r\u2029]))*+", scanning=True)
"""A paragraph break with the blank lines after it: a blank line is no paragraph of its own."""
_GAP = compile_pattern(r"[\s,.]{0,3}+")
_TAIL_WORD = compile_pattern(r"[\p{L}\p{M}'’.-]+")
_OPEN_BEFORE = set(" \t\u00a0\u2009\u202f([{—–-:\n\r")

ATTRIBUTED = "quote.attributed"
"""A quotation with a speech cue beside it (``ujar Putin``, ``he said``)."""
LONG = "quote.long"
"""A quotation long enough to count without a cue (a full sentence in quotation marks)."""
RULES = (ATTRIBUTED, LONG)


@attrs.frozen
class Span:
    """A quoted stretch: content start and end, and the marks around it."""

    start: int
    end: int
    open_at: int
    close_at: int
    paragraph: int
    after: int
    """Where the text goes on after the closing mark (one or two characters long)."""


def _role(text: str, i: int, mark: str) -> str | None:
    """``open``, ``close``, ``either`` or None (an apostrophe or an inch mark) for ``mark`` at ``i``."""
    if mark in ("``", "`"):
        return "open"
    if mark == "''":
        return "close"
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "“„«‘「‹":
        if ch == "‘" and before.isalnum() and after.isalnum():
            return None
        if ch == "“" and not (before in _OPEN_BEFORE or before in "\"'“‘") and (after in " .,;:!?" or after == " "):
            return "close"  # German „…“ closes with “
        return "open"
    if ch in "”»’」›":
        if ch == "’" and before.isalnum() and (after.isalnum() or after in "’"):
            return None  # don’t, Jum’at
        return "close"
    opens = before in _OPEN_BEFORE or before in "“‘\"'" or i == 0
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-\"'”’" or i + 1 == len(text))
    if ch == "'":
        if before.isalnum() and after.isalnum():
            return None  # an apostrophe
        if opens and (after.isdigit() or after.isspace()):
            return None  # '90s, a stray tick
        if before.isdigit() and not opens:
            return None  # 5'11
    if ch == '"' and before.isdigit() and closes:
        return "either"  # 11" may be inches or the end of a quote
    if opens and not after.isspace():
        return "open"
    if closes:
        return "close"
    return "either" if not before.isspace() else None


def find_spans(text: str) -> Iterator[Span]:
    """Outer quoted spans, in order; stray marks never swallow the rest of the text."""
    stack: list[tuple[str, int]] = []
    paragraph = 0
    carried: tuple[str, int, int] | None = None  # a quote left open at the end of a paragraph
    line_start = 0
    pos = 0
    for m in _MARKS.finditer(text):
        i = m.start()
        # paragraph breaks between the last mark and this one
        while True:
            nl = _next_newline(text, pos, i)
            if nl < 0:
                break
            if stack:
                kind, at = stack[0]
                carried = (kind, at, paragraph)
            else:
                carried = None
            stack = []
            paragraph += 1
            line_start = nl + 1
            pos = nl + 1
        pos = i + 1
        ch = m.group()
        role = _role(text, i, ch)
        if role is None:
            continue
        if carried is not None and not stack:
            # a quote over paragraphs goes on only where the new paragraph opens with a mark
            if text[line_start:i].strip() == "" and role in ("open", "either"):
                stack = [(carried[0], carried[1])]
                carried = None
                continue
            carried = None
        if role in ("close", "either") and stack:
            match = next((k for k in range(len(stack) - 1, -1, -1) if ch in _PAIRS[stack[k][0]]), None)
            if match is not None:
                kind, at = stack[match]
                del stack[match:]
                if not stack:
                    start, end = _trim(text, at + len(kind), i)
                    if end > start:
                        yield Span(start, end, at, i, paragraph, m.end())
                continue
        if role in ("open", "either") and (ch not in _CLOSERS or role == "open") and len(stack) < 8:
            stack.append((ch, i))


def _next_newline(text: str, lo: int, hi: int) -> int:
    for sep in ("\n", "\r", "\u2029"):
        k = text.find(sep, lo, hi)
        if k >= 0:
            return k
    return -1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _content(text: str, span: Span) -> str:
    raw = text[span.start:span.end]
    return str(_CONTINUATION.sub("\n", raw))


class _Speakers:
    """Named speakers in reading order, to resolve ``ujarnya``, ``he said`` to the nearest one before."""

    def __init__(self) -> None:
        self.named: list[tuple[int, int, Name]] = []  # (position, paragraph, name)

    def add(self, pos: int, paragraph: int, name: Name) -> None:
        if not name.pronoun:
            self.named.append((pos, paragraph, name))
            if len(self.named) > 1 and self.named[-2][0] > pos:
                self.named.sort(key=lambda n: n[0])

    def resolve(self, text: str, pos: int, paragraph: int, pronoun: str, data: LanguageData) -> Name | None:
        """The last name before ``pos`` that ``pronoun`` can stand for, in this paragraph or the few before (a
        news paragraph is a sentence or two; a pronoun may follow a paragraph that names no one)."""
        for at, para, name in reversed(self.named):
            if para < paragraph - _PRONOUN_REACH:
                break
            if at < pos and para <= paragraph and _can_mean(text, pronoun, name, data):
                return name
        return None


def _without_possessive(word: str, data: LanguageData) -> str:
    for suffix in data.possessive_suffixes:
        word = word.removesuffix(suffix)
    return word


_ACRONYM_AFTER = compile_pattern(r"[ \u00a0]?\(\p{Lu}{2,}")


def _can_mean(text: str, pronoun: str, name: Name, data: LanguageData) -> bool:
    """Whether a pronoun can stand for a name: a person's pronoun never means an organisation (``he`` is no
    city council), nor a person whose title says the other gender (``he`` is not Mrs Dunmore)."""
    gender = data.person_pronouns.get(pronoun)
    if gender is None:
        return True
    words = [_without_possessive(w.lower().rstrip("."), data) for w in name.text.split()]
    if words and (words[-1] in data.organization_words or (
            words[0] in data.organization_words and _ACRONYM_AFTER.match(text, name.end) is not None)):
        return False  # "Dresden's city council", "Organisasi Kesehatan Dunia (WHO)"; "European Commission
        # President Anna Kowalczyk" and "Police Chief Dana Ruiz" are people
    titled = data.gendered_titles.get(words[0]) if words else None
    return not (gender and titled and titled != gender)


_PRONOUN_REACH = 3
"""How many paragraphs back a pronoun may look for the person it means."""


@cache
def _openers(code: str) -> frozenset[str]:
    """Capitalised words that open a sentence and belong to no name: stop words, function words, pronouns,
    articles, cues (``When Niamh O'Connell``, ``Menurut Andi``)."""
    data = languages.get(code)
    return data.speaker_stopwords | data.function_words | data.pronouns | data.speaker_determiners | \
        data.cues_naming_after | frozenset(data.attribution_cues) | data.noun_stopwords


def _person_mentions(text: str, data: LanguageData, names: NameIndex, spans: list[Span]) -> list[tuple[int, Name]]:
    """People the text names as the subject of a clause, whatever the verb: ``Hungary's foreign minister, Gábor
    Szilágyi, was blunter``, ``Before he was sentenced, Lemieux apologized``, ``Salah satu terdakwa, Andi
    Syahputra, tampak menangis``. A run of capitalised words (or one word of a run given earlier) after the start
    of a sentence, a comma or a lower-case word that is no preposition, and before a lower-case word, a comma or a
    bracket; never an organisation, a place, a run in capitals (a dateline) or a name inside a quote. Who a later
    ``he said`` or ``ujarnya`` may mean."""
    out: list[tuple[int, Name]] = []
    quoted = [(s.open_at, s.close_at) for s in spans]
    opens = [q[0] for q in quoted]
    skip = _openers(data.code)
    for m in _CAPITAL_WORDS.finditer(text):
        k = bisect_right(opens, m.start()) - 1
        if k >= 0 and quoted[k][0] < m.start() < quoted[k][1]:
            continue
        words = [w for w in _NAME_WORD.finditer(m.group())]
        while words and words[0].group().lower() in skip:
            words = words[1:]
        if not words:
            continue
        start, end = m.start() + words[0].start(), m.start() + words[-1].end()
        run = text[start:end]
        parts = run.split()
        if len(parts) == 1:
            full = names.full(Name(run, start, end))
            if full is None or full.text.split()[0].lower() in data.place_prefixes | data.organization_words:
                continue  # "warga Cibunian" after "Desa Cibunian": a place
        if all(p.isupper() for p in parts):
            continue
        low = [_without_possessive(p.lower().rstrip("."), data) for p in parts]
        if low[0] in data.organization_words or low[-1] in data.organization_words or \
                low[0] in data.place_prefixes or any(p.endswith(data.possessive_suffixes) for p in parts):
            continue
        ahead = text[end:end + 3].lstrip(_SPACE_CHARS)
        if not (ahead[:1].islower() or ahead[:1] == "," or (ahead[:1] == "(" and not ahead[1:2].isupper())):
            continue  # "Bursa Efek Indonesia (BEI) mencatat": an organisation with its acronym
        clause = _CLAUSE_START.search(text, max(0, m.start() - 80), m.start())
        lead = text[clause.end() if clause else max(0, m.start() - 80):m.start()].split()
        if len(parts) == 1 and lead:
            continue  # "menyebut Indonesia sebagai …": a bare short name is a subject only where its clause opens
        if any(w[:1].isupper() and not w.isupper() for w in lead) or any(
                w.lower() in data.speaker_stopwords or w.lower() in data.place_prepositions
                or w.lower() in data.speaker_determiners for w in lead):
            continue  # "opened Reel Life", "head of the Geological …", "di gudang Bulog Jatim": no subject
        out.append((start, Name(run, start, end)))
    return out


_CAPITAL_WORDS = compile_pattern(
    r"(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’\-.]*+){0,5}", scanning=True)
_SPACE_CHARS = " \t\u00a0"
_CLAUSE_START = compile_pattern(r"(?r)[,;:.!?\n\r\u2029\"“”‘’«»()—–]| - ")


class _Lines:
    """Paragraphs (lines) of a text: the number and bounds of the one holding a position, by binary search."""

    def __init__(self, text: str) -> None:
        breaks = list(_LINE_BREAK.finditer(text))
        self.starts = [0] + [m.end() for m in breaks]
        self.ends = [m.start() for m in breaks] + [len(text)]

    def number(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def bounds(self, pos: int) -> tuple[int, int]:
        i = self.number(pos)
        return self.starts[i], self.ends[i]


class _Subjects:
    """The people named in the text (before speech verbs, as subjects, in appositives), by position: the
    subject of a sentence is the first of them in it."""

    def __init__(self, named: list[tuple[int, Name]]) -> None:
        self.named = sorted(named, key=lambda n: n[0])
        self.at = [at for at, _ in self.named]

    def first(self, lo: int, hi: int) -> Name | None:
        """The first person named between ``lo`` and ``hi``."""
        k = bisect_left(self.at, lo)
        return self.named[k][1] if k < len(self.named) and self.at[k] < hi else None


def _sentence_start(text: str, pos: int, lo: int, data: LanguageData) -> int:
    """Where the sentence holding ``pos`` starts, not before ``lo``: after the last full stop that closes no
    abbreviation (``Dr. Andrew Freeman``)."""
    hi = pos
    while (end := _SENTENCE_END.search(text, lo, hi)) is not None:
        word = text[max(lo, end.start() - 12):end.start()].split()
        if not word or word[-1].lower().rstrip(".") not in data.abbreviations:
            return int(end.end())
        hi = end.start()
    return lo


def _attribution(text: str, span: Span, data: LanguageData, lines: _Lines,
                 subjects: _Subjects) -> tuple[Name | None, str | None]:
    cues = cue_patterns(data.code)
    _, para_end = lines.bounds(span.close_at)
    after = cues.after_quote.match(text, span.after, min(para_end, span.after + 80))
    if after is not None and text[span.end - 1].isalnum() and "," not in text[span.after:after.start("cue")]:
        after = None  # 'the pseudonym ``Witness K'' told a tribunal': a name in marks, no quote before its verb
    if after is not None:
        cue = after.group("cue")
        if cue.lower() in data.cues_with_pronoun:
            return Name(cue, after.start("cue"), after.end("cue"), pronoun=True), cue.lower()
        return name_after(text, after.end(), data, para_end), cue.lower()
    # English "the minister said", "Smith added": a name between the quote and the verb
    tail = text[span.after:min(para_end, span.after + 80)]
    m = _GAP.match(tail)
    gap = m.end() if m else 0
    probe = span.after + gap
    reach = min(para_end, probe + 70)
    opening = _NEXT_OPENING.search(text, probe, reach)
    words = list(_TAIL_WORD.finditer(text[probe:opening.start() if opening else reach]))  # not into the next quote
    for count, w in enumerate(words[:7]):
        low = w.group().lower().rstrip(".")
        pair = f"{w.group()} {words[count + 1].group()}".lower().rstrip(".") if count + 1 < len(words) else ""
        if (low in data.cues_after_quote or pair in data.cues_after_quote) and count > 0:
            name = name_before(text, probe + w.start(), data, floor=probe)  # "Fieldhouse shot back"
            return name, low if low in data.cues_after_quote else pair
        if low in data.speaker_stopwords and not (count > 0 and low in data.name_joiners):
            break  # "Secretary of State Marco Rubio said", "a spokesperson for the airline said" go on
    open_para_start, _ = lines.bounds(span.open_at)
    text_cue = _word_before(text, span.open_at, max(open_para_start, span.open_at - 40)).lower()
    if text_cue in data.text_cues:
        return None, text_cue  # 'a note that read, "You were warned."': no one's speech
    lead = cues.source_before_quote.search(text, max(open_para_start, span.open_at - 160), span.open_at)
    if lead is not None:
        name = name_after(text, lead.end(), data, span.open_at)
        if name is not None and not text[name.end:span.open_at].strip(" \t,:;\u00a0"):
            return name, lead.group("cue").lower()  # 'Menurut Ketua Umum PSSI Yudi Hartono, "…"'
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
        elif cue.lower() in data.participle_cues:
            sentence = _sentence_start(text, before.start("cue"), open_para_start, data)
            name = subjects.first(sentence, before.start("cue"))  # "Cruz appealed for help, saying: "…""
        else:
            name = name_before(text, before.start("cue"), data, floor=intro_start)
        return name, cue.lower()
    return None, None


@cache
def _source_after(code: str) -> frozenset[str]:
    """Cues before a quote whose speaker follows them: ``menurut X``, ``according to X``, ``kata X``."""
    return languages.get(code).cues_naming_after
_SENTENCE_END = compile_pattern(r"(?r)[.!?][”’\"']?\s")
_MIN_WORDS_PARTIAL = 3


def _speech_before(text: str, span: Span, data: LanguageData, lines: _Lines,
                   subjects: _Subjects) -> tuple[Name | None, str | None]:
    """A partial quote inside reported speech: ``John Smith, the mayor, said the plan was "a disaster."`` The
    speech verb stands earlier in the quote's sentence, its speaker before the verb. A verb that opens the
    sentence (``Asked about it, Smith said``) has no speaker before it; a participle (``…, describing it as
    "…"``) and a verb with no name before it (``Orlov on Friday promised …, but warned that "…"``) give the
    quote to the sentence's subject."""
    para_start, _ = lines.bounds(span.open_at)
    sentence_start = _sentence_start(text, span.open_at, max(para_start, span.open_at - 240), data)
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
    name = name_before(text, found.start(), data, floor=sentence_start)
    return name if name is not None else subjects.first(sentence_start, found.start()), cue


def _reported_speakers(text: str, data: LanguageData, read: Scan, lines: _Lines) -> list[tuple[int, Name]]:
    """Names before speech verbs outside quotes (``Kapolda Irjen Karyoto mengatakan, …``), in order: the
    people a later ``ujarnya`` or ``he said`` can mean."""
    out = []
    cues = cue_patterns(data.code)
    for start, _, _token, _ in read.words(cues.speech_words):
        role: Name | None = None
        m = cues.speech.match(text, start, upto(text, start, 60))
        if m is None:
            continue
        para_start, para_end = lines.bounds(m.start())
        if m.group("cue").lower() in _source_after(data.code) or m.group("cue").lower() in data.passive_speech_verbs:
            name = name_after(text, m.end(), data, para_end)  # "Menurut ekonom …", "disampaikan Kepala BNPB …"
        else:
            name = name_before(text, m.start(), data, floor=para_start)
            if name is None or name.pronoun or not any(w[:1].isupper() for w in name.text.split()):
                role = _role_speaker(text, m.start(), para_start, data)  # no name: a role alone
                if role is not None:
                    name = role
        if name is not None and not name.pronoun and (role is not None or any(
                w[:1].isupper() for w in name.text.split())):
            out.append((m.start(), name))
    return out


_MAX_ROLE_WORDS = 8
_DATELINE_DASH = compile_pattern(r"(?r)[ \u00a0](?:-{1,2}|[–—])[ \u00a0]")


def _role_before(name: Name, reported: list[tuple[int, Name]], reported_at: list[int], pos: int) -> Name | None:
    """The role a speaker named by role alone was brought in with: ``the official said`` after ``A senior OPEC+
    official who asked not to be named said``, ``pejabat tersebut`` after ``Seorang pejabat di Kementerian
    Perhubungan``; the last earlier speaker in lower case that holds the role's first word."""
    words = name.text.split()
    if not words or any(w[:1].isupper() for w in words):
        return None
    for _, earlier in reversed(reported[:bisect_left(reported_at, pos)]):
        held = earlier.text.split()
        if not held[0][:1].isupper() and words[0].lower() in (w.lower() for w in held) and earlier.text != name.text:
            return earlier
    return None


def _role_speaker(text: str, verb: int, para_start: int, data: LanguageData) -> Name | None:
    """A speaker brought in by role alone at the start of a sentence: ``A spokesman for the hospice said`` →
    ``spokesman for the hospice``; ``A senior official who asked not to be named said`` → ``senior official``;
    ``Seorang pejabat di Kementerian Perhubungan yang …`` → ``pejabat di Kementerian Perhubungan``. The role
    runs to the verb or to a stop word that is no preposition of place and no joiner."""
    sentence = _sentence_start(text, verb, max(para_start, verb - 240), data)
    dateline = _DATELINE_DASH.search(text, sentence, verb)
    if dateline is not None:
        sentence = dateline.end()  # "Jakarta - Seorang pejabat …"
    words = list(_TAIL_WORD.finditer(text, sentence, verb))
    if not words:
        return None
    article = next((a for a in data.role_articles
                    if text[sentence:verb].lower().startswith(a + " ")), None)
    if article is None:
        return None
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
        while len(words) < 6:
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
        if len(words) == 1 and words[0].group() not in names.words and not _verb_at(text, pos, end, data):
            continue  # "Selain itu, …", "Hadir dalam acara itu …": a capital that only opens a sentence
        out.append((start, Name(text[words[0].start():words[-1].end()], words[0].start(), words[-1].end())))
    return out


def _verb_at(text: str, pos: int, end: int, data: LanguageData) -> bool:
    """Whether the word at ``pos`` is a verb by its affixes (``mengaku``, ``berkata``): a single capitalised word
    before one is a subject (``Faizal mengaku …``)."""
    m = _NAME_WORD.match(text, pos, min(end, pos + 40))
    return m is not None and verb_like(m.group().lower(), data)


_NEXT_OPENING = compile_pattern(r"``|[“„«‹\"]", scanning=True)


def _word_before(text: str, pos: int, lo: int) -> str:
    """The word just before ``pos`` (past spaces and one comma or colon), not before ``lo``."""
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
    return text[k:j]

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
             reported: list[tuple[int, Name]], reported_at: list[int], data: LanguageData) -> bool:
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
    between = reported[bisect_left(reported_at, end):bisect_left(reported_at, span.open_at)]
    return all(speaker is not None and reporter.text == speaker.text for _, reporter in between)


def find(text: str, code: str, read: Scan | None = None) -> list[Candidate]:
    """Quote candidates in ``text``, each with its speaker and cue."""
    data = languages.get(code)
    spans = list(find_spans(text))
    if not spans:
        return []
    speakers = _Speakers()
    lines = _Lines(text)
    near = {n for s in spans for n in (lines.number(s.open_at), lines.number(s.open_at) - 1)}
    names = NameIndex(text, _openers(code))
    reported = sorted(_reported_speakers(text, data, read or scan(text, code), lines)
                      + _paragraph_subjects(text, lines, data, near, names), key=lambda r: r[0])
    reported_at = [at for at, _ in reported]
    taken = [(n.start, n.end) for _, n in reported]
    mentions = [(at, person) for at, person in _person_mentions(text, data, names, spans)
                if not any(a <= person.start < b or person.start <= a < person.end for a, b in taken)]
    subjects = _Subjects([(n.start, n) for _, n in reported] + [(n.start, n) for _, n in mentions])
    next_mention = 0
    out: list[Candidate] = []
    last: tuple[int, Name | None, int] | None = None  # (end, speaker, paragraph) of the last attributed quote
    next_reported = 0
    for span in spans:
        while next_reported < len(reported) and reported[next_reported][0] < span.open_at:
            at, reporter = reported[next_reported]
            speakers.add(at, lines.number(at), reporter)
            next_reported += 1
        while next_mention < len(mentions) and mentions[next_mention][0] < span.open_at:
            at, person = mentions[next_mention]
            speakers.add(at, lines.number(at), person)
            next_mention += 1
        content = _content(text, span)
        words = len(_WORDS.findall(content))
        if words == 0:
            continue
        name, cue = _attribution(text, span, data, lines, subjects)
        resolved = False
        opened_in = lines.number(span.open_at)
        follows = cue is None and last is not None and _goes_on(text, span, last, lines, reported, reported_at, data)
        if follows and last is not None:
            name = last[1]  # '"A," kata Budi. "B."': the same speaker goes on
        elif cue is None and words >= _MIN_WORDS_PARTIAL:
            name, cue = _speech_before(text, span, data, lines, subjects)
        if not follows and cue is None and words < _MIN_WORDS_WITHOUT_CUE:
            continue  # a scare quote, a title, a nickname
        if name is not None and name.pronoun:
            pronoun = data.cues_with_pronoun.get(name.text.lower(), name.text.lower())
            target = speakers.resolve(text, span.open_at, opened_in, pronoun, data)
            if target is not None:
                name, resolved = target, True
            else:
                name = None
        full = names.full(name) if name is not None else None  # "Lopez said" after "Maria Lopez, …"
        if full is None and name is not None:
            full = _role_before(name, reported, reported_at, span.open_at)
        if name is not None:
            speakers.add(span.open_at, opened_in, name)
        if cue is not None:
            last = (span.end, name, lines.number(span.end))
        value = QuoteValue(content, name.text if name else None, name.start if name else None,
                           name.end if name else None, cue, resolved, full.text if full else None)
        out.append(Candidate("quote", span.start, span.end, value, ATTRIBUTED if cue else LONG))
    return out
