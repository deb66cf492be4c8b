"""Test doubles: a backend with a queue of drafts, and an in-process OpenAI-compatible server
that enforces the request's schema as vLLM, SGLang or OpenAI strict mode do."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx2
import openai

from summariser.backends.base import DraftRequest, DraftResult
from summariser.drafts import Draft
from summariser.schema import Usage
from tests.enforcing import Refused
from tests.fault_server import completion, enforced_answer


class FakeBackend:
    """A chat backend that returns enqueued drafts and records every request (like llm's
    MockModel)."""

    name = "fake"
    chat = True

    def __init__(self, *, constrained: bool = True, context_chars: int | None = None) -> None:
        self.constrained = constrained
        self._context_chars = context_chars
        self.queue: list[Draft | dict[str, Any] | Exception] = []
        self.requests: list[DraftRequest] = []

    def enqueue(self, *drafts: Draft | dict[str, Any] | Exception) -> FakeBackend:
        self.queue.extend(drafts)
        return self

    def context_chars(self) -> int | None:
        return self._context_chars

    def draft(self, request: DraftRequest) -> DraftResult:
        self.requests.append(request)
        item = self.queue.pop(0)
        if isinstance(item, Exception):
            raise item
        draft = item if isinstance(item, Draft) else request.response_model.model_validate(item)
        return DraftResult(
            draft=draft,
            usage=Usage(prompt_tokens=10, completion_tokens=5, total_tokens=15),
            attempts=1,
            model="fake-model",
        )

    async def adraft(self, request: DraftRequest) -> DraftResult:
        return self.draft(request)


@dataclass
class Reply:
    """One scripted HTTP answer of the fake OpenAI server."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raise_exc: Exception | None = None
    from_schema: bool = False  # answer as an enforcing server would, from the request's schema


def tool_call_reply(arguments: dict[str, Any] | str, *, name: str = "*") -> Reply:
    """A chat completion whose tool call carries `arguments` (Instructor's TOOLS mode)."""
    args = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return Reply(body=completion(args, tool=name))


def schema_reply() -> Reply:
    """The answer an enforcing server builds from the request's schema (any mode)."""
    return Reply(from_schema=True)


class FakeOpenAIServer:
    """Scripted replies through httpx2.MockTransport: the real openai SDK and Instructor run.

    Like an enforcing server, it refuses (HTTP 400, no reply used) a request whose schema is not
    JSON Schema 2020-12 or that no answer can satisfy; scripted replies stand for what a model
    emitted (invalid ones included, to test re-asks).
    """

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.requests: list[dict[str, Any]] = []

    def enqueue(self, *replies: Reply) -> FakeOpenAIServer:
        self.replies.extend(replies)
        return self

    def handler(self, request: httpx2.Request) -> httpx2.Response:
        payload = json.loads(request.content or b"{}")
        self.requests.append(payload)
        try:
            arguments, tool = enforced_answer(payload)
        except Refused as exc:
            error = {"message": str(exc), "type": "invalid_request_error"}
            return httpx2.Response(400, json={"error": error})
        reply = self.replies.pop(0)
        if reply.raise_exc is not None:
            raise reply.raise_exc
        if reply.from_schema:
            return httpx2.Response(200, json=completion(arguments, tool=tool))
        body = json.loads(json.dumps(reply.body))
        for choice in (body or {}).get("choices", []) if isinstance(body, dict) else []:
            for call in choice["message"].get("tool_calls") or []:
                if call["function"]["name"] == "*":  # answer with the tool we were asked for
                    call["function"]["name"] = payload["tools"][0]["function"]["name"]
        return httpx2.Response(reply.status, json=body, headers=reply.headers)

    def client(self) -> openai.OpenAI:
        return openai.OpenAI(
            api_key="test-key",
            base_url="http://fake.invalid/v1",
            max_retries=0,
            http_client=httpx2.Client(transport=httpx2.MockTransport(self.handler)),
        )


def seed_draft(**changes: Any) -> dict[str, Any]:
    """A plausible chat-model draft of the seed article (sentence ids as evidence)."""
    draft: dict[str, Any] = {
        "gist": "Putin and Mali's leader Goita discussed trade and security by phone.",
        "claims": [
            {
                "statement": "Putin discussed trade and security with Mali's leader.",
                "status": "attributed_statement",
                "evidence": ["S1"],
                "actors": ["Vladimir Putin", "Mali"],
                "dates": [],
                "source": "the Kremlin",
            },
            {
                "statement": "Putin spoke with Goita on August 15 and September 10.",
                "status": "reported_fact",
                "evidence": ["S11"],
                "actors": ["Putin", "Goita"],
                "dates": ["August 15", "September 10"],
                "source": "the reporter",
            },
        ],
        "actors": [
            {"name": "Vladimir Putin", "type": "person", "role": "Russian President"},
            {"name": "Goita", "type": "person", "role": "Mali's interim president"},
            {"name": "Mali", "type": "country", "role": None},
        ],
        "dates": [
            {"expression": "August 15", "event": "phone call"},
            {"expression": "September 10", "event": "phone call"},
        ],
        "sources": [{"name": "the Kremlin", "type": "organisation", "channel": "statement"}],
    }
    draft.update(changes)
    return draft
