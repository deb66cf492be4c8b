"""What every backend offers the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ..drafts import Draft
from ..schema import Usage


@dataclass(frozen=True)
class DraftRequest:
    """Everything a backend needs to draft one summary (already rendered; article as data)."""

    article: str
    sentence_ids: tuple[str, ...]
    messages: tuple[dict[str, str], ...] = ()
    prompt: str = ""
    response_model: type[Draft] = Draft
    local_schema: dict[str, object] = field(default_factory=dict)


@dataclass
class DraftResult:
    draft: Draft
    usage: Usage
    attempts: int
    model: str


class Backend(Protocol):
    """A model that turns a DraftRequest into a Draft."""

    name: str
    constrained: bool  # whether grounded fields should be sent as enums
    chat: bool  # whether it takes chat messages (else a completion prompt)

    def context_chars(self) -> int | None:
        """Roughly how many article characters fit in the model's context (None: unknown)."""

    def draft(self, request: DraftRequest) -> DraftResult:
        """Ask the model; raise a SummariserError subclass on failure."""

    async def adraft(self, request: DraftRequest) -> DraftResult:
        """The same, without blocking the event loop."""
