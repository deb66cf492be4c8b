"""The README shows the real --help texts and the two set-up commands that CI runs.

Refresh the help blocks with: python tests/test_readme.py --update
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
COMMANDS = {
    "summarise": [],
    "summarise run": ["run"],
    "summarise check": ["check"],
    "summarise batch": ["batch"],
    "summarise report": ["report"],
}
BLOCK = re.compile(r"(<!-- help: (?P<name>[\w ]+) -->\n```\n)(?P<body>.*?)(```)", re.DOTALL)


def help_text(args: list[str]) -> str:
    result = CliRunner().invoke(cli, [*args, "--help"], prog_name="summarise", terminal_width=100)
    assert result.exit_code == 0
    return result.output


@pytest.mark.parametrize("name", list(COMMANDS), ids=list(COMMANDS))
def test_readme_help_matches_the_cli(name):
    blocks = {m["name"]: m["body"] for m in BLOCK.finditer(README.read_text(encoding="utf-8"))}
    assert blocks.get(name) == help_text(COMMANDS[name]), f"run: python {__file__} --update"


def test_ci_runs_the_readme_test_command():
    readme = README.read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = re.search(r"<!-- test-command -->\n```\n(.*?)\n```", readme, re.DOTALL)
    assert command is not None
    assert command.group(1).strip() in ci


def update() -> None:
    text = README.read_text(encoding="utf-8")
    text = BLOCK.sub(lambda m: m.group(1) + help_text(COMMANDS[m["name"]]) + m.group(4), text)
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__" and "--update" in sys.argv:
    update()
