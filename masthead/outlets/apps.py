from django.apps import AppConfig


class OutletsConfig(AppConfig):
    name = "masthead.outlets"
    label = "outlets"
    verbose_name = "Masthead outlet setup"
