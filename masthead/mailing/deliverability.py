"""What the outlet's mail domain publishes in DNS, read and judged for the deliverability page.

The parsers work on records given to them (so they are tested without DNS); ``check_domain``
looks the records up with dnspython and says so plainly when DNS cannot be reached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import dns.exception
import dns.resolver

OK, WARN, FAIL, UNKNOWN = "ok", "warning", "problem", "unknown"
# SPF allows at most ten mechanisms that need their own DNS lookup (RFC 7208 §4.6.4).
SPF_LOOKUP_LIMIT = 10
_SPF_LOOKUP_TERMS = {"include", "a", "mx", "ptr", "exists", "redirect"}


@dataclass
class Check:
    name: str
    status: str
    summary: str
    records: list[str] = field(default_factory=list)


class DNSUnreachable(Exception):
    """No name server answered (no network, or none configured)."""


def _tags(record: str) -> dict[str, str]:
    tags: dict[str, str] = {}
    for part in record.split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            tags[name.strip().lower()] = value.strip()
    return tags


def _needs_lookup(term: str) -> bool:
    """``include:…``, ``a``, ``mx/24``, ``redirect=…``: the terms that cost a DNS lookup."""
    mechanism = re.split(r"[:/=]", term.lstrip("+-~?").lower(), maxsplit=1)[0]
    return mechanism in _SPF_LOOKUP_TERMS


def judge_spf(txt_records: list[str]) -> Check:
    spf = [r for r in txt_records if r.lower().startswith("v=spf1")]
    if not spf:
        return Check("SPF", FAIL, "No SPF record: publish one naming your mail relay.")
    if len(spf) > 1:
        return Check(
            "SPF", FAIL, "More than one SPF record: receivers treat that as an error.", spf
        )
    terms = spf[0].split()[1:]
    lookups = sum(1 for term in terms if _needs_lookup(term))
    if lookups > SPF_LOOKUP_LIMIT:
        return Check(
            "SPF", FAIL, f"{lookups} DNS lookups: more than the {SPF_LOOKUP_LIMIT} SPF allows.", spf
        )
    ending = next((t.lower() for t in terms if t.lower().lstrip("+-~?") == "all"), "")
    if ending in ("all", "+all"):
        return Check("SPF", FAIL, "The record ends in +all: anyone may send as you.", spf)
    if ending in ("-all", "~all"):
        return Check("SPF", OK, f"Published, ending in {ending}.", spf)
    return Check("SPF", WARN, "Published, but without -all or ~all at the end.", spf)


def judge_dmarc(txt_records: list[str]) -> Check:
    dmarc = [r for r in txt_records if r.replace(" ", "").lower().startswith("v=dmarc1")]
    if not dmarc:
        return Check("DMARC", FAIL, "No DMARC record at _dmarc: bulk senders need p=none at least.")
    if len(dmarc) > 1:
        return Check("DMARC", FAIL, "More than one DMARC record: receivers ignore them all.", dmarc)
    tags = _tags(dmarc[0])
    policy = tags.get("p", "").lower()
    if policy not in ("none", "quarantine", "reject"):
        return Check("DMARC", FAIL, "The record has no valid p= policy.", dmarc)
    reports = " Aggregate reports go to " + tags["rua"] + "." if tags.get("rua") else ""
    if policy == "none":
        return Check(
            "DMARC",
            WARN,
            "p=none: enough for Gmail and Yahoo bulk senders; move to quarantine once reports "
            "show your mail aligned." + reports,
            dmarc,
        )
    return Check("DMARC", OK, f"p={policy}." + reports, dmarc)


def judge_dkim(selector: str, txt_records: list[str]) -> Check:
    name = f"DKIM ({selector})" if selector else "DKIM"
    if not selector:
        return Check(name, UNKNOWN, "Set MAILING_DKIM_SELECTOR to have the key checked.")
    keys = [r for r in txt_records if "p=" in r.replace(" ", "")]
    if not keys:
        return Check(name, FAIL, f"No DKIM key at {selector}._domainkey.")
    tags = _tags(keys[0])
    if not tags.get("p"):
        return Check(name, FAIL, "The key is empty (p=): it has been revoked.", keys)
    return Check(name, OK, f"A {tags.get('k', 'rsa')} key is published.", keys)


def judge_mx(hosts: list[str]) -> Check:
    if not hosts:
        return Check("MX", WARN, "No MX: replies, bounces and mailto unsubscribes cannot arrive.")
    return Check("MX", OK, "Mail for the domain goes to " + ", ".join(hosts) + ".", hosts)


def _txt(resolver: dns.resolver.Resolver, name: str) -> list[str]:
    try:
        answer = resolver.resolve(name, "TXT")
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []
    return [b"".join(rdata.strings).decode(errors="replace") for rdata in answer]


def _mx(resolver: dns.resolver.Resolver, name: str) -> list[str]:
    try:
        answer = resolver.resolve(name, "MX")
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []
    return [str(rdata.exchange).rstrip(".") for rdata in sorted(answer, key=lambda r: r.preference)]


def make_resolver(
    nameservers: list[str] | None = None, port: int = 53, lifetime: float = 4.0
) -> dns.resolver.Resolver:
    try:
        resolver = dns.resolver.Resolver(configure=nameservers is None)
    except dns.resolver.NoResolverConfiguration as error:
        raise DNSUnreachable(str(error)) from error
    if nameservers is not None:
        resolver.nameservers = nameservers
        resolver.port = port
    resolver.lifetime = lifetime
    return resolver


def check_domain(
    domain: str, *, dkim_selector: str = "", resolver: dns.resolver.Resolver | None = None
) -> list[Check]:
    """SPF, DMARC, DKIM and MX of ``domain``. Raises :class:`DNSUnreachable` without DNS."""
    try:
        resolver = resolver or make_resolver()
        checks = [
            judge_spf(_txt(resolver, domain)),
            judge_dmarc(_txt(resolver, f"_dmarc.{domain}")),
            judge_dkim(
                dkim_selector,
                _txt(resolver, f"{dkim_selector}._domainkey.{domain}") if dkim_selector else [],
            ),
            judge_mx(_mx(resolver, domain)),
        ]
    except (dns.resolver.NoNameservers, dns.exception.Timeout, OSError) as error:
        raise DNSUnreachable(str(error) or error.__class__.__name__) from error
    return checks
