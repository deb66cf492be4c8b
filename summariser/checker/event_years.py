"""The year of the event a claim copies: "Azerbaijan retook Nagorno-Karabakh in 2020 in a
one-day offensive" against "In September 2023, Azerbaijan retook the region in a one-day
offensive", where 2020 is the year of another sentence's war.

A sentence dates its own event. When the claim copies its predicate from one sentence (most of
its words in runs of PAIR_RUN tokens or more, with the year beside such a run: "in 2020 in a
one-day offensive"), that sentence gives one year, and the claim gives one other year of the
article, the claim has moved a year of another event onto this one.
A year the article lacks is left to the date tests; two years on either side (a span, a
comparison) are left alone.
"""

from __future__ import annotations

from ..report import FlagCode
from .align import Alignment
from .flags import ClaimView, Finding
from .prepare import PreparedArticle
from .swap_findings import swap_finding

PAIR_RUN = 2  # tokens in a row that make a stretch copied: a subject and its verb, say


def event_year_finding(
    view: ClaimView, art: PreparedArticle, sid: int, matcher: Alignment
) -> Finding | None:
    """A date swap when the claim's one year differs from the one year of the sentence whose
    predicate it copies."""
    toks = view.toks
    mine = [m for m in view.mentions if m.kind == "year"]
    if len(mine) != 1:
        return None
    sent = art.sentences[sid]
    theirs = [m for m in sent.number_mentions if m.kind == "year"]
    if len(theirs) != 1 or theirs[0].value == mine[0].value:
        return None
    year, other = mine[0], theirs[0]
    if not art.holds(toks[year.i]):
        return None
    copied = {
        b.a + k for b in matcher.get_matching_blocks() if b.size >= PAIR_RUN for k in range(b.size)
    }
    content = [k for k, t in enumerate(toks) if t.content and not year.i <= k < year.j]
    if not content or 2 * sum(k in copied for k in content) < len(content):
        return None
    if year.i - 1 not in copied and year.j not in copied:
        return None  # (the year stands apart from what the claim copies: another clause's)
    ev = sent.toks
    return swap_finding(
        FlagCode.DATE_SWAPPED,
        list(toks[year.i : year.j]),
        list(ev[other.i : other.j]),
        view,
        art,
        sid,
        "has",
    )
