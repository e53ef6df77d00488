"""The compiled Qt resources are fresh, and the icons and stylesheet load from them."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QColor, QPalette

from desk.ui import assets

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "desk" / "ui" / "_resources_rc.py"


def _compile_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "resources_compile", ROOT / "resources/compile.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _code_lines(path: Path) -> list[str]:
    """The generated file without rcc's header comments, which name the Qt version."""
    return [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]


def test_compiled_resources_are_fresh(tmp_path: Path) -> None:
    fresh = tmp_path / "_resources_rc.py"
    compile_script = _compile_module()
    subprocess.run(
        compile_script.rcc_command(compile_script.QRC, fresh),
        check=True,
        cwd=compile_script.QRC.parent,
    )
    assert _code_lines(fresh) == _code_lines(GENERATED), (
        "desk/ui/_resources_rc.py is stale: run  python resources/compile.py"
    )


def test_compile_script_runs_as_a_command(tmp_path: Path) -> None:
    out = tmp_path / "rc.py"
    done = subprocess.run(
        [sys.executable, str(ROOT / "resources/compile.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    assert str(out) in done.stdout
    assert _code_lines(out) == _code_lines(GENERATED)


def test_every_qrc_file_exists() -> None:
    qrc = (ROOT / "resources/desk.qrc").read_text(encoding="utf-8")
    names = [line.strip()[6:-7] for line in qrc.splitlines() if line.strip().startswith("<file>")]
    assert names
    for name in names:
        assert (ROOT / "resources" / name).is_file(), name


def test_icons_and_stylesheet_load(qapp: object) -> None:
    assert not assets.app_icon().isNull()
    qss = assets.stylesheet()
    assert "QLineEdit#libraryFilter" in qss
    values = re.findall(r"^\s*[\w-]+\s*:\s*([^;]+);", qss, flags=re.MULTILINE)
    assert values
    for value in values:
        # Hard-coded colours would fight the system palette in light or dark mode.
        assert "#" not in value, value
        assert "rgb" not in value, value
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#e6e6e6"))
    for name in assets.ACTION_ICONS:
        icon = assets.action_icon(name, palette)
        assert not icon.isNull(), name
        image = icon.pixmap(24, 24).toImage()
        opaque = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert opaque, f"{name} icon is blank"
        assert all(c.red() > 150 for c in opaque), f"{name} icon is not tinted"


def test_desktop_entry() -> None:
    entry = (ROOT / "resources/desk.desktop").read_text(encoding="utf-8").splitlines()
    for line in (
        "Name=Quote Desk",
        "Exec=desk %F",
        "Icon=quote-desk",
        "Categories=Office;",
        "MimeType=text/plain;text/html;",
    ):
        assert line in entry
