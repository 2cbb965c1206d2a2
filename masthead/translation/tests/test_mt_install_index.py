"""`manage.py mt_install --languages`: packages chosen from an Argos-style index and downloaded.

A local HTTP server stands in for the public index and its download host; the packages it
serves are generated tiny Argos packages. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import functools
import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from masthead.translation.engines import get_engine, translation_settings
from masthead.translation.models import InstalledModelPackage
from masthead.translation.package_index import (
    IndexEntry,
    download_links,
    newest_packages,
    parse_index,
)
from masthead.translation.tiny_model import build_tiny_argos_package

pytestmark = pytest.mark.django_db

SITE_LANGUAGES = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("zh-hans", "中文（简体）"),
    ("bn", "বাংলা"),
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*args: object) -> str:
    out = StringIO()
    call_command("mt_install", *[str(arg) for arg in args], stdout=out)
    return out.getvalue()


def run_failing(*args: object) -> tuple[str, str]:
    """(stdout, error message) of a run that must end in a CommandError."""
    out = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("mt_install", *[str(arg) for arg in args], stdout=out)
    return out.getvalue(), str(raised.value)


@dataclass
class FakeIndex:
    """A served folder holding ``index.json`` and ``.argosmodel`` files."""

    root: Path
    base: str
    requested: list[str]
    entries: list[dict[str, Any]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{self.base}/index.json"

    def add(
        self,
        archive: Path,
        from_code: str,
        to_code: str,
        version: str = "1.0",
        *,
        serve: bytes | None = None,
        **extra: Any,
    ) -> str:
        """List a package in the index and serve ``archive`` (or ``serve``) at its link."""
        name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}.argosmodel"
        target = self.root / name
        if serve is None:
            shutil.copyfile(archive, target)
        else:
            target.write_bytes(serve)
        link = f"{self.base}/{name}"
        self.entries.append(
            {
                "package_version": version,
                "argos_version": "1.9",
                "from_code": from_code,
                "from_name": from_code,
                "to_code": to_code,
                "to_name": to_code,
                "links": ["ipfs://QmNotFollowed", link],
                "code": f"translate-{from_code}_{to_code}",
                **extra,
            }
        )
        self.publish()
        return link

    def publish(self) -> None:
        (self.root / "index.json").write_text(json.dumps(self.entries), encoding="utf-8")

    def downloads(self) -> list[str]:
        return [path for path in self.requested if path.endswith(".argosmodel")]


@pytest.fixture
def packages_dir(tmp_path: Path) -> Path:
    return tmp_path / "mt-packages"


@pytest.fixture
def index(settings: Any, tmp_path: Path, packages_dir: Path, local_http_server: Any) -> FakeIndex:
    root = tmp_path / "served"
    root.mkdir()
    requested: list[str] = []

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            requested.append(self.path)

    base = local_http_server(functools.partial(Handler, directory=str(root)))
    fake = FakeIndex(root, base, requested)
    fake.publish()
    settings.LANGUAGES = SITE_LANGUAGES
    settings.MASTHEAD_TRANSLATION = translation_settings(
        ENGINE="argos", PACKAGES_DIR=str(packages_dir), INDEX_URL=fake.url
    )
    return fake


@pytest.fixture
def both_ways(index: FakeIndex, tiny_package_builder: Callable[..., Path]) -> Callable[..., None]:
    """``add("de")`` lists en→de and de→en 1.0 packages in the index."""

    def add(code: str) -> None:
        index.add(tiny_package_builder("en", code), "en", code)
        index.add(tiny_package_builder(code, "en"), code, "en")

    return add


def installed_pairs() -> set[tuple[str, str]]:
    return set(InstalledModelPackage.objects.values_list("source_language", "target_language"))


def test_all_installs_both_directions_for_every_site_language_and_list_shows_them(
    index, both_ways, packages_dir, tiny_package_builder
) -> None:
    for code in ("de", "fr", "zh"):  # zh-hans is "zh" in the Argos index
        both_ways(code)
    output = run("--languages", "all")

    assert "en→de: installed 1.0 (CC-BY 4.0)" in output
    assert "zh→en: installed 1.0 (CC-BY 4.0)" in output
    assert "en→bn: no English→Bengali package in the index" in output
    assert "Summary: 6 installed, 0 up to date, 2 not in the index, 0 failed." in output
    assert installed_pairs() == {
        ("en", "de"), ("de", "en"), ("en", "fr"), ("fr", "en"), ("en", "zh"), ("zh", "en"),
    }  # fmt: skip
    record = InstalledModelPackage.objects.get(source_language="en", target_language="zh")
    assert record.sha256 == sha256(tiny_package_builder("en", "zh"))
    assert record.source == f"{index.base}/translate-en_zh-1_0.argosmodel"
    assert record.licence_name == "CC-BY 4.0"
    assert len(index.downloads()) == 6  # the ipfs:// mirror is never tried

    listing = run("--list")
    assert (
        f"en→zh  1.0  licence: CC-BY 4.0  translate-en_zh-1_0  sha256: {record.sha256}" in listing
    )
    assert get_engine().supports("en", "zh-hans") and get_engine().supports("de", "en")
    assert get_engine().translate("en", "zh-hans", ["The council voted."])[0]
    assert sorted(p.name for p in packages_dir.iterdir()) == sorted(
        f"translate-{a}_{b}-1_0" for a, b in installed_pairs()
    )


def test_a_list_installs_only_the_languages_named(index, both_ways) -> None:
    both_ways("de")
    both_ways("fr")
    output = run("--languages", "de")
    assert "Summary: 2 installed, 0 up to date, 0 not in the index, 0 failed." in output
    assert installed_pairs() == {("en", "de"), ("de", "en")}
    assert not any("_fr" in path for path in index.downloads())


def test_a_language_missing_from_the_index_is_reported_and_alone_fails(index, both_ways) -> None:
    both_ways("de")
    output = run("--languages", "de,bn")
    assert "en→bn: no English→Bengali package in the index" in output
    assert "bn→en: no Bengali→English package in the index" in output
    assert "Summary: 2 installed, 0 up to date, 2 not in the index, 0 failed." in output

    output, error = run_failing("--languages", "bn")
    assert "no English→Bengali package in the index" in output
    assert "Nothing installed: the index has no package for these languages" in error


def test_a_corrupted_download_installs_nothing_and_the_others_go_on(
    index, both_ways, packages_dir, tiny_package_builder
) -> None:
    both_ways("de")
    good = tiny_package_builder("en", "fr")
    damaged = bytearray(good.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    index.add(good, "en", "fr", serve=bytes(damaged), sha256=sha256(good))
    index.add(tiny_package_builder("fr", "en"), "fr", "en", serve=b"<html>not a package</html>")

    output, error = run_failing("--languages", "de,fr")
    failure = "en→fr: FAILED, nothing changed for this pair: translate-en_fr-1_0.argosmodel: "
    assert failure in output
    assert f"sha256 mismatch: expected {sha256(good)}" in output
    assert "fr→en: FAILED, nothing changed for this pair" in output
    assert "not a zip archive" in output
    assert "Summary: 2 installed, 0 up to date, 0 not in the index, 2 failed." in output
    assert "2 package(s) failed: en→fr, fr→en" in error
    assert installed_pairs() == {("en", "de"), ("de", "en")}
    # No half-installed folder and no download left behind (hidden work folders included).
    assert sorted(p.name for p in packages_dir.iterdir()) == [
        "translate-de_en-1_0",
        "translate-en_de-1_0",
    ]
    assert not get_engine().supports("en", "fr")


def test_a_failed_upgrade_keeps_the_installed_version(
    index, both_ways, packages_dir, tmp_path
) -> None:
    both_ways("de")
    run("--languages", "de")
    newer = build_tiny_argos_package(tmp_path / "de19", "en", "de", package_version="1.9")
    index.add(newer, "en", "de", "1.9", sha256="0" * 64)

    output, _error = run_failing("--languages", "de")
    assert "en→de: FAILED, nothing changed for this pair" in output
    assert "sha256 mismatch: expected 0000" in output
    assert InstalledModelPackage.objects.get(target_language="de").package_version == "1.0"
    assert get_engine().translate("en", "de", ["The council voted."])[0]
    assert "translate-en_de-1_0" in {p.name for p in packages_dir.iterdir()}


def test_a_second_run_changes_nothing_and_force_reinstalls(index, both_ways) -> None:
    both_ways("de")
    run("--languages", "de")
    before = dict(InstalledModelPackage.objects.values_list("target_language", "installed_at"))
    downloads = len(index.downloads())

    output = run("--languages", "de")
    assert "en→de: up to date (1.0)" in output and "de→en: up to date (1.0)" in output
    assert "Summary: 0 installed, 2 up to date, 0 not in the index, 0 failed." in output
    assert len(index.downloads()) == downloads
    after = dict(InstalledModelPackage.objects.values_list("target_language", "installed_at"))
    assert after == before

    output = run("--languages", "de", "--force")
    assert "en→de: reinstalled 1.0 (CC-BY 4.0)" in output
    assert "Summary: 2 installed, 0 up to date" in output
    assert len(index.downloads()) == downloads + 2


def test_the_newest_version_is_picked_and_replaces_an_older_one(
    index, tiny_package_builder, tmp_path
) -> None:
    old = tiny_package_builder("en", "de")
    index.add(old, "en", "de", "1.0")
    run("--languages", "de")
    assert InstalledModelPackage.objects.get().package_version == "1.0"

    # 1.10 is newer than 1.9 (numbers, not text); only 1.10 is really served.
    newest = build_tiny_argos_package(tmp_path / "de110", "en", "de", package_version="1.10")
    index.add(newest, "en", "de", "1.10")
    index.add(old, "en", "de", "1.9", serve=b"wrong one")
    index.entries.reverse()  # 1.9, 1.10, 1.0: the newest is neither first nor last
    index.publish()

    output = run("--languages", "de")
    assert "en→de: replaced 1.0 with 1.10" in output
    assert index.downloads()[-1] == "/translate-en_de-1_10.argosmodel"
    record = InstalledModelPackage.objects.get()
    assert (record.package_version, record.sha256) == ("1.10", sha256(newest))
    assert get_engine().model_version("en", "de")
    assert "en→de: up to date (1.10)" in run("--languages", "de")


def test_dry_run_prints_the_plan_and_downloads_nothing(index, both_ways, packages_dir) -> None:
    both_ways("de")
    output = run("--languages", "de,bn", "--dry-run")
    assert f"en→de: would install 1.0 from {index.base}/translate-en_de-1_0.argosmodel" in output
    assert "en→bn: no English→Bengali package in the index" in output
    assert "Summary: 2 to install, 0 up to date, 2 not in the index, 0 failed." in output
    assert index.downloads() == []
    assert not InstalledModelPackage.objects.exists()


def test_unreachable_index_and_bad_arguments_are_named(index, settings) -> None:
    with pytest.raises(CommandError, match="Not a language of this site: xx"):
        run("--languages", "de,xx")
    with pytest.raises(CommandError, match="either --languages or package sources"):
        run("--languages", "de", "some.argosmodel")
    settings.MASTHEAD_TRANSLATION = translation_settings(INDEX_URL=f"{index.base}/missing.json")
    with pytest.raises(CommandError, match="cannot read the package index .*: HTTP 404"):
        run("--languages", "de")


def test_index_reading_rules() -> None:
    raw = [
        {"from_code": "en", "to_code": "de", "package_version": "1.9", "links": ["https://a/x"]},
        {"from_code": "en", "to_code": "de", "package_version": "1.10", "links": ["http://b/y"]},
        {"from_code": "en", "to_code": "de", "package_version": "1.2", "links": []},
        {"type": "sbd", "from_code": "en", "to_code": "de", "package_version": "9"},
        {"from_code": "../x", "to_code": "de", "package_version": "9", "links": []},
        {"from_code": "en", "to_code": "fr", "package_version": "1", "links": [], "checksum": 5},
    ]
    entries = parse_index(raw)
    newest = newest_packages(entries)
    assert newest[("en", "de")].package_version == "1.10"
    assert newest[("en", "fr")].sha256 == "invalid"  # that pair fails rather than go unchecked
    assert len(entries) == 4
    # From an https index, a plain-http link is not followed: nothing would check the file.
    entry = IndexEntry("en", "de", "1", ("http://b/y", "https://a/x"))
    assert download_links(entry, "https://index/index.json") == ["https://a/x"]
    assert download_links(entry, "http://127.0.0.1/index.json") == ["http://b/y", "https://a/x"]
