"""Reading a saved or pasted HTML article, offline, with trafilatura and a plainer fallback.

trafilatura finds the article among navigation, comments and footers and reads the page's
metadata; when it gives up (a fragment, an odd template, a page nested too deeply for lxml),
the visible text of the page still yields something to check.
Nothing here ever touches the network: trafilatura only receives the markup.
"""

from __future__ import annotations

import html as html_lib
import re
import warnings
from typing import Any

from desk.core.errors import InputRefused
from desk.core.importing.dates import find_date
from desk.core.importing.webtext import CleanedPage, canonical_outlet, clean_web_text

NO_TEXT = "no article text found"

_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th",
     "table", "section", "article", "main", "blockquote", "pre", "figure", "figcaption", "dd",
     "dt", "dl", "header", "hr", "address"}
)  # fmt: skip
_CODE_SPANS = (("<!--", "-->"), ("<script", "</script"), ("<style", "</style"))
_TAG_RE = re.compile(
    r"<(?:[!?][^<>]{0,4096}|(?P<end>/?)(?P<name>[A-Za-z][\w:-]{0,40})[^<>]{0,4096})>"
)
_NEVER_SHOWN = frozenset({"script", "style", "noscript", "template", "svg"})
_HIDDEN = _NEVER_SHOWN | {"head", "title", "nav", "footer", "aside", "form", "button", "select"}
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, if any."""
    match = _CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _trafilatura(markup: str) -> Any:
    """trafilatura's Document for ``markup``, or None when it finds nothing or breaks.

    Any exception is swallowed: on hostile or broken markup the extractor's internals can fail
    in many ways (RecursionError, lxml errors, ValueError), and the fallback still applies.
    """
    import trafilatura

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return trafilatura.bare_extraction(
                markup,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                favor_precision=True,
            )
    except Exception:
        return None


def _cut_between(markup: str, lower: str, opening: str, closing: str) -> tuple[str, str]:
    """``markup`` (and its lowercase twin) without each ``opening`` ... ``closing`` span.

    Found with ``str.find`` from left to right, so unclosed comments or scripts cost one pass
    instead of one search to the end per opening.
    """
    kept: list[tuple[int, int]] = []
    position = 0
    while (start := lower.find(opening, position)) != -1:
        kept.append((position, start))
        end = lower.find(closing, start + len(opening))
        if end == -1:
            position = len(markup)
            break
        position = end + len(closing)
        if not closing.endswith(">"):  # "</script" ends at the next ">"
            bracket = lower.find(">", position)
            position = len(markup) if bracket == -1 else bracket + 1
    kept.append((position, len(markup)))
    return "".join(markup[a:b] for a, b in kept), "".join(lower[a:b] for a, b in kept)


def _visible_text(markup: str, hidden: frozenset[str]) -> str:
    """The text between tags, with block tags as line breaks and ``hidden`` elements left out.

    A linear scan with a bounded tag pattern instead of a parser: a page nested 100,000 levels
    deep neither recurses nor loses text (libxml2, behind lxml, drops elements nested deeper
    than 256 levels), and no run of stray "<" or "</" makes it quadratic, as it does
    html.parser.
    """
    lower = markup.lower()
    for opening, closing in _CODE_SPANS:
        markup, lower = _cut_between(markup, lower, opening, closing)
    parts: list[str] = []
    hiding: dict[str, int] = {}
    position = 0
    for match in _TAG_RE.finditer(markup):
        if not hiding and match.start() > position:
            parts.append(html_lib.unescape(markup[position : match.start()]))
        position = match.end()
        name = (match["name"] or "").lower()
        if not name:
            continue  # <!DOCTYPE>, <?xml?>
        if match["end"]:
            if hiding.get(name):
                hiding[name] -= 1
                if not hiding[name]:
                    del hiding[name]
            elif name in _BLOCK_TAGS and not hiding:
                parts.append("\n")
            continue
        if name == "body":
            hiding.pop("head", None)  # browsers end an unclosed <head> here too
        if name in hidden and not match.group(0).endswith("/>"):
            hiding[name] = hiding.get(name, 0) + 1
        elif name in _BLOCK_TAGS and not hiding:
            parts.append("\n")
    if not hiding:
        parts.append(html_lib.unescape(markup[position:]))
    return "".join(parts)


def extract_html(markup: str, source: str) -> CleanedPage:
    """The article text and metadata of an HTML page; InputRefused when it holds no text."""
    document = _trafilatura(markup)
    text = ""
    title = author = sitename = url = date_text = None
    if document is not None:
        text = document.text or ""
        title = document.title or None
        author = document.author or None
        sitename = document.sitename or None
        url = document.url or None
        date_text = document.date or None
    if not text.strip():
        text = _visible_text(markup, _HIDDEN)
    if not text.strip():
        # An unclosed <nav> or <head> hides everything after it: keep all but code this time.
        text = _visible_text(markup, _NEVER_SHOWN)
    if title is not None:
        title = " ".join(title.split()) or None
    # Each extracted line is a paragraph of its own: separate them so none are joined.
    # The headline comes from the page's markup or nowhere: in extracted text a short first
    # paragraph is as likely a deck or a fragment's first line as a headline.
    page = clean_web_text("\n\n".join(text.split("\n")), known_title=title, guess_title=False)
    if not page.text:
        raise InputRefused(source, NO_TEXT)
    outlet = canonical_outlet(sitename) or sitename or page.outlet
    return CleanedPage(
        text=page.text,
        title=page.title,
        byline=author or page.byline,
        outlet=outlet,
        published=(find_date(date_text) if date_text else None) or page.published,
        url=url,
    )
