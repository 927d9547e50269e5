"""factcheck extract over many documents: inputs, formats, and --resume after a run is cut short."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.archive import outputs
from factcheck.archive.rows import NAMES
from factcheck.cli import main
from tests.archive.news import documents

SEED = Path(__file__).parent.parent.parent / "seeds" / "000_de487c3fb6533b13.txt"


def write_corpus(root: Path, count: int) -> list[dict[str, Any]]:
    """``count`` news documents as text files in nested folders; their documents as ``extract_many`` takes them."""
    docs = []
    for i, doc in enumerate(documents(count)):
        path = root / f"batch{i % 3}" / f"{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc["text"], encoding="utf-8")
        docs.append({"id": str(path), "text": doc["text"]})
    return sorted(docs, key=lambda d: d["id"])


def read_rows(path: Path, format: str) -> list[dict[str, Any]]:
    if format == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if format == "csv":
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    pq = pytest.importorskip("pyarrow.parquet")
    return pq.read_table(path).to_pylist() if path.is_dir() else []


def as_set(rows: list[dict[str, Any]]) -> list[str]:
    """Rows as a sorted list of canonical strings: equal lists mean the same rows, duplicates included."""
    return sorted(json.dumps(r, sort_keys=True, default=_exact) for r in rows)


def _exact(value: object) -> str:
    """Decimals by value: Parquet gives 0.79 back at scale 10, as 0.7900000000."""
    assert isinstance(value, Decimal)
    return str(value.normalize())


def test_directories_files_and_jsonl_give_the_library_rows(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    docs = write_corpus(tmp_path / "in", 9)
    out = tmp_path / "out.csv"
    assert main(["extract", str(tmp_path / "in"), "--format", "csv", "-o", str(out), "--jobs", "2"]) == 0
    expected = list(factcheck.rows(docs))
    got = read_rows(out, "csv")
    assert list(got[0]) == list(NAMES)
    assert [r["claim_id"] for r in got] == [r["claim_id"] for r in expected]
    assert [r["amount_text"] or None for r in got] == [r["amount_text"] for r in expected]
    err = capsys.readouterr().err
    assert "9 documents" in err and f"{len(expected)} claims" in err and "0 errors" in err


def test_jsonl_input_with_field_names_and_publication_dates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    lines = [{"url": "a", "body": "Kemarin, 2.000 tentara tiba.", "language": "id-ID", "published": "2024-07-04"},
             {"url": "b", "body": b"x".hex(), "published": "not a date"}, "not an object"]
    data = "\n".join(json.dumps(line) for line in lines) + "\n{broken\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(data))
    args = ["extract", "-", "--input-format", "jsonl", "--id-field", "url", "--text-field", "body",
            "--lang-field", "language", "--date-field", "published"]
    assert main(args) == 0
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["document"] for r in rows] == ["a", "a", "b", "-:3", "-:4"]
    assert rows[0]["value"]["resolved"] == "2024-07-03"
    assert "not a date" in rows[2]["error"] and "not a JSON object" in rows[3]["error"]
    assert "is not JSON" in rows[4]["error"]
    assert "4 documents" in captured.err and "3 errors" in captured.err


def test_the_one_text_form_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--reference-date", "2024-07-04"]) == 0
    assert capsys.readouterr().out.strip().endswith("claims")
    assert main(["extract", str(SEED), str(SEED), "--format", "table"]) == 2
    assert "one text" in capsys.readouterr().err


def test_bad_arguments_stop_before_anything_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "nowhere.txt", "--format", "jsonl"]) == 2
    assert "no such file: nowhere.txt" in capsys.readouterr().err
    assert main(["extract", str(SEED), "--format", "jsonl", "--resume"]) == 2
    assert "--resume needs --output" in capsys.readouterr().err
    assert main(["extract", str(SEED), "--format", "parquet"]) == 2
    assert "--output DIR" in capsys.readouterr().err
    not_ours = tmp_path / "notes.jsonl"
    not_ours.write_text("my notes\n")
    assert main(["extract", str(SEED), "--format", "jsonl", "-o", str(not_ours), "--resume"]) == 2
    assert not_ours.read_text() == "my notes\n"


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_resume_after_a_torn_write(tmp_path: Path, format: str) -> None:
    """A file cut anywhere (as a kill mid-write leaves it) is finished by --resume to exactly the full output."""
    write_corpus(tmp_path / "in", 12)
    full = tmp_path / f"full.{format}"
    args = ["extract", str(tmp_path / "in"), "--format", format]
    assert main([*args, "-o", str(full)]) == 0
    data = full.read_bytes()
    for cut in (0, 5, len(data) // 3, len(data) // 2 + 7, len(data) - 1, len(data)):
        part = tmp_path / f"part.{format}"
        part.write_bytes(data[:cut])
        assert main([*args, "-o", str(part), "--resume"]) == 0
        assert as_set(read_rows(part, format)) == as_set(read_rows(full, format)), cut


def test_parquet_parts_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyarrow")
    monkeypatch.setattr(outputs, "ROWS_PER_PART", 20)
    docs = write_corpus(tmp_path / "in", 12)
    out = tmp_path / "rows"
    args = ["extract", str(tmp_path / "in"), "--format", "parquet", "-o", str(out)]
    assert main(args) == 0
    assert as_set(read_rows(out, "parquet")) == as_set(list(factcheck.rows(docs)))
    assert main(args) == 2  # parts already there, and no --resume
    parts = sorted(p.name for p in out.iterdir())
    assert len(parts) > 2 and parts[0] == "part-00000.parquet"
    (out / parts[-1]).rename(out / f".{parts[-1]}.tmp")  # as a run killed while writing its last part leaves it
    assert main([*args, "--resume"]) == 0
    assert sorted(p.name for p in out.iterdir()) == parts
    assert as_set(read_rows(out, "parquet")) == as_set(list(factcheck.rows(docs)))


def _interrupt_and_resume(tmp_path: Path, count: int, format: str, how: signal.Signals) -> None:
    write_corpus(tmp_path / "in", count)
    command = [str(Path(sys.executable).with_name("factcheck")), "extract", str(tmp_path / "in"), "--jobs", "2",
               "--format", format, "--part-rows", "500"]
    full, cut = tmp_path / f"full.{format}", tmp_path / f"cut.{format}"
    assert main([*command[1:], "-o", str(full)]) == 0  # the uninterrupted run, in this process
    run = subprocess.Popen([*command, "-o", str(cut)], stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and run.poll() is None:
        # stop at the first output: the later batches are still in flight (waiting for half the output lost the
        # race on a quiet machine, where the last half took less than the polling interval)
        if full.is_dir():
            if cut.is_dir() and any(cut.glob("part-*")):
                break
        elif cut.exists() and cut.stat().st_size > 0:
            break
        time.sleep(0.01)
    assert run.poll() is None, "the run ended before it could be interrupted"
    os.killpg(run.pid, how)  # the whole group, as Ctrl-C at a terminal does
    run.wait(timeout=60)
    assert run.returncode == (130 if how == signal.SIGINT else -signal.SIGKILL)
    assert len(read_rows(cut, format)) < len(read_rows(full, format))
    subprocess.run([*command, "-o", str(cut), "--resume"], check=True, capture_output=True)
    assert as_set(read_rows(cut, format)) == as_set(read_rows(full, format))


def test_a_killed_run_resumes(tmp_path: Path) -> None:
    # six batches of up to 64: with two in flight at the first output, a loaded machine still has more to do
    _interrupt_and_resume(tmp_path, 384, "jsonl", signal.SIGKILL)


@pytest.mark.slow
@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL])
def test_a_thousand_documents_interrupted_and_resumed(tmp_path: Path, format: str, how: signal.Signals) -> None:
    _interrupt_and_resume(tmp_path, 1000, format, how)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    write_corpus(tmp_path / "in", 6)
    args = ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl")]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(args) == 0
    shown = terminal.getvalue()
    assert "6 docs" in shown and "claims" in shown and "MB" in shown and "100%" in shown
    log = io.StringIO()
    monkeypatch.setattr(sys, "stderr", log)
    assert main(args) == 0
    assert log.getvalue().count("\n") == 1 and log.getvalue().startswith("factcheck: 6 documents")
