"""The subject of a copied predicate: who the article says does what the claim copies.

"McCoy trains Shutthefrontdoor for his principal patron J P McManus" copies "He trains
Shutthefrontdoor for his principal patron J P McManus, who ... retains AP McCoy": every word is
in the evidence, but its subject is "He", and the sentences before it speak of O'Neill. A name
opening a claim's clause has no words before it for the swap test (swaps.py) to anchor on; here
its verb anchors it instead (any form of it: "urged" for "urges", "said" for "says"), and the
evidence's own clause opening (after a conjunction, a relative or a comma) before the same verb
in the active voice is the rival subject.

- A name there (every content word a name word): the claim has swapped the two
  (``ENTITY_SWAPPED``, a contradiction).
- A pronoun there: its antecedent comes before it, so a name that the sentences just before it
  do not give is unverified (``ENTITY_MISSING``). An indefinite description ("a bank flagged
  the spending") brings in someone the article does not name: unverified too.
- A description ("The Dutchman", "the Premier League champions") or the name itself: not
  tested; naming who a description means is what a journalist's rewording does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain

from ..actors.lexicon import ENTITY_NOUNS, PERSON_NOUNS
from ..report import FlagCode
from ..text.english import english_words
from .described_openings import described_opening
from .features import NUM, Tok, verb_key
from .flags import P_CONTRADICTION, ClaimView, Finding
from .given_names import other_person
from .lexicon import AUXILIARIES, REPORTING_VERBS
from .passive_agents import agent_names
from .prepare import PreparedArticle
from .pronoun_chains import names_antecedent
from .relative_clauses import in_other_clause
from .slot_edges import past_aside
from .support import Support
from .swaps import same_name
from .values import TITLE_WORDS, other_heads
from .verb_forms import is_passive, numbers_after, opens_clause, verb_like
from .verb_subjects import OF_PLACE, PRONOUNS, subjects_of

logger = logging.getLogger(__name__)

_INDEFINITE = frozenset({"a", "an"})
_SPLITS = OF_PLACE | {"and", "or"}
_CLASS_NOUNS = PERSON_NOUNS | ENTITY_NOUNS
BACK = 2  # sentences before a pronoun's where its antecedent is looked for


def head_name(ev: tuple[Tok, ...], a: int, b: int, art: PreparedArticle) -> int:
    """Where the name heading the subject ev[a:b] starts, after one noun saying what it is
    ("Rival General Electric", "Striker Diego Costa"); ``a`` itself unless the subject is that."""
    if b - a >= 2 and ev[a].norm in _CLASS_NOUNS and not art.is_name(ev[a]):
        rest = [t for t in ev[a + 1 : b] if t.norm not in AUXILIARIES]
        if rest and all(t.content and art.is_name(t) for t in rest):
            return a + 1
    return a


def all_named(ev: tuple[Tok, ...], content: Sequence[Tok], art: PreparedArticle) -> bool:
    """Whether the words are a name: each a name word of the article, but for the sentence's
    first word, capitalised anyway, which need only be no word of English ("Ondrej Mach, a
    deputy, voted", not "Officials at the BPCA warned") when another word of them is a name."""
    if not content:
        return False
    rest = [t for t in content if t is not ev[0]]
    first = len(rest) < len(content)
    if first and not art.is_name(ev[0]) and (not rest or ev[0].norm in english_words()):
        return False
    # (a capitalised word between two name words is the name's too: "British Heart Foundation")
    inner = {id(t) for t in content[1:-1] if t.cap}
    return all(art.is_name(t) or id(t) in inner for t in rest)


def _written_with(art: PreparedArticle, first: Tok, second: Tok) -> bool:
    """Whether the article writes the two words together, the first with a capital."""
    for sid in sorted(art.index.get(second.stem, ())):
        ev = art.sentences[sid].toks
        if any(
            ev[k].cap and ev[k].stem == first.stem and ev[k + 1].stem == second.stem
            for k in range(len(ev) - 1)
        ):
            return True
    return False


def _plural(t: Tok) -> bool:
    return t.norm.endswith("s") and not t.norm.endswith(("ss", "us", "is"))


def _gapped(ev: tuple[Tok, ...], mine: frozenset[str]) -> bool:
    """Whether the name is the subject of a clause that shares the sentence's verb: "Button
    will start 17th and Alonso 18th" (after "and"/"or"/"but", with no verb of its own)."""
    for k in range(1, len(ev)):
        if ev[k].stem in mine and ev[k - 1].norm in _COORDINATORS:
            m = k
            while m < len(ev) and ev[m].stem in mine:
                m += 1
            if m < len(ev) and not verb_like(ev, m) and ev[m].norm not in AUXILIARIES:
                return True
    return False


_COORDINATORS = frozenset({"and", "or", "but", "while"})


def same_person(mine: frozenset[str], name: Sequence[Tok], ev: tuple[Tok, ...]) -> bool:
    """Whether ``ev`` is the claim's name (stems ``mine``, tokens ``name``) in some form, and
    not another person of its family ("Jordan Hale" for "Ryan Hale") nor another name that
    shares a word ("Manchester United" for "Manchester City")."""
    cut = next((k for k, t in enumerate(ev) if k and t.norm in _SPLITS), None)
    if cut is not None:
        # ("Rachel Obi of Kestrel Research": either name may be written alone; "Eva Stastna and
        # Martin Holy voted": each did)
        return same_person(mine, name, ev[:cut]) or same_person(mine, name, ev[cut + 1 :])
    named = [t for t in ev if t.content]
    initials = "".join(t.norm[0] for t in name if t.content)
    if len(initials) > 1 and [t.norm for t in named] == [initials]:
        return True  # (the claim's name spelt out where the evidence has its acronym, "The BPCA")
    return same_name(mine, ev) and not other_person(name, ev) and not other_heads(name, named)


def _said_of(
    art: PreparedArticle,
    mine: frozenset[str],
    verb: Tok,
    name: Sequence[Tok] = (),
    counts: frozenset[str] = frozenset(),
) -> bool:
    """Whether some sentence of the article gives the verb the claim's name as its subject
    (found through the sentences holding a form of it), with the numbers ``counts`` the claim
    gives it: "GE cut 1,500 jobs" says nothing of who cut 2,700."""
    key = verb_key(verb)
    for sid in sorted({*art.index.get(verb.stem, ()), *art.index.get(key, ())}):
        ev = art.sentences[sid].toks
        if not counts <= art.sentences[sid].stems:
            continue
        if any(same_person(mine, name, ev[a:b]) for a, b in subjects_of(ev, key, art.text)):
            return True
    return False


def homes(art: PreparedArticle, verb: Tok, words: set[str], sup: Support) -> Iterator[int]:
    """The other sentences of the article that say the claim's whole predicate (its verb and
    every other content word): where a stitched support ("X, whose party had tried to block
    the vote, said ..." for "X voted against the bill") leaves out who it is told of."""
    key = verb_key(verb)
    for sid in sorted({*art.index.get(verb.stem, ()), *art.index.get(key, ())}):
        if sid not in sup.sids and words <= art.sentences[sid].stems:
            yield sid


Reader = Callable[[tuple[Tok, ...], str, str], list[tuple[int, int]]]


def first_reading(
    art: PreparedArticle, sids: Iterable[int], read: Reader, key: str, reported: set[str]
) -> tuple[int, list[tuple[int, int]]] | None:
    """The first sentence of ``sids`` in which ``read`` finds what fills a slot of the verb
    ``key`` (not in a clause of its own that most of the claim's words ``reported`` precede),
    with what it finds; None when none does."""
    for sid in sids:
        ev = art.sentences[sid].toks
        found = [(a, b) for a, b in read(ev, key, art.text) if not in_other_clause(ev, a, reported)]
        if found:
            return sid, found
    return None


def opening_names(
    view: ClaimView, art: PreparedArticle, skip: set[int]
) -> list[tuple[int, int, int]]:
    """The names [i, j) opening a clause of the claim sentence, each with the verb ``v`` of
    which it is the subject (after its auxiliaries), none at a token in ``skip``."""
    toks = view.toks
    out: list[tuple[int, int, int]] = []
    names = view.names
    # A capitalised word opening the sentence alone is a name when the article always writes it
    # with a capital ("McCoy trains ..."): the sentence's capital leaves it open, the article not.
    if view.opening and toks[0].cap:
        names = [(0, 1), *names]
    for i, j in names:
        if i == 1 and toks[0].cap and _written_with(art, toks[0], toks[1]):
            i = 0  # the claim's first word is the name's, as in the article: "West Yorkshire"
        while j < len(toks) and view.text[toks[j - 1].end : toks[j].start] == "-":
            j += 1  # (a hyphened part in lower case: "Son Heung-min")
        # (after a title that opens the clause: "Judge Reyes asked", "Senator Hart said")
        t = i
        while t > 0 and toks[t - 1].cap and toks[t - 1].norm.rstrip(".") in TITLE_WORDS:
            t -= 1
        # (a name of two words or more after "The": "The European Central Bank held"; one word
        # there is a description as often, "the Briton", "the German")
        t -= t > 0 and toks[t - 1].norm == "the" and j - i > 1
        opens = t == 0 or opens_clause(toks[t - 1]) or described_opening(toks, t, view.text)
        if not opens or any(k in skip for k in range(i, j)):
            continue
        v = past_aside(toks, j, view.text)
        while v < len(toks) and toks[v].norm in AUXILIARIES:
            v += 1
        if v < len(toks) and verb_like(toks, v):
            out.append((i, j, v))
    return out


def subject_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, skip: set[int]
) -> list[Finding]:
    """Names opening a claim sentence whose copied predicate a supporting sentence gives another
    subject."""
    toks = view.toks
    out: list[Finding] = []
    # (a passive's agent, "funded by X", is the subject of the verb in the active voice)
    agents = [n for n in agent_names(toks, view.names, view.text) if n[0] not in skip]
    for i, j, v in [*opening_names(view, art, skip), *agents]:
        if is_passive(toks, v) and (i, j, v) not in agents:
            continue  # (its subject is what the verb acts on: patients.py)
        verb = toks[v]
        key = verb_key(verb)
        mine = frozenset(t.stem for t in toks[i:j] if t.content)
        reported = {t.stem for t in toks if t.content} - mine
        counts = frozenset(t.stem for t in toks[v + 1 :] if t.kind == NUM)
        # (the supporting sentence that says most of the predicate first: its subject is the
        # one that counts, not a speaker's of other words beside it)
        order = sorted(sup.sids, key=lambda sid: -len(reported & art.sentences[sid].stems))
        hit = first_reading(
            art, chain(order, homes(art, verb, reported, sup)), subjects_of, key, reported
        )
        if hit is None:
            continue
        sid, found = hit
        ev = art.sentences[sid].toks
        if any(same_person(mine, toks[i:j], ev[a:b]) for a, b in found) or _gapped(ev, mine):
            continue
        a, b = found[0]
        a = head_name(ev, a, b, art)
        rival = ev[a:b]
        content = [t for t in rival if t.content]
        named = all_named(ev, content, art)
        if named and not numbers_after(toks, v, view.text) <= art.sentences[sid].stems:
            # (a sentence without the numbers the claim gives the verb may tell of another deed:
            # who won gold in Hong Kong is no rival of who won the 2016 gold)
            continue
        core = [t for t in rival if t.norm not in AUXILIARIES]  # ("it would")
        unnamed_pronoun = (
            len(core) == 1
            and core[0].norm in PRONOUNS
            and not any(t.stem in mine for t in ev[:a])
            and not names_antecedent(art, sid, core[0].norm, mine, back=BACK)
        )
        # "a bank", "an official": an indefinite description brings in someone unnamed (not
        # a group, which may be the claim's names: "a host of stars, including ..."; nor the
        # words of someone unnamed, which unnamed_speakers.py judges)
        indefinite = (
            rival[0].norm in _INDEFINITE
            and bool(content)
            and not _plural(content[-1])
            and verb.norm not in REPORTING_VERBS
        )
        if not (named or unnamed_pronoun or indefinite) or _said_of(
            art, mine, verb, toks[i:j], counts
        ):
            continue  # a description, or the article says it of the claim's name elsewhere
        start, end = toks[i].start, toks[j - 1].end
        name = view.text[start:end]
        last = max(
            (t for t in rival if t.content), key=lambda t: t.end, default=(core or rival)[-1]
        )
        words = art.text[rival[0].start : last.end]
        if named:
            said = verb.norm in REPORTING_VERBS
            code = FlagCode.SPEAKER_SWAPPED if said else FlagCode.ENTITY_SWAPPED
            role = "agent" if (i, j, v) in agents else "subject"
            msg = f"The claim makes {name!r} the {role} where the evidence has {words!r}."
            if sid not in sup.sids:  # (a sentence of its own: quoted, since not shown)
                sentence = art.text[art.sentences[sid].start : art.sentences[sid].end]
                msg = f"{msg[:-1].replace('evidence', 'article')}: {sentence!r}"
            out.append(Finding(code, msg[:400], start, end, P_CONTRADICTION, True))
        else:
            why = (
                "it does not say who"
                if indefinite
                else f"the sentences before it do not name {name!r}"
            )
            msg = f"The evidence has {words!r} where the claim has {name!r}, and {why}."
            out.append(Finding(FlagCode.ENTITY_MISSING, msg, start, end, P_CONTRADICTION))
    return out
