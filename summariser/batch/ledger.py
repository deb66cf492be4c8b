"""The batch's record of what is done: an append-only output file and an errors file.

Exactly once: every record is one complete JSON line, appended with a single write and fsync'd
before the item counts as done. A kill -9 can only tear the last line of a file; opening the
ledger cuts that torn tail off (its item was not done, so it runs again). An id is in the output
or in the errors file, never both, and never twice.

Writes go through one background thread that commits whatever is pending in one write + fsync
(group commit), so a slow disk does not stall the event loop or serialise the workers.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..errors import ConfigurationError, InputError

try:  # advisory lock so two batches cannot append to the same output (POSIX only)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)

Kind = Literal["output", "errors"]


def errors_path_for(output: Path) -> Path:
    """The errors file next to the output: summaries.jsonl -> summaries.errors.jsonl."""
    stem = output.name.removesuffix(".jsonl")
    return output.with_name(f"{stem}.errors.jsonl")


def encode(record: dict[str, Any], *, raw: dict[str, str] | None = None) -> bytes:
    """One JSON line; `raw` adds fields whose values are already JSON text (a summary)."""
    body = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    if raw:
        extra = ",".join(f"{json.dumps(k)}:{v}" for k, v in raw.items())
        body = f"{body[:-1]},{extra}}}" if len(body) > 2 else f"{{{extra}}}"
    if "\n" in body:  # json escapes newlines in strings; raw JSON must not carry any either
        raise ValueError("a ledger record must be a single line")
    return (body + "\n").encode("utf-8")


def repair(path: Path) -> int:
    """Cut a torn last line (no final newline) off `path`; returns the bytes removed."""
    if not path.exists():
        return 0
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        end = size
        while end > 0:  # scan back for the last newline, a block at a time
            start = max(0, end - 65536)
            file.seek(start)
            block = file.read(end - start)
            found = block.rfind(b"\n")
            if found >= 0:
                end = start + found + 1
                break
            end = start
        if end == size:
            return 0
        file.truncate(end)
        file.flush()
        os.fsync(file.fileno())
    logger.warning("%s: removed a torn last line (%d bytes); its item runs again", path, size - end)
    return size - end


def read_records(path: Path) -> dict[str, dict[str, Any]]:
    """id -> record of a (repaired) ledger file."""
    records: dict[str, dict[str, Any]] = {}
    if not path.exists():
        return records
    with path.open("rb") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                key = record["id"]
            except (ValueError, KeyError, TypeError):
                raise InputError(
                    f"{path}:{number} is not a batch record; fix or remove that line, then rerun"
                ) from None
            records[str(key)] = record
    return records


@dataclass
class _Pending:
    kind: Kind
    key: str
    line: bytes
    done: asyncio.Future[None] = field(repr=False)


class Ledger:
    """Output + errors files of one batch; knows which ids are already accounted for."""

    def __init__(self, output: Path, *, errors: Path | None = None) -> None:
        self.paths: dict[Kind, Path] = {
            "output": output,
            "errors": errors or errors_path_for(output),
        }
        for path in self.paths.values():
            path.parent.mkdir(parents=True, exist_ok=True)
        self._fds: dict[Kind, int] = {}
        self._lock()
        for path in self.paths.values():
            repair(path)
        self.done = set(read_records(self.paths["output"]))
        self.failed = read_records(self.paths["errors"])
        both = sorted(self.done & set(self.failed))
        if both:  # only a hand edit can cause this; the output wins
            logger.warning("%d ids are in both the output and the errors file", len(both))
        self.written: Counter[Kind] = Counter()  # records this ledger appended
        self._pending: list[_Pending] = []
        self._flusher: asyncio.Task[None] | None = None

    def _lock(self) -> None:
        for kind, path in self.paths.items():
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            self._fds[kind] = fd
            if fcntl is None:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self.close()
                raise ConfigurationError(
                    f"another batch is writing {path}; wait for it or choose another --output"
                ) from None

    def accounted(self, key: str) -> bool:
        """Whether `key` already has a record (output, or errors file)."""
        return key in self.done or key in self.failed

    def failed_only(self, key: str) -> bool:
        """Whether `key`'s record is a failure (in the errors file, not in the output)."""
        return key in self.failed and key not in self.done

    def forget_failures(self) -> int:
        """Drop the errors file's records not also in the output, so those ids run again.

        The new errors file is written aside and renamed into place: a kill at any moment
        leaves either the old file or the new one, never a torn one.
        """
        path = self.paths["errors"]
        keep = {k: r for k, r in self.failed.items() if k in self.done}
        dropped = len(self.failed) - len(keep)
        if not dropped:
            return 0
        staging = path.with_name(path.name + ".tmp")
        with staging.open("wb") as file:
            for record in keep.values():
                file.write(encode(record))
            file.flush()
            os.fsync(file.fileno())
        os.replace(staging, path)
        # Our append descriptor points at the old (unlinked) file: reopen and relock.
        os.close(self._fds["errors"])
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._fds["errors"] = fd
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self.failed = keep
        return dropped

    async def append(self, kind: Kind, key: str, line: bytes) -> None:
        """Append one encoded record; returns once it is written and fsync'd."""
        if self.accounted(key) or any(p.key == key for p in self._pending):
            raise ValueError(f"id {key!r} already has a record")
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append(_Pending(kind, key, line, done))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        # Shielded: a cancelled worker must not abandon a record half way through its commit.
        await asyncio.shield(done)

    async def drain(self) -> None:
        """Wait until everything handed to append() is on disk."""
        while self._flusher is not None and not self._flusher.done():
            await asyncio.shield(self._flusher)

    async def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                await asyncio.to_thread(self._commit, batch)
            except OSError as exc:
                for pending in batch:
                    if not pending.done.done():
                        pending.done.set_exception(exc)
                continue
            for pending in batch:
                self.written[pending.kind] += 1
                if pending.kind == "output":
                    self.done.add(pending.key)
                else:
                    self.failed[pending.key] = {"id": pending.key}
                if not pending.done.done():
                    pending.done.set_result(None)

    def _commit(self, batch: list[_Pending]) -> None:
        for kind in ("output", "errors"):
            data = b"".join(p.line for p in batch if p.kind == kind)
            if not data:
                continue
            fd = self._fds[kind]
            view = memoryview(data)
            while view:  # a regular file takes it in one write; loop in case it does not
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)

    def close(self) -> None:
        """Release the files (and the lock)."""
        for fd in self._fds.values():
            os.close(fd)
        self._fds.clear()
