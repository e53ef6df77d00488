"""The status bar's work corner: the last import's summary, progress and a Cancel button.

Background quote detection and matching report here too, with their own wording.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class ImportStatusPanel(QWidget):
    """Shows what an import is doing, and what the last one did.

    The summary stays after an import ends, until the next one starts: a journalist who looked
    away still learns that two files were skipped.

    Signals:
        cancel_requested(): the Cancel button was pressed.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("statusSummary")
        self.summary_label.setAccessibleName("Import status")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("importProgress")
        self.progress_bar.setAccessibleName("Import progress")
        # The count goes into the summary text: Fusion draws a bar's own text over the chunk.
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(160)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setAccessibleName("Cancel import")
        self.cancel_button.setToolTip("Stop the import; files already imported are kept")
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.summary_label, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button)
        self.set_running(False)

    @property
    def summary(self) -> str:
        return self.summary_label.text()

    def set_summary(self, text: str) -> None:
        self.summary_label.setText(text)

    def set_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress_bar.setRange(0, 0)  # busy until the first report says how many

    def start(self, description: str, *, work: str = "import") -> None:
        """Show ``description`` with a busy bar; ``work`` names what Cancel stops."""
        self.cancel_button.setAccessibleName(f"Cancel {work}")
        self.set_summary(description)
        self.set_running(True)

    def show_count(self, done: int, total: int, summary: str) -> None:
        """A bar at ``done`` of ``total`` and a summary that already says what and how far."""
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        self.set_summary(summary)

    def show_progress(
        self, done: int, total: int, text: str, *, activity: str = "Importing"
    ) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        if text:
            self.set_summary(f"{activity} {text}… ({min(done + 1, total)} of {total})")

    def _on_cancel_button_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.set_summary("Cancelling…")
        self.cancel_requested.emit()
