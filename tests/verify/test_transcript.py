"""Quotes against transcripts: verbatim modulo case, spacing and punctuation; altered with the words named."""

from __future__ import annotations

import pytest

import factcheck

OATH = ("Demi Allah, saya bersumpah akan memenuhi kewajiban Presiden Republik Indonesia dengan sebaik-baiknya dan "
        "seadil-adilnya, memegang teguh Undang-Undang Dasar dan menjalankan segala undang-undang dan "
        "peraturannya dengan selurus-lurusnya serta berbakti kepada Nusa dan Bangsa.")
SPEECH = ("Thank you all for coming. We will not raise taxes on working families this year, and we will cut the "
          "deficit in half by the end of my first term. That is my promise to you.")


def quote(text: str, lang: str) -> factcheck.Claim:
    (found,) = factcheck.extract_claims(text, lang=lang, kinds=["quote"])
    return found


@pytest.mark.parametrize("text", [
    '"We will not raise taxes on working families this year," the president said.',
    '"WE WILL NOT RAISE TAXES ON WORKING FAMILIES   this year!" the president said.',
    '"We will not raise taxes … this year," the president said on Tuesday.',
    '"[The government] will cut the deficit in half by the end of my first term," he said.',
])
def test_verbatim(text: str) -> None:
    result = factcheck.compare(quote(text, "en"), SPEECH)
    assert result.verdict == "consistent", result.reason
    assert result.changes == ()


def test_a_word_changed_is_named() -> None:
    result = factcheck.compare(quote('"We will not raise taxes on working families next year," he said.', "en"),
                               SPEECH)
    assert result.verdict == "inconsistent"
    assert result.changes == (("next", "this"),)
    assert "'next' where the transcript says 'this'" in result.reason


def test_words_dropped_and_added_are_named() -> None:
    text = '"We will raise taxes on all working families this year," he said.'
    result = factcheck.compare(quote(text, "en"), SPEECH)
    assert result.verdict == "inconsistent"
    assert ("", "not") in result.changes and ("all", "") in result.changes
    assert "'not' is left out" in result.reason and "'all' is not in the transcript" in result.reason


def test_a_real_misquotation_of_the_oath() -> None:
    text = ('Prabowo mengucapkan sumpah: "Demi Allah, saya bersumpah akan memenuhi kewajiban sebagai Presiden '
            'Republik Indonesia dengan sebaik-baiknya dan seadil-adilnya, memegang teguh Undang-Undang Dasar, '
            'serta menjalankan segala undang-undang dan peraturannya dengan selurus-lurusnya, serta berbakti '
            'kepada nusa dan bangsa."')
    result = factcheck.compare(quote(text, "id"), OATH)
    assert result.verdict == "inconsistent"
    assert result.changes == (("sebagai", ""), ("serta", "dan"))


def test_not_in_the_transcript() -> None:
    result = factcheck.compare(quote('"Inflation is the enemy of every family in this country," she said.', "en"),
                               SPEECH)
    assert result.verdict == "not_comparable" and "not found" in result.reason


def test_a_translation_is_not_compared() -> None:
    text = '"Kami tidak akan menaikkan pajak keluarga pekerja tahun ini," kata presiden.'
    result = factcheck.compare(quote(text, "id"), SPEECH * 3)
    assert result.verdict == "not_comparable" and "translation" in result.reason


def test_an_empty_transcript() -> None:
    with pytest.raises(ValueError, match="empty"):
        factcheck.compare(quote('"We will win this race by a wide margin," he said.', "en"), "  ")
