"""Every JSON Schema the project sends a chat model is valid JSON Schema 2020-12 and satisfiable.

The schema checked is the exact one on the wire: each request goes through the real openai SDK
and Instructor to the in-process fake server, which enforces it as vLLM, SGLang or OpenAI strict
mode do (tests/enforcing.py), and the test reads it back from the captured request. Instances
are generated from it with hypothesis-jsonschema, which gives `$ref` and its siblings the
2020-12 meaning (both apply): a part of the schema no value satisfies has no instance.
"""

from __future__ import annotations

import copy
import json
import re
import warnings
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from summariser import BackendError, summarise
from summariser.backends.base import DraftRequest, DraftResult
from summariser.backends.openai_compat import InstructorDraft, OpenAIBackend
from summariser.drafts import ConstrainedDraft, Draft, allowed_values, constrained_draft_model
from summariser.pipeline import prepare_run
from summariser.settings import Settings
from tests.conftest import SEED
from tests.enforcing import Asked, Refused, answer, asked_for, check_request, subschemas
from tests.enforcing import strict_mode_problems as strict_problems
from tests.fakes import FakeBackend, FakeOpenAIServer, schema_reply

MODES = ("tools", "tools_strict", "json_schema", "json")
# No actor and no date for the engines to find: the constrained lists have no candidates.
BARE = (
    "the weather stayed mild and most people walked to work. "
    "it rained a little in the evening, and the buses ran late."
)
ARTICLES = {"seed": SEED.read_text(encoding="utf-8"), "no-actors-or-dates": BARE}
CASES = [
    pytest.param(mode, constrained, name, id=f"{mode}-{drafts}-{name}")
    for mode in MODES
    for constrained, drafts in ((True, "constrained"), (False, "free-quotes"))
    for name in ARTICLES
]
EXAMPLES = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass(frozen=True)
class Sent:
    """One request as it went out, and what came of it."""

    schema: dict[str, Any]
    payload: dict[str, Any]  # the whole request body
    request: DraftRequest
    model: type[Draft]  # the response model the backend validated the answer with
    result: DraftResult
    text: str


def settings_for(mode: str, *, constrained: bool = True) -> Settings:
    return Settings(
        model="gpt-test",
        base_url="http://fake.invalid/v1",
        api_key="k",
        mode=mode,
        constrained=constrained,
        max_retries=0,
        max_transient_retries=0,
    )


@cache
def sent(mode: str, constrained: bool, article: str) -> Sent:
    """Summarise once through the enforcing fake server and capture the schema sent."""
    server = FakeOpenAIServer().enqueue(schema_reply())
    config = settings_for(mode, constrained=constrained)
    backend = OpenAIBackend(settings=config, client=server.client())
    text = ARTICLES[article]
    _, _, _, request = prepare_run(text, settings=config, backend=backend)
    result = backend.draft(request)
    (payload,) = server.requests
    asked = asked_for(payload)
    assert asked is not None, f"{mode} sent no schema"
    model = request.draft_model(base=InstructorDraft)
    return Sent(asked.schema, payload, request, model, result, text)


def instances(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """hypothesis-jsonschema's strategy for a copy of the schema (it edits what it is given)."""
    return from_schema(copy.deepcopy(schema))


def quoted(instance: dict[str, Any], text: str) -> dict[str, Any]:
    """The instance with each claim's evidence a verbatim quote of the article (what the
    free-quote validator asks for and no schema can say)."""
    first = re.split(r"(?<=\.) ", text.strip())[0]
    claims = [{**c, "evidence": [first]} for c in instance["claims"]]
    return {**instance, "claims": claims}


@pytest.mark.parametrize("mode", MODES)
def test_no_mode_we_offer_makes_instructor_warn(mode: str) -> None:
    """A user's run prints nothing of Instructor's: no mode we pass it is one it deprecates."""
    server = FakeOpenAIServer().enqueue(schema_reply())
    config = settings_for(mode)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        backend = OpenAIBackend(settings=config, client=server.client())
        _, _, _, request = prepare_run(BARE, settings=config, backend=backend)
        backend.draft(request)
    assert [str(w.message) for w in caught] == []


@pytest.mark.parametrize(("mode", "constrained", "article"), CASES)
def test_the_schema_sent_is_valid_json_schema_2020_12_with_no_empty_enum(
    mode: str, constrained: bool, article: str
) -> None:
    schema = sent(mode, constrained, article).schema
    Draft202012Validator.check_schema(schema)
    empty = [path for path, node in subschemas(schema) if node.get("enum") == []]
    assert not empty, f"empty enums admit nothing: {empty}"


@pytest.mark.parametrize(("mode", "constrained", "article"), CASES)
def test_the_schema_sent_follows_openai_strict_mode_rules(
    mode: str, constrained: bool, article: str
) -> None:
    assert strict_problems(sent(mode, constrained, article).schema) == []


@pytest.mark.parametrize("constrained", [True, False], ids=["constrained", "free-quotes"])
def test_tools_strict_asks_for_strict_decoding_of_the_tools_schema(constrained: bool) -> None:
    """The fake applies OpenAI's strict-mode rules to it, as OpenAI does, before answering."""
    strict = copy.deepcopy(sent("tools_strict", constrained, "seed").payload)
    plain = copy.deepcopy(sent("tools", constrained, "seed").payload)
    (tool,) = strict["tools"]
    assert tool["function"]["strict"] is True
    assert strict["tool_choice"]["function"]["name"] == tool["function"]["name"]
    assert "strict" not in plain["tools"][0]["function"]
    required = tool["function"]["parameters"].pop("required")
    assert sorted(required) == plain["tools"][0]["function"]["parameters"].pop("required")
    assert tool["function"]["parameters"] == plain["tools"][0]["function"]["parameters"]


@pytest.mark.parametrize(("mode", "constrained", "article"), CASES)
def test_every_part_of_the_schema_sent_admits_a_value(
    mode: str, constrained: bool, article: str
) -> None:
    """A grammar-compiling server needs every rule satisfiable, even one an answer can skip
    (an array that may stay empty): hypothesis-jsonschema finds those with no value."""
    schema = sent(mode, constrained, article).schema
    defs = {"$defs": schema.get("$defs", {})}
    dead = [path for path, node in subschemas(schema) if instances({**node, **defs}).is_empty]
    assert not dead, f"parts of the schema no value satisfies: {dead}"


@pytest.mark.parametrize(("mode", "constrained", "article"), CASES)
def test_an_enforcing_server_answer_fits_the_schema_and_the_drafts_validators(
    mode: str, constrained: bool, article: str
) -> None:
    case = sent(mode, constrained, article)
    draft = case.result.draft.model_dump(mode="json")
    Draft202012Validator(case.schema).validate(draft)
    case.model.model_validate(draft)
    assert draft["claims"][0]["evidence"]


@pytest.mark.parametrize(("mode", "constrained", "article"), CASES)
def test_instances_generated_from_the_schema_sent_fit_it_and_the_drafts_validators(
    mode: str, constrained: bool, article: str
) -> None:
    case = sent(mode, constrained, article)
    key = json.dumps(case.schema, sort_keys=True)
    if key in _generated_from:  # another mode sent this very schema (~0.3 s an instance)
        return
    fits = Draft202012Validator(case.schema)

    @EXAMPLES
    @given(instance=instances(case.schema))
    def fits_the_schema_and_the_validators(instance: dict[str, Any]) -> None:
        fits.validate(instance)
        if constrained:  # the schema says all the validator checks: every instance passes
            case.model.model_validate(instance)
        else:  # free quotes are checked against the article, which no schema states
            case.model.model_validate(quoted(instance, case.text))

    fits_the_schema_and_the_validators()
    _generated_from.add(key)


_generated_from: set[str] = set()


@pytest.mark.parametrize("article", ARTICLES)
def test_the_embedded_models_schema_is_valid_and_every_part_admits_a_value(article: str) -> None:
    """The local decoder's schema (not sent over HTTP, but the same contract)."""
    backend = FakeBackend(constrained=True)
    backend.chat = False
    _, _, _, request = prepare_run(ARTICLES[article], backend=backend)
    schema = request.local_schema
    Draft202012Validator.check_schema(schema)
    defs = {"$defs": schema.get("$defs", {})}
    assert not [path for path, node in subschemas(schema) if instances({**node, **defs}).is_empty]
    Draft202012Validator(schema).validate(answer(schema, text=lambda path: "S1"))


def test_the_constrained_names_and_dates_are_enums_inside_the_objects() -> None:
    allowed = allowed_values(
        sentence_ids=["S1", "S2"],
        actor_names=["Vladimir Putin", "Putin"],
        date_expressions=["August 15"],
        source_names=["the Kremlin"],
        max_claims=3,
    )
    schema = constrained_draft_model(allowed).model_json_schema()
    defs, properties = schema["$defs"], schema["properties"]
    assert properties["actors"]["items"] == {"$ref": "#/$defs/DraftActor"}
    assert defs["DraftActor"]["properties"]["name"]["enum"] == ["Vladimir Putin", "Putin"]
    assert defs["DraftDate"]["properties"]["expression"]["enum"] == ["August 15"]
    assert defs["DraftClaim"]["properties"]["actors"]["items"]["enum"] == [
        "Vladimir Putin",
        "Putin",
    ]


def test_no_candidates_means_empty_lists_not_empty_enums() -> None:
    allowed = allowed_values(
        sentence_ids=["S1"], actor_names=[], date_expressions=[], source_names=[], max_claims=2
    )
    model = constrained_draft_model(allowed)
    schema = model.model_json_schema()
    claim = schema["$defs"]["DraftClaim"]["properties"]
    assert schema["properties"]["actors"]["maxItems"] == 0
    assert schema["properties"]["dates"]["maxItems"] == 0
    assert claim["actors"]["maxItems"] == 0 and claim["dates"]["maxItems"] == 0
    assert "enum" not in schema["$defs"]["DraftActor"]["properties"]["name"]
    draft = answer(schema, text=lambda path: "x")
    model.model_validate(draft)
    with pytest.raises(ValidationError, match="not among the article's values"):
        model.model_validate({**draft, "actors": [{"name": "x", "type": "person", "role": None}]})


# The fake server must be able to fail: these are the faults the checks above exist for.
OBJECT = {
    "type": "object",
    "properties": {"name": {"type": "string"}},
    "required": ["name"],
    "additionalProperties": False,
}


def with_defs(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "$defs": {"Actor": OBJECT},
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


@pytest.mark.parametrize(
    "schema",
    [
        with_defs({"actors": {"type": "array", "items": {"$ref": "#/$defs/Actor", "enum": ["x"]}}}),
        with_defs({"expression": {"type": "string", "enum": []}}),
        with_defs({"unused": {"type": "array", "maxItems": 0, "items": {"enum": []}}}),
        with_defs({"n": {"type": "integer", "minimum": 3, "maximum": 2}}),
    ],
    ids=["enum-beside-ref", "empty-enum", "unreachable-empty-enum", "empty-range"],
)
def test_the_enforcing_fake_refuses_a_schema_no_answer_satisfies(schema: dict[str, Any]) -> None:
    check_request(Asked(schema, "Draft", strict=False))
    with pytest.raises(Refused):
        answer(schema, text=lambda path: "x")


def test_the_enforcing_fake_refuses_what_openai_strict_mode_refuses() -> None:
    loose = {"type": "object", "properties": {"a": {}, "b": {}}, "required": ["a"]}
    with pytest.raises(Refused, match=r"additionalProperties.*not required: \['b'\]"):
        check_request(Asked(loose, "Draft", strict=True))
    with pytest.raises(Refused, match="invalid JSON Schema"):
        check_request(Asked({"type": "object", "required": "name"}, "Draft", strict=False))


def test_the_enforcing_fake_fills_enums_consts_and_required_properties_only() -> None:
    schema = {
        "type": "object",
        "properties": {
            "kind": {"const": "claim"},
            "status": {"$ref": "#/$defs/Status"},
            "ids": {"type": "array", "items": {"enum": ["S3", "S4"]}, "minItems": 1},
            "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "optional": {"type": "string"},
        },
        "required": ["kind", "status", "ids", "note"],
        "additionalProperties": False,
        "$defs": {"Status": {"type": "string", "enum": ["opinion", "allegation"]}},
    }
    assert answer(schema, text=lambda path: "/".join(path)) == {
        "kind": "claim",
        "status": "opinion",
        "ids": ["S3"],
        "note": "note",
    }


@pytest.mark.parametrize("mode", MODES)
def test_the_fake_server_refuses_the_old_enum_beside_ref(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The constrained schema as it was (an enum beside the actors' `$ref`) fails against it."""
    right = ConstrainedDraft.model_json_schema.__func__  # type: ignore[attr-defined]

    def old(cls: type[ConstrainedDraft], *args: Any, **kwargs: Any) -> dict[str, Any]:
        schema: dict[str, Any] = right(cls, *args, **kwargs)
        schema["properties"]["actors"]["items"]["enum"] = list(cls.allowed.actor_names)
        return schema

    monkeypatch.setattr(ConstrainedDraft, "model_json_schema", classmethod(old))
    server = FakeOpenAIServer().enqueue(schema_reply())
    backend = OpenAIBackend(settings=settings_for(mode), client=server.client())
    refused = r"HTTP 400.*(no value satisfies .* /actors/items|actors/items: keywords beside \$ref)"
    with pytest.raises(BackendError, match=refused):
        summarise(ARTICLES["seed"], backend=backend)
    assert server.replies, "the refused request used no scripted reply"
