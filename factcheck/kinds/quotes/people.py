"""The people a quote may be by: names and roles mentioned as subjects, and which of them a pronoun can mean."""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Iterable
from functools import cache

from factcheck import lang as languages
from factcheck.kinds.base import starts_sentence
from factcheck.kinds.quotes.marks import _NAME_WORD
from factcheck.kinds.quotes.names import NameIndex
from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_pattern
from factcheck.sentences import Layout
from factcheck.speakers import Name


class _Speakers:
    """Named speakers in reading order, to resolve ``ujarnya``, ``he said`` to the nearest one before."""

    def __init__(self) -> None:
        self.named: list[tuple[int, int, Name]] = []  # (position, paragraph, name)

    def add(self, pos: int, paragraph: int, name: Name) -> None:
        if name.pronoun:
            return
        if not self.named or pos >= self.named[-1][0]:
            self.named.append((pos, paragraph, name))  # where insort would put it: after any at the same place
        else:
            insort(self.named, (pos, paragraph, name), key=lambda n: n[0])  # in text order, in log time

    def resolve(self, text: str, pos: int, paragraph: int, pronoun: str, data: LanguageData,
                floor: int | None = None) -> Name | None:
        """The last name before ``pos`` that ``pronoun`` can stand for, in this paragraph or the few before (a
        news paragraph is a sentence or two; a pronoun may follow a paragraph that names no one); ``floor``: the
        first paragraph it may look at (``_Lines.reach``), else ``_PRONOUN_REACH`` back."""
        floor = paragraph - _PRONOUN_REACH if floor is None else floor
        for at, para, name in reversed(self.named):
            if para < floor:
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
    city council, ``ujarnya`` no ``BMKG``), nor a person whose title says the other gender (``he`` is not Mrs
    Dunmore)."""
    gender = data.person_pronouns.get(pronoun, "" if pronoun == _PERSON else None)
    if gender is None:
        return True
    if all(len(w) > 1 and w.isupper() for w in name.text.split()):
        return False  # "BMKG", "OJK": an acronym is an organisation, never the "he" or "-nya" of a person
    words = [_without_possessive(w.lower().rstrip("."), data) for w in name.text.split()]
    if words and not name.text[:1].isupper():  # a role: "spokeswoman for the GMB union" is the spokeswoman
        joint = next((k for k, w in enumerate(words) if w in data.name_joiners or w in data.place_prepositions), None)
        words = words[:joint] if joint else words
    if words and (words[-1] in data.organization_words or (
            words[0] in data.organization_words and _ACRONYM_AFTER.match(text, name.end) is not None)):
        return False  # "Dresden's city council", "Organisasi Kesehatan Dunia (WHO)"; "European Commission
        # President Anna Kowalczyk" and "Police Chief Dana Ruiz" are people
    titled = data.gendered_titles.get(words[0]) if words else None
    if titled is None and name.text[:1].isupper():
        titled = data.gendered_titles.get(_title_before(text, name.start))  # "Ms. Carter" found as "Carter"
    return not (gender and titled and titled != gender)


def _title_before(text: str, pos: int) -> str:
    """The word just before ``pos`` (over one space), lower case and without its full stop: the title a name
    found on its own was written with (``Mr.`` before ``Lyle``)."""
    j = pos - 1
    if j < 1 or text[j] not in _SPACE_CHARS:
        return ""
    k = j
    while k > max(0, j - 12) and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    return text[k:j].rstrip(".").lower()


_PERSON = ""
"""What ``_Speakers.resolve`` is asked for where a person of either gender is meant (``politikus Partai Golkar
itu``)."""
_PRONOUN_REACH = 3
"""How many paragraphs back a pronoun may look for the person it means."""
_LIST_SKIP = 12
"""How many list items a pronoun may look past, besides its paragraphs (a bound: the walk back stays short)."""
_LIST_ITEM = compile_pattern(r"[ \t]*+(?:[-•*·–▪●]|\(?\d{1,2}[.)])[ \t]")


@cache
def _openers(code: str) -> frozenset[str]:
    """Capitalised words that open a sentence and belong to no name: stop words, function words, pronouns,
    articles, cues (``When Niamh O'Connell``, ``Menurut Andi``)."""
    data = languages.get(code)
    return data.speaker_stopwords | data.function_words | data.pronouns | data.speaker_determiners | \
        data.cues_naming_after | frozenset(data.attribution_cues) | data.noun_stopwords


@cache
def _titles(code: str) -> frozenset[str]:
    """Lower-case words written right before a person's name: titles, ranks and honorifics (``judge``, ``irjen``,
    ``mrs``)."""
    data = languages.get(code)
    return data.name_titles | frozenset(data.gendered_titles)


class _Lines:
    """Paragraphs of a text, from the layout split once for every kind: the number and bounds of the one
    holding a position, by binary search."""

    def __init__(self, structure: Layout, text: str = "") -> None:
        self.structure, self.text = structure, text
        self.starts = structure.paragraph_starts or [0]
        self.ends = structure.paragraph_ends or [0]

    def reach(self, paragraph: int) -> int:
        """The first paragraph a pronoun in ``paragraph`` may look back to: ``_PRONOUN_REACH`` paragraphs, where a
        list item (a line opening with a bullet or an enumerator) counts for none, up to ``_LIST_SKIP`` of them:
        'Amalia menyebutkan …', a list of figures a line each, then '"…," ujarnya' still means Amalia."""
        k, left, skipped = paragraph, _PRONOUN_REACH, 0
        while k > 0 and left > 0:
            k -= 1
            if skipped < _LIST_SKIP and k < len(self.starts) and _LIST_ITEM.match(self.text, self.starts[k]):
                skipped += 1
            else:
                left -= 1
        return k

    def number(self, pos: int) -> int:
        return self.structure.paragraph_number(pos)

    def bounds(self, pos: int) -> tuple[int, int]:
        i = self.number(pos)
        return self.starts[i], self.ends[i]


_SPACE_CHARS = " \t\u00a0"


class _Subjects:
    """The people named in the text (before speech verbs, as subjects, in appositives), by position: the
    subject of a sentence is the first of them in it."""

    def __init__(self, named: Callable[[int, int], Name | None], more: Callable[[int, int], Name | None]) -> None:
        """``named``: the first person named before a speech verb or opening a paragraph between two places
        (``subjects._Reported.first``); ``more``: the first of the people mentioned elsewhere
        (``mentions._Mentions.first``)."""
        self.named = named
        self.more = more

    def first(self, lo: int, hi: int) -> Name | None:
        """The first person named between ``lo`` and ``hi``."""
        found = self.named(lo, hi)
        other = self.more(lo, found.start if found is not None else hi)
        return other if other is not None else found


def _sentence_start(lines: _Lines, pos: int, lo: int) -> int:
    """Where the sentence holding ``pos`` starts, not before ``lo``: the text's own sentences, split once for
    every kind (``factcheck.sentences.layout``), so ``Dr. Andrew Freeman`` opens no sentence here either."""
    return max(lo, lines.structure.sentence_at(pos).start)


def _role_before(name: Name, earlier: Iterable[Name], text: str, data: LanguageData, names: NameIndex) -> Name | None:
    """The role a speaker named by role alone was brought in with: ``the official said`` after ``A senior OPEC+
    official who asked not to be named said``, ``pejabat tersebut`` after ``Seorang pejabat di Kementerian
    Perhubungan``, ``juru bicara tersebut`` after ``Juru bicara Kemenkes mengatakan``: the last earlier speaker in
    lower case (but for the capital opening its sentence) that holds the role's first word. A role pointed back
    with a demonstrative or an article (``tersebut``, ``itu``, ``the``) may also mean a titled person who holds
    the role's words: ``kata juru bicara itu`` after ``…, Juru Bicara KPK Ahmad Fauzan mengatakan`` is Ahmad
    Fauzan. ``earlier``: the speakers named before the quote, the nearest first."""
    words = name.text.split()
    pointed = _pointed(text, name, data)
    if not words or any(w[:1].isupper() for w in words[1:]) or (
            words[0][:1].isupper() and not (pointed and starts_sentence(text, name.start))):
        return None
    low = [w.lower() for w in words]
    for said in earlier:
        held = [w.lower() for w in said.text.split()]
        if said.text.lower() == name.text.lower():
            continue
        if (not said.text[:1].isupper() or starts_sentence(text, said.start)) and low[0] in held:
            return names.holder(said)
        if pointed and any(held[k:k + len(low)] == low for k in range(len(held) - len(low) + 1)):
            return names.holder(said)
    return None


def _epithet(text: str, name: Name, data: LanguageData) -> bool:
    """Whether a speaker is a description pointed back at someone named before: a lower-case role with a
    capitalised word in it and a demonstrative after it (``politikus Partai Golkar itu``, ``legislator asal Jawa
    Timur tersebut``), which news writes for the person just quoted, as it would a pronoun."""
    words = name.text.split()
    if name.pronoun or not words or not words[0][:1].islower() or not any(w[:1].isupper() for w in words[1:]):
        return False
    after = _NAME_WORD.match(text, name.end + 1, name.end + 20) if text[name.end:name.end + 1] == " " else None
    return after is not None and after.group().lower() in data.role_demonstratives


def _pointed(text: str, name: Name, data: LanguageData) -> bool:
    """Whether a demonstrative or an article points a role back at one brought in before: ``juru bicara
    tersebut``, ``pejabat itu``, ``the spokesman``."""
    after = _NAME_WORD.match(text, name.end + 1, name.end + 20) if text[name.end:name.end + 1] == " " else None
    if after is not None and after.group().lower() in data.role_demonstratives:
        return True
    j = name.start - 1
    if j < 1 or text[j] != " ":
        return False
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:j].lower() in data.role_demonstratives
