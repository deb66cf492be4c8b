"""Batches whose analysis and checking run in worker processes (`--workers`)."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import signal
from pathlib import Path

import pytest

from summariser.batch import BatchJob, Tally, run_batch
from summariser.batch.stages import WORKERS_FROM_ITEMS, auto_workers
from summariser.errors import WorkerError
from tests.fault_server import FaultConfig, serve
from tests.test_batch import article, assert_exactly_once, lines_in, settings_for, write_jsonl


def summaries(path: Path) -> dict[str, dict]:
    """Each id's summary without its timings (which differ from run to run)."""
    out = {}
    for line in path.read_bytes().splitlines():
        record = json.loads(line)
        summary = record["summary"]
        summary["metadata"].pop("timings")
        out[record["id"]] = summary
    return out


def test_workers_give_the_same_summaries_as_the_event_loop(tmp_path: Path) -> None:
    rows = [{"id": f"w{n}", "text": article(n)} for n in range(6)]
    rows.append({"id": "dated", "text": article(7), "published": "2024-03-01"})
    rows.append({"id": "empty", "text": "   "})
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    with serve(FaultConfig()) as server:
        settings = settings_for(server)
        for workers in (0, 1):
            job = BatchJob(
                source=source,
                output=tmp_path / f"out{workers}.jsonl",
                concurrency=3,
                workers=workers,
            )
            tally = asyncio.run(run_batch(job, settings=settings))
            assert (tally.done, tally.failed) == (7, 1)
    in_loop, in_workers = summaries(tmp_path / "out0.jsonl"), summaries(tmp_path / "out1.jsonl")
    assert in_loop == in_workers
    assert in_workers["dated"]["metadata"]["published"] == "2024-03-01"
    assert in_workers["w1"]["check"]["claims"], "the worker checked the summary"
    failure = json.loads((tmp_path / "out1.errors.jsonl").read_text(encoding="utf-8"))
    assert (failure["id"], failure["code"]) == ("empty", "input_error")


def test_a_killed_worker_stops_the_batch_and_a_rerun_resumes(tmp_path: Path) -> None:
    rows = [{"id": f"x{n}", "text": article(n)} for n in range(40)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    with serve(FaultConfig(latency=0.05)) as server:
        settings = settings_for(server)
        job = BatchJob(source=source, output=output, concurrency=2, workers=1)

        async def kill_a_worker_mid_run() -> Tally:
            task = asyncio.create_task(run_batch(job, settings=settings))
            while lines_in(output) < 4:
                await asyncio.sleep(0.01)
            for child in multiprocessing.active_children():
                os.kill(child.pid or 0, signal.SIGKILL)
            return await task

        tally = asyncio.run(kill_a_worker_mid_run())
        assert isinstance(tally.stopped, WorkerError)
        assert "rerun" in str(tally.stopped)
        assert lines_in(output) < len(rows)
        again = asyncio.run(run_batch(job, settings=settings))
    assert again.stopped is None
    assert_exactly_once(output, {r["id"] for r in rows})


@pytest.mark.parametrize(
    ("items", "cores", "workers"),
    [
        (WORKERS_FROM_ITEMS - 1, 8, 0),
        (WORKERS_FROM_ITEMS, 1, 0),
        (WORKERS_FROM_ITEMS, 2, 1),
        (10_000, 8, 4),
    ],
    ids=["small-batch", "single-core", "two-cores", "many-cores-capped"],
)
def test_workers_are_chosen_by_batch_size_and_cores(
    monkeypatch: pytest.MonkeyPatch, items: int, cores: int, workers: int
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert auto_workers(items) == workers
