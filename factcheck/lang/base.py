"""The schema every language data module fills in.

A language is data only: word tables, not code. The engine (``factcheck.numbers``, ``factcheck.kinds``) reads
these tables and compiles its patterns from them, so adding a language means writing one module that builds a
``LanguageData`` and a corpus folder for its tests. Keys of word tables are lower case unless the table says it
is case-sensitive (symbols and abbreviations such as ``M`` for miliar, where case carries meaning).
"""

from __future__ import annotations

import attrs

from factcheck.lang.schema.dates import DateWords
from factcheck.lang.schema.figures import FigureWords
from factcheck.lang.schema.numbers import NumberWords
from factcheck.lang.schema.statements import StatementWords


@attrs.frozen(kw_only=True)
class LanguageData(NumberWords, FigureWords, DateWords, StatementWords):
    """Everything the engine needs to know about one language."""

    code: str
    name: str
    claim_kinds: frozenset[str] | None = None
    """The kinds this language's tables can find; None for all. A language built from dateparser's data alone
    (``factcheck.lang.locales``) has only ``date`` and ``duration``: other kinds asked of it yield nothing."""

    # ---- sentences
    abbreviations: frozenset[str] = frozenset()
    """Words written with a final period that does not end a sentence (``Rp.``, ``No.``, ``Dr.``), lower case,
    without the final period."""

    # ---- detection
    function_words: frozenset[str] = frozenset()
    """Frequent short words that tell the language of a text apart (``yang``, ``the``); the engine also reads
    them as words that name nothing (no counted noun, no speaker), so content words belong in ``marker_words``."""
    marker_words: frozenset[str] = frozenset()
    """Words the language detector counts besides the function words: frequent words of this language's news that
    a close neighbour spells or says otherwise (Malay ``peratus``, ``berkata``, ``kerajaan``, ``Ogos`` against
    Indonesian ``persen``, ``mengatakan``, ``pemerintah``, ``Agustus``). Read by nothing else."""

