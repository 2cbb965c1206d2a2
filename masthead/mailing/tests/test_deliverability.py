"""The deliverability page and its DNS check: parsers on given records, a local DNS server, and
the plain message when DNS cannot be reached (as on this machine)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.test import TestCase, override_settings
from django.urls import reverse

from masthead.mailing import deliverability as d
from masthead.mailing.models import Campaign
from masthead.mailing.tests.dnsserver import LocalDNS
from masthead.mailing.tests.support import free_port


class ParserTests(TestCase):
    def test_spf(self) -> None:
        self.assertEqual(d.judge_spf(["v=spf1 mx include:_spf.relay.example -all"]).status, d.OK)
        self.assertEqual(d.judge_spf(["google-site-verification=x"]).status, d.FAIL)
        self.assertEqual(d.judge_spf(["v=spf1 +all"]).status, d.FAIL)
        self.assertEqual(d.judge_spf(["v=spf1 mx"]).status, d.WARN)
        self.assertEqual(d.judge_spf(["v=spf1 -all", "v=spf1 mx -all"]).status, d.FAIL)
        many = "v=spf1 " + " ".join(f"include:s{n}.example" for n in range(11)) + " -all"
        check = d.judge_spf([many])
        self.assertEqual(check.status, d.FAIL)
        self.assertIn("11 DNS lookups", check.summary)
        # ip4/ip6 cost no lookup; a, mx/24 and redirect= do.
        ten = "v=spf1 a mx/24 ip4:192.0.2.1 " + " ".join(f"include:s{n}.ex" for n in range(7))
        self.assertEqual(d.judge_spf([ten + " redirect=other.example"]).status, d.WARN)

    def test_dmarc(self) -> None:
        check = d.judge_dmarc(["v=DMARC1; p=none; rua=mailto:dmarc@news.example"])
        self.assertEqual(check.status, d.WARN)
        self.assertIn("mailto:dmarc@news.example", check.summary)
        self.assertEqual(d.judge_dmarc(["v=DMARC1; p=reject"]).status, d.OK)
        self.assertEqual(d.judge_dmarc(["v=DMARC1; rua=mailto:x@y"]).status, d.FAIL)
        self.assertEqual(d.judge_dmarc([]).status, d.FAIL)

    def test_dkim_and_mx(self) -> None:
        self.assertEqual(d.judge_dkim("mh1", ["v=DKIM1; k=rsa; p=MIIBIjANBg"]).status, d.OK)
        self.assertEqual(d.judge_dkim("mh1", ["v=DKIM1; p="]).status, d.FAIL)
        self.assertEqual(d.judge_dkim("", []).status, d.UNKNOWN)
        self.assertEqual(d.judge_mx([]).status, d.WARN)


class CheckDomainTests(TestCase):
    def test_records_from_a_name_server(self) -> None:
        records = {
            ("news.example", "TXT"): ['"v=spf1 mx -all"', '"other=1"'],
            ("news.example", "MX"): ["10 mx.news.example."],
            ("_dmarc.news.example", "TXT"): ['"v=DMARC1; p=quarantine"'],
            ("mh1._domainkey.news.example", "TXT"): ['"v=DKIM1; k=rsa; p=MIIBIjANBg"'],
        }
        with LocalDNS(records) as server:
            resolver = d.make_resolver(["127.0.0.1"], port=server.port, lifetime=3)
            checks = d.check_domain("news.example", dkim_selector="mh1", resolver=resolver)
        self.assertEqual(
            [(c.name, c.status) for c in checks],
            [("SPF", d.OK), ("DMARC", d.OK), ("DKIM (mh1)", d.OK), ("MX", d.OK)],
        )
        self.assertEqual(checks[0].records, ["v=spf1 mx -all"])

    def test_no_name_server_answers(self) -> None:
        resolver = d.make_resolver(["127.0.0.1"], port=free_port(), lifetime=1)
        with self.assertRaises(d.DNSUnreachable):
            d.check_domain("news.example", resolver=resolver)


@override_settings(
    MAILING_DOMAIN="news.example",
    MAILING_FROM_EMAIL="The Daily <letters@other.example>",
    MAILING_BOUNCE_IMAP_PASSWORD="do-not-show-me",
    EMAIL_HOST_PASSWORD="nor-me",
)
class PageTests(TestCase):
    def setUp(self) -> None:
        self.admin = get_user_model().objects.create_superuser("ops", "ops@news.example", "pw")
        self.client.force_login(self.admin)
        self.url = reverse("mailing_deliverability")

    def test_page_lists_setup_settings_and_campaigns_without_secrets(self) -> None:
        Campaign.objects.create(key="k1", kind="digest", subject="Monday digest", unknown_count=1)
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        for expected in ("SPF", "DKIM", "DMARC", "Reverse DNS", "Bounce mailbox", "news.example"):
            self.assertIn(expected, html)
        self.assertIn("Monday digest", html)
        self.assertIn("DMARC alignment needs them to match", html)
        self.assertIn("Check DNS now", html)
        self.assertNotIn("do-not-show-me", html)
        self.assertNotIn("nor-me", html)

    def test_dns_unreachable_is_said_plainly(self) -> None:
        with override_settings(MAILING_DNS_NAMESERVERS=["127.0.0.1"], MAILING_DNS_PORT=free_port()):
            response = self.client.get(self.url, {"check": "1"})
        self.assertContains(response, "DNS could not be reached from this server")

    def test_dns_results_are_shown(self) -> None:
        records = {("_dmarc.news.example", "TXT"): ['"v=DMARC1; p=none"']}
        with (
            LocalDNS(records) as server,
            override_settings(MAILING_DNS_NAMESERVERS=["127.0.0.1"], MAILING_DNS_PORT=server.port),
        ):
            response = self.client.get(self.url, {"check": "1"})
        self.assertContains(response, "No SPF record")
        self.assertContains(response, "v=DMARC1; p=none")

    def test_editors_without_the_permission_are_refused(self) -> None:
        editor = get_user_model().objects.create_user("ed", "ed@news.example", "pw")
        from django.contrib.auth.models import Permission

        editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(editor)
        self.assertIn(self.client.get(self.url).status_code, (302, 403))
