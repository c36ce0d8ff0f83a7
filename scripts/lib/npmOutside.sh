# Sourced by the toolchain installers. `npm_outside ARGS...` runs npm for a folder outside the repo
# without the npm_config_* variables a pnpm (or npm, yarn) parent puts in the environment: npm takes
# every one of them as its own setting, and some break installs. npm_config_user_agent, for one, says
# "pnpm/... node/v20" inside `pnpm test`, and code-server's postinstall reads the Node version from it
# ("code-server currently requires node v24" with Node 24 first on PATH). A warm cache hides this;
# only a cold install under pnpm shows it. Network settings (registry, proxies, CA) are kept.
npm_outside() {
  local unset=() name
  for name in $(compgen -e); do
    case "${name,,}" in
      npm_config_registry|npm_config_*proxy|npm_config_cafile|npm_config_ca|npm_config_strict_ssl|npm_config_cache) ;;
      npm_config_*) unset+=(-u "$name") ;;
    esac
  done
  env "${unset[@]}" npm --no-audit --no-fund --loglevel=error "$@"
}
