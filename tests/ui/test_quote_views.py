"""Quotes in the reading view, the word-diff view, the legend, the editor and the settings."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QTextCharFormat

from desk.core.entities import Person, QuoteStatus, Review
from desk.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues
from desk.ui.undo import CommandId
from desk.ui.views.article_view import ArticleView
from desk.ui.views.quote_editor import QuoteEditor
from desk.ui.views.status_legend import StatusLegend, sample_quote
from desk.ui.views.word_diff_view import WordDiffView
from tests.ui.test_article_view import make_article

TEXT = "Intro 🙂 line.\n\n“We will talk,” he said. “Never,” she said.\n"


def quote(quote_id: int, start: int, end: int, **changes: object):  # type: ignore[no-untyped-def]
    base = replace(
        sample_quote(QuoteStatus.UNCHECKED), id=quote_id, article_id=7, start=start, end=end
    )
    return replace(base, text=TEXT[start:end], **changes)  # type: ignore[arg-type]


@pytest.fixture
def view(qtbot: QtBot) -> ArticleView:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    return view


def highlighted(view: ArticleView) -> list[tuple[str, QTextCharFormat]]:
    """Each run of the body's text that is drawn as a quote (underlined), in order."""
    runs: list[tuple[str, QTextCharFormat]] = []
    block = view.document().findBlock(view.body_start)
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            chars = fragment.charFormat()
            if chars.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline:
                runs.append((fragment.text(), chars))
            fragments += 1
        block = block.next()
    return runs


def test_quotes_are_highlighted_on_exact_offsets(view: ArticleView) -> None:
    start = TEXT.index("We will")
    first = quote(1, start, start + len("We will talk,"), status=QuoteStatus.VERIFIED)
    second = quote(2, TEXT.index("Never"), TEXT.index("Never") + 6, review=Review.SUGGESTED)
    view.show_article(make_article(TEXT), [first, second])

    runs = highlighted(view)
    assert [text for text, _chars in runs] == ["We will talk,", "Never,"]
    verified, suggested = (chars for _text, chars in runs)
    assert verified.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert suggested.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert "Verified" in verified.toolTip()  # the status in words, not only a colour
    assert view.extraSelections() == []  # nothing selected: nothing drawn on top

    assert view.select_quote(2)
    assert [s.cursor.selectedText() for s in view.extraSelections()] == ["Never,"]
    assert view.quote_at(start + 3) == first
    assert view.quote_at(0) is None


def test_a_changed_quote_is_restyled_and_nested_quotes_keep_the_inner_look(
    view: ArticleView,
) -> None:
    start = TEXT.index("We will")
    outer = quote(1, start, start + len("We will talk,"), status=QuoteStatus.VERIFIED)
    inner = quote(2, start + 3, start + 7, status=QuoteStatus.DISPUTED)
    other = quote(3, TEXT.index("Never"), TEXT.index("Never") + 6, review=Review.SUGGESTED)
    view.show_article(make_article(TEXT), [inner, other, outer])
    assert [text for text, _chars in highlighted(view)] == ["We ", "will", " talk,", "Never,"]
    assert "Disputed" in highlighted(view)[1][1].toolTip()
    before = view.toPlainText()

    view.set_quotes([outer, replace(other, status=QuoteStatus.VERIFIED, review=Review.ACCEPTED)])

    runs = highlighted(view)
    assert [text for text, _chars in runs] == ["We will talk,", "Never,"]
    assert runs[1][1].underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert view.toPlainText() == before  # formats changed, never the text
    view.set_quotes([])
    assert highlighted(view) == []


def test_selection_maps_back_to_text_offsets_past_an_emoji(view: ArticleView) -> None:
    view.show_article(make_article(TEXT))
    start = TEXT.index("We will")
    view.select_span(start - 1, start + 7)  # includes the opening mark
    assert view.selected_span() == (start - 1, start + 7)
    assert TEXT[slice(*view.selected_span() or (0, 0))] == "“We will"
    view.select_span(TEXT.index("line") - 1, TEXT.index("line") + 4)  # a space is trimmed
    assert view.selected_span() == (TEXT.index("line"), TEXT.index("line") + 4)


def test_counterparts_are_highlighted(view: ArticleView) -> None:
    view.show_article(make_article(TEXT))
    start = TEXT.index("Never")
    view.show_counterparts([(start, start + 5)])
    assert [s.cursor.selectedText() for s in view.extraSelections()] == ["Never"]


def test_word_diff_view_takes_op_text_pairs(qtbot: QtBot) -> None:
    view = WordDiffView()
    qtbot.addWidget(view)
    view.set_diff(
        [["equal", "We will"], ["delete", "never"], ["insert", "always"], ["replace", "talk"]]
    )
    assert view.toPlainText() == "We will never always talk"
    assert view.plain_description() == "We will [-never-] {+always+} {~talk~}"
    assert view.op_format("delete").fontStrikeOut()
    assert (
        view.op_format("insert").underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    )
    assert (
        view.op_format("replace").underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    )
    with pytest.raises(ValueError, match="unknown diff operation"):
        view.set_diff([["move", "x"]])
    view.clear_diff("nothing")
    assert view.toPlainText() == "nothing"


def test_legend_names_every_status(qtbot: QtBot) -> None:
    legend = StatusLegend()
    qtbot.addWidget(legend)
    assert legend.labels()[:6] == [s.label for s in QuoteStatus]
    assert "Suggested" in legend.labels()


def test_editor_turns_changes_into_edit_requests(qtbot: QtBot) -> None:
    editor = QuoteEditor()
    qtbot.addWidget(editor)
    editor.set_people([Person(4, "John Kerry", None, False)])
    shown = quote(1, 0, 5, review=Review.SUGGESTED, speaker_id=None)
    editor.set_quote(shown, article_length=len(TEXT), where="Yonhap")
    assert editor.accept_button.isVisibleTo(editor)

    with qtbot.waitSignal(editor.edit_requested) as request:
        editor.status_combo.activated.emit(editor.status_combo.findData("misquoted"))
    assert request.args[0] == shown
    assert request.args[1] == {"status": QuoteStatus.MISQUOTED, "review": Review.ACCEPTED}

    with qtbot.waitSignal(editor.edit_requested) as request:
        editor.speaker_combo.activated.emit(1)
    assert request.args[1] == {"speaker_id": 4}

    editor.note_edit.setPlainText("asked the ministry")
    with qtbot.waitSignal(editor.edit_requested) as request:
        editor.save_note()
    assert request.args[1:] == [{"note": "asked the ministry"}, "Edit note", CommandId.NOTE]

    # Showing a new version of the quote does not echo edits back.
    with qtbot.assertNotEmitted(editor.edit_requested):
        editor.set_quote(replace(shown, note="asked the ministry", status=QuoteStatus.VERIFIED))
    assert editor.status_combo.currentData() == "verified"


def test_settings_dialog_returns_values(qtbot: QtBot) -> None:
    values = SettingsValues("ana", {"match.threshold": 85}, "")
    dialog = SettingsDialog(values, default_checker="login", current_location="/tmp/x.sqlite3")
    qtbot.addWidget(dialog)
    dialog.checker_edit.setText("  Ana Lee ")
    dialog.threshold_spins["match.threshold"].setValue(90)
    dialog.choose_database = lambda: "/tmp/other.sqlite3"  # type: ignore[method-assign]
    dialog._on_browse_clicked()
    assert dialog.values() == SettingsValues(
        "Ana Lee",
        {"match.threshold": 90, "match.loose_threshold": 90, "match.min_words": 5},
        "/tmp/other.sqlite3",
    )
