"""Fixtures for machine-translation tests: generated model packages and engine settings.

* ``tiny_package_file``: a random-weight en→fr ``.argosmodel`` built once per session.
* ``tiny_package_builder``: ``build(from_code, to_code) -> Path`` for other pairs (cached).
* ``install_tiny_model``: ``install(from_code="en", to_code="fr") -> Path`` installs a
  generated package with the real installer into a temporary ``PACKAGES_DIR`` and selects
  the "argos" engine; returns the packages directory.
* ``installed_tiny_model``: the same, done for en→fr; the value is the packages directory.
* ``fake_engine``: selects the "fake" engine (options via ``fake_engine_options``) and
  returns the instance ``get_engine()`` will hand out.
* ``local_http_server``: serves a handler class on 127.0.0.1; yields the base URL.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from masthead.translation.engines import get_engine
from masthead.translation.engines.fake import FakeEngine
from masthead.translation.tiny_model import build_tiny_argos_package


@pytest.fixture(scope="session")
def tiny_package_builder(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    built: dict[tuple[str, str], Path] = {}
    root = tmp_path_factory.mktemp("tiny-packages")

    def build(from_code: str = "en", to_code: str = "fr") -> Path:
        if (from_code, to_code) not in built:
            built[(from_code, to_code)] = build_tiny_argos_package(
                root / f"{from_code}-{to_code}", from_code, to_code
            )
        return built[(from_code, to_code)]

    return build


@pytest.fixture(scope="session")
def tiny_package_file(tiny_package_builder: Callable[..., Path]) -> Path:
    return tiny_package_builder("en", "fr")


@pytest.fixture
def install_tiny_model(
    settings: Any, tmp_path: Path, db: None, tiny_package_builder: Callable[..., Path]
) -> Callable[..., Path]:
    from masthead.translation.packages import install_package

    packages = tmp_path / "mt-packages"
    packages.mkdir()
    settings.MASTHEAD_TRANSLATION = {
        **settings.MASTHEAD_TRANSLATION,
        "ENGINE": "argos",
        "PACKAGES_DIR": str(packages),
    }

    def install(from_code: str = "en", to_code: str = "fr") -> Path:
        install_package(str(tiny_package_builder(from_code, to_code)))
        return packages

    return install


@pytest.fixture
def installed_tiny_model(install_tiny_model: Callable[..., Path]) -> Path:
    return install_tiny_model("en", "fr")


@pytest.fixture
def fake_engine_options() -> dict[str, Any]:
    return {}


@pytest.fixture
def fake_engine(settings: Any, fake_engine_options: dict[str, Any]) -> FakeEngine:
    settings.MASTHEAD_TRANSLATION = {
        **settings.MASTHEAD_TRANSLATION,
        "ENGINE": "fake",
        "FAKE": fake_engine_options,
    }
    engine = get_engine()
    assert isinstance(engine, FakeEngine)
    return engine


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout tests) makes the late answer fail: expected.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture
def local_http_server() -> Iterator[Callable[[type[BaseHTTPRequestHandler]], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(handler: type[BaseHTTPRequestHandler]) -> str:
        server = _QuietServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
