"""A small Stripe-shaped HTTP server on 127.0.0.1 for the tests, and signed webhook payloads.

It records every request the ``stripe`` library makes (method, path, form fields, headers)
and answers with JSON of the shape Stripe's API gives, so the provider is exercised through
the real library over real HTTP. ``signed`` builds the ``Stripe-Signature`` header the way
Stripe does: ``t=<unix time>,v1=<HMAC-SHA256 of "<t>.<payload>" with the webhook secret>``.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from django.test import override_settings

SECRET_KEY = "sk_test_masthead_local"
WEBHOOK_SECRET = "whsec_masthead_local_secret"


@dataclass
class Recorded:
    method: str
    path: str
    form: dict[str, str]
    headers: dict[str, str] = field(default_factory=dict)


class StripeServer:
    """``with StripeServer() as stripe_api:`` runs it and points the settings at it."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.counter = itertools.count(1)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet test output
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                form = dict(parse_qsl(body, keep_blank_values=True))
                server.requests.append(
                    Recorded(self.command, self.path, form, dict(self.headers.items()))
                )
                status, payload = server.respond(self.command, self.path, form)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Request-Id", f"req_{next(server.counter)}")
                self.end_headers()
                self.wfile.write(data)

            do_GET = _answer
            do_POST = _answer
            do_DELETE = _answer

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.settings = override_settings(
            MASTHEAD_STRIPE_SECRET_KEY=SECRET_KEY,
            MASTHEAD_STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET,
            MASTHEAD_STRIPE_API_BASE=self.base,
        )

    def respond(self, method: str, path: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        number = next(self.counter)
        if path == "/v1/checkout/sessions" and method == "POST":
            session_id = f"cs_test_{number}"
            return 200, {
                "id": session_id,
                "object": "checkout.session",
                "mode": form.get("mode"),
                "url": f"https://checkout.stripe.test/c/pay/{session_id}",
                "status": "open",
                "payment_status": "unpaid",
            }
        if path == "/v1/billing_portal/sessions" and method == "POST":
            return 200, {
                "id": f"bps_{number}",
                "object": "billing_portal.session",
                "customer": form.get("customer"),
                "return_url": form.get("return_url"),
                "url": f"https://billing.stripe.test/p/session/bps_{number}",
            }
        if path.startswith("/v1/subscriptions/") and method == "POST":
            return 200, {
                "id": path.rsplit("/", 1)[1],
                "object": "subscription",
                "status": "active",
                "cancel_at_period_end": form.get("cancel_at_period_end") == "true",
            }
        return 404, {"error": {"type": "invalid_request_error", "message": f"No route {path}"}}

    def calls_to(self, path: str) -> list[Recorded]:
        return [request for request in self.requests if request.path == path]

    def __enter__(self) -> StripeServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.settings.enable()
        return self

    def __exit__(self, *exc: object) -> None:
        self.settings.disable()
        self.httpd.shutdown()
        self.httpd.server_close()


def signed(payload: bytes, secret: str = WEBHOOK_SECRET, at: int | None = None) -> str:
    """The ``Stripe-Signature`` header Stripe would send with this payload."""
    stamp = int(at if at is not None else time.time())
    digest = hmac.new(secret.encode(), f"{stamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={stamp},v1={digest}"


def event(event_id: str, kind: str, obj: dict[str, Any]) -> bytes:
    """A Stripe event's JSON, as Stripe posts it."""
    return json.dumps(
        {
            "id": event_id,
            "object": "event",
            "type": kind,
            "api_version": "2026-10-28.endive",
            "created": int(time.time()),
            "livemode": False,
            "data": {"object": obj},
        }
    ).encode()
