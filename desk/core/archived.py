"""What an attached archive says about one library quote, as the sheet and the window show it.

:meth:`~desk.core.library.Library.archive_matches` gives the archive's groups for a quote; a
checker wants fewer, plainer facts: where the statement was first seen, and each distinct
wording the archive holds with its word differences from the quote being checked. Both the
quote sheet and the details panel read this one value, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desk.core.archive import ArchiveMatch, FirstSeen
from desk.core.matching import Diff, Relation, word_diff


@dataclass(frozen=True, slots=True)
class ArchiveWording:
    """One wording of the statement in the archive, at its earliest report.

    ``diff`` goes from the library quote to this wording, as for other outlets' variants;
    ``reports`` counts the archive reports shown that carry these very words.
    """

    text: str
    diff: Diff
    outlet: str | None
    published: date | None
    speaker: str | None
    article: str
    reports: int = 1

    @property
    def where(self) -> str:
        """ "Lakeside Wire, 2019-03-01": a line a spreadsheet or a list shows as it is."""
        outlet = self.outlet or "Unknown outlet"
        return f"{outlet}, {self.published.isoformat()}" if self.published else outlet


@dataclass(frozen=True, slots=True)
class ArchiveReport:
    """The archive's reports of one quote: first seen where and when, how many reports in all
    (``size``), and the distinct wordings other than the quote's own article's."""

    first_seen: FirstSeen | None
    size: int
    wordings: tuple[ArchiveWording, ...]

    @property
    def first_seen_line(self) -> str | None:
        """ "Lakeside Wire, 2019-03-01", or None when no report in the archive is dated."""
        seen = self.first_seen
        if seen is None:
            return None
        return f"{seen.outlet or 'Unknown outlet'}, {seen.published.isoformat()}"


def archive_name(article_id: int, path: str | None, url: str | None) -> int | str:
    """A library article as an archive names it: its file path, else its web address, else
    its id; how a lookup leaves the article's own report out."""
    return path or url or article_id


def archive_report(
    text: str, matches: Sequence[ArchiveMatch], own_article: str | int | None = None
) -> ArchiveReport | None:
    """The report of ``matches`` (one quote's lookup) against the quote's words ``text``.

    A short fragment the matcher only calls *possible* is left out, as in the library's own
    variants: it needs a person to confirm it. Reports in ``own_article`` (the library
    article, when the archive holds it too) are not other wordings. None when nothing is left.
    """
    usable = [m for m in matches if m.relation is not Relation.POSSIBLE]
    if not usable:
        return None
    dated = [m.first_seen for m in usable if m.first_seen is not None]
    first = min(dated, key=lambda s: (s.published, s.article)) if dated else None
    own = str(own_article) if own_article is not None else None
    found: dict[str, ArchiveWording] = {}
    for match in usable:
        for member in match.members:
            if own is not None and str(member.article) == own:
                continue
            words = member.text.strip()
            known = found.get(words)
            if known is not None:
                found[words] = _more(known)
                continue
            found[words] = ArchiveWording(
                text=member.text,
                diff=word_diff(text, member.text),
                outlet=member.outlet,
                published=member.published,
                speaker=member.speaker,
                article=str(member.article),
            )
    wordings = sorted(found.values(), key=lambda w: (w.published or date.max, w.article))
    return ArchiveReport(first, sum(m.size for m in usable), tuple(wordings))


def _more(wording: ArchiveWording) -> ArchiveWording:
    return ArchiveWording(
        wording.text,
        wording.diff,
        wording.outlet,
        wording.published,
        wording.speaker,
        wording.article,
        wording.reports + 1,
    )


def marked(diff: Diff) -> str:
    """A diff as text with marks, as ``desk match`` prints it: ``[-removed-] {+added+}``."""
    marks = {"equal": ("", ""), "insert": ("{+", "+}"), "delete": ("[-", "-]")}
    out = ""
    for op, part in diff:
        words = part if op == "equal" else part.strip()
        if not words:
            continue
        before, after = marks.get(op, ("{~", "~}"))
        if out and not out[-1].isspace() and not words[0].isspace() and words[0] not in _CLOSING:
            out += " "
        out += before + words + after
        if op != "equal" and part[-1].isspace():
            out += " "
    return out


_CLOSING = frozenset(",.;:!?)]}”’'\"")


__all__ = ["ArchiveReport", "ArchiveWording", "archive_name", "archive_report", "marked"]
