"""The package's build backend: setuptools, plus mypy for a build that compiles the engines.

A build compiles nothing unless SUMMARISER_COMPILE=1 is set (setup.py), so the default build
needs setuptools only. An opted-in build compiles the deterministic engines with mypyc, which
comes with mypy: only then is mypy asked for, so that pip's isolated build environment has it
(`pyproject.toml` points here through `backend-path`).
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta
from setuptools.build_meta import (  # noqa: F401 - the hooks served unchanged
    build_editable,
    build_sdist,
    build_wheel,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)

# The mypy whose mypyc the compiled engines are tested with (tests/test_compiled.py).
MYPY = "mypy==2.4.1"


def compiling() -> bool:
    """Whether this build compiles the engines (setup.py reads the same variable)."""
    return os.environ.get("SUMMARISER_COMPILE", "") not in ("", "0")


def _with_mypy(requires: list[str]) -> list[str]:
    return [*requires, MYPY] if compiling() else requires


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return _with_mypy(build_meta.get_requires_for_build_wheel(config_settings))


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    return _with_mypy(build_meta.get_requires_for_build_editable(config_settings))
