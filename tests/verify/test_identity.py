"""``Claim.id``: short, and the same for the same text in every process, machine and release."""

from __future__ import annotations

import base64
import json
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.identity import Ids, base32, claim_id, id_in_paragraph, paragraph_digest

TEXT = "Pemerintah China mengirim lebih dari 2.000 tentara pada September lalu."


def ids(text: str) -> list[str]:
    return [c.id for c in factcheck.extract_claims(text, lang="id")]


def test_pinned() -> None:
    """The digest is a contract: changing how ids are built changes this test, and needs a new version tag."""
    assert ids(TEXT) == ["kciokcmmh3dfunnj", "6ezjtezuy7jqsuzf"]
    assert claim_id("quantity", TEXT, 37, 42) == "kciokcmmh3dfunnj"


def test_the_same_in_another_process() -> None:
    code = f"import factcheck, json; print(json.dumps([c.id for c in factcheck.extract_claims({TEXT!r}, lang='id')]))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == ids(TEXT)


def test_an_edit_elsewhere_leaves_an_id_alone() -> None:
    first = ids(TEXT)
    edited = ids("Sebuah paragraf baru di awal berita.\n" + TEXT)
    assert edited[-2:] == first


def test_a_changed_claim_gets_a_new_id() -> None:
    assert ids(TEXT.replace("2.000", "3.000"))[0] != ids(TEXT)[0]


def test_repeated_paragraphs_are_told_apart() -> None:
    twice = ids(TEXT + "\n" + TEXT)
    assert len(set(twice)) == 4 and twice[:2] == ids(TEXT)


def test_shape_and_json_round_trip() -> None:
    for claim in factcheck.extract_claims(TEXT, lang="id"):
        assert len(claim.id) == 16 and claim.id.isalnum() and claim.id.islower()
        assert factcheck.Claim.from_dict(json.loads(json.dumps(claim.to_dict()))).id == claim.id


def test_one_long_line_costs_one_pass() -> None:
    """Every claim of a paragraph shares one digest of it: ids for a 400 KB line with 20,000 figures stay quick."""
    import time

    text = "Rp2.000 tentara 18 persen. " * 15_000
    start = time.perf_counter()
    claims = factcheck.extract_claims(text, lang="id", kinds=["money", "percent"])
    assert len({c.id for c in claims}) == len(claims) > 20_000
    assert time.perf_counter() - start < 10


@given(st.binary(min_size=10, max_size=10))
def test_base32_is_the_standard_encoding(ten_bytes: bytes) -> None:
    """The ids' own base32 writes what ``base64.b32encode`` writes, in lower case: ids never change with it."""
    assert base32(ten_bytes) == base64.b32encode(ten_bytes).decode("ascii").lower()


@given(st.sampled_from(["date", "quantity", "quote"]), st.text(max_size=30), st.integers(0, 10**6),
       st.integers(0, 10**6))
def test_ids_of_a_text_are_the_ids_of_their_paragraphs(kind: str, paragraph: str, start: int, end: int) -> None:
    """``Ids`` keeps the hash of a kind and a paragraph and copies it per claim: the same id as hashing it all."""
    digest = paragraph_digest(paragraph)
    made = Ids()
    assert made.of(kind, digest, start, end) == id_in_paragraph(kind, digest, start, end)
    assert made.of(kind, digest, end, start) == id_in_paragraph(kind, digest, end, start)  # the kept hash again
