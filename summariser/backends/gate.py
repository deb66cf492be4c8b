"""An HTTP client that holds a gate (e.g. a batch's limit on requests in flight) around each
request to the server, and nothing else.

The openai SDK and Instructor spend ~4 ms of CPU per call building the request and validating
the answer. A limit held around the whole call counts that CPU as time in flight: with many
calls sharing one busy event loop, requests then leave late and answers wait to be read while
their places stay taken. Held here, a place is taken only while the server has the request.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import httpx2
import openai

Gate = Callable[[], AbstractAsyncContextManager[None]]


class GatedHttpClient(openai.DefaultAsyncHttpxClient):
    """The SDK's default async HTTP client (timeouts, connection limits, proxies from the
    environment) whose `send` holds `gate()`, read afresh for each request (a batch sets it
    for its run; None: no gate). The answer is read whole before the place is given back
    (this backend never streams)."""

    def __init__(self, gate: Callable[[], Gate | None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._gate = gate

    async def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        gate = self._gate()
        if gate is None:
            return await super().send(request, **kwargs)
        async with gate():
            response = await super().send(request, **kwargs)
            try:
                await response.aread()  # a no-op unless the SDK asked for a stream
            except BaseException:
                await response.aclose()
                raise
            return response
