#!/usr/bin/env bash
# Installs the toolchain the code-server tests need, into the toolchain cache folder OUTSIDE the repo
# (idempotent, reused across runs): Node 24 from the npm registry (code-server 4.133+ needs exactly
# Node 24; scripts/install-node.sh pins it) and code-server 4.139.1 (VS Code 1.139) with its native
# modules compiled by node-gyp against Node 24's headers. A cold install takes 2-5 minutes on 2 cores;
# a warm one is a no-op. Works the same from a shell and from inside `pnpm test` (see npmOutside.sh).
# Needs chromium and libkrb5-dev (scripts/install-test-tools.sh installs them).
#   MFA_SESSION_E2E_BASE   cache folder (default: MFA_SESSION_TOOLCHAIN_DIR, else /tmp/mfa-session-toolchain)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../../.." && pwd)
. "$REPO/scripts/lib/npmOutside.sh"
BASE=${MFA_SESSION_E2E_BASE:-${MFA_SESSION_TOOLCHAIN_DIR:-/tmp/mfa-session-toolchain}}
CS_VER=4.139.1
mkdir -p "$BASE"
export XDG_CONFIG_HOME=$BASE/xdg/config XDG_CACHE_HOME=$BASE/xdg/cache XDG_DATA_HOME=$BASE/xdg/data

if [ ! -f /usr/include/gssapi/gssapi.h ]; then
  echo "missing /usr/include/gssapi/gssapi.h: run scripts/install-test-tools.sh (installs libkrb5-dev)" >&2
  exit 1
fi

N24_BIN=$(MFA_SESSION_TOOLCHAIN_DIR=$BASE bash "$REPO/scripts/install-node.sh" 24)

CS=$BASE/cs/node_modules/.bin/code-server
exec 9>"$BASE/cs.lock" && flock 9   # two test runs must not install into one folder at once
if [ ! -f "$BASE/cs/.installed-$CS_VER" ]; then
  rm -rf "$BASE/cs"
  mkdir -p "$BASE/cs" && echo '{"private":true}' > "$BASE/cs/package.json"
  # nodedir: the machine's ~/.npmrc may point node-gyp at another Node's headers.
  (cd "$BASE/cs" && PATH="$N24_BIN:$PATH" npm_outside install --nodedir="$(dirname "$N24_BIN")" "code-server@$CS_VER")
  [ -x "$CS" ] || { echo "code-server install failed" >&2; exit 1; }
  touch "$BASE/cs/.installed-$CS_VER"
fi
echo "code-server ready: $CS (node $N24_BIN/node)"
