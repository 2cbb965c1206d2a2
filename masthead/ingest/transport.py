"""Fetching a partner's URL safely: the HTTP side of ingest, apart from any format.

A URL an editor pastes, or a partner's feed, is an address we fetch from inside our network,
so every fetch is treated as a server-side request forgery risk:

- only ``http`` and ``https``; at most ``MASTHEAD_INGEST_MAX_REDIRECTS`` redirects;
- every hop's host is resolved and refused when any of its addresses is private, loopback,
  link-local, multicast, reserved or otherwise not globally routable (IPv4 and IPv6, IPv4-mapped
  IPv6 judged by the IPv4 inside); the connection is then made to the address that was checked,
  so a second DNS answer cannot swap in another (no rebinding gap). TLS still verifies the
  certificate against the host name;
- a connect timeout, a read timeout per receive, and a total deadline for the whole fetch,
  redirects included;
- a size limit enforced while the body streams (after decompression), not after;
- conditional GET: a stored ETag / Last-Modified is sent, and 304 comes back as
  ``not_modified``.

``MASTHEAD_INGEST_ALLOW_PRIVATE_HOSTS`` (``host`` or ``host:port``, empty in production) lets the
tests fetch from their own server on 127.0.0.1; nothing else on a private address is reachable.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.db import DatabaseError
from django.utils.translation import gettext as _
from wagtail.models import Site

from masthead.core.models import OutletSettings

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    """One response, after redirects. ``content`` is empty when ``not_modified``."""

    url: str
    status: int
    content: bytes
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool

    def text(self) -> str:
        """The body as text: see :func:`decode`."""
        return decode(self.content, self.charset)


class FetchError(Exception):
    """A fetch that failed, with a short ``code`` and a message an editor can read."""

    code = "fetch-error"

    def __init__(self, message: str, *, url: str = "") -> None:
        super().__init__(message)
        self.url = url


class InvalidURL(FetchError):
    code = "invalid-url"


class NotAllowedScheme(FetchError):
    code = "not-allowed-scheme"


class BlockedAddress(FetchError):
    code = "blocked-address"


class TooLarge(FetchError):
    code = "too-large"


class TimedOut(FetchError):
    code = "timed-out"


class BadStatus(FetchError):
    code = "bad-status"

    def __init__(self, message: str, *, url: str = "", status: int = 0) -> None:
        super().__init__(message, url=url)
        self.status = status


class TooManyRedirects(FetchError):
    code = "too-many-redirects"


class ConnectionFailed(FetchError):
    code = "connection-failed"


# --- Settings ----------------------------------------------------------------------------------


def _setting(name: str, default: float) -> float:
    return float(getattr(settings, name, default))


def max_bytes_default() -> int:
    return int(_setting("MASTHEAD_INGEST_MAX_BYTES", 5 * 1024 * 1024))


def user_agent() -> str:
    """``MASTHEAD_INGEST_USER_AGENT``, or one naming the outlet so partners know who fetches."""
    configured = getattr(settings, "MASTHEAD_INGEST_USER_AGENT", "")
    if configured:
        return str(configured)
    name, url = _outlet_identity()
    return f"Masthead-Ingest/1.0 (+{url}; {name})" if name else f"Masthead-Ingest/1.0 (+{url})"


def _outlet_identity() -> tuple[str, str]:
    url = str(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "")
    try:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return "", url
        return OutletSettings.for_site(site).outlet_name or site.site_name, site.root_url or url
    except DatabaseError:  # no database yet (a check, a fresh install): the agent still works
        return "", url


# --- Addresses ---------------------------------------------------------------------------------

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public_address(address: IPAddress) -> bool:
    """Globally routable unicast only; an IPv4-mapped IPv6 address is judged as its IPv4."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return is_public_address(address.ipv4_mapped)
        if address.sixtofour is not None or address.teredo is not None:
            return False  # tunnels carry an IPv4 address we would have to judge as well
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def _allowed_private(host: str, port: int) -> bool:
    entries: Iterable[str] = getattr(settings, "MASTHEAD_INGEST_ALLOW_PRIVATE_HOSTS", []) or []
    for entry in entries:
        entry_host, entry_port = _split_host_port(entry.strip().lower())
        if entry_host == host and (entry_port is None or entry_port == port):
            return True
    return False


def _split_host_port(entry: str) -> tuple[str, int | None]:
    """``host``, ``host:port``, ``[v6]:port`` or a bare IPv6 address."""
    if entry.startswith("["):
        host, _sep, rest = entry[1:].partition("]")
        port = rest.removeprefix(":")
        return host, int(port) if port.isdigit() else None
    if entry.count(":") == 1:
        host, port = entry.split(":")
        return host, int(port) if port.isdigit() else None
    return entry, None


def resolve(host: str, port: int, *, url: str = "") -> list[str]:
    """The host's addresses, all checked; raises ``BlockedAddress`` when any is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ConnectionFailed(
            _("The address %(host)s could not be found (%(reason)s).")
            % {"host": host, "reason": exc},
            url=url,
        ) from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if _allowed_private(host, port):
        return addresses
    for text in addresses:
        address = ipaddress.ip_address(text.split("%", 1)[0])
        if not is_public_address(address):
            raise BlockedAddress(
                _(
                    "Refused to fetch %(host)s: it points to a private or reserved network "
                    "address (%(address)s)."
                )
                % {"host": host, "address": text},
                url=url,
            )
    return addresses


# --- Connections pinned to the checked address ---------------------------------------------------


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address
        self._create_connection = self._connect_pinned

    def _connect_pinned(
        self, _addr: tuple[str, int], timeout: float, source: object = None
    ) -> socket.socket:
        return socket.create_connection((self._address, self.port), timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    # The TLS handshake still names and verifies ``host``; only the TCP address is pinned.
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address
        self._create_connection = self._connect_pinned

    def _connect_pinned(
        self, _addr: tuple[str, int], timeout: float, source: object = None
    ) -> socket.socket:
        return socket.create_connection((self._address, self.port), timeout)


# --- Fetch -------------------------------------------------------------------------------------


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int | None = None,
    timeout: float | None = None,
) -> Fetched:
    """GET ``url`` under the rules in the module docstring; raises a ``FetchError`` subclass.

    ``timeout`` is the total deadline in seconds (default ``MASTHEAD_INGEST_DEADLINE``).
    """
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    total = timeout if timeout is not None else _setting("MASTHEAD_INGEST_DEADLINE", 30)
    deadline = time.monotonic() + total
    max_redirects = int(_setting("MASTHEAD_INGEST_MAX_REDIRECTS", 5))
    current = url
    for _hop in range(max_redirects + 1):
        conditional = current == url  # validators belong to the address they came from
        outcome = _request(
            current,
            etag=etag if conditional else None,
            last_modified=last_modified if conditional else None,
            limit=limit,
            deadline=deadline,
        )
        if isinstance(outcome, Fetched):
            return outcome
        current = outcome
    raise TooManyRedirects(
        _("Gave up after %(count)s redirects (the last one pointed to %(url)s).")
        % {"count": max_redirects, "url": current},
        url=url,
    )


def _remaining(deadline: float, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimedOut(_("The server at %(url)s took too long to answer.") % {"url": url}, url=url)
    return left


def _request(
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    limit: int,
    deadline: float,
) -> Fetched | str:
    """One hop: a ``Fetched``, or the next URL when the answer is a redirect."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        raise NotAllowedScheme(
            _("Only http:// and https:// addresses can be fetched, not %(url)s.") % {"url": url},
            url=url,
        )
    try:
        host = (parts.hostname or "").lower()
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise InvalidURL(_("%(url)s is not a valid address.") % {"url": url}, url=url) from exc
    if not host:
        raise InvalidURL(_("%(url)s has no host name.") % {"url": url}, url=url)

    addresses = resolve(host, port, url=url)
    connect_timeout = _setting("MASTHEAD_INGEST_CONNECT_TIMEOUT", 5)
    read_timeout = _setting("MASTHEAD_INGEST_READ_TIMEOUT", 10)
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    headers = {
        "User-Agent": user_agent(),
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
        "text/html;q=0.9, */*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
        "Connection": "close",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified

    last_error: OSError | None = None
    for address in addresses:
        cls = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
        connection = cls(
            host, port, address, timeout=min(connect_timeout, _remaining(deadline, url))
        )
        try:
            connection.connect()
        except TimeoutError as exc:
            last_error = exc
            connection.close()
            continue
        except ssl.SSLError as exc:
            connection.close()
            raise ConnectionFailed(
                _("The secure connection to %(host)s failed (%(reason)s).")
                % {"host": host, "reason": exc.reason or exc},
                url=url,
            ) from exc
        except OSError as exc:
            last_error = exc
            connection.close()
            continue
        try:
            return _exchange(connection, url, path, headers, limit, deadline, read_timeout)
        finally:
            connection.close()
    if isinstance(last_error, TimeoutError):
        raise TimedOut(
            _("The server at %(host)s did not accept a connection in time.") % {"host": host},
            url=url,
        )
    raise ConnectionFailed(
        _("Could not connect to %(host)s (%(reason)s).") % {"host": host, "reason": last_error},
        url=url,
    )


def _exchange(
    connection: http.client.HTTPConnection,
    url: str,
    path: str,
    headers: dict[str, str],
    limit: int,
    deadline: float,
    read_timeout: float,
) -> Fetched | str:
    def arm() -> None:
        # Each receive waits at most the read timeout and never past the deadline.
        if connection.sock is not None:
            connection.sock.settimeout(min(read_timeout, _remaining(deadline, url)))

    try:
        arm()
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        if response.status in REDIRECT_STATUSES:
            location = response.getheader("Location")
            if not location:
                raise BadStatus(
                    _("%(url)s redirected without saying where to.") % {"url": url},
                    url=url,
                    status=response.status,
                )
            return urljoin(url, location.strip())
        etag = response.getheader("ETag")
        last_modified = response.getheader("Last-Modified")
        content_type, charset = _content_type(response.getheader("Content-Type", ""))
        if response.status == 304:
            return Fetched(url, 304, b"", content_type, charset, etag, last_modified, True)
        if not 200 <= response.status < 300:
            raise BadStatus(
                _("The server answered %(status)s %(reason)s for %(url)s.")
                % {"status": response.status, "reason": response.reason, "url": url},
                url=url,
                status=response.status,
            )
        length = response.getheader("Content-Length")
        if length and length.isdigit() and int(length) > limit:
            raise _too_large(url, limit)
        content = _read_body(response, response.getheader("Content-Encoding", ""), limit, arm, url)
    except TimeoutError as exc:
        raise TimedOut(
            _("The server at %(url)s took too long to answer.") % {"url": url}, url=url
        ) from exc
    except (http.client.HTTPException, OSError, zlib.error) as exc:
        raise ConnectionFailed(
            _("The connection to %(url)s failed (%(reason)s).")
            % {"url": url, "reason": exc or type(exc).__name__},
            url=url,
        ) from exc
    charset = charset or declared_charset(content, content_type)
    return Fetched(url, response.status, content, content_type, charset, etag, last_modified, False)


def _too_large(url: str, limit: int) -> TooLarge:
    return TooLarge(
        _("%(url)s is larger than the %(size)s limit.")
        % {
            "url": url,
            "size": f"{limit / 1024 / 1024:.1f} MB" if limit >= 1024**2 else f"{limit} bytes",
        },
        url=url,
    )


def _read_body(
    response: http.client.HTTPResponse,
    encoding: str,
    limit: int,
    arm: Callable[[], None],
    url: str,
) -> bytes:
    encoding = encoding.strip().lower()
    decompressor = None
    if encoding in {"gzip", "x-gzip"}:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decompressor = zlib.decompressobj()
    chunks: list[bytes] = []
    size = 0
    while True:
        arm()
        chunk = response.read1(CHUNK)
        if not chunk:
            break
        if decompressor is not None:
            # Never inflate more than the limit allows: a small gzip bomb stays small.
            chunk = decompressor.decompress(chunk, limit - size + 1)
            if decompressor.unconsumed_tail:
                raise _too_large(url, limit)
        size += len(chunk)
        if size > limit:
            raise _too_large(url, limit)
        chunks.append(chunk)
    if decompressor is not None:
        tail = decompressor.flush()
        size += len(tail)
        if size > limit:
            raise _too_large(url, limit)
        chunks.append(tail)
    return b"".join(chunks)


# --- Character sets ----------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def _content_type(header: str) -> tuple[str, str | None]:
    message = Message()
    message["Content-Type"] = header or "application/octet-stream"
    charset = message.get_param("charset")
    return message.get_content_type(), (str(charset).strip().lower() if charset else None)


def declared_charset(content: bytes, content_type: str = "") -> str | None:
    """The charset the document declares itself (XML declaration, HTML ``<meta>``), if any."""
    head = content[:4096]
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(content: bytes, charset: str | None = None) -> str:
    """Bytes as text, trusting declarations only as far as the bytes bear them out.

    The declared charset (header, else the document's own) is used when the bytes decode in
    it; a declared Latin-1 that is really valid UTF-8 (a common mislabel) is read as UTF-8;
    undeclared or undecodable text is tried as UTF-8 and then as Windows-1252, which decodes
    anything.
    """
    declared = _codec(charset) or _codec(declared_charset(content))
    if declared in {"latin-1", "iso8859-1", "cp1252"} and _is_utf8_with_non_ascii(content):
        declared = "utf-8"
    for codec in (declared, "utf-8"):
        if codec:
            try:
                return content.decode(codec).removeprefix("\ufeff")
            except UnicodeDecodeError:
                continue
    return content.decode("cp1252", errors="replace")


def _is_utf8_with_non_ascii(content: bytes) -> bool:
    if content.isascii():
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
