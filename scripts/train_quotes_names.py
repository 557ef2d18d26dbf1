"""Learn a first-name -> gender table by distant supervision (development use only).

For every titled person in the training articles ("Sen. Jane Doe", "Mayor John
Roe") we look at the text that follows the name up to the end of the next
sentence and take the first third-person singular pronoun (he/his/him vs.
she/her/hers), provided no other capitalised "First Last" name comes in between.
That pronoun is one vote for the first name's gender. Names with enough votes
and a clear majority are written to ``newsnlp/data/quotes/first_names.json``
with their counts and the provenance, as a sealed data file (format, version,
checksum; see ``newsnlp._datafile``). Nothing else from the corpora is written:
only first names and vote counts.

Usage (from the repo root)::

    python scripts/train_quotes_names.py
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsnlp._datafile import write_model  # noqa: E402
from newsnlp.quotes._lexicon import FORMAT_VERSION, NAMES_FORMAT  # noqa: E402

# Gender-neutral titles only: "Mr."/"Mrs."/"spokeswoman" would give the answer away
# to the names that need it least, and the run-time resolver reads those directly.
TITLES = [
    "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "President", "Vice President", "Mayor",
    "Secretary", "Judge", "Justice", "Director", "Attorney General", "Speaker", "Leader", "Chairman", "Chair",
    "Commissioner", "Sheriff", "Chief", "Dr.", "Prof.", "Professor", "Ambassador", "Minister", "Prime Minister",
    "Gen.", "Col.", "Adm.", "Lt. Gov.", "Del.", "Treasurer", "Comptroller", "Superintendent", "Prosecutor",
    "candidate", "nominee", "CEO", "executive", "adviser", "advisor", "aide", "official", "director",
]
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff"
NAME = rf"[{_UP}][{_LOW}]+"
TITLED = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\s+"
    rf"({NAME})(?:\s+[{_UP}]\.)?\s+({NAME}(?:-{NAME})?)\b"
)
OTHER_NAME = re.compile(rf"\b{NAME}\s+(?:[{_UP}]\.\s+)?{NAME}\b")
PRONOUN = re.compile(r"\b(he|his|him|she|her|hers)\b", re.IGNORECASE)
CAPITAL = re.compile(rf"(?<![.?!\"\u201c] )(?<!^)\b[{_UP}][{_LOW}]+")
SENT_END = re.compile(r"[.?!][\"\u201d']?\s+(?=[\"\u201c]?[A-Z])")
MALE = {"he", "his", "him"}
# Capitalised words that follow a title but are not first names.
NOT_FIRST = {"The", "And", "But", "Of", "For", "In", "On", "At", "To", "Said", "Says", "House", "Senate",
             "General", "Justice", "Judge", "Chief", "White", "Press", "Secretary", "Department", "Office", "Committee",
             "Obama", "Trump", "Clinton", "Bush"}


def texts(paths: Iterable[Path]) -> Iterator[str]:
    for p in paths:
        with p.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                t = rec.get("text")
                if isinstance(t, str):
                    yield t


def votes(text: str, male: Counter, female: Counter) -> None:
    for m in TITLED.finditer(text):
        first = m.group(1)
        if first in NOT_FIRST or len(first) < 2:
            continue
        # Up to the end of the next sentence after the name.
        end = m.end()
        stop = end
        for n, s in enumerate(SENT_END.finditer(text, end, min(len(text), end + 600))):
            stop = s.end()
            if n == 1:
                break
        else:
            stop = min(len(text), end + 600) if stop == end else stop
        p = PRONOUN.search(text, end, stop)
        if p is None:
            continue
        if p.group(1).lower() in ("him", "hers"):
            continue  # an object ("scolded him") is often someone else
        surname = m.group(2)
        if any(c.group() != surname for c in CAPITAL.finditer(text, end, p.start())):
            continue  # another capitalised name (a person, or "Trump") may own the pronoun
        (male if p.group(1).lower() in MALE else female)[first] += 1


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", nargs="*", default=[
        str(here / "../shared/data/stance/allsides-federal-local/corpus.jsonl"),
        str(here / "../shared/data/quotes/polnear/polnear_train.jsonl"),
    ])
    ap.add_argument("--out", default=str(here / "newsnlp/data/quotes/first_names.json"))
    ap.add_argument("--min-votes", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.85)
    args = ap.parse_args()
    male: Counter = Counter()
    female: Counter = Counter()
    n_texts = 0
    for t in texts(Path(p) for p in args.data):
        votes(t, male, female)
        n_texts += 1
    names: Dict[str, Dict[str, object]] = {}
    for first in sorted(set(male) | set(female)):
        m, f = male[first], female[first]
        total = m + f
        if total < args.min_votes:
            continue
        share = max(m, f) / total
        if share < args.min_share:
            continue
        names[first] = {"gender": "male" if m > f else "female", "male": m, "female": f}
    out = {
        "provenance": (
            "Distant supervision by scripts/train_quotes_names.py: for each titled person "
            "('Sen. First Last') the first he/his/him or she/her/hers pronoun up to the end of the next "
            "sentence, with no other full name in between, is one vote for the first name. Kept: at least "
            f"{args.min_votes} votes and a {args.min_share:.2f} majority. Sources (development only, no text "
            "shipped): AllSides federal/local stance corpus and PolNeAR train (Newell, Margolin & Ruths, "
            f"LREC 2018). {n_texts} articles read."
        ),
        "min_votes": args.min_votes,
        "min_share": args.min_share,
        "names": names,
    }
    write_model(args.out, NAMES_FORMAT, FORMAT_VERSION, out)  # sealed: format, version, checksum
    g = Counter(v["gender"] for v in names.values())
    print(f"{len(names)} names ({g['male']} male, {g['female']} female) from {n_texts} articles -> {args.out}")


if __name__ == "__main__":
    main()
