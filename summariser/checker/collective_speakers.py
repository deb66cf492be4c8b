"""Words a group said are not a named person's: "Mick Lynch said the government was
disappointed" where the article has "The government said it was disappointed", "Claire Morgan
described Haddad as 'the kindest soul'" for "her family described her as 'the kindest soul'".

The speaker test (speakers.py) sets a claim's speaker against the name the article gives
beside the same verb; a group written as a description ("the government", "her family", "the
authors") is no name, so it settles nothing there. But a group is not one of its members: the
article that gives the words to the group does not say which person spoke them. Here the
sentence holding most of what the claim reports gives them to a group right before the same
verb, and the claim to a person of the article: unless the article describes that person by the
group's noun ("lead author Hannah Coates", "government spokesman"), the claim misattributes
them. A person's noun in the singular ("the minister said") may be the claim's person, and is
left alone.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..actors.lexicon import PERSON_NOUNS
from ..report import FlagCode
from .features import Tok, stem
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import PREPOSITIONS, REPORTING_VERBS
from .nearby import written_near
from .prepare import PreparedArticle
from .support import Support
from .values import TITLE_WORDS

logger = logging.getLogger(__name__)

# Verbs that give words or a description to a speaker ("said", "described her as").
_VERBS = REPORTING_VERBS | frozenset({"described", "describes", "called", "calls"})
_GROUP_OPENERS = frozenset({"the", "her", "his", "their", "its"})
_PERSONS = frozenset(stem(w) for w in PERSON_NOUNS | TITLE_WORDS)
_NEAR = 4  # words around a person's name within which the article describes them


def _group_before(toks: Sequence[Tok], v: int, text: str) -> Tok | None:
    """The group noun right before the verb ``toks[v]`` opening its clause ("The government
    said", "her family described"), or None; a person's noun in the singular is no group, nor
    the last word of an aside ("X, whose party had tried to block the vote, said")."""
    if v < 2 or toks[v - 2].norm not in _GROUP_OPENERS:
        return None
    if text[toks[v - 1].end : toks[v].start].strip():
        return None
    if v > 2 and toks[v - 3].norm in PREPOSITIONS:
        return None  # (a preposition's object: "a person familiar with the matter told")
    noun = toks[v - 1]
    if (noun.cap and v - 1 > 0) or not noun.content:
        return None
    if noun.stem in _PERSONS and not noun.norm.endswith("s"):
        return None
    return noun


def _speaker(toks: Sequence[Tok], v: int) -> tuple[int, int] | None:
    """The claim's named speaker right before the verb ``toks[v]``: its run of capitalised
    words."""
    i = v
    while i > 0 and toks[i - 1].cap:
        i -= 1
    return (i, v) if i < v else None


def collective_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A contradiction when the claim gives a group's words to a person of the article."""
    toks = view.toks
    for v, t in enumerate(toks):
        if t.norm not in _VERBS:
            continue
        found = _speaker(toks, v)
        if found is None:
            continue
        i, j = found
        name = toks[j - 1]  # (a surname closes the run: "Det Ch Insp Claire Morgan")
        if not art.is_name(name):
            continue  # (a description, "The mayor said", may be the group's member)
        said = {x.stem for x in toks[j + 1 :] if x.content}
        if not said or not sup.sids:
            continue
        sid = max(sup.sids, key=lambda k: (len(said & art.sentences[k].stems), -k))
        ev = art.sentences[sid].toks
        if 2 * len(said & art.sentences[sid].stems) <= len(said) or name.stem in {
            e.stem for e in ev
        }:
            continue
        verbs = [w for w, e in enumerate(ev) if e.norm == t.norm]
        groups = [g for w in verbs if (g := _group_before(ev, w, art.text))]
        # (a person the article describes by the group's noun is one of it: "lead author X")
        if not groups or written_near(art, name.stem, groups[0].stem, reach=_NEAR):
            continue
        start, end = toks[i].start, toks[j - 1].end
        group = art.text[groups[0].start : groups[0].end]
        msg = (
            f"The claim gives the words to {view.text[start:end]!r}; the article gives them to "
            f"a group, {group!r}, not to a person."
        )
        return [Finding(FlagCode.SPEAKER_SWAPPED, msg, start, end, P_CONTRADICTION, True)]
    return []
