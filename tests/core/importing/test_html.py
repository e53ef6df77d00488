"""HTML pages and pasted HTML: trafilatura's extraction, its metadata, and the fallback."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import trafilatura

from desk.core.errors import InputRefused
from desk.core.importing import parse_file, parse_text
from desk.core.importing.html import extract_html

FIRST = (
    "WASHINGTON (Reuters) - U.S. Secretary of State John Kerry said on Thursday that talks with "
    "North Korea were still possible, provided the North took concrete steps."
)
SECOND = (
    "“We are prepared to have a peaceful relationship,” Kerry told reporters in Tokyo, "
    "according to a transcript released by the department."
)
THIRD = (
    "Officials said the five nations were unified in requiring the North to commit to "
    "denuclearization before any talks could resume."
)

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Kerry says talks possible | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2013-10-04T05:21:00+09:00">
<link rel="canonical" href="https://news.example.com/kerry-talks">
<script>var tracking = "SCRIPT_IN_HEAD";</script>
<style>.headline {{ color: red }}</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World section</a></li></ul></nav>
<article>
<h1>Kerry says talks possible</h1>
<p class="byline">By Jane Reporter</p>
<p>{FIRST}</p>
<p>{SECOND}</p>
<p>{THIRD}</p>
</article>
<footer><p>Copyright 2013 Example News. All rights reserved.</p>
<a href="/privacy">Privacy</a></footer>
<script>console.log("SCRIPT_IN_BODY")</script>
</body></html>"""


def test_article_page_text_and_metadata() -> None:
    page = extract_html(PAGE, "page.html")

    assert page.title == "Kerry says talks possible"
    assert page.byline == "Jane Reporter"
    assert page.published == date(2013, 10, 4)
    assert page.outlet == "Example News"
    assert page.url == "https://news.example.com/kerry-talks"
    assert page.text.split("\n\n") == [FIRST, SECOND, THIRD]
    for leftover in ("SCRIPT_IN", "color: red", "World section", "Privacy", "Copyright"):
        assert leftover not in page.text


def test_known_site_name_goes_through_the_alias_table() -> None:
    voa = PAGE.replace('content="Example News"', 'content="VOA"')
    assert extract_html(voa, "page.html").outlet == "Voice of America"


def test_malformed_html_does_not_crash() -> None:
    markup = "<html><body><p>Talks <b>resumed <i>on Friday</p></div></span><p>Second &amp; last"
    page = extract_html(markup, "broken.html")
    assert "Talks resumed on Friday" in page.text
    assert "Second & last" in page.text


def test_deeply_nested_html_is_read_without_recursion_error() -> None:
    depth = 100_000
    opening, closing = "<div>" * depth, "</div>" * depth
    inner = "<p>Deep inside, the minister spoke.</p>"
    markup = (
        f"<html><body>{opening}{inner}{closing}<p>After the nesting, more text.</p></body></html>"
    )
    page = extract_html(markup, "deep.html")
    assert page.text.split("\n\n") == [
        "Deep inside, the minister spoke.",
        "After the nesting, more text.",
    ]


def test_fallback_when_the_extractor_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    page = extract_html(PAGE, "page.html")
    assert FIRST in page.text.split("\n\n")
    assert "SCRIPT_IN" not in page.text
    assert ">" not in page.text  # nothing left over from a cut-out </script>
    assert "World section" not in page.text


def test_extractor_warnings_do_not_escape(monkeypatch: pytest.MonkeyPatch) -> None:
    real = trafilatura.bare_extraction

    def noisy(*args: Any, **kwargs: Any) -> Any:
        warnings.warn("something odd in the markup", UserWarning, stacklevel=2)
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", noisy)
    assert extract_html(PAGE, "page.html").title == "Kerry says talks possible"


def test_page_without_text_is_refused() -> None:
    markup = "<html><head><script>var a = 1;</script></head><body>  </body></html>"
    with pytest.raises(InputRefused) as refused:
        extract_html(markup, "blank.html")
    assert (refused.value.source, refused.value.reason) == ("blank.html", "no article text found")


def test_xhtml_with_xml_declaration(tmp_path: Path) -> None:
    path = tmp_path / "story.xhtml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>Kerry says talks possible</title></head><body><p>{FIRST}</p></body></html>",
        encoding="utf-8",
    )
    draft = parse_file(path)
    assert draft.source_format == "html"
    assert draft.text == FIRST
    assert draft.title == "Kerry says talks possible"


def test_declared_charset_is_used_when_the_page_is_not_utf8(tmp_path: Path) -> None:
    body = "북한 외무성은 성명을 발표했다. 미국과의 대화는 없다고 밝혔다."
    markup = f'<html><head><meta charset="euc-kr"></head><body><p>{body}</p></body></html>'
    path = tmp_path / "korean.html"
    path.write_bytes(markup.encode("euc-kr"))
    assert parse_file(path).text == body


def test_pasted_html_snippet_goes_through_the_html_path() -> None:
    draft = parse_text(f"  <p>{FIRST}</p>\n<p>{SECOND}</p>", label="clipboard")
    assert draft.source_format == "html"
    assert draft.text == f"{FIRST}\n\n{SECOND}"
    assert draft.path is None
    assert draft.raw_text.startswith("  <p>")


def test_pasted_text_mentioning_a_tag_is_not_html() -> None:
    draft = parse_text("The <p> element starts a paragraph, the editor said.")
    assert draft.source_format == "text"
    assert draft.text == "The <p> element starts a paragraph, the editor said."
