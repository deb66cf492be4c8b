"""Whether this install runs the engines compiled (mypyc, opt-in: see setup.py), and whether
such a build is stale.

A default install is pure Python. A compiled editable install (`SUMMARISER_COMPILE=1 pip
install -e .`) puts the compiled modules next to their sources, and Python prefers them: a
source edited after the build would not run until the package is built again. `stale()` finds
such modules; the test suite refuses to run on them.
"""

from __future__ import annotations

import importlib.machinery
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _extensions() -> list[Path]:
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(p for p in PACKAGE_DIR.rglob("*") if p.name.endswith(suffixes))


def _module_name(path: Path) -> str:
    stem = path.name.split(".", 1)[0]
    parts = path.parent.relative_to(PACKAGE_DIR.parent).parts
    return ".".join([*parts, stem] if stem != "__init__" else parts)


def compiled_modules() -> list[str]:
    """The modules of this package that have a compiled build beside their source."""
    return [_module_name(p) for p in _extensions()]


def stale() -> list[str]:
    """Compiled modules whose source changed after the build (or is gone), in a source
    checkout (an editable install); an installed copy's sources are not edited in place."""
    if not (PACKAGE_DIR.parent / "setup.py").is_file():
        return []
    found = []
    for built in _extensions():
        source = built.with_name(built.name.split(".", 1)[0] + ".py")
        if not source.exists() or source.stat().st_mtime > built.stat().st_mtime:
            found.append(_module_name(built))
    return found


def describe() -> str:
    """One line for --version, test headers and benchmarks."""
    modules = compiled_modules()
    if not modules:
        return "engines: pure Python"
    gone = stale()
    state = (
        f"; STALE, rebuild with `SUMMARISER_COMPILE=1 pip install -e .`: {', '.join(gone)}"
        if gone
        else ""
    )
    return f"engines: compiled with mypyc ({len(modules)} modules){state}"
