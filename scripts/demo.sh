#!/usr/bin/env bash
# Set up and serve the demo outlet on http://127.0.0.1:8000 (SQLite, DEBUG off).
# Safe to run again: it reuses the virtualenv, database and demo content it finds.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv

export DJANGO_SETTINGS_MODULE=masthead.settings.dev
mkdir -p var/media
python manage.py migrate --noinput -v0
python manage.py collectstatic --noinput -v0
python manage.py load_demo_site

HOST="${MASTHEAD_HOST:-127.0.0.1}"
PORT="${MASTHEAD_PORT:-8000}"
echo "Serving the demo outlet on http://${HOST}:${PORT}/ (Ctrl-C to stop)"
# The task worker runs beside the web server so background jobs are done on this machine too.
python manage.py db_worker --queue-name '*' -v0 &
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT
exec_cmd=(gunicorn masthead.wsgi:application --bind "${HOST}:${PORT}" --workers 2
  --env DJANGO_SETTINGS_MODULE=masthead.settings.dev --access-logfile -)
"${exec_cmd[@]}"
