"""Who says what: speaker names around speech verbs, and the cues that attribute a sentence to a source.

Shared by quotes (the speaker of ``"…," ujar Putin``) and attribution (the source of ``menurut laporan pejabat
Gedung Putih, …``). A name is read word by word from the cue outwards, so no pattern can run away: after a
cue it runs to the first stop word or punctuation (``kata Xi saat membacakan`` → Xi); before a cue it runs back to
the clause boundary and keeps the part from the first capitalised word (``Dalam keterangannya, Kapolda Metro Jaya
Irjen Karyoto mengatakan`` → Kapolda Metro Jaya Irjen Karyoto; ``the minister said`` → minister).
"""

from __future__ import annotations

import unicodedata
from functools import cache

import attrs
import regex

from factcheck import lang as languages
from factcheck.cues import CuePatterns, cue_patterns
from factcheck.kinds.base import starts_sentence, verb_like
from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_pattern, trie

_MAX_NAME_WORDS = 12
_NAME_WORD = compile_pattern(r"[\p{L}\p{M}][\p{L}\p{M}\p{N}.'’\-]*+")
_NUMBER_WORD = compile_pattern(r"\d++(?![\p{L}])")
_NUMBER_COMPOUND = compile_pattern(r"\d{1,3}+(?:-\p{L}++)++(?![\p{L}\p{N}])")
"""A description by a number that opens a role: ``the 26-year-old``, ``the 18-year-old striker``."""
_SPACE = " \t\u00a0\u2009\u202f"


@attrs.frozen
class Name:
    text: str
    start: int
    end: int
    pronoun: bool = False


def _clean_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:'’\"”)":
        end -= 1
    return end


@cache
def _connectors(code: str) -> frozenset[str]:
    """Small words inside a name (``Secretary of State``, ``Anwar bin Ibrahim``): the language's name joiners
    that are no determiner, and its name particles."""
    data = languages.get(code)
    return frozenset((data.name_joiners - data.speaker_determiners) | data.name_particles)


def _role_ahead(text: str, pos: int, stop: int) -> bool:
    """Whether a lower-case word follows ``pos``: after a possessive (``Britain's finance minister``) a role, not
    the name's next word (``Reuters' Jane Doe``)."""
    j = pos
    while j < stop and text[j] in _SPACE:
        j += 1
    return j > pos and j < stop and text[j].islower()


def _capital_ahead(text: str, pos: int, stop: int, reach: int = 3) -> bool:
    """Whether a capitalised word comes within ``reach`` words after ``pos``, before any punctuation."""
    for _ in range(reach):
        j = pos
        while j < stop and text[j] in _SPACE:
            j += 1
        if j == pos:
            return False
        m = _NAME_WORD.match(text, j, min(stop, j + 60))
        if m is None:
            return False
        if m.group()[:1].isupper():
            return True
        pos = m.end()
    return False


def _capital_before(text: str, pos: int, lo: int) -> bool:
    """Whether the word before ``pos`` (within ``lo``) starts with a capital."""
    j = pos
    while j > lo and text[j - 1] in _SPACE:
        j -= 1
    k = j
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in ".'’-"):
        k -= 1
    return k < j and text[k].isupper()


def _listed_before(text: str, pos: int, lo: int) -> bool:
    """Whether a comma and a capitalised word stand before ``pos``: ``Informasi, dan``, a list in a title."""
    j = pos
    while j > lo and text[j - 1] in _SPACE:
        j -= 1
    return j > lo and text[j - 1] == "," and _capital_before(text, j - 1, lo)


def name_after(text: str, pos: int, data: LanguageData, limit: int | None = None) -> Name | None:
    """The speaker or source that follows a cue at ``pos``: words up to a stop word or punctuation. A
    conjunction or a number inside a capitalised name stays in it (``Kepala Pusat Data dan Informasi BNPB``,
    ``Komandan Kodim 0607 Sukabumi``)."""
    stop = len(text) if limit is None else limit
    words: list[tuple[int, int]] = []
    role = False
    i = pos
    while len(words) < _MAX_NAME_WORDS:
        j = i
        while j < stop and text[j] in _SPACE:
            j += 1
        if j == i and words:
            break
        window = min(stop, j + 60)
        opening = not words or (role and len(words) == 1)
        m = _NAME_WORD.match(text, j, window) or (_NUMBER_COMPOUND.match(text, j, window) if opening else None) or (
            _NUMBER_WORD.match(text, j, window) if words else None)
        if m is None:
            break
        found = m.group()
        word = found.lower().rstrip(".")
        # inside a name: a capitalised word before this one and one after it (read only where it decides)
        after_name = bool(words) and text[words[-1][0]].isupper()
        if found[:1].isdigit() and "-" not in found and not (
                after_name and _capital_ahead(text, m.end(), stop, reach=1)):
            break  # ("said the 26-year-old": a description by age opens a role, as written)
        if role and len(words) > 1 and found[:1].islower() and verb_like(word, data):
            break  # "said a senior EU official briefed on the talks" ("a retired teacher" stays)
        if after_name and found[:1].islower() and not role and not _capital_ahead(text, m.end(), stop):
            break  # "kata Sri Wahyuni singkat.": a lower-case word after a name is no part of it, unless a
            # name follows ("IMF chief economist Pierre Dubois") or an article opened a role ("said a Republican
            # senator")
        if word in data.speaker_stopwords and not (
                (word in _connectors(data.code) or found[:1].isupper()) and after_name
                and _capital_ahead(text, m.end(), stop, reach=1)):
            if words:
                break
            return None
        end = _clean_end(text, m.start(), m.end())
        dotted = end < m.end() and text[end] == "."
        if dotted and (word in data.abbreviations or len(word) == 1):
            end = m.end()  # "Dr.", "Sen.", an initial: part of the name
        if not words:
            role = word in data.role_articles or word in data.speaker_determiners or (
                found[:1].isupper() and found.endswith(data.possessive_suffixes) and
                _role_ahead(text, m.end(), stop))  # "said Britain's finance minister, Rachel Reeves"
        words.append((m.start(), end))
        if end < m.end() and text[end] in ",;:.":
            break  # "said John Smith, the minister", "kata Gubernur Ridwan. Harga …"
        i = m.end()
        if text.startswith(" (", i) and text[words[-1][0]].isupper():
            aside = _ACRONYM_ASIDE.match(text, i + 1, min(stop, i + 40))
            if aside is not None:
                i = aside.end()  # "Center of Reform on Economics (CORE) Mohammad Faisal"
                continue
        if i < stop and text[i] in ",;:.!?()\"“”":
            break
    return _name(text, words, data)


_ASIDE_MAX = 16
"""The longest aside in brackets between a name and its verb: a party and state, an age."""
_ACRONYM_ASIDE = compile_pattern(r"\(\p{Lu}[\p{L}\p{N}&.\-]{0,15}+\)(?=[ \u00a0]\p{Lu})")
@cache
def _degree(code: str) -> regex.Pattern[str]:
    """An academic title after a name and a comma: ``dr. Ina Agustina, MKM``, ``Budi Santoso, S.H., M.H.``."""
    degrees = trie(languages.get(code).academic_degrees)
    return compile_pattern(f"(?:(?:\\p{{L}}{{1,3}}\\.){{1,4}}\\p{{L}}{{0,4}}|{degrees})")


def _name(text: str, words: list[tuple[int, int]], data: LanguageData) -> Name | None:
    if not words:
        return None
    if len(words) == 1 and text[words[0][0]:words[0][1]].lower() in data.pronouns:
        return Name(text[words[0][0]:words[0][1]], words[0][0], words[0][1], pronoun=True)
    while words and text[words[0][0]:words[0][1]].lower() in data.speaker_determiners:
        words = words[1:]
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    return Name(text[start:end], start, end)


_APPOSITIVE_MAX = 100


def _appositive(text: str, comma: int, data: LanguageData, floor: int) -> Name | None:
    """``A, X, said``: the comma at ``comma`` closes an aside X. A capitalised X is the name and A its role
    (``Kuasa hukum terdakwa, Junaedi Saibih, menyatakan``); any other X describes A (``John Smith, the mayor,
    said``; ``Putin, dalam pernyataan terpisah, menyebut``), and A is the speaker."""
    dated = _dated_place(text, comma, data, floor)
    if dated is not None:
        return dated
    party = _party_before(text, comma, floor)
    if party is not None:
        return name_before(text, party, data, floor=floor)  # "Sen. Roger Blaine, R-Mo., said": the senator
    opening = text.rfind(",", max(floor, comma - _APPOSITIVE_MAX), comma)
    if opening < 0 or "\n" in text[opening:comma]:
        return name_before(text, comma, data, floor=floor, aside=False)  # "Khan, asked about it, shrugged"
    aside = text[opening + 1:comma].strip(_SPACE)
    inner = name_before(text, comma, data, floor=opening + 1, aside=False)
    if aside[:1].isupper() and inner is not None and inner.start == opening + 1 + (
            len(text[opening + 1:comma]) - len(text[opening + 1:comma].lstrip(_SPACE))):
        return inner
    head = name_before(text, _party_before(text, opening, floor) or opening, data, floor=floor, aside=False)
    if inner is not None and not inner.pronoun and _is_role(head, text) and _ends_in_name(inner):
        return inner  # "Her neighbor, retired teacher Curtis Lemoine, said": the role first, then the name
    return head


_PARTY_ASIDE = compile_pattern(r"[ \u00a0]*+\p{Lu}{1,2}-\p{Lu}[\p{L}.]{0,8}+[ \u00a0]*+")
"""A party and a state between commas after a legislator's name: ``R-Mo.``, ``D-N.M.``, ``R-Texas``."""


def _party_before(text: str, comma: int, floor: int) -> int | None:
    """The comma that opens a party-and-state aside closed by the comma at ``comma`` (``Sen. Maria Delgado,
    D-N.M., a lead negotiator, said``), or None: the aside is no name."""
    opening = text.rfind(",", max(floor, comma - 14), comma)
    if opening < 0 or _PARTY_ASIDE.fullmatch(text, opening + 1, comma) is None:
        return None
    return opening


_DAY_ASIDE = 30
"""The longest aside of a day or a date between commas: ``Kamis``, ``5 Maret 2026``, ``Senin (12/1/2026)``."""
_CLAUSE_OPENING = compile_pattern(r"(?r)[,;:!?\n]|[.][\"”’']?\s| (?:-{1,2}|[–—]) ")


def _dated_place(text: str, comma: int, data: LanguageData, floor: int) -> Name | None:
    """``Kepala BMKG Dwi Lestari di Jakarta, Selasa, mengatakan`` (how Antara and Tempo write it): a place after
    a place preposition, then a day or a date between commas, stand between the speaker and the verb. The
    speaker is the clause's subject, read from where the clause opens up to the stop word after it (``Deputi
    Bidang Klimatologi BMKG Ardiansyah Putra saat dihubungi di Jakarta, Rabu, menjelaskan``); None when the
    aside before ``comma`` is no day or date. With no place, the speaker stands just before the day."""
    end, days = comma, 0
    while days < 3:
        opening = text.rfind(",", max(floor, end - _DAY_ASIDE), end)
        aside = text[opening + 1:end].strip(_SPACE).split() if opening >= 0 else []
        if not aside or not (aside[0].lower().rstrip(".") in data.weekdays or aside[0][:1].isdigit()) or \
                "\n" in text[opening:end]:
            break
        end, days = opening, days + 1
    if not days:
        return None
    clause = _CLAUSE_OPENING.search(text, max(floor, end - _APPOSITIVE_MAX), end)
    start = clause.end() if clause is not None else max(floor, end - _APPOSITIVE_MAX)
    words = list(_NAME_WORD.finditer(text, start, end))
    at = next((w.start() for w in reversed(words) if w.group().lower() in data.place_prepositions), None)
    if at is None:  # "Presiden Prabowo Subianto, Senin, mengatakan": the day alone
        return name_before(text, end, data, floor=floor, aside=False)
    name = name_after(text, start, data, at)
    if name is None or name.pronoun or not name.text[:1].isupper():
        return None
    return name


def _is_role(name: Name | None, text: str) -> bool:
    """Whether a speaker is a role without a name: no capitalised word but one that opens a sentence
    (``Her neighbor``, ``their spokeswoman``)."""
    if name is None or name.pronoun:
        return name is None
    words = name.text.split()
    first_opens = starts_sentence(text, name.start)
    return not any(w[:1].isupper() for w in (words[1:] if first_opens else words))


def _ends_in_name(name: Name) -> bool:
    """Whether a speaker ends in two capitalised words (``retired teacher Curtis Lemoine``)."""
    words = name.text.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words[-2:])


def name_before(text: str, pos: int, data: LanguageData, floor: int = 0, *, aside: bool = True) -> Name | None:
    """The speaker or source that precedes a cue at ``pos``, back to the start of its clause (a comma, a quote
    mark, the end of the previous sentence) or to a stop word; across an aside between commas when ``aside``."""
    if aside:
        j = pos
        while j > floor and text[j - 1] in _SPACE:
            j -= 1
        if j > floor and text[j - 1] == ",":
            return _appositive(text, j - 1, data, floor)
    words: list[tuple[int, int]] = []
    i = pos
    lo = max(floor, pos - 200)
    listed = False  # inside a list of capitalised words in a title: "Pusat Data, Informasi, dan Komunikasi"
    while len(words) < _MAX_NAME_WORDS:
        j = i
        while j > lo and text[j - 1] in _SPACE:
            j -= 1
        if not words and j > lo and text[j - 1] == ")":
            opening = text.rfind("(", max(lo, j - _ASIDE_MAX), j)
            if opening > lo + 1 and text[opening - 1] in _SPACE and " " not in text[opening:j] and \
                    _capital_before(text, opening, lo):
                i = opening  # "Sen. Thomas Greer (R-Texas) said", "Euis Komalasari (45), mengaku": an aside
                continue
        if words and j > lo and text[j - 1] == ")":
            opening = text.rfind("(", max(lo, j - 20), j)
            if opening > lo + 1 and text[opening - 1] in _SPACE and text[opening - 2].isalpha() and \
                    _ACRONYM_ASIDE.match(text, opening, j + 2) is not None and text[j:j + 1] in _SPACE:
                i = opening  # "Kepala Badan Pusat Statistik (BPS) Amalia mengatakan": one name
                continue
        k = j
        while k > lo and (text[k - 1].isalnum() or text[k - 1] in ".'’-"
                          or unicodedata.category(text[k - 1]).startswith("M")):
            k -= 1
        quoted = k
        while k < j and text[k] in "'’":
            k += 1  # "… months,'' Orlov told": the closing mark of a quote is no part of the name
        if k == j:
            if listed and words and j > lo and text[j - 1] == "," and _capital_before(text, j - 1, lo):
                i = j - 1  # "Kepala Pusat Data, Informasi, dan Komunikasi …": the title's list goes on
                continue
            break
        if text.startswith("''", j - 2) and j - 2 > k:
            j -= 2  # "``Witness K'' told": the closing mark is no part of the name
        raw = text[k:j]
        word = raw.rstrip(".")
        low = word.lower()
        if not raw.strip("-–—"):
            break  # "JAKARTA, KOMPAS.com - Menteri …": a dateline's dash ends the name
        if not words and low in data.speech_adverbs:
            i = k  # "The bank also said": the adverb is not the speaker
            while i > lo and text[i - 1] in _SPACE:
                i -= 1
            if aside and i > lo and text[i - 1] == ",":
                return _appositive(text, i - 1, data, floor)  # "Siti Nurhaliza, 46, pula berkata"
            continue
        if raw.endswith(".") and low not in data.abbreviations and len(word) > 1 and words:
            break  # "… Bank Indonesia. Ia menambahkan": the previous sentence ends here
        if low in data.pronouns and not words:
            words.append((k, k + len(word)))
            break
        capital = word[:1].isupper()
        # "of", "for", "and" inside a capitalised name: "Secretary of State", "Bank of England"
        listing = _listed_before(text, k, lo)
        joins = low in _connectors(data.code) and bool(words) and text[words[-1][0]].isupper() and (
            _capital_before(text, k, lo) or listing)
        listed = listed or (joins and listing)
        # a stop word written with a capital inside a sentence is part of a title: "Yang di-Pertua Dewan Rakyat"
        if not word or (low in data.speaker_stopwords and not joins and not (
                capital and words and not starts_sentence(text, k))) or (
                low in data.noun_stopwords and low not in data.speaker_determiners and not capital and not joins):
            if words and (low in data.relative_words or low in data.speech_adverbs):
                pronoun = _pronoun_before(text, j, lo, data)
                if pronoun is not None:
                    return pronoun  # "Beliau yang juga Menteri Kerja Raya berkata": beliau, the role aside
            break
        if words and not capital and len(low) >= 6 and low.startswith(_active_verb_prefixes(data.code)):
            break  # "… membuat pedagang mengatakan": a verb ends the name
        words.append((k, k + len(word)))
        i = k
        if k > quoted or (k > lo and text[k - 1] not in _SPACE):
            break  # punctuation before the word: the clause starts here
    words.reverse()
    while words and text[words[0][0]:words[0][1]].lower() in _connectors(data.code):
        words = words[1:]
    if len(words) == 1 and _degree(data.code).fullmatch(text, words[0][0], words[0][1]) is not None:
        k = words[0][0]
        while k > lo and text[k - 1] in _SPACE:
            k -= 1
        if k > lo and text[k - 1] == ",":
            holder = name_before(text, k - 1, data, floor, aside=False)
            if holder is not None and not holder.pronoun:
                return holder  # "Ina Agustina Isturini, MKM mengatakan": the name, not the degree
    return _name(text, words, data)


@cache
def _active_verb_prefixes(code: str) -> tuple[str, ...]:
    """The verb prefixes of an active verb (``meng``, ``ber``): a lower-case word with one ends a name."""
    data = languages.get(code)
    return tuple(v for v in data.verb_prefixes if v.startswith(data.active_verb_prefixes))


def _pronoun_before(text: str, pos: int, lo: int, data: LanguageData) -> Name | None:
    """The pronoun before a relative word (and an adverb) that ends at ``pos``: ``Beliau`` in ``Beliau yang juga
    …``; None when no relative word stands there or no pronoun opens the clause before it."""
    relative = False
    for _ in range(3):
        j = pos
        while j > lo and text[j - 1] in _SPACE:
            j -= 1
        k = j
        while k > lo and text[k - 1].isalpha():
            k -= 1
        low = text[k:j].lower()
        if k == j:
            return None
        if low in data.relative_words or low in data.speech_adverbs:
            relative = relative or low in data.relative_words
            pos = k
            continue
        if relative and low in data.pronouns and (k == lo or text[k - 1] in _SPACE + "\n\r,:"):
            return Name(text[k:j], k, j, pronoun=True)
        return None
    return None


def compile_all(code: str) -> None:
    """Compile the name patterns a text may ask for later (``factcheck.warm_up``)."""
    cue_patterns(code)
    _degree(code)


__all__ = ["CuePatterns", "Name", "compile_all", "cue_patterns", "name_after", "name_before"]
