"""Tests for the plain-text / Markdown article parser and its inline-markup helper.

No database and no Django: the parser is pure Python. The fixtures in ``files/`` are articles
written for these tests (fictional outlets "Tidewater Review" and "Harbour Ledger") in the shape
of pages copied from a site, plus broken files an editor might upload by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from masthead.importers.text.markup import inline_markdown_to_html, paragraph_html
from masthead.importers.text.parser import (
    ArticleParseError,
    Byline,
    ParsedArticle,
    parse_article,
    parse_article_file,
)

FILES = Path(__file__).parent / "files"


def article(body: str, *, header: str = "", trailer: str = "") -> str:
    """A minimal valid article around ``body`` (header lines go after the date line)."""
    parts = ["Ferry Fares Rise Again", "By Ada Quill", "Harbour Ledger, June 2, 2022"]
    if header:
        parts.append(header)
    parts.append(body)
    if trailer:
        parts.append(trailer)
    return "\n\n".join(parts) + "\n"


def all_text(parsed: ParsedArticle) -> list[str]:
    """Every piece of text an editor would see on the imported page."""
    texts = [parsed.title, parsed.lead, *parsed.bio]
    for block in parsed.body:
        texts += [block.text, block.attribution]
    return texts


# --------------------------------------------------------------------------------------------
# The republished article (plain text copied from an outlet's page)
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def republished() -> ParsedArticle:
    return parse_article_file(FILES / "republished_plain.txt")


def test_republished_header(republished: ParsedArticle) -> None:
    assert republished.title == "The Quiet Contract Behind the Saltmere Dredging Deal"
    assert republished.authors == [Byline(name="Marisol Tenberg", url="")]
    assert republished.publication_date == date(2022, 3, 14)
    assert republished.outlet_name == "Tidewater Review"
    assert republished.source_name == "Harbour Ledger"
    # Every link in the copy is "#": nothing to keep.
    assert republished.source_url == ""
    assert republished.original_url == ""


def test_republished_taxonomy_splits_one_link_into_terms(republished: ParsedArticle) -> None:
    assert republished.regions == ["Baltic & Nordic States", "Central Asia and Caucasus", "Canada"]
    assert republished.themes == ["Trade"]
    assert republished.reports == ["PORT STRIKES"]


def test_republished_lead_is_unwrapped_and_keeps_bold(republished: ParsedArticle) -> None:
    assert republished.lead.startswith("When the harbour board of **Saltmere** voted")
    assert republished.lead.endswith("the tender terms a month earlier.")
    assert "**Korvel Marine**" in republished.lead
    # The first body paragraph is what followed the lead, not the lead again.
    assert republished.body[0].text == "[Read the board's minutes here.](#)"
    assert republished.body[0].kind == "paragraph"


def test_republished_body_blocks(republished: ParsedArticle) -> None:
    kinds = [(block.kind, block.line) for block in republished.body]
    assert kinds == [
        ("paragraph", 21),
        ("paragraph", 23),
        ("quote", 25),
        ("paragraph", 27),
        ("quote", 29),
        ("paragraph", 31),
        ("subheading", 36),
        ("paragraph", 40),
        ("paragraph", 42),
        ("paragraph", 44),
    ]
    quotes = [block.text for block in republished.body if block.kind == "quote"]
    assert quotes[0].startswith("We looked at three bids")
    assert quotes[1].startswith("A lease signed in a hurry")
    assert republished.body[6].text == "Follow the silt"


def test_republished_split_paragraphs_are_joined(republished: ParsedArticle) -> None:
    texts = [block.text for block in republished.body]
    assert any("from the contractor to the board, a change worth" in text for text in texts)
    assert any("a report before the summer recess." in text for text in texts)
    assert not any(text.startswith(("board,", "summer recess")) for text in texts)
    # Trailing spaces and odd runs of blank lines leave no trace.
    assert all(text == text.strip() and "  " not in text for text in texts)


def test_republished_after_the_body(republished: ParsedArticle) -> None:
    assert republished.bio == [
        "Marisol Tenberg is a maritime reporter based in Saltmere. She has covered ports, "
        "fisheries and coastal planning for Harbour Ledger since 2015, and her book *Low Water* "
        "came out in 2020.",
        "She is a regular contributor to Tidewater Review.",
    ]
    assert republished.featured_image_credit == "Saltmere Harbour Archive"
    assert republished.copyright_holders == ["Marisol Tenberg"]
    assert republished.copyright_publication == "Harbour Ledger"
    assert republished.copyright_year == 2022


@pytest.mark.parametrize(
    "boilerplate",
    [
        "can be read in 19 languages",
        "Translate Website",
        "Note to readers",
        "share buttons",
        "Comment on Tidewater Review",
        "Become a Member",
        "Articles by",
        "Disclaimer",
        "Community sites may repost",
        "contains copyrighted material",
        "fair use",
        "For media inquiries",
        "press@tidewater-review.example",
        "The original source of this article",
        "Copyright",
        "Featured image",
    ],
)
def test_republished_boilerplate_is_left_out(republished: ParsedArticle, boilerplate: str) -> None:
    assert not any(boilerplate.lower() in text.lower() for text in all_text(republished))


def test_republished_skipped_lines_are_reported(republished: ParsedArticle) -> None:
    reasons = {line: reason.split(":")[0] for line, reason in republished.skipped}
    assert reasons == {
        17: "translation note",
        48: "end-of-article marker",
        50: "note to readers",
        61: "comment prompt",
        63: "membership prompt",
        65: "author index link",
        67: "disclaimer",
        68: "fair-use notice",
        70: "media contact",
    }


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: re.sub(r"\n\s*\n", "\n", text), id="one-paragraph-per-line"),
        pytest.param(lambda text: text.replace("\n", "\r\n"), id="windows-line-endings"),
    ],
)
def test_republished_survives_other_scrapers(
    republished: ParsedArticle, damage: Callable[[str], str]
) -> None:
    text = damage((FILES / "republished_plain.txt").read_text(encoding="utf-8"))
    parsed = parse_article(text)
    assert [(b.kind, b.text) for b in parsed.body] == [(b.kind, b.text) for b in republished.body]
    assert (parsed.lead, parsed.bio, parsed.copyright_year) == (
        republished.lead,
        republished.bio,
        republished.copyright_year,
    )


# --------------------------------------------------------------------------------------------
# An original piece written in Markdown
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def original() -> ParsedArticle:
    return parse_article_file(FILES / "original_markdown.md")


def test_original_markdown_header(original: ParsedArticle) -> None:
    assert original.title == "Lighthouse Keepers Return to the Skerry Coast"
    assert original.authors == [
        Byline(name="Ada Quill"),
        Byline(name="Tomas Rinn", url="https://harbourledger.example/authors/tomas-rinn"),
    ]
    assert original.publication_date == date(2022, 5, 9)
    assert original.outlet_name == "Harbour Ledger"
    assert original.lead == (
        "Three decades after the last keeper left, the **Skerry Coast** lights have people "
        "living beside them again."
    )


def test_original_markdown_body(original: ParsedArticle) -> None:
    assert [block.kind for block in original.body] == [
        "paragraph",
        "paragraph",
        "subheading",
        "paragraph",
        "quote",
        "subheading",
        "paragraph",
    ]
    # Hard-wrapped Markdown lines make one paragraph.
    assert original.body[0].text == (
        "When the maritime authority automated its final lighthouse in 1991, the keepers' "
        "cottages were boarded up and left to the weather. This spring, four of them have tenants."
    )
    assert original.body[2].text == "A job nobody advertised"
    quote = original.body[4]
    assert quote.text == (
        "The sea does not care how long you trained. You keep the light going because someone "
        "out there is counting on it."
    )
    assert quote.attribution == "Orla Brennick, tenant at Skerry Head"
    # "---" between sections is a section break, not the end of the article.
    assert original.body[5].text == "What the trust wants next"
    assert original.body[6].text.startswith("The trust hopes to open two more cottages")


def test_original_markdown_has_no_provenance(original: ParsedArticle) -> None:
    assert (original.source_name, original.source_url, original.original_url) == ("", "", "")
    assert (original.regions, original.themes, original.reports) == ([], [], [])
    assert original.bio == []
    assert original.featured_image_credit == ""
    assert original.copyright_holders == []
    assert original.copyright_year is None
    assert original.skipped == []


# --------------------------------------------------------------------------------------------
# Broken input: the editor is told the line and what was expected
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line", "fragment"),
    [
        ("broken_empty.txt", 1, "the file is empty"),
        ("broken_no_byline.txt", 3, "expected a byline like 'By NAME'"),
        ("broken_bad_date.txt", 5, "'Harbour Ledger, February 30, 2022' is not a real date"),
        ("broken_no_body.txt", 9, "no article text found"),
        ("broken_copyright_year.txt", 15, "should end with a four-digit year"),
    ],
)
def test_broken_files(name: str, line: int, fragment: str) -> None:
    with pytest.raises(ArticleParseError) as caught:
        parse_article_file(FILES / name)
    assert caught.value.line == line
    assert fragment in caught.value.message
    assert str(caught.value) == f"line {line}: {caught.value.message}"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "broken_binary.txt",
            b"Ferry Fares Rise Again\n\nBy Ada Quill\n\x00\x01\x02PK\x03\x04",
            "binary data",
        ),
        (
            "latin1.txt",
            "Ferry Fares\r\n\r\nBy Ada Quill\r\nCaf\u00e9 prices".encode("latin-1"),
            "not UTF-8",
        ),
    ],
    ids=["binary-file-with-nul-bytes", "file-that-is-not-utf8"],
)
def test_unreadable_bytes_name_the_line(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ArticleParseError) as caught:
        parse_article_file(path)
    assert caught.value.line == 4
    assert message in caught.value.message


def test_utf16_file_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_text("Ferry Fares\n\nBy Ada Quill\n", encoding="utf-16")
    with pytest.raises(ArticleParseError, match="line 1: the file is saved as UTF-16"):
        parse_article_file(path)


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("   \n\n  \n", 1, "the file is empty"),
        ("\nBy Ada Quill\n\nHarbour Ledger, June 2, 2022\n", 2, "found a byline"),
        ("Ferry Fares Rise Again\n", 1, "the file ends here"),
        (article("Text.").replace("June 2, 2022", "2022-13-01"), 5, "is not a real date"),
        (article("Text.", trailer="Copyright (c) Ada Quill, 2O22"), 9, "four-digit year"),
        (article("## Only a heading"), 7, "the file ends here"),
    ],
)
def test_errors_name_the_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(ArticleParseError) as caught:
        parse_article(text)
    assert caught.value.line == line
    assert fragment in caught.value.message


# --------------------------------------------------------------------------------------------
# Header variants
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By [Ada Quill](#)", [Byline("Ada Quill")]),
        ("By Ada Quill and Tomas Rinn", [Byline("Ada Quill"), Byline("Tomas Rinn")]),
        (
            "By Ada Quill, Tomas Rinn and Lena Osk",
            [Byline("Ada Quill"), Byline("Tomas Rinn"), Byline("Lena Osk")],
        ),
        (
            "By [Ada Quill](https://harbourledger.example/ada), [Tomas Rinn](#), and Lena Osk",
            [
                Byline("Ada Quill", "https://harbourledger.example/ada"),
                Byline("Tomas Rinn"),
                Byline("Lena Osk"),
            ],
        ),
        ("**By Ada Quill**", [Byline("Ada Quill")]),
        # A link's text is one name even when it holds "and".
        ("By [Quill and Rinn Associates](#)", [Byline("Quill and Rinn Associates")]),
    ],
)
def test_bylines(byline: str, expected: list[Byline]) -> None:
    parsed = parse_article(article("Text.").replace("By Ada Quill", byline))
    assert parsed.authors == expected


@pytest.mark.parametrize(
    ("date_line", "outlet", "expected"),
    [
        ("Harbour Ledger, June 2, 2022", "Harbour Ledger", date(2022, 6, 2)),
        ("Harbour Ledger, 2 June 2022", "Harbour Ledger", date(2022, 6, 2)),
        ("Harbour Ledger, 2022-06-02", "Harbour Ledger", date(2022, 6, 2)),
        ("Harbour Ledger, Thursday, June 2nd, 2022", "Harbour Ledger", date(2022, 6, 2)),
        ("Sept. 30, 2021", "", date(2021, 9, 30)),
    ],
)
def test_date_lines(date_line: str, outlet: str, expected: date) -> None:
    parsed = parse_article(article("Text.").replace("Harbour Ledger, June 2, 2022", date_line))
    assert (parsed.outlet_name, parsed.publication_date) == (outlet, expected)


def test_plain_source_name_and_plural_taxonomy_labels() -> None:
    header = "Harbour Ledger\n\nRegions: Baltic & Nordic States, Canada\n\nThemes: [Trade](#)"
    parsed = parse_article(article("Text.", header=header).replace("Harbour Ledger,", "Tide,"))
    assert parsed.outlet_name == "Tide"
    assert parsed.source_name == "Harbour Ledger"
    assert parsed.regions == ["Baltic & Nordic States", "Canada"]
    assert parsed.themes == ["Trade"]


def test_short_line_after_the_date_is_body_not_source() -> None:
    parsed = parse_article(article("Quiet harbour\n\nBoats stayed in. Nobody sailed."))
    assert parsed.source_name == ""
    assert [block.text for block in parsed.body][0] == "Quiet harbour"


def test_source_link_to_an_article_gives_original_url() -> None:
    trailer = (
        "The original source of this article is "
        "[Harbour Ledger](https://harbourledger.example/2022/06/ferry-fares)\n"
        "Copyright © Ada Quill, Harbour Ledger, 2022"
    )
    parsed = parse_article(article("Text.", trailer=trailer))
    assert parsed.source_name == "Harbour Ledger"
    assert parsed.source_url == "https://harbourledger.example"
    assert parsed.original_url == "https://harbourledger.example/2022/06/ferry-fares"


# --------------------------------------------------------------------------------------------
# Body and trailer heuristics
# --------------------------------------------------------------------------------------------


def test_markdown_quote_and_dash_attribution_after_colon_quote() -> None:
    body = "The harbour master said:\n\nWe will reopen on Monday.\n\n-- Piet Alder\n\nMore later."
    parsed = parse_article(article(body))
    quote = parsed.body[1]
    assert (quote.kind, quote.text, quote.attribution) == (
        "quote",
        "We will reopen on Monday.",
        "Piet Alder",
    )
    assert parsed.body[2].kind == "paragraph"


def test_bold_line_is_a_subheading_and_lowercase_after_full_stop_is_not_joined() -> None:
    body = "First point.\n\n**What happens next?**\n\nThe board meets.\n\nmeanwhile, boats wait."
    parsed = parse_article(article(body))
    assert [(block.kind, block.text) for block in parsed.body] == [
        ("paragraph", "First point."),
        ("subheading", "What happens next?"),
        ("paragraph", "The board meets."),
        ("paragraph", "meanwhile, boats wait."),
    ]


def test_author_named_in_the_body_is_not_a_bio() -> None:
    body = "Ada Quill asked the board for its minutes.\n\nThey refused."
    trailer = "*\n\nAda Quill covers transport.\n\nShe lives in Saltmere.\n\nImage credit: Tide"
    parsed = parse_article(article(body, trailer=trailer))
    assert [block.text for block in parsed.body] == [
        "Ada Quill asked the board for its minutes.",
        "They refused.",
    ]
    assert parsed.bio == ["Ada Quill covers transport.", "She lives in Saltmere."]
    assert parsed.featured_image_credit == "Tide"


def test_about_the_author_heading_starts_the_bio() -> None:
    trailer = "## About the author\n\nA transport reporter in Saltmere.\n\nShe lives on a ferry."
    parsed = parse_article(article("The fares rise in July.", trailer=trailer))
    assert [block.text for block in parsed.body] == ["The fares rise in July."]
    assert parsed.bio == ["A transport reporter in Saltmere.", "She lives on a ferry."]
    assert parsed.skipped == [(9, "bio heading: 'About the author'")]


def test_bio_without_end_marker_ends_the_body() -> None:
    trailer = "*Ada Quill covers transport for Harbour Ledger.*\n\nFeatured image: Port Archive"
    parsed = parse_article(article("The fares rise in July.", trailer=trailer))
    assert [block.text for block in parsed.body] == ["The fares rise in July."]
    assert parsed.bio == ["Ada Quill covers transport for Harbour Ledger."]
    assert parsed.featured_image_credit == "Port Archive"


def test_translation_banner_inside_the_body_is_skipped() -> None:
    body = (
        "Fares rise.\n\nAll our articles can be read in 12 languages with Translate Website."
        "\n\nThe report can be read in 3 languages at the library."
    )
    parsed = parse_article(article(body))
    assert [block.text for block in parsed.body] == [
        "Fares rise.",
        "The report can be read in 3 languages at the library.",
    ]
    [(line, reason)] = parsed.skipped
    assert (line, reason.split(":")[0]) == (9, "translation note")


@pytest.mark.parametrize(
    ("line", "holders", "publication", "year"),
    [
        ("Copyright © [Ada Quill](#), [Tomas Rinn](#), Harbour Ledger, 2022", None, None, 2022),
        ("(c) Ada Quill, Harbour Ledger, 2021", ["Ada Quill"], "Harbour Ledger", 2021),
        ("© Harbour Ledger 2020. All rights reserved.", ["Harbour Ledger"], "", 2020),
    ],
)
def test_copyright_lines(
    line: str, holders: list[str] | None, publication: str | None, year: int
) -> None:
    parsed = parse_article(article("Text.", trailer=line))
    assert parsed.copyright_year == year
    assert parsed.copyright_holders == (holders or ["Ada Quill", "Tomas Rinn"])
    assert parsed.copyright_publication == (
        publication if publication is not None else "Harbour Ledger"
    )


def test_copyright_and_list_words_in_the_body_stay_text() -> None:
    body = "Copyright law is a mess, experts say.\n\n(c) the board may refuse.\n\nEnd."
    parsed = parse_article(article(body, trailer="Copyright 2022 Harbour Ledger"))
    assert [block.text for block in parsed.body] == [
        "Copyright law is a mess, experts say.",
        "(c) the board may refuse.",
        "End.",
    ]
    assert (parsed.copyright_holders, parsed.copyright_year) == (["Harbour Ledger"], 2022)


def test_credits_inside_the_text_do_not_end_the_article() -> None:
    body = "One.\n\nPhoto credit: Jo Bell\n\nTwo.\n\nFeatured image: Port Archive\n\nThree."
    parsed = parse_article(article(body, trailer="*\n\nAda Quill writes.\n\nImage credit: Other"))
    assert [block.text for block in parsed.body] == ["One.", "Two.", "Three."]
    assert parsed.featured_image_credit == "Port Archive"
    assert parsed.skipped[0] == (9, "credit for an image in the text: 'Photo credit: Jo Bell'")
    assert parsed.bio == ["Ada Quill writes."]


def test_subtitle_above_the_byline_becomes_the_lead() -> None:
    text = article("Body text.").replace("By Ada", "Why fares went up\n\nBy Ada")
    parsed = parse_article(text)
    assert parsed.lead == "Why fares went up"
    assert [block.text for block in parsed.body] == ["Body text."]


# --------------------------------------------------------------------------------------------
# Inline markup helper
# --------------------------------------------------------------------------------------------


def test_markup_unwraps_hash_links_keeps_real_links_and_sanitises() -> None:
    html = inline_markdown_to_html(
        "See [the minutes](#) and [the report](https://harbourledger.example/r?a=1&b=2), "
        "**bold** *italic* `code`<script>alert(1)</script> [click](javascript:alert(1))"
    )
    assert html == (
        'See the minutes and <a href="https://harbourledger.example/r?a=1&amp;b=2">the report</a>'
        ", <strong>bold</strong> <em>italic</em> <code>code</code> click"
    )
    assert "javascript" not in inline_markdown_to_html('<a href="javascript:alert(1)">x</a>')
    assert paragraph_html("*lead*") == "<p><em>lead</em></p>"
