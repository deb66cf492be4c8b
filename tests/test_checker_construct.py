"""The checker's report models made by ``built`` equal pydantic's ``model_construct``."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, Field

from summariser.checker.construct import built
from summariser.report import ClaimCheck, ElementCheck, Flag, FlagCode, Verdict
from summariser.spans import Span

SPAN = {"start": 1, "end": 4, "text": "abc"}
FLAG = {"code": FlagCode.ENTITY_MISSING, "message": "m", "span": Span(**SPAN)}
CHECK = {
    "claim": "c",
    "claim_id": None,
    "verdict": Verdict.UNVERIFIED,
    "supported": False,
    "score": 0.5,
    "evidence": [Span(**SPAN)],
    "flags": [Flag(**FLAG)],
    "warnings": [],
}


class _Aliased(BaseModel):
    value: int = Field(alias="v")
    other: int = 2


def _slots(m: BaseModel) -> tuple[Any, ...]:
    return (
        list(m.__dict__.items()),
        m.__pydantic_fields_set__,
        m.__pydantic_extra__,
        m.__pydantic_private__,
    )


@pytest.mark.parametrize(
    ("cls", "values"),
    [
        (Span, SPAN),
        (Flag, FLAG),
        (Flag, {**FLAG, "span": None}),
        (ClaimCheck, CHECK),
        (ElementCheck, {"kind": "actor", "element_id": "a1", "text": "x"}),  # a default left out
        (ClaimCheck, dict(reversed(CHECK.items()))),  # not in the model's order
        (_Aliased, {"v": 1, "other": 3}),  # an alias
    ],
)
def test_built_models_equal_model_construct(cls: type[BaseModel], values: dict[str, Any]) -> None:
    made, constructed = built(cls, **values), cls.model_construct(**values)
    assert type(made) is cls
    assert _slots(made) == _slots(constructed)
    assert made == constructed
    assert made.model_dump() == constructed.model_dump()
