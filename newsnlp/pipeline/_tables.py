"""Flat tables of analysis results: one row per article, per quote or per official.

``rows`` gives plain dicts (no dependency; the CLI's CSV output uses it);
``to_pandas`` builds a ``pandas.DataFrame`` when pandas is installed.

>>> from newsnlp.pipeline import analyze
>>> a = analyze('“We will not comply,” Mayor Jane Doe said.', id="a1")
>>> [(r["id"], r["speaker"], r["speaker_title"], r["text"]) for r in rows([a], "quotes")]
[('a1', 'Jane Doe', 'Mayor', 'We will not comply,')]
>>> article_row(a)["quotes"], article_row(a)["error"]
(1, None)
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, Iterator, List

from newsnlp._compat import require
from newsnlp.pipeline._analysis import Analysis, AnalysisError

__all__ = ["ARTICLE_COLUMNS", "article_row", "official_rows", "quote_rows", "rows", "to_pandas"]

SIDES = ("federal", "local", "neutral")
LEVELS = ("federal", "state", "local")

ARTICLE_COLUMNS = (
    ["id", "title", "error", "sentences", "summary", "quotes", "officials"]
    + [f"{lv}_officials" for lv in LEVELS]
    + [f"{s}_quotes" for s in SIDES]
    + [f"{s}_share" for s in SIDES]
    + ["dominant"]
)


def article_row(result: Any) -> Dict[str, Any]:
    """One flat row for an :class:`Analysis` or :class:`AnalysisError` (columns ``ARTICLE_COLUMNS``)."""
    row: Dict[str, Any] = dict.fromkeys(ARTICLE_COLUMNS)
    row["id"] = result.id
    if isinstance(result, AnalysisError):
        row["error"] = result.error
        return row
    row.update(title=result.title, sentences=len(result.sentences), quotes=len(result.quotes),
               officials=len(result.officials))
    row["summary"] = None if result.summary is None else str(result.summary)
    for lv in LEVELS:
        row[f"{lv}_officials"] = sum(1 for o in result.officials if o.level == lv)
    if result.stance is not None:
        bal = result.stance.balance
        counts, shares = dict(bal.quotes), dict(bal.word_share)
        for s in SIDES:
            row[f"{s}_quotes"] = counts.get(s, 0)
            row[f"{s}_share"] = round(shares.get(s, 0.0), 4)
        row["dominant"] = bal.dominant
    return row


def quote_rows(result: Any) -> List[Dict[str, Any]]:
    """Who said what: one row per quote, with the speaker's level and the side when stance is available."""
    if not isinstance(result, Analysis):
        return []
    sided = {}
    if result.stance is not None:
        sided = {(q.start, q.end): q for q in result.stance.quotes}
    out = []
    for q in result.quotes:
        sp = q.speaker
        sq = sided.get((q.start, q.end))
        out.append({
            "id": result.id, "start": q.start, "end": q.end, "kind": q.kind,
            "speaker": sp.name if sp else None, "speaker_title": sp.title if sp else None,
            "organization": sp.organization if sp else None,
            "level": sq.level if sq is not None else None, "side": sq.side if sq is not None else None,
            "cue": q.cue.text if q.cue else None, "text": q.text,
        })
    return out


def official_rows(result: Any) -> List[Dict[str, Any]]:
    """One row per official or government body."""
    if not isinstance(result, Analysis):
        return []
    return [{"id": result.id, "name": o.name, "title": o.title, "level": o.level, "organization": o.organization,
             "place": o.place, "party": o.party, "kind": o.kind, "former": o.former, "mentions": len(o.mentions)}
            for o in result.officials]


def rows(results: Iterable[Any], table: str = "articles") -> Iterator[Dict[str, Any]]:
    """Rows of ``table`` ("articles", "quotes" or "officials") for a stream of results."""
    if table == "articles":
        return (article_row(r) for r in results)
    makers = {"quotes": quote_rows, "officials": official_rows}
    if table not in makers:
        raise ValueError(f'table must be "articles", "quotes" or "officials", got {table!r}')
    make = makers[table]
    return (row for r in results for row in make(r))


def to_pandas(results: Iterable[Any], table: str = "articles") -> Any:
    """A ``pandas.DataFrame`` of ``rows(results, table)`` (needs pandas; reads the whole stream).

    >>> from newsnlp.pipeline import analyze_many
    >>> df = to_pandas(analyze_many(["Gov. Jerry Brown spoke."], progress=False), "officials")  # doctest: +SKIP
    """
    pd = require("pandas", "to_pandas()")
    data = list(rows(results, table))
    if table == "articles":
        return pd.DataFrame(data, columns=ARTICLE_COLUMNS)
    return pd.DataFrame(data)
