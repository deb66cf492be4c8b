"""Where open mode spends its time: the article's preparation by stage, the claim's views, each
test of ``check_view`` (the statement and late tests within theirs), what an article's first
claims pay for what is read on first use, and the cyclic garbage collector; with how often
each test finds anything.

The claims are those ``factuality.py`` times: every sentence of the human-labelled rows'
claims, on the articles of SPEED_WORDS words, each article prepared anew and then checked. CPU
time (``time.process_time``), the collector off while timing, so that a collection is not
charged to whichever test it falls in; the collector is timed apart, as the same loop with it
on and off, interleaved. Each stage of the preparation is timed on new ``Doc``s that have the
stages before it (best of ``--repeats``; ``prepare`` reads the checker's token fields again,
which no ``Doc`` keeps: its own part is the last stage less the one before). The tests are
timed around each call (a few per cent of overhead) over ``--repeats`` passes after a warm-up
pass; "finds" counts the calls that return a finding, "on copies" the time a test spends on
claim sentences that copy a supporting sentence verbatim (``aligned.verbatim``).

    python benchmarks/checker_phases.py [--repeats N] [--half all|even|odd] [--package-dir DIR]
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from package_dir import import_from_chosen_build

import_from_chosen_build()  # this checkout without installing, or --package-dir

from summariser.checker import aligned, late_tests, open_mode, statements  # noqa: E402
from summariser.checker import prepare as prep  # noqa: E402
from summariser.checker.features import token_fields  # noqa: E402
from summariser.checker.flags import ClaimView  # noqa: E402
from summariser.checker.sentences import sentence_tokens  # noqa: E402
from summariser.text import as_doc  # noqa: E402
from summariser.text.sentence_view import sentences_of  # noqa: E402

# The tests by name, in the order ``check_view`` (with ``slot_findings``) and
# ``statement_findings`` call them.
VIEW_TESTS = [
    "find_support", "attribution_findings", "speaker_findings", "entity_findings",
    "role_findings", "apposition_findings", "swap_findings", "binding_findings",
    "subject_findings", "date_words", "numbers", "number_findings", "number_slot_findings",
    "date_findings", "statement_findings", "with_late_findings", "converse_check",
    "novel_word_findings", "unstated_predicate_findings",
]  # fmt: skip
STATEMENT_TESTS = [
    "result_findings", "negation_findings", "denied_findings", "modality_findings",
    "plan_findings", "one_of_findings", "direction_findings", "link_findings", "repeat_findings",
]  # fmt: skip
LATE_TESTS = [
    "judgement_findings", "change_findings", "place_findings", "collective_findings",
    "affiliation_findings", "unnamed_findings", "withheld_findings", "new_description_findings",
    "date_event_findings", "count_event_findings", "course_findings", "undergoer_findings",
    "denied_noun_findings", "denied_clause_findings", "dropped_subject_findings",
    "subject_denial_findings",
]  # fmt: skip
CLAIM_STEPS = ["claim_views", "check_view", "quotation_findings"]
TESTS = frozenset(VIEW_TESTS[1:] + STATEMENT_TESTS + LATE_TESTS)  # (the tests after retrieval)


_INNER = {"statement_findings": STATEMENT_TESTS, "with_late_findings": LATE_TESTS}


def _callers() -> list[Any]:
    """The modules that call the tests: ``open_mode``, and ``slot_tests`` where there is one (a
    build from before it, via --package-dir, calls them all from ``open_mode``)."""
    try:
        from summariser.checker import slot_tests
    except ImportError:
        return [open_mode]
    return [open_mode, slot_tests]


def load(half: str) -> list[tuple[str, list[str]]]:
    """(article, its claim sentences) for the articles of ``factuality.SPEED_WORDS`` words
    (every second one from the first or the second for a half)."""
    # (imported once the package is: factuality.py puts this checkout first on the path)
    from factuality import DATA, HUMAN, SPEED_WORDS

    by_doc: dict[str, list[str]] = defaultdict(list)
    for name in HUMAN:
        path = DATA / f"{name}.jsonl"
        for x in path.read_text(encoding="utf-8").splitlines() if path.is_file() else []:
            if x.strip():
                row = json.loads(x)
                by_doc[row["document"]].extend(open_mode.split_claims(row["claim"]))
    lo, hi = SPEED_WORDS
    docs = [(d, c) for d, c in by_doc.items() if lo <= len(d.split()) <= hi]
    return docs if half == "all" else docs[0::2] if half == "even" else docs[1::2]


def preparation_stages(texts: list[str], repeats: int) -> list[tuple[str, float]]:
    """Seconds a pass of each stage of ``prepare`` takes on new ``Doc``s, the stages before it
    made untimed (best of ``repeats``)."""
    stages: list[tuple[str, Callable[[Any], object]]] = [
        ("shared tokens", lambda d: d.starts),
        ("shared sentence split", lambda d: sentences_of(d, touching=False)),
        ("checker's sentences (run-ons)", sentence_tokens),
        ("checker's token fields", token_fields),
        ("prepare (token fields again)", prep.prepare),
    ]
    out = []
    for k, (name, stage) in enumerate(stages):
        best = float("inf")
        for _ in range(repeats):
            docs = [as_doc(t) for t in texts]
            for doc in docs:
                for _, before in stages[: min(k, 3)]:  # (token fields are not kept: read again)
                    before(doc)
            t0 = time.process_time()
            for doc in docs:
                stage(doc)
            best = min(best, time.process_time() - t0)
        out.append((name, best))
    return out


class Timers:
    """Timers and finding counts around the tests, installed where ``check_view`` looks them
    up (the module attributes), removed by ``restore``."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.on_copies: Counter[str] = Counter()  # (while the claim sentence is a copy)
        self.calls: Counter[str] = Counter()
        self.finds: Counter[str] = Counter()
        self.finds_on_copies: Counter[str] = Counter()
        self.copy = False  # whether the claim sentence being checked is a verbatim copy
        self._saved: list[tuple[Any, str, Any]] = []

    def install(self, module: Any, name: str) -> None:
        func = getattr(module, name)
        seconds, calls, finds, clock = self.seconds, self.calls, self.finds, time.process_time

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = clock()
            result = func(*args, **kwargs)
            spent = clock() - t0
            if name == "find_support":  # (retrieval opens each claim sentence's tests)
                view = ClaimView(text=kwargs.get("text", ""), toks=args[1], names=[])
                self.copy = aligned.verbatim(view, args[0], result)
            seconds[name] += spent
            if self.copy and name in TESTS:
                self.on_copies[name] += spent
            calls[name] += 1
            first = result[0] if isinstance(result, tuple) else result
            if isinstance(first, list) and first:
                finds[name] += 1
                self.finds_on_copies[name] += self.copy and name in TESTS
            return result

        self._saved.append((module, name, func))
        setattr(module, name, timed)

    def restore(self) -> None:
        for module, name, func in reversed(self._saved):
            setattr(module, name, func)
        self._saved.clear()


def one_pass(docs: list[tuple[str, list[str]]], timers: Timers | None = None) -> float:
    """CPU seconds of preparing each article anew and checking its claims."""
    prep._CACHE.clear()
    t0 = time.process_time()
    for doc, claims in docs:
        if timers is None:
            prep.prepared(doc)
        else:
            t1 = time.process_time()
            prep.prepared(doc)
            timers.seconds["(preparation)"] += time.process_time() - t1
            timers.calls["(preparation)"] += 1
        open_mode.check_claims(doc, claims)
    return time.process_time() - t0


def first_use(docs: list[tuple[str, list[str]]]) -> tuple[float, float]:
    """CPU seconds of checking the claims of each article right after preparing it (as a pass
    does), and of checking them again on the same articles, whose structures read on first use
    (a sentence's tokens, the index's postings, the readings kept on the article) are then
    built. The difference is what an article's first claims pay for them, less what the second
    checks lose to a processor cache that no longer holds the article: a lower bound."""
    arts = []
    new = 0.0
    for doc, claims in docs:
        art = prep.prepare(doc)
        t0 = time.process_time()
        for claim in claims:
            open_mode.check_prepared(art, claim)
        new += time.process_time() - t0
        arts.append((art, claims))
    t0 = time.process_time()
    for art, claims in arts:
        for claim in claims:
            open_mode.check_prepared(art, claim)
    return new, time.process_time() - t0


def copies(docs: list[tuple[str, list[str]]]) -> tuple[int, int, int]:
    """Claim sentences that are verbatim copies of a supporting sentence (``aligned.verbatim``),
    claim sentences in all, and claims that repeat one of their article's earlier claims."""
    copied = total = 0
    for doc, claims in docs:
        art = prep.prepared(doc)
        for claim in claims:
            for view in open_mode.claim_views(claim, art):
                if view.toks:
                    sup = open_mode.find_support(art, view.toks, names=view.names, text=view.text)
                    copied += aligned.verbatim(view, art, sup)
                    total += 1
    repeated = sum(len(c) - len(set(c)) for _, c in docs)
    return copied, total, repeated


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="timed passes (default 3)")
    parser.add_argument("--half", choices=("all", "even", "odd"), default="all")
    parser.add_argument("--package-dir", help="import the package from this folder")
    args = parser.parse_args()
    docs = load(args.half)
    if not docs:
        print("skipped: ../shared/data/factuality not found")
        return 0
    n = sum(len(c) for _, c in docs)
    print(f"{len(docs)} articles, {n} claims (the package: {open_mode.__file__})")
    gc.disable()
    try:
        one_pass(docs)  # (warm-up: the word memos, the date engine's patterns)
        stages = preparation_stages([d for d, _ in docs], args.repeats)
        timers = Timers()
        for name in [*CLAIM_STEPS, *VIEW_TESTS]:
            for module in _callers():  # (wherever a test is called from)
                if hasattr(module, name):
                    timers.install(module, name)
        for name in STATEMENT_TESTS:
            timers.install(statements, name)
        for name in LATE_TESTS:
            timers.install(late_tests, name)
        try:
            for _ in range(args.repeats):
                one_pass(docs, timers)
        finally:
            timers.restore()
        reads = [first_use(docs) for _ in range(args.repeats)]
        passes = {"on": [], "off": []}
        for k in range(2 * args.repeats):
            on = k % 2 == 0
            if on:
                gc.enable()
            passes["on" if on else "off"].append(one_pass(docs))
            gc.disable()
    finally:
        gc.enable()
    whole, bare = min(passes["on"]), min(passes["off"])
    print(
        f"a pass (best of {args.repeats}): {whole * 1e3:.0f} ms with the collector "
        f"({n / whole:,.0f} claims/s), {bare * 1e3:.0f} ms without: the collector "
        f"{100 * (1 - bare / whole):.1f}%"
    )
    new, again = min(r[0] for r in reads), min(r[1] for r in reads)
    print(
        f"the checks alone, collector off (best of {args.repeats}): {new * 1e3:.0f} ms on newly "
        f"prepared articles, {again * 1e3:.0f} ms on the same again: what is read on first use, "
        f"at least {(new - again) * 1e3:.0f} ms ({100 * (new - again) / bare:.1f}% of a pass)"
    )
    steps = ["(preparation)", *CLAIM_STEPS]
    total = sum(timers.seconds[s] for s in steps) / args.repeats
    print(f"the timed pass, collector off (mean of {args.repeats}): {total * 1e3:.0f} ms")
    print("  preparation, its stages alone (best of each):")
    for name, secs in stages:
        print(f"    {name:<30} {secs * 1e3:7.1f} ms")
    rows = ["(preparation)", "claim_views", "quotation_findings", "check_view"]
    for name in VIEW_TESTS:
        rows += [name, *_INNER.get(name, [])]
    for name in rows:
        secs = timers.seconds[name] / args.repeats
        depth = 3 if name in STATEMENT_TESTS + LATE_TESTS else 2 if name in VIEW_TESTS else 1
        calls, finds = timers.calls[name] // args.repeats, timers.finds[name] // args.repeats
        # (with_late_findings returns the findings it was given as well: no count of its own)
        tells = name.endswith("_findings") and name != "with_late_findings"
        found = f"  finds {finds}" if tells else ""
        copies_in = timers.on_copies[name] / args.repeats
        copy_finds = timers.finds_on_copies[name] // args.repeats
        on_copies = f"  on copies {copies_in * 1e3:.1f} ms" if name in TESTS else ""
        on_copies += f", finds {copy_finds}" if name in TESTS and found else ""
        print(
            f"{' ' * 2 * depth}{name:<{34 - 2 * depth}} {secs * 1e3:7.1f} ms "
            f"{100 * secs / total:5.1f}%  calls {calls}{found}{on_copies}"
        )
    copied, views, repeated = copies(docs)
    inner = STATEMENT_TESTS + LATE_TESTS  # (counted in the steps that call them)
    spent = sum(timers.on_copies[t] for t in TESTS if t not in inner) / args.repeats
    print(f"claim sentences copied verbatim from a supporting sentence: {copied} of {views}")
    print(
        f"  the tests after retrieval, on them: {spent * 1e3:.1f} ms "
        f"({100 * spent / total:.1f}% of the pass)"
    )
    print(f"claims repeating an earlier claim of their article: {repeated} of {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
