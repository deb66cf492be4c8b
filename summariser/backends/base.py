"""What every backend offers the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from ..drafts import (
    Allowed,
    ConstrainedDraft,
    Draft,
    constrained_draft_model,
    quote_checked_draft_model,
)
from ..grounding import align_quote
from ..schema import Usage


@dataclass(frozen=True)
class DraftRequest:
    """Everything a backend needs to draft one summary (already rendered; article as data).

    It is plain data, so it can cross to and from worker processes: the response model, a
    class made per request, is derived from it on demand.
    """

    article: str
    sentence_ids: tuple[str, ...]
    messages: tuple[dict[str, str], ...] = ()
    prompt: str = ""
    local_schema: dict[str, object] = field(default_factory=dict)
    allowed: Allowed | None = None  # constrained chat: this article's values, as enums
    quote_checked: bool = False  # free quotes: each must be found in the article
    max_claims: int = 5
    # Models that only choose: what the deterministic selection offers, as (sentence id, evidence)
    # pairs; the evidence is the id, or the verbatim span when page furniture was cut off.
    gist_offered: tuple[tuple[str, str], ...] = ()
    claims_offered: tuple[tuple[str, str], ...] = ()

    def draft_model(self, *, base: type[ConstrainedDraft] = ConstrainedDraft) -> type[Draft]:
        """The pydantic model a chat backend must answer with (a new class each call)."""
        if self.allowed is not None:
            return constrained_draft_model(self.allowed, base=base)
        if self.quote_checked:
            return quote_checked_draft_model(
                article=self.article, aligner=align_quote, max_claims=self.max_claims
            )
        return Draft

    @cached_property
    def response_model(self) -> type[Draft]:
        """draft_model(), made once per request."""
        return self.draft_model()

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("response_model", None)  # a class made at run time does not pickle
        return state


@dataclass
class DraftResult:
    draft: Draft
    usage: Usage
    attempts: int
    model: str


class Traits(Protocol):
    """What the pipeline needs to know of a backend to prepare and finish a run."""

    @property
    def name(self) -> str: ...

    @property
    def constrained(self) -> bool:
        """Whether grounded fields should be sent as enums."""

    @property
    def chat(self) -> bool:
        """Whether it takes chat messages (else a completion prompt)."""

    def context_chars(self) -> int | None:
        """Roughly how many article characters fit in the model's context (None: unknown)."""


@dataclass(frozen=True)
class BackendTraits:
    """A backend's traits without the backend: what worker processes are given."""

    name: str
    constrained: bool
    chat: bool
    context: int | None

    @classmethod
    def of(cls, backend: Traits) -> BackendTraits:
        return cls(
            name=backend.name,
            constrained=backend.constrained,
            chat=backend.chat,
            context=backend.context_chars(),
        )

    def context_chars(self) -> int | None:
        return self.context


class Backend(Traits, Protocol):
    """A model that turns a DraftRequest into a Draft."""

    def draft(self, request: DraftRequest) -> DraftResult:
        """Ask the model; raise a SummariserError subclass on failure."""

    async def adraft(self, request: DraftRequest) -> DraftResult:
        """The same, without blocking the event loop."""
