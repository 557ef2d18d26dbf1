"""Cue words for stance features, written for newsnlp (no external source).

Refuting cues mark a text that rejects a claim; hedging cues mark reporting
without commitment; supporting cues mark confirmation; negations flip polarity.
They are small on purpose: the classifier learns how much each group matters.
"""

from __future__ import annotations

from typing import FrozenSet

__all__ = ["CUE_WORDS", "REFUTE", "HEDGE", "SUPPORT", "NEGATION", "REPORT", "is_negation"]

REFUTE: FrozenSet[str] = frozenset(
    """fake fakes faked fraud fraudulent hoax hoaxes false falsely deny denies denied denial
    denying debunk debunks debunked debunking bogus untrue myth myths fabricated fabrication
    misleading incorrect wrong retract retracts retracted retraction satire satirical parody
    refute refutes refuted rebut rebuts rebutted dismiss dismisses dismissed reject rejects
    rejected baseless unfounded nonsense lie lies lying liar prank pranks doctored photoshopped
    mistaken erroneous disputes disputed contradict contradicts contradicted nope""".split()
)

HEDGE: FrozenSet[str] = frozenset(
    """allegedly alleged reportedly reported apparently claim claims claimed claiming rumor
    rumors rumour rumours rumored rumoured unconfirmed unverified may might could possibly
    possible perhaps suggest suggests suggested appears appear seems seem purportedly
    supposedly purported according sources source believed speculation speculate speculated
    whether likely unclear uncertain suspected suspect if reports report""".split()
)

SUPPORT: FrozenSet[str] = frozenset(
    """confirm confirms confirmed confirming confirmation official officially verified verify
    revealed reveals reveal proves proved proof indeed true truth evidence announced
    announces announce admitted admits admit acknowledged acknowledges authentic genuine
    real actually definitely certainly""".split()
)

NEGATION: FrozenSet[str] = frozenset(
    """not no never none nothing nobody neither nor without cannot hardly barely""".split()
)

REPORT: FrozenSet[str] = frozenset(
    """said says say told tells according statement spokesman spokeswoman spokesperson
    interview added explained""".split()
)


def is_negation(word: str) -> bool:
    """True for a negation word, including contractions such as "didn't"."""
    return word in NEGATION or word.endswith("n't")


# Single words whose presence in a text is a feature of its own, so the
# classifier can weigh them individually (a hoax is not a rumour).
CUE_WORDS = (
    "fake", "hoax", "false", "denied", "denies", "debunked", "satire", "prank", "not",
    "never", "no", "rumor", "rumors", "reportedly", "allegedly", "claims", "claimed",
    "unconfirmed", "confirmed", "however", "despite", "but", "unclear", "according",
    "said", "video", "photo", "fraud", "lie", "true",
)
