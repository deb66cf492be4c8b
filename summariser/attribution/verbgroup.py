"""The verb group before a reporting verb, which belongs to its cue: auxiliaries, adverbs and
catenatives ("has also said", "continues to insist", "went on to say", "was quick to say")."""

from __future__ import annotations

from summariser.attribution.lexicon import (
    ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    words,
)
from summariser.attribution.reading import ly_adverb
from summariser.attribution.segment import Doc
from summariser.attribution.verb_forms import regular_forms

# Catenative verbs that take a reporting verb as their infinitive complement and belong to its
# cue: "continues to insist", "went on to say", "refused to comment", "appeared to suggest".
CATENATIVE_LEMMAS: frozenset[str] = words(
    "continue begin start appear seem try refuse decline want plan hope need decide agree "
    "promise vow threaten intend seek move rush fail dare prepare expect choose go"
)
# After these catenatives the word "on" comes before "to": "went on to say".
CATENATIVE_ON: frozenset[str] = words("go")


def _catenative_forms() -> dict[str, str]:
    """Map every inflected form of a catenative verb to its lemma."""
    irregular = {
        "begin": ("began", "begun", "beginning"),
        "choose": ("chose", "chosen"),
        "seek": ("sought",),
        "go": ("went", "gone"),
    }
    forms: dict[str, str] = {}
    for lemma in sorted(CATENATIVE_LEMMAS):
        third, past, ing = regular_forms(lemma)
        for word in (lemma, third, *irregular.get(lemma, (past,)), ing):
            forms.setdefault(word, lemma)
    return forms


CATENATIVE_FORMS: dict[str, str] = _catenative_forms()

# Adjectives that take a reporting verb as their infinitive after a copula and belong to its
# cue, as catenative verbs do: "was quick to point out", "is careful to say".
_READINESS = words(
    "able unable quick careful eager keen willing unwilling ready reluctant loath hesitant "
    "prepared happy anxious"
)
# Every word the loop of verb_group_start can step over first, but the -ly adverbs.
_GROUP_WORDS = AUXILIARIES | ADVERBS | {"to"}


def verb_group_start(doc: Doc, verb: int, lo: int) -> int:
    """First token of the auxiliaries, adverbs and catenatives before the verb ("has also said",
    "continues to insist", "went on to say")."""
    if verb == lo:
        return verb
    low = doc.lowers[verb - 1]
    if low not in _GROUP_WORDS and not low.endswith("ly"):
        return verb  # the usual case, a bare verb: none of the tests below can pass
    i = verb
    while i - 1 >= lo:
        low = doc.lowers[i - 1]
        if (
            low == "may"
            and i - 1 > lo
            and doc.words[i - 1] == "May"
            and doc.words[verb][0].islower()  # (a title-case headline's "May Sign" is modal)
        ):
            break  # the month, not the modal: "A study published in May found"
        if low in AUXILIARIES or low in ADVERBS or ly_adverb(doc, i - 1):
            i -= 1
            continue
        if low == "to" and i - 2 >= lo:
            before = i - 2
            if doc.lowers[before] == "on" and before - 1 >= lo:
                lemma = CATENATIVE_FORMS.get(doc.lowers[before - 1])
                if lemma in CATENATIVE_ON:
                    i = before - 1
                    continue
            if doc.lowers[before] in CATENATIVE_FORMS and doc.words[before][0].islower():
                i = before
                continue
            if (
                doc.lowers[before] in _READINESS
                and before - 1 >= lo
                and doc.lowers[before - 1] in BE_FORMS
            ):
                i = before  # "was quick to point out", "won't be able to brag about"
                continue
        break
    return i
