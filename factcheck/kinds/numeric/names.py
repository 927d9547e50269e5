"""What makes a number no figure: a code (``G20``, ``COVID-19``, ``5G``) or a name (``Boeing 737``, ``Liga 1``,
``iPhone 16``), unless it is one of a list of counts of one noun after names (``PDI-P 110 kursi, Golkar 102
kursi``: each party's seats)."""

from __future__ import annotations

from bisect import bisect_left

from factcheck.kinds.base import is_capitalised, previous_word, starts_sentence
from factcheck.kinds.numeric.figures import FigureReader
from factcheck.numbers import NumberToken
from factcheck.patterns import compile_pattern

_CAMEL = compile_pattern(r"\p{Ll}+\p{Lu}")
_LIST_REACH = 40
"""The most characters between two figures of one list of counts (``86 kursi, PKB 68 kursi``)."""
_SENTENCE_ENDS = frozenset(".!?\n")


class NameReader(FigureReader):
    """The readers of what a number names or codes, on top of those of its anchor (``FigureReader``)."""

    def looks_like_code(self, tok: NumberToken) -> bool:
        """Digits glued to letters or hyphens that no unit or currency explains: G20, COVID-19, 5G, 3D."""
        text = self.text
        if tok.start == 0:
            return False
        before = text[tok.start - 1]
        if before.isalpha() or before in "/#@_":
            return True
        if before in "-‐.:+" and tok.start >= 2 and text[tok.start - 2].isalnum():
            return True  # "H-3", "H+2", "Km 102+400"
        after = text[tok.end:tok.end + 2]
        return after[:1] in ("/", ":", "_", "@") and after[1:2].isalnum()

    def looks_like_name(self, tok: NumberToken) -> bool:
        """A bare number right after a capitalised word inside a sentence (Boeing 737, Liga 1, PON 1, iPhone 16),
        or a capitalised number word inside one (Nusa Dua, Group of Seven)."""
        if tok.form == "words":
            word = self.text[tok.start:tok.end]
            return is_capitalised(word) and not starts_sentence(self.text, tok.start)
        if tok.grouped or tok.fraction or tok.scaled or tok.negative:
            return False
        prev = previous_word(self.text, tok.start)
        if prev is None:
            return False
        if _CAMEL.match(prev.group()):
            return True  # iPhone 16, eSIM 2
        if not is_capitalised(prev.group()):
            return False
        word = prev.group().lower()
        data = self.data
        if (word in data.comparators_before or word in data.noun_stopwords or word in data.function_words
                or word in data.range_pairs or word in data.currency_words or word in data.negative_words):
            return False
        if prev.group().isupper() and len(prev.group()) >= 2:
            return True  # PON 1, RT 05, KTT 2
        return not starts_sentence(self.text, prev.start())

    def listed_count(self, tok: NumberToken) -> bool:
        """Whether a number after a name counts the same noun as the figure before or after it in the sentence,
        a list of counts that names each (``Gerindra 86 kursi, PKB 68 kursi dan NasDem 69 kursi``, ``Labour
        412 seats, the Conservatives 121 seats``): the names own the counts, not the numbers the names."""
        noun = self.noun(tok.end)
        if noun is None:
            return False
        word = noun.split()[0].lower()
        k = bisect_left(self.tokens, tok.start, key=_start)
        for other in (self.tokens[k - 1] if k > 0 else None, self.tokens[k + 1] if k + 1 < len(self.tokens) else None):
            if other is None:
                continue
            lo, hi = (other.end, tok.start) if other.start < tok.start else (tok.end, other.start)
            if hi - lo > _LIST_REACH or any(ch in _SENTENCE_ENDS for ch in self.text[lo:hi]):
                continue
            found = self.noun(other.end)
            if found is not None and found.split()[0].lower() == word:
                return True
        return False


def _start(tok: NumberToken) -> int:
    return tok.start
