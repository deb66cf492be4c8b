"""A headline's names: its capitals prove nothing (every word of a title-case headline has
one, and a shouted one is all capitals), so a headline keeps only the names its body uses,
a person's by their surname too ("MONTGOMERIE LEADS" for the body's "Colin Montgomerie"), a
body's by its initials ("NBA RESULTS" for the body's "National Basketball Association"),
and, in a shouted headline, the names the gazetteers know ("RUSSIA SAYS", "TALKS IN GENEVA")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..text.english import is_english
from .cluster import Cluster
from .cues import FINITE_VERBS
from .lexicon import SPEECH_VERBS
from .names import initials_of, trade_name
from .phrases import CAPITAL_KEYS, COUNTRY_KEYS, PHRASES, norm
from .places import PLACES
from .segment import RawMention

# No name is longer ("Munich Documentation Center for the History of National Socialism", the
# longest in the dev texts, has nine words); a longer capitalised run is a shouted sentence or a
# table. Bounds the work per word of a headline.
MAX_NAME_WORDS = 12

Forms = dict[tuple[str, ...], tuple[str, str]]
# The longest country or place name looked up in a headline ("Bosnia and Herzegovina").
_KNOWN_WORDS = 3

# The verbs of a headline's clause ("Says", "Will"); a name has none.
_VERBS = FINITE_VERBS | SPEECH_VERBS


def headline_clause(words: tuple[str, ...]) -> bool:
    """Whether a title-case headline's run holds a verb before its last word ("Obama Says
    African-American Museum"): every word is capitalised there, so the run is a clause, and
    only the body's names in it are names."""
    return any(w.lower() in _VERBS for w in words[:-1])


class BodyForms:
    """The forms the body uses, by their words, with the key of the cluster each names, and
    their word counts by first word. Headline parts add no body mention and no cluster, so
    one table serves every headline mention."""

    def __init__(self, clusters: dict[tuple[str, str], Cluster], *, shouted: bool) -> None:
        forms: Forms = {}
        for key, cluster in clusters.items():
            for x in cluster.mentions:
                if not x.headline:
                    form = tuple(x.text.split())
                    forms.setdefault(form, key)
                    # ("BRITISH AIRWAYS" for "British Airways Plc": a headline drops the
                    # legal form.)
                    short = trade_name(form) if key[0] == "org" else None
                    if short is not None:
                        forms.setdefault(short, key)
                    # ("NBA" for "National Basketball Association", "CBOT" for "Chicago
                    # Board of Trade": a headline shouts a body by its initials; not initials
                    # that spell a word, "THE", which the headline may mean.)
                    if key[0] in ("org", "name") and cluster.kind != "person" and len(form) > 2:
                        for letters in initials_of(form):
                            if not is_english(letters.lower()):
                                forms.setdefault((letters,), key)
        # A headline names a person by the surname ("Montgomerie Leads By Two"), unless two
        # people of the body share it, or it is a word of English or a known name (the
        # headline may mean the word, and a name may be no person's: "Major League
        # Baseball", "General Teaching Council Scotland" read with a title).
        surnames: dict[str, list[tuple[str, str]]] = {}
        for key, cluster in clusters.items():
            if (
                key[0] == "person"
                and cluster.surname
                and cluster.full_starts
                and not is_english(cluster.surname.lower())
                and norm(cluster.surname) not in PHRASES
            ):
                surnames.setdefault(cluster.surname, []).append(key)
        for surname, keys in surnames.items():
            if len(keys) == 1:
                forms.setdefault((surname,), keys[0])
        # An ALL-CAPS headline shouts the body's names: "LAZIO HAVE INJURY DOUBTS" names
        # the body's "Lazio". (Only a shouted headline word can match a shouted form.)
        if shouted:
            for form, key in list(forms.items()):
                forms.setdefault(tuple(w.upper() for w in form), key)
        # The word counts of the forms by their first word, longest first: the only sizes
        # worth looking up at a headline word (trying every size is cubic in a long run).
        # A longer form is no name (see ``MAX_NAME_WORDS``) and is not looked up.
        sizes: dict[str, list[int]] = {}
        for form in forms:
            if len(form) <= MAX_NAME_WORDS:
                sizes.setdefault(form[0], []).append(len(form))
        for word, counts in sizes.items():
            sizes[word] = sorted(set(counts), reverse=True)
        self.forms = forms
        self.sizes = sizes

    def parts(
        self, text: str, mentions: Iterable[RawMention]
    ) -> Iterator[tuple[RawMention, tuple[str, str]]]:
        """The parts of headline ``mentions`` that are body forms (longest first at each
        word), each with the key of the cluster it names."""
        for m in mentions:
            words = m.text.split()
            offsets = [w.start() for w in re.finditer(r"\S+", m.text)]
            i = 0
            while i < len(words):
                for size in self.sizes.get(words[i], ()):
                    if size > len(words) - i:
                        continue
                    found = self.forms.get(tuple(words[i : i + size]))
                    if found is not None:
                        start = m.start + offsets[i]
                        end = m.start + offsets[i + size - 1] + len(words[i + size - 1])
                        part = m._replace(start=start, end=end, text=text[start:end])
                        yield (
                            part._replace(words=tuple(words[i : i + size]), title_form=None),
                            found,
                        )
                        i += size
                        break
                else:
                    # (Only in capitals: a title-case run may be one longer name, or a
                    # sentence glued to the last one, "hearing.A GTC Scotland hearing".)
                    known = _known(words, i) if words[i].isupper() else None
                    if known is None:
                        i += 1
                        continue
                    size, key = known
                    start = m.start + offsets[i]
                    end = m.start + offsets[i + size - 1] + len(words[i + size - 1])
                    part = m._replace(start=start, end=end, text=text[start:end])
                    yield part._replace(words=tuple(words[i : i + size]), title_form=None), key
                    i += size


def _known(words: list[str], i: int) -> tuple[int, tuple[str, str]] | None:
    """The size and cluster key of a country or a well-known place that the words from ``i``
    name in a headline ("RUSSIA", "NEW YORK"), longest first: a gazetteer's name needs no
    capital to prove it. A capital that opens a clause stands for its government
    ("MOSCOW SAYS"); elsewhere it is the city."""
    for size in range(min(_KNOWN_WORDS, len(words) - i), 0, -1):
        name = norm(" ".join(w if w.istitle() else w.title() for w in words[i : i + size]))
        kind = PHRASES.get(name)
        if kind == "country":
            return size, ("country", COUNTRY_KEYS[name])
        if kind == "capital":
            after = words[i + size].lower() if i + size < len(words) else ""
            if after in _VERBS:
                return size, ("country", CAPITAL_KEYS[name])
            return size, ("place", name)
        if kind == "region" or name in PLACES:
            return size, ("place", name)
    return None
