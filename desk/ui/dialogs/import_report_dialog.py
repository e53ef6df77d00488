"""After an import that skipped files: which ones, and why, so the journalist can fix them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.entities import ImportReport, display_path


def skipped_lines(report: ImportReport) -> list[str]:
    """One "file — reason" line per skipped input."""
    return [f"{display_path(o.source)} — {o.reason or 'skipped'}" for o in report.skipped]


class ImportReportDialog(QDialog):
    """Lists the skipped inputs of one import; opened without blocking the window."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle("Import Report")
        self.setAccessibleName("Import report")
        self.resize(620, 360)

        count = len(report.skipped)
        noun = "file was" if count == 1 else "files were"
        heading = QLabel(f"{report.summary()}.\n{count} {noun} not imported:", self)
        heading.setAccessibleName("Import summary")
        heading.setWordWrap(True)

        # A handful of fixed lines: a list widget is the right size of tool here.
        self.list_widget = QListWidget(self)
        self.list_widget.setAccessibleName("Files not imported")
        self.list_widget.setWordWrap(True)
        self.list_widget.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for outcome, line in zip(report.skipped, skipped_lines(report), strict=True):
            item = QListWidgetItem(line)
            item.setToolTip(outcome.source)
            self.list_widget.addItem(item)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setAccessibleName("Dialog buttons")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list_widget, 1)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return [self.list_widget.item(row).text() for row in range(self.list_widget.count())]
