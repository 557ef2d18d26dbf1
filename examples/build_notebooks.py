"""Build the example notebooks from the example scripts, so the two never drift apart.

Each ``NN_*.py`` script is split at ``# %%`` markers into notebook cells;
``# %% [markdown]`` cells hold comment lines that become Markdown. Usage,
from the repository root::

    python examples/build_notebooks.py            # write examples/NN_*.ipynb (no outputs)
    python examples/build_notebooks.py --execute  # also run them and store the outputs

Needs nbformat (and nbclient plus ipykernel for ``--execute``): ``pip install -e ".[dev]"``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Tuple

HERE = Path(__file__).resolve().parent


def cells(script: str) -> List[Tuple[str, str]]:
    """``(kind, source)`` pairs of a ``# %%`` script; kind is "markdown" or "code"."""
    out: List[Tuple[str, List[str]]] = []
    for line in script.splitlines():
        if line.startswith("# %%"):
            out.append(("markdown" if "[markdown]" in line else "code", []))
        elif out:
            out[-1][1].append(line)
    result = []
    for kind, lines in out:
        if kind == "markdown":
            lines = [ln[2:] if ln.startswith("# ") else ln.lstrip("#") for ln in lines]
        text = "\n".join(lines).strip("\n")
        if text:
            result.append((kind, text))
    return result


def notebook(script: Path):  # type: ignore[no-untyped-def]
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for kind, source in cells(script.read_text(encoding="utf-8")):
        make = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
        nb.cells.append(make(source))
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{script.stem[:2]}-{i:02d}"  # stable ids: rebuilding changes nothing
    return nb


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--execute", action="store_true", help="run each notebook and keep its outputs")
    args = ap.parse_args(argv)
    import nbformat

    for script in sorted(HERE.glob("[0-9][0-9]_*.py")):
        nb = notebook(script)
        if args.execute:
            from nbclient import NotebookClient

            NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(HERE)}}).execute()
        target = script.with_suffix(".ipynb")
        nbformat.write(nb, str(target))
        print("wrote", target.relative_to(HERE.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
