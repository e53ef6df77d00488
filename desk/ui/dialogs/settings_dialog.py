"""Settings: the checker's name, the library's matching thresholds, which database to open.

The name is the person's own (kept in their QSettings); the thresholds belong to the library and
are shared by everyone who opens it; the database choice takes effect at the next start, since
the open window, its undo history and its background work all belong to the current one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.ui.controller import MATCH_SETTINGS

DATABASE_FILTER = "Quote Desk libraries (*.sqlite3 *.sqlite *.db);;All files (*)"


@dataclass(frozen=True, slots=True)
class SettingsValues:
    checker: str
    thresholds: dict[str, int]
    database: str  # "" keeps the default (DESK_DB or the user's library)


class SettingsDialog(QDialog):
    """Edits :class:`SettingsValues`; :meth:`ask` returns them, or None when cancelled."""

    def __init__(
        self,
        values: SettingsValues,
        *,
        default_checker: str | None,
        current_location: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self.setMinimumWidth(540)

        self.checker_edit = QLineEdit(values.checker, self)
        self.checker_edit.setAccessibleName("Checker name")
        self.checker_edit.setPlaceholderText(default_checker or "Your name")
        self.checker_edit.setToolTip(
            "Written into each quote's history. Empty: " + (default_checker or "no name")
        )

        self.threshold_spins: dict[str, QSpinBox] = {}
        matching = QGroupBox("Matching quotes across outlets (shared by this library)", self)
        matching_form = QFormLayout(matching)
        for key, label, default in MATCH_SETTINGS:
            spin = QSpinBox(matching)
            spin.setAccessibleName(label)
            if key == "match.min_words":
                spin.setRange(1, 50)
            else:
                spin.setRange(50, 100)
                spin.setSuffix(" %")
            spin.setValue(values.thresholds.get(key, default))
            matching_form.addRow(label, spin)
            self.threshold_spins[key] = spin

        database = QGroupBox("Library database", self)
        database_form = QFormLayout(database)
        current = QLabel(current_location, database)
        current.setAccessibleName("Current database")
        current.setWordWrap(True)
        current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_edit = QLineEdit(values.database, database)
        self.database_edit.setAccessibleName("Database to open next time")
        self.database_edit.setPlaceholderText("the default library")
        browse = QPushButton("Choose…", database)
        browse.setAccessibleName("Choose a database file")
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.database_edit, 1)
        row.addWidget(browse)
        database_form.addRow("Now open", current)
        database_form.addRow("Open next time", row)
        note = QLabel(
            "A different database takes effect when Quote Desk is started again. "
            "--db and DESK_DB still take precedence.",
            database,
        )
        note.setObjectName("dialogHint")
        note.setWordWrap(True)
        database_form.addRow(note)

        form = QFormLayout()
        form.addRow("Checker name", self.checker_edit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(matching)
        layout.addWidget(database)
        layout.addWidget(buttons)

    def values(self) -> SettingsValues:
        return SettingsValues(
            checker=self.checker_edit.text().strip(),
            thresholds={key: spin.value() for key, spin in self.threshold_spins.items()},
            database=self.database_edit.text().strip(),
        )

    def choose_database(self) -> str:
        """Ask for a SQLite file; tests replace this method."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            "Library Database",
            self.database_edit.text() or str(Path.home()),
            DATABASE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return name

    def _on_browse_clicked(self) -> None:
        name = self.choose_database()
        if name:
            self.database_edit.setText(name)

    @classmethod
    def ask(
        cls,
        values: SettingsValues,
        *,
        default_checker: str | None,
        current_location: str,
        parent: QWidget | None = None,
    ) -> SettingsValues | None:
        dialog = cls(
            values,
            default_checker=default_checker,
            current_location=current_location,
            parent=parent,
        )
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
