"""Time `summarise ART --model x --base-url URL` where nothing listens (connection refused).

    python benchmarks/refused.py [--runs 3]

Prints, per run, the wall and CPU seconds of the whole command (a fresh process, as a user runs
it), its exit code and stderr line count; then the seconds of the model call alone (the backend's
draft() after the article is prepared, in one process), which is what the retry policy decides.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "putin-mali.txt"


def closed_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def cli_run(url: str) -> tuple[float, float, int, int]:
    """(wall, cpu, exit code, stderr lines) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "summariser", str(ARTICLE), "--model", "x", "--base-url", url],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.returncode, result.stderr.count("\n")


def draft_seconds(url: str, runs: int) -> list[float]:
    """The model call alone, after preparation (imports and analysis excluded)."""
    from summariser import Settings, SummariserError
    from summariser.pipeline import prepare_run

    text = ARTICLE.read_text(encoding="utf-8")
    _, backend, _, request = prepare_run(text, settings=Settings(model="x", base_url=url))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        with contextlib.suppress(SummariserError):
            backend.draft(request)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    url = closed_url()
    walls = []
    for n in range(1, args.runs + 1):
        wall, cpu, code, lines = cli_run(url)
        walls.append(wall)
        print(f"run {n}: {wall:.2f} s wall, {cpu:.2f} s CPU, exit {code}, {lines} stderr line(s)")
    print(f"command, median: {statistics.median(walls):.2f} s wall")
    calls = draft_seconds(url, args.runs)
    print(f"model call alone, median: {statistics.median(calls):.3f} s")
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
