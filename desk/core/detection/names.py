"""Names, roles and descriptions: turning the words next to a speech verb into a speaker.

An article names a person in full once, usually with a title ("U.S. Secretary of State John
Kerry"), and then by surname, title, description or pronoun. :class:`People` remembers every
full mention in reading order so a later "Kerry" or "the secretary" can be given back the full
name and role it stood for at that point of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from desk.core.detection.lexicon import (
    ANONYMOUS_HEADS,
    DOCUMENT_HEADS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_NAMES,
    MALE_TITLES,
    NAME_DESCRIPTORS,
    NOT_NAMES,
    ORG_HEADS,
    PERSON_TITLES,
    PLACE_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    word_set,
)
from desk.core.detection.values import Speaker

# In the masked text the period of an abbreviation ("Mr.", "U.S.", "J.") is DOT, so that it is
# never read as the end of a sentence.
DOT = "\ue001"
_TITLE_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Sen Rep Del Gov Gen Lt Col Sgt Capt Adm Maj Prof Rev Fr St Jr Sr Ft"
)


def _name_word(abbreviations: str) -> str:
    """The pattern of one word of a name: a title's abbreviation ("Sen."), a capitalised word
    (McCain, O’Malley, Holtz-Eakin, DuVernay), an initial (J.) or an acronym (U.S.).

    Every kind of word opens with its capital, matched first and once, so that the pattern starts
    with a set of characters: the regular-expression engine then skips the text between capitals
    in a tight loop of its own instead of trying the pattern at every position. The abbreviations
    ("Mr." …) go on from their capital through a look back at it.
    """
    by_capital: dict[str, list[str]] = {}
    for abbreviation in abbreviations.split():
        by_capital.setdefault(abbreviation[0], []).append(abbreviation[1:])
    titles = "|".join(f"(?<={capital})(?:{'|'.join(rest)})" for capital, rest in by_capital.items())
    return rf"[A-Z](?:(?:{titles})[.\ue001]|[A-Za-zÀ-ÖØ-öø-ÿ’'\-]+|[.\ue001](?:[A-Z][.\ue001])*)"


NAME_WORD = _name_word(_TITLE_ABBREVIATIONS)
_PARTICLES = r"(?:de|del|della|der|van|von|da|di|du|la|le|bin|al|el|of|the)"
# An Arabic surname's article, joined to it: "Anwar al-Awlaki", "Bashar al-Assad".
_ARTICLE = r"(?:(?:al|el|ad|as|ash|bin|ibn)-)?"
_SUFFIX = r"(?:,? (?:Jr[.\ue001]|Sr[.\ue001]|II|III|IV))?"
# A period left in the masked text ends a sentence, so no run goes on past one ("…D.C. He said").
NAME_RUN = re.compile(
    rf"{NAME_WORD}(?:(?<!\.)[ \u00a0](?:{_PARTICLES}[ \u00a0])?{_ARTICLE}{NAME_WORD})*"
    rf"{_SUFFIX}"
)
_WORD = re.compile(r"[\w’'.\-&]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_ABBREVIATIONS = {
    "sen.": "Senator",
    "rep.": "Representative",
    "del.": "Delegate",
    "gov.": "Governor",
    "gen.": "General",
    "lt.": "Lieutenant",
    "col.": "Colonel",
    "adm.": "Admiral",
    "dr.": "Dr.",
    "prof.": "Professor",
    "rev.": "Reverend",
    "sgt.": "Sergeant",
    "capt.": "Captain",
    "maj.": "Major",
}
_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "sir", "dame"})
_ROLE_EQUIVALENTS = {
    "sen.": "senator",
    "rep.": "representative",
    "del.": "delegate",
    "gov.": "governor",
    "congressman": "representative",
    "congresswoman": "representative",
    "gen.": "general",
    "front-runner": "frontrunner",
    "advisor": "adviser",
}


# Words that start what follows a description's head noun: "a source close to", "an aide
# familiar with", "one official involved in", "a spokesman for".
_COMPLEMENT_STARTS = word_set(
    "close familiar involved briefed of for with in at from to on who whose that working speaking"
)


def unmask(text: str) -> str:
    return text.replace(DOT, ".")


@lru_cache(maxsize=4096)
def role_words(text: str) -> frozenset[str]:
    """The role nouns in ``text``, folded so that "Sen." and "senator" compare equal."""
    words = {w.casefold() for w in _WORD.findall(text)}
    return frozenset(_ROLE_EQUIVALENTS.get(w, w) for w in words if w in ROLE_NOUNS)


_JOINERS = frozenset({"of", "the", "and", "&"})
# Role nouns that may end a run of capitals only as a title, never as a surname ("Pete King",
# "Rob Bishop" and "Mark Judge" are names).
_TITLE_ENDS = (ROLE_NOUNS | _HONORIFICS) - word_set(
    "king queen prince emperor pope bishop cardinal general judge justice fellow host partner "
    "member head boss owner chair counsel"
)
_ROLE_LIKE = ROLE_NOUNS | PERSON_TITLES | _HONORIFICS
_TITLE_WORDS = _ROLE_LIKE | _JOINERS


def _is_role_word(word: str) -> bool:
    folded = word.casefold()
    return folded in ROLE_NOUNS or folded in PERSON_TITLES or folded in _HONORIFICS


def gender_of(name: str, role: str | None = None) -> str | None:
    """ "m" or "f" when a first name or a gendered role word says so, else None."""
    for word in _WORD.findall(role.casefold()) if role else ():
        if word in MALE_TITLES:
            return "m"
        if word in FEMALE_TITLES:
            return "f"
    words = name.split()
    if len(words) >= 2 and not family_first(words):
        first = words[0].casefold()
        if first in FEMALE_NAMES:
            return "f"
        if first in MALE_NAMES:
            return "m"
    return None


def expand_role(role: str) -> str:
    """ "New Jersey Gov." -> "New Jersey Governor"."""
    return " ".join(_ABBREVIATIONS.get(word.casefold(), word) for word in role.split())


_SUFFIXES = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
_QUALIFIERS = 4  # capitalised words that may come before a title: "House Judiciary Committee"


def _qualified_title(folded: list[str]) -> int:
    """Where a title starts after the words that qualify it ("Senate Majority Leader", "New
    Jersey Gov."), leaving at least two words of name; 0 when the run does not start so."""
    if folded[0] in _TITLE_WORDS:
        return 0
    for i in range(1, min(_QUALIFIERS, len(folded) - 2) + 1):
        word = folded[i]
        if word in _JOINERS:
            continue
        if word in ROLE_NOUNS:
            rest = [w for w in folded[i + 1 :] if w not in _SUFFIXES]
            return i if len(rest) >= 2 else 0  # "Martin Luther King Jr." is one name
        if word in NOT_NAMES:
            return 0
    return 0


@dataclass(slots=True)
class Person:
    """A person (or organisation) the article names in full."""

    name: str
    role: str | None
    gender: str | None  # "m", "f" or None
    is_org: bool
    at: int  # where it was first named in full
    spoke: bool = False
    anonymous: bool = False  # a source the article describes but does not name
    named: int = 1  # how many times the article names them in full so far


class NameParts(NamedTuple):
    """A run of capitalised words split into the title before the name and the name.

    A NamedTuple: immutable, as the cached values it is must be, and cheap to build."""

    name: str
    role: str | None
    gender: str | None
    titled: bool


_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES


def drop_place(run: str) -> str:
    """ "Rep. Ana Ortez of New Mexico" -> "Rep. Ana Ortez": a home state is no part of a name."""
    head, of, tail = run.rpartition(" of ")
    if not of:
        return run
    end = tail.split()[-1].casefold()
    words = head.split()
    last = words[-1]
    if _is_role_word(last) or last.casefold() in NOT_NAMES or last.casefold() in ORG_HEADS:
        return run  # "Governor of Texas", "Bank of America": the place belongs to the title
    if end in PLACE_WORDS or (end in ORG_HEADS and len(words) >= 2):
        return head  # "Ana Ortez of the Harbor Group": where she works is no part of her name
    if len(words) == 2 and words[0].casefold() in _HONORIFICS:
        return head  # "Mr. Ortez of Harborline": an honorific and a surname make the name
    if len(words) == 2 and len(tail.split()) == 1 and words[0].casefold() in _FIRST_NAMES:
        return head  # "Stacy Baker of Columbia": a first name and a surname, then her town
    return run


# Every word the rules of split_title look for: a run with none of them is a name as it stands.
_MARKED_WORDS = (
    NOT_NAMES | ORG_HEADS | NAME_DESCRIPTORS | ROLE_NOUNS | _TITLE_WORDS | _TITLE_ENDS | _SUFFIXES
)


@lru_cache(maxsize=4096)
def split_title(run: str) -> NameParts | None:
    """Split a run of capitalised words into title and name.

    "U.S. Secretary of State John Kerry" -> "John Kerry", role "U.S. Secretary of State".
    """
    if " " not in run and "\u00a0" not in run:
        # One word, the most common run: no title to split off.
        single = run.casefold()
        if single in NOT_NAMES:
            return NameParts(run, None, None, False) if single in _HONORIFICS else None
        return NameParts(run, None, None, False)
    joined = drop_place(run.replace("\u00a0", " "))
    words = joined.split(" ")
    if joined.isupper() and any(len(w) > 3 for w in words):
        return None  # "PORT TO REOPEN": a headline in capitals, not a name
    folded = [w.casefold() for w in words]
    if _MARKED_WORDS.isdisjoint(folded) and "’s " not in joined and "'s " not in joined:
        # "Carl Icahn", the most common run: no word below has anything to take off it.
        return NameParts(joined, None, gender_of(joined), False)
    first = 0
    while first < len(words) and folded[first] in NOT_NAMES and folded[first] not in _HONORIFICS:
        first += 1
    if "’s " in joined or "'s " in joined:
        # "Harbor Radio’s Dewan Kolar": the person the possessive owns is the name, not the owner.
        for index in range(len(words) - 2, first - 1, -1):
            if folded[index].endswith(("’s", "'s")):
                owned = folded[index + 1 :]
                if 2 <= len(owned) <= 3 and not _JOINERS.intersection(owned):
                    first = index + 1
                break
    if first == len(words):
        return None
    if first:
        words, folded = words[first:], folded[first:]
    if folded[-1] in ORG_HEADS:
        return NameParts(" ".join(words), None, None, False)
    if folded[-1] in _TITLE_ENDS:
        return None  # "former House Speaker", "Pennsylvania Gov.": a title with no name
    last_title = -1
    described = False
    absorbed = -2  # the last word taken into the title after "of": "Chief of Staff"
    start = _qualified_title(folded) if len(folded) > 2 else 0
    if start:
        last_title = start  # "New Jersey Gov.", "Senate Majority Leader": a title's qualifiers
    for i in range(start, len(words) - 1):
        word = folded[i]
        if word in _TITLE_WORDS:
            last_title = i
        elif (
            i == last_title + 1
            and (folded[i - 1] in _JOINERS or i - 1 == absorbed)
            and len(words) - i > 2
            and word not in MALE_NAMES
            and word not in FEMALE_NAMES
        ):
            # "Chief of Staff", "Director of Government Affairs": one title.
            last_title = i
            absorbed = i
        elif word in NAME_DESCRIPTORS and i == last_title + 1:
            last_title = i
            described = True
        elif i > last_title + 1:
            break
    # "Secretary of State" is a title, "State" is not a first name: keep role words together;
    # "of", "the", "and" between title and name belong to the title.
    cut = last_title + 1
    while cut < len(words) and folded[cut] in _JOINERS:
        cut += 1
    if cut == len(words):
        return None
    if folded[-1] in _SUFFIXES and all(w in _SUFFIXES for w in folded[cut:]):
        cut = 0  # "Paul King Jr.": a name whose surname is also a title
    gender = None
    honorific = False
    titled = False
    kept: list[str] = []
    for word, fold in zip(words[:cut], folded[:cut], strict=True):
        if fold in MALE_TITLES:
            gender = "m"
        elif fold in FEMALE_TITLES:
            gender = "f"
        if fold in _HONORIFICS:
            honorific = True
        else:
            kept.append(word)
        if fold in _ROLE_LIKE:
            titled = True
    role_text = " ".join(kept)
    role = expand_role(role_text) if role_text and role_words(role_text) else None
    name = " ".join(words[cut:])
    gender = gender or gender_of(name)
    titled = titled or honorific
    if not described:
        titled = titled or cut > 0
    return NameParts(name, role, gender, titled)


# A Korean given name of two syllables joined by a hyphen: "Jong-un", "Son-gwon", "Jae-in".
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+(?:['’]s?)?")


def family_first(words: list[str]) -> bool:
    """ "Kim Jong-un", "Moon Jae-in": the family name comes first, the hyphenated given name
    last (unlike "Holtz-Eakin", whose second part is capitalised)."""
    return len(words) == 2 and "-" in words[1] and _HYPHENATED_GIVEN.fullmatch(words[1]) is not None


@lru_cache(maxsize=4096)
def surname(name: str) -> str:
    words = [w for w in name.split() if w not in {"Jr.", "Sr.", "II", "III", "IV", "Jr.,"}]
    if family_first(words):
        return words[0]
    return _POSSESSIVE.sub("", words[-1].rstrip(",")) if words else name


@lru_cache(maxsize=4096)
def surname_key(name: str) -> str:
    """The key people are filed under: the folded surname."""
    return surname(name).casefold()


@lru_cache(maxsize=4096)
def given_name(name: str) -> str:
    words = name.split()
    return words[1] if family_first(words) else words[0]


def looks_like_org(name: str) -> bool:
    words = name.split()
    return bool(words) and (
        words[-1].casefold() in ORG_HEADS
        or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)
    )


@dataclass(slots=True)
class People:
    """Everyone named in full so far, looked up by surname or by role word."""

    by_surname: dict[str, list[Person]] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)

    def add(
        self, parts: NameParts, at: int, role: str | None = None, known: Person | None = None
    ) -> Person:
        """Remember a full name; ``known`` is ``find(parts.name, at)`` when the caller has it."""
        name = parts.name
        key = surname_key(name)
        if known is None:
            known = self.find(name, at)
        if known is not None and _other_first_name(name, known.name):
            known = None  # "Lina Ortez" after "Paul Ortez": another person of that surname
        role = role or parts.role
        if known is not None and (len(name.split()) <= len(known.name.split())):
            known.named += 1
            if role and not known.role:
                known.role = role
            gender = parts.gender or gender_of(name, role)
            if gender and not known.gender:
                known.gender = gender
            return known
        gender = parts.gender or gender_of(name, role)
        person = Person(name, role, gender, looks_like_org(name), at)
        if known is not None:
            person.role = person.role or known.role
            person.gender = person.gender or known.gender
            person.named += known.named
        self.by_surname.setdefault(key, []).append(person)
        self.people.append(person)
        return person

    def find(self, name: str, at: int, gender: str | None = None) -> Person | None:
        """The person a (possibly partial) name stands for at offset ``at``.

        ``gender``, from a title ("Mrs. Clinton"), picks among people sharing the surname.
        """
        candidates = self.by_surname.get(surname_key(name))
        if not candidates:
            return None
        if " " in name and given_name(name).casefold() in _FIRST_NAMES:
            # "Melania Ortez" is not "Donald Ortez": a known given name that differs is another
            # person. (Only a known one: "Wasserman Schultz", "De Blasio" and "Said Ellis" at
            # the start of a sentence are a surname with something before it.)
            candidates = [
                p for p in candidates if p.name == name or not _other_first_name(name, p.name)
            ]
            if not candidates:
                return None
        if len(candidates) == 1:
            return candidates[0]  # what the rules below come to with a single candidate
        if gender is not None:
            candidates = [p for p in candidates if p.gender in {gender, None}] or candidates
        words = name.split()
        if len(words) > 1:
            exact = [p for p in candidates if p.name == name]
            if exact:
                return exact[0]
            first = given_name(name)
            candidates = [p for p in candidates if given_name(p.name) == first] or candidates
        before = [p for p in candidates if p.at <= at]
        pool = before or candidates
        if len(words) == 1 and gender is None:
            # A bare surname shared by two people is the one the story is about, whom it names
            # most (first named, on a tie): the other is "Lina" or "Ms. Ortez" to the reader.
            return max(pool, key=lambda p: (p.named, -p.at))
        # The fullest name seen last before this mention; a later one only when none came before.
        return max(pool, key=lambda p: (p.at if before else -p.at, len(p.name)))

    def with_role(
        self, words: frozenset[str], at: int, qualifiers: tuple[str, ...] = ()
    ) -> Person | None:
        """The latest person before ``at`` whose role shares a word with ``words``.

        A "vice president" is no "president". ``qualifiers`` (the other words of the
        description, "Florida" in "the Florida senator") pick, when a role has them all, that
        person over a later one whose role lacks them."""
        fitting: Person | None = None
        for person in reversed(self.people):
            if (
                person.at <= at
                and person.role
                and not person.is_org
                and words & role_words(person.role)
            ):
                role = person.role.casefold()
                if "vice" not in qualifiers and re.search(r"\bvice\b", role):
                    continue
                if qualifiers and all(q in role for q in qualifiers):
                    return person
                if not qualifiers and person.spoke:
                    # "the president said": the president the story quotes, not the "World
                    # Bank president" it names in passing since.
                    return person
                if fitting is None:
                    fitting = person
        return fitting


def _other_first_name(name: str, other: str) -> bool:
    words, others = name.split(), other.split()
    if len(words) < 2 or len(others) < 2:
        return False
    first, other_first = given_name(name).rstrip("."), given_name(other).rstrip(".")
    return not (first.startswith(other_first) or other_first.startswith(first))


def speaker_for(person: Person) -> Speaker:
    return Speaker(person.name, person.role, person.anonymous)


def classify_head(description: str) -> str:
    """ "person", "document" or "other", by the description's head noun: its last word, or
    the word before a complement ("a source close to the campaign")."""
    words = _WORD.findall(description.casefold())
    if not words:
        return "other"
    cut = next((i for i, w in enumerate(words[1:], 1) if w in _COMPLEMENT_STARTS), len(words))
    head = words[cut - 1]
    if head in ANONYMOUS_HEADS or head in ROLE_NOUNS:
        return "person"
    if head in DOCUMENT_HEADS:
        return "document"
    return "other"


def is_pronoun(word: str) -> bool:
    return word.casefold() in PRONOUNS
