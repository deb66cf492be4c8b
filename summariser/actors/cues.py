"""Closed-class words of news that cue a name's kind from the clause around it: the verb
that follows it, the word that opens its clause, what is owned in it, the kind of body named
after it, a scorecard's marks. (Kept apart from ``lexicon``: the cues of wire copy.)"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Auxiliaries, modals, reporting verbs and the irregular past forms of news: right after a
# sentence's first word they make it the subject of a clause ("Lazio have", "Ortiz will",
# "Feyenoord beat"), where "Haha funny" or "Bizzare lawsuit:" are no clause. (So does a past
# form in -ed: "Ajax signed".)
FINITE_VERBS = _words(
    """
    is are was were has have had will would can could should may might must shall does did
    said says told added
    beat won lost drew paid made took gave got sold bought led held met left came went ran
    hit set put cut rose fell sent spent kept brought thought found began became broke chose
    drove fought flew grew knew saw shot stood struck threw wrote
    """
)

# Plural verbs right after a name: British English gives a team, a firm or a band plural
# agreement ("Lazio have injury doubts", "Newmont are"); one person never takes it.
PLURAL_VERBS = _words("have are were")

# Words that may stand right before such a name: it must open its clause, as a subject does
# ("Coach Zoff said Lazio were ready"); after any other word the verb may agree with a noun
# before it ("Police in Maryland have", "states served by the Colorado River are"), or with
# none ("does Smith have", "if Smith were", "Smith and Jones are").
CLAUSE_OPENERS = _words(
    """
    that but because as when while since although though after before so said says
    """
)

# Nouns before "in" that make the name after it a company, not a place: what is owned in it
# ("shares in Daimler-Benz", "a stake in Acme").
OWNERSHIP_NOUNS = _words("shares stake stakes holding holdings interest investment investments")

# Nouns of kinds of body that, right after a name no gazetteer knows as a place, make it a
# body of that kind: "the Guardian newspaper", "Interfax news agency", "the Acme company".
# (After a place they say where the body is: "a Texas company", "the Catalonia club".)
BODY_NOUNS_AFTER = _words(
    """
    newspaper daily weekly magazine tabloid news agency company firm publisher airline
    carmaker automaker retailer conglomerate party radio television broadcaster coalition
    alliance
    """
)

# A cricket scorecard's marks before a player: caught by, bowled by, stumped by ("M. Atherton
# c Campbell b Streak 13"); lowercase and alone, they stand before a name nowhere else.
SCORECARD_MARKS = _words("c b st lbw")

# The nouns of nationality that are not the country's adjective ("a Briton", "two Swedes"): a
# people's member, neither a person named nor a body, so no type but "other" fits (CoNLL's
# MISC). (Not "Dane", "Finn", "Scot": given names too; not "Scots", "Turks": "Scots Guards",
# "Young Turks". The adjectives and their plurals, "Germans", are known phrases.)
DEMONYM_NOUNS = _words(
    """
    Briton Britons Brit Brits Spaniard Spaniards Swede Swedes Danes Finns Poles Czechs Serb
    Serbs Croat Croats Englishman Englishmen Frenchman Frenchmen Irishman Irishmen Welshman
    Welshmen Dutchman Dutchmen
    """
)
# Words of where a party stands, between "the" and its plural name ("the ruling Free
# Democrats").
PARTY_STANDING = _words(
    """
    opposition ruling governing coalition main rival junior nationalist communist
    conservative liberal socialist separatist far-right far-left right-wing left-wing
    centre-right centre-left center-right center-left
    """
)
