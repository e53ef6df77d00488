"""Word lists the rules read: speech verbs, titles, role nouns, pronouns.

Kept apart from the rules so that a missing verb is a one-line change with no logic around it.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, so that long lists stay readable."""
    return frozenset(text.split())


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
    "contend counter cry declare deny demand echo emphasize emphasise exclaim explain grumble "
    "insist joke lament mention muse note observe offer opine plead pledge point post predict "
    "proclaim promise protest question quip recall recount reiterate remark repeat reply report "
    "respond retort scoff scream shout sigh sneer state stress suggest testify thunder tweet urge "
    "jeer vow warn whisper wonder yell ask inform remind reflect reason estimate add summarize "
    "summarise recollect relate fume gush rave rant marvel concur interject interrupt "
    "gloat beam gripe crow deadpan implore mutter rebut reminisce speculate theorize theorise "
    "confess tease holler bark growl grouse bemoan hint riff reveal"
)
_IRREGULAR_SPEECH = (
    "say says said saying tell tells told telling write writes wrote written writing "
    "read reads begin begins began beginning put puts go goes went "
    "snap snaps snapped snapping quipped quipping admitted admitting echoes "
    "brag brags bragged bragging cracked talked talking"
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
    "insist suggest warn predict express voice question challenge compare liken propose recommend "
    "reject wave cite"
)
FRAMING_VERBS: frozenset[str] = frozenset(
    {form for base in _REGULAR_FRAMING.split() for form in _regular(base)}
    | {
        "wrote",
        "thought",
        "think",
        "thinks",
        "believe",
        "believes",
        "believed",
        "feel",
        "feels",
        "felt",
        "see",
        "sees",
        "saw",
        "views",
        "viewed",
        "seek",
        "seeks",
        "sought",
        "found",
        "finds",
    }
)

# Verbs that can follow the quotation and the speaker ("…," Kerry said), or precede the speaker
# ("…," said Kerry); the rarer speech verbs above are also accepted there.
SAID_AFTER: frozenset[str] = SPEECH_VERBS | frozenset(
    {"wrote", "writes", "tweeted", "posted", "read", "reads", "went", "goes", "recalled"}
)

SPEECH_NOUNS: frozenset[str] = word_set(
    "statement statements remarks remark comments comment interview speech tweet tweets post "
    "letter email e-mail release op-ed column message video ad memo testimony post posting "
    "address announcement conversation call"
)

ANONYMOUS_HEADS: frozenset[str] = word_set(
    "official officials source sources aide aides adviser advisers advisor advisors spokesman "
    "spokeswoman spokesperson spokespeople person people insider insiders staffer staffers "
    "operative operatives strategist strategists diplomat diplomats officer officers member "
    "members lawmaker lawmakers supporter supporters voter voters resident residents observer "
    "observers analyst analysts expert experts witness witnesses friend friends associate "
    "associates ally allies critic critics donor donors delegate delegates woman women man men "
    "protester protesters attendee attendees employee employees worker workers veteran veterans "
    "student students user users reporter reporters questioner participant participants "
    "republican republicans democrat democrats activist activists leader leaders executive "
    "executives negotiator negotiators investigator investigators agent agents lobbyist "
    "lobbyists surrogate surrogates marcher marchers demonstrator demonstrators"
)

DOCUMENT_HEADS: frozenset[str] = word_set(
    "statement report release letter email e-mail ad ads advertisement memo complaint lawsuit "
    "filing document documents website site page post tweet editorial piece article story book "
    "study survey poll transcript video message note sign caption headline board brief motion "
    "ruling opinion decision platform bylaws petition commercial spot column op-ed blog account "
    "campaign committee department ministry agency group organization company newspaper paper "
    "magazine network channel office administration government team crowd audience"
)

ROLE_NOUNS: frozenset[str] = word_set(
    "president vice-president secretary senator sen. sen rep. rep del. representative congressman "
    "congresswoman governor gov. gov mayor minister premier chancellor ambassador envoy "
    "spokesman spokeswoman spokesperson chairman chairwoman chair director chief ceo founder "
    "adviser advisor aide manager strategist official candidate nominee frontrunner "
    "front-runner leader speaker justice judge attorney prosecutor general gen. lt. col. "
    "commander secretary-general commissioner lawmaker legislator host anchor correspondent whip "
    "reporter columnist editor author professor economist analyst pollster chairperson "
    "president-elect contender hopeful businessman businesswoman mogul billionaire tycoon "
    "counsel lawyer officer sheriff chief-of-staff king queen prince emperor pope rabbi "
    "reverend rev. pastor bishop cardinal delegate member head boss owner executive partner "
    "activist organizer coordinator consultant operative director-general deputy speechwriter "
    "biographer historian "
    "undersecretary under-secretary negotiator physician doctor dr. surgeon commentator "
    "historian scholar researcher fellow writer journalist"
)

# Honorifics that say a name is a person's, and sometimes which pronoun fits.
MALE_TITLES: frozenset[str] = frozenset(
    {
        "mr.",
        "mr",
        "sir",
        "lord",
        "king",
        "prince",
        "congressman",
        "spokesman",
        "chairman",
        "businessman",
    }
)
FEMALE_TITLES: frozenset[str] = frozenset(
    {
        "mrs.",
        "mrs",
        "ms.",
        "ms",
        "miss",
        "madam",
        "dame",
        "lady",
        "queen",
        "princess",
        "congresswoman",
        "spokeswoman",
        "chairwoman",
        "businesswoman",
    }
)
PERSON_TITLES: frozenset[str] = frozenset(
    MALE_TITLES
    | FEMALE_TITLES
    | {
        "dr.",
        "dr",
        "sen.",
        "sen",
        "rep.",
        "rep",
        "del.",
        "gov.",
        "gov",
        "gen.",
        "lt.",
        "col.",
        "capt.",
        "sgt.",
        "adm.",
        "maj.",
        "prof.",
        "rev.",
        "fr.",
        "president",
        "senator",
        "governor",
        "secretary",
        "mayor",
        "minister",
        "judge",
        "justice",
        "ambassador",
        "representative",
        "speaker",
        "chancellor",
        "premier",
        "pope",
        "sheikh",
        "general",
        "director",
        "chief",
        "leader",
        "commissioner",
        "attorney",
        "vice",
        "prime",
        "deputy",
        "assistant",
        "former",
        "acting",
        "state",
        "u.s.",
        "foreign",
        "defense",
        "defence",
        "treasury",
    }
)

# Capitalised labels that may stand before a name without being part of it ("Democrat Ana Ortez").
NAME_DESCRIPTORS: frozenset[str] = word_set(
    "democrat democratic republican gop independent libertarian conservative liberal "
    "progressive socialist presumptive billionaire businessman businesswoman pastor activist "
    "donor candidate nominee hopeful contender rival challenger"
)

PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "i", "we", "it"})

# Capitalised words that start a sentence or a clause and never begin a name.
NOT_NAMES: frozenset[str] = word_set(
    "the a an and but or so yet for nor if when while as after before since because although "
    "thanks thank dear hello congratulations sorry please goodbye three four five six seven "
    "eight nine ten is are was were does did "
    "though in on at by with from to of about into over under between during without within "
    "this that these those there here then now today yesterday tomorrow his her their its our "
    "my your he she they it we i you who what where why how which whose some many most all both "
    "each every any no not one two three several few more less other another such also still "
    "even just only however meanwhile instead earlier later last next first second finally "
    "asked speaking according despite amid among against toward towards until unless whether "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan. feb. mar. apr. jun. jul. aug. "
    "sept. sep. oct. nov. dec. mr. mrs. ms. dr. read watch see click related update updated "
    "editor's note photo video advertisement like unlike absent maybe perhaps indeed clearly "
    "obviously certainly surely sadly fortunately unfortunately ultimately thus therefore again "
    "already often sometimes yes"
)

ORG_HEADS: frozenset[str] = word_set(
    "news times post journal tribune herald gazette press associated reuters agency department "
    "ministry house senate congress committee commission council party campaign foundation "
    "institute center centre university college school association union network channel "
    "magazine bureau office administration court board company corporation corp. inc. group "
    "fund bank service services review radio tv television daily weekly report today "
    "organization organisation caucus coalition project society club league alliance pac "
    "action america american americans majority republicans democrats gop dnc rnc fbi cia nsa "
    "convention conference summit "
    "cnn msnbc abc nbc cbs fox pbs npr ap afp bbc"
)

# Common English-language first names, for "he"/"she" when no title says which fits. A name in
# neither list (or in both) leaves the pronoun free to match.
FEMALE_NAMES: frozenset[str] = word_set(
    "abby abigail ada adriana aileen alexandra alexis alice alicia alison allison amanda amber "
    "amelia amy ana andrea angela angelina angie anita ann anna anne annie april ashley audrey "
    "ava barbara becky belinda beth betsy betty beverly bonnie brenda bridget brittany brooke "
    "camila candace candice carla carly carmen carol caroline carolyn carrie cassandra catherine "
    "cathy cecilia celia charlotte chelsea cheryl chloe christina christine cindy claire clara "
    "claudia colleen connie courtney crystal cynthia daisy dana danielle daphne darlene dawn "
    "debbie deborah debra denise diana diane dianne dolores donna doris dorothy edith eileen "
    "elaine eleanor elena elisabeth elise eliza elizabeth ella ellen elaine emily emma erica erin "
    "esther eva evelyn faith felicia fiona florence frances gabriela gabrielle gail gina ginger "
    "gladys gloria grace gretchen gwen hannah harriet hazel heather heidi helen hillary hilary "
    "holly hope huma ida irene iris isabel isabella ivanka jackie jacqueline jade jane janet "
    "janice jasmine jean jeanne jeannie jennifer jenny jessica jill jo joan joanna joanne jocelyn "
    "josephine joy joyce judith judy julia julie june karen kate katherine kathleen kathryn "
    "kathy katie katrina kay kayla kelly kellyanne kerry kim kimberly kirsten kristen kristin "
    "kristina laura lauren laurie leah leslie lillian lily linda lindsay lindsey lisa liz lois "
    "loretta lori lorraine louise lucy lydia lynn madeleine madeline madison maggie mallory "
    "marcia margaret maria marian marie marilyn marina marjorie marlene martha mary maureen "
    "maxine megan meghan megyn melania melanie melinda melissa mercedes meredith mia michele "
    "michelle mildred mindy miriam molly monica nancy naomi natalie natasha nicole nikki nina "
    "nora norma olivia paige pam pamela patricia patty paula pauline peggy penny phyllis "
    "priscilla rachel rebecca regina renee rhonda rita roberta robin rosa rosalind rose "
    "rosemary ruth sabrina sally samantha sandra sara sarah shannon sharon sheila shelby "
    "shirley sofia sonia sophia stacy stephanie sue susan suzanne sylvia tamara tammy tanya "
    "teresa terri theresa tiffany tina tracy valerie vanessa vera veronica vicki victoria "
    "virginia wanda wendy whitney yolanda yvonne zoe condoleezza nancy elizabeth debbie "
    "kamala ayanna alexandria ilhan rashida tulsi kirstjen nikki kelly jeanine ann"
) - {"kerry", "lindsey", "kelly", "kim", "robin", "lee", "jean"}
MALE_NAMES: frozenset[str] = word_set(
    "aaron adam adrian al alan albert alex alexander alfred allen andre andrew andy angelo "
    "anthony antonio arnold arthur austin barack barry ben benjamin bernard bernie bill billy "
    "bob bobby brad bradley brandon brendan brett brian bruce bryan byron calvin carl carlos "
    "chad charles charlie chris christian christopher chuck clarence claude clay clifford "
    "clint clinton cody colin corey craig curtis dale dan daniel danny darrell dave david dean "
    "dennis derek devin dick dominic don donald doug douglas drew duane dustin dwight earl "
    "eddie edgar eduardo edward edwin elijah elliot elliott emmanuel eric erik ernest eugene "
    "evan frank franklin fred frederick gabriel gary gene geoffrey george gerald glenn gordon "
    "graham greg gregory harold harry harvey hector henry herbert howard hugh hunter ian isaac "
    "jack jacob jake james jared jason jay jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy "
    "joe joel joey john johnny jon jonathan jordan jorge jose joseph josh joshua juan julian "
    "justin karl keith ken kenneth kevin kirk kurt kyle lance larry lawrence lee leo leon "
    "leonard leroy lewis lindsey lloyd louis lucas luis luke lyndon malcolm manuel marc marco "
    "marcus mario mark marshall martin marvin matt matthew maurice max melvin michael miguel "
    "mike milton mitch mitchell mitt mohammed muhammad nathan nathaniel neal neil newt nicholas "
    "nick noah norman oliver omar oscar owen pablo patrick paul pedro perry pete peter phil "
    "philip phillip preston rafael ralph rand randall randy ray raymond reed reggie reince "
    "reuben ricardo richard rick ricky rob robert roberto rod rodney roger roland ron ronald "
    "ronnie ross roy rudy rudolph russell ryan sam samuel scott sean sergio seth shane shawn "
    "sherrod stanley stephen steve steven stuart ted terry theodore thomas tim timothy todd "
    "tom tommy tony travis trent trey troy tyler vernon victor vince vincent wade walter "
    "warren wayne wesley will william willie wilson xavier zachary corey rahm reid jeh ash "
    "mitch orrin chuck harry lindsey tim marco jeb rand ted ben newt rick bobby mike chris "
    "scott jim george bernie martin lincoln kevin paul eric jared donald barack joe john"
) - word_set("lindsey kelly kerry lee clinton wilson lincoln jordan austin terry")

# Last words of place names, which are never the "he" or "she" a pronoun stands for.
PLACE_WORDS: frozenset[str] = word_set(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia "
    "hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts "
    "michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico "
    "york carolina dakota ohio oklahoma oregon pennsylvania island tennessee texas utah vermont "
    "virginia washington wisconsin wyoming states kingdom america africa europe asia china "
    "russia korea japan iran iraq syria israel france germany britain canada cuba india "
    "afghanistan pakistan egypt turkey ukraine city county sea river lake street avenue valley "
    "mountains mountain park square beach bay coast hill hills heights island islands "
    "peninsula gulf ocean airport center centre hall hotel arena stadium tower building "
    "east west north south union nations court base hospital prison bridge"
)

# Last words of a description that can speak: "the official", "the campaign", "the statement".
SPEAKER_HEADS: frozenset[str] = (
    ANONYMOUS_HEADS
    | DOCUMENT_HEADS
    | ROLE_NOUNS
    | ORG_HEADS
    | word_set(
        "crowd audience moderator narrator host president senator candidate nominee governor "
        "mayor secretary chairman chairwoman spokesman spokeswoman father mother son daughter "
        "wife husband brother sister family families parent parents child children kid kids "
        "girl boy guy lady gentleman neighbor neighbour owner manager police cop sheriff "
        "protestor spokesmen spokeswomen people group organization organisation coalition "
        "party side camp team staff office white house administration government state "
        "country nation city county court jury panel council committee caucus delegation "
        "billionaire mogul businessman businesswoman developer magnate celebrity star actor "
        "actress singer rapper comedian author writer blogger pundit commentator "
        "speaker caller listener viewer reader fan fans follower followers user users "
        "tweet tweets message messages sign signs banner poster chant chants shouts "
        "headline caption transcript excerpt excerpts description summary platform "
        "policy bill law ruling opinion decision order filing indictment affidavit community "
        "percent"
    )
)
