"""A description before a full name, opening a sentence: "Midfielder Jack Grealish ...".

Headline-style English puts a person's role before the name without an article ("Midfielder
Jack Grealish", "Welshman Gareth Bale"); at the start of a sentence the role word is capitalised
by its place, so the capitalised run reads as one name the article lacks. The role word is no
part of the name when the rest of the run is a name of two or more words that the article
writes in full, and the article lacks the first word in every form: a name's own first word
(a given name before a surname) would leave one word for the rest, and a longer name with a
first word the article never writes ("Sam Jack Grealish") is not how news names a person. The
role word itself is then judged as any other word of the claim's own (a novel word).
"""

from __future__ import annotations

from collections.abc import Sequence

from .aliases import written_in_full
from .english import absent
from .features import Tok
from .prepare import PreparedArticle


def described(run: Sequence[Tok], art: PreparedArticle) -> bool:
    """Whether the run's first word is a description of the full name after it (see the module
    docstring): the article lacks the word, and writes the other words as one name."""
    if len(run) < 3 or not run[0].content:
        return False
    return absent(run[0], art) and written_in_full(run[1:], art)
