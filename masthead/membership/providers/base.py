"""The small interface every payment provider implements: Stripe and the offline pledge."""

from __future__ import annotations

import abc
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from masthead.membership.models import Membership, Plan


class ProviderError(Exception):
    """The provider could not do what was asked; ``str()`` is shown to the reader."""


class WebhookError(Exception):
    """A webhook that is not genuine (bad signature, unreadable): answered with 400."""


@dataclass(frozen=True)
class Checkout:
    """What a reader asked to pay: a plan, a recurring or a one-time donation."""

    user: Any
    amount: Decimal
    currency: str
    interval: str | None  # "month"/"year" for recurring, None for a one-time donation
    plan: Plan | None
    language: str
    success_url: str
    cancel_url: str
    method: str = ""  # the pledge's method (bank, cheque); unused by Stripe

    @property
    def recurring(self) -> bool:
        return self.interval is not None

    @property
    def label(self) -> str:
        if self.plan is not None:
            return self.plan.name
        return "Monthly donation" if self.recurring else "Donation"


@dataclass(frozen=True)
class CheckoutStarted:
    redirect_url: str  # where the reader goes next: Stripe's page, or the pledge's instructions
    reference: str


class PaymentProvider(abc.ABC):
    key: str

    @abc.abstractmethod
    def available(self) -> bool:
        """Whether readers are offered this provider (it is configured)."""

    @abc.abstractmethod
    def start_checkout(self, checkout: Checkout) -> CheckoutStarted:
        """Begin a payment. Changes no member's status: that waits for the payment itself."""

    @abc.abstractmethod
    def open_portal(self, membership: Membership, return_url: str) -> str:
        """The address where the member changes or cancels this membership."""

    @abc.abstractmethod
    def cancel(self, membership: Membership) -> None:
        """Stop renewing at the end of the paid period."""

    @abc.abstractmethod
    def handle_webhook(self, payload: bytes, headers: dict[str, str]) -> str:
        """Verify and apply a provider's notification; returns what happened."""
