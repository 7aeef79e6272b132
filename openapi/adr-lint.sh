#!/usr/bin/env bash
# Lints the checked-in contract with the official NL GOV API Design Rules ruleset (Spectral, from npm).
# Part of `./mvnw verify`. Without Node.js it warns and skips on a developer machine, but fails in CI.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "ADR lint: npm is required in CI" >&2
    exit 1
  fi
  echo "WARNING: ADR lint skipped: install Node.js (npm) to lint openapi/openapi.json with the ADR ruleset" >&2
  exit 0
fi
if [ ! -x node_modules/.bin/spectral ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node_modules/.bin/spectral lint --ruleset adr/ruleset.yaml --fail-severity error openapi.json
