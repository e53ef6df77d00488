"""Word lists the rules read: speech verbs, titles, role nouns, pronouns.

Kept apart from the rules so that a missing verb is a one-line change with no logic around it.
"""

from __future__ import annotations


def _regular(base: str) -> tuple[str, ...]:
    """The -s, -ed and -ing forms of a regular English verb (good enough for this list)."""
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith(("sh", "ch", "ss", "x")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


_REGULAR_SPEECH = (
    "acknowledge add admit advise affirm agree allege announce answer argue assert assure boast "
    "caution challenge charge chant cheer claim comment complain concede conclude confirm continue "
    "contend counter cry declare deny demand emphasize emphasise exclaim explain grumble insist "
    "joke lament mention muse note observe offer opine plead pledge point post predict proclaim "
    "promise protest question quip recall recount reiterate remark repeat reply report respond "
    "retort scoff scream shout sigh sneer state stress suggest testify thunder tweet urge vow "
    "warn whisper wonder yell ask inform remind reflect reason estimate add summarize summarise "
    "recollect relate fume gush rave rant marvel concur interject interrupt"
)
_IRREGULAR_SPEECH = (
    "say says said saying tell tells told telling write writes wrote written writing "
    "read reads begin begins began beginning put puts go goes went "
    "snap snaps snapped snapping quipped quipping admitted admitting"
)
SPEECH_VERBS: frozenset[str] = frozenset(
    {form for base in _REGULAR_SPEECH.split() for form in _regular(base)}
    | set(_IRREGULAR_SPEECH.split())
) - {"put", "puts", "go", "goes", "went", "read", "begin", "begins", "beginning", "point"}

# Verbs that frame a quoted fragment ("called it "grotesque"") without introducing speech.
_REGULAR_FRAMING = (
    "call describe label brand deride praise criticize criticise slam blast accuse attack mock "
    "dismiss characterize characterise refer hail decry denounce condemn rip knock lambast "
    "lambaste dub term chide scold fault lash applaud commend thank welcome defend vow pledge "
    "promise threaten want hope plan vow urge push pitch tout lament decry rail argue frame "
    "insist suggest warn predict express voice question challenge compare liken"
)
FRAMING_VERBS: frozenset[str] = frozenset(
    {form for base in _REGULAR_FRAMING.split() for form in _regular(base)}
    | {"wrote", "thought", "think", "thinks", "believe", "believes", "believed", "feel", "feels",
       "felt", "see", "sees", "saw", "views", "viewed", "seek", "seeks", "sought"}
)

# Verbs that can follow the quotation and the speaker ("…," Kerry said), or precede the speaker
# ("…," said Kerry); the rarer speech verbs above are also accepted there.
SAID_AFTER: frozenset[str] = SPEECH_VERBS | frozenset(
    {"wrote", "writes", "tweeted", "posted", "read", "reads", "went", "goes", "recalled"}
)

SPEECH_NOUNS: frozenset[str] = frozenset(
    "statement statements remarks remark comments comment interview speech tweet tweets post "
    "letter email e-mail release op-ed column message video ad memo testimony post posting "
    "address announcement conversation call".split()
)

ANONYMOUS_HEADS: frozenset[str] = frozenset(
    "official officials source sources aide aides adviser advisers advisor advisors spokesman "
    "spokeswoman spokesperson spokespeople person people insider insiders staffer staffers "
    "operative operatives strategist strategists diplomat diplomats officer officers member "
    "members lawmaker lawmakers supporter supporters voter voters resident residents observer "
    "observers analyst analysts expert experts witness witnesses friend friends associate "
    "associates ally allies critic critics donor donors delegate delegates woman women man men "
    "protester protesters attendee attendees employee employees worker workers veteran veterans "
    "student students user users reporter reporters questioner participant participants "
    "republican republicans democrat democrats activist activists leader leaders executive "
    "executives negotiator negotiators investigator investigators agent agents".split()
)

DOCUMENT_HEADS: frozenset[str] = frozenset(
    "statement report release letter email e-mail ad ads advertisement memo complaint lawsuit "
    "filing document documents website site page post tweet editorial piece article story book "
    "study survey poll transcript video message note sign caption headline board "
    "campaign committee department ministry agency group organization company newspaper paper "
    "magazine network channel office administration government team crowd audience".split()
)

ROLE_NOUNS: frozenset[str] = frozenset(
    "president vice-president secretary senator sen. sen rep. rep representative congressman "
    "congresswoman governor gov. gov mayor minister premier chancellor ambassador envoy "
    "spokesman spokeswoman spokesperson chairman chairwoman chair director chief ceo founder "
    "adviser advisor aide manager strategist official candidate nominee frontrunner "
    "front-runner leader speaker justice judge attorney prosecutor general gen. lt. col. "
    "commander secretary-general commissioner lawmaker legislator host anchor correspondent "
    "reporter columnist editor author professor economist analyst pollster chairperson "
    "president-elect contender hopeful businessman businesswoman mogul billionaire tycoon "
    "counsel lawyer officer sheriff chief-of-staff king queen prince emperor pope rabbi "
    "reverend rev. pastor bishop cardinal delegate member head boss owner executive partner "
    "activist organizer coordinator consultant operative director-general deputy "
    "undersecretary under-secretary negotiator physician doctor dr. surgeon commentator "
    "historian scholar researcher fellow writer journalist".split()
)

# Honorifics that say a name is a person's, and sometimes which pronoun fits.
MALE_TITLES: frozenset[str] = frozenset(
    {"mr.", "mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman",
     "businessman"}
)
FEMALE_TITLES: frozenset[str] = frozenset(
    {"mrs.", "mrs", "ms.", "ms", "miss", "madam", "dame", "lady", "queen", "princess",
     "congresswoman", "spokeswoman", "chairwoman", "businesswoman"}
)
PERSON_TITLES: frozenset[str] = frozenset(
    MALE_TITLES
    | FEMALE_TITLES
    | {"dr.", "dr", "sen.", "sen", "rep.", "rep", "gov.", "gov", "gen.", "lt.", "col.", "capt.",
       "sgt.", "adm.", "maj.", "prof.", "rev.", "fr.", "president", "senator", "governor",
       "secretary", "mayor", "minister", "judge", "justice", "ambassador", "representative",
       "speaker", "chancellor", "premier", "pope", "sheikh", "general", "director", "chief",
       "leader", "commissioner", "attorney", "vice", "prime", "deputy", "assistant", "former",
       "acting", "state", "u.s.", "foreign", "defense", "defence", "treasury"}
)

PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "i", "we", "it"})

# Capitalised words that start a sentence or a clause and never begin a name.
NOT_NAMES: frozenset[str] = frozenset(
    "the a an and but or so yet for nor if when while as after before since because although "
    "though in on at by with from to of about into over under between during without within "
    "this that these those there here then now today yesterday tomorrow his her their its our "
    "my your he she they it we i you who what where why how which whose some many most all both "
    "each every any no not one two three several few more less other another such also still "
    "even just only however meanwhile instead earlier later last next first second finally "
    "asked speaking according despite amid among against toward towards until unless whether "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan. feb. mar. apr. jun. jul. aug. "
    "sept. sep. oct. nov. dec. mr. mrs. ms. dr. read watch see click related update updated "
    "editor's note photo video advertisement".split()
)

ORG_HEADS: frozenset[str] = frozenset(
    "news times post journal tribune herald gazette press associated reuters agency department "
    "ministry house senate congress committee commission council party campaign foundation "
    "institute center centre university college school association union network channel "
    "magazine bureau office administration court board company corporation corp. inc. group "
    "fund bank service services review radio tv television daily weekly report today "
    "organization organisation caucus coalition project society club league alliance pac "
    "action america american americans majority republicans democrats gop dnc rnc fbi cia nsa "
    "cnn msnbc abc nbc cbs fox pbs npr ap afp bbc".split()
)
