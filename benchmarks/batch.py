"""Batch throughput and the pipeline's own overhead per article.

Throughput: `run_batch` against the fault-injection server (tests/fault_server.py, in its own
process so it does not share our GIL) with a fixed 200 ms latency and no faults, at
concurrency 1, 4, 16, 32 and 64; articles per second and the efficiency against
c x the single-request rate (target: >= 90% at c = 32).

Overhead: everything but waiting for the model, in CPU time (of this thread) per ~600-word
article (500-700 words; target <= 5 ms): prepare_run (analysis + prompt), the cache key and a
cache miss + write, finish (grounding + check) and encoding the output line; the ledger's
write + fsync is timed too (it runs on a background thread, off the event loop; wall time, as
it waits for the disk). The openai SDK + Instructor's own CPU per call is measured apart,
against an in-process transport that answers at once. Timed
twice: under Python's default garbage-collector settings, and under the batch's (frozen
start-up objects, fewer young passes: summariser/batch/collector.py), which is how run_batch
and its workers run the pipeline.

Articles: the 500-700-word texts of ../shared/data/attribution/polnear_dev.jsonl and
dates/aquaint.jsonl (a one-sentence article too, to show how far the orchestration scales).
Each throughput line also gives this process's CPU per article (the event loop's: with worker
processes, the openai SDK, Instructor and the orchestration; without, everything but the server).

Run: python benchmarks/batch.py [--quick | --levels 1,32]
(--quick: fewer levels, one batch per level; --levels: only these levels, with the worker
processes, after the overhead figures: a shorter run to alternate two checkouts back to back)
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SOURCES = [DATA / "attribution" / "polnear_dev.jsonl", DATA / "dates" / "aquaint.jsonl"]
LEVELS = (1, 4, 16, 32, 64)
LATENCY = 0.2

sys.path.insert(0, str(ROOT))


def load_texts() -> list[str]:
    texts: list[str] = []
    for path in SOURCES:
        with path.open(encoding="utf-8") as file:
            texts.extend(json.loads(line)["text"] for line in file if line.strip())
    return texts


def unique(text: str, n: int) -> str:
    """The article with a line of its own, so no per-article cache (the checker keeps the last
    articles it prepared) is hit by a repeat: a real batch's articles are all different."""
    return f"{text}\n\nItem {n}."


def start_server() -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "tests.fault_server", "--latency", str(LATENCY)]
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


class Completions:
    """A progress sink that notes when each item completes (for the steady-state rate)."""

    def __init__(self) -> None:
        self.times: list[float] = []

    def update(self, tally: Any) -> None:
        while len(self.times) < tally.processed:
            self.times.append(time.monotonic())

    def close(self, tally: Any) -> None:
        self.update(tally)

    def steady_rate(self, level: int) -> float:
        """Items per second after the first wave of `level` items: start-up (worker processes,
        connections, first imports) excluded, for every level alike."""
        first = self.times[level - 1]
        return (len(self.times) - level) / (self.times[-1] - first)


def one_batch(
    texts: list[str],
    settings: Any,
    *,
    count: int,
    level: int,
    workers: int | None,
    engine: str = "local",
) -> tuple[Any, Completions]:
    """Run one batch of `count` unique articles at concurrency `level`; its tally and the
    completion times it reported."""
    from summariser.batch import BatchJob, run_batch

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        rows = [{"id": f"a{n}", "text": unique(texts[n % len(texts)], n)} for n in range(count)]
        source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        job = BatchJob(
            source=source,
            output=Path(tmp) / "out.jsonl",
            concurrency=level,
            workers=workers,
            engine=engine,
        )
        seen = Completions()
        tally = asyncio.run(run_batch(job, settings=settings, progress=seen))
    return tally, seen


def throughput(
    texts: list[str],
    base_url: str,
    *,
    levels: tuple[int, ...],
    label: str,
    workers: int,
    runs: int,
) -> None:
    """Articles per second at each concurrency, cycling through `texts`: `runs` batches per
    level (this machine's speed drifts by a fifth from minute to minute), median and range."""
    from summariser.settings import Settings

    settings = Settings(model="fault-gpt", base_url=base_url, timeout=30)
    print(
        f"throughput ({label}): fake server, {LATENCY * 1000:.0f} ms latency, no faults, "
        f"no cache, {workers} pipeline worker process(es); steady state (after the first "
        f"wave); median (min-max) of {runs} batches per level"
    )
    single = 0.0
    for level in levels:
        count = max(24, 20 * level)
        rates = []
        cpu = []
        for _ in range(runs):
            started = time.process_time()
            tally, seen = one_batch(texts, settings, count=count, level=level, workers=workers)
            cpu.append((time.process_time() - started) * 1000 / count)
            assert tally.done == count, f"{tally.failed} failed: {tally.codes}"
            rates.append(seen.steady_rate(level))
        rate = statistics.median(rates)
        single = single or rate
        share = [r / (level * single) for r in (rate, min(rates), max(rates))]
        print(
            f"  concurrency {level:2d}: {count:4d} articles, steady {rate:6.2f} articles/s "
            f"({min(rates):.2f}-{max(rates):.2f}); {share[0]:4.0%} of {level} x single "
            f"({share[1]:.0%}-{share[2]:.0%}); event loop {statistics.median(cpu):.2f} ms CPU "
            "per article"
        )


def timed(
    call: Callable[[], Any], sink: list[float], clock: Callable[[], float] = time.thread_time
) -> Any:
    """Run call() and note its time: this thread's CPU time unless told otherwise (on a shared
    machine, wall time counts the other processes' turns too)."""
    started = clock()
    result = call()
    sink.append((clock() - started) * 1000)
    return result


def overhead(texts: list[str], *, tuned: bool) -> None:
    import httpx2
    import openai

    from summariser.analysis import analyse
    from summariser.backends.openai_compat import OpenAIBackend
    from summariser.batch.cache import DraftCache, cache_key
    from summariser.batch.ledger import encode
    from summariser.pipeline import build_request, finish, prepare_run
    from summariser.settings import Settings
    from tests.fault_server import completion, tool_arguments

    chosen = texts
    words = statistics.median(len(t.split()) for t in chosen)

    def answer(request: httpx2.Request) -> httpx2.Response:
        payload = json.loads(request.content)
        tool = payload["tools"][0]["function"]["name"]
        body = completion(json.dumps(tool_arguments(payload["messages"])), tool=tool)
        return httpx2.Response(200, json=body)

    client = openai.AsyncOpenAI(
        api_key="k",
        base_url="http://bench.invalid/v1",
        max_retries=0,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(answer)),
    )
    settings = Settings(model="fault-gpt", base_url="http://bench.invalid/v1", api_key="k")
    backend = OpenAIBackend(settings=settings, async_client=client)
    stages: dict[str, list[float]] = {
        k: []
        for k in (
            "prepare_run",
            "  analyse",
            "  build_request",
            "cache key",
            "cache get (miss) + put",
            "finish",
            "  assemble",
            "  check",
            "encode line",
            "ledger write+fsync (thread)",
            "client: SDK + Instructor",
        )
    }

    async def one(text: str, cache: DraftCache, fd: int, record: bool) -> None:
        sink: Callable[[str], list[float]] = (lambda k: stages[k]) if record else (lambda k: [])
        config, _, analysis, request = timed(
            lambda: prepare_run(text, settings=settings, backend=backend), sink("prepare_run")
        )
        timed(lambda: analyse(text), sink("  analyse"))
        timed(
            lambda: build_request(analysis, backend=backend, settings=config),
            sink("  build_request"),
        )
        key = timed(
            lambda: cache_key(settings=config, backend=backend, request=request), sink("cache key")
        )
        started = time.thread_time()  # the in-process transport answers at once: all CPU
        result = await backend.adraft(request)
        sink("client: SDK + Instructor").append((time.thread_time() - started) * 1000)

        def cached() -> None:
            cache.get(key + "-miss", request=request)
            cache.put(key, result)

        timed(cached, sink("cache get (miss) + put"))
        timings: dict[str, float] = {}
        summary = timed(
            lambda: finish(analysis, result, backend=backend, settings=config, timings=timings),
            sink("finish"),
        )
        sink("  assemble").append(timings["assemble"] * 1000)
        sink("  check").append(timings.get("check", 0.0) * 1000)
        line = timed(
            lambda: encode({"id": "x"}, raw={"summary": summary.model_dump_json()}),
            sink("encode line"),
        )

        def commit() -> None:
            os.write(fd, line)
            os.fsync(fd)

        timed(commit, sink("ledger write+fsync (thread)"), clock=time.perf_counter)  # I/O

    async def run_all() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            cache = DraftCache(Path(tmp))
            fd = os.open(Path(tmp) / "out.jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
            for text in chosen[:3]:  # warm-up: imports, regex compilation
                await one(text, cache, fd, record=False)
            for n in range(3):
                for text in chosen:
                    await one(unique(text, n), cache, fd, record=True)
            os.close(fd)
        await backend.aclose()

    from contextlib import nullcontext

    from summariser.batch.collector import batch_collector

    with batch_collector() if tuned else nullcontext():
        asyncio.run(run_all())
    med = {k: statistics.median(v) for k, v in stages.items()}
    mean = {k: statistics.fmean(v) for k, v in stages.items()}
    parts = ("prepare_run", "cache key", "finish", "encode line")
    collector = "the batch's collector settings" if tuned else "Python's default collector"
    print(
        f"overhead: {len(chosen)} articles of 500-700 words (median {words:.0f}), "
        f"3 passes, ms per article; {collector}"
    )
    print(f"  {'':30s} {'median':>7s} {'mean':>7s}  (the mean counts the rare long collections)")
    for name in stages:
        print(f"  {name:30s} {med[name]:7.2f} {mean[name]:7.2f}")
    own = {k: sum(d[p] for p in parts) for k, d in (("med", med), ("mean", mean))}
    cached = {k: own[k] + d["cache get (miss) + put"] for k, d in (("med", med), ("mean", mean))}
    sdk = {k: own[k] + d["client: SDK + Instructor"] for k, d in (("med", med), ("mean", mean))}
    print(
        f"  {'pipeline overhead (event loop)':30s} {own['med']:7.2f} {own['mean']:7.2f}"
        "  (prepare_run + key + finish + encode)"
    )
    print(f"  {'with the cache on':30s} {cached['med']:7.2f} {cached['mean']:7.2f}")
    print(
        f"  {'CPU per article incl. client':30s} {sdk['med']:7.2f} {sdk['mean']:7.2f}"
        f"  (<= {1000 / sdk['mean']:.0f}/s on one core)"
    )


def machine_speed() -> str:
    """How fast this (shared) machine runs plain Python right now: its speed drifts by a
    quarter from minute to minute, which moves every throughput figure with it."""
    started = time.perf_counter()
    total = 0
    for n in range(10_000_000):
        total += n
    return f"machine: a 10-million-step Python loop takes {time.perf_counter() - started:.2f} s"


def main() -> None:
    from summariser.batch.stages import auto_workers

    missing = [p for p in SOURCES if not p.exists()]
    if missing:
        print(f"skipped: {missing[0]} not found")
        return
    texts = [t for t in load_texts() if 500 <= len(t.split()) <= 700]
    quick = "--quick" in sys.argv
    only = sys.argv[sys.argv.index("--levels") + 1] if "--levels" in sys.argv[:-1] else None
    runs = 1 if quick else 3
    from summariser.compiled import describe

    print(describe())  # compiled engines (setup.py) or pure Python
    print(machine_speed())
    overhead(texts, tuned=False)
    overhead(texts, tuned=True)  # as run_batch and its workers run the pipeline
    print(machine_speed())
    proc, base_url = start_server()
    workers = auto_workers(10**6)  # what a large batch gets on this machine
    try:
        if only is not None:
            chosen = tuple(int(level) for level in only.split(","))
            throughput(texts, base_url, levels=chosen, label="600-word", workers=workers, runs=runs)
            print(machine_speed())
            return
        for count in sorted({workers, 0}, reverse=True):
            chosen = LEVELS[:3] if quick else (LEVELS if count == workers else (1, 32))
            throughput(texts, base_url, levels=chosen, label="600-word", workers=count, runs=runs)
        # The same runner with a one-sentence article: how far the orchestration itself scales
        # when the per-article CPU (analysis, check, SDK) is small.
        tiny = ["The council approved the budget on Monday, officials said."]
        throughput(
            tiny,
            base_url,
            levels=(1, 32) if quick else (1, 32, 64),
            label="one sentence",
            workers=0,
            runs=runs,
        )
        print(machine_speed())
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
