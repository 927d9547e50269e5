"""Rows: one column, one name, one type, in every row; the three published schemas agree with the row builder."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import factcheck
from factcheck.archive.rows import COLUMNS, NAMES, claim_row, fits, json_row
from factcheck.claims import Claim, QuantityValue, Span
from tests.archive.news import documents

PYTHON_TYPES: dict[str, type] = {"string": str, "int64": int, "float64": float, "bool": bool, "decimal": Decimal}
PREFIXES = {"date_": "date", "duration_": "duration", "quote_": "quote", "speaker": "quote", "speech_": "quote",
            "percent_": "percent", "currency": "money", "minor_": "money", "rank": "ordinal"}


@pytest.fixture(scope="module")
def news_rows() -> list[dict[str, Any]]:
    return list(factcheck.rows([*documents(30), b"not text"]))


def test_every_row_has_every_column_with_its_type(news_rows: list[dict[str, Any]]) -> None:
    assert len(set(NAMES)) == len(NAMES)
    assert {r["kind"] for r in news_rows} == set(factcheck.KINDS) | {None}
    for row in news_rows:
        assert tuple(row) == NAMES
        for column in COLUMNS:
            value = row[column.name]
            assert value is None or type(value) is PYTHON_TYPES[column.type], (column.name, value)


def test_kind_specific_columns_are_none_elsewhere(news_rows: list[dict[str, Any]]) -> None:
    for row in news_rows:
        for name in NAMES:
            owner = next((kind for prefix, kind in PREFIXES.items() if name.startswith(prefix)), None)
            if owner is not None and row["kind"] != owner:
                assert row[name] is None, (name, row["kind"])


def test_an_error_is_one_row(news_rows: list[dict[str, Any]]) -> None:
    (error,) = [r for r in news_rows if r["error"] is not None]
    assert error["document_id"] == "30" and "bytes" in error["error"] and error["claim_id"] is None
    assert error["library_version"] == factcheck.__version__


def test_rows_match_claims() -> None:
    doc = documents(1)[0]
    claims = factcheck.extract_claims(doc["text"], lang="id", reference_date=dt.date(2024, 7, 4))
    rows = list(factcheck.rows([doc]))
    assert [r["claim_id"] for r in rows] == [c.id for c in claims]
    for row, claim in zip(rows, claims, strict=True):
        assert row["sentence_text"] == doc["text"][claim.sentence.start:claim.sentence.end]
        assert json.loads(row["value_json"]) == claim.value.to_dict()
        assert row["document_id"] == "seed"


def test_amounts_outside_decimal_38_10_keep_their_text() -> None:
    assert fits(Decimal("1E25")) and fits(Decimal("1E-7")) and fits(Decimal("0.79"))
    assert not fits(Decimal("1E28")) and not fits(Decimal("1E-11")) and not fits(Decimal("NaN"))
    claim = Claim("quantity", "x", 0, 1, QuantityValue(Decimal("1E30"), Decimal("2E-12")), Span(0, 1), "en", "r")
    row = claim_row("d", claim, "x")
    assert row["amount"] is None and row["amount_text"] == "1E+30"
    assert row["amount_max"] is None and row["amount_max_text"] == "2E-12"


def test_json_schema_matches_rows(news_rows: list[dict[str, Any]]) -> None:
    schema = factcheck.json_schema()
    assert list(schema["properties"]) == list(NAMES) == schema["required"]
    validator = jsonschema.Draft202012Validator(schema)
    for row in news_rows:
        validator.validate(json.loads(json.dumps(json_row(row))))
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**json_row(news_rows[0]), "start": "12"})


def test_spark_ddl_matches_rows() -> None:
    spark = {"string": "STRING", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN",
             "decimal": "DECIMAL(38,10)"}
    fields = [field.split(" ", 1) for field in factcheck.spark_ddl().split(", ")]
    assert [name.strip("`") for name, _ in fields] == list(NAMES)
    assert [kind for _, kind in fields] == [spark[c.type] for c in COLUMNS]


def test_arrow_schema_matches_rows(news_rows: list[dict[str, Any]]) -> None:
    pa = pytest.importorskip("pyarrow")
    schema = factcheck.arrow_schema()
    assert schema.names == list(NAMES)
    table = pa.Table.from_pylist(news_rows, schema=schema)
    assert table.to_pylist() == news_rows
    arrow = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
             "decimal": pa.decimal128(38, 10)}
    assert [f.type for f in schema] == [arrow[c.type] for c in COLUMNS]


def test_every_column_is_documented() -> None:
    doc = (Path(__file__).parent.parent.parent / "docs" / "archives.md").read_text(encoding="utf-8")
    assert [name for name in NAMES if f"`{name}`" not in doc] == []
