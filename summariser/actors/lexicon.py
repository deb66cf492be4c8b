"""Word lists that tell names from titles, places, dates and ordinary capitalised words.

Lists hold general English and world knowledge only, never names from a particular article.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def comma_phrases(text: str) -> frozenset[str]:
    """The comma-separated phrases of ``text``, spaces as one (a phrase may wrap a line)."""
    return frozenset(" ".join(p.split()) for p in text.split(",") if p.strip())


# Capitalised function words and frequent sentence openers: never part of a name.
STOPWORDS = _words(
    """
    A An The This That These Those There Here It Its It's He She His Her Him They Their Them We
    Our Us You Your I My Me Who Whom Whose What Which When Where Why How Whether If Then Than
    And But Or Nor So Yet For Of In On At By To From With Without Into Onto Over Under Since
    Until After Before During While Although Though Because As Also Both Either Neither Not No
    Yes All Any Some Many Much Most More Few Each Every Other Another Such Only Even Just Still
    However Meanwhile Moreover Furthermore Nevertheless Nonetheless Instead Indeed Thus Hence
    Therefore According Despite Amid Among Between Against Across Along Around Through Toward
    Towards Upon Within Beyond Behind Below Above Near Per Via Be Is Are Was Were Been Being Has
    Have Had Do Does Did Will Would Shall Should Can Could Might Must One Two Three Four Five
    Six Seven Eight Nine Ten Second Third Last Next Earlier Later Now Today Yesterday
    Tomorrow Tonight Recently Currently Previously Finally Initially Overall
    """
)

MONTHS = _words(
    "January February March April June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)
DAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

# Honorifics: part of how a person is addressed, not a role.
HONORIFICS = _words("Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Mx. Sir Dame Madam Madame Monsieur")

# Title heads: a capitalised title directly before a name makes that name a person.
TITLES = _words(
    """
    President President-elect Minister Premier Chancellor Secretary Secretary-General Senator
    Sen. Sens. Governor Gov. Representative Reps. Rep. Congressman Congresswoman Mayor Judge Justice
    Ambassador Envoy King Queen Prince Princess Emperor Empress Sultan Emir Sheikh Shaykh Pope
    Cardinal Archbishop Bishop Rabbi Imam Ayatollah Reverend Rev. Father Pastor Dr Dr. Prof.
    Professor General Gen. Colonel Col. Lieutenant Lt. Major Maj. Captain Capt. Admiral Adm.
    Commander Cmdr. Sergeant Sgt. Brigadier Brig. Marshal Corporal Cpl. Private Pvt. Chief
    Director Chairman Chairwoman Chairperson Chair CEO Spokesman Spokeswoman Spokesperson
    Speaker Leader Lord Lady Commissioner Inspector Detective Officer Superintendent Dictator
    Prosecutor Attorney Councillor Councilor Lawmaker Deputy Vice-President Vice-Premier
    Chief-of-Staff Coach Founder Warlord
    """
)
# Words that qualify a title ("Foreign Minister", "Deputy Prime Minister", "Secretary of State").
TITLE_MODIFIERS = _words(
    """
    Prime Vice Deputy Acting Interim Former Ex Assistant Junior Senior Grand Supreme Crown Chief
    First Lieutenant Rear Field Attorney Foreign Defence Defense Interior Home Finance Economy
    Economic Trade Industry Energy Health Education Justice Labour Labor Agriculture Transport
    Environment Culture Commerce Treasury War Security Homeland Information Communications
    State Affairs Staff Cabinet Military Armed Forces Army Navy Naval Air Opposition Party
    Regional Provincial Federal National Ruling Transitional Executive Presidential Press
    Public Exchequer Intelligence Police Development International Internal External Oil
    Mines Mining Water Women Youth Sports Tourism Migration Immigration Digital Science
    Policy Relations Planning Budget Parliamentary General
    """
)
# Lowercase nouns that describe what someone is ("a special forces commander").
PERSON_NOUNS = _words(
    """
    president minister premier chancellor secretary senator governor mayor judge ambassador envoy
    king queen prince princess emperor sultan emir sheikh pope cleric imam bishop general
    colonel commander officer captain admiral chief head leader founder co-founder director
    chairman chairwoman chair ceo executive spokesman spokeswoman spokesperson official analyst
    expert adviser advisor aide deputy lawmaker legislator politician diplomat prosecutor lawyer
    attorney journalist reporter correspondent editor professor researcher scientist economist
    activist businessman businesswoman tycoon oligarch billionaire warlord strongman ruler
    dictator monarch candidate nominee member rival opponent critic dissident owner manager
    partner coach player soldier pilot survivor witness resident boss financier
    striker midfielder defender goalkeeper winger footballer cricketer batsman bowler jockey
    cyclist golfer swimmer boxer sprinter athlete singer actor actress rapper novelist author
    writer poet artist
    """
)
# Lowercase nouns that describe an organisation, group or country ("a private military company").
ENTITY_NOUNS = _words(
    """
    company firm group organisation organization agency party militia movement network country
    nation state government regime army force alliance bloc coalition body outfit contractor
    wing
    club team side
    newspaper daily weekly magazine tabloid channel station website publisher bank lender
    insurer airline carmaker automaker retailer conglomerate
    """
)
# The entity nouns that name a body, not a country or an armed group: right before a name
# they make it an organisation ("his former club Real Madrid", "Spanish newspaper El Pais",
# "the carmaker Ford"). (Not "producer", "developer", "broadcaster": a person is called so.)
BODY_NOUNS = _words(
    """
    company firm agency party club team side newspaper daily weekly magazine tabloid channel
    station website publisher bank lender insurer airline carmaker automaker retailer
    conglomerate coalition alliance wing
    """
)
ROLE_NOUNS = PERSON_NOUNS | ENTITY_NOUNS

# The heads of a state's own bodies, which news names after the state ("U.S. Senate", "U.S.
# Agriculture Department"): the state is named too.
STATE_BODY_HEADS = _words(
    "Department Ministry Embassy Senate Congress Army Navy Treasury Cabinet Government "
    "Administration Parliament"
)
# Capitalised last words that make a name an organisation ("Defence Ministry", "Wagner Group").
ORG_HEADS = _words(
    """
    Inc Inc. Corp Corp. Corporation Ltd Ltd. LLC PLC Plc Co Co. Company Companies Group Holdings
    Bank Fund University College School Institute Academy Ministry Department Council Agency
    Party Commission Committee Court Tribunal Parliament Assembly Congress Senate Union
    Association Organisation Organization Foundation Federation League Society Airlines Airways
    Army Navy Police Service Services Office Bureau Authority Board Network News Times Post
    Press Herald Journal Broadcasting Television Radio Sport Sports Cabinet Government
    Administration Forces
    Guard Command Secretariat Alliance Coalition Front Club Trust Exchange Reserve Church
    Hospital Centre Center Media Telegraph Tribune Gazette Observer Monitor Watch International
    Industries Technologies Systems Motors Energy Petroleum Oil Gas Mining Resources Capital
    Partners Railways Chamber Directorate Treasury Limited Museum Gallery Zoo Prison Studios
    AG GmbH NV BV SA SpA plc
    Mines Metals Minerals Chemical Chemicals Pharmaceutical Pharmaceuticals Electric
    Electronics Foods Insurance Financial Investments Shipping Telecom
    Telecommunications Cement Textiles Brewery Breweries Enterprises Petrochemicals Software
    Aviation Aerospace Logistics Properties Utilities Refining Entertainment Pictures
    Publishing Airline Automotive Gold Steel Silver Copper Brothers Sons Motor Management
    Associates
    """
)
# Organisation heads that are surnames too ("Santa Fe Pacific Gold", but "Jonathan Gold"):
# after a given name they end a person's name.
SURNAME_HEADS = _words("Gold Steel Silver Copper Post Times")
# First words that make "X of Y" an organisation ("Ministry of Defence", "Bank of England").
ORG_LEADS = _words(
    """
    Ministry Department University Bank Council Court Office Organisation Organization Union
    League Federation Association Commission Committee Board Church Institute Chamber House
    Party Government Assembly Parliament
    """
)
# Organisations known by a bare name or a building (metonyms for governments).
KNOWN_ORGS = comma_phrases(
    """
    Kremlin, White House, Pentagon, Elysee, Élysée, Elysee Palace, Élysée Palace, Downing Street,
    Whitehall, Quai d'Orsay, State Department, Capitol Hill, Knesset, Duma, State Duma, Bundestag,
    Bundeswehr, Politburo, Vatican, United Nations, UN, U.N., UNESCO, UNICEF, UNHCR, UNSC,
    Security Council, General Assembly, NATO, EU, European Union, European Commission, European
    Parliament, African Union, AU, ECOWAS, SADC, ASEAN, OPEC, OPEC+, G7, G20, BRICS, IMF, World
    Bank, WTO, WHO, ICC, ICJ, Interpol, Europol, Red Cross, Red Crescent, ICRC, Amnesty
    International, Human Rights Watch, Doctors Without Borders, MSF, Oxfam, Greenpeace, Reuters,
    Associated Press, AP, AFP, Agence France-Presse, BBC, CNN, Al Jazeera, TASS, RIA Novosti,
    Xinhua, Bloomberg, FBI, CIA, NSA, FSB, GRU, SVR, KGB, MI5, MI6, Mossad, Congress, Senate,
    Parliament, Supreme Court, Federal Reserve, Fed, Arab League, Commonwealth, OSCE, OECD,
    Gulf Cooperation Council, Shanghai Cooperation Organisation, Google, Facebook, Meta, Apple,
    Microsoft, Amazon, Twitter, Telegram, Gazprom, Rosneft
    """
)
# Armed non-state groups widely known by name.
KNOWN_GROUPS = comma_phrases(
    """
    Taliban, Hamas, Hezbollah, Hizbollah, Houthis, Houthi, ISIS, ISIL, Islamic State, Daesh,
    al-Qaeda, al-Qaida, Al-Qaeda, Al Qaeda, Boko Haram, al-Shabaab, al-Shabab, Al-Shabaab,
    JNIM, ISWAP, M23, PKK, FARC, ELN, Tuareg rebels, Janjaweed, Rapid Support Forces, RSF,
    Azov, Islamic Jihad, Muslim Brotherhood, Ansar Dine, Tigray People's Liberation Front, TPLF
    """
)
# Lowercase words next to a name that mark it as an armed or non-state group.
GROUP_CUES = _words(
    """
    group groups mercenary mercenaries militia militias rebel rebels militant militants
    insurgent insurgents insurgency jihadist jihadists fighters paramilitary paramilitaries gang
    gangs cartel cartels faction factions outfit guerrillas guerrilla separatists extremists
    terrorists
    """
)

# Seas named by one word, which a carrier or a railway takes into its name after its own
# ("Virgin Atlantic", "Cathay Pacific", "Union Pacific", "Royal Caribbean"): a body's name.
SEAS = _words("Atlantic Pacific Arctic Mediterranean Caribbean")

# Continents, regions and geographic features: places, not actors.
REGIONS = comma_phrases(
    """
    Africa, West Africa, East Africa, North Africa, Southern Africa, Central Africa, Sub-Saharan
    Africa, Horn of Africa, Sahel, Sahara, Maghreb, Middle East, Near East, Far East, Europe,
    Eastern Europe, Western Europe, Central Europe, Northern Europe, Southern Europe, Asia, Central
    Asia, East Asia, South Asia, Southeast Asia, Asia-Pacific, Indo-Pacific, Pacific, Atlantic,
    Arctic, Antarctic, Antarctica, Oceania, Eurasia, Caucasus, Balkans, Baltics, Scandinavia,
    Mediterranean, Caribbean, Latin America, South America, North America, Central America,
    Americas, Gulf, Persian Gulf, Arabian Peninsula, Levant, Black Sea, Red Sea, Baltic Sea,
    South China Sea, Global South, Global North, Donbas, Donbass, Crimea, Gaza,
    Gaza Strip, West Bank, Kashmir, Darfur, Tigray, Siberia
    """
)
# Last words that make a name a place ("Lake Chad", "Kherson region" is lowercase anyway).
PLACE_HEADS = _words(
    """
    Sea Ocean River Lake Mountains Mountain Mount Desert Island Islands Isle Strait Straits Bay Gulf
    Peninsula Valley Basin Plain Plains Coast Street Avenue Road Square Airport Province Region
    County District City Town Village Oblast Prefecture Canal Bridge Park Port Harbour Harbor
    Lane Drive Boulevard Stadium Arena Ground Oval
    """
)

# Last words of clubs' names, which no person's name ends with ("Stoke City", "Bristol Rovers").
CLUB_HEADS = _words(
    """
    City United Town County Rovers Rangers Athletic Albion Wanderers Hotspur Villa FC
    """
)

# Capitalised adjectives and nouns that are not names of actors on their own.
NON_ACTOR_WORDS = _words(
    """
    Western Eastern Northern Southern Central African European Asian Arab Arabic Latin Middle
    Islamic Islamist Muslim Muslims Christian Christians Catholic Protestant Orthodox Jewish Sunni
    Shia Shiite Hindu Buddhist English God Internet Covid Covid-19 COVID COVID-19 Christmas
    Democratic Republican Conservative Liberal Socialist Communist Progressive West East North
    South
    Easter Ramadan Eid Olympics Celsius Fahrenheit Cold War Nobel Prize Twitter's
    """
)
# Acronyms that name no actor.
NON_ACTOR_ACRONYMS = _words(
    "CEO CFO GDP AM PM TV ID OK PhD MP MPs CEOs NGO NGOs UTC GMT BC AD US$ USD EUR AI IT HIV AIDS "
    "DNA RNA MRI CT ECG EEG ICU IVF IQ ADHD PTSD ATM GPS SUV UFO CCTV DVD CD PC SMS VIP BST EST "
    "PST CET"
)
# Determiners that an organisation's acronym never takes, where a common noun's does: "an
# MRI", "his DNA".
COMMON_NOUN_DETERMINERS = _words("a an his her their my your our")
# Nouns after a possessive name that make it an eponym, no actor: "Alzheimer's disease".
EPONYM_HEADS = _words("disease syndrome disorder law theorem principle paradox")

# First words of place names ("New York", "San Francisco", "North Darfur").
PLACE_LEADS = _words(
    "New San Santa Los Las Saint St. Port Fort Mount Mt. Lake Cape North South East West Upper "
    "Lower Greater Northeast Northwest Southeast Southwest"
)

# Last words of names of things rather than people ("Clean Air Act", "Nobel Peace Prize").
THING_HEADS = _words(
    """
    Act Bill Law Plan Program Programme Project Initiative Agreement Accord Accords Treaty Deal
    Pact Summit Conference Forum Prize Award Awards Cup Games Championship Festival War Wars
    Crisis Revolution Spring Day Week Month Year Index Circuit Zero Center Centre Building
    Tower Hall Palace Stadium Arena Hotel Museum Station Base Camp Prison Declaration Charter
    Convention Protocol Resolution Report Doctrine Operation Corridor Line Route Pipeline
    """
)
# Lowercase nouns for a member or part of a body that, right after a name, make the name
# that body ("Arsenal legend", "Liverpool manager", "Aberdeen chief executive"): a person's
# name is not used so. (Not "spokesman", "supporters" or "aide": "a Trump aide".)
MEMBER_NOUNS = _words(
    """
    legend legends manager managers boss chairman chairwoman chief executive director
    directors coach captain striker forward midfielder defender goalkeeper keeper winger
    full-back right-back left-back centre-back flanker fly-half lock prop hooker player players
    squad team team-mates teammates fans board shareholders employees staff workers
    account page website site channel feed app profile shares stock subsidiary unit
    headquarters offices employers
    """
)
# Nouns after a possessive name that only a body has ("Acme's shares", "Arsenal's players"):
# the narrow part of the member nouns (a person has a manager, fans, staff and an account).
BODY_POSSESSIONS = _words(
    """
    shares stock shareholders investors employees workforce subsidiary subsidiaries
    headquarters profits profit revenue revenues earnings turnover players squad academy
    chairman chairwoman CEO directors
    """
)
# Words right before a name that make it a team: "against Roma", "joined Lazio", "host
# Chelsea". (Not "beat": players beat players.)
TEAM_CUES = _words(
    "against versus vs vs. joined join joins joining rejoined host hosts hosted hosting manages"
)
# Two words before a name (an optional "the" between) that only a team or a club follows:
# a player's career is told by the clubs played for ("signing for Valladolid", "spells with
# Stade Francais", "in action for Derby"), and so is what he scores in any sport ("goals for",
# "tries for", "a hat-trick for"). (Not "lost to" or "defeat to": in tennis and
# boxing a person is beaten.)
TEAM_PHRASES = comma_phrases(
    """
    played for, plays for, play for, playing for, signed for, signs for, sign for, signing for,
    scored for, scores for, scoring for, goals for, appearances for, debut for, action for,
    out for, spell with, spells with, spell at, spells at, stint with, stint at, loan at,
    loan with, loan from, featured for, features for, starred for, stars for, hat-trick for,
    hat-tricks for, tries for, points for, wickets for, touchdowns for, baskets for
    """
)
# Kin nouns: right before a name ("daughter Wyatt", "his son Frankie") or after a possessive
# name ("Tony's wife"), they make it a person's. Kept out of the role nouns: a kin noun is no
# role to report.
KIN_NOUNS = _words(
    """
    mother father mum mom dad son daughter wife husband brother sister grandmother grandfather
    grandson granddaughter uncle aunt nephew niece cousin girlfriend boyfriend fiance fiancee
    fiancé fiancée widow widower stepson stepdaughter stepfather stepmother
    """
)
# Person nouns that a body is called too, so that their plurals before names ("rivals
# Chelsea and Roma", "partners Acme and Zentrix") prove no person.
SHARED_ROLE_NOUNS = _words("rival opponent partner member owner candidate nominee critic")
# Words right before a name that make it a character someone plays: "cast as Belle", "the
# character Belle", "who voiced Olaf".
CHARACTER_CUES = _words("character characters voiced voices voicing portrays portrayed portraying")
# ... and two words: "cast as Belle", "star as Gaston".
CHARACTER_PHRASES = comma_phrases(
    "cast as, star as, stars as, starring as, co-star as, co-stars as"
)
# Nouns after a possessive name that only a person has: the body, a life's ends, a sidekick
# ("Vinnie's skull", "Gaston's sidekick"). (Not "head", "arm" or "body": bodies have them.)
PERSON_POSSESSIONS = KIN_NOUNS | _words(
    """
    skull brain eyes eye face hair skin lungs knee ankle death funeral birthday wedding
    childhood sidekick parents
    """
)
# Verbs right after a name that mark a speaker ("Melanie said").
SPEECH_VERBS = _words(
    "said says told added wrote asked explained argued insisted replied recalled tweeted posted "
    "announced stated confirmed warned"
)

# Nouns of kinds of place that, right before a name or its "of", make it a place: "the small
# village Berezhnytsia", "the town of Chadderton", "Jupiter's moon Europa".
PLACE_NOUNS = _words(
    "village villages town towns city hamlet suburb borough municipality province county "
    "district island planet moon"
)
# Words before "of" that make the name after it a residence: "Weatherhogg, formerly of Guthrie".
RESIDENCE_WORDS = _words("formerly originally late")
# Prepositions after which an unknown name is a place ("a summit in Sochi").
LOCATIVE_PREPOSITIONS = _words("in near outside at around across throughout into inside within")

# Lowercase particles allowed inside a name ("Bank of England", "Charles de Gaulle"; "son of",
# "of" in African and Arabic names: "Daniel arap Moi", "Kengo wa Dondo", "Maaouya ould Taya").
NAME_CONNECTORS = _words(
    "of the de du da das dos del della di la le van von der den bin ibn al arap wa ould"
)

# The particles of surnames among them ("van der Poel", "bin Laden"): no word of a body's name.
SURNAME_PARTICLES = NAME_CONNECTORS - {"of", "the"}

# Capitalised words that continue a name but never start one ("Theresa May", not "May 9").
CONTINUE_ONLY = _words("May")

# Sentence openers that are common words even when the article never uses them in lowercase.
OPENERS = _words(
    """
    Following Speaking Asked Citing Addressing Responding Separately Additionally Notably
    Officials Analysts Experts Critics Observers Diplomats Residents Witnesses Sources Reports
    Authorities Police Troops Soldiers Protesters Supporters Opponents Lawmakers Investigators
    Several Multiple Numerous Various Under Unlike Like Once Whilst Unless Given Although
    """
)

# Abbreviations whose full stop ends no sentence.
ABBREVIATIONS = _words(
    """
    Mr Mrs Ms Mx Dr Prof Sen Sens Gov Rep Reps Gen Col Lt Maj Capt Adm Cmdr Sgt Brig Cpl Pvt Rev
    St Jr Sr Inc Corp Ltd Co No Mt Ft
    """
)
# Name suffixes that are not surnames.
NAME_SUFFIXES = _words("Jr Jr. Sr Sr. II III IV")

# Words after a role noun that keep an apposition a noun phrase ("the founder of Wagner").
ROLE_FOLLOWERS = _words("of for at in to with since from on and under")
# Words that make ", the president said" a clause rather than an apposition.
REPORTING_WORDS = _words(
    "said says told added stated announced noted reported confirmed warned claimed who which that"
)
# Words before a place name that say which part of it ("east London").
_COMPASS = "north south east west northern southern eastern western central downtown"
# (Capitalised, a part of the place's name: "South London".)
COMPASS_WORDS = _words(_COMPASS) | _words(_COMPASS.title())
# Determiners before a place name that modifies a noun ("the Paris landmark", "a London home").
NOUN_DETERMINERS = _words("a an the his her its their our my your")
# Words before a capital that make it the place visited, not its government ("visited London").
VISIT_WORDS = _words(
    "visit visits visited visiting via toured tour reached arrived landed flew travelled"
)
# The only words a Headline Case Sentence leaves in lowercase.
HEADLINE_MINOR = _words(
    "a an and as at but by for from in into nor of on or over per the to up via vs with"
)
