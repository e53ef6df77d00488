"""People: everyone quoted in the library, to correct a name or make duplicates one person.

Detection creates a person per spelling it meets ("Kerry", "John Kerry"), so the checker needs
one place to tidy names up. Renames and merges are saved at once and are not on the undo stack:
people are shared by every article, and each quote a merge moves gets a line in its history.
The dialog is modeless and reloads when the library changes, so it can stay open while checking.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.entities import Person
from desk.ui.controller import Controller
from desk.ui.models.people_list_model import person_label
from desk.ui.models.people_table_model import NAME, QUOTES, PeopleTableModel, PersonIdRole

HELP = (
    "Rename corrects a name or role; the old name is kept as another name, so detection still "
    "finds the person. Merge makes the selected people one: their quotes move to the person you "
    "keep. Neither can be undone, but each moved quote's history records the merge."
)


class RenameDialog(QDialog):
    """A name and a role for one person; OK only with a name."""

    def __init__(self, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Rename Person")
        self.setAccessibleName("Rename person")
        self.setMinimumWidth(400)
        self.name_edit = QLineEdit(person.name, self)
        self.name_edit.setAccessibleName("Name")
        self.role_edit = QLineEdit(person.role or "", self)
        self.role_edit.setAccessibleName("Role")
        self.role_edit.setPlaceholderText("e.g. Secretary of State")
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        form = QFormLayout(self)
        form.addRow("&Name", self.name_edit)
        form.addRow("&Role", self.role_edit)
        form.addRow(self._buttons)
        self.name_edit.selectAll()

    def values(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.role_edit.text().strip()

    def _on_name_edit_text_changed(self, text: str) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))

    @classmethod
    def ask(cls, person: Person, parent: QWidget | None = None) -> tuple[str, str] | None:
        dialog = cls(person, parent)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class PeopleDialog(QDialog):
    """Lists the library's people with a filter; renames and merges go through the controller."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle("People")
        self.setAccessibleName("People")
        self.resize(720, 440)

        self.model = PeopleTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # name, role and other names all match
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName("Filter people")
        self.filter_edit.setPlaceholderText("Filter by name, role or other name")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setAccessibleName("People quoted")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QUOTES, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

        self.rename_button = QPushButton("&Rename…", self)
        self.rename_button.setAccessibleName("Rename the selected person")
        self.rename_button.setToolTip("Correct the name or role of the selected person")
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button = QPushButton("&Merge…", self)
        self.merge_button.setAccessibleName("Merge the selected people")
        self.merge_button.setToolTip("Select two or more people who are the same person")
        self.merge_button.clicked.connect(self.merge_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        hint = QLabel(HELP, self)
        hint.setObjectName("dialogHint")
        hint.setAccessibleName("About renaming and merging")
        hint.setWordWrap(True)

        filter_row = QHBoxLayout()
        filter_label = QLabel("&Filter", self)
        filter_label.setBuddy(self.filter_edit)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)

        controller.library_changed.connect(self.reload)
        self.reload()

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the people again, keeping the selection of those still there."""
        selected = self.selected_ids()
        self.model.set_people(self._controller.people(), self._controller.speaker_counts())
        self.select_ids(selected)
        self._update_buttons()

    def selected_people(self) -> list[Person]:
        people: list[Person] = []
        for index in self.table.selectionModel().selectedRows():
            person = self.model.person(self.proxy.mapToSource(index).row())
            if person is not None:
                people.append(person)
        return people

    def selected_ids(self) -> list[int]:
        return [person.id for person in self.selected_people()]

    def select_ids(self, person_ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        current: QModelIndex | None = None
        for person_id in person_ids:
            row = self.model.row_of(person_id)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, NAME))
            if index.isValid():
                selection.select(index, flags)
                if current is None:
                    current = index
        if current is not None:
            selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(current)

    # -- asking (tests replace these) ----------------------------------------------------------

    def ask_rename(self, person: Person) -> tuple[str, str] | None:
        """The new name and role; None when cancelled."""
        return RenameDialog.ask(person, self)

    def choose_keeper(self, people: list[Person]) -> Person | None:
        """Which of ``people`` to keep; None when cancelled. The most quoted is offered first."""
        counts = self._controller.speaker_counts()
        ordered = sorted(people, key=lambda p: (p.anonymous, -counts.get(p.id, 0), p.name))
        labels = [f"{person_label(p)} — {counts.get(p.id, 0)} quotes" for p in ordered]
        label, ok = QInputDialog.getItem(
            self,
            "Merge People",
            "Keep which person? The others' quotes move to them and their names become other "
            "names. This cannot be undone.",
            labels,
            0,
            False,
        )
        return ordered[labels.index(label)] if ok and label in labels else None

    # -- acting ------------------------------------------------------------------------------

    def rename_selected(self) -> bool:
        people = self.selected_people()
        if len(people) != 1:
            return False
        person = people[0]
        answer = self.ask_rename(person)
        if answer is None:
            return False
        name, role = answer
        renamed = self._controller.rename_person(person.id, name, role)
        if renamed is None:
            return False
        self.select_ids([renamed.id])  # library_changed already reloaded the list
        return True

    def merge_selected(self) -> bool:
        people = self.selected_people()
        if len(people) < 2:
            return False
        keep = self.choose_keeper(people)
        if keep is None:
            return False
        others = [p.id for p in people if p.id != keep.id]
        merged = self._controller.merge_people(keep.id, others)
        if merged is None:
            self.reload()  # someone may have changed the people meanwhile
            return False
        self.select_ids([merged.id])
        return True

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.select_ids([int(index.data(PersonIdRole))])
            self.rename_selected()

    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.rename_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count >= 2)
