"""One spawned process that runs pipeline steps for a batch, and knows at once when it dies.

Not a ProcessPoolExecutor: with one, a test that kills a worker mid-batch hung in some runs
on Python 3.11 (a call submitted while the pool was being marked broken stayed pending, and the
batch waited on it). Here the worker's answers come back on a pipe whose only writing end is in
the worker, so its death is an end-of-file on the event loop's reader, and every call it held
fails at once with a WorkerError.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Callable
from multiprocessing.context import SpawnContext
from typing import Any

from ..errors import WorkerError

logger = logging.getLogger(__name__)

DIED = (
    "a pipeline worker process died (killed or out of memory); "
    "the items in flight are not recorded: rerun the batch to resume"
)


def _serve(
    requests: Any, answers: Any, setup: Callable[..., Any], args: tuple, parent: int
) -> None:
    """The worker's main loop: run each call in turn and send back its result or error."""
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    steps = setup(*args)
    while (call := requests.get()) is not None:
        call_id, name, call_args = call
        try:
            answer = (call_id, True, steps[name](*call_args))
        except Exception as exc:
            answer = (call_id, False, exc)
        try:
            answers.send(answer)
        except Exception as exc:
            answers.send((call_id, False, RuntimeError(f"{type(exc).__name__}: {exc}")))


def _exit_with(parent: int) -> None:
    """End the worker when the batch's process is gone (a kill -9 gives it no chance to stop
    us, and a worker waiting on its queue would wait forever)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


class Worker:
    """A worker process; `await worker.call(name, *args)` runs steps[name](*args) in it.

    `setup(*args)` runs once in the worker and returns its steps: a dict of name -> function.
    """

    def __init__(self, context: SpawnContext, *, setup: Callable[..., Any], args: tuple) -> None:
        self._requests = context.Queue()  # a feeder thread: put() never blocks the event loop
        self._answers, writer = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_serve,
            args=(self._requests, writer, setup, args, os.getpid()),
            daemon=True,
            name="summariser-worker",
        )
        self._process.start()
        writer.close()  # the worker holds the only writing end: its death is our EOF
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self._next = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self.dead = False

    @property
    def load(self) -> int:
        """Calls sent and not yet answered."""
        return len(self._pending)

    async def call(self, name: str, *args: Any) -> Any:
        if self.dead:
            raise WorkerError(DIED)
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            self._unwatch()
            loop.add_reader(self._answers.fileno(), self._on_answer)
            self._loop = loop
        self._next += 1
        future: asyncio.Future[Any] = loop.create_future()
        self._pending[self._next] = future
        self._requests.put((self._next, name, args))
        return await future

    def send(self, name: str, *args: Any) -> None:
        """A call whose answer nobody waits for (e.g. forgetting a failed item)."""
        if not self.dead:
            self._next += 1
            self._requests.put((self._next, name, args))

    def _on_answer(self) -> None:
        try:
            call_id, ok, payload = self._answers.recv()
        except (EOFError, OSError):
            self._died()
            return
        future = self._pending.pop(call_id, None)
        if future is None or future.done():
            return
        if ok:
            future.set_result(payload)
        else:
            future.set_exception(payload)

    def _died(self) -> None:
        self.dead = True
        self._unwatch()
        logger.warning(
            "worker process %s ended (exit code %s)", self._process.pid, self._process.exitcode
        )
        for future in self._pending.values():
            if not future.done():
                future.set_exception(WorkerError(DIED))
        self._pending.clear()

    def _unwatch(self) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.remove_reader(self._answers.fileno())
        self._loop = None

    def close(self) -> None:
        """Ask the worker to stop, then make sure it has."""
        if not self.dead:
            self._requests.put(None)
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._unwatch()
        self._answers.close()
        self._requests.close()
        self._requests.join_thread()
