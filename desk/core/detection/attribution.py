"""Who said each quotation: speech-verb frames, continuations, pronouns and descriptions.

The rules read a *masked* copy of the article: every quotation (marks included) is replaced by
a private-use character of the same length, and the period of an abbreviation ("Mr.", "U.S.")
by another. Offsets stay the same, the words inside a quotation can never be taken for a speaker
or a speech verb, and "Mr. Obama said" is not cut in two sentences.

Order of the rules for one quotation: a frame of its own (a transcript's speaker tag, a speech
verb before or after it, a colon, "according to", a signature line, a frame closing its
sentence, a verb in the sentence it is embedded in); else the speaker of the quotation it
continues; else a fallback (the sentence's first person, the last person named in the
paragraph, the previous speaker), because a likely speaker with a lower confidence serves the
journalist better than none.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from desk.core.detection.lexicon import (
    ANONYMOUS_HEADS,
    DOCUMENT_HEADS,
    FEMALE_NAMES,
    FRAMING_VERBS,
    MALE_NAMES,
    NOT_NAMES,
    ORG_HEADS,
    PLACE_WORDS,
    PRONOUNS,
    SAID_AFTER,
    SPEAKER_HEADS,
    SPEECH_VERBS,
    word_set,
)
from desk.core.detection.marks import Span, char_positions
from desk.core.detection.names import (
    DOT,
    NAME_RUN,
    NameParts,
    People,
    Person,
    classify_head,
    expand_role,
    looks_like_org,
    role_words,
    speaker_for,
    split_title,
    surname_key,
    unmask,
)
from desk.core.detection.values import Speaker

QUOTE = "\ue000"
_PARAGRAPH = re.compile(r"[^\n]+")
# The period after a capital and up to four small letters ("Mr.", "J.", "Sept."). The period
# comes first and the word is looked behind for, so the scan jumps from period to period.
_ABBREVIATION = re.compile(
    r"\.(?:(?<=[A-Z]\.)|(?<=[A-Z][a-z]\.)|(?<=[A-Z][a-z]{2}\.)|(?<=[A-Z][a-z]{3}\.)"
    r"|(?<=[A-Z][a-z]{4}\.))"
)
_ABBREVIATIONS = word_set(
    "Mr Mrs Ms Dr Sen Sens Rep Reps Del Gov Govs Gen Gens Lt Col Sgt Capt Adm Maj Prof Rev Fr St "
    "Jr Sr Ft Mt Jan Feb Aug Sept Sep Oct Nov Dec No Nos Inc Corp Co Ltd Ave Blvd"
)
# Words that open a sentence and never continue a name: "…D.C. He", "…U.S. But".
_SENTENCE_OPENERS = PRONOUNS | word_set(
    "the a an and but or so yet if when while as after before since because although though "
    "this that these those there here then now his her their its our my your who what where "
    "why how which some many most all both each every no not still even however meanwhile"
)
_ACRONYM = re.compile(r"\.(?:[A-Za-z]\.)+")
_PARENTHETICAL = re.compile(r"\([^()\n\"“”]{1,40}\)")
_SENTENCE_END = re.compile(r"[.!?][.!?]*[)\]’'\"”]*\s+")
_FILLER_WORDS = word_set(
    "also later then has have had will would could might may was is were are once again "
    "further first previously recently repeatedly reportedly simply only never often even just "
    "did does do still already since earlier not"
)
_CLAUSE_BREAK = re.compile(
    r"(?:.*(?:[;:(\ue000—–]|\s--\s|\s-\s|\b(?:that|and|but|while|as|when|because|where|"
    r"which|if|after|before|though|although|since|so|then|who|whom|whose|than|until|"
    r"unless|whether|And|But|So|While|As|When|Because|If|After|Before|Though|Although|"
    r"Since|Then|Until|Unless|Yet|Or|or|nor)\s)|^)",
    re.DOTALL,
)
_RIGHT_STOP = re.compile(
    r"[,.;:!?()\ue000\[\]—–]|\s--?\s|\s(?:who|whom|in|at|on|during|after|before|when|while|as|"
    r"from|to|about|adding|referring|noting|saying|told|said|says|with|via|last|this|that|"
    r"because|and|for|of\s+the\s+\w+\s+\w+)\s"
)
_ANY_VERB = SPEECH_VERBS | FRAMING_VERBS
_BRACKETED = re.compile(r"\s*\([^)]*\)\s*")
_APPOSITIVE_END = re.compile(r"[,.;:!?\ue000]|\s--?\s")
_ROLE_END = re.compile(r"[,.;:!?\ue000()]|\s--?\s|\s(?:who|said|says|told)\s")
_POSSESSIVE_S = re.compile(r"['’]s$")
_DASH = re.compile(r"\s(?:--?|—|–)\s")
_SIGNATURE = re.compile(r"\s*(?:--?|—|–)\s*(.{2,60}?)[.,]?\s*")
_SIGNED = re.compile(r"\s*([A-Z][\w.’'\- ]{2,40}, [A-Z][^\n\ue000]{1,60}?)\.?[\"”]\s*")
_POST_LEAD = re.compile(r"\s*(?:[,.!?;]\s*)?(?:--?|—|–)?\s*")
_CLAUSE_END = re.compile(r"[.!?;:\ue000(—]|\s--?\s")
_LOOK_BACK = 8  # sentences a pronoun may look back for its antecedent
_CHAIN_BACK = 3  # sentences before a quotation whose own pronouns are resolved first
# An indefinite description after an inverted verb, up to the end of its clause: "said a
# source close to the campaign", "said one Democrat involved in the talks".
_INDEFINITE = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+[^,.;:!?\n\ue000()—–]{2,90}?"
    r"(?=\s*(?:[,.;:!?\n\ue000()—–]|\s--?\s|\s(?:who|whom|and|but|because|when|as|after|"
    r"in\s+an?\s+(?:interview|statement|email|e-mail)|on\s+condition|adding)\s|$))"
)
# A name in apposition after a description: ", Ana Ortez, …" or ", Ana Ortez."
_APPOSITIVE_NAME = re.compile(rf"\s*,\s+({NAME_RUN.pattern})(?=\s*[,.;:\n]|\s+(?:said|says)\b|$)")
# Verbs whose object is the listener, never the speaker: "…," X told Fox News.
_ADDRESSEE_VERBS = word_set("told tells tell telling asked asks ask informed reminded urged warned")
_PREPOSITION = re.compile(r"(?:of|to|in|on|at|about|for|with|from|by|after|before|during)\s")
_INDEFINITE_WORDS = word_set("a an one another")
_AFFILIATED = re.compile(r"\s(?:of|at|for|from|with)(?:\s+the)?\s+$")
_AFFILIATION = re.compile(r" (?:of|at|for|from|with) (?:the )?")
# The affiliation may name its kind first: "of consulting firm", "at the think tank".
_AFFILIATION_LOOSE = re.compile(r" (?:of|at|for|from|with) (?:the )?(?:[a-z][a-z\-]* ){0,3}")
# Words inside one organisation's name: "Center for Port Studies", "Bureau of Labor".
_ORG_LINK = re.compile(r" (?:for|of|on|and|&) (?:the )?")
# A verb that hands its subject on to the speech verb: "Ortez went on to say".
_CATENATIVE = re.compile(
    r"\s+(?:went|goes|go|continued|continues|decided|decides|wanted|wants|tried|tries|"
    r"declined|declines|refused|refuses|used|appeared|appears|seemed|seems|was\s+quick|"
    r"hastened|rushed|took\s+(?:time|care|pains))(?:\s+on)?\s+to$"
)
# A speech verb right after a name: "Ortez said", "Ortez later told", "Ortez, 52, said".
_SPEAKS = re.compile(r"(?:,[^,\n]{1,60},)?\s+(?:(?:\w+ly|also|has|had|then)\s+)?([a-z]+)")
_SPEAKS_VERBS = SAID_AFTER - {"read", "reads", "went", "goes", "put", "go"}
_TOP_VERBS = word_set(
    "said says told tells wrote writes argued argues added adds noted notes explained explains "
    "insisted insists claimed claims stated states recalled recalls warned warns confided "
    "confides acknowledged acknowledges admitted admits complained complains conceded concedes "
    "contended contends maintained maintains predicted predicts promised promises vowed vows "
    "declared declares asserted asserts testified testifies vented vents"
)
_HE_SHE = re.compile(r"(?=[HhSs])(?<!\w)(?:[Hh]e|[Ss]he)\b(?![’'\-])")


# Last words of a run that names no person: "Harbor City", "the Utah Republican", "Cold War".
_PLACE_OPENERS = word_set("san santa los las fort")
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
_NOT_SURNAMES = PLACE_WORDS | word_set(
    "republican democrat independent libertarian state war act year day eve"
)


# Verbs that headlines write in capitals: "Claims", "Slams", "Endorsed" ("States" names places).
_HEADLINE_VERBS = frozenset(
    w for w in _ANY_VERB if w.endswith(("s", "ed")) and w not in {"states", "posts"}
)
_MODALS = word_set("would will could can should may might must shall")
_VERBS_AND_MODALS = _ANY_VERB | _MODALS


def _headline(words: list[str]) -> bool:
    """A run of capitals with a verb inside ("Mayor Calls Rival A Disgrace") is a headline."""
    return any(w.casefold() in _HEADLINE_VERBS for w in words[1:-1]) and not looks_like_org(
        " ".join(words)
    )


def _before_headline_verb(name: str) -> str:
    """A frame's name cut before a headline's verb: "Zoe Saldana Asked Men To" -> "Zoe Saldana"."""
    words = name.split()
    if len(words) < 3 or not _headline(words):
        return name
    cut = next(i for i, w in enumerate(words[1:-1], 1) if w.casefold() in _HEADLINE_VERBS)
    return " ".join(words[:cut])


@lru_cache(maxsize=4096)
def _parse_run(raw: str) -> tuple[NameParts, bool, bool] | None:
    """A run of capitalised words as (name parts, possessive, full name), or None."""
    if " " not in raw and raw.casefold() in NOT_NAMES:
        return None
    run = unmask(raw)
    possessive = run.endswith(("’s", "'s", "s’", "s'"))
    if possessive:
        run = run[:-2] if run.endswith("s") else run[:-1]
    parts = split_title(run)
    if parts is None:
        return None
    words = parts.name.split()
    if words[0].casefold() in NOT_NAMES:
        return None
    if words[-1].casefold() in _NOT_SURNAMES and not (
        # "Cornel West", "James York": a known given name before it makes it a surname
        len(words) == 2 and words[0].casefold() in _FIRST_NAMES and not parts.titled
    ):
        return None
    if words[0].casefold() in _PLACE_OPENERS and not looks_like_org(parts.name):
        return None  # "San Bernardino", "Los Angeles": a place
    if len(words) <= 3 and any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return None  # "the CIA's Benghazi base": an owner and a place, not a name
    if len(words) > 2 and (
        _headline(words) or (parts.titled and words[0].casefold() in _HEADLINE_VERBS)
    ):
        # "Mayor Calls Rival A Disgrace", "Pastor Wants Leaders Out": a headline, not a name
        return None
    return parts, possessive, len(words) >= 2 or parts.titled


# Nouns a name before them only modifies: "the Ortez campaign", "Ortez supporters".
_MODIFIED_NOUNS = word_set(
    "campaign campaigns administration camp team foundation supporters allies voters rally "
    "rallies presidency era fans donors backers loyalists operatives staff staffers"
)
# What follows a name's "'s" when it stands for "has" or "is": "Ortez's been", "Ortez's not".
_CONTRACTED = re.compile(r" (?:been|got|gotten|going|not|never|always|also|now|still|done)\b")
# A prefix that makes the name after it an adjective: "anti-Muslim remarks", "pro-Ortez
# marchers" (but "co-Anchor Dana Ortez" is a title).
_ADJECTIVE_PREFIX = re.compile(r"\b(?:anti|pro|non|post|pre|neo|pan)-$", re.IGNORECASE)
# A capitalised word made an adjective by its hyphenated ending, and the space after it:
# "Qaeda-linked", "Thin-skinned", "Street-style", "Botox-maker" (but "Jong-un" is a name).
_HYPHENATED_ADJECTIVE = re.compile(
    r"[A-Z][\w’']*-(?:[a-z]+ed|style|era|based|born|run|made|maker|type|like|owned)['’]?(?: |$)"
)


# Words that title case leaves in lower case: "Ortez Takes the Helm at the Board".
_TITLE_CASE_MINOR = word_set("a an the of and or nor but in on at to for by with from as vs. via")


def _occurrences(text: str, phrase: str, lo: int) -> Iterator[int]:
    """Where ``phrase`` stands as whole words in ``text`` from ``lo`` on."""
    at = text.find(phrase, lo)
    while at >= 0:
        end = at + len(phrase)
        before = text[at - 1 : at]
        after = text[end : end + 1]
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            yield at
        at = text.find(phrase, at + 1)


def _headline_name(raw: str, start: int, masked: str, body: int) -> tuple[str, int]:
    """A run of a title-case headline cut to the longest end of it that the story writes:
    "Understated Ortez" -> "Ortez" when the story names "Lina Ortez" (a single word only then,
    so "Cecile Ortez" stays whole when the story writes just "Ortez")."""
    words = raw.split(" ")
    dropped = 0
    for index, word in enumerate(words):
        rest = raw[dropped:]
        if index == len(words) - 1:
            for at in _occurrences(masked, rest, body):
                before = masked[max(body, at - 30) : at]
                previous = before.split()[-1] if before.endswith(" ") and before.strip() else ""
                if previous[:1].isupper() and previous.casefold() not in NOT_NAMES:
                    return rest, start + dropped  # "Lina Ortez" in the story
            return raw, start
        if next(_occurrences(masked, rest, body), None) is not None:
            return rest, start + dropped
        dropped += len(word) + 1
    return raw, start


# Plural group nouns that open sentences like surnames do: "Republicans said", "Officials said".
_GROUP_ENDINGS = ("ans", "ists", "ats", "ites", "ials", "ors", "ers", "ics", "ies", "ic", "ese")
_INDEFINITE_PRONOUNS = word_set("nobody everybody everyone someone somebody anyone anybody")
# Present forms that cannot be read as plural nouns after a lone capitalised word.
_LONE_PRESENT = word_set("says tells adds writes explains insists argues notes")
# The verb right after the word, an adverb at most between: "Ortez said", "Ortez later wrote".
_SPEAKS_NEXT = re.compile(r" (?:(?:\w+ly|also|then|later) )?([a-z]+)")


def _lone_speaker(raw: str, possessive: bool, masked: str, end: int) -> bool:
    """A single unknown capitalised word that speaks ("Ortez argued") is a person's surname,
    unless it reads as a group ("Democrats") or an acronym ("NATO")."""
    if possessive or " " in raw or "\u00a0" in raw or raw.isupper() or DOT in raw:
        return False
    if raw.endswith(_GROUP_ENDINGS) or raw.casefold() in _INDEFINITE_PRONOUNS:
        return False
    match = _SPEAKS_NEXT.match(masked, end)
    if match is None or match.group(1) not in _SPEAKS_VERBS:
        return False
    # "Cost estimates", "Latino remarks": an -s form after a lone word may be a plural noun.
    verb = match.group(1)
    return not verb.endswith("s") or verb in _LONE_PRESENT


_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their) (wife|husband|son|daughter|brother|sister|father|mother), $"
)


def _kin_name(raw: str, masked: str, start: int, end: int) -> str | None:
    """The relation a first name stands in apposition to: "his wife, Jane, offered …"."""
    if " " in raw or not masked.startswith(",", end):
        return None
    kin = _KIN_BEFORE.search(masked, max(0, start - 20), start)
    return kin.group(1) if kin is not None else None


# An inverted speech verb before a name, a few lowercase role words between: "…, noted Dewan
# Kolar", "…," said party spokesman Dewan Kolar".
_SAID_BEFORE = re.compile(
    r"[,\ue000] ([a-z]+) (?:(?!(?:of|to|about|on|in|at|for|with|by|from) )[a-z][\w\-]* ){0,3}$"
)
_INVERTED_VERBS = _SPEAKS_VERBS - _ADDRESSEE_VERBS
_AFTER_INVERTED = frozenset({"", ",", ".", ";", ":", "\n", "(", QUOTE})


def _spoken_by(masked: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` is the subject of an inverted speech verb;
    a name that goes on into a clause ("…, said Ortez had won") opens the reported speech."""
    if masked[end : end + 1] not in _AFTER_INVERTED:
        return False
    window = max(0, start - 60)
    cut = max(masked.rfind(",", window, start), masked.rfind(QUOTE, window, start))
    match = _SAID_BEFORE.match(masked, cut, start) if cut >= 0 else None
    return match is not None and match.group(1) in _INVERTED_VERBS


def _speaks(masked: str, end: int) -> bool:
    match = _SPEAKS.match(masked, end)
    return match is not None and match.group(1) in _SPEAKS_VERBS


# Lowercase words between a name and the next name: "Cruz campaign manager Jeff Roe".
_MODIFIED_ROLE = re.compile(r"(?: [a-z][\w\-]*){1,3}(?= [A-Z])")
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)


def _according_to(segment: str) -> list[re.Match[str]]:
    """Every "according to" in ``segment``, after a cheap test that most segments fail (only
    ASCII letters match "ccord" regardless of case, so the test never misses one)."""
    return list(_ACCORDING_TO.finditer(segment)) if "ccord" in segment.lower() else []


_TOKEN = re.compile(r"[\w’'\-\ue001]+")
_DETERMINERS = word_set("the a an one another this that his her their its our some two")
_ADVERBS_BEFORE_SAID = frozenset({"also", "then", "later", "once", "again", "he", "she"})


class Mention(NamedTuple):
    """The words standing for a speaker next to a speech verb, before they are resolved.

    A NamedTuple, as :class:`~desk.core.detection.marks.Span` is."""

    kind: str  # "name", "pronoun" or "description"
    text: str
    at: int
    role: str | None = None


@dataclass(slots=True)
class Attribution:
    speaker: Speaker | None
    partial: bool
    framed: bool  # a speech verb, a colon or a continuation ties the quotation to a speaker
    mention: Mention | None = None
    rule: str = ""  # which rule found the speaker, for error analysis


_PARTY_TAGS = frozenset({"R-", "D-", "I-"})


def _dot_abbreviation(match: re.Match[str]) -> str:
    """ "Mr." and "J." (an initial before a name) lose their period; other words keep it.

    The match is the period of an :data:`_ABBREVIATION`."""
    end = match.start()
    text = match.string
    start = end - 1
    while text[start].islower():
        start -= 1  # back to the capital: the pattern saw at most four small letters
    if text[start - 2 : start] in _PARTY_TAGS:
        return DOT  # "Rep. Glenn Thompson, R-Pa., said": a state, not a full stop
    if start and (text[start - 1].isalnum() or text[start - 1] in ".’'"):
        return "."
    if text[start:end] in _ABBREVIATIONS:
        return DOT
    if end - start == 1 and text[end + 1 : end + 2] == " " and text[end + 2 : end + 3].isupper():
        return DOT
    return "."


_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]*")
_ASCII_LETTERS = frozenset(string.ascii_letters)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` must open a sentence: a paragraph's end or a capitalised
    function word ("…in Washington, D.C. He said"), which no name or title can continue."""
    if text[at : at + 1] in {"", "\n"}:
        return True
    word = _CAPITALISED_WORD.match(text, at)
    return word is not None and word.group().casefold() in _SENTENCE_OPENERS


def _dot_acronym(match: re.Match[str]) -> str:
    """ "U.S." keeps its last period only where it may end a sentence (a paragraph end).

    The match starts at the first period ("U" stays as it is), which lets the scan skip from
    period to period instead of trying every letter."""
    text = match.string
    start = match.start() - 1
    if start < 0 or text[start] not in _ASCII_LETTERS:
        return match.group()  # "5.a.", "..a.": no letter before the first period
    if start and (text[start - 1].isalnum() or text[start - 1] in ".’'"):
        return match.group()
    end = match.end()
    keep_last = text[end : end + 1] != " " or _opens_sentence(text, end + 1)
    dotted = match.group().replace(".", DOT)
    return dotted[:-1] + "." if keep_last else dotted


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def mask(text: str, spans: list[Span]) -> str:
    """The text with quotations blanked out and abbreviation periods replaced by DOT."""
    masked = _ABBREVIATION.sub(_dot_abbreviation, text)
    masked = _ACRONYM.sub(_dot_acronym, masked)
    # "(R-Texas)", "(D-N.Y.)": never a speaker, and their periods are no sentence ends.
    masked = _PARENTHETICAL.sub(_blank, masked)
    parts: list[str] = []
    at = 0
    for span in spans:
        parts.append(masked[at : span.open_at])
        parts.append(QUOTE * (span.close_end - span.open_at))
        at = span.close_end
    parts.append(masked[at:])
    return "".join(parts)


_SUBJECT_PRONOUNS = word_set("he she they")
_COMPLEMENT_PREPOSITIONS = word_set("to for with at from by about on in close near of")


def _ends_with_preposition(words: str) -> bool:
    """ "a spokesman for", "the leader of the": what follows is the object, not the subject."""
    last = words.rsplit(" ", 2)[-2:]
    if last and last[-1] == "the":
        last = last[:-1]
    return bool(last) and last[-1] in _COMPLEMENT_PREPOSITIONS


_SHARE_OPENERS = word_set(
    "About Nearly Almost More Fewer Just Roughly about nearly almost more fewer just roughly "
    "One Two Three Four Five Six Seven Eight Nine one two three four five six seven eight nine"
)
_SHARE = re.compile(
    r"(?:(?:About|Nearly|Almost|More than|Fewer than|Just|Roughly) )?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine)(?: in (?:\d+|ten)|%| percent)"
    r"(?: of [a-z][\w\- ]{0,60})?$",
    re.IGNORECASE,
)
_AGENT = re.compile(
    r",? (?:obtained|seen|reviewed|viewed|provided|published|released|first reported|reported|"
    r"quoted|cited|read|shared) by "
)


# Words before a description that are no part of it ("But", "Then"), determiners aside.
_LEADING_NOT_NAMES = NOT_NAMES - _DETERMINERS


def _classify(np: str, at: int, role: str | None = None) -> Mention | None:
    """A noun phrase as a mention, or None when it cannot be a speaker."""
    np = np.strip(" ,\u00a0")
    if " by " in np:
        # "A letter from the Legion obtained by The Associated Press": not the agent.
        agent = _AGENT.search(np)
        if agent is not None:
            np = np[: agent.start()]
    if "(" in np:
        np = _BRACKETED.sub(" ", np).strip()  # (R-Texas), (D-N.Y.)
    if not np or QUOTE in np:
        return None
    words = np.split()
    if len(words) > 12:
        words = words[-12:]
        np = " ".join(words)
    if len(words) == 1 and words[0].casefold() in _INDEFINITE_SUBJECTS:
        return Mention("description", unmask(words[0]), at + np.find(words[0]))  # "Some chanted"
    share = _SHARE.match(np) if np[:1].isdigit() or words[0] in _SHARE_OPENERS else None
    if share is not None:
        # "About four in 10 said …", "31% of Republicans said …": a share of those asked
        return Mention("description", unmask(share.group()), at + share.start())
    last = words[-1].casefold()
    if last.endswith(("’s", "'s", "s’", "s'")):
        return None  # "Trump's": a modifier, the speaker is what follows it
    if last in PRONOUNS and len(words) <= 2:
        return Mention("pronoun", words[-1], at + len(np) - len(words[-1]))
    runs = list(NAME_RUN.finditer(np))
    if len(runs) >= 2 and runs[-1].end() == len(np):
        # "Ana Ortez of the Harbor Group", "Ana Ortez of the Center for Port Studies", "Ana
        # Ortez of research firm Tidewater": the person, not where she works.
        index = len(runs) - 1
        while index > 1 and _ORG_LINK.fullmatch(np[runs[index - 1].end() : runs[index].start()]):
            index -= 1
        person = runs[index - 1]
        link = np[person.end() : runs[index].start()]
        if _AFFILIATION_LOOSE.fullmatch(link) and len(person.group().split()) >= 2:
            parts = split_title(unmask(person.group()))
            if parts is not None and parts.name.split()[0].casefold() not in NOT_NAMES:
                return Mention("name", unmask(person.group()), at + person.start(), role)
    if (
        runs
        and runs[-1].end() == len(np)
        and not _ADJECTIVE_PREFIX.search(np, max(0, runs[-1].start() - 5), runs[-1].start())
    ):
        run = runs[-1].group()
        before = np[: runs[-1].start()].strip()
        if (
            _ends_with_preposition(before)
            and (before[:1].islower() or before.split()[0].casefold() in _DETERMINERS)
            and classify_head(np) == "person"
        ):
            # "a spokesman for Ana Ortez", "the leader of the Harbor League": the name is the
            # object of a preposition, the speaker is the description around it.
            return Mention("description", unmask(np), at)
        article_word = before.rsplit(" ", 1)[-1]
        if article_word.casefold() in _INDEFINITE_WORDS and run.split()[-1].casefold() in (
            ANONYMOUS_HEADS
        ):
            # "one New Hampshire Democrat": a description, not a name.
            start = len(before) - len(article_word)
            return Mention("description", unmask(np[start:]), at + start)
        if before and not role:
            lowered = before.split()
            if lowered and lowered[-1].casefold() not in NOT_NAMES | {"of", "for", "to"}:
                role = unmask(before)
        parts = split_title(unmask(run))
        if parts is not None and parts.name.split()[0].casefold() not in NOT_NAMES:
            return Mention("name", unmask(run), at + runs[-1].start(), role)
    first = words[0].casefold()
    if first in _SUBJECT_PRONOUNS and len(words) > 1:
        # "she issued a statement": a subject and its predicate, the pronoun is who speaks.
        return Mention("pronoun", words[0], at + max(0, np.find(words[0])))
    if first in _LEADING_NOT_NAMES and len(words) > 1 and first not in {"one", "two"}:
        words = words[1:]
        np = " ".join(words)
    if (words[-1][:1].islower() or words[0].casefold() in _DETERMINERS) and len(words) <= 9:
        head = words[-1].casefold().rstrip(",")
        if head in SPEAKER_HEADS or head.rstrip("s") in SPEAKER_HEADS:
            return Mention("description", unmask(np), at)
    return None


def _role_from_appositive(text: str) -> str | None:
    words = unmask(text).strip().split()
    if not words or len(words) > 14:
        return None
    if words[0].casefold() in {"the", "a", "an"}:
        words = words[1:]
    if not words or not role_words(" ".join(words)):
        return None
    return expand_role(" ".join(words))


def _strip_filler(segment: str) -> str:
    """Drop the adverbs and auxiliaries between a subject and its verb ("Kerry has also")."""
    stripped = segment.rstrip()
    if stripped.endswith(" to"):
        stripped = _CATENATIVE.sub("", stripped)
    while stripped:
        head, _space, word = stripped.rpartition(" ")
        if word in _FILLER_WORDS or (word.endswith("ly") and word.islower() and len(word) > 3):
            stripped = head.rstrip()
            continue
        break
    return stripped


# ", South Carolina" after "of Columbia" or "from Sumter": the state of a home town, not a
# subject of its own.
_HOME_STATE = re.compile(
    r"\b(?:of|from|in|near)(?: [A-Z][\w’'\-\ue001]*)+(, (?:(?:New|North|South|West|Rhode) )?"
    r"[A-Z][a-z]+),?$"
)
# Words that open a clause with where it happens rather than who acts.
_LOCATIVE_LEAD = word_set("in at from outside inside across near")
# A sentence opening with a preposition has its subject after the phrase: "Of Ortez, Kolar
# said …"; "To Ortez, …" is her view, though, as "according to" is.
_LEADING_PREPOSITIONS = word_set(
    "on in at of for with from by about against toward towards than like into over under "
    "after before during despite"
)
_NOT_SUBJECT_LEAD = _LOCATIVE_LEAD | _LEADING_PREPOSITIONS


_APPOSITIVE_NAME_ONLY = re.compile(rf"\s*({NAME_RUN.pattern})\s*")
# What opens an appositive or a relative clause after a name: ", an actor", ", who", ", 52",
# ", of Springfield".
_APPOSITIVE_START = re.compile(r"\s+(?:an?|the|who|whose|which|his|her|their|its|of|from|\d+)\b")


_ROLE_OF = re.compile(r"\s+((?:[a-z][\w\-]* ){0,2}[a-z][\w\-]*) (?:of|at|for)\b")


def _appositive_part(part: str) -> bool:
    """Whether a part between commas describes the name before it: "the editor", "who runs a
    theatre", "executive director of the House Majority PAC"."""
    if _APPOSITIVE_START.match(part):
        return True
    role = _ROLE_OF.match(part)
    return role is not None and bool(role_words(role.group(1)))


def _bare_name(text: str) -> bool:
    """Whether a clause ends in nothing but a name: "Ana Ortez", "After the vote Ana Ortez"."""
    cut = _CLAUSE_BREAK.match(text)
    return NAME_RUN.fullmatch(text[cut.end() if cut else 0 :].strip()) is not None


def _left_np(masked: str, lo: int, hi: int) -> Mention | None:
    """The subject that ends at ``hi``: "…, Kerry said" -> Kerry; "the official said"."""
    stripped = _strip_filler(masked[lo:hi])
    quote = stripped.rfind(QUOTE)
    if quote >= 0:
        # "the mayor "looked tired," Mr. Kolar said": the subject starts after the quotation.
        lo += quote + 1
        stripped = stripped[quote + 1 :]
    if not stripped:
        return None
    home = _HOME_STATE.search(stripped)
    if home is not None and home.group(1).rsplit(" ", 1)[-1].casefold() in PLACE_WORDS:
        # "Stacy Ortez of Columbia, South Carolina says": drop the state, keep the comma.
        stripped = stripped[: home.start(1)] + ("," if stripped.endswith(",") else "")
    if stripped.endswith(","):
        # "Donna Brazile, the party's chairwoman, said": the name is before the appositive.
        head, comma, appositive = stripped[:-1].rpartition(",")
        if not comma:
            return None
        # "Ana Ortez, an actor in Dallas, who runs a theatre, said": skip every appositive
        # back to the name they describe.
        chain = head
        while "," in chain and _appositive_part(chain.rpartition(",")[2]):
            before, _comma, part = chain.rpartition(",")
            if _bare_name(before):
                head, appositive = before, part
                break
            chain = before
        named = _APPOSITIVE_NAME_ONLY.fullmatch(appositive)
        if named is not None and len(named.group(1).split()) >= 2:
            # "the White House spokesman, Ana Ortez, said": the name in apposition speaks,
            # unless the description is itself an appositive ("Ana Ortez, the editor of the
            # paper, The Harbor Post, said").
            before, _comma, subject = head.rpartition(",")
            cut = _CLAUSE_BREAK.match(subject)
            described = _classify(subject[cut.end() if cut else 0 :], lo)
            if not _bare_name(before) and (described is None or described.kind == "description"):
                role = described.text if described is not None else None
                start = lo + len(head) + 1 + named.start(1)
                return Mention("name", unmask(named.group(1)), start, role)
        cut = _CLAUSE_BREAK.match(head)
        start = cut.end() if cut else 0
        return _classify(head[start:], lo + start, _role_from_appositive(appositive))
    offset = lo
    head, comma, last = stripped.rpartition(",")
    if comma:
        first_word = last.split()[0].casefold() if last.split() else ""
        if first_word in {"who", "whose"} and len(last.split()) > 2 and _bare_name(head):
            # "Katie Packer, who is chairman of the PAC said": the comma after the relative
            # clause is missing; its subject is the name before it.
            cut = _CLAUSE_BREAK.match(head)
            start = cut.end() if cut else 0
            mention = _classify(head[start:], lo + start)
            if mention is not None and mention.kind == "name":
                return mention
        if first_word in {"the", "a", "an"} or role_words(last.split()[0] if last.split() else ""):
            cut = _CLAUSE_BREAK.match(head)
            start = cut.end() if cut else 0
            lead = head[start:].split()[:1]
            # "In Ohio, Governor Ortez said": where it happens is no subject.
            if not lead or lead[0].casefold() not in _NOT_SUBJECT_LEAD:
                mention = _classify(head[start:], lo + start, _role_from_appositive(last))
                if mention is not None and mention.kind == "name":
                    return mention
        offset += len(head) + 1
        stripped = last
    cut = _CLAUSE_BREAK.match(stripped)
    start = cut.end() if cut else 0
    return _classify(stripped[start:], offset + start)


def _indefinite(segment: str, match: re.Match[str], at: int) -> Mention | None:
    """ "said a source close to the campaign, Ana Ortez": the name, or else the description."""
    description = match.group().strip()
    if QUOTE in description:
        return None
    rest = segment[match.end() :]
    name = _APPOSITIVE_NAME.match(rest)
    if name is not None and classify_head(description) == "person":
        parts = split_title(unmask(name.group(1)))
        if parts is not None and len(parts.name.split()) >= 2:
            start = at + match.end() + name.start(1)
            return Mention("name", unmask(name.group(1)), start, unmask(description))
    return Mention("description", unmask(description), at)


def _right_np(masked: str, lo: int, hi: int) -> Mention | None:
    """The speaker after an inverted verb: "said Donna Brazile, the chairwoman"."""
    segment = masked[lo:hi]
    leading = len(segment) - len(segment.lstrip())
    segment = segment.lstrip()
    if _PREPOSITION.match(segment) or segment.startswith("that "):
        return None  # "said of the Clintons", "told Fox News", "wrote that Taylor …"
    indefinite = _INDEFINITE.match(segment)
    if indefinite is not None:
        return _indefinite(segment, indefinite, lo + leading)
    stop = _RIGHT_STOP.search(segment)
    np = segment[: stop.start()] if stop else segment
    role = None
    if stop and segment[stop.start()] == ",":
        rest = segment[stop.end() :]
        end = _APPOSITIVE_END.search(rest)
        appositive = rest[: end.start()] if end else rest
        named = _APPOSITIVE_NAME_ONLY.fullmatch(appositive)
        described = _classify(np, lo + leading)
        if (
            named is not None
            and len(named.group(1).split()) >= 2
            and described is not None
            and described.kind == "description"
        ):
            # "said the director, Tom Brask, on Monday": the name in apposition speaks.
            start = lo + leading + stop.end() + named.start(1)
            return Mention(
                "name", unmask(named.group(1)), start, _role_from_appositive(described.text)
            )
        role = _role_from_appositive(appositive)
    return _classify(np, lo + leading, role)


def _is_verb(segment: str, token: re.Match[str], verbs: frozenset[str]) -> bool:
    """A lowercase verb of the list, or a capitalised one that opens its clause ("Said X:")."""
    word = token.group()
    if word.casefold() not in verbs:
        return False
    if word[0].islower():
        # "a post", "the report", "a Trumpian post": a noun after its article ("The Hill
        # pointed out" is a verb, though).
        head, _space, last = (
            segment[max(0, token.start() - 40) : token.start()].rstrip().rpartition(" ")
        )
        if last.casefold() in _NOUN_OPENERS:
            return False
        return not (last[:1].isupper() and head.rpartition(" ")[2] in {"a", "an"})
    before = segment[: token.start()].rstrip()
    return not before or before[-1] in ".!?:;\ue000"


# People who speak for someone else: "the spokesman" is never the one the story is about.
_SPEAKS_FOR_OTHERS = word_set(
    "spokesman spokeswoman spokesperson aide adviser advisor official source staffer "
    "representative assistant lawyer attorney"
)
# A pronoun standing for some of a group the story describes: "Some chanted", "Another said".
_INDEFINITE_SUBJECTS = word_set("some others another many several both most")
_NOUN_OPENERS = word_set("a an the his her their its our my your this these those")
_NOT_BEFORE_VERB = _NOUN_OPENERS | word_set("by of for from with to in on at")


def _around_verb(
    masked: str, lo: int, token: re.Match[str], hi: int, before: str
) -> Mention | None:
    """The speaker of a verb: its subject, or what follows an inverted verb ("said X")."""
    if _introduces(before):
        if before.endswith(","):
            # "Robby Mook, her campaign manager, suggested …": the subject still comes first;
            # "The complaint, filed on Friday, alleged that …" too (no verb has "that" after
            # it inverted).
            mention = _left_np(masked, lo, lo + token.start())
            if mention is not None and (
                mention.kind != "description" or masked.startswith(" that ", lo + token.end())
            ):
                return mention
            # "One attendee, who spoke on condition of anonymity, said the message was …": no
            # speaker after the verb, so the description before it is its subject.
            right = _right_np(masked, lo + token.end(), hi)
            if right is None and mention is not None and mention.text[:1].isupper():
                return mention
            return right
        return _right_np(masked, lo + token.end(), hi)
    return _left_np(masked, lo, lo + token.start())


def _introduces(before: str) -> bool:
    """Whether what precedes a verb leaves it at the head of its clause ("…," said X)."""
    return not before or before[-1] in ",;:—(" or before.endswith(QUOTE)


@dataclass(slots=True)
class _Ref:
    """A place where the article names a known person; a modifier is "Cruz" in "Cruz aide"."""

    at: int
    person: Person
    modifier: bool
    speaks: bool = False  # the subject of a speech verb: "Ortez said", or a quotation's speaker
    pronoun: bool = False  # "he" or "she", standing for the person resolved before
    owner: bool = False  # a possessive before a plain noun: "Trump's attempt", "Francis' message"


class _Article:
    """Everything the rules need about one article, computed once."""

    def __init__(self, text: str, spans: list[Span]) -> None:
        self.text = text
        self.spans = spans
        self._span_opens = [span.open_at for span in spans]
        self.masked = mask(text, spans)
        self.paragraphs = [m.span() for m in _PARAGRAPH.finditer(text)]
        self._paragraph_starts = [lo for lo, _hi in self.paragraphs]
        self.sentences = self._split_sentences()
        self._sentence_starts = [lo for lo, _hi in self.sentences]
        self.people = People()
        # Every mention of a known person, in reading order.
        self.mentions: list[_Ref] = []
        self._starts: list[int] | None = None
        self._openings: dict[int, Mention | None] = {}  # an unnamed person opening a sentence
        self._anonymous: set[str] = set()
        self._regions: list[tuple[int, int]] | None = None
        self._register_names()

    # Structure ---------------------------------------------------------------------------

    def _split_sentences(self) -> list[tuple[int, int]]:
        masked = self.masked
        text = self.text
        quote_ends = sorted(s.close_end for s in self.spans if s.closed)
        inner_ends = {s.close_end: s.end for s in self.spans if s.closed}
        sentences: list[tuple[int, int]] = []
        stops = char_positions(masked, ".!?")  # where a _SENTENCE_END may start
        for lo, hi in self.paragraphs:
            start = lo
            cuts = []
            resume = lo
            # What _SENTENCE_END.finditer(masked, lo, hi) finds, tried only where it can start.
            for at in stops[bisect.bisect_left(stops, lo) : bisect.bisect_left(stops, hi)]:
                if at >= resume:
                    stop = _SENTENCE_END.match(masked, at, hi)
                    if stop is not None:
                        resume = stop.end()
                        cuts.append(resume)
            first = bisect.bisect_right(quote_ends, lo)
            for end in quote_ends[first : bisect.bisect_left(quote_ends, hi)]:
                inner = inner_ends[end]
                if text[inner - 1 : inner] not in {".", "!", "?"}:
                    continue
                rest = masked[end : end + 40].lstrip()
                if not rest or not (rest[0].isupper() or rest[0] == QUOTE):
                    continue
                following = [w.casefold() for w in _TOKEN.findall(rest)[:4]]
                if any(w in SAID_AFTER for w in following):
                    continue  # "Why?" Trump asked.
                cuts.append(end + (len(masked[end : end + 40]) - len(rest)))
            for cut in sorted(cuts):
                if start < cut < hi:
                    sentences.append((start, cut))
                    start = cut
            sentences.append((start, hi))
        return sentences

    def paragraph_of(self, at: int) -> int:
        index = bisect.bisect_right(self._paragraph_starts, at) - 1
        return index if index > 0 else 0

    def sentence_of(self, at: int) -> int:
        index = bisect.bisect_right(self._sentence_starts, at) - 1
        return index if index > 0 else 0

    def _near_quotes(self) -> list[tuple[int, int]]:
        """Where a mention can matter: from a few sentences before each quotation to the end
        of its paragraph (pronouns look back at most that far)."""
        if self._regions is not None:
            return self._regions
        regions: list[tuple[int, int]] = []
        self._regions = regions
        for span in self.spans:
            first = max(0, self.sentence_of(span.open_at) - _LOOK_BACK)
            lo = self.sentences[first][0]
            hi = self.paragraphs[self.paragraph_of(span.open_at)][1]
            if regions and lo <= regions[-1][1]:
                regions[-1] = (regions[-1][0], max(hi, regions[-1][1]))
            else:
                regions.append((lo, hi))
        return regions

    def _register_names(self) -> None:
        masked = self.masked
        people = self.people
        regions = self._near_quotes()
        region = 0
        region_lo, region_hi = regions[0] if regions else (-1, -1)
        # The same run ("Trump", "Donald Trump") comes back many times: parse it once.
        parsed: dict[str, tuple[NameParts, bool, bool] | None] = {}
        headline_end = self._headline_end()
        for match in self._runs_outside_quotations():
            raw = match.group()
            start = match.start()
            if start < headline_end and " " in raw:
                raw, start = _headline_name(raw, start, masked, headline_end)
            if "-" in raw:
                adjective = _HYPHENATED_ADJECTIVE.match(raw)
                if adjective is not None:
                    # "Qaeda-linked Islamic cleric", "'Thin-skinned' Trump": not a name's word.
                    raw, start = raw[adjective.end() :], start + adjective.end()
                    if not raw:
                        continue
            while start >= region_hi and region + 1 < len(regions):
                region += 1
                region_lo, region_hi = regions[region]
            near = region_lo <= start < region_hi
            if not near and " " not in raw and "\u00a0" not in raw:
                continue  # one word is never a full name: far from quotations, nothing reads it
            if raw in parsed:
                entry = parsed[raw]
            else:
                entry = parsed[raw] = _parse_run(raw)
            if entry is None:
                continue
            parts, possessive, full = entry
            if not (full or near):
                continue  # a surname far from any quotation: nothing reads it
            known = people.find(parts.name, start, parts.gender)
            if known is None and not full:
                kin = _kin_name(raw, masked, start, match.end()) if near else None
                if kin is not None:
                    # "his wife, Jane, offered …": a first name with the relation as role.
                    gender = _GENDERED_HEADS.get(kin)
                    known = people.add(parts._replace(gender=gender), start, kin)
                elif not (near and _lone_speaker(raw, possessive, masked, match.end())):
                    continue
                else:
                    # "Ortez said …" with no earlier "Ana Ortez": the surname is all we have.
                    known = people.add(parts, start)
            end = match.end()
            if full:
                if (
                    known is not None
                    and known.role is not None
                    and known.gender is not None
                    and len(parts.name.split()) <= len(known.name.split())
                ):
                    person = known  # nothing new to learn from this mention
                    person.named += 1
                else:
                    role = parts.role or self._role_before(start) or self._appositive(end)
                    person = people.add(parts, start, role, known)
                if not near:
                    continue
            else:
                assert known is not None
                person = known
            # "Cruz spokeswoman Catherine Frazier", "Cruz campaign manager Jeff Roe": a
            # modifier, not the person meant.
            # "pro-Sanders demonstrators", "anti-Trump ads": a modifier too.
            if possessive and _CONTRACTED.match(masked, end):
                possessive = False  # "Christie's been making the case": "has", not "of"
            owner = False
            if possessive and masked.startswith(" ", end):
                following = masked[end + 1 : masked.find(" ", end + 1)]
                owner = following[:1].islower() and not (
                    following in _MODIFIED_NOUNS or role_words(following)
                )
            modifier = possessive or (
                masked[start - 1 : start] == "-"
                and _ADJECTIVE_PREFIX.search(masked, max(0, start - 5), start) is not None
            )
            if not modifier and masked.startswith(" ", end):
                following = masked[end + 1 : masked.find(" ", end + 1)]
                modifier = bool(following) and (
                    following in _MODIFIED_NOUNS or bool(role_words(following))
                )
                if not modifier and following[:1].islower():
                    noun = _MODIFIED_ROLE.match(masked, end)
                    modifier = noun is not None and bool(role_words(noun.group()))
            # "Ana Ortez of the Harbor Institute said": the institute is not who speaks.
            speaks = (
                not modifier
                and (_speaks(masked, end) or _spoken_by(masked, start, end))
                and _AFFILIATED.search(masked, max(0, start - 9), start) is None
            )
            if speaks:
                person.spoke = True
            self.mentions.append(_Ref(start, person, modifier, speaks, owner=owner))

    def _runs_outside_quotations(self) -> Iterator[re.Match[str]]:
        """Every run of capitals of the masked text: the same runs as a scan of all of it, but
        no time spent on the blanked quotations, where none can be."""
        at = 0
        for span in self.spans:
            yield from NAME_RUN.finditer(self.masked, at, span.open_at)
            at = span.close_end
        yield from NAME_RUN.finditer(self.masked, at)

    def _headline_end(self) -> int:
        """Where the headline ends when the text opens with one in title case, whose runs of
        capitals are not names ("Understated Ortez Takes the Helm"); 0 when it does not."""
        if not self.paragraphs:
            return 0
        lo, hi = self.paragraphs[0]
        words = [
            w
            for w in self.masked[lo:hi].split()
            if w[0].isalpha() and w.casefold() not in _TITLE_CASE_MINOR
        ]
        if hi - lo > 200 or len(words) < 4:
            return 0
        capitalised = sum(1 for w in words if w[0].isupper())
        return hi if capitalised >= 0.9 * len(words) else 0

    def chain_pronouns(self, before: list[int]) -> None:
        """Resolve every "he" and "she" in the sentences before the offsets ``before`` (where
        quotations are attributed to a pronoun), in reading order, and keep each as a mention
        of its person: "Ortez said …. But she added …. \u201c…,\u201d she said." """
        masked = self.masked
        regions: list[tuple[int, int]] = []
        for at in before:
            lo = self.sentences[max(0, self.sentence_of(at) - _CHAIN_BACK)][0]
            if regions and lo <= regions[-1][1]:
                regions[-1] = (regions[-1][0], max(at, regions[-1][1]))
            else:
                regions.append((lo, at))
        for lo, hi in regions:
            for match in _HE_SHE.finditer(masked, lo, hi):
                at = match.start()
                mention = Mention("pronoun", match.group(), at)
                person = self._antecedent_person(mention)
                if person is None:
                    continue
                speaks = _speaks(masked, match.end())
                self._add_ref(_Ref(at, person, False, speaks, True))

    def _role_before(self, at: int) -> str | None:
        """ "Republican presidential nominee Donald Trump": the lowercase role before a name."""
        masked = self.masked
        previous = masked[max(0, masked.rfind(" ", 0, max(0, at - 1)) + 1) : at].strip()
        if not previous or not previous[0].islower() or not role_words(previous):
            return None
        words = masked[max(0, at - 90) : at].split()
        if not words or not role_words(words[-1]) or words[-1][:1].isupper():
            return None
        taken: list[str] = []
        for word in reversed(words):
            folded = word.casefold()
            if folded in _DETERMINERS or word[-1:] in ",.;:" or QUOTE in word:
                break
            if folded in NOT_NAMES and folded != "former":
                break
            if folded in _ANY_VERB or folded in _MODALS:
                break  # "Ortez described council candidate Paul Lind": the verb ends the role
            taken.insert(0, word)
            if len(taken) >= 6:
                break
        return unmask(" ".join(taken)) if taken else None

    def _appositive(self, end: int) -> str | None:
        if self.masked[end : end + 2] != ", ":
            return None
        rest = self.masked[end : end + 160]
        stop = _ROLE_END.search(rest, 2)
        text = rest[2 : stop.start()] if stop else rest[2:]
        if not _VERBS_AND_MODALS.isdisjoint(text.split()[1:]):
            return None  # "…, the candidate stated that": the next clause's subject, no role
        return _role_from_appositive(text)

    # Resolution ---------------------------------------------------------------------------

    def resolve(self, mention: Mention) -> Speaker | None:
        if mention.kind == "name":
            parts = split_title(_before_headline_verb(mention.text))
            if parts is None:
                return None
            role = parts.role or (expand_role(mention.role) if mention.role else None)
            person = self.people.find(parts.name, mention.at, parts.gender)
            if person is not None:
                if person.is_org:
                    return Speaker(person.name, None, False)
                return Speaker(person.name, person.role or role, False)
            name = _POSSESSIVE_S.sub("", parts.name)
            return Speaker(name, None if looks_like_org(name) else role, False)
        if mention.kind == "pronoun":
            return self._antecedent(mention)
        return self._description(mention)

    def remember(self, at: int, speaker: Speaker, head: str | None = None) -> None:
        """A resolved speaker is a mention too, for the pronouns that follow.

        An anonymous source ("a senior official") is remembered with every later "the official"
        (``head``), so that "he said" after "the official declined to comment" finds it.
        """
        if speaker.anonymous:
            if head is None or speaker.name in self._anonymous:
                return
            person = Person(speaker.name, None, None, False, at, True, True)
            self._anonymous.add(speaker.name)
            self._add_ref(_Ref(at, person, False, True))
            if self.masked.find(head, at + 1) < 0:
                return  # no later "the official": spare the scan of the rest of the article
            pattern = re.compile(rf"\b[Tt]he\s+(?:[\w\-]+\s+){{0,2}}?{re.escape(head)}\b")
            for match in pattern.finditer(self.masked, at + 1):
                speaks = _speaks(self.masked, match.end())
                self._add_ref(_Ref(match.start(), person, False, speaks))
            return
        known = self.people.find(speaker.name, at)
        if known is None:
            # "The book accuses …": a document speaks too, but no "he" or "she" stands for it.
            thing = looks_like_org(speaker.name) or classify_head(speaker.name) == "document"
            known = Person(speaker.name, speaker.role, None, thing, at)
        known.spoke = True
        self._add_ref(_Ref(at, known, False, True))

    def _add_ref(self, ref: _Ref) -> None:
        starts = self._mention_starts()
        index = bisect.bisect_right(starts, ref.at)
        if index and self.mentions[index - 1].at == ref.at:
            self.mentions[index - 1] = ref
        else:
            self.mentions.insert(index, ref)
            starts.insert(index, ref.at)

    def mentions_between(self, lo: int, hi: int) -> list[_Ref]:
        starts = self._mention_starts()
        return self.mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def _mention_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [ref.at for ref in self.mentions]
        return self._starts

    def _antecedent(self, mention: Mention) -> Speaker | None:
        person = self._antecedent_person(mention)
        return speaker_for(person) if person is not None else None

    def _antecedent_person(self, mention: Mention) -> Person | None:
        word = mention.text.casefold()
        if word in {"i", "we"}:
            return None
        gender = "m" if word == "he" else "f" if word == "she" else None
        wants_org = word == "it"
        current = self.sentence_of(mention.at)
        starts = self._mention_starts()
        end = bisect.bisect_left(starts, mention.at)
        first = self.sentences[max(0, current - _LOOK_BACK + 1)][0]
        begin = max(end - 60, bisect.bisect_left(starts, first, 0, end))
        by_sentence: dict[int, list[_Ref]] = {}
        sentence_starts = self._sentence_starts
        bisect_right = bisect.bisect_right
        # "…," he says: in the pronoun's own sentence, only what comes before its first
        # quotation; a name between two parts of it ("…" -- that Bloomberg is seen as … --
        # "…," he says) is what the speaker talks about.
        s_lo = self.sentences[current][0]
        starts = self._span_opens
        quoted = self.spans[
            bisect.bisect_left(starts, s_lo) : bisect.bisect_left(starts, mention.at)
        ]
        quoted = [q for q in quoted if q.close_end <= mention.at]
        opened = mention.at
        if quoted and len(self.masked[quoted[-1].close_end : mention.at].strip(" ,")) == 0:
            opened = quoted[0].open_at
        for ref in self.mentions[begin:end]:
            index = bisect_right(sentence_starts, ref.at) - 1
            index = index if index > 0 else 0
            if index == current and ref.at > opened and not ref.pronoun:
                continue
            by_sentence.setdefault(index, []).append(ref)
        fallback: Person | None = None
        objects: list[Person] = []
        for sentence in range(current, max(-1, current - _LOOK_BACK), -1):
            refs = by_sentence.get(sentence, [])
            if word == "they":
                # "But the protesters also paid tribute … As they marched, they chanted …"
                group = self._described_group(sentence)
                if group is not None and group.at < mention.at:
                    return group
            elif wants_org:
                # "The email includes a photo of Cruz. At the bottom it reads, "…""
                document = _DESCRIBED_DOCUMENT.match(self.masked, *self.sentences[sentence])
                if document is not None and document.start(1) < mention.at:
                    text = unmask(document.group(1))
                    return Person(text, None, None, True, document.start(1), False, True)
            elif gender is not None:
                described = self._described_person(sentence, gender)
                # ("A reporter asked Ortez how she felt. She replied: …": a named person in
                # the sentence is left to the rules below.)
                if (
                    described is not None
                    and described.at < mention.at
                    and not any(not r.person.is_org and not r.modifier for r in refs)
                ):
                    return described
            if (
                sentence == current
                and gender is not None
                and ", who " in self.masked[s_lo : mention.at]
            ):
                for ref in reversed(refs):
                    # "… from student Deja Ortez, who forced me to think, when she called
                    # him "…"": the relative clause's own subject.
                    run = NAME_RUN.match(self.masked, ref.at)
                    clause = self.masked[run.end() + 6 : mention.at] if run is not None else ""
                    if (
                        run is not None
                        and self.masked.startswith(", who ", run.end())
                        and clause  # not "Obama, who he noted was …": "who" is the object
                        and not _CLAUSE_BOUND.search(clause)  # the pronoun inside it
                        and not ref.person.is_org
                        and (not ref.person.gender or ref.person.gender == gender)
                    ):
                        return ref.person
            # Whoever speaks in the sentence comes first: "X said he …", "…," X said; in the
            # main clause after a subordinate one: "When someone shouted "…," Beck joked …".
            ordered = refs
            s_start = self.sentences[sentence][0]
            if _SUBORDINATE.match(self.masked, s_start):
                comma = self.masked.find(", ", s_start, self.sentences[sentence][1])
                if comma >= 0:
                    ordered = [r for r in refs if r.at > comma] + [r for r in refs if r.at < comma]
            for ref in ordered:
                person = ref.person
                if not ref.speaks or person.is_org != wants_org or word == "they":
                    continue
                if gender and person.gender and person.gender != gender:
                    continue
                return person
            for ref in refs:
                person = ref.person
                if word != "they" and person.is_org != wants_org:
                    continue
                if gender and person.gender and person.gender != gender:
                    # "Clinton, without naming him, accused Sanders …. "…," she said": a bare
                    # surname the family shares is the relative "she" fits.
                    relative = self._relative(ref, gender)
                    if relative is None:
                        continue
                    person = relative
                lead = self.masked[self.sentences[sentence][0] : ref.at].strip(" \ue000")
                if not lead:
                    if not ref.modifier and not _object_of_preposition(self.masked, ref.at):
                        return person  # the sentence's subject, even with no title
                    if ref.owner and len(refs) == 1 and sentence < current:
                        return person  # "Trump's attempt … did not last. Within minutes, he …"
                elif sentence < current and _LEADING_CLAUSE.match(lead):
                    # "Since announcing Weld as his running mate, Johnson has risen …. He …":
                    # past the leading clause, its subject.
                    if not lead.endswith(","):
                        continue  # a name inside the leading clause
                    if not ref.modifier and _LOWER_NEXT.match(self.masked, ref.at):
                        return person
                    break
                else:
                    break
            for ref in refs:
                person = ref.person
                if word != "they" and person.is_org != wants_org:
                    continue
                if gender and person.gender and person.gender != gender:
                    continue
                strong = wants_org or (
                    not ref.modifier
                    and (person.spoke or person.role is not None or person.gender is not None)
                )
                if strong and _object_of_preposition(self.masked, ref.at):
                    # "the media director for Obama", "Like Allen, he …": the object of a
                    # preposition is the antecedent only when no subject comes before.
                    objects.append(person)
                    continue
                if strong:
                    return person
                if fallback is None and not ref.modifier and len(person.name.split()) >= 2:
                    fallback = person
        return objects[0] if objects else fallback

    def _relative(self, ref: _Ref, gender: str) -> Person | None:
        """The one person of ``gender`` sharing the surname a bare-surname mention names."""
        key = surname_key(ref.person.name)
        if ref.pronoun or self.masked[ref.at : ref.at + len(key)].casefold() != key:
            return None  # "Lina Ortez", "Mrs. Ortez": that very person
        family = self.people.by_surname.get(key, [])
        fits = [p for p in family if p.gender == gender and not p.is_org]
        return fits[0] if len(fits) == 1 else None

    def _described_person(self, sentence: int, gender: str) -> Person | None:
        """An unnamed person opening the sentence as its subject, for "he" or "she": "A
        29-year-old Berlin woman received probation after …" ¶ "…," she wrote."""
        if sentence in self._openings:
            mention = self._openings[sentence]
        else:
            lo, hi = self.sentences[sentence]
            mention = None
            if _INDEFINITE_OPENING.match(self.masked, lo, hi):
                mention = _described_subject(self, lo, hi)
                if mention is not None and classify_head(mention.text) != "person":
                    mention = None
            self._openings[sentence] = mention
        if mention is None:
            return None
        head = mention.text.split()[-1].casefold()
        if _GENDERED_HEADS.get(head, gender) != gender:
            return None
        return Person(unmask(mention.text), None, gender, False, mention.at, True, True)

    def _described_group(self, sentence: int) -> Person | None:
        """People described in the plural opening the sentence, for "they"."""
        lo, hi = self.sentences[sentence]
        group = _DESCRIBED_GROUP.match(self.masked, lo, hi)
        if group is None or group.group(2) not in ANONYMOUS_HEADS:
            return None
        return Person(unmask(group.group(1)), None, None, False, group.start(1), True, True)

    def _introduced(self, head: str, at: int) -> str | None:
        """Where "the official" was first introduced: "a senior State Department official"."""
        pattern = re.compile(
            rf"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w\-’'\ue001]+\s+){{0,5}}?){re.escape(head)}\b"
        )
        found = None
        for match in pattern.finditer(self.masked, 0, at):
            found = match
        return unmask(found.group()) if found is not None else None

    def _topic(self, at: int, found: Person | None) -> Person | None:
        """The subject of the sentence before ``at`` (a person named first in it, at its
        start) when the story has not said that person's role: the one it is about just now.
        Across a paragraph break only when no one has the role (``found`` is None)."""
        current = self.sentence_of(at)
        if current == 0:
            return None
        lo, hi = self.sentences[current - 1]
        before = self.paragraph_of(at) - self.paragraph_of(lo)
        if before > 1 or (before == 1 and found is not None):
            return None
        if _ASKED.search(self.text, lo, hi):
            return None  # ""That would be you?" Borger asked." ¶ "…," the senator said: not Borger
        for ref in self.mentions_between(lo, hi):
            opens = not self.masked[lo : ref.at].strip(" \ue000")
            person = ref.person
            if opens and not ref.modifier and not person.is_org and not ref.pronoun:
                return person if person.role is None and person is not found else None
            break
        return None

    def _description(self, mention: Mention) -> Speaker | None:
        text = mention.text
        words = text.split()
        kind = classify_head(text)
        definite = words[0].casefold() in {"the", "this", "that"}
        if definite and kind == "person":
            wanted = role_words(text)
            if wanted:
                qualifiers = tuple(
                    w.casefold()
                    for w in words[1:]
                    if (w[:1].isupper() or w.casefold() == "vice") and not role_words(w)
                )
                person = self.people.with_role(wanted, mention.at, qualifiers)
                # "Rubio stopped by his office. …, the senator said": Rubio, over a senator
                # named further back (a spokesman or an aide is never the subject himself).
                topic = None
                if words[-1].casefold() not in _SPEAKS_FOR_OTHERS:
                    # A senator of another state ("the Florida senator", Sen. Ernst of Iowa
                    # found) does not stand in the way either.
                    fits = person is not None and all(
                        q in (person.role or "").casefold() for q in qualifiers
                    )
                    topic = self._topic(mention.at, person if fits else None)
                if topic is not None:
                    return speaker_for(topic)
                if person is not None:
                    return speaker_for(person)
        if definite and kind == "person" and words[-1].casefold() in ANONYMOUS_HEADS:
            earlier = self._introduced(words[-1], mention.at)
            if earlier is not None:
                return Speaker(" ".join(earlier.split()), None, True)
        anonymous = kind == "person" and not any(
            m.group().split()[0].casefold() not in NOT_NAMES
            for m in NAME_RUN.finditer(text)
            if m.start() == 0
        )
        return Speaker(" ".join(words), None, anonymous)  # one space, whatever the page had


def attribute(text: str, spans: list[Span]) -> list[Attribution]:
    """One :class:`Attribution` per span, in the same order."""
    if not spans:
        return []  # nothing to attribute: spare reading the names of an article with no quotes
    article = _Article(text, spans)
    results: list[Attribution] = []
    for span in spans:
        mention, rule = _frame(article, span)
        results.append(
            Attribution(
                None,
                _is_partial(article, span),
                mention is not None and rule != "described-subject",
                mention,
                rule,
            )
        )
    article.chain_pronouns(
        [r.mention.at for r in results if r.mention is not None and r.mention.kind == "pronoun"]
    )
    # Resolve in reading order, so pronouns can point at earlier speakers.
    previous_anonymous: dict[str, Speaker] = {}
    for result in results:
        mention = result.mention
        if mention is None:
            continue
        speaker = article.resolve(mention)
        if speaker is not None and speaker.anonymous:
            head = speaker.name.split()[-1].casefold()
            if speaker.name.split()[0].casefold() in {"the", "this", "that"}:
                speaker = previous_anonymous.get(head, speaker)
            else:
                previous_anonymous[head] = speaker
        if speaker is not None and mention.kind == "description":
            # The words as written ("the senator"), beside the name they resolve to.
            speaker = replace(speaker, mention=unmask(mention.text))
        result.speaker = speaker
        if speaker is not None:
            described = (
                mention.text.split()[-1].casefold() if mention.kind == "description" else None
            )
            article.remember(mention.at, speaker, described)
    _continue(article, spans, results)
    _fall_back(article, spans, results)
    return results


_OBJECT_PREPOSITIONS = word_set(
    "to on in at of for with from by about against toward towards than like into over under "
    "between among including alongside unlike amid despite beside besides after before during"
)


def _after_preposition(masked: str, at: int) -> bool:
    """Whether the word before ``at`` is a preposition: a name there is its object."""
    words = masked[max(0, at - 20) : at].split()[-2:]
    if not words:
        return False
    if len(words) == 2 and words[-1].casefold() in {"the", "a", "an"}:
        words = words[:1]  # "at the University of …", "in the Great …"
    return words[-1].casefold() in _OBJECT_PREPOSITIONS


def _document_before(article: _Article, span: Span) -> Speaker | None:
    """A quotation alone after a paragraph that ends with what a document says ("Along with a
    raft of allegations, the suit claims that …"): the document's words, most likely."""
    paragraph = article.paragraph_of(span.open_at)
    if paragraph == 0 or article.paragraphs[paragraph][0] != span.open_at:
        return None
    lo, hi = article.paragraphs[paragraph - 1]
    s_lo = article.sentences[article.sentence_of(max(lo, hi - 1))][0]
    said = _DOCUMENT_SAYS.search(article.masked, max(lo, s_lo), hi)
    return Speaker(unmask(said.group(1)), None, False) if said is not None else None


_DOCUMENT_SAYS = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat) (?:[a-z][\w\-]* ){0,2}(?:suit|lawsuit|complaint|"
    r"report|letter|statement|memo|ad|study|poll|survey|filing|brief|email|indictment|ruling))"
    r" (?:says|said|claims|claimed|states|stated|alleges|alleged|reads|argues|argued|notes|"
    r"noted|adds|added|concludes|concluded|warns|warned)\b"
)


def _spoke_before(article: _Article, span: Span) -> Person | None:
    """The last person the paragraph before says spoke: a quotation standing alone after "If
    anything, Ash argued in his email, the incident …" is Ash's."""
    paragraph = article.paragraph_of(span.open_at)
    if paragraph == 0:
        return None
    lo, hi = article.paragraphs[paragraph - 1]
    spoke = [
        ref
        for ref in article.mentions_between(lo, hi)
        if ref.speaks and not ref.modifier and not ref.person.is_org
    ]
    return spoke[-1].person if spoke else None


def _object_of_preposition(masked: str, at: int) -> bool:
    """Whether the name at ``at`` follows a preposition, which a run of capitals opening a
    sentence may have taken in: "Like Paul Allen, he …"."""
    if _after_preposition(masked, at):
        return True
    first = masked[at : at + 12].split(" ", 1)[0]
    return first[:1].isupper() and first.casefold() in _OBJECT_PREPOSITIONS


def _fall_back(article: _Article, spans: list[Span], results: list[Attribution]) -> None:
    """A quotation no rule attributes gets the likeliest speaker rather than none.

    In order: the first person the sentence names before the quotation (its subject, most
    often), the last person named before it in the paragraph, a person named after it in the
    sentence, the speaker of the nearest earlier quotation, and the article's most quoted person.
    """
    counts: dict[str, int] = {}
    for result in results:
        if result.speaker is not None and not result.speaker.anonymous:
            counts[result.speaker.name] = counts.get(result.speaker.name, 0) + 1
    top = max(counts, key=lambda name: counts[name]) if counts else None
    top_speaker = next(
        (r.speaker for r in results if r.speaker is not None and r.speaker.name == top), None
    )
    last: Speaker | None = None
    for span, result in zip(spans, results, strict=True):
        if result.speaker is not None:
            last = result.speaker
            continue
        s_lo, s_hi = article.sentences[article.sentence_of(span.open_at)]
        p_lo, _p_hi = article.paragraphs[article.paragraph_of(span.open_at)]
        refs = [ref for ref in article.mentions_between(p_lo, s_hi) if not ref.modifier]
        in_sentence = [r for r in refs if s_lo <= r.at < span.open_at and not r.person.is_org]
        before = [r for r in refs if r.at < span.open_at and not r.person.is_org]
        after = [r for r in refs if r.at >= span.close_end and not r.person.is_org]
        chosen: Person | None = None
        rule = ""
        if in_sentence:
            # The first person not the object of a preposition ("on Fox News", "to Ortez").
            subjects = [r for r in in_sentence if not _object_of_preposition(article.masked, r.at)]
            chosen, rule = (subjects or in_sentence)[0].person, "fallback-sentence"
        elif before:
            # The last who spoke before it in the paragraph ("…, she said she and Obama had
            # made progress. "…""), else the last person named there.
            previous = article.sentences[max(0, article.sentence_of(span.open_at) - 1)][0]
            speaking = [r for r in before if r.speaks and r.at >= previous]
            chosen, rule = (speaking or before)[-1].person, "fallback-paragraph"
        elif after:
            chosen, rule = after[0].person, "fallback-after"
        if chosen is None:
            chosen = _spoke_before(article, span)  # "If anything, Ash argued, …" ¶ "…"
            rule = "fallback-spoke" if chosen is not None else rule
        if chosen is None and not in_sentence:
            document = _document_before(article, span)  # "…, the suit claims that …" ¶ "…"
            if document is not None:
                result.speaker, result.rule = document, "fallback-document"
                continue
        if chosen is not None:
            result.speaker = speaker_for(chosen)
        elif last is not None:
            result.speaker, rule = last, "fallback-previous"
        elif top_speaker is not None:
            result.speaker, rule = top_speaker, "fallback-top"
        result.rule = rule


# A transcript's speaker tag opening the quotation: "ORTEZ: We will vote." (a name in capitals
# and a colon, as transcripts print them).
_TRANSCRIPT_TAG = re.compile(r"[A-Z][A-Z’'\-]+(?: [A-Z][A-Z’'\-]+){0,2}(?=:\s)")


def _transcript_speaker(article: _Article, span: Span) -> Mention | None:
    """ "ORTEZ: …" in a transcript: the tag names who speaks, whatever the frame around it."""
    tag = _TRANSCRIPT_TAG.match(article.text, span.start, span.end)
    if tag is None:
        return None
    words = tag.group().casefold().split()
    if words[0] in NOT_NAMES or words[-1] in SPEAKER_HEADS:
        return None  # "UPDATE:", "NOTE:", "HOST:": a label or a role, not a name
    return Mention("name", tag.group().title(), span.start)


# "… owed his election to, as an American diplomat put it, an "…"": the aside just before.
_AS_PUT_IT_INSIDE = re.compile(r"\bas ([^,\n\ue000]{2,60} )put it, (?:\w+ ){0,2}\w+$")
# "… to what Ana Ortez called "a perception problem"": whoever calls the thing so.
_WHAT_CALLED = re.compile(
    r"\b[Ww]hat ([^\s,\n\ue000][^,\n\ue000]{0,40}?) (?:\w+ly )?(?:has |had |have )?"
    r"(?:called|calls|call|dubbed|dubs|termed|terms|labell?ed|labels|deemed|deems|"
    r"(?:described|describes|describe|referred to|refers to|refer to) as)$"
)
_PASSIVE_FRAME = re.compile(
    r"\b(?:been|be|was|were|is|are) (?:\w+ly )?(?:called|dubbed|labell?ed|termed|branded|"
    r"(?:described|characterized|characterised) as)$"
)
_WHAT_CALLED_ENDS = (
    "called",
    "calls",
    "call",
    "dubbed",
    "dubs",
    "termed",
    "terms",
    "labeled",
    "labelled",
    "labels",
    "deemed",
    "deems",
    " as",
)
_PASSIVE_ENDS = ("called", "dubbed", "labeled", "labelled", "termed", "branded", " as")
_BY_AGENT = re.compile(r",? by (?=[A-Z])")
_AS_PUT_IT = re.compile(
    r"\b[Aa]s ([^\n\ue000]{2,150}?,? )(?:\w+ly )?(?:(?:put|puts|said|says|wrote|writes) it\b"
    r"|(?:sang|sings|wrote|writes|noted|notes|observed|observes|joked|jokes)\b[^,\n\ue000]{0,40},$)"
)


def _frame(article: _Article, span: Span) -> tuple[Mention | None, str]:
    masked = article.masked
    transcript = _transcript_speaker(article, span)
    if transcript is not None:
        return transcript, "transcript"
    lo, _hi = article.sentences[article.sentence_of(span.open_at)]
    _para_lo, para_hi = article.paragraphs[article.paragraph_of(span.open_at)]
    pre_tail = masked[lo : span.open_at].rstrip()
    introduced = not pre_tail or pre_tail[-1] in ",:—–-" or pre_tail.endswith("--")

    if pre_tail.endswith(":"):
        # "Ortez: …", or a headline and its author: "PORT TO REOPEN - Lina Ortez: …".
        head = _DASH.split(pre_tail[:-1])[-1].strip()
        if head and NAME_RUN.fullmatch(head):
            return Mention("name", unmask(head), lo), "colon"  # "Kerry: ..."
    tail = lo + len(pre_tail)
    put_it = (
        _AS_PUT_IT.search(masked, lo, tail)
        if introduced and ("As " in pre_tail or " as " in pre_tail)
        else _AS_PUT_IT_INSIDE.search(masked, max(lo, tail - 90), tail)
        if " put it, " in pre_tail[-90:]
        else None
    )
    if put_it is not None:
        # "As the chief executive, Jeff Weiner, put it in his memo, "…""
        mention = _left_np(masked, put_it.start(1), put_it.end(1))
        if mention is not None:
            return mention, "pre"
    if pre_tail.endswith(_WHAT_CALLED_ENDS):
        called = _WHAT_CALLED.search(masked, max(lo, tail - 80), tail)
        if called is not None:
            mention = _left_np(masked, called.start(1), called.end(1))
            # Not "what he calls": inside reported speech the pronoun is often someone else.
            if mention is not None and mention.kind != "pronoun":
                return mention, "pre"
    if introduced and pre_tail and pre_tail[-1] in "—–-":
        # "… but Moscow denies — "why not?" asked Dunn": a dash sets off an aside, the
        # frame after the quotation names who asks.
        mention = _post_frame(article, span, para_hi)
        if mention is not None:
            return mention, "post"
    if introduced and pre_tail:
        mention = _pre_frame(article, lo, span.open_at)
        if mention is not None:
            return mention, "pre"
    if pre_tail.endswith(_PASSIVE_ENDS) and _PASSIVE_FRAME.search(pre_tail):
        by = _BY_AGENT.match(masked, span.close_end)
        if by is not None:
            # "… has been called "strategic ambiguity" by Joshua Hendrick, a professor"
            mention = _right_np(masked, by.end(), para_hi)
            if mention is not None and mention.kind == "name":
                return mention, "post"
    mention = _post_frame(article, span, para_hi)
    if mention is not None:
        return mention, "post"
    if not pre_tail:
        mention = _colon_before(article, span)
        if mention is not None:
            return mention, "colon-paragraph"
    if not masked[span.close_end : para_hi].strip():
        mention = _byline_after(article, span)
        if mention is not None:
            return mention, "byline"
    mention = _trailing_frame(article, span)
    if mention is not None:
        return mention, "trailing"
    if pre_tail:
        mention = _embedded_frame(article, lo, span.open_at)
        if mention is not None and mention.kind == "description":
            mention = _noun_phrase(mention)
        if mention is not None:
            return mention, "embedded"
        mention = _described_subject(article, lo, span.open_at)
        comma = lo
        while mention is None:
            # "In response to the filings, Cruz's lawyers relied on …": after a leading phrase
            comma = masked.find(", ", comma + 1, min(span.open_at, lo + _LEAD_MAX))
            if comma < 0:
                break
            mention = _described_subject(article, comma + 1, span.open_at)
        if mention is not None:
            return mention, "described-subject"  # a likely speaker, not a frame
        mention = _group_subject(article, lo, span)
        if mention is not None:
            return mention, "group-subject"
    return None, ""


def _noun_phrase(mention: Mention) -> Mention | None:
    """A description cut to the noun phrase in it when the frame took a clause: "His office put
    out a statement" -> "His office", "That is why critics" -> "critics"; None for a participle
    ("suggesting the senator …"), whose subject is the sentence's."""
    words = mention.text.split()
    if not words or (words[0].casefold().endswith("ing") and "-" not in words[0]):
        return None  # (but "Republican-leaning voters" is a noun phrase)
    verbs = [i for i, w in enumerate(words) if w.casefold() in _CLAUSE_VERBS]
    if not verbs:
        return mention
    first = verbs[0]
    after = words[first + 1].casefold() if first + 1 < len(words) else ""
    if (
        first > 0
        and words[first - 1].casefold() not in _CLAUSE_OPENERS
        and after not in _CLAUSE_OPENERS
    ):
        kept = words[:first]
        return Mention("description", " ".join(kept), mention.at)
    rest = words[verbs[-1] + 1 :]
    while rest and rest[0].casefold() in _CLAUSE_OPENERS:
        rest = rest[1:]
    if not rest:
        return None
    at = mention.at + len(mention.text) - len(" ".join(rest))
    return Mention("description", " ".join(rest), at)


_CLAUSE_OPENERS = word_set("that this it what why how who which there")
# Verbs that make a description a clause: "what former employees have", "the campaign sent".
_CLAUSE_VERBS = word_set(
    "is are was were be been has have had do does did sent brought took made gave got went came put"
)


_TRAILING_MAX = 12  # words of a closing speech frame: ", said Ana Ortez, a city planner."


def _trailing_frame(article: _Article, span: Span) -> Mention | None:
    """A fragment inside a sentence that closes on its own frame: "Ortez felt "a duty" to act,
    Brask said." or "… in its dealings with the city, said Ana Ortez." The speaker is the
    frame's, not the subject of the clause around the fragment."""
    masked = article.masked
    _lo, hi = article.sentences[article.sentence_of(span.open_at)]
    tail = masked[span.close_end : hi].rstrip()
    comma = tail.rfind(", ")
    if comma < 0 or not tail.endswith("."):
        return None
    clause = tail[comma + 2 : -1]
    described = _described_frame(masked, span.close_end + comma + 2, clause)
    if described is not None:
        return described  # ", the rights group says."
    if clause.startswith(("a ", "an ", "the ")):
        # ", said Ana Ortez, an expert at the institute.": the frame is before the appositive.
        before = tail.rfind(", ", 0, comma)
        verb = _TOKEN.match(tail, before + 2) if before >= 0 else None
        if verb is not None and verb.group() in _TOP_VERBS and QUOTE not in tail[before:]:
            return _right_np(masked, span.close_end + verb.end(), span.close_end + len(tail) - 1)
        return None
    if QUOTE in clause:
        return None
    tokens = list(_TOKEN.finditer(clause))
    if not tokens or len(tokens) > _TRAILING_MAX:
        return None
    at = span.close_end + comma + 2
    first = tokens[0].group()
    if first in _SPEAKS_VERBS:
        return _right_np(masked, at + tokens[0].end(), at + len(clause))  # ", said Ortez."
    for token in tokens[1:4]:
        if token.group() in _SPEAKS_VERBS:
            mention = _left_np(masked, at, at + token.start())  # ", Ortez said Tuesday."
            return mention if mention is not None and mention.kind == "name" else None
    return None


def _described_frame(masked: str, at: int, clause: str) -> Mention | None:
    """ ", the rights group says." or ", the complaint alleged.": a closing frame whose subject
    is a description. The verb must end the clause (a time word may follow)."""
    if not clause.startswith(("the ", "The ", "a ", "an ")):
        return None
    tokens = list(_TOKEN.finditer(clause))
    if not 2 < len(tokens) <= 8:
        return None
    for index in (len(tokens) - 1, len(tokens) - 2):
        token = tokens[index]
        if token.group() in _TOP_VERBS and index >= 2:
            if index == len(tokens) - 2 and tokens[-1].group().casefold() not in _TIME_WORDS:
                return None
            mention = _left_np(masked, at, at + token.start())
            return mention if mention is not None and mention.kind == "description" else None
    return None


_TIME_WORDS = word_set(
    "today yesterday tonight monday tuesday wednesday thursday friday saturday sunday "
    "earlier later recently"
)


def _colon_before(article: _Article, span: Span) -> Mention | None:
    """A quotation opening its paragraph after one that ends with a colon: "Ortez added:"."""
    index = article.paragraph_of(span.open_at)
    if index == 0 or article.paragraphs[index][0] != span.open_at:
        return None
    lo, hi = article.paragraphs[index - 1]
    tail = article.masked[lo:hi].rstrip()
    if not tail.endswith(":"):
        return None
    colon = lo + len(tail) - 1
    s_lo, _s_hi = article.sentences[article.sentence_of(colon)]
    return _pre_frame(article, s_lo, colon) or _embedded_frame(article, s_lo, colon)


def _byline_after(article: _Article, span: Span) -> Mention | None:
    """A quotation alone in its paragraph, signed in the next one: "- Bernie Sanders"."""
    index = article.paragraph_of(span.open_at) + 1
    if index >= len(article.paragraphs):
        return None
    lo, hi = article.paragraphs[index]
    line = article.masked[lo:hi]
    match = _SIGNATURE.fullmatch(line)
    if match is None and not span.closed:
        # A quotation whose closing mark comes after its signature: "… stimulus. ¶ Josh
        # Bivens, Economic Policy Institute."" or "… possible. ¶ Former president Ben Jealous.""
        match = _SIGNED.fullmatch(line)
        if match is None:
            return _signed_by_title(line, lo)
    if match is None:
        return None
    name = match.group(1).split(",")[0].strip()
    if NAME_RUN.fullmatch(name):
        return Mention("name", unmask(name), lo + match.start(1))
    return None


def _signed_by_title(line: str, lo: int) -> Mention | None:
    """ "Former NAACP president Ben Jealous."": a short line that ends in a full name and the
    quotation's closing mark."""
    text = line.strip()
    if not text.endswith(('"', "”", QUOTE)) or len(text) > 80:
        return None
    text = text.rstrip('"”' + QUOTE).rstrip(".")
    runs = list(NAME_RUN.finditer(text))
    if not runs or runs[-1].end() != len(text) or len(runs[-1].group().split()) < 2:
        return None
    lead = text[: runs[-1].start()].split()
    if any(w.islower() and not role_words(w) for w in lead if w not in {"of", "the"}):
        return None  # a sentence, not a title
    start = lo + len(line) - len(line.lstrip()) + runs[-1].start()
    return Mention("name", unmask(runs[-1].group()), start)


def _pre_frame(article: _Article, lo: int, at: int) -> Mention | None:
    """ "Kerry said:", "he told reporters,", "Stated Stone:", "According to X,"."""
    masked = article.masked
    segment = masked[lo:at]
    according = _according_to(segment)
    if according:
        return _right_np(masked, lo + according[-1].end(), at)
    tokens = list(_TOKEN.finditer(segment))
    for token in reversed(tokens[-16:]):
        if not _is_verb(segment, token, SPEECH_VERBS):
            continue
        if QUOTE in segment[token.end() :]:
            return None
        before = segment[: token.start()].rstrip()
        with_subject = (
            _WITH_SUBJECT.search(before, max(0, len(before) - 60))
            if token.group().endswith("ing") and " with " in before[-60:]
            else None
        )
        if with_subject is not None:
            # "The ad ends with a voice over saying: "…"": the participle's own subject.
            described = with_subject.group(1)
            return _classify(described, lo + with_subject.start(1)) or Mention(
                "description", unmask(described), lo + with_subject.start(1)
            )
        if token.group().endswith("ing") and before.endswith((",", QUOTE)):
            # "…," saying in a post: "…" – whoever the sentence is about, not the post.
            return _participle_subject(article, lo, lo + token.start())
        return _around_verb(masked, lo, token, at, before)
    return None


# Words that open a clause of its own after a quotation: "…," while Collins suggested …
_NEW_CLAUSE = word_set("while but because whereas although though even and since when after as")
# Verbs the loose post frame must not take for speech: "…," but Canova is a "…"
_NOT_SPEECH = word_set("is was does goes seems appears remains needs")


_TALKS = word_set("talk talks talked talking")  # "He talks about "…," and voters cheer."


def _frames_before(article: _Article, span: Span) -> bool:
    """Whether the quotation's sentence has a speech verb before it ("Trump claimed that")."""
    lo = article.sentences[article.sentence_of(span.open_at)][0]
    return any(
        t.group() in SAID_AFTER or t.group() in _TOP_VERBS or t.group() in _TALKS
        for t in _TOKEN.finditer(article.masked, max(lo, span.open_at - 300), span.open_at)
    )


_CAPITALISED_VERBS = frozenset({"Tweeted", "Posted"})  # "…!" Murphy, the head of the PAC, Tweeted


def _post_frame(article: _Article, span: Span, hi: int) -> Mention | None:
    """ "…," Kerry said / said Kerry / according to Kerry, right after the closing mark."""
    masked = article.masked
    at = span.close_end
    segment = masked[at:hi]
    match = _POST_LEAD.match(segment)
    start = match.end() if match else 0
    lead = segment[:start]
    rest = segment[start:]
    if rest.startswith(QUOTE) or not rest:
        return None
    inner_end = article.text[span.start : span.end].rstrip("'’\"”)]")[-1:]
    # The quotation must end a clause for what follows to attribute it.
    if not (inner_end in {",", "!", "?", ".", "—", "-"} or lead.strip()):
        return None
    according = _ACCORDING_TO.match(rest)
    if according:
        return _right_np(masked, at + start + according.end(), hi)
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start()] if end else rest
    if end is not None and rest[end.start()] == ":" and len(clause) < 60:
        return None  # "…," Trump said: "…": the frame introduces the next quotation
    if (
        lead.strip() in {"-", "--", "—", "–"}
        and clause.strip()
        and NAME_RUN.fullmatch(clause.strip().rstrip(","))
    ):
        s_lo = article.sentences[article.sentence_of(span.open_at)][0]
        if _SPEECH_BEFORE.search(masked, s_lo, span.open_at) is not None:
            return None  # "Rajoy insisted his party was "…"--Kim Hjelmgaard.": the reporter
        return Mention("name", unmask(clause.strip().rstrip(",")), at + start)  # "…" — Kerry
    tokens = list(islice(_TOKEN.finditer(clause), 30))
    if tokens and tokens[0].group() in _NEW_CLAUSE and _frames_before(article, span):
        # "Trump claimed that "…," while Collins suggested …": the clause after the quotation
        # is one of its own; the quotation has its frame before it.
        return None
    loose = inner_end in {",", "!", "?"} or lead.strip() == ","
    candidates = [
        (index, token)
        for index, token in enumerate(tokens)
        if token.group().casefold() in SAID_AFTER
        and (token.group()[0].islower() or index == 0 or token.group() in _CAPITALISED_VERBS)
        # "authored by state House Speaker …", "the report": a noun here, not the verb
        and (index == 0 or tokens[index - 1].group().casefold() not in _NOT_BEFORE_VERB)
    ]
    if not candidates and loose:
        candidates = [
            (index, token)
            for index, token in enumerate(tokens[:5])
            if index > 0
            and token.group().islower()
            and token.group().endswith(("ed", "s"))
            and token.group() not in NOT_NAMES
            and token.group() not in _NOT_SPEECH
        ][:1]
    for index, token in candidates:
        if index > 0 and token.group().endswith("ing"):
            continue  # "…," a nod to the front-runner acknowledging …: no frame
        if index == 0 and token.group().endswith("ing"):
            # "Brask hailed it as "…," telling reporters …": whoever the sentence is about
            # speaks; what follows the participle is whom they told.
            lo = article.sentences[article.sentence_of(span.open_at)][0]
            return _participle_subject(article, lo, span.open_at)
        before = clause[: token.start()].rstrip()
        if before.rsplit(" ", 1)[-1].casefold() in _DETERMINERS:
            continue  # "…," the report says: a noun here, the verb comes after it
        if index > 12 and "," not in before:
            return None
        new_sentence = inner_end == "." and not lead.strip()
        if new_sentence or (index > 0 and not clause[token.end() :].startswith(",")):
            # "…." Ortez said he would … : a new sentence, a new subject; "…." Ortez insisted
            # that … "…": the verb has its own words. After a comma only when the quotation
            # has a frame before it: "…," Brask said the two cases were different.
            tail = _TOKEN.findall(clause[token.end() :])
            if (
                (len(tail) > 4 and tail[0].casefold() not in {"in", "on", "during", "at"})
                or tail[:1] == ["that"]
                or (end is not None and rest[end.start()] == QUOTE)
            ) and (new_sentence or _frames_before(article, span)):
                return None
        if end is not None and rest[end.start()] == QUOTE and _COORDINATED.search(before):
            return None  # "…," for instance, and Trump vowed to "…": his own words follow
        if all(t.group().casefold() in _ADVERBS_BEFORE_SAID for t in tokens[:index]):
            if index and tokens[0].group().casefold() in {"he", "she"}:
                return _left_np(masked, at + start, at + start + token.start())
            return _right_np(masked, at + start + token.end(), hi)
        if before.endswith(",") and token.group().casefold() not in _ADDRESSEE_VERBS:
            mention = _right_np(masked, at + start + token.end(), hi)
            if mention is not None and mention.kind == "name":
                return mention
        return _left_np(masked, at + start, at + start + token.start())
    return None


def _participle_subject(article: _Article, lo: int, at: int) -> Mention | None:
    """Who does the "-ing" verb ending at ``at``: the speaker of the speech verb before it
    ("Ortez said, adding …", "…," said Ortez, noting …), else the sentence's subject."""
    masked = article.masked
    segment = masked[lo:at]
    for token in reversed(list(_TOKEN.finditer(segment))[-16:]):
        if token.group().casefold() not in _TOP_VERBS or not _is_verb(segment, token, _TOP_VERBS):
            continue
        before = segment[: token.start()].rstrip()
        mention = _around_verb(masked, lo, token, at, before)
        if mention is not None:
            return mention
        break
    return _clause_subject(article, lo, at)


def _clause_subject(article: _Article, lo: int, at: int) -> Mention | None:
    """The subject of the sentence from ``lo``, after any leading phrase: "A campaign official
    later walked back …"; "In three interviews, the justice sounded off …"; "Speaking in Salem,
    New Hampshire, Ortez went after Brask …"."""
    mention = _subject(article, lo, at) or _described_subject(article, lo, at)
    comma = lo
    while mention is None:
        comma = article.masked.find(", ", comma + 1, min(at, lo + _LEAD_MAX))
        if comma < 0:
            break
        mention = _subject(article, comma + 1, at) or _described_subject(article, comma + 1, at)
        if mention is not None and mention.text.split()[-1].casefold() in PLACE_WORDS:
            mention = None
    return mention


_WITH_SUBJECT = re.compile(r"\bwith ((?:an?|the|one|some) [a-z][\w\- ]{1,40})$")
# A speech verb earlier in the sentence: the quotation has a frame before it.
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|insisted|insists|told|tells|added|adds|wrote|writes)\b"
)
_CRIED = word_set("chanted shouted yelled screamed cried sang jeered cheered")
# A description ending right before its verb: "the crowd", "some protesters".
_DESCRIBED_TAIL = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ss]ome|[Oo]thers?)(?: [a-z][\w\-]*){0,3} ?$")


# Someone's words before a fragment of them: "Trump's recent assertion that "…"", "Mr. Obama's
# suggestion at the debate that she was "…"", "Brask's promise to "…"".
_OWNED_NOUNS = (
    r"(?:assertion|claim|suggestion|promise|pledge|vow|insistence|warning|accusation|admission|"
    r"statement|remark|comment|argument|response|reply|declaration|boast|complaint|prediction|"
    r"dictum|motto|mantra|slogan|refrain|advice|answer|verdict|catchphrase|rallying cry)"
)
_OWNED_WORDS = re.compile(
    rf"(?<![\w’'])({NAME_RUN.pattern})(?:['’]s|(?<=s)['’]) ((?:[a-z][\w\-]* ){{0,3}})"
    rf"{_OWNED_NOUNS}\b[^,;\ue000]{{0,40}}? (?:that|to|of|was|is)\b([^\ue000]{{0,80}})$"
)
_OWNED_NOUN_ONLY = re.compile(rf"{_OWNED_NOUNS}\b")  # a cheap guard for the two below
_HIS_HER_WORDS = re.compile(
    rf"\b(his|her) (?:[A-Za-z][\w\-]* ){{0,2}}{_OWNED_NOUNS}\b"
    r"[^,;\ue000]{0,40}? (?:that|to|of|was|is)\b,?([^\ue000]{0,80})$"
)
_PASSIVE_AUXILIARIES = (" was", " were", " been", " be", " is", " are")
# Framing verbs that say what someone wants or thinks, not what they said.
_THOUGHT_VERBS = word_set(
    "want wants wanted hope hopes hoped plan plans planned push pushes pushed pushing think "
    "thinks thought believe believes believed feel feels felt see sees saw seek seeks sought "
    "views viewed"
)


def _embedded_frame(article: _Article, lo: int, at: int) -> Mention | None:
    """A fragment inside reported speech: the subject of the nearest verb that frames it."""
    masked = article.masked
    segment = masked[lo:at]
    according = _according_to(segment)
    if according:
        return _right_np(masked, lo + according[-1].end(), at)
    last = segment.rstrip().rpartition(" ")[2]
    if last in _CRIED:
        # "He said, "…" - at which point the crowd chanted "…"": the verb right before the
        # quotation has its own subject.
        end = len(segment.rstrip()) - len(last)
        tail = max(0, end - 60)
        described = _DESCRIBED_TAIL.search(segment, tail, end)
        if described is not None:
            return _classify(described.group(), lo + described.start())
    top = _top_speaker(article, lo, at)
    if top is not None:
        return top
    window = max(0, len(segment) - 160)
    if _OWNED_NOUN_ONLY.search(segment, window) is not None:
        owned = _OWNED_WORDS.search(segment, window)
        if owned is not None and not any(
            t.group() in _ANY_VERB or role_words(t.group())
            for t in _TOKEN.finditer(owned.group(2) + " " + owned.group(3))
        ):
            # "Trump's recent assertion that "thousands" celebrated": the owner of the words.
            return _classify(owned.group(1), lo + owned.start(1))
        owned = _HIS_HER_WORDS.search(segment, window)
        if owned is not None and not any(
            t.group() in _ANY_VERB for t in _TOKEN.finditer(owned.group(2))
        ):
            # "… after her March comment that "…"": whoever "her" stands for.
            pronoun = "she" if owned.group(1) == "her" else "he"
            return Mention("pronoun", pronoun, lo + owned.start(1))
    tokens = list(_TOKEN.finditer(segment, max(0, len(segment) - 300)))
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        word = token.group().casefold()
        if word not in _ANY_VERB or not _is_verb(segment, token, _ANY_VERB):
            continue
        if segment.rfind("(", 0, token.start()) > segment.rfind(")", 0, token.start()) and (
            ")" in segment[token.end() :]
        ):
            continue  # "(think Eleanor Roosevelt)": an aside, not the frame
        before = segment[: token.start()].rstrip()
        if word == "found" and before.endswith(_PASSIVE_AUXILIARIES):
            continue  # "a Marine was found guilty of "…"": not who found it
        if word.endswith("ing") and before.endswith((",", QUOTE)):
            mention = _participle_subject(article, lo, lo + token.start())  # X did, saying
        else:
            mention = _around_verb(masked, lo, token, at, before)
            if mention is None and before.endswith((" and", " but")):
                # "A spokesman for the firm declined to comment but said that …": the verbs
                # share the sentence's subject.
                # ("…, and the League denounced the remarks and said …": the last clause's.)
                start = max(before.rfind(", and "), before.rfind("; "))
                start = lo if start < 0 else lo + start + (6 if before[start] == "," else 2)
                mention = _clause_subject(article, start, at)
                opening = masked[start:at].removeprefix("and ").split(" ", 1)[0]
                if mention is None and start > lo and opening not in _DETERMINERS:
                    # "…; was denounced …; and declared that …": no subject of its own
                    mention = _clause_subject(article, lo, at)
        if (
            mention is not None
            and mention.kind != "pronoun"
            and word in _THOUGHT_VERBS
            and any(
                t.group().casefold() in SPEECH_VERBS for t in tokens[max(0, index - 12) : index]
            )
        ):
            # "McCaskill said Sanders has pushed her to be a "stronger" candidate": someone
            # else's wish or thought inside reported speech is in the reporter's words.
            continue
        if mention is not None:
            return mention
    return _subject(article, lo, at)


# A description opening its sentence, then its verb: "A staffer emailed …", "The senator
# described …".
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ss]everal|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|"
    r"[A-Z][\w\-]+['’]s)\s"  # "Cruz's lawyers relied on …"
)
_DESCRIBED_VERB_SKIP = word_set("also later then")
_SUBORDINATE = re.compile(r"\s*(?:When|While|As|After|Before|If|Although|Though|Once)\b")
# A leading clause before a sentence's subject: "Since announcing Weld as his running mate, …"
_LEADING_CLAUSE = re.compile(
    r"(?:After|Since|When|While|As|Before|Despite|Although|Though|Once|Until|Upon|"
    r"[A-Z][a-z]+ing)\b[^\ue000,]*,?$"
)
_LOWER_NEXT = re.compile(
    rf"{NAME_RUN.pattern}(?:, [^,\ue000]{{1,40}},)? (?:(?:has|had|was|is|also|then|later) )?[a-z]+"
)
_ASKED = re.compile(r"\?['’\"”]+,? (?:[A-Z][\w.’'\-]* ){1,3}asked\b")
_CLAUSE_BOUND = re.compile(rf"[,.;:!?{QUOTE}]")
# A document opening a sentence, for "it": "The email includes a photo …".
_DESCRIBED_DOCUMENT = re.compile(
    r"\s*(?:(?:And|But) )?((?:The|This|That|An?|One) (?:[a-z][\w\-]* ){0,2}?"
    r"(?:email|e-mail|letter|ad|advertisement|statement|memo|report|post|tweet|message|note|"
    r"sign|video|website|book|editorial|release|document|petition|complaint|lawsuit|ruling|"
    r"banner|poster|flier|flyer|mailer|brochure))\b(?! of)"
)
# "But the protesters also paid …", "Many supporters chanted …": a group, then its verb.
_DESCRIBED_GROUP = re.compile(
    r"\s*(?:(?:And|But|Yet|So) )?((?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost) "
    r"(?:[a-z][\w\-]* ){0,2}?([a-z]+s)) (?:also |then |later |soon )?"
    r"(?!of |who |that |and |in |at |from |with |for )[a-z]+ "
)
_INDEFINITE_OPENING = re.compile(r"\s*(?:An?|One|Another)\s")
# Head nouns that say whether "he" or "she" can stand for the person they describe.
_GENDERED_HEADS = {
    **dict.fromkeys(
        word_set(
            "woman mother wife daughter sister girl lady grandmother aunt spokeswoman "
            "businesswoman congresswoman chairwoman actress"
        ),
        "f",
    ),
    **dict.fromkeys(
        word_set(
            "man father husband son brother boy guy grandfather uncle spokesman businessman "
            "congressman chairman actor"
        ),
        "m",
    ),
}


_PP_OPENERS = word_set("for of at with from inside outside close near within")
_PP_INNER = word_set("the a an of and &")


def _described_subject(article: _Article, lo: int, at: int) -> Mention | None:
    masked = article.masked
    match = _DESCRIBED_SUBJECT.match(masked, lo, at)
    if match is None:
        return None
    start = match.end() - len(match.group().strip()) - 1
    words = masked[match.end() : min(at, match.end() + 100)].split()[:9]
    for index, head in enumerate(words[:4]):
        if head in {"that", "which", "who"}:
            return None  # "a trend that the foundation …": a clause, not a description
        if not head[:1].islower() or index + 1 >= len(words):
            continue
        if head.endswith(",") and head[:-1] in SPEAKER_HEADS:
            # "A Berlin woman, meanwhile, received …": an aside between subject and verb.
            aside = index + 1
            while aside < len(words) - 1 and words[aside].endswith(",") and aside <= index + 2:
                aside += 1
            verb = words[aside]
            if aside > index + 1 and verb.islower() and (_frames(verb) or verb.endswith("ed")):
                phrase = " ".join([match.group().strip(), *words[:index], head[:-1]])
                return Mention("description", unmask(phrase), start)
            return None
        if head not in SPEAKER_HEADS and head.rstrip("s") not in SPEAKER_HEADS:
            continue
        following = words[index + 1]
        if following in SPEAKER_HEADS or following.rstrip("s") in SPEAKER_HEADS:
            continue  # "A campaign official": the head is the last noun
        end = index + 1
        if following in _PP_OPENERS:
            # "A spokesman for Harbor Networks declined …": the head's complement, up to a
            # word in lower case that can be the verb.
            end += 1
            while end < len(words) and (
                not words[end][:1].islower()
                or words[end] in _PP_INNER
                or words[end - 1] in _PP_OPENERS | _PP_INNER  # "secretary of state"
            ):
                if words[end].endswith(","):
                    return None  # "a spokeswoman for the party, Ana Ortez, said": a name
                end += 1
        rest = [w for w in words[end:] if w not in _DESCRIBED_VERB_SKIP]
        verb = rest[0] if rest else ""
        if _frames(verb) or (verb.islower() and verb.endswith("ed")):
            phrase = " ".join([match.group().strip(), *words[:end]])
            return Mention("description", unmask(phrase), start)
        return None
    return None


# The heads of subjects that speak as a body or a document: "The Harbor Board", "the lawsuit",
# "Proponents of the bill". People described one by one are left to the other rules.
_GROUP_HEADS = (ORG_HEADS | DOCUMENT_HEADS) - word_set(
    "america american americans republicans democrats audience"
) | word_set(
    "family experts critics proponents opponents supporters advocates organizations "
    "demonstrators protesters protestors marchers crowd crowds "
    "organisations groups lawsuit suit complaint filing petition ruling opinion letter memo "
    "outlets media"
)
_GROUP_OPENERS = word_set("the a an one another several some many most two three")
_AUXILIARIES = word_set("has have had is was were will would could can may might did does")
_CONJUNCTIONS = word_set("but and yet so")


def _group_subject(article: _Article, lo: int, span: Span) -> Mention | None:
    """A sentence whose subject is an organisation, a document or a group, followed by a
    speech or framing verb: "The Harbor Board released a statement, calling the plan "…"",
    "Port safety experts have long warned that …". No person is named in it, and nothing
    after the quotation frames it instead (", she said")."""
    masked = article.masked
    at = span.open_at
    if QUOTE in masked[lo:at]:
        return None  # a later quotation of the sentence: the first one's frame is not its own
    tokens = list(islice(_TOKEN.finditer(masked, lo, at), 14))
    first = 1 if tokens and tokens[0].group().casefold() in _CONJUNCTIONS else 0
    if len(tokens) <= first:
        return None
    opening = tokens[first].group().casefold()
    if opening in NOT_NAMES and opening not in _GROUP_OPENERS:
        return None  # "After the vote …", "As voters …": not a subject
    for index in range(first + 1, min(len(tokens), first + 8)):
        word = tokens[index].group()
        folded = word.casefold()
        if folded not in _AUXILIARIES and not (
            word.islower() and (_frames(folded) or folded.endswith("ed"))
        ):
            continue
        # Something between the subject and the quotation must frame it: "released a statement,
        # calling the plan", "have speculated that".
        if not any(
            t.group().islower() and _frames(t.group())
            for t in _TOKEN.finditer(masked, tokens[index].start(), at)
        ):
            return None
        start, end = tokens[first].start(), tokens[index - 1].end()
        phrase = masked[start:end]
        head = tokens[index - 1].group().casefold()
        if QUOTE in phrase or any(c in phrase for c in ",;:()"):
            return None
        if head not in _GROUP_HEADS and head.removesuffix("s") not in _GROUP_HEADS:
            return None
        if head in PRONOUNS or any(
            not r.modifier and not r.person.is_org for r in article.mentions_between(start, end)
        ):
            return None  # a person's name: the other rules read it
        _s_lo, s_hi = article.sentences[article.sentence_of(at)]
        if any(t.group() in _TOP_VERBS for t in _TOKEN.finditer(masked, span.close_end, s_hi)):
            return None  # ", she said": the closing frame speaks for it
        return Mention("description", unmask(phrase), start)
    return None


def _frames(word: str) -> bool:
    return word in _ANY_VERB or word in SAID_AFTER


_LEAD_MAX = 120  # characters of a leading phrase before the subject of a sentence


def _top_speaker(article: _Article, lo: int, at: int) -> Mention | None:
    """The speaker of a sentence that opens with "Ortez said (that) …": a fragment quoted
    further on is hers, whatever the reported clause says about others.

    A leading phrase may come first: "On Sunday, Ortez said …", "After the vote, she told …".
    """
    for mention in _top_candidates(article, lo, at):
        if mention is not None and _speaks_first(article.masked, mention, at):
            if _OTHER_SPEAKER.search(article.masked, mention.at + len(mention.text), at):
                return None  # "Cruz said …, and Trump vowed to "…"": the fragment is Trump's
            return mention
    return None


def _top_candidates(article: _Article, lo: int, at: int) -> Iterator[Mention | None]:
    """The subjects a sentence may open with, likeliest first, each found only if needed."""
    yield _subject(article, lo, at)
    comma = article.masked.find(", ", lo, min(at, lo + _LEAD_MAX))
    if comma >= 0:
        after_comma = _subject(article, comma + 1, at)
        if after_comma is None or after_comma.text.split()[-1].casefold() not in PLACE_WORDS:
            yield after_comma  # (not "Stacy Ortez of Columbia, South Carolina says")
    yield _titled_subject(article, lo, at)
    if comma >= 0:
        # "In an interview with …, the Democratic candidate stated that …"
        yield _described_subject(article, comma + 1, at)


# A clause coordinated after a quotation, its subject last: "…," for instance, and Trump'.
_COORDINATED = re.compile(r"\b(?:and|but)(?: [A-Z][\w.’'\-\ue001]*){1,4}$")
# Another named subject and its framing verb, coordinated after the first speaker's clause.
_OTHER_SPEAKER = re.compile(
    r"(?:, and|; and|;|, but| and| but) (?:[A-Z][\w.’'\-\ue001]+ ){0,3}[A-Z][\w’'\-]+ "
    r"(?:\w+ly )?(?:vowed|said|says|told|called|promised|pledged|warned|insisted|argued|added|"
    r"declared|claimed|responded|replied|countered|shot back|urged|accused|dismissed)\b"
)


def _speaks_first(masked: str, mention: Mention, at: int) -> bool:
    """Whether a speech verb follows the subject before ``at``: "Ortez said", "Ortez, the
    mayor, told"."""
    end = mention.at + len(mention.text)
    match = _SPEAKS.match(masked, end)
    if match is not None and match.end() <= at and match.group(1) in _TOP_VERBS:
        return True
    # "Marco Rubio, whose hometown, Miami, may be underwater soon, argues that …"
    return _RELATIVE_APPOSITIVE.match(masked, end, at) is not None


# A relative clause between a subject and its speech verb, commas and all: ", who …, said".
_TOP_VERB_ALTERNATIVES = "|".join(sorted(_TOP_VERBS))
_RELATIVE_APPOSITIVE = re.compile(
    rf", (?:who|whose) [^\n.;:\ue000]{{1,160}}?, (?:\w+ly )?(?:{_TOP_VERB_ALTERNATIVES})\b"
)


def _titled_subject(article: _Article, lo: int, at: int) -> Mention | None:
    """A name after the role words that open the sentence: "Ortez campaign spokesman Sean
    Coit said …" (the first run, "Ortez", only modifies the role)."""
    masked = article.masked
    segment = masked[lo:at]
    first = NAME_RUN.match(masked, lo + len(segment) - len(segment.lstrip()))
    if first is None or first.group().split()[0].casefold() in NOT_NAMES:
        return None
    role = _MODIFIED_ROLE.match(masked, first.end(), at)
    if role is None or not role_words(role.group()) or _after_preposition(masked, role.end()):
        return None
    name = NAME_RUN.match(masked, role.end() + 1, at)
    if name is None or split_title(unmask(name.group())) is None:
        return None
    return Mention("name", unmask(name.group()), name.start())


_ROLE_THEN_NAME = re.compile(r" ((?:[a-z][\w\-]* ){0,2}[a-z][\w\-]*) (?=[A-Z])")


def _subject(article: _Article, lo: int, at: int) -> Mention | None:
    """The first name or pronoun of the sentence: the likeliest source of a fragment in it."""
    segment = article.masked[lo:at]
    stripped = segment.lstrip()
    if stripped[:4].casefold() in {"and ", "but "}:
        stripped = stripped[4:]  # "And she is sure that …"
    offset = lo + len(segment) - len(stripped)
    words = stripped.split()[:6]
    if not words:
        return None
    first = words[0].casefold()
    if first in PRONOUNS and first not in {"it", "i", "we"}:
        return Mention("pronoun", words[0], offset)
    match = NAME_RUN.match(stripped)
    if match is not None:
        # "Former Ortez speechwriter Jon Kolar published …": a modifier, then the name.
        role = _ROLE_THEN_NAME.match(stripped, match.end())
        if (
            role is not None
            and match.group().casefold() not in NOT_NAMES
            and role_words(role.group(1))
            and not any(w in _OBJECT_PREPOSITIONS for w in role.group(1).split())
        ):
            match = NAME_RUN.match(stripped, role.end())
            offset += role.end()
            stripped = stripped[role.end() :]
            first = ""
            match = NAME_RUN.match(stripped) if match is not None else None
    if match is not None and first not in _LEADING_PREPOSITIONS:  # "Of Ortez, Kolar said"
        run = unmask(match.group())
        parts = split_title(run)
        after = stripped[match.end() : match.end() + 2]
        possessive = after in {"’s", "'s"} or run.endswith(("’s", "'s", "s’", "s'"))
        if parts is not None and not possessive:
            known = article.people.find(parts.name, offset)
            plausible = known is not None or parts.titled or len(parts.name.split()) >= 2
            if plausible and not (known is not None and known.is_org and not parts.titled):
                return Mention("name", run, offset)
    return None


def _is_partial(article: _Article, span: Span) -> bool:
    quoted = article.text[span.start : span.end]
    if not quoted:
        return False
    lo, _hi = article.sentences[article.sentence_of(span.open_at)]
    pre = article.masked[lo : span.open_at].rstrip()
    if quoted[0].islower():
        return True
    if not pre or pre[-1] in ",:—–-":
        return False
    last = pre.split()[-1].casefold()
    if last in SPEECH_VERBS or last == "that":
        return False
    return quoted.rstrip()[-1:] not in {".", "!", "?"}


def _sentence_subject(article: _Article, span: Span) -> Person | None:
    """The first person named in the sentence before the quotation, its likeliest subject."""
    s_lo, _s_hi = article.sentences[article.sentence_of(span.open_at)]
    for ref in article.mentions_between(s_lo, span.open_at):
        if not ref.modifier and not ref.person.is_org:
            return ref.person
    return None


def _continue(article: _Article, spans: list[Span], results: list[Attribution]) -> None:
    """Quotations with no frame of their own take the speaker of the quotation they continue."""
    by_paragraph: dict[int, list[int]] = {}
    for index, span in enumerate(spans):
        by_paragraph.setdefault(article.paragraph_of(span.open_at), []).append(index)
    previous_speaker: Speaker | None = None
    previous_paragraph = -2
    runs_on = False
    for paragraph in sorted(by_paragraph):
        indexes = by_paragraph[paragraph]
        known = [i for i in indexes if results[i].speaker is not None]
        for index in indexes:
            result = results[index]
            if result.speaker is not None:
                continue
            before = [i for i in known if i < index]
            after = [i for i in known if i > index]
            if before:
                result.speaker = results[before[-1]].speaker
                result.framed = True
                result.rule = "continue-before"
            elif after:
                # A paragraph of quoted speech; but when the sentence names its own subject
                # before the quotation ("Clinton tried to turn the tables, portraying him as
                # "…"") the quotation is the subject's, left to _fall_back.
                result.framed = True
                nxt = after[0]
                same = article.sentence_of(spans[nxt].open_at) == article.sentence_of(
                    spans[index].open_at
                )
                # "… did not find "ties," aside from knowing each other "casually," said the
                # director": a frame closing the sentence holds for all its quotations.
                if (same and results[nxt].rule == "post") or _sentence_subject(
                    article, spans[index]
                ) is None:
                    result.speaker = results[nxt].speaker
                    result.rule = "continue-after"
            elif previous_paragraph == paragraph - 1 and previous_speaker is not None:
                lo = article.paragraphs[paragraph][0]
                leads = not article.masked[lo : spans[index].open_at].strip()
                if runs_on or (leads and index == indexes[0]):
                    result.speaker = previous_speaker
                    result.framed = True
                    result.rule = "continue-paragraph"
        runs_on = spans[indexes[-1]].runs_on
        speakers = [results[i].speaker for i in indexes if results[i].speaker is not None]
        previous_speaker = speakers[-1] if speakers else None
        previous_paragraph = paragraph
