"""A sentence's capitalised first word before a name: part of the name, or not.

At the start of a sentence every word is capitalised by its place, so a capitalised run there
may hold a word that is no part of the name:
- a word the article writes in lower case ("Two Atlanta Hawks");
- a description in headline style, a role before a full name without an article ("Midfielder
  Jack Grealish", "Welshman Gareth Bale"). The role word is no part of the name when the rest
  of the run is a name of two or more words that the article writes in full, and the article
  lacks the first word in every form. A given name before a surname leaves one word for the
  rest, so "Jordan Grealish" stays one name (another person than the article's Jack Grealish).
  The role word is then judged as any other word of the claim's own (a novel word).
A given name the article writes only where a sentence opens ("Alec Stewart has expressed ...")
is no name word of the article, since the article never shows it mid-sentence; it is still part
of the name when the article writes the claim's whole run as one and never writes the word in
lower case.
"""

from __future__ import annotations

from collections.abc import Sequence

from .aliases import written_in_full
from .english import absent
from .features import Tok
from .prepare import PreparedArticle


def name_start(run: Sequence[Tok], art: PreparedArticle) -> int:
    """Where the name starts in a capitalised run of two or more words opening a sentence: 0,
    or 1 when the first word's capital is the sentence's (see the module docstring)."""
    first = run[0]
    # (The article is cased when it has name words, as the run's other words then are.)
    if art.holds(first) and not art.is_name(first):
        if _written_as_one(run, art):
            return 0
        return int(any(art.is_name(t) for t in run[1:]))
    return int(_described(run, art))


def _described(run: Sequence[Tok], art: PreparedArticle) -> bool:
    """Whether the run's first word is a description of the full name after it: the article
    lacks the word, and writes the other words as one name."""
    if len(run) < 3 or not run[0].content:
        return False
    return absent(run[0], art) and written_in_full(run[1:], art)


def _written_as_one(run: Sequence[Tok], art: PreparedArticle) -> bool:
    """Whether the article writes the whole run as one name, its first word never in lower
    case."""
    first = run[0]
    if not written_in_full(run, art):
        return False
    for sid in art.index.get(first.stem, ()):
        if any(t.norm == first.norm and not t.cap for t in art.sentences[sid].toks):
            return False
    return True
