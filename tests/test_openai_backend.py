"""The OpenAI-compatible backend: the real openai SDK and Instructor against scripted replies."""

from __future__ import annotations

import time

import httpx2
import pytest

from summariser import (
    AuthenticationError,
    BackendError,
    ConfigurationError,
    InvalidOutputError,
    RetryExhaustedError,
    Settings,
    summarise,
)
from summariser.backends.openai_compat import OpenAIBackend
from tests.fakes import FakeOpenAIServer, Reply, seed_draft, tool_call_reply

SETTINGS = Settings(model="openai/gpt-test", api_key="k", max_retries=2, max_transient_retries=3)


def backend_for(server: FakeOpenAIServer, settings: Settings = SETTINGS) -> OpenAIBackend:
    return OpenAIBackend(settings=settings, client=server.client())


def test_tools_mode_sends_the_schema_and_returns_a_grounded_summary(seed_text, fake_server):
    fake_server.enqueue(tool_call_reply(seed_draft()))
    summary = summarise(seed_text, backend=backend_for(fake_server))
    request = fake_server.requests[0]
    assert request["model"] == "gpt-test"
    tool = request["tools"][0]["function"]
    claim = tool["parameters"]["$defs"]["DraftClaim"]["properties"]
    assert claim["evidence"]["items"]["enum"][:2] == ["S1", "S2"]
    assert "the Kremlin" in claim["source"]["enum"]
    assert summary.metadata.usage.total_tokens == 120
    assert summary.claims[0].evidence[0].start is not None


def test_invalid_output_is_re_asked_with_the_validation_error(seed_text, fake_server):
    bad = seed_draft()
    bad["claims"][0]["evidence"] = ["S99"]  # not a sentence of the article
    fake_server.enqueue(tool_call_reply(bad), tool_call_reply(seed_draft()))
    summary = summarise(seed_text, backend=backend_for(fake_server))
    assert len(fake_server.requests) == 2
    reask = str(fake_server.requests[1]["messages"][-1])
    assert "S99" in reask or "evidence" in reask
    assert summary.metadata.usage.total_tokens == 240  # both attempts counted


def test_output_that_stays_invalid_raises_with_attempts_and_usage(seed_text, fake_server):
    fake_server.enqueue(*[tool_call_reply("{not json") for _ in range(3)])
    with pytest.raises(InvalidOutputError) as info:
        summarise(seed_text, backend=backend_for(fake_server))
    assert info.value.attempts == 3
    assert info.value.usage["total_tokens"] == 360
    assert len(fake_server.requests) == 3


def test_rate_limit_waits_for_retry_after_then_succeeds(seed_text, fake_server):
    limited = Reply(
        status=429, body={"error": {"message": "slow down"}}, headers={"retry-after": "0.3"}
    )
    fake_server.enqueue(limited, tool_call_reply(seed_draft()))
    started = time.monotonic()
    summary = summarise(seed_text, backend=backend_for(fake_server))
    assert time.monotonic() - started >= 0.3
    assert summary.metadata.attempts == 2


@pytest.mark.parametrize("status", [500, 502, 503], ids=["500", "502", "503"])
def test_server_errors_are_retried(seed_text, fake_server, status):
    fake_server.enqueue(
        Reply(status=status, body={"error": {"message": "oops"}}, headers={"retry-after": "0"}),
        tool_call_reply(seed_draft()),
    )
    summary = summarise(seed_text, backend=backend_for(fake_server))
    assert len(fake_server.requests) == 2 and summary.claims


def test_authentication_failure_stops_at_once(seed_text, fake_server):
    fake_server.enqueue(Reply(status=401, body={"error": {"message": "bad key"}}))
    with pytest.raises(AuthenticationError, match="refused the API key"):
        summarise(seed_text, backend=backend_for(fake_server))
    assert len(fake_server.requests) == 1


def test_connection_failures_exhaust_retries_with_a_typed_error(seed_text, fake_server):
    settings = SETTINGS.model_copy(update={"max_transient_retries": 1})
    request = httpx2.Request("POST", "http://fake.invalid/v1/chat/completions")
    fake_server.enqueue(
        *[Reply(raise_exc=httpx2.ConnectError("refused", request=request)) for _ in range(2)]
    )
    with pytest.raises(RetryExhaustedError, match="connection failed after 2 attempts"):
        summarise(seed_text, backend=backend_for(fake_server, settings))


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ({"error": {"message": "model 'gpt-test' not found"}}, "model 'gpt-test' not found"),
        ("404 page not found", "404 page not found"),  # a URL without /v1, say
    ],
    ids=["unknown-model", "not-the-api"],
)
def test_a_404_says_what_the_server_said_and_what_to_check(seed_text, fake_server, body, said):
    fake_server.enqueue(Reply(status=404, body=body))
    with pytest.raises(BackendError) as caught:
        summarise(seed_text, backend=backend_for(fake_server))
    message = str(caught.value)
    assert f"answered 404 for model 'gpt-test': {said}; check the model name" in message
    assert "/v1" in message and len(fake_server.requests) == 1


def test_a_501_from_a_server_that_is_not_the_api_stops_at_once(seed_text, fake_server):
    fake_server.enqueue(Reply(status=501, body="<h1>Unsupported method ('POST')</h1>"))
    with pytest.raises(BackendError) as caught:
        summarise(seed_text, backend=backend_for(fake_server))
    assert not isinstance(caught.value, RetryExhaustedError)
    assert str(caught.value).endswith(
        "answered HTTP 501: Unsupported method ('POST') (is it an OpenAI-compatible API?)"
    )
    assert len(fake_server.requests) == 1


def test_openai_model_without_a_key_is_a_configuration_error(seed_text, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="OPENAI_API_KEY"):
        summarise(seed_text, model="openai/gpt-4o-mini")


def test_unreachable_local_server_is_a_clear_backend_error(seed_text):
    from tests.conftest import free_port

    settings = Settings(
        model="m", base_url=f"http://127.0.0.1:{free_port()}/v1", max_transient_retries=1, timeout=5
    )
    with pytest.raises(RetryExhaustedError, match=r"127\.0\.0\.1.*connection refused"):
        summarise(seed_text, settings=settings)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("auto", "TOOLS"), ("tools", "TOOLS"), ("json_schema", "JSON_SCHEMA"), ("json", "JSON")],
    ids=["auto", "tools", "json_schema", "json"],
)
def test_instructor_mode_is_chosen_per_setting(mode, expected):
    backend = OpenAIBackend(settings=Settings(model="m", base_url="http://x/v1", mode=mode))
    assert backend.mode.name == expected
