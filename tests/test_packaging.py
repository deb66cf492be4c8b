"""Packaging: every subpackage ships, the prompts ship, the few-shot examples are grounded."""

from __future__ import annotations

import json

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
