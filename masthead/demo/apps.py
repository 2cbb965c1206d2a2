from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo outlet: data files in ``content/`` and the command that loads them.

    It sits above every newsroom app (it wires them all together), so that ``core`` and the
    other apps never import demo code.
    """

    name = "masthead.demo"
    label = "demo"
    verbose_name = "Masthead demo outlet"
