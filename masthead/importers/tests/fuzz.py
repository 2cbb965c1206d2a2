"""Generated and mutated importer inputs, and one checked import of each (no tests here).

Used by ``test_fuzz_import.py`` (a few hundred examples on every run) and by
``bench/fuzz_import.py`` (10,000). An input is either an article written from generated parts
(title, byline, date line, taxonomy lines, lead, body, bio, credits, copyright) or a real one
from the corpus (these tests' files and the demo's articles) put through random edits: lines
dropped, doubled, swapped or cut, characters inserted or replaced, line endings changed, control
and right-to-left characters, very long lines, bytes that are not UTF-8.

The importer may answer an input only with its clean errors: ``ArticleParseError`` from the
parser, ``ImportRefused`` from the service, ``CommandError`` from the command; and a refused
import writes nothing (every table's row count is the same before and after).
"""

from __future__ import annotations

import tempfile
from collections import Counter
from io import StringIO
from pathlib import Path

from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from hypothesis import strategies as st

from masthead.importers.services import ImportRefused, import_parsed_article
from masthead.importers.text.parser import ArticleParseError, parse_article, parse_article_file

ROOT = Path(__file__).resolve().parents[2]
CORPUS_FOLDERS = (ROOT / "importers" / "tests" / "files", ROOT / "demo" / "content" / "articles")
CLEAN_ERRORS = (ArticleParseError, ImportRefused, CommandError)


class Crash(Exception):
    """The importer failed with something other than a clean error, or left a partial write."""


def corpus() -> list[str]:
    """Every article file the project has, valid and broken, as text."""
    texts = []
    for folder in CORPUS_FOLDERS:
        for path in sorted(folder.glob("*")):
            if path.suffix in (".txt", ".md"):
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


# --- Strategies ----------------------------------------------------------------------------------

# Characters that have tripped text parsers: controls, separators, marks, bidi, surrogates' kin.
ODD = "\x00\x01\x0b\x0c\x1b\x7f\x85\xa0\u200b\u200e\u200f\u2028\u2029\u202e\ufeff\ufffd*_[]()#>`\\|"
words = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")),
    min_size=1,
    max_size=40,
)
odd_text = st.text(alphabet=st.sampled_from(ODD) | st.characters(codec="utf-8"), max_size=60)
months = st.sampled_from(
    ["January", "February", "March", "April", "May", "June", "July", "August", "Sept", "Dec"]
)
date_line = st.builds(
    lambda outlet, month, day, year: f"{outlet}, {month} {day}, {year}",
    words,
    months,
    st.integers(-1, 40),
    st.integers(0, 99999),
)
byline = st.builds(
    lambda names, linked: "By " + " and ".join(f"[{n}](#)" if linked else n for n in names),
    st.lists(words, min_size=1, max_size=3),
    st.booleans(),
)
taxonomy = st.builds(
    lambda label, names: f"{label}: " + ", ".join(f"[{n}](#)" for n in names),
    st.sampled_from(["Region", "Theme", "In-depth Report", "Regions", "Theme"]),
    st.lists(words, min_size=0, max_size=4),
)
paragraphs = st.lists(st.one_of(words, odd_text, st.just("*"), st.just("## " + "Sub")), max_size=8)
copyright_line = st.builds(
    lambda holders, year: "Copyright © " + ", ".join(f"[{h}](#)" for h in holders) + f", {year}",
    st.lists(words, min_size=1, max_size=3),
    st.one_of(st.integers(0, 99999).map(str), words),
)


@st.composite
def generated_article(draw: st.DrawFn) -> str:
    """An article assembled from parts, each part present or not, in the usual order."""
    parts = [draw(words)]
    for strategy in (byline, date_line, words.map(lambda w: f"[{w}](#)")):
        if draw(st.booleans()):
            parts.append(draw(strategy))
    parts += draw(st.lists(taxonomy, max_size=3))
    if draw(st.booleans()):
        parts.append(f"*{draw(words)}*")
    parts += draw(paragraphs)
    if draw(st.booleans()):
        parts.append(f"Featured image is from {draw(words)}")
    if draw(st.booleans()):
        parts.append(f"The original source of this article is [{draw(words)}]({draw(words)})")
    if draw(st.booleans()):
        parts.append(draw(copyright_line))
    separator = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\r", "\n\n\n"]))
    return separator.join(parts)


@st.composite
def mutated_article(draw: st.DrawFn, seeds: list[str]) -> str:
    """A corpus article after one to six random edits."""
    lines = draw(st.sampled_from(seeds)).split("\n")
    for _ in range(draw(st.integers(1, 6))):
        edit = draw(st.integers(0, 9))
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        if not lines:
            lines = [draw(odd_text)]
        elif edit == 0:
            del lines[at]
        elif edit == 1:
            lines.insert(at, lines[at])
        elif edit == 2:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif edit == 3:
            lines = lines[:at]
        elif edit == 4:
            line = lines[at]
            cut = draw(st.integers(0, len(line)))
            lines[at] = line[:cut] + draw(odd_text) + line[cut:]
        elif edit == 5:
            lines[at] = draw(odd_text)
        elif edit == 6:
            lines.insert(at, draw(st.sampled_from(["", "*", "**", "By", "Copyright ©", "#"])))
        elif edit == 7:
            lines[at] = lines[at] * draw(st.integers(2, 400))
        elif edit == 8:
            lines[at] = draw(date_line) if draw(st.booleans()) else draw(copyright_line)
        else:
            lines[at] = draw(taxonomy)
    return draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)


def article_texts(seeds: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        mutated_article(seeds), mutated_article(seeds), generated_article(), st.text(max_size=400)
    )


@st.composite
def article_bytes(draw: st.DrawFn, seeds: list[str]) -> bytes:
    """A file's bytes: UTF-8 text, sometimes with bytes flipped, a BOM, or another encoding."""
    data = draw(article_texts(seeds)).encode("utf-8", "surrogatepass")
    kind = draw(st.integers(0, 5))
    if kind == 0 and data:
        position = draw(st.integers(0, len(data) - 1))
        data = data[:position] + bytes([draw(st.integers(0x80, 0xFF))]) + data[position + 1 :]
    elif kind == 1:
        data = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])) + data
    elif kind == 2:
        data = draw(st.binary(max_size=300))
    return data


# --- One checked import --------------------------------------------------------------------------


def row_counts() -> Counter[str]:
    """Rows in every model's table (a refused import must leave each one as it was)."""
    with connection.cursor() as cursor:
        counts: Counter[str] = Counter()
        for model in apps.get_models():
            table = model._meta.db_table
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def check_text(text: str, *, keep: bool = False) -> str:
    """Parse and import ``text``; "imported" or the clean error's class name, else Crash.

    A successful import is rolled back unless ``keep``, so thousands of inputs run against
    the same small site; a failed one must roll back by itself.
    """
    try:
        parsed = parse_article(text)
    except ArticleParseError as exc:
        if not (isinstance(exc.line, int) and exc.line >= 1 and exc.message):
            raise Crash(f"parse error without a line or message: {exc!r}") from exc
        return "ArticleParseError"
    except Exception as exc:
        raise Crash(f"parse_article: {type(exc).__name__}: {exc}") from exc
    before = row_counts()
    try:
        with transaction.atomic():
            import_parsed_article(parsed, publish=True)
            if not keep:
                transaction.set_rollback(True)
    except ImportRefused:
        outcome = "ImportRefused"
    except Exception as exc:
        raise Crash(f"import_parsed_article: {type(exc).__name__}: {exc}") from exc
    else:
        return "imported"
    after = row_counts()
    if after != before:
        changed = {t: (before[t], after[t]) for t in after if after[t] != before[t]}
        raise Crash(f"a refused import left rows behind: {changed}")
    return outcome


def check_file(data: bytes) -> str:
    """``manage.py import_article`` on a file holding ``data``: its outcome, else Crash."""
    with tempfile.NamedTemporaryFile(suffix=".txt") as handle:
        handle.write(data)
        handle.flush()
        try:
            parse_article_file(handle.name)
        except ArticleParseError:
            pass
        except Exception as exc:
            raise Crash(f"parse_article_file: {type(exc).__name__}: {exc}") from exc
        before = row_counts()
        try:
            with transaction.atomic():
                call_command("import_article", handle.name, stdout=StringIO())
                transaction.set_rollback(True)
        except CommandError:
            if row_counts() != before:
                raise Crash("a refused import_article left rows behind") from None
            return "CommandError"
        except Exception as exc:
            raise Crash(f"import_article: {type(exc).__name__}: {exc}") from exc
    return "imported"
