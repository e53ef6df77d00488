"""Importing W3C Web Annotations: find each annotated quote again, even in edited text.

An annotation names its article (``target.source``: the article's address, or
``urn:sha256:`` + the content hash of its text) and the quote three ways: the exact words with
a little text either side (TextQuoteSelector) and character offsets (TextPositionSelector).
Offsets break as soon as the article changes; words rarely change much. So the words lead:

1. the exact words, the occurrence whose surroundings agree best with prefix and suffix (the
   offsets only break ties);
2. failing that, the closest fuzzy match (rapidfuzz), looked for near the old offsets first,
   its edges moved to word boundaries, accepted above :data:`FUZZY_THRESHOLD`.

Articles are tried in order: same content hash, same address, same headline, then every
article, so an annotation still lands when the story was re-imported in a corrected version.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from desk.core.entities import Article, DocumentKind, Quote, QuoteEdit, QuoteStatus, Review
from desk.core.errors import DeskError
from desk.core.library import Library

#: The least similarity (0–100) between the annotated words and the text found for them.
FUZZY_THRESHOLD = 80.0

_DESK = "urn:quote-desk:"


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    method: str  # "exact" or "fuzzy"
    score: float = 100.0


def anchor(
    text: str,
    exact: str,
    *,
    prefix: str = "",
    suffix: str = "",
    start: int | None = None,
    threshold: float = FUZZY_THRESHOLD,
) -> Anchor | None:
    """Where ``exact`` is in ``text`` now, or ``None`` when nothing is similar enough."""
    if not exact.strip():
        return None
    hits = _occurrences(text, exact)
    if hits:

        def fit(at: int) -> tuple[int, int]:
            agree = _common_suffix(text[max(0, at - len(prefix)) : at], prefix) + _common_prefix(
                text[at + len(exact) : at + len(exact) + len(suffix)], suffix
            )
            return (agree, -abs(at - start) if start is not None else 0)

        best = max(hits, key=fit)
        return Anchor(best, best + len(exact), "exact")
    return _fuzzy(text, exact, start, threshold)


def _occurrences(text: str, exact: str) -> list[int]:
    found = []
    at = text.find(exact)
    while at != -1:
        found.append(at)
        at = text.find(exact, at + 1)
    return found


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _fuzzy(text: str, exact: str, hint: int | None, threshold: float) -> Anchor | None:
    regions = [(0, len(text))]
    if hint is not None:
        reach = 2 * len(exact) + 200
        regions.insert(0, (max(0, hint - reach), min(len(text), hint + len(exact) + reach)))
    for low, high in regions:
        # The window has the annotated length, so words added in between lower its score
        # more than the refined span's: look with a lower bar, then judge the refined span.
        found = fuzz.partial_ratio_alignment(
            exact, text[low:high], score_cutoff=max(0.0, threshold - 15)
        )
        if found is None:
            continue
        refined = _refine(text, exact, low + found.dest_start, low + found.dest_end)
        if refined is not None and refined.score >= threshold:
            return refined
    return None


def _is_word(char: str) -> bool:
    return char.isalnum() or char in "'’"


def _boundaries(text: str, low: int, high: int) -> list[int]:
    """Offsets in ``[low, high]`` where a word begins or ends."""
    low, high = max(0, low), min(len(text), high)
    return [
        i
        for i in range(low, high + 1)
        if i in (0, len(text)) or _is_word(text[i - 1]) != _is_word(text[i])
    ]


def _refine(text: str, exact: str, start: int, end: int) -> Anchor | None:
    """Move a fuzzy match's edges to the word boundaries that fit ``exact`` best.

    The alignment has the length of the annotated words, so a quote that gained or lost a word
    would be cut short or run over without this.
    """
    slack = max(12, len(exact) // 4)
    starts = _boundaries(text, start - slack, start + slack)
    ends = _boundaries(text, end - slack, end + slack)
    best: Anchor | None = None
    for s in starts:
        for e in ends:
            if e <= s:
                continue
            candidate = text[s:e].strip()
            if not candidate:
                continue
            s2 = s + (len(text[s:e]) - len(text[s:e].lstrip()))
            score = fuzz.ratio(exact, candidate)
            if best is None or score > best.score:
                best = Anchor(s2, s2 + len(candidate), "fuzzy", score)
    return best


# -- reading annotation files ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnnotatedQuote:
    """What one annotation says, read leniently: other tools fill in less than we do."""

    id: str | None
    source: str | None
    content_hash: str | None
    headline: str | None
    exact: str
    prefix: str
    suffix: str
    start: int | None
    status: QuoteStatus | None
    note: str | None
    speaker: str | None
    role: str | None
    evidence_url: str | None
    partial: bool
    review: Review | None = None


class NotAnnotations(DeskError):
    """The file is not JSON, or holds no Web Annotations."""


def read_annotations(path: Path) -> tuple[list[AnnotatedQuote], list[Unanchored]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        raise NotAnnotations(f"{path} cannot be read: {error}") from error
    except json.JSONDecodeError as error:
        raise NotAnnotations(f"{path} is not JSON: {error}") from error
    return parse_annotations(data)


def parse_annotations(data: object) -> tuple[list[AnnotatedQuote], list[Unanchored]]:
    """Annotations from an Annotation, a list, an AnnotationPage or an AnnotationCollection."""
    read: list[AnnotatedQuote] = []
    refused: list[Unanchored] = []
    items = list(_items(data))
    if not items:
        raise NotAnnotations("no Web Annotations found (expected type Annotation)")
    for item in items:
        try:
            read.append(_annotated_quote(item))
        except ValueError as error:
            ident = item.get("id") if isinstance(item.get("id"), str) else None
            refused.append(Unanchored(ident, None, str(error)))
    return read, refused


def _types(value: Mapping[str, Any]) -> set[str]:
    kind = value.get("type", value.get("@type"))
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _items(data: object) -> Iterator[Mapping[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _items(item)
        return
    if not isinstance(data, Mapping):
        return
    kinds = _types(data)
    if "Annotation" in kinds:
        yield data
    elif "AnnotationPage" in kinds:
        yield from _items(data.get("items", []))
    elif "AnnotationCollection" in kinds:
        yield from _items(data.get("first", {}))


def _term(data: Mapping[str, Any], name: str) -> Any:
    return data.get(f"desk:{name}", data.get(f"{_DESK}{name}"))


def _annotated_quote(item: Mapping[str, Any]) -> AnnotatedQuote:
    targets = item.get("target")
    target = targets[0] if isinstance(targets, list) and targets else targets
    if not isinstance(target, Mapping):
        raise ValueError("the annotation has no target with selectors")
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    text_quote = next((s for s in selectors if "TextQuoteSelector" in _types(s)), None)
    position = next((s for s in selectors if "TextPositionSelector" in _types(s)), None)
    if text_quote is None or not isinstance(text_quote.get("exact"), str):
        raise ValueError("the annotation has no TextQuoteSelector with the exact words")
    bodies = item.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]

    def body(purpose: str) -> str | None:
        for b in bodies:
            if isinstance(b, Mapping) and b.get("purpose") == purpose:
                value = b.get("value", b.get("id"))
                return value if isinstance(value, str) else None
        return None

    source = target.get("source")
    source = source if isinstance(source, str) else None
    content_hash = _term(target, "contentHash")
    if content_hash is None and source and source.startswith("urn:sha256:"):
        content_hash = source.removeprefix("urn:sha256:")
    start = position.get("start") if position is not None else None
    return AnnotatedQuote(
        id=item.get("id") if isinstance(item.get("id"), str) else None,
        source=None if source is None or source.startswith("urn:") else source,
        content_hash=content_hash if isinstance(content_hash, str) else None,
        headline=_term(target, "headline"),
        exact=text_quote["exact"],
        prefix=str(text_quote.get("prefix") or ""),
        suffix=str(text_quote.get("suffix") or ""),
        start=start if isinstance(start, int) else None,
        status=_status(_term(item, "status") or body("assessing")),
        note=body("commenting"),
        speaker=body("identifying"),
        role=_term(item, "speakerRole"),
        evidence_url=body("linking"),
        partial=_term(item, "partial") is True,
        review=_review(_term(item, "review")),
    )


def _review(value: object) -> Review | None:
    try:
        return Review(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _status(value: object) -> QuoteStatus | None:
    if not isinstance(value, str):
        return None
    try:
        return QuoteStatus(value.strip().lower())
    except ValueError:
        return None


# -- putting them into a library -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Anchored:
    annotation_id: str | None
    article_id: int
    quote_id: int | None  # None in a dry run that would create one
    start: int
    end: int
    method: str
    action: str  # "created", "updated" or "unchanged"


@dataclass(frozen=True, slots=True)
class Unanchored:
    annotation_id: str | None
    exact: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class AnnotationImport:
    anchored: tuple[Anchored, ...] = ()
    unanchored: tuple[Unanchored, ...] = ()

    def summary(self) -> str:
        counts = {
            a: sum(1 for x in self.anchored if x.action == a)
            for a in ("created", "updated", "unchanged")
        }
        parts = ", ".join(f"{n} {a}" for a, n in counts.items())
        return f"{len(self.anchored)} anchored ({parts}), {len(self.unanchored)} not anchored"


@dataclass
class _Articles:
    """The library's articles, loaded once and only when an annotation needs them."""

    library: Library
    _all: list[Article] | None = field(default=None)

    def all(self) -> list[Article]:
        if self._all is None:
            self._all = [
                self.library.article(s.id)
                for s in self.library.articles()
                if s.kind is DocumentKind.ARTICLE
            ]
        return self._all

    def candidates(self, note: AnnotatedQuote) -> Iterator[Article]:
        """Likeliest first; each article once."""
        seen: set[int] = set()
        tiers = (
            lambda a: note.content_hash is not None and a.content_hash == note.content_hash,
            lambda a: note.source is not None and a.url == note.source,
            lambda a: bool(note.headline) and a.title == note.headline,
            lambda a: True,
        )
        for matches in tiers:
            for article in self.all():
                if article.id not in seen and matches(article):
                    seen.add(article.id)
                    yield article


def import_annotations(
    library: Library,
    annotations: Sequence[AnnotatedQuote],
    *,
    by: str | None,
    dry_run: bool = False,
) -> AnnotationImport:
    """Create a quote at each re-anchored span, or update the quote already there.

    An existing quote at the same span takes the annotation's status, note, evidence link,
    speaker and review; an annotation that names no review (another tool's) counts as accepted,
    since the file is someone's decision. Annotations are saved one by one; one that cannot be
    anchored is reported.
    """
    articles = _Articles(library)
    anchored: list[Anchored] = []
    unanchored: list[Unanchored] = []
    for note in annotations:
        place = _find(articles, note)
        if place is None:
            unanchored.append(
                Unanchored(
                    note.id, note.exact, "no article holds these words or words close to them"
                )
            )
            continue
        article, found = place
        anchored.append(_apply(library, article, found, note, by, dry_run))
    return AnnotationImport(tuple(anchored), tuple(unanchored))


def _find(articles: _Articles, note: AnnotatedQuote) -> tuple[Article, Anchor] | None:
    fuzzy: tuple[Article, Anchor] | None = None
    for article in articles.candidates(note):
        found = anchor(
            article.text, note.exact, prefix=note.prefix, suffix=note.suffix, start=note.start
        )
        if found is None:
            continue
        if found.method == "exact":
            return article, found
        if fuzzy is None or found.score > fuzzy[1].score:
            fuzzy = (article, found)
    return fuzzy


def _apply(
    library: Library,
    article: Article,
    found: Anchor,
    note: AnnotatedQuote,
    by: str | None,
    dry_run: bool,
) -> Anchored:
    existing = next(
        (
            q
            for q in library.quotes([article.id], include_deleted=False)
            if (q.start, q.end) == (found.start, found.end)
        ),
        None,
    )
    speaker_id = _person_id(library, note.speaker, note.role, dry_run) if note.speaker else None

    def result(quote_id: int | None, action: str) -> Anchored:
        return Anchored(note.id, article.id, quote_id, found.start, found.end, found.method, action)

    if existing is None:
        if dry_run:
            return result(None, "created")
        quote = library.mark_quote(
            article.id,
            found.start,
            found.end,
            speaker_id=speaker_id,
            partial=note.partial,
            by=by,
            then=_new_quote_edit(note),
        )
        return result(quote.id, "created")
    edit = _edit(existing, note, speaker_id)
    if not edit.changes():
        return result(existing.id, "unchanged")
    if not dry_run:
        library.edit_quote(existing.id, edit, expected_version=existing.version, by=by)
    return result(existing.id, "updated")


def _new_quote_edit(note: AnnotatedQuote) -> QuoteEdit:
    """What an annotation sets on a quote it creates (marked quotes start accepted, unchecked)."""
    changes: dict[str, Any] = {}
    if note.status is not None and note.status is not QuoteStatus.UNCHECKED:
        changes["status"] = note.status
    if note.note and note.note.strip():
        changes["note"] = note.note
    if note.evidence_url and note.evidence_url.strip():
        changes["evidence_url"] = note.evidence_url
    if note.review is not None and note.review is not Review.ACCEPTED:
        changes["review"] = note.review
    return QuoteEdit(**changes)


def _edit(quote: Quote, note: AnnotatedQuote, speaker_id: int | None) -> QuoteEdit:
    changes: dict[str, Any] = {}
    if note.status is not None and note.status is not quote.status:
        changes["status"] = note.status
    if note.note is not None and note.note.strip() != (quote.note or ""):
        changes["note"] = note.note
    if note.evidence_url is not None and note.evidence_url.strip() != (quote.evidence_url or ""):
        changes["evidence_url"] = note.evidence_url
    if speaker_id is not None and speaker_id != quote.speaker_id:
        changes["speaker_id"] = speaker_id
    review = note.review or Review.ACCEPTED
    if quote.review is not review:
        changes["review"] = review
    return QuoteEdit(**changes)


def _person_id(library: Library, name: str, role: str | None, dry_run: bool) -> int | None:
    """The person called ``name`` (by name or alias), created unless this is a dry run."""
    found = library.find_person(name)
    if found is not None:
        return found.id
    return None if dry_run else library.add_person(" ".join(name.split()), role).id
