"""The public Attribution record and the token-level candidate the rules build before it."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from summariser.spans import Span

logger = logging.getLogger(__name__)


class Attribution(BaseModel):
    """Who (source) said what (content), signalled by which words (cue), in the article text."""

    model_config = ConfigDict(frozen=True)

    source: Span | None = Field(description="Who is reported; None for 'it was reported'.")
    cue: Span = Field(description="The reporting words: 'said', 'according to', ':' ...")
    content: Span | None = Field(description="What was attributed to the source.")
    continued: tuple[Span, ...] = Field(
        default=(),
        description=(
            "More of the content after the cue, in text order: a quotation that goes on "
            '(\'"...," she said. "..."\', \'"...," she said, "..."\') or the rest of a '
            "sentence after a cue set off by commas ('X, she said, Y')."
        ),
    )
    resolved_source: str | None = Field(
        description=(
            "The named source: the source text for named sources, the nearest safe named "
            "antecedent for pronoun or nominal sources, else None."
        )
    )
    channel: str | None = Field(
        default=None, description="'statement', 'social media', 'interview', ... when given."
    )

    def content_parts(self) -> tuple[Span, ...]:
        """The content's fragments in text order: its span and what ``continued`` holds."""
        return ((self.content,) if self.content else ()) + self.continued


@dataclass(slots=True)
class Found:
    """One attribution found by a rule, as character offsets, before pronoun resolution."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    sentence: int
    # Token-level source span (first, last) for pronoun handling; None without a source.
    source_tokens: tuple[int, int] | None = None
    # For relative pronoun sources ("who", "which"): the phrase they stand for.
    antecedent: tuple[int, int] | None = None
    # Whether the find is dropped when it lies inside another attribution's content.
    weak: bool = False
    # Content after the cue (summariser.attribution.continued), in text order.
    continued: tuple[tuple[int, int], ...] = ()
