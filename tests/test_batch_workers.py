"""Batches whose analysis and checking run in worker processes (`--workers`)."""

from __future__ import annotations

import asyncio
import gc
import json
import multiprocessing
import os
import signal
from pathlib import Path

import pytest

from summariser.batch import BatchJob, Tally, run_batch
from summariser.batch.collector import BATCH_THRESHOLDS, batch_collector
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


def test_a_batch_hands_back_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    """The batch freezes start-up objects and collects less often while it runs; a caller's
    process gets its own settings back, and its objects are collectable again."""
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    before = gc.get_threshold()
    gc.set_threshold(900, 11, 12)
    seen: list[tuple[tuple[int, int, int], int]] = []

    class Watch:
        def update(self, tally: Tally) -> None:
            seen.append((gc.get_threshold(), gc.get_freeze_count()))

        def close(self, tally: Tally) -> None:
            return None

    try:
        with serve(FaultConfig()) as server:
            job = BatchJob(source, tmp_path / "out.jsonl", workers=0)
            asyncio.run(run_batch(job, settings=settings_for(server), progress=Watch()))
        assert seen and seen[0][0] == BATCH_THRESHOLDS and seen[0][1] > 0
        assert (gc.get_threshold(), gc.get_freeze_count()) == ((900, 11, 12), 0)
    finally:
        gc.set_threshold(*before)


def test_the_collector_settings_are_undone_when_the_batch_fails() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), batch_collector():
        assert gc.get_threshold() == BATCH_THRESHOLDS
        raise RuntimeError("the batch stopped")
    assert (gc.get_threshold(), gc.get_freeze_count()) == (before, 0)
