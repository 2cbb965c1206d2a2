#!/usr/bin/env bash
# Install everything the tests need (Debian's Chromium included) and run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

source scripts/_venv.sh
ensure_venv test

echo "== ruff"
ruff check .
echo "== manage.py check / makemigrations --check"
DJANGO_SETTINGS_MODULE=masthead.settings.test python manage.py check
DJANGO_SETTINGS_MODULE=masthead.settings.test python manage.py makemigrations --check --dry-run
echo "== pytest"
python -m pytest -n "${PYTEST_WORKERS:-2}" "$@"
