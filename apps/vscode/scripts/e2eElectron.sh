#!/usr/bin/env bash
# The extension-host mocha suite in desktop VS Code through @vscode/test-electron, on the same
# fixture as the code-server lane (scripts/e2eFixture.sh). VS Code comes from VSCODE_EXECUTABLE or is
# downloaded from Microsoft's update servers first, before anything is built or started: where it
# cannot be, the lane stops within seconds with exit 69 and says to run the code-server lane
# (scripts/e2e.sh, the CI lane), which also runs the Playwright UI test this lane does not.
#   VSCODE_EXECUTABLE            a VS Code executable to use instead of downloading one
#   VSCODE_VERSION               the version to download (default stable; 1.90.0 is the engines floor)
#   VSCODE_DOWNLOAD_TIMEOUT_MS   bound on the whole download (default 600000)
#   MFA_SESSION_E2E_BASE         cache folder, as in scripts/e2e.sh; downloads are kept in its vscode-test/
#   E2E_OUT                      results folder (default apps/vscode/test-artifacts/electron)
# Exit: 0 passed, 1 failed, 69 no VS Code to run (test/e2e/electron/electronLane.ts).
set -euo pipefail
EXT_DIR=$(cd "$(dirname "$0")/.." && pwd)
REPO=$(cd "$EXT_DIR/../.." && pwd)
OUT=${E2E_OUT:-$EXT_DIR/test-artifacts/electron}
t() { local s=$SECONDS rc=0; "$@" || rc=$?; echo "[e2e-electron] $((SECONDS - s))s: $1 ${2:-}" >&2; return $rc; }
. "$EXT_DIR/scripts/e2eFixture.sh"   # sets BASE and CLI

# The lane's Node side is TypeScript (typechecked, unit-tested); Node 20 runs it once esbuild bundles it.
LANE_DIR=$(mktemp -d "${TMPDIR:-/tmp}/mfa-session-electron-lane.XXXXXX")
trap 'fixture_close; rm -rf "$LANE_DIR"' EXIT
"$EXT_DIR/node_modules/.bin/esbuild" "$EXT_DIR/test/e2e/electron/electronLaneCli.ts" --bundle --platform=node --format=cjs \
  --target=node20 --log-level=warning --outfile="$LANE_DIR/lane.cjs"

# 1. a VS Code, before any fixture
VSCODE=$(node "$LANE_DIR/lane.cjs" resolve --cache-path "$BASE/vscode-test") || exit $?
echo "[e2e-electron] VS Code: $VSCODE" >&2

# Electron needs a display; on a headless Linux machine, a virtual one.
HEADLESS=()
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  command -v xvfb-run > /dev/null || { echo "[e2e-electron] no display for VS Code: install xvfb (xvfb-run) or run from a desktop session" >&2; exit 1; }
  HEADLESS=(xvfb-run -a)
fi

# 2. build, fixture
fixture_require_tools
fixture_open
(cd "$EXT_DIR" && t node build.mjs)
fixture_start

# 3. the suite; timeout(1) stops VS Code's whole process group if it hangs
rc=0
timeout -k 10 900 "${HEADLESS[@]}" node "$LANE_DIR/lane.cjs" run --vscode "$VSCODE" --extension-dir "$EXT_DIR" \
  --workspace "$RUN/ws" --user-data-dir "$RUN/udd" --extensions-dir "$RUN/exts" -- "${FIXTURE_ENV[@]}" \
  > >(tee "$OUT/extension-host-console.log") 2>&1 || rc=1
fixture_scan_secrets || rc=1
node -e '
  const fs = require("fs"), path = require("path"), out = process.argv[1];
  const read = (f) => { try { return JSON.parse(fs.readFileSync(path.join(out, f), "utf8")); } catch { return { passed: 0, failed: 1, missing: f }; } };
  const summary = { extensionHost: read("extension-host-results.json"), secretScan: read("secret-scan.json") };
  fs.writeFileSync(path.join(out, "e2e-summary.json"), JSON.stringify(summary, null, 2) + "\n");
  console.log(`[e2e-electron] extension host in VS Code: ${summary.extensionHost.passed} passed, ${summary.extensionHost.failed} failed; secret scan: ${summary.secretScan.leaks?.length ?? "no"} leaks`);
' "$OUT"
exit $rc
