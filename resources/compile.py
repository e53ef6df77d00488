"""Regenerate ``desk/ui/_resources_rc.py`` from ``resources/desk.qrc``.

Run after changing anything under ``resources/``: ``python resources/compile.py``. The generated
module is committed so that editable, wheel and frozen installs all find the icons and the
stylesheet without a build step; ``tests/ui/test_resources.py`` fails when it is stale.

The output is made reproducible: no compression (whose bytes depend on the zlib/zstd build)
and resource format 1, which carries no file modification times (a fresh clone would otherwise
differ from the committed file).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QRC = ROOT / "resources" / "desk.qrc"
OUTPUT = ROOT / "desk" / "ui" / "_resources_rc.py"
RCC_OPTIONS = ("-g", "python", "--no-compress", "--format-version", "1")


def rcc_command(qrc: Path, output: Path) -> list[str]:
    """The pyside6-rcc call, run through this interpreter so the venv's PySide6 is the one used."""
    launcher = "import sys; from PySide6.scripts.pyside_tool import rcc; sys.exit(rcc())"
    return [sys.executable, "-c", launcher, *RCC_OPTIONS, str(qrc), "-o", str(output)]


def compile_resources(qrc: Path = QRC, output: Path = OUTPUT) -> Path:
    subprocess.run(rcc_command(qrc, output), check=True, cwd=qrc.parent)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUTPUT, help=f"default: {OUTPUT}")
    args = parser.parse_args(argv)
    print(f"wrote {compile_resources(QRC, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
