#!/usr/bin/env bash
# The Windows lane: installs Node.js for Windows and Wine (install-node-win.sh), builds the CLI, core
# and the sandbox from this tree (turbo: a no-op when they are up to date), and runs lane.mjs: the CLI,
# core and the AWS SDK for JavaScript run by node.exe under Wine, against a sandbox on the Linux side.
# Ends with "N passed, N failed"; exit 1 on failure. Needs python3 with botocore (install-test-tools.sh).
#   scripts/windows/run-lane.sh            (pnpm test:windows; pnpm test runs it too)
#   MFA_SESSION_TOOLCHAIN_DIR              where node.exe and the Wine prefix are kept (default /tmp/mfa-session-toolchain)
#   MFA_SESSION_KEEP_LANE=1                keep the lane's temp folder even when everything passed
#   MFA_SESSION_LANE_REPORT=FILE           also write {"passed":N,"failed":N} there (scripts/test.mjs reads it)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
exe=$("$here/install-node-win.sh")
(cd "$root" && node node_modules/turbo/bin/turbo run build --filter=mfa-session... --output-logs=errors-only >&2)
export WINEPREFIX=${MFA_SESSION_TOOLCHAIN_DIR:-/tmp/mfa-session-toolchain}/node-win/prefix WINEDEBUG=-all
exec node "$here/lane.mjs" "$exe"
