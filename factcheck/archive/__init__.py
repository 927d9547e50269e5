"""Archives: many documents at once, in one process or a pool, and claims as flat rows for dataframes.

``documents`` reads what a caller or a dataframe hands over; ``batch`` runs extraction over a stream of them;
``rows`` and ``schema`` flatten claims into one typed table; ``outputs`` writes that table so an interrupted run
can resume; ``engines`` adapts ``rows`` to Dask and Spark partitions. Nothing here is imported by
``import factcheck``: the public names load on first use.
"""
