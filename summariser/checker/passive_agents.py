"""The agent of a passive verb: the subject of the same verb in the active voice.

"Three judges, led by Lady Justice Harriet Okafor, dismissed the appeal" says who led as surely
as "Okafor led the judges", and "the tanker was struck on its port side by the Marina Express"
who struck: the name after "by" is the active verb's subject. The subject test (subjects.py)
reads it there, so a claim that makes another party of the story the active subject ("Rao led
the panel", "The tanker struck the Marina Express") meets the party the article names.

Only a name is read (capitalised words after "by", an article and a description of two words
allowed before them: "by the trawler Morning Gull"): "by a team of divers" and "by police" say
who without naming anyone, "by 50 basis points" and "by email" say how much or how, and "by
Thursday" says when.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import WORD, Tok
from .lexicon import ARTICLES, AUXILIARIES, BE_FORMS, CALENDAR, CLAUSE_OPENERS

MAX_DESCRIPTION = 2  # lower-case words describing the name after "by" ("fast bowler")
MAX_ADJUNCT = 4  # tokens between the verb and "by" ("struck on its port side by")
_BREAKS = frozenset(",;:()\u2014\u2013")
# Words inside a name that join its capitalised words ("Perth and Kinross Council").
_JOINERS = frozenset({"of", "and", "&"})


def _passive(ev: Sequence[Tok], b: int, text: str) -> bool:
    """Whether the verb at ``b`` is a passive participle: after a form of "be" (adverbs and
    other auxiliaries between), or opening a reduced relative after a comma or a common noun
    ("Three judges, led by", "a chip designed by"), not a finite verb after a name ("Smith
    stood by Jones")."""
    k = b - 1
    while k >= 0 and (ev[k].norm in AUXILIARIES or ev[k].norm.endswith("ly")):
        if ev[k].norm in BE_FORMS:
            return True
        k -= 1
    if b == 0:
        return False
    if not _BREAKS.isdisjoint(text[ev[b - 1].end : ev[b].start]):
        return True
    before = ev[b - 1]
    return before.content and not before.cap


def name_after(ev: Sequence[Tok], a: int, text: str) -> tuple[int, int] | None:
    """The token range of the name starting at ``a`` (after an article), or None: capitalised
    content words joined by spaces, "of" or "and" between two of them ("Perth and Kinross
    Council"), no day or month ("by Thursday"), and not the modifier of a common noun."""
    a += a < len(ev) and ev[a].norm in ARTICLES
    # (a description of one or two words before the name: "by the trawler Morning Gull")
    for k in range(a, min(a + MAX_DESCRIPTION, len(ev) - 1)):
        if not (ev[k].content and not ev[k].cap) or ev[k].kind != WORD:
            break
        if ev[k + 1].cap and ev[k + 1].content and text[ev[k].end : ev[k + 1].start] == " ":
            a = k + 1
            break
    end = a
    while end < len(ev):
        t = ev[end]
        if end > a and not _BREAKS.isdisjoint(text[ev[end - 1].end : t.start]):
            break
        named = t.cap and t.content and t.norm not in CALENDAR
        joins = end > a and t.norm in _JOINERS and end + 1 < len(ev) and ev[end + 1].cap
        if not (named or joins):
            break
        end += 1
    while end > a and ev[end - 1].norm in _JOINERS:
        end -= 1
    if end == a:
        return None
    after = ev[end] if end < len(ev) else None
    if after is not None and after.content and not after.cap:
        # (the name modifies a noun: "by Reds boss Brendan Rodgers")
        return None if _BREAKS.isdisjoint(text[ev[end - 1].end : after.start]) else (a, end)
    return a, end


def by_agent(ev: Sequence[Tok], b: int, text: str) -> tuple[int, int] | None:
    """The token range of the name after "by" that is the agent of the passive verb at ``b``
    (within MAX_ADJUNCT tokens of it, in the same phrase), or None."""
    if not _passive(ev, b, text):
        return None
    for k in range(b + 1, min(len(ev), b + 2 + MAX_ADJUNCT)):
        if not _BREAKS.isdisjoint(text[ev[k - 1].end : ev[k].start]):
            return None  # (a comma closes the verb's phrase: "led, by all accounts,")
        if ev[k].norm == "by":
            return name_after(ev, k + 1, text)
        if ev[k].norm in CLAUSE_OPENERS:
            return None  # ("was arrested and later charged by": the other verb's agent)
    return None


def agent_names(
    toks: Sequence[Tok], names: list[tuple[int, int]], text: str
) -> list[tuple[int, int, int]]:
    """The names [i, j) of a claim that are the agent after "by" of a passive verb ``v``, as
    (i, j, v): "The study was funded by the Karolinska Institute" says who funded it."""
    out: list[tuple[int, int, int]] = []
    if not names or all(t.norm != "by" for t in toks):
        return out  # (most claims: no agent to read)
    starts = {i for i, _ in names}
    for v in range(1, len(toks)):
        t = toks[v]
        if t.cap or not t.content or t.kind != WORD:
            continue
        agent = by_agent(toks, v, text)
        if agent is not None and agent[0] in starts:
            out.append((*agent, v))
    return out
