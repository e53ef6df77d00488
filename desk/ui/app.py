"""The composition root: builds the Qt application, opens the library and wires the window.

Everything the window needs (library, task runner, controller, remembered state) is made here
and passed in; nothing in ``desk.ui`` reaches for a global. ``desk.cli`` imports this module
only when a window is wanted, so the headless commands never load Qt.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import __version__
from desk.core.entities import Review
from desk.core.errors import DeskError
from desk.core.library import Library
from desk.core.matching import FlagKind, MatchReport
from desk.ui import assets
from desk.ui.controller import Controller
from desk.ui.main_window import MainWindow
from desk.ui.state import APPLICATION, ORGANIZATION, WindowState
from desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SCREENSHOT_COLUMNS = 2
DESKTOP_FILE = "desk"  # resources/desk.desktop, so Wayland and docks match the window to it


def application() -> QApplication:
    """The one ``QApplication``, named and styled; an existing one (tests) is reused."""
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    existing = QApplication.instance()
    # The command line is already parsed; a new application gets only the program name.
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1] or ["desk"])
    app.setWindowIcon(assets.app_icon())
    app.setStyleSheet(assets.stylesheet())
    return app


def build_main_window(
    library: Library, state: WindowState, *, synchronous_tasks: bool = False
) -> MainWindow:
    """Wire a window to ``library``; runner, undo stack and controller live as long as it."""
    tasks = TaskRunner(synchronous=synchronous_tasks)
    undo_stack = QUndoStack()
    controller = Controller(library, tasks, undo_stack=undo_stack)
    tasks.setParent(controller)
    undo_stack.setParent(controller)
    window = MainWindow(controller, state)
    controller.setParent(window)
    return window


def run_gui(db: str | None = None, paths: Sequence[Path] | None = None) -> int:
    """Open the window on the library at ``db`` and import ``paths`` in the background.

    Without ``db`` or ``DESK_DB``, the library chosen in Settings is opened, if any.
    """
    app = application()
    state = WindowState()
    if db is None and not os.environ.get("DESK_DB") and state.database:
        db = state.database
    try:
        library = Library.open(db)
    except DeskError as error:
        QMessageBox.critical(None, APPLICATION, f"The library cannot be opened.\n\n{error}")
        return 1
    with library:
        window = build_main_window(library, state)
        window.show()
        if paths:
            window.import_paths(list(paths))
        try:
            return int(app.exec())
        finally:
            window.controller.shutdown()


def take_screenshot(
    db: str | None,
    paths: Sequence[Path],
    out: Path,
    size: tuple[int, int] = (1600, 900),
    *,
    dark: bool = False,
) -> None:
    """Render the window with ``paths`` imported, open side by side, and a quote selected.

    When matching finds a quote another article reports differently, those two articles are
    the ones shown, with that quote selected: its counterpart highlighted, the words that
    differ in the details.

    Runs without a display: the offscreen platform is chosen unless one is set. The user's
    remembered window state is neither read nor changed. ``dark`` renders with a dark palette,
    to check contrast.
    """
    if not os.environ.get("QT_QPA_PLATFORM") and QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    previous = qInstallMessageHandler(_quiet_offscreen_messages)
    try:
        _render_window(db, paths, out, size, dark)
    finally:
        qInstallMessageHandler(previous)


def dark_palette() -> QPalette:
    """A dark palette like the desktops' own, for screenshots and tests of dark mode."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3a3d41",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7aa7e6",
        QPalette.ColorRole.PlaceholderText: "#9a9ea6",
        QPalette.ColorRole.ToolTipBase: "#3a3d41",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Mid: "#45484d",
        QPalette.ColorRole.Midlight: "#3a3d41",
        QPalette.ColorRole.Dark: "#151618",
        QPalette.ColorRole.Light: "#505358",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(disabled, role, QColor("#6b6e74"))
    return palette


def _quiet_offscreen_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform warns about window features it lacks; that is not news to a
    # command line user who asked for an offscreen rendering.
    if "does not support" in message:
        return
    print(message, file=sys.stderr)


def _render_window(
    db: str | None, paths: Sequence[Path], out: Path, size: tuple[int, int], dark: bool
) -> None:
    app = application()
    palette = app.palette()
    if dark:
        app.setPalette(dark_palette())
    try:
        with Library.open(db) as library, tempfile.TemporaryDirectory() as scratch:
            saved = _render_library(app, library, Path(scratch), paths, out, size)
    finally:
        if dark:
            app.setPalette(palette)
    if not saved:
        raise DeskError(f"cannot write the screenshot to {out} (is the folder there, is it .png?)")


def _render_library(
    app: QApplication,
    library: Library,
    scratch: Path,
    paths: Sequence[Path],
    out: Path,
    size: tuple[int, int],
) -> bool:
    window = build_main_window(library, WindowState(scratch / "state.ini"), synchronous_tasks=True)
    window.resize(*size)
    window.show()
    report = library.import_paths(list(paths)) if paths else None
    window.refresh()
    if report is not None:
        window.import_status.set_summary(report.summary())
    ids = list(dict.fromkeys(report.article_ids)) if report is not None else []
    window.controller.update_matches()  # the runner is synchronous: done on return
    featured = featured_quote(window.controller.match_report, ids)
    if featured is not None:
        ids = [featured[1], featured[2]]
    # Two columns: side by side, each still wide enough to read at 1600 pixels.
    if not (ids and window.open_side_by_side(ids[:SCREENSHOT_COLUMNS])):
        window.library_panel.select_row(0)
    app.processEvents()  # the docks take their sizes first, so the text is laid out for good
    if featured is None or not window.annotation_panel.select_quote(featured[0]):
        select_a_quote(window)
    for _ in range(3):
        app.processEvents()
    saved = window.grab().save(str(out))
    window.close()
    window.deleteLater()
    app.processEvents()
    return bool(saved)


#: Which flag makes the best picture of matching: a changed word first.
_FEATURED_FLAGS = (FlagKind.WORDING_DIFFERS, FlagKind.SPEAKER_CONFLICT)


def featured_quote(
    report: MatchReport | None, article_ids: Sequence[int]
) -> tuple[int, int, int] | None:
    """A quote of ``article_ids`` (all articles when empty) that another article reports
    differently, as ``(quote id, its article, the other article)``; None when there is none.

    A changed wording wins over a speaker conflict; among equals the earlier article's quote.
    """
    if report is None:
        return None
    wanted = set(article_ids)
    best: tuple[tuple[int, int, int], tuple[int, int, int]] | None = None
    for quote in report.quotes:
        article = quote.article
        if not isinstance(article, int) or not isinstance(quote.key, int):
            continue
        if wanted and article not in wanted:
            continue
        kinds = {flag.kind for flag in report.suspicious(quote.key)}
        rank = next((n for n, kind in enumerate(_FEATURED_FLAGS) if kind in kinds), None)
        if rank is None:
            continue
        others = [
            c.quote.article
            for c in report.counterparts(quote.key)
            if isinstance(c.quote.article, int) and c.quote.article != article
        ]
        if not others:
            continue
        key = (rank, article, quote.key)
        if best is None or key < best[0]:
            best = (key, (quote.key, article, others[0]))
    return best[1] if best is not None else None


def select_a_quote(window: MainWindow) -> None:
    """Select the first accepted quote, else the first one: the screenshot shows a selection."""
    quotes = window.annotation_panel.model.quotes()
    chosen = next((q for q in quotes if q.review is Review.ACCEPTED), None)
    if chosen is None and quotes:
        chosen = quotes[0]
    if chosen is not None:
        window.annotation_panel.select_quote(chosen.id)
