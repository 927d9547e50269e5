"""The Dask and Spark recipes of docs/archives.md, run: news in, Parquet out, exactly the rows of one process."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import factcheck
from tests.archive.news import documents

pytestmark = pytest.mark.slow


def corpus() -> list[dict[str, Any]]:
    """News documents as a dataframe has them: publication dates as dates, some missing; a poisoned one."""
    docs = []
    for i, doc in enumerate(documents(40)):
        day = doc["reference_date"]
        docs.append({"id": doc["id"], "text": doc["text"], "lang": doc["lang"],
                     "reference_date": dt.date.fromisoformat(day) if isinstance(day, str) else day})
        if i == 5:
            docs.append({"id": "empty", "text": None, "lang": None, "reference_date": None})
    return docs


def as_set(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, default=lambda d: str(Decimal(d).normalize())) for r in rows)


def parquet_rows(path: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    assert table.schema.names == factcheck.arrow_schema().names
    assert [f.type for f in table.schema] == [f.type for f in factcheck.arrow_schema()]
    rows: list[dict[str, Any]] = table.to_pylist()
    return rows


def test_dask_local_cluster_to_parquet(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    from factcheck.archive.dask_plugin import WarmUp
    from factcheck.archive.engines import rows_frame, rows_meta

    docs = corpus()
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        client.register_plugin(WarmUp())
        frame = dd.from_pandas(pd.DataFrame(docs), npartitions=6)
        rows = frame.map_partitions(rows_frame, meta=rows_meta())
        rows.to_parquet(tmp_path / "rows", write_index=False, schema=factcheck.arrow_schema())
    got = parquet_rows(tmp_path / "rows")
    assert len(got) > 200  # the news documents hold many claims (243 on 2026-12-08)
    assert as_set(got) == as_set(list(factcheck.rows(docs)))


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime (java not on PATH)")
def test_spark_local_map_in_arrow_to_parquet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    from factcheck.archive.engines import rows_from_arrow

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # the workers must run this environment's Python
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (SparkSession.builder.master("local[2]").appName("factcheck-test")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate())
    try:
        docs = corpus()
        frame = spark.createDataFrame(pd.DataFrame(docs),
                                      schema="id STRING, text STRING, lang STRING, reference_date DATE")
        rows = frame.repartition(4).mapInArrow(rows_from_arrow, schema=factcheck.spark_ddl())
        rows.write.parquet(str(tmp_path / "rows"))
    finally:
        spark.stop()
    got = parquet_rows(tmp_path / "rows")
    assert len(got) > 200  # the news documents hold many claims (243 on 2026-12-08)
    assert as_set(got) == as_set(list(factcheck.rows(docs)))
    assert os.environ["PYSPARK_PYTHON"] == sys.executable
