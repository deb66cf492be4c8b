"""Builds and fresh interpreters for the packaging tests: pip offline (no index, no
dependencies, no build isolation: tests never download), and `python -c` on a chosen path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def pip_offline(*args: str, env: dict[str, str], timeout: float = 300) -> None:
    """`pip <args>` with the installed build tools; raises with pip's stderr on failure."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            *args[:1],
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            *args[1:],
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def python_code(
    code: str, *, cwd: Path, path: list[Path], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -c code`` in ``cwd`` with ``path`` as PYTHONPATH."""
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env={**(env or os.environ), "PYTHONPATH": os.pathsep.join(str(p) for p in path)},
        capture_output=True,
        text=True,
        timeout=300,
    )
