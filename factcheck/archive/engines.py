"""``rows`` shaped for dataframe engines: a Spark ``mapInArrow`` function and a Dask ``map_partitions`` one.

Both take a partition of documents (columns ``id``, ``text`` and optionally ``lang`` and ``reference_date``)
and give that partition's rows with the published schema, every column typed even where a partition has no
claim of a kind: an engine never infers a type from the first rows. pyarrow (and pandas, for Dask) are
imported only here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from factcheck.archive.rows import rows
from factcheck.archive.schema import arrow_schema

if TYPE_CHECKING:
    import pandas
    import pyarrow




def rows_from_arrow(batches: Iterable[pyarrow.RecordBatch], **options: Any) -> Iterator[pyarrow.RecordBatch]:
    """Spark: ``documents.mapInArrow(rows_from_arrow, schema=factcheck.spark_ddl())``.

    ``options`` are those of ``factcheck.rows`` (bind them with ``functools.partial``).
    """
    import pyarrow as pa

    schema = arrow_schema()
    for batch in batches:
        found = list(rows(batch.to_pylist(), **options))
        yield pa.RecordBatch.from_pylist(found, schema=schema)


def rows_frame(documents: pandas.DataFrame, **options: Any) -> pandas.DataFrame:
    """Dask: ``documents.map_partitions(rows_frame, meta=rows_meta())``; columns typed as Arrow types."""
    import pandas as pd
    import pyarrow as pa

    found = list(rows(documents.to_dict("records"), **options))
    return pa.Table.from_pylist(found, schema=arrow_schema()).to_pandas(types_mapper=pd.ArrowDtype)


def rows_meta() -> pandas.DataFrame:
    """The empty frame Dask takes as ``meta=``: every column with its Arrow type."""
    import pandas as pd

    return arrow_schema().empty_table().to_pandas(types_mapper=pd.ArrowDtype)


__all__ = ["rows_frame", "rows_from_arrow", "rows_meta"]
