"""A speaker's judgement of a thing keeps its sign: "the ECB welcomed the delay" where the
article has "said it regretted the delay", "Menon called the findings worrying" for "said the
findings were 'reassuring'", "the union welcomed the layoffs" for "called the layoffs 'a
betrayal'".

English tells a judgement of a thing in two places around the thing's noun: a verb of judgement
before it ("welcomed", "regretted") or a complement after it ("called the plan a betrayal",
"said the findings were reassuring", "described it as encouraging"). A summary moves the
judgement from one place to the other, so the word alignment that anchors an opposite on copied
words on each side (opposites.py) does not see it. Here the claim's judgement word (clearly good
or bad, valence.py) is set against the words in either place around the same noun in a
supporting sentence: when those lean only the other way, the claim says the opposite. Only
verbs of judgement count before the noun (Levin's "admire" and "judgement" classes, 31.2 and
33): any other verb of valence ("shares dropped", "the quake struck") says what happened, not
what someone thought of it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from operator import attrgetter

from ..report import FlagCode
from .features import NEG, Tok, stem
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import NEGATIVE_WORDS
from .prepare import PreparedArticle
from .support import Support
from .valence import leaning

logger = logging.getLogger(__name__)

# Verbs of judgement and of attitude towards a thing (Levin 1993, classes 33 and 31.2), as
# stems; their valence comes from valence.py, so a verb of no clear leaning never counts
# ("like" is left out: it is most often a preposition).
_JUDGING = frozenset(
    stem(w)
    for w in (
        *("admire", "adore", "appreciate", "cherish", "enjoy", "esteem", "love"),
        *("relish", "respect", "value", "welcome", "treasure", "celebrate", "applaud"),
        *("commend", "compliment", "congratulate", "hail", "laud", "praise", "thank"),
        *("endorse", "support", "approve", "deplore", "detest", "dislike", "fear", "hate"),
        *("lament", "loathe", "regret", "resent", "blame", "censure", "condemn", "criticise"),
        *("criticize", "decry", "denounce", "deride", "fault", "rebuke", "reproach"),
        *("ridicule", "scold", "slam", "oppose", "castigate", "lambast", "assail"),
    )
)
# Verbs that report what someone said of a thing: "said the findings were reassuring".
_REPORTING = frozenset({"said", "says", "say", "saying", "told", "added", "adds"})
# Verbs that put a judgement in a complement after their object ("called the plan a betrayal").
_NAMING = frozenset(
    {
        *("call", "calls", "called", "describe", "describes", "described", "brand", "brands"),
        *("branded", "label", "labels", "labelled", "labeled", "deem", "deems", "deemed"),
    }
)
_OPENERS = _REPORTING | _NAMING  # (the verbs a complement's judgement is told after)
_STEM, _NORM = attrgetter("stem"), attrgetter("norm")
# What links a thing to a judgement after it ("the findings were reassuring", "described as").
_LINKS = frozenset({"is", "are", "was", "were", "be", "been", "as"})
# Words that open another clause after a complement ("were reassuring but warned ...").
_CLAUSE_OPENERS = frozenset({"but", "and", "while", "though", "although", "because", "which"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these"})
_BEFORE = 3  # evidence words before the thing's noun that hold a verb of stance ("it regretted")
_AFTER = 4  # evidence words after it that hold a complement ("were \"reassuring\"")
_OBJECT = 3  # claim words between a stance verb and its object's noun ("welcomed the new rules")


def judgement_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A contradiction when the claim's judgement of a thing is clearly good (bad) and every
    supporting sentence's judgement of the same thing leans only the other way."""
    toks = view.toks
    # (a judgement is of a thing only after a verb of judgement or in a complement of a verb of
    # saying or naming: a claim with neither judges nothing here, whatever its words' valence)
    if _JUDGING.isdisjoint(map(_STEM, toks)) and _OPENERS.isdisjoint(map(_NORM, toks)):
        return []
    for k, t in enumerate(toks):
        mine = leaning(t) if not t.cap else 0
        if not mine or _negated(toks, k):
            continue
        thing = _thing(toks, k)
        if thing is None:
            continue
        theirs = _their_leanings(art, sup, toks[thing].stem)
        if theirs != {-mine}:
            continue
        said = view.text[t.start : t.end]
        msg = (
            f"The claim says {said!r} of {view.text[toks[thing].start : toks[thing].end]!r}; "
            "its evidence judges it the other way."
        )
        return [Finding(FlagCode.NEGATION_FLIP, msg, t.start, t.end, P_CONTRADICTION, True)]
    return []


def _thing(toks: Sequence[Tok], k: int) -> int | None:
    """The noun the judgement word ``toks[k]`` is about: the object right after a stance verb,
    or the object of a naming verb or the subject of a link before a complement."""
    if toks[k].stem in _JUDGING:
        for m in range(k + 1, min(len(toks), k + 1 + _OBJECT)):
            if toks[m].norm in _DETERMINERS:
                continue
            if toks[m].content and not toks[m].cap:
                end = m  # (the noun ends its phrase: "the new rules")
                while (
                    end + 1 < len(toks) and toks[end + 1].content and not toks[end + 1].cap
                ) and end + 1 < k + 1 + _OBJECT:
                    end += 1
                return end
            break
    # A complement: "called the findings worrying", "said the findings were worrying".
    m = k - 1
    while m >= 0 and toks[m].norm in _LINKS:
        m -= 1
    if m < 1 or not toks[m].content or toks[m].cap or leaning(toks[m]):
        return None
    before = (b for b in range(m - 1, max(-1, m - 1 - _OBJECT), -1))
    opener = next((b for b in before if toks[b].norm not in _DETERMINERS), -1)
    copula = toks[k - 1].norm in _LINKS and toks[k - 1].norm != "as"
    verbs = _REPORTING if copula else _NAMING  # ("said it was", "described it as", "called it")
    return m if opener >= 0 and toks[opener].norm in verbs else None


def _their_leanings(art: PreparedArticle, sup: Support, noun: str) -> set[int]:
    """The leanings of the judgement words around ``noun`` in the supporting sentences."""
    out: set[int] = set()
    for sid in sup.sids:
        ev = art.sentences[sid].toks
        if noun not in art.sentences[sid].stems:
            continue
        for m, e in enumerate(ev):
            if e.stem != noun:
                continue
            out |= _around(ev, m, art.text)
    return out


def _around(ev: Sequence[Tok], m: int, text: str) -> set[int]:
    """The leanings of the evidence's stance words before ``ev[m]`` and of its complement after
    it, within the clause; a negated word turns round."""
    out: set[int] = set()
    for b in range(m - 1, max(-1, m - 1 - _BEFORE), -1):
        if _breaks(text, ev[b].end, ev[b + 1].start):
            break
        if ev[b].stem in _JUDGING and _lean(ev, b):
            out |= _lean(ev, b)
            break  # (the nearest verb of judgement is the thing's)
    after = ev[m + 1 : m + 1 + _AFTER]
    naming = any(ev[b].norm in _NAMING for b in range(max(0, m - _BEFORE), m))
    if after and (naming or after[0].norm in _LINKS):
        for b in range(m + 1, min(len(ev), m + 1 + _AFTER)):
            if _breaks(text, ev[b - 1].end, ev[b].start) or ev[b].norm in _CLAUSE_OPENERS:
                break
            if _lean(ev, b):
                out |= _lean(ev, b)
                break  # (its first judging word is its head: "a betrayal of loyal staff")
    return out


def _lean(ev: Sequence[Tok], b: int) -> set[int]:
    if ev[b].cap:
        return set()
    lean = leaning(ev[b])
    if not lean:
        return set()
    return {-lean if _negated(ev, b) else lean}


def _breaks(text: str, start: int, end: int) -> bool:
    """Whether the text between two tokens ends a clause (a comma, a full stop, a semicolon)."""
    return any(c in ",.;:!?()" for c in text[start:end])


def _negated(toks: Sequence[Tok], k: int) -> bool:
    return any(t.kind == NEG or t.norm in NEGATIVE_WORDS for t in toks[max(0, k - 3) : k])
