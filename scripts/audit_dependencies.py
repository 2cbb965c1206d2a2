"""Audit the installed, pinned dependencies with pip-audit, and say plainly what was checked.

Fails (exit 1) when any installed version has a known vulnerability. A package whose data
cannot be fetched is *not* reported as safe: each is listed as unchecked, and the run fails
if some were checked and others not (a partial outage). When the vulnerability service cannot
be reached at all (machines that see only the package index, not its per-version JSON API or
OSV), the run says "NOT CHECKED" in capitals and passes, so a network outage never blocks a
change; set MASTHEAD_AUDIT_REQUIRED=1 where the service is reachable to fail instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def main() -> int:
    pip_audit = Path(sys.executable).parent / "pip-audit"
    command = [str(pip_audit), "--local", "--skip-editable", "--progress-spinner", "off"]
    result = subprocess.run(  # noqa: S603 - our own virtualenv's tool, fixed arguments
        [*command, "--format", "json"], capture_output=True, text=True, check=False
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
        print("pip-audit gave no report", file=sys.stderr)
        return 1
    dependencies = report.get("dependencies", [])
    vulnerable = [d for d in dependencies if d.get("vulns")]
    unchecked = [d for d in dependencies if "skip_reason" in d]
    checked = len(dependencies) - len(unchecked)
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions", [])) or "no fixed version yet"
            name = f"{dependency['name']} {dependency['version']}"
            print(f"VULNERABLE {name}: {vuln['id']} (fixed in {fixed})")
    print(
        f"pip-audit: {checked} packages checked, {len(vulnerable)} vulnerable, "
        f"{len(unchecked)} not checked"
    )
    if vulnerable:
        return 1
    if unchecked and checked:
        for dependency in unchecked:
            print(f"  not checked: {dependency['skip_reason']}")
        return 1  # a partial outage: some data came back, some did not
    if unchecked:
        print(
            "VULNERABILITY DATA NOT CHECKED: the vulnerability service could not be reached "
            "from this machine (every lookup failed)."
        )
        return 1 if os.environ.get("MASTHEAD_AUDIT_REQUIRED") == "1" else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
