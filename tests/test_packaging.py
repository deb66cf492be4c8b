"""Packaging: every subpackage ships, the prompts and HTML templates ship, the few-shot examples
are grounded."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import tomllib

from summariser.article import split_sentences
from summariser.prompts import load_example, manifest, prompt_version
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
    """A non-editable install (README command 1) ships prompts/ as summariser.templates.

    Built pure Python (SUMMARISER_PURE=1): the build a machine without a compiler gets, and
    ~1 minute faster than compiling the engines (the editable install under test is compiled).
    """
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env={**os.environ, "SUMMARISER_PURE": "1"},
    )
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
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == manifest()["version"]
