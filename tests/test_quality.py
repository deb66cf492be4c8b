"""Lint, format and type checks are part of the test command (and so of CI)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import ROOT

CODE = ["summariser", "tests", "benchmarks", "setup.py", "build_backend"]


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", *CODE],
        ["ruff", "format", "--check", *CODE],
        ["mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_code_is_clean(command):
    if shutil.which(command[0]) is None:
        pytest.fail(f"{command[0]} is not installed: pip install -e '.[test]'")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
