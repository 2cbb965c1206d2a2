from __future__ import annotations

import datetime

from django.apps import AppConfig


class NewslettersConfig(AppConfig):
    name = "masthead.newsletters"
    label = "newsletters"
    verbose_name = "Newsletters"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from masthead.core.periodic import register_periodic
        from masthead.newsletters import sending
        from masthead.newsletters.issues import build_and_send_due

        sending.register()
        # Short: it builds due digests and starts due sends; the send itself is mailing's job.
        register_periodic(
            "newsletters.digests", every=datetime.timedelta(minutes=5), run=build_and_send_due
        )
