"""The quote stage's faster readings give the answers of the plain ones they replaced.

Each reference below is the earlier, slower code kept word for word; random texts built from the pieces that
matter to it (capitalised runs, words that open sentences, full stops, no-break spaces, dashes, line breaks,
quote marks) must get the same answers from both.
"""

from __future__ import annotations

import random
from bisect import bisect_right

import pytest

from factcheck import lang as languages
from factcheck.kinds.quotes import find_spans
from factcheck.kinds.quotes.marks import _NAME_WORD
from factcheck.kinds.quotes.names import NameIndex
from factcheck.kinds.quotes.people import (
    _CLAUSE_START,
    _SPACE_CHARS,
    _Lines,
    _near_quotes,
    _openers,
    _opens_clause,
    _person_mentions,
    _titles,
    _verbs_before_objects,
    _without_possessive,
)
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
