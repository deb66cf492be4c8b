"""What the model is asked to return (drafts), before the pipeline grounds them into a Summary.

Two shapes:
- the chat draft, for instruction-following models: claims with evidence, actors, dates, sources;
- the local draft, for the small embedded base model: gist and claims only (actors, dates and
  sources come from the deterministic engines, which are more reliable than a 270M model).

In source-constrained mode the grounded fields are `Literal` enums of what the article contains
(sentence ids, candidate names, date expressions), so a backend that enforces JSON-schema enums
cannot return evidence or names that are not in the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, Field, create_model, field_validator

from .schema import ActorType, ClaimStatus, SourceType

NARRATOR = "the reporter"


class DraftClaim(BaseModel):
    statement: str = Field(description="The claim in plain words, faithful to the evidence.")
    status: ClaimStatus
    evidence: list[str] = Field(
        min_length=1, max_length=3, description="Sentence ids or verbatim quotes supporting it."
    )
    actors: list[str] = Field(description="Names of the actors involved, as in the article.")
    dates: list[str] = Field(description="Date expressions exactly as written in the article.")
    source: str = Field(description=f"Who asserts the claim; '{NARRATOR}' for plain narration.")


class DraftActor(BaseModel):
    name: str
    type: ActorType
    role: str | None = Field(description="Role or description as the article gives it.")


class DraftDate(BaseModel):
    expression: str = Field(description="Exactly as written in the article.")
    event: str | None = Field(description="What happened then.")


class DraftSource(BaseModel):
    name: str
    type: SourceType
    channel: str | None = Field(description="statement, social media, interview, ... if given.")


class Draft(BaseModel):
    """The chat models' answer (and the common shape every backend's answer is turned into)."""

    gist: str = Field(description="One sentence: what the article is about.")
    claims: list[DraftClaim]
    actors: list[DraftActor]
    dates: list[DraftDate]
    sources: list[DraftSource]


def _enum(values: Sequence[str], fallback: str) -> Any:
    """A Literal over distinct values (Literal needs at least one member)."""
    members = tuple(dict.fromkeys(v for v in values if v)) or (fallback,)
    return Literal[members]


def constrained_draft_model(
    *,
    sentence_ids: Sequence[str],
    actor_names: Sequence[str],
    date_expressions: Sequence[str],
    source_names: Sequence[str],
    max_claims: int,
) -> type[Draft]:
    """A Draft whose grounded fields are enums of what this article contains."""
    evidence_t = _enum(sentence_ids, "S1")
    actor_t = _enum(actor_names, "none")
    date_t = _enum(date_expressions, "none")
    source_t = _enum([NARRATOR, *source_names], NARRATOR)
    claim = create_model(
        "ConstrainedClaim",
        __base__=DraftClaim,
        evidence=(list[evidence_t], Field(min_length=1, max_length=3)),  # type: ignore[valid-type]
        actors=(list[actor_t], Field(max_length=6)),  # type: ignore[valid-type]
        dates=(list[date_t], Field(max_length=3)),  # type: ignore[valid-type]
        source=(source_t, ...),
    )
    actor = create_model("ConstrainedActor", __base__=DraftActor, name=(actor_t, ...))
    date = create_model("ConstrainedDate", __base__=DraftDate, expression=(date_t, ...))
    return create_model(
        "ConstrainedDraft",
        __base__=Draft,
        claims=(list[claim], Field(min_length=1, max_length=max_claims)),  # type: ignore[valid-type]
        actors=(list[actor], Field(max_length=20)),  # type: ignore[valid-type]
        dates=(list[date], Field(max_length=12)),  # type: ignore[valid-type]
    )


def quote_checked_draft_model(*, article: str, aligner: Any, max_claims: int) -> type[Draft]:
    """A Draft that rejects evidence quotes the article does not contain.

    The check runs inside pydantic validation, so Instructor feeds the error back to the model
    and re-asks. The article is bound by closure, not via Instructor's `context=` (which would
    also render the messages as Jinja templates).
    """

    class QuotedClaim(DraftClaim):
        @field_validator("evidence")
        @classmethod
        def _quotes_in_article(cls, value: list[str]) -> list[str]:
            missing = [q for q in value if aligner(q, article).start is None]
            if missing:
                raise ValueError(
                    "these evidence quotes are not in the article; copy quotes verbatim: "
                    + "; ".join(repr(q[:120]) for q in missing)
                )
            return value

    return create_model(
        "QuotedDraft",
        __base__=Draft,
        claims=(list[QuotedClaim], Field(min_length=1, max_length=max_claims)),
    )


# The embedded base model only chooses (see backends.local.decode_local_draft).
class LocalClaim(BaseModel):
    evidence: str = Field(description="Id of the sentence that states the claim.")
    status: ClaimStatus


class LocalDraft(BaseModel):
    gist: str = Field(description="Id of the sentence that best says what the article is about.")
    claims: list[LocalClaim]


def local_draft_schema(*, sentence_ids: Sequence[str], max_claims: int) -> dict[str, Any]:
    """JSON Schema of what the embedded model's constrained decoder can produce."""
    schema = LocalDraft.model_json_schema()
    ids = {"type": "string", "enum": list(sentence_ids)}
    schema["properties"]["gist"] = ids
    schema["$defs"]["LocalClaim"]["properties"]["evidence"] = ids
    schema["properties"]["claims"].update({"minItems": 1, "maxItems": max_claims})
    return schema
