"""Stance in news: officials and their level of government, sides of the federal-local dispute.

>>> [(o.name, o.level) for o in find_officials("Gov. Jerry Brown met Denver Police Chief Paul Pazen.")]
[('Jerry Brown', 'state'), ('Paul Pazen', 'local')]
"""

from newsnlp.stance._officials import Official, find_officials

__all__ = ["Official", "find_officials"]
