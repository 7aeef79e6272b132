#!/usr/bin/env bash
# Validates the event contract (asyncapi.yaml, AsyncAPI 3) with the AsyncAPI CLI from npm. Part of `./mvnw verify`.
# Without Node.js it warns and skips on a developer machine, but fails in CI.
set -euo pipefail
cd "$(dirname "$0")"
source ../deploy/npm-gereedschap.sh "AsyncAPI validation" .bin/asyncapi
# The CLI sends usage metrics unless told not to (it keeps that choice in the home directory).
export SUPPRESS_NO_CONFIG_WARNING=true
node_modules/.bin/asyncapi config analytics --disable >/dev/null
node_modules/.bin/asyncapi validate asyncapi.yaml --fail-severity warn
