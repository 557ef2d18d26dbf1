"""The whole reading in one call: ``analyze`` one article, ``analyze_many`` a stream of them.

``analyze_many`` runs in this process, in worker processes (joblib, or
``concurrent.futures`` without it), or on a ``dask.distributed`` cluster, and
yields results in input order with flat memory. ``rows``/``to_pandas`` flatten
results into tables.

>>> from newsnlp.pipeline import analyze
>>> a = analyze("Gov. Jerry Brown met Denver Police Chief Paul Pazen.")
>>> [(o.name, o.level) for o in a.officials]
[('Jerry Brown', 'state'), ('Paul Pazen', 'local')]
"""

from newsnlp.pipeline._analysis import Analysis, AnalysisError, analyze, capabilities
from newsnlp.pipeline._many import Result, analyze_many
from newsnlp.pipeline._tables import ARTICLE_COLUMNS, article_row, official_rows, quote_rows, rows, to_pandas

__all__ = [
    "ARTICLE_COLUMNS",
    "Analysis",
    "AnalysisError",
    "Result",
    "analyze",
    "analyze_many",
    "article_row",
    "capabilities",
    "official_rows",
    "quote_rows",
    "rows",
    "to_pandas",
]
