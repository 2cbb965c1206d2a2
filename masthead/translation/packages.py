"""Translation model packages in the Argos ``.argosmodel`` layout: read, verify, install.

A package is a zip with exactly one top-level folder (``translate-en_de-1_0``) holding
``metadata.json``, ``model/`` (a CTranslate2 model), ``sentencepiece.model`` and
``README.md`` (with the licence). Installing downloads it (streamed), checks its sha256,
extracts it with strict checks (no absolute paths, ``..``, links or devices, a size cap),
validates it, moves it into ``MASTHEAD_TRANSLATION["PACKAGES_DIR"]`` with a rename, and
records an ``InstalledModelPackage`` with the licence. Packages never live in the repository.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)

#: sha256 pins for packages we have checked, by file name. A URL or file whose name is listed
#: must match; a URL whose name is listed needs no ``--sha256``. Extend it per deployment with
#: ``MASTHEAD_TRANSLATION["KNOWN_PACKAGES"]`` (same shape).
KNOWN_PACKAGES: dict[str, str] = {}

MARKER = ".masthead-package.json"
DEFAULT_MAX_BYTES = 2 * 1024**3  # unpacked; real transformer-base packages are ~100-300 MB
DOWNLOAD_TIMEOUT = (10, 120)  # connect, read (seconds)
_FOLDER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class PackageError(Exception):
    """A package cannot be installed or read; the message says why, for an operator."""


@dataclass(frozen=True)
class PackageInfo:
    """An installed (or unpacked) package as read from its folder."""

    directory: Path
    from_code: str
    to_code: str
    package_version: str
    target_prefix: str = ""
    sha256: str = ""  # of the .argosmodel it was installed from ("" if unknown)
    source: str = ""
    licence_name: str = ""

    @property
    def pair(self) -> tuple[str, str]:
        return (self.from_code, self.to_code)


@dataclass(frozen=True)
class InstallResult:
    package: PackageInfo
    action: str  # "installed", "replaced", "unchanged"
    licence_name: str
    record: Any  # the InstalledModelPackage row


def packages_dir() -> Path:
    """The configured packages directory (relative paths are relative to the project)."""
    config = getattr(settings, "MASTHEAD_TRANSLATION", {})
    path = Path(config.get("PACKAGES_DIR") or "var/mt-packages")
    return path if path.is_absolute() else Path(settings.BASE_DIR) / path


def known_packages() -> dict[str, str]:
    config = getattr(settings, "MASTHEAD_TRANSLATION", {})
    return {**KNOWN_PACKAGES, **config.get("KNOWN_PACKAGES", {})}


def max_package_bytes() -> int:
    config = getattr(settings, "MASTHEAD_TRANSLATION", {})
    return int(config.get("MAX_PACKAGE_BYTES", DEFAULT_MAX_BYTES))


# --- Reading -----------------------------------------------------------------------------------


def read_package(directory: Path) -> PackageInfo:
    """Validate a package folder and read its metadata; ``PackageError`` names what is wrong."""
    directory = Path(directory)
    name = directory.name
    metadata_path = directory / "metadata.json"
    if not metadata_path.is_file():
        raise PackageError(f"{name}: metadata.json is missing")
    try:
        metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise PackageError(f"{name}: metadata.json is not valid JSON ({exc})") from exc
    if not isinstance(metadata, dict):
        raise PackageError(f"{name}: metadata.json must hold an object")
    package_type = metadata.get("type", "translate")
    if package_type != "translate":
        raise PackageError(f"{name}: package type {package_type!r} is not a translation model")
    codes = {}
    for key in ("from_code", "to_code"):
        value = metadata.get(key)
        if not isinstance(value, str) or not _CODE.match(value):
            raise PackageError(f"{name}: metadata.json has no valid {key!r} (got {value!r})")
        codes[key] = value
    if not (directory / "sentencepiece.model").is_file():
        if (directory / "bpe.model").is_file():
            raise PackageError(
                f"{name}: sentencepiece.model is missing; legacy BPE packages (bpe.model) "
                "are not supported"
            )
        raise PackageError(f"{name}: sentencepiece.model is missing")
    model = directory / "model"
    for required in ("model.bin", "config.json"):
        if not (model / required).is_file():
            raise PackageError(f"{name}: model/{required} is missing (not a CTranslate2 model)")
    vocabularies = list(model.glob("*vocabulary*"))
    if not vocabularies:
        raise PackageError(f"{name}: model/ has no vocabulary file")
    marker: dict[str, Any] = {}
    if (directory / MARKER).is_file():
        try:
            marker = json.loads((directory / MARKER).read_text(encoding="utf-8"))
        except ValueError:
            marker = {}
    return PackageInfo(
        directory=directory,
        from_code=codes["from_code"],
        to_code=codes["to_code"],
        package_version=str(metadata.get("package_version", "")),
        target_prefix=str(metadata.get("target_prefix") or ""),
        sha256=str(marker.get("sha256", "")),
        source=str(marker.get("source", "")),
        licence_name=str(marker.get("licence_name", "")),
    )


def installed_packages(directory: Path | None = None) -> list[PackageInfo]:
    """Valid packages in the packages directory (broken folders are logged and skipped)."""
    directory = directory or packages_dir()
    if not directory.is_dir():
        return []
    found = []
    for child in sorted(directory.iterdir()):
        if child.name.startswith(".") or not child.is_dir():
            continue
        try:
            found.append(read_package(child))
        except PackageError as exc:
            logger.warning("Skipping translation package: %s", exc)
    return found


_VERSION = r"(?:[^\n\d]{0,40}?(\d\.\d))?"
_LICENCES = [
    (re.compile(r"\bCC[- ]?BY[- ]?NC[- ]?SA\b" + _VERSION, re.I), "CC-BY-NC-SA"),
    (re.compile(r"\bCC[- ]?BY[- ]?NC\b" + _VERSION, re.I), "CC-BY-NC"),
    (re.compile(r"\bCC[- ]?BY[- ]?SA\b" + _VERSION, re.I), "CC-BY-SA"),
    (re.compile(r"\bCC[- ]?BY\b" + _VERSION, re.I), "CC-BY"),
    (re.compile(r"Creative Commons Attribution" + _VERSION, re.I), "CC-BY"),
    (re.compile(r"\bMIT\b"), "MIT"),
    (re.compile(r"\bApache\b" + _VERSION, re.I), "Apache"),
    (re.compile(r"\bCC0\b"), "CC0"),
]


def parse_licence(readme: str) -> tuple[str, str]:
    """(licence name, licence text) from a package README ("", "" when none is stated).

    The licence section (from the first line that mentions a licence to the next heading) is
    looked at first, so "Licence: CC-BY 4.0" wins over an "MIT" elsewhere in the text.
    """
    lines = readme.splitlines()
    first = next((i for i, line in enumerate(lines) if re.search(r"licen[cs]e", line, re.I)), None)
    section = ""
    if first is not None:
        taken = [lines[first]]
        for line in lines[first + 1 : first + 20]:
            if line.startswith("#"):
                break
            taken.append(line)
        section = "\n".join(taken).strip()
    for text in (section, readme):
        for pattern, name in _LICENCES:
            match = pattern.search(text)
            if match:
                version = match.group(1) if match.groups() and match.group(1) else ""
                return f"{name} {version}".strip(), (section or match.group(0).strip())[:2000]
    return "", section[:2000]


# --- Installing --------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _is_url(source: str) -> bool:
    return urlparse(source).scheme in {"http", "https"}


def _download(url: str, dest: Path, limit: int) -> None:
    import requests

    try:
        with requests.get(url, stream=True, timeout=DOWNLOAD_TIMEOUT) as response:
            if response.status_code != 200:
                raise PackageError(f"{url}: download failed with HTTP {response.status_code}")
            written = 0
            with open(dest, "wb") as handle:
                for block in response.iter_content(chunk_size=1024 * 1024):
                    written += len(block)
                    if written > limit:
                        raise PackageError(f"{url}: download is larger than {limit} bytes")
                    handle.write(block)
    except requests.RequestException as exc:
        raise PackageError(f"{url}: download failed ({exc})") from exc


def _check_member(info: zipfile.ZipInfo) -> tuple[str, ...]:
    """The path parts of a zip entry, or PackageError if it is unsafe to extract."""
    name = info.filename.replace("\\", "/")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise PackageError(f"unsafe path in archive: {info.filename!r} is absolute")
    parts = tuple(part for part in name.split("/") if part not in ("", "."))
    if ".." in parts:
        raise PackageError(f"unsafe path in archive: {info.filename!r} contains '..'")
    # Unix file type bits; zips written without them (type 0) are plain files.
    kind = stat.S_IFMT(info.external_attr >> 16)
    if kind == stat.S_IFLNK:
        raise PackageError(f"unsafe entry in archive: {info.filename!r} is a symbolic link")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise PackageError(f"unsafe entry in archive: {info.filename!r} is not a regular file")
    return parts


def safe_extract(archive: Path, dest: Path, limit: int) -> Path:
    """Extract a package zip into ``dest`` and return its single top-level folder."""
    try:
        bundle = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"{archive.name}: not a zip archive (.argosmodel)") from exc
    with bundle:
        members = [(info, _check_member(info)) for info in bundle.infolist()]
        tops = {parts[0] for _info, parts in members if parts}
        if len(tops) != 1:
            listed = ", ".join(sorted(tops)[:5]) or "nothing"
            raise PackageError(
                f"the archive must hold exactly one top-level folder; it holds {listed}"
            )
        top = tops.pop()
        if not _FOLDER_NAME.match(top):
            raise PackageError(f"unexpected top-level folder name {top!r}")
        if any(len(parts) == 1 and not info.is_dir() for info, parts in members):
            raise PackageError(f"{top} is a file, not a folder")
        declared = sum(info.file_size for info, _parts in members)
        if declared > limit:
            raise PackageError(f"unpacked size {declared} bytes is over the {limit}-byte cap")
        written = 0
        for info, parts in members:
            target = dest.joinpath(*parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with bundle.open(info) as source, open(target, "wb") as handle:
                # Count what is really written: sizes in the zip header can lie.
                for block in iter(partial(source.read, 1024 * 1024), b""):
                    written += len(block)
                    if written > limit:
                        raise PackageError(f"unpacked size is over the {limit}-byte cap")
                    handle.write(block)
    return dest / top


def _validate_loadable(info: PackageInfo) -> None:
    import sentencepiece as spm

    try:
        spm.SentencePieceProcessor(model_file=str(info.directory / "sentencepiece.model"))
    except (OSError, RuntimeError) as exc:
        raise PackageError(
            f"{info.directory.name}: sentencepiece.model cannot be loaded ({exc})"
        ) from exc


def _write_marker(directory: Path, data: dict[str, Any]) -> None:
    (directory / MARKER).write_text(json.dumps(data, indent=2), encoding="utf-8")


def install_package(
    source: str,
    *,
    sha256: str | None = None,
    force: bool = False,
    directory: Path | None = None,
    origin: str = "",
    expected_pair: tuple[str, str] | None = None,
) -> InstallResult:
    """Install one package from an http(s) URL or a local ``.argosmodel`` file.

    A URL needs a sha256 (``sha256`` or a ``KNOWN_PACKAGES`` pin); for a file it is checked
    when given. The same package already installed is left alone; a different version for
    the same language pair replaces it; the same version with a different checksum needs
    ``force``. ``origin`` is recorded as the source instead of ``source`` (a file that was
    downloaded from there); ``expected_pair`` refuses a package for another language pair.
    """
    target_dir = Path(directory) if directory else packages_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    limit = max_package_bytes()
    expected = (sha256 or "").strip().lower() or None
    if expected and not _HEX64.match(expected):
        raise PackageError(f"--sha256 must be 64 hexadecimal characters, got {sha256!r}")
    file_name = Path(urlparse(source).path).name if _is_url(source) else Path(source).name
    pinned = known_packages().get(file_name)
    if pinned and expected and pinned.lower() != expected:
        raise PackageError(
            f"{file_name}: the given sha256 differs from the pinned one in KNOWN_PACKAGES"
        )
    expected = expected or (pinned.lower() if pinned else None)

    with tempfile.TemporaryDirectory(prefix=".mt-install-", dir=target_dir) as work_name:
        work = Path(work_name)
        if _is_url(source):
            if not expected:
                raise PackageError(
                    f"{source}: a sha256 is required to install from a URL (use --sha256)"
                )
            archive = work / "package.argosmodel"
            _download(source, archive, limit)
        else:
            archive = Path(source).expanduser()
            if not archive.is_file():
                raise PackageError(f"{source}: no such file")
        actual = sha256_file(archive)
        if expected and actual != expected:
            raise PackageError(
                f"{file_name}: sha256 mismatch: expected {expected}, got {actual}; "
                "the file is corrupt or not the package you meant"
            )
        unpacked = safe_extract(archive, work / "unpacked", limit)
        info = read_package(unpacked)
        if expected_pair and info.pair != expected_pair:
            raise PackageError(
                f"{file_name}: the package translates {info.from_code}→{info.to_code}, "
                f"not {expected_pair[0]}→{expected_pair[1]} as expected"
            )
        _validate_loadable(info)
        readme = unpacked / "README.md"
        source = origin or source
        readme_text = (
            readme.read_text(encoding="utf-8", errors="replace") if readme.is_file() else ""
        )
        licence_name, licence_text = parse_licence(readme_text)

        existing = [p for p in installed_packages(target_dir) if p.pair == info.pair]
        if any(p.sha256 == actual for p in existing) and not force:
            current = existing[0]
            record = _record(current, actual, source, licence_name, licence_text)
            return InstallResult(current, "unchanged", licence_name, record)
        if any(p.package_version == info.package_version for p in existing) and not force:
            raise PackageError(
                f"{info.from_code}→{info.to_code} {info.package_version} is already installed "
                "from a different file; use --force to replace it"
            )
        _write_marker(
            unpacked,
            {
                "sha256": actual,
                "source": source,
                "licence_name": licence_name,
                "installed_at": timezone.now().isoformat(),
            },
        )
        final = target_dir / unpacked.name
        trash = work / f"old-{uuid.uuid4().hex}"
        trash.mkdir()
        # Move old versions aside, then rename the new folder in: a reader sees the old
        # package or the new one, never a half-written folder.
        for old in existing:
            if old.directory.exists():
                os.replace(old.directory, trash / old.directory.name)
        if final.exists():
            os.replace(final, trash / f"{final.name}-previous")
        os.replace(unpacked, final)
        installed = read_package(final)
        action = "replaced" if existing else "installed"
        record = _record(installed, actual, source, licence_name, licence_text)
        shutil.rmtree(trash, ignore_errors=True)
    return InstallResult(installed, action, licence_name, record)


def _record(
    info: PackageInfo, sha256: str, source: str, licence_name: str, licence_text: str
) -> Any:
    from masthead.translation.models import InstalledModelPackage

    record, _created = InstalledModelPackage.objects.update_or_create(
        source_language=info.from_code,
        target_language=info.to_code,
        defaults={
            "package_version": info.package_version[:40],
            "directory": str(info.directory)[:500],
            "sha256": sha256,
            "source": source[:500],
            "licence_name": licence_name[:200],
            "licence_text": licence_text,
            "installed_at": timezone.now(),
        },
    )
    return record
