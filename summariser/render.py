"""Human-readable output of summaries and check reports (rich, plain when not a terminal)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from .report import CheckReport, ClaimCheck, Verdict
from .schema import AlignmentStatus, Summary

_MARK = {
    AlignmentStatus.EXACT: "[green]exact[/]",
    AlignmentStatus.NORMALISED: "[green]normalised[/]",
    AlignmentStatus.FUZZY: "[yellow]fuzzy[/]",
    AlignmentStatus.NOT_FOUND: "[red]NOT FOUND[/]",
}


def print_summary(summary: Summary, console: Console) -> None:
    """Gist, then each claim with its evidence and verdict, then actors, dates, sources."""
    checks = {c.claim_id: c for c in summary.check.claims} if summary.check else {}
    article = summary.article
    if article is not None and article.title:
        console.print(f"[bold]Title:[/] {escape(article.title)}")
    if article is not None and article.url:
        console.print(f"[dim]{escape(article.url)}[/]")
    console.print(f"[bold]Gist:[/] {escape(summary.gist)}")
    console.print()
    console.print(f"[bold]Claims[/] ({len(summary.claims)})")
    for claim in summary.claims:
        verdict = _verdict(checks.get(claim.id))
        console.print(
            f"  [bold]{claim.id}[/] {escape(claim.statement)}  "
            f"[dim]({claim.status.value}; source {claim.source_id or '-'})[/] {verdict}"
        )
        for ev in claim.evidence:
            where = f"{ev.start}-{ev.end}" if ev.start is not None else "-"
            console.print(f'      evidence [{where}] {_MARK[ev.status]}: "{escape(ev.quote)}"')
        check = checks.get(claim.id)
        if check:
            _print_flags(check, console, indent="      ")
    console.print()
    console.print(f"[bold]Actors[/] ({len(summary.actors)})")
    for actor in summary.actors:
        role = f", {actor.role}" if actor.role else ""
        aliases = f" (also: {', '.join(actor.aliases)})" if actor.aliases else ""
        console.print(
            f"  {actor.id} {escape(actor.name)} [dim]{actor.type.value}{escape(role)}[/]"
            f"{escape(aliases)}"
        )
    console.print()
    console.print(f"[bold]Dates[/] ({len(summary.dates)})")
    # A date without a value is one the publication date would resolve ("on Tuesday").
    unknown = "? (no publication date)" if summary.metadata.published is None else "?"
    for date in summary.dates:
        console.print(f"  {date.id} {escape(date.expression)} -> [bold]{date.value or unknown}[/]")
    console.print()
    console.print(f"[bold]Sources[/] ({len(summary.sources)})")
    for source in summary.sources:
        extra = ", ".join(x for x in (source.type.value, source.channel, source.cue) if x)
        claims = ", ".join(source.claim_ids) or "-"
        console.print(f"  {source.id} {escape(source.name)} [dim]({extra}; claims {claims})[/]")
    if summary.check:
        console.print()
        print_report_footer(summary.check, console)
    meta = summary.metadata
    console.print(
        f"[dim]{meta.backend}:{meta.model} · prompt {meta.prompt_version} · "
        f"{_published(meta.published, meta.published_from)} · "
        f"{meta.usage.total_tokens} tokens · "
        f"{sum(meta.timings.values()):.2f}s[/]"
    )


def _published(published: object, source: object) -> str:
    if published is None:
        return "published unknown"
    return f"published {published} ({source})" if source else f"published {published}"


_VERDICT_STYLE = {
    Verdict.SUPPORTED: "[green]supported",
    Verdict.CONTRADICTED: "[bold red]CONTRADICTED",
    Verdict.UNVERIFIED: "[yellow]UNVERIFIED",
}


def _verdict(check: ClaimCheck | None) -> str:
    if check is None:
        return ""
    return f"{_VERDICT_STYLE[check.verdict]} {check.score:.2f}[/]"


def _print_flags(check: ClaimCheck, console: Console, *, indent: str) -> None:
    """The reasons for the verdict in red; doubts that left the claim supported as warnings."""
    for flag in check.flags:
        console.print(f"{indent}[red]flag {flag.code.value}[/]: {escape(flag.message)}")
    for flag in check.warnings:
        console.print(f"{indent}[dim]warning {flag.code.value}: {escape(flag.message)}[/]")


def print_report_footer(report: CheckReport, console: Console) -> None:
    flagged = [e for e in report.elements if e.flags]
    console.print(
        f"[bold]Check:[/] {report.supported_share:.0%} of claims supported, "
        f"{report.flagged_claims} flagged, {len(flagged)} flagged actors/dates/sources"
    )
    print_element_flags(report, console)


def print_element_flags(report: CheckReport, console: Console) -> None:
    """Each flag of an actor, date or source (a wrong date value, an unknown speaker...)."""
    for element in (e for e in report.elements if e.flags):
        for flag in element.flags:
            console.print(
                f"  [red]{element.kind} {element.element_id} {flag.code.value}[/]: "
                f"{escape(flag.message)}"
            )


def print_claim_checks(
    checks: list[ClaimCheck], console: Console, *, report: CheckReport | None = None
) -> None:
    """One line a claim, then its flags; with a summary's report (evidence mode), the flags
    of its actors, dates and sources too."""
    for i, check in enumerate(checks, 1):
        console.print(f"{i:>3}. {_verdict(check)}  {escape(check.claim)}")
        _print_flags(check, console, indent="      ")
    supported = sum(c.supported for c in checks)
    tally = f"{supported}/{len(checks)} claims supported"
    if report is not None:
        flagged = sum(1 for e in report.elements if e.flags)
        tally += f", {flagged} flagged actors/dates/sources"
    console.print(f"[bold]{tally}[/]")
    if report is not None:
        print_element_flags(report, console)
