"""Thresholds come from the library's settings; a bad stored value never breaks matching."""

from __future__ import annotations

from desk.core.matching import MatchSettings


def test_stored_thresholds_are_read_and_bad_ones_keep_their_defaults() -> None:
    stored = {"match.threshold": "92", "match.loose_threshold": "ninety", "match.min_words": None}
    settings = MatchSettings.from_store(stored.get)
    assert settings.threshold == 92
    assert settings.loose_threshold == MatchSettings().loose_threshold
    assert settings.min_words == MatchSettings().min_words


def test_thresholds_out_of_range_are_held_to_sensible_values() -> None:
    stored = {"match.threshold": "400", "match.loose_threshold": "-3", "match.min_words": "0"}
    settings = MatchSettings.from_store(stored.get)
    assert (settings.threshold, settings.loose_threshold, settings.min_words) == (100, 50, 2)
