"""Thin receivers: model events become service calls (see services.py)."""


def register_signal_handlers() -> None:
    pass
