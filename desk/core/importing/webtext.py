"""Cleaning text that a journalist copied out of a web page.

Every quote offset in Quote Desk points into the cleaned text, so cleaning only ever drops whole
lines (navigation, player controls, share buttons, bylines) and collapses whitespace: the words
and punctuation of the article itself are never rewritten. Metadata is taken only from clear
markers (a dateline, a sign-off, a standalone outlet line), never from a mention in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desk.core.importing.dates import TIME, find_date_span


@dataclass(frozen=True, slots=True)
class CleanedPage:
    text: str
    title: str | None
    byline: str | None
    outlet: str | None
    published: date | None
    url: str | None = None


# -- data: extend these rather than the code ------------------------------------------------

FURNITURE_LINES: tuple[str, ...] = (
    "go to contents", "go to navigation", "go to contents go to navigation",
    "accessibility links", "skip to main content", "skip to content", "skip navigation",
    "breaking news", "top stories", "main news", "latest news", "most read", "most popular",
    "back to top", "back to top button", "send feedback", "how can we improve?",
    "thanks for your feedback!", "click to enlarge", "please wait", "loading", "loading...",
    "no media source currently available", "related articles", "related stories", "related news",
    "leave a reply", "your email address will not be published. required fields are marked *",
    "share", "share this", "share this article", "print", "advertisement", "subscribe",
    "comments", "view comments", "read more", "follow us", "email", "facebook", "twitter",
    "linkedin", "whatsapp", "copy link", "embed", "download", "menu", "search",
    "you may also like", "recommended", "more stories",
)  # fmt: skip

FURNITURE_PATTERNS: tuple[str, ...] = (
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/?\s*(?:\d{1,2}:)?\d{1,2}:\d{2})*",  # player "0:00 0:02:06"
    r"[\[(]\s*(?:photos?|images?|videos?|graphics?|yonhap photo|file photo)\b[^\])]{0,80}[\])]",
    r"(?:home|news)(?:\s*[>»›|]\s*[^>»›|]{1,40}){1,6}",  # breadcrumbs "Home > Main News > News"
    r"[^>»›]{1,40}(?:\s+[>»›]\s+[^>»›]{1,40}){2,6}",
    r"\d+\s+(?:comments?|shares?|views?)",
    r"\d+\s*min(?:ute)?s?\s+read",
    r"©.{0,100}|(?:copyright|\(c\))\s*(?:©|\(c\))?\s*\d{4}\b.{0,100}",
    r".{0,80}\ball rights reserved\.?",
)

# Where a page's tail of related links starts; dropped with the short lines after it.
TAIL_MARKERS: frozenset[str] = frozenset(
    {"related articles", "related stories", "related news", "more stories", "read more",
     "you may also like", "recommended", "most read", "most popular", "leave a reply", "comments"}
)  # fmt: skip

OUTLETS: dict[str, tuple[str, ...]] = {
    "Yonhap": ("yonhap", "yonhap news agency"),
    "Voice of America": ("voice of america", "voa"),
    "KBS World Radio": ("kbs world radio", "kbs world", "kbs"),
    "Reuters": ("reuters", "thomson reuters"),
    "Associated Press": ("associated press", "ap"),
    "AFP": ("afp", "agence france-presse", "agence france presse"),
    "BBC": ("bbc",),
    "CNN": ("cnn",),
    "New York Times": ("new york times", "nyt", "nytimes"),
    "Washington Post": ("washington post",),
    "Politico": ("politico",),
    "USA Today": ("usa today",),
    "HuffPost": ("huffpost", "huffington post"),
    "Breitbart": ("breitbart",),
    "Korea Herald": ("korea herald",),
    "Korea Times": ("korea times",),
    "NK News": ("nk news", "nknews"),
}

# Page-template text that only one outlet's pages carry.
SIGNATURES: dict[str, str] = {"no media source currently available": "Voice of America"}

# -- compiled --------------------------------------------------------------------------------

_ALIASES = {alias: name for name, aliases in OUTLETS.items() for alias in aliases}
_FURNITURE = frozenset(FURNITURE_LINES) | TAIL_MARKERS
_FURNITURE_RE = re.compile("|".join(f"(?:{p})" for p in FURNITURE_PATTERNS), re.IGNORECASE)
_MAX_FURNITURE = 120
_HAS_DIGIT = re.compile(r"\d").search
_UPPER = r"[A-ZÀ-ÖØ-Þ]"
_NAME_WORD = rf"{_UPPER}[\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|and|de|da|van|von|der|del|la|le|al|bin|&))*"
_BYLINE = re.compile(rf"(?:By|BY|by):?\s+(?P<name>{_NAME})(?:\s*[,|–—]\s*(?P<rest>{_NAME}))?")
_REPORTS_LINE = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s+reports\.")
_REPORTS_END = re.compile(
    rf"(?<=[.!?\"”’] )(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s+reports\.$"
)
_SIGNOFF = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s+(?P<outlet>[^,]{{2,40}}?)\.?"
)
_DATELINE_OUTLET = re.compile(r"\((?P<outlet>[^()]{2,40})\)\s*(?:--|[-–—:])")
_TRAILING_OUTLET = re.compile(r"\((?P<outlet>[^()]{2,40})\)$")
_MD_HEADING = re.compile(r"#\s+(?P<title>.+?)(?:\s+#+)?")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.")
_DATE_LABELS = frozenset(
    {"all", "headlines", "updated", "published", "posted", "last", "on", "at", "date", "dated",
     "created", "modified", "edited", "am", "pm", "a.m.", "p.m.", "kst", "gmt", "utc", "est",
     "edt", "pst", "pdt", "bst", "cet", "cest"}
)  # fmt: skip
_LABEL_PUNCT = str.maketrans(dict.fromkeys(",|-–—:•·/()[]", " "))
_TERMINAL = frozenset(".!?…:;\"”’')]»*")


def canonical_outlet(name: str | None) -> str | None:
    """The outlet's usual name when ``name`` is one we know ("VOA News" -> "Voice of America")."""
    if not name:
        return None
    key = " ".join(name.split()).casefold().strip(" .")
    key = key.removeprefix("the ")
    found = _ALIASES.get(key)
    if found is None and key.endswith(" news"):
        found = _ALIASES.get(key.removesuffix(" news"))
    return found


def date_line(line: str) -> date | None:
    """The date of a line that is only a date with labels or a time ("All Headlines 05:21 ...")."""
    if len(line) > 80:
        return None
    span = find_date_span(line)
    if span is None:
        return None
    found, start, end = span
    if line[end:].strip() == ".":
        return None  # a sentence ending with a date
    rest = TIME.sub(" ", line[:start] + " " + line[end:])
    words = rest.translate(_LABEL_PUNCT).split()
    others = [word for word in words if word.casefold() not in _DATE_LABELS]
    # A section name ("All Headlines", "North Korea") may stand beside the date; a sentence may not.
    if len(words) > 4 or len(others) > 2:
        return None
    if not all(word[0].isupper() and word.isalpha() for word in others):
        return None
    return found


def is_furniture(line: str) -> bool:
    """Whether a whole (whitespace-collapsed) line is page furniture rather than article text."""
    if len(line) > _MAX_FURNITURE:
        return False
    key = line.casefold()
    if key in _FURNITURE or key.rstrip(":") in _FURNITURE or _FURNITURE_RE.fullmatch(line):
        return True
    return _HAS_DIGIT(line) is not None and date_line(line) is not None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _link_like(line: str) -> bool:
    return len(line) <= 150 and not line.endswith(".") and len(line.split()) <= 25


def _looks_like_headline(line: str) -> bool:
    if len(line) > 200 or len(line.split()) < 2 or line[0].islower():
        return False
    if line[-1] in ",;:-–—(":
        return False
    if line.endswith("."):
        return _ABBREVIATION.fullmatch(line.rsplit(" ", 1)[-1]) is not None
    return not (line[-1] in "\"”'’" and line[-2:-1] in (".", ","))


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` is the hard-wrapped continuation of the paragraph ending in ``previous``."""
    if previous[-1] in _TERMINAL:
        return False
    return len(previous) >= 50 or line[0].islower()


@dataclass(slots=True)
class _Line:
    text: str
    block: int
    furniture: bool
    keep: bool = True


@dataclass(slots=True)
class _Meta:
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: date | None = None

    def set_outlet(self, name: str | None) -> None:
        if self.outlet is None and name:
            self.outlet = name


def _split(raw: str) -> list[_Line]:
    lines: list[_Line] = []
    block = 0
    blank = True
    for piece in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        text = " ".join(piece.split())
        if not text:
            if not blank:
                block += 1
            blank = True
            continue
        blank = False
        lines.append(_Line(text, block, is_furniture(text)))
    return lines


def _trim_tail(lines: list[_Line]) -> None:
    """Drop "Related Articles" and the short link lines after it, if only such lines follow."""
    start = len(lines)
    while start > 0 and (lines[start - 1].furniture or _link_like(lines[start - 1].text)):
        start -= 1
    for index in range(start, len(lines)):
        if lines[index].furniture and lines[index].text.casefold().rstrip(":") in TAIL_MARKERS:
            for line in lines[index:]:
                line.keep = False
            return


def _next_content(lines: list[_Line], index: int) -> _Line | None:
    for line in lines[index + 1 :]:
        if line.keep and not line.furniture:
            return line
    return None


def _scan_header(lines: list[_Line], meta: _Meta, guess_title: bool) -> int:
    """Take headline, byline, outlet and date from the lines above the body; where it starts."""
    for index, line in enumerate(lines):
        text = line.text
        if line.furniture:
            if meta.published is None and _HAS_DIGIT(text) is not None:
                meta.published = date_line(text)
            continue
        if not line.keep:
            continue
        if meta.title is None and guess_title and (heading := _MD_HEADING.fullmatch(text)):
            meta.title = heading["title"]
        elif meta.byline is None and (byline := _BYLINE.fullmatch(text)):
            meta.byline = byline["name"]
            meta.set_outlet(canonical_outlet(byline["rest"]))
        elif outlet := canonical_outlet(text):
            meta.set_outlet(outlet)
        elif meta.title is not None and _same(text, meta.title):
            pass  # the page repeats its headline
        elif meta.title is None and guess_title and _looks_like_headline(text):
            following = _next_content(lines, index)
            if following is None:
                return index
            wrapped = following is lines[index + 1] and following.block == line.block
            if wrapped and following.text[0].islower():
                return index  # the hard-wrapped first line of a paragraph, not a headline
            meta.title = text
        else:
            return index
        line.keep = False
    return len(lines)


def _scan_body_edges(body: list[_Line], meta: _Meta) -> None:
    """Bylines just below the header ("By ...", "X reports.") and sign-offs at the very end."""
    content = [line for line in body if line.keep and not line.furniture]
    for line in content[:4]:
        if meta.byline is not None:
            break
        match = _BYLINE.fullmatch(line.text) or _REPORTS_LINE.fullmatch(line.text)
        if match and line is not content[0]:
            meta.byline = match["name"]
            line.keep = False
    for line in content[-3:]:
        signoff = _SIGNOFF.fullmatch(line.text)
        outlet = canonical_outlet(signoff["outlet"]) if signoff else canonical_outlet(line.text)
        if outlet is None or line is content[0]:
            continue
        meta.set_outlet(outlet)
        if signoff and meta.byline is None:
            meta.byline = signoff["name"]
        line.keep = False


def _paragraphs(body: list[_Line]) -> list[str]:
    paragraphs: list[list[str]] = []
    previous: _Line | None = None
    for line in body:
        if not line.keep or line.furniture:
            previous = None
            continue
        joined = previous is not None and line.block == previous.block
        if joined and previous is not None and _continues(previous.text, line.text):
            paragraphs[-1].append(line.text)
        else:
            paragraphs.append([line.text])
        previous = line
    return [" ".join(parts) for parts in paragraphs]


def clean_web_text(
    raw: str, *, known_title: str | None = None, guess_title: bool = True
) -> CleanedPage:
    """Clean copied page text; paragraphs in the result are separated by one blank line.

    ``known_title`` is a headline already known from elsewhere (HTML metadata): lines repeating
    it above the body are dropped. A headline is guessed from the text only when there is no
    known one and ``guess_title`` is true.
    """
    lines = _split(raw.removeprefix("\ufeff"))
    _trim_tail(lines)
    meta = _Meta(title=known_title)
    start = _scan_header(lines, meta, guess_title=guess_title and known_title is None)
    body = lines[start:]
    _scan_body_edges(body, meta)
    paragraphs = _paragraphs(body)

    if paragraphs:
        dateline = _DATELINE_OUTLET.search(paragraphs[0][:200])
        if dateline:
            meta.set_outlet(canonical_outlet(dateline["outlet"]))
        trailing = _TRAILING_OUTLET.search(paragraphs[-1])
        if trailing:
            meta.set_outlet(canonical_outlet(trailing["outlet"]))
        if meta.byline is None:
            for paragraph in paragraphs[:2]:
                if reports := _REPORTS_END.search(paragraph):
                    meta.byline = reports["name"]
                    break
    for line in lines:
        if line.furniture:
            meta.set_outlet(SIGNATURES.get(line.text.casefold()))
            if meta.published is None and _HAS_DIGIT(line.text) is not None:
                meta.published = date_line(line.text)
    return CleanedPage(
        text="\n\n".join(paragraphs),
        title=meta.title,
        byline=meta.byline,
        outlet=meta.outlet,
        published=meta.published,
    )
