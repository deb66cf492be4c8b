"""Closed word lists for attribution: reporting verbs and their inflections, auxiliaries, stops.

The verb classes follow the usual linguistic grouping of attribution predicates (speech acts,
stance and cognition, evidence and findings, directives and commitments, evaluation); every
inflected form is generated once at import so matching is a single dict look-up per token.
"""

from __future__ import annotations

import logging

from summariser.attribution.clause_verbs import CLAUSE_VERB_CLASSES, CLAUSE_VERB_FORMS
from summariser.attribution.verb_forms import IRREGULAR, british, regular_forms, words

logger = logging.getLogger(__name__)


# Verbs of saying and writing: the core of news attribution.
_SPEECH = """
say tell add note write report announce claim warn insist deny confirm state declare explain
argue contend assert maintain acknowledge admit concede reply respond answer ask mention remark
comment observe stress emphasize emphasise underscore recall recount describe predict promise
pledge vow threaten urge demand propose recommend advise tweet post testify allege accuse charge
complain reiterate repeat echo express convey signal hint imply caution counter retort quip joke
muse boast brag lament concede disclose reveal inform assure remind announce proclaim suggest
indicate speculate estimate forecast characterize characterise label dub call describe insist
continue tout hail praise applaud welcome criticize criticise condemn denounce slam blast attack
rebuke lambast decry dismiss reject dispute question challenge deride mock ridicule chide scold
fault blame thank apologize apologise concur disagree agree object protest plead beg implore
pressure encourage press order instruct direct command invite offer vow pledge swear guarantee
cite quote reference discuss address detail outline clarify elaborate stress highlight
recommend demand decline refuse refute rebut contradict concede confess acknowledge write
learn rule rate liken defend promote compliment downplay deride chant embrace champion affirm
reaffirm attest certify unveil lash
"""

# Verbs of cognition and stance: "analysts believe", "the campaign expects".
_STANCE = """
believe think feel know expect hope fear worry doubt wonder suspect assume consider understand
realize realise recognize recognise want wish plan intend seek decide prefer support endorse
oppose favor favour envision anticipate predict conclude figure reckon guess imagine
"""

# Verbs of evidence: "a poll found", "the data show".
_EVIDENCE = """
show find suggest indicate demonstrate prove reveal document estimate calculate project confirm
"""

# Verbs of expression, portrayal and evaluation: "Blige sings ...", "the letter reads ...",
# "he linked X to Y", "the film chronicles ...", "she bristled at ...".
_EXPRESSION = """
sing chant shout yell scream read publish chronicle portray paint depict frame compare link
love admire resist grill chastise lambast applaud commend hail bemoan bristle balk marvel
discover rail
"""

# Rarer verbs of speech, praise and censure ("Cruz exhorted", "Trump unleashed a flurry of"),
# without those that are mostly nouns or acts in news (contest, insult, request, summon).
_RARER_SPEECH = """
alert apprise articulate assail avow badger belittle berate beseech brand castigate
confide congratulate conjecture counsel demonize denigrate disparage divulge entreat equate
excoriate exhort extol foresee gripe grumble heckle holler hound hypothesize inquire
interrogate jeer laud murmur mutter narrate opine posit pronounce quiz restate retweet scoff
shame sneer surmise taunt tease theorize trumpet vilify whisper unleash
"""

# Verbs of these classes that in news mostly do something other than attribute
# ("invite guests", "prove useful", "direct traffic"): measured to cost more than they find.
_MOSTLY_NOT_REPORTING = words(
    "pressure answer invite prove direct post project order contradict demonstrate assume "
    "maintain imagine instruct consider"
)
# Levin's (1993) verbs of communication (37: say, manner of speaking, complain, advise,
# chit-chat, lecture), of judgement (33) and of denial and retraction, not in the lists above.
_COMMUNICATION_CLASSES = """
blurt relay preach dictate bellow drawl growl mumble shriek snarl stammer stutter whine
sputter rave grouse carp admonish notify spar quarrel squabble bicker lecture acclaim
censure reprimand reproach upbraid slander smear disavow repudiate retract recant aver vouch
publicize publicise gloat bewail scorn lampoon expound summarize summarise insinuate prophesy
foretell reassure dissent query ponder persuade forbid infer deduce voice
bash skewer pillory lambaste purport stipulate justify exclaim underline intone gush interject
reassert forewarn corroborate verify debunk moan deem fret recollect substantiate
"""
# Verbs whose bare and -s forms are mostly nouns ("both sides", "a federal judge", "the long
# term", "for that reason"): only their past and -ing forms are cues ("sided with", "judged
# America a paper tiger", "termed it", "reasoned that").
NOUN_FIRST: frozenset[str] = words("side term judge reason")
# Verbs of inquiry and analysis by which studies, films and fact-checkers report: "the study
# examined ...", "the report illustrates ..." (not "investigate", an act rather than a report,
# nor "analyse", whose "analyses" is mostly the plural noun).
_INQUIRY = """
illustrate interpret assess evaluate examine explore analyze identify
"""
# Verbs of attitude towards a proposition or target (Levin 31.2 admire, 32.1 want, 29.5
# conjecture): "voters resent ...", "the campaign desires ...", "few presume that ...";
# not "hate" (mostly a noun: "hate speech") nor "suppose" (mostly "is supposed to").
_ATTITUDE_CLASSES = """
despise detest loathe resent dread deplore abhor regret relish mourn desire crave presume
profess contemplate envisage fathom
"""
# Verbs of official decision, by which a court, legislature or agency takes a position:
# "the court overturned ...", "the committee approved ...".
_DECISION_CLASSES = """
approve overrule overturn uphold repeal veto enact
"""
LEMMAS: frozenset[str] = (
    words(_SPEECH + _STANCE + _EVIDENCE + _EXPRESSION + _RARER_SPEECH)
    | words(_COMMUNICATION_CLASSES + _ATTITUDE_CLASSES + _DECISION_CLASSES + _INQUIRY)
    | NOUN_FIRST
) - _MOSTLY_NOT_REPORTING

# Particles that belong to the cue when they follow its verb ("pointed out", "called for").
PARTICLES: dict[str, frozenset[str]] = {
    "point": frozenset({"out", "to"}),
    "call": frozenset({"for", "on"}),
    "lash": frozenset({"out"}),
    "push": frozenset({"back"}),
    "complain": frozenset({"about"}),
    "ask": frozenset({"about"}),
    "warn": frozenset({"of", "about", "against"}),
    "agree": frozenset({"with"}),
    "comment": frozenset({"on"}),
    "insist": frozenset({"on"}),
    "write": frozenset({"about"}),
    "describe": frozenset({"as"}),
    "liken": frozenset({"to"}),
    "refer": frozenset({"to"}),
    "rail": frozenset({"against", "at"}),
    "bristle": frozenset({"at"}),
    "balk": frozenset({"at"}),
    "marvel": frozenset({"at"}),
    "talk": frozenset({"about", "of"}),
    "speak": frozenset({"out", "of", "about", "on", "against"}),
    "advocate": frozenset({"for"}),
    "double": frozenset({"down"}),
    "weigh": frozenset({"in"}),
    # Advocacy and phrasal verbs of speech: "lobbied for", "as she put it", "summed up",
    # "spelled out", "chimed in", "appealed for" (not acts such as voting or campaigning).
    "lobby": frozenset({"for", "against"}),
    "fire": frozenset({"back"}),
    "appeal": frozenset({"for", "to"}),
    "put": frozenset({"it"}),
    "sum": frozenset({"up"}),
    "spell": frozenset({"out"}),
    "chime": frozenset({"in"}),
    "sound": frozenset({"off"}),
    "side": frozenset({"with"}),
    # A court rules for or against a party: "ruled against the state".
    "rule": frozenset({"against"}),
}
# Particle verbs whose bare verb is too ambiguous to be a cue without the particle.
# Light verbs that report only with a noun of communication as object (light.py).
LIGHT_VERBS: frozenset[str] = words(
    "raise cast issue make sound float level lodge leave draw take distance brush shrug wave "
    "laugh hit strike"
)
PARTICLE_ONLY: frozenset[str] = words(
    "point speak lash weigh push refer talk advocate double lobby appeal fire "
    "put sum spell chime sound side"
)


def _build_forms() -> dict[str, tuple[str, str]]:
    """Map every inflected form to (lemma, form) with form in base/third/past/ing."""
    forms: dict[str, tuple[str, str]] = {}
    for lemma in sorted(LEMMAS | PARTICLE_ONLY | LIGHT_VERBS):
        third, past, ing = regular_forms(lemma)
        pasts = IRREGULAR.get(lemma, (past,))
        # A past spelled like the base ("put", "read") is read as the past: news reports
        # speech in the past tense ("as she put it", "the sign read").
        for word, form in (
            *((p, "past") for p in pasts if p == lemma),
            (lemma, "base"),
            (third, "third"),
            *((p, "past") for p in pasts),
            (ing, "ing"),
            *british(lemma),
        ):
            if lemma not in NOUN_FIRST or form in {"past", "ing"}:
                forms.setdefault(word, (lemma, form))
    return forms


CUE_FORMS: dict[str, tuple[str, str]] = _build_forms()

# Verbs that report only in a set frame, kept out of CUE_FORMS (which the phrase rules read as
# "a reporting verb is here"): idioms of stance ("came out against the plan", "stopped short of
# calling"; idioms.py), "went on" as speech goes on ('"...," she went on.'), and verbs mostly
# of other senses that report with a "that"-clause ("maintained that ...", "answered that").
IDIOM_VERBS: frozenset[str] = words("come stop go throw break")
# Not "prove", "demonstrate" (the writer's facts: "the debate proved that ..."), nor "assume",
# "imagine" (mostly conditions and suppositions: "assuming that", "imagine that").
# "Hold" is how a court states its reading of the law ("the panel held that the statute ..."),
# and otherwise mostly grips, keeps or convenes ("held the title", "held talks").
CLAUSE_ONLY: frozenset[str] = (
    _MOSTLY_NOT_REPORTING - words("prove demonstrate assume imagine")
) | words("hold")

# Verbs of nonverbal expression (Levin 40.2: laugh, smile, sigh, ...) report only as they
# frame a quotation ('"I just hit it," he laughed'; not "he laughed at the idea"), like
# "continued"; kept out of CUE_FORMS.
QUOTATIVE_ONLY: frozenset[str] = words("laugh chuckle giggle smile grin sigh shrug beam sob gasp")

# Verbs taking a "that"-clause in WordNet (clause_verbs.py), in no list above, report only so
# framed ("remembers that"; not "remembers the war"); their thought and feeling are weak when
# nested, as stance is. ("will": the modal's homograph.)
_LISTED = (
    LEMMAS | PARTICLE_ONLY | LIGHT_VERBS | IDIOM_VERBS | QUOTATIVE_ONLY | _MOSTLY_NOT_REPORTING
)
_WORDNET_CLAUSE = frozenset(CLAUSE_VERB_CLASSES) - _LISTED - {"will"}
CLAUSE_ONLY |= _WORDNET_CLAUSE


def _framed_forms() -> dict[str, tuple[str, str]]:
    """Map every inflected form of a framed verb (not already a cue form) to (lemma, form)."""
    irregular = {
        "come": ("came", "come"),
        "go": ("went", "gone"),
        "throw": ("threw", "thrown"),
        "break": ("broke", "broken"),
    }
    forms: dict[str, tuple[str, str]] = {}
    for lemma in sorted(IDIOM_VERBS | (CLAUSE_ONLY - _WORDNET_CLAUSE) | QUOTATIVE_ONLY):
        third, past, ing = regular_forms(lemma)
        for word, form in (
            (lemma, "base"),
            (third, "third"),
            *((p, "past") for p in irregular.get(lemma, IRREGULAR.get(lemma, (past,)))),
            (ing, "ing"),
            *british(lemma),
        ):
            if word not in CUE_FORMS:
                forms.setdefault(word, (lemma, form))
    for word, (lemma, form) in CLAUSE_VERB_FORMS.items():
        if lemma in _WORDNET_CLAUSE and word not in CUE_FORMS:
            forms.setdefault(word, (lemma, form))
    return forms


# Every verb form a cue can start from: the reporting verbs and the framed ones.
VERB_FORMS: dict[str, tuple[str, str]] = CUE_FORMS | _framed_forms()
# Reporting verbs of speech proper (not of stance, evidence or inquiry): the infinitive of
# purpose after taking to a channel reports only with one of these ("took to Twitter to
# blast"; not "went on radio to find out").
SPEECH_LEMMAS: frozenset[str] = (
    words(_SPEECH + _RARER_SPEECH + _COMMUNICATION_CLASSES) - _MOSTLY_NOT_REPORTING
)


# Weak cues (stance, volition, evidence) that are not attributions of their own when they sit
# inside content already attributed to someone ('Smith said he thinks ...').
WEAK_WHEN_NESTED: frozenset[str] = frozenset(
    (_STANCE + _EVIDENCE + _ATTITUDE_CLASSES + _DECISION_CLASSES).split()
    + list(words("call tell offer refuse attack state remark decline continue question support"))
    + [lemma for lemma in _WORDNET_CLAUSE if CLAUSE_VERB_CLASSES[lemma] != "communication"]
) - {"suggest", "indicate", "reveal", "conclude", "predict", "estimate"}

# Verbs whose first object is the addressee, not the content ("told reporters that ...").
ADDRESSEE_VERBS: frozenset[str] = words(
    "tell inform assure remind ask urge warn advise notify convince persuade press implore beg "
    "thank invite encourage order instruct direct command"
)

# Nouns that carry an attribution when owned by a source and followed by their content:
# "Trump's claim that ...", "his promise to ...".
NOUN_CUES: frozenset[str] = words(
    "claim claims assertion statement remarks comments suggestion argument warning promise "
    "pledge call view belief contention allegation allegations accusation insistence proposal "
    "prediction threat vow demand admission denial assessment conclusion estimate "
    "criticism rhetoric message determination eagerness theory ideas obsession adulation "
    "disdain praise doubts fears hopes questioning"
)

BE_FORMS: frozenset[str] = words(
    "is are was were be been being am ’s 's isn’t isn't wasn’t wasn't aren’t aren't weren’t weren't"
)
AUXILIARIES: frozenset[str] = BE_FORMS | words(
    "has have had will would can could should may might must do does did shall "
    "hasn’t hasn't haven’t haven't hadn’t hadn't won’t won't wouldn’t wouldn't can’t can't "
    "cannot couldn’t couldn't shouldn’t shouldn't doesn’t doesn't don’t don't didn’t didn't "
    "’ve 've ’d 'd ’ll 'll not never"
)
# Adverbs that sit inside a verb group ("has also said", "then ruled").
ADVERBS: frozenset[str] = words(
    "also then now later again still even already previously once first further just often "
    "ever too since repeatedly recently reportedly publicly privately openly initially "
    "subsequently frequently long yet hardly boldly quickly swiftly flatly bluntly almost nearly "
    "barely scarcely together"
)

# Words before a bare participle that make it a reduced passive clause: "as reported by X",
# "when pressed by X", "if confirmed", "once asked about it".
REDUCED_OPENERS: frozenset[str] = words(
    "as when whenever while if once after before until unless though although"
)

# Nouns and adjectives in -ly that are no adverbs: "the family said", "an ally said".
LY_NOUNS: frozenset[str] = words(
    "family assembly ally rally supply monopoly anomaly reply bully daily weekly"
)

DETERMINERS: frozenset[str] = words(
    "the a an this these those his her their its our my your some many several most all both "
    "each every other another no any few one two three four five six seven eight nine ten "
    "dozens hundreds thousands millions numerous various"
)
SUBJECT_PRONOUNS: frozenset[str] = words("he she they it we i you")
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which"})
# Prepositions allowed inside a source noun phrase ("a spokesman for the ministry").
NP_PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "at", "from"})

# Lowercase words that end a noun phrase when scanning: clause words and common verbs.
FUNCTION_WORDS: frozenset[str] = words("""
    that which who whom whose what when where why how while whether if because although though
    as so but and or nor than then to in on by with after before during since until into onto
    over under about against between through without within upon via per like unlike around
    there here not also very more less much such just only even please
    is are was were be been being am has have had will would can could should may might must do
    does did shall says said tells told get got gets make made makes take took go went goes
    """)
# Capitalised words that open a sentence without being part of its subject.
SENTENCE_ADVERBS: frozenset[str] = words("""
    but and or so yet still however meanwhile instead also then now later earlier today
    yesterday tonight moreover furthermore indeed thus hence therefore nevertheless nonetheless
    in on at by for from with after before during since while when as if because although though
    asked speaking according separately similarly likewise finally first second last
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    """)
TIME_WORDS: frozenset[str] = words("""
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    january february march april june july august september october november december
    morning afternoon evening night week month year weekend
    """)
