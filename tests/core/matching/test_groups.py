"""Groups a checker reads: one statement per group, its canonical wording, variants, flags.

Every sentence, person and outlet here is invented for the test.
"""

from __future__ import annotations

from desk.core.matching import (
    FlagKind,
    Group,
    Link,
    MatchQuote,
    MatchReport,
    Relation,
    build_groups,
    match_quotes,
    speakers_agree,
)

LONG = (
    "I want to make it crystal clear that we will not back down from this fight in the months ahead"
)


def _quote(
    key: int, text: str, speaker: str | None = None, outlet: str | None = None
) -> MatchQuote:
    return MatchQuote(key, f"article-{key}", text, speaker=speaker, outlet=outlet)


def _group_of(groups: tuple[Group, ...] | list[Group], member: int) -> Group:
    return next(g for g in groups if member in g.members)


def _kinds(group: Group) -> list[FlagKind]:
    return [flag.kind for flag in group.flags]


def test_the_same_statement_in_three_outlets_is_one_group_with_the_common_wording() -> None:
    quotes = [
        _quote(0, "We won't back down from this fight, in the months ahead", "Kerry", "Daily A"),
        _quote(1, LONG, "John Kerry", "Daily B"),
        _quote(2, LONG.upper() + "!", "Kerry", "Daily C"),
        _quote(3, "“" + LONG.replace("months", "weeks") + "”", "John Kerry", "Daily D"),
        _quote(4, "The harvest was poor this year because of the long drought in the south"),
    ]
    result = match_quotes(quotes)
    group = _group_of(result.groups, 1)

    assert set(group.members) == {0, 1, 2, 3}  # 0 is a fragment of the others
    # Two reports share one wording (case and marks aside); that one is canonical.
    assert group.members[group.canonical] in (1, 2)
    assert group.canonical_text in (LONG, LONG.upper() + "!")
    assert _group_of(result.groups, 4).members == (4,)


def test_a_departing_wording_is_flagged_and_a_surface_change_is_not() -> None:
    quotes = [
        _quote(0, LONG, "John Kerry", "Daily A"),
        _quote(1, "“" + LONG.upper() + ",” ", "Kerry", "Daily B"),
        _quote(2, LONG.replace("will not", "won't").replace("months", "weeks"), "Kerry", "Daily C"),
    ]
    group = match_quotes(quotes).groups[0]
    assert set(group.members) == {0, 1, 2}

    wording = [f for f in group.flags if f.kind is FlagKind.WORDING_DIFFERS]
    assert len(wording) == 1
    (flag,) = wording
    departing = group.members.index(2)
    assert departing in flag.quotes
    assert group.members.index(1) not in flag.quotes
    assert flag.reason.startswith("Daily C’s wording differs from Daily")
    assert "“weeks” for “months”" in flag.reason
    assert "\n" not in flag.reason
    assert FlagKind.SPEAKER_CONFLICT not in _kinds(group)  # Kerry and John Kerry agree


def test_variant_diffs_rebuild_each_members_wording() -> None:
    quotes = [
        _quote(0, LONG, outlet="Daily A"),
        _quote(1, LONG, outlet="Daily B"),
        _quote(2, LONG.replace("crystal clear", "clear").replace("will not", "will never")),
    ]
    group = match_quotes(quotes).groups[0]
    assert len(group.members) == 3
    for variant in group.variants:
        member = quotes[group.members[variant.quote]]
        rebuilt = "".join(text for op, text in variant.diff if op in ("equal", "insert"))
        assert rebuilt == member.text
        original = "".join(text for op, text in variant.diff if op in ("equal", "delete"))
        assert original.split() == group.canonical_text.split()


def test_same_words_under_different_people_is_a_speaker_conflict() -> None:
    quotes = [
        _quote(0, LONG, "Maria Delgado", "Daily A"),
        _quote(1, LONG, "Tom Rivers", "Daily B"),
        _quote(2, LONG, "Delgado", "Daily C"),
    ]
    group = match_quotes(quotes).groups[0]
    (flag,) = [f for f in group.flags if f.kind is FlagKind.SPEAKER_CONFLICT]

    assert flag.reason == (
        "The same words are attributed to Maria Delgado (Daily A, Daily C)"
        " and to Tom Rivers (Daily B)."
    )
    assert set(flag.quotes) == {0, 1, 2}
    assert FlagKind.WORDING_DIFFERS not in _kinds(group)


def test_a_surname_and_the_full_name_are_one_person() -> None:
    assert speakers_agree("Kerry", "John Kerry")
    assert speakers_agree("John F. Kerry", "Kerry")
    assert speakers_agree(None, "Kerry")
    assert not speakers_agree("John Kerry", "Chuck Hagel")
    quotes = [_quote(0, LONG, "Kerry", "A"), _quote(1, LONG, "John Kerry", "B")]
    assert FlagKind.SPEAKER_CONFLICT not in _kinds(match_quotes(quotes).groups[0])


def test_a_quote_no_other_article_has_is_single_source() -> None:
    quotes = [
        _quote(0, LONG, outlet="Daily A"),
        _quote(1, LONG, outlet="Daily B"),
        _quote(2, "Nobody else reported that the bridge inspection was cancelled twice last year"),
    ]
    groups = match_quotes(quotes).groups
    alone = _group_of(groups, 2)
    assert _kinds(alone) == [FlagKind.SINGLE_SOURCE]
    assert alone.flags[0].reason == "No other article in the library reports this quote."
    assert FlagKind.SINGLE_SOURCE not in _kinds(_group_of(groups, 0))


def test_one_article_alone_flags_nothing_as_single_source() -> None:
    quotes = [MatchQuote(0, "only", LONG), MatchQuote(1, "only", "Another thing entirely said")]
    assert all(g.flags == () for g in match_quotes(quotes).groups)


def test_a_short_fragment_joins_its_longer_quote_located_by_alignment() -> None:
    quotes = [
        _quote(0, LONG, "John Kerry", "Daily A"),
        _quote(1, "crystal clear", "Kerry", "Daily B"),
    ]
    result = match_quotes(quotes)
    (group,) = result.groups
    assert set(group.members) == {0, 1}
    assert group.canonical_text == LONG

    variant = group.variant_of(group.members.index(1))
    assert variant is not None
    assert variant.relation is Relation.POSSIBLE
    assert variant.within is not None
    start, end = variant.within
    assert LONG[start:end] == "crystal clear"

    (flag,) = [f for f in group.flags if f.kind is FlagKind.FRAGMENT]
    assert flag.reason == (
        "A fragment of the longer quote in Daily A (words 6–7 of 20);"
        " a short fragment: confirm the match"
    )


def test_a_short_fragment_without_known_speakers_stays_alone() -> None:
    # Two words are a common phrase as often as a fragment: only agreeing speakers link them.
    quotes = [_quote(0, LONG, None, "Daily A"), _quote(1, "crystal clear", None, "Daily B")]
    assert len(match_quotes(quotes).groups) == 2
    conflict = [_quote(0, LONG, "Tom Rivers", "A"), _quote(1, "crystal clear", "Ann Lee", "B")]
    assert len(match_quotes(conflict).groups) == 2


def test_a_long_fragment_is_flagged_as_a_fragment_without_asking_to_confirm() -> None:
    part = "we will not back down from this fight in the months ahead"
    quotes = [_quote(0, LONG, outlet="Daily A"), _quote(1, f"…{part}…", outlet="Daily B")]
    (group,) = match_quotes(quotes).groups
    variant = group.variant_of(group.members.index(1))
    assert variant is not None
    assert variant.relation is Relation.FRAGMENT
    assert variant.within is not None
    assert LONG[variant.within[0] : variant.within[1]] == part
    (flag,) = [f for f in group.flags if f.kind is FlagKind.FRAGMENT]
    assert "confirm" not in flag.reason
    assert FlagKind.WORDING_DIFFERS not in _kinds(group)


def test_a_generic_fragment_does_not_snowball_two_unrelated_quotes() -> None:
    generic = "we are going to keep working on this issue"
    quotes = [
        _quote(
            0,
            "The harbour plan is finished and we are going to keep working on this issue "
            "until the ships come back to port",
            "Ana Lopez",
            "Daily A",
        ),
        _quote(
            1,
            "Teachers deserve better pay, and we are going to keep working on this issue with "
            "every school board in the state",
            "Ben Ortiz",
            "Daily B",
        ),
        _quote(2, generic, None, "Daily C"),
    ]
    result = match_quotes(quotes)
    # The fragment matches both...
    assert {(link.a, link.b) for link in result.links} == {(2, 0), (2, 1)}
    # ...but joins only one of them, and the two full quotes stay apart.
    assert _group_of(result.groups, 0) is not _group_of(result.groups, 1)
    assert sum(2 in g.members for g in result.groups) == 1
    assert len(result.groups) == 2


def test_build_groups_merges_only_on_whole_quote_links() -> None:
    quotes = [_quote(i, f"quote number {i} with some words in it") for i in range(5)]
    quotes[4] = _quote(4, "some words")
    links = [
        Link(0, 1, Relation.SAME, 90.0),
        Link(4, 0, Relation.POSSIBLE, 100.0, (3, 5)),
        Link(4, 2, Relation.POSSIBLE, 100.0, (3, 5)),
        Link(4, 3, Relation.FRAGMENT, 95.0, (3, 5)),
    ]
    groups = build_groups(quotes, links)
    assert sorted(sorted(g.members) for g in groups) == [[0, 1], [2], [3, 4]]
    # a FRAGMENT link outranks a POSSIBLE one; every quote is in exactly one group
    assert sorted(m for g in groups for m in g.members) == [0, 1, 2, 3, 4]
    assert [g.id for g in groups] == [1, 2, 3]


def test_report_indexes_groups_counterparts_and_suspicious_flags() -> None:
    quotes = [
        _quote(10, LONG, "John Kerry", "Daily A"),
        _quote(11, LONG, "Kerry", "Daily B"),
        _quote(12, LONG.replace("will not", "shall never"), "Kerry", "Daily C"),
        _quote(13, "A quote only one paper carried about the new bridge tolls in March"),
    ]
    result = match_quotes(quotes)
    report = MatchReport(result.quotes, result.groups)

    assert report.matches(10) == 2
    assert report.matches(13) == 0
    assert [f.kind for f in report.suspicious(12)] == [FlagKind.WORDING_DIFFERS]
    assert report.suspicious(13) == []
    assert report.flagged_by_article() == {"article-10": 1, "article-12": 1}
    others = report.counterparts(12)
    assert {c.quote.key for c in others} == {10, 11}
    for counterpart in others:
        assert "".join(t for op, t in counterpart.diff if op != "delete") == LONG
