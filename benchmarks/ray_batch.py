"""`--engine local` and `--engine ray` side by side on one machine, and Ray with more workers.

Throughput: `run_batch` against the fault-injection server (tests/fault_server.py, its own
process) with a fixed 200 ms latency and no faults, no cache, 600-word articles made unique
(as benchmarks/batch.py), at several concurrency levels: the local runner (its default
worker processes) and the Ray engine (a local Ray started once, before the timings; its
start-up is printed apart). Rates are steady state, after the first wave of `concurrency`
items, for both engines alike. Then the Ray engine at c=32 with 1, 2 and 4 actors (the local
Ray declares 4 CPUs so that 4 one-CPU actors can be placed on this machine's 2 cores), and
summarise_dataset() (Ray Data) against the Ray engine, whole runs.

--kill-demo: the issue's acceptance run instead: 120 articles through the CLI with
`--engine ray` against a fault-injecting server (faults of every kind, 0.5 s latency,
concurrency 2), `kill -9` of the driver after 25 s (--kill-after), the same command again,
then every id counted across the output and errors files.

Run: python benchmarks/ray_batch.py [--runs N] [--levels 4,16,32] | --kill-demo [--kill-after S]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from batch import SOURCES, load_texts, one_batch, start_server, unique  # noqa: E402

WORKER_COUNTS = (1, 2, 4)


def rate_of(texts: list[str], base_url: str, *, level: int, engine: str, workers: int | None):
    """Steady-state articles per second of one batch."""
    from summariser.settings import Settings

    settings = Settings(model="fault-gpt", base_url=base_url, timeout=30)
    count = max(24, 20 * level)
    tally, seen = one_batch(
        texts, settings, count=count, level=level, workers=workers, engine=engine
    )
    assert tally.done == count, f"{tally.failed} failed: {tally.codes} {tally.stopped}"
    return count, seen.steady_rate(level), tally.rate


def dataset_rate(texts: list[str], base_url: str, *, level: int, workers: int) -> None:
    """summarise_dataset() against `--engine ray`, whole runs (actor start-up included in both:
    a dataset's rows come back a block at a time, so it has no comparable steady state)."""
    import ray

    from summariser.batch import summarise_dataset
    from summariser.settings import Settings

    settings = Settings(model="fault-gpt", base_url=base_url, timeout=30)
    count = 20 * level
    rows = [{"id": f"a{n}", "text": unique(texts[n % len(texts)], n)} for n in range(count)]
    started = time.perf_counter()
    dataset = ray.data.from_items(rows, override_num_blocks=max(1, count // (4 * level)))
    out = summarise_dataset(dataset, settings=settings, concurrency=level, workers=workers)
    summaries = sum(1 for row in out.iter_rows() if row["summary"] is not None)
    elapsed = time.perf_counter() - started
    assert summaries == count
    _, _, whole = rate_of(texts, base_url, level=level, engine="ray", workers=workers)
    print(
        f"whole runs at c={level}, {workers} actors, {count} articles: summarise_dataset "
        f"{count / elapsed:.1f}/s, --engine ray {whole:.1f}/s"
    )


def side_by_side(texts: list[str], base_url: str, *, levels: list[int], runs: int) -> None:
    print(
        f"engines side by side: 200 ms server, no faults, no cache; local = default worker "
        f"processes, ray = 2 actors; steady state; median (min-max) of {runs} batch(es)"
    )
    for level in levels:
        figures = {}
        for engine, workers in (("local", None), ("ray", 2)):
            rates = []
            for _ in range(runs):
                count, rate, _ = rate_of(
                    texts, base_url, level=level, engine=engine, workers=workers
                )
                rates.append(rate)
            figures[engine] = (statistics.median(rates), min(rates), max(rates))
        local, ray = figures["local"], figures["ray"]
        print(
            f"  c={level:2d} ({count} articles): local {local[0]:6.1f}/s ({local[1]:.1f}-"
            f"{local[2]:.1f}), ray {ray[0]:6.1f}/s ({ray[1]:.1f}-{ray[2]:.1f}); "
            f"ray / local = {ray[0] / local[0]:.0%}"
        )


def by_workers(texts: list[str], base_url: str, *, level: int) -> None:
    print(f"ray engine at c={level} by actors (4 CPUs declared on 2 cores)")
    for workers in WORKER_COUNTS:
        count, rate, _ = rate_of(texts, base_url, level=level, engine="ray", workers=workers)
        print(f"  {workers} actor(s): {count} articles, {rate:6.1f}/s")


def kill_demo(after: float) -> None:
    faults = {
        "rate_limit": 0.05, "server_error": 0.04, "stall": 0.02, "drop": 0.03,
        "malformed_json": 0.04, "schema_invalid": 0.04, "truncated": 0.03,
    }  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.fault_server", "--latency", "0.5", "--seed", "3"]
        + [f"--rate={k}={v}" for k, v in faults.items()],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    base_url = server.stdout.readline().strip()
    texts = load_texts()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            source, output = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
            rows = [{"id": f"a{n}", "text": unique(texts[n % len(texts)], n)} for n in range(120)]
            source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            env = {**os.environ, "SUMMARISER_CACHE_DIR": str(Path(tmp) / "cache")}
            env.pop("RAY_ADDRESS", None)  # the CLI starts its own Ray, as a user's would
            command = [
                sys.executable, "-m", "summariser", "batch", str(source), "-o", str(output),
                "--model", "fault-gpt", "--base-url", base_url, "-c", "2", "--timeout", "1",
                "--max-retries", "1", "--engine", "ray",
            ]  # fmt: skip
            started = time.monotonic()
            first = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
            time.sleep(after)
            os.kill(first.pid, signal.SIGKILL)
            first.wait()
            errors = Path(tmp) / "out.errors.jsonl"
            counted = [_lines(output), _lines(errors)]
            print(
                f"killed after {time.monotonic() - started:.1f} s: {counted[0]} summaries and "
                f"{counted[1]} errors recorded; torn tail: {_torn(output) or _torn(errors)}"
            )
            second = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
            print(f"rerun: exit {second.returncode}")
            print("".join(f"  | {line}\n" for line in second.stderr.splitlines()), end="")
            ids = [json.loads(line)["id"] for p in (output, errors) for line in _raw(p)]
            expected = {r["id"] for r in rows}
            print(
                f"ids recorded: {len(ids)}, distinct {len(set(ids))}, expected {len(expected)}; "
                f"every id exactly once: {len(ids) == len(set(ids)) and set(ids) == expected}; "
                f"torn lines: {_torn(output) or _torn(errors)}"
            )
    finally:
        server.terminate()
        server.wait()


def _raw(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines() if path.exists() else []


def _lines(path: Path) -> int:
    return len(_raw(path))


def _torn(path: Path) -> bool:
    data = path.read_bytes() if path.exists() else b""
    return bool(data) and not data.endswith(b"\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--levels", default="4,16,32")
    parser.add_argument("--kill-demo", action="store_true")
    parser.add_argument("--kill-after", type=float, default=25.0, help="seconds (--kill-demo)")
    args = parser.parse_args()
    if not all(p.exists() for p in SOURCES):
        print(f"skipped: the dev data is not there ({SOURCES[0].parent.parent})")
        return
    if args.kill_demo:
        kill_demo(args.kill_after)
        return
    import ray

    logging.getLogger("ray").setLevel(logging.ERROR)  # Ray's start-up notices
    print(f"load average at start: {os.getloadavg()[0]:.1f} (2 cores, shared)")
    started = time.perf_counter()
    ray.init(
        num_cpus=max(WORKER_COUNTS),
        include_dashboard=False,
        log_to_driver=False,
        configure_logging=False,
        logging_level=logging.ERROR,
    )
    print(f"local Ray started in {time.perf_counter() - started:.1f} s (not in the rates)")
    server, base_url = start_server()
    try:
        texts = load_texts()
        levels = [int(x) for x in args.levels.split(",")]
        side_by_side(texts, base_url, levels=levels, runs=args.runs)
        by_workers(texts, base_url, level=max(levels))
        dataset_rate(texts, base_url, level=max(levels), workers=2)
        print(f"load average at end: {os.getloadavg()[0]:.1f}")
    finally:
        server.terminate()
        server.wait()
        ray.shutdown()


if __name__ == "__main__":
    main()
