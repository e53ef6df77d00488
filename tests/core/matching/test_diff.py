"""Word diffs between two wordings of one statement.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from desk.core.matching.diff import describe, differs, spaced, word_diff


def _theirs(diff: tuple[tuple[str, str], ...]) -> str:
    return "".join(text for op, text in diff if op in ("equal", "insert"))


def _ours(diff: tuple[tuple[str, str], ...]) -> str:
    return "".join(text for op, text in diff if op in ("equal", "delete"))


def test_an_added_word_is_one_insert() -> None:
    ours = "We will not back down from this fight."
    theirs = "We will never ever back down from this fight."
    diff = word_diff(ours, theirs)

    assert [op for op, _ in diff] == ["equal", "delete", "insert", "equal"]
    assert [text.strip() for op, text in diff if op != "equal"] == ["not", "never ever"]
    assert _theirs(diff) == theirs


def test_a_dropped_word_is_one_delete() -> None:
    ours = "The deal is a very good deal for the region"
    theirs = "The deal is a good deal for the region"
    diff = word_diff(ours, theirs)

    assert [(op, text.strip()) for op, text in diff if op != "equal"] == [("delete", "very")]
    assert _theirs(diff) == theirs
    assert describe(diff) == "drops “very”"


def test_joining_equal_and_insert_parts_rebuilds_the_variant_exactly() -> None:
    ours = "“It is crystal clear,” he said, “that the talks failed.”"
    theirs = "'It's crystal-clear' -- that the TALKS have failed!!"
    diff = word_diff(ours, theirs)
    assert _theirs(diff) == theirs
    assert differs(diff)


def test_marks_case_and_spelling_are_not_differences() -> None:
    ours = "“We will RE-ENGAGE with the programme, at 10 per cent.”"
    theirs = "'we will reengage with the program at ten percent'"
    diff = word_diff(ours, theirs)

    assert not differs(diff)
    assert {op for op, _ in diff} == {"equal"}
    assert _theirs(diff) == theirs


def test_identical_text_is_one_equal_part() -> None:
    text = "Talks will resume in the spring."
    assert word_diff(text, text) == (("equal", text),)
    assert word_diff("", "") == ()


def test_text_without_words_is_kept() -> None:
    assert _theirs(word_diff("Yes.", "…")) == "…"
    assert _theirs(word_diff("…", "Yes.")) == "Yes."


def test_describe_names_the_changes_a_reader_sees() -> None:
    diff = word_diff("The minister says the talks are over", "The minister said the talks are over")
    assert describe(diff) == "“said” for “says”"

    many = word_diff("one two three four five six", "uno two tres four cinco six")
    assert describe(many, limit=2) == "“uno” for “one”; “tres” for “three” and 1 more"


def test_spaced_keeps_changed_words_apart() -> None:
    diff = word_diff("a grisly scene", "a grizzly scene")
    assert [op for op, _ in diff] == ["equal", "delete", "insert", "equal"]
    end = word_diff("it was grisly", "it was grizzly")
    parts = spaced(end)
    joined = "".join(text for _, text in parts)
    assert "grislygrizzly" not in joined
    assert "grisly grizzly" in joined
