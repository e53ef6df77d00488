"""The People dialog on a real library: renames keep the old name, merges move quotes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QKeySequence

from desk.core.entities import Person
from desk.core.library import Library
from desk.ui.app import build_main_window
from desk.ui.controller import Controller
from desk.ui.dialogs.people_dialog import PeopleDialog, RenameDialog
from desk.ui.models.people_table_model import ALIASES, NAME, QUOTES
from desk.ui.state import WindowState

# The sample article's one speaker: an anonymous source, a person like any other here.
OFFICIAL = "a senior State Department official"


@pytest.fixture
def dialog(controller: Controller, qtbot: QtBot) -> PeopleDialog:
    dialog = PeopleDialog(controller)
    qtbot.addWidget(dialog)
    return dialog


def names(dialog: PeopleDialog) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


def row_of(dialog: PeopleDialog, name: str) -> int:
    return names(dialog).index(name)


def test_models_pass_the_model_tester(dialog: PeopleDialog, qtmodeltester: object) -> None:
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.proxy)  # type: ignore[attr-defined]


def test_lists_people_with_counts_and_filters(dialog: PeopleDialog, library: Library) -> None:
    counts: dict[int, int] = {}
    for quote in library.quotes():
        if quote.speaker_id is not None:
            counts[quote.speaker_id] = counts.get(quote.speaker_id, 0) + 1
    assert sorted(names(dialog)) == sorted(p.name for p in library.people())
    row = row_of(dialog, OFFICIAL)
    official_id = next(p.id for p in library.people() if p.name == OFFICIAL)
    assert dialog.proxy.index(row, QUOTES).data() == counts[official_id]
    assert not dialog.rename_button.isEnabled()
    assert not dialog.merge_button.isEnabled()

    dialog.filter_edit.setText("state department")
    assert names(dialog) == [OFFICIAL]
    dialog.filter_edit.clear()
    assert len(names(dialog)) == len(library.people())


def test_rename_shows_the_new_name_and_the_old_as_alias(
    dialog: PeopleDialog, controller: Controller, library: Library, qtbot: QtBot
) -> None:
    person = library.add_person("Jon Kerry")
    dialog.reload()
    dialog.select_ids([person.id])
    assert dialog.rename_button.isEnabled()
    dialog.ask_rename = lambda _p: ("John Kerry", "Secretary of State")  # type: ignore[method-assign]
    with qtbot.waitSignal(controller.quotes_changed):
        assert dialog.rename_selected()

    row = row_of(dialog, "John Kerry")
    assert "Jon Kerry" in dialog.proxy.index(row, ALIASES).data()
    assert dialog.selected_ids() == [person.id]
    stored = library.person(person.id)
    assert (stored.name, stored.role) == ("John Kerry", "Secretary of State")
    assert "Jon Kerry" in stored.aliases


def test_rename_to_an_existing_name_is_refused_and_changes_nothing(
    dialog: PeopleDialog, controller: Controller, library: Library, qtbot: QtBot
) -> None:
    library.add_person("Dominic Raab", "British Foreign Secretary")
    person = library.add_person("Jon Kerry")
    dialog.reload()
    before = library.people()
    dialog.select_ids([person.id])
    dialog.ask_rename = lambda _p: ("Dominic Raab", "")  # type: ignore[method-assign]
    with qtbot.waitSignal(controller.error_reported) as reported:
        assert not dialog.rename_selected()
    assert (
        "there is already a person called 'Dominic Raab'; merge them instead" in (reported.args[1])
    )
    assert library.people() == before
    assert "Jon Kerry" in names(dialog)


def test_merge_moves_the_quotes_and_the_list_shrinks(
    dialog: PeopleDialog, controller: Controller, library: Library, qtbot: QtBot
) -> None:
    official = next(p for p in library.people() if p.name == OFFICIAL)
    moved = [q.id for q in library.quotes() if q.speaker_id == official.id]
    assert moved
    kerry = library.add_person("John Kerry", "Secretary of State")
    dialog.reload()
    count = len(names(dialog))
    dialog.select_ids([official.id, kerry.id])
    assert dialog.merge_button.isEnabled()
    assert not dialog.rename_button.isEnabled()
    offered: list[list[Person]] = []

    def keep_kerry(people: list[Person]) -> Person:
        offered.append(people)
        return next(p for p in people if p.id == kerry.id)

    dialog.choose_keeper = keep_kerry  # type: ignore[method-assign]
    with qtbot.waitSignal(controller.library_changed):
        assert dialog.merge_selected()

    assert {p.id for p in offered[0]} == {official.id, kerry.id}
    assert len(names(dialog)) == count - 1
    assert OFFICIAL not in names(dialog)
    assert all(library.quote(quote_id).speaker_id == kerry.id for quote_id in moved)
    assert any(c.by == "ana" for c in library.history(moved[0]) if c.field == "speaker_id")
    assert OFFICIAL in library.person(kerry.id).aliases
    assert dialog.selected_ids() == [kerry.id]
    row = row_of(dialog, "John Kerry")
    assert dialog.proxy.index(row, QUOTES).data() == len(moved)


def test_cancelled_merge_changes_nothing(dialog: PeopleDialog, library: Library) -> None:
    before = library.people()
    dialog.select_ids([p.id for p in before])
    dialog.choose_keeper = lambda _people: None  # type: ignore[method-assign]
    assert not dialog.merge_selected()
    assert library.people() == before


def test_rename_form_needs_a_name(qtbot: QtBot) -> None:
    form = RenameDialog(Person(3, "Kerry", None, False))
    qtbot.addWidget(form)
    form.name_edit.setText("  ")
    assert not form._buttons.button(form._buttons.StandardButton.Ok).isEnabled()
    form.name_edit.setText(" John Kerry ")
    form.role_edit.setText("Secretary")
    assert form.values() == ("John Kerry", "Secretary")


def test_the_quote_menu_action_opens_one_dialog(
    library: Library, window_state: WindowState, qtbot: QtBot
) -> None:
    window = build_main_window(library, window_state, synchronous_tasks=True)
    qtbot.addWidget(window)
    action = window.window_actions.people
    assert action.shortcut() == QKeySequence("Ctrl+Shift+P")
    action.trigger()
    action.trigger()  # brings the open one forward
    dialogs = window.findChildren(PeopleDialog)
    assert len(dialogs) == 1
    assert dialogs[0].isVisible()
    dialogs[0].close()
    window.close()
