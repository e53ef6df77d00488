"""Settings: the checker's name, the library's matching thresholds and archive, which database
to open.

The name is the person's own (kept in their QSettings); the thresholds and the attached archive
result belong to the library and are shared by everyone who opens it; the database choice takes
effect at the next start, since the open window, its undo history and its background work all
belong to the current one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
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

from desk.core.entities import QuoteStatus
from desk.ui import quote_style
from desk.ui.controller import MATCH_SETTINGS

DATABASE_FILTER = "Quote Desk libraries (*.sqlite3 *.sqlite *.db);;All files (*)"
NO_ARCHIVE = "No archive attached"

#: Why a folder cannot be attached as an archive (one line), or None when it can.
ArchiveCheck = Callable[[Path], str | None]


@dataclass(frozen=True, slots=True)
class SettingsValues:
    checker: str
    thresholds: dict[str, int]
    database: str  # "" keeps the default (DESK_DB or the user's library)
    archive: str = ""  # the attached archive result's folder; "" for none


class SettingsDialog(QDialog):
    """Edits :class:`SettingsValues`; :meth:`ask` returns them, or None when cancelled."""

    def __init__(
        self,
        values: SettingsValues,
        *,
        default_checker: str | None,
        current_location: str,
        check_archive: ArchiveCheck | None = None,
        archive_problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check_archive = check_archive
        self._archive = values.archive
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

        archive = QGroupBox("Archive (shared by this library)", self)
        archive.setObjectName("archiveGroup")
        archive_form = QFormLayout(archive)
        self.archive_label = QLabel(archive)
        self.archive_label.setObjectName("archiveFolder")
        self.archive_label.setAccessibleName("Attached archive")
        self.archive_label.setWordWrap(True)
        self.archive_label.setTextFormat(Qt.TextFormat.PlainText)
        self.archive_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.archive_choose = QPushButton("Choose…", archive)
        self.archive_choose.setAccessibleName("Choose an archive result folder")
        self.archive_choose.setToolTip("A folder written by desk archive")
        self.archive_choose.clicked.connect(self._on_archive_choose_clicked)
        self.archive_detach = QPushButton("Detach", archive)
        self.archive_detach.setAccessibleName("Detach the archive")
        self.archive_detach.clicked.connect(self._on_archive_detach_clicked)
        archive_row = QHBoxLayout()
        archive_row.addWidget(self.archive_label, 1)
        archive_row.addWidget(self.archive_choose)
        archive_row.addWidget(self.archive_detach)
        archive_form.addRow("Archive", archive_row)
        self.archive_problem = QLabel(archive)
        self.archive_problem.setObjectName("archiveProblem")
        self.archive_problem.setAccessibleName("Archive problem")
        self.archive_problem.setWordWrap(True)
        self.archive_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.archive_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        warning = self.archive_problem.palette()
        warning.setColor(
            QPalette.ColorRole.WindowText,
            quote_style.status_colour(QuoteStatus.MISQUOTED, warning),
        )
        self.archive_problem.setPalette(warning)
        archive_form.addRow(self.archive_problem)
        self._show_archive(archive_problem)

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
        layout.addWidget(archive)
        layout.addWidget(database)
        layout.addWidget(buttons)

    def values(self) -> SettingsValues:
        return SettingsValues(
            checker=self.checker_edit.text().strip(),
            thresholds={key: spin.value() for key, spin in self.threshold_spins.items()},
            database=self.database_edit.text().strip(),
            archive=self._archive,
        )

    def choose_archive(self) -> str:
        """Ask for an archive result folder; tests replace this method."""
        return QFileDialog.getExistingDirectory(
            self, "Archive Result", self._archive or str(Path.home())
        )

    def _on_archive_choose_clicked(self) -> None:
        name = self.choose_archive()
        if not name:
            return
        problem = self._check_archive(Path(name)) if self._check_archive is not None else None
        if problem is not None:
            self._show_archive(problem)  # the attached one stays
            return
        self._archive = name
        self._show_archive(None)

    def _on_archive_detach_clicked(self) -> None:
        self._archive = ""
        self._show_archive(None)

    def _show_archive(self, problem: str | None) -> None:
        self.archive_label.setText(self._archive or NO_ARCHIVE)
        self.archive_detach.setEnabled(bool(self._archive))
        self.archive_problem.setText(f"⚠ {problem}" if problem else "")
        self.archive_problem.setVisible(bool(problem))

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
        check_archive: ArchiveCheck | None = None,
        archive_problem: str | None = None,
        parent: QWidget | None = None,
    ) -> SettingsValues | None:
        dialog = cls(
            values,
            default_checker=default_checker,
            current_location=current_location,
            check_archive=check_archive,
            archive_problem=archive_problem,
            parent=parent,
        )
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
