#!/usr/bin/env bash
# Scan the demo outlet on loopback with wapiti (Debian's package) and summarise what it finds.
#
#   bench/scan.sh [REPORT.json]      # about 10 minutes; the report lands in test-artifacts/
#
# The demo is set up as scripts/demo.sh does (dev settings, DEBUG off), in a temporary folder of
# its own, and served by granian with the page cache on. wapiti crawls it as an anonymous reader
# (the admin's login page included) and runs its injection, XSS, redirect, file, header, cookie,
# CSRF and method modules. ssrf is left out: it needs wapiti's server on the internet.
# Each finding is listed by module and URL; docs/how-to/when-things-go-wrong.md has the triage.
set -euo pipefail
cd "$(dirname "$0")/.."

# wapiti asks for brotli ("Accept-Encoding: … br") and the page cache answers with it: without
# python3-brotli it cannot read a single page and crawls nothing past the front page.
if ! command -v wapiti >/dev/null 2>&1 || ! /usr/bin/python3 -c "import brotli" 2>/dev/null; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq wapiti python3-brotli >/dev/null
fi
PY="${PYTHON:-.venv/bin/python}"
REPORT="${1:-test-artifacts/wapiti-report.json}"
mkdir -p "$(dirname "$REPORT")"
DIR="$(mktemp -d /tmp/masthead-scan.XXXXXX)"
PORT="$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export DJANGO_SETTINGS_MODULE=masthead.settings.dev
export MASTHEAD_SQLITE_PATH="$DIR/db.sqlite3" MASTHEAD_MEDIA_ROOT="$DIR/media"
export MASTHEAD_STATIC_ROOT="$DIR/static" MASTHEAD_PAGE_CACHE_DIR="$DIR/page-cache"
export MASTHEAD_BASE_URL="http://127.0.0.1:$PORT" MASTHEAD_AUTO_TRANSLATE=0

$PY manage.py migrate --noinput -v0
$PY manage.py collectstatic --noinput -v0
$PY manage.py load_demo_site >/dev/null
"$(dirname "$PY")/granian" --interface wsgi --host 127.0.0.1 --port "$PORT" --workers 2 \
  --blocking-threads 1 --workers-kill-timeout 3 --log-level warning masthead.wsgi:application \
  >"$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$DIR"' EXIT
for _ in $(seq 100); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break
  sleep 0.5
done

echo "== wapiti on http://127.0.0.1:$PORT/ (uptime: $(uptime | sed 's/.*load/load/'))"
wapiti -u "http://127.0.0.1:$PORT/" --scope folder --flush-session \
  -m "backup,blindsql,cookieflags,crlf,csp,csrf,exec,file,http_headers,methods,permanentxss,redirect,sql,xss,xxe" \
  --max-scan-time "${SCAN_SECONDS:-600}" --max-attack-time 90 -d 4 --max-links-per-page 60 \
  -f json -o "$REPORT" -v 1 >"${REPORT%.json}.log" 2>&1 || { cat "${REPORT%.json}.log"; exit 1; }

echo "== findings (report: $REPORT)"
$PY - "$REPORT" <<'PYTHON'
import json, sys
report = json.load(open(sys.argv[1]))
total = 0
for kind, section in (("vulnerability", "vulnerabilities"), ("anomaly", "anomalies"),
                      ("additional", "additionals")):
    for category, findings in sorted(report.get(section, {}).items()):
        for finding in findings:
            total += 1
            print(f"[{kind}] {category}: {finding.get('method', '')} {finding.get('path', '')}"
                  f" {finding.get('parameter', '') or ''} :: {finding.get('info', '')[:160]}")
print(f"{total} findings")
PYTHON
# wapiti -v 1 logs each request it sends ("[+] GET …", "[¨] …"): what was crawled and attacked.
echo "requests sent: $(grep -c '^\[' "${REPORT%.json}.log" || true); distinct URLs attacked:" \
  "$(grep -oE "(GET|POST) http[^ ]+" "${REPORT%.json}.log" | sed 's/?.*//' | sort -u | wc -l)"
echo "server errors logged: $(grep -ci "error" "$DIR/server.log" || true)"
grep -i "error" "$DIR/server.log" | sort | uniq -c | sort -rn | head -10 || true
