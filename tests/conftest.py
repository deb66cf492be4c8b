"""Shared fixtures: the seed article, fakes, and a real llama.cpp server on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from click.testing import CliRunner

from tests.fakes import FakeBackend, FakeOpenAIServer

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "putin-mali.txt"


def pytest_report_header() -> str:
    from summariser import compiled

    return f"summariser {compiled.describe()}"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to test compiled engines older than their sources: the edits would not run."""
    from summariser import compiled

    if gone := compiled.stale():
        pytest.exit(
            f"compiled engine modules are older than their sources ({', '.join(gone)}): "
            "rebuild with `SUMMARISER_COMPILE=1 pip install -e .`, or go back to pure Python "
            "with `pip install -e .` (which removes them)",
            returncode=3,
        )


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def fake_backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def fake_server() -> FakeOpenAIServer:
    return FakeOpenAIServer()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def model_path() -> str:
    pytest.importorskip("llama_cpp", reason="the 'local' extra is not installed")
    from summariser.backends.local import model_path as bundled

    return bundled()


@pytest.fixture(scope="session")
def llama_server(model_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python -m llama_cpp.server` with the bundled model; yields its /v1 base URL."""
    pytest.importorskip("llama_cpp.server", reason="llama-cpp-python[server] is not installed")
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("llama_server.py")),
                "--model",
                model_path,
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--n_ctx",
                "4096",
                "--n_threads",
                str(min(os.cpu_count() or 1, 4)),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited: {log.read_text()[-2000:]}")
            try:
                if httpx2.get(f"{base}/models", timeout=2).status_code == 200:
                    break
            except httpx2.HTTPError:
                time.sleep(0.5)
        else:
            pytest.fail("llama_cpp.server did not start within 120 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli_backend(monkeypatch: pytest.MonkeyPatch) -> FakeBackend:
    """Route the CLI's summarise() through a FakeBackend (the CLI only parses and prints)."""
    from summariser.pipeline import summarise

    backend = FakeBackend()

    def run(article: Any, *, settings: Any) -> Any:
        return summarise(article, settings=settings, backend=backend)

    monkeypatch.setattr("summariser.pipeline.summarise", run)
    return backend


@pytest.fixture
def fake_summarise(cli_backend: FakeBackend) -> FakeBackend:
    return cli_backend
