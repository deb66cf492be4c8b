"""What an article view shows, computed from a Summary or from open-mode claim checks.

Everything here is plain data; the templates turn it into HTML with autoescaping, so article
text and model output reach the page only as text.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..article import sha256
from ..report import CheckReport, ClaimCheck, Flag
from ..schema import Claim, Summary
from .segments import (
    Annotation,
    EvidenceSpan,
    Run,
    StatementPiece,
    runs,
    statement_pieces,
)

COLOURS = 8  # claim colours in the stylesheet: k0 ... k7
UNCHECKED = "unchecked"  # data-verdict of a claim without a check report (--no-check)
_TOKEN = re.compile(r"^[A-Za-z0-9_.:-]{1,40}$")


@dataclass(frozen=True)
class FlagView:
    code: str
    message: str
    span: str | None  # the offending text of the claim


@dataclass(frozen=True)
class ClaimView:
    id: str
    colour: int
    statement: list[StatementPiece]
    verdict: str
    score: float | None
    status: str | None
    source: str | None
    flags: list[FlagView]
    warnings: list[FlagView]
    evidence: list[tuple[int, int]]  # article offsets, for links to the marks

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.statement)


@dataclass(frozen=True)
class Entry:
    """One actor, date or source in the side lists."""

    kind: str
    id: str
    text: str
    detail: str
    flags: list[str] = field(default_factory=list)


@dataclass
class ArticleView:
    key: str  # unique within the page: prefixes element ids
    title: str
    text: str
    runs: list[Run]
    claims: list[ClaimView]
    entries: list[Entry]
    facts: list[tuple[str, str]]  # header lines: (label, value)
    check_lines: list[str]
    element_flags: list[str]
    published: str = "unknown"
    gist: str | None = None

    def anchor(self, offset: int) -> str:
        """The id of the run holding `offset` (runs start only where the claims change)."""
        starts = [r.start for r in self.runs]
        return f"{self.key}-p{starts[max(bisect_right(starts, offset) - 1, 0)]}"

    def colour_of(self, claim_id: str) -> int:
        return next((c.colour for c in self.claims if c.id == claim_id), 0)

    def count(self, verdict: str) -> int:
        return sum(c.verdict == verdict for c in self.claims)

    @property
    def flagged(self) -> int:
        return sum(c.flagged for c in self.claims)


def claim_ids(raw: list[str | None]) -> list[str]:
    """Claim ids safe in a space-separated attribute: the given ones if usable, else c1, c2..."""
    given = [r or "" for r in raw]
    if all(_TOKEN.match(g) for g in given) and len(set(given)) == len(given):
        return given
    return [f"c{i}" for i in range(1, len(raw) + 1)]


def _flags(flags: list[Flag]) -> list[FlagView]:
    return [FlagView(f.code.value, f.message, f.span.text if f.span else None) for f in flags]


def claim_view(
    claim_id: str,
    index: int,
    statement: str,
    check: ClaimCheck | None,
    *,
    size: int,
    claim: Claim | None = None,
    source: str | None = None,
) -> ClaimView:
    spans: list[tuple[int, int]] = []
    if claim is not None:
        spans += [(e.start, e.end) for e in claim.evidence if e.start is not None and e.end]
    # The checker's spans (whole sentences) where the claim cites none, or where they back a flag.
    if check is not None and (not spans or check.flags):
        spans += [(s.start, s.end) for s in check.evidence]
    spans = [(start, end) for start, end in spans if 0 <= start < end <= size]
    flags = check.flags if check else []
    warnings = check.warnings if check else []
    return ClaimView(
        id=claim_id,
        colour=index % COLOURS,
        statement=statement_pieces(
            statement,
            flags=[(f.code.value, f.span) for f in flags],
            warnings=[(f.code.value, f.span) for f in warnings],
        ),
        verdict=check.verdict.value if check else UNCHECKED,
        score=check.score if check else None,
        status=claim.status.value if claim else None,
        source=source,
        flags=_flags(flags),
        warnings=_flags(warnings),
        evidence=sorted(set(spans)),
    )


def evidence_spans(
    views: list[ClaimView], checks: dict[str, ClaimCheck | None]
) -> list[EvidenceSpan]:
    """Every claim's evidence; the spans a flagged verdict relied on are marked flagged."""
    out: list[EvidenceSpan] = []
    for view in views:
        check = checks.get(view.id)
        relied = {(s.start, s.end) for s in check.evidence} if check else set()
        out += [
            EvidenceSpan(view.id, start, end, flagged=view.flagged and (start, end) in relied)
            for start, end in view.evidence
        ]
    return out


def check_lines(report: CheckReport | None, views: list[ClaimView]) -> list[str]:
    if report is None and all(v.verdict == UNCHECKED for v in views):
        return ["Not checked (--no-check)."]
    counts = ", ".join(
        f"{sum(v.verdict == verdict for v in views)} {verdict}"
        for verdict in ("supported", "contradicted", "unverified")
    )
    lines = [f"{len(views)} claims: {counts}; {sum(v.flagged for v in views)} flagged."]
    if report is not None:
        lines.append(
            f"{report.supported_share:.0%} of claims supported (threshold {report.threshold:.2f})."
        )
    return lines


def summary_view(
    summary: Summary,
    text: str,
    *,
    key: str = "v1",
    title: str,
    origin: str | None = None,
) -> ArticleView:
    """The view of a summary (with its check report, if any) over its article.

    The summary's own offsets (evidence, mentions, dates, sources) are used only when it was
    made from this very text; otherwise only the check report's spans, computed on it, are.
    """
    if summary.metadata.article_sha256 != sha256(text):
        summary = summary.model_copy(
            update={
                "claims": [c.model_copy(update={"evidence": []}) for c in summary.claims],
                "actors": [a.model_copy(update={"mentions": []}) for a in summary.actors],
                "dates": [d.model_copy(update={"start": None, "end": None}) for d in summary.dates],
                "sources": [
                    s.model_copy(update={"start": None, "end": None}) for s in summary.sources
                ],
            }
        )
    report = summary.check
    by_id = {c.claim_id: c for c in report.claims} if report else {}
    ids = claim_ids([c.id for c in summary.claims])
    sources = {s.id: s.name for s in summary.sources}
    views = [
        claim_view(
            new,
            i,
            claim.statement,
            by_id.get(claim.id),
            size=len(text),
            claim=claim,
            source=f"{claim.source_id} ({sources[claim.source_id]})"
            if claim.source_id in sources
            else claim.source_id,
        )
        for i, (new, claim) in enumerate(zip(ids, summary.claims, strict=True))
    ]
    checks = {new: by_id.get(c.id) for new, c in zip(ids, summary.claims, strict=True)}
    element_flags = {
        (e.kind, e.element_id): [f"{f.code.value}: {f.message}" for f in e.flags]
        for e in (report.elements if report else [])
        if e.flags
    }
    notes: list[Annotation] = []
    entries: list[Entry] = []
    for actor in summary.actors:
        flagged = element_flags.get(("actor", actor.id), [])
        detail = ", ".join(x for x in (actor.type.value, actor.role) if x)
        entries.append(Entry("actor", actor.id, actor.name, detail, flagged))
        notes += [
            Annotation(
                "actor",
                actor.id,
                m.start,
                m.end,
                actor.id,
                f"{actor.id} {actor.name} ({detail})",
                bool(flagged),
            )
            for m in actor.mentions
        ]
    for date in summary.dates:
        flagged = element_flags.get(("date", date.id), [])
        value = date.value or "?"
        entries.append(Entry("date", date.id, date.expression, value, flagged))
        if date.start is not None and date.end is not None:
            notes.append(
                Annotation(
                    "date",
                    date.id,
                    date.start,
                    date.end,
                    value,
                    f"{date.id} {date.expression} = {value}",
                    bool(flagged),
                )
            )
    for source in summary.sources:
        flagged = element_flags.get(("source", source.id), [])
        detail = ", ".join(x for x in (source.type.value, source.channel, source.cue) if x)
        entries.append(Entry("source", source.id, source.name, detail, flagged))
        if source.start is not None and source.end is not None:
            notes.append(
                Annotation(
                    "source",
                    source.id,
                    source.start,
                    source.end,
                    source.cue or source.id,
                    f"{source.id} {source.name} ({detail})",
                    bool(flagged),
                )
            )
    meta = summary.metadata
    published = published_line(meta.published, meta.published_from)
    # A hand-written summary (summariser/given.py) has no backend or prompt to speak of.
    model = meta.model if meta.backend == meta.model else f"{meta.backend}:{meta.model}"
    facts = [("Model", model)]
    if meta.prompt_version:
        facts.append(("Prompt version", meta.prompt_version))
    facts.append(("Published", published))
    if origin:
        facts.append(("From", origin))
    return ArticleView(
        key=key,
        title=title,
        text=text,
        runs=runs(text, evidence=evidence_spans(views, checks), annotations=notes, claim_order=ids),
        claims=views,
        entries=entries,
        facts=facts,
        check_lines=check_lines(report, views),
        element_flags=[
            f"{kind} {eid}: {line}"
            for (kind, eid), lines in element_flags.items()
            for line in lines
        ],
        published=published,
        gist=summary.gist,
    )


def published_line(published: dt.date | None, source: str | None) -> str:
    if published is None:
        return "unknown"
    where = {"argument": "given", "dateline": "from the dateline"}.get(source or "", source)
    return f"{published.isoformat()} ({where})" if where else published.isoformat()
