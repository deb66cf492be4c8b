"""A quote whose speaker is left unnamed continues the speaker of the sentence before it.

News style names a speaker once and goes on quoting: '"This is our biggest bet," Raman told
developers. "We think glasses will be the next computer."' The second sentence is Raman's, as
'"The labour market is cooling," he said.' is Lunde's after a sentence whose speaker is Erik
Lunde. A sentence that is all quotation, or whose quotation closes right before "he" or "she"
and its reporting verb, takes the speaker the sentence before it names, when that one names
exactly one (two named before leave "he" open) right beside its verb: a name that ends an aside
before the verb ("Donohoe, who chairs the Eurogroup, said") may be the aside's, not the speaker.
The speaker a sentence took so goes on to the next: a quotation runs over several sentences
('... said Ortiz. "We spent three nights ...," she said. "At first we thought ..."').
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .features import Tok

_PERSONAL = frozenset({"he", "she"})
_QUOTES = frozenset('"“”')
_SAY = "say"  # the verb key of a quotation with no reporting verb

VerbOf = Callable[[tuple[Tok, ...], int, int], "str | None"]


def unnamed_verb(
    text: str, toks: tuple[Tok, ...], start: int, end: int, verb_of: VerbOf
) -> str | None:
    """The reporting verb's key of the sentence text[start:end] (tokens ``toks``) when its
    speaker is "he" or "she" right after the closing quotation mark ('," he said'), or "say"
    when the sentence is all quotation, a statement; else None."""
    for k, t in enumerate(toks[1:], 1):
        if t.norm not in _PERSONAL or _QUOTES.isdisjoint(text[toks[k - 1].end : t.start]):
            continue
        if (verb := verb_of(toks, k, k + 1)) is not None:
            return verb
    # All quotation, closed by a full stop: one closed by "?" or "!" may be a sentence cut off
    # from its own reporting clause ('"... votes?" Trump said').
    said = text[start:end].strip()
    if said[:1] in _QUOTES and said[-1:] in _QUOTES and said[-2:-1] == ".":
        return _SAY if _QUOTES.isdisjoint(said[1:-1]) else None
    return None


def beside_verb(
    text: str, toks: Sequence[Tok], speaker: Sequence[Tok], verbs: frozenset[str]
) -> bool:
    """Whether the speaker's tokens stand in ``toks`` right before or right after a reporting
    verb (one of ``verbs``), with only a space between."""
    if speaker[0] not in toks or speaker[-1] not in toks:
        return False
    i, j = toks.index(speaker[0]), toks.index(speaker[-1]) + 1
    after = j < len(toks) and toks[j].norm in verbs and _spaced(text, toks[j - 1], toks[j])
    before = i > 0 and toks[i - 1].norm in verbs and _spaced(text, toks[i - 1], toks[i])
    return after or before


def _spaced(text: str, a: Tok, b: Tok) -> bool:
    return text[a.end : b.start].isspace()
