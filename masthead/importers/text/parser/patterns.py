"""The regular expressions and limits the parser reads lines with.

Kept apart from the code that uses them so that a newsroom's new phrasing ("Photo by…", another
boilerplate prompt) is a one-line change here.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

# Inline parsing only; used to tell whether a paragraph is wholly italic or bold.
_MD = MarkdownIt("commonmark")

_LINK_RE = re.compile(r"(!?)\[([^\]]*)\]\(\s*([^)\s]*)(?:\s+\"[^\"]*\")?\s*\)")
_LINK_ONLY_RE = re.compile(r"[*_]{0,3}\[[^\]]+\]\([^)]*\)[*_]{0,3}")
_IMAGE_ONLY_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_HEADING_RE = re.compile(r"(#{1,6})\s+(.*?)(?:\s+#+)?")
# A line that is only "*", "***", "* * *", "---", "___": the end-of-article mark (or a
# section break inside the body, told apart by what follows it).
_MARKER_RE = re.compile(r"\*|(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}")
_SETEXT_RE = re.compile(r"=+|-+")
_ATTRIBUTION_RE = re.compile(r"(?:—|–|--(?!-))\s*(\S.*)")
_BYLINE_RE = re.compile(r"(?:written\s+)?by\s+(.+)", re.IGNORECASE)
_NAME_SPLIT_RE = re.compile(r"\s*(?:,\s*and\s+|,\s*&\s*|,|\s+and\s+|\s*&\s*)\s*", re.IGNORECASE)
_TAXONOMY_RE = re.compile(
    r"(?P<label>regions?|themes?|in[- ]depth reports?)\s*:\s*(?P<value>.*)", re.IGNORECASE
)
# "Label: value" with a label of one to three words: metadata in a header, never a name.
_LABEL_RE = re.compile(r"[^\W\d_][\w'’.-]*(?:[ -][\w'’.-]+){0,2}\s*:(?:\s|$)")
_BLOCK_MARK_RE = re.compile(r"^(?:#{1,6}|[-+*])\s+")
_LIST_ITEM_RE = re.compile(r"(?:[-+*]|\d{1,3}[.)])\s+\S")

_MONTH_NAMES: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
)
_MONTH_NAMES += ("september", "october", "november", "december")
# Full names, three-letter abbreviations and "Sept".
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
_MONTHS |= {name[:3]: number for name, number in list(_MONTHS.items())} | {"sept": 9}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_DATE_LINE_RE = re.compile(
    rf"(?:(?P<outlet>.{{1,80}}?)\s*,\s*)?(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}){_ORD},?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}}){_ORD}\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{1,2}})-(?P<d3>\d{{1,2}}))",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(_WEEKDAY, re.IGNORECASE)

# Boilerplate of the republishing outlet: (pattern searched in the plain text, reason).
# Written against the phrasing, never an outlet's name, so other outlets' copies match too.
_TRANSLATION_NOTE = "translation note"
_DISCLAIMER = "disclaimer"
_BOILERPLATE: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"\barticles?\b.*\bcan be read in \d+ languages|translate website", re.I),
        _TRANSLATION_NOTE,
    ),
    (re.compile(r"^note to (?:our )?readers?\b", re.I), "note to readers"),
    (re.compile(r"^comment on\b.*\barticles?\b", re.I), "comment prompt"),
    (
        re.compile(r"^become an? (?:member|subscriber|patron|supporter)\b", re.I),
        "membership prompt",
    ),
    (re.compile(r"^articles by\s*:", re.I), "author index link"),
    (re.compile(r"^disclaimer\s*:", re.I), _DISCLAIMER),
    (
        re.compile(r"^(?:[\w.-]+|this (?:web)?site) contains copyrighted material\b", re.I),
        "fair-use notice",
    ),
    (re.compile(r"^for media (?:inquiries|enquiries)\b", re.I), "media contact"),
    (re.compile(r"^(?:please )?(?:click|use) the share buttons?\b", re.I), "share prompt"),
    (
        re.compile(r"^(?:subscribe|sign up) (?:to|for) (?:our|the) newsletter\b", re.I),
        "newsletter prompt",
    ),
]
CREDIT_RE = re.compile(
    r"(?:(?P<featured>featured image (?:is )?from|featured image(?: credit)?\s*:)"
    r"|image credit\s*:|photo credit\s*:)\s*(?P<credit>.+?)\.?",
    re.IGNORECASE,
)
ORIGINAL_SOURCE_RE = re.compile(
    r"[*_]{0,2}the original source of this article is\s+(?P<source>.+?)[.*_]*", re.IGNORECASE
)
# "Copyright ©", "Copyright (c)", "©" surely open a copyright line (a missing year is then an
# error); a bare "Copyright" or "(c)" only with a year in place, so that a paragraph opening
# "Copyright law…" or a list item "(c) the board…" stays article text.
COPYRIGHT_RE = re.compile(
    r"[*_]{0,2}(?:copyright\s*(?:©|\(c\)|&copy;)|©|&copy;)\s*(?P<rest>.+?)[*_]*"
    r"|[*_]{0,2}(?:copyright|\(c\))\s+"
    r"(?P<dated>\d{4}\b.{0,100}|.{0,100}\b\d{4}(?:[.,]?\s*all rights reserved\.?)?)[*_]*",
    re.IGNORECASE,
)
_RIGHTS_RESERVED_RE = re.compile(r"[.,]?\s*all rights reserved\.?$", re.IGNORECASE)
_YEAR_RE = re.compile(r"\d{4}")
# "He is a frequent contributor…", "Her latest book…": how a bio's second paragraph opens. Kept
# to bio verbs so that "They refused." after a paragraph naming the author stays article text.
_PRONOUN_BIO_RE = re.compile(
    r"(?:he|she|they)\s+(?:is|are|was|were|has|have|also|regularly|frequently|often|lives?"
    r"|writes?|teach(?:es)?|works?|holds?|serves?|contributes?|can be)\b"
    r"|(?:his|her|their)\s+(?:latest|new|most recent|books?|work|writing|research)\b",
    re.IGNORECASE,
)
_ABOUT_AUTHOR_RE = re.compile(r"the authors?\b", re.IGNORECASE)
_BIO_HEADING_RE = re.compile(r"about the authors?:?", re.IGNORECASE)
_HONORIFIC_RE = re.compile(r"(?:dr|prof|professor|mr|mrs|ms)\.?\s+", re.IGNORECASE)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# A sentence or quoted sentence is over when it ends with one of these.
_TERMINAL = ".:;!?…\"”’'»"
_SUBHEADING_MAX = 90
_TITLE_MAX = 300
_SNIPPET = 60
# Hard-wrapped Markdown rarely goes past this width; longer lines are whole paragraphs.
_WRAP_WIDTH = 120
