import datetime

from django.apps import AppConfig


class MailingConfig(AppConfig):
    """The bulk-mail engine: campaigns, the per-recipient ledger, suppressions, bounces."""

    name = "masthead.mailing"
    label = "mailing"
    verbose_name = "Mailing"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from masthead.core.periodic import register_periodic
        from masthead.mailing import bounces, services

        # Picks up sends whose worker died and deferred recipients whose time has come.
        register_periodic(
            "mailing.resume", every=datetime.timedelta(minutes=1), run=services.resume
        )
        register_periodic(
            "mailing.bounces", every=datetime.timedelta(minutes=10), run=bounces.read_if_configured
        )
