"""Which words of an article are names: those it capitalises mid-sentence and never writes in
lower case (how a lowercased claim's names are recognised against a cased article).

Computed from the article's token columns with C-level selections only; ``capitalised`` is the
cheap superset that rules most words out before a per-word test.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import compress
from operator import and_, gt

from .features import Columns
from .lexicon import CALENDAR


def capitalised(norms: Iterable[str], caps: Iterable[bool]) -> frozenset[str]:
    """The words written with a capital somewhere (every name word is one of them)."""
    return frozenset(compress(norms, caps))


def name_words(
    cols: Columns, bounds: list[tuple[int, int]], inside: list[bool] | None
) -> frozenset[str]:
    """Words the article capitalises mid-sentence and never writes in lower case: names.

    This lets a lowercased claim's names be recognised against a cased article. (Calendar
    words are never names.)
    """
    if inside is not None:
        return _name_words_inside(cols, bounds, inside)
    # With C-level selections only (a content word's stem is a non-empty string, else None):
    # capitalised content words not sentence-initial, and how often each content word is
    # written at all and capitalised; a word never in lower case has the two counts equal.
    content = cols.content_stems
    caps_mid = list(cols.caps)
    for lo, hi in bounds:
        if hi > lo:
            caps_mid[lo] = False
    mid = set(compress(compress(cols.norms, caps_mid), compress(content, caps_mid))) - CALENDAR
    if not mid:
        return frozenset()
    written = Counter(compress(cols.norms, content))
    capitalised = Counter(compress(compress(cols.norms, cols.caps), compress(content, cols.caps)))
    return frozenset(w for w in mid if written[w] == capitalised[w])


def _name_words_inside(
    cols: Columns, bounds: list[tuple[int, int]], inside: list[bool]
) -> frozenset[str]:
    """``name_words`` counting only the tokens ``inside`` sentences."""
    # Content words not capitalised (True > False), and capitalised ones not sentence-initial.
    lower_at = map(and_, inside, map(gt, cols.contents, cols.caps))
    mid = list(map(and_, inside, map(and_, cols.contents, cols.caps)))
    for lo, hi in bounds:
        if hi > lo:
            mid[lo] = False
    lower = set(compress(cols.norms, lower_at))
    return frozenset(set(compress(cols.norms, mid)) - lower - CALENDAR)
