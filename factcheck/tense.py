"""The tense of the clause around a date: whether a yearless "4 November" or a bare "Friday" looks ahead.

A reference date fills in the year a text leaves out, and the year depends on tense: "the election will be held on
4 November" means the next one, "the strike began on 4 November" the last. Neither language marks tense reliably
in the verb (Indonesian not at all), so the clause's words decide: the nearest future or past cue before the date,
else the first after it before a word that joins another clause (``data.future_cues``, ``data.past_cues``,
``data.clause_joiners``). No cue leaves the choice to the resolver.
"""

from __future__ import annotations

from bisect import bisect_left

from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_pattern
from factcheck.sentences import Layout

_WORD = compile_pattern(r"[\p{L}']+", scanning=True)
_BEFORE = 120
_AFTER = 60


def tense_at(structure: Layout, start: int, data: LanguageData, *, day: bool = True) -> int | None:
    """+1 when the clause around ``start`` looks ahead, -1 when it looks back, None when it does not say. The
    clause runs between the text's clause ends (``Layout.clause_ends``) nearest ``start``, a point inside a
    clause passed over (``_inner_point``). A weak cue (``hingga``, ``until``: a deadline, or the cut-off of a
    report) counts only for a ``day`` and only when no other cue does: ``dibuka hingga 15 September`` is a
    deadline, ``hingga Juni`` a report's period."""
    text = structure.text
    ends = structure.clause_ends()
    nxt = bisect_left(ends, start)  # the first clause end at or after start
    lo = max(0, start - _BEFORE)
    k = nxt - 1
    while k >= 0 and ends[k] >= lo and _inner_point(text, ends[k]):
        k -= 1
    if k >= 0 and ends[k] >= lo:
        lo = ends[k] + 1
    before = [w.group().lower() for w in _WORD.finditer(text, lo, start)]
    for k in range(len(before) - 1, -1, -1):
        if before[k] in data.notice_words and not data.notice_scopes.isdisjoint(before[k + 1:]):
            return 1  # "a yellow warning for snow on Saturday": the time a notice covers is to come
        if k + 1 < len(before) and f"{before[k]} {before[k + 1]}" in data.future_phrases:
            return 1  # "are forecast to reach 40C on Wednesday", "is set to hit the coast on Friday"
        found = _cue(before[k], data)
        if found == -1 and day and before[k] in data.report_verbs and before[-1:] and \
                before[-1] in data.weak_future_cues and not data.possibility_modals.isdisjoint(before[k + 1:]):
            return 1  # "forecasters said rain could fall through Wednesday": the report is past, not the deadline
        if found == -1 and k and before[k - 1] in data.participle_markers:
            continue  # "will be held", "is expected": a participle, not a past tense
        if found == 1 and k and before[k - 1] in data.unfulfilled_markers:
            continue  # "more than expected", "as planned", "was expected to": no look ahead
        if found == 1 and k + 1 < len(before) and before[k + 1] in data.perfect_markers:
            continue  # "should have been done by June": no look ahead
        if found is not None:
            return found
    hi = min(len(text), start + _AFTER)
    while nxt < len(ends) and ends[nxt] < hi and _inner_point(text, ends[nxt]):
        nxt += 1
    if nxt < len(ends) and ends[nxt] < hi:
        hi = ends[nxt]
    for count, w in enumerate(_WORD.finditer(text, start, hi)):
        word = w.group().lower()
        if count > 8 or word in data.clause_joiners:
            break  # "setakat Jun dan dijangka … menjelang akhir tahun": the cue is the next clause's
        found = _cue(word, data)
        if found is not None:
            return found
    if day and any(word in data.weak_future_cues for word in before[-3:]):
        return 1  # "Pendaftaran dibuka hingga 15 September": a deadline
    return None


def _inner_point(text: str, at: int) -> bool:
    """A point inside a clause: a decimal or thousands point (``1.2%``, ``Rp13.700``) or an abbreviation's
    (``U.S.``, ``Aug. 18``, ``No. 7``), told by what follows it: a letter or digit at once, or after one space a
    digit or a lower-case letter. A clause end is followed by a space and a capital, or by nothing."""
    if text[at] != "." or at + 1 >= len(text):
        return False
    after = text[at + 1]
    if after.isalnum():
        return True
    return after == " " and at + 2 < len(text) and (text[at + 2].isdigit() or text[at + 2].islower())


def _cue(word: str, data: LanguageData) -> int | None:
    if word in data.future_cues:
        return 1
    if word in data.past_cues:
        return -1
    return None
