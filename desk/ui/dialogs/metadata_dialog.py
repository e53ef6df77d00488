"""Editing an article's details: headline, outlet, byline, date, link and kind.

The importer guesses these from the page; a journalist corrects them here. The text itself is
never editable: quotes are checked against exactly what was imported.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.core.entities import Article, DocumentKind, MetadataEdit

KIND_CHOICES = (
    ("Article (quotes are checked)", DocumentKind.ARTICLE),
    ("Primary source (transcript, statement)", DocumentKind.SOURCE),
)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class MetadataDialog(QDialog):
    """Edits one article's metadata; :meth:`edit` holds only what the user changed."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article = article
        self.setWindowTitle("Edit Details")
        self.setAccessibleName("Edit article details")
        self.setMinimumWidth(520)

        self.title_edit = self._line(article.title, "Headline")
        self.outlet_edit = self._line(article.outlet, "Outlet")
        self.byline_edit = self._line(article.byline, "Byline")
        self.url_edit = self._line(article.url, "Web address")
        self.url_edit.setPlaceholderText("https://…")

        self.date_edit = QDateEdit(self)
        self.date_edit.setAccessibleName("Publication date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setMinimumDate(QDate(1800, 1, 1))
        self.date_edit.setDate(_qdate(article.published or date.today()))
        self.no_date_check = QCheckBox("No date", self)
        self.no_date_check.setAccessibleName("No publication date")
        self.no_date_check.toggled.connect(self._on_no_date_check_toggled)
        self.no_date_check.setChecked(article.published is None)
        self._on_no_date_check_toggled(article.published is None)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.no_date_check)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName("Kind of document")
        for label, kind in KIND_CHOICES:
            self.kind_combo.addItem(label, kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(article.kind.value))

        form = QFormLayout()
        form.addRow("&Headline:", self.title_edit)
        form.addRow("&Outlet:", self.outlet_edit)
        form.addRow("&Byline:", self.byline_edit)
        date_label = QLabel("&Date:", self)
        date_label.setBuddy(self.date_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(date_label, date_row)
        form.addRow("&Link:", self.url_edit)
        form.addRow("&Kind:", self.kind_combo)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("dialogError")
        self.error_label.setAccessibleName("Problem")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setAccessibleName("Dialog buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, article: Article, parent: QWidget | None = None) -> MetadataEdit | None:
        """Show the dialog; the changes, or None when cancelled. Tests patch ``exec``."""
        dialog = cls(article, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.edit()
            return None
        finally:
            dialog.deleteLater()

    def _line(self, value: str | None, name: str) -> QLineEdit:
        edit = QLineEdit(value or "", self)
        edit.setAccessibleName(name)
        edit.setClearButtonEnabled(True)
        return edit

    def problem(self) -> str | None:
        """Why the entries cannot be saved, or None."""
        url = self.url_edit.text().strip()
        if url:
            parsed = QUrl(url, QUrl.ParsingMode.StrictMode)
            if not parsed.isValid() or parsed.scheme().lower() not in {"http", "https"}:
                return "The link must be a web address starting with http:// or https://."
            if not parsed.host():
                return "The link has no site name (like www.example.com)."
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error_label.setText(f"⚠ {problem}")
            self.error_label.show()
            self.url_edit.setFocus()
            return
        super().accept()

    def edit(self) -> MetadataEdit:
        """The fields that differ from the article; an emptied field clears it."""
        old = self._article

        def changed(edit: QLineEdit, before: str | None) -> str | None:
            now = edit.text().strip()
            return now if now != (before or "") else None

        published: date | None = None
        clear = False
        if self.no_date_check.isChecked():
            clear = old.published is not None
        else:
            chosen = self.date_edit.date().toPython()
            assert isinstance(chosen, date)
            published = chosen if chosen != old.published else None
        kind = DocumentKind(self.kind_combo.currentData())
        return MetadataEdit(
            title=changed(self.title_edit, old.title),
            outlet=changed(self.outlet_edit, old.outlet),
            byline=changed(self.byline_edit, old.byline),
            url=changed(self.url_edit, old.url),
            published=published,
            clear_published=clear,
            kind=kind if kind is not old.kind else None,
        )

    def _on_no_date_check_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(not checked)
