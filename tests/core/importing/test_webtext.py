"""Cleaning copied page text: the five bundled samples, then small made-up pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from desk.core.importing.dates import find_date
from desk.core.importing.webtext import clean_web_text, is_furniture

SAMPLES = Path(__file__).resolve().parents[3] / "library"


def _raw_line(raw: str, prefix: str) -> str:
    """The sample's own line starting with ``prefix``, whitespace-collapsed."""
    line = next(line for line in raw.split("\n") if line.startswith(prefix))
    return " ".join(line.split())


@dataclass(frozen=True)
class Sample:
    name: str
    title: str
    outlet: str
    byline: str | None
    published: date | None
    first_prefix: str  # the first paragraph is this sample line, exactly
    last_prefix: str
    ends_with: str
    paragraphs: int
    gone: tuple[str, ...]


SAMPLE_CASES = [
    Sample(
        name="yonhap-2013-10-04-kerry-not-seeking-regime-change.txt",
        title="Kerry: U.S. not seeking regime change in N. Korea",
        outlet="Yonhap",
        byline="Lee Chi-dong",
        published=date(2013, 10, 4),
        first_prefix="WASHINGTON, Oct. 3 (Yonhap) -- Having shifted",
        last_prefix="The five nations are",
        ends_with='"unified in the requirement that the North must commit to denuclearizing," '
        "Kerry said.",
        paragraphs=15,
        gone=(
            "Send Feedback",
            "How can we improve?",
            "Thanks for your feedback!",
            "Go to Contents",
            "All Headlines",
            "By Lee Chi-dong",
        ),
    ),
    Sample(
        name="voa-kerry-not-even-close-to-resuming-talks.txt",
        title="Kerry: US, Allies 'Not Even Close' to Resuming N. Korea talks",
        outlet="Voice of America",
        byline=None,
        published=None,
        first_prefix="After diplomatic consultations in Seoul",
        last_prefix="Kerry says it is also growing more likely",
        ends_with="for human rights violations will succeed.",
        paragraphs=11,
        gone=(
            "please wait",
            "0:00",
            "Click to enlarge",
            "Breaking News",
            "Accessibility links",
            "No media source",
            "Resuming N. Korea Talks",
        ),
    ),
    Sample(
        name="voa-2021-us-calls-on-north-korea-to-engage.txt",
        title="U.S. calls on North Korea to engage diplomatically",
        outlet="Voice of America",
        byline=None,
        published=None,
        first_prefix="The United States said it is ready to engage",
        last_prefix="The G-7 ministerial talks",
        ends_with="Indian Minister of External Affairs Subrahmanyam Jaishankar.",
        paragraphs=15,
        gone=(
            "Related Articles",
            "Leave a Reply",
            "Back to top button",
            "Top Stories",
            "Voice of America News",
            "Required fields are marked",
        ),
    ),
    Sample(
        name="yonhap-us-to-continue-patient-diplomacy.txt",
        title="US to continue 'patient' diplomacy with N. Korea: official",
        outlet="Yonhap",
        byline=None,
        published=None,
        first_prefix="WASHINGTON -- The United States will continue",
        last_prefix='"The op-ed is showing',
        ends_with='both sides in the alliance." (Yonhap)',
        paragraphs=12,
        gone=("Back To Top",),
    ),
    Sample(
        name="kbs-us-official-emphasizes-security-guarantees.txt",
        title="US Official Emphasizes Security Guarantees in Exchange for N. Korean Nukes",
        outlet="KBS World Radio",
        byline="Choi You Sun",
        published=None,
        first_prefix="Anchor: A senior U.S. State Department official",
        last_prefix="In the past, Kim has visited Baekdu",
        ends_with="suggests such a decision may be forthcoming.",
        paragraphs=9,
        gone=(
            "Main News",
            "Home > Main News > News",
            "[Photo : YONHAP News]",
            "Latest News",
            "Choi You Sun, KBS World Radio News.",
            "Choi You Sun reports.",
        ),
    ),
]


@pytest.mark.parametrize("case", SAMPLE_CASES, ids=lambda case: case.name.split("-")[0])
def test_sample_article(case: Sample) -> None:
    raw = (SAMPLES / case.name).read_text(encoding="utf-8")

    page = clean_web_text(raw)

    assert (page.title, page.outlet, page.byline, page.published) == (
        case.title,
        case.outlet,
        case.byline,
        case.published,
    )
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0] == _raw_line(raw, case.first_prefix)
    assert paragraphs[-1] == _raw_line(raw, case.last_prefix)
    assert page.text.endswith(case.ends_with)
    assert len(paragraphs) == case.paragraphs
    for furniture in case.gone:
        assert furniture not in page.text
    assert case.title.casefold() not in page.text.casefold()
    assert not any(is_furniture(paragraph) for paragraph in paragraphs)
    assert all(p == p.strip() and "  " not in p and "\n" not in p for p in paragraphs)


def test_every_body_line_of_a_sample_survives_unchanged() -> None:
    raw = (SAMPLES / "yonhap-2013-10-04-kerry-not-seeking-regime-change.txt").read_text()
    lines = raw.split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("WASHINGTON"))
    last = next(i for i, line in enumerate(lines) if line.startswith("The five nations"))
    body = [line for line in lines[first : last + 1] if line.strip()]

    assert clean_web_text(raw).text.split("\n\n") == body


def test_repeated_headline_is_kept_once() -> None:
    raw = (
        "Kerry: Talks With N. Korea Not Close\n\nKerry: talks with N. Korea not close\n\n"
        "The secretary said on Friday that talks were not close."
    )
    page = clean_web_text(raw)
    assert page.title == "Kerry: Talks With N. Korea Not Close"
    assert page.text == "The secretary said on Friday that talks were not close."


def test_markdown_heading_is_the_title() -> None:
    page = clean_web_text("# Talks stall again\n\nNegotiators left Stockholm without a deal.\n")
    assert page.title == "Talks stall again"
    assert page.text == "Negotiators left Stockholm without a deal."


def test_text_without_furniture_only_loses_whitespace() -> None:
    raw = (
        "  The minister said talks would resume.  \n\n\n\n"
        "“We are  ready,”\the added,\u00a0smiling.\n   \n"
        "Officials in Seoul declined to comment.\n"
    )
    page = clean_web_text(raw)
    assert page.title is None
    assert page.text == (
        "The minister said talks would resume.\n\n"
        "“We are ready,” he added, smiling.\n\n"
        "Officials in Seoul declined to comment."
    )


def test_unbalanced_quote_marks_are_left_alone() -> None:
    raw = (
        '“Which makes his leadership one of the most egregious examples," Kerry noted.\n\n'
        "He called it ‘a serious mistake and left -- without ‘another word.\n\n"
        "'Not so,\" an aide said — quietly."
    )
    page = clean_web_text(raw)
    assert page.text == raw
    assert page.title is None


def test_windows_newlines_clean_the_same() -> None:
    raw = (SAMPLES / "kbs-us-official-emphasizes-security-guarantees.txt").read_text()
    assert clean_web_text(raw.replace("\n", "\r\n")) == clean_web_text(raw)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    raw = (
        "Negotiators from both countries met in Stockholm on Saturday for the\n"
        "first working-level talks in months, officials said.\n\n"
        "The talks broke down after eight hours."
    )
    page = clean_web_text(raw)
    assert page.text.split("\n\n") == [
        "Negotiators from both countries met in Stockholm on Saturday for the "
        "first working-level talks in months, officials said.",
        "The talks broke down after eight hours.",
    ]
    assert page.title is None


def test_reports_sentence_inside_the_anchor_paragraph_is_kept() -> None:
    anchor = "Anchor: The minister met his counterpart on Monday. Kim Min-ji reports."
    raw = f"Talks Resume in Seoul\n\n{anchor}\n\nReport: The two sides agreed to meet again."
    page = clean_web_text(raw)
    assert page.byline == "Kim Min-ji"
    assert page.text.split("\n\n")[0] == anchor


def test_outlet_is_not_taken_from_a_mention_in_the_body() -> None:
    raw = (
        "Talks to resume next month\n\n"
        "The report, first carried by Reuters and the Associated Press, said talks resume.\n\n"
        "Officials confirmed the schedule in early May 2021 and again on October 4, 2013."
    )
    page = clean_web_text(raw)
    assert page.outlet is None
    assert page.published is None
    assert page.title == "Talks to resume next month"


def test_header_date_and_byline_with_outlet() -> None:
    raw = (
        "Talks to resume next month\n\nBy Jane Doe, Associated Press\n\n"
        "Updated: Oct. 4, 2013 5:21 PM\n\n"
        "SEOUL (AP) — Officials said talks would resume."
    )
    page = clean_web_text(raw)
    assert (page.byline, page.outlet, page.published) == (
        "Jane Doe",
        "Associated Press",
        date(2013, 10, 4),
    )
    assert page.text == "SEOUL (AP) — Officials said talks would resume."


def test_related_links_tail_is_dropped_but_a_real_paragraph_after_it_is_kept() -> None:
    body = "Officials said talks would resume next month."
    links = "Related Articles\n\nKerry visits Seoul\n\nNorth Korea fires missile"
    assert clean_web_text(f"{body}\n\n{links}").text == body

    late = "A final paragraph of the article that happens to come after the box."
    kept = clean_web_text(f"{body}\n\n{links}\n\n{late}").text
    assert kept.endswith(late)
    assert "Related Articles" not in kept


@pytest.mark.parametrize(
    "line",
    [
        "Go to Contents Go to Navigation",
        "BACK TO TOP",
        "0:00 0:02:06 0:00",
        "Home > Main News > News",
        "[Photo : YONHAP News]",
        "All Headlines 05:21 October 04, 2013",
        "Updated 5:21 PM KST Oct. 4, 2013",
        "© 2021 Voice of America",
        "Share:",
        "12 Comments",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply in Seoul on Friday.",
        "He left on October 4, 2013.",
        "Kerry Visits Seoul October 4, 2013",
        "Copyright law was not discussed.",
        "Email was the main channel between the two sides, officials said.",
    ],
)
def test_sentences_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All Headlines 05:21 October 04, 2013", date(2013, 10, 4)),
        ("Oct. 4, 2013", date(2013, 10, 4)),
        ("Sept. 30, 2019 10:00 KST", date(2019, 9, 30)),
        ("4 October 2013", date(2013, 10, 4)),
        ("2013-10-04T05:21:00+09:00", date(2013, 10, 4)),
        ("2013/10/04", date(2013, 10, 4)),
        ("2013.10.04 05:21", date(2013, 10, 4)),
        ("in early May 2021", None),
        ("February 30, 2020", None),
        ("1.2013.10.04.5", None),
    ],
)
def test_find_date(text: str, expected: date | None) -> None:
    assert find_date(text) == expected
