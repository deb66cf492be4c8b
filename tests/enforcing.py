"""What a schema-enforcing server does with the JSON Schema of a request, for the test servers.

OpenAI strict tools, vLLM and SGLang guided decoding and Ollama's `format` turn the schema into a
grammar and decode under it, honouring every keyword (JSON Schema 2020-12: `$ref` and its
siblings both apply). A schema no value satisfies cannot be decoded: such a server refuses the
request or returns output that does not fit. The fakes do the same: `answer()` builds the answer
from the schema alone (enum members, consts, required properties, nothing additional) and raises
`Refused` when some part of the schema admits no value, and `check_request()` also applies
OpenAI's strict-mode rules when the request asks for strict decoding.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

Path = tuple[str, ...]
# Keywords whose value is a schema, a list of schemas, or a name -> schema mapping.
_ONE = ("items", "additionalProperties", "not", "contains", "if", "then", "else")
_MANY = ("anyOf", "oneOf", "allOf", "prefixItems")
_NAMED = ("properties", "$defs", "definitions", "patternProperties")
# What fits() leaves to the parts' own checks: subschemas, and `$ref` (built merged).
_PARTS = frozenset((*_ONE, *_MANY, *_NAMED, "$ref")) - {"additionalProperties"}
_PLAIN = frozenset(("type", "title", "description", "default", "examples", "$comment"))
_TYPES = {"string": str, "boolean": bool, "null": type(None)}
# Instructor's JSON mode puts the schema in the system message after this line.
_JSON_MODE_MARK = "the parsed objects in json that match the following json_schema:"


class Refused(Exception):
    """The server cannot decode under this schema (it answers HTTP 400)."""


@dataclass(frozen=True)
class Asked:
    """The schema a chat request asks the answer to fit, and where the answer goes."""

    schema: dict[str, Any]
    tool: str | None  # the tool to call (TOOLS modes); None: the answer is the message content
    strict: bool  # the request asks for OpenAI strict decoding


def asked_for(payload: dict[str, Any]) -> Asked | None:
    """The schema a chat-completions request carries (tools, response_format or JSON mode)."""
    if payload.get("tools"):
        function = payload["tools"][0]["function"]
        return Asked(function["parameters"], function["name"], bool(function.get("strict")))
    response_format = payload.get("response_format") or {}
    if response_format.get("type") == "json_schema":
        spec = response_format["json_schema"]
        return Asked(spec["schema"], None, bool(spec.get("strict")))
    if response_format.get("type") == "json_object":
        messages = payload.get("messages", [])
        system = "\n".join(str(m.get("content")) for m in messages if m.get("role") == "system")
        mark = system.rfind(_JSON_MODE_MARK)
        if mark < 0:
            return None
        start = system.index("{", mark)
        schema, _ = json.JSONDecoder().raw_decode(system, start)
        return Asked(schema, None, False)
    return None


def subschemas(node: Any, path: Path = ()) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every schema object inside `node` (itself included), with its path."""
    if not isinstance(node, dict):
        return
    yield path, node
    for key in _ONE:
        yield from subschemas(node.get(key), (*path, key))
    for key in _MANY:
        for n, sub in enumerate(node.get(key) or []):
            yield from subschemas(sub, (*path, key, str(n)))
    for key in _NAMED:
        for name, sub in (node.get(key) or {}).items():
            yield from subschemas(sub, (*path, key, name))


def strict_mode_problems(schema: dict[str, Any]) -> list[str]:
    """Where a schema breaks OpenAI's strict-mode rules: the root is an object, every object
    has `additionalProperties: false` and lists every property in `required`, a `$ref` stands
    alone, and no enum is empty."""
    problems = []
    if schema.get("type") != "object" or "anyOf" in schema:
        problems.append("root: must be an object, not anyOf")
    for path, node in subschemas(schema):
        where = "/".join(path) or "root"
        if node.get("type") == "object" or "properties" in node:
            if node.get("additionalProperties") is not False:
                problems.append(f"{where}: additionalProperties is not false")
            missing = set(node.get("properties", {})) - set(node.get("required", []))
            if missing:
                problems.append(f"{where}: properties not required: {sorted(missing)}")
        if "$ref" in node and len(node) > 1:
            problems.append(f"{where}: keywords beside $ref: {sorted(set(node) - {'$ref'})}")
        if node.get("enum") == []:
            problems.append(f"{where}: empty enum")
    return problems


def check_request(asked: Asked) -> None:
    """Refuse a schema that is not JSON Schema 2020-12, or breaks strict mode when asked for."""
    if problem := _metaschema_problem(json.dumps(_shape(asked.schema), sort_keys=True)):
        raise Refused(f"invalid JSON Schema: {problem}")
    if asked.strict and (problems := strict_mode_problems(asked.schema)):
        raise Refused("invalid schema for strict mode: " + "; ".join(problems[:5]))


def answer(schema: dict[str, Any], *, text: Callable[[Path], str]) -> Any:
    """The answer an enforcing server decodes: built from the schema alone, free text from
    `text(path)`. Every part of the schema must admit a value (a grammar has a rule for each,
    reachable or not), else Refused; the answer is checked against the whole schema."""
    builder = _Builder(schema, text)
    for name, definition in (schema.get("$defs") or {}).items():
        builder.build(definition, ("$defs", name))  # each must be satisfiable on its own
    value = builder.build(schema, ())
    if not builder.validator.is_valid(value):  # cannot happen if build() is right
        raise Refused("the answer does not fit the schema")
    return value


class _Builder:
    def __init__(self, root: dict[str, Any], text: Callable[[Path], str]) -> None:
        self.root = root
        self.text = text
        self.validator = _validator(json.dumps(root, sort_keys=True))

    def fits(self, value: Any, node: Any) -> bool:
        """Whether `value` meets the node's own keywords (its parts are checked as built)."""
        if isinstance(node, dict):
            own = {k: v for k, v in node.items() if k not in _PARTS}
            if "properties" in node:  # their names still count for additionalProperties
                own["properties"] = dict.fromkeys(node["properties"], True)
            node = own
            if set(own) <= _PLAIN and _TYPES.get(own.get("type", "")) is type(value):
                return True  # nothing to check but the type: ~1/3 of the server's time
        return bool(self.validator.evolve(schema=node).is_valid(value))

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise Refused(f"cannot resolve $ref {ref!r}")
        node: Any = self.root
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def build(self, node: Any, path: Path) -> Any:
        """A value of `node`, or Refused with the path where no value exists."""
        if len(path) > 64:  # a recursive $ref: the drafts have none, a server would cap it too
            raise Refused(f"schema nested too deep at /{'/'.join(path[:8])}/...")
        value = self._candidate(node, path)
        if not self.fits(value, node):
            raise Refused(f"no value satisfies the schema at /{'/'.join(path)}")
        return value

    def _candidate(self, node: Any, path: Path) -> Any:
        if node is True or node == {}:
            return self.text(path)
        if node is False:
            raise Refused(f"false schema at /{'/'.join(path)}")
        if "$ref" in node:  # the target and its siblings both apply (2020-12)
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return self.build({**self.resolve(node["$ref"]), **rest}, path)
        if "const" in node:
            return node["const"]
        if "enum" in node:
            if not node["enum"]:
                raise Refused(f"empty enum at /{'/'.join(path)}")
            rest = {k: v for k, v in node.items() if k != "enum"}
            return next((v for v in node["enum"] if self.fits(v, rest)), node["enum"][0])
        if "allOf" in node:  # every branch applies: one node holding them all
            merged = {k: v for k, v in node.items() if k != "allOf"}
            for branch in node["allOf"]:
                merged = _merge(merged, self._resolved(branch))
            return self.build(merged, path)
        for key in ("anyOf", "oneOf"):
            if key in node:
                rest = {k: v for k, v in node.items() if k != key}
                for branch in node[key]:
                    try:
                        return self.build({**rest, **branch}, path)
                    except Refused:
                        continue
                raise Refused(f"no branch of {key} is satisfiable at /{'/'.join(path)}")
        kind = node.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object" or (kind is None and "properties" in node):
            return self._object(node, path)
        if kind == "array":
            return self._array(node, path)
        if kind in ("integer", "number"):
            return node.get("minimum", 0)
        if kind == "boolean":
            return False
        if kind == "null":
            return None
        return self.text(path)

    def _object(self, node: dict[str, Any], path: Path) -> dict[str, Any]:
        required = set(node.get("required", []))
        value = {}
        for name, sub in node.get("properties", {}).items():
            built = self.build(sub, (*path, name))  # an optional property must be decodable too
            if name in required:
                value[name] = built
        return value

    def _array(self, node: dict[str, Any], path: Path) -> list[Any]:
        prefix = [
            self.build(sub, (*path, "prefixItems", str(k)))
            for k, sub in enumerate(node.get("prefixItems", []))
        ]
        items = node.get("items", True)
        item = self.build(items, (*path, "items"))  # the item rule must exist even if unused
        return prefix + [item] * max(0, int(node.get("minItems", 0)) - len(prefix))

    def _resolved(self, node: Any) -> Any:
        """The node with a top-level $ref replaced by its target (siblings kept)."""
        if isinstance(node, dict) and "$ref" in node:
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return _merge(self._resolved(self.resolve(node["$ref"])), rest)
        return node


def _merge(a: Any, b: Any) -> Any:
    """One schema that both `a` and `b` describe (for allOf): properties merged one by one,
    required lists joined, enums intersected, any other keyword of `b` added; Refused where
    two values of one keyword differ otherwise (no such schema is sent today)."""
    if a is True or a == {}:
        return b
    if b is True or b == {}:
        return a
    if not isinstance(a, dict) or not isinstance(b, dict):
        raise Refused("false schema inside allOf")
    out = dict(a)
    for key, value in b.items():
        if key not in out or out[key] == value:
            out[key] = value
        elif key == "properties":
            props = dict(out[key])
            for name, sub in value.items():
                props[name] = _merge(props[name], sub) if name in props else sub
            out[key] = props
        elif key == "required":
            out[key] = list(dict.fromkeys([*out[key], *value]))
        elif key == "enum":
            out[key] = [v for v in out[key] if v in value]
        elif key == "allOf":
            out[key] = [*out[key], *value]
        else:
            raise Refused(f"cannot merge two values of {key!r} in allOf")
    return out


def _shape(node: Any) -> Any:
    """The schema with each enum's members numbered instead: the metaschema allows any array
    there, so schemas of one shape are all valid or all invalid (a check takes ~15 ms)."""
    if isinstance(node, dict):
        return {
            k: list(range(len(v))) if k == "enum" and isinstance(v, list) else _shape(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_shape(v) for v in node]
    return node


@lru_cache(maxsize=64)
def _metaschema_problem(shape_json: str) -> str | None:
    try:
        Draft202012Validator.check_schema(json.loads(shape_json))
    except SchemaError as exc:
        return str(exc.message)
    return None


@lru_cache(maxsize=256)
def _validator(schema_json: str) -> Draft202012Validator:
    """A validator per distinct schema (a re-ask sends the same schema again)."""
    return Draft202012Validator(json.loads(schema_json))
