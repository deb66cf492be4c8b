"""What a sentence denies in contrast: "hundreds of thousands, not millions".

", not Y" after a statement sets Y aside as the wrong alternative: '"hundreds of thousands, not
millions" of the glasses' says the glasses will not sell in millions. A claim that states Y
("expects to ship millions") with no negation of its own says what the article denies. The
"not" must follow a comma and come right before a content word; a focus word after it ("not
only", "not least", "not just") makes no contrast. A claim that leaves ", not Y" out has dropped
the denied alternative, not negated what the sentence affirms; so has one that leaves out
", not least" or ", not only" with its word. Leaving out the "not" alone, before a word the
claim keeps (", not all of them agreed" as "all of them agreed"), still drops a negation.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .features import NEG, Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle
from .support import Support

_FOCUS = frozenset({"only", "just", "least", "merely", "simply", "even", "yet", "always"})
MAX_WORDS = 3  # content words of the denied alternative, up to the next mark
NEG_REACH = 3  # tokens before the claim's word within which its own negation stands


def contrastive(ev: Sequence[Tok], k: int, text: str) -> bool:
    """Whether the "not" at ``k`` denies an alternative: after a comma, before a content word
    that is no focus word."""
    if ev[k].norm != "not" or not 0 < k < len(ev) - 1:
        return False
    nxt = ev[k + 1]
    return "," in text[ev[k - 1].end : ev[k].start] and nxt.content and nxt.norm not in _FOCUS


def phrase_dropped(ev: Sequence[Tok], k: int, j2: int, text: str) -> bool:
    """Whether the "not" at ``k``, after a comma, is left out with the word after it (both
    before ``j2``, the end of the evidence's stretch the claim leaves out or replaces)."""
    return ev[k].norm == "not" and 0 < k < j2 - 1 and "," in text[ev[k - 1].end : ev[k].start]


def _denied(art: PreparedArticle, sid: int) -> list[frozenset[str]]:
    """The stems of each alternative the sentence denies after ", not"."""
    ev, text = art.sentences[sid].toks, art.text
    out: list[frozenset[str]] = []
    for k in range(1, len(ev) - 1):
        if not contrastive(ev, k, text):
            continue
        words = []
        for m in range(k + 1, len(ev)):
            if m > k + 1 and text[ev[m - 1].end : ev[m].start].strip():
                break  # (a mark ends the alternative)
            if ev[m].content:
                words.append(ev[m].stem)
            if len(words) == MAX_WORDS:
                break
        out.append(frozenset(words))
    return out


def denied_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """Claim words that a supporting sentence gives only as the denied alternative."""
    toks = view.toks
    for sid in sup.sids:
        if "not" not in art.sentences[sid].norms:
            continue
        for words in _denied(art, sid):
            at = [k for k, t in enumerate(toks) if t.stem in words]
            if not words or len(at) < len(words):
                continue
            k = at[0]
            if any(x.kind == NEG for x in toks[max(0, k - NEG_REACH) : k]):
                continue
            t = toks[k]
            msg = f"The claim states {view.text[t.start : t.end]!r}, which the article denies."
            return [Finding(FlagCode.NEGATION_FLIP, msg, t.start, t.end, P_CONTRADICTION, True)]
    return []
