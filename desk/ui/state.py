"""What the window remembers between runs, through typed accessors over ``QSettings``.

Values are read and written through one class so that keys, types and defaults live in one
place, and an INI file (not the registry or a plist) keeps them readable and easy to reset.
Tests and the screenshot command pass ``settings_path`` so the user's own file is never touched.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "quote-desk"
APPLICATION = "Quote Desk"

#: Bumped when a key changes meaning; :meth:`WindowState._upgrade` moves old values along.
STATE_VERSION = 1


class WindowState:
    """Window geometry, splitter and table layout, filter text, last article and import folder.

    The last opened article is remembered per database: ids from one library mean nothing in
    another.
    """

    def __init__(self, settings_path: Path | None = None) -> None:
        if settings_path is not None:
            self._settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        else:
            self._settings = QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                ORGANIZATION,
                APPLICATION,
            )
        self._upgrade()

    @property
    def path(self) -> str:
        return self._settings.fileName()

    def sync(self) -> None:
        self._settings.sync()

    # -- typed helpers -----------------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _str(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def _int(self, key: str) -> int | None:
        value = self._settings.value(key)
        try:
            return int(value) if value is not None and value != "" else None
        except (TypeError, ValueError):
            return None

    def _set(self, key: str, value: object) -> None:
        if value is None:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, value)

    def _upgrade(self) -> None:
        version = self._int("state/version") or 0
        if version < STATE_VERSION:
            # Version 0 is an empty file; later versions will translate old keys here.
            self._settings.setValue("state/version", STATE_VERSION)

    # -- window ------------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray | None) -> None:
        self._set("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray | None) -> None:
        self._set("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray | None) -> None:
        self._set("window/splitter", value)

    @property
    def table_header_state(self) -> QByteArray | None:
        return self._bytes("library/header")

    @table_header_state.setter
    def table_header_state(self, value: QByteArray | None) -> None:
        self._set("library/header", value)

    # -- library -----------------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._str("library/filter")

    @filter_text.setter
    def filter_text(self, value: str) -> None:
        self._set("library/filter", value or None)

    @property
    def last_import_folder(self) -> Path | None:
        value = self._str("library/last_import_folder")
        return Path(value) if value else None

    @last_import_folder.setter
    def last_import_folder(self, value: Path | None) -> None:
        self._set("library/last_import_folder", str(value) if value else None)

    def last_article(self, database_url: str) -> int | None:
        return self._int(f"last_article/{_key(database_url)}")

    def set_last_article(self, database_url: str, article_id: int | None) -> None:
        self._set(f"last_article/{_key(database_url)}", article_id)


def _key(database_url: str) -> str:
    # Settings keys cannot hold slashes or colons portably; a short digest names the database.
    return hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:16]
