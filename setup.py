"""Build hook: pure Python by default; SUMMARISER_COMPILE=1 compiles the engines with mypyc.

Everything else about the package is in pyproject.toml. The engines (sentences, dates,
attribution, actors, the checker) are plain typed Python; mypyc can turn them into C extensions
that give the same answers in less CPU time (figures in BENCHMARKS.md). That costs a C compiler,
mypy and ~1.5 minutes per build, and an editable install whose compiled modules shadow the
sources until it is built again, so it is opt-in: `SUMMARISER_COMPILE=1 pip install .` (the
build backend, build_backend/summariser_build.py, then asks for mypy). An opted-in build that
cannot compile fails rather than quietly installing pure Python. The modules that define
pydantic models stay Python (mypyc does not compile them). A pure editable build removes the
compiled files an earlier compiled one left beside the sources, which Python would load first.
"""

from __future__ import annotations

import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# The engine packages and modules; their pydantic models and re-exporting __init__ files stay
# Python (see summariser/compiled.py, which lists what a build compiled).
PACKAGES = ("actors", "attribution", "checker", "dates")
MODULES = ("article.py", "grounding.py", "textnorm.py")
PYTHON_ONLY = frozenset(
    {
        "actors/__init__.py",
        "actors/model.py",
        "attribution/model.py",
        "checker/__init__.py",
        "dates/__init__.py",
        "dates/model.py",
    }
)


def compiled_sources() -> list[str]:
    """The source files mypyc compiles, relative to the repository root."""
    found = [f"summariser/{m}" for m in MODULES]
    for package in PACKAGES:
        for path in sorted((ROOT / "summariser" / package).glob("*.py")):
            if f"{package}/{path.name}" not in PYTHON_ONLY:
                found.append(path.relative_to(ROOT).as_posix())
    return found


def remove_compiled() -> None:
    """Delete compiled modules an earlier editable build left beside the sources: Python would
    load them instead of the sources."""
    suffixes = tuple(EXTENSION_SUFFIXES)
    for path in [*ROOT.glob("summariser__mypyc*"), *(ROOT / "summariser").rglob("*")]:
        if path.name.endswith(suffixes):
            path.unlink()


def mypyc_extensions() -> list[Extension]:
    """The compiled modules and their shared library (type-checks the engines: ~30 s)."""
    from mypyc.build import mypycify

    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return mypycify(
        ["--python-version", version, *compiled_sources()],
        opt_level="3",
        debug_level="0",
        multi_file=True,  # one C file per module, compiled in parallel (see Compile)
        group_name="summariser",  # the shared library is summariser__mypyc
    )


class Compile(build_ext):
    """Compile the engines when the extensions are built, not each time the build backend
    runs this file for metadata. Every extension or none: the modules share one library, so
    a partial build would leave modules that cannot import."""

    def finalize_options(self) -> None:
        building = not set(self.distribution.commands) <= METADATA_ONLY
        if building and self.distribution.ext_modules == [STAND_IN]:
            self.distribution.ext_modules = mypyc_extensions()
        super().finalize_options()

    def build_extension(self, ext: Extension) -> None:
        compile_all = self.compiler.compile

        def compile_parallel(sources: list[str], *args: Any, **kwargs: Any) -> list[str]:
            if len(sources) < 2:
                return compile_all(sources, *args, **kwargs)
            with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
                parts = pool.map(lambda source: compile_all([source], *args, **kwargs), sources)
                return [obj for part in parts for obj in part]

        self.compiler.compile = compile_parallel
        try:
            super().build_extension(ext)
        finally:
            self.compiler.compile = compile_all

    def run(self) -> None:
        if getattr(self, "editable_mode", False):
            # Beside the sources, only this build's modules may shadow them: none of an
            # earlier build (a module since renamed or made pure), none if this one fails.
            remove_compiled()
        try:
            super().run()
        except Exception:  # a missing compiler, a compile error: no half-built package
            for extension in self.extensions:
                built = self.get_ext_fullpath(extension.name)
                if os.path.exists(built):
                    os.remove(built)
            raise


class FreshCopy(build_py):
    """Copy the package into an emptied build folder: a module since deleted from the sources
    would otherwise stay there from an earlier build and ship in the wheel."""

    def run(self) -> None:
        shutil.rmtree(Path(self.build_lib) / "summariser", ignore_errors=True)
        super().run()


# Commands that only ask build_ext for its source files (no compiling, no type-checking).
METADATA_ONLY = frozenset({"egg_info", "dist_info", "sdist"})
# Stands for the compiled modules until build_ext makes them (and marks the wheel as one for
# this platform and Python).
STAND_IN = Extension("summariser__mypyc", sources=[])
# As build_backend/summariser_build.py's compiling(), which adds mypy to the build's needs.
COMPILE = os.environ.get("SUMMARISER_COMPILE", "") not in ("", "0")
if not COMPILE and {"editable_wheel", "develop"} & set(sys.argv):
    remove_compiled()  # (no extension to build: build_ext, which would remove them, won't run)
setup(
    ext_modules=[STAND_IN] if COMPILE else [],
    cmdclass={"build_ext": Compile, "build_py": FreshCopy},
)
