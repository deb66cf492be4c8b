"""The checker's report models: what was checked, what is flagged, and where."""

from __future__ import annotations

from pydantic import BaseModel, Field

from .enums import ValueEnum
from .spans import Span


class FlagCode(ValueEnum):
    """Machine-readable reasons a claim (or element) is not supported."""

    # an evidence quote, or words a claim puts in quotation marks, not in the article
    QUOTE_NOT_FOUND = "quote_not_found"
    ENTITY_MISSING = "entity_missing"  # a person/organisation/place absent from evidence/article
    NUMBER_MISMATCH = "number_mismatch"  # a number or quantity that the evidence does not give
    DATE_MISMATCH = "date_mismatch"  # a date that disagrees with the article's dates
    NEGATION_FLIP = "negation_flip"  # polarity differs between claim and evidence
    ATTRIBUTION_MISMATCH = "attribution_mismatch"  # claim names a speaker the evidence does not
    LOW_SUPPORT = "low_support"  # too many of the claim's content words are missing
    ACTOR_NOT_FOUND = "actor_not_found"  # a summary actor's name is not in the article
    DATE_NOT_FOUND = "date_not_found"  # a summary date expression is not in the article
    DATE_VALUE_MISMATCH = "date_value_mismatch"  # a date's value disagrees with the normaliser
    SOURCE_NOT_FOUND = "source_not_found"  # a summary source is not presented as a speaker
    ENTITY_SWAPPED = "entity_swapped"  # an article name in another name's slot (who did what)
    SPEAKER_SWAPPED = "speaker_swapped"  # a statement given to another person of the article
    NUMBER_SWAPPED = "number_swapped"  # an article number counting something else there
    DATE_SWAPPED = "date_swapped"  # an article date anchoring another event there
    # a possibility or a plan the article gives ("may lower", "will visit") stated as a fact
    HEDGE_DROPPED = "hedge_dropped"
    # a cause, consequence or purpose linking two facts that the article does not state
    CAUSE_UNSTATED = "cause_unstated"


class Verdict(ValueEnum):
    """The checker's three-way verdict on a claim."""

    SUPPORTED = "supported"  # the evidence says it
    CONTRADICTED = "contradicted"  # the evidence says otherwise (binding, number, date, negation)
    UNVERIFIED = "unverified"  # too little support found either way


class Flag(BaseModel):
    """One reason for doubt, with the offending span of the claim (or element) text."""

    code: FlagCode
    message: str = Field(description="One human sentence saying what is wrong.")
    span: Span | None = Field(
        default=None, description="The offending span in the claim's (or element's) own text."
    )


class ClaimCheck(BaseModel):
    """The verdict on one claim."""

    claim: str
    claim_id: str | None = None
    verdict: Verdict = Field(description="supported, contradicted or unverified.")
    supported: bool = Field(description="verdict == supported (kept for compatibility).")
    score: float = Field(ge=0.0, le=1.0, description="Higher is better supported.")
    evidence: list[Span] = Field(
        default_factory=list, description="Article spans the verdict relied on."
    )
    flags: list[Flag] = Field(
        default_factory=list, description="The reasons for a contradicted or unverified verdict."
    )
    warnings: list[Flag] = Field(
        default_factory=list, description="Doubts that did not change the verdict."
    )


class ElementCheck(BaseModel):
    """The verdict on one actor, date or source of a structured summary."""

    kind: str = Field(description="actor, date or source")
    element_id: str
    text: str
    flags: list[Flag] = Field(default_factory=list)


class CheckReport(BaseModel):
    """The checker's report on a whole summary."""

    claims: list[ClaimCheck] = Field(default_factory=list)
    elements: list[ElementCheck] = Field(default_factory=list)
    threshold: float = Field(description="Score at or above which a claim counts as supported.")
    supported_share: float = Field(ge=0.0, le=1.0, description="Share of claims supported.")
    flagged_claims: int = Field(ge=0, description="Claims with at least one flag.")
