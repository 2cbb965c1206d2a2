#!/usr/bin/env bash
# Set up and serve the demo outlet on http://127.0.0.1:8000 (SQLite, DEBUG off).
# Safe to run again: it reuses the virtualenv, database and demo content it finds.
#
# MASTHEAD_SMOKE=1 sets up the same way, serves on a free port, checks the pages a newcomer
# opens first (scripts/smoke_demo.py), stops, and exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv

export DJANGO_SETTINGS_MODULE=masthead.settings.dev
HOST="${MASTHEAD_HOST:-127.0.0.1}"
PORT="${MASTHEAD_PORT:-8000}"
SMOKE="${MASTHEAD_SMOKE:-}"
if [ -n "$SMOKE" ]; then
  PORT="$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
fi
# Canonical links, feeds and sitemaps name the address the demo is served on.
export MASTHEAD_BASE_URL="${MASTHEAD_BASE_URL:-http://${HOST}:${PORT}}"

python manage.py migrate --noinput -v0
python manage.py collectstatic --noinput -v0
python manage.py load_demo_site

# The task worker runs beside the web server so background jobs are done on this machine too.
python manage.py db_worker --queue-name '*' -v0 &
PIDS=("$!")
trap 'kill "${PIDS[@]}" 2>/dev/null || true' EXIT
# granian, one worker process per core (docs/how-to/deploy.md has the measurements behind it).
# Ctrl-C reaches the workers as well as granian, and then they wait for a stop that never
# comes; the kill timeout ends them, so Ctrl-C stops the demo within seconds.
server=(granian --interface wsgi --host "${HOST}" --port "${PORT}" --workers "$(nproc)"
  --blocking-threads 1 --workers-kill-timeout 3)
app=masthead.wsgi:application

if [ -z "$SMOKE" ]; then
  echo "Serving the demo outlet on http://${HOST}:${PORT}/ (Ctrl-C to stop)"
  "${server[@]}" --access-log "$app"
  exit $?
fi

echo "Smoke test: serving on http://${HOST}:${PORT}/ and fetching what a newcomer opens first"
"${server[@]}" --log-level warning "$app" &
PIDS+=("$!")
python scripts/smoke_demo.py "http://${HOST}:${PORT}" editor "${MASTHEAD_DEMO_PASSWORD:-masthead-demo}"
