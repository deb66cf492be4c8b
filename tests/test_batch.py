"""`summarise batch`: every input id exactly once across output + errors, under faults and kills.

The model is a real HTTP server on 127.0.0.1 (tests/fault_server.py) reached through the real
openai SDK and Instructor; faults are injected on a seeded, order-independent schedule.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summariser.article import looks_like_html
from summariser.backends.openai_compat import OpenAIBackend
from summariser.batch import (
    AdaptiveLimiter,
    BatchJob,
    DraftCache,
    Ledger,
    Tally,
    cache_key,
    errors_path_for,
    run_batch,
)
from summariser.batch.ledger import encode
from summariser.cli import cli
from summariser.errors import (
    AuthenticationError,
    BackendError,
    ConfigurationError,
    InvalidOutputError,
)
from summariser.pipeline import prepare_run
from summariser.schema import Summary
from summariser.settings import Settings
from tests.conftest import ROOT, free_port
from tests.fault_server import FAULTS, FaultConfig, FaultServer, serve
from tests.page_server import PAGES, serve_pages

ALL_FAULTS = {
    "rate_limit": 0.05,
    "server_error": 0.04,
    "stall": 0.02,
    "drop": 0.03,
    "malformed_json": 0.04,
    "schema_invalid": 0.04,
    "truncated": 0.03,
}


def article(n: int) -> str:
    """A short, distinct news-like article."""
    return (
        f"The council of Riverton approved a budget of {n} million dollars on Monday. "
        f"Mayor Jane Porter said the plan would pay for {n % 9 + 2} new schools. "
        f"Critics argued that the spending was too high for a town of {1000 + n} people. "
        f"The vote passed by {n % 5 + 4} votes to 2, officials said."
    )


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def records(path: Path) -> list[dict[str, Any]]:
    """Every line of a ledger file, parsed (fails on a torn or non-JSON line)."""
    if not path.exists():
        return []
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), f"{path} ends with a torn line"
    return [json.loads(line) for line in data.splitlines()]


def lines_in(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def assert_exactly_once(output: Path, expected: set[str]) -> tuple[list[dict], list[dict]]:
    done, failed = records(output), records(errors_path_for(output))
    ids = [r["id"] for r in done] + [r["id"] for r in failed]
    assert len(ids) == len(set(ids)), "an id was recorded twice"
    assert set(ids) == expected
    return done, failed


def settings_for(server: FaultServer, **changes: Any) -> Settings:
    fields: dict[str, Any] = {
        "model": "fault-gpt",
        "base_url": server.base_url,
        "timeout": 0.5,
        "max_retries": 1,
        "max_transient_retries": 4,
        "total_timeout": 30,
    }
    return Settings(**{**fields, **changes})


def run(job: BatchJob, settings: Settings) -> Tally:
    return asyncio.run(run_batch(job, settings=settings))


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with serve(FaultConfig()) as running:
        yield running


@pytest.mark.parametrize("workers", [0, 1], ids=["in-loop", "one-worker-process"])
def test_mixed_faults_account_for_every_id_exactly_once(tmp_path: Path, workers: int) -> None:
    rows = [{"id": f"a{n}", "text": article(n)} for n in range(200)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    config = FaultConfig(rates=ALL_FAULTS, seed=7, stall_seconds=0.8, retry_after=0.02)
    with serve(config) as server:
        job = BatchJob(source, output, concurrency=16, workers=workers)
        tally = run(job, settings_for(server))
        counts = dict(server.counts)
    done, failed = assert_exactly_once(output, {r["id"] for r in rows})
    assert set(FAULTS) <= set(counts), f"not every fault was injected: {counts}"
    assert (tally.done, tally.failed) == (len(done), len(failed))
    assert tally.done > 150 and tally.stopped is None
    assert {r["code"] for r in failed} <= {"invalid_output", "retry_exhausted"}
    assert all(r["message"] and r["attempts"] >= 1 for r in failed)
    Summary.model_validate(done[0]["summary"])
    assert done[0]["summary"]["check"] is not None
    assert tally.rate_limited == counts["rate_limit"]
    assert tally.usage.total_tokens >= 120 * tally.done


def spawned_by(marker: str) -> list[int]:
    """Live processes whose environment holds `marker` (a test's own cache folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and entry.name != str(os.getpid()):
            try:
                environ = (entry / "environ").read_bytes()
            except OSError:
                continue
            if marker.encode() in environ:
                found.append(int(entry.name))
    return found


@pytest.mark.parametrize("concurrency", [1, 3], ids=["one-call", "three-calls"])
def test_concurrency_bounds_the_calls_in_flight_not_the_items_in_progress(
    tmp_path: Path, concurrency: int
) -> None:
    rows = [{"id": f"p{n}", "text": article(n)} for n in range(24)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    with serve(FaultConfig(latency=0.05)) as server:
        job = BatchJob(source, tmp_path / "out.jsonl", concurrency=concurrency)
        tally = run(job, settings_for(server))
        peak = server.peak
    assert tally.done == len(rows)
    assert peak == concurrency  # reached, never exceeded


@pytest.mark.parametrize("workers", [0, 1], ids=["in-loop", "one-worker-process"])
def test_kill_9_mid_run_then_resume_records_every_id_once(tmp_path: Path, workers: int) -> None:
    """Against a server that enforces the request's (source-constrained) schema, with faults."""
    rows = [{"id": f"k{n}", "text": article(n)} for n in range(40)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    rates = {"rate_limit": 0.08, "server_error": 0.05, "stall": 0.02, "schema_invalid": 0.1}
    config = FaultConfig(rates=rates, latency=0.05, stall_seconds=2.5, retry_after=0.05)
    env = {**os.environ, "SUMMARISER_CACHE_DIR": str(tmp_path / "cache")}
    with serve(config) as server:
        command = [
            sys.executable, "-m", "summariser", "batch", str(source), "-o", str(output),
            "--model", "fault-gpt", "--base-url", server.base_url, "-c", "4",
            "--timeout", "2", "--max-retries", "0", "--workers", str(workers),
        ]  # fmt: skip
        first = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and lines_in(output) < 8:
            time.sleep(0.02)
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        at_kill = len(output.read_bytes().splitlines())
        # An orphaned worker process notices its parent is gone and exits.
        deadline = time.monotonic() + 10
        while spawned_by(env["SUMMARISER_CACHE_DIR"]) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not spawned_by(env["SUMMARISER_CACHE_DIR"]), "a worker outlived its batch"
        second = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
        counts, refusals = dict(server.counts), server.refusals
    assert not refusals, f"the server could not satisfy a request's schema: {refusals[:3]}"
    assert {"ok", "rate_limit", "server_error", "schema_invalid"} <= set(counts), counts
    assert first.returncode == -signal.SIGKILL
    assert 8 <= at_kill < len(rows), "the kill did not land mid-run"
    assert second.returncode in (0, 1), second.stderr
    assert "already done" in second.stderr
    assert_exactly_once(output, {r["id"] for r in rows})


def test_a_torn_last_line_is_cut_off_and_its_item_runs_again(
    tmp_path: Path, server: FaultServer
) -> None:
    rows = [{"id": f"t{n}", "text": article(n)} for n in range(3)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    whole = encode({"id": "t0", "summary": {}})
    output.write_bytes(whole + b'{"id":"t1","summary":{"gist":"half a li')
    tally = run(BatchJob(source, output), settings_for(server))
    done, _ = assert_exactly_once(output, {"t0", "t1", "t2"})
    assert (tally.skipped, tally.done, server.requests) == (1, 2, 2)
    assert done[0] == {"id": "t0", "summary": {}}


def test_authentication_failure_stops_the_batch_at_once(tmp_path: Path) -> None:
    rows = [{"id": f"u{n}", "text": article(n)} for n in range(50)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    with serve(FaultConfig(status=401)) as server:
        result = CliRunner().invoke(
            cli,
            [
                *("batch", str(source), "-o", str(output), "--model", "fault-gpt"),
                *("--base-url", server.base_url, "-c", "16", "--no-cache"),
            ],
        )
        requests = server.requests
    assert result.exit_code == AuthenticationError.exit_code
    assert result.stderr.count("refused the API key") == 1
    assert result.stderr.strip().splitlines()[-1].startswith("summarise: error:")
    assert requests == 1
    assert records(output) == [] and records(errors_path_for(output)) == []


def test_an_unreachable_server_stops_the_batch_after_a_few_items(tmp_path: Path) -> None:
    rows = [{"id": f"d{n}", "text": article(n)} for n in range(30)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    settings = Settings(
        model="m", base_url=f"http://127.0.0.1:{free_port()}/v1", max_transient_retries=0
    )
    tally = run(BatchJob(source, output, concurrency=8), settings)
    assert isinstance(tally.stopped, BackendError)
    assert "--retry-failed" in str(tally.stopped)
    failed = records(errors_path_for(output))
    assert [r["code"] for r in failed] == ["retry_exhausted"] * 3
    assert records(output) == []


def test_a_rerun_is_served_from_the_cache_without_requests(
    tmp_path: Path, server: FaultServer
) -> None:
    rows = [{"id": f"c{n}", "text": article(n)} for n in range(8)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    cache = DraftCache(tmp_path / "cache")
    first = run(BatchJob(source, tmp_path / "one.jsonl", cache=cache), settings_for(server))
    after_first = server.requests
    second = run(BatchJob(source, tmp_path / "two.jsonl", cache=cache), settings_for(server))
    assert (first.cached, second.cached) == (0, 8)
    assert server.requests == after_first == 8
    assert second.usage.total_tokens == 0 and second.tokens_saved == first.usage.total_tokens

    def claims(path: Path) -> dict[str, Any]:
        return {r["id"]: r["summary"]["claims"] for r in records(path)}

    assert claims(tmp_path / "one.jsonl") == claims(tmp_path / "two.jsonl")
    run(BatchJob(source, tmp_path / "three.jsonl", cache=None), settings_for(server))
    assert server.requests == 16


@pytest.mark.parametrize(
    "change",
    [
        {"model": "other-model"},
        {"base_url": "http://127.0.0.1:1/v2"},
        {"temperature": 0.7},
        {"max_output_tokens": 99},
        {"max_claims": 2},
        {"published": dt.date(2001, 1, 1)},
    ],
    ids=["model", "base-url", "temperature", "max-tokens", "max-claims", "published"],
)
def test_the_cache_key_changes_with_what_shapes_the_answer(change: dict[str, Any]) -> None:
    from summariser.backends.openai_compat import OpenAIBackend

    def key(settings: Settings, text: str) -> str:
        backend = OpenAIBackend(settings=settings)
        config, _, _, request = prepare_run(text, settings=settings, backend=backend)
        return cache_key(settings=config, backend=backend, request=request)

    base = Settings(model="m", base_url="http://127.0.0.1:1/v1")
    assert key(base, article(1)) == key(base, article(1))
    assert key(base, article(1)) != key(base, article(2))
    assert key(base, article(1)) != key(base.model_copy(update=change), article(1))


def test_the_schema_fingerprint_sees_enum_values_and_constraints() -> None:
    from summariser.batch.cache import schema_fingerprint
    from summariser.drafts import allowed_values, constrained_draft_model

    def fingerprint(**changes: Any) -> str:
        fields: dict[str, Any] = {
            "sentence_ids": ["S1", "S2"],
            "actor_names": ["Mali"],
            "date_expressions": ["August 15"],
            "source_names": ["the Kremlin"],
            "max_claims": 6,
        }
        return schema_fingerprint(constrained_draft_model(allowed_values(**{**fields, **changes})))

    assert fingerprint() == fingerprint()
    assert fingerprint() != fingerprint(sentence_ids=["S1", "S2", "S3"])
    assert fingerprint() != fingerprint(actor_names=["Russia"])
    assert fingerprint() != fingerprint(max_claims=5)


BAD_LINES = [
    ("empty-text", {"id": "x", "text": ""}, "is empty"),
    ("whitespace-text", {"id": "x", "text": " \n\t "}, "is empty"),
    ("binary-text", {"id": "x", "text": "\x00\x01\x02\x03" * 200}, "binary"),
    ("huge-article", {"id": "x", "text": "word " * 2_100_000}, "the limit is"),
    ("html", {"id": "x", "text": "<html><body><p>Hi</p><p>there</p></body></html>"}, "HTML"),
    ("no-text", {"id": "x"}, '"text"'),
    ("empty-html", {"id": "x", "html": "  "}, "html is empty"),
    ("html-not-a-string", {"id": "x", "html": ["<p>"]}, "html must be a string"),
    ("url-not-a-url", {"id": "x", "url": "www.example.org/a"}, "not an http(s) URL"),
    ("no-id", {"text": "Some text."}, '"id"'),
    ("bad-published", {"id": "x", "text": article(1), "published": "soon"}, "not a date"),
    ("not-json", b"{this is not json", "is not JSON"),
    ("json-array", b'["x", "text"]', "not an object"),
    ("not-utf8", b'{"id": "x", "text": "caf\xe9 au lait"}', "not valid UTF-8"),
]


@pytest.mark.parametrize(
    ("row", "fragment"), [c[1:] for c in BAD_LINES], ids=[c[0] for c in BAD_LINES]
)
def test_a_bad_input_line_is_a_per_item_error_and_the_batch_goes_on(
    tmp_path: Path, server: FaultServer, row: Any, fragment: str
) -> None:
    bad = row if isinstance(row, bytes) else json.dumps(row).encode()
    good = json.dumps({"id": "good", "text": article(3)}).encode()
    source = tmp_path / "in.jsonl"
    source.write_bytes(good + b"\n" + bad + b"\n")
    output = tmp_path / "out.jsonl"
    tally = run(BatchJob(source, output), settings_for(server))
    done, failed = records(output), records(errors_path_for(output))
    assert [r["id"] for r in done] == ["good"]
    assert len(failed) == 1 and failed[0]["code"] == "input_error"
    assert fragment in failed[0]["message"]
    assert failed[0]["id"] == ("x" if b'"id": "x"' in bad else "line:2")
    assert (tally.done, tally.failed, server.requests) == (1, 1, 1)


def test_a_folder_of_text_files_uses_file_names_as_ids(tmp_path: Path, server: FaultServer) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(article(1), encoding="utf-8")
    (folder / "two.txt").write_text(article(2), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "latin1.txt").write_bytes(article(3).encode("latin-1") + b" caf\xe9")
    (folder / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x00\rIHDR" * 10)
    (folder / "page.txt").write_text("<!DOCTYPE html><html><p>Hello</p></html>")
    (folder / "huge.txt").write_bytes(b"a" * 10_000_001)
    (folder / "notes.md").write_text("not an article")
    output = tmp_path / "out.jsonl"
    run(BatchJob(folder, output), settings_for(server))
    done, failed = assert_exactly_once(
        output,
        {"one.txt", "two.txt", "empty.txt", "latin1.txt", "binary.txt", "page.txt", "huge.txt"},
    )
    assert sorted(r["id"] for r in done) == ["one.txt", "two.txt"]
    messages = {r["id"]: r["message"] for r in failed}
    assert "empty" in messages["empty.txt"]
    assert "UTF-8" in messages["latin1.txt"]
    assert "binary" in messages["binary.txt"]
    assert "no article text" in messages["page.txt"]  # a page, extracted: only "Hello"
    assert "limit" in messages["huge.txt"]


def test_duplicate_ids_are_reported_and_processed_once(tmp_path: Path, server: FaultServer) -> None:
    rows = [
        {"id": "a", "text": article(1)},
        {"id": "b", "text": article(2)},
        {"id": "a", "text": article(3)},
    ]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    tally = run(BatchJob(source, output), settings_for(server))
    assert_exactly_once(output, {"a", "b"})
    assert server.requests == 2
    assert tally.duplicates == ["in.jsonl:3 repeats id 'a' of in.jsonl:1 (skipped)"]


def test_a_rerun_skips_recorded_ids_and_retry_failed_runs_the_failures_again(
    tmp_path: Path, server: FaultServer
) -> None:
    rows = [{"id": i, "text": article(n)} for n, i in enumerate("abc")]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"
    output.write_bytes(encode({"id": "a", "summary": {}}))
    errors_path_for(output).write_bytes(encode({"id": "b", "code": "invalid_output"}))
    first = run(BatchJob(source, output), settings_for(server))
    assert (first.skipped, first.done, server.requests) == (2, 1, 1)
    second = run(BatchJob(source, output, retry_failed=True), settings_for(server))
    assert (second.skipped, second.done, server.requests) == (2, 1, 2)
    done, failed = assert_exactly_once(output, {"a", "b", "c"})
    assert failed == [] and {r["id"] for r in done} == {"a", "b", "c"}


def test_two_batches_cannot_write_the_same_output(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    first = Ledger(output)
    try:
        with pytest.raises(ConfigurationError, match="another batch"):
            Ledger(output)
    finally:
        first.close()


def test_plain_progress_lines_and_a_final_tally_when_not_a_terminal(
    tmp_path: Path, server: FaultServer
) -> None:
    rows = [{"id": f"p{n}", "text": article(n)} for n in range(4)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    result = CliRunner().invoke(
        cli,
        [
            *("batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--model", "fault-gpt"),
            *("--base-url", server.base_url, "--progress-interval", "0", "--no-cache"),
        ],
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert sum(line.startswith("batch: ") and "/4 inputs (" in line for line in lines) >= 4
    assert any(line.startswith("tokens: 400 prompt + 80 completion = 480") for line in lines)
    assert "batch: 4 inputs: 4 summarised" in result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><title>x</title>", True),
        ("<div><p>a</p><p>b</p><br><span>c</span></div>", True),
        ("He typed <br> into the form, and the page broke.", False),
        ("Profits rose 5% as costs < revenue > forecasts.", False),
    ],
    ids=["doctype", "dense-tags", "one-stray-tag", "angle-brackets"],
)
def test_html_is_recognised_by_its_preamble_or_dense_markup(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_limiter_probes_alone_then_opens_to_the_maximum() -> None:
    limiter = AdaptiveLimiter(8)
    assert limiter.limit == 1
    limiter.succeeded()
    assert limiter.limit == 8


def test_a_429_halves_the_limit_once_per_cooldown_and_successes_add_back() -> None:
    clock = FakeClock()
    limiter = AdaptiveLimiter(16, probe=False, cooldown=1.0, clock=clock)
    limiter.rate_limited(0.5)
    limiter.rate_limited(0.5)  # same burst: one signal
    assert limiter.limit == 8
    clock.now += 1.5
    limiter.rate_limited(0.5)
    assert (limiter.limit, limiter.lowest, limiter.rate_limited_count) == (4, 4, 3)
    for _ in range(4):
        limiter.succeeded()
    assert limiter.limit == 5


def test_a_429_during_the_probe_does_not_spare_the_next_burst() -> None:
    clock = FakeClock()
    limiter = AdaptiveLimiter(16, cooldown=1.0, clock=clock)
    limiter.rate_limited(0.1)  # the probe itself is refused with a 429, then goes through
    limiter.succeeded()
    clock.now += 0.2  # within the cooldown of the probe's 429
    limiter.rate_limited(0.1)
    assert (limiter.limit, limiter.lowest) == (8, 8)


def test_the_limiter_bounds_calls_in_flight_and_pauses_after_a_429() -> None:
    async def scenario() -> tuple[int, float]:
        limiter = AdaptiveLimiter(3, probe=False)
        peak = 0

        async def call() -> None:
            nonlocal peak
            async with limiter.slot():
                peak = max(peak, limiter.in_flight)
                await asyncio.sleep(0.01)

        await asyncio.gather(*(call() for _ in range(12)))
        limiter.rate_limited(0.2)
        started = time.monotonic()
        await call()
        return peak, time.monotonic() - started

    peak, waited = asyncio.run(scenario())
    assert peak == 3
    assert waited >= 0.2


def test_calls_run_alone_while_the_limiter_probes_and_together_after() -> None:
    async def scenario(succeed: bool) -> int:
        limiter = AdaptiveLimiter(8)
        running = peak = 0

        async def call(n: int) -> None:
            nonlocal running, peak
            async with limiter.alone_while_probing():
                running += 1
                peak = max(peak, running)
                await asyncio.sleep(0.01)
                running -= 1
                if n == 0 and succeed:
                    limiter.succeeded()

        await asyncio.gather(*(call(n) for n in range(6)))
        return peak

    assert asyncio.run(scenario(succeed=False)) == 1  # no answer yet: one call at a time
    assert asyncio.run(scenario(succeed=True)) == 5  # the probe answered: the rest at once


@pytest.mark.parametrize(
    ("rates", "requests"),
    [({}, 1), ({"schema_invalid": 1.0}, 2)],
    ids=["one-request", "re-asked"],
)
def test_the_backend_holds_its_gate_around_each_request_only(
    rates: dict[str, float], requests: int
) -> None:
    """A batch's limit is held while the server has a request, not while the SDK and
    Instructor build it or validate the answer (so calls in flight stay at the limit)."""
    entered: list[int] = []

    @contextlib.asynccontextmanager
    async def gate() -> AsyncIterator[None]:
        entered.append(1)
        yield

    async def scenario(backend: OpenAIBackend) -> None:
        _, _, _, request = prepare_run(article(1), backend=backend, settings=backend.settings)
        try:
            await backend.adraft(request)
        except InvalidOutputError:
            pass
        finally:
            await backend.aclose()

    with serve(FaultConfig(rates=rates)) as server:
        backend = OpenAIBackend(settings=settings_for(server))
        assert backend.gates_requests
        backend.gate = gate
        asyncio.run(scenario(backend))
        assert (len(entered), server.requests) == (requests, requests)
        backend.gate = None  # no gate: requests go straight out
        asyncio.run(scenario(backend))
        assert (len(entered), server.requests) == (requests, 2 * requests)


@pytest.mark.parametrize("workers", [0, 1], ids=["in-loop", "one-worker-process"])
def test_html_and_url_rows_are_extracted_fetched_and_failed_one_by_one(
    tmp_path: Path, server: FaultServer, workers: int
) -> None:
    pytest.importorskip("trafilatura", reason="the 'web' extra is not installed")
    with serve_pages() as pages:
        rows = [
            {"id": "saved", "html": (PAGES / "putin-mali.html").read_text(encoding="utf-8")},
            {"id": "served", "url": f"{pages.base}/pages/putin-mali.html"},
            {"id": "meta-charset", "url": f"{pages.base}/bare/lyon-cafes-cp1252.html"},
            {"id": "text", "text": article(1), "title": "Budget", "url": "https://example.org/b"},
            {"id": "text-noted", "text": article(2), "url": "archive copy 17"},  # not fetched
            {"id": "missing", "url": f"{pages.base}/pages/missing.html"},
            {"id": "binary", "url": f"{pages.base}/binary.html"},
            {"id": "down", "url": f"http://127.0.0.1:{free_port()}/page.html"},
        ]
        source = write_jsonl(tmp_path / "in.jsonl", rows)
        output = tmp_path / "out.jsonl"
        tally = run(BatchJob(source, output, workers=workers), settings_for(server))
    done, failed = assert_exactly_once(output, {r["id"] for r in rows})
    summaries = {r["id"]: r["summary"] for r in done}
    assert sorted(summaries) == ["meta-charset", "saved", "served", "text", "text-noted"]
    for key, summary in summaries.items():
        text = summary["article"]["text"]
        for claim in summary["claims"]:
            for ev in claim["evidence"]:
                assert text[ev["start"] : ev["end"]] == ev["text"], key
        assert "<" not in text and "cookie" not in text.lower(), key
    assert summaries["saved"]["article"]["text"] == summaries["served"]["article"]["text"]
    assert summaries["served"]["article"]["url"] == f"{pages.base}/pages/putin-mali.html"
    assert summaries["saved"]["metadata"]["published"] == "2023-10-10"
    assert summaries["served"]["metadata"]["published_from"] == "metadata"
    assert "fetch" in summaries["served"]["metadata"]["timings"]
    assert "Jérôme Paillard" in summaries["meta-charset"]["article"]["text"]
    assert summaries["text"]["article"] == {
        "text": article(1),
        "title": "Budget",
        "url": "https://example.org/b",
        "format": "text",
    }
    codes = {r["id"]: (r["code"], r["message"]) for r in failed}
    assert codes["missing"][0] == "input_error" and "HTTP 404" in codes["missing"][1]
    assert codes["binary"][0] == "input_error" and "binary" in codes["binary"][1]
    assert codes["down"][0] == "network_error" and "cannot connect" in codes["down"][1]
    assert (tally.done, tally.failed) == (5, 3)


def test_a_folder_of_pages_and_text_files_is_summarised(tmp_path: Path, server: FaultServer):
    pytest.importorskip("trafilatura", reason="the 'web' extra is not installed")
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("putin-mali.html", "lyon-cafes-cp1252.html", "no-date.html"):
        (folder / name).write_bytes((PAGES / name).read_bytes())
    (folder / "one.txt").write_text(article(1), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    tally = run(BatchJob(folder, output), settings_for(server))
    done, _ = assert_exactly_once(
        output, {"putin-mali.html", "lyon-cafes-cp1252.html", "no-date.html", "one.txt"}
    )
    meta = {r["id"]: r["summary"]["metadata"] for r in done}
    assert (meta["putin-mali.html"]["published"], meta["putin-mali.html"]["published_from"]) == (
        "2023-10-10",
        "metadata",
    )
    assert (meta["no-date.html"]["published"], meta["no-date.html"]["published_from"]) == (
        "2024-03-03",
        "dateline",
    )
    formats = {r["id"]: r["summary"]["article"]["format"] for r in done}
    assert formats == {
        "putin-mali.html": "html",
        "lyon-cafes-cp1252.html": "html",
        "no-date.html": "html",
        "one.txt": "text",
    }
    assert tally.done == 4
