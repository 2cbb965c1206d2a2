# Shared by scripts/demo.sh and scripts/test.sh: create .venv and install Masthead into it,
# reinstalling only when pyproject.toml changed.
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3

ensure_venv() {
  local groups=("$@")
  if [ ! -x .venv/bin/python ]; then
    echo "Creating the virtual environment in .venv…"
    "$PYTHON" -m venv .venv
  fi
  # shellcheck disable=SC1091
  source .venv/bin/activate
  local stamp=".venv/.masthead-installed-$(sha256sum pyproject.toml | cut -c1-16)-${groups[*]:-base}"
  stamp="${stamp// /-}"
  if [ ! -f "$stamp" ]; then
    echo "Installing Masthead and its dependencies…"
    python -m pip install --quiet --upgrade "pip>=25.1"
    local args=(--quiet -e .)
    for group in "${groups[@]}"; do args+=(--group "$group"); done
    python -m pip install "${args[@]}"
    rm -f .venv/.masthead-installed-*
    touch "$stamp"
  fi
}
