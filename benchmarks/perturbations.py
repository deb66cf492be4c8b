"""Controlled errors made afresh from articles the checker was never tuned on.

perturbed_dev.jsonl is made from the checker's own dev articles (FRANK CNN/DM, Polytope), and
its figures fell on held-out data. This script makes the same kinds of error, FactCC-style, from
other news in ../shared: the TempEval AQUAINT articles (1998 wire news) and the PolNeAR articles
(2016 political news), which the checker's rules were never read against. The generator is
deliberately independent of the package (its own sentence split and capitalised runs), so that
a blind spot of the checker's article reading is not built into the test.

Each article sentence of 8-45 words (quotes closed, no line breaks) gives at most one claim of
each kind, chosen with a fixed seed:
- copy (true): the sentence verbatim; trim (true): its opening clause up to a comma dropped;
- entity_swap: a capitalised run (not the sentence's first word) replaced by another of the
  same length from another sentence of the article, sharing no word with it; trim+swap: the
  same swap in the trimmed sentence;
- speaker_swap: the name before or after "said"/"says" replaced by another speaker of the
  article (a name before "said" or "says" elsewhere) of as many words;
- number: a number replaced by another number of the article, or a new one;
- date: a weekday or month replaced by another, a year moved by one to three;
- negation: "not" put after the first auxiliary, or taken out;
- relative (true): "X, who V ..." stated as "X V ..." (the relative clause up to its comma);
  relative_swap: the same with another name of the article as its subject;
- apposition (true): "X, a former minister, ..." stated as "X is a former minister.";
  apposition_swap: the same said of another name of the article;
- quote (true): "'We will win,' said X" (or "X said") reported as "X said that we will win.",
  the quote's first 12 words; quote_swap: the same said by another speaker of the article.
  (These six are drawn with a generator of their own, so that the other kinds' claims are
  those of earlier runs.)
- age (true): "X, 58, ..." stated as "X is 58."; age_swap: the same of another name the article
  gives another age;
- quotation (true): a quote's first 12 words kept in quotation marks, "X said: \"...\"";
  misquotation: the same with one of its words replaced by another word of the article.
  (A third generator of their own.)

    python benchmarks/perturbations.py [--per-article N] [--show KIND] [--lower]
                                       [--package-dir DIR]

(--lower: every claim in lower case, as research sets write summaries.)

Reports, per kind, the share flagged (kept, for copy and trim) on all / even / odd articles.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict

from package_dir import ROOT, import_from_chosen_build

import_from_chosen_build()  # this checkout without installing, or --package-dir

from summariser.checker import check_claims  # noqa: E402
from summariser.report import Verdict  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
SEED = 13

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+|'[A-Z][a-z]+)?"  # ("Holtz-Eakin", "O'Neill")
_CAP_RUN = re.compile(rf"\b{_WORD}(?: {_WORD})*(?![\w'’-])")
_NUMBER = re.compile(r"(?<![\w.,$])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,.]\d)")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
_AUX = re.compile(r"\b(is|are|was|were|has|have|had|will|would|can|could)\b(?! not\b)")
_NOT = re.compile(r"\bnot\b ?|n['’]t\b")
_SAID = re.compile(r"\b(said|says)\b")
# A relative clause after a name: "X, who led a brief mutiny against ..., died".
_WHO = re.compile(r", who ([a-z]+(?: [\w'’-]+){2,}?)(?=[,.;:]|$)")
# An apposition after a name: "Assimi Goita, a special forces commander, played ...".
_APPOSITION = re.compile(r", ((?:a|an|the) [a-z][\w'’-]*(?: [\w'’-]+){1,6}?),")
# A quote and the name that says it right after: "``We will win,'' said X" / "... X said".
_QUOTED = re.compile(
    r"^(?:``|[\"“])([^\"“”`']{20,}?)[,.]?(?:''|[\"”]),? (?:(said|says) ([A-Z][\w .'’-]+?)|"
    r"([A-Z][\w .'’-]+?) (said|says))[.,]"
)
_PREPOSITION = re.compile(r"\b(?:of|in|at|from|for|with|by|to|on)\s*$")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
MONTHS += ["September", "October", "November", "December"]
CALENDAR = set(WEEKDAYS) | set(MONTHS)
# Capitalised words that are not names wherever they stand.
NOT_NAMES = CALENDAR | {"I", "The", "A", "An", "He", "She", "It", "They", "We", "But", "And"}
# Abbreviations ("Aug. 7", "Dr. Slepian", "St. Louis") end a sentence for the splitter below but
# are no names to swap.
ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov"}
ABBREVIATIONS |= {"Dec", "Dr", "Mr", "Mrs", "Ms", "St", "Gov", "Sen", "Rep", "Jr", "Sr", "Gen"}


_TRUE_KINDS = frozenset({"copy", "trim", "relative", "apposition", "quote", "age", "quotation"})


def articles() -> list[tuple[str, str]]:
    """(id, text) of the AQUAINT and PolNeAR articles, in file order."""
    out: list[tuple[str, str]] = []
    for name in ("dates/aquaint.jsonl", "attribution/polnear_dev.jsonl"):
        path = DATA / name
        if not path.is_file():
            continue
        seen: set[str] = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["doc_id"] not in seen:
                seen.add(row["doc_id"])
                out.append((str(row["doc_id"]), str(row["text"])))
    return out


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        pieces = _SENTENCE_END.split(para.strip())
        for s in pieces:
            if re.search(r"\b[A-Z]\.$|\b(?:" + "|".join(ABBREVIATIONS) + r")\.$", s):
                continue  # (cut at an abbreviation: not a sentence)
            words = s.split()
            quotes = len(re.findall(r"[\"“”]", s))
            if 8 <= len(words) <= 45 and quotes % 2 == 0 and "\n" not in s and s[-1] in '."”':
                out.append(s)
    return out


def runs(s: str, lower: set[str]) -> list[re.Match[str]]:
    """Capitalised runs that are names: not a sentence's or a quote's first word, not a
    calendar word or an abbreviation, no word the article also writes in lower case (``lower``),
    and not a possessive ("Trump's": swapping it in would join two names)."""
    return [
        m
        for m in _CAP_RUN.finditer(s)
        if m.start() > 0
        and not re.search(r"[\"“‘'`(:.?!]\s*$", s[: m.start()])
        and not set(m.group().split()) & (NOT_NAMES | ABBREVIATIONS)
        and not {w.lower() for w in m.group().split()} & lower
        and not s.startswith("'", m.end())
        and not s.startswith("’", m.end())
    ]


def _words(s: str) -> set[str]:
    return set(re.findall(r"[\w'’-]+", s))


def _put(s: str, m: re.Match[str], new: str) -> str:
    return s[: m.start()] + new + s[m.end() :]


def make(doc: str, rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, claim, original) for the sentences of one article."""
    sents = sentences(doc)
    lower = set(re.findall(r"\b[a-z][a-z-]+\b", doc))
    all_runs = {m.group() for s in sents for m in runs(s, lower)}
    # The article's speakers: names right before "said" or "says" (people, by what they do).
    speakers = {
        m.group() for s in sents for m in runs(s, lower) if _SAID.match(s, m.end() + 1) is not None
    }
    numbers = {
        m.group() for s in sents for m in _NUMBER.finditer(s) if not _YEAR.fullmatch(m.group())
    }
    out: list[tuple[str, str, str]] = []
    for s in sents:
        out.append(("copy", s, s))
        head, sep, rest = s.partition(", ")
        if sep and len(rest.split()) >= 6 and len(head.split()) <= 8 and rest[0].isalpha():
            out.append(("trim", rest[0].upper() + rest[1:], s))
        mine = runs(s, lower)
        if mine:
            m = rng.choice(mine)
            pool = sorted(
                r
                for r in all_runs
                if len(r.split()) == len(m.group().split())
                and not set(r.split()) & _words(s)
                and r not in s
            )
            if pool:
                swapped = _put(s, m, rng.choice(pool))
                out.append(("entity_swap", swapped, s))
                if sep and m.start() > len(head) + 2 and out[-2][0] == "trim":
                    cut = swapped[len(head) + 2 :]
                    out.append(("trim+swap", cut[0].upper() + cut[1:], s))
        said = _SAID.search(s)
        if said:
            near = [m for m in mine if m.end() + 1 == said.start() or said.end() + 1 == m.start()]
            if near:
                width = len(near[0].group().split())
                people = sorted(
                    p
                    for p in speakers
                    if len(p.split()) == width and not set(p.split()) & _words(s) and p not in s
                )
                if people:
                    out.append(("speaker_swap", _put(s, near[0], rng.choice(people)), s))
        nums = [m for m in _NUMBER.finditer(s) if not _YEAR.fullmatch(m.group())]
        if nums:
            m = rng.choice(nums)
            others = sorted(n for n in numbers if n != m.group())
            value = int(m.group().replace(",", ""))
            new = rng.choice(others) if others and rng.random() < 0.5 else str(value * 2 + 3)
            out.append(("number", _put(s, m, new), s))
        dates = [m for m in re.finditer(r"\b[A-Z][a-z]+\b", s) if m.group() in CALENDAR]
        years = list(_YEAR.finditer(s))
        if dates or years:
            m = rng.choice(dates + years)
            word = m.group()
            if word in WEEKDAYS:
                new = rng.choice([w for w in WEEKDAYS if w != word])
            elif word in MONTHS:
                new = rng.choice([w for w in MONTHS if w != word])
            else:
                new = str(int(word) + rng.choice((-3, -2, -1, 1, 2, 3)))
            out.append(("date", _put(s, m, new), s))
        neg = _NOT.search(s)
        if neg:
            kept = s[: neg.start()] + s[neg.end() :]
            if neg.group().startswith("n"):  # "didn't stop" -> "did stop", "can't" -> "can"
                kept = s[: neg.start()] + s[neg.start() + 3 :]
                kept = re.sub(r"\bwo(?= )", "will", re.sub(r"\bca(?= )", "can", kept))
            out.append(("negation", kept, s))
        else:
            aux = _AUX.search(s)
            if aux:
                out.append(("negation", s[: aux.end()] + " not" + s[aux.end() :], s))
    return out


def _bound(
    s: str,
    lower: set[str],
    all_runs: set[str],
    rng: random.Random,
    after: re.Pattern[str],
    kind: str,
    claim: str,
) -> list[tuple[str, str, str]]:
    """The first name of ``s`` that ``after`` follows, stated with it (``claim`` formats the
    name and what ``after`` read) and with another name of the article of as many words."""
    for m in runs(s, lower):
        found = after.match(s, m.end())
        if found is None or _PREPOSITION.search(s[: m.start()]):
            continue  # ("the son of X, who": the clause may be the son's)
        width = len(m.group().split())
        pool = sorted(
            r for r in all_runs if len(r.split()) == width and not set(r.split()) & _words(s)
        )
        out = [(kind, claim.format(m.group(), found.group(1)), s)]
        if pool:
            out.append((f"{kind}_swap", claim.format(rng.choice(pool), found.group(1)), s))
        return out
    return []


def make_bound(doc: str, rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, claim, original): what a sentence binds to a name (a relative clause, an
    apposition, a quote) stated of that name, and of another name of the article."""
    sents = sentences(doc)
    lower = set(re.findall(r"\b[a-z][a-z-]+\b", doc))
    all_runs = {m.group() for s in sents for m in runs(s, lower)}
    speakers = {
        m.group() for s in sents for m in runs(s, lower) if _SAID.match(s, m.end() + 1) is not None
    }
    out: list[tuple[str, str, str]] = []
    for s in sents:
        out += _bound(s, lower, all_runs, rng, _WHO, "relative", "{} {}.")
        out += _bound(s, lower, all_runs, rng, _APPOSITION, "apposition", "{} is {}.")
        quoted = _QUOTED.match(s)
        if quoted:
            said = " ".join(quoted.group(1).split()[:12])
            name = (quoted.group(3) or quoted.group(4)).strip()
            width = len(name.split())
            people = sorted(
                p
                for p in speakers | all_runs
                if len(p.split()) == width and not set(p.split()) & _words(s) and p not in s
            )
            out.append(("quote", f"{name} said that {said}.", s))
            if people:
                out.append(("quote_swap", f"{rng.choice(people)} said that {said}.", s))
    return out


_AGED = re.compile(r", (\d{2}),")  # "Maria Lopez, 58, said"


def make_quoted(doc: str, rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, claim, original): a name's age stated of it, and of another name the article
    gives another age; a quotation kept in quotation marks, and with one of its words replaced
    by another word of the article."""
    sents = sentences(doc)
    lower = set(re.findall(r"\b[a-z][a-z-]+\b", doc))
    aged = [
        (m.group(), found.group(1), s)
        for s in sents
        for m in runs(s, lower)
        if (found := _AGED.match(s, m.end())) is not None
    ]
    vocabulary = sorted(w for w in lower if len(w) >= 4 and w.isalpha())
    out: list[tuple[str, str, str]] = []
    for name, age, s in aged:
        out.append(("age", f"{name} is {age}.", s))
        others = sorted(
            n for n, a, _ in aged if a != age and not set(n.split()) & set(name.split())
        )
        if others:
            out.append(("age_swap", f"{rng.choice(others)} is {age}.", s))
    for s in sents:
        quoted = _QUOTED.match(s)
        if not quoted:
            continue
        said = quoted.group(1).split()[:12]
        name = (quoted.group(3) or quoted.group(4)).strip()
        out.append(("quotation", f'{name} said: "{" ".join(said)}"', s))
        places = [k for k, w in enumerate(said) if len(w) >= 4 and w.isalpha() and w.islower()]
        words = [w for w in vocabulary if w not in _words(s)]
        if places and words:
            k = rng.choice(places)
            said[k] = rng.choice(words)
            out.append(("misquotation", f'{name} said: "{" ".join(said)}"', s))
    return out


def _sampled(
    made: list[tuple[str, str, str]], rng: random.Random, per_kind: int
) -> list[tuple[str, str, str]]:
    """At most ``per_kind`` of each kind of ``made``, drawn with ``rng``."""
    by_kind: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind, claim, original in made:
        by_kind[kind].append((claim, original))
    rows = []
    for kind, items in by_kind.items():
        rng.shuffle(items)
        rows += [(kind, c, o) for c, o in items[:per_kind]]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-article", type=int, default=3, help="claims per kind per article")
    parser.add_argument("--show", help="print the misjudged claims of this kind")
    parser.add_argument("--lower", action="store_true", help="lower-case every claim")
    parser.add_argument("--package-dir", help="import the package from this folder")
    args = parser.parse_args()
    tally: dict[str, list[list[int]]] = defaultdict(lambda: [[0, 0], [0, 0]])
    docs = articles()
    for n, (doc_id, text) in enumerate(docs):
        # Three generators, each with its own seed: a kind added to one leaves the claims of
        # the others as they were.
        rng = random.Random(f"{SEED}:{doc_id}")
        rows = _sampled(make(text, rng), rng, args.per_article)
        other = random.Random(f"{SEED}:relative:{doc_id}")
        rows += _sampled(make_bound(text, other), other, args.per_article)
        third = random.Random(f"{SEED}:quoted:{doc_id}")
        rows += _sampled(make_quoted(text, third), third, args.per_article)
        checks = check_claims(text, [c.lower() if args.lower else c for _, c, _ in rows])
        for (kind, claim, original), c in zip(rows, checks, strict=True):
            true_kind = kind in _TRUE_KINDS
            good = (c.verdict is Verdict.SUPPORTED) == true_kind
            tally[kind][n % 2][0] += good
            tally[kind][n % 2][1] += 1
            if args.show == kind and not good:
                print(f"--- {doc_id} {c.verdict.value} {c.score:.2f}")
                print(f"  claim: {claim}\n  orig:  {original}")
    print(f"{len(docs)} articles (AQUAINT, PolNeAR); flagged share (kept, for copy/trim)")
    print(f"  {'kind':<14}{'n':>5}  {'all':>6}  {'even':>6}  {'odd':>6}")
    order = ["copy", "trim", "entity_swap", "trim+swap", "speaker_swap", "number", "date"]
    order += ["negation", "relative", "relative_swap", "apposition", "apposition_swap"]
    order += ["quote", "quote_swap", "age", "age_swap", "quotation", "misquotation"]
    for kind in [k for k in order if k in tally]:
        (ge, ne), (go, no) = tally[kind]
        parts = ((ge + go, ne + no), (ge, ne), (go, no))
        cells = [f"{100 * g / n:5.1f}%" if n else "    -" for g, n in parts]
        print(f"  {kind:<14}{ne + no:>5}  {cells[0]}  {cells[1]}  {cells[2]}")


if __name__ == "__main__":
    main()
