"""An HTTP transport that holds a gate (e.g. a batch's limit on requests in flight) around
each request to the server, and nothing else.

The openai SDK and Instructor spend ~4 ms of CPU per call building the request and validating
the answer. A limit held around the whole call counts that CPU as time in flight: with many
calls sharing one busy event loop, requests then leave late and answers wait to be read while
their places stay taken. Held here, a place is taken only while the server has the request.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

import httpx2
import openai

Gate = Callable[[], AbstractAsyncContextManager[None]]

# The openai SDK's own connection limits (openai._constants), which a client with its own
# transport would otherwise lose.
CONNECTION_LIMITS = httpx2.Limits(max_connections=1000, max_keepalive_connections=100)


class GatedTransport(httpx2.AsyncBaseTransport):
    """Sends each request while holding `gate()` (read afresh: a batch sets it for its run),
    reading the whole answer before the place is given back."""

    def __init__(self, gate: Callable[[], Gate | None]) -> None:
        self._gate = gate
        self._inner = httpx2.AsyncHTTPTransport(limits=CONNECTION_LIMITS)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        gate = self._gate()
        if gate is None:
            return await self._inner.handle_async_request(request)
        async with gate():
            response = await self._inner.handle_async_request(request)
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
            return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def gated_http_client(gate: Callable[[], Gate | None]) -> httpx2.AsyncClient:
    """The SDK's default async HTTP client (timeouts, redirects) over a GatedTransport."""
    return openai.DefaultAsyncHttpxClient(transport=GatedTransport(gate))
