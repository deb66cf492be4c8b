"""The engines are built for English: a text in another language gets one warning line."""

from __future__ import annotations

from pathlib import Path

import pytest

from summariser.cli import cli
from summariser.language import reads_as_english
from tests.conftest import ROOT, SEED

LANGUAGES = sorted((ROOT / "tests" / "data" / "languages").glob("*.txt"))


@pytest.mark.parametrize("path", LANGUAGES, ids=lambda p: p.stem)
def test_news_in_another_language_does_not_read_as_english(path: Path):
    assert not reads_as_english(path.read_text(encoding="utf-8"))


def test_english_news_reads_as_english(seed_text):
    assert reads_as_english(seed_text)
    assert reads_as_english(seed_text.lower())  # lower-cased research data too


def test_a_headline_is_too_short_to_tell():
    assert reads_as_english("Scholz und Macron beraten über Munition für die Ukraine")


def test_run_warns_in_one_line_about_a_german_article(runner):
    german = LANGUAGES[0]
    assert german.stem == "de"
    result = runner.invoke(cli, [str(german), "--show-prompt"])
    assert result.exit_code == 0
    assert result.stderr == (
        f"summarise: warning: {german} does not read as English; the engines are built for "
        "English, so its sentences, names, dates and speakers may be read wrong\n"
    )


def test_check_warns_about_a_german_article_and_not_about_an_english_one(runner):
    claims = "Scholz sprach mit Macron."
    result = runner.invoke(cli, ["check", str(LANGUAGES[0]), "-"], input=claims)
    assert result.stderr.startswith("summarise: warning: ") and result.stderr.count("\n") == 1
    result = runner.invoke(cli, ["check", str(SEED), "-"], input="Putin spoke with Goita.")
    assert result.stderr == ""
