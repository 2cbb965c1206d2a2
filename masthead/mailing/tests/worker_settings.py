"""Settings for the real worker processes of the kill test (test_kill.py): the test settings with
a file database and the database task queue, so ``manage.py db_worker`` can be killed and started
again on the same ledger. Not collected by pytest (no ``test_`` prefix)."""

import os

from django.apps import AppConfig

from masthead.settings.test import *  # noqa: F403

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ["MAILING_KILLTEST_DB"],
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }
}
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["MAILING_KILLTEST_SMTP_PORT"])
EMAIL_USE_TLS = EMAIL_USE_SSL = False
EMAIL_HOST_USER = EMAIL_HOST_PASSWORD = ""
EMAIL_TIMEOUT = 60
MAILING_DOMAIN = "news.example"
MAILING_BATCH_SIZE = 10
MAILING_LEASE_SECONDS = 2


class KillTestComposer(AppConfig):
    """Registers the tests' composer in the worker process, as a newsletter app would."""

    name = "masthead.mailing.tests"
    label = "mailing_killtest"

    def ready(self) -> None:
        from masthead.mailing.tests.support import register_test_composer

        register_test_composer()


INSTALLED_APPS = [*INSTALLED_APPS, "masthead.mailing.tests.worker_settings.KillTestComposer"]  # noqa: F405
