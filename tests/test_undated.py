"""An article without a publication date: its relative dates are listed unresolved, and the
command says in one line why and what to pass."""

from __future__ import annotations

import datetime as dt
import json

from summariser.analysis import analyse
from summariser.assemble import Assembler
from summariser.cli import cli
from tests.fakes import seed_draft

TUESDAY = (
    "The mayor said on Tuesday that the city would close two libraries next month. "
    "The council will vote in 2024."
)


def found_dates(published: dt.date | None) -> list[tuple[str, str | None]]:
    assembler = Assembler(analyse(TUESDAY, published=published))
    assembler.add_found_dates()
    return [(d.expression, d.value) for d in assembler.dates]


def test_without_a_publication_date_relative_dates_are_listed_without_a_value():
    assert found_dates(None) == [("Tuesday", None), ("next month", None), ("2024", "2024")]


def test_with_a_publication_date_they_are_resolved():
    assert found_dates(dt.date(2023, 10, 10)) == [
        ("Tuesday", "2023-10-10"),
        ("next month", "2023-11"),
        ("2024", "2024"),
    ]


def undated_seed(seed_text: str) -> str:
    dateline = " date 2023-10-10 "
    assert seed_text.startswith(dateline)
    return seed_text.removeprefix(dateline)


def test_the_command_warns_in_one_line_when_dates_are_unresolved(
    runner, tmp_path, seed_text, fake_summarise
):
    path = tmp_path / "undated.txt"
    path.write_text(undated_seed(seed_text), encoding="utf-8")
    fake_summarise.enqueue(seed_draft())
    result = runner.invoke(cli, [str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        "summarise: warning: no publication date (none given, no page date or dateline), so 2 "
        "date(s) such as 'August 15' are unresolved; pass --published YYYY-MM-DD\n"
    )
    assert "August 15 -> ? (no publication date)" in result.stdout


def test_no_warning_once_the_date_is_given(runner, tmp_path, seed_text, fake_summarise):
    path = tmp_path / "undated.txt"
    path.write_text(undated_seed(seed_text), encoding="utf-8")
    fake_summarise.enqueue(seed_draft())
    result = runner.invoke(cli, [str(path), "--published", "2023-10-10"])
    assert result.exit_code == 0 and result.stderr == ""
    assert "August 15 -> 2023-08-15" in result.stdout


LIVE_BLOG = (
    "Live: Storm Ciaran hits southern England\n\n"
    "Updated 14:05 GMT, 2 November 2023\n\n"
    "13:40 GMT\nWind gusts of 104mph were recorded in Jersey this morning.\n\n"
    "12:10 GMT\nRishi Sunak chaired a Cobra meeting on Thursday morning, Downing Street said.\n"
)


def test_a_live_blogs_updated_stamp_with_a_time_is_its_publication_date():
    analysis = analyse(LIVE_BLOG)
    assert (analysis.published, analysis.published_from) == (dt.date(2023, 11, 2), "dateline")
    values = {m.text: m.value for m in analysis.dates}
    assert values["Thursday morning"] == "2023-11-02" and values["13:40 GMT"] == "2023-11-02T13:40"


def test_a_time_and_date_inside_a_sentence_is_no_dateline():
    assert analyse("The vote at 14:05, 2 November 2023 was close. It passed.").published is None


def test_the_json_summary_says_which_dates_are_unresolved_and_why(
    runner, tmp_path, seed_text, fake_summarise
):
    path = tmp_path / "undated.txt"
    path.write_text(undated_seed(seed_text), encoding="utf-8")
    for published in ([], ["--published", "2023-10-10"]):
        fake_summarise.enqueue(seed_draft())
        result = runner.invoke(cli, [str(path), "--json", *published])
        assert result.exit_code == 0, result.stderr
        notices = json.loads(result.stdout)["metadata"]["notices"]
        codes = [n["code"] for n in notices]
        assert codes == ([] if published else ["unresolved_dates"])
        assert all("'August 15'" in n["message"] for n in notices)
