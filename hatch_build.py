"""Wheel build hook: quote detection compiled with mypyc, for the wheels that ask for it.

Detection is the inner loop of every import and of the archive job. Compiled, it finds the same
quotations about 1.4 times as fast (``bench/quotes.py`` says which build it timed). The hook is
off by default: an editable install would otherwise load compiled modules that no longer match
the sources being edited, and a machine without a C compiler could not install at all. Switch
it on with ``HATCH_BUILD_HOOK_ENABLE_CUSTOM=1`` when building a wheel (README, "Compiled
detection").

It compiles a copy of the package in a temporary folder, so the source tree never holds a
compiled module that would shadow its ``.py`` files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = "desk/core/detection"
# The one shared library of the compiled modules goes into ``desk``, not at the top of
# site-packages where mypyc would put it by default. Not into the detection package itself:
# its compiled ``__init__`` loads the library, which would need that package first.
GROUP = "desk._detection_native"

_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="desk-detection-native",
    ext_modules=mypycify({modules!r}, group_name={group!r}, opt_level="3"),
)
"""


class CompileDetection(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        if version == "editable":
            self.app.display_warning(
                "an editable install keeps quote detection pure Python (compiled modules would "
                "shadow the sources being edited)"
            )
            return
        self._work = Path(tempfile.mkdtemp(prefix="desk-mypyc-"))
        try:
            built = self._compile(Path(self.root), self._work)
        except BaseException:
            shutil.rmtree(self._work, ignore_errors=True)
            raise
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(self._work).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def _compile(self, root: Path, work: Path) -> list[Path]:
        """The compiled modules, built from a copy of the detection package in ``work``."""
        modules = sorted(path.relative_to(root) for path in (root / PACKAGE).glob("*.py"))
        for relative in [Path("desk/__init__.py"), Path("desk/core/__init__.py"), *modules]:
            (work / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / relative, work / relative)
        (work / "setup.py").write_text(
            _SETUP.format(modules=[str(m) for m in modules], group=GROUP), encoding="utf-8"
        )
        self.app.display_info(f"compiling {len(modules)} detection modules with mypyc")
        done = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--inplace"],
            cwd=work,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        if done.returncode:
            raise RuntimeError(f"mypyc could not compile quote detection:\n{done.stdout}")
        built = [path for pattern in ("*.so", "*.pyd") for path in (work / "desk").rglob(pattern)]
        if len(built) <= len(modules):  # one per module, and the shared library
            raise RuntimeError(f"mypyc built too few modules:\n{done.stdout}")
        return built

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
