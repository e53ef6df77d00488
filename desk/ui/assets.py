"""Icons and the stylesheet, read from the compiled Qt resources.

The resources are compiled into ``desk/ui/_resources_rc.py`` (see ``resources/compile.py``),
so they are found the same way in a checkout, a wheel and a frozen app. Action icons are drawn
in ``currentColor`` and tinted with the palette's text colour here, which keeps them legible on
light and dark palettes alike.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QFile, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

import desk.ui._resources_rc  # noqa: F401 - importing registers the resources with Qt

APP_ICON = ":/icons/desk.svg"
STYLESHEET = ":/styles/desk.qss"
ACTION_ICONS = ("import", "folder", "paste", "source", "edit")
_ICON_SIZES = (16, 20, 24, 32, 48)


def read_resource(path: str) -> bytes:
    """The bytes of a compiled resource; a missing one is a packaging bug, hence not DeskError."""
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Qt resource {path} is missing; run resources/compile.py")
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def app_icon() -> QIcon:
    return QIcon(APP_ICON)


def stylesheet() -> str:
    return read_resource(STYLESHEET).decode("utf-8")


def action_icon(name: str, palette: QPalette) -> QIcon:
    """An action icon tinted with the palette's button text colour."""
    colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    return tinted_icon(f":/icons/{name}.svg", colour)


def tinted_icon(path: str, colour: QColor) -> QIcon:
    svg = read_resource(path).replace(b"currentColor", colour.name().encode("ascii"))
    renderer = QSvgRenderer(QByteArray(svg))
    icon = QIcon()
    for size in _ICON_SIZES:
        # A 2x pixmap beside each 1x one keeps the icons sharp on High-DPI screens.
        for scale in (1, 2):
            pixmap = QPixmap(size * scale, size * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            pixmap.setDevicePixelRatio(scale)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            icon.addPixmap(pixmap)
    return icon
