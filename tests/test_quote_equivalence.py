"""The quote stage's faster readings give the answers of the plain ones they replaced.

Each reference below is the earlier, slower code kept word for word; random texts built from the pieces that
matter to it (capitalised runs, words that open sentences, full stops, no-break spaces, dashes, line breaks,
quote marks) must get the same answers from both.
"""

from __future__ import annotations

import random
import time
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

import pytest

import factcheck
from factcheck import lang as languages
from factcheck.kinds import quotes
from factcheck.kinds.quotes import find_spans, subjects
from factcheck.kinds.quotes.marks import (
    _CONTINUATION,
    _MIN_WORDS_WITHOUT_CUE,
    _NAME_WORD,
    _WORDS,
    Span,
    _content,
    _word_count,
)
from factcheck.kinds.quotes.mentions import (
    _CLAUSE_START,
    _Mentions,
    _near_quotes,
    _opens_clause,
    _person_mentions,
    _verbs_before_objects,
)
from factcheck.kinds.quotes.names import NameIndex
from factcheck.kinds.quotes.people import _SPACE_CHARS, _Lines, _openers, _Speakers, _titles, _without_possessive
from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_pattern
from factcheck.scan import scan
from factcheck.speakers import Name

_OLD_CAPITAL_WORDS = compile_pattern(
    r"(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’\-.]*+){0,11}")
_OLD_CLAUSE_START = compile_pattern(r"(?r)[,;:.!?\n\r\u2029\"“”‘’«»()—–]| - ")


def _old_person_mentions(text: str, data: LanguageData, names: NameIndex, spans: list, lines: _Lines
                         ) -> list[tuple[int, Name]]:
    out: list[tuple[int, Name]] = []
    quoted = [(s.open_at, s.close_at) for s in spans]
    opens = [q[0] for q in quoted]
    skip = _openers(data.code)
    verbs = _verbs_before_objects(data.code)
    found = (m for lo, hi in _near_quotes(spans, lines) for m in _OLD_CAPITAL_WORDS.finditer(text, lo, hi))
    for m in found:
        k = bisect_right(opens, m.start()) - 1
        if k >= 0 and quoted[k][0] < m.start() < quoted[k][1]:
            continue
        words = list(_NAME_WORD.finditer(m.group()))
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
                continue
        if all(p.isupper() for p in parts):
            continue
        low = [_without_possessive(p.lower().rstrip("."), data) for p in parts]
        if low[0] in data.organization_words or low[-1] in data.organization_words or \
                low[0] in data.place_prefixes or any(p.endswith(data.possessive_suffixes) for p in parts):
            continue
        ahead = text[end:end + 3].lstrip(_SPACE_CHARS)
        if not (ahead[:1].islower() or ahead[:1] == "," or (ahead[:1] == "(" and not ahead[1:2].isupper())):
            continue
        clause = _OLD_CLAUSE_START.search(text, max(0, m.start() - 80), m.start())
        lead = text[clause.end() if clause else max(0, m.start() - 80):m.start()].split()
        if len(parts) == 1 and lead:
            continue
        if any(w[:1].isupper() and not w.isupper() for w in lead) or any(
                w.lower() in data.speaker_stopwords or w.lower() in data.place_prepositions
                or w.lower() in data.speaker_determiners for w in lead):
            continue
        if len(lead) > 1 and any(w.lower() in verbs for w in lead[:-1]):
            continue
        out.append((start, Name(run, start, end)))
    return out


_PIECES = {
    "en": ["Maria Lopez", "Lopez", "The", "When", "Mr.", "Dr. Andrew Freeman", "Washington D.C.", "said", "told",
           "the", "minister", "of", "for", "City Council", "Council", "Putin's", "U.S.", "OPEC", "(OPEC)", "(45)",
           "Jane\u00a0Doe", "Doe", "Smith", "John Smith", "President Xi Jinping", "Xi", "warned", "and", "in",
           "Judge Maria Lopez", "according to"],
    "id": ["Menurut", "Andi Syahputra", "Andi", "kata", "ujar", "mengatakan", "Kepala BNPB Suharyanto", "Suharyanto",
           "Desa Cibunian", "Cibunian", "warga", "di", "Bursa Efek Indonesia", "(BEI)", "BEI", "itu", "tersebut",
           "Ia", "Kementerian Luar Negeri", "(Kemlu)", "Kemlu", "menjelaskan", "fenomena", "La Nina", "Jakarta",
           "Sri\u00a0Wahyuni", "Wahyuni", "Pudji Ismartini", "Pudji"],
}
_GLUE = [" ", " ", " ", " ", ", ", ". ", "\n", "\n\n", " - ", " — ", ": ", "; ", " \u00a0", "  ", '"', ' "', '" ',
         "“", "” ", "‘", "’ ", "-", "'", "(", ") ", "\u2029", "\r\n", "\t"]


def _random_text(rng: random.Random, code: str, size: int) -> str:
    pieces = _PIECES[code]
    out = []
    for _ in range(size):
        out.append(rng.choice(pieces))
        out.append(rng.choice(_GLUE))
    return "".join(out)


@pytest.mark.parametrize("code", ["en", "id"])
def test_person_mentions_match_the_plain_reading(code: str) -> None:
    rng = random.Random(7)
    data = languages.get(code)
    for _ in range(150):
        text = _random_text(rng, code, rng.randint(5, 300))
        structure = scan(text, code).layout()
        spans = list(find_spans(text, structure))
        if not spans:
            continue
        lines = _Lines(structure)
        names = NameIndex(text, _openers(code), _titles(code))
        assert _person_mentions(text, data, names, spans, lines) == _old_person_mentions(
            text, data, names, spans, lines), text


def test_a_clause_opens_where_the_backward_search_says() -> None:
    rng = random.Random(11)
    chars = ["a", "B", " ", " ", "-", ",", "\n", "\r", "\u2029", "\u00a0", "\t", ".", "“", "—", "x"]
    for _ in range(20_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 120)))
        for pos in range(0, len(text) + 1, 7):
            clause = _OLD_CLAUSE_START.search(text, max(0, pos - 80), pos)
            lead = text[clause.end() if clause else max(0, pos - 80):pos].split()
            again = _CLAUSE_START.match(text, max(0, pos - 80), pos)
            assert (again.end() if again else None) == (clause.end() if clause else None), (text, pos)
            assert _opens_clause(text, pos) == (not lead), (text, pos)


class _EagerMentions(_Mentions):
    """The reading ``_Mentions`` replaced: every stretch read first, and every mention before a quote given to the
    speakers before it is read."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        for k in range(len(self.stretches)):
            self._stretch(k)

    def tell(self, speakers: _Speakers, pos: int, paragraph: int) -> None:
        for k in range(len(self.stretches)):
            found = self._stretch(k)
            i = self.told.get(k, 0)
            while i < len(found) and found[i][0] < pos:
                speakers.add(found[i][0], self.lines.number(found[i][0]), found[i][1])
                i += 1
            self.told[k] = i

    def first(self, lo: int, hi: int) -> Name | None:
        found = [f for k in range(len(self.stretches)) for f in self._stretch(k) if lo <= f[0] < hi]
        return found[0][1] if found else None


_SPEECH = {
    "en": ['"We will not stop the work we started here," he said.', '"It is over now," she said.',
           '"They lied to us from the very start," said Ms. Carter.', "He said the price of feed had doubled.",
           'Cruz appealed for help, saying: "We have nothing left at all."', '"No comment on that," Lopez said.',
           "Before he was sentenced, Lemieux apologized.", "Hungary's foreign minister, Gábor Szilágyi, was blunter.",
           '"Enough of this waiting," the official said.', "A senior official who asked not to be named said so."],
    "id": ['"Kami akan terus bekerja sampai selesai," ujarnya.', '"Ini sudah berakhir sekarang," kata dia.',
           'Salah satu terdakwa, Andi Syahputra, tampak menangis.', '"Tidak ada komentar soal itu," kata Andi.',
           '"Kami tidak punya apa-apa lagi," ucap politikus Partai Golkar itu.', "Ia menambahkan, harga naik.",
           'Menurutnya, "semua harus bekerja sama demi rakyat kita."', 'Juru bicara Kemenkes mengatakan hal itu.'],
}


@pytest.mark.parametrize("code", ["en", "id"])
def test_mentions_read_lazily_give_the_eager_answers(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    texts = []
    for _ in range(120):
        parts = []
        for _ in range(rng.randint(2, 40)):
            parts.append(rng.choice(_SPEECH[code]) if rng.random() < 0.5 else _random_text(rng, code, 4))
            parts.append(rng.choice([" ", " ", "\n", "\n\n", " "]))
        texts.append("".join(parts))
    lazy = [quotes.find(t, code) for t in texts]
    monkeypatch.setattr(quotes, "_Mentions", _EagerMentions)
    monkeypatch.setattr(quotes, "_Reported", _EagerReported)
    assert [quotes.find(t, code) for t in texts] == lazy
    monkeypatch.setattr(quotes, "_Reported", subjects._Reported)
    assert sum(1 for found in lazy for c in found if c.value.speaker_resolved) > 20  # pronouns were resolved
    monkeypatch.setattr(quotes, "_Mentions", _NoMentions)
    assert [quotes.find(t, code) for t in texts] != lazy  # and the mentions decided some of them


class _NoMentions(_Mentions):
    def tell(self, speakers: _Speakers, pos: int, paragraph: int) -> None:
        pass

    def first(self, lo: int, hi: int) -> Name | None:
        return None


def test_a_quote_counts_the_words_of_its_content() -> None:
    rng = random.Random(13)
    chars = ["a", "Bé", "1", " ", "\n", "\r\n", "\u2029", "“", '"', "'", "``", ",", "-", "\u0301", "٣", "  "]
    for _ in range(5000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 60)))
        span = Span(0, len(text), 0, len(text), len(text))
        plain = len(_WORDS.findall(str(_CONTINUATION.sub("\n", text))))
        assert _word_count(text, span) == min(plain, _MIN_WORDS_WITHOUT_CUE), text
        assert _content(text, span) == str(_CONTINUATION.sub("\n", text))


_HOSTILE = {
    "pronoun quotes in one paragraph": (
        "id", 'Kepala Dinas Ab Cd menjelaskan hal itu. "Kami akan terus bekerja keras," ujarnya. ' * (1_000_000 // 80)),
    "pronoun quotes": ("en", 'Ab Cd, Ef Gh and Ij Kl were there.\n"We will keep on working hard," he said.\n'
                       * (1_000_000 // 80)),
    "participles in one paragraph": ("en", 'Cruz appealed for help, saying: "We have nothing left at all now." Lopez '
                                     'said prices rose. ' * (1_000_000 // 90)),
    "follow-ons and a role over verbs that name no one": (
        "en", '"We will keep on working on this," said Tom Ashworth. ' * 9000 + "\n"
        + 'The mayor said so. "They lied to us from the very start." ' * 9000),
}


@pytest.mark.parametrize("name", list(_HOSTILE))
def test_a_megabyte_of_quotes_asking_back_stays_linear(name: str) -> None:
    """Every quote asks who its pronoun, participle or role means, so the stretches before it are read (in one
    paragraph for some); a role walks back over every speech verb before it, most naming no one."""
    code, text = _HOSTILE[name]
    start = time.perf_counter()
    claims = factcheck.extract_claims(text, lang=code)
    elapsed = time.perf_counter() - start
    assert sum(1 for c in claims if c.kind == "quote" and c.value.speaker) > 10_000  # type: ignore[union-attr]
    assert all(text[c.start:c.end] == c.text for c in claims)
    assert elapsed < 30, f"{name}: {elapsed:.1f}s"


class _EagerReported(subjects._Reported):
    """The reading ``_Reported`` replaced: every speech verb read first into one list, in order, which each question
    slices or walks."""

    def __init__(self, text: str, data: LanguageData, read: Any, lines: _Lines, opened: list[int],
                 names: NameIndex) -> None:
        super().__init__(text, data, read, lines, opened, names)
        self.named = sorted(subjects._reported_speakers(text, data, read, lines) + self.subjects, key=lambda r: r[0])
        self.at = [at for at, _ in self.named]
        self.given = 0

    def between(self, lo: int, hi: int) -> Iterator[tuple[int, Name]]:
        return iter(self.named[bisect_left(self.at, lo):bisect_left(self.at, hi)])

    def within(self, lo: int, hi: int) -> list[tuple[int, Name]]:
        return self.named

    def first(self, lo: int, hi: int) -> Name | None:
        by_name = sorted([(n.start, n) for _, n in self.named], key=lambda n: n[0])
        k = bisect_left([at for at, _ in by_name], lo)
        return by_name[k][1] if k < len(by_name) and by_name[k][0] < hi else None

    def tell(self, speakers: _Speakers, pos: int, paragraph: int) -> None:
        while self.given < len(self.named) and self.named[self.given][0] < pos:
            speakers.add(self.named[self.given][0], self.lines.number(self.named[self.given][0]),
                         self.named[self.given][1])
            self.given += 1

    def earlier(self, pos: int) -> Iterator[Name]:
        return (n for _, n in reversed(self.named[:bisect_left(self.at, pos)]))
