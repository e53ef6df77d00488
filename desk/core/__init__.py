"""Quote Desk's core: pure Python, usable from scripts and tests without a display.

Nothing under ``desk.core`` may import PySide6 or ``desk.ui`` (an import-linter contract in
pyproject.toml enforces it).
"""
