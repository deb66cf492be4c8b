"""Binding: each name, number and date of a claim must fill the slot the evidence gives it.

Word overlap cannot see that "Prigozhin echoed these sentiments" misreads "President Goita
echoed these sentiments": every word is in the article. Here the claim sentence is aligned with
its evidence sentence token by token (longest common blocks, so paraphrase, reordering and
dropped clauses leave the copied stretches aligned). Where the alignment replaces a stretch of
the claim by a stretch of the evidence, and both stretches are essentially one value of the
same kind (a name for a name, a number for a number, a date for a date), the claim has put its
value in the slot where the evidence has another: a contradiction, reported with both spans.

A replaced stretch is read as a slot only when it is anchored: copied words on each side (or the
claim's own start or end), at least two on one side, and most of the claim aligned. Otherwise
the claim is a paraphrase and its values are left to the presence tests. The same value in
another form ("ISIS" for "Islamic State", "Georgian" for "Georgia", "Mr Gielgud" for
"Gielgud") is no swap.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import NamedTuple

from ..report import FlagCode
from .align import Alignment
from .aligned import alignments, verbatim
from .denied_alternatives import phrase_dropped
from .durations import in_two_units, shifted
from .event_years import event_year_finding
from .features import NEG, Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .governors import governor_finding
from .lexicon import (
    AUXILIARIES,
    NEGATIVE_WORDS,
    PREPOSITIONS,
    REPORTING_VERBS,
)
from .moved_values import moved_number, opens_predicate
from .negation import AFFIX_REACH, negated_inside
from .negation_reach import replaced_denied
from .number_flags import EXACT, agrees, hedge_before
from .opposites import LEANING, exclusive_finding, leaning_finding, opposite_finding
from .possessors import owner_for_name
from .prepare import PreparedArticle
from .quantifiers import quantifier_finding
from .quantities import is_bound, numbers
from .ranks import rank_finding
from .run_on import run_on_slot
from .slot_edges import (
    adjunct,
    after_last,
    claims_slot,
    clause_ends,
    left_out,
    name_leading,
    slot_after,
    slot_before,
)
from .support import Support
from .swap_findings import moved_swap, swap_finding
from .time_spans import span_finding
from .values import DATE, NAME, NUMBER, by_month, described, kind_of, same_value, value_of
from .where_clauses import area_named, place_of_clause

logger = logging.getLogger(__name__)

COPY_RUN = 3  # tokens in a row that make a stretch copied rather than a shared word or two
MIN_ANCHOR = 2  # copied tokens on at least one side of a replaced value
MAX_CUE = 2  # tokens of a negation put in or left out ("not", "did not", "ca n't" for "can")

_CONJUNCTIONS = frozenset({"and", "or", "but", "while", "whereas"})


def _gapped(toks: list[Tok], after: int, ev: tuple[Tok, ...], name: list[Tok]) -> bool:
    """Whether the evidence gives the claim's name its own clause that leaves the copied verb
    out ("Button will start 17th and Alonso 18th" for "Alonso will start 18th"): a conjunction,
    the name, then the word that follows the copied words in the claim."""
    if after >= len(toks):
        return False
    last, tail = name[-1].stem, toks[after].norm
    return any(
        ev[p].stem == last and ev[p + 1].norm == tail and ev[p - 1].norm in _CONJUNCTIONS
        for p in range(1, len(ev) - 1)
    )


def _is_speaker(ev: tuple[Tok, ...], a: int, b: int) -> bool:
    """Whether ev[a:b] is the speaker of a reporting verb right beside it."""
    after = [t.norm for t in ev[b : b + 2]]
    before = [t.norm for t in ev[max(0, a - 2) : a]]
    if before and before[-1] in PREPOSITIONS:
        return False  # "Police in Glasgow said": the place is no speaker
    if any(w in REPORTING_VERBS for w in after):
        return True
    # ("said Daniel Whitlock was arrested": a name before an auxiliary is the reported clause's
    # subject, not the speaker)
    subject = bool(after) and after[0] in AUXILIARIES
    return bool(before) and before[-1] in REPORTING_VERBS and not subject


def _name_run(
    toks: Sequence[Tok], k: int, stop: int, text: str, art: PreparedArticle, cased: bool
) -> tuple[int, int]:
    """The range of the name words from ``k`` (after a "the"), within ``stop``: empty when no
    name starts there."""
    k += k < stop and toks[k].norm == "the"
    end = k
    while end < stop and kind_of(toks[end], text, art, cased) == NAME:
        if end > k and text[toks[end - 1].end : toks[end].start].strip():
            break  # a name ends at punctuation
        end += 1
    return k, end


def _moved(
    toks: list[Tok],
    i: int,
    nxt: int,
    ev: tuple[Tok, ...],
    j1: int,
    j2: int,
    view: ClaimView,
    art: PreparedArticle,
    cased: bool,
) -> tuple[list[Tok], list[Tok]] | None:
    """The claim's name right after copied words, aligned further on in the evidence, while the
    evidence's own slot there holds another name ("an actress in the Philippines" for "an
    actress in Australia Natalia Moon is also a model ... in the Philippines"): the claim moved
    a name of another clause into this one's slot. None when nothing between the two names
    opens or carries a clause: a list ("Australia and the Philippines"), from which the claim
    merely dropped one, or one phrase ("the Lotus of Romain Grosjean", "HBO's comedy Veep")."""
    a, b = _name_run(toks, i, nxt, view.text, art, cased)
    c, d = _name_run(ev, j1, j2, art.text, art, False)
    if a == b or c == d or not opens_predicate(ev, d, j2):
        return None
    return toks[a:b], list(ev[c:d])


def _negative(toks: Sequence[Tok], k: int) -> bool:
    t = toks[k]
    return (t.kind == NEG and not is_bound(toks, k)) or t.norm in NEGATIVE_WORDS


def _negation(
    view: ClaimView, art: PreparedArticle, i1: int, i2: int, ev: tuple[Tok, ...], j1: int, j2: int
) -> Finding | None:
    """A negation inserted into or dropped from a copied stretch ("was" for "was not")."""
    toks, text = view.toks, view.text
    if i2 - i1 > MAX_CUE or j2 - j1 > MAX_CUE:
        return None  # a rewritten stretch, not a cue put in or left out
    mine = [t for k, t in enumerate(toks[i1:i2], i1) if _negative(toks, k)]
    theirs = [t for k, t in enumerate(ev[j1:j2], j1) if _negative(ev, k)]
    if bool(mine) == bool(theirs):
        return None  # ("did not confirm" for "refused to confirm": the same polarity)
    if not any(t.kind == NEG for t in mine + theirs):
        return None  # a negative verb alone is left to the negation tests
    if mine:
        governed = {t.norm for t in toks[i2 : i2 + AFFIX_REACH] if t.content}
        if negated_inside(governed, {t.norm for t in ev[j2 : j2 + AFFIX_REACH]}):
            return None  # "is not an experienced sailor" for "is an inexperienced sailor"
        cue = mine[0]
        msg = f"The claim negates what its evidence asserts ({text[cue.start : cue.end]!r})."
        return Finding(FlagCode.NEGATION_FLIP, msg, cue.start, cue.end, P_CONTRADICTION, True)
    if all(phrase_dropped(ev, k, j2, art.text) for k in range(j1, j2) if _negative(ev, k)):
        return None  # (", not millions" left out: a denied alternative, not a negation)
    if replaced_denied(toks, i2, ev, j2):
        return None  # ("in Indonesia" for "not in his office": another place, not the denied one)
    # Dropped: the claim's words on each side of the cue the evidence has.
    a = toks[i1 - 1]
    b = toks[i2] if i2 < len(toks) else a
    msg = f"The claim drops the evidence's negation ({theirs[0].norm!r}) here."
    return Finding(FlagCode.NEGATION_FLIP, msg, a.start, b.end, P_CONTRADICTION, True)


def _number_conflict(
    toks: list[Tok],
    i1: int,
    i2: int,
    ev: tuple[Tok, ...],
    j1: int,
    j2: int,
    in_article: bool,
    text: str,
) -> FlagCode | None:
    """The flag for a number that disagrees with the one in its slot, or None when the two
    agree (the same value, or a round or hedged one near it: "about 120" for 116)."""
    mine, theirs = numbers(toks[i1:i2]), numbers(ev[j1:j2])
    if len(mine) != 1 or len(theirs) != 1:
        return None
    a, b = mine[0], theirs[0]
    hedge = hedge_before(toks, i1 + a.i, text)
    if hedge and hedge == hedge_before(ev, j1 + b.i):
        hedge = EXACT  # the evidence's own estimate, copied with its hedge: its figure is given
    if agrees(a.value, hedge, b.value):
        return None
    both = in_two_units(toks, shifted(a, i1), ev, shifted(b, j1))
    if both is not None and agrees(both[0], hedge, both[1]):
        return None  # "30 years" for "three decades"
    if a.kind == "year" and b.kind == "year":
        return FlagCode.DATE_SWAPPED if in_article else FlagCode.DATE_MISMATCH
    return FlagCode.NUMBER_SWAPPED if in_article else FlagCode.NUMBER_MISMATCH


def _code(kind: str, speaker: bool) -> FlagCode:
    if kind == NUMBER:
        return FlagCode.NUMBER_SWAPPED
    if kind == DATE:
        return FlagCode.DATE_SWAPPED
    return FlagCode.SPEAKER_SWAPPED if speaker else FlagCode.ENTITY_SWAPPED


class Binding(NamedTuple):
    findings: list[Finding]
    copied: int  # claim tokens in runs of at least COPY_RUN tokens copied from the evidence
    aliases: frozenset[int]  # claim offsets of names the evidence gives in another form there


def binding_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, skip: set[int]
) -> Binding:
    """Values of the claim that its evidence sentence binds to another value in the same slot.

    ``skip``: indices of claim tokens already flagged (absent from the article, say).
    """
    if verbatim(view, art, sup):
        return Binding([], len(view.toks), frozenset())
    found = alignments(view, art, sup)
    if not found:
        return Binding([], 0, frozenset())
    out: list[Finding] = []
    aliases: set[int] = set()
    for sid, matcher in found:
        findings, same = _slot_findings(view, art, sid, matcher, skip)
        dated = event_year_finding(view, art, sid, matcher) if not findings else None
        findings += [dated] if dated is not None else []
        aliases |= same
        out += [f for f in findings if all(f.start != g.start for g in out)]
    copied = max(
        sum(b.size for b in matcher.get_matching_blocks() if b.size >= COPY_RUN)
        for _, matcher in found
    )
    return Binding(out, copied, frozenset(aliases))


def _one_slot(ev: tuple[Tok, ...], j1: int, j2: int, art: PreparedArticle) -> bool:
    """Whether the evidence's replaced tokens [j1, j2) are one word, the word after an adverb
    of degree ("deeply ashamed") or after auxiliaries ("would keep": one verb group), or an
    aside closed by a comma and then one word."""
    if j2 - j1 == 1 or (j2 - j1 == 2 and ev[j1].norm.endswith("ly")):
        return True
    if all(t.norm in AUXILIARIES and t.norm not in NEGATIVE_WORDS for t in ev[j1 : j2 - 1]):
        return True
    return "," in art.text[ev[j2 - 2].end : ev[j2 - 1].start]


def _slot_findings(
    view: ClaimView,
    art: PreparedArticle,
    sid: int,
    matcher: Alignment,
    skip: set[int],
) -> tuple[list[Finding], set[int]]:
    """The binding findings of one aligned evidence sentence, and the claim offsets of the
    names it gives in another form there."""
    toks = view.toks
    ev = art.sentences[sid].toks
    cased = any(t.cap for t in toks[1:])  # (a claim's first word is capitalised anyway)
    ops = matcher.get_opcodes()
    out: list[Finding] = []
    aliases: set[int] = set()
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal" or any(i in skip for i in range(i1, i2)):
            continue
        left = ops[k - 1][2] - ops[k - 1][1] if k > 0 else 0
        if k > 2 and ops[k - 2][0] == "insert" and adjunct(ev, *ops[k - 2][3:], art.text):
            left += ops[k - 3][2] - ops[k - 3][1]  # ("was arrested [on Wednesday] in")
        right = ops[k + 1][2] - ops[k + 1][1] if k + 1 < len(ops) else 0
        if (
            k + 3 < len(ops)
            and ops[k + 2][0] == "insert"
            and left_out(ev, *ops[k + 2][3:], art.text)
        ):
            # ("president[, Aurimas Lenkas,] pardoned", "struck [a composed] 142 as")
            right += ops[k + 3][2] - ops[k + 3][1]
        inside = left >= 1 and right >= 1 and max(left, right) >= MIN_ANCHOR
        flip = _negation(view, art, i1, i2, ev, j1, j2) if inside else None
        if flip is None and inside:  # ("both survivors were" for "neither was")
            flip = quantifier_finding(toks, i1, i2, ev, j1, j2, view.text, art.text)
        if flip is not None:
            out.append(flip)
            continue
        if left >= 1 and right >= 1:
            rank = rank_finding(toks, i1, i2, ev, j1, j2, view.text)
            if rank is not None:  # ("the most expensive" for "the second most expensive")
                out.append(rank)
                continue
        closed = right >= 1 or (i2 == len(toks) and j2 == len(ev))  # (or both end there)
        if tag == "replace" and left >= 1 and closed and max(left, right) >= MIN_ANCHOR:
            span = span_finding(toks, i1, i2, ev, j1, j2, text=view.text, art=art)
            if span is not None:  # ("takes about a month" for "takes about an hour")
                out.append(span)
                continue
        if tag == "insert" and left >= 1 and right >= MIN_ANCHOR:
            flip = governor_finding(toks, i1, ev, j1, j2, view.text, art.text)
            if flip is not None:  # ("admitted ... but denied knowing" for "admitted knowing")
                out.append(flip)
                continue
        if tag == "insert" and left >= MIN_ANCHOR and right >= 1:
            other = exclusive_finding(toks, i1, ev, j1, view.text, art.text)
            if other is not None:
                out.append(other)
                continue
            moved = _moved(toks, i1, ops[k + 1][2], ev, j1, j2, view, art, cased)
            if moved is not None and not same_value(*moved, NAME, (moved[0], list(ev[j1:j2]))):
                out.append(swap_finding(FlagCode.ENTITY_SWAPPED, *moved, view, art, sid, "has"))
            elif i1 not in skip and (value := moved_number(toks, i1, ev, j1, j2, view.text)):
                out.append(moved_swap(value, toks, i1, ev, j1, view, art, sid))
            continue
        # (an antonym is no common rewording: a copied word on each side anchors its slot; the
        # evidence may hold an aside before its word, "IG Metall, Germany's union, criticised")
        ends = right or (i2 == len(toks) and j2 == len(ev))  # (or both sentences end there)
        starts = left or (i1 == 0 and j1 == 0 and right >= MIN_ANCHOR)  # (or both start there)
        if tag == "replace" and starts and ends and i2 - i1 == 1:
            # (one word, or the words nearest the copied object: "expressing his gratitude
            # for Russia's support" leans the other way from "criticised Russia's support")
            if _one_slot(ev, j1, j2, art):
                opposite = opposite_finding(toks, i1, ev, j2 - 1, view.text, art.text)
            else:
                opposite = None
                if not right and clause_ends(ev, j1 + 1, art.text):
                    # (the claim ends where a clause of the evidence does: "moved too quickly"
                    # for "moved too slowly and kept their rating")
                    opposite = opposite_finding(toks, i1, ev, j1, view.text, art.text)
                if opposite is None:
                    opposite = leaning_finding(toks, i1, ev, max(j1, j2 - LEANING), j2, art.text)
            if opposite is not None:
                out.append(opposite)
                continue
        left_ok = left >= 1 or i1 == 0
        right_ok = right >= 1 or i2 == len(toks)
        if tag != "replace" or not (left_ok and right_ok and max(left, right) >= MIN_ANCHOR):
            continue
        i2 = claims_slot(toks, i1, i2, ev, j2, view.text)
        mine = value_of(toks[i1:i2], view.text, art, cased and i1 > 0)
        # Where the claim starts (or ends), the evidence may go on: its slot is the name right
        # before (after) the copied words; a number or date fills as many tokens as the claim's.
        width = i2 - i1 if mine is not None and mine[0] != NAME else 0
        if i1 == 0:
            j1, j2 = slot_before(ev, j2, art.text)
            j1 = j1 if j1 < j2 else max(0, j2 - width)
        if i2 == len(toks):
            j2 = slot_after(ev, j1, art.text)
            j2 = j2 if j2 > j1 else min(len(ev), j1 + width)
        if i1 > 0 and j2 > j1 + 1:
            j1 = after_last(ev, j1, j2, toks[i1 - 1].norm)
        if run_on_slot(ev, j1, j2):
            continue  # (no name in the slot: "his native country Armed with court orders")
        # (inside both sentences, a capital marks a name in the evidence as in the claim)
        theirs = value_of(ev[j1:j2], art.text, art, i1 > 0 and j1 > 0)
        if theirs is None and mine is not None and mine[0] == NAME and left >= MIN_ANCHOR:
            theirs = name_leading(ev, j1, j2, mine[1], art)
        if mine is None or theirs is None or mine[0] != theirs[0]:
            continue
        kind = mine[0]
        if kind == NUMBER and by_month(toks, i1, i2):
            kind = DATE  # the day of "August 16": a date
        in_article = all(art.holds(t) for t in mine[1])
        if kind == NUMBER:
            code = _number_conflict(toks, i1, i2, ev, j1, j2, in_article, view.text)
            if code is None:
                continue
        elif kind == DATE and not in_article:
            continue  # a date the article lacks: the date tests judge it (and resolve it)
        else:
            code = None
        if same_value(mine[1], theirs[1], kind, (list(toks[i1:i2]), list(ev[j1:j2]))):
            aliases.update(t.start for t in mine[1])
            continue
        if kind == NAME and described(toks, i1, mine[1]):
            continue
        if kind == NAME and owner_for_name(mine[1], toks, i2, view.text, ev, j2, art):
            continue
        if kind == NAME and k + 1 < len(ops) and _gapped(toks, ops[k + 1][2], ev, mine[1]):
            continue
        if kind == NAME and k > 0 and place_of_clause(toks, mine[1], ev, ops[k - 1][3]):
            continue  # ("collapsed in Santa Cruz" for "Santa Cruz, where ... collapsed")
        if kind == NAME and area_named(ev, j2):
            continue
        speaker = kind == NAME and _is_speaker(ev, j1, j2)
        what = "says" if speaker else "has"
        out.append(
            swap_finding(code or _code(kind, speaker), mine[1], theirs[1], view, art, sid, what)
        )
    return out, aliases
