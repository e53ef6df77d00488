"""The library table model and its proxy: Qt's model contract, sorting, filtering, selection."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt

from desk.core.entities import ArticleSummary, DocumentKind
from desk.ui.models.library_table_model import (
    Column,
    LibraryFilterProxyModel,
    LibraryRole,
    LibraryTableModel,
)
from desk.ui.views.library_panel import LibraryPanel, count_text

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def summary(
    article_id: int,
    title: str | None,
    outlet: str | None = None,
    byline: str | None = None,
    published: date | None = None,
    kind: DocumentKind = DocumentKind.ARTICLE,
    chars: int = 1000,
) -> ArticleSummary:
    return ArticleSummary(
        id=article_id,
        title=title,
        outlet=outlet,
        byline=byline,
        published=published,
        url=None,
        path=f"/articles/{article_id}.txt",
        chars=chars,
        kind=kind,
        imported_at=NOW,
    )


ROWS = [
    summary(
        1, "Kerry: U.S. not seeking regime change", "Yonhap", "Lee Chi-dong", date(2013, 10, 4)
    ),
    summary(2, "US Official Emphasizes Security Guarantees", "KBS World Radio", "Choi You Sun"),
    summary(
        3,
        "U.S. calls on North Korea to engage",
        "Voice of America",
        None,
        date(2021, 5, 3),
        chars=3849,
    ),
    summary(
        4, "Kerry: 'Not Even Close' to Resuming Talks", "Voice of America", None, date(2016, 3, 18)
    ),
    summary(5, None, None, None, None, kind=DocumentKind.SOURCE, chars=12),
]


@pytest.fixture
def model(qapp: object) -> LibraryTableModel:
    table = LibraryTableModel()
    table.reload(ROWS)
    return table


@pytest.fixture
def proxy(model: LibraryTableModel) -> LibraryFilterProxyModel:
    sorted_view = LibraryFilterProxyModel()
    sorted_view.setSourceModel(model)
    return sorted_view


def ids_in_order(proxy: LibraryFilterProxyModel) -> list[int]:
    return [proxy.index(row, 0).data(LibraryRole.ArticleIdRole) for row in range(proxy.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, model: LibraryTableModel) -> None:
    qtmodeltester.check(model, force_py=True)
    model.reload(ROWS[:2])
    model.reload([])
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_qt_model_tester(
    qtmodeltester: ModelTester, proxy: LibraryFilterProxyModel
) -> None:
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    proxy.set_filter_text("kerry")
    qtmodeltester.check(proxy, force_py=True)


def test_columns_show_what_a_journalist_scans_for(model: LibraryTableModel) -> None:
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headers == [
        "Headline",
        "Outlet",
        "Date",
        "Byline",
        "Characters",
        "Kind",
        "Quotes",
        "Unchecked",
        "Flagged",
    ]
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[0] == "Kerry: U.S. not seeking regime change"
    assert first[1:4] == ["Yonhap", model.format_date(date(2013, 10, 4)), "Lee Chi-dong"]
    assert "2013" in first[2]
    assert first[5] == "article"
    assert model.index(4, Column.KIND).data() == "source"
    # A document without a headline still gets a name a person recognises.
    assert model.index(4, Column.HEADLINE).data() == "5.txt"
    assert model.index(2, Column.CHARS).data(LibraryRole.SortRole) == 3849


def test_roles_give_ids_and_summaries(model: LibraryTableModel) -> None:
    index = model.index(1, Column.OUTLET)
    assert index.data(LibraryRole.ArticleIdRole) == 2
    assert index.data(LibraryRole.SummaryRole) == ROWS[1]
    assert model.row_of(4) == 3
    assert model.row_of(99) is None
    assert model.index(0, 0).data(LibraryRole.ArticleIdRole) == 1
    assert not model.index(0, 0, model.index(0, 0)).isValid()
    assert model.data(QModelIndex()) is None


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_by_date_puts_missing_dates_last(
    proxy: LibraryFilterProxyModel, order: Qt.SortOrder
) -> None:
    proxy.sort(Column.DATE, order)

    order_ids = ids_in_order(proxy)

    dated = [1, 4, 3] if order == Qt.SortOrder.AscendingOrder else [3, 4, 1]
    assert order_ids[:3] == dated
    assert sorted(order_ids[3:]) == [2, 5]


def test_sorting_text_is_case_insensitive_and_numbers_numeric(
    proxy: LibraryFilterProxyModel,
) -> None:
    proxy.sort(Column.HEADLINE, Qt.SortOrder.AscendingOrder)
    assert ids_in_order(proxy) == [5, 4, 1, 3, 2]
    proxy.sort(Column.CHARS, Qt.SortOrder.DescendingOrder)
    assert ids_in_order(proxy)[:1] == [3]
    assert ids_in_order(proxy)[-1] == 5
    proxy.sort(Column.OUTLET, Qt.SortOrder.DescendingOrder)
    assert ids_in_order(proxy)[-1] == 5  # no outlet: last either way


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", [1, 2, 3, 4, 5]),
        ("KERRY", [1, 4]),
        ("voice of", [3, 4]),
        ("choi", [2]),
        ("kerry yonhap", [1]),
        ("article", []),  # the kind is not searched
        ("nothing like this", []),
    ],
)
def test_filter_matches_headline_outlet_and_byline(
    proxy: LibraryFilterProxyModel, text: str, expected: list[int]
) -> None:
    proxy.set_filter_text(text)
    assert sorted(ids_in_order(proxy)) == expected
    assert proxy.filter_text == " ".join(text.casefold().split())


def test_reload_keeps_the_selection_by_id(qtbot: QtBot) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_summaries(ROWS)
    assert panel.select_article(3)
    selected: list[int] = []
    panel.article_selected.connect(selected.append)

    # A new article arrives and the list is re-sorted: the reader stays on article 3.
    panel.set_summaries([summary(9, "Brand new", "Yonhap", published=date(2024, 1, 1)), *ROWS])

    assert panel.current_article_id() == 3
    assert panel.selected_article_ids() == [3]
    assert selected == [3]
    assert panel.count_label.text() == "6 articles"


def test_reload_without_the_current_article_clears_it(qtbot: QtBot) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_summaries(ROWS)
    panel.select_article(2)
    with qtbot.waitSignal(panel.selection_cleared):
        panel.set_summaries([r for r in ROWS if r.id != 2])
    assert panel.current_article_id() is None


def test_panel_counts_and_filters(qtbot: QtBot) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_summaries(ROWS)
    assert panel.count_label.text() == "5 articles"
    assert panel.filter_edit.placeholderText() == "Search headline, outlet, speaker, text"

    qtbot.keyClicks(panel.filter_edit, "Voice")

    assert panel.row_count() == 2
    assert panel.count_label.text() == "2 of 5 articles"
    assert not panel.select_article(1)  # filtered out
    assert count_text(1, 1) == "1 article"


def test_typing_searches_the_library_once_it_pauses(qtbot: QtBot) -> None:
    asked: list[str] = []

    def search(text: str) -> set[int] | None:
        asked.append(text)
        return {3} if "stall" in text else set()

    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_search_source(search)
    panel.set_summaries(ROWS)

    qtbot.keyClicks(panel.filter_edit, "stall")
    assert asked == []  # no query per key: the timer waits for a pause
    assert panel.row_count() == 5
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["stall"]
    assert [panel.proxy.index(r, 0).data(LibraryRole.ArticleIdRole) for r in range(1)] == [3]
    assert panel.count_label.text() == "1 of 5 articles"

    panel.set_summaries(ROWS[:4])  # a reload searches again: new articles may match
    assert asked == ["stall", "stall"]
    panel.filter_edit.clear()  # clearing is immediate
    assert panel.row_count() == 4


def test_next_and_previous_walk_the_visible_rows(qtbot: QtBot) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_summaries(ROWS)
    panel.proxy.sort(Column.HEADLINE, Qt.SortOrder.AscendingOrder)

    assert panel.move_current(1)
    assert panel.current_article_id() == 5
    assert panel.move_current(1)
    assert panel.current_article_id() == 4
    assert panel.move_current(-1)
    assert not panel.move_current(-1)
    assert panel.current_article_id() == 5
