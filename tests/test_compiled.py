"""The opt-in compiled build (mypyc, SUMMARISER_COMPILE=1, see setup.py) gives exactly the
answers of the Python sources, and a stale build is found.

The compiled build is made for real, once per session (50 s to 3 minutes on 2 cores): it is the
only check that mypyc still accepts the engines, which any edit can break.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from summariser import compiled
from tests.builds import pip_offline, python_code
from tests.conftest import ROOT, SEED

# Runs the engines in a fresh process, from whichever build PYTHONPATH puts first.
SCRIPT = """
import json, sys
import summariser.actors.resolve
from summariser.compiled import describe
from tests.test_compiled import engine_outputs
print(json.dumps({
    "file": summariser.actors.resolve.__file__,
    "described": describe(),
    "outputs": engine_outputs(),
}))
"""


def _texts() -> list[str]:
    from summariser.prompts import load_example, manifest

    texts = [SEED.read_text(encoding="utf-8")]
    texts += [load_example(name)["text"] for name in manifest()["examples"]]
    return texts


def _variants(sentence: str) -> list[str]:
    """The sentence and unsupported rewrites of it: a changed number, a negation, a swap."""
    out = [sentence, re.sub(r"\d+", lambda m: str(int(m.group()) + 7), sentence)]
    out.append(re.sub(r"\b(is|was|has|will)\b", r"\1 not", sentence, count=1))
    words = sentence.split()
    if len(words) > 3:
        out.append(" ".join([words[-1], *words[1:-1], words[0]]))
    return out


def engine_outputs() -> list[Any]:
    """Every engine's output on the repository's articles, and open-mode and pipeline checks
    of claims made from their sentences (as JSON values)."""
    from summariser import analysis, check_claims, summarise
    from tests.fakes import FakeBackend, seed_draft

    def plain(value: Any) -> Any:
        if hasattr(value, "model_dump"):
            return value.model_dump(mode="json")
        if hasattr(value, "__dataclass_fields__"):
            return {k: plain(getattr(value, k)) for k in value.__dataclass_fields__}
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)

    out: list[Any] = []
    for text in _texts():
        found = analysis.analyse(text)
        claims = [v for s in found.sentences[:12] for v in _variants(s.text)]
        out.append(plain(found))
        out.append(plain(check_claims(text, claims)))
    summary = summarise(_texts()[0], backend=FakeBackend().enqueue(seed_draft()))
    summary.metadata.timings = {}
    out.append(plain(summary))
    return out


def _python(code: str, *, package_root: Path, cwd: Path) -> Any:
    """What ``code`` prints as JSON, run in a fresh process with its own hash seed, importing
    the package from ``package_root`` (and the tests from the checkout)."""
    # Not the checkout as working directory: `-c` puts it first on the path.
    env = {**os.environ, "PYTHONHASHSEED": "random"}
    done = python_code(code, cwd=cwd, path=[package_root, ROOT], env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def compiled_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The checkout built with SUMMARISER_COMPILE=1 and installed into a folder of its own."""
    pytest.importorskip("mypyc", reason="mypy (which brings mypyc) is not installed")
    target = tmp_path_factory.mktemp("compiled")
    env = {**os.environ, "SUMMARISER_COMPILE": "1"}
    # Offline: the installed mypy, not a download of the build's pin.
    pip_offline("install", "--target", str(target), str(ROOT), env=env, timeout=900)
    return target


def test_compiled_engines_answer_exactly_as_their_python_sources(compiled_copy, tmp_path):
    built = _python(SCRIPT, package_root=compiled_copy, cwd=tmp_path)
    pure = _python(SCRIPT, package_root=ROOT, cwd=tmp_path)
    assert built["file"].startswith(str(compiled_copy)) and not built["file"].endswith(".py")
    assert built["described"].startswith("engines: compiled with mypyc")
    assert pure["file"] == str(ROOT / "summariser" / "actors" / "resolve.py")
    assert pure["described"] == "engines: pure Python"
    assert pure["outputs"] == built["outputs"]


def test_the_compiled_build_leaves_the_pydantic_models_in_python(compiled_copy):
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    built = {p.name.split(".", 1)[0] for p in compiled_copy.rglob("*") if p.name.endswith(suffixes)}
    assert {"resolve", "scan", "open_mode", "textnorm"} <= built
    assert not {"model", "schema", "drafts", "pipeline"} & built


def _fake_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    package = tmp_path / "summariser"
    (package / "dates").mkdir(parents=True)
    (tmp_path / "setup.py").write_text("")  # a source checkout
    monkeypatch.setattr(compiled, "PACKAGE_DIR", package)
    return package


def test_a_source_edited_after_the_build_makes_the_build_stale(tmp_path, monkeypatch):
    package = _fake_build(tmp_path, monkeypatch)
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for name in ("scan", "tense"):
        (package / "dates" / f"{name}.py").write_text("")
        (package / "dates" / f"{name}{suffix}").write_bytes(b"")
    os.utime(package / "dates" / f"scan{suffix}", (1_000, 1_000))  # built before the edit
    (package / "dates" / f"gone{suffix}").write_bytes(b"")  # its source was deleted

    assert compiled.compiled_modules() == [
        "summariser.dates.gone",
        "summariser.dates.scan",
        "summariser.dates.tense",
    ]
    assert compiled.stale() == ["summariser.dates.gone", "summariser.dates.scan"]
    assert "STALE" in compiled.describe() and "summariser.dates.scan" in compiled.describe()


def test_an_installed_copy_is_never_stale(tmp_path, monkeypatch):
    package = _fake_build(tmp_path, monkeypatch)
    (tmp_path / "setup.py").unlink()  # site-packages: no checkout around the package
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    (package / "dates" / "scan.py").write_text("")
    (package / "dates" / f"scan{suffix}").write_bytes(b"")
    os.utime(package / "dates" / f"scan{suffix}", (1_000, 1_000))
    assert compiled.stale() == []
    assert compiled.describe() == "engines: compiled with mypyc (1 modules)"


def test_a_pure_install_describes_itself(tmp_path, monkeypatch):
    package = _fake_build(tmp_path, monkeypatch)
    (package / "dates" / "scan.py").write_text("")
    assert compiled.compiled_modules() == [] and compiled.stale() == []
    assert compiled.describe() == "engines: pure Python"


def test_version_says_whether_the_engines_run_pure_or_compiled(runner, monkeypatch):
    from summariser.cli import cli

    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and "(engines: pure Python)" in result.output
    monkeypatch.setattr(compiled, "compiled_modules", lambda: ["summariser.dates.scan"])
    monkeypatch.setattr(compiled, "stale", lambda: [])
    result = runner.invoke(cli, ["--version"])
    assert "(engines: compiled with mypyc (1 modules))" in result.output
