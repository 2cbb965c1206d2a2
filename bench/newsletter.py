"""Newsletter send benchmark: one campaign to N subscribers over a local SMTP sink.

    .venv/bin/python bench/newsletter.py                 # 10,000 then 100,000 recipients
    .venv/bin/python bench/newsletter.py --sizes 2000    # a quick look

The real path, end to end: ``mailing.services.create_campaign`` with N recipients, a composer
registered through ``mailing.registry`` that renders each reader's digest from a Django template
(text and HTML), and ``mailing.sending.run_campaign``: batches claimed from the ledger on SQLite
(WAL, as in production), suppressions checked, the engine's headers added, every message sent
over one reused SMTP connection per batch and marked in the ledger one by one. The sink is
aiosmtpd in its own process, discarding what it is sent.

Each size runs in a fresh process; printed per size: messages per second for the send and the
sending process's peak resident memory (ru_maxrss), so a memory that grows with the list shows.
Target: at least 200 messages/s, and memory flat from 10,000 to 100,000. The machine is shared:
the load average is printed with each result.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATE = 200.0

SETTINGS_MODULE = """
from masthead.settings.base import *  # noqa
SECRET_KEY = "bench-newsletter"
DEBUG = False
ALLOWED_HOSTS = ["*"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_USE_TLS = EMAIL_USE_SSL = False
EMAIL_HOST_USER = EMAIL_HOST_PASSWORD = ""
MAILING_DOMAIN = "news.example"
MAILING_FROM_EMAIL = "The Bench Daily <letters@news.example>"
MASTHEAD_PAGE_CACHE = False
"""

SINK_SCRIPT = """
import sys, time
from aiosmtpd.controller import Controller

class Discard:
    async def handle_DATA(self, server, session, envelope):
        return "250 OK"

controller = Controller(Discard(), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
print("ready", flush=True)
sys.stdin.read()  # until the benchmark closes our stdin
controller.stop()
"""

SEND_SCRIPT = """
import json, resource, sys, time
import django
django.setup()
from django.template import Context, Template
from masthead.mailing import services
from masthead.mailing.registry import ComposedMessage, register_composer
from masthead.mailing.sending import run_campaign

STORIES = [(f"Story {n}: the council's budget, line by line", f"/news/{n}/") for n in range(8)]
HTML = Template(
    "<html><body><h1>{{ subject }}</h1><p>Good morning, reader {{ ref }}.</p>"
    "{% for title, url in stories %}"
    "<h2><a href='https://news.example{{ url }}'>{{ title }}</a></h2>"
    "<p>What happened, why it matters and what comes next, in three short paragraphs.</p>"
    "{% endfor %}<p><a href='{{ unsubscribe }}'>Unsubscribe</a></p></body></html>"
)
TEXT = Template(
    "{{ subject }}\\n\\nGood morning, reader {{ ref }}.\\n\\n"
    "{% for title, url in stories %}{{ title }}\\nhttps://news.example{{ url }}\\n\\n{% endfor %}"
    "Unsubscribe: {{ unsubscribe }}\\n"
)

def compose(campaign, deliveries):
    for delivery in deliveries:
        unsubscribe = f"https://news.example/newsletters/u/{delivery.recipient_ref}/"
        context = Context({"subject": campaign.subject, "ref": delivery.recipient_ref,
                           "stories": STORIES, "unsubscribe": unsubscribe})
        yield ComposedMessage(
            delivery_id=delivery.pk, subject=campaign.subject, text=TEXT.render(context),
            html=HTML.render(context), unsubscribe_url=unsubscribe,
            unsubscribe_mailto=f"unsubscribe+{delivery.recipient_ref}@news.example",
        )

register_composer("bench-digest", compose)
count = int(sys.argv[1])
started = time.perf_counter()
campaign = services.create_campaign(
    key=f"bench-{count}", kind="bench-digest", list_id="daily", subject="The morning digest",
    recipients=((f"reader{n}@example.org", str(n)) for n in range(count)),
)
created = time.perf_counter()
cpu_before = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
services.start_campaign(campaign)  # the immediate task backend sends here, in this process
sent = time.perf_counter()
cpu_s = sum(resource.getrusage(resource.RUSAGE_SELF)[:2]) - cpu_before
result = run_campaign(campaign.pk)
print(json.dumps({
    "count": count, "create_s": created - started, "send_s": sent - created, "cpu_s": cpu_s,
    "result": result,
    "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated list sizes")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    workdir = Path(tempfile.mkdtemp(prefix="masthead-bench-newsletter-"))
    (workdir / "bench_newsletter_settings.py").write_text(SETTINGS_MODULE)
    port = free_port()
    template_db = workdir / "template.sqlite3"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(workdir), str(ROOT)]),
        "DJANGO_SETTINGS_MODULE": "bench_newsletter_settings",
        "MASTHEAD_SQLITE_PATH": str(template_db),
        "MASTHEAD_EMAIL_HOST": "127.0.0.1",
        "MASTHEAD_EMAIL_PORT": str(port),
        "MASTHEAD_BASE_URL": "https://news.example",
    }
    print(f"Preparing a database in {workdir} ...", flush=True)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    sink = subprocess.Popen(  # noqa: S603 — the sink script above
        [sys.executable, "-c", SINK_SCRIPT, str(port)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    if sink.stdout is None or not sink.stdout.readline().startswith("ready"):
        raise SystemExit("The SMTP sink did not start.")
    results = []
    try:
        for count in sizes:
            database = workdir / f"bench-{count}.sqlite3"
            shutil.copy(template_db, database)
            run_env = {**env, "MASTHEAD_SQLITE_PATH": str(database)}
            load_before = os.getloadavg()[0]
            done = subprocess.run(  # noqa: S603 — the send script above
                [sys.executable, "-c", SEND_SCRIPT, str(count)],
                cwd=ROOT,
                env=run_env,
                check=True,
                capture_output=True,
                text=True,
            )
            row = json.loads(done.stdout.strip().splitlines()[-1])
            row["rate"] = row["result"]["sent"] / row["send_s"]
            row["load"] = (load_before, os.getloadavg()[0])
            results.append(row)
            print(
                f"{count:>7} recipients: sent {row['result']['sent']:>7} in {row['send_s']:7.1f} s"
                f" = {row['rate']:6.0f} messages/s"
                f" ({row['result']['sent'] / row['cpu_s']:.0f} per CPU-second of the sender);"
                f" peak memory {row['maxrss_mib']:6.1f} MiB;"
                f" list created in {row['create_s']:.1f} s;"
                f" load average {row['load'][0]:.2f} -> {row['load'][1]:.2f}"
                f" ({os.cpu_count()} CPUs)",
                flush=True,
            )
            database.unlink()
    finally:
        if sink.stdin:
            sink.stdin.close()
        sink.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)

    ok = True
    slowest = min(row["rate"] for row in results)
    met = slowest >= TARGET_RATE
    ok &= met
    print(
        f"Rate target {TARGET_RATE:.0f} messages/s: {'met' if met else 'missed'} "
        f"(slowest {slowest:.0f}/s)"
    )
    if len(results) > 1:
        first, last = results[0], results[-1]
        growth = last["maxrss_mib"] - first["maxrss_mib"]
        flat = last["maxrss_mib"] <= first["maxrss_mib"] * 1.15 + 5
        ok &= flat
        print(
            f"Memory from {first['count']:,} to {last['count']:,} recipients: "
            f"{first['maxrss_mib']:.1f} -> {last['maxrss_mib']:.1f} MiB ({growth:+.1f} MiB): "
            f"{'flat (met)' if flat else 'grows (missed)'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
