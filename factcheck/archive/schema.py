"""The row table (``rows.COLUMNS``) as the schemas engines ask for: Arrow, a Spark DDL string, JSON Schema.

All three are derived from the one column list, so they cannot drift from the rows; pyarrow is imported only
when the Arrow schema is asked for.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from factcheck.archive.rows import COLUMNS, DECIMAL_PRECISION, DECIMAL_SCALE, Type

if TYPE_CHECKING:
    import pyarrow

_SPARK: dict[Type, str] = {
    "string": "STRING",
    "int64": "BIGINT",
    "float64": "DOUBLE",
    "bool": "BOOLEAN",
    "decimal": f"DECIMAL({DECIMAL_PRECISION},{DECIMAL_SCALE})",
}

_JSON: dict[Type, dict[str, Any]] = {
    "string": {"type": ["string", "null"]},
    "int64": {"type": ["integer", "null"]},
    "float64": {"type": ["number", "null"]},
    "bool": {"type": ["boolean", "null"]},
    "decimal": {"type": ["number", "null"]},
}


def _arrow_type(kind: Type) -> pyarrow.DataType:
    import pyarrow as pa

    types: dict[Type, pyarrow.DataType] = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "decimal": pa.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE),
    }
    return types[kind]


@cache
def arrow_schema() -> pyarrow.Schema:
    """The rows as an Arrow schema (needs ``pip install 'factcheck-claims[parquet]'``); every column nullable."""
    import pyarrow as pa

    return pa.schema([pa.field(c.name, _arrow_type(c.type), nullable=True, metadata={"doc": c.doc})
                      for c in COLUMNS])


def spark_ddl() -> str:
    """The rows as a Spark DDL string, for ``mapInPandas``/``mapInArrow``'s ``schema=``."""
    return ", ".join(f"`{c.name}` {_SPARK[c.type]}" for c in COLUMNS)


def json_schema() -> dict[str, Any]:
    """The rows as JSON Schema (draft 2020-12): one object per row, every column present, null when absent."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "factcheck claim row",
        "type": "object",
        "properties": {c.name: {**_JSON[c.type], "description": c.doc} for c in COLUMNS},
        "required": [c.name for c in COLUMNS],
        "additionalProperties": False,
    }


__all__ = ["arrow_schema", "json_schema", "spark_ddl"]
