"""Noun phrases that open a clause: its subject phrase ("officials warned ..."), and the
antecedent a relative pronoun stands for ("the minister, who ...")."""

from __future__ import annotations

from summariser.attribution.lexicon import CUE_FORMS, words
from summariser.attribution.phrases import is_content_word, np_left
from summariser.attribution.segment import Doc


def relative_antecedent(doc: Doc, pronoun: int, lo: int) -> tuple[int, int] | None:
    """The phrase a relative pronoun at ``pronoun`` stands for ("the minister, who ..."), or
    None."""
    before = pronoun - 1
    if before >= lo and doc.words[before] == ",":
        before -= 1
    if before < lo:
        return None
    start = np_left(doc, before, lo)
    return None if start is None else (start, before)


# Words that may stand right before a clause's subject: it opens the clause after them.
_CLAUSE_JOINS = words("and but so yet while although though because as")
RELATIVE_WORDS = frozenset({"who", "that", "whose"})
# Words that open an adverbial clause: a phrase after one is not the main clause's subject.
SUBORDINATORS = _CLAUSE_JOINS | words(
    "after before when whenever if unless until since once what where how why whether whom"
)


def opens_clause(doc: Doc, first: int, lo: int) -> bool:
    """Whether token ``first`` opens its clause: the sentence's start, or after a comma, a
    conjunction or a subordinator (a phrase found there is the subject of its clause's verb)."""
    return first == lo or doc.words[first - 1] == "," or doc.lowers[first - 1] in SUBORDINATORS


def head_phrase(doc: Doc, last: int, lo: int) -> int | None:
    """Start of a clause-opening noun phrase ending at ``last``, which is a content word."""
    if last < lo or not is_content_word(doc, last):
        return None
    start = np_left(doc, last, lo)
    if start is None or any(
        doc.lowers[k].endswith("ed") and doc.words[k][0].islower() for k in range(start, last)
    ):
        return None  # "This attracted interest from X who ...": a verb, not a phrase
    form = CUE_FORMS.get(doc.lowers[last])
    if form is not None and form[1] in {"past", "ing"}:
        return None  # a verb: "officials warned that ..." ("figures", "reports" are nouns)
    return start if opens_clause(doc, start, lo) else None
