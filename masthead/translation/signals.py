"""What the translation services announce, so that they need not know how work is queued.

services.py and leases.py send these after their transaction commits; tasks.py turns them
into queued tasks (the receivers are connected in signal_handlers.py). Tasks import the
services, never the reverse.
"""

from django.dispatch import Signal

# job_ids: list[int]; run_after: datetime | None (None: run as soon as a worker is free).
jobs_queued = Signal()

# job_id: int; token: str; expires: datetime — a run holds the job's lease until ``expires``.
lease_taken = Signal()

# objects: list of model instances a job wrote, whose reference-index entries must be renewed.
objects_written = Signal()
