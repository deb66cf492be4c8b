"""A number in another number's slot: "married 10 men" where the evidence has "married six men".

The word right before a number (past a few function words) is what the number counts or
completes: "fined £3,000", "start 17th", "worn in 20 matches", an age after a name in commas
("Kvarzell, 25,"). The presence test accepts any number the evidence window gives; this test
asks whether the claim's number stands where the evidence puts it. When the evidence sentence
has the claim's word with another number after it, and no sentence of the article gives that
word with the claim's number, the claim has moved an article number into another one's slot.

A name is a number's word only in apposition (a comma between: an age). Numbers listed in the
slot ("$120m (£97m)", "4-0 and 3-1") each agree; a partitive's whole does not ("given out 100 of
the 1,000": what was given is 100).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence

from ..report import FlagCode
from .counted_nouns import counted_noun_finding, noun_after
from .elided_counts import elided_counts
from .features import NUM, Tok
from .flags import P_CONTRADICTION, ClaimView, Finding
from .number_flags import agrees, hedge_before, restated_span
from .partitives import partitive_part
from .prepare import PreparedArticle
from .quantities import DateWord, NumberMention
from .relative_clauses import in_other_clause
from .series import run_count
from .support import Support
from .time_units import unit_finding

logger = logging.getLogger(__name__)

GAP = 2  # function words allowed between a word and its number ("worn in 20", "fined a £")
# Marks that end the word's phrase: a number behind them belongs to something else.
_BREAKS = frozenset(".;:!?()[]")
# What may stand between two numbers listed in one slot: a conjunction or a range's "to", and
# marks of a list, a range or a conversion in brackets, with its currency signs.
_LISTING = frozenset({"and", "or", "to"})
_LIST_MARKS = frozenset(",/()-–$£€¥%")


def number_slot_findings(
    view: ClaimView,
    art: PreparedArticle,
    sup: Support,
    *,
    mentions: Sequence[NumberMention],
    dates: Sequence[DateWord],
    judged: set[int],
) -> list[Finding]:
    """Claim numbers (``mentions``; not dates, none at the offsets ``judged``) that follow a
    word of the evidence where the evidence has another number."""
    out: list[Finding] = []
    toks = view.toks
    days = {k for d in dates if d.cat == "day" for k in range(d.i, d.j)}
    claimed = {t.stem for t in toks}
    for num in mentions:
        if num.kind == "year" or num.i in days or toks[num.i].start in judged:
            continue
        hedge = hedge_before(toks, num.i, view.text)
        if restated_span(toks, num, hedge, art, sup.window, text=view.text):
            continue  # ("30 years" for "three decades": one span, two units)
        found = _before_finding(view, art, sup, num, claimed)
        if found is None:  # (what the number follows says nothing: what does it count?)
            found = _counted_finding(view, art, sup, num)
        if found is None:  # ("two days" for "two weeks": the number's unit of time)
            found = unit_finding(view, art, sup, num)
        if found is None:  # ("seven runs" for "seven wickets": what the number counts)
            found = counted_noun_finding(view, art, sup, num)
        if found is not None:
            out.append(found)
    return out


def _before_finding(
    view: ClaimView, art: PreparedArticle, sup: Support, num: NumberMention, claimed: set[str]
) -> Finding | None:
    """The claim's number after a word ("fined 3,000") where the supporting sentences put
    another number after that word, and no sentence of the article the claim's."""
    toks = view.toks
    g = _word_before(toks, num.i, view.text, art)
    if g is None:
        return None
    word = toks[g]
    named = _is_name(word, art)
    hedge = hedge_before(toks, num.i, view.text)
    content = {t.stem for t in toks if t.content}
    rival = _rival(art, sup, word, num, hedge, named=named, claimed=claimed, content=content)
    if rival is None or _said_anywhere(art, word, num, hedge, named=named):
        return None
    if _reworded(art, sup, num, hedge, claimed, rival[0].start):
        return None
    theirs = art.text[rival[0].start : rival[1].end]
    start, end = toks[num.i].start, toks[num.j - 1].end
    msg = (
        f"The claim puts {view.text[start:end]!r} after {view.text[word.start : word.end]!r}"
        f" where the supporting sentence has {theirs!r}."
    )
    return Finding(FlagCode.NUMBER_SWAPPED, msg, start, end, P_CONTRADICTION, True)


def _reworded(
    art: PreparedArticle,
    sup: Support,
    num: NumberMention,
    hedge: str,
    claimed: set[str],
    rival_at: int,
) -> bool:
    """Whether the supporting sentence that holds the most of the claim is not the rival's and
    gives the claim's number: the claim rewords that sentence ("revenue rose 11%" for "revenue
    ... up 11%"), and the word's other number ("net income rose 42%") is another fact's."""
    best = max(sup.sids, key=lambda k: (len(claimed & art.sentences[k].stems), -k))
    sent = art.sentences[best]
    if sent.start <= rival_at < sent.end:
        return False
    return any(kind == num.kind and agrees(num.value, hedge, v) for v, kind in sent.numbers)


def _is_name(t: Tok, art: PreparedArticle) -> bool:
    return t.cap or art.is_name(t)


def _word_before(toks: list[Tok], k: int, text: str, art: PreparedArticle) -> int | None:
    """The index of the content word the number at ``k`` follows, if it is close and in the same
    phrase; a name only in apposition ("Kvarzell, 25")."""
    for b in range(k - 1, max(-1, k - 2 - GAP), -1):
        t = toks[b]
        if t.kind == NUM:
            return None
        if t.content:
            return b if _binds(text[t.end : toks[k].start], _is_name(t, art)) else None
    return None


def _binds(between: str, is_name: bool) -> bool:
    """Whether the text between a word and a number keeps them in one phrase."""
    if not _BREAKS.isdisjoint(between):
        return False
    return between.strip() == "," if is_name else True


def _occurrences(
    art: PreparedArticle, sids: Iterable[int], word: Tok
) -> Iterator[tuple[Sequence[Tok], int, Sequence[NumberMention]]]:
    """Each place the word stands in the given sentences that have numbers, with them."""
    for sid in sids:
        sent = art.sentences[sid]
        if word.stem not in sent.stems or not sent.number_mentions:
            continue
        ev = sent.toks
        for p, t in enumerate(ev):
            if t.stem == word.stem:
                yield ev, p, sent.number_mentions


def _slot(
    art: PreparedArticle,
    ev: Sequence[Tok],
    p: int,
    mentions: Sequence[NumberMention],
    named: bool,
) -> list[NumberMention]:
    """The numbers the evidence puts after its word at ``p``: the first, close and in the same
    phrase, and those listed with it ("$120m (£97m)", "4-0 and 3-1"; not "100 of the 1,000")."""
    first = next((m for m in mentions if p < m.i <= p + GAP + 1), None)
    if first is None or any(t.content or t.kind == NUM for t in ev[p + 1 : first.i]):
        return []
    if not _binds(art.text[ev[p].end : ev[first.i].start], named):
        return []
    slot = [first]
    for m in mentions:
        if m.i < slot[-1].j:
            continue
        between = ev[slot[-1].j : m.i]
        text = art.text[ev[slot[-1].j - 1].end : ev[m.i].start]
        if len(between) > 1 or any(t.norm not in _LISTING for t in between):
            break
        # (the listing word itself checked above: what else stands there must be marks)
        if not {ch for ch in text if not (ch.isalpha() or ch.isspace())} <= _LIST_MARKS:
            break
        slot.append(m)
    return slot


def _rival(
    art: PreparedArticle,
    sup: Support,
    word: Tok,
    num: NumberMention,
    hedge: str,
    *,
    named: bool,
    claimed: set[str],
    content: set[str],
) -> tuple[Tok, Tok] | None:
    """The first span of another number the evidence puts after the word (its tokens' first and
    last), unless the evidence also puts an agreeing one there, or gives the claim's number to
    a name of the claim later in the sentence: the word is then shared by a second clause that
    leaves it out ("Button will start 17th and Alonso 18th"). A word a relative pronoun opens
    a clause with, where most of the claim's ``content`` stems stand before that clause, is
    the clause's subject's ("Battery life is about six hours, less than rival products, which
    last up to eight hours": a battery that "lasts about six hours" has no rival there)."""
    found: tuple[Tok, Tok] | None = None
    for ev, p, mentions in _occurrences(art, sup.sids, word):
        if in_other_clause(ev, p, content):
            continue  # ("which last up to eight hours": the relative clause's own subject)
        slot = _slot(art, ev, p, mentions, named)
        if any(agrees(num.value, hedge, m.value) for m in slot):
            return None
        if any(
            m.i > p + 1
            and ev[m.i - 1].stem in claimed
            and art.is_name(ev[m.i - 1])
            and agrees(num.value, hedge, m.value)
            for m in mentions
        ):
            return None
        if found is None and slot and slot[0].kind == num.kind:
            found = (ev[slot[0].i], ev[slot[0].j - 1])
    return found


def _said_anywhere(
    art: PreparedArticle, word: Tok, num: NumberMention, hedge: str, *, named: bool
) -> bool:
    """Whether some sentence of the article puts an agreeing number after the word."""
    return any(
        agrees(num.value, hedge, m.value)
        for ev, p, mentions in _occurrences(art, art.index.get(word.stem, ()), word)
        for m in _slot(art, ev, p, mentions, named)
    )


def _counts(
    art: PreparedArticle, sids: Iterable[int], noun: Tok, claimed: set[str]
) -> Iterator[NumberMention]:
    """The numbers the given sentences put before the noun (as ``_noun_after`` reads it), for
    a claim of the stems and words ``claimed``."""
    for sid in sids:
        sent = art.sentences[sid]
        if noun.stem not in sent.stems or not sent.number_mentions:
            continue
        ev = sent.toks
        for m in sent.number_mentions:
            k = noun_after(ev, m.i, m.j, art.text)
            if k is not None and ev[k].stem == noun.stem:
                yield m
                run = run_count(ev, m, k)
                if run is not None:  # ("a third quarter in a row": three quarters)
                    yield run
                part = partitive_part(ev, m, sent.number_mentions)
                if part is not None:
                    yield part
                yield from elided_counts(ev, sent.number_mentions, m, art.text, claimed=claimed)


def _counted_finding(
    view: ClaimView, art: PreparedArticle, sup: Support, num: NumberMention
) -> Finding | None:
    """The claim's number before a noun ("12 counts of theft") where the supporting sentences
    count that noun with another number ("15 counts") and no sentence of the article with the
    claim's."""
    toks = view.toks
    k = noun_after(toks, num.i, num.j, view.text)
    if k is None:
        return None
    noun = toks[k]
    hedge = hedge_before(toks, num.i, view.text)
    claimed = {t.stem for t in toks}
    words = claimed | {t.norm for t in toks}  # (the words of degree are asked by their form)
    rivals = [m for m in _counts(art, sup.sids, noun, words) if m.kind == num.kind]
    if not rivals or any(agrees(num.value, hedge, m.value) for m in rivals):
        return None
    # (an ordinal and a cardinal of one value are two facts: "the third day" is not "three days")
    if any(
        m.kind == num.kind and agrees(num.value, hedge, m.value)
        for m in _counts(art, art.index.get(noun.stem, ()), noun, words)
    ):
        return None
    at = art.sentences[next(s for s in sup.sids if noun.stem in art.sentences[s].stems)].start
    # A count the claim rewords from its own sentence ("62 people died in Paiporta" for
    # "Paiporta ... with at least 62 dead"); not a rank, which its slot places.
    if num.kind == "num" and _reworded(art, sup, num, hedge, claimed, at):
        return None
    start, end = toks[num.i].start, toks[num.j - 1].end
    said = view.text[start : noun.end]
    msg = f"The claim has {said!r} where the supporting sentences count {noun.norm!r} as "
    msg += ", ".join(f"{m.value:g}" for m in rivals[:3]) + "."
    return Finding(FlagCode.NUMBER_SWAPPED, msg, start, end, P_CONTRADICTION, True)
