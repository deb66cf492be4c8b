"""The compiled engines (mypyc, see setup.py) give exactly the answers of their Python sources,
and a stale build is found."""

from __future__ import annotations

import importlib.machinery
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from summariser import compiled
from tests.conftest import ROOT, SEED

# Runs the engines in a fresh process (from the Python sources when SUMMARISER_PURE is set).
SCRIPT = """
import json, sys
import summariser.actors.resolve
from tests.test_compiled import engine_outputs
print(json.dumps({"file": summariser.actors.resolve.__file__, "outputs": engine_outputs()}))
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


def _python(code: str, *, pure: bool) -> Any:
    """What ``code`` prints as JSON, run in a fresh process with its own hash seed."""
    env = {k: v for k, v in os.environ.items() if k != "SUMMARISER_PURE"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, "PYTHONHASHSEED": "random", **({"SUMMARISER_PURE": "1"} if pure else {})},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_compiled_engines_answer_exactly_as_their_python_sources():
    if not compiled.compiled_modules():
        pytest.skip("this install is pure Python (nothing compiled to compare)")
    pure, built = _python(SCRIPT, pure=True), _python(SCRIPT, pure=False)
    assert pure["file"].endswith(".py")
    assert not built["file"].endswith(".py")
    assert pure["outputs"] == built["outputs"]


def test_a_pure_process_imports_every_module_from_source():
    code = (
        "import json, sys\n"
        "import summariser, summariser.checker, summariser.dates, summariser.attribution\n"
        "from summariser.compiled import describe\n"
        "names = [n for n in sys.modules if n.startswith('summariser')]\n"
        "print(json.dumps([describe(), [sys.modules[n].__file__ for n in names]]))"
    )
    described, files = _python(code, pure=True)
    assert described == "engines: pure Python (SUMMARISER_PURE)"
    assert len(files) > 40 and all(f.endswith(".py") for f in files)


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
