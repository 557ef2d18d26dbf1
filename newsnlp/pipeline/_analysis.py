"""``analyze``: summary, sentences, quotes, officials and stance of one article in one call.

The capabilities plug in by name: the summary comes from
:func:`newsnlp.summarize.summarize` and the stance report from
:func:`newsnlp.stance.detect_stance` when those are part of the installed
package (a field is ``None`` otherwise). Shared intermediate results are
computed once: the stance report is built from the sentences, quotes and
officials that ``analyze`` returns (see :func:`capabilities`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Dict, Optional, Tuple

from newsnlp._checks import check_text
from newsnlp._reduce import reduce_by_fields
from newsnlp.quotes import Quote
from newsnlp.quotes._extract import extract_quotes_impl as _extract_quotes
from newsnlp.stance import Official, find_officials
from newsnlp.text import Sentence, sentences

if TYPE_CHECKING:  # only for the annotations: the summarizer plugs in at run time
    from newsnlp.summarize import Summary

__all__ = ["Analysis", "AnalysisError", "analyze", "capabilities"]


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything newsnlp reads in one article.

    ``summary`` is a :class:`newsnlp.Summary` and ``stance`` a
    ``StanceReport`` (officials, quotes with level and side, balance), or
    ``None`` when that capability is not available. All offsets index the
    article's text. ``ok`` is ``True`` (an :class:`AnalysisError` has ``False``).
    """

    __reduce__ = reduce_by_fields

    id: Any
    title: Optional[str]
    sentences: Tuple[Sentence, ...]
    summary: Optional[Summary]
    quotes: Tuple[Quote, ...]
    officials: Tuple[Official, ...]
    stance: Any

    @property
    def ok(self) -> bool:
        return True

    def to_dict(self) -> Dict[str, Any]:
        """Plain lists and dicts, ready for ``json.dumps``."""
        return {
            "id": self.id,
            "title": self.title,
            "sentences": [s.to_dict() for s in self.sentences],
            "summary": None if self.summary is None else self.summary.to_dict(),
            "quotes": [q.to_dict() for q in self.quotes],
            "officials": [o.to_dict() for o in self.officials],
            "stance": None if self.stance is None else self.stance.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class AnalysisError:
    """An input that could not be analysed, in its place in the output; ``error`` says why."""

    __reduce__ = reduce_by_fields

    id: Any
    error: str

    @property
    def ok(self) -> bool:
        return False

    def to_dict(self) -> Dict[str, Any]:
        return {"id": self.id, "error": self.error}


def _optional_capability(module: str, name: str) -> Optional[Callable[..., Any]]:
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        # Only a capability that is not part of this installation is optional;
        # a broken import inside it must surface.
        if exc.name is not None and module.startswith(exc.name):
            return None
        raise
    return getattr(mod, name, None)


@lru_cache(maxsize=1)
def _plugins() -> Tuple[Optional[Callable[..., Any]], Optional[Callable[..., Any]]]:
    # summarize(text) from the sentences analyze already has
    summarize = _optional_capability("newsnlp.summarize._summarize", "summarize_split")
    # detect_stance(text) from the quotes, officials and sentences analyze already has
    detect_stance = _optional_capability("newsnlp.stance._report", "_detect_stance")
    return summarize, detect_stance


def capabilities() -> Dict[str, Any]:
    """Which steps :func:`analyze` runs here, and which shared results the stance step reuses.

    >>> caps = capabilities()
    >>> caps["sentences"], caps["quotes"], caps["officials"]
    (True, True, True)
    """
    summarize, detect_stance = _plugins()
    return {
        "sentences": True,
        "quotes": True,
        "officials": True,
        "summary": summarize is not None,
        "stance": detect_stance is not None,
        "stance_reuses": ("sentences", "quotes", "officials") if detect_stance is not None else (),
        "summary_reuses": ("sentences",) if summarize is not None else (),
        "quotes_reuse": ("sentences",),
    }


def _check_text(text: Any) -> str:
    check_text(text, "analyze() expects the article as str")
    return text


def analyze(text: str, *, title: Optional[str] = None, id: Any = None) -> Analysis:
    """Read one article: its sentences, summary, quotes, officials and stance report.

    Parameters
    ----------
    text : str
        The article; paragraphs separated by line breaks.
    title : str, optional
        The headline; the summarizer uses it.
    id : optional
        Carried into the result unchanged (``analyze_many`` sets it).

    Returns
    -------
    Analysis
        Sentences, quotes and officials are computed once; the stance
        report is built from them and equals ``detect_stance(text)``.
        Results are identical with or without the optional scientific
        libraries wherever the capabilities are (see each capability's docs).

    Examples
    --------
    >>> a = analyze('“We will not comply,” Mayor Jane Doe said. Attorney General Jeff Sessions disagreed.')
    >>> [s.text for s in a.sentences]
    ['“We will not comply,” Mayor Jane Doe said.', 'Attorney General Jeff Sessions disagreed.']
    >>> [(q.text, q.speaker.name) for q in a.quotes]
    [('We will not comply,', 'Jane Doe')]
    >>> [(o.name, o.level) for o in a.officials]
    [('Jane Doe', 'local'), ('Jeff Sessions', 'federal')]
    """
    text = _check_text(text)
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title must be a str or None, got {type(title).__name__}")
    summarize, detect_stance = _plugins()
    # One pass: the stance report is built from these same sentences, quotes and officials
    # (it equals detect_stance(text)) instead of finding them again.
    sents = sentences(text)
    quotes = _extract_quotes(text, sents)  # extract_quotes(text), from the same split
    officials = find_officials(text)
    stance = None if detect_stance is None else detect_stance(text, quotes, officials, sents)
    summary = None
    if summarize is not None:
        summary = summarize(text, sents, title=title)
    return Analysis(id, title, tuple(sents), summary, tuple(quotes), tuple(officials), stance)
