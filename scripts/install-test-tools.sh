#!/usr/bin/env bash
# Installs the real, independent clients and oracles the tests check our work against:
# oathtool, zbarimg, tmux, AWS CLI v2 (Debian), Chromium (VS Code UI tests), a Secret Service
# (gnome-keyring on dbus-run-session, secret-tool as the keychain tests' oracle), moto and boto3 (pip),
# and pnpm. Idempotent: skips what is already there. Needs root for apt-get (CI runs as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need_apt=()
command -v oathtool >/dev/null || need_apt+=(oathtool)
command -v zbarimg >/dev/null || need_apt+=(zbar-tools)
command -v tmux >/dev/null || need_apt+=(tmux)
[ -x /usr/bin/aws ] || need_apt+=(awscli)
command -v chromium >/dev/null || need_apt+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
command -v gnome-keyring-daemon >/dev/null || need_apt+=(gnome-keyring)
command -v dbus-run-session >/dev/null || need_apt+=(dbus)
command -v dbus-launch >/dev/null || need_apt+=(dbus-x11)
command -v secret-tool >/dev/null || need_apt+=(libsecret-tools)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
command -v moto_server >/dev/null || python3 -m pip install -q "moto[server]==5.2.1"
python3 -c "import boto3" 2>/dev/null || python3 -m pip install -q boto3
python3 -c "import awscli" 2>/dev/null || python3 -m pip install -q awscli   # v1 on PATH: reads endpoint_url from profiles (Debian's v2.9 does not)
if ! (command -v pnpm >/dev/null && pnpm --version | grep -q '^10\.'); then npm install -g pnpm@10 >/dev/null; fi
pnpm install --frozen-lockfile
