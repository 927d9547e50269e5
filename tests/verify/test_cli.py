"""``factcheck compare``, ``factcheck conflicts`` and ``factcheck review``: verdicts for people and programs,
and exit status 2 with a clear message for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from tests.verify.articles import DOCUMENTS


def test_compare_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "Lebih dari 2.000 tentara dikirim ke perbatasan.", "2.050", "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("consistent: more than 2.000 covers anything above 2,000")


def test_compare_jsonl_with_a_rate(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["compare", "Kerugian negara mencapai Rp 1,2 triliun.", "US$ 90 juta", "--lang", "id",
            "--rate", "USD/IDR=16000", "--format", "jsonl"]
    assert main(args) == 1
    row = json.loads(capsys.readouterr().out)
    assert row["verdict"] == "inconsistent" and row["unit"] == "IDR" and row["difference"] == -240000000000


def test_compare_a_quote_with_a_transcript(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    transcript = tmp_path / "speech.txt"
    transcript.write_text("We will not raise taxes on working families this year.", encoding="utf-8")
    args = ["compare", '"We will not raise taxes on families this year," he said.', "--transcript", str(transcript)]
    assert main(args) == 1
    assert capsys.readouterr().out.startswith("inconsistent: altered: 'working' is left out")


def test_compare_exit_status_says_the_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "Harga Rp 5 juta.", "US$ 300", "--lang", "id"]) == 3
    assert capsys.readouterr().out.startswith("not_comparable: USD and IDR")


@pytest.mark.parametrize(("args", "message"), [
    (["compare", "Tidak ada angka di sini.", "12", "--lang", "id"], "no claim found"),
    (["compare", "Sebanyak 2.000 warga mengungsi.", "banyak sekali", "--lang", "id"], "cannot read a figure"),
    (["compare", "Sebanyak 2.000 warga mengungsi.", "--lang", "id"], "give a reference"),
    (["compare", "Kerugian Rp 1,2 triliun.", "US$ 90 juta", "--rate", "16000"], "BASE/QUOTE=RATE"),
    (["compare", "Sebanyak 2.000 warga mengungsi.", "1.950", "--kind", "quantity", "--claim-number", "3"],
     "has 1 such claims"),
    (["compare", '"Kami siap," ujar Putin.', "--transcript", "no/such/file.txt"], "no such file"),
])
def test_compare_bad_input(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_conflicts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    documents = tmp_path / "articles.jsonl"
    documents.write_text("\n".join(json.dumps(d) for d in DOCUMENTS), encoding="utf-8")
    assert main(["conflicts", str(documents)]) == 0
    out = capsys.readouterr().out
    assert "dead: 12 / dua belas (cnn-longsor-1, kompas-banjir-1, reuters-banjir-1) against 15 (detik-banjir-1)" in out
    assert out.rstrip().endswith("7 conflicts in 26 documents (316 claims, 0 unreadable)")
    assert main(["conflicts", str(documents), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 7 and all(len(r["readings"]) >= 2 for r in rows)


def test_conflicts_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "text": "x"}\n{not json\n', encoding="utf-8")
    assert main(["conflicts", str(broken)]) == 2
    assert "broken.jsonl, line 2: not JSON" in capsys.readouterr().err
    assert main(["conflicts", str(tmp_path / "missing.txt")]) == 2


def test_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "banjir.txt"
    article.write_text("Korban tewas akibat banjir di Kota Bekasi mencapai 15 orang.", encoding="utf-8")
    args = ["review", str(article), "--url", "https://cekfakta.example/1", "--rating", "Salah", "--reviewer",
            "Cek Fakta", "--kinds", "quantity", "--reference-date", "2025-03-04", "--lang", "id"]
    assert main(args) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["@type"] == "ClaimReview" and row["reviewRating"]["alternateName"] == "Salah"
    assert row["itemReviewed"]["datePublished"] == "2025-03-04"
    assert main([*args[:-2], "--id", "nosuchid"]) == 2
    assert "no claim with id nosuchid" in capsys.readouterr().err
