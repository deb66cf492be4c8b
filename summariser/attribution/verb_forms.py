"""How an English verb inflects: its third person, past and -ing forms, regular or not, and
their British spellings (for the reporting verbs of lexicon.py)."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word-list literal."""
    return frozenset(text.split())


# Irregular forms: lemma -> (past, past participle).
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "think": ("thought",),
    "feel": ("felt",),
    "know": ("knew", "known"),
    "find": ("found",),
    "show": ("showed", "shown"),
    "seek": ("sought",),
    "swear": ("swore", "sworn"),
    "prove": ("proved", "proven"),
    "understand": ("understood",),
    "forecast": ("forecast",),
    "sing": ("sang", "sung"),
    "read": ("read",),
    "speak": ("spoke", "spoken"),
    "foretell": ("foretold",),
    "forbid": ("forbade", "forbidden"),
    "foresee": ("foresaw", "foreseen"),
    "uphold": ("upheld",),
    "hold": ("held",),
    "make": ("made",),
    "cast": ("cast",),
    "leave": ("left",),
    "put": ("put",),
    "hit": ("hit",),
    "spell": ("spelled", "spelt"),
    "draw": ("drew", "drawn"),
    "take": ("took", "taken"),
    "strike": ("struck",),
}
# Final consonant doubled before -ed/-ing (and -es: "quizzes").
_DOUBLING = words(
    "admit commit regret plan prefer refer quip rebut compel spar abhor aver sum put hit beg "
    "brag concur dub extol quiz slam infer forbid shrug stop"
)


def regular_forms(lemma: str) -> tuple[str, str, str]:
    """Third person singular, past and -ing forms of a regular verb."""
    stem = lemma + lemma[-1] if lemma in _DOUBLING else lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = stem + "es"  # "quizzes"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past = lemma[:-1] + "ied"
    else:
        past = stem + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        ing = lemma[:-1] + "ing"
    else:
        ing = stem + "ing"
    return third, past, ing


def british(lemma: str) -> tuple[tuple[str, str], ...]:
    """British forms: a final l doubled after one vowel ("signalled", "labelling") and -ise
    for -ize ("theorised", "demonises")."""
    if len(lemma) > 3 and lemma[-1] == "l" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        return ((lemma + "led", "past"), (lemma + "ling", "ing"))
    if lemma.endswith("ize"):
        ise = lemma[:-3] + "ise"
        third, past, ing = regular_forms(ise)
        return ((ise, "base"), (third, "third"), (past, "past"), (ing, "ing"))
    return ()
