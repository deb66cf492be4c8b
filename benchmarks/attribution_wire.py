"""The hand-annotated attribution sets: read an inline-annotated source, write PolNeAR-style rows.

Sets (tests/data/attribution/README.md): the wire set (wire_annotations.txt -> wire.jsonl) and
the held-out sets (heldout_annotations.txt -> heldout.jsonl, heldout2_annotations.txt ->
heldout2.jsonl), one row per article with the fields of
../shared/data/attribution/polnear_dev.jsonl, so that benchmarks/attribution.py scores every set
the same way. The markup ({S1:...}, {C1:...}, {Q1:...}) is described in the README.

Usage: python benchmarks/attribution_wire.py [wire|heldout|heldout2 ...]   # rebuild (default: all)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "data" / "attribution"
# each set's annotation source and the rows built from it
SETS = {
    name: (FOLDER / f"{name}_annotations.txt", FOLDER / f"{name}.jsonl")
    for name in ("wire", "heldout", "heldout2")
}
SOURCE, OUTPUT = SETS["wire"]

_OPEN = re.compile(r"\{([SCQ])(\d+):")
_ROLES = {"S": "source", "C": "cue", "Q": "content"}

Spans = dict[tuple[int, str], list[tuple[int, int]]]


class MarkupError(ValueError):
    """The annotation source is malformed (unbalanced braces, a label without a cue)."""


def strip_markup(marked: str) -> tuple[str, Spans]:
    """The plain text of one marked article and the intervals of each (number, role)."""
    plain: list[str] = []
    size = 0
    stack: list[tuple[int, str, int]] = []
    spans: Spans = {}
    at = 0
    while at < len(marked):
        opening = _OPEN.match(marked, at)
        if opening:
            stack.append((int(opening.group(2)), _ROLES[opening.group(1)], size))
            at = opening.end()
            continue
        char = marked[at]
        if char == "}":
            if not stack:
                raise MarkupError(f"unmatched '}}' at {at}: {marked[max(0, at - 40) : at + 1]!r}")
            number, role, start = stack.pop()
            spans.setdefault((number, role), []).append((start, size))
        elif char == "{":
            raise MarkupError(f"bad label at {at}: {marked[at : at + 20]!r}")
        else:
            plain.append(char)
            size += 1
        at += 1
    if stack:
        raise MarkupError(f"unclosed label {stack[-1][:2]}")
    return "".join(plain), spans


def _role(text: str, pieces: list[tuple[int, int]] | None) -> dict[str, Any] | None:
    """A PolNeAR role: its whole extent and its fragments, in text order."""
    if not pieces:
        return None
    pieces = sorted(pieces)
    fragments = [{"start": s, "end": e, "text": text[s:e]} for s, e in pieces]
    start, end = pieces[0][0], pieces[-1][1]
    return {"start": start, "end": end, "text": text[start:end], "fragments": fragments}


def article_row(doc_id: str, marked: str) -> dict[str, Any]:
    """One article's row: its text and its attributions in label order."""
    text, spans = strip_markup(marked)
    numbers = sorted({number for number, _ in spans})
    attributions = []
    for number in numbers:
        roles = {role: _role(text, spans.get((number, role))) for role in _ROLES.values()}
        if roles["cue"] is None:
            raise MarkupError(f"{doc_id}: attribution {number} has no cue")
        kind = "Attribution" if roles["source"] else "Attribution-no-source"
        attributions.append({"id": f"E{number}", "kind": kind, **roles})
    title = text.split("\n", 1)[0]
    return {
        "doc_id": doc_id,
        "publisher": "written for this set",
        "title": title,
        "text": text,
        "attributions": attributions,
    }


def parse(source: str) -> list[dict[str, Any]]:
    """All articles of an annotation source ("## id" opens one; "#" lines are comments)."""
    rows: list[dict[str, Any]] = []
    doc_id = ""
    lines: list[str] = []

    def close() -> None:
        if doc_id:
            rows.append(article_row(doc_id, "\n".join(lines).strip("\n") + "\n"))

    for line in source.splitlines():
        if line.startswith("## "):
            close()
            doc_id, lines = line[3:].strip(), []
        elif line.startswith("#"):
            continue
        elif doc_id:
            lines.append(line)
    close()
    return rows


def build(name: str = "wire") -> list[dict[str, Any]]:
    """Rewrite one set's .jsonl from its annotation source; return its rows."""
    source, output = SETS[name]
    rows = parse(source.read_text(encoding="utf-8"))
    body = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    output.write_text(body, encoding="utf-8")
    return rows


if __name__ == "__main__":
    for name in sys.argv[1:] or list(SETS):
        built = build(name)
        total = sum(len(row["attributions"]) for row in built)
        where = SETS[name][1].relative_to(ROOT)
        print(f"wrote {where}: {len(built)} articles, {total} attributions")
    sys.exit(0)
