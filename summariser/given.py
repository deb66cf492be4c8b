"""A summary someone gives `summarise check`: a `summarise --json` file, a hand-written summary
(claims, with evidence quotes or not), a JSON list of claims, or plain text.

A person writes claims, perhaps a gist and evidence quotes; not ids, statuses, a model name or
the article's hash. A JSON object without `metadata` is read as hand-written and those fields are
filled in; one with `metadata` is a `summarise --json` file and is read as the schema says.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from .dates import find_dateline
from .document import Document
from .errors import InputError
from .schema import Summary

HAND_WRITTEN = "hand-written"  # metadata.model and .backend of a summary a person wrote


def parse_summary(raw: str, *, name: str) -> dict[str, Any] | list[str] | None:
    """SUMMARY as a JSON object, a JSON list of claims, or None (plain text)."""
    start = raw.lstrip()[:1]
    if start not in ("{", "["):
        return None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        if start == "[":
            return None  # "[Update] The minister said ..." is a plain-text claim
        raise InputError(f"{name} starts like JSON but is not valid JSON: {exc}") from None
    if isinstance(data, dict):
        return data
    if isinstance(data, list) and all(isinstance(claim, str) for claim in data):
        return [claim for claim in data if claim.strip()]
    raise InputError(f"{name} is JSON but neither a summary nor a list of claims (strings)")


def is_hand_written(data: dict[str, Any]) -> bool:
    return "metadata" not in data


def publication_date(
    document: Document, *, given: dt.date | None
) -> tuple[dt.date | None, str | None]:
    """(date, where from) as `summarise` finds it: the argument, the page's own, the dateline."""
    if given is not None:
        return given, "argument"
    if document.published is not None:
        return document.published, "metadata"
    dateline = find_dateline(document.text)
    return (dateline[0], "dateline") if dateline else (None, None)


def complete_hand_written(
    data: dict[str, Any], *, document: Document, given: dt.date | None, name: str
) -> dict[str, Any]:
    """A hand-written summary with what a person leaves out filled in, ready for
    Summary.model_validate (which names any field still missing or wrong).

    Claims and evidence may be strings; a claim's id defaults to c1, c2...; its status to
    reported_fact (the checker does not read it); the gist to "". The dates are resolved
    against `given` (the check's --published), else the article's own date.
    """
    claims = data.get("claims")
    if not isinstance(claims, list):
        raise InputError(
            f'{name} is JSON but not a summary: it needs "claims", a list '
            '(at least {"claims": ["a claim", ...]})'
        )
    filled = []
    for i, claim in enumerate(claims, 1):
        if isinstance(claim, str):
            claim = {"statement": claim}
        if isinstance(claim, dict):
            claim = {"id": f"c{i}", "status": "reported_fact", **claim}
            evidence = claim.get("evidence")
            if isinstance(evidence, str):
                evidence = [evidence]
            if isinstance(evidence, list):
                claim["evidence"] = [{"quote": e} if isinstance(e, str) else e for e in evidence]
        filled.append(claim)
    published, published_from = publication_date(document, given=given)
    metadata = {
        "model": HAND_WRITTEN,
        "backend": HAND_WRITTEN,
        "prompt_version": "",
        "article_sha256": "",  # none: no warning that it summarises another text
        "published": published,
        "published_from": published_from,
    }
    return {"gist": "", **data, "claims": filled, "metadata": metadata}


def validated(
    data: dict[str, Any], *, document: Document, given: dt.date | None, name: str
) -> Summary:
    """The Summary in `data` (read from `name`) of `document`, hand-written or from
    `summarise --json`; `given` is the check's --published."""
    if is_hand_written(data):
        data = complete_hand_written(data, document=document, given=given, name=name)
    return Summary.model_validate(data)
