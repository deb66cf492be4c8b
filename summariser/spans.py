"""Character spans into a text: the unit every grounded element is expressed in."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Span(BaseModel):
    """A half-open character interval ``text[start:end]`` with the text it covers."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0, description="Offset of the first character (0-based).")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="Exactly source[start:end].")

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``."""
        return cls(start=start, end=end, text=source[start:end])
