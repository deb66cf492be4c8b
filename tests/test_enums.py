"""The library's string-valued enums print as their values and serialise as before."""

from __future__ import annotations

import json

import pytest

from summariser import AlignmentStatus, ClaimStatus, Flag, FlagCode, Verdict, check_claims
from summariser.enums import ValueEnum
from summariser.schema import ActorType, SourceType

ENUMS = [FlagCode, Verdict, AlignmentStatus, ClaimStatus, ActorType, SourceType]


@pytest.mark.parametrize("kind", ENUMS, ids=[e.__name__ for e in ENUMS])
def test_members_print_as_their_value_alone_and_inside_a_list(kind):
    assert issubclass(kind, ValueEnum)
    for member in kind:
        assert str(member) == member.value
        assert f"{member}" == member.value and f"{member:>20}" == f"{member.value:>20}"
        assert repr([member]) == repr([member.value])
        assert member == member.value and kind(member.value) is member


def test_flag_codes_of_a_check_read_as_values(seed_text):
    checks = check_claims(seed_text, ["Putin visited Bamako on 3 May 1999."])
    codes = [f.code for c in checks for f in c.flags]
    assert codes and repr(codes) == repr([c.value for c in codes])
    assert repr(checks[0].verdict) == repr(checks[0].verdict.value)


def test_pydantic_serialises_and_validates_members_by_value():
    flag = Flag(code="low_support", message="m")
    assert flag.code is FlagCode.LOW_SUPPORT
    assert json.loads(flag.model_dump_json())["code"] == "low_support"
    assert flag.model_dump(mode="json")["code"] == "low_support"
    schema = Flag.model_json_schema()["$defs"]["FlagCode"]
    assert schema["type"] == "string" and "low_support" in schema["enum"]
    assert set(schema) == {"enum", "title", "type", "description"}
