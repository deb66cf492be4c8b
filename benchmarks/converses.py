"""Two parties of one event: the event retold from the other side (kept) and the two parties
exchanged (flagged).

Made from the dev claims that state a contest, a sale or a gift between two names ("X beat Y",
"X lost 2-1 to Y", "X's win over Y", "X sold ... to Y", "X gave ... to Y"), read by a generator
independent of the package: a name is a run of one to three words that the article writes only
with a capital, right before the predicate and right after it or its preposition.

- party_swap (false): the claim sentence with its two names exchanged;
- retold (true where the sentence is): a claim sentence opening "X beat Y" told as "Y lost to X"
  and one opening "X lost to Y" as "Y beat X", the rest kept; counted only where the checker
  keeps the sentence as written, so its share is how often a retelling keeps what the original
  keeps.

    python benchmarks/converses.py [--show KIND] [--package-dir DIR]

Reports, per kind, the share flagged (kept, for retold) on all / even / odd articles.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict

from package_dir import ROOT, import_from_chosen_build

import_from_chosen_build()  # this checkout without installing, or --package-dir

from summariser.checker import check_claims  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
WORD = re.compile(r"[A-Za-z][\w\-]*")
# Predicate, then what may stand between it and the second name.
FRAMES = re.compile(
    r"\b(beat|beats|defeated|thrashed|"
    r"(?:lost|loses|lose)(?: \d+-\d+)? (?:to|against)|"
    r"(?:win|victory) over|defeat (?:by|to)|"
    r"sold (?:the |a |his |her |their )?[a-z]+ to|bought (?:the |a )?[a-z]+ from|"
    r"gave (?:the |a )?[a-z]+ to)\s",
    re.IGNORECASE,
)
BEFORE = re.compile(r"(?:\s+(?:have|has|had|were|was|'s|\d+-\d+))*\s*$", re.IGNORECASE)


def _rows(path: object) -> list[dict[str, object]]:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def _name_words(doc: str) -> set[str]:
    """Lower-cased words the article writes only with a capital."""
    seen: dict[str, bool] = {}
    for m in WORD.finditer(doc):
        w = m.group(0)
        seen[w.lower()] = seen.get(w.lower(), True) and w[0].isupper()
    return {w for w, cap in seen.items() if cap}


def _name_before(text: str, end: int, names: set[str]) -> tuple[int, int] | None:
    words = list(WORD.finditer(text[:end]))
    k = len(words)
    while k > 0 and words[k - 1].group(0).lower() in names and len(words) - k < 3:
        k -= 1
    if k == len(words):
        return None
    return words[k].start(), words[-1].end()


def _name_after(text: str, start: int, names: set[str]) -> tuple[int, int] | None:
    found = []
    for m in WORD.finditer(text, start):
        if m.start() != (found[-1].end() + 1 if found else start) or len(found) == 3:
            break
        if m.group(0).lower() not in names:
            break
        found.append(m)
    return (found[0].start(), found[-1].end()) if found else None


def swaps(claim: str, doc: str, names: set[str]) -> list[str]:
    """The claim with the two names of a two-party predicate exchanged."""
    out = []
    for m in FRAMES.finditer(claim):
        gap = BEFORE.search(claim[: m.start()])
        left = _name_before(claim, gap.start() if gap else m.start(), names)
        right = _name_after(claim, m.end(), names)
        if left is None or right is None:
            continue
        a, b = claim[left[0] : left[1]], claim[right[0] : right[1]]
        if set(a.lower().split()) & set(b.lower().split()):
            continue
        mid = claim[left[1] : right[0]]
        out.append(claim[: left[0]] + b + mid + a + claim[right[1] :])
    return out


def retold(sentence: str, names: set[str]) -> str | None:
    """A sentence opening "X beat Y" (or "X lost to Y") told from Y's side."""
    m = FRAMES.search(sentence)
    if m is None or m.group(1).split()[0].lower() not in ("beat", "defeated", "lost"):
        return None
    left = _name_before(sentence, m.start(), names)
    right = _name_after(sentence, m.end(), names)
    if left is None or right is None or left[0] != 0 or left[1] != m.start() - 1:
        return None
    a, b = sentence[left[0] : left[1]], sentence[right[0] : right[1]]
    verb = "beat" if m.group(1).lower().startswith("lost") else "lost to"
    return f"{b} {verb} {a}{sentence[right[1] :]}"


def claims() -> list[tuple[str, str, str, str]]:
    """(kind, article, claim, the sentence it was made from) rows."""
    rows: list[tuple[str, str, str, str]] = []
    texts: list[tuple[str, str]] = []
    for name in ("frank_valid", "polytope_val", "qags_xsum"):
        for r in _rows(DATA / "factuality" / f"{name}.jsonl"):
            texts.append((str(r["document"]), str(r["claim"])))
    for r in _rows(DATA / "summaries" / "frank_valid_references.jsonl"):
        texts.append((str(r["document"]), str(r["reference"])))
    made: set[tuple[str, str]] = set()
    cache: dict[str, set[str]] = {}
    for doc, text in texts:
        names = cache.setdefault(doc, _name_words(doc))
        for sentence in re.split(r"(?<=[.!?])\s+| \. ", text):
            told = retold(sentence, names)
            made_here = [("party_swap", x) for x in swaps(sentence, doc, names)]
            made_here += [("retold", told)] if told else []
            for kind, claim in made_here:
                if (doc, claim) not in made:
                    made.add((doc, claim))
                    rows.append((kind, doc, claim, sentence))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", help="print the misjudged claims of this kind")
    parser.add_argument("--package-dir", help="import the package from this folder")
    args = parser.parse_args()
    rows = claims()
    order: dict[str, int] = {}
    by_kind: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for kind, doc, claim, source in rows:
        if kind == "retold" and not check_claims(doc, [source])[0].supported:
            continue
        check = check_claims(doc, [claim])[0]
        right = check.supported if kind == "retold" else not check.supported
        by_kind[kind].append((order.setdefault(doc, len(order)) % 2, right))
        if args.show == kind and not right:
            print(f"    {check.verdict.value} {check.score:.2f} | {claim[:150]}")
    print("two parties of one event: flagged share (kept, for retold)")
    print(f"  {'kind':<12}{'n':>5}  {'all':>6}  {'even':>6}  {'odd':>6}")
    for kind in sorted(by_kind):
        cells = []
        for half in (None, 0, 1):
            got = [ok for h, ok in by_kind[kind] if half is None or h == half]
            cells.append(f"{100 * sum(got) / len(got):5.1f}%" if got else "     -")
        print(f"  {kind:<12}{len(by_kind[kind]):>5}  {'  '.join(cells)}")


if __name__ == "__main__":
    main()
