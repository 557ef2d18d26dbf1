"""A bounded memo of a function of words, looked up in C."""

from __future__ import annotations

from typing import Callable, Dict, TypeVar

__all__ = ["WordMemo"]

V = TypeVar("V")


class WordMemo(Dict[str, V]):
    """``memo[word] == function(word)``, each new word computed once.

    Looked up as ``map(memo.__getitem__, words)``, a known word costs one
    C-level dict lookup, where an ``lru_cache`` call costs a Python-level call.
    Cleared when it holds ``size`` words, so a stream of millions of articles
    keeps memory flat.

    >>> upper = WordMemo(str.upper)
    >>> list(map(upper.__getitem__, ["a", "b", "a"])), len(upper)
    (['A', 'B', 'A'], 2)
    """

    __slots__ = ("function", "size")

    def __init__(self, function: Callable[[str], V], size: int = 200_000) -> None:
        super().__init__()
        self.function = function
        self.size = size

    def __missing__(self, word: str) -> V:
        if len(self) >= self.size:
            self.clear()
        value = self[word] = self.function(word)
        return value
