"""The batch report: a batch's output file joined with its articles, one view per article."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from ..article import sha256
from ..batch.inputs import read_items
from ..batch.ledger import read_records
from ..errors import InputError
from ..schema import Summary
from .render import IndexRow, batch_page
from .view import summary_view


def batch_report(output: Path, *, articles: Path, title: str | None = None) -> str:
    """The page for a `summarise batch` OUTPUT file and the SOURCE it was made from.

    Articles are matched by id; an output id whose article is not in SOURCE (or is no longer
    valid there) is listed in the index without a view rather than dropped.
    """
    if not output.is_file():
        raise InputError(f"{output}: no such file")
    _refuse_other_files(output)
    records = read_records(output)
    texts = {item.id: item for item in read_items(articles) if item.error is None}
    rows: list[IndexRow] = []
    for number, (key, record) in enumerate(records.items(), start=1):
        try:
            summary = Summary.model_validate(record.get("summary"))
        except ValidationError:
            raise InputError(f"{output}: the record of id {key!r} holds no summary") from None
        name = str(record.get("title") or key)
        item = texts.get(key)
        if item is None or summary.metadata.article_sha256 != sha256(item.text):
            note = "not in " + str(articles) if item is None else f"changed in {articles} since"
            rows.append(IndexRow(id=key, title=name, view=None, note=f"Article text {note}."))
            continue
        view = summary_view(
            summary, item.text, key=f"a{number}", title=name, origin=record.get("url") or item.where
        )
        rows.append(IndexRow(id=key, title=name, view=view))
    return batch_page(rows, title=title or f"Summaries in {output.name}")


def _refuse_other_files(output: Path) -> None:
    """Name the mix-up when OUTPUT is the batch's articles or its errors file."""
    with output.open("rb") as file:
        first = next((line for line in file if line.strip()), b"")
    try:
        record = json.loads(first) if first else None
    except ValueError:
        return  # read_records says which line is broken
    if not isinstance(record, dict) or "summary" in record:
        return
    if {"code", "message"} <= record.keys():
        raise InputError(f"{output} is a batch's errors file; give the batch's OUTPUT (summaries)")
    if record.keys() & {"text", "html", "url"}:
        raise InputError(
            f"{output} holds articles, not summaries; give the batch's OUTPUT, "
            "and the articles with --articles"
        )
