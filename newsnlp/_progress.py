"""Progress reporting for long runs: ``tqdm.auto`` when installed, a small stderr counter otherwise.

``progress=True`` means "show it when standard error is a terminal";
``"always"`` shows it even when standard error is redirected (a log file, a
CI job); ``False`` never shows it.

>>> import io
>>> out = io.StringIO()
>>> bar = Progress("always", stream=out, use_tqdm=False)
>>> bar.update(3); bar.close()
>>> out.getvalue().strip().splitlines()[-1]
'newsnlp: 3 articles'
"""

from __future__ import annotations

import sys
import time
from typing import IO, Any, Optional, Union

from newsnlp._compat import optional_import

__all__ = ["Progress", "ProgressSetting", "wants_progress"]

ProgressSetting = Union[bool, str]


def wants_progress(setting: ProgressSetting, stream: IO[str]) -> bool:
    """Whether ``setting`` turns progress on for ``stream``; raises ValueError for an unknown setting."""
    if setting is True:
        isatty = getattr(stream, "isatty", None)
        return bool(isatty and isatty())
    if setting is False or setting is None:
        return False
    if setting == "always":
        return True
    raise ValueError(f'progress must be True (when a terminal), False or "always", got {setting!r}')


class Progress:
    """A counter of processed articles on ``stream`` (standard error by default).

    With tqdm installed (and ``use_tqdm`` left on) a ``tqdm.auto`` bar is
    used; otherwise a one-line counter redrawn at most every ``interval``
    seconds on a terminal, or written as plain lines when redirected.
    """

    def __init__(
        self,
        setting: ProgressSetting = True,
        *,
        stream: Optional[IO[str]] = None,
        unit: str = "articles",
        use_tqdm: bool = True,
        interval: float = 0.5,
    ) -> None:
        self.stream: IO[str] = stream if stream is not None else sys.stderr
        self.enabled = wants_progress(setting, self.stream)
        self.unit = unit
        self.count = 0
        self.interval = interval
        self._bar: Any = None
        self._last = 0.0
        self._start = time.perf_counter()
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())
        if self.enabled and use_tqdm:
            auto = optional_import("tqdm.auto")
            if auto is not None:
                self._bar = auto.tqdm(total=None, unit=f" {unit}", file=self.stream, desc="newsnlp",
                                      mininterval=interval, dynamic_ncols=True)

    def update(self, n: int = 1) -> None:
        """Count ``n`` more processed articles."""
        self.count += n
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(n)
            return
        now = time.perf_counter()
        if now - self._last >= self.interval:
            self._last = now
            self._draw(final=False)

    def _draw(self, final: bool) -> None:
        elapsed = time.perf_counter() - self._start
        rate = f" ({self.count / elapsed:.1f}/s)" if elapsed > 0 and not final else ""
        line = f"newsnlp: {self.count:,} {self.unit}{rate}"
        if self._tty:
            self.stream.write("\r" + line + ("\n" if final else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final count and release the bar."""
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        else:
            self._draw(final=True)
        self.enabled = False

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
