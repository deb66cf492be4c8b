"""A fault-injecting OpenAI-compatible server on 127.0.0.1, for batch tests and the benchmark.

It answers POST /v1/chat/completions like a schema-enforcing server (tests/enforcing.py): the
answer is built from the JSON Schema the request carries (a tool call in TOOLS modes, the message
content in JSON modes), citing the first enum member (sentence S1) or quoting the article's first
line; a schema no answer can satisfy is refused with HTTP 400, before any fault.
Faults are injected at configurable rates. The schedule is deterministic regardless of the order
in which concurrent requests arrive: the fault of a request depends only on the seed, the article
(its first user message) and how many times that article has been asked for before.

Run it on its own (the benchmark does, so the server does not share the client's GIL):
    python -m tests.fault_server --port 8765 --latency 0.2
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import socket
import socketserver
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar

from tests.enforcing import Refused, answer, asked_for, check_request

# Every fault the server can inject (the order fixes how the seeded draw maps to a fault).
FAULTS = (
    "rate_limit",  # 429 with Retry-After
    "server_error",  # 500
    "stall",  # no answer until after the client's timeout
    "drop",  # connection closed without an answer
    "malformed_json",  # tool-call arguments that are not JSON
    "schema_invalid",  # JSON that breaks the schema (evidence cites no sentence)
    "truncated",  # arguments cut off half way, finish_reason "length"
)

_SENTENCE = re.compile(r"^\[(S\d+)\] (.+)$", re.MULTILINE)
_ARTICLE = re.compile(r"<article>\s*(.*?)\s*</article>", re.DOTALL)


@dataclass
class FaultConfig:
    """What the server does: fault rates (0..1 each), delays, and a fixed seed."""

    rates: dict[str, float] = field(default_factory=dict)
    seed: int = 0
    latency: float = 0.0  # seconds before every answer
    stall_seconds: float = 2.0  # how long a stall lasts (set it past the client timeout)
    retry_after: float = 0.05  # seconds sent in Retry-After with each 429
    status: int | None = None  # answer every request with this HTTP status (e.g. 401)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.rates) - set(FAULTS))
        if unknown:
            raise ValueError(f"unknown faults {unknown}; known: {FAULTS}")
        if sum(self.rates.values()) > 1.0:
            raise ValueError("fault rates add up to more than 1")


def first_sentence(messages: list[dict[str, Any]]) -> tuple[str, str]:
    """The article's first sentence and its evidence: its id when sentences are numbered
    (source-constrained prompt), else the sentence itself (free quotes)."""
    user = "\n".join(str(m.get("content") or "") for m in messages if m.get("role") == "user")
    numbered = _SENTENCE.search(user)
    if numbered:
        return numbered.group(2), numbered.group(1)
    found = _ARTICLE.search(user)
    body = found.group(1) if found else user
    first = body.split("\n")[0].strip()[:200] or "article"
    return first, first


def tool_arguments(messages: list[dict[str, Any]]) -> dict[str, Any]:
    """A valid draft for the article in these messages, without reading a schema (the client
    overhead benchmark's cheap answer): one claim citing its first sentence."""
    first, evidence = first_sentence(messages)
    return {
        "gist": first,
        "claims": [
            {
                "statement": first,
                "status": "reported_fact",
                "evidence": [evidence],
                "actors": [],
                "dates": [],
                "source": "the reporter",
            }
        ],
        "actors": [],
        "dates": [],
        "sources": [],
    }


def enforced_answer(payload: dict[str, Any]) -> tuple[str, str | None]:
    """The answer's JSON, built from the request's schema, and the tool that carries it (None:
    the message content). Free text is the article's first sentence; a free `source` is the
    narrator, as the schema's description says. Raises Refused for an unsatisfiable schema."""
    asked = asked_for(payload)
    if asked is None:
        raise Refused("this server answers structured requests only (tools or response_format)")
    check_request(asked)
    first, _ = first_sentence(payload.get("messages") or [])
    return _answer_json(json.dumps(asked.schema), first), asked.tool


@lru_cache(maxsize=256)
def _answer_json(schema_json: str, first: str) -> str:
    """Cached: a re-ask sends the same schema and article again."""

    def text(path: tuple[str, ...]) -> str:
        return "the reporter" if path[-1:] == ("source",) else first

    return json.dumps(answer(json.loads(schema_json), text=text))


def completion(
    arguments: str, *, tool: str | None, finish_reason: str = "tool_calls"
) -> dict[str, Any]:
    """A chat.completion body whose single tool call carries `arguments` (tool None: the message
    content is `arguments`, as JSON modes answer)."""
    if tool is None:
        body = completion(arguments, tool="-", finish_reason=finish_reason)
        message = body["choices"][0]["message"]
        message.update({"content": arguments, "tool_calls": None})
        if finish_reason == "tool_calls":
            body["choices"][0]["finish_reason"] = "stop"
        return body
    return {
        "id": "chatcmpl-fault",
        "object": "chat.completion",
        "created": 0,
        "model": "fault-gpt",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "message": {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": tool, "arguments": arguments},
                        }
                    ],
                },
            }
        ],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }


class FaultServer(ThreadingHTTPServer):
    """The HTTP server; `counts` says how many requests got each outcome."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def __init__(self, address: tuple[str, int], config: FaultConfig) -> None:
        super().__init__(address, _Handler)
        self.config = config
        self.counts: Counter[str] = Counter()
        self.refusals: list[str] = []  # why requests were refused (schemas no answer fits)
        self._seen: Counter[str] = Counter()
        self._lock = threading.Lock()
        self.active = 0  # completion requests being answered now
        self.peak = 0  # the most there ever were at once

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    @property
    def requests(self) -> int:
        with self._lock:
            return sum(self.counts.values())

    @contextmanager
    def answering(self) -> Iterator[None]:
        """Count a request as in flight while it is being answered."""
        with self._lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
        try:
            yield
        finally:
            with self._lock:
                self.active -= 1

    def count(self, outcome: str) -> None:
        with self._lock:
            self.counts[outcome] += 1

    def outcome(self, key: str) -> str:
        """The fault (or "ok") for the next request about the article with this key."""
        with self._lock:
            nth = self._seen[key]
            self._seen[key] += 1
        draw = random.Random(f"{self.config.seed}:{key}:{nth}").random()
        chosen = "ok"
        for fault in FAULTS:
            rate = self.config.rates.get(fault, 0.0)
            if draw < rate:
                chosen = fault
                break
            draw -= rate
        self.count(chosen)
        return chosen


class _Handler(BaseHTTPRequestHandler):
    server: FaultServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle on, the body waits for the client's
    # delayed ACK (~40 ms a request), which real servers (uvicorn, llama.cpp) do not add.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read counters
        return

    def do_GET(self) -> None:
        self._send(200, {"object": "list", "data": [{"id": "fault-gpt", "object": "model"}]})

    def do_POST(self) -> None:
        with self.server.answering():
            self._answer()

    def _answer(self) -> None:
        config = self.server.config
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length)
        if len(body) < length:  # the client went away mid-request (killed): nothing to answer
            self.close_connection = True
            return
        payload = json.loads(body or b"{}")
        if config.status is not None:
            self.server.count(f"status_{config.status}")
            self._send(config.status, {"error": {"message": f"status {config.status}"}})
            return
        try:
            arguments, tool = enforced_answer(payload)
        except Refused as exc:
            self.server.count("refused")
            self.server.refusals.append(str(exc))
            self._send(400, {"error": {"message": str(exc), "type": "invalid_request_error"}})
            return
        messages = payload.get("messages") or []
        first_user: dict[str, Any] = next((m for m in messages if m.get("role") == "user"), {})
        key = hashlib.sha256(str(first_user.get("content")).encode()).hexdigest()
        fault = self.server.outcome(key)
        if config.latency:
            time.sleep(config.latency)
        if fault == "rate_limit":
            self._send(
                429, {"error": {"message": "slow down"}}, {"retry-after": config.retry_after}
            )
        elif fault == "server_error":
            self._send(500, {"error": {"message": "internal error"}})
        elif fault == "stall":
            time.sleep(config.stall_seconds)
            self._send(500, {"error": {"message": "stalled"}})
        elif fault == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif fault == "malformed_json":
            self._send(200, completion("{gist: 'unquoted', claims: [", tool=tool))
        elif fault == "schema_invalid":
            broken = json.loads(arguments)
            broken["claims"][0]["evidence"] = ["S999999"]
            del broken["gist"]
            self._send(200, completion(json.dumps(broken), tool=tool))
        elif fault == "truncated":
            cut = arguments[: len(arguments) // 2]
            self._send(200, completion(cut, tool=tool, finish_reason="length"))
        else:
            self._send(200, completion(arguments, tool=tool))

    def _send(self, status: int, body: Any, headers: dict[str, Any] | None = None) -> None:
        data = json.dumps(body).encode()
        try:
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, str(value))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (its timeout)
            self.close_connection = True


Server = TypeVar("Server", bound=socketserver.BaseServer)


@contextmanager
def in_background(server: Server) -> Iterator[Server]:
    """Serve `server` from a background thread for the duration of the block, then close it."""
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def serve(config: FaultConfig, *, port: int = 0) -> Iterator[FaultServer]:
    """Run a FaultServer in a background thread for the duration of the block."""
    with in_background(FaultServer(("127.0.0.1", port), config)) as server:
        yield server


def main() -> None:
    """Serve until interrupted (used by benchmarks/batch.py in a separate process)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rate", action="append", default=[], metavar="FAULT=RATE")
    args = parser.parse_args()
    rates = {k: float(v) for k, v in (r.split("=", 1) for r in args.rate)}
    config = FaultConfig(rates=rates, seed=args.seed, latency=args.latency)
    with serve(config, port=args.port) as server:
        print(server.base_url, flush=True)
        with suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
