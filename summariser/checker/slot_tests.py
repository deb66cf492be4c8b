"""The tests of a claim sentence's names and values in their slots: who is named and where
(attribution, speakers, names, roles, appositions, swaps, binding, subjects), and its numbers
and dates against the evidence's.

Run by ``open_mode.check_view`` on a claim sentence that is no copy of a supporting sentence:
each name and value of a copy stands where the article puts it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from ..report import FlagCode
from .appositions import apposition_findings
from .binding import binding_findings
from .flags import (
    P_ENTITY_EV,
    ClaimView,
    Finding,
    attribution_findings,
    date_findings,
    entity_findings,
)
from .governed_names import governed_findings
from .number_flags import number_findings
from .number_slots import number_slot_findings
from .patients import patient_findings
from .prepare import PreparedArticle
from .relative_numbers import relative_number_findings
from .role_nouns import role_noun_findings
from .roles import P_ROLE_SWAP, role_findings
from .speakers import speaker_findings
from .subjects import subject_findings
from .support import Support
from .swaps import swap_findings


class SlotFindings(NamedTuple):
    findings: list[Finding]
    known: set[int]  # claim tokens judged as names or a speaker's words (no novel words)
    copied: int  # claim tokens copied from the evidence in long runs (see binding.py)
    numbers: int  # the claim's numbers


def slot_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, *, published: dt.date | None
) -> SlotFindings:
    """What the tests of names and values find in the claim sentence."""
    findings, used = attribution_findings(view, art, sup)
    # (a speaker of the article the evidence does not present is a doubt the speaker test may
    # settle as a swap; one the article lacks stays unverified)
    doubts = {f.start for f in findings if _in_article(view, art, f)}
    said = speaker_findings(view, art, sup, _judged(view, findings, but=doubts))
    if said:
        findings = _overruled(findings, doubts, said)
        used.update(
            k for k, t in enumerate(view.toks) if any(f.start <= t.start < f.end for f in said)
        )
    entity, named = entity_findings(view, art, sup, used)
    findings += entity
    # Names already flagged (absent, or a speaker the evidence does not have) are not re-judged.
    # A name the article has away from the evidence (a weak finding) may still fill another
    # name's role or be a swap inside a copied stretch; that finding then replaces the weak one.
    weak = {f.start for f in entity if f.penalty == P_ENTITY_EV}
    roles = role_findings(view, art, sup, _judged(view, findings, but=weak))
    roles += apposition_findings(view, art, sup, _judged(view, [*findings, *roles], but=weak))
    roles += role_noun_findings(view, art, _judged(view, [*findings, *roles], but=weak))
    findings = _overruled(findings, weak, roles)
    swaps = swap_findings(view, art, sup, _judged(view, findings, but=weak))
    swaps += governed_findings(view, art, _judged(view, findings, but=weak) | _judged(view, swaps))
    findings = _overruled(findings, weak, swaps)
    # Names not found (in the evidence or at all) are judged in their slot too: the evidence may
    # give them in another form there ("SNP" for "Scottish Nationalists", "Britain" for "the
    # UK"), or put another name in their place; either answer replaces "not found".
    missing = {f.start for f in findings if f.code is FlagCode.ENTITY_MISSING}
    bound, copied, aliases = binding_findings(view, art, sup, _judged(view, findings, but=missing))
    settled = (aliases | {f.start for f in bound}) & missing
    if settled:
        findings = [
            f for f in findings if not (f.start in settled and f.code is FlagCode.ENTITY_MISSING)
        ]
    findings += bound
    # A name opening the claim is judged as the subject of its verb, unless judged already (a
    # weak "given elsewhere" or role doubt gives way to what the subject test finds).
    weak |= {f.start for f in roles if f.penalty == P_ROLE_SWAP}
    judged = _judged(view, findings, but=weak)
    subjects = subject_findings(view, art, sup, judged) + patient_findings(view, art, sup, judged)
    findings = _overruled(findings, weak, subjects)
    dates, mentions = view.dates, view.mentions
    values = number_findings(view, art, sup, dates=dates, mentions=mentions)
    if mentions:
        found = {f.start for f in values} | {f.start for f in bound}
        values += number_slot_findings(view, art, sup, mentions=mentions, dates=dates, judged=found)
        values += relative_number_findings(view, art, sup, mentions)
    values += date_findings(view, art, sup, mentions=dates, published=published)
    judged = {f.start for f in bound}  # (a value judged in its slot is not judged again)
    findings += [f for f in values if f.start not in judged]
    return SlotFindings(findings, used | named, copied, len(mentions))


def _in_article(view: ClaimView, art: PreparedArticle, f: Finding) -> bool:
    """Whether the article has each content word of the claim that the finding is about."""
    return all(art.holds(t) for t in view.toks if f.start <= t.start < f.end and t.content)


def _judged(view: ClaimView, findings: list[Finding], *, but: Iterable[int] = ()) -> set[int]:
    """The claim's tokens where a finding starts (but at the offsets ``but``): a test after
    them leaves these alone."""
    starts = {f.start for f in findings}.difference(but)
    if not starts:  # (most claims: nothing judged yet)
        return set()
    return {k for k, t in enumerate(view.toks) if t.start in starts}


def _overruled(findings: list[Finding], weak: set[int], found: list[Finding]) -> list[Finding]:
    """``findings`` and ``found``, less the weak findings at the names ``found`` judges."""
    if not found:
        return findings
    judged = {f.start for f in found}
    return [f for f in findings if not (f.start in judged and f.start in weak)] + found
