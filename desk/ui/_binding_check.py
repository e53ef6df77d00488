"""Refuse to start on a Qt binding known to crash a long session.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a method that
returns nothing (``QColor.setRed``, ``QTextCharFormat.setBackground`` …); after some thousands
of calls the interpreter aborts with "deallocating None", taking unsaved typing with it.
Python 3.12 made ``None`` immortal, so it is safe there. ``pyproject.toml`` excludes that release
on 3.11; this check catches an environment installed by other means, before any work is done.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtGui import QColor


def binding_drops_none_references() -> bool:
    colour = QColor()
    before = sys.getrefcount(None)
    for _ in range(8):
        colour.setRed(1)
    return sys.getrefcount(None) < before


def check_binding() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if binding_drops_none_references():
        raise ImportError(
            f"PySide6 {PySide6.__version__} crashes on Python "
            f"{sys.version_info.major}.{sys.version_info.minor} after a while; install "
            'another release: pip install "PySide6-Essentials>=6.6,!=6.12.0"'
        )
