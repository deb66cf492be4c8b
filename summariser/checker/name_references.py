"""A name the supporting sentence gives by a reference: "She was appointed ... and won the Royal
Society's Darwin Medal in 2015" after "Ellery was often at odds with the Queensland government
... She refused to withdraw her findings"; "Her manager, Tom Reyes, said the singer would rest"
after "Singer Maya Lindqvist has cancelled ...".

News names a person once and then refers back: by a gendered pronoun opening the sentence, or
by "the" and the noun it put before or after the name ("Singer Maya Lindqvist", "Lindqvist, the
singer,"). A claim that puts the name in the reference's place ("Ellery won the Darwin Medal in
2015") says what the sentence says when the sentences before give that name, and no other, as
what the reference stands for. An opening "She" stands for the name that opens the nearest
sentence before it not itself opened by "She" (the run's topic: "Ellery was often at odds ...",
not "Professor Terry Hughes worked with her"); "the singer" for the one name the sentences
before give with that noun ("the singer" after two singers is either); a body's noun none of
them gives with a name ("Shares of the company fell 6%") for the story's own body, the name
whose verb opens its first sentence ("NEW YORK, Oct 24 (Reuters) - Alphabet reported"). A
sentence holding part of the name ("Del Bosque" for "Vicente del Bosque") names it itself: the
rest of the name is for the name test, not for a reference.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..actors.datelines import dateline_end
from ..actors.lexicon import ENTITY_NOUNS
from .features import Tok
from .lexicon import REPORTING_VERBS, TITLE_WORDS
from .prepare import PreparedArticle
from .pronoun_chains import FORMS

_QUOTES = '"\u201c\u201d'


def referred(
    art: PreparedArticle, sids: Sequence[int], forms: Sequence[frozenset[str]], words: Sequence[Tok]
) -> bool:
    """Whether a sentence of ``sids`` holding no word of the claim's name (its tokens ``words``;
    ``forms``: the stems the article has for each of its content words) refers to the name by an
    opening gendered pronoun or by "the" and a noun the article gives the name with."""
    name = frozenset().union(*forms)
    whole = frozenset(t.stem for t in words if t.content)
    for sid in sids:
        if not whole.isdisjoint(art.sentences[sid].stems):
            continue
        toks = art.sentences[sid].toks
        if toks and toks[0].norm in FORMS and _same(_topic(art, sid, toks[0].norm), name):
            return True
        for k, t in enumerate(toks):
            if t.norm == "the" and _described(art, sid, toks, k + 1, name):
                return True
    return False


def _same(found: frozenset[str], name: frozenset[str]) -> bool:
    """Whether a name read off the article is the claim's name in some form."""
    return bool(found) and (name <= found or found <= name)


def _topic(art: PreparedArticle, sid: int, pronoun: str) -> frozenset[str]:
    """The name opening the nearest sentence before ``sid`` that the same pronoun (or a quotation
    of the person's own words) does not open; empty when a sentence opens otherwise."""
    for k in range(sid - 1, -1, -1):
        toks = art.sentences[k].toks
        if not toks:
            return frozenset()
        if toks[0].norm == pronoun or _quoted(art.text, toks):
            continue
        return _opening_name(toks, art.text)
    return frozenset()


def _opening_name(toks: Sequence[Tok], text: str) -> frozenset[str]:
    """The stems of the capitalised run that opens the sentence, or follows its opening phrase's
    comma ("Born in Liverpool in 1940, Ellery emigrated"), past any title."""
    starts = [0] + [k for k in range(1, len(toks)) if "," in text[toks[k - 1].end : toks[k].start]]
    for s in starts[:2]:
        j = s
        while j < len(toks) and toks[j].cap and toks[j].content:
            j += 1
        run = frozenset(t.stem for t in toks[s:j] if t.norm.rstrip(".") not in TITLE_WORDS)
        if run and not (j < len(toks) and text.startswith(("'s", "\u2019s"), toks[j - 1].end)):
            return run
    return frozenset()


def _quoted(text: str, toks: Sequence[Tok]) -> bool:
    """Whether the sentence stands wholly within quotation marks (the person's own words)."""
    before = text[max(0, toks[0].start - 3) : toks[0].start].strip()
    after = text[toks[-1].end : toks[-1].end + 3].lstrip(".!?,")
    return before[-1:] in _QUOTES and after[:1] in _QUOTES


def _described(
    art: PreparedArticle, sid: int, toks: Sequence[Tok], k: int, name: frozenset[str]
) -> bool:
    """Whether ``toks[k]``, after "the", is a noun that the sentences before ``sid`` give the
    name with, and give no other name with."""
    if k >= len(toks) or not toks[k].content or toks[k].cap:
        return False
    if k + 1 < len(toks) and toks[k + 1].cap:
        return False  # ("the singer Jade Carter": a title of the name after it)
    owners: set[frozenset[str]] = set()
    for s in range(sid):
        owners |= _described_names(art.sentences[s].toks, art.text, toks[k].stem)
    if not owners and toks[k].norm in ENTITY_NOUNS and sid > 0:
        owners = {_lead_subject(art)}  # ("the company": the story's company, its lead's subject)
    return bool(owners) and all(_same(o, name) for o in owners)


def _lead_subject(art: PreparedArticle) -> frozenset[str]:
    """The name whose verb opens the article's first sentence after its dateline ("NEW YORK,
    Oct 24 (Reuters) - Alphabet reported ..."): a run of capitalised words right before a past
    tense or a reporting verb."""
    toks = art.sentences[0].toks if art.sentences else ()
    end, lo = dateline_end(art.text), 0
    while lo < len(toks) and toks[lo].start < end:
        lo += 1
    k = lo
    while k < len(toks) and toks[k].cap:
        k += 1
    if k == lo or k >= len(toks):
        return frozenset()
    verb = toks[k].norm
    if verb in REPORTING_VERBS or verb.endswith("ed"):
        return frozenset(t.stem for t in toks[lo:k] if t.content)
    return frozenset()


def _described_names(toks: Sequence[Tok], text: str, noun: str) -> set[frozenset[str]]:
    """The names (stems of a run of capitalised words) that ``noun`` stands right before
    ("Singer Maya Lindqvist") or after, in a comma's apposition ("Lindqvist, the singer,")."""
    out: set[frozenset[str]] = set()
    for k, t in enumerate(toks):
        if t.stem != noun:
            continue
        j = k + 1
        while j < len(toks) and toks[j].cap and toks[j].content:
            j += 1
        if j > k + 1:
            out.add(frozenset(x.stem for x in toks[k + 1 : j]))
        if k > 1 and toks[k - 1].norm == "the" and "," in text[toks[k - 2].end : toks[k - 1].start]:
            i = k - 2
            while i > 0 and toks[i - 1].cap and toks[i - 1].content:
                i -= 1
            if toks[k - 2].cap:
                out.add(frozenset(x.stem for x in toks[i : k - 1]))
    return out
