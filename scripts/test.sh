#!/usr/bin/env bash
# Install everything the tests need (Debian's Chromium, PostgreSQL and Redis included) and run
# the whole suite: a PostgreSQL pass, a scale-out pass (PostgreSQL + Redis + S3 media on moto's
# server), then the main suite. The servers are throwaway ones on loopback ports, stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

# PostgreSQL for tests/postgres: Debian's server package, run as a throwaway cluster below.
pg_bindir() { find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1; }
if [ -z "${MASTHEAD_TEST_POSTGRES_URL:-}" ] && [ -z "$(pg_bindir)" ]; then
  echo "Installing Debian's postgresql for the PostgreSQL tests…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi

# Redis for the page store and cache tests: Debian's server, run as a throwaway instance below.
if [ -z "${MASTHEAD_TEST_REDIS_URL:-}" ] && ! command -v redis-server >/dev/null 2>&1; then
  echo "Installing Debian's redis-server for the Redis tests…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
fi

# The page checks (tests/browser/test_page_checks.py): the Nu HTML Checker on Debian's Java, and
# axe-core, both from the npm registry at pinned versions, in a cache folder outside the
# repository; installed again only when the pins change. --ignore-scripts: vnu-jar's install
# script would otherwise fetch a Java runtime of its own from outside the registry.
PAGECHECK_PACKAGES=(vnu-jar@26.9.27 axe-core@4.14.1)
export MASTHEAD_TEST_TOOLS="${MASTHEAD_TEST_TOOLS:-$HOME/.cache/masthead/test-tools}"
if ! command -v java >/dev/null 2>&1; then
  echo "Installing Debian's default-jre-headless for the Nu HTML Checker…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jre-headless >/dev/null
fi
if [ "$(cat "$MASTHEAD_TEST_TOOLS/installed" 2>/dev/null)" != "${PAGECHECK_PACKAGES[*]}" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "Installing Debian's npm for the page checks…"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq npm >/dev/null
  fi
  echo "Installing ${PAGECHECK_PACKAGES[*]} from the npm registry into $MASTHEAD_TEST_TOOLS…"
  mkdir -p "$MASTHEAD_TEST_TOOLS"
  npm install --prefix "$MASTHEAD_TEST_TOOLS" --ignore-scripts --no-audit --no-fund \
    --save-exact --loglevel=error "${PAGECHECK_PACKAGES[@]}"
  echo "${PAGECHECK_PACKAGES[*]}" >"$MASTHEAD_TEST_TOOLS/installed"
fi

source scripts/_venv.sh
ensure_venv test postgres redis s3

# Services started below are stopped on exit, whichever of them started.
CLEANUPS=()
run_cleanups() {
  local cleanup
  for cleanup in "${CLEANUPS[@]}"; do "$cleanup"; done
}
trap run_cleanups EXIT
free_port() {
  python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# A Redis of our own on 127.0.0.1 and a free port, in memory only, for the whole run; skipped
# when MASTHEAD_TEST_REDIS_URL already names a server.
start_test_redis() {
  [ -z "${MASTHEAD_TEST_REDIS_URL:-}" ] || return 0
  local port
  REDIS_DIR="$(mktemp -d /tmp/masthead-test-redis.XXXXXX)"
  port="$(free_port)"
  redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no --daemonize yes \
    --dir "$REDIS_DIR" --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log"
  REDIS_PORT="$port"
  CLEANUPS+=(stop_test_redis)
  local tries=0
  until redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 50 ]; then
      echo "redis-server did not start:" >&2
      cat "$REDIS_DIR/redis.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  export MASTHEAD_TEST_REDIS_URL="redis://127.0.0.1:$port/0"
}
stop_test_redis() {
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$REDIS_DIR"
}

# A cluster of our own on 127.0.0.1 and a free port, under /tmp, removed on exit; skipped
# when MASTHEAD_TEST_POSTGRES_URL already names a server.
start_test_postgres() {
  [ -z "${MASTHEAD_TEST_POSTGRES_URL:-}" ] || return 0
  local bindir port
  bindir="$(pg_bindir)"
  PG_DIR="$(mktemp -d /tmp/masthead-test-pg.XXXXXX)"
  PG_RUN=()
  if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses root (as on CI): the cluster belongs to Debian's postgres user.
    chown postgres:postgres "$PG_DIR"
    PG_RUN=(runuser -u postgres --)
  fi
  port="$(free_port)"
  "${PG_RUN[@]}" "$bindir/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >/dev/null
  # Durability off: a test cluster is thrown away, and fsync is most of its write time.
  "${PG_RUN[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -o \
    "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  PG_BINDIR="$bindir"
  CLEANUPS+=(stop_test_postgres)
  export MASTHEAD_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
}
stop_test_postgres() {
  "${PG_RUN[@]}" "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

# moto's S3-compatible server on 127.0.0.1 and a free port, in memory, for the scale-out media
# tests; skipped when MASTHEAD_TEST_S3_ENDPOINT_URL already names one.
start_test_s3() {
  [ -z "${MASTHEAD_TEST_S3_ENDPOINT_URL:-}" ] || return 0
  local port tries=0
  S3_LOG="$(mktemp /tmp/masthead-test-s3.XXXXXX)"
  port="$(free_port)"
  moto_server -H 127.0.0.1 -p "$port" >"$S3_LOG" 2>&1 &
  S3_PID=$!
  CLEANUPS+=(stop_test_s3)
  until python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" \
    >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$S3_PID" 2>/dev/null; then
      echo "moto_server did not start:" >&2
      cat "$S3_LOG" >&2
      exit 1
    fi
    sleep 0.1
  done
  export MASTHEAD_TEST_S3_ENDPOINT_URL="http://127.0.0.1:$port"
}
stop_test_s3() {
  kill "$S3_PID" 2>/dev/null || true
  wait "$S3_PID" 2>/dev/null || true
  rm -f "$S3_LOG"
}

echo "== ruff"
ruff check .
echo "== mypy"
mypy
echo "== manage.py check / makemigrations --check"
DJANGO_SETTINGS_MODULE=masthead.settings.test python manage.py check
DJANGO_SETTINGS_MODULE=masthead.settings.test python manage.py makemigrations --check --dry-run
# Every installed distribution (the pinned dependencies and what they pull in) against PyPI's
# vulnerability data: fails on a known vulnerability or a partial outage; where the service
# cannot be reached at all it prints NOT CHECKED (scripts/audit_dependencies.py says why).
if [ "${MASTHEAD_SKIP_AUDIT:-0}" = "1" ]; then
  echo "== pip-audit skipped (MASTHEAD_SKIP_AUDIT=1)"
else
  echo "== pip-audit"
  python scripts/audit_dependencies.py
fi
# Existing suites that also run scaled out: the pages readers open, the admin editors use,
# uploads and renditions, people and terms, scheduled publishing (about two minutes).
SCALEOUT_SUITES=(
  masthead/articles/tests/test_pages.py
  masthead/articles/tests/test_admin.py
  masthead/images/tests/test_images.py
  masthead/people/tests
  masthead/taxonomy/tests
  tests/test_scheduled_publishing.py::ScheduledPublishingTests
)
# The PostgreSQL run comes first (whole-suite runs only) so the script ends with the main
# suite's summary line; either run failing fails the script.
start_test_redis
postgres_status=0
if [ "$#" -eq 0 ]; then
  echo "== pytest on PostgreSQL (tests/postgres)"
  start_test_postgres
  DJANGO_SETTINGS_MODULE=masthead.settings.test_postgres \
    python -m pytest -n "${PYTEST_WORKERS:-2}" tests/postgres || postgres_status=$?
  # The scale-out subset: PostgreSQL, Redis as Django's cache, media on an S3-compatible
  # server, the worker's scheduled publishing (docs/how-to/scale-out.md).
  echo "== pytest scale-out: PostgreSQL + Redis + S3 (tests/scaleout and chosen suites)"
  start_test_s3
  DJANGO_SETTINGS_MODULE=masthead.settings.test_scaleout \
    python -m pytest -n "${PYTEST_WORKERS:-2}" -p tests.scaleout.plugin tests/scaleout \
    "${SCALEOUT_SUITES[@]}" \
    || postgres_status=$?
fi
if [ "$#" -gt 0 ]; then
  echo "== pytest $*"
  python -m pytest -n "${PYTEST_WORKERS:-2}" "$@" || exit $?
  exit "$postgres_status"
fi
# The browser journeys run one file per process: Playwright's greenlet and Django's
# context-local connections let one transactional journey's rows (an in-memory database)
# leak into the next in the same process; a fresh process per file keeps each one clean.
browser_status=0
for journey in tests/browser/test_*.py; do
  echo "== pytest $journey"
  python -m pytest -p no:xdist -q "$journey" || browser_status=$?
done
echo "== pytest"
python -m pytest -n "${PYTEST_WORKERS:-2}" --ignore=tests/browser || exit $?
[ "$browser_status" -eq 0 ] || exit "$browser_status"
exit "$postgres_status"
