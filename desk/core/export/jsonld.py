"""The machine-readable exports: the full JSON sheet, ClaimReview and W3C Web Annotation.

The JSON sheet's layout is versioned by :data:`SCHEMA_VERSION` and documented in
``docs/export-columns.md``; add fields freely, but a rename or a change of meaning bumps it.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from desk import __version__
from desk.core.archived import ArchiveReport
from desk.core.entities import QuoteStatus
from desk.core.errors import DeskError
from desk.core.export.sheet import QuoteSheet, SheetArticle, SheetEntry, Variant
from desk.core.export.steps import Steps
from desk.core.progress import NO_PROGRESS, CancelToken, Progress

SCHEMA = "quote-desk/quote-sheet"
SCHEMA_VERSION = 1

#: Statuses a ClaimReview is published for: the verdicts a reader can act on.
CLAIM_REVIEW_STATUSES = (QuoteStatus.VERIFIED, QuoteStatus.MISQUOTED, QuoteStatus.MISATTRIBUTED)

#: ratingValue on a 1 (wrong) to 3 (right) scale; alternateName carries the verdict itself.
_RATING = {QuoteStatus.VERIFIED: 3, QuoteStatus.MISQUOTED: 1, QuoteStatus.MISATTRIBUTED: 1}

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: Terms Quote Desk adds to annotations (article id, content hash, status, speaker role).
DESK_VOCABULARY = "urn:quote-desk:"
_ANNOTATION_NAMESPACE = uuid.UUID("5f0d3c52-8e0e-4d6c-9a43-6a2f6c1d2b7e")


class MissingOrganisation(DeskError):
    """ClaimReview needs the reviewing organisation, and none is set."""


def _when(value: datetime | date | None) -> str | None:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat() if value is not None else None


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# -- the full sheet --------------------------------------------------------------------------


def _article_json(article: SheetArticle) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "byline": article.byline,
        "published": _when(article.published),
        "url": article.url,
        "content_hash": article.content_hash,
    }


def _variant_json(variant: Variant) -> dict[str, Any]:
    return {
        "outlet": variant.outlet,
        "title": variant.title,
        "url": variant.url,
        "published": _when(variant.published),
        "article_id": variant.article_id,
        "text": variant.text,
        "diff": [[op, text] for op, text in variant.diff],
    }


def _archive_json(report: ArchiveReport | None) -> dict[str, Any] | None:
    if report is None:
        return None
    return {
        "first_seen": report.first_seen.json() if report.first_seen is not None else None,
        "reports": report.size,
        "wordings": [
            {
                "outlet": w.outlet,
                "published": _when(w.published),
                "speaker": w.speaker,
                "article": w.article,
                "reports": w.reports,
                "text": w.text,
                "diff": [[op, text] for op, text in w.diff],
            }
            for w in report.wordings
        ],
    }


def _entry_json(entry: SheetEntry, *, archive: bool = False) -> dict[str, Any]:
    quote = entry.quote
    evidence = entry.evidence
    data = {
        "id": quote.id,
        "article_id": quote.article_id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "prefix": entry.prefix,
        "suffix": entry.suffix,
        "speaker": quote.speaker,
        "speaker_id": quote.speaker_id,
        "role": quote.speaker_role,
        "partial": quote.partial,
        "confidence": quote.confidence,
        "review": quote.review.value,
        "status": quote.status.value,
        "note": quote.note,
        "checked_by": quote.checked_by,
        "checked_at": _when(quote.checked_at),
        "created_at": _when(quote.created_at),
        "updated_by": quote.updated_by,
        "updated_at": _when(quote.updated_at),
        "version": quote.version,
        "evidence": None
        if evidence is None
        else {
            "url": evidence.url,
            "article_id": evidence.article_id,
            "article_title": evidence.article_title,
            "article_url": evidence.article_url,
            "start": evidence.start,
            "end": evidence.end,
            "excerpt": evidence.excerpt,
        },
        "history": [
            {"at": _when(s.at), "by": s.by, "field": s.field, "old": s.old, "new": s.new}
            for s in entry.history
        ],
        "variants": [_variant_json(v) for v in entry.variants],
        "same_wording": [_variant_json(v) for v in entry.same_wording],
        "flags": [{"kind": f.kind, "reason": f.reason} for f in entry.flags],
    }
    if archive:  # only with an archive attached: a sheet without one reads as before
        data["archive"] = _archive_json(entry.archive)
    return data


def sheet_json(
    sheet: QuoteSheet,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> dict[str, Any]:
    steps = Steps(len(sheet.entries), "Writing quotes…", progress, cancel)
    steps.start()
    archive = sheet.archive is not None
    quotes = [_entry_json(e, archive=archive) for e in steps.each(sheet.entries)]
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "generator": f"Quote Desk {__version__}",
        "title": sheet.title,
        "story": sheet.story,
        "exported_at": _when(sheet.exported_at),
        "organisation": sheet.organisation,
        "selection": {
            "statuses": [s.value for s in sheet.selection.statuses],
            "article_ids": list(sheet.selection.article_ids),
            "include_rejected": sheet.selection.include_rejected,
        },
        "articles": [_article_json(a) for a in sheet.articles],
        "speakers": [
            {"name": g.speaker, "role": g.role, "quote_ids": [e.quote.id for e in g.entries]}
            for g in sheet.groups
        ],
        "quotes": quotes,
    }
    if archive:
        data["archive"] = sheet.archive
    return data


def render_json(
    sheet: QuoteSheet,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> str:
    return _dump(sheet_json(sheet, progress=progress, cancel=cancel))


# -- ClaimReview -----------------------------------------------------------------------------


def claim_reviews(
    sheet: QuoteSheet,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> list[dict[str, Any]]:
    """One schema.org ClaimReview per quote judged verified, misquoted or misattributed."""
    if not sheet.organisation:
        raise MissingOrganisation(
            "ClaimReview names the organisation that checked the quotes: set it with "
            "--organisation NAME (or the library setting 'organisation')"
        )
    steps = Steps(len(sheet.entries), "Writing quotes…", progress, cancel)
    steps.start()
    reviews = []
    for entry in steps.each(sheet.entries):
        quote = entry.quote
        if quote.status not in CLAIM_REVIEW_STATUSES:
            continue
        article = entry.article
        appearance: dict[str, Any] = {"@type": "NewsArticle", "headline": article.title}
        if article.url:
            appearance["url"] = article.url
        if article.published:
            appearance["datePublished"] = _when(article.published)
        if article.outlet:
            appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
        claim: dict[str, Any] = {"@type": "Claim", "text": quote.text, "appearance": appearance}
        if quote.speaker:
            author: dict[str, Any] = {"@type": "Person", "name": quote.speaker}
            if quote.speaker_role:
                author["jobTitle"] = quote.speaker_role
            claim["author"] = author
        if article.published:
            claim["datePublished"] = _when(article.published)
        said = f"{quote.speaker[:1].upper()}{quote.speaker[1:]} said: " if quote.speaker else ""
        review: dict[str, Any] = {
            "@type": "ClaimReview",
            "claimReviewed": f"{said}“{quote.text}”",
            "itemReviewed": claim,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": _RATING[quote.status],
                "bestRating": 3,
                "worstRating": 1,
                "alternateName": quote.status.label,
            },
            "author": {"@type": "Organization", "name": sheet.organisation},
            "datePublished": _when((quote.checked_at or sheet.exported_at).date()),
        }
        if quote.note:
            review["reviewBody"] = quote.note
        if quote.evidence_url:
            review["citation"] = quote.evidence_url
        reviews.append(review)
    return reviews


def render_claimreview(
    sheet: QuoteSheet,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> str:
    graph = claim_reviews(sheet, progress=progress, cancel=cancel)
    return _dump({"@context": "https://schema.org", "@graph": graph})


# -- W3C Web Annotation ----------------------------------------------------------------------


def article_source(article: SheetArticle) -> str:
    """The annotation target's source: the article's address, else a name for its content."""
    return article.url or f"urn:sha256:{article.content_hash}"


def annotation(entry: SheetEntry) -> dict[str, Any]:
    """One quote as a Web Annotation that any annotation tool can re-anchor in the article."""
    quote = entry.quote
    article = entry.article
    identity = uuid.uuid5(_ANNOTATION_NAMESPACE, f"{article.content_hash}:{quote.id}")
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "assessing", "value": quote.status.value}
    ]
    if quote.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": quote.note})
    if quote.speaker:
        body.append({"type": "TextualBody", "purpose": "identifying", "value": quote.speaker})
    if quote.evidence_url:
        body.append({"id": quote.evidence_url, "type": "Text", "purpose": "linking"})
    data: dict[str, Any] = {
        "id": f"urn:uuid:{identity}",
        "type": "Annotation",
        "motivation": "assessing",
        "created": _when(quote.created_at),
        "modified": _when(quote.updated_at),
        "body": body,
        "target": {
            "source": article_source(article),
            "desk:articleId": article.id,
            "desk:contentHash": article.content_hash,
            "desk:headline": article.title,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": quote.text,
                    "prefix": entry.prefix,
                    "suffix": entry.suffix,
                },
                {"type": "TextPositionSelector", "start": quote.start, "end": quote.end},
            ],
        },
        "desk:quoteId": quote.id,
        "desk:status": quote.status.value,
        "desk:partial": quote.partial,
        "desk:review": quote.review.value,
    }
    if quote.speaker_role:
        data["desk:speakerRole"] = quote.speaker_role
    if quote.checked_by:
        data["creator"] = {"type": "Person", "name": quote.checked_by}
    return data


def render_webannotation(
    sheet: QuoteSheet,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> str:
    steps = Steps(len(sheet.entries), "Writing quotes…", progress, cancel)
    steps.start()
    items = [annotation(e) for e in steps.each(sheet.entries)]
    collection = {
        "@context": [ANNOTATION_CONTEXT, {"desk": DESK_VOCABULARY}],
        "type": "AnnotationCollection",
        "label": f"{sheet.title}: {sheet.story}",
        "generator": {"type": "Software", "name": f"Quote Desk {__version__}"},
        "generated": _when(sheet.exported_at),
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return _dump(collection)
