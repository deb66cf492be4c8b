"""The subject of a copied predicate: who the article says does what the claim copies.

"McCoy trains Shutthefrontdoor for his principal patron J P McManus" copies "He trains
Shutthefrontdoor for his principal patron J P McManus, who ... retains AP McCoy": every word is
in the evidence, but its subject is "He", and the sentences before it speak of O'Neill. A name
opening a claim's clause has no words before it for the swap test (swaps.py) to anchor on; here
its verb anchors it instead, and the evidence's own clause opening (after a conjunction, a
relative or a comma) before the same verb in the active voice is the rival subject.

- A name there (every content word a name word): the claim has swapped the two
  (``ENTITY_SWAPPED``, a contradiction).
- A pronoun there: its antecedent comes before it, so a name that the sentences just before it
  do not give is unverified (``ENTITY_MISSING``).
- A description ("The Dutchman", "the Premier League champions") or the name itself: not
  tested; naming who a description means is what a journalist's rewording does.
"""

from __future__ import annotations

import logging

from ..report import FlagCode
from .features import Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import CLAUSE_OPENERS, REPORTING_VERBS
from .prepare import PreparedArticle
from .support import Support
from .swaps import same_name

logger = logging.getLogger(__name__)

# Tokens after the name that the evidence must repeat: its verb (a content word). The clause
# boundaries and the voice keep the verb to its own subject.
ANCHOR = 1
MAX_SUBJECT = 6  # tokens the evidence's subject may have
# Subject pronouns of a clause; "it" and "they" too, for organisations and teams.
PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
BACK = 2  # sentences before a pronoun's where its antecedent is looked for


def _subject(ev: tuple[Tok, ...], right: list[str], text: str) -> tuple[int, int] | None:
    """Token range [a, b) of the subject the evidence gives the predicate ``right`` (its first
    tokens, by normal form, in the active voice): the tokens from the clause's opening to where
    ``right`` starts."""
    n, width = len(ev), len(right)
    for b in range(1, n - width + 1):
        if ev[b].norm != right[0] or any(ev[b + k].norm != w for k, w in enumerate(right)):
            continue
        if b + width < n and ev[b + width].norm == "by":
            continue  # "sold by Christie's": the name before it is no agent
        a = b
        while a > 0 and b - a < MAX_SUBJECT and not _opens_at(ev, a, text):
            a -= 1
        if a == 0 or _opens_at(ev, a, text):
            return (a, b) if a < b else None
    return None


def _opens_at(ev: tuple[Tok, ...], a: int, text: str) -> bool:
    """Whether a clause can start at token ``a`` (after an opener or a comma)."""
    return _opens_clause(ev[a - 1]) or "," in text[ev[a - 1].end : ev[a].start]


def _opens_clause(t: Tok) -> bool:
    """Whether a clause can start after token ``t``."""
    return t.norm in CLAUSE_OPENERS


def _said_of(
    art: PreparedArticle, mine: frozenset[str], right: list[str], after: list[Tok]
) -> bool:
    """Whether some sentence of the article gives the predicate ``right`` the claim's name as
    its subject (found through the sentences holding the predicate's first content word)."""
    stem = next(t.stem for t in after if t.content)
    for sid in art.index.get(stem, ()):
        sent = art.sentences[sid]
        if sent.norms.issuperset(right):
            found = _subject(sent.toks, right, art.text)
            if found is not None and same_name(mine, sent.toks[found[0] : found[1]]):
                return True
    return False


def subject_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, skip: set[int]
) -> list[Finding]:
    """Names opening a claim sentence whose copied predicate a supporting sentence gives another
    subject."""
    toks = view.toks
    out: list[Finding] = []
    names = view.names
    # A capitalised word opening the sentence alone is a name when the article always writes it
    # with a capital ("McCoy trains ..."): the sentence's capital leaves it open, the article not.
    if toks and toks[0].cap and (not names or names[0][0] > 0) and art.is_name(toks[0]):
        names = [(0, 1), *names]
    for i, j in names:
        opens = i == 0 or _opens_clause(toks[i - 1])
        if not opens or j + ANCHOR > len(toks) or any(k in skip for k in range(i, j)):
            continue
        after = toks[j : j + ANCHOR]
        if not any(t.content for t in after):
            continue
        if j + ANCHOR < len(toks) and toks[j + ANCHOR].norm == "by":
            continue  # a passive participle: the name is not its agent
        mine = frozenset(t.stem for t in toks[i:j] if t.content)
        right = [t.norm for t in after]
        for sid in sup.sids:
            sent = art.sentences[sid]
            if not sent.norms.issuperset(right):
                continue
            ev = sent.toks
            found = _subject(ev, right, art.text)
            if found is None:
                continue
            a, b = found
            rival = ev[a:b]
            if same_name(mine, rival):
                break
            content = [t for t in rival if t.content]
            named = bool(content) and all(art.is_name(t) for t in content)
            unnamed_pronoun = (
                b - a == 1
                and rival[0].norm in PRONOUNS
                and not any(mine & art.sentences[k].stems for k in range(max(0, sid - BACK), sid))
            )
            if not (named or unnamed_pronoun) or _said_of(art, mine, right, after):
                break  # a description, or the article says it of the claim's name elsewhere
            start, end = toks[i].start, toks[j - 1].end
            name = view.text[start:end]
            words = art.text[rival[0].start : rival[-1].end]
            if named:
                said = after[0].norm in REPORTING_VERBS
                code = FlagCode.SPEAKER_SWAPPED if said else FlagCode.ENTITY_SWAPPED
                msg = f"The claim makes {name!r} the subject where the evidence has {words!r}."
                out.append(Finding(code, msg, start, end, P_CONTRADICTION, True))
            else:
                msg = (
                    f"The evidence has {words!r} where the claim has {name!r}, and the sentences "
                    f"before it do not name {name!r}."
                )
                out.append(Finding(FlagCode.ENTITY_MISSING, msg, start, end, P_CONTRADICTION))
            break
    return out
