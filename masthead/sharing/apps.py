from django.apps import AppConfig


class SharingConfig(AppConfig):
    """Share and forward links, the republish kit and its cookie-free republication counter."""

    name = "masthead.sharing"
    label = "sharing"
    verbose_name = "Sharing and republishing"
