"""The README shows the real --help texts and the two set-up commands that CI runs, and its
Python blocks run as written from the repository root.

Refresh the help blocks with: python tests/test_readme.py --update
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.cli import EXIT_USAGE, cli

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


# A ```python block; a comment line "<!-- readme-test: compile only (why) -->" just before it
# marks one that needs a key or a server: it is compiled and linted, not run.
PYTHON_BLOCK = re.compile(
    r"(?:<!-- readme-test: (?P<marker>[^\n]*?) -->\n)?```python\n(?P<code>.*?)```", re.DOTALL
)


def python_blocks() -> list[tuple[str, str, bool]]:
    """(id, code, runnable) of each Python block of the README."""
    blocks = []
    text = README.read_text(encoding="utf-8")
    for number, match in enumerate(PYTHON_BLOCK.finditer(text), start=1):
        marker = match["marker"]
        assert marker is None or marker.startswith("compile only ("), marker
        line = text.count("\n", 0, match.start("code")) + 1
        blocks.append((f"block{number}-line{line}", match["code"], marker is None))
    return blocks


BLOCKS = python_blocks()


def test_the_readme_has_a_runnable_python_block():
    assert any(runnable for _, _, runnable in BLOCKS)


@pytest.mark.parametrize(("code", "runnable"), [b[1:] for b in BLOCKS], ids=[b[0] for b in BLOCKS])
def test_readme_python_block_compiles_without_undefined_names(code, runnable, tmp_path):
    compile(code, "README.md", "exec")  # a top-level await is a SyntaxError here
    pytest.importorskip("ruff", reason="ruff checks the names")
    script = tmp_path / "block.py"
    script.write_text(code, encoding="utf-8")
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--select", "F", str(script)],
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout


@pytest.mark.parametrize("code", [b[1] for b in BLOCKS if b[2]], ids=[b[0] for b in BLOCKS if b[2]])
def test_readme_python_block_runs_as_written_from_the_repository_root(code, model_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("OPENAI_API_KEY", None)  # the runnable blocks must not need one
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stderr == ""  # the library prints nothing on its own


# The block after "## Example": what `summarise examples/putin-mali.txt` prints. Only the
# run time at the end of its last line differs between machines.
EXAMPLE = re.compile(r"## Example\n.*?\n```\n(?P<body>Gist: .*?)```", re.DOTALL)
_SECONDS = re.compile(r"\d+\.\d+s$", re.MULTILINE)


def example_output() -> str:
    result = subprocess.run(
        [sys.executable, "-m", "summariser", "examples/putin-mali.txt"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_readme_example_output_is_what_the_command_prints(model_path):
    shown = EXAMPLE.search(README.read_text(encoding="utf-8"))
    assert shown is not None
    printed = example_output()
    assert _SECONDS.sub("", shown["body"]) == _SECONDS.sub("", printed), (
        f"run: python {__file__} --update-example"
    )


def test_the_exit_code_table_lists_exactly_the_codes_the_cli_uses():
    from summariser.batch import command
    from summariser.cli import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_UNSUPPORTED
    from summariser.errors import BackendError, ConfigurationError, InputError

    section = README.read_text(encoding="utf-8").split("## Exit codes")[1].split("\n## ")[0]
    rows = dict(re.findall(r"^\| (\d+) \| (.+) \|$", section, re.MULTILINE))
    assert {int(code) for code in rows} == {
        EXIT_OK,
        EXIT_UNSUPPORTED,
        command.EXIT_SOME_FAILED,
        EXIT_USAGE,
        InputError.exit_code,
        ConfigurationError.exit_code,
        BackendError.exit_code,
        EXIT_INTERNAL,
        EXIT_INTERRUPTED,
        command.EXIT_INTERRUPTED,
    }
    assert "batch" in rows[str(command.EXIT_SOME_FAILED)]
    assert "input error" in rows[str(InputError.exit_code)]
    assert "bad setting" in rows[str(ConfigurationError.exit_code)]
    assert "--published" in rows[str(ConfigurationError.exit_code)]
    assert "backend error" in rows[str(BackendError.exit_code)]


def test_the_readme_hand_written_summary_is_accepted_by_check(tmp_path):
    section = README.read_text(encoding="utf-8").split("A summary you write yourself")[1]
    shown = re.search(r"```json\n(.*?)```", section, re.DOTALL)
    assert shown is not None
    summary = tmp_path / "mine.json"
    summary.write_text(shown.group(1), encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["check", str(ROOT / "examples" / "putin-mali.txt"), str(summary)]
    )
    assert result.stderr == "" and result.exit_code == 0, result.stderr
    assert "2/2 claims supported" in result.stdout


def test_the_readme_usage_error_line_is_what_the_cli_prints():
    result = CliRunner().invoke(
        cli, ["run", "examples/putin-mali.txt", "--jsn"], prog_name="summarise"
    )
    assert result.exit_code == EXIT_USAGE
    section = README.read_text(encoding="utf-8").split("## Exit codes")[1]
    assert f"`{result.stderr.strip()}`" in section


def update() -> None:
    text = README.read_text(encoding="utf-8")
    text = BLOCK.sub(lambda m: m.group(1) + help_text(COMMANDS[m["name"]]) + m.group(4), text)
    README.write_text(text, encoding="utf-8")


def update_example() -> None:
    text = README.read_text(encoding="utf-8")
    shown = EXAMPLE.search(text)
    assert shown is not None
    # The run time shown stays (a quiet machine's figure); a loaded one's would mislead.
    seconds = _SECONDS.search(shown["body"])
    body = example_output()
    if seconds is not None:
        body = _SECONDS.sub(seconds.group(), body)
    text = text[: shown.start("body")] + body + text[shown.end("body") :]
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__" and "--update" in sys.argv:
    update()
if __name__ == "__main__" and "--update-example" in sys.argv:
    update_example()
