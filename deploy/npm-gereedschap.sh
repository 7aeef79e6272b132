# Sourced by the checks in `./mvnw verify` that take their tools from npm (openapi/adr-lint.sh,
# deploy/kubernetes/valideer.sh), in the folder with the tools' package-lock.json. Without npm a developer machine
# gets a warning and the check is skipped (exit 0); CI fails. With npm the locked tools are installed once.
# Usage: source npm-gereedschap.sh "<name of the check>" "<a file the installed tools contain, below node_modules>"
if ! command -v npm >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "$1: npm is required in CI" >&2
    exit 1
  fi
  echo "WARNING: $1 skipped: install Node.js (npm) to run it" >&2
  exit 0
fi
if [ ! -e "node_modules/$2" ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
