"""Model and data files as plain JSON with a format, a version and a checksum.

Every model newsnlp ships or exports is a JSON document of this shape::

    {"format": "newsnlp.<kind>", "format_version": 1, "sha256": "<hex>", "payload": {...}}

``sha256`` is the SHA-256 of the payload's canonical JSON (sorted keys, no
whitespace), so re-indenting a file keeps it valid while any change to its
content is caught. :func:`unseal` checks all three and raises
:class:`ModelFileError` saying what is wrong and what to do. The checksum
detects corruption and tampering by accident or by hand; it is not a signature
(see SECURITY.md).
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any, Dict, Iterable, Union

__all__ = ["ModelFileError", "checksum", "read_model", "read_package_model", "reseal", "seal", "unseal", "write_model"]


class ModelFileError(ValueError):
    """A model file has the wrong format, an unsupported version, or a bad checksum."""


def checksum(payload: Any) -> str:
    """SHA-256 of the canonical JSON form of ``payload``.

    >>> checksum({"b": 1, "a": [1.5, "x"]}) == checksum({"a": [1.5, "x"], "b": 1})
    True
    """
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def seal(kind: str, version: int, payload: Dict[str, Any]) -> Dict[str, Any]:
    """Wrap ``payload`` in the envelope that :func:`unseal` verifies.

    >>> doc = seal("newsnlp.example", 1, {"weights": [0.5, -1.0]})
    >>> sorted(doc), unseal(doc, "newsnlp.example", (1,))
    (['format', 'format_version', 'payload', 'sha256'], {'weights': [0.5, -1.0]})
    """
    return {"format": kind, "format_version": version, "sha256": checksum(payload), "payload": payload}


def unseal(doc: Any, kind: str, versions: Iterable[int], *, source: str = "model") -> Dict[str, Any]:
    """Return the payload of ``doc`` after checking its format, version and checksum.

    >>> doc = seal("newsnlp.example", 1, {"weights": [0.5]})
    >>> doc["payload"]["weights"][0] = 9.0
    >>> unseal(doc, "newsnlp.example", (1,))
    Traceback (most recent call last):
    ...
    newsnlp._datafile.ModelFileError: model: checksum mismatch: the file was altered or truncated; restore or re-export it
    """
    allowed = tuple(versions)
    if not isinstance(doc, dict) or "format" not in doc:
        raise ModelFileError(f"{source}: not a newsnlp model file (no 'format' field); expected format {kind!r}")
    if doc["format"] != kind:
        raise ModelFileError(f"{source}: this is a {doc['format']!r} file, expected {kind!r}")
    if doc.get("format_version") not in allowed:
        raise ModelFileError(
            f"{source}: format version {doc.get('format_version')!r} is not supported "
            f"(this newsnlp reads {', '.join(map(str, allowed))}); re-export the model with this version of newsnlp"
        )
    payload = doc.get("payload")
    if not isinstance(payload, dict):
        raise ModelFileError(f"{source}: the file has no payload object")
    try:
        actual = checksum(payload)
    except ValueError as exc:  # NaN or infinity in the payload
        raise ModelFileError(f"{source}: the payload is not plain JSON ({exc})") from None
    if actual != doc.get("sha256"):
        raise ModelFileError(f"{source}: checksum mismatch: the file was altered or truncated; restore or re-export it")
    return payload


def write_model(
    path: Union[str, Path], kind: str, version: int, payload: Dict[str, Any], *, compact: bool = False
) -> None:
    """Write a sealed model to ``path`` as UTF-8 JSON: indented, or on one line with ``compact=True``."""
    doc = seal(kind, version, payload)
    if compact:
        text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    else:
        text = json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False)
    Path(path).write_text(text + "\n", encoding="utf-8")


def reseal(path: Union[str, Path]) -> str:
    """Recompute the checksum of a sealed file after a deliberate hand edit of its payload.

    Keeps the format, version and layout (compact files stay on one line);
    returns the new checksum. For hand-written data files such as the
    segmenter rules: ``python -m newsnlp._datafile reseal newsnlp/data/text/segmenter.json``.
    """
    raw = Path(path).read_text(encoding="utf-8")
    doc = _parse(raw, str(path))
    if not isinstance(doc, dict) or not {"format", "format_version", "payload"} <= set(doc):
        raise ModelFileError(f"{path}: not a sealed newsnlp file (needs format, format_version and payload)")
    write_model(path, doc["format"], doc["format_version"], doc["payload"], compact="\n" not in raw.strip())
    return checksum(doc["payload"])


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    import sys

    if len(sys.argv) < 3 or sys.argv[1] != "reseal":
        sys.exit("usage: python -m newsnlp._datafile reseal FILE [FILE ...]")
    for name in sys.argv[2:]:
        print(f"{name}: sha256 {reseal(name)}")


def _parse(raw: str, source: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise ModelFileError(f"{source}: not valid JSON ({exc}); restore or re-export the file") from None


def read_model(path: Union[str, Path], kind: str, versions: Iterable[int]) -> Dict[str, Any]:
    """Read and verify a sealed model file; return its payload."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ModelFileError(f"{path}: not a UTF-8 JSON file; newsnlp model files are plain JSON") from None
    return unseal(_parse(raw, str(path)), kind, versions, source=str(path))


def read_package_model(relative: str, kind: str, versions: Iterable[int]) -> Dict[str, Any]:
    """Read and verify a model shipped in ``newsnlp/data/``, e.g. ``"summarize/trained.json"``."""
    raw = resources.files("newsnlp").joinpath("data").joinpath(relative).read_text("utf-8")
    source = f"newsnlp/data/{relative}"
    return unseal(_parse(raw, source), kind, versions, source=source)
