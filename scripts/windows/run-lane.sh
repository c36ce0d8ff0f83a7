#!/usr/bin/env bash
# The Windows lane: installs Node.js for Windows and Wine (install-node-win.sh), builds the CLI when
# its bundle is missing, and runs lane.mjs: the CLI and the AWS SDK for JavaScript run by node.exe
# under Wine, against a sandbox on the Linux side. Ends with "N passed, N failed"; exit 1 on failure.
#   scripts/windows/run-lane.sh            (pnpm test:windows)
#   MFA_SESSION_TOOLCHAIN_DIR              where node.exe and the Wine prefix are kept (default /tmp/mfa-session-toolchain)
#   MFA_SESSION_KEEP_LANE=1                keep the lane's temp folder even when everything passed
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
exe=$("$here/install-node-win.sh")
[ -f "$root/apps/cli/dist/mfa-session.js" ] || (cd "$root" && pnpm --filter mfa-session build >&2)
export WINEPREFIX=${MFA_SESSION_TOOLCHAIN_DIR:-/tmp/mfa-session-toolchain}/node-win/prefix WINEDEBUG=-all
exec node "$here/lane.mjs" "$exe"
