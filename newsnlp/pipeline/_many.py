"""``analyze_many``: a stream of articles analysed on one core, all cores, or a Dask cluster.

Articles travel to workers in chunks (one task per chunk, not per article:
per-task overhead would dominate). Chunks run in *waves* of a bounded size, so
memory stays flat however long the input is, and results come back in input
order. Per-article errors are caught inside the worker; a worker that dies
takes only its wave with it, and that wave is re-run in isolation so that only
the article that killed the worker becomes an error record.
"""

from __future__ import annotations

import itertools
import os
from typing import Any, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from newsnlp._compat import optional_import
from newsnlp._progress import Progress, ProgressSetting
from newsnlp.pipeline._analysis import Analysis, AnalysisError, analyze

__all__ = ["analyze_many", "Result"]

Result = Union[Analysis, AnalysisError]
# One article on its way to a worker: (id, text, title), or an error decided up front.
Task = Union[Tuple[Any, str, Optional[str]], AnalysisError]

#: "auto" chunks hold articles up to this many characters (or ``_AUTO_MAX_ARTICLES``).
_AUTO_CHUNK_CHARS = 24_000
_AUTO_MAX_ARTICLES = 64
#: Chunks per worker in one wave: larger waves idle less at their end, smaller ones hold less memory.
_CHUNKS_PER_WORKER = 12


def _task(position: int, item: Any) -> Task:
    """Turn one input item into a task; anything unreadable becomes an error record."""
    if isinstance(item, str):
        return (position, item, None)
    if isinstance(item, dict):
        ident = item.get("id", position)
        text, title = item.get("text"), item.get("title")
        if not isinstance(text, str):
            got = "no \"text\" field" if text is None else f'"text" of type {type(text).__name__}'
            return AnalysisError(ident, f'expected a dict with a "text" string, got {got}')
        return (ident, text, title if isinstance(title, str) else None)
    # newsnlp._io records, as the CLI reads them.
    error = getattr(item, "error", None)
    if isinstance(error, str) and hasattr(item, "id"):
        return AnalysisError(item.id, error)
    text = getattr(item, "text", None)
    if isinstance(text, str) and hasattr(item, "id"):
        record = getattr(item, "record", None) or {}
        title = record.get("title") if isinstance(record, dict) else None
        return (item.id, text, title if isinstance(title, str) else None)
    hint = ": decode bytes first" if isinstance(item, (bytes, bytearray)) else ""
    return AnalysisError(position, f'expected a str or a dict with "text", got {type(item).__name__}{hint}')


def _analyze_task(task: Task) -> Result:
    if isinstance(task, AnalysisError):
        return task
    ident, text, title = task
    try:
        return analyze(text, title=title, id=ident)
    except Exception as exc:  # one bad article must not end the run
        return AnalysisError(ident, f"could not analyse this article ({type(exc).__name__}: {exc})")


def _analyze_chunk(chunk: Sequence[Task]) -> List[Result]:
    """The unit of work a worker runs: every article of one chunk, in order.

    The results travel back pickled; each result class pickles itself compactly
    (``newsnlp._reduce.reduce_by_fields``).
    """
    return [_analyze_task(t) for t in chunk]


def _chunks(tasks: Iterator[Task], batch_size: Union[int, str]) -> Iterator[List[Task]]:
    if batch_size != "auto":
        while True:
            chunk = list(itertools.islice(tasks, batch_size))  # type: ignore[arg-type]
            if not chunk:
                return
            yield chunk
    chunk, chars = [], 0
    for t in tasks:
        chunk.append(t)
        chars += 0 if isinstance(t, AnalysisError) else len(t[1])
        if chars >= _AUTO_CHUNK_CHARS or len(chunk) >= _AUTO_MAX_ARTICLES:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


# ---------------------------------------------------------------- runners
# A runner runs a list of chunks and returns their results in order, or raises
# when the machinery (not an article) failed: a worker died, the pool broke.


class _JoblibRunner:
    def __init__(self, n_jobs: int, backend: Optional[str]) -> None:
        self.joblib: Any = optional_import("joblib")
        self.n_jobs, self.backend = n_jobs, backend
        self._parallel: Any = None
        self._config: Any = None
        self.workers = 1
        self._open()

    def _open(self) -> None:
        jl = self.joblib
        # A hint, not a hard-coded backend: a user's joblib.parallel_config(backend="dask") wins.
        self._config = jl.parallel_config(backend=self.backend) if self.backend else None
        if self._config is not None:
            self._config.__enter__()
        self.workers = max(1, jl.effective_n_jobs(self.n_jobs))
        options = dict(n_jobs=self.n_jobs, prefer="processes", batch_size=1, pre_dispatch="all")
        try:
            # Stream a wave's results in order as they arrive, so the caller's work on
            # them overlaps the workers' work on the rest of the wave.
            self._parallel = jl.Parallel(return_as="generator", **options)
        except (TypeError, ValueError):  # joblib < 1.3, or a backend that cannot stream
            self._parallel = jl.Parallel(**options)
        self._parallel.__enter__()

    def run(self, chunks: List[List[Task]]) -> Iterator[List[Result]]:
        delayed = self.joblib.delayed
        return iter(self._parallel(delayed(_analyze_chunk)(c) for c in chunks))

    def reset(self) -> None:
        self.close()
        self._open()

    def close(self) -> None:
        if self._parallel is not None:
            self._parallel.__exit__(None, None, None)
            self._parallel = None
        if self._config is not None:
            self._config.__exit__(None, None, None)
            self._config = None


class _FuturesRunner:
    """Processes without joblib (pure-Python mode): ``concurrent.futures``."""

    def __init__(self, n_jobs: int) -> None:
        self.workers = n_jobs
        self._pool: Any = None
        self._open()

    def _open(self) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self._pool = ProcessPoolExecutor(max_workers=self.workers)

    def run(self, chunks: List[List[Task]]) -> Iterator[List[Result]]:
        return iter(self._pool.map(_analyze_chunk, chunks))

    def reset(self) -> None:
        self.close()
        self._open()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


class _DaskClientRunner:
    """``backend="dask"`` without joblib: the connected dask.distributed client, directly."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.workers = max(1, sum(client.nthreads().values()))

    def run(self, chunks: List[List[Task]]) -> Iterator[List[Result]]:
        futures = self.client.map(_analyze_chunk, chunks, pure=False)
        return (f.result() for f in futures)

    def reset(self) -> None:
        pass

    def close(self) -> None:
        pass


def _dask_client() -> Any:
    distributed = optional_import("distributed")
    if distributed is None:
        raise ImportError(
            'backend="dask" needs dask.distributed, which is not installed: pip install "newsnlp[dask]"'
        )
    try:
        return distributed.get_client()
    except ValueError:
        raise RuntimeError(
            'backend="dask" needs a connected dask.distributed Client: '
            'from dask.distributed import Client; client = Client("tcp://scheduler:8786") '
            "(or Client() for a cluster on this machine), then call analyze_many again"
        ) from None


def _resolve_jobs(n_jobs: Any) -> int:
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0:
        raise ValueError(f"n_jobs must be a non-zero int (1 = this process, -1 = all cores), got {n_jobs!r}")
    if n_jobs < 0:
        return max(1, (os.cpu_count() or 1) + 1 + n_jobs)
    return n_jobs


def _runner(n_jobs: int, backend: Optional[str]) -> Any:
    joblib = optional_import("joblib")
    if backend == "dask":
        client = _dask_client()
        if joblib is None:
            return _DaskClientRunner(client)
        return _JoblibRunner(n_jobs, "dask")
    if joblib is not None:
        return _JoblibRunner(n_jobs, backend)
    if backend not in (None, "loky", "multiprocessing", "processes"):
        raise ValueError(
            f"backend={backend!r} needs joblib, which is not available; use backend=None "
            "(processes through concurrent.futures) or install joblib"
        )
    return _FuturesRunner(_resolve_jobs(n_jobs))


def _death_message(exc: BaseException) -> str:
    return (f"the worker process died while analysing this article ({type(exc).__name__}: {exc}); "
            "the rest of the run went on")


def _run_isolated(runner: Any, chunk: List[Task], failure: BaseException) -> Tuple[List[Result], int]:
    """Re-run a chunk alone, then article by article; return results and how many died."""
    try:
        return list(runner.run([chunk]))[0], 0
    except Exception:
        runner.reset()
    out: List[Result] = []
    died = 0
    for task in chunk:
        try:
            out.extend(list(runner.run([[task]]))[0])
        except Exception as exc:
            runner.reset()
            ident = task.id if isinstance(task, AnalysisError) else task[0]
            out.append(AnalysisError(ident, _death_message(exc)))
            died += 1
    return out, died


def _run_wave(runner: Any, wave: List[List[Task]]) -> Iterator[List[Result]]:
    done = 0
    try:
        for chunk_results in runner.run(wave):
            done += 1
            yield chunk_results
        return
    except Exception as exc:  # per-article errors are caught in the worker: this is the machinery
        failure = exc
    runner.reset()
    rest = wave[done:]  # the chunks whose results never arrived
    size = sum(len(c) for c in rest)
    results, died = [], 0
    for chunk in rest:
        out, d = _run_isolated(runner, chunk, failure)
        results.append(out)
        died += d
    if size > 1 and died == size:
        # Nothing runs at all (a lost cluster, an unpicklable setup): stop instead of
        # turning every remaining article into an error.
        raise failure
    yield from results


def analyze_many(
    texts: Iterable[Any],
    *,
    n_jobs: int = 1,
    backend: Optional[str] = None,
    batch_size: Union[int, str] = "auto",
    progress: ProgressSetting = True,
) -> Iterator[Result]:
    """Analyse a stream of articles; yield one result per input item, in input order.

    Parameters
    ----------
    texts : iterable
        Strings, or dicts with ``"text"`` and optional ``"id"`` and ``"title"``
        (a string's id is its 0-based position). Consumed lazily: memory is
        flat in the number of articles.
    n_jobs : int
        1 analyses in this process; N uses N processes; -1 all cores (or all
        cluster workers with ``backend="dask"``, where 1 also means -1).
    backend : str, optional
        ``None`` lets joblib choose (processes by default, or whatever a
        surrounding ``joblib.parallel_config`` says); ``"dask"`` runs on the
        connected ``dask.distributed`` client (``pip install newsnlp[dask]``);
        other names go to joblib. Without joblib, processes come from
        ``concurrent.futures`` and the results are the same.
    batch_size : int or "auto"
        Articles per task; ``"auto"`` fills chunks up to about 24,000 characters.
    progress : bool or "always"
        A count of processed articles on standard error (tqdm when installed):
        ``True`` when standard error is a terminal, ``"always"`` even when not.

    Yields
    ------
    Analysis or AnalysisError
        An input that cannot be read or analysed, or whose worker died, gives
        an ``AnalysisError(id, error)`` in its place and the run goes on.

    Examples
    --------
    >>> docs = ["Mayor Jane Doe spoke.", {"id": "b", "text": "Gov. Jerry Brown left."}, {"id": "c"}]
    >>> [(r.id, r.ok) for r in analyze_many(docs, progress=False)]
    [(0, True), ('b', True), ('c', False)]
    """
    if batch_size != "auto" and (isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1):
        raise ValueError(f'batch_size must be a positive int or "auto", got {batch_size!r}')
    if backend is not None and not isinstance(backend, str):
        raise TypeError(f"backend must be a str such as 'dask', or None, got {type(backend).__name__}")
    if isinstance(texts, (str, bytes, dict)):
        raise TypeError("analyze_many() expects an iterable of articles; for one article use analyze(text)")
    if backend == "dask" and n_jobs == 1:
        n_jobs = -1
    _resolve_jobs(n_jobs)
    return _generate(iter(texts), n_jobs, backend, batch_size, progress)


def _generate(
    items: Iterator[Any], n_jobs: int, backend: Optional[str], batch_size: Union[int, str], progress: ProgressSetting
) -> Iterator[Result]:
    bar = Progress(progress)
    tasks = (_task(i, item) for i, item in enumerate(items))
    try:
        if n_jobs == 1 and backend in (None, "sequential"):
            for t in tasks:
                yield _analyze_task(t)
                bar.update()
            return
        runner = _runner(n_jobs, backend)
        try:
            wave_size = max(2, _CHUNKS_PER_WORKER * runner.workers)
            chunks = _chunks(tasks, batch_size)
            while True:
                wave = list(itertools.islice(chunks, wave_size))
                if not wave:
                    break
                for results in _run_wave(runner, wave):
                    yield from results
                    bar.update(len(results))
        finally:
            runner.close()
    finally:
        bar.close()
