"""Compact pickling for the frozen result dataclasses."""

from __future__ import annotations

from operator import attrgetter
from typing import Any, Callable, Dict, Tuple

__all__ = ["reduce_by_fields"]

# Per class, a getter of its __init__ arguments as a tuple (attrgetter of one name returns the bare value).
_ARGUMENTS: Dict[type, Callable[[Any], Tuple[Any, ...]]] = {}


def _arguments(cls: type) -> Callable[[Any], Tuple[Any, ...]]:
    names = cls.__match_args__  # type: ignore[attr-defined]
    get = attrgetter(*names)
    getter = get if len(names) > 1 else (lambda obj: (get(obj),))
    _ARGUMENTS[cls] = getter
    return getter


def reduce_by_fields(self: Any) -> Tuple[type, Tuple[Any, ...]]:
    """``__reduce__`` of a frozen dataclass: rebuild it as ``cls(*values)``.

    The default pickle of a slotted dataclass stores a state that is set back
    field by field; one ``analyze`` result holds hundreds of such objects, and
    this form takes about half the time to write and to read (``analyze_many``
    sends every result from its workers this way). Every field must be an
    ``__init__`` argument in field order, which ``__match_args__`` lists
    (``tests/test_pipeline.py`` checks each class that uses this).
    """
    cls = type(self)
    getter = _ARGUMENTS.get(cls) or _arguments(cls)
    return cls, getter(self)
