"""The values a claim's tokens stand for: names, numbers and dates, and when two are one.

A binding test compares the value in a slot of the claim with the value in that slot of the
evidence; this module says what counts as a value and when two values are the same one in
another form ("Britain" for "the UK", "SNP" for "Scottish nationalists", "Georgian" for
"Georgia").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..actors.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME
from .aliases import name_words, numbered
from .features import NUM, WORD, Tok
from .flags import PLACEHOLDER
from .lexicon import MONTHS, NUMBER_WORDS, TITLE_WORDS, WEEKDAYS
from .prepare import PreparedArticle

MAX_OTHER = 1  # tokens besides the value that a replaced stretch may hold (a title, "the")
MIN_PREFIX = 4  # a shorter word is not taken for another form of a name ("Georgia"/"Georgian")

NAME, NUMBER, DATE = "name", "number", "date"
# A country's names and demonyms, as token norms ("u s" for "U.S."), -> the country.
_COUNTRIES = {
    " ".join(w.lower() for w in form.replace(".", " ").split()): country
    for table in (COUNTRY_BY_NAME, COUNTRY_BY_DEMONYM)
    for form, country in table.items()
}
TITLES = TITLE_WORDS | {"mr", "mrs", "ms", "miss", "dr"}


def kind_of(t: Tok, text: str, art: PreparedArticle, cased: bool) -> str | None:
    """What value a token is part of: a name, a number, a date, or none.

    A name is a word the article always capitalises, or (``cased``) one the claim capitalises.
    """
    if t.kind == NUM:
        return NUMBER  # (a year too: whether it is one, both sides' values say)
    if t.kind != WORD:
        return None
    if t.norm in MONTHS or t.norm in WEEKDAYS:
        return DATE
    if t.norm in NUMBER_WORDS:
        return NUMBER
    if t.norm in TITLES or t.norm == PLACEHOLDER:
        return None
    if not t.content:  # "US" is no pronoun
        return NAME if t.end - t.start > 1 and text[t.start : t.end].isupper() else None
    return NAME if (cased and t.cap) or art.is_name(t) else None


def value_of(
    toks: list[Tok] | tuple[Tok, ...], text: str, art: PreparedArticle, cased: bool
) -> tuple[str, list[Tok]] | None:
    """The one kind of value a replaced stretch holds, and its tokens; None when it holds none,
    values of two kinds, or more than MAX_OTHER other tokens (a paraphrase, not a slot)."""
    kinds: set[str] = set()
    value: list[Tok] = []
    other = 0
    for t in toks:
        k = kind_of(t, text, art, cased)
        if k is None:
            other += t.norm not in TITLES
        else:
            kinds.add(k)
            value.append(t)
    if len(kinds) != 1 or other > MAX_OTHER:
        return None
    return kinds.pop(), value


def by_month(toks: list[Tok], i1: int, i2: int) -> bool:
    """Whether the stretch [i1, i2) stands next to a month name."""
    return any(0 <= k < len(toks) and toks[k].norm in MONTHS for k in (i1 - 1, i2))


def _one_word(a: Tok, b: Tok) -> bool:
    """The same word, or one a form of the other ("Georgia", "Georgian")."""
    short, long = sorted((a.norm, b.norm), key=len)
    return a.stem == b.stem or (len(short) >= MIN_PREFIX and long.startswith(short))


def other_heads(mine: Sequence[Tok], theirs: Sequence[Tok]) -> bool:
    """Whether two names of two words or more end differently: an English name's head is its
    last word, so "Unity Boulevard" is not "United States", nor "Manchester United" "Manchester
    City"; they are two names, whatever word they share."""
    return len(mine) > 1 and len(theirs) > 1 and not _one_word(mine[-1], theirs[-1])


def same_value(
    mine: list[Tok], theirs: list[Tok], kind: str, stretches: tuple[list[Tok], ...]
) -> bool:
    """Whether two values are one: a shared word, another form of it, or initials of the other
    stretch's words ("SNP" for "Scottish nationalists")."""
    if kind != NAME:
        return {t.norm for t in mine} == {t.norm for t in theirs}
    country = _COUNTRIES.get(" ".join(t.norm for t in mine))
    if country is not None and country == _COUNTRIES.get(" ".join(t.norm for t in theirs)):
        return True  # "Britain" for "the UK", "American" for "US"
    if not other_heads(mine, theirs) and any(_one_word(a, b) for a in mine for b in theirs):
        return True
    for one, stretch in ((mine, stretches[1]), (theirs, stretches[0])):
        words = [t for t in stretch if t.content]
        if len(one) == 1 and len(words) > 1:
            spelt = numbered(one[0].norm, name_words(stretch))
            if spelt is not None:  # (a numbered name: "WWII" is not "World War I")
                if spelt:
                    return True
                continue
            initials = "".join(t.norm[0] for t in words)
            short, long = sorted((one[0].norm, initials), key=len)
            if len(short) >= 2 and long.startswith(short):
                return True
    return False


def described(toks: list[Tok], i1: int, value: list[Tok]) -> bool:
    """Whether the claim's value is a description ("the Briton" for Hamilton), not a name: a
    determiner of its own, which the evidence does not have in that place."""
    first = toks.index(value[0], i1)
    return len(value) == 1 and first > i1 and toks[first - 1].norm in ("the", "a", "an")
