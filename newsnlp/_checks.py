"""The one check every public text function makes on its input."""

from __future__ import annotations

from typing import Any, Callable, Dict

__all__ = ["check_text", "text_functions"]


def check_text(value: object, expectation: str) -> None:
    """Raise ``TypeError("<expectation>, got <type>")`` unless ``value`` is a str.

    For bytes the message adds how to fix it.

    >>> check_text(b"x", "sentences() expects a str")
    Traceback (most recent call last):
    ...
    TypeError: sentences() expects a str, got bytes: decode bytes first, e.g. data.decode('utf-8')
    """
    if not isinstance(value, str):
        hint = ": decode bytes first, e.g. data.decode('utf-8')" if isinstance(value, (bytes, bytearray)) else ""
        raise TypeError(f"{expectation}, got {type(value).__name__}{hint}")


def text_functions() -> Dict[str, Callable[[str], Any]]:
    """Every public function that reads one article given as its only argument, by name.

    The hardening tests and the scaling and fuzz benchmarks run over this one list.

    >>> sorted(text_functions())[:3]
    ['analyze', 'detect_stance', 'extract_quotes']
    """
    import newsnlp  # here, not at the top: every capability imports this module
    from newsnlp.people import find_people, parse_descriptor

    return {
        "sentences": newsnlp.sentences,
        "tokenize": newsnlp.tokenize,
        "words": newsnlp.words,
        "normalize": newsnlp.normalize,
        "stem": newsnlp.stem,
        "summarize": newsnlp.summarize,
        "extract_quotes": newsnlp.extract_quotes,
        "find_officials": newsnlp.find_officials,
        "detect_stance": newsnlp.detect_stance,
        "analyze": newsnlp.analyze,
        "parse_descriptor": parse_descriptor,
        "find_people": find_people,
    }
