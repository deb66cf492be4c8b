"""A speaker the evidence gives by a pronoun: "She said she was not planning to retire and
expected to make a full recovery", after "Lindqvist was taken ill ... '"I am heartbroken," she
wrote. "I have never cancelled a show in my career."'

The name is in the article but not in or beside the supporting sentence, whose speaker is "she":
the claim "Lindqvist said she expected to recover fully" says what the sentence says when the
sentences before the pronoun give Lindqvist as what it may stand for (pronoun_chains). A name
the sentences before it do not give, or give only as a possessor or a preposition's object
outside the last two sentences, is still a speaker the evidence does not give; so is a name
some other pronoun of the sentence may stand for ("Mr Peters said his client ...").
"""

from __future__ import annotations

from .lexicon import REPORTING_VERBS
from .prepare import PreparedArticle
from .pronoun_chains import FORMS, names_antecedent

BACK = 2  # sentences right before the pronoun's where any mention of the name counts


def said_by_pronoun(art: PreparedArticle, sids: tuple[int, ...], name: frozenset[str]) -> bool:
    """Whether a sentence of ``sids`` has a gendered pronoun as the speaker of a reporting verb
    ("she said", "said he") that may stand for the name whose content stems are ``name``."""
    for sid in sids:
        toks = art.sentences[sid].toks
        for k, t in enumerate(toks):
            if t.norm not in FORMS:
                continue
            after = k + 1 < len(toks) and toks[k + 1].norm in REPORTING_VERBS
            before = k > 0 and toks[k - 1].norm in REPORTING_VERBS
            if (after or before) and names_antecedent(art, sid, t.norm, name, back=BACK):
                return True
    return False
