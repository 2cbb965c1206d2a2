"""The header of an imported article: what makes a piece republished, and the lines around it.

A piece is republished only when the file names its source; a taxonomy line is never one. These
tests run the parser alone (no database); ``test_import_command.py`` checks the records made.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from masthead.importers.text.parser import (
    ArticleParseError,
    Byline,
    parse_article,
    parse_article_file,
)

FILES = Path(__file__).parent / "files"


def article(*header: str, trailer: str = "") -> str:
    """An article whose date line is followed directly by ``header`` lines, then a lead."""
    parts = ["Night Buses Return", "By Ana Ruiz", "Tidewater Review, June 2, 2022", *header]
    parts += ["*Two routes are back.*", "The N4 runs again from Monday."]
    if trailer:
        parts.append(trailer)
    return "\n\n".join(parts) + "\n"


# --------------------------------------------------------------------------------------------
# Taxonomy lines are never the source
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "regions", "themes", "reports"),
    [
        ("Region: Europe", ["Europe"], [], []),
        ("Regions: Europe, Asia", ["Europe", "Asia"], [], []),
        ("**Region:** Europe", ["Europe"], [], []),
        ("*Region*: [Europe](#)", ["Europe"], [], []),
        (
            "Region: [Europe](https://ledger.example/regions/europe), [Asia](https://ledger.example/a)",
            ["Europe", "Asia"],
            [],
            [],
        ),
        ("[Region: Europe](https://ledger.example/regions/europe)", ["Europe"], [], []),
        ("Theme: [Transport](#)", [], ["Transport"], []),
        ("In-depth Report: After Dark", [], [], ["After Dark"]),
        ("In depth reports: [After Dark](#)", [], [], ["After Dark"]),
        ("### Region: Europe", ["Europe"], [], []),
        ("- Region: Europe", ["Europe"], [], []),
    ],
)
def test_taxonomy_line_after_the_date_is_a_term_not_the_source(
    line: str, regions: list[str], themes: list[str], reports: list[str]
) -> None:
    parsed = parse_article(article(line, "Theme: Cities"))
    assert (parsed.source_name, parsed.source_url, parsed.original_url) == ("", "", "")
    assert parsed.regions == regions
    assert parsed.themes == [*themes, "Cities"]
    assert parsed.reports == reports
    assert [block.text for block in parsed.body] == ["The N4 runs again from Monday."]


def test_original_article_file_has_no_source_and_keeps_its_terms() -> None:
    parsed = parse_article_file(FILES / "original_no_source.txt")
    assert parsed.source_name == ""
    assert (parsed.regions, parsed.themes, parsed.reports) == (
        ["Europe"],
        ["Transport"],
        ["After Dark"],
    )
    assert parsed.authors == [Byline("Ana Ruiz"), Byline("Li Wei")]
    assert parsed.publication_date == date(2021, 2, 1)
    assert parsed.lead.startswith("The council restored two night routes")
    assert len(parsed.body) == 2


def test_other_label_lines_are_not_taken_for_a_publication() -> None:
    # "Category: News" is no publication name; reading it as one invents a partner.
    parsed = parse_article(article("Category: News", "Region: Europe"))
    assert parsed.source_name == ""


@pytest.mark.parametrize(
    "source",
    ["Harbour Ledger", "[Harbour Ledger](#)", "[Harbour Ledger](https://harbourledger.example)"],
)
def test_a_real_source_line_before_the_taxonomy_is_still_the_source(source: str) -> None:
    parsed = parse_article(article(source, "Region: Europe"))
    assert parsed.source_name == "Harbour Ledger"
    assert parsed.regions == ["Europe"]


def test_copyright_of_the_bylined_authors_names_no_publication() -> None:
    text = article(trailer="Copyright © Ana Ruiz, Li Wei, 2021").replace(
        "By Ana Ruiz", "By Ana Ruiz and Li Wei"
    )
    parsed = parse_article(text)
    assert parsed.copyright_holders == ["Ana Ruiz", "Li Wei"]
    assert parsed.copyright_publication == ""
    assert parsed.copyright_year == 2021


# --------------------------------------------------------------------------------------------
# Bylines and dates
# --------------------------------------------------------------------------------------------


def test_markdown_links_in_byline_and_taxonomy_lines() -> None:
    parsed = parse_article_file(FILES / "markdown_links.md")
    assert parsed.title == "Ferry Timetables Go Digital"
    assert parsed.authors == [
        Byline("Ana Ruiz", "https://harbourledger.example/authors/ana-ruiz"),
        Byline("Li Wei"),
        Byline("Sam Okafor"),
    ]
    assert (parsed.regions, parsed.themes) == (["Europe", "Asia"], ["Transport"])
    assert parsed.source_name == ""
    assert parsed.publication_date == date(2021, 2, 1)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ana Ruiz and Li Wei", ["Ana Ruiz", "Li Wei"]),
        ("By Ana Ruiz, Li Wei and Sam Okafor", ["Ana Ruiz", "Li Wei", "Sam Okafor"]),
        ("By Ana Ruiz, Li Wei, and Sam Okafor", ["Ana Ruiz", "Li Wei", "Sam Okafor"]),
        ("By [Ana Ruiz](https://a.example/ana) and [Li Wei](https://a.example/li)", None),
    ],
)
def test_authors_joined_by_and(byline: str, names: list[str] | None) -> None:
    parsed = parse_article(article().replace("By Ana Ruiz", byline))
    assert [author.name for author in parsed.authors] == (names or ["Ana Ruiz", "Li Wei"])


@pytest.mark.parametrize(
    "date_line",
    [
        "Tidewater Review, 2021-02-01",
        "2021-02-01",
        "Tidewater Review, 1 February 2021",
        "1 February 2021",
        "1st February, 2021",
        "Tidewater Review, February 1, 2021",
        "February 01, 2021",
        "Feb. 1, 2021",
    ],
)
def test_date_lines_iso_day_first_and_month_first(date_line: str) -> None:
    parsed = parse_article(article().replace("Tidewater Review, June 2, 2022", date_line))
    assert parsed.publication_date == date(2021, 2, 1)
    assert parsed.outlet_name == ("Tidewater Review" if "Tidewater" in date_line else "")


# --------------------------------------------------------------------------------------------
# CRLF line endings
# --------------------------------------------------------------------------------------------


def test_crlf_file_reads_like_its_lf_copy(tmp_path: Path) -> None:
    raw = (FILES / "crlf_republished.txt").read_bytes()
    assert b"\r\n" in raw  # the fixture really is CRLF (see files/.gitattributes)
    lf_copy = tmp_path / "lf.txt"
    lf_copy.write_bytes(raw.replace(b"\r\n", b"\n"))
    crlf, lf = parse_article_file(FILES / "crlf_republished.txt"), parse_article_file(lf_copy)
    assert crlf == lf
    assert crlf.source_name == "Harbour Ledger"
    assert crlf.original_url == "https://harbourledger.example/2021/02/lock-keepers"
    assert crlf.regions == ["Europe"]
    assert crlf.publication_date == date(2021, 2, 1)
    assert not any("\r" in block.text for block in crlf.body)


def test_crlf_file_errors_name_the_right_line() -> None:
    with pytest.raises(ArticleParseError) as caught:
        parse_article_file(FILES / "broken_crlf_bad_date.txt")
    assert caught.value.line == 5
    assert "'Tidewater Review, 31 February 2021' is not a real date" in caught.value.message
