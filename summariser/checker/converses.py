"""Converse predicates: one event told from either party ("Chelsea beat Villa", "Villa lost to
Chelsea", "Villa's defeat by Chelsea"; "sold to" and "bought from"; "gave to" and "received
from").

Journalists retell an event from the other party's side. Word overlap reads "Villa lost to
Chelsea" against "Chelsea won against Villa" as the opposite predicate with the names swapped,
and "Chelsea lost to Villa" - the real swap - as just as close. Here each such predicate is
read as a relation of its family with the parties in the family's own order (winner and loser,
seller and buyer, giver and receiver), whichever side the sentence tells it from. A claim whose
relation the article has in the same order is confirmed: the predicate's opposite and the
parties' order are no contradiction. A claim whose two parties the article has the other way
round, and never this way, has swapped them; one the article denies ("did not lose to") says the
opposite of it.

Read off adjacent tokens (no parser): a party is a run of up to three content words next to the
predicate (before it past auxiliaries and a score; after it past a determiner, or after its
preposition and the words in between); a predicate whose parties cannot be read is not judged.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import NamedTuple

from ..report import FlagCode
from .features import NEG, NUM, WORD, Tok, stem
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import AUXILIARIES, BE_FORMS, CLAUSE_OPENERS
from .prepare import PreparedArticle

PARTY_WORDS = 3  # content words a party may have
GAP = 4  # tokens between a predicate and its preposition ("lost 5-3 on penalties to")
_BREAKS = frozenset(',;:()"“”')
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})
_SKIPPED = AUXILIARIES | {"did", "do", "does"}  # between a subject and its predicate

# Families and the name of their first and second party.
CONTEST, SALE, TRANSFER = "contest", "sale", "transfer"
_ROLES = {
    CONTEST: ("winner", "loser"),
    SALE: ("seller", "buyer"),
    TRANSFER: ("giver", "receiver"),
}


class _Frame(NamedTuple):
    family: str
    first: bool  # the party before the predicate is the family's first party
    preps: frozenset[str]  # the words that introduce the other party (empty: a direct object)


def _frames(words: str, family: str, *, first: bool, preps: str = "") -> dict[str, _Frame]:
    frame = _Frame(family, first, frozenset(preps.split()))
    return dict.fromkeys(words.split(), frame)


# A verb with a direct object: its subject is the first party.
_DIRECT = _frames(
    "beat beats beating beaten defeat defeats defeated defeating overcame overcome overcomes "
    "overcoming thrashed thrash thrashes trounced trounce trounces",
    CONTEST,
    first=True,
)
# The same verbs in the passive ("was beaten by"): the subject is the second party.
_PASSIVE = _frames("beaten defeated overcome thrashed trounced", CONTEST, first=False, preps="by")
_PREPOSED = {
    **_frames("won win wins winning", CONTEST, first=True, preps="against over"),
    **_frames("victory victories triumph", CONTEST, first=True, preps="against over"),
    **_frames("lost lose loses losing", CONTEST, first=False, preps="to against"),
    **_frames("defeat defeats loss losses", CONTEST, first=False, preps="to by against"),
    **_frames("sold sell sells selling", SALE, first=True, preps="to"),
    **_frames(
        "bought buy buys buying purchased purchase purchases acquired acquire acquires",
        SALE,
        first=False,
        preps="from",
    ),
    **_frames(
        "gave give gives giving handed hand hands lent lend lends donated donate donates",
        TRANSFER,
        first=True,
        preps="to",
    ),
    **_frames(
        "received receive receives receiving borrowed borrow borrows",
        TRANSFER,
        first=False,
        preps="from",
    ),
}
PREDICATES = frozenset(_DIRECT) | frozenset(_PASSIVE) | frozenset(_PREPOSED)


def contest_order(word: str, *, passive: bool = False, noun: bool = False) -> bool | None:
    """For a contest's verb or noun (lower case): True when the party before it won ("beat",
    "win over"), False when it lost ("lost to", a noun "defeat by", passive "was beaten by");
    None for a word of no contest."""
    if passive:
        frame = _PASSIVE.get(word)
    elif noun:
        frame = _PREPOSED.get(word)
    else:
        frame = _DIRECT.get(word) or _PREPOSED.get(word)
    return frame.first if frame is not None and frame.family == CONTEST else None


# (the stems under which the article's index has each family's sentences)
_STEMS_BY_FAMILY = {
    family: frozenset(
        stem(word)
        for table in (_DIRECT, _PASSIVE, _PREPOSED)
        for word, frame in table.items()
        if frame.family == family
    )
    for family in _ROLES
}


def family_stems(word: str) -> frozenset[str]:
    """The stems of every predicate of the converse family of ``word`` (lower case): "lost"
    retells "beat"; empty for a word of no family."""
    frame = _DIRECT.get(word) or _PASSIVE.get(word) or _PREPOSED.get(word)
    return frozenset() if frame is None else _STEMS_BY_FAMILY[frame.family]


class Relation(NamedTuple):
    """One predicate's parties in its family's order (an unread party is empty)."""

    family: str
    first: frozenset[str]  # content stems of the first party
    second: frozenset[str]
    pred: int  # the predicate's token
    first_at: tuple[int, int]  # token ranges of the parties ((0, 0) when unread)
    second_at: tuple[int, int]
    negated: bool = False  # "did not lose to": the sentence denies the relation


def relations(toks: Sequence[Tok], text: str) -> list[Relation]:
    """The converse-family relations a sentence states or denies."""
    out: list[Relation] = []
    for k, t in enumerate(toks):
        if t.norm not in PREDICATES:
            continue
        found = _read(toks, text, k)
        if found is not None:
            out.append(found)
    return out


def _read(toks: Sequence[Tok], text: str, k: int) -> Relation | None:
    norm = toks[k].norm
    before, negated = _subject(toks, text, k)
    after_be = k > 0 and toks[k - 1].norm in BE_FORMS
    passive = norm in _PASSIVE and after_be
    if after_be and not passive:
        before = (0, 0)  # ("was sold to Juventus": the subject is what changed hands)
    frame = _PASSIVE[norm] if passive else _PREPOSED.get(norm)
    other: tuple[int, int] = (0, 0)
    if frame is not None:
        other = _after_prep(toks, text, k, frame.preps)
    if other == (0, 0) and not passive and norm in _DIRECT:
        frame = _DIRECT[norm]
        other = _party_after(toks, text, k + 1, reach=2)
    if frame is None or other == (0, 0):
        return None  # ("Chelsea won the title": no second party, no relation)
    first_at, second_at = (before, other) if frame.first else (other, before)
    return Relation(
        frame.family,
        _stems(toks, first_at),
        _stems(toks, second_at),
        k,
        first_at,
        second_at,
        negated,
    )


def _stems(toks: Sequence[Tok], at: tuple[int, int]) -> frozenset[str]:
    return frozenset(t.stem for t in toks[at[0] : at[1]] if t.content)


def _broken(text: str, toks: Sequence[Tok], k: int) -> bool:
    """Whether punctuation stands between token k - 1 and token k."""
    return not _BREAKS.isdisjoint(text[toks[k - 1].end : toks[k].start])


def _party_word(t: Tok) -> bool:
    return t.content and t.kind == WORD


def _subject(toks: Sequence[Tok], text: str, k: int) -> tuple[tuple[int, int], bool]:
    """The run of content words before the predicate (past auxiliaries), and whether a negation
    stands between them."""
    j, negated = k, False
    while j > 0 and (toks[j - 1].norm in _SKIPPED or toks[j - 1].kind in (NEG, NUM)):
        negated = negated or toks[j - 1].kind == NEG
        j -= 1  # (past "have", "did not", and a score: "Spain's 2-0 defeat")
    i = _run_back(toks, text, j)
    if i >= 2 and i < j and toks[i - 1].norm == "and":
        i = _run_back(toks, text, i - 1)  # ("Barcelona and Sevilla did not lose")
    if i < j and i > 0 and _party_word(toks[i - 1]) and not _broken(text, toks, i):
        return (0, 0), negated  # (a longer run: its head is not read)
    return (i, j), negated


def _run_back(toks: Sequence[Tok], text: str, j: int) -> int:
    """Where the run of up to PARTY_WORDS content words ending before ``j`` starts."""
    i = j
    while i > 0 and j - i < PARTY_WORDS and _party_word(toks[i - 1]) and not _broken(text, toks, i):
        i -= 1
    return i


def _after_prep(toks: Sequence[Tok], text: str, k: int, preps: frozenset[str]) -> tuple[int, int]:
    """The party after the first of ``preps`` within GAP tokens of the predicate."""
    for m in range(k + 1, min(len(toks), k + 2 + GAP)):
        t = toks[m]
        if _broken(text, toks, m) or t.norm in CLAUSE_OPENERS or t.norm in PREDICATES:
            return (0, 0)
        if t.norm in preps:
            return _party_after(toks, text, m + 1, reach=1)
    return (0, 0)


def _party_after(toks: Sequence[Tok], text: str, m: int, *, reach: int) -> tuple[int, int]:
    """The run of content words starting at ``m`` past up to ``reach`` determiners, with a
    second run joined by "and"."""
    if m >= len(toks) or _broken(text, toks, m):
        return (0, 0)  # ("defeats, a factor")
    skipped = 0
    while m < len(toks) and toks[m].norm in _DETERMINERS and skipped < reach:
        m += 1
        skipped += 1
    if m >= len(toks) or _broken(text, toks, m):
        return (0, 0)
    j = m
    while j < len(toks) and j - m < PARTY_WORDS and _party_word(toks[j]):
        if j > m and _broken(text, toks, j):
            break
        j += 1
    if j == m:
        return (0, 0)
    if j + 1 < len(toks) and toks[j].norm == "and" and _party_word(toks[j + 1]):
        end = j + 1
        while end < len(toks) and end - j - 1 < PARTY_WORDS and _party_word(toks[end]):
            end += 1
        j = end
    return (m, j)


_KEY = "converse relations"
_NORM = attrgetter("norm")


def _sentence_relations(art: PreparedArticle, key: tuple[str, int]) -> tuple[Relation, ...]:
    """An article sentence's relations (read once per article: see ``PreparedArticle.derived``)."""
    return tuple(relations(art.sentences[key[1]].toks, art.text))


class Settled(NamedTuple):
    """What the converse test found for one claim sentence."""

    # The claim's relations the article has in the same order, each with which of its two
    # parties the article names there.
    confirmed: list[tuple[Relation, tuple[bool, bool]]]
    findings: list[Finding]  # parties the article has the other way round; denied relations


def converse_check(view: ClaimView, art: PreparedArticle) -> Settled:
    """The claim's converse-family relations against the article's."""
    toks = view.toks
    if PREDICATES.isdisjoint(map(_NORM, toks)):  # (most claims: one C-level look)
        return _NOTHING
    settled = Settled([], [])
    for rel in relations(toks, view.text):
        if rel.negated or not (rel.first - rel.second) or not (rel.second - rel.first):
            continue
        same, crossed, denied = _against(rel, art)
        if same is not None:
            settled.confirmed.append((rel, same))
        elif crossed:
            settled.findings.append(_swap(view, rel))
        elif denied:
            settled.findings.append(_denied(view, rel))
    return settled


def _against(rel: Relation, art: PreparedArticle) -> tuple[tuple[bool, bool] | None, bool, bool]:
    """Which of the claim's parties the article names in a relation in the same order (None: no
    such relation); whether it states the relation the other way round; whether it denies it
    ("did not lose to").

    A party is read without the words both parties share ("Manchester United" against
    "Manchester City"), and is the article's when the words of one are among the other's. An
    article relation with both parties read outweighs one with a single party read ("defeats
    by Clermont"), which confirms only when no sentence has the two the other way. One party
    shared and the other not is no contradiction: a side meets many rivals.
    """
    mine = (rel.first - rel.second, rel.second - rel.first)
    sids: set[int] = set()
    for s in _STEMS_BY_FAMILY[rel.family]:
        sids.update(art.index.get(s, ()))
    partial: tuple[bool, bool] | None = None
    denied = crossed = False
    for sid in sorted(sids):
        for theirs in art.derived((_KEY, sid), _sentence_relations):
            if theirs.family != rel.family:
                continue
            first, second = theirs.first - theirs.second, theirs.second - theirs.first
            same = (_one(mine[0], first), _one(mine[1], second))
            if all(same) or (bool(first) != bool(second) and any(same)):
                if theirs.negated:
                    denied = True
                elif all(same):
                    return same, False, False
                else:
                    partial = partial or same
            elif not theirs.negated and _one(mine[0], second) and _one(mine[1], first):
                crossed = True
    return (None if crossed else partial), crossed, denied and partial is None


def _one(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two parties' words name one party: the words of one are among the other's
    ("Bayer Leverkusen" and "His Bayer Leverkusen team"; not "Manchester United" and
    "Manchester City")."""
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def _denied(view: ClaimView, rel: Relation) -> Finding:
    p = view.toks[rel.pred]
    said = view.text[p.start : p.end]
    msg = f"The claim says {said!r}; the article says it did not happen."
    return Finding(FlagCode.NEGATION_FLIP, msg, p.start, p.end, P_CONTRADICTION, True)


def _swap(view: ClaimView, rel: Relation) -> Finding:
    first, second = _ROLES[rel.family]
    toks = view.toks
    start, end = toks[rel.first_at[0]].start, toks[rel.first_at[1] - 1].end
    mine = view.text[start:end]
    other = view.text[toks[rel.second_at[0]].start : toks[rel.second_at[1] - 1].end]
    msg = (
        f"The claim makes {mine!r} the {first} and {other!r} the {second}; the article has "
        "them the other way round."
    )
    return Finding(FlagCode.ENTITY_SWAPPED, msg, start, end, P_CONTRADICTION, True)


def settle(findings: list[Finding], view: ClaimView, settled: Settled) -> list[Finding]:
    """``findings`` less the ones a confirmed converse relation answers: the predicate's opposite
    ("lost" for "won") and a party read as in another party's slot."""
    if not settled.confirmed:
        return findings + settled.findings if settled.findings else findings
    toks = view.toks
    spans: list[tuple[int, int]] = []
    for rel, named in settled.confirmed:
        p = toks[rel.pred]
        spans.append((p.start, p.end))
        for (i, j), sure in zip((rel.first_at, rel.second_at), named, strict=True):
            if sure and j > i:  # (a party the article does not name there keeps its findings)
                spans.append((toks[i].start, toks[j - 1].end))
    kept = [
        f
        for f in findings
        if f.code not in _ANSWERED or not any(s <= f.start < e for s, e in spans)
    ]
    return kept + settled.findings


_ANSWERED = frozenset({FlagCode.NEGATION_FLIP, FlagCode.ENTITY_SWAPPED})
_NOTHING = Settled([], [])  # (what most claims get: never added to)
