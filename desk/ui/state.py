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
    """Window layout, open articles, filters and the user's own preferences.

    Open articles are remembered per database: ids from one library mean nothing in another.
    Preferences that belong to the person rather than the library (the checker's name, which
    database to open) live here too; library-wide ones are stored in the library itself.
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

    @property
    def status_filter(self) -> str:
        return self._str("library/status_filter")

    @status_filter.setter
    def status_filter(self, value: str) -> None:
        self._set("library/status_filter", value or None)

    @property
    def reading_state(self) -> QByteArray | None:
        return self._bytes("reading/splitter")

    @reading_state.setter
    def reading_state(self, value: QByteArray | None) -> None:
        self._set("reading/splitter", value)

    @property
    def quote_header_state(self) -> QByteArray | None:
        return self._bytes("quotes/header")

    @quote_header_state.setter
    def quote_header_state(self, value: QByteArray | None) -> None:
        self._set("quotes/header", value)

    # -- preferences -------------------------------------------------------------------------

    @property
    def checker_name(self) -> str:
        """The name written into a quote's history; empty means the library's default."""
        return self._str("preferences/checker").strip()

    @checker_name.setter
    def checker_name(self, value: str) -> None:
        self._set("preferences/checker", value.strip() or None)

    @property
    def database(self) -> str:
        """The library to open next time when neither ``--db`` nor ``DESK_DB`` says."""
        return self._str("preferences/database")

    @database.setter
    def database(self, value: str) -> None:
        self._set("preferences/database", value or None)

    # -- per database ------------------------------------------------------------------------

    def open_articles(self, database_url: str) -> list[int]:
        """The articles open side by side when the window closed, left to right."""
        value = self._str(f"open_articles/{_key(database_url)}")
        return [int(part) for part in value.split() if part.isdigit()]

    def set_open_articles(self, database_url: str, article_ids: list[int]) -> None:
        # Spaces, not commas: an INI QSettings reads "1,2" back as a list.
        text = " ".join(str(i) for i in article_ids)
        self._set(f"open_articles/{_key(database_url)}", text or None)

    def selected_quote(self, database_url: str) -> int | None:
        return self._int(f"selected_quote/{_key(database_url)}")

    def set_selected_quote(self, database_url: str, quote_id: int | None) -> None:
        self._set(f"selected_quote/{_key(database_url)}", quote_id)

    def last_article(self, database_url: str) -> int | None:
        return self._int(f"last_article/{_key(database_url)}")

    def set_last_article(self, database_url: str, article_id: int | None) -> None:
        self._set(f"last_article/{_key(database_url)}", article_id)


def _key(database_url: str) -> str:
    # Settings keys cannot hold slashes or colons portably; a short digest names the database.
    return hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:16]
