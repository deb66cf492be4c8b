"""What the article reports as denied, in doubt or unsaid is no fact of the article.

"The minister denied that the government had paid the ransom" does not say the government paid
it, nor does "It is unclear whether the bridge will reopen" say it will, nor "Police did not say
that the suspect had fled". A claim that copies the clause such a frame governs and drops the
frame ("The government had paid the ransom") states as fact what the article does not: a
hedge dropped. The frames are classes of English, not a list of the dev data's words: a verb of
denial or rejection, a verb of allegation ("claimed that"), a question's "whether" or "if",
a verb of saying or showing under a negation, and a verb of deliberation ("would consider a
legal challenge"): what is weighed is a course not yet taken. A plain "said" is not among them:
reported speech is the news's way of stating; nor does a claim's "said" keep an open question:
"Garnier said the theft was linked" for "He said it was too early to say whether the theft was
linked" reports as said what the speaker left open, so the clause it reports is tested.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..report import FlagCode
from .features import NEG, Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import PREPOSITIONS
from .prepare import PreparedArticle
from .support import Support

# Verbs that deny or reject what their clause says ("denied that", "dismissed reports that").
DENIALS = frozenset(
    {
        *("deny", "denies", "denied", "denying", "dismiss", "dismissed", "dismisses"),
        *("reject", "rejected", "rejects", "refute", "refuted", "refutes", "rebut", "rebutted"),
        *("disputed", "disputes", "contested", "contests", "doubted", "doubts"),
    }
)
# Verbs that put their clause as one side's word, disputed by the other ("claimed that",
# "alleged that"): a report of the claim, not the fact.
ALLEGING = frozenset({"claim", "claimed", "claims", "allege", "alleged", "alleges", "insisted"})
# Verbs of saying or showing whose clause is asserted unless they are negated.
SAYING = frozenset(
    {
        *("say", "said", "says", "confirm", "confirmed", "confirms", "show", "showed", "shows"),
        *("prove", "proved", "proves", "suggest", "suggested", "indicate", "indicated"),
        *("know", "knew", "known", "find", "found", "reveal", "revealed", "disclose", "disclosed"),
    }
)
# Nouns naming what a denial rejects ("dismissed reports that").
REPORTS = frozenset(
    {"report", "reports", "claim", "claims", "suggestion", "suggestions", "allegation"}
    | {"allegations", "rumour", "rumours", "rumor", "rumors", "speculation", "idea"}
)
QUESTIONS = frozenset({"whether", "if"})
# Verbs that weigh a course without taking it ("would consider a legal challenge"); not "weigh"
# or "weighs", which measure as often ("weigh 78 grams").
DELIBERATING = frozenset(
    {"consider", "considers", "considering", "contemplate", "contemplates", "contemplating"}
    | {"weighing", "mulling", "mull", "mulls"}
)
# Words after which "if" opens a question, not a condition ("asked if", "unclear if").
_ASKING = frozenset(
    {"ask", "asked", "asks", "wonder", "wondered", "know", "unclear", "clear", "see", "decide"}
)
MAX_CLAUSE = 25  # tokens of a governed clause, up to its end
# A claim that keeps a frame of its own reports the clause rather than stating it.
# (a modal of possibility keeps the doubt too: "the CPS may now charge her" for "decide whether
# to charge her")
_KEPT = DENIALS | ALLEGING | SAYING | QUESTIONS | REPORTS | {"not", "never", "no", "unclear"}
_KEPT |= {"may", "might", "could", "possibly", "perhaps", "likely", "allegedly"} | DELIBERATING
# The claim's words of report: a frame of their own, but no question's ("said that" is no
# "asked whether").
_REPORTED = SAYING | ALLEGING
# The words that open a frame without a negation: a sentence without one (or without a negated
# verb of saying) has none to drop.
_OPENERS = DENIALS | ALLEGING | QUESTIONS | DELIBERATING
_CANDIDATES = _OPENERS | SAYING | REPORTS | {"that"}  # (the words a frame's clause opens after)
MIN_SHARED = 2  # the claim's content words in the governed clause
SHARE = 0.7  # of the claim's content words


def _frame(ev: tuple[Tok, ...], c: int) -> int:
    """The frame word that the clause opening after token ``c`` depends on ("denied" in
    "denied that", "whether" itself), or -1 if no frame of these classes governs it."""
    t = ev[c]
    if (
        t.norm == "whether"
        or t.norm in DELIBERATING
        or (t.norm == "if" and c > 0 and ev[c - 1].norm in _ASKING)
    ):
        return c
    k = c - 1 if t.norm == "that" else c
    if k >= 1 and ev[k].norm in REPORTS:
        k -= 1  # ("dismissed reports that")
    if k < 0:
        return -1
    if ev[k].norm in DENIALS or ev[k].norm in ALLEGING:
        return k
    negated = any(x.kind == NEG or x.norm in ("not", "never") for x in ev[max(0, k - 3) : k])
    return k if ev[k].norm in SAYING and negated else -1


def _clause(ev: tuple[Tok, ...], a: int, text: str) -> tuple[Tok, ...]:
    """The tokens of the clause opening at ``a``: up to a stop, a colon or a semicolon."""
    end = a
    while end < min(len(ev), a + MAX_CLAUSE):
        if end > a and any(m in text[ev[end - 1].end : ev[end].start] for m in ".;:!?"):
            break
        end += 1
    return ev[a:end]


def _keeps(toks: Sequence[Tok], clause: set[str]) -> bool:
    """Whether the claim keeps a frame of its own: one of the frame words, not a word it copies
    from the governed clause ("filed claims for damages" for "would consider claims for
    damages")."""
    # ("in May": the month, capitalised past the first word, is no modal)
    return any(
        t.norm in _KEPT and not (t.cap and k > 0) and t.stem not in clause
        for k, t in enumerate(toks)
    )


def _course(toks: Sequence[Tok], clause: tuple[Tok, ...]) -> bool:
    """Whether the claim ends with the course an open clause weighs ("whether to seek permission
    to appeal to the Supreme Court", "would consider a legal challenge"): its content words from
    the first the clause holds to its end all in it, at least two, none before, and the first
    the course itself, not the object of a preposition in it ("the new rules" of "a challenge
    against the new rules"). The clause's subject is the frame's, so the claim's own subject
    and verb stand before."""
    stems = {t.stem for t in clause}
    content = [t.stem for t in toks if t.content]
    first = next((k for k, s in enumerate(content) if s in stems), len(content))
    tail = content[first:]
    if len(tail) < MIN_SHARED or not all(s in stems for s in tail):
        return False
    if _infinitive(toks, tail[0]):
        return False  # ("have 28 days to apply for permission to appeal": no act either)
    head = next(i for i, t in enumerate(clause) if t.stem == tail[0])
    return not any(t.norm in PREPOSITIONS and t.norm != "to" for t in clause[:head])


def frame_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """A claim stating as fact the clause its evidence gives only under a frame of denial,
    question, deliberation or unsaid."""
    toks = view.toks
    if not toks or any(t.kind == NEG for t in toks):
        return []
    mine = {t.stem for t in toks if t.content}
    if len(mine) < MIN_SHARED:
        return []
    reported = _reported(toks)
    for sid in sup.sids:
        sent = art.sentences[sid]
        if _OPENERS.isdisjoint(sent.norms) and not (sent.negations and sent.norms & SAYING):
            continue  # (most sentences: no frame, told at C level)
        ev = sent.toks
        for c in [c for c in range(len(ev) - 1) if ev[c].norm in _CANDIDATES]:
            f = _frame(ev, c)
            if f < 0:
                continue
            clause = _clause(ev, c + 1, art.text)
            said: Sequence[Tok] = toks
            if ev[f].norm in QUESTIONS and reported:
                said = reported  # (the clause the claim reports, against the open question)
            if not _drops(said, clause, ev[:f], _open(ev, f, clause)):
                continue
            sentence = art.text[sent.start : sent.end]
            cue = art.text[ev[f].start : ev[c].end]
            msg = f"The article gives this only under {cue!r}, not as a fact: {sentence!r}"
            return [
                Finding(FlagCode.HEDGE_DROPPED, msg, toks[0].start, toks[-1].end, P_CONTRADICTION)
            ]
    return []


def _drops(
    toks: Sequence[Tok], clause: tuple[Tok, ...], framing: tuple[Tok, ...], open_: bool
) -> bool:
    """Whether the claim's ``toks`` state the governed ``clause`` with no frame of their own."""
    if _keeps(toks, {t.stem for t in clause}):
        return False
    mine = {t.stem for t in toks if t.content}
    return _stated(clause, mine, framing) or (open_ and _course(toks, clause))


def _reported(toks: Sequence[Tok]) -> Sequence[Tok]:
    """The clause a claim reports after its first word of report ("Garnier said [that] ..."),
    or nothing when it has none."""
    for k, t in enumerate(toks[:-1]):
        if t.norm in _REPORTED and not t.cap:
            rest = toks[k + 1 :]
            return rest[1:] if rest[0].norm == "that" else rest
    return ()


def _infinitive(toks: Sequence[Tok], stem: str) -> bool:
    """Whether the claim gives its course after an infinitive ("to apply for permission"): "to"
    before the claim's last content word ahead of the course."""
    k = next(k for k, t in enumerate(toks) if t.content and t.stem == stem)
    verb = next((v for v in range(k - 1, -1, -1) if toks[v].content), -1)
    return any(t.norm == "to" for t in toks[max(0, verb - 1) : k])


def _open(ev: tuple[Tok, ...], f: int, clause: tuple[Tok, ...]) -> bool:
    """Whether the frame at ``f`` governs a course with no subject of its own: a verb of
    deliberation's object, or an infinitive ("whether to seek")."""
    return ev[f].norm in DELIBERATING or (bool(clause) and clause[0].norm == "to")


def _stated(clause: tuple[Tok, ...], mine: set[str], framing: tuple[Tok, ...]) -> bool:
    """Whether the claim states the governed clause, its subject first, and not the frame's
    own words about it."""
    first = next((t for t in clause if t.content), None)
    if first is None or first.stem not in mine:
        return False  # (the claim states the clause, its subject first, not a phrase in it)
    inside = mine & {t.stem for t in clause}
    before = (mine & {t.stem for t in framing}) - inside
    return len(inside) >= max(MIN_SHARED, SHARE * len(mine)) and len(before) <= 1
