"""Numbers of a claim that its evidence does not give, and when two numbers agree.

News hedges and rounds ("more than 100" for 116, "about 50"), so a number agrees with what it
bounds or approximates; an age is given to the year. A number differing from an evidence number
of its own kind contradicts it; an age and a count are of different kinds ("Pat, 69," is no
rival of "Grandmother-of-three"), and so are numbers counting different things.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..report import FlagCode
from .ages import AGE_WORDS, age_finding, is_age
from .differences import given_as_change
from .durations import in_two_units, is_span
from .features import Tok
from .flags import P_NUMBER_DOC, P_NUMBER_EV, ClaimView, Finding, span_text
from .fractions import as_percent, percentages
from .prepare import PreparedArticle
from .quantities import DateWord, NumberMention, same_number
from .support import Support

# Hedges before a number that make it a bound or an estimate: "more than 100" agrees with 116.
_AT_LEAST = frozenset(
    {"more than", "over", "at least", "upwards of", "above", "exceeding", "no less than"}
)
_AT_MOST = frozenset(
    {"less than", "fewer than", "under", "up to", "below", "almost", "nearly", "no more than"}
)
_ABOUT = frozenset({"about", "around", "some", "roughly", "approximately", "estimated"})
APPROX = 0.15  # relative distance an estimate ("about 100", a round "100") may be off by
# How far past its bound a hedged number may be: news writes "more than 100" for 116, not for 225,
# which it would round to "more than 200".
BOUND_REACH = 0.25


# An age is given to the year: "a 50-year-old" is no round estimate of 52.
EXACT = "exact"
_YEARS = frozenset({"year", "years"})


def hedge_before(toks: Sequence[Tok], i: int, text: str = "") -> str:
    """The hedge right before token ``i``: "more than", "about", ... ; EXACT for an age (read in
    commas after a name when the tokens' ``text`` is given); or ""."""
    if tuple(t.norm for t in toks[i + 1 : i + 3]) in AGE_WORDS or (
        text and is_age(toks, i, i + 1, text)
    ):
        return EXACT
    one = toks[i - 1].norm if i > 0 else ""
    two = f"{toks[i - 2].norm} {one}" if i > 1 else ""
    three = f"{toks[i - 3].norm} {two}" if i > 2 else ""  # "no more than"
    for h in (three, two, one):
        if h in _AT_LEAST or h in _AT_MOST or h in _ABOUT:
            return h
    return ""


def _round(value: float) -> bool:
    """One significant digit and at least two digits: 100, 30, 2,000 - the numbers of estimates."""
    if value < 10 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) == 1


def agrees(value: float, hedge: str, other: float) -> bool:
    """Whether a claim's (hedged) number is consistent with a number of the evidence."""
    if same_number(value, other):
        return True
    if hedge == EXACT:
        return False
    near = abs(value - other) <= APPROX * max(abs(value), abs(other))
    if hedge in _AT_LEAST:
        return value < other <= value * (1 + BOUND_REACH)
    if hedge in _AT_MOST:
        return value * (1 - BOUND_REACH) <= other < value
    return near and (hedge in _ABOUT or _round(value))


def number_findings(
    view: ClaimView,
    art: PreparedArticle,
    sup: Support,
    *,
    dates: Sequence[DateWord],
    mentions: Sequence[NumberMention] | None = None,
) -> list[Finding]:
    """Numbers and quantities (years excepted: they are dates) the evidence does not give.

    A number that differs from the evidence's own numbers of the same kind contradicts it and
    weighs as much as one the article never gives; one the article gives elsewhere weighs less.
    Hedged and round numbers ("more than 100", "about 50", "100") agree with what they bound or
    approximate.
    """
    out: list[Finding] = []
    if mentions is None:
        mentions = view.mentions
    if not mentions:
        return out
    days = {k for d in dates if d.cat == "day" for k in range(d.i, d.j)}
    window = None  # (the evidence's numbers, read when a number of the claim is no date)
    for num in mentions:
        if num.kind == "year" or num.i in days:
            continue  # dates, not quantities: see date_findings
        whole = with_others(view.toks, view.text, num)
        if whole is not None:  # ("Mali and five other countries" count six)
            num = replace(num, value=whole)
        hedge = hedge_before(view.toks, num.i, view.text)
        age = is_age(view.toks, num.i, num.j, view.text)
        other_age = age_finding(view, art, num)
        if other_age is not None:
            out.append(other_age)
            continue
        if window is None:
            window = _window_numbers(art, sup.window)
        if any(agrees(num.value, hedge, v) for v, _ in window) and (
            not age or _agreeing_age(num, hedge, art, sup.window)
        ):
            continue
        if not age and restated_span(view.toks, num, hedge, art, sup.window, text=view.text):
            continue
        start, end, text = span_text(view, num.i, num.j)
        rivals = sorted(_rivals(num, age, mentions, view, art, sup))
        if rivals:
            said = ", ".join(f"{v:g}" for v in rivals[:3])
            msg = f"The claim says {text!r} where the supporting sentences say {said}."
            out.append(Finding(FlagCode.NUMBER_MISMATCH, msg, start, end, P_NUMBER_DOC, True))
        elif any(agrees(num.value, hedge, v) for v, _ in art.numbers):
            msg = f"The number {text!r} is in the article but not in the supporting sentences."
            out.append(Finding(FlagCode.NUMBER_MISMATCH, msg, start, end, P_NUMBER_EV))
        else:
            msg = f"The number {text!r} does not appear in the article."
            out.append(Finding(FlagCode.NUMBER_MISMATCH, msg, start, end, P_NUMBER_DOC))
    return out


def restated_span(
    toks: Sequence[Tok],
    num: NumberMention,
    hedge: str,
    art: PreparedArticle,
    sids: Sequence[int],
    *,
    text: str,
) -> bool:
    """Whether sentences ``sids`` give what ``num`` of ``toks`` (of the claim's ``text``) says in
    another form: a span of time in another unit ("30 years" for "three decades", "two days"
    for "48 hours"), a fraction as a percentage ("a fifth" for "20%", "33%" for "a
    third"), or a change as its amount ("gained nine" for "89, up from 80")."""
    if given_as_change(toks, num, art, sids):
        return True
    part = as_percent(toks, num)
    if part is not None:  # ("by a fifth" for "by 20%": a fraction agrees as an estimate)
        sents = [art.sentences[sid] for sid in sids]
        given = [v for e in sents for v in percentages(e.toks, e.number_mentions, art.text)]
        return any(agrees(part, "about", v) for v in given)
    if percentages(toks, (num,), text):  # ("33%" for "a third": the fraction was the estimate)
        sents = [art.sentences[sid] for sid in sids]
        parts = [as_percent(e.toks, m) for e in sents for m in e.number_mentions]
        return any(p is not None and agrees(p, "about", num.value) for p in parts)
    if not is_span(toks, num):
        return False
    for sid in sids:
        sent = art.sentences[sid]
        for m in sent.number_mentions:
            both = in_two_units(toks, num, sent.toks, m)
            if both is not None and agrees(both[0], hedge, both[1]):
                return True
    return False


def _agreeing_age(
    num: NumberMention, hedge: str, art: PreparedArticle, sids: Sequence[int]
) -> bool:
    """Whether a number of sentences ``sids`` agrees with the age ``num`` as an age: an age or
    a span of years ("44 years old", "44 years later"), not a count ("Pat, 3," is not the
    "three" of "Grandmother-of-three")."""
    for sid in sids:
        sent = art.sentences[sid]
        toks = sent.toks
        for m in sent.number_mentions:
            if agrees(num.value, hedge, m.value) and (
                is_age(toks, m.i, m.j, art.text) or (m.j < len(toks) and toks[m.j].norm in _YEARS)
            ):
                return True
    return False


def _rivals(
    num: NumberMention,
    age: bool,
    mentions: Sequence[NumberMention],
    view: ClaimView,
    art: PreparedArticle,
    sup: Support,
) -> set[float]:
    """The evidence's numbers that ``num`` stands against: of its kind, not given by another
    number of the claim (the claim's "10 men in 11 years" accounts for those), and not counting
    a thing the claim never mentions ("two felony charges" is no rival of "six" wives), and an
    age when ``num`` is one (``age``), a count when it is not."""
    others = {m.value for m in mentions if m is not num}
    claimed = {t.stem for t in view.toks}
    out: set[float] = set()
    for sid in sup.sids:
        sent = art.sentences[sid]
        for m in sent.number_mentions:
            if m.kind != num.kind or m.value in others:
                continue
            toks = sent.toks
            whole = with_others(toks, art.text, m) if _OTHER.intersection(sent.norms) else None
            if m.j < len(toks) and toks[m.j].content and toks[m.j].stem not in claimed:
                continue
            if is_age(toks, m.i, m.j, art.text) != age:
                continue  # an age and a count are no rivals ("Pat, 69," and "mother-of-three")
            out.add(m.value if whole is None else whole)
    return out


_OTHER = frozenset({"other", "others"})
# What a sentence with either word holds in its text (a word's normal form is its text in lower
# case): searched at C level, before the sentence's words are read (most sentences lack both).
_OTHER_TEXT = re.compile("other", re.IGNORECASE)


def with_others(toks: Sequence[Tok], text: str, num: NumberMention) -> float | None:
    """The whole a number counts with the names listed before it: "Mali and five other
    countries" are six, "Mali, Niger and three others" five; None without "and N other"."""
    i = num.i
    if num.j >= len(toks) or toks[num.j].norm not in _OTHER or i < 2 or toks[i - 1].norm != "and":
        return None
    named, m = 0, i - 2
    while m >= 0 and toks[m].cap and toks[m].content:
        while m > 0 and toks[m - 1].cap and text[toks[m - 1].end : toks[m].start] == " ":
            m -= 1  # (the start of a name of several words)
        named += 1
        if m == 0 or "," not in text[toks[m - 1].end : toks[m].start]:
            break
        m -= 1
    return num.value + max(named, 1)


def _window_numbers(art: PreparedArticle, sids: Sequence[int]) -> list[tuple[float, str]]:
    """The numbers (value, kind) of sentences ``sids``, each counting the names listed with it
    ("Mali and five other countries": six)."""
    out: list[tuple[float, str]] = []
    for sid in sids:
        sent = art.sentences[sid]
        if not _OTHER_TEXT.search(art.text, sent.start, sent.end) or _OTHER.isdisjoint(sent.norms):
            out += sent.numbers
            continue
        for m in sent.number_mentions:
            whole = with_others(sent.toks, art.text, m)
            out.append((m.value if whole is None else whole, m.kind))
    return out
