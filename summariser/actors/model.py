"""The public result type: one actor candidate found in an article."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..spans import Span

ActorKind = Literal["person", "organisation", "country", "place", "group", "other"]


class ActorCandidate(BaseModel):
    """A named actor found deterministically, with every place the article mentions it.

    Names never carry a leading article: "the Kremlin" is the actor "Kremlin" (its mentions
    cover "Kremlin" only), so one actor has one name whatever the sentence around it.
    """

    model_config = ConfigDict(frozen=True)

    name: str = Field(description="The fullest form the article uses, e.g. 'Vladimir Putin'.")
    type: ActorKind
    role: str | None = Field(
        default=None, description="Role as the article gives it, e.g. 'Russian President'."
    )
    aliases: list[str] = Field(
        default_factory=list, description="Other forms in the article: 'Putin', 'Moscow'."
    )
    mentions: list[Span] = Field(
        default_factory=list, description="Every occurrence, sorted by offset."
    )
