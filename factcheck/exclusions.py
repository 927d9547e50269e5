"""Stretches of text whose digits are names, not figures: the false positives a fact-checker must not see.

URLs and e-mail addresses, phone numbers, references to laws and articles (``Pasal 2 ayat (1)``,
``UU No. 11 Tahun 2020``, ``Nomor 422/KMK.06/2003``, ``Article 5``), list enumerators at the start of a line,
and idioms where a number word is no number (``salah satu``, ``one of``). One scan per text finds them all;
numeric kinds skip any number inside one. Clock times are found by the date kind, which claims them.
"""

from __future__ import annotations

from functools import cache

import regex

from factcheck import lang as languages
from factcheck.patterns import DASH, OPT_SP, SP, WORD_END, WORD_START, compile_pattern, trie

_URL = (
    r"(?:https?://|www\.)[^\s<>\"'“”]++"
    r"|(?<![\w.@-])[\w-]++(?:\.[\w-]++)*?\.(?:com|id|org|net|gov|edu|io|info|tv|news|uk|co)(?![\w-])"
    r"(?:/[^\s<>\"'“”]*+)?"
)
_EMAIL = r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++"
_PHONE = (
    r"(?<![\p{L}\p{N}.,])(?:\+\d{1,3}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?|\(0?\d{2,4}\)[\s.\-]?|0\d{2,4}[\s.\-]?)"
    r"\d{2,8}(?:[\s.\-]\d{2,5}){0,3}+(?![\p{N}])"
)
_ENUMERATOR = r"(?m:^[ \t]*+\(?\d{1,2}[.)](?=[ \t]))"
_ID_CHUNK = r"(?>\(?[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?:[./\-][\p{L}\p{N}]+)*+\)?)"


@cache
def _pattern(code: str) -> regex.Pattern[str]:
    data = languages.get(code)
    keywords = trie(data.identifier_words)
    cased_forms = {w[:1].upper() + w[1:] for w in data.identifier_words_cased}
    cased = trie(cased_forms | {w.upper() for w in data.identifier_words_cased}) if cased_forms else "(?!)"
    number_word = "(?:no|nomor|nomer|number|nr)\\.?"
    figure_after = trie([*data.scale_words, *data.percent_words, *data.unit_words, *data.currency_words])
    legal = (
        f"{WORD_START}(?:(?i:{keywords})|{cased})\\.?{SP}(?:(?i:{number_word}){OPT_SP})?{_ID_CHUNK}"
        f"(?!{OPT_SP}(?i:{figure_after}){WORD_END}|{OPT_SP}%)(?:[\\s.\\-]\\d{{3,}}+)*+"
        f"(?:{SP}(?i:ayat|huruf|angka|butir|paragraph|subsection|section|clause|no\\.?|nomor){SP}{_ID_CHUNK}"
        f"|{SP}(?i:ke){DASH}\\d++)*+"
        f"(?:{SP}(?i:tahun|thn\\.?|of|th\\.?){SP}\\d{{4}}{WORD_END})?"
    )
    idioms = f"{WORD_START}(?i:{trie(data.idioms)}){WORD_END}" if data.idioms else "(?!)"
    source = "|".join(f"(?:{p})" for p in (_URL, _EMAIL, legal, _PHONE, _ENUMERATOR, idioms))
    return compile_pattern(source)


def excluded_spans(text: str, code: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans of ``text`` that hold no numeric claim."""
    return [m.span() for m in _pattern(code).finditer(text)]
