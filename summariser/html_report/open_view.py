"""The view of open-mode checks: claims without a summary, evidence found by the checker.

Actors, dates and sources come from the deterministic engines, as a summary's would.
"""

from __future__ import annotations

import datetime as dt

from ..analysis import analyse
from ..report import ClaimCheck
from .segments import Annotation, runs
from .view import (
    ArticleView,
    Entry,
    check_lines,
    claim_ids,
    claim_view,
    evidence_spans,
    published_line,
)


def checks_view(
    checks: list[ClaimCheck],
    text: str,
    *,
    key: str = "v1",
    title: str,
    published: dt.date | None = None,
    origin: str | None = None,
) -> ArticleView:
    """The view of open-mode checks (claims without a summary) over the article."""
    analysis = analyse(text, published=published)
    ids = claim_ids([c.claim_id for c in checks])
    views = [
        claim_view(new, i, c.claim, c, size=len(text))
        for i, (new, c) in enumerate(zip(ids, checks, strict=True))
    ]
    notes: list[Annotation] = []
    entries: list[Entry] = []
    for i, actor in enumerate(analysis.actors, 1):
        detail = ", ".join(x for x in (actor.type, actor.role) if x)
        entries.append(Entry("actor", f"a{i}", actor.name, detail))
        notes += [
            Annotation("actor", f"a{i}", m.start, m.end, f"a{i}", f"a{i} {actor.name} ({detail})")
            for m in actor.mentions
        ]
    for i, date in enumerate(analysis.dates, 1):
        value = date.value or "?"
        entries.append(Entry("date", f"d{i}", date.text, value))
        notes.append(
            Annotation("date", f"d{i}", date.start, date.end, value, f"d{i} {date.text} = {value}")
        )
    for i, att in enumerate((a for a in analysis.attributions if a.source), 1):
        assert att.source is not None
        name = att.resolved_source or att.source.text
        entries.append(Entry("source", f"s{i}", name, att.cue.text))
        notes.append(
            Annotation(
                "source",
                f"s{i}",
                att.source.start,
                att.source.end,
                att.cue.text,
                f"s{i} {name} ({att.cue.text})",
            )
        )
    shown = published_line(analysis.published, analysis.published_from)
    facts = [
        ("Mode", "open (claims without evidence; the checker found the evidence)"),
        ("Published", shown),
    ]
    if origin:
        facts.append(("From", origin))
    return ArticleView(
        key=key,
        title=title,
        text=text,
        runs=runs(
            text,
            evidence=evidence_spans(views, dict(zip(ids, checks, strict=True))),
            annotations=notes,
            claim_order=ids,
        ),
        claims=views,
        entries=entries,
        facts=facts,
        check_lines=check_lines(None, views),
        element_flags=[],
        published=shown,
    )
