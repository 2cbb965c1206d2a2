"""The kill test's steps that are not the worker itself, run in their own process against the
file database: ``start N`` creates and starts the campaign, ``resume`` runs the periodic job."""

import os
import sys

import django

os.environ["DJANGO_SETTINGS_MODULE"] = "masthead.mailing.tests.worker_settings"
django.setup()

from masthead.mailing import services  # noqa: E402
from masthead.mailing.tests.support import TEST_KIND  # noqa: E402

if sys.argv[1] == "start":
    count = int(sys.argv[2])
    campaign = services.create_campaign(
        key="kill-test",
        kind=TEST_KIND,
        list_id="daily",
        subject="Kill test",
        recipients=((f"reader{n:03d}@example.org", str(n)) for n in range(count)),
    )
    services.start_campaign(campaign)
elif sys.argv[1] == "resume":
    sys.stdout.write(f"queued {services.resume()}\n")
