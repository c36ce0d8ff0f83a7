# The fixture both VS Code lanes share, sourced by scripts/e2e.sh (code-server) and
# scripts/e2eElectron.sh (@vscode/test-electron): a throw-away run folder with its own HOME and XDG
# folders; the sandbox (`mfa-session sandbox`) with user alice, whose MFA device has a known seed, and
# user bob without one; ~/.aws/config + credentials whose profile `work` runs `mfa-session
# credential-process` against it; VS Code user settings; and FIXTURE_ENV, the environment VS Code
# runs with, in env(1) syntax. The lane sets EXT_DIR, REPO and OUT before sourcing it, and runs
# fixture_close on exit.
#   MFA_SESSION_E2E_BASE   cache folder (default: MFA_SESSION_TOOLCHAIN_DIR, else /tmp/mfa-session-toolchain)

BASE=${MFA_SESSION_E2E_BASE:-${MFA_SESSION_TOOLCHAIN_DIR:-/tmp/mfa-session-toolchain}}
CLI=$REPO/apps/cli/dist/mfa-session.js

fixture_require_tools() {
  [ -f "$CLI" ] || { echo "[e2e] $CLI is missing: build the CLI first (pnpm --filter mfa-session build)" >&2; exit 1; }
  for tool in oathtool aws; do command -v "$tool" >/dev/null || { echo "[e2e] $tool is missing: run scripts/install-test-tools.sh" >&2; exit 1; }; done
}

# RUN: the run folder, removed at the end: home/ (RUN_HOME), udd/ (user data), exts/, ws/ (the workspace), xdg/.
fixture_open() {
  rm -rf "$OUT"; mkdir -p "$OUT"
  RUN=$BASE/runs/$$; rm -rf "$RUN"; mkdir -p "$RUN"
  RUN_HOME=$RUN/home; mkdir -p "$RUN_HOME/.aws" "$RUN/udd/User" "$RUN/exts" "$RUN/ws" "$RUN/xdg"
  chmod 700 "$RUN_HOME/.aws"
  export XDG_CONFIG_HOME=$RUN/xdg/config XDG_CACHE_HOME=$RUN/xdg/cache XDG_DATA_HOME=$RUN/xdg/data
}

# Process groups (setsid) that fixture_close stops.
pids=()
fixture_close() {
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  [ -n "${RUN:-}" ] || return 0
  cp "$RUN"/*.log "$OUT/" 2>/dev/null || true
  rm -rf "$RUN"
}

# Sandbox, users, device, AWS files, settings, FIXTURE_ENV.
fixture_start() {
  fixture_aws_cli
  fixture_sandbox
  fixture_settings
  FIXTURE_ENV=(-u AWS_PROFILE -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY -u AWS_SESSION_TOKEN -u MFA_SESSION_CACHE_DIR -u MFA_SESSION_PROMPT
    HOME="$RUN_HOME" AWS_CONFIG_FILE="$RUN_HOME/.aws/config" AWS_SHARED_CREDENTIALS_FILE="$RUN_HOME/.aws/credentials"
    AWS_EC2_METADATA_DISABLED=true VSCODE_E2E_OUT="$OUT")
}

# An aws CLI that reads endpoint_url from the profile (v1 >= 1.29 or v2 >= 2.13; Debian's v2.9 does not),
# first on the terminals' PATH (a login shell may have reset PATH, so it goes through terminal.integrated.env).
fixture_aws_cli() {
  mkdir -p "$RUN/awsbin"
  for candidate in $(which -a aws); do
    read -r major minor < <("$candidate" --version 2>&1 | sed -n 's|^aws-cli/\([0-9]*\)\.\([0-9]*\).*|\1 \2|p') || continue
    if { [ "$major" = 1 ] && [ "$minor" -ge 29 ]; } || { [ "$major" = 2 ] && [ "$minor" -ge 13 ]; }; then ln -s "$candidate" "$RUN/awsbin/aws"; break; fi
  done
  [ -e "$RUN/awsbin/aws" ] || { echo "[e2e] no aws CLI that reads endpoint_url from profiles: run scripts/install-test-tools.sh (pip awscli)" >&2; exit 1; }
}

field() { node -e 'console.log(JSON.parse(process.argv[1])[process.argv[2]])' "$SANDBOX" "$1"; }

# Sets STARTED_MS, SANDBOX (its JSON line), EP, SERIAL (alice's device) and CODES (the two codes that enabled it).
fixture_sandbox() {
  STARTED_MS=$(date +%s%3N)
  setsid node "$CLI" sandbox > "$RUN/sandbox.json" 2> "$RUN/sandbox.log" &
  pids+=($!)
  for _ in $(seq 1 100); do [ -s "$RUN/sandbox.json" ] && break; sleep 0.1; done
  SANDBOX=$(head -n1 "$RUN/sandbox.json")
  EP=$(field endpoint)
  local admin=(env PATH="$RUN/awsbin:$PATH" AWS_ACCESS_KEY_ID="$(field accessKeyId)" AWS_SECRET_ACCESS_KEY="$(field secretAccessKey)" AWS_DEFAULT_REGION=us-east-1
    AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null aws --endpoint-url "$EP" --output text)
  local alice_key alice_secret bob_key bob_secret
  "${admin[@]}" iam create-user --user-name alice > /dev/null
  read -r alice_key alice_secret < <("${admin[@]}" iam create-access-key --user-name alice --query 'AccessKey.[AccessKeyId,SecretAccessKey]')
  "${admin[@]}" iam create-user --user-name bob > /dev/null
  read -r bob_key bob_secret < <("${admin[@]}" iam create-access-key --user-name bob --query 'AccessKey.[AccessKeyId,SecretAccessKey]')
  SERIAL=$("${admin[@]}" iam create-virtual-mfa-device --virtual-mfa-device-name alice --bootstrap-method Base32StringSeed \
    --outfile "$RUN/alice.seed" --query 'VirtualMFADevice.SerialNumber')
  chmod 600 "$RUN/alice.seed"
  mapfile -t CODES < <(oathtool --totp -b -w 1 "$(cat "$RUN/alice.seed")")
  "${admin[@]}" iam enable-mfa-device --user-name alice --serial-number "$SERIAL" --authentication-code1 "${CODES[0]}" --authentication-code2 "${CODES[1]}"
  echo "[e2e] sandbox at $EP: user alice with MFA device $SERIAL, user bob without" >&2
  cat > "$RUN_HOME/.aws/credentials" <<INI
[alice-keys]
aws_access_key_id = $alice_key
aws_secret_access_key = $alice_secret

[bob-keys]
aws_access_key_id = $bob_key
aws_secret_access_key = $bob_secret
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
INI
  # The code-server lane starts as a new user does: profile work is not an MFA profile yet, and the UI
  # test makes it one with Configure Profile. The Electron lane starts with it configured.
  [ "${FIXTURE_FIRST_START:-}" = 1 ] || cat >> "$RUN_HOME/.aws/config" <<INI
mfa_session_source_profile = alice-keys
mfa_serial = $SERIAL
credential_process = node $CLI credential-process --profile work
INI
  chmod 600 "$RUN_HOME/.aws/credentials" "$RUN_HOME/.aws/config"
}

fixture_settings() {
  cat > "$RUN/udd/User/settings.json" <<JSON
{ "security.workspace.trust.enabled": false, "workbench.startupEditor": "none",
  "telemetry.telemetryLevel": "off", "update.mode": "none", "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false, "workbench.enableExperiments": false, "chat.disableAIFeatures": true,
  "workbench.tips.enabled": false, "terminal.integrated.defaultProfile.linux": "bash",
  "terminal.integrated.enablePersistentSessions": false, "terminal.integrated.gpuAcceleration": "off", "window.restoreWindows": "none",
  "terminal.integrated.env.linux": { "PATH": "$RUN/awsbin:\${env:PATH}" },
  "mfaSession.cliPath": "$CLI" }
JSON
  # mfaSession.cliPath is a machine setting: a remote window (code-server's is one) takes it from the
  # remote's own settings, not from the user's, which a local window (the Electron lane) reads.
  mkdir -p "$RUN/udd/Machine"
  printf '{ "mfaSession.cliPath": "%s" }\n' "$CLI" > "$RUN/udd/Machine/settings.json"
}

# Every secret and code of the run, searched for in the run's logs, VS Code's logs (output channels),
# results and terminal text; writes $OUT/secret-scan.json and fails on a leak.
fixture_scan_secrets() {
  node "$EXT_DIR/test/e2e/scanSecrets.cjs" "$EP" "$(field accessKeyId)" "$(field secretAccessKey)" "$STARTED_MS" "$OUT/secret-scan.json" "$RUN"/*.log "$RUN/udd/logs" "$OUT"
}
