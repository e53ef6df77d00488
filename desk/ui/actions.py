"""The window's commands as ``QAction``s, with their menus and toolbar.

Kept apart from the window so that the full list of commands, shortcuts and menu places reads
as one table, and the window module stays about wiring. Every command has a shortcut, so the
checking workflow (next unchecked quote, set its status, accept or reject) needs no mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from desk.core.entities import QuoteStatus
from desk.ui import assets, quote_style

Shortcut = QKeySequence.StandardKey | str | None


class WindowActions:
    """Every command of the main window; the window connects their ``triggered`` signals."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        self._window = window
        keys = QKeySequence.StandardKey
        # -- File
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
        self.export = self._make("&Export…", "Ctrl+Shift+E", "Export the checked quotes")
        self.settings = self._make(
            "Se&ttings…", keys.Preferences, "Checker name, matching thresholds, database"
        )
        self.settings.setShortcuts([QKeySequence("Ctrl+,")])
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = self._make("&Quit", keys.Quit, "Quit Quote Desk")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # -- Edit: the undo stack's own actions keep their text ("Undo Set status…") current.
        self.undo = undo_stack.createUndoAction(window, "&Undo")
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo.setStatusTip("Undo the last change to a quote")
        self.redo = undo_stack.createRedoAction(window, "&Redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setStatusTip("Redo the change just undone")
        # -- Quote
        self.mark_quote = self._make("&Mark Quote", "Ctrl+M", "Mark the selected text as a quote")
        self.adjust_span = self._make(
            "Adjust &Span to Selection", "Ctrl+J", "Make the selected quote cover the selected text"
        )
        self.delete_quote = self._make(
            "&Delete Quote", "Shift+Del", "Delete the selected quote (undo brings it back)"
        )
        self.accept_quote = self._make(
            "&Accept Suggestion", "Ctrl+Return", "Confirm that the suggestion is a quote"
        )
        self.reject_quote = self._make(
            "&Reject Suggestion", "Ctrl+Backspace", "The suggestion is not a quote"
        )
        self.status_actions: dict[QuoteStatus, QAction] = {}
        for digit, status in enumerate(quote_style.STATUS_ORDER):
            action = self._make(
                f"&{digit} {status.label}",
                f"Ctrl+{digit}",
                f"Set the status: {quote_style.STATUS_DESCRIPTIONS[status]}",
            )
            self.status_actions[status] = action
        self.find_in_source = self._make(
            "&Find in Source",
            "Ctrl+Shift+F",
            "Find the quote's words in its evidence document and set the evidence span",
        )
        self.next_quote = self._make("&Next Quote", "F7", "Select the next quote in the list")
        self.previous_quote = self._make("Pre&vious Quote", "Shift+F7", "Select the previous quote")
        self.next_unchecked = self._make(
            "Next &Unchecked Quote", "F8", "Select the next quote nobody has checked"
        )
        self.previous_unchecked = self._make(
            "Previous Unc&hecked Quote", "Shift+F8", "Select the previous unchecked quote"
        )
        self.edit_note = self._make("Edit &Note", "Ctrl+Shift+N", "Type a note for the quote")
        self.focus_quotes = self._make("Go to &Quote List", "Ctrl+L", "Move to the quote list")
        self.people = self._make(
            "&People…", "Ctrl+Shift+P", "Rename or merge the people quoted in the library"
        )
        # -- Article
        self.edit = self._make(
            "&Edit Details…", "Ctrl+E", "Change the headline, outlet, byline, date or link"
        )
        self.delete = self._make("&Delete…", keys.Delete, "Remove the selected articles")
        self.next = self._make("Open &Next", "Alt+Down", "Open the next article in the list")
        self.previous = self._make("Open &Previous", "Alt+Up", "Open the previous article")
        self.new_column = self._make(
            "New &Column", "Ctrl+T", "Add a column: the next article chosen opens beside the others"
        )
        self.close_column = self._make("&Close Column", keys.Close, "Close the active column")
        self.close_column.setShortcuts([QKeySequence("Ctrl+W")])
        self.next_column = self._make(
            "Next Colu&mn", "Ctrl+Alt+Right", "Move to the column on the right"
        )
        self.previous_column = self._make(
            "Previous Colum&n", "Ctrl+Alt+Left", "Move to the column on the left"
        )
        # -- View / Help
        self.focus_filter = self._make("&Focus Filter", keys.Find, "Filter the list of articles")
        self.about = self._make("&About Quote Desk", None, "Version and library location")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        self.imports = [self.import_files, self.import_folder, self.paste, self.import_source]
        self.quote_actions = [
            self.adjust_span,
            self.delete_quote,
            self.edit_note,
            self.find_in_source,
            *self.status_actions.values(),
        ]
        self.suggestion_actions = [self.accept_quote, self.reject_quote]

    def _make(self, text: str, shortcut: Shortcut, tip: str) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        return action

    def populate_menus(self, dock_actions: list[QAction]) -> None:
        bar = self._window.menuBar()
        bar.setAccessibleName("Menu bar")
        file_menu = bar.addMenu("&File")
        file_menu.addActions(self.imports)
        file_menu.addSeparator()
        file_menu.addAction(self.export)
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions(dock_actions[-1:])  # the edit history

        quote_menu = bar.addMenu("&Quote")
        quote_menu.addActions([self.mark_quote, self.adjust_span, self.delete_quote])
        quote_menu.addSeparator()
        quote_menu.addActions([self.accept_quote, self.reject_quote])
        status_menu = QMenu("Set &Status", quote_menu)
        status_menu.addActions(list(self.status_actions.values()))
        quote_menu.addMenu(status_menu)
        quote_menu.addAction(self.edit_note)
        quote_menu.addAction(self.find_in_source)
        quote_menu.addSeparator()
        quote_menu.addActions(
            [self.next_unchecked, self.previous_unchecked, self.next_quote, self.previous_quote]
        )
        quote_menu.addSeparator()
        quote_menu.addAction(self.people)

        article_menu = bar.addMenu("&Article")
        article_menu.addActions([self.edit, self.delete])
        article_menu.addSeparator()
        article_menu.addActions([self.next, self.previous])
        article_menu.addSeparator()
        article_menu.addActions(
            [self.new_column, self.close_column, self.next_column, self.previous_column]
        )

        view_menu = bar.addMenu("&View")
        view_menu.addActions([self.focus_filter, self.focus_quotes])
        view_menu.addSeparator()
        view_menu.addActions(dock_actions[:-1])
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about)

    def build_tool_bar(self) -> QToolBar:
        tool_bar = QToolBar("Main", self._window)
        tool_bar.setObjectName("mainToolBar")  # saveState() needs the name
        tool_bar.setAccessibleName("Main toolbar")
        tool_bar.setMovable(False)
        tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tool_bar.addActions([self.import_files, self.import_folder, self.paste])
        tool_bar.addSeparator()
        tool_bar.addActions([self.edit, self.new_column])
        tool_bar.addSeparator()
        tool_bar.addActions([self.mark_quote, self.next_unchecked])
        tool_bar.addSeparator()
        tool_bar.addActions([self.undo, self.redo])
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, tool_bar)
        return tool_bar

    def all_actions(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)] + list(
            self.status_actions.values()
        )

    def apply_icons(self, palette: QPalette) -> None:
        """Tint the icons for ``palette``; called again when the palette changes."""
        for action, name in (
            (self.import_files, "import"),
            (self.import_folder, "folder"),
            (self.paste, "paste"),
            (self.import_source, "source"),
            (self.find_in_source, "source"),
            (self.edit, "edit"),
            (self.undo, "undo"),
            (self.redo, "redo"),
            (self.mark_quote, "mark"),
            (self.new_column, "column-add"),
            (self.settings, "settings"),
            (self.next_unchecked, "next-unchecked"),
        ):
            action.setIcon(assets.action_icon(name, palette))
        for status, action in self.status_actions.items():
            action.setIcon(quote_style.status_icon(status, palette))

    def set_importing(self, importing: bool) -> None:
        for action in self.imports:
            action.setEnabled(not importing)

    def set_article_state(self, has_current: bool, has_rows: bool) -> None:
        self.edit.setEnabled(has_current)
        self.delete.setEnabled(has_current)
        self.next.setEnabled(has_rows)
        self.previous.setEnabled(has_rows)

    def set_quote_state(self, has_quote: bool, suggested: bool, has_quotes: bool) -> None:
        for action in self.quote_actions:
            action.setEnabled(has_quote)
        for action in self.suggestion_actions:
            action.setEnabled(has_quote and suggested)
        for action in (
            self.next_quote,
            self.previous_quote,
            self.next_unchecked,
            self.previous_unchecked,
        ):
            action.setEnabled(has_quotes)
