"""The quote, history and people models: Qt's model contract, and what each shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt

from desk.core.entities import (
    ArticleSummary,
    DocumentKind,
    Person,
    QuoteChange,
    QuoteStatus,
    Review,
)
from desk.ui.models.history_table_model import HistoryTableModel, describe
from desk.ui.models.library_table_model import (
    Column,
    LibraryFilterProxyModel,
    LibraryTableModel,
    article_ids_from_mime,
)
from desk.ui.models.people_list_model import NOBODY, PeopleListModel, PersonIdRole
from desk.ui.models.quote_table_model import QuoteColumn, QuoteRole, QuoteTableModel
from desk.ui.views.status_legend import sample_quote

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def quote(quote_id: int, article_id: int = 1, **changes: object):  # type: ignore[no-untyped-def]
    base = replace(
        sample_quote(QuoteStatus.UNCHECKED), id=quote_id, article_id=article_id, speaker="Kerry"
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_quote_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = QuoteTableModel()
    model.set_quotes([quote(1), quote(2, 2, review=Review.SUGGESTED)], {1: "Yonhap", 2: "VOA"})
    qtmodeltester.check(model, force_py=True)


def test_quote_model_shows_status_in_words_and_icon(qapp: object) -> None:
    model = QuoteTableModel()
    verified = quote(1, status=QuoteStatus.VERIFIED, text="We are prepared")
    suggested = quote(2, review=Review.SUGGESTED)
    model.set_quotes([verified, suggested], {1: "Yonhap"})

    def cell(row: int, column: QuoteColumn, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(row, column).data(role)

    assert cell(0, QuoteColumn.SPEAKER) == "Kerry"
    assert cell(0, QuoteColumn.QUOTE) == "We are prepared"
    assert cell(0, QuoteColumn.OUTLET) == "Yonhap"
    assert cell(0, QuoteColumn.STATUS) == "Verified"
    assert cell(1, QuoteColumn.STATUS) == "Suggested"
    assert cell(0, QuoteColumn.STATUS, Qt.ItemDataRole.DecorationRole) is not None
    assert cell(1, QuoteColumn.QUOTE, Qt.ItemDataRole.FontRole).italic()
    assert cell(0, QuoteColumn.FLAGS) == ""  # filled once matching exists
    assert cell(0, QuoteColumn.MATCHES) == ""
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in QuoteColumn]
    assert headers == ["Speaker", "Quote", "Outlet", "Status", "Flags", "Matches"]


def test_an_edit_updates_rows_in_place(qtbot: QtBot) -> None:
    model = QuoteTableModel()
    model.set_quotes([quote(1), quote(2)], {})
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as changed:
        model.set_quotes([quote(1), quote(2, status=QuoteStatus.DISPUTED)], {})
    assert changed.args[0].row() == 1
    assert model.index(1, QuoteColumn.STATUS).data() == "Disputed"

    with qtbot.waitSignal(model.modelReset):
        model.set_quotes([quote(1)], {})
    assert model.row_of(2) is None
    assert model.index(0, 0).data(QuoteRole.QuoteIdRole) == 1


def test_history_model(qtmodeltester: ModelTester) -> None:
    changes = [
        QuoteChange(1, 5, NOW, None, "created", None, None, "text"),
        QuoteChange(2, 5, NOW, "ana", "edited", "status", "unchecked", "verified"),
    ]
    model = HistoryTableModel()
    model.set_changes(changes)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 2).data() == "status: unchecked → verified"  # newest first
    assert model.index(0, 1).data() == "ana"
    assert model.index(1, 2).data() == "created"
    assert describe(changes[1]) == "status: unchecked → verified"


def test_people_model(qtmodeltester: ModelTester) -> None:
    model = PeopleListModel()
    model.set_people(
        [
            Person(3, "John Kerry", "Secretary of State", False, ("Kerry",)),
            Person(4, "an official", None, True),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == NOBODY
    assert model.index(0, 0).data(PersonIdRole) is None
    assert model.index(1, 0).data() == "John Kerry, Secretary of State"
    assert model.index(2, 0).data() == "an official (anonymous)"
    assert model.row_of(4) == 2
    assert model.row_of(99) == 0


def summary(article_id: int, title: str) -> ArticleSummary:
    return ArticleSummary(
        article_id, title, "Yonhap", None, None, None, None, 100, DocumentKind.ARTICLE, NOW
    )


def test_library_counts_filters_and_drag(qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    model = LibraryTableModel()
    counts = {1: {"unchecked": 2, "verified": 1}, 2: {"disputed": 1}}
    model.reload([summary(1, "Kerry"), summary(2, "Talks"), summary(3, "Empty")], counts)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, Column.QUOTES).data() == "3"
    assert model.index(0, Column.UNCHECKED).data() == "2"
    assert model.index(0, Column.FLAGGED).data() == "0"

    proxy = LibraryFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_status_filter("disputed")
    assert proxy.rowCount() == 1
    proxy.set_status_filter("no-quotes")
    assert proxy.index(0, 0).data() == "Empty"
    proxy.set_status_filter("")

    # Words not in the listing pass for the ids the library's search found them in.
    proxy.set_filter_text("stall", {2})
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Talks"]

    with qtbot.waitSignal(model.dataChanged):
        model.set_counts({1: {"unchecked": 5}})
    assert model.index(0, Column.UNCHECKED).data() == "5"

    mime = model.mimeData([model.index(1, 0), model.index(1, 2)])
    assert article_ids_from_mime(mime) == [2]
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
