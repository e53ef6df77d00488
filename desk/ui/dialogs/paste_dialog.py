"""Importing an article from the clipboard: copy in the browser, paste here, check, import."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.entities import DocumentKind


class PasteDialog(QDialog):
    """Shows the clipboard's text for a last look before it becomes an article."""

    def __init__(self, text: str, parent: QWidget | None = None, *, source: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste Article")
        self.setAccessibleName("Paste an article")
        self.resize(640, 520)

        hint = QLabel(
            "Paste or type the article's text. The first line is taken as the headline "
            "when nothing better is found.",
            self,
        )
        hint.setObjectName("dialogHint")
        hint.setWordWrap(True)
        hint.setAccessibleName("Instructions")

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName("Article text")
        self.text_edit.setPlaceholderText("Paste the article here (Ctrl+V)")
        self.text_edit.setPlainText(text)

        self.source_check = QCheckBox(
            "This is a primary source (a transcript or statement quotes are checked against)", self
        )
        self.source_check.setAccessibleName("Primary source")
        self.source_check.setChecked(source)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setAccessibleName("Dialog buttons")
        self.import_button = QPushButton("&Import", self)
        self.import_button.setAccessibleName("Import")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.source_check)
        layout.addWidget(self.buttons)

        self.text_edit.textChanged.connect(self._on_text_edit_text_changed)
        self._on_text_edit_text_changed()

    @classmethod
    def ask(
        cls, text: str, parent: QWidget | None = None, *, source: bool = False
    ) -> tuple[str, DocumentKind] | None:
        """Show the dialog; the text and its kind, or None when cancelled. Tests patch ``exec``."""
        dialog = cls(text, parent, source=source)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_value()
            return None
        finally:
            dialog.deleteLater()

    def result_value(self) -> tuple[str, DocumentKind]:
        kind = DocumentKind.SOURCE if self.source_check.isChecked() else DocumentKind.ARTICLE
        return self.text_edit.toPlainText(), kind

    def accept(self) -> None:
        if self.text_edit.toPlainText().strip():
            super().accept()

    def _on_text_edit_text_changed(self) -> None:
        self.import_button.setEnabled(bool(self.text_edit.toPlainText().strip()))
