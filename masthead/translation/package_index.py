"""The public Argos package index: read it, choose packages for our languages, install them.

The index (``index.json`` in the argospm-index repository, the file argos-translate itself
reads) is a JSON list of package entries: ``from_code``, ``to_code``, ``package_version``,
``argos_version``, ``links`` (download URLs, mirrors first to last), ``code``, names. It
publishes no checksums today; an entry's ``sha256`` (or ``checksum``, ``sha256:HEX``) is
checked when present, a ``KNOWN_PACKAGES`` pin for the file name always, and the sha256 of
what was downloaded is recorded either way. Installing goes through
``packages.install_package``, so extraction and validation are the same as for a file.

Argos pivots through English, so each of our languages needs two packages: English→language
(publishing translations) and language→English (reading partners' copy).
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from django.conf import settings
from django.utils.translation import get_language_info

from masthead.translation.engines import engine_language
from masthead.translation.packages import (
    _CODE,
    _HEX64,
    DOWNLOAD_TIMEOUT,
    InstallResult,
    PackageError,
    PackageInfo,
    _download,
    install_package,
    installed_packages,
    max_package_bytes,
    packages_dir,
)

logger = logging.getLogger(__name__)

DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
PIVOT = "en"  # the Argos index pairs every language with English
MAX_INDEX_BYTES = 10 * 1024**2  # the real index is about 30 kB
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")


def index_url() -> str:
    """``MASTHEAD_TRANSLATION["INDEX_URL"]``, or the public Argos index."""
    config = getattr(settings, "MASTHEAD_TRANSLATION", {})
    return str(config.get("INDEX_URL") or DEFAULT_INDEX_URL)


def version_key(version: str) -> tuple[int, ...]:
    """ "1.9.6" → (1, 9, 6): package versions compare as numbers, so 1.10 is newer than 1.9."""
    return tuple(int(part) for part in re.findall(r"\d+", version))


@dataclass(frozen=True)
class IndexEntry:
    """One downloadable package as the index describes it."""

    from_code: str
    to_code: str
    package_version: str
    links: tuple[str, ...]
    argos_version: str = ""
    sha256: str = ""  # from the index, when it gives one
    from_name: str = ""
    to_name: str = ""

    @property
    def pair(self) -> tuple[str, str]:
        return (self.from_code, self.to_code)


def _entry_checksum(raw: dict[str, Any]) -> str:
    value = raw.get("sha256") or raw.get("checksum") or ""
    if not isinstance(value, str):
        return "invalid"
    value = value.strip().lower().removeprefix("sha256:")
    # An unreadable checksum is kept as "invalid" so that the pair fails instead of
    # installing unchecked.
    return value if not value or _HEX64.match(value) else "invalid"


def parse_index(data: Any) -> list[IndexEntry]:
    """Translation entries of a decoded index; entries that cannot be used are skipped."""
    if not isinstance(data, list):
        raise PackageError("the package index is not a JSON list of packages")
    entries = []
    for raw in data:
        if not isinstance(raw, dict) or raw.get("type", "translate") != "translate":
            continue
        from_code, to_code = raw.get("from_code"), raw.get("to_code")
        links = raw.get("links")
        if not (isinstance(from_code, str) and _CODE.match(from_code)):
            continue
        if not (isinstance(to_code, str) and _CODE.match(to_code)):
            continue
        if not isinstance(links, list):
            continue
        entries.append(
            IndexEntry(
                from_code=from_code,
                to_code=to_code,
                package_version=str(raw.get("package_version") or ""),
                links=tuple(link for link in links if isinstance(link, str)),
                argos_version=str(raw.get("argos_version") or ""),
                sha256=_entry_checksum(raw),
                from_name=str(raw.get("from_name") or ""),
                to_name=str(raw.get("to_name") or ""),
            )
        )
    return entries


def read_index(url: str | None = None) -> list[IndexEntry]:
    """Download (or, for a path, read) the index and parse it; ``PackageError`` says why not."""
    import requests

    url = url or index_url()
    if urlparse(url).scheme not in {"http", "https"}:
        path = Path(url.removeprefix("file://")).expanduser()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise PackageError(f"cannot read the package index {path} ({exc})") from exc
    else:
        try:
            with requests.get(url, stream=True, timeout=DOWNLOAD_TIMEOUT) as response:
                if response.status_code != 200:
                    raise PackageError(
                        f"cannot read the package index {url}: HTTP {response.status_code}"
                    )
                body = b""
                for block in response.iter_content(chunk_size=64 * 1024):
                    body += block
                    if len(body) > MAX_INDEX_BYTES:
                        raise PackageError(f"the package index {url} is over {MAX_INDEX_BYTES} B")
        except requests.RequestException as exc:
            raise PackageError(f"cannot read the package index {url} ({exc})") from exc
        text = body.decode("utf-8", errors="replace")
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise PackageError(f"the package index {url} is not valid JSON ({exc})") from exc
    return parse_index(data)


def newest_packages(entries: list[IndexEntry]) -> dict[tuple[str, str], IndexEntry]:
    """The newest entry (by ``package_version``) for each language pair."""
    newest: dict[tuple[str, str], IndexEntry] = {}
    for entry in entries:
        current = newest.get(entry.pair)
        if current is None or version_key(entry.package_version) > version_key(
            current.package_version
        ):
            newest[entry.pair] = entry
    return newest


def language_label(code: str) -> str:
    """The English name of a language for an operator's messages ("zh-hans" → "Simplified
    Chinese"); Django knows our codes, the index's names cover the rest."""
    try:
        return str(get_language_info(code)["name"])
    except KeyError:
        return code


@dataclass(frozen=True)
class PairPlan:
    """What ``mt_install --languages`` will do for one language pair."""

    language: str  # our code for the non-English side ("zh-hans")
    from_code: str  # Argos codes
    to_code: str
    entry: IndexEntry | None  # None: the index has no package for the pair
    installed: PackageInfo | None
    action: str  # "missing", "up to date", "install", "replace", "reinstall"

    @property
    def pair(self) -> tuple[str, str]:
        return (self.from_code, self.to_code)

    @property
    def label(self) -> str:
        return f"{self.from_code}→{self.to_code}"

    def missing_message(self) -> str:
        name = language_label(self.language)
        if self.from_code == PIVOT:
            return f"no English→{name} package in the index"
        return f"no {name}→English package in the index"


def _is_current(installed: PackageInfo, entry: IndexEntry) -> bool:
    # The source URL names the version too: it catches a package whose metadata
    # version is written differently from the index's ("1.9" for "1.9.0").
    return (
        version_key(installed.package_version) >= version_key(entry.package_version)
        or installed.source in entry.links
    )


def plan_install(
    languages: list[str],
    index: dict[tuple[str, str], IndexEntry],
    *,
    force: bool = False,
    installed: list[PackageInfo] | None = None,
) -> list[PairPlan]:
    """English→language and language→English for each of our language codes, in order."""
    have = {p.pair: p for p in (installed if installed is not None else installed_packages())}
    plans: list[PairPlan] = []
    seen: set[tuple[str, str]] = set()
    for language in languages:
        code = engine_language(language)
        for pair in ((PIVOT, code), (code, PIVOT)):
            if pair in seen or code == PIVOT:
                continue
            seen.add(pair)
            entry, current = index.get(pair), have.get(pair)
            if entry is None:
                action = "missing"
            elif current is None:
                action = "install"
            elif force:
                action = "reinstall"
            elif _is_current(current, entry):
                action = "up to date"
            else:
                action = "replace"
            plans.append(PairPlan(language, pair[0], pair[1], entry, current, action))
    return plans


def download_links(entry: IndexEntry, index_location: str | None = None) -> list[str]:
    """The links to try, in the index's order.

    Packages carry no checksum in the index, so from an https index only https links are
    followed; plain http is allowed when the index itself is plain http (a local mirror).
    """
    scheme = urlparse(index_location or index_url()).scheme
    allowed = {"https"} if scheme == "https" else {"http", "https"}
    return [link for link in entry.links if urlparse(link).scheme in allowed]


def install_from_index(
    entry: IndexEntry,
    *,
    force: bool = False,
    directory: Path | None = None,
    index_location: str | None = None,
) -> InstallResult:
    """Download an index entry (trying its mirrors in order), check it and install it.

    The download goes to a hidden temporary folder inside the packages directory, removed
    whatever happens; ``install_package`` then checks and moves it in with one rename, so a
    failure leaves the previous state untouched.
    """
    links = download_links(entry, index_location)
    label = f"{entry.from_code}→{entry.to_code} {entry.package_version}".strip()
    if not links:
        raise PackageError(f"{label}: the index gives no download link this server can use")
    if entry.sha256 == "invalid":
        raise PackageError(f"{label}: the index gives a checksum that is not a sha256")
    target_dir = Path(directory) if directory else packages_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with tempfile.TemporaryDirectory(prefix=".mt-download-", dir=target_dir) as work_name:
        for link in links:
            name = Path(urlparse(link).path).name
            # The file keeps the link's name, so a KNOWN_PACKAGES pin for it applies.
            archive = Path(work_name) / (name if _FILE_NAME.match(name) else "package.argosmodel")
            try:
                _download(link, archive, max_package_bytes())
            except PackageError as exc:
                errors.append(str(exc))
                archive.unlink(missing_ok=True)
                continue
            return install_package(
                str(archive),
                sha256=entry.sha256 or None,
                force=force,
                directory=target_dir,
                origin=link,
                expected_pair=entry.pair,
            )
    raise PackageError("; ".join(errors))
