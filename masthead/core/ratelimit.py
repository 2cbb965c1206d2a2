"""A small rate limiter on Django's shared cache, keyed by the client's address.

django-ratelimit is unmaintained (docs/decisions/0093), and a fixed-window counter is all we
need: ``cache.add`` opens a window, ``cache.incr`` counts in it, atomically on Redis and in
the per-process memory cache alike. A refused request gets a 429 page that says when to try
again, with ``Retry-After``.

Limits are named in ``MASTHEAD_RATE_LIMITS`` (``{"search": "60/60"}``: 60 requests per 60
seconds); a scope that is not named there is not limited. Views take ``@rate_limit("search")``;
``FormRateLimitMiddleware`` limits every form a stranger can post (the admin's login and
password reset today, reader forms as they come).
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.template.loader import render_to_string
from django.utils.translation import gettext

logger = logging.getLogger(__name__)
View = TypeVar("View", bound=Callable[..., HttpResponseBase])
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class Rate:
    """At most ``limit`` requests per ``period`` seconds."""

    limit: int
    period: int

    @classmethod
    def parse(cls, text: str) -> Rate:
        """``"60/60"`` → 60 requests per 60 seconds."""
        limit, _, period = text.partition("/")
        rate = cls(int(limit), int(period or 60))
        if rate.limit < 1 or rate.period < 1:
            raise ValueError(f"A rate limit must be two positive numbers, got {text!r}")
        return rate


@functools.cache
def _trusted_networks(
    proxies: tuple[str, ...],
) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _parse_ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The address of the client, believing ``X-Forwarded-For`` only from trusted proxies.

    With ``MASTHEAD_TRUSTED_PROXIES`` empty, that is the connection's address. Otherwise the
    forwarded chain is read from the right and the first address that is not a trusted proxy
    is the client: whatever a client writes into the header itself sits further left and is
    never believed. Also django-axes' ``AXES_CLIENT_IP_CALLABLE``.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    networks = _trusted_networks(tuple(getattr(settings, "MASTHEAD_TRUSTED_PROXIES", ())))

    def trusted(address: ipaddress.IPv4Address | ipaddress.IPv6Address | None) -> bool:
        return address is not None and any(address in network for network in networks)

    # No address at all: a Unix socket, so a proxy on this machine, trusted as loopback is.
    remote_ip = _parse_ip(remote) or ipaddress.IPv4Address("127.0.0.1")
    remote = str(remote_ip)
    if not networks or not trusted(remote_ip):
        return remote
    chain = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed([hop for hop in chain if hop]):
        address = _parse_ip(hop)
        if address is None:
            return remote  # a mangled chain: key on the proxy rather than on a made-up value
        if not trusted(address):
            return str(address)
    return remote


def client_key(request: HttpRequest) -> str:
    """What a limit counts by: the IPv4 address, or the /64 network of an IPv6 address.

    One IPv6 subscriber usually holds a whole /64 and could otherwise take a fresh address
    for every request.
    """
    address = _parse_ip(client_ip(request))
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is None:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return str(address) if address is not None else "unknown"


def configured_rate(scope: str) -> Rate | None:
    """The scope's rate from ``MASTHEAD_RATE_LIMITS``; None when the scope is not limited."""
    text = getattr(settings, "MASTHEAD_RATE_LIMITS", {}).get(scope)
    return Rate.parse(text) if text else None


def hit(scope: str, key: str, rate: Rate) -> int | None:
    """Count one request; None when it is allowed, else the seconds until the window ends.

    If the cache is down the request is allowed (and logged): readers keep search while
    Redis restarts.
    """
    now = time.time()
    window = int(now // rate.period)
    cache_key = f"ratelimit:{scope}:{key}:{window}"
    try:
        cache.add(cache_key, 0, timeout=rate.period + 1)
        count = cache.incr(cache_key)
    except ValueError:  # the window expired between add and incr: this is its first request
        count = 1
    except Exception:
        logger.exception("rate limit %s: cache unavailable, request allowed", scope)
        return None
    if count <= rate.limit:
        return None
    return max(1, math.ceil((window + 1) * rate.period - now))


def too_many_requests(
    request: HttpRequest, retry_after: int, explanation: str = ""
) -> HttpResponse:
    """The 429 page: what happened and when to try again, in the reader's language."""
    body = render_to_string(
        "core/too_many_requests.html",
        {"explanation": explanation, "retry_message": retry_message(retry_after)},
        request=request,
    )
    response = HttpResponse(body, status=429)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    logger.warning(
        "rate limit: refused %s %s from %s", request.method, request.path, client_key(request)
    )
    return response


def check(request: HttpRequest, scope: str) -> HttpResponse | None:
    """The 429 response if this request is over the scope's limit, else None."""
    rate = configured_rate(scope)
    if rate is None:
        return None
    retry_after = hit(scope, client_key(request), rate)
    return None if retry_after is None else too_many_requests(request, retry_after)


def rate_limit(scope: str) -> Callable[[View], View]:
    """View decorator: refuse requests over ``MASTHEAD_RATE_LIMITS[scope]`` with a 429."""

    def decorator(view: View) -> View:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            refused = check(request, scope)
            return refused if refused is not None else view(request, *args, **kwargs)

        return cast(View, wrapped)

    return decorator


class FormRateLimitMiddleware:
    """Limits every form post from a visitor who is not signed in (scope "forms").

    Editors at work are not limited: their posts are saves and publishes. Placed after
    AuthenticationMiddleware, which tells the two apart.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.method in UNSAFE_METHODS:
            user = getattr(request, "user", None)
            if user is None or not user.is_authenticated:
                refused = check(request, "forms")
                if refused is not None:
                    return refused
        return self.get_response(request)


def retry_message(retry_after: int) -> str:
    """When to try again, in seconds under two minutes and in minutes above."""
    if retry_after < 120:
        return gettext("Please try again in %(seconds)d seconds.") % {"seconds": retry_after}
    return gettext("Please try again in %(minutes)d minutes.") % {
        "minutes": math.ceil(retry_after / 60)
    }


def login_locked(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    """django-axes' lock-out page (``AXES_LOCKOUT_CALLABLE``): a 429 saying when to retry.

    Every attempt during a lock-out starts it again (axes' default), so the wait left is the
    whole lock-out time.
    """
    minutes = int(getattr(settings, "LOGIN_LOCKOUT_MINUTES", 15))
    explanation = gettext(
        "Sign-in for this account is paused after too many failed attempts from your "
        "connection. Each new attempt starts the pause again."
    )
    return too_many_requests(request, max(60, minutes * 60), explanation)
