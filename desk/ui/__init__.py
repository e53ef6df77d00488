"""Quote Desk's desktop window: thin PySide6 adapters over :mod:`desk.core`.

Nothing here holds domain logic. Widgets talk to :class:`desk.ui.controller.Controller`, which
calls the :class:`~desk.core.library.Library`; long work runs through
:class:`desk.ui.tasks.TaskRunner`, the only user of a thread pool.
"""

# Before anything else in the UI runs: see the module for the binding bug it refuses.
from desk.ui._binding_check import check_binding

check_binding()
