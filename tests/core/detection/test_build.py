"""The detection build under test is the one the run asked for.

An editable install must run the sources themselves: a compiled module left beside them would be
imported instead and hide every edit. CI also installs the compiled wheel and runs these tests
with ``DESK_DETECTION_BUILD=compiled``, where the same check proves the compiled modules ran.
"""

from __future__ import annotations

import os
import types

from desk.core import detection
from desk.core.detection import attribution, lexicon, marks, names


def test_detection_runs_the_build_asked_for() -> None:
    expected = os.environ.get("DESK_DETECTION_BUILD", "pure")
    assert expected in {"pure", "compiled"}, f"DESK_DETECTION_BUILD={expected!r}"
    functions = {
        "detect_quotes": detection.detect_quotes,
        "attribute": attribution.attribute,
        "word_set": lexicon.word_set,
        "find_spans": marks.find_spans,
        "looks_like_org": names.looks_like_org,
    }
    # A compiled function is a builtin; a pure one is a Python function object.
    interpreted = {name for name, f in functions.items() if isinstance(f, types.FunctionType)}
    if expected == "pure":
        assert interpreted == set(functions), f"compiled modules shadow the sources: {functions}"
    else:
        assert not interpreted, f"not compiled: {sorted(interpreted)}"
