"""The reading pane shows article text literally and never fetches anything."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFontMetricsF, QPalette, QTextDocument

from desk.core.entities import Article, DocumentKind
from desk.ui.views.article_view import (
    HEADLINE_POINT_SIZE,
    MIN_HEADLINE_POINT_SIZE,
    ArticleView,
    fitting_point_size,
    headline_font,
)

HOSTILE = '<script>alert(1)</script><img src="http://example.com/x.png">'


def make_article(text: str, **changes: object) -> Article:
    article = Article(
        id=7,
        title="Kerry: U.S. not seeking regime change in N. Korea",
        outlet="Yonhap",
        byline="Lee Chi-dong",
        published=date(2013, 10, 4),
        url="https://en.yna.co.kr/view/AEN20131004000300315",
        path="/articles/yonhap.txt",
        text=text,
        raw_text=text,
        content_hash="0" * 64,
        source_format="text",
        kind=DocumentKind.ARTICLE,
        imported_at=datetime(2024, 5, 1, tzinfo=UTC),
    )
    return replace(article, **changes)  # type: ignore[arg-type]


@pytest.fixture
def view(qtbot: QtBot) -> ArticleView:
    widget = ArticleView()
    widget.resize(800, 600)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_markup_in_article_text_is_shown_as_text(view: ArticleView, qtbot: QtBot) -> None:
    article = make_article(f"Before.\n\n{HOSTILE}\n\nAfter.", title="<b>Bold</b> & <i>co</i>")
    asked: list[str] = []
    original = view.loadResource

    def spy(kind: int, name: QUrl | str) -> object:
        asked.append(QUrl(name).toString())
        result = original(kind, name)
        assert result is None
        return result

    view.loadResource = spy  # type: ignore[method-assign]

    view.show_article(article)
    qtbot.wait(50)  # let layout and painting happen: an <img> would be requested by now
    view.grab()

    plain = view.toPlainText()
    assert HOSTILE in plain
    assert "<b>Bold</b> & <i>co</i>" in plain
    assert not any("example.com" in url for url in asked)
    assert view.requested_resources == []
    document = view.document()
    assert "<script>" not in document.toHtml().replace("&lt;script&gt;", "")
    # No image or anchor was created from the article's own text.
    assert document.find("x.png").charFormat().isImageFormat() is False
    assert not document.find(HOSTILE).charFormat().isAnchor()


def test_load_resource_refuses_everything(view: ArticleView) -> None:
    for url in ("http://example.com/x.png", "file:///etc/passwd", "qrc:/icons/desk.svg"):
        assert view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url)) is None
    assert view.requested_resources[0].toString() == "http://example.com/x.png"
    assert not view.openExternalLinks()
    assert not view.openLinks()
    assert view.isReadOnly()


def test_headline_details_and_body_are_shown(view: ArticleView) -> None:
    body = "WASHINGTON, Oct. 3 (Yonhap) -- Having shifted.\n\nSecond paragraph.\nThird."
    view.show_article(make_article(body))

    plain = view.toPlainText()
    lines = plain.split("\n")
    assert lines[0] == "Kerry: U.S. not seeking regime change in N. Korea"
    for detail in ("Yonhap", "Lee Chi-dong", "2013"):
        assert detail in lines[1]
    assert "en.yna.co.kr" in lines[1]
    assert plain.endswith(body)
    assert view.article is not None
    assert view.article.id == 7


def test_document_positions_match_text_offsets(view: ArticleView) -> None:
    body = "First “quote” 😀 here.\n\nA second\r\nparagraph — with \t odd 🇰🇷 spacing.\n"
    view.show_article(make_article(body))
    cursor = view.textCursor()
    for offset, char in enumerate(body):
        start, end = view.document_position(offset), view.document_position(offset + 1)
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        selected = cursor.selectedText().replace("\u2029", "\n")
        if char == "\r":
            assert selected == "\n", offset  # a block break, as Qt shows every line break
        else:
            assert selected == char, offset
    assert view.document_position(0) == view.body_start


def test_only_web_links_are_offered(view: ArticleView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.link_activated) as blocker:
        view.anchorClicked.emit(QUrl("https://example.org/story"))
    assert blocker.args[0] == QUrl("https://example.org/story")
    with qtbot.assertNotEmitted(view.link_activated):
        view.anchorClicked.emit(QUrl("javascript:alert(1)"))
        view.anchorClicked.emit(QUrl("file:///etc/passwd"))

    # A non-web "link" in the metadata is plain text, not an anchor.
    view.show_article(make_article("Body.", url="javascript:alert(1)"))
    assert "javascript" not in view.toPlainText()


def test_placeholder_and_missing_details(view: ArticleView) -> None:
    view.show_placeholder("Your library is empty", ["Import with Ctrl+O"])
    assert view.toPlainText() == "Your library is empty\nImport with Ctrl+O"
    assert view.article is None

    bare = make_article("Text.", title=None, outlet=None, byline=None, published=None, url=None)
    view.show_article(bare)
    assert view.toPlainText().split("\n")[1].startswith("No details yet")


def test_a_palette_change_re_renders_with_the_new_colours(view: ArticleView) -> None:
    view.show_article(make_article("Body text."))
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))

    view.setPalette(dark)

    cursor = view.textCursor()
    cursor.setPosition(view.body_start + 1)
    assert cursor.charFormat().foreground().color() == QColor("#e6e6e6")
    assert view.toPlainText().endswith("Body text.")


def _line_starts(view: ArticleView) -> list[int]:
    layout = view.document().firstBlock().layout()
    return [layout.lineAt(n).textStart() for n in range(layout.lineCount())]


def test_a_headline_in_a_narrow_column_breaks_between_words_only(
    view: ArticleView, qtbot: QtBot
) -> None:
    """Four columns side by side leave ~150 pixels: a long word shrinks the headline instead
    of being cut ("engag e")."""
    title = "U.S. calls on North Korea to engage diplomatically"
    view.show_article(make_article("Body.", title=title))
    assert view.headline_point_size == HEADLINE_POINT_SIZE  # 800 pixels: room enough
    view.resize(170, 600)
    qtbot.waitUntil(lambda: view.headline_point_size < HEADLINE_POINT_SIZE)
    assert view.headline_point_size >= MIN_HEADLINE_POINT_SIZE
    starts = _line_starts(view)
    assert len(starts) > 2, "the headline wraps"
    assert all(title[start - 1] == " " for start in starts[1:]), starts
    view.resize(800, 600)
    qtbot.waitUntil(lambda: view.headline_point_size == HEADLINE_POINT_SIZE)


def test_fitting_point_size_shrinks_for_the_widest_word_within_limits(view: ArticleView) -> None:
    metrics = QFontMetricsF(headline_font(), view.viewport())
    wide = metrics.horizontalAdvance("diplomatically")
    assert fitting_point_size(["a", "diplomatically"], wide * 2, metrics) == HEADLINE_POINT_SIZE
    smaller = fitting_point_size(["diplomatically"], wide * 0.8, metrics)
    assert MIN_HEADLINE_POINT_SIZE < smaller < HEADLINE_POINT_SIZE
    assert fitting_point_size(["diplomatically"], 10, metrics) == MIN_HEADLINE_POINT_SIZE
