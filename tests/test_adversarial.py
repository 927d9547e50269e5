"""Bad and hostile input: clear errors, linear time, valid spans.

Every pattern the library compiles is registered (``factcheck.patterns.COMPILED``); each is fed its worst
inputs at 10^5 characters under a timeout, so a rule that backtracks catastrophically fails here, whichever table
it was added to. Whole documents of hostile text (no spaces, endless digits and separators, unbalanced quotes,
control and combining characters, lone surrogates, mixed line ends) must come back quickly with spans that slice.
"""

from __future__ import annotations

import time

import pytest
import regex

import factcheck
from factcheck.kinds.dates import finder
from factcheck.patterns import COMPILED

SIZE = 100_000
WORST = {
    "letters": "a" * SIZE,
    "digits": "1" * SIZE,
    "dotted digits": "1." * (SIZE // 2),
    "comma digits": "1," * (SIZE // 2),
    "spaced digits": "1 " * (SIZE // 2),
    "dashes": "1-" * (SIZE // 2),
    "slashes": "1/" * (SIZE // 2),
    "spaces": " " * SIZE,
    "number words": "dua puluh " * (SIZE // 10),
    "english number words": "one hundred and " * (SIZE // 16),
    "quotes": '"' * SIZE,
    "mixed quotes": "“‘\"'«" * (SIZE // 5),
    "currency": "Rp" * (SIZE // 2),
    "capitals": "Ab " * (SIZE // 3),
    "months": "Februari " * (SIZE // 9),
    "apostrophes": "a'" * (SIZE // 2),
}
SAMPLE = {
    "id": ('Pada 24 Februari 2022 pukul 10.00 WIB, lebih dari 2.000 tentara dan Rp 14,6 triliun dikirim; 18 persen '
           'dari perdagangan, pertemuan kedua, dua hari, September lalu. "Kami siap," ujar Putin. Menurut BPS, '
           'inflasi 2,5 persen. Pasal 2 ayat (1) UU No. 11 Tahun 2020, hubungi 0812-3456-7890 atau www.a.com.'),
    "en": ('On February 24, 2022 at 3 p.m., more than 2,000 troops and $3.2 billion were sent; 18% of trade, the '
           'second meeting, two days, last September. "We are ready," he said. According to the IMF, growth was '
           '2.5%. Article 5, call +1 202-555-0143 or see www.a.com, about 5 km/h, 3 years ago.'),
}


def _compile_everything() -> None:
    for lang, text in SAMPLE.items():
        factcheck.extract_claims(text, lang=lang)
        finder.compile_all(lang)  # every rule set the date scan can ask for, and each rule alone


def test_every_pattern_is_linear_on_its_worst_inputs() -> None:
    """Each pattern, used the way the library uses it (matched at a place, or run over a whole text), must
    finish on every worst input within the timeout: exponential backtracking never does."""
    _compile_everything()
    seen: set[int] = set()
    slow = []
    for pattern, scanning in list(COMPILED):
        if id(pattern) in seen:
            continue
        seen.add(id(pattern))
        for name, text in WORST.items():
            start = time.perf_counter()
            try:
                if isinstance(pattern, regex.Pattern):
                    pattern.match(text, timeout=2.0)
                    if scanning:
                        for _ in pattern.finditer(text, timeout=5.0):
                            pass
                elif scanning:
                    for _ in pattern.finditer(text):
                        pass
                else:
                    pattern.match(text)
            except TimeoutError:
                slow.append(f"{name}: timed out: {pattern.pattern[:120]!r}")
                continue
            elapsed = time.perf_counter() - start
            if elapsed > 2.0:
                slow.append(f"{name}: {elapsed:.1f}s: {pattern.pattern[:120]!r}")
    assert len(seen) > 50
    assert not slow, "patterns that are not linear:\n" + "\n".join(slow)


MEGABYTE = 1_000_000
HOSTILE = {
    "no spaces": ("Rp2.000tentara18persen" * (MEGABYTE // 22)),
    "digits and separators": ("1.1,1 1-1/" * (MEGABYTE // 10)),
    "unbalanced quote marks": ('"' * 100_000) + (" kata dia. " * 1000),
    "repeated number words": ("dua puluh tiga ribu " * (MEGABYTE // 20)),
    "zero-width and bidi": ("2.000\u200b tentara \u202e18 persen\u202c\u2066 Rp 5\u200d juta\u2069. "
                            * (MEGABYTE // 45)),
    "combining marks": ("2\u0301.000 te\u0308ntara 18 perse\u0301n. " * (MEGABYTE // 30)),
    "fullwidth and arabic-indic digits": ("\uff12\uff10\uff10\uff10 tentara \u0661\u0668 persen Rp \u06f5 juta. "
                                          * (MEGABYTE // 30)),
    "lone surrogates": ("2.000 \ud800tentara 18\udfff persen. " * (MEGABYTE // 25)),
    "mixed line ends": ("2.000 tentara\r\n18 persen\rRp 5 juta\n\"kata\r dia\"\n" * (MEGABYTE // 45)),
    "restated changes": ("turun 5 poin atau 3 persen, " * (MEGABYTE // 28)),  # each percentage looks back once
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_documents(name: str) -> None:
    text = HOSTILE[name]
    start = time.perf_counter()
    claims = factcheck.extract_claims(text, lang="id")
    elapsed = time.perf_counter() - start
    for c in claims:
        assert text[c.start:c.end] == c.text
    assert elapsed < 30, f"{name}: {elapsed:.1f}s for {len(text)} characters"


def test_hostile_text_still_reads_figures() -> None:
    claims = factcheck.extract_claims("\uff12\uff10\uff10 tentara dan \u0661\u0668 persen.", lang="id")
    assert [(c.kind, c.value.amount) for c in claims] == [("quantity", 200), ("percent", 18)]  # type: ignore


@pytest.mark.parametrize(("bad", "error", "message"), [
    (b"2.000 tentara", TypeError, "decode"),
    (None, TypeError, "NoneType"),
    (42, TypeError, "int"),
])
def test_bad_text(bad: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        factcheck.extract_claims(bad)  # type: ignore[arg-type]


def test_bad_kinds_and_language() -> None:
    with pytest.raises(ValueError, match="valid kinds"):
        factcheck.extract_claims("x", kinds=["figure"])
    with pytest.raises(ValueError, match="supported"):
        factcheck.extract_claims("x", lang="xx")  # neither a full language nor a dateparser locale
    with pytest.raises(TypeError, match="reference_date"):
        factcheck.extract_claims("x", reference_date="2024-07-04")  # type: ignore[arg-type]


def test_a_sentence_of_fifty_thousand_dates_is_linear() -> None:
    """The score read the other claims of a claim's sentence once per claim: 50,000 dates in one sentence took
    78 s. Sentence facts are gathered once per sentence."""
    text = "5 Mei, " * 50_000
    start = time.perf_counter()
    claims = factcheck.extract_claims(text, lang="id")
    assert len(claims) == 50_000
    assert time.perf_counter() - start < 20
