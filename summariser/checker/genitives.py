"""A noun's modifier on either side of it: "permission from Surrey" is "Surrey permission".

English names what a noun belongs to or comes from either before it (a genitive or a noun used
as a modifier: "Surrey's permission", "Surrey permission", "the petrol price") or after it, with
"of" or "from" ("permission from Surrey", "the price of petrol"). A claim that retells the one
as the other has the article's pair of words in the reverse order, which the pair test (the
article's adjacent content words in the claim's order) missed. The pair is credited when the
claim's evidence writes the modifier right before the noun: the evidence, not any sentence of
the article, since a pair found far from what the claim retells is no retelling of it. Only
nouns and names are read so: a verb's or an adjective's complement after "of" or "from" ("died
of poisoning", "free from debt") is no such modifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .features import Tok
from .predicates import is_predicate
from .prepare import PreparedArticle

PREPOSITIONS = frozenset({"of", "from"})


def reversed_modifiers(
    toks: Sequence[Tok], art: PreparedArticle, sids: Sequence[int]
) -> set[tuple[str, str]]:
    """The claim's pairs (noun, modifier) joined by "of" or "from" that the article lacks in
    that order but its sentences ``sids`` (the claim's evidence) have as modifier and noun
    (see the module docstring)."""
    out: set[tuple[str, str]] = set()
    for k in range(1, len(toks) - 1):
        if toks[k].norm not in PREPOSITIONS:
            continue
        head, mod = toks[k - 1], toks[k + 1]
        if not (head.content and mod.content) or is_predicate(head.norm) or is_predicate(mod.norm):
            continue
        # (the evidence asked first: most claims' pairs are not there reversed)
        if any(_modifies(art, sid, mod.stem, head.stem) for sid in sids):
            pair = (head.stem, mod.stem)
            if not art.bigram_hits({pair}):
                out.add(pair)
    return out


def _modifies(art: PreparedArticle, sid: int, mod: str, head: str) -> bool:
    """Whether ``mod`` stands right before ``head`` among the content words of sentence ``sid``
    (a genitive's "'s" is no token: "Surrey's permission")."""
    sent = art.sentences[sid]
    if mod not in sent.stems or head not in sent.stems:
        return False
    seq = [t.stem for t in sent.toks if t.content]
    return (mod, head) in pairwise(seq)
