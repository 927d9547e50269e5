"""The command line: a table for people, JSON Lines for programs, clear errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

SEED = Path(__file__).parent.parent / "seeds" / "000_de487c3fb6533b13.txt"


def test_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--reference-date", "2024-07-04"]) == 0
    out = capsys.readouterr().out
    assert "2.000" in out and "tentara" in out and "September lalu" in out
    assert out.strip().endswith("claims")


def test_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--format", "jsonl", "--kinds", "percent"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows] == ["18 persen", "2 persen"]
    text = SEED.read_text(encoding="utf-8")
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("More than 2,000 troops arrived."))
    assert main(["extract", "-", "--format", "jsonl"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["value"]["amount"] == 2000 and row["lang"] == "en"


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "no/such/file.txt"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(SEED), "--reference-date", "04/07/2024"])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_bad_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--kinds", "money,amount"]) == 2
    assert "valid kinds" in capsys.readouterr().err
