"""Prompt templates: loaded from the packaged `prompts/` folder, rendered with the article as data.

The article is always a template *variable*. Jinja never re-parses a variable's value, so an
article containing `{{ 7*7 }}` or `{% raw %}` reaches the model verbatim. The rendered messages are
handed to Instructor without `context=`, so Instructor does not template them a second time.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .errors import ConfigurationError

Message = dict[str, str]


def _prompt_dir() -> Path:
    """The installed prompts (summariser.templates) or, in a source checkout, ./prompts."""
    try:
        # A namespace package's files() is a MultiplexedPath: ask it for a file, whose str() is
        # a real path, rather than str() of the folder.
        manifest_file = Path(str(resources.files("summariser.templates") / "manifest.json"))
        if manifest_file.is_file():
            return manifest_file.parent
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "prompts"


@lru_cache(maxsize=1)
def _environment() -> ImmutableSandboxedEnvironment:
    # Sandboxed and strict: a template can only read the variables we pass, and a missing one is
    # an error rather than an empty string in front of the model.
    return ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(_prompt_dir())),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )


@lru_cache(maxsize=1)
def manifest() -> dict[str, Any]:
    """The prompt set's manifest: version and template names."""
    path = _prompt_dir() / "manifest.json"
    if not path.is_file():
        raise ConfigurationError(f"prompt templates not found at {path.parent}")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def prompt_version() -> str:
    return str(manifest()["version"])


def load_example(name: str) -> dict[str, Any]:
    """A few-shot example (its text and its grounded expected output)."""
    data: dict[str, Any] = json.loads((_prompt_dir() / name).read_text(encoding="utf-8"))
    return data


def render(template: str, **variables: Any) -> str:
    """Render one template file with the given variables."""
    try:
        return _environment().get_template(template).render(**variables)
    except jinja2.TemplateError as exc:
        raise ConfigurationError(f"prompt template {template} failed: {exc}") from exc


def chat_messages(**variables: Any) -> list[Message]:
    """System + user messages for instruction-following (chat) models."""
    names = manifest()["chat"]
    return [
        {"role": "system", "content": render(names["system"], **variables)},
        {"role": "user", "content": render(names["user"], **variables)},
    ]


def completion_prompt(**variables: Any) -> str:
    """A few-shot completion prompt for small base models (the embedded default)."""
    return render(manifest()["completion"], **variables)
