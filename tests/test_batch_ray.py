"""`summarise batch --engine ray`: the local runner's guarantees on a Ray cluster.

One local Ray (2 CPUs) serves the whole module; subprocess batches join it through
RAY_ADDRESS, as a batch joins a real cluster (one rerun starts its own, as a batch does without
RAY_ADDRESS). The model is tests/fault_server.py.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summariser.batch import BatchJob, run_batch
from summariser.cli import cli
from summariser.errors import AuthenticationError, ConfigurationError
from summariser.schema import Summary
from tests.conftest import ROOT
from tests.fault_server import FaultConfig, serve
from tests.test_batch import (
    article,
    assert_exactly_once,
    lines_in,
    records,
    settings_for,
    write_jsonl,
)

# Ray Data's own settings warn about their deprecated names when it starts.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*")

# The closing tally's lines: anything else on stderr (Ray's own talk) is a failure.
TALLY = ("batch:", "failures:", "not done:", "tokens:", "rate limits:", "time:", "in.jsonl:")


@pytest.fixture(scope="module")
def ray_address() -> Iterator[str]:
    ray = pytest.importorskip("ray", reason="the 'ray' extra is not installed")
    context = ray.init(
        num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False
    )
    try:
        yield str(context.address_info["gcs_address"])
    finally:
        ray.shutdown()


def only_tally(stderr: str) -> None:
    strays = [line for line in stderr.splitlines() if not line.startswith(TALLY)]
    assert not strays, f"stray output on stderr: {strays[:5]}"


def test_kill_9_of_the_driver_then_a_rerun_records_every_id_once(
    tmp_path: Path, ray_address: str
) -> None:
    rows = [{"id": f"k{n}", "text": article(n)} for n in range(120)]
    rows.append({"id": "k3", "text": article(3)})  # a duplicate: reported once, run once
    rows.append({"id": "blank", "text": "  "})  # a bad input: recorded by the driver
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    rates = {"schema_invalid": 0.05, "server_error": 0.05, "rate_limit": 0.05}
    config = FaultConfig(rates=rates, latency=0.1, retry_after=0.02)
    env = {**os.environ, "RAY_ADDRESS": ray_address, "SUMMARISER_CACHE_DIR": str(tmp_path / "c")}
    with serve(config) as server:
        command = [
            sys.executable, "-m", "summariser", "batch", str(source), "-o", str(output),
            "--model", "fault-gpt", "--base-url", server.base_url, "-c", "4",
            "--timeout", "2", "--max-retries", "0", "--engine", "ray", "--workers", "2",
        ]  # fmt: skip
        first = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and lines_in(output) < 20:
            time.sleep(0.05)
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        at_kill = lines_in(output)
        # The rerun has no RAY_ADDRESS: it starts a Ray of its own, and keeps it quiet.
        alone = {k: v for k, v in env.items() if k != "RAY_ADDRESS"}
        second = subprocess.run(command, env=alone, cwd=ROOT, capture_output=True, text=True)
    assert first.returncode == -signal.SIGKILL
    assert 20 <= at_kill < len(rows) - 2, "the kill did not land mid-run"
    assert second.returncode in (0, 1), second.stderr
    assert "already done" in second.stderr
    done, failed = assert_exactly_once(output, {r["id"] for r in rows})  # no torn line either
    assert second.stderr.count("repeats id 'k3'") == 1
    assert any(r["id"] == "blank" and r["code"] == "input_error" for r in failed)
    Summary.model_validate(done[-1]["summary"])
    only_tally(second.stderr)


def test_concurrency_bounds_requests_across_the_cluster_and_a_429_slows_it_all(
    tmp_path: Path, ray_address: str
) -> None:
    rows = [{"id": f"p{n}", "text": article(n)} for n in range(40)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    config = FaultConfig(rates={"rate_limit": 0.1}, latency=0.05, retry_after=0.05)
    with serve(config) as server:
        job = BatchJob(source, tmp_path / "out.jsonl", concurrency=3, workers=2, engine="ray")
        tally = asyncio.run(run_batch(job, settings=settings_for(server)))
        peak, limited = server.peak, server.counts["rate_limit"]
    assert_exactly_once(tmp_path / "out.jsonl", {r["id"] for r in rows})
    assert tally.done == len(rows) and tally.stopped is None
    assert 2 <= peak <= 3, f"{peak} requests were in flight at once"  # two actors, one limit
    assert limited and tally.rate_limited >= 1
    assert tally.lowest_limit < 3, "a 429 did not lower the cluster's limit"
    assert tally.model_calls == len(rows) and tally.usage.total_tokens >= 120 * len(rows)


def test_a_refused_key_stops_the_job_with_one_message(tmp_path: Path, ray_address: str) -> None:
    rows = [{"id": f"u{n}", "text": article(n)} for n in range(30)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    with serve(FaultConfig(status=401)) as server:
        result = CliRunner().invoke(
            cli,
            [
                *("batch", str(source), "-o", str(output), "--model", "fault-gpt"),
                *("--base-url", server.base_url, "-c", "16", "--no-cache"),
                *("--engine", "ray", "--workers", "2"),
            ],
        )
        requests = server.requests
    assert result.exit_code == AuthenticationError.exit_code, result.output
    assert result.stderr.count("refused the API key") == 1
    assert result.stderr.strip().splitlines()[-1].startswith("summarise: error:")
    assert requests == 1
    assert records(output) == [] and records(tmp_path / "out.errors.jsonl") == []


def test_summarise_dataset_maps_a_dataset_of_articles_to_summaries(ray_address: str) -> None:
    import ray

    from summariser.batch import summarise_dataset

    rows: list[dict[str, Any]] = [{"id": f"d{n}", "text": article(n)} for n in range(5)]
    rows.append({"id": "empty", "text": ""})
    with serve(FaultConfig()) as server:
        dataset = ray.data.from_items(rows)
        out = summarise_dataset(dataset, settings=settings_for(server), concurrency=2, workers=1)
        results = {r["id"]: r for r in out.take_all()}
        requests = server.requests
    assert set(results) == {r["id"] for r in rows}
    assert requests == 5
    for n in range(5):
        assert results[f"d{n}"]["error"] is None
        Summary.model_validate_json(results[f"d{n}"]["summary"])
    assert results["empty"]["summary"] is None
    assert json.loads(results["empty"]["error"])["code"] == "input_error"


def test_without_ray_the_engine_says_which_extra_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m.startswith("summariser.batch.ray_")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now raises ImportError
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    result = CliRunner().invoke(
        cli, ["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--engine", "ray"]
    )
    assert result.exit_code == ConfigurationError.exit_code
    assert result.stderr.strip() == (
        "summarise: error: --engine ray needs the 'ray' extra: pip install 'summariser[ray]'"
    )
