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
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import __version__
from desk.core.errors import DeskError
from desk.core.library import Library
from desk.ui import assets
from desk.ui.controller import Controller
from desk.ui.main_window import MainWindow
from desk.ui.state import APPLICATION, ORGANIZATION, WindowState
from desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

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
    """Wire a window to ``library``; the runner and controller live as long as the window."""
    tasks = TaskRunner(synchronous=synchronous_tasks)
    controller = Controller(library, tasks)
    tasks.setParent(controller)
    window = MainWindow(controller, state)
    controller.setParent(window)
    return window


def run_gui(db: str | None = None, paths: Sequence[Path] | None = None) -> int:
    """Open the window on the library at ``db`` and import ``paths`` in the background."""
    app = application()
    try:
        library = Library.open(db)
    except DeskError as error:
        QMessageBox.critical(None, APPLICATION, f"The library cannot be opened.\n\n{error}")
        return 1
    with library:
        window = build_main_window(library, WindowState())
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
    size: tuple[int, int] = (1400, 860),
) -> None:
    """Render the window with ``paths`` imported and the first of them open, to ``out``.

    Runs without a display: the offscreen platform is chosen unless one is set. The user's
    remembered window state is neither read nor changed.
    """
    if not os.environ.get("QT_QPA_PLATFORM") and QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    previous = qInstallMessageHandler(_quiet_offscreen_messages)
    try:
        _render_window(db, paths, out, size)
    finally:
        qInstallMessageHandler(previous)


def _quiet_offscreen_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform warns about window features it lacks; that is not news to a
    # command line user who asked for an offscreen rendering.
    if "does not support" in message:
        return
    print(message, file=sys.stderr)


def _render_window(db: str | None, paths: Sequence[Path], out: Path, size: tuple[int, int]) -> None:
    app = application()
    with Library.open(db) as library, tempfile.TemporaryDirectory() as scratch:
        window = build_main_window(
            library, WindowState(Path(scratch) / "state.ini"), synchronous_tasks=True
        )
        window.resize(*size)
        window.show()
        report = library.import_paths(list(paths)) if paths else None
        window.refresh()
        if report is not None:
            window.import_status.set_summary(report.summary())
        ids = report.article_ids if report is not None else []
        if not (ids and window.open_article(ids[0])):
            window.library_panel.select_row(0)
        for _ in range(3):
            app.processEvents()
        saved = window.grab().save(str(out))
        window.close()
        window.deleteLater()
        app.processEvents()
    if not saved:
        raise DeskError(f"cannot write the screenshot to {out} (is the folder there, is it .png?)")
