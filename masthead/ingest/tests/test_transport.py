"""The safe transport against a real local server: what a partner's server can do to us."""

from __future__ import annotations

import gzip
import ipaddress
import socket
import time
from http.server import BaseHTTPRequestHandler
from unittest import mock

from django.test import SimpleTestCase, TestCase, override_settings

from masthead.ingest import transport
from masthead.ingest.tests.server import Reply, local_site
from masthead.ingest.transport import (
    BadStatus,
    BlockedAddress,
    ConnectionFailed,
    NotAllowedScheme,
    TimedOut,
    TooLarge,
    TooManyRedirects,
    decode,
    fetch,
)
from masthead.testing import build_outlet

RSS = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<rss version="2.0"><channel><title>T</title></channel></rss>'
)


@override_settings(MASTHEAD_INGEST_USER_AGENT="Masthead-Ingest/1.0 (+https://courier.test)")
class FetchTests(SimpleTestCase):
    def test_a_page_comes_back_with_its_type_charset_and_validators(self) -> None:
        with local_site() as site:
            site.serve(
                "/feed.xml",
                RSS,
                "application/rss+xml; charset=UTF-8",
                ETag='"v1"',
                **{"Last-Modified": "Tue, 01 Dec 2026 10:00:00 GMT"},
            )
            fetched = fetch(site.url("/feed.xml"))
        self.assertEqual(fetched.status, 200)
        self.assertEqual(fetched.content, RSS)
        self.assertEqual(fetched.content_type, "application/rss+xml")
        self.assertEqual(fetched.charset, "utf-8")
        self.assertEqual(fetched.etag, '"v1"')
        self.assertEqual(fetched.last_modified, "Tue, 01 Dec 2026 10:00:00 GMT")
        self.assertFalse(fetched.not_modified)
        self.assertEqual(
            site.requests[0][1]["user-agent"], "Masthead-Ingest/1.0 (+https://courier.test)"
        )

    def test_conditional_get_answers_not_modified(self) -> None:
        def conditional(request: BaseHTTPRequestHandler) -> Reply:
            if request.headers.get("If-None-Match") == '"v1"':
                return Reply(b"", 304, {"ETag": '"v1"'})
            return Reply(RSS, 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'})

        with local_site() as site:
            site.routes["/feed.xml"] = conditional
            first = fetch(site.url("/feed.xml"))
            second = fetch(site.url("/feed.xml"), etag=first.etag, last_modified="Tue, 01 Dec 2026")
        self.assertFalse(first.not_modified)
        self.assertTrue(second.not_modified)
        self.assertEqual(second.content, b"")
        self.assertEqual(site.requests[1][1]["if-modified-since"], "Tue, 01 Dec 2026")

    def test_our_own_server_is_refused_without_the_setting(self) -> None:
        with local_site(allow=False) as site:
            site.serve("/feed.xml", RSS, "application/rss+xml")
            with self.assertRaises(BlockedAddress) as caught:
                fetch(site.url("/feed.xml"))
        self.assertEqual(site.requests, [])  # refused before connecting
        self.assertIn("private or reserved network address (127.0.0.1)", str(caught.exception))
        self.assertEqual(caught.exception.code, "blocked-address")

    def test_a_redirect_to_another_private_address_is_refused(self) -> None:
        with local_site() as site, local_site(allow=False) as other:
            other.serve("/secret", b"internal", "text/plain")
            site.redirect("/to-other-port", other.url("/secret"))
            site.redirect("/to-localhost", f"http://localhost:{site.port}/feed.xml")
            site.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
            site.redirect("/to-mapped", f"http://[::ffff:127.0.0.1]:{site.port}/feed.xml")
            site.serve("/feed.xml", RSS, "application/rss+xml")
            for path in ("/to-other-port", "/to-localhost", "/to-metadata", "/to-mapped"):
                with self.subTest(path), self.assertRaises(BlockedAddress):
                    fetch(site.url(path))
            self.assertEqual(other.requests, [])
            # The allowed host itself is still reachable through a redirect.
            site.redirect("/moved", "/feed.xml", status=301)
            self.assertEqual(fetch(site.url("/moved")).url, site.url("/feed.xml"))

    def test_redirect_loops_stop(self) -> None:
        with local_site() as site, override_settings(MASTHEAD_INGEST_MAX_REDIRECTS=3):
            site.redirect("/a", "/b")
            site.redirect("/b", "/a")
            with self.assertRaises(TooManyRedirects) as caught:
                fetch(site.url("/a"))
        self.assertEqual(len(site.requests), 4)
        self.assertIn("Gave up after 3 redirects", str(caught.exception))

    def test_only_http_and_https(self) -> None:
        for url in ("file:///etc/passwd", "ftp://partner.example/feed", "gopher://x/"):
            with self.subTest(url), self.assertRaises(NotAllowedScheme):
                fetch(url)

    def test_a_declared_huge_body_is_refused_before_reading(self) -> None:
        with local_site() as site:
            site.serve("/huge", b"x" * 200_000, "text/html")
            with self.assertRaises(TooLarge) as caught:
                fetch(site.url("/huge"), max_bytes=100_000)
        self.assertIn("larger than the 100000 bytes limit", str(caught.exception))

    def test_an_undeclared_huge_body_is_cut_while_streaming(self) -> None:
        sent = []

        def endless(request: BaseHTTPRequestHandler) -> None:
            request.send_response(200)
            request.send_header("Content-Type", "text/html")
            request.send_header("Transfer-Encoding", "chunked")
            request.end_headers()
            chunk = b"y" * 16_384
            try:
                for _ in range(2_000):  # 32 MB if nobody stopped reading
                    request.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    sent.append(len(chunk))
            except (BrokenPipeError, ConnectionResetError):
                pass

        with local_site() as site:
            site.routes["/stream"] = endless
            with self.assertRaises(TooLarge):
                fetch(site.url("/stream"), max_bytes=1_000_000)
        self.assertLess(sum(sent), 16_000_000)

    def test_a_gzip_bomb_is_cut_after_decompression(self) -> None:
        bomb = gzip.compress(b"\0" * 50_000_000)
        self.assertLess(len(bomb), 100_000)
        with local_site() as site:
            site.serve("/bomb", bomb, "text/html", **{"Content-Encoding": "gzip"})
            site.serve(
                "/small", gzip.compress(b"<p>fine</p>"), "text/html", **{"Content-Encoding": "gzip"}
            )
            with self.assertRaises(TooLarge):
                fetch(site.url("/bomb"), max_bytes=1_000_000)
            self.assertEqual(fetch(site.url("/small")).content, b"<p>fine</p>")

    def test_a_server_that_does_not_answer_times_out(self) -> None:
        def silent(request: BaseHTTPRequestHandler) -> None:
            time.sleep(3)

        with local_site() as site, override_settings(MASTHEAD_INGEST_READ_TIMEOUT=0.5):
            site.routes["/slow"] = silent
            started = time.monotonic()
            with self.assertRaises(TimedOut) as caught:
                fetch(site.url("/slow"))
        self.assertLess(time.monotonic() - started, 2)
        self.assertIn("took too long", str(caught.exception))

    def test_a_trickle_stops_at_the_total_deadline(self) -> None:
        def trickle(request: BaseHTTPRequestHandler) -> None:
            request.send_response(200)
            request.send_header("Content-Type", "text/html")
            request.send_header("Content-Length", "1000")
            request.end_headers()
            try:
                for _ in range(1000):  # one byte every 0.1 s: never idle long enough to time out
                    request.wfile.write(b"x")
                    request.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass

        with local_site() as site:
            site.routes["/trickle"] = trickle
            started = time.monotonic()
            with self.assertRaises(TimedOut):
                fetch(site.url("/trickle"), timeout=1.0)
        self.assertLess(time.monotonic() - started, 2)

    def test_error_statuses_and_closed_ports(self) -> None:
        with local_site() as site:
            with self.assertRaises(BadStatus) as caught:
                fetch(site.url("/missing"))
            port = site.port
        self.assertEqual(caught.exception.status, 404)
        self.assertIn("404 Not Found", str(caught.exception))
        with (
            override_settings(MASTHEAD_INGEST_ALLOW_PRIVATE_HOSTS=[f"127.0.0.1:{port}"]),
            self.assertRaises(ConnectionFailed),
        ):
            fetch(f"http://127.0.0.1:{port}/gone")

    def test_the_connection_goes_to_the_address_that_was_checked(self) -> None:
        # A second DNS answer (rebinding) must not be used: the name is resolved once per hop.
        real = socket.getaddrinfo
        answers = iter(["127.0.0.1", "10.0.0.7"])
        calls = []

        def rebinding(host: str, *args: object, **kwargs: object) -> list:  # type: ignore[type-arg]
            if host != "partner.test":
                return real(host, *args, **kwargs)  # type: ignore[arg-type]
            calls.append(host)
            return real(next(answers), *args, **kwargs)  # type: ignore[arg-type]

        with local_site() as site:
            site.serve("/feed.xml", RSS, "application/rss+xml")
            allowed = [f"partner.test:{site.port}"]
            with (
                override_settings(MASTHEAD_INGEST_ALLOW_PRIVATE_HOSTS=allowed),
                mock.patch.object(transport.socket, "getaddrinfo", rebinding),
            ):
                fetched = fetch(f"http://partner.test:{site.port}/feed.xml")
        self.assertEqual(fetched.content, RSS)
        self.assertEqual(calls, ["partner.test"])
        self.assertEqual(site.requests[0][1]["host"], f"partner.test:{site.port}")


class AddressTests(SimpleTestCase):
    def test_which_addresses_are_public(self) -> None:
        refused = [
            "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "0.0.0.0",  # noqa: S104 "224.0.0.1", "255.255.255.255", "240.0.0.1",
            "::1", "::", "fe80::1", "fc00::1", "ff02::1", "::ffff:127.0.0.1",
            "::ffff:10.0.0.1", "2002:7f00:1::1", "64:ff9b::a00:1",
        ]  # fmt: skip
        for text in refused:
            with self.subTest(text):
                self.assertFalse(transport.is_public_address(ipaddress.ip_address(text)))
        for text in ("93.184.216.34", "2606:4700::1111", "::ffff:93.184.216.34"):
            with self.subTest(text):
                self.assertTrue(transport.is_public_address(ipaddress.ip_address(text)))


class DecodeTests(SimpleTestCase):
    text = "Café à la crème, São Paulo"

    def test_declared_latin1_is_read_as_latin1(self) -> None:
        self.assertEqual(decode(self.text.encode("latin-1"), "iso-8859-1"), self.text)

    def test_undeclared_latin1_falls_back_to_windows_1252(self) -> None:
        self.assertEqual(decode(self.text.encode("latin-1"), None), self.text)

    def test_latin1_mislabelled_as_utf8_still_reads(self) -> None:
        self.assertEqual(decode(self.text.encode("latin-1"), "utf-8"), self.text)

    def test_utf8_mislabelled_as_latin1_reads_as_utf8(self) -> None:
        self.assertEqual(decode(self.text.encode("utf-8"), "iso-8859-1"), self.text)

    def test_the_document_declaration_is_used_without_a_header(self) -> None:
        html = f'<html><head><meta charset="windows-1251"></head><p>{"Привет"}</p>'
        self.assertIn("Привет", decode(html.encode("cp1251")))


class UserAgentTests(TestCase):
    def test_the_user_agent_names_the_outlet(self) -> None:
        build_outlet("The Harbour Ledger")
        with local_site() as site:
            site.serve("/feed.xml", RSS, "application/rss+xml")
            fetch(site.url("/feed.xml"))
        agent = site.requests[0][1]["user-agent"]
        self.assertTrue(agent.startswith("Masthead-Ingest/1.0 (+http://localhost"), agent)
        self.assertIn("The Harbour Ledger", agent)
