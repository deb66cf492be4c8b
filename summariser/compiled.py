"""Which engine modules run compiled (mypyc, see setup.py), and whether the build is stale.

An editable install compiles the engines next to their sources, and Python prefers the
compiled module: a source edited after the build would not run until the package is built
again (`pip install -e .`). `stale()` finds such modules; the test suite refuses to run on
them. `load_pure()` makes a process import the Python sources instead (to compare results);
the package calls it when SUMMARISER_PURE is set, as a pure install does.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

logger = logging.getLogger(__name__)

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
    if any(isinstance(f, _PureFinder) for f in sys.meta_path):
        return "engines: pure Python (SUMMARISER_PURE)"
    modules = compiled_modules()
    if not modules:
        return "engines: pure Python"
    gone = stale()
    state = f"; STALE, rebuild with `pip install -e .`: {', '.join(gone)}" if gone else ""
    return f"engines: compiled with mypyc ({len(modules)} modules){state}"


class _PureFinder(importlib.abc.MetaPathFinder):
    """Finds this package's modules as Python sources, never as compiled extensions."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname.partition(".")[0] != PACKAGE_DIR.name:
            return None
        base = PACKAGE_DIR.parent.joinpath(*fullname.split("."))
        if (base / "__init__.py").is_file():
            return importlib.util.spec_from_file_location(
                fullname, base / "__init__.py", submodule_search_locations=[str(base)]
            )
        if base.with_suffix(".py").is_file():
            return importlib.util.spec_from_file_location(fullname, base.with_suffix(".py"))
        return None


def load_pure() -> None:
    """Import this package's modules from their Python sources from now on (modules already
    imported stay as they are)."""
    loaded = [name for name in sys.modules if name.partition(".")[0] == PACKAGE_DIR.name]
    if any(name != __name__ and name != PACKAGE_DIR.name for name in loaded):
        logger.warning("load_pure(): part of the package was already imported")
    if not any(isinstance(f, _PureFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _PureFinder())
