"""`manage.py mt_install`: packages from files and URLs, checksums, unsafe archives, licences."""

import functools
import hashlib
import json
import stat
import zipfile
from http.server import SimpleHTTPRequestHandler
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from masthead.translation.engines import get_engine, translation_settings
from masthead.translation.models import InstalledModelPackage
from masthead.translation.tiny_model import build_tiny_argos_package

pytestmark = pytest.mark.django_db


@pytest.fixture
def packages_dir(settings, tmp_path) -> Path:
    directory = tmp_path / "mt-packages"
    settings.MASTHEAD_TRANSLATION = translation_settings(
        ENGINE="argos", PACKAGES_DIR=str(directory)
    )
    return directory


def run(*args: object) -> str:
    out = StringIO()
    call_command("mt_install", *[str(arg) for arg in args], stdout=out)
    return out.getvalue()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rezip(
    source: Path, dest: Path, *, drop: str = "", extra: dict[str, bytes] | None = None
) -> Path:
    """A copy of a package zip without one entry and/or with extra entries."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(dest, "w") as copy:
        for info in original.infolist():
            if drop and info.filename.endswith(drop):
                continue
            copy.writestr(info, original.read(info))
        for name, data in (extra or {}).items():
            copy.writestr(name, data)
    return dest


def test_install_from_a_file_records_the_licence_and_the_engine_translates(
    packages_dir, tiny_package_file
) -> None:
    output = run(tiny_package_file)
    assert "Installed en→fr 1.0 (CC-BY 4.0)" in output
    folder = packages_dir / "translate-en_fr-1_0"
    assert (folder / "model" / "model.bin").is_file()
    assert (folder / "sentencepiece.model").is_file()
    record = InstalledModelPackage.objects.get()
    assert (record.source_language, record.target_language) == ("en", "fr")
    assert record.package_version == "1.0"
    assert record.sha256 == sha256(tiny_package_file)
    assert record.licence_name == "CC-BY 4.0"
    assert "CC-BY 4.0" in record.licence_text
    assert record.directory == str(folder)
    assert [p.name for p in packages_dir.iterdir()] == ["translate-en_fr-1_0"]

    texts = ["The council voted.", "Who will pay for it?"]
    out = get_engine().translate("en", "fr", texts)
    assert len(out) == 2 and all(out)
    assert get_engine().translate("en", "fr", texts) == out


def test_list_shows_installed_packages_and_licences(packages_dir, tiny_package_file) -> None:
    assert "No translation packages installed" in run("--list")
    run(tiny_package_file)
    listing = run("--list")
    assert "en→fr  1.0  licence: CC-BY 4.0  translate-en_fr-1_0" in listing


def test_install_from_a_url_checks_the_sha256_and_streams_the_file(
    packages_dir, tiny_package_file, local_http_server
) -> None:
    requested = []

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            requested.append(self.path)

    handler = functools.partial(Handler, directory=str(tiny_package_file.parent))
    base = local_http_server(handler)
    url = f"{base}/{tiny_package_file.name}"
    output = run(url, "--sha256", sha256(tiny_package_file))
    assert "Installed en→fr 1.0" in output
    assert requested == [f"/{tiny_package_file.name}"]
    assert InstalledModelPackage.objects.get().source == url
    assert get_engine().supports("en", "fr")


def test_a_url_without_a_checksum_is_refused(packages_dir, tiny_package_file) -> None:
    with pytest.raises(CommandError, match="a sha256 is required to install from a URL"):
        run("http://127.0.0.1:9/translate-en_fr-1_0.argosmodel")
    assert not InstalledModelPackage.objects.exists()


def test_a_pinned_package_needs_no_checksum_but_must_match_it(
    packages_dir, tiny_package_file, settings
) -> None:
    settings.MASTHEAD_TRANSLATION = translation_settings(
        KNOWN_PACKAGES={tiny_package_file.name: "0" * 64}
    )
    with pytest.raises(CommandError, match="sha256 mismatch"):
        run(tiny_package_file)
    settings.MASTHEAD_TRANSLATION = translation_settings(
        KNOWN_PACKAGES={tiny_package_file.name: sha256(tiny_package_file)}
    )
    assert "Installed" in run(tiny_package_file)


def test_a_failed_download_is_reported(packages_dir, local_http_server, tmp_path) -> None:
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    base = local_http_server(handler)
    with pytest.raises(CommandError, match="HTTP 404"):
        run(f"{base}/missing.argosmodel", "--sha256", "a" * 64)


def test_a_wrong_checksum_installs_nothing(packages_dir, tiny_package_file) -> None:
    with pytest.raises(CommandError, match="sha256 mismatch: expected 0000"):
        run(tiny_package_file, "--sha256", "0" * 64)
    assert not InstalledModelPackage.objects.exists()
    assert list(packages_dir.iterdir()) == []


def test_a_malformed_checksum_is_refused(packages_dir, tiny_package_file) -> None:
    with pytest.raises(CommandError, match="64 hexadecimal characters"):
        run(tiny_package_file, "--sha256", "abc")


def test_path_traversal_is_refused(packages_dir, tiny_package_file, tmp_path) -> None:
    evil = rezip(tiny_package_file, tmp_path / "evil.argosmodel", extra={"../evil": b"owned"})
    with pytest.raises(CommandError, match=r"unsafe path in archive: '\.\./evil'"):
        run(evil)
    assert not (packages_dir.parent / "evil").exists()
    assert not InstalledModelPackage.objects.exists()


def test_absolute_paths_and_links_are_refused(packages_dir, tiny_package_file, tmp_path) -> None:
    absolute = rezip(tiny_package_file, tmp_path / "abs.argosmodel", extra={"/etc/x": b"x"})
    with pytest.raises(CommandError, match="is absolute"):
        run(absolute)
    link = tmp_path / "link.argosmodel"
    rezip(tiny_package_file, link)
    with zipfile.ZipFile(link, "a") as bundle:
        info = zipfile.ZipInfo("translate-en_fr-1_0/model/evil")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        bundle.writestr(info, "/etc/passwd")
    with pytest.raises(CommandError, match="symbolic link"):
        run(link)


def test_two_top_level_folders_are_refused(packages_dir, tiny_package_file, tmp_path) -> None:
    two = rezip(
        tiny_package_file, tmp_path / "two.argosmodel", extra={"translate-en_de-1_0/x": b"x"}
    )
    with pytest.raises(CommandError, match="exactly one top-level folder"):
        run(two)


def test_a_package_without_sentencepiece_model_is_refused(
    packages_dir, tiny_package_file, tmp_path
) -> None:
    legacy = rezip(
        tiny_package_file,
        tmp_path / "legacy.argosmodel",
        drop="sentencepiece.model",
        extra={"translate-en_fr-1_0/bpe.model": b"#version: 0.2\n"},
    )
    with pytest.raises(CommandError, match="sentencepiece.model is missing; legacy BPE"):
        run(legacy)
    assert not get_engine().supports("en", "fr")


def test_a_package_over_the_size_cap_is_refused(packages_dir, tiny_package_file, settings) -> None:
    settings.MASTHEAD_TRANSLATION = translation_settings(MAX_PACKAGE_BYTES=10_000)
    with pytest.raises(CommandError, match="over the 10000-byte cap"):
        run(tiny_package_file)


def test_bad_metadata_is_named(packages_dir, tiny_package_file, tmp_path) -> None:
    broken = rezip(
        tiny_package_file,
        tmp_path / "meta.argosmodel",
        drop="metadata.json",
        extra={"translate-en_fr-1_0/metadata.json": json.dumps({"from_code": "en"}).encode()},
    )
    with pytest.raises(CommandError, match="no valid 'to_code'"):
        run(broken)


def test_reinstall_upgrade_and_force(packages_dir, tiny_package_file, tmp_path) -> None:
    run(tiny_package_file)
    assert "Already had en→fr 1.0" in run(tiny_package_file)

    other = build_tiny_argos_package(tmp_path / "other", "en", "fr", seed=1)
    with pytest.raises(CommandError, match="already installed from a different file; use --force"):
        run(other)
    version_before = get_engine().model_version("en", "fr")
    assert "Replaced en→fr 1.0" in run(other, "--force")
    assert get_engine().model_version("en", "fr") != version_before
    assert InstalledModelPackage.objects.get().sha256 == sha256(other)

    newer = build_tiny_argos_package(tmp_path / "newer", "en", "fr", package_version="1.9")
    assert "Replaced en→fr 1.9" in run(newer)
    assert [p.name for p in packages_dir.iterdir()] == ["translate-en_fr-1_9"]
    assert InstalledModelPackage.objects.get().package_version == "1.9"
    assert get_engine().translate("en", "fr", ["Hello."])[0]


def test_several_sources_at_once_need_one_checksum_each(packages_dir, tiny_package_builder) -> None:
    fr, de = tiny_package_builder("en", "fr"), tiny_package_builder("en", "de")
    with pytest.raises(CommandError, match="one per source"):
        run(fr, de, "--sha256", sha256(fr))
    output = run(fr, de, "--sha256", sha256(fr), "--sha256", sha256(de))
    assert "Installed en→fr" in output and "Installed en→de" in output
    assert InstalledModelPackage.objects.count() == 2


def test_non_commercial_licences_are_flagged(packages_dir, tmp_path) -> None:
    archive = build_tiny_argos_package(
        tmp_path / "nc", "en", "fr", licence_line="License: CC BY-NC 4.0"
    )
    assert "forbids commercial use" in run(archive)


def test_missing_file_and_no_arguments(packages_dir) -> None:
    with pytest.raises(CommandError, match="no such file"):
        run("/nonexistent/translate-en_fr-1_0.argosmodel")
    with pytest.raises(CommandError, match="at least one package"):
        run()
