"""A fact the article withholds: the claim states a predicate as done where the evidence, in
its own words, puts the same predicate under a frame that denies it or leaves it open ("but
did not win", "without admitting", "refused to blame", "must still be ratified", "too early to
say what caused").

The predicate is matched by its verb key (an irregular past through its present: "won" is
"win") or its stem. The frame is a negation cue, a word that denies or withholds
(lexicon.NEGATIVE_WORDS: "without", "refused", "yet"), "rather than", an obligation still to be
met ("must") or an open question ("too early to say", "unclear"), a few words before the
predicate, in its clause, with no content word between; an indirect question passes it on to
its own predicate ("too early to say how much of it survived"). Only the evidence sentence that
shares most of the claim's other words counts: "Brennan has won the Booker" asserts "won" in
one sentence, while "Her debut was shortlisted ... but did not win" withholds it in the
sentence about the debut. Only predicates count (a word that can be a verb or an adjective, not
after a determiner or a preposition): a frame before a noun withholds a thing ("not guilty of
murder"), which is the slot tests' matter. A claim that negates or withholds anything itself is
left to the negation tests, and one that hedges to the hedge tests, unless the evidence negates
the very modal statement it makes ("will need surgery" for "would not need surgery").
"""

from __future__ import annotations

from itertools import pairwise
from operator import attrgetter

from ..report import FlagCode
from .features import NEG, NUM, Tok, stem, verb_key
from .flags import P_NEGATION, ClaimView, Finding
from .lexicon import NEGATIVE_WORDS, PREPOSITIONS
from .predicates import is_predicate
from .prepare import PreparedArticle
from .support import Support

FRAME_REACH = 4  # tokens before the predicate within which a frame governs it
# Words that, with the negations, leave a predicate undone or open: "must still be ratified",
# "it is unclear whether"; and two-word frames, by their second word: "too early to say",
# "rather than issue" ("rather" alone only tempers: "a rather strong year").
_OPEN = frozenset({"must", "unclear"})
_PAIRED = {"early": "too", "than": "rather"}
# Words of a sentence that may frame a predicate (most sentences hold none: told at once).
FRAME_WORDS = NEGATIVE_WORDS | _OPEN | frozenset(_PAIRED)
# A claim with a modal is no statement of fact either: its frame is the hedge tests' matter.
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can"})
# Words that open another clause between a frame and a predicate: the frame is not its own.
OTHER_CLAUSE = frozenset({"and", "but", "which", "who", "while", "although", "though", "because"})
CLAUSE_MARKS = ",;:()"
# Words that open an indirect question, whose content is asked, not stated ("when" and "where"
# open time and place clauses as often, which state what they hold).
_QUESTION = frozenset({"what", "how", "whether", "who", "why"})
# Neg-raising verbs: a negation before one belongs to its complement ("I don't think my nanna
# shouldn't" thinks something), so the verb itself is not withheld.
_NEG_RAISING = frozenset(
    stem(w) for w in ("think", "believe", "expect", "suppose", "imagine", "seem", "appear", "want")
)
# Words after which a word heads a noun phrase, not a predicate: "not guilty of murder",
# "not millions of the glasses" withhold a thing, not what a claim says was done to it.
_NOUN_BEFORE = (PREPOSITIONS - {"to", "without"}) | frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "these"}
)


def framing_words(toks: tuple[Tok, ...] | list[Tok], i: int) -> bool:
    t = toks[i]
    if t.kind == NEG or t.norm in NEGATIVE_WORDS or t.norm in _OPEN:
        return True
    first = _PAIRED.get(t.norm)
    return first is not None and i > 0 and toks[i - 1].norm == first


# (a claim's frame by its stem too: its "stop taking" carries the frame of "stopped taking")
_FRAME_STEMS = frozenset(map(stem, NEGATIVE_WORDS))


_CLAIM_FRAMES = NEGATIVE_WORDS | _OPEN  # (one-word frames; the two-word ones apart)
_KIND, _NORM, _STEM = attrgetter("kind"), attrgetter("norm"), attrgetter("stem")


def claim_framed(toks: list[Tok]) -> bool:
    """Whether the claim negates or withholds anything itself (``framing_words`` at any of its words
    or a frame's stem; told at C level but for the two-word frames)."""
    norms = list(map(_NORM, toks))
    if NEG in map(_KIND, toks) or not _CLAIM_FRAMES.isdisjoint(norms):
        return True
    if not _FRAME_STEMS.isdisjoint(map(_STEM, toks)):
        return True
    return any(_PAIRED.get(second) == first for first, second in pairwise(norms))


def framed(view: ClaimView) -> bool:
    """``claim_framed`` of the view's tokens, read once a view (four tests ask)."""
    return view.memo("framed", lambda: claim_framed(view.toks))


# Modals by the statement they make: a past form says what its present said ("would not need"
# denies "will need"); "must" and "should" oblige rather than foretell or allow.
MODAL_CLASS = {"will": "will", "would": "will", "wo": "will", "can": "can", "could": "can"}
MODAL_CLASS |= {"ca": "can", "may": "may", "might": "may"}
# Words a modal's verb group may hold before its verb ("will also need", "could have been").
_VERB_GROUP = frozenset({"be", "have", "also", "still", "now", "soon", "then", "only"})


def modal_before(toks: tuple[Tok, ...] | list[Tok], k: int) -> str | None:
    """The class of the modal that opens ``toks[k]``'s verb group, or None ("" for a modal no
    class holds)."""
    i = k - 1
    while i >= 0 and toks[i].norm in _VERB_GROUP:
        i -= 1
    if i < 0 or toks[i].norm not in MODALS:
        return None
    return MODAL_CLASS.get(toks[i].norm, "")


def framed_stretch(toks: tuple[Tok, ...] | list[Tok], k: int, text: str) -> int | None:
    """The frame word that governs ``toks[k]``: within reach before it, in its clause, with no
    content word between (a frame governs the first predicate after it, not that predicate's
    object: "can't walk in high heels" withholds the walking, not the heels). An indirect
    question between passes the frame on to its predicate ("too early to say how much of it
    survived"), past the one verb of saying or knowing that asks it ("not known what caused")."""
    question = False  # a question word lies between
    passed = False  # the content word that asks it has been passed
    reach = FRAME_REACH
    i = k - 1
    while i >= 0 and k - i <= reach:
        if any(c in text[toks[i].end : toks[i + 1].start] for c in CLAUSE_MARKS):
            return None
        t = toks[i]
        if framing_words(toks, i):
            return i - 1 if t.norm in _PAIRED else i  # (from the pair's first word)
        if t.norm in _QUESTION and not question:
            question, reach = True, k - i + FRAME_REACH
        elif t.norm in OTHER_CLAUSE:
            return None
        elif t.content:
            if not question or passed:
                return None
            passed = True
        i -= 1
    return None


def withheld_predicate(toks: tuple[Tok, ...] | list[Tok], k: int) -> bool:
    t = toks[k]
    if not t.content or t.cap or t.kind == NUM or verb_key(t) in _NEG_RAISING:
        return False
    return is_predicate(t.norm) and (k == 0 or toks[k - 1].norm not in _NOUN_BEFORE)


def sentence_predicates(
    art: PreparedArticle, key: tuple[str, int]
) -> tuple[tuple[frozenset[str], str | None, str | None], ...]:
    """The predicates of sentence ``key[1]``: each one's keys, the words from the frame that
    withholds it to it (None when none does), and the class of a modal the frame negates
    ("would not need": "will")."""
    toks = art.sentences[key[1]].toks
    out = []
    for k, e in enumerate(toks):
        if withheld_predicate(toks, k):
            i = framed_stretch(toks, k, art.text)
            frame = modal = None
            if i is not None:
                if i and toks[i].kind == NEG:
                    modal = MODAL_CLASS.get(toks[i - 1].norm)
                frame = art.text[toks[i - (modal is not None)].start : toks[k].end]
            out.append((predicate_keys(e), frame, modal))
    return tuple(out)


def _withheld_keys(art: PreparedArticle, key: tuple[str, int]) -> frozenset[str]:
    """The keys of the predicates a frame withholds in sentence ``key[1]``: those after a frame
    word, within the reach of a frame and of a question it passes on (read once an article)."""
    toks = art.sentences[key[1]].toks
    reach = 2 * FRAME_REACH  # (a question word within reach extends it by as much again)
    after = {
        k
        for i, t in enumerate(toks)
        if (t.kind == NEG or t.norm in FRAME_WORDS) and framing_words(toks, i)
        for k in range(i + 1, min(len(toks), i + reach + 1))
    }
    out: set[str] = set()
    for k in sorted(after):
        if withheld_predicate(toks, k) and framed_stretch(toks, k, art.text) is not None:
            out |= predicate_keys(toks[k])
    return frozenset(out)


def predicate_keys(t: Tok) -> frozenset[str]:
    return frozenset((verb_key(t), t.stem))


def framing_sentences(view: ClaimView, art: PreparedArticle, sup: Support) -> tuple[int, ...]:
    """The supporting sentences that may frame a predicate: a negation or a frame word in them
    (read once a view and support: this test and denied_nouns.py ask)."""
    return view.with_support(
        "framing sentences",
        art,
        sup,
        lambda: tuple(
            s
            for s in sup.sids
            if art.sentences[s].negations or not art.sentences[s].norms.isdisjoint(FRAME_WORDS)
        ),
    )


def withheld_findings(view: ClaimView, art: PreparedArticle, sup: Support) -> list[Finding]:
    """The claim's first predicate its evidence withholds, as `negation_flip`."""
    toks = view.toks
    framing = framing_sentences(view, art, sup)
    if not framing or framed(view):
        return []  # (no supporting sentence frames anything: most claims)
    # Only a predicate of the claim that a supporting sentence withholds can be withheld: the
    # sentences' other predicates are read only for such a one.
    held = frozenset().union(*[art.derived(("withheld keys", s), _withheld_keys) for s in framing])
    if not held:
        return []
    mine = [
        c
        for c, t in enumerate(toks)
        if (t.stem in held or verb_key(t) in held)
        and withheld_predicate(toks, c)
        # (an infinitive states no fact: "turned to sex work to cover the cost")
        and not (c and toks[c - 1].norm == "to")
    ]
    if not mine:
        return []
    # Each supporting sentence's predicates, with their keys and frames, made once an article.
    preds = [
        (art.sentences[s], art.derived(("withheld predicates", s), sentence_predicates))
        for s in sup.sids
    ]
    hedged = any(t.norm in MODALS for t in toks)
    for c in mine:
        t = toks[c]
        # A claim's modal is the hedge tests' matter, unless the evidence negates the same
        # modal statement: "will need surgery" for "would not need surgery".
        modal = modal_before(toks, c)
        if hedged and not modal:
            continue
        keys = predicate_keys(t)
        others = frozenset(u.stem for j, u in enumerate(toks) if u.content and j != c)
        withheld = asserted = -1  # the most claim words a sentence of each kind shares
        cue = ""
        for sent, found in preds:
            shared = -1
            for theirs, frame, negated in found:
                if keys.isdisjoint(theirs) or (modal and frame is not None and negated != modal):
                    continue
                if shared < 0:
                    shared = len(others & sent.stems)
                if frame is not None:
                    if shared > withheld:
                        cue = frame
                    withheld = max(withheld, shared)
                else:
                    asserted = max(asserted, shared)
        if withheld > asserted:
            said = view.text[t.start : t.end]
            msg = f"The claim states {said!r} as a fact; its evidence says {cue!r}."
            return [Finding(FlagCode.NEGATION_FLIP, msg, t.start, t.end, P_NEGATION, True)]
    return []
