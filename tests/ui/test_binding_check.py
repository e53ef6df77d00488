"""The running Qt binding keeps Python's reference counts right (a crash otherwise)."""

from __future__ import annotations

from desk.ui._binding_check import binding_drops_none_references


def test_the_installed_binding_does_not_drop_none_references() -> None:
    # A binding that fails this crashes the window after some thousands of calls; the
    # dependency pin in pyproject.toml keeps it out of a fresh install.
    assert not binding_drops_none_references()
