"""Stripe: Checkout Sessions, the Customer Portal, cancel at period end, signed webhooks.

Keys come from the environment (``MASTHEAD_STRIPE_SECRET_KEY``,
``MASTHEAD_STRIPE_WEBHOOK_SECRET``); without both, readers are not offered cards.
``MASTHEAD_STRIPE_API_BASE`` points the library elsewhere (the tests' local Stripe-shaped
server). Prices are sent inline (``price_data``), so editors manage plans here only.
"""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from typing import Any, cast

import stripe
from django.conf import settings

from masthead.membership.models import Membership
from masthead.membership.providers.base import (
    Checkout,
    CheckoutStarted,
    PaymentProvider,
    ProviderError,
    WebhookError,
)

logger = logging.getLogger(__name__)
ZERO_DECIMAL = {"JPY", "KRW", "VND", "CLP", "ISK", "UGX", "XAF", "XOF"}


def secret_key() -> str:
    return str(getattr(settings, "MASTHEAD_STRIPE_SECRET_KEY", "") or "")


def webhook_secret() -> str:
    return str(getattr(settings, "MASTHEAD_STRIPE_WEBHOOK_SECRET", "") or "")


def configured() -> bool:
    return bool(secret_key() and webhook_secret())


def minor_units(amount: Decimal, currency: str) -> int:
    """Stripe counts in the currency's smallest unit (cents), except zero-decimal currencies."""
    if currency.upper() in ZERO_DECIMAL:
        return int(amount)
    return int((amount * 100).to_integral_value())


def major_units(value: int, currency: str) -> Decimal:
    if currency.upper() in ZERO_DECIMAL:
        return Decimal(value)
    return (Decimal(value) / 100).quantize(Decimal("0.01"))


def client() -> stripe.StripeClient:
    base = str(getattr(settings, "MASTHEAD_STRIPE_API_BASE", "") or "")
    addresses: Any = {"api": base} if base else None
    return stripe.StripeClient(secret_key(), base_addresses=addresses, max_network_retries=1)


class StripeProvider(PaymentProvider):
    key = "stripe"

    def available(self) -> bool:
        return configured()

    def start_checkout(self, checkout: Checkout) -> CheckoutStarted:
        from masthead.membership import services

        membership = services.pending_membership(checkout, provider=self.key)
        price: dict[str, Any] = {
            "currency": checkout.currency.lower(),
            "unit_amount": minor_units(checkout.amount, checkout.currency),
            "product_data": {"name": checkout.label},
        }
        metadata = {
            "masthead_user": str(checkout.user.pk),
            "masthead_membership": str(membership.pk) if membership else "",
            "masthead_kind": "membership" if checkout.plan else "donation",
            "masthead_language": checkout.language,  # a one-time gift's receipt is in it
        }
        params: dict[str, Any] = {
            "line_items": [{"price_data": price, "quantity": 1}],
            "success_url": checkout.success_url,
            "cancel_url": checkout.cancel_url,
            "client_reference_id": str(checkout.user.pk),
            "metadata": metadata,
        }
        customer = services.stripe_customer_of(checkout.user)
        if customer:
            params["customer"] = customer
        else:
            params["customer_email"] = checkout.user.email
        if checkout.recurring:
            price["recurring"] = {"interval": checkout.interval}
            params["mode"] = "subscription"
            params["subscription_data"] = {"metadata": metadata}
        else:
            params["mode"] = "payment"
            params["submit_type"] = "donate"
        try:
            session = client().v1.checkout.sessions.create(cast(Any, params))
        except stripe.StripeError as error:
            logger.warning("Stripe checkout could not start: %s", error)
            raise ProviderError("The card payment page could not be opened.") from error
        if membership is not None:
            services.remember_checkout(membership, str(session.id))
        return CheckoutStarted(redirect_url=str(session.url), reference=str(session.id))

    def open_portal(self, membership: Membership, return_url: str) -> str:
        if not membership.stripe_customer_id:
            raise ProviderError("This membership has no card account yet.")
        try:
            portal = client().v1.billing_portal.sessions.create(
                {"customer": membership.stripe_customer_id, "return_url": return_url}
            )
        except stripe.StripeError as error:
            logger.warning("Stripe portal could not open: %s", error)
            raise ProviderError("The card account page could not be opened.") from error
        return str(portal.url)

    def cancel(self, membership: Membership) -> None:
        """Asks Stripe to stop at the period's end; the member's row changes on its event."""
        if not membership.stripe_subscription_id:
            raise ProviderError("This membership has no subscription to cancel.")
        try:
            client().v1.subscriptions.update(
                membership.stripe_subscription_id, {"cancel_at_period_end": True}
            )
        except stripe.StripeError as error:
            logger.warning("Stripe cancel failed: %s", error)
            raise ProviderError("The cancellation could not be sent. Please try again.") from error

    def handle_webhook(self, payload: bytes, headers: dict[str, str]) -> str:
        from masthead.membership import services

        signature = headers.get("Stripe-Signature", "")
        if not webhook_secret():
            raise WebhookError("No webhook secret is set.")
        try:
            stripe.Webhook.construct_event(payload, signature, webhook_secret())
            event = json.loads(payload)
        except (ValueError, stripe.SignatureVerificationError) as error:
            raise WebhookError(str(error)) from error
        if not isinstance(event, dict) or not event.get("id") or not event.get("type"):
            raise WebhookError("Not a Stripe event.")
        return services.apply_stripe_event(event)
