"""An event stated as done whose only evidence is a request for it: "FEMA has sent help" where
the governor "had asked the Federal Emergency Management Agency for help"; "Residents left the
valley" where police "urged residents to leave the valley". A request, call or appeal says what
someone wants done, not that it was.

The evidence requests the claim's event when a verb of requesting (asking, urging, calling on,
appealing, demanding, seeking) governs it: as its infinitive ("urged residents to leave"), or,
where the supporting sentences lack the claim's verb altogether, as the thing asked for ("asked
... for help" for "sent help"). A claim whose verb is done (past or perfect, with no modal of its
own) and that requests nothing itself is unverified (`hedge_dropped`) unless a supporting
sentence also gives its verb as done.
"""

from __future__ import annotations

from ..report import FlagCode
from .features import Tok, verb_key
from .flags import P_CONTRADICTION, ClaimView, Finding
from .plans import done_at, verb_places
from .predicates import is_predicate
from .prepare import PreparedArticle
from .support import Support
from .withheld import claim_framed

# Verbs of requesting (VerbNet's "order", "urge" and "inquire" senses of asking), in their verb
# forms only: "demand" and "request" are as often nouns ("weak demand for steel"), "plead" asks
# only "with" someone ("pleaded guilty" asks nothing), and "call", "appeal", "press" request
# only with their particle ("called on", "appealed for", "pressed for").
_REQUEST = frozenset(
    {
        *("ask", "asks", "asked", "asking", "requested", "requesting"),
        *("urge", "urges", "urged", "urging", "demanded", "demanding"),
        *("seek", "seeks", "sought", "seeking", "beg", "begs", "begged", "begging"),
        *("implore", "implores", "implored", "imploring"),
    }
)
_PARTICLED = {
    **dict.fromkeys(("call", "calls", "called", "calling"), ("on", "for", "upon")),
    **dict.fromkeys(("appeal", "appeals", "appealed", "appealing"), ("to", "for")),
    **dict.fromkeys(("press", "pressed", "pressing"), ("for",)),
    **dict.fromkeys(("plead", "pleads", "pleaded", "pled", "pleading"), ("with",)),
}
_REQUEST_WORDS = _REQUEST.union(_PARTICLED)  # a sentence without one requests nothing
REACH = 10  # tokens from a request to the verb or the "for" it governs ("asked the ... Agency for")
FOR_REACH = 3  # tokens from that "for" to the head of the thing asked for ("for federal help")
_CLAUSE_END = ",;:"


def _request_at(toks: tuple[Tok, ...] | list[Tok], k: int) -> bool:
    n = toks[k].norm
    if n in _REQUEST:
        return True
    particles = _PARTICLED.get(n)
    return particles is not None and k + 1 < len(toks) and toks[k + 1].norm in particles


def _requests(art: PreparedArticle, key: tuple[str, int]) -> tuple[tuple[int, int], ...]:
    """Each request of sentence ``key[1]``: its verb's place and the end of its reach (read
    once an article)."""
    sent = art.sentences[key[1]]
    if _REQUEST_WORDS.isdisjoint(sent.norms):
        return ()
    toks = sent.toks
    out = []
    for k in range(len(toks)):
        if _request_at(toks, k):
            end = k + 1
            while end < min(len(toks), k + 1 + REACH) and not any(
                c in art.text[toks[end - 1].end : toks[end].start] for c in _CLAUSE_END
            ):
                end += 1
            out.append((k, end))
    return tuple(out)


def _asked(toks: tuple[Tok, ...] | list[Tok], k: int, end: int, key: str) -> bool:
    """Whether the request at ``k`` asks for the verb ``key`` as its infinitive."""
    return any(verb_key(toks[m]) == key and toks[m - 1].norm == "to" for m in range(k + 2, end))


def requested_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """The claim's first done verb that its evidence only requests."""
    toks = view.toks
    asking = [(s, r) for s in sup.sids for r in art.derived(("requests", s), _requests)]
    if not asking or claim_framed(toks) or any(_request_at(toks, k) for k in range(len(toks))):
        return []  # (no supporting sentence requests anything: most claims)
    for c, t in enumerate(toks):
        if not t.content or t.cap or not is_predicate(t.norm) or not done_at(toks, c):
            continue
        key = verb_key(t)
        places = verb_places(art, sup.sids, key)
        for s, (k, end) in asking:
            ev = art.sentences[s].toks
            if places:
                requested = all(
                    s2 == s and k < m < end and ev[m - 1].norm == "to" for s2, m in places
                )
                if not (requested and _asked(ev, k, end, key)):
                    continue
            else:
                # The thing asked for: the claim's first word after its verb, just after the
                # request's "for" ("asked FEMA for help" for "sent help").
                wanted = next((x.stem for x in toks[c + 1 :] if x.content), None)
                fors = [m for m in range(k + 1, end) if ev[m].norm == "for"]
                if wanted is None or not fors:
                    continue
                if wanted not in {x.stem for x in ev[fors[0] + 1 : fors[0] + 1 + FOR_REACH]}:
                    continue
            said = art.text[ev[k].start : ev[end - 1].end]
            msg = (
                f"The claim says {view.text[t.start : t.end]!r} happened; its evidence only "
                f"asks for it: {said!r}."
            )
            return [Finding(FlagCode.HEDGE_DROPPED, msg, t.start, t.end, P_CONTRADICTION)]
    return []
