"""Digits as a language writes them: thousands and decimal marks (``2.000`` is two thousand in Indonesian, two in
English), lakh grouping, Unicode decimal digits of other scripts, and the vulgar fraction characters (``⅔``).

Kept apart from the number grammar (``factcheck.numbers``) because the verification side reads official figures
with the same marks (``factcheck.verify.reference``) and needs none of the scanner.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from fractions import Fraction
from functools import cache

from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_pattern

__all__ = ["VULGAR_FRACTIONS", "ascii_digits", "read_digits", "vulgar"]

_SPACES = "\u00a0\u2009\u202f "
_MARKS = compile_pattern(r"([., ])", scanning=True)
VULGAR_FRACTIONS = "½¼¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
"""The vulgar fraction characters (``½``, ``⅔``): one character, one fraction."""


def vulgar(ch: str) -> Fraction:
    """The value of a vulgar fraction character, exactly: ``⅔`` → 2/3."""
    return Fraction(unicodedata.numeric(ch)).limit_denominator(10)


def _ascii_digits_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x110000):
        ch = chr(cp)
        if unicodedata.category(ch) == "Nd" and not ("0" <= ch <= "9"):
            table[cp] = str(unicodedata.digit(ch))
    return table


@cache
def ascii_digits() -> dict[int, str]:
    """A ``str.translate`` table from every Unicode decimal digit (fullwidth, Arabic-Indic …) to ASCII."""
    return _ascii_digits_table()


def read_digits(raw: str, data: LanguageData) -> tuple[Decimal, bool, bool] | None:
    """Value of a run of digits and separators, as ``(value, grouped, has_fraction)``; None if it fits no
    reading of the language's number format."""
    if raw.isascii() and raw.isdigit():
        return Decimal(raw), False, False  # the common case: no mark to read
    s = raw.translate(ascii_digits())
    for sp in _SPACES:
        s = s.replace(sp, " ")
    parts = _MARKS.split(s)
    nums, seps = parts[0::2], parts[1::2]
    if not seps:
        return Decimal(s), False, False
    if nums[0] == "":  # ",77" / ".77"
        if len(seps) == 1 and seps[0] == data.decimal_mark:
            return Decimal("0." + nums[1]), False, True
        return None
    dec, grp = data.decimal_mark, data.group_mark
    frac: str | None = None
    int_nums, int_seps = nums, seps
    if seps[-1] == dec:
        frac, int_nums, int_seps = nums[-1], nums[:-1], seps[:-1]
    if int_seps:
        same_mark = len(set(int_seps)) == 1 and int_seps[0] in (grp, " ")
        thousands = 1 <= len(int_nums[0]) <= 3 and all(len(n) == 3 for n in int_nums[1:])
        lakhs = data.lakh_grouping and len(int_nums) >= 3 and 1 <= len(int_nums[0]) <= 2 and \
            len(int_nums[-1]) == 3 and all(len(n) == 2 for n in int_nums[1:-1])  # "12,34,567"
        if same_mark and (thousands or lakhs):
            whole = "".join(int_nums)
            return Decimal(whole + ("." + frac if frac else "")), True, frac is not None
    elif frac is not None:
        return Decimal(int_nums[0] + "." + frac), False, True
    # lenient: one group mark not followed by exactly three digits is a decimal point written the other way
    # (``2.5 juta`` in Indonesian copy, ``1,3`` in English): news does this, and no other reading exists.
    if len(seps) == 1 and seps[0] == grp and len(nums[1]) != 3:
        return Decimal(nums[0] + "." + nums[1]), False, True
    return None
