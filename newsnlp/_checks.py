"""The one check every public text function makes on its input."""

from __future__ import annotations

__all__ = ["check_text"]


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
