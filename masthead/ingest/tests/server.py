"""A real HTTP server on 127.0.0.1 that serves what a test writes: feeds, pages, redirects,
slow and huge answers. Each route is a function of the request handler returning a
``Reply``, or writing the response itself for the slow and streaming cases."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.test import override_settings


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


Route = Callable[[BaseHTTPRequestHandler], Reply | None]


class LocalSite:
    """The routes, the requests received (path and headers) and the server's address."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.server: ThreadingHTTPServer | None = None

    @property
    def port(self) -> int:
        assert self.server is not None
        return self.server.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(self, path: str, body: bytes | str, content_type: str, **headers: str) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = lambda _request: Reply(
            data, 200, {"Content-Type": content_type, **headers}
        )

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.routes[path] = lambda _request: Reply(b"", status, {"Location": location})


def _handler(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = site.routes.get(self.path.split("?")[0])
            reply = (
                route(self) if route else Reply(b"not here", 404, {"Content-Type": "text/plain"})
            )
            if reply is None:
                return  # the route wrote the response itself
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            # The client may stop reading (a size limit): that is the point.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(reply.body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def local_site(*, allow: bool = True) -> Iterator[LocalSite]:
    """Serve on 127.0.0.1; ``allow`` lets the transport reach exactly this host and port."""
    site = LocalSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.server = server
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        if allow:
            with override_settings(MASTHEAD_INGEST_ALLOW_PRIVATE_HOSTS=[f"127.0.0.1:{site.port}"]):
                yield site
        else:
            yield site
    finally:
        server.shutdown()
        server.server_close()
