"""Finding a full calendar date in a short header line.

Only complete dates (day, month and year) count: a publication date is printed whole on a page,
while prose mentions like "in early May 2021" never name a day and so are never mistaken for one.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

# "October 04, 2013", "Oct. 4, 2013", "Oct 4 2013"
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\.?\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
# "4 October 2013", "4 Oct. 2013"
_DAY_FIRST = re.compile(rf"\b{_DAY}\s+{_MONTH}\.?,?\s+{_YEAR}\b", re.IGNORECASE)
# "2013-10-04", "2013/10/04", "2013.10.04" (optionally followed by a time, e.g. "T05:21")
_NUMERIC = re.compile(r"(?<![\d.])(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?!\d)")

# Times as pages print them next to dates: "05:21", "5:21 PM", "05:21:09", "T05:21:00+09:00".
TIME = re.compile(
    r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?)(?![A-Za-z]))?"
    r"(?:\s*(?:[A-Z]{2,4}\b|[+-]\d{2}:?\d{2}))?(?![\d:])"
)

_PATTERNS = (_MONTH_FIRST, _DAY_FIRST, _NUMERIC)


def _make(year: str, month: int, day: str) -> date | None:
    y = int(year)
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, month, int(day))
    except ValueError:
        return None


def find_date_span(text: str) -> tuple[date, int, int] | None:
    """The first valid full date in ``text`` and where it is, or None."""
    best: tuple[date, int, int] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[1]:
                break
            groups = match.groupdict()
            if "mon" in groups and groups["mon"] is not None:
                month = _MONTHS[groups["mon"][:3].lower()]
            else:
                month = int(groups["month"])
            found = _make(groups["year"], month, groups["day"])
            if found is not None:
                best = (found, match.start(), match.end())
                break
    return best


def find_date(text: str) -> date | None:
    """The first valid full date written in ``text`` ("October 04, 2013", "2013-10-04", ...)."""
    span = find_date_span(text)
    return span[0] if span else None
