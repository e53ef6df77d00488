"""``python -m desk`` behaves exactly like the ``desk`` command."""

import sys

from desk.cli import main

sys.exit(main())
