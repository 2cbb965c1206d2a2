"""Signals other apps listen to when a reader's account changes.

``reader_deleted`` is sent with ``user`` (the ``accounts.User`` about to go) inside the
deletion's transaction, before the row is deleted: a receiver removes or anonymises what its
app keeps about the reader (comments, subscriptions). If a receiver raises, nothing is deleted.
Higher apps connect to it; accounts never names them (tests/test_layering.py).
"""

from django.dispatch import Signal

reader_deleted = Signal()
