"""Evidence mode: check a structured Summary against its article.

Each claim's evidence quotes are aligned with :mod:`summariser.grounding`; the sentences holding
them seed the claim's evidence, and the claim's own words then go through the same support tests
as open mode. Actors, dates and sources are checked by :mod:`.elements`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..attribution import Attribution
from ..dates import DateMention
from ..grounding import PreparedText, align_quote
from ..grounding import prepare as prepare_quotes
from ..report import CheckReport, ClaimCheck, FlagCode
from ..schema import Summary
from ..spans import Span
from ..text import Doc
from .elements import element_checks
from .flags import Finding
from .open_mode import check_prepared
from .prepare import PreparedArticle, prepared
from .score import SUPPORT_THRESHOLD

logger = logging.getLogger(__name__)

P_QUOTE_NOT_FOUND = 1.5  # logits off a claim's score per evidence quote the article lacks


def _sentence_ids(art: PreparedArticle, start: int, end: int) -> list[int]:
    return [i for i, s in enumerate(art.sentences) if s.start < end and start < s.end]


def _claim_check(
    claim_id: str,
    statement: str,
    quotes: list[str],
    art: PreparedArticle,
    qprep: PreparedText,
    summary: Summary,
) -> ClaimCheck:
    prior: list[Finding] = []
    seeds: set[int] = set()
    spans: list[Span] = []
    for quote in quotes:
        al = align_quote(quote, qprep)
        if al.start is None or al.end is None:
            msg = f"The evidence quote {quote[:80]!r} is not in the article."
            prior.append(Finding(FlagCode.QUOTE_NOT_FOUND, msg, 0, 0, P_QUOTE_NOT_FOUND))
            continue
        spans.append(Span.of(art.text, al.start, al.end))
        seeds.update(_sentence_ids(art, al.start, al.end))
    return check_prepared(
        art,
        statement,
        claim_id=claim_id,
        published=summary.metadata.published,
        seeds=tuple(sorted(seeds)),
        prior=prior,
        quotes=spans,
    )


def check(
    summary: Summary,
    article: str | Doc,
    *,
    attributions: Sequence[Attribution] | None = None,
    dates: Sequence[DateMention] | None = None,
) -> CheckReport:
    """Check every claim of ``summary`` (quotes, own words) and every actor, date and source.

    ``elements`` lists only the actors, dates and sources that raised a flag. ``attributions``
    and ``dates`` (found with the summary's publication date) may pass what the caller already
    found in the article, as the pipeline does, so the engines do not run twice.
    """
    art = prepared(article)
    qprep = prepare_quotes(article)
    claims = [
        _claim_check(c.id, c.statement, [e.quote for e in c.evidence], art, qprep, summary)
        for c in summary.claims
    ]
    supported = sum(1 for c in claims if c.supported)
    return CheckReport(
        claims=claims,
        elements=element_checks(summary, art, qprep, attributions=attributions, dates=dates),
        threshold=SUPPORT_THRESHOLD,
        supported_share=supported / len(claims) if claims else 1.0,
        flagged_claims=sum(1 for c in claims if c.flags),
    )
