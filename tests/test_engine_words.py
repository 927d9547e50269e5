"""The engine knows no language: no string literal in engine code is a word from any language's tables.

Every word a rule reads lives in ``factcheck/lang`` (``LanguageData``). This test walks the engine's source and
fails on a literal that is such a word or phrase, or on a pattern literal (one with ``(?`` or ``|``) that names
one. Docstrings are documentation and are skipped; the values of tables (``day``, ``gt``, ``start``) are the
engine's own vocabulary, shared by all languages, and are allowed. Modules that write output (messages, reports,
schemas) rather than read text are outside the engine.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs
import regex

import factcheck
from factcheck import lang
from factcheck.lang.common import CURRENCY_CODES, UNIT_SYMBOLS

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
OUTSIDE = ("lang", "archive", "cli", "verify/publish.py", "verify/conflicts.py", "verify/figures.py",
           "verify/verdict.py",
           "verify/reference.py", "verify/units.py", "verify/timespans.py", "verify/comparison.py", "claims.py",
           "page.py", "api.py", "__init__.py")
"""Packages and modules that write output or hold data, not the engine that reads text."""
_GROUP_NAMES = regex.compile(r"\?P<\w+>|\(\?P=\w+\)|\\p\{\w+\}|\\[a-zA-Z]|\{\w+\}")
CODES = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue",
                   "wed", "thu", "fri", "sat", "sun", "last", "easter"})
"""The holiday rule codes of ``LanguageData.holidays`` (``nov-thu-4``, ``may-mon-last``, ``easter-2``): a format of
the tables, read by ``factcheck.calendar``, the same in every language."""
UNICODE_CATEGORIES = frozenset({
    "lu", "ll", "lt", "lm", "lo", "mn", "mc", "me", "nd", "nl", "no", "pc", "pd", "ps", "pe", "pi", "pf", "po",
    "sm", "sc", "sk", "so", "zs", "zl", "zp", "cc", "cf", "cs", "co", "cn",
})
"""The Unicode general categories (``unicodedata.category(c) == "Lu"``): the engine's names for kinds of
characters, not words, though ``LU`` (Lintang Utara) is one."""
ENGINE_NAMES = frozenset({
    *factcheck.KINDS,  # claim kinds
    "time", "day", "week", "month", "quarter", "half", "year", "decade",  # granularities
    "points", "change", "share",  # what a percentage measures
    "open", "close", "either",  # the role of a quote mark
    "figure", "count",  # check-worthiness types, quantity sorts
    "percentage points", "percent change", "forecast", "extreme",  # grouping-key labels (factcheck.verify.keys)
    "min", *(u.lower() for u in UNIT_SYMBOLS), *(c.lower() for c in CURRENCY_CODES),  # unit and currency codes
    *UNICODE_CATEGORIES,
})
"""The engine's own names, the same in every language: kinds, granularities, measures, unit symbols …"""
CANONICAL_KEYS = frozenset({"sentence_cues"})
"""Tables whose keys are the engine's names (Full Fact's claim types), not words."""


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for k in value:
            yield from _strings(k)
    elif isinstance(value, (set, frozenset, tuple, list)):
        for item in value:
            yield from _strings(item)


def _values(value: object) -> Iterator[str]:
    if isinstance(value, Mapping):
        for v in value.values():
            if isinstance(v, str):
                yield v
            elif isinstance(v, tuple):
                yield from (x for x in v if isinstance(x, str))


def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words (single tokens), phrases (whole entries) of every full language's tables, and the table values."""
    words: set[str] = set()
    phrases: set[str] = set()
    values: set[str] = set()
    for code in lang.SUPPORTED:
        data = lang.get(code)
        for field in attrs.fields(type(data)):
            if field.name in ("code", "name"):
                continue
            table = getattr(data, field.name)
            if field.name in CANONICAL_KEYS:
                values.update(table)
                table = list(table.values())
            for entry in _strings(table):
                low = entry.lower()
                phrases.add(" ".join(low.split()).rstrip("."))
                words.update(t for t in regex.findall(r"\p{L}+", low) if len(t) >= 2)
            if isinstance(table, str):
                values.add(table.lower())  # a scalar setting ("mdy"), not a word
                continue
            for value in _values(table):
                values.update(regex.findall(r"\p{L}+", value.lower()))
                values.add(value.lower())
    for name in attrs.fields_dict(type(lang.get("en"))):  # field names are the engine's own words
        values.add(name)
        values.update(name.split("_"))
    values.update(CODES | ENGINE_NAMES)
    return frozenset(words), frozenset(phrases), frozenset(values)


def _group_names() -> frozenset[str]:
    """Every group name the engine's patterns define: identifiers, read back by name (``g("amount")``)."""
    names: set[str] = set()
    for path in _engine_files():
        source = path.read_text(encoding="utf-8")
        names.update(regex.findall(r"\?P<(\w+)>", source))
        names.update(regex.findall(r"any_case\([^()]*(?:\([^()]*\)[^()]*)*, [\"'](\w+)[\"']", source))
    return frozenset(names)


def _engine_files() -> list[Path]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if not any(relative == o or relative.startswith(o + "/") for o in OUTSIDE):
            out.append(path)
    return out


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for stmt in body:  # a docstring, or a string right after a field (attribute docs)
                if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(
                        stmt.value.value, str):
                    found.add(id(stmt.value))
    return found


def _exports(tree: ast.AST) -> set[int]:
    """The names in ``__all__``: identifiers."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            found.update(id(n) for n in ast.walk(node.value) if isinstance(n, ast.Constant))
    return found


def _words_in(path: Path, words: frozenset[str], phrases: frozenset[str], values: frozenset[str]) -> set[str]:
    groups = _group_names()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _docstrings(tree) | _exports(tree)
    templates = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    hits = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skipped:
            continue
        literal = " ".join(node.value.lower().split()).rstrip(".")
        if id(node) not in templates and len(literal) >= 2 and regex.search(r"\p{L}", literal) \
                and literal in phrases and literal not in values and literal not in groups:
            hits.add(literal)
        if "(?" in node.value or "|" in node.value:
            for token in regex.findall(r"\p{L}+", _GROUP_NAMES.sub(" ", node.value).lower()):
                if len(token) >= 2 and token in words and token not in values:
                    hits.add(token)
    return hits


def test_no_word_of_any_language_in_engine_code() -> None:
    words, phrases, values = _vocabulary()
    found = {}
    for path in _engine_files():
        hits = _words_in(path, words, phrases, values)
        if hits:
            found[path.relative_to(PACKAGE).as_posix()] = sorted(hits)
    assert not found, f"language words in engine code (move them into factcheck/lang): {found}"


def test_the_test_sees_a_word() -> None:
    """The check itself works: a literal naming a table word is found."""
    words, phrases, values = _vocabulary()
    source = 'CUES = ("menurut", "x")\nPATTERN = "(?i:bulan|y)"\n'
    probe = PACKAGE.parent / "tests" / "_probe_engine_words.py"
    probe.write_text(source, encoding="utf-8")
    try:
        assert _words_in(probe, words, phrases, values) == {"menurut", "bulan"}
    finally:
        probe.unlink()
