"""Write docs/api.md, the API reference, from the docstrings of the public names.

Every package's ``__all__`` is listed with each name's signature and
docstring. Docstring examples are shown as code (prompts removed, outputs as
``# ->`` comments): they are tested where they live, in the modules.

Usage, from the repository root::

    python scripts/gen_api_docs.py               # rewrite docs/api.md
    python scripts/gen_api_docs.py --output -    # print it
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import re
import sys
from pathlib import Path
from typing import Any, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PACKAGES = (
    ("newsnlp", "The package root: the functions most people need."),
    ("newsnlp.pipeline", "analyze, analyze_many and tables of results."),
    ("newsnlp.text", "Sentences, tokens, normalisation, stop words, stemming."),
    ("newsnlp.summarize", "Extractive summaries and their rankers."),
    ("newsnlp.quotes", "Quotes, cues and speakers."),
    ("newsnlp.people", "People and bodies mentioned, with titles and levels."),
    ("newsnlp.stance", "Officials, levels, sides and the stance classifier."),
    ("newsnlp.evaluate", "ROUGE, FNC-1 score and span metrics."),
)


def _signature(obj: Any) -> str:
    try:
        sig = str(inspect.signature(obj))
    except (TypeError, ValueError):
        return ""
    return re.sub(r" at 0x[0-9a-f]+", "", sig)


def _examples_as_code(doc: str) -> str:
    """Turn doctest blocks into fenced Python with outputs as comments."""
    out: List[str] = []
    block: List[str] = []

    def flush() -> None:
        if block:
            out.extend(["```python", *block, "```"])
            block.clear()

    lines = doc.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith(">>> ") or stripped == ">>>":
            block.append(stripped[4:])
            i += 1
            while i < len(lines) and lines[i].strip().startswith("..."):
                block.append(lines[i].strip()[4:])
                i += 1
            while i < len(lines) and lines[i].strip() and not lines[i].strip().startswith(">>>"):
                block.append("# -> " + lines[i].strip())
                i += 1
            continue
        flush()
        out.append(line)
        i += 1
    flush()
    return "\n".join(out)


_SECTION = re.compile(r"^(\w[\w ]*)\n-{3,}$", re.M)


def _doc(obj: Any) -> str:
    doc = inspect.getdoc(obj) or "(no docstring)"
    # numpydoc underlines would read as Markdown headings: make them bold labels.
    doc = _SECTION.sub(lambda m: f"**{m.group(1)}**\n", doc)
    return _examples_as_code(doc)


def _public_methods(cls: type) -> List[str]:
    names = []
    for name, member in vars(cls).items():
        if name.startswith("_") or not (inspect.isfunction(member) or isinstance(member, (classmethod, property))):
            continue
        names.append(name)
    return names


def render() -> str:
    parts = [
        "# API reference",
        "",
        "Generated from the docstrings by `python scripts/gen_api_docs.py`; do not edit by hand.",
        "A name exported by several packages is described once, under the first.",
        "",
    ]
    seen = set()
    for package, blurb in PACKAGES:
        try:
            mod = importlib.import_module(package)
        except ImportError as exc:  # a capability that is not part of this checkout
            parts += [f"## `{package}`", "", f"(not importable here: {exc})", ""]
            continue
        parts += [f"## `{package}`", "", blurb, ""]
        for name in getattr(mod, "__all__", ()):
            obj = getattr(mod, name, None)
            if obj is None or name.startswith("__") or not (inspect.isclass(obj) or callable(obj)):
                continue
            key = (getattr(obj, "__module__", ""), getattr(obj, "__qualname__", name))
            if key in seen:
                continue
            seen.add(key)
            kind = "class" if inspect.isclass(obj) else "function"
            parts += [f"### {kind} `{package}.{name}{_signature(obj)}`", "", _doc(obj), ""]
            if inspect.isclass(obj):
                for meth in _public_methods(obj):
                    member = getattr(obj, meth)
                    if isinstance(vars(obj)[meth], property):
                        parts += [f"#### property `{name}.{meth}`", "", _doc(vars(obj)[meth]), ""]
                    else:
                        parts += [f"#### `{name}.{meth}{_signature(member)}`", "", _doc(member), ""]
    return "\n".join(parts).rstrip() + "\n"


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output", default=str(ROOT / "docs" / "api.md"), help="file to write, or - for stdout")
    args = ap.parse_args(argv)
    text = render()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
