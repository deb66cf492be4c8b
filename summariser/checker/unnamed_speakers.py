"""Words the article gives to someone it leaves unnamed are not a named person's: "Lisa Moran
said safety was Veltra's first priority" where the article has "A Veltra spokesperson said ...
'Safety is our first priority,' he said."

News leaves a speaker unnamed on purpose ("a spokesperson", "an official", "a person familiar
with the matter"): an indefinite description is someone the reader is not told. A claim that
gives those words to a person of the article names who the article does not, unless the
article describes that person by the same noun ("Veltra spokesperson Lisa Moran"). The words
are found in the sentence holding most of what the claim reports: said by the description
right before its verb, or a quotation going on ('"...," he said') from a sentence whose speaker
is one.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..actors.lexicon import PERSON_NOUNS
from ..report import FlagCode
from .features import Tok, stem
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import REPORTING_VERBS
from .nearby import written_near
from .prepare import PreparedArticle
from .support import Support
from .values import TITLE_WORDS

_INDEFINITE = frozenset({"a", "an"})
_PERSONS = frozenset(stem(w) for w in PERSON_NOUNS | TITLE_WORDS)
_PRONOUNS = frozenset({"he", "she"})
_QUOTES = frozenset('"“”')
MAX_DESCRIPTION = 8  # words from "a" to the verb ("an official at the transport ministry said")
_NEAR = 4  # words around a person's name within which the article describes them


def _unnamed_before(toks: Sequence[Tok], v: int, text: str) -> Tok | None:
    """The person's noun of an indefinite description right before the reporting verb at
    ``v`` ("A Veltra spokesperson said", "an official at the ministry said"), or None."""
    for a in range(v - 2, max(-1, v - 2 - MAX_DESCRIPTION), -1):
        if text[toks[a].end : toks[a + 1].start].strip():
            return None  # (one phrase: no comma or quotation mark inside)
        if toks[a].norm in _INDEFINITE:
            return next((t for t in toks[a + 1 : v] if _person(t)), None)
    return None


def _person(t: Tok) -> bool:
    return not t.cap and t.stem in _PERSONS and not t.norm.endswith("s")


def _unnamed_speaker(art: PreparedArticle, sid: int, verb: str) -> Tok | None:
    """The noun of the unnamed speaker sentence ``sid`` gives its words to: before the verb
    itself, or, for a quotation going on ('"...," he said'), in the sentence before."""
    toks = art.sentences[sid].toks
    for v, t in enumerate(toks):
        if t.norm == verb and (noun := _unnamed_before(toks, v, art.text)) is not None:
            return noun
    if sid == 0 or not _goes_on(art, toks):
        return None
    prior = art.sentences[sid - 1].toks
    return next(
        (
            n
            for v, t in enumerate(prior)
            if t.norm in REPORTING_VERBS
            if (n := _unnamed_before(prior, v, art.text))
        ),
        None,
    )


def _goes_on(art: PreparedArticle, toks: Sequence[Tok]) -> bool:
    """Whether the sentence is a quotation whose speaker is "he" or "she" right after its
    closing quotation mark ('," he said')."""
    return any(
        toks[k].norm in _PRONOUNS
        and toks[k + 1].norm in REPORTING_VERBS
        and not _QUOTES.isdisjoint(art.text[toks[k - 1].end : toks[k].start])
        for k in range(1, len(toks) - 1)
    )


def unnamed_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A doubt when the claim gives words the article gives to someone unnamed to a person."""
    toks = view.toks
    for v, t in enumerate(toks):
        if t.norm not in REPORTING_VERBS or v == 0 or not toks[v - 1].cap:
            continue
        i = v
        while i > 0 and toks[i - 1].cap:
            i -= 1
        name = toks[v - 1]
        said = {x.stem for x in toks[v + 1 :] if x.content}
        if not art.is_name(name) or not said or not sup.sids:
            continue
        sid = max(sup.sids, key=lambda k: (len(said & art.sentences[k].stems), -k))
        if 2 * len(said & art.sentences[sid].stems) <= len(said):
            continue
        if name.stem in art.sentences[sid].stems:
            continue
        noun = _unnamed_speaker(art, sid, t.norm)
        if noun is None or written_near(art, name.stem, noun.stem, reach=_NEAR):
            continue
        start, end = toks[i].start, toks[v - 1].end
        msg = (
            f"The claim gives the words to {view.text[start:end]!r}; the article gives them to "
            f"an unnamed {art.text[noun.start : noun.end]!r} and does not say who."
        )
        return [Finding(FlagCode.ENTITY_MISSING, msg, start, end, P_CONTRADICTION)]
    return []
