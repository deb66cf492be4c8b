"""The checker on news stories written for checking it, with claims labelled true or false.

benchmarks/data/stories.jsonl holds eight short stories the lead wrote in the session of
2026-12-07, evening (business, court, football, EU politics, health, a rail crash, earnings, a
dated strike announcement), each with hand-written claims: faithful paraphrases, and errors of
the kinds a model makes (a name, number, date or speaker from elsewhere in the story, a stance
or direction reversed, a hedge dropped, a result given to the wrong match). The claims were
written before the checker was changed; the checker's changes of that session were then chosen
from the errors these stories showed, so the set is a development set, not a held-out one.

Prints, per story and in all, how many claims the checker judges wrong (a true claim not
supported, a false one supported); --show lists them.

    python benchmarks/stories.py [--show] [--package-dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from package_dir import import_from_chosen_build

import_from_chosen_build()  # this checkout without installing, or --package-dir

from summariser.checker import check_claims  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "stories.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the misjudged claims")
    parser.add_argument("--package-dir", help="import the package from this folder")
    args = parser.parse_args()
    wrong = total = 0
    for line in DATA.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        published = dt.date.fromisoformat(story["published"]) if story["published"] else None
        claims = [c["claim"] for c in story["claims"]]
        checks = check_claims(story["text"], claims, published=published)
        missed = [
            (c, k) for c, k in zip(story["claims"], checks, strict=True) if c["true"] != k.supported
        ]
        wrong += len(missed)
        total += len(claims)
        print(f"  {story['story']:<20} {len(missed):>3} wrong of {len(claims)}")
        for c, k in missed if args.show else []:
            label = "true" if c["true"] else "false"
            print(f"      {label:<5} {k.verdict.value:<12} {k.score:.2f} {c['claim']}")
    print(f"all: {wrong} wrong of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
