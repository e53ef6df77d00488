"""Word-level differences between two wordings of one statement.

Words are compared by their comparable form (see :mod:`.words`), so a change of case, quote
mark, hyphen or spelling is not a difference; each part keeps the reporter's own characters.
"""

from __future__ import annotations

import difflib
import itertools
import re
from typing import Literal

from desk.core.matching.words import Word, words

DiffOp = Literal["equal", "insert", "delete", "replace"]
DIFF_OPS: tuple[DiffOp, ...] = ("equal", "insert", "delete", "replace")

Diff = tuple[tuple[DiffOp, str], ...]

_TRIM = re.compile(r"^[\W_]+|[\W_]+$")


def _pieces(text: str, found: list[Word]) -> list[str]:
    """``text`` cut before each word, so that the pieces join back into ``text`` exactly."""
    if not found:
        return [text] if text else []
    cuts = [0] + [w.start for w in found[1:]] + [len(text)]
    return [text[a:b] for a, b in itertools.pairwise(cuts)]


def word_diff(ours: str, theirs: str, *, ours_words: list[Word] | None = None) -> Diff:
    """The differences from ``ours`` to ``theirs``; a changed word is a delete then an insert.

    ``delete`` is wording only ``ours`` has, ``insert`` wording only ``theirs`` has. Equal words
    are spelt as in ``theirs``, so joining the ``equal`` and ``insert`` parts gives ``theirs``
    back exactly. ``ours_words`` saves splitting the same text again for every variant.
    """
    a_words = ours_words if ours_words is not None else words(ours)
    b_words = words(theirs)
    a, b = _pieces(ours, a_words), _pieces(theirs, b_words)
    a_forms = [w.form for w in a_words] or ([""] if a else [])
    b_forms = [w.form for w in b_words] or ([""] if b else [])
    matcher = difflib.SequenceMatcher(a=a_forms, b=b_forms, autojunk=False)
    ops: list[tuple[DiffOp, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(("equal", "".join(b[j1:j2])))
            continue
        if tag == "replace":
            ops.extend(_replaced("".join(a[i1:i2]), "".join(b[j1:j2])))
            continue
        if tag == "delete":
            ops.append(("delete", "".join(a[i1:i2])))
        if tag == "insert":
            ops.append(("insert", "".join(b[j1:j2])))
    merged: list[tuple[DiffOp, str]] = []
    for op, text in ops:
        if merged and merged[-1][0] == op == "equal":
            merged[-1] = ("equal", merged[-1][1] + text)
        else:
            merged.append((op, text))
    return tuple(merged)


def _replaced(old: str, new: str) -> list[tuple[DiffOp, str]]:
    """A changed run of words; the punctuation after it, when both have it, stays equal (so
    "agreement --" → "treaty --" reads as one changed word)."""
    keep = 0
    while (
        keep < min(len(old), len(new)) - 1
        and old[-1 - keep] == new[-1 - keep]
        and not old[-1 - keep].isalnum()
    ):
        keep += 1
    if not keep:
        return [("delete", old), ("insert", new)]
    return [("delete", old[:-keep]), ("insert", new[:-keep]), ("equal", new[-keep:])]


def differs(diff: Diff) -> bool:
    """Whether a diff changes any word (marks, case and spelling never count)."""
    return any(op != "equal" for op, _ in diff)


def describe(diff: Diff, limit: int = 2) -> str:
    """The first changes in words a person reads: “says” for “said”, adds “very”."""
    parts: list[str] = []
    ops = [(op, _TRIM.sub("", text)) for op, text in diff if op != "equal"]
    index = 0
    while index < len(ops):
        op, text = ops[index]
        following = ops[index + 1] if index + 1 < len(ops) else None
        if op == "delete" and following is not None and following[0] == "insert":
            parts.append(f"“{following[1]}” for “{text}”")
            index += 2
            continue
        parts.append(f"adds “{text}”" if op == "insert" else f"drops “{text}”")
        index += 1
    shown = parts[:limit]
    more = len(parts) - len(shown)
    return "; ".join(shown) + (f" and {more} more" if more > 0 else "")


def spaced(diff: Diff) -> list[tuple[DiffOp, str]]:
    """The diff with a space wherever two parts would otherwise run together.

    A changed word at the end of a quote carries no trailing space, so "grisly" deleted and
    "grizzly" inserted would print as "grislygrizzly".
    """
    parts = [(op, text) for op, text in diff if text]
    for index in range(len(parts) - 1):
        op, text = parts[index]
        following = parts[index + 1][1]
        if not text[-1].isspace() and not following[0].isspace():
            parts[index] = (op, text + " ")
    return parts
