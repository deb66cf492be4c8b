"""The record one temporal expression becomes: where it is, what kind, and its TIMEX3 value."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class DateMention(BaseModel):
    """A temporal expression found in a text, normalised TimeML-style (TIMEX3)."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0, description="Offset of the first character (0-based).")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="Exactly source[start:end].")
    type: TimexType = Field(description="TIMEX3 type.")
    value: str | None = Field(
        default=None,
        description="TIMEX3 value (2023-08-15, 2023-08, 2023-W32, 2023-Q3, 199, PRESENT_REF, "
        "2023-08-15T14:00, P3Y, ...); None when it cannot be resolved.",
    )
    granularity: str = Field(
        description="day, month, year, week, quarter, season, decade, century, time, ref, "
        "duration or set."
    )
