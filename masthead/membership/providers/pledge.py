"""Offline pledges: bank transfer or cheque, confirmed by an editor when the money arrives."""

from __future__ import annotations

from django.urls import reverse

from masthead.membership.models import Membership, MembershipSettings, Pledge
from masthead.membership.providers.base import (
    Checkout,
    CheckoutStarted,
    PaymentProvider,
    ProviderError,
    WebhookError,
)


class PledgeProvider(PaymentProvider):
    key = "pledge"

    def __init__(self, site_settings: MembershipSettings) -> None:
        self.site_settings = site_settings

    def methods(self) -> list[str]:
        found = []
        if self.site_settings.bank_details.strip():
            found.append(Pledge.Method.BANK.value)
        if self.site_settings.cheque_address.strip():
            found.append(Pledge.Method.CHEQUE.value)
        return found

    def available(self) -> bool:
        return bool(self.methods())

    def start_checkout(self, checkout: Checkout) -> CheckoutStarted:
        from masthead.membership import services

        if checkout.method not in self.methods():
            raise ProviderError("This way of paying is not offered.")
        pledge = services.create_pledge(checkout)
        return CheckoutStarted(
            redirect_url=reverse("membership:pledge", args=[pledge.reference]),
            reference=pledge.reference,
        )

    def open_portal(self, membership: Membership, return_url: str) -> str:
        return reverse("membership_account:area")

    def cancel(self, membership: Membership) -> None:
        from masthead.membership import services

        services.stop_pledge_renewal(membership)

    def handle_webhook(self, payload: bytes, headers: dict[str, str]) -> str:
        raise WebhookError("Pledges are confirmed by an editor in the admin, not by webhook.")
