"""People and organisations in news: descriptors, titles and levels of government.

``parse_descriptor`` reads "Republican Albuquerque Mayor Richard Berry" into
name, title, place, party and level; ``find_people`` finds such mentions in
running text; ``level_of`` answers "federal, state or local?" for a title or
organisation. Pure Python; the gazetteers are package data loaded on first use.

>>> parse_descriptor("California Attorney General Xavier Becerra").level
'state'
"""

from newsnlp.people._descriptor import level_of, parse_descriptor
from newsnlp.people._find import find_people
from newsnlp.people._types import LEVELS, Descriptor, Person

__all__ = ["LEVELS", "Descriptor", "Person", "find_people", "level_of", "parse_descriptor"]
