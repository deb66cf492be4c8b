"""A participle clause hung on another sentence's fact: "No serious injuries were reported in the
crashes on U.S. Highway 36, causing a 39-vehicle pileup" where the article has "A spring snowstorm
and icy roads caught Colorado drivers by surprise Friday, causing a 39-vehicle pileup".

A participle after a comma takes the subject of the clause before it: the one that did the
"causing" is what the main clause speaks of. A summariser that joins two sentences keeps the
participle clause word for word and puts another sentence's main clause before it, so the claim
says the crashes caused the pileup, which the article says of the storm. The participle and the
words after it are found in an article sentence; when no such sentence holds at least LINK_SHARE
of the main clause's article words before its participle, the claim has given the participle's
deed to a subject the article does not give it to.
"""

from __future__ import annotations

from ..report import FlagCode
from .flags import P_CONTRADICTION, ClaimView, Finding
from .links import LINK_SHARE
from .prepare import PreparedArticle

FOLLOW = 2  # words after the participle that must follow it in the article too
MIN_MAIN = 3  # article words the main clause needs for its subject to be read


def participle_findings(view: ClaimView, art: PreparedArticle) -> list[Finding]:
    """A doubt that leaves the claim unverified when its ", -ing" clause follows, in every
    article sentence holding it, a main clause other than the claim's."""
    toks, text = view.toks, view.text
    out: list[Finding] = []
    for k in range(2, len(toks) - FOLLOW):
        t = toks[k]
        if not (t.content and t.norm.endswith("ing") and len(t.norm) > 5):
            continue
        if "," not in text[toks[k - 1].end : t.start]:
            continue
        main = {x.stem for x in toks[:k] if x.content} & art.stems
        if len(main) < MIN_MAIN:
            continue
        after = [x.norm for x in toks[k : k + 1 + FOLLOW]]
        found = linked = False
        for sid in sorted(art.index.get(t.stem, ())):
            ev = art.sentences[sid].toks
            for p in range(len(ev) - FOLLOW):
                if [x.norm for x in ev[p : p + 1 + FOLLOW]] != after:
                    continue
                found = True
                before = {x.stem for x in ev[:p] if x.content}
                linked = linked or len(main & before) >= LINK_SHARE * len(main)
        if found and not linked:
            end = text.find(" ", toks[k + FOLLOW].end)  # (to the end of the word: "39-vehicle")
            words = text[t.start : end if end >= 0 else len(text)]
            msg = (
                f"The article says {words!r} of another clause than the one the claim puts "
                "before it."
            )
            out.append(Finding(FlagCode.LOW_SUPPORT, msg, t.start, t.end, P_CONTRADICTION))
    return out
