"""Any OpenAI-compatible endpoint, through the openai SDK and Instructor."""

from __future__ import annotations

import logging
import re
from typing import Any

import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from tenacity import AsyncRetrying, Retrying

from ..drafts import ConstrainedDraft
from ..errors import (
    AuthenticationError,
    BackendError,
    ConfigurationError,
    InvalidOutputError,
    RetryExhaustedError,
    SummariserError,
)
from ..schema import Usage
from ..settings import Settings
from .base import DraftRequest, DraftResult
from .gate import Gate, GatedHttpClient
from .quiet import install as quiet_instructor
from .quiet import retried_by_us
from .retry import RetryObserver, failure_kind, is_transient, retry_policy

logger = logging.getLogger(__name__)

# `tools_strict` is tool calling with the tool marked strict by us (`_strict_tool`): Instructor
# deprecates its own TOOLS_STRICT, which it sends as plain TOOLS anyway.
MODES = {
    "tools": instructor.Mode.TOOLS,
    "tools_strict": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
}


def pick_mode(settings: Settings) -> instructor.Mode:
    """Tool calling works on OpenAI, vLLM, LM Studio and llama.cpp's server (which rejects
    response_format json_schema with a 500), so it is the default; others on request."""
    if settings.mode == "auto":
        return instructor.Mode.TOOLS
    try:
        return MODES[settings.mode]
    except KeyError:
        raise ConfigurationError(
            f"unknown mode {settings.mode!r}; choose auto, {', '.join(MODES)}"
        ) from None


class InstructorDraft(ConstrainedDraft, instructor.OpenAISchema):
    """A ConstrainedDraft that is already Instructor's response schema: Instructor wraps any
    other model in a new class on every call (~1.2 ms), on top of ours made per request."""


def _strict_tool(model: type[Any]) -> dict[str, Any]:
    """The tool Instructor sends for `model`, marked strict.

    Instructor 1.17 sends TOOLS_STRICT as plain TOOLS and has no way to ask for `strict: true`
    (its `strict` argument is pydantic's), so the tool goes in `extra_body`, which the openai
    SDK puts over Instructor's. The name is the schema title, as in Instructor's `tool_choice`.
    """
    schema = model.model_json_schema()
    parameters = {k: v for k, v in schema.items() if k not in ("title", "description")}
    function = {
        "name": schema["title"],
        "description": schema.get("description") or f"A {schema['title']}.",
        "parameters": parameters,
        "strict": True,
    }
    return {"type": "function", "function": function}


def _usage(completion: Any) -> Usage:
    return _usage_of(getattr(completion, "usage", None))


def _usage_of(raw: Any) -> Usage:
    """Usage from an SDK usage object or a dict (Instructor's running total)."""
    if raw is None:
        return Usage()
    get = raw.get if isinstance(raw, dict) else lambda k, d=0: getattr(raw, k, d)
    return Usage(
        prompt_tokens=get("prompt_tokens", 0) or 0,
        completion_tokens=get("completion_tokens", 0) or 0,
        total_tokens=get("total_tokens", 0) or 0,
    )


class OpenAIBackend:
    """Chat completions with a pydantic response model; validation errors are re-asked."""

    name = "openai"
    chat = True
    constrained = True

    def __init__(
        self,
        *,
        settings: Settings,
        client: openai.OpenAI | None = None,
        async_client: openai.AsyncOpenAI | None = None,
        on_retry: RetryObserver | None = None,
    ) -> None:
        quiet_instructor()  # its per-attempt errors are ours to report (see quiet.py)
        self.settings = settings
        self.on_retry = on_retry  # told of each transient failure (e.g. a batch's rate limiter)
        # Held around each HTTP request of the async client this backend makes (a batch's
        # limit on requests in flight); an async client handed in is not gated.
        self.gate: Gate | None = None
        self.gates_requests = async_client is None
        if settings.constrained is not None:
            self.constrained = settings.constrained
        self.mode = pick_mode(settings)
        self._client = client
        self._async_client = async_client
        self._instructor_async: tuple[Any, Any] | None = None
        self.where = settings.base_url or "api.openai.com"

    def check_configuration(self) -> None:
        """Raise ConfigurationError now for what would fail every request (no API key)."""
        self._api_key()

    def _api_key(self) -> str:
        key = self.settings.resolved_api_key()
        if key is not None:
            return key
        if self.settings.base_url is None:
            raise ConfigurationError(
                f"model {self.settings.model} needs an API key: none given and "
                "OPENAI_API_KEY is not set",
                setting="api_key",
            )
        return "not-needed"  # local servers accept any key

    def _client_kwargs(self) -> dict[str, Any]:
        key = self._api_key()
        # The SDK's own retries are off: ours (tenacity) honour Retry-After and a total cap.
        return {
            "api_key": key,
            "base_url": self.settings.base_url,
            "timeout": self.settings.timeout,
            "max_retries": 0,
        }

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = openai.OpenAI(**self._client_kwargs())
        return instructor.from_openai(self._client, mode=self.mode)

    @property
    def async_client(self) -> Any:
        if self._async_client is None:
            self._async_client = openai.AsyncOpenAI(
                **self._client_kwargs(), http_client=GatedHttpClient(lambda: self.gate)
            )
        # Wrapping costs ~2 ms; a batch asks for it once per article, so keep the wrapper.
        wrapped = self._instructor_async
        if wrapped is None or wrapped[0] is not self._async_client:
            wrapped = (
                self._async_client,
                instructor.from_openai(self._async_client, mode=self.mode),
            )
            self._instructor_async = wrapped
        return wrapped[1]

    def context_chars(self) -> int | None:
        return None  # unknown: the server says so if the article is too long

    async def aclose(self) -> None:
        """Close the async HTTP client inside its event loop (else it is closed after it)."""
        if self._async_client is not None:
            await self._async_client.close()
            self._async_client = None

    def _kwargs(self, request: DraftRequest) -> dict[str, Any]:
        # No `context=`: Instructor would render the messages (and the article) as Jinja.
        model = request.draft_model(base=InstructorDraft)
        kwargs = {
            "model": self.settings.remote_model_name,
            "messages": [dict(m) for m in request.messages],
            "response_model": model,
            "max_retries": self.settings.max_retries,
            "temperature": self.settings.temperature,
            "max_tokens": self.settings.max_output_tokens,
        }
        if self.settings.mode == "tools_strict":
            kwargs["extra_body"] = {"tools": [_strict_tool(model)]}
        return kwargs

    def _result(self, draft: Any, completion: Any, attempts: int) -> DraftResult:
        return DraftResult(
            draft=draft,
            usage=_usage(completion),
            attempts=attempts,
            model=str(getattr(completion, "model", None) or self.settings.remote_model_name),
        )

    def draft(self, request: DraftRequest) -> DraftResult:
        client = self.client
        kwargs = self._kwargs(request)
        cut = _Truncations(self.settings)
        while True:
            retrying = Retrying(**self._policy())
            try:
                for attempt in retrying:
                    with attempt, retried_by_us():
                        draft, completion = _unwrap(
                            client.chat.completions.create_with_completion, **kwargs
                        )
                return cut.result(
                    self._result(draft, completion, retrying.statistics["attempt_number"])
                )
            except IncompleteOutputException as exc:
                cut.record(exc)
            except Exception as exc:
                raise self._translate(exc, retrying.statistics.get("attempt_number", 1)) from None

    async def adraft(self, request: DraftRequest) -> DraftResult:
        client = self.async_client
        kwargs = self._kwargs(request)
        cut = _Truncations(self.settings)
        while True:
            retrying = AsyncRetrying(**self._policy())
            try:
                async for attempt in retrying:
                    with attempt, retried_by_us():
                        draft, completion = await _aunwrap(
                            client.chat.completions.create_with_completion, **kwargs
                        )
                return cut.result(
                    self._result(draft, completion, retrying.statistics["attempt_number"])
                )
            except IncompleteOutputException as exc:
                cut.record(exc)
            except Exception as exc:
                raise self._translate(exc, retrying.statistics.get("attempt_number", 1)) from None

    def _policy(self) -> dict[str, Any]:
        return retry_policy(
            attempts=self.settings.max_transient_retries + 1,
            total_seconds=self.settings.total_timeout,
            where=self.where,
            on_retry=self.on_retry,
        )

    def _translate(self, exc: BaseException, attempts: int) -> SummariserError:
        """One typed, one-line error for whatever went wrong."""
        where = self.where
        model = self.settings.remote_model_name
        if isinstance(exc, SummariserError):
            return exc
        if isinstance(exc, InstructorRetryException):
            usage = _usage_of(exc.total_usage).model_dump()
            return InvalidOutputError(
                f"{model} returned output that does not fit the schema after "
                f"{exc.n_attempts} attempts: {_first_line(str(exc))}",
                attempts=exc.n_attempts,
                usage=usage,
                last_errors=[_first_line(str(a.exception)) for a in exc.failed_attempts or []],
            )
        if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
            return AuthenticationError(f"{where} refused the API key ({exc.status_code})")
        if isinstance(exc, openai.NotFoundError):  # no such model, or a URL that is not the API
            return BackendError(
                f"{where} answered 404 for model {model!r}: {_server_says(exc)}; check the model "
                "name, and that the base URL is the API's (it usually ends in /v1)"
            )
        if is_transient(exc):
            tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
            return RetryExhaustedError(
                f"cannot get an answer from {where}: {failure_kind(exc)} after {tries}",
                attempts=attempts,
            )
        if isinstance(exc, openai.APIStatusError):
            hint = " (is it an OpenAI-compatible API?)" if exc.status_code in (405, 501) else ""
            return BackendError(
                f"{where} answered HTTP {exc.status_code}: {_server_says(exc)}{hint}"
            )
        return BackendError(f"{where} failed: {type(exc).__name__}: {_first_line(str(exc))}")


class _Truncations:
    """Output cut off at max_tokens (which Instructor does not re-ask): asked again within the
    same re-ask budget as invalid output, then an InvalidOutputError with the summed usage."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.count = 0
        self.usage = Usage()

    def record(self, exc: IncompleteOutputException) -> None:
        self.count += 1
        self.usage = self.usage.add(_usage(exc.last_completion))
        if self.count > self.settings.max_retries:
            raise InvalidOutputError(
                f"{self.settings.remote_model_name} output was cut off at max_tokens="
                f"{self.settings.max_output_tokens} in {self.count} attempts (truncated)",
                attempts=self.count,
                usage=self.usage.model_dump(),
                last_errors=["output truncated (finish_reason length)"],
            )
        logger.info("output truncated at max_tokens; asking again (%d)", self.count)

    def result(self, result: DraftResult) -> DraftResult:
        """The final result, counting the truncated attempts and their tokens too."""
        if not self.count:
            return result
        result.attempts += self.count
        result.usage = result.usage.add(self.usage)
        return result


def _unwrap(call: Any, **kwargs: Any) -> Any:
    """Instructor wraps API errors in its retry exception; give tenacity the API error."""
    try:
        return call(**kwargs)
    except InstructorRetryException as exc:
        cause = _api_cause(exc)
        raise cause from cause.__cause__  # keep what lies beneath (a refused connection)


async def _aunwrap(call: Any, **kwargs: Any) -> Any:
    """The async twin of _unwrap."""
    try:
        return await call(**kwargs)
    except InstructorRetryException as exc:
        cause = _api_cause(exc)
        raise cause from cause.__cause__


def _api_cause(exc: InstructorRetryException) -> BaseException:
    cause = exc.__cause__
    if isinstance(cause, openai.APIError):
        return cause
    return exc


def _server_says(exc: openai.APIStatusError) -> str:
    """The server's own words: the error body's message, or its text without markup."""
    body: object = exc.body
    if isinstance(body, dict):
        body = body.get("message") or body.get("error") or body
    return _first_line(re.sub(r"<[^>]*>", " ", str(body))) if body else "no message"


def _first_line(text: str) -> str:
    text = " ".join(text.split())
    return text[:300]
