"""The window's commands as ``QAction``s, with their menus and toolbar.

Kept apart from the window so that the full list of commands, shortcuts and menu places reads
as one table, and the window module stays about wiring.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QMainWindow, QToolBar

from desk.ui import assets

Shortcut = QKeySequence.StandardKey | str | None


class WindowActions:
    """Every command of the main window; the window connects their ``triggered`` signals."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        keys = QKeySequence.StandardKey
        self.import_files = self._make(
            "&Import Files…", keys.Open, "Import article files (.txt, .md, .html)"
        )
        self.import_folder = self._make(
            "Import &Folder…", "Ctrl+Shift+O", "Import every article file in a folder"
        )
        self.paste = self._make(
            "&Paste Article…", "Ctrl+Shift+V", "Import an article copied from a browser"
        )
        self.import_source = self._make(
            "Import &Source Document…",
            "Ctrl+Shift+I",
            "Import a transcript or statement that quotes are checked against",
        )
        self.quit = self._make("&Quit", keys.Quit, "Quit Quote Desk")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.edit = self._make(
            "&Edit Details…", "Ctrl+E", "Change the headline, outlet, byline, date or link"
        )
        self.delete = self._make("&Delete…", keys.Delete, "Remove the selected articles")
        self.next = self._make("Open &Next", "Alt+Down", "Open the next article in the list")
        self.previous = self._make("Open &Previous", "Alt+Up", "Open the previous article")
        self.focus_filter = self._make("&Focus Filter", keys.Find, "Filter the list of articles")
        self.about = self._make("&About Quote Desk", None, "Version and library location")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.imports = [self.import_files, self.import_folder, self.paste, self.import_source]

    def _make(self, text: str, shortcut: Shortcut, tip: str) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        return action

    def populate_menus(self) -> None:
        bar = self._window.menuBar()
        bar.setAccessibleName("Menu bar")
        file_menu = bar.addMenu("&File")
        file_menu.addActions(self.imports)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        article_menu = bar.addMenu("&Article")
        article_menu.addActions([self.edit, self.delete])
        article_menu.addSeparator()
        article_menu.addActions([self.next, self.previous])
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.focus_filter)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about)

    def build_tool_bar(self) -> QToolBar:
        tool_bar = QToolBar("Import", self._window)
        tool_bar.setObjectName("mainToolBar")  # saveState() needs the name
        tool_bar.setAccessibleName("Import toolbar")
        tool_bar.setMovable(False)
        tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tool_bar.addActions([self.import_files, self.import_folder, self.paste])
        tool_bar.addSeparator()
        tool_bar.addAction(self.edit)
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, tool_bar)
        return tool_bar

    def apply_icons(self, palette: QPalette) -> None:
        """Tint the icons for ``palette``; called again when the palette changes."""
        for action, name in (
            (self.import_files, "import"),
            (self.import_folder, "folder"),
            (self.paste, "paste"),
            (self.import_source, "source"),
            (self.edit, "edit"),
        ):
            action.setIcon(assets.action_icon(name, palette))

    def set_importing(self, importing: bool) -> None:
        for action in self.imports:
            action.setEnabled(not importing)

    def set_article_state(self, has_current: bool, has_rows: bool) -> None:
        self.edit.setEnabled(has_current)
        self.delete.setEnabled(has_current)
        self.next.setEnabled(has_rows)
        self.previous.setEnabled(has_rows)
