import datetime

from django.apps import AppConfig


class MembershipConfig(AppConfig):
    name = "masthead.membership"
    label = "membership"
    verbose_name = "Membership"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from masthead.core.periodic import register_periodic
        from masthead.membership import tasks

        # Renewal reminders and lapses are dated to the day: hourly is more than enough.
        register_periodic(
            "membership.renewals", every=datetime.timedelta(hours=1), run=tasks.daily_sweep
        )
