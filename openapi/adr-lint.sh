#!/usr/bin/env bash
# Lints the checked-in contract with the official NL GOV API Design Rules ruleset (Spectral, from npm).
# Part of `./mvnw verify`. Without Node.js it warns and skips on a developer machine, but fails in CI.
set -euo pipefail
cd "$(dirname "$0")"
source ../deploy/npm-gereedschap.sh "ADR lint" .bin/spectral
node_modules/.bin/spectral lint --ruleset adr/ruleset.yaml --fail-severity error openapi.json
