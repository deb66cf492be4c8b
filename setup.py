"""Build hook: the deterministic engines are compiled with mypyc when it can, else pure Python.

Everything else about the package is in pyproject.toml. The engines (sentences, dates,
attribution, actors, the checker) are plain typed Python; mypyc turns them into C extensions
that give the same answers faster (figures in BENCHMARKS.md), and they are most of a batch's
CPU per article. The modules that define pydantic models stay Python (mypyc does not compile
them). SUMMARISER_PURE=1 builds pure Python; so does a build where compiling fails (a missing
compiler): the same results, slower. A pure build also removes the compiled files an earlier
editable build left beside the sources, which Python would otherwise load instead of them.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ThreadPoolExecutor
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

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


def _fall_back(why: str) -> None:
    print(f"summariser: {why}; the engines stay pure Python", file=sys.stderr)


class Compile(build_ext):
    """Compile the engines when the extensions are built, not each time the build backend
    runs this file for metadata. Every extension or none: the modules share one library, so
    a partial build would leave modules that cannot import; on failure the sources are used."""

    def finalize_options(self) -> None:
        building = not set(self.distribution.commands) <= METADATA_ONLY
        if building and self.distribution.ext_modules == [STAND_IN]:
            try:
                self.distribution.ext_modules = mypyc_extensions()
            except (Exception, SystemExit) as exc:  # no mypyc; mypyc refused the code
                _fall_back(f"mypyc cannot compile them ({exc!r:.200})")
                self.distribution.ext_modules = []
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
        except Exception as exc:  # a missing compiler, a compile error
            for extension in self.extensions:
                built = self.get_ext_fullpath(extension.name)
                if os.path.exists(built):
                    os.remove(built)
            self.extensions = []
            _fall_back(f"compiling them failed ({str(exc)[:200]})")


# Commands that only ask build_ext for its source files (no compiling, no type-checking).
METADATA_ONLY = frozenset({"egg_info", "dist_info", "sdist"})
# Stands for the compiled modules until build_ext makes them (and marks the wheel as one for
# this platform and Python).
STAND_IN = Extension("summariser__mypyc", sources=[])
PURE = bool(os.environ.get("SUMMARISER_PURE"))
if PURE and {"editable_wheel", "develop"} & set(sys.argv):
    remove_compiled()  # (no extension to build: build_ext, which would remove them, won't run)
setup(
    ext_modules=[] if PURE else [STAND_IN],
    cmdclass={"build_ext": Compile},
)
