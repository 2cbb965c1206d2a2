"""Who a limit counts: the client behind trusted proxies, never an address the client wrote."""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory, SimpleTestCase, override_settings

from masthead.core.ratelimit import Rate, client_ip, client_key, rate_limit

factory = RequestFactory()


def request(remote: str, forwarded: str = "") -> HttpRequest:
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return factory.get("/search/", REMOTE_ADDR=remote, **extra)


class ClientAddressTests(SimpleTestCase):
    def test_without_trusted_proxies_the_header_is_ignored(self) -> None:
        self.assertEqual(client_ip(request("203.0.113.9", "198.51.100.1")), "203.0.113.9")

    @override_settings(MASTHEAD_TRUSTED_PROXIES=["10.0.0.0/8", "::1"])
    def test_behind_a_trusted_proxy_the_nearest_untrusted_hop_is_the_client(self) -> None:
        # The client wrote "1.2.3.4" itself; nginx appended the address it saw.
        spoofed = request("10.0.0.2", "1.2.3.4, 198.51.100.20")
        self.assertEqual(client_ip(spoofed), "198.51.100.20")
        # Two proxies of ours in a row.
        chained = request("10.0.0.2", "198.51.100.20, 10.0.0.7")
        self.assertEqual(client_ip(chained), "198.51.100.20")
        self.assertEqual(client_ip(request("::1", "2001:db8::5")), "2001:db8::5")

    def test_a_proxy_on_a_unix_socket_is_trusted_like_loopback(self) -> None:
        with override_settings(MASTHEAD_TRUSTED_PROXIES=["127.0.0.1"]):
            self.assertEqual(client_ip(request("", "198.51.100.20")), "198.51.100.20")
        with override_settings(MASTHEAD_TRUSTED_PROXIES=[]):
            self.assertEqual(client_ip(request("", "198.51.100.20")), "127.0.0.1")

    @override_settings(MASTHEAD_TRUSTED_PROXIES=["10.0.0.0/8"])
    def test_an_untrusted_connection_or_a_mangled_chain_counts_the_connection(self) -> None:
        self.assertEqual(client_ip(request("203.0.113.9", "1.2.3.4")), "203.0.113.9")
        self.assertEqual(client_ip(request("10.0.0.2", "not-an-address")), "10.0.0.2")

    def test_ipv6_clients_are_counted_by_their_64_network(self) -> None:
        first = client_key(request("2001:db8:1:2::10"))
        second = client_key(request("2001:db8:1:2:ffff::99"))
        self.assertEqual(first, second)
        self.assertEqual(first, "2001:db8:1:2::/64")
        self.assertNotEqual(first, client_key(request("2001:db8:1:3::10")))
        self.assertEqual(client_key(request("::ffff:192.0.2.4")), "192.0.2.4")


class DecoratorTests(SimpleTestCase):
    def setUp(self) -> None:
        cache.clear()
        self.addCleanup(cache.clear)

    def test_rates_are_read_as_requests_per_seconds(self) -> None:
        self.assertEqual(Rate.parse("60/60"), Rate(60, 60))
        with self.assertRaises(ValueError):
            Rate.parse("0/60")

    @override_settings(MASTHEAD_RATE_LIMITS={"demo": "2/60"})
    def test_the_third_request_in_a_window_is_refused(self) -> None:
        @rate_limit("demo")
        def view(request: HttpRequest) -> HttpResponse:
            return HttpResponse("ok")

        codes = [view(request("192.0.2.1")).status_code for _ in range(3)]
        self.assertEqual(codes, [200, 200, 429])
        self.assertEqual(view(request("192.0.2.2")).status_code, 200)

    @override_settings(MASTHEAD_RATE_LIMITS={})
    def test_a_scope_without_a_rate_is_not_limited(self) -> None:
        @rate_limit("demo")
        def view(request: HttpRequest) -> HttpResponse:
            return HttpResponse("ok")

        self.assertEqual({view(request("192.0.2.1")).status_code for _ in range(50)}, {200})
