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

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    create_model,
    field_validator,
    model_validator,
)

from .schema import ActorType, ClaimStatus, SourceType

NARRATOR = "the reporter"


class _Closed(BaseModel):
    """A draft part whose JSON Schema admits no other keys (OpenAI strict mode requires it on
    every object). Validation still ignores extra keys: a loose model's stray key is harmless."""

    model_config = ConfigDict(json_schema_extra={"additionalProperties": False})


class DraftClaim(_Closed):
    statement: str = Field(description="The claim in plain words, faithful to the evidence.")
    status: ClaimStatus
    evidence: list[str] = Field(
        min_length=1, max_length=3, description="Sentence ids or verbatim quotes supporting it."
    )
    actors: list[str] = Field(description="Names of the actors involved, as in the article.")
    dates: list[str] = Field(description="Date expressions exactly as written in the article.")
    source: str = Field(description=f"Who asserts the claim; '{NARRATOR}' for plain narration.")


class DraftActor(_Closed):
    name: str
    type: ActorType
    role: str | None = Field(description="Role or description as the article gives it.")


class DraftDate(_Closed):
    expression: str = Field(description="Exactly as written in the article.")
    event: str | None = Field(description="What happened then.")


class DraftSource(_Closed):
    name: str
    type: SourceType
    channel: str | None = Field(description="statement, social media, interview, ... if given.")


class Draft(_Closed):
    """The chat models' answer (and the common shape every backend's answer is turned into)."""

    gist: str = Field(description="One sentence: what the article is about.")
    claims: list[DraftClaim]
    actors: list[DraftActor]
    dates: list[DraftDate]
    sources: list[DraftSource]


@dataclass(frozen=True)
class Allowed:
    """What one article allows in the grounded fields of a draft."""

    sentence_ids: tuple[str, ...]
    actor_names: tuple[str, ...]
    date_expressions: tuple[str, ...]
    source_names: tuple[str, ...]
    max_claims: int


class ConstrainedDraft(Draft):
    """A Draft whose grounded fields must be among one article's values.

    A subclass per request carries `allowed`; its JSON Schema states the values as enums (for
    backends that enforce them) and validation rejects anything else (so Instructor re-asks the
    backends that do not). The values are read from the class, not from a validation context:
    Instructor's `context=` would also render the messages (and the article) as templates.
    """

    allowed: ClassVar[Allowed | None] = None

    @model_validator(mode="after")
    def _only_article_values(self) -> ConstrainedDraft:
        allowed = type(self).allowed
        if allowed is None:
            return self
        problems: list[str] = []
        if not 1 <= len(self.claims) <= allowed.max_claims:
            problems.append(f"give 1 to {allowed.max_claims} claims, not {len(self.claims)}")

        def check(field: str, values: Sequence[str], options: tuple[str, ...]) -> None:
            bad = [v for v in values if v not in options]
            if bad:
                shown = ", ".join(options[:12]) + (", ..." if len(options) > 12 else "")
                problems.append(f"{field} {bad!r} not among the article's values ({shown})")

        for n, claim in enumerate(self.claims, 1):
            check(f"claim {n} evidence", claim.evidence, allowed.sentence_ids)
            check(f"claim {n} actors", claim.actors, allowed.actor_names)
            check(f"claim {n} dates", claim.dates, allowed.date_expressions)
            check(f"claim {n} source", [claim.source], (NARRATOR, *allowed.source_names))
        check("actor names", [a.name for a in self.actors], allowed.actor_names)
        check("date expressions", [d.expression for d in self.dates], allowed.date_expressions)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        schema = json.loads(_draft_schema())  # a fresh copy, 4x faster than deepcopy
        allowed = cls.allowed
        if allowed is None:
            return schema
        defs = schema["$defs"]
        claim = defs["DraftClaim"]["properties"]
        _one_of(claim["evidence"]["items"], allowed.sentence_ids)
        _list_of(claim["actors"], allowed.actor_names, most=6)
        _list_of(claim["dates"], allowed.date_expressions, most=3)
        _one_of(claim["source"], (NARRATOR, *allowed.source_names))
        properties = schema["properties"]
        properties["claims"].update({"minItems": 1, "maxItems": allowed.max_claims})
        # The enum goes on the name inside the object, never beside the array items' `$ref`:
        # under JSON Schema 2020-12 both apply, and nothing is an object and a string at once.
        actor_name = defs["DraftActor"]["properties"]["name"]
        _list_of(properties["actors"], allowed.actor_names, most=20, member=actor_name)
        expression = defs["DraftDate"]["properties"]["expression"]
        _list_of(properties["dates"], allowed.date_expressions, most=12, member=expression)
        schema["title"] = cls.__name__
        return schema


@lru_cache(maxsize=1)
def _draft_schema() -> str:
    return json.dumps(Draft.model_json_schema())


def _one_of(prop: dict[str, Any], values: Sequence[str]) -> bool:
    """Restrict a string to these values; an empty list adds nothing (an empty enum admits
    nothing, so no answer could be valid): say False, and let the caller forbid the field."""
    if not values:
        return False
    prop["enum"] = list(dict.fromkeys(values))
    return True


def _list_of(
    array: dict[str, Any],
    values: Sequence[str],
    *,
    most: int,
    member: dict[str, Any] | None = None,
) -> None:
    """An array whose items (or the `member` string inside each item) are among `values`; no
    items at all when the article offers none."""
    restricted = _one_of(array["items"] if member is None else member, values)
    array["maxItems"] = most if restricted else 0


def allowed_values(
    *,
    sentence_ids: Sequence[str],
    actor_names: Sequence[str],
    date_expressions: Sequence[str],
    source_names: Sequence[str],
    max_claims: int,
) -> Allowed:
    """One article's values for the grounded fields (deduplicated, empty names dropped)."""
    return Allowed(
        sentence_ids=tuple(dict.fromkeys(sentence_ids)),
        actor_names=tuple(dict.fromkeys(n for n in actor_names if n)),
        date_expressions=tuple(dict.fromkeys(d for d in date_expressions if d)),
        source_names=tuple(dict.fromkeys(n for n in source_names if n)),
        max_claims=max_claims,
    )


def constrained_draft_model(
    allowed: Allowed, *, base: type[ConstrainedDraft] = ConstrainedDraft
) -> type[ConstrainedDraft]:
    """A Draft whose grounded fields are enums of what this article contains (a new class: the
    chat backends make one per request, and its name is the tool name they see)."""
    values = allowed

    class ConstrainedDraft(base):  # type: ignore[valid-type, misc]
        __qualname__ = "ConstrainedDraft"
        __module__ = base.__module__
        allowed = values

    return ConstrainedDraft


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


def local_draft_schema(
    *,
    sentence_ids: Sequence[str],
    max_claims: int,
    gist_ids: Sequence[str] = (),
    claim_ids: Sequence[str] = (),
) -> dict[str, Any]:
    """JSON Schema of what the embedded model's constrained decoder can produce.

    With the selection's offer (``gist_ids``, ``claim_ids``) the gist is one of the offered
    ids and the claims are the offered ones, in order; without it, any of the article's.
    """
    schema = LocalDraft.model_json_schema()
    ids = {"type": "string", "enum": list(dict.fromkeys(sentence_ids))}
    schema["properties"]["gist"] = (
        {"type": "string", "enum": list(dict.fromkeys(gist_ids))} if gist_ids else ids
    )
    schema["$defs"]["LocalClaim"]["properties"]["evidence"] = ids
    claims = schema["properties"]["claims"]
    if claim_ids:
        claims.update({"minItems": len(claim_ids), "maxItems": len(claim_ids)})
        claims["prefixItems"] = [
            {
                "allOf": [{"$ref": "#/$defs/LocalClaim"}],
                "properties": {"evidence": {"const": sid}},
            }
            for sid in claim_ids
        ]
    else:
        claims.update({"minItems": 1, "maxItems": max_claims})
    return schema
