"""A unit of measure written short or in full: "the 4km ride" for "the four kilometres".

News writes a unit after its number either way ("400km", "400 kilometres", "70mph", "70 miles
per hour"), and a headline or a bullet shortens what the article spells out. The symbol and the
name are one word, so a claim's unit is the article's when the evidence has it in the other
form. Only a word right after a number reads as a unit: "SEC", "Min" and "ha" are other words
elsewhere. The units are the everyday ones of the SI and of the imperial and US customary
systems that news reports measure with, and the short forms of units of time.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import NUM, Tok, stem
from .lexicon import NUMBER_WORDS

# Each row: the forms of one unit (a symbol, a name; a name of several words is read whole).
_UNITS: tuple[tuple[str, ...], ...] = (
    ("km", "kms", "kilometre", "kilometer"),
    ("kg", "kgs", "kilogram", "kilogramme"),
    ("cm", "centimetre", "centimeter"),
    ("mm", "millimetre", "millimeter"),
    ("mg", "milligram", "milligramme"),
    ("ml", "millilitre", "milliliter"),
    ("lb", "lbs", "pound"),
    ("oz", "ounce"),
    ("ft", "foot", "feet"),
    ("yd", "yds", "yard"),
    ("mi", "mile"),
    ("ha", "hectare"),
    ("mph", "miles per hour"),
    ("kph", "kilometres per hour", "kilometers per hour"),
    ("hr", "hrs", "hour"),
    ("min", "mins", "minute"),
    ("sec", "secs", "second"),
    ("yr", "yrs", "year"),
)


def _forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The stem of each one-word form -> the stems of every form of its unit (a form of several
    words as the run of its stems)."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for row in _UNITS:
        forms = tuple(tuple(stem(w) for w in form.split()) for form in row)
        for form in row:
            if " " not in form:
                out[stem(form)] = forms
    return out


UNIT_FORMS = _forms()
UNIT_STEMS = frozenset(UNIT_FORMS)


def after_number(toks: Sequence[Tok], k: int) -> bool:
    """Whether the word at ``k`` stands right after a number ("4km", "four kilometres")."""
    if k == 0:
        return False
    before = toks[k - 1]
    return before.kind == NUM or before.norm in NUMBER_WORDS


def unit_given(toks: Sequence[Tok], k: int, evidence: Sequence[Sequence[Tok]]) -> bool:
    """Whether the unit at ``k`` (after a number) is in a sentence of ``evidence`` in another of
    its forms (a form of several words as a run: "miles per hour")."""
    forms = UNIT_FORMS.get(toks[k].stem)
    if forms is None or not after_number(toks, k):
        return False
    for sent in evidence:
        stems = [t.stem for t in sent]
        for form in forms:
            n = len(form)
            if any(tuple(stems[a : a + n]) == form for a in range(len(stems) - n + 1)):
                return True
    return False
