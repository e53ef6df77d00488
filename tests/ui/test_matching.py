"""Cross-outlet matching in the desktop: the controller's background runs, the report's flags
and counts in the tables, the word differences and the source check."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QIcon

from desk.core.entities import Article, Quote, QuoteStatus, Review
from desk.core.library import Library
from desk.core.matching import FlagKind, MatchReport, Relation
from desk.ui.app import featured_quote
from desk.ui.controller import Controller, affects_matching
from desk.ui.models.library_table_model import (
    FLAGGED_FILTER,
    Column,
    LibraryFilterProxyModel,
    LibraryTableModel,
)
from desk.ui.models.quote_table_model import (
    MATCHING_PENDING,
    QuoteColumn,
    QuoteRole,
    QuoteTableModel,
)
from desk.ui.tasks import TaskRunner
from desk.ui.views.word_diff_view import WordDiffView
from tests.ui.conftest import HARBOUR_TITLE, KERRY_TITLE

REGIME = "We are prepared to have a peaceful relationship"
SIX_PARTIES = "I think the six parties"


def article_titled(library: Library, title: str) -> Article:
    summary = next(s for s in library.articles() if s.title == title)
    return library.article(summary.id)


def quote_starting(library: Library, article: Article, words: str) -> Quote:
    return next(q for q in library.quotes([article.id]) if q.text.startswith(words))


@pytest.fixture
def matched(unmatched_library: Library) -> tuple[Library, MatchReport]:
    unmatched_library.match_pending()
    return unmatched_library, unmatched_library.match_report()


def test_matching_runs_on_the_worker_thread_and_announces_the_report(
    unmatched_library: Library, task_runner: TaskRunner, qtbot: QtBot
) -> None:
    library = unmatched_library
    controller = Controller(library, task_runner)
    threads: list[threading.Thread] = []
    original = library.match_pending

    def spy(**kwargs: object) -> int:
        threads.append(threading.current_thread())
        return original(**kwargs)  # type: ignore[arg-type]

    library.match_pending = spy  # type: ignore[method-assign]
    with qtbot.waitSignal(controller.matches_changed, timeout=20_000):
        controller.update_matches()
        # Started, not done: the UI thread went on while the worker matches.
        assert controller.matching
        assert task_runner.busy
        assert controller.match_report is None
    assert threads
    assert threads[0] is not threading.main_thread()
    assert not controller.matching
    assert library.pending_matches() == 0

    kerry = article_titled(library, KERRY_TITLE)
    harbour = article_titled(library, HARBOUR_TITLE)
    quote = quote_starting(library, kerry, REGIME)
    [counterpart] = controller.counterparts(quote.id)
    other = quote_starting(library, harbour, REGIME)
    assert counterpart.quote.key == other.id
    assert counterpart.quote.article == harbour.id
    assert (counterpart.quote.start, counterpart.quote.end) == (other.start, other.end)
    assert counterpart.relation is Relation.SAME
    changed = {text.strip(" -") for op, text in counterpart.diff if op != "equal"}
    assert changed == {"agreement", "treaty"}
    assert [f.kind for f in controller.flags(quote.id)] == [FlagKind.WORDING_DIFFERS]


def test_a_cancelled_run_keeps_the_last_report(
    unmatched_library: Library, task_runner: TaskRunner, qtbot: QtBot
) -> None:
    library = unmatched_library
    controller = Controller(library, task_runner)
    started, go_on = threading.Event(), threading.Event()
    original = library.match_pending

    def held(**kwargs: object) -> int:
        started.set()
        assert go_on.wait(10)
        return original(**kwargs)  # type: ignore[arg-type]

    library.match_pending = held  # type: ignore[method-assign]
    finished: list[str] = []
    controller.matching_finished.connect(finished.append)
    controller.update_matches()
    assert started.wait(10)
    controller.cancel_matching()
    go_on.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    assert finished == ["Matching quotes: cancelled"]
    assert controller.match_report is None
    assert not controller.matching
    assert library.pending_matches() > 0  # nothing was matched after the cancel


def test_a_second_request_while_matching_runs_once_more(
    unmatched_library: Library, task_runner: TaskRunner, qtbot: QtBot
) -> None:
    controller = Controller(unmatched_library, task_runner)
    finished: list[str] = []
    controller.matching_finished.connect(finished.append)
    controller.update_matches()
    controller.update_matches()  # asked again while the first run is going
    qtbot.waitUntil(lambda: len(finished) == 2 and not controller.matching, timeout=20_000)
    assert controller.match_report is not None


def test_span_edits_are_matched_after_a_pause_and_status_edits_not_at_all(
    matched: tuple[Library, MatchReport], task_runner: TaskRunner, qtbot: QtBot
) -> None:
    library, _report = matched
    controller = Controller(library, task_runner)
    with qtbot.waitSignal(controller.matches_changed, timeout=20_000):
        controller.update_matches()
    harbour = article_titled(library, HARBOUR_TITLE)
    quote = quote_starting(library, harbour, REGIME)

    assert controller.set_status(quote, QuoteStatus.DISPUTED)
    assert not controller.matching  # a status says nothing matching reports

    quote = library.quote(quote.id)
    end = harbour.text.index("North Korea.", quote.start) + len("North Korea")
    assert controller.set_span(quote, quote.start, end)
    assert controller.matching  # waiting for a pause in the edits …
    assert not task_runner.busy  # … not matching yet
    with qtbot.waitSignal(controller.matches_changed, timeout=20_000):
        pass
    report = controller.match_report
    assert report is not None
    entry = next(q for q in report.quotes if q.key == quote.id)
    assert entry.end == end
    assert library.pending_matches() == 0


def test_which_edits_matching_must_see(matched: tuple[Library, MatchReport]) -> None:
    from desk.core.edits import DeleteQuote, EditQuote, MarkQuote

    library, _report = matched
    quote = library.quotes()[0]
    assert affects_matching(EditQuote(quote, {"start": 1, "end": 9}, "Adjust quote span"))
    assert affects_matching(EditQuote(quote, {"speaker_id": None}, "Change speaker"))
    assert not affects_matching(EditQuote(quote, {"note": "x"}, "Edit note"))
    assert not affects_matching(EditQuote(quote, {"status": QuoteStatus.VERIFIED}, "Set status"))
    assert affects_matching(EditQuote(quote, {"review": Review.REJECTED}, "Reject suggestion"))
    accepted = EditQuote(quote, {"review": Review.ACCEPTED, "status": QuoteStatus.VERIFIED}, "")
    assert not affects_matching(accepted)
    assert affects_matching(MarkQuote(quote.article_id, 0, 5))
    assert affects_matching(DeleteQuote(quote))


def test_new_thresholds_match_the_whole_library_again(
    matched: tuple[Library, MatchReport], sync_runner: TaskRunner
) -> None:
    library, _report = matched
    controller = Controller(library, sync_runner)
    calls: list[str] = []
    original = library.rematch

    def spy(**kwargs: object) -> int:
        calls.append("rematch")
        return original(**kwargs)  # type: ignore[arg-type]

    library.rematch = spy  # type: ignore[method-assign]
    assert controller.set_match_settings(controller.match_settings())  # nothing changed
    assert calls == []
    assert controller.set_match_settings({"match.threshold": 90})
    assert calls == ["rematch"]
    assert controller.match_report is not None


def test_the_quote_table_shows_flags_and_matches(
    matched: tuple[Library, MatchReport], qapp: object
) -> None:
    library, report = matched
    kerry = article_titled(library, KERRY_TITLE)
    quotes = library.quotes([kerry.id])
    model = QuoteTableModel()
    model.set_quotes(quotes, {kerry.id: "Yonhap"})
    regime = quote_starting(library, kerry, REGIME)
    six = quote_starting(library, kerry, SIX_PARTIES)
    row = {q.id: n for n, q in enumerate(quotes)}

    def cell(quote: Quote, column: QuoteColumn, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(row[quote.id], column).data(role)

    assert cell(regime, QuoteColumn.FLAGS) == ""
    assert cell(regime, QuoteColumn.FLAGS, Qt.ItemDataRole.ToolTipRole) == MATCHING_PENDING

    model.set_match_report(report)
    assert cell(regime, QuoteColumn.FLAGS) == "wording differs"
    tip = str(cell(regime, QuoteColumn.FLAGS, Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("Wording differs: ")
    assert "“treaty" in tip
    assert isinstance(cell(regime, QuoteColumn.FLAGS, Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell(regime, QuoteColumn.MATCHES) == "1"
    assert cell(six, QuoteColumn.FLAGS) == "speaker conflict"
    assert "Fumio Kishida" in str(cell(six, QuoteColumn.FLAGS, Qt.ItemDataRole.ToolTipRole))
    alone = next(q for q in quotes if q.id not in (regime.id, six.id))
    assert cell(alone, QuoteColumn.FLAGS) == "single source"
    assert cell(alone, QuoteColumn.FLAGS, Qt.ItemDataRole.DecorationRole) is None
    assert cell(alone, QuoteColumn.MATCHES) == ""

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(QuoteRole.SortRole)
    proxy.sort(QuoteColumn.FLAGS, Qt.SortOrder.AscendingOrder)
    first_two = {proxy.index(r, 0).data(QuoteRole.QuoteIdRole) for r in range(2)}
    assert first_two == {regime.id, six.id}
    proxy.sort(QuoteColumn.MATCHES, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, QuoteColumn.MATCHES).data() == "1"
    assert proxy.index(proxy.rowCount() - 1, QuoteColumn.MATCHES).data() == ""


def test_the_library_counts_and_filters_flagged_articles(
    matched: tuple[Library, MatchReport], sync_runner: TaskRunner
) -> None:
    library, _report = matched
    controller = Controller(library, sync_runner)
    assert all(FLAGGED_FILTER not in c for c in controller.quote_counts().values())
    controller.update_matches()
    counts = controller.quote_counts()
    kerry = article_titled(library, KERRY_TITLE)
    harbour = article_titled(library, HARBOUR_TITLE)
    flagged = {i: c[FLAGGED_FILTER] for i, c in counts.items() if c.get(FLAGGED_FILTER)}
    assert flagged == {kerry.id: 2, harbour.id: 2}

    model = LibraryTableModel()
    model.reload(library.articles(), counts)
    proxy = LibraryFilterProxyModel()
    proxy.setSourceModel(model)
    row = model.row_of(kerry.id)
    assert row is not None
    assert model.index(row, Column.FLAGGED).data() == "2"
    assert proxy.rowCount() == 7
    proxy.set_status_filter(FLAGGED_FILTER)
    shown = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert shown == {KERRY_TITLE, HARBOUR_TITLE}


def test_the_word_diff_view_lists_each_report_under_its_outlet(qtbot: QtBot) -> None:
    view = WordDiffView()
    qtbot.addWidget(view)
    view.set_diffs(
        [
            ("Harbour Ledger", [("equal", "sign a non-aggression "), ("delete", "agreement"),
                                ("insert", "treaty")]),
            ("Example Wire, Fumio Kishida", [("equal", "sign a non-aggression agreement")]),
        ]
    )  # fmt: skip
    assert view.labels == ["Harbour Ledger", "Example Wire, Fumio Kishida"]
    assert view.plain_description() == (
        "Harbour Ledger: sign a non-aggression [-agreement-] {+treaty+}\n"
        "Example Wire, Fumio Kishida: sign a non-aggression agreement"
    )
    lines = view.toPlainText().splitlines()
    assert lines[0] == "Harbour Ledger: sign a non-aggression agreement treaty"
    assert lines[1].startswith("Example Wire, Fumio Kishida: ")
    assert view.accessibleDescription() == view.plain_description()


def test_the_screenshot_features_a_quote_reported_differently(
    matched: tuple[Library, MatchReport],
) -> None:
    library, report = matched
    kerry = article_titled(library, KERRY_TITLE)
    harbour = article_titled(library, HARBOUR_TITLE)
    regime = quote_starting(library, kerry, REGIME)
    # A changed word makes a better picture than a speaker conflict; the earlier article leads.
    assert featured_quote(report, []) == (regime.id, kerry.id, harbour.id)
    voa = next(s.id for s in library.articles() if s.outlet == "Voice of America")
    assert featured_quote(report, [voa]) is None
    assert featured_quote(None, []) is None
