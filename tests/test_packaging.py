"""Packaging: every subpackage ships, the prompts and HTML templates ship, the few-shot examples
are grounded, and the default build is pure Python built without mypy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
import tomllib

from summariser.article import split_sentences
from summariser.prompts import load_example, manifest, prompt_version
from tests.builds import pip_offline, python_code
from tests.conftest import ROOT


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "summariser").rglob("__init__.py")
    }
    assert found <= listed


def test_prompt_manifest_names_existing_templates():
    names = manifest()
    assert prompt_version()
    for template in [names["completion"], *names["chat"].values(), *names["examples"]]:
        assert (ROOT / "prompts" / template).is_file(), template


def test_few_shot_examples_cite_sentences_of_their_own_text():
    for name in manifest()["examples"]:
        example = load_example(name)
        ids = {s.id for s in split_sentences(example["text"])}
        summary = example["summary"]
        assert summary["gist"] in ids
        cited = [c["evidence"] for c in summary["claims"]]
        assert set(cited) <= ids and len(cited) == len(set(cited))
        json.dumps(summary)  # serialisable as shown to the model


def test_an_installed_copy_finds_its_prompt_and_html_templates(tmp_path):
    """A non-editable install (README command 1) ships prompts/ as summariser.templates."""
    target = tmp_path / "site"
    pip_offline("install", "--target", str(target), str(ROOT), env=_default_build_env())
    assert not [p for p in target.rglob("*") if p.suffix in (".so", ".pyd")]
    code = (
        "import summariser.prompts as p, summariser.compiled as c; d = p._prompt_dir(); "
        f"assert str(d).startswith({str(target)!r}), d; "
        "assert c.describe() == 'engines: pure Python', c.describe(); "
        "import summariser.html_report.render as r; "
        f"assert r.__file__.startswith({str(target)!r}), r.__file__; "
        "page = r.batch_page([], title='t'); "
        "assert 'data-flagged' in page and '</script>' in page; "
        "print(p.prompt_version())"
    )
    out = python_code(code, cwd=tmp_path, path=[target])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == manifest()["version"]


def _default_build_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "SUMMARISER_COMPILE"}


def _backend_run(code: str, *, compile_switch: str | None = None) -> str:
    """What ``code`` prints, run where pip runs the build backend (pyproject's backend-path,
    in the checkout); the backend is imported as ``b``."""
    build = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]
    [folder] = build["backend-path"]
    env = _default_build_env()
    if compile_switch is not None:
        env["SUMMARISER_COMPILE"] = compile_switch
    done = python_code(
        f"import {build['build-backend']} as b\n{code}", cwd=ROOT, path=[ROOT / folder], env=env
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


REQUIRES = (
    "import json; "
    "print(json.dumps([b.get_requires_for_build_wheel(), b.get_requires_for_build_editable()]))"
)


@pytest.mark.parametrize("switch", [None, "", "0"])
def test_the_default_build_asks_for_no_mypy(switch):
    build = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]
    assert not [r for r in build["requires"] if r.startswith("mypy")]
    for requires in json.loads(_backend_run(REQUIRES, compile_switch=switch)):
        assert not [r for r in requires if r.startswith("mypy")], requires


def test_a_compiling_build_asks_for_the_pinned_mypy():
    pin = _backend_run("print(b.MYPY)")
    assert pin.startswith("mypy==")
    for requires in json.loads(_backend_run(REQUIRES, compile_switch="1")):
        assert pin in requires


def _wheel(source: Path, out: Path, *, env: dict[str, str]) -> Path:
    pip_offline("wheel", "--wheel-dir", str(out), str(source), env=env)
    [wheel] = out.glob("*.whl")
    return wheel


def test_the_default_wheel_is_pure_python_and_builds_without_mypy(tmp_path):
    # mypy and mypyc made unimportable for the build (it inherits PYTHONPATH).
    blocked = tmp_path / "blocked"
    for name in ("mypy", "mypyc"):
        (blocked / name).mkdir(parents=True)
        (blocked / name / "__init__.py").write_text(f"raise ImportError('no {name} here')\n")
    env = {**_default_build_env(), "PYTHONPATH": str(blocked)}
    wheel = _wheel(ROOT, tmp_path / "wheel", env=env)
    assert wheel.name.endswith("-py3-none-any.whl"), wheel.name
    names = zipfile.ZipFile(wheel).namelist()
    sources = {p.relative_to(ROOT).as_posix() for p in (ROOT / "summariser").rglob("*.py")}
    assert {n for n in names if n.endswith(".py")} == sources  # no module left from a build
    assert not [n for n in names if n.endswith((".so", ".pyd", ".c"))]
    # every word list and table the engines read at run time is in the wheel
    data = {p.relative_to(ROOT).as_posix() for p in (ROOT / "summariser").rglob("*.txt.gz")}
    assert data and data <= set(names), data - set(names)


def test_the_sdist_carries_the_build_backend_and_builds_a_wheel(tmp_path):
    sdist = tmp_path / _backend_run(f"print(b.build_sdist({str(tmp_path)!r}))")
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    assert any(n.endswith("/build_backend/summariser_build.py") for n in names)
    wheel = _wheel(sdist, tmp_path / "wheel", env=_default_build_env())
    assert wheel.name.endswith("-py3-none-any.whl")


@pytest.mark.parametrize("package", ["summariser", "summariser.batch"])
def test_every_public_name_is_imported_on_first_use(package: str) -> None:
    # The public names are imported lazily (PEP 562): each one in __all__ must resolve, and
    # nothing resolves that __all__ does not list.
    code = (
        "import importlib, sys\n"
        f"m = importlib.import_module({package!r})\n"
        "missing = [n for n in m.__all__ if n != 'summarise_dataset' and not hasattr(m, n)]\n"
        "extra = sorted(set(m._WHERE) - set(m.__all__))\n"
        "print(missing, extra)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[] []"
