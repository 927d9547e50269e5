"""The examples in README.md and docs/*.md run as written: a guide whose output drifted from the library fails
here."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.name)
def test_examples_run_as_written(path: Path) -> None:
    # A closing fence ends an example's expected output, as a blank line does in a docstring.
    text = "\n".join("" if line.startswith("```") else line for line in path.read_text(encoding="utf-8").splitlines())
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {}, path.name, str(path), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {path.name} failed (see above)"
