"""Window state survives a restart, per database, in the given settings file only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from desk.ui.state import WindowState


def test_values_round_trip_through_the_file(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "state.ini"
    state = WindowState(path)
    assert state.geometry is None
    assert state.filter_text == ""
    assert state.last_article("sqlite:///a") is None

    state.geometry = QByteArray(b"\x01\x02geometry")
    state.splitter_state = QByteArray(b"split")
    state.filter_text = "kerry"
    state.last_import_folder = tmp_path
    state.set_last_article("sqlite:///a", 4)
    state.set_last_article("sqlite:///b", 9)
    state.sync()

    again = WindowState(path)
    assert again.path == str(path)
    assert again.geometry == QByteArray(b"\x01\x02geometry")
    assert again.splitter_state == QByteArray(b"split")
    assert again.filter_text == "kerry"
    assert again.last_import_folder == tmp_path
    assert again.last_article("sqlite:///a") == 4
    assert again.last_article("sqlite:///b") == 9

    again.set_last_article("sqlite:///a", None)
    again.filter_text = ""
    assert again.last_article("sqlite:///a") is None
    assert "kerry" not in path.read_text() or again.filter_text == ""


def test_garbage_in_the_file_reads_as_defaults(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "state.ini"
    path.write_text("[window]\ngeometry=not bytes\n[last_article]\nabc=xyz\n")
    state = WindowState(path)
    assert state.geometry is None
    assert state.last_article("anything") is None
